"""The nightly dedup state (cleaner.state): semantics, safety, commands.

Real SQLite files in tmp_path, real dump files, real subprocesses for the kill tests.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.dedup import CopyEntry, DedupParams, MemoryIndex, StoryEntry, collapse, sketch_text
from cleaner.dedup.collapse import MOVED_META
from cleaner.document import Document, Source
from cleaner.errors import StateError
from cleaner.pipeline import VOLATILE, run
from cleaner.state import SQLiteIndex, export_state, fault, open_state, state_info
from cleaner.state.sqlite import (
    SCHEMA_VERSION,
    decode_keys,
    decode_stories,
    decode_tags,
    encode_keys,
    encode_stories,
    encode_tags,
    find_tags,
    id_key,
    id_str,
    low_bits,
    pack_evidence,
    pack_evidence_many,
    pack_positions,
    pack_positions_many,
    stories_at,
    unpack_evidence,
    unpack_positions,
)

WORDS = (
    "经济 发展 城市 政府 公司 市场 企业 技术 创新 服务 项目 建设 管理 工作 社会 文化 教育 医疗 环境 交通 "
    "农业 工业 投资 消费 价格 增长 政策 改革 开放 合作 国际 国内 地区 居民 群众 部门 单位 领导 会议 报告 数据 信息 "
    "网络 平台 系统 产品 质量 安全 资金 银行 金融 科技 研究 专家 学者 学生 老师 学校 医院 医生 患者 疫情 防控 旅游 "
    "游客 景区 活动 比赛 球队 球员 记者 采访 表示 认为 指出 介绍 强调 要求 提出 推进 加强 完善 提高 促进 支持 保障 "
    "实现 推动 今年 去年 目前 近日 未来 同时 此外 其中 已经 正在 将会 继续 进一步 全面 重点 主要 相关 有关 积极 明显 "
    "稳定 北京 上海 广州 深圳 杭州 成都 武汉 南京 西安 重庆 天津 苏州 长沙 郑州 青岛 厦门 能源 电力 汽车 手机 电商 "
    "直播 物流 快递 房地产 住房 就业 收入 人口 养老 保险 法律 法院 案件 警方 调查 事故 天气 降雨 气温 台风 森林 "
    "河流 湖泊 保护 污染 治理 绿色 低碳 农村 乡村 振兴 扶贫 村民 土地 粮食 水果 蔬菜 市民 社区 街道 志愿者"
).split()


def _sentences(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(WORDS) for _ in range(rng.randint(8, 14))) + "。" for _ in range(n)]


def _text(sents: list[str]) -> str:
    return "\n".join("".join(sents[i : i + 4]) for i in range(0, len(sents), 4))


def _repost(rng: random.Random, sents: list[str]) -> str:
    drop = rng.randrange(1, len(sents) - 1)
    return _text([*sents[:drop], *sents[drop + 1 :], *_sentences(rng, 1)])


def make_nights(seed: int, nights: int = 3, per_night: int = 6) -> tuple[list[list[dict[str, str]]], set[str]]:
    """Records per night: new stories, reposts and exact copies of earlier ones (any night), and truncated
    stories whose full text arrives a later night. Also returns the urls of the truncated copies."""
    rng = random.Random(seed)
    stories: list[list[str]] = []
    out: list[list[dict[str, str]]] = []
    truncated: set[str] = set()
    for night in range(nights):
        recs: list[dict[str, str]] = []
        for i in range(per_night):
            sents = _sentences(rng, rng.randint(12, 20))
            stories.append(sents)
            url = f"http://news.example/{night}/{i}"
            if i == 0 and night + 1 < nights:  # a truncated copy now, the full story later
                recs.append({"url": url, "title": f"n{night}s{i}", "text": _text(sents[: len(sents) * 2 // 3])})
                truncated.add(url)
            else:
                recs.append({"url": url, "title": f"n{night}s{i}", "text": _text(sents)})
        for j in range(per_night // 2):
            # not tonight's truncated story: its full text must come a later night
            sents = rng.choice([s for k, s in enumerate(stories) if k != night * per_night])
            kind = rng.choice(["repost", "exact"])
            text = _repost(rng, sents) if kind == "repost" else _text(sents)
            recs.append({"url": f"http://mirror.example/{night}/{j}", "title": "", "text": text})
        if night:
            prev_full = stories[(night - 1) * per_night]  # the story truncated the night before
            recs.append({"url": f"http://full.example/{night}", "title": "", "text": _text(prev_full)})
        rng.shuffle(recs)
        out.append(recs)
    return out, truncated


def write_nights(root: Path, nights: list[list[dict[str, str]]]) -> list[Path]:
    dirs = []
    for n, recs in enumerate(nights):
        d = root / f"dumps/night{n}"
        d.mkdir(parents=True)
        half = len(recs) // 2
        for part, chunk in enumerate((recs[:half], recs[half:])):
            with open(d / f"part{part}.jsonl", "w", encoding="utf-8") as fh:
                for r in chunk:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        dirs.append(d)
    return dirs


def read_jsonl(p: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]


def outputs(out: Path) -> dict[str, Any]:
    """Everything a night wrote, minus the wall-clock seconds."""
    res: dict[str, Any] = {
        name: (out / name).read_text(encoding="utf-8") for name in ("stories.jsonl", "updates.jsonl", "rejects.jsonl")
    }
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for volatile in (*VOLATILE, "arguments"):  # a CLI run against a library run
        report.pop(volatile)
    res["report.json"] = report
    return res


def clusters(state: Path) -> set[frozenset[str]]:
    return {frozenset(s["doc_id"] for s in rec["sources"]) for rec in export_state(state)}


def state_snapshot(state: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    info = state_info(state)
    keep = ("stories", "documents", "sources", "band_entries", "texts", "runs", "fingerprint")
    return list(export_state(state)), {k: info[k] for k in keep}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], set[str]]:
    root = tmp_path_factory.mktemp("corpus")
    nights, truncated = make_nights(7)
    return root, write_nights(root, nights), truncated


@pytest.fixture(scope="module")
def baseline(corpus: tuple[Path, list[Path], set[str]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three uninterrupted nights."""
    _, dirs, _ = corpus
    base = tmp_path_factory.mktemp("baseline")
    for n, d in enumerate(dirs):
        run([d], base / f"out{n}", state=base / "state.db")
    return base


# --- semantics -------------------------------------------------------------------------


def test_each_night_emits_only_new_stories(corpus: tuple[Path, list[Path], set[str]], baseline: Path) -> None:
    _, dirs, truncated = corpus
    seen_ids: set[str] = set()
    for n in range(len(dirs)):
        out = baseline / f"out{n}"
        stories = read_jsonl(out / "stories.jsonl")
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        ids = {s["id"] for s in stories}
        assert not ids & seen_ids, "a story of an earlier night came out again"
        seen_ids |= ids
        assert report["stories"] == len(stories)
        assert report["state"]["new_stories"] == len(stories)
        assert report["state"]["stories_after"] == report["state"]["stories_before"] + len(stories)
        if n:
            assert report["state"]["attached"] > 0, "copies of earlier stories are recorded, not emitted"
            assert report["dedup"]["attached"] == report["state"]["attached"]
    exported = list(export_state(baseline / "state.db"))
    assert {r["id"] for r in exported} == seen_ids
    # every input record is in exactly one story's sources
    all_urls = [s["url"] for r in exported for s in r["sources"]]
    assert len(all_urls) == len(set(all_urls))
    n_records = sum(len(read_jsonl(f)) for d in dirs for f in sorted(d.glob("*.jsonl")))
    assert len(all_urls) == n_records
    assert truncated


def test_more_complete_copy_gives_an_update_with_the_same_id(
    corpus: tuple[Path, list[Path], set[str]], baseline: Path
) -> None:
    _, _, truncated = corpus
    first = {s["id"]: s for s in read_jsonl(baseline / "out0" / "stories.jsonl")}
    updates = read_jsonl(baseline / "out1" / "updates.jsonl")
    assert updates, "the full text of yesterday's truncated story must update it"
    for u in updates:
        assert u["id"] in first, "an update carries the id of an earlier story"
        old = first[u["id"]]
        assert len(u["text"]) > len(old["text"])
        assert any(s["url"] in truncated for s in u["sources"])
        assert any(s["url"].startswith("http://full.example/") for s in u["sources"])
    by_id = {r["id"]: r for r in export_state(baseline / "state.db")}
    for u in updates:
        assert by_id[u["id"]]["doc_id"] != by_id[u["id"]]["sources"][0]["doc_id"] or len(by_id[u["id"]]["sources"]) > 1


def test_nights_give_the_clusters_of_one_run(corpus: tuple[Path, list[Path], set[str]], baseline: Path) -> None:
    _, dirs, _ = corpus
    one = baseline.parent / (baseline.name + "-one")
    one.mkdir()
    run(dirs, one / "out", state=one / "state.db")

    def by_url(state: Path) -> set[frozenset[str]]:
        return {frozenset(s["url"] for s in rec["sources"]) for rec in export_state(state)}

    assert by_url(baseline / "state.db") == by_url(one / "state.db")


def _band_rows(state: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(state) as db:
        return db.execute("SELECT seg, part, n, counts, lows, stories FROM band_seg ORDER BY seg, part").fetchall()


def test_nights_asked_with_key_tuples_write_what_array_slices_write(
    corpus: tuple[Path, list[Path], set[str]], baseline: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Collapse asks the SQLite index with int64 slices of one flat array (``array_keys``: 8 bytes a key, not a
    tuple of Python ints). The same nights asked with tuples (an index without ``array_keys``, as before) write
    the same outputs, the same state and the same band index bytes."""
    _, dirs, _ = corpus
    monkeypatch.setattr(SQLiteIndex, "array_keys", False)
    for n, d in enumerate(dirs):
        run([d], tmp_path / f"out{n}", state=tmp_path / "state.db")
        assert outputs(tmp_path / f"out{n}") == outputs(baseline / f"out{n}")
    assert state_snapshot(tmp_path / "state.db") == state_snapshot(baseline / "state.db")
    assert _band_rows(tmp_path / "state.db") == _band_rows(baseline / "state.db")


def test_rerun_of_a_committed_night_changes_nothing(
    corpus: tuple[Path, list[Path], set[str]], baseline: Path, tmp_path: Path
) -> None:
    _, dirs, _ = corpus
    state = baseline / "state.db"
    before = state_snapshot(state)
    out = baseline / f"out{len(dirs) - 1}"
    files = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    report = run([dirs[-1]], out, state=state)
    assert report.extra["state"]["already_committed"] is True
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()} == files
    assert state_snapshot(state) == before
    # into another folder: nothing new, every copy already seen, state unchanged
    report = run([dirs[-1]], tmp_path / "again", state=state)
    assert report.stories == 0
    assert read_jsonl(tmp_path / "again" / "stories.jsonl") == []
    assert read_jsonl(tmp_path / "again" / "updates.jsonl") == []
    assert report.extra["dedup"]["already_seen"] == report.documents
    assert state_snapshot(state)[0] == before[0]


def test_store_text_keeps_canonical_texts(corpus: tuple[Path, list[Path], set[str]], tmp_path: Path) -> None:
    _, dirs, _ = corpus
    run([dirs[0]], tmp_path / "o0", state=tmp_path / "s.db", store_text=True)
    run([dirs[1]], tmp_path / "o1", state=tmp_path / "s.db", store_text=True)
    texts = {r["id"]: r.get("text") for r in export_state(tmp_path / "s.db")}
    assert all(texts.values())
    for s in read_jsonl(tmp_path / "o0" / "stories.jsonl") + read_jsonl(tmp_path / "o1" / "stories.jsonl"):
        assert texts[s["id"]] == s["text"] or s["id"] in {
            u["id"] for u in read_jsonl(tmp_path / "o1" / "updates.jsonl")
        }
    for u in read_jsonl(tmp_path / "o1" / "updates.jsonl"):
        assert texts[u["id"]] == u["text"]
    assert state_info(tmp_path / "s.db")["texts"] == len(texts)


# --- refusals and the lock ------------------------------------------------------------------


def test_other_parameters_are_refused(corpus: tuple[Path, list[Path], set[str]], tmp_path: Path) -> None:
    _, dirs, _ = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o", state=state)
    before = state_snapshot(state)
    with pytest.raises(StateError, match=r"other dedup parameters.*shingle: state has 4, this run 5"):
        run([dirs[1]], tmp_path / "o2", state=state, params=DedupParams(shingle=5))
    assert not (tmp_path / "o2").exists()
    # a changed tokenizer version is refused the same way
    with pytest.raises(StateError, match="tokenizer_version"):
        with open_state(state, DedupParams(tokenizer_version="rjieba-9.9-other")):
            pass
    # decision thresholds may change between nights
    run([dirs[1]], tmp_path / "o3", state=state, params=DedupParams(jaccard=0.6))
    assert state_snapshot(state)[1]["stories"] >= before[1]["stories"]


def test_a_database_error_at_commit_is_a_state_error_and_changes_nothing(
    corpus: tuple[Path, list[Path], set[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, dirs, _ = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o0", state=state)
    before = state_snapshot(state)

    def full(self: SQLiteIndex, run: object = None) -> None:  # what SQLite raises when the disk fills up
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SQLiteIndex, "save", full)
    with pytest.raises(StateError, match=r"disk is full.*it is unchanged"):
        run([dirs[1]], tmp_path / "o1", state=state)
    monkeypatch.undo()
    assert state_snapshot(state) == before
    run([dirs[1]], tmp_path / "o1", state=state)  # and the next attempt goes through
    assert state_snapshot(state)[1]["runs"] == 2


def test_not_a_state_file(tmp_path: Path) -> None:
    bad = tmp_path / "s.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match=r"s\.db"):
        with open_state(bad):
            pass
    with pytest.raises(StateError, match="no such state"):
        state_info(tmp_path / "missing.db")


def test_second_run_fails_fast_while_one_holds_the_lock(
    corpus: tuple[Path, list[Path], set[str]], tmp_path: Path
) -> None:
    _, dirs, _ = corpus
    state = tmp_path / "s.db"
    with open_state(state) as held:
        with pytest.raises(StateError, match="another cleaner run is using this state"):
            with open_state(state):
                pass
        t0 = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "cleaner.cli", "run", str(dirs[0]), "--out", str(tmp_path / "o"),
             "--state", str(state), "-q"],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 1, proc.stderr
        assert "another cleaner run is using this state" in proc.stderr
        assert f"process {os.getpid()}" in proc.stderr
        assert time.monotonic() - t0 < 100  # did not wait for the lock (loose: only guards against blocking)
        assert not (tmp_path / "o" / "stories.jsonl").exists()
        assert state_info(state)["stories"] == 0  # readable (read only) while a run holds the lock
        held.rollback()
    run([dirs[0]], tmp_path / "o", state=state)  # free again once released
    assert state_info(state)["stories"] > 0


# --- commands ------------------------------------------------------------------------


def test_cli_run_info_export(corpus: tuple[Path, list[Path], set[str]], tmp_path: Path) -> None:
    _, dirs, _ = corpus
    runner = CliRunner()
    state = tmp_path / "s.db"
    for n in range(2):
        res = runner.invoke(app, ["run", str(dirs[n]), "--out", str(tmp_path / f"o{n}"), "--state", str(state), "-q"])
        assert res.exit_code == 0, res.output
    assert (tmp_path / "o1" / "updates.jsonl").exists()
    res = runner.invoke(app, ["state", "info", str(state), "--json"])
    assert res.exit_code == 0, res.output
    info = json.loads(res.stdout)
    assert info["stories"] == sum(len(read_jsonl(tmp_path / f"o{n}" / "stories.jsonl")) for n in range(2))
    assert info["runs"] == 2 and info["size_bytes"] > 0 and info["bytes_per_story"] > 0
    assert info["params"]["shingle"] == 4 and info["fingerprint"] == DedupParams().fingerprint()
    res = runner.invoke(app, ["state", "info", str(state)])
    assert res.exit_code == 0 and "bytes per story" in res.stdout and "tokenizer_version" in res.stdout
    res = runner.invoke(app, ["state", "info", str(state), "--json", "--tables"])
    assert res.exit_code == 0, res.output
    tables = json.loads(res.stdout)["tables_bytes"]
    assert tables is None or {"story", "band_seg", "source", "doc"} <= set(tables)
    res = runner.invoke(app, ["state", "export", str(state), "--out", str(tmp_path / "export.jsonl")])
    assert res.exit_code == 0, res.output
    exported = read_jsonl(tmp_path / "export.jsonl")
    assert len(exported) == info["stories"]
    assert all(rec["sources"] and {"path", "url", "doc_id", "similarity"} <= set(rec["sources"][0]) for rec in exported)
    res = runner.invoke(app, ["state", "export", str(state)])
    assert [json.loads(line) for line in res.stdout.splitlines()] == exported
    res = runner.invoke(app, ["state", "info", str(tmp_path / "nope.db")])
    assert res.exit_code == 1 and "no such state" in res.output
    res = runner.invoke(app, ["run", str(dirs[0]), "--out", str(tmp_path / "x"), "--store-text"])
    assert res.exit_code == 2


# --- killed runs ---------------------------------------------------------------------------

KILL_STAGES = [
    "add_story:2",
    "add_copy:1",
    "add_source:5",
    "after_process",
    "after_stories",
    "after_updates",
    "after_rejects",
    "after_report",
    "save_bands",
    "before_commit",
    "after_commit",
]


def _killed_child(dump: str, out: str, state: str, stage: str) -> None:
    fault.arm(stage)  # what CLEANER_STATE_KILL_AT does for a process started with it
    run([dump], out, state=state)
    os._exit(3)  # the stage was never reached


def _prepare_killed_state(corpus: tuple[Path, list[Path], set[str]], tmp_path: Path) -> tuple[list[Path], Path]:
    _, dirs, _ = corpus
    state = tmp_path / "state.db"
    run([dirs[0]], tmp_path / "out0", state=state)
    return dirs, state


@pytest.mark.parametrize("stage", KILL_STAGES)
def test_a_run_killed_at_any_stage_then_rerun_equals_an_uninterrupted_one(
    stage: str, corpus: tuple[Path, list[Path], set[str]], baseline: Path, tmp_path: Path
) -> None:
    dirs, state = _prepare_killed_state(corpus, tmp_path)
    child = multiprocessing.get_context("fork").Process(
        target=_killed_child, args=(str(dirs[1]), str(tmp_path / "out1"), str(state), stage)
    )
    child.start()
    child.join(120)
    assert child.exitcode == -signal.SIGKILL, f"the run was not killed at {stage}"
    run([dirs[1]], tmp_path / "out1", state=state)  # the rerun
    run([dirs[2]], tmp_path / "out2", state=state)  # and the night after
    for n in (1, 2):
        assert outputs(tmp_path / f"out{n}") == outputs(baseline / f"out{n}"), f"night {n} differs after {stage}"
    assert state_snapshot(state) == state_snapshot(baseline / "state.db")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cli_run_killed_after_a_random_delay(
    seed: int, corpus: tuple[Path, list[Path], set[str]], baseline: Path, tmp_path: Path
) -> None:
    dirs, state = _prepare_killed_state(corpus, tmp_path)
    cmd = [sys.executable, "-m", "cleaner.cli", "run", str(dirs[1]), "--out", str(tmp_path / "out1"), "--state",
           str(state), "-q", "-j", "1"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.Random(seed).uniform(0.3, 2.5))  # start-up, cleaning, collapse or writing
    proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    subprocess.run(cmd, check=True, timeout=120)
    assert outputs(tmp_path / "out1") == outputs(baseline / "out1")
    run([dirs[2]], tmp_path / "out2", state=state)
    assert outputs(tmp_path / "out2") == outputs(baseline / "out2")
    assert state_snapshot(state) == state_snapshot(baseline / "state.db")


def test_cli_run_killed_by_the_environment_hook(
    corpus: tuple[Path, list[Path], set[str]], baseline: Path, tmp_path: Path
) -> None:
    dirs, state = _prepare_killed_state(corpus, tmp_path)
    cmd = [sys.executable, "-m", "cleaner.cli", "run", str(dirs[1]), "--out", str(tmp_path / "out1"), "--state",
           str(state), "-q", "-j", "1"]  # fmt: skip
    env = {**os.environ, "CLEANER_STATE_KILL_AT": "before_commit"}
    proc = subprocess.run(cmd, env=env, capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    assert (tmp_path / "out1" / "report.json").exists()  # outputs written, state not committed
    assert state_info(state)["runs"] == 1
    subprocess.run(cmd, check=True, timeout=120)
    assert outputs(tmp_path / "out1") == outputs(baseline / "out1")
    assert state_info(state)["runs"] == 2


# --- the index itself ------------------------------------------------------------------------


@given(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16) | st.text(max_size=20))
def test_id_key_roundtrip(s: str) -> None:
    assert id_str(id_key(s)) == s


@given(st.lists(st.integers(0, 2**32 - 1), max_size=300))
def test_positions_roundtrip(xs: list[int]) -> None:
    for arr in (np.array(xs, dtype=np.uint32), np.array(sorted(xs), dtype=np.uint32)):
        assert np.array_equal(unpack_positions(pack_positions(arr)), arr)


@given(st.lists(st.integers(0, 2**32 - 1), max_size=300))
def test_positions_roundtrip_geometric_gaps(gaps: list[int]) -> None:
    arr = np.cumsum(np.array(gaps, dtype=np.uint64) % 40).astype(np.uint32)  # mostly nibbles, some exceptions
    assert np.array_equal(unpack_positions(pack_positions(arr)), arr)


@given(st.lists(st.tuples(st.lists(st.integers(0, 2**32 - 1), max_size=40), st.integers(0, 3)), max_size=8))
def test_packing_many_equals_one_by_one(arrays: list[tuple[list[int], int]]) -> None:
    evs, poss = [], []
    for xs, kind in arrays:
        a = np.array(xs, dtype=np.uint32)
        evs.append(a & np.uint32(0xFFFF0000) if kind % 2 else a)
        poss.append(np.cumsum(a % 300, dtype=np.uint32) if kind < 2 else a)
    assert pack_evidence_many(evs) == [pack_evidence(e) for e in evs]
    assert pack_positions_many(poss) == [pack_positions(p) for p in poss]


@given(st.lists(st.integers(0, 2**32 - 1), max_size=300), st.booleans())
def test_evidence_roundtrip(xs: list[int], sampled: bool) -> None:
    ev = np.array(xs, dtype=np.uint32) & np.uint32(0xFFFF0000 if sampled else 0xFFFFFFFF)
    blob = pack_evidence(ev)
    assert np.array_equal(unpack_evidence(blob), ev)
    if sampled:
        assert len(blob) == 1 + 2 * ev.size


@given(st.lists(st.integers(0, 2**32 - 1), max_size=300), st.lists(st.integers(0, 2**32 - 1), max_size=300))
def test_band_segment_encoding_roundtrip(keys: list[int], stories: list[int]) -> None:
    k = np.array(sorted(keys), dtype=np.uint32)
    assert np.array_equal(decode_keys(encode_keys(k)), k)
    for ns in (
        np.array(stories, dtype=np.uint32),
        np.array(stories, dtype=np.uint32) % (1 << 24),
        np.array(stories, dtype=np.uint32) % (1 << 20),
    ):
        assert np.array_equal(decode_stories(encode_stories(ns)), ns)
        at = np.arange(ns.size, dtype=np.intp)[::3]
        assert np.array_equal(stories_at(encode_stories(ns), ns.size, at), ns[at])


@settings(deadline=None)
@given(
    st.lists(st.integers(0, 2**40 - 1), max_size=300),
    st.lists(st.integers(0, 2**40 - 1), max_size=50),
    st.sampled_from([None, 16, 24, 32]),
)
def test_tags_roundtrip_and_search(tags: list[int], queries: list[int], low: int | None) -> None:
    if low == 16:  # 2**24 buckets over the whole range: dense tags only (a big segment)
        tags = [t % (1 << 26) for t in tags]
        queries = [t % (1 << 26) for t in queries]
    t = np.array(sorted(tags), dtype=np.uint64)
    counts, lows = encode_tags(t, low or low_bits(t.size))
    assert np.array_equal(decode_tags(counts, lows), t)
    q = np.array(sorted({*queries, *tags[:10]}), dtype=np.uint64)
    qi, at = find_tags(counts, lows, q)
    got = sorted(zip(qi.tolist(), at.tolist(), strict=True))
    want = sorted((i, j) for i, x in enumerate(q.tolist()) for j, y in enumerate(t.tolist()) if x == y)
    assert got == want


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_sqlite_index_answers_like_memory_index(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    """Stories, copies and sources over several committed runs (segments merging) vs the in-memory model."""
    path = tmp_path_factory.mktemp("idx") / "s.db"
    mem = MemoryIndex()
    # distinct top 32 bits: the packed index keeps the top 40 (a shared prefix can only add a candidate)
    tags = data.draw(st.lists(st.integers(0, 2**32 - 1), min_size=5, max_size=40, unique=True))
    keys = [(t << 31) | data.draw(st.integers(0, 2**31 - 1)) for t in tags]
    runs = data.draw(st.integers(1, 5))
    made: list[str] = []
    with SQLiteIndex(path) as sql:
        for r in range(runs):
            for i in range(data.draw(st.integers(0, 6))):
                sid = f"{len(made) + 1:016x}"
                bk = data.draw(st.lists(st.sampled_from(keys), max_size=8, unique=True))
                entry = StoryEntry(
                    sid, sid, 100 + i, 10, np.arange(5, dtype=np.uint32), np.arange(5, dtype=np.uint32), False
                )
                if made and data.draw(st.booleans()):
                    target = data.draw(st.sampled_from(made))
                    for idx in (sql, mem):
                        idx.add_copy(target, f"c{r}-{i}", bk)
                        idx.add_source(target, Source(path=f"p{r}", record=i, doc_id=f"c{r}-{i}", url="u"))
                else:
                    made.append(sid)
                    for idx in (sql, mem):
                        idx.add_story(entry, bk)
                        idx.add_source(sid, Source(path=f"p{r}", record=i, doc_id=sid, similarity=0.5))
            sql.commit()
            for k in keys:
                assert sql.candidates([k]) == mem.candidates([k])
            assert sql.candidates(keys) == mem.candidates(keys)
        for sid in made:
            assert sql.get(sid).length == mem.get(sid).length
            assert sql.sources(sid) == mem.sources(sid)
            assert sql.story_of_doc(sid) == mem.story_of_doc(sid)
    with SQLiteIndex(path) as again:  # reopened from disk
        assert again.candidates(keys) == mem.candidates(keys)


def test_prefetched_lookups_answer_like_memory_index(tmp_path: Path) -> None:
    """A night prefetched at once (as collapse does) gives the candidates of key-by-key lookups, including
    keys that texts of the same night share and keys that were not prefetched; asked with tuples or with int64
    slices of one flat array (collapse's way), alike, and the band index stored is the same."""
    _prefetched_nights(tmp_path / "tuples", as_arrays=False)
    _prefetched_nights(tmp_path / "arrays", as_arrays=True)
    rows = _band_rows(tmp_path / "arrays" / "s.db")
    assert rows
    assert rows == _band_rows(tmp_path / "tuples" / "s.db")


def _prefetched_nights(tmp_path: Path, *, as_arrays: bool) -> None:
    tmp_path.mkdir()
    rng = np.random.default_rng(3)
    pool = [int(k) for k in rng.integers(0, 2**63 - 1, 400, dtype=np.int64)]
    mem = MemoryIndex()
    path = tmp_path / "s.db"

    def entry(sid: str) -> StoryEntry:
        return StoryEntry(sid, sid, 100, 10, np.arange(5, dtype=np.uint32), np.arange(5, dtype=np.uint32), False)

    made: list[str] = []
    with SQLiteIndex(path) as sql:
        for night in range(3):
            texts: list[Any] = [tuple(int(k) for k in rng.choice(pool, 12, replace=False)) for _ in range(30)]
            if as_arrays:
                flat = np.array([k for t in texts for k in t], dtype=np.int64)
                texts = [flat[12 * i : 12 * (i + 1)] for i in range(len(texts))]
                sql.prefetch(texts, flat=flat)
            else:
                sql.prefetch(texts)
            for i, keys in enumerate(texts):
                assert sql.candidates(keys) == mem.candidates(keys)
                stored = keys[:8]  # a prefix, as collapse stores
                if made and i % 3 == 0:
                    target = made[i % len(made)]
                    for idx in (sql, mem):
                        idx.add_copy(target, f"c{night}-{i}", stored)
                else:
                    sid = f"{len(made) + 1:016x}"
                    made.append(sid)
                    for idx in (sql, mem):
                        idx.add_story(entry(sid), stored)
            other = tuple(pool[:20])  # never prefetched
            assert sql.candidates(other) == mem.candidates(other)
            sql.commit()
            for keys in texts:
                assert sql.candidates(keys) == mem.candidates(keys)
    with SQLiteIndex(path) as again:
        again.prefetch([tuple(pool)])
        assert again.candidates(tuple(pool)) == mem.candidates(pool)
        assert again.candidates(list(pool)) == mem.candidates(pool)
        as_array: Any = np.array(pool, dtype=np.int64)
        assert again.candidates(as_array) == mem.candidates(pool)


def test_a_shared_key_prefix_only_adds_candidates(tmp_path: Path) -> None:
    entry = StoryEntry("a" * 16, "a" * 16, 10, 5, np.arange(5, dtype=np.uint32), np.arange(5, dtype=np.uint32), False)
    with SQLiteIndex(tmp_path / "s.db") as idx:
        idx.add_story(entry, [(7 << 31) | 1])
        idx.commit()
        assert idx.candidates([(7 << 31) | 1]) == ["a" * 16]
        assert idx.candidates([(7 << 31) | 2]) == ["a" * 16]  # same top 40 bits: a candidate the verifier judges
        assert idx.candidates([(8 << 31) | 1]) == []


# --- stories found to be one -------------------------------------------------------------


SPLIT_TITLE = "Harbour bridge: the second span opens"


def split_story_nights(seed: int, title: str = SPLIT_TITLE) -> list[list[dict[str, str]]]:
    """Night 0: the first part of a story; night 1: its last part (too little in common to merge); night 2:
    the whole story, which contains both. Plus an unrelated story each night. Each copy of the split story carries
    ``title`` (the same title in other punctuation and case on night 1: one title for the matching), none when
    empty — and then the two parts are no more one story than two stories of a digest page that holds both."""
    rng = random.Random(seed)
    sents = _sentences(rng, 30)
    parts = [sents[:16], sents[14:], sents]
    titles = [title, title.upper().replace(":", " -"), title]
    return [
        [
            {"url": f"http://part.example/{n}", "title": titles[n], "text": _text(part)},
            {
                "url": f"http://other.example/{n}",
                "title": f"other {n}" if title else "",
                "text": _text(_sentences(rng, 15)),
            },
        ]
        for n, part in enumerate(parts)
    ]


def test_a_copy_containing_two_stored_stories_merges_them(tmp_path: Path) -> None:
    # (one title: the two nights' parts are one story, which the whole page shows; see the untitled test below)
    dirs = write_nights(tmp_path, split_story_nights(3))
    ids = []
    for n, d in enumerate(dirs):
        run([d], tmp_path / f"out{n}", state=tmp_path / "state.db")
        ids.append([r["id"] for r in read_jsonl(tmp_path / f"out{n}" / "stories.jsonl")])
    assert [len(i) for i in ids] == [2, 2, 1]  # the two parts were two stories; the whole one is not new
    (update,) = read_jsonl(tmp_path / "out2" / "updates.jsonl")
    head, tail = (next(r["id"] for r in read_jsonl(tmp_path / f"out{n}" / "stories.jsonl")
                       if r["url"] == f"http://part.example/{n}") for n in (0, 1))  # fmt: skip
    assert {update["id"], update["meta"]["dedup.merged"]} == {head, tail}
    assert sorted(s["url"] for s in update["sources"]) == [f"http://part.example/{n}" for n in range(3)]
    report = json.loads((tmp_path / "out2" / "report.json").read_text(encoding="utf-8"))
    assert report["dedup"]["merged"] == 1
    exported = {r["id"]: r for r in export_state(tmp_path / "state.db")}
    assert update["meta"]["dedup.merged"] not in exported and exported[update["id"]]["merged"] == [
        update["meta"]["dedup.merged"]
    ]
    assert state_info(tmp_path / "state.db")["merged_stories"] == 1
    assert state_info(tmp_path / "state.db")["stories"] == len(exported) == 4
    # the same clusters as one run over the three nights
    run(dirs, tmp_path / "one", state=tmp_path / "one.db")
    urls = {frozenset(s["url"] for s in r["sources"]) for r in export_state(tmp_path / "one.db")}
    assert urls == {frozenset(s["url"] for s in r["sources"]) for r in exported.values()}
    # a copy of a merged story found later is recorded against the story it joined
    again = tmp_path / "dumps/again"
    again.mkdir()
    (again / "a.jsonl").write_text(
        json.dumps({"url": "http://mirror.example/tail", "title": "", "text": split_story_nights(3)[1][0]["text"]})
        + "\n",
        encoding="utf-8",
    )
    run([again], tmp_path / "out3", state=tmp_path / "state.db")
    assert read_jsonl(tmp_path / "out3" / "stories.jsonl") == []
    sources = {s["url"] for s in {r["id"]: r for r in export_state(tmp_path / "state.db")}[update["id"]]["sources"]}
    assert "http://mirror.example/tail" in sources


def test_a_copy_containing_two_untitled_stored_stories_stays_alone(tmp_path: Path) -> None:
    """Two stored stories that never accepted each other are not made one only because a later page holds both: a
    digest page of two stories and a story split over two nights are the same text, and without a title that agrees
    nothing tells them apart (the lead's rule for issue 13: no single-linkage chaining). The page holds both parts
    whole and no chrome head, so it is a story of its own (joined to one part, it would be that story's canonical and
    carry the other's text); both parts stay as they are, as in one run over the three nights."""
    dirs = write_nights(tmp_path, split_story_nights(3, title=""))
    for n, d in enumerate(dirs):
        run([d], tmp_path / f"out{n}", state=tmp_path / "state.db")
    got = sorted(r["url"] for r in read_jsonl(tmp_path / "out2" / "stories.jsonl"))
    assert got == ["http://other.example/2", "http://part.example/2"]
    assert read_jsonl(tmp_path / "out2" / "updates.jsonl") == []
    assert state_info(tmp_path / "state.db")["merged_stories"] == 0
    exported = {r["id"]: r for r in export_state(tmp_path / "state.db")}
    parts = [sorted(s["url"] for s in r["sources"]) for r in exported.values() if "part" in r["sources"][0]["url"]]
    assert sorted(parts) == [["http://part.example/0"], ["http://part.example/1"], ["http://part.example/2"]]
    run(dirs, tmp_path / "one", state=tmp_path / "one.db")
    urls = {frozenset(s["url"] for s in r["sources"]) for r in export_state(tmp_path / "one.db")}
    assert urls == {frozenset(s["url"] for s in r["sources"]) for r in exported.values()}


def test_memory_index_merges_like_the_state() -> None:
    from cleaner.dedup import collapse
    from cleaner.document import Document

    index = MemoryIndex()
    got = []
    for n, recs in enumerate(split_story_nights(3)):
        docs = [
            Document(text=r["text"], url=r["url"], title=r["title"], sources=[Source(path=f"n{n}", url=r["url"])])
            for r in recs
        ]
        got.append(collapse(docs, index=index))
    assert got[2].merged == 1 and [s.url for s in got[2].stories] == ["http://other.example/2"]
    (update,) = got[2].updates
    merged = update.meta["dedup.merged"]
    parts = [next(s for s in got[n].stories if s.url == f"http://part.example/{n}") for n in (0, 1)]
    assert {update.id, merged} == {p.id for p in parts} and index.sources(merged) == []
    assert {index.story_of_doc(p.sources[0].doc_id) for p in parts} == {update.id}
    assert len(index.sources(update.id)) == 3


# --- copies that move to a better story ----------------------------------------------------------


def excerpt_texts(seed: int, extra: int) -> dict[str, str]:
    """A (30 sentences); E, an excerpt: 21 of A's sentences and 7 of its own (≈ 75 % inside A: it joins A, but
    movable); B: 17 of those sentences of A, E's own 7 and ``extra`` more (E ≈ 86 % inside B; B ≈ 63 % inside
    A, too little to join it). One run puts E with B, whatever comes first. (Sampled evidence: with seed 7,
    E is 0.79 inside A and 0.88 inside B; B is 0.67 / 0.58 inside A with 3 / 6 extra sentences.)"""
    rng = random.Random(seed)
    a, t, u = _sentences(rng, 30), _sentences(rng, 7), _sentences(rng, extra)
    return {"A": _text(a), "E": _text([*a[9:], *t]), "B": _text([*a[13:], *t, *u])}


def _doc(name: str, text: str, path: str) -> Document:
    return Document(text=text, url=f"http://{name.lower()}.example/", sources=[Source(path=path, url=name)])


def _clusters_by_url(stories: list[Document], index: MemoryIndex | None = None) -> set[frozenset[str]]:
    return {frozenset(s.url or "" for s in (index.sources(st.id) if index else st.sources)) for st in stories}


def test_an_excerpt_moves_to_a_better_story_of_a_later_night_in_memory() -> None:
    texts = excerpt_texts(7, 6)
    assert len(texts["B"]) > len(texts["E"])
    index = MemoryIndex()
    first = collapse([_doc("A", texts["A"], "n0"), _doc("E", texts["E"], "n0")], index=index)
    (a,) = first.stories
    assert first.near_duplicates == 1 and {s.url for s in a.sources} == {"A", "E"}
    e_id = next(s.doc_id for s in a.sources if s.url == "E")
    (m,) = index.movable(a.id)
    assert m.doc_id == e_id and 0.7 <= m.similarity < DedupParams().settled
    second = collapse([_doc("B", texts["B"], "n1")], index=index)
    (b,) = second.stories
    assert second.moved == 1 and second.counts()["moved"] == 1
    assert [s.url for s in b.sources] == ["B", "E"] and b.meta[MOVED_META] == a.id
    moved_sim = next(s.similarity for s in b.sources if s.url == "E")
    assert moved_sim > m.similarity
    assert index.story_of_doc(e_id) == b.id
    assert [s.url for s in index.sources(a.id)] == ["A"] and index.movable(a.id) == []
    assert [(c.doc_id, c.similarity) for c in index.movable(b.id)] == [(e_id, moved_sim)]
    # E's band keys (kept under A) now also find B
    e_keys = sketch_text(e_id, texts["E"], DedupParams()).keys()
    assert b.id in index.candidates(e_keys)
    # the clusters of one run over both nights
    one = collapse([_doc(n, texts[n], "all") for n in ("A", "E", "B")])
    assert _clusters_by_url(one.stories) == _clusters_by_url([a, b], index) == {frozenset("A"), frozenset("BE")}
    # an exact copy of E later joins B
    third = collapse([_doc("E2", texts["E"], "n2")], index=index)
    assert third.exact_duplicates == 1 and "E2" in {s.url for s in index.sources(b.id)}


def test_in_one_run_an_excerpt_moves_to_a_shorter_better_story_processed_after_it() -> None:
    texts = excerpt_texts(7, 3)
    assert len(texts["A"]) > len(texts["E"]) > len(texts["B"])  # so E is placed before B exists
    for order in (("A", "E", "B"), ("B", "E", "A")):
        res = collapse([_doc(n, texts[n], "all") for n in order])
        assert res.moved == 1, order
        assert _clusters_by_url(res.stories) == {frozenset("A"), frozenset("BE")}
        b = next(st for st in res.stories if st.url == "http://b.example/")
        assert MOVED_META not in b.meta  # nothing recorded by an earlier run moved
        assert next(s.similarity for s in b.sources if s.url == "E") > 0.75
    # the same with a persistent index in one run
    with SQLiteIndex(":memory:") as idx:
        res = collapse([_doc(n, texts[n], "all") for n in ("A", "E", "B")], index=idx)
        assert res.moved == 1 and _clusters_by_url(res.stories) == {frozenset("A"), frozenset("BE")}


def excerpt_nights(root: Path, extra: int) -> list[Path]:
    texts = excerpt_texts(7, extra)
    nights = [
        [{"url": "http://a.example/", "title": "", "text": texts["A"]},
         {"url": "http://e.example/", "title": "", "text": texts["E"]}],
        [{"url": "http://b.example/", "title": "", "text": texts["B"]}],
    ]  # fmt: skip
    return write_nights(root, nights)


def test_an_excerpt_moves_to_a_better_story_of_a_later_night_in_sqlite(tmp_path: Path) -> None:
    dirs = excerpt_nights(tmp_path, 6)
    state = tmp_path / "state.db"
    run([dirs[0]], tmp_path / "out0", state=state)
    (a,) = read_jsonl(tmp_path / "out0" / "stories.jsonl")
    assert state_info(state)["movable_copies"] == 1 and state_info(state)["moved_copies"] == 0
    run([dirs[1]], tmp_path / "out1", state=state)
    (b,) = read_jsonl(tmp_path / "out1" / "stories.jsonl")
    assert read_jsonl(tmp_path / "out1" / "updates.jsonl") == []
    assert [s["url"] for s in b["sources"]] == ["http://b.example/", "http://e.example/"]
    assert b["meta"][MOVED_META] == a["id"]
    report = json.loads((tmp_path / "out1" / "report.json").read_text(encoding="utf-8"))
    assert report["dedup"]["moved"] == 1 and report["state"]["moved"] == 1 and report["state"]["attached"] == 0
    exported = {r["id"]: r for r in export_state(state)}
    assert [s["url"] for s in exported[a["id"]]["sources"]] == ["http://a.example/"]
    # (the state lists sources in the order recorded: E's moved before B's own)
    assert sorted(s["url"] for s in exported[b["id"]]["sources"]) == ["http://b.example/", "http://e.example/"]
    assert exported[b["id"]]["moved_from"] == [a["id"]] and "moved_from" not in exported[a["id"]]
    info = state_info(state)
    assert info["movable_copies"] == 1 and info["moved_copies"] == 1  # still below settled in B
    # one run over both nights: the same clusters
    run(dirs, tmp_path / "one", state=tmp_path / "one.db")
    assert {frozenset(s["url"] for s in r["sources"]) for r in export_state(tmp_path / "one.db")} == {
        frozenset(s["url"] for s in r["sources"]) for r in exported.values()
    }
    # rerunning either night changes nothing; an exact copy of E now joins B
    before = list(export_state(state))
    for n in (0, 1):
        rep = run([dirs[n]], tmp_path / f"again{n}", state=state)
        assert rep.stories == 0 and rep.extra["dedup"]["moved"] == 0
    assert list(export_state(state)) == before
    again = tmp_path / "dumps/copy"
    again.mkdir()
    (again / "e.jsonl").write_text(
        json.dumps({"url": "http://mirror.example/e", "title": "", "text": excerpt_texts(7, 6)["E"]}) + "\n",
        encoding="utf-8",
    )
    run([again], tmp_path / "out2", state=state)
    now = {r["id"]: r for r in export_state(state)}
    assert "http://mirror.example/e" in {s["url"] for s in now[b["id"]]["sources"]}


def test_a_state_of_schema_2_is_refused(corpus: tuple[Path, list[Path], set[str]], tmp_path: Path) -> None:
    _, dirs, _ = corpus
    state = tmp_path / "s.db"
    run([dirs[0]], tmp_path / "o", state=state)
    db = sqlite3.connect(state)
    with db:
        db.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    db.close()
    with pytest.raises(StateError, match=rf"state schema 2 is not {SCHEMA_VERSION}.*Start a new state file"):
        run([dirs[1]], tmp_path / "o2", state=state)


def test_a_state_of_schema_3_is_read_and_marked_4(corpus: tuple[Path, list[Path], set[str]], tmp_path: Path) -> None:
    """Schema 4 only adds compact blob forms: a schema-3 state (its blobs in the forms 3 wrote) is used, and the
    first run that writes to it marks it 4 — now 5 (so an older cleaner refuses it)."""
    _, dirs, _ = corpus
    state, fresh = tmp_path / "s.db", tmp_path / "fresh.db"
    run([dirs[0]], tmp_path / "o", state=state)
    run([dirs[0]], tmp_path / "f", state=fresh)
    db = sqlite3.connect(state)
    with db:  # the forms schema 3 wrote: evidence 4 bytes a value, positions as nibbles
        db.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
        compact = 0
        for table, key in (("story", "n"), ("copy", "n, doc")):
            rows = db.execute(f"SELECT evidence, positions, {key} FROM {table}").fetchall()
            where = " AND ".join(f"{k.strip()} = ?" for k in key.split(","))
            for ev, pos, *pk in rows:
                e = unpack_evidence(ev)
                p = unpack_positions(pos)
                old_pos = pack_positions(p) if pos[:1] != b"\x30" else _nibbles(p)
                old_ev = b"\x04" + e.astype("<u4").tobytes() if ev[:1] == b"\x03" else ev
                compact += ev[:1] == b"\x03" and pos[:1] == b"\x30"
                db.execute(f"UPDATE {table} SET evidence = ?, positions = ? WHERE {where}", (old_ev, old_pos, *pk))
    db.close()
    assert compact  # (the state had full evidences, in the compact forms)
    run([dirs[1]], tmp_path / "o2", state=state)
    run([dirs[1]], tmp_path / "f2", state=fresh)
    assert (tmp_path / "o2" / "stories.jsonl").read_bytes() == (tmp_path / "f2" / "stories.jsonl").read_bytes()
    assert (tmp_path / "o2" / "updates.jsonl").read_bytes() == (tmp_path / "f2" / "updates.jsonl").read_bytes()
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (SCHEMA_VERSION,)


def _nibbles(pos: np.ndarray) -> bytes:
    """Positions 0, 1, …, n-1 as schema 3 stored them (differences as nibbles)."""
    import struct

    d = np.diff(pos, prepend=np.uint32(0)).astype(np.uint8)
    odd = d.size % 2
    if odd:
        d = np.append(d, np.uint8(0))
    return struct.pack("<BH", 0x20 | odd << 3 | 1, 0) + (d[0::2] | (d[1::2] << np.uint8(4))).tobytes()


@pytest.mark.parametrize("stage", ["move_copy", "after_stories", "before_commit"])
def test_a_run_killed_while_moving_a_copy_then_rerun_equals_an_uninterrupted_one(stage: str, tmp_path: Path) -> None:
    dirs = excerpt_nights(tmp_path, 6)
    for name in ("base", "killed"):
        (tmp_path / name).mkdir()
        run([dirs[0]], tmp_path / name / "out0", state=tmp_path / name / "state.db")
    run([dirs[1]], tmp_path / "base" / "out1", state=tmp_path / "base" / "state.db")
    state = tmp_path / "killed" / "state.db"
    child = multiprocessing.get_context("fork").Process(
        target=_killed_child, args=(str(dirs[1]), str(tmp_path / "killed" / "out1"), str(state), stage)
    )
    child.start()
    child.join(120)
    assert child.exitcode == -signal.SIGKILL, f"the run was not killed at {stage}"
    assert state_info(state)["moved_copies"] == 0 and state_info(state)["runs"] == 1
    run([dirs[1]], tmp_path / "killed" / "out1", state=state)
    assert outputs(tmp_path / "killed" / "out1") == outputs(tmp_path / "base" / "out1")
    assert state_snapshot(state) == state_snapshot(tmp_path / "base" / "state.db")
    assert state_info(state)["moved_copies"] == 1


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_sqlite_index_moves_copies_like_memory_index(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Movable copies, moves (and the aliases they leave), merges, over several committed runs: SQLite = memory."""
    path = tmp_path_factory.mktemp("mv") / "s.db"
    params = DedupParams()
    mem = MemoryIndex(params)
    tags = data.draw(st.lists(st.integers(0, 2**32 - 1), min_size=5, max_size=30, unique=True))
    keys = [(t << 31) | 5 for t in tags]
    made: list[str] = []
    merged: dict[str, str] = {}
    movable: dict[str, str] = {}  # copy → its story (as the test placed it)
    ev = np.arange(0, 40, 8, dtype=np.uint32) << np.uint32(16)

    def live(s: str) -> str:
        while s in merged:
            s = merged[s]
        return s

    with SQLiteIndex(path, params) as sql:
        for r in range(data.draw(st.integers(1, 4))):
            committed = [s for s in made if s not in merged]
            for i in range(data.draw(st.integers(1, 6))):
                bk = data.draw(st.lists(st.sampled_from(keys), max_size=6, unique=True))
                op = data.draw(st.sampled_from(["story", "copy", "move", "merge"]))
                stories = [s for s in made if s not in merged]
                if op == "story" or not stories:
                    sid = f"{len(made) + 1:016x}"
                    made.append(sid)
                    entry = StoryEntry(sid, sid, 100, 10, ev, np.arange(5, dtype=np.uint32), False)
                    for idx in (sql, mem):
                        idx.add_story(entry, bk)
                        idx.add_source(sid, Source(path=f"p{r}", record=i, doc_id=sid))
                elif op == "copy":
                    target = data.draw(st.sampled_from(stories))
                    did = f"c{r}-{i}"
                    sim = data.draw(st.sampled_from([0.7, 0.8, 0.99]))
                    entry_c = CopyEntry(did, target, sim, 90, 9, ev, np.arange(5, dtype=np.uint32), False)
                    for idx in (sql, mem):
                        idx.add_copy(target, did, bk, entry_c if sim < params.settled else None)
                        idx.add_source(target, Source(path=f"p{r}", record=i, doc_id=did, similarity=sim))
                    if sim < params.settled:
                        movable[did] = target
                elif op == "move" and movable:
                    did = data.draw(st.sampled_from(sorted(movable)))
                    frm = live(movable[did])
                    to = data.draw(st.sampled_from(stories))
                    if to == frm:
                        continue
                    sim = data.draw(st.sampled_from([0.85, 0.97]))
                    for idx in (sql, mem):
                        idx.move_copy(did, frm, to, sim)
                    if sim < params.settled:
                        movable[did] = to
                    else:
                        del movable[did]
                elif op == "merge" and len(committed) >= 2:
                    a, b = data.draw(st.lists(st.sampled_from(committed), min_size=2, max_size=2, unique=True))
                    if a in merged or b in merged or live(a) == live(b):
                        continue
                    for idx in (sql, mem):
                        idx.merge_stories(a, b)
                    merged[b] = a
            sql.commit()
            for k in keys:
                assert sql.candidates([k]) == mem.candidates([k])
            for sid in made:
                if sid in merged:
                    continue
                # (a merge keeps the order recorded in SQLite, appends in memory)
                assert sorted(sql.sources(sid), key=repr) == sorted(mem.sources(sid), key=repr)
                assert [(c.doc_id, c.story_id, c.similarity) for c in sql.movable(sid)] == [
                    (c.doc_id, c.story_id, c.similarity) for c in mem.movable(sid)
                ]
            for did in movable:
                assert sql.story_of_doc(did) == mem.story_of_doc(did) == live(movable[did])
    with SQLiteIndex(path, params) as again:  # reopened from disk: aliases and merges are kept
        for k in keys:
            assert again.candidates([k]) == mem.candidates([k])


def test_a_copy_moves_to_a_story_whose_new_canonical_suits_it_better(tmp_path: Path) -> None:
    """Night 0: A, its excerpt E, and X (B's own last part: E is not near it). Night 1: B, which contains X and
    is longer (an update of X) and is a better home for E than A: E moves to X, as in one run."""
    texts = excerpt_texts(7, 6)
    sents = texts["B"].replace("\n", "").split("。")
    x = _text([s + "。" for s in sents[17:] if s])  # E's own 7 sentences and B's 6: not A's
    nights = [
        [{"url": "http://a.example/", "title": "", "text": texts["A"]},
         {"url": "http://e.example/", "title": "", "text": texts["E"]},
         {"url": "http://x.example/", "title": "", "text": x}],
        [{"url": "http://b.example/", "title": "", "text": texts["B"]}],
    ]  # fmt: skip
    dirs = write_nights(tmp_path, nights)
    state = tmp_path / "state.db"
    run([dirs[0]], tmp_path / "out0", state=state)
    assert len(read_jsonl(tmp_path / "out0" / "stories.jsonl")) == 2
    run([dirs[1]], tmp_path / "out1", state=state)
    assert read_jsonl(tmp_path / "out1" / "stories.jsonl") == []
    (update,) = read_jsonl(tmp_path / "out1" / "updates.jsonl")
    assert update["url"] == "http://b.example/"
    assert sorted(s["url"] for s in update["sources"]) == [
        "http://b.example/",
        "http://e.example/",
        "http://x.example/",
    ]
    a_id = next(r["id"] for r in read_jsonl(tmp_path / "out0" / "stories.jsonl") if r["url"] == "http://a.example/")
    assert update["meta"][MOVED_META] == a_id
    run(dirs, tmp_path / "one", state=tmp_path / "one.db")
    assert {frozenset(s["url"] for s in r["sources"]) for r in export_state(tmp_path / "one.db")} == {
        frozenset(s["url"] for s in r["sources"]) for r in export_state(state)
    }


def test_a_page_that_a_stored_short_repost_lies_in_becomes_that_storys_canonical(tmp_path: Path) -> None:
    """A verdict is not symmetric: a short repost (a 180-character excerpt between a portal's header and
    footer) lies in the full page, but the page does not lie in it. One run meets the page first and the
    repost joins it; so when the repost came on an earlier night, the page joins the repost's story as its
    canonical (an update) instead of starting a story of its own — the clusters of one run, in memory and
    in SQLite."""
    page = (Path(__file__).resolve().parent.parent / "fixtures" / "dedup" / "seed004_jingxuan3.txt").read_text(
        encoding="utf-8"
    )
    repost = (
        "示例网新闻中心 国内要闻 社会热点 滚动快讯 专题报道 图片频道 视频直播 评论观点\n"
        + page[600:780]
        + "\n（本文转自示例网新闻中心，版权归原作者所有，如有侵权请联系删除，转载请注明出处与作者姓名）"
    )
    from cleaner.dedup.verify import Evidence, compare

    params = DedupParams()
    a, b = sketch_text("a", repost, params), sketch_text("b", page, params)
    ea = Evidence(a.evidence, a.positions, a.sampled, a.n_shingles)
    eb = Evidence(b.evidence, b.positions, b.sampled, b.n_shingles)
    assert compare(ea, eb, params).accepted and not compare(eb, ea, params).accepted  # the asymmetric pair
    one = collapse([Document(text=t, sources=[Source(path=p)]) for t, p in ((repost, "r"), (page, "p"))])
    assert [sorted(s.path for s in st.sources) for st in one.stories] == [["p", "r"]]
    for index in (MemoryIndex(params), SQLiteIndex(tmp_path / "s.db", params)):
        first = collapse([Document(text=repost, sources=[Source(path="r")])], index=index)
        second = collapse([Document(text=page, sources=[Source(path="p")])], index=index)
        assert not second.stories  # no story of its own
        assert [u.id for u in second.updates] == [first.stories[0].id]  # the repost's story, the page its text
        assert second.updates[0].text == page
        assert sorted(s.path for s in second.updates[0].sources) == ["p", "r"]


def former_canonical_nights(index: Any) -> tuple[str, list[str]]:
    """Night 0: story O. Then (as a night whose longer update U replaced O's canonical leaves it) U is the story's
    canonical, and O stays as its movable copy. Night 2: C, O with one sentence changed, which O takes and U (O's
    second half and a long text of its own) refuses: C joins the story through O. Returns the story id and the
    stories night 2 emitted (none)."""
    rng = random.Random(37)
    o_sents = _sentences(rng, 24)
    o, u = _text(o_sents), _text([*o_sents[12:], *_sentences(rng, 30)])
    c = _text([*o_sents[:5], *_sentences(rng, 1), *o_sents[6:]])
    params = DedupParams()
    first = collapse([Document(text=o, sources=[Source(path="o")])], params=params, index=index)
    (sid,) = [s.id for s in first.stories]
    sk_o, sk_u = sketch_text(sid, o, params), sketch_text("u", u, params)
    index.replace_canonical(sid, StoryEntry.from_sketch(sid, sk_u))
    index.add_copy(sid, sid, (), CopyEntry.from_sketch(sid, sk_o, 0.5))  # (a story's id: its first canonical's)
    third = collapse([Document(text=c, sources=[Source(path="c")])], params=params, index=index)
    return sid, [s.id for s in third.stories]


def test_a_later_nights_copy_joins_its_story_through_a_replaced_canonical(tmp_path: Path) -> None:
    """A canonical replaced by an update stays in the state as a movable copy of its story, and a later night's copy
    that it takes (and the new canonical refuses) joins the story through it, in memory and in SQLite. Without it
    (nothing kept) the copy was a story of its own."""
    for index in (MemoryIndex(DedupParams()), SQLiteIndex(tmp_path / "s.db", DedupParams())):
        sid, emitted = former_canonical_nights(index)
        assert emitted == []
        assert [s.path for s in index.sources(sid)] == ["o", "c"]
    params = DedupParams()
    bare = MemoryIndex(params)
    rng = random.Random(37)
    o_sents = _sentences(rng, 24)
    u = _text([*o_sents[12:], *_sentences(rng, 30)])
    c = _text([*o_sents[:5], *_sentences(rng, 1), *o_sents[6:]])
    first = collapse([Document(text=_text(o_sents), sources=[Source(path="o")])], params=params, index=bare)
    sid = first.stories[0].id
    bare.replace_canonical(sid, StoryEntry.from_sketch(sid, sketch_text("u", u, params)))
    assert len(collapse([Document(text=c, sources=[Source(path="c")])], params=params, index=bare).stories) == 1


def test_an_update_keeps_the_replaced_canonical_as_a_movable_copy(tmp_path: Path) -> None:
    """The page that a stored short repost lies in becomes the story's canonical (an update): the repost, the
    canonical it replaced, is kept as a movable copy of the story (its evidence), in memory and in SQLite."""
    page = (Path(__file__).resolve().parent.parent / "fixtures" / "dedup" / "seed004_jingxuan3.txt").read_text(
        encoding="utf-8"
    )
    repost = (
        "示例网新闻中心 国内要闻 社会热点 滚动快讯\n" + page[600:780] + "\n（本文转自示例网新闻中心，转载请注明出处）"
    )
    params = DedupParams()
    for index in (MemoryIndex(params), SQLiteIndex(tmp_path / "s.db", params)):
        first = collapse([Document(text=repost, sources=[Source(path="r")])], index=index)
        second = collapse([Document(text=page, sources=[Source(path="p")])], index=index)
        if not second.updates:
            pytest.skip("the fixture's repost no longer updates")
        sid = first.stories[0].id
        assert [m.doc_id for m in index.movable(sid)] == [sid]  # (a story's id: its first canonical's content id)
