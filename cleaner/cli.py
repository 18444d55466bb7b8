"""The command line: a thin layer over the library.

Each command parses its arguments, makes one library call, and maps library
errors to exit codes: 0 ok, 1 error, 2 bad usage, 3 (``run``) finished but unhealthy: no document from a
non-empty input, or more rejects than ``--max-reject-share`` (docs/cli-exit-status.md).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cleaner.document import Document
from cleaner.errors import CleanerError, RulesError, StateError, UsageError
from cleaner.executor import Backend, Executor, make_executor
from cleaner.pipeline import Progress, unhealthy
from cleaner.pipeline import run as run_pipeline
from cleaner.rules import Rules, load_rules

if TYPE_CHECKING:
    from cleaner.crawler import FetchProgress

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
def _errors(usage: tuple[type[Exception], ...] = (UsageError,)) -> Iterator[None]:
    """Library errors → exit codes: ``usage`` ones 2, other CleanerErrors and OS errors 1."""
    try:
        yield
    except usage as exc:
        raise _fail(str(exc), 2) from exc
    except CleanerError as exc:
        raise _fail(str(exc), 1) from exc
    except OSError as exc:
        raise _fail(f"{exc.filename or ''}: {exc.strerror or exc}", 1) from exc


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
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")],
    paths: Annotated[list[Path] | None, typer.Argument(help="Dump files or folders (searched recursively).")] = None,
    rules: RulesOpt = None,
    workers: Annotated[int, typer.Option("--workers", "-j", help="Worker processes; 0 = every core.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
    executor: Annotated[
        str,
        typer.Option(
            "--executor", help="local: processes on this machine (-j); ray: Ray tasks (pip install 'cleaner\\[ray]')."
        ),
    ] = "local",
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            help="With --executor ray: the cluster (auto, host:6379, ray://host:10001, or 127.0.0.1:PORT for a "
            "cluster bound to this machine; a token-auth cluster needs RAY_AUTH_MODE=token and its token); "
            "default: a local Ray instance with -j CPUs.",
        ),
    ] = None,
    state: Annotated[
        str | None,
        typer.Option(
            "--state",
            help="Dedup state (SQLite file, created if missing; or redis://host:port/db): emit only stories not "
            "seen by earlier runs, and OUT/updates.jsonl.",
        ),
    ] = None,
    store_text: Annotated[bool, typer.Option("--store-text", help="Keep canonical texts in the state.")] = False,
    max_reject_share: Annotated[
        float | None,
        typer.Option(
            "--max-reject-share",
            min=0.0,
            max=1.0,
            help="Exit 3 when rejects are more than this share of everything read (documents + rejects); the "
            "outputs are written all the same. Default: off (a run with no document at all always exits 3).",
        ),
    ] = None,
    urls: Annotated[
        str | None,
        typer.Option(
            "--urls", help="Fetch these URLs first (a file, one per line; - for stdin) into OUT/dumps, resumably."
        ),
    ] = None,
) -> None:
    """Clean and collapse dumps into OUT/stories.jsonl, OUT/rejects.jsonl and OUT/report.json."""
    loaded = _rules(rules)
    if not paths and urls is None:
        raise _fail("nothing to do: give dump files or folders, or --urls FILE", 2)
    url_list = None
    if urls is not None:
        from cleaner.crawler import read_url_list

        try:
            url_list = read_url_list(urls)
        except (OSError, CleanerError) as exc:
            raise _fail(f"--urls {urls}: {exc}", 2) from exc
    if store_text and state is None:
        raise _fail("--store-text needs --state", 2)
    with _errors():
        with _executor(executor, workers, ray_address) as ex, _progress_bar(not quiet) as progress:
            report = run_pipeline(
                paths or [], out, rules=loaded, workers=workers or None, executor=ex, progress=progress, state=state,
                store_text=store_text, urls=url_list,
            )  # fmt: skip
    if not quiet:
        rejected = sum(report.rejects.values())
        typer.echo(
            f"{report.files} files, {report.documents} documents → {report.stories} stories "
            f"({report.exact_duplicates + report.near_duplicates} duplicates merged, {rejected} rejected) "
            f"in {report.seconds:.1f}s → {out}",
            err=True,
        )
        fetched = report.extra.get("fetch")
        if fetched:
            reasons = ", ".join(f"{k} {v}" for k, v in fetched["failed"].items())
            typer.echo(
                f"fetch: {fetched['requested']} URLs, {fetched['fetched']} fetched, {fetched['skipped_existing']} "
                f"stored before, {fetched['failed_total']} failed{f' ({reasons})' if reasons else ''}"
                f"{' → ' + str(out / 'dumps' / 'failures.jsonl') if fetched['failed_total'] else ''}",
                err=True,
            )
        st = report.extra.get("state")
        if st and st.get("already_committed"):
            typer.echo(f"state: this night was committed before; the outputs in {out} were left as they were", err=True)
        elif st:
            typer.echo(
                f"state: {st['new_stories']} new stories, {st['updates']} updates, {st['attached']} copies of earlier "
                f"stories, {st.get('moved', 0)} moved to a better story, {st['already_seen']} already recorded; "
                f"{st['stories_after']} stories in the state",
                err=True,
            )
    for rule, n in report.extra.get("rule_timeouts", {}).items():  # a warning even with -q
        typer.echo(
            f"cleaner: warning: rule {rule} timed out on {n} file(s) (skipped for the rest of each such file); "
            "simplify its regular expression",
            err=True,
        )
    problem = unhealthy(report, max_reject_share)
    if problem is not None:
        raise _fail(f"{problem} (exit 3; outputs in {out})", 3)


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


@app.command()
def fetch(
    urls: Annotated[str, typer.Argument(help="File of URLs, one per line (# comments allowed); - reads stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Dump folder: WARC files and failures.jsonl.")],
    concurrency: Annotated[int, typer.Option(help="Requests in flight in all.")] = 16,
    per_host: Annotated[int, typer.Option(help="Requests in flight per host.")] = 2,
    delay: Annotated[float, typer.Option(help="Seconds between requests to one host.")] = 1.0,
    connect_timeout: Annotated[float, typer.Option(help="Seconds to connect.")] = 10.0,
    read_timeout: Annotated[float, typer.Option(help="Seconds between bytes.")] = 30.0,
    timeout: Annotated[float, typer.Option(help="Seconds for a whole attempt.")] = 60.0,
    retries: Annotated[int, typer.Option(help="Retries on connection errors, 429 and 5xx.")] = 3,
    max_redirects: Annotated[int, typer.Option(help="Redirects followed.")] = 10,
    max_bytes: Annotated[int, typer.Option(help="Largest body kept, in bytes.")] = 10 * 1024 * 1024,
    content_type: Annotated[
        list[str] | None, typer.Option("--content-type", help="Accepted types (repeatable; text/* allowed).")
    ] = None,
    user_agent: Annotated[str | None, typer.Option(help="User-Agent header.")] = None,
    ignore_robots: Annotated[bool, typer.Option("--ignore-robots", help="Do not honour robots.txt.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
) -> None:
    """Fetch URLS into OUT as WARC, politely and resumably (a second run skips what is stored)."""
    from cleaner.crawler import FetchOptions, read_url_list
    from cleaner.crawler import fetch as fetch_urls

    with _errors(usage=(UsageError, StateError)):
        options = FetchOptions(**_fetch_options(locals()))
        url_list = read_url_list(urls)
        with _fetch_progress(not quiet) as progress:
            report = fetch_urls(url_list, out, options=options, progress=progress)
    if not quiet:
        typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2), err=True)


def _fetch_options(args: dict[str, Any]) -> dict[str, Any]:
    """CLI arguments → FetchOptions fields."""
    opts: dict[str, Any] = {
        "concurrency": args["concurrency"],
        "per_host": args["per_host"],
        "per_host_delay": args["delay"],
        "connect_timeout": args["connect_timeout"],
        "read_timeout": args["read_timeout"],
        "total_timeout": args["timeout"],
        "retries": args["retries"],
        "max_redirects": args["max_redirects"],
        "max_bytes": args["max_bytes"],
        "respect_robots": not args["ignore_robots"],
    }
    if args["content_type"]:
        opts["content_types"] = tuple(args["content_type"])
    if args["user_agent"]:
        opts["user_agent"] = args["user_agent"]
    return opts


@contextmanager
def _fetch_progress(enabled: bool) -> Iterator[Callable[[FetchProgress], None] | None]:
    """done / failed / rate on a terminal; nothing otherwise."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TimeElapsedColumn
    from rich.progress import Progress as RichProgress

    with RichProgress(
        "fetch", BarColumn(), MofNCompleteColumn(), "{task.fields[status]}", TimeElapsedColumn(), transient=True
    ) as bar:
        task = bar.add_task("fetch", total=None, status="")

        def update(p: FetchProgress) -> None:
            status = f"{p.done} ok, {p.failed} failed, {p.rate:.0f}/s"
            bar.update(task, completed=p.finished, total=p.total, status=status)

        yield update


state_app = typer.Typer(no_args_is_help=True, help="Inspect a nightly dedup state (see cleaner run --state).")
app.add_typer(state_app, name="state")


@state_app.command("info")
def state_info_cmd(
    state: Annotated[str, typer.Argument(help="State file (or redis:// URL).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    tables: Annotated[bool, typer.Option("--tables", help="Also bytes per table (reads every page).")] = False,
) -> None:
    """Counts, dedup parameters, size on disk and bytes per story."""
    from cleaner.state import state_info

    try:
        info = state_info(state, tables=tables)
    except CleanerError as exc:
        raise _fail(str(exc), 1) from exc
    if as_json:
        typer.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    for key in ("path", "stories", "documents", "sources", "movable_copies", "moved_copies", "texts", "band_entries",
                "band_segments", "runs"):  # fmt: skip
        typer.echo(f"{key:16} {info.get(key)}")
    if info.get("size_bytes") is not None:
        typer.echo(f"{'size':16} {info['size_bytes'] / 1e6:.1f} MB ({info.get('bytes_per_story')} bytes per story)")
    for name, size in (info.get("tables_bytes") or {}).items():
        typer.echo(f"  {name:24} {size / 1e6:.1f} MB" if size >= 1e6 else f"  {name:24} {size / 1e3:.0f} kB")
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
