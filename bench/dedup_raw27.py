"""A second raw-crawl near-duplicate corpus (issue 13, raw27), independent of ``dedup_raw26``'s crawl shape.

``dedup_raw26`` sets every repost and hard negative into one of 12 portal chromes per seed, so each chrome is in tens
of texts of the run; the split step's thresholds (a line is template when texts of ≥ 5 stories hold it, a text is
asked when ≥ 30 % of it is template) were tuned on that shape. This corpus is a crawl of *many small sites*:

- **few stories per chrome**: every chrome (a tune page's naive text around its gold story, as ``dedup_raw26`` reads
  it) is drawn for 2-4 texts of the run only (``PER_CHROME``), so no chrome line is held by 5 stories;
- **A/B chrome per crawl date**: each chrome has a second variant (``variant``: its hot list and navigation rows
  reshuffled and partly replaced, every number changed, a banner line added), and every text of that chrome takes
  one of the two variants (a site redesigned between two crawl days);
- **heavy chrome**: pages whose own chrome is up to 120 KB are taken (``dedup_raw26`` stops at 30 KB), and a third
  of the chromes carry a site map / "more news" block of 700-1,400 headline rows (``SITEMAP``): past 30 KB;
- **story + comments**: a copy may carry a comment thread after the story (``comments``: user, time, 1-3 sentences
  taken from other stories, 5-25 comments).

Copies (2-4 per story, besides its page as crawled): ``portal`` (another site's chrome), ``recrawl`` (its own chrome,
the other variant), ``trunc`` / ``related`` as ``dedup_raw26``, ``comments``. Hard negatives: ``template`` (2-4
stories in one chrome, A and B variants mixed), ``pair`` (exactly two stories in one chrome, both short: 80-400
characters), ``comments_neg`` (two stories in one chrome under one identical comment thread), ``series``,
``same_topic``, ``index`` as ``dedup_raw26`` (the chrome drawn per group).

Halves by story (``half("raw27", story id)``), tune pages only. Scores as ``dedup_corpus5``.

    .venv/bin/python bench/dedup_raw27.py --seed raw27-dev1 [--misses]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dedup_raw26 as raw26
from dedup_corpus4 import Doc, misses, report, run
from dedup_raw26 import Page, _ad, _related, dress, truncate
from halves import HALVES, half

CORPUS = "raw27"
KINDS = ("portal", "recrawl", "trunc", "related", "comments")
NEGATIVES = ("template", "pair", "comments_neg", "series", "same_topic", "index")
PER_CHROME = (2, 4)
SITEMAP = (700, 1400)
MAX_CHROME = 120_000
USERS = ["网友", "匿名用户", "手机用户", "新浪网友", "游客", "热心读者", "北京网友", "广东网友"]
BANNERS = ["【专题】两会特别报道", "新版首页上线，欢迎体验", "客户端下载 扫码领红包", "APP专享 精彩不断", "登录 | 注册"]


def variant(rng: random.Random, page: Page, titles: list[str]) -> Page:
    """The page's chrome as crawled another day after a redesign: numbers changed, a third of its short lines
    (navigation, hot list) replaced by other headlines, their order shuffled in blocks, a banner line added."""

    def redo(lines: list[str]) -> list[str]:
        out = raw26._renumber(rng, lines)
        out = [rng.choice(titles) if len(x) <= 40 and rng.random() < 0.33 else x for x in out]
        cut = rng.randint(0, len(out)) if out else 0
        return out[cut:] + out[:cut] if rng.random() < 0.5 else out

    head = redo(page.head)
    head.insert(min(len(head), 1), rng.choice(BANNERS))
    return Page(page.pid, head, page.story, redo(page.foot), page.code)


def sitemap(rng: random.Random, titles: list[str]) -> list[str]:
    """A site map / "more news" block: many headline rows with dates (a chrome past 30 KB)."""
    rows = ["更多新闻", "网站地图"]
    for _ in range(rng.randint(*SITEMAP)):
        t = rng.choice(titles)
        day = f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append(f"{t} {day} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
    return rows


def comments(rng: random.Random, sentences: list[str], n: tuple[int, int] = (5, 25)) -> list[str]:
    """A comment thread: a heading, then per comment a user/time line and 1-3 sentences taken from other stories."""
    out = [f"网友评论（{rng.randint(5, 9999)}条）", "我要评论"]
    for _ in range(rng.randint(*n)):
        out.append(f"{rng.choice(USERS)}{rng.randint(100, 99999)} {rng.randint(1, 59)}分钟前")
        out.append("".join(rng.sample(sentences, rng.randint(1, 3))) if sentences else "顶")
        out.append(f"回复 支持({rng.randint(0, 999)}) 反对({rng.randint(0, 99)})")
    return out


class Chromes:
    """The run's chromes: each page's chrome (with its variant, a third with a site map) drawn for at most
    ``PER_CHROME`` texts, then retired."""

    def __init__(self, rng: random.Random, pages: list[Page], titles: list[str]) -> None:
        self.rng, self.titles = rng, titles
        self.pool: list[tuple[Page, Page]] = []
        for p in pages:
            if rng.random() < 0.33:
                big = sitemap(rng, titles)
                half_foot = len(p.foot) // 2
                p = Page(p.pid, p.head, p.story, [*p.foot[:half_foot], *big, *p.foot[half_foot:]], p.code)
            self.pool.append((p, variant(rng, p, titles)))
        self.left: list[tuple[tuple[Page, Page], int]] = []
        """Sites serving texts now, with how many texts each may still take."""
        self.fresh: list[tuple[Page, Page]] = []
        self.uses: dict[str, int] = {}
        """Texts per site (chrome page id)."""

    def take(self, n: int = 1, avoid: str = "") -> list[Page]:
        """``n`` texts' chromes from one site (A or B variant each); a site serves 2-4 texts, then retires (sites are
        drawn again only when all have served)."""
        rng = self.rng
        fits = [i for i, (c, k) in enumerate(self.left) if k >= n and c[0].pid != avoid]
        if not fits:
            if not self.fresh:
                self.fresh = list(self.pool)
                rng.shuffle(self.fresh)
            pair = self.fresh.pop() if self.fresh[-1][0].pid != avoid or len(self.fresh) == 1 else self.fresh.pop(-2)
            self.left.append((pair, max(n, rng.randint(*PER_CHROME))))
            fits = [len(self.left) - 1]
        i = rng.choice(fits)
        pair, k = self.left[i]
        if k - n <= 0:
            self.left.pop(i)
        else:
            self.left[i] = (pair, k - n)
        self.uses[pair[0].pid] = self.uses.get(pair[0].pid, 0) + n
        return [rng.choice(pair) for _ in range(n)]


def copies(rng: random.Random, src: Page, chromes: Chromes, titles: list[str], sents: list[str], h: str) -> list[Doc]:
    out = [Doc("\n".join([*src.head, *src.story, *src.foot]), src.pid, h, "original")]
    for _ in range(rng.randint(2, 4)):
        kinds = [rng.choice(["portal", "portal", "recrawl"])]
        if rng.random() < 0.6:
            kinds.append(rng.choice(["trunc", "related", "comments"]))
        story = truncate(rng, src.story) if "trunc" in kinds else list(src.story)
        extra = _related(rng, titles) if "related" in kinds else []
        if "comments" in kinds:
            extra = extra + comments(rng, sents)
        if "recrawl" in kinds:
            chrome = variant(rng, src, titles)
            extra = extra + _ad(rng, titles)
        else:
            chrome = chromes.take(1, avoid=src.pid)[0]
        out.append(Doc(dress(rng, chrome, story, titles, extra), src.pid, h, "+".join(kinds)))
    return out


def _short(rng: random.Random, story: list[str]) -> list[str]:
    return [story[0], "".join(story[1:])[: rng.randint(80, 400)]]


def negatives(
    rng: random.Random, pool: list[Page], chromes: Chromes, titles: list[str], sents: list[str], h: str
) -> list[Doc]:
    out: list[Doc] = []
    it = iter(pool)
    k = 0
    while True:
        kind = NEGATIVES[k % len(NEGATIVES)]
        need = {"template": rng.randint(2, 4), "pair": 2, "comments_neg": 2}.get(kind, 1)
        got = [s for _, s in zip(range(need), it, strict=False)]
        if len(got) < need:
            return out
        k += 1
        group = f"{kind}:{h}{k}"
        if kind in ("template", "pair", "comments_neg"):
            thread = comments(rng, sents) if kind == "comments_neg" else []
            for s, chrome in zip(got, chromes.take(len(got)), strict=True):
                story = _short(rng, s.story) if kind == "pair" or rng.random() < 0.4 else list(s.story)
                out.append(Doc(dress(rng, chrome, story, titles, thread), s.pid, h, "neg", group))
            continue
        # series, same_topic, index: dedup_raw26's, in one chrome of this crawl
        chrome = chromes.take(3)[0]
        out += [
            Doc(d.text, d.story, d.half, d.kind, f"{kind}:{h}{k}")
            for d in raw26.negatives(rng, got, [chrome], titles, h, (kind,))
        ]


def build(data: Path, seed: str) -> list[Doc]:
    rng = random.Random(f"{CORPUS}:{seed}")
    pages = raw26.load(data, MAX_CHROME)
    titles = [p.title for p in pages if 6 <= len(p.title) <= 40]
    sents = [s for p in pages for s in raw26._sentences("".join(p.story[1:]))[:3] if 10 <= len(s) <= 80]
    by_half: dict[str, list[Page]] = {h: [] for h in HALVES}
    for p in pages:
        by_half[half(CORPUS, p.pid)].append(p)
    chromes = Chromes(rng, pages, titles)
    docs: list[Doc] = []
    for h, pool in by_half.items():
        rng.shuffle(pool)
        n_neg = int(0.4 * len(pool))
        for s in pool[n_neg:]:
            docs += copies(rng, s, chromes, titles, sents, h)
        docs += negatives(rng, pool[:n_neg], chromes, titles, sents, h)
    rng.shuffle(docs)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="raw27-dev1")
    ap.add_argument("--seeds", default="", help="more seeds, comma-separated (fresh seeds: scores only)")
    ap.add_argument("--misses", action="store_true", help="list the tune half's missed copies and wrong merges")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401

    for seed in [args.seed] + [s for s in args.seeds.split(",") if s]:
        docs = build(Path(args.data), seed)
        pred, cpu = run(docs)
        report(f"{CORPUS} seed {seed}", docs, pred, cpu)
        if args.misses and seed == args.seed:
            misses(docs, pred)


if __name__ == "__main__":
    main()
