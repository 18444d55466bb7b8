"""``cleaner run`` as stages over shards on disk: the driver holds ids and keys, never texts; a killed run resumes.

::

    files ─clean─► WORK/clean-NNNNN.{ids,docs,sketch}.arrow ─group─► tasks ─collapse─► WORK/stories-NNNNN.arrow ─merge─►
    OUT/stories.jsonl

1. **clean** (a task per batch of files, on the workers): read, clean and sketch the batch
   (:func:`cleaner.pipeline.process_files`) and write its documents (pickled, one row each) and sketches (band and
   window keys, evidence) as two Arrow IPC files; the worker sends back only a few counts.
2. **group** (driver): each distinct text's keys, read shard by shard (8 bytes a key; no text, no evidence), are
   joined into connected components (:mod:`cleaner.dedup.components`, which explains why a component holds every
   candidate of its texts); the components are packed into tasks.
3. **collapse** (a task per group of components, on the workers): the task reads its documents and sketches from the
   clean shards, runs the unchanged collapse rule over them and writes its stories (their ``stories.jsonl`` lines,
   with the input index of each one's first document) as one Arrow IPC file.
4. **merge** (driver): the tasks' stories, merged by first document (each file is already in that order), are
   streamed into ``OUT/stories.jsonl``: the same bytes as the in-memory run.

Each shard is written beside its final name and renamed; ``WORK/manifest.jsonl`` (a line appended and fsynced
after each finished shard) lists the finished shards under a key of the inputs (paths, sizes, modification times),
the rules, the dedup parameters and the version. A rerun with the same key keeps them and redoes only what is
missing (at most the shards that were in flight when the run was killed); another key starts afresh. The work
folder is removed after a successful run.

Not staged (the in-memory run, :func:`cleaner.pipeline.process`, does these): ``--state``, standard input,
``--audit``, ``--min-chars``, ``--no-dedup``.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import pickle
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from cleaner._version import __version__
from cleaner.dedup.collapse import short_texts
from cleaner.dedup.components import (
    collapse_part,
    connecting_keys,
    owned_labels,
    pack_tasks,
    task_size,
    union_edges,
    without_keys,
)
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import Sketch, pack_sketches, sketch_batch, sketch_batches, unpack_sketches
from cleaner.document import Document, Reject
from cleaner.executor import Executor, file_chunksize
from cleaner.output import atomic_open
from cleaner.rules import Rules

__all__ = ["Stage", "StagedResult", "WorkDir", "run_staged"]

I64 = npt.NDArray[np.int64]
MANIFEST = "manifest.jsonl"
_ID_MASK = (1 << 63) - 1


def id_hash(doc_id: str) -> int:
    """A 63-bit hash of a document id (equal ids, equal hashes; two ids that collide are grouped as one text,
    which only joins their components: still exact)."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()) & _ID_MASK


# --------------------------------------------------------------------------- the work folder


@dataclass(slots=True)
class WorkDir:
    """A work folder: its shards and the manifest of the finished ones (``manifest.jsonl``: the key, then one line
    per finished shard, appended and fsynced; a line cut short by a kill is not a record)."""

    root: Path
    key: str
    done: dict[str, Any] = field(default_factory=dict)
    """Stage → finished shard names → what the driver keeps of them."""

    @classmethod
    def open(cls, root: Path, key: str) -> WorkDir:
        """The folder's finished shards when its manifest has this key; else a fresh folder."""
        root.mkdir(parents=True, exist_ok=True)
        for stray in root.glob(".*.tmp"):  # a shard being written when the run was killed
            stray.unlink(missing_ok=True)
        records = _manifest(root / MANIFEST)
        wd = cls(root, key)
        if records[:1] == [{"key": key, "version": __version__}]:
            for r in records[1:]:
                wd.done.setdefault(r["stage"], {})[r["name"]] = r["info"]
        else:
            records = [{"key": key, "version": __version__}]
            for old in root.iterdir():  # another run's shards
                if old.is_file() and old.suffix in (".arrow", ".jsonl"):
                    old.unlink()
        with atomic_open(root / MANIFEST) as fh:  # whole lines only, before appending to it
            fh.writelines(json.dumps(r) + "\n" for r in records)
        return wd

    def finished(self, stage: str, name: str) -> Any:
        """What was recorded for a finished shard (None: redo it)."""
        return self.done.get(stage, {}).get(name)

    def record(self, stage: str, name: str, info: Any) -> None:
        self.done.setdefault(stage, {})[name] = info
        with open(self.root / MANIFEST, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"stage": stage, "name": name, "info": info}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())


def _manifest(path: Path) -> list[dict[str, Any]]:
    """A manifest's whole records, up to the first line that is not one."""
    out: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    out.append(json.loads(line))
                except ValueError:
                    break
    except (OSError, UnicodeError):
        return []
    return out


def _write_ipc(path: Path, table: pa.Table, rows: int = 64) -> None:
    with atomic_open(path, "wb") as fh, pa.ipc.new_file(fh, table.schema) as writer:
        writer.write_table(table, max_chunksize=rows)


def _read_copy(path: Path) -> pa.Table:
    """A small file read into memory (the driver does not map shards: mapped pages would count in its RSS)."""
    with pa.OSFile(str(path), "r") as source:
        return pa.ipc.open_file(source).read_all()


def _read_ipc(path: Path) -> pa.Table:
    with pa.memory_map(str(path), "r") as source:
        return pa.ipc.open_file(source).read_all()


def work_key(files: Sequence[str], rules: Rules, params: DedupParams, read_options: Any) -> str:
    """What makes two runs' shards the same: the inputs as they are on disk, the rules, the parameters, the version."""
    h = hashlib.blake2b(digest_size=16)
    for f in files:
        st = os.stat(f)
        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    fields = [(r.kind, r.name, r.pattern, r.trigger, r.origin, r.min_len, r.max_len, r.anchored) for r in rules.rules]
    h.update(repr((fields, rules.files, read_options)).encode("utf-8", "surrogateescape"))
    h.update(f"{params.fingerprint()}|{params.to_json()}|{__version__}".encode())
    return h.hexdigest()


# --------------------------------------------------------------------------- stage 1: clean (on the workers)


Items = list[Document | Reject]


@dataclass(frozen=True, slots=True)
class Stage:
    """What every task of a staged run needs (pickled with each task): the work folder, the parameters and the
    cleaning as the pipeline does it (picklable callables, so this module does not import the pipeline)."""

    work: str
    params: DedupParams
    clean_batch: Callable[[list[str]], tuple[list[Items], Any]]
    """Files → each file's items, and the packed sketches (:func:`cleaner.pipeline.process_files`)."""
    clean_file: Callable[[str], Items]
    file_failed: Callable[[str, BaseException], Items]


_KEYS = pa.large_list(pa.int64())


def _sketch_table(sketches: Sequence[Sketch]) -> pa.Table:
    return pa.table({
        "idh": pa.array([id_hash(sk.doc_id) for sk in sketches], pa.int64()),
        "doc_id": pa.array([sk.doc_id for sk in sketches], pa.large_string()),
        "length": pa.array([sk.length for sk in sketches], pa.int64()),
        "n_shingles": pa.array([sk.n_shingles for sk in sketches], pa.int64()),
        "bands": pa.array([sk.band_keys.size for sk in sketches], pa.int32()),
        "keys": pa.array([np.concatenate((sk.band_keys, sk.window_keys)) for sk in sketches], _KEYS),
        "evidence": pa.array([sk.evidence for sk in sketches], pa.large_list(pa.uint32())),
        "positions": pa.array([sk.positions for sk in sketches], pa.large_list(pa.uint32())),
        "sampled": pa.array([sk.sampled for sk in sketches], pa.bool_()),
    })  # fmt: skip


def _lists(table: pa.Table, name: str) -> tuple[npt.NDArray[Any], list[int]]:
    """A list column as its values (numpy) and each row's start and end in them."""
    arr = table.column(name).combine_chunks()
    return arr.values.to_numpy(zero_copy_only=False), arr.offsets.to_numpy().tolist()


def _sketches_of(table: pa.Table) -> list[Sketch]:
    out: list[Sketch] = []
    cols = [table.column(c).to_pylist() for c in ("doc_id", "length", "n_shingles", "bands", "sampled")]
    (keys, ko), (ev, eo), (pos, po) = (_lists(table, c) for c in ("keys", "evidence", "positions"))
    for i, (did, length, n_sh, nb, sampled) in enumerate(zip(*cols, strict=True)):
        k = keys[ko[i] : ko[i + 1]]
        out.append(Sketch(did, length, n_sh, k[:nb], k[nb:], ev[eo[i] : eo[i + 1]], pos[po[i] : po[i + 1]], sampled))
    return out


Summary = dict[str, Any]
"""What the driver keeps of a clean shard: documents, rejects by reason, lines removed, raw records."""


def clean_shard(item: tuple[int, list[str]], stage: Stage) -> Summary:
    """Stage 1 for one batch of files: its documents and sketches to ``WORK/clean-NNNNN.*.arrow``."""
    n, paths = item
    per_file, pack = stage.clean_batch(paths)
    items = [x for per in per_file for x in per]
    return _write_clean(Path(stage.work), n, items, unpack_sketches(pack), stage.params)


def _complete(docs: list[Document], sketches: list[Sketch], params: DedupParams) -> list[Sketch]:
    """Every distinct document's sketch: the worker's, and the ones it could not make (made here; an error is the
    run's, as in the in-memory collapse), so the grouping knows every text's keys."""
    have = {sk.doc_id for sk in sketches}
    jobs = list({str(d.id): d.text for d in docs if str(d.id) not in have}.items())
    return [*sketches, *(sk for batch in sketch_batches(jobs) for sk in sketch_batch(batch, params))]


def _write_clean(
    work: Path, n: int, items: list[Document | Reject], sketches: list[Sketch], params: DedupParams
) -> Summary:
    docs = [x for x in items if isinstance(x, Document)]
    sketches = _complete(docs, sketches, params)
    rejects = [x for x in items if isinstance(x, Reject)]
    removed: Counter[str] = Counter()
    for d in docs:
        removed.update(d.removed)
    records = {(r.path, r.record) for r in rejects} | {(d.sources[0].path, d.sources[0].record) for d in docs}
    _write_ipc(work / f"clean-{n:05d}.sketch.arrow", _sketch_table(sketches))
    idh = pa.array([id_hash(str(d.id)) for d in docs], pa.int64())
    _write_ipc(work / f"clean-{n:05d}.ids.arrow", pa.table({"idh": idh}))  # what the driver reads: 8 bytes a doc
    table = pa.table({
        "idh": idh,
        "doc": pa.array([pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL) for d in docs], pa.large_binary()),
    })  # fmt: skip
    meta = {b"rejects": pickle.dumps(rejects, protocol=pickle.HIGHEST_PROTOCOL)}
    _write_ipc(work / f"clean-{n:05d}.docs.arrow", table.replace_schema_metadata(meta))
    return {"documents": len(docs), "rejects": dict(Counter(r.reason for r in rejects)), "removed": dict(removed),
            "records": len(records)}  # fmt: skip


# --------------------------------------------------------------------------- stage 3: collapse (on the workers)


Task = tuple[int, list[tuple[int, list[int]]], list[int], Stage]
"""A collapse task: its number, its documents as (clean shard, rows), their input indices, the stage."""


def collapse_shard(task: Task) -> dict[str, int]:
    """Stage 3 for one task: its stories, with the input index of each one's first document, to
    ``WORK/stories-NNNNN.arrow``; returns the collapse's counts."""
    n, where, at, stage = task
    work = Path(stage.work)
    docs: list[Document] = []
    sketches: dict[str, Sketch] = {}
    for shard, rows in where:
        table = _read_ipc(work / f"clean-{shard:05d}.docs.arrow")
        idh = table.column("idh").take(rows)
        docs.extend(pickle.loads(b) for b in table.column("doc").take(rows).to_pylist())
        sk = _read_ipc(work / f"clean-{shard:05d}.sketch.arrow")
        mine = sk.filter(pc.is_in(sk.column("idh"), value_set=idh))
        sketches.update((s.doc_id, s) for s in _sketches_of(mine))
    crowded = np.load(work / _CROWDED)
    sketches = {did: without_keys(sk, crowded) for did, sk in sketches.items()}
    placed, counts = collapse_part((docs, at, pack_sketches(list(sketches.values())), stage.params))
    lines = [json.dumps(s.to_json(), ensure_ascii=False, separators=(",", ":")) for _, s in placed]
    table = pa.table({
        "first": pa.array([p for p, _ in placed], pa.int64()),
        "line": pa.array([line.encode("utf-8", "surrogatepass") for line in lines], pa.large_binary()),
    })  # fmt: skip
    meta = {b"counts": json.dumps(counts)}
    _write_ipc(work / f"stories-{n:05d}.arrow", table.replace_schema_metadata(meta), 8)  # merged: a batch per task
    return counts


# --------------------------------------------------------------------------- the driver


@dataclass(slots=True)
class StagedResult:
    summaries: list[Summary]
    counts: dict[str, int]
    components: dict[str, int]
    redone: dict[str, int]
    """Shards made by this run (the rest were kept from a killed one), per stage."""
    shards: int
    tasks: int
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall seconds of the clean and collapse stages (grouping counts as collapse)."""


def _clean_stage(ex: Executor, wd: WorkDir, batches: list[list[str]], stage: Stage) -> tuple[list[Summary], int]:
    todo = [(n, b) for n, b in enumerate(batches) if wd.finished("clean", str(n)) is None]
    job = partial(clean_shard, stage=stage)
    for (n, batch), summary in zip(todo, ex.map(job, todo, chunksize=1, on_error=_clean_failed), strict=True):
        if summary is None:  # a file killed its worker: file by file, as the in-memory run does
            summary = _clean_one_by_one(ex, wd, n, batch, stage)
        wd.record("clean", str(n), summary)
    return [wd.finished("clean", str(n)) for n in range(len(batches))], len(todo)


def _clean_failed(item: tuple[int, list[str]], exc: BaseException) -> Summary | None:
    return None


def _clean_one_by_one(ex: Executor, wd: WorkDir, n: int, batch: list[str], stage: Stage) -> Summary:
    items = [x for per in ex.map(stage.clean_file, batch, chunksize=1, on_error=stage.file_failed) for x in per]
    return _write_clean(wd.root, n, items, [], stage.params)


def _flat_keys(work: Path, n: int, params: DedupParams) -> tuple[I64, I64, npt.NDArray[np.bool_]]:
    """A clean shard's keys and, for each, the id hash of the text holding it and whether that text is short
    (:func:`cleaner.dedup.collapse.short_texts`)."""
    sk = _read_ipc(work / f"clean-{n:05d}.sketch.arrow").select(["idh", "keys", "n_shingles"])
    keys = sk.column("keys").combine_chunks()
    counts = pc.list_value_length(keys).to_numpy(zero_copy_only=False)
    flat = keys.flatten().to_numpy(zero_copy_only=False)
    short = short_texts(sk.column("n_shingles").to_numpy(), params)
    return flat, np.repeat(sk.column("idh").to_numpy(), counts), np.repeat(short, counts)


def key_partition(item: tuple[int, int, str, int, DedupParams]) -> tuple[I64, I64, I64]:
    """The reduce of the grouping, for partition ``p`` of ``parts`` (keys ``k % parts == p``) of every clean shard:
    union-find over the texts sharing those keys; each text not its local component's root, and that root (id
    hashes); and the partition's crowded anchor-pair keys (:func:`crowded_anchors`: they relate nothing, so they
    connect nothing here, nor do idle ones: :func:`connecting_keys`). The union of every partition's edges connects
    what the keys can relate."""
    p, parts, work, shards, params = item
    keys: list[I64] = []
    owners: list[I64] = []
    shorts: list[npt.NDArray[np.bool_]] = []
    for n in range(shards):
        flat, owner, short = _flat_keys(Path(work), n, params)
        mine = np.mod(flat, parts) == p
        keys.append(flat[mine])
        owners.append(owner[mine])
        shorts.append(short[mine])
    none = np.zeros(0, dtype=np.int64)
    if not keys:
        return none, none, none
    flat, owner, crowded = connecting_keys(np.concatenate(keys), np.concatenate(owners), np.concatenate(shorts))
    nodes, node_of = np.unique(owner, return_inverse=True)
    label = owned_labels(nodes.size, flat, node_of.reshape(-1))
    moved = label != np.arange(nodes.size)
    return nodes[moved], nodes[label[moved]], crowded


def _grouping(ex: Executor, wd: WorkDir, shards: int, params: DedupParams) -> tuple[I64, I64, I64, dict[str, int]]:
    """Per document (input order): its clean shard, its row there, its component (keys partitioned on the workers,
    :func:`key_partition`; the driver joins their edges). And the number of components and the distinct texts in
    the largest."""
    idh_parts = [_read_copy(wd.root / f"clean-{n:05d}.ids.arrow").column("idh").to_numpy() for n in range(shards)]
    sizes = [p.size for p in idh_parts]
    shard = np.repeat(np.arange(shards, dtype=np.int64), sizes)
    row = np.concatenate([np.arange(k, dtype=np.int64) for k in sizes]) if sizes else shard
    idh = np.concatenate(idh_parts) if idh_parts else shard
    nodes, node_of_doc = np.unique(idh, return_inverse=True)
    parts = max(1, 4 * ex.workers)
    label = np.arange(nodes.size, dtype=np.int64)
    crowded: list[I64] = []
    items = [(p, parts, str(wd.root), shards, params) for p in range(parts)]
    for a, b, c in ex.map(key_partition, items, chunksize=1):
        label = union_edges(label, np.searchsorted(nodes, a), np.searchsorted(nodes, b))  # one partition at a time
        crowded.append(c)
    _save_crowded(wd.root, np.sort(np.concatenate(crowded)) if crowded else np.zeros(0, dtype=np.int64))
    comp = label[node_of_doc.reshape(-1)]
    counts = np.bincount(label) if label.size else np.zeros(1, dtype=np.int64)
    shape = {"components": int(np.count_nonzero(counts)), "largest": int(counts.max())}
    return shard, row, comp, shape


_CROWDED = "crowded.npy"


def _save_crowded(work: Path, keys: I64) -> None:
    """The run's crowded anchor-pair keys, for every collapse task (written whole or not at all)."""
    with atomic_open(work / _CROWDED, "wb") as fh:
        np.save(fh, keys)


def _collapse_stage(
    ex: Executor, wd: WorkDir, tasks: list[I64], shard: I64, row: I64, stage: Stage
) -> tuple[dict[str, int], int]:
    """Run the collapse tasks not finished yet; every task's counts (in task order) and how many ran."""
    todo: list[Task] = []
    for n, docs in enumerate(tasks):
        if wd.finished("collapse", _task_name(n, docs)) is None:
            todo.append((n, _where(shard[docs], row[docs]), docs.tolist(), stage))
    for task, counts in zip(todo, ex.map(collapse_shard, todo, chunksize=1), strict=True):
        wd.record("collapse", _task_name(task[0], tasks[task[0]]), counts)
    total: Counter[str] = Counter()
    for n, docs in enumerate(tasks):
        total.update(wd.finished("collapse", _task_name(n, docs)))
    return dict(total), len(todo)


def _task_name(n: int, docs: I64) -> str:
    return f"{n}:{hashlib.blake2b(docs.tobytes(), digest_size=8).hexdigest()}"


def _where(shards: I64, rows: I64) -> list[tuple[int, list[int]]]:
    """Rows grouped by shard, in input order (documents are in input order, shards too)."""
    cuts = np.flatnonzero(np.diff(shards)) + 1
    return [(int(s[0]), r.tolist()) for s, r in zip(np.split(shards, cuts), np.split(rows, cuts), strict=True)]


def story_lines(work: Path, tasks: int) -> Iterator[str]:
    """Every task's story lines, merged by the input index of each story's first document."""

    def lines(n: int) -> Iterator[tuple[int, bytes]]:
        with pa.OSFile(str(work / f"stories-{n:05d}.arrow"), "r") as source:  # read, not mapped: RSS stays flat
            reader = pa.ipc.open_file(source)
            for b in range(reader.num_record_batches):
                batch = reader.get_batch(b)
                yield from zip(batch.column(0).to_pylist(), batch.column(1).to_pylist(), strict=True)

    for _, line in heapq.merge(*(lines(n) for n in range(tasks)), key=lambda p: p[0]):
        yield line.decode("utf-8", "surrogatepass")


def rejects_of(work: Path, shards: int) -> Iterator[Reject]:
    for n in range(shards):
        with pa.OSFile(str(work / f"clean-{n:05d}.docs.arrow"), "r") as source:
            meta = pa.ipc.open_file(source).schema.metadata or {}
        yield from pickle.loads(meta.get(b"rejects", pickle.dumps([])))


def run_staged(ex: Executor, files: list[str], work: Path, stage: Stage, key: str) -> StagedResult:
    """Stages 1-3 over ``files`` in ``work`` (``stage.work``), resuming what a killed run with the same ``key``
    (:func:`work_key`) finished; stage 4 is :func:`story_lines`. Progress is the caller's."""
    chunk = file_chunksize(files, ex.workers)
    batches = [files[i : i + chunk] for i in range(0, len(files), chunk)]
    wd = WorkDir.open(work, f"{key}:{chunk}")
    t0 = time.perf_counter()
    summaries, cleaned = _clean_stage(ex, wd, batches, stage)
    t1 = time.perf_counter()
    shard, row, comp, shape = _grouping(ex, wd, len(batches), stage.params)
    tasks = pack_tasks(comp, task_size(comp.size, ex.workers))
    counts, collapsed = _collapse_stage(ex, wd, tasks, shard, row, stage)
    shape["tasks"] = len(tasks)
    seconds = {"clean": t1 - t0, "collapse": time.perf_counter() - t1}
    redone = {"clean": cleaned, "collapse": collapsed}
    return StagedResult(summaries, counts, shape, redone, len(batches), len(tasks), seconds)


def remove_work(work: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
