# ruff: noqa: E501  (markup is long literal lines)
"""English threads built from the reasons a post or reply is lost by the thread mechanism: posts whose markup
differs (first post, OP / staff / deleted posts, a sponsored post between), posts wrapped at different depths,
a sidebar of similar threads that looks more like a list of posts than the thread, per-post comment lists, and
forum software the earlier generators do not write, around the English bench sets' tune gold texts (read at run
time).

    python bench/web_corpus22.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/web_corpus22.py --score --cleaner-only   # cleaner alone (quick)
    python bench/web_corpus22.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/web_corpus22.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/web_corpus22.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch en22), written before cleaner was run on it. Kinds (``KINDS``):

- ``first_apart``: an Invision-4-like topic whose first post sits in its own wrapper with other classes
  (``div.ipsBox.cTopicStarter`` / ``div.topicStarterBody``) above a list of ``article.cPost`` replies; some
  replies carry an "OP" or "Staff" badge and an extra class (``cPost--op``, ``cPost--staff``);
- ``badges``: a Simple-Machines-2.1-like topic (``div.windowbg``, ``div.post_wrapper``, ``div.inner``) where
  posts differ: a moderator's post with a green "mod note" box, a deleted post whose body is only a notice (not
  gold), an edited post with "« Last Edit: … »", alternating ``windowbg`` / ``windowbg2`` classes;
- ``sponsored``: a MyBB-1.8-like thread (``div.post``, ``div.post_author``, ``div.post_body``) with a sponsored
  post between replies shaped like a post (``div.post.sponsored``, "Sponsored", an advert's prose: must not) and
  an "Advertisement" box between two other posts;
- ``depth``: a thread whose posts sit at different depths: the first page-chunk of posts inside ``div.page-1``,
  the rest in ``div.page-2`` behind a "Page 2" divider, some posts wrapped in an extra ``div.highlight`` (a
  linked-to post) or ``div.post-wrap`` (a solution);
- ``similar``: a short thread (two to four posts of a line or two) beside and below a long "Similar threads"
  list whose items have avatars, long titles, an excerpt, a user and "N replies" (must not);
- ``se_comments``: a Stack-Exchange-like page (question, two to four answers, the accepted one with another
  class) where every post has a comment list of zero to five comments (gold: question and answers, as in
  ``web_corpus20.se_code``; the comments are not gold);
- ``vanilla_qa``: a Vanilla-Q&A-like discussion where the first post is ``li.ItemDiscussion`` and the replies
  ``li.ItemComment``, an accepted answer repeated in an "Answers" box above the comments (gold: every post once,
  in the order of the full list);
- ``mastodon``: a Mastodon thread: ancestor statuses, the focused ``detailed-status``, descendant replies
  (``div.status``), statuses short with @mentions, #hashtags and links (link-dense posts);
- ``slash_nested``: a Slashdot-like nested comment list where comments under the threshold are collapsed to a
  title line (not gold), titles of shown comments are not gold, comments sit one to four levels deep;
- ``flarum_events``: a Flarum-like discussion whose post stream mixes posts with event items ("X renamed the
  discussion", "X stickied the discussion", "N months later"), all ``div.PostStream-item``;
- ``lemmy_cross``: a Lemmy-like post (a link post with one line of body) with a "cross-posted to" box and a
  comment tree where comments have varying classes (``comment-node``, ``comment-node mod``, ``comment-node
  admin``, deleted comments "removed by mod");
- ``op_short``: a phpBB-3-like thread (``div.post.bg1/bg2``) whose first post is one line with a picture and the
  replies long, with a "Similar topics" table of topic rows below (must not).

Gold: every post in order, no chrome. Must: the first and the last sentence of the gold; must not: the chrome's
sentences (advert prose, similar threads' excerpts, per-post comments, deleted notices). A page's half is
:func:`bench.halves.half` of ``web22/<id>``; ``--list`` and ``--dump`` show tune pages only.
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

SET = "web22"
KINDS = (
    "first_apart",
    "badges",
    "sponsored",
    "depth",
    "similar",
    "se_comments",
    "vanilla_qa",
    "mastodon",
    "slash_nested",
    "flarum_events",
    "lemmy_cross",
    "op_short",
)
PAGES_PER_KIND = 12
_ADS = (
    "Upgrade your home network today with our mesh routers, free shipping on all orders over fifty dollars.",
    "Looking for a reliable host? Get three months free when you sign up for an annual plan this week.",
    "Learn to code at your own pace with hundreds of interactive courses, start your free trial now.",
    "Save up to forty percent on refurbished laptops, every unit tested and covered by a two year warranty.",
)
_DELETED = (
    "This post was deleted by the author.",
    "This post has been removed by a moderator for breaking the rules.",
    "[deleted]",
)
_COMMENTS = (
    "Could you add the exact error message to the question?",
    "Which version of the library are you using here?",
    "This worked for me, thanks for the detailed explanation.",
    "Possible duplicate of an older question with the same title.",
    "Please do not post code as images, paste it as text instead.",
    "Have you tried running it with the verbose flag enabled?",
    "Nice answer, but the second step is no longer needed in recent versions.",
    "I get a different result on Windows, any idea why?",
)


class _Ctx(web_corpus21._Ctx):
    """One page's random source, article and must-not sentences (web_corpus21's, with this set's kinds)."""

    def __init__(self, rng: random.Random, text: Text, index: int, kind: str) -> None:
        super().__init__(rng, text, index, "tree")
        key, self.title, paras = text.articles[(index * 11 + KINDS.index(kind) * 23 + 5) % len(text.articles)]
        self.key = key
        self.paras = paras[: rng.randrange(2, 7)]

    def chrome(self, line: str) -> str:
        """A chrome sentence of this set's own (a deleted notice, an advert): must not appear."""
        self.bad.append(line)
        return line


def _posts(c: _Ctx, lo: int, hi: int, p_short: float = 0.35) -> list[list[str]]:
    """The first post (one to three of the article's paragraphs) and ``lo``..``hi`` replies."""
    return [c.paras[: c.rng.randrange(1, 4)]] + [c.reply(p_short) for _ in range(c.rng.randrange(lo, hi))]


def _similar(c: _Ctx, head: str, n: int, cls: str = "similar") -> str:
    """A list of other threads: avatar, long title, an excerpt (must not), user, reply count."""
    items = "".join(
        f'<li class="{cls}-item"><img class="avatar" alt=""><div class="{cls}-main"><a class="{cls}-title" href="{_href(c.rng)}">{_e(h)}</a>'
        f'<p class="{cls}-excerpt">{_e(s)}</p><div class="{cls}-meta"><a href="#">{c.nick()}</a> · {_ago(c.rng)} · {c.rng.randrange(1, 80)} replies</div></div></li>'
        for h, s in zip(c.heads(n), c.prose(n), strict=True)
    )
    return f'<div class="{cls}-box"><h3>{_e(head)}</h3><ul class="{cls}-list">{items}</ul></div>'


def first_apart(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 3, 9)
    first = (
        f'<div class="ipsBox cTopicStarter"><div class="starterAuthor"><img class="ipsUserPhoto" alt=""><strong><a href="#">{c.nick()}</a></strong> <span class="ipsType_light">Posted {_ago(rng)}</span></div>'
        f'<div class="topicStarterBody ipsType_richText" data-role="commentContent">{_ps(posts[0])}</div><ul class="ipsComment_controls"><li><a href="#">Quote</a></li><li><a href="#">Share</a></li></ul></div>'
    )
    items = ""
    for p in posts[1:]:
        badge = rng.choice(("", "", "op", "staff"))
        label = {
            "op": '<span class="ipsBadge cAuthorBadge">OP</span>',
            "staff": '<span class="ipsBadge ipsBadge_staff">Staff</span>',
        }.get(badge, "")
        items += (
            f'<article class="cPost ipsComment{" cPost--" + badge if badge else ""}" id="comment-{rng.randrange(10**6)}"><aside class="cAuthorPane"><h3 class="cAuthorPane_author"><a href="#">{c.nick()}</a></h3>{label}'
            f'<ul class="cAuthorPane_info"><li>{rng.randrange(1, 5000)} posts</li></ul></aside><div class="ipsComment_content"><div class="ipsComment_meta">Posted {_ago(rng)}</div>'
            f'<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_richText">{_ps(p)}</div></div><ul class="ipsComment_controls"><li><a href="#">Quote</a></li><li><a href="#">Reply</a></li><li><a href="#">Report</a></li></ul></div></article>'
        )
    html = (
        '<header id="ipsLayout_header"><a href="/" class="logo">Aquarium Keepers</a><nav><a href="#">Browse</a> <a href="#">Activity</a> <a href="#">Store</a> <a href="#">Sign In</a></nav></header>'
        f'<main id="ipsLayout_body"><nav class="ipsBreadcrumb"><a href="#">Home</a> › <a href="#">Freshwater</a></nav><div class="ipsPageHeader"><h1>{_e(c.title)}</h1><span>By {c.nick()}, {_date(rng)} in Freshwater</span></div>'
        f'{first}<div class="cTopic"><div class="ipsButtonBar">{len(posts) - 1} replies to this topic</div><div data-role="commentFeed">{items}</div></div>'
        f'<div class="ipsBox">{_similar(c, "Recommended Posts", 3, "recommended")}</div></main><footer>Powered by Invision Community</footer>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def badges(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 3, 9)
    gold: list[str] = []
    items = ""
    for i, p in enumerate(posts):
        kind = "plain" if i == 0 else rng.choice(("plain", "plain", "mod", "deleted", "edited"))
        note = ""
        if kind == "deleted":
            body = f'<div class="deleted_notice">{_e(c.chrome(rng.choice(_DELETED)))}</div>'
        else:
            gold += p
            body = "<br><br>".join(_e(x) for x in p)
            if kind == "mod":
                note = f'<div class="modnote"><strong>Moderator note:</strong> {_e(c.chrome("Please keep the discussion on topic and civil."))}</div>'
            if kind == "edited":
                note = f'<div class="modified">« <em>Last Edit: {_date(rng)}, {rng.randrange(1, 12)}:{rng.randrange(10, 59)} pm by {c.nick()}</em> »</div>'
        cls = "windowbg" if i % 2 == 0 else "windowbg2"
        grp = {"mod": "Global Moderator", "deleted": "Newbie"}.get(
            kind, rng.choice(("Jr. Member", "Full Member", "Hero Member"))
        )
        items += (
            f'<div class="{cls}{" deleted" if kind == "deleted" else ""}" id="msg{rng.randrange(10**6)}"><div class="post_wrapper"><div class="poster"><h4><a href="#">{c.nick()}</a></h4>'
            f'<ul class="user_info"><li class="membergroup">{grp}</li><li class="postcount">Posts: {rng.randrange(1, 3000)}</li></ul></div>'
            f'<div class="postarea"><div class="keyinfo"><div class="subject_title"><a href="#">Re: {_e(c.title)}</a></div><div class="postinfo"><span class="messageicon"></span><a class="smalltext" href="#">« Reply #{i} on: {_date(rng)} »</a></div></div>'
            f'<div class="post"><div class="inner">{body}</div></div>{note}</div><div class="moderatorbar"><ul class="quickbuttons"><li><a href="#">Quote</a></li><li><a href="#">Report to moderator</a></li></ul></div></div></div>'
        )
    html = (
        '<div id="top_section"><h1 class="forumtitle"><a href="/">Vintage Radio Forum</a></h1></div><div id="main_menu"><a href="#">Home</a> <a href="#">Help</a> <a href="#">Search</a> <a href="#">Login</a> <a href="#">Register</a></div>'
        f'<div id="content_section"><div class="navigate_section"><a href="#">Vintage Radio Forum</a> » <a href="#">Restoration</a></div><div id="display_head"><h2 class="display_title">{_e(c.title)}</h2><p>Started by {c.nick()}, {_date(rng)}</p></div>'
        f'<div class="pagesection"><div class="pagelinks">Pages: 1</div><div class="buttonlist"><a href="#">Reply</a> <a href="#">Notify</a> <a href="#">Print</a></div></div><div id="forumposts"><form>{items}</form></div>'
        '<div id="moderationbuttons"></div><div class="pagesection">Pages: 1</div></div><div id="footer">SMF 2.1 © Simple Machines</div>'
    )
    return _page(c.title, html), gold


def sponsored(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 4, 10)
    spot = rng.randrange(1, len(posts))
    box_at = rng.randrange(1, len(posts))
    items = ""
    for i, p in enumerate(posts):
        if i == spot:
            ad = c.chrome(rng.choice(_ADS))
            items += (
                f'<div class="post sponsored"><div class="post_author"><strong><span class="largetext">Sponsored</span></strong></div>'
                f'<div class="post_content"><div class="post_body">{_e(ad)}</div><a class="button" href="#">Learn more</a></div></div>'
            )
        if i == box_at:
            items += f'<div class="ad_between"><span>Advertisement</span><p>{_e(c.chrome(rng.choice(_ADS)))}</p></div>'
        items += (
            f'<div class="post {"classic" if i == 0 else ""}" id="post_{rng.randrange(10**6)}"><div class="post_author"><div class="author_avatar"><img alt=""></div><div class="author_information"><strong><span class="largetext"><a href="#">{c.nick()}</a></span></strong><br><span class="smalltext">{rng.choice(("Junior Member", "Member", "Posting Freak"))}</span></div>'
            f'<div class="author_statistics">Posts: {rng.randrange(1, 900)}<br>Threads: {rng.randrange(1, 90)}<br>Joined: {_date(rng)}</div></div>'
            f'<div class="post_content"><div class="post_head"><span class="post_date">{_date(rng)}</span> <a href="#">#{i + 1}</a></div><div class="post_body scaleimages">{"<br><br>".join(_e(x) for x in p)}</div></div>'
            f'<div class="post_controls"><div class="postbit_buttons"><a href="#" class="postbit_find">Find</a> <a href="#" class="postbit_quote">Reply</a> <a href="#" class="postbit_report">Report</a></div></div></div>'
        )
    html = (
        '<div id="container"><div id="header"><div class="logo"><a href="/">Garden Talk</a></div><ul class="menu top_links"><li><a href="#">Search</a></li><li><a href="#">Member List</a></li><li><a href="#">Help</a></li></ul></div>'
        f'<div id="content"><div class="navigation"><a href="#">Garden Talk</a> › <a href="#">Vegetables</a> › <span class="active">{_e(c.title)}</span></div>'
        f'<table class="tborder"><tr><td class="thead"><strong>{_e(c.title)}</strong></td></tr></table><div id="posts">{items}</div>'
        f'<div class="thread_tools"><a href="#">View a Printable Version</a> <a href="#">Subscribe to this thread</a></div><div class="users_browsing">Users browsing this thread: 1 Guest(s)</div></div>'
        '<div id="footer">Powered By MyBB, © 2002-2024 MyBB Group.</div></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def depth(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 5, 12)
    cut = rng.randrange(2, len(posts) - 1)

    def post(i: int, p: list[str]) -> str:
        inner = (
            f'<div class="post-item" id="p{i}"><div class="post-user"><a href="#">{c.nick()}</a><span class="post-time">{_ago(rng)}</span></div>'
            f'<div class="post-text">{_ps(p)}</div><div class="post-actions"><a href="#">Like</a> <a href="#">Reply</a> <a href="#">Share</a></div></div>'
        )
        wrap = rng.random()
        if i and wrap < 0.2:
            return f'<div class="highlight" id="linked"><div class="highlight-label">Linked post</div>{inner}</div>'
        if i and wrap < 0.35:
            return f'<div class="post-wrap solution"><div class="solution-label">✓ Solution</div><div class="solution-inner">{inner}</div></div>'
        return inner

    one = "".join(post(i, p) for i, p in enumerate(posts[:cut]))
    two = "".join(post(i, p) for i, p in enumerate(posts[cut:], cut))
    html = (
        '<nav class="topnav"><a href="/">DIY Electronics</a> <a href="#">Latest</a> <a href="#">Categories</a> <a href="#">Log in</a></nav>'
        f'<main class="thread"><h1 class="thread-title">{_e(c.title)}</h1><div class="thread-meta">{len(posts) - 1} replies · {rng.randrange(50, 5000)} views</div>'
        f'<div class="page page-1">{one}</div><div class="page-divider">Page 2</div><div class="page page-2">{two}</div>'
        '<div class="reply-area"><textarea placeholder="Write a reply..."></textarea><button>Post reply</button></div></main>'
        '<footer class="site-footer"><a href="#">About</a> <a href="#">Rules</a> <a href="#">Contact</a></footer>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def similar(c: _Ctx) -> Built:
    rng = c.rng
    posts = [[c.paras[0]]] + [c.reply(0.6) for _ in range(rng.randrange(1, 4))]
    items = "".join(
        f'<div class="topic-post{" op" if i == 0 else ""}"><div class="topic-avatar"><img class="avatar" alt=""></div><div class="topic-body"><div class="topic-meta-data"><span class="username"><a href="#">{c.nick()}</a></span> <span class="post-date">{_ago(rng)}</span></div>'
        f'<div class="cooked">{_ps(p)}</div><section class="post-menu-area"><button>Like</button> <button>Share</button> <button>Reply</button></section></div></div>'
        for i, p in enumerate(posts)
    )
    side = _similar(c, "Similar threads", rng.randrange(4, 8))
    below = _similar(c, "Suggested Topics", rng.randrange(3, 6), "suggested")
    html = (
        '<header class="d-header"><a href="/" class="logo">Homebrew Talk</a> <a href="#">Sign Up</a> <a href="#">Log In</a></header>'
        f'<div class="wrap"><div class="main-col"><h1 class="fancy-title">{_e(c.title)}</h1><div class="post-stream">{items}</div>{below}</div>'
        f'<aside class="side-col">{side}</aside></div><footer class="footer">Powered by Discourse</footer>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def se_comments(c: _Ctx) -> Built:
    rng = c.rng
    posts = [c.paras[: rng.randrange(1, 3)]] + [
        [c.said(2, 4) for _ in range(rng.randrange(1, 3))] for _ in range(rng.randrange(2, 5))
    ]
    acc = rng.randrange(1, len(posts))

    def comments() -> str:
        n = rng.choice((0, 1, 2, 3, 5))
        picks = rng.sample(_COMMENTS, min(n, len(_COMMENTS)))
        li = "".join(
            f'<li class="comment js-comment"><div class="comment-score">{rng.choice(("", str(rng.randrange(1, 9))))}</div><div class="comment-text"><span class="comment-copy">{_e(c.chrome(s))}</span> – <a class="comment-user" href="#">{c.nick()}</a> <span class="comment-date">{_date(rng)}</span></div></li>'
            for s in picks
        )
        return f'<div class="comments js-comments-container"><ul class="comments-list">{li}</ul></div><a class="js-add-link comments-link" href="#">Add a comment</a>'

    def post(i: int, p: list[str]) -> str:
        body = f'<div class="s-prose js-post-body">{_ps(p)}</div><div class="post-signature"><a href="#">{c.nick()}</a> answered {_date(rng)}</div>{comments()}'
        vote = f'<div class="js-voting-container"><button aria-label="Up vote">▲</button><div class="js-vote-count">{rng.randrange(-2, 90)}</div><button aria-label="Down vote">▼</button></div>'
        if i == 0:
            return f'<div id="question" class="question js-question"><div class="post-layout">{vote}<div class="postcell post-layout--right">{body}</div></div></div>'
        cls = "answer js-answer accepted-answer" if i == acc else "answer js-answer"
        return f'<div id="answer-{rng.randrange(10**6)}" class="{cls}"><div class="post-layout">{vote}<div class="answercell post-layout--right">{body}</div></div></div>'

    answers = "".join(post(i, p) for i, p in enumerate(posts) if i)
    html = (
        '<header class="s-topbar"><a href="/">Server Fault</a> <a href="#">Questions</a> <a href="#">Tags</a> <a href="#">Log in</a></header>'
        f'<div id="content"><div id="question-header"><h1>{_e(c.title)}</h1></div><div class="grid">Asked {_ago(rng)} · Viewed {rng.randrange(40, 9000)} times</div>'
        f'<div id="mainbar">{post(0, posts[0])}<div id="answers"><div id="answers-header"><h2>{len(posts) - 1} Answers</h2><label>Sorted by:</label><select><option>Highest score (default)</option></select></div>{answers}</div>'
        '<h2 class="bottom-notice">Not the answer you\'re looking for? Browse other questions tagged <a href="#">linux</a> or ask your own question.</h2></div>'
        f'<div id="sidebar">{_similar(c, "Related", rng.randrange(4, 7), "related")}</div></div><footer>Site design / logo © 2024 Stack Exchange Inc</footer>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def vanilla_qa(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 3, 8, 0.3)
    accepted = [i for i in range(1, len(posts)) if rng.random() < 0.3][:1]

    def item(i: int, p: list[str], cls: str) -> str:
        return (
            f'<li class="Item {cls}" id="Comment_{1000 + i}"><div class="Item-Header"><span class="Author"><a class="Username" href="#">{c.nick()}</a></span> <span class="MItem Rank">{rng.choice(("Member", "Expert", "Moderator"))}</span> <span class="DateCreated">{_ago(rng)}</span></div>'
            f'<div class="Item-BodyWrap"><div class="Message userContent">{_ps(p)}</div></div><div class="Reactions"><a href="#">Quote</a> <a href="#">Flag</a> <a href="#">Like</a></div></li>'
        )

    acc = "".join(item(i, posts[i], "ItemComment QnA-Item-Accepted") for i in accepted)
    box = (
        f'<div class="DataBox DataBox-AcceptedAnswers"><h2 class="CommentHeading">Answers</h2><ul class="MessageList DataList AcceptedAnswers">{acc}</ul></div>'
        if acc
        else ""
    )
    rest = "".join(
        item(i, p, "ItemComment" + (" QnA-Item-Accepted" if i in accepted else "")) for i, p in enumerate(posts) if i
    )
    html = (
        '<div id="Frame"><div class="Head"><a class="Title" href="/">Photo Gear Community</a><ul class="SiteMenu"><li><a href="#">Discussions</a></li><li><a href="#">Categories</a></li><li><a href="#">Sign In</a></li></ul></div>'
        f'<div id="Body"><div class="Content"><div class="PageTitle"><h1>{_e(c.title)}</h1></div>'
        f'<ul class="MessageList Discussion">{item(0, posts[0], "ItemDiscussion")}</ul>{box}'
        f'<div class="CommentsWrap"><h2 class="CommentHeading">{"Comments" if not acc else "All Comments"}</h2><ul class="MessageList DataList Comments">{rest}</ul></div></div>'
        f'<div class="Panel">{_similar(c, "Related Discussions", 4, "related")}</div></div><div id="Foot">Powered by Vanilla</div></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def mastodon(c: _Ctx) -> Built:
    rng = c.rng
    tags = ("#linux", "#photography", "#opensource", "#gardening", "#rust", "#climate", "#books")

    def toot_text() -> str:
        s = c.said(1, 3)
        r = rng.random()
        if r < 0.3:
            return f"@{c.nick().replace(' ', '')} {s}"
        if r < 0.5:
            return f"{s} {rng.choice(tags)} {rng.choice(tags)}"
        if r < 0.65:
            return f"{s} https://example.org/{rng.randrange(10**5)}"
        return s

    statuses = [toot_text() for _ in range(rng.randrange(4, 10))]
    focus = rng.randrange(0, min(3, len(statuses)))

    def status(i: int, text: str) -> str:
        words = []
        for w in text.split(" "):
            if w.startswith("@"):
                words.append(
                    f'<span class="h-card"><a class="u-url mention" href="#">@<span>{_e(w[1:])}</span></a></span>'
                )
            elif w.startswith("#"):
                words.append(f'<a class="mention hashtag" href="#">#<span>{_e(w[1:])}</span></a>')
            elif w.startswith("https://"):
                words.append(
                    f'<a href="{w}" rel="nofollow noopener"><span class="invisible">https://</span><span class="ellipsis">{_e(w[8:])}</span></a>'
                )
            else:
                words.append(_e(w))
        acct = c.nick().replace(" ", "")
        cls = "detailed-status" if i == focus else "status"
        bar = f'<div class="status__action-bar"><button aria-label="Reply">↩ {rng.randrange(0, 9)}</button><button aria-label="Boost">⟳ {rng.randrange(0, 40)}</button><button aria-label="Favourite">★ {rng.randrange(0, 99)}</button></div>'
        return (
            f'<div class="{cls}__wrapper focusable" tabindex="0"><div class="{cls}"><div class="status__info"><a class="status__display-name" href="#"><span class="display-name__html">{_e(acct)}</span> <span class="display-name__account">@{_e(acct)}@mastodon.example</span></a>'
            f' <a class="status__relative-time" href="#"><time>{_ago(rng)}</time></a></div><div class="status__content"><div class="status__content__text"><p>{" ".join(words)}</p></div></div>{bar}</div></div>'
        )

    body = "".join(status(i, t) for i, t in enumerate(statuses))
    html = (
        '<div class="ui"><div class="columns-area"><div class="column"><div class="column-header"><button>Back</button> <h1>Post</h1></div>'
        f'<div class="scrollable item-list">{body}</div></div>'
        '<div class="compose-panel"><div class="sign-in-banner"><p>Sign in to follow profiles or hashtags, favourite, share and reply to posts.</p><a href="#">Create account</a> <a href="#">Login</a></div>'
        '<nav class="navigation-panel"><a href="#">Explore</a> <a href="#">Live feeds</a> <a href="#">About</a></nav></div></div></div>'
    )
    title = f"{statuses[focus][:60]}… - mastodon.example"
    return _page(title, html), statuses


def slash_nested(c: _Ctx) -> Built:
    rng = c.rng
    gold = list(c.paras[:2])

    def node(d: int) -> str:
        shown = rng.random() > 0.2
        subj = c.chrome("Re: " + rng.choice(c.heads(1))[:40]) if rng.random() < 0.5 else ""
        head = f'<div class="commentTop"><div class="title"><h4><a href="#">{_e(subj or "Re:" + c.title[:30])}</a></h4> <span class="score">(Score:{rng.randrange(-1, 6)}, {rng.choice(("Insightful", "Funny", "Informative", "Interesting"))})</span></div><div class="details">by <a href="#">{c.nick()}</a> ({rng.randrange(1000, 9999999)}) on {_date(rng)}</div></div>'
        if shown:
            text = c.reply(0.3)
            gold.extend(text)
            body = f'<div class="commentBody"><div id="comment_body_{rng.randrange(10**7)}">{"<p>".join(_e(x) for x in text)}</div></div><div class="commentSub"><a href="#">Reply to This</a> <a href="#">Parent</a> <a href="#">Share</a></div>'
            cls = "comment full"
        else:
            body = ""
            cls = "comment oneline"  # collapsed under the threshold: its title line only (a "hidden" class would hide its replies too)
        kids = "".join(node(d + 1) for _ in range(rng.choice((0, 0, 1, 2)))) if d < 4 else ""
        return f'<li class="{cls}"><div class="cw">{head}{body}</div>{"<ul>" + kids + "</ul>" if kids else ""}</li>'

    tree = "".join(node(1) for _ in range(rng.randrange(3, 6)))
    html = (
        '<header id="slashdot_header"><a href="/">Slashdot</a> <a href="#">Stories</a> <a href="#">Polls</a> <a href="#">Login</a></header>'
        f'<article class="fhitem fhitem-story"><header><h2 class="story"><span class="story-title">{_e(c.title)}</span></h2><div class="details">Posted by <a href="#">msmash</a> on {_date(rng)} from the it-only-hurts dept.</div></header>'
        f'<div class="body"><div class="p"><i>{_ps(c.paras[:2])}</i></div></div></article>'
        f'<div id="commentwrap"><div class="commentBox">Threshold: <select><option>-1</option><option>0</option><option>1</option></select> {rng.randrange(40, 700)} comments</div><ul id="commentlisting" class="d2">{tree}</ul></div>'
        '<footer>Slashdot Top Deals <a href="#">Privacy</a> <a href="#">Terms</a></footer>'
    )
    return _page(c.title, html), gold


def flarum_events(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c, 3, 9)
    items = ""
    for i, p in enumerate(posts):
        if i and rng.random() < 0.35:
            ev = rng.choice(
                (
                    f'<div class="EventPost DiscussionRenamedPost"><span class="EventPost-info"><a href="#">{c.nick()}</a> changed the title from “old title” to “{_e(c.title[:30])}”.</span></div>',
                    f'<div class="EventPost DiscussionStickiedPost"><span class="EventPost-info"><a href="#">{c.nick()}</a> stickied the discussion.</span></div>',
                    f'<div class="PostStream-timeGap"><span>{rng.randrange(2, 11)} months later</span></div>',
                )
            )
            items += f'<div class="PostStream-item" data-type="event">{ev}</div>'
        items += (
            f'<div class="PostStream-item" data-index="{i}"><article class="Post CommentPost"><header class="Post-header"><ul><li class="item-user"><div class="PostUser"><h3><a href="#">{c.nick()}</a></h3></div></li><li class="item-meta"><span class="PostMeta"><time>{_ago(rng)}</time></span></li></ul></header>'
            f'<div class="Post-body">{_ps(p)}</div><aside class="Post-actions"><ul><li><button>Like</button></li><li><button>Reply</button></li></ul></aside>'
            f"{'<div class=' + chr(34) + 'Post-likedBy' + chr(34) + '>' + c.nick() + ' and ' + str(rng.randrange(2, 9)) + ' others like this.</div>' if rng.random() < 0.4 else ''}</article></div>"
        )
    html = (
        '<div id="app"><header id="header"><a href="/" class="Header-title">Synth Makers</a><ul class="Header-controls"><li><button>Sign Up</button></li><li><button>Log In</button></li></ul></header>'
        f'<main class="App-content"><div class="DiscussionPage"><header class="DiscussionHero"><ul class="DiscussionHero-items"><li class="item-tags"><span class="TagLabel">Hardware</span></li><li class="item-title"><h1>{_e(c.title)}</h1></li></ul></header>'
        f'<div class="container"><nav class="DiscussionPage-nav"><button>Reply</button> <button>Follow</button></nav><div class="PostStream">{items}<div class="PostStream-item"><div class="ReplyPlaceholder">Write a Reply...</div></div></div></div></div></main></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def lemmy_cross(c: _Ctx) -> Built:
    rng = c.rng
    gold = [c.paras[0]]

    def node(d: int) -> str:
        r = rng.random()
        cls = "comment-node" + (" mod" if r < 0.15 else " admin" if r < 0.25 else "")
        if 0.25 <= r < 0.35:
            body = f'<div class="md-div text-muted fst-italic">{_e(c.chrome(rng.choice(("removed by mod", "deleted by creator"))))}</div>'
        else:
            text = c.reply(0.5)
            gold.extend(text)
            body = f'<div class="md-div">{_ps(text)}</div>'
        badge = {" mod": '<span class="badge">mod</span>', " admin": '<span class="badge">admin</span>'}.get(
            cls[12:], ""
        )
        kids = "".join(node(d + 1) for _ in range(rng.choice((0, 1, 1, 2)))) if d < 4 else ""
        return (
            f'<li class="comment list-unstyled"><article class="{cls} py-2 ms-{d}"><div class="d-flex"><a class="person-listing" href="#">{c.nick()}</a>{badge} <span class="unselectable">{rng.randrange(1, 200)} ↑</span> <span class="moment-time">{_ago(rng)}</span></div>'
            f'{body}<div class="d-flex comment-bottom-btns"><button aria-label="reply">reply</button> <button aria-label="more">⋯</button></div></article>{"<ul class=" + chr(34) + "comments" + chr(34) + ">" + kids + "</ul>" if kids else ""}</li>'
        )

    tree = "".join(node(1) for _ in range(rng.randrange(2, 6)))
    cross = "".join(
        f'<li><a href="#">!{w}@lemmy.example</a></li>'
        for w in ("technology", "linux", "selfhosted")[: rng.randrange(1, 4)]
    )
    about = c.prose(2)
    html = (
        '<nav class="navbar"><a href="/" class="navbar-brand">lemmy.example</a> <a href="#">Communities</a> <a href="#">Create Post</a> <a href="#">Login</a></nav>'
        f'<div class="container-lg"><div class="row"><main class="col-12 col-md-8"><div class="post-listing"><h1 class="post-title"><a href="{_href(rng)}">{_e(c.title)}</a></h1>'
        f'<div class="small">submitted {_ago(rng)} by <a href="#">{c.nick()}</a> to <a href="#">!technology@lemmy.example</a></div><div class="md-div post-body"><p>{_e(c.paras[0])}</p></div>'
        f'<div class="cross-posts"><span>cross-posted to:</span><ul>{cross}</ul></div></div><div class="comments-sort">{rng.randrange(5, 90)} Comments <button>Hot</button> <button>Top</button> <button>New</button></div>'
        f'<ul class="comments">{tree}</ul></main><aside class="col-12 col-md-4"><div class="card"><h5>technology</h5><p>{_e(about[0])}</p><p>{_e(about[1])}</p></div></aside></div></div>'
    )
    return _page(c.title, html), gold


def op_short(c: _Ctx) -> Built:
    rng = c.rng
    first = c.short()
    posts = [[first]] + [[c.said(2, 4) for _ in range(rng.randrange(1, 3))] for _ in range(rng.randrange(2, 6))]
    items = "".join(
        f'<div id="p{rng.randrange(10**6)}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username" href="#">{c.nick()}</a></dt><dd class="profile-rank">{rng.choice(("Registered User", "Site Admin"))}</dd><dd><strong>Posts:</strong> {rng.randrange(1, 4000)}</dd></dl>'
        f'<div class="postbody"><h3><a href="#">{"Re: " if i else ""}{_e(c.title)}</a></h3><p class="author">by <strong>{c.nick()}</strong> » {_date(rng)}</p>'
        f'<div class="content">{"<br><br>".join(_e(x) for x in p)}{"<br><img class=" + chr(34) + "postimage" + chr(34) + " src=" + chr(34) + "/img/1.jpg" + chr(34) + " alt=" + chr(34) + "Image" + chr(34) + ">" if i == 0 else ""}</div></div>'
        f'<ul class="post-buttons"><li><a href="#" title="Quote">Quote</a></li><li><a href="#" title="Report this post">Report</a></li></ul></div></div>'
        for i, p in enumerate(posts)
    )
    rows = "".join(
        f'<tr><td class="topic-title"><a href="#" class="topictitle">{_e(h)}</a><br><span>by {c.nick()} » {_date(rng)}</span></td><td class="posts">{rng.randrange(1, 40)} Replies</td><td class="views">{rng.randrange(50, 9000)} Views</td><td class="lastpost">Last post by {c.nick()}</td></tr>'
        for h in c.heads(rng.randrange(3, 6))
    )
    html = (
        '<div id="wrap"><div class="headerbar"><a href="/" id="logo">Trail Runners Board</a></div><div class="navbar"><a href="#">Board index</a> ‹ <a href="#">Gear</a></div>'
        f'<div id="page-body"><h2 class="topic-title">{_e(c.title)}</h2><div class="action-bar"><a class="button" href="#">Post Reply</a> {len(posts)} posts • Page 1 of 1</div>{items}'
        f'<div class="panel"><h3>Similar topics</h3><table class="table1">{rows}</table></div></div><div class="copyright">Powered by phpBB® Forum Software</div></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {
    "first_apart": first_apart,
    "badges": badges,
    "sponsored": sponsored,
    "depth": depth,
    "similar": similar,
    "se_comments": se_comments,
    "vanilla_qa": vanilla_qa,
    "mastodon": mastodon,
    "slash_nested": slash_nested,
    "flarum_events": flarum_events,
    "lemmy_cross": lemmy_cross,
    "op_short": op_short,
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
