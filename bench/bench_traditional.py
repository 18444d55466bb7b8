"""Traditional Chinese as good as Simplified (issue #12, item 5): the Chinese sets' pages converted to
Traditional characters with OpenCC ``s2t`` (page and gold alike), cleaner's mean F1 beside the same pages as
they are, tune and check halves side by side. A generated corpus: nothing is written to disk.

    python bench/bench_traditional.py --data ../shared/data/extraction
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import load_set, prf

SETS = ("daniel_zh", "cwced_zh", "cleaneval_zh", "magichtml_zh")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    import opencc

    from cleaner.extraction import extract_html

    s2t = opencc.OpenCC("s2t").convert
    print(f"{'set':14s} {'half':6s} {'pages':>5s} {'Simplified':>10s} {'Traditional':>11s} {'gap':>7s}")
    for name in SETS:
        for which in ("tune", "check"):
            pages = load_set(args.data, name, args.limit, (which,))
            simp = [prf(extract_html(p.html, url=p.url).text, p.gold)[0] for p in pages]
            trad = [prf(extract_html(s2t(p.html), url=p.url).text, s2t(p.gold))[0] for p in pages]
            if pages:
                a, b = statistics.mean(simp), statistics.mean(trad)
                print(f"{name:14s} {which:6s} {len(pages):5d} {a:10.3f} {b:11.3f} {b - a:+7.3f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
