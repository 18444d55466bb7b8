"""Two runs into one ``--out`` at once (helper hostile20): the second is refused, naming the first; the lock is
the run's (a library call's), not its process's, and a killed run's lock never blocks the next run."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

_HOLDER = textwrap.dedent(
    """
    import sys
    from cleaner.pipeline import run

    def progress(stage, done, total):
        if stage == "clean" and done == 0:  # inside the run: the folder is claimed
            print("holding", flush=True)
            sys.stdin.readline()

    inputs, out, state = sys.argv[1], sys.argv[2], sys.argv[3] or None
    run([inputs], out, state=state, progress=progress)
    print("ran", flush=True)
    sys.stdin.readline()  # the process lives on after its run
    """
)


_POOL = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"


def _pages(folder: Path, n: int, tag: str) -> Path:
    """``n`` text files of distinct pages (random text: no two are copies), their text starting with ``tag``."""
    rnd = random.Random(tag)
    folder.mkdir()
    for i in range(n):
        body = "\n".join("".join(rnd.choice(_POOL) for _ in range(120)) + "。" for _ in range(5))
        (folder / f"p{i}.txt").write_text(f"{tag}{i}号消息_网易新闻\n{tag}{body}\n", encoding="utf-8")
    return folder


def _holder(inputs: Path, out: Path, state: Path | None) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(inputs), str(out), str(state or "")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline() == "holding\n"
    return proc


def _cli_run(inputs: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "cleaner.cli", "run", str(inputs), "--out", str(out), "-q", *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def _stories(out: Path) -> list[str]:
    return [json.loads(line)["text"] for line in (out / "stories.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("nightly", [False, True], ids=["plain", "state"])
def test_a_second_run_into_a_folder_in_use_is_refused_naming_the_first(tmp_path: Path, nightly: bool) -> None:
    """Two runs into one ``--out`` at once both exited 0 and the later one replaced the other's outputs without a
    word (an 800-file run's folder held a 6-file run's stories). The second is refused (exit 1, naming the first
    run's process and host) and touches nothing; the first writes its outputs; once its run has returned — its
    process still alive, as a library caller's is — the folder is free again."""
    a, b = _pages(tmp_path / "a", 5, "甲"), _pages(tmp_path / "b", 3, "乙")
    out = tmp_path / "out"
    first = _holder(a, out, tmp_path / "a.db" if nightly else None)
    try:
        extra = ["--state", str(tmp_path / "b.db")] if nightly else []
        refused = _cli_run(b, out, *extra)
        assert refused.returncode == 1, refused.stderr
        assert f"process {first.pid} on {socket.gethostname()}" in refused.stderr, refused.stderr
        assert "another cleaner run is writing into this folder" in refused.stderr and "Traceback" not in refused.stderr
        assert first.stdin is not None and first.stdout is not None
        first.stdin.write("\n")
        first.stdin.flush()
        assert first.stdout.readline() == "ran\n"
        assert len(_stories(out)) == 5 and all(t.startswith("甲") for t in _stories(out))
        again = _cli_run(b, out, *extra)  # the first run's process lives on: its run is over
        assert again.returncode == 0, again.stderr
        assert len(_stories(out)) == 3 and all(t.startswith("乙") for t in _stories(out))
        assert not (out / ".cleaner-output.lock").exists()
    finally:
        first.kill()
        first.communicate()  # (closes its pipes)


def test_a_killed_runs_lock_does_not_block_the_next_run(tmp_path: Path) -> None:
    """A run SIGKILLed while it holds the folder leaves its lock file; the lock went with its process."""
    a = _pages(tmp_path / "a", 4, "甲")
    out = tmp_path / "out"
    first = _holder(a, out, None)
    os.killpg(first.pid, signal.SIGKILL)
    first.communicate()
    assert (out / ".cleaner-output.lock").exists()  # what a killed run leaves
    res = _cli_run(a, out)
    assert res.returncode == 0, res.stderr
    assert len(_stories(out)) == 4 and not (out / ".cleaner-output.lock").exists()


def test_two_library_runs_in_one_process_one_after_the_other_share_a_folder(tmp_path: Path) -> None:
    """The lock is the run's: a library caller's second run into the same folder is not refused by its first."""
    from cleaner.pipeline import run

    a, b = _pages(tmp_path / "a", 2, "甲"), _pages(tmp_path / "b", 2, "乙")
    out = tmp_path / "out"
    assert run([a], out).stories == 2
    assert run([b], out).stories == 2 and all(t.startswith("乙") for t in _stories(out))


def test_a_run_through_a_symlink_to_a_folder_in_use_is_refused_and_a_dangling_one_named(tmp_path: Path) -> None:
    """The lock is in the folder, so another spelling of it (a symlink) is the same folder. An ``--out`` that is a
    symlink to nothing said "File exists"."""
    from cleaner.errors import CleanerError
    from cleaner.output import claim_out_dir
    from cleaner.pipeline import run

    a = _pages(tmp_path / "a", 2, "甲")
    (tmp_path / "link").symlink_to(tmp_path / "out")
    with claim_out_dir(tmp_path / "out"), pytest.raises(CleanerError, match=f"process {os.getpid()} on "):
        run([a], tmp_path / "link")
    assert not (tmp_path / "out" / "stories.jsonl").exists()
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    with pytest.raises(OSError, match=r"a symbolic link to .*nowhere, which does not exist"):
        run([a], tmp_path / "dangling")
