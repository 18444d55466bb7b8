"""Thread shapes of helper threadshapes33 (issue #12, deliverable 2): Discuz! floors named "楼主", "沙发", "板凳",
"地板", then "5#", read as floor numbers, so a rules box above the post list is neither the article nor a post; a list
of posts too short to carry punctuation is kept by its shape (the varying line of like items under a repeated user
card), not lost to a footer sentence. Pages written for these tests (the author's own text)."""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

from cleaner.extraction import extract_html

_RULES = (
    "本版规定（发帖之前务必阅读）",
    "一、禁止发布任何广告和与本版无关的内容",
    "二、提问标题请写清楚问题的要点，否则移帖",
    "三、回复时请勿使用纯表情灌水",
    "四、问题解决以后请编辑标题注明已解决",
    "五、转载文章须注明原作者与出处",
)
_POSTS = (
    (
        "上个月在老城区租了一间两居室，房东说暖气是集中供暖，可是到现在屋里只有十五度。",
        "物业说管道老化，要等明年才能改造，请问大家遇到这种情况是怎么处理的？",
    ),
    ("可以先找供热公司测温，温度不达标的话按规定是可以申请退费的。",),
    ("我们小区去年也是这样，后来几户人家一起找了街道办，很快就派人来修了。",),
    ("临时的办法是买个电暖器，不过电费要提前和房东说清楚由谁承担。",),
    ("测温的时候记得关好门窗，测量点要在房间中央，离地一米左右。",),
    ("谢谢各位，明天就给供热公司打电话，有结果了再来更新。",),
)
_FLOORS = ("楼主", "沙发", "板凳", "地板", "5#", "6#")


def _post(i: int, paras: tuple[str, ...]) -> str:
    return (
        f"<table id='pid{2000 + i}' class='plhin'><tr><td class='pls'><div class='pi'>住户{i}号</div><dl><dt>积分</dt>"
        f"<dd>{41 * i + 3}</dd><dt>帖子</dt><dd>{13 * i + 1}</dd></dl></td><td class='plc'><div class='authi'>"
        f"<a href='/space-uid-{i}.html'>住户{i}号</a> <em>发表于 2023-12-0{i + 1} 21:1{i}</em> <a href='#'>只看该作者</a> "
        f"<strong>{_FLOORS[i]}</strong></div><div class='pct'><table><tr><td class='t_f'>{'<br />'.join(paras)}</td></tr></table></div></td></tr>"
        f"<tr><td class='plc plm'><div class='po'><a href='#'>回复</a> <a href='#'>举报</a></div></td></tr></table>"
    )


def _frame(main: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>出租屋暖气不热怎么办 - 本地论坛</title></head><body>"
        "<div class='hd'><a href='/'>首页</a> <a href='/f'>版块</a></div><div class='wp'><h1>出租屋暖气不热怎么办</h1>"
        f"{main}</div><div class='ft'><p>本论坛提倡理性交流，所有帖子只代表发帖人自己的观点。</p></div></body></html>"
    )


def _text(html: str) -> str:
    return extract_html(html, url="https://bbs.example.cn/thread-7-1-1.html").text


def test_named_floors_keep_a_rules_box_above_the_posts_out() -> None:
    box = "<div class='notice'>" + "".join(f"<p>{x}</p>" for x in _RULES) + "</div>"
    posts = "".join(_post(i, p) for i, p in enumerate(_POSTS))
    out = _text(_frame(f"{box}<div id='postlist'>{posts}</div>{box}"))
    assert out.splitlines() == [x for p in _POSTS for x in p]


_TINY = ("顶一下", "同问", "mark", "学习了", "插眼", "围观中", "说得对", "求链接", "已收藏", "蹲一个后续", "感谢分享")


def _tiny_page(cards: list[list[str]]) -> str:
    items = "".join(
        "<div class='post'><div class='u-box'>"
        + "".join(f"<div class='u-line'>{x}</div>" for x in card)
        + f"</div><div class='p-text'>{text}</div></div>"
        for card, text in zip(cards, _TINY, strict=True)
    )
    return _frame(f"<div class='thread'>{items}</div>")


def test_posts_without_punctuation_are_kept_by_their_shape() -> None:
    cards = [[f"网友{i}号", f"Lv.{i + 2}", f"积分 {97 * i + 11}"][: 1 + i % 3] for i in range(len(_TINY))]
    out = _text(_tiny_page(cards))
    assert out.splitlines() == list(_TINY)  # no user card line, no footer sentence


def test_a_list_of_names_under_prose_posts_stays_chrome() -> None:
    # the varying short line of each item is the poster's name when the posts' prose is in another slot
    items = "".join(
        f"<div class='floor'><div class='who'>楼友{i}号</div><div class='rank'>Lv.{i + 1}</div>"
        f"<div class='said'>{x}</div></div>"
        for i, p in enumerate(_POSTS)
        for x in p[:1]
    )
    out = _text(_frame(f"<div class='floors'>{items}</div>"))
    assert out.splitlines() == [p[0] for p in _POSTS]


_MORE = (
    "我家也是老小区，后来自己加装了地暖，虽然花了点钱，但冬天舒服多了。",
    "供热公司的电话一般在缴费单上就有，打过去说明地址和室温就会登记。",
    "如果是租的房子，改造之前一定要先征得房东的书面同意，免得退租时有纠纷。",
)


def test_first_replies_above_a_load_more_bar_stay_with_the_rest() -> None:
    # the first replies in a comment-named list, a "load more" bar, the rest in a list of another template
    replies = [p[0] for p in _POSTS[1:]] + list(_MORE)
    first = "".join(
        f"<li class='cmt'><span class='nick'>网友{i}</span>：<div class='cmt-text'><p>{x}</p></div>"
        f"<span class='cmt-time'>2024-01-0{i + 1} 08:1{i}</span></li>"
        for i, x in enumerate(replies[:3], 1)
    )
    rest = "".join(
        f"<div class='cmt-row'><div class='cmt-user'>网友{i}</div><div class='cmt-body'>{x}</div>"
        f"<div class='cmt-meta'>2024-01-0{i % 9 + 1} 09:2{i % 9} 回复</div></div>"
        for i, x in enumerate(replies[3:], 4)
    )
    main = (
        f"<div class='main-post'><div class='content'>{''.join(f'<p>{x}</p>' for x in _POSTS[0])}</div></div>"
        f"<ul class='cmt-list'>{first}</ul><div class='more-bar'><a href='javascript:;'>加载更多回复</a></div>"
        f"<div class='more-list'><div class='inner'>{rest}</div></div>"
    )
    out = _text(_frame(main))
    assert out.splitlines() == [*_POSTS[0], *replies]
