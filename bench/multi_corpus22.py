# ruff: noqa: E501  (markup is long literal lines)
"""Multilingual article pages of many CMSes, trafilatura-evaluation style, with each language's own boilerplate.

    python bench/multi_corpus22.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/multi_corpus22.py --score --cleaner-only   # cleaner alone (quick)
    python bench/multi_corpus22.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/multi_corpus22.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/multi_corpus22.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch web22), written before cleaner was run on it. The prose and the labels are the author's own
(:mod:`multi_corpus22_texts`: local-news sentence templates and boilerplate in German, French, Spanish, Italian,
Portuguese, Dutch, Polish, Russian and Czech; German weighted thrice, French and Spanish twice). Kinds (``KINDS``):

- ``typo3``: a TYPO3 news record (``news-single``, a teaser paragraph as the lead, the body split over several
  ``frame frame-default`` content elements with ``id="c123"``, an image with caption and credit between them, a
  "related" list with teaser sentences, a "back" link), a cookie banner above it all;
- ``drupal``: a Drupal article node (``field--name-body``, a tags field, an image field with a caption, a comment
  section of prose comments with "reply" links and a login note, an author block with a bio sentence in the
  sidebar, a "you may also like" view of teasers);
- ``joomla``: a Joomla ``item-page`` (``dl.article-info`` of details, hits, ``itemprop=articleBody``, a "read also"
  line inside the body, ``pagenav`` back / next, a "related articles" module of titles);
- ``wp_news``: a WordPress news-theme post (``td-post-content``-like): a share bar, a "read also" teaser box inside
  the body (headline + one sentence), an "ad" label, a newsletter box inside the body, an author box with a bio, a
  related-posts grid with teaser sentences, comments;
- ``portal``: a custom news portal: a related box *above* the body (three teasers with a lead sentence each), a
  kicker, a lead, a pull quote repeating a body sentence, a figure with caption and credit, an inline "read also"
  teaser, sometimes a paywall stub cutting the body (gold: what is shown), a "most read" list, a tag list;
- ``medium``: a Medium-like blog post (author line with "follow" and reading time, a clap / share bar, a "more
  from the author" list of teasers with a sentence each, a responses box);
- ``press``: an institutional press release (a long side menu, "press release no." line, the body, a contact box
  with phone and e-mail, "print" / "back to top" links, "last changed" footer).

Random chrome on any page: a cookie banner (first or last in the body), a newsletter box. Gold: the lead and the
body paragraphs (subheadings included). Must: the first 80 characters of the first body sentence and the last 80
of the last; must not: every chrome sentence (teasers, bios, cookie and newsletter text, paywall stub, comments).
A page's half is :func:`bench.halves.half` of ``multi22/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import html as htmllib
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Scoring
from multi_corpus22_texts import CITIES, HEADLINES, LABELS, NAMES, SENTENCES
from old_web_corpus import _norm, _url

SET = "multi22"
KINDS = ("typo3", "drupal", "joomla", "wp_news", "portal", "medium", "press")
LANGS = ("de", "de", "de", "fr", "fr", "es", "es", "it", "pt", "nl", "pl", "ru", "cs")
PAGES_PER_KIND = 18
Built = tuple[str, list[str]]


def _e(s: str) -> str:
    return htmllib.escape(s, quote=False)


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{_e(x)}</p>" for x in paras)


class _Ctx:
    """One page: its language, labels, random source, body paragraphs, and the chrome sentences it must not leak."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.w = LABELS[lang]
        self.bad: list[str] = []
        cities = CITIES[lang]
        order = list(range(len(SENTENCES[lang])))
        rng.shuffle(order)
        self._pool = [SENTENCES[lang][i].format(c=rng.choice(cities), n=rng.randrange(12, 480)) for i in order]
        n = rng.randrange(5, 10)
        body, self._pool = self._pool[:n], self._pool[n:]
        self.paras: list[str] = []
        k = 0
        sep = " "
        while k < len(body):
            m = rng.choice((1, 2, 2, 3))
            self.paras.append(sep.join(body[k : k + m]))
            k += m
        heads = list(HEADLINES[lang])
        rng.shuffle(heads)
        self.title, self._heads = heads[0], heads[1:]
        self.author = rng.choice(NAMES)

    def prose(self, n: int = 1) -> list[str]:
        """``n`` chrome sentences (must not appear): the page's unused templates, then others of its language."""
        out = []
        for _ in range(n):
            if self._pool:
                s = self._pool.pop()
            else:
                s = self.rng.choice(SENTENCES[self.lang]).format(
                    c=self.rng.choice(CITIES[self.lang]), n=self.rng.randrange(500, 900)
                )
            out.append(s)
        self.bad += out
        return out

    def heads(self, n: int) -> list[str]:
        return [self._heads[i % len(self._heads)] for i in range(n)]

    def chrome(self, s: str) -> str:
        """A boilerplate sentence: escaped, and recorded as must-not."""
        self.bad.append(s)
        return _e(s)

    def date(self) -> str:
        r = self.rng
        return f"{r.randrange(1, 29):02d}.{r.randrange(1, 13):02d}.{r.randrange(2019, 2025)}"

    def href(self) -> str:
        return f"/{self.rng.choice(('news', 'artikel', 'article', 'noticia'))}/{self.rng.randrange(10**6)}.html"


def _nav(c: _Ctx) -> str:
    return "".join(f'<li><a href="/{i}">{_e(x)}</a></li>' for i, x in enumerate(c.w["nav"].split("|")))


def _cookie(c: _Ctx) -> str:
    return (
        f'<div id="cookie-banner" class="cookie-consent" role="dialog"><p>{c.chrome(c.w["cookie"])} <a href="/privacy">{_e(c.w["privacy"])}</a></p>'
        f'<button class="btn accept">{_e(c.w["accept"])}</button><button class="btn">{_e(c.w["settings"])}</button></div>'
    )


def _newsletter(c: _Ctx) -> str:
    return (
        f'<div class="newsletter-box"><h3>{_e(c.w["newsletter"])}</h3><p>{c.chrome(c.w["nl_text"])}</p>'
        f'<form action="/newsletter"><input type="email" placeholder="{_e(c.w["email"])}"><button>{_e(c.w["nl_button"])}</button></form></div>'
    )


def _teasers(c: _Ctx, n: int, cls: str = "teaser") -> str:
    return "".join(
        f'<div class="{cls}"><a href="{c.href()}"><h3>{_e(h)}</h3></a><p>{_e(s)} <a href="{c.href()}">{_e(c.w["read_more"])}</a></p></div>'
        for h, s in zip(c.heads(n), c.prose(n), strict=True)
    )


def _comments(c: _Ctx, cls: str) -> str:
    n = c.rng.randrange(2, 5)
    items = "".join(
        f'<li class="{cls}"><div class="comment-meta"><span class="author">{_e(c.rng.choice(NAMES).split()[0])}</span> <time>{c.date()}</time></div>'
        f'<div class="comment-content"><p>{_e(s)}</p></div><a class="reply" href="#">{_e(c.w["reply"])}</a></li>'
        for s in c.prose(n)
    )
    return (
        f'<section id="comments" class="comments"><h2>{_e(c.w["comments"].format(n=n))}</h2><ol class="comment-list">{items}</ol>'
        f'<p class="must-log-in">{c.chrome(c.w["login_note"])}</p></section>'
    )


def _figure(c: _Ctx) -> str:
    credit = c.w["photo"].format(a=c.rng.choice(("dpa", "AFP", "Reuters", "EFE", "ANSA", "PAP", c.author)))
    c.bad.append(credit)
    return f'<figure class="image"><img src="/img/{c.rng.randrange(10**5)}.jpg" alt=""><figcaption>{_e(c.title)} <span class="credit">{_e(credit)}</span></figcaption></figure>'


def _footer(c: _Ctx) -> str:
    links = " | ".join(f'<a href="#">{_e(c.w[k])}</a>' for k in ("contact", "imprint", "privacy"))
    return f'<footer class="site-footer"><nav>{links}</nav><p>{_e(c.w["rights"])}</p></footer>'


def _header(c: _Ctx, site: str) -> str:
    return f'<header class="site-header"><a class="logo" href="/">{_e(site)}</a><nav class="main-nav"><ul>{_nav(c)}</ul></nav></header>'


def _page(c: _Ctx, body: str) -> str:
    cookie = _cookie(c) if c.rng.random() < 0.5 else ""
    top = c.rng.random() < 0.5
    return (
        f'<!DOCTYPE html>\n<html lang="{c.lang}"><head><meta charset="utf-8"><title>{_e(c.title)}</title>'
        f'<meta property="og:title" content="{_e(c.title)}"></head>\n<body>{cookie if top else ""}{body}{"" if top else cookie}</body></html>'
    )


def typo3(c: _Ctx) -> Built:
    lead, rest = c.paras[0], c.paras[1:]
    frames = []
    for i, p in enumerate(rest):
        frames.append(
            f'<div id="c{300 + i * 7}" class="frame frame-default frame-type-text frame-layout-0"><p>{_e(p)}</p></div>'
        )
        if i == 0 and c.rng.random() < 0.6:
            frames.append(f'<div id="c{299}" class="frame frame-default frame-type-image">{_figure(c)}</div>')
    rel = "".join(
        f'<li><a href="{c.href()}">{_e(h)}</a><p>{_e(s)}</p></li>' for h, s in zip(c.heads(3), c.prose(3), strict=True)
    )
    body = (
        f'{_header(c, "Stadtportal")}<div id="page"><div class="breadcrumb"><a href="/">{_e(c.w["home"])}</a> &gt; News</div>'
        f'<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article"><div class="header"><h1 itemprop="headline">{_e(c.title)}</h1></div>'
        f'<div class="news-list-date"><time itemprop="datePublished">{c.date()}</time></div>'
        f'<div class="teaser-text" itemprop="description"><p>{_e(lead)}</p></div>'
        f'<div class="news-text-wrap" itemprop="articleBody">{"".join(frames)}</div>'
        f'<div class="news-related-wrap"><div class="news-related news-related-news"><h4>{_e(c.w["related"])}</h4><ul>{rel}</ul></div></div>'
        f'<div class="news-backlink-wrap"><a href="/news">{_e(c.w["back"])}</a></div></div></div></div>'
        f"{_footer(c)}"
    )
    return _page(c, body), c.paras


def drupal(c: _Ctx) -> Built:
    fig = _figure(c) if c.rng.random() < 0.7 else ""
    tags = ", ".join(f'<a href="/tags/{i}">{_e(h.split()[0])}</a>' for i, h in enumerate(c.heads(3)))
    bio = c.w["bio"].format(a=c.author)
    body = (
        f'<div class="dialog-off-canvas-main-canvas">{_header(c, "Regionalzeitung")}<main role="main"><div class="layout-content">'
        f'<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">{_e(c.title)}</span></h1>'
        f'<div class="node__meta"><span class="field--name-uid">{_e(c.w["by"].format(a=c.author))}</span> <span class="field--name-created">{c.date()}</span></div>'
        f'<div class="node__content">{("<div class=" + chr(34) + "field field--name-field-image" + chr(34) + ">" + fig + "</div>") if fig else ""}'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{_ps(c.paras)}</div>'
        f'<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">{_e(c.w["tags"])}</div><div class="field__items">{tags}</div></div>'
        f"{_comments(c, 'comment js-comment')}</div></article></div>"
        f'<aside class="layout-sidebar-second" role="complementary"><div class="block block-views"><h2>{_e(c.w["interest"])}</h2>{_teasers(c, 3, "views-row")}</div>'
        f'<div class="block block-author"><h2>{_e(c.w["author_about"])}</h2><p>{c.chrome(bio)}</p></div></aside></main>{_footer(c)}</div>'
    )
    return _page(c, body), c.paras


def joomla(c: _Ctx) -> Built:
    paras = list(c.paras)
    also = f'<p><strong>{_e(c.w["also"])}</strong> <a href="{c.href()}">{_e(c.heads(1)[0])}</a></p>'
    k = c.rng.randrange(1, len(paras)) if len(paras) > 1 else 1
    inner = _ps(paras[:k]) + also + _ps(paras[k:])
    mod = "".join(f'<li><a href="{c.href()}">{_e(h)}</a></li>' for h in c.heads(4))
    body = (
        f'<div class="body"><div class="container">{_header(c, "Nachrichten")}<div class="row-fluid"><main id="content" role="main" class="span9">'
        f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">{_e(c.title)}</h2></div>'
        f'<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author">{_e(c.w["by"].format(a=c.author))}</dd>'
        f'<dd class="category-name">{_e(c.w["nav"].split("|")[1])}</dd><dd class="published"><time>{_e(c.w["published"].format(d=c.date()))}</time></dd><dd class="hits">{c.rng.randrange(100, 9000)}</dd></dl>'
        f'<div itemprop="articleBody">{inner}</div>'
        f'<ul class="pager pagenav"><li class="previous"><a href="#">&lt; {_e(c.w["back"])}</a></li><li class="next"><a href="#">&gt;</a></li></ul></div></main>'
        f'<div id="aside" class="span3"><div class="moduletable"><h3>{_e(c.w["related"])}</h3><ul class="relateditems">{mod}</ul></div>'
        f'<div class="moduletable"><h3>{_e(c.w["most_read"])}</h3><ul class="mostread">{mod}</ul></div></div></div></div>{_footer(c)}</div>'
    )
    return _page(c, body), c.paras


def wp_news(c: _Ctx) -> Built:
    paras = list(c.paras)
    parts: list[str] = []
    k_box = c.rng.randrange(1, max(2, len(paras)))
    k_nl = c.rng.randrange(1, max(2, len(paras)))
    for i, p in enumerate(paras):
        if i == k_box:
            h, s = c.heads(1)[0], c.prose(1)[0]
            parts.append(
                f'<div class="td-related-in-content"><span class="label">{_e(c.w["also"])}</span><a href="{c.href()}"><strong>{_e(h)}</strong></a><p>{_e(s)}</p></div>'
            )
        if i == k_nl and c.rng.random() < 0.6:
            parts.append(_newsletter(c))
        if i == 1 and c.rng.random() < 0.5:
            parts.append(
                f'<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- {_e(c.w["ad"])} -</span><ins class="adsbygoogle"></ins></div>'
            )
        parts.append(f"<p>{_e(p)}</p>")
    share = "".join(
        f'<a class="td-social-sharing-button" href="#">{x}</a>' for x in ("Facebook", "X", "WhatsApp", "Email")
    )
    bio = c.w["bio"].format(a=c.author)
    body = (
        f'<div class="td-theme-wrap">{_header(c, "Il Quotidiano")}<div class="td-main-content-wrap"><div class="td-container"><article class="post type-post status-publish format-standard">'
        f'<div class="td-post-header"><ul class="td-category"><li><a href="#">{_e(c.w["nav"].split("|")[2])}</a></li></ul><header class="td-post-title"><h1 class="entry-title">{_e(c.title)}</h1>'
        f'<div class="td-module-meta-info"><div class="td-post-author-name">{_e(c.w["by"].format(a=c.author))}</div><span class="td-post-date"><time class="entry-date updated">{c.date()}</time></span></div></header></div>'
        f'<div class="td-post-sharing-top"><span>{_e(c.w["share"])}</span>{share}</div>'
        f'<div class="td-post-content tagdiv-type">{"".join(parts)}</div>'
        f'<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>{_e(c.w["tags"])}</span></li>{"".join("<li><a href=" + chr(34) + "#" + chr(34) + f">{_e(h.split()[0])}</a></li>" for h in c.heads(3))}</ul></div>'
        f'<div class="author-box-wrap"><a href="#"><img class="avatar" src="/a.jpg" alt=""></a><div class="desc"><div class="td-author-name vcard author"><a href="#">{_e(c.author)}</a></div><div class="td-author-description">{c.chrome(bio)}</div></div></div></footer></article>'
        f'<div class="td_block_related_posts"><h4 class="td-related-title">{_e(c.w["interest"])}</h4>{_teasers(c, 3, "td_module_related_posts")}</div>'
        f"{_comments(c, 'comment even thread-even depth-1') if c.rng.random() < 0.6 else ''}</div></div>{_footer(c)}</div>"
    )
    return _page(c, body), c.paras


def portal(c: _Ctx) -> Built:
    paras = list(c.paras)
    shown = paras
    paywall = ""
    if len(paras) >= 4 and c.rng.random() < 0.35:
        shown = paras[: c.rng.randrange(2, len(paras) - 1)]
        paywall = f'<div class="paywall"><p>{c.chrome(c.w["paywall"])}</p><a class="btn" href="/abo">{_e(c.w["subscribe"])}</a></div>'
    lead, rest = shown[0], shown[1:]
    parts = []
    for i, p in enumerate(rest):
        parts.append(f"<p>{_e(p)}</p>")
        if i == 0:
            q = p.split(". ")[0].rstrip(".")
            parts.append(f'<blockquote class="pull-quote"><p>«{_e(q)}»</p></blockquote>')
            parts.append(_figure(c))
        if i == 1 and len(rest) > 2:
            parts.append(
                f'<aside class="inline-teaser"><span>{_e(c.w["also"])}</span> <a href="{c.href()}">{_e(c.heads(1)[0])}</a></aside>'
            )
    most = "".join(f'<li><a href="{c.href()}">{_e(s)}</a></li>' for s in c.prose(4))
    tags = "".join(f'<li><a href="#">{_e(h.split()[0])}</a></li>' for h in c.heads(4))
    related_top = f'<section class="related-top"><h2>{_e(c.w["related"])}</h2>{_teasers(c, 3, "rel-item")}</section>'
    body = (
        f'{_header(c, "Portal")}<div class="wrapper"><main class="main"><div class="kicker">{_e(c.w["nav"].split("|")[1])}</div>'
        f"{related_top if c.rng.random() < 0.6 else ''}"
        f'<article class="story"><h1>{_e(c.title)}</h1><div class="byline">{_e(c.w["by"].format(a=c.author))} · {_e(c.w["published"].format(d=c.date()))} · {_e(c.w["reading"].format(n=c.rng.randrange(2, 9)))}</div>'
        f'<p class="lead"><strong>{_e(lead)}</strong></p><div class="story-body">{"".join(parts)}</div>{paywall}'
        f'<ul class="tags">{tags}</ul></article>'
        f"{'' if paywall else _newsletter(c) if c.rng.random() < 0.5 else ''}</main>"
        f'<aside class="sidebar"><h3>{_e(c.w["most_read"])}</h3><ol>{most}</ol></aside></div>{_footer(c)}'
    )
    return _page(c, body), shown


def medium(c: _Ctx) -> Built:
    more = "".join(
        f'<div class="postItem"><a href="{c.href()}"><h2>{_e(h)}</h2><h3>{_e(s)}</h3></a></div>'
        for h, s in zip(c.heads(3), c.prose(3), strict=True)
    )
    resp = c.prose(1)[0]
    subs = c.paras[1:]
    k = len(subs) // 2
    body = (
        f'<div id="root"><nav class="metabar"><a href="/">Medium</a> <a href="#">Sign in</a> <a href="#">Get started</a></nav>'
        f'<article class="meteredContent"><div class="section-content"><h1 class="graf graf--h3">{_e(c.title)}</h1>'
        f'<div class="author-line"><a href="#">{_e(c.author)}</a> <button>{_e(c.w["follow"])}</button> <span>{_e(c.w["reading"].format(n=c.rng.randrange(3, 12)))}</span> · <span>{c.date()}</span></div>'
        f'<p class="graf graf--p">{_e(c.paras[0])}</p>'
        f"{''.join('<p class=' + chr(34) + 'graf graf--p' + chr(34) + f'>{_e(p)}</p>' for p in subs[:k])}"
        f"{''.join('<p class=' + chr(34) + 'graf graf--p' + chr(34) + f'>{_e(p)}</p>' for p in subs[k:])}"
        f'</div></article><div class="postActions"><button>👏 {c.rng.randrange(10, 900)}</button> <button>{_e(c.w["share"])}</button></div>'
        f'<div class="responses"><h4>{_e(c.w["comments"].format(n=1))}</h4><div class="response"><b>{_e(c.rng.choice(NAMES))}</b><p>{_e(resp)}</p></div></div>'
        f'<section class="more-from"><h2>{_e(c.w["more_from"].format(a=c.author))}</h2>{more}</section></div>'
    )
    return _page(c, body), c.paras


def press(c: _Ctx) -> Built:
    side = "".join(f'<li><a href="#">{_e(h)}</a></li>' for h in c.heads(7))
    contact = f"{c.w['contact']}: {c.rng.choice(NAMES)}, Tel. +49 {c.rng.randrange(100, 999)} {c.rng.randrange(10**5, 10**6)}, presse@example.org"
    c.bad.append(contact)
    body = (
        f'{_header(c, "Ministerium")}<div id="container"><nav id="subnav" class="sidebar"><ul>{side}</ul></nav>'
        f'<div id="main" class="content"><p class="pm-number">Nr. {c.rng.randrange(10, 240)}/{c.rng.randrange(2019, 2025)} · {c.date()}</p><h1>{_e(c.title)}</h1>'
        f'<div class="text">{_ps(c.paras)}</div>'
        f'<div class="contact-box"><p>{_e(contact)}</p></div>'
        f'<div class="page-tools"><a href="#">{_e(c.w["print"])}</a> <a href="#top">{_e(c.w["top"])}</a> <a href="#">{_e(c.w["share"])}</a></div>'
        f'<p class="last-change">{_e(c.w["updated"])}: {c.date()}</p></div></div>{_footer(c)}'
    )
    return _page(c, body), c.paras


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {
    "typo3": typo3,
    "drupal": drupal,
    "joomla": joomla,
    "wp_news": wp_news,
    "portal": portal,
    "medium": medium,
    "press": press,
}

_SPLIT = r"(?<=[.!?])\s+"
"""Where the gold's sentences end (the must-snippets: :func:`gen_score.gen_page`)."""


def build_page(kind: str, index: int, seed: str) -> GenPage:
    pid = gen_score.page_id(SET, kind, index, seed)
    rng = random.Random(f"{seed}/{pid}")
    c = _Ctx(rng, rng.choice(LANGS))
    html, gold = BUILDERS[kind](c)
    if rng.random() < 0.3 and kind not in ("wp_news", "portal"):
        html = html.replace("</body>", f"{_newsletter(c)}</body>")
    return gen_score.gen_page(SET, pid, kind, html, gold, c.bad, _SPLIT, lang=c.lang)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    del data  # the texts are the generator's own
    return [build_page(kind, i, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=10, id_width=28, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
