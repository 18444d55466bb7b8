"""A copy with characters deleted here and there *and* a trailing list appended (related headlines longer than the
story) joins its original: the list-stripping retry is asked on the pair's character shares too, and the text without
its list keeps its character evidence up to the list's first letter (issue 13: ``collapse._Run._list_asked``,
``verify.without_list``'s ``letters``). Two template reports with other figures, one with a list, stay apart."""

from __future__ import annotations

import random

from test_dedup_chars import _delete_chars  # the same deletion of CJK characters

from cleaner.dedup import DedupParams, collapse
from cleaner.document import Document

OFF = DedupParams(list_lines=0)

# synthetic Chinese words (written for this test): sentences are random strings of them
_WORDS = (
    "记者 今天 上午 市政府 召开 新闻 发布会 宣布 城市 交通 改造 工程 正式 启动 预计 明年 年底 完成 项目 总投资 "
    "亿元 涉及 道路 桥梁 地铁 公交 站点 居民 出行 方便 专家 表示 这次 规划 充分 考虑 环境 保护 经济 发展 需要 "
    "同时 相关 部门 加强 监督 管理 确保 质量 安全 施工 期间 部分 路段 实行 临时 管制 提醒 市民 提前 安排 路线 "
    "据了解 去年 全市 完成 固定资产 投资 增长 百分点 其中 基础设施 领域 表现 突出 未来 五年 继续 推进 更新 计划"
).split()
_HEAD = "球队 比赛 冠军 电影 票房 明星 手机 发布 股市 行情 房价 调控 高考 招生 旅游 景区 美食 健康 汽车 销量".split()


def _story(rng: random.Random, sentences: int) -> str:
    out = []
    for n in range(sentences):
        out.append("".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 12))) + "。")
        if n % 4 == 3:
            out.append("\n")
    return "".join(out).strip()


def _headlines(rng: random.Random, n: int) -> str:
    lines = ["相关新闻"]
    for _ in range(n):
        title = "".join(rng.choice(_HEAD) for _ in range(rng.randint(4, 6)))
        lines.append(f"{title}（2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}）")
    return "\n".join(lines)


def _stories(docs: list[str], params: DedupParams | None = None) -> int:
    res = collapse([Document(id=f"d{i}", text=t) for i, t in enumerate(docs)], params=params)
    return len(res.stories)


def test_a_copy_with_characters_deleted_and_a_long_list_appended_joins_its_original() -> None:
    rng = random.Random(29)
    joined = joined_off = 0
    for _ in range(12):
        text = _story(rng, rng.randint(6, 10))
        copy = _delete_chars(text, rng.uniform(0.1, 0.2), rng) + "\n" + _headlines(rng, rng.randint(14, 20))
        joined += _stories([text, copy]) == 1
        joined_off += _stories([text, copy], OFF) == 1
    # (8 of 12 join; 0 on 95a1640, and 0 with the list rule off)
    assert joined >= 6 and joined_off == 0, (joined, joined_off)


def _report(rng: random.Random, city: str, figures: list[int]) -> str:
    a, b, c, d = figures
    return (
        f"{city}天气预报：今天白天多云转晴，最高气温{a}℃，夜间阴，最低气温{b}℃。\n"
        f"空气质量方面，预计今天{city}空气质量为良，空气质量指数{c}，相对湿度{d}%，紫外线强度弱。\n"
        "气象部门提醒市民注意天气变化，及时增减衣物，出行注意安全。"
    )


def test_two_template_reports_with_other_figures_stay_apart_with_a_list_after_one() -> None:
    rng = random.Random(30)
    merged = 0
    for _ in range(12):
        one = _report(
            rng, "哈尔滨", [rng.randint(-5, 35) for _ in range(2)] + [rng.randint(20, 300), rng.randint(10, 99)]
        )
        two = _report(
            rng, "齐齐哈尔", [rng.randint(-5, 35) for _ in range(2)] + [rng.randint(20, 300), rng.randint(10, 99)]
        )
        merged += _stories([one, two + "\n" + _headlines(rng, rng.randint(8, 14))]) == 1
    assert merged == 0


def _latin_vocab(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))) for _ in range(n)]


def _latin_story(rng: random.Random, vocab: list[str], n: int) -> str:
    out = [" ".join(rng.choice(vocab) for _ in range(rng.randint(8, 18))).capitalize() + "." for _ in range(n)]
    return "\n".join(" ".join(out[i : i + 4]) for i in range(0, n, 4))


def _delete_letters(text: str, rate: float, rng: random.Random) -> str:
    at = [i for i, c in enumerate(text) if c.isalpha()]
    gone = set(rng.sample(at, int(rate * len(at))))
    return "".join(c for i, c in enumerate(text) if i not in gone)


def test_long_latin_copies_with_a_fifth_of_their_letters_deleted_join_and_other_middles_do_not() -> None:
    """A gap of a Latin copy between shared grams whose few grams are all its own is its text thinned, not a block of
    its own, until it holds :data:`verify._CHAR_OWN_LEAST_WORDY` letters' worth of them: at one letter in five deleted
    a 4-letter gram survives ≈ 0.41 of the time, so a gap of 6 sampled grams all new is no rare chance over a long
    text. (27 of 40 join; 18 on 95a1640.) A page with another story between one story's first and last paragraphs
    does not join it."""
    from cleaner.dedup import compare
    from cleaner.dedup.signature import sketch_text
    from cleaner.dedup.verify import sketch_evidence

    p = DedupParams()

    def ev(t: str) -> object:
        return sketch_evidence(sketch_text("x", t, p))

    rng = random.Random(2929)
    vocab = _latin_vocab(rng, 600)
    joined = merged = 0
    for _ in range(40):
        text = _latin_story(rng, vocab, rng.randint(24, 40))
        copy = _delete_letters(text, rng.uniform(0.17, 0.2), rng)
        joined += compare(ev(copy), ev(text), p).accepted  # type: ignore[arg-type]
        parts = text.split("\n")
        other = "\n".join([parts[0], _latin_story(rng, vocab, 8), parts[-1]])
        merged += compare(ev(_delete_letters(other, 0.15, rng)), ev(text), p).accepted  # type: ignore[arg-type]
    assert joined >= 24 and merged == 0, (joined, merged)


def test_a_copy_a_word_rule_joins_is_no_substitution_when_its_characters_are_a_subsequence() -> None:
    """A copy with characters deleted that a word rule finds similar (here the interleaved rule) but whose broken
    shingles leave chance runs the substitution check reads as a block of its own, on each side, joins when its
    character evidence shows it a subsequence of the original (:func:`verify.chars_deleted`'s ``clean``): no
    substitution is. (On 95a1640: refused as a substitution.)"""
    from cleaner.dedup import compare
    from cleaner.dedup.signature import sketch_text
    from cleaner.dedup.verify import sketch_evidence

    p = DedupParams()
    rng = random.Random(29)
    text = _story(rng, rng.randint(6, 10))
    copy = _delete_chars(text, rng.uniform(0.1, 0.2), rng)
    v = compare(sketch_evidence(sketch_text("c", copy, p)), sketch_evidence(sketch_text("t", text, p)), p)
    assert v.accepted and not v.substitution, v
