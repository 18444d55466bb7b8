"""Ray clusters bound to 127.0.0.1 for the tests (session fixtures, imported by conftest.py): one cluster serves
test_ray_cluster and test_staged_ray instead of one each. Each is started on first use and stopped at the end of
the session; the tests that share it only run ``cleaner run`` against it (each with its own inputs and outputs), so
they need no isolation from each other. The two-node cluster has one user: module scope, so it stops after it."""

from __future__ import annotations

import contextlib
import json
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


def _descendants(root: int) -> list[int]:
    parent: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    parent[int(d)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    out = []
    for pid in parent:
        p = pid
        while p and p != root:
            p = parent.get(p, 0)
        if p == root and pid != root:
            out.append(pid)
    return out


def die_with_parent() -> None:
    """In the child before ``exec``: SIGTERM when the test process that started it dies (Linux
    ``PR_SET_PDEATHSIG``). A pytest killed by a timeout or SIGKILL never reaches the fixtures' teardown: its cluster
    (``ray start --block`` stops what it started on SIGTERM) ran on after it, stray processes on the machine; so did
    a test's ``cleaner run --executor ray`` driver (helper hostile19 found one still running minutes after)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


_SUPERVISE = """
import contextlib, ctypes, os, shutil, signal, subprocess, sys, time
temp, cmd = sys.argv[1], sys.argv[2:]
libc = ctypes.CDLL(None, use_errno=True)
libc.prctl(36, 1)  # PR_SET_CHILD_SUBREAPER: what the command starts and leaves behind stays our child
child = subprocess.Popen(cmd, preexec_fn=lambda: libc.prctl(1, signal.SIGTERM))
signal.signal(signal.SIGTERM, lambda *_: child.send_signal(signal.SIGTERM))
def children():
    out = []
    for d in os.listdir("/proc"):
        with contextlib.suppress(OSError, IndexError):
            if d.isdigit() and open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()[1] == str(os.getpid()):
                out.append(int(d))
    return out
try:
    child.wait()
    left = children()
    deadline = time.monotonic() + 20
    while left and time.monotonic() < deadline:  # (ray start --block stopped them: give them time to go)
        for pid in left:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
        time.sleep(0.2)
        left = children()
    for pid in left:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
finally:
    shutil.rmtree(temp, ignore_errors=True)
"""
"""Runs ``ray start --block`` (its argv) and, when it ends (SIGTERM forwarded: the fixture's teardown, or the test
process's death through ``PR_SET_PDEATHSIG``), ends what it left behind and removes the cluster's temporary folder: a
pytest killed by a timeout or SIGKILL left ``/tmp/crc-*`` behind (sockets, logs, session files)."""


@pytest.fixture(scope="session")
def loopback_cluster() -> Iterator[tuple[str, dict[str, str]]]:
    """(address, environment for a driver) of a 1-CPU cluster on 127.0.0.1; stopped afterwards."""
    from cleaner.execution.ray_executor import ray_available

    why = ray_available()
    if why is not None:
        pytest.skip(why)
    ray_cli = Path(sys.executable).with_name("ray")
    if not ray_cli.exists():
        pytest.skip(f"no ray command next to {sys.executable}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    temp = Path(tempfile.mkdtemp(prefix="crc-", dir="/tmp"))  # short: Ray puts unix sockets under it
    env = {**os.environ, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
           "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(16)}
    cmd = [str(ray_cli), "start", "--head", "--block", f"--port={port}", "--num-cpus=1",
           "--include-dashboard=false", "--disable-usage-stats", f"--temp-dir={temp}"]
    log = temp / "ray-start.log"
    with open(log, "w") as f:
        proc = subprocess.Popen([sys.executable, "-c", _SUPERVISE, str(temp), *cmd], env=env, stdout=f,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
                                preexec_fn=die_with_parent)
    tree: list[int] = []
    try:
        ready = temp / "ray_current_cluster"
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-2000:]
            time.sleep(0.2)
        assert ready.read_text().strip() == f"127.0.0.1:{port}"
        tree = _descendants(proc.pid)
        yield f"127.0.0.1:{port}", env
    finally:
        tree = sorted(set(tree) | set(_descendants(proc.pid)))
        proc.send_signal(signal.SIGTERM)  # ray start --block stops what it started
        _stop(proc, tree)
        shutil.rmtree(temp, ignore_errors=True)


def _stop(proc: subprocess.Popen[str] | subprocess.Popen[bytes], tree: list[int]) -> None:
    """Wait up to 60 s for a process told to stop, kill it after that, then kill whatever of ``tree`` outlived it."""
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    for pid in tree:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


_TWO_NODES = """
import json, os, sys
from ray.cluster_utils import Cluster
c = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "include_dashboard": False})
c.add_node(num_cpus=1, env_vars={"TMPDIR": os.environ["CLEANER_NODE2_TMPDIR"]})  # (its own /tmp, as on a machine)
c.wait_for_nodes()
nodes = sorted(n["NodeManagerAddress"] for n in c.global_state.node_table() if n["Alive"])
print(json.dumps({"address": c.address, "nodes": nodes}), flush=True)
sys.stdin.read()  # until the test closes it (or dies)
c.shutdown()
import shutil
shutil.rmtree(os.environ["RAY_TMPDIR"], ignore_errors=True)  # (left behind by a killed pytest: /tmp/c2n-*)
"""


@pytest.fixture(scope="module")
def two_node_cluster() -> Iterator[tuple[str, dict[str, str], list[str]]]:
    """(address, environment for a driver, the nodes' addresses) of a two-node cluster on 127.0.0.1, one CPU per
    node: ``ray.cluster_utils.Cluster`` (a head node and a second node with their own GCS/raylet processes, as
    Ray's own multi-node tests run them) in a helper process started with Ray's local-only switch, so both nodes
    take 127.0.0.1. ``ray start`` cannot add the second node with that switch: its worker-node branch refuses
    ("Multi-node Ray clusters are not supported on Windows and OSX", ``ray/scripts/scripts.py``), and without the
    switch it rewrites a loopback address to the machine's. ``Cluster.add_node`` starts the node's processes
    directly (``ray._private.node.Node``), which has no such check. ``RAY_TMPDIR`` keeps Ray's address file
    (``ray_current_cluster``) in the test's folder instead of ``/tmp/ray``. The second node's processes have their
    own temporary folder (``TMPDIR``; the environment's ``CLEANER_NODE2_TMPDIR``), as a node on another machine has."""
    from cleaner.execution.ray_executor import ray_available

    why = ray_available()
    if why is not None:
        pytest.skip(why)
    temp = Path(tempfile.mkdtemp(prefix="c2n-", dir="/tmp"))  # short: Ray puts unix sockets under it
    (temp / "ray").mkdir()
    (temp / "node2-tmp").mkdir()
    env = {**os.environ, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_TMPDIR": str(temp),
           "RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(16),
           "CLEANER_NODE2_TMPDIR": str(temp / "node2-tmp")}
    log = open(temp / "cluster.log", "w")  # closed below
    proc = subprocess.Popen([sys.executable, "-c", _TWO_NODES], env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=log, text=True, start_new_session=True)
    tree: list[int] = []
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the helper prints its line once both nodes are up, or dies
        assert line, (temp / "cluster.log").read_text()[-3000:]
        info = json.loads(line)
        tree = _descendants(proc.pid)
        yield info["address"], env, info["nodes"]
    finally:
        tree = sorted(set(tree) | set(_descendants(proc.pid)))
        with contextlib.suppress(OSError):
            assert proc.stdin is not None
            proc.stdin.close()  # the helper shuts the cluster down
        _stop(proc, tree)
        if proc.stdout is not None:
            proc.stdout.close()
        log.close()
        shutil.rmtree(temp, ignore_errors=True)
