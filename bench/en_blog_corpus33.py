"""2003-2015 English blog and news pages whose short story stands beside long prose-like chrome, a generator of round 33
(issue #12: on the hidden 2,884-page English set cleaner chose a wrong block twice as often as trafilatura: a "most
read" sidebar, a share-by-e-mail form, a comment-login form, a widget, a blog tagline, or the whole page).

Written (branch enblog33) before cleaner's block-selection code was read and before cleaner was run on it. The markup
is the author's rendering, from memory, of what these themes and CMSs served; no third-party page is copied and every
chrome sentence (taglines, bios, form help, notices, comments) is the author's own (``_CHROME``); teaser sentences of
lists are sentences of *other* tune articles of the English sets. Templates (``KINDS``):

- ``kubrick``: WordPress 1.5-2.x Kubrick: ``#header`` with the blog name and ``div.description`` tagline,
  ``div.narrowcolumn`` > ``div.post`` (``h2`` title, ``small`` date, ``div.entry``, ``p.postmetadata``), an
  ``ol.commentlist`` of comments ("X Says:"), a "Leave a Reply" form, ``#sidebar`` of Pages, Archives by month,
  Categories with counts, a Blogroll and Meta, the sidebar longer than the post;
- ``twentyten``: WordPress Twenty Ten: ``#site-description``, ``#access`` menu, ``h1.entry-title``, ``div.entry-meta``,
  ``div.entry-content``, an ``#entry-author-info`` bio box, "Related posts" (title + excerpt) above or below the
  body, ``#primary.widget-area`` with Recent Posts, Recent Comments ("X on Y"), Archives and a tag cloud;
- ``blogger``: Blogger classic: ``p.description``, ``h2.date-header``, ``div.post-body`` in ``<br>`` runs,
  "Posted by X at 3:14 PM", "Post a Comment", "Newer Post Older Post Home", a sidebar with "About Me" prose, a
  "Blog Archive" tree, "My Blog List" (other blogs' latest post title and first sentence) and Followers;
- ``typepad``: TypePad / Movable Type: ``#banner`` with a tagline ``h2``, ``div.entry-body``, "Posted at ... |
  Permalink | Comments (N) | TrackBack (0)", ``div.comment-content`` comments, a "Post a comment" form with the
  moderation notice, a sign-in line, sidebars of Recent Posts, Recent Comments (excerpts), tag cloud, Archives;
- ``livejournal``: a LiveJournal entry: userpic, "Current mood / music", ``<br>`` text, tags, a threaded comment
  block ("(Reply) (Thread)", indented tables) longer than the entry, a "Leave a comment" login form;
- ``drupal6``: a Drupal 6 node: a left ``block-user`` login form with "Create new account / Request new password",
  ``span.submitted``, ``div.content``, "Add new comment | Printer-friendly version | Send to friend | N reads",
  "Popular content" ("Today's" / "All time") and "Who's online" blocks, a comment wrapper;
- ``newspaper``: an old newspaper CMS in tables: a toolbar (Print | E-mail | Text size), "Related stories" above the
  body, a pull quote (a sentence of the story repeated) and an image caption inside the body, "Page 1 of 2  Next >",
  an "E-mail this article" form with help text, "Most read | Most e-mailed" tabs of headline + teaser sentence, a
  reader comment-login box;
- ``press``: a press-release page: "FOR IMMEDIATE RELEASE", a dateline lead, "###", a media contact block, a
  "Recent releases" list of title + first sentence, a "Get releases by e-mail" form with help text;
- ``npr``: an NPR-like 2008 story page: "Listen Now [4 min 12 sec] add to playlist", ``div#storytext`` with a photo
  caption and a "Related NPR Stories" box inside, "Most E-mailed" with teasers, a comment box "You must be signed in
  to leave a comment", a "E-mail this story" form;
- ``bbc``: a BBC-News-like 2008 page: "Page last updated at", ``td.storybody`` with bold intro, a pull quote (a
  sentence of the story, attributed) and "SEE ALSO" / "RELATED INTERNET LINKS" / "MOST POPULAR STORIES NOW" boxes
  (read / e-mailed / watched, with teasers), "E-mail this to a friend | Printable version", the not-responsible notice;
- ``forum_comments``: a blog post followed by forum-like comment blocks (a user cell with "Joined / Posts / Location",
  a subject line, several sentences of prose, "Back to top | profile | pm"), together several times the post.

Two shapes: ``short`` (one to three paragraphs of 60-200 words in all, the shape the hidden set broke on) and ``long``
(three to six paragraphs). Gold = the story's paragraphs (no title, as web_corpus19 and en_web_corpus28). Must: the
first and the last sentence of the gold; must not: the chrome sentences and the teaser / comment sentences.

Gold conventions (round 34, compared with the shared sets' tune golds): an image caption is not story text (a
must-not; counting caption-class elements of the tune pages, the golds leave out 134 of 143 on scrapinghub_en, 85 of
142 on daniel_en, 150 of 209 on magichtml_en); a pull quote repeats a sentence of the story, and the gold holds it
where it stands, a second time (with the BBC box's speaker), as the shared golds do: of the 12 tune pages where
cleaner's text held a boxed sentence twice (BBC quote boxes, sabotagetimes, stuff.co.nz, 21cbh, ynet, cwced_zh...),
8 golds keep both copies. Round 33 drew the pull quote from another article and made it a must-not: no pull quote
does that.

Halves: per shape, the templates ranked by a hash of ``enblog33/<kind>/<shape>``, alternately tune and check (a tune
template of one shape may be a check template of the other; every seed draws the same split). ``--list`` and
``--dump`` show tune pages only.

    python bench/en_blog_corpus33.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/en_blog_corpus33.py --score --cleaner-only   # cleaner alone
    python bench/en_blog_corpus33.py --list 20                # the worst tune pages
    python bench/en_blog_corpus33.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/en_blog_corpus33.py --seed S --score         # fresh pages of the same templates
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import html as htmllib
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Scoring
from old_web_corpus import Text, _norm

SET = "enblog33"
SHAPES = ("short", "long")
PAGES = 4
"""Pages per template and shape."""

_FIRST = ("Dave", "Jen", "Rick", "Marcy", "Paul", "Lorna", "Hector", "Beth", "Stan", "Wendy", "Gus", "Tanya", "Neil")
_LAST = ("Kowalski", "Brennan", "Ortiz", "Hale", "Lindqvist", "Okafor", "Pruitt", "Dunmore", "Fenwick", "Yates")
_NICKS = ("bikerchick", "tomcat_99", "oldsarge", "mrs_h", "pdx_dan", "lurkerella", "Ziggy", "nomad", "kiwi_joe", "Anon")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_BLOGS = (
    "Rust Belt Musings",
    "Notes From the Porch",
    "The Accidental Gardener",
    "Second Cup",
    "Left Lane Only",
    "Small Town Ledger",
)
_CATS = ("Politics", "Family", "Books", "Garden", "Local", "Music", "Tech", "Travel", "Uncategorized", "Rants")

_CHROME = {
    "tagline": (
        "Thoughts on gardening, bad coffee and the county board, typed late at night by a man who should be asleep.",
        "A running diary of one family's attempt to live on less and complain about it more.",
        "Where a retired shop teacher writes about old radios, small towns and whatever else comes up.",
        "Unreliable opinions about books, politics and the Cleveland Browns since the spring of 2004.",
    ),
    "about": (
        "I am a former newspaper copy editor who now fixes bicycles and writes here when the shop is slow.",
        "Mother of three, owner of one stubborn beagle, and a firm believer that every recipe improves with garlic.",
        "I grew up on a dairy farm in Wisconsin and have been trying to explain it to city people ever since.",
        "By day I write software for an insurance company; by night I write this, which pays considerably less.",
    ),
    "bio": (
        "Our correspondent has covered the statehouse for eleven years and can be reached through the newsroom.",
        "She writes about education and family life, and her column appears here every other Thursday.",
        "He is the author of two books on regional history and teaches part time at the community college.",
    ),
    "email_help": (
        "Fill in the form below to send a link to this article to a friend or colleague.",
        "Your name and e-mail address are used only to tell the recipient who sent the message.",
        "We do not keep the addresses you enter here, and we never use them for advertising.",
        "Separate several addresses with commas; you may send this article to at most five people.",
    ),
    "login": (
        "You must be logged in to post a comment, so please sign in or register for a free account first.",
        "Comments are moderated, and will not appear on this weblog until the author has approved them.",
        "Please keep your remarks civil and on topic; abusive comments will be removed without notice.",
        "Registration takes a minute and lets you follow discussions and receive replies by e-mail.",
    ),
    "newsletter": (
        "Get the morning headlines delivered to your inbox every weekday before seven o'clock.",
        "Enter your e-mail address to receive new releases as soon as they are published.",
    ),
    "footer": (
        "All content on this site is copyright its authors and may not be reproduced without written permission.",
        "The opinions expressed by readers in the comments are their own and do not reflect those of the publisher.",
        "This weblog is powered by free software and the patience of a very understanding spouse.",
    ),
    "comment": (
        "Great post, I had no idea this was going on just down the road from us.",
        "I have to disagree with you on the second point, but the rest of it is spot on.",
        "My grandfather used to tell the same story, almost word for word, which is strange to read now.",
        "Thanks for writing this up, I forwarded it to everybody in my office this morning.",
        "Does anyone know whether the meeting next week is open to the public or not?",
        "Same thing happened to my sister last year and nobody at the county would call her back.",
        "This is exactly why I stopped reading the paper and started reading blogs instead.",
        "Well said, and I hope somebody on the council reads it before the vote on Tuesday.",
    ),
    "misc": (
        "There are currently 3 users and 41 guests online, and the newest member joined an hour ago.",
        "The views in this release are those of the company and are subject to change without notice.",
        "We are not responsible for the content of external internet sites linked from this page.",
        "Listeners can hear the full conversation on the program's podcast later this afternoon.",
    ),
}


@dataclass
class Ctx:
    """One page being built: its random source, texts, shape, story paragraphs and must-not strings."""

    rng: random.Random
    text: Text
    key: str
    title: str
    paras: list[str]
    bad: list[str] = field(default_factory=list)

    def own(self, group: str) -> str:
        s = self.rng.choice(_CHROME[group])
        self.bad.append(s)
        return s

    def prose(self, n: int = 1) -> str:
        """``n`` sentences of other tune articles, must-not on this page."""
        xs = self.text.prose(self.rng, n, self.key)
        self.bad.extend(xs)
        return " ".join(xs)

    def heads(self, n: int) -> list[str]:
        return self.text.heads(self.rng, n, self.title)

    def name(self) -> str:
        return f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"

    def nick(self) -> str:
        return self.rng.choice(_NICKS)

    def year(self) -> int:
        return self.rng.randrange(2003, 2016)

    def date(self) -> str:
        r = self.rng
        return f"{r.choice(_MONTHS)} {r.randrange(1, 29)}, {self.year()}"

    def time(self) -> str:
        return f"{self.rng.randrange(1, 13)}:{self.rng.randrange(60):02d} {self.rng.choice(('AM', 'PM'))}"

    def href(self) -> str:
        return f"/{self.year()}/{self.rng.randrange(1, 13):02d}/{self.rng.randrange(10**4)}.html"

    def comment(self) -> str:
        return self.own("comment") if self.rng.random() < 0.5 else self.prose(self.rng.randrange(1, 3))


def _e(s: str) -> str:
    return htmllib.escape(s, quote=False)


def _ps(paras: list[str]) -> str:
    return "\n".join(f"<p>{_e(x)}</p>" for x in paras)


def _br(paras: list[str]) -> str:
    return "<br /><br />\n".join(_e(x) for x in paras)


def _links(c: Ctx, words: list[str] | tuple[str, ...]) -> str:
    return "".join(f'<li><a href="{c.href()}">{_e(w)}</a></li>' for w in words)


def _archives(c: Ctx, n: int) -> str:
    y = c.year()
    return _links(c, [f"{m} {y}" for m in reversed(_MONTHS[:n])])


def _teasers(c: Ctx, n: int, tag: str = "li") -> str:
    """Repeated items: a linked headline and one teaser sentence of another article."""
    return "".join(f'<{tag}><a href="{c.href()}">{_e(h)}</a><br />{_e(c.prose(1))}</{tag}>' for h in c.heads(n))


def _cloud(c: Ctx) -> str:
    words = (
        "economy",
        "elections",
        "family",
        "garden",
        "books",
        "weather",
        "schools",
        "music",
        "roads",
        "taxes",
        "dogs",
        "recipes",
        "baseball",
    )
    return " ".join(
        f'<a href="/tag/{w}" style="font-size:{c.rng.randrange(8, 22)}pt">{w}</a>' for w in c.rng.sample(words, 9)
    )


def _comments_ol(c: Ctx, n: int, say: str = "Says:") -> str:
    return "".join(
        f'<li class="{"alt" if i % 2 else ""}" id="comment-{c.rng.randrange(10**4)}"><cite>{c.nick()}</cite> {say}<br />'
        f'<small class="commentmetadata"><a href="#">{c.date()} at {c.time()}</a></small><p>{_e(c.comment())}</p></li>'
        for i in range(n)
    )


def _email_form(c: Ctx, head: str = "E-mail this article") -> str:
    return (
        f'<div class="emailform"><h3>{head}</h3><p>{_e(c.own("email_help"))}</p><form action="/email" method="post">'
        '<label>Your name:</label> <input type="text" name="from_name" /><br /><label>Your e-mail:</label> <input type="text" name="from" /><br />'
        '<label>Recipient e-mail:</label> <input type="text" name="to" /><br /><label>Message (optional):</label>'
        f'<textarea name="msg" rows="3">{_e(c.own("email_help"))}</textarea><br /><input type="submit" value="Send" /></form></div>'
    )


def _pulled(c: Ctx) -> str:
    """A pull quote: the longest sentence of the story under 200 characters, repeated in a box beside the body (a
    pull quote restates the article; the gold holds the box where it stands, as the shared golds do). Round 34: it was
    a sentence of another article (a must-not), which no pull quote is. One sentence of another article is still drawn
    (and thrown away) so that every other random draw of the page stays what it was."""
    c.text.prose(c.rng, 1, c.key)
    sents = [x for p in c.paras for x in re.split(_SPLIT, p) if x.strip()]
    return max((x for x in sents if len(x) < 200), key=len, default=sents[0])


def _login_form(c: Ctx, head: str = "Leave a comment") -> str:
    return (
        f'<div class="comment-login"><h3>{head}</h3><p>{_e(c.own("login"))}</p><form action="/login" method="post">'
        '<label>Username</label> <input type="text" name="user" /> <label>Password</label> <input type="password" name="pass" />'
        f' <input type="submit" value="Log in" /><br /><small>{_e(c.own("login"))}</small></form></div>'
    )


# --- templates ------------------------------------------------------------------------------------------------------


def kubrick(c: Ctx) -> str:
    r = c.rng
    blog = r.choice(_BLOGS)
    n = r.randrange(3, 7)
    comments = f'<h3 id="comments">{n} Responses to &#8220;{_e(c.title)}&#8221;</h3><ol class="commentlist">{_comments_ol(c, n)}</ol>'
    reply = (
        '<h3 id="respond">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform">'
        '<p><input type="text" name="author" /> <label><small>Name (required)</small></label></p>'
        '<p><input type="text" name="email" /> <label><small>Mail (will not be published) (required)</small></label></p>'
        '<p><input type="text" name="url" /> <label><small>Website</small></label></p><p><textarea name="comment" cols="100%" rows="10"></textarea></p>'
        '<p><input name="submit" type="submit" value="Submit Comment" /></p></form>'
    )
    post = (
        f'<div class="post" id="post-{r.randrange(10**4)}"><h2><a href="{c.href()}" rel="bookmark">{_e(c.title)}</a></h2>'
        f'<small>{c.date()} <!-- by {c.nick()} --></small><div class="entry">{_ps(c.paras)}</div>'
        f'<p class="postmetadata">Posted in <a href="#">{r.choice(_CATS)}</a> | <a href="#">Edit</a> | <a href="#comments">{n} Comments &#187;</a></p></div>'
    )
    cats = "".join(f'<li><a href="#">{x}</a> ({r.randrange(1, 90)})</li>' for x in r.sample(_CATS, 7))
    sidebar = (
        '<div id="sidebar"><ul><li><form method="get" id="searchform" action="/"><input type="text" name="s" /><input type="submit" value="Search" /></form></li>'
        f"<li><h2>Author</h2><p>{_e(c.own('about'))}</p></li>"
        f'<li class="pagenav"><h2>Pages</h2><ul>{_links(c, ("About", "Contact", "Links"))}</ul></li>'
        f'<li><h2>Archives</h2><ul>{_archives(c, r.randrange(6, 13))}</ul></li><li class="categories"><h2>Categories</h2><ul>{cats}</ul></li>'
        f'<li id="linkcat-2"><h2>Blogroll</h2><ul>{_links(c, [f"{a} {b}" for a, b in zip(r.sample(_FIRST, 6), r.sample(_LAST, 6), strict=True)])}</ul></li>'
        f"<li><h2>Meta</h2><ul>{_links(c, ('Log in', 'Entries RSS', 'Comments RSS', 'WordPress.org'))}</ul></li></ul></div>"
    )
    return (
        f'<div id="page"><div id="header"><div id="headerimg"><h1><a href="/">{blog}</a></h1><div class="description">{_e(c.own("tagline"))}</div></div></div><hr />'
        f'<div id="content" class="narrowcolumn">{post}{comments}{reply}'
        '<div class="navigation"><div class="alignleft"><a href="#">&laquo; Previous Entries</a></div><div class="alignright"></div></div></div>'
        f'{sidebar}<hr /><div id="footer"><p>{blog} is proudly powered by <a href="#">WordPress</a><br /><a href="#">Entries (RSS)</a> and <a href="#">Comments (RSS)</a>.</p></div></div>'
    )


def twentyten(c: Ctx) -> str:
    r = c.rng
    blog = r.choice(_BLOGS)
    related = f'<div class="related-posts"><h3>Related posts</h3><ul>{_teasers(c, r.randrange(3, 6))}</ul></div>'
    bio = (
        f'<div id="entry-author-info"><div id="author-avatar"><img src="/avatar.jpg" alt="" /></div><div id="author-description">'
        f'<h2>About {c.name()}</h2>{_e(c.own("about"))}<div id="author-link"><a href="#">View all posts by the author <span class="meta-nav">&rarr;</span></a></div></div></div>'
    )
    above = r.random() < 0.5
    body = f'<div class="entry-content">{_ps(c.paras)}</div>'
    post = (
        f'<div id="post-{r.randrange(10**4)}" class="post type-post hentry"><h1 class="entry-title">{_e(c.title)}</h1>'
        f'<div class="entry-meta"><span class="meta-prep">Posted on</span> <a href="#"><span class="entry-date">{c.date()}</span></a> by <a href="#">{c.nick()}</a></div>'
        f'{related if above else ""}{body}{bio}<div class="entry-utility">This entry was posted in <a href="#">{r.choice(_CATS)}</a>. Bookmark the <a href="#">permalink</a>.</div></div>'
        f"{'' if above else related}"
        f'<div id="nav-below" class="navigation"><div class="nav-previous"><a href="#">&larr; {_e(c.heads(1)[0])}</a></div></div>'
    )
    n = r.randrange(2, 6)
    recent_c = "".join(f'<li><a href="#">{c.nick()}</a> on <a href="#">{_e(h)}</a></li>' for h in c.heads(n))
    widgets = (
        '<div id="primary" class="widget-area"><ul class="xoxo">'
        f'<li class="widget-container widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul>{_links(c, c.heads(5))}</ul></li>'
        f'<li class="widget-container widget_recent_comments"><h3 class="widget-title">Recent Comments</h3><ul>{recent_c}</ul></li>'
        f'<li class="widget-container widget_text"><h3 class="widget-title">About this blog</h3><div class="textwidget">{_e(c.own("tagline"))} {_e(c.own("about"))}</div></li>'
        f'<li class="widget-container widget_archive"><h3 class="widget-title">Archives</h3><ul>{_archives(c, r.randrange(5, 12))}</ul></li>'
        f'<li class="widget-container widget_tag_cloud"><h3 class="widget-title">Tags</h3><div class="tagcloud">{_cloud(c)}</div></li></ul></div>'
    )
    comments = f'<div id="comments"><h3 id="comments-title">{n} Responses to <em>{_e(c.title)}</em></h3><ol class="commentlist">{_comments_ol(c, n, "says:")}</ol>{_login_form(c, "Leave a Reply")}</div>'
    return (
        f'<div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding"><div id="site-title"><span><a href="/">{blog}</a></span></div>'
        f'<div id="site-description">{_e(c.own("tagline"))}</div></div><div id="access"><div class="menu"><ul>{_links(c, ("Home", "About", "Recipes", "Contact"))}</ul></div></div></div></div>'
        f'<div id="main"><div id="container"><div id="content">{post}{comments}</div></div>{widgets}</div>'
        f'<div id="footer"><div id="site-info"><a href="/">{blog}</a></div><div id="site-generator">{_e(c.own("footer"))}</div></div></div>'
    )


def blogger(c: Ctx) -> str:
    r = c.rng
    blog = r.choice(_BLOGS)
    y = c.year()
    tree = (
        f'<ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="#">&#9660;</a> <a href="#">{y}</a> ({r.randrange(20, 90)})'
        f'<ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="#">&#9660;</a> <a href="#">{r.choice(_MONTHS)}</a> ({r.randrange(2, 9)})'
        f'<ul class="posts">{_links(c, c.heads(4))}</ul></li>'
        + "".join(
            f'<li class="archivedate collapsed"><a class="toggle" href="#">&#9658;</a> <a href="#">{m}</a> ({r.randrange(1, 9)})</li>'
            for m in _MONTHS[:6]
        )
        + f'</ul></li><li class="archivedate collapsed"><a href="#">{y - 1}</a> ({r.randrange(20, 90)})</li></ul>'
    )
    bloglist = "".join(
        f'<li><div class="blog-title"><a href="#">{r.choice(_BLOGS)}</a></div><div class="item-title"><a href="#">{_e(h)}</a></div>'
        f'<div class="item-snippet">{_e(c.prose(1))}</div><div class="item-time">{r.randrange(2, 23)} hours ago</div></li>'
        for h in c.heads(r.randrange(4, 7))
    )
    n = r.randrange(0, 5)
    comments = "".join(
        f'<dt class="comment-author"><a href="#">{c.nick()}</a> said...</dt><dd class="comment-body"><p>{_e(c.comment())}</p></dd>'
        f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#">{c.date()} {c.time()}</a></span></dd>'
        for _ in range(n)
    )
    post = (
        f'<h2 class="date-header"><span>{r.choice(("Monday", "Friday", "Sunday"))}, {c.date()}</span></h2>'
        f'<div class="post hentry"><a name="{r.randrange(10**9)}"></a><h3 class="post-title entry-title">{_e(c.title)}</h3>'
        f'<div class="post-header-line-1"></div><div class="post-body entry-content">{_br(c.paras)}<div style="clear: both;"></div></div>'
        f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">{c.nick()}</span></span> '
        f'<span class="post-timestamp">at <a class="timestamp-link" href="#">{c.time()}</a></span> <span class="post-comment-link"><a href="#">{n} comments</a></span></div>'
        f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="#">{r.choice(_CATS).lower()}</a>, <a href="#">{r.choice(_CATS).lower()}</a></span></div></div></div>'
        f'<div class="comments" id="comments"><a name="comments"></a><h4>{n} comments:</h4><dl id="comments-block">{comments}</dl>'
        '<p class="comment-footer"><a href="#">Post a Comment</a></p></div>'
        '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a href="#">Newer Post</a></span> <span id="blog-pager-older-link"><a href="#">Older Post</a></span> <a class="home-link" href="/">Home</a></div>'
        '<div class="post-feeds">Subscribe to: <a href="#">Post Comments (Atom)</a></div>'
    )
    sidebar = (
        f'<div id="sidebar-wrapper"><div class="widget Profile"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a href="#">{c.nick()}</a></dt>'
        f'<dd class="profile-textblock">{_e(c.own("about"))}</dd></dl><a class="profile-link" href="#">View my complete profile</a></div></div>'
        f'<div class="widget BlogArchive"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList">{tree}</div></div></div>'
        f'<div class="widget BlogList"><h2 class="title">My Blog List</h2><div class="widget-content"><ul>{bloglist}</ul></div></div>'
        f'<div class="widget Followers"><h2 class="title">Followers</h2><div class="widget-content">{r.randrange(5, 300)} followers</div></div></div>'
    )
    main = f'<div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">{post}</div></div></div></div>'
    cols = main + sidebar if r.random() < 0.6 else sidebar + main
    return (
        f'<div id="outer-wrapper"><div id="header-wrapper"><div class="header section" id="header"><div class="widget Header"><div id="header-inner"><div class="titlewrapper">'
        f'<h1 class="title"><a href="/">{blog}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>{_e(c.own("tagline"))}</span></p></div></div></div></div></div>'
        f'<div id="content-wrapper">{cols}<div style="clear: both"></div></div><div id="footer-wrapper"></div></div>'
    )


def typepad(c: Ctx) -> str:
    r = c.rng
    blog = r.choice(_BLOGS)
    n = r.randrange(2, 6)
    comments = "".join(
        f'<div class="comment" id="c{r.randrange(10**6)}"><div class="comment-content"><p>{_e(c.comment())}</p></div>'
        f'<p class="comment-footer">Posted by: <a href="#">{c.nick()}</a> | <a href="#">{c.date()} at {c.time()}</a></p></div>'
        for _ in range(n)
    )
    form = (
        f'<div class="comments-open" id="comments-open"><h2 class="comments-open-header">Post a comment</h2><div class="comments-open-content">'
        f'<p class="comments-open-moderated">{_e(c.own("login"))}</p><div id="comment-form-external-auth">You are currently signed in as (nobody). <a href="#">Sign Out</a></div>'
        '<form method="post" action="/comments"><p><label>Name:</label><input name="author" /></p><p><label>Email Address:</label><input name="email" /></p>'
        '<p><label>URL:</label><input name="url" /></p><p><label>Comments:</label><textarea name="text" rows="10"></textarea></p><input type="submit" value="Post" /></form></div></div>'
    )
    related = (
        f'<div class="entry-related"><h3>Related Posts</h3><ul>{_teasers(c, 3)}</ul></div>' if r.random() < 0.5 else ""
    )
    entry = (
        f'<h2 class="date-header">{c.date()}</h2><div class="entry" id="entry-{r.randrange(10**6)}"><h3 class="entry-header">{_e(c.title)}</h3>'
        f'<div class="entry-content"><div class="entry-body">{_ps(c.paras)}</div></div>'
        f'<p class="entry-footer"><span class="post-footers">Posted at {c.time()} in <a href="#">{r.choice(_CATS)}</a></span> <span class="separator">|</span> '
        f'<a class="permalink" href="#">Permalink</a> | <a href="#">Comments ({n})</a> | <a href="#">TrackBack (0)</a></p></div>{related}'
        f'<div class="comments" id="comments"><h2 class="comments-header">Comments</h2><div class="comments-content">{comments}</div></div>{form}'
    )
    recent_c = "".join(
        f'<li><a href="#">{c.nick()}</a> on <a href="#">{_e(h)}</a>: {_e(c.prose(1))}</li>'
        for h in c.heads(r.randrange(3, 6))
    )
    side = (
        f'<div id="beta"><div id="beta-inner"><div class="module-about module"><h2 class="module-header">About</h2><div class="module-content"><p>{_e(c.own("about"))}</p></div></div>'
        f'<div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">{_links(c, c.heads(5))}</ul></div></div>'
        f'<div class="module-recent-comments module"><h2 class="module-header">Recent Comments</h2><div class="module-content"><ul class="module-list">{recent_c}</ul></div></div>'
        f'<div class="module-tagcloud module"><h2 class="module-header">Tags</h2><div class="module-content">{_cloud(c)}</div></div>'
        f'<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list">{_archives(c, r.randrange(6, 12))}</ul></div></div>'
        '<div class="module-syndicate module"><div class="module-content"><a href="#">Subscribe to this blog\'s feed</a></div></div></div></div>'
    )
    return (
        f'<div id="container"><div id="container-inner" class="pkg"><div id="banner"><div id="banner-inner" class="pkg"><h1 id="banner-header"><a href="/">{blog}</a></h1>'
        f'<h2 id="banner-description">{_e(c.own("tagline"))}</h2></div></div><div id="pagebody"><div id="pagebody-inner" class="pkg">'
        f'<div id="alpha"><div id="alpha-inner" class="pkg">{entry}</div></div>{side}</div></div></div></div>'
    )


def livejournal(c: Ctx) -> str:
    r = c.rng
    user = c.nick().lower()
    moods = ("tired", "contemplative", "annoyed", "cheerful", "nostalgic")

    def thread(depth: int, k: int) -> str:
        out = ""
        for _ in range(k):
            out += (
                f'<table width="100%" class="talk-comment"><tr><td width="{depth * 25}"><img src="/dot.gif" width="{depth * 25}" height="1" /></td>'
                f'<td><table class="talk-comment-head"><tr><td><img src="/userpic/{r.randrange(999)}" /></td><td><span class="ljuser"><b>{c.nick()}</b></span><br />'
                f'<font size="-1">{c.date()} {c.time()} (UTC)</font></td></tr></table><div class="talk-comment-body">{_e(c.comment())}</div>'
                '<p style="margin: 0.7em 0 0.2em 0"><font size="-2">(<a href="#">Reply</a>) (<a href="#">Parent</a>) (<a href="#">Thread</a>)</font></p></td></tr></table>'
            )
            if depth < 2 and r.random() < 0.5:
                out += thread(depth + 1, r.randrange(1, 3))
        return out

    entry = (
        f'<table class="entrybox" width="100%"><tr><td class="caption">{_e(c.title)}</td><td align="right">{c.date()}</td></tr>'
        f'<tr><td colspan="2"><table><tr><td valign="top"><img src="/userpic/{user}" /></td><td><span class="ljuser"><b>{user}</b></span></td></tr></table>'
        f'<div class="entry_text">{_br(c.paras)}</div><br /><b>Current Mood:</b> {r.choice(moods)}<br /><b>Current Music:</b> {r.choice(_FIRST)} and the {r.choice(_LAST)}s<br />'
        f'<b>Tags:</b> <a href="#">{r.choice(_CATS).lower()}</a>, <a href="#">{r.choice(_CATS).lower()}</a></td></tr>'
        f'<tr><td colspan="2" class="comments"><a href="#">{r.randrange(3, 30)} comments</a> | <a href="#">Leave a comment</a> | <a href="#">Share</a></td></tr></table>'
    )
    return (
        f'<table width="100%" class="ljheader"><tr><td><font size="+2"><b>{user}</b></font> <a href="#">Recent Entries</a> | <a href="#">Archive</a> | <a href="#">Friends</a> | <a href="#">User Info</a></td></tr></table>'
        f'<div align="center"><a href="#">&lt;&lt; previous entry</a> | <a href="#">next entry &gt;&gt;</a></div>'
        f'{entry}<div id="Comments">{thread(0, r.randrange(3, 6))}</div>{_login_form(c, "Post a new comment")}'
        '<p align="center"><font size="-1">Powered by LiveJournal.com</font></p>'
    )


def drupal6(c: Ctx) -> str:
    r = c.rng
    site = r.choice(_BLOGS)
    login = (
        '<div class="block block-user" id="block-user-0"><h2>User login</h2><div class="content"><form action="/node?destination=node" method="post" id="user-login-form">'
        '<div class="form-item"><label>Username: <span class="form-required">*</span></label><input type="text" name="name" class="form-text required" /></div>'
        '<div class="form-item"><label>Password: <span class="form-required">*</span></label><input type="password" name="pass" class="form-text required" /></div>'
        f'<input type="submit" value="Log in" class="form-submit" /><div class="item-list"><ul>{_links(c, ("Create new account", "Request new password"))}</ul></div>'
        f"<p>{_e(c.own('login'))}</p></form></div></div>"
    )
    popular = (
        f'<div class="block block-statistics"><h2>Popular content</h2><div class="content"><h3>Today\'s:</h3><div class="item-list"><ul>{_teasers(c, 4)}</ul></div>'
        f'<h3>All time:</h3><div class="item-list"><ul>{_links(c, c.heads(4))}</ul></div></div></div>'
    )
    online = f'<div class="block block-user" id="block-user-3"><h2>Who\'s online</h2><div class="content">{_e(c.own("misc"))}</div></div>'
    n = r.randrange(1, 4)
    comments = "".join(
        f'<div class="comment"><h3><a href="#">{_e(c.comment()[:30])}</a></h3><div class="submitted">Submitted by {c.nick()} on {c.date()}.</div>'
        f'<div class="content"><p>{_e(c.comment())}</p></div><div class="links"><ul class="links"><li><a href="#">reply</a></li></ul></div></div>'
        for _ in range(n)
    )
    node = (
        f'<h2 class="title">{_e(c.title)}</h2><div class="node"><span class="submitted">Submitted by {c.nick()} on {c.date()} - {r.randrange(10, 23)}:{r.randrange(60):02d}</span>'
        f'<div class="taxonomy"><ul class="links inline"><li><a href="#">{r.choice(_CATS)}</a></li></ul></div><div class="content">{_ps(c.paras)}</div>'
        f'<div class="links"><ul class="links inline"><li><a href="#">Add new comment</a></li><li><a href="#">Printer-friendly version</a></li><li><a href="#">Send to friend</a></li><li>{r.randrange(40, 9000)} reads</li></ul></div></div>'
        f'<div id="comments">{comments}</div>'
    )
    left = f'<div id="sidebar-left" class="sidebar">{login}{online}</div>'
    right = f'<div id="sidebar-right" class="sidebar">{popular}</div>'
    return (
        f'<div id="page"><div id="header"><div id="logo-title"><h1 id="site-name"><a href="/">{site}</a></h1><div id="site-slogan">{_e(c.own("tagline"))}</div></div>'
        f'<div id="navigation"><ul class="links primary-links">{_links(c, ("Home", "Forums", "Blogs", "Events", "About"))}</ul></div></div>'
        f'<div id="container" class="clear-block">{left}<div id="main" class="column"><div id="main-squeeze"><div class="breadcrumb"><a href="/">Home</a></div>'
        f'<div id="content">{node}</div></div></div>{right}</div><div id="footer">{_e(c.own("footer"))}</div></div>'
    )


def newspaper(c: Ctx) -> str:
    r = c.rng
    paper = r.choice(("The Millbrook Sentinel", "Cass County Daily Record", "The Harbor Gazette", "Upper Valley Times"))
    paras = list(c.paras)
    caption = f"{c.name()} stands outside the building on {r.choice(_MONTHS)} {r.randrange(1, 29)}. (Staff photo)"
    c.bad.append(caption)
    pull = _pulled(c)
    body = [f"<p><b>{_e(paras[0])}</b></p>"] + [f"<p>{_e(x)}</p>" for x in paras[1:]]
    fig = f'<table align="right" width="200" class="photo"><tr><td><img src="/photos/{r.randrange(10**5)}.jpg" width="200" /><br /><font size="1" class="caption">{_e(caption)}</font></td></tr></table>'
    pq = f'<table align="left" width="160" class="pullquote"><tr><td><font size="3" color="#660000"><i>&ldquo;{_e(pull)}&rdquo;</i></font></td></tr></table>'
    body.insert(min(1, len(body)), fig)
    at = len(body) // 2 + 1
    body.insert(at, pq)
    c.paras = [
        *paras[: at - 1],
        pull,
        *paras[at - 1 :],
    ]  # (the pull quote where it stands, as the shared golds keep it)
    related = f'<table width="100%" class="related"><tr><td><b>Related stories</b><ul>{_links(c, c.heads(3))}</ul></td></tr></table>'
    toolbar = '<div class="tools"><a href="#">Print</a> | <a href="#">E-mail</a> | <a href="#">Comments (4)</a> | Text size: <a href="#">A</a> <a href="#">A</a></div>'
    pager = '<div class="pager">Page 1 of 2 &nbsp; <a href="?page=2">Next &gt;</a></div>' if r.random() < 0.5 else ""
    story = (
        f'<font face="Georgia" size="5"><b>{_e(c.title)}</b></font><br /><font size="2">By {c.name().upper()}, Staff Writer<br />{c.date()}</font><br />{toolbar}'
        f'{related if r.random() < 0.6 else ""}<div class="storytext">{"".join(body)}</div>{pager}{toolbar}'
    )
    tabs = (
        '<table width="100%" class="mostbox"><tr><td><b><a href="#">Most read</a></b> | <a href="#">Most e-mailed</a> | <a href="#">Most commented</a></td></tr>'
        + "".join(
            f'<tr><td><font size="2"><a href="{c.href()}"><b>{i}. {_e(h)}</b></a><br />{_e(c.prose(1))}</font></td></tr>'
            for i, h in enumerate(c.heads(5), 1)
        )
        + "</table>"
    )
    talk = f'<table width="100%" class="talk"><tr><td><b>Reader comments</b><p>{_e(c.own("login"))}</p>{_login_form(c, "Sign in to comment")}</td></tr></table>'
    nav = "<br />".join(
        f'<a href="#">{w}</a>'
        for w in ("Home", "News", "Sports", "Obituaries", "Opinion", "Classifieds", "Weather", "Archives")
    )
    right = tabs + _email_form(c) + talk if r.random() < 0.5 else _email_form(c) + tabs
    return (
        f'<table width="780" cellpadding="0" cellspacing="0"><tr><td colspan="3"><font size="6" face="Times"><b>{paper}</b></font> <font size="1">{c.date()}</font></td></tr>'
        f'<tr><td width="130" valign="top" bgcolor="#dddddd">{nav}</td><td width="430" valign="top">{story}</td><td width="220" valign="top">{right}</td></tr>'
        f'<tr><td colspan="3"><font size="1">{_e(c.own("footer"))} &copy; {c.year()} {paper}</font></td></tr></table>'
    )


def press(c: Ctx) -> str:
    r = c.rng
    co = f"{r.choice(_LAST)} {r.choice(('Industries', 'Health Systems', 'Foods', 'Software', 'Energy'))}"
    city = r.choice(("DAYTON, Ohio", "BOISE, Idaho", "TAMPA, Fla.", "PORTLAND, Maine", "FRESNO, Calif."))
    paras = list(c.paras)
    lead = f"{city}, {c.date()} -- {paras[0]}"
    gold = [lead, *paras[1:]]
    c.paras = gold
    contact = f"Media contact: {c.name()}, Director of Communications, (555) {r.randrange(100, 999)}-{r.randrange(1000, 9999)}, press@{co.split()[0].lower()}.example.com"
    c.bad.append(contact)
    recent = f'<div class="recent-releases"><h3>Recent releases</h3><ul>{_teasers(c, r.randrange(4, 7))}</ul><a href="#">All news releases &raquo;</a></div>'
    sub = (
        f'<div class="subscribe"><h3>Get releases by e-mail</h3><p>{_e(c.own("newsletter"))}</p><form><input type="text" name="email" value="Your e-mail address" />'
        f'<input type="submit" value="Subscribe" /></form><p class="small">{_e(c.own("email_help"))}</p></div>'
    )
    release = (
        f'<div class="release"><p class="immediate"><b>FOR IMMEDIATE RELEASE</b></p><h1>{_e(c.title)}</h1>'
        f'<div class="release-body">{_ps(gold)}<p align="center">###</p></div><div class="contact"><p>{_e(contact)}</p></div>'
        f'<p class="disclaimer"><i>{_e(c.own("misc"))}</i></p></div>'
    )
    side = f'<div id="sidebar">{recent}{sub}</div>'
    cols = release + side if r.random() < 0.5 else side + release
    return (
        f'<div id="top"><a href="/">{co}</a> <ul class="nav">{_links(c, ("About Us", "Products", "Investors", "Newsroom", "Careers"))}</ul></div>'
        f'<div id="body"><div class="crumbs"><a href="/">Home</a> &gt; <a href="#">Newsroom</a> &gt; Press Releases</div>{cols}</div>'
        f'<div id="footer">&copy; {c.year()} {co}. {_e(c.own("footer"))}</div>'
    )


def npr(c: Ctx) -> str:
    r = c.rng
    caption = f"{c.name()} talks with volunteers in {r.choice(('Cedar Rapids', 'Yakima', 'Mobile', 'Erie'))}. {c.name()} for NPR"
    c.bad.append(caption)
    related = f'<div class="related"><h3>Related NPR Stories</h3><ul>{_links(c, c.heads(3))}</ul></div>'
    paras = c.paras
    mid = max(1, len(paras) // 2)
    storytext = (
        f'<div id="storytext"><div class="captionwrap"><img src="/img/{r.randrange(10**6)}.jpg" /><p class="caption">{_e(caption)}</p></div>'
        f"{_ps(paras[:mid])}{related}{_ps(paras[mid:])}</div>"
    )
    head = (
        f'<div class="storytitle"><h1>{_e(c.title)}</h1></div><div class="dateblock">{c.date()}</div>'
        f'<div class="listen"><a href="#">Listen Now</a> [{r.randrange(2, 9)} min {r.randrange(60)} sec] <a href="#">add to playlist</a></div>'
        f'<div class="byline">by {c.name()}</div><div class="storytools"><a href="#">E-mail</a> | <a href="#">Print</a> | <a href="#">Share</a></div>'
    )
    most = f'<div class="mostpopular"><h3>Most E-mailed</h3><ol>{_teasers(c, 5)}</ol></div>'
    talk = (
        f'<div id="comments"><h3>Comments</h3><p>{_e(c.own("login"))}</p><p>You must be signed in to leave a comment. <a href="#">Sign In</a> / <a href="#">Register</a></p>'
        f'<p class="discussion-rules">{_e(c.own("footer"))}</p></div>'
    )
    return (
        f'<div id="header"><a href="/">npr</a> <ul id="nav">{_links(c, ("News", "Arts &amp; Life", "Music", "Programs", "Listen"))}</ul></div>'
        f'<div id="wrapper"><div id="main">{head}{storytext}<p class="podcast">{_e(c.own("misc"))}</p>{talk}</div>'
        f'<div id="secondary">{most}{_email_form(c, "E-mail this story")}</div></div>'
    )


def bbc(c: Ctx) -> str:
    r = c.rng
    paras = c.paras
    pq = _pulled(c)
    who = c.name() if len(paras) > 1 else ""
    body = f'<p class="first"><b>{_e(paras[0])}</b></p>' + "".join(
        (
            f'<div class="ds"><span class="quote">&quot;{_e(pq)}&quot;</span><span class="by">{who}</span></div>'
            if i == 1
            else ""
        )
        + f"<p>{_e(x)}</p>"
        for i, x in enumerate(paras[1:], 1)
    )
    if who:
        c.paras = [
            paras[0],
            f'"{pq}" {who}',
            *paras[1:],
        ]  # (the quote box where it stands, as the shared golds keep it)
    popular = (
        '<div class="mvtb"><b>MOST POPULAR STORIES NOW</b><br /><a href="#">MOST READ</a> | <a href="#">MOST E-MAILED</a> | <a href="#">MOST WATCHED</a>'
        + "".join(
            f'<div class="mvb"><a class="mvtt" href="{c.href()}">{_e(h)}</a><p>{_e(c.prose(1))}</p></div>'
            for h in c.heads(5)
        )
        + "</div>"
    )
    see = f'<div class="arr"><b>SEE ALSO:</b><ul>{_links(c, c.heads(3))}</ul><b>RELATED INTERNET LINKS:</b><ul>{_links(c, ("Department of Health", "City council"))}</ul><p>{_e(c.own("misc"))}</p></div>'
    nav = "<br />".join(
        f'<a href="#">{w}</a>'
        for w in ("Africa", "Americas", "Asia-Pacific", "Europe", "Middle East", "Business", "Health")
    )
    tools = '<table class="tools"><tr><td><a href="#">E-mail this to a friend</a></td><td><a href="#">Printable version</a></td></tr></table>'
    story = (
        f'<td class="storybody" valign="top"><div class="ds">Page last updated at {r.randrange(0, 24):02d}:{r.randrange(60):02d} GMT, {c.date()}</div>{tools}'
        f"<h1>{_e(c.title)}</h1>{body}{tools}</td>"
    )
    return (
        '<table width="100%"><tr><td><a href="/">BBC NEWS</a> <span>CHANNEL</span> | <a href="#">News Front Page</a> | <a href="#">UK</a> | <a href="#">World</a></td></tr></table>'
        f'<table width="770" cellspacing="0"><tr><td class="navcol" width="120" valign="top">{nav}</td>'
        f'{story}<td width="220" valign="top">{see}{popular}</td></tr></table>'
    )


def forum_comments(c: Ctx) -> str:
    r = c.rng
    blog = r.choice(_BLOGS)
    rows = ""
    for _ in range(r.randrange(4, 8)):
        rows += (
            f'<tr><td class="row1" width="150" valign="top"><span class="name"><b>{c.nick()}</b></span><br /><span class="postdetails">Joined: {r.choice(_MONTHS)[:3]} {r.randrange(2003, 2012)}<br />'
            f"Posts: {r.randrange(1, 4000)}<br />Location: {r.choice(('Ohio', 'Texas', 'Ontario', 'Leeds', 'Perth'))}</span></td>"
            f'<td class="row1" valign="top"><span class="postdetails">Posted: {c.date()} &nbsp; Subject: Re: {_e(c.title[:40])}</span><hr />'
            f'<span class="postbody">{_e(c.comment())} {_e(c.comment())}</span></td></tr>'
            '<tr><td class="row2"><a href="#top">Back to top</a></td><td class="row2"><a href="#">profile</a> <a href="#">pm</a> <a href="#">quote</a></td></tr>'
        )
    post = (
        f'<div class="blogpost"><h2>{_e(c.title)}</h2><div class="meta">{c.date()} by {c.nick()}</div>{_ps(c.paras)}'
        f'<div class="meta">Filed under {r.choice(_CATS)} | <a href="#">Discuss in the forum</a></div></div>'
    )
    return (
        f'<div id="head"><h1>{blog}</h1><p>{_e(c.own("tagline"))}</p></div><div id="wrap">{post}'
        f'<h3>Discussion</h3><table class="forumline" width="100%" cellspacing="1">{rows}</table>{_login_form(c, "Reply to this topic")}</div>'
        f'<div id="foot">{_e(c.own("footer"))}</div>'
    )


KINDS = (
    "kubrick",
    "twentyten",
    "blogger",
    "typepad",
    "livejournal",
    "drupal6",
    "newspaper",
    "press",
    "npr",
    "bbc",
    "forum_comments",
)
BUILDERS: dict[str, Callable[[Ctx], str]] = {k: globals()[k] for k in KINDS}


# --- pages ----------------------------------------------------------------------------------------------------------

_SPLIT = r"(?<=[.!?])\s+"


def _story(rng: random.Random, paras: list[str], shape: str) -> list[str]:
    """The story's paragraphs: ``short``, 60-200 words in one to three paragraphs (sentences cut at the end);
    ``long``, three to six paragraphs."""
    if shape == "long":
        return paras[: rng.randrange(3, 7)]
    target = rng.randrange(60, 201)
    out: list[str] = []
    words = 0
    for p in paras[:3]:
        sents = re.split(_SPLIT, p)
        keep: list[str] = []
        for s in sents:
            if words >= 60 and words + len(s.split()) > target:
                break
            keep.append(s)
            words += len(s.split())
        if keep:
            out.append(" ".join(keep))
        if words >= target or len(keep) < len(sents):
            break
    return out


_HALF = gen_score.ranked_halves(SET, KINDS, SHAPES)


@dataclass
class Page33(GenPage):
    shape: str = ""

    @property
    def half(self) -> str:
        return _HALF[(self.kind, self.shape)]


def build_page(kind: str, shape: str, index: int, text: Text, seed: str) -> Page33:
    pid = f"{kind}_{shape}_{index}" if seed == SET else f"{seed}-{kind}_{shape}_{index}"
    rng = random.Random(f"{seed}/{kind}_{shape}_{index}")
    pool = [
        a
        for a in text.articles
        if shape == "long" or len(a[2][0].split()) >= 60 or len(a[2][0].split()) + len(a[2][1].split()) >= 60
    ]
    key, title, paras = rng.choice(pool)
    c = Ctx(rng, text, key, title, _story(rng, paras, shape))
    main = BUILDERS[kind](c)
    site = title + rng.choice((" | ", " - ", " &raquo; ", " : "))
    page = f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{_e(site)}{rng.choice(_BLOGS)}</title></head>\n<body>{main}</body></html>'
    g = gen_score.gen_page(SET, pid, kind, page, c.paras, c.bad, _SPLIT)
    return Page33(SET, g.id, kind, g.html, g.gold, g.must, g.must_not, source=key, shape=shape)


def build(data: Path, seed: str = SET) -> list[Page33]:
    text = Text.load(data)
    return [build_page(k, s, i, text, seed) for k in KINDS for s in SHAPES for i in range(PAGES)]


def _url(p: gen_score.Page) -> str:
    return f"http://www.example-blog.com/{p.id}.html"


SCORING = Scoring(_norm, _url, KINDS, label_width=16, id_width=34, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
