"""The independent TW / HK / Macau and mainland portal generator of round 31
(``bench/zh_portal_corpus31.py``) and the staff / ad-slot line rules its tune pages
motivated (``rules/html.toml``): meta editor-date-code "（編輯：X）1130507",
author-site-bar / editor-site-bar "界面新闻记者 | X"; strip exclusive-story
"本文系X独家稿件，"; drop_line staff-roles "责任编辑：X | 版面编辑：Y" and what an
editor rule leaves of it, zh-ad-slot "廣告" / "請繼續往下閱讀...", app-pitch
"立即下載X App，接收…"; and the TW / HK shapes of daniel_zh tune pages: like-share
"分享|", author-slash "文/記者X", origin-author-slash "台灣醒報／X", origin-url
"資料來源：http://…", font-size-control "調整字體︰大中小", origin-bare "中國時報",
zh-news-flash "新聞速報". Generated pages are tune
pages of the dev seed ``twportal31-dev1``; the fresh seeds of the round's report are
never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.text.textclean import clean_lines
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
SEED = "twportal31-dev1"
P1 = "惠誉评级周二表示，希腊债务将违约，尽管此次违约可能是有序的，市场对此早有准备。"
P2 = "标普评级负责欧洲主权信用评级的主管早前亦曾表示，希腊不久将发生债务违约，投资者需要保持警惕。"


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("（编辑：武娥华）1131206", {"editor": "武娥华"}),
        ("责任编辑：方娜 | 版面编辑：陶静", {"editor": "方娜"}),
        ("| 版面编辑：陶静", {}),
        ("图片编辑：李明", {}),
        ("责任编辑：王刚\u3000图片编辑：李明", {"editor": "王刚"}),
        ("新京报记者 张三 编辑 李四 校对 王五", {}),
        ("界面新闻记者 | 朱娜浩", {"author": "朱娜浩"}),
        ("界面新闻编辑 | 马林磊", {"editor": "马林磊"}),
        ("本文系观察者网独家稿件，未经授权，不得转载。", {}),
        ("广告", {}),
        ("请继续往下阅读...", {}),
        ("立即下载香港01 App，接收最新新闻推送", {}),
        ("分享|", {}),
        ("文/记者范维", {"author": "范维"}),
        ("文/新京报记者 张三", {"author": "张三"}),
        ("台湾醒报／林宜静", {"author": "林宜静"}),
        ("调整字体︰大中小", {}),
        ("字级 小 中 大", {}),
        ("中国时报", {}),
        ("中央社", {}),
        ("新闻速报", {}),
    ],
)
def test_staff_and_slot_line_between_paragraphs_goes(line: str, meta: dict[str, str]) -> None:
    cleaned = clean_lines([P1, line, P2])
    assert cleaned.lines == [P1, P2]
    assert {k: v for k, v in cleaned.meta.items() if k in ("editor", "author")} == meta


@pytest.mark.parametrize(
    "line",
    [
        "记者从市编辑部获悉，此次活动将持续到月底。",
        "图片编辑是一份需要耐心的工作，他做了十年。",
        "本文系作者原创文章，欢迎讨论。",
        "广告牌被大风吹倒，砸中路边停放的两辆汽车。",
        "下载该软件的用户中，有三成会在一周内将其删除。",
        "分享到朋友圈后，他收到了很多留言。",
        "文/图",
        "上海/北京",
        "大中小学生",
        "字体大小不一，排版混乱。",
        "中国时报记者昨天在台北采访了多位市民。",
        "新闻速报栏目今天改版，增加了视频内容。",
    ],
)
def test_prose_like_the_chrome_stays(line: str) -> None:
    assert line in clean_lines([P1, line, P2]).lines


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
def test_generator_pages() -> None:
    """Every kind's pages hold their gold paragraphs; TW / HK / Macau pages are Traditional, the HK ones Big5 bytes
    on most pages; both halves on one seed."""
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_portal_corpus31 as gen

    pages = gen.build(DATA, SEED)
    assert {p.half for p in pages} == {"tune", "check"}
    assert {p.kind for p in pages} == set(gen.KINDS)
    assert any(isinstance(p.html, bytes) for p in pages if p.kind == "mingpao")
    for p in pages:
        shown = gen._norm(gen._shown31(p.html))
        assert gen._norm(p.gold.splitlines()[0])[:8] in shown or isinstance(p.html, bytes), p.id
        if p.lang in ("tw", "hk", "mo"):
            assert any(ch in p.gold for ch in "們這為個國時報導記聞說對會來發經與實際"), p.id


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
def test_tune_pages_lose_staff_lines() -> None:
    """Tune pages whose CNA closing editor line, 财新 "| 版面编辑" rest, 界面 site bylines and 观察者网 notice rest
    stayed in the text at base."""
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_portal_corpus31 as gen
    from zh_portal_corpus import Text

    from tests.gen_checks import assert_tune_pages

    text = Text.load(DATA)
    assert_tune_pages(gen, text, SEED, [("cna", 0), ("cna", 2), ("cna", 6), ("guancha", 1), ("hk01", 10)])
    from cleaner.extraction import extract_html

    for kind, i, gone in (("caixin", 4, "版面编辑"), ("caixin", 11, "版面编辑"), ("jiemian", 4, "界面新闻记者")):
        p = gen.build_page(kind, i, text, SEED)
        assert p.half == "tune"
        out = extract_html(p.html, url=gen._url(p)).text
        assert gone not in out, p.id
        assert gen._norm(p.gold.splitlines()[-1])[:12] in gen._norm(out), p.id


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("page_id", "gone"),
    [
        ("20120112_life.chinatimes.com_5375b75269ebe534bfb781bcbb5de122298e963b53fd9f39f1c5ce9b", "台灣醒報／林宜靜"),
        ("20120117_news.sina.com.hk_9991c167586e783988fe63566bea957ed525434f3dce3db6ef1906c0", "調整字體"),
        ("20120112_life.chinatimes.com_573cd3fd8488fd31e9ed6e8fc96baf075e34cb230dd81ae539a3dc19", "中國時報"),
        ("20120112_life.chinatimes.com_8167f3a10d4334a46d0afd693aba4a1", "新聞速報"),
        ("20120117_news.sina.com.hk_d6cd3fe9f4068683084de1736089283335131103b6b763f3230f6c1e", "文/記者"),
        ("20120112_news.sina.com.tw_a93cb0df09f78a2fdc8ab8e09275bb397f35103a5d516b989b79633f", "資料來源"),
    ],
)
def test_daniel_tw_hk_tune_page_chrome_goes(page_id: str, gone: str) -> None:
    """daniel_zh tune pages of TW / HK portals whose byline, font-size control or source URL line stayed."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_extract import load_set
    from halves import TUNE

    from cleaner.extraction import extract_html

    page = next(p for p in load_set(DATA, "daniel_zh", None, (TUNE,)) if p.id.startswith(page_id))
    text = extract_html(page.html, url=page.url).text
    assert gone not in text
    assert page.gold.strip().splitlines()[-1].strip()[:10] in text
