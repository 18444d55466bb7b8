"""``cleaner run --state``: one night against the persistent state.

1. take the lock, open the state (refuses other parameters); claim ``--out`` (another run writing there is
   refused: :func:`cleaner.output.claim_out_dir`);
2. read, clean and collapse (:func:`cleaner.pipeline.process`) against the state —
   every change goes into one open transaction;
3. write ``stories.jsonl`` (new stories only), ``updates.jsonl`` (earlier
   stories whose canonical was replaced by a more complete copy), ``rejects.jsonl``
   and ``report.json``, each atomically;
4. commit the state, recording the night (its input key and output digests).

A run killed before 4 changed nothing: the rerun computes the same outputs. A
night already committed whose outputs are still in place is left alone; one whose
outputs in ``--out`` were changed or removed is refused before any work (the
rerun would emit nothing new: its stories are in the state), so nothing is
overwritten. ``--out`` is checked (writable, not full) before any work too.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cleaner.dedup import DedupParams
from cleaner.errors import StateError
from cleaner.execution.executor import Executor
from cleaner.input.readers import ReadOptions
from cleaner.output import claim_out_dir, fsync_dir, output_name, write_json, write_records
from cleaner.pipeline import (
    Progress,
    Report,
    RunOptions,
    check_inputs,
    list_inputs,
    process,
    select_files,
    spooling_rejects,
    stamp_report,
    write_audit,
    write_rejects,
)
from cleaner.rules import Rules
from cleaner.state import input_key, is_redis_url, open_state
from cleaner.state.fault import fault

__all__ = ["OUTPUT_FILES", "run_with_state"]


def output_files(fmt: str = "jsonl") -> tuple[str, ...]:
    """The outputs of a night: ``--format`` names the first two."""
    return (output_name("stories", fmt), output_name("updates", fmt), "rejects.jsonl", "report.json")


OUTPUT_FILES = output_files()
"""The outputs of a night in the default format."""


def _digest(path: Path) -> str | None:
    """The blake2b digest of a file, read 1 MiB at a time (it read the whole file: a night's stories at once)."""
    h = hashlib.blake2b(digest_size=16)
    try:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _outputs_in_place(out: Path, digests: dict[str, Any]) -> bool:
    return bool(digests) and all(_digest(out / name) == d for name, d in digests.items())


def _same_folder(a: Path, b: str) -> bool:
    try:
        return a.resolve() == Path(b) or a.samefile(b)
    except OSError:
        return False


def _run_record(st: Any, key: str, state: str | Path) -> dict[str, Any] | None:
    """The state's record of an earlier commit of this night, checked: a damaged one (edited, or written by
    something else) is a StateError, where it was a traceback (helper hostile15)."""
    try:
        prior = st.run_record(key)
        if prior is None:
            return None
        digests, counts = prior["digests"], prior["counts"]
        if not isinstance(prior["out"], str):
            raise TypeError("its output folder is not text")
        if not (isinstance(digests, dict) and all(isinstance(v, str) for v in digests.values())):
            raise TypeError("its output digests are not a table of names and digests")
        if not isinstance(counts, dict):
            raise TypeError("its counts are not a table")
        return dict(prior)
    except (ValueError, TypeError, KeyError) as exc:
        raise _damaged("of this night", exc, state) from exc


def _damaged(run: str, exc: Exception, state: str | Path) -> StateError:
    """The error for a state whose record of an earlier run (``run``: "of this night", "into OUT") does not read."""
    return StateError(
        f"the state is damaged (the record of an earlier run {run}: {type(exc).__name__}: {exc}); nothing was "
        "written. Restore it from a backup, or start a new state file.",
        path=str(state),
    )


def refuse_changed_outputs(out: Path, prior: dict[str, Any], state: str | Path) -> None:
    """A committed night rerun into its own folder (or one holding outputs) whose files changed: a rerun would
    write "nothing new" over them, so it is refused and they stay as they are."""
    digests: dict[str, Any] = prior["digests"]
    if _outputs_in_place(out, digests):
        return  # left alone later (already_committed)
    # the files the night wrote, in the format it wrote them (its digests name them)
    present = [name for name in digests if (out / name).exists()]
    if not present and not _same_folder(out, prior["out"]):
        return  # a fresh folder: the rerun writes what it finds new (nothing), over nothing
    changed = [
        f"{name} {'changed' if (out / name).exists() else 'missing'}"
        for name, digest in digests.items()
        if _digest(out / name) != digest
    ]
    raise StateError(
        f"this night was committed on {prior['at']} into {prior['out']}, and its outputs in {out} are not the "
        f"ones it wrote ({', '.join(changed)}). A rerun would find nothing new (its stories are in the state) and "
        "replace them with empty files, so nothing was done and they are left as they are. Restore them, or "
        "rerun into an empty folder (`cleaner state export` lists every story with its sources).",
        path=str(state),
    )


def earlier_nights_outputs(out: Path, key: str, st: Any, state: str | Path) -> list[tuple[str, list[str]]]:
    """The stories and updates files another committed night (other input files, or the same files under other
    names) wrote into ``out`` and that are still there as written and hold records: ``(committed at, names)`` per
    night. Those stories are emitted only in those files (the state keeps no text without ``--store-text``); this
    night would write over them (helper hostile28: a rerun with renamed files emptied the earlier night's
    ``stories.jsonl``), so :func:`keep_aside` moves them first."""
    try:
        records = st.runs_into(str(out.resolve()))
    except (ValueError, TypeError, KeyError) as exc:
        raise _damaged(f"into {out}", exc, state) from exc
    found: list[tuple[str, list[str]]] = []
    for rec in records:
        digests, counts = rec.get("digests"), rec.get("counts")
        if rec.get("key") == key or not isinstance(digests, dict) or not isinstance(counts, dict):
            continue
        held = {"stories": counts.get("new_stories"), "updates": counts.get("updates")}  # records in each file
        kept = [
            name for name, digest in digests.items() if held.get(name.split(".")[0]) and _digest(out / name) == digest
        ]
        if kept:
            found.append((str(rec.get("at") or rec.get("key") or "earlier"), kept))
    return found


def keep_aside(out: Path, found: list[tuple[str, list[str]]]) -> list[str]:
    """Move each earlier night's files (:func:`earlier_nights_outputs`) into ``OUT/night-<committed at>/`` before
    this night writes its own: ``OUT/stories.jsonl`` is tonight's, and no earlier story is lost. Returns the
    paths moved, relative to ``out``."""
    moved: list[str] = []
    for at, names in found:
        stamp = "".join(c if c.isalnum() or c in "-_" else "-" for c in at)[:40] or "earlier"
        dest, n = out / f"night-{stamp}", 1
        while dest.exists():
            n += 1
            dest = out / f"night-{stamp}-{n}"
        dest.mkdir()
        for name in names:
            os.replace(out / name, dest / name)
            moved.append(f"{dest.name}/{name}")
        fsync_dir(dest)
    if moved:
        fsync_dir(out)
    return moved


STATE_FILES = ("", "-journal", "-wal", "-shm", ".lock")
"""A state file's name and the suffixes of its side files (SQLite's journals, the run's lock)."""


def _own_files(state: str | Path, inputs: Iterable[str | Path]) -> list[str]:
    """``--exclude`` patterns of the state file and its side files, as the folder walk over ``inputs`` spells them:
    a state kept inside an input folder is not read by its own run (helper hostile16: the state, its journal —
    while the run wrote it — and its lock were rejects every night, and, the state's bytes being part of the
    night's input key, a rerun was never the same night)."""
    target = os.path.abspath(state)
    spelled: set[str] = set()  # (none for a state outside the input folders: no pattern to match per file)
    for p in inputs:
        top = os.path.abspath(p)
        if target.startswith(top.rstrip(os.sep) + os.sep) and os.path.isdir(p):
            spelled.add(os.path.join(str(Path(p)), os.path.relpath(target, top)))
    return [glob.escape(name) + side for name in sorted(spelled) for side in STATE_FILES]


def run_with_state(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    state: str | Path,
    *,
    rules: Rules | None = None,
    workers: int | None = 1,
    executor: Executor | None = None,
    progress: Progress | None = None,
    params: DedupParams | None = None,
    store_text: bool = False,
    options: RunOptions | None = None,
    read_options: ReadOptions | None = None,
    extra: dict[str, Any] | None = None,
) -> Report:
    """One night (see module doc); ``extra`` goes into ``report.json`` as it is (the fetch's counts)."""
    options = options or RunOptions()
    started = options.started or time.time()
    params = params or DedupParams()
    inputs = check_inputs(inputs)
    if not is_redis_url(state):
        options = dataclasses.replace(options, exclude=[*options.exclude, *_own_files(state, inputs)])
    out = Path(out_dir)
    with open_state(state, params, store_text=store_text) as st, claim_out_dir(out):
        params = st.params  # (a state of an earlier normaliser version keeps it: adopted_params)
        # unwritable, full or another run's: refused before the work (and marked: never read as input)
        key = input_key(select_files(list_inputs(inputs), options.include, options.exclude), params)
        prior = _run_record(st, key, state)
        earlier = earlier_nights_outputs(out, key, st, state)
        if prior is not None:
            refuse_changed_outputs(out, prior, state)
        aside = keep_aside(out, earlier)
        with spooling_rejects(out) as spool:  # (its rejects written as they come: rejects.jsonl copies them)
            result = process(
                inputs, rules=rules, workers=workers, executor=executor, progress=progress, params=params, index=st,
                read_options=read_options,
                **options.process_kwargs(),
            )  # fmt: skip
            t_state = time.perf_counter()
            fault("after_process")
            report = result.report
            report.extra.update(extra or {})
            dedup = report.extra.get("dedup", {})
            summary: dict[str, Any] = {
                "run": key,
                "stories_before": st.stories_at_open,
                "stories_after": st.stories(),
                "new_stories": len(result.stories),
                "updates": len(result.updates),
                "attached": dedup.get("attached", 0),
                "moved": dedup.get("moved", 0),
                "already_seen": dedup.get("already_seen", 0),
                "already_committed": False,
            }
            if aside:  # another night's stories were in this folder: kept in a folder of their own
                summary["kept_aside"] = aside
            if prior is not None and _outputs_in_place(out, prior["digests"]):
                # This night was committed and its outputs are still there: change nothing.
                st.rollback()
                summary.update(already_committed=True, stories_after=st.stories_at_open, committed_at=prior["at"])
                report.extra["state"] = summary
                stamp_report(report, options, started)
                return report
            if store_text:
                st.record_texts([*result.stories, *result.updates])
            report.extra["state"] = summary
            report.stage_seconds["state"] = time.perf_counter() - t_state
            t_write = time.perf_counter()
            write_records(out, "stories", (s.to_json() for s in result.stories), options.format)
            fault("after_stories")
            write_records(out, "updates", (u.to_json() for u in result.updates), options.format)
            fault("after_updates")
            write_rejects(out, spool)
            write_audit(out, result.audit)
            fault("after_rejects")
            report.stage_seconds["write"] = time.perf_counter() - t_write
            stamp_report(report, options, started)
            write_json(out / "report.json", report.to_json())
            fault("after_report")
            digests = {name: _digest(out / name) for name in output_files(options.format)}
            counts = {k: summary[k] for k in ("new_stories", "updates", "attached", "moved", "already_seen")}
            st.save({"key": key, "out": str(out.resolve()), "digests": digests, "counts": counts})
    return report
