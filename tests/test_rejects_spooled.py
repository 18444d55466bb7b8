"""An in-memory run's workers write their rejects to a file of the run's and send back its name and counts (helper
robust30): ``rejects.jsonl`` is the file the rejects sent back in the results gave (same bytes, same order, the same
``records`` and reject counts), through the command line on a pool, in process and from standard input; a batch of many
rejects costs its worker and the driver no memory that grows with them; no batch file is left behind."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from cleaner.document import Reject
from cleaner.pipeline import process_file
from cleaner.rejectfile import RecordCount, reject_line


def _inputs(root: Path, n: int) -> list[str]:
    root.mkdir()
    lines = [json.dumps({"id": k, "text": f"短{k}" if k % 7 else f"第{k}条：" + "正文讲述了事情的经过。" * 6},
                        ensure_ascii=False) for k in range(n)]  # fmt: skip
    lines[3] = "not json"
    (root / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(5):
        body = "".join(f"这是第{i}个故事的第{k}句正文，讲述了事情的经过。" for k in range(2 + i))
        (root / f"p{i}.txt").write_text(f"标题{i}\n{body}\n", encoding="utf-8")
    (root / "bin.txt").write_bytes(bytes(range(256)) * 8)
    (root / "empty.txt").write_bytes(b"")
    return sorted(str(p) for p in root.iterdir())


def _run(args: list[str], out: Path, stdin: bytes | None = None) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "cleaner.cli", "run", *args, "-o", str(out), "-q"]
    subprocess.run(cmd, input=stdin, check=False, timeout=600)
    report: dict[str, Any] = json.loads((out / "report.json").read_text())
    return {k: report[k] for k in ("records", "rejects", "documents", "stories", "files")}


def test_the_workers_rejects_are_the_ones_the_results_carried(tmp_path: Path) -> None:
    files = _inputs(tmp_path / "in", 3000)
    rejects = [r for f in files for r in process_file(f) if isinstance(r, Reject)]  # (what the results carried)
    assert len(rejects) > 2500
    want = b"".join(reject_line(r) for r in rejects)
    records = RecordCount()
    for f in files:
        for item in process_file(f):
            src = item if isinstance(item, Reject) else item.sources[0]
            records.add(src.path, src.record)
    reports: list[dict[str, Any]] = []
    for extra in (["-j", "2"], ["-j", "1"], ["-j", "1", "--time-limit", "0"], ["-j", "2", "--grouping", "memory"]):
        out = tmp_path / f"out{len(reports)}"
        reports.append(_run([str(tmp_path / "in"), *extra], out))
        assert (out / "rejects.jsonl").read_bytes() == want, extra
        assert sorted(p.name for p in out.iterdir()) == [".cleaner-output", "rejects.jsonl", "report.json",
                                                        "stories.jsonl"]  # fmt: skip
    assert all(r == reports[0] for r in reports) and reports[0]["records"] == records.n
    assert sum(reports[0]["rejects"].values()) == len(rejects)
    out = tmp_path / "stdin"
    one = tmp_path / "in" / "a.jsonl"
    _run(["-", "-j", "2"], out, stdin=one.read_bytes())
    lines = (out / "rejects.jsonl").read_bytes().splitlines(keepends=True)
    alone = [r for r in process_file(str(one)) if isinstance(r, Reject)]
    assert [json.loads(x)["path"] for x in lines] == ["-"] * len(alone)
    assert [json.loads(x)["detail"] for x in lines] == [r.detail for r in alone]


_BOUNDED = textwrap.dedent(
    """
    import pickle, resource, sys, tempfile, tracemalloc
    from cleaner.pipeline import _Kept, process_files_spooled
    from cleaner.rejectfile import RejectSpool
    from cleaner.rules import default_rules

    name, small, folder = sys.argv[1:]
    rules = default_rules()
    process_files_spooled([small], rules, rejects_dir=folder)  # (tables and caches load once, before the measure)
    tracemalloc.start()
    out = process_files_spooled([name], rules, rejects_dir=folder)
    worker = tracemalloc.get_traced_memory()[1]
    message = len(pickle.dumps(out))
    tracemalloc.reset_peak()
    with RejectSpool(folder) as spool:
        kept = _Kept(spool, None, folder)
        kept.take(0, out[0], out[3])
        driver = tracemalloc.get_traced_memory()[1]
        print(spool.n, kept.records.n, worker >> 20, message >> 10, driver >> 20)
    """
)


def test_a_worker_sends_back_a_file_name_not_its_rejects(tmp_path: Path) -> None:
    n = 60_000  # (through the command line, -j 2, 9 × 10⁴ rejected records: worker peak 201 → 145 MB, driver 112 →
    # 66 MB as with 10 records; 10⁴ records 147 MB: a first piece's warm-up, flat from there)
    (tmp_path / "in").mkdir()
    lines = (json.dumps({"id": k, "text": f"短{k}"}, ensure_ascii=False) for k in range(n))
    (tmp_path / "in" / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "small.jsonl").write_text('{"text": "短"}\n' * 3000, encoding="utf-8")
    (tmp_path / "batches").mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _BOUNDED, str(tmp_path / "in" / "a.jsonl"), str(tmp_path / "small.jsonl"),
         str(tmp_path / "batches")], capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    spooled, records, worker_mb, message_kb, driver_mb = map(int, done.stdout.split())
    assert records == spooled == n
    assert message_kb < 64, message_kb  # (no documents: the rejects' pickles were ≈ 45 bytes each and more)
    assert worker_mb < 3 and driver_mb < 4, (worker_mb, driver_mb)  # (before: worker 11 MB traced, message 2.5 MB)
    assert len(list((tmp_path / "batches").iterdir())) == 1  # (the warm-up's: the one taken goes with the spool)


def test_a_killed_runs_batch_folders_are_swept_by_the_next_run(tmp_path: Path) -> None:
    """A driver killed by SIGKILL cannot remove its workers' reject folder (``OUT/.reject-batches-*``): the next run
    into that folder removes it once it holds the folder's lock (no live run owns one then)."""
    files = _inputs(tmp_path / "in", 50)
    out = tmp_path / "out"
    out.mkdir()
    stray = out / ".reject-batches-killed"
    stray.mkdir()
    (stray / "batch-0.jsonl").write_bytes(b'{"reason": "half')
    _run([*files, "-j", "2"], out)
    assert not stray.exists()
    assert sorted(p.name for p in out.iterdir()) == [".cleaner-output", "rejects.jsonl", "report.json",
                                                    "stories.jsonl"]  # fmt: skip
