"""Issue 15: the output folder. Errors name the file and come before the work, a run never reads an output
folder as input, and names or texts that are not valid UTF-8 never crash a writer. Real files; a mock only
for a disk that fills up mid-write (a real full disk cannot be made on demand; the pre-check uses a real
tiny tmpfs when user namespaces are available)."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_state import make_nights, outputs, read_jsonl, state_snapshot, write_nights
from typer.testing import CliRunner

import cleaner.output
import cleaner.pipeline
from cleaner.cli import app
from cleaner.dedup import DedupParams
from cleaner.output import OUTPUT_MARKER, dumps_line, write_json, write_jsonl
from cleaner.pipeline import run
from cleaner.state import fault

# --- 4. names and texts that are not valid UTF-8 ---------------------------------------------------------


def test_writers_escape_lone_surrogates_as_json(tmp_path: Path) -> None:
    recs = [{"path": "caf\udce9.txt", "text": "a\ud800b", "ok": "中文"}]
    write_jsonl(tmp_path / "a.jsonl", recs)
    write_json(tmp_path / "r.json", {"k\udcff": "v"})
    raw = (tmp_path / "a.jsonl").read_bytes()
    raw.decode("utf-8")  # valid UTF-8
    assert b"\\udce9" in raw and "中文".encode() in raw
    assert read_jsonl(tmp_path / "a.jsonl") == recs  # the same strings back
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == {"k\udcff": "v"}
    assert json.loads(dumps_line(recs[0])) == recs[0]
    dumps_line(recs[0]).encode("utf-8")


def test_a_file_name_that_is_not_utf8_does_not_crash_a_run(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    good = os.fsencode(dumps) + b"/\xff\xfe-story.txt"
    with open(good, "w", encoding="utf-8") as fh:
        fh.write("标题\n" + "这是一个很长的句子，讲述了城市发展和经济增长的故事。" * 20 + "\n")
    empty = os.fsencode(dumps) + b"/empty-\xe9.txt"
    open(empty, "wb").close()
    res = CliRunner().invoke(app, ["run", str(dumps), "--out", str(tmp_path / "out"), "-q"])
    assert res.exit_code == 0, res.output
    stories = read_jsonl(tmp_path / "out" / "stories.jsonl")
    rejects = read_jsonl(tmp_path / "out" / "rejects.jsonl")
    assert {os.fsencode(s["path"]) for st in stories for s in st["sources"]} == {good}
    assert {os.fsencode(r["path"]) for r in rejects} == {empty}
    json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    # `cleaner report` on that output failed with a UnicodeEncodeError writing its data; the name is its escape
    res = CliRunner().invoke(app, ["report", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    chunks = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out" / "report_data").glob("*.js"))
    assert "\\udcff\\udcfe-story.txt" in chunks


def test_clean_and_explain_name_a_fifo_or_a_folder_as_such(tmp_path: Path) -> None:
    """`cleaner clean` / `explain` said "no such file" for a FIFO, socket or folder that is there."""
    os.mkfifo(tmp_path / "pipe.txt")
    for command in ("clean", "explain"):
        for name, said in (("pipe.txt", "not a regular file"), (".", "not a regular file"), ("gone.txt", "no such")):
            res = CliRunner().invoke(app, [command, str(tmp_path / name)])
            assert res.exit_code == 2 and said in res.output, (command, name, res.output)


# --- 7. errors name the file; an unusable --out is refused before the work ----------------------------------


def _no_work(*args: object, **kwargs: object) -> object:
    raise AssertionError("the work started before --out was checked")


def test_an_out_that_cannot_be_a_folder_is_refused_before_the_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds_dir: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(cleaner.pipeline, "process", _no_work)
    for out in (blocker, blocker / "out"):
        with pytest.raises(OSError) as info:
            run([seeds_dir], out)
        assert info.value.filename and str(blocker) in str(info.value.filename)
        res = CliRunner().invoke(app, ["run", str(seeds_dir), "--out", str(out), "-q"])
        assert res.exit_code == 1 and f"cleaner: {blocker}" in res.output, res.output


def test_disk_full_while_writing_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds_dir: Path
) -> None:
    real_fsync = os.fsync
    out = tmp_path / "out"

    def fsync(fd: int) -> None:  # the disk fills up while stories.jsonl, the first output after the marker, is written
        target = os.readlink(f"/proc/self/fd/{fd}")  # ".stories.jsonl.XXXX.tmp", or "#N (deleted)" with O_TMPFILE
        if target.startswith(f"{out}/") and (out / ".cleaner-output").exists() and "cleaner-output" not in target:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(cleaner.output.os, "fsync", fsync)
    res = CliRunner().invoke(app, ["run", str(seeds_dir), "--out", str(out), "-q"])
    assert res.exit_code == 1
    assert f"cleaner: {out / 'stories.jsonl'}: No space left on device" in res.output, res.output
    assert not (out / "stories.jsonl").exists()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")], "a temporary file was left behind"


def _userns_mount_available() -> bool:
    if not shutil.which("unshare"):
        return False
    try:
        return subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _userns_mount_available(), reason="needs unshare -rm (user and mount namespaces)")
@pytest.mark.parametrize("fs", ["ro", "tiny"])
def test_a_read_only_or_full_out_is_refused_before_the_work(fs: str, tmp_path: Path, seeds_dir: Path) -> None:
    """A real read-only file system and a real 64 KiB tmpfs (in a private mount namespace)."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    opts = "ro,size=64k" if fs == "ro" else "size=64k"
    out = mnt / "out"
    # CLEANER_STATE_KILL_AT=after_process would SIGKILL the run after the work: refused before, it never is
    script = (
        f"mount -t tmpfs -o {opts} tmpfs {mnt} && exec {sys.executable} -m cleaner.cli run {seeds_dir} "
        f"--out {out} --state {tmp_path / 's.db'} -q"
    )
    env = {**os.environ, "CLEANER_STATE_KILL_AT": "after_process"}
    proc = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    why = "Read-only file system" if fs == "ro" else "No space left on device"
    assert f"cleaner: {mnt if fs == 'ro' else out}" in proc.stderr and why in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


# --- 3. an output folder is never read as input ------------------------------------------------------------


def _killed_run(dump: str, out: str, state: str, stage: str) -> None:
    fault.arm(stage)
    run([dump], out, state=state)
    os._exit(3)


@pytest.mark.parametrize("stage", ["after_stories", "after_report"])
def test_out_inside_the_input_folder_is_never_read_even_after_a_kill(stage: str, tmp_path: Path) -> None:
    nights, _ = make_nights(3, nights=1, per_night=6)
    (dumps,) = write_nights(tmp_path, nights)
    n_files = len(list(dumps.iterdir()))
    # an unkilled run with --out inside the input folder
    report = run([dumps], dumps / "outA", state=tmp_path / "a.db")
    assert report.files == n_files and (dumps / "outA" / OUTPUT_MARKER).is_file()
    assert run([dumps], dumps / "outA", state=tmp_path / "a.db").extra["state"]["already_committed"] is True
    # a run killed after writing some outputs there, then rerun: the same outputs, outputs never read
    child = multiprocessing.get_context("fork").Process(
        target=_killed_run, args=(str(dumps), str(dumps / "outB"), str(tmp_path / "b.db"), stage)
    )
    child.start()
    child.join(120)
    assert child.exitcode == -signal.SIGKILL
    report = run([dumps], dumps / "outB", state=tmp_path / "b.db")
    assert report.files == n_files
    assert outputs(dumps / "outB") == outputs(dumps / "outA")
    assert state_snapshot(tmp_path / "b.db") == state_snapshot(tmp_path / "a.db")
    paths = {s["path"] for r in read_jsonl(dumps / "outB" / "stories.jsonl") for s in r["sources"]}
    assert all("/out" not in p for p in paths)
    # a plain run over the tree also skips both output folders; a file named on its own is still read
    plain = run([dumps], tmp_path / "plain")
    assert plain.files == n_files
    assert run([dumps / "outA" / "stories.jsonl"], tmp_path / "explicit").files == 1


# --- parameters ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        {"jaccard": 2.0},
        {"jaccard": -0.1},
        {"containment": 1.5},
        {"core_containment": float("nan")},
        {"core_share": 3},
        {"settled": 1.2},
        {"edge": -1},
        {"minhash_mod": 0},
        {"index_windows": -5},
    ],
)
def test_out_of_range_dedup_parameters_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        DedupParams(**bad)  # type: ignore[arg-type]


def test_outputs_get_the_umask_mode_and_out_dash_is_refused(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cleaner.cli import app
    from cleaner.output import write_jsonl

    write_jsonl(tmp_path / "a.jsonl", [{"a": 1}])
    mask = os.umask(0o022)
    os.umask(mask)
    assert (tmp_path / "a.jsonl").stat().st_mode & 0o777 == 0o666 & ~mask
    res = CliRunner().invoke(app, ["run", str(tmp_path), "--out", "-"])
    assert res.exit_code == 2 and "--out -" in res.output
    assert not (Path.cwd() / "-").exists()


def test_an_output_being_written_has_no_name_and_a_rerun_sweeps_named_leftovers(tmp_path: Path) -> None:
    """A kill while writing leaves nothing where the file system has O_TMPFILE (Linux: tmpfs, ext4, xfs, btrfs);
    where it does not, the named temporary files a kill left are removed by the next run into that folder."""
    import os

    from cleaner.output import atomic_open, check_out_dir

    out = check_out_dir(tmp_path / "out")
    before = sorted(p.name for p in out.iterdir())
    with atomic_open(out / "stories.jsonl") as fh:
        fh.write("{}\n")
        if hasattr(os, "O_TMPFILE"):
            assert sorted(p.name for p in out.iterdir()) == before  # nothing named yet
    assert (out / "stories.jsonl").read_text() == "{}\n"
    left = [out / ".stories.jsonl.ab12cd34.tmp", out / ".report.json.0f0f0f0f.tmp"]
    mine = [out / ".notes.txt.11111111.tmp", out / "keep.tmp"]
    for p in [*left, *mine]:
        p.write_text("half")
    check_out_dir(out)
    assert not any(p.exists() for p in left) and all(p.exists() for p in mine)
