"""The pipeline: the one place where the stages are wired together.

    files ──read──► raw documents ──clean / extract──► documents ──collapse──► stories
      │                 │                                  │
      └──────────────── rejects (with a reason) ◄──────────┘

Per-file work (:func:`process_file`) is pure and picklable, so an executor can
map it over a process pool or a cluster; results come back in input order and
everything after it is deterministic, so output never depends on the number of
workers.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaner.dedup import CollapseResult, DedupIndex, DedupParams, Sketch, collapse, sketch_batch
from cleaner.dedup.signature import SketchPack, pack_sketches, sketch_batches, unpack_sketches
from cleaner.document import Document, Reject

if TYPE_CHECKING:
    from cleaner.crawler import FetchOptions
from cleaner.errors import UsageError
from cleaner.executor import Executor, file_chunksize, make_executor
from cleaner.output import write_json, write_jsonl
from cleaner.readers import list_dump_names, read_file
from cleaner.rules import Rules, default_rules
from cleaner.textclean import clean_dump

__all__ = ["MAX_LINE_CHARS", "Report", "RunResult", "prepare", "process", "process_file", "run"]

MAX_LINE_CHARS = 1_000_000
"""A text dump line longer than this is not prose (minified code, base64, a broken export)."""

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``."""


@dataclass(slots=True)
class Report:
    files: int = 0
    records: int = 0
    documents: int = 0
    stories: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    rejects: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    workers: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["rejects"] = dict(sorted(self.rejects.items()))
        out["removed"] = dict(sorted(self.removed.items(), key=lambda kv: (-kv[1], kv[0])))
        out["duplicates_merged"] = self.exact_duplicates + self.near_duplicates
        out["seconds"] = round(self.seconds, 3)
        extra = out.pop("extra")
        out.update(extra)
        return out


@dataclass(slots=True)
class RunResult:
    stories: list[Document]
    rejects: list[Reject]
    report: Report
    updates: list[Document] = field(default_factory=list)
    """Stories of an earlier run whose canonical text was replaced by a more complete copy."""


def prepare(raw: Document, rules: Rules | None = None) -> list[Document | Reject]:
    """A raw document from a reader → clean documents (several for glued pages) or rejects."""
    rules = rules or default_rules()
    src = raw.sources[0] if raw.sources else None
    path = src.path if src else "<input>"
    record = src.record if src else 0
    if raw.format == "html":
        from cleaner.extraction import extract_html

        doc = extract_html(raw.text, url=raw.url, encoding=raw.encoding, rules=rules)
        if not doc.text.strip():
            return [Reject(path, "empty_after_extraction", raw.url or "", record=record)]
        # The extracted lines may still glue pages or hold an aggregator: same cleaner as text dumps.
        return clean_dump(
            doc.text,
            source=src,
            rules=rules,
            url=raw.url or doc.url,
            title=doc.title or raw.title,
            meta=doc.meta,
            one_page=True,
        )
    if len(raw.text) > MAX_LINE_CHARS:  # only then can a line be too long: no extra split on every dump
        longest = max(len(line) for line in raw.text.split("\n"))
        if longest > MAX_LINE_CHARS:
            return [Reject(path, "line_too_long", f"a line of {longest} characters", record=record)]
    return clean_dump(raw.text, source=src, rules=rules, url=raw.url, title=raw.title or None, meta=raw.meta)


def process_file(path: str, rules: Rules | None = None) -> list[Document | Reject]:
    """Read and clean one dump file. Pure: no shared state, never raises for bad content."""
    out: list[Document | Reject] = []
    for item in read_file(path):
        if isinstance(item, Reject):
            out.append(item)
            continue
        try:
            out.extend(prepare(item, rules))
        except Exception as exc:
            src = item.sources[0] if item.sources else None
            out.append(
                Reject(path, "internal_error", f"{type(exc).__name__}: {exc}"[:300], record=src.record if src else None)
            )
    return out


def _worker_failed(path: str, exc: BaseException) -> list[Document | Reject]:
    """A file whose worker died under it (a crash in a C extension, the OOM killer): a reject, not a crash."""
    return [Reject(path, "worker_failed", f"{type(exc).__name__}: {exc}"[:300])]


Cleaned = tuple[list[list[Document | Reject]], SketchPack]
"""What :func:`process_files` gives for a batch of files: each file's documents and rejects, and the sketches
(packed: :func:`cleaner.dedup.signature.unpack_sketches`)."""

def process_files(paths: list[str], rules: Rules | None = None, params: DedupParams | None = None) -> Cleaned:
    """:func:`process_file` for each of ``paths``, and the dedup sketch of each distinct document, in the same
    worker: the texts are already there, so they are not shipped out a second time for the sketch map.
    Pure. A sketch that fails is left out (the collapse then makes it itself, and reports what went wrong)."""
    per_file = [process_file(p, rules) for p in paths]
    seen: set[str] = set()
    jobs: list[tuple[str, str]] = []
    for items in per_file:
        for item in items:
            if isinstance(item, Document) and item.id and item.id not in seen:
                seen.add(item.id)
                jobs.append((item.id, item.text))
    sketches: list[Sketch] = []
    params = params or DedupParams()
    for batch in sketch_batches(jobs):
        try:
            sketches.extend(sketch_batch(batch, params))
        except Exception:  # the collapse sketches these again, and reports the error there
            pass
    return per_file, pack_sketches(sketches)


def _batch_failed(batch: list[str], exc: BaseException) -> Cleaned | None:
    return None  # its files are run again one by one (only a file that kills its worker becomes a reject)


def process(
    inputs: Iterable[str | Path],
    *,
    rules: Rules | None = None,
    workers: int | None = 1,
    executor: Executor | None = None,
    progress: Progress | None = None,
    params: DedupParams | None = None,
    index: DedupIndex | None = None,
) -> RunResult:
    """Read, clean and collapse everything under ``inputs``; nothing is written.

    ``index`` is the dedup state (default: a fresh in-memory one); stories it
    already holds are not emitted again: their new copies are recorded against them.
    """
    t0 = time.perf_counter()
    paths = [Path(p) for p in inputs]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    own = executor is None
    ex = executor or make_executor(workers)
    docs: list[Document] = []
    rejects: list[Reject] = []
    removed: Counter[str] = Counter()
    raw_records: set[tuple[str, int | None]] = set()
    collapsed: CollapseResult
    try:
        start = getattr(ex, "start", None)
        if callable(start):  # workers start while the files are listed and the rules load
            start()
        rules = rules or default_rules()
        files = list_dump_names(paths)
        report = Report(files=len(files), workers=ex.workers)
        chunk = file_chunksize(files, ex.workers)
        batches = [files[i : i + chunk] for i in range(0, len(files), chunk)]
        job = partial(process_files, rules=rules, params=params)
        results: list[list[list[Document | Reject]]] = []
        sketches: dict[str, Sketch] = {}
        failed: list[int] = []
        done = 0
        for n, out in enumerate(ex.map(job, batches, chunksize=1, on_error=_batch_failed)):
            if out is None:
                failed.append(n)
                results.append([])
            else:
                results.append(out[0])
                sketches.update((sk.doc_id, sk) for sk in unpack_sketches(out[1]))
            done += len(batches[n])
            if progress is not None:
                progress("clean", done, len(files))
        for n in failed:  # a batch whose worker died: each file on its own (no sketches: the collapse makes them)
            one = partial(process_file, rules=rules)
            results[n] = list(ex.map(one, batches[n], chunksize=1, on_error=_worker_failed))
        for per_file in results:
            for items in per_file:
                for item in items:
                    if isinstance(item, Reject):
                        rejects.append(item)
                        raw_records.add((item.path, item.record))
                    else:
                        docs.append(item)
                        removed.update(item.removed)
                        src = item.sources[0]
                        raw_records.add((src.path, src.record))
        del results
        collapsed = collapse(docs, params=params, executor=ex, index=index, sketches=sketches)
    finally:
        if own:
            ex.close()
    stories = collapsed.stories
    report.records = len(raw_records)
    report.documents = len(docs)
    report.stories = len(stories)
    report.exact_duplicates = collapsed.exact_duplicates
    report.near_duplicates = collapsed.near_duplicates
    report.extra["dedup"] = collapsed.counts()
    report.rejects = dict(Counter(r.reason for r in rejects))
    report.removed = dict(removed)
    report.seconds = time.perf_counter() - t0
    return RunResult(stories, rejects, report, collapsed.updates)


def run(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    rules: Rules | None = None,
    workers: int | None = 1,
    executor: Executor | None = None,
    progress: Progress | None = None,
    params: DedupParams | None = None,
    state: str | Path | None = None,
    store_text: bool = False,
    urls: Iterable[str] | None = None,
    fetch_options: FetchOptions | None = None,
) -> Report:
    """The job behind ``cleaner run``: writes ``stories.jsonl``, ``rejects.jsonl`` and ``report.json``.

    Each file is written atomically; ``report.json`` is written last. With ``state`` (a SQLite file, or a
    ``redis://`` URL) the run dedups against earlier runs and also writes ``updates.jsonl``; see
    :mod:`cleaner.state.nightly`. ``store_text`` keeps canonical texts in the state.

    With ``urls``, the pages are first fetched (resumably) into ``OUT/dumps`` as WARC, which then
    joins ``inputs``: fetch → extract → collapse in one go.
    """
    if urls is not None:
        from cleaner.crawler import fetch

        dumps = Path(out_dir) / "dumps"
        fetch(urls, dumps, options=fetch_options)
        inputs = [*inputs, dumps]
    if state is not None:
        from cleaner.state.nightly import run_with_state

        return run_with_state(
            inputs, out_dir, state, rules=rules, workers=workers, executor=executor, progress=progress,
            params=params, store_text=store_text,
        )  # fmt: skip
    t0 = time.perf_counter()
    result = process(inputs, rules=rules, workers=workers, executor=executor, progress=progress, params=params)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "stories.jsonl", (s.to_json() for s in result.stories))
    write_jsonl(out / "rejects.jsonl", (r.to_json() for r in result.rejects))
    result.report.seconds = time.perf_counter() - t0
    write_json(out / "report.json", result.report.to_json())
    return result.report
