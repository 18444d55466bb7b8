"""Lines repeated across the pages of one site in a run (issue #12; docs/extraction-site-repetition.md).

Boilerplate that survives single-page extraction (a site's footer line, an editor or copyright line, a static
"related" box, a share prompt) repeats on most pages of its host, while article text does not. When a run holds
several pages of one site, a line found on at least :data:`SHARE` of the site's *different stories* is cut from
every page of the site that has it.

Two passes. The workers, which hold each page's text, emit per distinct text one compact key per line
(:func:`line_keys`: 48 bits of a hash of the normalised line and 16 bits of its length). The driver does
bookkeeping only: it groups documents by site (:func:`site_key`), counts keys per site over distinct stories, and
filters the lines of the documents that hold a cut key (the texts are in its memory already; nothing is
re-parsed).

Reposts: the same story posted several times shares all its lines, so counting pages would cut it. Distinct texts
of a site are first grouped into stories: two texts whose shared lines make up at least :data:`SAME_STORY` of the
characters of the smaller one (lines on more than :data:`HOT` texts, or on :data:`COMMON` of them, left out) are one
story, and a line counts once per story. A text whose characters are mostly such frequent lines cannot be told
apart from the others and does not vote (:data:`SEPARABLE`, :data:`MIN_OWN`). Guard: a page that would lose more
than :data:`MAX_CUT` of its characters, or keep fewer than :data:`MIN_LEFT`, keeps its text; the audit says so.
"""

from __future__ import annotations

import math
import os
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, cast
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt

from cleaner.dedup.components import union_edges
from cleaner.dedup.kernel import sketch_kernel
from cleaner.dedup.normalize import code_points
from cleaner.dedup.signature import _span_hashes, sorted_distinct
from cleaner.document import Document, content_id

__all__ = ["RULE", "SiteStats", "apply", "line_keys", "line_keys_batch", "site_key"]

RULE = "site.repeated"
"""The rule name of a cut line in ``Document.removed``, ``report.json`` and the audit."""

MIN_STORIES = 5
"""A site needs at least this many different stories in the run (fewer: nothing is cut)."""
SHARE = 0.5
"""A line is cut when it is on at least this share of the site's stories ..."""
MIN_VOTES = 3
"""... and on at least this many of them, ..."""
MANY_VOTES = 25
"""... or on this many stories whatever their share (a large site whose footer changed during the crawl)."""
MIN_LINE_CHARS = 4
"""Lines shorter than this (digits folded) are never counted nor cut (``（完）``, ``一、``)."""
SAME_STORY = 0.5
"""Two texts sharing this share of the smaller one's characters (frequent lines left out) are one story."""
HOT = 32
"""Lines on more distinct texts of a site than this do not tell stories apart (and bound the pair counting)."""
COMMON = 0.8
"""Nor do lines on at least this share of the site's distinct texts (a template block every page has)."""
SEPARABLE = 0.3
"""A text needs this share of its characters in lines that are not :data:`HOT` to vote, ..."""
MIN_OWN = 150
"""... or this many characters."""
MAX_CUT = 0.5
"""Guard: a page that would lose more than this share of its characters keeps them all ..."""
MIN_LEFT = 40
"""... as does a page that would keep fewer characters than this."""
WINDOW = 2000
"""A site with more distinct texts is counted in windows of this many, in input order (bounded memory)."""

_BMP = 0x10000
_LEN_BITS = 16
_LEN_MASK = (1 << _LEN_BITS) - 1


_SPACE, _DIGIT = 1, 2
_I64 = npt.NDArray[np.int64]
_U64 = npt.NDArray[np.uint64]


@cache
def _classes() -> npt.NDArray[np.uint8]:
    """Per code point of the Basic Multilingual Plane: :data:`_SPACE` for white space other than a newline
    (``str.isspace``), :data:`_DIGIT` for a decimal digit (``str.isdecimal``: what ``\\d`` matches)."""
    chars = [chr(c) for c in range(_BMP)]
    out = np.fromiter((_SPACE * c.isspace() + _DIGIT * c.isdecimal() for c in chars), dtype=np.uint8, count=_BMP)
    out[10] = 0
    return out


def _classes_of(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint8]:
    out = np.take(_classes(), cps, mode="clip")
    if cps.size and int(cps.max()) >= _BMP:  # astral characters are rare: asked one by one
        for i in np.flatnonzero(cps >= _BMP).tolist():
            c = chr(int(cps[i]))
            out[i] = _SPACE * c.isspace() + _DIGIT * c.isdecimal()
    return out


def _normal(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """The form under which two lines of one site are the same line (of lower-cased code points): no white space,
    every run of digits one ``0`` (a date or a counter in a footer). (No NFKC: one site's template writes its
    characters the same way on every page, and it would cost more than the rest.)"""
    kind = _classes_of(cps)
    digit = kind == _DIGIT
    before = np.zeros_like(digit)
    before[1:] = digit[:-1]
    keep = (kind == 0) | (digit & ~before)  # the first digit of a run stays, as a 0
    out: npt.NDArray[np.uint32] = np.where(digit, np.uint32(ord("0")), cps)[keep]
    return out


def _line_bounds(cps: npt.NDArray[np.uint32]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    breaks = np.flatnonzero(cps == 10).astype(np.int64)
    return np.concatenate(([0], breaks + 1)), np.concatenate((breaks, [cps.size]))


def _load_kernel() -> Callable[[list[str], bytes, int], list[bytes | None]] | None:
    """The compiled kernel's ``line_keys`` (``cleaner/dedup/_sketch.c``), unless not built or switched off
    (``CLEANER_SKETCH_KERNEL=0``): the same keys as the numpy path."""
    k = sketch_kernel()
    return None if k is None else k.line_keys


_kernel = _load_kernel()


@cache
def _kernel_table() -> bytes:
    """The kernel's table, per code point of the Basic Multilingual Plane: its lower case (``str.lower``, bits 0-20),
    the :func:`_classes` of that (bit 24: :data:`_SPACE`, bit 25: :data:`_DIGIT`), and bit 31 for a character
    whose lower case is not one character or depends on its neighbours (İ, which the kernel knows; Σ: it leaves such
    a text to the numpy path)."""
    lower = [chr(c).lower() for c in range(_BMP)]
    one = np.fromiter((len(x) == 1 for x in lower), dtype=np.bool_, count=_BMP)
    low = np.fromiter((ord(x) if len(x) == 1 else 0 for x in lower), dtype=np.uint32, count=_BMP)
    one &= low < _BMP
    one[0x3A3] = False  # (Σ lower-cases to ς at the end of a word, else σ)
    classes = _classes().astype(np.uint32)
    table = low | (classes[np.minimum(low, _BMP - 1)] << np.uint32(24))
    table[~one] = np.uint32(1 << 31)
    return table.tobytes()


def line_keys_batch(texts: Sequence[str]) -> list[bytes]:
    """:func:`line_keys` of each of ``texts``, in one pass over all of them (a worker's batch): by the compiled
    kernel, or vectorised with numpy (the same keys)."""
    if not texts:
        return []
    if _kernel is None:
        return _numpy_keys(texts)
    found = _kernel(list(texts), _kernel_table(), MIN_LINE_CHARS)
    left = [k for k, keys in enumerate(found) if keys is None]
    if left:  # (a text with a Σ)
        for k, keys in zip(left, _numpy_keys([texts[k] for k in left]), strict=True):
            found[k] = keys
    return cast(list[bytes], found)


def _numpy_keys(texts: Sequence[str]) -> list[bytes]:
    """:func:`line_keys_batch` vectorised with numpy."""
    joined = "\n".join(texts)
    raw_starts, raw_ends = _line_bounds(code_points(joined))
    cps = _normal(code_points(joined.lower()))  # lower case and the fold keep every newline: line i is line i
    starts, ends = _line_bounds(cps)
    keys = (_span_hashes(cps, starts, ends) >> np.uint64(_LEN_BITS)) << np.uint64(_LEN_BITS)
    keys |= np.clip(raw_ends - raw_starts, 1, _LEN_MASK).astype(np.uint64)
    keys[(ends - starts) < MIN_LINE_CHARS] = 0
    counts = np.fromiter((t.count("\n") + 1 for t in texts), dtype=np.int64, count=len(texts))
    return [part.tobytes() for part in np.split(keys, np.cumsum(counts)[:-1])]


def line_keys(text: str) -> bytes:
    """One 8-byte key per line of ``text`` (``text.split("\\n")``), in order: 48 bits of a hash of the normalised
    line and 16 of its length in characters; 0 for a line too short to count (:data:`MIN_LINE_CHARS`)."""
    return line_keys_batch([text])[0]


def _keys(packed: bytes) -> array[int]:
    out = array("Q")
    out.frombytes(packed)
    return out


def site_key(doc: Document, multi: set[str]) -> str:
    """The site a document belongs to: the host of its URL (``www.`` dropped); without a URL, its file when the file
    gave several documents (``multi``: a dump of glued pages, a JSONL or WARC without URLs), else the file's folder
    (a folder of saved pages)."""
    src = doc.sources[0] if doc.sources else None
    url = doc.url or (src.url if src else None)
    if url:
        try:
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        except ValueError:
            host = ""
        if host:
            return "host:" + host.removeprefix("www.")
    path = src.path if src else ""
    if path in multi:
        return "file:" + path
    return "dir:" + os.path.dirname(path)


@dataclass(slots=True)
class SiteStats:
    """What the pass did, for ``report.json`` (``site_repetition``)."""

    sites: int = 0
    """Sites with at least :data:`MIN_STORIES` stories (where the pass could cut)."""
    lines: int = 0
    """Distinct lines (keys) cut, summed over sites."""
    documents: int = 0
    """Documents that lost lines."""
    removed: int = 0
    """Lines removed."""
    guarded: int = 0
    """Documents that kept their text because the cut would have taken too much (:data:`MAX_CUT`)."""
    by_site: dict[str, int] = field(default_factory=dict)
    """Lines removed per site (the ten with most)."""

    def to_json(self) -> dict[str, Any]:
        top = sorted(self.by_site.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        return {
            "sites": self.sites, "lines": self.lines, "documents": self.documents, "removed": self.removed,
            "guarded": self.guarded, "top_sites": dict(top),
        }  # fmt: skip


def cut_keys(texts: Sequence[array[int]]) -> tuple[set[int], int]:
    """The keys to cut among the distinct texts of one site (each its line keys), and the number of stories.

    Vectorised over the (text, key) entries: a key's texts, each text's characters (own: on few texts), the
    characters each pair of texts shares through keys on few texts (pairs of texts one key apart at a time), the
    texts' stories, and each key's number of stories."""
    n = len(texts)
    if n < MIN_STORIES:
        return set(), n
    tid, keys, inv, freq = _entries(texts)
    if not (freq >= MIN_VOTES).any():
        return set(), n
    hot = min(HOT, math.ceil(COMMON * n) - 1)  # a line on more texts does not tell stories apart
    f = freq[inv]
    w = (keys[inv] & np.uint64(_LEN_MASK)).astype(np.int64)
    total = np.bincount(tid, weights=w, minlength=n)
    rare = f <= hot
    own = np.bincount(tid[rare], weights=w[rare], minlength=n)
    story = union_edges(np.arange(n, dtype=np.int64), *_same_story(tid, inv, w, rare & (f > 1), own, n))
    voters = np.flatnonzero((total > 0) & ((own >= SEPARABLE * total) | (own >= MIN_OWN)))
    roots = np.full(n, -1, dtype=np.int64)
    roots[voters] = story[voters]
    # (sorted_distinct, not np.unique: numpy 2.4's np.unique without return_* hashes, ≈ 20x a sort on 10^5 keys)
    stories = sorted_distinct(roots[voters]).size
    if stories < MIN_STORIES:
        return set(), stories
    entry_root = roots[tid]
    voting = entry_root >= 0
    story_keys = sorted_distinct(entry_root[voting] * keys.size + inv[voting]) % keys.size  # (story, key) once each
    votes = np.bincount(story_keys, minlength=keys.size)
    need = max(MIN_VOTES, math.ceil(SHARE * stories))
    return set(keys[(votes >= need) | (votes >= MANY_VOTES)].tolist()), stories


def _entries(texts: Sequence[array[int]]) -> tuple[_I64, _U64, _I64, _I64]:
    """The (text, key) entries of ``texts`` (each text's distinct keys but 0, text after text, by key):
    ``(tid, keys, inv, freq)``, the text of each entry, the distinct keys (sorted), each entry's key as an index in
    ``keys`` and the number of texts of each key. One ``np.unique`` of all the keys and one sort of the
    (text, key) codes, not one sort per text (2,500 numpy calls a site)."""
    sizes = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    flat = np.frombuffer(b"".join(texts), dtype=np.uint64)
    keys, where = np.unique(flat, return_inverse=True)
    nk = max(keys.size, 1)
    codes = sorted_distinct(np.repeat(np.arange(len(texts), dtype=np.int64), sizes) * nk + where.ravel())
    tid, inv = np.divmod(codes, nk)
    if keys.size and keys[0] == 0:  # (lines too short to count)
        real = inv != 0
        tid, inv, keys = tid[real], inv[real] - 1, keys[1:]
    return tid, keys, inv, np.bincount(inv, minlength=keys.size)


def _same_story(
    tid: npt.NDArray[np.int64],
    inv: npt.NDArray[np.int64],
    w: npt.NDArray[np.int64],
    pairing: npt.NDArray[np.bool_],
    own: npt.NDArray[Any],
    n: int,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The pairs of texts (a < b, as two arrays) whose shared characters, through the entries where ``pairing`` is
    true, make up at least :data:`SAME_STORY` of the smaller one's own characters."""
    order = np.lexsort((tid[pairing], inv[pairing]))  # by key, then text
    pk, pt, pw = inv[pairing][order], tid[pairing][order], w[pairing][order]
    codes: list[npt.NDArray[np.int64]] = []
    weights: list[npt.NDArray[np.int64]] = []
    for d in range(1, HOT):  # the texts of one key are at most HOT entries apart
        same = pk[d:] == pk[:-d] if d < pk.size else np.zeros(0, dtype=np.bool_)
        if not same.any():
            break
        codes.append(pt[:-d][same] * n + pt[d:][same])
        weights.append(pw[d:][same])
    if not codes:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    pairs, where = np.unique(np.concatenate(codes), return_inverse=True)
    shared = np.bincount(where, weights=np.concatenate(weights))
    a, b = pairs // n, pairs % n
    smaller = SAME_STORY * np.minimum(own[a], own[b])
    ok = (shared >= smaller) & (smaller > 0)
    return a[ok], b[ok]


def apply(docs: list[Document], keys: dict[str, bytes], compute: bool = True) -> tuple[SiteStats, set[str]]:
    """Cut the lines repeated across the stories of each site from ``docs`` (in place: text, id, the sources'
    ``doc_id``, ``removed`` and the audit trail change). ``keys``: content id → :func:`line_keys` of that text, as the
    workers made them; a text without them has them made here (``compute``). Deterministic: the result depends on
    the documents and their order only. Returns the stats and the content ids that changed (old ids)."""
    stats = SiteStats()
    per_path: Counter[str] = Counter(d.sources[0].path for d in docs if d.sources)
    multi = {p for p, n in per_path.items() if n > 1}
    groups: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        groups[site_key(doc, multi)].append(i)
    changed: set[str] = set()
    for site in sorted(groups):
        members = groups[site]
        distinct: dict[str, int] = {}
        for i in members:
            distinct.setdefault(docs[i].id or content_id(docs[i].text), i)
        if len(distinct) < MIN_STORIES:
            continue
        ids = list(distinct)
        parts = max(1, len(ids) // WINDOW)  # consecutive windows of WINDOW to 2 * WINDOW texts, in input order
        for w in range(parts):
            window = ids[w * len(ids) // parts : (w + 1) * len(ids) // parts]
            texts = []
            for cid in window:
                packed = keys.get(cid)
                if packed is None:
                    packed = line_keys(docs[distinct[cid]].text) if compute else b""
                texts.append(_keys(packed))
            cut, stories = cut_keys(texts)
            if stories >= MIN_STORIES:
                stats.sites += 1
            if not cut:
                continue
            stats.lines += len(cut)
            line_sets = {cid: t for cid, t, h in zip(window, texts, _holding(texts, cut), strict=True) if h}
            for i in members:
                doc = docs[i]
                mine = line_sets.get(doc.id or content_id(doc.text))
                if mine is not None:
                    n = _cut_doc(doc, mine, cut, stats, changed)
                    if n:
                        stats.by_site[site] = stats.by_site.get(site, 0) + n
    return stats, changed


def _holding(texts: Sequence[array[int]], cut: set[int]) -> list[bool]:
    """Which of ``texts`` hold a key of ``cut`` (``not cut.isdisjoint(t)`` of each, in one numpy pass: most pages of a
    site hold none)."""
    sizes = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    flat = np.frombuffer(b"".join(texts), dtype=np.uint64)
    hit = np.isin(flat, np.fromiter(cut, dtype=np.uint64, count=len(cut)))
    tid = np.repeat(np.arange(len(texts), dtype=np.int64), sizes)
    held: list[bool] = (np.bincount(tid[hit], minlength=len(texts)) > 0).tolist()
    return held


def _cut_doc(doc: Document, keys: array[int], cut: set[int], stats: SiteStats, changed: set[str]) -> int:
    if cut.isdisjoint(keys):  # (most pages of a site: not split)
        return 0
    lines = doc.text.split("\n")
    if len(keys) != len(lines):  # (keys of another text: never, but a wrong cut is worse than none)
        return 0
    drop = [k in cut for k in keys]
    if not any(drop):
        return 0
    gone = sum([len(lines[k]) for k, d in enumerate(drop) if d])
    total = len(doc.text) - (len(lines) - 1)  # (the characters of its lines: the text without its line breaks)
    left = total - gone
    if gone > MAX_CUT * total or left < MIN_LEFT:
        stats.guarded += 1
        if doc.audit is not None:
            doc.audit["site"] = {
                "rule": RULE, "kept": True, "lines": sum(drop), "chars": gone, "of": total,
                "reason": f"the {sum(drop)} lines repeated on the site's other stories are {gone} of the page's "
                f"{total} characters: more than {MAX_CUT:.0%} or fewer than {MIN_LEFT} left; nothing cut",
            }  # fmt: skip
        return 0
    old = doc.id
    if doc.audit is not None:
        doc.audit["cuts"] = _recut(doc.text, doc.audit.get("cuts", []), drop)
        doc.audit["site"] = {"rule": RULE, "kept": False, "lines": sum(drop), "chars": gone, "of": total}
    doc.text = "\n".join(line for line, d in zip(lines, drop, strict=True) if not d)
    doc.id = content_id(doc.text)
    for src in doc.sources:
        if src.doc_id == old:
            src.doc_id = doc.id
    n = sum(drop)
    doc.removed = {**doc.removed, RULE: doc.removed.get(RULE, 0) + n}
    changed.add(old)
    stats.documents += 1
    stats.removed += n
    return n


def _recut(text: str, cuts: list[Any], drop: list[bool]) -> list[Any]:
    """The audit's cuts of a document (:data:`cleaner.audit.Cut`) once its lines where ``drop`` is true are cut too."""
    from cleaner.audit import verdicts

    out: list[Any] = []
    k = 0  # the document's lines so far
    j = 0  # the index of the line in the text before this cut
    for line, rules, new in verdicts(text, cuts):
        if not rules or new is not None:  # a line of the text (kept, or changed by a rule)
            if drop[j]:
                out.append((k, line, f"{rules},{RULE}" if rules else RULE, None))
            elif rules:
                out.append((k, line, rules, new))
                k += 1
            else:
                k += 1
            j += 1
        else:
            out.append((k, line, rules, None))
    return out
