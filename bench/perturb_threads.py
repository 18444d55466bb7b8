"""Generalization test for forum threads: the bench's thread pages under another forum's layout, the gold kept.

    python bench/perturb_threads.py --data ../shared/data/extraction [--set magichtml_zh ...] [--kind rename ...] \
        [--list N] [--dump DIR] [--seed NAME]

``bench/perturb.py`` rewrites the layout around the *article* pages' body element and leaves forum threads out (no
one body element). This generator takes the forum pages of magichtml_zh and magichtml_en, finds the elements that
hold the gold posts (no extractor involved, see :func:`locate_posts`) and rewrites the layout around them the way
another forum would, keeping the gold:

- ``rename``: every class and id renamed to a hashed CSS-in-JS name (``css-1x2y3z``), and ``article``, ``main``,
  ``section``, ``aside``, ``nav``, ``header``, ``footer`` turned into ``div``;
- ``chrome_per_post``: per post a user panel (avatar, name, level / title, post count, join date), a signature with
  a prose-like motto, a "回复 引用 举报" / "Reply Quote Report" bar and vote counts;
- ``flat_list``: the posts as the ``<li>`` items of one ``<ul>``, user and time as inline spans;
- ``table_floors``: a Discuz!-like table per floor (user cell, floor number and time, the post);
- ``hot_sidebar``: a "热门帖子" / "Hot threads" list of question-like titles and a "相关推荐" / "Recommended" list of
  linked titles each with a prose-like summary, beside the thread;
- ``quote_blocks``: every other reply opens with a ``<blockquote>`` quoting the previous post ("X 发表于 …" /
  "X wrote:" header, then an excerpt of that post's text);
- ``page_bar``: a pagination bar above and below the posts, "只看楼主 / 倒序浏览" ("Author only / Newest first")
  links, and a reply box with a login form under the thread;
- ``first_post_apart``: the first post in a container and markup of its own, the replies in a list below it;
- ``mobile``: one column, "打开App" / "Open in app" banners between posts, a "展开全文" / "Read more" link after
  the first post, a "查看全部 N 条回复" bar.

Gold convention: the gold stays the page's gold. The one kind that adds text to the thread, ``quote_blocks``, adds
the quoted excerpt to the gold (once per quote) and not its header: the convention of the thread generators
(thread_corpus, thread_corpus2/6, zh_forum_corpus21/25/27, en_forum_corpus25: "a quote's text is gold, its 'X
wrote:' header not", as the magichtml golds keep quotes). The metric counts tokens, so where the excerpt goes in
the gold does not matter.

``identity`` (the page parsed and written back) is the baseline. Chrome words come from fixed lists; titles and
prose-like text (mottos, summaries) from the *tune* pages of the same set (``perturb.Pool``: page titles and gold
sentences). Every page keeps its half: check pages are perturbed and scored, never listed or dumped.
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
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import Page, load_set, prf, tokens
from halves import HALVES, TUNE
from perturb import Pool, _replace
from selectolax.lexbor import LexborHTMLParser, LexborNode

SETS = ("magichtml_zh", "magichtml_en")
KINDS = (
    "identity",
    "rename",
    "chrome_per_post",
    "flat_list",
    "table_floors",
    "hot_sidebar",
    "quote_blocks",
    "page_bar",
    "first_post_apart",
    "mobile",
)
_SKIP = frozenset("script style noscript template head title".split())
_BLOCKS = frozenset("div p table ul ol li dl dd dt section article blockquote pre h1 h2 h3 h4 h5 h6 form".split())
MIN_POST_TOKENS = 4
"""A child of the thread's container holds a post when this many of its tokens are gold tokens."""
MIN_COVER = 0.4
"""The posts found must hold this share of the gold's tokens (else the page is left out; a first post apart from
the replies' list leaves the replies alone below 0.6 on some pages)."""
MIN_PRECISION = 0.3
"""… and at least this share of its tokens gold tokens (a sidebar shares common words with the gold, little more)."""
MARK = "data-pthread"


# --- finding the posts ---------------------------------------------------------------------------------------------


@dataclass
class _Count:
    gold: int = 0
    total: int = 0


def _counts(root: LexborNode, vocab: set[str]) -> dict[int, _Count]:
    """Per element (``mem_id``): how many tokens of its text, and how many of them are gold tokens (a set test, not
    a multiset one: cheap, and enough to tell a post from chrome)."""
    counts: dict[int, _Count] = {}
    for node in root.traverse(include_text=True):
        if node.is_element_node:
            counts.setdefault(node.mem_id, _Count())
            continue
        if not node.is_text_node:
            continue
        toks = tokens(node.text_content or "")
        if not toks:
            continue
        total = sum(toks.values())
        gold = sum(n for t, n in toks.items() if t in vocab)
        if _skipped(node):
            continue
        up = node.parent
        while up is not None and up.is_element_node:
            c = counts.setdefault(up.mem_id, _Count())
            c.gold += gold
            c.total += total
            up = up.parent
    return counts


def _kids(node: LexborNode) -> list[LexborNode]:
    out, child = [], node.child
    while child is not None:
        if child.is_element_node:
            out.append(child)
        child = child.next
    return out


def _structured(node: LexborNode) -> bool:
    """A post holds blocks (its author line, its text), a paragraph does not."""
    me = node.mem_id
    return any(d.tag in _BLOCKS for d in node.traverse(include_text=False) if d.is_element_node and d.mem_id != me)


def _signature(node: LexborNode) -> str:
    """Tag and first class name without its digits (``post bg1`` and ``post bg2``, ``wpfn-1`` and ``wpfn-2`` alike)."""
    first = (node.attrs.get("class") or "").split()[:1]
    return (node.tag or "") + "." + re.sub(r"\d+", "", first[0] if first else "")


def _repeated(posts: list[LexborNode], gold_of: dict[int, int]) -> bool:
    """Two or more of the posts wear one signature and hold half the posts' gold tokens: a list of posts, not the
    parts of one post (title, author line, text)."""
    by: dict[str, list[int]] = {}
    for k in posts:
        by.setdefault(_signature(k), []).append(gold_of[k.mem_id])
    total = sum(sum(v) for v in by.values())
    return any(len(v) >= 2 and sum(v) * 2 >= total for v in by.values())


def locate_posts(html: str, gold: str) -> tuple[LexborHTMLParser, LexborNode, list[LexborNode]] | None:
    """The parsed page, the thread's container and the children of it that hold the gold posts, or None.

    The container is the deepest element whose children hold posts: two or more children that each share
    :data:`MIN_POST_TOKENS` tokens with the gold (multiset), :data:`MIN_PRECISION` of their tokens gold tokens, and
    hold blocks (so a long post's paragraphs are not taken for posts), two of them or more alike (:func:`_repeated`),
    all of them together :data:`MIN_COVER` of the gold's tokens. A cheap set test on every element picks the
    elements worth the exact one."""
    tree = LexborHTMLParser(html)
    if tree.body is None:
        return None
    g = tokens(gold)
    ng = sum(g.values())
    if not ng:
        return None
    counts = _counts(tree.body, set(g))
    nodes = [(d, n) for d, n in _with_depth(tree.body) if counts.get(n.mem_id, _Count()).gold >= MIN_COVER * ng]
    for _, node in sorted(nodes, key=lambda dn: -dn[0]):
        if node.tag in ("tr", "table", "tbody"):  # a row's cells are columns, not posts
            continue
        posts: list[LexborNode] = []
        gold_of: dict[int, int] = {}
        union: Counter[str] = Counter()
        for k in _kids(node):
            if k.tag in _SKIP or counts.get(k.mem_id, _Count()).gold < MIN_POST_TOKENS:
                continue
            toks = tokens(_text(k))
            shared = toks & g
            overlap = sum(shared.values())
            if overlap < MIN_POST_TOKENS or overlap < MIN_PRECISION * sum(toks.values()) or not _structured(k):
                continue
            posts.append(k)
            gold_of[k.mem_id] = overlap
            union |= shared
        if len(posts) >= 2 and sum(union.values()) >= MIN_COVER * ng and _repeated(posts, gold_of):
            return tree, node, posts
    return None


def _text(node: LexborNode) -> str:
    return " ".join(
        t.text_content or "" for t in node.traverse(include_text=True) if t.is_text_node and not _skipped(t)
    )


def _skipped(node: LexborNode) -> bool:
    up = node.parent
    while up is not None and up.is_element_node:
        if up.tag in _SKIP:
            return True
        up = up.parent
    return False


def _with_depth(root: LexborNode) -> list[tuple[int, LexborNode]]:
    out, stack = [], [(0, root)]
    while stack:
        depth, node = stack.pop()
        out.append((depth, node))
        stack.extend((depth + 1, k) for k in _kids(node) if k.tag not in _SKIP)
    return out


# --- the layouts ----------------------------------------------------------------------------------------------------

USERS = {
    "zh": ["风中的小鱼", "老王不在家", "cyber_猫", "路人甲乙丙", "晴天2019", "北漂十年", "云淡风轻", "技术宅小明"],
    "en": ["mike_t", "SarahJ", "old_timer42", "quietstorm", "dev_null", "Kat W.", "rbrown", "nightowl"],
}
WORDS = {
    "zh": {
        "level": ["LV5 中级会员", "Lv.3 初级会员", "高级会员", "论坛元老", "新手上路"],
        "posts": "帖子",
        "joined": "注册时间",
        "points": "积分",
        "sign": "签名：",
        "actions": ["回复", "引用", "举报"],
        "up": "赞",
        "down": "踩",
        "posted": "发表于",
        "floor": "楼",
        "author_only": "只看该作者",
        "hot": "热门帖子",
        "related": "相关推荐",
        "prev": "上一页",
        "next": "下一页",
        "owner": "只看楼主",
        "reverse": "倒序浏览",
        "login": "您需要登录后才可以回帖 登录 | 立即注册",
        "rules": "请文明发言，理性讨论，遵守社区规范，共同维护良好的交流环境。",
        "user": "用户名",
        "password": "密码",
        "submit": "发表回复",
        "app": "打开App，阅读体验更佳",
        "app_more": "打开App查看更多精彩回复",
        "expand": "展开全文",
        "all": "查看全部 {n} 条回复",
        "open": "打开",
        "wrote": "{user} 发表于 {date}",
        "questions": ["请问{h}是怎么回事？", "{h}，大家怎么看？", "求助：{h}该怎么办？", "有没有人知道{h}？"],
    },
    "en": {
        "level": ["Senior Member", "Junior Member", "Well-known member", "Moderator", "New member"],
        "posts": "Posts:",
        "joined": "Joined:",
        "points": "Reputation:",
        "sign": "",
        "actions": ["Reply", "Quote", "Report"],
        "up": "Like",
        "down": "Dislike",
        "posted": "Posted",
        "floor": "#",
        "author_only": "Author only",
        "hot": "Hot threads",
        "related": "Recommended",
        "prev": "Prev",
        "next": "Next",
        "owner": "Author only",
        "reverse": "Newest first",
        "login": "You must log in or register to reply here.",
        "rules": "Please be respectful and keep the discussion on topic; posts that break the rules are removed.",
        "user": "Username",
        "password": "Password",
        "submit": "Post reply",
        "app": "Open in app for the best experience",
        "app_more": "Open the app to see more replies",
        "expand": "Read more",
        "all": "View all {n} replies",
        "open": "Open",
        "wrote": "{user} wrote:",
        "questions": ["How do I deal with {h}?", "Anyone else seeing {h}?", "Question about {h}?", "Is {h} worth it?"],
    },
}
SEED = ""
"""Prefix of every page's random key: empty for the bench's own layouts, ``--seed NAME`` for a fresh, untuned draw."""


def _rng(page: Page, kind: str) -> random.Random:
    key = f"{SEED}/threads/{page.set}/{page.id}/{kind}"
    return random.Random(hashlib.sha256(key.encode()).digest())


def _date(rng: random.Random) -> str:
    day = f"20{rng.randrange(15, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    return f"{day} {rng.randrange(24):02d}:{rng.randrange(60):02d}"


def _hashed(value: str) -> str:
    """A CSS-in-JS class name for a class or id (``css-1x2y3z``): letters and digits, one per source name."""
    digest = int(hashlib.sha256(value.encode()).hexdigest()[:10], 16)
    out = ""
    while digest and len(out) < 6:
        digest, r = divmod(digest, 36)
        out += "0123456789abcdefghijklmnopqrstuvwxyz"[r]
    return "css-" + out


def rename(html: str) -> str:
    """Every class and id renamed to a hashed name, semantic tags turned into ``<div>``."""
    tree = LexborHTMLParser(html)
    for node in tree.root.traverse(include_text=False) if tree.root is not None else []:
        if not node.is_element_node:
            continue
        attrs = node.attrs
        for key in ("class", "id"):
            value = attrs.get(key)
            if value:
                attrs[key] = " ".join(_hashed(key + v) for v in value.split())
    out = tree.html or ""
    return re.sub(r"<(/?)(?:article|main|section|aside|nav|header|footer)\b", r"<\1div", out, flags=re.I)


@dataclass
class Thread:
    """What a layout needs: the page's language, the tune pages' text pool and a random draw."""

    lang: str
    pool: Pool
    rng: random.Random

    def word(self, key: str) -> str:
        return str(WORDS[self.lang][key])

    def user(self) -> str:
        return self.rng.choice(USERS[self.lang])

    def motto(self) -> str:
        return self.rng.choice(self.pool.summaries)

    def user_panel(self) -> str:
        r = self.rng
        level = r.choice(WORDS[self.lang]["level"])
        return (
            f'<div class="up"><img src="/avatar/{r.randrange(10**5)}.png" alt=""><a href="/u/{r.randrange(10**5)}"'
            f' class="un">{self.user()}</a><div class="ul">{level}</div>'
            f'<div class="us">{self.word("posts")} {r.randrange(1, 9000)}</div>'
            f'<div class="us">{self.word("points")} {r.randrange(1, 30000)}</div>'
            f'<div class="uj">{self.word("joined")} {_date(r)[:10]}</div></div>'
        )

    def actions(self) -> str:
        r = self.rng
        links = " ".join(f'<a href="#r{r.randrange(10**5)}">{a}</a>' for a in WORDS[self.lang]["actions"])
        return (
            f'<div class="pa">{links} <span class="v">{self.word("up")} {r.randrange(0, 300)}</span>'
            f' <span class="v">{self.word("down")} {r.randrange(0, 9)}</span></div>'
        )

    def pages(self) -> str:
        r = self.rng
        n = r.randrange(3, 12)
        nums = " ".join(f'<a href="?page={k}">{k}</a>' for k in range(1, min(n, 6) + 1))
        return (
            f'<div class="pg"><a href="?page=1">{self.word("prev")}</a> {nums} ... <a href="?page={n}">{n}</a>'
            f' <a href="?page=2">{self.word("next")}</a></div>'
        )

    def questions(self, n: int) -> list[str]:
        forms = WORDS[self.lang]["questions"]
        heads = self.rng.sample(self.pool.headlines, min(n, len(self.pool.headlines)))
        return [self.rng.choice(forms).format(h=h) for h in heads]


def chrome_per_post(t: Thread, posts: list[str]) -> str:
    out = []
    for post in posts:
        sign = f'<div class="sg">{t.word("sign")}{t.motto()}</div>'
        out.append(
            f'<div class="pp"><div class="pl">{t.user_panel()}</div><div class="pr">'
            f'<div class="pt">{t.word("posted")} {_date(t.rng)}</div>{post}{sign}{t.actions()}</div></div>'
        )
    return "".join(out)


def flat_list(t: Thread, posts: list[str]) -> str:
    items = "".join(
        f'<li><span class="u"><a href="/u/{t.rng.randrange(10**5)}">{t.user()}</a></span> <span class="t">'
        f'{_date(t.rng)}</span> <span class="f">#{i + 1}</span> {post}</li>'
        for i, post in enumerate(posts)
    )
    return f'<ul class="fl">{items}</ul>'


def table_floors(t: Thread, posts: list[str]) -> str:
    out = []
    for i, post in enumerate(posts):
        floor = f"{i + 1}{t.word('floor')}" if t.lang == "zh" else f"#{i + 1}"
        out.append(
            f'<table class="plhin" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="pls" rowspan="2">{t.user_panel()}</td>'
            f'<td class="plc"><div class="pi"><strong><a href="#p{i}">{floor}</a></strong> {t.word("posted")}'
            f' {_date(t.rng)} | <a href="#a">{t.word("author_only")}</a></div><div class="pct"><table><tr>'
            f'<td class="t_f">{post}</td></tr></table></div></td></tr><tr><td class="plc plm">{t.actions()}</td>'
            f"</tr></table>"
        )
    return "".join(out)


def hot_sidebar(t: Thread) -> str:
    r = t.rng
    hot = "".join(f'<li><a href="/t/{r.randrange(10**6)}">{q}</a></li>' for q in t.questions(8))
    rel = "".join(
        f'<li><a href="/t/{r.randrange(10**6)}">{h}</a><p>{s}</p></li>'
        for h, s in zip(
            r.sample(t.pool.headlines, min(6, len(t.pool.headlines))),
            r.sample(t.pool.summaries, min(6, len(t.pool.summaries))),
            strict=False,
        )
    )
    return (
        f'<div class="side"><div class="bx"><h3>{t.word("hot")}</h3><ul>{hot}</ul></div>'
        f'<div class="bx"><h3>{t.word("related")}</h3><ul>{rel}</ul></div></div>'
    )


def page_bar(t: Thread, posts: list[str]) -> str:
    top = (
        f'<div class="tb">{t.pages()}<a href="?author=1">{t.word("owner")}</a> '
        f'<a href="?order=desc">{t.word("reverse")}</a></div>'
    )
    form = (
        f'<div class="rb"><form action="/reply" method="post"><textarea name="m"></textarea>'
        f"<p>{t.word('login')}</p><p>{t.word('rules')}</p>"
        f'<label>{t.word("user")}</label><input type="text" name="u">'
        f'<label>{t.word("password")}</label><input type="password" name="p">'
        f'<button type="submit">{t.word("submit")}</button></form></div>'
    )
    return top + "".join(posts) + t.pages() + form


def first_post_apart(t: Thread, posts: list[str]) -> str:
    first = (
        f'<div class="topic-main"><div class="topic-author"><a href="/u/{t.rng.randrange(10**5)}">{t.user()}</a>'
        f' {_date(t.rng)}</div><div class="topic-content">{posts[0]}</div></div>'
    )
    replies = "".join(f'<li class="reply-item">{p}</li>' for p in posts[1:])
    return f'{first}<div class="reply-list"><ul>{replies}</ul></div>'


def mobile(t: Thread, posts: list[str]) -> str:
    banner = f'<div class="app-banner"><span>{t.word("app")}</span><a href="/app">{t.word("open")}</a></div>'
    out = [banner]
    for i, post in enumerate(posts):
        out.append(f'<div class="m-post">{post}</div>')
        if i == 0:
            out.append(f'<div class="m-more"><a href="#full">{t.word("expand")}</a></div>')
        if i % 3 == 2:
            out.append(f'<div class="app-tip"><a href="/app">{t.word("app_more")}</a></div>')
    out.append(f'<div class="m-all"><a href="/all">{t.word("all").format(n=len(posts) * 7)}</a></div>')
    return "".join(out)


def _excerpt(post: LexborNode, gold: str, lang: str) -> tuple[LexborNode, str] | None:
    """The longest text of ``post`` that the gold holds (a line of the post), cut to a quote's length, and the text's
    element."""
    best: tuple[int, LexborNode, str] | None = None
    for node in post.traverse(include_text=True):
        if not node.is_text_node or _skipped(node):
            continue
        text = " ".join((node.text_content or "").split())
        if len(text) < (8 if lang == "zh" else 20) or text not in gold:
            continue
        if best is None or len(text) > best[0]:
            assert node.parent is not None
            best = (len(text), node.parent, text)
    if best is None:
        return None
    text = best[2]
    if lang == "zh":
        text = text[:60]
    else:
        text = " ".join(text.split()[:25])
    return best[1], text


def quote_blocks(t: Thread, posts: list[LexborNode], gold: str) -> str | None:
    """Every other reply opens with a quote of the post above it; None when no post could quote one. Returns the
    quoted text that joins the gold (the posts are changed in place)."""
    quoted = []
    for i in range(2, len(posts), 2):
        found = _excerpt(posts[i - 1], gold, t.lang)
        target = _excerpt(posts[i], gold, t.lang)
        if found is None or target is None:
            continue
        header = t.word("wrote").format(user=t.user(), date=_date(t.rng))
        block = f'<blockquote class="quote"><div class="qh">{header}</div><div class="qt">{found[1]}</div></blockquote>'
        target[0].insert_before(_fragment_first(block))
        quoted.append(found[1])
    return "\n".join(quoted) if quoted else None


def _fragment_first(html: str) -> LexborNode:
    frag = LexborHTMLParser(f"<div id='pfrag'>{html}</div>").css_first("#pfrag")
    assert frag is not None and frag.child is not None
    return frag.child


LAYOUTS: dict[str, Callable[[Thread, list[str]], str]] = {
    "chrome_per_post": chrome_per_post,
    "flat_list": flat_list,
    "table_floors": table_floors,
    "page_bar": page_bar,
    "first_post_apart": first_post_apart,
    "mobile": mobile,
}


def perturb(page: Page, kind: str, pool: Pool) -> tuple[str, str] | None:
    """The page's HTML under one layout and its gold; None when the page's posts are not found or the layout does
    not apply."""
    if kind == "rename":
        return (rename(page.html), page.gold) if locate_posts(page.html, page.gold) else None
    found = locate_posts(page.html, page.gold)
    if found is None:
        return None
    tree, container, posts = found
    if kind == "identity":
        return tree.html or "", page.gold
    t = Thread(page.lang, pool, _rng(page, kind))
    if kind == "hot_sidebar":
        _replace(container, (container.html or "") + hot_sidebar(t))
        return tree.html or "", page.gold
    if kind == "quote_blocks":
        extra = quote_blocks(t, posts, page.gold)
        if extra is None:
            return None
        return tree.html or "", page.gold + "\n" + extra
    html = LAYOUTS[kind](t, [p.html or "" for p in posts])
    for p in posts[1:]:
        p.decompose()
    _replace(posts[0], html)
    if kind == "mobile" and tree.head is not None:
        tree.head.insert_child(_fragment_first('<meta name="viewport" content="width=device-width">'))
    return tree.html or "", page.gold


def _cleaner() -> Callable[[str, str | None], str]:
    from cleaner.extraction import extract_html

    def run(html: str, url: str | None) -> str:
        return extract_html(html, url=url).text

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--set", action="append", choices=SETS, help="data set(s) (default: both)")
    ap.add_argument("--kind", action="append", choices=KINDS, help="layout(s) (default: all)")
    ap.add_argument("--list", type=int, default=0, help="list the N tune pages that lose most per layout")
    ap.add_argument("--dump", type=Path, help="write the perturbed tune pages here (tune pages only)")
    ap.add_argument("--seed", default="", help="a fresh draw of every layout's choices (never tuned on)")
    args = ap.parse_args(argv)
    global SEED
    SEED = args.seed
    kinds = args.kind or list(KINDS)
    if "identity" not in kinds:
        kinds.insert(0, "identity")
    run = _cleaner()
    print(
        f"{'set':<13} {'layout':<17} {'tune: n':>8} {'orig':>6} {'pert':>6} {'delta':>7} {'<-0.1':>5} |"
        f" {'check: n':>8} {'orig':>6} {'pert':>6} {'delta':>7} {'<-0.1':>5}"
    )
    for name in args.set or list(SETS):
        every = load_set(args.data, name, None, HALVES)
        pool = Pool(every, "en" if name.endswith("_en") else "zh")
        pages = [p for p in every if p.page_type == "forum"]
        scores: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
        base: dict[str, float] = {}
        for p in pages:
            for kind in kinds:
                if kind != "identity" and p.id not in base:
                    break
                done = perturb(p, kind, pool)
                if done is None:
                    continue
                html, gold = done
                if args.dump and p.half == TUNE:
                    args.dump.mkdir(parents=True, exist_ok=True)
                    (args.dump / f"{name}.{p.id}.{kind}.html").write_text(html, encoding="utf-8")
                f1 = prf(run(html, p.url), gold)[0]
                if kind == "identity":
                    base[p.id] = f1
                scores.setdefault((kind, p.half), []).append((base[p.id], f1, p.id))
        _print(name, kinds, scores, pages, base, args.list)
    return 0


def _print(
    name: str,
    kinds: list[str],
    scores: dict[tuple[str, str], list[tuple[float, float, str]]],
    pages: list[Page],
    base: dict[str, float],
    n_list: int,
) -> None:
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
        print(f"{name:<13} {kind:<17} {cells[0]} | {cells[1]}")
    left = {h: sum(1 for p in pages if p.half == h and p.id not in base) for h in HALVES}
    print(f"{name:<13} (posts not found: {left[TUNE]} tune, {left['check']} check pages left out)")
    for kind in kinds[1:] if n_list else []:
        rows = sorted(scores.get((kind, TUNE), []), key=lambda r: r[1] - r[0])[:n_list]
        for orig, pert, pid in rows:
            if pert < orig - 0.1:
                print(f"    {kind:<17} {orig:.3f} -> {pert:.3f}  {pid}")


if __name__ == "__main__":
    raise SystemExit(main())
