"""Reports of one template with other figures (a daily market close, exchange rates) stay apart; copies of one
report, with words deleted or a few figures updated, join it (issue 13: ``verify.figures_apart``)."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams, compare, sketch_text
from cleaner.dedup.signature import figures_of, pack_sketches, sketch_batch, unpack_sketches
from cleaner.dedup.verify import Evidence, figures_apart, sketch_evidence
from tests.dedup_texts import story_numbers

SECTORS = ["钢铁", "煤炭", "银行", "券商", "医药", "白酒", "半导体", "军工", "旅游", "家电", "地产", "有色"]


def _f(rng: random.Random, lo: float, hi: float) -> str:
    return f"{rng.uniform(lo, hi):.2f}"


def report(rng: random.Random) -> str:
    """One evening's close, written from one template (the sentences fixed, the figures and sectors drawn)."""
    up = rng.random() < 0.5
    word = "上涨" if up else "下跌"
    a, b, c = rng.sample(SECTORS, 3)
    lines = [
        f"收盘速递：两市{word} 上证综指{word}{_f(rng, 0.1, 3)}%",
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，两市主要股指全天震荡，尾盘{word}。截至当日收盘，上证综指报"
        f"{_f(rng, 2900, 3600)}点，{word}{_f(rng, 0.1, 3)}%；深证成指报{_f(rng, 9000, 12000)}点，{word}"
        f"{_f(rng, 0.1, 3)}%；创业板指报{_f(rng, 1800, 2600)}点，{word}{_f(rng, 0.1, 3)}%。",
        f"两市合计成交{rng.randint(6000, 15000)}亿元，比前一交易日{'增加' if up else '减少'}{rng.randint(100, 1900)}"
        f"亿元。上涨个股{rng.randint(800, 4000)}家，下跌个股{rng.randint(800, 4000)}家，"
        f"{rng.randint(10, 90)}只个股涨停。",
        f"行业板块方面，{a}、{b}板块表现活跃，{c}板块整体走弱，其中{a}板块涨幅达到{_f(rng, 1, 6)}%。",
        f"沪股通资金当日净{'流入' if up else '流出'}{_f(rng, 5, 80)}亿元，深股通资金净{'流入' if up else '流出'}"
        f"{_f(rng, 5, 80)}亿元，融资余额报{_f(rng, 14000, 16000)}亿元。",
        "市场人士认为，短期内市场仍以结构性行情为主，投资者宜关注基本面稳健的板块，不宜盲目追高。",
        "（以上内容仅供参考，不构成投资建议。）",
    ]
    return "\n".join(lines)


def _without_figures(ev: Evidence) -> Evidence:
    return Evidence(ev.hashes, ev.positions, ev.sampled, ev.n_shingles, ev.chars)


def _ev(text: str, p: DedupParams) -> Evidence:
    return sketch_evidence(sketch_text("x", text, p))


def test_reports_of_one_template_with_other_figures_stay_apart() -> None:
    """Without their figures the word rules take some such pairs; with them none is taken."""
    rng, p = random.Random(11), DedupParams()
    taken = taken_blind = 0
    for _ in range(12):
        a, b = _ev(report(rng), p), _ev(report(rng), p)
        assert figures_apart(a, b)
        taken += compare(a, b, p).accepted
        taken_blind += compare(_without_figures(a), _without_figures(b), p).accepted
    assert taken == 0 and taken_blind > 0


def test_a_report_with_words_deleted_or_a_few_figures_updated_joins_it() -> None:
    rng, p = random.Random(12), DedupParams()
    for n in range(10):
        text = report(rng)
        lines = text.split("\n")
        if n % 2:  # an update: two figures of the closing line changed
            lines[4] = lines[4].replace("亿元", "亿元（更新）", 1)
            copy = "\n".join(lines).replace("0", "9", 2)
        else:  # a sentence and a few words dropped
            copy = "\n".join(line for i, line in enumerate(lines) if i != 5).replace("整体", "").replace("主要", "")
        assert not figures_apart(_ev(copy, p), _ev(text, p))


def test_collapse_keeps_each_day_apart_and_joins_its_copy() -> None:
    rng = random.Random(13)
    days = [report(rng) for _ in range(4)]
    copy = days[0].replace("市场人士认为，", "") + "\n责任编辑：王明"
    numbers = story_numbers([*days, copy])
    assert len(set(numbers[:4])) == 4 and numbers[4] == numbers[0]


def test_figures_of_counts_runs_of_digits_full_width_as_half_width() -> None:
    full, half = figures_of("报３４２７.５２点，跌1.2%，1.2"), figures_of("报3427.52点，跌1.2%，1.2")
    assert full.tolist() == half.tolist() == sorted(half.tolist()) and half.size == 6
    assert figures_of("没有数字").size == 0 and figures_of("1，1，1").size == 3


def test_packed_sketches_keep_their_figures() -> None:
    p = DedupParams()
    texts = [report(random.Random(14)), "无数字的短文本，内容简短。", report(random.Random(15))]
    sketches = sketch_batch([(str(i), t) for i, t in enumerate(texts)], p)
    back = unpack_sketches(pack_sketches(sketches))
    assert [sk.figures.tolist() for sk in back] == [figures_of(t).tolist() for t in texts]
    assert sketches[0].figures.tolist() == sketch_text("0", texts[0], p).figures.tolist()


def test_prose_whose_copies_carry_other_dated_headlines_is_not_asked() -> None:
    """A story of prose with a few figures, and two copies each with a block of dated related headlines: their
    figures mostly differ, but neither text is made of figures (:data:`cleaner.dedup.verify._FIGURES_DENSE`)."""
    from tests.dedup_texts import story

    rng, p = random.Random(16), DedupParams()
    for _ in range(5):
        text = story(rng, 30)
        heads = [
            "\n".join(
                f"{w} report {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2000, 2024)}" for w in "abcdef"
            )
            for _ in range(2)
        ]
        a, b = _ev(text + "\n" + heads[0], p), _ev(heads[1] + "\n" + text, p)
        assert a.figures is not None and a.figures.size >= 18 and not figures_apart(a, b)
