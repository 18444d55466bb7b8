"""A fifth near-duplicate corpus: reposts built by an edit model written apart from the others (issue 13, dedup18).

Written without the code of ``bench_dedup.build``, ``dedup_corpus2`` and ``dedup_corpus4`` (own edits, own rates,
own hard negatives, no cleaner import in the generator), to see whether the collapse's fitted thresholds carry to
reposts nobody tuned on.

Source texts, read at run time and never copied into the repository: the gold texts of the *tune* halves of the
extraction sets in ``--data`` (``bench/halves.py``), Chinese and some English, natural duplicates among them
dropped (character 8-grams, ≥ 0.15 of the smaller text shared); plus synthetic Chinese text made here (word strings
drawn from jieba's dictionary by frequency: no sentence is another's). The corpus is split into its own tune and
check halves by *story* (``half("dedup5", story id)``).

Each story: its original and 3-5 copies, each made from the original (85 %) or from an earlier copy (a repost of a
repost; kinds add up), with one edit or (30 %) two:

- ``trunc_sent`` / ``trunc_mid``   30-90 % of the characters kept, cut at a sentence end / inside a sentence, with
  or without a "read on" tail;
- ``related``    a list of 3-15 other headlines appended, in one of several real forms (相关新闻 / 推荐阅读 /
  热门文章 / 延伸阅读 ... with dates, sources, numbers, "|" separators; one line or one headline a line);
- ``del_tok_*`` / ``del_char_*``   3-20 % of the words (rjieba tokens, or white-space words) / of the single CJK
  characters (letters in English) deleted, scattered; ``_lo`` under 10 %, ``_hi`` 10-20 %;
- ``glued_sep`` / ``glued_bare``   an unrelated text (20-80 % of the story's length; a fresh synthetic text or a
  gold text used once) glued after (80 %) or before the story, with a separator (a rule, 下一篇, a headline) or none
  (a line break or nothing at all);
- ``para_move``  a paragraph moved elsewhere, or two swapped.

Hard negatives (from sources no story uses, inside one half; each text is its own story):

- ``template``   3-4 short stories (100-450 characters) inside one portal page (navigation, a hot list, a long
  footer), or full stories ending in one long disclaimer / footer block;
- ``same_event`` two reports of one event: one title, the same two quoted sentences (at most a third of each), otherwise
  disjoint sentences;
- ``css``        3 short stories sharing a 2-8 KB stylesheet / script text before, after or inside them;
- ``wire_lead``  one wire lead (the first 1-2 sentences of a text) followed by two different bodies (≥ 2× the lead).

Scores per half: pairwise precision / recall / F1 and wrong pairs, recall by kind (a copy is found when it lies in
its original's cluster; a copy counts under each of its kinds) and by number of edits, hard-negative pairs merged by
group kind. ``--misses``: the tune half's missed copies and wrong merges.

    .venv/bin/python bench/dedup_corpus5.py [--seed dedup18-dev1] [--seeds a,b] [--misses]
"""

from __future__ import annotations

import argparse
import bisect
import glob
import hashlib
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedup_corpus4 import Doc, misses, report, run
from dedup_corpus4 import pairwise as pairwise  # (re-exported: the same scoring for both corpora)
from dedup_corpus4 import score as score
from halves import HALVES, TUNE, half

CORPUS = "dedup5"
SETS_ZH = ("cleaneval_zh", "cwced_zh", "daniel_zh", "magichtml_zh")
SETS_EN = ("daniel_en", "magichtml_en", "scrapinghub_en")
KINDS = (
    "trunc_sent",
    "trunc_mid",
    "related",
    "del_tok_lo",
    "del_tok_hi",
    "del_char_lo",
    "del_char_hi",
    "glued_sep",
    "glued_bare",
    "para_move",
)
EDITS = ("trunc", "related", "del", "glued", "para_move")
_PAGE_LAST = ("del", "para_move", "trunc", "glued", "related")
NEGATIVES = ("template", "same_event", "css", "wire_lead")
MAX_EN = 60
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ENDS_ZH = re.compile(r"[。！？!?]”?|\n")
_ENDS_EN = re.compile(r"[.!?][\"')\]]?(?= )|\n")


@dataclass(frozen=True, slots=True)
class Source:
    sid: str
    text: str
    zh: bool


# ---------------------------------------------------------------- sources


def _grams(text: str) -> set[int]:
    flat = re.sub(r"\s+", "", text)
    out = set()
    for i in range(len(flat) - 7):
        h = hashlib.blake2b(flat[i : i + 8].encode(), digest_size=8).digest()
        if h[0] % 6 == 0:
            out.add(int.from_bytes(h, "little"))
    return out


def gold_sources(data: Path) -> list[Source]:
    """Gold texts of the extraction sets' tune halves, natural duplicates dropped (the first one kept)."""
    found: list[Source] = []
    seen: dict[int, list[int]] = defaultdict(list)
    sizes: list[int] = []
    n_en = 0
    for name in SETS_ZH + SETS_EN:
        zh = name in SETS_ZH
        for path in sorted(glob.glob(str(data / name / "gold" / "*.txt"))):
            stem = Path(path).stem
            if half(name, stem) != TUNE:
                continue
            lines = [ln.strip() for ln in Path(path).read_text(encoding="utf-8").splitlines()]
            text = "\n".join(ln for ln in lines if ln)
            cjk = len(_CJK.findall(text))
            if zh and (len(text) < 250 or cjk < 0.5 * len(text)):
                continue
            if not zh and (len(text) < 700 or cjk or n_en >= MAX_EN):
                continue
            grams = _grams(text)
            if len(grams) < 10:
                continue
            overlap: Counter[int] = Counter(j for g in grams for j in seen[g])
            if any(n >= 0.15 * min(len(grams), sizes[j]) for j, n in overlap.items()):
                continue
            for g in grams:
                seen[g].append(len(found))
            sizes.append(len(grams))
            found.append(Source(f"{name}/{stem}", text, zh))
            n_en += not zh
    return found


class Synth:
    """Chinese text of words drawn from jieba's dictionary by frequency: news-shaped, never repeated."""

    def __init__(self, rng: random.Random) -> None:
        import jieba

        words: list[str] = []
        weights: list[int] = []
        for line in (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8").splitlines():
            parts = line.split(" ")
            if len(parts) >= 2 and 1 <= len(parts[0]) <= 4 and _CJK.fullmatch(parts[0][0]) and int(parts[1]) >= 30:
                if all(_CJK.fullmatch(c) for c in parts[0]):
                    words.append(parts[0])
                    weights.append(int(parts[1]))
        self.words = words
        self.cum: list[int] = []
        total = 0
        for w in weights:
            total += int(w**0.6) + 1
            self.cum.append(total)
        self.rng = rng

    def _words(self, n: int) -> list[str]:
        top = self.cum[-1]
        return [self.words[bisect.bisect_left(self.cum, self.rng.random() * top)] for _ in range(n)]

    def sentence(self) -> str:
        r = self.rng
        out = []
        for i, w in enumerate(self._words(r.randint(7, 22))):
            out.append(w)
            if i and r.random() < 0.14:
                out.append("，")
        if r.random() < 0.3:
            out.insert(r.randrange(len(out)), str(r.choice([r.randint(2, 99), r.randint(100, 9999)])))
        return "".join(out).strip("，") + r.choice("。。。。！？")

    def title(self) -> str:
        return "".join(self._words(self.rng.randint(3, 7)))

    def story(self, paragraphs: tuple[int, int] = (4, 10)) -> str:
        r = self.rng
        paras = ["".join(self.sentence() for _ in range(r.randint(2, 5))) for _ in range(r.randint(*paragraphs))]
        return self.title() + "\n" + "\n".join(paras)


# ---------------------------------------------------------------- edits

OUTLETS_ZH = ["新华社", "中新网", "人民日报", "经济观察报", "21世纪经济报道", "每日经济新闻", "红星新闻", "潮新闻",
              "大河报",
              "羊城晚报", "齐鲁晚报", "观察者网", "第一财经", "财新网", "封面新闻", "上游新闻"]  # fmt: skip
OUTLETS_EN = ["Reuters", "AP", "The Guardian", "BBC", "Bloomberg", "CNN", "Al Jazeera", "NPR"]
TAILS_ZH = ["……", "（未完）", "…[阅读全文]", "点击查看全文>>", "全文未完，点击进入下一页", "...", "(本文节选)"]
TAILS_EN = ["...", " [...]", "... Read more", "Continue reading", "(continued)"]
LIST_HEADS_ZH = [
    "相关新闻",
    "推荐阅读",
    "热门文章",
    "相关阅读",
    "延伸阅读",
    "猜你喜欢",
    "热点推荐",
    "大家都在看",
    "精彩推荐",
    "往期回顾",
]
LIST_HEADS_EN = ["Related stories", "More from this section", "Trending now", "You may also like", "Most read"]
SEPS_ZH = ["——————————", "* * *", "下一篇：{t}", "【延伸阅读】{t}", "上一篇：{t}", "━━━━━━", "{t}"]
SEPS_EN = ["* * *", "Next story: {t}", "----------", "READ NEXT: {t}", "{t}"]


class Editor:
    def __init__(self, rng: random.Random, synth: Synth, headlines_zh: list[str], headlines_en: list[str]) -> None:
        import rjieba

        self.rng = rng
        self.synth = synth
        self.cut = rjieba.cut
        self.h_zh = headlines_zh
        self.h_en = headlines_en

    # -- small pieces

    def date(self, zh: bool = True) -> str:
        r = self.rng
        y, m, d = r.randint(2012, 2024), r.randint(1, 12), r.randint(1, 28)
        clock = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        forms = [f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}", f"{m:02d}/{d:02d} {clock}",
                 f"{y}.{m}.{d}", f"{y}年{m}月{d}日" if zh else f"{d} {'JFMAMJJASOND'[m - 1]}{y}"]  # fmt: skip
        return r.choice(forms)

    def headline(self, zh: bool) -> str:
        r = self.rng
        if zh and r.random() < 0.3:
            return self.synth.title()
        pool = self.h_zh if zh else self.h_en
        return r.choice(pool)

    # -- truncation

    def truncate(self, t: str, zh: bool, at_sentence: bool) -> str:
        r = self.rng
        keep = int(len(t) * r.uniform(0.3, 0.9))
        ends = [m.end() for m in (_ENDS_ZH if zh else _ENDS_EN).finditer(t)]
        if at_sentence:
            ok = [e for e in ends if 0.2 * len(t) <= e <= keep] or [e for e in ends if e >= 0.2 * len(t)][:1]
            cut = ok[-1] if ok else keep
        else:
            cut = keep
            while cut < len(t) - 1 and (cut in ends or t[cut - 1] in "。！？\n .!?"):
                cut += 1
        out = t[:cut].rstrip()
        if r.random() < 0.5:
            tail = r.choice(TAILS_ZH if zh else TAILS_EN)
            out += ("\n" if r.random() < 0.5 else "") + tail
        return out

    # -- related-headline lists

    def related(self, t: str, zh: bool) -> str:
        r = self.rng
        n = r.randint(3, 15)
        heads = [self.headline(zh) for _ in range(n)]
        head = r.choice(LIST_HEADS_ZH if zh else LIST_HEADS_EN)
        colon = r.choice(["：", ":", "", "】"]) if zh else r.choice([":", ""])
        if colon == "】":
            head, colon = "【" + head, "】"
        outlets = OUTLETS_ZH if zh else OUTLETS_EN
        form = r.randrange(6)
        if form == 0:  # one a line with a bullet and a date
            bullet = r.choice(["· ", "• ", "▪", "- ", "◆ ", ""])
            lines = [f"{bullet}{h}{r.choice(['  ', ' ', '　'])}{self.date(zh)}" for h in heads]
        elif form == 1:  # numbered
            fmt = r.choice(["{i}. {h}", "{i}、{h}", "[{i}] {h}", "{i}）{h}", "0{i} {h}"])
            lines = [fmt.format(i=i + 1, h=h) for i, h in enumerate(heads)]
        elif form == 2:  # "|" separated, many lines
            lines = [f"{h} | {r.choice(outlets)} | {self.date(zh)}" for h in heads]
        elif form == 3:  # outlet and date in brackets
            lines = [f"{h}（{r.choice(outlets)} {self.date()}）" if zh
                     else f"{h} ({r.choice(outlets)}, {self.date(zh)})"
                     for h in heads]  # fmt: skip
        elif form == 4:  # one line, "|" separated
            lines = [r.choice([" | ", "｜", " / ", "  "]).join(heads)]
        else:  # one line, the heading and headlines with spaces
            lines = [" ".join(heads)]
        if len(lines) == 1 and r.random() < 0.6:
            return t + "\n" + head + colon + lines[0]
        block = ([head + colon] if r.random() < 0.85 else []) + lines
        if r.random() < 0.3:
            block.append(r.choice(["更多>>", "查看更多", "换一批", "More >"]))
        return t + "\n" + "\n".join(block)

    # -- deletions

    def delete_tokens(self, t: str, zh: bool, rate: float) -> str:
        r = self.rng
        if zh:
            toks = list(self.cut(t, False))
            idx = [i for i, w in enumerate(toks) if _CJK.search(w) or w.isalnum()]
        else:
            toks = re.split(r"( +)", t)
            idx = [i for i, w in enumerate(toks) if w.strip() and "\n" not in w]
        for i in r.sample(idx, int(rate * len(idx))):
            toks[i] = ""
        out = "".join(toks)
        return out if zh else re.sub(r" {2,}", " ", out)

    def delete_chars(self, t: str, zh: bool, rate: float) -> str:
        r = self.rng
        chars = list(t)
        idx = [i for i, c in enumerate(chars) if (_CJK.match(c) if zh else c.isalpha())]
        for i in r.sample(idx, int(rate * len(idx))):
            chars[i] = ""
        return "".join(chars)

    # -- glued texts

    def glued(self, t: str, other: str, zh: bool, sep: bool) -> str:
        r = self.rng
        share = r.uniform(0.2, 0.8)
        piece = other[: max(80, int(share * len(t)))]
        if not sep:
            joint = r.choice(["\n", "", "\n\n"]) if zh else r.choice(["\n", " ", "\n\n"])
        else:
            joint = "\n" + r.choice(SEPS_ZH if zh else SEPS_EN).format(t=self.headline(zh)) + "\n"
        if r.random() < 0.8:
            return t + joint + piece
        return piece + joint + t

    # -- moved paragraphs

    def para_move(self, t: str) -> str:
        r = self.rng
        lines = t.split("\n")
        if len(lines) < 4:
            parts = [p for p in re.split(r"(?<=[。！？.!?])", t) if p]
            if len(parts) < 4:
                return t
            i, j = sorted(r.sample(range(1, len(parts)), 2))
            parts[i], parts[j] = parts[j], parts[i]
            return "".join(parts)
        body = lines[1:]
        if r.random() < 0.5:
            i, j = r.sample(range(len(body)), 2)
            body.insert(j, body.pop(i))
        else:
            i = r.randrange(len(body) - 1)
            body[i], body[i + 1] = body[i + 1], body[i]
        return "\n".join([lines[0], *body])

    def apply(self, edit: str, t: str, zh: bool, filler: str) -> tuple[str, str]:
        """(new text, kind) of one edit."""
        r = self.rng
        if edit == "trunc":
            sent = r.random() < 0.5
            return self.truncate(t, zh, sent), "trunc_sent" if sent else "trunc_mid"
        if edit == "related":
            return self.related(t, zh), "related"
        if edit == "del":
            rate = r.uniform(0.03, 0.2)
            band = "lo" if rate < 0.1 else "hi"
            if r.random() < 0.5:
                return self.delete_tokens(t, zh, rate), f"del_tok_{band}"
            return self.delete_chars(t, zh, rate), f"del_char_{band}"
        if edit == "glued":
            sep = r.random() < 0.5
            return self.glued(t, filler, zh, sep), "glued_sep" if sep else "glued_bare"
        return self.para_move(t), "para_move"


# ---------------------------------------------------------------- hard negatives


def portal(rng: random.Random, ed: Editor) -> tuple[str, str]:
    """A portal page's head and foot (its own headlines), shared by every page of one template."""
    site = rng.choice(["东方资讯网", "华夏在线", "城市头条", "今日视点", "新锐网", "江南都市网", "北方新闻网"])
    channels = "首页 新闻 国内 国际 财经 科技 体育 娱乐 汽车 房产 教育 健康 旅游 军事 评论 图片 视频 专题".split()
    nav = " | ".join(rng.sample(channels, 12))
    hot = "\n".join(f"{i + 1} {ed.headline(True)}" for i in range(rng.randint(6, 10)))
    head = f"{site} - 全球华人资讯门户\n{nav}\n您的位置：{site} > 新闻中心 > 正文"
    foot = (
        f"\n相关推荐\n{hot}\n"
        f"关于我们 | 联系我们 | 广告服务 | 招聘信息 | 网站地图 | 意见反馈 | 法律声明\n"
        f"违法和不良信息举报电话：{rng.randint(100, 999)}-{rng.randint(10000000, 99999999)} "
        f"举报邮箱：jubao@{site[:2]}.cn\n"
        f"Copyright © 20{rng.randint(10, 24)} {site} 版权所有 未经书面授权禁止使用 "
        f"京ICP备{rng.randint(10000000, 99999999)}号 京公网安备{rng.randint(10**13, 10**14 - 1)}号"
    )
    return head, foot


def disclaimer(rng: random.Random, synth: Synth) -> str:
    return (
        "免责声明：本网站所刊载信息，不代表本站观点。" + "".join(synth.sentence() for _ in range(rng.randint(4, 8)))
        + f"\n版权说明：凡注明“来源：{rng.choice(OUTLETS_ZH)}”的作品，版权均属原作者所有，转载请注明出处。"
        + "".join(synth.sentence() for _ in range(rng.randint(2, 5)))
    )  # fmt: skip


def stylesheet(rng: random.Random) -> str:
    """2-8 KB of CSS and script text, as a crawl leaves it in a page's text."""
    words = ["nav", "header", "footer", "article", "content", "main", "side", "banner", "share", "comment", "hot",
             "list", "item", "title", "logo", "menu", "search", "btn", "icon", "wrap", "box", "tab", "pic",
             "txt"]  # fmt: skip
    props = ["margin:0 auto", "padding:{}px {}px", "font-size:{}px", "color:#{:03x}", "line-height:{}px",
             "background:#{:03x} url(//img.example.cn/{}.png) no-repeat", "width:{}px", "height:{}px", "display:block",
             "float:left", "overflow:hidden", "border:1px solid #{:03x}", "z-index:{}",
             "position:relative"]  # fmt: skip
    out: list[str] = []
    size = rng.randint(2000, 8000)
    n = 0
    while n < size:
        if rng.random() < 0.75:
            sel = " ".join(f".{rng.choice(words)}-{rng.choice(words)}" for _ in range(rng.randint(1, 3)))
            body = ";".join(
                p.format(*[rng.randint(1, 999) for _ in range(3)]) for p in rng.sample(props, rng.randint(2, 6))
            )
            s = f"{sel}{{{body}}}"
        else:
            a, b = rng.choice(words), rng.choice(words)
            s = (f"function {a}{b.title()}(e){{var {a}=document.getElementById('{b}_{rng.randint(1, 99)}');"
                 f"if({a}){{{a}.style.display='none';}}return {rng.randint(0, 9)};}}")  # fmt: skip
        out.append(s)
        n += len(s)
    return "\n".join(out) if rng.random() < 0.5 else "".join(out)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？!?])|(?<=\. )", text.replace("\n", "")) if s.strip()]


def negatives(rng: random.Random, ed: Editor, pool: list[Source], synth: Synth, h: str) -> list[Doc]:
    out: list[Doc] = []
    zh = [s for s in pool if s.zh]
    rng.shuffle(zh)
    it = iter(zh)
    k = 0
    while True:
        kind = NEGATIVES[k % len(NEGATIVES)]
        need = {"template": rng.randint(3, 4), "same_event": 1, "css": 3, "wire_lead": 3}[kind]
        got = [s for _, s in zip(range(need), it, strict=False)]
        if len(got) < need:
            return out
        k += 1
        group = f"{kind}:{h}{k}"
        if kind == "template":
            if rng.random() < 0.6:
                head, foot = portal(rng, ed)
                for s in got:
                    out.append(Doc(f"{head}\n{s.text[: rng.randint(100, 450)]}\n{foot}", s.sid, h, "neg", group))
            else:
                foot = disclaimer(rng, synth)
                for s in got:
                    out.append(Doc(f"{s.text}\n{foot}", s.sid, h, "neg", group))
        elif kind == "same_event":
            s = got[0]
            title, sents = s.text.split("\n", 1)[0], sentences(s.text.split("\n", 1)[-1])
            if len(sents) < 10:
                continue
            quotes = rng.sample(range(len(sents)), 2)
            rest = [x for i, x in enumerate(sents) if i not in quotes]
            blocks, at = [], 0
            while at < len(rest):  # (disjoint runs of 2-4 sentences, alternately A's and B's)
                step = rng.randint(2, 4)
                blocks.append(rest[at : at + step])
                at += step
            a = [x for b in blocks[0::2] for x in b]
            b = [x for b in blocks[1::2] for x in b]
            if min(len("".join(a)), len("".join(b))) < 2 * sum(len(sents[q]) for q in quotes):
                continue  # (a side mostly quotes would be the other's excerpt, not a story of its own)
            for side, body in (("A", a), ("B", b)):
                for q in quotes:
                    body.insert(rng.randint(0, len(body)), f"发言人表示：“{sents[q]}”")
                t = (title if side == "A" or rng.random() < 0.5 else f"{rng.choice(OUTLETS_ZH)}：{title}") + "\n"
                out.append(Doc(t + "".join(body), f"{s.sid}#{side}", h, "neg", group))
        elif kind == "css":
            css = stylesheet(rng)
            for s in got:
                story = s.text[: rng.randint(100, 500)]
                where = rng.random()
                if where < 0.4:
                    t = css + "\n" + story
                elif where < 0.7:
                    t = story + "\n" + css
                else:
                    cut = story.find("\n", len(story) // 3)
                    cut = cut if cut > 0 else len(story) // 2
                    t = story[:cut] + "\n" + css + "\n" + story[cut:]
                out.append(Doc(t, s.sid, h, "neg", group))
        else:
            lead_src = got[0]
            sents = sentences(lead_src.text.split("\n", 1)[-1])
            lead = "".join(sents[: rng.randint(1, 2)])
            for s in got[1:]:
                own = s.text.split("\n", 1)[-1]
                if len(own) < 2 * len(lead):
                    own = own + "\n" + synth.story((3, 5)).split("\n", 1)[1]
                title = lead_src.text.split("\n", 1)[0] if rng.random() < 0.5 else s.text.split("\n", 1)[0]
                out.append(Doc(f"{title}\n{lead}\n{own}", s.sid, h, "neg", group))


# ---------------------------------------------------------------- the corpus


def build(data: Path, seed: str | int) -> list[Doc]:
    rng = random.Random(f"dedup5:{seed}")
    gold = gold_sources(data)
    synth = Synth(rng)
    titles_zh = [s.text.split("\n", 1)[0] for s in gold if s.zh and 6 <= len(s.text.split("\n", 1)[0]) <= 40]
    titles_en = [s.text.split("\n", 1)[0] for s in gold if not s.zh and 15 <= len(s.text.split("\n", 1)[0]) <= 90]
    ed = Editor(rng, synth, titles_zh, titles_en)
    n_synth = 3 * len([s for s in gold if s.zh]) // 5
    sources = gold + [Source(f"synth/{seed}/{i}", synth.story(), True) for i in range(n_synth)]
    by_half: dict[str, list[Source]] = {h: [] for h in HALVES}
    for s in sources:
        by_half[half(CORPUS, s.sid)].append(s)
    docs: list[Doc] = []
    for h, pool in by_half.items():
        rng.shuffle(pool)
        zh_pool = [s for s in pool if s.zh]
        n_neg, n_fill = int(0.35 * len(zh_pool)), int(0.1 * len(zh_pool))
        neg, fill = zh_pool[:n_neg], [s.text.split("\n", 1)[-1] for s in zh_pool[n_neg : n_neg + n_fill]]
        used = {s.sid for s in zh_pool[: n_neg + n_fill]}
        en_pool = [s for s in pool if not s.zh]
        fill_en = [s.text.split("\n", 1)[-1] for s in en_pool[: len(en_pool) // 3]]
        used |= {s.sid for s in en_pool[: len(en_pool) // 3]}
        for s in pool:
            if s.sid in used:
                continue
            docs += copies(rng, ed, s, h, fill, fill_en, synth)
        docs += negatives(rng, ed, neg, synth, h)
    rng.shuffle(docs)
    return docs


def copies(rng: random.Random, ed: Editor, s: Source, h: str, fill: list[str], fill_en: list[str],
           synth: Synth) -> list[Doc]:  # fmt: skip
    out = [Doc(s.text, s.sid, h, "original")]
    made: list[tuple[str, list[str]]] = [(s.text, [])]
    for _ in range(rng.randint(3, 5)):
        parent, kinds = made[0] if len(made) == 1 or rng.random() < 0.85 else rng.choice(made[1:])
        edits = [rng.choice(EDITS)]
        if rng.random() < 0.3:
            edits.append(rng.choice([e for e in EDITS if e != edits[0]]))
            edits.sort(key=_PAGE_LAST.index)  # (the text's own edits first, then what the page adds around it)
        t, ks = parent, list(kinds)
        for e in edits:
            filler = ""
            if e == "glued" and s.zh:
                filler = fill.pop() if fill and rng.random() < 0.4 else synth.story((3, 8)).split("\n", 1)[1]
            elif e == "glued":
                filler = fill_en.pop() if fill_en else ""
                e = e if filler else "related"
            t, k = ed.apply(e, t, s.zh, filler)
            if k not in ks:
                ks.append(k)
        made.append((t, ks))
        out.append(Doc(t, s.sid, h, "+".join(ks)))
    return out


# ---------------------------------------------------------------- scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="dedup18-dev1")
    ap.add_argument("--seeds", default="", help="more seeds, comma-separated (fresh seeds: scores only)")
    ap.add_argument("--misses", action="store_true", help="list the tune half's missed copies and wrong merges")
    ap.add_argument("--dump", default="", help="write the first seed's corpus as JSON lines (debugging)")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401

    for seed in [args.seed] + [s for s in args.seeds.split(",") if s]:
        docs = build(Path(args.data), seed)
        if args.dump and seed == args.seed:
            import json

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
