"""The committed tune / check split of every data set and generated corpus.

Development discipline: debug, read and tune on *tune* pages only; read only the
scores of *check* pages. A change that helps tune and hurts check is reverted.

A page belongs to a half by a hash of its set name and id. For the extraction
sets in shared/ the split is stratified so that small sets stay balanced: within
one set and page type (article / forum), pages are ranked by that hash and
alternate tune, check, tune, ... ``bench/halves.tsv`` is the committed result
(``python bench/halves.py --write`` made it once); a page whose HTML is also in a set before it (cwced_zh
holds 49 of cleaneval_zh's 51 pages) takes that copy's half, so that reading a tune page of one set never
reads a check page of another; ``half()`` reads it, and an
id it does not list (a generated story, a page added later) falls to the half
its hash's low bit names.

Generated dedup corpora split by *story* (the id of the gold text a cluster was
made from), never by copy, so that no pair straddles the halves.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

TUNE, CHECK = "tune", "check"
HALVES = (TUNE, CHECK)


TABLE = Path(__file__).with_name("halves.tsv")
_table: dict[tuple[str, str], str] | None = None


def _digest(set_name: str, item_id: str) -> bytes:
    return hashlib.sha256(f"{set_name}/{item_id}".encode()).digest()


def half(set_name: str, item_id: str) -> str:
    """``"tune"`` or ``"check"`` for one page or story id of one set."""
    global _table
    if _table is None:
        _table = {}
        if TABLE.exists():
            for line in TABLE.read_text(encoding="utf-8").splitlines()[1:]:
                s, i, h = line.split("\t")
                _table[(s, i)] = h
    known = _table.get((set_name, item_id))
    if known is not None:
        return known
    return TUNE if _digest(set_name, item_id)[0] & 1 == 0 else CHECK


def _page_key(path: Path) -> str:
    """The identity of a page file: a hash of its bytes without white space ("" when it is missing)."""
    if not path.exists():
        return ""
    return hashlib.sha256(re.sub(rb"\s+", b"", path.read_bytes())).hexdigest()


def _rebalance(which: dict[str, str], free: list[str]) -> None:
    """Move pages of ``free`` (last ranked first) from the fuller half to the other until the halves differ by at
    most one page."""
    for pid in reversed(free):
        counts = {h: sum(1 for v in which.values() if v == h) for h in HALVES}
        big = max(HALVES, key=lambda h: counts[h])
        if counts[big] - min(counts.values()) <= 1:
            return
        if which[pid] == big:
            which[pid] = CHECK if big == TUNE else TUNE


def split_table(data: Path) -> list[tuple[str, str, str]]:
    """The stratified split of every set under ``data`` (what ``--write`` commits).

    A page that is also in a set before it (sets in name order; the same HTML file, white space aside:
    cwced_zh holds 49 of cleaneval_zh's 51 pages) takes that copy's half, so that no page is a tune page
    in one set and a check page in another; every other page keeps its place in the alternation, but for the
    few moved to even out the halves again (:func:`_rebalance`)."""
    rows: list[tuple[str, str, str]] = []
    seen: dict[str, str] = {}  # page key -> the half of its first copy
    for meta in sorted(data.glob("*/meta.jsonl")):
        set_name = meta.parent.name
        strata: dict[str, list[str]] = {}
        with meta.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                strata.setdefault(rec.get("page_type", ""), []).append(rec["id"])
        for _, ids in sorted(strata.items()):
            keys = {pid: _page_key(meta.parent / "html" / f"{pid}.html") for pid in ids}
            ranked = sorted(ids, key=lambda i: _digest(set_name, i))
            which = {pid: seen.get(keys[pid]) or (TUNE if rank % 2 == 0 else CHECK) for rank, pid in enumerate(ranked)}
            _rebalance(which, [pid for pid in ranked if keys[pid] not in seen])
            for pid in ranked:
                rows.append((set_name, pid, which[pid]))
                if keys[pid]:
                    seen.setdefault(keys[pid], which[pid])
    rows.sort()
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="print or write the tune/check split of the extraction sets")
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--write", action="store_true", help="write bench/halves.tsv")
    args = ap.parse_args(argv)
    rows = split_table(args.data)
    text = "".join(f"{s}\t{i}\t{h}\n" for s, i, h in rows)
    if args.write:
        (Path(__file__).parent / "halves.tsv").write_text("set\tid\thalf\n" + text, encoding="utf-8")
    counts: dict[tuple[str, str], int] = {}
    for s, _, h in rows:
        counts[(s, h)] = counts.get((s, h), 0) + 1
    for (s, h), n in sorted(counts.items()):
        print(f"{s:<16}{h:<7}{n:>5}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
