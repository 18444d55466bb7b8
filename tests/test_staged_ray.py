"""The staged run (cleaner.staged) on a two-node Ray cluster on this machine: ``ray start --head`` and a second
``ray start --address`` node, both bound to 127.0.0.1 (token authentication, no dashboard), one CPU each; the CLI
runs the same stage functions there with ``--work`` on a folder both nodes see, and writes the local stories."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_ray_cluster import _descendants

from tests.test_staged import _cmd, _outputs, _write


def _start(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "w") as f:
        return subprocess.Popen(cmd, env=env, stdout=f, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)  # fmt: skip


def _stop(procs: list[subprocess.Popen[bytes]], tree: set[int]) -> None:
    for proc in reversed(procs):
        tree |= set(_descendants(proc.pid))
        proc.send_signal(signal.SIGTERM)  # ray start --block stops what it started
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for pid in tree:  # whatever of its processes outlived it
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def _nodes_up(address: str, env: dict[str, str], nodes: int) -> bool:
    probe = (f"import ray; ray.init(address={address!r}); "
             f"print(sum(1 for n in ray.nodes() if n['Alive'])); ray.shutdown()")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    return done.returncode == 0 and done.stdout.strip().splitlines()[-1:] == [str(nodes)]


@pytest.fixture(scope="module")
def two_nodes() -> Iterator[tuple[str, dict[str, str]]]:
    from cleaner.ray_executor import ray_available

    why = ray_available()
    if why is not None:
        pytest.skip(why)
    ray_cli = str(Path(sys.executable).with_name("ray"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    temp = Path(tempfile.mkdtemp(prefix="srn-", dir="/tmp"))  # short: Ray puts unix sockets under it
    env = {**os.environ, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
           "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(16)}  # fmt: skip
    common = ["--block", "--num-cpus=1", "--disable-usage-stats"]
    procs = [_start([ray_cli, "start", "--head", f"--port={port}", "--include-dashboard=false",
                     f"--temp-dir={temp}", *common], env, temp / "head.log")]  # fmt: skip
    tree: set[int] = set()
    try:
        deadline = time.monotonic() + 180
        while not (temp / "ray_current_cluster").exists():
            assert procs[0].poll() is None and time.monotonic() < deadline, (temp / "head.log").read_text()[-2000:]
            time.sleep(0.2)
        address = f"127.0.0.1:{port}"
        procs.append(_start([ray_cli, "start", f"--address={address}", *common], env, temp / "node.log"))
        while not _nodes_up(address, env, 2):
            assert procs[1].poll() is None and time.monotonic() < deadline, (temp / "node.log").read_text()[-2000:]
            time.sleep(1)
        tree = {pid for p in procs for pid in _descendants(p.pid)}
        yield address, env
    finally:
        _stop(procs, tree)
        shutil.rmtree(temp, ignore_errors=True)


def test_staged_run_on_two_ray_nodes_gives_the_local_stories(
    two_nodes: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    address, env = two_nodes
    _write(tmp_path / "in", 4)
    subprocess.run(_cmd(tmp_path / "in", tmp_path / "local", "-j", "1", "--grouping", "memory"), check=True)
    cmd = _cmd(tmp_path / "in", tmp_path / "ray", "--executor", "ray", "--ray-address", address,
               "--work", str(tmp_path / "work"))  # fmt: skip
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    got, want = _outputs(tmp_path / "ray"), _outputs(tmp_path / "local")
    assert got["stories"] == want["stories"] and got["rejects"] == want["rejects"]
