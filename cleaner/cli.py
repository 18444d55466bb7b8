"""The command line: a thin layer over the library.

Each command parses its arguments, makes one library call, and maps library
errors to exit codes: 0 ok, 1 error, 2 bad usage, 3 (``run``) finished but unhealthy: no document from a
non-empty input, or more rejects than ``--max-reject-share`` (docs/cli-exit-status.md).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cleaner._version import __version__
from cleaner.dedup import DedupParams
from cleaner.document import Document
from cleaner.errors import CleanerError, RulesError, StateError, UsageError
from cleaner.execution.executor import (
    DEFAULT_TIME_LIMIT,
    WORKERS_PER_CORE,
    Backend,
    Executor,
    close_executor,
    default_workers,
    make_executor,
    max_local_workers,
)
from cleaner.input.readers import STDIN, ReadOptions
from cleaner.output import FORMATS
from cleaner.pipeline import GROUPINGS, Progress, Report, RunOptions, unhealthy
from cleaner.pipeline import run as run_pipeline
from cleaner.rules import Rules, load_rules

if TYPE_CHECKING:
    from cleaner.crawler import FetchOptions, FetchProgress

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn web-scraped article dumps into one clean, canonical text per story.",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
log = logging.getLogger("cleaner")


def _show_version(value: bool) -> None:
    if value:
        import cleaner

        n = len(cleaner.compiled)
        typer.echo(f"cleaner {__version__} ({f'{n} modules compiled' if n else 'pure Python'})")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="More log lines: -v info, -vv debug.")
    ] = 0,
) -> None:
    """Turn web-scraped article dumps into one clean, canonical text per story."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    log.handlers[:] = [handler]
    log.setLevel(level)
    log.propagate = False


IdKeyOpt = Annotated[
    str, typer.Option("--id-key", help="JSONL: the field holding a record's own id (kept as the source's input_id).")
]
TextKeyOpt = Annotated[
    str | None,
    typer.Option(
        "--text-key",
        help="JSONL: the field holding the text (default: the first non-empty of html, raw_html, raw_content, "
        "text, content, body, article).",
    ),
]
RulesOpt = Annotated[
    list[Path] | None,
    typer.Option("--rules", help="Extra rules file (TOML, same tables as the packaged rules); repeatable."),
]


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"cleaner: {message}", err=True)
    return typer.Exit(code)


def _not_a_file(file: Path) -> typer.Exit:
    """The error for a FILE argument that is not a regular file: missing, or a folder, FIFO, socket or device
    (which "no such file" misnamed)."""
    if file.exists():
        return _fail(f"not a regular file (a folder, FIFO, socket or device): {file}", 2)
    return _fail(f"no such file: {file}", 2)


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
        where = f"{exc.filename}: " if exc.filename else ""
        raise _fail(f"{where}{exc.strerror or exc}", 1) from exc


_STAGE_UNITS = {"clean": "files", "collapse": "documents", "state": "stories", "write": "stories"}


class _LineProgress:
    """Progress without a terminal: a line on stderr when a stage starts and ends, and at most one every
    ``every`` seconds in between, with counts, rate and ETA."""

    def __init__(self, every: float = 5.0) -> None:
        self.every = every
        self.started: dict[str, float] = {}
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        first = stage not in self.started
        t0 = self.started.setdefault(stage, now)
        if not (first or done >= total or now - self.last >= self.every):
            return
        self.last = now
        unit = _STAGE_UNITS.get(stage, "items")
        elapsed = now - t0
        line = f"cleaner: {stage}: {done}/{total} {unit}"
        if done >= total and not first:
            line += f", done in {elapsed:.1f}s"
        elif done and elapsed > 0:
            rate = done / elapsed
            line += f", {rate:.1f}/s, ETA {(total - done) / rate:.0f}s"
        typer.echo(line, err=True)


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Progress | None]:
    """Every stage with counts, rate and ETA: a rich bar on a terminal, log lines otherwise."""
    if not enabled:
        yield None
        return
    if not sys.stderr.isatty():
        yield _LineProgress()
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        ProgressColumn,
        Task,
        TaskID,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as RichProgress
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} {task.fields.get('unit', '')}/s" if speed else "", style="progress.data.speed")

    with RichProgress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        "ETA",
        TimeRemainingColumn(),
        TimeElapsedColumn(),
        transient=True,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total, unit=_STAGE_UNITS.get(stage, ""))
            bar.update(tasks[stage], completed=done, total=total)

        yield update


@contextmanager
def _executor(kind: str, workers: int, ray_address: str | None, time_limit: float = 0) -> Iterator[Executor]:
    """The executor of one run, closed (pool shut down, Ray disconnected) when the run ends."""
    if kind not in ("local", "ray"):
        raise UsageError(f"--executor is local or ray, not {kind!r}")
    backend: Backend = "ray" if kind == "ray" else "local"
    if backend == "local" and workers > max_local_workers():
        typer.echo(
            f"cleaner: warning: -j {workers} is more than {WORKERS_PER_CORE} worker processes per core "
            f"({default_workers()} cores here): {max_local_workers()} started",
            err=True,
        )
    ex = make_executor(workers or None, backend=backend, address=ray_address, time_limit=time_limit or None)
    try:
        yield ex
    except BaseException:  # an error or Ctrl-C: workers are killed, not waited for
        close_executor(ex, failed=True)
        raise
    close_executor(ex)


def _load_config(ctx: typer.Context, param: typer.CallbackParam, value: Path | None) -> Path | None:
    """``--config FILE``: a TOML file whose keys are the command's long option names (``workers``,
    ``min-chars`` or ``min_chars``, ...), at the top level or in a ``[run]`` table, and whose ``[dedup]`` table sets
    :class:`cleaner.DedupParams` fields. Flags given on the command line win over the file."""
    if value is None:
        return None
    try:
        data = tomllib.loads(value.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise typer.BadParameter(f"{value}: {exc}", ctx=ctx) from exc
    table = dict(data.get("run", {}))
    table.update({k: v for k, v in data.items() if k not in ("run", "dedup")})
    names = {p.name for p in ctx.command.params if p.name and p.name not in ("config", "paths")}
    defaults: dict[str, Any] = {}
    for key, val in table.items():
        name = key.replace("-", "_")
        if name not in names:
            raise typer.BadParameter(f"{value}: unknown option {key!r}", ctx=ctx)
        defaults[name] = val
    dedup = data.get("dedup", {})
    if not isinstance(dedup, dict):
        raise typer.BadParameter(f"{value}: [dedup] must be a table", ctx=ctx)
    defaults["dedup"] = [*(f"{k}={v}" for k, v in dedup.items()), *defaults.get("dedup", [])]
    ctx.default_map = {**(ctx.default_map or {}), **defaults}
    return value


def dedup_params(assignments: list[str] | None) -> DedupParams | None:
    """``["jaccard=0.6", "restore=false"]`` → DedupParams; None when empty. Bad names or values: UsageError."""
    if not assignments:
        return None
    # (a field's type is its annotation's text, or the type itself when params.py is compiled with mypyc)
    kinds = {
        f.name: f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
        for f in fields(DedupParams)
    }
    kwargs: dict[str, Any] = {}
    for item in assignments:
        key, sep, raw = item.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in kinds:
            raise UsageError(f"--dedup takes NAME=VALUE with NAME one of {', '.join(sorted(kinds))}; got {item!r}")
        kind = str(kinds[key])
        try:
            if kind == "bool":
                if raw.strip().lower() not in ("true", "false", "1", "0", "yes", "no"):
                    raise ValueError(raw)
                kwargs[key] = raw.strip().lower() in ("true", "1", "yes")
            elif kind == "int":
                kwargs[key] = int(raw)
            elif kind == "float":
                kwargs[key] = float(raw)
            else:
                kwargs[key] = raw
        except ValueError as exc:
            raise UsageError(f"--dedup {key}: {raw!r} is not a {kind}") from exc
    try:
        return DedupParams(**kwargs)
    except (TypeError, ValueError) as exc:
        raise UsageError(f"--dedup: {exc}") from exc


AllowPrivateOpt = typer.Option(
    "--allow-private",
    help="Fetch private, loopback and link-local addresses too (intranet crawls); the SSRF guard refuses them.",
)


# `cleaner run`'s options (module-level so the command reads as its body).
OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Output folder.")]
PathsOpt = Annotated[
    list[Path] | None, typer.Argument(help="Dump files or folders (searched recursively); - reads stdin.")
]
WorkersOpt = Annotated[int, typer.Option("--workers", "-j", min=0, help="Worker processes; 0 = every core.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")]
ExecutorOpt = Annotated[
    str,
    typer.Option(
        "--executor",
        help="local: processes on this machine (-j); ray: Ray tasks (pip install 'story-cleaner\\[ray]').",
    ),
]
RayAddressOpt = Annotated[
    str | None,
    typer.Option(
        "--ray-address",
        help="With --executor ray: the cluster (auto, host:6379, ray://host:10001, or 127.0.0.1:PORT for a "
        "cluster bound to this machine; a token-auth cluster needs RAY_AUTH_MODE=token and its token); "
        "default: a local Ray instance with -j CPUs.",
    ),
]
StateOpt = Annotated[
    str | None,
    typer.Option(
        "--state",
        help="Dedup state (SQLite file, created if missing; or redis://host:port/db): emit only stories not "
        "seen by earlier runs, and OUT/updates.jsonl.",
    ),
]
StoreTextOpt = Annotated[bool, typer.Option("--store-text", help="Keep canonical texts in the state.")]
MaxRejectShareOpt = Annotated[
    float | None,
    typer.Option(
        "--max-reject-share",
        min=0.0,
        max=1.0,
        help="Exit 3 when rejects are more than this share of everything read (documents + rejects); the "
        "outputs are written all the same. Default: off (a run with no document at all always exits 3).",
    ),
]
UrlsOpt = Annotated[
    str | None,
    typer.Option(
        "--urls", help="Fetch these URLs first (a file, one per line; - for stdin) into OUT/dumps, resumably."
    ),
]
OutputFormatOpt = Annotated[str, typer.Option("--format", help=f"Format of stories and updates: {', '.join(FORMATS)}.")]
MinCharsOpt = Annotated[
    int, typer.Option("--min-chars", help="Reject documents shorter than this many characters (too_short).")
]
NoDedupOpt = Annotated[bool, typer.Option("--no-dedup", help="Merge only identical texts; no near-duplicate collapse.")]
NoSiteRepetitionOpt = Annotated[
    bool,
    typer.Option(
        "--no-site-repetition",
        help="Keep lines repeated across the different stories of one site (by default they are cut: "
        "docs/extraction-site-repetition.md).",
    ),
]
IncludeOpt = Annotated[
    list[str] | None,
    typer.Option("--include", help="Only files whose path or name matches this glob (repeatable)."),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option("--exclude", help="Skip files whose path or name matches this glob (repeatable)."),
]
DedupOpt = Annotated[
    list[str] | None,
    typer.Option("--dedup", help="A dedup parameter, NAME=VALUE (jaccard=0.6, containment=0.8, ...); repeatable."),
]
AuditTrailOpt = Annotated[
    bool,
    typer.Option("--audit", help="Also write OUT/audit.jsonl.gz: what was cut from each document and why."),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        callback=_load_config,
        is_eager=True,
        help="TOML file setting any of these options (flags win); its \\[dedup] table sets dedup parameters.",
    ),
]
GroupingOpt = Annotated[
    str,
    typer.Option(
        "--grouping",
        help="Where the collapse runs: memory (on the driver), components (per connected component on the "
        "workers; the same stories) or auto (components from 5,000 documents with -j > 1, no --state).",
    ),
]
WorkOpt = Annotated[
    Path | None,
    typer.Option(
        "--work",
        help="Run as stages over shards in this folder (new or empty; removed at the end); a rerun after a "
        "kill continues there. Default: staged in OUT/.work from 256 MB or 100,000 documents of input, else in memory.",
    ),
]
TimeLimitOpt = Annotated[
    float,
    typer.Option(
        "--time-limit",
        min=0,
        help="CPU seconds a page may take to extract and clean, per million characters of it (default 60); a page "
        "past it is stopped (its worker process killed and replaced) and becomes a `timeout` reject; 0: no limit "
        "(-j 1 then cleans in this process). With --executor ray each Ray worker watches its own clock.",
    ),
]
ShardSizeOpt = Annotated[
    int,
    typer.Option(
        "--shard-size",
        min=0,
        help="Write stories as files of this many stories each (OUT/stories/part-NNNNN.<format>, listed in "
        "OUT/stories.manifest.json as each is finished); 0: one file (default).",
    ),
]


@app.command()
def run(
    out: OutOpt,
    paths: PathsOpt = None,
    rules: RulesOpt = None,
    workers: WorkersOpt = 0,
    quiet: QuietOpt = False,
    executor: ExecutorOpt = "local",
    ray_address: RayAddressOpt = None,
    state: StateOpt = None,
    store_text: StoreTextOpt = False,
    max_reject_share: MaxRejectShareOpt = None,
    urls: UrlsOpt = None,
    id_key: IdKeyOpt = "id",
    text_key: TextKeyOpt = None,
    output_format: OutputFormatOpt = "jsonl",
    min_chars: MinCharsOpt = 0,
    no_dedup: NoDedupOpt = False,
    no_site_repetition: NoSiteRepetitionOpt = False,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    dedup: DedupOpt = None,
    audit_trail: AuditTrailOpt = False,
    config: ConfigOpt = None,
    allow_private: Annotated[bool, AllowPrivateOpt] = False,
    grouping: GroupingOpt = "auto",
    work: WorkOpt = None,
    shard_size: ShardSizeOpt = 0,
    time_limit: TimeLimitOpt = DEFAULT_TIME_LIMIT,
) -> None:
    """Clean and collapse dumps into OUT/stories.jsonl, OUT/rejects.jsonl and OUT/report.json."""
    started = time.time()
    if str(out) == "-":
        raise _fail("--out - is not possible: a run writes several files (stories, rejects, report); give a folder", 2)
    arguments = {k: (str(v) if isinstance(v, Path) else [str(x) for x in v] if isinstance(v, list) else v)
                 for k, v in locals().items() if k != "started"}  # fmt: skip
    loaded = _rules(rules)
    _check_choices(output_format, grouping)
    with _errors():
        params = dedup_params(dedup)
    options = RunOptions(
        include=tuple(include or ()), exclude=tuple(exclude or ()), min_chars=min_chars, dedup=not no_dedup,
        format=output_format, arguments=arguments, started=started, audit=audit_trail, grouping=grouping,
        work=None if work is None else str(work), shard_size=shard_size, site_repetition=not no_site_repetition,
        time_limit=time_limit or None,
    )  # fmt: skip
    if not paths and urls is None:
        raise _fail("nothing to do: give dump files or folders, or --urls FILE", 2)
    url_list = None if urls is None else _url_list(urls)
    if store_text and state is None:
        raise _fail("--store-text needs --state", 2)
    with _errors():
        with _executor(executor, workers, ray_address, time_limit) as ex, _progress_bar(not quiet) as progress:
            report = run_pipeline(
                paths or [], out, rules=loaded, workers=workers or None, executor=ex, progress=progress, state=state,
                store_text=store_text, urls=url_list, params=params, options=options,
                fetch_options=_run_fetch_options(allow_private),
                read_options=ReadOptions(id_key=id_key, text_key=text_key),
            )  # fmt: skip
    if not quiet:
        _summary(report, out)
    _verdict(report, out, max_reject_share)


def _check_choices(output_format: str, grouping: str) -> None:
    """``--format`` and ``--grouping`` name something that exists here (parquet needs pyarrow)."""
    if output_format not in FORMATS:
        raise _fail(f"--format is one of {', '.join(FORMATS)}, not {output_format!r}", 2)
    if grouping not in GROUPINGS:
        raise _fail(f"--grouping is one of {', '.join(GROUPINGS)}, not {grouping!r}", 2)
    if output_format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise _fail("--format parquet needs pyarrow: pip install 'story-cleaner[parquet]'", 2) from exc


def _url_list(urls: str) -> list[str]:
    """``--urls FILE`` (or -) read, or exit 2 saying why."""
    from cleaner.crawler import read_url_list

    try:
        return read_url_list(urls)
    except (OSError, CleanerError) as exc:
        raise _fail(f"--urls {urls}: {exc}", 2) from exc


def _summary(report: Report, out: Path) -> None:
    """The closing lines of ``cleaner run`` on stderr."""
    st = report.extra.get("state")
    if st and st.get("already_committed"):
        typer.echo(
            f"state: this night was committed before ({st.get('committed_at')}); nothing new, the outputs in {out} "
            "were left as they were",
            err=True,
        )
        return
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
    if st:
        typer.echo(
            f"state: {st['new_stories']} new stories, {st['updates']} updates, {st['attached']} copies of earlier "
            f"stories, {st.get('moved', 0)} moved to a better story, {st['already_seen']} already recorded; "
            f"{st['stories_after']} stories in the state",
            err=True,
        )


def _verdict(report: Report, out: Path, max_reject_share: float | None) -> None:
    """What even ``-q`` prints: rules that timed out; and exit 3 for a run that should not pass for healthy."""
    for rule, n in report.extra.get("rule_timeouts", {}).items():
        typer.echo(
            f"cleaner: warning: rule {rule} timed out on {n} file(s) (skipped for the rest of each such file); "
            "simplify its regular expression",
            err=True,
        )
    aside = report.extra.get("state", {}).get("kept_aside")
    if aside:
        typer.echo(
            f"cleaner: warning: {out} held the stories another night wrote there; moved, not replaced: "
            f"{', '.join(aside[:4])} (report.json: state.kept_aside)",
            err=True,
        )
    changed = report.extra.get("inputs_changed", {})
    if changed:
        named = ", ".join(
            f"{f} ({a} → {'gone' if b < 0 else b} bytes)" if a != b else f"{f} (rewritten at the same size)"
            for f, (a, b) in list(changed.items())[:3]
        )
        what = "changed size" if any(a != b for a, b in changed.values()) else "were rewritten"
        typer.echo(
            f"cleaner: warning: {report.extra.get('inputs_changed_count', len(changed))} input file(s) {what} "
            f"while the run read them: {named}; a page or record at their end may be cut or missing (nothing tells "
            "a cut from an end): run them again once they are complete (report.json: inputs_changed)",
            err=True,
        )
    problem = unhealthy(report, max_reject_share)
    if problem is not None:
        raise _fail(f"{problem} (exit 3; outputs in {out})", 3)


def _run_fetch_options(allow_private: bool) -> FetchOptions | None:
    """The crawl settings of ``run --urls`` (defaults but for --allow-private)."""
    if not allow_private:
        return None
    from cleaner.crawler import FetchOptions

    return FetchOptions(allow_private=True)


@app.command()
def clean(
    file: Annotated[Path, typer.Argument(help="One dump file; - reads stdin.")],
    rules: RulesOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON record per document.")] = False,
    id_key: IdKeyOpt = "id",
    text_key: TextKeyOpt = None,
) -> None:
    """Print the cleaned documents of one file, for a quick look."""
    from cleaner.pipeline import process_file

    loaded = _rules(rules)
    if str(file) != STDIN and not file.is_file():
        raise _not_a_file(file)
    for item in process_file(str(file), loaded, ReadOptions(id_key=id_key, text_key=text_key)):
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
def report(
    out: Annotated[Path, typer.Argument(help="The --out folder of a cleaner run.")],
) -> None:
    """Render OUT/report.html: what the run kept, cut and merged, and why (documents need a run with --audit)."""
    from cleaner.report import render_report

    try:
        path = render_report(out)
    except FileNotFoundError as exc:
        raise _fail(str(exc), 2) from exc
    except (ValueError, KeyError, TypeError, EOFError, OSError) as exc:  # an output changed or cut since the run
        detail = str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {exc}"
        raise _fail(f"outputs of the run cannot be read: {detail} (run cleaner run again to rewrite them)", 1) from exc
    typer.echo(f"report → {path}", err=True)


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(help="One dump file (text, HTML, JSONL, WARC).")],
    rules: RulesOpt = None,
) -> None:
    """Print every line of FILE with its verdict: kept, or removed and by which rule. No run, no output files."""
    from rich.console import Console

    from cleaner.pipeline import process_file

    loaded = _rules(rules)
    if not file.is_file():
        raise _not_a_file(file)
    console = Console(highlight=False, soft_wrap=True)
    for item in process_file(str(file), loaded, audit_trail=True):
        if isinstance(item, Document):
            _explain(console, item)
        else:
            console.print(f"--- rejected ({item.reason}): {item.detail}", style="bold red", markup=False)


def _explain(console: Any, doc: Document) -> None:
    """One document's lines with their verdicts: kept plain, removed struck through with the rule."""
    from rich.text import Text

    from cleaner.audit import verdicts

    src = doc.sources[0]
    head = f"=== {doc.title or '(no title)'}  [{src.path} #{src.record}.{src.segment}]"
    console.print(head, style="bold", markup=False)
    trail = doc.audit or {}
    if trail.get("extraction"):
        decisions = json.dumps(trail["extraction"], ensure_ascii=False)
        console.print(f"    extraction: {decisions}", style="cyan", markup=False)
    for line, rule, new in verdicts(doc.text, trail.get("cuts", [])):
        if not rule:
            console.print(Text("  " + line))
        elif new is None:
            console.print(Text.assemble(("- ", "red"), (line, "strike dim"), (f"  [{rule}]", "red")))
        else:
            console.print(Text.assemble(("~ ", "yellow"), (line, "strike dim"), " → ", new, (f"  [{rule}]", "yellow")))
    if doc.meta:
        meta = "  ".join(f"{k}={v}" for k, v in sorted(doc.meta.items()))
        console.print("    meta: " + meta, style="cyan", markup=False)


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
    allow_private: Annotated[bool, AllowPrivateOpt] = False,
    allow: Annotated[
        list[str] | None,
        typer.Option("--allow", help="Host name (*.corp.example) or CIDR the SSRF guard lets through (repeatable)."),
    ] = None,
    deny: Annotated[
        list[str] | None, typer.Option("--deny", help="Host name or CIDR never fetched (repeatable).")
    ] = None,
    send_credentials: Annotated[
        bool,
        typer.Option("--send-credentials", help="Send user:password@ of a URL as basic auth (never stored)."),
    ] = False,
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
        "allow_private": args["allow_private"],
        "allow": tuple(args["allow"] or ()),
        "deny": tuple(args["deny"] or ()),
        "send_credentials": args["send_credentials"],
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
    norm = info.get("normalizer") or {}
    if norm.get("in_use") is None:
        kept = f"{norm.get('state')}: refused by this release (start a new state for {norm.get('newest')})"
    elif norm["in_use"] != norm.get("newest"):
        kept = f"{norm['in_use']}, the state's (a new state gets {norm.get('newest')})"
    else:
        kept = str(norm["in_use"])
    typer.echo(f"{'normaliser':16} {kept}")
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
    from cleaner.output import dumps_line, write_jsonl
    from cleaner.state import export_state

    try:
        if out is not None:
            n = write_jsonl(out, export_state(state))
            typer.echo(f"{n} stories → {out}", err=True)
        else:
            for rec in export_state(state):
                typer.echo(dumps_line(rec))
    except CleanerError as exc:
        raise _fail(str(exc), 1) from exc


_terminated = False


def _on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM (``kill``, ``timeout``, a service manager stopping the job) stops a command as Ctrl-C does: the
    run kills its workers and leaves no half-written output nor uncommitted night, instead of dying where it
    stood with its workers, fork server and resource tracker left to notice on their own (and the tracker's
    "leaked semaphore" warning on stderr). A second SIGTERM ends the process at once."""
    global _terminated
    _terminated = True
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise KeyboardInterrupt


def main() -> None:
    """Entry point of the ``cleaner`` script; bad usage exits 2 (click's default); stopped by SIGTERM: 143."""
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _on_sigterm)
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")  # (its own process too: cleaner.execution.worker_env)
    try:
        app()
    except SystemExit as exc:
        if _terminated and exc.code != 0:
            raise SystemExit(128 + signal.SIGTERM) from None
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
