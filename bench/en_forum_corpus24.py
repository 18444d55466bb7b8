# ruff: noqa: E501  (markup is long literal lines)
"""English forum and support-community engines that no earlier generator writes, each with chrome *inside* its
posts (join dates, post counts, "Last edited by" lines, signatures, feedback widgets), around the English bench sets'
tune gold texts (read at run time).

    python bench/en_forum_corpus24.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/en_forum_corpus24.py --score --cleaner-only   # cleaner alone (quick)
    python bench/en_forum_corpus24.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/en_forum_corpus24.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/en_forum_corpus24.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch en24), written before cleaner was run on it. The engines covered before (phpBB 2/3, vBulletin
3/4/5, XenForo 1/2, SMF, Invision 2/3/4, MyBB, Discourse, Flarum, NodeBB, Vanilla, Lemmy, old Reddit, Slashdot,
Stack Exchange, GitHub, Mastodon, pipermail, MHonArc, Google Groups, Hacker News, Quora) are left out. Kinds
(``KINDS``):

- ``fluxbb``: a FluxBB / PunBB topic (``div.blockpost``, ``div.postleft`` with "Registered:" and "Posts:",
  ``div.postmsg``, a "Last edited by X (date)" line inside the message, ``div.postsignature`` under an ``<hr>``,
  "Report / Quote" in ``div.postfootright``);
- ``phorum``: a Phorum 5 thread (``div.message``, ``div.message-author``, ``div.message-body`` holding the text,
  an "Edited 1 time(s). Last edit at … by X." box and a signature *inside* the body, "Reply / Quote / Report"
  options);
- ``proboards``: a ProBoards thread (``tr.post``: a mini-profile cell with rank, "Posts:", "Likes:", a content
  cell with ``div.message``, "Last Edit:" line, ``div.signature``; a "Quote / Like / Report Post" foot);
- ``khoros``: a Khoros / Lithium support community topic (``lia-message-view``, author rank "Super User",
  "Posts: N" / "Kudos: N", "Solved! Go to Solution.", an "Accepted Solutions" box repeating the solution above the
  replies (gold: every post once, in thread order), "N Kudos", "Reply", "Message N of M (V Views)");
- ``hyperkitty``: a Mailman 3 HyperKitty thread (``div.email``, ``div.email-header``, ``div.email-body`` of
  ``<br>``-separated lines, quoted lines folded under "…" (not gold), a "-- " signature (not gold),
  "Reply / Back to the thread" links, a thread list and a "Participants" box in the side column);
- ``ms_community``: a Microsoft-Community-like question and replies ("I have the same question (N)", "Report
  abuse", "Was this reply helpful? Yes No", hidden feedback sentences repeated under every reply: must not);
- ``zendesk``: a Zendesk Help Center community post (``div.post-body``, votes, "Follow", ``li.comment`` with
  ``div.comment-body``, an "Official comment" badge, "Please sign in to leave a comment.", "Related posts").

Around them: header, breadcrumbs, page nav, footer. Gold: the first post (question) and every reply, in page order,
no chrome; the thread title is not in the gold. Must: the first and the last sentence of the gold; must not: the
chrome's sentences (signatures, edit lines, feedback text, related posts' excerpts). A page's half is
:func:`bench.halves.half` of ``en24f/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
import web_corpus21
from gen_score import GenPage, Scoring
from old_web_corpus import Text, _norm, _url
from web_corpus19 import Built, _date, _e, _href, _page, _ps
from web_corpus21 import _ago

SET = "en24f"
KINDS = ("fluxbb", "phorum", "proboards", "khoros", "hyperkitty", "ms_community", "zendesk")
PAGES_PER_KIND = 12
_SIGS = (
    "Running Arch on a ThinkPad T480 with far too many browser tabs open at all times.",
    "If my answer helped you, please mark it as the solution so others can find it.",
    "Proud owner of a 1972 Beetle that leaks oil every single morning.",
    "Opinions are my own and do not reflect those of my employer.",
    "Currently restoring an old oak sideboard, photos in my gallery.",
    "Keep calm and check the logs before you post a question.",
)
_REASONS = ("typo", "added a link", "formatting", "clarified the second step", "")


class _Ctx(web_corpus21._Ctx):
    """One page's random source, article and must-not sentences (web_corpus21's, with this set's kinds)."""

    def __init__(self, rng: random.Random, text: Text, index: int, kind: str) -> None:
        super().__init__(rng, text, index, "tree")
        key, self.title, paras = text.articles[(index * 13 + KINDS.index(kind) * 29 + 7) % len(text.articles)]
        self.key = key
        self.paras = paras[: rng.randrange(2, 7)]

    def chrome(self, line: str) -> str:
        """A chrome sentence of this set's own (a signature, an edit line): must not appear."""
        self.bad.append(line)
        return line

    def sig(self) -> str:
        return self.chrome(self.rng.choice(_SIGS))


def _posts(c: _Ctx, lo: int, hi: int, p_short: float = 0.35) -> list[list[str]]:
    """The first post (one to three of the article's paragraphs) and ``lo``..``hi`` replies."""
    return [c.paras[: c.rng.randrange(1, 4)]] + [c.reply(p_short) for _ in range(c.rng.randrange(lo, hi))]


def _br(paras: list[str]) -> str:
    return "<br><br>".join(_e(x) for x in paras)


def _time(rng: random.Random) -> str:
    return f"{rng.randrange(2008, 2021)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} {rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}"


def _teasers(c: _Ctx, head: str, n: int) -> str:
    """A box of other threads: a title and an excerpt sentence each (must not)."""
    items = "".join(
        f'<li><a href="{_href(c.rng)}">{_e(h)}</a><p>{_e(s)}</p><span>{c.rng.randrange(0, 40)} comments</span></li>'
        for h, s in zip(c.heads(n), c.prose(n), strict=True)
    )
    return f'<section class="related"><h3>{_e(head)}</h3><ul>{items}</ul></section>'


def fluxbb(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 3, 9)
    items = ""
    for i, p in enumerate(posts):
        nick = c.nick()
        edit = ""
        if rng.random() < 0.3:
            edit = f'<p class="postedit"><em>{_e(c.chrome(f"Last edited by {nick} ({_time(rng)})"))}</em></p>'
        sig = ""
        if rng.random() < 0.4:
            sig = f'<div class="postsignature postmsg"><hr><p>{_e(c.sig())}</p></div>'
        items += (
            f'<div id="p{rng.randrange(10**5)}" class="blockpost{" firstpost" if i == 0 else ""} {"roweven" if i % 2 else "rowodd"}"><h2><span><span class="conr">#{i + 1}</span> <a href="#">{_time(rng)}</a></span></h2>'
            f'<div class="box"><div class="inbox"><div class="postbody"><div class="postleft"><dl><dt><strong><a href="#">{nick}</a></strong></dt><dd class="usertitle"><strong>{rng.choice(("Member", "New member", "Moderator"))}</strong></dd>'
            f"<dd><span>Registered: {_time(rng)[:10]}</span></dd><dd><span>Posts: {rng.randrange(1, 4000)}</span></dd></dl></div>"
            f'<div class="postright"><h3>{"" if i == 0 else "Re: "}{_e(c.title)}</h3><div class="postmsg">{_ps(p)}{edit}</div>{sig}</div></div></div>'
            f'<div class="inbox"><div class="postfoot clearb"><div class="postfootleft"><p><span>Offline</span></p></div><div class="postfootright"><ul><li class="postreport"><span><a href="#">Report</a></span></li><li class="postquote"><span><a href="#">Quote</a></span></li></ul></div></div></div></div></div>'
        )
    nav = f'<div class="linkst"><div class="inbox"><p class="pagelink conl"><span class="pages-label">Pages: </span><strong class="item1">1</strong></p><p class="postlink conr"><a href="#">Post reply</a></p><ul class="crumbs"><li><a href="#">Index</a></li><li><span>»&#160;</span><a href="#">General discussion</a></li><li><span>»&#160;</span><strong>{_e(c.title)}</strong></li></ul></div></div>'
    html = (
        '<div id="punviewtopic" class="pun"><div class="punwrap"><div id="brdheader" class="block"><div class="box"><div id="brdtitle" class="inbox"><h1><a href="/">Homebrew Talk Board</a></h1><div id="brddesc"><p>Brewing, fermenting and bottling</p></div></div>'
        '<div id="brdmenu" class="inbox"><ul><li><a href="#">Index</a></li><li><a href="#">User list</a></li><li><a href="#">Search</a></li><li><a href="#">Register</a></li><li><a href="#">Login</a></li></ul></div></div></div>'
        f'<div id="brdmain">{nav}{items}{nav}</div><div id="brdfooter" class="block"><div class="box"><div class="inbox"><p id="poweredby">Powered by <a href="#">FluxBB</a></p></div></div></div></div></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def phorum(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 2, 8)
    items = ""
    for i, p in enumerate(posts):
        nick = c.nick()
        extra = ""
        if rng.random() < 0.35:
            n = rng.randrange(1, 4)
            extra += f'<div class="message-moderation">{_e(c.chrome(f"Edited {n} time(s). Last edit at {rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}/{rng.randrange(2006, 2016)} {rng.randrange(1, 12)}:{rng.randrange(10, 59)}AM by {nick}."))}</div>'
        if rng.random() < 0.4:
            extra += f'<div class="signature">{_e(c.sig())}</div>'
        items += (
            f'<a name="msg-{rng.randrange(10**5)}"></a><div class="message"><div class="generic"><table border="0" cellspacing="0"><tr><td width="100%"><div class="message-author icon-user">{nick}</div>'
            f'<div class="message-subject">{"" if i == 0 else "Re: "}{_e(c.title)}</div><div class="message-date">{_date(rng)} {rng.randrange(1, 12)}:{rng.randrange(10, 59)}PM</div></td>'
            f'<td class="message-user-info" nowrap="nowrap">Registered: {rng.randrange(2, 15)} years ago<br>Posts: {rng.randrange(1, 2000)}</td></tr></table></div>'
            f'<div class="message-body">{_br(p)}{extra}<div class="message-options"><a class="icon icon-comment-add" href="#">Reply</a> <a class="icon icon-comment-edit" href="#">Quote</a> <a class="icon icon-exclamation" href="#">Report</a></div></div></div>'
        )
    html = (
        '<div id="phorum"><div id="header"><h1>Model Railway Forum</h1><div id="user-info"><a href="#">Log In</a> <a href="#">Register</a></div></div>'
        f'<div class="breadcrumbs"><a href="#">Home</a> » <a href="#">Layouts</a> » {_e(c.title)}</div><div class="nav"><a class="icon icon-list" href="#">Forum List</a> <a class="icon icon-comment-add" href="#">New Topic</a> <a class="icon icon-search" href="#">Search</a></div>'
        f'<div class="nav">Goto Thread: <a href="#">Previous</a> <a href="#">Next</a> <a href="#">Goto Forum</a></div>{items}'
        '<div class="nav">Sorry, only registered users may post in this forum.</div><div id="footer">This forum powered by Phorum.</div></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def proboards(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 2, 9)
    rows = ""
    for i, p in enumerate(posts):
        nick = c.nick()
        edit = ""
        if rng.random() < 0.3:
            edit = f'<div class="edited_by">{_e(c.chrome(f"Last Edit: {_date(rng)} {rng.randrange(1, 12)}:{rng.randrange(10, 59)}:{rng.randrange(10, 59)} GMT by {nick}"))}</div>'
        sig = f'<div class="foot"><div class="signature">{_e(c.sig())}</div></div>' if rng.random() < 0.45 else ""
        rows += (
            f'<tr id="post-{rng.randrange(10**6)}" class="post {"even" if i % 2 else "odd"}{" first" if i == 0 else ""}"><td class="left-panel"><div class="mini-profile"><a class="user-link" href="#">{nick}</a>'
            f'<div class="info">{rng.choice(("Junior Member", "Full Member", "Administrator"))}</div><div class="avatar"><img alt="[Avatar]"></div><div class="info">Posts: {rng.randrange(1, 6000):,}<br>Likes: {rng.randrange(0, 900)}</div></div></td>'
            f'<td class="content-cell"><div class="content-head"><span class="date"><abbr class="time">{_date(rng)}</abbr></span> <span class="post-number">Post by {nick}</span></div>'
            f'<article><div class="message">{_br(p)}</div></article>{edit}{sig}<div class="controls"><a class="button" href="#">Quote</a> <a class="button" href="#">Like</a> <a class="button" href="#">Report Post</a></div></td></tr>'
        )
    html = (
        '<div id="wrapper"><div id="header"><a href="/" id="logo">Classic Tractors Forum</a></div><div id="navigation-menu"><ul><li><a href="#">Home</a></li><li><a href="#">Search</a></li><li><a href="#">Members</a></li><li><a href="#">Calendar</a></li><li><a href="#">Register</a></li><li><a href="#">Login</a></li></ul></div>'
        f'<div class="nav-tree"><a href="#">Classic Tractors Forum</a> › <a href="#">Restoration</a> › <a href="#">{_e(c.title)}</a></div>'
        f'<div class="container posts"><div class="title-bar"><h1>{_e(c.title)}</h1></div><div class="content"><table class="list">{rows}</table></div>'
        '<div class="controls"><a class="button" href="#">Reply</a> <a class="button" href="#">Watch</a></div></div>'
        f'<div class="container stats"><div class="title-bar"><h2>Thread Information</h2></div><div class="content">{rng.randrange(2, 40)} guests are viewing this thread.</div></div>'
        '<div id="footer">Create your own forum with ProBoards.</div></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def khoros(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 3, 8, 0.25)
    solved = rng.randrange(1, len(posts))
    views = rng.randrange(300, 90000)

    def view(i: int, p: list[str], cls: str) -> str:
        nick = c.nick()
        solution = '<div class="lia-message-solution"><a href="#">Solved! Go to Solution.</a></div>' if i == 0 else ""
        accepted = '<div class="lia-component-solution-info">Accepted Solution</div>' if i == solved else ""
        return (
            f'<div class="lia-message-view-wrapper {cls}"><div class="lia-message-view-display lia-panel-message"><div class="lia-message-author"><a class="lia-link-navigation lia-page-link lia-user-name-link" href="#"><span class="login-bold">{nick}</span></a>'
            f'<div class="lia-message-author-rank">{rng.choice(("Super User", "New Contributor", "Community Manager", "Regular Visitor"))}</div>'
            f'<div class="lia-message-author-stats"><span>Posts: {rng.randrange(1, 9000):,}</span> <span>Kudos: {rng.randrange(0, 900)}</span> <span>Registered: {_date(rng)}</span></div></div>'
            f'<div class="lia-message-heading"><span class="DateTime">{_date(rng)} {rng.randrange(1, 12)}:{rng.randrange(10, 59)} AM</span> <span class="MessagesPositionInThread">Message {i + 1} of {len(posts)} ({views:,} Views)</span></div>'
            f'{accepted}<div class="lia-message-body"><div class="lia-message-body-content">{_ps(p)}</div></div>{solution}'
            f'<div class="lia-message-footer"><span class="lia-button-image-kudos-count">{rng.randrange(0, 30)} Kudos</span> <a class="lia-button" href="#">Reply</a></div></div></div>'
        )

    box = (
        '<div class="lia-component-accepted-solutions"><h3>Accepted Solutions</h3>'
        f'<div class="lia-message-body-content">{_ps(posts[solved])}</div><a href="#">View solution in original post</a></div>'
    )
    items = (
        view(0, posts[0], "lia-thread-topic")
        + box
        + "".join(view(i, p, "lia-thread-reply") for i, p in enumerate(posts) if i)
    )
    html = (
        '<div class="lia-page"><header class="lia-quilt-header"><a href="/" class="lia-logo">Acme Routers Community</a><nav><a href="#">Forums</a> <a href="#">Knowledge Base</a> <a href="#">Ideas</a> <a href="#">Sign In</a></nav></header>'
        f'<div class="BreadCrumb"><a href="#">Community</a> › <a href="#">Home Networking</a> › <a href="#">Wireless</a></div><h1 class="lia-message-subject">{_e(c.title)}</h1>'
        f'<div class="lia-thread-messages">{items}</div><div class="lia-quilt-column-sidebar">{_teasers(c, "Related Content", 3)}</div>'
        "<footer>Terms of Use · Privacy Policy · Powered by Khoros</footer></div>"
    )
    return _page(c.title, html), [x for p in posts for x in p]


def hyperkitty(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 1, 6, 0.3)
    gold: list[str] = []
    items = ""
    for i, p in enumerate(posts):
        nick = c.nick()
        lines: list[str] = []
        if i:
            lines.append(
                _e(c.chrome(f"On {_date(rng)} {rng.randrange(1, 12)}:{rng.randrange(10, 59)} PM, {c.nick()} wrote:"))
            )
            lines.append(
                f'<div class="quoted-switch"><a href="#">...</a></div><div class="quoted-text">&gt; {_e(posts[i - 1][0][:120])}</div>'
            )
        for x in p:
            lines.append(_e(x))
        gold += p
        sig = ""
        if rng.random() < 0.5:
            sig = f"<br><br>-- <br>{_e(c.sig())}"
        items += (
            f'<div class="email{" email-first" if i == 0 else ""}" id="{rng.randrange(10**8):08X}"><div class="email-header"><div class="gravatar"><img alt=""></div>'
            f'<div class="email-author"><span class="name"><a href="#">{nick}</a></span></div><div class="email-date"><span class="date">{_date(rng)} {rng.randrange(1, 12)}:{rng.randrange(10, 59)} p.m.</span></div></div>'
            f'<div class="email-body">{"<br>".join(lines)}{sig}</div>'
            f'<div class="email-info"><div class="attachments"></div><div class="messagelink"><a href="#">Reply</a> <a href="#">Back to the thread</a></div></div></div>'
        )
    side = "".join(
        f'<li><a href="#">{_e(h)}</a> <span class="badge">{rng.randrange(1, 12)}</span></li>' for h in c.heads(4)
    )
    html = (
        '<nav class="navbar"><a class="navbar-brand" href="/">Mailman 3</a> <a href="#">Lists</a> <a href="#">Sign In</a></nav>'
        f'<div class="container"><div class="row"><div class="col-sm-3"><h4>users@lists.example.org</h4><ul class="thread-list">{side}</ul>'
        f'<div class="participants"><h4>Participants ({len(posts)})</h4></div></div>'
        f'<div class="col-sm-9"><div class="thread-header"><h3>{_e(c.title)}</h3><p>{len(posts)} messages · {_ago(rng)}</p></div>{items}</div></div></div>'
        "<footer>Powered by HyperKitty version 1.3.7.</footer>"
    )
    return _page(c.title, html), gold


_FEEDBACK = (
    "Sorry this didn't help.",
    "Great! Thanks for your feedback.",
    "How satisfied are you with this reply?",
    "Thanks for your feedback, it helps us improve the site.",
)


def ms_community(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 2, 7, 0.2)
    for f in _FEEDBACK:
        c.chrome(f)

    def feedback() -> str:
        return (
            '<div class="thread-message-helpful"><span>Was this reply helpful?</span> <button>Yes</button> <button>No</button></div>'
            f'<div class="feedback-dialog" style="display:none"><p>{_e(_FEEDBACK[0])}</p><p>{_e(_FEEDBACK[1])}</p><p>{_e(_FEEDBACK[2])}</p><p>{_e(_FEEDBACK[3])}</p></div>'
        )

    question = (
        f'<div class="thread-message-content question"><div class="thread-message-header"><a class="user" href="#">{c.nick()}</a> <span class="date">Created on {_date(rng)}</span></div>'
        f'<h1 class="c-heading">{_e(c.title)}</h1><div class="thread-message-content-body-text">{_ps(posts[0])}</div>'
        f'<div class="thread-message-meta"><button>I have the same question ({rng.randrange(1, 900)})</button> <a href="#">Report abuse</a></div></div>'
    )
    replies = "".join(
        f'<div class="thread-message-content reply"><div class="thread-message-header"><a class="user" href="#">{c.nick()}</a> <span class="rank">{rng.choice(("Independent Advisor", "Volunteer Moderator", "Microsoft Agent"))}</span> <span class="date">Replied on {_date(rng)}</span></div>'
        f'<div class="thread-message-content-body-text">{_ps(p)}</div><a href="#">Report abuse</a>{feedback()}</div>'
        for p in posts[1:]
    )
    html = (
        '<header class="c-uhfh"><a href="/">Community</a> <nav><a href="#">Windows</a> <a href="#">Office</a> <a href="#">Outlook</a> <a href="#">Sign in</a></nav></header>'
        f'<main><div class="breadcrumb"><a href="#">Community</a> / <a href="#">Windows</a> / <a href="#">Settings</a></div>{question}'
        f'<div class="thread-replies"><h2>Replies ({len(posts) - 1})</h2>{replies}</div><div class="thread-question-details">Question Info<br>Last updated {_date(rng)} Views {rng.randrange(100, 90000):,} Applies to: Windows / Settings</div></main>'
        "<footer>Contact us · Privacy · Terms of use · © Microsoft</footer>"
    )
    return _page(c.title, html), [x for p in posts for x in p]


def zendesk(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 2, 8, 0.35)
    comments = "".join(
        f'<li id="community_comment_{rng.randrange(10**8)}" class="comment"><div class="comment-wrapper{" comment-official" if rng.random() < 0.2 else ""}"><div class="comment-info"><div class="comment-author"><div class="avatar"><img alt=""></div>'
        f'<div class="comment-meta"><span title="{c.nick()}"><a href="#">{c.nick()}</a></span><ul class="meta-group"><li class="meta-data"><time>{_date(rng)}</time></li></ul></div></div>'
        f'<section class="comment-body">{_ps(p)}</section></div><div class="comment-actions-container"><div class="comment-vote vote"><button class="vote-up" aria-label="This comment was helpful"></button><span class="vote-sum">{rng.randrange(-2, 30)}</span><button class="vote-down"></button></div><a href="#">Comment actions</a></div></div></li>'
        for p in posts[1:]
    )
    html = (
        '<header class="header"><a class="logo" href="/">Bright Notes Help Center</a><nav class="user-nav"><a href="#">Community</a> <a href="#">Submit a request</a> <a href="#">Sign in</a></nav></header>'
        '<div class="container"><nav class="sub-nav"><ol class="breadcrumbs"><li><a href="#">Bright Notes Help Center</a></li><li><a href="#">Community</a></li><li><a href="#">Feature requests</a></li></ol></nav>'
        f'<div class="post-container"><div class="post"><div class="post-header"><h1 class="post-title">{_e(c.title)}</h1><div class="post-follow"><button>Follow</button></div></div>'
        f'<div class="post-author"><a href="#">{c.nick()}</a><ul class="meta-group"><li>{_date(rng)}</li></ul></div><div class="post-content"><div class="post-body">{_ps(posts[0])}</div>'
        f'<div class="post-actions"><div class="post-vote vote"><button class="vote-up"></button><span class="vote-sum">{rng.randrange(0, 200)}</span><button class="vote-down"></button></div></div></div></div>'
        f'<div class="post-comments"><div class="comment-overview"><h2 class="comment-heading">{len(posts) - 1} comments</h2><div class="comment-sorter">Sort by <a href="#">Date</a> <a href="#">Votes</a></div></div>'
        f'<ul id="comments" class="comment-list">{comments}</ul><p class="comment-callout">Please sign in to leave a comment.</p></div></div>'
        f'<aside class="post-sidebar">{_teasers(c, "Related posts", 4)}</aside></div><footer class="footer">Powered by Zendesk</footer>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {
    "fluxbb": fluxbb,
    "phorum": phorum,
    "proboards": proboards,
    "khoros": khoros,
    "hyperkitty": hyperkitty,
    "ms_community": ms_community,
    "zendesk": zendesk,
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


SCORING = Scoring(_norm, _url, KINDS, label_width=14, id_width=34, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
