"""A fourth, independent generated corpus of forum threads, Q&A pages and commented articles (issue #12, round 13).

Written before any tuning of round 13 and apart from the three earlier generators: markup families they lack or
write differently (no third-party page is copied; the markup follows how these engines' public pages are built as
the author knows them):

* Chinese: Discuz! X3 in its *table* markup (``plhin`` / ``pls`` / ``plc`` / ``t_f`` ``postmessage_N`` cells,
  ``pstatus`` "本帖最后由 X 于 … 编辑" notes, ``quote`` blocks, ``ignore_js_op`` attachments with "下载附件"
  tips, ``ratelog`` score tables, ``sign``), a Tianya-like BBS (``atl-item`` / ``bbs-content`` /
  "作者：… 时间：…" heads / "举报 | 回复" bars), a Newsmth-like BBS whose post, its "发信人 / 标 题 / 发信站"
  header and its "※ 来源" footer share one cell, a Zhidao-like Q&A written anew ("最佳答案" + "其他回答",
  "展开全部" masks, "采纳率"), a Wukong-like Q&A of hash-named classes (``css-…``), and a Bilibili-like column
  article with its root and sub replies (a control: the gold is the article alone);
* English: phpBB 2 / subsilver tables (``postbody`` spans, "Posted: … Post subject: …" rows, ``quote`` tables
  under "X wrote:"), vBulletin 3 tables (``post_message_N``, "Quote: Originally Posted by X", "Join Date"),
  a Stack-Exchange-like Q&A whose answers carry comment sub-lists (the gold holds question and answers, not their
  comments), a Yahoo-Answers-like page ("Best Answer" and other answers, thumbs counts), a Quora-like answer page
  of ``q-box`` / ``q-text`` classes with a "Related questions" box between answers, and a blog post with a
  Disqus-like comment list (a control: the gold is the article alone).

Five *shapes* per engine: a thread of 3-8 replies (``thread``); a first post of 5-7 paragraphs and 2-5 replies
(``longop``); rich posts (code lines, images with captions, quotes, edit notes, signatures; ``rich``); page 2 of a
paginated thread, whose first post is on page 1 (only replies here, under the thread title and a "page 2 of N"
bar; ``page2``); replies that mix prose with one-liners ("顶", "+1"; ``mixed``).

Post texts are paragraphs of the *tune* halves' gold texts of the shared extraction sets, read at run time from
``../shared/data/extraction`` (nothing of them is written into the repository). Gold text: the first post
(question) and every reply (answer) in order, a quote's text included and its header not, a code line included;
no thread title, user names, dates, counts, floor labels, edit notes, signatures or buttons; the control pages'
gold is the article.

Pages split by :func:`page_half` (per shape, engines ranked by a hash of ``threads4/<id>`` alternate tune and
check). Tune on the tune half, read only the check half's scores.

    python bench/thread_corpus4.py --score            # cleaner (and trafilatura), tune and check, per shape
    python bench/thread_corpus4.py --verbose          # and each tune page's problems
    python bench/thread_corpus4.py --dump ID          # a tune page's html, gold and output (tune pages only)
    python bench/thread_corpus4.py --seed S --score   # fresh pages of the same layouts (halves mean nothing)
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import hashlib
import os
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from halves import TUNE, half
from thread_score import ThreadPage

SET = "threads4"
SHAPES = ("thread", "longop", "rich", "page2", "mixed")
DATA = Path(os.environ.get("CLEANER_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data" / "extraction"
SETS = {"zh": ("cwced_zh", "magichtml_zh", "daniel_zh", "cleaneval_zh"), "en": ("scrapinghub_en", "magichtml_en", "daniel_en")}
_ZH_END = re.compile(r"[。！？]$")
_EN_END = re.compile(r"[.!?]$")


def _texts() -> dict[str, list[str]]:
    """Prose paragraphs of the tune halves' gold texts, by language (read at run time, in a fixed order)."""
    out: dict[str, list[str]] = {}
    for lang, names in SETS.items():
        seen: dict[str, None] = {}
        for name in names:
            folder = DATA / name / "gold"
            if not folder.is_dir():
                raise SystemExit(f"thread_corpus4 needs the shared extraction data: {folder} is missing")
            for path in sorted(folder.glob("*.txt")):
                if half(name, path.stem) != TUNE:
                    continue
                for line in path.read_text("utf-8", errors="replace").splitlines():
                    line = " ".join(line.split())
                    if "http" in line or "<" in line or ">" in line or "&" in line:
                        continue
                    if lang == "zh" and 24 <= len(line) <= 150 and _ZH_END.search(line) and not line.isascii():
                        seen[line] = None
                    if lang == "en" and 70 <= len(line) <= 360 and _EN_END.search(line) and line.isascii():
                        seen[line] = None
        out[lang] = list(seen)
    return out


_TEXTS: dict[str, list[str]] = {}


def texts() -> dict[str, list[str]]:
    """The paragraphs; said once on stderr with the folder they came from and a digest of them: the pages (and so
    the scores) are those of the data found there (``CLEANER_SHARED``, else ``shared`` beside the checkout's
    folder: a checkout under /tmp reads /tmp/shared), so two runs compare only when the digests are equal."""
    if not _TEXTS:
        _TEXTS.update(_texts())
        digest = hashlib.blake2b("\n".join(p for lang in sorted(_TEXTS) for p in _TEXTS[lang]).encode(), digest_size=6)
        counts = ", ".join(f"{len(v)} {k}" for k, v in sorted(_TEXTS.items()))
        print(f"thread_corpus4: texts from {DATA.resolve()} ({counts} paragraphs, {digest.hexdigest()})", file=sys.stderr)
    return _TEXTS


SHORT = {
    "zh": ["顶", "+1", "谢谢楼主", "顶一下", "学习了", "mark一下", "同意楼上", "好帖，收藏", "路过", "支持楼主", "坐等更新", "说得好"],
    "en": ["+1", "Bump.", "Thanks!", "Same here.", "This.", "Following.", "Agreed.", "Nice one.", "Subscribed.", "Great write-up."],
}
NAMES = {
    "zh": ["江南烟雨", "大表哥", "不吃香菜", "老司机带带我", "半夏微凉", "阿杰同学", "山海经", "小熊饼干", "数码控", "北漂十年"],
    "en": ["grumpy_cat", "rtfm", "LunaLovegood", "dave_b", "kernelpanic", "sunny82", "mtnbiker", "ZeroCool", "hazel", "jm_smith"],
}
SIGS = {
    "zh": ["签名：心若向阳，无畏悲伤。", "个人博客欢迎来踩，每周更新。", "此人很懒，什么也没留下。"],
    "en": ["-- Sent from my Pixel using Tapatalk", "Rig: i5-12400 / 16GB / RX 6600", "Opinions are my own and not my employer's."],
}
CODE = {
    "zh": ["pip install requests==2.31.0", "sudo systemctl restart nginx", "git clone --depth 1 repo.git"],
    "en": ["sudo apt-get install -y python3-venv", "SELECT id, name FROM users WHERE active = 1;", "npm install --save-dev eslint"],
}
TITLES = {
    "zh": ["关于这个问题的一点看法", "新手求助，在线等", "分享一下我的经验", "大家来说说这件事", "有没有懂行的朋友"],
    "en": ["Question about this, any ideas?", "My experience so far", "Help needed with a problem", "What are your thoughts?"],
}


@dataclass
class Post:
    paras: list[str]
    user: str
    quote: tuple[str, str] | None = None  # (quoted user, quoted text)
    code: str = ""  # one code line, after the paragraphs
    edited: bool = False
    sig: str = ""
    image: bool = False
    comments: list[str] = field(default_factory=list)  # an answer's comments (not in the gold)


@dataclass
class Page(ThreadPage[Post]):
    control: bool = False  # an article and its comments: posts[0] is the article, the rest are comments
    chrome: set[str] = field(default_factory=set)
    html: str = ""

    def kept(self) -> list[list[str]]:
        posts = self.posts[:1] if self.control else self.posts
        if self.shape == "page2" and not self.control:
            posts = posts[1:]
        return [([p.quote[1]] if p.quote else []) + p.paras + ([p.code] if p.code else []) for p in posts]

    def gold(self) -> str:
        return "\n".join(x for paras in self.kept() for x in paras)


def c(page: Page, *strings: str) -> None:
    page.chrome.update(strings)


def when(rng: random.Random, lang: str) -> str:
    m, d, h, mi = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
    return f"2023-{m}-{d} {h:02d}:{mi:02d}" if lang == "zh" else f"Mon Mar {d:02d}, 2023 {h % 12 + 1}:{mi:02d} pm"


def shown(page: Page) -> list[tuple[int, Post]]:
    """The posts shown on the page with their floor numbers (page 2 starts past the first post)."""
    posts = list(enumerate(page.posts))
    if page.shape == "page2" and not page.control:
        return [(k + 20, p) for k, p in posts[1:]]
    return posts


def pager(page: Page) -> str:
    cur = 2 if page.shape == "page2" else 1
    if page.lang == "zh":
        c(page, "下一页", "上一页")
        return f"<div class='pg'><a>上一页</a>{''.join(f'<strong>{n}</strong>' if n == cur else f'<a>{n}</a>' for n in (1, 2, 3))}<label>/ 3 页</label><a class='nxt'>下一页</a></div>"
    c(page, "Page 1 of 3" if cur == 1 else "Page 2 of 3")
    return f"<div class='pagination'>Page <strong>{cur}</strong> of <strong>3</strong> &bull; <a>1</a>, <a>2</a>, <a>3</a> <a>Next</a></div>"


def frame(page: Page, body: str, rng: random.Random, site: str) -> str:
    if page.lang == "zh":
        c(page, "网站地图", "京ICP备")
        side = "".join(f"<li><a href='/t/{900 + k}'>{t}</a></li>" for k, t in enumerate(TITLES["zh"]))
        return (
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
            f"<div id='toptb'><a>设为首页</a><a>收藏本站</a><a>登录</a><a>立即注册</a></div><div id='hd'><h2><a href='/'>{site}</a></h2><ul id='nv'><li><a>首页</a></li><li><a>论坛</a></li><li><a>问答</a></li><li><a>专栏</a></li></ul></div>"
            f"<div id='wp' class='wp'><div class='mn'>{body}</div><div class='sd'><div class='bm'><h3>热门推荐</h3><ul>{side}</ul></div></div></div>"
            f"<div id='ft'><p><a>关于我们</a> | <a>联系我们</a> | <a>网站地图</a></p><p>Copyright © 2024 {site} 京ICP备12345678号</p></div></body></html>"
        )
    c(page, "Privacy Policy", "All times are UTC")
    side = "".join(f"<li><a href='/t/{300 + k}'>{t}</a></li>" for k, t in enumerate(TITLES["en"]))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
        f"<div id='wrap'><div class='headerbar'><a class='logo' href='/'>{site}</a><div class='navbar'><a>Board index</a> <a>FAQ</a> <a>Search</a> <a>Register</a> <a>Login</a></div></div>"
        f"<div id='page-body'>{body}</div><div class='sidebar'><h3>Similar topics</h3><ul>{side}</ul></div>"
        f"<div id='page-footer'><p>All times are UTC</p><p><a>Privacy Policy</a> | <a>Terms</a></p><p>Powered by forum software © {site}</p></div></div></body></html>"
    )


# -- Chinese -------------------------------------------------------------------------------------------------------


def discuz_t(page: Page, rng: random.Random) -> str:
    c(page, "发表于", "只看该作者", "下载附件", "参与人数", "本帖最后由", "积分", "UID", "回复:", "查看:", "理由", "电梯直达", "使用道具")
    out = [
        f"<div id='pt' class='bm cl'><div class='z'><a>首页</a> <em>›</em> <a>综合讨论区</a> <em>›</em> <a>{page.title}</a></div></div>"
        f"<div class='pgs mtm mbm cl'>{pager(page)}</div><div id='postlist' class='pl bm'><table cellspacing='0' cellpadding='0'><tr><td class='pls ptn pbn'><div class='hm ptn'><span class='xg1'>查看:</span> <span class='xi1'>{rng.randint(100, 9999)}</span><span class='pipe'>|</span><span class='xg1'>回复:</span> <span class='xi1'>{len(page.posts) + 20}</span></div></td>"
        f"<td class='plc ptm pbn vwthd'><h1 class='ts'><span id='thread_subject'>{page.title}</span></h1></td></tr></table>"
    ]
    for k, p in shown(page):
        pid = 80000 + k
        floor = ["楼主", "沙发", "板凳", "地板"][k] if k < 4 else f"{k + 1}<sup>#</sup>"
        body = ""
        if p.edited:
            body += f"<i class='pstatus'> 本帖最后由 {p.user} 于 {when(rng, 'zh')} 编辑 </i><br /><br />"
        if p.quote:
            body += f"<div class='quote'><blockquote><font size='2'><a href='/redirect?pid={pid - 1}'><font color='#999999'>{p.quote[0]} 发表于 {when(rng, 'zh')}</font></a></font><br />{p.quote[1]}</blockquote></div><br />"
        body += "<br /><br />".join(p.paras)
        if p.code:
            body += f"<div class='blockcode'><div id='code_{pid}'><ol><li>{p.code}<br /></li></ol></div><em onclick='copycode()'>复制代码</em></div>"
            c(page, "复制代码")
        if p.image:
            body += f"<br /><ignore_js_op><img id='aimg_{pid}' class='zoom' file='/data/attachment/{pid}.jpg' /><div class='tip tip_4 aimg_tip'><p><strong>IMG_{pid}.jpg</strong> <em class='xg1'>({rng.randint(50, 900)}.{rng.randint(10, 99)} KB, 下载次数: {rng.randint(0, 90)})</em></p><p><a>下载附件</a></p><p class='xg1 y'>{when(rng, 'zh')} 上传</p></div></ignore_js_op>"
        rate = ""
        if k % 3 == 1:
            rate = (
                f"<dl id='ratelog_{pid}' class='rate'><dd><table class='ratl'><tr><th class='xw1'><a>评分</a></th><th><a>参与人数 <span class='xi1'>2</span></a></th><th><i>威望 <span class='xi1'>+2</span></i></th><th><a class='y xi2'>收起</a><i class='txt_h'>理由</i></th></tr>"
                f"<tbody class='ratl_l'><tr><td><a>{rng.choice(NAMES['zh'])}</a></td><td class='xi1'> + 1</td><td class='xg1'>赞一个!</td></tr><tr><td><a>{rng.choice(NAMES['zh'])}</a></td><td class='xi1'> + 1</td><td class='xg1'>很给力!</td></tr></tbody></table></dd></dl>"
            )
            c(page, "赞一个!", "很给力!")
        sign = f"<div class='sign'>{p.sig}</div>" if p.sig else ""
        out.append(
            f"<div id='post_{pid}'><table id='pid{pid}' class='plhin' summary='pid{pid}' cellspacing='0' cellpadding='0'><tr><td class='pls' rowspan='2'><div id='favatar{pid}' class='pls favatar'><div class='pi'><div class='authi'><a class='xw1'>{p.user}</a></div></div>"
            f"<div class='p_pop blk bui card_gender_0'><div class='avatar'><img src='/uc/{k}.jpg' /></div><div class='i y'><div><strong><a>{p.user}</a></strong></div><dl class='cl'><dt>积分</dt><dd>{rng.randint(10, 9000)}</dd></dl><p>UID {rng.randint(1000, 99999)}</p></div></div>"
            f"<div class='tns xg2'><table cellspacing='0' cellpadding='0'><tr><th><p><a>{rng.randint(1, 99)}</a></p>主题</th><th><p><a>{rng.randint(1, 999)}</a></p>帖子</th><td><p><a>{rng.randint(1, 9999)}</a></p>积分</td></tr></table></div><p><em><a>{rng.choice(['中级会员', '高级会员', '新手上路'])}</a></em></p></div></td>"
            f"<td class='plc'><div class='pi'><strong><a id='postnum{pid}'><em>{floor}</em></a></strong><div class='pti'><div class='authi'><img class='authicn vm' src='/online_member.gif' /><em id='authorposton{pid}'>发表于 {when(rng, 'zh')}</em><span class='pipe'>|</span><a>只看该作者</a></div></div></div>"
            f"<div class='pct'><div class='pcb'><div class='t_fsz'><table cellspacing='0' cellpadding='0'><tr><td class='t_f' id='postmessage_{pid}'>{body}</td></tr></table></div>{rate}</div></div>{sign}</td></tr>"
            f"<tr><td class='plc plm'></td></tr><tr id='_postposition{pid}'></tr><tr><td class='pls'></td><td class='plc'><div class='po hin'><div class='pob cl'><em><a class='fastre'>回复</a><a class='replyadd'>支持</a></em><p><a>使用道具</a><a>举报</a></p></div></div></td></tr></table></div>"
        )
    out.append(f"</div><div class='pgs mtm mbm cl'>{pager(page)}</div><div id='f_pst' class='pl bm bmw'><textarea placeholder='您需要登录后才可以回帖'></textarea><button>发表回复</button></div>")
    c(page, "您需要登录后才可以回帖")
    return frame(page, "".join(out), rng, "创意生活论坛")


def tianya(page: Page, rng: random.Random) -> str:
    c(page, "作者：", "时间：", "楼主：", "点击：", "回复：", "举报", "评论", "只看楼主")
    out = [
        f"<div id='post_head' class='atl-head'><h1 class='atl-title'><span class='s_title'><span>{page.title}</span></span></h1>"
        f"<div class='atl-menu clearfix js-bbs-act'><div class='atl-info'><span>楼主：<a class='js-vip-check'>{page.posts[0].user}</a></span><span>时间：{when(rng, 'zh')}</span><span>点击：{rng.randint(1000, 99999)}</span><span>回复：{len(page.posts) + 20}</span></div>"
        f"<div class='atl-opt'><a>只看楼主</a> <a>最热回复</a> <a>收藏</a></div></div></div><div class='atl-pages'>{pager(page)}</div><div class='atl-main'>"
    ]
    for k, p in shown(page):
        text = "<br>".join(f"　　{x}" for x in p.paras)
        if p.quote:
            text = f"<div class='reply-quote'>@{p.quote[0]} {k}楼 {when(rng, 'zh')}<br>{p.quote[1]}</div>-----------------------------<br>" + text
        if p.code:
            text += f"<br><pre>{p.code}</pre>"
        if p.image:
            text += f"<br><img original='/img/{k}.jpg' class='zoom'><br>"
        if k == 0 and page.shape != "page2":
            out.append(
                f"<div class='atl-item host-item' _host='{p.user}'><div class='atl-content'><div class='atl-con-hd clearfix'><div class='atl-con-hd-l'></div></div>"
                f"<div class='atl-con-bd clearfix'><div class='bbs-content clearfix'>{text}</div><div id='alt_action' class='clearfix'><a>举报</a> <a>分享</a></div></div></div></div>"
            )
            continue
        out.append(
            f"<div class='atl-item' _host='{p.user}' id='{k}' js_username='{p.user}' js_restime='{when(rng, 'zh')}'><div class='atl-head'><div class='atl-info'><span>作者：<a class='js-vip-check'>{p.user}</a></span> <span>时间：{when(rng, 'zh')}</span></div></div>"
            f"<div class='atl-content'><div class='atl-con-bd clearfix'><div class='bbs-content'>{text}</div>"
            f"<div class='atl-reply'><span>{k}楼</span> <a class='reportme'>举报</a> | <a class='a-link-2 ir-shang'>打赏</a> | <a class='a-link-2 reply'>回复</a> | <a class='a-link-2 ir-remark'>评论</a></div></div></div></div>"
        )
        c(page, "打赏")
        if k == 2:
            out.append("<div class='atl-item ad-item'><div class='atl-con-bd'><a href='/ad'>【推广】免费领取30天会员，点击查看详情</a></div></div>")
            c(page, "【推广】免费领取30天会员，点击查看详情")
    out.append(f"</div><div class='atl-pages'>{pager(page)}</div><div class='atl-post'><textarea>说点什么吧</textarea><button>回复</button></div>")
    return frame(page, "".join(out), rng, "天涯社区")


def smth(page: Page, rng: random.Random) -> str:
    board = "Career_Investment"
    c(page, "发信人:", "信区:", "标  题:", "发信站:", "※ 来源:", "修改:", "回复", "同主题", "收藏")
    out = [f"<div class='b-head corner'><span class='n-left'>文章阅读: {page.title}</span><span class='n-right'><a>同主题展开</a></span></div><div class='t-pre'>{pager(page)}</div><div class='b-content corner'>"]
    for k, p in shown(page):
        head = f"发信人: {p.user} ({rng.choice(NAMES['zh'])}), 信区: {board}<br />标  题: {'Re: ' if k else ''}{page.title}<br />发信站: 水木社区 ({when(rng, 'zh')}), 站内<br />&nbsp;&nbsp;<br />"
        body = "<br />".join(p.paras)
        if p.quote:
            body += f"<br /><font class='f006'>【 在 {p.quote[0]} 的大作中提到: 】</font><br /><font class='f006'>: {p.quote[1]}</font>"
            c(page, "的大作中提到")
        if p.code:
            body = body + f"<br />{p.code}"
        tail = f"<br />--<br />{p.sig}" if p.sig else ""
        foot = f"<br />※ 修改:·{p.user} 于 {when(rng, 'zh')} 修改本文·[FROM: 114.242.*.*]" if p.edited else ""
        foot += "<br /><font class='f000'></font><font class='f006'>※ 来源:·水木社区 newsmth.net·[FROM: 221.218.*.*]</font>"
        out.append(
            f"<table class='article'><tr class='a-head'><td class='a-left'><span class='a-u-name'><a>{p.user}</a></span></td><td class='a-right'><span class='a-pos'>{'楼主' if k == 0 else f'第{k}楼'}</span>"
            f"<ul class='a-func'><li><a class='a-func-reply'>回复</a></li><li><a class='a-func-forward'>转寄</a></li><li><a>同主题</a></li></ul></td></tr>"
            f"<tr class='a-body'><td class='a-left a-info'><div class='a-u-img'><img src='/face/{k}.jpg' /></div><div class='a-u-uid'>{p.user}</div><dl class='a-u-info'><dt>身 份</dt><dd>用户</dd><dt>文 章</dt><dd>{rng.randint(10, 9999)}</dd><dt>积 分</dt><dd>{rng.randint(10, 9999)}</dd></dl></td>"
            f"<td class='a-content'><p>{head}{body}{tail}{foot}</p></td></tr></table>"
        )
        c(page, "转寄", "身 份", "文 章", "积 分")
        if p.sig:
            c(page, p.sig)
    out.append(f"</div><div class='t-pre-bottom'>{pager(page)}</div><div class='b-foot'><a>发表回复</a></div>")
    return frame(page, "".join(out), rng, "水木社区")


def zhidao_best(page: Page, rng: random.Random) -> str:
    c(page, "最佳答案", "其他回答", "展开全部", "采纳率", "擅长：", "为你推荐", "已赞过", "已踩过", "你对这个回答的评价是", "评论", "收起", "提问者采纳")
    q, rest = page.posts[0], shown(page)
    if page.shape != "page2":
        rest = rest[1:]
    out = [
        f"<div id='wgt-ask' class='wgt-ask'><h1><span class='ask-title'>{page.title}</span></h1>"
        + (f"<div class='line mt-5 q-content'><span class='con-all'>{'<br />'.join(q.paras)}</span></div>" if page.shape != "page2" else "")
        + f"<div class='line f-aid ask-info ff-arial'><span class='grid-r ask-time'>{when(rng, 'zh')}</span><a class='ask-user'>{q.user}</a><span>|</span><span>浏览{rng.randint(100, 99999)}次</span></div></div>"
    ]
    for n, (k, p) in enumerate(rest):
        text = "<br />".join(p.paras) + (f"<pre class='code'>{p.code}</pre>" if p.code else "")
        if p.quote:
            text = f"<blockquote class='wgt-quote'>{p.quote[1]}</blockquote>" + text
        if p.image:
            text += f"<img class='ikqb_img' src='/img/{k}.jpg' />"
        vote = f"<div class='qb-zan-eva'><span class='evaluate evaluate-32' data-evaluate='{rng.randint(0, 99)}'>{rng.randint(0, 99)}</span><span class='evaluate evaluate-bad'>{rng.randint(0, 9)}</span></div><div class='wgt-eva'>已赞过 已踩过&lt; 你对这个回答的评价是？ 评论 收起</div>"
        if n == 0:
            out.append(
                f"<div class='wgt-best' id='best-answer-{k}'><div class='hd line'><h2 class='best-title'><span class='title-txt'>最佳答案</span></h2><span class='best-tag'>提问者采纳</span></div>"
                f"<div class='bd answer'><div class='line content'><div class='best-text mb-10' id='best-content-{k}'>{text}<div class='wgt-best-mask'><div class='wgt-best-showbtn'>展开全部<span class='wgt-best-arrowdown'></span></div></div></div></div>"
                f"<div class='wgt-replyer-best'><a class='wgt-replyer-best-uname'>{p.user}</a><span class='wgt-replyer-best-rate'>采纳率：{rng.randint(10, 99)}%</span><span>擅长：生活常识 电脑/网络</span></div>{vote}</div></div>"
                f"<div class='wgt-answers'><div class='hd line other-hd'><h2>其他回答</h2><span class='other-num'>共{len(rest) - 1}条</span></div><div class='bd-wrap'>"
            )
            continue
        out.append(
            f"<div class='bd answer' id='answer-{k}'><div class='line info f-aid'><a class='wgt-replyer-all-uname'>{p.user}</a><span class='wgt-replyer-all-time'>{when(rng, 'zh')}</span></div>"
            f"<div class='line content'><div class='answer-text mb-10'><span class='con'>{text}</span></div></div>{vote}</div>"
        )
    out.append("</div></div><div class='wgt-related'><h2>为你推荐</h2><ul>" + "".join(f"<li><a>{t}</a><span>{rng.randint(1, 99)}个回答</span></li>" for t in TITLES["zh"]) + "</ul></div>")
    return frame(page, "".join(out), rng, "知道问答")


def wukong(page: Page, rng: random.Random) -> str:
    def h() -> str:
        return "css-" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))

    card, body, meta, bar = h(), h(), h(), h()
    c(page, "个回答", "关注问题", "写回答", "赞同", "分享", "收藏", "举报", "阅读全文", "发布于", "相关问题")
    q = page.posts[0]
    out = [
        f"<div class='{h()}'><h1 class='{h()}'>{page.title}</h1>"
        + (f"<div class='{h()}'>{''.join(f'<p>{x}</p>' for x in q.paras)}</div>" if page.shape != "page2" else "")
        + f"<div class='{h()}'><button>关注问题</button><button>写回答</button><span>{len(page.posts) + 20}个回答</span></div></div><div class='{h()}'>"
    ]
    rest = shown(page) if page.shape == "page2" else shown(page)[1:]
    for n, (k, p) in enumerate(rest):
        text = "".join(f"<p>{x}</p>" for x in p.paras)
        if p.quote:
            text = f"<blockquote>{p.quote[1]}</blockquote>" + text
        if p.code:
            text += f"<pre><code>{p.code}</code></pre>"
        if p.image:
            text += f"<figure><img src='/i/{k}.jpg'><figcaption></figcaption></figure>"
        fold = f"<div class='{h()}'><button>阅读全文</button></div>" if len(p.paras) > 2 else ""
        out.append(
            f"<div class='{card}'><div class='{meta}'><img src='/a/{k}.jpg'><div><a>{p.user}</a><div>{rng.choice(['优质答主', '科技达人', ''])}</div></div><span>发布于 {when(rng, 'zh')}</span></div>"
            f"<div class='{body}'>{text}</div>{fold}<div class='{bar}'><button>赞同 {rng.randint(1, 999)}</button><button>{rng.randint(0, 99)} 条评论</button><button>分享</button><button>收藏</button><button>举报</button></div></div>"
        )
        c(page, "条评论", "优质答主", "科技达人")
        if n == 1:
            out.append(f"<div class='{h()}'><h3>相关问题</h3>" + "".join(f"<div><a>{t}</a><span>{rng.randint(2, 90)}个回答</span></div>" for t in TITLES["zh"][:3]) + "</div>")
    out.append("</div>")
    return frame(page, "".join(out), rng, "悟空问答")


def bili_article(page: Page, rng: random.Random) -> str:
    art = page.posts[0]
    c(page, "评论", "最热", "最新", "回复", "条回复", "点击查看", "UP主觉得很赞", "投诉", "阅读")
    paras = "".join(f"<p>{x}</p>" for x in art.paras)
    if art.image:
        paras += "<figure class='img-box'><img data-src='/bfs/article/1.jpg'><figcaption class='caption'></figcaption></figure>"
    out = [
        f"<div class='article-container'><div class='article-container__content'><div class='title-container'><h1 class='title'>{page.title}</h1><div class='article-read-info'><span class='publish-text'>{when(rng, 'zh')}</span><span>阅读 {rng.randint(100, 99999)}</span></div></div>"
        f"<div id='read-article-holder' class='normal-article-holder read-article-holder'>{paras}</div>"
        f"<div class='article-footer'><div class='interaction-info'><span class='like-btn'>{rng.randint(1, 999)}</span><span class='coin-btn'>投币</span><span class='share-btn'>分享</span></div></div></div>"
        f"<div id='comment-wrapper' class='comment-wrapper'><div class='reply-header'><div class='reply-navigation'><span class='nav-title-text'>评论</span><span class='total-reply'>{len(page.posts) * 3}</span><ul class='nav-sort'><li class='hot-sort'>最热</li><li class='time-sort'>最新</li></ul></div></div><div class='reply-list'>"
    ]
    c(page, "投币")
    for k, p in list(enumerate(page.posts))[1:]:
        subs = ""
        if k % 2 == 0:
            s = rng.choice(SHORT["zh"])
            subs = f"<div class='sub-reply-container'><div class='sub-reply-list'><div class='sub-reply-item'><div class='sub-user-info'><span class='sub-user-name'>{rng.choice(NAMES['zh'])}</span></div><span class='reply-content'>回复 @{p.user} :{s}</span><div class='sub-reply-info'><span class='sub-reply-time'>{when(rng, 'zh')}</span><span class='sub-reply-like'>{rng.randint(0, 99)}</span><span class='sub-reply-btn'>回复</span></div></div><div class='view-more'>共{rng.randint(3, 40)}条回复, <span class='view-more-btn'>点击查看</span></div></div></div>"
        out.append(
            f"<div class='reply-item'><div class='root-reply-container'><div class='root-reply-avatar'><img src='/face/{k}.jpg'></div><div class='content-warp'><div class='user-info'><div class='user-name'>{p.user}</div><span class='user-level'>LV{rng.randint(1, 6)}</span></div>"
            f"<div class='root-reply'><span class='reply-content-container root-reply'><span class='reply-content'>{' '.join(p.paras)}</span></span><div class='reply-info'><span class='reply-time'>{when(rng, 'zh')}</span><span class='reply-like'>{rng.randint(0, 999)}</span><span class='reply-dislike'></span><span class='reply-btn'>回复</span><div class='reply-operation-warp'><span>投诉</span></div></div></div></div></div>{subs}<div class='bottom-line'></div></div>"
        )
        c(page, *p.paras)
    out.append("</div><div class='reply-end'>没有更多评论</div></div></div>")
    c(page, "没有更多评论")
    return frame(page, "".join(out), rng, "哔哩专栏")


# -- English -------------------------------------------------------------------------------------------------------


def subsilver(page: Page, rng: random.Random) -> str:
    c(page, "Posted:", "Post subject:", "Joined:", "Posts:", "Location:", "wrote:", "Back to top", "Display posts from previous", "Author", "Message", "Quote", "Reply with quote")
    out = [
        f"<table width='100%' class='forumline'><tr><td class='maintitle'><a class='maintitle'>{page.title}</a></td></tr><tr><td class='nav'><a>Forum Index</a> -&gt; <a>General Discussion</a></td><td class='gensmall'>{pager(page)}</td></tr></table>"
        "<table class='forumline' width='100%' cellspacing='1' cellpadding='3' border='0'><tr><th class='thLeft' width='150' height='26' nowrap='nowrap'>Author</th><th class='thRight' nowrap='nowrap'>Message</th></tr>"
    ]
    for k, p in shown(page):
        row = "row1" if k % 2 == 0 else "row2"
        text = "<br /><br />".join(p.paras)
        if p.quote:
            text = f"</span><table width='90%' cellspacing='1' cellpadding='3' border='0' align='center'><tr><td><span class='genmed'><b>{p.quote[0]} wrote:</b></span></td></tr><tr><td class='quote'>{p.quote[1]}</td></tr></table><span class='postbody'>" + text
        if p.code:
            text += f"</span><table width='90%' cellspacing='1' cellpadding='3' border='0' align='center'><tr><td><span class='genmed'><b>Code:</b></span></td></tr><tr><td class='code'>{p.code}</td></tr></table><span class='postbody'>"
            c(page, "Code:")
        if p.image:
            text += "<br /><img src='/images/photo.jpg' border='0' />"
        if p.sig:
            text += f"<br />_________________<br />{p.sig}"
            c(page, p.sig, "_________________")
        if p.edited:
            text += f"<br /><br /><span class='gensmall'>Last edited by {p.user} on {when(rng, 'en')}; edited 1 time in total</span>"
            c(page, "Last edited by", "edited 1 time in total")
        out.append(
            f"<tr><td width='150' align='left' valign='top' class='{row}'><span class='name'><a name='{k}'></a><b>{p.user}</b></span><br /><span class='postdetails'>{rng.choice(['Member', 'Regular', 'Newbie'])}<br /><br />Joined: {rng.choice(['Jan', 'May', 'Oct'])} 20{rng.randint(10, 22)}<br />Posts: {rng.randint(1, 5000)}<br />Location: {rng.choice(['UK', 'Ohio', 'Berlin'])}</span><br /></td>"
            f"<td class='{row}' width='100%' height='28' valign='top'><table width='100%' border='0' cellspacing='0' cellpadding='0'><tr><td width='100%'><a><img src='/images/icon_minipost.gif' alt='Post' /></a><span class='postdetails'>Posted: {when(rng, 'en')}<span class='gen'>&nbsp;</span>&nbsp; &nbsp;Post subject: {'Re: ' if k else ''}{page.title}</span></td>"
            f"<td valign='top' nowrap='nowrap'><a><img src='/images/icon_quote.gif' alt='Reply with quote' title='Reply with quote' /></a></td></tr><tr><td colspan='2'><hr /></td></tr><tr><td colspan='2'><span class='postbody'>{text}</span><span class='gensmall'></span></td></tr></table></td></tr>"
            f"<tr><td class='{row}' width='150' align='left' valign='middle'><span class='nav'><a class='nav'>Back to top</a></span></td><td class='{row}' width='100%' height='28' valign='bottom' nowrap='nowrap'><a><img src='/images/icon_profile.gif' alt='View user&#39;s profile' /></a> <a><img src='/images/icon_pm.gif' alt='Send private message' /></a></td></tr>"
            "<tr><td class='spaceRow' colspan='2' height='1'><img src='/images/spacer.gif' alt='' width='1' height='1' /></td></tr>"
        )
    out.append(f"<tr><td class='catBottom' colspan='2' height='28'><span class='gensmall'>Display posts from previous: <select><option>All Posts</option></select></span></td></tr></table><div class='gensmall'>{pager(page)}</div>")
    return frame(page, "".join(out), rng, "The Old Board")


def vb3(page: Page, rng: random.Random) -> str:
    c(page, "Join Date:", "Posts:", "Location:", "Quote:", "Originally Posted by", "Reply With Quote", "Senior Member", "Junior Member", "Thread Tools", "Display Modes")
    out = [f"<table class='tborder' width='100%'><tr><td class='navbar'><strong>{page.title}</strong></td></tr></table><table class='tborder'><tr><td class='vbmenu_control'>Thread Tools</td><td class='vbmenu_control'>Display Modes</td><td>{pager(page)}</td></tr></table><div id='posts'>"]
    for k, p in shown(page):
        pid = 455000 + k
        text = "<br />\n<br />\n".join(p.paras)
        if p.quote:
            text = (
                f"<div style='margin:20px; margin-top:5px; '><div class='smallfont' style='margin-bottom:2px'>Quote:</div><table cellpadding='6' cellspacing='0' border='0' width='100%'><tr><td class='alt2' style='border:1px inset'>"
                f"<div>Originally Posted by <strong>{p.quote[0]}</strong> <a href='showthread.php?p={pid - 1}#post{pid - 1}' rel='nofollow'><img class='inlineimg' src='images/buttons/viewpost.gif' alt='View Post' /></a></div><div style='font-style:italic'>{p.quote[1]}</div></td></tr></table></div>" + text
            )
        if p.code:
            text += f"<div style='margin:20px; margin-top:5px'><div class='smallfont' style='margin-bottom:2px'>Code:</div><pre class='alt2' dir='ltr'>{p.code}</pre></div>"
            c(page, "Code:")
        if p.image:
            text += "<br /><img src='http://i.imgur.com/x.jpg' border='0' alt='' />"
        sig = f"<div>__________________<br />{p.sig}</div>" if p.sig else ""
        if p.sig:
            c(page, p.sig, "__________________")
        edit = ""
        if p.edited:
            edit = f"<div class='smallfont'><hr size='1' style='color:#D1D1E1' /><em>Last edited by {p.user}; {when(rng, 'en')} at <span class='time'>09:12 PM</span>.</em></div>"
            c(page, "Last edited by")
        out.append(
            f"<div id='edit{pid}' style='padding:0px 0px 6px 0px'><table id='post{pid}' class='tborder' cellpadding='6' cellspacing='0' border='0' width='100%' align='center'>"
            f"<tr><td class='thead' style='font-weight:normal'><div class='normal' style='float:right'>&nbsp;#<a href='showpost.php?p={pid}&amp;postcount={k + 1}' target='new' rel='nofollow' id='postcount{pid}' name='{k + 1}'><strong>{k + 1}</strong></a> &nbsp;</div><div class='normal'><a name='post{pid}'><img class='inlineimg' src='images/statusicon/post_old.gif' alt='Old' border='0' /></a>{when(rng, 'en')}</div></td></tr>"
            f"<tr><td class='alt2' style='padding:0px'><table cellpadding='0' cellspacing='6' border='0' width='100%'><tr><td class='alt2'><a class='bigusername'>{p.user}</a><div class='smallfont'>{rng.choice(['Senior Member', 'Junior Member'])}</div></td><td nowrap='nowrap' valign='top'><div class='smallfont'><div>Join Date: {rng.choice(['Mar', 'Jul', 'Nov'])} 20{rng.randint(10, 22)}</div><div>Location: {rng.choice(['Texas', 'Sydney', 'Leeds'])}</div><div>Posts: {rng.randint(1, 9000):,}</div></div></td></tr></table></td></tr>"
            f"<tr><td class='alt1' id='td_post_{pid}'><div id='post_message_{pid}'>{text}</div>{sig}{edit}</td></tr>"
            f"<tr><td class='alt2' align='right'><a href='newreply.php?do=newreply&amp;p={pid}' rel='nofollow'><img src='images/buttons/quote.gif' alt='Reply With Quote' border='0' /></a></td></tr></table></div>"
        )
    out.append(f"</div><table class='tborder'><tr><td>{pager(page)}</td></tr></table><div class='smallfont'>« <a>Previous Thread</a> | <a>Next Thread</a> »</div>")
    c(page, "Previous Thread", "Next Thread")
    return frame(page, "".join(out), rng, "vBForums")


def se_comments(page: Page, rng: random.Random) -> str:
    c(page, "Share", "Improve this answer", "Follow", "Add a comment", "asked", "answered", "edited", "Sorted by:", "Highest score (default)", "Show 2 more comments", "Your Answer", "reputation")
    q = page.posts[0]

    def post_body(p: Post) -> str:
        b = "".join(f"<p>{x}</p>" for x in p.paras)
        if p.quote:
            b = f"<blockquote><p>{p.quote[1]}</p></blockquote>" + b
        if p.code:
            b += f"<pre class='lang-py s-code-block'><code>{p.code}</code></pre>"
        if p.image:
            b += "<p><a href='/i/x.png' rel='nofollow noreferrer'><img src='/i/x.png' alt='enter image description here'></a></p>"
        return b

    def comments(p: Post) -> str:
        if not p.comments:
            return "<div class='comments js-comments-container'><ul class='comments-list js-comments-list'></ul></div><div class='js-comment-actions'><a class='js-add-link comments-link'>Add a comment</a></div>"
        items = "".join(
            f"<li class='comment js-comment'><div class='js-comment-actions comment-actions'><div class='comment-score js-comment-edit-hide'><span class='cool'>{rng.randint(1, 40)}</span></div></div><div class='comment-text js-comment-text-and-form'><div class='comment-body js-comment-edit-hide'><span class='comment-copy'>{t}</span> – <div class='d-inline-flex ai-center'><a class='comment-user'>{rng.choice(NAMES['en'])}</a></div> <span class='comment-date'><span class='relativetime-clean'>{when(rng, 'en')}</span></span></div></div></li>"
            for t in p.comments
        )
        return f"<div class='comments js-comments-container'><ul class='comments-list js-comments-list'>{items}</ul></div><div class='js-comment-actions'><a class='js-add-link comments-link'>Add a comment</a><span class='js-link-separator'>&nbsp;|&nbsp;</span><a class='js-show-link comments-link'>Show <b>2</b> more comments</a></div>"

    def signature(p: Post, verb: str) -> str:
        return (
            f"<div class='post-signature'><div class='user-info'><div class='user-action-time'>{verb} <span class='relativetime'>{when(rng, 'en')}</span></div><div class='user-gravatar32'><img src='/g/{p.user}.png'></div>"
            f"<div class='user-details'><a>{p.user}</a><div class='-flair'><span class='reputation-score' title='reputation score'>{rng.randint(1, 99)},{rng.randint(100, 999)}</span><span class='badge1'></span><span class='badgecount'>{rng.randint(1, 40)}</span></div></div></div></div>"
        )

    def menu() -> str:
        return "<div class='js-post-menu'><div class='d-flex gs8 s-anchors s-anchors__muted fw-wrap'><div class='flex--item'><a class='js-share-link'>Share</a></div><div class='flex--item'><a class='js-suggest-edit-post'>Improve this answer</a></div><div class='flex--item'><button class='js-follow-post'>Follow</button></div></div></div>"

    def votes(n: int, accepted: bool = False) -> str:
        acc = "<div class='js-accepted-answer-indicator' title='Loading when this answer was accepted…'><svg aria-hidden='true' class='svg-icon iconCheckmarkLg'></svg></div>" if accepted else ""
        return f"<div class='votecell post-layout--left'><div class='js-voting-container'><button class='js-vote-up-btn' aria-label='Up vote'></button><div class='js-vote-count fs-title' itemprop='upvoteCount' data-value='{n}'>{n}</div><button class='js-vote-down-btn' aria-label='Down vote'></button>{acc}</div></div>"

    out = [f"<div id='question-header'><h1 itemprop='name'><a class='question-hyperlink'>{page.title}</a></h1><div><a class='ws-nowrap s-btn s-btn__primary'>Ask Question</a></div></div><div class='d-flex fw-wrap'><div>Asked <time>{when(rng, 'en')}</time></div><div>Viewed {rng.randint(100, 90000):,} times</div></div>"]
    c(page, "Ask Question", "Viewed")
    if page.shape != "page2":
        out.append(f"<div id='question' class='question js-question'><div class='post-layout'>{votes(rng.randint(0, 99))}<div class='postcell post-layout--right'><div class='s-prose js-post-body' itemprop='text'>{post_body(q)}</div><div class='mt24 mb12'><div class='post-taglist'><a class='post-tag'>python</a><a class='post-tag'>linux</a></div></div><div class='mb0'><div class='d-flex'>{menu()}{signature(q, 'asked')}</div></div></div><div class='post-layout--right js-post-comments-component'>{comments(q)}</div></div></div>")
    rest = shown(page) if page.shape == "page2" else shown(page)[1:]
    out.append(f"<div id='answers'><div id='answers-header'><h2 class='mb0' data-answercount='{len(rest)}'>{len(rest)} Answers</h2><div>Sorted by: <select><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div>")
    c(page, "Answers")
    for n, (k, p) in enumerate(rest):
        out.append(
            f"<a name='{k}'></a><div id='answer-{k}' class='answer js-answer{' accepted-answer' if n == 0 else ''}' data-answerid='{k}' itemprop='{'acceptedAnswer' if n == 0 else 'suggestedAnswer'}'><div class='post-layout'>{votes(rng.randint(0, 500), n == 0)}"
            f"<div class='answercell post-layout--right'><div class='s-prose js-post-body' itemprop='text'>{post_body(p)}</div><div class='mt24'><div class='d-flex fw-wrap ai-start jc-end gs8 gsy'>{menu()}{signature(p, 'answered')}</div></div></div><div class='post-layout--right js-post-comments-component'>{comments(p)}</div></div></div>"
        )
    out.append(f"</div><div class='pager-answers'>{pager(page)}</div><h2 class='space'>Your Answer</h2><form><textarea></textarea></form><div class='module sidebar-related'><h4>Related</h4>" + "".join(f"<div><a class='question-hyperlink'>{t}</a></div>" for t in TITLES["en"]) + "</div>")
    return frame(page, "".join(out), rng, "Ask Different")


def yahoo(page: Page, rng: random.Random) -> str:
    c(page, "Best Answer", "Other Answers", "Thumbs up", "Thumbs down", "Report", "Source(s):", "Favorite Answer", "Anonymous", "ago")
    q = page.posts[0]
    rest = shown(page) if page.shape == "page2" else shown(page)[1:]
    out = [
        f"<div id='ya-question-detail' class='Question__container'><h1 class='Question__title'>{page.title}</h1>"
        + (f"<div class='Question__contentWrapper'><p class='Question__content'>{'<br>'.join(q.paras)}</p></div>" if page.shape != "page2" else "")
        + f"<div class='Question__userInfo'><a class='UserProfile__userName'>{q.user}</a><span class='Question__date'>{rng.randint(2, 11)} years ago</span></div><div class='Question__actions'><button>Follow</button><button>{rng.randint(1, 9)} answers</button><button>Report</button></div></div>"
    ]
    c(page, "years ago", "answers", "Follow")
    for n, (k, p) in enumerate(rest):
        text = "<br>".join(p.paras) + (f"<br><code>{p.code}</code>" if p.code else "")
        if p.quote:
            text = f"<q>{p.quote[1]}</q><br>" + text
        src = f"<div class='Answer__sources'><span>Source(s):</span> <span>{rng.choice(['personal experience', 'my doctor', 'google'])}</span></div>" if k % 2 else ""
        if src:
            c(page, "personal experience", "my doctor", "google")
        item = (
            f"<li class='AnswersList__answerItem'><div class='Answer__answer'><div class='Answer__userInfo'><div class='UserProfile__avatar'><img src='/a/{k}.png'></div><a class='UserProfile__userName'>{p.user if k % 3 else 'Anonymous'}</a><span class='Answer__date'>{rng.randint(2, 11)} years ago</span></div>"
            f"<div class='ExpandableContent__container'><p class='ExpandableContent__content'>{text}</p></div>{src}"
            f"<div class='Answer__actions'><button class='Answer__thumbsUp' aria-label='Thumbs up'>{rng.randint(0, 40)}</button><button class='Answer__thumbsDown' aria-label='Thumbs down'>{rng.randint(0, 9)}</button><button>Report</button></div></div></li>"
        )
        if n == 0 and page.shape != "page2":
            out.append(f"<div class='BestAnswer__container'><h2 class='BestAnswer__title'>Favorite Answer</h2><ul class='AnswersList__answersList'>{item}</ul></div><div class='OtherAnswers'><h2>Other Answers</h2><ul class='AnswersList__answersList'>")
        else:
            if n == 0:
                out.append("<div class='OtherAnswers'><h2>Other Answers</h2><ul class='AnswersList__answersList'>")
            out.append(item)
    out.append("</ul></div><div class='Related'><h3>Still have questions? Get your answers by asking now.</h3><button>Ask Question</button></div>")
    c(page, "Still have questions? Get your answers by asking now.")
    return frame(page, "".join(out), rng, "Answers")


def quora(page: Page, rng: random.Random) -> str:
    c(page, "Upvote", "Share", "Continue Reading", "Related questions", "More answers below", "Answer requested by", "views", "Sponsored by", "Profile photo for")
    q = page.posts[0]
    rest = shown(page) if page.shape == "page2" else shown(page)[1:]
    out = [
        f"<div class='q-box qu-borderAll qu-borderRadius--small'><div class='q-text qu-dynamicFontSize--xlarge qu-bold'><span class='q-box qu-userSelect--text'>{page.title}</span></div>"
        + (f"<div class='q-box qu-mt--small'><div class='q-text'>{' '.join(q.paras)}</div></div>" if page.shape != "page2" else "")
        + f"<div class='q-flex'><button class='q-click-wrapper'>Answer</button><button class='q-click-wrapper'>Follow · {rng.randint(2, 90)}</button><button class='q-click-wrapper'>Request</button></div></div>"
    ]
    for n, (_k, p) in enumerate(rest):
        paras = "".join(f"<p class='q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start'><span>{x}</span></p>" for x in p.paras)
        if p.quote:
            paras = f"<blockquote class='q-box qu-borderLeft'><p class='q-text'><span>{p.quote[1]}</span></p></blockquote>" + paras
        if p.code:
            paras += f"<pre class='q-box'><code class='q-text'>{p.code}</code></pre>"
        if p.image:
            paras += "<div class='q-box qu-mb--small'><img class='q-image' src='/main-qimg-1.jpg'></div>"
        more = "<div class='q-click-wrapper qu-cursor--pointer'><div class='q-text qu-color--blue'>Continue Reading</div></div>" if len(p.paras) > 2 else ""
        out.append(
            f"<div class='q-box dom_annotate_question_answer_item_{n} qu-borderAll qu-borderRadius--small qu-pt--medium'><div class='q-box'><div class='q-flex qu-alignItems--center'><div class='q-inlineFlex'><img class='q-image' alt='Profile photo for {p.user}'></div>"
            f"<div class='q-box'><span class='q-text qu-bold'><a class='q-box Link___StyledBox'>{p.user}</a></span><div class='q-text qu-color--gray'>{rng.choice(['Former engineer', 'Lives in Chicago', 'Studied at MIT'])} · {rng.randint(1, 9)}y</div></div></div></div>"
            f"<div class='q-box spacing_log_answer_content puppeteer_test_answer_content'><div class='q-relative spacing_log_answer_content'><div class='q-text qu-wordBreak--break-word'>{paras}</div></div>{more}</div>"
            f"<div class='q-text qu-color--gray_light'>{rng.randint(1, 99)}.{rng.randint(1, 9)}K views · View upvotes</div><div class='q-flex'><button class='q-click-wrapper'>Upvote · {rng.randint(1, 999)}</button><button class='q-click-wrapper'>Share</button></div></div>"
        )
        c(page, "Former engineer", "Lives in Chicago", "Studied at MIT", "View upvotes")
        if n == 0:
            out.append("<div class='q-box qu-borderAll'><div class='q-text qu-bold'>Related questions</div>" + "".join(f"<div class='q-box'><a class='q-box qu-cursor--pointer'><span class='q-text'>{t}</span></a></div>" for t in TITLES["en"]) + "</div><div class='q-text qu-color--gray'>More answers below</div>")
    return frame(page, "".join(out), rng, "Quora-like")


def disqus_blog(page: Page, rng: random.Random) -> str:
    art = page.posts[0]
    c(page, "Comments", "Recommend", "Tweet", "Share", "Sort by Best", "Reply", "Login", "Subscribe", "Add Disqus to your site", "ago", "Do Not Sell My Data", "Powered by Disqus")
    paras = "".join(f"<p>{x}</p>" for x in art.paras)
    out = [
        f"<article class='post type-post hentry'><header class='entry-header'><h1 class='entry-title'>{page.title}</h1><div class='entry-meta'><span class='posted-on'>Posted on <time>{when(rng, 'en')}</time></span> by <span class='author vcard'><a>{art.user}</a></span></div></header>"
        f"<div class='entry-content'>{paras}</div><footer class='entry-footer'><span class='cat-links'>Posted in <a>Notes</a></span> <span class='tags-links'>Tagged <a>life</a>, <a>work</a></span></footer></article>"
        f"<div id='comments' class='comments-area'><div id='disqus_thread'><div id='layout'><header id='main-nav'><nav class='nav nav-primary'><ul><li class='nav-tab nav-tab--primary tab-conversation active'><a><span class='comment-count'>{len(page.posts) - 1} Comments</span></a></li><li class='nav-tab nav-tab--secondary dropdown user-menu'><a>Login</a></li></ul></nav></header>"
        f"<section id='conversation'><div class='nav nav-secondary'><ul><li id='recommend-button'><a class='recommend'>Recommend</a></li><li><a>Tweet</a></li><li><a>Share</a></li><li class='sorting'><a>Sort by Best</a></li></ul></div><div id='posts'><ul id='post-list' class='post-list'>"
    ]
    c(page, "Posted on", "Posted in", "Tagged")
    for k, p in list(enumerate(page.posts))[1:]:
        out.append(
            f"<li class='post' id='post-{k}'><div class='post-content'><div class='avatar hovercard'><a class='user'><img src='/avatar/{k}.jpg' class='user'></a></div><div class='post-body'><header class='comment__header'><span class='post-byline'><span class='author publisher-anchor-color'><a>{p.user}</a></span></span><span class='post-meta'><a class='time-ago'>{rng.randint(2, 11)} years ago</a></span></header>"
            f"<div class='post-body-inner'><div class='post-message-container'><div class='publisher-anchor-color'><div class='post-message' dir='auto'><div>{''.join(f'<p>{x}</p>' for x in p.paras)}</div></div></div></div>"
            f"<footer class='comment__footer'><menu class='comment-footer__menu'><li class='voting'><a class='vote-up count-{rng.randint(0, 9)}'><span class='updatable count'>{rng.randint(0, 9)}</span></a></li><li class='reply'><a><span class='text'>Reply</span></a></li><li class='share'><a>Share ›</a></li></menu></footer></div></div></div></li>"
        )
        c(page, "years ago", *p.paras)
    out.append("</ul></div></section><div id='footer'><ul><li><a>Subscribe</a></li><li><a>Add Disqus to your site</a></li><li><a>Do Not Sell My Data</a></li></ul><p>Powered by Disqus</p></div></div></div></div>")
    return frame(page, "".join(out), rng, "Some Blog")


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "discuz_t": ("zh", discuz_t),
    "tianya": ("zh", tianya),
    "smth": ("zh", smth),
    "zhidao_best": ("zh", zhidao_best),
    "wukong": ("zh", wukong),
    "bili_article": ("zh", bili_article),
    "subsilver": ("en", subsilver),
    "vb3": ("en", vb3),
    "se_comments": ("en", se_comments),
    "yahoo": ("en", yahoo),
    "quora": ("en", quora),
    "disqus_blog": ("en", disqus_blog),
}
CONTROLS = {"bili_article", "disqus_blog"}
QUOTING = {"discuz_t", "tianya", "smth", "subsilver", "vb3", "zhidao_best", "wukong", "se_comments", "yahoo", "quora"}


def _posts(rng: random.Random, lang: str, shape: str, control: bool) -> list[Post]:
    pool = texts()[lang]
    names = NAMES[lang][:]
    rng.shuffle(names)
    short = SHORT[lang][:]
    rng.shuffle(short)
    start = rng.randrange(len(pool))
    used = [0]

    def take(n: int) -> list[str]:
        out = [pool[(start + used[0] + i * 7919) % len(pool)] for i in range(n)]
        used[0] += n
        return out

    first = rng.randint(5, 7) if shape == "longop" or control else rng.randint(1, 3)
    n = rng.randint(2, 5) if shape == "longop" else rng.randint(3, 8)
    posts = [Post(take(first), names[0])]
    for k in range(n):
        if shape == "mixed" and rng.random() < 0.45:
            paras = [short[k % len(short)]]
        else:
            paras = take(rng.choice((1, 1, 2, 3)))
        posts.append(Post(paras, names[(k + 1) % len(names)] if k % 4 else names[0]))
    if shape == "rich":
        for k, p in enumerate(posts):
            p.code = rng.choice(CODE[lang]) if k in (0, 2) else ""
            p.image = k % 2 == 0
            p.edited = k in (0, 3)
            p.sig = rng.choice(SIGS[lang]) if k % 2 == 1 else ""
    return posts


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (with a fresh seed, tune and check mean
    nothing: every page is new material)."""
    out: list[Page] = []
    for engine, (lang, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            control = engine in CONTROLS
            posts = _posts(rng, lang, shape, control)
            page = Page(id=f"{engine}_{v}", engine=engine, lang=lang, shape=shape, title=rng.choice(TITLES[lang]), posts=posts, control=control)
            if engine in QUOTING and shape in ("rich", "thread", "page2") and len(posts) > 3:
                for k in rng.sample(range(2, len(posts)), 1):
                    posts[k].quote = (posts[k - 1].user, posts[k - 1].paras[0])
            if engine == "se_comments":
                for k in rng.sample(range(len(posts)), min(3, len(posts))):
                    posts[k].comments = [texts()["en"][rng.randrange(len(texts()["en"]))][:90].rsplit(" ", 1)[0] + "."]
            page.html = fn(page, rng)
            thread_score.settle_chrome(page)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, ENGINES, SHAPES)
"""Per shape, engines ranked by the hash of ``threads4/<id>``, alternately tune and check."""
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "zh", "en", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
