"""An independent repost corpus for ``cleaner.collapse`` (issue #13, generalization).

Written without reading ``cleaner/dedup`` or the other dedup generators' edit code: the edits are one person's idea of
how portals, aggregators and forums repost a story. Sources are the shared gold texts (zh and en sets); a story is a
gold text, and its half is the half of the page it came from (``bench/halves.py``), so tune stories come from tune
pages' golds and check stories from check pages' golds.

A story is kept only when no earlier gold shares over 30 % of its 8-character shingles (``cwced_zh`` and
``cleaneval_zh`` hold different golds of the same pages; wire stories recur in ``daniel_en``). Each half takes 90
zh and 70 en stories; the rest of the half is the pool that hard negatives and inserted words are drawn from (each
pool text serves one negative). Each story gives an original and 1-3 copies. A copy carries one edit or (about a
third of them) two:

- ``trunc_sent`` / ``trunc_mid``: kept 30-90 % of the text, cut at a sentence end or anywhere;
- ``heads_app`` / ``heads_pre``: a block of 3-15 other stories' headlines after / before the text;
- ``del_word`` / ``del_char`` / ``ins_word``: 3-20 % of words (zh: 1-2 character pieces) or characters dropped, or
  words of other stories inserted;
- ``synonym``: 3-20 % of the words a small table knows replaced by a near synonym, else a neighbour swap;
- ``punct_width``: full-width <-> half-width punctuation and digits;
- ``trad``: Traditional characters (OpenCC s2t; zh only);
- ``para_shuffle``: paragraphs (sentences, when under 3 paragraphs) reordered: all shuffled, or one moved;
- ``editor``: editor / source / time lines and an ad line or two, at the head, tail or inside;
- ``rewrap``: lines joined into one block, or broken every 20-60 characters;
- ``title_rep``: the headline repeated at the head of the body (once or twice, with a date line);
- ``css_js``: a stylesheet or script text left in at the head or tail.

Hard negatives (kind ``neg``, a ``group``): ``entity`` (a different story re-cast with the first one's headline words
and names), ``template`` (two different stories inside one long header/footer/stylesheet), ``followup`` (a follow-up:
a new body after the first story's headline and lead).

Rates are recorded per copy (``rate`` bins: ``lo`` 3-8 %, ``mid`` 8-14 %, ``hi`` 14-20 %; truncation ``keep`` bins
30-50 / 50-70 / 70-90 %; headline blocks 3-6 / 7-10 / 11-15 lines).

    .venv/bin/python bench/dedup_corpus31.py --seed dedupgen31-dev1 [--seeds A,B] [--misses] [--baseline]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedup_corpus4 import pairwise, run
from halves import HALVES, TUNE, half

CORPUS = "dedup31"
ZH_SETS = ("cleaneval_zh", "cwced_zh", "daniel_zh", "magichtml_zh")
EN_SETS = ("daniel_en", "magichtml_en", "scrapinghub_en")
KINDS = ("trunc_sent", "trunc_mid", "heads_app", "heads_pre", "del_word", "del_char", "ins_word", "synonym",
         "punct_width", "trad", "para_shuffle", "editor", "rewrap", "title_rep", "css_js")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Doc:
    text: str
    story: str
    half: str
    kind: str
    """``original``, ``+``-joined edit kinds of a copy, or ``neg``."""
    group: str = ""
    rate: str = ""
    """``kind:bin`` of the rated edits, ``+``-joined."""


@dataclass(frozen=True, slots=True)
class Source:
    sid: str
    lang: str
    half: str
    title: str
    text: str


# ---------------------------------------------------------------- sources


def _title(text: str, lang: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    if 6 <= len(first) <= (40 if lang == "zh" else 110):
        return first
    cut = re.split(r"[。！？，,.!?;；]", first)[0]
    return cut[: 24 if lang == "zh" else 80].strip()


def sources(data: Path) -> list[Source]:
    out: list[Source] = []
    seen: set[str] = set()
    for s in ZH_SETS + EN_SETS:
        lang = "zh" if s in ZH_SETS else "en"
        for f in sorted((data / s / "gold").glob("*.txt")):
            text = f.read_text(encoding="utf-8").strip()
            key = hashlib.sha256(re.sub(r"\s+", "", text).encode()).hexdigest()
            if key in seen or len(text) < (200 if lang == "zh" else 500):
                continue
            seen.add(key)
            out.append(Source(f"{s}/{f.stem}", lang, half(s, f.stem), _title(text, lang), text))
    return _distinct(out)


def _shingles(text: str) -> set[int]:
    flat = re.sub(r"\s+", "", text)
    grams = (zlib.crc32(flat[i : i + 8].encode()) for i in range(max(1, len(flat) - 7)))
    return {g for g in grams if g % 4 == 0}


def _distinct(found: list[Source]) -> list[Source]:
    """The sources with no near copy before them (a gold text of the same page in two sets, a wire story on two
    sites): one that shares over 30 % of its 8-character shingles with an earlier kept one is dropped, so that two
    story labels never name one text."""
    index: dict[int, list[int]] = defaultdict(list)
    kept: list[Source] = []
    sizes: list[int] = []
    for src in found:
        sh = _shingles(src.text)
        hits: dict[int, int] = defaultdict(int)
        for g in sh:
            for k in index.get(g, ()):
                hits[k] += 1
        if any(n > 0.3 * min(len(sh), sizes[k]) for k, n in hits.items()):
            continue
        for g in sh:
            index[g].append(len(kept))
        kept.append(src)
        sizes.append(max(1, len(sh)))
    return kept


# ---------------------------------------------------------------- pieces

_SENT = re.compile(r"(?<=[。！？!?；])|(?<=[.!?])\s+|\n")
_ZH = re.compile(r"[\u4e00-\u9fff]")


def sentences(text: str) -> list[str]:
    return [p for p in _SENT.split(text) if p.strip()]


def tokens(text: str, lang: str, rng: random.Random) -> list[str]:
    """Words (en: runs between spaces, keeping the space; zh: 1-2 character pieces, other runs whole)."""
    if lang == "en":
        return re.findall(r"\S+\s*|\s+", text)
    out: list[str] = []
    for run_ in re.findall(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+", text):
        if not _ZH.match(run_):
            out.append(run_)
            continue
        i = 0
        while i < len(run_):
            n = rng.choice((1, 2, 2))
            out.append(run_[i : i + n])
            i += n
    return out


def _bin(rate: float) -> str:
    return "lo" if rate < 0.08 else ("mid" if rate < 0.14 else "hi")


_SYN_ZH = {"表示": "称", "记者": "本报记者", "目前": "眼下", "已经": "已", "进行": "开展", "认为": "觉得",
           "今年": "本年", "但是": "不过", "因为": "由于", "所以": "因此", "非常": "十分", "可以": "能够",
           "发展": "发展进程", "公司": "企业", "中国": "我国", "问题": "难题", "工作": "工作任务", "重要": "关键",
           "日前": "近日", "同时": "与此同时", "以及": "及", "通过": "经由", "情况": "状况", "政府": "当局",
           "我们": "咱们", "没有": "未", "需要": "须", "活动": "行动", "市场": "行情", "增长": "上升"}  # fmt: skip
_SYN_EN = {"said": "stated", "says": "states", "big": "large", "new": "fresh", "also": "too", "but": "however",
           "people": "persons", "company": "firm", "government": "administration", "help": "assist",
           "show": "reveal", "about": "around", "because": "since", "many": "numerous", "use": "employ",
           "start": "begin", "get": "obtain", "very": "really", "important": "key", "buy": "purchase",
           "the": "this", "year": "twelvemonth", "make": "create", "city": "town", "told": "informed"}  # fmt: skip
_FULL = dict(zip("，。：；！？（）", ",.:;!?()", strict=True))
_HALF = {v: k for k, v in _FULL.items()}
_EDITORS = ["张伟", "李娜", "王芳", "刘洋", "陈静", "赵磊"]
_MEDIA = ["新华网", "人民网", "中国新闻网", "澎湃新闻", "环球网", "新浪财经", "凤凰网", "东方网"]
_ADS_ZH = ["【广告】扫码关注公众号，每日推送精选资讯", "下载客户端，阅读更多精彩内容>>", "点击进入专题：两会聚焦",
           "本文来源于网络，如有侵权请联系删除", "特别声明：以上内容仅代表作者本人观点，不代表本站立场"]  # fmt: skip
_ADS_EN = ["Advertisement", "Sign up for our daily newsletter", "Click here to subscribe - first month free",
           "Share this article on Facebook Twitter Email", "Read more: top stories this week"]  # fmt: skip
_NAMES_EN = ["Sarah Miller", "John Carter", "Wei Zhang", "Anna Lopez"]
_MEDIA_EN = ["Reuters", "AP", "Bloomberg", "The Daily Post", "NewsWire"]


def stylesheet(rng: random.Random, long: bool = False) -> str:
    rules = []
    for i in range(rng.randint(20, 60) if long else rng.randint(4, 14)):
        sel = rng.choice((".nav", "#main", ".article-body p", ".footer a", ".share-btn", "ul.menu li", ".ad-box"))
        rules.append(f"{sel}{i % 7 or ''} {{ margin:{rng.randint(0, 20)}px; color:#{rng.randrange(16**6):06x};"
                     f" font-size:{rng.randint(11, 18)}px; }}")  # fmt: skip
    return "\n".join(rules)


def script(rng: random.Random) -> str:
    return "\n".join(
        [
            "var _hmt = _hmt || [];",
            "(function() { var hm = document.createElement('script');",
            f"hm.src = 'https://hm.example.com/hm.js?{rng.randrange(16**16):016x}';",
            "var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(hm, s); })();",
            f"window.pageConfig = {{ id: {rng.randint(10**5, 10**7)}, channel: 'news', share: true }};",
        ]
    )


# ---------------------------------------------------------------- edits


class Editor:
    def __init__(self, rng: random.Random, titles: dict[str, list[str]], words: dict[str, list[str]]) -> None:
        self.rng = rng
        self.titles = titles
        self.words = words
        self._s2t: Any = None

    def apply(self, kind: str, src: Source, text: str) -> tuple[str, str]:
        """The edited text and the rate bin (``""`` when the edit has none)."""
        return getattr(self, kind)(src, text)  # type: ignore[no-any-return]

    def trunc_sent(self, src: Source, text: str) -> tuple[str, str]:
        keep = self.rng.uniform(0.3, 0.9)
        out, n = [], 0
        for s in re.split(r"(?<=[。！？!?])|(?<=[.!?] )|(?<=\n)", text):
            if n >= keep * len(text):
                break
            out.append(s)
            n += len(s)
        return "".join(out).strip(), "k" + ("30" if keep < 0.5 else "50" if keep < 0.7 else "70")

    def trunc_mid(self, src: Source, text: str) -> tuple[str, str]:
        keep = self.rng.uniform(0.3, 0.9)
        cut = text[: int(len(text) * keep)].rstrip()
        return cut + self.rng.choice(("", "…", "...", "（未完）" if src.lang == "zh" else " [...]")), \
            "k" + ("30" if keep < 0.5 else "50" if keep < 0.7 else "70")  # fmt: skip

    def _heads(self, src: Source) -> tuple[str, str]:
        n = self.rng.randint(3, 15)
        pool = [t for t in self.titles[src.lang] if t != src.title]
        head = self.rng.choice(("相关新闻：", "推荐阅读", "热门文章", "延伸阅读：") if src.lang == "zh"
                               else ("Related stories", "More from this section", "You may also like:"))  # fmt: skip
        bullet = self.rng.choice(("", "· ", "- ", "> "))
        lines = [bullet + t + (f" ({self.rng.randint(1, 12)}-{self.rng.randint(1, 28)})" if self.rng.random() < 0.3
                               else "") for t in self.rng.sample(pool, n)]  # fmt: skip
        return head + "\n" + "\n".join(lines), "h" + ("3" if n <= 6 else "7" if n <= 10 else "11")

    def heads_app(self, src: Source, text: str) -> tuple[str, str]:
        block, b = self._heads(src)
        return text + "\n\n" + block, b

    def heads_pre(self, src: Source, text: str) -> tuple[str, str]:
        block, b = self._heads(src)
        return block + "\n\n" + text, b

    def del_word(self, src: Source, text: str) -> tuple[str, str]:
        rate = self.rng.uniform(0.03, 0.2)
        toks = tokens(text, src.lang, self.rng)
        return "".join(t for t in toks if t.isspace() or "\n" in t or self.rng.random() >= rate), _bin(rate)

    def del_char(self, src: Source, text: str) -> tuple[str, str]:
        rate = self.rng.uniform(0.03, 0.2)
        return "".join(c for c in text if c == "\n" or self.rng.random() >= rate), _bin(rate)

    def ins_word(self, src: Source, text: str) -> tuple[str, str]:
        rate = self.rng.uniform(0.03, 0.2)
        pool = self.words[src.lang]
        out = []
        for t in tokens(text, src.lang, self.rng):
            out.append(t)
            if self.rng.random() < rate:
                out.append(self.rng.choice(pool) + (" " if src.lang == "en" else ""))
        return "".join(out), _bin(rate)

    def synonym(self, src: Source, text: str) -> tuple[str, str]:
        rate = self.rng.uniform(0.03, 0.2)
        table = _SYN_ZH if src.lang == "zh" else _SYN_EN
        toks = tokens(text, src.lang, self.rng) if src.lang == "en" else re.findall(
            "|".join(map(re.escape, table)) + r"|[\s\S]", text)  # fmt: skip
        out = list(toks)
        for i, t in enumerate(out):
            if self.rng.random() >= rate:
                continue
            w = t.strip()
            if w.lower() in table:
                out[i] = t.replace(w, table[w.lower()])
            elif i + 1 < len(out) and not t.isspace() and not out[i + 1].isspace() and "\n" not in t + out[i + 1]:
                out[i], out[i + 1] = out[i + 1], t
        return "".join(out), _bin(rate)

    def punct_width(self, src: Source, text: str) -> tuple[str, str]:
        if src.lang == "zh" and self.rng.random() < 0.7:
            table = _FULL
            text = re.sub(r"[０-９]", lambda m: chr(ord(m.group()) - 0xFEE0), text)
        else:
            table = _HALF
            text = re.sub(r"[0-9]", lambda m: chr(ord(m.group()) + 0xFEE0), text) if self.rng.random() < 0.5 else text
        return "".join(table.get(c, c) for c in text), ""

    def trad(self, src: Source, text: str) -> tuple[str, str]:
        if src.lang != "zh":
            return self.punct_width(src, text)
        if self._s2t is None:
            import opencc

            self._s2t = opencc.OpenCC("s2t")
        return self._s2t.convert(text), ""

    def para_shuffle(self, src: Source, text: str) -> tuple[str, str]:
        paras = [p for p in text.split("\n") if p.strip()]
        if len(paras) < 3:
            paras = sentences(text)
        if self.rng.random() < 0.5:
            self.rng.shuffle(paras)
        else:
            p = paras.pop(self.rng.randrange(len(paras)))
            paras.insert(self.rng.randrange(len(paras) + 1), p)
        return "\n".join(paras), ""

    def _editor_lines(self, src: Source) -> list[str]:
        r = self.rng
        if src.lang == "zh":
            return [f"来源：{r.choice(_MEDIA)}  {r.randint(2010, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
                    f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"（责任编辑：{r.choice(_EDITORS)}）",
                    r.choice(_ADS_ZH), r.choice(_ADS_ZH), f"原标题：{src.title}"]  # fmt: skip
        return [f"By {r.choice(_NAMES_EN)} | {r.choice(_MEDIA_EN)} | Updated {r.randint(1, 12)}/{r.randint(1, 28)}",
                f"Editing by {r.choice(_NAMES_EN)}", r.choice(_ADS_EN), r.choice(_ADS_EN)]  # fmt: skip

    def editor(self, src: Source, text: str) -> tuple[str, str]:
        lines = self.rng.sample(self._editor_lines(src), self.rng.randint(2, 4))
        paras = text.split("\n")
        where = self.rng.random()
        if where < 0.35:
            paras = lines + paras
        elif where < 0.7:
            paras = paras + lines
        else:
            for ln in lines:
                paras.insert(self.rng.randrange(len(paras) + 1), ln)
        return "\n".join(paras), ""

    def rewrap(self, src: Source, text: str) -> tuple[str, str]:
        if self.rng.random() < 0.5:
            return ("" if src.lang == "zh" else " ").join(p.strip() for p in text.split("\n") if p.strip()), ""
        w = self.rng.randint(20, 40) if src.lang == "zh" else self.rng.randint(40, 80)
        flat = ("" if src.lang == "zh" else " ").join(text.split("\n"))
        return "\n".join(flat[i : i + w] for i in range(0, len(flat), w)), ""

    def title_rep(self, src: Source, text: str) -> tuple[str, str]:
        date = (
            f"{self.rng.randint(2010, 2024)}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"
            if src.lang == "zh"
            else f"{self.rng.choice(('Jan', 'Mar', 'Jun', 'Oct'))} {self.rng.randint(1, 28)}, 2019"
        )
        lines = [src.title] * self.rng.randint(1, 2) + [date]
        return "\n".join(lines) + "\n" + text, ""

    def css_js(self, src: Source, text: str) -> tuple[str, str]:
        junk = stylesheet(self.rng) if self.rng.random() < 0.5 else script(self.rng)
        return (junk + "\n" + text if self.rng.random() < 0.5 else text + "\n" + junk), ""


# ---------------------------------------------------------------- corpus


def _entities(text: str, lang: str) -> list[str]:
    if lang == "en":
        found = re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b", text)
    else:
        found = re.findall(r"[\u4e00-\u9fff]{2,4}(?=(?:表示|说|指出|称|宣布|公司|集团|市|省|大学|银行))", text)
    counts: dict[str, int] = defaultdict(int)
    for e in found:
        counts[e] += 1
    return sorted(counts, key=lambda e: -counts[e])[:6]


def _negatives(rng: random.Random, ed: Editor, a: Source, pool: list[Source], n: int) -> list[Doc]:
    """One hard-negative group around story ``a`` (its original is already in the corpus): the group's documents
    that are not ``a``'s original, each a story of its own (``neg:...``)."""
    h = a.half
    others = [s for s in pool if s.lang == a.lang]
    b, c = rng.sample(others, 2)
    pool.remove(b)
    pool.remove(c)
    kind = ("entity", "template", "followup")[n % 3]
    g = f"{kind}:{n}:{a.sid}"
    if kind == "entity":
        ents = _entities(a.text, a.lang) or [a.title[:4]]
        paras = [p for p in b.text.split("\n") if p.strip()]
        for i in range(len(paras)):
            if rng.random() < 0.6:
                e = rng.choice(ents)
                paras[i] = (f"{e}{rng.choice(('表示，', '方面称，', '相关负责人介绍，'))}" if a.lang == "zh"
                            else f"{e} said ") + paras[i]  # fmt: skip
        return [Doc(a.title + "\n" + "\n".join(paras), f"neg{n}/{b.sid}", h, "neg", g)]
    if kind == "template":
        css = stylesheet(rng, long=True)
        nav = "\n".join(rng.sample(ed.titles[a.lang], 12))
        foot = ("版权所有 © 2003-2024 本网站 京ICP备12345678号\n" if a.lang == "zh" else
                "Copyright 2024 Example Media Group. All rights reserved.\n") + css  # fmt: skip
        return [Doc(nav + "\n" + s.title + "\n" + s.text[:600] + "\n" + foot, f"neg{n}/{s.sid}", h, "neg", g)
                for s in (b, c)]  # fmt: skip
    lead = "".join(sentences(a.text)[:2])
    tag = rng.choice(("【后续】", "追踪：", "最新进展：") if a.lang == "zh" else ("Update: ", "Follow-up: "))
    text = tag + a.title + "\n" + lead + "\n" + b.text
    return [Doc(text, f"neg{n}/{b.sid}", h, "neg", g)]


def build(data: Path, seed: str, per_half: int = 160, n_zh: int = 90) -> list[Doc]:
    rng = random.Random(f"{CORPUS}/{seed}")
    src = sources(data)
    docs: list[Doc] = []
    n_neg = 0
    for h in HALVES:
        mine = [s for s in src if s.half == h]
        rng.shuffle(mine)
        zh = [s for s in mine if s.lang == "zh"][:n_zh]
        en = [s for s in mine if s.lang == "en"][: per_half - len(zh)]
        stories = zh + en
        rng.shuffle(stories)
        pool = [s for s in mine if s not in stories]
        titles = {lang: [s.title for s in mine if s.lang == lang] for lang in ("zh", "en")}
        words = {
            lang: [w for x in [s for s in pool if s.lang == lang][:20] for w in tokens(x.text[:400], lang, rng)
                   if w.strip()]
            for lang in ("zh", "en")
        }  # fmt: skip
        ed = Editor(rng, titles, words)
        for a in stories:
            docs.append(Doc(a.text, a.sid, h, "original"))
            for _ in range(rng.choice((1, 2, 2, 3))):
                kinds = rng.sample(KINDS, 2 if rng.random() < 0.33 else 1)
                text, bins = a.text, []
                for k in kinds:
                    text, b = ed.apply(k, a, text)
                    if b:
                        bins.append(f"{k}:{b}")
                docs.append(Doc(text, a.sid, h, "+".join(kinds), "", "+".join(bins)))
            if rng.random() < 0.3 and sum(s.lang == a.lang for s in pool) >= 2:
                docs.extend(_negatives(rng, ed, a, pool, n_neg))
                n_neg += 1
    order = list(range(len(docs)))
    rng.shuffle(order)
    return [docs[i] for i in order]


# ---------------------------------------------------------------- scoring


def score(docs: list[Doc], pred: list[str]) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for h in HALVES:
        idx = [i for i, d in enumerate(docs) if d.half == h]
        p, r, f, wrong = pairwise([pred[i] for i in idx], [docs[i].story for i in idx])
        orig = {docs[i].story: pred[i] for i in idx if docs[i].kind == "original"}
        size = {docs[i].story: len(docs[i].text) for i in idx if docs[i].kind == "original"}
        found: dict[str, list[int]] = defaultdict(list)
        rates: dict[str, list[int]] = defaultdict(list)
        slices: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            d = docs[i]
            if d.kind in ("original", "neg"):
                continue
            hit = int(pred[i] == orig[d.story])
            lang = "zh" if d.story.split("/")[0].endswith("zh") else "en"
            n = size[d.story]
            for k in d.kind.split("+"):
                found[k].append(hit)
                slices[f"{k}@{lang}"].append(hit)
            found["1 edit" if "+" not in d.kind else "2 edits"].append(hit)
            found["copies"].append(hit)
            found[f"lang_{lang}"].append(hit)
            found["orig<600" if n < 600 else "orig<1500" if n < 1500 else "orig>=1500"].append(hit)
            for b in d.rate.split("+") if d.rate else ():
                rates[b].append(hit)
                rates[b.split(":")[1]].append(hit)
        groups: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            if docs[i].group:
                groups[docs[i].group].append(i)
        hn: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for g, members in groups.items():
            kind, _, anchor = g.split(":", 2)
            pairs = [(orig[anchor], pred[j]) for j in members]
            pairs += [(pred[i], pred[j]) for x, i in enumerate(members) for j in members[x + 1 :]]
            hn[kind][1] += len(pairs)
            hn[kind][0] += sum(a == b for a, b in pairs)
        out[h] = {"docs": len(idx), "precision": p, "recall": r, "f1": f, "wrong_pairs": wrong,
                  "by_kind": {k: (sum(v) / len(v), len(v)) for k, v in sorted(found.items())},
                  "by_rate": {k: (sum(v) / len(v), len(v)) for k, v in sorted(rates.items())},
                  "by_lang": {k: (sum(v) / len(v), len(v)) for k, v in sorted(slices.items())},
                  "hn": dict(sorted(hn.items()))}  # fmt: skip
    return out


def report(tag: str, docs: list[Doc], pred: list[str], cpu: float, as_json: bool = False) -> None:
    mb = sum(len(d.text.encode()) for d in docs) / 1e6
    sc = score(docs, pred)
    if as_json:
        print(json.dumps({"tag": tag, "mb": mb, "cpu": cpu, "scores": sc}))
        return
    print(f"{tag}: {len(docs)} docs, {mb:.2f} MB, {cpu:.2f} CPU-s")
    for h in HALVES:
        x = sc[h]
        hn = " ".join(f"{k} {v[0]}/{v[1]}" for k, v in x["hn"].items())  # type: ignore[attr-defined]
        print(f"  {h:5s} P {x['precision']:.4f} R {x['recall']:.4f} F1 {x['f1']:.4f} wrong pairs {x['wrong_pairs']}"
              f" | HN merged {hn}")  # fmt: skip
        print("    kind", " ".join(f"{k} {v[0]:.3f}/{v[1]}" for k, v in x["by_kind"].items()))  # type: ignore[attr-defined]
        print("    lang", " ".join(f"{k} {v[0]:.3f}/{v[1]}" for k, v in x["by_lang"].items()))  # type: ignore[attr-defined]
        print("    rate", " ".join(f"{k} {v[0]:.3f}/{v[1]}" for k, v in x["by_rate"].items()))  # type: ignore[attr-defined]


def misses(docs: list[Doc], pred: list[str]) -> None:
    """Tune half only: each missed copy; wrong merges."""
    orig = {d.story: (pred[i], i) for i, d in enumerate(docs) if d.kind == "original" and d.half == TUNE}
    for i, d in enumerate(docs):
        if d.half != TUNE or d.kind in ("original", "neg") or pred[i] == orig[d.story][0]:
            continue
        print(f"MISS d{i} orig d{orig[d.story][1]} {d.story} {d.kind} {d.rate} len {len(d.text)} / "
              f"{len(docs[orig[d.story][1]].text)}")  # fmt: skip
    by_pred: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        if d.half == TUNE:
            by_pred[pred[i]].append(i)
    for members in by_pred.values():
        if len({docs[i].story for i in members}) > 1:
            print("WRONG", [(f"d{i}", docs[i].story, docs[i].kind, docs[i].group) for i in members])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="dedupgen31-dev1")
    ap.add_argument("--seeds", default="", help="more seeds, comma-separated (fresh seeds: scores only)")
    ap.add_argument("--misses", action="store_true", help="list the tune half's missed copies and wrong merges")
    ap.add_argument("--baseline", action="store_true", help="also score plain datasketch + jieba")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--drop", default="", help="leave out the copies that carry this edit kind")
    ap.add_argument("--dump", default="", help="write the first seed's tune half as JSON lines (debugging)")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401

    for seed in [args.seed] + [s for s in args.seeds.split(",") if s]:
        docs = build(Path(args.data), seed)
        if args.drop:
            docs = [d for d in docs if args.drop not in d.kind.split("+")]
        if args.dump and seed == args.seed:
            with open(args.dump, "w", encoding="utf-8") as fh:
                for i, d in enumerate(docs):
                    if d.half == TUNE:
                        fh.write(json.dumps({"i": i, **{k: getattr(d, k) for k in Doc.__slots__}},
                                            ensure_ascii=False) + "\n")  # fmt: skip
        pred, cpu = run(docs)  # type: ignore[arg-type]
        report(f"{CORPUS} seed {seed} cleaner", docs, pred, cpu, args.json)
        if args.baseline:
            from bench_dedup import run_baseline

            bpred, bcpu, _ = run_baseline([d.text for d in docs])
            report(f"{CORPUS} seed {seed} datasketch+jieba", docs, bpred, bcpu, args.json)
        if args.misses and seed == args.seed:
            misses(docs, pred)


if __name__ == "__main__":
    main()
