"""The command line as a data engineer uses it: --version, -h, --config, output formats, selection, progress."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner.cli import app, dedup_params
from cleaner.errors import UsageError
from cleaner.parquet import iso_date, meta_field

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dumps")
    shutil.copytree(FIXTURES / "seeds", root / "seeds")
    shutil.copytree(FIXTURES / "html", root / "html", ignore=shutil.ignore_patterns("*.md", "*.toml"))
    return root


@pytest.fixture(scope="module")
def jsonl_out(dumps: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("jsonl")
    res = _invoke("run", str(dumps), "--out", str(out), "-j", "1", "-q")
    assert res.exit_code == 0, res.output
    return out


def test_version_and_short_help() -> None:
    res = _invoke("--version")
    assert res.exit_code == 0 and res.output.strip() == (
        f"cleaner {cleaner.__version__} ({len(cleaner.compiled)} modules compiled)"
        if cleaner.compiled
        else f"cleaner {cleaner.__version__} (pure Python)"
    )
    res = _invoke("-h")
    assert res.exit_code == 0 and "run" in res.output and "--version" in res.output
    res = _invoke("run", "-h")
    assert res.exit_code == 0 and "--config" in res.output and "--format" in res.output
    # `python -m cleaner` is the same command line (for an environment without the script on its PATH)
    got = subprocess.run([sys.executable, "-m", "cleaner", "--version"], capture_output=True, text=True, timeout=60)
    assert got.returncode == 0 and got.stdout.startswith(f"cleaner {cleaner.__version__} ")


def test_parquet_equals_jsonl(dumps: Path, jsonl_out: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    res = _invoke("run", str(dumps), "--out", str(tmp_path), "-j", "1", "-q", "--format", "parquet")
    assert res.exit_code == 0, res.output
    assert not (tmp_path / "stories.jsonl").exists()
    table = pq.read_table(tmp_path / "stories.parquet")
    assert str(table.schema.field("url").type) == "string"
    rows = table.to_pylist()
    records = _jsonl(jsonl_out / "stories.jsonl")
    assert len(rows) == len(records)
    for row, rec in zip(rows, records, strict=True):
        assert row["published"] == iso_date(rec["meta"].get("published"))
        meta = {k: v for k, v in (row.get("meta") or {}).items() if v is not None}
        assert meta == {meta_field(k): v for k, v in rec["meta"].items()}
        for key in ("id", "title", "text", "url"):
            assert row[key] == rec[key]
        assert len(row["sources"]) == len(rec["sources"])
        for got, want in zip(row["sources"], rec["sources"], strict=True):
            assert {k: v for k, v in got.items() if k in want} == {
                k: (json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, dict | list) else v)
                for k, v in want.items()
            }
    assert all("." not in f.name for f in table.schema.field("meta").type) if "meta" in table.column_names else True


def test_jsonl_gz_and_stale_outputs(dumps: Path, jsonl_out: Path, tmp_path: Path) -> None:
    (tmp_path / "stories.jsonl").write_text("stale\n", encoding="utf-8")
    (tmp_path / "updates.jsonl").write_text("stale\n", encoding="utf-8")  # an old nightly run's
    res = _invoke("run", str(dumps), "--out", str(tmp_path), "-j", "1", "-q", "--format", "jsonl.gz")
    assert res.exit_code == 0, res.output
    with gzip.open(tmp_path / "stories.jsonl.gz", "rt", encoding="utf-8") as fh:
        assert [json.loads(line) for line in fh] == _jsonl(jsonl_out / "stories.jsonl")
    assert not (tmp_path / "stories.jsonl").exists() and not (tmp_path / "updates.jsonl").exists()


def test_config_file_sets_options_and_dedup(dumps: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text(
        '[run]\nworkers = 1\nquiet = true\nmin-chars = 400\nexclude = ["*.html"]\n[dedup]\njaccard = 0.6\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    res = _invoke("run", str(dumps), "--out", str(out), "--config", str(cfg))
    assert res.exit_code == 0, res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["files"] == len(list((dumps / "seeds").iterdir()))  # html excluded
    assert report["arguments"]["min_chars"] == 400 and report["arguments"]["dedup"] == ["jaccard=0.6"]
    assert all(len(s["text"]) >= 400 for s in _jsonl(out / "stories.jsonl"))
    assert any(r["reason"] == "too_short" and "--min-chars 400" in r["detail"] for r in _jsonl(out / "rejects.jsonl"))
    # a flag wins over the file
    out2 = tmp_path / "out2"
    res = _invoke("run", str(dumps), "--out", str(out2), "--config", str(cfg), "--min-chars", "0")
    assert res.exit_code == 0, res.output
    assert json.loads((out2 / "report.json").read_text(encoding="utf-8"))["arguments"]["min_chars"] == 0


def test_config_errors_are_usage_errors(dumps: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("wokers = 2\n", encoding="utf-8")
    res = _invoke("run", str(dumps), "--out", str(tmp_path / "o"), "--config", str(cfg))
    assert res.exit_code == 2 and "wokers" in res.output
    res = _invoke("run", str(dumps), "--out", str(tmp_path / "o"), "--dedup", "jacard=0.5")
    assert res.exit_code == 2 and "jacard" in res.output
    with pytest.raises(UsageError):
        dedup_params(["jaccard=high"])
    assert dedup_params(["jaccard=0.7", "restore=false"]) == cleaner.DedupParams(jaccard=0.7, restore=False)


def test_no_dedup_and_include(dumps: Path, jsonl_out: Path, tmp_path: Path) -> None:
    res = _invoke("run", str(dumps), "--out", str(tmp_path / "a"), "-q", "-j", "1", "--no-dedup")
    assert res.exit_code == 0, res.output
    plain = json.loads((jsonl_out / "report.json").read_text(encoding="utf-8"))
    report = json.loads((tmp_path / "a" / "report.json").read_text(encoding="utf-8"))
    assert report["near_duplicates"] == 0 and report["stories"] == plain["stories"] + plain["near_duplicates"]
    res = _invoke("run", str(dumps), "--out", str(tmp_path / "b"), "-q", "--include", "*.html")
    assert res.exit_code == 0, res.output
    report = json.loads((tmp_path / "b" / "report.json").read_text(encoding="utf-8"))
    assert report["files"] == len(list((dumps / "html").glob("*.html")))


def test_report_identity(jsonl_out: Path) -> None:
    report = json.loads((jsonl_out / "report.json").read_text(encoding="utf-8"))
    assert report["version"] == cleaner.__version__
    assert report["arguments"]["workers"] == 1
    assert report["started_at"] <= report["finished_at"]
    assert set(report["stage_seconds"]) >= {"clean", "collapse", "write"}
    assert report["input_bytes"] > 0


def test_progress_lines_without_a_terminal(dumps: Path, tmp_path: Path) -> None:
    """No terminal (a cron job): one line per stage at least, on stderr, with counts."""
    env = {**os.environ, "COLUMNS": "120"}
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "run", str(dumps), "--out", str(tmp_path / "o"), "-j", "1"],
        capture_output=True, text=True, timeout=300, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    for stage in ("clean", "collapse", "write"):
        lines = [ln for ln in proc.stderr.splitlines() if ln.startswith(f"cleaner: {stage}: ")]
        assert lines and "done in" in lines[-1], proc.stderr
    quiet = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "run", str(dumps), "--out", str(tmp_path / "q"), "-j", "1", "-q"],
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_run_takes_one_path_as_a_string(tmp_path: Path) -> None:
    report = cleaner.run(str(FIXTURES / "seeds"), tmp_path)
    assert report.files == len(list((FIXTURES / "seeds").iterdir()))


def test_iso_date() -> None:
    assert iso_date("2017年3月18日 10:20") == "2017-03-18T10:20:00"
    assert iso_date("2012-05-01") == "2012-05-01"
    assert iso_date("yesterday") is None
    assert meta_field("og.title") == "og_title"


def test_readme_sample(tmp_path: Path) -> None:
    """The README's quick-start input gives the record the README shows."""
    docs = cleaner.clean_text((FIXTURES / "sample_portal.txt").read_text(encoding="utf-8"), source="portal.txt")
    assert len(docs) == 1
    doc = docs[0]
    assert doc.title == "国家统计局：前三季度国内生产总值同比增长5.2%"  # not the section crumb 国内新闻
    assert doc.text.startswith("新华社北京10月18日电") and doc.text.endswith("全年预期目标可以实现。")
    assert "扫码" not in doc.text and "推荐" not in doc.text
    assert doc.meta == {"editor": "王晓明", "origin": "新华网", "published": "2023年10月18日 10:02"}
    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    assert doc.id in readme and doc.title in readme


def test_records_follow_the_shipped_json_schema(jsonl_out: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from importlib.resources import files

    schema = json.loads((files("cleaner.schema") / "story.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    records = _jsonl(jsonl_out / "stories.jsonl")
    assert records
    for rec in records:
        validator.validate(rec)


def test_negative_workers_are_a_usage_error(dumps: Path, tmp_path: Path) -> None:
    """-j -1 is refused (exit 2, nothing written); it ran serially before. The library says so too."""
    res = _invoke("run", str(dumps), "--out", str(tmp_path / "o"), "-j", "-1", "-q")
    assert res.exit_code == 2, res.output
    assert not (tmp_path / "o").exists()
    with pytest.raises(UsageError):
        cleaner.process([dumps], workers=-2)


def test_a_huge_worker_count_is_capped_at_four_per_core(dumps: Path, tmp_path: Path) -> None:
    """-j 100000 (a typo, a config file) started 100,000 worker processes of ≈ 100 MB each; a local pool now starts
    at most 4 per usable core and says so (helper hostile15). The outputs do not depend on the number of workers."""
    from cleaner.execution.executor import default_workers, make_executor, max_local_workers

    assert max_local_workers() == 4 * default_workers()
    ex = make_executor(100_000)  # (the pool starts on its first map: nothing started here)
    assert getattr(ex, "workers", None) == max_local_workers()
    res = _invoke("run", str(dumps), "--out", str(tmp_path / "o"), "-j", "100000", "-q")
    assert res.exit_code == 0, res.output
    assert f"-j 100000 is more than 4 worker processes per core ({default_workers()} cores here)" in res.output
    assert (tmp_path / "o" / "stories.jsonl").stat().st_size > 0
