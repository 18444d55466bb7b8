# ruff: noqa: E501  (markup is long literal lines)
"""English forum, Q&A and discussion pages of engines no earlier generator writes, from the markup these engines
serve to a crawler (no script run), around the English bench sets' tune gold texts (read at run time).

    python bench/en_forum_corpus30.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/en_forum_corpus30.py --score --cleaner-only   # cleaner alone (quick)
    python bench/en_forum_corpus30.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/en_forum_corpus30.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/en_forum_corpus30.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch enforum30), written from memory of the engines' served markup before cleaner's thread rules
were read or cleaner was run on it. Kinds (``KINDS``):

- ``discourse``: Discourse's crawler view (``div.crawler-post`` with ``span.creator``, ``time``, ``div.post``
  ``itemprop=text``, "N Likes", ``aside.quote`` with "name:" titles, a "Related topics" table, "Powered by
  Discourse, best viewed with JavaScript enabled");
- ``xenforo2``: a XenForo 2 thread (``article.message``: user cell with title, "Joined / Messages / Reaction
  score" pairs, ``div.bbWrapper``, "X said:" quote blocks with "Click to expand...", signatures, reaction bars,
  "Report / Like / Quote / Reply", "You must log in or register to reply here.", "Similar threads");
- ``phpbb3``: a phpBB 3 prosilver topic (``div.post``: "Re: title", "Post by X » date", ``<br>``-separated text,
  "X wrote: ↑ date" cites, a profile column with rank / Posts / Joined / Location, signatures, "Top");
- ``vbulletin4``: a vBulletin 4 thread (``li.postcontainer``: date and "#N", a user column with "Join Date /
  Location / Posts", ``blockquote.postcontent``, "Originally Posted by X", signature, "Reply With Quote");
- ``ips4``: an Invision Community 4 topic (``article.cPost``: author pane with group and "N posts", "Posted
  <date>", ``div[data-role=commentContent]``, ``blockquote.ipsQuote`` "X said:", reputation, "Quote" links,
  "Create an account or sign in to comment");
- ``old_reddit``: an old.reddit comments page (self post ``div.md``, nested ``div.thing.comment`` with
  "[–] name N points 3 hours ago", "permalink embed save parent report reply", the subreddit's sidebar prose);
- ``hn_table``: a Hacker-News-like item page (tables: "N points by x 3 hours ago | hide | past | favorite | N
  comments", an Ask text, ``span.commtext`` comments in a ``table.comment-tree`` with indent images, "reply");
- ``stackexchange``: a Stack Exchange question (vote cells, ``div.s-prose``, tags, "Share / Improve this
  question / Follow", "asked / answered / edited" user cards with reputation, comments under each post, "N
  Answers", "Sorted by:", "Not the answer you're looking for?", "Hot Network Questions", a cookie notice);
- ``github_issue``: a GitHub-issue-like timeline ("X commented on date", ``td.comment-body``, events "added the
  bug label", "closed this as completed", reactions, a sidebar of Assignees / Labels / Milestone);
- ``pipermail``: a Mailman 2 pipermail message (``<pre>`` hard-wrapped text, "Previous message / Next message",
  "Messages sorted by: [ date ] [ thread ]", a "-- " signature, "More information about the X mailing list");
- ``hyperkitty``: a HyperKitty thread (``div.email``: author, "N posts", date, ``div.email-body`` with ``<br>``
  lines, "Reply", replies below, "participants (N)", "Back to the thread");
- ``flarum``: Flarum's no-JS fallback (``noscript#flarum-noscript`` holding the title and posts as ``article``
  of ``div.PostUser`` + ``div.Post-body``, "Next Page »", "This site is best viewed in a modern browser with
  JavaScript enabled.");
- ``nodebb``: a NodeBB topic served to a crawler (``li[component=post]``: avatar, name, group label, "3 days
  ago", ``div.content[component=post/content]``, signature, "Reply / Quote", vote counts, "N Replies").

Around them: cookie banners (half the pages), headers, breadcrumbs, pagination, sidebars, footers. Gold: the first
post (question) and every reply, in page order (quoted text kept, the quote's "X wrote:" head not), no user chrome;
the thread title is not in the gold; Stack Exchange comments are, after their post (their text, not "– user
date": as magichtml_en's tune Stack Exchange page keeps them; corrected once after the first measure, base and
mine alike, no page changed). Must:
the first and the last sentence of the gold; must not: chrome sentences (signatures, sidebars, related titles,
banners, timeline events). A page's half is :func:`bench.halves.half` of ``en30f/<id>``; ``--list`` and ``--dump``
show tune pages only.
"""

from __future__ import annotations

import html as htmllib
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Scoring
from old_web_corpus import Text, _norm, _url

SET = "en30f"
KINDS = (
    "discourse",
    "xenforo2",
    "phpbb3",
    "vbulletin4",
    "ips4",
    "old_reddit",
    "hn_table",
    "stackexchange",
    "github_issue",
    "pipermail",
    "hyperkitty",
    "flarum",
    "nodebb",
)
PAGES_PER_KIND = 10

_NICKS = (
    "wrenchmonkey", "Tom_K", "solder_smoke", "mkeller", "JaneDoe42", "bitrot", "northfield", "oldtimer57",
    "quietstorm", "pkrause", "lindsay.m", "foo_bar_baz", "ravenclaw", "d.okafor", "sam_l", "trailhead",
    "Greg Hollis", "anna_v", "cbrown", "netherby", "jpw", "mossy_rock", "ekim", "Hal9000",
)  # fmt: skip
_SHORT = (
    "Thanks, that fixed it for me.", "Same problem here, following.", "Great write-up, thank you for posting this.",
    "Can confirm, this still happens on the latest version.", "Bump. Anyone?", "This worked for me as well.",
    "Interesting, I had not thought of that.", "Marking this as solved, thanks everyone.",
)  # fmt: skip
_SIGS = (
    "Opinions expressed are my own and not those of my employer.",
    "Please read the forum rules before posting a new topic.",
    "If my answer helped you, please mark it as the solution.",
    "Running Debian stable on a ThinkPad that refuses to die.",
    "Currently restoring a 1972 Triumph Spitfire, slowly.",
    "Member of the local astronomy society since the last millennium.",
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_COOKIES = (
    "We use cookies to personalise content and to analyse our traffic. By continuing to use this site you agree to our use of cookies.",
    "This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.",
    "By clicking Accept all cookies, you agree this site can store cookies on your device and disclose information in accordance with our Cookie Policy.",
)


def _e(s: str) -> str:
    return htmllib.escape(s, quote=False)


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{_e(x)}</p>" for x in paras)


def _br(paras: list[str]) -> str:
    return "<br><br>".join(_e(x) for x in paras)


@dataclass
class Post:
    user: str
    paras: list[str]
    quote: tuple[str, list[str]] | None = None  # (quoted user, quoted paragraphs), kept in the gold
    sig: str = ""
    comments: list[str] = field(default_factory=list)  # a Stack Exchange post's comments, in the gold after it


@dataclass
class Ctx:
    """One page's random source, thread text and chrome strings (the must-not list)."""

    rng: random.Random
    text: Text
    index: int
    kind: str
    title: str = ""
    key: str = ""
    paras: list[str] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        arts = self.text.articles
        self.key, self.title, paras = arts[(self.index * 13 + KINDS.index(self.kind) * 29 + 5) % len(arts)]
        self.paras = list(paras)

    def nick(self) -> str:
        return self.rng.choice(_NICKS)

    def chrome(self, s: str) -> str:
        self.bad.append(s)
        return s

    def prose(self, n: int) -> str:
        return " ".join(self.text.prose(self.rng, n, self.key))

    def heads(self, n: int) -> list[str]:
        return [self.chrome(h) for h in self.text.heads(self.rng, n, self.title)]

    def date(self) -> str:
        r = self.rng
        return f"{r.choice(_MONTHS)} {r.randrange(1, 29)}, {r.randrange(2011, 2025)}"

    def clock(self) -> str:
        r = self.rng
        return f"{r.randrange(1, 13)}:{r.randrange(10, 60)} {r.choice(('AM', 'PM'))}"

    def ago(self) -> str:
        r = self.rng
        n = r.randrange(2, 23)
        return f"{n} {r.choice(('hours', 'days', 'months', 'years'))} ago"

    def thread(self, lo: int, hi: int, quotes: float = 0.0, sigs: float = 0.0) -> list[Post]:
        """The first post (1-3 of the article's paragraphs) and ``lo``..``hi`` replies: the article's next
        paragraphs, other articles' sentences, or a short line; a reply may quote an earlier post's first paragraph."""
        r = self.rng
        rest = list(self.paras)
        first = [rest.pop(0) for _ in range(min(len(rest), r.randrange(1, 4)))]
        posts = [Post(self.nick(), first)]
        for _ in range(r.randrange(lo, hi + 1)):
            roll = r.random()
            if roll < 0.15:
                paras = [r.choice(_SHORT)]
            elif roll < 0.6 and rest:
                paras = [rest.pop(0) for _ in range(min(len(rest), r.randrange(1, 3)))]
            else:
                paras = [self.prose(r.randrange(2, 4)) for _ in range(r.randrange(1, 3))]
            post = Post(self.nick(), paras)
            if len(posts) > 1 and r.random() < quotes:
                src = r.choice(posts)
                post.quote = (src.user, src.paras[:1])
            if r.random() < sigs:
                post.sig = self.chrome(r.choice(_SIGS))
            posts.append(post)
        return posts

    def cookie(self) -> str:
        if self.rng.random() < 0.5:
            return ""
        text = self.chrome(self.rng.choice(_COOKIES))
        shape = self.rng.randrange(3)
        if shape == 0:
            return f'<div id="cookie-notice" class="cookie-banner"><p>{_e(text)}</p><button>Accept</button> <a href="/privacy">Learn more</a></div>'
        if shape == 1:
            return f'<div class="js-consent-banner" role="dialog" aria-label="Cookie consent"><div class="s-notice"><p>{_e(text)}</p><button>Accept all cookies</button><button>Necessary cookies only</button><button>Customize settings</button></div></div>'
        return f'<div class="notices"><ul class="notices--cookie"><li class="notice"><div class="notice-content">{_e(text)}</div><a class="button" href="#">Accept</a> <a href="/help/cookies">Learn more.</a></li></ul></div>'


def gold_of(posts: list[Post]) -> list[str]:
    out: list[str] = []
    for p in posts:
        if p.quote:
            out += p.quote[1]
        out += p.paras
    return out


def _page(title: str, body: str, head: str = "") -> str:
    return f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>{head}</head>\n<body>\n{body}\n</body></html>'


def discourse(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(2, 9, quotes=0.25)
    items = ""
    for i, p in enumerate(posts):
        quote = ""
        if p.quote:
            quote = f'<aside class="quote no-group" data-username="{p.quote[0]}" data-post="{r.randrange(1, 9)}"><div class="title"><div class="quote-controls"></div><img alt="" width="24" height="24" src="/avatar.png" class="avatar"> {p.quote[0]}:</div><blockquote>{_ps(p.quote[1])}</blockquote></aside>'
        likes = r.randrange(0, 12)
        likes_html = (
            f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="{likes}" /><span class="post-likes">{likes} Likes</span></div>'
            if likes
            else ""
        )
        items += (
            f'<div id="post_{i + 1}" itemprop="{"comment" if i else "articleBody"}" itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post">'
            f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/{p.user}"><span itemprop="name">{_e(p.user)}</span></a></span>'
            f'<link itemprop="mainEntityOfPage" href="/t/topic/{c.index}"><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2021-03-03T10:11:00Z" class="post-time">{c.date()}, {c.clock()}</time><meta itemprop="position" content="{i + 1}"></span></div>'
            f'<div class="post" itemprop="text">{quote}{_ps(p.paras)}</div>{likes_html}</div>'
        )
    related = "".join(
        f'<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/x/{r.randrange(9999)}" class="title raw-link raw-topic-link">{_e(h)}</a></span><div class="link-bottom-line"><a href="/c/help" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name">Help</span></span></a></div></td>'
        f'<td class="replies"><span class="posts" title="posts">{r.randrange(1, 40)}</span></td><td class="views"><span class="views" title="views">{r.randrange(1, 9)}.{r.randrange(10)}k</span></td><td>{r.choice(_MONTHS)} {r.randrange(2015, 2025)}</td></tr>'
        for h in c.heads(r.randrange(3, 6))
    )
    body = (
        f'<noscript data-src="/assets/noscript.js"></noscript>{c.cookie()}<header class="noscript-header"><div class="wrap"><div class="contents"><div class="header-buttons"><a href="/login" class="button">Log In</a></div><a href="/"><img src="/logo.png" alt="Makers Community" id="site-logo"></a></div></div></header>'
        f'<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/topic/{c.index}">{_e(c.title)}</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a href="/c/help" class="badge-wrapper bullet" itemprop="item"><span itemprop="name">Help</span></a></span></div>'
        f'<div class="topic-tags"><a href="/tag/howto" class="discourse-tag">howto</a></div></div>{items}'
        f'<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>{related}</tbody></table></div></div></div>'
        '<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/" itemprop="url">Home </a></span></li><li><a href="/categories">Categories </a></li><li><a href="/guidelines">Guidelines </a></li><li><a href="/tos">Terms of Service </a></li><li><a href="/privacy">Privacy Policy </a></li></ul></nav></footer>'
        '<footer id="noscript-footer" class="noscript-footer-nav"><div class="buttons"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></footer>'
    )
    return _page(f"{c.title} - Help - Makers Community", body), gold_of(posts)


def xenforo2(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(2, 9, quotes=0.35, sigs=0.35)
    items = ""
    for i, p in enumerate(posts):
        quote = ""
        if p.quote:
            quote = (
                f'<blockquote data-attributes="member: {r.randrange(9999)}" data-quote="{p.quote[0]}" data-source="post: {r.randrange(99999)}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">'
                f'<div class="bbCodeBlock-title"><a href="/goto/post?id=1" class="bbCodeBlock-sourceJump" rel="nofollow">{p.quote[0]} said:</a></div>'
                f'<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">{_br(p.quote[1])}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>'
            )
        sig = f'<aside class="message-signature"><div class="bbWrapper">{_e(p.sig)}</div></aside>' if p.sig else ""
        react = ""
        if r.random() < 0.5:
            react = f'<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"><img src="/styles/default/xenforo/reactions/emojione/sprite_sheet_emojione.png" class="reaction-sprite js-reaction" alt="Like" title="Like"></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="#" rel="nofollow"><bdi>{c.nick()}</bdi>, <bdi>{c.nick()}</bdi> and {r.randrange(2, 30)} others</a></div>'
        items += (
            f'<article class="message message--post js-post js-inlineModContainer" data-author="{p.user}" data-content="post-{r.randrange(10**6)}" id="js-post-{i}"><span class="u-anchorTarget" id="post-{i}"></span><div class="message-inner">'
            f'<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar "><div class="message-avatar-wrapper"><a href="/members/{p.user}.{i}/" class="avatar avatar--m" data-user-id="{i}"><img src="/data/avatars/m/0/{i}.jpg" alt="{p.user}" class="avatar-u{i}-m" width="96" height="96" loading="lazy"></a></div></div>'
            f'<div class="message-userDetails"><h4 class="message-name"><a href="/members/{p.user}.{i}/" class="username " dir="auto" data-user-id="{i}"><span itemprop="name">{_e(p.user)}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{r.choice(("Well-known member", "New member", "Active member", "Moderator"))}</h5></div>'
            f'<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>{c.date()}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>{r.randrange(1, 9999):,}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>{r.randrange(0, 5000):,}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd><a href="/misc/location-info?location=Ohio" rel="nofollow noreferrer" target="_blank" class="u-concealed">Ohio</a></dd></dl></div><span class="message-userArrow"></span></section></div>'
            f'<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/x.{c.index}/post-{i}" rel="nofollow"><time class="u-dt" dir="auto" datetime="2021-03-03T10:11:12-0500">{c.date()}</time></a></li></ul>'
            f'<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="#" class="message-attribution-gadget" data-xf-init="share-tooltip" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/x.{c.index}/post-{i}" rel="nofollow">#{i + 1}</a></li></ul></header>'
            f'<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{i}"><article class="message-body js-selectToQuote"><div class="bbWrapper">{quote}{_br(p.paras)}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>{sig}</div>'
            f'<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="#" class="actionBar-action actionBar-action--report" rel="nofollow">Report</a></div><div class="actionBar-set actionBar-set--internal"><a href="#" class="actionBar-action actionBar-action--reaction" rel="nofollow">Like</a><a href="#" class="actionBar-action actionBar-action--mq" title="Toggle multi-quote">Quote</a><a href="#" class="actionBar-action actionBar-action--reply" rel="nofollow">Reply</a></div></div>{react}</footer></div></div></div></article>'
        )
    similar = "".join(
        f'<li class="block-row"><div class="contentRow"><div class="contentRow-main contentRow-main--close"><a href="/threads/y.{r.randrange(9999)}/">{_e(h)}</a><div class="contentRow-minor contentRow-minor--hideLinks"><ul class="listInline listInline--bullet"><li>{c.nick()}</li><li>{c.date()}</li><li>Replies: {r.randrange(1, 60)}</li></ul></div></div></div></li>'
        for h in c.heads(r.randrange(2, 5))
    )
    pages = (
        '<nav class="pageNavWrapper pageNavWrapper--mixed "><div class="pageNav  "><ul class="pageNav-main"><li class="pageNav-page pageNav-page--current "><a href="#">1</a></li><li class="pageNav-page "><a href="#">2</a></li></ul><a href="#" class="pageNav-jump pageNav-jump--next">Next</a></div></nav>'
        if r.random() < 0.5
        else ""
    )
    body = (
        f'<div class="p-pageWrapper" id="top">{c.cookie()}<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img src="/logo.png" alt="Garage Journal Forums"></a></div></div></div></header>'
        '<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><ul class="p-nav-list js-offCanvasNavSource"><li><a href="/" class="p-navEl-link ">Home</a></li><li><a href="/forums/" class="p-navEl-link ">Forums</a></li><li><a href="/whats-new/" class="p-navEl-link ">What\'s new</a></li><li><a href="/members/" class="p-navEl-link ">Members</a></li></ul><div class="p-nav-opposite"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn">Log in</a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register">Register</a></div></div></nav></div>'
        f'<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs "><li><a href="/forums/"><span>Forums</span></a></li><li><a href="/forums/#general.1"><span>General Discussion</span></a></li></ul>'
        f'<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{_e(c.title)}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li>Thread starter <a href="#" class="username  u-concealed">{_e(posts[0].user)}</a></li><li>Start date <time>{c.date()}</time></li></ul></div></div>'
        f'<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">{pages}<div class="block block--messages"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">{items}</div></div></div>{pages}'
        '<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button--wrap button" data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span></a></div></div>'
        f'<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul class="block-body">{similar}</ul></div></div></div></div></div></div></div></div>'
        '<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><ul class="p-footer-linkList"><li><a href="/misc/contact">Contact us</a></li><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li><li><a href="/help/">Help</a></li></ul></div><div class="p-footer-copyright">Community platform by XenForo® © 2010-2023 XenForo Ltd.</div></div></footer></div>'
    )
    return _page(f"{c.title} | Garage Journal Forums", body), gold_of(posts)


def phpbb3(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(1, 8, quotes=0.35, sigs=0.4)
    items = ""
    for i, p in enumerate(posts):
        pid = r.randrange(10**5)
        quote = ""
        if p.quote:
            quote = f'<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=2">{p.quote[0]}</a> wrote: <a href="./viewtopic.php?p={pid - 3}#p{pid - 3}" data-post-id="{pid - 3}" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span class="responsive-hide">{c.date()}</span></cite>{_br(p.quote[1])}</div></blockquote>'
        sig = f'<div id="sig{pid}" class="signature">{_e(p.sig)}</div>' if p.sig else ""
        subject = c.title if i == 0 else f"Re: {c.title}"
        items += (
            f'<div id="p{pid}" class="post has-profile bg{2 - i % 2}"><div class="inner"><dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u={i}" class="avatar"><img class="avatar" src="./download/file.php?avatar={i}.png" width="90" height="90" alt="User avatar"></a></div>'
            f'<a href="./memberlist.php?mode=viewprofile&amp;u={i}" class="username">{_e(p.user)}</a></dt><dd class="profile-rank">{r.choice(("Registered User", "Site Admin", "Posts: a few", "Senior Member"))}</dd>'
            f'<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id={i}&amp;sr=posts">{r.randrange(1, 9000)}</a></dd><dd class="profile-joined"><strong>Joined:</strong> {r.choice(("Mon", "Tue", "Sat"))} {c.date()} {c.clock().lower()}</dd>'
            f"{'<dd class=profile-custom-field profile-phpbb_location><strong>Location:</strong> Leeds, UK</dd>' if r.random() < 0.5 else ''}</dl>"
            f'<div class="postbody"><div id="post_content{pid}"><h3 {"class=first" if i == 0 else ""}><a href="#p{pid}">{_e(subject)}</a></h3>'
            f'<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={pid}" title="Reply with quote" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>'
            f'<p class="author"><a class="unread" href="./viewtopic.php?p={pid}#p{pid}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="#" class="username">{_e(p.user)}</a></strong> » </span>{r.choice(("Mon", "Wed", "Fri"))} {c.date()} {c.clock().lower()}</p>'
            f'<div class="content">{quote}{_br(p.paras)}</div>{sig}</div></div><div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div><hr class="divider">'
        )
    action = '<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=1" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a><div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…"></fieldset></form></div>'
    action += f'<div class="pagination">{len(posts)} posts • Page <strong>1</strong> of <strong>1</strong></div></div>'
    online = c.chrome(f"Users browsing this forum: {c.nick()}, Bing [Bot] and {r.randrange(2, 40)} guests")
    body = (
        f'<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>{c.cookie()}<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Amateur Radio Board</h1><p>Antennas, rigs and everything in between</p></div></div></div>'
        '<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><span>Quick links</span></a></li><li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions"><span>FAQ</span></a></li><li class="rightside"><a href="./ucp.php?mode=login" title="Login"><span>Login</span></a></li><li class="rightside"><a href="./ucp.php?mode=register"><span>Register</span></a></li></ul>'
        '<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=3">Technical Help</a></span></li></ul></div></div></div>'
        f'<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=1">{_e(c.title)}</a></h2>{action}{items}{action}'
        '<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=3" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “Technical Help”</span></a></p></div>'
        f'<div class="stat-block online-list"><h3>Who is online</h3><p>{_e(online)}</p></div></div>'
        '<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span></li><li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside"><a href="/app.php/user/delete_cookies">Delete cookies</a></li></ul></div></div>'
        '<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p></div></div></div>'
    )
    return _page(f"{c.title} - Amateur Radio Board", body), gold_of(posts)


def vbulletin4(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(2, 9, quotes=0.3, sigs=0.45)
    items = ""
    for i, p in enumerate(posts):
        pid = r.randrange(10**6)
        quote = ""
        if p.quote:
            quote = f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div><div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="Quote"> Originally Posted by <strong>{p.quote[0]}</strong> <a href="showthread.php?p={pid - 9}#post{pid - 9}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post"></a></div><div class="message">{_br(p.quote[1])}</div></div></div></div>'
        sig = (
            f'<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{_e(p.sig)}</div></blockquote></div>'
            if p.sig
            else ""
        )
        items += (
            f'<li class="postbitlegacy postbitim postcontainer old" id="post_{pid}"><div class="posthead"><span class="postdate old"><span class="date">{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}-{r.randrange(2008, 2016)},&nbsp;<span class="time">{c.clock()}</span></span></span>'
            f'<span class="nodecontrols"><a name="post{pid}" href="showthread.php?p={pid}#post{pid}" class="postcounter">#{i + 1}</a><a id="postcount{pid}" name="{i + 1}"></a></span></div>'
            f'<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?u={i}" title="{p.user} is offline"><strong>{_e(p.user)}</strong></a></div><img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{p.user} is offline" border="0"></div>'
            f'<span class="usertitle">{r.choice(("Senior Member", "Junior Member", "Member", "Super Moderator"))}</span><a class="postuseravatar" href="member.php?u={i}" title="{p.user} is offline"><img src="customavatars/avatar{i}_2.gif" alt="{p.user}\'s Avatar" title="{p.user}\'s Avatar"></a><hr>'
            f'<dl class="userinfo_extra"><dt>Join Date</dt> <dd>{r.choice(_MONTHS)} {r.randrange(2003, 2014)}</dd> <dt>Location</dt> <dd>{r.choice(("Ohio", "Sydney", "Bristol, UK", "Ontario"))}</dd> <dt>Posts</dt> <dd>{r.randrange(1, 20000):,}</dd></dl>'
            f'<div class="imlinks"></div></div>'
            f'<div class="postbody"><div class="postrow has_after_content"><h2 class="title icon">{"" if i == 0 else "Re: "}{_e(c.title)}</h2><div class="content"><div id="post_message_{pid}"><blockquote class="postcontent restore ">{quote}{_br(p.paras)}</blockquote></div></div>{sig}</div><div class="cleardiv"></div></div></div>'
            f'<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><img style="display:none" id="progress_{pid}" src="images/misc/progress.gif" alt=""><a id="qrwq_{pid}" class="newreply" href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow" title="Reply With Quote"><img id="quoteimg_{pid}" src="clear.gif" alt="Reply With Quote">  Reply With Quote</a></span>'
            f'<span class="postlinking"><a href="report.php?p={pid}" rel="nofollow" title="Report Post" class="report"><img class="inlineimg" src="images/buttons/report-40b.png" alt="Report Post"></a></span></div></div><hr></li>'
        )
    pages = f'<div id="pagination_top" class="pagination_top"><form action="showthread.php" method="get" class="pagination popupmenu nohovermenu"><span><a href="javascript://" class="popupctrl">Page 1 of {r.randrange(2, 9)}</a></span><span class="selected"><a href="javascript://" title="Results 1 to {len(posts)} of {len(posts) + 20}">1</a></span><span><a href="showthread.php?t=1&amp;page=2">2</a></span><span class="separator">...</span><span class="prev_next"><a rel="next" href="showthread.php?t=1&amp;page=2" title="Next Page - Results 11 to 20"><img src="images/pagination/next-right.png" alt="Next"></a></span></form></div>'
    similar = "".join(
        f'<tr><td class="alt1"><a href="showthread.php?t={r.randrange(99999)}" title="">{_e(h)}</a></td><td class="alt2">{c.nick()}</td><td class="alt1">{r.randrange(1, 30)}</td></tr>'
        for h in c.heads(r.randrange(2, 5))
    )
    body = (
        f'<div class="above_body">{c.cookie()}<div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="Boat Owners Forum - Powered by vBulletin"></a></div>'
        '<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li><li><form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><div><div><input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" value="User Name"><input type="password" class="textbox" name="vb_login_password" id="navbar_password" size="10"><input type="submit" class="loginbutton" value="Log in"></div></div></fieldset><div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" class="cb_cookieuser_navbar" accesskey="c" tabindex="103"> Remember Me?</label></div></form></li></ul></div></div>'
        '<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">Forum</a></li><li><a class="navtab" href="search.php?do=getdaily">Today\'s Posts</a></li><li><a class="navtab" href="faq.php">FAQ</a></li><li><a class="navtab" href="calendar.php">Calendar</a></li></ul></div>'
        f'<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Home"></a></li><li class="navbit"><a href="forum.php">Forum</a></li><li class="navbit"><a href="forumdisplay.php?f=12">Maintenance &amp; Repair</a></li><li class="navbit lastnavbit"><span>{_e(c.title)}</span></li></ul><hr></div></div>'
        f'<div class="body_wrapper"><div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=1" title="Reload this Page">{_e(c.title)}</a></span></h1></div>'
        f'<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup"><li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">Thread Tools</a></h6></li><li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">Display</a></h6></li></ul></div></div>{pages}'
        f'<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">{items}</ol></div>{pages}'
        f'<div id="similarthreads" class="block"><h4 class="blockhead">Similar Threads</h4><div class="blockbody"><table class="similar">{similar}</table></div></div>'
        '<div class="options_block_container"><div class="options_block"><div class="collapse options_correct"><h4 class="blockhead">Posting Permissions</h4><div class="blockbody formcontrols floatcontainer"><div id="forumrules" class="info_subblock"><ul class="youcandoblock"><li>You <strong>may not</strong> post new threads</li><li>You <strong>may not</strong> post replies</li><li>You <strong>may not</strong> post attachments</li><li>You <strong>may not</strong> edit your posts</li></ul></div></div></div></div></div></div>'
        '<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow" accesskey="9">Contact Us</a></li><li><a href="archive/index.php">Archive</a></li><li><a href="#top" onclick="document.location.hash=\'top\'; return false;">Top</a></li></ul></div>'
        '<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin®</a> Version 4.2.5 <br>Copyright © 2024 vBulletin Solutions Inc. All rights reserved.</div><div id="footer_time" class="shade footer_time">All times are GMT -5. The time now is <span class="time">10:42 PM</span>.</div>'
    )
    return _page(f"{c.title} - Boat Owners Forum", body), gold_of(posts)


def ips4(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(2, 8, quotes=0.3, sigs=0.3)
    items = ""
    for i, p in enumerate(posts):
        cid = r.randrange(10**6)
        quote = ""
        if p.quote:
            quote = f'<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-username="{p.quote[0]}" data-cite="{p.quote[0]}"><div class="ipsQuote_citation">{p.quote[0]} said:</div><div class="ipsQuote_contents">{_ps(p.quote[1])}</div></blockquote>'
        sig = (
            f'<div data-role="memberSignature" class="ipsResponsive_showDesktop ipsResponsive_block"><hr class="ipsHr"><div class="ipsType_light ipsType_richText" data-ipslazyload=""><p>{_e(p.sig)}</p></div></div>'
            if p.sig
            else ""
        )
        rep = r.randrange(0, 9)
        items += (
            f'<article id="elComment_{cid}" class="cPost ipsBox ipsResponsive_pull  ipsComment  ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone    ">'
            f'<div class="cAuthorPane_mobile ipsResponsive_showPhone"><div class="cAuthorPane_photo"><a href="/profile/{i}-{p.user}/" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/monthly_2021_03/av.thumb.png.jpg" alt="{p.user}" loading="lazy"></a></div><div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center"><a href="/profile/{i}-{p.user}/" class="ipsType_break">{_e(p.user)}</a></h3></div></div>'
            f'<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="/profile/{i}-{p.user}/" class="ipsType_break">{_e(p.user)}</a></strong></h3>'
            f'<ul class="cAuthorPane_info ipsList_reset"><li data-role="photo" class="cAuthorPane_photo"><a href="/profile/{i}-{p.user}/" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/av.png" alt="{p.user}" loading="lazy"></a></li><li data-role="group">{r.choice(("Members", "Advanced Member", "Moderators", "Newcomers"))}</li>'
            f'<li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats"><li><a href="/profile/{i}/content/" title="{r.randrange(1, 5000)} posts" class="ipsType_blendLinks"><i class="fa fa-comment"></i> {r.randrange(1, 5000)}</a></li></ul></li></ul></aside>'
            f'<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-{cid}_wrap" data-controller="core.front.core.comment" class="ipsComment_content ipsType_medium"><div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_reset ipsComment_tools"><li><a href="#" data-ipsmenu="" class="ipsComment_ellipsis" title="More options..."><i class="fa fa-ellipsis-h"></i></a></li><li><a class="ipsType_blendLinks" href="/topic/1/?do=findComment&amp;comment={cid}" title="Share this post">#{i + 1}</a></li></ul></div>'
            f'<div class="ipsType_reset ipsResponsive_hidePhone"><a href="/topic/1/?do=findComment&amp;comment={cid}" class="ipsType_blendLinks">Posted <time datetime="2021-03-03T10:11:12Z" title="03/03/21 10:11  AM" data-short="{r.randrange(2, 9)} yr">{c.date()}</time></a>{" (edited)" if r.random() < 0.2 else ""}</div></div>'
            f'<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">{quote}{_ps(p.paras)}</div>'
            f'<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix "><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb " data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span><img src="/uploads/reactions/react_like.png" alt="Like" loading="lazy"><span>{rep}</span></span></li></ul></div></div></div>'
            f'<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li class="ipsHide" data-role="commentLoading"><span class="ipsLoading ipsLoading_tiny ipsLoading_noAnim"></span></li></ul></div>{sig}</div>'
            f'<div class="ipsMenu ipsMenu_wide ipsHide cPostShareMenu" id="elShareComment_{cid}_menu"><div class="ipsPad"><h4 class="ipsType_sectionHead">Share this post</h4><hr class="ipsHr"><h5 class="ipsType_normal ipsType_reset">Link to post</h5><input type="text" value="/topic/1/?do=findComment&amp;comment={cid}" class="ipsField_fullWidth"></div></div></div></div></article>'
        )
    recent = "".join(
        f'<li class="ipsDataItem"><div class="ipsDataItem_main"><a href="/topic/{r.randrange(9999)}/" class="ipsDataItem_title ipsType_break">{_e(h)}</a><br><span class="ipsType_light ipsType_small">By {c.nick()}, {c.ago()}</span></div></li>'
        for h in c.heads(r.randrange(3, 6))
    )
    body = (
        f'<div id="ipsLayout_header" class="ipsClearfix">{c.cookie()}<header><div class="ipsLayout_container ipsFlex ipsFlex-jc:between ipsFlex-ai:center"><div class="ipsFlex ipsFlex-ai:center ipsFlex-fg:1"><a href="/" id="elLogo" accesskey="1"><img src="/uploads/logo.png" alt="Photography Talk Forums"></a></div>'
        '<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li id="elSignInLink"><a href="/login/" data-ipsmenu-closeonclick="false" data-ipsmenu="" id="elUserSignIn">Existing user? Sign In  <i class="fa fa-caret-down"></i></a></li><li><a href="/register/" data-ipsdialog="" data-ipsdialog-size="narrow" data-ipsdialog-title="Sign Up" id="elRegisterButton" class="ipsButton ipsButton_normal ipsButton_primary">Sign Up</a></li></ul></div></header>'
        '<nav data-controller="core.front.core.navBar" class=" ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container "><ul data-role="primaryNavBar" class="ipsClearfix"><li id="elNavSecondary_1" data-role="navBarItem" data-navapp="core" data-navext="CustomItem"><a href="/" data-navitem-id="1">Browse</a></li><li><a href="/discover/">Activity</a></li><li><a href="/leaderboard/">Leaderboard</a></li></ul></div></nav></div>'
        f'<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper"><nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList"><li><a href="/" title="Home"><i class="fa fa-home"></i> Home <i class="fa fa-angle-right"></i></a></li><li><a href="/forum/3-gear/">Gear Talk <i class="fa fa-angle-right"></i></a></li><li>{_e(c.title)}</li></ul></nav>'
        f'<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>{_e(c.title)}</span></span></h1></div></div><hr class="ipsHr"><div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11"><div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By <a href="#">{_e(posts[0].user)}</a></span>, <span class="ipsType_light"><time>{c.date()}</time> in <a href="/forum/3-gear/">Gear Talk</a></span></p></div></div></div></div></div>'
        f'<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both "><li class="ipsToolList_primaryAction"><span class="ipsHide" data-role="replyButton"><a href="#replyForm" rel="nofollow" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth">Reply to this topic</a></span></li></ul></div>'
        f'<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-baseurl="/topic/1/" class="cTopic ipsClear ipsSpacer_top"><div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_light ipsPad">{items}</div>'
        '<div class="ipsAreaBackground ipsPad ipsBox ipsBox_transparent ipsSpacer_top" data-role="replyArea"><div class="ipsType_center ipsPad cGuestTeaser"><h2 class="ipsType_pageTitle">Create an account or sign in to comment</h2><p class="ipsType_light ipsType_normal ipsType_reset ipsSpacer_top ipsSpacer_half">You need to be a member in order to leave a comment</p>'
        '<div class="ipsBox ipsPad ipsSpacer_top"><div class="ipsGrid ipsGrid_collapsePhone"><div class="ipsGrid_span6 cGuestTeaser_left"><h2 class="ipsType_sectionHead">Create an account</h2><p class="ipsType_normal ipsType_reset ipsType_light ipsSpacer_bottom">Sign up for a new account in our community. It\'s easy!</p><a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">Register a new account</a></div><div class="ipsGrid_span6 cGuestTeaser_right"><h2 class="ipsType_sectionHead">Sign in</h2><p class="ipsType_normal ipsType_reset ipsType_light ipsSpacer_bottom">Already have an account? Sign in here.</p><a href="/login/" class="ipsButton ipsButton_primary ipsButton_small">Sign In Now</a></div></div></div></div></div></div></div></div>'
        f'<div id="ipsLayout_sidebar" class="ipsLayout_sidebarright " data-controller="core.front.widgets.sidebar"><div class="ipsWidget ipsWidget_vertical ipsBox"><h3 class="ipsType_reset ipsWidget_title">Recent Topics</h3><div class="ipsPad_half ipsWidget_inner"><ul class="ipsDataList ipsDataList_reducedSpacing">{recent}</ul></div></div></div></div></main>'
        '<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks"><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/contact/" data-ipsdialog="" data-ipsdialog-remotesubmit="" data-ipsdialog-flashmessage="Thanks, your message has been sent to the administrators." data-ipsdialog-title="Contact Us">Contact Us</a></li></ul><p id="elCopyright"><span id="elCopyright_userLine">Photography Talk</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>'
    )
    return _page(f"{c.title} - Gear Talk - Photography Talk Forums", body), gold_of(posts)


def _reddit_comment(c: Ctx, p: Post, kids: str) -> str:
    r = c.rng
    return (
        f'<div class=" thing id-t1_{r.randrange(10**8):x} noncollapsed   comment " id="thing_t1_{r.randrange(10**8):x}" data-author="{p.user}" data-type="comment" data-subreddit="homelab"><p class="parent"></p>'
        f'<div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div>'
        f'<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a href="/user/{p.user}" class="author may-blank id-t2_{r.randrange(10**6):x}">{_e(p.user)}</a><span class="userattrs"></span> <span class="score dislikes" title="{r.randrange(1, 300)}">{r.randrange(1, 300)} points</span> <time title="Tue Mar 3 10:11:12 2021 UTC" datetime="2021-03-03T10:11:12+00:00" class="live-timestamp">{c.ago()}</time>&#32;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">({r.randrange(0, 9)} children)</a></p>'
        f'<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, \'editusertext\')" id="form-t1_x"><input type="hidden" name="thing_id" value="t1_x"><div class="usertext-body may-blank-within md-container "><div class="md">{_ps(p.paras)}</div></div></form>'
        '<ul class="flat-list buttons"><li class="first"><a href="#" data-event-action="permalink" class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)" data-kind="comment" class="embed-comment" data-comment="x">embed</a></li><li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save</a></li><li><a href="#" data-event-action="parent" class="bylink" rel="nofollow">parent</a></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" data-event-action="report">report</a></li><li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" data-event-action="comment" onclick="return reply(this)">reply</a></li></ul>'
        f'<div class="reportform report-t1_x"></div></div><div class="child"><div id="siteTable_t1_x" class="sitetable listing">{kids}</div></div><div class="clearleft"></div></div><div class="clearleft"></div>'
    )


def old_reddit(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(2, 8)
    op, replies = posts[0], posts[1:]

    # a tree in page order: each reply nests under the one before it (depth + 1) or closes back to the top level
    def tree(items: list[Post]) -> str:
        if not items:
            return ""
        head, rest = items[0], items[1:]
        k = r.randrange(0, len(rest) + 1) if r.random() < 0.5 else 0
        return _reddit_comment(c, head, tree(rest[:k])) + tree(rest[k:])

    side = [c.chrome(c.prose(2)) for _ in range(r.randrange(2, 4))]
    rules = "".join(f"<li><p><strong>{j + 1}.</strong> {_e(s)}</p></li>" for j, s in enumerate(side))
    n = len(replies)
    body = (
        f'<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a><div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected title">my subreddits</span></div><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="/r/popular/" class="choice">popular</a></li><li><span class="separator">-</span><a href="/r/all/" class="choice">all</a></li></ul></div></div></div>'
        '<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname"><a href="/r/homelab/">homelab</a></span><ul class="tabmenu "><li class="selected"><a href="#" class="choice">comments</a></li><li><a href="#" class="choice">other discussions (1)</a></li></ul></div>'
        f'<div id="header-bottom-right"><span class="user">Want to join? <a href="/login" class="login-required login-link">Log in</a> or <a href="/register" class="login-link">sign up</a> in seconds.</span></div></div>{c.cookie()}'
        f'<div class="side"><div class="spacer"><form action="/r/homelab/search" id="search" role="search"><input type="text" name="q" placeholder="search" tabindex="20"></form></div><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/homelab/" class="hover">homelab</a></h1><span class="subscribers"><span class="number">{r.randrange(10, 900)},{r.randrange(100, 999)}</span> <span class="word">readers</span></span>'
        f'<div class="usertext-body may-blank-within md-container "><div class="md"><h2>Rules</h2><ol>{rules}</ol></div></div><div class="bottom">a community for {r.randrange(2, 15)} years</div></div></div></div>'
        f'<a name="content" id="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_x odd link self" data-author="{op.user}" data-type="link"><p class="parent"></p><span class="rank"></span><div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div><div class="score unvoted" title="{r.randrange(9, 900)}">{r.randrange(9, 900)}</div><div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>'
        f'<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title" href="/r/homelab/comments/x/" tabindex="1">{_e(c.title)}</a> <span class="linkflairlabel " title="Help">Help</span> <span class="domain">(<a href="/r/homelab/">self.homelab</a>)</span></p>'
        f'<p class="tagline ">submitted <time title="Tue Mar 3 10:11:12 2021 UTC" datetime="2021-03-03T10:11:12+00:00" class="live-timestamp">{c.ago()}</time> by <a href="/user/{op.user}" class="author may-blank id-t2_x">{_e(op.user)}</a></p>'
        f'<ul class="flat-list buttons"><li class="first"><a href="/r/homelab/comments/x/" data-event-action="comments" class="bylink comments may-blank" rel="nofollow">{n} comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a href="#">save</a></li><li><form action="/post/hide" method="post" class="state-button hide-button"><span><a href="javascript:void(0)" data-event-action="hide" onclick="change_state(this, \'hide\', hide_thing);">hide</a></span></form></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" data-event-action="report">report</a></li></ul>'
        f'<div class="expando "><form action="#" class="usertext warn-on-unload" id="form-t3_x"><div class="usertext-body may-blank-within md-container "><div class="md">{_ps(op.paras)}</div></div></form></div></div><div class="child"></div><div class="clearleft"></div></div></div>'
        f'<div class="commentarea"><div class="panestack-title"><span class="title">all {n} comments</span></div><div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop"><span class="selected">best</span></div></div></div>'
        f'<div class="sitetable nestedlisting" id="siteTable_t3_x">{tree(replies)}</div></div></div>'
        '<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">about</li><li><a href="/blog/" class="choice">blog</a></li><li><a href="/about/" class="choice">about</a></li><li><a href="/advertising/" class="choice">advertising</a></li><li><a href="/careers/" class="choice">careers</a></li></ul></div></div>'
        '<p class="bottommenu">Use of this site constitutes acceptance of our <a href="/help/useragreement">User Agreement</a> and <a href="/help/privacypolicy">Privacy Policy</a>. © 2024 reddit inc. All rights reserved.</p><p class="bottommenu">REDDIT and the ALIEN Logo are registered trademarks of reddit inc.</p></div>'
    )
    return _page(f"{c.title} : homelab", body), gold_of(posts)


def hn_table(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(3, 10)
    op, replies = posts[0], posts[1:]
    rows = ""
    depth = 0
    for p in replies:
        depth = max(0, min(depth + r.choice((-1, 0, 1, 1)), 5))
        first, more = p.paras[0], p.paras[1:]
        text = _e(first) + "".join(f"<p>{_e(x)}</p>" for x in more)
        rows += (
            f'<tr class="athing comtr" id="{r.randrange(10**7)}"><td><table border="0"><tr><td class="ind" indent="{depth}"><img src="s.gif" height="1" width="{depth * 40}"></td>'
            f'<td valign="top" class="votelinks"><center><a id="up_{r.randrange(10**7)}" href="vote?id=x&amp;how=up&amp;goto=item%3Fid%3D1"><div class="votearrow" title="upvote"></div></a></center></td>'
            f'<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id={p.user}" class="hnuser">{_e(p.user)}</a> <span class="age" title="2021-03-03T10:11:12"><a href="item?id=2">{c.ago()}</a></span> <span id="unv_2"></span><span class="navs"> | <a href="#3" class="clicky" aria-hidden="true">next</a> <a class="togg clicky" id="2" n="{r.randrange(1, 9)}" href="javascript:void(0)">[–]</a></span></span></div><br>'
            f'<div class="comment"><span class="commtext c00">{text}</span><div class="reply"><p><font size="1"><u><a href="reply?id=2&amp;goto=item%3Fid%3D1%232" rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>'
        )
    ask = r.random() < 0.7
    top = (
        f'<tr><td colspan="2"></td><td><div class="toptext">{_e(op.paras[0])}{"".join(f"<p>{_e(x)}</p>" for x in op.paras[1:])}</div></td></tr>'
        if ask
        else ""
    )
    gold = gold_of(posts if ask else replies)
    title = f"Ask HN: {c.title}" if ask else c.title
    site = (
        ""
        if ask
        else ' <span class="sitebit comhead"> (<a href="from?site=example.com"><span class="sitestr">example.com</span></a>)</span>'
    )
    body = (
        '<center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">'
        '<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a href="https://news.example.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>'
        '<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b><a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | <a href="jobs">jobs</a> | <a href="submit" rel="nofollow">submit</a></span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D1">login</a></span></td></tr></table></td></tr>'
        '<tr id="pagespace" title="" style="height:10px"></tr><tr><td><table class="fatitem" border="0">'
        f'<tr class="athing submission" id="1"><td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_1" href="vote?id=1&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span class="titleline"><a href="{"item?id=1" if ask else "https://example.com/story"}">{_e(title)}</a>{site}</span></td></tr>'
        f'<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_1">{r.randrange(5, 900)} points</span> by <a href="user?id={op.user}" class="hnuser">{_e(op.user)}</a> <span class="age" title="2021-03-03T10:11:12"><a href="item?id=1">{c.ago()}</a></span> <span id="unv_1"></span> | <a href="hide?id=1&amp;goto=item%3Fid%3D1">hide</a> | <a href="https://hn.algolia.com/?query=x">past</a> | <a href="fave?id=1&amp;auth=x">favorite</a> | <a href="item?id=1">{len(replies)}&nbsp;comments</a></span></td></tr>'
        f'{top}<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="1"><input type="hidden" name="goto" value="item?id=1"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br>'
        f'<table border="0" class="comment-tree">{rows}</table><br><br></td></tr>'
        '<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> | <a href="https://github.com/HackerNews/API">API</a> | <a href="security.html">Security</a> | <a href="legal">Legal</a> | <a href="apply">Apply to YC</a> | <a href="mailto:hn@example.com">Contact</a></span><br><br><form method="get" action="https://hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off" autocomplete="false"></form></center></td></tr></table></center>'
    )
    return _page(f"{title} | Hacker News", body), gold


def _said(p: Post, comment: str) -> str:
    p.comments.append(comment)
    return comment


def _se_post(c: Ctx, p: Post, verb: str, accepted: bool, tags: str) -> str:
    r = c.rng
    comments = ""
    for _ in range(r.randrange(0, 4)):
        comments += (
            f'<li id="comment-{r.randrange(10**8)}" class="comment js-comment " data-comment-owner-id="1" data-comment-score="{r.randrange(0, 9)}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide"><span title="number of \'useful comment\' votes received" class="cool">{r.randrange(1, 9)}</span></div></div>'
            f'<div class="comment-text  js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">{_e(_said(p, c.prose(1)))}</span><div class="d-inline-flex ai-center">–&nbsp;<a href="/users/1/{c.nick()}" title="{r.randrange(1, 99999)} reputation" class="comment-user">{c.nick()}</a></div>'
            f'<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment1_1"><span title="2019-03-03 11:00:00Z" class="relativetime-clean">{c.date()} at {r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}</span></a></span></div></div></li>'
        )
    votes = r.randrange(-2, 300)
    check = (
        '<div class="js-accepted-answer-indicator flex--item fc-green-700 py6 mtn8" data-s-tooltip-placement="right" title="Loading when this answer was accepted…" tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36" viewBox="0 0 36 36"><path d="m6 14 8 8L30 6v8L14 30l-8-8v-8Z"></path></svg></div></div>'
        if accepted
        else ""
    )
    edited = (
        f'<div class="flex--item mx8 fl-equal"><div class="user-info "><div class="user-action-time"><a href="/posts/1/revisions" title="show all edits to this post" class="js-gps-track">edited <span title="2019-03-05 10:11:12Z" class="relativetime">{c.date()} at 10:11</span></a></div><div class="user-gravatar32"></div><div class="user-details"><a href="/users/2/{c.nick()}">{c.nick()}</a></div></div></div>'
        if r.random() < 0.3
        else ""
    )
    kind = "question" if verb == "asked" else "answer"
    return (
        f'<div class="post-layout "><div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-stretch gs4 fc-black-200" data-post-id="1"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer " data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false" aria-label="Up vote" data-selected-classes="fc-theme-primary" aria-describedby="--stacks-s-tooltip-x"><svg aria-hidden="true" class="svg-icon iconArrowUpLg" width="36" height="36" viewBox="0 0 36 36"><path d="M2 25h32L18 9 2 25Z"></path></svg></button>'
        f'<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="{votes}">{votes}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer " aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon iconArrowDownLg" width="36" height="36" viewBox="0 0 36 36"><path d="M2 11h32L18 27 2 11Z"></path></svg></button>'
        f'<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" id="saves-btn-1" data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false" data-post-id="1" data-post-type-id="1" data-user-privilege-for-post-click="0" aria-describedby="--stacks-s-tooltip-y"><svg aria-hidden="true" class="fc-theme-primary-500 js-saves-btn-selected d-none svg-icon iconBookmark" width="18" height="18" viewBox="0 0 18 18"><path d="M3 17V3c0-1.1.9-2 2-2h8a2 2 0 0 1 2 2v14l-6-4-6 4Z"></path></svg></button>{check}'
        f'<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/1/timeline" data-shortcut="T" data-ks-title="timeline" data-controller="s-tooltip" data-s-tooltip-placement="right" aria-label="Timeline" aria-describedby="--stacks-s-tooltip-z"><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19" height="18" viewBox="0 0 19 18"><path d="M3 9a8 8 0 1 1 3.73 6.77L8.2 14.3A6 6 0 1 0 5 9l3.01-.01-4 4-4-4h3L3 9Zm7-4h1.01L11 9.36l3.22 2.1-.6.93L10 10V5Z"></path></svg></a></div></div>'
        f'<div class="{kind}cell post-layout--right"><div class="s-prose js-post-body" itemprop="text">{_ps(p.paras)}</div>{tags}'
        f'<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="1" data-post-type-id="1"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/1" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this {kind}" data-controller="se-share-sheet" data-se-share-sheet-title="Share a link to this {kind}" data-se-share-sheet-subtitle="" data-se-share-sheet-post-type="{kind}" data-se-share-sheet-social="facebook twitter devto" data-se-share-sheet-location="1" data-se-share-sheet-license-url="https%3a%2f%2fcreativecommons.org%2flicenses%2fby-sa%2f4.0%2f" data-se-share-sheet-license-name="CC BY-SA 4.0" data-s-popover-placement="bottom-start">Share</a></div>'
        f'<div class="flex--item"><a href="/posts/1/edit" class="js-suggest-edit-post js-gps-track" data-gps-track="post.click({{ item: 6, priv: 0, post_type: 1 }})" title="">Improve this {kind}</a></div><div class="flex--item"><button type="button" id="btnFollowPost-1" class="s-btn s-btn__link js-follow-post js-follow-{kind} js-gps-track" data-controller="s-tooltip " data-s-tooltip-placement="bottom" data-s-popover-placement="bottom" aria-controls="">Follow</button></div></div></div></div>'
        f'{edited}<div class="post-signature {"owner " if verb == "asked" else ""}flex--item"><div class="user-info user-hover"><div class="user-action-time">{verb} <span title="2019-03-03 10:11:12Z" class="relativetime">{c.date()} at {r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}</span></div><div class="user-gravatar32" data-gravatar="1"><a href="/users/1/{p.user}"><div class="gravatar-wrapper-32"><img src="https://www.gravatar.com/avatar/x?s=64&amp;d=identicon&amp;r=PG" alt="{p.user}\'s user avatar" width="32" height="32" class="bar-sm"></div></a></div>'
        f'<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/1/{p.user}">{_e(p.user)}</a><span class="d-none" itemprop="name">{_e(p.user)}</span><div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">{r.randrange(1, 99)}.{r.randrange(10)}k</span><span title="{r.randrange(1, 9)} gold badges" aria-hidden="true"><span class="badge1"></span><span class="badgecount">{r.randrange(1, 9)}</span></span><span title="{r.randrange(10, 90)} silver badges" aria-hidden="true"><span class="badge2"></span><span class="badgecount">{r.randrange(10, 90)}</span></span><span title="{r.randrange(10, 90)} bronze badges" aria-hidden="true"><span class="badge3"></span><span class="badgecount">{r.randrange(10, 90)}</span></span></div></div></div></div></div></div></div>'
        f'<span class="d-none" itemprop="commentCount">{comments.count("<li ")}</span><div class="post-layout--right js-post-comments-component"><div id="comments-1" class="comments js-comments-container bt bc-black-075 mt12 " data-post-id="1" data-min-length="15"><ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-cansee="true" data-comments-unavailable="false" data-addlink-disabled="true">{comments}</ul></div>'
        f'<div id="comments-link-1" data-rep="50" data-anon="true"><a class="js-add-link comments-link dno" title="Use comments to ask for more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a><span class="js-link-separator dno">&nbsp;|&nbsp;</span></div></div></div>'
    )


def stackexchange(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(1, 5)
    q, answers = posts[0], posts[1:]
    tags = "".join(
        f'<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/{t}" class="post-tag" title="show questions tagged \'{t}\'" aria-label="show questions tagged \'{t}\'" rel="tag" aria-labelledby="tag-{t}-tooltip-container">{t}</a></li>'
        for t in r.sample(["linux", "networking", "python", "bash", "permissions", "ssh", "backup", "performance"], 3)
    )
    tag_html = f'<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">{tags}</ul></div></div></div>'
    acc = r.randrange(len(answers)) if answers and r.random() < 0.6 else -1
    ans = "".join(
        f'<a name="{r.randrange(10**7)}"></a><div id="answer-{r.randrange(10**7)}" class="answer js-answer{" accepted-answer js-accepted-answer" if j == acc else ""}" data-answerid="1" data-parentid="1" data-score="{r.randrange(0, 300)}" data-position-on-page="{j + 1}" itemprop="{"acceptedAnswer" if j == acc else "suggestedAnswer"}" itemscope itemtype="https://schema.org/Answer">{_se_post(c, a, "answered", j == acc, "")}</div>'
        for j, a in enumerate(answers)
    )
    hot = "".join(
        f'<li><div class="favicon favicon-superuser" title="Super User"></div><a href="https://superuser.com/questions/{r.randrange(10**6)}/x" class="js-gps-track question-hyperlink mb0">{_e(h)}</a></li>'
        for h in c.heads(r.randrange(4, 7))
    )
    linked = "".join(
        f'<div class="spacer js-gps-track"><a href="/q/{r.randrange(10**6)}" title="Question score (highest is best)"><div class="answer-votes answered-accepted default">{r.randrange(1, 99)}</div></a><a href="/questions/{r.randrange(10**6)}/x" class="question-hyperlink">{_e(h)}</a></div>'
        for h in c.heads(r.randrange(2, 5))
    )
    n = len(answers)
    header = f'<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="{n}">{n} Answer{"s" if n != 1 else ""}<span style="display:none;" itemprop="answerCount">{n}</span></h2></div><div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column lh-sm"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label><a class="flex--item fs-fine d-none" href="/questions/1?answertab=scoredesc#tab-top" data-controller="" data-s-tooltip-placement="bottom" title="">Reset to default</a></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option><option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>'
    body = (
        f'{c.cookie()}<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a><a class="s-topbar--logo" href="https://serverfault.example.com"><span class="-img _glyph">Server Fault</span></a>'
        '<ol class="s-navigation" role="presentation"><li class="md:d-none"><a href="/about" class="s-navigation--item js-gps-track">About</a></li><li><a href="/teams" class="s-navigation--item js-gps-track">For Teams</a></li></ol><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar " autocomplete="off"><div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Search…" value="" autocomplete="off" maxlength="240" class="s-input s-input__search js-search-field wmn1 " aria-label="Search" aria-controls="top-search"></div></form>'
        '<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="/users/login" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow" role="menuitem">Log in</a></li><li role="none"><a href="/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow" role="menuitem">Sign up</a></li></ol></nav></div></header>'
        '<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links"><li class="ps-relative"><a href="/" class="pl8 js-gps-track nav-links--link" aria-controls="" data-controller="" data-s-popover-placement="right" aria-current="false"><div class="d-flex ai-center"><div class="flex--item truncate"> Home </div></div></a></li><li><a id="nav-questions" href="/questions" class="js-gps-track nav-links--link -link__with-icon">Questions</a></li><li><a id="nav-tags" href="/tags" class="js-gps-track nav-links--link">Tags</a></li><li><a id="nav-users" href="/users" class="js-gps-track nav-links--link">Users</a></li></ol></nav></div></div>'
        f'<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/1/x" class="question-hyperlink">{_e(c.title)}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ml12 aside-cta flex--item print:d-none sm:ml0 sm:mb12 sm:order-first sm:as-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div></div>'
        f'<div class="d-flex fw-wrap pb8 mb16 bb bc-black-075"><div class="flex--item ws-nowrap mr16 mb8" title="2019-03-03 10:11:12Z"><span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="2019-03-03T10:11:12">{r.randrange(2, 9)} years ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit" title="2023-01-01 10:11:12Z">{r.randrange(1, 12)} months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 12,345 times"><span class="fc-black-400 mr2">Viewed</span>{r.randrange(100, 90000):,} times</div></div>'
        f'<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="1" data-position-on-page="0" data-score="{r.randrange(0, 90)}" id="question">{_se_post(c, q, "asked", False, tag_html)}</div>'
        f'<div id="answers"><a name="tab-top"></a>{header}{ans}'
        f'<h2 class="bottom-notice" data-loc="1">Not the answer you\'re looking for? Browse other questions tagged <a href="/questions/tagged/linux" class="post-tag" title="show questions tagged \'linux\'" rel="tag">linux</a> or <a href="/questions/ask">ask your own question</a>.</h2></div></div>'
        f'<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d-flex fd-column">The Overflow Blog</div><li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm" width="14" height="14" viewBox="0 0 14 14"><path fill="#000" d="m11.1 1.71 1.13 1.12c.2.2.2.51 0 .71L11.1 4.7 9.21 2.86l1.17-1.15c.2-.2.51-.2.71 0ZM2 10.12l6.37-6.43 1.88 1.88L3.88 12H2v-1.88Z"></path></svg></div><div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/x" class="js-gps-track" title="{_e(c.heads(1)[0])}">{_e(c.heads(1)[0])}</a></div></li></ul></div>'
        f'<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked" data-tracker="lq=1">{linked}</div></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul>{hot}</ul></div></div></div></div></div></div>'
        '<footer id="footer" class="site-footer js-footer theme-light__forced" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col site-footer--col__visible js-footer-col" data-name="default"><h5 class="-title"><a href="https://serverfault.example.com" class="js-gps-track">Server Fault</a></h5><ul class="-list js-primary-footer-links"><li class="-item"><a href="/tour" class="js-gps-track -link">Tour</a></li><li class="-item"><a href="/help" class="js-gps-track -link">Help</a></li><li class="-item"><a href="/chat" class="js-gps-track -link">Chat</a></li><li class="-item"><a href="/contact" class="js-gps-track -link">Contact</a></li></ul></div></nav>'
        '<div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo © 2024 Stack Exchange Inc; user contributions licensed under <span class="td-underline"><a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span>. <span id="svnrev">rev 2024.3.1.1234</span></p></div></div></footer>'
    )
    return _page(f"{c.title} - Server Fault", body), [x for p in posts for x in (*p.paras, *p.comments)]


def github_issue(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(1, 7)
    items = ""
    labels = ("bug", "enhancement", "needs-triage", "documentation")
    for i, p in enumerate(posts):
        react = (
            f'<div class="comment-reactions flex-items-center border-top js-reactions-container"><div class="js-comment-reactions-options d-flex flex-items-center flex-row flex-wrap"><button class="social-reaction-summary-item js-reaction-group-button btn-link d-flex no-underline color-fg-muted flex-items-baseline mr-2" type="submit" aria-label="{r.randrange(1, 20)} people reacted with thumbs up emoji"><g-emoji class="social-button-emoji" alias="+1">👍</g-emoji><span class="js-discussion-reaction-group-count">{r.randrange(1, 20)}</span></button></div></div>'
            if r.random() < 0.4
            else ""
        )
        badge = (
            '<span class="Label tooltipped tooltipped-multiline tooltipped-s" aria-label="This user is the author of this issue.">Author</span>'
            if i and r.random() < 0.4
            else (
                '<span class="Label ml-1" aria-label="This user is a member of the organization.">Member</span>'
                if r.random() < 0.3
                else ""
            )
        )
        items += (
            f'<div class="js-timeline-item js-timeline-progressive-focus-container" data-gid="IC_{r.randrange(10**9)}"><div class="TimelineItem js-comment-container" data-gid="x" data-url="/_render_node/x/timeline/issue_comment"><div class="avatar-parent-child TimelineItem-avatar d-none d-md-block"><a class="d-inline-block" href="/{p.user}"><img class="avatar rounded-2 avatar-user" src="https://avatars.githubusercontent.com/u/{i}?s=80&amp;v=4" width="40" height="40" alt="@{p.user}"></a></div>'
            f'<div class="timeline-comment-group js-minimizable-comment-group js-targetable-element TimelineItem-body my-0" id="issuecomment-{r.randrange(10**9)}"><div class="ml-n3 timeline-comment unminimized-comment comment previewable-edit js-task-list-container js-comment timeline-comment--caret" data-body-version="x">'
            f'<div class="timeline-comment-header clearfix d-flex" data-morpheus-enabled="false"><div class="timeline-comment-actions flex-justify-end d-none d-md-flex notranslate" role="group" aria-label="Comment actions"><details class="details-overlay details-reset position-relative d-inline-block"><summary class="timeline-comment-action Link--secondary btn-link" role="button" aria-haspopup="menu"><svg aria-label="Show options" class="octicon octicon-kebab-horizontal" height="16" viewBox="0 0 16 16" version="1.1" width="16"><path d="M8 9a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM1.5 9a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm13 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"></path></svg></summary></details></div>{badge}'
            f'<h3 class="f5 text-normal" style="flex: 1 1 auto"><div class="d-flex"><div class="timeline-comment-header-text flex-auto d-flex flex-items-center flex-wrap"><strong class="css-truncate"><a class="author Link--primary text-bold css-overflow-wrap-anywhere " show_full_name="false" data-hovercard-type="user" data-hovercard-url="/users/{p.user}/hovercard" href="/{p.user}">{_e(p.user)}</a></strong> commented <a href="#issuecomment-1" id="issuecomment-1-permalink" class="Link--secondary js-timestamp"><relative-time datetime="2021-03-03T10:11:12Z" class="no-wrap">{c.date()}</relative-time></a></div></div></h3></div>'
            f'<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain" data-paste-markdown-skip><tbody class="d-block"><tr class="d-block"><td class="d-block comment-body markdown-body  js-comment-body">{_ps(p.paras)}</td></tr></tbody></table></task-lists></div>{react}</div></div></div></div>'
        )
        if r.random() < 0.35:
            what = r.choice(
                (
                    f'added the <a href="/o/r/labels/x" class="IssueLabel hx_IssueLabel" data-name="{r.choice(labels)}" style="--label-r:215;--label-g:58;--label-b:74;" data-view-component="true">{r.choice(labels)}</a> label',
                    "self-assigned this",
                    f'mentioned this issue <a href="/o/r/pull/{r.randrange(9999)}">#{r.randrange(9999)}</a>',
                    f'changed the title <del class="markdown-title">{_e(c.title[:30])}</del> <ins class="markdown-title">{_e(c.title)}</ins>',
                )
            )
            items += f'<div class="js-timeline-item js-timeline-progressive-focus-container" data-gid="LE_x"><div class="TimelineItem js-targetable-element" id="event-{r.randrange(10**9)}"><div class="TimelineItem-badge"><svg height="16" class="octicon octicon-tag" viewBox="0 0 16 16" version="1.1" width="16" aria-hidden="true"><path d="M1 7.775V2.75C1 1.784 1.784 1 2.75 1h5.025c.464 0 .91.184 1.238.513l6.25 6.25a1.75 1.75 0 0 1 0 2.474l-5.026 5.026a1.75 1.75 0 0 1-2.474 0l-6.25-6.25A1.752 1.752 0 0 1 1 7.775Z"></path></svg></div><div class="TimelineItem-body"><a class="d-inline-block" href="/{c.nick()}"><img class="avatar avatar-user" src="x" width="20" height="20" alt="@x"></a> <a class="author Link--primary text-bold" href="/x">{c.nick()}</a> {what} <a href="#event-1" class="Link--secondary"><relative-time datetime="2021-03-04T10:11:12Z" class="no-wrap">{c.date()}</relative-time></a></div></div></div>'
    closed = r.random() < 0.5
    if closed:
        items += f'<div class="js-timeline-item" data-gid="CE_x"><div class="TimelineItem js-targetable-element"><div class="TimelineItem-badge color-fg-on-emphasis color-bg-done-emphasis"><svg class="octicon octicon-issue-closed" viewBox="0 0 16 16" width="16" height="16"></svg></div><div class="TimelineItem-body"><a class="author Link--primary text-bold" href="/x">{c.nick()}</a> closed this as <a href="#" class="Link--secondary">completed</a> in <a href="/o/r/pull/{r.randrange(9999)}" class="Link--primary text-bold">#{r.randrange(9999)}</a> <relative-time datetime="2021-03-05T10:11:12Z" class="no-wrap">{c.date()}</relative-time></div></div></div>'
    n = len(posts) - 1
    side = (
        '<div id="partial-discussion-sidebar" class="flex-shrink-0 col-12 col-md-3 mb-4 mb-md-0"><div class="discussion-sidebar-item sidebar-assignee js-discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Assignees</div><span class="css-truncate js-issue-assignees"> No one assigned </span></div>'
        f'<div class="discussion-sidebar-item sidebar-labels js-discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Labels</div><div class="js-issue-labels d-flex flex-wrap"><a class="IssueLabel hx_IssueLabel width-fit mb-1 mr-1" href="/o/r/labels/bug"><span class="css-truncate css-truncate-target width-fit">{r.choice(labels)}</span></a></div></div>'
        '<div class="discussion-sidebar-item js-discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Projects</div><span class="css-truncate sidebar-progress-bar">None yet</span></div><div class="discussion-sidebar-item sidebar-milestone js-discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Milestone</div> No milestone </div>'
        '<div class="discussion-sidebar-item js-discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Development</div><p>No branches or pull requests</p></div>'
        f'<div class="discussion-sidebar-item"><div class="participation"><div class="discussion-sidebar-heading text-bold">{len({p.user for p in posts})} participants</div><div class="participation-avatars d-flex flex-wrap"><a class="participant-avatar" href="/x"><img class="avatar avatar-user" src="x" width="26" height="26" alt="@x"></a></div></div></div></div>'
    )
    body = (
        f'{c.cookie()}<header class="Header-old header-logged-out js-details-container Details position-relative f4 py-3" role="banner"><div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 16 16" version="1.1" width="32" class="octicon octicon-mark-github"></svg></a>'
        '<div class="HeaderMenu--logged-out p-responsive height-fit position-lg-relative d-lg-flex flex-column flex-auto pt-7 pb-4 top-0"><nav class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0" aria-label="Global"><ul class="d-lg-flex list-style-none"><li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><button class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-3 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" type="button" aria-expanded="false">Product</button></li><li><button class="HeaderMenu-link" type="button">Solutions</button></li><li><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="/pricing">Pricing</a></li></ul></nav>'
        '<div class="position-relative mr-lg-3 d-lg-inline-block"><a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in flex-shrink-0 no-underline d-block d-lg-inline-block border border-lg-0 rounded rounded-lg-0 p-2 p-lg-0">Sign in</a></div><a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up flex-shrink-0 d-none d-lg-inline-block no-underline border color-border-default rounded px-2 py-1">Sign up</a></div></div></header>'
        f'<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-md-4 px-lg-5"><div class="flex-auto min-width-0 width-fit mr-3"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/acme">acme</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/acme/widget">widget</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div></div>'
        '<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none"><li class="d-inline-flex"><a class="UnderlineNav-item" href="/acme/widget">Code</a></li><li class="d-inline-flex"><a class="UnderlineNav-item selected" href="/acme/widget/issues" aria-current="page">Issues <span class="Counter">312</span></a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/acme/widget/pulls">Pull requests <span class="Counter">41</span></a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/acme/widget/actions">Actions</a></li></ul></nav></div>'
        f'<div class="clearfix container-xl px-3 px-md-4 px-lg-5 mt-4"><div id="show_issue" class="js-issues-results js-socket-channel js-updatable-content"><div id="partial-discussion-header" class="gh-header mb-3 js-details-container Details js-socket-channel js-updatable-content issue"><div class="gh-header-show "><h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><bdi class="js-issue-title markdown-title">{_e(c.title)}</bdi> <span class="f1-light color-fg-muted">#{r.randrange(100, 9999)}</span></h1></div>'
        f'<div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div class="flex-shrink-0 mb-2 flex-self-start flex-md-self-center"><span title="Status: {"Closed" if closed else "Open"}" class="State State--{"merged" if closed else "open"} d-flex flex-items-center">{"Closed" if closed else "Open"}</span></div><div class="flex-auto min-width-0 mb-2"><a class="author Link--secondary text-bold css-overflow-wrap-anywhere " href="/{posts[0].user}">{_e(posts[0].user)}</a> opened this issue <relative-time datetime="2021-03-03T10:11:12Z" class="no-wrap">{c.date()}</relative-time> · {n} comment{"s" if n != 1 else ""}</div></div></div>'
        f'<div id="discussion_bucket" class="pull-discussion-timeline js-discussion-container"><div class="gutter-condensed gutter-lg flex-column flex-md-row d-flex"><div class="flex-shrink-0 col-12 col-md-9 mb-4 mb-md-0"><div class="js-quote-selection-container" data-quote-markdown=".js-comment-body"><div class="js-discussion js-socket-channel ml-0 pl-0 ml-md-6 pl-md-3">{items}</div>'
        '<div class="discussion-timeline-actions"><div class="flash flash-warn mt-3"><a rel="nofollow" class="btn btn-primary" href="/signup">Sign up for free</a> <strong>to join this conversation on GitHub</strong>. Already have an account? <a rel="nofollow" href="/login">Sign in to comment</a></div></div></div></div>'
        f"{side}</div></div></div></div></main>"
        '<footer class="footer width-full container-xl p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="position-relative d-flex flex-items-center pb-2 f6 color-fg-muted border-top color-border-muted flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap mt-6 pt-6"><ul class="list-style-none d-flex flex-wrap col-0 col-lg-2 flex-justify-start flex-lg-justify-between mb-2 mb-lg-0"><li class="mt-2 mt-lg-0 d-flex flex-items-center"><span>© 2024 GitHub, Inc.</span></li></ul><ul class="list-style-none d-flex flex-wrap col-12 col-lg-8 flex-justify-center flex-lg-justify-between mb-2 mb-lg-0"><li class="mr-3"><a href="/site/terms">Terms</a></li><li class="mr-3"><a href="/site/privacy">Privacy</a></li><li class="mr-3"><a href="/security">Security</a></li><li class="mr-3"><a href="https://www.githubstatus.com/">Status</a></li><li class="mr-3"><a href="https://docs.github.com">Docs</a></li></ul></div></footer>'
    )
    return _page(f"{c.title} · Issue #{r.randrange(100, 9999)} · acme/widget · GitHub", body), gold_of(posts)


def _wrap(text: str, width: int = 72) -> str:
    lines: list[str] = []
    line = ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return "\n".join([*lines, line])


def pipermail(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    rest = list(c.paras)
    paras = [rest.pop(0) for _ in range(min(len(rest), r.randrange(2, 6)))]
    user = r.choice(("Martin Olsen", "Priya Raman", "Kevin O'Brien", "Sue Whitfield", "Tomas Novak"))
    first = user.split()[0]
    list_name = r.choice(("Gardeners-users", "netbsd-help", "Linux-audio-user", "Birders-discuss"))
    greet = r.random() < 0.5
    sig = c.chrome(r.choice(_SIGS))
    text = ""
    if greet:
        text += "Hi all,\n\n"
    text += "\n\n".join(_wrap(_e(p)) for p in paras)
    text += f"\n\nCheers,\n{first}\n\n-- \n{_e(user)}\n{_e(sig)}\n"
    nav = (
        f'<ul><li>Previous message: <a href="{r.randrange(9999):06d}.html">[{list_name}] {_e(c.heads(1)[0])}</a></li>'
        f'<li>Next message: <a href="{r.randrange(9999):06d}.html">[{list_name}] {_e(c.heads(1)[0])}</a></li>'
        '<li> <b>Messages sorted by:</b> <a href="date.html#1">[ date ]</a> <a href="thread.html#1">[ thread ]</a> <a href="subject.html#1">[ subject ]</a> <a href="author.html#1">[ author ]</a></li></ul>'
    )
    body = (
        f'<body bgcolor="#ffffff"><h1>[{list_name}] {_e(c.title)}</h1><b>{_e(user)}</b> <a href="mailto:{list_name.lower()}%40lists.example.org?Subject=Re%3A%20x&amp;In-Reply-To=%3C1%40example.org%3E" title="[{list_name}] {_e(c.title)}">{first.lower()} at example.org</a><br>'
        f"<i>{r.choice(('Mon', 'Tue', 'Wed', 'Thu'))} {r.choice(_MONTHS)} {r.randrange(1, 29)} {r.randrange(10, 23)}:{r.randrange(10, 59)}:{r.randrange(10, 59)} UTC {r.randrange(2003, 2020)}</i><p><!--htdig_noindex-->{nav}<hr><!--/htdig_noindex-->"
        f"<!--beginarticle-->\n<pre>{text}</pre>\n\n<!--endarticle-->\n<!--htdig_noindex--><hr><p>{nav}"
        f'<hr><a href="https://lists.example.org/mailman/listinfo/{list_name.lower()}">More information about the {list_name}\nmailing list</a><br>\n<!--/htdig_noindex--></body>'
    )
    html = f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML><HEAD><TITLE> [{list_name}] {_e(c.title)}</TITLE><LINK REL="Index" HREF="index.html"><META NAME="robots" CONTENT="index,nofollow"><META http-equiv="Content-Type" content="text/html; charset=us-ascii"><LINK REL="Previous" HREF="1.html"><LINK REL="Next" HREF="2.html"></HEAD>{body}</HTML>'
    return html, paras  # the greeting and the sign-off are in neither the gold nor the must-not list


def hyperkitty(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(1, 6)
    list_name = r.choice(("users@lists.example.org", "devel@lists.example.org", "discuss@lists.example.org"))

    def email(p: Post, first: bool) -> str:
        return (
            f'<div class="email{" email-first" if first else ""}"><div id="{r.randrange(10**6)}" class="email-header"><div class="gravatar"><img class="gravatar" src="https://secure.gravatar.com/avatar/x.jpg?s=120&amp;d=mm&amp;r=g" width="120" height="120" alt=""></div>'
            f'<div class="email-author"><span class="name"><a href="/hyperkitty/users/{r.randrange(9999)}/" title="See the profile for {p.user}">{_e(p.user)}</a></span><br><span class="rank">{r.randrange(1, 900)} posts</span></div>'
            f'<div class="email-date right"><span class="date d-none d-sm-inline">{r.choice(("Mon", "Tue", "Wed"))}, {c.date()}</span><br><span class="time d-none d-sm-inline" title="{c.date()}">{c.clock().lower().replace("am", "a.m.").replace("pm", "p.m.")}</span></div>'
            f'<div class="messagelink right"><a href="/hyperkitty/list/{list_name}/message/X/" title="Permalink for this message"><i class="fa fa-link"></i></a></div></div>'
            f'<div class="email-body ">{"<br><br>".join(_e(x) for x in p.paras)}</div>'
            f'<div class="email-info"><div class="likeform-wrapper right"><form method="post" class="likeform" action="/hyperkitty/list/{list_name}/message/X/vote"><input type="hidden" name="csrfmiddlewaretoken" value="x"><a class="youlike vote disabled" title="You must be logged-in to vote." href="#like" data-vote="1"><i class="fa fa-thumbs-o-up"></i> 0</a></form></div>'
            f'<ul class="list-inline"><li class="list-inline-item"><a class="reply reply-mailto" title="Sign in to reply online" href="mailto:{list_name}?Subject=Re:%20x"><i class="fa fa-reply"></i> Reply</a></li></ul></div></div>'
        )

    replies = "".join(f'<div class="even"><div class="reply-header"></div>{email(p, False)}</div>' for p in posts[1:])
    parts = "".join(
        f'<li class="list-group-item"><img class="gravatar" src="x" width="20" height="20" alt="">{p.user}</li>'
        for p in posts
    )
    body = (
        f'{c.cookie()}<nav class="navbar sticky-top navbar-light bg-light navbar-expand-md"><div class="container"><div class="navbar-header col-md"><a class="navbar-brand" href="/archives/" title="HyperKitty">HyperKitty</a></div><div class="collapse navbar-collapse" id="navbarSupportedContent"><ul class="nav navbar-nav ml-auto"><li class="nav-item"><a href="/accounts/login/" class="nav-link"><span class="fa fa-sign-in"></span> Sign In</a></li><li class="nav-item"><a href="/accounts/signup/" class="nav-link"><span class="fa fa-user-plus"></span> Sign Up</a></li></ul></div></div></nav>'
        f'<div class="modal fade" tabindex="-1" role="dialog" id="keyboard-shortcuts"><div class="modal-dialog" role="document"><div class="modal-content"><div class="modal-header"><h4 class="modal-title">Keyboard Shortcuts</h4></div><div class="modal-body"><h3>Thread View</h3><ul><li><code>j</code>: Next unread message </li><li><code>k</code>: Previous unread message </li><li><code>j a</code>: Jump to all threads</li></ul></div></div></div></div>'
        f'<div class="container"><div class="row"><div class="d-none d-md-block col-sm-2"><div class="row"><div class="col-12 accordion" id="months-list"><div class="card"><div class="card-header"><h3 class="card-title btn btn-link"><a data-toggle="collapse" data-target="#collapse0">2024</a></h3></div><div id="collapse0" class="panel-collapse collapse show"><div class="card-body"><ul class="list-unstyled"><li><a href="/hyperkitty/list/{list_name}/2024/3/">March</a></li><li><a href="/hyperkitty/list/{list_name}/2024/2/">February</a></li><li><a href="/hyperkitty/list/{list_name}/2024/1/">January</a></li></ul></div></div></div></div></div></div>'
        f'<div class="col-12 col-md-10"><div class="message-header row"><div class="col-tn-2 message-back"><a href="/hyperkitty/list/{list_name}/"><span class="fa fa-chevron-left icon"></span><span class="d-none d-md-inline hidden-tn hidden-xs">thread list</span></a></div><div class="col-10"><h1>{list_name}</h1></div></div>'
        f'<div class="row view-thread d-none d-md-flex"><div class="col-4"><a id="thread-older" href="#" title="Older thread"><span class="fa fa-chevron-left"></span> Older</a></div><div class="col-4"></div><div class="col-4 right"><a id="thread-newer" href="#" title="Newer thread">Newer <span class="fa fa-chevron-right"></span></a></div></div>'
        f'<div class="row"><div class="col-sm-12 col-md-9"><div class="thread-header"><h2><span>{_e(c.title)}</span></h2></div><div class="thread-content">{email(posts[0], True)}<div class="replies">{replies}</div></div></div>'
        f'<div class="col-sm-12 col-md-3"><section id="thread-overview-info"><p id="thread-date-info">First post: {c.date()}<br>Last post: {c.date()}</p><p><span class="fa fa-user"></span> {len(posts)} participants<br><span class="fa fa-comments"></span> {len(posts)} comments</p>'
        f'<div id="participants"><span class="participant-title">participants ({len(posts)})</span><ul class="list-unstyled">{parts}</ul></div><div id="add-to-favorites" class="favorite"><a class="btn btn-outline-primary btn-sm" href="#AddFav">Add to favorites</a></div><p class="d-none d-md-block"><a class="btn btn-sm btn-outline-secondary" href="#">Show replies by date</a></p></section></div></div></div></div></div>'
        '<footer class="footer"><div class="container"><p class="text-muted">Powered by <a href="http://hyperkitty.readthedocs.org">HyperKitty</a> version 1.3.7.</p></div></footer>'
    )
    return _page(f"{c.title} - {list_name} - Example Lists", body), gold_of(posts)


def flarum(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(2, 9)
    arts = "".join(
        f'<article><div class="PostUser"><h3 class="PostUser-name">{_e(p.user)}</h3></div><div class="Post-body">{_ps(p.paras)}</div></article><hr>'
        for p in posts
    )
    more = '<a href="?page=2">Next Page &raquo;</a>' if r.random() < 0.5 else ""
    body = (
        f'<div id="app" class="App"><div id="app-navigation" class="App-navigation"></div><div id="drawer" class="App-drawer"><header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div><div class="container"><div class="Header-title"><a href="https://forum.example.org" id="home-link"><img src="/assets/logo.png" alt="Sourdough Bakers" class="Header-logo"></a></div><div id="header-primary" class="Header-primary"></div><div id="header-secondary" class="Header-secondary"></div></div></header></div>'
        f'<main class="App-content"><div id="content"></div><noscript id="flarum-noscript"><div class="Alert"><div class="container">This site is best viewed in a modern browser with JavaScript enabled.</div></div>'
        f'<div id="flarum-content" class="container"><div class="container"><h1>{_e(c.title)}</h1><div>{arts}</div>{more}</div></div></noscript>'
        '<div class="App-composer"><div class="container"><div id="composer"></div></div></div></main></div>'
        f'{c.cookie()}<div id="modal"></div><div id="alerts"></div><div id="flarum-loading" style="display: none">Loading...</div>'
        '<div id="flarum-loading-error" style="display: none"><div class="container"><p>Something went wrong while trying to load the full version of this site. Try hard-refreshing this page to fix the error.</p></div></div>'
    )
    return _page(f"{c.title} - Sourdough Bakers", body), gold_of(posts)


def nodebb(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.thread(2, 9, quotes=0.25, sigs=0.35)
    items = ""
    for i, p in enumerate(posts):
        quote = (
            f'<blockquote><p><a href="/uid/{r.randrange(999)}">@{p.quote[0]}</a> said in <a href="/post/{r.randrange(9999)}">{_e(c.title)}</a>:</p>{_ps(p.quote[1])}</blockquote>'
            if p.quote
            else ""
        )
        sig = (
            f'<div component="post/signature" data-uid="{i}" class="post-signature"><p>{_e(p.sig)}</p></div>'
            if p.sig
            else ""
        )
        replies = (
            f'<div component="post/replies/container"></div><a component="post/reply-count" href="#" class="threaded-replies no-select "><span component="post/reply-count/avatars" class="avatars "><img src="x" alt="" class="avatar avatar-xs"></span><span class="replies-count" component="post/reply-count/text" data-replies="{r.randrange(1, 5)}">{r.randrange(1, 5)} Replies</span><span class="replies-last hidden-xs">Last reply <span class="timeago" title="2021-03-03T10:11:12.000Z">{c.ago()}</span></span></a>'
            if r.random() < 0.3
            else ""
        )
        items += (
            f'<li component="post" class="{"topic-owner-post" if i == 0 else ""} " data-index="{i}" data-pid="{r.randrange(10**5)}" data-uid="{i}" data-timestamp="1614766272000" data-username="{p.user}" data-userslug="{p.user.lower()}" itemscope itemtype="http://schema.org/Comment">'
            f'<a component="post/anchor" data-index="{i}" id="{i + 1}"></a><meta itemprop="datePublished" content="2021-03-03T10:11:12.000Z"><meta itemprop="dateModified" content="">'
            f'<div class="clearfix post-header"><div class="icon pull-left"><a href="/user/{p.user.lower()}"><img component="user/picture" data-uid="{i}" src="/assets/uploads/profile/{i}-profileavatar.png" align="left" itemprop="image" alt="{p.user}" title="{p.user}" class="avatar avatar-sm2x avatar-rounded" loading="lazy"><i component="user/status" class="fa fa-circle status offline" title="Offline"></i></a></div>'
            f'<small class="pull-left"><strong><a href="/user/{p.user.lower()}" itemprop="author" data-username="{p.user}" data-uid="{i}">{_e(p.user)}</a></strong>'
            f"{'<a href=/groups/global-moderators class=label-link><span class=label group-label inline-block style=background-color:#0059b2>Global Moderator</span></a>' if r.random() < 0.3 else ''}"
            f'<span class="visible-xs-inline-block visible-sm-inline-block visible-md-inline-block visible-lg-inline-block"><a class="permalink" href="/post/{r.randrange(9999)}"><span class="timeago" title="2021-03-03T10:11:12.000Z">{c.ago()}</span></a><i component="post/edit-indicator" class="fa fa-pencil-square edit-icon hidden"></i><span data-editor="" component="post/editor" class="hidden">last edited by  <span class="timeago" title=""></span></span></span></small></div><br>'
            f'<div class="content" component="post/content" itemprop="text">{quote}{_ps(p.paras)}</div>'
            f'<div class="post-footer">{sig}<div class="clearfix"><small class="pull-right"><span class="post-tools"><a component="post/reply" href="#" class="no-select hidden">Reply</a><a component="post/quote" href="#" class="no-select hidden">Quote</a></span>'
            f'<span class="votes"><a component="post/upvote" href="#" class=""><i class="fa fa-chevron-up"></i></a><span component="post/vote-count" data-votes="{r.randrange(0, 20)}">{r.randrange(0, 20)}</span><a component="post/downvote" href="#" class=""><i class="fa fa-chevron-down"></i></a></span>'
            f'<span component="post/tools" class="dropdown moderator-tools bottom-sheet "><a href="#" data-toggle="dropdown" data-ajaxify="false"><i class="fa fa-fw fa-ellipsis-v"></i></a><ul class="dropdown-menu dropdown-menu-right" role="menu"></ul></span></small>{replies}</div></div></li>'
        )
    suggested = "".join(
        f'<li component="category/topic" class="row clearfix category-item unread" data-tid="{r.randrange(9999)}" data-index="{j}" data-cid="3" itemprop="itemListElement"><div class="col-md-6 col-sm-9 col-10 content"><h2 component="topic/header" class="title"><a href="/topic/{r.randrange(9999)}/x" itemprop="url">{_e(h)}</a></h2><small><a href="/category/3/general"><span class="fa-stack fa-lg"><i class="fa fa-circle fa-stack-2x"></i></span> General</a> &bull; <span class="timeago" title="">{c.ago()}</span></small></div></li>'
        for j, h in enumerate(c.heads(r.randrange(2, 5)))
    )
    body = (
        f'<main id="panel" class="slideout-panel">{c.cookie()}<nav class="navbar navbar-default navbar-fixed-top header" id="header-menu" component="navbar"><div class="container"><div class="navbar-header"><a href="/"><img alt="Home Brewing Forum" class=" forum-logo" src="/assets/uploads/system/site-logo.png"></a></div>'
        '<div id="nav-dropdown" class="hidden-xs"><ul id="logged-out-menu" class="nav navbar-nav navbar-right"><li><a href="/register"><i class="fa fa-pencil fa-fw hidden-sm hidden-md hidden-lg"></i><span>Register</span></a></li><li><a href="/login"><i class="fa fa-sign-in fa-fw hidden-sm hidden-md hidden-lg"></i><span>Login</span></a></li></ul>'
        '<ul id="main-nav" class="nav navbar-nav"><li class=""><a class="navigation-link" href="/categories" title="Categories"><i class="fa fa-fw fa-list" data-content=""></i><span class="visible-xs-inline">Categories</span></a></li><li><a class="navigation-link" href="/recent" title="Recent"><span class="visible-xs-inline">Recent</span></a></li><li><a class="navigation-link" href="/tags" title="Tags"><span class="visible-xs-inline">Tags</span></a></li><li><a class="navigation-link" href="/popular" title="Popular"><span class="visible-xs-inline">Popular</span></a></li></ul></div></div></nav>'
        f'<div class="container" id="content"><noscript><div class="alert alert-danger"><p>Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in <strong>read-only mode</strong>.</p><p>Please download a browser that supports JavaScript, or enable it if it\'s disabled (i.e. NoScript).</p></div></noscript>'
        f'<ol class="breadcrumb" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList"><li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Home</span></a></li><li><a href="/category/3/general"><span>General Discussion</span></a></li><li component="breadcrumb/current" class="active"><span>{_e(c.title)}</span></li></ol>'
        f'<div data-widget-area="header"></div><div class="row"><div class="topic col-lg-12"><div class="topic-header"><h1 component="post/header" class="" itemprop="name"><span class="topic-title" component="topic/title">{_e(c.title)}</span></h1><div class="topic-info clearfix"><div class="category-item inline-block"><div role="button" class="icon pull-left"><i class="fa fa-fw fa-comments-o"></i></div>General Discussion</div><div class="tags tag-list inline-block hidden-xs"></div><div class="inline-block hidden-xs"><div class="stats text-muted"><i class="fa fa-fw fa-user" title="Posters"></i><span title="{len(posts)}" class="human-readable-number">{len(posts)}</span></div><div class="stats text-muted"><i class="fa fa-fw fa-pencil" title="Posts"></i><span component="topic/post-count" title="{len(posts)}" class="human-readable-number">{len(posts)}</span></div><div class="stats text-muted"><i class="fa fa-fw fa-eye" title="Views"></i><span class="human-readable-number" title="{r.randrange(50, 9000)}">{r.randrange(50, 9000)}</span></div></div></div></div>'
        f'<ul component="topic" class="posts timeline" data-tid="{r.randrange(9999)}" data-cid="3">{items}</ul>'
        f'<div class="post-bar"><div class="clearfix"><div class="topic-main-buttons pull-right inline-block"><span class="loading-indicator btn pull-left hidden" done="0"><span class="hidden-xs">Loading More Posts</span> <i class="fa fa-refresh fa-spin"></i></span><a component="topic/reply/guest" href="/login" class="btn btn-sm btn-primary">Log in to reply</a></div></div></div>'
        f'<div class="suggested-topics"><h3>Suggested Topics</h3><ul component="category" class="categories" itemscope itemtype="http://www.schema.org/ItemList" data-nextstart="" data-set="">{suggested}</ul></div></div></div></div></main>'
        '<div class="hide"><div class="navbar navbar-default footer"><span>Powered by <a href="https://nodebb.org" target="_blank">NodeBB</a> | <a href="/tos">Terms</a> | <a href="/privacy">Privacy</a></span></div></div>'
    )
    return _page(f"{c.title} | Home Brewing Forum", body), gold_of(posts)


BUILDERS: dict[str, Callable[[Ctx], tuple[str, list[str]]]] = {
    "discourse": discourse,
    "xenforo2": xenforo2,
    "phpbb3": phpbb3,
    "vbulletin4": vbulletin4,
    "ips4": ips4,
    "old_reddit": old_reddit,
    "hn_table": hn_table,
    "stackexchange": stackexchange,
    "github_issue": github_issue,
    "pipermail": pipermail,
    "hyperkitty": hyperkitty,
    "flarum": flarum,
    "nodebb": nodebb,
}

_SPLIT = r"(?<=[.!?])\s+"
"""Where the gold's sentences end (the must-snippets: :func:`gen_score.gen_page`)."""


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = gen_score.page_id(SET, kind, index, seed)
    c = Ctx(random.Random(f"{seed}/{pid}"), text, index, kind)
    html, gold = BUILDERS[kind](c)
    return gen_score.gen_page(SET, pid, kind, html, gold, c.bad, _SPLIT, lang="en")


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=14, id_width=34, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
