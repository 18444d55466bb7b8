"""The shared dedup state on Redis, against a real redis-server started on loopback (skipped without one)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_state import (
    excerpt_nights,
    former_canonical_nights,
    make_nights,
    read_jsonl,
    split_story_nights,
    write_nights,
)

from cleaner.dedup import DedupParams
from cleaner.dedup.normalize import NORMALIZER_VERSION
from cleaner.dedup.signature import sketch_text
from cleaner.errors import StateError
from cleaner.pipeline import run
from cleaner.state import export_state, open_state, state_info

REDIS_SERVER = shutil.which("redis-server")
try:
    import redis
except ImportError:  # pragma: no cover - depends on the install
    redis = None

pytestmark = [
    pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed (apt-get install redis-server)"),
    pytest.mark.skipif(redis is None, reason="the redis package is not installed (pip install 'story-cleaner[redis]')"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    assert REDIS_SERVER is not None
    port = _free_port()
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    else:  # pragma: no cover
        proc.kill()
        pytest.fail("redis-server did not start")
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    nights, _ = make_nights(11)
    return write_nights(tmp_path_factory.mktemp("rcorpus"), nights)


def test_redis_nights_match_sqlite(redis_url: str, dumps: list[Path], tmp_path: Path) -> None:
    url = redis_url + "#nights"
    for n, d in enumerate(dumps):
        run([d], tmp_path / f"r{n}", state=url)
        run([d], tmp_path / f"s{n}", state=tmp_path / "state.db")
        for name in ("stories.jsonl", "updates.jsonl", "rejects.jsonl"):
            assert read_jsonl(tmp_path / f"r{n}" / name) == read_jsonl(tmp_path / f"s{n}" / name)
    assert read_jsonl(tmp_path / "r1" / "updates.jsonl")
    r_export, s_export = list(export_state(url)), list(export_state(tmp_path / "state.db"))
    assert r_export == s_export
    info = state_info(url)
    assert info["stories"] == len(s_export) and info["runs"] == len(dumps)
    assert info["fingerprint"] == DedupParams().fingerprint()
    # a committed night run again changes nothing
    last = tmp_path / f"r{len(dumps) - 1}"
    before = {p.name: p.read_bytes() for p in last.iterdir()}
    report = run([dumps[-1]], last, state=url)
    assert report.extra["state"]["already_committed"] is True
    assert {p.name: p.read_bytes() for p in last.iterdir()} == before
    assert list(export_state(url)) == r_export


def test_redis_lock_and_parameters(redis_url: str, dumps: list[Path], tmp_path: Path) -> None:
    url = redis_url + "#locked"
    with open_state(url) as held:
        with pytest.raises(StateError, match="another cleaner run is using this state"):
            with open_state(url):
                pass
        held.save()
    with pytest.raises(StateError, match="shingle"):
        with open_state(url, DedupParams(shingle=6)):
            pass
    run([dumps[0]], tmp_path / "o", state=url)  # the lock was released
    assert json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))["state"]["new_stories"] > 0


def test_a_state_on_a_redis_server_busy_for_longer_than_redis_pys_5_s_default_waits(redis_url: str) -> None:
    """Another run's commit can hold a shared server for seconds: a reply later than redis-py's default 5 s read
    time-out failed the whole night. Here the server is really paused (CLIENT PAUSE, 6 s) while the state opens."""
    other = redis.Redis.from_url(redis_url)
    other.execute_command("CLIENT", "PAUSE", 6000, "ALL")
    started = time.monotonic()
    try:
        with open_state(redis_url + "#busy") as state:
            state.save()
    finally:
        other.execute_command("CLIENT", "UNPAUSE")
        other.close()
    assert time.monotonic() - started >= 5.5
    with pytest.raises(StateError, match="cannot reach Redis"):  # a URL's own socket_timeout still wins
        other = redis.Redis.from_url(redis_url)
        other.execute_command("CLIENT", "PAUSE", 3000, "ALL")
        try:
            with open_state(redis_url + "?socket_timeout=1#busy"):
                pass
        finally:
            other.execute_command("CLIENT", "UNPAUSE")
            other.close()


def test_redis_unreachable(tmp_path: Path) -> None:
    with pytest.raises(StateError, match="cannot reach Redis"):
        with open_state(f"redis://127.0.0.1:{_free_port()}/0"):
            pass


def test_redis_merges_stories_like_sqlite(redis_url: str, tmp_path: Path) -> None:
    url = redis_url + "#merge"
    dirs = write_nights(tmp_path / "c", split_story_nights(3))
    for n, d in enumerate(dirs):
        run([d], tmp_path / f"r{n}", state=url)
        run([d], tmp_path / f"s{n}", state=tmp_path / "state.db")
        for name in ("stories.jsonl", "updates.jsonl"):
            assert read_jsonl(tmp_path / f"r{n}" / name) == read_jsonl(tmp_path / f"s{n}" / name)
    assert list(export_state(url)) == list(export_state(tmp_path / "state.db"))
    assert state_info(url)["merged_stories"] == 1


def test_redis_moves_copies_like_sqlite(redis_url: str, tmp_path: Path) -> None:
    url = redis_url + "#moves"
    dirs = excerpt_nights(tmp_path / "c", 6)
    for n, d in enumerate(dirs):
        run([d], tmp_path / f"r{n}", state=url)
        run([d], tmp_path / f"s{n}", state=tmp_path / "state.db")
        for name in ("stories.jsonl", "updates.jsonl"):
            assert read_jsonl(tmp_path / f"r{n}" / name) == read_jsonl(tmp_path / f"s{n}" / name)
    assert json.loads((tmp_path / "r1" / "report.json").read_text(encoding="utf-8"))["dedup"]["moved"] == 1
    assert list(export_state(url)) == list(export_state(tmp_path / "state.db"))
    info, sql = state_info(url), state_info(tmp_path / "state.db")
    assert (info["movable_copies"], info["moved_copies"]) == (sql["movable_copies"], sql["moved_copies"]) == (1, 1)
    # rerun of the second night into another folder: nothing new, nothing moves again
    before = list(export_state(url))
    report = run([dirs[1]], tmp_path / "again", state=url)
    assert report.stories == 0 and report.extra["dedup"]["moved"] == 0
    assert list(export_state(url)) == before


def test_redis_keeps_story_fields_like_sqlite(redis_url: str, tmp_path: Path) -> None:
    """Title, url and meta merged from all copies: the update of night 2 has what night 1 had; export gives them."""
    fields = Path(__file__).resolve().parent.parent / "fixtures" / "fields"
    url = redis_url + "#fields"
    for n, night in enumerate(("night1", "night2")):
        run([fields / night], tmp_path / f"r{n}", state=url)
        run([fields / night], tmp_path / f"s{n}", state=tmp_path / "state.db")
        for name in ("stories.jsonl", "updates.jsonl"):
            assert read_jsonl(tmp_path / f"r{n}" / name) == read_jsonl(tmp_path / f"s{n}" / name)
    (first,) = read_jsonl(tmp_path / "r0" / "stories.jsonl")
    (update,) = read_jsonl(tmp_path / "r1" / "updates.jsonl")
    assert first["title"] and update["title"] == first["title"] and update["url"] == first["url"]
    assert update["meta"] == first["meta"] and "published" in first["meta"]
    (rec,) = export_state(url)
    (rec_sqlite,) = export_state(tmp_path / "state.db")
    assert (rec["title"], rec["url"], rec["meta"]) == (first["title"], first["url"], first["meta"])
    assert rec["sources"] == rec_sqlite["sources"]


def test_redis_finds_a_copy_with_characters_deleted_by_its_character_bands_like_sqlite(
    redis_url: str, tmp_path: Path
) -> None:
    from test_dedup_char_keys import _pairs

    from cleaner.dedup import collapse
    from cleaner.document import Document

    for n, (original, copy) in enumerate(_pairs(4, 4)):
        ends = []
        for state in (f"{redis_url}#chars{n}", tmp_path / f"s{n}.db"):
            with open_state(state) as index:
                collapse([Document(id="o", text=original)], index=index)
                index.save()
            with open_state(state) as index:  # (the next night: the original's stored character bands find it)
                assert index.candidates(list(sketch_text("c", copy, DedupParams()).keys())) == ["o"]
                ends.append(len(collapse([Document(id="c", text=copy)], index=index).stories))
                index.save()
        assert ends[0] == ends[1]


def test_redis_nights_asked_with_key_tuples_store_what_array_slices_store(
    redis_url: str, dumps: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Collapse asks the Redis index with int64 slices of one flat array (``array_keys``), and a band key of this
    night holds its one story as a string (a set from a second story). The same nights asked with tuples (as
    before) write the same outputs, the same band sets and the same export."""
    from cleaner.state import redis as redis_state

    client = redis.Redis.from_url(redis_url)
    for name, arrays in (("slices", True), ("tuples", False)):
        monkeypatch.setattr(redis_state.RedisIndex, "array_keys", arrays)
        for n, d in enumerate(dumps):
            run([d], tmp_path / f"{name}{n}", state=f"{redis_url}#{name}")
    for n in range(len(dumps)):
        for out in ("stories.jsonl", "updates.jsonl", "rejects.jsonl"):
            assert read_jsonl(tmp_path / f"slices{n}" / out) == read_jsonl(tmp_path / f"tuples{n}" / out)

    def bands(prefix: bytes) -> dict[bytes, list[bytes]]:
        return {k[len(prefix) :]: sorted(client.smembers(k)) for k in client.scan_iter(prefix + b"b:*")}

    slices, tuples = bands(b"cleaner:slices:"), bands(b"cleaner:tuples:")
    assert len(slices) > 100
    assert slices == tuples
    assert list(export_state(f"{redis_url}#slices")) == list(export_state(f"{redis_url}#tuples"))
    client.close()


def _redis_as_schema_5(url: str) -> None:
    """A Redis state as the version before figures were kept wrote it: entries without the figures' length and
    bytes, no figures_version, schema 5."""
    import struct

    client = redis.Redis.from_url(url.partition("#")[0])
    p = f"cleaner:{url.partition('#')[2]}:"
    for key, field, blob in [(p + "story", k, v) for k, v in client.hgetall(p + "story").items()] + [
        (k, f, v) for k in client.scan_iter(p + "copy:*") for f, v in client.hgetall(k).items()
    ]:
        lh, le = struct.unpack_from("<II", blob)
        head = json.loads(blob[8 : 8 + lh])
        lf = head.pop()
        old = json.dumps(head).encode()
        client.hset(key, field, struct.pack("<II", len(old), le) + old + blob[8 + lh : len(blob) - max(lf, 0)])
    client.hdel(p + "meta", "figures_version")
    client.hset(p + "meta", "schema", "5")
    client.close()


def test_redis_keeps_a_report_the_night_after_another_of_its_template_apart(redis_url: str) -> None:
    from test_state_figures import nights_apart

    nights_apart(lambda n: f"{redis_url}#figures{n}", _redis_as_schema_5)


def test_a_redis_state_of_schema_5_opens_and_is_marked_6_and_a_newer_one_is_refused(redis_url: str) -> None:
    from test_state_figures import night, two_days

    from cleaner.dedup.signature import FIGURES_VERSION
    from cleaner.state.redis import _pack, _unpack

    url = f"{redis_url}#figures-old"
    first, second = two_days(4)
    night(url, "d1", first)
    _redis_as_schema_5(url)
    night(url, "x", "无关的另一篇短讯，" * 30)
    client = redis.Redis.from_url(redis_url)
    meta = {k.decode(): v.decode() for k, v in client.hgetall("cleaner:figures-old:meta").items()}
    assert meta["schema"] == "6" and meta["figures_version"] == FIGURES_VERSION
    stored = {k.decode(): _unpack(k.decode(), v)[1] for k, v in client.hgetall("cleaner:figures-old:story").items()}
    assert sorted(e.figures is None for e in stored.values()) == [False, True]  # (the old story has none)
    for sid, e in stored.items():  # (an entry packed again reads back the same, with or without figures)
        back = _unpack(sid, _pack(1, e))[1]
        assert (back.figures is None) == (e.figures is None) and back.evidence.tolist() == e.evidence.tolist()
    client.hset("cleaner:figures-old:meta", "schema", "7")
    with pytest.raises(StateError, match=r"state schema 7 was written by a newer version of cleaner"):
        night(url, "d2", second)
    client.close()


def test_a_redis_state_of_normaliser_7_keeps_working_as_7_did(
    redis_url: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from test_state_normalizer import OLD, h_nights, outputs, seen

    root = tmp_path_factory.mktemp("rnorm")
    nights = write_nights(root, h_nights(36))
    up, old = redis_url + "#norm-up", redis_url + "#norm-old"
    for n, d in enumerate(nights):
        run([d], root / f"up{n}", state=up, params=OLD if n == 0 else None)  # the upgrade after night 0
        run([d], root / f"old{n}", state=old, params=OLD)  # every night under version 7
        assert outputs(root / f"up{n}") == outputs(root / f"old{n}") and seen(root / f"up{n}") == seen(root / f"old{n}")
    info = state_info(up)
    assert info["versions"]["normalizer_version"] == "7" and info["normalizer"]["in_use"] == "7"
    assert list(export_state(up)) == list(export_state(old))
    with open_state(redis_url + "#norm-new", DedupParams()) as st:
        assert st.params.normalizer_version == NORMALIZER_VERSION
    with open_state(up, DedupParams()) as st:
        assert st.params.normalizer_version == "7"


def test_redis_a_later_nights_copy_joins_its_story_through_a_replaced_canonical(redis_url: str) -> None:
    """As in SQLite (test_state.py): the replaced canonical kept as a movable copy takes a later night's copy."""
    with open_state(redis_url + "#former", DedupParams()) as st:
        sid, emitted = former_canonical_nights(st)
        assert emitted == []
        assert [s.path for s in st.sources(sid)] == ["o", "c"]
