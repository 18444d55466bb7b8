"""The Hyperscan literal finder that rules pages out before a regex search of their text (WeChat's date)."""

from __future__ import annotations

import pytest

from cleaner.extraction.metadata import wechat_date
from cleaner.rules.prefilter import literal_finder

pytest.importorskip("hyperscan")


def test_literal_finder_says_whether_a_literal_is_there() -> None:
    finder = literal_finder((b"var ct", b"\xe4\xb8\xad"))
    assert finder is not None
    assert finder(b"<script>var ct = '1'</script>") is True
    assert finder("中文".encode()) is True
    assert finder(b"var c t; var  ct") is False
    assert finder(b"") is False
    assert literal_finder((b"var ct", b"\xe4\xb8\xad")) is finder  # one per process


@pytest.mark.parametrize(
    "html",
    [
        '<script>var ct = "1659274471";</script>',
        "<script>var ct='1659274471'</script>",
        '<script>var ct\u3000=\u3000"1659274471"</script>',  # a Unicode space: the regex's \s takes it
        '<script>var ct = "165927447"</script>',  # nine digits: no date
        "<p>微信 var c t = 1659274471</p>",
        "<p>no script at all</p>",
    ],
)
def test_wechat_date_with_the_bytes_is_the_text_search(html: str) -> None:
    assert wechat_date(html, html.encode("utf-8", "ignore")) == wechat_date(html)
