"""Drift sweep: every extraction generator (and perturb.py's kinds) on its own seed and on fresh seeds, scores only.

    python bench/gen_sweep.py [--fresh sweep28-fresh1,sweep28-fresh2] [--limit 40] [--tree DIR] [--only NAME ...]
                              [--no-perturb] [--perturb-limit 5] [--json FILE]
    python bench/gen_sweep.py --catastrophes NAME-dev1 [--only NAME ...]   # a dev seed's tune pages that failed
    python bench/gen_sweep.py --diff BASE.jsonl MINE.jsonl                 # two sweeps' --json rows side by side

Each generator was developed on its own seed; later sessions' changes were never judged on fresh seeds of the
older ones (issue #12). This runs every generator's ``build`` on its default seed and on each ``--fresh`` seed,
extracts every page with cleaner and prints, per generator: F1 on the default seed (both halves), F1 on the fresh
seeds (mean over the seeds), the gap (default - fresh), and on the fresh seeds the share of pages that leak (a
must-not snippet, or a chrome string of a thread page, in the output), and the counts of empty outputs, wrong
blocks (F1 < 0.3) and bloats (output >= 3x the gold's length). Rows sorted by fresh F1, then by gap. No page, gold or
output is ever shown: a fresh seed is a measuring seed (its pages are never looked at); debug on your own dev seeds
with each generator's ``--seed S --list N`` / ``--dump ID``.

``--limit N`` keeps N pages per generator and seed (every k-th page of the build, the same positions on every seed,
so every kind stays in): the whole sweep runs in about ten minutes of pure Python on the default limit.
``--tree DIR`` imports the generators and cleaner from another checkout (``/work/main``: the base tree), so two
trees are compared on the same seeds; the generators are that tree's own.

perturb.py's kinds run over the six shared sets' article pages (``--perturb-limit`` pages per set and half; both
halves, scores only) with perturb's own seed ("", the bench's layouts) and each fresh seed as ``perturb.SEED``.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

GENERATORS = (
    "cms_corpus",
    "decoy_corpus",
    "en_forum_corpus24",
    "en_forum_corpus25",
    "en_forum_corpus30",
    "en_web_corpus25b",
    "en_web_corpus27",
    "en_web_corpus28",
    "forum_corpus18",
    "lang_corpus",
    "menu_corpus",
    "multi_corpus22",
    "multi_corpus26",
    "multi_corpus27",
    "multilang_corpus",
    "multilang_corpus32",
    "old_web_corpus",
    "short_article_corpus",
    "split_corpus",
    "thread_corpus2",
    "thread_corpus3",
    "thread_corpus4",
    "thread_corpus5",
    "thread_corpus6",
    "web_corpus19",
    "web_corpus20",
    "web_corpus21",
    "web_corpus22",
    "zh_forum_corpus20",
    "zh_forum_corpus21",
    "zh_forum_corpus22",
    "zh_forum_corpus23",
    "zh_forum_corpus24",
    "zh_forum_corpus25",
    "zh_forum_corpus26",
    "zh_forum_corpus27",
    "zh_forum_corpus28",
    "zh_modern_corpus19",
    "zh_news_corpus20",
    "zh_news_corpus21",
    "zh_news_corpus22",
    "zh_news_corpus24",
    "zh_news_corpus25",
    "zh_news_corpus26",
    "zh_news_corpus27",
    "zh_portal_corpus",
    "zh_portal_corpus31",
    "zh_qa_corpus29",
    "zh_forum_corpus31",
    "en_forum_corpus32",
    "zh_forum_corpus32",
    "zh_oldportal_corpus32",
    "zh_thread_shapes32",
    "en_blog_corpus33",
    "zh_news_corpus33",
    "zh_qa_corpus34",
    "zh_longnews_corpus34",
    "zh_longthread_corpus34",
    "zh_records_corpus35",
    "zh_thread_corpus35",
    "en_comments_corpus35",
    "zh_forum_corpus37",
    "zh_portal_corpus38",
)
"""The generators with a seeded ``build`` (``thread_corpus`` reads fixed fixtures and ``modern_corpus`` rewrites the
bench's pages: neither has a seed, both are left out)."""

FRESH = ("sweep28-fresh1", "sweep28-fresh2")
WRONG = 0.3
"""An output whose F1 is below this took the wrong block (or almost nothing)."""
BLOAT = 3.0
"""An output this many times the gold's length (characters) took the page's chrome with it."""


@dataclass
class Score:
    """One page's figures."""

    f1: float
    leak: bool
    empty: bool
    wrong: bool
    bloat: bool


@dataclass
class Row:
    """A generator's (or a perturb kind's) figures: the default seed's scores, and each fresh seed's."""

    name: str
    default: list[Score] = field(default_factory=list)
    fresh: dict[str, list[Score]] = field(default_factory=dict)
    seconds: float = 0.0

    def f1(self, scores: Sequence[Score]) -> float:
        return statistics.fmean(s.f1 for s in scores) if scores else float("nan")

    def fresh_f1(self) -> float:
        return statistics.fmean(self.f1(s) for s in self.fresh.values()) if self.fresh else float("nan")

    def pooled(self) -> list[Score]:
        return [s for scores in self.fresh.values() for s in scores]

    def as_dict(self) -> dict[str, Any]:
        pooled = self.pooled()
        return {
            "name": self.name,
            "n": len(self.default),
            "default": round(self.f1(self.default), 4),
            "fresh": {seed: round(self.f1(s), 4) for seed, s in self.fresh.items()},
            "leak": round(sum(s.leak for s in pooled) / max(len(pooled), 1), 3),
            "empty": sum(s.empty for s in pooled),
            "wrong": sum(s.wrong for s in pooled),
            "bloat": sum(s.bloat for s in pooled),
            "default_wrong": sum(s.wrong for s in self.default),
        }


def _score(f1: float, out: str, gold: str, leak: bool) -> Score:
    return Score(f1, leak, not out.strip(), f1 < WRONG, len(out.strip()) >= BLOAT * max(len(gold.strip()), 1))


def _every(pages: Sequence[Any], limit: int) -> list[Any]:
    """Every k-th page so that at most ``limit`` are kept (the same positions on every seed)."""
    if limit <= 0 or len(pages) <= limit:
        return list(pages)
    step = len(pages) / limit
    return [pages[int(i * step)] for i in range(limit)]


class Generator:
    """A generator module's ``build`` and its judge, whichever of the two page families it makes: ``GenPage``
    (gold a string, judged by must / must-not snippets, extracted with its scoring's URL) or a thread page (gold a
    method, judged by its chrome strings)."""

    def __init__(self, name: str, data: Path) -> None:
        self.name = name
        self.module: ModuleType = importlib.import_module(name)
        self.data = data
        build = self.module.build
        self.takes_data = next(iter(inspect.signature(build).parameters)) == "data"

    def build(self, seed: str | None) -> list[Any]:
        seed = seed or self.module.SET
        pages: list[Any] = self.module.build(self.data, seed) if self.takes_data else self.module.build(seed)
        return pages

    def judge(self, page: Any) -> Score:
        from cleaner.extraction import extract_html

        if callable(getattr(page, "gold", None)):  # a thread page
            from bench_extract import prf

            gold = page.gold()
            try:
                out = extract_html(page.html).text
            except Exception:
                out = ""
            return _score(prf(out, gold)[0], out, gold, any(x in out for x in page.chrome))
        import gen_score
        import lang_corpus

        how = getattr(self.module, "SCORING", None)
        url = how.url if how is not None else lang_corpus._url
        try:
            out = extract_html(page.html, url=url(page)).text
        except Exception:
            out = ""
        own = getattr(self.module, "judge", None)
        if own is not None:
            result = own(page, out)
        elif how is not None:
            result = how.judge(page, out) if how.judge else gen_score.judge(page, out, how.norm)
        else:
            result = lang_corpus.judge(page, out)
        return _score(result.f1, out, page.gold, bool(result.leaked))


def half_of(gen: Generator, page: Any) -> str:
    """A page's half: a ``GenPage``'s own, a thread page's by its generator's ``page_half``."""
    h = getattr(page, "half", None)
    return h if isinstance(h, str) else str(gen.module.page_half(page.id))


def catastrophes(names: Sequence[str], seed: str, data: Path) -> None:
    """The tune pages of a dev seed whose output is empty, the wrong block or a bloat: id, kind, F1 (debug them
    with the generator's ``--seed S --dump ID``). Refused for a fresh seed: its pages are never looked at."""
    if "fresh" in seed:
        raise SystemExit("a fresh seed is a measuring seed: list the pages of a dev seed")
    for name in names:
        gen = Generator(name, data)
        for page in gen.build(seed):
            if half_of(gen, page) != "tune":
                continue
            sc = gen.judge(page)
            if sc.empty or sc.wrong or sc.bloat:
                what = "empty" if sc.empty else "wrong" if sc.wrong else "bloat"
                kind = getattr(page, "kind", "") or getattr(page, "shape", "")
                print(f"{name:<22} {page.id:<40} {kind:<16} {what:<6} F1 {sc.f1:.3f}", flush=True)


def sweep_generators(names: Sequence[str], fresh: Sequence[str], limit: int, data: Path) -> Iterator[Row]:
    for name in names:
        started = time.process_time()
        gen = Generator(name, data)
        row = Row(name)
        for seed in (None, *fresh):
            scores = [gen.judge(p) for p in _every(gen.build(seed), limit)]
            if seed is None:
                row.default = scores
            else:
                row.fresh[seed] = scores
        row.seconds = time.process_time() - started
        yield row


def sweep_perturb(fresh: Sequence[str], limit: int, data: Path) -> list[Row]:
    """perturb.py's kinds over the shared sets' article pages (``limit`` per set and half), on perturb's own seed
    and each fresh seed; a kind's row pools every set."""
    import perturb
    from bench_extract import load_set, prf
    from halves import HALVES

    from cleaner.extraction import extract_html

    rows: dict[str, Row] = {k: Row(f"perturb:{k}") for k in perturb.KINDS}
    for name in perturb.SETS:
        started = time.process_time()
        pages = [p for p in load_set(data, name, limit, HALVES) if p.page_type == "article"]
        pool = perturb.Pool(pages, "en" if name in perturb.EN_SETS else "zh")
        located = perturb.located_bodies(pages)
        for seed in ("", *fresh):
            perturb.SEED = seed
            for p, idx in located:
                for kind in perturb.KINDS:
                    html = perturb.perturb(p, kind, idx, pool)
                    if html is None:
                        continue
                    gold: str = p.gold
                    doc: str | bytes = html
                    if kind == "short_sidebar":
                        gold = perturb.short_gold(html, p.gold)
                    elif kind == "trad_hk":
                        gold = perturb._convert(gold, "s2hk")
                        if 'charset="big5-hkscs"' in html:
                            doc = html.encode("big5hkscs", "xmlcharrefreplace")
                    elif kind in perturb.BIG5_KINDS:
                        gold = perturb._s2twp(gold)
                        doc = html.encode("big5hkscs", "xmlcharrefreplace")
                    try:
                        out = extract_html(doc, url=p.url).text
                    except Exception:
                        out = ""
                    score = _score(prf(out, gold)[0], out, gold, False)
                    row = rows[kind]
                    (row.default if not seed else row.fresh.setdefault(seed, [])).append(score)
        perturb.SEED = ""
        elapsed = time.process_time() - started
        for row in rows.values():
            row.seconds += elapsed / len(rows)
    return [r for r in rows.values() if r.default]


def table(rows: Sequence[Row], key: Callable[[Row], float], title: str) -> list[str]:
    out = [
        f"### {title}",
        "",
        "| generator | n | F1 default | F1 fresh | fresh seeds | gap | leak | empty | wrong | bloat | wrong (dflt) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in sorted(rows, key=key):
        d = r.as_dict()
        seeds = " / ".join(f"{v:.3f}" for v in d["fresh"].values())
        gap = r.f1(r.default) - r.fresh_f1()
        out.append(
            f"| {r.name} | {d['n']} | {d['default']:.3f} | {r.fresh_f1():.3f} | {seeds} | {gap:+.3f} |"
            f" {d['leak']:.0%} | {d['empty']} | {d['wrong']} | {d['bloat']} | {d['default_wrong']} |"
        )
    return out


def diff(base: Path, mine: Path) -> list[str]:
    """Two sweeps' ``--json`` rows side by side (base -> mine), the rows whose figures differ."""
    a = {r["name"]: r for r in map(json.loads, base.read_text(encoding="utf-8").splitlines())}
    b = {r["name"]: r for r in map(json.loads, mine.read_text(encoding="utf-8").splitlines())}
    out = [
        "| generator | n | F1 default | F1 fresh (mean) | wrong | bloat | empty | leak |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in sorted(a.keys() & b.keys()):
        x, y = a[name], b[name]
        if x == y:
            continue
        fx, fy = statistics.fmean(x["fresh"].values()), statistics.fmean(y["fresh"].values())
        out.append(
            f"| {name} | {y['n']} | {x['default']:.3f} → {y['default']:.3f} | {fx:.3f} → {fy:.3f} |"
            f" {x['wrong']} → {y['wrong']} | {x['bloat']} → {y['bloat']} | {x['empty']} → {y['empty']} |"
            f" {x['leak']:.0%} → {y['leak']:.0%} |"
        )
    same = len(a.keys() & b.keys()) - (len(out) - 2)
    return [*out, "", f"{same} rows identical"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--fresh", default=",".join(FRESH), help="fresh seeds, comma-separated (scores only)")
    ap.add_argument("--limit", type=int, default=60, help="pages per generator and seed (0: all)")
    ap.add_argument("--perturb-limit", type=int, default=5, help="pages per shared set and half for perturb.py")
    ap.add_argument("--no-perturb", action="store_true")
    ap.add_argument("--only", action="append", choices=GENERATORS, help="these generators only")
    ap.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1], help="checkout to import")
    ap.add_argument("--json", type=Path, help="write the rows here (JSON lines)")
    ap.add_argument("--catastrophes", metavar="SEED", help="list a dev seed's tune pages that are empty/wrong/bloat")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BASE", "MINE"), help="two --json files side by side")
    args = ap.parse_args(argv)
    if args.diff:
        print("\n".join(diff(*args.diff)))
        return 0
    tree = args.tree.resolve()
    sys.path[:0] = [str(tree / "bench"), str(tree)]
    data = args.data.resolve()
    if args.catastrophes:
        catastrophes(args.only or GENERATORS, args.catastrophes, data)
        return 0
    fresh = [s for s in args.fresh.split(",") if s]
    rows: list[Row] = []
    for row in sweep_generators(args.only or GENERATORS, fresh, args.limit, data):
        d = row.as_dict()
        print(f"{row.name:<22} n {d['n']:>3} default {d['default']:.3f} fresh {row.fresh_f1():.3f}"
              f" wrong {d['wrong']} empty {d['empty']} bloat {d['bloat']} leak {d['leak']:.0%} ({row.seconds:.0f} s)",
              file=sys.stderr, flush=True)  # fmt: skip
        rows.append(row)
    if not args.no_perturb and not args.only:
        started = time.process_time()
        rows.extend(sweep_perturb(fresh, args.perturb_limit, data))
        print(f"perturb ({time.process_time() - started:.0f} s)", file=sys.stderr)
    gens = [r for r in rows if not r.name.startswith("perturb:")]
    kinds = [r for r in rows if r.name.startswith("perturb:")]
    lines = [f"cleaner from {tree}; fresh seeds {', '.join(fresh)}; {args.limit or 'all'} pages per generator and seed"]
    for group, label in ((gens, "generators"), (kinds, "perturb.py kinds")):
        if group:
            lines += ["", *table(group, lambda r: r.fresh_f1(), f"{label}, by fresh F1")]
            lines += ["", *table(group, lambda r: -(r.f1(r.default) - r.fresh_f1()), f"{label}, by gap")]
    print("\n".join(lines))
    if args.json:
        args.json.write_text("".join(json.dumps(r.as_dict()) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
