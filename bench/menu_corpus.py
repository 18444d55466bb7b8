"""Threads beside menus of other topics' cut titles (issue #12, round 17): an independent generator.

A forum or Q&A page often carries, on one line of inline links, a menu of other topics whose titles are cut with an
ellipsis ("New APN for LTE (and iPhone instructions… Account at zero; top up bought…"): a drop-down's option groups, a
"latest topics" strip, a hot-topics bar, a related-questions line, a previous / next bar. Long and punctuated, such a
line reads like a paragraph wrapped in a link; beside a short first post it outweighs the post. The markup is the
author's own rendering of these patterns; no third-party page is copied.

Layouts: ``dropdown`` (option groups of ``<a>`` without href, one group per line), ``ticker`` (a "latest topics" strip
of links set apart by " | "), ``hotbar`` (a hot-topics box of links set apart by spaces), ``related`` (a Q&A page: a
related-questions line between the question and the answers), ``prevnext`` (a bar under the posts: previous / next /
more topics) and the control ``wrapped`` (a microblog-like post wrapped in one link to its own page, with elisions,
which is the text). English and Chinese, three shapes: ``one`` (a first post of one paragraph, no reply), ``few`` (a
first post and 1-3 replies), ``long`` (a first post of 3-5 paragraphs and 3-6 replies). The gold is every post's
paragraphs in order; the menu's titles are chrome. Paragraphs are prose of the tune halves' gold texts
(``thread_corpus4.texts``), read at run time.

    python bench/menu_corpus.py --score            # cleaner (and trafilatura), tune and check
    python bench/menu_corpus.py --verbose          # and each tune page's problems
    python bench/menu_corpus.py --dump ID          # a tune page's html, gold and output (tune pages only)
    python bench/menu_corpus.py --seed S --score   # fresh pages of the same layouts (halves mean nothing)
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
from thread_corpus4 import NAMES, TITLES, texts
from thread_score import ThreadPage

SET = "menu17"
SHAPES = ("one", "few", "long")
LANGS = ("en", "zh")
W = {
    "en": {
        "latest": "Latest topics:",
        "hot": "Hot topics",
        "related": "Related questions",
        "prev": "Previous topic:",
        "next": "Next topic:",
        "more": "More:",
        "reply": "Reply",
        "quote": "Quote",
        "select": "Select Forum",
        "group": ("General", "Support", "Off topic"),
        "answers": "answers",
    },
    "zh": {
        "latest": "最新帖子：",
        "hot": "热门话题",
        "related": "相关问题",
        "prev": "上一主题：",
        "next": "下一主题：",
        "more": "更多：",
        "reply": "回复",
        "quote": "引用",
        "select": "选择版块",
        "group": ("综合讨论", "求助问答", "灌水专区"),
        "answers": "个回答",
    },
}


@dataclass
class Page(ThreadPage[list[str]]):
    """A thread: ``posts`` are the first post's paragraphs, then each reply's."""

    users: list[str]
    chrome: set[str] = field(default_factory=set)
    html: str = ""

    def kept(self) -> list[list[str]]:
        return self.posts

    def gold(self) -> str:
        return "\n".join(x for paras in self.posts for x in paras)


def _cut(rng: random.Random, text: str, lang: str) -> str:
    """A title cut from ``text`` (most of them with an ellipsis, some whole and short)."""
    n = rng.randint(12, 22) if lang == "zh" else rng.randint(28, 48)
    head = text[:n].rstrip(" ,.;:，。；：")
    if rng.random() < 0.25:
        return head.split("，")[0].split(",")[0][: n // 2] or head
    return head + rng.choice(("…", "...")) if lang == "en" else head + rng.choice(("…", "...", "……"))


def _titles(page: Page, rng: random.Random, n: int) -> list[str]:
    pool = texts()[page.lang]
    out = [_cut(rng, pool[rng.randrange(len(pool))], page.lang) for _ in range(n)]
    page.chrome.update(x.rstrip(".…") for x in out)
    return out


def _links(titles: list[str], sep: str, href: bool = True) -> str:
    attr = ' href="/t/{k}"' if href else ""
    return sep.join(f"<a{attr.format(k=k)}><span>{t}</span></a>" for k, t in enumerate(titles))


def _post(page: Page, k: int, rng: random.Random) -> str:
    w = W[page.lang]
    paras = "".join(f"<p>{x}</p>" for x in page.posts[k])
    page.chrome.add(page.users[k])
    return (
        f'<div class="post-row" id="p{1000 + k}"><div class="post-author"><a href="/u/{k}">{page.users[k]}</a>'
        f'<span class="post-date">{rng.randint(1, 28)}/{rng.randint(1, 12)}/2024 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}</span></div>'
        f'<div class="post-body">{paras}</div><div class="post-actions"><a href="#">{w["reply"]}</a> <a href="#">{w["quote"]}</a></div></div>'
    )


def _thread(page: Page, rng: random.Random) -> str:
    return "".join(_post(page, k, rng) for k in range(len(page.posts)))


def dropdown(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    groups = "".join(
        f'<div class="opta"><span class="grp">{g}</span> {_links(_titles(page, rng, rng.randint(4, 6)), " ", href=False)}</div>'
        for g in w["group"]
    )
    return f'<div class="quicklinks"><div class="ddTitle">{w["select"]}</div><div class="ddChild">{groups}</div></div><h1>{page.title}</h1>{_thread(page, rng)}'


def ticker(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    strip = f'<div class="latest-strip">{w["latest"]} {_links(_titles(page, rng, rng.randint(5, 8)), " | ")}</div>'
    return f"{strip}<h1>{page.title}</h1>{_thread(page, rng)}"


def hotbar(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    box = f'<div class="hot-box"><h3>{w["hot"]}</h3><p>{_links(_titles(page, rng, rng.randint(6, 9)), "&nbsp; ")}</p></div>'
    return f"<h1>{page.title}</h1>{_thread(page, rng)}{box}"


def related(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    line = f'<div class="related-q"><b>{w["related"]}</b> {_links(_titles(page, rng, rng.randint(4, 7)), " · ")}</div>'
    first, rest = _post(page, 0, rng), "".join(_post(page, k, rng) for k in range(1, len(page.posts)))
    count = f'<div class="answer-count">{len(page.posts) - 1} {w["answers"]}</div>' if len(page.posts) > 1 else ""
    return f'<h1>{page.title}</h1><div class="question">{first}</div>{line}{count}<div class="answers">{rest}</div>'


def prevnext(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    a, b, more = _titles(page, rng, 1), _titles(page, rng, 1), _titles(page, rng, rng.randint(3, 5))
    bar = f'<div class="topic-nav">{w["prev"]} {_links(a, "")} {w["next"]} {_links(b, "")} {w["more"]} {_links(more, " ")}</div>'
    return f"<h1>{page.title}</h1>{_thread(page, rng)}{bar}"


def wrapped(page: Page, rng: random.Random) -> str:
    """The control: the first post is wrapped in one link to its own page, with elisions, and is the text."""
    gap = "……" if page.lang == "zh" else "... "
    second = page.posts[1][0].rstrip("。.")
    half = len(second) // 2
    end = "。" if page.lang == "zh" else "."
    page.posts[0] = [
        page.posts[0][0].rstrip("。.").rstrip() + gap + second[:half].strip() + gap + second[half:].strip() + end
    ]
    del page.posts[1]
    page.users.pop(1)
    menu = f'<div class="nav">{_links(["Home", "Topics", "Login"] if page.lang == "en" else ["首页", "话题", "登录"], " ")}</div>'
    card = f'<div class="status"><a class="status-link" href="/s/1">{page.posts[0][0]}</a></div>'
    rest = "".join(_post(page, k, rng) for k in range(1, len(page.posts)))
    return f"{menu}<h1>{page.title}</h1>{card}{rest}"


ENGINES: dict[str, Callable[[Page, random.Random], str]] = {
    "dropdown": dropdown,
    "ticker": ticker,
    "hotbar": hotbar,
    "related": related,
    "prevnext": prevnext,
    "wrapped": wrapped,
}


def _posts(rng: random.Random, lang: str, shape: str, engine: str) -> list[list[str]]:
    pool = [x for x in texts()[lang] if lang == "en" or " " not in x]
    start = rng.randrange(len(pool))
    taken = [0]

    def take(n: int) -> list[str]:
        out = [pool[(start + (taken[0] + i) * 7919) % len(pool)] for i in range(n)]
        taken[0] += n
        return out

    first = {"one": 1, "few": rng.randint(1, 2), "long": rng.randint(3, 5)}[shape]
    replies = {"one": 0, "few": rng.randint(1, 3), "long": rng.randint(3, 6)}[shape]
    if engine == "wrapped":
        replies += 1  # the second paragraph of the wrapped post
    return [take(first), *(take(rng.choice((1, 1, 2))) for _ in range(replies))]


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, fn in ENGINES.items():
        for lang in LANGS:
            for v, shape in enumerate(SHAPES):
                rng = random.Random(f"{seed}/{engine}/{lang}/{v}")
                posts = _posts(rng, lang, shape, engine)
                users = [rng.choice(NAMES[lang]) + str(rng.randint(1, 99)) for _ in posts]
                page = Page(
                    f"{engine}-{lang}_{v}", f"{engine}-{lang}", lang, shape, rng.choice(TITLES[lang]), posts, users
                )
                body = fn(page, rng)
                site = "Open Forum" if lang == "en" else "江城论坛"
                page.html = (
                    f"<html><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
                    f'<div class="header"><a href="/">{site}</a></div><div class="main">{body}</div>'
                    f'<div class="footer">© 2024 {site}</div></body></html>'
                )
                thread_score.settle_chrome(page)
                out.append(page)
    return out


page_half = thread_score.page_halves(SET, [f"{e}-{lang}" for e in ENGINES for lang in LANGS], SHAPES)
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "en", "zh", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
