"""``cleaner report OUT``: one HTML file to see what a run kept, cut and merged, and why.

``OUT/report.html`` is self-contained — no network, no CDN: its style, its script, the bundled jsdiff
(``assets/diff.min.js``, BSD-3-Clause) and the overview charts (SVG rendered by pygal) are inlined. The run's
data sits beside it in ``OUT/report_data/``, in chunks of a few hundred stories or documents that the page
loads when a view needs them (``<script>`` files, so it works from ``file://``), so a run of 100,000 stories
opens as fast as a small one: the page holds an index and renders one page of rows at a time.

Views: an overview (rejects by reason, removals by rule, documents per site, story lengths, copies per
story, seconds per stage); stories (the canonical text with restored words marked, each copy beside it with a
diff against the canonical); documents (every input line, removed ones struck through and labelled with the
rule, kept ones plain; for HTML the block extraction chose); rejects; search by id, URL, site, title, path
and rule. The documents view needs a run with ``--audit``; the rest works on any run.
"""

from __future__ import annotations

import gzip
import html
import json
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cleaner.report.charts import overview_charts

__all__ = ["render_report"]

_ERRORS = "backslashreplace"
"""As the outputs write text (:data:`cleaner.output._ERRORS`): a lone surrogate (a file name that is not UTF-8,
read back from ``stories.jsonl``) becomes ``\\udcXX``, its JSON escape; it failed the report with a
UnicodeEncodeError."""

CHUNK = 200
"""Stories (or documents, or rejects) per data file."""


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of an output file; a ``ValueError`` naming the file (and line) when it was damaged since."""
    opener = gzip.open if path.suffix == ".gz" else open
    at = 1  # (the line being read or parsed)
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    if not isinstance(rec, dict):
                        raise ValueError("not a JSON object")
                    yield rec
                at += 1
    except (ValueError, EOFError, gzip.BadGzipFile) as exc:  # (UnicodeDecodeError, JSONDecodeError: ValueErrors)
        raise ValueError(f"{path}: line {at}: {exc}") from None


def _stories_file(out: Path) -> Path | None:
    for name in ("stories.jsonl", "stories.jsonl.gz"):
        if (out / name).exists():
            return out / name
    return None


def _read_stories(out: Path) -> Iterator[dict[str, Any]]:
    path = _stories_file(out)
    if path is not None:
        yield from _read_jsonl(path)
    elif (out / "stories.parquet").exists():
        import pyarrow.parquet as pq

        for row in pq.read_table(out / "stories.parquet").to_pylist():
            row["meta"] = {k: v for k, v in (row.get("meta") or {}).items() if v is not None}
            yield row


def site_of(url: str | None, meta: dict[str, Any] | None, path: str) -> str:
    """The site a record belongs to: its meta ``site``, else its URL's host, else its input folder."""
    if meta and meta.get("site"):
        return str(meta["site"])
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    parent = str(Path(path).parent)
    return parent if parent not in ("", ".") else "(no site)"


@dataclass
class _Chunks:
    """Records written in numbered data files; ``add`` returns the file a record went to."""

    folder: Path
    prefix: str
    buffer: list[Any] = field(default_factory=list)
    count: int = 0

    def add(self, record: Any) -> int:
        self.buffer.append(record)
        chunk = self.count // CHUNK
        self.count += 1
        if len(self.buffer) >= CHUNK:
            self.flush()
        return chunk

    def flush(self) -> None:
        if not self.buffer:
            return
        name = f"{self.prefix}-{(self.count - 1) // CHUNK:05d}"
        data = json.dumps(self.buffer, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        (self.folder / f"{name}.js").write_text(
            f'window.__cleanerChunk("{name}",{data});\n', encoding="utf-8", errors=_ERRORS
        )
        self.buffer = []


def _documents(
    out: Path, data: Path, texts: dict[str, str]
) -> tuple[list[list[Any]], Counter[str], dict[str, list[Any]]]:
    """Document index rows [doc_id, path, url, site, rules, chunk], removals per rule, story records of the
    audit by id. A canonical copy's text comes from its story (``texts``: the audit does not repeat it)."""
    index: list[list[Any]] = []
    by_rule: Counter[str] = Counter()
    stories: dict[str, list[Any]] = {}
    audit = out / "audit.jsonl.gz"
    if not audit.exists():
        return index, by_rule, stories
    chunks = _Chunks(data, "docs")
    for rec in _read_jsonl(audit):
        kind = rec.get("kind")
        if kind == "document":
            fired = [name for _, _, r, _ in rec.get("cuts", []) if r for name in r.split(",")]
            rules = sorted(set(fired))
            by_rule.update(fired)
            if "text" not in rec:
                rec["text"] = texts.get(rec.get("story", ""), "")
            site = site_of(rec.get("url"), None, rec.get("path", ""))
            chunk = chunks.add(rec)
            row = [rec["doc_id"], rec.get("path", ""), rec.get("url"), site, rules, chunk, rec.get("title", "")]
            index.append(row)
        elif kind == "story":
            stories[rec["id"]] = [rec.get("restored", []), rec.get("copies", [])]
    chunks.flush()
    return index, by_rule, stories


def render_report(out_dir: str | Path) -> Path:
    """Write ``OUT/report.html`` (and ``OUT/report_data/``) for the run in ``out_dir``; returns the HTML path."""
    out = Path(out_dir)
    if not (out / "report.json").exists():
        raise FileNotFoundError(f"{out}: no report.json here: give the --out folder of a cleaner run")
    try:
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{out / 'report.json'}: {exc}") from None
    data = out / "report_data"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    stories = list(_read_stories(out))
    docs_index, by_rule, audit_stories = _documents(out, data, {rec["id"]: rec["text"] for rec in stories})
    story_chunks = _Chunks(data, "stories")
    stories_index: list[list[Any]] = []
    lengths: list[int] = []
    copies: Counter[int] = Counter()
    for rec in stories:
        sources = rec.get("sources") or []
        extra = audit_stories.get(rec["id"], [[], []])
        rec["restored"] = extra[0]
        site = site_of(rec.get("url"), rec.get("meta"), sources[0]["path"] if sources else "")
        chunk = story_chunks.add(rec)
        row = [rec["id"], rec.get("title", ""), site, rec.get("url"), len(sources), len(rec["text"]), chunk]
        stories_index.append(row)
        lengths.append(len(rec["text"]))
        copies[len(sources)] += 1
    story_chunks.flush()
    reject_chunks = _Chunks(data, "rejects")
    rejects_index: list[list[Any]] = []
    if (out / "rejects.jsonl").exists():
        for rec in _read_jsonl(out / "rejects.jsonl"):
            chunk = reject_chunks.add(rec)
            rejects_index.append([rec.get("path", ""), rec.get("reason", ""), (rec.get("detail") or "")[:160], chunk])
    reject_chunks.flush()
    sites = Counter(row[3] for row in docs_index) if docs_index else Counter(row[2] for row in stories_index)
    charts = overview_charts(report, by_rule or Counter(report.get("removed", {})), sites, lengths, copies)
    index = {
        "report": report,
        "stories": stories_index,
        "documents": docs_index,
        "rejects": rejects_index,
        "rules": dict(by_rule.most_common()) or report.get("removed", {}),
        "audit": bool(docs_index),
    }
    page = _page(index, charts)
    target = out / "report.html"
    target.write_text(page, encoding="utf-8", errors=_ERRORS)  # (a non-UTF-8 file name: its JSON escape)
    return target


def _asset(name: str) -> str:
    return (files("cleaner.report") / "assets" / name).read_text(encoding="utf-8")


def _page(index: dict[str, Any], charts: dict[str, str]) -> str:
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    chart_html = "\n".join(
        f'<figure class="chart" data-chart="{html.escape(k)}">{svg}</figure>' for k, svg in charts.items()
    )
    return (
        _asset("report.html")
        .replace("/*STYLE*/", _asset("report.css"))
        .replace("<!--CHARTS-->", chart_html)
        .replace("/*DIFF*/", _asset("diff.min.js"))
        .replace("/*INDEX*/", f"window.__cleanerIndex={data};")
        .replace("/*APP*/", _asset("report.js"))
    )
