"""Short articles on pages that carry much more other text, the gold kept: the chosen block must stop at the article.

    python bench/short_article_corpus.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/short_article_corpus.py --score --cleaner-only   # cleaner alone (quick)
    python bench/short_article_corpus.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/short_article_corpus.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/short_article_corpus.py --seed S --score         # fresh pages of the same templates

Issue #12, the *too much* side: a short-to-medium article (one to four paragraphs) on a page whose other text is
several times longer, set in plain markup (no ``comment`` / ``related`` / ``sidebar`` class names to go by) inside
the same container as the article, so that the best-scoring block, or its widening, takes it in. Each *kind*
(``KINDS``) is one shape of that other text:

- ``comments``: a header ("12 comments", "网友评论（12）") over a list of readers' comments, each a user name, a
  date and one to three sentences of prose, in neutral ``<div>`` / ``<table>`` markup;
- ``teasers``: a "more stories" list of eight to fourteen items, each a headline (a link, or bold text over a
  "read more" link) and a one- or two-sentence summary;
- ``second``: a second story below the first (an infinite-scroll page): its own heading (linked or not), byline and
  paragraphs, longer than the first; the page's ``<title>`` and ``<h1>`` name the first;
- ``posts``: readers' posts under a news brief in a forum-like table or list (user cell, post cell, action links);
- ``tail``: a page tail inside the article's container: a call for readers' stories, a disclaimer, an "about the author" box,
  contact lines and a copyright notice, several paragraphs long;
- ``mixed``: two of the shapes above, in random order.

The article comes first in the source (paragraphs in ``<p>``, or ``<br>`` runs on 30 % of the pages); on half of the
``comments`` and ``tail`` pages the containers are ``<td>`` cells of an old table layout. Half the pages (every second of each kind) are Chinese.

Text: article paragraphs are the gold paragraphs of the *tune* pages of the sets the decoy generator reads
(:mod:`decoy_corpus`, read at run time from ``--data``; nothing of it is committed); the other text is sentences of
other tune articles and headlines of other tune pages; names, dates, labels and notices are the generator's own.

Score (per page, :mod:`gen_score`): token F1 against the gold (the article's paragraphs), the snippet rule (the
first and the last sentence of the article must appear; no comment, teaser, second story's sentence, post or tail
notice may), leak rate and empty outputs. A page's half is :func:`bench.halves.half` of ``short_article/<id>``;
``--list`` and ``--dump`` show tune pages only.
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from decoy_corpus import SOURCES, Ctx, Text, _norm, _url, nav, page
from gen_score import GenPage, Scoring

SET = "short_article"
KINDS = ("comments", "teasers", "second", "posts", "tail", "mixed")
PAGES_PER_KIND = 24

W: dict[str, dict[str, str]] = {
    "en": {
        "comments": "{n} comments",
        "reply": "Reply",
        "like": "Like ({k})",
        "more": "More stories",
        "read_more": "Read more »",
        "posts": "Readers' posts ({n})",
        "quote": "Quote",
        "report": "Report",
        "joined": "Joined {d}",
        "by": "By {name}",
        "note": "Share your story: if you have been affected by any of the issues raised here, or have a picture or video to share, send it to us through the contact page, together with your name and a telephone number.",
        "disclaimer": "The views expressed in readers' contributions are their own and do not necessarily reflect those of this site. We accept no responsibility for the accuracy of any information supplied by third parties.",
        "contact": "Have a news tip? Call our newsroom on 555-0142 or write to tips@example.com; we read every message, though we cannot answer each one personally.",
        "copyright": "Copyright {y} {site}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without written permission.",
        "about": "About the author",
    },
    "zh": {
        "comments": "网友评论（{n}）",
        "reply": "回复",
        "like": "顶({k})",
        "more": "更多新闻",
        "read_more": "阅读全文>>",
        "posts": "网友留言（{n}条）",
        "quote": "引用",
        "report": "举报",
        "joined": "注册于{d}",
        "by": "记者 {name}",
        "note": "欢迎爆料：如果您身边也发生过类似的事情，或有相关的图片、视频，请通过联系页面发送给我们，并留下您的姓名和联系电话。",
        "disclaimer": "免责声明：网友留言仅代表其个人观点，不代表本网站立场。本网站对第三方提供信息的真实性、准确性不承担任何责任。",
        "contact": "新闻线索请拨打报料热线：010-55501420，或发送邮件至tips@example.com；我们会认真阅读每一条来信，但无法一一回复。",
        "copyright": "版权所有 © {y} {site}。未经书面许可，不得转载、摘编或以其他方式使用本网站内容。",
        "about": "关于作者",
    },
}


class Page(Ctx):
    """One page's random source, text, words and must-not list (the decoy generator's context with this one's words)."""

    def __init__(self, rng: random.Random, text: Text, key: str, title: str, site: str) -> None:
        super().__init__(rng, text, key, title)
        self.v = W[self.lang]
        self.site = site
        self.table = rng.random() < 0.5

    def word(self, key: str, **kw: object) -> str:
        return self.v[key].format(**kw)

    def said(self, n: int) -> str:
        """Prose of other articles, remembered as must-not (each sentence)."""
        sents = self.text.prose(self.rng, n, self.key)
        self.bad += [s[:80] for s in sents]
        return (" " if self.lang == "en" else "").join(sents)

    def notice(self, key: str, **kw: object) -> str:
        s = self.word(key, **kw)
        self.bad.append(s[:60])
        return s


# --- the other text -------------------------------------------------------------------------------------------------


def comments(c: Page) -> str:
    n = c.rng.randrange(6, 13)
    head = f'<div class="hd">{c.word("comments", n=n)}</div>'
    if c.table:
        rows = "".join(
            f'<tr><td class="u"><b>{c.nick()}</b> {c.date()}</td></tr><tr><td>{c.said(c.rng.randrange(1, 4))}</td></tr>'
            f'<tr><td align="right"><a href="#r{i}">{c.v["reply"]}</a> <a href="#l{i}">{c.word("like", k=c.rng.randrange(40))}</a></td></tr>'
            for i in range(n)
        )
        return f'{head}<table width="100%" class="list">{rows}</table>'
    items = "".join(
        f'<div class="item"><div class="top"><span class="name">{c.nick()}</span> <span class="t">{c.date()}</span></div>'
        f'<div class="txt">{c.said(c.rng.randrange(1, 4))}</div><div class="act"><a href="#r{i}">{c.v["reply"]}</a> '
        f'<a href="#l{i}">{c.word("like", k=c.rng.randrange(40))}</a></div></div>'
        for i in range(n)
    )
    return f'<div class="box">{head}<div class="list">{items}</div></div>'


def teasers(c: Page) -> str:
    n = c.rng.randrange(8, 15)
    linked = c.rng.random() < 0.6
    rows = []
    for h in c.heads(n):
        summary = c.said(c.rng.randrange(1, 3))
        if linked:
            rows.append(f'<li><h3><a href="{c.href()}">{h}</a></h3><p>{summary}</p></li>')
        else:
            rows.append(f'<li><b>{h}</b><p>{summary} <a href="{c.href()}">{c.v["read_more"]}</a></p></li>')
    return f'<div class="box2"><div class="hd">{c.v["more"]}</div><ul class="l">{"".join(rows)}</ul></div>'


def second(c: Page) -> str:
    head = c.heads(1)[0]
    paras = [c.said(c.rng.randrange(2, 4)) for _ in range(c.rng.randrange(4, 8))]
    title = f'<a href="{c.href()}">{head}</a>' if c.rng.random() < 0.5 else head
    tag = c.rng.choice(("h1", "h2"))
    by = f'<div class="info">{c.word("by", name=c.name())} {c.date()}</div>'
    return f'<div class="story">{f"<{tag}>{title}</{tag}>"}{by}{"".join(f"<p>{x}</p>" for x in paras)}</div>'


def posts(c: Page) -> str:
    n = c.rng.randrange(5, 10)
    if c.table:
        rows = "".join(
            f'<tr><td width="120" valign="top"><b>{c.nick()}</b><br>{c.word("joined", d=c.date())}</td>'
            f'<td valign="top"><div class="t">{c.date()}</div>{c.said(c.rng.randrange(2, 5))}<div class="ops"><a href="#q">{c.v["quote"]}</a> | <a href="#rp">{c.v["report"]}</a></div></td></tr>'
            for _ in range(n)
        )
        body = f'<table width="100%" border="1">{rows}</table>'
    else:
        body = "".join(
            f'<div class="p"><div class="a"><b>{c.nick()}</b> <span>{c.date()}</span></div>'
            f'<div class="b"><p>{c.said(c.rng.randrange(1, 3))}</p><p>{c.said(1)}</p></div>'
            f'<div class="f"><a href="#q">{c.v["quote"]}</a> <a href="#rp">{c.v["report"]}</a></div></div>'
            for _ in range(n)
        )
    return f'<div class="hd">{c.word("posts", n=n)}</div>{body}'


def tail(c: Page) -> str:
    y = c.rng.randrange(2015, 2025)
    bio = f'<div class="au"><b>{c.v["about"]}: {c.name()}</b><p>{c.said(c.rng.randrange(2, 4))}</p></div>'
    parts = [
        f"<p><i>{c.notice('note')}</i></p>",
        bio,
        f"<p>{c.notice('disclaimer')}</p>",
        f"<p>{c.notice('contact')}</p>",
        f'<p class="cr">{c.notice("copyright", y=y, site=c.site)}</p>',
    ]
    c.rng.shuffle(parts)
    return f'<div class="ft">{"".join(parts)}</div>'


OTHER = {"comments": comments, "teasers": teasers, "second": second, "posts": posts, "tail": tail}


# --- page assembly --------------------------------------------------------------------------------------------------


def build_page(kind: str, index: int, texts: dict[str, Text], seed: str) -> GenPage:
    pid = f"{kind}-{index}" if seed == SET else f"{seed}-{kind}-{index}"
    rng = random.Random(f"{seed}/{pid}")
    lang = "zh" if index % 2 else "en"
    text = texts[lang]
    key, title, all_paras = text.articles[
        (index * 11 + KINDS.index(kind) * 17 + rng.randrange(1000)) % len(text.articles)
    ]
    paras = all_paras[: rng.randrange(1, 5)]
    site = rng.choice(
        ("The Morning Ledger", "Northfield Post", "Signal Daily") if lang == "en" else ("晨报网", "新视点", "城市快讯")
    )
    c = Page(rng, text, key, title, site)
    shapes = rng.sample(list(OTHER), 2) if kind == "mixed" else [kind]
    other = "".join(OTHER[s](c) for s in shapes)
    by = f'<div class="info">{c.date()} {c.word("by", name=c.name())}</div>'
    body = "".join(f"<p>{x}</p>" for x in paras) if rng.random() < 0.7 else "<br><br>".join(paras)
    article = f'<h1>{title}</h1>{by}<div class="con">{body}</div>'
    if c.table and kind in ("comments", "tail"):
        main = f'<table width="760"><tr><td class="main">{article}</td></tr><tr><td>{other}</td></tr></table>'
    else:
        main = f'<div class="main"><div class="art">{article}</div>{other}</div>'
    side = "".join(f'<li><a href="{c.href()}">{h}</a></li>' for h in c.heads(6))
    html = page(
        f"{title} - {site}" if lang == "en" else f"{title}_{site}",
        lang,
        f'{nav(c)}<div class="wrap">{main}<ul class="side">{side}</ul></div><div class="foot">© {site}</div>',
    )
    gold = "\n".join(paras)
    sp = r"(?<=[.!?])\s+" if lang == "en" else r"(?<=[。！？])"
    first = next(s for s in re.split(sp, paras[0]) if s.strip())[:80]
    last = [s for s in re.split(sp, paras[-1]) if s.strip()][-1][-80:]
    must_not = [m for m in dict.fromkeys(c.bad) if m and _norm(m) not in _norm(gold) and m != title]
    return GenPage(SET, pid, kind, html, gold, [first, last], must_not, lang=lang, source=key.split("/")[0])


def build(data: Path, seed: str = SET) -> list[GenPage]:
    texts = {lang: Text.load(data, lang) for lang in SOURCES}
    return [build_page(kind, i, texts, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=10, id_width=22, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
