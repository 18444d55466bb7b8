# ruff: noqa: E501  (markup is long literal lines)
"""English forum and Q&A engines of the magichtml_en tune forum pages that no earlier generator writes (WordPress
forum plugins, small Python/PHP boards, UBB.threads), each with per-post chrome *lines* the engine repeats under
or above every post (reactions, attachment lines, "asked on" stamps, revision logs, "last modified" stamps), around
the English bench sets' tune gold texts (read at run time).

    python bench/en_forum_corpus25.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/en_forum_corpus25.py --score --cleaner-only   # cleaner alone (quick)
    python bench/en_forum_corpus25.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/en_forum_corpus25.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/en_forum_corpus25.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch en25), written before cleaner was run on it. Engines of earlier generators (en_forum_corpus24,
forum_corpus18, thread_corpus*, web_corpus19-22) are left out. Kinds (``KINDS``):

- ``asgaros``: an Asgaros Forum topic (WordPress; ``div.post-element``, ``div.post-author`` with "N Posts",
  "Quote from X on <date>" headers, a quoted earlier post in ``blockquote`` (its text is gold, as in the bench's
  gold, its "Quote from" line is not), "X and Y have reacted to this post.", "Uploaded files:" lists, "Please
  Login or Register to create posts and topics.");
- ``bbpress``: a bbPress topic (``li`` of ``div.bbp-reply-header`` with date and ``#id``, ``div.bbp-reply-author``
  with "Keymaster"/"Participant", ``div.bbp-reply-content``, a ``ul.bbp-reply-revision-log`` "This reply was
  modified N years ago by X.", "Viewing N replies - 1 through N (of N total)", "You must be logged in to reply");
- ``wpforo``: a wpForo topic (``div.wpforo-post``, an author column with "Posts: N", "Topic starter", a "Posted :
  <date>" line inside the post head, ``div.wpforo-post-signature``, "Reply Quote" buttons, "N Likes");
- ``qa_plugin``: a DW Question & Answer / AnsPress-like question with answers ("Asked on <date>", "N views",
  "Answered on <date>", vote numbers, "Best Answer", "Marked as spam", "Private answer", "N Answers");
- ``misago``: a Misago thread (``div.post``, an attachment line "PNG, 19.8 KB, uploaded by X 7 days ago.",
  "Liked by X and Y", "Reply / Quote / Like" tools, a "Last edited" note);
- ``ubbthreads``: an UBB.threads topic in tables ("Re: <title>" subject rows, "Joined: Dec 2005", "Posts: 12,345",
  "#888393 - 03/21/21 11:32 AM", "Last edited by X; 03/21/21 11:40 AM.", a "Moderated by" line, "Who's Online");
- ``tiny_forum``: a minimal self-made board (agreper/FlaskBB-like: ``div.reply`` items of a name - "2 years ago
  (last modified 2 years ago)" line, a text ``<p>`` and a "Reply" link; nested replies in ``div.children``).

Around them: header, breadcrumbs, page nav, footer. Gold: the first post (question) and every reply, in page order,
no chrome; the thread title is not in the gold. Must: the first and the last sentence of the gold; must not: the
chrome's sentences (signatures, edit lines, reactions, attachment lines, related threads' excerpts). A page's half
is :func:`bench.halves.half` of ``en25f/<id>``; ``--list`` and ``--dump`` show tune pages only.
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
from web_corpus19 import Built, _date, _e, _href, _page, _ps
from web_corpus21 import _ago

SET = "en25f"
KINDS = ("asgaros", "bbpress", "wpforo", "qa_plugin", "misago", "ubbthreads", "tiny_forum")
PAGES_PER_KIND = 12
_RANKS = ("Participant", "Keymaster", "Moderator", "Member", "Newbie", "Active Member")


class _Ctx(en_forum_corpus24._Ctx):
    """One page's random source, article and must-not sentences (en_forum_corpus24's, with this set's kinds)."""

    def __init__(self, rng: random.Random, text: Text, index: int, kind: str) -> None:
        super(en_forum_corpus24._Ctx, self).__init__(rng, text, index, "tree")
        key, self.title, paras = text.articles[(index * 17 + KINDS.index(kind) * 31 + 11) % len(text.articles)]
        self.key = key
        self.paras = paras[: rng.randrange(2, 6)]


def _posts(c: _Ctx, lo: int, hi: int, p_short: float = 0.35) -> list[list[str]]:
    return en_forum_corpus24._posts(c, lo, hi, p_short)


def _stamp(rng: random.Random) -> str:
    return f"{rng.choice(('January', 'March', 'May', 'August', 'October'))} {rng.randrange(1, 29)}, {rng.randrange(2012, 2025)}, {rng.randrange(1, 12)}:{rng.randrange(10, 59)} {rng.choice(('am', 'pm'))}"


def _slash(rng: random.Random) -> str:
    return f"{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}/{rng.randrange(10, 24):02d} {rng.randrange(1, 12)}:{rng.randrange(10, 59)} {rng.choice(('AM', 'PM'))}"


def _others(c: _Ctx, head: str, n: int) -> str:
    return en_forum_corpus24._teasers(c, head, n)


def _two(c: _Ctx) -> str:
    a, b = c.nick(), c.nick()
    return f"{a} and {b} have" if a != b else f"{a} has"


def asgaros(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 2, 8)
    items = ""
    gold: list[str] = []
    for i, p in enumerate(posts):
        nick = c.nick()
        quote = ""
        body = list(p)
        if i > 1 and rng.random() < 0.35:
            q = posts[rng.randrange(0, i)][:1]
            quote = (
                f'<blockquote><div class="quotetitle">Quote from {c.nick()} on {_stamp(rng)}</div>{_ps(q)}</blockquote>'
            )
            gold += q
        gold += body
        extra = ""
        if rng.random() < 0.3:
            extra += f'<div class="uploaded-files"><strong>Uploaded files:</strong><ul><li><a href="#">screenshot-{rng.randrange(100)}.png</a></li></ul></div>'
        if rng.random() < 0.45:
            extra += f'<div class="post-reactions-summary"><span class="reaction-names">{_e(c.chrome(f"{_two(c)} reacted to this post."))}</span></div>'
        items += (
            f'<div class="post-element{" first-post" if i == 0 else ""}" id="postid-{rng.randrange(10**4)}"><div class="post-author"><img class="avatar" alt=""><a class="profile-link" href="#">{nick}</a>'
            f'<small class="topic-author">{rng.choice(_RANKS)}</small><small>{rng.randrange(1, 900)} Posts</small></div>'
            f'<div class="post-wrapper"><div class="forum-post-header"><div class="forum-post-date">Quote from <a href="#">{nick}</a> on {_stamp(rng)}</div><div class="forum-post-menu"><a href="#">Quote</a></div></div>'
            f'<div id="post-content-{i}" class="post-message">{quote}{_ps(body)}{extra}</div>'
            f'<div class="post-footer"><div class="post-reactions"><a class="reaction up" href="#"><span class="reaction-number">{rng.randrange(0, 9)}</span></a></div></div></div></div>'
        )
    html = (
        '<header class="site-header"><a href="/">Trail Runners Club</a><nav><a href="#">Home</a> <a href="#">Events</a> <a href="#">Forum</a> <a href="#">Contact</a></nav></header>'
        f'<div id="af-wrapper"><div id="forum-header"><div id="forum-navigation"><a href="#">Forum</a> <a href="#">Members</a> <a href="#">Activity</a> <a href="#">Login</a> <a href="#">Register</a></div></div>'
        f'<div id="forum-breadcrumbs"><a href="#">Forum</a> » <a href="#">General</a> » {_e(c.title)}</div>'
        '<div class="info-message">Please <a href="#">Login</a> or <a href="#">Register</a> to create posts and topics.</div>'
        f'<h1 class="main-title main-title-topic">{_e(c.title)}</h1><div class="pages-and-menu"><div class="pages">1</div></div><div id="topic-content">{items}</div>'
        f'<div id="statistics"><div class="title-element">Statistics</div><div class="content-element">{rng.randrange(100, 9000)} Topics · {rng.randrange(1000, 90000)} Posts · {rng.randrange(10, 900)} Members</div></div></div>'
        '<footer class="site-footer">© Trail Runners Club · Privacy policy</footer>'
    )
    return _page(c.title, html), gold


def bbpress(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 2, 9)
    items = ""
    for i, p in enumerate(posts):
        nick = c.nick()
        log = ""
        if rng.random() < 0.3:
            log = f'<ul class="bbp-reply-revision-log"><li class="bbp-reply-revision-log-item">{_e(c.chrome(f"This reply was modified {rng.randrange(2, 9)} years ago by {nick}."))}</li></ul>'
        items += (
            f'<div id="post-{rng.randrange(10**5)}" class="bbp-reply-header"><div class="bbp-meta"><span class="bbp-reply-post-date">{_stamp(rng)}</span><a href="#" class="bbp-reply-permalink">#{rng.randrange(1000, 99999)}</a>'
            f'<span class="bbp-admin-links"><a href="#">Reply</a></span></div></div>'
            f'<div class="loop-item-{i} user-id-{rng.randrange(999)} bbp-parent-forum-1 {"odd" if i % 2 else "even"} topic-author post type-{"topic" if i == 0 else "reply"}">'
            f'<div class="bbp-reply-author"><a href="#" class="bbp-author-link"><span class="bbp-author-avatar"><img alt=""></span><span class="bbp-author-name">{nick}</span></a><div class="bbp-author-role">{rng.choice(_RANKS)}</div></div>'
            f'<div class="bbp-reply-content">{_ps(p)}{log}</div></div>'
        )
    n = len(posts) - 1
    count = f'<div class="bbp-pagination"><div class="bbp-pagination-count">Viewing {n} repl{"y" if n == 1 else "ies"} - 1 through {n} (of {len(posts)} total)</div></div>'
    html = (
        '<header id="masthead"><a href="/">Pond Keepers</a><nav><a href="#">Blog</a> <a href="#">Forums</a> <a href="#">Shop</a></nav></header>'
        f'<main id="main"><article class="page type-page"><h1 class="entry-title">{_e(c.title)}</h1><div class="entry-content"><div id="bbpress-forums" class="bbpress-wrapper">'
        f'<div class="bbp-breadcrumb"><p><a href="#">Home</a> › <a href="#">Forums</a> › <a href="#">Filters and pumps</a> › <span>{_e(c.title)}</span></p></div>'
        f'<div class="bbp-topic-tags"><p>Tagged: <a href="#">pump</a>, <a href="#">winter</a></p></div>{count}'
        f'<ul id="topic-{rng.randrange(10**4)}-replies" class="forums bbp-replies"><li class="bbp-header"><div class="bbp-reply-author">Author</div><div class="bbp-reply-content">Posts</div></li><li class="bbp-body">{items}</li>'
        f'<li class="bbp-footer"><div class="bbp-reply-author">Author</div><div class="bbp-reply-content">Posts</div></li></ul>{count}'
        '<div id="no-reply-1" class="bbp-no-reply"><div class="bbp-template-notice"><ul><li>You must be logged in to reply to this topic.</li></ul></div></div></div></div></article></main>'
        f'<aside id="secondary">{_others(c, "Recent Topics", 4)}</aside><footer>Powered by WordPress and bbPress</footer>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def wpforo(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 2, 8)
    items = ""
    for i, p in enumerate(posts):
        nick = c.nick()
        sig = f'<div class="wpforo-post-signature">{_e(c.sig())}</div>' if rng.random() < 0.4 else ""
        likes = (
            f'<div class="wpforo-post-like-info">{_e(c.chrome(f"{c.nick()} liked"))}</div>'
            if rng.random() < 0.3
            else ""
        )
        starter = '<span class="wpf-topic-starter">Topic starter</span>' if i == 0 else ""
        items += (
            f'<div id="post-{rng.randrange(10**5)}" class="post-wrap"><div class="wpforo-post wpfcl-1"><div class="wpf-left"><div class="author-avatar"><img alt=""></div>'
            f'<div class="author-name"><a href="#">{nick}</a></div><div class="author-title">{rng.choice(("Eminent Member", "Active Member", "New Member", "Noble Member"))}</div>'
            f'<div class="author-stat-item">Joined: {rng.randrange(2, 9)} years ago</div><div class="author-posts">Posts: {rng.randrange(1, 800)}</div>{starter}</div>'
            f'<div class="wpf-right"><div class="wpforo-post-content-top"><div class="wpf-post-date">Posted : {_slash(rng)}</div><div class="wpforo-post-tool-bar"><span class="wpf-action">Reply</span> <span class="wpf-action">Quote</span></div></div>'
            f'<div class="wpforo-post-content">{_ps(p)}</div>{likes}{sig}'
            f'<div class="wpforo-post-tool-bar-bottom"><span class="wpf-action">{rng.randrange(0, 12)} Likes</span> <span class="wpf-action">Report</span></div></div></div></div>'
        )
    html = (
        '<header><a href="/">Home Studio Forum</a><nav><a href="#">Forums</a> <a href="#">Members</a> <a href="#">Recent Posts</a> <a href="#">Login</a></nav></header>'
        f'<div id="wpforo"><div id="wpforo-wrap"><div class="wpf-breadcrumb"><a href="#">Forum</a> › <a href="#">Recording</a> › <span>{_e(c.title)}</span></div>'
        f'<div class="wpf-head-bar"><h1 id="wpforo-title">{_e(c.title)}</h1><div class="wpf-action-link">Subscribe</div></div>'
        f'<div class="wpforo-topic-meta"><span>{rng.randrange(2, 40)} Posts</span> <span>{rng.randrange(2, 12)} Users</span> <span>{rng.randrange(0, 30)} Reactions</span> <span>{rng.randrange(100, 9000)} Views</span></div>'
        f'<div class="wpforo-post-list">{items}</div><div class="wpf-navi"><span class="wpf-page-info">Page 1 / 1</span></div>'
        f'<div class="wpf-sidebar">{_others(c, "Recent Posts", 3)}</div><div id="wpforo-footer"><div class="wpf-stat">Forum Information: Online Members</div></div></div></div>'
        "<footer>Powered by wpForo</footer>"
    )
    return _page(c.title, html), [x for p in posts for x in p]


def qa_plugin(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 1, 6, 0.3)
    best = rng.randrange(1, len(posts))
    answers = ""
    for i, p in enumerate(posts[1:], 1):
        badge = '<span class="dwqa-best-answer-badge">Best Answer</span>' if i == best else ""
        spam = '<span class="dwqa-spam">Marked as spam</span>' if rng.random() < 0.25 else ""
        private = '<span class="dwqa-status-private">Private answer</span>' if rng.random() < 0.15 else ""
        answers += (
            f'<div class="dwqa-answer-item{" dwqa-best-answer" if i == best else ""}"><div class="dwqa-answer-vote"><span class="dwqa-vote-count">{rng.randrange(-1, 30)}</span><a class="dwqa-vote-up" href="#">Vote Up</a><a class="dwqa-vote-down" href="#">Vote Down</a></div>'
            f'{badge}{private}<div class="dwqa-answer-meta"><span><img alt=""><a href="#">{c.nick()}</a> Answered on {_stamp(rng)}</span>{spam}</div>'
            f'<div class="dwqa-answer-content">{_ps(p)}</div><div class="dwqa-answer-actions"><a href="#">Comment</a> <a href="#">Flag</a></div></div>'
        )
    html = (
        '<header><a href="/">Trading Tools Support</a><nav><a href="#">Videos</a> <a href="#">Studies</a> <a href="#">Q&amp;A</a> <a href="#">Log in</a></nav></header>'
        f'<div class="dwqa-container"><div class="dwqa-breadcrumbs"><a href="#">Questions</a> › <a href="#">Platform</a> › <span>{_e(c.title)}</span></div>'
        f'<div class="dwqa-single-question"><h1 class="dwqa-question-title">{_e(c.title)}</h1><div class="dwqa-question-item"><div class="dwqa-question-vote"><span class="dwqa-vote-count">{rng.randrange(0, 40)}</span></div>'
        f'<div class="dwqa-question-meta"><span><img alt=""><a href="#">{c.nick()}</a> Asked on {_stamp(rng)}</span><span class="dwqa-question-status">{rng.choice(("Open", "Resolved", "Closed"))}</span></div>'
        f'<div class="dwqa-question-content">{_ps(posts[0])}</div><div class="dwqa-question-footer"><span>{rng.randrange(20, 9000)} views</span> <span class="dwqa-question-category">Category: <a href="#">Platform</a></span></div></div>'
        f'<div class="dwqa-answers"><div class="dwqa-answers-title">{len(posts) - 1} Answer{"s" if len(posts) > 2 else ""}</div><div class="dwqa-answers-list">{answers}</div>'
        '<div class="dwqa-answers-login">Please login or Register to submit your answer</div></div></div></div>'
        f"<aside>{_others(c, 'Related Questions', 4)}</aside><footer>© Trading Tools · Terms</footer>"
    )
    return _page(c.title, html), [x for p in posts for x in p]


def misago(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 1, 7)
    items = ""
    for p in posts:
        nick = c.nick()
        extra = ""
        if rng.random() < 0.35:
            kind = rng.choice(("PNG", "JPG", "ZIP", "LOG"))
            extra += f'<div class="post-attachments"><div class="post-attachment"><a href="#">{kind.lower()}-{rng.randrange(10**4)}.{kind.lower()}</a><p>{_e(c.chrome(f"{kind}, {rng.randrange(1, 900)}.{rng.randrange(10)} KB, uploaded by {nick} {rng.randrange(2, 30)} days ago."))}</p></div></div>'
        if rng.random() < 0.4:
            extra += f'<div class="post-likes"><a href="#">{_e(c.chrome(f"Liked by {c.nick()} and {rng.randrange(2, 9)} others."))}</a></div>'
        edited = f'<span class="post-edits">edited {rng.randrange(2, 9)} days ago</span>' if rng.random() < 0.3 else ""
        items += (
            f'<li id="post-{rng.randrange(10**4)}" class="post"><div class="panel panel-default panel-post"><div class="panel-body"><div class="post-side"><img class="user-avatar" alt=""></div>'
            f'<div class="panel-header"><a class="item-title" href="#">{nick}</a> <span class="user-title">{rng.choice(("Member", "Moderator", "Team"))}</span> <a class="btn btn-link" href="#">{_ago(rng)}</a> {edited}</div>'
            f'<article class="post-body"><div class="misago-markup">{_ps(p)}</div></article>{extra}'
            f'<div class="post-footer"><button class="btn btn-like">Like</button> <button class="btn">Reply</button> <button class="btn">Quote</button></div></div></div></li>'
        )
    html = (
        '<nav class="navbar"><a class="navbar-brand" href="/">Misago Community</a> <a href="#">Threads</a> <a href="#">Categories</a> <a href="#">Users</a> <a href="#">Sign in</a></nav>'
        f'<div class="page-header"><div class="container"><ol class="breadcrumb"><li><a href="#">Support</a></li></ol><h1>{_e(c.title)}</h1><ul class="thread-details"><li>{len(posts)} posts</li><li>{_ago(rng)}</li></ul></div></div>'
        f'<div class="container"><ul class="posts-list ui-ready">{items}</ul><div class="thread-reply"><a href="#">Sign in to reply</a></div>'
        f'<div class="similar-threads">{_others(c, "Similar threads", 3)}</div></div><footer>This community is powered by Misago</footer>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def ubbthreads(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 2, 9)
    rows = ""
    for i, p in enumerate(posts):
        nick = c.nick()
        edit = ""
        if rng.random() < 0.3:
            edit = f'<div class="edited-by"><em>{_e(c.chrome(f"Last edited by {nick}; {_slash(rng)}."))}</em></div>'
        sig = f'<div class="signature"><hr>{_e(c.sig())}</div>' if rng.random() < 0.35 else ""
        rows += (
            f'<table class="t_outer" width="100%"><tr><td><table class="t_inner" width="100%"><tr><td class="subjecttable" colspan="2"><a name="Post{rng.randrange(10**6)}"></a>'
            f'<div class="truncate"><b>{"" if i == 0 else "Re: "}{_e(c.title)}</b></div> <span class="small">[<a href="#">Re: {c.nick()}</a>]</span> <span class="date">#{rng.randrange(10**5, 10**6)} - {_slash(rng)}</span></td></tr>'
            f'<tr><td class="author-content alt-1" width="15%" valign="top"><a href="#">{nick}</a><br><span class="small">{rng.choice(("Member", "Veteran", "Old Hand", "Moderator"))}</span><br><span class="small">Joined: {rng.choice(("Jan", "Jun", "Dec"))} {rng.randrange(2001, 2018)}</span><br><span class="small">Posts: {rng.randrange(1, 30000):,}</span><br><span class="small">Likes: {rng.randrange(0, 90)}</span></td>'
            f'<td class="post-content alt-1" valign="top"><div class="post_inner" id="body{i}">{_br(p)}</div>{edit}{sig}</td></tr>'
            f'<tr><td class="post-options alt-2" colspan="2"><a href="#">Reply</a> <a href="#">Quote</a> <a href="#">Like</a></td></tr></table></td></tr></table>'
        )
    html = (
        '<div id="content"><table width="100%"><tr><td class="header"><a href="/">Lakeside Community Forums</a></td></tr></table>'
        '<div class="navigation"><a href="#">Forums</a> | <a href="#">Active Topics</a> | <a href="#">Search</a> | <a href="#">Help</a> | <a href="#">Register</a> | <a href="#">Log In</a></div>'
        f'<table class="t_standard"><tr><td class="breadcrumbs"><a href="#">Lakeside</a> » <a href="#">Hobbies</a> » <a href="#">{_e(c.title)}</a></td></tr></table>'
        f'<table class="t_standard"><tr><td class="tdheader">Topic Options</td><td class="tdheader">Print Thread</td></tr></table>{rows}'
        f'<table class="t_standard"><tr><td class="tdheader">Moderated by:&nbsp; <a href="#">{c.nick()}</a></td></tr></table>'
        f'<table class="t_standard"><tr><td class="tdheader">Who\'s Online Now</td></tr><tr><td class="alt-1">{rng.randrange(0, 12)} members ({c.nick()}), {rng.randrange(10, 900)} guests, and {rng.randrange(2, 90)} robots.</td></tr></table>'
        '<div class="footer">Powered by UBB.threads™ PHP Forum Software</div></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def tiny_forum(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 1, 7, 0.4)
    gold = list(posts[0])

    def comment(p: list[str], depth: int) -> str:
        nick = c.nick()
        ago = _ago(rng)
        stamp = f"{ago} (last modified {ago})" if rng.random() < 0.4 else ago
        gold.extend(p)
        return (
            f'<div class="reply" style="margin-left:{depth * 2}em"><div class="reply-head"><a href="#">{nick}</a> - {_e(stamp)}</div>'
            f'{_ps(p)}<div class="reply-foot"><a href="#">Reply</a></div>'
        )

    body = ""
    depth = 0
    for p in posts[1:]:
        body += comment(p, depth)
        if rng.random() < 0.4:
            depth += 1
            body += '<div class="children">'
        else:
            body += "</div>"
    body += "</div></div>" * depth
    head = f"{c.nick()} - {_ago(rng)}"
    html = (
        f'<nav><a href="/">Home</a> <a href="#">Forum</a> <a href="#">Login</a> <a href="#">Register</a></nav><main><div class="path"><a href="#">Forum</a> &gt; <a href="#">Help</a></div>'
        f'<h1>{_e(c.title)}</h1><div class="post"><div class="post-head">{_e(head)}</div>{_ps(posts[0])}</div><hr>'
        f'<div class="replies">{body}</div><form class="reply"><textarea placeholder="Write a reply"></textarea><button>Post</button></form></main>'
        f'<footer><a href="{_href(rng)}">About</a> · Last update {_date(rng)}</footer>'
    )
    return _page(c.title, html), gold


def _br(paras: list[str]) -> str:
    return "<br><br>".join(_e(x) for x in paras)


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {
    "asgaros": asgaros,
    "bbpress": bbpress,
    "wpforo": wpforo,
    "qa_plugin": qa_plugin,
    "misago": misago,
    "ubbthreads": ubbthreads,
    "tiny_forum": tiny_forum,
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
