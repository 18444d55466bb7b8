# ruff: noqa: E501  (markup is long literal lines)
"""European-language (German first) news and blog layouts that the older generators lack, trafilatura-evaluation style.

    python bench/multi_corpus26.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/multi_corpus26.py --score --cleaner-only   # cleaner alone (quick)
    python bench/multi_corpus26.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/multi_corpus26.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/multi_corpus26.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch en26), written before cleaner was run on it. Prose: :mod:`multi_corpus22_texts` (local news in
German, French, Spanish, Italian, Dutch) and the author's own :mod:`multi_corpus26_texts` (German blog posts,
liveblog entries, an interview; the chrome labels of these layouts in five languages). German is weighted thrice.
Kinds (``KINDS``):

- ``plus``: a German regional news CMS: a lead, the body with a "Das könnte Sie auch interessieren" box of three
  teasers (headline + sentence) *inside* it, and on some pages a plus teaser cutting the body ("Lesen Sie mehr mit
  Plus" + offer text + login line; gold: what is shown), then "Mehr zum Thema" and a "Meistgelesen" rail;
- ``comments``: a news article followed by a Disqus thread (``#disqus_thread``, 4–9 prose comments with names,
  times, vote counts, "Antworten") or a Facebook comments plugin (``fb-comments``), the comments often longer than
  the story;
- ``wp_blog``: a WordPress blog post (``entry-content``; German blog prose), categories line, a Jetpack
  "Ähnliche Beiträge" block with teaser sentences, an author box with a two-sentence bio, a tag cloud and "Neueste
  Beiträge" / archive widgets in the sidebar, comments with replies;
- ``liveblog``: a German liveblog: an intro paragraph, then entries (newest first) each with "14:32 Uhr", a short
  heading and one or two paragraphs, "Aktualisieren" / "Neue Einträge anzeigen" buttons, a teaser rail;
- ``interview``: a German interview: intro, then questions in ``<strong>`` paragraphs and answers as plain
  paragraphs, a "Zur Person" box, "Das Gespräch führte …";
- ``consent``: an article under a consent wall rendered into the page (two long paragraphs about cookies and
  partners, buttons, "Werbefrei lesen mit PUR"), the story short (2–4 paragraphs).

Gold: the lead and the body paragraphs (entry headings, questions and answers included; timestamps and bylines
left out). Must: the first 80 characters of the first body sentence and the last 80 of the last; must not: every
chrome sentence (teasers, comments, bios, consent and plus text). A page's half is :func:`bench.halves.half` of
``multi26/<id>``; ``--list`` and ``--dump`` show tune pages only.
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
from multi_corpus22 import _comments, _Ctx, _e, _figure, _footer, _header, _newsletter, _page, _ps, _teasers
from multi_corpus22_texts import CITIES, NAMES
from multi_corpus26_texts import (
    BLOG_DE,
    INTERVIEW_DE,
    INTERVIEW_INTRO_DE,
    LABELS26,
    LIVE_DE,
    LIVE_HEADS_DE,
    TAGS_DE,
)
from old_web_corpus import _norm, _url

SET = "multi26"
KINDS = ("plus", "comments", "wp_blog", "liveblog", "interview", "consent")
LANGS = ("de", "de", "de", "fr", "es", "it", "nl")
GERMAN_ONLY = ("liveblog", "interview")
PAGES_PER_KIND = 20
Built = tuple[str, list[str]]


def _l(c: _Ctx, key: str) -> str:
    return LABELS26[c.lang][key]


def _time(c: _Ctx) -> str:
    return f"{c.rng.randrange(6, 23):02d}:{c.rng.randrange(60):02d}"


def _byline(c: _Ctx) -> str:
    return f'<div class="article-meta"><span class="author">{_e(c.w["by"].format(a=c.author))}</span> <time>{c.date()} {_time(c)}</time></div>'


def _interest_box(c: _Ctx) -> str:
    """The "you might also like" box of teasers that regional CMSes put inside the body."""
    items = "".join(
        f'<li class="teaser-small"><a href="{c.href()}"><span class="kicker">{_e(c.w["nav"].split("|")[c.rng.randrange(1, 4)])}</span><h3>{_e(h)}</h3><p>{_e(s)}</p></a></li>'
        for h, s in zip(c.heads(3), c.prose(3), strict=True)
    )
    return f'<aside class="inline-recommendations"><h2>{_e(c.w["interest"])}</h2><ul>{items}</ul></aside>'


def _rail(c: _Ctx) -> str:
    most = "".join(f'<li><a href="{c.href()}">{_e(h)}</a></li>' for h in c.heads(5))
    return f'<aside class="sidebar"><section class="most-read"><h3>{_e(c.w["most_read"])}</h3><ol>{most}</ol></section></aside>'


def plus(c: _Ctx) -> Built:
    paras = list(c.paras)
    shown = paras
    wall = ""
    if len(paras) >= 3 and c.rng.random() < 0.5:
        shown = paras[: c.rng.randrange(2, len(paras))]
        wall = (
            f'<div class="paywall plus-teaser"><span class="badge">{_e(_l(c, "plus_badge"))}</span><h2>{_e(_l(c, "plus"))}</h2>'
            f'<p>{c.chrome(_l(c, "plus_text"))}</p><a class="btn" href="/abo">{_e(c.w["subscribe"])}</a> <a href="/login">{_e(_l(c, "plus_login"))}</a></div>'
        )
    lead, rest = shown[0], shown[1:]
    k = c.rng.randrange(0, len(rest) + 1) if rest else 0
    parts = [f"<p>{_e(p)}</p>" for p in rest]
    if c.rng.random() < 0.8:
        parts.insert(k, _interest_box(c))
    fig = _figure(c) if c.rng.random() < 0.5 else ""
    body = (
        f'{_header(c, "Kreiszeitung")}<div class="page"><main class="content"><article class="article-detail">'
        f'<span class="article-kicker">{_e(c.w["nav"].split("|")[1])}</span><h1 class="article-title">{_e(c.title)}</h1>{_byline(c)}'
        f'<p class="article-lead"><strong>{_e(lead)}</strong></p>{fig}<div class="article-body">{"".join(parts)}</div>{wall}'
        f'<section class="related"><h2>{_e(c.w["related"])}</h2>{_teasers(c, 2, "related-item")}</section></article></main>{_rail(c)}</div>{_footer(c)}'
    )
    return _page(c, body), shown


def _disqus(c: _Ctx, n: int) -> str:
    posts = []
    for s in c.prose(n):
        extra = f" {c.prose(1)[0]}" if c.rng.random() < 0.5 else ""
        name = c.rng.choice(NAMES).split()[0] + str(c.rng.randrange(10, 99))
        posts.append(
            f'<li class="post"><div class="post-content"><div class="post-byline"><span class="author publisher-anchor-color"><a href="#">{_e(name)}</a></span>'
            f' <a class="time-ago" href="#">vor {c.rng.randrange(2, 11)} Stunden</a></div><div class="post-body-inner"><div class="post-message"><p>{_e(s + extra)}</p></div></div>'
            f'<footer><span class="vote-up">{c.rng.randrange(0, 40)}</span> <span class="vote-down">{c.rng.randrange(0, 9)}</span> <a class="reply" href="#">{_e(c.w["reply"])}</a></footer></div></li>'
        )
    return (
        f'<div id="disqus_thread"><div id="layout"><header class="nav"><span class="comment-count">{_e(_l(c, "disqus_head").format(n=n))}</span>'
        f'<span class="sort">{_e(_l(c, "disqus_sort"))}</span></header><div class="textarea-outer"><div class="textarea" placeholder="{_e(_l(c, "disqus_join"))}"></div></div>'
        f'<ul id="post-list" class="post-list">{"".join(posts)}</ul></div></div>'
    )


def _fb(c: _Ctx, n: int) -> str:
    posts = "".join(
        f'<div class="_3-8y _5nz1 clearfix"><a class="UFICommentActorName" href="#">{_e(c.rng.choice(NAMES))}</a>'
        f'<div class="_30o4"><span class="_5mdd">{_e(s)}</span></div><div class="_2vq9"><a href="#">Gefällt mir</a> · <a href="#">{_e(c.w["reply"])}</a> · {c.rng.randrange(1, 23)} Std.</div></div>'
        for s in c.prose(n)
    )
    return (
        f'<div class="fb-comments-wrap"><h3>{_e(_l(c, "fb_head"))}</h3><div class="fb-comments" data-href="#" data-numposts="10">'
        f'<div class="_4k-6">{posts}</div><div class="_5lm5">{_e(_l(c, "fb_note"))}</div></div></div>'
    )


def comments(c: _Ctx) -> Built:
    n = c.rng.randrange(4, 10)
    thread = _disqus(c, n) if c.rng.random() < 0.6 else _fb(c, n)
    body = (
        f'{_header(c, "Stadtanzeiger")}<div id="wrapper"><div id="content" class="col-main"><div class="article">'
        f'<h1>{_e(c.title)}</h1>{_byline(c)}<div class="article-text">{_ps(c.paras)}</div>'
        f'<div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div></div>'
        f'<div class="comments-section">{thread}</div></div>{_rail(c)}</div>{_footer(c)}'
    )
    return _page(c, body), c.paras


def _blog_paras(c: _Ctx) -> None:
    """German pages get the blog prose as their body (other languages keep their news prose)."""
    if c.lang != "de":
        return
    rng = c.rng
    start = rng.randrange(0, len(BLOG_DE) - 5)
    sents = [
        s.format(c=rng.choice(CITIES["de"]), n=rng.randrange(100, 900))
        for s in BLOG_DE[start : start + rng.randrange(4, 8)]
    ]
    c.paras = []
    k = 0
    while k < len(sents):
        m = rng.choice((1, 2, 2))
        c.paras.append(" ".join(sents[k : k + m]))
        k += m


def wp_blog(c: _Ctx) -> Built:
    _blog_paras(c)
    paras = list(c.paras)
    subs = ""
    if len(paras) > 3 and c.rng.random() < 0.5:
        h = c.heads(1)[0]
        paras.insert(2, h)
        subs = h
    inner = "".join(f"<h2>{_e(p)}</h2>" if p == subs else f"<p>{_e(p)}</p>" for p in paras)
    cloud = " ".join(
        f'<a href="/tag/{t.lower()}" class="tag-cloud-link" style="font-size: {c.rng.randrange(8, 22)}pt;">{_e(t)}</a>'
        for t in TAGS_DE
    )
    recent = "".join(f'<li><a href="{c.href()}">{_e(h)}</a></li>' for h in c.heads(5))
    related = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{c.href()}">{_e(h)}</a></h4>'
        f'<p class="jp-relatedposts-post-excerpt">{_e(s)}</p><p class="jp-relatedposts-post-date">{c.date()}</p></div>'
        for h, s in zip(c.heads(3), c.prose(3), strict=True)
    )
    bio = _l(c, "author_box").format(a=c.author)
    cats = ", ".join(f'<a href="#" rel="category tag">{_e(t)}</a>' for t in c.rng.sample(TAGS_DE, 2))
    body = (
        f'<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Mein Gartenblog</a></p>'
        f'<p class="site-description">Geschichten aus dem Alltag</p><nav id="site-navigation"><ul><li><a href="/">Start</a></li><li><a href="/about">Über mich</a></li></ul></nav></header>'
        f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article class="post type-post status-publish hentry"><header class="entry-header"><h1 class="entry-title">{_e(c.title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published">{c.date()}</time></span> <span class="byline">{_e(c.author)}</span></div></header>'
        f'<div class="entry-content">{inner}<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{_e(_l(c, "related_posts"))}</em></h3>{related}</div></div>'
        f'<footer class="entry-footer"><span class="cat-links">{_e(_l(c, "posted_in").format(t=""))}{cats}</span></footer></article>'
        f'<div class="author-info"><div class="author-avatar"><img src="/a.jpg" alt=""></div><div class="author-description"><h2 class="author-title">{_e(c.author)}</h2>'
        f'<p class="author-bio">{c.chrome(bio)}</p></div></div>'
        f"{_comments(c, 'comment byuser comment-author-admin even thread-even depth-1') if c.rng.random() < 0.7 else ''}</main></div>"
        f'<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">{_e(_l(c, "recent"))}</h2><ul>{recent}</ul></section>'
        f'<section class="widget widget_tag_cloud"><h2 class="widget-title">{_e(_l(c, "tag_cloud"))}</h2><div class="tagcloud">{cloud}</div></section>'
        f'<section class="widget widget_archive"><h2 class="widget-title">{_e(_l(c, "archive"))}</h2><ul><li><a href="#">Mai 2024</a></li><li><a href="#">April 2024</a></li></ul></section></aside></div>'
        f'<footer id="colophon" class="site-footer"><div class="site-info">Stolz präsentiert von WordPress</div></footer></div>'
    )
    return _page(c, body), paras


def liveblog(c: _Ctx) -> Built:
    rng = c.rng
    n = rng.randrange(4, 9)
    idx = rng.sample(range(len(LIVE_DE)), n)
    heads = rng.sample(LIVE_HEADS_DE, min(n, len(LIVE_HEADS_DE)))
    intro = c.paras[0]
    gold = [intro]
    entries = []
    hour, minute = rng.randrange(15, 22), rng.randrange(60)
    for j, i in enumerate(idx):
        text = LIVE_DE[i].format(c=rng.choice(CITIES["de"]), n=rng.randrange(20, 900))
        if rng.random() < 0.4:
            text += " " + LIVE_DE[(i + 1) % len(LIVE_DE)].format(c=rng.choice(CITIES["de"]), n=rng.randrange(20, 900))
        head = heads[j] if j < len(heads) and rng.random() < 0.7 else ""
        gold += [head, text] if head else [text]
        entries.append(
            f'<div class="liveblog-entry" id="entry-{rng.randrange(10**6)}"><div class="entry-time"><time>{hour:02d}:{minute:02d} {_e(_l(c, "uhr"))}</time></div>'
            f'<div class="entry-body">{f"<h3>{_e(head)}</h3>" if head else ""}<p>{_e(text)}</p></div>'
            f'<div class="entry-share"><a href="#">{_e(c.w["share"])}</a></div></div>'
        )
        minute -= rng.randrange(5, 40)
        while minute < 0:
            minute += 60
            hour -= 1
    body = (
        f'{_header(c, "Landeszeitung")}<div class="page"><main><article class="liveblog"><span class="live-badge">{_e(_l(c, "live"))}</span>'
        f'<h1>{_e(c.title)}</h1>{_byline(c)}<p class="intro">{_e(intro)}</p>'
        f'<div class="liveblog-controls"><button>{_e(_l(c, "live_refresh"))}</button> <button class="new-entries">{_e(_l(c, "live_new"))}</button></div>'
        f'<div class="liveblog-entries">{"".join(entries)}</div></article></main>'
        f'<aside class="rail"><h3>{_e(c.w["interest"])}</h3>{_teasers(c, 3, "rail-teaser")}</aside></div>{_footer(c)}'
    )
    return _page(c, body), gold


def interview(c: _Ctx) -> Built:
    rng = c.rng
    intro = INTERVIEW_INTRO_DE[0].format(c=rng.choice(CITIES["de"]))
    qa = rng.sample(INTERVIEW_DE, rng.randrange(3, len(INTERVIEW_DE) + 1))
    gold = [intro]
    inner = [f'<p class="intro"><strong>{_e(intro)}</strong></p>']
    for q, a in qa:
        gold += [q, a]
        inner.append(f"<p><strong>{_e(q)}</strong></p><p>{_e(a)}</p>")
    who = rng.choice(NAMES)
    person = _l(c, "person").format(a=who, c=rng.choice(CITIES["de"]))
    by = _l(c, "interview_by").format(a=c.author)
    c.bad += [by]
    body = (
        f'{_header(c, "Allgemeine Zeitung")}<div class="page"><main class="content"><article class="article">'
        f'<span class="kicker">Interview</span><h1>{_e(c.title)}</h1>{_byline(c)}<div class="article-body">{"".join(inner)}'
        f'<p class="article-author"><em>{_e(by)}</em></p></div>'
        f'<div class="infobox"><h4>{_e(_l(c, "to_person"))}</h4><p>{c.chrome(person)}</p></div>'
        f"{_interest_box(c) if rng.random() < 0.5 else ''}</article></main>{_rail(c)}</div>{_footer(c)}"
    )
    return _page(c, body), gold


def consent(c: _Ctx) -> Built:
    paras = c.paras[: c.rng.randrange(2, 5)]
    wall = (
        f'<div id="sp_message_container_1" class="message-container"><div class="message"><h2>{_e(_l(c, "consent_head"))}</h2>'
        f"<p>{c.chrome(_l(c, 'consent'))}</p><p>{c.chrome(_l(c, 'consent2'))}</p>"
        f'<div class="message-row"><button class="sp_choice_type_11">{_e(_l(c, "consent_ok"))}</button> <button class="sp_choice_type_9">{_e(_l(c, "consent_pur"))}</button></div></div></div>'
    )
    top = c.rng.random() < 0.6
    body = (
        f'{wall if top else ""}{_header(c, "Nachrichten")}<div class="page"><main><article class="story"><h1>{_e(c.title)}</h1>{_byline(c)}'
        f'<div class="story-text">{_ps(paras)}</div></article>{_newsletter(c) if c.rng.random() < 0.4 else ""}</main>{_rail(c)}</div>{_footer(c)}{"" if top else wall}'
    )
    return _page(c, body), paras


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {
    "plus": plus,
    "comments": comments,
    "wp_blog": wp_blog,
    "liveblog": liveblog,
    "interview": interview,
    "consent": consent,
}

_SPLIT = r"(?<=[.!?])\s+"
"""Where the gold's sentences end (the must-snippets: :func:`gen_score.gen_page`)."""


def build_page(kind: str, index: int, seed: str) -> GenPage:
    pid = gen_score.page_id(SET, kind, index, seed)
    rng = random.Random(f"{seed}/{pid}")
    c = _Ctx(rng, "de" if kind in GERMAN_ONLY else rng.choice(LANGS))
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
