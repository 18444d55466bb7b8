"""Hostile nesting (helper hostile35): short articles (one to three prose paragraphs) inside malformed markup.

Written before reading cleaner's extraction code for these shapes and before running cleaner on them; the chrome
sentences are this file's own. Each page is one shape around one article:

- ``open_a``: a link left open before the article (the parser carries the ``<a>`` into every paragraph after it);
- ``card_a``: the whole article inside one ``<a>`` (a block link, closed), as a "card" template writes it;
- ``open_noscript``, ``open_title``, ``open_textarea``, ``open_xmp``, ``open_iframe``, ``open_noembed``,
  ``open_noframes``, ``open_script``, ``open_style``: the element left open before the article, so that as raw text it
  swallows the rest of the page;
- ``plaintext``: a ``<plaintext>`` before the article (everything after it is text);
- ``open_template``: a ``<template>`` left open before the article (its content is inert);
- ``open_select``: a ``<select>`` left open before the article (its tags are dropped, its text kept);
- ``open_comment``: a comment left open before the article (the rest of the page is a comment);
- ``title_in_body``: the head's ``<title>`` never closed (the body is the title).

A browser shows the article for some shapes (``open_a``, ``card_a``, ``open_textarea``, ``open_xmp``, ``plaintext``,
``open_select``) and hides it for others; a scraped page of any shape holds the article's text, and a reader wants it.
The check of :func:`judge`: an output holding most of the article (``story``), or a reject with a reason other than
"no text" (``reason``); an empty output or an ``empty_after_extraction`` / ``no_body`` reject of a page whose article
is in its source is ``dropped``. Pages are split into tune and check halves by a hash of their id (check: measuring).

    python bench/hostile_nesting35.py --seed hostile35-dev1 [--half tune] [--show N]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SHAPES = (
    "open_a",
    "card_a",
    "open_noscript",
    "open_title",
    "open_textarea",
    "open_xmp",
    "open_iframe",
    "open_noembed",
    "open_noframes",
    "open_script",
    "open_style",
    "plaintext",
    "open_template",
    "open_select",
    "open_comment",
    "title_in_body",
)

_ZH_PARAS = (
    "本报讯 记者昨日从市交通运输局获悉，城东新建的三座人行天桥将于下月底前全部完工并投入使用，"
    "届时沿线四所学校的学生过街将更加安全。",
    "据介绍，天桥均配有无障碍电梯和雨棚，施工期间夜间作业时段已严格控制在晚上十点以前，以减少对周边居民休息的影响。",
    "市民王先生说，过去每天早上送孩子上学都要在路口等很久，天桥建成后接送孩子会方便不少，"
    "他希望类似的设施能在更多路段推广。",
    "气象部门预计，本周末本地将迎来一次明显的降温过程，最低气温可能降到零下五度左右，提醒市民注意添衣保暖并减少夜间出行。",
    "该县今年种植的两万亩猕猴桃已进入采摘期，当地合作社联系了多家电商平台帮助农户销售，预计每亩收入比去年增加一千元以上。",
    "图书馆负责人表示，新馆开放后将延长夜间服务时间至晚上九点，并增设少儿阅读区和自习座位，读者可以通过手机预约座位。",
)
_EN_PARAS = (
    "The county council voted on Tuesday to reopen the old river ferry next spring, after a two-year closure that "
    "forced commuters into a forty-minute detour over the northern bridge.",
    "Engineers said the landing stages needed new pilings and a wider ramp, and that the work would be finished "
    "before the tourist season, weather permitting.",
    "Residents who spoke at the meeting welcomed the decision but asked the council to keep fares low for pensioners "
    "and schoolchildren, who made up most of the riders before the closure.",
    "A small bakery on Mill Street has won the regional bread award for the third year running, beating more than "
    "sixty entries with a rye loaf made from a recipe the owner's grandmother brought from Latvia.",
)
_ZH_TITLES = ("城东三座人行天桥下月完工", "本周末将迎明显降温", "两万亩猕猴桃进入采摘期", "市图书馆新馆下周开放")
_EN_TITLES = ("Ferry to return next spring", "Mill Street bakery wins again", "Council backs ferry plan")
_ZH_CHROME = ("首页", "本地新闻", "社会民生", "天气预报", "联系我们", "关于本站", "意见反馈", "网站地图")
_EN_CHROME = ("Home", "Local", "Weather", "Sport", "Contact us", "About", "Advertise", "Site map")
_ZH_FOOT = "版权所有 本站保留一切权利 未经许可不得转载 备案号 京ICP备00000000号"
_EN_FOOT = "Copyright the Riverside Gazette. All rights reserved. Terms of use and privacy policy apply."


def half(page_id: str) -> str:
    """``tune`` or ``check``, by a hash of the page's id (the seed is part of the id)."""
    return "tune" if hashlib.sha256(page_id.encode()).digest()[0] % 2 == 0 else "check"


@dataclass
class Page:
    id: str
    shape: str
    lang: str
    html: str
    title: str
    paras: list[str]

    @property
    def half(self) -> str:
        return half(self.id)


def _nav(rnd: random.Random, words: tuple[str, ...]) -> str:
    picked = rnd.sample(words, k=rnd.randint(4, len(words)))
    return "".join(f'<a href="/{i}">{w}</a> ' for i, w in enumerate(picked))


def _article(rnd: random.Random, lang: str) -> tuple[str, list[str]]:
    titles, paras = (_ZH_TITLES, _ZH_PARAS) if lang == "zh" else (_EN_TITLES, _EN_PARAS)
    return rnd.choice(titles), rnd.sample(paras, k=rnd.randint(1, 2))


def _body(shape: str, title: str, paras: list[str], rnd: random.Random) -> str:
    """The article's markup after the element left open (the open tag itself comes from :func:`_opener`)."""
    wrap = rnd.choice(("div", "article", "section", ""))
    inner = f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras)
    if shape == "card_a":
        inner = f'<a href="/story/{rnd.randint(100, 999)}.html">{inner}</a>'
    return f'<{wrap} class="content">{inner}</{wrap}>' if wrap else inner


_OPENERS = {
    "open_a": '<a href="/more" class="more">',
    "open_noscript": '<noscript><img src="/pixel.gif" alt="">',
    "open_title": "<title>",
    "open_textarea": '<textarea name="comment" rows="3">',
    "open_xmp": "<xmp>",
    "open_iframe": '<iframe src="/ad/slot1.html">',
    "open_noembed": "<noembed>",
    "open_noframes": "<noframes>",
    "open_script": "<script>var slot = 1;",
    "open_style": "<style>.ad { display: none }",
    "plaintext": "<plaintext>",
    "open_template": "<template>",
    "open_select": '<select name="city"><option>',
    "open_comment": "<!-- ad slot start ",
}


def build(seed: str, per_shape: int = 6) -> list[Page]:
    """``per_shape`` pages of each shape (half Chinese, half English), from ``seed``."""
    rnd = random.Random(seed)
    pages: list[Page] = []
    for shape in SHAPES:
        for i in range(per_shape):
            lang = "zh" if i % 2 == 0 else "en"
            title, paras = _article(rnd, lang)
            nav = _nav(rnd, _ZH_CHROME if lang == "zh" else _EN_CHROME)
            foot = _ZH_FOOT if lang == "zh" else _EN_FOOT
            body = _body(shape, title, paras, rnd)
            head_title = f"<title>{title}</title>" if shape != "title_in_body" else f"<title>{title}"
            opener = _OPENERS.get(shape, "")
            html = (
                f'<!DOCTYPE html><html><head><meta charset="utf-8">{head_title}</head><body>'
                f'<div class="nav">{nav}</div>{opener}{body}<div class="footer">{foot}</div></body></html>'
            )
            pages.append(Page(f"{seed}-{shape}-{i}", shape, lang, html, title, paras))
    return pages


def judge(page: Page, text: str | None, reason: str | None) -> str:
    """``story`` (most of the article's characters are in ``text``), ``markup`` (its tags read as text), ``reason`` (a
    reject naming why, other than having found no text) or ``dropped``."""
    if text and re.search(r"</(?:p|h1|div|article|section)>", text):
        return "markup"  # (the article's markup read as text)
    if text:
        want = "".join(page.paras)
        have = set(text.replace(" ", ""))
        if sum(ch in have for ch in want.replace(" ", "")) >= 0.8 * len(want.replace(" ", "")):
            got = sum(p.replace(" ", "") in text.replace(" ", "") for p in page.paras)  # (cleaning drops 讯 记's space)
            return "story" if got >= 1 else "dropped"
        return "dropped"
    if reason and reason not in ("empty_after_extraction", "no_body", "empty_page", "too_short"):
        return "reason"
    return "dropped"


def _run(page: Page) -> tuple[str | None, str | None]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from cleaner.document import Document
    from cleaner.pipeline import prepare

    out = prepare(Document(text=page.html, format="html"), None)
    texts = [d.text for d in out if isinstance(d, Document)]
    rejects = [r.reason for r in out if not isinstance(r, Document)]
    return ("\n".join(texts) or None), (rejects[0] if rejects else None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="hostile35-dev1")
    ap.add_argument("--half", choices=("tune", "check", "both"), default="both")
    ap.add_argument("--show", type=int, default=0, help="print this many dropped tune pages' outputs")
    args = ap.parse_args()
    counts: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}
    shown = 0
    for page in build(args.seed):
        if args.half != "both" and page.half != args.half:
            continue
        text, reason = _run(page)
        verdict = judge(page, text, reason)
        counts[page.half][verdict] += 1
        if page.half == "tune":
            counts["tune"][f"{page.shape}:{verdict}"] += 1
            if verdict == "dropped" and shown < args.show:
                shown += 1
                print(f"--- {page.id}: {reason}\n{(text or '')[:300]}")
    for h, c in counts.items():
        total = {k: v for k, v in c.items() if ":" not in k}
        print(h, dict(total))
        if h == "tune":
            for k in sorted(x for x in c if ":" in x):
                print("  ", k, c[k])


if __name__ == "__main__":
    main()
