"""Nights as a user runs them (helper hostile28): ``cleaner run --state`` through the command line over four
nights of dump folders — stories repeated verbatim, edited reposts, new stories — with one night killed (SIGKILL)
and rerun, one rerun twice, one given again under other file names, one given again a week later. And the night's
input key over sparse files. Real files, real SQLite, the CLI as a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_kill import wait_gone
from test_state import make_nights, read_jsonl, state_snapshot, write_nights
from test_state_redis import REDIS_SERVER, redis, redis_url  # noqa: F401  (redis_url: a fixture)

from cleaner.dedup import DedupParams
from cleaner.state import export_state, input_key
from cleaner.state.sqlite import py_text

ROOT = Path(__file__).resolve().parent.parent


def _cli(inputs: list[Path], out: Path, state: Path, **popen: Any) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "cleaner", "run", *map(str, inputs), "--out", str(out), "--state", str(state)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([*cmd, "-q", "-j", "2"], env=env, capture_output=True, text=True, timeout=300, **popen)


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("stories.jsonl", "updates.jsonl", "rejects.jsonl")}


def _night_of(out: Path) -> dict[str, Any]:
    report: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {**report["state"], "documents": report["documents"], "merged": report["duplicates_merged"]}


def test_four_nights_through_the_command_line(tmp_path: Path) -> None:
    nights, _ = make_nights(2801, nights=4, per_night=12)
    dirs = write_nights(tmp_path, nights)
    state = tmp_path / "state.db"
    outs = [tmp_path / f"out{n}" for n in range(4)]
    t0 = time.monotonic()
    first = _cli([dirs[0]], outs[0], state)
    assert first.returncode == 0, first.stderr
    took = time.monotonic() - t0

    # night 1 killed with SIGKILL halfway through a night's time, then run again
    cmd = [sys.executable, "-m", "cleaner", "run", str(dirs[1]), "--out", str(outs[1]), "--state", str(state)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    before = state_snapshot(state)
    kept = {f.name: f.read_bytes() for f in tmp_path.glob("state.db*")}
    delay = took / 2
    for _ in range(6):  # a night that commits before the kill (a slow first night on a busy machine): again, sooner
        proc = subprocess.Popen([*cmd, "-q", "-j", "2"], env=env, start_new_session=True, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)  # the group of a night that ended is its unreaped leader: no error
        finished = proc.wait() == 0
        assert wait_gone(proc.pid) == [], "a process of the killed night was left"
        if not finished and state_snapshot(state) != before:  # killed after its commit, on its way out
            finished = True
            assert (outs[1] / "stories.jsonl").exists(), "the night committed its state before its outputs"
        if not finished:
            break
        for f in tmp_path.glob("state.db*"):
            f.unlink()
        for name, data in kept.items():
            (tmp_path / name).write_bytes(data)
        shutil.rmtree(outs[1], ignore_errors=True)
        delay /= 2
    else:
        pytest.skip("every night ended before its kill")
    assert state_snapshot(state) == before, "the killed night changed the state"
    if outs[1].exists():  # outputs are written whole or not at all
        assert not [p.name for p in outs[1].iterdir() if p.name.startswith((".tmp", "tmp")) or ".tmp" in p.name]
    res = _cli([dirs[1]], outs[1], state)
    assert res.returncode == 0, res.stderr

    # night 2 run, then run again twice: the same files, left as they were
    assert _cli([dirs[2]], outs[2], state).returncode == 0
    written = _outputs(outs[2])
    snap = state_snapshot(state)
    for _ in range(2):
        again = _cli([dirs[2]], outs[2], state)
        assert again.returncode == 0, again.stderr
        assert _outputs(outs[2]) == written and state_snapshot(state) == snap
    assert _cli([dirs[3]], outs[3], state).returncode == 0

    # every record of every night is a source of exactly one story; no story emitted twice
    exported = list(export_state(state))
    sources = [py_text(s.get("url")) for rec in exported for s in rec["sources"]]
    urls = [r["url"] for recs in nights for r in recs]
    assert sorted(set(sources)) == sorted(set(urls)) and len(sources) == len(urls)
    emitted = [s["id"] for out in outs for s in read_jsonl(out / "stories.jsonl")]
    assert len(emitted) == len(set(emitted)) == len(exported)
    for n, out in enumerate(outs):  # what the user reads per night: new + attached copies = the night's records
        night = _night_of(out)
        assert night["new_stories"] == len(read_jsonl(out / "stories.jsonl"))
        assert night["documents"] == len(nights[n]) and read_jsonl(out / "rejects.jsonl") == []
        assert night["new_stories"] + night["merged"] == night["documents"], (n, night)
        if n:
            assert night["attached"] > 0, "the nights repeat earlier stories"

    # night 2's files again, renamed and moved: nothing new into a fresh folder; into night 2's own folder, night 2's
    # stories are moved aside
    moved = tmp_path / "moved"
    moved.mkdir()
    for f in dirs[2].iterdir():
        shutil.copy2(f, moved / f"renamed-{f.name}")
    res = _cli([moved], tmp_path / "out2-renamed", state)
    assert res.returncode == 0 and read_jsonl(tmp_path / "out2-renamed" / "stories.jsonl") == []
    snap = state_snapshot(state)
    moved2 = tmp_path / "moved2"
    shutil.copytree(moved, moved2)
    res = _cli([moved2], outs[2], state)
    assert res.returncode == 0 and "moved, not replaced" in res.stderr, res.stderr
    aside = _night_of(outs[2])["kept_aside"]
    assert (outs[2] / aside[0]).read_bytes() == written["stories.jsonl"], "night 2's stories were replaced"
    assert aside[0].endswith("/stories.jsonl") and state_snapshot(state) != snap  # night 2 renamed: its own night
    assert read_jsonl(outs[2] / "stories.jsonl") == []

    # night 0's input a week later: into a fresh folder nothing new; into its own folder left alone
    res = _cli([dirs[0]], tmp_path / "out0-week", state)
    assert res.returncode == 0 and read_jsonl(tmp_path / "out0-week" / "stories.jsonl") == []
    assert _night_of(tmp_path / "out0-week")["already_seen"] == len(nights[0])
    kept = _outputs(outs[0])
    assert _cli([dirs[0]], outs[0], state).returncode == 0 and _outputs(outs[0]) == kept
    # night 3 (committed into its own folder) again into night 1's folder: a rerun whose outputs are not there is
    # refused before anything moves; night 1's files stay as they are
    kept = _outputs(outs[1])
    res = _cli([dirs[3]], outs[1], state)
    assert res.returncode == 1 and _outputs(outs[1]) == kept


def _old_key(files: list[Path], params: DedupParams) -> str:
    import hashlib

    h = hashlib.blake2b(digest_size=16)
    h.update(params.fingerprint().encode("ascii"))
    for f in files:
        h.update(b"\x00" + str(f).encode("utf-8", "surrogateescape") + b"\x00")
        h.update(f.read_bytes())
    return h.hexdigest()


def test_the_input_key_skips_the_holes_of_sparse_files(tmp_path: Path) -> None:
    params = DedupParams()
    dense = tmp_path / "a.txt"
    dense.write_text("标题\n" + "正文。" * 5000, encoding="utf-8")
    assert input_key([dense], params) == _old_key([dense], params), "a file without holes keeps its key"
    sparse = tmp_path / "s.txt"
    with open(sparse, "wb") as fh:
        fh.write("标题\n正文。".encode() * 1000)
        fh.truncate(64 << 30)  # 64 GiB, nearly all hole
    fd = os.open(sparse, os.O_RDONLY)
    try:
        holes = os.lseek(fd, 0, os.SEEK_HOLE) < 64 << 30
    finally:
        os.close(fd)
    if not holes:
        pytest.skip("this file system does not report holes")
    t = time.monotonic()
    key = input_key([sparse], params)
    assert time.monotonic() - t < 10, "the holes were read"
    with open(sparse, "r+b") as fh:  # one byte in the middle changes the key; a zero written back restores it
        fh.seek(40 << 30)
        fh.write(b"x")
    assert input_key([sparse], params) != key
    with open(sparse, "r+b") as fh:
        fh.seek(40 << 30)
        fh.write(b"\x00")
    assert input_key([sparse], params) == key
    copy = tmp_path / "copy" / "s.txt"  # another sparse layout of the same bytes: zeros written as data
    copy.parent.mkdir()
    with open(sparse, "rb") as src, open(copy, "wb") as dst:
        dst.write(src.read(8 << 20))
        dst.truncate(64 << 30)
    assert input_key([copy], params) == input_key([copy], params)
    assert input_key([copy], params) != key  # (another name)
    os.replace(sparse, tmp_path / "s-old.txt")
    os.replace(copy, sparse)
    assert input_key([sparse], params) == key, "the same bytes laid out with other holes are the same night"


@pytest.mark.skipif(REDIS_SERVER is None or redis is None, reason="needs redis-server and the redis package")
def test_a_night_under_other_names_into_a_committed_nights_folder_keeps_its_stories_on_redis(
    redis_url: str,  # noqa: F811  (the fixture)
    tmp_path: Path,
) -> None:
    from cleaner.pipeline import run

    nights, _ = make_nights(2802, nights=1, per_night=6)
    (night,) = write_nights(tmp_path, nights)
    state = redis_url + "#nights28"
    out = tmp_path / "out"
    run([night], out, state=state)
    written = _outputs(out)
    assert read_jsonl(out / "stories.jsonl")
    renamed = tmp_path / "renamed"
    shutil.copytree(night, renamed)
    report = run([renamed], out, state=state)
    aside = report.extra["state"]["kept_aside"]
    assert (out / aside[0]).read_bytes() == written["stories.jsonl"]
    assert read_jsonl(out / "stories.jsonl") == []
    assert run([renamed], out, state=state).extra["state"]["already_committed"] is True
