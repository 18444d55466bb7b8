"""The collapse per connected component, on the executor's workers: the same stories, in the same bytes.

Which texts can the in-memory collapse (:func:`cleaner.dedup.collapse.collapse`, without an index) ever relate?
A text's candidates are the stories its keys find (:meth:`_Run._found`):

- the stories of the earlier texts sharing one of its keys in a bucket of at most ``_PAIRED_BUCKET`` texts;
- the stories recorded under its keys of larger buckets (``run_bands``): a story is recorded under a key when a
  text holding that key joins or starts it, or moves to it;
- a new story or a new canonical then takes movable copies from the stories it found (``offer``).

Every relation starts at a key two texts share (band keys *and* window keys, buckets of any size), and a story
only ever holds texts its members found, so the connected components of the graph "two distinct texts share a
key" are closed: a text's candidates, its story, every copy that may move to or from it all lie in its
component. Large buckets must count too: a story with more than ``_PAIRED_BUCKET`` distinct copies finds its
copies *only* through them. Within a component the buckets, the merge order (longest first) and every sorted
choice are those of the whole run, so running the unchanged rule (:class:`_Run`) per component — or over any
union of components — gives each story exactly as one run over everything does. A chaining page template shows
up as one large component (correct, but one task): :attr:`Grouping.largest` says so.

The components are packed into tasks of about ``task_texts`` documents (a larger component is a task of its
own), each task runs the rule over its documents and sketches on a worker, and the stories come back in input
order by their first source (``CollapseResult.stories``' order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

import numpy as np
import numpy.typing as npt

from cleaner.dedup.collapse import (
    _PAIRED_BUCKET,
    CollapseResult,
    _Run,
    brief_texts,
    distinct_ids,
    short_texts,
    text_ids,
)
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import (
    ANCHOR_BIT,
    FINE_BIT,
    Sketch,
    SketchPack,
    flat_keys,
    pack_sketches,
    sketch_batch_job,
    sketch_batches,
    unpack_sketches,
)
from cleaner.document import Document
from cleaner.execution.executor import Executor, SerialExecutor

__all__ = [
    "Grouping",
    "collapse_by_component",
    "collapse_part",
    "component_labels",
    "connecting_keys",
    "crowded_anchors",
    "group_texts",
    "idle_anchors",
    "owned_labels",
    "pack_tasks",
    "task_size",
    "union_edges",
    "without_keys",
]

I64 = npt.NDArray[np.int64]

TASK_TEXTS = 4000
"""Documents per collapse task (whole components; a larger component is one task of its own)."""


def component_labels(flat: I64, counts: I64) -> I64:
    """For texts given by their keys (:func:`flat_keys`): each text's component label (the smallest index of a text
    in its component), where two texts are connected when they share a key."""
    return owned_labels(counts.size, flat, np.repeat(np.arange(counts.size, dtype=np.int64), counts))


def connecting_keys(
    flat: I64, owner: I64, short: npt.NDArray[np.bool_], brief: npt.NDArray[np.bool_] | None = None
) -> tuple[I64, I64, I64]:
    """The entries (key, holder) that can relate texts in the collapse — not a :func:`crowded_anchors` key, not an
    :func:`idle_anchors` one (``short``, ``brief``: per entry, is its holder short, brief) — and the crowded keys (the
    tasks drop them, :func:`without_keys`)."""
    crowded = crowded_anchors(flat, owner)
    keep = ~idle_anchors(flat, short, brief)
    if crowded.size:
        keep &= ~np.isin(flat, crowded)
    return (flat, owner, crowded) if keep.all() else (flat[keep], owner[keep], crowded)


def crowded_anchors(flat: I64, owner: I64) -> I64:
    """The anchor-pair keys (:data:`ANCHOR_BIT`) held by more than ``_PAIRED_BUCKET`` distinct texts, sorted.

    The collapse reads such a key as boilerplate (a portal's header, a stock line) and pairs nothing by it
    (:func:`cleaner.dedup.collapse._pairs_by_key`), so it relates no texts and leaves components apart. A task then
    drops these keys from its texts' sketches (:func:`without_keys`): holding only some of the key's texts, it
    would otherwise see a small bucket and pair them where the whole run does not."""
    anchor = flat >= ANCHOR_BIT
    if not anchor.any():
        return np.zeros(0, dtype=np.int64)
    k, o = flat[anchor], owner[anchor]
    order = np.lexsort((o, k))
    k, o = k[order], o[order]
    new = np.ones(k.size, dtype=bool)
    new[1:] = (k[1:] != k[:-1]) | (o[1:] != o[:-1])  # each (key, text) once: a text may come in two shards
    keys, holders = np.unique(k[new], return_counts=True)
    return keys[holders > _PAIRED_BUCKET]


def idle_anchors(
    flat: I64, short: npt.NDArray[np.bool_], brief: npt.NDArray[np.bool_] | None = None
) -> npt.NDArray[np.bool_]:
    """Per entry of ``flat``: an anchor-pair key none of whose holders is short (``short``: per entry, is the text
    holding it short), or (given ``brief`` per entry) a fine one (:data:`FINE_BIT`) none of whose holders is brief
    (:func:`cleaner.dedup.collapse.brief_texts`).

    Such a key pairs no two of its texts (an anchor-pair key pairs two texts only when one is short, a fine one only
    when one is brief), in the whole run and in any task, so it needs to connect nothing. A key with a short (brief)
    holder keeps connecting all its holders: each may pair with that one."""
    anchor = flat >= ANCHOR_BIT
    idle = np.zeros(flat.size, dtype=bool)
    if not anchor.any():
        return idle
    keys, inverse = np.unique(flat[anchor], return_inverse=True)
    needed = short[anchor]
    if brief is not None:
        fine = flat[anchor] >= ANCHOR_BIT | FINE_BIT
        needed = np.where(fine, brief[anchor], needed)
    with_short = np.bincount(inverse.reshape(-1), weights=needed, minlength=keys.size) > 0
    idle[anchor] = ~with_short[inverse.reshape(-1)]
    return idle


def without_keys(sk: Sketch, crowded: I64) -> Sketch:
    """``sk`` without its window keys in ``crowded`` (sorted anchor-pair keys; a text's are its largest keys)."""
    wk = sk.window_keys
    if not crowded.size or not wk.size or wk[-1] < ANCHOR_BIT:
        return sk
    drop = np.isin(wk, crowded, assume_unique=True)
    return replace(sk, window_keys=wk[~drop]) if drop.any() else sk


def owned_labels(n: int, flat: I64, owner: I64) -> I64:
    """:func:`component_labels` for ``n`` nodes, key ``flat[i]`` held by node ``owner[i]``."""
    label = np.arange(n, dtype=np.int64)
    if flat.size < 2:
        return label
    order = np.argsort(flat, kind="stable")
    key, who = flat[order], owner[order]
    same = key[1:] == key[:-1]
    a, b = who[1:][same], who[:-1][same]  # a chain through each bucket: its members end connected
    del order, key, who, same
    return union_edges(label, a, b)


def union_edges(label: I64, a: I64, b: I64) -> I64:
    """``label`` (each node's root: the smallest node of its component so far) with the edges ``a[i]``-``b[i]``
    joined in: union-find by hooking roots onto smaller ones and compressing, all in numpy."""
    while a.size:
        la, lb = label[a], label[b]
        lo, hi = np.minimum(la, lb), np.maximum(la, lb)
        open_ = lo != hi
        if not open_.any():
            break
        a, b = a[open_], b[open_]
        np.minimum.at(label, hi[open_], lo[open_])  # hook one root onto a smaller one
        while True:  # compress: every label points at its root
            up = label[label]
            if np.array_equal(up, label):
                break
            label = up
    return label


def pack_tasks(comp: I64, task_texts: int) -> list[I64]:
    """Documents (by component label, in input order) packed into tasks of whole components, components in order of
    first appearance, about ``task_texts`` documents a task (a larger component alone): each task's documents,
    ascending."""
    if not comp.size:
        return []
    labels, first, sizes = np.unique(comp, return_index=True, return_counts=True)
    by_first = np.argsort(first, kind="stable")
    task_of = np.zeros(labels.size, dtype=np.int64)
    task = filled = 0
    for c, size in zip(by_first.tolist(), sizes[by_first].tolist(), strict=True):
        if filled and filled + size > task_texts:
            task += 1
            filled = 0
        task_of[c] = task
        filled += size
    per_doc = task_of[np.searchsorted(labels, comp)]
    order = np.argsort(per_doc, kind="stable")
    cuts = np.flatnonzero(np.diff(per_doc[order])) + 1
    return list(np.split(order, cuts))


@dataclass(slots=True)
class Grouping:
    """The documents' tasks and what the components look like."""

    tasks: list[list[int]]
    """Per task: indices of its documents, ascending (whole components)."""
    components: int
    largest: int
    """Distinct texts in the largest component."""
    crowded: I64
    """Anchor-pair keys that relate nothing (:func:`crowded_anchors`): the tasks drop them."""


def group_texts(
    ids: Sequence[str], sketch_of: dict[str, Sketch], task_texts: int = TASK_TEXTS, params: DedupParams | None = None
) -> Grouping:
    """Documents (by content id, in input order) grouped into tasks of whole components."""
    node_of = {did: i for i, did in enumerate(dict.fromkeys(ids))}
    flat, counts = flat_keys([sketch_of[d] for d in node_of])
    owner = np.repeat(np.arange(counts.size, dtype=np.int64), counts)
    n_sh = np.fromiter((sketch_of[d].n_shingles for d in node_of), dtype=np.int64, count=len(node_of))
    p = params or DedupParams()
    keys, holders, crowded = connecting_keys(flat, owner, short_texts(n_sh, p)[owner], brief_texts(n_sh, p)[owner])
    label = owned_labels(counts.size, keys, holders)
    comp = label[np.fromiter((node_of[d] for d in ids), dtype=np.int64, count=len(ids))]
    sizes = np.bincount(label)
    tasks = [t.tolist() for t in pack_tasks(comp, task_texts)]
    return Grouping(tasks, int(np.count_nonzero(sizes)), int(sizes.max()) if sizes.size else 0, crowded)


def task_size(documents: int, workers: int) -> int:
    """Documents per task: about four tasks per worker, at most :data:`TASK_TEXTS`, at least 64."""
    return max(64, min(TASK_TEXTS, -(-documents // max(1, 4 * workers))))


Part = tuple[list[Document], list[int], SketchPack, DedupParams]
"""A task: its documents (input order), their indices in the whole input, their sketches, the parameters."""
Placed = tuple[list[tuple[int, Document]], dict[str, int]]
"""A task's stories with the input index of each one's first document, and its counts."""


def collapse_part(part: Part) -> Placed:
    """The collapse rule (:class:`_Run`, unchanged) over one task's documents, in process (pure)."""
    docs, at, pack, params = part
    run = _Run(docs, params, SerialExecutor(), None)
    run.sketch({sk.doc_id: sk for sk in unpack_sketches(pack)})
    for pos, did in enumerate(run.order):
        run.place(pos, did)
    run.rehome()  # (both ask only texts that share keys: one component's, as in the whole run)
    run.unframe()
    run.split()
    run.record_sources()
    run.emit()
    run.idx.commit()
    placed = [(at[run.members[str(s.id)][0]], s) for s in run.res.stories]
    return placed, run.res.counts()


def _sketch_missing(
    docs: Sequence[Document], ids: Sequence[str], given: dict[str, Sketch], params: DedupParams, ex: Executor
) -> dict[str, Sketch]:
    """Every distinct text's sketch: ``given`` ones, the rest mapped on the executor (as the collapse would)."""
    seen: set[str] = set()
    jobs: list[tuple[str, str]] = []
    for d, did in zip(docs, ids, strict=True):
        if did not in given and did not in seen:
            seen.add(did)
            jobs.append((did, d.text))
    out = dict(given)
    if jobs:
        per = -(-len(jobs) // max(1, ex.workers * 4))
        for batch in ex.map(partial(sketch_batch_job, params=params), sketch_batches(jobs, per=per), chunksize=1):
            out.update((sk.doc_id, sk) for sk in batch)
    return out


_COUNTED = (
    "documents", "exact_duplicates", "near_duplicates", "attached", "already_seen", "candidates", "rejected",
    "substitutions", "restored", "merged", "moved", "split",
)  # fmt: skip


def collapse_by_component(
    docs: Sequence[Document],
    *,
    params: DedupParams | None = None,
    executor: Executor | None = None,
    sketches: dict[str, Sketch] | None = None,
    task_texts: int | None = None,
) -> tuple[CollapseResult, Grouping]:
    """:func:`cleaner.dedup.collapse` without an index, per connected component on the executor's workers: the same
    result (stories, their order, counts), and how the texts were grouped."""
    params = params or DedupParams()
    ex: Executor = executor or SerialExecutor()
    docs = distinct_ids(docs)
    ids = text_ids(docs)
    sketch_of = _sketch_missing(docs, ids, sketches or {}, params, ex)
    grouping = group_texts(ids, sketch_of, task_texts or task_size(len(docs), ex.workers), params)
    parts = (_part(docs, ids, at, sketch_of, params, grouping.crowded) for at in grouping.tasks)
    res = CollapseResult()
    placed: list[tuple[int, Document]] = []
    for got, counts in ex.map(collapse_part, parts, chunksize=1):
        placed.extend(got)
        for name in _COUNTED:
            setattr(res, name, getattr(res, name) + counts[name])
    placed.sort(key=lambda p: p[0])
    res.stories = [s for _, s in placed]
    return res, grouping


def _part(
    docs: Sequence[Document],
    ids: Sequence[str],
    at: list[int],
    sketch_of: dict[str, Sketch],
    params: DedupParams,
    crowded: I64,
) -> Part:
    texts = list(dict.fromkeys(ids[i] for i in at))
    return [docs[i] for i in at], at, pack_sketches([without_keys(sketch_of[d], crowded) for d in texts]), params
