"""What the page generators share: their page (:class:`GenPage`), their pool of texts (:class:`TextPool`) and their
scoring (``--score``, ``--list``, ``--dump``): each generated page has an id, a half, a kind, its html, a gold text
and snippets that must and must not appear; a tool's output is scored by F1 against the
gold and by the snippet rule, per kind and half, tune and check side by side (check pages are never shown)."""

from __future__ import annotations

import argparse
import functools
import hashlib
import random
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bench_extract import prf
from halves import CHECK, HALVES, TUNE, half


class Page(Protocol):
    id: str
    half: str
    kind: str
    gold: str
    must: list[str]
    must_not: list[str]

    @property
    def html(self) -> str | bytes: ...


@dataclass
class GenPage:
    """A generated page of the set ``set_name``: its kind, html, gold text, the snippets that must and must not
    appear, and, where the generator has them, its language and the bench set its text comes from. Its half is
    :func:`halves.half` of ``<set_name>/<id>`` (with any seed: fresh pages keep their ids' halves)."""

    set_name: str
    id: str
    kind: str
    html: str | bytes
    gold: str
    must: list[str]
    must_not: list[str]
    lang: str = ""
    source: str = ""

    @property
    def half(self) -> str:
        return half(self.set_name, self.id)


def page_id(set_name: str, kind: str, index: int, seed: str) -> str:
    """A generated page's id: ``kind-index``, prefixed by the seed when it is not the set's own."""
    return f"{kind}-{index}" if seed == set_name else f"{seed}-{kind}-{index}"


def gen_page(
    set_name: str, pid: str, kind: str, html: str, gold: list[str], bad: list[str], split: str, lang: str = ""
) -> GenPage:
    """The :class:`GenPage` of a built page: its gold paragraphs joined, the first 80 characters of its first
    sentence and the last 80 of its last as must-snippets (sentences split by the regex ``split``), and the chrome
    strings ``bad`` that are not in the gold as must-not snippets."""
    sents = [x for line in gold for x in re.split(split, line) if x.strip()]
    text = "\n".join(gold)
    must = [sents[0][:80], sents[-1][-80:]]
    return GenPage(set_name, pid, kind, html, text, must, [m for m in bad if m and m not in text], lang=lang)


@dataclass
class TextPool:
    """A generator's article texts, headlines and sentences (read from the bench sets' tune pages by each
    generator's ``Text.load``), and the random pieces of them a page takes."""

    articles: list[tuple[str, str, list[str]]]
    """(source page id, title, gold paragraphs)."""
    headlines: list[str]
    sentences: list[tuple[str, str]]
    """(source page id, sentence)."""

    def prose(self, rng: random.Random, n: int, avoid: str) -> list[str]:
        """``n`` random sentences of other articles than ``avoid`` (a source page id)."""
        out: list[str] = []
        while len(out) < n:
            key, s = rng.choice(self.sentences)
            if key != avoid:
                out.append(s)
        return out

    def heads(self, rng: random.Random, n: int, avoid: str) -> list[str]:
        """``n`` random headlines other than ``avoid``."""
        return rng.sample([h for h in self.headlines if h != avoid], n)


@dataclass
class Result:
    f1: float
    ok: bool
    leaked: list[str]
    missing: list[str]
    empty: bool


@dataclass(frozen=True)
class Scoring:
    """What differs between generators: the snippet normalisation, the pages' URL host, column widths."""

    norm: Callable[[str], str]
    url: Callable[[Page], str]
    """The URL a page is extracted with."""
    kinds: Sequence[str]
    label_width: int = 14
    id_width: int = 24
    snippet_chars: int = 40
    shown: Callable[[str | bytes], str] = str
    judge: Callable[[Page, str], Result] | None = None
    """A generator's own judge (lang_corpus: a short must-not snippet leaks only as a line or a line's start)."""


def finish_zh(
    page: str, gold: list[str], bad: list[str], norm: Callable[[str], str], trad: bool, index: int
) -> tuple[str, str, list[str], list[str]]:
    """A Chinese generator's page made whole: in Traditional characters when ``trad`` (OpenCC s2tw on even ``index``,
    s2hk on odd, the page's ``lang`` said so), gold lines without blanks joined, the must-snippets (the first 12 and
    last 12 normalised characters) and the chrome strings that are not in the gold, each once. Returns (html, gold
    text, must, bad)."""
    if trad:
        conv = _converter("s2tw" if index % 2 == 0 else "s2hk")
        page = conv(page).replace("lang='zh-CN'", "lang='zh-TW'")
        gold, bad = [conv(g) for g in gold], [conv(b) for b in bad]
    gold = [g for g in gold if g.strip()]
    text_gold = "\n".join(gold)
    must = [norm(gold[0])[:12], norm(gold[-1])[-12:]]
    ng = norm(text_gold)
    return page, text_gold, must, [b for b in dict.fromkeys(bad) if b and norm(b) not in ng]


@functools.cache
def _converter(config: str) -> Callable[[str], str]:
    """OpenCC's ``convert`` for ``config``, made once per process (making one reads its dictionaries: ≈ 0.1 s)."""
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC(config).convert
    return convert


def ranked_halves(set_name: str, kinds: Sequence[str], shapes: Sequence[str]) -> dict[tuple[str, str], str]:
    """Per shape, the kinds (engines, styles, templates) ranked by a hash of ``<set>/<kind>/<shape>``, alternately
    tune and check: every shape's tune half holds half its kinds, and which ones differs from shape to shape."""
    out: dict[tuple[str, str], str] = {}
    for shape in shapes:
        ranked = sorted(kinds, key=lambda k: hashlib.sha256(f"{set_name}/{k}/{shape}".encode()).hexdigest())
        for i, k in enumerate(ranked):
            out[(k, shape)] = TUNE if i % 2 == 0 else CHECK
    return out


def judge(page: Page, out: str, norm: Callable[[str], str]) -> Result:
    o = norm(out)
    leaked = [m for m in page.must_not if norm(m) in o]
    missing = [m for m in page.must if norm(m) not in o]
    return Result(prf(out, page.gold)[0], not leaked and not missing, leaked, missing, not out.strip())


def tools(names: tuple[str, ...], url: Callable[[Page], str]) -> dict[str, Callable[[Page], str]]:
    out: dict[str, Callable[[Page], str]] = {}
    if "cleaner" in names:
        from cleaner.extraction import extract_html

        out["cleaner"] = lambda p: extract_html(p.html, url=url(p)).text
    if "trafilatura" in names:
        import trafilatura

        out["trafilatura"] = lambda p: trafilatura.extract(p.html, url=url(p)) or ""
    return out


def score(pages: Sequence[Page], names: tuple[str, ...], listing: int, how: Scoring, by: str = "") -> None:
    """The table per kind (or per ``by``, another attribute of the pages, in the order of ``how.kinds``), then the
    worst ``listing`` tune pages."""
    results: dict[str, dict[str, Result]] = {}
    for name, run in tools(names, how.url).items():
        results[name] = {}
        for p in pages:
            try:
                out = run(p)
            except Exception:
                out = ""
            results[name][p.id] = how.judge(p, out) if how.judge else judge(p, out, how.norm)
    cols = " | ".join(f"{h + ': n':>8} {'F1':>6} {'snip':>5} {'leak':>5} {'miss':>5} {'empty':>5}" for h in HALVES)
    for name in results:
        grouped = f"{by}; " if by else ""
        print(f"\n{name}  ({grouped}snip = pages passing the snippet rule, leak / miss = pages with a must-not / a "
              "missing must snippet)")  # fmt: skip
        print(f"{'':<{how.label_width}} {cols}")
        attr = by or "kind"
        groups = [g for g in how.kinds if not by or any(getattr(p, attr) == g for p in pages)]
        for g in [*groups, "ALL"]:
            cells = []
            for h in HALVES:
                rs = [results[name][p.id] for p in pages if p.half == h and (g == "ALL" or getattr(p, attr) == g)]
                if not rs:
                    cells.append(f"{0:>8} {'':>6} {'':>5} {'':>5} {'':>5} {'':>5}")
                    continue
                n = len(rs)
                cells.append(
                    f"{n:>8} {statistics.fmean(r.f1 for r in rs):6.3f} {sum(r.ok for r in rs) / n:5.2f}"
                    f" {sum(bool(r.leaked) for r in rs) / n:5.2f} {sum(bool(r.missing) for r in rs) / n:5.2f}"
                    f" {sum(r.empty for r in rs):>5}"
                )
            print(f"{g:<{how.label_width}} {' | '.join(cells)}", flush=True)
    if listing:
        first = next(iter(results))
        worst = sorted(
            (p for p in pages if p.half == TUNE), key=lambda p: (results[first][p.id].ok, results[first][p.id].f1)
        )
        print(f"\nworst tune pages ({first}):")
        cut = how.snippet_chars
        for p in worst[:listing]:
            r = results[first][p.id]
            if r.ok and r.f1 > 0.95:
                break
            leaked, missing = [m[:cut] for m in r.leaked], [m[:cut] for m in r.missing]
            print(f"  {p.id:<{how.id_width}} F1 {r.f1:.3f} leaked {leaked} missing {missing}")


def main(
    argv: list[str] | None, doc: str | None, build: Callable[[Path, str], Sequence[Page]], seed: str, how: Scoring
) -> int:
    ap = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--cleaner-only", action="store_true")
    ap.add_argument("--kind", action="append", choices=how.kinds)
    ap.add_argument("--list", type=int, default=0, help="list the N worst tune pages (cleaner)")
    ap.add_argument("--dump", help="print a tune page's html, gold and cleaner output")
    ap.add_argument("--seed", default=seed)
    args = ap.parse_args(argv)
    pages = [p for p in build(args.data, args.seed) if not args.kind or p.kind in args.kind]
    if args.dump:
        for p in pages:
            if p.id == args.dump:
                if p.half == CHECK:
                    print("a check page: not shown")
                    return 1
                print(how.shown(p.html), "\n\n--- gold\n", p.gold, "\n\n--- must not\n", p.must_not)
                print("\n--- cleaner\n", tools(("cleaner",), how.url)["cleaner"](p))
                return 0
        print("no such page")
        return 1
    names = ("cleaner",) if args.cleaner_only else ("cleaner", "trafilatura")
    if args.score or args.list:
        score(pages, names, args.list, how)
    return 0
