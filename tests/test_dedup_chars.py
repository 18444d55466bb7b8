"""Copies with single characters deleted here and there (a character dropped from a two-character word leaves as many
words, each of them another) join their original by their *character evidence*; two pages of one template with other
figures, and two reports that share a lead, do not; the evidence is kept by the state, and a state written before it
was kept still opens and runs as before (issue 13: ``verify.chars_deleted``, ``Sketch.chars``, schema 5)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np

from cleaner.dedup import DedupParams, collapse, compare
from cleaner.dedup.signature import CHAR_VERSION, sketch_batch, sketch_text
from cleaner.dedup.verify import Evidence, sketch_evidence
from cleaner.document import Document
from cleaner.state import SQLiteIndex
from cleaner.state.sqlite import SCHEMA_VERSION, pack_chars, unpack_chars

P = DedupParams()
OFF = DedupParams(chars_contained=0.0)

# synthetic Chinese words (written for this test): sentences are random strings of them
_WORDS = (
    "记者 今天 上午 市政府 召开 新闻 发布会 宣布 城市 交通 改造 工程 正式 启动 预计 明年 年底 完成 项目 总投资 "
    "亿元 涉及 道路 桥梁 地铁 公交 站点 居民 出行 方便 专家 表示 这次 规划 充分 考虑 环境 保护 经济 发展 需要 "
    "同时 相关 部门 加强 监督 管理 确保 质量 安全 施工 期间 部分 路段 实行 临时 管制 提醒 市民 提前 安排 路线 "
    "据了解 去年 全市 完成 固定资产 投资 增长 百分点 其中 基础设施 领域 表现 突出 未来 五年 继续 推进 更新 计划 "
    "学校 医院 公园 社区 服务 中心 建设 改善 生活 条件 提高 水平 群众 满意 评价 积极 参与 讨论 提出 意见 建议"
).split()


def _story(rng: random.Random, sentences: int) -> str:
    out = []
    for n in range(sentences):
        out.append("".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 12))) + "。")
        if n % 4 == 3:
            out.append("\n")
    return "".join(out).strip()


def _delete_chars(text: str, rate: float, rng: random.Random) -> str:
    cjk = [i for i, c in enumerate(text) if "\u4e00" <= c <= "\u9fff"]
    gone = set(rng.sample(cjk, int(rate * len(cjk))))
    return "".join(c for i, c in enumerate(text) if i not in gone)


def _ev(text: str, p: DedupParams = P) -> Evidence:
    return sketch_evidence(sketch_text("t", text, p))


def test_copies_with_a_tenth_to_a_fifth_of_their_characters_deleted_join() -> None:
    rng = random.Random(5)
    joined = joined_off = 0
    for n in range(20):
        text = _story(rng, 12 if n % 2 else 50)  # (full and sampled evidence)
        copy = _delete_chars(text, rng.uniform(0.1, 0.2), rng)
        joined += compare(_ev(copy), _ev(text), P).accepted
        joined_off += compare(_ev(copy, OFF), _ev(text, OFF), OFF).accepted
    assert joined >= 18 and joined_off <= 10


def test_an_original_joins_a_canonical_that_is_its_copy_with_characters_deleted_and_a_text_glued() -> None:
    rng = random.Random(6)
    joined = 0
    for _ in range(10):
        text = _story(rng, 30)
        canonical = _delete_chars(text, 0.12, rng) + "\n" + _story(rng, 12)  # (longer: placed first)
        joined += compare(_ev(text), _ev(canonical), P).accepted
    assert joined >= 9


def _report(rng: random.Random, figures: list[int]) -> str:
    """A report of a template that states its figures in the same places (a weather or a market report)."""
    parts = ["本市今日发布天气预报，白天最高气温{}度，夜间最低气温{}度，相对湿度百分之{}。"]
    parts += ["空气质量指数为{}，首要污染物为细颗粒物，建议市民减少户外活动，注意身体健康。"] * 3
    parts += ["明天上午有小雨，降水概率百分之{}，风力{}级，出行请带好雨具，注意交通安全。"] * 3
    text = "\n".join(parts * 2)
    return text.format(*figures[: text.count("{}")])


def test_two_reports_of_one_template_with_other_figures_stay_apart() -> None:
    rng = random.Random(7)
    for _ in range(10):
        n = _report(rng, []).count("{}") if False else 24
        a = _report(rng, [rng.randint(1, 120) for _ in range(n)])
        b = _report(rng, [rng.randint(1, 120) for _ in range(n)])
        assert not compare(_ev(a), _ev(b), P).accepted
        assert not compare(_ev(b), _ev(a), P).accepted


def test_two_reports_sharing_a_lead_stay_apart() -> None:
    rng = random.Random(8)
    for _ in range(10):
        lead = _story(rng, 3)
        a, b = lead + "\n" + _story(rng, 12), lead + "\n" + _story(rng, 12)
        assert not compare(_ev(a), _ev(b), P).accepted
        assert not compare(_ev(_delete_chars(a, 0.1, rng)), _ev(b), P).accepted


def test_a_batch_gives_each_text_the_character_evidence_it_gives_alone() -> None:
    rng = random.Random(9)
    texts = [_story(rng, k) for k in (1, 5, 40)] + ["An English text, with letters and 1234 digits " * 20, ""]
    batch = sketch_batch([(str(i), t) for i, t in enumerate(texts)], P)
    for sk, t in zip(batch, texts, strict=True):
        alone = sketch_text(sk.doc_id, t, P)
        assert np.array_equal(sk.chars, alone.chars) and np.array_equal(sk.char_positions, alone.char_positions)
        assert sk.n_grams == alone.n_grams
    assert batch[2].chars.size < batch[2].n_grams  # (a long text keeps a sample)
    ch, pos, n = unpack_chars(pack_chars(batch[2].chars, batch[2].char_positions, batch[2].n_grams))
    assert np.array_equal(ch, batch[2].chars) and np.array_equal(pos, batch[2].char_positions) and n == batch[2].n_grams


def _pair(rng: random.Random) -> tuple[str, str]:
    """(original, copy): the copy with 15 % of its characters deleted and a line of its own."""
    text = _story(rng, 40)
    return text, _delete_chars(text, 0.15, rng) + "\n来源：本报综合"


def test_a_state_keeps_the_character_evidence_of_its_canonicals(tmp_path: Path) -> None:
    rng = random.Random(10)
    for n in range(3):
        original, copy = _pair(rng)
        sk = sketch_text("orig", original, P)
        with SQLiteIndex(tmp_path / f"s{n}.sqlite") as index:
            (st,) = collapse([Document(id="orig", text=original)], index=index).stories
        with SQLiteIndex(tmp_path / f"s{n}.sqlite") as index:  # (read back from the file)
            entry = index.get(st.id)
            assert np.array_equal(entry.chars, sk.chars) and np.array_equal(entry.char_positions, sk.char_positions)
            assert entry.n_grams == sk.n_grams
            assert compare(_ev(copy), entry.as_evidence(), P) == compare(_ev(copy), _ev(original), P)


def test_a_state_written_before_character_evidence_was_kept_opens_and_runs_as_before(tmp_path: Path) -> None:
    rng = random.Random(11)
    original, copy = _pair(rng)
    path = tmp_path / "old.sqlite"
    with SQLiteIndex(path) as index:
        collapse([Document(id="orig", text=original)], index=index)
    db = sqlite3.connect(path)  # a state of schema 4: no chars columns, no char_version
    db.execute("ALTER TABLE story DROP COLUMN chars")
    db.execute("ALTER TABLE copy DROP COLUMN chars")
    db.execute("DELETE FROM meta WHERE key = 'char_version'")
    db.execute("UPDATE meta SET value = '4' WHERE key = 'schema'")
    db.commit()
    db.close()
    with SQLiteIndex(path) as index:  # the columns come back NULL: the stored canonical has no character evidence
        night = collapse([Document(id="copy", text=copy)], index=index)
    before = collapse([Document(id="orig", text=original), Document(id="copy", text=copy)], params=OFF)
    assert len(night.stories) == len(before.stories) - 1 == 1  # (as before: the rule is not asked)
    db = sqlite3.connect(path)
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert meta["schema"] == SCHEMA_VERSION and meta["char_version"] == CHAR_VERSION
    assert db.execute("SELECT count(*) FROM story WHERE chars IS NOT NULL").fetchone()[0] == 1  # (the new story's)
    db.execute("UPDATE meta SET value = 'another-scheme' WHERE key = 'char_version'")
    db.commit()
    db.close()
    with SQLiteIndex(path) as index:  # character evidence of another scheme: dropped, never compared
        collapse([Document(id="other", text=_story(rng, 20))], index=index)
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM story WHERE chars IS NOT NULL").fetchone()[0] == 1  # (the new story's)
    assert db.execute("SELECT value FROM meta WHERE key = 'char_version'").fetchone() == (CHAR_VERSION,)
    db.close()


def _random_text(rng: random.Random, n: int) -> str:
    """``n`` CJK characters drawn at random (few grams repeat: no common word takes a gram out of the counts), with
    commas and paragraph breaks."""
    out = []
    for i in range(n):
        out.append(chr(rng.randint(0x4E00, 0x4E00 + 2500)))
        if i % 23 == 22:
            out.append("，")
        if i % 97 == 96:
            out.append("。\n")
    return "".join(out)


def test_a_copy_with_characters_deleted_and_a_long_text_glued_after_it_joins_its_original() -> None:
    # the glued text is half the copy or more: the copy shares less than half its grams with the original, but nearly
    # all of them inside the shared span (asked before on the whole copy's share: 16 of 20)
    rng = random.Random(21)
    joined = 0
    for _ in range(20):
        text = _random_text(rng, 1200)
        copy = _delete_chars(text, rng.uniform(0.1, 0.2), rng)
        glued = copy + "\n" + _random_text(rng, int(rng.uniform(0.5, 0.7) * len(text)))
        joined += compare(_ev(glued), _ev(text), P).accepted
    assert joined >= 18


def test_stories_in_one_page_frame_stay_apart_with_characters_deleted_or_a_text_glued() -> None:
    rng = random.Random(22)
    for _ in range(10):
        head, foot = _random_text(rng, 300), _random_text(rng, 700)  # (a portal's head and a long footer)
        a = head + "\n" + _random_text(rng, 400) + "\n" + foot
        b = head + "\n" + _random_text(rng, 400) + "\n" + foot
        cut = _delete_chars(a, 0.15, rng)
        for x in (a, cut, cut + "\n" + _random_text(rng, 900)):
            assert not compare(_ev(x), _ev(b), P).accepted
            assert not compare(_ev(b), _ev(x), P).accepted


def test_two_copies_with_other_characters_deleted_join_their_original_not_each_other() -> None:
    # (neither is a subsequence of the other; before _CHAR_OTHER 6 of these 20 pairs accepted each other)
    rng = random.Random(29)
    each_other = to_original = 0
    for n in range(20):
        text = _story(rng, 12 if n % 2 else 50)
        x, y = _delete_chars(text, rng.uniform(0.1, 0.2), rng), _delete_chars(text, rng.uniform(0.1, 0.2), rng)
        each_other += compare(_ev(x), _ev(y), P).accepted
        to_original += compare(_ev(x), _ev(text), P).accepted and compare(_ev(y), _ev(text), P).accepted
    assert each_other == 0 and to_original >= 19
