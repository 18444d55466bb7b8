"""Main-content extraction benchmark: cleaner vs trafilatura vs readability-lxml.

Run as ``make bench-extract`` (``bench/bench_extract.py --data ../shared/data/extraction``).

For every data set (a folder with ``html/<id>.html``, ``gold/<id>.txt`` and
``meta.jsonl``) and every tool, prints mean and median token F1, precision,
recall, the boilerplate leak rate and pages per CPU-second, side by side.

Metric: NFKC + lowercase; each CJK character is one token, every other run of
letters/digits is one token; punctuation is dropped; multiset overlap; mean over
pages. An empty output or an exception scores 0. Speed is CPU time (time.process_time) per page in
this one process, after one untimed warm-up call per tool.

Leak rate: share of pages whose output contains a boilerplate cue (责任编辑,
分享至, 版权, 举报, 评论, "share this", "copyright", ...) that the gold text
does not contain.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

SETS = ("daniel_zh", "magichtml_zh", "cwced_zh", "scrapinghub_en")
TOOLS = ("cleaner", "trafilatura", "readability")
CUES_ZH = ("责任编辑", "分享至", "版权", "举报", "评论")
CUES_EN = ("share this", "copyright", "all rights reserved", "comments", "sign up", "advertisement")

_WORD = re.compile(r"[^\W_]+")
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f])")


def tokens(text: str) -> Counter[str]:
    norm = unicodedata.normalize("NFKC", text).lower()
    out: Counter[str] = Counter()
    for run in _WORD.findall(norm):
        for piece in _CJK.split(run):
            if piece:
                out[piece] += 1
    return out


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    p, g = tokens(pred), tokens(gold)
    if not p or not g:
        return 0.0, 0.0, 0.0
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision = overlap / sum(p.values())
    recall = overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall), precision, recall


def leaks(pred: str, gold: str, cues: tuple[str, ...]) -> list[str]:
    p = unicodedata.normalize("NFKC", pred).lower()
    g = unicodedata.normalize("NFKC", gold).lower()
    return [c for c in cues if c in p and c not in g]


@dataclass
class Page:
    set: str
    id: str
    html: str
    gold: str
    url: str | None
    lang: str
    page_type: str


def load_set(root: Path, name: str, limit: int | None) -> list[Page]:
    folder = root / name
    pages: list[Page] = []
    with (folder / "meta.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            meta = json.loads(line)
            pid = meta["id"]
            html_path, gold_path = folder / "html" / f"{pid}.html", folder / "gold" / f"{pid}.txt"
            if not html_path.exists() or not gold_path.exists():
                continue
            pages.append(
                Page(
                    set=name,
                    id=pid,
                    html=html_path.read_text(encoding="utf-8", errors="replace"),
                    gold=gold_path.read_text(encoding="utf-8", errors="replace"),
                    url=meta.get("url"),
                    lang=meta.get("lang", "zh"),
                    page_type=meta.get("page_type", ""),
                )
            )
            if limit and len(pages) >= limit:
                break
    return pages


def tool_cleaner() -> Callable[[Page], str]:
    from cleaner.extraction import extract_html

    def run(page: Page) -> str:
        return extract_html(page.html, url=page.url).text

    return run


def tool_trafilatura() -> Callable[[Page], str]:
    import trafilatura

    def run(page: Page) -> str:
        return trafilatura.extract(page.html, url=page.url) or ""

    return run


def tool_readability() -> Callable[[Page], str]:
    import lxml.html
    from readability import Document as RDoc

    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "blockquote", "table"}

    def run(page: Page) -> str:
        summary = RDoc(page.html).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag in blocks:
                el.tail = "\n" + (el.tail or "")
        text = root.text_content()
        return "\n".join(line.strip() for line in text.splitlines() if line.strip())

    return run


FACTORIES: dict[str, Callable[[], Callable[[Page], str]]] = {
    "cleaner": tool_cleaner,
    "trafilatura": tool_trafilatura,
    "readability": tool_readability,
}


@dataclass
class Result:
    f1: list[float] = field(default_factory=list)
    p: list[float] = field(default_factory=list)
    r: list[float] = field(default_factory=list)
    leaked: int = 0
    errors: int = 0
    cpu: float = 0.0
    by_type: dict[str, list[float]] = field(default_factory=dict)
    worst: list[tuple[float, str]] = field(default_factory=list)


def run_tool(fn: Callable[[Page], str], pages: list[Page]) -> Result:
    res = Result()
    for page in pages:
        t0 = time.process_time()
        try:
            out = fn(page)
        except Exception:  # a crash scores 0 like an empty output
            out = ""
            res.errors += 1
        res.cpu += time.process_time() - t0
        f1, p, r = prf(out, page.gold)
        res.f1.append(f1)
        res.p.append(p)
        res.r.append(r)
        cues = CUES_EN if page.lang == "en" else CUES_ZH
        if out and leaks(out, page.gold, cues):
            res.leaked += 1
        if page.page_type:
            res.by_type.setdefault(page.page_type, []).append(f1)
        res.worst.append((f1, page.id))
    res.worst.sort()
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--set", action="append", choices=SETS, help="data set(s) to run (default: all)")
    ap.add_argument("--only", action="append", choices=TOOLS, help="tool(s) to run (default: all)")
    ap.add_argument("--limit", type=int, default=None, help="pages per set (for a quick look)")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages per set for the first tool")
    args = ap.parse_args(argv)

    sets = args.set or list(SETS)
    tools = args.only or list(TOOLS)
    fns = {name: FACTORIES[name]() for name in tools}
    data = {name: load_set(args.data, name, args.limit) for name in sets if (args.data / name).is_dir()}
    if not data:
        print(f"no data sets under {args.data}", file=sys.stderr)
        return 2
    # One untimed call per tool: imports, rule compilation and caches are set-up costs, not per-page costs.
    first = next(iter(data.values()))[0]
    for fn in fns.values():
        run_tool(fn, [first])

    header = (
        f"{'set':<16}{'tool':<13}{'pages':>6}{'F1 mean':>9}{'F1 med':>8}{'prec':>7}{'recall':>8}{'leak':>7}"
        f"{'err':>5}{'pages/cpu-s':>13}"
    )
    print(header)
    print("-" * len(header))
    speeds: dict[str, list[float]] = {}
    for set_name, pages in data.items():
        for tool in tools:
            res = run_tool(fns[tool], pages)
            n = len(pages)
            rate = n / res.cpu if res.cpu > 0 else float("inf")
            speeds.setdefault(tool, []).append(res.cpu)
            print(
                f"{set_name:<16}{tool:<13}{n:>6}{statistics.fmean(res.f1):>9.3f}{statistics.median(res.f1):>8.3f}"
                f"{statistics.fmean(res.p):>7.3f}{statistics.fmean(res.r):>8.3f}{res.leaked / n:>7.1%}"
                f"{res.errors:>5}{rate:>13.1f}"
            )
            for ptype, vals in sorted(res.by_type.items()):
                print(
                    f"{'  ' + ptype:<16}{tool:<13}{len(vals):>6}"
                    f"{statistics.fmean(vals):>9.3f}{statistics.median(vals):>8.3f}"
                )
            if args.worst and tool == tools[0]:
                for f1, pid in res.worst[: args.worst]:
                    print(f"    worst {f1:.3f} {pid}")
        print()
    total_pages = sum(len(p) for p in data.values())
    print("overall pages per CPU-second:")
    for tool, cpus in speeds.items():
        print(f"  {tool:<13}{total_pages / sum(cpus):>10.1f}")
    if "cleaner" in speeds and "trafilatura" in speeds:
        print(f"  cleaner / trafilatura speed: {sum(speeds['trafilatura']) / sum(speeds['cleaner']):.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
