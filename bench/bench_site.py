"""The site-repetition pass on and off, scored per page (issue #12; docs/extraction-site-repetition.md).

Runs the pipeline's clean stage (read, extract, clean: what ``cleaner run`` does, on one process) over a folder
once, then scores each page's document with the pass off and on (the pass on a copy of the documents, as
:func:`cleaner.pipeline.process` runs it). Two sources:

- ``--corpus DIR``: the families of ``bench/site_corpus.py``: F1 against the swapped-in gold, per half and kind;
  the injected lines left; gold lines cut (must be 0 on reposts);
- ``--bench``: the real extraction sets as WARC records, each page under its own URL (``--hosts real``: the
  pass sees the sets' real hosts, ≤ 3 pages each mostly) or every page of a set under one host
  (``--hosts set``) or all sets under one host (``--hosts one``): F1 per set and half, pages changed.

    python bench/bench_site.py --corpus /tmp/site
    python bench/bench_site.py --bench --hosts set
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import SETS, load_set, prf
from halves import CHECK, HALVES, TUNE
from site_corpus import warc_record

from cleaner.document import Document
from cleaner.execution.executor import SerialExecutor
from cleaner.pipeline import _clean_all, _gather, list_inputs
from cleaner.rules import default_rules
from cleaner.text import siterepeat


def texts_off_on(folder: Path) -> tuple[dict[str, str], dict[str, str], dict[str, dict[str, int]]]:
    """url → text with the pass off, with it on; url → the lines the pass removed (``removed``)."""
    files = list_inputs([folder])
    kwargs = {"rules": default_rules(), "read_options": None, "audit_trail": False}
    results, _sketches, keys = _clean_all(SerialExecutor(), files, kwargs, None, None, True)
    docs, _removed = _gather(results)
    on_docs: list[Document] = copy.deepcopy(docs)
    stats, _ = siterepeat.apply(on_docs, keys)
    print(f"pass: {json.dumps(stats.to_json(), ensure_ascii=False)}", file=sys.stderr)
    off = {d.url or "": d.text for d in docs}
    on = {d.url or "": d.text for d in on_docs}
    cut = {d.url or "": {siterepeat.RULE: d.removed.get(siterepeat.RULE, 0)} for d in on_docs}
    return off, on, cut


def _lines(text: str) -> set[str]:
    return {ln.strip() for ln in text.split("\n") if ln.strip()}


def corpus(folder: Path) -> None:
    gold = [json.loads(line) for line in (folder / "gold.jsonl").open(encoding="utf-8")]
    off, on, _cut = texts_off_on(folder / "warc")
    rows: dict[tuple[str, str], list[tuple[float, float, float, float, float, float, int, int, int, int]]] = (
        defaultdict(list)
    )
    lost_repost = lost_plain = 0
    for g in gold:
        a, b = off.get(g["url"], ""), on.get(g["url"], "")
        f0, p0, r0 = prf(a, g["gold"])
        f1, p1, r1 = prf(b, g["gold"])
        inj = set(g["injected"])
        left0 = len(inj & _lines(a))
        left1 = len(inj & _lines(b))
        glines = _lines(g["gold"])
        lost = len((glines & _lines(a)) - _lines(b))  # gold lines the pass cut
        if g["repost"]:
            lost_repost += lost
        else:
            lost_plain += lost
        rows[(g["half"], g["kind"])].append((f0, f1, p0, p1, r0, r1, left0, left1, len(inj), lost))
    print("half   kind    pages  F1 off  F1 on   P off   P on    R off   R on   injected left off→on   gold lines cut")
    for h in HALVES:
        for kind in ("plain", "repost", "same", "flood", "all"):
            rs = [r for (hh, k), v in rows.items() if hh == h and (kind == "all" or k == kind) for r in v]
            if not rs:
                continue
            cols = [mean(r[i] for r in rs) for i in range(6)]
            left0, left1, inj = sum(r[6] for r in rs), sum(r[7] for r in rs), sum(r[8] for r in rs)
            lost = sum(r[9] for r in rs)
            print(
                f"{h:6} {kind:7} {len(rs):5}  " + "  ".join(f"{c:.4f}" for c in cols)
                + f"   {left0:5}/{inj} → {left1:5}/{inj}   {lost}"
            )  # fmt: skip
    print(f"gold lines cut on repost pages: {lost_repost}; on plain pages: {lost_plain}")


def bench(data: Path, hosts: str, halves: tuple[str, ...]) -> None:
    with tempfile.TemporaryDirectory(prefix="bench_site_") as tmp:
        folder = Path(tmp)
        pages = []
        for name in SETS:
            if not (data / name).exists():
                continue
            recs = []
            for n, page in enumerate(load_set(data, name, None, halves)):
                if hosts == "one":
                    url = f"http://bench.example/{name}/{page.id}.html"
                elif hosts == "set":
                    url = f"http://{name}.example/{page.id}.html"
                else:
                    real = page.url or f"http://{page.id.split('_')[1] if page.id.count('_') >= 2 else name}/"
                    url = real.rstrip("/") + f"/{name}-{n}"  # unique, on the page's real host
                pages.append((name, page, url))
                recs.append(warc_record(url, page.html.encode("utf-8"), n))
            (folder / f"{name}.warc").write_bytes(b"".join(recs))
        off, on, cut = texts_off_on(folder)
    print("set              half   pages  F1 off  F1 on   changed  lines cut")
    for name in SETS:
        for h in halves:
            ps = [(p, u) for s, p, u in pages if s == name and p.half == h]
            if not ps:
                continue
            f0 = mean(prf(off.get(u, ""), p.gold)[0] for p, u in ps)
            f1 = mean(prf(on.get(u, ""), p.gold)[0] for p, u in ps)
            changed = sum(off.get(u) != on.get(u) for p, u in ps)
            lines = sum(cut.get(u, {}).get(siterepeat.RULE, 0) for p, u in ps)
            print(f"{name:16} {h:6} {len(ps):5}  {f0:.4f}  {f1:.4f}  {changed:7}  {lines:9}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--bench", action="store_true")
    ap.add_argument("--hosts", choices=("real", "set", "one"), default="real")
    ap.add_argument("--half", choices=(TUNE, CHECK, "both"), default="both")
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    args = ap.parse_args(argv)
    if args.corpus:
        corpus(args.corpus)
    if args.bench:
        bench(args.data, args.hosts, HALVES if args.half == "both" else (args.half,))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
