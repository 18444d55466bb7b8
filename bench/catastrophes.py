"""Catastrophic page choices, and what a "more prose wins" fallback would do to them (issue #12, helper catfall37).

    python bench/catastrophes.py --data ../shared/data/extraction [--set S ...]       # the shared sets, both halves
    python bench/catastrophes.py --data ../shared/data/extraction --gen NAME ... --seed catfall37-dev1

A page is *catastrophic* when its gold holds at least :data:`GOLD_MIN` characters and the output's token F1 (the
metric of ``bench_extract.py``) is below :data:`F1_MIN`, or the output is shorter than :data:`SHORT` of the gold.
Each gets a kind from its figures: ``empty``; ``bloat`` (precision < 0.5, recall >= 0.5: an ancestor of the article,
the page's other stories); ``fragment`` (precision >= 0.5, recall < 0.5: a part of the right block, one post of a
thread); ``wrong block`` (both < 0.5).

The gate: the page's best prose block when hints and links are ignored (:func:`cleaner.extraction.content.
fallback_root`, the fallback extraction already takes when the chosen block gives nothing) is the alternative a
"catastrophic choice" fallback would take, and ``--ratio`` the gate on existing figures such a fallback would use
(the output shorter than that share of the alternative's text). For every page the gate opens on, the alternative's
F1 is set against the output's: ``better`` / ``worse`` by more than 0.05 (both halves, as counts). Tune pages and
dev-seed pages are named; check pages are counted only; a ``*fresh*`` seed is refused (a measuring seed).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import SETS, load_set, prf
from halves import CHECK, HALVES, TUNE

GOLD_MIN = 200
"""A page whose gold is shorter than this is never catastrophic (a one-line notice scores 0 or 1 on one line)."""
F1_MIN = 0.5
SHORT = 0.3
"""An output shorter than this share of the gold's characters is a catastrophe whatever its F1."""
MARGIN = 0.05


@dataclass
class Case:
    """One page: where it comes from, its half, its gold and HTML, and the URL extraction is given."""

    source: str
    id: str
    half: str
    html: str | bytes
    gold: str
    url: str | None


@dataclass
class Result:
    """One page's figures: the output's F1, precision, recall and length; the alternative's F1 and length (None:
    no block scores as prose)."""

    f1: float
    precision: float
    recall: float
    out: int
    alt_f1: float | None
    alt_out: int

    def catastrophic(self, gold: int) -> bool:
        return gold >= GOLD_MIN and (self.f1 < F1_MIN or self.out < SHORT * gold)

    def kind(self) -> str:
        if not self.out:
            return "empty"
        if self.precision < F1_MIN and self.recall < F1_MIN:
            return "wrong block"
        return "bloat" if self.precision < F1_MIN else "fragment" if self.recall < F1_MIN else "mild"


def judge(case: Case) -> Result:
    """The output and the alternative a fallback would take, scored against the gold."""
    import cleaner.extraction as ex
    from cleaner.extraction.content import fallback_root
    from cleaner.extraction.metadata import clean_title
    from cleaner.input.decoding import decode_bytes

    out = ex.extract_html(case.html, url=case.url).text
    f1, p, r = prf(out, case.gold)
    page = ex._parse(case.html if isinstance(case.html, str) else decode_bytes(case.html)[0])[0]
    alt = fallback_root(page, ex.MIN_TEXT)
    if alt is None:
        return Result(f1, p, r, len(out), None, 0)
    text = "\n".join(ex._body(page, alt, clean_title(page), None)[2].lines)
    return Result(f1, p, r, len(out), prf(text, case.gold)[0], len(text))


def set_cases(data: Path, names: list[str]) -> Iterator[Case]:
    for name in names:
        for p in load_set(data, name, None, HALVES):
            yield Case(name, p.id, p.half, p.html, p.gold, p.url)


def gen_cases(data: Path, names: list[str], seed: str) -> Iterator[Case]:
    import lang_corpus
    from gen_sweep import Generator, half_of

    for name in names:
        gen = Generator(name, data)
        how = getattr(gen.module, "SCORING", None)
        url = how.url if how is not None else lang_corpus._url
        page: Any
        for page in gen.build(seed):
            if callable(getattr(page, "gold", None)):  # a thread page
                yield Case(name, page.id, half_of(gen, page), page.html, page.gold(), None)
            else:
                yield Case(name, page.id, half_of(gen, page), page.html, page.gold, url(page))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--set", action="append", choices=SETS, help="shared set(s) (default: all, unless --gen)")
    ap.add_argument("--gen", action="append", default=[], help="a generator module of bench/ (with --seed)")
    ap.add_argument("--seed", default="", help="the generators' dev seed")
    ap.add_argument("--ratio", type=float, default=0.3, help="the gate: output shorter than this share of the alt")
    args = ap.parse_args(argv)
    if "fresh" in args.seed:
        raise SystemExit("a fresh seed is a measuring seed: run a dev seed")
    if args.gen and not args.seed:
        raise SystemExit("--gen needs a dev --seed")
    cases = gen_cases(args.data, args.gen, args.seed) if args.gen else set_cases(args.data, args.set or list(SETS))
    kinds: Counter[tuple[str, str, str]] = Counter()
    gate: Counter[tuple[str, str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    for case in cases:
        res = judge(case)
        seen[(case.source, case.half)] += 1
        gold = len(case.gold.strip())
        if res.catastrophic(gold):
            kinds[(case.source, case.half, res.kind())] += 1
            if case.half == TUNE:
                alt = "-" if res.alt_f1 is None else f"{res.alt_f1:.3f}"
                print(
                    f"{case.source:<20} {case.id[:44]:<44} {res.kind():<11} F1 {res.f1:.3f} P {res.precision:.2f}"
                    f" R {res.recall:.2f} out {res.out} gold {gold} alt F1 {alt} alt out {res.alt_out}",
                    flush=True,
                )
        if res.alt_f1 is not None and res.out < args.ratio * res.alt_out:
            delta = res.alt_f1 - res.f1
            gate[(case.source, case.half, "better" if delta > MARGIN else "worse" if delta < -MARGIN else "same")] += 1
    print(f"\nper source and half: pages, catastrophic by kind; gate (output < {args.ratio} of the alternative)")
    for source, half in sorted(seen):
        found = {k: n for (s, h, k), n in kinds.items() if (s, h) == (source, half)}
        opened = {k: n for (s, h, k), n in gate.items() if (s, h) == (source, half)}
        if found or opened or half == CHECK:
            print(f"  {source:<20} {half:<5} {seen[(source, half)]:>5}  {found or '-'}  gate {opened or '-'}")
    for half in HALVES:
        total: Counter[str] = Counter()
        for (_, h, k), n in gate.items():
            total[k] += n if h == half else 0
        print(f"gate over all {half} pages: {dict(total)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
