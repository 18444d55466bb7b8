"""A nightly state written by the previous normaliser version (7) keeps working after an upgrade: the run reads texts
as version 7 did (no ``unmark_html`` step), so its signatures and the state's agree; a new state gets the newest
version; older versions stay refused. Real dump files, real SQLite states, real runs."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_state import _sentences, _text, make_nights, outputs, write_nights
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.dedup import DedupParams
from cleaner.dedup.normalize import NORMALIZER_VERSION, matching_code_points, normalize
from cleaner.dedup.signature import sketch_text
from cleaner.errors import StateError
from cleaner.pipeline import run
from cleaner.state import export_state, open_state, state_info

OLD = DedupParams(normalizer_version="7")


def marked(sents: list[str]) -> str:
    """The story of ``sents`` as a converter left it: character references between sentences and around a word."""
    text = _text(sents).replace("。", "。&nbsp;")
    return text.replace(sents[1][:2], f"&ldquo;{sents[1][:2]}&rdquo;", 1)


def h_nights(seed: int) -> list[list[dict[str, str]]]:
    """Three nights of :func:`test_state.make_nights`; night 0 also holds story H, night 1 a copy of H with HTML
    character references in it (what normaliser 8 reads as text and 7 does not)."""
    nights, _ = make_nights(seed)
    h = _sentences(random.Random(seed), 16)
    nights[0].append({"url": "http://h.example/clean", "title": "h", "text": _text(h)})
    nights[1].append({"url": "http://h.example/marked", "title": "", "text": marked(h)})
    return nights


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_nights(tmp_path_factory.mktemp("ncorpus"), h_nights(36))


def nights(
    dumps: list[Path], root: Path, state: Path | str, first: DedupParams | None, rest: DedupParams | None
) -> Path:
    for n, d in enumerate(dumps):
        run([d], root / f"out{n}", state=state, params=first if n == 0 else rest)
    return root


def h_similarity(state: Path | str) -> tuple[bool, float]:
    """Is the marked copy of H a source of H's story, and its similarity."""
    for rec in export_state(state):
        urls = {s["url"]: s for s in rec["sources"]}
        if "http://h.example/marked" in urls:
            return "http://h.example/clean" in urls, float(urls["http://h.example/marked"]["similarity"])
    raise AssertionError("the marked copy is in no story")


def seen(out: Path) -> dict[str, Any]:
    summary = json.loads((out / "report.json").read_text(encoding="utf-8"))["state"]
    return {k: summary[k] for k in ("new_stories", "updates", "attached", "already_seen")}


def test_a_state_of_normaliser_7_keeps_working_as_7_did(dumps: list[Path], tmp_path: Path) -> None:
    upgraded = nights(dumps, tmp_path / "up", tmp_path / "up.db", OLD, None)  # night 0 before the upgrade
    old = nights(dumps, tmp_path / "old", tmp_path / "old.db", OLD, OLD)  # every night under version 7
    nights(dumps, tmp_path / "new", tmp_path / "new.db", None, None)  # a new state: the newest version
    for n in range(len(dumps)):
        assert outputs(upgraded / f"out{n}") == outputs(old / f"out{n}")
        assert seen(upgraded / f"out{n}") == seen(old / f"out{n}")
    assert seen(upgraded / "out1")["attached"] + seen(upgraded / "out1")["already_seen"] > 0
    assert list(export_state(tmp_path / "up.db")) == list(export_state(tmp_path / "old.db"))
    info = state_info(tmp_path / "up.db")
    assert info["versions"]["normalizer_version"] == "7" and info["fingerprint"] == OLD.fingerprint()
    assert info["normalizer"] == {"in_use": "7", "state": "7", "newest": NORMALIZER_VERSION}
    assert state_info(tmp_path / "new.db")["normalizer"]["in_use"] == NORMALIZER_VERSION == "9"
    # the copy with &nbsp; is the same text as H from version 8 on; for 7 its "nbsp" are words: a story of its own
    assert h_similarity(tmp_path / "new.db") == (True, 1.0)
    assert not h_similarity(tmp_path / "up.db")[0]
    # night 0, committed before the upgrade, run again after it: the same night (its key), nothing changes
    again = run([dumps[0]], tmp_path / "up" / "out0", state=tmp_path / "up.db")
    assert again.extra["state"]["already_committed"] is True


def test_the_state_decides_how_a_text_is_read(tmp_path: Path) -> None:
    text = marked(_sentences(random.Random(1), 8))
    sketches = {}
    for name, first in (("old", OLD), ("new", DedupParams())):
        with open_state(tmp_path / f"{name}.db", first) as st:
            st.save()
        with open_state(tmp_path / f"{name}.db", DedupParams()) as st:  # (the run's own parameters: the newest)
            sketches[name] = sketch_text("d", text, st.params)
            assert st.params.normalizer_version == first.normalizer_version
    old_cps = matching_code_points(text, normalizer="7")[1]
    assert np_equal(sketches["old"].evidence, sketch_text("d", text, OLD).evidence)
    assert np_equal(sketches["new"].evidence, sketch_text("d", text.replace("&nbsp;", " "), DedupParams()).evidence)
    assert not np_equal(sketches["old"].evidence, sketches["new"].evidence)
    assert "nbsp" in normalize(text, "7") and "nbsp" not in normalize(text)
    assert "nbsp" in "".join(map(chr, old_cps.tolist()))


def np_equal(a: Any, b: Any) -> bool:
    return bool(a.shape == b.shape and (a == b).all())


def test_older_normalisers_stay_refused(dumps: list[Path], tmp_path: Path) -> None:
    state = tmp_path / "s.db"
    with open_state(state, DedupParams(normalizer_version="6")) as st:
        st.save()
    with pytest.raises(StateError, match=r"other dedup parameters.*normalizer_version: state has '6', this run '9'"):
        run([dumps[0]], tmp_path / "o", state=state)
    assert state_info(state)["normalizer"]["in_use"] is None
    result = CliRunner().invoke(app, ["state", "info", str(state)])
    assert result.exit_code == 0 and "normaliser       6: refused by this release" in result.output


def test_state_info_shows_the_normaliser_in_use(dumps: list[Path], tmp_path: Path) -> None:
    run([dumps[0]], tmp_path / "o", state=tmp_path / "s.db", params=OLD)
    result = CliRunner().invoke(app, ["state", "info", str(tmp_path / "s.db")])
    assert result.exit_code == 0 and "normaliser       7, the state's (a new state gets 9)" in result.output
    with sqlite3.connect(tmp_path / "s.db") as db:  # (the upgrade's runs keep the state's version)
        run([dumps[1]], tmp_path / "o1", state=tmp_path / "s.db")
        assert db.execute("SELECT value FROM meta WHERE key = 'normalizer_version'").fetchone() == ("7",)
