"""``--shard-size``: stories as several complete files with a manifest, the same stories in the same order (for jsonl
the same bytes) as the one file, in memory and staged; one way removes what the other left."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest
from test_staged import _cmd, _write

from cleaner.parts import read_manifest


def _joined(out: Path, opener=open) -> bytes:  # type: ignore[no-untyped-def]
    manifest = read_manifest(out)
    assert manifest["complete"] is True
    data = b""
    for part in manifest["parts"]:
        path = out / part["file"]
        assert path.stat().st_size == part["bytes"]
        with opener(path, "rb") as fh:
            data += fh.read()
    return data


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("parts")
    _write(root / "in", 4)
    subprocess.run(_cmd(root / "in", root / "one", "--grouping", "memory"), check=True)
    return root


@pytest.mark.parametrize("staged", [False, True])
def test_parts_hold_the_one_file_s_bytes_in_order(inputs: Path, tmp_path: Path, staged: bool) -> None:
    one = (inputs / "one" / "stories.jsonl").read_bytes()
    extra = ["--work", str(tmp_path / "w")] if staged else []
    subprocess.run(_cmd(inputs / "in", tmp_path / "out", "--shard-size", "7", *extra), check=True)
    out = tmp_path / "out"
    assert _joined(out) == one
    manifest = read_manifest(out)
    stories = one.count(b"\n")
    assert manifest["records"] == stories == json.loads((out / "report.json").read_text())["stories"]
    assert [p["records"] for p in manifest["parts"]] == [7] * (stories // 7) + ([stories % 7] if stories % 7 else [])
    assert not (out / "stories.jsonl").exists()
    assert (out / "stories" / ".cleaner-output").is_file()  # never read as input


def test_one_way_removes_what_the_other_left(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    subprocess.run(_cmd(inputs / "in", out, "--shard-size", "5"), check=True)
    assert (out / "stories.manifest.json").is_file() and not (out / "stories.jsonl").exists()
    subprocess.run(_cmd(inputs / "in", out), check=True)
    assert (out / "stories.jsonl").read_bytes() == (inputs / "one" / "stories.jsonl").read_bytes()
    assert not (out / "stories.manifest.json").exists() and not list((out / "stories").glob("part-*"))
    subprocess.run(_cmd(inputs / "in", out, "--shard-size", "1000"), check=True)
    assert [p["file"] for p in read_manifest(out)["parts"]] == ["stories/part-00000.jsonl"]
    assert not (out / "stories.jsonl").exists()


def test_gzip_parts_hold_the_same_stories(inputs: Path, tmp_path: Path) -> None:
    subprocess.run(_cmd(inputs / "in", tmp_path / "out", "--shard-size", "9", "--format", "jsonl.gz"), check=True)
    assert _joined(tmp_path / "out", gzip.open) == (inputs / "one" / "stories.jsonl").read_bytes()


def test_shard_size_with_state_is_refused(inputs: Path, tmp_path: Path) -> None:
    cmd = _cmd(inputs / "in", tmp_path / "o", "--shard-size", "5", "--state", str(tmp_path / "s.db"))
    got = subprocess.run(cmd, capture_output=True)
    assert got.returncode == 2 and b"--shard-size" in got.stderr
