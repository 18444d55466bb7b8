"""A sixth near-duplicate corpus: Chinese news as aggregators and portals repost it (issue 13, dedup28).

Written before cleaner was run on it, apart from the edit code of ``dedup_corpus5`` (and of ``dedup_corpus4`` /
``bench_dedup.build``): own edits, own rates, own hard negatives. It borrows only the *sources* and the scoring:
``dedup_corpus5.gold_sources`` (Chinese gold texts of the extraction sets' tune halves, natural duplicates dropped),
``dedup_corpus5.Synth`` (news-shaped text from jieba's dictionary), and ``dedup_corpus4``'s ``Doc`` / ``run`` /
``report`` / ``misses`` (the same scores). Halves by story (``half("dedup6", story id)``).

Each story: its original and 3-5 copies, each made from the original (80 %) or from an earlier copy, with one edit
(35 %), two (45 %) or three (20 %); the text's own edits first, then what the page puts around it:

- ``cut_teaser`` / ``cut_plain``  the text cut at 20-80 % (a sentence end or anywhere) where the aggregator put its
  "阅读全文 / 点击查看全文 / 未完待续 / 打开APP" link; ``_teaser`` with the portal's teaser chrome around it (source and
  time line, 摘要 / 导读 label, the link on its own line, a "下载客户端" line);
- ``headlines``  5-20 related headlines appended (other stories' titles and first sentences, with dates / outlets /
  comment counts, one a line, under a 相关新闻-like heading or none);
- ``crumbs``     navigation / breadcrumb / source-and-time / 字号 lines prepended;
- ``del_spread`` 5-15 % of the words deleted *evenly over the text* (one per stretch of words, as a simplifier or a
  translation round trip does); ``simplify`` the same rate taken mostly from function words and adverbs (的 了 已经
  进行 ...), some four-character phrases shortened to two;
- ``subst``      words replaced by synonyms, and some words written in Traditional characters (OpenCC, word by word);
- ``numbers``    numbers rewritten (2026年 → 二〇二六年, 1,000 → 1000, 1000 → 一千 / 1,000, 5% → 百分之五,
  full-width digits);
- ``paras``      paragraphs merged or split at a sentence end;
- ``punct``      punctuation normalized (full-width ↔ half-width: ，→ ", " etc., quotes, brackets);
- ``editor``     an editor's line added (责任编辑 / 编者按 / 来源声明 / 校对), at the end or at the top.

Hard negatives (own sources, never a story's; inside one half; each text its own story):

- ``same_day``   two outlets' reports of one event on one day: a shared title pattern and dateline, one shared lead
  sentence (≤ 1/5 of each), otherwise disjoint sentences of one long text;
- ``follow_up``  a story and its follow-up: the follow-up opens with the story's lead paragraph (≤ 1/4 of itself)
  and goes on with a different text;
- ``weather`` / ``stocks``  3-4 reports of one template (weather for other cities/days, market closes of other
  days) differing in names and numbers.

    .venv/bin/python bench/dedup_corpus6.py [--seed dedup28-dev1] [--seeds a,b] [--misses] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedup_corpus4 import Doc, misses, report, run
from dedup_corpus4 import score as score  # (re-exported: the same scoring)
from dedup_corpus5 import Source, Synth, gold_sources
from halves import HALVES, half

CORPUS = "dedup6"
KINDS = ("cut_teaser", "cut_plain", "headlines", "crumbs", "del_spread", "simplify", "subst", "numbers", "paras",
         "punct", "editor")  # fmt: skip
TEXT_EDITS = ("del_spread", "simplify", "subst", "numbers", "paras", "punct")
PAGE_EDITS = ("cut", "headlines", "crumbs", "editor")
NEGATIVES = ("same_day", "follow_up", "weather", "stocks")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENT = re.compile(r"(?<=[。！？!?])”?")

OUTLETS = [
    "新华社",
    "中国新闻网",
    "人民网",
    "央视新闻客户端",
    "澎湃新闻",
    "界面新闻",
    "红星新闻",
    "潇湘晨报",
    "极目新闻",
    "上观新闻",
    "南方plus",
    "北京日报客户端",
    "九派新闻",
    "大众日报",
    "新京报",
    "扬子晚报",
    "钱江晚报",
]
EDITORS = ["李明", "王小红", "张建国", "刘静", "陈思远", "赵雪", "孙浩", "周晓光", "吴丹", "郑凯"]
CUT_LINKS = [
    "阅读全文",
    "点击查看全文",
    "未完待续",
    "（未完待续）",
    "展开全文",
    "打开APP阅读全文",
    "点击阅读全文>>",
    "……阅读全文",
    "查看原文",
    "余下全文",
    "全文共{n}字，点击阅读全文",
]
LIST_HEADS = [
    "相关新闻",
    "相关阅读",
    "推荐阅读",
    "热门推荐",
    "更多报道",
    "24小时热点",
    "大家都在看",
    "编辑推荐",
    "热点新闻",
    "猜你喜欢",
    "今日要闻",
    "排行榜",
]
SYN = [
    ("表示", "指出"),
    ("目前", "眼下"),
    ("已经", "已"),
    ("但是", "不过"),
    ("因为", "由于"),
    ("进行", "展开"),
    ("认为", "以为"),
    ("非常", "极其"),
    ("同时", "此外"),
    ("开始", "启动"),
    ("发现", "察觉"),
    ("立即", "马上"),
    ("这个", "此"),
    ("以及", "和"),
    ("所以", "因而"),
    ("今年", "本年"),
    ("公司", "企业"),
    ("透露", "表明"),
    ("增加", "提升"),
    ("问题", "状况"),
    ("希望", "期盼"),
    ("主要", "重点"),
    ("重要", "关键"),
    ("需要", "须要"),
    ("工作", "事务"),
    ("地方", "地区"),
    ("情况", "状况"),
    ("部门", "机构"),
    ("发展", "进展"),
    ("提高", "提升"),
    ("孩子", "小孩"),
    ("告诉", "告知"),
    ("应该", "应当"),
    ("其中", "当中"),
    ("通过", "经由"),
    ("可能", "或许"),
    ("成为", "变成"),
    ("完成", "做完"),
    ("负责人", "主管"),
    ("市民", "居民"),
    ("记者", "笔者"),
    ("最近", "近期"),
]
FUNCTION = {
    "的",
    "了",
    "着",
    "是",
    "在",
    "也",
    "都",
    "就",
    "将",
    "被",
    "把",
    "对",
    "等",
    "这",
    "那",
    "其",
    "并",
    "而",
    "且",
    "还",
    "又",
    "已",
    "已经",
    "正在",
    "目前",
    "进行",
    "一个",
    "一些",
    "非常",
    "十分",
    "相关",
    "有关",
    "个",
    "之",
    "与",
    "及",
    "以及",
    "从",
    "向",
    "为",
    "所",
    "要",
    "会",
    "能",
    "可以",
    "我们",
    "他们",
    "这些",
    "那些",
    "通过",
    "根据",
    "对于",
    "关于",
    "其中",
    "同时",
    "主要",
    "一定",
    "进一步",
    "不断",
    "积极",
    "充分",
}
HALF = {
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
    "、": ", ",
    "《": "<",
    "》": ">",
}
CITIES = [
    "北京",
    "上海",
    "广州",
    "深圳",
    "成都",
    "杭州",
    "武汉",
    "西安",
    "南京",
    "重庆",
    "天津",
    "长沙",
    "郑州",
    "沈阳",
    "青岛",
    "昆明",
    "合肥",
    "福州",
    "济南",
    "哈尔滨",
]
SKY = ["晴", "多云", "阴", "小雨", "中雨", "阵雨", "雷阵雨", "小雪", "晴转多云", "多云转阴", "阴转小雨", "雨夹雪"]
WIND = ["北风", "南风", "东北风", "西南风", "东风", "西北风", "偏南风", "偏北风"]
SECTORS = [
    "半导体",
    "白酒",
    "银行",
    "券商",
    "光伏",
    "军工",
    "医药",
    "煤炭",
    "汽车",
    "房地产",
    "传媒",
    "电力",
    "钢铁",
    "有色金属",
    "人工智能",
    "旅游酒店",
    "化工",
    "保险",
]
ZH_DIG = "〇一二三四五六七八九"


def _zh_small(n: int) -> str:
    """1-9999 in Chinese numerals (一千二百三十, 十五)."""
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        q, n = divmod(n, unit)
        if q:
            out += (
                ("零" if zero and out else "")
                + ("" if q == 1 and name == "十" and not out else "一二三四五六七八九"[q - 1])
                + name
            )
            zero = False
        elif out:
            zero = True
    return out or "零"


class Reposter:
    """What an aggregator, a portal or a rewriting tool does to a text."""

    def __init__(self, rng: random.Random, synth: Synth, headlines: list[str]) -> None:
        import opencc
        import rjieba

        self.rng = rng
        self.synth = synth
        self.cut = rjieba.cut
        self.trad = opencc.OpenCC("s2t")
        self.headlines = headlines

    def when(self) -> str:
        r = self.rng
        y, m, d = r.randint(2015, 2026), r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{y}-{m:02d}-{d:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{y}年{m}月{d}日",
                         f"{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{r.randint(1, 23)}小时前",
                         f"{m}月{d}日 {r.randint(7, 22)}:{r.randint(10, 59)}"])  # fmt: skip

    # -- the text's own edits

    def _spread(self, toks: list[str], idx: list[int], rate: float) -> set[int]:
        """One deleted token per stretch of ``1/rate`` candidates, anywhere in the stretch: spread, not clustered."""
        if not idx:
            return set()
        step = 1 / rate
        out, at = set(), self.rng.uniform(0, step)
        while at < len(idx):
            out.add(idx[int(at)])
            at += step * self.rng.uniform(0.6, 1.4)
        return out

    def del_spread(self, t: str) -> str:
        toks = list(self.cut(t))
        idx = [i for i, w in enumerate(toks) if _CJK.search(w) or w.isalnum()]
        gone = self._spread(toks, idx, self.rng.uniform(0.05, 0.15))
        return "".join(w for i, w in enumerate(toks) if i not in gone)

    def simplify(self, t: str) -> str:
        r = self.rng
        toks = list(self.cut(t))
        words = [i for i, w in enumerate(toks) if _CJK.search(w)]
        func = [i for i in words if toks[i] in FUNCTION]
        want = int(r.uniform(0.05, 0.15) * len(words))
        gone = self._spread(toks, func, min(0.9, want / max(1, len(func))))
        if len(gone) < want:
            rest = [i for i in words if i not in gone]
            gone |= self._spread(toks, rest, (want - len(gone)) / max(1, len(rest)))
        for i, w in enumerate(toks):  # (some four-character phrases shortened to two)
            if i not in gone and len(w) == 4 and _CJK.fullmatch(w[0]) and r.random() < 0.15:
                toks[i] = w[:2] if r.random() < 0.5 else w[0] + w[2]
        return "".join(w for i, w in enumerate(toks) if i not in gone)

    def subst(self, t: str) -> str:
        r = self.rng
        table = dict(SYN) | {b: a for a, b in SYN}
        rate, trad = r.uniform(0.3, 0.8), r.uniform(0.0, 0.25) if r.random() < 0.6 else 0.0
        out = []
        for w in self.cut(t):
            if w in table and r.random() < rate:
                w = table[w]
            elif trad and _CJK.search(w) and r.random() < trad:
                w = self.trad.convert(w)
            out.append(w)
        return "".join(out)

    def numbers(self, t: str) -> str:
        r = self.rng

        def year(m: re.Match[str]) -> str:
            return "".join(ZH_DIG[int(c)] for c in m.group(1)) + "年" if r.random() < 0.7 else m.group(0)

        def grouped(m: re.Match[str]) -> str:
            return m.group(0).replace(",", "")

        def plain(m: re.Match[str]) -> str:
            s, n = m.group(0), int(m.group(0))
            x = r.random()
            if x < 0.3 and 1 <= n <= 9999:
                return _zh_small(n)
            if x < 0.55 and n >= 1000:
                return f"{n:,}"
            if x < 0.7:
                return s.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
            return s

        def percent(m: re.Match[str]) -> str:
            v = m.group(1)
            return f"百分之{_zh_small(int(v))}" if v.isdigit() and 0 < int(v) < 100 and r.random() < 0.6 else m.group(0)

        t = re.sub(r"((?:19|20)\d\d)年", year, t)
        t = re.sub(r"\d{1,3}(?:,\d{3})+", grouped, t)
        t = re.sub(r"(\d+(?:\.\d+)?)[%％]", percent, t)
        return re.sub(r"(?<![\d.,])\d+(?![\d.,%％])", plain, t)

    def paras(self, t: str) -> str:
        r = self.rng
        lines = t.split("\n")
        head, body = lines[:1], lines[1:]
        for _ in range(r.randint(1, 3)):
            if len(body) >= 2 and r.random() < 0.5:
                i = r.randrange(len(body) - 1)
                body[i : i + 2] = [body[i] + body[i + 1]]
            elif body:
                i = max(range(len(body)), key=lambda k: len(body[k]))
                parts = [p for p in _SENT.split(body[i]) if p]
                if len(parts) >= 2:
                    k = r.randint(1, len(parts) - 1)
                    body[i : i + 1] = ["".join(parts[:k]), "".join(parts[k:])]
        return "\n".join(head + body)

    def punct(self, t: str) -> str:
        if self.rng.random() < 0.7:  # (full-width to half-width, as a normalizer does)
            t = "".join(HALF.get(c, c) for c in t)
            return re.sub(r" +\n", "\n", t).rstrip()
        return t.translate(
            {ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
        ).replace(",", "，")

    # -- what the page adds

    def cut_at(self, t: str, teaser: bool) -> str:
        r = self.rng
        title, _, body = t.partition("\n")
        keep = int(len(body) * r.uniform(0.2, 0.8))
        if r.random() < 0.5:
            ends = [m.end() for m in _SENT.finditer(body) if m.end() >= 30]
            keep = min(ends, key=lambda e: abs(e - keep)) if ends else keep
        link = r.choice(CUT_LINKS).format(n=len(body))
        piece = body[:keep].rstrip()
        glue = r.choice(["", "…", "...", "\n", " "])
        if not teaser:
            return f"{title}\n{piece}{glue}{link}" if r.random() < 0.5 else f"{title}\n{piece}\n{link}"
        src = r.choice(OUTLETS)
        top = r.choice([f"来源：{src} {self.when()}", f"{src} · {self.when()}", f"{self.when()} | {src}",
                        f"{src}\n{self.when()} 阅读 {r.randint(100, 99999)}"])  # fmt: skip
        label = r.choice(["", "", "摘要：", "【导读】", "核心提示："])
        extras = ["下载客户端，看更多精彩内容", "打开APP，查看更多高清图片", f"评论({r.randint(0, 999)})",
                  "分享到：微信 微博 QQ空间", "举报"]  # fmt: skip
        tail = [link, *r.sample(extras, r.randint(0, 2))]
        return "\n".join([title, top, label + piece + glue, *tail])

    def headlines_block(self, t: str, own: str) -> str:
        r = self.rng
        heads = [h for h in r.sample(self.headlines, min(len(self.headlines), 25)) if h not in own][: r.randint(5, 20)]
        form = r.randrange(5)
        lines = []
        for i, h in enumerate(heads):
            src, at = r.choice(OUTLETS), self.when()
            lines.append([f"· {h}  {at}", f"{h}（{src} {at}）", f"{i + 1}. {h}", f"[{src}] {h}",
                          f"{h}\n{src} {r.randint(1, 9999)}评 {at}"][form])  # fmt: skip
        if r.random() < 0.8:
            lines.insert(0, r.choice(LIST_HEADS) + r.choice(["", "：", " >>"]))
        return t + "\n" + "\n".join(lines)

    def crumbs(self, t: str) -> str:
        r = self.rng
        sec = r.choice(["国内", "国际", "社会", "财经", "科技", "体育", "文化", "教育", "健康", "本地"])
        site = r.choice(["今日头条", "网易", "搜狐", "新浪", "腾讯网", "凤凰网", "一点资讯", "百家号", "东方网"])
        opts = [f"首页 > {sec} > 正文", f"当前位置：{site}首页 » {sec}频道 » 滚动新闻", f"{site} > {sec} > 要闻",
                " | ".join(r.sample("首页 新闻 国内 国际 财经 体育 娱乐 科技 汽车 房产 视频".split(), 8)),
                f"{self.when()}  来源：{r.choice(OUTLETS)}  作者：{r.choice(EDITORS)}", "字号：大 中 小  打印  关闭",
                f"{sec}频道 | {self.when()}"]  # fmt: skip
        lines = r.sample(opts, r.randint(1, 3))
        return "\n".join(lines) + "\n" + t

    def editor(self, t: str) -> str:
        r = self.rng
        ed, src = r.choice(EDITORS), r.choice(OUTLETS)
        end = [f"（责任编辑：{ed}）", f"责任编辑：{ed} 校对：{r.choice(EDITORS)}", f"本文来源：{src}，转载请注明出处。",
               f"【来源：{src}】声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除，谢谢。",
               f"编辑：{ed}  审核：{r.choice(EDITORS)}"]  # fmt: skip
        top = [f"编者按：{self.synth.sentence()}", f"（{src}记者 {ed}）", f"【{src}讯】"]
        if r.random() < 0.7:
            return t + "\n" + r.choice(end)
        title, _, body = t.partition("\n")
        return f"{title}\n{r.choice(top)}\n{body}"

    def apply(self, edit: str, t: str, original: str) -> tuple[str, str]:
        if edit == "cut":
            teaser = self.rng.random() < 0.5
            return self.cut_at(t, teaser), "cut_teaser" if teaser else "cut_plain"
        if edit == "headlines":
            return self.headlines_block(t, original), edit
        fn = {"del_spread": self.del_spread, "simplify": self.simplify, "subst": self.subst, "numbers": self.numbers,
              "paras": self.paras, "punct": self.punct, "crumbs": self.crumbs, "editor": self.editor}[edit]  # fmt: skip
        return fn(t), edit


# ---------------------------------------------------------------- hard negatives


def _sentences(body: str) -> list[str]:
    return [s for s in _SENT.split(body.replace("\n", "")) if s.strip()]


def weather(rng: random.Random, n: int) -> list[str]:
    m, d = rng.randint(1, 12), rng.randint(1, 26)
    tip = rng.choice(["请市民出行注意携带雨具，注意交通安全。", "早晚温差较大，请注意适时增减衣物，谨防感冒。",
                      "气象部门提醒，请关注最新天气预报预警信息。"])  # fmt: skip
    out = []
    for city in rng.sample(CITIES, n):
        day = d + rng.randint(0, 2)
        hi = rng.randint(-5, 36)
        lo = hi - rng.randint(4, 12)
        out.append(
            f"{city}天气预报：{m}月{day}日{rng.choice(SKY)}，最高气温{hi}℃\n"
            f"{city}市气象台{m}月{day}日{rng.randint(5, 17)}时发布天气预报："
            f"今天白天{rng.choice(SKY)}，{rng.choice(WIND)}"
            f"{rng.randint(1, 3)}到{rng.randint(3, 5)}级，最高气温{hi}℃；今天夜间{rng.choice(SKY)}，{rng.choice(WIND)}"
            f"{rng.randint(1, 3)}级左右，最低气温{lo}℃。明天白天{rng.choice(SKY)}，气温{lo + rng.randint(-3, 3)}℃到"
            f"{hi + rng.randint(-3, 3)}℃。\n"
            f"空气质量方面，预计今天{city}空气质量为{rng.choice(['优', '良', '轻度污染'])}，"
            f"空气质量指数{rng.randint(20, 160)}，"
            f"首要污染物为{rng.choice(['PM2.5', 'PM10', '臭氧'])}。相对湿度{rng.randint(20, 95)}%，紫外线强度"
            f"{rng.choice(['弱', '中等', '强'])}。\n未来三天，{city}以{rng.choice(SKY)}天气为主，"
            f"气温在{lo - 2}℃至{hi + 2}℃之间。"
            f"{tip}"
        )  # fmt: skip
    return out


def stocks(rng: random.Random, n: int) -> list[str]:
    out = []
    m = rng.randint(1, 12)
    for d in rng.sample(range(1, 29), n):
        up = rng.random() < 0.5
        s = rng.sample(SECTORS, 6)
        sh, sz = rng.uniform(2800, 3600), rng.uniform(8500, 11500)
        out.append(
            f"{m}月{d}日A股收评：沪指{'涨' if up else '跌'}{rng.uniform(0.1, 2.5):.2f}%，"
            f"{s[0]}板块{'领涨' if up else '领跌'}\n"
            f"{m}月{d}日，A股三大指数集体{'收涨' if up else '收跌'}。截至收盘，沪指报{sh:.2f}点，{'涨' if up else '跌'}"
            f"{rng.uniform(0.1, 2.5):.2f}%；深证成指报{sz:.2f}点，"
            f"{'涨' if up else '跌'}{rng.uniform(0.1, 3):.2f}%；创业板指报"
            f"{rng.uniform(1700, 2400):.2f}点，{'涨' if up else '跌'}{rng.uniform(0.1, 3.5):.2f}%。\n"
            f"两市全天成交额{rng.randint(6000, 12000)}亿元，较上一交易日{'放量' if rng.random() < 0.5 else '缩量'}"
            f"{rng.randint(50, 1500)}亿元。北向资金全天净{'买入' if up else '卖出'}{rng.uniform(1, 90):.2f}亿元。\n"
            f"盘面上，{s[0]}、{s[1]}、{s[2]}等板块涨幅居前，{s[3]}、{s[4]}、{s[5]}等板块跌幅居前。个股方面，"
            f"{rng.randint(500, 4500)}只个股上涨，{rng.randint(500, 4500)}只个股下跌，"
            f"{rng.randint(10, 120)}只个股涨停。\n"
            f"分析人士认为，市场短期仍以震荡为主，投资者宜控制仓位，关注业绩确定性较强的板块。（本文不构成投资建议）"
        )  # fmt: skip
    return out


def negatives(rng: random.Random, pool: list[Source], synth: Synth, h: str) -> list[Doc]:
    out: list[Doc] = []
    it = iter(pool)
    for k in range(10**6):
        kind = NEGATIVES[k % len(NEGATIVES)]
        group = f"{kind}:{h}{k}"
        if kind in ("weather", "stocks"):
            n = rng.randint(3, 4)
            for i, t in enumerate((weather if kind == "weather" else stocks)(rng, n)):
                out.append(Doc(t, f"{kind}/{h}/{k}/{i}", h, "neg", group))
            continue
        s = next(it, None)
        if s is None:
            return out
        title, _, body = s.text.partition("\n")
        if kind == "same_day":
            sents = _sentences(body)
            if len(sents) < 10:
                continue
            lead, rest = sents[0], sents[1:]
            a, b = rest[0::2], rest[1::2]  # (alternate sentences: one event, disjoint text)
            if min(len("".join(a)), len("".join(b))) < 4 * len(lead):
                continue
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            o1, o2 = rng.sample(OUTLETS, 2)
            out.append(Doc(f"{title}\n（{o1}{m}月{d}日电）{lead}{''.join(a)}", f"{s.sid}#A", h, "neg", group))
            out.append(Doc(f"{o2}｜{title}\n{o2}{m}月{d}日消息，{lead}{''.join(b)}", f"{s.sid}#B", h, "neg", group))
        else:
            paras = body.split("\n")
            lead = paras[0] if len(paras[0]) >= 40 else "".join(_sentences(body)[:2])
            other = next(it, None)
            if other is None:
                return out
            more = other.text.partition("\n")[2]
            if len(more) < 3 * len(lead):
                more += "\n" + synth.story((4, 8)).partition("\n")[2]
            out.append(Doc(s.text, s.sid, h, "neg", group))
            out.append(Doc(f"后续｜{title}\n{lead}\n记者{rng.choice(['今日', '随后', '再次'])}从有关方面获悉，{more}",
                           f"{s.sid}#follow", h, "neg", group))  # fmt: skip
    return out


# ---------------------------------------------------------------- the corpus


def headline_pool(sources: list[Source]) -> list[str]:
    """Headline-like lines: titles of the sources and their first sentences cut to a headline's length."""
    out = []
    for s in sources:
        title, _, body = s.text.partition("\n")
        if 6 <= len(title) <= 40:
            out.append(title)
        first = next(iter(_sentences(body)), "")
        if len(first) >= 10 and len(_CJK.findall(first[:30])) >= 0.6 * len(first[:30]):
            out.append(first[:30].rstrip("，。、；"))
    return out


def copies(rng: random.Random, rp: Reposter, s: Source, h: str) -> list[Doc]:
    out = [Doc(s.text, s.sid, h, "original")]
    made: list[tuple[str, list[str]]] = [(s.text, [])]
    for _ in range(rng.randint(3, 5)):
        parent, kinds = made[0] if len(made) == 1 or rng.random() < 0.8 else rng.choice(made[1:])
        n = rng.choices((1, 2, 3), (35, 45, 20))[0]
        picks = rng.sample(TEXT_EDITS + PAGE_EDITS, n)
        picks.sort(key=lambda e: (e in PAGE_EDITS, PAGE_EDITS.index(e) if e in PAGE_EDITS else 0))
        t, ks = parent, list(kinds)
        for e in picks:
            t, k = rp.apply(e, t, s.text)
            if k not in ks:
                ks.append(k)
        made.append((t, ks))
        out.append(Doc(t, s.sid, h, "+".join(ks)))
    return out


def build(data: Path, seed: str | int) -> list[Doc]:
    rng = random.Random(f"dedup6:{seed}")
    gold = [s for s in gold_sources(data) if s.zh]
    synth = Synth(rng)
    sources = gold + [Source(f"synth6/{seed}/{i}", synth.story(), True) for i in range(3 * len(gold) // 5)]
    rp = Reposter(rng, synth, headline_pool(sources) + [synth.title() for _ in range(100)])
    by_half: dict[str, list[Source]] = {x: [] for x in HALVES}
    for s in sources:
        by_half[half(CORPUS, s.sid)].append(s)
    docs: list[Doc] = []
    for h, pool in by_half.items():
        rng.shuffle(pool)
        n_neg = int(0.3 * len(pool))
        for s in pool[n_neg:]:
            docs += copies(rng, rp, s, h)
        docs += negatives(rng, pool[:n_neg], synth, h)
    rng.shuffle(docs)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="dedup28-dev1")
    ap.add_argument("--seeds", default="", help="more seeds, comma-separated (fresh seeds: scores only)")
    ap.add_argument("--misses", action="store_true", help="list the tune half's missed copies and wrong merges")
    ap.add_argument("--dump", default="", help="write the first seed's corpus as JSON lines (debugging)")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401

    for seed in [args.seed] + [s for s in args.seeds.split(",") if s]:
        docs = build(Path(args.data), seed)
        if args.dump and seed == args.seed:
            with open(args.dump, "w", encoding="utf-8") as fh:
                for i, d in enumerate(docs):
                    fh.write(json.dumps({"i": i, "story": d.story, "half": d.half, "kind": d.kind, "group": d.group,
                                         "text": d.text}, ensure_ascii=False) + "\n")  # fmt: skip
        pred, cpu = run(docs)
        report(f"{CORPUS} seed {seed}", docs, pred, cpu)
        if args.misses and seed == args.seed:
            misses(docs, pred)


if __name__ == "__main__":
    main()
