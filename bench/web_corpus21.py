# ruff: noqa: E501  (markup is long literal lines)
"""English threads whose replies get dropped: short replies, nested trees, table-layout forum engines, mail-group
and Discourse posts, product questions and reviews, paged threads, quote-and-one-line replies, code posts and
picture posts, around the English bench sets' tune gold texts (read at run time).

    python bench/web_corpus21.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/web_corpus21.py --score --cleaner-only   # cleaner alone (quick)
    python bench/web_corpus21.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/web_corpus21.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/web_corpus21.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch en21), written before cleaner was run on it. Kinds (``KINDS``):

- ``short_thread``: a Vanilla-like discussion (``li.ItemComment``, ``div.Message.userContent``) whose replies are
  mostly one short line ("+1", "Thanks, that worked"), each different;
- ``tree``: a Lemmy / Kbin / Hubzilla-like post of one to three paragraphs and a nested comment tree with depth
  classes (``div.comment.depth-N`` inside ``div.children``), points and "reply / permalink" bars;
- ``gh_nested``: a GitHub-Discussions-like page whose answers each carry zero to three nested short replies (a
  ``details`` "Show N more replies" toggle, reactions, "Marked as answer");
- ``blog_wp``: a WordPress post with a long threaded comment section (``li.comment.depth-N``, ``ol.children``,
  "says:", "Reply") or a Disqus thread (``#disqus_thread``, ``li.post``); gold: **the post only**, as in
  ``web_corpus19.blog_comments`` (the comments are must-not);
- ``table_forum``: table-layout engines: phpBB 2 subSilver (``table.forumline``, ``span.postbody``), SMF 1
  (``table`` rows, ``div.post``), Invision 2 (``div.borderwrap``, ``div.postcolor``), MyBB (``td.trow1``,
  ``div.post_body``); profile columns, "Back to top", signatures under a rule (not gold);
- ``groups_discourse``: a Google-Groups-like thread of messages (sender, date, "Reply all", a collapsed quote
  "- show quoted text -") or a Discourse topic (``div.topic-post``, ``div.cooked``, "N Likes", "Reply");
- ``product_qa``: a product's customer questions (question, one to three answers of a line or two, "Answer this
  question", "See more answers") or its reviews page (stars, title, text, "N people found this helpful", "Report");
  gold: the questions and answers, or the review titles and texts;
- ``paged``: page 2 or 3 of a thread ("Page 2 of 3", "« Prev 1 2 3 Next »" above and below, posts numbered from
  #11), so no opening post is on the page: every post is a reply;
- ``quote_reply``: replies that are mostly a quote of an earlier post plus one line of their own (gold: the quoted
  text and the line, not the "X wrote:" header);
- ``code_posts``: a help-forum thread (phpBB 3 prosilver) whose posts are mostly ``<pre>`` code with a line or two
  of prose, one reply code only;
- ``image_posts``: a photo thread (XenForo-like ``article.message``, ``div.bbWrapper``) where replies are a picture
  with a caption line, or a picture alone with one line.

Gold: every post in order, no chrome (except ``blog_wp``). Must: the first and the last sentence of the gold; must not:
the chrome's sentences (teasers, sidebars, other threads' first lines). A page's half is :func:`bench.halves.half`
of ``web21/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Scoring
from old_web_corpus import Text, _norm, _url
from web_corpus19 import _CODE, _NICKS, _SIG, Built, _date, _e, _href, _name, _page, _ps

SET = "web21"
KINDS = (
    "short_thread",
    "tree",
    "gh_nested",
    "blog_wp",
    "table_forum",
    "groups_discourse",
    "product_qa",
    "paged",
    "quote_reply",
    "code_posts",
    "image_posts",
)
PAGES_PER_KIND = 14
SHORT = (
    "+1",
    "Thanks, that worked!",
    "Same here.",
    "This fixed it for me, thank you.",
    "Any update on this?",
    "Bump.",
    "Confirmed on my machine too.",
    "Great write-up, bookmarked.",
    "Did you ever solve this?",
    "Works now, marking as solved.",
    "I second this.",
    "Which version are you on?",
    "Nice, thanks for sharing!",
    "Me too, exactly the same error.",
    "lol",
    "Agreed 100%.",
    "Can confirm, still happens in 4.2.",
    "Never mind, user error.",
    "Thank you so much, you saved my day.",
    "Subscribed.",
    "Good point.",
    "Has anyone reported this upstream?",
)
_NICK2 = (*_NICKS, "bluefrog", "wanderer42", "pixel_pusher", "cat_herder", "ElmStreet", "retro_rob", "quiet_storm")
_CAPTIONS = (
    "My setup after the upgrade, cables finally tidy.",
    "The view from the second camp on day three.",
    "Before and after the paint job.",
    "First loaf from the new oven, a bit dark on top.",
    "Here is the corrosion I found under the panel.",
    "Finished the shelf this weekend, oak and linseed oil.",
    "Sunset over the harbour, shot on the old 50mm.",
    "This is what the error screen looks like.",
)


class _Ctx:
    """One page's random source, article, and the sentences it must not leak."""

    def __init__(self, rng: random.Random, text: Text, index: int, kind: str) -> None:
        self.rng = rng
        self.text = text
        key, self.title, paras = text.articles[(index * 7 + KINDS.index(kind) * 19 + 3) % len(text.articles)]
        self.key = key
        self.paras = paras[: rng.randrange(3, 8)]
        self.bad: list[str] = []
        self.shorts = list(SHORT)
        rng.shuffle(self.shorts)

    def prose(self, n: int) -> list[str]:
        out = self.text.prose(self.rng, n, self.key)
        self.bad += out
        return out

    def said(self, lo: int = 1, hi: int = 4) -> str:
        """Sentences of other articles: a reply's paragraph."""
        return " ".join(self.text.prose(self.rng, self.rng.randrange(lo, hi), self.key))

    def short(self) -> str:
        return self.shorts.pop() if self.shorts else self.said(1, 2)

    def heads(self, n: int) -> list[str]:
        return self.text.heads(self.rng, n, self.title)

    def reply(self, p_short: float = 0.5) -> list[str]:
        """A reply: a short line, or one or two paragraphs."""
        if self.rng.random() < p_short:
            return [self.short()]
        return [self.said() for _ in range(self.rng.randrange(1, 3))]

    def nick(self) -> str:
        return self.rng.choice(_NICK2)


def _ago(rng: random.Random) -> str:
    return rng.choice((f"{rng.randrange(2, 23)} hours ago", f"{rng.randrange(2, 11)} days ago", _date(rng)))


def _related(c: _Ctx, title: str, n: int = 4) -> str:
    """A box of other threads' titles with their first line (must-not)."""
    return (
        f'<div class="related-box"><h3>{_e(title)}</h3><ul>'
        + "".join(
            f'<li><a href="{_href(c.rng)}">{_e(h)}</a><p>{_e(s)}</p></li>'
            for h, s in zip(c.heads(n), c.prose(n), strict=True)
        )
        + "</ul></div>"
    )


def short_thread(c: _Ctx) -> Built:
    rng = c.rng
    posts = [c.paras[:2]] + [c.reply(0.75) for _ in range(rng.randrange(4, 11))]
    first = posts[0]
    items = "".join(
        f'<li class="Item ItemComment" id="Comment_{5000 + i}"><div class="Comment"><div class="Item-Header CommentHeader"><div class="AuthorWrap"><span class="Author"><a class="PhotoWrap" href="#"><img class="ProfilePhoto" alt="{c.nick()}"></a><a class="Username" href="#">{c.nick()}</a></span>'
        f'<span class="AuthorInfo"><span class="MItem Rank">{rng.choice(("Member", "New Member", "Moderator"))}</span></span></div><div class="Meta CommentMeta"><span class="MItem DateCreated"><a class="Permalink" href="#"><time>{_ago(rng)}</time></a></span></div></div>'
        f'<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{"<br><br>".join(_e(x) for x in p)}</div>'
        f'<div class="Reactions"><span class="ReactButton">Like {rng.randrange(0, 9)}</span> <a class="ReactButton" href="#">Quote</a> <a class="ReactButton" href="#">Flag</a></div></div></div></div></li>'
        for i, p in enumerate(posts[1:])
    )
    html = (
        '<div id="Frame"><div class="Head"><a class="Title" href="/">Home Lab Forum</a><ul class="SiteMenu"><li><a href="/categories">Categories</a></li><li><a href="/discussions">Discussions</a></li><li><a href="/activity">Activity</a></li><li><a href="/entry/signin">Sign In</a></li></ul></div>'
        f'<div id="Body"><div class="BreadcrumbsBox"><span class="Breadcrumbs"><a href="/">Home</a> › <a href="#">Help &amp; Support</a></span></div>'
        f'<div id="Content" class="Column ContentColumn"><div class="PageTitle"><h1>{_e(c.title)}</h1></div>'
        f'<div class="MessageList Discussion"><div class="Item-Header DiscussionHeader"><span class="Author"><a class="Username" href="#">{c.nick()}</a></span> <span class="MItem DateCreated">{_ago(rng)}</span></div>'
        f'<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{_ps(first)}</div></div></div></div>'
        f'<div class="CommentsWrap"><span class="BeforeCommentHeading"></span><h2 class="CommentHeading">Comments</h2><ul class="MessageList DataList Comments">{items}</ul></div>'
        '<div class="CommentForm"><h2 class="H">Leave a Comment</h2><textarea></textarea><button>Post Comment</button></div></div>'
        f'<div id="Panel" class="Column PanelColumn">{_related(c, "In this Discussion")}<div class="Box"><h4>Categories</h4><ul><li>All Categories 4.2K</li><li>Help &amp; Support 1.1K</li></ul></div></div></div>'
        '<div id="Foot"><a href="#">Powered by Vanilla</a></div></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def tree(c: _Ctx) -> Built:
    rng = c.rng
    body = c.paras[: rng.randrange(1, 4)]
    gold = list(body)

    def node(depth: int) -> str:
        text = c.reply(0.45)
        gold.extend(text)
        kids = "".join(node(depth + 1) for _ in range(rng.choice((0, 1, 1, 2)))) if depth < 4 else ""
        return (
            f'<div class="comment depth-{depth} {"odd" if depth % 2 else "even"}" id="c{rng.randrange(10**6)}"><div class="comment-head"><a class="user" href="#">{c.nick()}</a> <span class="score">{rng.randrange(-3, 400)} points</span> <span class="age">{_ago(rng)}</span> <a class="toggle" href="#">[–]</a></div>'
            f'<div class="comment-text">{_ps(text)}</div><div class="comment-links"><a href="#">reply</a> <a href="#">permalink</a> <a href="#">embed</a> <a href="#">report</a></div>'
            f"{'<div class=' + chr(34) + 'children' + chr(34) + '>' + kids + '</div>' if kids else ''}</div>"
        )

    comments = "".join(node(1) for _ in range(rng.randrange(2, 6)))
    about = c.prose(2)
    html = (
        '<div class="topbar"><a class="brand" href="/">tildes.example</a> <a href="#">Groups</a> <a href="#">Log in</a></div>'
        f'<main class="wrap"><article class="topic-full"><header><h1>{_e(c.title)}</h1><div class="topic-meta">posted by <a href="#">{c.nick()}</a> in <a href="#">~tech</a> · {_ago(rng)} · {rng.randrange(3, 90)} votes</div></header>'
        f'<div class="topic-full-text">{_ps(body)}</div><div class="topic-actions"><a href="#">Vote</a> <a href="#">Bookmark</a> <a href="#">Share</a></div></article>'
        f'<section class="topic-comments"><header><h2>{rng.randrange(8, 60)} comments</h2><form class="sort"><select><option>best</option><option>new</option></select></form></header><div class="comment-tree">{comments}</div></section></main>'
        f'<aside class="sidebar"><h3>~tech</h3><p>{_e(about[0])}</p><p>{_e(about[1])}</p><ul><li>{rng.randrange(1000, 99999)} subscribers</li></ul></aside>'
        '<footer><a href="#">Code of conduct</a> <a href="#">Privacy</a> <a href="#">Source code</a></footer>'
    )
    return _page(c.title, html), gold


def gh_nested(c: _Ctx) -> Built:
    rng = c.rng
    gold: list[str] = list(c.paras[:2])

    def box(paras: list[str], cls: str, extra: str = "") -> str:
        return (
            f'<div class="{cls}"><div class="d-flex flex-items-center"><img class="avatar" alt="@x"><a class="author Link--primary text-bold" href="#">{c.nick().replace(" ", "")}</a>'
            f' <a class="Link--secondary" href="#"><relative-time>{_date(rng)}</relative-time></a>{extra}</div>'
            f'<div class="markdown-body js-comment-body">{"".join(f"<p dir={chr(34)}auto{chr(34)}>{_e(x)}</p>" for x in paras)}</div>'
            f'<div class="d-flex"><button class="reaction">👍 {rng.randrange(1, 15)}</button> <button>Reply</button> <button aria-label="More">…</button></div></div>'
        )

    opening = box(c.paras[:2], "discussion-opening js-comment")
    answers = ""
    for k in range(rng.randrange(2, 6)):
        paras = [c.said() for _ in range(rng.randrange(1, 3))]
        gold += paras
        reps = []
        for _ in range(rng.choice((0, 1, 2, 3))):
            r = c.reply(0.7)
            gold += r
            reps.append(box(r, "nested-reply timeline-comment--nested"))
        mark = (
            ' <span class="Label Label--success">Answer</span> <span>selected by author</span>'
            if k == 0 and rng.random() < 0.5
            else ""
        )
        more = (
            f'<details class="nested-replies"><summary>Show {len(reps)} more replies</summary>{"".join(reps)}</details>'
            if len(reps) > 1 and rng.random() < 0.5
            else "".join(reps)
        )
        answers += f'<div class="discussion-answer js-timeline-item">{box(paras, "timeline-comment js-comment", mark)}<div class="nested-comments">{more}</div><div class="reply-box"><button>Write a reply</button></div></div>'
    side = "".join(f'<li><a href="#">{_e(h)}</a></li>' for h in c.heads(4))
    html = (
        '<header class="AppHeader"><a href="/">GitHub</a> <input placeholder="Type / to search"> <a href="#">Sign in</a></header>'
        '<nav class="UnderlineNav"><a href="#">Code</a> <a href="#">Issues</a> <a href="#">Pull requests</a> <a class="selected" href="#">Discussions</a> <a href="#">Security</a></nav>'
        f'<main><h1 class="discussion-title">{_e(c.title)} <span class="color-fg-muted">#{rng.randrange(100, 9999)}</span></h1><div class="meta"><span class="State">Unanswered</span> {c.nick()} asked this question in <a href="#">Q&amp;A</a></div>'
        f'<div class="discussion-body">{opening}<h2 class="answers-count">{rng.randrange(2, 6)} answers · {rng.randrange(1, 9)} replies</h2><div class="answers">{answers}</div></div>'
        f'<aside class="sidebar"><h3>Category</h3><a href="#">Q&amp;A</a><h3>Labels</h3><span>question</span><h3>Related</h3><ul>{side}</ul><h3>Participants</h3><div>{c.nick()} {c.nick()}</div></aside></main>'
        '<footer>© 2024 GitHub, Inc. <a href="#">Terms</a> <a href="#">Privacy</a> <a href="#">Status</a></footer>'
    )
    return _page(c.title, html), gold


def blog_wp(c: _Ctx) -> Built:
    rng = c.rng
    n = 0

    def wp(depth: int) -> str:
        nonlocal n
        n += 1
        said = " ".join(c.prose(rng.randrange(1, 4))) if rng.random() < 0.7 else c.short()
        c.bad.append(said)
        kids = "".join(wp(depth + 1) for _ in range(rng.choice((0, 0, 1, 2)))) if depth < 3 else ""
        return (
            f'<li class="comment {"even" if n % 2 else "odd"} thread-{"even" if n % 2 else "odd"} depth-{depth}" id="comment-{100 + n}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img class="avatar"><b class="fn">{c.nick()}</b> <span class="says">says:</span></div>'
            f'<div class="comment-metadata"><a href="#"><time>{_date(rng)} at {rng.randrange(1, 12)}:{rng.randrange(10, 60)} pm</time></a></div></footer>'
            f'<div class="comment-content"><p>{_e(said)}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>'
            f"{'<ol class=' + chr(34) + 'children' + chr(34) + '>' + kids + '</ol>' if kids else ''}</li>"
        )

    def disqus() -> str:
        items = ""
        for _ in range(rng.randrange(6, 14)):
            said = " ".join(c.prose(rng.randrange(1, 4)))
            items += (
                f'<li class="post"><div class="post-content"><div class="avatar"><img alt="Avatar"></div><div class="post-body"><header><span class="author">{c.nick()}</span> <span class="post-meta"><a href="#">{_ago(rng)}</a></span></header>'
                f'<div class="post-message"><p>{_e(said)}</p></div><footer><a class="vote-up" href="#">{rng.randrange(0, 40)}</a> <a class="vote-down" href="#"></a> • <a href="#">Reply</a> • <a href="#">Share ›</a></footer></div></div></li>'
            )
        return f'<div id="disqus_thread"><div class="nav"><span>{rng.randrange(6, 90)} Comments</span> <span>Login</span></div><div class="sort">Sort by Best</div><ul id="post-list" class="post-list">{items}</ul><div class="disqus-footer">Powered by Disqus</div></div>'

    if rng.random() < 0.6:
        tree_html = "".join(wp(1) for _ in range(rng.randrange(4, 9)))
        comm = f'<div id="comments" class="comments-area"><h2 class="comments-title">{n} thoughts on &ldquo;{_e(c.title)}&rdquo;</h2><ol class="comment-list">{tree_html}</ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea><input type="submit" value="Post Comment"></form></div></div>'
    else:
        comm = disqus()
    html = (
        f'<div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">{_name(rng)}</a></p><nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/archive">Archive</a></li></ul></nav></header>'
        f'<div id="content" class="site-content"><main id="main"><article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{_e(c.title)}</h1><div class="entry-meta">Posted on {_date(rng)} by {_name(rng)}</div></header>'
        f'<div class="entry-content">{_ps(c.paras)}</div><footer class="entry-footer">Posted in <a href="#">Notes</a> | Tagged <a href="#">misc</a></footer></article>'
        f'<nav class="post-navigation"><a href="#">Previous post</a> <a href="#">Next post</a></nav>{comm}</main>'
        '<aside class="widget-area"><h2>Recent Posts</h2><ul>'
        + "".join(f'<li><a href="#">{_e(h)}</a></li>' for h in c.heads(4))
        + "</ul></aside></div>"
        '<footer class="site-footer">Proudly powered by WordPress</footer></div>'
    )
    return _page(c.title, html), c.paras


def table_forum(c: _Ctx) -> Built:
    rng = c.rng
    posts = [c.paras[:2]] + [c.reply(0.45) for _ in range(rng.randrange(2, 9))]
    style = rng.choice(("phpbb2", "smf1", "ipb2", "mybb"))
    rows = ""
    for i, p in enumerate(posts):
        nick = c.nick()
        sig = rng.random() < 0.35
        text = "<br><br>".join(_e(x) for x in p)
        sig_html = f"<br>_________________<br>{_e(rng.choice(_SIG))}" if sig else ""
        if style == "phpbb2":
            rows += (
                f'<tr><td width="150" align="left" valign="top" class="row{1 + i % 2}"><span class="name"><a name="{700 + i}"></a><b>{nick}</b></span><br><span class="postdetails">{rng.choice(("Newbie", "Regular", "Site Admin"))}<br><br>Joined: {_date(rng)}<br>Posts: {rng.randrange(1, 900)}</span></td>'
                f'<td class="row{1 + i % 2}" width="100%" height="28" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="100%"><a href="#"><img src="templates/subSilver/images/icon_minipost.gif" alt="Post"></a><span class="postdetails">Posted: {_date(rng)} 3:{rng.randrange(10, 60)} pm &nbsp; &nbsp;Post subject: {"Re: " if i else ""}{_e(c.title)}</span></td>'
                '<td valign="top" nowrap="nowrap"><a href="#"><img src="templates/subSilver/images/lang_english/icon_quote.gif" alt="Reply with quote"></a></td></tr>'
                f'<tr><td colspan="2"><hr></td></tr><tr><td colspan="2"><span class="postbody">{text}{sig_html}</span><span class="gensmall"></span></td></tr></table></td></tr>'
                f'<tr><td class="row{1 + i % 2}" width="150" align="left" valign="middle"><span class="nav"><a href="#top" class="nav">Back to top</a></span></td><td class="row{1 + i % 2}" width="100%" height="28" valign="bottom" nowrap="nowrap"><a href="#"><img alt="View user\'s profile"></a> <a href="#"><img alt="Send private message"></a></td></tr>'
                '<tr><td class="spaceRow" colspan="2" height="1"><img src="templates/subSilver/images/spacer.gif" alt="" width="1" height="1"></td></tr>'
            )
        elif style == "smf1":
            rows += (
                f'<tr><td class="windowbg{"2" if i % 2 else ""}"><table width="100%" cellpadding="5" cellspacing="0" style="table-layout: fixed;"><tr><td valign="top" width="16%" rowspan="2" style="overflow: hidden;"><b><a href="#" title="View the profile of {nick}">{nick}</a></b>'
                f'<div class="smalltext">Jr. Member<br>**<br><br>Posts: {rng.randrange(1, 900)}<br></div></td>'
                f'<td valign="top" width="85%" height="100%"><table width="100%" border="0"><tr><td valign="middle"><a href="#"><img src="/Themes/default/images/post/xx.gif" alt=""></a></td><td valign="middle"><div style="font-weight: bold;" id="subject_{800 + i}"><a href="#">{"Re: " if i else ""}{_e(c.title)}</a></div>'
                f'<div class="smalltext">« {"Reply #" + str(i) + " " if i else ""}on: {_date(rng)}, 10:{rng.randrange(10, 60)}:12 AM »</div></td><td align="right" valign="bottom" height="20" style="font-size: smaller;"><a href="#">Quote</a></td></tr></table>'
                f'<hr width="100%" size="1" class="hrcolor"><div class="post">{text}</div></td></tr>'
                f'<tr><td valign="bottom" class="smalltext" width="85%"><table width="100%" border="0" style="table-layout: fixed;"><tr><td colspan="2" class="smalltext" width="100%"></td></tr><tr><td valign="bottom" class="smalltext" id="modified_{800 + i}"></td><td align="right" valign="bottom" class="smalltext"><img src="/Themes/default/images/ip.gif" alt=""> Logged</td></tr></table>'
                f"{'<hr width=' + chr(34) + '100%' + chr(34) + ' size=' + chr(34) + '1' + chr(34) + ' class=' + chr(34) + 'hrcolor' + chr(34) + '><div class=' + chr(34) + 'signature' + chr(34) + '>' + _e(rng.choice(_SIG)) + '</div>' if sig else ''}</td></tr></table></td></tr>"
            )
        elif style == "ipb2":
            rows += (
                f'<div class="borderwrap"><table class="ipbtable" cellspacing="1"><tr><td class="row2" width="1%" nowrap="nowrap"><a name="entry{900 + i}"></a><span class="normalname"><a href="#">{nick}</a></span></td>'
                f'<td class="row2" valign="top" width="99%"><div style="float: left;"><span class="postdetails"> <img src="style_images/1/to_post_off.gif" alt="post"> {_date(rng)}, 04:{rng.randrange(10, 60)} PM</span></div><div align="right"><span class="postdetails"> Post <a href="#">#{i + 1}</a></span></div></td></tr>'
                f'<tr><td valign="top" class="post{1 + i % 2}"><span class="postdetails"><img src="style_images/1/icon.gif" alt=""><br>Group: Members<br>Posts: {rng.randrange(1, 900)}<br>Joined: {_date(rng)}<br>Member No.: {rng.randrange(100, 99999)}</span><br></td>'
                f'<td width="100%" valign="top" class="post{1 + i % 2}"><div class="postcolor" id="post-{900 + i}">{text}</div>{"<br><br>--------------------<br><div class=" + chr(34) + "signature" + chr(34) + ">" + _e(rng.choice(_SIG)) + "</div>" if sig else ""}</td></tr>'
                '<tr><td class="formbuttonrow" nowrap="nowrap"><div align="left"><a href="#top">Top</a></div></td><td class="formbuttonrow" nowrap="nowrap"><div align="right"><a href="#"><img alt="Quote Post"></a></div></td></tr></table></div><div class="catend"><!-- no content --></div>'
            )
        else:
            rows += (
                f'<table border="0" cellspacing="1" cellpadding="4" class="tborder" style="border-top-width: 0;"><tr><td class="tcat" colspan="2"><span class="smalltext"><strong>{_date(rng)}, 0{rng.randrange(1, 9)}:{rng.randrange(10, 60)} PM <a href="#">#{i + 1}</a></strong></span></td></tr>'
                f'<tr><td class="trow1" width="15%" valign="top"><strong><span class="largetext"><a href="#">{nick}</a></span></strong><br><span class="smalltext">Member<br><br>Posts: {rng.randrange(1, 900)}<br>Joined: {_date(rng)}</span></td>'
                f'<td class="trow1" valign="top"><span class="smalltext"><strong>{"RE: " if i else ""}{_e(c.title)}</strong></span><br><div id="pid_{950 + i}" class="post_body">{text}</div>{"<hr size=" + chr(34) + "1" + chr(34) + " width=" + chr(34) + "25%" + chr(34) + " align=" + chr(34) + "left" + chr(34) + "><span class=" + chr(34) + "smalltext" + chr(34) + ">" + _e(rng.choice(_SIG)) + "</span>" if sig else ""}</td></tr>'
                '<tr><td class="trow2 post_buttons" valign="middle"><span class="smalltext"><a href="#">Find</a></span></td><td class="trow2 post_buttons" valign="middle" align="right"><a href="#">Reply</a> <a href="#">Quote</a> <a href="#">Report</a></td></tr></table>'
            )
    nav = f'<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center"><tr><td align="left" valign="bottom" colspan="2"><a class="maintitle" href="#">{_e(c.title)}</a><br><span class="gensmall"><b>Goto page 1</b></span></td></tr></table>'
    if style in ("phpbb2", "smf1"):
        body = f'{nav}<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0"><tr><th class="thLeft" width="150" height="26" nowrap="nowrap">Author</th><th class="thRight" nowrap="nowrap">Message</th></tr>{rows}</table>'
    else:
        body = f'{nav}<div id="posts">{rows}</div>'
    who = f'<table class="forumline" width="100%"><tr><td class="row1"><span class="gensmall">Users browsing this topic: {rng.randrange(0, 5)} registered, {rng.randrange(1, 30)} guests</span></td></tr></table>'
    html = (
        '<a name="top"></a><table width="100%" cellspacing="0" cellpadding="10" border="0" align="center"><tr><td class="bodyline"><table width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td><a href="/"><img src="templates/subSilver/images/logo_phpBB.gif" alt="Forum Index"></a></td>'
        '<td align="center" width="100%" valign="middle"><span class="maintitle">Classic Car Owners Forum</span><br><span class="gen">Restoration, parts and the odd road trip</span><br><table cellspacing="0" cellpadding="2" border="0"><tr><td align="center" valign="top" nowrap="nowrap"><span class="mainmenu"><a href="#" class="mainmenu">FAQ</a> <a href="#" class="mainmenu">Search</a> <a href="#" class="mainmenu">Memberlist</a> <a href="#" class="mainmenu">Usergroups</a> <a href="#" class="mainmenu">Register</a> <a href="#" class="mainmenu">Log in</a></span></td></tr></table></td></tr></table>'
        f'<br>{body}{who}<div align="center"><span class="copyright">Powered by phpBB © 2001, 2005 phpBB Group</span></div></td></tr></table>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def groups_discourse(c: _Ctx) -> Built:
    rng = c.rng
    posts = [c.paras[:2]] + [c.reply(0.45) for _ in range(rng.randrange(2, 8))]
    if rng.random() < 0.5:
        msgs = ""
        for i, p in enumerate(posts):
            quote = '<div class="quoted"><a href="#">- show quoted text -</a></div>' if i else ""
            msgs += (
                f'<div class="msg" role="article"><div class="msg-head"><span class="author"><span class="name">{_name(rng)}</span> &lt;{c.nick().replace(" ", "")}...@gmail.com&gt;</span> <span class="date">{_date(rng)}, {rng.randrange(1, 12)}:{rng.randrange(10, 60)}:{rng.randrange(10, 60)} PM</span>'
                f'<div class="msg-actions"><span role="button">Reply all</span> <span role="button">Reply to author</span> <span role="button">Forward</span></div></div>'
                f'<div class="msg-body"><div dir="ltr">{"<br><br>".join(_e(x) for x in p)}</div>{quote}</div></div>'
            )
        main = (
            '<div class="gg-top"><a href="/">Groups</a> <input placeholder="Search conversations within example-users"> <a href="#">Conversations</a> <a href="#">About</a></div>'
            f'<div class="gg-main"><h2 class="subject">{_e(c.title)}</h2><div class="gg-meta">{len(posts)} messages · {rng.randrange(20, 900)} views</div><div class="thread">{msgs}</div>'
            '<div class="gg-foot"><span role="button">Reply all</span> <span role="button">Reply to author</span> <span role="button">Forward</span></div></div>'
        )
    else:
        items = ""
        for i, p in enumerate(posts):
            items += (
                f'<div class="topic-post clearfix {"topic-owner" if i == 0 else "regular"}"><article id="post_{i + 1}" class="boxed onscreen-post" data-post-id="{4400 + i}"><div class="row"><div class="topic-avatar"><img class="avatar" alt=""></div>'
                f'<div class="topic-body clearfix"><div class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="#">{c.nick()}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="#"><span class="relative-date">{rng.choice(("Mar", "Jun", "Oct"))} {rng.randrange(1, 29)}</span></a></div></div></div>'
                f'<div class="regular contents"><div class="cooked">{_ps(p)}</div>'
                f'<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="like-count">{rng.randrange(1, 20)} Likes</button><button class="like">Like</button><button class="share">Share</button><button class="reply">Reply</button></div></nav></section></div></div></div></article></div>'
            )
        main = (
            '<header class="d-header"><div class="title"><a href="/">Example Community</a></div><div class="panel"><button>Sign Up</button> <button>Log In</button></div></header>'
            f'<div id="main-outlet"><div id="topic-title"><h1><a class="fancy-title" href="#">{_e(c.title)}</a></h1><div class="topic-category"><span class="badge-category">Support</span></div></div>'
            f'<div class="posts-wrapper"><div class="post-stream">{items}</div></div>'
            f'<div class="topic-map"><ul><li>created {_ago(rng)}</li><li>last reply {_ago(rng)}</li><li>{len(posts) - 1} replies</li><li>{rng.randrange(50, 9000)} views</li></ul></div>'
            f'<div class="more-topics__container"><h3>Suggested Topics</h3><table class="topic-list"><tbody>'
            + "".join(
                f'<tr class="topic-list-item"><td class="main-link"><a class="title" href="#">{_e(h)}</a></td><td class="posts">{rng.randrange(1, 40)}</td><td class="activity">{rng.randrange(1, 30)}d</td></tr>'
                for h in c.heads(5)
            )
            + "</tbody></table></div></div>"
        )
    return _page(c.title, main), [x for p in posts for x in p]


def product_qa(c: _Ctx) -> Built:
    rng = c.rng
    product = rng.choice(
        (
            "Stainless Steel Kettle 1.7L",
            "Wireless Noise-Cancelling Headphones",
            "Cast Iron Skillet 12 inch",
            "Ergonomic Office Chair",
            "Portable Power Bank 20000mAh",
        )
    )
    gold: list[str] = []
    desc = c.prose(2)
    if rng.random() < 0.5:
        blocks = ""
        for _ in range(rng.randrange(3, 7)):
            q = c.said(1, 2).rstrip(".") + "?"
            gold.append(q)
            ans = ""
            for _ in range(rng.randrange(1, 4)):
                a = c.reply(0.4)[0]
                gold.append(a)
                ans += f'<div class="answer"><span class="a-label">A:</span> <span class="answer-text">{_e(a)}</span><div class="answer-meta">By {c.nick()} on {_date(rng)} · <a href="#">Helpful ({rng.randrange(0, 30)})</a> · <a href="#">Report</a></div></div>'
            blocks += (
                f'<div class="qa-item"><div class="votes"><button>▲</button><span>{rng.randrange(0, 99)} votes</span><button>▼</button></div><div class="qa-body"><div class="question"><span class="q-label">Question:</span> <a href="#">{_e(q)}</a></div>'
                f'{ans}<a class="see-more" href="#">See more answers</a> <a class="answer-this" href="#">Answer this question</a></div></div>'
            )
        main = f'<div class="ask-widget"><h2>Customer questions &amp; answers</h2><input placeholder="Have a question? Search for answers"></div><div class="qa-list">{blocks}</div><a href="#">See more answered questions</a>'
    else:
        blocks = ""
        for _ in range(rng.randrange(4, 9)):
            head = c.said(1, 2).split(",")[0][:60].rstrip(".")
            body = [c.said(1, 4) for _ in range(rng.randrange(1, 3))] if rng.random() < 0.7 else [c.short()]
            gold += [head, *body]
            blocks += (
                f'<div class="review" data-hook="review"><div class="profile"><span class="profile-name">{c.nick()}</span></div><div class="review-head"><i class="stars">{rng.randrange(1, 6)}.0 out of 5 stars</i> <a class="review-title" href="#"><span>{_e(head)}</span></a></div>'
                f'<span class="review-date">Reviewed in the United States on {_date(rng)}</span><div class="format">Color: Black | Verified Purchase</div>'
                f'<div class="review-text"><span>{"<br><br>".join(_e(x) for x in body)}</span></div><div class="review-actions"><span class="helpful">{rng.randrange(2, 90)} people found this helpful</span> <button>Helpful</button> <a href="#">Report</a></div></div>'
            )
        main = f'<div class="summary"><h2>Customer reviews</h2><div>4.{rng.randrange(0, 9)} out of 5</div><div>{rng.randrange(100, 9999)} global ratings</div><table class="histogram"><tr><td>5 star</td><td>61%</td></tr><tr><td>4 star</td><td>20%</td></tr><tr><td>1 star</td><td>7%</td></tr></table></div><div class="sort">Sort by: Top reviews</div><div class="review-list">{blocks}</div><a href="#">Next page →</a>'
    also = "".join(
        f'<li><a href="#">{_e(h)}</a><span class="price">${rng.randrange(9, 200)}.99</span></li>' for h in c.heads(4)
    )
    html = (
        '<header class="nav"><a href="/">ShopMart</a> <input placeholder="Search"> <a href="#">Account</a> <a href="#">Cart</a></header>'
        f'<div class="breadcrumb"><a href="#">Home &amp; Kitchen</a> › <a href="#">{_e(product)}</a></div>'
        f'<div class="product-header"><h1>{_e(product)}</h1><div class="price">${rng.randrange(19, 299)}.99</div><div class="desc"><p>{_e(desc[0])}</p><p>{_e(desc[1])}</p></div><button>Add to Cart</button></div>'
        f'<main class="product-community">{main}</main>'
        f'<aside class="also-bought"><h3>Customers also bought</h3><ul>{also}</ul></aside>'
        '<footer><a href="#">Conditions of Use</a> <a href="#">Privacy Notice</a> © 2024 ShopMart</footer>'
    )
    return _page(f"{product}: customer questions and reviews", html), gold


def paged(c: _Ctx) -> Built:
    rng = c.rng
    page = rng.randrange(2, 4)
    pages = rng.randrange(page, 6)
    n = rng.randrange(3, 11)
    posts = [c.reply(0.4) for _ in range(n)]
    start = (page - 1) * 10 + 1
    pager = (
        f'<div class="pagination"><span class="pages">Page {page} of {pages}</span> <a href="#">« Prev</a> '
        + " ".join(f"<strong>{k}</strong>" if k == page else f'<a href="#">{k}</a>' for k in range(1, pages + 1))
        + (' <a href="#">Next »</a>' if page < pages else "")
        + "</div>"
    )
    items = ""
    for i, p in enumerate(posts):
        items += (
            f'<div id="p{31000 + i}" class="post bg{1 + i % 2}"><div class="inner"><div class="postbody"><ul class="post-buttons"><li><a href="#" class="button"><span>Quote</span></a></li></ul>'
            f'<h3><a href="#">Re: {_e(c.title)}</a></h3><p class="author"><a href="#">#{start + i}</a> by <strong><a class="username" href="#">{c.nick()}</a></strong> » {_date(rng)} {rng.randrange(1, 12)}:{rng.randrange(10, 60)} am</p>'
            f'<div class="content">{"<br><br>".join(_e(x) for x in p)}</div></div>'
            f'<dl class="postprofile"><dt><a class="username" href="#">{c.nick()}</a></dt><dd class="profile-rank">Posts: {rng.randrange(1, 900)}</dd><dd><strong>Joined:</strong> {_date(rng)}</dd></dl>'
            '<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div><hr class="divider">'
        )
    html = (
        '<div id="wrap"><div class="headerbar"><a href="/" id="logo">Anglers Forum</a><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>'
        '<div class="navbar"><ul class="linklist"><li><a href="#">FAQ</a></li><li><a href="#">Register</a></li><li><a href="#">Login</a></li></ul></div>'
        f'<div id="page-body"><h2 class="topic-title"><a href="#">{_e(c.title)}</a></h2><div class="action-bar bar-top"><a href="#" class="button">Post Reply</a> <div class="search-box"><input placeholder="Search this topic…"></div>'
        f'<div class="pagination">{len(posts) + (page - 1) * 10} posts {pager}</div></div>{items}'
        f'<div class="action-bar bar-bottom"><a href="#" class="button">Post Reply</a> {pager}</div>'
        f'<div class="jumpbox"><a href="#">Return to “Tackle &amp; Gear”</a></div></div>'
        f'<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and {rng.randrange(1, 20)} guests</p></div>'
        '<div class="copyright">Powered by phpBB® Forum Software © phpBB Limited</div></div>'
    )
    return _page(f"{c.title} - Page {page}", html), [x for p in posts for x in p]


def quote_reply(c: _Ctx) -> Built:
    rng = c.rng
    first = c.paras[:2]
    posts: list[tuple[str, list[str]]] = [("", first)]
    gold = list(first)
    items = ""
    for i in range(rng.randrange(3, 9)):
        if i and rng.random() < 0.7:
            src_nick, src = rng.choice(posts[max(0, len(posts) - 3) :])
            q = src[-1] if len(src[-1]) < 300 else src[-1][:300].rsplit(" ", 1)[0]
            line = c.short() if rng.random() < 0.6 else c.said(1, 2)
            gold += [q, line]
            nick = c.nick()
            body = f'<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">{_e(src_nick or "OP")} said:</div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">{_e(q)}</div></div></blockquote>{_e(line)}'
            posts.append((nick, [line]))
        else:
            p = first if i == 0 else c.reply(0.3)
            if i:
                gold += p
            nick = c.nick()
            body = "<br><br>".join(_e(x) for x in p)
            posts.append((nick, p))
        items += (
            f'<article class="message message--post" data-author="{nick}" id="js-post-{7000 + i}"><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><h4 class="message-name"><a class="username" href="#">{nick}</a></h4><h5 class="userTitle">Well-known member</h5>'
            f'<div class="message-userExtras"><dl><dt>Joined</dt><dd>{_date(rng)}</dd></dl><dl><dt>Messages</dt><dd>{rng.randrange(10, 9000)}</dd></dl></div></section></div>'
            f'<div class="message-cell message-cell--main"><header class="message-attribution"><time>{_date(rng)}</time> <a href="#">#{i + 1}</a></header><div class="message-content"><article class="message-body"><div class="bbWrapper">{body}</div></article></div>'
            f'<footer class="message-footer"><div class="message-actionBar actionBar"><a href="#" class="actionBar-action--report">Report</a> <a href="#" class="actionBar-action--like">Like</a> <a href="#" class="actionBar-action--reply">Reply</a></div>'
            f'<div class="reactionsBar">{c.nick()} and {rng.randrange(1, 9)} others</div></footer></div></div></article>'
        )
    html = (
        '<div class="p-pageWrapper"><header class="p-header"><a class="p-header-logo" href="/">Audio Enthusiasts</a></header><nav class="p-nav"><a href="#">Forums</a> <a href="#">What\'s new</a> <a href="#">Members</a> <a href="#">Log in</a> <a href="#">Register</a></nav>'
        f'<div class="p-body"><ul class="p-breadcrumbs"><li><a href="#">Forums</a></li><li><a href="#">Headphones</a></li></ul><div class="p-title"><h1 class="p-title-value">{_e(c.title)}</h1></div>'
        f'<div class="p-description">Thread starter {c.nick()} · Start date {_date(rng)}</div><div class="block-body js-replyNewMessageContainer">{items}</div>'
        f'<div class="block similarThreads"><h3>Similar threads</h3>{_related(c, "Similar threads", 3)}</div></div>'
        '<footer class="p-footer"><a href="#">Contact us</a> <a href="#">Terms and rules</a> <a href="#">Privacy policy</a> Community platform by XenForo®</footer></div>'
    )
    return _page(c.title, html), gold


def code_posts(c: _Ctx) -> Built:
    rng = c.rng
    gold: list[str] = []
    items = ""
    n = rng.randrange(3, 8)
    only = rng.randrange(1, n)
    for i in range(n):
        if i == 0:
            paras = c.paras[:1]
        elif i == only:
            paras = []
        else:
            paras = [c.said(1, 3)] if rng.random() < 0.6 else [c.short()]
        code = rng.choice(_CODE) if i == only or rng.random() < 0.7 else []
        after = [c.short()] if code and paras and rng.random() < 0.3 else []
        gold += paras + [x for x in code if x] + after
        content = "".join(f"{_e(x)}<br>" for x in paras)
        if code:
            content += f'<div class="codebox"><p>Code: <a href="#">Select all</a></p><pre><code>{_e(chr(10).join(code))}</code></pre></div>'
        content += "".join(_e(x) for x in after)
        items += (
            f'<div id="p{52000 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username" href="#">{c.nick()}</a></dt><dd class="profile-rank">Registered User</dd><dd class="profile-posts"><strong>Posts:</strong> {rng.randrange(1, 900)}</dd></dl>'
            f'<div class="postbody"><h3><a href="#">{"Re: " if i else ""}{_e(c.title)}</a></h3><p class="author">by <strong>{c.nick()}</strong> » {_date(rng)}</p><div class="content">{content}</div></div>'
            '<div class="back2top"><a href="#top">Top</a></div></div></div>'
        )
    html = (
        '<div id="wrap"><div class="headerbar"><a href="/" id="logo">Linux Help Forum</a></div><div class="navbar"><a href="#">Board index</a> ‹ <a href="#">Scripting</a></div>'
        f'<div id="page-body"><h2 class="topic-title">{_e(c.title)}</h2><div class="action-bar"><a class="button" href="#">Post Reply</a> {n} posts • Page 1 of 1</div>{items}'
        f'{_related(c, "Related topics", 3)}</div><div class="copyright">Powered by phpBB</div></div>'
    )
    return _page(c.title, html), gold


def image_posts(c: _Ctx) -> Built:
    rng = c.rng
    gold = list(c.paras[:1])
    caps = list(_CAPTIONS)
    rng.shuffle(caps)
    items = (
        f'<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="#">{c.nick()}</a></h4></div><div class="message-cell message-cell--main"><div class="bbWrapper">{_e(c.paras[0])}<br>'
        f'<img class="bbImage" src="/attachments/{rng.randrange(10**5)}.jpg" alt="IMG_{rng.randrange(1000, 9999)}.jpg"></div><footer class="message-footer"><a href="#">Like</a> <a href="#">Reply</a> <a href="#">Report</a></footer></div></article>'
    )
    for _ in range(rng.randrange(3, 9)):
        r = rng.random()
        if r < 0.45 and caps:
            cap = caps.pop()
            gold.append(cap)
            body = f'<div class="bbImageWrapper"><img class="bbImage" src="/attachments/{rng.randrange(10**5)}.jpg" alt="photo.jpg"></div><br>{_e(cap)}'
        elif r < 0.7:
            line = c.short()
            gold.append(line)
            body = f'{_e(line)}<br><img class="bbImage" src="/attachments/{rng.randrange(10**5)}.jpg" alt="">'
        else:
            p = c.said(1, 3)
            gold.append(p)
            body = _e(p)
        items += (
            f'<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="#">{c.nick()}</a></h4><div class="message-userExtras">Messages: {rng.randrange(1, 999)}</div></div>'
            f'<div class="message-cell message-cell--main"><header class="message-attribution"><time>{_ago(rng)}</time></header><div class="bbWrapper">{body}</div><footer class="message-footer"><a href="#">Like</a> <a href="#">Reply</a> <a href="#">Report</a></footer></div></article>'
        )
    html = (
        '<div class="p-pageWrapper"><header class="p-header"><a href="/">Woodworkers Hangout</a></header><nav class="p-nav"><a href="#">Forums</a> <a href="#">Media</a> <a href="#">Members</a></nav>'
        f'<div class="p-body"><h1 class="p-title-value">{_e(c.title)}</h1><div class="block-body">{items}</div>{_related(c, "You may also like", 3)}</div>'
        '<footer class="p-footer">Community platform by XenForo®</footer></div>'
    )
    return _page(c.title, html), gold


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {
    "short_thread": short_thread,
    "tree": tree,
    "gh_nested": gh_nested,
    "blog_wp": blog_wp,
    "table_forum": table_forum,
    "groups_discourse": groups_discourse,
    "product_qa": product_qa,
    "paged": paged,
    "quote_reply": quote_reply,
    "code_posts": code_posts,
    "image_posts": image_posts,
}


_SPLIT = r"(?<=[.!?])\s+"
"""Where the gold's sentences end (the must-snippets: :func:`gen_score.gen_page`)."""


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = gen_score.page_id(SET, kind, index, seed)
    c = _Ctx(random.Random(f"{seed}/{pid}"), text, index, kind)
    html, gold = BUILDERS[kind](c)
    return gen_score.gen_page(SET, pid, kind, html, gold, c.bad, _SPLIT)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=16, id_width=34, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
