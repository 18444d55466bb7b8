"""Copies with many small edits join their story; pages alike only in a shared stylesheet, template or lead stay
apart (issue 13): the scattered rule of ``verify.compare`` and the code lines of ``normalize``."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import DedupParams, collapse, compare, sketch_text
from cleaner.dedup.normalize import (
    NORMALIZER_VERSION,
    blank_code,
    blank_code_lines,
    code_points,
    fold,
    fold_code_points,
    to_str,
    unmarker,
)
from cleaner.document import Document
from tests.dedup_texts import WORDS
from tests.dedup_texts import evidence as _ev
from tests.dedup_texts import story as _story
from tests.dedup_texts import story_numbers as _stories

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "dedup"


def _delete_words(text: str, rate: float, rng: random.Random) -> str:
    return " ".join(w for w in text.split(" ") if rng.random() >= rate)


def _stylesheet(rng: random.Random, rules: int) -> str:
    props = ["margin:0", "padding:4px", "color:#333", "font-size:14px", "display:block", "width:100%"]
    return (
        "\n".join(f".{rng.choice(WORDS)}-{i}{{{';'.join(rng.sample(props, 3))}}}" for i in range(rules))
        + "\nvar _hmt = _hmt || []; (function() { var hm = document.createElement('script'); })();"
    )


def test_copies_with_scattered_word_deletions_join() -> None:
    rng = random.Random(5)
    params = DedupParams()
    joined = 0
    for _ in range(20):
        text = _story(rng, 40)
        copy = _delete_words(text, rng.uniform(0.08, 0.15), rng)
        v = compare(_ev(copy, params), _ev(text, params), params)
        joined += v.accepted
    assert joined >= 19


def test_a_shared_lead_with_different_bodies_stays_apart() -> None:
    rng = random.Random(7)
    lead = _story(rng, 6)
    texts = [lead + "\n" + _story(rng, 24) for _ in range(3)]
    assert len(set(_stories(texts))) == 3


def test_pages_sharing_a_long_stylesheet_stay_apart_and_a_copy_with_one_joins() -> None:
    rng = random.Random(11)
    css = _stylesheet(rng, 80)
    stories = [_story(rng, 6) for _ in range(4)]
    pages = [css + "\n" + s for s in stories]
    copy = stories[0] + "\n" + _stylesheet(rng, 30)  # a repost with another site's stylesheet left in
    got = _stories([*pages, copy, stories[1]])
    assert len(set(got[:4])) == 4
    assert got[4] == got[0] and got[5] == got[1]


def test_real_chinese_copy_with_scattered_character_deletions_joins() -> None:
    rng = random.Random(3)
    text = (FIX / "seed004_jingxuan4.txt").read_text(encoding="utf-8")
    copy = "".join(ch for ch in text if not ("\u4e00" <= ch <= "\u9fff" and rng.random() < 0.06))
    params = DedupParams()
    assert compare(_ev(copy, params), _ev(text, params), params).accepted


def test_a_scattered_copy_joins_when_the_canonical_is_the_story_plus_a_block_of_headlines() -> None:
    # The longest copy (the canonical) carries a block of other stories' headlines, as long again as the story;
    # a copy with words deleted all over is too far from it, but as near to the original (a member that lies
    # whole in the canonical) as to a canonical of its own: it joins the story, as it would had the headlines'
    # copy not been there.
    rng = random.Random(17)
    params = DedupParams()
    joined = 0
    for _ in range(10):
        text = _story(rng, 10)
        related = text + "\n" + "\n".join(_story(rng, 1) for _ in range(12))
        copy = _delete_words(text, rng.uniform(0.08, 0.15), rng)
        if not compare(_ev(copy, params), _ev(text, params), params).accepted:
            continue  # (not a copy the original itself would take)
        got = _stories([related, text, copy])
        assert got[0] == got[1]
        joined += got[2] == got[0]
    assert joined >= 8


def test_code_lines_are_blanked_for_matching_only() -> None:
    text = "标题\n.nav{margin:0;color:#333}\nvar a = 1; b = 2;\nHe said: yes; she said: no, in a long sentence."
    lines = text.split("\n")
    assert blank_code_lines(text).split("\n") == [lines[0], " " * len(lines[1]), " " * len(lines[2]), lines[3]]
    assert blank_code_lines("no code here") == "no code here"
    sk, plain = (
        sketch_text("a", text, DedupParams()),
        sketch_text("b", "标题\nHe said: yes; she said: no, in a long sentence.", DedupParams()),
    )
    assert np.array_equal(sk.evidence, plain.evidence) and sk.length == plain.length


def test_minified_stylesheet_lines_are_blanked_and_prose_with_half_width_punctuation_is_not() -> None:
    css = (
        "@font-face{font-family:news_sans_display;font-weight:700;src:url(/fonts/news/news_sans_display-bold.woff2)}"
        ".article-body__paragraph--lead .article-body__image-caption{max-width:340px;position:relative}"
    )
    prose = "记者在现场看到,许多居民排队等候,秩序井然:大家都很关心这件事情的进展;随后(下午)继续采访."
    english = "He said: the rules {as written} are clear; the council - and the mayor - agreed, 5-4, on Monday."
    assert blank_code_lines(css).strip() == ""
    assert blank_code_lines(prose) == prose and blank_code_lines(english) == english
    script = "var html = [], user = data.user,\nNTES.ready( function($){\nhtml.push('<div class=\"avatar\">');"
    assert blank_code_lines(script).strip() == ""
    chinese = "他说：“好的;我们明天见。”\n会议通过了决定(草案)与附件;"
    assert blank_code_lines(chinese) == chinese


def test_stylesheet_declarations_and_code_blocks_are_blanked_and_prose_is_not() -> None:
    css = ".modal label {\nposition: relative\nmargin: 0 4px !important;\n/* dark */\nfont-family: a, b,\n}"
    assert blank_code_lines(css).strip() == ""
    assert blank_code_lines("position: absolute;").strip() == ""
    script = "function show(text)\n{\nalert('ok');\n'comment', '13362311', 10, 1,\n}"
    assert blank_code_lines(script).split("\n")[0] == "function show(text)"
    assert [x.strip() for x in blank_code_lines(script).split("\n")[1:]] == ["", "", "", ""]
    # a brace left open in one script and closed after prose is no block; nor one across texts of a batch
    page = "var a = {\n他说：今天下雨。\nThe mayor said: yes\n}"
    assert blank_code_lines(page).split("\n")[1:3] == ["他说：今天下雨。", "The mayor said: yes"]
    first, second = "var a = 1;\nb.on(function () {", "The mayor said: yes\n}"
    joined = first + "\n" + second
    assert blank_code_lines(joined).strip() == ""
    raw = code_points(joined)
    folded = fold_code_points(raw)
    blank_code(raw, folded, joined, [0, len(first) + 1])
    assert np.array_equal(folded, fold(blank_code_lines(first) + "\n" + blank_code_lines(second)))
    assert "mayor" in to_str(folded)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["a", "微信", " ", "\n", "{", "}", ";", "=", "<", ">", ":", "-", "/", "x" * 31, "\udcff", "b {\n"]
        ),
        max_size=50,
    )
)
def test_blank_code_equals_blank_code_lines(pieces: list[str]) -> None:
    text = unmarker(NORMALIZER_VERSION)("".join(pieces))  # (the text as the normaliser reads it: gaps closed)
    raw = code_points(text)
    folded = fold_code_points(raw)
    given_text = folded.copy()
    blank_code(raw, folded)
    blank_code(raw, given_text, text)
    assert np.array_equal(folded, fold(blank_code_lines(text)))
    assert np.array_equal(given_text, folded)


def test_a_prefix_with_a_single_anchor_key_joins_its_story() -> None:
    # A short prefix (> min_containment_shingles) whose shingles happen to hold only two anchors has one
    # anchor-pair key: it cannot share the two a pair found by anchor keys alone needs, so one is enough for it.
    from cleaner.dedup.signature import ANCHOR_BIT, FINE_BIT

    rng = random.Random(23)
    params = DedupParams()
    tried = 0
    for _ in range(400):
        text = _story(rng, 16)
        prefix = text[: len(text) * 3 // 10]
        a, b = sketch_text("p", prefix, params), sketch_text("t", text, params)
        wk = a.window_keys
        one_key = int(np.count_nonzero((wk >= ANCHOR_BIT) & (wk < ANCHOR_BIT | FINE_BIT))) == 1
        if not one_key or a.n_shingles < params.min_containment_shingles or not set(a.keys()) & set(b.keys()):
            continue  # (not the case: it shares its one anchor key with the text)
        if set(a.band_keys[: params.bands].tolist()) & set(b.band_keys[: params.bands].tolist()):
            continue  # (found by a word band key anyway; a character band key may find it too)
        tried += 1
        assert len(set(_stories([text, prefix]))) == 1
        if tried == 3:
            break
    assert tried >= 1


def test_pages_of_one_template_are_compared_with_a_bounded_number_of_stories() -> None:
    # 300 pages of one portal template (shared head and foot), each with its own story: every template key is
    # held by every page; a key that more than 32 stories hold finds none, so each page meets a bounded number of
    # candidates (before: every earlier page, 42,621 comparisons for 300 pages), and the stories stay apart.
    rng = random.Random(29)
    head = "\n".join(_story(rng, 2) for _ in range(12))
    foot = "\n".join(_story(rng, 2) for _ in range(12))
    texts = [head + "\n" + _story(rng, 6) + "\n" + foot for _ in range(300)]
    res = collapse([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)])
    assert res.counts()["candidates"] <= 60 * len(texts)
    assert len(res.stories) >= 0.9 * len(texts)
