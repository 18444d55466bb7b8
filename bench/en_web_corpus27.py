# ruff: noqa: E501  (markup is long literal lines)
"""English pages where the wrong block is prose-like and as large as the story, and threads whose leak is user
chrome, around the English bench sets' tune gold texts (read at run time).

    python bench/en_web_corpus27.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/en_web_corpus27.py --score --cleaner-only   # cleaner alone (quick)
    python bench/en_web_corpus27.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/en_web_corpus27.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/en_web_corpus27.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch en27), written before cleaner was run on it. The earlier generators (web_corpus19-22,
old_web_corpus, decoy_corpus, en_web_corpus25b) put decoys of headline + summary beside long articles; here the
article is *short* (two or three paragraphs) and the decoy is prose of the same size, set like an article's
paragraphs. Kinds (``KINDS``):

- ``trending_strip``: a "Trending Now" strip of cards (a headline and a two-sentence ``<p>`` each) *inside* the
  article container, between the ``<h1>`` and the body, the body's ``<p>`` its siblings (no body wrapper);
- ``about_blog``: a 2000s blog (no class names on half the pages): a short post, a sidebar "About this blog" box of
  three sentences in ``<p>``, an author bio of two sentences, a long tagline under the blog name;
- ``recent_prose``: a short post beside a "Recent comments" sidebar whose items are a name and one or two full
  sentences in ``<p>`` (together longer than the post), source order either way;
- ``shop_widget``: a short review post beside a shop widget of three product cards (a name, a two-sentence
  description ``<p>``, a price, a quantity ``<input>`` and "Add to cart");
- ``footer_about``: a short news story and a fat footer of "About us" / "Our mission" paragraphs (two sentences
  each) and a contact form;
- ``audio_credits``: a radio / podcast story: an audio player, the story, then credits and a podcast promo in
  ``<p>`` *inside* the body's container ("This story was produced by…", "Listen and subscribe…"; must not);
- ``signup_inside``: a story with a newsletter sign-up between two of its paragraphs, set as plain ``<p>`` siblings
  in a ``<div>`` without a class (two sentences and an e-mail ``<input>``), and a comment-login form below;
- ``list_parent``: the story's ``<p>`` in a ``<div>`` whose parent also holds five link lists of long headlines,
  each with a one-sentence blurb (tempts the ancestor holding every list);
- ``hn_thread``: a Hacker-News-like table thread (``tr.athing.comtr``, ``span.commtext``, indent images,
  "N points by X | hide | past | favorite", "reply" links), with a user profile "about:" box on some pages;
- ``gh_issue``: a GitHub-issue-like timeline (``div.timeline-comment``, "Author" / "Member" / "Contributor"
  badges, event rows "X added the bug label", "X closed this as completed in #N", reactions, a sidebar of
  assignees, labels, milestone, a "Sign up for free to join this conversation" box);
- ``reddit_old``: an old-Reddit-like comment page (``div.thing.comment``, ``div.usertext-body > div.md``,
  "[–] user 12 points 3 hours ago", "permalink embed save report reply", user flair, a subreddit sidebar whose
  description and rules are prose);
- ``vb_userinfo``: a vBulletin-like thread whose postbit carries user prose: "Location:", "Interests:" with a
  sentence, a signature of one or two sentences, and "The following N users say Thank You to X for this useful
  post:" rows;
- ``lore_mail``: a lore.kernel.org / marc-like mail page: a ``<pre>`` of header lines, an attribution line and
  quoted ``> `` lines (both gold since round 38, as in ``web_corpus20.mhonarc``: before, the quote was not; a
  convention change, the real sets' golds keep a quote's text, en_forum_corpus32's docstring), the body, a
  ``-- `` signature, "next prev parent reply other threads" links and a thread overview of subject lines.

Gold: the article's paragraphs (threads: every post's text, ``lore_mail``'s attribution and quoted lines included),
no title, no chrome. Must: the first and the last sentence of the gold; must not: the decoys' sentences. A page's half is
:func:`bench.halves.half` of ``en27/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_forum_corpus24
import gen_score
from gen_score import GenPage, Scoring
from old_web_corpus import Text, _norm, _url
from web_corpus19 import Built, _date, _e, _href, _name, _page, _ps

SET = "en27"
KINDS = (
    "trending_strip",
    "about_blog",
    "recent_prose",
    "shop_widget",
    "footer_about",
    "audio_credits",
    "signup_inside",
    "list_parent",
    "hn_thread",
    "gh_issue",
    "reddit_old",
    "vb_userinfo",
    "lore_mail",
)
PAGES_PER_KIND = 10


class _Ctx(en_forum_corpus24._Ctx):
    """One page's random source, a short article (two or three paragraphs) and the must-not sentences."""

    def __init__(self, rng: random.Random, text: Text, index: int, kind: str) -> None:
        super(en_forum_corpus24._Ctx, self).__init__(rng, text, index, "tree")
        key, self.title, paras = text.articles[(index * 31 + KINDS.index(kind) * 17 + 11) % len(text.articles)]
        self.key = key
        self.paras = paras[: rng.randrange(2, 4)]
        self.plain = rng.random() < 0.5
        """Class names left out of the chrome (old pages often have none)."""

    def summary(self, k: int = 2) -> str:
        return " ".join(self.prose(k))

    def cls(self, name: str) -> str:
        return "" if self.plain else f' class="{name}"'


def _nav(rng: random.Random) -> str:
    words = ("Home", "World", "Politics", "Business", "Tech", "Science", "Culture", "Opinion", "About")
    return '<div class="topnav">' + " | ".join(f'<a href="#">{w}</a>' for w in words) + "</div>"


def _copyright(rng: random.Random) -> str:
    return f'<div class="copy">© {rng.randrange(2004, 2024)} <a href="#">Privacy</a> · <a href="#">Terms</a></div>'


def trending_strip(c: _Ctx) -> Built:
    rng = c.rng
    cards = "".join(
        f'<div class="card"><a href="{_href(rng)}"><h3>{_e(h)}</h3></a><p>{_e(c.summary(2))}</p></div>'
        for h in c.heads(rng.randrange(3, 5))
    )
    strip = f'<div class="trending"><h2>Trending Now</h2>{cards}</div>'
    meta = f'<div class="byline">By {_name(rng)}, {_date(rng)}</div>'
    art = f'<div class="article"><h1>{_e(c.title)}</h1>{meta}{strip}{_ps(c.paras)}<div class="tags">Topics: <a href="#">News</a></div></div>'
    return _page(c.title, _nav(rng) + art + _copyright(rng)), c.paras


def about_blog(c: _Ctx) -> Built:
    rng = c.rng
    tagline = c.chrome(c.summary(1))
    about = "".join(f"<p>{_e(c.summary(1))}</p>" for _ in range(3))
    bio = c.summary(2)
    side = (
        f'<div{c.cls("sidebar")}><h2>About this blog</h2>{about}<h2>About me</h2><img src="/me.jpg"><p>{_e(bio)}</p>'
        f"<h2>Archive</h2><ul>"
        + "".join(f'<li><a href="#">{m} 2008</a></li>' for m in ("March", "February", "January"))
        + "</ul></div>"
    )
    post = (
        f'<div{c.cls("post")}><h3{c.cls("post-title")}><a href="#">{_e(c.title)}</a></h3>{_ps(c.paras)}'
        f'<p{c.cls("post-footer")}>Posted by {_name(rng)} at {rng.randrange(1, 12)}:{rng.randrange(10, 59)} PM | <a href="#">{rng.randrange(0, 9)} comments</a></p></div>'
    )
    head = f"<div{c.cls('header')}><h1>{_name(rng).split()[1]}'s Notebook</h1><p{c.cls('description')}>{_e(tagline)}</p></div>"
    cols = f"<td>{post}</td><td>{side}</td>" if rng.random() < 0.6 else f"<td>{side}</td><td>{post}</td>"
    return _page(c.title, f"{head}<table><tr>{cols}</tr></table>{_copyright(rng)}"), c.paras


def recent_prose(c: _Ctx) -> Built:
    rng = c.rng
    items = "".join(
        f'<li><b>{_name(rng)}</b> on <a href="#">{_e(h)}</a><p>{_e(c.summary(rng.randrange(1, 3)))}</p></li>'
        for h in c.heads(rng.randrange(4, 7))
    )
    side = f"<aside{c.cls('widget recent-comments')}><h3>Recent comments</h3><ul>{items}</ul></aside>"
    post = (
        f'<article{c.cls("entry")}><h1>{_e(c.title)}</h1><div class="meta">{_date(rng)}</div>{_ps(c.paras)}</article>'
    )
    body = side + post if rng.random() < 0.5 else post + side
    return _page(c.title, _nav(rng) + f'<div id="wrap">{body}</div>' + _copyright(rng)), c.paras


def shop_widget(c: _Ctx) -> Built:
    rng = c.rng
    cards = "".join(
        f'<div class="product"><h4>{_e(h)}</h4><p>{_e(c.summary(2))}</p><span class="price">${rng.randrange(9, 200)}.{rng.randrange(10, 99)}</span>'
        f'<form><input type="number" value="1"><button>Add to cart</button></form></div>'
        for h in c.heads(3)
    )
    shop = f"<div{c.cls('shop-widget')}><h3>From our shop</h3>{cards}</div>"
    post = f"<div{c.cls('post-body')}><h1>{_e(c.title)}</h1>{_ps(c.paras)}</div>"
    body = f'<div class="main">{post}</div><div class="side">{shop}</div>'
    if rng.random() < 0.4:
        body = f'<div class="side">{shop}</div><div class="main">{post}</div>'
    return _page(c.title, _nav(rng) + body + _copyright(rng)), c.paras


def footer_about(c: _Ctx) -> Built:
    rng = c.rng
    cols = "".join(f'<div class="col"><h4>{h}</h4><p>{_e(c.summary(2))}</p></div>' for h in ("About us", "Our mission"))
    form = '<form class="contact"><label>Name</label><input type="text"><label>Message</label><textarea></textarea><button>Send</button></form>'
    story = f'<div class="story"><h1>{_e(c.title)}</h1><p class="dateline">{_date(rng)}</p>{_ps(c.paras)}</div>'
    foot = f'<div{c.cls("footer")}>{cols}<div class="col"><h4>Contact</h4>{form}</div>{_copyright(rng)}</div>'
    return _page(c.title, _nav(rng) + story + foot), c.paras


def audio_credits(c: _Ctx) -> Built:
    rng = c.rng
    credit = c.chrome(
        f"This story was produced by {_name(rng)} and edited by {_name(rng)}, with audio engineering by {_name(rng)}."
    )
    promo = c.chrome(
        "Listen and subscribe to our daily news podcast wherever you get your podcasts, and tell a friend about it."
    )
    player = f'<div class="audio-player"><button>Listen</button> <span>{rng.randrange(2, 9)}:{rng.randrange(10, 59)}</span> <a href="#">Download</a> <a href="#">Embed</a> <a href="#">Transcript</a></div>'
    where = rng.random() < 0.5
    tail = (
        f"<p><em>{_e(credit)}</em></p><p>{_e(promo)}</p>"
        if where
        else f'<div class="credits"><p>{_e(credit)}</p></div><p>{_e(promo)}</p>'
    )
    body = f'<div class="storytext"><h1>{_e(c.title)}</h1>{player}{_ps(c.paras)}{tail}</div>'
    more = "".join(f'<li><a href="{_href(rng)}">{_e(h)}</a></li>' for h in c.heads(4))
    return _page(c.title, _nav(rng) + body + f'<ul class="more">{more}</ul>' + _copyright(rng)), c.paras


def signup_inside(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras if len(c.paras) > 1 else c.paras * 1
    k = max(1, len(paras) // 2)
    box = f'<div><p><b>Get our newsletter.</b></p><p>{_e(c.summary(2))}</p><input type="email" placeholder="you@example.com"><button>Sign up</button></div>'
    note = c.chrome(
        "Commenting is open to registered readers only; log in or create a free account to join the discussion."
    )
    login = f'<div class="comments"><h3>Comments</h3><p>{_e(note)}</p><form><input name="user"><input name="pass" type="password"><button>Log in</button></form></div>'
    body = f'<div class="content"><h1>{_e(c.title)}</h1>{_ps(paras[:k])}{box}{_ps(paras[k:])}</div>{login}'
    return _page(c.title, _nav(rng) + body + _copyright(rng)), paras


def list_parent(c: _Ctx) -> Built:
    rng = c.rng
    boxes = []
    for head in ("Latest", "Most shared", "Opinion", "From our partners", "Editors' picks"):
        li = "".join(f'<li><a href="{_href(rng)}">{_e(h)}</a> <span>{_e(c.summary(1))}</span></li>' for h in c.heads(4))
        boxes.append(f'<div class="box"><h4>{head}</h4><ul>{li}</ul></div>')
    story = f'<div class="txt">{_ps(c.paras)}</div>'
    cut = 0 if rng.random() < 0.5 else rng.randrange(1, len(boxes))
    kids = [*boxes[:cut], f"<h1>{_e(c.title)}</h1>", story, *boxes[cut:]]
    return _page(c.title, _nav(rng) + f'<div id="main">{"".join(kids)}</div>' + _copyright(rng)), c.paras


def _replies(c: _Ctx, lo: int, hi: int) -> list[list[str]]:
    return en_forum_corpus24._posts(c, lo, hi)


def hn_thread(c: _Ctx) -> Built:
    rng = c.rng
    posts = _replies(c, 3, 8)
    op = posts[0]
    rows = ""
    for p in posts[1:]:
        depth = rng.choice((0, 0, 1, 2))
        text = "<p>".join(_e(x) for x in p)
        rows += (
            f'<tr class="athing comtr" id="{rng.randrange(10**7)}"><td><table border="0"><tr><td class="ind"><img src="s.gif" height="1" width="{depth * 40}"></td>'
            f'<td class="votelinks"><a href="#"><div class="votearrow"></div></a></td><td class="default"><div><span class="comhead"><a class="hnuser" href="#">{c.nick()}</a> <span class="age"><a href="#">{rng.randrange(1, 20)} hours ago</a></span> <span class="navs">| <a href="#">parent</a> | <a href="#">next</a> [–]</span></span></div>'
            f'<div class="comment"><span class="commtext c00">{text}</span><div class="reply"><p><font size="1"><u><a href="#">reply</a></u></font></p></div></div></td></tr></table></td></tr>'
        )
    about = ""
    if rng.random() < 0.5:
        about = f'<table class="profile"><tr><td>user:</td><td>{c.nick()}</td></tr><tr><td>about:</td><td>{_e(c.summary(2))}</td></tr></table>'
    top = (
        f'<table class="fatitem"><tr class="athing"><td class="title"><span class="titleline"><a href="#">{_e(c.title)}</a></span></td></tr>'
        f'<tr><td class="subtext">{rng.randrange(20, 900)} points by <a class="hnuser">{c.nick()}</a> {rng.randrange(1, 9)} hours ago | <a href="#">hide</a> | <a href="#">past</a> | <a href="#">favorite</a> | <a href="#">{len(posts) - 1}&nbsp;comments</a></td></tr>'
        f'<tr><td><div class="toptext">{"<p>".join(_e(x) for x in op)}</div></td></tr><tr><td><form><textarea></textarea><br><input type="submit" value="add comment"></form></td></tr></table>'
    )
    html = f'<center><table id="hnmain"><tr><td><b>Hacker News</b> new | past | comments | ask | show | jobs | submit</td></tr><tr><td>{top}<table class="comment-tree">{rows}</table></td></tr></table>{about}</center>'
    return _page(c.title, html), [x for p in posts for x in p]


def gh_issue(c: _Ctx) -> Built:
    rng = c.rng
    posts = _replies(c, 2, 7)
    items = ""
    for i, p in enumerate(posts):
        badge = "Author" if i == 0 else rng.choice(("Member", "Contributor", "Collaborator", ""))
        items += (
            f'<div class="TimelineItem js-comment-container"><div class="timeline-comment"><div class="timeline-comment-header"><h3><strong><a class="author" href="#">{c.nick()}</a></strong> commented <a href="#"><relative-time>{_date(rng)}</relative-time></a></h3>'
            f'<span class="Label">{badge}</span></div><div class="comment-body markdown-body">{_ps(p)}</div>'
            f'<div class="comment-reactions"><button>👍 {rng.randrange(1, 30)}</button></div></div></div>'
        )
        if rng.random() < 0.5:
            ev = rng.choice(
                (
                    f"{c.nick()} added the bug label {rng.randrange(2, 9)} days ago",
                    f"{c.nick()} self-assigned this {rng.randrange(2, 9)} days ago",
                    f"{c.nick()} mentioned this issue {rng.randrange(2, 9)} days ago",
                )
            )
            items += f'<div class="TimelineItem"><div class="TimelineItem-body">{_e(ev)}</div></div>'
    closed = f'<div class="TimelineItem"><div class="TimelineItem-body">{c.nick()} closed this as completed in #{rng.randrange(100, 9999)}</div></div>'
    join = c.chrome("Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment")
    side = (
        '<div class="Layout-sidebar"><div class="discussion-sidebar-item"><h3>Assignees</h3>No one assigned</div>'
        '<div class="discussion-sidebar-item"><h3>Labels</h3><a class="IssueLabel">bug</a> <a class="IssueLabel">needs triage</a></div>'
        f'<div class="discussion-sidebar-item"><h3>Milestone</h3>v{rng.randrange(1, 5)}.{rng.randrange(0, 9)}</div>'
        f'<div class="discussion-sidebar-item"><h3>Participants</h3>{len(posts)} participants</div></div>'
    )
    head = f'<div class="gh-header"><h1 class="gh-header-title"><bdi>{_e(c.title)}</bdi> <span>#{rng.randrange(100, 9999)}</span></h1><span class="State">Closed</span></div>'
    html = (
        '<header class="Header">Product Solutions Open Source Pricing Sign in Sign up</header>'
        + f'<main>{head}<div class="Layout"><div class="Layout-main"><div class="js-discussion">{items}{closed}</div>'
        + f'<div class="discussion-timeline-actions"><p>{_e(join)}</p></div></div>{side}</div></main>'
        + "<footer>© 2024 GitHub, Inc. Terms Privacy Security Status Docs</footer>"
    )
    return _page(c.title, html), [x for p in posts for x in p]


def reddit_old(c: _Ctx) -> Built:
    rng = c.rng
    posts = _replies(c, 3, 8)
    com = ""
    for p in posts[1:]:
        flair = f'<span class="flair">{_e(rng.choice(("Verified", "Moderator", "Top 1% Commenter", "Long-time lurker")))}</span>'
        com += (
            f'<div class="thing comment"><p class="tagline"><a href="#" class="expand">[–]</a><a class="author" href="#">{c.nick()}</a>{flair}<span class="score">{rng.randrange(1, 900)} points</span> <time>{rng.randrange(2, 20)} hours ago</time></p>'
            f'<form class="usertext"><div class="usertext-body"><div class="md">{_ps(p)}</div></div></form>'
            '<ul class="flat-list buttons"><li>permalink</li><li>embed</li><li>save</li><li>report</li><li>reply</li></ul></div>'
        )
    desc = c.summary(2)
    rules = "".join(f"<li>{_e(c.summary(1))}</li>" for _ in range(3))
    side = f'<div class="side"><div class="titlebox"><h1>r/{c.nick()}</h1><div class="md"><p>{_e(desc)}</p><h3>Rules</h3><ol>{rules}</ol></div><p>{rng.randrange(2, 900)}k readers</p></div></div>'
    top = f'<div class="thing link self"><p class="title"><a href="#">{_e(c.title)}</a></p><p class="tagline">submitted {rng.randrange(2, 20)} hours ago by <a class="author">{c.nick()}</a></p><div class="expando"><form class="usertext"><div class="usertext-body"><div class="md">{_ps(posts[0])}</div></div></form></div></div>'
    area = f'<div class="commentarea"><div class="panestack-title">all {len(posts) - 1} comments</div><div class="sitetable nestedlisting">{com}</div></div>'
    html = (
        side + f'<div class="content" role="main">{top}{area}</div>'
        if rng.random() < 0.5
        else f'<div class="content" role="main">{top}{area}</div>' + side
    )
    return _page(c.title, '<div id="header">reddit MY SUBREDDITS popular all random</div>' + html), [
        x for p in posts for x in p
    ]


def vb_userinfo(c: _Ctx) -> Built:
    rng = c.rng
    posts = _replies(c, 2, 7)
    out = ""
    for i, p in enumerate(posts):
        nick = c.nick()
        interests = c.summary(1)
        sig = c.summary(1) if rng.random() < 0.7 else ""
        thanks = ""
        if rng.random() < 0.4:
            names = ", ".join(c.nick() for _ in range(rng.randrange(2, 5)))
            thanks = f'<div class="thanks"><b>The Following {names.count(",") + 1} Users Say Thank You to {nick} For This Useful Post:</b> {names}</div>'
        out += (
            f'<table class="tborder" id="post{rng.randrange(10**6)}"><tr><td class="thead">#{i + 1} {_date(rng)}</td></tr><tr><td class="alt2" width="175">'
            f'<div><a class="bigusername" href="#">{nick}</a></div><div class="smallfont">Senior Member</div><div class="smallfont"><div>Join Date: {_date(rng)}</div><div>Location: {rng.choice(("Ohio", "Leeds", "Perth", "Calgary"))}</div><div>Interests: {_e(interests)}</div><div>Posts: {rng.randrange(10, 9000)}</div></div></td>'
            f'<td class="alt1"><div id="post_message_{rng.randrange(10**6)}">{"<br><br>".join(_e(x) for x in p)}</div>'
            + (f"<div>__________________<br>{_e(sig)}</div>" if sig else "")
            + f'</td></tr><tr><td class="alt2" colspan="2"><a href="#">Quote</a> <a href="#">Reply</a></td></tr></table>{thanks}'
        )
    html = (
        f'<div class="navbar"><a href="#">Forum</a> &gt; <a href="#">General</a> &gt; {_e(c.title)}</div>'
        + f'<div id="posts">{out}</div><div class="smallfont">Currently Active Users Viewing This Thread: {rng.randrange(1, 9)} (0 members and {rng.randrange(1, 9)} guests)</div>'
        + _copyright(rng)
    )
    return _page(c.title, html), [x for p in posts for x in p]


def lore_mail(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras
    quote = c.summary(2)
    sig = c.chrome(f"{_name(rng)}, {rng.choice(('kernel maintainer', 'release engineer', 'build team'))}")
    nick = _name(rng)
    lines = [
        f"From: {nick} &lt;{nick.split()[0].lower()}@example.org&gt;",
        "To: dev@lists.example.org",
        f"Subject: Re: {_e(c.title)}",
        f"Date: {_date(rng)}",
        "",
        (said := f"On {_date(rng)}, {_name(rng)} wrote:"),
        *(f"&gt; {_e(x)}" for x in [quote[i : i + 70] for i in range(0, len(quote), 70)]),
        "",
    ]
    for p in paras:
        lines += [_e(p), ""]
    lines += ["-- ", _e(sig)]
    thread = "".join(f"<li>{_date(rng)} {_e(h)} {_name(rng)}</li>" for h in c.heads(4))
    html = (
        "<pre>" + "\n".join(lines) + "</pre><hr><pre>"
        '<a href="#">next</a> <a href="#">prev</a> <a href="#">parent</a> <a href="#">reply</a> <a href="#">other threads</a></pre>'
        + f"<hr><pre><b>Thread overview:</b></pre><ul>{thread}</ul>"
    )
    gold = [said, quote, *paras]  # quoted mail is gold, attribution and quoted lines (round 38: docstring)
    return _page(c.title, html), gold


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {k: globals()[k] for k in KINDS}

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


SCORING = Scoring(_norm, _url, KINDS, label_width=14, id_width=34, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
