# ruff: noqa: E501  (markup is long literal lines)
"""News and blog pages in seventeen languages, with the page chrome localized: trafilatura-evaluation style.

    python bench/multi_corpus27.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/multi_corpus27.py --score --cleaner-only   # cleaner alone (quick)
    python bench/multi_corpus27.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/multi_corpus27.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/multi_corpus27.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch multi27), written before cleaner was run on it. The earlier multilingual generators are German
first (multi22, multi26) or read translated manual pages (lang, multilang); this one spreads its pages evenly over
French, Spanish, Italian, Portuguese, Dutch, Polish, Russian (prose of :mod:`multi_corpus22_texts`) and Ukrainian,
Turkish, Greek, Japanese, Korean, Vietnamese, Indonesian, Arabic, Persian and Hindi (the author's own prose in
:mod:`multi_corpus27_texts`), so that a signal that holds only for Latin punctuation, spaces between words or English
and Chinese words shows. Dates are written the language's way ("3 марта 2023 г.", "2023年3月3日", "3 Mart 2023").
Kinds (``KINDS``):

- ``news``: breadcrumbs, a kicker, a byline with a localized date, a figure whose caption ends in a "Photo: X"
  credit, the body with an advertisement label and an inline "read also: <headline>" line between paragraphs, a
  share / print bar, a tag line, a related list (headline + teaser sentence), a most-read rail;
- ``blog``: a blog post (date and author line), an author box with a bio, a comment section headed "Comments (N)"
  (names, dates, prose comments, reply links, a login note), recent posts in a sidebar;
- ``short``: a one- or two-paragraph item on a page whose teaser grid and most-read list hold more text;
- ``inline``: an article whose chrome sits *inside* the body column: "read also" lines of two linked headlines as
  paragraphs of their own, a newsletter box, an "interest" box of teasers, a share bar, then a related box.

Random chrome on any page: a cookie banner first or last. Gold: the lead and the body paragraphs. Must: the first 80
characters of the first body sentence and the last 80 of the last (sentences end at . ! ? 。 ！ ？ । ؟); must not:
every chrome sentence (teasers, comments, bios, cookie and newsletter text, credits). A page's half is
:func:`bench.halves.half` of ``multi27/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
import multi_corpus22_texts as t22
import multi_corpus27_texts as t27
from gen_score import GenPage, Scoring
from multi_corpus22 import _e
from old_web_corpus import _norm, _url

SET = "multi27"
KINDS = ("news", "blog", "short", "inline")
LANGS = ("fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "el", "ja", "ko", "vi", "id", "ar", "fa", "hi")
RTL = ("ar", "fa")
NO_SPACE = ("ja",)
PAGES_PER_KIND = 24
Built = tuple[str, list[str]]


def _texts(lang: str) -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    if lang in t27.LABELS:
        return t27.LABELS[lang], t27.SENTENCES[lang], t27.HEADLINES[lang], t27.CITIES[lang], t27.NAMES[lang]
    names = tuple(n for n in t22.NAMES)
    return t22.LABELS[lang], t22.SENTENCES[lang], t22.HEADLINES[lang], t22.CITIES[lang], names


class _Ctx:
    """One page: its language, labels, random source, body paragraphs, and the chrome sentences it must not leak."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.w, sents, heads, self.cities, names = _texts(lang)
        self.sents = sents
        self.bad: list[str] = []
        order = list(range(len(sents)))
        rng.shuffle(order)
        self._pool = [sents[i].format(c=rng.choice(self.cities), n=rng.randrange(12, 480)) for i in order]
        n = rng.randrange(4, 8)
        body, self._pool = self._pool[:n], self._pool[n:]
        self.sep = "" if lang in NO_SPACE else " "
        self.paras: list[str] = []
        k = 0
        while k < len(body):
            m = rng.choice((1, 2, 2))
            self.paras.append(self.sep.join(body[k : k + m]))
            k += m
        hl = list(heads)
        rng.shuffle(hl)
        self.title, self._heads = hl[0], hl[1:]
        self.names = names
        self.author = rng.choice(names)

    def prose(self, n: int = 1) -> list[str]:
        out = []
        for _ in range(n):
            if self._pool:
                s = self._pool.pop()
            else:
                s = self.rng.choice(self.sents).format(c=self.rng.choice(self.cities), n=self.rng.randrange(500, 900))
            out.append(s)
        self.bad += out
        return out

    def heads(self, n: int) -> list[str]:
        return [self._heads[i % len(self._heads)] for i in range(n)]

    def chrome(self, s: str) -> str:
        self.bad.append(s)
        return _e(s)

    def date(self) -> str:
        r = self.rng
        mo = r.randrange(1, 13)
        return t27.DATES[self.lang].format(
            d=r.randrange(1, 29), m=t27.MONTHS[self.lang][mo - 1], mo=mo, y=r.randrange(2019, 2025)
        )

    def href(self) -> str:
        return f"/{self.rng.choice(('news', 'article', 'haber', 'tin', 'berita', 'kiji'))}/{self.rng.randrange(10**6)}.html"

    def label(self, key: str, default: str = "") -> str:
        return self.w.get(key, default)


def _header(c: _Ctx, site: str) -> str:
    nav = "".join(f'<li><a href="/{i}">{_e(x)}</a></li>' for i, x in enumerate(c.w["nav"].split("|")))
    return f'<header class="site-header"><a class="logo" href="/">{_e(site)}</a><nav class="main-nav"><ul>{nav}</ul></nav></header>'


def _crumbs(c: _Ctx) -> str:
    sec = c.label("crumb", c.w["nav"].split("|")[1])
    return f'<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">{_e(c.w["home"])}</a></li><li><a href="/s">{_e(sec)}</a></li><li>{_e(c.title)}</li></ol></nav>'


def _byline(c: _Ctx) -> str:
    by = c.w["by"].format(a=c.author)
    pub = c.w["published"].format(d=c.date())
    return f'<div class="meta"><span class="author">{_e(by)}</span> <span class="sep">·</span> <time>{_e(pub)}</time></div>'


def _cookie(c: _Ctx) -> str:
    return (
        f'<div id="cookie-notice" class="cookie-bar"><p>{c.chrome(c.w["cookie"])} <a href="/privacy">{_e(c.w["privacy"])}</a></p>'
        f'<button class="accept">{_e(c.w["accept"])}</button> <button>{_e(c.w["settings"])}</button></div>'
    )


def _newsletter(c: _Ctx) -> str:
    return (
        f'<div class="nl-signup"><h3>{_e(c.w["newsletter"])}</h3><p>{c.chrome(c.w["nl_text"])}</p>'
        f'<form action="/nl"><input type="email" placeholder="{_e(c.w["email"])}"><button>{_e(c.w["nl_button"])}</button></form></div>'
    )


def _teasers(c: _Ctx, n: int, cls: str) -> str:
    return "".join(
        f'<div class="{cls}"><a href="{c.href()}"><h3>{_e(h)}</h3></a><p>{_e(s)}</p><span class="date">{_e(c.date())}</span></div>'
        for h, s in zip(c.heads(n), c.prose(n), strict=True)
    )


def _related(c: _Ctx) -> str:
    return f'<section class="related-posts"><h2>{_e(c.w["related"])}</h2>{_teasers(c, 3, "related-item")}</section>'


def _rail(c: _Ctx) -> str:
    most = "".join(f'<li><a href="{c.href()}">{_e(h)}</a></li>' for h in c.heads(5))
    return f'<aside class="sidebar"><div class="widget popular"><h3>{_e(c.w["most_read"])}</h3><ol>{most}</ol></div></aside>'


def _share(c: _Ctx) -> str:
    return (
        f'<div class="share-tools"><span>{_e(c.w["share"])}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a>'
        f' <a href="#">Telegram</a> <a href="#" class="print">{_e(c.w["print"])}</a></div>'
    )


def _tags(c: _Ctx) -> str:
    tags = " ".join(
        f'<a href="/tag/{i}" rel="tag">{_e(h.split()[0] if c.lang not in NO_SPACE else h[:3])}</a>'
        for i, h in enumerate(c.heads(4))
    )
    return f'<div class="post-tags"><span>{_e(c.w["tags"])}</span> {tags}</div>'


def _also(c: _Ctx, n: int = 1) -> str:
    links = " ".join(f'<a href="{c.href()}">{_e(h)}</a>' for h in c.rng.sample(c._heads, n))
    return f'<p class="read-also"><strong>{_e(c.w["also"])}</strong> {links}</p>'


def _ad(c: _Ctx) -> str:
    return f'<div class="ad-slot"><span class="ad-label">{_e(c.w["ad"])}</span><div class="ad" id="ad-{c.rng.randrange(999)}"></div></div>'


def _figure(c: _Ctx) -> str:
    credit = c.w["photo"].format(a=c.rng.choice(("AFP", "Reuters", "EFE", "AA", "Yonhap", "Kyodo", c.author)))
    c.bad.append(credit)
    cap = c.prose(1)[0]
    return f'<figure class="wp-caption"><img src="/img/{c.rng.randrange(10**5)}.jpg" alt=""><figcaption>{_e(cap)} <span class="credit">{_e(credit)}</span></figcaption></figure>'


def _comments(c: _Ctx) -> str:
    n = c.rng.randrange(2, 6)
    items = "".join(
        f'<li class="comment"><div class="comment-meta"><b class="fn">{_e(c.rng.choice(c.names).split()[0])}</b> <time>{_e(c.date())}</time></div>'
        f'<div class="comment-body"><p>{_e(s)}</p></div><a class="reply" href="#">{_e(c.w["reply"])}</a></li>'
        for s in c.prose(n)
    )
    return (
        f'<section id="comments" class="comments-area"><h2 class="comments-title">{_e(c.w["comments"].format(n=n))}</h2><ol class="comment-list">{items}</ol>'
        f'<p class="must-log-in">{c.chrome(c.w["login_note"])}</p></section>'
    )


def _footer(c: _Ctx) -> str:
    links = " | ".join(f'<a href="#">{_e(c.w[k])}</a>' for k in ("contact", "imprint", "privacy"))
    return f'<footer class="site-footer"><nav>{links}</nav><p>{_e(c.w["rights"])}</p></footer>'


def _page(c: _Ctx, body: str) -> str:
    cookie = _cookie(c) if c.rng.random() < 0.5 else ""
    top = c.rng.random() < 0.5
    d = ' dir="rtl"' if c.lang in RTL else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{c.lang}"{d}><head><meta charset="utf-8"><title>{_e(c.title)}</title>'
        f'<meta property="og:title" content="{_e(c.title)}"></head>\n<body>{cookie if top else ""}{body}{"" if top else cookie}</body></html>'
    )


def news(c: _Ctx) -> Built:
    lead, rest = c.paras[0], c.paras[1:]
    parts = [f"<p>{_e(p)}</p>" for p in rest]
    if parts:
        parts.insert(c.rng.randrange(0, len(parts) + 1), _also(c))
        parts.insert(c.rng.randrange(1, len(parts) + 1), _ad(c))
    fig = _figure(c) if c.rng.random() < 0.7 else ""
    body = (
        f'{_header(c, "Info")}<div class="container">{_crumbs(c)}<main class="main"><article class="article">'
        f'<span class="kicker">{_e(c.w["nav"].split("|")[c.rng.randrange(1, 5)])}</span><h1>{_e(c.title)}</h1>{_byline(c)}'
        f'{fig}<div class="article-body"><p class="lead"><strong>{_e(lead)}</strong></p>{"".join(parts)}</div>'
        f"{_share(c)}{_tags(c)}</article>{_related(c)}</main>{_rail(c)}</div>{_footer(c)}"
    )
    return _page(c, body), c.paras


def blog(c: _Ctx) -> Built:
    bio = c.w["bio"].format(a=c.author)
    recent = "".join(f'<li><a href="{c.href()}">{_e(h)}</a></li>' for h in c.heads(4))
    body = (
        f'<div id="page" class="site">{_header(c, "Blog")}<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">'
        f'<article class="post hentry"><header class="entry-header"><h1 class="entry-title">{_e(c.title)}</h1>'
        f'<div class="entry-meta"><time class="entry-date">{_e(c.date())}</time> <span class="byline">{_e(c.author)}</span></div></header>'
        f'<div class="entry-content">{"".join(f"<p>{_e(p)}</p>" for p in c.paras)}</div>'
        f'<footer class="entry-footer">{_tags(c)}</footer></article>'
        f'<div class="author-box"><h4>{_e(c.w["author_about"])}</h4><p>{c.chrome(bio)}</p></div>'
        f'{_comments(c)}</main></div><aside class="widget-area"><section class="widget"><h2>{_e(c.w["interest"])}</h2><ul>{recent}</ul></section></aside></div>{_footer(c)}</div>'
    )
    return _page(c, body), c.paras


def short(c: _Ctx) -> Built:
    paras = c.paras[: c.rng.randrange(1, 3)]
    body = (
        f'{_header(c, "Haberler")}<div class="wrap">{_crumbs(c)}<main><article class="news-item"><h1>{_e(c.title)}</h1>{_byline(c)}'
        f'<div class="text">{"".join(f"<p>{_e(p)}</p>" for p in paras)}</div>{_share(c)}</article>'
        f'<section class="more-news"><h2>{_e(c.w["interest"])}</h2>{_teasers(c, 4, "card")}</section></main>{_rail(c)}</div>{_footer(c)}'
    )
    return _page(c, body), paras


def inline(c: _Ctx) -> Built:
    parts = [f"<p>{_e(p)}</p>" for p in c.paras]
    k = c.rng.randrange(1, len(parts) + 1) if parts else 0
    parts.insert(k, _also(c, 2))
    if c.rng.random() < 0.6:
        parts.insert(c.rng.randrange(1, len(parts) + 1), _newsletter(c))
    box = f'<aside class="inline-box"><h4>{_e(c.w["interest"])}</h4>{_teasers(c, 2, "mini")}</aside>'
    parts.insert(c.rng.randrange(1, len(parts) + 1), box)
    fig = _figure(c) if c.rng.random() < 0.5 else ""
    body = (
        f'{_header(c, "Journal")}<div class="layout"><div class="col-main">{_crumbs(c)}<h1 class="headline">{_e(c.title)}</h1>{_byline(c)}{_share(c)}'
        f'<div class="story-body">{fig}{"".join(parts)}</div>{_share(c)}{_tags(c)}{_related(c)}</div>{_rail(c)}</div>{_footer(c)}'
    )
    return _page(c, body), c.paras


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {"news": news, "blog": blog, "short": short, "inline": inline}

_SPLIT = r"(?<=[。！？])|(?<=[.!?।؟])\s+"
"""Where the gold's sentences end (the must-snippets: :func:`gen_score.gen_page`)."""


def build_page(kind: str, index: int, seed: str) -> GenPage:
    pid = gen_score.page_id(SET, kind, index, seed)
    rng = random.Random(f"{seed}/{pid}")
    c = _Ctx(rng, LANGS[(index + KINDS.index(kind) * 7 + rng.randrange(len(LANGS))) % len(LANGS)])
    html, gold = BUILDERS[kind](c)
    return gen_score.gen_page(SET, pid, kind, html, gold, c.bad, _SPLIT, lang=c.lang)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    del data  # the texts are the generator's own
    return [build_page(kind, i, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=10, id_width=28, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
