"""Golden tests on *tune* pages of the modern Chinese community generator of round 22 (``bench/zh_forum_corpus22.py``:
server-rendered Q&A, review, microblog, note and self-media pages), and small pages of the same shapes written here.
The paragraphs are drawn at run time from the shared extraction sets' tune golds, so the tests name chrome strings
only. Check pages are only scored (``python bench/zh_forum_corpus22.py --score``); the fresh seeds of the round's
report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_forum_corpus22 reads its paragraphs from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_forum_corpus22

DEV = "forum22-dev1"
"""A development seed of round 22 (apart from the default seed's halves and from the report's fresh seeds)."""


def test_zhihu_short_answers_beside_related_questions() -> None:
    """One-sentence answers beside a card of related questions whose links and "N 个回答" counts run into one line:
    the answers stay and the run of links goes (content.link_run; was: read as one punctuated paragraph wrapped in
    links, and chosen as the text). The authors' headline bios beside one-sentence answers still stay (left)."""
    assert zh_forum_corpus22.page_half("zhihu_answers_0") == "tune"
    assert_golden_page(zh_forum_corpus22, DEV, "zhihu_answers_0", tuple(zh_forum_corpus22.RELATED))


def test_selfmedia_author_card_bio_goes() -> None:
    """A self-media article's author card (name, one-sentence bio, 粉丝 count, a "关注" button) between its byline and
    its one paragraph: the card goes (content._profile_cards from a follow button; was: the bio kept above the text)."""
    assert zh_forum_corpus22.page_half("selfmedia_wall_0") == "tune"
    assert_golden_page(zh_forum_corpus22, DEV, "selfmedia_wall_0", (*zh_forum_corpus22.BIOS, "粉丝"))


_BODY = (
    "今年夏天我们一家人去了一趟西北，从兰州出发一路向西，沿着河西走廊走到了敦煌，前后一共用了十二天的时间。",
    "路上最难忘的是在张掖看到的丹霞地貌，傍晚的阳光照在山上，颜色一层一层地变化，让人久久不愿离开。",
)
_BIO = "一个喜欢到处走走的普通上班族，周末写写游记，记录路上遇到的人和事。"


def _card_page(button: str) -> str:
    return (
        "<html><head><title>西北十二天</title></head><body><div class='wrap'><h1>西北十二天</h1>"
        "<div class='info'>2024-08-02 来源：小林</div>"
        f"<div class='card'><a href='#'>小林</a><p class='desc'>{_BIO}</p><span>粉丝 2.3万</span>{button}</div>"
        f"<div class='body'>{''.join(f'<p>{p}</p>' for p in _BODY)}</div></div></body></html>"
    )


def test_author_card_around_a_follow_button_goes() -> None:
    text = extract_html(_card_page("<button>关注</button>")).text
    assert all(p in text for p in _BODY)
    assert _BIO not in text


def test_a_card_without_a_follow_control_keeps_its_sentence() -> None:
    """No follow button or link: the box is nothing known, its sentence is not dropped as a bio."""
    text = extract_html(_card_page("")).text
    assert all(p in text for p in _BODY)
    assert _BIO in text


def test_a_paragraph_wrapped_in_one_link_is_still_prose() -> None:
    """The linked-paragraph exception stands when the links do not go on after plain text."""
    para = "<a href='/a'>" + _BODY[0] + _BODY[1] + "</a>"
    html = f"<html><body><div class='main'><p>{para}</p><p>{_BODY[1]}</p></div></body></html>"
    text = extract_html(html).text
    assert _BODY[0] in text


def test_a_post_header_with_a_follow_button_keeps_the_post() -> None:
    """A post's own card (name, time, a "+关注" button, its first sentence) above the rest of the text shows no
    author counts: no author card, the sentence stays (content._profile_cards asks a button-seeded card for a
    counter)."""
    post = "今天终于把拖了半年的装修收尾了，晚上请来帮忙的朋友们一起吃顿火锅庆祝一下。"
    more = (
        "装修前后一共花了八个多月，中间换过一次施工队，好在最后的效果还算满意，家里人都很喜欢。",
        "最想感谢的是几位老同学，从选材料到搬家具，每个周末都过来帮忙，一句怨言都没有。",
    )
    html = (
        "<html><body><div class='detail'><div class='card'><div class='head'><a href='#'>小林</a><span>3小时前</span>"
        f"<button>+关注</button></div><div class='text'>{post}</div></div>"
        + "".join(f"<p>{m}</p>" for m in more)
        + "</div></body></html>"
    )
    text = extract_html(html).text
    assert post in text
    assert all(m in text for m in more)
