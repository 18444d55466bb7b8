"""A thread's text holds no group of lines twice when the page renders one box twice in a template of its own (a
rules box after the first post and again after the last); a text the page says again in the posts' template, or in a
quote, stays (helper dupgroup32, issue #12)."""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

from cleaner.extraction import extract_html

_RULES = (
    "本版版规（发帖前请读）",
    "一、不得发布广告和无关内容",
    "二、标题要写清楚问题",
    "三、请勿纯表情灌水",
    "四、解决后请改标题",
    "五、违者封禁三天",
)
_POSTS = (
    (
        "昨天去了城东新开的那家书店，环境很安静，适合周末带孩子去坐坐。",
        "店里二楼有一个小咖啡角，价格也不贵，推荐大家去看看。",
    ),
    ("我上周也去了，儿童绘本区的书特别多，孩子看了一下午都不肯走。",),
    ("请问那边停车方便吗？我开车过去的话担心找不到车位。",),
    ("地下有停车场，前两个小时免费，周末人多的话最好早点去。",),
    ("谢谢分享，这周六就带家里的小朋友过去转一转。",),
)


def _post(i: int, paras: tuple[str, ...], extra: str = "") -> str:
    body = "<br />".join(paras)
    return (
        f"<table id='pid{1000 + i}' class='plhin'><tr><td class='pls'><div class='pi'>用户{i}号</div><dl><dt>积分</dt>"
        f"<dd>{37 * i + 5}</dd><dt>帖子</dt><dd>{11 * i + 2}</dd></dl></td><td class='plc'><div class='authi'>"
        f"<a href='/space-uid-{i}.html'>用户{i}号</a> <em>发表于 2024-03-0{i + 1} 10:2{i}</em> <a href='#'>只看该作者</a></div>"
        f"<div class='pct'><table><tr><td class='t_f' id='postmessage_{i}'>{body}{extra}</td></tr></table></div></td></tr>"
        f"<tr><td class='plc plm'><div class='po'><a href='#'>回复</a> <a href='#'>支持</a> <a href='#'>举报</a></div></td></tr></table>"
    )


def _page(posts: list[str], box_twice: bool = True) -> str:
    """The posts with a rules box after the first and (``box_twice``) again after the last, in the post list."""
    box = "<div class='rules'>" + "".join(f"<p>{x}</p>" for x in _RULES) + "</div>"
    listed = [posts[0], box, *posts[1:], box if box_twice else ""]
    return (
        "<html><head><meta charset='utf-8'><title>城东新开的书店值得去吗 - 本地论坛</title></head><body>"
        "<div class='hd'><a href='/'>首页</a> <a href='/f'>版块</a></div><div class='wp'><h1>城东新开的书店值得去吗</h1>"
        f"<div id='postlist'>{''.join(listed)}</div>"
        "<div class='fastpost'><textarea></textarea><button>发表回复</button></div></div></body></html>"
    )


def _text(html: str) -> str:
    return extract_html(html, url="https://bbs.example.cn/thread-1-1-1.html").text


def test_a_rules_box_shown_twice_in_the_thread_is_left_out() -> None:
    out = _text(_page([_post(i, p) for i, p in enumerate(_POSTS)]))
    assert [x for p in _POSTS for x in p] == out.splitlines()
    assert not any(r in out for r in _RULES)


def test_a_quoted_post_said_again_stays() -> None:
    quote = "<blockquote class='quote'>" + "<br />".join(_POSTS[0] + _POSTS[1]) + "</blockquote>"
    posts = [_post(i, p) for i, p in enumerate(_POSTS)]
    posts[3] = _post(3, _POSTS[3], quote)
    out = _text(_page(posts))
    for x in _POSTS[0] + _POSTS[1]:
        assert out.count(x) == 2


def test_a_post_said_twice_in_the_posts_template_stays() -> None:
    said = (
        "我也想问同样的问题，那边的绘本可以借回家看吗？",
        "如果可以办卡的话，年卡大概多少钱？",
        "有去过的朋友说一下吧。",
    )
    posts = [_post(i, p) for i, p in enumerate(_POSTS)]
    posts[2] = _post(2, said)
    posts.append(_post(5, said))
    out = _text(_page(posts))
    for x in said:
        assert out.count(x) == 2
