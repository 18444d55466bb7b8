"""A sixth, independent generated corpus: modern Chinese Q&A, forum and article pages (issue #12, round 15).

Written before reading the extraction code of round 15 and apart from the five earlier generators (their authors
also wrote the rules, so their pages share their blind spots). The markup follows how these sites' public pages
are built as the author knows them; no third-party page is copied:

* Q&A and threads (the gold is the question / first post and every answer / reply, in page order):
  a Zhihu-like question page (``QuestionHeader`` detail, ``List-item`` / ``ContentItem AnswerItem`` /
  ``RichContent-inner`` answers, "赞同 1.2 万", "发布于 / 编辑于", "展开阅读全文", "写回答", "打开知乎App");
  a Zhidao-like page ("最佳答案" with "采纳率", "其他 N 条回答", "你对这个回答的评价是？", "为你推荐" with
  answer summaries); a Tieba-like thread (``l_post`` floors, "1楼" tails, "回复(3)" and ``lzl`` sub-replies,
  which belong to the gold, "只看楼主", an ad floor); a Douban-group topic ("来自:", replies with "回应" /
  "赞 (3)" and quoted replies, a "最赞回应" box repeating some replies above the full list); a V2EX-like
  topic ("次点击", an appended note "第 1 条附言", replies of ``cell`` tables, "♥ 2"); a Weibo-like detail
  page (the post and its comments, "转发 / 评论 / 赞" bars, sub-replies); a Discuz! touch (mobile) thread
  ("楼主 / 沙发 / 板凳 / 地板" labels, "本帖最后由 … 编辑", a reply form).
* Articles (the gold is the article alone; comments, recommendations with summaries, toolbars are chrome):
  a Zhihu column post (comments, "推荐阅读" with summaries), a Jianshu-like post of hashed class names
  ("阅读 12,345", "赞赏支持", "推荐阅读" with summaries), a CSDN-like blog (code blocks with line numbers and
  "登录复制", "版权声明", "文章标签", a recommendation list with summaries, comments, "打赏"), a Juejin-like post
  ("复制代码", tags, comments, a recommended-entries list with abstracts), a WeChat-mp-like article (section
  soup, "阅读原文", "微信扫一扫 关注该公众号", "预览时标签不可点", "往期推荐" inside the content, 留言),
  a Toutiao-like article ("举报", "收藏", comments, "相关推荐") and a Baijiahao-like article ("举报/反馈",
  "为你推荐" with summaries).

Three *shapes* per engine: ``base`` (1-3 paragraph first post / a 4-6 paragraph article, 3-8 replies or
comments), ``long`` (5-8 paragraphs, 2-4 replies) and ``mixed`` (replies or comments mixing prose with one-liners).

Post texts are paragraphs of the *tune* halves' gold texts of the shared extraction sets, read at run time
(``thread_corpus4.texts``). Gold: no title, user names, dates, counts, floor labels, buttons; a quoted reply's
text included (it is on the page inside the reply), a code line included.

Pages split by :func:`page_half` (per shape, engines ranked by a hash of ``threads6/<id>`` alternate tune and
check). Tune on the tune half, read only the check half's scores.

    python bench/thread_corpus6.py --score            # cleaner (and trafilatura), tune and check, per shape
    python bench/thread_corpus6.py --verbose          # and each tune page's problems
    python bench/thread_corpus6.py --dump ID          # a tune page's html, gold and output (tune pages only)
    python bench/thread_corpus6.py --seed S --score   # fresh pages of the same layouts (halves mean nothing)
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from thread_corpus4 import texts
from thread_score import ThreadPage

SET = "threads6"
PID = ' data-pid="x"'
TRACK = ' data-track="1"'
SHAPES = ("base", "long", "mixed")

USERS = ["晚风与月", "一只小透明", "老王在路上", "Kevin_Zhang", "程序猿小李", "豆芽菜", "橘子汽水", "无名之辈", "深海的鱼", "码农阿飞", "知乎用户", "匿名用户"]
ONE_LINERS = ["说得对", "已收藏，感谢分享", "蹲一个后续", "哈哈哈哈哈", "同问", "赞同楼上", "mark", "涨知识了", "楼主好人", "顶顶顶", "有道理", "插眼"]
HEADLINES = ["互联网从业者", "某厂后端工程师", "历史爱好者", "心理学硕士", "独立摄影师", "中学老师"]
TOPICS = ["生活", "科技", "社会", "教育", "职场", "互联网"]
CODE = [
    ["import requests", "resp = requests.get(url, timeout=10)", "print(resp.status_code)"],
    ["const list = items.filter(x => x.active);", "console.log(list.length);"],
    ["SELECT user_id, COUNT(*) FROM orders", "GROUP BY user_id HAVING COUNT(*) > 3;"],
    ["git checkout -b feature/login", "git push origin feature/login"],
]


@dataclass
class Post:
    paras: list[str]
    user: str
    quote: str = ""  # a quoted earlier reply's text (shown inside this reply; in the gold)
    subs: list[str] = field(default_factory=list)  # sub-replies (Tieba lzl, Weibo): in the gold
    code: list[str] = field(default_factory=list)  # code lines after the first paragraph: in the gold


@dataclass
class Page(ThreadPage[Post]):
    """A thread (posts: the first post and the replies) or an article (posts[0] is the article)."""

    article: bool = False
    heads: list[str] = field(default_factory=list)  # an article's subheads (in the gold, before paragraph 2k+2)
    chrome: set[str] = field(default_factory=set)
    html: str = ""

    @property
    def kind(self) -> str:
        return "article" if self.article else "qa"

    def kept(self) -> list[list[str]]:
        out = []
        for k, p in enumerate(self.posts[:1] if self.article else self.posts):
            paras = ([p.quote] if p.quote else []) + p.paras[:1] + p.code + p.paras[1:] + p.subs
            if self.article and k == 0 and self.heads:
                paras = self._with_heads(p)
            out.append(paras)
        return out

    def _with_heads(self, p: Post) -> list[str]:
        out: list[str] = []
        for i, para in enumerate(p.paras):
            if i == 1:
                out.extend(p.code)
            if i >= 2 and i % 2 == 0 and (i // 2 - 1) < len(self.heads):
                out.append(self.heads[i // 2 - 1])
            out.append(para)
        return out

    def gold(self) -> str:
        return "\n".join(x for paras in self.kept() for x in paras)


def c(page: Page, *strings: str) -> None:
    page.chrome.update(strings)


def ts(rng: random.Random) -> str:
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def num(rng: random.Random) -> str:
    n = rng.randint(3, 40000)
    return f"{n / 10000:.1f} 万" if n >= 10000 else f"{n:,}"


def ps(paras: list[str], tag: str = "p", attr: str = "") -> str:
    return "".join(f"<{tag}{attr}>{x}</{tag}>" for x in paras)


def body_paras(page: Page, p: Post, tag: str = "p", attr: str = "", head: str = "h2", code: Callable[[list[str]], str] | None = None) -> str:
    """An article or post body: paragraphs, the code block after the first, subheads before paragraphs 2, 4, ..."""
    out = []
    for i, para in enumerate(p.paras):
        if i == 1 and p.code and code is not None:
            out.append(code(p.code))
        if page.article and i >= 2 and i % 2 == 0 and (i // 2 - 1) < len(page.heads):
            out.append(f"<{head}>{page.heads[i // 2 - 1]}</{head}>")
        out.append(f"<{tag}{attr}>{para}</{tag}>")
    return "".join(out)


_USED: set[str] = set()  # the page being built's paragraphs (no recommendation summarises one)


def summaries(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Recommended items: a title and a one-sentence summary of prose that is not in the gold."""
    pool = paragraphs()
    out = []
    for _ in range(n):
        s = pool[rng.randrange(len(pool))]
        while s in _USED:
            s = pool[rng.randrange(len(pool))]
        out.append((s[:14].rstrip("，。、；：") + "？", s[: rng.randint(40, 70)] + "…"))
    return out


def html_doc(title: str, body: str, site: str) -> str:
    return f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width'><title>{title} - {site}</title></head><body>{body}</body></html>"


# ---------------------------------------------------------------- Q&A and threads


def zhihu_q(page: Page, rng: random.Random) -> str:
    q, answers = page.posts[0], page.posts[1:]
    c(page, "打开知乎App", "写回答", "邀请回答", "关注问题", "人赞同了该回答", "条评论", "展开阅读全文", "相关问题", "京ICP证110745号", "被浏览", "默认排序", "查看全部", "IP 属地")
    topics = "".join(f"<div class='Tag QuestionTopic'><span class='Tag-content'><a class='TopicLink' href='/topic/{rng.randint(10**7, 10**8)}'><div class='Popover'>{t}</div></a></span></div>" for t in rng.sample(TOPICS, 3))
    items = []
    for k, a in enumerate(answers):
        collapsed = " RichContent--collapsed is-collapsed" if k % 3 == 1 else ""
        more = "<button class='Button ContentItem-more Button--plain'>展开阅读全文<span>​</span></button>" if collapsed else "<button class='Button ContentItem-action ContentItem-rightButton Button--plain'><span class='RichContent-collapsedText'>收起</span></button>"
        stamp = f"编辑于 {ts(rng)}" if k % 2 else f"发布于 {ts(rng)}"
        items.append(
            f"<div class='List-item' tabindex='0'><div class='ContentItem AnswerItem' data-za-index='{k}' itemprop='answer' itemscope itemtype='http://schema.org/Answer'>"
            f"<div class='ContentItem-meta'><div class='AuthorInfo AnswerItem-authorInfo' itemprop='author'><span class='UserLink AuthorInfo-avatarWrapper'><img class='Avatar AuthorInfo-avatar' src='/a{k}.jpg' alt='{a.user}'></span>"
            f"<div class='AuthorInfo-content'><div class='AuthorInfo-head'><span class='UserLink AuthorInfo-name'><a class='UserLink-link' href='/people/u{k}'>{a.user}</a></span></div>"
            f"<div class='AuthorInfo-detail'><div class='AuthorInfo-badge'><div class='ztext AuthorInfo-badgeText'>{rng.choice(HEADLINES)}</div></div></div></div></div>"
            f"<div class='AnswerItem-extraInfo'><span class='Voters'><button class='Button Button--plain'>{rng.randint(2, 9999):,} 人赞同了该回答</button></span></div></div>"
            f"<meta itemprop='upvoteCount' content='{rng.randint(2, 9999)}'>"
            f"<div class='RichContent RichContent--unescapable{collapsed}'><div class='RichContent-inner'><span class='RichText ztext CopyrightRichText-richText css-olurbu' itemprop='text'>"
            f"{ps(a.paras, 'p', PID)}</span>{more}</div>"
            f"<div><div class='ContentItem-time'><a target='_blank' href='/question/1/answer/{k}'><span data-tooltip='{stamp}'>{stamp}</span></a>・IP 属地{rng.choice(['北京', '广东', '上海'])}</div></div>"
            f"<div class='ContentItem-actions RichContent-actions'><span><button class='Button VoteButton VoteButton--up'><span>​赞同 {num(rng)}</span></button><button class='Button VoteButton VoteButton--down'></button></span>"
            f"<button class='Button ContentItem-action'>​{rng.randint(1, 999)} 条评论</button><button class='Button ContentItem-action'>分享</button><button class='Button ContentItem-action'>收藏</button><button class='Button ContentItem-action'>喜欢</button></div></div></div></div>"
        )
        if k == 0 and len(answers) > 2:
            items.append(f"<div class='Card ViewAll'><a class='QuestionMainAction ViewAll-QuestionMainAction' href='/question/1'>查看全部 {len(answers) + rng.randint(5, 90)} 个回答</a></div>")
    similar = "".join(f"<div class='SimilarQuestions-item'><a href='/question/{rng.randint(10**8, 10**9)}'>{t}</a> <span>{rng.randint(3, 900)} 个回答</span></div>" for t, _ in summaries(rng, 5))
    body = (
        f"<div id='root'><div class='App'><header class='AppHeader'><a href='/' aria-label='知乎'>知乎</a><nav><a href='/'>首页</a><a href='/xen/vip'>知乎知学堂</a><a href='/explore'>发现</a><a href='/question/waiting'>等你来答</a></nav><form class='SearchBar'><input type='text' placeholder='搜索'><button>搜索</button></form><button>提问</button></header>"
        f"<main role='main' class='App-main'><div class='QuestionPage' itemscope itemtype='http://schema.org/Question'><meta itemprop='name' content='{page.title}'>"
        f"<div class='QuestionHeader'><div class='QuestionHeader-content'><div class='QuestionHeader-main'><div class='QuestionHeader-tags'><div class='QuestionHeader-topics'>{topics}</div></div>"
        f"<h1 class='QuestionHeader-title'>{page.title}</h1><div><div class='QuestionRichText QuestionRichText--expandable'><div><span class='RichText ztext css-olurbu' itemprop='text'>{ps(q.paras)}</span><button class='Button QuestionRichText-more Button--plain'>显示全部 ​</button></div></div></div></div>"
        f"<div class='QuestionHeader-side'><div class='NumberBoard QuestionFollowStatus-counts'><div class='NumberBoard-item'><div class='NumberBoard-itemName'>关注者</div><strong class='NumberBoard-itemValue'>{rng.randint(20, 99999):,}</strong></div><div class='NumberBoard-item'><div class='NumberBoard-itemName'>被浏览</div><strong class='NumberBoard-itemValue'>{rng.randint(10**4, 10**7):,}</strong></div></div></div></div>"
        f"<div class='QuestionHeader-footer'><div class='QuestionButtonGroup'><button class='Button FollowButton'>关注问题</button><button class='Button'>写回答</button></div><div class='QuestionHeaderActions'><button>邀请回答</button><button>好问题 {rng.randint(1, 99)}</button><button>添加评论</button><button>分享</button></div></div></div>"
        f"<div class='Question-main'><div class='ListShortcut'><div class='Question-mainColumn'><div class='Card AnswersNavWrapper'><div class='List'><div class='List-header'><h4 class='List-headerText'><span>{len(answers)} 个回答</span></h4><div class='List-headerOptions'><button>默认排序</button></div></div>"
        f"<div>{''.join(items)}</div></div></div></div></div>"
        f"<div class='Question-sideColumn'><div class='Card'><div class='Card-header SimilarQuestions-title'><div class='Card-headerText'>相关问题</div></div><div class='Card-section SimilarQuestions-list'>{similar}</div></div>"
        f"<footer class='Footer'><a>刘看山</a><a>知乎指南</a><a>知乎协议</a><a>知乎隐私保护指引</a><br><a>应用</a><a>工作</a><a>申请开通机构号</a><br><a>侵权举报</a><a>网上有害信息举报专区</a><br><span>京 ICP 证 110745 号</span><span>京ICP证110745号</span><span>违法和不良信息举报：010-82716601</span></footer></div></div></div></main>"
        f"<div class='Modal-wrapper'><div class='signFlowModal'><p>打开知乎App</p><p>在「我的页」右上角打开扫一扫</p><p>其他扫码方式：微信</p><p>下载知乎App</p></div></div></div></div>"
    )
    return html_doc(page.title, body, "知乎")


def zhidao(page: Page, rng: random.Random) -> str:
    q, best, others = page.posts[0], page.posts[1], page.posts[2:]
    c(page, "最佳答案", "采纳率", "擅长", "你对这个回答的评价是", "为你推荐", "其他", "展开全部", "已赞过", "已踩过", "本回答由提问者推荐", "百度知道", "使用百度前必读", "提交回答", "财富值")
    related = "".join(f"<li class='related-item'><a class='related-link' href='/question/{rng.randint(10**8, 10**9)}.html'><span class='related-restrict-title'>{t}</span></a><p class='related-answer'>{s}</p><span class='related-num'>{rng.randint(1, 30)}个回答</span></li>" for t, s in summaries(rng, 5))

    def foot() -> str:
        return "<div class='wgt-eva'><span class='evaluate evaluate-32' data-evaluate='1'><b>已赞过</b></span><span class='evaluate evaluate-bad' data-evaluate='2'><b>已踩过</b></span><span class='evaluate-tip'>你对这个回答的评价是？</span><a class='comment'>评论</a><a class='fold'>收起</a></div>"

    answers = "".join(
        f"<div class='bd answer' id='answer-{k}'><div class='line'><div class='grid-r f-aid'><div class='wgt-replyer-all'><a class='user-name' href='/usercenter'>{a.user}</a><span class='grid-r f-light'>{ts(rng)}</span></div></div>"
        f"<div class='answer-text mb-10 line' id='answer-content-{k}'><span class='con'>{'<br><br>'.join(a.paras)}</span></div><div class='wgt-answers-mask'><span class='wgt-answers-showbtn'>展开全部</span></div></div>{foot()}</div>"
        for k, a in enumerate(others)
    )
    body = (
        f"<div id='userbar'><a href='https://www.baidu.com/'>百度首页</a><a>登录</a><a>注册</a></div>"
        f"<div id='header'><div class='logo'><a href='/'>百度知道</a></div><form><input name='word'><button>搜索答案</button><button>我要提问</button></form><ul class='nav'><li>首页</li><li>问题</li><li>全部问题</li><li>知道日报</li><li>知道大数据</li><li>知道商城</li><li>知道福利</li></ul></div>"
        f"<div id='body' class='container'><div class='layout-wrap'><div class='grid' id='qb-content'><article class='grid qb-content'>"
        f"<div class='wgt-ask accuse-response line' id='wgt-ask'><h1 accuse='qTitle'><span class='ask-title'>{page.title}</span></h1><div class='line mt-5 q-content' accuse='qContent'><span class='con'>{'<br>'.join(q.paras)}</span></div>"
        f"<div class='line f-aid ask-info ff-arial'><span class='grid-r ask-time'>{ts(rng)}</span><a class='user-name'>{q.user}</a><span>|</span><span>浏览{rng.randint(100, 99999)}次</span><a class='accuse-link'>举报</a></div></div>"
        f"<div class='wgt-best' id='best-answer-{rng.randint(10**9, 10**10)}'><div class='hd line'><span class='best-title'><i class='i-best-answer'></i>最佳答案</span></div>"
        f"<div class='bd answer'><div class='line content'><div class='best-text mb-10' accuse='aContent'>{ps(best.paras)}</div><div class='wgt-best-mask'><div class='wgt-best-showbtn'>展开全部<span class='wgt-best-arrowdown'></span></div></div></div>"
        f"<div class='wgt-replyer-best'><a class='user-name'>{best.user}</a><p class='carefield'><span>采纳率：{rng.randint(60, 99)}%</span><span>擅长：{'、'.join(rng.sample(TOPICS, 2))}</span></p></div>"
        f"<div class='line info f-aid'><span class='grid-r f-aid pos-time'>{ts(rng)}</span><span class='recommend-tip'>本回答由提问者推荐</span></div>{foot()}</div></div>"
        f"<div class='wgt-answers' id='wgt-answers'><div class='hd line other-hd'><h2 class='answer-title'>其他{len(others)}条回答</h2></div>{answers}</div>"
        f"<div class='wgt-bottom-ask'><p>你的回答被采纳后将获得：</p><p>系统奖励15（财富值+成长值）+难题奖励20（财富值+成长值）</p><textarea></textarea><button>提交回答</button></div>"
        f"</article></div><aside class='aside grid'><div id='wgt-related' class='wgt-related'><h2 class='hd'>为你推荐：</h2><ul class='related-list'>{related}</ul></div>"
        f"<div class='wgt-hot'><h2>特别推荐</h2><ul><li><a>为什么要用冷水煮鸡蛋？</a></li><li><a>早餐吃什么最健康？</a></li></ul></div></aside></div></div>"
        f"<div id='footer'><p>©2024 Baidu <a>使用百度前必读</a> | <a>知道协议</a> | <a>企业推广</a></p><p>辽B2-20080040 京网文〔2023〕1034-029号</p></div>"
    )
    return html_doc(page.title, body, "百度知道")


def tieba(page: Page, rng: random.Random) -> str:
    c(page, "只看楼主", "回复(", "我也说一句", "来自Android客户端", "贴吧协议", "停止浮动", "发表回复", "进入贴吧", "全吧搜索", "贴吧热议榜", "回复贴，共")
    bar = rng.choice(["考研", "数码", "电影", "篮球"]) + "吧"
    floors = []
    for k, p in enumerate(page.posts):
        lzl = ""
        if p.subs:
            li = "".join(
                f"<li class='lzl_single_post j_lzl_s_p' data-field='{{}}'><a class='j_user_card lzl_p_p' href='/home/main'><img src='/p{i}.jpg'></a><div class='lzl_cnt'><a class='at j_user_card' href='/home/main?un=x'>{rng.choice(USERS)}</a>:&nbsp;<span class='lzl_content_main'>{s}</span><div class='lzl_content_reply'><span class='lzl_op_list j_lzl_o_l'></span><span class='lzl_time'>{ts(rng)}</span><a class='lzl_s_r'>回复</a></div></div></li>"
                for i, s in enumerate(p.subs)
            )
            lzl = f"<div class='j_lzl_container core_reply_wrapper'><div class='j_lzl_c_b_a core_reply_content'><ul class='j_lzl_m_w'>{li}</ul><div class='lzl_editor_container j_lzl_e_c'><a class='lzl_link_unfold j_lzl_p'>我也说一句</a></div></div></div>"
        floors.append(
            f"<div class='l_post l_post_bright j_l_post clearfix' data-field='{{&quot;author&quot;:{{&quot;user_name&quot;:&quot;u{k}&quot;}}}}'>"
            f"<div class='d_author'><ul class='p_author'><li class='icon'><div class='icon_relative j_user_card'><img class='' src='/portrait/{k}'></div></li><li class='d_name'><a class='p_author_name j_user_card' href='/home/main?un=u{k}'>{p.user}</a></li>"
            f"<li class='l_badge'><div class='p_badge'><a class='user_badge d_badge_bright'><div class='d_badge_title'>{rng.choice(['初级粉丝', '铁杆会员', '知名人士'])}</div><div class='d_badge_lv'>{rng.randint(1, 15)}</div></a></div></li></ul></div>"
            f"<div class='d_post_content_main {'d_post_content_firstfloor' if k == 0 else ''}'><div class='p_content'><cc><div id='post_content_{rng.randint(10**10, 10**11)}' class='d_post_content j_d_post_content clearfix' style='display:;'>{'<br>'.join(p.paras)}</div><br></cc></div>"
            f"<div class='core_reply j_lzl_wrapper'><div class='core_reply_tail clearfix'><div class='post-tail-wrap'><span class='tail-info'>来自Android客户端</span><span class='tail-info'>{k + 1}楼</span><span class='tail-info'>{ts(rng)}</span></div>"
            f"<ul class='p_reply'><li><a class='lzl_link_unfold'>回复({len(p.subs)})</a></li><li><a class='p_post_ueg'>举报</a></li></ul></div>{lzl}</div></div></div>"
        )
        if k == 1:
            floors.append("<div class='l_post l_post_bright ad_post'><div class='d_post_content_main'><div class='p_content'><a class='j_click_stats'>立即下载百度贴吧App，领取专属会员福利，限时免费</a><span class='label_text'>广告</span></div></div></div>")
    body = (
        f"<div id='com_userbar' class='userbar'><ul><li><a>登录</a></li><li><a>注册</a></li></ul></div>"
        f"<div class='head_inner'><div class='search_form'><a class='search_logo'>百度贴吧</a><input class='search_ipt'><a class='search_btn'>进入贴吧</a><a class='search_btn'>全吧搜索</a></div></div>"
        f"<div class='card_top_wrap'><div class='card_head'><a class='card_title_fname' href='/f?kw=x'>{bar}</a><span class='card_menNum'>关注：{rng.randint(10**4, 10**6)}</span><span class='card_infoNum'>贴子：{rng.randint(10**5, 10**7)}</span><a class='sign_btn'>签到</a></div></div>"
        f"<div class='left_section'><div class='core_title_wrap_bright clearfix'><h3 class='core_title_txt' title='{page.title}'>{page.title}</h3><ul class='core_title_btns'><li><a class='l_lzonly'>只看楼主</a></li><li><a class='j_favor'>收藏</a></li><li><a class='j_quick_reply'>回复</a></li></ul></div>"
        f"<div class='p_thread thread_theme_5'><div class='l_thread_info'><ul class='l_posts_num'><li class='l_reply_num'><span class='red'>{len(page.posts) - 1}</span>回复贴，共<span class='red'>1</span>页</li></ul></div></div>"
        f"<div class='p_postlist' id='j_p_postlist'>{''.join(floors)}</div>"
        f"<div class='pb_footer'><div class='editor'><h4>发表回复</h4><div class='tb-editor-editarea'></div><p>发贴请遵守<a>贴吧协议</a>及“七条底线”</p><a>贴吧投诉</a><a class='stop_float'>停止浮动</a></div></div></div>"
        f"<div class='right_section'><div class='topic_list'><h4>贴吧热议榜</h4><ul>{''.join(f'<li><a>{t}</a><span>{rng.randint(10, 999)}万</span></li>' for t, _ in summaries(rng, 6))}</ul></div></div>"
        f"<div class='footer'>©2024 Baidu <a>贴吧协议</a> | <a>隐私政策</a> | <a>吧主制度</a> | <a>意见反馈</a> | <a>网络谣言警示</a></div>"
    )
    return html_doc(page.title + "_" + bar, body, "百度贴吧")


def douban(page: Page, rng: random.Random) -> str:
    first, replies = page.posts[0], page.posts[1:]
    c(page, "来自:", "回应", "赞 (", "最赞回应", "你需要登录后才能回应", "加入小组", "最新讨论", "豆瓣", "all rights reserved", "下载豆瓣客户端", "后页")

    def item(p: Post, k: int) -> str:
        quote = f"<div class='reply-quote-content' data-ref-cid='{k}'><span class='all ref-content'>{p.quote}</span><span class='pubdate'><a href='/people/q/'>{rng.choice(USERS)}</a></span></div>" if p.quote else ""
        return (
            f"<li class='clearfix comment-item reply-item' id='{rng.randint(10**9, 10**10)}' data-cid='{k}'><div class='user-face'><a href='/people/u{k}/'><img class='pil' src='/icon/u{k}.jpg' alt='{p.user}'></a></div>"
            f"<div class='reply-doc content'><div class='bg-img-green'><h4><a href='/people/u{k}/'>{p.user}</a><span class='pubtime'>{ts(rng)}</span><span class='pubtime-ip'> {rng.choice(['北京', '江苏', '四川'])}</span></h4></div>"
            f"{quote}<div class='markdown'><p class='reply-content'>{'<br>'.join(p.paras)}</p></div>"
            f"<div class='operation-div' id='op-{k}'><div class='operation-more'><a class='comment-vote lnk-fav'>赞 ({rng.randint(0, 99)})</a><a class='lnk-reply'>回应</a><a class='lnk-delete-comment'>删除</a><a class='lnk-report'>举报</a></div></div></div></li>"
        )

    popular = ""
    if len(replies) >= 3:
        top = sorted(rng.sample(range(len(replies)), 2))
        popular = f"<div id='popular-comments' class='popular-comments'><h3>最赞回应</h3><ul class='topic-reply popular-reply'>{''.join(item(replies[i], 900 + i) for i in top)}</ul></div>"
    latest = "".join(f"<tr class='pl'><td class='td-subject'><a title='{t}'>{t}</a></td><td class='td-reply'>{rng.randint(1, 300)}回应</td></tr>" for t, _ in summaries(rng, 6))
    body = (
        f"<div id='db-global-nav' class='global-nav'><div class='bd'><div class='top-nav-info'><a class='nav-login'>登录/注册</a></div><div class='top-nav-doubanapp'><a>下载豆瓣客户端</a></div><div class='global-nav-items'><ul><li><a>豆瓣</a></li><li><a>读书</a></li><li><a>电影</a></li><li><a>音乐</a></li><li><a>同城</a></li><li><a>小组</a></li><li><a>阅读</a></li><li><a>FM</a></li><li><a>时间</a></li><li><a>豆品</a></li></ul></div></div></div>"
        f"<div id='wrapper'><div id='content'><h1>{page.title}</h1><div class='grid-16-8 clearfix'><div class='article'>"
        f"<div class='topic-content clearfix'><div class='user-face'><a><img class='pil' src='/icon/op.jpg'></a></div><div class='topic-doc'><h3><span class='from'>来自: <a href='/people/op/'>{first.user}</a></span><span class='create-time color-green'>{ts(rng)}</span><span class='create-ip'>{rng.choice(['上海', '浙江'])}</span></h3>"
        f"<div class='topic-content'><div class='rich-content topic-richtext'>{ps(first.paras)}</div></div>"
        f"<div class='topic-opt clearfix'><div class='action-react'><a class='react-btn'>赞</a><span class='react-num'>{rng.randint(1, 500)}</span></div><div class='action-collect'><a>收藏</a><span>{rng.randint(1, 200)}</span></div><div class='sharing'><a>转发</a></div><a class='lnk-report'>举报</a></div></div></div>"
        f"{popular}<ul class='topic-reply' id='comments'>{''.join(item(p, k) for k, p in enumerate(replies))}</ul>"
        f"<div class='paginator'><span class='prev'>&lt;前页</span><span class='thispage'>1</span><span class='next'><a>后页&gt;</a></span></div>"
        f"<div class='txd'><p>你需要登录后才能回应</p><a>登录</a> | <a>注册</a></div></div>"
        f"<div class='aside'><div class='mod group-board'><div class='title'><a>{rng.choice(['豆瓣鹅组', '生活组', '读书会'])}</a></div><p>{rng.randint(10**4, 10**6)} 个成员</p><a class='bn-join'>加入小组</a></div><div class='mod'><h2>最新讨论&nbsp;&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·</h2><table class='olt'>{latest}</table></div></div></div></div></div>"
        f"<div id='footer'><span class='fleft gray-link'>© 2005－2024 douban.com, all rights reserved 北京豆网科技有限公司</span><span class='fright'><a>关于豆瓣</a> · <a>在豆瓣工作</a> · <a>联系我们</a> · <a>法律声明</a> · <a>帮助中心</a> · <a>移动应用</a> · <a>豆瓣广告</a></span></div>"
    )
    return html_doc(page.title, body, "豆瓣")


def v2ex(page: Page, rng: random.Random) -> str:
    first, replies = page.posts[0], page.posts[1:]
    c(page, "次点击", "加入收藏", "忽略主题", "感谢回复者", "条回复", "添加一条新回复", "创意工作者们的社区", "第 1 条附言", "今日热议主题", "人在线", "Do have faith")
    append = ""
    if len(first.paras) > 1:  # the last paragraph of the first post is an appended note
        append = f"<div class='subtle'><span class='fade'>第 1 条附言 &nbsp;·&nbsp; {rng.randint(1, 30)} 天前</span><div class='sep5'></div><div class='topic_content'>{first.paras[-1]}</div></div>"
    main_paras = first.paras[:-1] if append else first.paras
    cells = "".join(
        f"<div id='r_{rng.randint(10**6, 10**7)}' class='cell'><table cellpadding='0' cellspacing='0' border='0' width='100%'><tbody><tr><td width='48' valign='top' align='center'><img src='/avatar/{k}.png' class='avatar' border='0' align='default' alt='{p.user}'></td><td width='10' valign='top'></td>"
        f"<td width='auto' valign='top' align='left'><div class='fr'><div id='thank_area_{k}' class='thank_area'><a class='thank'>感谢回复者</a></div> &nbsp; <a><img src='/static/img/reply.png' align='absmiddle' border='0' alt='Reply'></a> &nbsp;&nbsp; <span class='no'>{k + 1}</span></div>"
        f"<div class='sep3'></div><strong><a href='/member/u{k}' class='dark'>{p.user}</a></strong>&nbsp; &nbsp;<span class='ago' title='{ts(rng)}'>{rng.randint(1, 30)} 天前</span> &nbsp; <span class='small fade'>♥ {rng.randint(1, 9)}</span>"
        f"<div class='sep5'></div><div class='reply_content'>{'<br>'.join(p.paras)}</div></td></tr></tbody></table></div>"
        for k, p in enumerate(replies)
    )
    hot = "".join(f"<div class='cell'><table><tr><td><img class='avatar'></td><td><span class='item_hot_topic_title'><a>{t}</a></span></td></tr></table></div>" for t, _ in summaries(rng, 6))
    body = (
        f"<div id='Top'><div class='content'><a href='/' name='top' title='way to explore'>V2EX</a><div id='search-container'><input id='search'></div><a class='top'>首页</a>&nbsp;&nbsp;&nbsp;<a class='top'>注册</a>&nbsp;&nbsp;&nbsp;<a class='top'>登录</a></div></div>"
        f"<div id='Wrapper'><div class='content'><div id='Leftbar'></div><div id='Rightbar'><div class='sep20'></div><div class='box'><div class='cell'><strong>V2EX = way to explore</strong><div class='sep5'></div><span class='fade'>V2EX 是一个关于分享和探索的地方</span></div><div class='inner'><a class='super normal button'>现在注册</a><div class='sep5'></div>已注册用户请 &nbsp;<a>登录</a></div></div>"
        f"<div class='sep20'></div><div class='box' id='TopicsHot'><div class='cell'><span class='fade'>今日热议主题</span></div>{hot}</div></div>"
        f"<div id='Main'><div class='sep20'></div><div class='box' style='border-bottom: 0px;'><div class='header'><div class='fr'><a href='/member/op'><img src='/avatar/op.png' class='avatar' border='0' align='default' width='73'></a></div>"
        f"<a href='/'>V2EX</a> <span class='chevron'>&nbsp;›&nbsp;</span> <a href='/go/qna'>{rng.choice(['问与答', '程序员', '分享发现'])}</a><div class='sep10'></div><h1>{page.title}</h1><div id='topic_votes' class='votes'><a class='vote'>▲</a><a class='vote'>▼</a></div>"
        f"<small class='gray'><a href='/member/op'>{first.user}</a> · {rng.randint(1, 30)} 天前 · {rng.randint(100, 20000)} 次点击</small></div>"
        f"<div class='cell'><div class='topic_content'><div class='markdown_body'>{ps(main_paras)}</div></div></div>{append}"
        f"<div class='topic_buttons'><div class='fr topic_stats' style='padding-top: 4px;'>{rng.randint(100, 20000)} 次点击 &nbsp;∙&nbsp; {rng.randint(1, 50)} 人收藏 &nbsp;</div><a class='tb'>加入收藏</a>&nbsp;<a class='tb'>Tweet</a>&nbsp;<a class='tb'>忽略主题</a>&nbsp;<a class='tb'>感谢</a></div></div>"
        f"<div class='sep20'></div><div class='box'><div class='cell'><div class='fr' style='margin: -3px -5px 0px 0px;'><a class='tag'>#编程</a></div><span class='gray'>{len(replies)} 条回复 &nbsp;<strong class='snow'>•</strong> &nbsp;{ts(rng)} +08:00</span></div>{cells}</div>"
        f"<div class='sep20'></div><div class='box' id='reply-box'><div class='cell'><div class='fr'><a>↑ 回到顶部</a></div>添加一条新回复</div><div class='cell'><textarea name='content' class='mll' id='reply_content'></textarea><div class='sep10'></div><input type='submit' value='回复' class='super normal button'> 请尽量让自己的回复能够对别人有帮助</div></div></div></div></div>"
        f"<div id='Bottom'><div class='content'><div class='inner'><strong><a class='dark'>关于</a> &nbsp; <a class='dark'>帮助文档</a> &nbsp; <a class='dark'>博客</a> &nbsp; <a class='dark'>API</a> &nbsp; <a class='dark'>FAQ</a></strong><div class='sep20'></div>{rng.randint(1000, 9000)} 人在线 &nbsp; <span class='fade'>最高记录 6679</span> &nbsp; · &nbsp; 创意工作者们的社区<div class='sep10'></div>World is powered by solitude<div class='sep20'></div><span class='small fade'>VERSION: 3.9.8.5 · 27ms · UTC 04:31 · PVG 12:31 · LAX 20:31 · JFK 23:31<br>♥ Do have faith in what you're doing.</span></div></div></div>"
    )
    return html_doc(page.title, body, "V2EX")


def weibo(page: Page, rng: random.Random) -> str:
    first, comments = page.posts[0], page.posts[1:]
    c(page, "转发 ", "赞 ", "来自 iPhone", "+ 关注", "按热度", "微博热搜", "点击刷新", "京ICP证100780号", "违法和不良信息举报电话", "查看全部", "条回复")
    items = []
    for k, p in enumerate(comments):
        sub = ""
        if p.subs:
            sub = "<div class='list2'>" + "".join(f"<div class='item2'><div class='con2 woo-box-item-flex'><div class='text'><a class='ALink_default_2ibt1'>{rng.choice(USERS)}</a>:<span>{s}</span></div><div class='info woo-box-flex'><div>{ts(rng)} 来自{rng.choice(['北京', '广东'])}</div></div></div></div>" for s in p.subs) + f"<div class='more'>共{len(p.subs) + rng.randint(2, 30)}条回复</div></div>"
        items.append(
            f"<div class='vue-recycle-scroller__item-view'><div class='wbpro-scroller-item'><div class='item1'><div class='item1in woo-box-flex'><div><a><div class='woo-avatar-main woo-avatar-hover'><img class='woo-avatar-img' src='/a{k}.jpg'></div></a></div>"
            f"<div class='con1 woo-box-item-flex'><div class='text'><a class='ALink_default_2ibt1' href='/n/u{k}'>{p.user}</a>:<span>{'<br>'.join(p.paras)}</span></div>"
            f"<div class='info woo-box-flex woo-box-alignCenter woo-box-justifyBetween'><div>{ts(rng)} 来自{rng.choice(['北京', '浙江', '湖北'])}</div><div class='opt woo-box-flex'><div class='IconTip_wrap'><i class='woo-font woo-font--comment'></i></div><div class='IconTip_wrap'><button class='woo-like-main'><span class='woo-like-count'>{rng.randint(1, 9999)}</span></button></div></div></div>{sub}</div></div></div></div></div>"
        )
    hot = "".join(f"<div class='wbpro-side-card7'><div class='wbpro-textcut f14 cla'>{t}</div><div class='f12 woo-box-item-flex'>{rng.randint(10, 999)}万</div></div>" for t, _ in summaries(rng, 8))
    body = (
        f"<div id='app'><div class='woo-box-flex woo-box-column Frame_wrap_3g67Q'><div class='Frame_top_2ybWw'><div class='woo-box-flex Nav_wrap_gHB1a'><a class='Nav_logoWrap'>微博</a><div class='Nav_search'><input placeholder='搜索微博'></div><a>首页</a><a>视频</a><a>发现</a><a>游戏</a><a>消息</a></div></div>"
        f"<div class='Frame_content_3XrxZ'><div class='Frame_main_3Z_V0'><main class='Main_full_1dfQX'><div class='vue-recycle-scroller'>"
        f"<article class='woo-panel-main woo-panel-top woo-panel-right woo-panel-bottom woo-panel-left Card_wrap_2ibWe Feed_wrap_3v9LH'><div class='Feed_body_3R0rO'><header class='woo-box-flex'><a class='ALink_default_2ibt1'><div class='woo-avatar-main'><img class='woo-avatar-img'></div></a>"
        f"<div class='woo-box-item-flex head_main_3DRDm'><div class='woo-box-flex head_nick_1yix2'><a class='ALink_default_2ibt1 head_cut_2Zcft'><span title='{first.user}'>{first.user}</span></a></div><div class='woo-box-flex head-info_info_2AspQ'><a class='head-info_time_6sFQg' title='{ts(rng)}'>{rng.randint(1, 59)}分钟前</a><div class='head-info_cut_1tPQI head-info_source_2zcEX'>来自 iPhone 15 Pro</div></div></div><button class='woo-button-main woo-button-flat'>+ 关注</button></header>"
        f"<div class='wbpro-feed-content'><div class='detail_text_1U10O detail_ogText_2Z1Q8 wbpro-feed-ogText'><div class='detail_wbtext_4CRf9'>{'<br><br>'.join(first.paras)}</div></div></div></div>"
        f"<footer><div class='woo-box-flex woo-box-alignCenter toolbar_left_2vlsY'><div class='woo-box-item-flex toolbar_item_1ky_D'>转发 {rng.randint(1, 9999)}</div><div class='woo-box-item-flex toolbar_item_1ky_D'>评论 {len(comments)}</div><div class='woo-box-item-flex toolbar_item_1ky_D'>赞 {rng.randint(1, 9999)}</div></div></footer></article>"
        f"<div class='Detail_box_3Jeom'><div class='woo-panel-main'><div class='woo-tab-nav'><div class='woo-tab-item-main'>转发 {rng.randint(1, 99)}</div><div class='woo-tab-item-main cur'>评论 {len(comments)}</div><div class='woo-tab-item-main'>赞 {rng.randint(1, 999)}</div></div><div class='RepostCommentFeed_head'>按热度 按时间</div>"
        f"<div class='RepostCommentList_mar1_3VHkS'>{''.join(items)}</div></div></div></div></main></div>"
        f"<div class='Frame_side_2d7qd'><div class='wbpro-side'><div class='wbpro-side-tit'>微博热搜 <span>点击刷新</span></div>{hot}<div class='wbpro-side-copy'><a>帮助中心</a> <a>合作&amp;服务</a> <a>自助服务</a><p>京ICP证100780号 互联网新闻信息服务许可 违法和不良信息举报电话：4000520066</p><p>Copyright © 2009-2024 WEIBO 北京微梦创科网络技术有限公司</p></div></div></div></div></div></div>"
    )
    return html_doc("微博正文", body, "微博")


def discuz_m(page: Page, rng: random.Random) -> str:
    c(page, "楼主", "沙发", "板凳", "地板", "本帖最后由", "查看:", "我来说两句", "触屏版", "电脑版", "Powered by Discuz", "Comsenz", "返回顶部", "发表")
    labels = ["楼主", "沙发", "板凳", "地板"]
    posts = []
    for k, p in enumerate(page.posts):
        label = labels[k] if k < len(labels) else f"{k + 1}#"
        note = f"<i class='pstatus'> 本帖最后由 {p.user} 于 {ts(rng)} 编辑 </i><br><br>" if k == 0 else ""
        stats = f"<li class='grey rela'>{ts(rng)}<em class='mtime'>|</em>查看: {rng.randint(100, 9999)}<em>|</em>回复: {len(page.posts) - 1}</li>" if k == 0 else f"<li class='grey rela'>{ts(rng)}</li>"
        posts.append(
            f"<div class='plc cl' id='pid{rng.randint(10**5, 10**6)}'><span class='avatar'><img src='/uc_server/avatar.php?uid={k}&amp;size=small'></span><div class='display pi'><ul class='authi'><li class='grey'><em>{label}</em><b><a href='home.php?mod=space&amp;uid={k}' class='blue'>{p.user}</a></b></li>{stats}</ul>"
            f"<div class='message'>{note}{'<br><br>'.join(p.paras)}</div><div class='mtn'><a class='replybtn'>回复</a> <a class='dialog'>举报</a></div></div></div>"
        )
    body = (
        f"<div class='header cl'><div class='mz'><a href='javascript:history.back();'>返回</a></div><h2><a href='forum.php?mod=forumdisplay&amp;fid=2'>{rng.choice(['灌水区', '综合讨论', '技术交流'])}</a></h2><div class='my'><a href='home.php?mod=space&amp;do=profile&amp;mycenter=1'>我的</a></div></div>"
        f"<div class='wp'><div class='view_tit'>{page.title}</div><div class='postlist'>{''.join(posts)}</div>"
        f"<div class='pg'><a class='prev'>上一页</a><strong>1</strong><a class='nxt'>下一页</a></div>"
        f"<div class='post_box'><form method='post'><textarea class='pt' placeholder='我来说两句...'></textarea><button class='btn_pn'>发表</button></form></div></div>"
        f"<a class='scrolltop' href='javascript:;'>返回顶部</a><div class='footer'><div><a>登录</a> | <a>注册</a></div><p><a>标准版</a> | <a class='xw1'>触屏版</a> | <a>电脑版</a></p><p class='xs0'>Powered by <strong>Discuz!</strong></p><p class='xs0'>© 2001-2024 Comsenz Inc.</p></div>"
    )
    return html_doc(page.title, body, "手机版")


# ---------------------------------------------------------------- articles (the gold is the article alone)


def comment_items(page: Page, rng: random.Random, fmt: Callable[[Post, int], str]) -> str:
    return "".join(fmt(p, k) for k, p in enumerate(page.posts[1:]))


def zhihu_post(page: Page, rng: random.Random) -> str:
    art = page.posts[0]
    c(page, "人赞同了该文章", "申请转载", "条评论", "推荐阅读", "发布于", "写文章", "首发于", "登录/注册", "IP 属地", "回复")
    comments = comment_items(page, rng, lambda p, k: (
        f"<div class='CommentItemV2'><div class='CommentItemV2-meta'><span class='UserLink CommentItemV2-avatar'><img class='Avatar' src='/c{k}.jpg'></span><a class='UserLink-link'>{p.user}</a><span class='CommentItemV2-time'>{ts(rng)}</span></div>"
        f"<div class='CommentItemV2-metaSibling'><div class='CommentRichText CommentItemV2-content'><div class='RichText ztext'>{' '.join(p.paras)}</div></div><div class='CommentItemV2-footer'><button class='Button CommentItemV2-likeBtn'>赞 {rng.randint(0, 99)}</button><button class='Button CommentItemV2-hoverBtn'>回复</button></div></div></div>"))
    recs = "".join(f"<div class='PostItem'><a class='PostItem-titleLink'><h4 class='PostItem-title'>{t}</h4></a><div class='PostItem-summary'>{s}</div></div>" for t, s in summaries(rng, 4))
    body = (
        f"<div id='root'><div class='App'><div class='ColumnPageHeader-Wrapper'><div class='ColumnPageHeader'><a href='/'>知乎</a><div class='ColumnPageHeader-TitleName'><span>首发于</span><a class='ColumnLink'>{rng.choice(['读书笔记', '技术漫谈', '城市观察'])}</a></div><div class='ColumnPageHeader-Button'><a>写文章</a><button>登录/注册</button></div></div></div>"
        f"<main role='main' class='App-main'><div class='Post-content'><article class='Post-Main Post-NormalMain' tabindex='-1'><header class='Post-Header'><h1 class='Post-Title'>{page.title}</h1>"
        f"<div class='Post-Author'><div class='AuthorInfo'><span class='UserLink AuthorInfo-avatarWrapper'><img class='Avatar'></span><div class='AuthorInfo-content'><div class='AuthorInfo-head'><a class='UserLink-link'>{art.user}</a></div><div class='AuthorInfo-detail'><div class='AuthorInfo-badgeText'>{rng.choice(HEADLINES)}</div></div></div></div></div>"
        f"<div><span class='Voters'><button>{rng.randint(2, 9999)} 人赞同了该文章</button></span></div></header>"
        f"<div class='Post-RichTextContainer'><div class='css-376mun'><div class='RichText ztext Post-RichText css-1g0fqss' options='[object Object]'>{body_paras(page, art, 'p', PID)}</div></div></div>"
        f"<div class='ContentItem-time'>发布于 {ts(rng)}・IP 属地{rng.choice(['北京', '上海'])}</div><div class='Post-topicsAndReviewer'><div class='TopicList Post-Topics'>{''.join(f'<div class=Tag><a class=TopicLink>{t}</a></div>' for t in rng.sample(TOPICS, 2))}</div></div>"
        f"<div class='RichContent-actions'><span><button class='VoteButton VoteButton--up'>​赞同 {num(rng)}</button></span><button>​{len(page.posts) - 1} 条评论</button><button>分享</button><button>喜欢</button><button>收藏</button><button>申请转载</button></div></article>"
        f"<div class='Post-Sub Post-NormalSub'><div class='Comments-container'><div class='CommentsV2 CommentsV2--withEditor'><div class='Topbar CommentTopbar'><div class='Topbar-title'><h2 class='CommentTopbar-title'>{len(page.posts) - 1} 条评论</h2></div></div><div class='CommentListV2'>{comments}</div></div></div>"
        f"<div class='PostIndex-Contributions'><h3 class='BlockTitle'>推荐阅读</h3><div class='PostIndex-list'>{recs}</div></div></div></div></main></div></div>"
    )
    return html_doc(page.title, body, "知乎")


def jianshu(page: Page, rng: random.Random) -> str:
    art = page.posts[0]
    c(page, "赞赏支持", "小礼物走一走", "著作权归作者所有", "推荐阅读", "全部评论", "人点赞", "下载APP", "写文章", "字数", "阅读 ", "被以下专题收入", "还没有人赞赏")
    comments = comment_items(page, rng, lambda p, k: (
        f"<div class='_2gPNSa'><div class='_2IUqvs _3uuww8'><a class='_1OhGeD' href='/u/{k}'>{p.user}</a><div class='_1xqkrI'><span>{k + 1}楼</span><time>{ts(rng)}</time></div></div>"
        f"<div class='_2bDGm4'>{' '.join(p.paras)}</div><div class='_2ti5br'><span class='_2GXD2V'>赞</span><span class='_2GXD2V'>回复</span></div></div>"))
    recs = "".join(f"<div class='cuOxAY' role='listitem'><a class='_3A-4KL' href='/p/{rng.randint(10**6, 10**7):x}'>{t}</a><p class='_3nQ3_b'>{s}</p><div class='_1pUUKr'><span>阅读 {rng.randint(100, 9999):,}</span><span>评论 {rng.randint(0, 99)}</span><span>赞 {rng.randint(0, 999)}</span></div></div>" for t, s in summaries(rng, 5))
    body = (
        f"<div id='__next'><header class='_1_rTIR'><nav><a class='_2xz7dN' href='/'>简书</a><a>首页</a><a>下载APP</a><a>会员</a><a>IT技术</a></nav><input placeholder='搜索'><a>Aa</a><a>登录</a><a>注册</a><a class='_3XdJPT'>写文章</a></header>"
        f"<div class='_21bLU4 _3kbg6I'><div class='_3VRLsv' role='main'><div class='_gp-ck'><section class='ouvJEz'><h1 class='_1RuRku'>{page.title}</h1>"
        f"<div class='rEsl9f'><div class='_2mYfmT'><a class='_1qp91i _1OhGeD'><img class='_13D2Eh'></a><div style='margin-left: 8px;'><div class='_3U4Smb'><span class='FxYr8x'><a class='_1OhGeD'>{art.user}</a></span><button class='_3kba3h _1OyPqC'><span>关注</span></button></div>"
        f"<div class='s-dsoj'><span class='_3tCVn5'><i class='anticon'></i><span>{rng.randint(1, 12)}</span></span><time datetime='2024-01-02T12:34:56.000Z'>{ts(rng)}</time><span>字数 {rng.randint(500, 5000):,}</span><span>阅读 {rng.randint(100, 99999):,}</span></div></div></div></div>"
        f"<article class='_2rhmJa'>{body_paras(page, art, head='h2')}</article>"
        f"<div class='_1kCBjS'><div class='_18vaTa'><div class='_3BUZPB'><p>“小礼物走一走，来简书关注我”</p><button class='_1OyPqC'>赞赏支持</button><span class='_3mE8y9'>还没有人赞赏，支持一下</span></div></div></div>"
        f"<div class='_19DgIp'>© 著作权归作者所有,转载或内容合作请联系作者</div><div class='_3Pnjry'><div class='_1pUUKr'><span>{rng.randint(1, 999)}人点赞</span></div><div class='_1pUUKr'><a class='_3KOVYk'>{rng.choice(['随笔', '日记本', '读书'])}</a></div></div></section>"
        f"<section class='ouvJEz' id='note-page-comment'><h3 class='QxT4hD'>全部评论<span>{len(page.posts) - 1}</span></h3><div class='_1gxCGV'><textarea placeholder='写下你的评论...'></textarea></div><div class='_26JdYM'>{comments}</div></section>"
        f"<section class='ouvJEz'><h3 class='QxT4hD'>推荐阅读</h3><div class='_3Z3nHf'>{recs}</div></section></div>"
        f"<aside class='_2OwGUo'><section class='_3Z3nHf'><h3 class='QHRnUV'>被以下专题收入，发现更多相似内容</h3></section><section class='_3Z3nHf'><h3 class='QHRnUV'>推荐阅读</h3>{''.join(f'<div class=cuOxAY><a class=_3A-4KL>{t}</a><span>阅读 {rng.randint(100, 9999)}</span></div>' for t, _ in summaries(rng, 5))}</section></aside></div></div></div>"
    )
    return html_doc(page.title, body, "简书")


def csdn(page: Page, rng: random.Random) -> str:
    art = page.posts[0]
    c(page, "版权声明", "本文链接", "文章标签", "登录复制", "觉得还不错", "一键收藏", "打赏", "举报", "热门文章", "分类专栏", "最新评论", "码龄", "已于", "阅读量", "kefu@csdn.net", "京ICP备19004658号", "CC 4.0 BY-SA")

    def code(lines: list[str]) -> str:
        nums = "".join(f"<li style='color: rgb(153, 153, 153);'>{i + 1}</li>" for i in range(len(lines)))
        return f"<pre data-index='0' class='set-code-hide prettyprint'><code class='prism language-python has-numbering' onclick='mdcp.signin(event)'>{chr(10).join(lines)}\n</code><div class='hljs-button signin active' data-title='登录复制'></div><ul class='pre-numbering'>{nums}</ul></pre>"

    comments = comment_items(page, rng, lambda p, k: (
        f"<li class='comment-line-box'><div class='comment-list-item'><a class='comment-list-href'><img class='avatar'></a><div class='right-box'><div class='new-info-box clearfix'><div class='comment-top'><div class='user-box'><a class='name'>{p.user}</a><span class='date'>{ts(rng)}</span></div></div>"
        f"<div class='comment-center'><div class='new-comment'>{' '.join(p.paras)}</div></div></div><div class='opt-box'><a class='btn-reply'>回复</a><a class='btn-report'>举报</a></div></div></div></li>"))
    recs = "".join(
        f"<div class='recommend-item-box type_blog clearfix'><div class='content-box'><div class='info-box d-flex align-content-center'><a href='https://blog.csdn.net/x/article/details/{rng.randint(10**7, 10**8)}'><div class='left ellipsis-online ellipsis-online-1'><div class='content'><span class='title'>{t}</span></div></div><div class='info'><span class='blog-text'>{rng.choice(USERS)}</span><span class='blog-text'>的博客</span></div></a></div>"
        f"<div class='desc-box'><a><span class='desc ellipsis-online ellipsis-online-1'>{s}</span></a></div></div></div>"
        for t, s in summaries(rng, 6)
    )
    hot = "".join(f"<li class='clearfix'><a><span class='title'>{t}</span><img alt=''><span class='read'>{rng.randint(1000, 99999)}</span></a></li>" for t, _ in summaries(rng, 5))
    body = (
        f"<div id='csdn-toolbar'><div class='toolbar-inside'><div class='toolbar-container'><div class='toolbar-container-left'><a class='toolbar-logo'>CSDN</a><ul class='toolbar-menus'><li>博客</li><li>下载</li><li>学习</li><li>社区</li><li>GitCode</li><li>InsCode</li></ul></div><div class='toolbar-container-middle'><input placeholder='搜索'><button>搜索</button></div><div class='toolbar-container-right'><a>登录</a><a>会员中心</a><a>消息</a><a>历史</a><a>创作中心</a><a class='toolbar-btn-write'>发布</a></div></div></div></div>"
        f"<div class='main_father clearfix d-flex justify-content-center'><div class='container clearfix' id='mainBox'><main><div class='blog-content-box'><div class='article-header-box'><div class='article-header'><div class='article-title-box'><h1 class='title-article' id='articleContentId'>{page.title}</h1></div>"
        f"<div class='article-info-box'><div class='article-bar-top'><img class='article-type-img' src='/original.png' alt=''><div class='bar-content'><a class='follow-nickName'>{art.user}</a><img class='article-time-img'><span class='time'>已于&nbsp;{ts(rng)}&nbsp;修改</span><div class='read-count-box'><img class='article-read-img'><span class='read-count'>阅读量{rng.randint(1, 99)}k</span></div><a class='un-collection'>收藏</a><span class='get-collection'>{rng.randint(1, 99)}</span><img class='article-heard-img'><span class='blog-num-count'>点赞数 {rng.randint(1, 99)}</span></div></div>"
        f"<div class='blog-tags-box'><div class='tags-box artic-tag-box'><span class='label'>文章标签：</span>{''.join(f'<a class=tag-link>{t}</a>' for t in ['python', '爬虫', '开发语言'])}</div></div>"
        f"<div class='slide-content-box'><div class='article-copyright'><div class='creativecommons'>版权声明：本文为博主原创文章，遵循<a> CC 4.0 BY-SA </a>版权协议，转载请附上原文出处链接和本声明。</div><div class='article-source-link'>本文链接：<a>https://blog.csdn.net/x/article/details/{rng.randint(10**8, 10**9)}</a></div></div></div></div></div></div>"
        f"<article class='baidu_pl'><div id='article_content' class='article_content clearfix'><div id='content_views' class='markdown_views prism-atom-one-dark'><svg xmlns='http://www.w3.org/2000/svg' style='display: none;'><path stroke-linecap='round' d='M5,0 0,2.5 5,5z' id='raphael-marker-block'></path></svg>{body_paras(page, art, head='h2', code=code)}</div></div></article>"
        f"<div id='treeSkill'></div><div class='more-toolbox-new' id='toolBarBox'><div class='left-toolbox'><div class='toolbox-left'><div class='profile-box'><a class='profile-href'><img class='profile-img'><span class='profile-name'>{art.user}</span></a></div><div class='profile-attend'><a class='tool-attend'>关注</a></div></div>"
        f"<div class='toolbox-middle'><ul class='toolbox-list'><li class='tool-item tool-item-size tool-active is-like'><a><span class='count'>{rng.randint(1, 99)}</span></a><div class='tool-hover-tip'>点赞</div></li><li class='tool-item'><a>踩</a></li><li class='tool-item'><a><span>{rng.randint(1, 99)}</span></a><div class='tool-hover-tip collect'><div class='collect-operate-box'><span class='collect-text'>觉得还不错? 一键收藏</span></div></div></li>"
        f"<li class='tool-item'><a><span class='count'>{len(page.posts) - 1}</span></a><div class='tool-hover-tip'>评论</div></li><li class='tool-item'><a>分享</a><div class='share-box'><span>复制链接</span><span>分享到 QQ</span><span>分享到新浪微博</span><span>扫一扫</span></div></li><li class='tool-item'><a>打赏</a><div class='tool-hover-tip'>打赏</div></li><li class='tool-item'><a>举报</a><div class='tool-hover-tip'>举报</div></li></ul></div></div></div>"
        f"<div id='pcCommentBox' class='comment-box comment-box-new2'><div class='comment-list-container'><div class='comment-list-box'><ul class='comment-list'>{comments}</ul></div></div></div></div>"
        f"<div class='recommend-box insert-baidu-box recommend-box-style'>{recs}</div></main>"
        f"<aside class='blog_container_aside'><div id='asideProfile' class='aside-box'><div class='profile-intro d-flex'><a>{art.user}</a><span class='personal-home-page'>码龄{rng.randint(1, 15)}年</span></div><div class='data-info d-flex item-tiling'><dl><dt>原创</dt><dd>{rng.randint(1, 500)}</dd></dl><dl><dt>周排名</dt><dd>{rng.randint(1, 9999)}</dd></dl><dl><dt>粉丝</dt><dd>{rng.randint(1, 9999)}</dd></dl><dl><dt>获赞</dt><dd>{rng.randint(1, 9999)}</dd></dl></div><div class='opt-letter-watch-box'><a>私信</a><a>关注</a></div></div>"
        f"<div id='asideHotArticle' class='aside-box'><h3 class='aside-title'>热门文章</h3><div class='aside-content'><ul class='hotArticle-list'>{hot}</ul></div></div><div id='asideCategory' class='aside-box'><h3 class='aside-title'>分类专栏</h3><ul><li><a>Python</a><span>{rng.randint(1, 99)}篇</span></li></ul></div>"
        f"<div id='asideNewComments' class='aside-box'><h3 class='aside-title'>最新评论</h3><ul><li><a class='user-name'>{rng.choice(USERS)}</a>: <span class='comment-content'>{rng.choice(ONE_LINERS)}</span></li></ul></div></aside></div></div>"
        f"<div class='blog-footer-bottom'><ul class='footer-box'><li>关于我们</li><li>招贤纳士</li><li>商务合作</li><li>寻求报道</li><li>400-660-0108</li><li>kefu@csdn.net</li><li>在线客服</li><li>工作时间&nbsp;8:30-22:00</li></ul><ul><li>公安备案号11010502030143</li><li>京ICP备19004658号</li><li>京网文〔2020〕1039-165号</li><li>©1999-2024北京创新乐知网络技术有限公司</li></ul></div>"
    )
    return html_doc(page.title + "_" + art.user + "的博客-CSDN博客", body, "CSDN")


def juejin(page: Page, rng: random.Random) -> str:
    art = page.posts[0]
    c(page, "复制代码", "稀土掘金", "分类：", "标签：", "相关文章", "阅读", "点赞", "评论", "创作者中心", "目录", "收起")

    def code(lines: list[str]) -> str:
        return f"<pre><code class='hljs language-js copyable' lang='js'>{chr(10).join(lines)}\n<span class='copy-code-btn'>复制代码</span></code></pre>"

    comments = comment_items(page, rng, lambda p, k: (
        f"<div class='comment-list-item'><div class='comment'><a class='user-link'><img class='avatar'></a><div class='content-box comment-divider-line'><div class='comment-main'><div class='user-box'><a class='user-link'><span class='name'>{p.user}</span></a><span class='position'>{rng.choice(HEADLINES)}</span></div>"
        f"<div class='content'><span class='comment-content'>{' '.join(p.paras)}</span></div><div class='action-box'><div class='item like-action'><span>点赞</span></div><div class='item'><span>回复</span></div><time class='time'>{rng.randint(1, 30)}天前</time></div></div></div></div></div>"))
    recs = "".join(
        f"<div class='entry'><div class='content-wrapper'><div class='content-main'><div class='title-row'><a class='title'>{t}</a></div><div class='abstract'><a><div>{s}</div></a></div><ul class='action-list jh-timeline-action-area'><li class='item view'><span>{rng.randint(100, 99999)}</span></li><li class='item like'><span>点赞</span></li><li class='item comment'><span>评论</span></li></ul></div></div></div>"
        for t, s in summaries(rng, 5)
    )
    body = (
        f"<div id='juejin'><div class='view-container'><div class='main-header-box'><header class='main-header main-header unauthorized visible'><div class='container'><a class='logo'>稀土掘金</a><nav class='main-nav'><ul class='nav-list'><li>首页</li><li>沸点</li><li>课程</li><li>直播</li><li>活动</li><li>AI Coding</li><li>商城</li><li>APP</li><li>插件</li></ul><ul class='right-side-nav'><li><input placeholder='探索稀土掘金'></li><li>创作者中心</li><li>会员</li><li><button>登录 | 注册</button></li></ul></nav></div></header></div>"
        f"<main class='container main-container'><div class='view column-view'><div class='main-area article-area'><article class='article' itemscope itemtype='http://schema.org/Article'><h1 class='article-title' data-selid='title'>{page.title}</h1>"
        f"<div class='author-info-block block-hidden'><div class='author-info-box'><div class='author-name'><a class='username username ellipsis'><span class='name'>{art.user}</span></a></div><div class='meta-box'><time class='time'>{ts(rng)}</time><span class='views-count'>{rng.randint(100, 99999):,}</span><span class='read-time'><span>阅读{rng.randint(2, 15)}分钟</span></span></div></div></div>"
        f"<div class='article-content' id='article-root' itemprop='articleBody'><div class='markdown-body cache'>{body_paras(page, art, head='h3', code=code)}</div></div></article>"
        f"<div class='article-end'><div class='tag-list-box'><div class='tag-list'><div class='tag-list-title'>分类：</div><div class='tag-list-container'><a class='item'>前端</a></div></div><div class='tag-list'><div class='tag-list-title'>标签：</div><div class='tag-list-container'><a class='item'>JavaScript</a><a class='item'>Vue.js</a></div></div></div></div>"
        f"<div id='comment-box' class='comment-box'><div class='container'><div class='title'>评论 {len(page.posts) - 1}</div><div class='comment-form'><textarea placeholder='平等表达，友善交流'></textarea><button>发送</button></div><div class='comment-list-wrapper'><div class='comment-list'>{comments}</div></div></div></div>"
        f"<div class='recommended-area'><div class='recommended-list'><div class='title'>为你推荐</div>{recs}</div></div></div>"
        f"<div class='sidebar'><div class='sidebar-block author-block'><a class='user-item'><span class='username'>{art.user}</span></a><div class='stat-item'>获得点赞 {rng.randint(10, 9999)}</div><div class='stat-item'>文章被阅读 {rng.randint(10, 99999)}</div></div>"
        f"<div class='sidebar-block related-entry-sidebar-block'><header>相关文章</header><div class='entry-list'>{''.join(f'<a class=item><div class=entry-title>{t}</div><div class=entry-meta-box>{rng.randint(1, 99)}点赞 · {rng.randint(0, 20)}评论</div></a>' for t, _ in summaries(rng, 5))}</div></div>"
        f"<div class='sidebar-block catalog-block'><nav class='article-catalog'><div class='catalog-title'>目录</div><div class='catalog-body'><ul class='catalog-list'>{''.join(f'<li class=item><a>{h}</a></li>' for h in page.heads)}</ul></div><div class='catalog-aside'>收起</div></nav></div></div></div>"
        f"<div class='article-suspended-panel'><div class='panel-btn like-btn' badge='{rng.randint(1, 99)}'></div><div class='panel-btn comment-btn' badge='{len(page.posts) - 1}'></div><div class='panel-btn collect-btn'></div><div class='panel-btn share-btn'></div></div></main></div></div>"
    )
    return html_doc(page.title + " - 掘金", body, "稀土掘金")


def wx_mp(page: Page, rng: random.Random) -> str:
    art = page.posts[0]
    c(page, "阅读原文", "微信扫一扫", "关注该公众号", "预览时标签不可点", "往期推荐", "继续滑动看下一个", "轻点两下取消赞", "使用小程序", "写留言", "留言", "在看", "原创", "发表于")
    span = "style='font-size: 15px;letter-spacing: 1px;line-height: 1.75em;'"
    paras = []
    for i, para in enumerate(art.paras):
        if i >= 2 and i % 2 == 0 and (i // 2 - 1) < len(page.heads):
            paras.append(f"<section style='text-align: center;margin-top: 24px;'><span style='color: rgb(0, 112, 192);'><strong>{page.heads[i // 2 - 1]}</strong></span></section>")
        paras.append(f"<section {span}><p style='text-align: justify;'><span style='font-size: 15px;'>{para}</span></p></section>")
        if i == 1:
            paras.append("<p style='text-align: center;'><img class='rich_pages wxw-img' data-src='https://mmbiz.qpic.cn/x/640' data-ratio='0.5625' data-w='1080'></p><p><br></p>")
    past = "".join(f"<p style='text-align: left;'><a href='https://mp.weixin.qq.com/s?__biz=x&amp;mid={rng.randint(10**9, 10**10)}' target='_blank' data-linktype='2'><span style='font-size: 14px;color: rgb(0, 82, 255);'>{t}</span></a></p>" for t, _ in summaries(rng, 3))
    msgs = comment_items(page, rng, lambda p, k: (
        f"<li class='discuss_item'><div class='discuss_item_hd'><div class='user_info'><strong class='nickname'>{p.user}</strong><span class='discuss_item_ip'>{rng.choice(['北京', '广东'])}</span></div><div class='discuss_opr'><span class='praise_num'>{rng.randint(1, 99)}</span></div></div>"
        f"<div class='discuss_message'><div class='discuss_message_content'>{' '.join(p.paras)}</div></div></li>"))
    account = rng.choice(["城市早知道", "每日科普", "深度财经"])
    body = (
        f"<div id='js_article' class='rich_media'><div class='rich_media_inner'><div id='page-content' class='rich_media_area_primary'><div class='rich_media_area_primary_inner'>"
        f"<h1 class='rich_media_title' id='activity-name'>{page.title}</h1><div id='meta_content' class='rich_media_meta_list'><span class='rich_media_meta rich_media_meta_text' id='copyright_logo'>原创</span><span class='rich_media_meta rich_media_meta_text'>{art.user}</span>"
        f"<span class='rich_media_meta rich_media_meta_nickname' id='profileBt'><a id='js_name'>{account}</a></span><em id='publish_time' class='rich_media_meta rich_media_meta_text'>{ts(rng)}</em><em id='js_ip_wording_wrp' class='rich_media_meta rich_media_meta_text'>发表于<span id='js_ip_wording'>北京</span></em></div>"
        f"<div class='rich_media_content js_underline_content' id='js_content' style='visibility: visible;'><section style='margin: 0px 8px;'>{''.join(paras)}</section>"
        f"<section><p style='text-align: center;'><span style='font-size: 12px;color: rgb(136, 136, 136);'>- END -</span></p><section><p><strong><span style='font-size: 15px;'>往期推荐</span></strong></p>{past}</section>"
        f"<p style='text-align: center;'><img data-src='https://mmbiz.qpic.cn/qr/640'></p><p style='text-align: center;'><span style='font-size: 12px;'>点击“阅读原文”查看更多</span></p></section></div>"
        f"<div class='rich_media_tool' id='js_toobar3'><div id='js_read_area3' class='media_tool_meta tips_global meta_primary'><a id='js_view_source' class='media_tool_meta meta_primary'>阅读原文</a><span>阅读 {num(rng)}</span></div></div>"
        f"<div class='wx_tap_card js_wx_tap_highlight'>预览时标签不可点</div></div></div>"
        f"<div class='rich_media_area_extra'><div class='rich_media_extra_discuss' id='js_cmt_area'><div class='discuss_container'><div class='mod_title_context'><strong>留言</strong><a class='discuss_icon_tips'>写留言</a></div><ul class='discuss_list'>{msgs}</ul></div></div></div></div>"
        f"<div class='qr_code_pc_outer' id='js_pc_qr_code'><div class='qr_code_pc_inner'><div class='qr_code_pc'><img id='js_pc_qr_code_img' class='qr_code_pc_img'><p>微信扫一扫<br>关注该公众号</p></div></div></div>"
        f"<div id='js_pc_weapp_code' class='weapp_code'><p>微信扫一扫<br>使用小程序</p></div></div>"
        f"<div class='wx_expand_article'><p>继续滑动看下一个</p><p>向上滑动看下一个</p></div>"
        f"<div id='js_a11y'>知道了 微信扫一扫可打开此内容，使用完整服务 ：，，，，，，，，，，，，。 视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看 分享 留言 收藏 听过</div>"
    )
    return html_doc(page.title, body, account)


def toutiao(page: Page, rng: random.Random) -> str:
    art = page.posts[0]
    c(page, "举报", "收藏", "相关推荐", "下载头条APP", "添加到桌面", "留下你的评论", "条评论", "24小时热闻", "粉丝", "获赞", "回复", "赞")
    comments = comment_items(page, rng, lambda p, k: (
        f"<li><div class='comment-item'><div class='comment-avatar'><img class='ttp-avatar'></div><div class='comment-info'><a class='user-name'>{p.user}</a><span class='time'>{rng.randint(1, 23)}小时前·{rng.choice(['湖南', '广东', '河北'])}</span></div>"
        f"<p class='content'>{' '.join(p.paras)}</p><div class='action'><span class='ttp-comment-like'>{rng.randint(1, 999)}</span><span class='ttp-comment-reply'>回复</span></div></div></li>"))
    feed = "".join(f"<div class='feed-card-article-l'><div class='feed-card-article-wrapper'><a class='title' title='{t}'>{t}</a><div class='feed-card-footer'><span class='feed-card-footer-cmt'>{rng.randint(1, 999)}评论</span><span>{rng.randint(1, 23)}小时前</span></div></div></div>" for t, _ in summaries(rng, 6))
    body = (
        f"<div class='toutiao-header'><div class='header-left'><a class='logo'>今日头条</a><a>下载头条APP</a><a>添加到桌面</a></div><div class='header-right'><a>登录</a><a>首页</a></div></div>"
        f"<div class='main-content'><div class='left-sidebar'><div class='detail-side-interaction'><div class='detail-interaction-like'><span>{rng.randint(1, 999)}</span></div><div class='detail-interaction-comment'><span>{len(page.posts) - 1}</span></div><div class='detail-interaction-collect'><span>收藏</span></div><div class='detail-interaction-share'>分享</div></div></div>"
        f"<div class='article-content'><h1>{page.title}</h1><div class='article-meta mt-4'><span>{ts(rng)}</span><span class='dot'>·</span><span class='name'><a>{art.user}</a></span><span class='dot'>·</span><span>{rng.choice(['北京', '上海'])}</span></div>"
        f"<article class='syl-article-base tt-article-content syl-page-article syl-device-pc'>{body_paras(page, art, 'p', TRACK, head='h1')}</article>"
        f"<div class='article-bottom'><div class='report-btn'><span>举报</span></div></div>"
        f"<div id='comment-area' class='detail-comment'><div class='ttp-comment-wrapper'><div class='ttp-comment-block'><div class='ttp-comment-title'><h2>评论 {len(page.posts) - 1}</h2></div><div class='ttp-comment-input'><textarea placeholder='留下你的评论'></textarea><button>评论</button></div><ul>{comments}</ul><div class='load-more'>查看全部{len(page.posts) - 1 + rng.randint(2, 50)}条评论</div></div></div></div>"
        f"<div class='article-related'><div class='related-title'>相关推荐</div>{feed}</div></div>"
        f"<div class='right-sidebar'><div class='author-card'><a class='author-name'>{art.user}</a><div class='author-stat'><span>{rng.randint(10, 9999)}粉丝</span><span>{rng.randint(10, 9999)}获赞</span></div><button>关注</button></div>"
        f"<div class='hot-board'><div class='title'>24小时热闻</div><ol>{''.join(f'<li><a>{t}</a></li>' for t, _ in summaries(rng, 6))}</ol></div></div></div>"
    )
    return html_doc(page.title, body, "今日头条")


def baijiahao(page: Page, rng: random.Random) -> str:
    art = page.posts[0]
    c(page, "举报/反馈", "为你推荐", "百度首页", "关注", "设置", "热门推荐", "查看更多", "评论", "作者最新文章")
    recs = "".join(f"<div class='_3xSvT'><a class='_1-lxh'><div class='_2ti7X'>{t}</div><div class='_3c-wr'>{s}</div><div class='_2nFGC'><span>{rng.choice(USERS)}</span><span>{rng.randint(1, 9)}评论</span></div></a></div>" for t, s in summaries(rng, 5))
    comments = comment_items(page, rng, lambda p, k: f"<div class='_3jyAl'><div class='_3AJpa'><span class='_2kSjr'>{p.user}</span><span class='_2dUJH'>{ts(rng)}</span></div><div class='_1TuCZ'>{' '.join(p.paras)}</div><div class='_3M-nv'><span>回复</span><span>赞</span></div></div>")
    body = (
        f"<div id='header'><div class='s-top-left'><a>百度首页</a></div><div class='s-top-right'><a>设置</a><a>登录</a></div></div>"
        f"<div id='ssr-content'><div class='_1ISQF'><div class='_2ivVe'><div class='index-module_articleTitle_28fPT'><h1 class='sKHSJ'>{page.title}</h1></div>"
        f"<div class='_2gGWi'><div class='_3b-X-'><img class='_3ESNI'><div class='_3Oqdq'><p class='_7y5nA'>{art.user}</p><div class='_2sjh9'><span class='_2sjh9'>{ts(rng)}</span><span class='_2Mgl0'>{rng.choice(['北京', '江苏'])}</span></div></div><div class='_2k9Zg'>关注</div></div></div>"
        f"<div class='_18p7x' data-testid='article'>{''.join(f'<div class=_3ygOc><span class=bjh-h3>{x}</span></div>' if x in page.heads else f'<div class=dpu8C _2kCxD><p>{x}</p></div>' for x in page.kept()[0])}<div class='_3hMwG _8gBvA'><img src='https://pics.baidu.com/x.jpg'></div></div>"
        f"<div class='_1D7-S'><span class='_3ZaoG'>举报/反馈</span></div>"
        f"<div class='_3lCL8'><div class='_2EG2W'>评论</div>{comments}</div>"
        f"<div class='_2yPcl'><div class='_1sSIv'>作者最新文章</div>{''.join(f'<div class=_3K4z4><a>{t}</a></div>' for t, _ in summaries(rng, 3))}</div>"
        f"<div class='_2yPcl'><div class='_1sSIv'>为你推荐</div>{recs}<div class='_3pcxx'>查看更多</div></div></div>"
        f"<div class='_3tNyU'><div class='_1sSIv'>热门推荐</div>{''.join(f'<div class=_1Wgpl><a>{t}</a></div>' for t, _ in summaries(rng, 6))}</div></div></div>"
    )
    return html_doc(page.title, body, "百家号")


ENGINES: dict[str, Callable[[Page, random.Random], str]] = {
    "zhihu_q": zhihu_q,
    "zhidao": zhidao,
    "tieba": tieba,
    "douban": douban,
    "v2ex": v2ex,
    "weibo": weibo,
    "discuz_m": discuz_m,
    "zhihu_post": zhihu_post,
    "jianshu": jianshu,
    "csdn": csdn,
    "juejin": juejin,
    "wx_mp": wx_mp,
    "toutiao": toutiao,
    "baijiahao": baijiahao,
}
ARTICLES = {"zhihu_post", "jianshu", "csdn", "juejin", "wx_mp", "toutiao", "baijiahao"}
CODED = {"csdn", "juejin"}
SUBS = {"tieba", "weibo"}
QUOTES = {"douban"}
TITLES = ["如何看待最近这件事？", "有哪些让你相见恨晚的经验？", "新手入门应该注意什么", "聊聊我这几年的一些体会", "这个问题到底怎么解决", "为什么越来越多的人选择这样做？"]


_PARAS: list[str] = []


def paragraphs() -> list[str]:
    """The prose paragraphs (without inner spaces: an extractor may drop a space between two CJK characters)."""
    if not _PARAS:
        _PARAS.extend(x for x in texts()["zh"] if " " not in x)
    return _PARAS


def _posts(rng: random.Random, engine: str, shape: str) -> list[Post]:
    pool = paragraphs()
    users = USERS[:]
    rng.shuffle(users)
    start = rng.randrange(len(pool))
    used = [0]

    def take(n: int) -> list[str]:
        out = [pool[(start + (used[0] + i) * 6151) % len(pool)] for i in range(n)]  # 6151 is prime: no repeats
        used[0] += n
        return out

    article = engine in ARTICLES
    if article:
        first = rng.randint(8, 11) if shape == "long" else rng.randint(4, 6)
    else:
        first = rng.randint(5, 8) if shape == "long" else rng.randint(1, 3)
    n = rng.randint(2, 4) if shape == "long" else rng.randint(3, 8)
    posts = [Post(take(first), users[0])]
    if engine in CODED:
        posts[0].code = CODE[rng.randrange(len(CODE))]
    for k in range(n):
        if shape == "mixed" and rng.random() < 0.5:
            paras = [ONE_LINERS[(k + used[0]) % len(ONE_LINERS)]]
        else:
            paras = take(1 if article else rng.choice((1, 1, 2, 3)))
        posts.append(Post(paras, users[(k + 1) % len(users)]))
    if engine in QUOTES:
        for k in range(2, len(posts)):
            if rng.random() < 0.5:
                posts[k].quote = posts[k - 1].paras[0]
    if engine in SUBS:
        for k in range(1 if engine == "weibo" else 0, len(posts), 2):
            posts[k].subs = [s.split("。")[0] + "。" for s in take(rng.randint(1, 3))]
    if engine == "zhidao" and len(posts) < 3:
        posts.append(Post(take(1), users[-1]))
    return posts


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (with a fresh seed, tune and check mean
    nothing: every page is new material)."""
    out: list[Page] = []
    for engine, fn in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, engine, shape)
            page = Page(id=f"{engine}_{v}", engine=engine, lang="zh", shape=shape, title=rng.choice(TITLES), posts=posts, article=engine in ARTICLES)
            if page.article:
                page.heads = [f"{'一二三四五'[i]}、{h}" for i, h in enumerate(rng.sample(["背景与缘起", "具体做法", "效果如何", "几点思考", "写在最后"], len(posts[0].paras) // 2))]
            _USED.clear()
            _USED.update(x for p in posts for x in p.paras)
            page.html = fn(page, rng)
            thread_score.settle_chrome(page)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, ENGINES, SHAPES)
"""Per shape, engines ranked by the hash of ``threads6/<id>``, alternately tune and check."""
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "qa", "article", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
