"""The nightly dedup state in one SQLite file: :class:`SQLiteIndex` implements
:class:`cleaner.dedup.DedupIndex`.

What is stored (no texts unless asked, no pickles)::

    meta(key, value)            fingerprint, params JSON, versions, schema
    story(n PK, sid UNIQUE, doc, length, n_shingles, sampled, evidence, positions, text)
    doc(doc PK, n)              every content id seen → its story (exact-duplicate fast path)
    path(id PK, path UNIQUE)    source paths, interned
    source(n, path, record, segment, doc, url, similarity, seq)   PK (n, path, record, segment, doc)
    band_seg(seg, part, n, keys, checks, stories)                  LSH band index, packed
    merged(n PK, into_n)        stories found to be part of another (their ids resolve to it)
    run(key PK, at, out, digests, counts)                          committed nights

Ids that are 16 hex digits (content ids) are stored as 64-bit integers; any other id as text.
``evidence`` is the uint32 little-endian shingle-hash sample; ``positions`` the differences of
their token positions in 1, 2 or 4 bytes (≈ 1 byte each instead of 4).

The band index is a few sorted packed arrays (an LSM tree in miniature): each
run's band keys are appended as one new sorted *segment* when it commits, and
segments of similar size are merged, so a night rewrites little. An entry is the
top 40 bits of the 63-bit band key (a uint32 sort key and a uint8 check) and a
story number: 9 bytes in memory, ≈ 5 on disk (sorted keys as zlib'd deltas,
story numbers in 3 bytes), against ≈ 20 for a B-tree row. Segments are read
into memory when the state opens and looked up with binary search. Two keys
that agree on 40 bits can only *add* a candidate, which the verifier then
judges like any other; a candidate is never lost.

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
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from cleaner.dedup import DedupParams, StoryEntry
from cleaner.document import Document, Source
from cleaner.errors import StateError
from cleaner.state.fault import fault

__all__ = ["SCHEMA_VERSION", "SQLiteIndex", "export_state", "state_info"]

SCHEMA_VERSION = "1"
_PART = 1 << 22
"""Band entries per stored blob (16 MB of keys)."""
_MERGE_RATIO = 2
_MAX_SEGMENTS = 12
_CACHE_MAX = 200_000
_HEX16 = re.compile(r"[0-9a-f]{16}")
_U32 = npt.NDArray[np.uint32]
_U64 = npt.NDArray[np.uint64]
_U8 = npt.NDArray[np.uint8]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story(
    n INTEGER PRIMARY KEY, sid UNIQUE NOT NULL, doc NOT NULL, length INTEGER NOT NULL,
    n_shingles INTEGER NOT NULL, sampled INTEGER NOT NULL, evidence BLOB NOT NULL, positions BLOB NOT NULL,
    text TEXT);
CREATE TABLE IF NOT EXISTS doc(doc PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS path(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL);
CREATE TABLE IF NOT EXISTS source(
    n INTEGER NOT NULL, path INTEGER NOT NULL, record INTEGER NOT NULL, segment INTEGER NOT NULL, doc NOT NULL,
    url TEXT, similarity REAL NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY(n, path, record, segment, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS band_seg(
    seg INTEGER NOT NULL, part INTEGER NOT NULL, n INTEGER NOT NULL, keys BLOB NOT NULL, checks BLOB NOT NULL,
    stories BLOB NOT NULL,
    PRIMARY KEY(seg, part)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS merged(n INTEGER PRIMARY KEY, into_n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS run(key TEXT PRIMARY KEY, at TEXT NOT NULL, out TEXT NOT NULL, digests TEXT NOT NULL,
    counts TEXT NOT NULL) WITHOUT ROWID;
"""


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


def pack_positions(pos: _U32) -> bytes:
    """Differences of the positions (mod 2**32, so any order round-trips) in the narrowest of 1, 2 or 4 bytes
    (sampled evidence: ≈ 8 tokens apart, 1 byte each). No zlib: its set-up costs more than it saves here."""
    d = np.empty(pos.size, dtype=np.uint32)
    if pos.size:
        d[0] = pos[0]
        np.subtract(pos[1:], pos[:-1], out=d[1:])
    top = int(d.max()) if d.size else 0
    if top <= 0xFF:
        return b"\x11" + d.astype(np.uint8).tobytes()
    if top <= 0xFFFF:
        return b"\x12" + d.astype("<u2").tobytes()
    return b"\x14" + d.astype("<u4").tobytes()


_POS_DTYPES: dict[int, np.dtype[Any]] = {0x11: np.dtype(np.uint8), 0x12: np.dtype("<u2"), 0x14: np.dtype("<u4")}


def unpack_positions(blob: bytes) -> _U32:
    code = blob[0]
    if code in _POS_DTYPES:
        d = np.frombuffer(blob, dtype=_POS_DTYPES[code], offset=1)
    else:  # 0x02 / 0x04: zlib'd (states written by the first version)
        d = np.frombuffer(zlib.decompress(blob[1:]), dtype="<u2" if code == 2 else "<u4")
    return np.cumsum(d, dtype=np.uint32)


def pack_evidence(ev: _U32) -> bytes:
    return ev.astype("<u4").tobytes()


def unpack_evidence(blob: bytes) -> _U32:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


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
    """Sorted keys as zlib'd deltas: ≈ 1.3 bytes per key instead of 4."""
    return zlib.compress(np.diff(keys, prepend=np.uint32(0)).astype("<u4").tobytes(), 1)


def decode_keys(blob: bytes) -> _U32:
    return np.cumsum(np.frombuffer(zlib.decompress(blob), dtype="<u4"), dtype=np.uint32)


def encode_stories(ns: _U32) -> bytes:
    """Story numbers in 3 bytes each while they fit (16.7 M stories), else 4."""
    if ns.size and int(ns.max()) >= 1 << 24:
        return b"\x04" + ns.astype("<u4").tobytes()
    return b"\x03" + ns.astype("<u4").view(np.uint8).reshape(-1, 4)[:, :3].tobytes()


def decode_stories(blob: bytes) -> _U32:
    if blob[0] == 4:
        return np.frombuffer(blob, dtype="<u4", offset=1).astype(np.uint32)
    b3 = np.frombuffer(blob, dtype=np.uint8, offset=1).reshape(-1, 3)
    out = np.zeros((b3.shape[0], 4), dtype=np.uint8)
    out[:, :3] = b3
    return out.view("<u4").reshape(-1).astype(np.uint32)


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
        "cleaner": version("cleaner"),
        "schema": SCHEMA_VERSION,
    }


def params_mismatch(stored: dict[str, str], params: DedupParams, where: str) -> StateError | None:
    """``None`` when ``params`` can use a state whose meta is ``stored``; else the error to raise."""
    if stored.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION:
        return StateError(f"state schema {stored.get('schema')} is not {SCHEMA_VERSION}", path=where)
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


def _canonical_row(entry: StoryEntry) -> tuple[int | str, int, int, int, bytes, bytes]:
    """The story columns that describe its canonical copy: doc, length, n_shingles, sampled, evidence, positions."""
    return (
        id_key(entry.doc_id),
        entry.length,
        entry.n_shingles,
        int(entry.sampled),
        pack_evidence(entry.evidence),
        pack_positions(entry.positions),
    )


class SQLiteIndex:
    """:class:`cleaner.dedup.DedupIndex` over one SQLite file (see module doc).

    Not safe for two writers: take :func:`cleaner.state.open_state`, which holds
    the run lock. ``defer_commit`` makes :meth:`commit` a no-op so that the
    caller decides when the run's one transaction commits (:meth:`save`).
    """

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
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA cache_size=-65536")
            self._open_run()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StateError(f"cannot open the state: {exc}", path=str(self.path)) from exc
        except StateError:
            self.db.close()
            raise
        self._cur = self.db.cursor()
        self._segments = self._load_segments()
        self._pend1: dict[int, int] = {}
        """This run's band entries: 40-bit key → its first story …"""
        self._pendm: dict[int, list[int]] = {}
        """… and any further stories with that key."""
        self._last_query: tuple[tuple[int, ...], tuple[npt.NDArray[np.intp], _U32]] | None = None
        self._last_tags: tuple[tuple[int, ...], _U64] | None = None
        self._tags_list: list[int] = []
        self._paths: dict[str, int] = {}
        self._by_sid: dict[str, tuple[int, StoryEntry]] = {}
        self._sid_of: dict[int, str] = {}

    # --- plumbing ----------------------------------------------------------------
    def _open_run(self) -> None:
        """Begin the run's transaction: meta (a new state), parameter check, counters. The empty tables
        of a new state are committed first, on their own, so ``state info`` can read it during its first run."""
        if (
            not self.db.in_transaction
            and self.db.execute("SELECT 1 FROM sqlite_master WHERE name='run'").fetchone() is None
        ):
            self.db.execute("BEGIN IMMEDIATE")
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    self.db.execute(stmt)
            self.db.commit()
        self._begin()
        meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        if meta:
            err = params_mismatch(meta, self.params, str(self.path))
            if err is not None:
                self.db.rollback()
                raise err
        else:
            self.db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", sorted(versions_of(self.params).items()))
            self.db.execute("INSERT INTO meta(key, value) VALUES ('created', ?)", (_now(),))
        self.db.execute("CREATE TABLE IF NOT EXISTS merged(n INTEGER PRIMARY KEY, into_n INTEGER NOT NULL)")
        self._merged: dict[int, int] = dict(self.db.execute("SELECT n, into_n FROM merged").fetchall())
        self.stories_at_open = int(self.db.execute("SELECT coalesce(max(n), 0) FROM story").fetchone()[0])
        self._next_n = self.stories_at_open + 1
        self._seq = int(self.db.execute("SELECT coalesce(max(seq), 0) FROM source").fetchone()[0])

    def _begin(self) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")

    def _load_segments(self) -> list[_Segment]:
        parts: dict[int, list[tuple[bytes, bytes, bytes]]] = {}
        for seg, keys, checks, stories in self.db.execute(
            "SELECT seg, keys, checks, stories FROM band_seg ORDER BY seg, part"
        ):
            parts.setdefault(seg, []).append((keys, checks, stories))
        out = []
        for seg, blobs in parts.items():
            keys = np.concatenate([decode_keys(k) for k, _, _ in blobs])
            checks = np.concatenate([np.frombuffer(c, dtype=np.uint8) for _, c, _ in blobs])
            stories = np.concatenate([decode_stories(x) for _, _, x in blobs])
            out.append(_Segment(seg, keys, checks, stories))
        return out

    def _write_segment(self, s: _Segment) -> None:
        for part, start in enumerate(range(0, max(1, s.keys.size), _PART)):
            sl = slice(start, start + _PART)
            self.db.execute(
                "INSERT INTO band_seg(seg, part, n, keys, checks, stories) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    s.seg,
                    part,
                    int(s.keys[sl].size),
                    encode_keys(s.keys[sl]),
                    s.checks[sl].tobytes(),
                    encode_stories(s.stories[sl]),
                ),
            )

    def _n_of(self, story_id: str) -> int:
        return self._lookup(story_id)[0]

    def _lookup(self, story_id: str) -> tuple[int, StoryEntry]:
        hit = self._by_sid.get(story_id)
        if hit is not None:
            return hit
        row = self._cur.execute(
            "SELECT n, doc, length, n_shingles, sampled, evidence, positions FROM story WHERE sid = ?",
            (id_key(story_id),),
        ).fetchone()
        if row is None:
            raise KeyError(story_id)
        n, doc, length, n_sh, sampled, ev, pos = row
        entry = StoryEntry(
            story_id, id_str(doc), length, n_sh, unpack_evidence(ev), unpack_positions(pos), bool(sampled)
        )
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
            row = self._cur.execute("SELECT sid FROM story WHERE n = ?", (n,)).fetchone()
            sid = id_str(row[0])
            self._sid_of[n] = sid
        return sid

    def _tags(self, band_keys: Sequence[int]) -> _U64:
        """:func:`band_tags`, remembered for the last key list (a lookup and an insert usually share it)."""
        if self._last_tags is None or self._last_tags[0] != band_keys:
            tags = band_tags(band_keys)
            self._last_tags = (tuple(band_keys), tags)
            self._tags_list = tags.tolist()
        return self._last_tags[1]

    def _stored_hits(self, band_keys: Sequence[int]) -> tuple[npt.NDArray[np.intp], _U32]:
        """(query indices, stories) over the stored segments; the last answer is kept for ``add_copy``."""
        if self._last_query is not None and self._last_query[0] == band_keys:
            return self._last_query[1]
        keys, checks = _split(self._tags(band_keys))
        found = [s.find(keys, checks) for s in self._segments]
        out = (
            (np.concatenate([q for q, _ in found]), np.concatenate([x for _, x in found]))
            if found
            else (np.zeros(0, np.intp), np.zeros(0, np.uint32))
        )
        self._last_query = (tuple(band_keys), out)
        return out

    def _hits(self, band_keys: Sequence[int]) -> set[int]:
        found: set[int] = set(self._stored_hits(band_keys)[1].tolist())
        self._tags(band_keys)
        p1 = self._pend1
        for t in p1.keys() & self._tags_list:
            found.add(p1[t])
            found.update(self._pendm.get(t, ()))
        return found

    def _index(self, n: int, band_keys: Sequence[int], *, check: bool) -> None:
        tags = self._tags(band_keys)
        if check:
            # skip keys that already point to this story (a copy shares most bands with its canonical)
            qs, ss = self._stored_hits(band_keys)
            if qs.size:
                keep = np.ones(tags.size, dtype=bool)
                keep[qs[ss == n]] = False
                tags = tags[keep]
        self._last_query = None
        tl = tags.tolist()
        p1 = self._pend1
        common = p1.keys() & tl
        if common:
            for t in common:
                if p1[t] != n:
                    more = self._pendm.setdefault(t, [])
                    if n not in more:
                        more.append(n)
            tl = [t for t in tl if t not in common]
        p1.update(dict.fromkeys(tl, n))

    def _path_id(self, path: str) -> int:
        pid = self._paths.get(path)
        if pid is None:
            row = self._cur.execute("SELECT id FROM path WHERE path = ?", (path,)).fetchone()
            if row is None:
                self._cur.execute("INSERT INTO path(path) VALUES (?)", (path,))
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
        while n in self._merged:
            n = self._merged[n]
        return n

    def story_of_doc(self, doc_id: str) -> str | None:
        row = self._cur.execute("SELECT n FROM doc WHERE doc = ?", (id_key(doc_id),)).fetchone()
        return None if row is None else self._sid(self._live(int(row[0])))

    def candidates(self, band_keys: Sequence[int]) -> list[str]:
        if not band_keys:
            return []
        hits = self._hits(band_keys)
        return sorted({self._sid(self._live(n) if self._merged else n) for n in hits})

    def get(self, story_id: str) -> StoryEntry:
        return self._lookup(story_id)[1]

    def add_story(self, entry: StoryEntry, band_keys: Sequence[int]) -> None:
        self._begin()
        n = self._next_n
        self._cur.execute(
            "INSERT INTO story(n, sid, doc, length, n_shingles, sampled, evidence, positions) VALUES (?,?,?,?,?,?,?,?)",
            (n, id_key(entry.story_id), *_canonical_row(entry)),
        )
        self._next_n += 1
        self._cur.execute("INSERT OR IGNORE INTO doc(doc, n) VALUES (?, ?)", (id_key(entry.doc_id), n))
        self._index(n, band_keys, check=False)
        self._remember(n, entry)
        fault("add_story")

    def add_copy(self, story_id: str, doc_id: str, band_keys: Sequence[int]) -> None:
        self._begin()
        n = self._n_of(story_id)
        self._cur.execute("INSERT OR IGNORE INTO doc(doc, n) VALUES (?, ?)", (id_key(doc_id), n))
        self._index(n, band_keys, check=True)
        fault("add_copy")

    def add_source(self, story_id: str, source: Source) -> bool:
        self._begin()
        n = self._n_of(story_id)
        self._cur.execute(
            "INSERT OR IGNORE INTO source(n, path, record, segment, doc, url, similarity, seq) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (
                n,
                self._path_id(source.path),
                source.record,
                source.segment,
                id_key(source.doc_id),
                source.url,
                source.similarity,
                self._seq + 1,
            ),
        )
        if self._cur.rowcount != 1:
            return False
        self._seq += 1
        fault("add_source")
        return True

    def replace_canonical(self, story_id: str, entry: StoryEntry) -> None:
        self._begin()
        n = self._n_of(story_id)
        self._cur.execute(
            "UPDATE story SET doc=?, length=?, n_shingles=?, sampled=?, evidence=?, positions=? WHERE n=?",
            (*_canonical_row(entry), n),
        )
        self._cur.execute("INSERT OR IGNORE INTO doc(doc, n) VALUES (?, ?)", (id_key(entry.doc_id), n))
        self._remember(
            n,
            StoryEntry(
                story_id, entry.doc_id, entry.length, entry.n_shingles, entry.evidence, entry.positions, entry.sampled
            ),
        )

    def merge_stories(self, story_id: str, other_id: str) -> None:
        self._begin()
        n, m = self._n_of(story_id), self._n_of(other_id)
        self._cur.execute("INSERT OR REPLACE INTO merged(n, into_n) VALUES (?, ?)", (m, n))
        self._cur.execute("UPDATE OR IGNORE source SET n = ? WHERE n = ?", (n, m))
        self._cur.execute("DELETE FROM source WHERE n = ?", (m,))  # copies recorded on both: kept once
        self._merged[m] = n
        fault("merge_stories")

    def sources(self, story_id: str) -> list[Source]:
        n = self._n_of(story_id)
        rows = self._cur.execute(
            "SELECT p.path, s.record, s.segment, s.url, s.similarity, s.doc FROM source s JOIN path p ON p.id = s.path "
            "WHERE s.n = ? ORDER BY s.seq",
            (n,),
        ).fetchall()
        return [
            Source(path=p, record=r, segment=g, url=u, similarity=sim, doc_id=id_str(d)) for p, r, g, u, sim, d in rows
        ]

    def commit(self) -> None:
        if not self.defer_commit:
            self.save()

    # --- beyond the protocol ---------------------------------------------------------
    def record_texts(self, stories: Iterable[Document]) -> None:
        """Keep the canonical texts of these stories (new ones and updates) in the state."""
        self._begin()
        self._cur.executemany("UPDATE story SET text = ? WHERE sid = ?", [(d.text, id_key(d.id)) for d in stories])

    def run_record(self, key: str) -> dict[str, Any] | None:
        row = self._cur.execute("SELECT at, out, digests, counts FROM run WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return {"key": key, "at": row[0], "out": row[1], "digests": json.loads(row[2]), "counts": json.loads(row[3])}

    def stories(self) -> int:
        return self._next_n - 1

    def bulk_band_segment(self, keys: _U32, checks: _U8, stories: _U32) -> None:
        """Write band entries as one segment, in this transaction: ``keys`` (bits 62-31 of each band key,
        sorted), ``checks`` (bits 30-23) and story numbers. For bulk loads (benchmarks, migrations); runs
        index through ``add_story`` / ``add_copy``."""
        if keys.size > 1 and not bool(np.all(keys[1:] >= keys[:-1])):
            raise ValueError("keys must be sorted")
        self._begin()
        seg = _Segment(1 + max((s.seg for s in self._segments), default=0), keys, checks, stories)
        self._write_segment(seg)
        self._segments.append(seg)

    def resync(self) -> None:
        """Re-read counters after rows were written directly through :attr:`db` (bulk loads)."""
        self._open_run()

    def save(self, run: dict[str, Any] | None = None) -> None:
        """Commit everything this run did, as one transaction (band segment, merges, run record)."""
        self._begin()
        if self._pend1:
            extra = [(t, n) for t, more in self._pendm.items() for n in more]
            tags40 = np.concatenate(
                [
                    np.fromiter(self._pend1.keys(), dtype=np.uint64, count=len(self._pend1)),
                    np.array([t for t, _ in extra], dtype=np.uint64),
                ]
            )
            ns = np.concatenate(
                [
                    np.fromiter(self._pend1.values(), dtype=np.uint32, count=len(self._pend1)),
                    np.array([n for _, n in extra], dtype=np.uint32),
                ]
            )
            order = np.lexsort((ns, tags40))
            keys, checks = _split(tags40[order])
            seg = 1 + max((s.seg for s in self._segments), default=0)
            new = _Segment(seg, keys, checks, ns[order])
            self._write_segment(new)
            segments = [*self._segments, new]
            while len(segments) > 1 and (
                segments[-1].keys.size * _MERGE_RATIO >= segments[-2].keys.size or len(segments) > _MAX_SEGMENTS
            ):
                b, a = segments.pop(), segments.pop()
                merged = _merge(a, b, b.seg)
                self.db.execute("DELETE FROM band_seg WHERE seg IN (?, ?)", (a.seg, b.seg))
                self._write_segment(merged)
                segments.append(merged)
            fault("save_bands")
        else:
            segments = self._segments
        if run is not None:
            self.db.execute(
                "INSERT OR IGNORE INTO run(key, at, out, digests, counts) VALUES (?, ?, ?, ?, ?)",
                (
                    run["key"],
                    _now(),
                    str(run.get("out", "")),
                    json.dumps(run.get("digests", {}), sort_keys=True),
                    json.dumps(run.get("counts", {}), sort_keys=True),
                ),
            )
        fault("before_commit")
        self.db.commit()
        self._segments = segments
        self._pend1 = {}
        self._pendm = {}
        self._last_query = None
        fault("after_commit")

    def rollback(self) -> None:
        """Forget everything since the last save (also reloads the in-memory band index)."""
        if self.db.in_transaction:
            self.db.rollback()
        self._pend1 = {}
        self._pendm = {}
        self._last_query = None
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
        raise StateError("no such state file", path=str(p))
    try:
        db = sqlite3.connect(f"file:{p.resolve()}?mode=ro", uri=True)
        db.execute("SELECT count(*) FROM meta").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StateError(f"not a cleaner state: {exc}", path=str(p)) from exc
    return db


def state_info(path: str | Path, *, tables: bool = False) -> dict[str, Any]:
    try:
        return _state_info(path, tables)
    except sqlite3.DatabaseError as exc:
        raise StateError(f"unreadable state: {exc}", path=str(path)) from exc


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
        stories = one("SELECT count(*) FROM story") - merged
        p = Path(path)
        size = sum(f.stat().st_size for f in (p, Path(f"{p}-wal"), Path(f"{p}-shm")) if f.exists())
        runs = [
            {"key": k, "at": at, "out": out, **json.loads(counts)}
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
            "band_entries": one("SELECT coalesce(sum(n), 0) FROM band_seg"),
            "band_segments": one("SELECT count(DISTINCT seg) FROM band_seg"),
            "texts": one("SELECT count(*) FROM story WHERE text IS NOT NULL"),
            "runs": len(runs),
            "last_run": runs[-1] if runs else None,
            "size_bytes": size,
            "bytes_per_story": round(size / stories, 1) if stories else None,
            "fingerprint": meta.get("fingerprint"),
            "params": json.loads(meta.get("params", "{}")),
            "versions": {k: v for k, v in sorted(meta.items()) if k not in ("params", "fingerprint")},
        }
    finally:
        db.close()


def export_state(path: str | Path) -> Iterator[dict[str, Any]]:
    try:
        yield from _export_state(path)
    except sqlite3.DatabaseError as exc:
        raise StateError(f"unreadable state: {exc}", path=str(path)) from exc


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
            for m in sorted(merged_into):
                into = m
                while into in merged_into:
                    into = merged_into[into]
                absorbed.setdefault(into, []).append(id_str(sid_of[m]))
        src_cur = db.execute(
            "SELECT s.n, p.path, s.record, s.segment, s.url, s.similarity, s.doc, s.seq "
            "FROM source s JOIN path p ON p.id = s.path ORDER BY s.n"
        )
        pending = src_cur.fetchone()
        for n, sid, doc, length, text in db.execute("SELECT n, sid, doc, length, text FROM story ORDER BY n"):
            srcs: list[tuple[int, dict[str, Any]]] = []
            while pending is not None and pending[0] <= n:
                if pending[0] == n:
                    _, p, r, g, u, sim, d, seq = pending
                    srcs.append(
                        (seq, {"path": p, "record": r, "segment": g, "url": u, "similarity": sim, "doc_id": id_str(d)})
                    )
                pending = src_cur.fetchone()
            if n in merged_into:
                continue
            rec: dict[str, Any] = {"id": id_str(sid), "doc_id": id_str(doc), "length": length}
            if n in absorbed:
                rec["merged"] = absorbed[n]
            if text is not None:
                rec["text"] = text
            rec["sources"] = [s for _, s in sorted(srcs, key=lambda x: x[0])]
            yield rec
    finally:
        db.close()


def state_size(path: str | Path) -> int:
    p = Path(path)
    return sum(os.path.getsize(f) for f in (p, Path(f"{p}-wal")) if os.path.exists(f))
