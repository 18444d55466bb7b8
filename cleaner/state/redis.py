"""The dedup state on Redis, shared by several machines (``pip install cleaner[redis]``).

``--state redis://host:port/db`` (``#name`` at the end picks a key prefix,
default ``cleaner:``). Keys, under the prefix::

    meta            hash   fingerprint, params JSON, versions
    story           hash   story id → packed entry (canonical content id, length, evidence, positions, character
                           evidence, figures: :func:`_pack`)
    doc             hash   content id → story id
    b:<band key>    set    story ids (full 63-bit LSH band keys)
    src:<story id>  list   JSON sources, in the order recorded (with the copy's title and conflicting meta)
    fields          hash   story id → JSON [title, url, meta] merged from all its copies
    srck            set    (story, path, record, segment, content id) already recorded
    copy:<story id> hash   content id → packed movable copy (similarity below ``settled``: evidence kept, as a story's)
    copies          set    story ids that have (or had) a ``copy:`` hash: read once a run
    moved           hash   JSON [content id, from story] → story a movable copy moved to (keys that find
                           the first find the second too)
    run             hash   input key → JSON record of a committed night
    text            hash   story id → canonical text (only with store_text)
    lock                   the run lock (redis-py ``Lock``, with a time-out so a dead machine frees it)

Reads go to Redis; this run's writes are kept in memory and sent in one
MULTI/EXEC transaction by :meth:`RedisIndex.save`, so a run killed before it
changes nothing.
"""

from __future__ import annotations

import json
import struct
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from cleaner.dedup import CopyEntry, DedupParams, StoryEntry
from cleaner.dedup.fields import StoryFields
from cleaner.dedup.index import absorbed_by, alias_closure, resolve_merged
from cleaner.dedup.signature import CHAR_KEYS_VERSION, CHAR_VERSION, FIGURES_VERSION
from cleaner.document import Document, Source
from cleaner.errors import StateError
from cleaner.output import dumps_line
from cleaner.state.fault import fault
from cleaner.state.sqlite import (
    SCHEMA_VERSION,
    _ints,
    adopted_params,
    normalizer_info,
    pack_chars,
    pack_evidence,
    pack_figures,
    pack_positions,
    params_mismatch,
    unpack_chars,
    unpack_evidence,
    unpack_figures,
    unpack_positions,
    versions_of,
)

__all__ = ["LOCK_TIMEOUT", "READ_TIMEOUT", "RedisIndex", "redis_export", "redis_info", "redis_state"]

LOCK_TIMEOUT = 6 * 3600
"""Seconds after which the lock of a run that died without releasing it expires."""
READ_TIMEOUT = 300.0
"""Seconds a reply of the server may take (redis-py's own default is 5): a server shared with another run is busy
for seconds while that run commits a night (hundreds of thousands of band sets in one transaction), and a 5 s read
time-out failed the whole night ("Timeout reading from ..."). A ``socket_timeout`` in the state's URL wins."""


def _client(url: str) -> tuple[Any, str]:
    try:
        import redis
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise StateError(
            "a redis:// state needs the redis package: pip install 'story-cleaner[redis]'", path=url
        ) from exc
    base, _, name = url.partition("#")
    try:
        client = redis.Redis.from_url(base, socket_timeout=READ_TIMEOUT)  # (the URL's own query options win)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise StateError(f"cannot reach Redis: {exc}", path=url) from exc
    return client, f"cleaner:{name}:" if name else "cleaner:"


def _tail(e: StoryEntry | CopyEntry, chars_kept: bool, figures_kept: bool) -> tuple[bytes, bytes, int]:
    """The packed character evidence and figures of an entry (b"" when none or not kept), and the header's figures
    length (-1: not known, as in a state written before figures were kept)."""
    chars = (pack_chars(e.chars, e.char_positions, e.n_grams) if chars_kept else None) or b""
    figures = pack_figures(e.figures, e.n_shingles) if figures_kept else None
    return chars, figures or b"", -1 if figures is None else len(figures)


def _body(blob: bytes, lh: int, le: int, lc: int, lf: int, chars: bool, figures: bool) -> tuple[Any, ...]:
    """Evidence, positions, character evidence (values, positions, grams) and figures of a packed entry whose header
    is ``lh`` bytes, evidence ``le``, character evidence ``lc`` and figures ``lf`` (-1: none stored; ``chars`` /
    ``figures``: read them, when the state's scheme is this version's)."""
    end = len(blob) - max(lf, 0)
    ev = unpack_evidence(blob[8 + lh : 8 + lh + le])
    pos = unpack_positions(blob[8 + lh + le : end - lc])
    ch = unpack_chars(blob[end - lc : end] if lc and chars else None)
    return ev, pos, *ch, unpack_figures(blob[end:] if lf >= 0 and figures else None)


def _pack(n: int, e: StoryEntry, chars_kept: bool = True, figures_kept: bool = True) -> bytes:
    """A story as stored: two lengths, a JSON header (number, canonical content id, length, shingles, sampled,
    list_start, character evidence's length, figures' length), evidence, positions, character evidence, figures."""
    chars, figures, lf = _tail(e, chars_kept, figures_kept)
    hdr = json.dumps([n, e.doc_id, e.length, e.n_shingles, int(e.sampled), e.list_start, len(chars), lf]).encode()
    ev = pack_evidence(e.evidence)
    return struct.pack("<II", len(hdr), len(ev)) + hdr + ev + pack_positions(e.positions) + chars + figures


def _unpack(sid: str, blob: bytes, chars: bool = True, figures: bool = True) -> tuple[int, StoryEntry]:
    """A stored story (``chars``, ``figures``: its character evidence and figures too, when the state's schemes are
    this version's; an entry written before either was kept has none)."""
    lh, le = struct.unpack_from("<II", blob)
    n, doc, length, n_sh, sampled, *rest = json.loads(blob[8 : 8 + lh])  # (rest: list_start, lengths, when kept)
    lc, lf = (int(rest[1]) if len(rest) > 1 else 0), (int(rest[2]) if len(rest) > 2 else -1)
    body = _body(blob, lh, le, lc, lf, chars, figures)
    return int(n), StoryEntry(sid, doc, length, n_sh, body[0], body[1], bool(sampled), int(rest[0]) if rest else 0,
                              *body[2:])  # fmt: skip


def _pack_copy(c: CopyEntry, chars_kept: bool = True, figures_kept: bool = True) -> bytes:
    chars, figures, lf = _tail(c, chars_kept, figures_kept)
    hdr = json.dumps([c.similarity, c.length, c.n_shingles, int(c.sampled), len(chars), lf]).encode()
    ev = pack_evidence(c.evidence)
    return struct.pack("<II", len(hdr), len(ev)) + hdr + ev + pack_positions(c.positions) + chars + figures


def _unpack_copy(doc: str, sid: str, blob: bytes, chars: bool = True, figures: bool = True) -> CopyEntry:
    lh, le = struct.unpack_from("<II", blob)
    sim, length, n_sh, sampled, *rest = json.loads(blob[8 : 8 + lh])  # (rest: the lengths, when kept)
    lc, lf = (int(rest[0]) if rest else 0), (int(rest[1]) if len(rest) > 1 else -1)
    body = _body(blob, lh, le, lc, lf, chars, figures)
    return CopyEntry(doc, sid, float(sim), int(length), int(n_sh), body[0], body[1], bool(sampled), *body[2:])


def _src_key(sid: str, s: Source) -> str:
    return json.dumps([sid, s.path, s.record, s.segment, s.doc_id])


def _src_json(s: Source) -> str:
    """A source as JSON; a lone surrogate (a file name that is not UTF-8) as its escape, which Redis can store
    and ``json.loads`` turns back into the same string."""
    fields = [s.path, s.record, s.segment, s.url, s.similarity, s.doc_id, s.title, s.meta, s.input_id, s.extra]
    return dumps_line(fields)


def _src_load(raw: bytes) -> Source:
    # a source stored before titles were kept has 6 fields, one stored before input ids were kept 8
    p, r, g, u, sim, d, *rest = json.loads(raw)
    title, meta, input_id, extra = [*rest, *["", {}, None, {}][len(rest) :]][:4]
    return Source(p, r, g, u, sim, d, title, meta, input_id=input_id, extra=extra)


class RedisIndex:
    """:class:`cleaner.dedup.DedupIndex` on Redis; writes are buffered until :meth:`save`.

    Key sequences may be tuples of ints or int64 array slices (``array_keys``: collapse then asks with views of one
    flat array, not a tuple of Python ints per text); the answers and what is stored are the same."""

    array_keys = True

    def __init__(self, client: Any, prefix: str, params: DedupParams, *, url: str = "redis", store_text: bool = False):
        self.r = client
        self.p = prefix
        self.url = url
        self.store_text = store_text
        self.defer_commit = True
        meta = {k.decode(): v.decode() for k, v in self.r.hgetall(self.p + "meta").items()}
        self.params = params = adopted_params(meta, params) if meta else params
        if meta:
            err = params_mismatch(meta, params, url)
            if err is not None:
                raise err
        self._meta_new = not meta
        self._meta_old = meta.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION  # a readable older schema: marked new
        self._chars = meta.get("char_version", CHAR_VERSION) == CHAR_VERSION
        """Character evidence of this version's scheme (else the state's is not compared, and none is written)."""
        self._figures = meta.get("figures_version", FIGURES_VERSION) == FIGURES_VERSION
        """Figures of this version's scheme, or none yet (schema ≤ 5); else, as for ``_chars``."""
        self.stories_at_open = int(self.r.hlen(self.p + "story"))
        self._reset()

    def _load_merged(self) -> dict[str, str]:
        return {k.decode(): v.decode() for k, v in self.r.hgetall(self.p + "merged").items()}

    def _reset(self) -> None:
        self._stories: dict[str, tuple[int, StoryEntry]] = {}
        self._dirty: set[str] = set()
        self._docs: dict[str, str] = {}
        self._bands: dict[int, str | set[str]] = {}
        """This run's band entries: key → its story, or a set once it has two (most keys have one: a set each
        was most of a night's memory)."""
        self._sources: dict[str, list[Source]] = {}
        self._srckeys: set[str] = set()
        self._texts: dict[str, bytes] = {}
        self._fields: dict[str, StoryFields | None] = {}
        self._fields_new: dict[str, str] = {}
        self._next_n = self.stories_at_open + 1
        self._merged = self._load_merged()
        self._merged_new: dict[str, str] = {}
        self._copies: dict[str, dict[str, CopyEntry | None]] = {}
        """This run's changes to the movable copies of each story (``None``: gone)."""
        self._src_rewrite: dict[str, list[Source]] = {}
        """Stories whose stored source list is rewritten at save (a copy moved away): the whole new list."""
        self._srck_removed: set[str] = set()
        self._moved_new: dict[str, str] = {}
        self._copy_stories: set[str] | None = None
        """Stories with movable copies stored (``copies``, read on first use): the others need no round trip."""
        self._alias: dict[str, set[str]] = {}
        for k, v in self.r.hgetall(self.p + "moved").items():
            self._alias.setdefault(json.loads(k)[1], set()).add(v.decode())

    def _lookup(self, sid: str) -> tuple[int, StoryEntry]:
        hit = self._stories.get(sid)
        if hit is None:
            blob = self.r.hget(self.p + "story", sid)
            if blob is None:
                raise KeyError(sid)
            hit = _unpack(sid, blob, self._chars, self._figures)
            self._stories[sid] = hit
        return hit

    # --- DedupIndex ----------------------------------------------------------------
    def check_params(self, params: DedupParams) -> None:
        if params.fingerprint() != self.params.fingerprint():
            err = params_mismatch(versions_of(self.params), params, self.url)
            if err is not None:
                raise err

    def _live(self, sid: str) -> str:
        return resolve_merged(self._merged, sid)

    def story_of_doc(self, doc_id: str) -> str | None:
        sid = self._docs.get(doc_id)
        if sid is not None:
            return self._live(sid)
        raw = self.r.hget(self.p + "doc", doc_id)
        return None if raw is None else self._live(str(raw.decode()))

    def candidates(self, band_keys: Sequence[int]) -> list[str]:
        if not len(band_keys):
            return []
        keys = _ints(band_keys)
        pipe = self.r.pipeline(transaction=False)
        for k in keys:
            pipe.smembers(f"{self.p}b:{k}")
        found: set[str] = {m.decode() for members in pipe.execute() for m in members}
        for k in keys:
            had = self._bands.get(k)
            if isinstance(had, str):
                found.add(had)
            elif had is not None:
                found.update(had)
        if self._alias and found:
            return sorted(alias_closure(self._alias, found, self._merged))
        return sorted({self._live(f) for f in found} if self._merged else found)

    def get(self, story_id: str) -> StoryEntry:
        return self._lookup(story_id)[1]

    def add_story(self, entry: StoryEntry, band_keys: Sequence[int]) -> None:
        self._stories[entry.story_id] = (self._next_n, entry)
        self._next_n += 1
        self._dirty.add(entry.story_id)
        self._docs.setdefault(entry.doc_id, entry.story_id)
        self._band(band_keys, entry.story_id)
        fault("add_story")

    def add_copy(self, story_id: str, doc_id: str, band_keys: Sequence[int], movable: CopyEntry | None = None) -> None:
        if self.story_of_doc(doc_id) is None:
            self._docs[doc_id] = story_id
        self._band(band_keys, story_id)
        if movable is not None:
            self._copies.setdefault(story_id, {})[doc_id] = replace(movable, story_id=story_id)

    def _band(self, band_keys: Sequence[int], story_id: str) -> None:
        bands = self._bands
        for k in _ints(band_keys):
            had = bands.setdefault(k, story_id)
            if isinstance(had, set):
                had.add(story_id)
            elif had != story_id:
                bands[k] = {had, story_id}

    def movable(self, story_id: str) -> list[CopyEntry]:
        if self._copy_stories is None:
            self._copy_stories = {m.decode() for m in self.r.smembers(self.p + "copies")}
        have: dict[str, CopyEntry | None] = {}
        if story_id in self._copy_stories:
            have = {
                k.decode(): _unpack_copy(k.decode(), story_id, v, self._chars, self._figures)
                for k, v in self.r.hgetall(f"{self.p}copy:{story_id}").items()
            }
        have.update(self._copies.get(story_id, {}))
        return [c for _, c in sorted(have.items()) if c is not None]

    def move_copy(self, doc_id: str, from_story: str, to_story: str, similarity: float) -> None:
        copy = next((c for c in self.movable(from_story) if c.doc_id == doc_id), None)
        self._copies.setdefault(from_story, {})[doc_id] = None
        if copy is not None and similarity < self.params.settled:
            self._copies.setdefault(to_story, {})[doc_id] = replace(copy, story_id=to_story, similarity=similarity)
        self._docs[doc_id] = to_story
        full = self.sources(from_story)
        self._src_rewrite[from_story] = [s for s in full if s.doc_id != doc_id]
        self._sources.pop(from_story, None)
        for src in full:
            if src.doc_id == doc_id:
                key = _src_key(from_story, src)
                self._srckeys.discard(key)
                self._srck_removed.add(key)
                src.similarity = similarity
                self.add_source(to_story, src)
        self._moved_new[json.dumps([doc_id, from_story])] = to_story
        self._alias.setdefault(from_story, set()).add(to_story)
        fault("move_copy")

    def add_source(self, story_id: str, source: Source) -> bool:
        key = _src_key(story_id, source)
        if key in self._srckeys or (key not in self._srck_removed and self.r.sismember(self.p + "srck", key)):
            return False
        self._srckeys.add(key)
        self._srck_removed.discard(key)
        self._sources.setdefault(story_id, []).append(replace(source))
        return True

    def replace_canonical(self, story_id: str, entry: StoryEntry) -> None:
        n, _ = self._lookup(story_id)
        self._stories[story_id] = (n, replace(entry, story_id=story_id))
        self._dirty.add(story_id)
        if self.story_of_doc(entry.doc_id) is None:
            self._docs[entry.doc_id] = story_id

    def merge_stories(self, story_id: str, other_id: str) -> None:
        moved = self.sources(other_id)
        self._sources.pop(other_id, None)
        self._src_rewrite.pop(other_id, None)
        for c in self.movable(other_id):
            self._copies.setdefault(other_id, {})[c.doc_id] = None
            self._copies.setdefault(story_id, {})[c.doc_id] = replace(c, story_id=story_id)
        self._merged[other_id] = self._merged_new[other_id] = story_id
        for src in moved:
            self.add_source(story_id, src)
        fault("merge_stories")

    def sources(self, story_id: str) -> list[Source]:
        if story_id in self._merged_new:
            return []  # moved to the story it was merged into (its stored list goes at save)
        if story_id in self._src_rewrite:
            stored = [replace(s) for s in self._src_rewrite[story_id]]
        else:
            stored = [_src_load(x) for x in self.r.lrange(f"{self.p}src:{story_id}", 0, -1)]
        return stored + [replace(s) for s in self._sources.get(story_id, [])]

    def story_fields(self, story_id: str) -> StoryFields | None:
        if story_id not in self._fields:
            self._fields[story_id] = StoryFields.loads(self.r.hget(self.p + "fields", story_id))
        return self._fields[story_id]

    def set_story_fields(self, story_id: str, fields: StoryFields) -> None:
        self._fields[story_id] = fields
        self._fields_new[story_id] = fields.dumps()

    def commit(self) -> None:
        """Buffered: :meth:`save` commits."""

    # --- beyond the protocol ---------------------------------------------------------
    def stories(self) -> int:
        return self._next_n - 1

    def record_texts(self, stories: Iterable[Document]) -> None:
        for d in stories:
            self._texts[d.id] = d.text.encode("utf-8", "surrogatepass")  # lone surrogates kept (see export)

    def run_record(self, key: str) -> dict[str, Any] | None:
        raw = self.r.hget(self.p + "run", key)
        return None if raw is None else dict(json.loads(raw))

    def runs_into(self, out: str) -> list[dict[str, Any]]:
        """The records of the committed nights that wrote into the folder ``out`` (one per night: few)."""
        runs = [dict(json.loads(v)) for v in self.r.hvals(self.p + "run")]
        return sorted((r for r in runs if r.get("out") == out), key=lambda r: str(r.get("at", "")))

    def save(self, run: dict[str, Any] | None = None) -> None:
        pipe = self.r.pipeline(transaction=True)
        if self._meta_new:
            pipe.hset(self.p + "meta", mapping=versions_of(self.params))
        elif self._meta_old:
            pipe.hset(self.p + "meta", "schema", SCHEMA_VERSION)
            if self._chars:  # (a state of schema 4 or before holds no character evidence: this run's is its scheme)
                pipe.hset(self.p + "meta", "char_version", CHAR_VERSION)
            if self._figures:  # (nor one of schema 5 or before figures)
                pipe.hset(self.p + "meta", "figures_version", FIGURES_VERSION)
        if not self._meta_new:  # (band keys of another character-key scheme stay: see sqlite._add_field_columns)
            pipe.hset(self.p + "meta", "char_keys_version", CHAR_KEYS_VERSION)
        if self._dirty:
            ks = (self._chars, self._figures)
            pipe.hset(self.p + "story", mapping={sid: _pack(*self._stories[sid], *ks) for sid in sorted(self._dirty)})
        if self._docs:
            pipe.hset(self.p + "doc", mapping=self._docs)
        for k, sids in self._bands.items():
            pipe.sadd(f"{self.p}b:{k}", *((sids,) if isinstance(sids, str) else sorted(sids)))
        for sid, kept in sorted(self._src_rewrite.items()):
            pipe.delete(f"{self.p}src:{sid}")
            if kept:
                pipe.rpush(f"{self.p}src:{sid}", *[_src_json(s) for s in kept])
        for sid, srcs in self._sources.items():
            pipe.rpush(f"{self.p}src:{sid}", *[_src_json(s) for s in srcs])
        if self._srck_removed:
            pipe.srem(self.p + "srck", *sorted(self._srck_removed))
        if self._srckeys:
            pipe.sadd(self.p + "srck", *sorted(self._srckeys))
        for sid, changes in sorted(self._copies.items()):
            put = {d: _pack_copy(c, self._chars, self._figures) for d, c in sorted(changes.items()) if c is not None}
            gone = sorted(d for d, c in changes.items() if c is None)
            if gone:
                pipe.hdel(f"{self.p}copy:{sid}", *gone)
            if put:
                pipe.hset(f"{self.p}copy:{sid}", mapping=put)
                pipe.sadd(self.p + "copies", sid)
        if self._moved_new:
            pipe.hset(self.p + "moved", mapping=self._moved_new)
        if self._texts:
            pipe.hset(self.p + "text", mapping=self._texts)
        if self._fields_new:
            pipe.hset(self.p + "fields", mapping=self._fields_new)
        if self._merged_new:
            pipe.hset(self.p + "merged", mapping=self._merged_new)
            pipe.delete(*[f"{self.p}src:{sid}" for sid in sorted(self._merged_new)])
        if run is not None:
            if not self.r.hexists(self.p + "run", run["key"]):
                rec = {**run, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
                pipe.hset(self.p + "run", run["key"], json.dumps(rec, sort_keys=True))
        fault("before_commit")
        pipe.execute()
        self._meta_new = self._meta_old = False
        self.stories_at_open = self._next_n - 1
        self._reset()
        fault("after_commit")

    def rollback(self) -> None:
        self._reset()

    def close(self) -> None:
        self._reset()


@contextmanager
def redis_state(url: str, params: DedupParams, *, store_text: bool = False) -> Iterator[RedisIndex]:
    client, prefix = _client(url)
    lock = client.lock(prefix + "lock", timeout=LOCK_TIMEOUT, blocking=False)
    if not lock.acquire(blocking=False):
        raise StateError(
            "another cleaner run is using this state (its Redis lock is held); only one run at a time", path=url
        )
    import redis

    try:
        idx = RedisIndex(client, prefix, params, url=url, store_text=store_text)
        yield idx
    except redis.RedisError as exc:  # save()'s MULTI/EXEC either applied whole or not at all
        raise StateError(
            f"Redis failed during the run ({exc}); run the night again (a rerun doubles nothing)", path=url
        ) from exc
    finally:
        try:
            lock.release()
        except Exception:  # expired or taken over: nothing left to release
            pass


def redis_info(url: str) -> dict[str, Any]:
    client, p = _client(url)
    meta = {k.decode(): v.decode() for k, v in client.hgetall(p + "meta").items()}
    if not meta:
        raise StateError("no cleaner state under this prefix", path=url)
    merged = int(client.hlen(p + "merged"))
    stories = int(client.hlen(p + "story")) - merged
    used = int(client.info("memory").get("used_memory", 0))
    runs = [json.loads(v) for v in client.hvals(p + "run")]
    return {
        "path": url,
        "stories": stories,
        "merged_stories": merged,
        "documents": int(client.hlen(p + "doc")),
        "sources": int(client.scard(p + "srck")),
        "movable_copies": sum(int(client.hlen(f"{p}copy:{m.decode()}")) for m in client.smembers(p + "copies")),
        "moved_copies": len({json.loads(k)[0] for k in client.hkeys(p + "moved")}),
        "texts": int(client.hlen(p + "text")),
        "runs": len(runs),
        "size_bytes": used,
        "bytes_per_story": round(used / stories, 1) if stories else None,
        "size_note": "used_memory of the whole Redis server",
        "fingerprint": meta.get("fingerprint"),
        "normalizer": normalizer_info(meta),
        "params": json.loads(meta.get("params", "{}")),
        "versions": {k: v for k, v in sorted(meta.items()) if k not in ("params", "fingerprint")},
    }


def redis_export(url: str) -> Iterator[dict[str, Any]]:
    client, p = _client(url)
    entries = sorted(
        (_unpack(k.decode(), v) for k, v in client.hscan_iter(p + "story", count=1000)), key=lambda x: x[0]
    )
    merged_into = {k.decode(): v.decode() for k, v in client.hgetall(p + "merged").items()}
    absorbed = absorbed_by(merged_into)
    moved_from: dict[str, set[str]] = {}
    for k, v in client.hgetall(p + "moved").items():
        moved_from.setdefault(resolve_merged(merged_into, v.decode()), set()).add(json.loads(k)[1])
    for _, e in entries:
        if e.story_id in merged_into:
            continue
        fields = StoryFields.loads(client.hget(p + "fields", e.story_id)) or StoryFields()
        rec: dict[str, Any] = {
            "id": e.story_id,
            "doc_id": e.doc_id,
            "length": e.length,
            "title": fields.title,
            "url": fields.url,
            "meta": dict(sorted(fields.meta.items())),
        }
        if e.story_id in absorbed:
            rec["merged"] = absorbed[e.story_id]
        if e.story_id in moved_from:
            rec["moved_from"] = sorted(moved_from[e.story_id])
        text = client.hget(p + "text", e.story_id)
        if text is not None:
            rec["text"] = text.decode("utf-8", "surrogatepass")
        srcs = [_src_load(x) for x in client.lrange(f"{p}src:{e.story_id}", 0, -1)]
        rec["sources"] = [s.to_json() for s in srcs]
        yield rec
