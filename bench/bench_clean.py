"""Text-dump cleaning throughput (issue: target >= 20 MB/s per core).

Three corpora, timed with :func:`cleaner.text.textclean.clean_dump` in one process (CPU time):
the seed dumps (long paragraphs, real chrome), the gold article texts of the extraction
data set (one short paragraph per line), and synthetic dumps built from those texts —
several portal pages glued together, each with its chrome (share prompts, recommendation
blocks, metadata lines), and aggregator pages with 精选N segments: chrome-heavy on purpose.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from cleaner.rules import default_rules
from cleaner.text.textclean import clean_dump

ROOT = Path(__file__).resolve().parent.parent
CHROME_TOP = ["用微信扫码二维码", "分享至好友和朋友圈", "当前位置 > 首页 > 财经 > 正文"]
CHROME_META = ["本文来源:新京报", "作者:记者 张三", "责任编辑:李四_NB1234"]
CHROME_TAIL = [
    "用微信扫码二维码",
    "分享至好友和朋友圈",
    "加载更多新闻",
    "热门产品:",
    "阅读下一篇",
    "为您推荐:",
    "换一换",
]
SITES = ["网易财经", "百度知道", "新浪财经", "搜狐", "凤凰网资讯", "腾讯新闻"]


def build_corpus(data: Path, target_mb: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    golds = [p.read_text(encoding="utf-8") for p in sorted(data.glob("*/gold/*.txt"))]
    golds += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))]
    golds = [g for g in golds if len(g) > 200]
    dumps: list[str] = []
    size = 0
    while size < target_mb * 1e6:
        parts: list[str] = []
        for _ in range(rng.randint(2, 5)):
            body = rng.choice(golds)
            title = body.strip().split("\n")[0][:30].strip() or "标题"
            if rng.random() < 0.2:  # aggregator page
                parts.append(title)
                parts.append("作者:之家哥")
                for n in "一二三":
                    parts.append(f"《{title}》 精选{n}" + rng.choice(golds).replace("\n", ""))
                continue
            glue = "" if rng.random() < 0.5 else "\n"
            parts.append(glue + f"{title}_{rng.choice(SITES)}\n{title}")
            parts += CHROME_TOP[: rng.randint(0, 3)]
            parts.append(body)
            parts += CHROME_META
            parts += CHROME_TAIL[: rng.randint(1, len(CHROME_TAIL))]
        text = "\n".join(parts)
        dumps.append(text)
        size += len(text.encode("utf-8"))
    return dumps


def _rate(corpus: list[str], repeat: int, *, forget: bool = False) -> tuple[float, float, int]:
    """(MB, best CPU seconds, pages) for cleaning every dump of ``corpus``.

    ``forget``: clear the rules' per-line memory before each dump, so a line seen in an
    earlier dump (a repeated corpus) is not a free hit: the rate without cross-dump reuse.
    """
    rules = default_rules()
    clean_dump(corpus[0], rules=rules)  # warm up: rule compilation is not part of the rate
    size = sum(len(t.encode("utf-8")) for t in corpus)
    best, pages = float("inf"), 0
    for _ in range(repeat):
        rules.memo.clear()
        t0 = time.process_time()
        pages = 0
        for t in corpus:
            if forget:
                rules.memo.clear()
            pages += len(clean_dump(t, source="bench", rules=rules))
        best = min(best, time.process_time() - t0)
    return size / 1e6, best, pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "extraction")
    ap.add_argument("--mb", type=float, default=20.0, help="size of the synthetic corpus in MB")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))]
    golds = [p.read_text(encoding="utf-8") for p in sorted(args.data.glob("*/gold/*.txt"))]
    corpora = [
        ("seed dumps (x100)", seeds * 100),
        ("gold article texts", golds),
        ("synthetic glued dumps", build_corpus(args.data, args.mb)),
    ]
    print("Text-dump cleaning, one process, CPU time (target >= 20 MB/s per core)")
    print(f"{'corpus':<24} {'MB':>7} {'pages':>7} {'CPU s':>7} {'MB/s/core':>10} {'no reuse':>9}")
    for name, corpus in corpora:
        if not corpus:
            print(f"{name:<24} (no data)")
            continue
        mb, cpu, pages = _rate(corpus, args.repeat)
        _, cpu_alone, _ = _rate(corpus, args.repeat, forget=True)
        print(f"{name:<24} {mb:>7.1f} {pages:>7} {cpu:>7.2f} {mb / cpu:>10.1f} {mb / cpu_alone:>9.1f}")
    print("no reuse: the line memory cleared before every dump (no help from lines seen in earlier dumps)")


if __name__ == "__main__":
    main()
