"""Data loss in the staged run (helper loss24): a `.jsonl.gz` whose first line inflates to 1 GiB, then a good record,
crashed a staged run (``--work -j 2``) under a 600 MB address limit. The clean worker (pyarrow loaded: mimalloc had
reserved its address space) could not hold the over-budget line the reader gathered before dropping it, so its batch
failed; the driver then retried the file and sketched its documents itself, loading the segmenter in the process that
must stay small: a ``MemoryError`` and no outputs. ``tests/test_bombs.py`` has the bombs themselves; these are the
parts, cheap."""

from __future__ import annotations

import io
import json
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from cleaner.document import Document, Reject
from cleaner.input.base import capped_lines

PARA = "国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二。专家表示，经济运行平稳。"


def test_a_line_over_the_cap_is_dropped_without_holding_twice_the_cap() -> None:
    cap = 4 << 20
    data = b"a" * (3 * cap) + b"\n" + b"ok\n" + b"b" * (cap - 1) + b"\n" + b"c" * 5
    fh = io.BufferedReader(io.BytesIO(data), 1 << 16)
    tracemalloc.start()
    try:
        lines = list(capped_lines(fh, cap))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert lines == [None, b"ok\n", b"b" * (cap - 1) + b"\n", b"c" * 5]
    assert peak < 2 * cap + (2 << 20), f"peak {peak / cap:.2f} caps"  # (the line at the cap, joined: twice it)
    fh = io.BufferedReader(io.BytesIO(data), 1 << 16)
    tracemalloc.start()
    try:
        assert next(capped_lines(fh, cap)) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < cap + (2 << 20), f"peak {peak / cap:.2f} caps"  # (was 2 caps: gathered, then joined)


def _arrow_pool(_: int) -> str:
    import pyarrow as pa

    return str(pa.default_memory_pool().backend_name)


def test_a_pool_worker_does_not_reserve_mimalloc_address_space() -> None:
    """A worker of the fork server uses Arrow's system pool for the pyarrow a staged worker imports (mimalloc before:
    the worker's task started at VmSize 500 MB instead of 369 MB); ``import cleaner`` leaves the caller's process
    as it is."""
    import subprocess
    import sys

    from cleaner.execution.executor import LocalExecutor

    with LocalExecutor(1) as ex:
        assert list(ex.map(_arrow_pool, [0])) == ["system"]
    code = "import os, cleaner; print(os.environ.get('ARROW_DEFAULT_MEMORY_POOL'))"
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert got.stdout.strip() == "None"


def test_a_reader_error_keeps_the_records_read_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.input.jsonl as jsonl
    from cleaner.pipeline import _read_guarded  # (process_file's reading, without the rules' compile)

    real = jsonl.record_document

    def record_document(rec: dict[str, Any], name: str, no: int, options: Any) -> Document | Reject:
        if rec.get("id") == "boom":  # (a MemoryError the byte budget did not prevent)
            raise MemoryError("Unable to allocate output buffer.")
        return real(rec, name, no, options)

    monkeypatch.setattr(jsonl, "record_document", record_document)
    src = tmp_path / "r.jsonl"
    recs = [{"id": "a", "text": PARA}, {"id": "boom", "text": PARA}, {"id": "c", "text": PARA}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    items = list(_read_guarded(str(src), None))
    assert [(type(x).__name__, x.record if isinstance(x, Reject) else x.sources[0].record) for x in items] == [
        ("Document", 0),
        ("Reject", 1),
    ]
    last = items[-1]
    assert isinstance(last, Reject) and last.reason == "internal_error"
    assert last.detail == "MemoryError: Unable to allocate output buffer.; records from 1 on are not read"


def test_a_failed_staged_batch_is_retried_on_the_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that kills its worker fails its batch: the batch is run again a file per task, the file is a
    ``worker_failed`` reject, the other files of the batch are stories, and the driver sketches nothing."""
    import cleaner.dedup.warm  # (the forked workers start with the rules and the segmenter loaded)
    import cleaner.execution.staged as staged
    import cleaner.pipeline as pipeline
    import cleaner.rules.warm  # noqa: F401
    from cleaner.execution.executor import LocalExecutor

    driver = os.getpid()
    real_prepare, real_sketch = pipeline.prepare, staged.sketch_batch

    def prepare(raw: Document, rules: Any = None) -> list[Document | Reject]:
        if "POISON" in raw.text:
            os._exit(9)
        return real_prepare(raw, rules)

    def sketch_batch(*args: Any, **kwargs: Any) -> Any:
        assert os.getpid() != driver, "the driver sketched"
        return real_sketch(*args, **kwargs)

    monkeypatch.setattr(pipeline, "prepare", prepare)  # (inherited by the forked workers)
    monkeypatch.setattr(staged, "sketch_batch", sketch_batch)
    src = tmp_path / "in"
    src.mkdir()
    monkeypatch.setattr(staged.Inputs, "chunksize", lambda self, workers: 3)  # (files a batch)
    for i in range(5):
        (src / f"{i:02d}.txt").write_text(f"第{i}篇。{PARA}" * 2, encoding="utf-8")
    (src / "01x.txt").write_text("POISON " * 10, encoding="utf-8")
    with LocalExecutor(1, mp_context="fork") as ex:
        report = pipeline.run(
            [src], tmp_path / "out", executor=ex, options=pipeline.RunOptions(work=str(tmp_path / "work"))
        )
    assert report.extra["staged"]["shards"] == 2
    rejects = [json.loads(line) for line in (tmp_path / "out" / "rejects.jsonl").read_text().splitlines()]
    assert [(Path(r["path"]).name, r["reason"]) for r in rejects] == [("01x.txt", "worker_failed")]
    stories = (tmp_path / "out" / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    names = {Path(s["path"]).name for line in stories for s in json.loads(line)["sources"]}
    assert names == {f"{i:02d}.txt" for i in range(5)}
