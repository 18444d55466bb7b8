"""A page that kills its worker process (a segfault in native code, ``os._exit``, the out-of-memory killer's SIGKILL)
while it is extracted (helper loss25). Before, its whole file was one ``worker_failed`` reject: the records read
before the crash, and the ones after it, were lost. Now the pool knows which page its dead worker had begun (the
slot each worker marks a page in), runs the chunk again with that page skipped, and the page alone is the
``worker_failed`` reject. The crashes are made on purpose (``prepare`` patched in forked workers): no real input
crashes on demand."""

from __future__ import annotations

import ctypes
import faulthandler
import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from cleaner.document import Document, Reject
from cleaner.execution.executor import LocalExecutor, PieceCrashed, WorkerError, unit_done, unit_started

PARA = "国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二。专家表示，经济运行平稳。"


def _crash(text: str) -> None:
    if "SEGV" in text:
        faulthandler.disable()  # (pytest's handler would print the worker's stack)
        ctypes.string_at(0)  # a segfault in native code
    if "OOMKILL" in text:
        os.kill(os.getpid(), signal.SIGKILL)  # what the out-of-memory killer does
    if "EXIT" in text:
        os._exit(9)


def _patch(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.pipeline as pipeline

    real = pipeline.prepare

    def prepare(raw: Document, rules: Any = None) -> list[Document | Reject]:
        _crash(raw.text)
        return real(raw, rules)

    monkeypatch.setattr(pipeline, "prepare", prepare)  # (inherited by the forked pool workers)


def _inputs(src: Path, poisoned: bool = True) -> None:
    src.mkdir()
    lines = []
    for i in range(7):
        poison = {2: " SEGV", 4: " OOMKILL", 5: " EXIT"}.get(i, "") if poisoned else ""
        lines.append(json.dumps({"id": f"r{i}", "text": f"第{i}条。{PARA}{poison}" * 2}, ensure_ascii=False))
    (src / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(3):
        (src / f"{i}.txt").write_text(f"第{i}篇文章。{PARA}" * 2, encoding="utf-8")


def _outputs(out: Path) -> tuple[set[tuple[str, int | None]], list[tuple[str, int | None, str]]]:
    stories = [json.loads(line) for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    sources = {(Path(s["path"]).name, s.get("record")) for st in stories for s in st["sources"]}
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    return sources, sorted((Path(r["path"]).name, r.get("record"), r["reason"]) for r in rejects)


@pytest.mark.parametrize("work", [False, True], ids=["memory", "staged"])
def test_a_page_that_kills_its_worker_loses_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, work: bool
) -> None:
    import cleaner.dedup.warm  # (the forked workers start with the rules and the segmenter loaded)
    import cleaner.pipeline as pipeline
    import cleaner.rules.warm  # noqa: F401

    _patch(monkeypatch)
    _inputs(tmp_path / "in")
    options = pipeline.RunOptions(work=str(tmp_path / "work") if work else None, time_limit=None)
    with LocalExecutor(2, mp_context="fork") as ex:
        report = pipeline.run([tmp_path / "in"], tmp_path / "out", executor=ex, options=options)
    sources, rejects = _outputs(tmp_path / "out")
    records = {r for name, r in sources if name == "feed.jsonl" and r is not None}
    assert rejects == [("feed.jsonl", r, "worker_failed") for r in sorted(records ^ set(range(7)))]
    assert len(rejects) == 3, rejects
    assert {name for name, _ in sources} == {"feed.jsonl", "0.txt", "1.txt", "2.txt"}
    detail = json.loads((tmp_path / "out" / "rejects.jsonl").read_text().splitlines()[0])["detail"]
    assert "the worker process died" in detail and "the rest of its file read" in detail
    assert report.documents == 7


def _marked(x: int) -> int:
    unit_started(f"piece{x}", 1)
    try:
        if x % 10 == 7:
            os._exit(3)
    finally:
        unit_done()
    return x


def _dies_outside_a_piece(x: int) -> int:
    if x == 5:
        os._exit(3)
    return x


def _pieces(xs: list[int]) -> list[int | str]:
    out: list[int | str] = []
    for x in xs:
        try:
            out.append(_marked(x))
        except PieceCrashed:
            out.append("crashed")
    return out


def test_the_pool_skips_the_piece_a_dead_worker_had_begun() -> None:
    with LocalExecutor(2, mp_context="fork") as ex:
        out = list(ex.map(_pieces, [list(range(i, i + 10)) for i in range(0, 40, 10)], chunksize=2))
    assert out == [[x if x % 10 != 7 else "crashed" for x in range(i, i + 10)] for i in range(0, 40, 10)]


def test_a_death_outside_a_piece_still_fails_its_item() -> None:
    errors: list[int] = []

    def on_error(x: int, exc: BaseException) -> int:
        errors.append(x)
        return -1

    with LocalExecutor(2, mp_context="fork") as ex:
        out = list(ex.map(_dies_outside_a_piece, range(10), chunksize=3, on_error=on_error))
        assert out == [-1 if x == 5 else x for x in range(10)] and errors == [5]
        with pytest.raises(WorkerError):
            list(ex.map(_dies_outside_a_piece, range(10), chunksize=3))


_CRASHING_CLI = """
import ctypes, faulthandler, sys
import cleaner.pipeline as pipeline
_real = pipeline.prepare
def prepare(raw, rules=None):
    if "SEGVHERE" in raw.text:
        faulthandler.disable()
        ctypes.string_at(0)
    return _real(raw, rules)
pipeline.prepare = prepare  # (at import: the fork server imports this script as __mp_main__, so its workers have it)
if __name__ == "__main__":
    from cleaner.cli import main
    sys.argv = ["cleaner", *sys.argv[1:]]
    main()
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_line_keeps_the_pages_around_a_segfault(tmp_path: Path, jobs: str) -> None:
    """``cleaner run -j 1`` (the cleaning on one fork-server worker) and ``-j 2``: a JSONL file whose 3rd and 6th
    records segfault their worker gives 6 stories and those 2 records as ``worker_failed`` rejects, exit 0."""
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    lines = [
        json.dumps({"id": f"r{i}", "text": f"第{i}条。{(PARA[i:] + PARA[:i]) * 3}{' SEGVHERE' if i in (2, 5) else ''}"})
        for i in range(8)
    ]
    (src / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = tmp_path / "crashing.py"
    script.write_text(_CRASHING_CLI, encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.run(
        [sys.executable, str(script), "run", str(src), "--out", str(out), "-q", "-j", jobs, "--no-dedup"],
        env=env, timeout=240, capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    sources, rejects = _outputs(out)
    assert rejects == [("feed.jsonl", 2, "worker_failed"), ("feed.jsonl", 5, "worker_failed")]
    assert sorted(r for _, r in sources if r is not None) == [0, 1, 3, 4, 6, 7]


def test_a_reader_that_kills_its_worker_keeps_the_records_read_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker dies inside the reader (a crash decompressing or parsing, after the 3rd record): the records read
    before stay, and the file's reject says from which record on it is not read. Before, the whole file was one
    ``worker_failed`` reject."""
    import cleaner.dedup.warm  # (the forked workers start with the rules and the segmenter loaded)
    import cleaner.pipeline as pipeline
    import cleaner.rules.warm  # noqa: F401

    real = pipeline.read_file  # type: ignore[attr-defined]

    def read_file(path: str, options: Any = None) -> Any:
        for item in real(path, options):
            if "feed" in path and isinstance(item, Document) and item.sources[0].record == 3:
                os._exit(9)
            yield item

    monkeypatch.setattr(pipeline, "read_file", read_file)  # (inherited by the forked pool workers)
    _inputs(tmp_path / "in", poisoned=False)
    with LocalExecutor(2, mp_context="fork") as ex:
        pipeline.run([tmp_path / "in"], tmp_path / "out", executor=ex, options=pipeline.RunOptions(time_limit=None))
    sources, rejects = _outputs(tmp_path / "out")
    assert rejects == [("feed.jsonl", 3, "worker_failed")]
    assert sorted(r for name, r in sources if name == "feed.jsonl" and r is not None) == [0, 1, 2]
    assert {name for name, _ in sources} == {"feed.jsonl", "0.txt", "1.txt", "2.txt"}
    detail = json.loads((tmp_path / "out" / "rejects.jsonl").read_text().splitlines()[0])["detail"]
    assert detail.startswith("reading the file: the worker process died") and "records from 3 on are not read" in detail


def _crashing_sketch(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.dedup.signature as signature
    import cleaner.pipeline as pipeline

    real = signature.sketch_batch

    def sketch_batch(items: Any, params: Any) -> Any:
        if any("SKSEGV" in text for _, text in items):
            faulthandler.disable()
            ctypes.string_at(0)  # a segfault in native code (the segmenter, say)
        return real(items, params)

    monkeypatch.setattr(signature, "sketch_batch", sketch_batch)  # (the collapse's sketch map: inherited by forks)
    monkeypatch.setattr(pipeline, "sketch_batch", sketch_batch)


@pytest.mark.parametrize("work", [False, True], ids=["memory", "staged"])
def test_a_text_whose_sketch_kills_its_worker_loses_only_its_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, work: bool
) -> None:
    """The worker dies while it sketches a batch of cleaned texts (outside any page: helper hostile26). Before, in
    memory the whole run failed (the batch, then its files one by one, then the collapse sketching the text again:
    ``WorkerError``, no output); staged, the file was one ``worker_failed`` reject (7 records lost). Now the sketch
    steps are marked: the batch is sketched again a text at a time and only the text that kills its worker is lost."""
    import cleaner.dedup.warm  # (the forked workers start with the rules and the segmenter loaded)
    import cleaner.pipeline as pipeline
    import cleaner.rules.warm  # noqa: F401

    _crashing_sketch(monkeypatch)
    src = tmp_path / "in"
    src.mkdir()
    lines = [
        json.dumps({"id": f"r{i}", "text": f"第{i}条。{(PARA[i:] + PARA[:i]) * 3}{' SKSEGV' if i == 3 else ''}"})
        for i in range(7)
    ]
    (src / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(3):
        (src / f"{i}.txt").write_text(f"第{i}篇文章。{PARA}" * 2, encoding="utf-8")
    options = pipeline.RunOptions(work=str(tmp_path / "work") if work else None, time_limit=None)
    with LocalExecutor(2, mp_context="fork") as ex:
        pipeline.run([src], tmp_path / "out", executor=ex, options=options)
    sources, rejects = _outputs(tmp_path / "out")
    assert rejects == [("feed.jsonl", 3, "worker_failed")]
    assert sorted(r for name, r in sources if name == "feed.jsonl") == [0, 1, 2, 4, 5, 6]
    assert {name for name, _ in sources} == {"feed.jsonl", "0.txt", "1.txt", "2.txt"}
    detail = json.loads((tmp_path / "out" / "rejects.jsonl").read_text().splitlines()[0])["detail"]
    assert detail.startswith("sketching this page's text") and "the rest of its file read" in detail
