"""Snapshot cleaner's extraction output on every bench page, or compare against a snapshot.

For speed work that must keep outputs byte-identical::

    python bench/snapshot_extract.py --write /tmp/before.jsonl     # before a change
    python bench/snapshot_extract.py --compare /tmp/before.jsonl   # after it: exit 1 on any difference

Every page of every set under ``--data`` (both halves) is run through the public
:func:`cleaner.extraction.extract_html` twice: plainly (text, title, meta,
removed, encoding) and with the audit recording (the block note and the line
verdicts), and the record is kept as one JSON line per page. ``--compare`` prints
the number of differing pages per set and half; it names the pages and fields
that differ for *tune* pages only (check pages are only ever counted).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import SETS, Page, load_set
from halves import HALVES, TUNE

from cleaner import audit
from cleaner.extraction import extract_html


def record(page: Page) -> dict[str, Any]:
    doc = extract_html(page.html, url=page.url)
    with audit.recording(), audit.notes() as box:
        adoc = extract_html(page.html, url=page.url)
    return {
        "set": page.set,
        "id": page.id,
        "half": page.half,
        "text": doc.text,
        "title": doc.title,
        "meta": doc.meta,
        "removed": doc.removed,
        "encoding": doc.encoding,
        "audit_same_text": adoc.text == doc.text,
        "audit": adoc.audit,
        "notes": box,
    }


def pages(data: Path, sets: list[str]) -> list[Page]:
    out: list[Page] = []
    for name in sets:
        if (data / name).is_dir():
            for h in HALVES:
                out.extend(load_set(data, name, None, (h,)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--set", action="append", choices=SETS, help="data set(s) (default: all)")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the snapshot to this JSONL file")
    mode.add_argument("--compare", type=Path, help="compare against this snapshot")
    args = ap.parse_args(argv)
    todo = pages(args.data, args.set or list(SETS))
    lines = [json.dumps(record(p), ensure_ascii=False, sort_keys=True) for p in todo]
    if args.write:
        args.write.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{len(lines)} pages written to {args.write}")
        return 0
    old = {}
    with args.compare.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            old[(rec["set"], rec["id"])] = line.rstrip("\n")
    diffs: dict[tuple[str, str], int] = {}
    missing = 0
    for p, line in zip(todo, lines, strict=True):
        before = old.get((p.set, p.id))
        if before is None:
            missing += 1
            continue
        if before == line:
            continue
        diffs[(p.set, p.half)] = diffs.get((p.set, p.half), 0) + 1
        if p.half == TUNE:
            a, b = json.loads(before), json.loads(line)
            fields = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
            print(f"  differs: {p.set}/{p.id} (tune): {', '.join(fields)}")
    total = sum(diffs.values())
    for (set_name, h), n in sorted(diffs.items()):
        print(f"  {set_name} {h}: {n} page(s) differ")
    print(f"{len(lines)} pages compared, {total} differ, {missing} not in the snapshot")
    return 1 if total or missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
