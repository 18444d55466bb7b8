"""Issue 15: a state run never loses a night, never empties outputs it did not compute, and refuses a damaged
state (or a folder given as --state) with a clear error before it writes anything. Real files, real SQLite."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import threading
from pathlib import Path

import pytest
from test_state import make_nights, read_jsonl, state_snapshot, write_nights
from test_state_redis import REDIS_SERVER, redis, redis_url  # noqa: F401  (redis_url: a fixture)
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.errors import StateError
from cleaner.pipeline import run
from cleaner.state import export_state, fault, open_state, state_info

Corpus = tuple[Path, list[Path]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("robust-corpus")
    nights, _ = make_nights(7)
    return root, write_nights(root, nights)


def _files(out: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(out.iterdir())}


# --- 1. a rerun of a committed night never empties its outputs ---------------------------------------------


@pytest.mark.parametrize("change", ["remove_updates", "append_report", "remove_all", "edit_stories"])
def test_rerun_of_a_committed_night_whose_outputs_changed_is_refused(
    change: str, corpus: Corpus, tmp_path: Path
) -> None:
    _, dirs = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    out = tmp_path / "o1"
    run([dirs[1]], out, state=state)
    stories = (out / "stories.jsonl").read_bytes()
    assert read_jsonl(out / "stories.jsonl"), "the night must have new stories for this test to mean anything"
    if change == "remove_updates":
        (out / "updates.jsonl").unlink()
    elif change == "append_report":
        with open(out / "report.json", "a", encoding="utf-8") as fh:
            fh.write("consumer note\n")
    elif change == "edit_stories":
        with open(out / "stories.jsonl", "ab") as fh:
            fh.write(b"\n")
        stories = (out / "stories.jsonl").read_bytes()
    else:
        for name in ("stories.jsonl", "updates.jsonl", "rejects.jsonl", "report.json"):
            (out / name).unlink()
    before_files = _files(out)
    before_state = state_snapshot(state)
    with pytest.raises(StateError, match=r"committed on .* not the ones it wrote .* left as they are"):
        run([dirs[1]], out, state=state)
    assert _files(out) == before_files, "the outputs of a committed night were touched"
    if change != "remove_all":
        assert (out / "stories.jsonl").read_bytes() == stories
    assert state_snapshot(state) == before_state
    # the CLI: exit 1 and the same message
    res = CliRunner().invoke(app, ["run", str(dirs[1]), "--out", str(out), "--state", str(state), "-q"])
    assert res.exit_code == 1 and "not the ones it wrote" in res.output
    assert _files(out) == before_files
    # into a fresh folder the rerun still runs: nothing new, every copy already seen
    report = run([dirs[1]], tmp_path / "fresh", state=state)
    assert report.stories == 0 and report.extra["dedup"]["already_seen"] == report.documents


def test_rerun_of_a_committed_night_in_another_format_is_judged_by_its_own_files(
    corpus: Corpus, tmp_path: Path
) -> None:
    """A night written as jsonl.gz: removing its stories.jsonl.gz is a change (not "no outputs here")."""
    from cleaner.pipeline import RunOptions

    _, dirs = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    out = tmp_path / "o1"
    gz = RunOptions(format="jsonl.gz")
    run([dirs[1]], out, state=state, options=gz)
    (out / "stories.jsonl.gz").unlink()
    before = _files(out)
    with pytest.raises(StateError, match=r"stories\.jsonl\.gz missing"):
        run([dirs[1]], out, state=state, options=gz)
    assert _files(out) == before


def test_rerun_with_outputs_in_place_still_leaves_them_alone(corpus: Corpus, tmp_path: Path) -> None:
    _, dirs = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    files = _files(tmp_path / "o0")
    report = run([dirs[0]], tmp_path / "o0", state=state)
    assert report.extra["state"]["already_committed"] is True
    assert _files(tmp_path / "o0") == files


# --- 2. the state is the file, not its name; a commit is in the file ----------------------------------------


def test_a_hard_link_or_another_path_to_the_state_is_locked_too(corpus: Corpus, tmp_path: Path) -> None:
    _, dirs = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    link = tmp_path / "other" / "link.db"
    link.parent.mkdir()
    os.link(state, link)
    sym = tmp_path / "sym.db"
    sym.symlink_to(state)
    with open_state(state):
        for other in (link, sym, tmp_path / "." / "other" / ".." / "s.db"):
            with pytest.raises(StateError, match=rf"another cleaner run is using this state.*process {os.getpid()}"):
                with open_state(other):
                    pass
        res = CliRunner().invoke(
            app, ["run", str(dirs[1]), "--out", str(tmp_path / "o1"), "--state", str(link), "-q"]
        )
        assert res.exit_code == 1 and "another cleaner run" in res.output
        assert not (tmp_path / "o1" / "stories.jsonl").exists()
    run([dirs[1]], tmp_path / "o1", state=link)  # free again: either name works, one at a time
    assert state_info(state)["runs"] == 2


def _commit_then_die(dump: str, out: str, state: str) -> None:
    fault.arm("after_commit")
    run([dump], out, state=state)
    os._exit(3)


def test_deleting_the_wal_after_a_run_killed_just_after_its_commit_loses_nothing(
    corpus: Corpus, tmp_path: Path
) -> None:
    _, dirs = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    child = multiprocessing.get_context("fork").Process(
        target=_commit_then_die, args=(str(dirs[1]), str(tmp_path / "o1"), str(state))
    )
    child.start()
    child.join(120)
    assert child.exitcode == -signal.SIGKILL
    for side in ("-wal", "-shm", "-journal"):  # what a user "cleaning up" might remove
        Path(f"{state}{side}").unlink(missing_ok=True)
    assert state_info(state)["runs"] == 2, "the committed night was lost with the side files"
    report = run([dirs[1]], tmp_path / "o1", state=state)
    assert report.extra["state"]["already_committed"] is True


def test_an_old_wal_state_is_switched_to_a_rollback_journal(corpus: Corpus, tmp_path: Path) -> None:
    _, dirs = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    db = sqlite3.connect(state)
    assert db.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    db.close()
    run([dirs[1]], tmp_path / "o1", state=state)
    db = sqlite3.connect(state)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.close()
    assert state_info(state)["runs"] == 2


# --- 6. damage is refused before anything is written ------------------------------------------------------


def _damage(state: Path, sql: str) -> None:
    db = sqlite3.connect(state)
    db.execute(sql)
    db.commit()
    db.close()


DAMAGE = {
    "truncated_counts": "UPDATE band_seg SET counts = substr(counts, 1, length(counts) - 3)",
    "short_counts": "UPDATE band_seg SET counts = x'0102'",
    "truncated_lows": "UPDATE band_seg SET lows = substr(lows, 1, length(lows) / 2)",
    "stories_code": "UPDATE band_seg SET stories = x'09' || substr(stories, 2)",
    "count_type": "UPDATE band_seg SET n = 'many'",
    "evidence_odd": "UPDATE story SET evidence = x'02010203'",
    "evidence_int": "UPDATE story SET evidence = 7",
    "positions_zlib": "UPDATE story SET positions = x'04deadbeef'",
    "positions_truncated": "UPDATE story SET positions = substr(positions, 1, 2)",
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_blob_is_a_state_error_before_any_output(kind: str, corpus: Corpus, tmp_path: Path) -> None:
    _, dirs = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    _damage(state, DAMAGE[kind])
    out = tmp_path / "o1"
    with pytest.raises(StateError, match=r"the state is damaged \((band index|story|a movable copy)"):
        run([dirs[1]], out, state=state)
    assert not any((out / name).exists() for name in ("stories.jsonl", "updates.jsonl", "report.json"))
    res = CliRunner().invoke(app, ["run", str(dirs[1]), "--out", str(out), "--state", str(state), "-q"])
    assert res.exit_code == 1 and "the state is damaged" in res.output and "Traceback" not in res.output


RUN_DAMAGE = {
    "out_bytes": "UPDATE run SET out = x'ff00'",
    "digests_text": "UPDATE run SET digests = 'not json'",
    "digests_list": "UPDATE run SET digests = '[1, 2]'",
    "counts_text": "UPDATE run SET counts = 'not json'",
}


@pytest.mark.parametrize("kind", sorted(RUN_DAMAGE))
def test_a_damaged_record_of_an_earlier_run_is_a_state_error_not_a_traceback(
    kind: str, corpus: Corpus, tmp_path: Path
) -> None:
    """The rerun of a committed night reads the state's record of it: damaged, that was a UnicodeDecodeError,
    JSONDecodeError or AttributeError traceback out of `cleaner run` and `cleaner state info` (helper hostile15)."""
    _, dirs = corpus
    state = tmp_path / "s.db"
    out = tmp_path / "o0"
    run([dirs[0]], out, state=state)
    _damage(state, RUN_DAMAGE[kind])
    before = _files(out)
    res = CliRunner().invoke(app, ["run", str(dirs[0]), "--out", str(out), "--state", str(state), "-q"])
    assert res.exit_code == 1 and "the state is damaged (the record of an earlier run" in res.output, res.output
    assert _files(out) == before
    res = CliRunner().invoke(app, ["state", "info", str(state)])
    if kind == "counts_text":
        assert res.exit_code == 1 and "the state is damaged (run " in res.output, res.output
    else:
        assert res.exit_code == 0, res.output


@pytest.mark.parametrize("params", ["{bad", "[1, 2]"])
def test_state_info_on_damaged_parameters_names_the_damage(params: str, corpus: Corpus, tmp_path: Path) -> None:
    _, dirs = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    _damage(state, f"UPDATE meta SET value = '{params}' WHERE key = 'params'")
    res = CliRunner().invoke(app, ["state", "info", str(state)])
    assert res.exit_code == 1 and "the state is damaged (the parameters: " in res.output, res.output


def test_state_naming_a_folder_is_a_clear_error(corpus: Corpus, tmp_path: Path) -> None:
    _, dirs = corpus
    folder = tmp_path / "statedir"
    folder.mkdir()
    with pytest.raises(StateError, match="is a folder"):
        run([dirs[0]], tmp_path / "o", state=folder)
    assert not (tmp_path / "o").exists()
    res = CliRunner().invoke(app, ["run", str(dirs[0]), "--out", str(tmp_path / "o"), "--state", str(folder)])
    assert res.exit_code == 1 and "is a folder" in res.output


def test_another_programs_sqlite_database_is_refused_and_left_as_it_was(corpus: Corpus, tmp_path: Path) -> None:
    """--state naming some other SQLite file (a typo, the wrong path in a cron line): the run added its tables
    to it and went on; now it is refused before any work, the file untouched."""
    _, dirs = corpus
    other = tmp_path / "app.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE users(name TEXT)")
    db.execute("INSERT INTO users VALUES ('ada')")
    db.commit()
    db.close()
    before = other.read_bytes()
    with pytest.raises(StateError, match="not a cleaner state: an SQLite database of something else \\(tables users"):
        run([dirs[0]], tmp_path / "o", state=other)
    assert other.read_bytes() == before and not (tmp_path / "o").exists()


# --- 4. paths and texts the state cannot store as they are --------------------------------------------------


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_file_names_that_are_not_utf8_and_lone_surrogates_go_through_the_state(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if backend == "redis":
        if REDIS_SERVER is None or redis is None:
            pytest.skip("needs redis-server and the redis package")
        state: str | Path = request.getfixturevalue("redis_url") + "#surrogates"
    else:
        state = tmp_path / "s.db"
    nights, _ = make_nights(5, nights=2, per_night=4)
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    raw = os.fsencode(dumps) + b"/caf\xe9-\xff.jsonl"  # latin-1 bytes: not UTF-8
    recs = nights[0]
    recs[0] = {**recs[0], "url": "http://x.example/\ud800"}  # a lone surrogate from a JSON escape
    with open(raw, "w", encoding="utf-8", errors="surrogatepass") as fh:
        for r in recs:
            fh.write(json.dumps(r) + "\n")
    run([dumps], tmp_path / "o0", state=state, store_text=True)
    run([dumps], tmp_path / "o0b", state=state)  # a rerun into another folder: everything already seen
    name = os.fsdecode(raw)
    stories = read_jsonl(tmp_path / "o0" / "stories.jsonl")
    paths = {s["path"] for st in stories for s in st["sources"]}
    assert paths == {name}, "the path must come back as the same string (its bytes, through os.fsencode)"
    assert os.fsencode(next(iter(paths))) == raw
    urls = {s["url"] for st in stories for s in st["sources"]}
    assert "http://x.example/\ufffd" in urls  # the JSONL reader replaces a lone surrogate in a record's text
    exported = list(export_state(state))
    assert {s["path"] for r in exported for s in r["sources"]} == {name}
    assert "http://x.example/\ufffd" in {s["url"] for r in exported for s in r["sources"]}
    res = CliRunner().invoke(app, ["state", "export", str(state)])
    assert res.exit_code == 0, res.output
    assert [json.loads(line) for line in res.stdout.splitlines()] == exported
    info = state_info(state)
    assert info["runs"] == 1 and info["texts"] == len(stories)  # the rerun is the same night (same input key)


def test_a_reader_holding_the_state_delays_a_commit_but_never_fails_it(corpus: Corpus, tmp_path: Path) -> None:
    _, dirs = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    reader = export_state(state)
    first = next(reader)  # a read transaction is open: the commit must wait for it
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(run([dirs[1]], tmp_path / "o1", state=state)))
    worker.start()
    worker.join(2)
    assert first["sources"]
    rest = list(reader)  # the reader finishes; the run commits
    worker.join(120)
    assert done and state_info(state)["runs"] == 2
    assert len(rest) + 1 == len(read_jsonl(tmp_path / "o0" / "stories.jsonl"))


def test_state_info_and_export_on_a_fifo_or_a_folder_say_what_it_is(tmp_path: Path) -> None:
    """``cleaner state info`` / ``export`` on a FIFO said "no such state file" (hostile15's "left": true but vague),
    on a folder too. Now each says what the path is; a missing path is still "no such state file". Helper hostile16."""
    os.mkfifo(tmp_path / "fifo")
    runner = CliRunner()
    for cmd in ("info", "export"):
        for path, says in ((tmp_path / "fifo", "not a regular file (a FIFO"), (tmp_path, "is a folder"),
                           (tmp_path / "none.db", "no such state file")):  # fmt: skip
            res = runner.invoke(app, ["state", cmd, str(path)])
            assert res.exit_code == 1 and says in res.output, (cmd, path, res.output)


@pytest.mark.parametrize("spelling", ["relative", "absolute"])
def test_a_state_inside_an_input_folder_is_not_read_by_its_own_run(
    spelling: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--state in/state.db`` with ``in`` an input folder: the run read its own state (``unsupported_type``), its
    journal while it wrote it (``binary``) and its lock (``empty_page``) as inputs, every night; and the state's bytes
    being part of the night's input key, a rerun was never the same night (helper hostile16)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    para = "新华社北京电 国家统计局今天发布数据显示，前三季度国内生产总值同比增长百分之五点二。"
    text = "国家统计局发布数据\n" + para * 3
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    src = Path("in") if spelling == "relative" else tmp_path / "in"
    state = Path("in/state.db") if spelling == "relative" else tmp_path / "in" / "state.db"
    first = run([src], tmp_path / "out", state=state)
    assert first.rejects == {} and first.stories == 1 and first.files == 1
    assert (tmp_path / "in" / "state.db").exists()
    again = run([src], tmp_path / "out", state=state)
    assert again.extra["state"]["already_committed"] is True
