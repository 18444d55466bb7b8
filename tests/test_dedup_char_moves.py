"""A copy with characters deleted *and* one paragraph moved joins its original by the character rule (the grams off
the in-order path are one moved block on both sides, :func:`cleaner.dedup.verify._one_block`); a copy the character
rule reads as a clean subsequence of its original is not refused by the word-level substitution rules, whose own text
on both sides is the deletions' broken shingles; two texts sharing paragraphs in another order, each with paragraphs
of its own, stay apart (issue 13, dedup23a)."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams, compare
from cleaner.dedup.signature import sketch_text
from cleaner.dedup.verify import Evidence, sketch_evidence

P = DedupParams()
OFF = DedupParams(chars_contained=0.0)

# synthetic Chinese words (written for this test); sentences are random strings of them, four to a paragraph
_WORDS = (
    "记者 今天 上午 市政府 召开 新闻 发布会 宣布 城市 交通 改造 工程 正式 启动 预计 明年 年底 完成 项目 总投资 "
    "亿元 涉及 道路 桥梁 地铁 公交 站点 居民 出行 方便 专家 表示 这次 规划 充分 考虑 环境 保护 经济 发展 需要 "
    "学校 医院 公园 社区 服务 中心 建设 改善 生活 条件 提高 水平 群众 满意 评价 积极 参与 讨论 提出 意见 建议"
).split()


def _paragraphs(rng: random.Random, n: int) -> list[str]:
    return ["".join("".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 12))) + "。" for _ in range(4))
            for _ in range(n)]  # fmt: skip


def _delete_chars(text: str, rate: float, rng: random.Random) -> str:
    cjk = [i for i, c in enumerate(text) if "\u4e00" <= c <= "\u9fff"]
    gone = set(rng.sample(cjk, int(rate * len(cjk))))
    return "".join(c for i, c in enumerate(text) if i not in gone)


def _ev(text: str, p: DedupParams = P) -> Evidence:
    return sketch_evidence(sketch_text("t", text, p))


def test_a_copy_with_characters_deleted_and_a_paragraph_moved_joins() -> None:
    rng = random.Random(23)
    joined = joined_off = 0
    for n in range(10):
        paras = _paragraphs(rng, 4 if n % 2 else 10)  # (full and sampled evidence)
        moved = paras[1:] + paras[:1] if n % 3 else paras[:1] + paras[2:] + paras[1:2]  # (first or second to the end)
        copy = _delete_chars("\n".join(moved), rng.uniform(0.1, 0.2), rng)
        text = "\n".join(paras)
        joined += compare(_ev(copy), _ev(text), P).accepted or compare(_ev(text), _ev(copy), P).accepted
        joined_off += compare(_ev(copy, OFF), _ev(text, OFF), OFF).accepted
    assert joined >= 8 and joined_off <= 3


def test_two_texts_sharing_paragraphs_in_another_order_with_text_of_their_own_stay_apart() -> None:
    rng = random.Random(24)
    for _ in range(10):
        shared = _paragraphs(rng, 3)
        a = "\n".join(shared[:2] + _paragraphs(rng, 2) + shared[2:])
        b = "\n".join(shared[2:] + _paragraphs(rng, 2) + shared[:2])
        assert not compare(_ev(_delete_chars(a, 0.1, rng)), _ev(b), P).accepted
        assert not compare(_ev(b), _ev(_delete_chars(a, 0.1, rng)), P).accepted


def test_a_copy_with_one_character_in_seven_deleted_is_no_substitution() -> None:
    rng = random.Random(25)
    joined = 0
    for _ in range(10):
        text = "\n".join(_paragraphs(rng, 3))
        joined += compare(_ev(_delete_chars(text, 0.15, rng)), _ev(text), P).accepted
    assert joined >= 9
