"""Property tests: cleaning never raises, and cleaning clean text changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.textclean import clean_dump, clean_text

# Text built from pieces that trigger the rules: portal suffixes, aggregator markers,
# boilerplate lines, metadata lines, punctuation of both widths, icon glyphs, odd spaces.
PIECES = [
    "用微信扫码二维码",
    "分享至好友和朋友圈",
    "为您推荐:",
    "换一换",
    "责任编辑:张三",
    "本文来源:新京报",
    "(原标题:某事)",
    "_网易财经",
    "_百度知道",
    "《某标题》 精选一",
    "《某标题》 精选二",
    ">> THE END <<",
    "转载请联系原作者。",
    "当前位置 > 首页 > 新闻",
    "Current location - Home - News",
    "\ue001",
    "\u3000",
    "\u200b",
    "。",
    "!",
    "?",
    ",",
    "\n",
    "\n\n",
    " ",
    "作者| 某人来源|某处",
    "----",
    "我要回帖",
    "今天天气很好,我们一起去公园散步。",
    "The market rose sharply on Monday after the announcement.",
]
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
