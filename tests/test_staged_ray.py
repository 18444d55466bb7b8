"""The staged run (cleaner.staged) on Ray: the same stage functions as on the local pool, on a Ray cluster bound to
127.0.0.1 (``ray start --head`` with Ray's local-only switch, token authentication, no dashboard; the fixture of
test_ray_cluster), with ``--work`` on a folder the cluster sees; it writes the local stories.

A second node cannot join such a cluster: Ray's local-only switch refuses multi-node clusters, and without it Ray
rewrites ``--node-ip-address=127.0.0.1`` to the machine's address (tests talk to 127.0.0.1 only), so the two-node
test of issue #17 is not here (docs/out-of-core.md)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from test_ray_cluster import loopback_cluster

from tests.test_staged import _cmd, _outputs, _write

__all__ = ["loopback_cluster"]  # the fixture, used by name


def test_staged_run_on_a_ray_cluster_gives_the_local_stories(
    loopback_cluster: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    address, env = loopback_cluster
    _write(tmp_path / "in", 4)
    subprocess.run(_cmd(tmp_path / "in", tmp_path / "local", "-j", "1", "--grouping", "memory"), check=True)
    cmd = _cmd(tmp_path / "in", tmp_path / "ray", "--executor", "ray", "--ray-address", address,
               "--work", str(tmp_path / "work"))  # fmt: skip
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    got, want = _outputs(tmp_path / "ray"), _outputs(tmp_path / "local")
    assert got["stories"] == want["stories"] and got["rejects"] == want["rejects"]
    assert got["report"]["documents"] == want["report"]["documents"]
