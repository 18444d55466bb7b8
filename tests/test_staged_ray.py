"""The staged run (cleaner.execution.staged) on Ray: the same stage functions as on the local pool, on a Ray cluster
bound to 127.0.0.1 (``ray start --head`` with Ray's local-only switch, token authentication, no dashboard; the
session fixture ``loopback_cluster`` of tests/rayclusters.py, shared with test_ray_cluster), with ``--work`` on a
folder the cluster sees; it writes the local stories. And on a two-node cluster on 127.0.0.1
(``ray.cluster_utils.Cluster``, fixture ``two_node_cluster`` of tests/rayclusters.py; why not two ``ray start``:
there), staged and in memory: the local stories (issue #17)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.rayclusters import die_with_parent
from tests.test_staged import _cmd, _outputs, _write


def test_staged_run_on_a_ray_cluster_gives_the_local_stories(
    loopback_cluster: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    address, env = loopback_cluster
    _write(tmp_path / "in", 4)
    subprocess.run(_cmd(tmp_path / "in", tmp_path / "local", "-j", "1", "--grouping", "memory"), check=True)
    cmd = _cmd(tmp_path / "in", tmp_path / "ray", "--executor", "ray", "--ray-address", address,
               "--work", str(tmp_path / "work"))  # fmt: skip
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, preexec_fn=die_with_parent)
    assert done.returncode == 0, done.stderr[-3000:]
    got, want = _outputs(tmp_path / "ray"), _outputs(tmp_path / "local")
    assert got["stories"] == want["stories"] and got["rejects"] == want["rejects"]
    assert got["report"]["documents"] == want["report"]["documents"]


def test_a_two_node_cluster_gives_the_local_stories_staged_and_in_memory(
    two_node_cluster: tuple[str, dict[str, str], list[str]], tmp_path: Path
) -> None:
    address, env, nodes = two_node_cluster
    assert nodes == ["127.0.0.1", "127.0.0.1"]  # two nodes, both on loopback
    _write(tmp_path / "in", 4)
    subprocess.run(_cmd(tmp_path / "in", tmp_path / "local", "-j", "1", "--grouping", "memory"), check=True)
    want = _outputs(tmp_path / "local")
    for name, extra in (("staged", ["--work", str(tmp_path / "work")]), ("memory", ["--grouping", "memory"])):
        cmd = _cmd(tmp_path / "in", tmp_path / name, "--executor", "ray", "--ray-address", address, *extra)
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, preexec_fn=die_with_parent)
        assert done.returncode == 0, done.stderr[-3000:]
        got = _outputs(tmp_path / name)
        assert got["stories"] == want["stories"] and got["rejects"] == want["rejects"], name
        report = json.loads((tmp_path / name / "report.json").read_text(encoding="utf-8"))
        assert report["workers"] == 2 and report["documents"] == want["report"]["documents"]  # a CPU on each node
        assert ("staged" in report) == (name == "staged")


_STOPPED_ON_ANOTHER_NODE = """
import json, os, re, sys
from cleaner.execution.executor import TimeLimitExceeded, unit_done, unit_started
from cleaner.execution.ray_executor import RayExecutor

def burn(x):
    try:
        unit_started(f"item {x}")
        if x in (3, 4):  # C code holding the GIL, no signal check (2^34 steps)
            re.match(r"(a+)+$", "a" * 34 + "b")
        return x
    except TimeLimitExceeded:
        return -1
    finally:
        unit_done()

with RayExecutor(address=sys.argv[1], max_retries=0, time_limit=0.5) as ex:
    print("RESULT", json.dumps(list(ex.map(burn, range(8), on_error=lambda x, e: type(e).__name__))), flush=True)
"""


def test_a_page_stopped_on_one_node_is_a_timeout_wherever_it_runs_again(
    two_node_cluster: tuple[str, dict[str, str], list[str]], tmp_path: Path
) -> None:
    """Two slow pieces run at once, one on each node (a CPU each; the nodes' temporary folders apart, as on two
    machines): each node's watchdog names its piece in a file on that node and kills the worker. The piece ran
    again, one item a task, on whichever node was free, and where that was the other node it did not see the file:
    it was stopped again and became a ``WorkerError`` (the pipeline's ``worker_failed``: hostile13's "left"). Now
    the driver gathers the files of every node for the one-item tasks: both are ``TimeLimitExceeded``, and the files
    are removed from both nodes at the end (helper hostile17)."""
    import sys

    address, env, _ = two_node_cluster
    done = subprocess.run([sys.executable, "-c", _STOPPED_ON_ANOTHER_NODE, address], env=env, capture_output=True,
                          text=True, timeout=600, preexec_fn=die_with_parent)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    (result,) = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]  # (Ray logs there too)
    assert json.loads(result[7:]) == [0, 1, 2, -1, -1, 5, 6, 7]
    node2 = Path(env["CLEANER_NODE2_TMPDIR"]) / "cleaner-timeouts"
    assert not node2.is_dir() or not any(node2.iterdir())
