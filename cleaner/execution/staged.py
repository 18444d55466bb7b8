"""``cleaner run`` as stages over shards on disk: the driver holds ids and keys, never texts; a killed run resumes.

::

    files ─clean─► WORK/clean-NNNNN.{ids,docs,sketch}.arrow ─group─► tasks ─collapse─► WORK/stories-NNNNN.arrow ─merge─►
    OUT/stories.jsonl

1. **clean** (a task per batch of files, on the workers): read, clean and sketch the batch
   (:func:`cleaner.pipeline.process_files`) and write its documents (pickled, one row each) and sketches (band and
   window keys, evidence) as two Arrow IPC files, its rejects as their ``rejects.jsonl`` lines (copied into
   ``OUT/rejects.jsonl`` at the end, shard by shard); the worker sends back only a few counts.
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

import fcntl
import hashlib
import heapq
import json
import os
import pickle
import re
import struct
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from cleaner._version import __version__
from cleaner.dedup.collapse import brief_texts, short_texts
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
from cleaner.dedup.signature import Sketch, SketchPack, pack_sketches, sketch_batch, sketch_batches, unpack_sketches
from cleaner.document import Document, Reject
from cleaner.errors import CleanerError, UsageError
from cleaner.execution.executor import Executor, Watched, file_chunksize
from cleaner.output import atomic_open
from cleaner.rejectfile import RecordCount, copy_file, reject_line
from cleaner.rules import Rules

__all__ = ["Stage", "StagedResult", "WorkDir", "locked", "run_staged"]

I64 = npt.NDArray[np.int64]
MANIFEST = "manifest.jsonl"
MARKER = ".cleaner-work"
"""An empty file that makes a folder a work folder of this tool: only such a folder's files are ever deleted."""
_OWN_FILES = re.compile(
    r"(?:clean-\d+\.(?:ids|docs|sketch)\.arrow|clean-\d+\.rejects\.jsonl|stories-\d+\.arrow|edges-\d+\.npz"
    r"|tasks\.bin|tasks\.npy|starts\.npy|crowded\.npy|inputs\.list|inputs\.stat|manifest\.jsonl|\.lock|\..+\.tmp)"
)
"""The names of the files a staged run writes in its work folder (and the temporary names of ones being written)."""
_ID_MASK = (1 << 63) - 1


def id_hash(doc_id: str) -> int:
    """A 63-bit hash of a document id (equal ids, equal hashes; two ids that collide are grouped as one text,
    which only joins their components: still exact)."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()) & _ID_MASK


# --------------------------------------------------------------------------- the work folder


@contextmanager
def locked(work: Path) -> Iterator[None]:
    """The work folder for this run alone: an advisory lock on ``WORK/.lock`` (``flock``), held while the run uses
    the folder; a killed run's lock goes with its process. A second run on the same folder (say, started while a
    killed one's driver is still going down) is refused: two runs writing the same shards would mix them."""
    claim_work(work)  # (before the lock file: a folder of the user's is refused as it is)
    fd = os.open(work / ".lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CleanerError(f"{work}: another run is using this work folder (--work); wait for it to end, "
                               "or give this run another folder") from None  # fmt: skip
        yield
    finally:
        os.close(fd)


@dataclass(slots=True)
class WorkDir:
    """A work folder: its shards and the manifest of the finished ones (``manifest.jsonl``: the key, then one line
    per finished shard, appended and fsynced; a line cut short by a kill is not a record). The driver keeps the
    finished shards' names and, per stage, the sum of what was recorded for them (:func:`fold`), not a record
    per shard."""

    root: Path
    key: str
    done: dict[str, set[str]] = field(default_factory=dict)
    """Stage → names of its finished shards."""
    totals: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Stage → the sum of its finished shards' records."""

    @classmethod
    def open(cls, root: Path, key: str) -> WorkDir:
        """The folder's finished shards when its manifest has this key; else a fresh folder (claimed by
        :func:`locked`)."""
        root.mkdir(parents=True, exist_ok=True)
        for stray in root.glob(".*.tmp"):  # a shard being written when the run was killed
            stray.unlink(missing_ok=True)
        wd = cls(root, key)
        head = {"key": key, "version": __version__}
        records = _manifest(root / MANIFEST)
        same = next(records, None) == head
        if not same:
            for old in _own_files(root):  # another run's shards (not the run's list of inputs, written already)
                if old.name not in (INPUTS, STATS, MANIFEST):
                    old.unlink()
        with atomic_open(root / MANIFEST) as fh:  # whole lines only, before appending to it
            fh.write(json.dumps(head) + "\n")
            for r in records if same else ():
                wd._add(r["stage"], r["name"], r["info"])
                fh.write(json.dumps(r) + "\n")
        records.close()
        return wd

    def _add(self, stage: str, name: str, info: Any) -> None:
        names = self.done.setdefault(stage, set())
        if name not in names:
            names.add(name)
            fold(self.totals.setdefault(stage, {}), info)

    def finished(self, stage: str, name: str) -> bool:
        """Is this shard finished (else: redo it)."""
        return name in self.done.get(stage, ())

    def record(self, stage: str, name: str, info: Any) -> None:
        self._add(stage, name, info)
        with open(self.root / MANIFEST, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"stage": stage, "name": name, "info": info}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())


def fold(total: dict[str, Any], info: dict[str, Any]) -> dict[str, Any]:
    """``total`` with ``info`` added in: numbers summed, nested counts summed key by key."""
    for k, v in info.items():
        if isinstance(v, dict):
            fold(total.setdefault(k, {}), v)
        else:
            total[k] = total.get(k, 0) + v
    return total


def _manifest(path: Path) -> Generator[dict[str, Any], None, None]:
    """A manifest's whole records, up to the first line that is not one (read a line at a time)."""
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    yield json.loads(line)
                except ValueError:
                    return
    except (OSError, UnicodeError):
        return


def _write_ipc(path: Path, table: pa.Table, rows: int = 64) -> None:
    with atomic_open(path, "wb") as fh, pa.ipc.new_file(fh, table.schema) as writer:
        writer.write_table(table, max_chunksize=rows)


_PAIR = struct.Struct("<qq")

_POOL = pa.system_memory_pool()
"""The driver's reads go through malloc: Arrow's default pool (mimalloc) keeps ≈ 15 MB of pages the driver would
carry to the end of the run."""


@contextmanager
def _reading(path: Path) -> Iterator[pa.ipc.RecordBatchFileReader]:
    """A shard's reader on the driver: read, not mapped (mapped pages would count in its RSS)."""
    with pa.OSFile(str(path), "r", memory_pool=_POOL) as source:
        yield pa.ipc.open_file(source, memory_pool=_POOL)


def _read_ipc(path: Path) -> pa.Table:
    with pa.memory_map(str(path), "r") as source:
        return pa.ipc.open_file(source).read_all()


INPUTS = "inputs.list"
STATS = "inputs.stat"
"""Each listed file's size and modification time (ns) when listed, two little-endian int64 a file, in list order."""


def _stat(name: str) -> tuple[int, int]:
    """``name``'s size and modification time (ns); ``(0, -1)`` for a file that cannot be stat'ed (the reader reports
    it)."""
    try:
        st = os.stat(name)
    except OSError:
        return 0, -1
    return st.st_size, st.st_mtime_ns


@dataclass(frozen=True, slots=True)
class Inputs:
    """The run's input files, listed into ``WORK/inputs.list`` (names NUL-separated, in order) rather than held:
    the driver keeps their number, their bytes and a digest of (name, size, modification time)."""

    path: Path
    count: int
    bytes: int
    digest: str

    @classmethod
    def write(cls, work: Path, names: Iterable[str]) -> Inputs:
        work.mkdir(parents=True, exist_ok=True)
        h = hashlib.blake2b(digest_size=16)
        count = total = 0
        with atomic_open(work / INPUTS, "wb") as fh, atomic_open(work / STATS, "wb") as stats:
            for f in names:
                size, mtime = _stat(f)
                h.update(f"{f}\0{size}\0{mtime}\n".encode("utf-8", "surrogateescape"))
                fh.write(os.fsencode(f) + b"\0")
                stats.write(_PAIR.pack(size, mtime))
                count += 1
                total += size
        return cls(work / INPUTS, count, total, h.hexdigest())

    def changed(self, limit: int) -> tuple[dict[str, list[int]], int]:
        """The files whose size or modification time is no longer what it was when they were listed (cut, grown or
        rewritten while the run read them, or between a killed run and this one's listing: then the key differed and
        nothing was kept), as the in-memory run names them (:meth:`cleaner.pipeline._Listed.changed`): the first
        ``limit`` by name, ``{name: [size listed, size now]}`` (``-1``: gone), and how many. One ``stat`` a file;
        the names are read from the list, not held."""
        named: list[tuple[str, list[int]]] = []
        n = 0
        with open(self.path.with_name(STATS), "rb") as stats:
            for name in self.names():
                size, mtime = _PAIR.unpack(stats.read(_PAIR.size))
                now, now_mtime = _stat(name)
                if (now, now_mtime) == (size, mtime) or now_mtime == mtime == -1:
                    continue
                n += 1
                named = heapq.nsmallest(limit, [*named, (name, [size, now if now_mtime != -1 else -1])])
        return dict(named), n

    def names(self) -> Iterator[str]:
        """The names, in order, read a block at a time."""
        rest = b""
        with open(self.path, "rb") as fh:
            while block := fh.read(1 << 20):
                *done, rest = (rest + block).split(b"\0")
                yield from map(os.fsdecode, done)

    def batches(self, size: int) -> Iterator[list[str]]:
        batch: list[str] = []
        for name in self.names():
            batch.append(name)
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch

    def chunksize(self, workers: int) -> int:
        """:func:`cleaner.execution.executor.file_chunksize` of the files."""
        step = max(1, self.count // 256)
        return file_chunksize(list(islice(self.names(), 0, None, step)), workers, count=self.count)


def work_key(inputs: Inputs, rules: Rules, params: DedupParams, read_options: Any) -> str:
    """What makes two runs' shards the same: the inputs as they are on disk, the rules, the parameters, the version."""
    h = hashlib.blake2b(digest_size=16)
    h.update(inputs.digest.encode())
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
    file_failed: Callable[[str, BaseException], Items]
    clean_stream: Callable[[list[str]], Iterable[tuple[Items, list[Sketch]]]] | None = None
    """Files → their items and sketches a piece at a time (:func:`cleaner.pipeline.clean_stream`): the task writes
    each piece as it comes (bounded memory, one large file too), else it holds the batch (``clean_batch``)."""


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
        "chars": pa.array([sk.chars for sk in sketches], pa.large_list(pa.uint32())),
        "char_positions": pa.array([sk.char_positions for sk in sketches], pa.large_list(pa.uint32())),
        "n_grams": pa.array([sk.n_grams for sk in sketches], pa.int64()),
        "figures": pa.array([sk.figures for sk in sketches], pa.large_list(pa.uint32())),
    })  # fmt: skip


def _lists(table: pa.Table, name: str) -> tuple[npt.NDArray[Any], list[int]]:
    """A list column as its values (numpy) and each row's start and end in them."""
    arr = table.column(name).combine_chunks()
    return arr.values.to_numpy(zero_copy_only=False), arr.offsets.to_numpy().tolist()


def _sketches_of(table: pa.Table) -> list[Sketch]:
    out: list[Sketch] = []
    cols = [table.column(c).to_pylist() for c in ("doc_id", "length", "n_shingles", "bands", "sampled")]
    (keys, ko), (ev, eo), (pos, po) = (_lists(table, c) for c in ("keys", "evidence", "positions"))
    if "chars" in table.column_names:  # (a work folder written before character evidence was kept: none)
        (ch, co), (cp, cpo) = _lists(table, "chars"), _lists(table, "char_positions")
        grams = table.column("n_grams").to_pylist()
    else:
        ch = cp = np.zeros(0, dtype=np.uint32)
        co = cpo = [0] * (table.num_rows + 1)
        grams = [0] * table.num_rows
    fig, fo = _lists(table, "figures") if "figures" in table.column_names else (ch[:0], [0] * (table.num_rows + 1))
    for i, (did, length, n_sh, nb, sampled) in enumerate(zip(*cols, strict=True)):
        k = keys[ko[i] : ko[i + 1]]
        out.append(
            Sketch(
                did, length, n_sh, k[:nb], k[nb:], ev[eo[i] : eo[i + 1]], pos[po[i] : po[i + 1]], sampled,
                ch[co[i] : co[i + 1]], cp[cpo[i] : cpo[i + 1]], grams[i], fig[fo[i] : fo[i + 1]],
            )
        )  # fmt: skip
    return out


Summary = dict[str, Any]
"""What the driver keeps of a clean shard: documents, rejects by reason, lines removed, raw records."""


def clean_shard(item: tuple[int, list[str]], stage: Stage) -> tuple[int, Summary | None]:
    """Stage 1 for one batch of files: its documents and sketches to ``WORK/clean-NNNNN.*.arrow``."""
    n, paths = item
    if stage.clean_stream is not None:
        return n, _write_clean_stream(Path(stage.work), n, stage.clean_stream(paths), stage.params)
    per_file, pack = stage.clean_batch(paths)
    items = [x for per in per_file for x in per]
    return n, _write_clean(Path(stage.work), n, items, unpack_sketches(pack), stage.params)


def _complete(docs: list[Document], sketches: list[Sketch], params: DedupParams) -> list[Sketch]:
    """Every distinct document's sketch: the worker's, and the ones it could not make (made here; an error is the
    run's, as in the in-memory collapse), so the grouping knows every text's keys."""
    have = {sk.doc_id for sk in sketches}
    jobs = list({str(d.id): d.text for d in docs if str(d.id) not in have}.items())
    return [*sketches, *(sk for batch in sketch_batches(jobs) for sk in sketch_batch(batch, params))]


def _write_clean(
    work: Path, n: int, items: list[Document | Reject], sketches: list[Sketch], params: DedupParams
) -> Summary:
    return _write_clean_stream(work, n, [(items, sketches)], params)


_SKETCH_SCHEMA = _sketch_table([]).schema
_REJECTS = ".rejects.jsonl"
"""A clean shard's rejects: ``clean-NNNNN.rejects.jsonl``, written before its documents file."""
_IDS_SCHEMA = pa.schema([("idh", pa.int64())])
_DOCS_SCHEMA = pa.schema([("idh", pa.int64()), ("doc", pa.large_binary())])


def _write_clean_stream(
    work: Path, n: int, pieces: Iterable[tuple[list[Document | Reject], list[Sketch]]], params: DedupParams
) -> Summary:
    """The clean shard ``n`` of the items and sketches of ``pieces``, written a piece at a time: the sketches, the ids
    and the rejects (``clean-NNNNN.rejects.jsonl``: their ``rejects.jsonl`` lines) as they come, the documents into
    an unnamed temporary file and then, with the summary in its metadata, into the documents file (last: the shard is
    whole). What is held is a piece and counts: the rejects were a list here and a pickle in the metadata, all held
    on the worker and again on the driver (≈ 730 MB for a file of 10⁶ rejected records, helper rejects29)."""
    rejected: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    records = RecordCount()
    documents = 0
    with tempfile.TemporaryFile(dir=work) as docs_tmp:
        with (
            atomic_open(work / f"clean-{n:05d}.sketch.arrow", "wb") as sk_fh,
            pa.ipc.new_file(sk_fh, _SKETCH_SCHEMA) as sk_out,
            atomic_open(work / f"clean-{n:05d}.ids.arrow", "wb") as ids_fh,
            pa.ipc.new_file(ids_fh, _IDS_SCHEMA) as ids_out,
            atomic_open(work / f"clean-{n:05d}{_REJECTS}", "wb") as rejects_out,
            pa.ipc.new_stream(docs_tmp, _DOCS_SCHEMA) as docs_out,
        ):
            for items, sketches in pieces:
                docs = [x for x in items if isinstance(x, Document)]
                for x in items:
                    if isinstance(x, Reject):
                        rejects_out.write(reject_line(x))
                        rejected[x.reason] += 1
                        records.add(x.path, x.record)
                for d in docs:
                    removed.update(d.removed)
                    records.add(d.sources[0].path, d.sources[0].record)
                documents += len(docs)
                sk_out.write_table(_sketch_table(_complete(docs, sketches, params)), max_chunksize=64)
                idh = pa.array([id_hash(str(d.id)) for d in docs], pa.int64())
                ids_out.write_table(pa.table({"idh": idh}), max_chunksize=64)  # what the driver reads: 8 bytes a doc
                blobs = pa.array([pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL) for d in docs], pa.large_binary())
                docs_out.write_table(pa.table({"idh": idh, "doc": blobs}), max_chunksize=64)
                del docs, items, sketches, idh, blobs
        summary = {"documents": documents, "rejects": dict(rejected), "removed": dict(removed),
                   "records": records.n}  # fmt: skip
        meta = {b"summary": json.dumps(summary)}
        docs_tmp.seek(0)
        with (
            pa.ipc.open_stream(docs_tmp) as docs_in,
            atomic_open(work / f"clean-{n:05d}.docs.arrow", "wb") as fh,  # last: the shard is whole
            pa.ipc.new_file(fh, _DOCS_SCHEMA.with_metadata(meta)) as writer,
        ):
            for batch in docs_in:
                writer.write_batch(batch)
    return summary


# --------------------------------------------------------------------------- stage 3: collapse (on the workers)


Task = tuple[int, list[tuple[int, I64]], I64, Stage]
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
    placed, counts = collapse_part((docs, at.tolist(), pack_sketches(list(sketches.values())), stage.params))
    lines = [json.dumps(s.to_json(), ensure_ascii=False, separators=(",", ":")) for _, s in placed]
    table = pa.table({
        "first": pa.array([p for p, _ in placed], pa.int64()),
        "line": pa.array([line.encode("utf-8", "surrogatepass") for line in lines], pa.large_binary()),
    })  # fmt: skip
    meta = {b"counts": json.dumps(counts), b"task": _task_name(n, at)}
    _write_ipc(work / f"stories-{n:05d}.arrow", table.replace_schema_metadata(meta), 8)  # merged: a batch per task
    return counts


# --------------------------------------------------------------------------- the driver


@dataclass(slots=True)
class StagedResult:
    summary: Summary
    """The clean shards' summaries, summed."""
    counts: dict[str, int]
    components: dict[str, int]
    redone: dict[str, int]
    """Shards made by this run (the rest were kept from a killed one), per stage (``group``: the key partitions and
    the join)."""
    shards: int
    tasks: int
    adopted: dict[str, int] = field(default_factory=lambda: {"clean": 0, "group": 0, "collapse": 0})
    """Shards a killed run had written but not recorded, recorded by this run rather than made again."""
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall seconds of the clean and collapse stages (grouping and the merge count as collapse)."""


def _clean_stage(ex: Executor, wd: WorkDir, batches: Iterator[list[str]], stage: Stage) -> int:
    """Clean the batches not finished yet; how many were made."""
    failed: dict[int, list[str]] = {}

    def on_error(item: tuple[int, list[str]], exc: BaseException) -> tuple[int, Summary | None]:
        failed[item[0]] = item[1]  # a file killed its worker: file by file, as the in-memory run does
        return item[0], None

    made = 0
    todo = ((n, batch) for n, batch in enumerate(batches) if not wd.finished("clean", str(n)))
    for n, summary in ex.map(Watched(partial(clean_shard, stage=stage)), todo, chunksize=1, on_error=on_error):
        if summary is None:
            summary = _clean_one_by_one(ex, wd, n, failed.pop(n), stage)
        wd.record("clean", str(n), summary)
        made += 1
    return made


def _clean_one_by_one(ex: Executor, wd: WorkDir, n: int, batch: list[str], stage: Stage) -> Summary:
    """The clean shard ``n`` of a batch whose task failed, made again a file per task: a file that kills its worker
    is a reject (``stage.file_failed``), the others are read again. The files are cleaned and sketched on the workers,
    not here: the driver sketched what the retry did not (loading the segmenter in the process that must stay small:
    a ``MemoryError`` and a crash under a 600 MB address limit, helper loss24)."""
    items: Items = []
    sketches: list[Sketch] = []
    for per, pack in ex.map(Watched(partial(_clean_file, stage=stage)), batch, chunksize=1, on_error=partial(
        _file_failed, stage=stage
    )):  # fmt: skip
        items.extend(per)
        sketches.extend(unpack_sketches(pack))
    have = {sk.doc_id for sk in sketches}
    jobs = list({str(d.id): d.text for d in items if isinstance(d, Document) and str(d.id) not in have}.items())
    for made in ex.map(partial(sketch_batch, params=stage.params), sketch_batches(jobs), chunksize=1):
        sketches.extend(made)
    return _write_clean(wd.root, n, items, sketches, stage.params)


def _clean_file(path: str, stage: Stage) -> tuple[Items, SketchPack]:
    """One file of a failed batch, on a worker: its items and their sketches (packed)."""
    per_file, pack = stage.clean_batch([path])
    return per_file[0], pack


def _file_failed(path: str, exc: BaseException, stage: Stage) -> tuple[Items, SketchPack]:
    return stage.file_failed(path, exc), pack_sketches([])


def _flat_keys(
    work: Path, n: int, params: DedupParams
) -> tuple[I64, I64, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """A clean shard's keys and, for each, the id hash of the text holding it and whether that text is short
    (:func:`cleaner.dedup.collapse.short_texts`) and brief (:func:`cleaner.dedup.collapse.brief_texts`)."""
    sk = _read_ipc(work / f"clean-{n:05d}.sketch.arrow").select(["idh", "keys", "n_shingles"])
    keys = sk.column("keys").combine_chunks()
    counts = pc.list_value_length(keys).to_numpy(zero_copy_only=False)
    flat = keys.flatten().to_numpy(zero_copy_only=False)
    n_sh = sk.column("n_shingles").to_numpy()
    short, brief = short_texts(n_sh, params), brief_texts(n_sh, params)
    return flat, np.repeat(sk.column("idh").to_numpy(), counts), np.repeat(short, counts), np.repeat(brief, counts)


def key_partition(item: tuple[int, int, str, int, DedupParams]) -> int:
    """The reduce of the grouping, for partition ``p`` of ``parts`` (keys ``k % parts == p``) of every clean shard:
    union-find over the texts sharing those keys; each text not its local component's root, and that root (id
    hashes), and the partition's crowded anchor-pair keys (:func:`crowded_anchors`: they relate nothing, so they
    connect nothing here, nor do idle ones: :func:`connecting_keys`), to ``WORK/edges-PPPPP.npz``; returns the
    number of edges. The union of every partition's edges connects what the keys can relate."""
    p, parts, work, shards, params = item
    keys: list[I64] = []
    owners: list[I64] = []
    shorts: list[npt.NDArray[np.bool_]] = []
    briefs: list[npt.NDArray[np.bool_]] = []
    for n in range(shards):
        flat, owner, short, brief = _flat_keys(Path(work), n, params)
        mine = np.mod(flat, parts) == p
        keys.append(flat[mine])
        owners.append(owner[mine])
        shorts.append(short[mine])
        briefs.append(brief[mine])
    a = b = crowded = np.zeros(0, dtype=np.int64)
    if keys:
        flat, owner, crowded = connecting_keys(
            np.concatenate(keys), np.concatenate(owners), np.concatenate(shorts), np.concatenate(briefs)
        )
        nodes, node_of = np.unique(owner, return_inverse=True)
        label = owned_labels(nodes.size, flat, node_of.reshape(-1))
        moved = label != np.arange(nodes.size)
        a, b = nodes[moved], nodes[label[moved]]
    with atomic_open(Path(work) / f"edges-{p:05d}.npz", "wb") as fh:
        np.savez(fh, a=a, b=b, crowded=crowded, parts=np.int64(parts))
    return int(a.size)


def _numbered_partition(item: tuple[int, int, str, int, DedupParams]) -> tuple[int, int]:
    return item[0], key_partition(item)


def plan_tasks(item: tuple[str, int, int, int]) -> dict[str, int]:
    """The end of the grouping, on a worker (what grows with the documents stays off the driver): each document's
    component, from the partitions' edges (:func:`key_partition`), and the collapse tasks (:func:`pack_tasks`)
    written as :class:`Tasks`; returns the number of components, the distinct texts in the largest and the number
    of tasks."""
    work, shards, parts, workers = item
    root = Path(work)
    idh_parts = [_read_ipc(root / f"clean-{n:05d}.ids.arrow").column("idh").to_numpy() for n in range(shards)]
    starts = np.cumsum([0, *(p.size for p in idh_parts)], dtype=np.int64)
    idh = np.concatenate(idh_parts) if idh_parts else np.zeros(0, dtype=np.int64)
    nodes, node_of_doc = np.unique(idh, return_inverse=True)
    label = np.arange(nodes.size, dtype=np.int64)
    crowded: list[I64] = []
    for p in range(parts):
        with np.load(root / f"edges-{p:05d}.npz") as z:
            a, b = np.searchsorted(nodes, z["a"]), np.searchsorted(nodes, z["b"])
            crowded.append(z["crowded"])
        label = union_edges(label, a, b)  # one partition at a time
    _save_crowded(root, np.sort(np.concatenate(crowded)) if crowded else np.zeros(0, dtype=np.int64))
    comp = label[node_of_doc.reshape(-1)]
    counts = np.bincount(label) if label.size else np.zeros(1, dtype=np.int64)
    tasks = pack_tasks(comp, task_size(comp.size, workers))
    Tasks.save(root, tasks, starts)
    return {"components": int(np.count_nonzero(counts)), "largest": int(counts.max()), "tasks": len(tasks)}


class Tasks:
    """The collapse tasks in the work folder: ``tasks.bin`` (every task's documents, input indices, int64, task
    after task), ``tasks.npy`` (where each task starts there) and ``starts.npy`` (each clean shard's first
    document). The driver reads a task at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.offsets = _load(root / "tasks.npy")
        self.starts = _load(root / "starts.npy")

    @staticmethod
    def save(root: Path, tasks: list[I64], starts: I64) -> None:
        with atomic_open(root / "tasks.bin", "wb") as fh:
            for t in tasks:
                fh.write(t.astype(np.int64).tobytes())
        for name, arr in (
            ("tasks.npy", np.cumsum([0, *(t.size for t in tasks)], dtype=np.int64)),
            ("starts.npy", starts),
        ):
            with atomic_open(root / name, "wb") as fh:
                np.save(fh, arr)

    def __len__(self) -> int:
        return int(self.offsets.size - 1)

    def __iter__(self) -> Iterator[I64]:
        with open(self.root / "tasks.bin", "rb") as fh:
            for n in range(len(self)):
                yield np.fromfile(fh, dtype=np.int64, count=int(self.offsets[n + 1] - self.offsets[n]))


def _load(path: Path) -> I64:
    with open(path, "rb") as fh:  # read, not mapped
        arr: I64 = np.load(fh)
    return arr


def _grouping(ex: Executor, wd: WorkDir, shards: int, params: DedupParams, res: StagedResult) -> Tasks:
    """The collapse tasks (keys partitioned on the workers, :func:`key_partition`, joined by :func:`plan_tasks` on
    one of them; each recorded in the manifest, so a rerun does neither again); ``res.components`` gets the number
    of components, the distinct texts in the largest and the number of tasks."""
    parts = max(1, 4 * ex.workers)
    group, plan = f"group:{parts}", f"plan:{parts}:{ex.workers}"
    res.adopted["group"] += _adopt_edges(wd, group, parts)
    items = [(p, parts, str(wd.root), shards, params) for p in range(parts) if not wd.finished(group, str(p))]
    for p, edges in ex.map(_numbered_partition, items, chunksize=1):
        wd.record(group, str(p), {"edges": edges})
        res.redone["group"] += 1
    if not wd.finished(plan, "tasks"):
        shape = next(iter(ex.map(plan_tasks, [(str(wd.root), shards, parts, ex.workers)], chunksize=1)))
        wd.record(plan, "tasks", shape)
        res.redone["group"] += 1
    res.components = {k: int(v) for k, v in wd.totals[plan].items()}
    return Tasks(wd.root)


def _metadata(path: Path) -> dict[bytes, bytes] | None:
    """A shard's metadata, or None when it is not there. A shard under its final name is whole: it was renamed
    into place once written."""
    try:
        with _reading(path) as reader:
            return dict(reader.schema.metadata or {})
    except (OSError, pa.ArrowInvalid):
        return None


def _adopt_clean(wd: WorkDir) -> int:
    """Record the clean shards a killed run finished but had not recorded yet (the pool hands results back in
    order, so a finished shard can wait behind a slower one): their documents file is written last, with the
    shard's summary, so when it is there the shard is whole. How many."""
    adopted = 0
    for path in sorted(wd.root.glob("clean-*.docs.arrow")):
        n = path.name.split("-")[1].split(".")[0]
        if not n.isdigit() or wd.finished("clean", str(int(n))):
            continue
        meta = _metadata(path)
        if meta is not None and b"summary" in meta:
            wd.record("clean", str(int(n)), json.loads(meta[b"summary"]))
            adopted += 1
    return adopted


def _adopt_edges(wd: WorkDir, stage: str, parts: int) -> int:
    """Record the key partitions a killed run wrote (for as many partitions) but had not recorded. How many."""
    adopted = 0
    for p in range(parts):
        path = wd.root / f"edges-{p:05d}.npz"
        if wd.finished(stage, str(p)) or not path.exists():
            continue
        try:
            with np.load(path) as z:
                if "parts" in z.files and int(z["parts"]) == parts:
                    wd.record(stage, str(p), {"edges": int(z["a"].size)})
                    adopted += 1
        except (OSError, ValueError):
            continue
    return adopted


def _adopt_stories(wd: WorkDir, names: list[str], done: list[bool]) -> int:
    """Record the collapse tasks a killed run wrote but had not recorded (their file names the task). How many."""
    adopted = 0
    for n, name in enumerate(names):
        if done[n]:
            continue
        meta = _metadata(wd.root / f"stories-{n:05d}.arrow")
        if meta is not None and meta.get(b"task") == name.encode() and b"counts" in meta:
            wd.record("collapse", name, json.loads(meta[b"counts"]))
            done[n] = True
            adopted += 1
    return adopted


_CROWDED = "crowded.npy"


def _save_crowded(work: Path, keys: I64) -> None:
    """The run's crowded anchor-pair keys, for every collapse task (written whole or not at all)."""
    with atomic_open(work / _CROWDED, "wb") as fh:
        np.save(fh, keys)


def _collapse_lines(ex: Executor, wd: WorkDir, tasks: Tasks, stage: Stage, res: StagedResult) -> Iterator[str]:
    """Run the collapse tasks not finished yet (each made as it is sent) and yield every task's story lines merged
    by first document, each as soon as no unfinished task can hold an earlier one (the tasks' first documents
    ascend: the stories of the tasks finished so far come out while the workers run the next). At the end, ``res``
    has the counts of every task and how many ran."""
    names, first = [], []
    for n, docs in enumerate(tasks):
        names.append(_task_name(n, docs))
        first.append(int(docs[0]))
    done = [wd.finished("collapse", name) for name in names]
    res.adopted["collapse"] += _adopt_stories(wd, names, done)
    # no story of task k or later starts before bounds[k]
    bounds = np.minimum.accumulate(np.array(first[::-1], dtype=np.int64))[::-1]
    merge = _Merge(wd.root)
    opened = 0

    def bound() -> int | None:
        nonlocal opened
        while opened < len(names) and done[opened]:  # a prefix of the tasks is merged: the first not finished bounds it
            merge.add(opened)
            opened += 1
        return int(bounds[opened]) if opened < len(names) else None

    todo = ((n, _where(docs, tasks.starts), docs, stage) for n, docs in enumerate(tasks) if not done[n])
    yield from merge.until(bound())
    for n, counts in ex.map(_numbered_collapse, todo, chunksize=1):
        wd.record("collapse", names[n], counts)
        done[n] = True
        res.redone["collapse"] += 1
        yield from merge.until(bound())
    yield from merge.until(bound())
    res.counts = {k: int(v) for k, v in wd.totals.get("collapse", {}).items()}


class _Merge:
    """The story lines of the tasks added so far, by first document (a heap of each task's next line)."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.heap: list[tuple[int, int, bytes]] = []
        self.files: dict[int, Iterator[tuple[int, bytes]]] = {}

    def add(self, n: int) -> None:
        self.files[n] = _task_lines(self.work / f"stories-{n:05d}.arrow")
        self._next(n)

    def _next(self, n: int) -> None:
        got = next(self.files[n], None)
        if got is None:
            del self.files[n]
        else:
            heapq.heappush(self.heap, (got[0], n, got[1]))

    def until(self, bound: int | None) -> Iterator[str]:
        """The lines whose first document is before ``bound`` (None: all)."""
        while self.heap and (bound is None or self.heap[0][0] < bound):
            _, n, line = heapq.heappop(self.heap)
            yield line.decode("utf-8", "surrogatepass")
            self._next(n)


def _task_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with _reading(path) as reader:
        for b in range(reader.num_record_batches):
            batch = reader.get_batch(b)
            yield from zip(batch.column(0).to_pylist(), batch.column(1).to_pylist(), strict=True)


def _numbered_collapse(task: Task) -> tuple[int, dict[str, int]]:
    return task[0], collapse_shard(task)


def _task_name(n: int, docs: I64) -> str:
    return f"{n}:{hashlib.blake2b(docs.tobytes(), digest_size=8).hexdigest()}"


def _where(docs: I64, starts: I64) -> list[tuple[int, I64]]:
    """Documents (input indices, ascending) as rows grouped by clean shard (``starts``: where each shard's
    documents start in the input order)."""
    shards = np.searchsorted(starts, docs, side="right") - 1
    rows = docs - starts[shards]
    cuts = np.flatnonzero(np.diff(shards)) + 1
    return [(int(s[0]), r) for s, r in zip(np.split(shards, cuts), np.split(rows, cuts), strict=True)]


def copy_rejects(work: Path, shards: int, out: IO[bytes]) -> None:
    """The clean shards' rejects, shard by shard, as ``rejects.jsonl`` lines into ``out``: their files' bytes copied
    (nothing parsed or held). A shard an earlier version wrote holds them pickled in its metadata."""
    for n in range(shards):
        path = work / f"clean-{n:05d}{_REJECTS}"
        if path.exists():
            copy_file(str(path), out)
            continue
        with _reading(work / f"clean-{n:05d}.docs.arrow") as reader:
            meta = reader.schema.metadata or {}
        for r in pickle.loads(meta.get(b"rejects", pickle.dumps([]))):
            out.write(reject_line(r))


def run_staged(ex: Executor, inputs: Inputs, work: Path, stage: Stage, key: str) -> tuple[StagedResult, Iterator[str]]:
    """Stages 1-2 over the ``inputs`` (listed in ``work``: :meth:`Inputs.write`) in ``work`` (``stage.work``),
    resuming what a killed run with the same ``key`` (:func:`work_key`) finished; and stages 3-4 as an iterator of
    the ``stories.jsonl`` lines in order: reading it runs the collapse tasks on ``ex`` (keep it open) and merges
    their stories as they finish; once it is read to the end, the result has the collapse's counts. Progress is
    the caller's."""
    chunk = inputs.chunksize(ex.workers)
    wd = WorkDir.open(work, f"{key}:{chunk}")
    t0 = time.perf_counter()
    shards = -(-inputs.count // chunk)
    res = StagedResult({}, {}, {}, {"clean": 0, "group": 0, "collapse": 0}, shards, 0)
    res.adopted["clean"] = _adopt_clean(wd)
    res.redone["clean"] = _clean_stage(ex, wd, inputs.batches(chunk), stage)
    t1 = time.perf_counter()
    res.seconds["clean"] = t1 - t0
    tasks = _grouping(ex, wd, shards, stage.params, res)
    res.summary, res.tasks = wd.totals.get("clean", {}), len(tasks)

    def lines() -> Iterator[str]:
        yield from _collapse_lines(ex, wd, tasks, stage, res)
        res.seconds["collapse"] = time.perf_counter() - t1  # grouping, collapse and the merge

    return res, lines()


def claim_work(work: Path) -> None:
    """Make ``work`` this run's work folder: a new or empty folder gets :data:`MARKER`; one with the marker (or
    the manifest of an earlier version) is one already; a folder with other files is refused, so that no file of
    the user's is ever deleted with the shards (``--work ~/data`` would otherwise lose ``~/data``)."""
    try:
        work.mkdir(parents=True, exist_ok=True)
        if (work / MARKER).exists() or (work / MANIFEST).exists():
            (work / MARKER).touch()
            return
        if any(work.iterdir()):
            raise UsageError(
                f"--work {work}: the folder holds files this tool did not write, and a work folder is deleted at "
                "the end of the run; give a new or empty folder"
            )
        (work / MARKER).touch()
    except OSError as exc:
        raise UsageError(f"--work {work}: {exc.strerror or exc}") from exc


def _own_files(work: Path) -> list[Path]:
    """The files of a work folder that a staged run writes (:data:`_OWN_FILES`)."""
    return [f for f in work.iterdir() if _OWN_FILES.fullmatch(f.name) and f.is_file() and not f.is_symlink()]


def remove_work(work: Path) -> None:
    """The work folder: its manifest first (a run killed while removing it leaves no manifest naming shards
    already gone: a rerun starts afresh), then the files a staged run writes, the marker, and the folder when
    nothing else is in it. Never another file: a folder without the marker is left as it is."""
    if not (work / MARKER).is_file():
        return
    (work / MANIFEST).unlink(missing_ok=True)
    for f in _own_files(work):
        f.unlink(missing_ok=True)
    (work / MARKER).unlink(missing_ok=True)
    try:
        work.rmdir()
    except OSError:  # something else is in it (the user's): left
        pass
