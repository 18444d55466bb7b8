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
