"""Near-duplicate collapse: map → group → merge.

1. **map** (pure, per batch of distinct texts, on the executor):
   :func:`cleaner.dedup.signature.sketch_batch_job` → one :class:`~cleaner.dedup.signature.Sketch`
   per text (band keys + evidence, no text), the same as text by text.
2. **group**: texts are taken most complete first (longest normalised text;
   ties by content id, so input order and worker count never matter); each
   looks up candidate stories by its LSH band keys in the index.
3. **verify** each candidate against that story's *canonical* copy only
   (:func:`cleaner.dedup.verify.compare`); no transitive merging, so a shared
   template or footer cannot chain two stories together.
4. **merge**: the text joins the best accepted story, or starts a new story
   whose id is its content id. The canonical of a new story is its most
   complete copy; short runs of words it dropped are restored from copies that
   align around them (:mod:`cleaner.dedup.merge`).

Exact duplicates (same content id, in this run or recorded in the index) take
the fast path and are never hashed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from cleaner.dedup.index import DedupIndex, MemoryIndex, StoryEntry
from cleaner.dedup.merge import restore
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import Sketch, sketch_batch_job
from cleaner.dedup.verify import Evidence, Verdict, compare
from cleaner.document import Document, Source, content_id
from cleaner.executor import Executor, SerialExecutor

__all__ = ["CollapseResult", "collapse", "collapse_docs"]

RESTORED_META = "dedup.restored"
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
        }


def _content_id(text: str) -> str:
    try:
        return content_id(text)
    except UnicodeError:  # lone surrogates
        return content_id(text.encode("utf-8", "replace").decode("utf-8"))


def _sources_of(doc: Document, doc_id: str) -> list[Source]:
    if doc.sources:
        return [replace(s, doc_id=doc_id) for s in doc.sources]
    return [Source(path=doc.url or "", url=doc.url, doc_id=doc_id)]


_BATCH_TEXTS = 64
_BATCH_CHARS = 1 << 20


def _batches(jobs: list[tuple[str, str]], workers: int) -> list[list[tuple[str, str]]]:
    """Texts in batches for :func:`sketch_batch_job` (one numpy call per step per batch): at most 64 texts
    and about 1M characters each, and at least 4 batches per worker when there are enough texts."""
    per = max(1, min(_BATCH_TEXTS, -(-len(jobs) // max(1, workers * 4))))
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    chars = 0
    for job in jobs:
        if cur and (len(cur) >= per or chars + len(job[1]) > _BATCH_CHARS):
            out.append(cur)
            cur, chars = [], 0
        cur.append(job)
        chars += len(job[1])
    if cur:
        out.append(cur)
    return out


def collapse(
    docs: Iterable[Document],
    *,
    params: DedupParams | None = None,
    executor: Executor | None = None,
    index: DedupIndex | None = None,
) -> CollapseResult:
    """Collapse near-duplicate documents into stories (see module doc).

    ``index`` is the dedup state: a fresh :class:`MemoryIndex` by default; pass
    the same one (or a persistent one) again to dedup across runs — copies of
    stories it already holds are recorded against them, not emitted again.
    The executor (default: in process) runs the per-text map step.
    """
    params = params or DedupParams()
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
    for did in first:
        sid = idx.story_of_doc(did)
        if sid is not None:
            story_of[did] = sid
            res.exact_duplicates += 1

    # 1. map
    todo = [did for did in first if did not in story_of]
    jobs = [(did, docs[first[did]].text) for did in todo]
    batches = _batches(jobs, ex.workers)
    mapped = ex.map(partial(sketch_batch_job, params=params), batches, chunksize=1)
    sketches: dict[str, Sketch] = {sk.doc_id: sk for batch in mapped for sk in batch}

    # 2-4. group, verify, merge — most complete first
    keys_of = {did: sk.band_keys + sk.window_keys for did, sk in sketches.items()}
    prefetch = getattr(idx, "prefetch", None)
    if prefetch is not None:  # a persistent index looks up every text's keys at once (these same tuples)
        prefetch(list(keys_of.values()))
    verdicts: dict[str, Verdict] = {}
    new: dict[str, StoryEntry] = {}
    updated: dict[str, str] = {}
    for did in sorted(todo, key=lambda d: (-sketches[d].length, -sketches[d].n_shingles, d)):
        sk = sketches[did]
        best: tuple[str, Verdict, StoryEntry] | None = None
        mine = Evidence(sk.evidence, sk.positions, sk.sampled, sk.n_shingles)
        keys = keys_of[did]
        stored = (
            keys
            if len(sk.window_keys) <= params.index_windows
            else sk.band_keys + sk.window_keys[: params.index_windows]
        )
        for sid in idx.candidates(keys):
            entry = idx.get(sid)
            v = compare(mine, entry.as_evidence(), params)
            res.candidates += 1
            if not v.accepted:
                res.rejected += 1
                res.substitutions += v.substitution
            elif best is None or v.similarity > best[1].similarity:
                best = (sid, v, entry)
        if best is None:
            entry = StoryEntry.from_sketch(did, sk)
            idx.add_story(entry, stored)
            new[did] = entry
            story_of[did] = did
            continue
        sid, v, entry = best
        res.near_duplicates += 1
        story_of[did] = sid
        verdicts[did] = v
        idx.add_copy(sid, did, stored)
        if sid not in new and sk.length > entry.length and v.covers >= params.containment:
            idx.replace_canonical(sid, StoryEntry.from_sketch(sid, sk))
            updated[sid] = did

    # sources, in input order
    members: dict[str, list[int]] = {}
    story_sources: dict[str, list[Source]] = {}
    for i, did in enumerate(ids):
        sid = story_of[did]
        members.setdefault(sid, []).append(i)
        canon_id = new[sid].doc_id if sid in new else idx.get(sid).doc_id
        sim = 1.0 if did == canon_id else _similarity(did, sid, verdicts, idx)
        for src in _sources_of(docs[i], did):
            src.similarity = sim
            if idx.add_source(sid, src):
                story_sources.setdefault(sid, []).append(src)
                if sid not in new:
                    res.attached += 1
            else:
                res.already_seen += 1

    for sid in sorted(new, key=lambda s: members[s][0]):
        entry = new[sid]
        srcs = story_sources.get(sid, [])
        canon = docs[first[entry.doc_id]]
        res.stories.append(_story(sid, canon, entry.doc_id, srcs, members[sid], docs, ids, params, res))
    for sid in sorted(updated, key=lambda s: members[s][0]):
        canon = docs[first[updated[sid]]]
        res.updates.append(_story(sid, canon, updated[sid], idx.sources(sid), [], docs, ids, params, res))
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


def _story(
    sid: str,
    canon: Document,
    canon_id: str,
    sources: list[Source],
    member_rows: list[int],
    docs: list[Document],
    ids: list[str],
    params: DedupParams,
    res: CollapseResult,
) -> Document:
    text = canon.text
    meta: dict[str, Any] = dict(canon.meta)
    if params.restore:
        seen = {canon_id}
        others: list[str] = []
        for i in member_rows:
            if ids[i] not in seen and len(others) < _MAX_RESTORE_COPIES:
                seen.add(ids[i])
                others.append(docs[i].text)
        text, n = restore(text, others, max_chars=params.restore_max_chars)
        if n:
            meta[RESTORED_META] = str(n)
            res.restored += n
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
