"""A seventh near-duplicate corpus: synthetic Chinese news reposted and crawled (issue #13, dedupgen33).

Written before cleaner was run on it, without reading ``cleaner/dedup`` or the edit code of the other dedup
generators (only their docstrings and the scoring interface of ``dedup_corpus4``, whose ``Doc`` / ``score`` /
``run`` / ``report`` / ``misses`` it borrows). Its edits, rates, chrome sentences and hard negatives are its own.

Source texts: none of the shared gold texts. Every story is news written here from its own sentence frames
(:class:`News`: a topic, a city, its offices, companies and people, numbers; 42 clause frames with alternatives, openers
and quotes), so no source text is shared with another corpus. Halves by story: ``half("dedup33", "SEED/story id")``
(hard negatives by their group id the same way), so every copy of a story lies in one half.

Each story: its original (title line, a dateline lead, 4-13 paragraphs; ≈ 300-1,500 characters) and 2-5 copies, each
made from the original (75 %) or from an earlier copy (kinds add up), with one edit (50 %), two (35 %) or three:

- ``raw_crawl``   the story as an HTML-to-text dump of a portal page gives it: the page title line, a stylesheet or
  script text (per site), breadcrumbs and a navigation line, the title repeated, a source / time / 字号 line, then
  the story, a script tail, a related-news list, readers' comment lines, the site footer (ICP line, copyright);
- ``captions``    1-4 image caption lines (图为… / 资料图 / （视觉中国）) inserted between paragraphs;
- ``editor_src``  editor and source lines (责任编辑 / 来源 / 原标题 / 本文来自 / 声明) at the head or tail;
- ``headline``    only the title line reworded (or replaced by another title of the story);
- ``width_trad``  some paragraphs in Traditional characters (OpenCC s2t / s2hk / s2tw) and punctuation to the
  other width (full ↔ half) in some paragraphs: a mix;
- ``split_merge`` sentences split at a comma into two, or adjacent sentences joined; paragraphs split or merged;
- ``para_dup``    one or two paragraphs repeated (a CMS glitch: the second copy right after, or at the end);
- ``teaser``      the text cut at a paragraph or sentence end after 25-60 % of it, with a "阅读全文" / "展开全文" /
  "点击查看原文" line (an aggregator's teaser).

``glued2`` (decided here, not a copy): a digest page that is two whole stories glued (a headline of each, their
texts, 40-60 % each). It is labelled its own story: joining it to either story would make that story's canonical
text carry the other one, and the firm requirement is that it never bridges the two (their originals form a
``glued2`` hard-negative pair). ``report`` prints where the glued pages went (alone / joined one / bridged).

Hard negatives (each text its own story, inside one half):

- ``series``   3 stories of one series sharing an editor's-note intro (15-25 % of each), different bodies;
- ``agencies`` two agencies' reports of one event: the same city, office, people and numbers, the same official
  quote (≤ 15 %), different sentences and titles;
- ``market``   3-4 daily market reports of one template (the same sentences in the same order), different numbers,
  sectors and stock names;
- ``css``      3 stories after or before one long shared stylesheet / script text (4-10 KB);
- ``forum``    3 pages of threads that quote one long first post (≤ 35 % of each page), with different replies;
- ``portal``   3 short stories (150-400 characters) in one portal page chrome, as ``raw_crawl`` wraps them.

Scores (``dedup_corpus4.score``): pairwise precision / recall / F1 per half, recall by kind and by number of edits,
hard-negative pairs merged by group kind.

    .venv/bin/python bench/dedup_corpus33.py [--seed dedupgen33-dev1] [--seeds a,b] [--misses] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedup_corpus4 import Doc, misses, report, run
from dedup_corpus4 import score as score  # (re-exported: the same scoring)
from halves import HALVES, half

CORPUS = "dedup33"
KINDS = ("raw_crawl", "captions", "editor_src", "headline", "width_trad", "split_merge", "para_dup", "teaser")
NEGATIVES = ("series", "agencies", "market", "css", "forum", "portal", "glued2")

# ---------------------------------------------------------------- lexicon (written for this generator)

CITIES = (
    "江州 临川 青阳 南屿 北岭 云溪 东渡 西平 安澜 汉滨 柳城 桐乡 宁远 长丰 瑞安 清河 泸阳 黎川 鹤山 龙泉 "
    "盘石 凤台 金沙 石门 兴安 永和 新桥 沙洲 白水 湘阴 岳西 梅岭 丹霞 绥阳 崇仁 铜坪 乐平 雁城 沧浪 洛屯"
).split()
DEPTS = (
    "发展和改革委员会 教育局 卫生健康委员会 交通运输局 生态环境局 农业农村局 商务局 文化和旅游局 科学技术局 "
    "住房和城乡建设局 应急管理局 市场监督管理局 统计局 人力资源和社会保障局 水利局 民政局 体育局 数据局"
).split()
FIRMS = "华辰 远拓 中衡 恒信 天禹 博远 星澜 瑞丰 海纳 东晟 金穗 鼎新 云帆 启明 嘉禾 凯越 润泽 蓝鲸 睿图 朗峰".split()
FIRM_TAILS = (
    "科技有限公司 新能源股份有限公司 生物医药集团 智能制造有限公司 物流集团 农业发展有限公司 "
    "电子材料股份有限公司 文旅投资集团 建设工程有限公司 数字科技有限公司"
).split()
SURNAMES = (
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 萧 田 董".split()
)
GIVEN = "建国明华立新志伟秀英海涛宏玉兰晓静敏军平春雪文亮婷强磊洋勇艳杰娟峰丽斌芳"
ROLES = "党委书记 局长 副局长 总经理 董事长 研究员 主任 副主任 项目负责人 首席经济学家 处长 村党支部书记".split()
TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "交通": (
        "地铁线路 城际铁路 公交线网 停车设施 跨江大桥 综合客运枢纽 充电桩 快速路".split(),
        "通车 开通 试运行 完成铺轨 开工建设 优化调整".split(),
    ),
    "教育": (
        "中小学校 新增学位 课后服务 职业院校 教师队伍 校园食堂 托育机构 实训基地".split(),
        "投入使用 挂牌成立 全面铺开 启动招生 完成改造 扩容提质".split(),
    ),
    "医疗": (
        "社区卫生服务中心 家庭医生签约 医保报销 远程会诊平台 急救站点 慢病管理 县域医共体".split(),
        "覆盖全域 上线运行 提质扩面 投入运营 全面推开 建成使用".split(),
    ),
    "农业": (
        "高标准农田 粮食产量 特色种植基地 冷链仓储 农产品电商 种业创新 灌溉设施".split(),
        "喜获丰收 建成投用 稳步增长 加快推进 提档升级 全面完成".split(),
    ),
    "科技": (
        "研发投入 高新技术企业 人工智能产业园 创新平台 专利授权 算力中心 中试基地".split(),
        "落地投产 增长明显 正式启用 集聚发展 取得突破 签约入驻".split(),
    ),
    "环境": (
        "空气优良天数 河湖治理 垃圾分类 污水处理厂 国土绿化 碳排放 土壤修复".split(),
        "持续改善 通过验收 稳步推进 提前完成 明显下降 全面达标".split(),
    ),
    "文旅": (
        "接待游客 旅游收入 历史文化街区 博物馆 非遗项目 夜间消费 乡村民宿".split(),
        "人气火爆 同比增长 焕新开放 持续升温 迎来高峰 亮相展会".split(),
    ),
    "民生": (
        "城镇新增就业 保障性住房 养老服务 老旧小区改造 社区食堂 充电设施 便民市场".split(),
        "惠及群众 如期交付 全面完成 持续扩大 投入使用 提速推进".split(),
    ),
}
OPENERS = (
    "据了解， 记者注意到， 与此同时， 值得一提的是， 此外， 另据介绍， 从现场看， 按照计划， 总体来看， "
    "下一步， 截至目前， 近年来， 今年以来， 在此基础上， 具体来说， 业内人士认为， 为此， 据悉， "
).split()


def zh_small(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


class Facts:
    """The names and numbers of one story: who, where, what."""

    def __init__(self, rng: random.Random, topic: str | None = None) -> None:
        self.rng = rng
        self.topic = topic or rng.choice(list(TOPICS))
        self.city = rng.choice(CITIES)
        self.things, self.actions = TOPICS[self.topic]
        self.depts = [f"{self.city}市{d}" for d in rng.sample(DEPTS, 2)]
        self.firms = [f"{self.city}{rng.choice(FIRMS)}{rng.choice(FIRM_TAILS)}" for _ in range(2)]
        self.people = [(self.person(), rng.choice(ROLES)) for _ in range(3)]
        self.year = rng.choice((2024, 2025, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        words = "清源 暖心 安居 畅行 强基 兴农 护河 筑梦 启航 同心 智慧 绿色 幸福 惠民 提质 攻坚 振兴 蓝天".split()
        self.project = f"“{rng.choice(words)}{rng.choice(words)}”{rng.choice(('工程', '行动', '计划', '专项'))}"
        self.tag = "".join(rng.sample("一二三四五六七八九十", 1)) + rng.choice(
            ("线工作法", "事快办", "访一办", "级联动")
        )

    def person(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, self.rng.choice((1, 2))))

    def num(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return f"{self.rng.randint(2, 980)}"
        if r < 0.7:
            return f"{self.rng.uniform(1, 500):.1f}"
        return f"{self.rng.randint(1, 99)},{self.rng.randint(0, 999):03d}"

    def pct(self) -> str:
        return f"{self.rng.uniform(0.3, 38):.1f}%"

    def fill(self, frame: str) -> str:
        rng = self.rng
        person, role = rng.choice(self.people)
        repl: dict[str, Callable[[], str]] = {
            "city": lambda: self.city, "dept": lambda: rng.choice(self.depts), "firm": lambda: rng.choice(self.firms),
            "p": lambda: person, "role": lambda: role, "thing": lambda: rng.choice(self.things),
            "act": lambda: rng.choice(self.actions), "n": self.num, "pct": self.pct,
            "y": lambda: str(self.year), "m": lambda: str(rng.randint(1, 12)), "k": lambda: str(rng.randint(2, 60)),
            "cn": lambda: zh_small(rng.randint(2, 9)), "topic": lambda: self.topic,
            "town": lambda: rng.choice(CITIES) + rng.choice(("镇", "街道", "乡", "新区", "开发区")),
            "proj": lambda: self.project, "sur": lambda: rng.choice(SURNAMES), "tag": lambda: self.tag,
        }  # fmt: skip
        frame = re.sub(r"\[([^\]]*)\]", lambda m: rng.choice(m.group(1).split("|")), frame)
        return re.sub(r"\{(\w+)\}", lambda m: repl[m.group(1)](), frame)


CLAUSES = (
    "{dept}累计完成{thing}[相关投资|固定资产投资|建设投入]{n}亿元，[同比增长|比上年增长|同比提高]{pct}",
    "全市已有{k}个{thing}项目{act}，[带动|新增|吸纳]就业岗位{n}个",
    "{firm}在{town}[建设|投资建设|承建]的{thing}项目[预计|计划|有望]于{y}年底{act}",
    "{p}在接受[采访|记者采访|本报记者采访]时[介绍|表示|透露]，{proj}已纳入{city}今年[十件|十大|重点]民生实事",
    "今年前{cn}个月，{city}{thing}规模[达到|突破|超过]{n}万，较去年同期[提高|增加|上升]{pct}",
    "针对[群众|市民|居民]反映较多的{thing}问题，{dept}[出台了|制定了|推出]{k}条具体措施",
    "在{town}，记者看到{thing}[现场机器轰鸣|施工现场一片繁忙|工地上塔吊林立]，工人们正在[抓紧施工|加紧作业|挑灯夜战]",
    "[该项目|这一工程|{proj}]总投资{n}亿元，分{cn}期实施，其中一期工程已经{act}",
    "{dept}联合{firm}建立了{thing}[长效机制|联动机制|协作机制]，每[季度|月|半年]开展一次评估",
    "{city}计划到{y}年实现{thing}全覆盖，服务[人口|群众|常住人口]超过{n}万人",
    "[第三方机构|{dept}委托的调查机构|一项问卷调查]的抽样[调查|结果]显示，居民对{thing}的满意度为{pct}",
    "作为[试点地区|首批试点|先行区]，{town}率先探索{thing}新模式，[形成了可复制的经验|走出了一条新路子]",
    "{firm}相关负责人[表示|介绍]，公司将把{thing}作为今后{cn}年的[发展重点|主攻方向]",
    "{city}将{thing}与[数字化手段|大数据平台|“一网通办”]结合，群众办事平均用时缩短{pct}",
    "{m}月{k}日，{city}召开{proj}推进会，对下一阶段[任务|工作]作出部署",
    "围绕{thing}，{dept}安排专项资金{n}万元，重点支持{k}个[薄弱环节|重点村|重点项目]",
    "不少市民在社交平台上[分享了|晒出了]{thing}带来的变化，相关话题阅读量超过{n}万次",
    "据统计，{town}去年{thing}相关收入{n}万元，[人均增收|户均增收]{n}元",
    "[专家|{city}大学教授|研究员]{p}认为，{thing}的关键在于[人才和资金|机制创新|久久为功]，不能一哄而上",
    "{dept}还将组建{k}支专业队伍，对{thing}进行[常态化巡查|定期检查|全过程监管]",
    "目前，{proj}的前期手续已[基本办结|全部完成]，施工单位已[进场|陆续进场]",
    "从{y}年起，{city}每年[拿出|安排]{n}亿元用于{thing}，连续实施{cn}年",
    "当地一位姓{sur}的居民告诉记者，过去{thing}一直是[家门口的难题|一块心病]，如今终于有了改观",
    "{firm}引进的{k}条生产线全部{act}，年产值[可达|预计达到]{n}亿元",
    "为保障{proj}顺利推进，{city}成立了由{role}牵头的工作专班",
    "在{town}的展示中心，{thing}的[设计模型|效果图|沙盘]吸引了不少市民驻足观看",
    "上半年{city}{thing}完成率达到{pct}，[高于全省平均水平|居全省前列|创历史新高]",
    "这也是{city}第{cn}次在全省{thing}考核中获得[优秀等次|第一名|表彰]",
    "{dept}的数据显示，全市共排查{thing}隐患{n}处，已整改{pct}",
    "{p}说，接下来将重点解决{thing}中群众最关心的{k}个问题",
    "工作人员正在调试设备，{proj}有望在{m}月[下旬|中旬|底]{act}",
    "部分受访者也提出，{thing}的[收费标准|服务时间|后续管护]还需要进一步明确",
    "{sur}大爷在{town}住了{k}年，他指着[不远处|身后]的{thing}说，这在以前想都不敢想",
    "{proj}实施以来，已累计[惠及|服务]{n}户家庭，[办结|解决]各类诉求{n}件",
    "记者从{dept}获悉，{y}年{city}将新建、改扩建{thing}{k}处",
    "{firm}与{city}签署战略合作协议，双方将在{thing}等领域[开展合作|深化合作]",
    "{city}还[首创|推出]“{tag}”，把{thing}的问题解决在基层",
    "按照[规划|方案|时间表]，到{y}年，{thing}[覆盖率|达标率|普及率]将提升至{pct}",
    "截至{m}月底，{proj}已完成年度计划的{pct}，[进度|完成量]位居全省第{cn}",
    "{role}{p}坦言，{thing}推进中也遇到过[资金缺口|用地紧张|群众不理解]等困难",
    "[在此过程中|推进过程中]，{dept}坚持“{tag}”，先后召开座谈会{k}场，收集意见{n}条",
    "{town}的{thing}还引来周边[{k}个|不少]县市前来学习考察",
)
QUOTES = (
    "我们的目标是让每一位市民都能感受到{thing}带来的实实在在的变化",
    "{thing}不是一阵风，而是要久久为功，一年接着一年干",
    "接下来我们会把{thing}的每一个环节都做细做实，确保经得起检验",
    "群众满意不满意，是检验{thing}成效的唯一标准",
    "这几年{city}在{thing}上下了很大功夫，效果大家有目共睹",
    "我们欢迎社会各界监督{thing}的进展，有问题随时反映",
)
TITLES = (
    "{city}{thing}{act}",
    "{city}：{thing}交出亮眼成绩单",
    "{n}亿元！{city}加码{thing}",
    "{city}多措并举推进{thing}",
    "{thing}{act}，{city}市民有了新期待",
    "探访{town}：{thing}背后的故事",
    "{city}{thing}按下“快进键”",
    "{city}今年前{cn}个月{thing}同比增长{pct}",
)
AGENCIES = ("新华社", "中新社", "本报", "央广网", "人民网", "澎湃新闻", "本台")


class News:
    """One synthetic news story: a title, a dateline lead, body paragraphs."""

    def __init__(self, rng: random.Random, facts: Facts | None = None, n_paras: tuple[int, int] = (4, 13),
                 clauses: tuple[str, ...] | list[str] = CLAUSES) -> None:  # fmt: skip
        self.rng, self.f = rng, facts or Facts(rng)
        f = self.f
        self.titles = [f.fill(t) for t in rng.sample(TITLES, 3)]
        self.title = self.titles[0]
        frames = list(clauses)
        todo = rng.sample(frames, len(frames))
        self.paras: list[str] = [self.dateline() + self.sentence(todo.pop()) + self.sentence(todo.pop())]
        for _ in range(rng.randint(*n_paras)):
            n = rng.choice((1, 2, 2, 3))
            if len(todo) < n:
                todo = rng.sample(frames, len(frames))
            para = "".join(self.sentence(todo.pop()) for _ in range(n))
            if rng.random() < 0.2:
                person, role = rng.choice(f.people)
                para += f"“{f.fill(rng.choice(QUOTES))}。”{rng.choice(f.depts + f.firms)}{role}{person}说。"
            self.paras.append(para)

    def dateline(self) -> str:
        f, agency = self.f, self.rng.choice(AGENCIES)
        who = f"（记者 {f.person()}）" if self.rng.random() < 0.7 else ""
        if agency == "本报":
            return f"本报{f.city}{f.month}月{f.day}日电{who}"
        return f"{agency}{f.city}{f.month}月{f.day}日电{who}"

    def sentence(self, clause: str) -> str:
        opener = self.rng.choice(OPENERS) if self.rng.random() < 0.35 else ""
        return opener + self.f.fill(clause) + "。"

    def text(self, title: str | None = None) -> str:
        return "\n".join([title or self.title, *self.paras])


# ---------------------------------------------------------------- page chrome (per site, fixed for a seed)

NAV = "首页 国内 国际 财经 科技 体育 娱乐 汽车 房产 教育 健康 文旅 军事 视频 图片 专题 评论 地方".split()
SITE_NAMES = ("东岸网", "今日江南", "华夏资讯网", "云端新闻", "北辰在线", "南风传媒网", "百川新闻", "千岛快讯")
CSS_SELECTORS = (
    ".art_box",
    ".main-content p",
    "#top_nav li a",
    ".footer .links",
    ".hot-list li",
    ".share-bar span",
    "body,html",
    ".comment-item .user",
    ".pic_txt img",
    ".breadcrumb a:hover",
    ".side_ad",
    ".tit h1",
    ".page-wrap .left",
    "#js_related",
    ".btn-more",
    ".article-info .time",
    ".video-box",
    ".m-header .logo",
)
CSS_PROPS = (
    "margin:0 auto",
    "padding:{a}px {b}px",
    "font-size:{a}px",
    "line-height:{b}px",
    "color:#{h}",
    "background:#{h}",
    "border-bottom:1px solid #{h}",
    "width:{w}px",
    "height:{a}px",
    "overflow:hidden",
    "display:block",
    "float:left",
    "text-align:center",
    "position:relative",
    "z-index:{a}",
    'font-family:"Microsoft YaHei",Arial',
)
JS_LINES = (
    "var _hmt = _hmt || [];",
    "(function() {",
    '  var hm = document.createElement("script");',
    '  hm.src = "https://stat.{d}.com/hm.js?{h}{h}";',
    '  var s = document.getElementsByTagName("script")[0];',
    "  s.parentNode.insertBefore(hm, s);",
    "})();",
    'window.__CONF__ = {channel: "{c}", pageId: {w}{a}, ads: true};',
    "if (window.innerWidth < {w}) { document.body.className += ' mobile'; }",
    "$(function(){ $('.share-bar span').on('click', function(){ share($(this).data('t')); }); });",
    "try { loadComments('{c}', {a}); } catch (e) { console.log(e); }",
    'document.write(\'<div class="side_ad" id="ad{a}"></div>\');',
)


def stylesheet(rng: random.Random, size: int) -> str:
    """``size`` characters or so of CSS and script text, as a crawl's text dump leaves them."""
    lines: list[str] = []
    while sum(len(x) + 1 for x in lines) < size:
        if rng.random() < 0.7:
            props = ";".join(p for p in rng.sample(CSS_PROPS, rng.randint(2, 6)))
            lines.append(f"{rng.choice(CSS_SELECTORS)}{rng.randint(1, 99) if rng.random() < 0.4 else ''}{{{props}}}")
        else:
            lines.append(rng.choice(JS_LINES))
        lines[-1] = re.sub(r"\{(\w)\}", lambda m: _css_value(rng, m.group(1)), lines[-1])
    return "\n".join(lines)


def _css_value(rng: random.Random, k: str) -> str:
    if k == "h":
        return f"{rng.randint(0, 0xFFFFFF):06x}"
    if k == "w":
        return str(rng.choice((960, 1000, 1200, 640, 768, 320)))
    if k in "ab":
        return str(rng.randint(0, 40))
    return rng.choice(("news", "finance", "local", "tech", "sports", "d"))


class Site:
    """A portal's page chrome as a text dump: head (style, nav), info line, tail (script, lists, footer)."""

    def __init__(self, rng: random.Random, name: str, headlines: list[str]) -> None:
        self.rng, self.name = rng, name
        self.css = stylesheet(rng, rng.randint(800, 4000))
        self.js = stylesheet(random.Random(rng.random()), rng.randint(200, 900))
        self.nav = " | ".join(rng.sample(NAV, rng.randint(8, 14)))
        self.hot = rng.sample(headlines, 8)
        domain = "".join(rng.choice("abcdefghkmnprstwxyz") for _ in range(6))
        self.footer = [
            "关于我们 | 联系我们 | 广告服务 | 网站地图 | 招聘信息 | 法律声明 | 意见反馈",
            f"Copyright © 2003-2026 {name} www.{domain}.com All Rights Reserved.",
            f"{rng.choice('京沪粤浙苏湘鄂')}ICP证{rng.randint(10000, 99999)}号  "
            f"{rng.choice('京沪粤浙苏湘鄂')}公网安备 {rng.randint(10**13, 10**14 - 1)}号",
            f"违法和不良信息举报电话：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}  "
            f"举报邮箱：jubao@{domain}.com",
            f"本网站所刊载信息，不代表{name}观点。未经书面授权，不得转载、摘编或利用其它方式使用上述作品。",
        ]

    def page(self, title: str, body: str, rng: random.Random, comments: bool = True) -> str:
        channel = rng.choice(NAV[1:8])
        head = [f"{title}_{channel}_{self.name}"]
        if rng.random() < 0.7:
            head.append(self.css)
        head += [self.nav, f"当前位置：首页 > {channel} > 正文", title]
        if rng.random() < 0.5:
            head.append(title)
        t = stamp(rng, rng.randint(2024, 2026), rng.randint(1, 12))
        head += [
            f"{t}  来源：{rng.choice(AGENCIES)}  作者：{Facts(rng).person()}",
            "字号：大 中 小  分享到：微信 微博 QQ空间",
        ]
        tail = [self.js] if rng.random() < 0.6 else []
        tail += ["相关新闻", *self.hot[: rng.randint(4, 8)]]
        if comments and rng.random() < 0.7:
            tail.append(f"网友评论（{rng.randint(3, 400)}条）")
            for _ in range(rng.randint(2, 6)):
                tail.append(
                    f"{self.name[:2]}网友{rng.randint(1000, 99999)}：{_comment(rng)}  {rng.randint(1, 59)}分钟前  "
                    f"回复  赞({rng.randint(0, 300)})"
                )
        tail += self.footer
        return "\n".join([*head, body, *tail])


def stamp(rng: random.Random, year: int, month: int) -> str:
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _comment(rng: random.Random) -> str:
    return rng.choice(("支持！", "希望早日落地。", "我们这里什么时候也能这样？", "说得好听，看行动吧。", "点赞家乡",
                       "上次路过看到了，确实变化很大。", "关注中", "有没有具体的时间表？",
                       "好消息！", "转发了"))  # fmt: skip


# ---------------------------------------------------------------- edits of a copy


_SENT = re.compile(r"(?<=[。！？])")
_OPENCC: dict[str, object] = {}


def convert(text: str, cfg: str) -> str:
    if cfg not in _OPENCC:
        import opencc

        _OPENCC[cfg] = opencc.OpenCC(cfg)
    return str(_OPENCC[cfg].convert(text))  # type: ignore[attr-defined]


FULL_HALF = {
    "，": ", ",
    "。": ". ",
    "：": ": ",
    "；": "; ",
    "！": "! ",
    "？": "? ",
    "（": "(",
    "）": ")",
    "“": '"',
    "”": '"',
}


def width(text: str, digits: bool) -> str:
    """Full-width punctuation to half width; with ``digits``, ASCII digits to full width (a mix of both widths)."""
    out = "".join(FULL_HALF.get(c, c) for c in text).rstrip(" ")
    return "".join(chr(ord(c) + 0xFEE0) if digits and c.isascii() and c.isdigit() else c for c in out)


class Reposter:
    def __init__(self, rng: random.Random, sites: list[Site]) -> None:
        self.rng, self.sites = rng, sites

    # each edit takes (title, paragraphs) and gives them back
    def captions(self, title: str, paras: list[str], news: News) -> tuple[str, list[str]]:
        rng, out = self.rng, list(paras)
        for _ in range(rng.randint(1, 4)):
            thing = rng.choice(news.f.things)
            cap = rng.choice((f"图为{news.f.city}{thing}现场。", f"资料图：{thing}", f"▲{thing}效果图",
                              f"{news.f.city}{thing}（视觉中国）",
                              f"（图片来源：{rng.choice(AGENCIES)} 摄影：{news.f.person()}）"))  # fmt: skip
            out.insert(rng.randint(1, len(out)), cap)
        return title, out

    def editor_src(self, title: str, paras: list[str], news: News) -> tuple[str, list[str]]:
        rng, out = self.rng, list(paras)
        lines = [f"责任编辑：{news.f.person()}", f"来源：{rng.choice(AGENCIES)}", f"原标题：{rng.choice(news.titles)}",
                 f"本文来自{rng.choice(SITE_NAMES)}客户端，转载请注明出处。",
                 "声明：本文仅代表作者观点，不代表本站立场。",
                 f"编辑：{news.f.person()}  审核：{news.f.person()}"]  # fmt: skip
        pick = rng.sample(lines, rng.randint(1, 3))
        if rng.random() < 0.6:
            out += pick
        else:
            out = pick + out
        return title, out

    def headline(self, title: str, paras: list[str], news: News) -> tuple[str, list[str]]:
        others = [t for t in news.titles if t != title]
        new = self.rng.choice(others) if self.rng.random() < 0.5 else title.replace("，", "　").replace("：", "｜")
        if new == title:
            new = f"【{news.f.city}】{title}"
        return new, paras

    def width_trad(self, title: str, paras: list[str], news: News) -> tuple[str, list[str]]:
        rng, out = self.rng, list(paras)
        cfg = rng.choice(("s2t", "s2hk", "s2tw"))
        for i in range(len(out)):
            if rng.random() < 0.5:
                out[i] = convert(out[i], cfg)
            if rng.random() < 0.4:
                out[i] = width(out[i], digits=rng.random() < 0.3)
        if rng.random() < 0.5:
            title = convert(title, cfg)
        return title, out

    def split_merge(self, title: str, paras: list[str], news: News) -> tuple[str, list[str]]:
        rng, out = self.rng, []
        for p in paras:
            sents = [s for s in _SENT.split(p) if s]
            if rng.random() < 0.5 and len(sents) > 1:  # join two sentences
                i = rng.randrange(len(sents) - 1)
                sents[i : i + 2] = [sents[i][:-1] + "，" + sents[i + 1]]
            if rng.random() < 0.5:  # split one sentence at a comma
                i = rng.randrange(len(sents))
                parts = sents[i].split("，", 1)
                if len(parts) == 2 and len(parts[0]) > 6:
                    sents[i : i + 1] = [parts[0] + "。", parts[1]]
            if rng.random() < 0.3 and len(sents) > 1:  # split the paragraph
                cut = rng.randint(1, len(sents) - 1)
                out += ["".join(sents[:cut]), "".join(sents[cut:])]
            else:
                out.append("".join(sents))
        if len(out) > 3 and rng.random() < 0.4:  # merge two paragraphs
            i = rng.randint(1, len(out) - 2)
            out[i : i + 2] = [out[i] + out[i + 1]]
        return title, out

    def para_dup(self, title: str, paras: list[str], news: News) -> tuple[str, list[str]]:
        rng, out = self.rng, list(paras)
        for _ in range(rng.choice((1, 1, 2))):
            i = rng.randrange(len(out))
            out.insert(i + 1 if rng.random() < 0.6 else len(out), out[i])
        return title, out

    def teaser(self, title: str, paras: list[str], news: News) -> tuple[str, list[str]]:
        rng = self.rng
        total, keep = sum(map(len, paras)), rng.uniform(0.25, 0.6)
        out: list[str] = []
        for p in paras:
            if sum(map(len, out)) + len(p) <= keep * total:
                out.append(p)
                continue
            if rng.random() < 0.6:
                sents, part = [s for s in _SENT.split(p) if s], ""
                for s in sents:
                    if sum(map(len, out)) + len(part) + len(s) > keep * total:
                        break
                    part += s
                if part:
                    out.append(part)
            break
        out = out or paras[:1]
        out.append(rng.choice(("……阅读全文>>", "展开全文", "点击查看原文", "未完，点击阅读全文", "打开APP，阅读全文")))
        return title, out

    def raw_crawl(self, title: str, paras: list[str], news: News) -> str:
        body = "\n".join(paras) if self.rng.random() < 0.8 else "".join(paras)
        return self.rng.choice(self.sites).page(title, body, self.rng)


def copies(rng: random.Random, news: News, rep: Reposter) -> list[tuple[str, str]]:
    """(kinds, text) of 2-5 copies of one story."""
    made: list[tuple[list[str], str, list[str]]] = []  # kinds, title, paragraphs
    out: list[tuple[str, str]] = []
    text_edits = [k for k in KINDS if k != "raw_crawl"]
    for _ in range(rng.randint(2, 5)):
        kinds, title, paras = ([], news.title, news.paras) if not made or rng.random() < 0.75 else rng.choice(made)
        n = rng.choices((1, 2, 3), (50, 35, 15))[0]
        pick = rng.sample(KINDS, n)
        if "teaser" in kinds:
            pick = [k for k in pick if k not in ("teaser", "para_dup")] or ["headline"]
        new_kinds = list(kinds)
        for k in (k for k in text_edits if k in pick):
            title, paras = getattr(rep, k)(title, paras, news)
            new_kinds.append(k)
        if "raw_crawl" in pick or "raw_crawl" in kinds:
            text = rep.raw_crawl(title, paras, news)
            new_kinds.append("raw_crawl")
        else:
            text = "\n".join([title, *paras])
        new_kinds = sorted(set(new_kinds))
        made.append((new_kinds, title, paras))
        out.append(("+".join(new_kinds), text))
    return out


# ---------------------------------------------------------------- hard negatives


def series(rng: random.Random) -> list[str]:
    name = rng.choice(("走进乡村振兴一线", "高质量发展调研行", "基层治理新观察", "奋进新征程·看变化", "城市更新进行时"))
    note = (f"【编者按】{rng.choice(('为全面展示', '为深入反映', '为集中呈现'))}各地在{name.split('·')[-1]}中的新探索、"
            f"新成效，本报即日起推出“{name}”系列报道，记者深入{rng.randint(10, 40)}个市县的田间地头、"
            "工厂车间和社区街巷，记录奋斗者的身影，讲述发展中的故事，敬请关注。")  # fmt: skip
    out = []
    for _ in range(3):
        news = News(rng, n_paras=(4, 8))
        out.append("\n".join([f"{name}｜{news.title}", note, *news.paras]))
    return out


def agencies(rng: random.Random) -> list[str]:
    """One event, two writers: the same facts and official quote, one sentence of the press release in both (as
    both copied it), the rest in their own sentences (disjoint sentence frames)."""
    facts = Facts(rng)
    person, role = facts.people[0]
    quote = f"“{facts.fill(rng.choice(QUOTES))}。”{facts.depts[0]}{role}{person}说。"
    pool = rng.sample(CLAUSES, len(CLAUSES))
    release = facts.fill(pool.pop()) + "。"
    out = []
    for clauses in (pool[::2], pool[1::2]):
        news = News(rng, facts, n_paras=(3, 5), clauses=clauses)
        paras = list(news.paras)
        paras.insert(rng.randint(1, len(paras)), quote)
        paras[0] += release
        out.append("\n".join([news.title, *paras]))
    return out


SECTORS = ("半导体 白酒 光伏 锂电池 军工 银行 保险 券商 煤炭 有色金属 医药 传媒 游戏 汽车整车 家电 "
           "房地产 电力 稀土 机器人 算力 航运 黄金 化工 钢铁 旅游酒店").split()  # fmt: skip


def market(rng: random.Random) -> list[str]:
    stocks = [f"{rng.choice(FIRMS)}{rng.choice(('科技', '股份', '电子', '医药', '能源', '智造'))}" for _ in range(30)]
    out = []
    for _ in range(rng.randint(3, 4)):

        def pct() -> str:
            return f"{rng.uniform(0.01, 3.5):.2f}%"

        up = rng.random() < 0.5
        trend, move = ("集体收涨", "涨") if up else ("集体收跌", "跌")
        s = rng.sample(SECTORS, 6)
        st = rng.sample(stocks, 4)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        body = [
            f"A股收评：三大指数{trend} 沪指{move}{pct()}",
            f"{m}月{d}日，A股三大指数{trend}。截至收盘，沪指{move}{pct()}，报{rng.uniform(2800, 3600):.2f}点；深证成指"
            f"{move}{pct()}，报{rng.uniform(9000, 12000):.2f}点；"
            f"创业板指{move}{pct()}，报{rng.uniform(1800, 2500):.2f}点。",
            f"沪深两市全天成交额{rng.randint(6000, 15000)}亿元，"
            f"较上一个交易日{'放量' if rng.random() < 0.5 else '缩量'}{rng.randint(50, 1500)}亿元。"
            f"全市场超{rng.randint(1000, 4500)}只个股上涨，{rng.randint(20, 120)}只个股涨停。",
            f"盘面上，{s[0]}、{s[1]}、{s[2]}板块涨幅居前，{s[3]}、{s[4]}、{s[5]}板块跌幅居前。个股方面，{st[0]}、{st[1]}"
            f"涨停，{st[2]}{move}{pct()}，{st[3]}成交额居两市首位。",
            f"资金面上，北向资金全天净{'买入' if rng.random() < 0.5 else '卖出'}{rng.uniform(1, 120):.2f}亿元，"
            "主力资金净流入"
            f"{s[0]}板块{rng.uniform(1, 60):.2f}亿元。",
            f"对于后市，{rng.choice(FIRMS)}证券分析师{Facts(rng).person()}表示，"
            f"当前市场情绪有所{'回暖' if up else '降温'}，"
            "短期内指数仍将以震荡为主，建议投资者关注业绩确定性较高的板块，控制仓位，避免追涨杀跌。",
            "（本文不构成投资建议。股市有风险，投资需谨慎。）",
        ]
        out.append("\n".join(body))
    return out


def css_group(rng: random.Random) -> list[str]:
    sheet = stylesheet(rng, rng.randint(4000, 10000))
    out = []
    for _ in range(3):
        news = News(rng, n_paras=(1, 4))
        where = rng.random()
        out.append(f"{sheet}\n{news.text()}" if where < 0.6 else f"{news.text()}\n{sheet}")
    return out


REPLIES = (
    "楼主说的情况我们那边也有，{thing}确实是个大问题。",
    "顶一个，希望有关部门能看到。",
    "我去年也遇到过，后来找了{dept}才解决。",
    "说实话，{thing}这事不能只靠政府，大家也得配合。",
    "马克一下，等后续。",
    "有没有{city}本地的朋友说说现在怎么样了？",
    "楼上说得对，{thing}关键还是要落实到位。",
    "我觉得楼主有点想多了，{thing}这几年其实进步挺大的。",
    "同问，{thing}到底什么时候能{act}？",
    "前排围观，楼主加油！",
    "看了半天，还是不明白{thing}的收费怎么算。",
    "我家就在{town}，{thing}施工的时候确实吵，不过建好了是真方便。",
    "建议楼主打12345反映一下，一般{k}天内会有回复。",
)


def forum(rng: random.Random) -> list[str]:
    facts = Facts(rng)
    op = News(rng, facts, n_paras=(2, 3))
    first = "".join(op.paras[1:])
    user = f"{rng.choice(('老', '小', '阿'))}{rng.choice(SURNAMES)}{rng.randint(1, 999)}"
    out = []
    for page in range(3):
        lines = [f"{op.title}（有图）- {facts.city}论坛 - {rng.choice(('社会民生', '家长里短', '城市建设'))}",
                 f"第{page + 2}页", f"引用 {user} 的帖子：", first]  # fmt: skip
        replies: list[str] = []
        while sum(map(len, replies)) < 2.2 * len(first):
            f2 = Facts(rng, facts.topic)
            f2.city = facts.city
            text = "".join(f2.fill(rng.choice(REPLIES)) for _ in range(rng.randint(1, 3)))
            replies.append(f"{len(replies) + 2 + page * 20}# {rng.choice(SURNAMES)}{rng.randint(10, 9999)} 发表于 "
                           f"{stamp(rng, facts.year, facts.month)}\n{text}")  # fmt: skip
        out.append("\n".join(lines + replies))
    return out


def portal(rng: random.Random, site: Site) -> list[str]:
    out = []
    for _ in range(3):
        news = News(rng, n_paras=(0, 1))
        body = "\n".join(news.paras)
        while len(body) > 400:
            body = body[: body.rfind("。", 0, len(body) - 1) + 1] or body[:400]
        out.append(site.page(news.title, body, rng, comments=False))
    return out


# ---------------------------------------------------------------- the corpus


def build(data: Path | None, seed: str, stories: int = 260) -> list[Doc]:
    """The corpus for ``seed``, shuffled. ``data`` is not read (the texts are made here); it is taken so that this
    builder is called like the others."""
    del data
    rng = random.Random(f"{CORPUS}/{seed}")
    headlines = [News(rng, n_paras=(0, 0)).title for _ in range(120)]
    sites = [Site(rng, name, headlines) for name in SITE_NAMES]
    rep = Reposter(rng, sites)
    docs: list[Doc] = []

    def h(ident: str) -> str:
        return half(CORPUS, f"{seed}/{ident}")

    for s in range(stories):
        news, sid = News(rng), f"s{s}"
        docs.append(Doc(news.text(), sid, h(sid), "original"))
        docs += [Doc(text, sid, h(sid), kinds) for kinds, text in copies(rng, news, rep)]
    makers: list[tuple[str, int, Callable[[], list[str]]]] = [
        ("series", 12, lambda: series(rng)), ("agencies", 16, lambda: agencies(rng)),
        ("market", 8, lambda: market(rng)), ("css", 8, lambda: css_group(rng)), ("forum", 8, lambda: forum(rng)),
        ("portal", 10, lambda: portal(rng, rng.choice(sites))),
    ]  # fmt: skip
    for kind, count, make in makers:
        for g in range(count):
            gid = f"{kind}:{g}"
            docs += [Doc(text, f"neg:{gid}:{j}", h(gid), "neg", gid) for j, text in enumerate(make())]
    for g in range(16):  # glued2: two stories' originals (a pair that must stay apart) and their digest page
        gid = f"glued2:{g}"
        a, b = News(rng), News(rng)
        while not 0.67 <= sum(map(len, a.paras)) / sum(map(len, b.paras)) <= 1.5:
            b = News(rng)
        docs += [Doc(a.text(), f"{gid}:a", h(gid), "original", gid), Doc(b.text(), f"{gid}:b", h(gid), "original", gid)]
        docs += [Doc(t, f"{gid}:{x}", h(gid), c) for x, news in (("a", a), ("b", b))
                 for c, t in copies(rng, news, rep)[:1]]  # fmt: skip
        glued = "\n".join([a.text(), rng.choice(("", "下一篇", "——————", "更多新闻")), b.text()]).replace("\n\n", "\n")
        docs.append(Doc(glued, f"{gid}:ab", h(gid), "neg"))
    rng.shuffle(docs)
    return docs


def glued_report(docs: list[Doc], pred: list[str]) -> None:
    """Where the glued digest pages went, per half: alone, with one of their two stories, or bridging both."""
    where = {d.story: pred[i] for i, d in enumerate(docs) if d.group.startswith("glued2") and d.kind == "original"}
    for h in HALVES:
        counts = {"alone": 0, "joined one": 0, "bridged": 0}
        for i, d in enumerate(docs):
            if d.half != h or not d.story.endswith(":ab"):
                continue
            g = d.story[:-3]
            n = int(pred[i] == where[f"{g}:a"]) + int(pred[i] == where[f"{g}:b"])
            counts[("alone", "joined one", "bridged")[n]] += 1
        print(f"  {h:5s} glued2 pages: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="dedupgen33-dev1")
    ap.add_argument("--seeds", default="", help="more seeds, comma-separated (fresh seeds: scores only)")
    ap.add_argument("--misses", action="store_true", help="list the tune half's missed copies and wrong merges")
    ap.add_argument("--dump", default="", help="write the first seed's tune half as JSON lines (debugging)")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401

    for seed in [args.seed] + [s for s in args.seeds.split(",") if s]:
        docs = build(Path(args.data), seed)
        if args.dump and seed == args.seed:
            with open(args.dump, "w", encoding="utf-8") as fh:
                for i, d in enumerate(docs):
                    if d.half == HALVES[0]:
                        fh.write(json.dumps({"i": i, "story": d.story, "kind": d.kind, "group": d.group,
                                             "text": d.text}, ensure_ascii=False) + "\n")  # fmt: skip
        pred, cpu = run(docs)
        report(f"{CORPUS} seed {seed}", docs, pred, cpu)
        glued_report(docs, pred)
        if args.misses and seed == args.seed:
            misses(docs, pred)


if __name__ == "__main__":
    main()
