"""``--executor ray --ray-address 127.0.0.1:PORT`` against a running Ray cluster bound to 127.0.0.1.

A real cluster: ``ray start --head --block`` with Ray's local-only switch (so every Ray process binds to
127.0.0.1), token authentication with a fresh token, no dashboard, its temp dir under a temporary
directory; the CLI runs in its own process (this one may already be a Ray driver) and must give the
stories of the in-process run. Skipped with the reason where Ray cannot be imported. The cluster is the session
fixture ``loopback_cluster`` (tests/rayclusters.py, through conftest.py), shared with test_staged_ray.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.pipeline import run
from tests.rayclusters import die_with_parent

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "extraction" / "cwced_zh" / "gold"


def test_cli_connects_to_a_cluster_bound_to_loopback(
    loopback_cluster: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    if not GOLD.is_dir():
        pytest.skip(f"extraction data not found at {GOLD}")
    address, env = loopback_cluster
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, g in enumerate(sorted(GOLD.glob("*.txt"))[:8]):
        text = g.read_text(encoding="utf-8").strip()
        (corpus / f"{i}.txt").write_text(text, encoding="utf-8")
        if i % 2:
            repost = "网易新闻 | 新闻中心\n" + text + "\n责任编辑：李华"
            (corpus / f"{i}-repost.txt").write_text(repost, encoding="utf-8")
    run([corpus], tmp_path / "serial", workers=1)
    cmd = [sys.executable, "-c", "from cleaner.cli import main; main()", "run", str(corpus),
           "--out", str(tmp_path / "ray"), "--executor", "ray", "--ray-address", address, "-q"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, preexec_fn=die_with_parent)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "ray" / "stories.jsonl").read_bytes() == (tmp_path / "serial" / "stories.jsonl").read_bytes()
    report = json.loads((tmp_path / "ray" / "report.json").read_text(encoding="utf-8"))
    assert report["workers"] == 1 and report["documents"] == 12


def test_the_time_limit_holds_on_a_ray_cluster(loopback_cluster: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    """A page stuck in lexbor's parser on a Ray worker: the worker's watchdog kills it, the task runs again, and the
    page is a ``timeout`` reject while the others of its WARC and folder are read (as on the local executors)."""
    from test_time_limit import write_slow_corpus

    address, env = loopback_cluster
    corpus = write_slow_corpus(tmp_path / "in")
    cmd = [sys.executable, "-c", "from cleaner.cli import main; main()", "run", str(corpus), "--out",
           str(tmp_path / "out"), "--executor", "ray", "--ray-address", address, "--time-limit", "1", "-q"]  # fmt: skip
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, preexec_fn=die_with_parent)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = (tmp_path / "out" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()
    rejects = sorted((Path(r["path"]).name, r["record"], r["reason"]) for r in map(json.loads, lines))
    assert rejects == [("b.html", 0, "timeout"), ("crawl.warc", 1, "timeout")]
    lines = (tmp_path / "out" / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    stories = [json.loads(line) for line in lines]
    sources = sorted((Path(s["path"]).name, s["record"]) for st in stories for s in st["sources"])
    assert sources == [("a.html", 0), ("c.html", 0), ("crawl.warc", 0), ("crawl.warc", 2)]
