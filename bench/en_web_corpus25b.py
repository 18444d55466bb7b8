# ruff: noqa: E501  (markup is long literal lines)
"""English pages where block choice fails for generic reasons (issue #12's catastrophe kinds on unseen English
pages), around the English bench sets' tune gold texts (read at run time).

    python bench/en_web_corpus25b.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/en_web_corpus25b.py --score --cleaner-only   # cleaner alone (quick)
    python bench/en_web_corpus25b.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/en_web_corpus25b.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/en_web_corpus25b.py --seed S --score         # fresh pages of the same kinds

Issue #12, second English round (branch en25b), written before cleaner was run on it. Each kind (``KINDS``) is a
modern template whose decoys are prose-like and often longer than the article:

- ``teaser_rail``: a magazine post of two to four paragraphs, a "Most read" rail *before* it in the source whose
  items are a headline and a two-sentence summary in ``<p>`` (longer than the article), "Recent comments" with
  sentences, a blog tagline paragraph under the site name;
- ``long_comments``: a blog post followed by a comment list longer than the post (each comment ``<p>`` prose), a
  comment-login form with help text, a share-by-e-mail form;
- ``split_body``: the article's paragraphs in two or three sibling containers (``div.article-body__part``) with an
  ad slot, an inline newsletter box and a "Read more" teaser between them;
- ``recipe``: intro paragraphs, an ingredient list and steps as ``<p>`` in three sibling sections of a recipe
  card; a "jump to recipe" bar, a rating widget, reviews below (gold: intro, ingredients, steps);
- ``related_above``: a news article whose container holds a "Related Articles" list with summaries *above* the
  body, after the lead paragraph;
- ``noscript_lazy``: a lazy-loaded page: the visible body is a short teaser and a spinner; the full text sits in
  ``<noscript>`` (half the pages) or only in a JSON-LD ``articleBody`` (the other half); an unclosed
  ``<noscript>`` tracking pixel opens the body on a third of them;
- ``post_list``: a single post followed by a "More from the blog" list of five post excerpts (two sentences each,
  an author and a date), in the same ``main``;
- ``whole_wrap``: the title and the paragraphs as direct children of one wrapper that also holds a share list,
  a tag list, a related list, a table of contents and a footer-like "about" list (tempts "the whole page");
- ``forum_split``: a forum thread whose first post sits in ``div.topic-starter`` and replies in a separate
  ``div.replies`` of ``article.reply`` items (tempts "only the first post");
- ``product``: a product page: a description split between a short summary and a "Details" tab, a price /
  shipping / settings widget with sentences, "Customers also viewed" with summaries.

Gold: the article's paragraphs (recipe: also its ingredients and steps; forum: every post), no title, no chrome.
Must: the first and the last sentence of the gold; must not: the decoys' sentences. A page's half is
:func:`bench.halves.half` of ``en25b/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import json
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
from web_corpus19 import _INGREDIENTS, _STEPS, Built, _date, _e, _href, _name, _page, _ps

SET = "en25b"
KINDS = (
    "teaser_rail",
    "long_comments",
    "split_body",
    "recipe",
    "related_above",
    "noscript_lazy",
    "post_list",
    "whole_wrap",
    "forum_split",
    "product",
)
PAGES_PER_KIND = 10


class _Ctx(en_forum_corpus24._Ctx):
    """One page's random source, article and must-not sentences."""

    def __init__(self, rng: random.Random, text: Text, index: int, kind: str) -> None:
        super(en_forum_corpus24._Ctx, self).__init__(rng, text, index, "tree")
        key, self.title, paras = text.articles[(index * 23 + KINDS.index(kind) * 37 + 5) % len(text.articles)]
        self.key = key
        self.paras = paras[: rng.randrange(2, 7)]

    def summary(self, k: int = 2) -> str:
        return " ".join(self.prose(k))

    def items(self, head: str, n: int, k: int = 2, cls: str = "teaser") -> str:
        """A box of ``n`` headlines with a ``k``-sentence summary each (must not)."""
        rng = self.rng
        li = "".join(
            f'<li class="{cls}"><a href="{_href(rng)}"><h3>{_e(h)}</h3></a><p>{_e(self.summary(k))}</p><span class="meta">{_name(rng)} · {_date(rng)}</span></li>'
            for h in self.heads(n)
        )
        return f'<section class="{cls}s widget"><h2 class="widget-title">{_e(head)}</h2><ul>{li}</ul></section>'

    def comments(self, n: int) -> str:
        rng = self.rng
        out = ""
        for _ in range(n):
            body = "".join(f"<p>{_e(self.summary(rng.randrange(1, 4)))}</p>" for _ in range(rng.randrange(1, 3)))
            out += (
                f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{_name(rng)}</b> <time>{_date(rng)} at {rng.randrange(1, 12)}:{rng.randrange(10, 59)} pm</time></footer>'
                f'<div class="comment-content">{body}</div><div class="reply"><a href="#">Reply</a></div></article></li>'
            )
        return f'<section id="comments" class="comments-area"><h2 class="comments-title">{n} thoughts on this post</h2><ol class="comment-list">{out}</ol></section>'


def _header(rng: random.Random, site: str, tagline: str = "") -> str:
    tag = f'<p class="site-description">{_e(tagline)}</p>' if tagline else ""
    nav = "".join(
        f'<li><a href="#">{w}</a></li>' for w in ("Home", "News", "Reviews", "Guides", "Podcast", "About", "Contact")
    )
    return f'<header class="site-header"><div class="site-branding"><a class="site-title" href="/">{site}</a>{tag}</div><nav class="main-navigation"><ul class="menu">{nav}</ul></nav></header>'


def _footer(c: _Ctx) -> str:
    about = c.chrome(
        "We are an independent publication covering the things our readers care about, funded by readers and a few carefully chosen partners."
    )
    links = "".join(
        f'<li><a href="#">{w}</a></li>'
        for w in ("About us", "Advertise", "Privacy policy", "Terms of use", "Cookie settings", "Careers")
    )
    return f'<footer class="site-footer"><div class="footer-about"><p>{_e(about)}</p></div><ul class="footer-links">{links}</ul><p class="copyright">© {c.rng.randrange(2015, 2025)} All rights reserved.</p></footer>'


def _byline(rng: random.Random) -> str:
    return f'<div class="entry-meta"><span class="byline">By <a href="#">{_name(rng)}</a></span> <time class="entry-date">{_date(rng)}</time> <span class="reading-time">{rng.randrange(2, 12)} min read</span></div>'


def _share(rng: random.Random) -> str:
    return (
        '<ul class="share-buttons">'
        + "".join(f'<li><a href="#">{w}</a></li>' for w in ("Facebook", "Twitter", "LinkedIn", "Email", "Print"))
        + "</ul>"
    )


def _email_form(c: _Ctx) -> str:
    note = c.chrome(
        "Your e-mail address is used only to send this article and is never stored or shared with anyone else."
    )
    return f'<form class="share-by-email"><h3>Email this article</h3><label>Recipient email</label><input type="email"><label>Your name</label><input type="text"><p class="form-note">{_e(note)}</p><button>Send</button></form>'


def _login_form(c: _Ctx) -> str:
    note = c.chrome(
        "You must be logged in to post a comment, and comments are moderated before they appear on the site."
    )
    return f'<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><p class="must-log-in">{_e(note)}</p><form><label>Username</label><input><label>Password</label><input type="password"><button>Log in</button></form></div>'


def _newsletter(c: _Ctx) -> str:
    note = c.chrome(
        "Get the best of our stories delivered to your inbox every weekday morning, free of charge and easy to cancel."
    )
    return f'<aside class="newsletter-inline"><h3>Sign up for our newsletter</h3><p>{_e(note)}</p><input type="email" placeholder="Your email"><button>Subscribe</button></aside>'


def teaser_rail(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras[: rng.randrange(2, 5)]
    tagline = c.chrome(" ".join(c.prose(1)))
    rail = c.items("Most read", rng.randrange(4, 7), 2, "most-read")
    recent = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{_name(rng)}</span> on <a href="#">{_e(h)}</a>: {_e(c.summary(1))}</li>'
        for h in c.heads(4)
    )
    side = f'<aside id="secondary" class="widget-area">{rail}<section class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul>{recent}</ul></section></aside>'
    art = f'<article class="post"><header class="entry-header"><h1 class="entry-title">{_e(c.title)}</h1>{_byline(rng)}</header><div class="entry-content">{_ps(paras)}</div><footer class="entry-footer">Posted in <a href="#">Culture</a></footer></article>'
    main = f'<main id="main" class="site-main">{art}</main>'
    cols = side + main if rng.random() < 0.6 else main + side
    html = (
        _header(rng, "The Long Read Journal", tagline)
        + f'<div id="content" class="site-content">{cols}</div>'
        + _footer(c)
    )
    return _page(c.title, html), paras


def long_comments(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras[: rng.randrange(2, 5)]
    art = f'<article class="post hentry"><h1 class="entry-title">{_e(c.title)}</h1>{_byline(rng)}<div class="entry-content">{_ps(paras)}</div>{_share(rng)}</article>'
    extra = _email_form(c) if rng.random() < 0.5 else ""
    html = (
        _header(rng, "Notes from the Workshop")
        + f'<div class="wrap"><main class="content">{art}{extra}{c.comments(rng.randrange(5, 10))}{_login_form(c)}</main>'
        + f'<aside class="sidebar">{c.items("Popular posts", 3, 1)}</aside></div>'
        + _footer(c)
    )
    return _page(c.title, html), paras


def split_body(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras
    cuts = sorted(rng.sample(range(1, len(paras)), min(len(paras) - 1, rng.randrange(1, 3)))) if len(paras) > 1 else []
    parts = [paras[a:b] for a, b in zip([0, *cuts], [*cuts, len(paras)], strict=True)]
    between = [
        '<div class="ad-slot ad-inline"><span>Advertisement</span><div id="div-gpt-ad-1"></div></div>',
        _newsletter(c),
        f'<div class="read-more-inline"><span>Read more:</span> <a href="{_href(rng)}">{_e(c.heads(1)[0])}</a><p>{_e(c.summary(1))}</p></div>',
    ]
    body = ""
    for i, part in enumerate(parts):
        if i:
            body += rng.choice(between)
        body += f'<div class="article-body__part" data-part="{i}">{_ps(part)}</div>'
    lead = '<figure class="lead-image"><img src="/a.jpg" alt=""><figcaption>Photo: Agency</figcaption></figure>'
    html = (
        _header(rng, "Daily Ledger")
        + f'<main><div class="article-container"><h1 class="article-title">{_e(c.title)}</h1>{_byline(rng)}{lead}{body}'
        + f'<div class="article-tags">Tags: <a href="#">Economy</a> <a href="#">Policy</a></div></div>{c.items("More stories", 4, 2)}</main>'
        + _footer(c)
    )
    return _page(c.title, html), paras


def recipe(c: _Ctx) -> Built:
    rng = c.rng
    intro = c.paras[: rng.randrange(1, 4)]
    ingr = rng.sample(_INGREDIENTS, rng.randrange(4, 8))
    steps = list(_STEPS[: rng.randrange(4, len(_STEPS) + 1)])
    rating = c.chrome(
        f"{rng.randrange(40, 500)} people rated this recipe an average of {rng.randrange(3, 5)}.{rng.randrange(10)} stars out of five."
    )
    reviews = c.comments(rng.randrange(3, 7))
    html = (
        _header(rng, "Kitchen Counter")
        + '<div class="jump-bar"><a href="#recipe">Jump to Recipe</a> <a href="#">Print Recipe</a></div>'
        + f'<main><article class="recipe-post"><h1>{_e(c.title)}</h1>{_byline(rng)}'
        + f'<div class="recipe-intro">{_ps(intro)}</div><div class="ad-slot">Advertisement</div>'
        + f'<div id="recipe" class="recipe-card"><div class="recipe-rating"><p>{_e(rating)}</p></div><div class="recipe-times"><span>Prep: 15 mins</span> <span>Cook: 60 mins</span> <span>Servings: 8</span></div>'
        + f'<section class="recipe-ingredients"><h3>Ingredients</h3><ul>{"".join(f"<li>{_e(x)}</li>" for x in ingr)}</ul></section>'
        + f'<section class="recipe-instructions"><h3>Instructions</h3>{"".join(f"<div class=step><p>{_e(s)}</p></div>" for s in steps)}</section></div>'
        + f"</article>{reviews}</main><aside>{c.items('You may also like', 4, 1)}</aside>"
        + _footer(c)
    )
    return _page(c.title, html), [*intro, *ingr, *steps]


def related_above(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras
    related = c.items("Related Articles", rng.randrange(3, 6), 2, "related")
    html = (
        _header(rng, "Metro Herald")
        + f'<main><article class="story"><h1 class="headline">{_e(c.title)}</h1>{_byline(rng)}{_share(rng)}'
        + f'<div class="story-body"><p class="lead">{_e(paras[0])}</p>{related}{_ps(paras[1:])}</div>'
        + f"{_email_form(c)}</article></main>"
        + _footer(c)
    )
    return _page(c.title, html), paras


def noscript_lazy(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras
    pixel = '<noscript><img height="1" width="1" src="https://px.example/tr?id=1">' if rng.random() < 0.33 else ""
    mode = rng.random() < 0.5
    teaser = c.chrome("Loading the full story, please wait a moment.")
    if mode:
        body = f'<div class="story-lazy" data-src="/api/story"><div class="spinner">{_e(teaser)}</div></div><noscript><div class="story-full">{_ps(paras)}</div></noscript>'
        head = ""
    else:
        body = f'<div class="story-lazy" data-src="/api/story"><div class="spinner">{_e(teaser)}</div></div>'
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": c.title,
            "articleBody": "\n\n".join(paras),
            "datePublished": "2021-03-04",
        }
        head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    html = (
        pixel
        + _header(rng, "Pulse")
        + f'<main id="app"><article><h1>{_e(c.title)}</h1>{_byline(rng)}{body}</article>{c.items("Trending now", 4, 2)}</main>'
        + _footer(c)
    )
    return _page(c.title, html, head=head), paras


def post_list(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras[: rng.randrange(2, 5)]
    more = "".join(
        f'<article class="post-card"><h2 class="entry-title"><a href="{_href(rng)}">{_e(h)}</a></h2><div class="entry-meta">{_name(rng)} · {_date(rng)}</div><div class="entry-summary"><p>{_e(c.summary(2))}</p></div><a class="more-link" href="#">Continue reading</a></article>'
        for h in c.heads(5)
    )
    html = (
        _header(rng, "Field Notes", c.chrome(" ".join(c.prose(1))))
        + f'<main class="site-main"><article class="post type-post"><h1 class="entry-title">{_e(c.title)}</h1>{_byline(rng)}<div class="entry-content">{_ps(paras)}</div></article>'
        + f'<section class="more-posts"><h2>More from the blog</h2>{more}</section></main>'
        + _footer(c)
    )
    return _page(c.title, html), paras


def whole_wrap(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras
    toc = "<ul class=toc>" + "".join(f'<li><a href="#s{i}">Section {i}</a></li>' for i in range(1, 6)) + "</ul>"
    tags = (
        "<ul class=tags>"
        + "".join(f'<li><a href="#">{w}</a></li>' for w in ("science", "health", "research", "opinion", "data"))
        + "</ul>"
    )
    rel = (
        "<ul class=related-links>"
        + "".join(f'<li><a href="{_href(rng)}">{_e(h)}</a></li>' for h in c.heads(6))
        + "</ul>"
    )
    about = (
        "<ul class=about-links>"
        + "".join(
            f'<li><a href="#">{w}</a></li>'
            for w in ("Masthead", "Contact", "Jobs", "Advertise", "Privacy", "Terms", "Sitemap")
        )
        + "</ul>"
    )
    kids = [
        f"<h1>{_e(c.title)}</h1>",
        _byline(rng),
        toc,
        *[f"<p>{_e(p)}</p>" for p in paras],
        _share(rng),
        tags,
        rel,
        about,
    ]
    nav = (
        "<ul class=nav>"
        + "".join(
            f'<li><a href="#">{w}</a></li>'
            for w in ("World", "Politics", "Business", "Tech", "Science", "Health", "Sports", "Arts", "Travel")
        )
        + "</ul>"
    )
    html = f'<div id="page">{nav}<div class="wrapper">{"".join(kids)}</div><ul class=footer-nav><li><a href="#">Top</a></li></ul></div>'
    return _page(c.title, html), paras


def forum_split(c: _Ctx) -> Built:
    rng = c.rng
    posts = en_forum_corpus24._posts(c, 3, 9)
    first = (
        f'<div class="topic-starter"><div class="author"><a href="#">{c.nick()}</a> <span>Original poster</span></div><div class="topic-body">{_ps(posts[0])}</div>'
        f'<div class="topic-actions"><a href="#">Like</a> <a href="#">Quote</a> <a href="#">Report</a></div></div>'
    )
    replies = "".join(
        f'<article class="reply"><header><a href="#">{c.nick()}</a> <time>{_date(rng)}</time></header><div class="reply-text">{_ps(p)}</div><footer><a href="#">Like</a> · <a href="#">Reply</a></footer></article>'
        for p in posts[1:]
    )
    html = (
        _header(rng, "Owners Club")
        + f'<main><nav class="breadcrumb"><a href="#">Forums</a> › <a href="#">General</a></nav><h1 class="thread-title">{_e(c.title)}</h1>{first}'
        + f'<div class="replies-count">{len(posts) - 1} replies</div><div class="replies">{replies}</div><div class="reply-login">Log in to reply</div></main>'
        + f"<aside>{c.items('Similar threads', 3, 1)}</aside>"
        + _footer(c)
    )
    return _page(c.title, html), [x for p in posts for x in p]


def product(c: _Ctx) -> Built:
    rng = c.rng
    paras = c.paras
    k = rng.randrange(1, max(2, len(paras)))
    ship = c.chrome(
        f"Free standard shipping on orders over ${rng.randrange(25, 99)}, and returns are accepted within thirty days of delivery."
    )
    stock = c.chrome(f"Only {rng.randrange(2, 9)} left in stock, so order soon to receive it before the weekend.")
    widget = (
        f'<div class="buy-box"><span class="price">${rng.randrange(10, 400)}.{rng.randrange(10, 99)}</span><p class="stock">{_e(stock)}</p><p class="shipping">{_e(ship)}</p>'
        '<form class="options"><label>Size</label><select><option>S</option><option>M</option><option>L</option></select><label>Colour</label><select><option>Black</option><option>Olive</option></select><label>Quantity</label><input value="1"><button>Add to cart</button></form></div>'
    )
    html = (
        _header(rng, "Outfitters")
        + f'<main class="product-page"><div class="product-top"><div class="gallery"><img src="/p.jpg" alt=""></div><div class="product-info"><h1 class="product-title">{_e(c.title)}</h1>'
        + f'<div class="product-summary">{_ps(paras[:k])}</div>{widget}</div></div>'
        + f'<div class="tabs"><ul class="tab-nav"><li>Details</li><li>Reviews</li><li>Shipping</li></ul><div class="tab-panel" id="details">{_ps(paras[k:])}</div></div>'
        + f"{c.items('Customers also viewed', 5, 2, 'also-viewed')}</main>"
        + _footer(c)
    )
    return _page(c.title, html), paras


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {
    "teaser_rail": teaser_rail,
    "long_comments": long_comments,
    "split_body": split_body,
    "recipe": recipe,
    "related_above": related_above,
    "noscript_lazy": noscript_lazy,
    "post_list": post_list,
    "whole_wrap": whole_wrap,
    "forum_split": forum_split,
    "product": product,
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
