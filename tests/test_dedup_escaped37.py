"""A text whose HTML references were escaped a second time (``&amp;nbsp;``, ``&amp;#65292;``: two converters one after
the other) reads as the text (normaliser 9, ``normalize.unmark_html``); normaliser 8 reads it as it did, and a state
of version 8 keeps it. Real SQLite states."""

from __future__ import annotations

import random
from pathlib import Path

from cleaner.dedup import DedupParams
from cleaner.dedup.normalize import NORMALIZER_VERSION, READABLE_NORMALIZERS, normalize, unmark_html
from cleaner.state import open_state
from tests.dedup_texts import sentences as _sentences
from tests.dedup_texts import story_numbers as _stories


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


def test_a_state_of_normaliser_8_keeps_it(tmp_path: Path) -> None:
    assert NORMALIZER_VERSION == "9" and "8" in READABLE_NORMALIZERS
    with open_state(tmp_path / "s.db", DedupParams(normalizer_version="8")) as st:
        st.save()
    with open_state(tmp_path / "s.db", DedupParams()) as st:
        assert st.params.normalizer_version == "8"
