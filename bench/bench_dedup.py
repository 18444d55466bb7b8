"""Near-duplicate benchmark: cleaner's collapse against a plain datasketch + jieba baseline.

Builds, deterministically from ``--seed``, a corpus from the gold texts in
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

Then prints pairwise precision / recall / F1, MB/s per core and peak memory for
cleaner (``-j 1`` and ``-j N``) and for the baseline (datasketch MinHash 128
perms over jieba word 5-shingles, MinHashLSH threshold 0.5, union of all LSH
candidates) side by side. Each system runs in its own subprocess so peak RSS is
its own. ``--size-mb 50`` repeats the generation (new seeds) up to that size.

    .venv/bin/python bench/bench_dedup.py --data ../shared/data/extraction [--size-mb 50] [--workers N]
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
import time
import zlib
from collections import Counter
from pathlib import Path

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

    Independent of cleaner's code: character 6-grams (every 2nd) of the text without punctuation, in simplified
    characters; containment of the smaller set in the larger ≥ 0.5."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    grams = []
    for _, text in gold:
        t = re.sub(r"[\W_]+", "", t2s.convert(text))
        grams.append({t[i : i + 6] for i in range(0, max(1, len(t) - 5), 2)})
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


def build(gold: list[tuple[str, str]], seed: int, layout: int | None = None) -> list[tuple[str, str, str]]:
    """(doc name, text, truth cluster label) in a shuffled order.

    ``layout`` (default ``seed``) decides which texts become short stories and the page templates around
    them, ``seed`` everything else: the repetitions of ``--size-mb`` keep one layout, so a short story
    comes back in the same page (a recrawl), not re-wrapped in a new template."""
    rng = random.Random(seed)
    lay = random.Random(seed if layout is None else layout)
    ed = Editor(rng)
    items = list(gold)
    lay.shuffle(items)
    n_short = min(80, len(items) // 6)
    shorts, bases = items[:n_short], items[n_short:]
    docs: list[tuple[str, str, str]] = []
    for gid, text in bases:
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
            docs.append((f"{gid}#page", head + story + tail, gid))
            if rng.random() < 0.5:
                t, edits = ed.repost(story)
                docs.append((f"{gid}#bare:{'+'.join(edits)}", t, gid))
    rng.shuffle(docs)
    return docs


def corpus(data: Path, seed: int, size_mb: float | None) -> list[tuple[str, str, str]]:
    gold = load_gold(data)
    docs = build(gold, seed)
    rep = 1
    while size_mb and sum(len(t.encode()) for _, t, _ in docs) < size_mb * 1e6:
        docs += [(f"r{rep}/{n}", t, c) for n, t, c in build(gold, seed + rep, layout=seed)]
        rep += 1
    label = natural_duplicates(gold)
    return [(n, t, label[c]) for n, t, c in docs]


def pairwise(pred: list[str], truth: list[str]) -> tuple[float, float, float]:
    def pairs(counter: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    tp = pairs(Counter(zip(pred, truth, strict=True)))
    pp, tt = pairs(Counter(pred)), pairs(Counter(truth))
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cpu_seconds() -> float:
    """CPU time of this process and its joined children: the per-core cost, whatever else the machine runs."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_cleaner(
    docs: list[tuple[str, str, str]], workers: int
) -> tuple[list[str], float, float, dict[str, int], tuple[float, float]]:
    from cleaner.dedup import DedupParams, collapse
    from cleaner.document import Document, Source
    from cleaner.executor import make_executor

    inputs = [Document(text=t, sources=[Source(path=n)]) for n, t, _ in docs]
    # one-time start-up, outside the clock (reported on its own): with a pool, its workers started from the
    # warm fork server
    w0, wc0 = time.perf_counter(), cpu_seconds()
    ex = make_executor(workers)
    if ex.workers > 1:
        list(ex.map(len, [[0]] * (4 * ex.workers)))
    warm = (time.perf_counter() - w0, cpu_seconds() - wc0)
    t0, c0 = time.perf_counter(), cpu_seconds()
    res = collapse(inputs, executor=ex)
    ex.close()  # joins the workers, so their CPU time is counted
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    story_of = {s.path: st.id for st in res.stories for s in st.sources}
    counts = res.counts()
    # copies a state would keep evidence for (similarity below DedupParams.settled: movable)
    settled = DedupParams().settled
    counts["movable_copies"] = len({s.doc_id for st in res.stories for s in st.sources if s.similarity < settled})
    return [story_of[n] for n, _, _ in docs], wall, cpu, counts, warm


def run_baseline(
    docs: list[tuple[str, str, str]],
) -> tuple[list[str], float, float, dict[str, int], tuple[float, float]]:
    w0, wc0 = time.perf_counter(), cpu_seconds()
    import logging

    import jieba
    from datasketch import MinHash, MinHashLSH

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    warm = (time.perf_counter() - w0, cpu_seconds() - wc0)
    t0, c0 = time.perf_counter(), cpu_seconds()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    mhs = []
    for i, (_, text, _) in enumerate(docs):
        words = [w for w in jieba.lcut(text) if w.strip()]
        shingles = {" ".join(words[j : j + 5]).encode("utf-8") for j in range(max(1, len(words) - 4))}
        m = MinHash(num_perm=128)
        m.update_batch(shingles)
        lsh.insert(str(i), m)
        mhs.append(m)
    parent = list(range(len(docs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in enumerate(mhs):
        for j in lsh.query(m):
            a, b = find(i), find(int(j))
            if a != b:
                parent[max(a, b)] = min(a, b)
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    return [str(find(i)) for i in range(len(docs))], wall, cpu, {}, warm


def warm_cleaner() -> tuple[float, float]:
    """The one-time process start-up of cleaner's dedup stage, first thing in the process (the corpus builder
    loads rjieba too): rjieba's dictionary, the fold table, the MinHash permutations (cleaner.dedup.warm)."""
    w0, wc0 = time.perf_counter(), cpu_seconds()
    import cleaner.dedup.warm  # noqa: F401

    return time.perf_counter() - w0, cpu_seconds() - wc0


def child(args: argparse.Namespace) -> None:
    start = warm_cleaner() if args.only != "baseline" else (0.0, 0.0)
    docs = corpus(Path(args.data), args.seed, args.size_mb)
    if args.only == "baseline":
        pred, wall, cpu, counts, warm = run_baseline(docs)
    else:
        pred, wall, cpu, counts, warm = run_cleaner(docs, args.workers)
    warm = (warm[0] + start[0], warm[1] + start[1])
    p, r, f1 = pairwise(pred, [c for _, _, c in docs])
    mb = sum(len(t.encode()) for _, t, _ in docs) / 1e6
    distinct_mb = sum(len(t.encode()) for t in {t for _, t, _ in docs}) / 1e6
    rss = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    print(
        json.dumps(
            {
                "precision": p,
                "recall": r,
                "f1": f1,
                "mb": mb,
                "distinct_mb": distinct_mb,
                "wall": wall,
                "cpu": cpu,
                "rss_mb": rss / 1024,
                "docs": len(docs),
                "clusters": len(set(c for _, _, c in docs)),
                "counts": counts,
                "warm_wall": warm[0],
                "warm_cpu": warm[1],
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--size-mb", type=float, default=None)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-baseline", action="store_true", help="skip the (slow) baseline")
    ap.add_argument(
        "--repeat", type=int, default=3, help="runs of each cleaner configuration, each in a fresh process; the "
        "table shows the fastest (the machine is shared: the minimum is the run least disturbed by others)",
    )
    ap.add_argument("--only", choices=["cleaner", "baseline"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.only:
        child(args)
        return
    common = [sys.executable, __file__, "--data", args.data, "--seed", str(args.seed)]
    if args.size_mb:
        common += ["--size-mb", str(args.size_mb)]
    runs = [("cleaner -j 1", ["--only", "cleaner", "--workers", "1"], 1)]
    if args.workers > 1:
        runs.append((f"cleaner -j {args.workers}", ["--only", "cleaner", "--workers", str(args.workers)], args.workers))
    if not args.no_baseline:
        runs.append(("baseline datasketch+jieba", ["--only", "baseline"], 1))
    rows = []
    spread: dict[str, list[float]] = {}
    for name, extra, cores in runs:
        tries = []
        for _ in range(max(1, args.repeat) if name.startswith("cleaner") else 1):
            out = subprocess.run(common + extra, check=True, capture_output=True, text=True).stdout
            tries.append(json.loads(out.strip().splitlines()[-1]))
        m = min(tries, key=lambda t: float(t["cpu"] if cores == 1 else t["wall"]))
        spread[name] = [float(t["cpu"] if cores == 1 else t["wall"]) for t in tries]
        rows.append((name, m, cores))
    m0 = rows[0][1]
    print(
        f"corpus: {m0['docs']} documents, {m0['clusters']} true stories, {m0['mb']:.2f} MB (seed {args.seed}); "
        f"{m0['distinct_mb']:.2f} MB in distinct texts (exact copies take the fast path, never hashed)"
    )
    cols = (
        ("precision", 9), ("recall", 7), ("F1", 6), ("wall s", 7), ("CPU s", 7),
        ("MB/s/core(wall)", 15), ("MB/CPU-s", 8), ("peak RSS MB", 11),
    )  # fmt: skip
    print(f"{'system':28s} " + " ".join(f"{c:>{w}s}" for c, w in cols))
    for name, m, cores in rows:
        # pool workers may be children of a fork server, whose CPU time this process cannot see
        cpu, per_cpu = (f"{m['cpu']:7.2f}", f"{m['mb'] / m['cpu']:8.2f}") if cores == 1 else ("    n/a", "     n/a")
        print(
            f"{name:28s} {m['precision']:9.4f} {m['recall']:7.4f} {m['f1']:6.4f} {m['wall']:7.2f} {cpu} "
            f"{m['mb'] / m['wall'] / cores:15.2f} {per_cpu} {m['rss_mb']:11.0f}"
        )
    print(
        "MB/s/core(wall) = MB / (wall seconds x workers); MB/CPU-s = MB per CPU-second of the (single) process: "
        f"per-core throughput that stays honest when other jobs share the machine (load now {os.getloadavg()[0]:.1f})"
    )
    print(
        "one-time start-up, before the clock (not in the figures above): "
        + "; ".join(
            f"{name} {m['warm_wall']:.2f} s wall" + (f", {m['warm_cpu']:.2f} s CPU" if cores == 1 else "")
            for name, m, cores in rows
        )
        + " (cleaner: rjieba dictionary, fold table, pool start; baseline: jieba dictionary, datasketch import)"
    )
    print(
        "fastest of each configuration's runs; all runs (CPU s for -j 1, wall s otherwise): "
        + "; ".join(f"{name} {' / '.join(f'{x:.2f}' for x in xs)}" for name, xs in spread.items())
    )
    print("cleaner counts:", json.dumps(m0["counts"]))
    print("targets: F1 ≥ 0.97 with precision ≥ 0.99; ≥ 10 MB/s per core; < 1 GB peak for 50 MB")


if __name__ == "__main__":
    main()
