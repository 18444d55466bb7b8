"""Dedup state behind one interface.

:class:`DedupIndex` is everything :func:`cleaner.dedup.collapse` asks of the
state; :class:`MemoryIndex` keeps it in dictionaries (the default: one run).
A persistent implementation (SQLite for the nightly batch, Redis for several
machines) implements the same protocol over tables such as::

    meta(key, value)                      -- params.fingerprint(), params JSON, versions
    story(story_id PK, doc_id, length, n_shingles, sampled, evidence BLOB, positions BLOB, chars BLOB)  -- uint32 LE
    band(key INTEGER, story_id)           -- index on key; 63-bit keys fit INTEGER
    doc(doc_id PK, story_id)              -- every content id seen: the exact-duplicate fast path
    source(story_id, path, record, segment, url, similarity, doc_id, UNIQUE(path, record, segment, doc_id))
    copy(story_id, doc_id, similarity, length, n_shingles, sampled, evidence, positions)  -- movable copies only
    moved(doc_id, from_story, to_story)   -- keys that find from_story find to_story too

No texts and no pickles: the verifier runs on ``StoryEntry.evidence``.
Calls within one ``collapse`` may be buffered and committed at the end
(:meth:`DedupIndex.commit`), so a run killed half-way leaves the state as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import compress, repeat
from operator import ne
from typing import Protocol, TypeVar, runtime_checkable

import numpy as np

from cleaner.dedup.fields import StoryFields
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import U32, Sketch
from cleaner.dedup.verify import Evidence, char_evidence_of
from cleaner.document import Source
from cleaner.errors import StateError

_NO_CHARS: U32 = np.zeros(0, dtype=np.uint32)

__all__ = [
    "BandTable",
    "CopyEntry",
    "DedupIndex",
    "MemoryIndex",
    "StoryEntry",
    "absorbed_by",
    "alias_closure",
    "resolve_merged",
]


@dataclass(frozen=True, slots=True)
class StoryEntry:
    """What the state keeps of a story's canonical copy."""

    story_id: str
    """Stable: the content id of the story's first canonical copy; never changes."""
    doc_id: str
    """Content id of the current canonical copy."""
    length: int
    n_shingles: int
    evidence: U32
    positions: U32
    sampled: bool
    list_start: int = 0
    """The token where the canonical's trailing list starts (:mod:`cleaner.dedup.lists`), 0 when it has none or it was
    not read (a story of a run without a state, or of a state written before it was kept): a later night has no text
    to read it from."""
    chars: U32 = field(default_factory=lambda: _NO_CHARS)
    """The canonical's character evidence (:attr:`cleaner.dedup.signature.Sketch.chars`); empty when a state written
    before it was kept holds none (:func:`cleaner.dedup.verify.chars_deleted` is then not asked)."""
    char_positions: U32 = field(default_factory=lambda: _NO_CHARS)
    n_grams: int = 0
    figures: U32 | None = None
    """Its figures (:attr:`cleaner.dedup.signature.Sketch.figures`); read from a state, those
    :func:`cleaner.dedup.verify.figures_asked` keeps (the same answers), and None from a state written before figures
    were kept (schema ≤ 5) or with figures of another scheme (:func:`cleaner.dedup.verify.figures_apart` is then not
    asked)."""

    def as_evidence(self) -> Evidence:
        chars = char_evidence_of(self.chars, self.char_positions, self.n_grams)
        return Evidence(self.evidence, self.positions, self.sampled, self.n_shingles, chars, self.figures)

    @classmethod
    def from_sketch(cls, story_id: str, sk: Sketch, list_start: int = 0) -> StoryEntry:
        return cls(
            story_id, sk.doc_id, sk.length, sk.n_shingles, sk.evidence, sk.positions, sk.sampled, list_start,
            sk.chars, sk.char_positions, sk.n_grams, sk.figures,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class CopyEntry:
    """What the state keeps of a *movable* copy: a near-duplicate whose similarity to its story is below
    ``DedupParams.settled`` (its evidence, so that a better story found later can take it over)."""

    doc_id: str
    story_id: str
    """The story it belongs to now."""
    similarity: float
    """``Verdict.similarity`` against that story's canonical when it joined (or moved)."""
    length: int
    n_shingles: int
    evidence: U32
    positions: U32
    sampled: bool
    chars: U32 = field(default_factory=lambda: _NO_CHARS)
    """Its character evidence, as :attr:`StoryEntry.chars`."""
    char_positions: U32 = field(default_factory=lambda: _NO_CHARS)
    n_grams: int = 0
    figures: U32 | None = None
    """Its figures (:attr:`cleaner.dedup.signature.Sketch.figures`); read from a state, those
    :func:`cleaner.dedup.verify.figures_asked` keeps (the same answers), and None from a state written before figures
    were kept (schema ≤ 5) or with figures of another scheme (:func:`cleaner.dedup.verify.figures_apart` is then not
    asked)."""

    def as_evidence(self) -> Evidence:
        chars = char_evidence_of(self.chars, self.char_positions, self.n_grams)
        return Evidence(self.evidence, self.positions, self.sampled, self.n_shingles, chars, self.figures)

    @classmethod
    def from_sketch(cls, story_id: str, sk: Sketch, similarity: float) -> CopyEntry:
        return cls(
            sk.doc_id, story_id, similarity, sk.length, sk.n_shingles, sk.evidence, sk.positions, sk.sampled,
            sk.chars, sk.char_positions, sk.n_grams, sk.figures,
        )  # fmt: skip


@runtime_checkable
class DedupIndex(Protocol):
    def check_params(self, params: DedupParams) -> None:
        """Raise :class:`cleaner.errors.StateError` unless signatures built with ``params`` are comparable."""
        ...

    def story_of_doc(self, doc_id: str) -> str | None:
        """The story a copy with this content id was recorded against, if any (exact-duplicate fast path)."""
        ...

    def candidates(self, band_keys: Sequence[int]) -> list[str]:
        """Story ids sharing at least one band key, each once, sorted."""
        ...

    def get(self, story_id: str) -> StoryEntry: ...

    def add_story(self, entry: StoryEntry, band_keys: Sequence[int]) -> None:
        """A new story; its canonical's band keys point to it."""
        ...

    def add_copy(self, story_id: str, doc_id: str, band_keys: Sequence[int], movable: CopyEntry | None = None) -> None:
        """A verified near-duplicate (or exact) copy: its content id and band keys now point to the story.
        ``movable`` (its evidence and similarity) when its similarity is below ``DedupParams.settled``."""
        ...

    def movable(self, story_id: str) -> list[CopyEntry]:
        """The movable copies of a story (including those of stories merged into it), by content id."""
        ...

    def move_copy(self, doc_id: str, from_story: str, to_story: str, similarity: float) -> None:
        """A movable copy of ``from_story`` belongs to ``to_story`` from now on (a better home found later):
        its content id, its sources (with this similarity) and its movable entry (kept only while the
        similarity is below ``DedupParams.settled``) go there, and band keys that found ``from_story`` find
        ``to_story`` too (``candidates``: an alias, so its own keys need not be stored)."""
        ...

    def add_source(self, story_id: str, source: Source) -> bool:
        """Record where a copy came from; ``False`` (and nothing stored) when (path, record, segment, doc_id)
        is already recorded for this story — a rerun adds nothing."""
        ...

    def replace_canonical(self, story_id: str, entry: StoryEntry) -> None:
        """A more complete copy became the canonical (``entry.story_id == story_id``; the id stays)."""
        ...

    def merge_stories(self, story_id: str, other_id: str) -> None:
        """Story ``other_id`` (of an earlier run) is part of ``story_id`` from now on: its sources become
        ``story_id``'s, and lookups that found it (``candidates``, ``story_of_doc``) give ``story_id``."""
        ...

    def sources(self, story_id: str) -> list[Source]: ...

    def commit(self) -> None:
        """Make this run's changes durable (no-op in memory)."""
        ...


K = TypeVar("K", str, int)


def resolve_merged(merged: Mapping[K, K], story: K) -> K:
    """The story ``story`` resolves to: itself, or the story it was merged into (through any chain of merges)."""
    while story in merged:
        story = merged[story]
    return story


def alias_closure(aliases: Mapping[K, Iterable[K]], found: Iterable[K], merged: Mapping[K, K]) -> set[K]:
    """The stories ``found`` resolve to (``merged``: :func:`resolve_merged`), and every story that a moved
    copy's keys lead to from them or from any story on the way (``aliases``: story → where copies moved)."""
    out: set[K] = set()
    seen: set[K] = set()
    todo = list(found)
    while todo:
        f = todo.pop()
        if f in seen:
            continue
        seen.add(f)
        if f in aliases:
            todo.extend(aliases[f])
        into = merged.get(f)
        if into is None:
            out.add(f)
        else:
            todo.append(into)
    return out


def absorbed_by(merged: Mapping[K, K]) -> dict[K, list[K]]:
    """Each surviving story → the stories merged into it, directly or through another (ascending)."""
    out: dict[K, list[K]] = {}
    for other in sorted(merged):
        out.setdefault(resolve_merged(merged, other), []).append(other)
    return out


def _copy(source: Source) -> Source:
    """A copy of ``source`` (≈ 6x faster than ``dataclasses.replace``; a test checks these are all its fields)."""
    return Source(
        source.path,
        source.record,
        source.segment,
        source.url,
        source.similarity,
        source.doc_id,
        source.title,
        dict(source.meta) if source.meta else {},
        source.input_id,
        dict(source.extra) if source.extra else {},
    )


class BandTable:
    """Band key → story ids, in memory: what :class:`MemoryIndex` and one run of the collapse look up."""

    __slots__ = ("_bands", "_limit")

    def __init__(self, limit: int = 0) -> None:
        self._bands: dict[int, str | tuple[str, ...]] = {}
        """The stories of each band key: nearly every key has one, kept as a plain string (a dict of strings, filled
        at C speed); a key several stories share holds a tuple of them."""
        self._limit = limit
        """With a limit, a key that more stories than this come to hold finds none from then on (an empty tuple):
        it is a page template's or a stock phrase's, not a story's — a story's copies join one story, so its own
        keys stay with it. Bounds the stories one text is compared with (else every page of a template is
        compared with every earlier page: quadratic) and the work of ``add``. 0 = none."""

    def candidates(self, band_keys: Sequence[int]) -> set[str]:
        """Story ids holding at least one of ``band_keys``."""
        found: set[str | tuple[str, ...] | None] = set(map(self._bands.get, band_keys))
        found.discard(None)
        out: set[str] = set()
        for held in found:
            if isinstance(held, str):
                out.add(held)
            elif held is not None:
                out.update(held)
        return out

    def add(self, story_id: str, band_keys: Iterable[int]) -> None:
        keys = band_keys if isinstance(band_keys, list | tuple) else list(band_keys)
        bands = self._bands
        holders = list(map(bands.setdefault, keys, repeat(story_id)))
        if holders.count(story_id) == len(holders):  # no key held by another story (the common case)
            return
        for k in compress(keys, map(ne, holders, repeat(story_id))):  # keys another story holds already
            held = bands[k]
            if isinstance(held, str):
                if held != story_id:
                    bands[k] = (held, story_id)
            elif held and story_id not in held:
                bands[k] = (*held, story_id) if not self._limit or len(held) < self._limit else ()


class MemoryIndex:
    """The in-process state; pass the same instance to several ``collapse`` calls to dedup across them."""

    def __init__(self, params: DedupParams | None = None) -> None:
        self.params = params or DedupParams()
        self.fingerprint = self.params.fingerprint()
        self._stories: dict[str, StoryEntry] = {}
        self._bands = BandTable()
        self._docs: dict[str, str] = {}
        self._sources: dict[str, list[Source]] = {}
        self._source_keys: set[tuple[str, str, int, int, str]] = set()
        self._merged: dict[str, str] = {}
        """Stories merged into another → that story."""
        self._copies: dict[str, dict[str, CopyEntry]] = {}
        """Movable copies by story."""
        self._alias: dict[str, set[str]] = {}
        """Story → stories its copies moved to (keys that find it find them too)."""
        self._fields: dict[str, StoryFields] = {}
        """Story → its title, url and meta merged from all its copies (:mod:`cleaner.dedup.fields`)."""

    def __len__(self) -> int:
        return len(self._stories)

    def check_params(self, params: DedupParams) -> None:
        if params.fingerprint() != self.fingerprint:
            raise StateError(
                "dedup parameters differ from the ones this index was built with "
                f"({params.fingerprint()} != {self.fingerprint})",
                path="<memory>",
            )

    def story_of_doc(self, doc_id: str) -> str | None:
        sid = self._docs.get(doc_id)
        return self._resolve(sid) if sid is not None and self._merged else sid

    def candidates(self, band_keys: Sequence[int]) -> list[str]:
        found = self._bands.candidates(band_keys)
        if self._alias and found:
            return sorted(alias_closure(self._alias, found, self._merged))
        return sorted({self._resolve(s) for s in found} if self._merged else found)

    def get(self, story_id: str) -> StoryEntry:
        return self._stories[story_id]

    def add_story(self, entry: StoryEntry, band_keys: Sequence[int]) -> None:
        self._stories[entry.story_id] = entry
        self._docs.setdefault(entry.doc_id, entry.story_id)
        self._sources.setdefault(entry.story_id, [])
        self._bands.add(entry.story_id, band_keys)

    def add_copy(self, story_id: str, doc_id: str, band_keys: Sequence[int], movable: CopyEntry | None = None) -> None:
        self._docs.setdefault(doc_id, story_id)
        self._bands.add(story_id, band_keys)
        if movable is not None:
            self._copies.setdefault(story_id, {})[doc_id] = replace(movable, story_id=story_id)

    def movable(self, story_id: str) -> list[CopyEntry]:
        return [c for _, c in sorted(self._copies.get(story_id, {}).items())]

    def move_copy(self, doc_id: str, from_story: str, to_story: str, similarity: float) -> None:
        copy = self._copies.get(from_story, {}).pop(doc_id, None)
        if copy is not None and similarity < self.params.settled:
            self._copies.setdefault(to_story, {})[doc_id] = replace(copy, story_id=to_story, similarity=similarity)
        self._docs[doc_id] = to_story
        self._alias.setdefault(from_story, set()).add(to_story)
        kept: list[Source] = []
        for src in self._sources.get(from_story, []):
            if src.doc_id == doc_id:
                self._source_keys.discard((from_story, *src.key(), src.doc_id))
                src.similarity = similarity
                self.add_source(to_story, src)
            else:
                kept.append(src)
        self._sources[from_story] = kept

    def add_source(self, story_id: str, source: Source) -> bool:
        key = (story_id, *source.key(), source.doc_id)
        if key in self._source_keys:
            return False
        self._source_keys.add(key)
        self._sources.setdefault(story_id, []).append(_copy(source))
        return True

    def replace_canonical(self, story_id: str, entry: StoryEntry) -> None:
        self._stories[story_id] = replace(entry, story_id=story_id)
        self._docs.setdefault(entry.doc_id, story_id)

    def merge_stories(self, story_id: str, other_id: str) -> None:
        self._merged[other_id] = story_id
        for did, copy in self._copies.pop(other_id, {}).items():
            self._copies.setdefault(story_id, {})[did] = replace(copy, story_id=story_id)
        for src in self._sources.pop(other_id, []):
            self._source_keys.discard((other_id, *src.key(), src.doc_id))
            self.add_source(story_id, src)

    def story_fields(self, story_id: str) -> StoryFields | None:
        return self._fields.get(story_id)

    def set_story_fields(self, story_id: str, fields: StoryFields) -> None:
        self._fields[story_id] = fields

    def _resolve(self, story_id: str) -> str:
        return resolve_merged(self._merged, story_id)

    def sources(self, story_id: str) -> list[Source]:
        return [_copy(s) for s in self._sources.get(story_id, [])]

    def commit(self) -> None:
        pass
