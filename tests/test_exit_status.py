"""`cleaner run` exit status: 3 when a run finishes without a document from a non-empty input, or with more
rejects than --max-reject-share (docs/cli-exit-status.md)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.pipeline import Report, unhealthy

ARTICLE = (
    "新华社北京电 国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二，"
    "专家表示经济运行总体平稳，结构持续优化，高质量发展扎实推进，四季度消费和投资有望继续回升。\n"
    "分析人士指出，随着一系列政策措施落地见效，市场预期持续改善，企业生产经营状况总体向好。\n"
)


def _run(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(app, ["run", *args, "-j", "1"])
    return res.exit_code, res.output


def test_every_input_rejected_exits_3_with_the_outputs_written(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    code, out = _run(str(src), "--out", str(tmp_path / "o"))
    assert code == 3 and "no document came out of 2 input files" in out and "rejects.jsonl" in out
    assert len((tmp_path / "o" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    assert (tmp_path / "o" / "report.json").is_file()


def test_a_healthy_run_exits_0_and_an_empty_folder_too(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    code, _ = _run(str(src), "--out", str(tmp_path / "o0"), "-q")
    assert code == 0  # nothing to read is not a failure to read
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "bad.txt").write_bytes(b"")
    code, out = _run(str(src), "--out", str(tmp_path / "o1"), "-q")
    assert code == 0, out


def test_max_reject_share(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "b.txt").write_bytes(b"")
    (src / "c.txt").write_bytes(b"")
    code, out = _run(str(src), "--out", str(tmp_path / "o"), "-q", "--max-reject-share", "0.5")
    assert code == 3 and "2 of 3 inputs rejected (66.7%)" in out and "--max-reject-share 0.5" in out
    report = json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 1 and sum(report["rejects"].values()) == 2
    code, _ = _run(str(src), "--out", str(tmp_path / "o2"), "-q", "--max-reject-share", "0.7")
    assert code == 0
    code, out = _run(str(src), "--out", str(tmp_path / "o3"), "--max-reject-share", "1.5")
    assert code == 2


def test_unhealthy_in_the_library() -> None:
    assert unhealthy(Report(files=3, documents=0, rejects={"binary": 3})) is not None
    assert unhealthy(Report(files=0)) is None
    assert unhealthy(Report(files=2, documents=1, rejects={"binary": 1})) is None
    assert unhealthy(Report(files=2, documents=1, rejects={"binary": 1}), 0.4) is not None
