"""``cleaner run`` as stages over shards (cleaner.execution.staged): the same stories, rejects and counts as the
in-memory run, -j 1 and -j 2, real files and processes; killed with SIGKILL at random points and rerun with the same
--work, the outputs are identical, nothing is left running, no half file is left, and only unfinished shards are made
again."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_kill import wait_gone

from cleaner.execution.staged import _manifest
from cleaner.pipeline import VOLATILE
from tests.test_components import _corpus, _reposts

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "extraction"
KILLS = int(os.environ.get("CLEANER_STAGED_KILLS", "3"))


def _write(root: Path, seed: int, gold: int = 0) -> None:
    rng = random.Random(seed)
    texts = [d.text for d in _corpus(seed)]
    for f in sorted(GOLD.glob("*/gold/*.txt"))[:gold]:
        t = f.read_text(encoding="utf-8")
        texts += [t, *_reposts(t, rng.choice([0, 0, 1, 2]), rng)]
    for i, t in enumerate(texts):
        sub = root / f"d{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"p{i:04d}.txt").write_text(t, encoding="utf-8")
    (root / "bad.jsonl").write_text('{"text": "x"}\nnot json\n', encoding="utf-8")  # rejects too


def _cmd(inputs: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "cleaner.cli", "run", str(inputs), "-o", str(out), "-q", *extra]


def _outputs(out: Path) -> dict[str, Any]:
    report = json.loads((out / "report.json").read_text())
    for k in [*VOLATILE, "arguments", "components", "staged", "site_repetition"]:
        report.pop(k, None)
    return {
        "stories": (out / "stories.jsonl").read_bytes(),
        "rejects": (out / "rejects.jsonl").read_bytes(),
        "report": report,
    }


@pytest.mark.parametrize("workers", ["1", "2"])
def test_staged_run_writes_what_the_in_memory_run_writes(tmp_path: Path, workers: str) -> None:
    _write(tmp_path / "in", 4)
    subprocess.run(_cmd(tmp_path / "in", tmp_path / "mem", "-j", workers, "--grouping", "memory"), check=True)
    work = tmp_path / "work"
    subprocess.run(_cmd(tmp_path / "in", tmp_path / "st", "-j", workers, "--work", str(work)), check=True)
    assert _outputs(tmp_path / "st") == _outputs(tmp_path / "mem")
    report = json.loads((tmp_path / "st" / "report.json").read_text())
    assert report["staged"]["redone"]["clean"] == report["staged"]["shards"] >= 1
    assert report["components"]["largest"] > 32 and not work.exists()  # the work folder goes at the end


def test_staged_run_refuses_what_it_cannot_stage(tmp_path: Path) -> None:
    _write(tmp_path / "in", 4)
    got = subprocess.run(_cmd(tmp_path / "in", tmp_path / "o", "--work", str(tmp_path / "w"), "--audit"),
                         capture_output=True)  # fmt: skip
    assert got.returncode == 2 and b"--work" in got.stderr


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not GOLD.is_dir():
        pytest.skip("../shared/data/extraction is not here")
    root = tmp_path_factory.mktemp("staged")
    _write(root / "in", 9, gold=400)
    t0 = time.monotonic()
    subprocess.run(_cmd(root / "in", root / "base", "-j", "2", "--work", str(root / "w")), check=True, timeout=600)
    return {"root": root, "outputs": _outputs(root / "base"), "seconds": time.monotonic() - t0}


@pytest.mark.parametrize("seed", range(KILLS))
def test_sigkill_then_rerun_with_the_same_work_is_identical_and_resumes(
    seed: int, big: dict[str, Any], tmp_path: Path
) -> None:
    rng = random.Random(seed)
    out, work = tmp_path / "out", tmp_path / "work"
    cmd = _cmd(big["root"] / "in", out, "-j", "2", "--work", str(work))
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.3, big["seconds"]))
    proc.kill()  # the driver only: its workers must notice on their own
    proc.wait(timeout=60)
    assert not wait_gone(proc.pid), "processes left behind"
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")], "a half-written output"
    records = list(_manifest(work / "manifest.jsonl"))[1:]
    done = {r["name"] for r in records if r["stage"] == "clean"}
    tasks = {r["name"] for r in records if r["stage"] == "collapse"}
    rerun = subprocess.run(cmd, capture_output=True, timeout=600, start_new_session=True)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    assert _outputs(out) == big["outputs"]
    staged = json.loads((out / "report.json").read_text())["staged"]
    # every shard the killed run recorded is kept; the ones it wrote but had not recorded yet are adopted
    assert staged["redone"]["clean"] + staged["adopted"]["clean"] == staged["shards"] - len(done)
    assert staged["redone"]["collapse"] + staged["adopted"]["collapse"] + len(tasks) == staged["tasks"]


def test_work_with_state_is_refused(tmp_path: Path) -> None:
    _write(tmp_path / "in", 4)
    cmd = _cmd(tmp_path / "in", tmp_path / "o", "--work", str(tmp_path / "w"), "--state", str(tmp_path / "s.db"))
    got = subprocess.run(cmd, capture_output=True)
    assert got.returncode == 2 and b"--state" in got.stderr


def test_a_large_input_is_staged_automatically_in_out_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.pipeline as pipeline

    _write(tmp_path / "in", 4)
    want = pipeline.run([tmp_path / "in"], tmp_path / "mem", workers=1)
    monkeypatch.setattr(pipeline, "STAGED_MIN_BYTES", 1)  # every input is "large"
    got = pipeline.run([tmp_path / "in"], tmp_path / "auto", workers=1)
    assert "staged" in got.extra and "staged" not in want.extra
    assert not (tmp_path / "auto" / ".work").exists()
    assert _outputs(tmp_path / "auto") == _outputs(tmp_path / "mem")


def test_a_work_folder_with_files_of_the_users_is_refused_and_left_whole(tmp_path: Path) -> None:
    # The work folder is deleted at the end of a run: `--work ~/data` must not take ~/data with it.
    _write(tmp_path / "in", 4)
    mine = tmp_path / "mine"
    (mine / "sub").mkdir(parents=True)
    files = {mine / "notes.jsonl": '{"a": 1}\n', mine / "keep.txt": "important", mine / "sub" / "x.arrow": "data"}
    for f, text in files.items():
        f.write_text(text, encoding="utf-8")
    got = subprocess.run(_cmd(tmp_path / "in", tmp_path / "o", "--work", str(mine)), capture_output=True, text=True)
    assert got.returncode == 2 and "--work" in got.stderr and "new or empty folder" in got.stderr
    assert {f: f.read_text(encoding="utf-8") for f in files} == files
    assert sorted(p.name for p in mine.iterdir()) == ["keep.txt", "notes.jsonl", "sub"]


def test_a_file_put_in_the_work_folder_during_a_run_is_left_with_the_folder(tmp_path: Path) -> None:
    from cleaner.execution.staged import MARKER, claim_work, remove_work

    work = tmp_path / "w"
    claim_work(work)
    (work / "clean-00000.docs.arrow").write_bytes(b"shard")
    (work / "manifest.jsonl").write_text("{}\n", encoding="utf-8")
    (work / "later.txt").write_text("the user's", encoding="utf-8")
    remove_work(work)
    assert sorted(p.name for p in work.iterdir()) == ["later.txt"]
    remove_work(tmp_path)  # no marker: nothing is touched
    assert (work / "later.txt").exists()
    assert not (work / MARKER).exists()


def test_shards_written_but_not_recorded_are_adopted_not_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill between a shard's rename and its manifest line (the pool hands results back in order, so finished
    shards wait behind a slower one): the rerun records such shards from their files instead of making them again,
    and writes the same outputs. The grouping's key partitions are kept too; only the join of their edges runs."""
    import cleaner.pipeline as pipeline
    from cleaner.execution import staged
    from cleaner.execution.executor import SerialExecutor

    _write(tmp_path / "in", 4)
    work = tmp_path / "work"
    opts = pipeline.RunOptions(work=str(work))
    monkeypatch.setattr(staged, "remove_work", lambda work: None)  # keep the finished run's work folder
    first = pipeline.run([tmp_path / "in"], tmp_path / "a", executor=SerialExecutor(), options=opts)
    lines = (work / staged.MANIFEST).read_text(encoding="utf-8").splitlines(keepends=True)
    (work / staged.MANIFEST).write_text(lines[0], encoding="utf-8")  # the key only: as if nothing was recorded
    second = pipeline.run([tmp_path / "in"], tmp_path / "b", executor=SerialExecutor(), options=opts)
    made, adopted = second.extra["staged"]["redone"], second.extra["staged"]["adopted"]
    assert made == {"clean": 0, "group": 1, "collapse": 0}  # the join of the edges (it records the plan)
    assert adopted["clean"] == first.extra["staged"]["shards"] and adopted["collapse"] == first.extra["staged"]["tasks"]
    assert adopted["group"] == 4  # 4 key partitions per worker
    assert _outputs(tmp_path / "b") == _outputs(tmp_path / "a")


def test_a_second_run_on_a_work_folder_in_use_is_refused(tmp_path: Path) -> None:
    from cleaner.execution import staged

    _write(tmp_path / "in", 4)
    work = tmp_path / "work"
    with staged.locked(work):  # as a run still going would hold it
        got = subprocess.run(_cmd(tmp_path / "in", tmp_path / "o", "--work", str(work)), capture_output=True)
    assert got.returncode == 1 and b"another run is using this work folder" in got.stderr
    assert not (tmp_path / "o" / "stories.jsonl").exists()
    subprocess.run(_cmd(tmp_path / "in", tmp_path / "o", "--work", str(work)), check=True)  # released: it runs
