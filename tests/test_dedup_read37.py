"""Normaliser 9: a text whose HTML references were escaped a second time (``&amp;nbsp;``, ``&amp;#65292;``: two
converters one after the other) reads as the text (``normalize.unmark_html``), and Chinese text wrapped at a width or
with stray spaces between ideographs reads as the text without them (``normalize.close_cjk_gaps``); normaliser 8 reads
both as it did, and a state of version 8 keeps it. Real SQLite states."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np

from cleaner.dedup import DedupParams
from cleaner.dedup.normalize import (
    NORMALIZER_VERSION,
    READABLE_NORMALIZERS,
    _close_cjk_gaps_py,
    close_cjk_gaps,
    normalize,
    unmark_html,
)
from cleaner.dedup.signature import sketch_text
from cleaner.state import open_state
from tests.dedup_texts import sentences as _sentences
from tests.dedup_texts import story_numbers as _stories

P = DedupParams()


def _escaped(text: str, times: int) -> str:
    """``text`` with an indent and its commas as references, escaped ``times`` times again."""
    amp = "&" + "amp;" * times
    return "\n".join(f"{amp}nbsp;{amp}nbsp;" + line.replace(",", f"{amp}#44;") + "<br/>" for line in text.split("\n"))


def test_a_reference_escaped_again_reads_as_its_character() -> None:
    for times in (1, 2):
        text = _escaped("one, two\nthree, four", times)
        out = unmark_html(text)
        assert len(out) == len(text) and "amp" not in out and "nbsp" not in out and "#44" not in out
        assert normalize(text) == "one two three four"
        assert normalize(text, "8") == ""  # (version 8: as it read before, a ";" a word: lines of code, blanked)
    assert unmark_html("&amp; &amp;amp; AT&amp;T") == "&     &         AT&    T"


def test_a_copy_escaped_twice_joins_its_original() -> None:
    rng = random.Random(41)
    for _ in range(4):
        sents = _sentences(rng, 16)
        text = "\n".join(" ".join(sents[i : i + 4]).replace(" the ", ", the ") for i in range(0, 16, 4))
        assert len(set(_stories([text, _escaped(text, 1)]))) == 1


_POST = (
    "周末带孩子去了城西新开的图书馆，三层都是儿童区，座位很多，还能借绘本回家。"
    "馆里的志愿者说工作日人少，适合安静看书。回来的路上顺便买了菜，晚饭做了番茄炒蛋和排骨汤。"
    "明天还要早起送孩子上学，今晚早点睡。"
)


def _wrapped(text: str, width: int, rng: random.Random) -> str:
    """``text`` hard-wrapped every ``width`` characters, a space now and then between two ideographs."""
    spaced = "".join(c + (" " if "\u4e00" <= c <= "\u9fff" and rng.random() < 0.15 else "") for c in text)
    return "\n".join(spaced[i : i + width] for i in range(0, len(spaced), width))


def test_gaps_between_ideographs_are_closed_the_same_length() -> None:
    for text in ("室 友的仓鼠\n今天又把窗帘藏起来了。\n明天 见", "one two\nthree", "你好 world 世界", "标题\n\n正文"):
        out = close_cjk_gaps(text)
        assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert normalize("室 友的仓鼠\n今天") == "室友的仓鼠今天"
    assert normalize("室 友的仓鼠\n今天", "8") == "室 友的仓鼠 今天"
    assert normalize("你好 world 世界") == "你好 world 世界"  # (only between two ideographs)


def _closed_reference(text: str) -> str:
    """:func:`close_cjk_gaps` by its definition: each run of ideographs and gaps, the gaps moved to its end."""
    cjk, space = "[\u3400-\u4dbf\u4e00-\u9fff]", "(?:[ \t\u3000]+\n?|\n)[ \t\u3000]*"
    gap = re.compile(f"(?<={cjk}){space}(?={cjk})")
    run = re.compile(f"{cjk}+(?:{space}{cjk}+)+")
    return run.sub(lambda m: gap.sub("", m.group(0)) + "".join(gap.findall(m.group(0))), text)


def test_gaps_are_closed_as_defined() -> None:
    rng = random.Random(43)
    pieces = ["甲", "乙丙", " ", "\n", "\u3000", " \n ", "\n\n", "，", "ab", "1", "\t", "。\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert close_cjk_gaps(text) == _closed_reference(text) == _close_cjk_gaps_py(text), repr(text)


def test_gaps_are_closed_as_defined_in_spaced_and_dense_texts() -> None:
    """Both ways of finding the gaps (the look-behind pattern in texts with many spaces, the space-first pattern in
    texts with few) give the definition's answer."""
    rng = random.Random(44)
    pieces = ["甲", "乙丙", " ", "\n", "\u3000", " \n ", "\n\n", "，", "ab", "\t"]
    pieces += ["\u4dbf", "\u3400", "\u9fff", "\u33ff"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for padded in (text + "。" + "甲" * 100, text + "。" + " a" * 100, "甲" * 100 + text, " a" * 100 + text):
            assert close_cjk_gaps(padded) == _closed_reference(padded) == _close_cjk_gaps_py(padded), repr(padded)


def test_a_wrapped_and_spaced_post_reads_as_its_original() -> None:
    rng = random.Random(42)
    old = DedupParams(normalizer_version="8")
    for width in (18, 24, 30, 36):
        copy = _wrapped(_POST, width, rng)
        assert np.array_equal(sketch_text("a", copy, P).evidence, sketch_text("b", _POST, P).evidence)
        assert not np.array_equal(sketch_text("a", copy, old).evidence, sketch_text("b", _POST, old).evidence)
        forwarded = "转发微博//@小林同学:说得太对了//@爱吃鱼的猫: " + copy
        assert len(set(_stories([_POST, forwarded]))) == 1


def test_a_state_of_normaliser_8_keeps_it(tmp_path: Path) -> None:
    assert NORMALIZER_VERSION == "9" and "8" in READABLE_NORMALIZERS
    with open_state(tmp_path / "s.db", DedupParams(normalizer_version="8")) as st:
        st.save()
    with open_state(tmp_path / "s.db", DedupParams()) as st:
        assert st.params.normalizer_version == "8"


def test_the_kernel_closes_gaps_as_the_regex_path_does() -> None:
    """The compiled kernel's loop (``_sketch.cjk_gaps``, when built) and the regex path give the same string, in texts
    of every string width (Latin-1, BMP, astral) and with gaps at both ends; a text with no gap comes back as it is."""
    rng = random.Random(45)
    pieces = ["甲", "乙丙", " ", "\n", "\u3000", " \n ", "\n\n", "，", "ab", "\t", "\u4dbf", "\u4dc0", "\u33ff"]
    pieces += ["\U00020000", "é", "\r\n", "\u9fff\ua000"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert close_cjk_gaps(text) == _close_cjk_gaps_py(text), repr(text)
    for text in ("", "a b", "é \n", "甲", "甲 ", " 甲", "甲乙", "甲\n\n乙"):
        assert close_cjk_gaps(text) is text or close_cjk_gaps(text) == text
