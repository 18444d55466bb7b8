"""Long and awkward Chinese news pages, a generator of round 34 (issue #12: the shared check halves cwced_zh 0.949 and
cleaneval_zh 0.902, hidden Chinese news portals 0.933; last session's scores-only profile left two real misses
unreproduced: a half-kept 16k-character gold and a 10.7x bloat around a 168-character story).

Written (branch newsgap34) before cleaner's block-selection code was read and before cleaner was run on it. The markup
is the author's rendering, from memory, of what Chinese portals served from 1999 to the 2010s; no third-party page is
copied. Every sentence is the author's own: the stories come from this module's own sentence frames and word lists
(``_FRAMES``), not from any bench page, and every chrome string (navigation, lists, notices, captions of other
stories, comments) is written here. Styles (``STYLES``):

- ``sections``: a long story (8-20k characters in ``long``) in sub-headed sections, each section its own sibling
  ``div.section`` (an ``h3`` subhead and its paragraphs) inside ``div.article``; a sidebar of ranked headlines and a
  "相关专题" box with one-sentence summaries beside it;
- ``transcript``: an interview transcript (访谈实录): many short turns ("主持人：…", "嘉宾名：…"), a section bar
  ("第二部分") between sibling ``div.part`` blocks, a "网友提问" turn now and then; a guest card and a 往期访谈 list;
- ``inline_related``: a long story whose paragraphs are interrupted by two to four "相关阅读" boxes (two to four
  headline links, sometimes a one-sentence summary) inside the body element, and a "延伸阅读" line of links;
- ``table_portal``: a 1999-2008 portal page in nested ``<table>``s, ``<font>`` and ``<br><br>`` paragraphs (no
  ``<p>``), GB2312 bytes declared as such; left and right columns of headline tables, a "【字体：大 中 小】【打印】
  【关闭】" row, the story split across two rows of its ``<td>`` by an advert row in long pages;
- ``bare_wrapper``: the article has no container of its own: ``h1``, info row, the paragraphs (``<p>`` or text and
  ``<br>``) and then a hot list, a link block and a "上一篇 / 下一篇" row are all children of one big ``div#main``
  next to a navigation column;
- ``wrong_charset``: a 2000s page served in GBK with ``<meta charset=utf-8>``, or in Big5 (Traditional text) with
  a ``gb2312`` declaration, or in GB18030 declared ``iso-8859-1`` (the bytes are the page: pass them undecoded);
- ``paged``: page one of a paged story ("本文共N页", a pager "上一页 1 2 3 下一页", sometimes a "点击进入下一页" link
  paragraph inside the body); the gold is this page's part;
- ``picture``: a picture story (图片新闻): a lead paragraph, then 6-14 images each with one caption line of the
  story under it (gold), a thumbnail strip with short image titles, "上一张 / 下一张" and a 精彩图集 list;
- ``short_blog``: a 2005 blog entry of one to four short lines (60-200 characters) on a blog page rich in prose
  elsewhere: a profile paragraph, recent entries with excerpts, a guestbook with messages, recent comments, an
  archive list and a blogroll;
- ``novel`` (added after the first run of cleaner on the other styles, and after reading ``content_lines`` only): a
  serial's chapter page: 8-20k characters in ``long`` of short lines (dialogue, a line of verse without punctuation,
  narration) set with ``<br>`` in ``div.chapter-text``, split in ``long`` pages into three such siblings by "本站推荐："
  link strips; "上一章 ← 章节目录 → 下一章" bars, a 最新章节 list of 24 chapter links and a keyboard tip.

Shapes (``SHAPES``): ``long`` (8-20k characters of story; ``paged`` 3-6k on its page, ``picture`` 8-14 captions,
``short_blog`` unchanged), ``mid`` (1.5-4k characters) and ``trad`` (``mid`` in Traditional characters, OpenCC
s2tw / s2hk by index; ``table_portal`` in Big5 declared so, ``wrong_charset`` in Big5 declared ``gb2312``). Otherwise
``wrong_charset`` chooses its encoding by index.

Gold: the story's paragraphs, subheads and transcript turns (speaker labels kept as in the text), picture captions
of the story and the short blog entry; never the title, byline, source, editor, pager, section bars ("第二部分"),
related boxes, lists, cards, comments, guest card or footers. Snippets: the first 12 and last 12 characters of the
gold must appear; the chrome strings must not.

Halves: per shape, the styles ranked by a hash of ``zhlongnews34/<style>/<shape>``, alternately tune and check
(``gen_score.ranked_halves``; every seed draws the same split). The check half is a measuring half: scores only.
With ten styles and three shapes the draw leaves ``picture`` and ``novel`` in the check half in every shape (kinds
nobody tunes on) and ``table_portal`` and ``transcript`` in the tune half in every shape.

    python bench/zh_longnews_corpus34.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_longnews_corpus34.py --score --cleaner-only   # cleaner alone
    python bench/zh_longnews_corpus34.py --list 20                # the worst tune pages
    python bench/zh_longnews_corpus34.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_longnews_corpus34.py --seed S --score         # fresh pages of the same layouts
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring

SET = "zhlongnews34"
SHAPES = ("long", "mid", "trad")
PAGES = 3
"""Pages per style and shape."""

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "建国志强秀英丽华文明海燕晓东伟红军敏静磊洋勇艳杰娟涛超霞平刚桂兰玉梅峰春雪宇浩然思雨子轩梓涵欣怡俊凯佳琪嘉鹏振鑫立新永胜德昌家豪凤"
_PLACES = (
    "临江市", "青川县", "东塘区", "白河镇", "南屿乡", "石门市", "清溪县", "北坪区", "云岭镇", "长桥街道",
    "柳湾村", "西岗区", "凤台县", "安澜市", "松原新区", "黎阳县", "金沙镇", "望海区", "梅林县", "嘉禾市",
)
_ORGS = (
    "交通运输局", "教育局", "农业农村局", "生态环境局", "卫生健康委员会", "市场监督管理局", "住房和城乡建设局",
    "文化和旅游局", "应急管理局", "水务局", "人力资源和社会保障局", "发展和改革委员会", "民政局", "自然资源局",
)
_TOPICS = (
    "老旧小区改造", "地铁线路建设", "农村饮水安全工程", "夜间消费市场", "生活垃圾分类", "汛期防灾准备", "职业技能培训",
    "冷链物流网络", "社区居家养老服务", "高标准农田建设", "中小学课后服务", "河道综合治理", "公共充电设施布局",
    "背街小巷整治", "电动自行车管理", "乡村旅游线路", "口袋公园建设", "便民菜市场升级", "新能源公交替换", "校园食品安全",
    "预制菜产业", "林下经济", "山洪灾害预警", "老字号品牌保护", "古村落修缮", "快递末端网点", "智慧停车系统",
)
_ROLES = ("局长", "副局长", "处长", "科长", "负责人", "主任", "副主任", "技术员", "项目经理", "社区书记", "村支书", "站长", "研究员", "教授")
_RESIDENTS = ("退休教师", "个体店主", "外卖骑手", "社区志愿者", "快递员", "种粮大户", "出租车司机", "在读研究生", "返乡创业青年", "民宿老板")
_MEASURES = ("摸底排查", "分类施策", "清单管理", "专班推进", "挂图作战", "联合执法", "以奖代补", "先行试点", "结对帮扶", "限时办结")
_PROBLEMS = (
    "资金缺口较大", "群众意见不统一", "施工期间出行不便", "管线老化情况复杂", "专业人才紧缺", "后期维护责任不清",
    "部分设施闲置", "审批环节偏多", "季节性用工紧张", "原材料价格上涨",
)
_RESULTS = (
    "群众满意度明显提升", "投诉量同比下降三成以上", "项目进度快于预期", "带动周边就业上千人", "运行成本大幅降低",
    "通行效率提高近两成", "水质稳定达到三类标准", "游客接待量创下新高", "事故发生率持续下降", "农户户均增收数千元",
)
_QUOTES = (
    "以前一下雨门口就积水，现在走路再也不用绕道了",
    "政策是好政策，关键是要落到每家每户",
    "我们每周都要到现场看一遍，发现问题当场解决",
    "这件事光靠一个部门干不成，得大家一起使劲",
    "账要算清楚，钱要花在刀刃上",
    "孩子放学有地方去，我们上班也踏实多了",
    "刚开始大家都不太理解，后来看到效果就都支持了",
    "设备装好只是第一步，管好用好才是真本事",
    "我们算过一笔账，一年下来能省不少开支",
    "希望这样的好事能多办一些，办得更快一些",
    "遇到难题就开会商量，商量不出来就去现场看",
    "今年的目标已经定下来了，接下来就是一项一项抓落实",
)
_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")

_FRAMES: tuple[str, ...] = (
    "{place}{org}近日召开专题会议，研究部署{topic}的下一阶段工作，要求各单位{measure}，确保按期完成任务。",
    "据{org}{role}{name}介绍，截至{month}月底，全{unit}已累计完成{topic}项目{n}个，总投资约{m}亿元。",
    "“{quote}。”{resident}{name}告诉记者，{result2}让他感触很深。",
    "记者在{place}看到，{topic}的施工现场机器轰鸣，工人们正在抓紧{work}。",
    "{name}坦言，推进{topic}并非一帆风顺，{problem}是最大的难题。",
    "为破解这一难题，{place}探索采取{measure}的办法，把任务分解到{n}个责任单位。",
    "数据显示，今年前{k}个月，{place}{topic}相关投入同比增长{p}%，高于全省平均水平。",
    "“{quote}，”{role}{name}说，“下一步我们还要在{topic}上多下功夫。”",
    "在{resident}{name}看来，{topic}最直接的变化是{result}。",
    "业内人士分析认为，{topic}涉及面广、链条较长，需要在{measure}的基础上形成长效机制。",
    "{place}还建立了月调度、季通报制度，对进度滞后的{n}个项目进行了约谈。",
    "与此同时，{org}联合相关部门开展了为期{k}个月的专项行动，共排查问题隐患{n}处，已整改{n2}处。",
    "据了解，{place}将在明年继续安排专项资金{m}亿元，重点支持{topic}和{topic2}。",
    "“过去{problem}，现在{result}。”{name}一边翻看台账一边说。",
    "不少受访者表示，希望{topic}能够覆盖更多{area}，让更多人受益。",
    "{name}说，他们会把群众提出的{n}条意见逐条梳理，能马上改的立即改，一时改不了的列出时间表。",
    "从{month}月起，{place}在{n}个{area}开展{topic}试点，目前已有{n2}个通过验收。",
    "专家提醒，{topic}既要算经济账，也要算民生账，不能搞一刀切。",
    "{place}{org}{role}{name}表示，将以{topic}为抓手，持续推动{result3}。",
    "在{area}，{topic}带来的变化随处可见：{change1}，{change2}。",
    "记者注意到，{place}的做法并不复杂，核心就是{measure}和{measure2}两条。",
    "{resident}{name}今年{age}岁，从事这一行已经{k}年，他说{quote2}。",
    "按照计划，{topic}一期工程将于{month}月完工，二期工程同步开展前期准备。",
    "对于{problem}的问题，{org}已会同财政部门研究，拟通过{measure}加以解决。",
    "采访中，{name}多次提到一个词：{word}。",
    "这是{place}推进{topic}的一个缩影。",
    "截至目前，{place}共受理相关诉求{n}件，办结率达到{p}%。",
    "{name}介绍，项目实施以来，当地已组织培训{n}场次，参训人员超过{n2}人次。",
    "“{quote}。”说起这些年的变化，{name}感慨地说。",
    "下一步，{place}将进一步完善{topic}的配套政策，力争到{year}年实现全覆盖。",
)
_WORK = ("铺设管网", "浇筑路面", "安装设备", "平整场地", "加固护坡", "粉刷外墙", "调试线路", "清理淤泥")
_AREAS = ("社区", "行政村", "街道", "乡镇", "学校", "工业园区", "景区")
_CHANGES = (
    "破损的路面换成了透水砖", "墙上的电线被收进了管槽", "闲置的空地变成了健身场", "小河里又能看见鱼了",
    "路口多了一排充电桩", "菜市场的地面干净整洁", "楼道里装上了感应灯", "村口建起了冷库",
)
_WORDS = ("“较真”", "“回头看”", "“接地气”", "“算细账”", "“钉钉子”", "“一盘棋”")
_SUBHEADS = (
    "难点在哪里", "钱从哪里来", "群众怎么看", "下一步怎么走", "一本明白账", "从试点到推广", "变化看得见",
    "把好事办好", "啃下硬骨头", "基层的探索", "专家怎么说", "长效机制如何建", "数字背后的故事", "补齐短板",
)


def _fill(rng: random.Random, frame: str) -> str:
    return frame.format(
        place=rng.choice(_PLACES), org=rng.choice(_ORGS), topic=rng.choice(_TOPICS), topic2=rng.choice(_TOPICS),
        role=rng.choice(_ROLES), name=_name(rng), resident=rng.choice(_RESIDENTS), measure=rng.choice(_MEASURES),
        measure2=rng.choice(_MEASURES), problem=rng.choice(_PROBLEMS), result=rng.choice(_RESULTS),
        result2=rng.choice(_RESULTS), result3=rng.choice(_RESULTS).replace("明显", ""), quote=rng.choice(_QUOTES),
        quote2=rng.choice(_QUOTES), month=rng.choice(_MONTHS), unit=rng.choice(("市", "县", "区", "省")),
        n=rng.randint(3, 480), n2=rng.randint(2, 300), m=round(rng.uniform(0.3, 60), 1), k=rng.randint(2, 11),
        p=round(rng.uniform(3, 99), 1), work=rng.choice(_WORK), area=rng.choice(_AREAS), change1=rng.choice(_CHANGES),
        change2=rng.choice(_CHANGES), age=rng.randint(24, 71), word=rng.choice(_WORDS), year=rng.randint(2006, 2030),
    )


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))


def _para(rng: random.Random, lo: int = 2, hi: int = 5) -> str:
    return "".join(_fill(rng, rng.choice(_FRAMES)) for _ in range(rng.randint(lo, hi)))


def _paras(rng: random.Random, chars: int) -> list[str]:
    """Paragraphs of the story until ``chars`` characters, no paragraph twice."""
    out: list[str] = []
    total = 0
    while total < chars:
        p = _para(rng)
        if p not in out:
            out.append(p)
            total += len(p)
    return out


def _headline(rng: random.Random) -> str:
    """A headline of another story (chrome)."""
    t = rng.choice(_TOPICS)
    return rng.choice(
        (
            f"{rng.choice(_PLACES)}{t}取得阶段性成效",
            f"{rng.choice(_PLACES)}出台{t}实施方案",
            f"{t}：{rng.choice(_PLACES)}的{rng.randint(3, 9)}个细节",
            f"关注{t}｜{rng.choice(_RESIDENTS)}的一天",
            f"{rng.choice(_PLACES)}{rng.choice(_ORGS)}通报{rng.randint(2, 12)}起典型案例",
            f"{rng.randint(2, 40)}个项目集中开工 {rng.choice(_PLACES)}加快{t}",
            f"图解：{t}怎么推进",
        )
    ) + ("" if rng.random() < 0.6 else f"（{rng.randint(1, 12)}月{rng.randint(1, 28)}日）")


def _summary(rng: random.Random) -> str:
    """A one-sentence summary of another story (chrome)."""
    return rng.choice(
        (
            f"{rng.choice(_PLACES)}日前发布通知，将用{rng.randint(2, 5)}年时间完成{rng.choice(_TOPICS)}，首批名单已经公布。",
            f"近日，记者跟随{rng.choice(_ORGS)}工作人员走访了{rng.randint(3, 20)}个{rng.choice(_AREAS)}，听取居民对{rng.choice(_TOPICS)}的意见。",
            f"{rng.choice(_RESIDENTS)}{_name(rng)}用了{rng.randint(2, 15)}年时间，把一间小作坊做成了远近闻名的品牌。",
            f"今年以来，{rng.choice(_PLACES)}共查处违法案件{rng.randint(10, 400)}起，罚没款项全部上缴国库。",
        )
    )


def _date(rng: random.Random, lo: int = 1999, hi: int = 2016) -> str:
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


@dataclass
class Ctx:
    """One page being built: its random source, shape, title and the chrome strings (must-not snippets)."""

    rng: random.Random
    shape: str
    title: str
    bad: list[str] = field(default_factory=list)

    def chrome(self, s: str) -> str:
        self.bad.append(s)
        return s

    def chars(self) -> int:
        return self.rng.randint(8000, 20000) if self.shape == "long" else self.rng.randint(1500, 4000)

    def heads(self, n: int) -> list[str]:
        return [self.chrome(_headline(self.rng)) for _ in range(n)]

    def hot(self, label: str, cls: str, n: int, tag: str = "h3") -> str:
        items = "".join(f"<li><a href='/n/{self.rng.randint(10000, 99999)}.html'>{h}</a></li>" for h in self.heads(n))
        return f"<div class='{cls}'><{tag}>{label}</{tag}><ul>{items}</ul></div>"

    def byline(self) -> str:
        r = self.rng
        src = r.choice(("本报讯", "新华社", "晨报", "都市报", "本网"))
        return self.chrome(f"{_date(r)}　来源：{src}　作者：{_name(r)}")

    def editor(self) -> str:
        return self.chrome(f"（责任编辑：{_name(self.rng)}）")


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _sections(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = _paras(r, c.chars())
    n = max(2, min(9, len(paras) // 3))
    cuts = sorted(r.sample(range(1, len(paras)), n - 1)) if len(paras) > n else list(range(1, len(paras)))
    parts = [paras[a:b] for a, b in zip([0, *cuts], [*cuts, len(paras)], strict=True)]
    heads = r.sample(_SUBHEADS, len(parts))
    gold: list[str] = []
    html = ""
    for i, (h, ps) in enumerate(zip(heads, parts, strict=True)):
        if i == 0 and r.random() < 0.5:  # a lead section without a subhead
            html += f"<div class='section lead'>{_ps(ps)}</div>"
            gold += ps
            continue
        html += f"<div class='section'><h3 class='subtitle'>{h}</h3>{_ps(ps)}</div>"
        gold += [h, *ps]
    topics = "".join(
        f"<li><a href='/zt/{i}/'>{c.chrome(_headline(r))}</a><p>{c.chrome(_summary(r))}</p></li>" for i in range(4)
    )
    side = f"<div class='sidebar'>{c.hot('排行榜', 'rank', 10)}<div class='zt'><h3>相关专题</h3><ul>{topics}</ul></div></div>"
    main = (
        f"<div class='content'><div class='article'><h1>{c.title}</h1><div class='info'>{c.byline()}</div>"
        f"{html}<div class='editor'>{c.editor()}</div></div>{side}</div>"
    )
    return main, gold


def _transcript(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    host, guest = _name(r), _name(r)
    target = c.chars()
    gold: list[str] = []
    parts: list[list[str]] = [[]]
    total = 0
    while total < target:
        who = r.random()
        if who < 0.35:
            line = f"主持人：{_fill(r, r.choice(_FRAMES))}" if r.random() < 0.4 else f"主持人：{r.choice(_TOPICS)}方面，{r.choice(('您怎么看', '具体是怎么做的', '难点主要在哪里', '老百姓最关心什么', '下一步有什么打算'))}？"
        elif who < 0.42:
            line = f"网友{r.choice(('小鱼', '老张', '清风', '路人甲', '过客'))}{r.randint(1, 999)}：请问{r.choice(_TOPICS)}{r.choice(('什么时候能到我们小区', '要不要个人出钱', '归哪个部门管'))}？"
        else:
            line = f"{guest}：{_para(r, 1, 3)}"
        if line in gold:
            continue
        gold.append(line)
        parts[-1].append(line)
        total += len(line)
        if len(parts[-1]) > 12 and r.random() < 0.08:
            parts.append([])
    parts = [p for p in parts if p]
    bars = ("第一部分", "第二部分", "第三部分", "第四部分", "第五部分", "第六部分", "第七部分", "第八部分", "第九部分", "第十部分")
    html = ""
    for i, part in enumerate(parts):
        bar = f"<div class='partbar'>{c.chrome(bars[i % len(bars)] + '：' + r.choice(_SUBHEADS))}</div>" if i else ""
        html += f"{bar}<div class='part'>{_ps(part)}</div>"
    card = c.chrome(f"嘉宾简介：{guest}，{r.choice(_PLACES)}{r.choice(_ORGS)}{r.choice(_ROLES)}，长期从事{r.choice(_TOPICS)}相关工作，曾主持多项地方标准的起草。")
    past = c.hot("往期访谈", "past", 8)
    main = (
        f"<div class='ft-wrap'><div class='ft-main'><h1>{c.title}</h1><div class='ft-info'>{c.chrome('访谈时间：' + _date(r))}　主持人：{host}</div>"
        f"<div class='ft-body'>{html}</div><div class='ft-note'>{c.chrome('【本次访谈文字实录由网站根据现场录音整理，未经嘉宾审阅】')}</div></div>"
        f"<div class='ft-side'><div class='guest'><img src='/g.jpg'><p>{card}</p></div>{past}</div></div>"
    )
    return main, gold


def _related_box(c: Ctx) -> str:
    r = c.rng
    items = []
    for _ in range(r.randint(2, 4)):
        h = c.chrome(_headline(r))
        s = f"<span class='sum'>{c.chrome(_summary(r))}</span>" if r.random() < 0.4 else ""
        items.append(f"<li><a href='/n/{r.randint(1000, 9999)}.html'>{h}</a>{s}</li>")
    label = r.choice(("相关阅读", "相关阅读：", "【相关阅读】", "相关新闻"))
    return f"<div class='xgyd'><strong>{label}</strong><ul>{''.join(items)}</ul></div>"


def _inline_related(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = _paras(r, c.chars())
    slots = sorted(r.sample(range(1, len(paras)), min(len(paras) - 1, r.randint(2, 4)))) if len(paras) > 1 else []
    html = ""
    for i, p in enumerate(paras):
        if i in slots:
            html += _related_box(c)
        html += f"<p>{p}</p>"
    ext = " ".join(f"<a href='/x/{i}.html'>{h}</a>" for i, h in enumerate(c.heads(3)))
    main = (
        f"<div class='wrap'><div class='left'><h1>{c.title}</h1><div class='source'>{c.byline()}</div>"
        f"<div id='artibody'>{html}<p class='ext'>延伸阅读：{ext}</p><p class='bj'>{c.editor()}</p></div>"
        f"<div class='share'>{c.chrome('分享到：微博 微信 QQ空间')}</div></div>"
        f"<div class='right'>{c.hot('24小时热点', 'hot24', 10)}{c.hot('图片新闻', 'pics', 6)}</div></div>"
    )
    return main, paras


def _font_rows(paras: list[str]) -> str:
    return "<br><br>".join(f"　　{p}" for p in paras)


def _table_portal(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = _paras(r, c.chars())
    tool = c.chrome("【字体：大 中 小】【打印本页】【关闭窗口】")

    def col(label: str, n: int) -> str:
        rows = "".join(f"<tr><td height=20>·<a href='/html/{r.randint(100, 999)}.htm'><font color=#333333>{h}</font></a></td></tr>" for h in c.heads(n))
        return f"<table width=100% border=0 cellpadding=0 cellspacing=0><tr><td bgcolor=#E6E6E6><b>{label}</b></td></tr>{rows}</table>"

    if c.shape == "long":
        k = r.randint(len(paras) // 3, max(len(paras) // 3, 2 * len(paras) // 3))
        ad = c.chrome(r.choice(("本站招聘网络编辑数名，待遇从优，有意者请将简历发至编辑部信箱。", "热烈庆祝本站开通五周年，感谢广大网友一直以来的支持！")))
        body = (
            f"<tr><td class=content><font style='font-size:14px' face=宋体>{_font_rows(paras[:k])}</font></td></tr>"
            f"<tr><td align=center><a href='/ad.htm'><font color=red>{ad}</font></a></td></tr>"
            f"<tr><td class=content><font style='font-size:14px' face=宋体>{_font_rows(paras[k:])}</font></td></tr>"
        )
    else:
        body = f"<tr><td class=content><font style='font-size:14px' face=宋体>{_font_rows(paras)}</font></td></tr>"
    src = c.chrome(f"来源：{r.choice(('本站原创', '晚报', '信息港', '日报'))}　{_date(r, 1999, 2008)}　点击：{r.randint(10, 9999)}")
    story = (
        f"<table width=100% border=0 cellpadding=4><tr><td align=center><font size=4 color=#003399><b>{c.title}</b></font></td></tr>"
        f"<tr><td align=center><font color=#666666>{src}</font></td></tr>{body}"
        f"<tr><td align=right>{tool}</td></tr></table>"
    )
    friend = c.chrome("版权所有 未经许可不得转载 建议使用IE5.0以上浏览器 800×600分辨率浏览")
    main = (
        "<table width=778 align=center border=0 cellpadding=0 cellspacing=0><tr>"
        f"<td width=180 valign=top>{col('新闻中心', 12)}<br>{col('推荐阅读', 8)}</td>"
        f"<td width=5></td><td valign=top>{story}</td><td width=5></td>"
        f"<td width=160 valign=top>{col('热点排行', 10)}</td></tr></table>"
        f"<table width=778 align=center><tr><td align=center><font color=#999999>{friend}</font></td></tr></table>"
    )
    return main, paras


def _bare_wrapper(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = _paras(r, c.chars())
    body = _ps(paras) if r.random() < 0.5 else "<br>".join(paras)
    crumbs = c.chrome(f"当前位置：首页 > {r.choice(('本地新闻', '社会民生', '城建交通'))} > 正文")
    prev_next = f"<div class='pn'>上一篇：<a href='/p.html'>{c.heads(1)[0]}</a><br>下一篇：<a href='/n.html'>{c.heads(1)[0]}</a></div>"
    links = " | ".join(f"<a href='/s/{i}'>{w}</a>" for i, w in enumerate(("网站首页", "关于我们", "联系方式", "投稿指南", "网站地图")))
    nav = "".join(f"<li><a href='/c/{i}/'>{w}</a></li>" for i, w in enumerate(("要闻", "本地", "社会", "财经", "教育", "房产", "汽车", "旅游", "专题")))
    main = (
        f"<div id='page'><div id='nav'><ul>{nav}</ul></div>"
        f"<div id='main'><div class='crumbs'>{crumbs}</div><h1>{c.title}</h1><div class='info'>{c.byline()}</div>"
        f"{body}<div class='bj'>{c.editor()}</div>{prev_next}{c.hot('热门文章', 'hotlist', 10, 'h4')}{c.hot('最新更新', 'newlist', 8, 'h4')}"
        f"<div class='links'>{links}</div></div></div>"
    )
    return main, paras


def _wrong_charset(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = _paras(r, c.chars())
    src = c.byline()
    main = (
        f"<div class='top'><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/bbs/'>论坛</a></div>"
        f"<div class='box'><div class='title'>{c.title}</div><div class='src'>{src}</div>"
        f"<div class='text'>{_ps(paras)}</div><div class='bj'>{c.editor()}</div></div>"
        f"<div class='side'>{c.hot('新闻排行', 'phb', 10)}</div>"
    )
    return main, paras


def _paged(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = _paras(r, r.randint(3000, 6000) if c.shape == "long" else r.randint(1200, 2500))
    pages = r.randint(2, 6)
    nums = " ".join(f"<a href='/a_{i}.html'>{i}</a>" if i > 1 else "<b>1</b>" for i in range(1, pages + 1))
    pager = f"<div class='page'>{c.chrome(f'本文共{pages}页')}　上一页 {nums} <a href='/a_2.html'>下一页</a></div>"
    inner = f"<p class='next'><a href='/a_2.html'>{c.chrome('（点击进入下一页）')}</a></p>" if r.random() < 0.5 else ""
    main = (
        f"<div class='main'><div class='art'><h1>{c.title}</h1><div class='info'>{c.byline()}</div>"
        f"<div class='artcon'>{_ps(paras)}{inner}</div>{pager}<div class='bj'>{c.editor()}</div></div>"
        f"<div class='side'>{c.hot('推荐', 'tj', 8)}{c.hot('本周热文', 'rw', 8)}</div></div>"
    )
    return main, paras


def _caption(r: random.Random) -> str:
    return _fill(r, r.choice(_FRAMES))


def _picture(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    lead = _para(r, 1, 3)
    n = r.randint(8, 14) if c.shape == "long" else r.randint(4, 7)
    caps: list[str] = []
    while len(caps) < n:
        cap = _caption(r)
        if cap not in caps:
            caps.append(cap)
    pics = "".join(
        f"<div class='pic'><img src='/photo/{i}.jpg' alt='图{i + 1}'><p class='picnote'>{cap}</p></div>" for i, cap in enumerate(caps)
    )
    thumbs = "".join(f"<li><img src='/t/{i}.jpg'><span>{c.chrome(r.choice(_SUBHEADS) + f'（{i + 1}/{n}）')}</span></li>" for i in range(min(n, 6)))
    photog = c.chrome(f"摄影：{_name(r)}　{_date(r)}")
    gallery = c.hot("精彩图集", "tuji", 8)
    main = (
        f"<div class='photo-main'><h1>{c.title}</h1><div class='info'>{photog}</div><div class='lead'><p>{lead}</p></div>"
        f"<div class='pics'>{pics}</div><div class='nav-pic'><a href='#'>上一张</a> <a href='#'>下一张</a></div>"
        f"<ul class='thumbs'>{thumbs}</ul>{gallery}</div>"
    )
    return main, [lead, *caps]


def _short_blog(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    lines: list[str] = []
    while sum(map(len, lines)) < r.randint(60, 200):
        lines.append(_fill(r, r.choice(_FRAMES)))
    owner = _name(r)
    profile = c.chrome(f"{owner}，{r.choice(_RESIDENTS)}，住在{r.choice(_PLACES)}，喜欢写点身边的小事，也喜欢拍拍照片。这里的文字多是随手记下的，欢迎常来坐坐。")
    entries = "".join(
        f"<div class='entry'><a href='/b/{i}.html'>{c.chrome(_headline(r))}</a><p>{c.chrome(_summary(r))}</p></div>" for i in range(r.randint(4, 7))
    )
    guest = "".join(
        f"<li><b>{_name(r)}</b>：{c.chrome(r.choice(('路过，留个脚印，有空回访我哦。', '博主写得真好，支持一下，以后常来看看！', '好久没更新了，最近在忙什么呢？', '看了你的照片，那个地方是在哪里呀？下次也想去。')))}</li>"
        for _ in range(r.randint(3, 6))
    )
    recent = "".join(f"<li>{_name(r)}：{c.chrome(_summary(r)[:18])}…</li>" for _ in range(4))
    archive = "".join(f"<li><a href='/arc/{y}{m:02d}'>{y}年{m}月</a></li>" for y, m in ((2005, 9), (2005, 8), (2005, 7), (2005, 6), (2005, 5)))
    roll = "".join(f"<li><a href='http://blog{i}.example.cn/'>{_name(r)}的博客</a></li>" for i in range(6))
    count = c.chrome(f"阅读({r.randint(5, 500)}) | 评论(0) | 引用通告({r.randint(0, 3)})")
    main = (
        f"<div id='blogtitle'><h1>{owner}的小窝</h1><div class='desc'>{c.chrome('记录生活，分享快乐，平平淡淡才是真。')}</div></div>"
        f"<div id='container'><div id='content'><div class='post'><h2>{c.title}</h2><div class='pdate'>{_date(r, 2004, 2007)}</div>"
        f"<div class='pbody'>{'<br>'.join(lines)}</div><div class='pfoot'>{count}</div></div>"
        f"<div class='more'><h3>最近日志</h3>{entries}</div></div>"
        f"<div id='sidebar'><div class='mod'><h3>个人档案</h3><p>{profile}</p></div><div class='mod'><h3>留言板</h3><ul>{guest}</ul></div>"
        f"<div class='mod'><h3>最新评论</h3><ul>{recent}</ul></div><div class='mod'><h3>日志存档</h3><ul>{archive}</ul></div>"
        f"<div class='mod'><h3>友情链接</h3><ul>{roll}</ul></div></div></div>"
    )
    return main, lines


_SAID = ("他说", "她笑了笑", "老人叹了口气", "孩子小声问", "父亲放下碗筷", "母亲回过头来", "站长摆摆手", "司机按了一下喇叭")
_LINES = (
    "“明天还来吗？”", "“来，怎么不来。”", "“路修好了，日子就好过了。”", "“你先回去，这里有我。”", "“再等等，雨快停了。”",
    "“这一片以前全是水田。”", "“钱的事不用你操心。”", "“走吧，天快黑了。”", "“我记得那年也是这样的冬天。”", "“别说了，先吃饭。”",
)
_VERSE = (
    "山那边还是山", "河水向东流去", "风吹过晒谷场", "灯一盏一盏亮起", "炊烟升起的时候", "我听见远处的汽笛",
    "石板路上落满了桂花", "老槐树下坐着几个人", "月亮照着回家的路", "田埂上的脚印还在",
)


def _novel_line(r: random.Random) -> str:
    x = r.random()
    if x < 0.35:
        return r.choice(_LINES) + r.choice(_SAID) + "。"
    if x < 0.5:
        return r.choice(_LINES)
    if x < 0.6:
        return r.choice(_VERSE)
    return _fill(r, r.choice(_FRAMES))


def _novel(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    target = c.chars()
    lines: list[str] = []
    total = 0
    while total < target:
        ln = _novel_line(r)
        if lines and ln == lines[-1]:
            continue
        lines.append(ln)
        total += len(ln)
    k = len(lines)
    cuts = sorted(r.sample(range(k // 4, 3 * k // 4), 2)) if c.shape == "long" and k > 8 else []
    parts = [lines[a:b] for a, b in zip([0, *cuts], [*cuts, k], strict=True)]
    html = ""
    for i, part in enumerate(parts):
        if i:
            ad = "".join(f"<a href='/book/{r.randint(100, 999)}/'>{c.chrome(_headline(r))}</a> " for _ in range(3))
            html += f"<div class='tuijian'>{c.chrome('本站推荐：')}{ad}</div>"
        html += f"<div class='chapter-text'>{'<br>'.join('　　' + ln for ln in part)}</div>"
    bar = "<div class='bar'><a href='/p.html'>上一章</a> ← <a href='/list/'>章节目录</a> → <a href='/n.html'>下一章</a></div>"
    catalog = "".join(f"<li><a href='/c/{i}.html'>{c.chrome(f'第{i}章 ' + r.choice(_SUBHEADS))}</a></li>" for i in range(1, 25))
    tip = c.chrome("温馨提示：按 回车[Enter]键 返回书目，按 ←键 返回上一页， 按 →键 进入下一页，加入书签方便您下次继续阅读。")
    main = (
        f"<div class='book'><h1>{c.title}</h1><div class='info'>{c.chrome('作者：' + _name(r) + '　更新时间：' + _date(r))}</div>{bar}"
        f"{html}{bar}<div class='tip'>{tip}</div></div><div class='catalog'><h3>最新章节</h3><ul>{catalog}</ul></div>"
    )
    return main, lines


STYLES: dict[str, Callable[[Ctx], tuple[str, list[str]]]] = {
    "sections": _sections,
    "transcript": _transcript,
    "inline_related": _inline_related,
    "table_portal": _table_portal,
    "bare_wrapper": _bare_wrapper,
    "wrong_charset": _wrong_charset,
    "paged": _paged,
    "picture": _picture,
    "short_blog": _short_blog,
    "novel": _novel,
}
KINDS = tuple(STYLES)
_SITES = {
    "sections": "东方时报网",
    "transcript": "在线访谈",
    "inline_related": "城市新闻网",
    "table_portal": "信息港",
    "bare_wrapper": "本地宝",
    "wrong_charset": "新闻中心",
    "paged": "财经周刊",
    "picture": "图片频道",
    "short_blog": "博客",
    "novel": "小说网",
}
_HALF = gen_score.ranked_halves(SET, STYLES, SHAPES)


@dataclass
class Page34(GenPage):
    shape: str = ""

    @property
    def half(self) -> str:
        return _HALF[(self.kind, self.shape)]


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower()


def _frame(c: Ctx, site: str, main: str, old: bool) -> str:
    r = c.rng
    if old:
        return main
    nav = "".join(f"<li><a href='/{i}/'>{w}</a></li>" for i, w in enumerate(("首页", "新闻", "财经", "体育", "娱乐", "论坛", "博客")))
    foot = c.chrome(f"{site}版权所有 未经书面授权禁止转载 违法和不良信息举报电话：{r.randint(10000000, 99999999)}")
    return f"<div class='header'><a class='logo' href='/'>{site}</a><ul class='nav'>{nav}</ul></div>{main}<div class='footer'><p>{foot}</p></div>"


_ENCODINGS = (("gbk", "utf-8"), ("big5", "gb2312"), ("gb18030", "iso-8859-1"))
"""``wrong_charset``: (the bytes' encoding, the declared one), chosen by page index."""


def build_page(style: str, shape: str, index: int, seed: str) -> Page34:
    pid = f"{style}_{shape}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    title = _headline(rng)
    c = Ctx(rng, shape, title)
    main, gold = STYLES[style](c)
    site = _SITES[style]
    trad = shape == "trad"
    real, said = "utf-8", "utf-8"
    if style == "table_portal":
        real = said = "big5" if trad else "gb2312"
    elif style == "wrong_charset":
        real, said = _ENCODINGS[1] if trad else _ENCODINGS[index % len(_ENCODINGS)]
    head = f"<meta http-equiv='Content-Type' content='text/html; charset={said}'>"
    page = f"<html lang='zh-CN'><head>{head}<title>{title}_{site}</title></head><body>{_frame(c, site, main, style == 'table_portal')}</body></html>"
    page, text_gold, must, bad = gen_score.finish_zh(page, gold, c.bad, _norm, trad or real == "big5", index)
    html: str | bytes = page if real == "utf-8" else page.encode(real, errors="xmlcharrefreplace")
    return Page34(SET, pid, style, html, text_gold, must, bad, shape=shape)


def build(data: Path, seed: str = SET) -> list[Page34]:
    """The pages of ``seed`` (``data`` is not read: the texts are this module's own)."""
    del data
    return [build_page(s, sh, i, seed) for s in STYLES for sh in SHAPES for i in range(PAGES)]


def _url(p: gen_score.Page) -> str:
    return f"http://news.example.cn/{p.id}.html"


def _shown(html: str | bytes) -> str:
    return html.decode("gb18030", errors="replace") if isinstance(html, bytes) else html


SCORING = Scoring(_norm, _url, KINDS, label_width=15, id_width=28, snippet_chars=20, shown=_shown)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
