"""Property tests: cleaning never raises, and cleaning clean text changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.text.textclean import clean_dump, clean_text
from tests.textpieces import PIECES

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_never_raises(text: str) -> None:
    for item in clean_dump(text, source="x"):
        assert item is not None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_cleaning_clean_text_changes_nothing(text: str) -> None:
    for doc in clean_text(text):
        again = [d for d in clean_dump(doc.text, title=doc.title or None) if not hasattr(d, "reason")]
        assert [d.text for d in again] == [doc.text]  # type: ignore[union-attr]


def test_cutting_a_phrase_out_of_a_line_leaves_one_space() -> None:
    """Found by hypothesis: the spaces around a cut share prompt were left doubled, so cleaning twice differed."""
    text = "用微信扫码二维码用微信扫码二维码\n用微信扫码二维码 分享至好友和朋友圈 用微信扫码二维码"
    (doc,) = clean_text(text)
    assert "  " not in doc.text
    assert [d.text for d in clean_text(doc.text)] == [doc.text]
