"""Notices of one template (a city named in several places, dates, a phone number) stay apart; a copy of one notice
with its date line changed joins it (issue 13: ``verify.figures_apart`` counts the pair's own figures, those of three
or more digits, each once)."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams, compare, sketch_text
from cleaner.dedup.verify import Evidence, figures_apart, sketch_evidence

CITIES = ["泸州", "绵阳", "常德", "岳阳", "九江", "赣州", "湛江", "肇庆", "衡水", "邢台", "焦作", "南阳", "曲靖"]


def notice(rng: random.Random, city: str, year: int) -> str:
    """One city's registration notice, written from one template (the sentences fixed, the city and figures drawn)."""
    d = [f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日" for _ in range(4)]
    return (
        f"{year}年{city}市中小学教师招聘考试报名公告\n经研究决定，{year}年{city}市公开招聘中小学教师，现将报名事项公告如下。"
        f"一、报名日期：{d[0]}至{d[1]}，逾期不再受理。二、报名办法：考生登录{city}市教育考试院网站如实填写报名表，"
        f"上传近期免冠照片。三、笔试日期：{d[2]}，考场安排见准考证。四、联系电话：0{rng.randint(510, 919)}-"
        f"{rng.randint(1000000, 9999999)}。\n{city}市教育局\n{year}年{d[3]}"
    )


def _ev(text: str, p: DedupParams) -> Evidence:
    return sketch_evidence(sketch_text("x", text, p))


def _without_figures(ev: Evidence) -> Evidence:
    return Evidence(ev.hashes, ev.positions, ev.sampled, ev.n_shingles, ev.chars)


def test_notices_of_one_template_stay_apart() -> None:
    """Without their figures the word rules take some pairs (the template's sentences in one order, a name and a figure
    changed every few words); with them none is taken."""
    rng, p = random.Random(7), DedupParams()
    taken = taken_blind = 0
    for _ in range(12):
        ca, cb = rng.sample(CITIES, 2)
        year = rng.randint(2025, 2027)
        a, b = _ev(notice(rng, ca, year), p), _ev(notice(rng, cb, year), p)
        taken += compare(a, b, p).accepted or compare(b, a, p).accepted
        taken_blind += compare(_without_figures(a), _without_figures(b), p).accepted
    assert taken == 0 and taken_blind > 0


def test_copy_of_a_notice_with_its_date_line_changed_joins() -> None:
    """A repost keeps the notice's own figures (the year, the phone number): its date line changed and a source line
    added, it joins."""
    rng, p = random.Random(8), DedupParams()
    for city in CITIES[:6]:
        text = notice(rng, city, 2026)
        head, _, _ = text.rpartition("\n")
        copy = f"{head}\n2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n来源：{city}日报"
        a, b = _ev(copy, p), _ev(text, p)
        assert not figures_apart(a, b)
        assert compare(a, b, p).accepted
