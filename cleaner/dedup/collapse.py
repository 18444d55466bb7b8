"""Near-duplicate collapse: map → group → merge.

1. **map** (pure, per batch of distinct texts, on the executor):
   :func:`cleaner.dedup.signature.sketch_batch_job` → one :class:`~cleaner.dedup.signature.Sketch`
   per text (band keys + evidence, no text), the same as text by text — or given
   (``sketches=``: the pipeline sketches each batch of files where it cleaned them).
2. **group**: texts are taken most complete first (longest normalised text;
   ties by content id, so input order and worker count never matter). One sort
   of all band keys of the run pairs each text with the earlier texts sharing a
   key (:func:`_pairs_by_key`); their stories, and the stories an index from an
   earlier run holds under the text's keys, are its candidates.
3. **verify** each candidate against that story's *canonical* copy only
   (:func:`cleaner.dedup.verify.compare`); no transitive merging, so a shared
   template or footer cannot chain two stories together.
4. **merge**: the text joins the best accepted story, or starts a new story
   whose id is its content id. The canonical of a new story is its most
   complete copy; short runs of words it dropped are restored from copies that
   align around them (:mod:`cleaner.dedup.merge`, per story on the executor).
   A given index learns each text's story as it goes (the default one, which
   nobody asks again, is not written at all).
   A copy that contains and outgrows several stories of earlier runs (it would
   have been their canonical in one run over all their copies) merges them into
   the one it joins; their ids then resolve to it (``CollapseResult.merged``).
5. **move**: a copy whose similarity to its story is below ``DedupParams.settled``
   is *movable* (the index keeps its evidence). A text that starts a new story,
   or becomes a story's canonical, is checked against the movable copies of the
   stories its keys found; a copy it suits better (higher similarity; equal: the
   smaller story id) moves to it (``CollapseResult.moved``) — where one run
   seeing both stories would have put it, whichever arrived (or, in one run,
   was processed) first. Canonical copies never move; story ids never change.

Exact duplicates (same content id, in this run or recorded in the index) take
the fast path and are never hashed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import numpy as np
import numpy.typing as npt

from cleaner.dedup.index import (
    BandTable,
    CopyEntry,
    DedupIndex,
    MemoryIndex,
    StoryEntry,
    absorbed_by,
    resolve_merged,
)
from cleaner.dedup.merge import restore
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import Sketch, flat_keys, sketch_batch_job, sketch_batches, split_keys
from cleaner.dedup.verify import Evidence, Verdict, compare
from cleaner.document import Document, Source, content_id
from cleaner.executor import Executor, SerialExecutor

__all__ = ["CollapseResult", "collapse", "collapse_docs"]

RESTORED_META = "dedup.restored"
MERGED_META = "dedup.merged"
"""On an update record: ids of earlier stories now part of this one (space-separated); they resolve to it."""
MOVED_META = "dedup.moved_from"
"""On a story or update record: ids of earlier stories (space-separated) that gave up a copy to it — copies
recorded by an earlier run whose better home this is (their sources are now listed here, not there)."""
_MAX_RESTORE_COPIES = 8


@dataclass(slots=True)
class CollapseResult:
    stories: list[Document] = field(default_factory=list)
    """New stories, in order of first appearance in the input."""
    updates: list[Document] = field(default_factory=list)
    """Stories from an earlier run (in the index) whose canonical was replaced by a more complete copy:
    same story id, the new canonical text, all known sources."""
    documents: int = 0
    exact_duplicates: int = 0
    """Copies whose content id was seen before (earlier in this input or in the index)."""
    near_duplicates: int = 0
    """Distinct texts merged into a story after verification."""
    attached: int = 0
    """Copies recorded against stories of an earlier run."""
    already_seen: int = 0
    """Copies whose source (path, record, segment, content id) was already recorded: a rerun adds nothing."""
    candidates: int = 0
    """Candidate (text, story) pairs verified."""
    rejected: int = 0
    substitutions: int = 0
    """Candidates refused because a different block sits between shared text (one template, two stories)."""
    restored: int = 0
    """Runs of words restored into canonical texts."""
    merged: int = 0
    """Stories of earlier runs merged into another: a copy in this run contained and outgrew both."""
    moved: int = 0
    """Movable copies (similarity below ``DedupParams.settled``) moved to a story found later that suits them
    better (a new story, or one whose canonical was replaced)."""

    def counts(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "stories": len(self.stories),
            "updates": len(self.updates),
            "exact_duplicates": self.exact_duplicates,
            "near_duplicates": self.near_duplicates,
            "attached": self.attached,
            "already_seen": self.already_seen,
            "candidates": self.candidates,
            "rejected": self.rejected,
            "substitutions": self.substitutions,
            "restored": self.restored,
            "merged": self.merged,
            "moved": self.moved,
        }


def _content_id(text: str) -> str:
    try:
        return content_id(text)
    except UnicodeError:  # lone surrogates
        return content_id(text.encode("utf-8", "replace").decode("utf-8"))


def _sources_of(doc: Document, doc_id: str) -> list[Source]:
    if doc.sources:
        return [
            Source(s.path, s.record, s.segment, s.url, s.similarity, doc_id, s.input_id, s.extra) for s in doc.sources
        ]
    return [Source(path=doc.url or "", url=doc.url, doc_id=doc_id)]


def _batches(jobs: list[tuple[str, str]], workers: int) -> list[list[tuple[str, str]]]:
    """:func:`sketch_batches`, with at least 4 batches per worker when there are enough texts."""
    return sketch_batches(jobs, per=-(-len(jobs) // max(1, workers * 4)))


_PAIRED_BUCKET = 32
"""Band keys held by at most this many texts of a run are expanded into text pairs; a larger bucket (a page
template, a stock phrase) is looked up key by key instead, so a run never builds bucket² pairs."""


def _pairs_by_key(
    flat: npt.NDArray[np.int64], counts: npt.NDArray[np.int64], cap: int = _PAIRED_BUCKET
) -> tuple[list[list[int]], list[list[int]]]:
    """For the texts in merge order, given their keys (:func:`cleaner.dedup.signature.flat_keys`): per text, the
    earlier texts sharing one of its band keys (ascending), and its keys of buckets larger than ``cap``.

    The grouping step of map → group by band key → merge, with one sort instead of a dictionary operation
    per key: nearly every key is held by one text (nothing to pair) or by a handful of copies."""
    n = counts.size
    pairs: list[list[int]] = [[] for _ in range(n)]
    big: list[list[int]] = [[] for _ in range(n)]
    if flat.size < 2:
        return pairs, big
    # One integer per entry, (key's high bits, text), sorted by value: a plain (SIMD) sort is ≈ 6x faster than
    # ordering the entries by key. Exact only while no two keys share their high bits — checked on the sorted
    # keys; otherwise the entries' order is sorted the slow way.
    bits = max(1, (n - 1).bit_length())
    owner = np.repeat(np.arange(n, dtype=np.int64), counts)
    ordered = np.sort(flat)
    high = ordered >> bits
    packed: npt.NDArray[np.int64] | None = None
    if np.count_nonzero(high[1:] != high[:-1]) == np.count_nonzero(ordered[1:] != ordered[:-1]):
        packed = np.sort((flat >> bits) << bits | owner)
        who = packed & ((1 << bits) - 1)
        head = packed >> bits
    else:
        order = np.argsort(flat)
        who, head = owner[order], flat[order]
    start = np.ones(head.size + 1, dtype=bool)  # entry i starts a key's group (one past the end: True)
    np.not_equal(head[1:], head[:-1], out=start[1:-1])
    shared = ~(start[:-1] & start[1:])  # not alone in its group
    if not shared.any():
        return pairs, big
    head, who = head[shared], who[shared]
    start = np.ones(head.size, dtype=bool)
    np.not_equal(head[1:], head[:-1], out=start[1:])
    group = np.cumsum(start) - 1
    size = np.bincount(group)[group]
    small = size <= cap
    if not small.all():
        key = head[~small]
        if packed is not None:  # the high bits back to the key
            key = ordered[np.searchsorted(high, key)]
        for k, w in zip(key.tolist(), who[~small].tolist(), strict=True):
            big[w].append(k)
    who, group = who[small], group[small]
    later: list[npt.NDArray[np.int64]] = []
    earlier: list[npt.NDArray[np.int64]] = []
    for gap in range(1, cap):
        same = group[gap:] == group[:-gap]
        if not same.any():
            break
        a, b = who[gap:][same], who[:-gap][same]
        later.append(np.maximum(a, b))
        earlier.append(np.minimum(a, b))
    if later:
        found = np.sort(np.concatenate(later) * n + np.concatenate(earlier))  # each pair once per shared key
        distinct = np.ones(found.size, dtype=bool)
        np.not_equal(found[1:], found[:-1], out=distinct[1:])
        for c in found[distinct].tolist():
            pairs[c // n].append(c % n)
    return pairs, big


def collapse(
    docs: Iterable[Document],
    *,
    params: DedupParams | None = None,
    executor: Executor | None = None,
    index: DedupIndex | None = None,
    sketches: Mapping[str, Sketch] | None = None,
) -> CollapseResult:
    """Collapse near-duplicate documents into stories (see module doc).

    ``index`` is the dedup state: a fresh :class:`MemoryIndex` by default; pass
    the same one (or a persistent one) again to dedup across runs — copies of
    stories it already holds are recorded against them, not emitted again.
    The executor (default: in process) runs the per-text map step. ``sketches`` (content id → sketch, made
    with the same ``params``) are used instead of mapping those texts again (the pipeline sketches each file's
    documents where it cleans them).
    """
    params = params or DedupParams()
    stored = index is not None
    idx: DedupIndex = index if index is not None else MemoryIndex(params)
    idx.check_params(params)
    ex: Executor = executor if executor is not None else SerialExecutor()
    docs = list(docs)
    res = CollapseResult(documents=len(docs))
    ids = [d.id or _content_id(d.text) for d in docs]

    first: dict[str, int] = {}
    for i, did in enumerate(ids):
        if did in first:
            res.exact_duplicates += 1
        else:
            first[did] = i
    story_of: dict[str, str] = {}
    for did in first if stored else ():
        sid = idx.story_of_doc(did)
        if sid is not None:
            story_of[did] = sid
            res.exact_duplicates += 1

    # 1. map
    todo = [did for did in first if did not in story_of]
    given = sketches or {}
    jobs = [(did, docs[first[did]].text) for did in todo if did not in given]
    mapped = ex.map(partial(sketch_batch_job, params=params), _batches(jobs, ex.workers), chunksize=1)
    sketch_of: dict[str, Sketch] = {sk.doc_id: sk for batch in mapped for sk in batch}
    sketch_of.update((did, given[did]) for did in todo if did in given)

    # 2-4. group, verify, merge — most complete first
    order = sorted(todo, key=lambda d: (-sketch_of[d].length, -sketch_of[d].n_shingles, d))
    flat, counts = flat_keys([sketch_of[d] for d in order])
    pairs, crowded = _pairs_by_key(flat, counts)
    run_bands = BandTable()
    """This run's stories by the keys of crowded buckets (the rest pair texts directly: ``pairs``)."""
    entries: dict[str, StoryEntry] = {}
    """Canonical copies of the stories this run created or changed."""
    keys_of: dict[str, tuple[int, ...]] = {}
    if stored:
        tuples = split_keys(flat, counts)
        keys_of = dict(zip(order, tuples, strict=True))
        prefetch = getattr(idx, "prefetch", None)
        if prefetch is not None:  # a persistent index looks up every text's keys at once (these same tuples)
            prefetch(tuples, flat=flat)
    verdicts: dict[str, Verdict] = {}
    new: dict[str, StoryEntry] = {}
    updated: dict[str, str] = {}
    merged_into: dict[str, str] = {}
    """Stories of earlier runs found to be one story in this run → the story they joined."""
    run_movable: dict[str, dict[str, CopyEntry]] = {}
    """This run's movable copies by story when nobody keeps the index (a given index keeps them itself)."""
    moved_in: dict[str, list[str]] = {}
    """Story → the stories that gave it a copy recorded by an earlier run (``MOVED_META``)."""
    pos_of: dict[str, int] = {}

    def movables(sid: str) -> list[CopyEntry]:
        if stored:
            return idx.movable(sid)
        return [c for _, c in sorted(run_movable.get(sid, {}).items())]

    def offer(home: str, ev: Evidence, near: Iterable[str]) -> None:
        """Move to story ``home`` (canonical evidence ``ev``: a new story, or a replaced canonical) the movable
        copies of the stories ``near`` it that it suits better than their own story: higher similarity, or equal
        and a smaller story id (the choice one run over all copies makes)."""
        for other in sorted(near):
            if other == home:
                continue
            for m in movables(other):
                v = compare(m.as_evidence(), ev, params)
                if not v.accepted or v.similarity < m.similarity or (v.similarity == m.similarity and home > other):
                    continue
                res.moved += 1
                if stored:
                    idx.move_copy(m.doc_id, other, home, v.similarity)
                else:
                    del run_movable[other][m.doc_id]
                    if v.similarity < params.settled:
                        run_movable.setdefault(home, {})[m.doc_id] = replace(m, story_id=home, similarity=v.similarity)
                if m.doc_id in sketch_of:  # a text of this run: its keys found its old story, now they find this one
                    verdicts[m.doc_id] = v
                    if not pos_of:
                        pos_of.update((d, i) for i, d in enumerate(order))
                    if crowded[pos_of[m.doc_id]]:
                        run_bands.add(home, crowded[pos_of[m.doc_id]])
                else:  # recorded by an earlier run (the index moved its sources)
                    moved_in.setdefault(home, []).append(other)
                if m.doc_id in story_of:  # (also an exact copy of it in this run)
                    story_of[m.doc_id] = home

    for pos, did in enumerate(order):
        sk = sketch_of[did]
        keys = keys_of.get(did, ())
        kept = (  # the keys the index keeps for this text: its bands and at most index_windows window keys
            keys
            if not stored or sk.window_keys.size <= params.index_windows
            else keys[: sk.band_keys.size + params.index_windows]
        )
        found = {story_of[order[e]] for e in pairs[pos]}
        if crowded[pos]:
            found.update(run_bands.candidates(crowded[pos]))
        if stored:
            found.update(idx.candidates(keys))
        if merged_into:
            found = {resolve_merged(merged_into, f) for f in found}
        best: tuple[str, Verdict, StoryEntry] | None = None
        superseded: list[str] = []
        mine = Evidence(sk.evidence, sk.positions, sk.sampled, sk.n_shingles)
        for sid in sorted(found):
            entry = entries.get(sid) or idx.get(sid)
            v = compare(mine, entry.as_evidence(), params)
            res.candidates += 1
            if not v.accepted:
                res.rejected += 1
                res.substitutions += v.substitution
                continue
            if best is None or v.similarity > best[1].similarity:
                best = (sid, v, entry)
            if sid not in new and sk.length > entry.length and v.covers >= params.containment:
                superseded.append(sid)
        if best is None and stored:
            # Stories of earlier runs whose canonical would have joined this longer text, had it come first as
            # in one run (a verdict is not symmetric: a short repost can lie in a page that does not lie in it):
            # the text becomes their canonical instead of a story of its own, as one run would have it.
            for sid in sorted(found):
                entry = entries.get(sid) or idx.get(sid)
                if sid in new or sk.length <= entry.length:
                    continue
                back = compare(entry.as_evidence(), mine, params)
                res.candidates += 1
                if back.accepted:
                    superseded.append(sid)
                    if best is None or back.similarity > best[1].similarity:
                        best = (sid, back, entry)
        if best is None:
            sid = did
            entry = entries[did] = new[did] = StoryEntry.from_sketch(did, sk)
            if stored:
                idx.add_story(entry, kept)
            if found:  # copies of the stories around it that it suits better
                offer(did, mine, found)
        else:
            sid, v, entry = best
            res.near_duplicates += 1
            verdicts[did] = v
            # movable unless settled, or about to be the canonical (canonical copies never move)
            movable = (
                CopyEntry.from_sketch(sid, sk, v.similarity)
                if v.similarity < params.settled and sid not in superseded
                else None
            )
            if stored:  # a copy's window keys stay out of the state, unless it becomes the canonical (see README)
                idx.add_copy(sid, did, kept if sid in superseded else kept[: sk.band_keys.size], movable)
            elif movable is not None:
                run_movable.setdefault(sid, {})[did] = movable
            if sid in superseded:
                entries[sid] = StoryEntry.from_sketch(sid, sk)
                if stored:
                    idx.replace_canonical(sid, entries[sid])
                updated[sid] = did
                # Several stories of earlier runs that this copy contains and outgrows: in one run over all
                # their copies it would have been their canonical and gathered them into one story.
                for other in superseded:
                    if other != sid:
                        merged_into[other] = sid
                        idx.merge_stories(sid, other)  # only stories of an earlier run: the index is stored
                        updated.pop(other, None)
                        res.merged += 1
                # a new canonical: copies of the stories around it that it suits better than their own
                offer(sid, mine, {resolve_merged(merged_into, f) for f in found})
        story_of[did] = sid
        if crowded[pos]:
            run_bands.add(sid, crowded[pos])

    # sources, in input order
    members: dict[str, list[int]] = {}
    story_sources: dict[str, list[Source]] = {}
    for i, did in enumerate(ids):
        sid = resolve_merged(merged_into, story_of[did])
        members.setdefault(sid, []).append(i)
        canon_id = entries[sid].doc_id if sid in entries else idx.get(sid).doc_id
        sim = 1.0 if did == canon_id else _similarity(did, sid, verdicts, idx)
        for src in _sources_of(docs[i], did):
            src.similarity = sim
            if idx.add_source(sid, src):
                story_sources.setdefault(sid, []).append(src)
                if sid not in new:
                    res.attached += 1
            else:
                res.already_seen += 1

    story_ids = sorted(new, key=lambda s: members[s][0])
    restored = _restore_all(story_ids, new, members, docs, ids, first, params, ex)
    for sid in story_ids:
        entry = new[sid]
        canon = docs[first[entry.doc_id]]
        text, n = restored.get(sid, (canon.text, 0))
        res.restored += n
        # copies recorded by an earlier run that moved here: their sources are in the index, not in this run
        sources = idx.sources(sid) if sid in moved_in else story_sources.get(sid, [])
        story = _story(sid, canon, entry.doc_id, sources, text, n)
        if sid in moved_in:
            story.meta[MOVED_META] = " ".join(sorted(set(moved_in[sid])))
        res.stories.append(story)
    absorbed = absorbed_by(merged_into)
    for sid in sorted(updated, key=lambda s: members[s][0]):
        canon = docs[first[updated[sid]]]
        update = _story(sid, canon, updated[sid], idx.sources(sid), canon.text, 0)
        if sid in absorbed:
            update.meta[MERGED_META] = " ".join(absorbed[sid])
        if sid in moved_in:
            update.meta[MOVED_META] = " ".join(sorted(set(moved_in[sid])))
        res.updates.append(update)
    idx.commit()
    return res


def _similarity(did: str, sid: str, verdicts: dict[str, Verdict], idx: DedupIndex) -> float:
    v = verdicts.get(did)
    if v is not None:
        return v.similarity
    for s in idx.sources(sid):  # an exact copy of a text recorded by an earlier run
        if s.doc_id == did:
            return s.similarity
    return 1.0


def _restore_job(item: tuple[str, list[str], int]) -> tuple[str, int]:
    """``executor.map`` adapter for :func:`restore` (pure)."""
    return restore(item[0], item[1], max_chars=item[2])


def _restore_all(
    story_ids: list[str],
    new: dict[str, StoryEntry],
    members: dict[str, list[int]],
    docs: list[Document],
    ids: list[str],
    first: dict[str, int],
    params: DedupParams,
    ex: Executor,
) -> dict[str, tuple[str, int]]:
    """Restored canonical text and runs restored, for each new story with other copies (on the executor)."""
    if not params.restore:
        return {}
    jobs: list[tuple[str, list[str], int]] = []
    owners: list[str] = []
    for sid in story_ids:
        canon_id = new[sid].doc_id
        canon = docs[first[canon_id]].text
        if len(canon) > params.restore_max_chars:
            continue
        seen = {canon_id}
        others: list[str] = []
        for i in members[sid]:
            if ids[i] not in seen and len(others) < _MAX_RESTORE_COPIES:
                seen.add(ids[i])
                others.append(docs[i].text)
        if others:
            jobs.append((canon, others, params.restore_max_chars))
            owners.append(sid)
    chunk = max(1, min(64, len(jobs) // max(1, 8 * ex.workers)))
    return dict(zip(owners, ex.map(_restore_job, jobs, chunksize=chunk), strict=True))


def _story(sid: str, canon: Document, canon_id: str, sources: list[Source], text: str, restored: int) -> Document:
    meta: dict[str, Any] = dict(canon.meta)
    if restored:
        meta[RESTORED_META] = str(restored)
    ordered = sorted(sources, key=lambda s: s.doc_id != canon_id)  # stable: canonical copies first
    return Document(
        text=text,
        format="text",
        id=sid,
        title=canon.title,
        url=canon.url,
        meta=meta,
        sources=ordered,
        encoding=None,
        removed=dict(canon.removed),
    )


def collapse_docs(
    docs: Iterable[Document],
    *,
    params: DedupParams | None = None,
    executor: Executor | None = None,
    index: DedupIndex | None = None,
) -> list[Document]:
    """Just the new stories of :func:`collapse`."""
    return collapse(docs, params=params, executor=executor, index=index).stories
