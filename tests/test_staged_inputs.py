"""Inputs that change under a staged run (``--work``, helper rejects29): the in-memory run named a file cut while it
read it (``inputs_changed``), a staged run said nothing; and a file rewritten at the same size was silent in both. Now
both compare each file's size and modification time with what they were when listed; a killed staged run whose input
changed before its rerun reads that input again (the work key holds the listing's sizes and times), never mixing the
old shards with the new bytes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cleaner.cli import _verdict
from cleaner.pipeline import RunOptions, run

PAGE = "标题{0}\n" + "".join(f"第{{0}}篇的第{i}段正文内容，讲述城市交通与教育的变化{i}。" for i in range(12)) + "\n"
OTHER = "标题{0}\n" + "".join(f"第{{0}}篇第{i}段另写的内容，说的是山里的学校和新修的路{i}。" for i in range(12)) + "\n"


def _inputs(root: Path) -> tuple[Path, Path]:
    root.mkdir()
    for name in "adef":
        (root / f"{name}.txt").write_text(PAGE.format(name * 3), encoding="utf-8")
    cut, same = root / "b.txt", root / "c.txt"
    cut.write_text(PAGE.format("bbb"), encoding="utf-8")
    same.write_text(PAGE.format("ccc"), encoding="utf-8")
    return cut, same


def _rewrite(path: Path, template: str) -> None:
    """``path`` rewritten at its size with other words, and a later modification time."""
    size, mtime = path.stat().st_size, path.stat().st_mtime_ns
    data = template.format("ccc").encode("utf-8")[:size].decode("utf-8", "ignore").encode("utf-8")
    path.write_bytes(data + b"\n" * (size - len(data)))
    os.utime(path, ns=(mtime + 10**9, mtime + 10**9))


@pytest.mark.parametrize("staged", [False, True])
def test_a_file_cut_or_rewritten_while_the_run_reads_it_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], staged: bool
) -> None:
    cut, same = _inputs(tmp_path / "in")
    full, size = cut.stat().st_size, same.stat().st_size

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "clean" and done == 0:  # listed, not read yet: one file cut, one rewritten at its size
            with open(cut, "r+b") as fh:
                fh.truncate(full // 2)
            _rewrite(same, OTHER)

    options = RunOptions(work=str(tmp_path / "work") if staged else None)
    report = run([tmp_path / "in"], tmp_path / "out", progress=progress, options=options, workers=2)
    assert ("staged" in report.extra) is staged
    expected = {str(cut): [full, full // 2], str(same): [size, size]}
    assert report.extra["inputs_changed"] == expected and report.extra["inputs_changed_count"] == 2
    assert json.loads((tmp_path / "out" / "report.json").read_text())["inputs_changed"] == expected
    _verdict(report, tmp_path / "out", None)
    err = capsys.readouterr().err
    assert "2 input file(s) changed size while the run read them" in err
    assert f"{same} (rewritten at the same size)" in err
    report = run([tmp_path / "in"], tmp_path / "again", options=options)  # files as listed: no such key
    assert "inputs_changed" not in report.extra


class _Killed(Exception):
    pass


def test_an_input_changed_between_a_killed_staged_run_and_its_rerun_is_read_again(tmp_path: Path) -> None:
    _cut, same = _inputs(tmp_path / "in")
    options = RunOptions(work=str(tmp_path / "work"))

    def kill(stage: str, done: int, total: int) -> None:
        if stage == "clean" and done == total:  # the clean shards are written and recorded
            raise _Killed

    with pytest.raises(_Killed):
        run([tmp_path / "in"], tmp_path / "out", progress=kill, options=options)
    assert list((tmp_path / "work").glob("clean-*.rejects.jsonl")) and (tmp_path / "work" / "inputs.stat").is_file()
    _rewrite(same, OTHER)  # the same size, other words
    report = run([tmp_path / "in"], tmp_path / "out", options=options)
    assert report.extra["staged"]["redone"]["clean"] == report.extra["staged"]["shards"]  # nothing kept
    assert report.extra["staged"]["adopted"]["clean"] == 0 and "inputs_changed" not in report.extra
    fresh = run([tmp_path / "in"], tmp_path / "fresh", options=RunOptions(work=str(tmp_path / "work2")))
    assert fresh.stories == report.stories
    stories = (tmp_path / "out" / "stories.jsonl").read_bytes()
    assert stories == (tmp_path / "fresh" / "stories.jsonl").read_bytes() and "山里的学校".encode() in stories
    assert not (tmp_path / "work").exists()
