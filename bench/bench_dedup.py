"""Near-duplicate benchmark: cleaner's collapse against a plain datasketch + jieba baseline.

Builds, deterministically (seed 4, :func:`load_corpus`), a corpus from the gold texts in
``--data`` (``../shared/data/extraction/*/gold``; read at run time, never copied):

- one cluster per gold text: the original plus 0-4 reposts, each with 1-3 edits
  drawn from: portal header + footer, "《标题》 精选N" header, 1-5 % keyword
  deletions, 1-2 sentence deletions, truncation + "……阅读全文", two adjacent
  paragraphs swapped, half/full-width punctuation, traditional characters
  (OpenCC s2t);
- hard negatives: short stories (the opening paragraphs of other gold texts)
  placed inside shared long page templates (navigation, "相关阅读" lists,
  copyright footer), several different stories per template; some of them also
  appear bare elsewhere (same story as their templated page).

Two more corpora (``bench/dedup_corpus2.py``): ``dedup2``, an independent generator over the English and
cleaneval_zh gold texts, and ``dedup3``, that generator over the Chinese news gold texts (daniel_zh, cwced_zh,
magichtml_zh), the shape of the reposts the tool is for. And ``dedup4`` (``bench/dedup_corpus4.py``, seed 1), a fourth
generator written apart from the others: Chinese reposts in chains (words deleted, truncations, related headlines,
glued texts, rewrites, reordering, Traditional lines), hard negatives by group kind (same event, template, CSS, press
release). And ``dedup5`` (``bench/dedup_corpus5.py``, seed ``dedup18-dev1``), a fifth, independent edit model
(truncations, related lists in six forms, words or single characters deleted, glued texts, paragraph moves; hard
negatives: template, same event, CSS, wire lead). And ``dedup33`` (``bench/dedup_corpus33.py``, seed
``dedupgen33-dev1``), a seventh: synthetic Chinese news from its own sentence frames (no gold text), reposted and
crawled as portal page text dumps (hard negatives: series intro, two agencies, market template, CSS, forum quote,
portal chrome; glued digest pages must not bridge their two stories). And ``dedup36`` (``bench/dedup_corpus36.py``,
seed ``dedupgen36-dev1``), an eighth: short Weibo posts reposted in ``//@`` chains and cards, English wire stories
republished (datelines, local paragraphs, British spelling, trims), listicles reordered and renumbered, inline adverts,
OCR noise, HTML entities and Markdown marks (hard negatives: lottery / topic posts of one template, press releases
sharing an "About X" block, match reports and notices of one template). And ``dedup37`` (``bench/dedup_corpus37.py``,
seed ``dedupgen37-dev1``), a ninth: English local and wire news as outlets syndicate, update and re-serve it (page
chrome and re-scrapes, AMP and print views, headline rewrites, bylines, updated versions, corrections, briefs, house
style; hard negatives: briefs in one outlet's chrome, two agencies on one event, follow-ups, earnings and game recaps
of one template). And ``dedup38`` (``bench/dedup_corpus38.py``, seed ``dedupgen38-dev1``), a tenth: the Chinese gold
texts (daniel_zh, cwced_zh, cleaneval_zh) as 洗稿 rewrites, WeChat 公众号 and forum reposts, HK Traditional with width
changes, print OCR, crawler-glued pages and paragraph-range excerpts (hard negatives: portal template, serialized novel
chapters, stock and weather reports of one template, an annual press release re-issued).

And real hard negatives: the raw text of every bench page (stylesheets and scripts left in) collapsed together,
with the pairs of different pages it merges (``raw_merges``).

Then prints pairwise precision / recall / F1 per corpus and half for cleaner and the baselines side by side, and
CPU time, MB per CPU-second and peak memory on a speed corpus (``dedup_corpus2.speed_corpus``: that generator's
corpora of several seeds, ``--speed-mb`` MB at least, default 12) for cleaner's ``collapse()``, the rensa + rjieba
baseline and the pipeline ``-j 1``. The baselines: datasketch MinHash over jieba word shingles (quality only;
``--no-baseline`` skips it) and rensa over rjieba, LSH candidates. Each system runs in its own subprocess so peak
RSS is its own. ``--quick``: the quality part, cleaner alone. ``--corpus NAME``: the quality part of that corpus alone.

    .venv/bin/python bench/bench_dedup.py --data ../shared/data/extraction [--speed-mb 12] [--no-baseline] [--quick]
        [--corpus dedup38]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import resource
import subprocess
import sys
import zlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dedup_corpus2
import dedup_corpus4
import dedup_corpus5
import dedup_corpus33
import dedup_corpus36
import dedup_corpus37
import dedup_corpus38
from dedup_corpus2 import Doc
from halves import HALVES, half

ZH_HEADERS = [
    "新浪新闻 首页 > 国内新闻 > 正文\n{date} 来源：新华网 编辑：王晓明\n",
    "腾讯网 > 财经频道 > 滚动新闻\n{date}　作者：本报记者　来源：经济日报\n",
    "网易新闻 | 新闻中心 | 社会\n{date} 来源: 中国新闻网 举报\n",
    "搜狐首页 > 新闻 > 正文\n原标题已修改 {date} 阅读量：10万+\n",
]
ZH_FOOTERS = [
    "\n责任编辑：李华 SN225\n文章关键词：新闻 资讯 我要反馈 保存网页",
    "\n（本文来自澎湃新闻，更多原创资讯请下载“澎湃”APP）\n打开APP阅读更多精彩内容",
    "\n声明：本文仅代表作者观点，不代表本站立场。转载请注明出处。\n分享到：微信 微博 QQ空间",
    "\n更多精彩内容，请关注我们的微信公众号！长按二维码识别关注\n版权所有 未经授权禁止转载",
]
EN_HEADERS = [
    "Home > World News > Article\nPublished {date} | By Staff Reporter | 5 min read\n",
    "NEWSWIRE | Business | {date}\nShare on Facebook Share on Twitter Email\n",
]
EN_FOOTERS = [
    "\nCopyright 2017 Newswire. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.",
    "\nSign up for our newsletter to get the latest stories delivered to your inbox. Related topics: "
    "business, economy.",
]
HALF2FULL = str.maketrans({",": "，", ".": "。", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"})
FULL2HALF = str.maketrans(
    {v: k for k, v in {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}.items()}
)
SENT = re.compile(r"(?<=[。！？!?])|(?<=\. )")
CJK = re.compile(r"[\u4e00-\u9fff]")


def load_gold(data: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(glob.glob(str(data / "*" / "gold" / "*.txt"))):
        text = Path(path).read_text(encoding="utf-8").strip()
        if len(text) >= 200:
            out.append((Path(path).parent.parent.name + "/" + Path(path).stem, text))
    return out


class Editor:
    def __init__(self, rng: random.Random) -> None:
        import opencc
        import rjieba

        self.rng = rng
        self.s2t = opencc.OpenCC("s2t")
        self.cut = rjieba.cut

    def date(self) -> str:
        r = self.rng
        return f"2017年{r.randint(1, 12)}月{r.randint(1, 28)}日 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"

    def header_footer(self, t: str, zh: bool) -> str:
        h = self.rng.choice(ZH_HEADERS if zh else EN_HEADERS).format(date=self.date())
        return h + t + self.rng.choice(ZH_FOOTERS if zh else EN_FOOTERS)

    def jingxuan(self, t: str, zh: bool) -> str:
        title = t.split("\n", 1)[0][:30]
        n = self.rng.choice("一二三四五六")
        return f"《{title}》 精选{n}" + t if zh else f"Editor's pick #{self.rng.randint(1, 6)}: {title}\n" + t

    def keyword_del(self, t: str, zh: bool) -> str:
        words = list(self.cut(t, False)) if zh else re.split(r"(\s+)", t)
        rate = self.rng.uniform(0.01, 0.05)
        cand = [i for i, w in enumerate(words) if len(w.strip()) >= 2]
        for i in self.rng.sample(cand, int(len(cand) * rate)):
            words[i] = ""
        return "".join(words)

    def sentence_del(self, t: str, zh: bool) -> str:
        sents = [s for s in SENT.split(t) if s]
        if len(sents) < 6:
            return t
        for _ in range(self.rng.randint(1, 2)):
            del sents[self.rng.randrange(1, len(sents) - 1)]
        return "".join(sents)

    def truncate(self, t: str, zh: bool) -> str:
        cut = int(len(t) * self.rng.uniform(0.35, 0.8))
        return t[:cut] + ("……阅读全文" if zh else "... Read more")

    def para_swap(self, t: str, zh: bool) -> str:
        paras = t.split("\n")
        if len(paras) < 3:
            return t
        i = self.rng.randrange(0, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
        return "\n".join(paras)

    def punct_width(self, t: str, zh: bool) -> str:
        return t.translate(FULL2HALF if "，" in t else HALF2FULL)

    def traditional(self, t: str, zh: bool) -> str:
        return self.s2t.convert(t) if zh else t

    EDITS = (
        "header_footer",
        "jingxuan",
        "keyword_del",
        "sentence_del",
        "truncate",
        "para_swap",
        "punct_width",
        "traditional",
    )

    def repost(self, t: str) -> tuple[str, list[str]]:
        zh = bool(CJK.search(t))
        edits = self.rng.sample(self.EDITS, self.rng.randint(1, 3))
        # content edits first, then presentation (truncation last among content edits)
        order = [
            "keyword_del",
            "sentence_del",
            "para_swap",
            "truncate",
            "punct_width",
            "traditional",
            "jingxuan",
            "header_footer",
        ]
        for e in sorted(edits, key=order.index):
            t = getattr(self, e)(t, zh)
        return t, edits


def natural_duplicates(gold: list[tuple[str, str]]) -> dict[str, str]:
    """Gold texts that are themselves copies of one story (the same wire story on two portals): label map.

    Independent of cleaner's code: character 6-grams of the text without punctuation, in simplified
    characters; containment of the smaller set in the larger ≥ 0.5. (Until December 2026 only the grams at even
    offsets were kept: two copies shifted by an odd number of characters shared none, and 10 pairs of gold texts
    that are one article on two sites — cleaneval_zh/26 and cwced_zh/8cb7b39d…, both the same report — counted as
    different stories.)"""
    import opencc

    t2s = opencc.OpenCC("t2s")
    grams = []
    for _, text in gold:
        t = re.sub(r"[\W_]+", "", t2s.convert(text))
        grams.append({t[i : i + 6] for i in range(max(1, len(t) - 5))})
    index: dict[str, list[int]] = {}
    for i, g in enumerate(grams):
        for x in g:
            if zlib.crc32(x.encode("utf-8")) % 16 == 0:
                index.setdefault(x, []).append(i)
    label = {gid: gid for gid, _ in gold}
    parent = list(range(len(gold)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, g in enumerate(grams):
        seen = {j for x in g if x in index for j in index[x] if j > i}
        for j in seen:
            small, big = (g, grams[j]) if len(g) <= len(grams[j]) else (grams[j], g)
            if small and len(small & big) / len(small) >= 0.5:
                parent[find(j)] = find(i)
    for i, (gid, _) in enumerate(gold):
        label[gid] = gold[find(i)][0]
    return label


def build(
    gold: list[tuple[str, str]], seed: int, published: dict[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """(doc name, text, gold id it was made from) in a shuffled order. ``published`` (when given) receives, per
    gold id, the text the corpus holds of it: the whole text, or a short story's excerpt (what :func:`labels` must
    compare)."""
    rng = random.Random(seed)
    lay = random.Random(seed)
    ed = Editor(rng)
    items = list(gold)
    lay.shuffle(items)
    n_short = min(80, len(items) // 6)
    shorts, bases = items[:n_short], items[n_short:]
    docs: list[tuple[str, str, str]] = []
    for gid, text in bases:
        if published is not None:
            published[gid] = text
        docs.append((f"{gid}#0", text, gid))
        for c in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
            t, edits = ed.repost(text)
            docs.append((f"{gid}#{c + 1}:{'+'.join(edits)}", t, gid))
    # hard negatives: several short stories in one long shared template
    pool = [t for _, t in bases]
    for k in range(0, len(shorts), 4):
        group = shorts[k : k + 4]
        zh = bool(CJK.search(group[0][1]))
        lines = [p.split("。")[0][:40] if zh else p.split(". ")[0][:80] for p in lay.sample(pool, 16)]
        if zh:
            head = "首页 | 新闻 | 财经 | 科技 | 体育 | 娱乐 | 汽车 | 房产 | 教育\n"
            head += f"当前位置：首页 > 资讯 > 正文 模板{k}\n热门推荐\n"
            tail = "\n相关阅读\n" + "\n".join(lines[8:]) + "\n关于我们 | 联系我们 | 广告服务 | 网站地图 | 版权声明\n"
            tail += f"Copyright © 2003-2017 模板{k}网 版权所有 京ICP备000{k}号"
        else:
            head = "Home | News | Business | Tech | Sports | Entertainment\n"
            head += f"You are here: Home > News template{k}\nTrending\n"
            tail = "\nRelated stories\n" + "\n".join(lines[8:]) + "\nAbout us | Contact | Advertise | Sitemap\n"
            tail += f"Copyright 2003-2017 Template{k} Media. All rights reserved."
        head += "\n".join(lines[:8]) + "\n"
        for gid, text in group:
            paras = [p for p in text.split("\n") if p.strip()]
            take = lay.randint(1, 3)
            while take < len(paras) and len("\n".join(paras[:take])) < 150:
                take += 1
            story = "\n".join(paras[:take])[:600]
            if published is not None:
                published[gid] = story
            docs.append((f"{gid}#page", head + story + tail, gid))
            if rng.random() < 0.5:
                t, edits = ed.repost(story)
                docs.append((f"{gid}#bare:{'+'.join(edits)}", t, gid))
    rng.shuffle(docs)
    return docs


def labels(published: dict[str, str]) -> dict[str, str]:
    """Story label per gold id: :func:`natural_duplicates` among the texts *as the corpus holds them* (``published``
    by :func:`build`: a whole gold text, or the excerpt of a short story's page). Until December 2026 the labels
    came from the whole gold texts, so a page holding only the first lines of gold text A was labelled one story
    with gold text B whenever the *whole* A and B shared ≥ 50 % of their 6-grams (two outlets' write-ups of one
    study), even where that excerpt shares next to nothing with B (6-gram containment 0.25-0.44 on the tune half):
    a label no text in the corpus supports, and the opposite of corpus 2's ``topic`` hard negatives (parts of one
    text that share no text are different stories). A short story whose excerpt *is* in B (containment ≥ 0.5)
    stays B's story. See docs/dedup-template-excerpts.md."""
    return natural_duplicates(sorted(published.items()))


# ---------------------------------------------------------------- both corpora as one record type

CORPUS1, CORPUS2, CORPUS3 = "dedup", "dedup2", dedup_corpus2.NEWS_NAME
"""Set names for ``bench/halves.py``: the first generator's corpus (above), ``dedup_corpus2``'s, and that generator
over the Chinese news gold texts."""
CORPORA = (CORPUS1, CORPUS2, CORPUS3)
CORPUS4 = "dedup4"
"""``bench/dedup_corpus4.py`` (reposts as reposting sites make them, an independent generator; seed 1): its documents
carry their own half (their extraction page's), so the tools that split by ``split_name`` (``dedup_seeds``,
``dedup_misses``) take ``CORPORA`` only; its table is printed with the others."""
CORPUS5, CORPUS5_SEED = dedup_corpus5.CORPUS, "dedup18-dev1"
"""``bench/dedup_corpus5.py`` (an edit model written apart from the others, glued texts and one-line lists included;
seed ``dedup18-dev1``): like ``dedup4``, its documents carry their own half (by story)."""
CORPUS33, CORPUS33_SEED = dedup_corpus33.CORPUS, "dedupgen33-dev1"
"""``bench/dedup_corpus33.py`` (synthetic Chinese news from its own sentence frames, reposted and crawled: page text
dumps, captions, editor lines, headline changes, width and Traditional mixes, sentence splits, duplicated paragraphs,
teasers; hard negatives: series intro, two agencies, market template, CSS, forum quote, portal chrome, glued
digest pages; seed ``dedupgen33-dev1``): its documents carry their own half (by story)."""
CORPUS36, CORPUS36_SEED = dedup_corpus36.CORPUS, "dedupgen36-dev1"
"""``bench/dedup_corpus36.py`` (its own texts: Weibo posts, wire stories, listicles, articles; reposted as chains and
cards, republished wire copy, reordered lists, inline adverts, OCR noise, entities, Markdown; hard negatives: lottery
template, shared "About X" boilerplate, match reports, notices; seed ``dedupgen36-dev1``): halves by story."""
CORPUS37, CORPUS37_SEED = dedup_corpus37.CORPUS, "dedupgen37-dev1"
"""``bench/dedup_corpus37.py`` (its own English local and wire news, as outlets syndicate, update and re-serve it: page
chrome, re-scrapes, AMP and print views, headline rewrites, bylines, updated versions, corrections, briefs, house
style; hard negatives: briefs of one outlet's chrome, two agencies on one event, follow-ups, earnings and game recaps
of one template; seed ``dedupgen37-dev1``): halves by story."""
CORPUS38, CORPUS38_SEED = dedup_corpus38.CORPUS, "dedupgen38-dev1"
"""``bench/dedup_corpus38.py`` (the Chinese gold texts reposted as 洗稿 rewrites, WeChat and forum reposts, HK
Traditional, print OCR, crawler-glued pages, paragraph-range excerpts; hard negatives: portal template, novel chapters,
stock and weather reports, a re-issued press release; seed ``dedupgen38-dev1``): halves by story (its gold page)."""
OWN_HALVES = (CORPUS4, CORPUS5, CORPUS33, CORPUS36, CORPUS37, CORPUS38)
BENCH_CORPORA = (*CORPORA, CORPUS4, CORPUS5, CORPUS33, CORPUS36, CORPUS37, CORPUS38)


def split_name(corpus: str) -> str:
    """The name a corpus's stories are split into halves under: the third corpus is the second's generator over
    other sources, and splits as it does."""
    return CORPUS2 if corpus == CORPUS3 else corpus


def load_corpus(name: str, data: Path, seed: int | None = None) -> list[Doc]:
    """The documents of one corpus as :class:`dedup_corpus2.Doc` (name, text, story, source, kind, group)."""
    if name in (CORPUS2, CORPUS3):
        return dedup_corpus2.build(data, 11 if seed is None else seed, name=name)
    gold = load_gold(data)
    published: dict[str, str] = {}
    built = build(gold, 4 if seed is None else seed, published=published)
    label = labels(published)
    out = []
    for n, t, c in built:
        gid, _, rest = n.partition("#")
        copy, _, edits = rest.partition(":")
        if copy == "0":
            kind = "original"
        elif copy == "page":
            kind = "neg"
        elif copy == "bare":
            kind = "in_template+" + edits
        else:
            kind = edits
        tpl = re.search(r"(?:模板|template)(\d+)", t) if kind == "neg" else None
        out.append(dedup_corpus2.Doc(n, t, label[c], gid, kind, f"tpl{tpl.group(1)}" if tpl else ""))
    return out


# ---------------------------------------------------------------- scores


def pairwise(pred: list[str], truth: list[str]) -> tuple[float, float, float]:
    def pairs(counter: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    tp = pairs(Counter(zip(pred, truth, strict=True)))
    pp, tt = pairs(Counter(pred)), pairs(Counter(truth))
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(corpus: str, docs: list[Doc], pred: list[str]) -> dict[str, dict[str, object]]:
    """Per half: precision, recall, F1 (pairwise, over the half's documents), recall by edit kind (a copy is
    found when it sits in the cluster of its story's original, or of the page it was published in), and
    hard-negative merges (pairs of one template / stylesheet / topic group with different stories, merged)."""
    out: dict[str, dict[str, object]] = {}
    halves = {d.source: half(split_name(corpus), d.source) for d in docs}
    for h in HALVES:
        idx = [i for i, d in enumerate(docs) if halves[d.source] == h]
        p, r, f1 = pairwise([pred[i] for i in idx], [docs[i].story for i in idx])
        anchor: dict[tuple[str, str], str] = {}  # the original (or page) a copy was made from
        for i in idx:
            if docs[i].kind in ("original", "neg"):
                anchor.setdefault((docs[i].source, docs[i].story), pred[i])
        found: dict[str, list[int]] = {}
        for i in idx:
            d = docs[i]
            if d.kind in ("original", "neg") or (d.source, d.story) not in anchor:
                continue
            for k in d.kind.split("+"):
                found.setdefault(k, []).append(int(pred[i] == anchor[(d.source, d.story)]))
        groups: dict[str, list[int]] = {}
        for i in idx:
            if docs[i].group:
                groups.setdefault(docs[i].group, []).append(i)
        hn = sum(
            1
            for members in groups.values()
            for a, i in enumerate(members)
            for j in members[a + 1 :]
            if pred[i] == pred[j] and docs[i].story != docs[j].story
        )
        hn_pairs = sum(
            1 for members in groups.values() for a, i in enumerate(members) for j in members[a + 1 :]
            if docs[i].story != docs[j].story
        )  # fmt: skip
        out[h] = {
            "precision": p, "recall": r, "f1": f1, "docs": len(idx), "hn_merges": hn, "hn_pairs": hn_pairs,
            "by_kind": {k: (sum(v) / len(v), len(v)) for k, v in sorted(found.items())},
        }  # fmt: skip
    return out


def scores4(by_half: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    """:func:`dedup_corpus4.score` (or :func:`dedup_corpus5.score`, the same form) in the form of :func:`scores`
    (hard-negative merges also by group kind)."""
    out: dict[str, dict[str, object]] = {}
    for h, x in by_half.items():
        hn: dict[str, list[int]] = x["hn"]  # type: ignore[assignment]
        out[h] = {
            "precision": x["precision"], "recall": x["recall"], "f1": x["f1"], "docs": x["docs"],
            "hn_merges": sum(v[0] for v in hn.values()), "hn_pairs": sum(v[1] for v in hn.values()),
            "by_kind": x["by_kind"], "hn_by_kind": hn,
        }  # fmt: skip
    return out


def cpu_seconds() -> float:
    """CPU time of this process and its joined children: the per-core cost, whatever else the machine runs."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def peak_rss_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return max(self_kb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


# ---------------------------------------------------------------- systems (each returns a cluster id per text)


def run_cleaner(texts: list[str], workers: int = 1) -> tuple[list[str], float, dict[str, int]]:
    """``collapse()`` over plain ``Document(id, text)`` records: cluster per text, CPU seconds, counts."""
    from cleaner.dedup import collapse
    from cleaner.document import Document
    from cleaner.execution.executor import make_executor

    inputs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    ex = make_executor(workers)
    if ex.workers > 1:
        list(ex.map(len, [[0]] * (4 * ex.workers)))
    c0 = cpu_seconds()
    res = collapse(inputs, executor=ex)
    ex.close()  # joins the workers, so their CPU time is counted
    cpu = cpu_seconds() - c0
    story_of = {s.doc_id: st.id for st in res.stories for s in st.sources}
    return [story_of[d.id or ""] for d in inputs], cpu, res.counts()


def _union(n: int, pairs: Iterable[tuple[int, int]]) -> list[str]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return [str(find(i)) for i in range(n)]


def run_baseline(texts: list[str]) -> tuple[list[str], float, dict[str, int]]:
    """Plain datasketch + jieba: MinHash 128 perms over jieba word 5-shingles, MinHashLSH threshold 0.5, union
    of all LSH candidates."""
    import logging

    import jieba
    from datasketch import MinHash, MinHashLSH

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    c0 = cpu_seconds()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    mhs = []
    for i, text in enumerate(texts):
        words = [w for w in jieba.lcut(text) if w.strip()]
        shingles = {" ".join(words[j : j + 5]).encode("utf-8") for j in range(max(1, len(words) - 4))}
        m = MinHash(num_perm=128)
        m.update_batch(shingles)
        lsh.insert(str(i), m)
        mhs.append(m)
    pred = _union(len(texts), ((i, int(j)) for i, m in enumerate(mhs) for j in lsh.query(m)))
    return pred, cpu_seconds() - c0, {}


def run_rensa(texts: list[str]) -> tuple[list[str], float, dict[str, int]]:
    """A faster baseline: rensa's Rust MinHash (128 perms) over rjieba word 5-shingles, its LSH (threshold 0.5,
    16 bands), union of all candidates."""
    import rensa
    import rjieba

    c0 = cpu_seconds()
    lsh = rensa.RMinHashLSH(threshold=0.5, num_perm=128, num_bands=16)
    mhs = []
    for i, text in enumerate(texts):
        words = [w for w in rjieba.cut(text, False) if w.strip()]
        shingles = [" ".join(words[j : j + 5]) for j in range(max(1, len(words) - 4))]
        m = rensa.RMinHash(num_perm=128, seed=42)
        m.update(shingles)
        lsh.insert(i, m)
        mhs.append(m)
    pred = _union(len(texts), ((i, int(j)) for i, m in enumerate(mhs) for j in lsh.query(m)))
    return pred, cpu_seconds() - c0, {}


SYSTEMS = {"cleaner": run_cleaner, "datasketch+jieba": run_baseline, "rensa+rjieba": run_rensa}


def run_pipeline(docs: list[Doc]) -> float:
    """The whole pipeline (``cleaner.pipeline.run``, ``-j 1``) over the documents as ``.txt`` dumps (one file
    each, in a temporary directory): CPU seconds, after a warm-up run over 20 of them."""
    import tempfile

    from cleaner.pipeline import RunOptions, run

    # --time-limit 0: cleaning in this process, where its CPU time is counted (the command line's -j 1 cleans on one
    # worker process forked from a fork server, which getrusage(RUSAGE_CHILDREN) does not see; a library call with
    # one worker runs in process anyway)
    opts = RunOptions(time_limit=None)

    with tempfile.TemporaryDirectory(prefix="bench-dedup-") as tmp:
        root = Path(tmp)
        for sub, part in (("warm", docs[:20]), ("in", docs)):
            (root / sub).mkdir()
            for i, d in enumerate(part):
                (root / sub / f"{i:06d}.txt").write_text(d.text, encoding="utf-8")
        run([root / "warm"], root / "out-warm", workers=1, options=opts)
        c0 = cpu_seconds()
        run([root / "in"], root / "out", workers=1, options=opts)
        return cpu_seconds() - c0


# ---------------------------------------------------------------- one measurement per child process


RAW_SETS = ("daniel_zh", "cwced_zh", "cleaneval_zh", "magichtml_zh", "daniel_en", "scrapinghub_en", "magichtml_en")


def _grams(text: str) -> set[str]:
    t = re.sub(r"\s+", "", text)
    return {t[i : i + 8] for i in range(max(0, len(t) - 7))}


def raw_merges(data: Path) -> dict[str, object]:
    """Hard negatives from real pages: the raw text of every bench page (every text node, stylesheets and scripts
    included: what a raw crawl's text holds) collapsed together. Pages of one site share their
    navigation, footers and script; two pages are one story only when their gold texts are (8-gram containment ≥
    0.5). Per half (of the extraction split; "mixed": a pair across halves): pairs merged, and merged wrongly."""
    from selectolax.lexbor import LexborHTMLParser

    from cleaner.dedup import collapse
    from cleaner.document import Document

    docs, gold, halves = [], {}, {}
    for name in RAW_SETS:
        for line in (data / name / "meta.jsonl").read_text(encoding="utf-8").splitlines():
            pid = json.loads(line)["id"]
            page = (data / name / "html" / f"{pid}.html").read_text(encoding="utf-8", errors="replace")
            root = LexborHTMLParser(page).root  # every text node, those of <style> and <script> too
            raw = root.text(separator="\n") if root is not None else ""
            text = "\n".join(x.strip() for x in raw.splitlines() if x.strip())
            key = f"{name}/{pid}"
            docs.append(Document(id=key, text=text))
            gold[key] = _grams((data / name / "gold" / f"{pid}.txt").read_text(encoding="utf-8", errors="replace"))
            halves[key] = half(name, pid)
    c0 = cpu_seconds()
    res = collapse(docs)
    cpu = cpu_seconds() - c0
    merged: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for story in res.stories:
        ids = [src.doc_id or "" for src in story.sources]
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                h = halves[a] if halves[a] == halves[b] else "mixed"
                merged[h] += 1
                wrong[h] += len(gold[a] & gold[b]) < 0.5 * max(1, min(len(gold[a]), len(gold[b])))
    mb = sum(len(d.text.encode()) for d in docs) / 1e6
    same = _same_story_pairs(gold, halves)
    return {"pages": len(docs), "mb": mb, "cpu": cpu, "merged": dict(merged), "wrong": dict(wrong), "same": same}


def _same_story_pairs(gold: dict[str, set[str]], halves: dict[str, str]) -> dict[str, int]:
    """Pairs of pages that are one story by their gold texts (8-gram containment ≥ 0.5), per half: candidates
    from a shared 8-gram of an eighth of them (by hash), then the exact containment."""
    pages_of: dict[str, list[str]] = {}
    for key, grams in gold.items():
        for g in grams:
            if zlib.crc32(g.encode()) % 8 == 0:
                pages_of.setdefault(g, []).append(key)
    cands = {
        (a, b) for keys in pages_of.values() if 1 < len(keys) < 50 for i, a in enumerate(keys) for b in keys[i + 1 :]
    }
    same: Counter[str] = Counter()
    for a, b in cands:
        small = min(len(gold[a]), len(gold[b]))
        if small and len(gold[a] & gold[b]) >= 0.5 * small:
            same[halves[a] if halves[a] == halves[b] else "mixed"] += 1
    return dict(same)


def child(args: argparse.Namespace) -> None:
    data = Path(args.data)
    if args.system == "cleaner":
        import cleaner.dedup.warm  # noqa: F401  (rjieba dictionary, fold table, permutations: one-time start-up)
    if args.task == "raw":
        print(json.dumps(raw_merges(data)))
        return
    args.corpus = args.corpus or CORPUS2  # (a child of the speed, pipeline and raw tasks: no corpus of its own)
    if args.task == "quality" and args.corpus in OWN_HALVES:
        builders = {
            CORPUS4: lambda: dedup_corpus4.build(data, 1), CORPUS5: lambda: dedup_corpus5.build(data, CORPUS5_SEED),
            CORPUS33: lambda: dedup_corpus33.build(data, CORPUS33_SEED),
            CORPUS36: lambda: dedup_corpus36.build(data, CORPUS36_SEED),
            CORPUS37: lambda: dedup_corpus37.build(data, CORPUS37_SEED),
            CORPUS38: lambda: dedup_corpus38.build(data, CORPUS38_SEED),
        }  # fmt: skip
        docs45: list[Any] = builders[args.corpus]()
        SYSTEMS[args.system]([d.text for d in docs45[:150]])  # (warm: the first texts of the corpus itself)
        pred, cpu, counts = SYSTEMS[args.system]([d.text for d in docs45])
        by_half = dedup_corpus4.score(docs45, pred)  # (dedup_corpus5, 33, 36, 37 and 38 score the same way)
        result: dict[str, object] = {"scores": scores4(by_half), "counts": counts}
        docs: list[Any] = docs45
    elif args.task == "quality":
        docs = load_corpus(args.corpus, data)
        warm = load_corpus(args.corpus, data, seed=99)[:150]
        SYSTEMS[args.system]([d.text for d in warm])
        pred, cpu, counts = SYSTEMS[args.system]([d.text for d in docs])
        result = {"scores": scores(args.corpus, docs, pred), "counts": counts}
    else:
        docs = dedup_corpus2.speed_corpus(data, args.speed_mb)
        if args.task == "pipeline":
            cpu = run_pipeline(docs)
        else:
            SYSTEMS[args.system]([d.text for d in dedup_corpus2.build(data, 99, halves=False)[:150]])
            _, cpu, _ = SYSTEMS[args.system]([d.text for d in docs])
        result = {}
    mb = sum(len(d.text.encode()) for d in docs) / 1e6
    lines = [line for d in docs for line in d.text.split("\n") if line.strip()]
    result.update(mb=mb, cpu=cpu, rss_mb=peak_rss_mb(), docs=len(docs), lines=len(lines), distinct=len(set(lines)))
    print(json.dumps(result))


def measure(args: argparse.Namespace, task: str, system: str, corpus: str = "") -> dict[str, object]:
    cmd = [sys.executable, __file__, "--data", args.data, "--task", task, "--system", system,
           "--speed-mb", str(args.speed_mb)] + (["--corpus", corpus] if corpus else [])  # fmt: skip
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--speed-mb", type=float, default=12.0, help="size of the speed corpus (≥ 10)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the (slow) datasketch baseline")
    ap.add_argument("--quick", action="store_true", help="quality only, cleaner only (while tuning)")
    ap.add_argument("--task", choices=["quality", "speed", "pipeline", "raw"], help=argparse.SUPPRESS)
    ap.add_argument("--system", choices=list(SYSTEMS), default="cleaner", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", choices=BENCH_CORPORA, help="the quality part of this corpus alone (its two halves)")
    args = ap.parse_args()
    if args.task:
        child(args)
        return
    systems = ["cleaner"] if args.quick else [s for s in SYSTEMS if not (args.no_baseline and s.startswith("data"))]
    corpora = (args.corpus,) if args.corpus else BENCH_CORPORA
    quality = {(c, s): measure(args, "quality", s, c) for c in corpora for s in systems}
    print_quality(quality, systems, corpora)
    if args.corpus:
        return
    print_raw(measure(args, "raw", "cleaner"))
    if args.quick:
        return
    speed = {s: measure(args, "speed", s) for s in systems if s != "datasketch+jieba"}
    speed["cleaner pipeline -j 1 (--time-limit 0)"] = measure(args, "pipeline", "cleaner")
    print_speed(quality, speed, systems)


def print_raw(raw: dict[str, Any]) -> None:
    print(
        f"\n== raw pages: the {raw['pages']} bench pages' raw text ({raw['mb']:.1f} MB; every text node, stylesheets "
        f"and scripts included) collapsed together by cleaner ({raw['mb'] / max(raw['cpu'], 1e-9):.1f} MB/CPU-s)"
    )
    print("pairs of pages merged / of them different stories (gold texts 8-gram containment < 0.5) / pairs of one")
    print("story (containment ≥ 0.5) merged, of all such pairs:")
    for h in (*HALVES, "mixed"):
        merged, wrong, same = raw["merged"].get(h, 0), raw["wrong"].get(h, 0), raw.get("same", {}).get(h, 0)
        print(f"  {h:6s} {merged:5d} / {wrong:5d}   one story: {merged - wrong:4d} of {same:4d}")


def print_quality(
    quality: dict[tuple[str, str], dict[str, Any]], systems: list[str], corpora: tuple[str, ...] = BENCH_CORPORA
) -> None:
    for corpus in corpora:
        first = quality[(corpus, systems[0])]
        print(f"\n== corpus {corpus} ({first['docs']} documents, {first['mb']:.1f} MB): pairwise scores by half")
        print(f"{'system':18s} {'half':5s} {'docs':>5s} {'precision':>9s} {'recall':>7s} {'F1':>6s} {'HN merged':>10s}")
        for s in systems:
            sc = quality[(corpus, s)]["scores"]
            for h in HALVES:
                x = sc[h]
                hn = f"{x['hn_merges']}/{x['hn_pairs']}"
                row = f"{x['docs']:5d} {x['precision']:9.4f} {x['recall']:7.4f} {x['f1']:6.4f} {hn:>10s}"
                print(f"{s:18s} {h:5s} {row}")
        kinds = sorted({k for s in systems for h in HALVES for k in quality[(corpus, s)]["scores"][h]["by_kind"]})
        cols = [(s, h) for s in systems for h in HALVES]
        print("recall by edit kind (copies found in their story's cluster; n = copies in the half):")
        print(f"{'kind':14s} " + " ".join(f"{(s[:10] + ' ' + h):>17s}" for s, h in cols))
        for k in kinds:
            cells = []
            for s, h in cols:
                r, n = quality[(corpus, s)]["scores"][h]["by_kind"].get(k, (float("nan"), 0))
                cells.append(f"{r:9.3f} (n={n:3d})")
            print(f"{k:14s} " + " ".join(f"{c:>17s}" for c in cells))
        for s in systems if corpus in OWN_HALVES else ():
            for h in HALVES:
                by = quality[(corpus, s)]["scores"][h]["hn_by_kind"]
                print(f"hard negatives merged, {s} {h}: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in by.items()))
        print("cleaner counts:", json.dumps(quality[(corpus, "cleaner")]["counts"]))


def print_speed(quality: dict[tuple[str, str], dict[str, Any]], speed: dict[str, dict[str, Any]],
                systems: list[str]) -> None:  # fmt: skip
    sp = next(iter(speed.values()))
    print(
        f"\n== speed (CPU time: user + system of the measuring process and its children, warm, one core; load now "
        f"{os.getloadavg()[0]:.1f})\nspeed corpus: {sp['docs']} documents, {sp['mb']:.1f} MB, {sp['lines']} "
        f"non-empty lines of which {sp['distinct']} distinct (dedup2 of several seeds, one letter or digit of every "
        "line replaced by another of the line until no document has that line; lines of fewer than two letters or "
        "digits stay as they are)"
    )
    print(f"{'system':40s} {'corpus':8s} {'MB':>6s} {'CPU s':>7s} {'MB/CPU-s':>9s} {'peak RSS MB':>11s}")
    for name, m in speed.items():
        label = f"{name} collapse()" if name == "cleaner" else name
        print(f"{label:40s} {'speed':8s} {m['mb']:6.1f} {m['cpu']:7.2f} {m['mb'] / m['cpu']:9.2f} {m['rss_mb']:11.0f}")
    for (corpus, s), m in quality.items():
        print(f"{s:40s} {corpus:8s} {m['mb']:6.1f} {m['cpu']:7.2f} {m['mb'] / m['cpu']:9.2f} {m['rss_mb']:11.0f}")
    print(
        "targets (check halves): F1 ≥ 0.97 with precision ≥ 0.99, recall ≥ 0.95 on every edit kind, no hard-negative"
        " merge; collapse() and the whole pipeline (-j 1, text dumps) ≥ 10 MB per CPU-second on ≥ 10 MB of "
        "documents sharing no line; peak memory < 1 GB per 50 MB of text"
    )


if __name__ == "__main__":
    main()
