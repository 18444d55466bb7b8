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

import fnmatch
import html
import json
import os
import pickle
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from functools import partial
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaner.dedup import CollapseResult, DedupIndex, DedupParams, Sketch, collapse, sketch_batch
from cleaner.dedup.runtime import lean
from cleaner.dedup.signature import SketchPack, pack_sketches, sketch_batches, unpack_sketches
from cleaner.document import Document, Reject

if TYPE_CHECKING:
    from cleaner.crawler import FetchOptions
from cleaner import audit
from cleaner._version import __version__
from cleaner.errors import UsageError
from cleaner.execution.executor import (
    DEFAULT_TIME_LIMIT,
    Executor,
    LocalExecutor,
    PieceCrashed,
    SerialExecutor,
    TimeLimitExceeded,
    Watched,
    close_executor,
    default_workers,
    file_chunksize,
    make_executor,
    reading_started,
    unit_done,
    unit_started,
)
from cleaner.input.base import TRUNCATED
from cleaner.input.extent import extent
from cleaner.input.readers import ReadOptions, as_paths, from_stdin, iter_dump_names, read_file, stdin_inputs
from cleaner.output import (
    BATCH_FOLDERS,
    FORMATS,
    atomic_open,
    claim_out_dir,
    is_output_dir,
    output_name,
    write_json,
    write_records,
)
from cleaner.rejectfile import BatchRejects, RecordCount, RejectSpool, SpooledRejects
from cleaner.rules import Rules, default_rules, timed
from cleaner.text.dumpparts import PageJoin, is_part, page_pieces
from cleaner.text.textclean import MAX_LINE_CHARS, MAX_PAGE_CHARS, clean_dump

__all__ = [
    "MAX_LINE_CHARS",
    "MAX_PAGE_CHARS",
    "VOLATILE",
    "Report",
    "RunOptions",
    "RunResult",
    "check_inputs",
    "list_inputs",
    "prepare",
    "process",
    "process_file",
    "run",
    "select_files",
    "unhealthy",
]

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; stages in order: ``clean`` (read, clean, sketch), ``collapse``, ``state`` (with a
state), ``write``. A stage reports ``(stage, 0, total)`` when it starts and ``(stage, total, total)`` when it ends."""


GROUPINGS = ("auto", "memory", "components")
COMPONENT_MIN_DOCS = 5000
"""``grouping="auto"`` collapses per component (on the workers) from this many documents on, with a pool."""

VOLATILE = ("seconds", "stage_seconds", "started_at", "finished_at")
"""Keys of ``report.json`` that differ between two runs of the same inputs (clock readings)."""


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
    input_bytes: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    """Wall seconds per stage (clean, collapse, state, write); ``seconds`` is the whole run, executor start-up
    included."""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["stage_seconds"] = {k: round(v, 3) for k, v in self.stage_seconds.items()}
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
    rejects: Sequence[Reject]
    """Every reject, in order: a :class:`~cleaner.rejectfile.SpooledRejects` (read from a temporary file as it is
    iterated or indexed, 8 bytes a reject in memory; ``list(result.rejects)`` for a list)."""
    report: Report
    updates: list[Document] = field(default_factory=list)
    """Stories of an earlier run whose canonical text was replaced by a more complete copy."""
    audit: list[dict[str, Any]] | None = None
    """With ``audit_trail``: one record per document, story and reject (:mod:`cleaner.audit`)."""


def prepare(raw: Document, rules: Rules | None = None) -> list[Document | Reject]:
    """A raw document from a reader → clean documents (several for glued pages) or rejects."""
    rules = rules or default_rules()
    src = raw.sources[0] if raw.sources else None
    path = src.path if src else "<input>"
    record = src.record if src else 0
    if raw.format == "html":
        from cleaner.extraction import CUT, extract_html

        with audit.notes() as decisions:
            doc = extract_html(raw.text, url=raw.url, encoding=raw.encoding, rules=rules)
        if not doc.text.strip():
            why = doc.meta.get("extraction") or "no main text found in the page"
            detail = f"{raw.url}: {why}" if raw.url else why  # (a detail always: an empty one says nothing)
            # (a 10 MB page of links before its article: the part read held no text, the rest was not read)
            reason = "page_too_long" if CUT in doc.removed else "empty_after_extraction"
            return _too_deep(raw, rules) or [Reject(path, reason, detail, record=record)]
        # The extracted lines may still glue pages or hold an aggregator: same cleaner as text dumps.
        items = clean_dump(
            doc.text,
            source=src,
            rules=rules,
            url=raw.url or doc.url,
            title=doc.title or raw.title,
            meta={**raw.meta, **doc.meta},
            one_page=True,
        )
        if decisions:
            for item in items:
                if isinstance(item, Document) and item.audit is not None:
                    item.audit["extraction"] = decisions
        return items
    # (a line over MAX_LINE_CHARS, a page over MAX_PAGE_CHARS after cleaning: rejects of clean_dump)
    meta = {k: v for k, v in raw.meta.items() if k != TRUNCATED}
    items = clean_dump(raw.text, source=src, rules=rules, url=raw.url, title=raw.title or None, meta=meta)
    cut = raw.meta.get(TRUNCATED)
    return items if cut is None else _cut_last_page(items, cut, path, record)


def _cut_last_page(items: list[Document | Reject], cut: str, path: str, record: int) -> list[Document | Reject]:
    """``items`` of a dump cut short inside its compressed stream (``cut``: ``"reason: detail"``,
    :data:`~cleaner.input.base.TRUNCATED`) with its last page, the one the cut falls in, made the reject of the cut:
    the pages before it ended whole."""
    reason, _, detail = cut.partition(": ")
    last = items[-1]
    segment = last.segment if isinstance(last, Reject) else last.sources[0].segment
    kept = len({item.segment if isinstance(item, Reject) else item.sources[0].segment for item in items[:-1]})
    detail = f"{detail}; the file is cut inside this page, which is not read (the {kept} pages before it are)"
    return [*items[:-1], Reject(path, reason, detail, record=record, segment=segment)]


_OPEN_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*?(/?)>")
_TAGS = re.compile(r"<[^<>]*>")
_LINE_BREAKS = re.compile(r"\n\s*")
"""A line break and the white space after it (a run of tags taken out: 5,000,000 filled the part of a page read)."""
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b", re.I)
_INVISIBLE_END = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "noscript", "template")}


def _without_invisible(page: str) -> str:
    r"""``page`` without its closed scripts, stylesheets, ``<noscript>`` and ``<template>`` elements: what
    ``re.sub(r"<(script|style|noscript|template)\b.*?</\1\s*>", "", page, flags=re.I | re.S)`` gives, in linear
    time (that pattern searched to the end of the page from every unclosed one: 50,000 unclosed ``<template>`` in
    1.2 MB hung). Once a name has no closing tag after one element, none after a later one (they are kept as the
    pattern keeps them)."""
    parts: list[str] = []
    at = 0
    unclosed: set[str] = set()
    for m in _INVISIBLE.finditer(page):
        if m.start() < at:
            continue
        name = m.group(1).lower()
        if name in unclosed:
            continue
        end = _INVISIBLE_END[name].search(page, m.end())
        if end is None:
            unclosed.add(name)
            continue
        parts.append(page[at : m.start()])
        at = end.end()
    parts.append(page[at:])
    return "".join(parts)


_VOID = frozenset("area base br col embed hr img input link meta param source track wbr p li dt dd td th tr".split())


def _nesting(html: str) -> int:
    """How deep the tags of ``html`` nest (void and self-closed tags not counted)."""
    depth = deepest = 0
    for m in _OPEN_TAG.finditer(html):
        if m.group(3) or m.group(2).lower() in _VOID:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _too_deep(raw: Document, rules: Rules) -> list[Document | Reject] | None:
    """A page that came out empty because it nests deeper than the extraction walk goes: its visible text,
    cleaned as a text dump, or a reject that says so. None for a page that is not that deep."""
    from selectolax.lexbor import LexborHTMLParser

    from cleaner.extraction import MAX_CHARS, MAX_NESTING
    from cleaner.extraction.dom import MAX_DEPTH

    depth = _nesting(raw.text)
    if depth < MAX_DEPTH:
        return None
    src = raw.sources[0] if raw.sources else None
    if depth <= MAX_NESTING:
        tree = LexborHTMLParser(raw.text)
        for node in tree.css("script, style, noscript, template"):
            node.decompose()
        text = tree.body.text(separator="\n", strip=True) if tree.body is not None else ""
    else:  # the parser's work grows with the square of the depth: strip the tags instead, then cut (the page's
        # first MAX_CHARS characters held 200,000 unclosed links, and the start of one, "<a h", was read as its text)
        text = html.unescape(_LINE_BREAKS.sub("\n", _TAGS.sub("\n", _without_invisible(raw.text)))[:MAX_CHARS])
    if not text.strip():
        detail = f"nested {depth} levels deep (extraction stops at {MAX_DEPTH}) and no text {raw.url or ''}"
        return [Reject(src.path if src else "<input>", "too_deep", detail.strip(), record=src.record if src else 0)]
    meta = {**raw.meta, "extraction": f"too deep ({depth} levels): visible text"}
    return clean_dump(text, source=src, rules=rules, url=raw.url, title=raw.title or None, meta=meta, one_page=True)


TIMEOUT_KEY = "rule_timeout:"
"""In ``Document.removed``: calls of a user rule that timed out while cleaning the file (:mod:`cleaner.rules.timed`);
``report.json`` lists them under ``rule_timeouts``, not ``removed``."""


def _note_timeouts(items: list[Document | Reject], timeouts: dict[str, int]) -> None:
    """Put the file's rule time-outs on its first document (or in its first reject's detail)."""
    doc = next((d for d in items if isinstance(d, Document)), None)
    if doc is not None:
        doc.removed = {**doc.removed, **{TIMEOUT_KEY + k: v for k, v in timeouts.items()}}
        return
    rej = next((r for r in items if isinstance(r, Reject)), None)
    if rej is not None:
        rej.detail = f"{rej.detail} (rule {', '.join(sorted(timeouts))} timed out)".strip()


def process_file(
    path: str, rules: Rules | None = None, read_options: ReadOptions | None = None, audit_trail: bool = False
) -> list[Document | Reject]:
    """Read and clean one dump file. Pure: no shared state, never raises for bad content. ``audit_trail``: each
    document carries what cleaning cut in ``doc.audit`` (:mod:`cleaner.audit`)."""
    timed.reset()
    timed.take_timeouts()
    with audit.recording(audit_trail):
        out = _process_file(path, rules, read_options)
    timeouts = timed.take_timeouts()
    if timeouts:
        _note_timeouts(out, timeouts)
    return out


def _process_file(path: str, rules: Rules | None, read_options: ReadOptions | None) -> list[Document | Reject]:
    return list(_iter_file(path, rules, read_options))


def _iter_file(path: str, rules: Rules | None, read_options: ReadOptions | None) -> Iterator[Document | Reject]:
    """:func:`_process_file` an item at a time (a record, a page of a dump over the budget at a time)."""
    out: list[Document | Reject] = []
    join: PageJoin | None = None  # (a text dump over the byte budget comes in parts: joined at page starts)
    segments = 0
    for item in _read_guarded(path, read_options):
        if isinstance(item, Reject):
            yield item
            continue
        if is_part(item):
            join = join or PageJoin(rules or default_rules(), (read_options or ReadOptions()).max_bytes // 2)
            for raw in join.feed(item):
                segments = yield from _numbered(path, _pieces_of(raw, rules), rules, out, segments)
        elif (pieces := page_pieces(item, rules or default_rules())) is not None:
            yield from _numbered(path, pieces, rules, out, 0)
        else:
            _prepared(path, item, rules, out)
        yield from out
        out.clear()
    if join is not None:
        for raw in join.end():
            segments = yield from _numbered(path, _pieces_of(raw, rules), rules, out, segments)


def _pieces_of(raw: Document | Reject, rules: Rules | None) -> Iterable[Document | Reject]:
    """``raw`` (a raw document of a dump's parts joined, or its ``too_large`` reject) as the pieces it is cleaned in
    (:func:`page_pieces`)."""
    pieces = page_pieces(raw, rules or default_rules()) if isinstance(raw, Document) else None
    return [raw] if pieces is None else pieces


def _numbered(
    path: str, pieces: Iterable[Document | Reject], rules: Rules | None, out: list[Document | Reject], first: int
) -> Generator[Document | Reject, None, int]:
    """:func:`_prepared` of each of ``pieces`` (pages numbered on from ``first``), its items yielded before the next
    piece is cleaned (the memory a dump costs is a piece's, not the dump's: :func:`page_pieces`); the number after
    the last page."""
    for piece in pieces:
        first = _prepared(path, piece, rules, out, first)
        yield from out
        out.clear()
    return first


def _read_guarded(path: str, read_options: ReadOptions | None) -> Iterator[Document | Reject]:
    """:func:`read_file`, where an error the reader does not catch itself (a ``MemoryError`` the byte budget did not
    prevent) ends the file with an ``internal_error`` reject for the records from there on: the ones read before
    stay. It failed the worker's whole batch, then the file again alone, and every record of it was lost."""
    items = read_file(path, read_options)
    following: int | None = None  # (the number of the record after the last one read)
    for n in count():
        try:
            reading_started(f"{path}\0read\0{n}")  # (a worker that dies in the reader: see PieceCrashed)
            item = next(items)
        except StopIteration:
            return
        except TimeLimitExceeded:
            raise
        except PieceCrashed:  # (the reader killed its worker here before: the records before stay)
            rest = "the file is not read" if following is None else f"records from {following} on are not read"
            detail = f"reading the file: {PieceCrashed('')}; {rest}"
            yield Reject(path, "worker_failed", detail, record=following)
            return
        except Exception as exc:
            rest = "the file is not read" if following is None else f"records from {following} on are not read"
            yield Reject(path, "internal_error", f"{type(exc).__name__}: {exc}"[:200] + f"; {rest}", record=following)
            return
        finally:
            unit_done()
        record = item.record if isinstance(item, Reject) else item.sources[0].record if item.sources else None
        if record is not None:
            following = record + 1
        yield item


STREAM_ROWS = 2000
"""Documents (or rejects) a staged clean task holds at once (:func:`clean_stream`)."""
STREAM_CHARS = 16 << 20
"""Characters of documents a staged clean task holds at once (:func:`clean_stream`)."""


def clean_stream(
    paths: list[str],
    rules: Rules | None = None,
    params: DedupParams | None = None,
    read_options: ReadOptions | None = None,
    rows: int = STREAM_ROWS,
    sketch: bool = True,
) -> Iterator[tuple[list[Document | Reject], list[Sketch]]]:
    """:func:`process_files` of a batch of files a piece at a time: the items of the files in order, in pieces of
    at most ``rows`` items (or :data:`STREAM_CHARS` characters), each with the sketches of its documents not seen
    in an earlier piece. A staged clean task writes them as they come: one JSONL file of 120,000 records was one task
    that held every document and sketch (≥ 1.25 GB; helper hostile22). The items and sketches are those of
    :func:`process_files`; a file's rule time-outs are noted on the first document of its last piece. Without
    ``sketch``, no sketches (empty lists): the caller's collapse makes them (:func:`_clean_all` in process)."""
    params = params or DedupParams()
    seen: set[str] = set()
    with lean():
        piece: list[Document | Reject] = []
        chars = 0
        for path in paths:
            timed.reset()
            timed.take_timeouts()
            start = len(piece)  # (where the file's items start in the piece)
            for item in _iter_file(path, rules, read_options):
                piece.append(item)
                chars += len(item.text) if isinstance(item, Document) else 0
                if len(piece) >= rows or chars >= STREAM_CHARS:
                    if timeouts := timed.take_timeouts():
                        _note_timeouts(piece[start:], timeouts)
                    yield piece, _piece_sketches(piece, seen, params) if sketch else []
                    piece, chars, start = [], 0, 0
            if timeouts := timed.take_timeouts():
                _note_timeouts(piece[start:], timeouts)
        if piece:
            yield piece, _piece_sketches(piece, seen, params) if sketch else []


def _piece_sketches(
    piece: list[Document | Reject], seen: set[str], params: DedupParams, crashed: set[str] | None = None
) -> list[Sketch]:
    """The sketches of the documents of ``piece`` whose id is not in ``seen`` (added), in order; a batch whose sketch
    fails is left out (the collapse sketches those again, and reports the error there). The ids of documents whose
    sketch killed its worker (:func:`_sketched`) are added to ``crashed``; without it, each such document becomes a
    ``worker_failed`` reject in ``piece``, in its place."""
    jobs: list[tuple[str, str]] = []
    for item in piece:
        if isinstance(item, Document) and item.id and item.id not in seen:
            seen.add(item.id)
            jobs.append((item.id, item.text))
    sketches: list[Sketch] = []
    dead: set[str] = set() if crashed is None else crashed
    for batch in sketch_batches(jobs):
        sketches.extend(_sketched(batch, params, dead))
    if dead and crashed is None:
        _sketch_crashed(piece, dead)
    return sketches


SKETCH_CRASHED = (
    "sketching this page's text for the near-duplicate search: the worker process died (a crash in native code, "
    "os._exit, the out-of-memory killer); the page was skipped, the rest of its file read"
)


def _sketched(batch: list[tuple[str, str]], params: DedupParams, crashed: set[str]) -> list[Sketch]:
    """:func:`sketch_batch` of ``batch``, each step marked as a piece of work with no time limit
    (:func:`unit_started`), as the pages and the reader are: a batch whose sketch killed its worker (a crash in the
    segmenter's native code, the out-of-memory killer) is sketched again a text at a time, and a text that kills its
    worker again is added to ``crashed`` (helper hostile26: the death was outside any marked step, so the pool failed
    the whole item: every page of the batch's files, and in memory the collapse sketching the text again killed the
    whole run)."""
    try:
        unit_started("sketch\0" + "\0".join(did for did, _ in batch), -1)
        return sketch_batch(batch, params)
    except PieceCrashed:  # (this batch killed its worker before: a text at a time)
        pass
    except Exception:  # the collapse sketches these again, and reports the error there
        return []
    finally:
        unit_done()
    out: list[Sketch] = []
    for job in batch:
        try:
            unit_started(f"sketch\0{job[0]}", -1)
            out.extend(sketch_batch([job], params))
        except PieceCrashed:
            crashed.add(job[0])
        except Exception:
            pass
        finally:
            unit_done()
    return out


def _sketch_crashed(items: list[Document | Reject], crashed: set[str]) -> None:
    """Each document of ``items`` whose id is in ``crashed`` replaced by its ``worker_failed`` reject."""
    for n, item in enumerate(items):
        if isinstance(item, Document) and item.id in crashed:
            src = item.sources[0] if item.sources else None
            path = src.path if src else "<input>"
            record, segment = (src.record, src.segment) if src else (None, None)
            items[n] = Reject(path, "worker_failed", SKETCH_CRASHED, record=record, segment=segment)


_KEPT = re.compile(r"\(the (\d+) pages(?= before it are\)$)")


def _prepared(
    path: str, item: Document | Reject, rules: Rules | None, out: list[Document | Reject], first: int | None = None
) -> int:
    """:func:`prepare` ``item`` (a reject: as it is) into ``out``. ``first``: for a part of a dump over the budget, the
    number of its first page (after the pages of the parts before it); the next part's first page number."""
    if isinstance(item, Reject):  # (a page too large of a dump in parts: numbered as the page it is)
        out.append(item)
        if first is None or item.segment is not None:
            return first or 0
        item.segment = first
        return first + 1
    src = item.sources[0] if item.sources else None
    record = src.record if src else None
    path = src.path if src else path  # (a member of an archive: its own name, its own clock)
    at = len(out)
    try:
        # the page's clock (executor time limit); a piece of a dump's pages has its own, keyed by its first page
        unit_started(f"{path}\0{record}" if first is None else f"{path}\0{record}\0{first}", len(item.text))
        out.extend(prepare(item, rules))
    except TimeLimitExceeded as exc:  # (its worker was killed on the first try: the page is not run again)
        detail = f"extraction and cleaning took {exc} (--time-limit); the page was stopped"
        out.append(Reject(path, "timeout", detail, record=record, segment=first))
    except PieceCrashed as exc:  # (it killed its worker on the first try: the rest of the file is read without it)
        detail = f"extraction and cleaning of this page: {exc}; the page was skipped, the rest of its file read"
        out.append(Reject(path, "worker_failed", detail, record=record, segment=first))
    except Exception as exc:
        out.append(Reject(path, "internal_error", f"{type(exc).__name__}: {exc}"[:300], record=record, segment=first))
    finally:
        unit_done()
    if first is None:
        return 0
    following = first
    for new in out[at:]:
        if isinstance(new, Reject):
            if new.segment is None or new.reason in ("timeout", "internal_error"):
                following = max(following, (new.segment or first) + 1)
                continue
            new.segment += first
            following = max(following, new.segment + 1)
            if new.detail.endswith(" pages before it are)"):  # (a cut dump: count the pages of the parts before)
                new.detail = _KEPT.sub(lambda m: f"(the {int(m.group(1)) + first} pages", new.detail)
        else:
            new.sources[0].segment += first
            following = max(following, new.sources[0].segment + 1)
    return following


def select_files(files: list[str], include: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[str]:
    """The files whose path matches one of ``include`` (all when empty) and none of ``exclude``. A pattern
    matches the whole path (``fnmatch``: ``*`` crosses folders, ``news/*.html``) or the file's name
    (``*.html``)."""
    if not include and not exclude:
        return files
    return list(selected(files, include, exclude))


def selected(files: Iterable[str], include: Sequence[str] = (), exclude: Sequence[str] = ()) -> Iterator[str]:
    """:func:`select_files`, one name at a time."""

    def hit(name: str, patterns: Sequence[str]) -> bool:
        base = os.path.basename(name)
        return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(base, p) for p in patterns)

    if not include and not exclude:
        yield from files
        return
    yield from (f for f in files if (not include or hit(f, include)) and not hit(f, exclude))


MAX_CHANGED = 100
"""Files changed while read named in ``report.json`` (``inputs_changed``; ``inputs_changed_count`` counts all)."""


def _sizes(files: Iterable[str]) -> int:
    total = 0
    for f in files:
        try:
            total += os.path.getsize(f)
        except OSError:  # the reader reports it
            pass
    return total


def _withhold_changed(
    docs: list[Document], changed: dict[str, list[int]], spool: RejectSpool, key: int
) -> list[Document]:
    """``docs`` but those of a file that changed while the run read it (``changed``: :meth:`_Listed.changed`), each an
    ``input_changed`` reject. In a nightly run (``--state``, never staged) a dump still being written gave its cut
    last page as a story, and the next night's whole page came only as an update of it, when the collapse took the
    half for a copy (else a second story) (helper robust30). Withheld, the file's pages come out whole the night it
    is read unchanged; ``report.json`` names it (``inputs_changed``) as before."""
    kept: list[Document] = []
    rejects: list[Reject] = []
    for doc in docs:
        src = doc.sources[0] if doc.sources else None
        sizes = changed.get(src.path) if src is not None else None
        if src is None or sizes is None:
            kept.append(doc)
            continue
        detail = (
            f"the file changed while the run read it (size {sizes[0]} → {sizes[1]}): its pages are not emitted "
            "tonight; they are read again once the file is complete"
        )
        rejects.append(Reject(src.path, "input_changed", detail, record=src.record, segment=src.segment))
    spool.add(key, rejects)
    return kept


def _drop_short(docs: list[Document], min_chars: int, spool: RejectSpool, key: int) -> list[Document]:
    kept: list[Document] = []
    rejects: list[Reject] = []
    for doc in docs:
        n = len(doc.text)
        if n >= min_chars:
            kept.append(doc)
            continue
        src = doc.sources[0] if doc.sources else None
        rejects.append(
            Reject(
                src.path if src else "<input>",
                "too_short",
                f"{n} characters (--min-chars {min_chars})",
                record=src.record if src else None,
                segment=src.segment if src else None,
            )
        )
    spool.add(key, rejects)
    return kept


def exact_only(docs: list[Document]) -> CollapseResult:
    """The collapse with near-duplicate detection off (``--no-dedup``): only copies with the same text (content id)
    are merged; every other document is a story of its own, in input order."""
    stories: dict[str, Document] = {}
    exact = 0
    for doc in docs:
        first = stories.get(doc.id)
        if first is None:
            stories[doc.id] = doc
        else:
            first.sources.extend(doc.sources)
            exact += 1
    return CollapseResult(stories=list(stories.values()), documents=len(docs), exact_duplicates=exact)


def _worker_failed(path: str, exc: BaseException) -> list[Document | Reject]:
    """A file whose worker died under it (a crash in a C extension, the OOM killer): a reject, not a crash."""
    return [Reject(path, "worker_failed", f"{type(exc).__name__}: {exc}"[:300])]


Cleaned = tuple[list[list[Document | Reject]], SketchPack]
"""What :func:`process_files` gives for a batch of files: each file's documents and rejects, and the sketches
(packed: :func:`cleaner.dedup.signature.unpack_sketches`)."""


def process_files(
    paths: list[str],
    rules: Rules | None = None,
    params: DedupParams | None = None,
    read_options: ReadOptions | None = None,
    audit_trail: bool = False,
) -> Cleaned:
    """:func:`process_file` for each of ``paths``, and the dedup sketch of each distinct document, in the same
    worker: the texts are already there, so they are not shipped out a second time for the sketch map.
    Pure. A sketch that fails is left out (the collapse then makes it itself, and reports what went wrong)."""
    per_file, sketches = _cleaned(paths, rules, params, read_options, audit_trail)
    return per_file, pack_sketches(sketches)


def _cleaned(
    paths: list[str],
    rules: Rules | None,
    params: DedupParams | None,
    read_options: ReadOptions | None,
    audit_trail: bool,
) -> tuple[list[list[Document | Reject]], list[Sketch]]:
    """:func:`process_files` with the sketches as they are (not packed for the trip back from a worker). Under
    :func:`cleaner.dedup.runtime.lean` (a worker's batch as the run in process)."""
    with lean():
        return _cleaned_lean(paths, rules, params, read_options, audit_trail)


def _cleaned_lean(
    paths: list[str],
    rules: Rules | None,
    params: DedupParams | None,
    read_options: ReadOptions | None,
    audit_trail: bool,
) -> tuple[list[list[Document | Reject]], list[Sketch]]:
    per_file = [process_file(p, rules, read_options, audit_trail) for p in paths]
    crashed: set[str] = set()
    flat = [item for items in per_file for item in items]
    sketches = _piece_sketches(flat, set(), params or DedupParams(), crashed)
    if crashed:  # (a text whose sketch killed its worker: its pages are rejects)
        for items in per_file:
            _sketch_crashed(items, crashed)
    return per_file, sketches


CleanedKeyed = tuple[list[list[Document | Reject]], SketchPack, dict[str, bytes]]
""":data:`Cleaned` and the line keys of each distinct document (:func:`cleaner.text.siterepeat.line_keys`)."""


def process_files_keyed(
    paths: list[str],
    rules: Rules | None = None,
    params: DedupParams | None = None,
    read_options: ReadOptions | None = None,
    audit_trail: bool = False,
) -> CleanedKeyed:
    """:func:`process_files`, and the line keys of each distinct document for the site-repetition pass (made where
    the texts are: the driver only counts them). Pure."""
    per_file, sketches = _cleaned(paths, rules, params, read_options, audit_trail)
    return per_file, pack_sketches(sketches), _line_keys(per_file)


KEY_BATCH_CHARS = 1 << 20
"""Characters of documents whose line keys are made in one call (:func:`_line_keys`)."""


def _line_keys(per_file: list[list[Document | Reject]]) -> dict[str, bytes]:
    """The line keys of each distinct document of ``per_file`` (:func:`cleaner.text.siterepeat.line_keys_batch`)."""
    from cleaner.text.siterepeat import line_keys_batch

    distinct: dict[str, str] = {}
    for items in per_file:
        for item in items:
            if isinstance(item, Document):
                distinct.setdefault(item.id, item.text)
    ids, keys = list(distinct), dict[str, bytes]()
    batch: list[str] = []
    chars = 0
    for n, text in enumerate([*distinct.values(), None]):  # (batches of ≈ 1 M characters: the numpy path held
        if text is None or (batch and chars + len(text) > KEY_BATCH_CHARS):  # ≈ 40 bytes a character of its batch)
            keys.update(zip(ids[n - len(batch) : n], line_keys_batch(batch), strict=True))
            batch, chars = [], 0
        if text is not None:
            batch.append(text)
            chars += len(text)
    return keys


def _cleaned_here(
    paths: list[str],
    rules: Rules | None = None,
    params: DedupParams | None = None,
    read_options: ReadOptions | None = None,
    audit_trail: bool = False,
    site: bool = False,
) -> tuple[list[list[Document | Reject]], list[Sketch], dict[str, bytes]]:
    """:func:`process_files` (``site``: :func:`process_files_keyed`) for an executor that runs it in this process,
    without the sketches (:func:`_clean_all`: the collapse makes them)."""
    with lean():
        per_file = [process_file(p, rules, read_options, audit_trail) for p in paths]
    return per_file, [], _line_keys(per_file) if site else {}


CleanedSpooled = tuple[list[list[Document | Reject]], Any, dict[str, bytes], BatchRejects]
""":data:`CleanedKeyed` with the batch's rejects in a file (:func:`process_files_spooled`): its items are its
documents, in one list; the sketches packed (``pack``) or as they are."""


def process_files_spooled(
    paths: list[str],
    rules: Rules | None = None,
    params: DedupParams | None = None,
    read_options: ReadOptions | None = None,
    audit_trail: bool = False,
    *,
    rejects_dir: str,
    stdin: str | None = None,
    site: bool = False,
    pack: bool = True,
    sketch: bool = True,
) -> CleanedSpooled:
    """:func:`process_files_keyed` (``site``; else no line keys) whose rejects go, as they come, to a new file in
    ``rejects_dir`` (a folder of the run's, on this machine) rather than back to the driver in the result: a file of
    10⁵ rejected records held ≈ 80 MB more on its worker and ≈ 35 MB on the driver (helper robust30). The items come
    from :func:`clean_stream`, a piece at a time (the same items, sketches and rejects in the same order; a file's rule
    time-outs noted in its last piece); ``stdin``: standard input's copy, whose items get their name back. With
    ``pack`` (a worker process), the documents, their packed sketches and line keys go to a file beside the rejects
    too, a piece at a time, and the result names it (:class:`SpilledDocs`, read by :func:`read_spilled`): the worker
    held every document and sketch of its batch until the batch's one message went (≈ 30× a 40 MB dump's size).
    Without ``sketch``, no sketches (:func:`clean_stream`)."""
    fd, name = tempfile.mkstemp(dir=rejects_dir, prefix="batch-", suffix=".jsonl")
    batch = BatchRejects(name)
    docs: list[Document | Reject] = []
    sketches: list[Sketch] = []
    spilled = SpilledDocs(tempfile.mkstemp(dir=rejects_dir, prefix="docs-", suffix=".pickle")[1]) if pack else None
    with (
        os.fdopen(fd, "wb") as fh,
        open(spilled.path if spilled else os.devnull, "wb") as spill,
        audit.recording(audit_trail),
    ):
        for piece, piece_sketches in clean_stream(paths, rules, params, read_options, sketch=sketch):
            sketches.extend(piece_sketches)
            for item in piece:
                if stdin is not None:
                    item = from_stdin(item, stdin)
                if isinstance(item, Reject):
                    batch.write(fh, item)
                else:
                    docs.append(item)
                    src = item.sources[0]
                    batch.records.add(src.path, src.record)
            if spilled is not None and (docs or sketches):
                pickle.dump((docs, pack_sketches(sketches), _line_keys([docs]) if site else {}), spill, protocol=5)
                docs, sketches = [], []
    if spilled is not None and os.path.getsize(spilled.path) > 0:
        return [], spilled, {}, batch
    if spilled is not None:  # (no document: nothing to read back)
        os.unlink(spilled.path)
    per_file = [docs]
    keys = _line_keys(per_file) if site else {}
    return per_file, pack_sketches(sketches) if pack else sketches, keys, batch


@dataclass(slots=True)
class SpilledDocs:
    """The documents, packed sketches and line keys of a worker's batch, in the file ``path`` (pickled a piece at a
    time: :func:`process_files_spooled`)."""

    path: str


def read_spilled(spilled: SpilledDocs) -> tuple[list[Document], list[Sketch], dict[str, bytes]]:
    """The documents, sketches and line keys of ``spilled``, in order; its file removed."""
    docs: list[Document] = []
    sketches: list[Sketch] = []
    keys: dict[str, bytes] = {}
    try:
        with open(spilled.path, "rb") as fh:
            while fh.peek(1):
                piece_docs, packed, piece_keys = pickle.load(fh)
                docs.extend(piece_docs)
                sketches.extend(unpack_sketches(packed))
                keys.update(piece_keys)
    finally:
        os.unlink(spilled.path)
    return docs, sketches, keys


def _batch_failed(batch: list[str], exc: BaseException) -> Any:
    return None  # its files are run again one by one (only a file that kills its worker becomes a reject)


def check_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """``inputs`` as paths; :class:`UsageError` naming those that do not exist (a :class:`TypeError` for an item
    that is no path)."""
    paths = [Path(p) for p in as_paths(inputs)]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    return paths


def list_inputs(paths: Iterable[str | Path]) -> list[str]:
    """The dump files of a run: every file under ``paths`` (:func:`cleaner.input.readers.list_dump_names`) except
    those found inside a cleaner output folder (:func:`cleaner.output.is_output_dir`: an ``--out`` inside an
    input folder, the outputs of a killed run). A file named on its own is always read."""
    return list(iter_inputs(paths))


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[str]:
    """:func:`list_inputs`, one name at a time (:func:`cleaner.input.readers.iter_dump_names`)."""
    paths = list(paths)
    explicit = {os.path.abspath(p) for p in paths if not os.path.isdir(p)}
    marked: dict[str, bool] = {}
    for name in iter_dump_names(paths):
        folder = os.path.dirname(name) or "."
        is_out = marked.get(folder)
        if is_out is None:
            is_out = marked[folder] = is_output_dir(folder)
        if not is_out or os.path.abspath(name) in explicit:
            yield name


def _own_executor(workers: int | None, time_limit: float | None) -> Executor:
    """The executor a library call (:func:`process`, :func:`run`) makes for itself. With one worker everything runs
    in the caller's process, as a library call is expected to: no process is started, so a script needs no
    ``if __name__ == "__main__"`` guard, a debugger and a profiler see the work, and a call in a daemon process
    works; the time limit is then not enforced. With more workers, a pool whose workers are held to
    ``time_limit``. The command line makes its own executor, where ``-j 1`` cleans on one worker process under
    the limit (:func:`cleaner.execution.executor.make_executor`)."""
    n = workers or default_workers()
    return make_executor(n, time_limit=time_limit if n > 1 else None)


def process(
    inputs: str | Path | bytes | Iterable[str | Path | bytes],
    *,
    rules: Rules | None = None,
    workers: int | None = 1,
    executor: Executor | None = None,
    progress: Progress | None = None,
    params: DedupParams | None = None,
    index: DedupIndex | None = None,
    read_options: ReadOptions | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    min_chars: int = 0,
    dedup: bool = True,
    audit_trail: bool = False,
    grouping: str = "auto",
    site_repetition: bool = True,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> RunResult:
    """Read, clean and collapse everything under ``inputs``; nothing is written.

    ``index`` is the dedup state (default: a fresh in-memory one); stories it
    already holds are not emitted again: their new copies are recorded against them.
    ``include`` / ``exclude`` are glob patterns a file's path must match / must not match (:func:`select_files`);
    a document shorter than ``min_chars`` characters becomes a ``too_short`` reject; ``dedup=False`` merges only
    exact copies (same text), no near-duplicates. ``audit_trail``: :attr:`RunResult.audit` holds what cleaning
    removed from each document and why, each story's copies and restored words, each reject.
    An input ``-`` is standard input (copied to a temporary file first; its sources say ``-``).
    ``grouping`` (:data:`GROUPINGS`): where the collapse runs — ``memory`` (one pass on the driver), ``components``
    (per connected component on the workers, :mod:`cleaner.dedup.components`; the same stories, byte for byte)
    or ``auto`` (components with a pool, no ``index`` and at least :data:`COMPONENT_MIN_DOCS` documents).
    ``site_repetition``: cut lines repeated across the different stories of one site (:mod:`cleaner.text.siterepeat`).
    ``time_limit``: CPU seconds a page may take (per million characters of it; None: no limit), for the pool
    made here (``workers`` > 1; an ``executor`` given has its own,
    :func:`cleaner.execution.executor.make_executor`): a page past it is a ``timeout`` reject. With one worker
    everything runs in the calling process and the limit is not enforced (see :func:`_own_executor`).
    """
    # (one folder or file, not the characters of its name, as in run(); a generator read once)
    return _process_listed(
        as_paths(inputs), None, rules=rules, workers=workers, executor=executor, progress=progress, params=params,
        index=index, read_options=read_options, include=include, exclude=exclude, min_chars=min_chars,
        dedup=dedup, audit_trail=audit_trail, grouping=grouping, site_repetition=site_repetition,
        time_limit=time_limit,
    )  # fmt: skip


class _Listed:
    """The files under a run's inputs and their sizes, each found once: :func:`run` asks how many bytes they hold
    (:func:`staged_work`) before :func:`process` reads them, and the second walk and ``stat`` of every file were
    ≈ 0.01 CPU-s per 2,500 files."""

    __slots__ = ("_files", "_stats", "inputs")

    def __init__(self, inputs: list[str | Path]) -> None:
        self.inputs = inputs
        self._files: list[str] | None = None
        self._stats: dict[str, tuple[int, int]] = {}

    def files(self) -> list[str]:
        """:func:`list_inputs` of the inputs (checked: :func:`check_inputs`)."""
        if self._files is None:
            self._files = list_inputs(check_inputs(self.inputs))
        return self._files

    def changed(self, files: Iterable[str]) -> dict[str, list[int]]:
        """The files among ``files`` whose size or modification time is not the one :meth:`size` read when they were
        listed: cut, grown or rewritten while the run read them (their last page or record may be cut, or missing;
        a file rewritten at the same size was silent, helper rejects29), as ``[size listed, size now]``. ``-1``: the
        file is gone."""
        out: dict[str, list[int]] = {}
        for f in files:
            before = self._stats.get(f)
            if before is None:
                continue
            now = _stat_pair(f)
            if now != before and not (now[1] == before[1] == -1):
                out[f] = [before[0], now[0] if now[1] != -1 else -1]
        return out

    def size(self, files: Iterable[str]) -> int:
        """:func:`_sizes` of ``files``, each file's size (and modification time) asked once."""
        total = 0
        for f in files:
            st = self._stats.get(f)
            if st is None:
                st = self._stats[f] = _stat_pair(f)
            total += st[0]
        return total


def _stat_pair(name: str) -> tuple[int, int]:
    """``name``'s size and modification time (ns); ``(0, -1)`` when it cannot be stat'ed (the reader reports it)."""
    try:
        st = os.stat(name)
    except OSError:
        return 0, -1
    return st.st_size, st.st_mtime_ns


def _process_listed(inputs: Iterable[str | Path], listed: _Listed | None, *, grouping: str, **kwargs: Any) -> RunResult:
    """:func:`process`, with the files under ``inputs`` listed already (``listed``, for inputs without ``-``)."""
    if grouping not in GROUPINGS:
        raise UsageError(f"grouping is one of {', '.join(GROUPINGS)}, not {grouping!r}")
    with stdin_inputs(inputs) as (given, spooled), lean():  # (numpy in plain pages, no collector: dedup.runtime)
        if listed is None or spooled is not None:
            listed = _Listed(given)
        return _process(given, spooled, listed, grouping=grouping, **kwargs)


def _process(inputs: list[str | Path], spooled: str | None, listed: _Listed, **kwargs: Any) -> RunResult:
    """:func:`process` over ``inputs`` (``spooled``: standard input's copy), its rejects to the spool of
    :func:`spooling_rejects` when one is set (read back into the result's list otherwise)."""
    check_inputs(inputs)  # (a missing input: refused before the executor starts)
    given = _SPOOL.get()
    if given is not None:
        return _process_with(inputs, spooled, listed, given, False, **kwargs)
    spool = RejectSpool()
    try:
        return _process_with(inputs, spooled, listed, spool, True, **kwargs)
    finally:
        spool.close()


_SPOOL: ContextVar[RejectSpool | None] = ContextVar("_SPOOL", default=None)


@contextmanager
def spooling_rejects(out: Path) -> Iterator[RejectSpool]:
    """Within the block, :func:`process` writes its rejects to the spool given (an unnamed temporary file in ``out``)
    as they come, and its result's ``rejects`` stay empty; :func:`write_rejects` then writes ``OUT/rejects.jsonl``
    from it, in the order the list had. The command line's memory does not grow with the number of rejects (helper
    rejects29); the library's :func:`process` still returns them in a list."""
    spool = RejectSpool(str(out))
    token = _SPOOL.set(spool)
    try:
        yield spool
    finally:
        _SPOOL.reset(token)
        spool.close()


def write_rejects(out: Path, spool: RejectSpool) -> None:
    """``OUT/rejects.jsonl`` from ``spool`` (its bytes copied; atomically)."""
    with atomic_open(out / "rejects.jsonl", "wb") as fh:
        spool.copy_to(fh)


def _process_with(
    inputs: list[str | Path],
    spooled: str | None,
    listed: _Listed,
    spool: RejectSpool,
    own_spool: bool,
    *,
    rules: Rules | None,
    workers: int | None,
    executor: Executor | None,
    progress: Progress | None,
    params: DedupParams | None,
    index: DedupIndex | None,
    read_options: ReadOptions | None,
    include: Sequence[str],
    exclude: Sequence[str],
    min_chars: int,
    dedup: bool,
    audit_trail: bool,
    grouping: str = "auto",
    site_repetition: bool = True,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> RunResult:
    """:func:`_process`, its rejects written to ``spool`` as they come; the result's list of them read back from it
    (``own_spool``: the spool is this call's), else left empty (the caller copies the spool into ``rejects.jsonl``:
    :func:`spooling_rejects`, :func:`write_rejects`)."""
    t0 = time.perf_counter()
    own = executor is None
    ex = executor or _own_executor(workers, time_limit)
    collapsed: CollapseResult
    finished = False
    try:
        start = getattr(ex, "start", None)
        if callable(start):  # workers start while the files are listed and the rules load
            start()
        rules = rules or default_rules()
        files = select_files(listed.files(), include, exclude)
        report = Report(files=len(files), workers=ex.workers, input_bytes=listed.size(files))
        kwargs: dict[str, Any] = {"rules": rules, "read_options": read_options, "audit_trail": audit_trail}
        with _batch_folder(spool, ex) as folder:
            kept = _Kept(spool, spooled, folder)
            results, sketches, keys = _clean_all(ex, files, kwargs, params, progress, site_repetition, kept)
        if changed := listed.changed(files):  # (helper hostile28: a dump cut while read gave its cut page silently)
            report.extra["inputs_changed"] = {f: changed[f] for f in sorted(changed)[:MAX_CHANGED]}
            report.extra["inputs_changed_count"] = len(changed)
        docs, removed = _gather(results)
        del results
        if changed and index is not None:  # (a nightly run: the file is read whole another night)
            docs = _withhold_changed(docs, changed, spool, len(files) + 1)
        if site_repetition:
            _site_repetition(docs, keys, removed, report)
        del keys
        if min_chars > 0:
            docs = _drop_short(docs, min_chars, spool, len(files) + 2)
        before = {d.id: d.text for d in docs} if audit_trail else {}
        report.stage_seconds["clean"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        if progress is not None:
            progress("collapse", 0, len(docs))
        if dedup:
            collapsed = _dedup(docs, params, ex, index, sketches, grouping, report)
        else:
            collapsed = exact_only(docs)
        if progress is not None:
            progress("collapse", len(docs), len(docs))
        report.stage_seconds["collapse"] = time.perf_counter() - t1
        finished = True
    finally:
        if own:
            close_executor(ex, failed=not finished)
    stories = collapsed.stories
    report.records = kept.records.n
    report.documents = len(docs)
    report.stories = len(stories)
    report.exact_duplicates = collapsed.exact_duplicates
    report.near_duplicates = collapsed.near_duplicates
    report.extra["dedup"] = collapsed.counts()
    report.rejects = dict(spool.counts)
    report.removed = {k: v for k, v in removed.items() if not k.startswith(TIMEOUT_KEY)}
    timeouts = {k[len(TIMEOUT_KEY) :]: v for k, v in removed.items() if k.startswith(TIMEOUT_KEY)}
    if timeouts:
        report.extra["rule_timeouts"] = dict(sorted(timeouts.items()))
    report.seconds = time.perf_counter() - t0
    rejects = spool.spooled() if own_spool or audit_trail else SpooledRejects()
    trail = audit.trail_records(docs, [*stories, *collapsed.updates], rejects, before) if audit_trail else None
    return RunResult(stories, rejects if own_spool else SpooledRejects(), report, collapsed.updates, trail)


@contextmanager
def _batch_folder(spool: RejectSpool, ex: Executor) -> Iterator[str | None]:
    """A folder beside ``spool``'s file for the workers' batches of rejects (:func:`process_files_spooled`), which
    the spool reads as they are and removes, with what a dead worker left in it, when it closes; None for an executor
    whose workers may be on other machines (a cluster's: their rejects come back in the results)."""
    yield spool.batch_folder(BATCH_FOLDERS.rstrip("*")) if _is_local(ex) else None


def _dedup(
    docs: list[Document],
    params: DedupParams | None,
    ex: Executor,
    index: DedupIndex | None,
    sketches: dict[str, Sketch],
    grouping: str,
    report: Report,
) -> CollapseResult:
    """The collapse, in memory or per component (``grouping``, see :func:`process`); the components' shape goes
    to ``report.extra["components"]``."""
    auto = ex.workers > 1 and len(docs) >= COMPONENT_MIN_DOCS
    if index is not None or grouping == "memory" or (grouping == "auto" and not auto):
        return collapse(docs, params=params, executor=ex, index=index, sketches=sketches)
    from cleaner.dedup.components import collapse_by_component

    collapsed, grouped = collapse_by_component(docs, params=params, executor=ex, sketches=sketches)
    report.extra["components"] = {
        "components": grouped.components, "largest": grouped.largest, "tasks": len(grouped.tasks),
    }  # fmt: skip
    return collapsed


def _site_repetition(docs: list[Document], keys: dict[str, bytes], removed: Counter[str], report: Report) -> None:
    """The site-repetition pass over the run's documents (:mod:`cleaner.text.siterepeat`); its figures go to
    ``report.json`` (``site_repetition``) and the lines it cut to ``removed``."""
    from cleaner.text.siterepeat import RULE, apply

    stats, _changed = apply(docs, keys)
    if stats.removed:
        removed[RULE] += stats.removed
    report.extra["site_repetition"] = stats.to_json()


def _clean_all(
    ex: Executor,
    files: list[str],
    kwargs: dict[str, Any],
    params: DedupParams | None,
    progress: Progress | None,
    site: bool = False,
    kept: _Kept | None = None,
) -> tuple[list[list[list[Document | Reject]]], dict[str, Sketch], dict[str, bytes]]:
    """Read, clean and sketch ``files`` in batches on the executor: each file's items, the sketches by content
    id and (``site``) the line keys by content id. A batch whose worker died runs again file by file (only a file
    that kills its worker becomes a reject). With ``kept``, each batch's rejects go to its spool as the batch comes
    back (its items are then its documents only). In this process (a serial executor that does not isolate its
    work) the files are not sketched here: the collapse sketches each text it is given once, after the
    site-repetition pass (whose changed texts, ≈ 8 % of the speed corpus's, were sketched twice) and without the
    texts too short to keep or exactly repeated. Workers sketch their batches (the texts are there)."""
    if progress is not None:
        progress("clean", 0, len(files))
    chunk = file_chunksize(files, ex.workers)
    batches = [files[i : i + chunk] for i in range(0, len(files), chunk)]
    here = isinstance(ex, SerialExecutor) and not ex.isolates  # (in process: the sketches need no packing)
    job: Callable[[list[str]], Any]
    if kept is not None and kept.folder is not None:  # (rejects to a file on the worker, its name sent back)
        job = partial(
            process_files_spooled, params=params, rejects_dir=kept.folder, stdin=kept.stdin, site=site, pack=not here,
            sketch=not here, **kwargs,
        )  # fmt: skip
    elif here:
        job = partial(_cleaned_here, params=params, site=site, **kwargs)
    else:
        job = partial(process_files_keyed if site else process_files, params=params, **kwargs)
    results: list[list[list[Document | Reject]]] = []
    sketches: dict[str, Sketch] = {}
    keys: dict[str, bytes] = {}
    failed: list[int] = []
    done = 0
    for n, out in enumerate(ex.map(Watched(job), batches, chunksize=1, on_error=_batch_failed)):
        if out is None:
            failed.append(n)
            results.append([])
        else:
            per_file, batch_sketches, batch_keys = out[0], out[1], out[2]
            if isinstance(batch_sketches, SpilledDocs):  # (the worker's documents in a file, a piece at a time)
                spilled_docs, spilled_sketches, batch_keys = read_spilled(batch_sketches)
                per_file, batch_sketches = [spilled_docs], spilled_sketches
            elif not here:
                batch_sketches = unpack_sketches(batch_sketches)
            results.append(per_file if kept is None else kept.take(n, per_file, out[3] if len(out) > 3 else None))
            sketches.update((sk.doc_id, sk) for sk in batch_sketches)
            if site:
                keys.update(batch_keys)
        done += len(batches[n])
        if progress is not None:
            progress("clean", done, len(files))
    for n in failed:  # no sketches for these: the collapse makes them
        one = partial(process_file, **kwargs)
        redone = list(ex.map(Watched(one), batches[n], chunksize=1, on_error=_worker_failed))
        results[n] = redone if kept is None else kept.take(n, redone)
    return results, sketches, keys


class _Kept:
    """What the driver keeps of the batches as they come back: their rejects go to ``spool`` (keyed by batch: a batch
    redone later keeps its place), the raw records of their documents and rejects are counted; ``stdin``: standard
    input's copy, whose items get their name back (:func:`cleaner.input.readers.from_stdin`)."""

    __slots__ = ("folder", "records", "spool", "stdin")

    def __init__(self, spool: RejectSpool, stdin: str | None, folder: str | None = None) -> None:
        self.spool = spool
        self.stdin = stdin
        self.records = RecordCount()
        self.folder = folder
        """Where the workers write their batches' rejects (:func:`process_files_spooled`); None: in the results."""

    def take(
        self, n: int, per_file: list[list[Document | Reject]], spooled: BatchRejects | None = None
    ) -> list[list[Document | Reject]]:
        """Batch ``n``'s items: its rejects written to the spool, its documents (with their stdin names) kept.
        ``spooled``: the batch's rejects in a file, its items documents only (named and counted already)."""
        if spooled is not None:
            self.spool.add_file(n, spooled)
            self.records.merge(spooled.records)
            return per_file
        kept: list[list[Document | Reject]] = []
        rejects: list[Reject] = []
        for items in per_file:
            docs: list[Document | Reject] = []
            for item in items:
                if self.stdin is not None:
                    item = from_stdin(item, self.stdin)
                if isinstance(item, Reject):
                    rejects.append(item)
                    self.records.add(item.path, item.record)
                else:
                    docs.append(item)
                    src = item.sources[0]
                    self.records.add(src.path, src.record)
            kept.append(docs)
        self.spool.add(n, rejects)
        return kept


def _gather(results: list[list[list[Document | Reject]]]) -> tuple[list[Document], Counter[str]]:
    """Documents in input order and lines removed by rule (a run's rejects went to its spool as the batches came
    back: :meth:`_Kept.take`)."""
    docs: list[Document] = []
    removed: Counter[str] = Counter()
    for per_file in results:
        for items in per_file:
            for item in items:
                if isinstance(item, Document):
                    docs.append(item)
                    removed.update(item.removed)
    return docs, removed


@dataclass(slots=True)
class RunOptions:
    """What ``cleaner run`` sets beyond the inputs, the rules and the executor; defaults = the plain run."""

    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    min_chars: int = 0
    dedup: bool = True
    audit: bool = False
    """Write ``audit.jsonl.gz``: what was cut from each document and why (:mod:`cleaner.audit`)."""
    format: str = "jsonl"
    """Of ``stories`` and ``updates``: ``jsonl``, ``jsonl.gz`` or ``parquet`` (:data:`cleaner.output.FORMATS`)."""
    arguments: dict[str, Any] = field(default_factory=dict)
    """Recorded in ``report.json`` as given (the CLI passes its options)."""
    started: float | None = None
    """``time.time()`` when the run began (the CLI's start, so executor start-up counts); default: now."""
    grouping: str = "auto"
    """Where the collapse runs: ``auto``, ``memory`` or ``components`` (:func:`process`)."""
    work: str | None = None
    """Run as stages over shards in this folder, resumably (:mod:`cleaner.execution.staged`); default: staged from
    :data:`STAGED_MIN_BYTES` of input (in ``OUT/.work``), when the run can be staged (:func:`staged_work`)."""
    shard_size: int = 0
    """Write ``stories`` as files of this many stories each, with a manifest (:mod:`cleaner.parts`); 0: one file."""
    site_repetition: bool = True
    """Cut lines repeated across the different stories of one site in the run (:mod:`cleaner.text.siterepeat`); not in
    a staged run (``--work``, or 256 MB or 100,000 documents of input and more), which says so in ``report.json``."""
    time_limit: float | None = DEFAULT_TIME_LIMIT
    """CPU seconds a page may take, per million characters of it (``--time-limit``; None: no limit): a page past
    it is a ``timeout`` reject. For the executor the run makes (one given has its own)."""

    def process_kwargs(self) -> dict[str, Any]:
        return {
            "include": self.include,
            "exclude": self.exclude,
            "min_chars": self.min_chars,
            "dedup": self.dedup,
            "audit_trail": self.audit,
            "grouping": self.grouping,
            "site_repetition": self.site_repetition,
            "time_limit": self.time_limit,
        }


def write_audit(out: Path, records: list[dict[str, Any]] | None) -> None:
    """``OUT/audit.jsonl.gz`` when the run kept an audit trail; a stale one of an earlier run is removed."""
    if records is None:
        (out / "audit.jsonl.gz").unlink(missing_ok=True)
    else:
        write_records(out, "audit", records, "jsonl.gz", others=False, level=1)  # 4x faster than 6, 20 % larger


def stamp_report(report: Report, options: RunOptions, started: float) -> None:
    """The run's identity in ``report.json``: version, arguments, start and end time, total seconds."""
    now = time.time()
    report.seconds = now - started
    report.extra["version"] = __version__
    report.extra["arguments"] = options.arguments
    report.extra["started_at"] = _iso(started)
    report.extra["finished_at"] = _iso(now)


def _iso(t: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def run(
    inputs: str | Path | bytes | Iterable[str | Path | bytes],
    out_dir: str | Path | bytes,
    *,
    rules: Rules | None = None,
    workers: int | None = 1,
    executor: Executor | None = None,
    progress: Progress | None = None,
    params: DedupParams | None = None,
    state: str | Path | bytes | None = None,
    store_text: bool = False,
    urls: Iterable[str] | None = None,
    fetch_options: FetchOptions | None = None,
    options: RunOptions | None = None,
    read_options: ReadOptions | None = None,
) -> Report:
    """The job behind ``cleaner run``: writes ``stories.jsonl``, ``rejects.jsonl`` and ``report.json``.

    Each file is written atomically; ``report.json`` is written last. With ``state`` (a SQLite file, or a
    ``redis://`` URL) the run dedups against earlier runs and also writes ``updates.jsonl``; see
    :mod:`cleaner.state.nightly`. ``store_text`` keeps canonical texts in the state. ``options`` adds file
    selection, a minimum length, ``dedup=False`` and the output format (:class:`RunOptions`).

    With ``urls``, the pages are first fetched (resumably) into ``OUT/dumps`` as WARC, which then
    joins ``inputs``: fetch → extract → collapse in one go.
    """
    listed = as_paths(inputs)  # one folder or file, not the characters of its name; a generator read once
    if isinstance(out_dir, bytes):  # (a folder name that is not UTF-8)
        out_dir = os.fsdecode(out_dir)
    if isinstance(state, bytes):
        state = os.fsdecode(state)
    options = options or RunOptions()
    started = options.started or time.time()
    if options.format not in FORMATS:
        raise UsageError(f"format is one of {', '.join(FORMATS)}, not {options.format!r}")
    if options.format == "parquet":  # (before any work: it was a ModuleNotFoundError once the run was done)
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise UsageError("format='parquet' needs pyarrow: pip install 'story-cleaner[parquet]'") from exc
    if state is not None:
        from cleaner.state.nightly import run_with_state

        _check_state_options(listed, options)  # (before the fetch: it was refused once the pages were fetched)
        extra = _fetched(urls, out_dir, fetch_options, listed)
        return run_with_state(
            listed, out_dir, state, rules=rules, workers=workers, executor=executor, progress=progress,
            params=params, store_text=store_text, options=options, read_options=read_options, extra=extra,
        )  # fmt: skip
    check_inputs([p for p in listed if str(p) != "-"])
    with claim_out_dir(out_dir) as out:  # unwritable, full or another run's: refused before the work
        extra = _fetched(urls, out_dir, fetch_options, listed)
        args = (rules, workers, executor, progress, params, read_options)
        return _run_plain(listed, out, args, options, started, extra)


def _check_state_options(inputs: list[str | Path], options: RunOptions) -> None:
    if not options.dedup:
        raise UsageError("--no-dedup cannot be used with --state (the state is a dedup index)")
    if options.shard_size:
        raise UsageError("--shard-size cannot be used with --state: a nightly run writes one stories file")
    if options.work is not None:  # the nightly run goes in memory (docs/out-of-core.md)
        raise UsageError("--work cannot be used with --state: a nightly run is not staged")
    if any(str(p) == "-" for p in inputs):  # a night is known by its files' bytes: stdin cannot be read twice
        raise UsageError("- (standard input) cannot be used with --state: save it to a file first")


def _fetched(
    urls: Iterable[str] | None, out_dir: str | Path, fetch_options: FetchOptions | None, inputs: list[str | Path]
) -> dict[str, Any]:
    """With ``urls``: fetch them into ``OUT/dumps``, which joins ``inputs``; the fetch's counts for the report."""
    if urls is None:
        return {}
    from cleaner.crawler import fetch

    dumps = Path(out_dir) / "dumps"
    fetched = fetch(urls, dumps, options=fetch_options)
    inputs.append(dumps)
    return {"fetch": fetched.to_json()}  # failures (a 404, a timeout) by reason: report.json and the summary


def _run_plain(
    inputs: list[str | Path], out: Path, args: StagedArgs, options: RunOptions, started: float,
    extra: dict[str, Any],
) -> Report:  # fmt: skip
    """:func:`run` without a state, into ``out`` (claimed by the caller)."""
    rules, workers, executor, progress, params, read_options = args
    listed = _Listed(inputs)
    work = staged_work(inputs, out, options, local=executor is None or _is_local(executor), listed=listed)
    if work is not None:
        return _run_staged(inputs, out, work, args, options, started, extra)
    with spooling_rejects(out) as spool:
        result = _process_listed(
            inputs, listed, rules=rules, workers=workers, executor=executor, progress=progress, params=params,
            index=None, read_options=read_options, **options.process_kwargs(),
        )  # fmt: skip
        result.report.extra.update(extra)
        t_write = time.perf_counter()
        if progress is not None:
            progress("write", 0, len(result.stories))
        write_stories(out, (s.to_json() for s in result.stories), options)
        for stale in FORMATS:  # a nightly run's updates in this folder are not this run's
            (out / output_name("updates", stale)).unlink(missing_ok=True)
        write_rejects(out, spool)
    write_audit(out, result.audit)
    if progress is not None:
        progress("write", len(result.stories), len(result.stories))
    result.report.stage_seconds["write"] = time.perf_counter() - t_write
    stamp_report(result.report, options, started)
    write_json(out / "report.json", result.report.to_json())
    return result.report


STAGED_MIN_BYTES = 256 << 20
"""``cleaner run`` without ``--work`` runs staged (:mod:`cleaner.execution.staged`) from this much input on."""


STAGED_MIN_DOCS = 100_000
"""… or from this many documents (files, and the records of JSONL, WARC and Parquet files, compressed or not, counted
before the run: :func:`_holds_beyond`; :data:`STAGED_MIN_BYTES` counts a compressed file inflated): the in-memory
run holds ≈ 16 KB per small document at its peak (its sketch, its record and the collapse's index), so 300,000
small files under :data:`STAGED_MIN_BYTES` peaked near 5 GB; the staged run's driver holds a few keys per text."""


def _input_bytes(inputs: Sequence[str | Path], listed: _Listed | None = None) -> int:
    if listed is not None:
        return listed.size(listed.files())
    return _sizes(iter_inputs(check_inputs(inputs)))


def _holds_beyond(files: Sequence[str], max_bytes: int, max_docs: int, listed: _Listed | None = None) -> bool:
    """Whether ``files`` hold at least ``max_bytes`` of content or ``max_docs`` documents as their readers see them
    (:func:`cleaner.input.extent.extent`): a compressed file's bytes inflated, the records of JSONL (plain or
    compressed), WARC and Parquet files, one document per other file. Each file is read only as far as the limits
    need; a text dump's pages are not counted (its bytes are)."""
    size = docs = 0
    for f in files:
        if size >= max_bytes or docs >= max_docs:
            break
        n, records = extent(f, max_bytes - size, max_docs - docs, listed.size((f,)) if listed is not None else None)
        size += n
        docs += records
    return size >= max_bytes or docs >= max_docs


def _large_input(inputs: Sequence[str | Path], listed: _Listed | None) -> bool:
    """Whether a plain run over ``inputs`` goes staged by itself: :data:`STAGED_MIN_BYTES` of content or
    :data:`STAGED_MIN_DOCS` documents, counted before the run (:func:`_holds_beyond`). The bytes on disk are asked
    first (a ``stat`` a file); only under the limit are the files read for what they hold."""
    if _input_bytes(inputs, listed) >= STAGED_MIN_BYTES:
        return True
    files = listed.files() if listed is not None else list(iter_inputs(check_inputs(inputs)))
    return _holds_beyond(files, STAGED_MIN_BYTES, STAGED_MIN_DOCS, listed)


def _is_local(executor: Executor) -> bool:
    return isinstance(executor, (LocalExecutor, SerialExecutor))


def staged_work(
    inputs: Sequence[str | Path], out: Path, options: RunOptions, *, local: bool = True, listed: _Listed | None = None
) -> Path | None:
    """The work folder when this run goes as stages over shards (:mod:`cleaner.execution.staged`), else None: with
    ``options.work``, or from :data:`STAGED_MIN_BYTES` of input (``OUT/.work``) on this machine's processes
    (``local``: a cluster's workers need a folder they all see, so ``--work`` says which), unless it reads standard
    input or asks for what only the in-memory run does (``--audit``, ``--min-chars``, ``--no-dedup``,
    ``--grouping memory``). ``listed``: the inputs' files listed for the run (listed here when it asks for them)."""
    plain = options.dedup and not options.audit and options.min_chars <= 0 and options.grouping != "memory"
    plain = plain and not any(str(p) == "-" for p in inputs)
    if options.work is not None and not plain:
        raise UsageError("--work runs stages over shards: not with -, --audit, --min-chars, --no-dedup or "
                         "--grouping memory")  # fmt: skip
    if options.work is None and (not plain or not local or not _large_input(inputs, listed)):
        return None
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        if options.work is not None:
            raise UsageError("--work needs pyarrow: pip install 'story-cleaner[parquet]'") from exc
        return None
    return out / ".work" if options.work is None else Path(options.work)


StagedArgs = tuple[Rules | None, int | None, Executor | None, Progress | None, DedupParams | None, ReadOptions | None]


def _run_staged(
    inputs: list[str | Path], out: Path, work: Path, args: StagedArgs, options: RunOptions, started: float,
    extra: dict[str, Any],
) -> Report:  # fmt: skip
    """:func:`run` as stages over shards in ``work`` (:mod:`cleaner.execution.staged`), which this run locks; the work
    folder goes at the end."""
    from cleaner.execution import staged

    with staged.locked(work):
        return _run_staged_locked(inputs, out, work, args, options, started, extra)


def _run_staged_locked(
    inputs: list[str | Path],
    out: Path,
    work: Path,
    args: StagedArgs,
    options: RunOptions,
    started: float,
    extra: dict[str, Any],
) -> Report:
    from cleaner.execution import staged

    rules, workers, executor, progress, params, read_options = args
    t0 = time.perf_counter()
    own = executor is None
    ex = executor or _own_executor(workers, options.time_limit)
    finished = False
    try:
        start = getattr(ex, "start", None)
        if callable(start):
            start()
        rules, params = rules or default_rules(), params or DedupParams()
        names = selected(iter_inputs(check_inputs(inputs)), options.include, options.exclude)
        listed = staged.Inputs.write(work, names)  # into the work folder, not held
        report = Report(files=listed.count, workers=ex.workers, input_bytes=listed.bytes)
        stage = staged.Stage(
            str(work), params, partial(process_files, rules=rules, params=params, read_options=read_options),
            _worker_failed,
            partial(clean_stream, rules=rules, params=params, read_options=read_options),
        )  # fmt: skip
        if progress is not None:
            progress("clean", 0, listed.count)
        res, lines = staged.run_staged(ex, listed, work, stage, staged.work_key(listed, rules, params, read_options))
        changed, n_changed = listed.changed(MAX_CHANGED)  # (the in-memory run's check: a staged run said nothing)
        if n_changed:
            report.extra["inputs_changed"], report.extra["inputs_changed_count"] = changed, n_changed
        if progress is not None:
            progress("clean", listed.count, listed.count)
        report.stories = _write_staged(out, lines, options)  # the collapse runs as its stories are written
        finished = True
    finally:
        if own:
            close_executor(ex, failed=not finished)
    _staged_report(report, res)
    report.extra.update(extra)
    if options.site_repetition:  # (docs/extraction-site-repetition.md: the pass needs every text of a site at once)
        report.extra["site_repetition"] = "off in a staged run"
    t_write = time.perf_counter()
    if progress is not None:  # (the number of stories is known once they are written)
        progress("collapse", report.documents, report.documents)
        progress("write", report.stories, report.stories)
    with atomic_open(out / "rejects.jsonl", "wb") as fh:  # (the shards' files copied: no reject held)
        staged.copy_rejects(work, res.shards, fh)
    for stale in FORMATS:  # a nightly run's updates in this folder are not this run's
        (out / output_name("updates", stale)).unlink(missing_ok=True)
    write_audit(out, None)
    report.stage_seconds["write"] = time.perf_counter() - t_write
    report.seconds = time.perf_counter() - t0
    stamp_report(report, options, started)
    write_json(out / "report.json", report.to_json())
    staged.remove_work(work)
    return report


def _staged_report(report: Report, res: Any) -> None:
    rejects: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    s = res.summary
    report.records += s.get("records", 0)
    report.documents += s.get("documents", 0)
    rejects.update(s.get("rejects", {}))
    removed.update(s.get("removed", {}))
    counts = CollapseResult().counts()
    counts.update((k, counts[k] + v) for k, v in res.counts.items())
    report.exact_duplicates, report.near_duplicates = counts["exact_duplicates"], counts["near_duplicates"]
    report.extra["dedup"] = counts
    report.extra["components"] = res.components
    report.extra["staged"] = {"shards": res.shards, "tasks": res.tasks, "redone": res.redone, "adopted": res.adopted}
    report.rejects = dict(rejects)
    report.removed = {k: v for k, v in removed.items() if not k.startswith(TIMEOUT_KEY)}
    timeouts = {k[len(TIMEOUT_KEY) :]: v for k, v in removed.items() if k.startswith(TIMEOUT_KEY)}
    if timeouts:
        report.extra["rule_timeouts"] = dict(sorted(timeouts.items()))
    report.stage_seconds.update(res.seconds)


def write_stories(out: Path, records: Iterable[dict[str, Any]], options: RunOptions) -> int:
    """``OUT/stories.<format>``, or with ``options.shard_size`` its parts and their manifest (:mod:`cleaner.parts`;
    either removes what the other way left of an earlier run); the number of stories."""
    from cleaner import parts

    if options.shard_size:
        return parts.write_record_parts(out, "stories", records, options.shard_size, options.format)
    parts.remove_parts(out, "stories")
    counted = parts.Counted(iter(records))
    write_records(out, "stories", counted, options.format)
    return counted.n


def _write_staged(out: Path, lines: Iterator[str], options: RunOptions) -> int:
    """``OUT/stories.<fmt>`` (or its parts) from the staged run's story lines, streamed; the number of stories."""
    from cleaner import parts

    if options.shard_size and options.format == "jsonl":  # the lines as they are: the parts' bytes are the one file's
        return parts.write_line_parts(out, "stories", lines, options.shard_size)
    if options.format != "jsonl" or options.shard_size:
        return write_stories(out, (json.loads(line) for line in lines), options)
    parts.remove_parts(out, "stories")
    n = 0
    with atomic_open(out / "stories.jsonl") as fh:
        for line in lines:
            fh.write(line)
            fh.write("\n")
            n += 1
    for other in FORMATS:
        if other != "jsonl":
            (out / output_name("stories", other)).unlink(missing_ok=True)
    return n


def unhealthy(report: Report, max_reject_share: float | None = None) -> str | None:
    """Why a finished run should not pass for a healthy one (``cleaner run`` then exits 3), or ``None``:
    no document came out of a non-empty input (every file or URL rejected or failed), or the rejects' share of
    everything read (documents + rejects) is above ``max_reject_share``."""
    rejected = sum(report.rejects.values())
    fetch = report.extra.get("fetch") or {}
    failed = int(fetch.get("failed_total", 0))
    if report.documents == 0 and (report.files or rejected or failed):
        what = f"{report.files} input files" + (f" and {fetch.get('requested', 0)} URLs" if fetch else "")
        why = f"{rejected} rejects (see rejects.jsonl)" + (f", {failed} failed fetches" if failed else "")
        return f"no document came out of {what}: {why}"
    if max_reject_share is not None and rejected + report.documents:
        share = rejected / (rejected + report.documents)
        if share > max_reject_share:
            return (
                f"{rejected} of {rejected + report.documents} inputs rejected ({share:.1%}), more than "
                f"--max-reject-share {max_reject_share:g} (see rejects.jsonl)"
            )
    return None
