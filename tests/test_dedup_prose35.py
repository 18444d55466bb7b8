"""A story crawled as a page's text dump (head, stylesheet and script text, related list, comments, footer) is compared
on its prose block (``collapse.prose_block``, ``collapse._Run._prosed``): its teaser page joins the story, two
pages of one site with different stories stay apart. The stories are dedup_corpus33's sentence frames (no gold text);
the page chrome is written here."""

from __future__ import annotations

import random
import sys

from cleaner.dedup import collapse
from cleaner.dedup.collapse import prose_block
from cleaner.document import Document
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus33


def _news(seed: str) -> dedup_corpus33.News:
    return dedup_corpus33.News(random.Random(seed), n_paras=(7, 7))


def _page(site: str, title: str, body: list[str], n: int) -> str:
    head = [
        f"{title}_国内_{site}",
        ".art_box{margin:0 auto;width:1200px;font-size:16px;color:#333}",
        "var _hmt = _hmt || []; (function() { var hm = document.createElement('script'); })();",
        "首页 | 国内 | 国际 | 财经 | 科技 | 体育 | 专题",
        f"当前位置：首页 > 国内 > 正文 > {n}",
        title,
        f"2025-0{n % 9 + 1}-12 08:3{n % 10}  来源：{site}  作者：记者{n}",
    ]
    tail = [
        "相关新闻",
        "城南新区多措并举推进老旧小区改造",
        "探访河口镇：冷链物流背后的故事",
        "高新区充电设施建设交出成绩单",
        f"网友评论（{n + 3}条）",
        f"{site}网友{n}1：支持，希望早日落地。  5分钟前  回复  赞({n})",
        f"{site}网友{n}2：说得好，看行动吧。  9分钟前  回复  赞({n + 1})",
        f"{site}网友{n}3：我们这里什么时候也能这样？  12分钟前  回复  赞({n + 2})",
        f"{site}网友{n}4：关注中，等后续。  20分钟前  回复  赞({n + 3})",
        "滨江区夜间消费按下快进键",
        "老城区历史文化街区迎来新变化",
        "关于我们 | 联系我们 | 广告服务 | 网站地图 | 法律声明",
        f"Copyright © 2003-2026 {site} All Rights Reserved.",
        f"本网站所刊载信息，不代表{site}观点。未经书面授权，不得转载、摘编或利用其它方式使用上述作品。",
    ]
    return "\n".join([*head, *body, *tail])


def _stories(texts: dict[str, str]) -> list[set[str]]:
    res = collapse([Document(id=k, text=t) for k, t in texts.items()])
    return [{s.doc_id or "" for s in st.sources} for st in res.stories]


def test_the_prose_block_of_a_page_is_its_story() -> None:
    news = _news("p0")
    page = _page("北辰在线", news.title, news.paras, 1)
    block = prose_block(page)
    assert block is not None and page[block[0] : block[1]].endswith("\n".join(news.paras))  # (from the head on:
    assert 0.2 < block[2] < 0.9  # a title with a comma reads as prose, and two chrome lines do not end a block)
    assert prose_block(news.text())[2] > 0.9  # type: ignore[index]  # (a plain story: its block is nearly all of it)
    lead = news.paras[0]
    assert prose_block(f"{lead}\n小标题一\n小标题二\n小标题三\n{'另一段正文，' * 30}") is None  # (a paragraph after it)


def test_a_teaser_page_joins_its_story_and_pages_of_other_stories_stay_apart() -> None:
    joined = 0
    for n in range(6):
        news, other = _news(f"s{n}"), _news(f"o{n}")
        teaser = [*news.paras[:2], "打开APP，阅读全文"]
        texts = {
            "story": news.text(),
            "teaser": _page("北辰在线", news.title, teaser, n),
            "whole": _page("今日江南", news.title, news.paras, n + 1),
            "other": _page("北辰在线", other.title, other.paras[:3], n + 2),
        }
        stories = _stories(texts)
        joined += any({"story", "teaser"} <= s for s in stories) + any({"story", "whole"} <= s for s in stories)
        assert not any({"other", "teaser"} <= s or {"other", "story"} <= s for s in stories)
    assert joined >= 10


def test_a_teaser_page_of_the_bench_seed_joins_its_story() -> None:
    # (dedup_corpus33 bench seed dedupgen33-dev1, tune half: a headline+raw_crawl+split_merge+teaser copy, 3,551
    # characters of page for a 401-character story, 0.32 / 0.52 of each other, refused by every rule on the whole texts)
    docs = dedup_corpus33.build(None, "dedupgen33-dev1")
    res = collapse([Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)])
    story = {s.doc_id: st.id for st in res.stories for s in st.sources}
    copy, original = 501, 302
    assert docs[copy].half == "tune" and docs[copy].story == docs[original].story
    assert "raw_crawl" in docs[copy].kind and docs[original].kind == "original"
    assert story[f"d{copy}"] == story[f"d{original}"]
