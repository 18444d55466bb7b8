"""The per-page time limit (``--time-limit``, :mod:`cleaner.execution.executor`): a page whose extraction takes too
long — stuck in C code, where no signal handler runs — is stopped by killing its worker process, becomes a ``timeout``
reject, and the run goes on: the other records of its file and the other files are read, ``-j 1`` gives what
``-j 2`` gives, and no process of the run is left. Every run here is in a child under a timeout, so a regression
fails instead of holding the machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_kill import wait_gone

from cleaner.execution.executor import SerialExecutor, Watched
from tests.warcbytes import http_response, record


def slow_page(attributes: int = 80_000) -> str:
    """A page that holds lexbor's parser for seconds (≈ 19 s at 80,000; quadratic): one tag of attribute names
    holding ``<``, with a quoted value holding ``>`` every 500 (what the ``_long_tag`` gate does not catch,
    docs/robustness.md)."""
    parts = []
    for i in range(attributes):
        parts.append(f"a<{i}")
        if i % 500 == 0:
            parts.append(f'b{i}=">"')
    return "<html><body><div " + " ".join(parts) + "><p>" + "这是正文，很长的一段话。" * 40 + "</p></div></body></html>"


def _article(n: int) -> str:
    return (
        f"<html><head><title>第{n}号新闻</title></head><body><article>"
        + "".join(
            f"<p>第{n}篇报道的第{k}段：记者从有关部门了解到，编号{n * 100 + k}的项目进展顺利，预计年内完工。</p>"
            for k in range(4)
        )
        + "</article></body></html>"
    )


_BURN = """
import re, sys
from cleaner.execution.executor import (
    LocalExecutor, SerialExecutor, TimeLimitExceeded, Watched, unit_done, unit_started,
)

def burn(item):
    # CPU in C with the GIL held and no signal check (a backtracking regular expression, 2^34 steps), for item 3
    try:
        unit_started(f"item {item}")
        if item == 3:
            re.match(r"(a+)+$", "a" * 34 + "b")
        return item
    except TimeLimitExceeded:
        return -1
    finally:
        unit_done()

if __name__ == "__main__":
    ex = SerialExecutor(time_limit=0.5) if sys.argv[1] == "serial" else LocalExecutor(2, time_limit=0.5)
    with ex:
        assert list(ex.map(Watched(burn), range(8), chunksize=2)) == [0, 1, 2, -1, 4, 5, 6, 7]
        assert list(ex.map(Watched(burn), [5, 6])) == [5, 6]  # usable again
    print("ok")
"""


@pytest.mark.parametrize("kind", ["serial", "pool"])
def test_a_piece_stuck_in_c_code_is_stopped_and_the_map_goes_on(kind: str, tmp_path: Path) -> None:
    script = tmp_path / "burn.py"
    script.write_text(_BURN, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), kind], capture_output=True, text=True, timeout=120,
                          check=False, start_new_session=True)  # fmt: skip
    assert done.returncode == 0 and done.stdout == "ok\n", done.stderr[-2000:]


def test_without_a_time_limit_the_serial_executor_runs_in_process() -> None:
    import os

    ex = SerialExecutor()
    assert not ex.isolates
    assert list(ex.map(Watched(os.getpid), [])) == []
    assert SerialExecutor(time_limit=0).time_limit is None


def _run(inputs: Path, out: Path, workers: int) -> tuple[subprocess.CompletedProcess[bytes], list[int]]:
    cmd = [sys.executable, "-m", "cleaner.cli", "run", str(inputs), "--out", str(out), "-j", str(workers),
           "--time-limit", "1", "-q"]  # fmt: skip
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        stdout, stderr = proc.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        import os
        import signal

        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail("the run did not end within 240 s")
    left = wait_gone(proc.pid)
    return subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr), [pid for pid, _ in left]


def write_slow_corpus(root: Path) -> Path:
    """A WARC of three pages, the slow one in the middle, and three HTML files, one of them the slow page, in
    ``root`` (made here)."""
    root.mkdir()
    recs = [
        record("response", http_response(page.encode()), url=f"http://news.example.cn/{n}.html",
               record_id=f"<urn:uuid:00000000-0000-0000-0000-00000000000{n}>")
        for n, page in enumerate([_article(1), slow_page(), _article(2)])
    ]  # fmt: skip
    (root / "crawl.warc").write_bytes(b"".join(recs))
    (root / "a.html").write_text(_article(3), encoding="utf-8")
    (root / "b.html").write_text(slow_page(), encoding="utf-8")
    (root / "c.html").write_text(_article(4), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """:func:`write_slow_corpus`."""
    return write_slow_corpus(tmp_path_factory.mktemp("time-limit") / "in")


def test_a_slow_page_is_a_timeout_reject_and_the_run_goes_on(corpus: Path, tmp_path: Path) -> None:
    outputs = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        done, left = _run(corpus, out, workers)
        assert done.returncode == 0, done.stderr.decode()[-2000:]
        assert not left, f"-j {workers}: processes left behind: {left}"
        rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [(Path(r["path"]).name, r["record"], r["reason"]) for r in rejects] == [
            ("b.html", 0, "timeout"),
            ("crawl.warc", 1, "timeout"),
        ]
        assert "more than 1 s of CPU time" in rejects[0]["detail"]
        stories = [json.loads(line) for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
        sources = sorted((Path(s["path"]).name, s["record"]) for st in stories for s in st["sources"])
        assert sources == [("a.html", 0), ("c.html", 0), ("crawl.warc", 0), ("crawl.warc", 2)]
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert report["rejects"] == {"timeout": 2}
        outputs[workers] = ((out / "stories.jsonl").read_bytes(), (out / "rejects.jsonl").read_bytes())
    assert outputs[1] == outputs[2]


_IN_A_DAEMON = """
import multiprocessing, pathlib, sys

def job(folder):
    import cleaner
    from cleaner.execution.executor import SerialExecutor
    assert not SerialExecutor(time_limit=60).isolates  # a daemon may start no process: the limit is not enforced
    cleaner.run([pathlib.Path(folder) / "a.txt"], pathlib.Path(folder) / "out")  # the default: -j 1, a time limit
    return (pathlib.Path(folder) / "out" / "stories.jsonl").read_text(encoding="utf-8").count("\\n")

if __name__ == "__main__":
    with multiprocessing.get_context("fork").Pool(1) as pool:
        print(pool.map(job, [sys.argv[1]]))
"""


def test_run_in_a_daemon_process_cleans_in_process(tmp_path: Path) -> None:
    """``cleaner.run`` called in a ``multiprocessing.Pool`` worker (a daemon, as a Celery prefork child is): the
    one-worker pool of the time limit cannot start there, so the serial executor cleans in process."""
    (tmp_path / "a.txt").write_text("标题一\n" + "这是一个测试的句子，内容足够长。" * 20 + "\n", encoding="utf-8")
    script = tmp_path / "daemon.py"
    script.write_text(_IN_A_DAEMON, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, timeout=120,
                          check=False, start_new_session=True)  # fmt: skip
    assert done.returncode == 0 and done.stdout == "[1]\n", done.stderr[-2000:]


_UNGUARDED = """
import pathlib, sys
import cleaner

folder = pathlib.Path(sys.argv[1])
cleaner.run([folder / "a.txt"], folder / "out")  # no __main__ guard: a script as users write them
print((folder / "out" / "stories.jsonl").read_text(encoding="utf-8").count("\\n"))
"""


def test_a_library_run_with_one_worker_starts_no_process(tmp_path: Path) -> None:
    """``cleaner.run`` with its default one worker runs in the caller's process (no time limit there): a script
    without an ``if __name__ == "__main__"`` guard works (a fork server would re-run it), and no child is made."""
    (tmp_path / "a.txt").write_text("标题一\n" + "这是一个测试的句子，内容足够长。" * 20 + "\n", encoding="utf-8")
    script = tmp_path / "unguarded.py"
    script.write_text(_UNGUARDED, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, timeout=120,
                          check=False, start_new_session=True)  # fmt: skip
    assert done.returncode == 0 and done.stdout == "1\n" and "Traceback" not in done.stderr, done.stderr[-2000:]
    from cleaner.pipeline import _own_executor

    assert isinstance(_own_executor(1, 60), SerialExecutor) and not _own_executor(1, 60).isolates
