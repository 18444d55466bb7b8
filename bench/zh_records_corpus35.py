"""Chinese news stories that end in tables of records, a generator of round 35 (issue #12: the long cwced_zh check
page whose first ≈ 40 % only is kept).

**Not an independent look.** Written (branch cwlong35) *after* a numbers-only stage trace of that check page
(``bench/stage_trace.py --numbers-only``: the block choice keeps the story's prose; the rest of the gold, 60 % of it,
lies in the same container below it, in table cells of 6-9 characters each whose lines weigh as chrome) and after
reading ``content.extend_siblings`` and ``tables.py``. The shape is the one the trace showed, in layouts of the
author's own; its check half still measures (scores only), but a fix tuned on this generator is judged on the shared
check halves and the other generators, not here.

The markup is the author's rendering of Chinese government and portal pages; every sentence comes from
``zh_longnews_corpus34``'s own sentence frames and word lists (no bench text); the record tables' names, units and
numbers are drawn here; every chrome string is written here. Styles (``STYLES``):

- ``roster``: an honours list (表彰名单): the story, then "附：…名单" and a table 序号 / 姓名 / 单位 / 职务;
- ``results``: exam or contest results: the story, then a table 序号 / 姓名 / 学校 / 成绩 / 名次 (numbers);
- ``projects``: a public notice of funded projects (公示): a short story, then a table 编号 / 项目名称 / 申报单位 /
  负责人 / 金额（万元）with cells of 8-20 characters;
- ``contacts``: service points: the story, then a table 网点名称 / 地址 / 咨询电话;
- ``schedule``: an event programme: the story, then one table per day 时间 / 地点 / 活动内容 under a day heading;
- ``sections``: a story in numbered sections ("一、…"), each section's paragraphs followed by its own small table;
- ``portal_rows``: a 2000s portal in nested layout tables: the story and its record table are rows of the story's
  layout table (``<td>`` paragraphs with ``<br><br>``), with left and right columns of headline tables;
- ``br_list``: the records are lines of one cell or ``<div>``, set with ``<br>`` ("姓名　单位　职务"), no table.

Every page carries decoys that look like records but are chrome: a sidebar ranking table (排名 / 标题 / 点击, titles
linked), a quote box (名称 / 最新价 / 涨跌幅, names linked), a download list and a footer; a story's related box.

Shapes (``SHAPES``): ``long`` (3-6k characters of story, 60-240 record rows) and ``mid`` (1-2k, 12-40 rows).
Gold: the story's paragraphs and section heads, each table's caption line and every row, header row included
(cells joined by a space). Snippets: the first 12 and last 12 characters of the gold (the last row of the last
table) must appear; the chrome strings must not.

Halves: per page, by a hash of ``zhrecords35/<id>`` (``halves.half``): every style and shape has pages in both
halves. The check half is a measuring half: scores only. Snippets are compared without spaces and column bars
(trafilatura sets " | " between a row's cells).

    python bench/zh_records_corpus35.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_records_corpus35.py --list 20                # the worst tune pages
    python bench/zh_records_corpus35.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_records_corpus35.py --seed S --score         # fresh pages of the same layouts
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
import zh_longnews_corpus34 as zl
from gen_score import GenPage, Result, Scoring
from halves import half
from zh_longnews_corpus34 import Ctx, Page34

SET = "zhrecords35"
SHAPES = ("long", "mid")
PAGES = 3
"""Pages per style and shape."""

_SCHOOLS = ("第一中学", "实验小学", "外国语学校", "第三中学", "育才中学", "职业技术学院", "师范附属小学", "城南中学")
_POINTS = ("服务中心", "便民服务站", "营业厅", "办事处", "受理窗口", "综合服务大厅")
_ROADS = ("人民路", "解放大道", "中山北路", "建设街", "滨江路", "和平里", "新华西街", "光明路")
_EVENTS = (
    "开幕式",
    "主题论坛",
    "专题讲座",
    "项目签约仪式",
    "现场参观",
    "成果展示",
    "分组讨论",
    "闭幕式",
    "文艺演出",
    "招聘洽谈会",
)
_VENUES = ("市民中心一楼大厅", "会展中心B馆", "市图书馆报告厅", "体育中心", "文化广场", "科技园会议室", "大剧院")
_PROJECT_WORDS = (
    "关键技术研究",
    "示范基地建设",
    "推广应用",
    "产业化项目",
    "能力提升工程",
    "数字化改造",
    "标准体系建设",
)


def _unit(r: random.Random) -> str:
    return r.choice(zl._PLACES) + r.choice(zl._ORGS)


def _phone(r: random.Random) -> str:
    return f"0{r.randint(10, 999)}-{r.randint(2000000, 89999999)}"


def _rows(c: Ctx, kind: str, n: int) -> tuple[list[str], list[list[str]]]:
    """A header and ``n`` rows of records of ``kind``."""
    r = c.rng
    if kind == "roster":
        return ["序号", "姓名", "单位", "职务"], [
            [str(i + 1), zl._name(r), _unit(r), r.choice(zl._ROLES)] for i in range(n)
        ]
    if kind == "results":
        scores = sorted((r.randint(380, 720) for _ in range(n)), reverse=True)
        return ["序号", "姓名", "学校", "成绩", "名次"], [
            [str(i + 1), zl._name(r), r.choice(zl._PLACES) + r.choice(_SCHOOLS), str(s), str(i + 1)]
            for i, s in enumerate(scores)
        ]
    if kind == "projects":
        return ["编号", "项目名称", "申报单位", "负责人", "金额（万元）"], [
            [
                f"{r.randint(2010, 2020)}{i + 1:03d}",
                r.choice(zl._TOPICS) + r.choice(_PROJECT_WORDS),
                _unit(r),
                zl._name(r),
                f"{r.randint(5, 300)}",
            ]
            for i in range(n)
        ]
    if kind == "contacts":
        return ["网点名称", "地址", "咨询电话"], [
            [r.choice(zl._PLACES) + r.choice(_POINTS), f"{r.choice(_ROADS)}{r.randint(1, 399)}号", _phone(r)]
            for _ in range(n)
        ]
    return ["时间", "地点", "活动内容"], [
        [
            f"{r.randint(8, 20):02d}:{r.choice(('00', '30'))}",
            r.choice(_VENUES),
            r.choice(zl._TOPICS) + r.choice(_EVENTS),
        ]
        for _ in range(n)
    ]


def _table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    th = "".join(f"<td><strong>{h}</strong></td>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in rows)
    attr = f" class='{cls}'" if cls else " border=1 cellspacing=0 cellpadding=2 width=100%"
    return f"<table{attr}><tbody><tr>{th}</tr>{body}</tbody></table>"


def _gold_rows(head: list[str], rows: list[list[str]]) -> list[str]:
    return [" ".join(head), *(" ".join(row) for row in rows)]


def _nrows(c: Ctx) -> int:
    return c.rng.randint(60, 240) if c.shape == "long" else c.rng.randint(12, 40)


def _story(c: Ctx) -> list[str]:
    return zl._paras(c.rng, c.rng.randint(3000, 6000) if c.shape == "long" else c.rng.randint(1000, 2000))


def _caption(c: Ctx, kind: str) -> str:
    r = c.rng
    year = r.randint(2006, 2020)
    return {
        "roster": f"附：{year}年度先进个人名单",
        "results": f"附件：{year}年{r.choice(zl._PLACES)}中学生知识竞赛获奖名单",
        "projects": f"{year}年度专项资金拟立项项目一览表",
        "contacts": "各服务网点地址及咨询电话",
        "schedule": f"活动日程安排（{r.randint(1, 12)}月{r.randint(1, 28)}日）",
    }[kind]


def _sidebar(c: Ctx) -> str:
    r = c.rng
    rank = "".join(
        f"<tr><td>{i + 1}</td><td><a href='/n/{r.randint(10000, 99999)}.html'>{h}</a></td><td>{r.randint(100, 99999)}</td></tr>"
        for i, h in enumerate(c.heads(8))
    )
    quotes = "".join(
        f"<tr><td><a href='/q/{r.randint(600000, 603999)}'>{c.chrome(r.choice(zl._PLACES)[:2] + r.choice(('股份', '科技', '电力', '银行', '药业')))}</a></td>"
        f"<td>{r.uniform(2, 80):.2f}</td><td>{r.uniform(-9.9, 9.9):+.2f}%</td></tr>"
        for _ in range(6)
    )
    files = "".join(
        f"<li><a href='/f/{r.randint(100, 999)}.doc'>{c.chrome(zl._headline(r)[:12] + '.doc')}</a></li>"
        for _ in range(3)
    )
    return (
        f"<div class='side'><h3>{c.chrome('点击排行')}</h3><table class='rank'><tr><th>排名</th><th>标题</th><th>点击</th></tr>{rank}</table>"
        f"<h3>{c.chrome('行情速览')}</h3><table class='quote'><tr><th>名称</th><th>最新价</th><th>涨跌幅</th></tr>{quotes}</table>"
        f"<h3>{c.chrome('相关下载')}</h3><ul>{files}</ul></div>"
    )


def _related(c: Ctx) -> str:
    return c.hot(c.chrome("相关新闻"), "related", 5)


def _one_table(kind: str) -> Callable[[Ctx], tuple[str, list[str]]]:
    def build(c: Ctx) -> tuple[str, list[str]]:
        paras = _story(c)
        head, rows = _rows(c, kind, _nrows(c))
        cap = _caption(c, kind)
        body = f"{zl._ps(paras)}<p><strong>{cap}</strong></p>{_table(head, rows)}"
        main = (
            f"<div class='main'><div class='article'><h1>{c.title}</h1><div class='info'>{c.byline()}</div>"
            f"<div class='content'>{body}</div><p class='editor'>{c.editor()}</p></div>{_related(c)}</div>{_sidebar(c)}"
        )
        return main, [*paras, cap, *_gold_rows(head, rows)]

    return build


def _schedule(c: Ctx) -> tuple[str, list[str]]:
    paras = _story(c)
    parts: list[str] = []
    gold = list(paras)
    days = 3 if c.shape == "long" else 2
    for d in range(days):
        head, rows = _rows(c, "schedule", max(4, _nrows(c) // days))
        cap = f"第{zl._MONTHS[d]}天（{c.rng.randint(1, 12)}月{c.rng.randint(1, 28)}日）"
        parts.append(f"<h3>{cap}</h3>{_table(head, rows)}")
        gold += [cap, *_gold_rows(head, rows)]
    main = (
        f"<div class='main'><div class='article'><h1>{c.title}</h1><div class='info'>{c.byline()}</div>"
        f"<div class='content'>{zl._ps(paras)}{''.join(parts)}</div></div>{_related(c)}</div>{_sidebar(c)}"
    )
    return main, gold


def _sections(c: Ctx) -> tuple[str, list[str]]:
    paras = _story(c)
    kinds = ("roster", "projects", "contacts", "results")
    k = 4 if c.shape == "long" else 2
    step = max(1, len(paras) // k)
    html: list[str] = []
    gold: list[str] = []
    for s in range(k):
        part = paras[s * step : (s + 1) * step] if s < k - 1 else paras[s * step :]
        head, rows = _rows(c, kinds[s % len(kinds)], max(6, _nrows(c) // k))
        sub = f"{'一二三四'[s]}、{c.rng.choice(zl._TOPICS)}{c.rng.choice(('进展情况', '基本情况', '名单公布', '落实情况'))}"
        html.append(f"<h3>{sub}</h3>{zl._ps(part)}{_table(head, rows)}")
        gold += [sub, *part, *_gold_rows(head, rows)]
    main = (
        f"<div class='main'><div class='article'><h1>{c.title}</h1><div class='info'>{c.byline()}</div>"
        f"<div class='content'>{''.join(html)}</div><p class='editor'>{c.editor()}</p></div></div>{_sidebar(c)}"
    )
    return main, gold


def _portal_rows(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = _story(c)
    head, rows = _rows(c, r.choice(("roster", "results", "contacts")), _nrows(c))
    cap = c.rng.choice(("附：名单如下", "具体名单如下：", "详细情况见下表："))
    src = c.chrome(
        f"来源：{r.choice(('本站原创', '信息港', '日报'))}　{zl._date(r, 1999, 2008)}　点击：{r.randint(10, 9999)}"
    )

    def col(label: str, n: int) -> str:
        items = "".join(
            f"<tr><td height=20>·<a href='/html/{r.randint(100, 999)}.htm'>{h}</a></td></tr>" for h in c.heads(n)
        )
        return f"<table width=100% border=0><tr><td bgcolor=#E6E6E6><b>{c.chrome(label)}</b></td></tr>{items}</table>"

    text = "<br><br>".join(f"　　{p}" for p in paras)
    story = (
        f"<table width=100% border=0 cellpadding=4><tr><td align=center><font size=4><b>{c.title}</b></font></td></tr>"
        f"<tr><td align=center><font color=#666666>{src}</font></td></tr>"
        f"<tr><td class=content><font style='font-size:14px'>{text}<br><br>　　{cap}</font></td></tr>"
        f"<tr><td>{_table(head, rows)}</td></tr>"
        f"<tr><td align=right>{c.chrome('【打印本页】【关闭窗口】')}</td></tr></table>"
    )
    main = (
        "<table width=778 align=center border=0><tr>"
        f"<td width=180 valign=top>{col('新闻中心', 12)}</td><td valign=top>{story}</td>"
        f"<td width=160 valign=top>{col('热点排行', 10)}</td></tr></table>"
    )
    return main, [*paras, cap, *_gold_rows(head, rows)]


def _br_list(c: Ctx) -> tuple[str, list[str]]:
    paras = _story(c)
    _, rows = _rows(c, "roster", _nrows(c))
    cap = _caption(c, "roster")
    lines = ["　".join(row[1:]) for row in rows]
    body = f"{zl._ps(paras)}<p>{cap}</p><div class='list'>{'<br>'.join(lines)}</div>"
    main = (
        f"<div class='main'><div class='article'><h1>{c.title}</h1><div class='info'>{c.byline()}</div>"
        f"<div class='content'>{body}</div></div>{_related(c)}</div>{_sidebar(c)}"
    )
    return main, [*paras, cap, *lines]


STYLES: dict[str, Callable[[Ctx], tuple[str, list[str]]]] = {
    "roster": _one_table("roster"),
    "results": _one_table("results"),
    "projects": _one_table("projects"),
    "contacts": _one_table("contacts"),
    "schedule": _schedule,
    "sections": _sections,
    "portal_rows": _portal_rows,
    "br_list": _br_list,
}
KINDS = tuple(STYLES)


class Page35(Page34):
    """A page; its half is :func:`halves.half` of ``zhrecords35/<id>`` (every style and shape in both halves)."""

    @property
    def half(self) -> str:
        return half(self.set_name, self.id)


def _norm(s: str) -> str:
    """Spaces and the column bars a tool may set between a row's cells ("a | b") out, NFKC, lower case."""
    return re.sub(r"[\s|]+", "", unicodedata.normalize("NFKC", s)).lower()


def build_page(style: str, shape: str, index: int, seed: str) -> Page35:
    pid = f"{style}_{shape}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    title = zl._headline(rng).split("（")[0]
    c = Ctx(rng, shape, title)
    main, gold = STYLES[style](c)
    site = "政务信息网" if style != "portal_rows" else "信息港"
    old = style == "portal_rows"
    page = f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{title}_{site}</title></head><body>{zl._frame(c, site, main, old)}</body></html>"
    page, text_gold, must, bad = gen_score.finish_zh(page, gold, c.bad, _norm, False, index)
    return Page35(SET, pid, style, page, text_gold, must, bad, shape=shape)


def build(data: Path, seed: str = SET) -> list[Page35]:
    """The pages of ``seed`` (``data`` is not read: the texts are generated)."""
    del data
    return [build_page(s, sh, i, seed) for s in STYLES for sh in SHAPES for i in range(PAGES)]


def _url(p: gen_score.Page) -> str:
    return f"http://www.example.gov.cn/{p.id}.html"


SCORING = Scoring(_norm, _url, KINDS, label_width=15, id_width=28, snippet_chars=20)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
