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
from dataclasses import dataclass
from functools import partial

import numpy as np
import numpy.typing as npt

from cleaner.dedup.collapse import CollapseResult, _content_id, _Run
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import (
    Sketch,
    SketchPack,
    flat_keys,
    pack_sketches,
    sketch_batch_job,
    sketch_batches,
    unpack_sketches,
)
from cleaner.document import Document
from cleaner.executor import Executor, SerialExecutor

__all__ = ["Grouping", "collapse_by_component", "component_labels", "group_texts"]

I64 = npt.NDArray[np.int64]

TASK_TEXTS = 4000
"""Documents per collapse task (whole components; a larger component is one task of its own)."""


def component_labels(flat: I64, counts: I64) -> I64:
    """For texts given by their keys (:func:`flat_keys`): each text's component label (the smallest index of a text
    in its component), where two texts are connected when they share a key."""
    n = counts.size
    label = np.arange(n, dtype=np.int64)
    if flat.size < 2:
        return label
    owner = np.repeat(label, counts)
    order = np.argsort(flat, kind="stable")
    key, who = flat[order], owner[order]
    same = key[1:] == key[:-1]
    a, b = who[1:][same], who[:-1][same]  # a chain through each bucket: its members end connected
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


@dataclass(slots=True)
class Grouping:
    """The documents' tasks and what the components look like."""

    tasks: list[list[int]]
    """Per task: indices of its documents, ascending (whole components)."""
    components: int
    largest: int
    """Distinct texts in the largest component."""


def group_texts(ids: Sequence[str], sketch_of: dict[str, Sketch], task_texts: int = TASK_TEXTS) -> Grouping:
    """Documents (by content id, in input order) grouped into tasks of whole components."""
    first: dict[str, int] = {}
    for i, did in enumerate(ids):
        first.setdefault(did, i)
    texts = list(first)
    label = component_labels(*flat_keys([sketch_of[d] for d in texts]))
    comp_of = dict(zip(texts, label.tolist(), strict=True))
    sizes = np.bincount(label, minlength=1) if label.size else np.zeros(1, dtype=np.int64)
    members: dict[int, list[int]] = {}
    for i, did in enumerate(ids):  # components in order of first appearance (dicts keep insertion order)
        members.setdefault(comp_of[did], []).append(i)
    tasks: list[list[int]] = [[]]
    for docs in members.values():
        if tasks[-1] and len(tasks[-1]) + len(docs) > task_texts:
            tasks.append([])
        tasks[-1].extend(docs)
    tasks = [sorted(t) for t in tasks if t]
    return Grouping(tasks, len(members), int(sizes.max()))


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
    "substitutions", "restored", "merged", "moved",
)  # fmt: skip


def collapse_by_component(
    docs: Sequence[Document],
    *,
    params: DedupParams | None = None,
    executor: Executor | None = None,
    sketches: dict[str, Sketch] | None = None,
    task_texts: int = TASK_TEXTS,
) -> tuple[CollapseResult, Grouping]:
    """:func:`cleaner.dedup.collapse` without an index, per connected component on the executor's workers: the same
    result (stories, their order, counts), and how the texts were grouped."""
    params = params or DedupParams()
    ex: Executor = executor or SerialExecutor()
    ids = [d.id or _content_id(d.text) for d in docs]
    sketch_of = _sketch_missing(docs, ids, sketches or {}, params, ex)
    grouping = group_texts(ids, sketch_of, task_texts)
    parts = (_part(docs, ids, at, sketch_of, params) for at in grouping.tasks)
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
    docs: Sequence[Document], ids: Sequence[str], at: list[int], sketch_of: dict[str, Sketch], params: DedupParams
) -> Part:
    texts = list(dict.fromkeys(ids[i] for i in at))
    return [docs[i] for i in at], at, pack_sketches([sketch_of[d] for d in texts]), params
