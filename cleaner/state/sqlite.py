"""The nightly dedup state in one SQLite file: :class:`SQLiteIndex` implements
:class:`cleaner.dedup.DedupIndex`.

What is stored (no texts unless asked, no pickles)::

    meta(key, value)            fingerprint, params JSON, versions, schema
    story(n PK, sid, doc, length, n_shingles, sampled, evidence, positions, text, list_start, chars, figures)
                                doc NULL: the story id; chars: its character evidence (:func:`pack_chars`), NULL
                                in a state written before it was kept (schema ≤ 4: not compared); figures: the
                                figures verification can ask (:func:`pack_figures`), NULL in a state written
                                before they were kept (schema ≤ 5: not asked)
    doc(doc PK, n)              every content id seen → its story (exact-duplicate fast path; also sid → n)
    path(id PK, path UNIQUE)    source paths, interned
    source(n, path, record, segment, doc, url, similarity, seq, title, meta)   PK (n, path, record, segment, doc);
                                doc 0: the story id; title NULL: the story's title; meta: JSON of the copy's
                                values that differ from the story's (NULL: none)
    fields(n PK, value)         the story's title, url and meta merged from all its copies: JSON [title, url, meta]
    band_seg(seg, part, n, counts, lows, stories)                 LSH band index, packed
    merged(n PK, into_n)        stories found to be part of another (their ids resolve to it)
    copy(n, doc, similarity, length, n_shingles, sampled, evidence, positions, chars, figures)
                                PK (n, doc): the *movable* copies (similarity below ``settled``) of story n,
                                with their evidence
    moved(doc, from_n, to_n)    movable copies that moved to a better story; band keys that find from_n
                                find to_n too (an alias: a copy's own keys are not kept apart)
    run(key PK, at, out, digests, counts)                          committed nights

Ids that are 16 hex digits (content ids) are stored as 64-bit integers; any other id as text.
``evidence`` is 2 bytes per value when sampled (the signature keeps 16 bits of each hash, see
:func:`cleaner.dedup.signature.evidence_mask`), else 2.5 (the 16 bits and a nibble of sample bits; 4 when
those do not fit a nibble); ``positions`` the differences of their token positions in 4-bit nibbles with
exceptions (≈ 0.65 bytes each), or, for a full evidence (every shingle: positions 0, 1, …, n-1), only n.
Schema 4 (these two compact forms) reads every blob of schema 3; a schema-3 state is marked 4 by the first
run that writes to it.

The band index is a few sorted packed arrays (an LSM tree in miniature): each
run's band keys are appended as one new sorted *segment* when it commits, and
segments of similar size are merged, so a night rewrites little. An entry is the
top 40 bits of the 63-bit band key (a *tag*) and a story number: the tags as
bucket counts plus their low 16 bits (:func:`encode_tags`, 2.2 bytes per entry
in a segment of 85 M), the story numbers in 2.5 bytes (20 bits, up to 1 M
stories), ≈ 4.7 bytes in all. Two keys that agree on 40 bits can only *add* a
candidate, which the verifier then judges like any other; a candidate is never
lost.

A run does not read the index into memory: :meth:`SQLiteIndex.prefetch` (which
``collapse`` calls with every text's keys) reads it once, part by part, and
searches each part for the night's sorted keys (no decompression: a cumulative
sum over the bucket counts), keeping only the hits. Keys that were not
prefetched make the index load whole (the old way). This run's own entries are
kept in memory, looked up by key only where two of the night's texts share one.
Rows are written in batches (``executemany``).

All writes of one run happen inside one SQLite transaction (``BEGIN
IMMEDIATE``); with ``defer_commit=True`` (what :func:`cleaner.state.open_state`
gives) :meth:`SQLiteIndex.commit` — called by ``collapse`` — does nothing and
the caller commits with :meth:`SQLiteIndex.save` once the outputs are written.
A run killed at any point leaves the state exactly as it was.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import struct
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from itertools import repeat
from pathlib import Path
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from cleaner._version import __version__
from cleaner.dedup import CopyEntry, DedupParams, StoryEntry
from cleaner.dedup.fields import StoryFields
from cleaner.dedup.index import absorbed_by, alias_closure, resolve_merged
from cleaner.dedup.normalize import NORMALIZER_VERSION, READABLE_NORMALIZERS
from cleaner.dedup.signature import CHAR_KEYS_VERSION, CHAR_VERSION, FIGURES_VERSION, sorted_distinct
from cleaner.dedup.verify import figures_asked
from cleaner.document import Document, Source
from cleaner.errors import StateError
from cleaner.state.fault import fault

__all__ = ["SCHEMA_VERSION", "SQLiteIndex", "export_state", "state_info"]

SCHEMA_VERSION = "6"
READABLE_SCHEMAS = ("3", "4", "5", SCHEMA_VERSION)
"""Schemas this version reads (schema 3 lacks only the compact blob forms of 4, schema 4 the ``chars`` columns of 5,
schema 5 the ``figures`` columns of 6: a run writing to any of them adds the columns, NULL in the rows it has, and
marks it 6). A state of a newer schema is refused (:func:`params_mismatch`): this version would drop what it keeps."""
_PART = 1 << 22
"""Band entries per stored blob (16 MB of keys)."""
_MERGE_RATIO = 2
_MAX_SEGMENTS = 12
_CACHE_MAX = 200_000
_HEX16 = re.compile(r"[0-9a-f]{16}")
_U32 = npt.NDArray[np.uint32]
_U64 = npt.NDArray[np.uint64]
_U8 = npt.NDArray[np.uint8]
_NO_CHARS: _U32 = np.zeros(0, dtype=np.uint32)
_WIDTH: dict[int, np.dtype[Any]] = {1: np.dtype(np.uint8), 2: np.dtype("<u2"), 4: np.dtype("<u4")}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story(
    n INTEGER PRIMARY KEY, sid NOT NULL, doc, length INTEGER NOT NULL,
    n_shingles INTEGER NOT NULL, sampled INTEGER NOT NULL, evidence BLOB NOT NULL, positions BLOB NOT NULL,
    text TEXT, list_start INTEGER NOT NULL DEFAULT 0, chars BLOB, figures BLOB);
CREATE TABLE IF NOT EXISTS doc(doc PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS path(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL);
CREATE TABLE IF NOT EXISTS source(
    n INTEGER NOT NULL, path INTEGER NOT NULL, record INTEGER NOT NULL, segment INTEGER NOT NULL, doc NOT NULL,
    url TEXT, similarity REAL NOT NULL, seq INTEGER NOT NULL, title TEXT, meta TEXT,
    PRIMARY KEY(n, path, record, segment, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fields(n INTEGER PRIMARY KEY, value NOT NULL);
CREATE TABLE IF NOT EXISTS band_seg(
    seg INTEGER NOT NULL, part INTEGER NOT NULL, n INTEGER NOT NULL, counts BLOB NOT NULL, lows BLOB NOT NULL,
    stories BLOB NOT NULL,
    PRIMARY KEY(seg, part)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS merged(n INTEGER PRIMARY KEY, into_n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS copy(
    n INTEGER NOT NULL, doc NOT NULL, similarity REAL NOT NULL, length INTEGER NOT NULL, n_shingles INTEGER NOT NULL,
    sampled INTEGER NOT NULL, evidence BLOB NOT NULL, positions BLOB NOT NULL, chars BLOB, figures BLOB,
    PRIMARY KEY(n, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS moved(doc NOT NULL, from_n INTEGER NOT NULL, to_n INTEGER NOT NULL,
    PRIMARY KEY(doc, from_n, to_n)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS run(key TEXT PRIMARY KEY, at TEXT NOT NULL, out TEXT NOT NULL, digests TEXT NOT NULL,
    counts TEXT NOT NULL) WITHOUT ROWID;
"""


def sql_text(s: str | None) -> str | bytes | None:
    """Text for a TEXT column: itself, or — when it holds lone surrogates (a file name with bytes that are not
    UTF-8, a ``\\ud800`` escape in an input record), which SQLite cannot take — its UTF-8 bytes with the
    surrogates kept (``surrogatepass``), stored as a BLOB; :func:`py_text` gives back the same string."""
    if s is None or s.isascii():
        return s
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogatepass")
    return s


def py_text(v: Any) -> Any:
    """The inverse of :func:`sql_text` (other values unchanged)."""
    return v.decode("utf-8", "surrogatepass") if isinstance(v, bytes) else v


class DamagedState(ValueError):
    """A packed blob of the state that does not decode (raised as :class:`StateError` by the index)."""


def id_key(s: str) -> int | str:
    """A 16-hex-digit content id as a signed 64-bit integer (8 bytes on disk); anything else unchanged."""
    if len(s) == 16 and _HEX16.fullmatch(s):
        v = int(s, 16)
        return v - (1 << 64) if v >= 1 << 63 else v
    return s


def id_str(v: int | str) -> str:
    return f"{v & 0xFFFFFFFFFFFFFFFF:016x}" if isinstance(v, int) else v


def band_tags(band_keys: Sequence[int]) -> _U64:
    """The top 40 bits of each 63-bit band key: what the packed index stores (32-bit tag, 8-bit check)."""
    return np.array(band_keys, dtype=np.uint64) >> np.uint64(23)


def _split(tags40: _U64) -> tuple[_U32, _U8]:
    return (tags40 >> np.uint64(8)).astype(np.uint32), (tags40 & np.uint64(0xFF)).astype(np.uint8)


def _is_range(pos: _U32) -> bool:
    """``pos`` is 0, 1, …, n-1 with n ≥ 1 (a full evidence's positions)."""
    return bool(pos.size) and int(pos[0]) == 0 and bool((np.diff(pos) == 1).all())


def pack_positions(pos: _U32) -> bytes:
    """Differences of the positions (mod 2**32, so any order round-trips) as 4-bit nibbles, a nibble of 15
    meaning "15 or more: see the next exception" (the excess, in the narrowest of 1, 2 or 4 bytes). Sampled
    evidence is ≈ 8 tokens apart: ≈ 0.65 bytes per position. Layout: code (0x20 | odd count << 3 | exception
    width), exception count (2 bytes; beyond 65535 the plain 4-byte form 0x14), exceptions, nibbles. No zlib:
    its set-up costs more than it saves here. Positions 0, 1, …, n-1 (a full evidence): 0x30 and n (4 bytes)."""
    if _is_range(pos):
        return struct.pack("<BI", 0x30, pos.size)
    d = np.empty(pos.size, dtype=np.uint32)
    if pos.size:
        d[0] = pos[0]
        np.subtract(pos[1:], pos[:-1], out=d[1:])
    big = d >= 15
    exc = d[big] - np.uint32(15)
    if exc.size > 0xFFFF:
        return b"\x14" + d.astype("<u4").tobytes()
    top = int(exc.max()) if exc.size else 0
    w = 1 if top <= 0xFF else 2 if top <= 0xFFFF else 4
    nib = np.minimum(d, 15).astype(np.uint8)
    odd = nib.size % 2
    if odd:
        nib = np.append(nib, np.uint8(0))
    packed = nib[0::2] | (nib[1::2] << np.uint8(4))
    head = struct.pack("<BH", 0x20 | odd << 3 | w, exc.size)
    return head + exc.astype(_WIDTH[w]).tobytes() + packed.tobytes()


_POS_DTYPES: dict[int, np.dtype[Any]] = {0x11: np.dtype(np.uint8), 0x12: np.dtype("<u2"), 0x14: np.dtype("<u4")}

_DECODE_ERRORS = (DamagedState, ValueError, TypeError, IndexError, KeyError, struct.error, zlib.error)
"""What decoding a damaged blob raises (numpy's errors are ValueError / IndexError / TypeError)."""


def check_entry(evidence: Any, positions: Any) -> tuple[_U32, _U32]:
    """A stored story's or copy's (evidence, positions) blobs, decoded and checked (as many positions as
    evidence values, positions ascending); :class:`DamagedState` for anything that does not decode."""
    if not isinstance(evidence, bytes) or not isinstance(positions, bytes):
        raise DamagedState(f"blobs of type {type(evidence).__name__} and {type(positions).__name__}")
    try:
        ev = unpack_evidence(evidence)
        pos = unpack_positions(positions)
    except _DECODE_ERRORS as exc:
        raise DamagedState(f"{type(exc).__name__}: {exc}") from exc
    if ev.size != pos.size:
        raise DamagedState(f"{ev.size} evidence values but {pos.size} positions")
    return ev, pos


def check_band_part(n: Any, counts: Any, lows: Any, stories: Any) -> None:
    """A part of the packed band index whose blobs do not agree with its entry count: :class:`DamagedState`
    (a truncated blob would otherwise read out of bounds or find wrong stories)."""
    if not (isinstance(n, int) and n >= 0 and all(isinstance(b, bytes) for b in (counts, lows, stories))):
        raise DamagedState("a band index part with a count or blobs of the wrong type")
    if len(counts) < 10:
        raise DamagedState(f"a band counts blob of {len(counts)} bytes")
    low, _h0, cw = struct.unpack_from("<BQB", counts)
    if not 16 <= low <= 32 or cw not in _WIDTH or (len(counts) - 10) % cw:
        raise DamagedState(f"a band counts blob with header ({low}, {cw}) and {len(counts)} bytes")
    total = int(np.frombuffer(counts, dtype=_WIDTH[cw], offset=10).sum(dtype=np.int64)) if n else 0
    lw = -(-low // 8)
    sizes = {5: 1 + 2 * n + (n + 1) // 2, 3: 1 + 3 * n, 4: 1 + 4 * n}
    if total != n or len(lows) != n * lw or not stories or sizes.get(stories[0]) != len(stories):
        raise DamagedState(
            f"a band index part of {n} entries with {total} counted, {len(lows)} bytes of low bits and "
            f"{len(stories)} bytes of stories"
        )


_CHARS_HEAD = struct.Struct("<II")


def pack_chars(chars: _U32, positions: _U32, n_grams: int) -> bytes | None:
    """A text's character evidence (:attr:`cleaner.dedup.signature.Sketch.chars`) as one blob: ``n_grams`` and the
    length of the packed values (4 bytes each), the values (:func:`pack_evidence`), the positions
    (:func:`pack_positions`); None (NULL) when it has none."""
    if not chars.size:
        return None
    ev = pack_evidence(chars)
    return _CHARS_HEAD.pack(n_grams, len(ev)) + ev + pack_positions(positions)


def unpack_chars(blob: Any) -> tuple[_U32, _U32, int]:
    """:func:`pack_chars` back (values, positions, n_grams); empty for NULL; :class:`DamagedState` for a blob that
    does not decode."""
    if blob is None:
        return _NO_CHARS, _NO_CHARS, 0
    if not isinstance(blob, bytes) or len(blob) < _CHARS_HEAD.size:
        raise DamagedState(f"a chars blob of type {type(blob).__name__}")
    n_grams, le = _CHARS_HEAD.unpack_from(blob)
    ev, pos = check_entry(blob[_CHARS_HEAD.size : _CHARS_HEAD.size + le], blob[_CHARS_HEAD.size + le :])
    return ev, pos, int(n_grams)


def pack_figures(figures: _U32 | None, n_shingles: int) -> bytes | None:
    """A text's figures as a state keeps them: those verification can ask (:func:`cleaner.dedup.verify.figures_asked`:
    a report's, none of prose's) as 4-byte little-endian values, ascending (b"": none to ask); None (NULL) when they
    are not known (an entry read from a state written before figures were kept)."""
    if figures is None:
        return None
    return figures_asked(figures, n_shingles).astype("<u4").tobytes()


def unpack_figures(blob: Any) -> _U32 | None:
    """:func:`pack_figures` back; None for NULL (not known: not asked); :class:`DamagedState` for a blob that does
    not decode (not 4-byte values, or not ascending)."""
    if blob is None:
        return None
    if not isinstance(blob, bytes) or len(blob) % 4:
        raise DamagedState(f"a figures blob of {type(blob).__name__} {len(blob) if isinstance(blob, bytes) else ''}")
    figures = np.frombuffer(blob, dtype="<u4").astype(np.uint32)
    if figures.size > 1 and bool((figures[1:] < figures[:-1]).any()):
        raise DamagedState("a figures blob not in ascending order")
    return figures


def unpack_positions(blob: bytes) -> _U32:
    code = blob[0]
    if code == 0x30:
        if len(blob) != 5:
            raise DamagedState(f"a positions blob of {len(blob)} bytes starting 0x30")
        return np.arange(struct.unpack_from("<I", blob, 1)[0], dtype=np.uint32)
    if code & 0xF0 == 0x20:
        w, odd = code & 7, code >> 3 & 1
        (k,) = struct.unpack_from("<H", blob, 1)
        exc = np.frombuffer(blob, dtype=_WIDTH[w], count=k, offset=3)
        packed = np.frombuffer(blob, dtype=np.uint8, offset=3 + k * w)
        d = np.empty(2 * packed.size, dtype=np.uint32)
        d[0::2] = packed & np.uint8(0xF)
        d[1::2] = packed >> np.uint8(4)
        if odd:
            d = d[:-1]
        if k:
            d[d == 15] = exc.astype(np.uint32) + np.uint32(15)
    elif code in _POS_DTYPES:
        d = np.frombuffer(blob, dtype=_POS_DTYPES[code], offset=1)
    else:  # 0x02 / 0x04: zlib'd (states written by the first version)
        d = np.frombuffer(zlib.decompress(blob[1:]), dtype="<u2" if code == 2 else "<u4")
    return np.cumsum(d, dtype=np.uint32)


def _offsets(lens: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    out = np.zeros(lens.size + 1, dtype=np.int64)
    np.cumsum(lens, out=out[1:])
    return out


def pack_evidence_many(evs: Sequence[_U32]) -> list[bytes]:
    """:func:`pack_evidence` of many arrays, with a few numpy calls for all (what a run's commit writes)."""
    if not evs:
        return []
    lens = np.fromiter(map(len, evs), dtype=np.int64, count=len(evs))
    off = _offsets(lens)
    allv = np.concatenate(evs).astype(np.uint32)
    nz = _offsets(((allv & np.uint32(0xFFFF)) != 0).astype(np.int64))
    wide = (nz[off[1:]] - nz[off[:-1]] > 0).tolist()
    b2 = (allv >> np.uint32(16)).astype("<u2").tobytes()
    o = off.tolist()
    return [
        pack_evidence(evs[i]) if w else b"\x02" + b2[2 * o[i] : 2 * o[i + 1]]  # (full evidence: its own form)
        for i, w in enumerate(wide)
    ]


def pack_positions_many(poss: Sequence[_U32]) -> list[bytes]:
    """:func:`pack_positions` of many arrays, with a few numpy calls for all."""
    if not poss:
        return []
    lens = np.fromiter(map(len, poss), dtype=np.int64, count=len(poss))
    off = _offsets(lens)
    allp = np.concatenate(poss).astype(np.uint32)
    d = np.empty(allp.size, dtype=np.uint32)
    if allp.size:
        d[0] = allp[0]
        np.subtract(allp[1:], allp[:-1], out=d[1:])
        firsts = off[:-1][lens > 0]
        d[firsts] = allp[firsts]
    # 0, 1, …, n-1 (a full evidence): the first difference 0, every other 1
    other = _offsets((d != 1).astype(np.int64))
    nonempty = lens > 0
    first = np.ones(lens.size, dtype=np.uint32)
    first[nonempty] = d[off[:-1][nonempty]]
    ranged = (nonempty & (first == 0) & (other[off[1:]] - other[off[:-1]] == 1)).tolist()
    big = d >= 15
    exc = d[big] - np.uint32(15)
    eoff = _offsets(big.astype(np.int64))[off]  # exceptions before each story
    k = np.diff(eoff)
    top = np.zeros(lens.size, dtype=np.uint32)
    if exc.size:
        np.maximum.at(top, np.repeat(np.arange(lens.size), k), exc)
    width = np.where(top <= 0xFF, 1, np.where(top <= 0xFFFF, 2, 4))
    odd = lens % 2
    shift = _offsets(odd)[:-1]  # one padding nibble after each odd story
    nib = np.zeros(allp.size + int(odd.sum()), dtype=np.uint8)
    nib[np.arange(allp.size) + np.repeat(shift, lens)] = np.minimum(d, 15)
    packed = (nib[0::2] | (nib[1::2] << np.uint8(4))).tobytes()
    ebytes = {w: exc.astype(_WIDTH[w]).tobytes() for w in set(width.tolist())}
    out: list[bytes] = []
    for i, (a, n, od, w, e0, kk) in enumerate(
        zip(
            (off[:-1] + shift).tolist(),
            lens.tolist(),
            odd.tolist(),
            width.tolist(),
            eoff[:-1].tolist(),
            k.tolist(),
            strict=True,
        )
    ):
        if kk > 0xFFFF or ranged[i]:
            out.append(pack_positions(poss[i]))
            continue
        head = struct.pack("<BH", 0x20 | od << 3 | w, kk)
        out.append(head + ebytes[w][w * e0 : w * (e0 + kk)] + packed[a // 2 : (a + n + od) // 2])
    return out


def pack_evidence(ev: _U32) -> bytes:
    """Evidence values (:func:`cleaner.dedup.signature.evidence_mask`): 2 bytes each when their low 16 bits are
    all zero (a sampled evidence); 2.5 when those are all below 16 (a full evidence keeps only the sample bits):
    0x03, odd count flag, the high halves, the low nibbles two to a byte; else 4."""
    low = ev & np.uint32(0xFFFF)
    if not low.any():
        return b"\x02" + (ev >> np.uint32(16)).astype("<u2").tobytes()
    if int(low.max()) < 16:
        nib = low.astype(np.uint8)
        odd = nib.size % 2
        if odd:
            nib = np.append(nib, np.uint8(0))
        packed = nib[0::2] | (nib[1::2] << np.uint8(4))
        return bytes((3, odd)) + (ev >> np.uint32(16)).astype("<u2").tobytes() + packed.tobytes()
    return b"\x04" + ev.astype("<u4").tobytes()


def unpack_evidence(blob: bytes) -> _U32:
    if blob[:1] == b"\x03":
        odd = blob[1] if len(blob) > 1 else 2
        n, rest = divmod(2 * (len(blob) - 2) - odd, 5) if odd in (0, 1) else (0, 1)
        if rest or n < 1 or n % 2 != odd:
            raise DamagedState(f"an evidence blob of {len(blob)} bytes starting 0x03")
        high = np.frombuffer(blob, dtype="<u2", count=n, offset=2).astype(np.uint32) << np.uint32(16)
        packed = np.frombuffer(blob, dtype=np.uint8, offset=2 + 2 * n)
        low = np.empty(2 * packed.size, dtype=np.uint32)
        low[0::2] = packed & np.uint8(0xF)
        low[1::2] = packed >> np.uint8(4)
        return high | low[:n]
    if blob[:1] not in (b"\x02", b"\x04") or (len(blob) - 1) % (2 if blob[:1] == b"\x02" else 4):
        raise DamagedState(f"an evidence blob of {len(blob)} bytes starting {bytes(blob[:1])!r}")
    if blob[:1] == b"\x02":
        return np.frombuffer(blob, dtype="<u2", offset=1).astype(np.uint32) << np.uint32(16)
    return np.frombuffer(blob, dtype="<u4", offset=1).astype(np.uint32)


@dataclass(slots=True)
class _Segment:
    """Sorted by ``keys`` (bits 62-31 of the band key); ``checks`` (bits 30-23) filter a key's range.

    ``offsets`` is a directory over the top bits of the keys (≈ 16 entries per slot), so a lookup is one
    random access plus a short binary search instead of ~28 cache misses over the whole array.
    """

    seg: int
    keys: _U32
    checks: _U8
    stories: _U32
    shift: int = 32
    width: int = 0
    _j: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    offsets: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(2, dtype=np.int64))

    def __post_init__(self) -> None:
        n = int(self.keys.size)
        bits = min(24, max(0, math.ceil(math.log2(max(1, n) / 8)))) if n else 0
        self.shift = 32 - bits
        starts = (np.arange(1 << bits, dtype=np.uint64) << np.uint64(self.shift)).astype(np.uint32)
        self.offsets = np.append(np.searchsorted(self.keys, starts, side="left"), n).astype(np.int64)
        self.width = int(np.diff(self.offsets).max()) if n else 0
        self._j = np.arange(self.width, dtype=np.int64)

    def find(self, keys: _U32, checks: _U8) -> tuple[npt.NDArray[np.intp], _U32]:
        """(query indices, stories): one pair for each stored entry matching a query's (key, check).

        Each query reads its whole slot (``width`` entries at most, contiguous): one directory access and
        one or two cache lines, all queries at once."""
        n = int(self.keys.size)
        if not n:
            return np.zeros(0, np.intp), np.zeros(0, np.uint32)
        slot = (keys >> np.uint32(self.shift)).astype(np.intp) if self.shift < 32 else np.zeros(keys.size, np.intp)
        lo = self.offsets[slot]
        size = self.offsets[slot + 1] - lo
        j = self._j
        pos = lo[:, None] + j
        np.minimum(pos, n - 1, out=pos)
        match = self.keys[pos] == keys[:, None]
        match &= j < size[:, None]
        qi, ji = np.nonzero(match)
        at = lo[qi] + ji
        ok = self.checks[at] == checks[qi]
        return qi[ok], self.stories[at[ok]]


def _merge(a: _Segment, b: _Segment, seg: int) -> _Segment:
    at = np.searchsorted(a.keys, b.keys, side="right")
    return _Segment(
        seg, np.insert(a.keys, at, b.keys), np.insert(a.checks, at, b.checks), np.insert(a.stories, at, b.stories)
    )


def encode_keys(keys: _U32) -> bytes:
    """Sorted keys as zlib'd deltas (tests and tools; the band index stores :func:`encode_tags`)."""
    return zlib.compress(np.diff(keys, prepend=np.uint32(0)).astype("<u4").tobytes(), 1)


def decode_keys(blob: bytes) -> _U32:
    return np.cumsum(np.frombuffer(zlib.decompress(blob), dtype="<u4"), dtype=np.uint32)


def low_bits(entries: int) -> int:
    """Low bits of a 40-bit tag stored as such (2, 3 or 4 bytes) in a segment of this many entries, the rest
    given by a count (1 byte) for each bucket of ``2**low`` tags: the fewest bytes in all (16 bits for 10 M
    entries and more: 2.2 bytes per tag at 85 M)."""
    return min(range(16, 33), key=lambda b: -(-b // 8) * entries + (1 << (40 - b)))


def encode_tags(tags40: _U64, low: int) -> tuple[bytes, bytes]:
    """Sorted 40-bit tags as (bucket counts, low bits): the count of tags in every bucket of ``2**low`` from
    the first tag's to the last's (1 byte each while they fit), and each tag's low ``low`` bits in 2, 3 or 4
    bytes. A segment of 85 M entries: 16 low bits and 16.7 M buckets, 2.2 bytes per tag; read with one
    cumulative sum over the counts and no decompression."""
    lw = -(-low // 8)
    if not tags40.size:
        return struct.pack("<BQB", low, 0, 1), b""
    high = tags40 >> np.uint64(low)
    h0 = int(high[0])
    counts = np.bincount((high - np.uint64(h0)).astype(np.intp))
    cw = 1 if counts.max() < 1 << 8 else 2 if counts.max() < 1 << 16 else 4
    lows = (tags40 & np.uint64((1 << low) - 1)).astype("<u4").view(np.uint8).reshape(-1, 4)[:, :lw]
    return struct.pack("<BQB", low, h0, cw) + counts.astype(_WIDTH[cw]).tobytes(), lows.tobytes()


def _tag_parts(counts_blob: bytes, lows_blob: bytes) -> tuple[int, int, npt.NDArray[np.int64], npt.NDArray[Any]]:
    """(low bits, first bucket, bucket starts (len buckets + 1), low bits of each tag: uint16 or uint32)."""
    low, h0, cw = struct.unpack_from("<BQB", counts_blob)
    counts = np.frombuffer(counts_blob, dtype=_WIDTH[cw], offset=10)
    starts = np.zeros(counts.size + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    lw = -(-low // 8)
    if lw in (2, 4):
        return low, h0, starts, np.frombuffer(lows_blob, dtype=_WIDTH[lw])
    b = np.zeros((len(lows_blob) // lw, 4), dtype=np.uint8)
    b[:, :lw] = np.frombuffer(lows_blob, dtype=np.uint8).reshape(-1, lw)
    return low, h0, starts, b.view("<u4").reshape(-1)


def decode_tags(counts_blob: bytes, lows_blob: bytes) -> _U64:
    low, h0, starts, lows = _tag_parts(counts_blob, lows_blob)
    high = np.repeat(np.arange(h0, h0 + starts.size - 1, dtype=np.uint64), np.diff(starts))
    out: _U64 = (high << np.uint64(low)) | lows.astype(np.uint64)
    return out


def find_tags(counts_blob: bytes, lows_blob: bytes, q40: _U64) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """(query index, entry index) for every stored tag equal to a query tag (``q40`` sorted): each query's
    bucket, then a binary search within it (all queries at once, a few steps)."""
    low, h0, starts, lows = _tag_parts(counts_blob, lows_blob)
    nb = starts.size - 1
    a, b = np.searchsorted(q40, np.array([h0, h0 + nb], dtype=np.uint64) << np.uint64(low)).tolist()
    none = np.zeros(0, np.intp), np.zeros(0, np.intp)
    if a >= b:
        return none
    h = (q40[a:b] >> np.uint64(low)).astype(np.intp) - h0
    lo = starts[h]
    end = starts[h + 1]
    sel = np.flatnonzero(end > lo)
    lo, end = lo[sel], end[sel]
    t = (q40[a:b][sel] & np.uint64((1 << low) - 1)).astype(lows.dtype)
    hi = end.copy()
    while True:  # lower bound of t in lows[lo:hi]
        act = np.flatnonzero(lo < hi)
        if not act.size:
            break
        mid = (lo[act] + hi[act]) >> 1
        go = lows[mid] < t[act]
        lo[act[go]] = mid[go] + 1
        hi[act[~go]] = mid[~go]
    hit = np.flatnonzero(lo < end)
    hit = hit[lows[lo[hit]] == t[hit]]
    qs, ats = [sel[hit] + a], [lo[hit]]
    pos = lo[hit] + 1
    while hit.size:  # equal tags (several stories): the entries after the first
        more = pos < end[hit]
        hit, pos = hit[more], pos[more]
        same = lows[pos] == t[hit]
        hit, pos = hit[same], pos[same]
        qs.append(sel[hit] + a)
        ats.append(pos)
        pos = pos + 1
    return np.concatenate(qs), np.concatenate(ats)


def encode_stories(ns: _U32) -> bytes:
    """Story numbers in 2.5 bytes each while they fit 20 bits (1 M stories: low 16 bits, then the high 4 bits
    as nibbles), else 3 (16.7 M), else 4."""
    top = int(ns.max()) if ns.size else 0
    if top < 1 << 20:
        hi = (ns >> np.uint32(16)).astype(np.uint8)
        if hi.size % 2:
            hi = np.append(hi, np.uint8(0))
        nib = hi[0::2] | (hi[1::2] << np.uint8(4))
        return b"\x05" + (ns & np.uint32(0xFFFF)).astype("<u2").tobytes() + nib.tobytes()
    if top < 1 << 24:
        return b"\x03" + ns.astype("<u4").view(np.uint8).reshape(-1, 4)[:, :3].tobytes()
    return b"\x04" + ns.astype("<u4").tobytes()


def stories_at(blob: bytes, count: int, at: npt.NDArray[np.intp]) -> _U32:
    """The story numbers at indices ``at`` of an :func:`encode_stories` blob of ``count`` entries (no full
    decode: a night reads a handful of them per part)."""
    code = blob[0]
    if code == 5:
        lo = np.frombuffer(blob, dtype="<u2", offset=1, count=count)[at].astype(np.uint32)
        nib = np.frombuffer(blob, dtype=np.uint8, offset=1 + 2 * count)[at >> 1]
        hi = (nib >> ((at & 1) * 4).astype(np.uint8)) & np.uint8(0xF)
        out: _U32 = lo | (hi.astype(np.uint32) << np.uint32(16))
        return out
    if code == 3:
        b3 = np.frombuffer(blob, dtype=np.uint8, offset=1).reshape(-1, 3)[at].astype(np.uint32)
        out3: _U32 = b3[:, 0] | (b3[:, 1] << np.uint32(8)) | (b3[:, 2] << np.uint32(16))
        return out3
    return np.frombuffer(blob, dtype="<u4", offset=1)[at].astype(np.uint32)


def decode_stories(blob: bytes, count: int | None = None) -> _U32:
    if count is None:
        count = {5: (len(blob) - 1) * 2 // 5, 3: (len(blob) - 1) // 3, 4: (len(blob) - 1) // 4}[blob[0]]
    return stories_at(blob, count, np.arange(count, dtype=np.intp))


def _ranges(starts: npt.NDArray[np.intp], counts: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """``starts[i] + arange(counts[i])`` for every i, concatenated."""
    total = int(counts.sum())
    first = np.cumsum(counts) - counts
    out: npt.NDArray[np.intp] = np.arange(total, dtype=np.intp)
    out += np.repeat(starts - first, counts)
    return out


def versions_of(params: DedupParams) -> dict[str, str]:
    return {
        "fingerprint": params.fingerprint(),
        "params": json.dumps(params.to_json(), sort_keys=True),
        "tokenizer_version": params.tokenizer_version,
        "hash_version": params.hash_version,
        "minhash_version": params.minhash_version,
        "normalizer_version": params.normalizer_version,
        "opencc_version": params.opencc_version,
        "datasketch": version("datasketch"),
        "cleaner": __version__,
        "schema": SCHEMA_VERSION,
        "char_version": CHAR_VERSION,
        "char_keys_version": CHAR_KEYS_VERSION,
        "figures_version": FIGURES_VERSION,
    }


def adopted_params(stored: dict[str, str], params: DedupParams) -> DedupParams:
    """``params`` reading texts as the normaliser version a state's meta ``stored`` records, when it is another one
    this code still reads as (:data:`cleaner.dedup.normalize.READABLE_NORMALIZERS`: a state written before an upgrade
    keeps working, its signatures and the run's agree); else ``params`` (an older version stays refused by
    :func:`params_mismatch`). A new state records the run's own version."""
    old = stored.get("normalizer_version")
    if old is None or old == params.normalizer_version or old not in READABLE_NORMALIZERS:
        return params
    return replace(params, normalizer_version=old)


def normalizer_info(stored: dict[str, str]) -> dict[str, Any]:
    """The normaliser version a run over a state with meta ``stored`` reads texts as (``in_use``: the state's own,
    :func:`adopted_params`; ``None``: one this release refuses), and the one a new state gets (``newest``)."""
    old = stored.get("normalizer_version")
    return {"in_use": old if old in READABLE_NORMALIZERS else None, "state": old, "newest": NORMALIZER_VERSION}


def params_mismatch(stored: dict[str, str], params: DedupParams, where: str) -> StateError | None:
    """``None`` when ``params`` can use a state whose meta is ``stored``; else the error to raise."""
    schema = stored.get("schema", SCHEMA_VERSION)
    if schema.isdigit() and int(schema) > int(SCHEMA_VERSION):
        return StateError(
            f"state schema {schema} was written by a newer version of cleaner (this one reads schemas "
            f"{READABLE_SCHEMAS[0]}-{SCHEMA_VERSION}); nothing was read or written. Run it with that version or a "
            "later one (pip install -U story-cleaner), or start a new state file.",
            path=where,
        )
    if schema not in READABLE_SCHEMAS:
        return StateError(
            f"state schema {stored.get('schema')} is not {SCHEMA_VERSION}: it was written by another version of "
            "cleaner. Start a new state file (or run that version).",
            path=where,
        )
    if stored.get("fingerprint") == params.fingerprint():
        return None
    try:
        old = json.loads(stored.get("params", "{}"))
    except ValueError:
        old = {}
    new = params.signature_fields()
    diffs = [f"{k}: state has {old.get(k)!r}, this run {v!r}" for k, v in sorted(new.items()) if old.get(k) != v]
    detail = "; ".join(diffs) or f"fingerprint {stored.get('fingerprint')} != {params.fingerprint()}"
    return StateError(
        "this state was built with other dedup parameters or tokenizer/hash versions, so its signatures "
        f"cannot be compared with this run's ({detail}). Use the same parameters and versions, or start a "
        "new state file.",
        path=where,
    )


def _add_field_columns(db: sqlite3.Connection) -> None:
    """A state written before story fields were kept: the ``fields`` table and the source columns (no rewrite)."""
    db.execute("CREATE TABLE IF NOT EXISTS fields(n INTEGER PRIMARY KEY, value NOT NULL)")
    have = {row[1] for row in db.execute("PRAGMA table_info(source)")}
    for col in ("title", "meta"):
        if col not in have:
            db.execute(f"ALTER TABLE source ADD COLUMN {col} TEXT")
    if "list_start" not in {row[1] for row in db.execute("PRAGMA table_info(story)")}:  # (written before it was kept)
        db.execute("ALTER TABLE story ADD COLUMN list_start INTEGER NOT NULL DEFAULT 0")
    for table in ("story", "copy"):  # (schema 4 and before: no character evidence, 5 no figures; NULL, not compared)
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for col in ("chars", "figures"):
            if col not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {col} BLOB")
    row = db.execute("SELECT value FROM meta WHERE key = 'figures_version'").fetchone()
    if row is None or row[0] != FIGURES_VERSION:  # figures of another scheme (or none yet): dropped, never asked
        if row is not None:
            db.execute("UPDATE story SET figures = NULL WHERE figures IS NOT NULL")
            db.execute("UPDATE copy SET figures = NULL WHERE figures IS NOT NULL")
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('figures_version', ?)", (FIGURES_VERSION,))
    row = db.execute("SELECT value FROM meta WHERE key = 'char_version'").fetchone()
    if row is None or row[0] != CHAR_VERSION:  # character evidence of another scheme (or none): dropped, not compared
        if row is not None:
            db.execute("UPDATE story SET chars = NULL WHERE chars IS NOT NULL")
            db.execute("UPDATE copy SET chars = NULL WHERE chars IS NOT NULL")
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('char_version', ?)", (CHAR_VERSION,))
    # band keys of another character-key scheme (or of one before it was recorded): kept and still looked up, as every
    # other family's keys find those stories as before; from now on the state's stories are indexed by this scheme
    row = db.execute("SELECT value FROM meta WHERE key = 'char_keys_version'").fetchone()
    if row is None or row[0] != CHAR_KEYS_VERSION:  # (written only when it changes: a state opened to read stays as is)
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('char_keys_version', ?)", (CHAR_KEYS_VERSION,))


def _text(s: str) -> str:
    """``s`` as SQLite can store it: a lone surrogate (a broken page) becomes U+FFFD."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return s.encode("utf-8", "replace").decode("utf-8")
    return s


def pack_fields(fields: StoryFields) -> str | bytes:
    """``fields.value``: the JSON as text; as UTF-8 bytes (a BLOB) if it holds a lone surrogate (a broken page),
    which SQLite cannot take as text. (zlib would save ≈ 20 % of real pages' fields, 60 bytes a story, for
    ≈ 10 µs a story written: too slow for a night's budget.)"""
    text = fields.dumps()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
    return text


def unpack_fields(value: str | bytes | None) -> StoryFields | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "surrogatepass")
    return StoryFields.loads(value)


_INPUT_ID, _EXTRA = "@input_id", "@extra"
"""Keys of a source's ``meta`` column that hold its input id and extra fields (no meta key has an ``@``: meta
keys are the named groups of rules); a state written before they were kept has neither."""


def _source_meta(source: Source) -> str | None:
    """The ``meta`` column of a source: its own meta, input id and extra fields, as JSON (NULL when none)."""
    packed: dict[str, Any] = dict(source.meta)
    if source.input_id is not None:
        packed[_INPUT_ID] = source.input_id
    if source.extra:
        packed[_EXTRA] = source.extra
    return _text(json.dumps(packed, ensure_ascii=False, separators=(",", ":"))) if packed else None


def _source_fields(raw: str | None) -> dict[str, Any]:
    """A source's ``meta`` column back as ``Source`` keyword arguments: ``meta``, ``input_id``, ``extra``."""
    got: Any = {}
    if raw:
        try:
            got = json.loads(raw)
        except ValueError:
            got = {}
    if not isinstance(got, dict):
        got = {}
    input_id = got.pop(_INPUT_ID, None)
    extra = got.pop(_EXTRA, {})
    return {
        "meta": {str(k): str(v) for k, v in got.items()},
        "input_id": None if input_id is None else str(input_id),
        "extra": extra if isinstance(extra, dict) else {},
    }


def _canonical_row(
    entry: StoryEntry,
) -> tuple[int | str | None, int, int, int, bytes, bytes, int, bytes | None, bytes | None]:
    """The story columns that describe its canonical copy: doc (NULL while it is the story id), length,
    n_shingles, sampled, evidence, positions, list_start, chars, figures."""
    ev, pos = pack_evidence(entry.evidence), pack_positions(entry.positions)
    return (
        *_canonical_head(entry),
        ev,
        pos,
        entry.list_start,
        pack_chars(entry.chars, entry.char_positions, entry.n_grams),
        pack_figures(entry.figures, entry.n_shingles),
    )


_STORY_COLS = "n, sid, doc, length, n_shingles, sampled, evidence, positions, list_start, chars, figures"
"""The story columns :meth:`SQLiteIndex._entry` reads."""


def _canonical_head(entry: StoryEntry) -> tuple[int | str | None, int, int, int]:
    return (
        None if entry.doc_id == entry.story_id else id_key(entry.doc_id),
        entry.length,
        entry.n_shingles,
        int(entry.sampled),
    )


def _source_doc(doc_id: str, story_id: str) -> int | str:
    """``source.doc``: 0 (no bytes on disk) for the story's own id, else :func:`id_key` (an id whose key is 0
    is kept as text)."""
    if doc_id == story_id:
        return 0
    k = id_key(doc_id)
    return doc_id if k == 0 else k


@dataclass(frozen=True, slots=True)
class _Prefetched:
    """What :meth:`SQLiteIndex.prefetch` learnt of one text's key tuple."""

    keys: Sequence[int]
    """The key sequence as given: a tuple, or an int64 array slice."""
    stories: set[int]
    """Stored stories any of its keys hit."""
    shared: Sequence[int]
    """Its keys that other prefetched tuples have too: the only ones that can meet a key this run adds."""
    start: int
    end: int
    """Its hits in ``_trip_keys`` / ``_trip_ns``."""


def _group(
    occ: npt.NDArray[np.intp], order: npt.NDArray[np.intp], ends: npt.NDArray[np.int64], srt: _U64
) -> dict[int, Sequence[int]]:
    """Sorted positions ``occ`` of the flat keys → {text: its keys there}."""
    # (text, place in occ) as one 64-bit value sorted in place: the stable argsort by text without its buffers (a
    # night's shared keys are millions: these arrays were the state run's peak)
    owner = np.searchsorted(ends, order[occ], side="right").view(np.uint64)
    owner <<= np.uint64(32)
    owner |= np.arange(occ.size, dtype=np.uint64)
    owner.sort()
    at = occ[(owner & np.uint64(0xFFFFFFFF)).view(np.intp)]
    owner >>= np.uint64(32)
    keys = srt[at].view(np.int64)  # (band keys are 63-bit: the same values)
    del at
    cut = np.flatnonzero(np.diff(owner)) + 1
    starts = [0, *cut.tolist()]
    stops = [*cut.tolist(), len(keys)]
    return {int(owner[a]): cast(Sequence[int], keys[a:b]) for a, b in zip(starts, stops, strict=True) if b > a}


def _ints(keys: Sequence[int]) -> Sequence[int]:
    """Keys as Python ints: an array slice converted (for dict and set lookups), a tuple or list as it is."""
    return cast(Sequence[int], keys.tolist()) if isinstance(keys, np.ndarray) else keys


def _covers(have: Sequence[int], keys: Sequence[int]) -> bool:
    """Whether ``keys`` are a prefix of ``have`` or all among them (tuples or array slices alike)."""
    if isinstance(have, np.ndarray) or isinstance(keys, np.ndarray):
        h, k = np.asarray(have, dtype=np.int64), np.asarray(keys, dtype=np.int64)
        return (k.size <= h.size and bool(np.array_equal(h[: k.size], k))) or bool(np.isin(k, h).all())
    return tuple(have[: len(keys)]) == tuple(keys) or set(have).issuperset(keys)


def _as_u64(keys: Sequence[int]) -> _U64:
    return (
        keys.astype(np.uint64) if isinstance(keys, np.ndarray) else np.fromiter(keys, dtype=np.uint64, count=len(keys))
    )


class SQLiteIndex:
    """:class:`cleaner.dedup.DedupIndex` over one SQLite file (see module doc).

    Key sequences may be tuples of ints or int64 array slices (``array_keys``: collapse then asks with views of one
    flat array, not a tuple of Python ints per text); the answers and the stored index are the same.

    Not safe for two writers: take :func:`cleaner.state.open_state`, which holds
    the run lock. ``defer_commit`` makes :meth:`commit` a no-op so that the
    caller decides when the run's one transaction commits (:meth:`save`).
    """

    array_keys = True

    def __init__(
        self,
        path: str | Path,
        params: DedupParams | None = None,
        *,
        defer_commit: bool = False,
        store_text: bool = False,
    ) -> None:
        self.path = Path(path)
        self.params = params or DedupParams()
        self.defer_commit = defer_commit
        self.store_text = store_text
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise StateError(f"cannot open the state: {exc}", path=str(self.path)) from exc
        try:
            # Only readers (state info / export) can hold the file: the lock keeps other runs out. A commit waits
            # for them to finish their read (an export of a large state can take a minute) rather than fail.
            self.db.execute("PRAGMA busy_timeout=600000")
            # A rollback journal, not WAL: a commit is in the state file itself once it returns, so no other
            # file (a -wal that someone deletes) holds a committed night. (An older state in WAL mode is
            # checkpointed and switched here.)
            mode = self.db.execute("PRAGMA journal_mode=DELETE").fetchone()
            self._wal = str(mode[0] if mode else "").lower() == "wal"
            """Still WAL (a reader held it open): each commit is checkpointed into the file at once."""
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA cache_size=-65536")
            self.db.execute("PRAGMA mmap_size=4294967296")  # the band index is read once a night: no copies
            self._open_run()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StateError(f"cannot open the state: {exc}", path=str(self.path)) from exc
        except BaseException:
            self.db.close()
            raise
        self._cur = self.db.cursor()
        self._segments: list[_Segment] | None = None
        """The whole stored band index in memory: read only when a key was not prefetched."""
        self._prefetched: dict[int, _Prefetched] = {}
        """Each prefetched key tuple (by id) → what it hits …"""
        self._by_value: dict[tuple[int, ...], _Prefetched] | None = None
        self._trip_keys: _U64 = np.zeros(0, np.uint64)
        self._trip_ns: _U32 = np.zeros(0, np.uint32)
        """… (every stored entry a prefetched key hit, by text: key and story) …"""
        self._last: _Prefetched | None = None
        """… and the last prefetched tuple asked for (a text's keys to store are among them: see ``_index``)."""
        self._shared_only = False
        """True while every key this run added was in a prefetched tuple: then ``_pend1`` holds shared keys only."""
        self._pend_lists: list[tuple[Sequence[int], int]] = []
        """This run's band entries: (keys, story) as added; written as one segment by :meth:`save` …"""
        self._pend1: dict[int, int] = {}
        """… and looked up by key: key → its first story …"""
        self._pendm: dict[int, list[int]] = {}
        """… and any further stories with that key."""
        self._paths: dict[str, int] = {}
        self._by_sid: dict[str, tuple[int, StoryEntry]] = {}
        self._sid_of: dict[int, str] = {}
        self._reset_buffers()

    # --- plumbing ----------------------------------------------------------------
    def _reset_buffers(self) -> None:
        self._story_rows: list[tuple[int, StoryEntry]] = []
        self._doc_rows: list[tuple[int | str, int]] = []
        self._source_rows: list[tuple[Any, ...]] = []
        self._new_docs: dict[str, int] = {}
        """Content ids recorded this run (buffered rows) → story number."""
        self._new_sources: set[tuple[Any, ...]] = set()
        self._copy_rows: list[tuple[int, CopyEntry]] = []
        self._field_rows: dict[int, str | bytes] = {}
        """Stories whose merged fields this run set (written at the next flush)."""
        self._fields: dict[int, StoryFields | None] = {}
        """Merged fields by story number, as read or set this run."""

    def _open_run(self) -> None:
        """Begin the run's transaction: meta (a new state), parameter check, counters. The empty tables
        of a new state are committed first, on their own, so ``state info`` can read it during its first run."""
        if (
            not self.db.in_transaction
            and self.db.execute("SELECT 1 FROM sqlite_master WHERE name='run'").fetchone() is None
        ):
            tables = [r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            if tables and "meta" not in tables:  # another program's database: never add tables to it
                listed = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
                raise StateError(
                    f"not a cleaner state: an SQLite database of something else (tables {listed}); nothing was "
                    "written. --state names a cleaner state file: a new one, or one a run wrote.",
                    path=str(self.path),
                )
            self.db.execute("BEGIN IMMEDIATE")
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    self.db.execute(stmt)
            self.db.commit()
        self._begin()
        meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        if meta:
            self.params = adopted_params(meta, self.params)
            err = params_mismatch(meta, self.params, str(self.path))
            if err is not None:
                self.db.rollback()
                raise err
            if meta.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION:  # an older readable schema: this run writes 4
                self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))
        else:
            self.db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", sorted(versions_of(self.params).items()))
            self.db.execute("INSERT INTO meta(key, value) VALUES ('created', ?)", (_now(),))
        self.db.execute("CREATE TABLE IF NOT EXISTS merged(n INTEGER PRIMARY KEY, into_n INTEGER NOT NULL)")
        _add_field_columns(self.db)
        self._merged: dict[int, int] = dict(self.db.execute("SELECT n, into_n FROM merged").fetchall())
        self._aliases: dict[int, set[int]] = {}
        """Story → stories its movable copies moved to (``moved``): keys that find it find them too."""
        for a, b in self.db.execute("SELECT DISTINCT from_n, to_n FROM moved"):
            self._aliases.setdefault(int(a), set()).add(int(b))
        self._stored_copies = self.db.execute("SELECT EXISTS(SELECT 1 FROM copy)").fetchone()[0] == 1
        """Any movable copy committed (else a story of an earlier run has none: no query)."""
        self._run_copy_ns: set[int] = set()
        """Stories given movable copies by this run (rows possibly still buffered)."""
        self.stories_at_open = int(self.db.execute("SELECT coalesce(max(n), 0) FROM story").fetchone()[0])
        self._next_n = self.stories_at_open + 1
        self._seq = int(self.db.execute("SELECT coalesce(max(seq), 0) FROM source").fetchone()[0])

    def _begin(self) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")

    def _flush(self) -> None:
        """Write the buffered rows of this run (inside its transaction)."""
        if self._story_rows:
            entries = [e for _, e in self._story_rows]
            evs = pack_evidence_many([e.evidence for e in entries])
            poss = pack_positions_many([e.positions for e in entries])
            self._cur.executemany(
                "INSERT INTO story(n, sid, doc, length, n_shingles, sampled, evidence, positions, list_start, chars, "
                "figures) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        n,
                        id_key(e.story_id),
                        *_canonical_head(e),
                        ev,
                        pos,
                        e.list_start,
                        pack_chars(e.chars, e.char_positions, e.n_grams),
                        pack_figures(e.figures, e.n_shingles),
                    )
                    for (n, e), ev, pos in zip(self._story_rows, evs, poss, strict=True)
                ],
            )
            self._story_rows = []
        if self._doc_rows:
            self._cur.executemany("INSERT OR IGNORE INTO doc(doc, n) VALUES (?, ?)", self._doc_rows)
            self._doc_rows = []
        if self._source_rows:
            self._cur.executemany(
                "INSERT OR IGNORE INTO source(n, path, record, segment, doc, url, similarity, seq, title, meta) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                self._source_rows,
            )
            self._source_rows = []
        if self._field_rows:
            self._cur.executemany("INSERT OR REPLACE INTO fields(n, value) VALUES (?, ?)", self._field_rows.items())
            self._field_rows = {}

    def _flush_copies(self) -> None:
        """Write this run's buffered movable copies (all at once: only moves, merges and the commit read them)."""
        if not self._copy_rows:
            return
        copies = [c for _, c in self._copy_rows]
        evs = pack_evidence_many([c.evidence for c in copies])
        poss = pack_positions_many([c.positions for c in copies])
        self._cur.executemany(
            "INSERT OR REPLACE INTO copy(n, doc, similarity, length, n_shingles, sampled, evidence, positions, chars, "
            "figures) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    n,
                    id_key(c.doc_id),
                    c.similarity,
                    c.length,
                    c.n_shingles,
                    int(c.sampled),
                    ev,
                    pos,
                    pack_chars(c.chars, c.char_positions, c.n_grams),
                    pack_figures(c.figures, c.n_shingles),
                )
                for (n, c), ev, pos in zip(self._copy_rows, evs, poss, strict=True)
            ],
        )
        self._copy_rows = []

    def _segment_sizes(self) -> list[tuple[int, int]]:
        return [
            (int(s), int(n)) for s, n in self.db.execute("SELECT seg, sum(n) FROM band_seg GROUP BY seg ORDER BY seg")
        ]

    def _read_segment(self, seg: int) -> _Segment:
        blobs = self.db.execute(
            "SELECT n, counts, lows, stories FROM band_seg WHERE seg = ? ORDER BY part", (seg,)
        ).fetchall()
        for n, c, lw, x in blobs:
            self._check_part(n, c, lw, x, seg)
        tags = np.concatenate([decode_tags(c, lw) for _, c, lw, _ in blobs] or [np.zeros(0, np.uint64)])
        stories = np.concatenate([decode_stories(x, int(n)) for n, _, _, x in blobs] or [np.zeros(0, np.uint32)])
        keys, checks = _split(tags)
        return _Segment(seg, keys, checks, stories)

    def _damaged(self, where: str, exc: Exception) -> StateError:
        return StateError(
            f"the state is damaged ({where}: {exc}); nothing was written. Restore it from a backup, or start a new "
            "state file.",
            path=str(self.path),
        )

    def _check_part(self, n: Any, counts: Any, lows: Any, stories: Any, seg: Any) -> None:
        try:
            check_band_part(n, counts, lows, stories)
        except _DECODE_ERRORS as exc:
            raise self._damaged(f"band index segment {seg}", exc) from exc

    def _stored(self) -> list[_Segment]:
        """The whole band index in memory (only for keys that were not prefetched)."""
        if self._segments is None:
            self._segments = [self._read_segment(seg) for seg, _ in self._segment_sizes()]
        return self._segments

    def _write_segment(self, s: _Segment) -> None:
        low = low_bits(int(s.keys.size))
        for part, start in enumerate(range(0, max(1, s.keys.size), _PART)):
            sl = slice(start, start + _PART)
            tags = (s.keys[sl].astype(np.uint64) << np.uint64(8)) | s.checks[sl].astype(np.uint64)
            counts, lows = encode_tags(tags, low)
            self.db.execute(
                "INSERT INTO band_seg(seg, part, n, counts, lows, stories) VALUES (?, ?, ?, ?, ?, ?)",
                (s.seg, part, int(tags.size), counts, lows, encode_stories(s.stories[sl])),
            )

    def _n_of(self, story_id: str) -> int:
        return self._lookup(story_id)[0]

    def _lookup(self, story_id: str) -> tuple[int, StoryEntry]:
        hit = self._by_sid.get(story_id)
        if hit is not None:
            return hit
        self._flush()
        key = id_key(story_id)
        cols = _STORY_COLS
        # a story id is the content id of its first canonical: the doc table knows its number
        row = self._cur.execute(
            f"SELECT {cols} FROM story WHERE n = (SELECT n FROM doc WHERE doc = ?)", (key,)
        ).fetchone()
        if row is None or row[1] != key:
            row = self._cur.execute(f"SELECT {cols} FROM story WHERE sid = ?", (key,)).fetchone()  # never seen
        if row is None:
            raise KeyError(story_id)
        return self._entry(row)

    def _entry(self, row: tuple[Any, ...]) -> tuple[int, StoryEntry]:
        n, sid, doc, length, n_sh, sampled, ev, pos, list_start, ch, fig = row
        try:
            evidence, positions = check_entry(ev, pos)
            chars, char_positions, n_grams = unpack_chars(ch)
            figures = unpack_figures(fig)
            story_id = id_str(sid)
            doc_id = story_id if doc is None else id_str(doc)
        except _DECODE_ERRORS as exc:
            raise self._damaged(f"story {n}", exc) from exc
        entry = StoryEntry(
            story_id, doc_id, length, n_sh, evidence, positions, bool(sampled), int(list_start), chars, char_positions,
            n_grams, figures,
        )  # fmt: skip
        self._remember(n, entry)
        return n, entry

    def _remember(self, n: int, entry: StoryEntry) -> None:
        if len(self._by_sid) >= _CACHE_MAX:
            self._by_sid.clear()
            self._sid_of.clear()
        self._by_sid[entry.story_id] = (n, entry)
        self._sid_of[n] = entry.story_id

    def _sid(self, n: int) -> str:
        sid = self._sid_of.get(n)
        if sid is None:
            self._flush()
            row = self._cur.execute("SELECT sid FROM story WHERE n = ?", (n,)).fetchone()
            sid = id_str(row[0])
            self._sid_of[n] = sid
        return sid

    def _stored_hits(self, band_keys: Sequence[int]) -> list[list[int]]:
        """For each key, the stored stories whose entry matches its top 40 bits."""
        keys, checks = _split(band_tags(band_keys))
        out: list[list[int]] = [[] for _ in band_keys]
        for s in self._stored():
            qi, ns = s.find(keys, checks)
            for q, n in zip(qi.tolist(), ns.tolist(), strict=True):
                out[q].append(n)
        return out

    def prefetch(self, key_lists: Iterable[Sequence[int]], *, flat: npt.NDArray[np.int64] | None = None) -> None:
        """Look up the band keys of many texts at once (a night's): one pass over the stored band index, each
        part searched for the sorted keys in its range. :meth:`candidates` of one of these key tuples (the
        same objects are found fastest) then needs no search, and the index is never held in memory whole.
        ``flat``: the same keys as one array, when the caller has it."""
        lists = [k if isinstance(k, tuple | np.ndarray) else tuple(k) for k in key_lists]
        lens = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
        keys: _U64 = (
            flat.view(np.uint64)  # band keys are 63-bit: the same values (a view: no copy)
            if flat is not None and flat.size == int(lens.sum()) and flat.dtype == np.int64
            else np.concatenate([_as_u64(k) for k in lists])
            if lists
            else np.zeros(0, np.uint64)
        )
        # (each temporary is dropped once used, sorts and masks in place: a night's keys are millions, and these
        # arrays are the state run's peak)
        tags = keys >> np.uint64(23)
        if keys.size < 1 << 24:  # sort (tag, position) as one 64-bit value: 5x faster than an argsort
            tags <<= np.uint64(24)
            tags |= np.arange(keys.size, dtype=np.uint64)
            tags.sort()
            stags = tags
            del tags
            order = (stags & np.uint64((1 << 24) - 1)).view(np.intp)  # (positions < 2**24: the same values)
            stags >>= np.uint64(24)
        else:
            order = np.argsort(tags)
            stags = tags[order]
            del tags
        srt = keys[order]  # the keys in tag order
        del keys
        new = np.ones(srt.size, dtype=bool)
        np.not_equal(stags[1:], stags[:-1], out=new[1:])
        q40 = stags[new]  # the distinct tags, sorted (keys are told apart by their tags: 40 bits)
        del stags
        found_q: list[npt.NDArray[np.intp]] = []
        found_n: list[_U32] = []
        for seg, n, cblob, lblob, sblob in self._cur.execute(
            "SELECT seg, n, counts, lows, stories FROM band_seg ORDER BY seg, part"
        ):
            self._check_part(n, cblob, lblob, sblob, seg)
            if n:
                qi, at = find_tags(cblob, lblob, q40)
                found_q.append(qi)
                found_n.append(stories_at(sblob, int(n), at))
        uq = np.cumsum(new, dtype=np.intp)  # sorted position → distinct key index
        uq -= 1
        ends = np.cumsum(lens)
        # keys in more than one place: the only ones a key added by this night's texts can meet (a tag shared
        # by two different keys only adds a lookup)
        runs = np.diff(np.append(np.flatnonzero(new), srt.size))
        del new
        shared = _group(np.flatnonzero((runs > 1)[uq]), order, ends, srt)
        del runs
        # every occurrence of a key that hit a stored entry: (text, key, story)
        qs = np.concatenate(found_q) if found_q else np.zeros(0, np.intp)
        ns = np.concatenate(found_n) if found_n else np.zeros(0, np.uint32)
        by_q = np.argsort(qs, kind="stable")
        qs, ns = qs[by_q], ns[by_q]
        hit_q = np.zeros(q40.size, dtype=bool)
        hit_q[qs] = True
        occ = np.flatnonzero(hit_q[uq])
        first = np.searchsorted(qs, uq[occ], side="left")
        cnt = np.searchsorted(qs, uq[occ], side="right") - first
        owner = np.repeat(np.searchsorted(ends, order[occ], side="right"), cnt)
        by_owner = np.argsort(owner, kind="stable")
        self._trip_keys = np.repeat(srt[occ], cnt)[by_owner]
        self._trip_ns = ns[_ranges(first, cnt)][by_owner]
        owner = owner[by_owner]
        bounds = np.searchsorted(owner, np.arange(len(lists) + 1)).tolist()
        stories_of: dict[int, set[int]] = {}
        pair = sorted_distinct((owner.astype(np.uint64) << np.uint64(32)) | self._trip_ns.astype(np.uint64))
        for o, n in zip((pair >> np.uint64(32)).tolist(), (pair & np.uint64(0xFFFFFFFF)).tolist(), strict=True):
            stories_of.setdefault(o, set()).add(n)
        empty: set[int] = set()
        self._prefetched = {
            id(t): _Prefetched(t, stories_of.get(i, empty), shared.get(i, []), bounds[i], bounds[i + 1])
            for i, t in enumerate(lists)
        }
        self._by_value = None
        self._shared_only = not self._pend_lists  # keys added before (another collapse) were not seen here
        if not self._shared_only:
            self._rebuild_pending()
        self._load_stories({n for n in ns.tolist() if n not in self._sid_of})

    def _prefetched_of(self, band_keys: Sequence[int]) -> _Prefetched | None:
        pre = self._prefetched.get(id(band_keys))
        if pre is not None and pre.keys is band_keys:
            return pre
        if not self._prefetched or not isinstance(band_keys, tuple):
            return None
        if self._by_value is None:  # the caller passes equal tuples, not the same ones
            self._by_value = {tuple(_ints(p.keys)): p for p in self._prefetched.values()}
        return self._by_value.get(band_keys)

    def _load_stories(self, ns: set[int]) -> None:
        """The entries of these stored stories into the cache (the verifier asks for them next)."""
        todo = sorted(ns)
        cols = _STORY_COLS
        for i in range(0, len(todo), 500):
            chunk = todo[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._cur.execute(f"SELECT {cols} FROM story WHERE n IN ({marks})", chunk):
                self._entry(row)

    def _hits(self, band_keys: Sequence[int]) -> set[int]:
        pre = self._prefetched_of(band_keys)
        probe: Sequence[int] = band_keys
        if pre is not None:
            self._last = pre
            found = set(pre.stories)
            if self._shared_only:
                probe = pre.shared
        else:
            if self._shared_only:  # keys no prefetched tuple had: every pending key must be looked up
                self._shared_only = False
                self._rebuild_pending()
            found = set()
            for ns in self._stored_hits(band_keys):
                if ns:
                    found.update(ns)
        if len(probe):
            probe = _ints(probe)
            found.update(filter(None, map(self._pend1.get, probe)))
            more = self._pendm
            if more:
                for k in more.keys() & probe:
                    found.update(more[k])
        return found

    def _index(self, n: int, band_keys: Sequence[int], *, check: bool) -> None:
        keys: Sequence[int] = band_keys
        last = self._last
        covered = last is not None and _covers(last.keys, keys)  # collapse: a prefix
        if check:  # skip keys that already point to this story (a copy shares most bands with its canonical)
            if covered:
                assert last is not None
                sl = slice(last.start, last.end)
                mine = self._trip_keys[sl][self._trip_ns[sl] == n]
                if isinstance(keys, np.ndarray):
                    if mine.size:
                        keys = cast(Sequence[int], keys[~np.isin(keys.astype(np.uint64), mine)])
                else:
                    skip = set(mine.tolist())
                    if skip:
                        keys = [k for k in keys if k not in skip]
            else:
                keys = [k for k, ns in zip(_ints(keys), self._stored_hits(keys), strict=True) if n not in ns]
        self._pend_lists.append((keys, n))
        if self._shared_only:
            if not covered:  # a key no prefetched tuple had: look every key up from now on
                self._shared_only = False
                self._rebuild_pending()
                return
            assert last is not None
            if not len(last.shared):
                return
            if len(keys) != len(last.keys):  # only the keys given (collapse stores a prefix; a copy skips some)
                given = set(_ints(keys))
                keys = [k for k in _ints(last.shared) if k in given]
            else:
                keys = last.shared
            if not len(keys):
                return
        self._pend_add(keys, n)

    def _pend_add(self, keys: Sequence[int], n: int) -> None:
        keys = _ints(keys)
        holders = list(map(self._pend1.setdefault, keys, repeat(n)))
        if holders.count(n) == len(holders):
            return
        for k, holder in zip(keys, holders, strict=True):
            if holder != n:
                more = self._pendm.setdefault(k, [])
                if n not in more:
                    more.append(n)

    def _rebuild_pending(self) -> None:
        self._pend1, self._pendm = {}, {}
        for keys, n in self._pend_lists:
            self._pend_add(keys, n)

    def _path_id(self, path: str) -> int:
        pid = self._paths.get(path)
        if pid is None:
            stored = sql_text(path)
            row = self._cur.execute("SELECT id FROM path WHERE path = ?", (stored,)).fetchone()
            if row is None:
                self._cur.execute("INSERT INTO path(path) VALUES (?)", (stored,))
                pid = int(self._cur.lastrowid or 0)
            else:
                pid = int(row[0])
            self._paths[path] = pid
        return pid

    # --- DedupIndex ----------------------------------------------------------------
    def check_params(self, params: DedupParams) -> None:
        meta = dict(self._cur.execute("SELECT key, value FROM meta").fetchall())
        err = params_mismatch(meta, params, str(self.path))
        if err is not None:
            raise err

    def _live(self, n: int) -> int:
        """The story a story number resolves to (itself unless merged into another)."""
        return resolve_merged(self._merged, n)

    def story_of_doc(self, doc_id: str) -> str | None:
        n = self._new_docs.get(doc_id)
        if n is None:
            row = self._cur.execute("SELECT n FROM doc WHERE doc = ?", (id_key(doc_id),)).fetchone()
            if row is None:
                return None
            n = int(row[0])
        return self._sid(self._live(n))

    def candidates(self, band_keys: Sequence[int]) -> list[str]:
        if not len(band_keys):
            return []
        hits = self._hits(band_keys)
        if self._aliases and hits:
            return sorted({self._sid(n) for n in alias_closure(self._aliases, hits, self._merged)})
        return sorted({self._sid(self._live(n) if self._merged else n) for n in hits})

    def get(self, story_id: str) -> StoryEntry:
        return self._lookup(story_id)[1]

    def _add_doc(self, doc_id: str, n: int) -> None:
        if doc_id not in self._new_docs:
            self._new_docs[doc_id] = n
            self._doc_rows.append((id_key(doc_id), n))

    def add_story(self, entry: StoryEntry, band_keys: Sequence[int]) -> None:
        self._begin()
        n = self._next_n
        self._story_rows.append((n, entry))
        self._next_n += 1
        self._add_doc(entry.doc_id, n)
        if entry.story_id != entry.doc_id:
            self._add_doc(entry.story_id, n)
        self._index(n, band_keys, check=False)
        self._remember(n, entry)
        fault("add_story")

    def add_copy(self, story_id: str, doc_id: str, band_keys: Sequence[int], movable: CopyEntry | None = None) -> None:
        self._begin()
        n = self._n_of(story_id)
        self._add_doc(doc_id, n)
        self._index(n, band_keys, check=True)
        if movable is not None:
            self._copy_rows.append((n, movable))
            self._run_copy_ns.add(n)
        fault("add_copy")

    def movable(self, story_id: str) -> list[CopyEntry]:
        n = self._n_of(story_id)
        if n in self._run_copy_ns:
            self._flush_copies()
        elif n > self.stories_at_open or not self._stored_copies:
            return []
        rows = self._cur.execute(
            "SELECT doc, similarity, length, n_shingles, sampled, evidence, positions, chars, figures FROM copy "
            "WHERE n = ?",
            (n,),
        ).fetchall()
        out = []
        for d, sim, length, n_sh, sampled, ev, pos, ch, fig in rows:
            try:
                evidence, positions = check_entry(ev, pos)
                chars, char_positions, n_grams = unpack_chars(ch)
                figures = unpack_figures(fig)
                doc_id = id_str(d)
            except _DECODE_ERRORS as exc:
                raise self._damaged(f"a movable copy of story {n}", exc) from exc
            out.append(
                CopyEntry(doc_id, story_id, sim, length, n_sh, evidence, positions, bool(sampled), chars,
                          char_positions, n_grams, figures)
            )  # fmt: skip
        return sorted(out, key=lambda c: c.doc_id)

    def move_copy(self, doc_id: str, from_story: str, to_story: str, similarity: float) -> None:
        self._begin()
        nf, nt = self._n_of(from_story), self._n_of(to_story)
        self._flush()
        self._flush_copies()
        dk = id_key(doc_id)
        if similarity < self.params.settled:
            self._cur.execute(
                "UPDATE OR REPLACE copy SET n = ?, similarity = ? WHERE n = ? AND doc = ?", (nt, similarity, nf, dk)
            )
            if self._cur.rowcount:
                self._run_copy_ns.add(nt)
        else:
            self._cur.execute("DELETE FROM copy WHERE n = ? AND doc = ?", (nf, dk))
        if doc_id in self._new_docs:
            self._new_docs[doc_id] = nt
        self._cur.execute("UPDATE doc SET n = ? WHERE doc = ?", (nt, dk))
        # its sources: recorded again under the new story (new similarity, recorded last)
        old = _source_doc(doc_id, from_story)
        rows = self._cur.execute(
            "SELECT path, record, segment, url, title, meta FROM source WHERE n = ? AND doc = ? ORDER BY seq",
            (nf, old),
        ).fetchall()
        self._cur.execute("DELETE FROM source WHERE n = ? AND doc = ?", (nf, old))
        doc = _source_doc(doc_id, to_story)
        from_fields = self.story_fields(from_story)
        for path, record, segment, url, title, meta in rows:
            if title is None:  # the old story's title: spelled out
                title = from_fields.title if from_fields is not None else ""
            row = (nt, path, record, segment, doc, url, similarity, self._seq + 1, title, meta)
            self._cur.execute(
                "INSERT OR IGNORE INTO source(n, path, record, segment, doc, url, similarity, seq, title, meta) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                row,
            )
            if self._cur.rowcount == 1:
                self._seq += 1
                if nt > self.stories_at_open:
                    self._new_sources.add(row[:5])
        self._cur.execute("INSERT OR IGNORE INTO moved(doc, from_n, to_n) VALUES (?, ?, ?)", (dk, nf, nt))
        self._aliases.setdefault(nf, set()).add(nt)
        fault("move_copy")

    def add_source(self, story_id: str, source: Source) -> bool:
        self._begin()
        n = self._n_of(story_id)
        story = self._fields[n] if n in self._fields else self.story_fields(story_id)
        row = (
            n,
            self._path_id(source.path),
            source.record,
            source.segment,
            _source_doc(source.doc_id, story_id),
            sql_text(source.url),
            source.similarity,
            self._seq + 1,
            None if story is not None and source.title == story.title else _text(source.title),
            _source_meta(source),
        )
        if n > self.stories_at_open:  # a story of this run: its sources are all in memory
            if row[:5] in self._new_sources:
                return False
            self._new_sources.add(row[:5])
            self._source_rows.append(row)
        else:
            self._cur.execute(
                "INSERT OR IGNORE INTO source(n, path, record, segment, doc, url, similarity, seq, title, meta) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                row,
            )
            if self._cur.rowcount != 1:
                return False
        self._seq += 1
        fault("add_source")
        return True

    def replace_canonical(self, story_id: str, entry: StoryEntry) -> None:
        self._begin()
        n = self._n_of(story_id)
        self._flush()
        entry = replace(entry, story_id=story_id)
        self._cur.execute(
            "UPDATE story SET doc=?, length=?, n_shingles=?, sampled=?, evidence=?, positions=?, list_start=?, "
            "chars=?, figures=? WHERE n=?",
            (*_canonical_row(entry), n),
        )
        self._add_doc(entry.doc_id, n)
        self._remember(n, entry)

    def merge_stories(self, story_id: str, other_id: str) -> None:
        self._begin()
        n, m = self._n_of(story_id), self._n_of(other_id)
        self._flush()
        self._cur.execute("INSERT OR REPLACE INTO merged(n, into_n) VALUES (?, ?)", (m, n))
        self._spell_titles(m, self.story_fields(other_id), self.story_fields(story_id))
        # doc 0 stands for the row's own story id: spelled out now that the row belongs to another story; the moved
        # rows come after the story's own, in their order (as every backend lists them: appended)
        top = int(self._cur.execute("SELECT coalesce(max(seq), 0) FROM source WHERE n = ?", (m,)).fetchone()[0])
        self._cur.execute(
            "UPDATE OR IGNORE source SET n = ?, seq = seq + ?, doc = CASE WHEN doc = 0 THEN ? ELSE doc END WHERE n = ?",
            (n, self._seq, id_key(other_id), m),
        )
        self._seq += top
        self._cur.execute("DELETE FROM source WHERE n = ?", (m,))  # copies recorded on both: kept once
        self._flush_copies()
        self._cur.execute("UPDATE OR REPLACE copy SET n = ? WHERE n = ?", (n, m))
        if self._cur.rowcount:
            self._run_copy_ns.add(n)
        self._merged[m] = n
        fault("merge_stories")

    def sources(self, story_id: str) -> list[Source]:
        n = self._n_of(story_id)
        self._flush()
        rows = self._cur.execute(
            "SELECT p.path, s.record, s.segment, s.url, s.similarity, s.doc, s.title, s.meta "
            "FROM source s JOIN path p ON p.id = s.path WHERE s.n = ? ORDER BY s.seq",
            (n,),
        ).fetchall()
        story = self.story_fields(story_id)
        title = story.title if story is not None else ""
        return [
            Source(
                path=py_text(p),
                record=r,
                segment=g,
                url=py_text(u),
                similarity=sim,
                doc_id=story_id if d == 0 else id_str(d),
                title=title if t is None else py_text(t),
                **_source_fields(m),
            )
            for p, r, g, u, sim, d, t, m in rows
        ]

    def story_fields(self, story_id: str) -> StoryFields | None:
        """The story's title, url and meta merged from all its copies (``None``: nothing recorded)."""
        n = self._n_of(story_id)
        if n not in self._fields:
            if n > self.stories_at_open:  # a story of this run: nothing stored before
                return None
            row = self._cur.execute("SELECT value FROM fields WHERE n = ?", (n,)).fetchone()
            self._fields[n] = unpack_fields(row[0]) if row is not None else None
        return self._fields[n]

    def set_story_fields(self, story_id: str, fields: StoryFields) -> None:
        """Record the story's merged fields (before its sources of this run: a source whose title is the
        story's stores none). Sources that stored none keep the old title, spelled out, if it changes."""
        self._begin()
        n = self._n_of(story_id)
        self._spell_titles(n, self.story_fields(story_id), fields)
        self._fields[n] = fields
        self._field_rows[n] = pack_fields(fields)

    def _spell_titles(self, n: int, old: StoryFields | None, new: StoryFields | None) -> None:
        """Story ``n``'s sources that stored no title (it was ``old``'s) keep it when the title becomes ``new``'s."""
        if old is None or (new is not None and new.title == old.title):
            return
        self._flush()
        self._cur.execute("UPDATE source SET title = ? WHERE n = ? AND title IS NULL", (old.title, n))

    def commit(self) -> None:
        if not self.defer_commit:
            self.save()

    # --- beyond the protocol ---------------------------------------------------------
    def record_texts(self, stories: Iterable[Document]) -> None:
        """Keep the canonical texts of these stories (new ones and updates) in the state."""
        self._begin()
        rows = [(sql_text(d.text), self._n_of(d.id)) for d in stories if d.id]
        self._flush()
        self._cur.executemany("UPDATE story SET text = ? WHERE n = ?", rows)

    def run_record(self, key: str) -> dict[str, Any] | None:
        row = self._cur.execute("SELECT at, out, digests, counts FROM run WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        at, out, digests, counts = row
        return {"key": key, "at": at, "out": py_text(out), "digests": json.loads(digests), "counts": json.loads(counts)}

    def runs_into(self, out: str) -> list[dict[str, Any]]:
        """The records of the committed nights that wrote into the folder ``out`` (resolved), oldest first."""
        rows = self._cur.execute(
            "SELECT key, at, digests, counts FROM run WHERE out = ? ORDER BY at", (sql_text(out),)
        ).fetchall()
        return [
            {"key": k, "at": at, "out": out, "digests": json.loads(d), "counts": json.loads(c)} for k, at, d, c in rows
        ]

    def stories(self) -> int:
        return self._next_n - 1

    def bulk_band_segment(self, keys: _U32, checks: _U8, stories: _U32) -> None:
        """Write band entries as one segment, in this transaction: ``keys`` (bits 62-31 of each band key,
        sorted), ``checks`` (bits 30-23) and story numbers. For bulk loads (benchmarks, migrations); runs
        index through ``add_story`` / ``add_copy``."""
        if keys.size > 1 and not bool(np.all(keys[1:] >= keys[:-1])):
            raise ValueError("keys must be sorted")
        self._begin()
        seg = _Segment(1 + max((s for s, _ in self._segment_sizes()), default=0), keys, checks, stories)
        self._write_segment(seg)
        self._segments = None

    def resync(self) -> None:
        """Re-read counters after rows were written directly through :attr:`db` (bulk loads)."""
        self._open_run()

    def save(self, run: dict[str, Any] | None = None) -> None:
        """Commit everything this run did, as one transaction (band segment, merges, run record)."""
        self._begin()
        self._flush()
        self._flush_copies()
        lens = np.fromiter((len(k) for k, _ in self._pend_lists), dtype=np.int64, count=len(self._pend_lists))
        if lens.sum():
            tags40 = np.concatenate([_as_u64(k) for k, _ in self._pend_lists]) >> np.uint64(23)
            ns = np.repeat(np.fromiter((n for _, n in self._pend_lists), dtype=np.uint32, count=lens.size), lens)
            if int(ns.max()) < 1 << 24:  # one sort of (tag, story) as a 64-bit value
                comb = np.sort((tags40 << np.uint64(24)) | ns.astype(np.uint64))
                tags40, ns = comb >> np.uint64(24), (comb & np.uint64((1 << 24) - 1)).astype(np.uint32)
            else:
                order = np.lexsort((ns, tags40))
                tags40, ns = tags40[order], ns[order]
            if tags40.size > 1:  # one entry per (40-bit tag, story)
                keep = np.ones(tags40.size, dtype=bool)
                keep[1:] = (tags40[1:] != tags40[:-1]) | (ns[1:] != ns[:-1])
                tags40, ns = tags40[keep], ns[keep]
            keys, checks = _split(tags40)
            sizes = self._segment_sizes()
            seg = 1 + max((s for s, _ in sizes), default=0)
            new = _Segment(seg, keys, checks, ns)
            self._write_segment(new)
            # merge while the newest segment is at least half the size of the one before (few, large segments)
            while len(sizes) >= 1 and (new.keys.size * _MERGE_RATIO >= sizes[-1][1] or len(sizes) + 1 > _MAX_SEGMENTS):
                old = self._read_segment(sizes.pop()[0])
                merged = _merge(old, new, new.seg)
                self.db.execute("DELETE FROM band_seg WHERE seg IN (?, ?)", (old.seg, new.seg))
                self._write_segment(merged)
                new = merged
            fault("save_bands")
        if run is not None:
            self.db.execute(
                "INSERT OR IGNORE INTO run(key, at, out, digests, counts) VALUES (?, ?, ?, ?, ?)",
                (
                    run["key"],
                    _now(),
                    sql_text(str(run.get("out", ""))),
                    json.dumps(run.get("digests", {}), sort_keys=True),
                    json.dumps(run.get("counts", {}), sort_keys=True),
                ),
            )
        fault("before_commit")
        self.db.commit()
        if self._wal:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._forget_run()
        self.stories_at_open = self._next_n - 1
        fault("after_commit")

    def _forget_run(self) -> None:
        self._pend1 = {}
        self._pendm = {}
        self._pend_lists = []
        self._shared_only = False
        self._prefetched = {}
        self._by_value = None
        self._trip_keys = np.zeros(0, np.uint64)
        self._trip_ns = np.zeros(0, np.uint32)
        self._last = None
        self._segments = None
        self._stored_copies = self._stored_copies or bool(self._run_copy_ns)  # (rollback reads it again)
        self._run_copy_ns = set()
        self._reset_buffers()

    def rollback(self) -> None:
        """Forget everything since the last save."""
        if self.db.in_transaction:
            self.db.rollback()
        self._forget_run()
        self._by_sid.clear()
        self._sid_of.clear()
        self._paths.clear()
        self._open_run()

    def close(self) -> None:
        """Close; anything not saved is rolled back."""
        try:
            if self.db.in_transaction:
                self.db.rollback()
        finally:
            self.db.close()

    def __enter__(self) -> SQLiteIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _connect_ro(path: str | Path) -> sqlite3.Connection:
    p = Path(path)
    if not p.is_file():
        if p.is_dir():
            raise StateError("is a folder: a state is a file (e.g. FOLDER/state.db)", path=str(p))
        if p.exists():  # (a FIFO, a socket, a device: helper hostile16; it was "no such state file")
            raise StateError("not a regular file (a FIFO, socket or device): a state is a file", path=str(p))
        raise StateError("no such state file", path=str(p))
    try:
        db = sqlite3.connect(f"file:{p.resolve()}?mode=ro", uri=True)
        db.execute("PRAGMA busy_timeout=5000")
        try:
            db.execute("SELECT count(*) FROM meta").fetchone()
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc):
                raise
            # a hot journal (a run killed mid-commit): only a writable connection can roll it back first
            db.close()
            db = sqlite3.connect(p)
            db.execute("PRAGMA busy_timeout=5000")
            db.execute("SELECT count(*) FROM meta").fetchone()
            db.execute("PRAGMA query_only=1")
    except sqlite3.DatabaseError as exc:
        raise StateError(f"not a cleaner state: {exc}", path=str(p)) from exc
    return db


def _unreadable(path: str | Path, exc: sqlite3.DatabaseError) -> StateError:
    if "locked" in str(exc):
        return StateError(
            "a run is writing to this state right now (its commit, or a night too large for SQLite's cache); "
            "try again when it has finished",
            path=str(path),
        )
    return StateError(f"unreadable state: {exc}", path=str(path))


def state_info(path: str | Path, *, tables: bool = False) -> dict[str, Any]:
    try:
        return _state_info(path, tables)
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc


def _state_info(path: str | Path, tables: bool) -> dict[str, Any]:
    """Counts, parameters and size of a SQLite state (read only; works while a run holds the lock).
    ``tables`` adds bytes on disk per table and index (reads every page: slower on a big state)."""
    db = _connect_ro(path)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())

        def one(q: str) -> int:
            return int(db.execute(q).fetchone()[0])

        has_merged = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'merged'").fetchone() is not None
        merged = one("SELECT count(*) FROM merged") if has_merged else 0
        has_copy = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'copy'").fetchone() is not None
        stories = one("SELECT count(*) FROM story") - merged
        p = Path(path)
        size = sum(f.stat().st_size for f in (p, *(Path(f"{p}-{x}") for x in ("wal", "shm", "journal"))) if f.exists())
        runs = [
            {"key": k, "at": at, "out": _shown(out), **_table(counts, f"run {k}", path)}
            for k, at, out, counts in db.execute("SELECT key, at, out, counts FROM run ORDER BY at, key")
        ]
        per_table: dict[str, int] | None = None
        if tables:
            try:
                rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
                per_table = {str(name): int(size) for name, size in rows}
            except sqlite3.DatabaseError:  # SQLite built without dbstat
                per_table = None
        return {
            "path": str(p),
            "stories": stories,
            "merged_stories": merged,
            **({"tables_bytes": per_table} if tables else {}),
            "documents": one("SELECT count(*) FROM doc"),
            "sources": one("SELECT count(*) FROM source"),
            "movable_copies": one("SELECT count(*) FROM copy") if has_copy else 0,
            "moved_copies": one("SELECT count(DISTINCT doc) FROM moved") if has_copy else 0,
            "band_entries": one("SELECT coalesce(sum(n), 0) FROM band_seg"),
            "band_segments": one("SELECT count(DISTINCT seg) FROM band_seg"),
            "texts": one("SELECT count(*) FROM story WHERE text IS NOT NULL"),
            "runs": len(runs),
            "last_run": runs[-1] if runs else None,
            "size_bytes": size,
            "bytes_per_story": round(size / stories, 1) if stories else None,
            "fingerprint": meta.get("fingerprint"),
            "normalizer": normalizer_info(meta),
            "params": _table(meta.get("params", "{}"), "the parameters", path),
            "versions": {k: v for k, v in sorted(meta.items()) if k not in ("params", "fingerprint")},
        }
    finally:
        db.close()


def _table(raw: Any, where: str, path: str | Path) -> dict[str, Any]:
    """A JSON object stored in the state (a run's counts, the parameters); damage is a StateError."""
    try:
        value = json.loads(raw)
    except (ValueError, TypeError) as exc:
        value = exc
    if not isinstance(value, dict):
        why = value if isinstance(value, Exception) else f"a JSON {type(value).__name__}, not an object"
        raise StateError(
            f"the state is damaged ({where}: {why}); restore it from a backup, or start a new state file",
            path=str(path),
        )
    return value


def _shown(value: Any) -> Any:
    """A stored text for display: bytes that are no UTF-8 (damage) as their escapes instead of an error."""
    try:
        return py_text(value)
    except UnicodeDecodeError:
        return bytes(value).decode("utf-8", "backslashreplace")


def export_state(path: str | Path) -> Iterator[dict[str, Any]]:
    try:
        yield from _export_state(path)
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc


def _export_state(path: str | Path) -> Iterator[dict[str, Any]]:
    """One record per story (story order): id, canonical content id, length, sources, the ids of stories merged
    into it, and text when stored. A merged story is not a record of its own."""
    db = _connect_ro(path)
    try:
        merged_into: dict[int, int] = {}
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'merged'").fetchone() is not None:
            merged_into = dict(db.execute("SELECT n, into_n FROM merged").fetchall())
        absorbed: dict[int, list[str]] = {}
        if merged_into:
            sid_of = dict(db.execute(f"SELECT n, sid FROM story WHERE n IN ({','.join(map(str, merged_into))})"))
            absorbed = {into: [id_str(sid_of[m]) for m in ms] for into, ms in absorbed_by(merged_into).items()}
        moved_from: dict[int, list[str]] = {}
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'moved'").fetchone() is not None:
            for to_n, sid in db.execute(
                "SELECT DISTINCT m.to_n, s.sid FROM moved m JOIN story s ON s.n = m.from_n ORDER BY m.to_n"
            ):
                moved_from.setdefault(resolve_merged(merged_into, int(to_n)), []).append(id_str(sid))
        has_fields = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'fields'").fetchone() is not None
        cols = "s.title, s.meta" if has_fields else "NULL, NULL"
        src_cur = db.execute(
            f"SELECT s.n, p.path, s.record, s.segment, s.url, s.similarity, s.doc, s.seq, {cols} "
            "FROM source s JOIN path p ON p.id = s.path ORDER BY s.n"
        )
        pending = src_cur.fetchone()
        stories = (
            "SELECT s.n, s.sid, s.doc, s.length, s.text, f.value "
            "FROM story s LEFT JOIN fields f ON f.n = s.n ORDER BY s.n"
            if has_fields
            else "SELECT n, sid, doc, length, text, NULL FROM story ORDER BY n"
        )
        for n, sid, doc, length, text, value in db.execute(stories):
            fields = unpack_fields(value) or StoryFields()
            srcs: list[tuple[int, dict[str, Any]]] = []
            while pending is not None and pending[0] <= n:
                if pending[0] == n:
                    _, p, r, g, u, sim, d, seq, t, m = pending
                    did = id_str(sid) if d == 0 else id_str(d)
                    title = fields.title if t is None else py_text(t)
                    src = Source(py_text(p), r, g, py_text(u), sim, did, title, **_source_fields(m))
                    srcs.append((seq, src.to_json()))
                pending = src_cur.fetchone()
            if n in merged_into:
                continue
            rec: dict[str, Any] = {
                "id": id_str(sid),
                "doc_id": id_str(sid if doc is None else doc),
                "length": length,
                "title": fields.title,
                "url": fields.url,
                "meta": dict(sorted(fields.meta.items())),
            }
            if n in absorbed:
                rec["merged"] = absorbed[n]
            if n in moved_from:
                rec["moved_from"] = sorted(set(moved_from[n]))
            if text is not None:
                rec["text"] = py_text(text)
            rec["sources"] = [s for _, s in sorted(srcs, key=lambda x: x[0])]
            yield rec
    finally:
        db.close()


def state_size(path: str | Path) -> int:
    p = Path(path)
    return sum(os.path.getsize(f) for f in (p, Path(f"{p}-wal"), Path(f"{p}-journal")) if os.path.exists(f))
