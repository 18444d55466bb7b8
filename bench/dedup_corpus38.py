"""A tenth near-duplicate corpus: Chinese news as WeChat accounts, forums, HK sites, print scans and rewriters repost it
(issue #13, dedupgen38).

Written before reading ``cleaner/dedup`` and before running cleaner on it; of the other dedup generators only their
docstrings, ``KINDS`` / ``NEGATIVES`` and ``dedup_corpus4``'s scoring interface (``Doc`` / ``score`` / ``run`` /
``report`` / ``misses``) were read. Its edits, rates, chrome lines and hard negatives are its own, chosen to be what
none of the others makes.

Source texts: the gold texts of daniel_zh, cwced_zh and cleaneval_zh in ``--data`` (read at run time, never copied;
magichtml_zh's too, for hard negatives and glued pages only), natural duplicates among them dropped (character 8-grams, ≥ 0.15 of the smaller text shared), each cut to its
paragraphs up to ≈ 2,600 characters. Halves by story, this corpus's own split: ``half("dedup38", "SET/page")``, so a
gold text is a tune or a check story whatever the seed (hard negatives made from pool texts: by their group id,
``half("dedup38", "SEED/group")``, and they draw their pool texts from that half only).

Each story: its original and 2-4 copies, made from the original (75 %) or an earlier copy (kinds add up), with one edit
(55 %), two (35 %) or three:

- ``xigao``     洗稿: 8-25 % of the words a table knows swapped for a synonym (表示→称, 目前→眼下, 进行→开展 ...), the
  clauses of 20-40 % of the sentences reordered (two comma clauses swapped), a sentence's lead-in dropped. Decided:
  *the same story* (the same facts in the same order, the rewriter's aim is to pass as another text);
- ``wechat``    a WeChat 公众号 repost: 点击上方蓝字关注 / 头图 / 原创 badge with account and date lines at the head,
  emoji in the lead and section marks, 往期推荐 list, 原创声明 or 来源 line, 阅读原文 / 在看 / 点赞 / 分享 lines,
  长按识别二维码 at the tail;
- ``forum``     a forum repost: 转自 / 原帖 line, 楼主 header with user, post time and 只看该作者, the story, then 1-2
  replies (楼层, user, time, a comment of 8-60 characters, 回复 / 举报 lines);
- ``hk_trad``   Traditional characters with Hong Kong vocabulary (OpenCC s2hk plus a word table: 信息→資訊, 出租车→的士,
  视频→影片 ...) and 全形/半形 changes (digits and Latin letters to full width, or full-width punctuation to half);
- ``ocr``       a print page scanned and OCR'd: lines broken every 16-34 characters (mid-word), page header and folio
  lines (``人民日报 2026年3月5日 第4版``, ``— 12 —``), 0/O, 1/l, 己/已/巳, 日/曰, 末/未, 人/入 confusions at 1-3 %,
  a few spaces inserted and 。 read as ，;
- ``glued``     a crawler glued two pages into one text: the story and the whole (or most) of another, unrelated text
  (25-45 % of the page) after it or (30 %) before it, with a 下一篇 / 上一篇 line or a raw page-title line between.
  Decided: the page is the copy of its larger story (the gold part is ≥ 55 % of the text);
- ``partial``   a contiguous range of 45-75 % of the paragraphs, starting anywhere (not only at the top), with a
  （节选） mark and a 来源 line.

Hard negatives (each text its own story; pool texts no story uses, drawn from the group's half):

- ``template``  3 excerpts (200-600 characters) of different stories, each in one portal's full page template (a
  navigation bar, 热点排行 of 10 headlines, 相关阅读, a long footer with ICP and copyright lines);
- ``novel``     3-4 consecutive chapters of one serialized novel (consecutive 900-1,400-character parts of pool texts
  read one after another; fixed after the first run, whose chapters were cut from one text into parts as short as
  160 characters, less than their chrome), each with the novel's title / chapter / author / 更新时间 / 字数 head, 上一章 | 目录 | 下一章 lines, a
  前情提要 of the previous chapter's last two sentences and the site's 求月票 / 手机阅读 footer;
- ``stock``     3-4 daily A-share close reports of one template (index levels, changes, turnover, sectors, 北向资金);
- ``weather``   3-4 daily weather reports of one city and one template (temperatures, wind, rain, air quality, tips);
- ``reissue``   2-3 editions of one annual press release (a forum or expo notice): the same text with another year,
  edition number, dates, venue, figures and one paragraph of its own. Decided: different stories (different events).

Scores (``dedup_corpus4.score``): pairwise precision / recall / F1 per half, recall by kind and by number of edits,
hard-negative pairs merged by group kind. ``--baseline`` adds ``bench_dedup``'s datasketch + jieba and rensa + rjieba.

    .venv/bin/python bench/dedup_corpus38.py --data DIR [--seed dedupgen38-dev1] [--seeds a,b] [--misses] [--baseline]
"""

# ruff: noqa: E501  (long literal sentences: CJK characters count double)

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedup_corpus4 import Doc, misses, report, run
from dedup_corpus4 import score as score  # (re-exported: the same scoring)
from halves import HALVES, half

CORPUS = "dedup38"
KINDS = ("xigao", "wechat", "forum", "hk_trad", "ocr", "glued", "partial")
NEGATIVES = ("template", "novel", "stock", "weather", "reissue")
SETS = ("daniel_zh", "cwced_zh", "cleaneval_zh", "magichtml_zh")
POOL_ONLY = "magichtml_zh"
"""Its gold texts serve hard negatives and glued pages only (never a story)."""
PAGE_KINDS = ("wechat", "forum", "glued")
"""Kinds that put a page around the text: a copy takes at most one of them."""
MAX_CHARS = 2600

# ---------------------------------------------------------------- sources


def _grams(text: str, n: int = 8) -> set[str]:
    t = re.sub(r"\s+", "", text)
    return {t[i : i + n] for i in range(0, max(0, len(t) - n + 1))}


def _cut(text: str) -> str:
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    out: list[str] = []
    size = 0
    for p in paras:
        if size and size + len(p) > MAX_CHARS:
            break
        out.append(p)
        size += len(p)
    return "\n".join(out)


@cache
def sources(data: Path) -> tuple[tuple[str, str, str], ...]:
    """(key ``SET/page``, half, text) of every gold text kept, natural duplicates dropped (8-gram containment ≥
    0.15 of the smaller), each cut to its paragraphs up to :data:`MAX_CHARS`."""
    kept: list[tuple[str, str, str]] = []
    seen: dict[str, list[int]] = {}
    sizes: list[int] = []
    for s in SETS:
        for f in sorted((data / s / "gold").glob("*.txt")):
            text = _cut(f.read_text(encoding="utf-8", errors="replace"))
            if len(re.sub(r"\s", "", text)) < 200:
                continue
            g = _grams(text)
            hits: dict[int, int] = {}
            for x in g:
                for j in seen.get(x, ()):
                    hits[j] = hits.get(j, 0) + 1
            if any(c >= 0.15 * min(len(g), sizes[j]) for j, c in hits.items()):
                continue
            key = f"{s}/{f.stem}"
            for x in g:
                seen.setdefault(x, []).append(len(kept))
            sizes.append(len(g))
            kept.append((key, half(CORPUS, key), text))
    return tuple(kept)


def paras(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def sentences(p: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？!?]+[。！？!?”」]*", p) if s.strip()]


# ---------------------------------------------------------------- chrome and tables

SYNONYMS = {
    "表示": ["称", "指出", "介绍"], "目前": ["眼下", "当前", "现阶段"], "进行": ["开展", "展开"], "已经": ["已"],
    "开始": ["启动", "着手"], "增加": ["增长", "提高"], "减少": ["下降", "降低"], "重要": ["关键", "要紧"],
    "问题": ["难题", "情况"], "发现": ["察觉", "注意到"], "认为": ["觉得", "以为"], "因为": ["由于"],
    "所以": ["因此", "因而"], "但是": ["不过", "然而"], "非常": ["十分", "极其", "相当"], "一些": ["部分", "若干"],
    "记者": ["笔者"], "今年": ["本年度"], "去年": ["上一年"], "同时": ["与此同时"], "通过": ["经由", "借助"],
    "希望": ["期望", "盼望"], "需要": ["需", "有必要"], "可以": ["能够", "可"], "地方": ["地区", "当地"],
    "工作": ["事务"], "发展": ["推进"], "提供": ["给予"], "帮助": ["帮扶", "协助"], "活动": ["行动"],
    "主要": ["首要"], "情况": ["状况", "态势"], "影响": ["冲击"], "表明": ["显示", "说明"], "支持": ["扶持"],
    "经济": ["经济面"], "市场": ["行情"], "公司": ["企业"], "孩子": ["小孩", "娃"], "人们": ["大家", "民众"],
    "现在": ["如今", "当下"], "以后": ["之后", "往后"], "时候": ["时"], "继续": ["持续"], "其中": ["这当中"],
    "比如": ["例如", "譬如"], "告诉": ["透露给"], "政府": ["官方"], "有关": ["相关"], "要求": ["规定"],
    "据悉": ["据了解", "记者获悉"], "日前": ["近日", "前不久"], "大量": ["大批", "许多"], "方面": ["层面"],
}  # fmt: skip
HK_WORDS = {
    "信息": "資訊", "出租车": "的士", "视频": "影片", "软件": "軟件", "网络": "網絡", "公交车": "巴士",
    "打印": "列印", "质量": "質素", "自行车": "單車", "冰箱": "雪櫃", "空调": "冷氣", "手机": "手提電話",
    "鼠标": "滑鼠", "博客": "網誌", "幼儿园": "幼稚園", "地铁": "港鐵", "警察": "警員", "摩托车": "電單車",
    "项目": "項目", "服务": "服務", "互联网": "互聯網", "数据": "數據", "程序": "程式", "土豆": "薯仔",
    "外卖": "外賣", "垃圾": "垃圾", "知识产权": "知識產權", "新闻": "新聞", "屏幕": "螢幕", "营养": "營養",
}  # fmt: skip
WECHAT_HEAD = [
    "点击上方蓝字关注我们",
    "👆点击上方“{acct}”，设为星标",
    "关注{acct}，每天为你精选一篇好文",
    "↑ 点击蓝字 关注我们",
    "戳蓝字“{acct}”关注我们哦！",
    "头图 | 视觉中国",
    "头图来源：网络",
    "图片来源：摄图网",
]
WECHAT_TAIL = [
    "点击“阅读原文”了解更多",
    "阅读原文",
    "喜欢就点个“在看”吧👇",
    "点个在看，你最好看",
    "分享 | 点赞 | 在看",
    "觉得有用，记得点赞、在看、转发三连哦",
    "长按识别二维码，关注{acct}",
    "▼ 长按二维码关注我们 ▼",
    "本文为{acct}原创，未经授权禁止转载",
    "原创声明：本文系{acct}原创，转载请联系后台授权",
    "来源：{acct}综合整理",
    "本文来源于网络，版权归原作者所有，如有侵权请联系删除",
    "投稿邮箱：tougao@{dom}.com",
    "— END —",
    "END",
]
EMOJI = ["🔥", "👇", "📢", "✨", "💡", "👉", "❤️", "😂", "🌟", "📌", "⚠️", "🎉"]
ACCTS = ["城事早知道", "每日财经观察", "家长学堂", "身边事儿", "老王说新闻", "科技前沿眼", "健康生活圈", "江城在线",
         "读书笔记本", "热点速递"]  # fmt: skip
USERS = ["风中的蒲公英", "老张头", "kevin_2009", "天涯孤客", "小鱼儿爱吃鱼", "路人甲乙丙", "闲云野鹤88", "我是楼主",
         "深夜食堂", "bluesky", "一只大橘", "阿强"]  # fmt: skip
REPLIES = ["顶一个", "转走了，谢谢楼主分享", "说得好，支持！", "这事儿我们那也有，早该管管了", "mark一下，回头细看",
           "楼主辛苦，沙发", "不明觉厉", "感觉文章有点片面，不过还是值得一看", "看完心里很不是滋味",
           "有没有后续报道？求更新", "路过，看看", "赞同楼上的观点", "这个标题起得好"]  # fmt: skip
FORUMS = ["天涯社区 > 天涯杂谈", "凯迪社区 > 猫眼看人", "西祠胡同 > 南京人", "百度贴吧 > 新闻吧", "水木社区 > 新闻版",
          "本地论坛 > 城事杂谈"]  # fmt: skip
PORTALS = ["新民网", "东方资讯", "华夏时报网", "南方在线", "中原网", "北国网", "蜀都网"]
OCR_SWAPS = {"0": "O", "O": "0", "1": "l", "己": "已", "已": "己", "巳": "已", "日": "曰", "未": "末", "末": "未",
             "人": "入", "入": "人", "土": "士", "大": "太", "天": "夭", "干": "千", "王": "玉"}  # fmt: skip
PRINTS = ["人民日报", "光明日报", "经济日报", "南方日报", "新华每日电讯", "解放日报", "北京青年报"]


def stamp(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _fill(rng: random.Random, line: str) -> str:
    return line.format(acct=rng.choice(ACCTS), dom=rng.choice(["news", "daily", "city", "ob"]))


# ---------------------------------------------------------------- edits


def xigao(rng: random.Random, text: str) -> str:
    rate = rng.uniform(0.3, 0.9)
    words = sorted(SYNONYMS, key=len, reverse=True)
    pat = re.compile("|".join(map(re.escape, words)))
    text = pat.sub(lambda m: rng.choice(SYNONYMS[m.group()]) if rng.random() < rate else m.group(), text)
    swap = rng.uniform(0.2, 0.4)
    out = []
    for p in paras(text):
        ss = []
        for s in sentences(p):
            parts = s.split("，")
            if len(parts) >= 3 and rng.random() < swap:
                i = rng.randrange(len(parts) - 2)
                parts[i], parts[i + 1] = parts[i + 1], parts[i]
                s = "，".join(parts)
            elif len(parts) >= 2 and rng.random() < 0.08:
                s = "，".join(parts[1:])
            ss.append(s)
        out.append("".join(ss) or p)
    return "\n".join(out)


def wechat(rng: random.Random, text: str) -> str:
    ps = paras(text)
    acct = rng.choice(ACCTS)
    head = [_fill(rng, rng.choice(WECHAT_HEAD[:5]))]
    if rng.random() < 0.6:
        head.append(rng.choice(WECHAT_HEAD[5:]))
    head.append(f"{'原创 ' if rng.random() < 0.5 else ''}{rng.choice(USERS)} {acct} {stamp(rng)[:10]}")
    body = []
    for i, p in enumerate(ps):
        if i == 0 and rng.random() < 0.7:
            p = rng.choice(EMOJI) + p
        if i and rng.random() < 0.15:
            body.append(f"{rng.choice(['01', '02', '03', '▍', '■', '◆'])}{rng.choice(EMOJI)}")
        body.append(p)
    tail = [rng.choice(["— END —", "END", "- THE END -"]), "往期推荐"]
    tail += [f"▶ {rng.choice(ACCTS)}：{rng.choice(REPLIES)}" for _ in range(rng.randint(2, 4))]
    tail += [_fill(rng, x) for x in rng.sample(WECHAT_TAIL, rng.randint(3, 6))]
    return "\n".join(head + body + tail)


def forum(rng: random.Random, text: str) -> str:
    lines = [rng.choice(FORUMS), f"转自：{rng.choice(PORTALS)}" if rng.random() < 0.6 else "【转帖】原帖地址已失效"]
    lines += [f"楼主 {rng.choice(USERS)} 发表于 {stamp(rng)}", "只看该作者 | 倒序浏览 | 阅读模式"]
    lines += paras(text)
    lines += [f"本帖最后由 {rng.choice(USERS)} 于 {stamp(rng)} 编辑", "回复 | 举报 | 收藏"]
    for floor in range(2, 2 + rng.randint(1, 2)):
        lines += [f"{floor}楼 {rng.choice(USERS)} 发表于 {stamp(rng)}", rng.choice(REPLIES), "回复 举报"]
    return "\n".join(lines)


@cache
def _converter(config: str) -> Callable[[str], str]:
    import opencc

    conv: Callable[[str], str] = opencc.OpenCC(config).convert
    return conv


FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
HALF = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")", "“": '"', "”": '"'}


def hk_trad(rng: random.Random, text: str) -> str:
    pat = re.compile("|".join(map(re.escape, sorted(HK_WORDS, key=len, reverse=True))))
    text = _converter("s2hk")(pat.sub(lambda m: HK_WORDS[m.group()], text))
    if rng.random() < 0.5:
        text = re.sub(r"[0-9A-Za-z%]", lambda m: FULL[m.group()] if rng.random() < 0.9 else m.group(), text)
    else:
        text = "".join(HALF.get(c, c) for c in text)
    return text.replace("“", "「").replace("”", "」") if rng.random() < 0.7 else text


def ocr(rng: random.Random, text: str) -> str:
    rate = rng.uniform(0.01, 0.03)
    flat = "".join(
        OCR_SWAPS[c]
        if c in OCR_SWAPS and rng.random() < rate * 8
        else ("，" if c == "。" and rng.random() < 0.1 else c)
        for c in text.replace("\n", "\n\u3000\u3000")
    )
    width = rng.randint(16, 34)
    paper, page = rng.choice(PRINTS), rng.randint(2, 16)
    out: list[str] = [f"{paper} 2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 第{page}版"]
    line = ""
    for c in flat:
        if c == "\n":
            out.append(line)
            line = ""
            continue
        line += c
        if rng.random() < 0.004:
            line += " "
        if len(line) >= width:
            out.append(line)
            line = ""
            if rng.random() < 0.02:
                out += [f"— {page} —", f"{paper} 2026年 第{page + 1}版"]
                page += 1
    out += [line, f"— {page} —"]
    return "\n".join(x for x in out if x.strip())


def glued(rng: random.Random, text: str, other: str) -> str:
    share = rng.uniform(0.25, 0.45)
    want = int(len(text) * share / (1 - share))
    o = other[:want] if len(other) > want else other
    sep = rng.choice([f"下一篇：{paras(o)[0][:24]}", f"上一篇：{paras(o)[0][:20]}",
                      f"{paras(o)[0][:22]}_{rng.choice(PORTALS)}", ""])  # fmt: skip
    if rng.random() < 0.3:
        return "\n".join(x for x in (o, sep, text) if x)
    return "\n".join(x for x in (text, sep, o) if x)


def partial(rng: random.Random, text: str) -> str:
    ps = paras(text)
    if len(ps) < 3:
        ss = [s for p in ps for s in sentences(p)]
        ps = ["".join(ss[i : i + 2]) for i in range(0, len(ss), 2)] or ps
    n = max(2, round(len(ps) * rng.uniform(0.45, 0.75)))
    start = rng.randint(0, max(0, len(ps) - n))
    out = ps[start : start + n]
    if rng.random() < 0.5:
        out[0] = "（节选）" + out[0]
    return "\n".join([*out, f"来源：{rng.choice(PORTALS)}"])


# ---------------------------------------------------------------- stories


def copies(rng: random.Random, key: str, text: str, other: Callable[[], str]) -> list[tuple[str, str]]:
    """The original and 2-4 copies: (kind, text)."""
    out: list[tuple[str, str, tuple[str, ...]]] = [("original", text, ())]
    for _ in range(rng.randint(2, 4)):
        base = out[0] if rng.random() < 0.75 or len(out) == 1 else rng.choice(out[1:])
        n = 1 if rng.random() < 0.55 else 2 if rng.random() < 0.78 else 3
        have = set(base[2])
        pool = [k for k in KINDS if k not in have and not (k in PAGE_KINDS and have & set(PAGE_KINDS))]
        # text edits before page edits; ocr reads a page, so last of the text edits
        chosen: list[str] = []
        for k in rng.sample(pool, len(pool)):
            if len(chosen) == n:
                break
            if k in PAGE_KINDS and any(c in PAGE_KINDS for c in chosen):
                continue
            chosen.append(k)
        order = ("partial", "xigao", "hk_trad", "ocr", "glued", "wechat", "forum")
        chosen.sort(key=order.index)
        t = base[1]
        for k in chosen:
            t = glued(rng, t, other()) if k == "glued" else EDITS[k](rng, t)
        kinds = tuple(sorted(have | set(chosen), key=KINDS.index))
        out.append(("+".join(kinds), t, kinds))
    return [(k, t) for k, t, _ in out]


EDITS: dict[str, Callable[[random.Random, str], str]] = {
    "xigao": xigao, "wechat": wechat, "forum": forum, "hk_trad": hk_trad, "ocr": ocr, "partial": partial,
}  # fmt: skip


# ---------------------------------------------------------------- hard negatives

NAV = "首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技 | 汽车 | 房产 | 教育 | 旅游 | 视频 | 图片 | 论坛 | 博客"


def template(rng: random.Random, texts: list[str], pool_heads: list[str]) -> list[str]:
    site = rng.choice(PORTALS)
    heads = rng.sample(pool_heads, min(10, len(pool_heads)))
    top = [f"{site} - 新闻中心", NAV, f"您当前的位置：{site} > 新闻中心 > 社会新闻", "热点排行"]
    top += [f"{i + 1}. {h}" for i, h in enumerate(heads)]
    foot = ["相关阅读"] + [f"· {h}" for h in heads[:5]]
    foot += ["关于我们 | 广告服务 | 联系我们 | 招聘信息 | 网站地图 | 法律声明 | 网上有害信息举报专区",
             f"Copyright © 2003-2026 {site} All Rights Reserved 版权所有 未经授权禁止复制或建立镜像",
             f"京ICP证{rng.randint(100000, 999999)}号 京公网安备{rng.randint(10**13, 10**14 - 1)}号",
             "违法和不良信息举报电话：010-12345678 举报邮箱：jubao@example.cn", "本网站所刊载信息，不代表本站观点。"]  # fmt: skip
    out = []
    for t in texts:
        ps = paras(t)
        i = rng.randrange(max(1, len(ps) - 1))
        ex = "\n".join(ps[i : i + 3])[: rng.randint(200, 600)]
        out.append("\n".join([*top, f"来源：{site} {stamp(rng)}", ex, *foot]))
    return out


def novel(rng: random.Random, more: Callable[[], str]) -> list[str]:
    """3-4 chapters of 900-1,400 characters each, consecutive parts of pool texts taken (``more``) until enough."""
    n = rng.randint(3, 4)
    sizes = [rng.randint(900, 1400) for _ in range(n)]
    flat: list[str] = []
    while sum(map(len, flat)) < sum(sizes):
        flat += [s for p in paras(more()) for s in sentences(p)]
    name = rng.choice(["逆天神途", "都市之最强狂兵", "我的江湖岁月", "山河故人志", "重生之商海沉浮", "大明小吏"])
    author = rng.choice(USERS)
    out = []
    at = 0
    for c in range(n):
        start, size = at, 0
        while at < len(flat) and size < sizes[c]:
            size += len(flat[at])
            at += 1
        part = flat[start:at]
        num = 100 + c
        head = [f"《{name}》 第{num}章 {part[0][:8]}", f"作者：{author}  更新时间：{stamp(rng)}  本章字数：{len(''.join(part))}",
                "上一章 | 目录 | 下一章", "小说阅读网 > 都市小说 > 最新章节"]  # fmt: skip
        recap = ["前情提要：" + "".join(flat[start - 2 : start])] if c else []
        body = ["".join(part[i : i + 3]) for i in range(0, len(part), 3)]
        foot = ["本章完，求推荐票、求月票！", "上一章 | 目录 | 下一章", "手机阅读请访问 m.xiaoshuo.example.com",
                f"《{name}》最新章节由网友提供，仅供预览，请支持正版。"]  # fmt: skip
        out.append("\n".join(head + recap + body + foot))
    return out


def stock(rng: random.Random) -> list[str]:
    sectors = ["半导体", "白酒", "新能源车", "光伏", "银行", "券商", "医药", "煤炭", "房地产", "军工", "游戏", "航运"]
    src = rng.choice(["本报讯", "新华社上海电", "证券时报网讯", "中新经纬"])
    month, day = rng.randint(1, 12), rng.randint(1, 20)
    level = rng.uniform(2900, 3500)
    out = []
    for d in range(rng.randint(3, 4)):
        ch = rng.uniform(-2, 2)
        level *= 1 + ch / 100
        up, down = rng.sample(sectors, 4), rng.sample(sectors, 2)
        verb = "收涨" if ch >= 0 else "收跌"
        s = [f"A股收评：沪指{verb}{abs(ch):.2f}% {up[0]}板块领涨", f"{src}（{month}月{day + d}日）",
             f"{month}月{day + d}日，A股三大指数{'集体' if rng.random() < 0.5 else ''}{verb}。截至收盘，沪指{verb}{abs(ch):.2f}%，"
             f"报{level:.2f}点；深成指{'涨' if rng.random() < 0.5 else '跌'}{rng.uniform(0, 2.5):.2f}%，报{rng.uniform(9000, 11500):.2f}点；"
             f"创业板指{'涨' if rng.random() < 0.5 else '跌'}{rng.uniform(0, 3):.2f}%，报{rng.uniform(1800, 2400):.2f}点。",
             f"两市全天成交额{rng.randint(6000, 13000)}亿元，较上一交易日{'放量' if rng.random() < 0.5 else '缩量'}"
             f"{rng.randint(100, 1500)}亿元。全市场{rng.randint(800, 4200)}只个股上涨，{rng.randint(800, 4200)}只个股下跌。",
             f"板块方面，{up[0]}、{up[1]}、{up[2]}板块涨幅居前，{down[0]}、{down[1]}板块跌幅居前。",
             f"资金方面，北向资金全天净{'买入' if rng.random() < 0.5 else '卖出'}{rng.uniform(5, 120):.2f}亿元；"
             f"主力资金净流出{rng.uniform(50, 400):.2f}亿元。",
             f"机构观点认为，{rng.choice(['市场短期仍将震荡', '指数有望延续反弹', '结构性行情仍将持续'])}，"
             f"建议关注{up[3]}等方向的{rng.choice(['配置机会', '低吸机会', '业绩确定性'])}。",
             "（本文不构成投资建议，股市有风险，投资需谨慎）"]  # fmt: skip
        out.append("\n".join(s))
    return out


def weather(rng: random.Random) -> list[str]:
    city = rng.choice(["武汉", "成都", "西安", "杭州", "沈阳", "长沙", "郑州", "南宁"])
    month, day = rng.randint(1, 12), rng.randint(1, 20)
    out = []
    for d in range(rng.randint(3, 4)):
        lo = rng.randint(-5, 22)
        sky = rng.choice(["晴", "多云", "阴", "小雨", "中雨", "阵雨", "雷阵雨", "小雪"])
        s = [f"{city}天气预报（{month}月{day + d}日）", f"{city}市气象台{rng.randint(5, 8)}时发布：",
             f"今天白天到夜里，{city}{sky}转{rng.choice(['多云', '晴', '阴', '小雨'])}，{rng.choice(['东北', '偏北', '东南', '偏南'])}风"
             f"{rng.randint(1, 3)}到{rng.randint(3, 5)}级，最低气温{lo}℃，最高气温{lo + rng.randint(4, 12)}℃。",
             f"明天{rng.choice(['晴', '多云', '阴有小雨', '多云转阴'])}，气温{lo + rng.randint(-3, 3)}℃到{lo + rng.randint(6, 13)}℃，"
             f"降水概率{rng.randint(0, 9) * 10}%。",
             f"空气质量{rng.choice(['优', '良', '轻度污染'])}，AQI指数{rng.randint(20, 160)}，首要污染物"
             f"{rng.choice(['PM2.5', 'PM10', '臭氧', '无'])}。",
             f"温馨提示：{rng.choice(['早晚温差较大，请注意适时增减衣物', '雨天路滑，出行注意交通安全', '紫外线较强，外出注意防晒', '天气干燥，注意补水'])}。",
             "（数据来源：市气象台 本报记者整理）"]  # fmt: skip
        out.append("\n".join(s))
    return out


def reissue(rng: random.Random) -> list[str]:
    kind = rng.choice(["论坛", "博览会", "文化节", "马拉松"])
    town = rng.choice(["苏州", "青岛", "昆明", "厦门", "合肥", "贵阳"])
    name = f"{town}{rng.choice(['国际', '中国', '长三角', '全国'])}{rng.choice(['数字经济', '茶文化', '智能制造', '文旅'])}{kind}"
    first = rng.randint(2014, 2020)
    out = []
    for i in range(rng.randint(2, 3)):
        year, ed = first + 2 * i + rng.randint(0, 1), 5 + 2 * i + rng.randint(0, 1)
        m, d = rng.randint(4, 11), rng.randint(1, 25)
        hall = rng.choice(["国际会展中心", "奥体中心", "市民中心", "国际博览中心", "新区会议中心"])
        s = [f"第{ed}届{name}将于{year}年{m}月{d}日开幕", f"{year}年{m - 1}月{rng.randint(1, 28)}日 来源：{name}组委会",
             f"{year}年{m}月{d}日至{d + rng.randint(2, 4)}日，第{ed}届{name}将在{town}{hall}举办。本届{kind}由{town}市人民政府主办，"
             f"以“{rng.choice(['创新驱动 融合发展', '开放合作 共享未来', '数智赋能 美好生活', '绿色低碳 协同共进'])}”为主题。",
             f"据组委会介绍，本届{kind}展览面积{rng.randint(3, 12)}万平方米，预计吸引{rng.randint(300, 1500)}家企业参展，"
             f"{rng.randint(5, 40)}个国家和地区的{rng.randint(2, 15)}万名观众到场。",
             f"活动期间将举办开幕式、主旨论坛、{rng.randint(6, 30)}场专题活动及签约仪式，{rng.choice(USERS)}等"
             f"{rng.randint(20, 90)}位嘉宾将出席并发表演讲。",
             rng.choice([f"本届新设{rng.choice(['青年创业', '乡村振兴', '跨境电商', '国际合作'])}专区，集中展示{rng.randint(50, 300)}项新成果。",
                         f"与往届相比，本届首次采用线上线下同步举办的方式，线上展厅将持续开放{rng.randint(15, 60)}天。",
                         f"上届{kind}共达成合作项目{rng.randint(40, 200)}个，签约金额{rng.randint(100, 900)}亿元。"]),
             f"报名截止日期为{year}年{m}月{max(1, d - rng.randint(5, 20))}日，有意参展的单位可登录官网或拨打"
             f"0{rng.randint(500, 999)}-{rng.randint(1000000, 9999999)}咨询。",
             f"（{name}组委会）"]  # fmt: skip
        out.append("\n".join(s))
    return out


# ---------------------------------------------------------------- build


def build(data: Path, seed: str, stories: int = 100) -> list[Doc]:
    """The corpus of one seed: ``stories`` gold stories, half of them in each half (:func:`halves.half` of their
    page), with copies, then 60 hard-negative groups (12 of each kind, by :func:`halves.half` of the group id)."""
    rng = random.Random(f"{CORPUS}/{seed}")
    src = list(sources(Path(data)))
    rng.shuffle(src)
    pool: dict[str, list[str]] = {h: [] for h in HALVES}
    chosen: list[tuple[str, str, str]] = []
    for key, h, text in src:
        if sum(c[1] == h for c in chosen) < stories // 2 and rng.random() < 0.7 and not key.startswith(POOL_ONLY):
            chosen.append((key, h, text))
        else:
            pool[h].append(text)
    heads = {h: [paras(t)[0][:28] for t in pool[h]] for h in HALVES}

    used: dict[str, list[str]] = {hh: [] for hh in HALVES}

    def take(h: str, longest: bool = False) -> str:
        """A pool text of half ``h`` (the longest left, for novels) used once; when none is left, the second half of
        one used before (cut again)."""
        if pool[h]:
            at = max(range(len(pool[h])), key=lambda i: len(pool[h][i])) if longest else len(pool[h]) - 1
            used[h].append(pool[h].pop(at))
            return used[h][-1]
        ps = paras(used[h].pop(0))
        rest = "\n".join(ps[len(ps) // 2 :]) if len(ps) > 1 else ps[0][len(ps[0]) // 2 :]
        used[h].append(rest)
        return rest

    docs: list[Doc] = []
    for key, h, text in chosen:
        for kind, t in copies(rng, key, text, lambda h=h: take(h)):  # type: ignore[misc]
            docs.append(Doc(t, key, h, kind))
    g = 0
    for _ in range(12):
        for maker in NEGATIVES:
            g += 1
            gid = f"{maker}:{g}"
            h = half(CORPUS, f"{seed}/{gid}")
            if maker == "template":
                texts = template(rng, [take(h) for _ in range(3)], heads[h] or ["本地新闻"])
            elif maker == "novel":
                texts = novel(rng, lambda h=h: take(h, longest=True))  # type: ignore[misc]
            else:
                texts = {"stock": stock, "weather": weather, "reissue": reissue}[maker](rng)
            docs += [Doc(t, f"neg:{gid}:{i}", h, "neg", gid) for i, t in enumerate(texts)]
    rng.shuffle(docs)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="dedupgen38-dev1")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--misses", action="store_true", help="list missed copies and wrong merges (tune half)")
    ap.add_argument(
        "--baseline", action="store_true", help="also datasketch + jieba and rensa + rjieba (bench_dedup's)"
    )
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401

    for seed in args.seeds.split(",") if args.seeds else [args.seed]:
        docs = build(Path(args.data), seed)
        pred, cpu = run(docs)
        report(f"cleaner {seed}", docs, pred, cpu)
        if args.misses:
            misses(docs, pred)
        if args.baseline:
            import bench_dedup

            for name in ("datasketch+jieba", "rensa+rjieba"):
                bp, bcpu, _ = bench_dedup.SYSTEMS[name]([d.text for d in docs])
                report(f"{name} {seed}", docs, bp, bcpu)


if __name__ == "__main__":
    main()
