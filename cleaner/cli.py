"""The command line: a thin layer over the library.

Each command parses its arguments, makes one library call, and maps library
errors to exit codes: 0 ok, 1 error, 2 bad usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from cleaner.document import Document
from cleaner.errors import CleanerError, RulesError, UsageError
from cleaner.executor import Backend, Executor, make_executor
from cleaner.pipeline import Progress
from cleaner.pipeline import run as run_pipeline
from cleaner.rules import Rules, load_rules

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn web-scraped article dumps into one clean, canonical text per story.",
    pretty_exceptions_enable=False,
)

RulesOpt = Annotated[
    list[Path] | None,
    typer.Option("--rules", help="Extra rules file (TOML, same tables as the packaged rules); repeatable."),
]


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"cleaner: {message}", err=True)
    return typer.Exit(code)


def _rules(paths: list[Path] | None) -> Rules:
    try:
        return load_rules(paths or [])
    except RulesError as exc:
        raise _fail(str(exc), 2) from exc


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Progress | None]:
    """A rich progress bar on a terminal; nothing otherwise."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TaskID, TimeElapsedColumn
    from rich.progress import Progress as RichProgress

    with RichProgress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


@contextmanager
def _executor(kind: str, workers: int, ray_address: str | None) -> Iterator[Executor]:
    """The executor of one run, closed (pool shut down, Ray disconnected) when the run ends."""
    if kind not in ("local", "ray"):
        raise UsageError(f"--executor is local or ray, not {kind!r}")
    backend: Backend = "ray" if kind == "ray" else "local"
    ex = make_executor(workers or None, backend=backend, address=ray_address)
    try:
        yield ex
    finally:
        ex.close()


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Dump files or folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")],
    rules: RulesOpt = None,
    workers: Annotated[int, typer.Option("--workers", "-j", help="Worker processes; 0 = every core.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
    executor: Annotated[
        str,
        typer.Option(
            "--executor", help="local: processes on this machine (-j); ray: Ray tasks (pip install 'cleaner[ray]')."
        ),
    ] = "local",
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            help="With --executor ray: the cluster (auto, host:6379, ray://host:10001); default: local Ray, -j CPUs.",
        ),
    ] = None,
) -> None:
    """Clean and collapse dumps into OUT/stories.jsonl, OUT/rejects.jsonl and OUT/report.json."""
    loaded = _rules(rules)
    try:
        with _executor(executor, workers, ray_address) as ex, _progress_bar(not quiet) as progress:
            report = run_pipeline(paths, out, rules=loaded, workers=workers or None, executor=ex, progress=progress)
    except UsageError as exc:
        raise _fail(str(exc), 2) from exc
    except CleanerError as exc:
        raise _fail(str(exc), 1) from exc
    except OSError as exc:
        raise _fail(f"{exc.filename or ''}: {exc.strerror or exc}", 1) from exc
    if not quiet:
        rejected = sum(report.rejects.values())
        typer.echo(
            f"{report.files} files, {report.documents} documents → {report.stories} stories "
            f"({report.exact_duplicates + report.near_duplicates} duplicates merged, {rejected} rejected) "
            f"in {report.seconds:.1f}s → {out}",
            err=True,
        )


@app.command()
def clean(
    file: Annotated[Path, typer.Argument(help="One dump file.")],
    rules: RulesOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON record per document.")] = False,
) -> None:
    """Print the cleaned documents of one file, for a quick look."""
    from cleaner.pipeline import process_file

    loaded = _rules(rules)
    if not file.is_file():
        raise _fail(f"no such file: {file}", 2)
    for item in process_file(str(file), loaded):
        if as_json:
            typer.echo(json.dumps(item.to_json(), ensure_ascii=False))
        elif isinstance(item, Document):
            src = item.sources[0]
            typer.echo(f"=== {item.title or '(no title)'}  [{src.path} #{src.record}.{src.segment}]")
            if item.meta:
                typer.echo("    " + "  ".join(f"{k}={v}" for k, v in sorted(item.meta.items())))
            typer.echo(item.text)
            typer.echo("")
        else:
            typer.echo(f"--- rejected ({item.reason}): {item.detail}", err=True)


state_app = typer.Typer(no_args_is_help=True, help="Inspect a nightly dedup state (see cleaner run --state).")
app.add_typer(state_app, name="state")


@state_app.command("info")
def state_info_cmd(
    state: Annotated[str, typer.Argument(help="State file (or redis:// URL).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts, dedup parameters, size on disk and bytes per story."""
    from cleaner.state import state_info

    try:
        info = state_info(state)
    except CleanerError as exc:
        raise _fail(str(exc), 1) from exc
    if as_json:
        typer.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    for key in ("path", "stories", "documents", "sources", "texts", "band_entries", "band_segments", "runs"):
        typer.echo(f"{key:16} {info.get(key)}")
    if info.get("size_bytes") is not None:
        typer.echo(f"{'size':16} {info['size_bytes'] / 1e6:.1f} MB ({info.get('bytes_per_story')} bytes per story)")
    last = info.get("last_run")
    if last:
        typer.echo(f"{'last run':16} {last.get('at')} → {last.get('out')}")
    typer.echo(f"{'fingerprint':16} {info.get('fingerprint')}")
    for key, value in sorted(info.get("versions", {}).items()):
        typer.echo(f"  {key:24} {value}")
    for key, value in sorted(info.get("params", {}).items()):
        typer.echo(f"  {key:24} {value}")


@state_app.command("export")
def state_export_cmd(
    state: Annotated[str, typer.Argument(help="State file (or redis:// URL).")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSONL here (atomically), not stdout.")] = None,
) -> None:
    """Every story with its sources (and text when stored), one JSON record per line."""
    from cleaner.output import write_jsonl
    from cleaner.state import export_state

    try:
        if out is not None:
            n = write_jsonl(out, export_state(state))
            typer.echo(f"{n} stories → {out}", err=True)
        else:
            for rec in export_state(state):
                typer.echo(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
    except CleanerError as exc:
        raise _fail(str(exc), 1) from exc


def main() -> None:
    """Entry point of the ``cleaner`` script; bad usage exits 2 (click's default)."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
