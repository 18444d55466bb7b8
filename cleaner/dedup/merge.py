"""Restore words the canonical copy dropped, where another copy aligns around them.

Aggregators and portals drop words (a keyword filter, a link whose anchor text
vanished): seed 004's 精选一 reads "为。" where 精选二 reads "为品牌增值。".
When a copy has a short run of characters the canonical lacks, framed on both
sides by identical text, the run is put back. Only insertions are restored —
never replacements or text at the ends (headers, footers, truncation) — so a
merge can only add words that another copy printed at exactly that place.

Alignment is two-level so it stays linear in practice: sentences are matched
first; only sentences of the canonical that pair one-to-one with differing
sentences of the copy are compared character by character (with the
canonical's neighbouring sentences as context).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

__all__ = ["restore"]

_SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])|(?<=[.] )")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s]


def _inserts(canon: str, other: str, lo: int, hi: int, max_insert: int, context: int) -> dict[int, str]:
    """Insertions into ``canon[lo:hi]`` found by a character diff against ``other``."""
    found: dict[int, str] = {}
    ops = SequenceMatcher(None, canon, other, autojunk=False).get_opcodes()
    for idx in range(1, len(ops) - 1):
        tag, i1, _i2, j1, j2 = ops[idx]
        if tag != "insert" or j2 - j1 > max_insert or not lo <= i1 <= hi:
            continue
        before, after = ops[idx - 1], ops[idx + 1]
        if before[0] != "equal" or after[0] != "equal":
            continue
        if before[2] - before[1] < context or after[2] - after[1] < context:
            continue
        piece = other[j1:j2]
        if any(ch.isalnum() for ch in piece):
            found[i1] = piece
    return found


def restore(
    canonical: str,
    others: list[str],
    *,
    max_insert: int = 12,
    context: int = 6,
    max_chars: int = 40_000,
) -> tuple[str, int]:
    """``canonical`` with the runs restored from ``others``, and how many runs were restored."""
    if not others or len(canonical) > max_chars:
        return canonical, 0
    cs = _sentences(canonical)
    offsets = [0]
    for s in cs:
        offsets.append(offsets[-1] + len(s))
    inserts: dict[int, str] = {}
    for other in others:
        if len(other) > max_chars or other == canonical:
            continue
        os_ = _sentences(other)
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, cs, os_, autojunk=False).get_opcodes():
            if tag != "replace" or i2 - i1 != j2 - j1 or i2 - i1 > 8:
                continue
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                grown = len(os_[j]) - len(cs[i])
                if grown <= 0 or grown > 4 * max_insert:
                    continue
                prev = cs[i - 1] if i > 0 else ""
                nxt = cs[i + 1] if i + 1 < len(cs) else ""
                local = _inserts(
                    prev + cs[i] + nxt, prev + os_[j] + nxt, len(prev), len(prev) + len(cs[i]), max_insert, context
                )
                for pos, piece in local.items():
                    inserts.setdefault(offsets[i] + pos - len(prev), piece)
    if not inserts:
        return canonical, 0
    out: list[str] = []
    last = 0
    for pos in sorted(inserts):
        out.append(canonical[last:pos])
        out.append(inserts[pos])
        last = pos
    out.append(canonical[last:])
    return "".join(out), len(inserts)
