"""Modern page layouts from the bench pages, the gold text kept: app-state JSON, hidden bodies, utility classes.

    python bench/modern_corpus.py --data ../shared/data/extraction [--set daniel_zh ...] [--tool trafilatura]
        [--list 5] [--dump DIR] [--limit N]

Issue #12 measured cleaner behind trafilatura and readability on unseen "Chinese forum / Q&A / modern article"
pages. Modern pages differ from the portals of the bench sets: a script renders the article from JSON embedded
in the page, the article is hidden until a script runs, class names mean nothing. As :mod:`perturb` does, this
generator finds the element holding the article (:func:`perturb.body_index`, no extractor involved) and lays the
page out another way, keeping the gold:

- ``next_data``: the body replaced by an empty ``<div id="__next">`` skeleton; the body's HTML in a
  ``<script id="__NEXT_DATA__" type="application/json">`` (``props.pageProps.article.content``), with a list of
  related headlines and summaries of other tune pages beside it;
- ``nuxt``: an empty ``<div id="__nuxt">`` with a "loading" notice; the gold as plain text with ``\\n`` in
  ``window.__NUXT__={...}``;
- ``initial_state``: a "请开启JavaScript" notice; the body's HTML in ``window.__INITIAL_STATE__={...}`` with six
  comments (sentences of other pages) beside it;
- ``qa_json``: a Zhihu-like ``<script id="js-initialData" type="text/json">``: the question, and the gold's
  paragraphs split into three answers (each an HTML string under ``entities.answers.<id>.content``);
- ``display_none`` / ``visibility_hidden`` / ``opacity0``: the body's element hidden by its inline style until a
  script shows it (``visibility_hidden`` with WeChat's ``id="js_content"``);
- ``fold``: the body in a "展开全文" fold (``max-height`` + ``overflow:hidden``, a read-more link under it);
- ``template``: the body inside a ``<template>`` a script would clone;
- ``script_template``: the body (its scripts left out) inside a ``<script type="text/html">`` client-side template;
- ``amp``: images as ``<amp-img>``, an ``<amp-ad>`` between paragraphs, the body in an ``<amp-story>``-less
  AMP page (``<html amp>``);
- ``sections``: 135editor / 秀米-style WeChat markup: every paragraph in two inline-styled ``<section>``s, its text
  one ``<span>`` per phrase;
- ``css_in_js`` / ``tailwind``: every class replaced by generated names (``css-1x2y3z``, ``sc-bdVaJa``) / by
  Tailwind utility classes (no semantic class name left), ids dropped.

Pages keep their half (:mod:`halves`); ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import Page, load_set, prf
from halves import HALVES, TUNE
from perturb import _WRAPS, EN_SETS, MARK, SETS, Pool, _elements, _replace, _rng, located_bodies
from selectolax.lexbor import LexborHTMLParser

KINDS = (
    "identity",
    "next_data",
    "nuxt",
    "initial_state",
    "qa_json",
    "display_none",
    "visibility_hidden",
    "opacity0",
    "fold",
    "template",
    "script_template",
    "amp",
    "sections",
    "css_in_js",
    "tailwind",
)
_JS_OFF = {"zh": "请开启JavaScript以浏览本页面。", "en": "Please enable JavaScript to view this page."}
_LOADING = {"zh": "加载中…", "en": "Loading…"}
_MORE = {"zh": "展开全文", "en": "Read more"}


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _paras(gold: str) -> list[str]:
    return [line.strip() for line in gold.splitlines() if line.strip()]


def _related(rng: object, pool: Pool, page: Page) -> list[dict[str, object]]:
    import random

    assert isinstance(rng, random.Random)
    heads = rng.sample(pool.headlines, min(6, len(pool.headlines)))
    return [
        {"id": rng.randrange(10**8), "title": h, "summary": s, "url": f"/a/{rng.randrange(10**6)}"}
        for h, s in zip(heads, pool.prose(rng, len(heads), page), strict=False)
    ]


def _classes(html: str, make: Callable[[int], str]) -> str:
    names: dict[str, str] = {}

    def one(m: re.Match[str]) -> str:
        value = m.group(2)
        if value not in names:
            names[value] = make(len(names))
        return f'class="{names[value]}"'

    html = re.sub(r"""\bclass\s*=\s*(["'])(.*?)\1""", one, html, flags=re.I | re.S)
    return re.sub(r"""\sid\s*=\s*(["'])(.*?)\1""", "", html, flags=re.I | re.S)


_TW = (
    "flex items-center justify-between px-4 py-2",
    "mx-auto max-w-3xl px-4 sm:px-6 lg:px-8",
    "text-base leading-7 text-gray-700",
    "mt-6 space-y-4",
    "grid grid-cols-1 gap-6 md:grid-cols-3",
    "text-sm text-gray-500 hover:text-gray-900",
    "rounded-lg border border-gray-200 p-4 shadow-sm",
    "font-semibold tracking-tight text-gray-900",
    "w-full overflow-hidden",
    "hidden lg:block w-64 shrink-0",
)


def _css_name(i: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    h = (i * 2654435761) % (62**6)
    s = ""
    for _ in range(6):
        s += alphabet[h % 62]
        h //= 62
    return f"css-{s.lower()}" if i % 2 else f"sc-{s[:6]}"


def _sections(own: str) -> str | None:
    def one(m: re.Match[str]) -> str:
        text = m.group(2)
        if "<" in text:
            return m.group(0)
        phrases = [p for p in re.split(r"(?<=[，。；！？,;.!?])", text) if p]
        spans = "".join(f'<span style="font-size: 15px;color: rgb(62, 62, 62);">{p}</span>' for p in phrases)
        return (
            '<section style="margin: 10px 0px;box-sizing: border-box;"><section style="line-height: 1.75em;">'
            f'<p style="text-align: justify;">{spans}</p></section></section>'
        )

    out, n = re.subn(r"<p\b([^>]*)>(.*?)</p>", one, own, flags=re.I | re.S)
    return out if n else None


def modern(page: Page, kind: str, index: int, pool: Pool) -> str | None:
    """The page's HTML laid out as ``kind``; None when the layout does not apply."""
    rng = _rng(page, "modern/" + kind)
    lang = pool.lang
    if kind == "css_in_js":
        return _classes(page.html, _css_name)
    if kind == "tailwind":
        return _classes(page.html, lambda i: _TW[i % len(_TW)])
    tree = LexborHTMLParser(page.html)
    assert tree.body is not None
    body = _elements(tree.body)[index]
    if kind == "identity":
        return tree.html
    if body.tag not in _WRAPS:
        body.inner_html = f"<div {MARK}='1'>{body.inner_html}</div>"
        found = tree.css_first(f"[{MARK}]")
        assert found is not None
        body = found
    own = body.html or ""
    inner = body.inner_html or ""
    paras = _paras(page.gold)
    title = pool.headlines[0] if not paras else paras[0][:30]
    m = re.search(r"<title[^>]*>([^<]+)</title>", page.html, re.I)
    if m:
        title = m.group(1).strip()
    if kind == "next_data":
        data = {
            "props": {
                "pageProps": {
                    "article": {"id": rng.randrange(10**8), "title": title, "content": inner, "author": "编辑部"},
                    "related": _related(rng, pool, page),
                }
            },
            "page": "/article/[id]",
            "query": {"id": str(rng.randrange(10**6))},
            "buildId": "k3Xb9aQ",
        }
        _replace(body, '<div id="__next"><div class="skeleton"></div><div class="skeleton"></div></div>')
        script = f'<script id="__NEXT_DATA__" type="application/json">{_json(data)}</script>'
    elif kind == "nuxt":
        data = {
            "layout": "default",
            "data": [{"detail": {"title": title, "body": "\n".join(paras), "views": rng.randrange(10**5)}}],
            "state": {"user": None, "related": _related(rng, pool, page)},
        }
        _replace(body, f'<div id="__nuxt"><div class="loading">{_LOADING[lang]}</div></div>')
        script = f"<script>window.__NUXT__={_json(data)};</script>"
    elif kind == "initial_state":
        comments = [
            {"id": rng.randrange(10**8), "user": {"name": f"u{k}"}, "content": s, "likes": rng.randrange(99)}
            for k, s in enumerate(pool.prose(rng, 6, page))
        ]
        data = {"article": {"title": title, "content": inner, "tags": ["a", "b"]}, "comments": comments}
        _replace(body, f'<div id="app"><noscript>{_JS_OFF[lang]}</noscript></div>')
        script = f"<script>window.__INITIAL_STATE__={_json(data)}</script>"
    elif kind == "qa_json":
        if len(paras) < 3:
            return None
        cut = [0, len(paras) // 3, 2 * len(paras) // 3, len(paras)]
        answers = {
            str(rng.randrange(10**9)): {
                "content": "".join(f"<p>{p}</p>" for p in paras[cut[k] : cut[k + 1]]),
                "author": {"name": f"user{k}", "headline": "答主"},
                "voteupCount": rng.randrange(999),
            }
            for k in range(3)
        }
        data = {"initialState": {"entities": {"questions": {"1": {"title": title}}, "answers": answers}}}
        _replace(body, f'<div id="root"><noscript>{_JS_OFF[lang]}</noscript></div>')
        script = f'<script id="js-initialData" type="text/json">{_json(data)}</script>'
    else:
        script = ""
        if kind == "display_none":
            changed = f'<div style="display: none;">{own}</div>'
        elif kind == "visibility_hidden":
            changed = f'<div class="rich_media_content" id="js_content" style="visibility: hidden;">{inner}</div>'
        elif kind == "opacity0":
            changed = f'<div class="content" style="opacity:0;transition:opacity .3s">{own}</div>'
        elif kind == "fold":
            changed = (
                f'<div class="article-fold" style="max-height:600px;overflow:hidden;position:relative">{own}</div>'
                f'<div class="fold-more"><a href="javascript:;">{_MORE[lang]}</a></div>'
            )
        elif kind in ("template", "script_template"):
            changed = '<div id="app"></div><i class="tplmark"></i>'
        elif kind == "amp":
            amp_img = r'<amp-img\1 layout="responsive" width="600" height="400"></amp-img>'
            amp = re.sub(r"<img\b([^>]*?)/?>", amp_img, own)
            amp = re.sub(
                r"(</p>)", r'\1<amp-ad width="300" height="250" type="adsense"></amp-ad>', amp, count=1, flags=re.I
            )
            changed = amp
        elif kind == "sections":
            got = _sections(own)
            if got is None:
                return None
            changed = got
        else:
            raise ValueError(kind)
        _replace(body, changed)
    html = tree.html or ""
    if kind == "script_template":
        text = re.sub(r"<script\b.*?</script\s*>", "", own, flags=re.I | re.S)
        html = html.replace('<i class="tplmark"></i>', f'<script type="text/html" id="tpl-article">{text}</script>', 1)
    if kind == "template":  # the parser keeps a <template>'s content out of the tree: set it in as text
        html = html.replace('<i class="tplmark"></i>', f'<template id="tpl-article">{own}</template>', 1)
    if kind == "amp":
        html = re.sub(r"<html\b", "<html amp", html, count=1, flags=re.I)
    if script:
        html = html.replace("</body>", script + "</body>", 1) if "</body>" in html else html + script
    return html


def _tool(name: str) -> Callable[[str, str | None], str]:
    if name == "trafilatura":
        import trafilatura

        return lambda html, url: trafilatura.extract(html, url=url) or ""
    from cleaner.extraction import extract_html

    return lambda html, url: extract_html(html, url=url).text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--set", action="append", choices=SETS)
    ap.add_argument("--kind", action="append", choices=KINDS)
    ap.add_argument("--tool", action="append", choices=("cleaner", "trafilatura"))
    ap.add_argument("--list", type=int, default=0)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    kinds = args.kind or list(KINDS)
    tools = args.tool or ["cleaner"]
    runs = {t: _tool(t) for t in tools}
    half = f"{'n':>8} {'F1':>6} {'<0.5':>5}"
    print(f"{'set':<13} {'layout':<18} {'tool':<12} {half} | {half}   (tune | check)")
    for name in args.set or list(SETS):
        pages = [p for p in load_set(args.data, name, args.limit, HALVES) if p.page_type == "article"]
        pool = Pool(pages, "en" if name in EN_SETS else "zh")
        located = located_bodies(pages)
        scores: dict[tuple[str, str, str], list[tuple[float, str]]] = {}
        for p, idx in located:
            for kind in kinds:
                html = modern(p, kind, idx, pool)
                if html is None:
                    continue
                if args.dump and p.half == TUNE:
                    args.dump.mkdir(parents=True, exist_ok=True)
                    (args.dump / f"{name}.{p.id}.{kind}.html").write_text(html, encoding="utf-8")
                for tool, run in runs.items():
                    scores.setdefault((kind, tool, p.half), []).append((prf(run(html, p.url), p.gold)[0], p.id))
        for kind in kinds:
            for tool in tools:
                cells = []
                for h in HALVES:
                    rows = scores.get((kind, tool, h), [])
                    f1 = statistics.fmean(r[0] for r in rows) if rows else 0.0
                    low = sum(1 for r in rows if r[0] < 0.5)
                    cells.append(f"{len(rows):>8} {f1:6.3f} {low:>5}")
                print(f"{name:<13} {kind:<18} {tool:<12} {cells[0]} | {cells[1]}", flush=True)
        if args.list:
            for kind in kinds:
                rows = sorted(scores.get((kind, tools[0], TUNE), []))[: args.list]
                for f1, pid in rows:
                    if f1 < 0.8:
                        print(f"    {kind:<18} {f1:.3f}  {pid}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
