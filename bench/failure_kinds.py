"""What kind of failure dominates where cleaner scores low: counts per set and half, from scores only.

    python bench/failure_kinds.py --data ../shared/data/extraction [--set cleaneval_zh ...] [--below 0.95]

Every page of the chosen sets below ``--below`` F1 gets one kind, from its precision, recall and output length
against the gold's (no text is shown for check pages, only these numbers; tune pages are named):

- ``empty``: no output;
- ``too much``: precision < 0.8, recall >= 0.8 (the whole page or an ancestor of the article as the block, a
  sidebar or comment section taken in);
- ``too little``: recall < 0.8, precision >= 0.8 (a split body of which one part was kept, a truncation, missed
  sections, one post of a thread);
- ``wrong block``: both < 0.8;
- ``mild``: both >= 0.8.

A page whose HTML is also in another set (cwced_zh holds 49 of cleaneval_zh's 51 pages, with gold texts made
under other rules) also shows cleaner's F1 on that copy, and each set's summary the agreement of the two
gold texts of its copies (mean F1 of one against the other): an output cannot score above it on both sets.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import SETS, Page, load_set, prf
from halves import HALVES, TUNE

LOW = 0.8


def kind(out: str, p: float, r: float) -> str:
    if not out.strip():
        return "empty"
    if p < LOW and r < LOW:
        return "wrong block"
    if p < LOW:
        return "too much"
    if r < LOW:
        return "too little"
    return "mild"


def _key(page: Page) -> str:
    return hashlib.sha256(re.sub(r"\s+", "", page.html).encode("utf-8", "replace")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--set", action="append", choices=SETS, help="data set(s) to list (default: all)")
    ap.add_argument("--below", type=float, default=0.95, help="list pages below this F1")
    args = ap.parse_args(argv)
    from cleaner.extraction import extract_html

    pages = [p for name in SETS if (args.data / name).is_dir() for p in load_set(args.data, name, None, HALVES)]
    if not pages:
        print(f"no data sets under {args.data}", file=sys.stderr)
        return 2
    scores = {}
    copies: dict[str, list[Page]] = {}
    for page in pages:
        out = extract_html(page.html, url=page.url).text
        f1, p, r = prf(out, page.gold)
        scores[(page.set, page.id)] = (f1, p, r, len(out), kind(out, p, r))
        copies.setdefault(_key(page), []).append(page)
    for name in args.set or SETS:
        for which in HALVES:
            group = [p for p in pages if p.set == name and p.half == which]
            if not group:
                continue
            low = sorted(
                (p for p in group if scores[(p.set, p.id)][0] < args.below), key=lambda p: scores[(p.set, p.id)]
            )
            kinds = Counter(scores[(p.set, p.id)][4] for p in low)
            agree = [prf(other.gold, p.gold)[0] for p in group for other in copies[_key(p)] if other.set != p.set]
            mean = statistics.fmean(scores[(p.set, p.id)][0] for p in group)
            print(f"{name} {which}: {len(group)} pages, F1 {mean:.4f}; {len(low)} below {args.below}: {dict(kinds)}")
            if agree:
                both = statistics.fmean(agree)
                print(f"  {len(agree)} pages also in another set; their two gold texts agree at F1 {both:.3f}")
            for p in low:
                f1, pr, r, n, k = scores[(p.set, p.id)]
                twins = [
                    f"{o.set} {o.half} F1 {scores[(o.set, o.id)][0]:.3f}" for o in copies[_key(p)] if o.set != p.set
                ]
                name_ = p.id if which == TUNE else "(check page)"
                also = f"  copy: {', '.join(twins)}" if twins else ""
                print(f"  {f1:.3f} p={pr:.2f} r={r:.2f} out/gold={n}/{len(p.gold)} {k:<12}{name_}{also}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
