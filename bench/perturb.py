"""Generalization test: the bench pages with the layout of another portal, the gold text kept.

    python bench/perturb.py --data ../shared/data/extraction [--set daniel_zh ...] [--list 5] [--dump DIR]

Block selection tuned on the visible pages failed on portals nobody looked at (issue #12). This generator takes
the pages of the Chinese news sets, finds the element that holds the article (the element whose text agrees
best with the gold, found by token F1, no extractor involved) and changes the layout around it the way another
portal would lay it out, keeping the gold:

- ``related_above``: a "related articles" box and a "most read" ranking of headline links above the body;
- ``list_wrapper``: the body wrapped in an ancestor that also holds many link lists (before and after it);
- ``split_body``: the body's children split into three sibling containers (a ``<div>``, a table cell, a
  ``<div>``) with an advertisement box between the first two;
- ``forms``: a share-by-e-mail form above the body and a comment box with a login form below it;
- ``noscript``: an unclosed ``<noscript>`` right before the body (the parser puts the rest of the page in it);
- ``sidebar``: a long sidebar below the body of headline links each followed by a prose summary;
- ``rename``: every class and id renamed to a meaningless one (``xqb``) and ``article``, ``main``, ``section``,
  ``aside``, ``nav``, ``header``, ``footer`` turned into ``div`` (no class-name or tag cue is left);
- ``rename_digits``: the same with names that differ only in their digits (``x12``, ``x13``: short minified
  class names, which cleaner reads as one class, as it reads ``post1`` and ``post2``);
- ``combo``: ``rename`` + ``related_above`` + ``forms`` + ``sidebar`` at once;
- ``tail_heading``: a bare heading that a tail rule cuts at ("相关报道：", "Related Articles", with no list under
  it) set as a paragraph of its own among the body's paragraphs, after the first 40 % of its text (a subheading
  of the article; the text below it must stay);

round three (``NEW_KINDS``; the gold stays the article alone):

- ``comments_below``: a comment section below the body, 5-8 comments of 1-4 gold sentences of other pages, each
  with a user name, a time and reply / like (/ report) links, in one of two markups;
- ``recent_comments``: a "最新评论" / "Recent Comments" box of 8 short quoted snippets (user link, story link)
  above the body;
- ``next_article``: an infinite-scroll second story after the body (an ``<h1>`` or ``<h2>`` title link, a byline,
  3-6 gold paragraphs of another tune page);
- ``bio_box``: an author box after the body (name, one or two sentences, counts, follow buttons);
- ``newsletter`` / ``cookie``: a newsletter sign-up (heading, a paragraph, an e-mail field) / a cookie consent
  dialog (a paragraph, buttons) before the body;
- ``tagline`` / ``price_widget``: a blog header with a one-sentence tagline / a quote table (names, prices,
  changes) before the body;
- ``captions``: a figure with a long caption (a sentence of another page and a photo credit) after every second
  paragraph of the body (up to three), and a gallery of four thumbnails with short captions after the first;
- ``short_paragraphs``: every text-only paragraph of the body split at its sentence ends, one ``<p>`` a sentence;
- ``br_lines``: the body's paragraphs turned into lines separated by ``<br>`` (no ``<p>`` left);
- ``deep_nesting``: the body inside 15 meaningless ``<div>``s, each paragraph inside two ``<section>``s.

round four (``NEWS18_KINDS``, branch news18; written before cleaner was run on them; the gold stays the article):

- ``table_nav``: an old table layout, a column of section links and a ranking beside the body's cell;
- ``pagination``: a page bar ("本文共3页 上一页 1 2 3 下一页") below the text, and above it on half the pages;
- ``long_comments``: readers' comments holding 1.5-2.5 times the article's text, with floor numbers, users, times,
  agree / disagree / reply links, under a counted header ("读者留言（9）");
- ``gallery``: every sentence the caption of an image; ``live_updates``: every run of text under a time stamp;
  ``qa_interview``: runs of text opened in turn by a bold "问：" / "答："; ``keyword_links``: inline links on 2-4
  characters every few characters (tickers, wiki entries);
- ``key_note``: a "核心提示" / "编者按" box above the body holding the article's first sentences (the gold leaves it
  out: an output that keeps it pays for the repeated sentences);
- ``related_inside``: a "相关新闻" box of links inside the body's element, after half its text;
- ``trad_big5``: Taiwan boxes ("延伸閱讀", "熱門新聞", a member comment form under "留言") around the body, the page
  in Traditional characters and Taiwan vocabulary (OpenCC ``s2twp``) handed over as Big5 bytes;
- ``teaser_below``: another story's linked headline and 2-3 of its sentences in a box right below the body;
- ``h1_far``: the ``<h1>`` moved into a header band at the top of the page, with link lists before the body.

``identity`` is the page parsed and written back by the same parser (the baseline every perturbation is compared
with). Headlines and summaries come from *tune* pages of the same set (titles, gold sentences of other pages).
Every page keeps its half (:func:`bench.halves.half`): check pages are perturbed and scored, never listed or
dumped; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import Page, load_set, prf, tokens
from halves import HALVES, TUNE
from selectolax.lexbor import LexborHTMLParser, LexborNode

ZH_SETS = ("daniel_zh", "cwced_zh", "cleaneval_zh")
EN_SETS = ("scrapinghub_en", "daniel_en", "magichtml_en")
"""English article pages (magichtml_en's forum threads are left out: no one body element)."""
SETS = ZH_SETS + EN_SETS
WORDS = {
    "zh": {
        "related": "相关阅读",
        "ranking": "热门排行",
        "section": "栏目",
        "picks": "编辑推荐",
        "ad": "点击查看详情",
        "headline": "今日要闻回顾与展望",
        "summary": "这是一段用来测试的摘要文字，它有标点，也像正文一样长。",
        "tail": "相关报道：",
    },
    "en": {
        "related": "Related Articles",
        "ranking": "Most Read",
        "section": "Section ",
        "picks": "Editor's Picks",
        "ad": "Click here for details",
        "headline": "Today's top stories in review",
        "summary": "This is a summary sentence used for testing, and it is about as long as prose.",
        "tail": "Related Articles",
    },
}
NEW_KINDS = (
    "comments_below",
    "recent_comments",
    "next_article",
    "bio_box",
    "newsletter",
    "cookie",
    "tagline",
    "price_widget",
    "captions",
    "short_paragraphs",
    "br_lines",
    "deep_nesting",
)
"""Layouts of issue #12 item 1, round three (branch xperturb11): see :func:`perturb`."""
NEWS18_KINDS = (
    "table_nav",
    "pagination",
    "long_comments",
    "gallery",
    "live_updates",
    "qa_interview",
    "key_note",
    "keyword_links",
    "related_inside",
    "trad_big5",
    "teaser_below",
    "h1_far",
)
"""Layouts of Chinese portals, round four (branch news18), written before cleaner was run on them."""
NEWS19_KINDS = ("summary_box", "float_columns", "trad_hk", "photo_credits", "editor_source", "paging_text")
"""Layouts of Chinese portals, round five (branch zhnews19), written before cleaner was run on them; Chinese sets
only."""
BIG5_KINDS = frozenset({"trad_big5", "trad_hk"})
"""Kinds handed to cleaner as Big5 bytes and scored on the gold in Traditional characters (Taiwan vocabulary)."""
KINDS = (
    "identity",
    "related_above",
    "list_wrapper",
    "split_body",
    "forms",
    "noscript",
    "sidebar",
    "rename",
    "rename_digits",
    "combo",
    "short_sidebar",
    "tail_heading",
    *NEW_KINDS,
    *NEWS18_KINDS,
    *NEWS19_KINDS,
)
SHORT_BODY = 250
"""``short_sidebar`` keeps the body's first children until they hold this many characters (a short article)."""
MIN_BODY_F1 = 0.8
"""A page whose best single element agrees less than this with its gold is left out (no one body element)."""
MARK = "data-pbody"
_CANDIDATE = frozenset("div td article section main body font center form span dd li blockquote".split())
_WRAPS = frozenset("div article section main font center blockquote span".split())
"""Tags whose outer HTML parses back the same in a ``<div>`` (a ``<td>`` body gets an inner ``<div>`` first)."""


def _f1(a: Counter[str], b: Counter[str], nb: int) -> float:
    na = sum(a.values())
    if not na or not nb:
        return 0.0
    overlap = sum((a & b).values())
    return 2 * overlap / (na + nb) if overlap else 0.0


def body_index(html: str, gold: str) -> tuple[int, float]:
    """The position (in ``traverse()`` order of the body's elements) of the element whose text agrees best
    with ``gold``, and that agreement (token F1)."""
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is None:
        return -1, 0.0
    for i, node in enumerate(_elements(body)):
        if node.tag in _CANDIDATE:
            node.attrs["data-pi"] = str(i)
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    g = tokens(gold)
    ng = sum(g.values())
    glen = len(gold)
    best, best_f1 = -1, 0.0
    for node in tree.css("[data-pi]"):
        i = int(node.attrs["data-pi"] or -1)
        text = node.text(deep=True, separator=" ")
        if not glen * 0.4 <= len(text) <= glen * 4 + 200:
            continue
        f1 = _f1(tokens(text), g, ng)
        if f1 > best_f1 + 0.005:  # an inner element of about the same agreement wins only if it agrees better
            best, best_f1 = i, f1
    return best, best_f1


def located_bodies(pages: list[Page]) -> list[tuple[Page, int]]:
    """The pages whose body element :func:`body_index` finds (its text agrees with the gold to
    :data:`MIN_BODY_F1`), each with that element's index."""
    located = []
    for p in pages:
        idx, f1 = body_index(p.html, p.gold)
        if idx >= 0 and f1 >= MIN_BODY_F1:
            located.append((p, idx))
    return located


def _elements(body: LexborNode) -> list[LexborNode]:
    return [n for n in body.traverse(include_text=False) if n.is_element_node]


def _fragment(html: str) -> LexborNode:
    frag = LexborHTMLParser(f"<div id='pfrag'>{html}</div>").css_first("#pfrag")
    assert frag is not None
    return frag


def _replace(node: LexborNode, html: str) -> None:
    """Replace ``node`` by the nodes of ``html`` (which holds ``node``'s own HTML where the body stays)."""
    frag = _fragment(html)
    kids = []
    child = frag.first_child
    while child is not None:
        kids.append(child)
        child = child.next
    for kid in kids:
        node.insert_before(kid)
    node.decompose()


class Pool:
    """Headlines and summary sentences of the tune pages of one set (the text the boilerplate is made of), and
    the words of the boilerplate in the set's language."""

    def __init__(self, pages: list[Page], lang: str = "zh") -> None:
        self.lang = lang
        self.words = WORDS[lang]
        self.headlines: list[str] = []
        self.summaries: list[str] = []
        self.owners: list[str] = []
        """The page id of each summary (comments and captions are sentences of *other* pages)."""
        self.articles: list[tuple[str, str, list[str]]] = []
        """(page id, headline, gold paragraphs of 20+ characters) of each tune page (``next_article``)."""
        split, longest = (r"[_|｜\-—]", 40) if lang == "zh" else (r"\s[|\-—–:]\s|\|", 90)
        sentence = r"[^。！？\n]{25,90}[。！？]" if lang == "zh" else r"(?<![^\s])[A-Z][^.!?\n]{40,180}[.!?](?=\s|$)"
        for p in pages:
            if p.half != TUNE:
                continue
            m = re.search(r"<title[^>]*>([^<]{6,})</title>", p.html, re.I)
            head = ""
            if m:
                head = re.split(split, m.group(1).strip())[0].strip()
                if 6 <= len(head) <= longest:
                    self.headlines.append(head)
            for sent in re.findall(sentence, p.gold):
                self.summaries.append(sent.strip())
                self.owners.append(p.id)
            paras = [line.strip() for line in p.gold.splitlines() if len(line.strip()) >= (20 if lang == "zh" else 60)]
            if head and len(paras) >= 3:
                self.articles.append((p.id, head, paras))
        self.headlines = self.headlines or [self.words["headline"]]
        self.summaries = self.summaries or [self.words["summary"]]

    def prose(self, rng: random.Random, n: int, page: Page) -> list[str]:
        """``n`` gold sentences of tune pages other than ``page`` (repeats allowed when the pool is small)."""
        others = [s for s, owner in zip(self.summaries, self.owners, strict=False) if owner != page.id]
        others = others or self.summaries
        return [rng.choice(others) for _ in range(n)]

    def article(self, rng: random.Random, page: Page) -> tuple[str, list[str]]:
        """The headline and gold paragraphs of another tune page (the summaries when the pool has none)."""
        others = [a for a in self.articles if a[0] != page.id]
        if not others:
            return self.headlines[0], self.summaries[:6]
        _, head, paras = rng.choice(others)
        return head, paras


SEED = ""
"""Prefix of every page's random key: empty for the bench's own layouts, ``--seed NAME`` for a fresh, untuned draw."""


def _rng(page: Page, kind: str) -> random.Random:
    key = f"{SEED}/{page.set}/{page.id}/{kind}" if SEED else f"{page.set}/{page.id}/{kind}"
    return random.Random(hashlib.sha256(key.encode()).digest())


def _links(rng: random.Random, pool: Pool, n: int) -> str:
    heads = rng.sample(pool.headlines, min(n, len(pool.headlines)))
    return "".join(f'<li><a href="/news/{rng.randrange(10**6)}.html">{h}</a></li>' for h in heads)


def related_block(rng: random.Random, pool: Pool) -> str:
    ranking = "".join(
        f'<li><span class="k9">{i + 1}</span><a href="/n/{rng.randrange(10**6)}.html">{h}</a></li>'
        for i, h in enumerate(rng.sample(pool.headlines, min(8, len(pool.headlines))))
    )
    return (
        f'<div class="b7"><h3>{pool.words["related"]}</h3><ul>{_links(rng, pool, 6)}</ul></div>'
        f'<div class="b8"><div class="t2">{pool.words["ranking"]}</div><ol>{ranking}</ol></div>'
    )


def link_lists(rng: random.Random, pool: Pool, n: int) -> str:
    sec = pool.words["section"]
    return "".join(f'<div class="m{k}"><div>{sec}{k}</div><ul>{_links(rng, pool, 8)}</ul></div>' for k in range(n))


def teaser_sidebar(rng: random.Random, pool: Pool) -> str:
    items = "".join(
        f'<div class="i3"><h4><a href="/s/{rng.randrange(10**6)}.html">{h}</a></h4><p>{s}</p></div>'
        for h, s in zip(
            rng.sample(pool.headlines, min(10, len(pool.headlines))),
            rng.sample(pool.summaries, min(10, len(pool.summaries))),
            strict=False,
        )
    )
    return f'<div class="s5"><div class="t4">{pool.words["picks"]}</div>{items}</div>'


SHARE_FORM_ZH = (
    '<div class="f2"><form action="/mail"><div>分享到：<a href="#">微博</a> <a href="#">微信</a> '
    '<a href="#">QQ空间</a></div>'
    '<div>把这篇文章推荐给朋友：<input type="text" name="to"> <input type="submit" value="发送"></div></form></div>'
)
COMMENT_FORM_ZH = (
    '<div class="f3"><div class="t5">网友评论</div><form action="/post"><div>请您文明上网、理性发言并遵守相关规定，'
    '在注册后参与评论。</div><textarea name="c"></textarea><div>用户名：<input type="text" name="u"> '
    '密码：<input type="password" name="p"> <input type="submit" value="发表评论"> <a href="/reg">注册</a></div>'
    "<div>网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述。</div></form></div>"
)
SHARE_FORM_EN = (
    '<div class="f2"><form action="/mail"><div>Share this: <a href="#">Facebook</a> <a href="#">Twitter</a> '
    '<a href="#">LinkedIn</a></div>'
    '<div>Email this article to a friend: <input type="text" name="to"> <input type="submit" value="Send"></div>'
    "</form></div>"
)
COMMENT_FORM_EN = (
    '<div class="f3"><div class="t5">Leave a Comment</div><form action="/post"><div>You must be logged in to post a '
    'comment. Please keep your comments civil, relevant and on topic.</div><textarea name="c"></textarea>'
    '<div>Username: <input type="text" name="u"> Password: <input type="password" name="p"> '
    '<input type="submit" value="Post Comment"> <a href="/reg">Register</a></div>'
    "<div>Comments are the views of their writers and do not represent the views of this website.</div></form></div>"
)
FORMS = {"zh": (SHARE_FORM_ZH, COMMENT_FORM_ZH), "en": (SHARE_FORM_EN, COMMENT_FORM_EN)}


def ad_box(pool: Pool) -> str:
    return f'<div class="a4"><a href="/ad/1"><img src="/ad.gif" alt="">{pool.words["ad"]}</a></div>'


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.first_child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _unwrapped(body: LexborNode) -> LexborNode:
    """The body element, or the element it wraps alone (down through up to five single wrappers)."""
    node = body
    for _ in range(5):
        kids = [k for k in _children(node) if k.text(deep=True).strip()]
        if len(kids) != 1 or not kids[0].is_element_node:
            break
        node = kids[0]
    return node


def _text_children(body: LexborNode) -> tuple[list[LexborNode], list[int], int] | None:
    """The children of the body's content node, their text sizes and the total; None with fewer than three children
    holding text."""
    kids = _children(_unwrapped(body))
    sizes = [len(k.text(deep=True).strip()) for k in kids]
    total = sum(sizes)
    if sum(1 for s in sizes if s) < 3 or total == 0:
        return None
    return kids, sizes, total


def _split(body: LexborNode, rng: random.Random, pool: Pool) -> bool:
    """Split the body's children into three sibling containers; False if it has too few children with text."""
    found = _text_children(body)
    if found is None:
        return False
    kids, sizes, total = found
    cuts, acc, goal = [], 0, [total / 3, 2 * total / 3]
    for i, s in enumerate(sizes):
        acc += s
        if goal and acc >= goal[0] and i + 1 < len(kids):
            cuts.append(i + 1)
            goal.pop(0)
    if len(cuts) < 2:
        return False
    parts = ["".join(k.html or "" for k in kids[a:b]) for a, b in zip([0, *cuts], [*cuts, len(kids)], strict=True)]
    html = (
        f'<div class="p1" {MARK}="1">{parts[0]}</div>{ad_box(pool)}'
        f'<table class="p2"><tr><td>{parts[1]}</td></tr></table><div class="p3">{parts[2]}</div>'
    )
    _replace(body, html)
    return True


TAIL_AT = 0.4
"""``tail_heading`` goes after the body's child where this share of its text is reached."""


def _tail_heading(body: LexborNode, pool: Pool) -> bool:
    """Set a bare tail heading among the body's children; False if it has too few children with text."""
    found = _text_children(body)
    if found is None:
        return False
    kids, sizes, total = found
    acc = 0
    for i, size in enumerate(sizes):
        acc += size
        if acc >= TAIL_AT * total and i + 1 < len(kids):
            break
    else:
        return False
    parts = ["".join(k.html or "" for k in kids[: i + 1]), f"<p>{pool.words['tail']}</p>"]
    parts.append("".join(k.html or "" for k in kids[i + 1 :]))
    _replace(body, f"<div {MARK}='1'>{''.join(parts)}</div>")
    return True


def _shorten(body: LexborNode) -> bool:
    """Keep the body's first children until they hold :data:`SHORT_BODY` characters (a short article); False if
    nothing would be cut."""
    node = _unwrapped(body)
    total, cut = 0, None
    for kid in _children(node):
        size = len(kid.text(deep=True).strip())
        if kid.is_element_node:  # the text of scripts, styles and links is no article text
            size -= sum(len(x.text(deep=True).strip()) for x in kid.css("script, style, noscript, template, a"))
            size = 0 if kid.tag in ("script", "style", "noscript", "template", "a") else max(size, 0)
        if cut is None and total >= SHORT_BODY:
            cut = kid
        total += size
        if cut is not None:
            kid.decompose()
    return cut is not None


def short_gold(html: str, gold: str) -> str:
    """The gold lines of a shortened page: those whose words the body element still holds."""
    tree = LexborHTMLParser(html)
    found = tree.css_first(f"[{MARK}]")
    kept = tokens(found.text(deep=True, separator=" ") if found is not None else "")
    out = []
    for line in gold.splitlines():
        t = tokens(line)
        n = sum(t.values())
        if n and sum((t & kept).values()) >= 0.8 * n:
            out.append(line)
    return "\n".join(out)


def _letters(n: int) -> str:
    """A meaningless name without digits (``_signature`` drops digits: "x12" and "x13" would be one class)."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out += "bcdfghjklmnpqrstvwxzaeiouy"[r]
        if not n:
            return out


def _rename(html: str, digits: bool = False) -> str:
    tree = LexborHTMLParser(html)
    names: dict[str, str] = {}
    for node in tree.root.traverse(include_text=False) if tree.root is not None else []:
        if not node.is_element_node:
            continue
        attrs = node.attrs
        for key, prefix in (("class", "x"), ("id", "y")):
            value = attrs.get(key)
            if value:
                name = f"{prefix}{len(names) + 1}" if digits else prefix + _letters(len(names))
                attrs[key] = names.setdefault(prefix + value, name)
    out = tree.html or ""
    return re.sub(r"<(/?)(?:article|main|section|aside|nav|header|footer)\b", r"<\1div", out, flags=re.I)


# --- round three (branch xperturb11): comments, a next article, boxes of prose, body markup ---------------------

NAMES = {
    "zh": "手机用户 网友 游客 北京网友 江苏南京网友 老张爱看球 一叶知秋 小鱼儿 路人甲 阳光".split(),
    "en": ["Mike", "Sarah_K", "jdoe", "TruthSeeker", "Anna B.", "oldtimer", "Chris", "kate_m", "Peter", "RiverRat"],
}
REPORTERS = {"zh": ["王明", "李华", "张伟", "陈静"], "en": ["Reuters", "AP", "Getty Images", "Jane Smith"]}
WHEN = {
    "zh": ["{n}分钟前", "{n}小时前", "2012-01-{d:02d} {h:02d}:{n:02d}", "昨天 {h:02d}:{n:02d}"],
    "en": ["{n} minutes ago", "{h} hours ago", "January {d}, 2012 at {h}:{n:02d} pm", "Jan {d}, 2012"],
}
BOX = {
    "zh": {
        "comments": "网友评论",
        "count": "共{n}条评论",
        "reply": "回复",
        "like": "赞",
        "report": "举报",
        "more": "查看更多评论",
        "recent": "最新评论",
        "by": "作者：",
        "follow": "关注",
        "about": "关于作者",
        "posts": "文章",
        "fans": "粉丝",
        "news_h": "订阅我们的新闻简报",
        "news_p": "每天早上八点，我们会把当天最重要的新闻和深度报道发送到您的邮箱，您可以随时取消订阅。",
        "email": "请输入您的邮箱地址",
        "subscribe": "立即订阅",
        "cookie_p": "我们使用Cookie和类似技术来改善您的浏览体验、分析网站流量并提供个性化内容。"
        "继续浏览即表示您同意我们按照隐私政策使用Cookie。",
        "accept": "接受全部",
        "reject": "拒绝",
        "settings": "设置",
        "privacy": "隐私政策",
        "quotes": "行情中心",
        "stocks": ["上证指数", "深证成指", "创业板指", "恒生指数", "道琼斯", "纳斯达克", "美元/人民币", "黄金"],
        "photo": "（记者 {name} 摄）",
        "gallery": "图集",
    },
    "en": {
        "comments": "Comments",
        "count": "{n} Comments",
        "reply": "Reply",
        "like": "Like",
        "report": "Report",
        "more": "Load more comments",
        "recent": "Recent Comments",
        "by": "By ",
        "follow": "Follow",
        "about": "About the author",
        "posts": "Posts",
        "fans": "Followers",
        "news_h": "Sign up for our newsletter",
        "news_p": "Get the day's most important stories and our best analysis delivered to your inbox every morning. "
        "You can unsubscribe at any time.",
        "email": "Your email address",
        "subscribe": "Subscribe",
        "cookie_p": "We use cookies and similar technologies to improve your browsing experience, analyse site traffic "
        "and show personalised content. By continuing to browse you agree to our use of cookies.",
        "accept": "Accept all",
        "reject": "Reject",
        "settings": "Cookie settings",
        "privacy": "Privacy Policy",
        "quotes": "Markets",
        "stocks": ["Dow Jones", "S&P 500", "Nasdaq", "FTSE 100", "DAX", "Nikkei 225", "EUR/USD", "Gold"],
        "photo": " (Photo: {name})",
        "gallery": "Gallery",
    },
}


def _name(rng: random.Random, lang: str) -> str:
    name = rng.choice(NAMES[lang])
    return f"{name}{rng.randrange(100, 10000)}" if rng.random() < 0.4 else name


def _when(rng: random.Random, lang: str) -> str:
    return rng.choice(WHEN[lang]).format(n=rng.randrange(1, 59), h=rng.randrange(1, 12), d=rng.randrange(1, 28))


def comment_section(rng: random.Random, pool: Pool, page: Page) -> str:
    """5-8 user comments, each 1-4 sentences of other pages' gold, with a user name, a time and reply / like
    chrome; one of two markups (a list of ``<li>``, or ``<div>`` rows with the text in a ``<p>``)."""
    w, lang = BOX[pool.lang], pool.lang
    sep = "" if lang == "zh" else " "
    n = rng.randrange(5, 9)
    listed = rng.random() < 0.5
    items = []
    for _ in range(n):
        uid = rng.randrange(10**6)
        text = sep.join(pool.prose(rng, rng.randrange(1, 5), page))
        user = f'<a href="/u/{uid}">{_name(rng, lang)}</a>'
        when = _when(rng, lang)
        acts = f'<a href="#r{uid}">{w["reply"]}</a> · <a href="#l{uid}">{w["like"]} {rng.randrange(0, 200)}</a>'
        if rng.random() < 0.5:
            acts += f' · <a href="#x{uid}">{w["report"]}</a>'
        if listed:
            items.append(
                f'<li class="qi"><img src="/avatar/{uid}.jpg" alt=""><div class="qu">{user}'
                f'<span class="qd">{when}</span></div><div class="qt">{text}</div><div class="qb">{acts}</div></li>'
            )
        else:
            items.append(
                f'<div class="qi"><div class="qu"><span>{user}</span> <em>{when}</em></div><p>{text}</p>'
                f'<div class="qb">{acts}</div></div>'
            )
    body = "".join(items)
    if listed:
        body = f"<ul>{body}</ul>"
    head = f'<div class="qh"><h3>{w["comments"]}</h3><span>{w["count"].format(n=n * 3)}</span></div>'
    return f'<div class="qs">{head}{body}<a href="/comments/1" class="qm">{w["more"]}</a></div>'


def recent_comments(rng: random.Random, pool: Pool, page: Page) -> str:
    """A sidebar of 8 short quoted comment snippets, each a user link and a link to the commented story."""
    w, lang = BOX[pool.lang], pool.lang
    items = []
    for sent in pool.prose(rng, 8, page):
        snippet = sent[: rng.randrange(14, 26)] if lang == "zh" else " ".join(sent.split()[: rng.randrange(6, 12)])
        open_, close = ("“", "”") if lang == "zh" else ('"', '"')
        on = "：" if lang == "zh" else " on "
        items.append(
            f'<li><a href="/u/{rng.randrange(10**6)}">{_name(rng, lang)}</a>{on}'
            f'<a href="/n/{rng.randrange(10**6)}.html#c">{open_}{snippet}…{close}</a></li>'
        )
    return f'<div class="rc"><h4>{w["recent"]}</h4><ul>{"".join(items)}</ul></div>'


def next_article(rng: random.Random, pool: Pool, page: Page) -> str:
    """An infinite-scroll second story: its own title, byline and 3-6 gold paragraphs of another tune page."""
    w = BOX[pool.lang]
    head, paras = pool.article(rng, page)
    paras = paras[: rng.randrange(3, 7)]
    tag = rng.choice(["h1", "h2"])
    return (
        f'<div class="zw"><{tag}><a href="/n/{rng.randrange(10**6)}.html">{head}</a></{tag}>'
        f'<div class="zb">{w["by"]}{_name(rng, pool.lang)} {_when(rng, pool.lang)}</div>'
        f'<div class="zt">{"".join(f"<p>{p}</p>" for p in paras)}</div></div>'
    )


def bio_box(rng: random.Random, pool: Pool, page: Page) -> str:
    """An author box: avatar, name, one or two sentences of prose, counts and follow buttons."""
    w, lang = BOX[pool.lang], pool.lang
    sep = "" if lang == "zh" else " "
    uid = rng.randrange(10**6)
    return (
        f'<div class="vw"><img src="/a/{uid}.jpg" alt=""><div class="vi"><div class="vh">{w["about"]}</div>'
        f'<a href="/author/{uid}">{_name(rng, lang)}</a><p>{sep.join(pool.prose(rng, rng.randrange(1, 3), page))}</p>'
        f'<div class="vc"><span>{w["posts"]} {rng.randrange(10, 900)}</span> <span>{w["fans"]} '
        f'{rng.randrange(100, 90000)}</span></div><a class="vf" href="/follow/{uid}">+ {w["follow"]}</a> '
        f'<button class="vb">{w["follow"]}</button></div></div>'
    )


def newsletter(pool: Pool) -> str:
    w = BOX[pool.lang]
    return (
        f'<div class="ew"><h3>{w["news_h"]}</h3><p>{w["news_p"]}</p><form action="/subscribe">'
        f'<input type="email" name="email" placeholder="{w["email"]}"><button type="submit">{w["subscribe"]}</button>'
        f"</form></div>"
    )


def cookie(pool: Pool) -> str:
    w = BOX[pool.lang]
    return (
        f'<div class="ow" role="dialog"><p>{w["cookie_p"]} <a href="/privacy">{w["privacy"]}</a></p>'
        f'<div class="ob"><button>{w["accept"]}</button><button>{w["reject"]}</button>'
        f'<a href="#settings">{w["settings"]}</a></div></div>'
    )


def tagline(rng: random.Random, pool: Pool, page: Page) -> str:
    """A blog header: the blog's name (a headline of another page) and a tagline (a sentence of prose)."""
    return (
        f'<div class="gw"><div class="gn"><a href="/">{rng.choice(pool.headlines)}</a></div>'
        f'<p class="gt">{pool.prose(rng, 1, page)[0]}</p></div>'
    )


def price_widget(rng: random.Random, pool: Pool) -> str:
    """A quote table: linked names, prices, changes."""
    w = BOX[pool.lang]
    rows = []
    for name in w["stocks"]:
        price = rng.uniform(1, 40000)
        change = rng.uniform(-3, 3)
        rows.append(
            f'<tr><td><a href="/q/{rng.randrange(10**6)}">{name}</a></td><td>{price:,.2f}</td>'
            f"<td>{change * price / 100:+.2f}</td><td>{change:+.2f}%</td></tr>"
        )
    return f'<div class="kw"><div class="kh">{w["quotes"]}</div><table>{"".join(rows)}</table></div>'


def _captions(own: str, rng: random.Random, pool: Pool, page: Page) -> str | None:
    """The body with a figure after every second paragraph (up to three; a long caption: a sentence of another
    page and a photo credit) and a gallery of four images with short captions after the first one."""
    w = BOX[pool.lang]
    ends = [m.end() for m in re.finditer(r"</p>", own)]
    if len(ends) < 2:
        return None
    at = ends[1::2][:3]
    out, last = [], 0
    for k, end in enumerate(at):
        caption = pool.prose(rng, 1, page)[0] + w["photo"].format(name=rng.choice(REPORTERS[pool.lang]))
        img = f'<img src="/img/{rng.randrange(10**6)}.jpg" alt="">'
        fig = f'<figure class="uf">{img}<figcaption>{caption}</figcaption></figure>'
        if k == 0:
            shots = "".join(
                f'<li><a href="/p/{rng.randrange(10**6)}"><img src="/t/{i}.jpg" alt=""></a>'
                f"<span>{h[:12] if pool.lang == 'zh' else ' '.join(h.split()[:4])}</span></li>"
                for i, h in enumerate(rng.sample(pool.headlines, min(4, len(pool.headlines))))
            )
            fig += f'<div class="ug"><div>{w["gallery"]}</div><ul>{shots}</ul></div>'
        out.append(own[last:end] + fig)
        last = end
    out.append(own[last:])
    return "".join(out)


_SENTENCE_END = {"zh": r"(?<=[。！？])(?=[^”」』）)\s])", "en": r"(?<=[.!?])\s+(?=[A-Z“\"])"}


def _short_paragraphs(own: str, lang: str) -> str | None:
    """Every text-only paragraph of the body split at sentence ends into one ``<p>`` a sentence; None if fewer than
    two paragraphs split."""
    split = 0

    def one(m: re.Match[str]) -> str:
        nonlocal split
        parts = [x for x in re.split(_SENTENCE_END[lang], m.group(2)) if x.strip()]
        if len(parts) < 2:
            return m.group(0)
        split += 1
        return "".join(f"<p{m.group(1)}>{x.strip()}</p>" for x in parts)

    out = re.sub(r"<p\b([^>]*)>([^<]*)</p>", one, own)
    return out if split >= 2 else None


def _br_lines(own: str) -> str | None:
    """The body's paragraphs as lines of text separated by ``<br>`` (no ``<p>``); None without two paragraphs."""
    if len(re.findall(r"<p\b", own)) < 2:
        return None
    return re.sub(r"</p>", "<br>", re.sub(r"<p\b[^>]*>", "", own))


def _deep(own: str) -> str:
    """The body inside 15 meaningless ``<div>``s, every paragraph inside two ``<section>``s and a ``<span>``."""
    inner = re.sub(r"<p\b([^>]*)>", r"<section><section><p\1><span>", own)
    inner = inner.replace("</p>", "</span></p></section></section>")
    return "<div>" * 15 + inner + "</div>" * 15


# --- round four (branch news18): layouts of Chinese portals the earlier kinds lack ----------------------------

NEWS18 = {
    "zh": {
        "prev": "上一页",
        "next": "下一页",
        "pages": "本文共{n}页",
        "floor": "{n}楼",
        "support": "支持",
        "oppose": "反对",
        "readers": "读者留言",
        "live": "图文直播",
        "refresh": "刷新",
        "latest": "最新",
        "q": "问：",
        "a": "答：",
        "note": ["核心提示：", "编者按："],
        "inside": "相关新闻",
        "more": ["阅读全文>>", "详细>>", ""],
        "home": "首页",
        "crumb": "当前位置：",
        "photo_nav": ["上一张", "下一张", "返回图集"],
    },
    "en": {
        "prev": "Previous",
        "next": "Next",
        "pages": "Page {n}",
        "floor": "#{n}",
        "support": "Agree",
        "oppose": "Disagree",
        "readers": "Readers' comments",
        "live": "Live updates",
        "refresh": "Refresh",
        "latest": "Latest",
        "q": "Q: ",
        "a": "A: ",
        "note": ["Key points: ", "Editor's note: "],
        "inside": "Related News",
        "more": ["Read more »", "Full story »", ""],
        "home": "Home",
        "crumb": "You are here: ",
        "photo_nav": ["Previous photo", "Next photo", "Back to gallery"],
    },
}
TW_BOX = (
    '<div class="tw1"><h3>延伸閱讀</h3><ul>{links}</ul></div>'
    '<div class="tw2"><div>熱門新聞</div><ol>{ranking}</ol><a href="/hot">看更多</a></div>'
)
TW_TAIL = (
    '<div class="tw3"><div>分享至：<a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">Twitter</a></div>'
    '<div>留言</div><form action="/post"><div>請登入會員後發表留言，並遵守本站留言規則。</div><textarea name="c">'
    '</textarea><input type="submit" value="送出"></form>'
    "<div>本網站所刊載之留言僅代表網友個人意見，不代表本站立場。</div></div>"
)


def table_nav(rng: random.Random, pool: Pool, own: str) -> str:
    """An old table layout: a left column of section links and a ranking list, the body in the right cell (inside a
    table of its own)."""
    nav = "".join(f'<tr><td><a href="/c/{k}">{pool.words["section"]}{k}</a></td></tr>' for k in range(12))
    return (
        '<table width="980" border="0" cellpadding="0" cellspacing="0"><tr>'
        f'<td width="200" valign="top"><table>{nav}</table><table><tr><td><b>{pool.words["ranking"]}</b></td></tr>'
        f"<tr><td><ul>{_links(rng, pool, 10)}</ul></td></tr></table></td>"
        f'<td width="780" valign="top"><table width="100%"><tr><td>{own}</td></tr></table></td></tr></table>'
    )


def pagination(rng: random.Random, pool: Pool) -> tuple[str, str]:
    """A page bar of one article in several pages ("上一页 1 2 3 下一页", "本文共3页"): (above, below) the text, inside
    the body's element; above is empty for half the pages."""
    w = NEWS18[pool.lang]
    n = rng.randrange(2, 6)
    cur = rng.randrange(1, n + 1)
    nums = " ".join(f"<b>{k}</b>" if k == cur else f'<a href="?page={k}">{k}</a>' for k in range(1, n + 1))
    bar = (
        f'<div class="pv">{w["pages"].format(n=n)} <a href="?page={max(cur - 1, 1)}">{w["prev"]}</a> {nums} '
        f'<a href="?page={min(cur + 1, n)}">{w["next"]}</a></div>'
    )
    above = bar if rng.random() < 0.5 else ""
    return above, bar


def long_comments(rng: random.Random, pool: Pool, page: Page) -> str:
    """Readers' comments holding more text than the article (1.5-2.5 times), each 3-8 sentences of other pages'
    gold with a floor number, a user, a time and agree / disagree links; classes carry no meaning."""
    w, b, lang = NEWS18[pool.lang], BOX[pool.lang], pool.lang
    sep = "" if lang == "zh" else " "
    goal = len(page.gold) * rng.uniform(1.5, 2.5)
    items, size, k = [], 0, 0
    while size < goal and k < 40:
        k += 1
        text = sep.join(pool.prose(rng, rng.randrange(3, 9), page))
        size += len(text)
        uid = rng.randrange(10**6)
        items.append(
            f'<div class="hm"><div class="hn"><span>{w["floor"].format(n=k)}</span> <a href="/u/{uid}">'
            f'{_name(rng, lang)}</a> <span>{_when(rng, lang)}</span></div><div class="hp">{text}</div>'
            f'<div class="hq"><a href="#s{uid}">{w["support"]}({rng.randrange(0, 300)})</a> '
            f'<a href="#o{uid}">{w["oppose"]}({rng.randrange(0, 50)})</a> '
            f'<a href="#r{uid}">{b["reply"]}</a></div></div>'
        )
    return f'<div class="hl"><div class="hh">{w["readers"]}（{k}）</div>{"".join(items)}</div>'


_RUN = re.compile(r"(?<=>)([^<]*)(?=<)")
_NOT_TEXT = re.compile(r"<(?:a|style|script|option|title|textarea|button)\b", re.I)


def _runs(own: str, least: int = 20) -> list[re.Match[str]]:
    """The body's runs of text of ``least`` or more characters (``&nbsp;`` and spaces left out): text between two
    tags, in a ``<p>`` or between ``<br>``s alike, not inside a link, a script or a style."""
    out = []
    for m in _RUN.finditer(own):
        text = m.group(1).replace("&nbsp;", "").strip()
        if len(text) < least:
            continue
        before = own[: m.start()]
        opened = before.rfind("<")
        if _NOT_TEXT.match(before, opened) or _inside(before, "style") or _inside(before, "script"):
            continue
        out.append(m)
    return out


def _inside(before: str, tag: str) -> bool:
    return before.lower().rfind(f"<{tag}") > before.lower().rfind(f"</{tag}")


def _each_run(own: str, runs: list[re.Match[str]], change: Callable[[int, str], str]) -> str:
    out, last = [], 0
    for k, m in enumerate(runs):
        out.append(own[last : m.start()] + change(k, m.group(1)))
        last = m.end()
    out.append(own[last:])
    return "".join(out)


def gallery(rng: random.Random, pool: Pool, own: str) -> str | None:
    """A gallery story: every run of text split into its sentences, each sentence the caption of one image (the
    gallery's buttons above); None without two runs of text."""
    w = NEWS18[pool.lang]
    runs = _runs(own)
    if len(runs) < 2:
        return None

    def one(_: int, text: str) -> str:
        parts = [x.strip() for x in re.split(_SENTENCE_END[pool.lang], text) if x.strip()]
        return "".join(
            f'<span class="gp"><a href="/p/{rng.randrange(10**6)}"><img src="/g/{rng.randrange(10**6)}.jpg" alt="">'
            f'</a><span class="gc">{x}</span></span><br>'
            for x in parts
        )

    buttons = " ".join(f'<a href="#g{i}">{t}</a>' for i, t in enumerate(w["photo_nav"]))
    return f'<div class="gb">{buttons}</div>' + _each_run(own, runs, one)


def live_updates(rng: random.Random, pool: Pool, own: str) -> str | None:
    """A live-updates page: every run of text an entry with its own time stamp above it (latest first), a header
    with a refresh button; None without three runs of text."""
    w = NEWS18[pool.lang]
    runs = _runs(own)
    if len(runs) < 3:
        return None
    minute = rng.randrange(8 * 60, 20 * 60)
    stamps = []
    for _ in runs:
        stamps.append(f"{minute // 60:02d}:{minute % 60:02d}")
        minute -= rng.randrange(2, 15)

    def one(k: int, text: str) -> str:
        return f'<span class="le"><span class="lt">{stamps[k]}</span><br>{text}</span>'

    head = (
        f'<div class="lh"><span>{w["live"]}</span> <a href="#">{w["latest"]}</a> <button>{w["refresh"]}</button></div>'
    )
    return head + _each_run(own, runs, one)


def qa_interview(pool: Pool, own: str) -> str | None:
    """A Q&A interview: runs of text open in turn with a bold "问：" / "答：" (the gold lacks those few characters, the
    same on every version); None without four runs of text."""
    w = NEWS18[pool.lang]
    runs = _runs(own)
    if len(runs) < 4:
        return None
    return _each_run(own, runs, lambda k, text: f"<strong>{w['q'] if k % 2 == 0 else w['a']}</strong>{text}")


def key_note(rng: random.Random, pool: Pool, page: Page) -> str:
    """A "核心提示" / "编者按" box above the body: the article's own first one or two sentences (a summary)."""
    w = NEWS18[pool.lang]
    sentence = r"[^。！？\n]{10,120}[。！？]" if pool.lang == "zh" else r"[^.!?\n]{20,200}[.!?]"
    sents = re.findall(sentence, page.gold)[: rng.randrange(1, 3)] or [page.gold[:80]]
    text = "".join(sents) if pool.lang == "zh" else " ".join(s.strip() for s in sents)
    return f'<div class="ht"><b>{rng.choice(w["note"])}</b>{text}</div>'


def keyword_links(rng: random.Random, own: str) -> str | None:
    """A body with many inline keyword links (stock tickers, wiki entries): in each run of text of 30+ characters,
    one linked run of 2-4 characters every 8 characters or so, at most 3-6; None unless two runs get links."""
    runs = _runs(own, 30)
    if len(runs) < 2:
        return None

    def one(_: int, text: str) -> str:
        spots = sorted(rng.sample(range(0, len(text) - 5), min(rng.randrange(3, 7), len(text) // 8)))
        out, last = [], 0
        for at in spots:
            end = at + rng.randrange(2, 5)
            word = text[at:end]
            if at < last or not word.strip() or "&" in text[max(at - 6, 0) : end + 6]:
                continue
            out.append(text[last:at] + f'<a href="/s/{rng.randrange(600000, 610000)}" class="kl">{word}</a>')
            last = end
        out.append(text[last:])
        return "".join(out)

    return _each_run(own, runs, one)


def related_inside(body: LexborNode, rng: random.Random, pool: Pool) -> bool:
    """A "相关新闻" box (a heading and 5 headline links) inside the body's element, after half of its text; False if
    it has too few children with text."""
    found = _text_children(body)
    if found is None:
        return False
    kids, sizes, total = found
    acc = 0
    for i, size in enumerate(sizes):
        acc += size
        if acc >= 0.5 * total and i + 1 < len(kids):
            break
    else:
        return False
    box = f'<div class="xr"><h4>{NEWS18[pool.lang]["inside"]}</h4><ul>{_links(rng, pool, 5)}</ul></div>'
    parts = ["".join(k.html or "" for k in kids[: i + 1]), box, "".join(k.html or "" for k in kids[i + 1 :])]
    _replace(body, f"<div {MARK}='1'>{''.join(parts)}</div>")
    return True


def teaser_below(rng: random.Random, pool: Pool, page: Page) -> str:
    """A second article's teaser right below the body: its headline (a linked ``<h2>``/``<h3>``), 2-3 of its sentences,
    sometimes a "阅读全文>>" link."""
    w = NEWS18[pool.lang]
    head, paras = pool.article(rng, page)
    sep = "" if pool.lang == "zh" else " "
    sentence = r"[^。！？\n]{6,120}[。！？]" if pool.lang == "zh" else r"[^.!?\n]{20,200}[.!?]"
    sents = re.findall(sentence, sep.join(paras)) or pool.prose(rng, 3, page)
    text = sep.join(s.strip() for s in sents[: rng.randrange(2, 4)])
    more = rng.choice(w["more"])
    link = f' <a href="/n/{rng.randrange(10**6)}.html">{more}</a>' if more else ""
    tag = rng.choice(["h2", "h3"])
    return (
        f'<div class="nt"><{tag}><a href="/n/{rng.randrange(10**6)}.html">{head}</a></{tag}><p>{text}{link}</p></div>'
    )


def h1_far(tree: LexborHTMLParser, rng: random.Random, pool: Pool, page: Page) -> bool:
    """The page's ``<h1>`` (its title's first part when it has none) moved to a header band at the top of ``<body>``:
    a logo link, a nav bar, the headline, a breadcrumb, then three link lists before the rest of the page."""
    w = NEWS18[pool.lang]
    heads = tree.css("h1")
    title = heads[0].text(deep=True).strip() if heads else ""
    if not title:
        m = re.search(r"<title[^>]*>([^<]{4,})</title>", page.html, re.I)
        if not m:
            return False
        title = re.split(r"[_|｜\-—]", m.group(1).strip())[0].strip()
    for h in heads:
        h.decompose()
    body = tree.body
    if body is None or body.first_child is None:
        return False
    sec = pool.words["section"]
    band = (
        f'<div class="hb"><div class="lg"><a href="/">{w["home"]}</a></div><ul>'
        + "".join(f'<li><a href="/c/{k}">{sec}{k}</a></li>' for k in range(10))
        + f'</ul><div class="cb">{w["crumb"]}<a href="/">{w["home"]}</a> &gt; <a href="/c/1">{sec}1</a></div>'
        f"<h1>{title}</h1></div>{link_lists(rng, pool, 3)}"
    )
    anchor = body.first_child
    frag = _fragment(band)
    for kid in _children(frag):
        anchor.insert_before(kid)
    return True


def trad_big5(tree: LexborHTMLParser, body: LexborNode, rng: random.Random, pool: Pool) -> str:
    """A Taiwan portal: Taiwan-style boxes ("延伸閱讀", "熱門新聞", a member-comment form) around the body, the page in
    Traditional characters and Taiwan vocabulary (OpenCC ``s2twp``) with a Big5 ``<meta charset>``; :func:`main`
    hands it over as Big5 bytes and scores it on the gold converted the same way."""
    import opencc

    ranking = "".join(
        f'<li><a href="/n/{rng.randrange(10**6)}">{h}</a></li>'
        for h in rng.sample(pool.headlines, min(8, len(pool.headlines)))
    )
    own = body.html or ""
    _replace(body, TW_BOX.format(links=_links(rng, pool, 6), ranking=ranking) + own + TW_TAIL)
    html = tree.html or ""
    html = re.sub(r"<meta[^>]*charset[^>]*>", "", html, flags=re.I)
    html = re.sub(
        r"<head([^>]*)>",
        r'<head\1><meta http-equiv="Content-Type" content="text/html; charset=big5">',
        html,
        count=1,
        flags=re.I,
    )
    return str(opencc.OpenCC("s2twp").convert(html))


# --- round five (branch zhnews19): summary boxes, float columns, Hong Kong pages, credits, editor lines, paging ---

SUMMARY_LABELS = ["【导语】", "核心提示：", "摘要：", "【内容提要】", "导读："]
SUMMARY_MARKUPS = (
    '<div class="{cls}"><span class="{cls}t">{label}</span>{text}</div>',
    "<p><strong>{label}</strong>{text}</p>",
    '<table width="90%" border="1" align="center"><tr><td><b>{label}</b></td></tr><tr><td>{text}</td></tr></table>',
    "<blockquote>{label}{text}</blockquote>",
    '<div style="background:#f2f2f2;padding:8px;font-size:14px"><font color="#666">{label}{text}</font></div>',
)
"""A summary box in five markups: a named ``<div>``, a bold-labelled first paragraph, a framed table, a
``<blockquote>``, a grey class-less ``<div>``."""


def summary_box(rng: random.Random, page: Page) -> str:
    """A "导语" / "核心提示" / "摘要" box (one of :data:`SUMMARY_MARKUPS`) holding the article's first one or two
    sentences, shortened now and then by a clause (editors trim them): the gold leaves it out."""
    sents = re.findall(r"[^。！？\n]{10,120}[。！？]", page.gold)[: rng.randrange(1, 3)] or [page.gold[:80]]
    text = "".join(sents)
    if rng.random() < 0.4 and "，" in text:
        text = text[: text.rfind("，")] + "。"
    markup = rng.choice(SUMMARY_MARKUPS)
    return markup.format(cls=rng.choice(["summary", "zy", "lead", "s1"]), label=rng.choice(SUMMARY_LABELS), text=text)


def float_columns(rng: random.Random, pool: Pool, page: Page, own: str) -> str:
    """Two class-less floated ``<div>`` columns: the body on the left, on the right a column of 3-5 teasers (a linked
    headline over one or two sentences of prose of other pages, as plain ``<p>``s) and a paragraph of a notice; the
    right column comes first in the markup on half the pages (old portals float it right from above)."""
    items = []
    for _ in range(rng.randrange(3, 6)):
        head = rng.choice(pool.headlines)
        prose = "".join(pool.prose(rng, rng.randrange(1, 3), page))
        link = f'<a href="/n/{rng.randrange(10**6)}.html">{head}</a>'
        items.append(f"<div><b>{link}</b></div><p>{prose}</p>" if rng.random() < 0.5 else f"<p>{link}<br>{prose}</p>")
    side = '<div style="float:right;width:300px">' + "".join(items) + f"<p>{pool.prose(rng, 1, page)[0]}</p></div>"
    left = f'<div style="float:left;width:640px">{own}</div>'
    cols = side + left if rng.random() < 0.5 else left + side
    return f'<div style="width:960px;margin:0 auto">{cols}<div style="clear:both"></div></div>'


HK_TOP = (
    '<div class="hk1">分享到：<a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">微博</a>'
    ' <a href="#">列印</a></div>'
)
HK_AD = '<div class="hk2"><span>廣告</span><a href="/ad/{n}"><img src="/ad/{n}.gif" alt=""></a></div>'
HK_TAIL = (
    '<div class="hk3"><h3>相關新聞</h3><ul>{related}</ul></div>'
    '<div class="hk4"><div>延伸閱讀</div><ul>{more}</ul></div>'
    '<div class="hk5"><div>留言（{n}）</div>{comments}<form action="/c"><textarea name="t"></textarea>'
    '<input type="submit" value="發表留言"></form><div>網友留言只代表個人意見，不代表本網立場。</div></div>'
)


def trad_hk(tree: LexborHTMLParser, body: LexborNode, rng: random.Random, pool: Pool, page: Page) -> str:
    """A Hong Kong portal: a share bar above the body, an advertisement inside it (after its first child with
    text), "相關新聞", "延伸閱讀" and readers' "留言" (2-4 one-sentence comments and a form) below; the page in
    Traditional characters of Hong Kong (OpenCC ``s2hk``) with a Big5-HKSCS ``<meta charset>`` on half the pages
    (:func:`main` hands those over as Big5-HKSCS bytes and scores every page on the gold converted the same way)."""
    import opencc

    found = _text_children(body)
    own = body.html or ""
    if found is not None:
        kids, sizes, _ = found
        first = next(i for i, size in enumerate(sizes) if size)
        ad = HK_AD.format(n=rng.randrange(10**4))
        parts = ["".join(k.html or "" for k in kids[: first + 1]), ad, "".join(k.html or "" for k in kids[first + 1 :])]
        own = f"<div {MARK}='1'>{''.join(parts)}</div>"
    comments = "".join(
        f'<div><a href="/u/{rng.randrange(10**5)}">{_name(rng, "zh")}</a> {_when(rng, "zh")}<p>{s}</p></div>'
        for s in pool.prose(rng, rng.randrange(2, 5), page)
    )
    tail = HK_TAIL.format(
        related=_links(rng, pool, 5), more=_links(rng, pool, 4), n=rng.randrange(2, 30), comments=comments
    )
    _replace(body, HK_TOP + own + tail)
    html = re.sub(r"<meta[^>]*charset[^>]*>", "", tree.html or "", flags=re.I)
    if rng.random() < 0.5:
        html = re.sub(r"<head([^>]*)>", r'<head\1><meta charset="big5-hkscs">', html, count=1, flags=re.I)
    else:
        html = re.sub(r"<head([^>]*)>", r'<head\1><meta charset="utf-8">', html, count=1, flags=re.I)
    return str(opencc.OpenCC("s2hk").convert(html))


CREDITS = [
    "（新华社记者 {name} 摄）",
    "图为{head}。（{name}/摄）",
    "图：{head}",
    "{head} 图片来源：视觉中国",
    "资料图片",
]


def photo_credits(rng: random.Random, pool: Pool, own: str) -> str | None:
    """Photos inside the body, each a centred ``<p>`` with the image followed by a centred ``<p>`` caption (a
    short line: "图为…。（王明/摄）", "图：…", "（新华社记者 王明 摄）", "资料图片"), after the first and then
    every third paragraph (up to three); None with fewer than two paragraphs."""
    ends = [m.end() for m in re.finditer(r"</p>", own, re.I)]
    if len(ends) < 2:
        return None
    out, last = [], 0
    for end in ends[0:1] + ends[3::3][:2]:
        credit = rng.choice(CREDITS).format(name=rng.choice(REPORTERS["zh"]), head=rng.choice(pool.headlines)[:16])
        img = f'<p align="center"><img src="/pic/{rng.randrange(10**6)}.jpg" border="0"></p>'
        cap = (
            f'<p align="center">{credit}</p>'
            if rng.random() < 0.6
            else f'<p align="center"><font size="2">{credit}</font></p>'
        )
        out.append(own[last:end] + img + cap)
        last = end
    out.append(own[last:])
    return "".join(out)


SOURCE_LINES = [
    "来源：{src}  作者：{name}  {date}",
    "{date}  来源：{src}",
    "【来源：{src}】",
    "稿件来源：{src} 发布时间：{date}",
]
EDITOR_LINES = [
    "责任编辑：{name}",
    "（编辑：{name}）",
    "[责任编辑：{name}]",
    "编辑：{name} 校对：{name2}",
    "（本文来源：{src}）",
]
SOURCES = ["新华网", "人民日报", "中国新闻网", "新京报", "南方都市报"]


def editor_source(rng: random.Random, own: str) -> str:
    """A "来源：… 作者：…" line above the text (inside the body's element or just above it) and one or two
    "责任编辑" / "（本文来源：…）" lines below it (inside, after it, or both): the gold leaves them out."""
    names = rng.sample(REPORTERS["zh"], 2)
    date = f"2012-0{rng.randrange(1, 10)}-{rng.randrange(10, 29)} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}"
    fill = {"src": rng.choice(SOURCES), "name": names[0], "name2": names[1], "date": date}
    src = f'<div class="{rng.choice(["info", "sc", ""])}">{rng.choice(SOURCE_LINES).format(**fill)}</div>'
    eds = [f"<p>{line.format(**fill)}</p>" for line in rng.sample(EDITOR_LINES, rng.randrange(1, 3))]
    where = rng.randrange(3)
    inner_open = re.match(r"<[^>]+>", own)
    if where == 0 and inner_open:  # the source line the body's first child, the editor lines its last
        head = inner_open.group(0)
        close = own.rfind("</")
        return head + src + own[len(head) : close] + "".join(eds) + own[close:]
    if where == 1:
        return src + own + "".join(eds)
    return src + own + f'<div class="{rng.choice(["edit", "bj", ""])}">{"".join(eds)}</div>'


def paging_text(rng: random.Random, own: str) -> str | None:
    """A multi-page article's page bar in the older markups, inside the body's element after its text: "[1] [2] [3]
    [下一页]" in a centred ``<p>``, "共3页: 上一页 1 2 3 下一页", "(第1页/共3页)" plus "下一页" links, a ``<select>`` of
    pages; and "本文导航" or a page list above the text on a third of the pages."""
    n = rng.randrange(2, 7)
    cur = rng.randrange(1, n + 1)
    nums = [f"[{k}]" if k == cur else f'<a href="_{k}.htm">[{k}]</a>' for k in range(1, n + 1)]
    plain = [str(k) if k == cur else f'<a href="_{k}.htm">{k}</a>' for k in range(1, n + 1)]
    opts = "".join(f'<option value="_{k}.htm">第{k}页</option>' for k in range(1, n + 1))
    bars = [
        f'<p align="center">{" ".join(nums)} <a href="_{min(cur + 1, n)}.htm">[下一页]</a></p>',
        f'<div align="center">共{n}页: <a href="_{max(cur - 1, 1)}.htm">上一页</a> {" ".join(plain)} '
        f'<a href="_{min(cur + 1, n)}.htm">下一页</a></div>',
        f'<p>(第{cur}页/共{n}页) <a href="_{min(cur + 1, n)}.htm">下一页</a> <a href="_{n}.htm">尾页</a></p>',
        f'<center>分页：<select name="p">{opts}</select> <a href="_{min(cur + 1, n)}.htm">下一页</a></center>',
    ]
    bar = rng.choice(bars)
    above = ""
    if rng.random() < 0.33:
        above = f"<div>本文导航：{' '.join(plain)}</div>" if rng.random() < 0.5 else bars[0]
    m = re.match(r"<[^>]+>", own)
    close = own.rfind("</")
    if not m or close <= m.end():
        return None
    return own[: m.end()] + above + own[m.end() : close] + bar + own[close:]


def perturb(page: Page, kind: str, index: int, pool: Pool) -> str | None:
    """The page's HTML with one perturbation (``index``: the body element, see :func:`body_index`); None when
    the perturbation does not apply to this page."""
    rng = _rng(page, kind)
    if kind in ("rename", "rename_digits"):
        return _rename(page.html, digits=kind == "rename_digits")
    tree = LexborHTMLParser(page.html)
    assert tree.body is not None
    body = _elements(tree.body)[index]
    if kind == "identity":
        return tree.html
    if body.tag not in _WRAPS:  # a <td> or <body> body: its content in a <div> of its own
        body.inner_html = f"<div {MARK}='1'>{body.inner_html}</div>"
        found = tree.css_first(f"[{MARK}]")
        assert found is not None
        body = found
    own = body.html or ""
    share_form, comment_form = FORMS[pool.lang]
    if kind == "related_above":
        _replace(body, related_block(rng, pool) + own)
    elif kind == "list_wrapper":
        _replace(body, f'<div class="w1">{link_lists(rng, pool, 3)}{own}{link_lists(rng, pool, 4)}</div>')
    elif kind == "split_body":
        if not _split(body, rng, pool):
            return None
    elif kind == "forms":
        _replace(body, share_form + own + comment_form)
    elif kind == "noscript":
        _replace(body, '<i class="nsmark"></i>' + own)
        return (tree.html or "").replace('<i class="nsmark"></i>', '<noscript><img src="/pixel.gif" alt="">', 1)
    elif kind == "sidebar":
        _replace(body, own + teaser_sidebar(rng, pool))
    elif kind in ("short", "short_sidebar"):  # "short": the baseline of "short_sidebar" (not listed in KINDS)
        body.attrs[MARK] = "1"
        if not _shorten(body):
            return None
        if kind == "short_sidebar":
            _replace(body, (body.html or "") + teaser_sidebar(rng, pool))
    elif kind == "tail_heading":
        if not _tail_heading(body, pool):
            return None
    elif kind == "comments_below":
        _replace(body, own + comment_section(rng, pool, page))
    elif kind == "recent_comments":
        _replace(body, recent_comments(rng, pool, page) + own)
    elif kind == "next_article":
        _replace(body, own + next_article(rng, pool, page))
    elif kind == "bio_box":
        _replace(body, own + bio_box(rng, pool, page))
    elif kind == "newsletter":
        _replace(body, newsletter(pool) + own)
    elif kind == "cookie":
        _replace(body, cookie(pool) + own)
    elif kind == "tagline":
        _replace(body, tagline(rng, pool, page) + own)
    elif kind == "price_widget":
        _replace(body, price_widget(rng, pool) + own)
    elif kind in ("captions", "short_paragraphs", "br_lines"):
        if kind == "captions":
            changed = _captions(own, rng, pool, page)
        elif kind == "short_paragraphs":
            changed = _short_paragraphs(own, pool.lang)
        else:
            changed = _br_lines(own)
        if changed is None:
            return None
        _replace(body, changed)
    elif kind == "deep_nesting":
        _replace(body, _deep(own))
    elif kind == "table_nav":
        _replace(body, table_nav(rng, pool, own))
    elif kind == "pagination":
        above, below = pagination(rng, pool)
        body.inner_html = above + body.inner_html + below
    elif kind == "long_comments":
        _replace(body, own + long_comments(rng, pool, page))
    elif kind in ("gallery", "live_updates", "qa_interview", "keyword_links"):
        if kind == "gallery":
            changed = gallery(rng, pool, own)
        elif kind == "live_updates":
            changed = live_updates(rng, pool, own)
        elif kind == "qa_interview":
            changed = qa_interview(pool, own)
        else:
            changed = keyword_links(rng, own)
        if changed is None:
            return None
        _replace(body, changed)
    elif kind == "key_note":
        _replace(body, key_note(rng, pool, page) + own)
    elif kind == "related_inside":
        if not related_inside(body, rng, pool):
            return None
    elif kind == "teaser_below":
        _replace(body, own + teaser_below(rng, pool, page))
    elif kind == "h1_far":
        if not h1_far(tree, rng, pool, page):
            return None
    elif kind == "trad_big5":
        if pool.lang != "zh":
            return None
        return trad_big5(tree, body, rng, pool)
    elif kind in NEWS19_KINDS:
        return _news19(tree, body, page, kind, pool, rng, own)
    elif kind == "combo":
        _replace(body, share_form + related_block(rng, pool) + own + comment_form + teaser_sidebar(rng, pool))
        return _rename(tree.html or "")
    else:
        raise ValueError(kind)
    return tree.html


def _news19(
    tree: LexborHTMLParser, body: LexborNode, page: Page, kind: str, pool: Pool, rng: random.Random, own: str
) -> str | None:
    """Round five (:data:`NEWS19_KINDS`): the page's HTML, None where the layout does not apply."""
    if pool.lang != "zh":
        return None
    if kind == "trad_hk":
        return trad_hk(tree, body, rng, pool, page)
    changed: str | None
    if kind == "summary_box":
        box = summary_box(rng, page)
        m = re.match(r"<[^>]+>", own)
        inside = rng.random() < 0.5 and m is not None
        changed = own[: m.end()] + box + own[m.end() :] if inside and m else box + own
    elif kind == "float_columns":
        changed = float_columns(rng, pool, page, own)
    elif kind == "photo_credits":
        changed = photo_credits(rng, pool, own)
    elif kind == "editor_source":
        changed = editor_source(rng, own)
    else:
        changed = paging_text(rng, own)
    if changed is None:
        return None
    _replace(body, changed)
    return tree.html


def _s2twp(text: str) -> str:
    return _convert(text, "s2twp")


def _convert(text: str, config: str) -> str:
    import opencc

    return str(opencc.OpenCC(config).convert(text))


def _cleaner() -> Callable[[str | bytes, str | None], str]:
    from cleaner.extraction import extract_html

    def run(html: str | bytes, url: str | None) -> str:
        return extract_html(html, url=url).text

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--set", action="append", choices=SETS, help="data set(s) (default: all six)")
    ap.add_argument("--kind", action="append", choices=KINDS, help="perturbation(s) (default: all)")
    ap.add_argument("--list", type=int, default=0, help="list the N tune pages that lose most per perturbation")
    ap.add_argument("--dump", type=Path, help="write the perturbed tune pages here (tune pages only)")
    ap.add_argument("--limit", type=int, default=None, help="pages per set and half")
    ap.add_argument("--seed", default="", help="a fresh draw of every layout's choices (never tuned on)")
    args = ap.parse_args(argv)
    global SEED
    SEED = args.seed
    kinds = args.kind or list(KINDS)
    if "identity" not in kinds:
        kinds.insert(0, "identity")
    run = _cleaner()
    print(
        f"{'set':<13} {'perturbation':<14} {'tune: n':>8} {'orig':>6} {'pert':>6} {'delta':>7} {'<-0.1':>5} |"
        f" {'check: n':>8} {'orig':>6} {'pert':>6} {'delta':>7} {'<-0.1':>5}"
    )
    for name in args.set or list(SETS):
        pages = [p for p in load_set(args.data, name, args.limit, HALVES) if p.page_type == "article"]
        pool = Pool(pages, "en" if name in EN_SETS else "zh")
        located = located_bodies(pages)
        scores: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
        base: dict[str, float] = {}
        for p, idx in located:
            for kind in kinds:
                html = perturb(p, kind, idx, pool)
                if html is None:
                    continue
                if args.dump and p.half == TUNE:
                    args.dump.mkdir(parents=True, exist_ok=True)
                    (args.dump / f"{name}.{p.id}.{kind}.html").write_text(html, encoding="utf-8")
                gold = short_gold(html, p.gold) if kind == "short_sidebar" else p.gold
                if kind == "trad_hk":
                    gold = _convert(gold, "s2hk")
                    big5 = 'charset="big5-hkscs"' in html
                    f1 = prf(run(html.encode("big5hkscs", "xmlcharrefreplace") if big5 else html, p.url), gold)[0]
                elif kind in BIG5_KINDS:
                    gold = _s2twp(gold)
                    f1 = prf(run(html.encode("big5hkscs", "xmlcharrefreplace"), p.url), gold)[0]
                else:
                    f1 = prf(run(html, p.url), gold)[0]
                if kind == "short_sidebar":  # the baseline is the shortened page without its sidebar
                    plain = perturb(p, "short", idx, pool)
                    scores.setdefault((kind, p.half), []).append((prf(run(plain or "", p.url), gold)[0], f1, p.id))
                    continue
                if kind == "identity":
                    base[p.id] = f1
                scores.setdefault((kind, p.half), []).append((base[p.id], f1, p.id))
        skipped = {h: sum(1 for p in pages if p.half == h) - sum(1 for p, _ in located if p.half == h) for h in HALVES}
        for kind in kinds:
            cells = []
            for h in HALVES:
                rows = scores.get((kind, h), [])
                if not rows:
                    cells.append(f"{0:>8} {'':>6} {'':>6} {'':>7} {'':>5}")
                    continue
                orig = statistics.fmean(r[0] for r in rows)
                pert = statistics.fmean(r[1] for r in rows)
                drops = sum(1 for r in rows if r[1] < r[0] - 0.1)
                cells.append(f"{len(rows):>8} {orig:6.3f} {pert:6.3f} {pert - orig:+7.3f} {drops:>5}")
            print(f"{name:<13} {kind:<14} {cells[0]} | {cells[1]}")
        print(f"{name:<13} (no body element: {skipped[TUNE]} tune, {skipped['check']} check pages left out)")
        if args.list:
            for kind in kinds[1:]:
                rows = sorted(scores.get((kind, TUNE), []), key=lambda r: r[1] - r[0])[: args.list]
                for orig, pert, pid in rows:
                    if pert < orig - 0.02:
                        print(f"    {kind:<14} {orig:.3f} -> {pert:.3f}  {pid}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
