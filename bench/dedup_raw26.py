"""Raw-crawl near-duplicate corpus (issue 13, raw26): texts as a crawler's naive html→text dump gives them.

Made from the *tune* halves of the Chinese extraction sets in ``--data`` (``bench/halves.py``): each page's naive
text (every text node, those of ``<style>`` and ``<script>`` too, as ``bench_dedup.raw_merges`` reads it) is cut
into its *chrome* (the lines before and after its gold story: navigation, portal header and footer, stylesheet and
script text) and its story (the gold text). A copy of one story is set into another page's chrome, as a repost
crawled from another portal on another day. The corpus is split into its own tune and check halves by story
(``half("raw26", story id)``). A crawl holds many pages of few portals: each seed draws ``PORTALS`` pages whose
chromes every repost and hard negative is set into (shared by both halves), so a portal's chrome is in tens of
texts of the run, each story's own lines in a few.

Each story: its page as crawled (the original) and 2-4 copies, each with one or two of:

- ``portal``   the story in another page's chrome, with a reworded header (``标题_网站名``, ``【标题】``), its
  title repeated in the body, a JSON blob of the page state (title, summary), a comment count;
- ``recrawl``  the same page crawled another day: every number of the chrome changed, its hot list reshuffled,
  another ad block, another comment count;
- ``trunc``    the story's tail cut (50-90 % kept, at a sentence end) with a "read on" line;
- ``related``  a "相关新闻 / 热门推荐" block of other headlines after the story.

Hard negatives (sources no story uses; each text is its own story):

- ``template``   3-4 different stories in one chrome (half of them short: 80-400 characters in a page of
  kilobytes), each with its own JSON blob and comment count;
- ``code``       3 stories in three chromes sharing one long stylesheet / script text (2-12 KB) and a JSON config;
- ``same_topic`` two reports of one event: one title, two quoted sentences, otherwise disjoint sentences;
- ``series``     one long text cut into parts "（一）/（二）/（三）" in one chrome, each titled with its number;
- ``index``      2-3 list pages of one site (page 1, 2, ...): 15-30 headline + date + summary lines each, disjoint.

Scores per half as ``dedup_corpus5``: pairwise P / R / F1, wrong pairs, recall by kind, hard-negative merges.

    .venv/bin/python bench/dedup_raw26.py --seed raw26-dev1 [--misses]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedup_corpus4 import Doc, misses, report, run
from halves import HALVES, TUNE, half

CORPUS = "raw26"
SETS = ("cleaneval_zh", "cwced_zh", "daniel_zh", "magichtml_zh")
KINDS = ("portal", "recrawl", "trunc", "related")
NEGATIVES = ("template", "code", "same_topic", "series", "index")
MAX_CHROME = 30_000
PORTALS = 12
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ENDS = re.compile(r"[。！？!?]”?")
SITES = ["新浪新闻", "网易新闻", "搜狐", "凤凰网", "腾讯新闻", "环球网", "中华网", "东方网", "北青网", "光明网"]
READ_ON = ["点击查看全文>>", "阅读全文", "（未完待续）", "全文未完，点击进入下一页", "查看原文"]
RELATED = ["相关新闻", "热门推荐", "相关阅读", "猜你喜欢", "大家都在看", "精彩推荐"]


@dataclass(frozen=True, slots=True)
class Page:
    pid: str
    head: list[str]
    """The chrome before the story (lines)."""
    story: list[str]
    """The gold story (lines); its first line is the title."""
    foot: list[str]
    code: str
    """The page's stylesheet and script text."""

    @property
    def title(self) -> str:
        return self.story[0]


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.splitlines() if x.strip()]


def load(data: Path, max_chrome: int = MAX_CHROME) -> list[Page]:
    """Every usable tune page: a gold story of ≥ 200 characters found in its naive text, chrome ≤ ``max_chrome``."""
    from selectolax.lexbor import LexborHTMLParser

    pages: list[Page] = []
    seen: set[str] = set()
    pages_seen: set[str] = set()
    for name in SETS:
        for line in (data / name / "meta.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            pid = rec["id"]
            if half(name, pid) != TUNE or rec.get("page_type", "article") != "article":
                continue
            gold = _lines((data / name / "gold" / f"{pid}.txt").read_text(encoding="utf-8", errors="replace"))
            body = "".join(gold)
            flat = re.sub(r"\s+", "", body)
            grams = {flat[i : i + 8] for i in range(len(flat) - 7)}
            html = (data / name / "html" / f"{pid}.html").read_text(encoding="utf-8", errors="replace")
            key = re.sub(r"\s+", "", html)
            if len(body) < 200 or len(_CJK.findall(body)) < 0.5 * len(body) or len(grams & seen) > 0.15 * len(grams):
                continue  # (natural duplicates: cwced_zh holds cleaneval_zh's pages, some with another gold)
            if key in pages_seen:
                continue
            seen |= grams
            pages_seen.add(key)
            tree = LexborHTMLParser(html)
            raw = _lines(tree.root.text(separator="\n")) if tree.root is not None else []
            code = "\n".join(_lines("\n".join(n.text() for n in tree.css("style, script"))))
            inside = [i for i, x in enumerate(raw) if len(x) >= 8 and x in body]
            if not inside:
                continue
            head, foot = raw[: inside[0]], raw[inside[-1] + 1 :]
            if sum(map(len, head + foot)) > max_chrome or sum(map(len, head + foot)) < 300:
                continue
            pages.append(Page(f"{name}/{pid}", head, gold, foot, code))
    return pages


# ---------------------------------------------------------------- chrome pieces


def _renumber(rng: random.Random, lines: list[str]) -> list[str]:
    """A crawl of another day: every number in the chrome is another (dates, counts, ids)."""
    return [re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), x) for x in lines]


def _blob(rng: random.Random, title: str, summary: str) -> str:
    state = {"article": {"id": rng.randint(10**8, 10**9), "title": title, "summary": summary[:60],
                         "comments": rng.randint(0, 9999), "pv": rng.randint(100, 10**6)},
             "user": None, "ab": rng.choice(["a", "b"])}  # fmt: skip
    return "window.__INITIAL_STATE__=" + json.dumps(state, ensure_ascii=False) + ";"


def _comments(rng: random.Random) -> str:
    return rng.choice(["评论({n})", "{n}条评论", "参与{n} 评论{m}", "已有{n}人参与"]).format(
        n=rng.randint(0, 9999), m=rng.randint(0, 999)
    )


def _headlines(rng: random.Random, titles: list[str], n: int) -> list[str]:
    return rng.sample(titles, min(n, len(titles)))


def _related(rng: random.Random, titles: list[str]) -> list[str]:
    block = [rng.choice(RELATED)]
    for t in _headlines(rng, titles, rng.randint(4, 10)):
        block.append(
            rng.choice(["· {t}", "{t}", "{t} {d}"]).format(t=t, d=f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        )
    return block


def _ad(rng: random.Random, titles: list[str]) -> list[str]:
    return [rng.choice(["广告", "推广", "赞助商链接"]), *_headlines(rng, titles, rng.randint(1, 4))]


def _header(rng: random.Random, title: str) -> str:
    return rng.choice(["{t}_{s}", "{t} - {s}", "【{t}】", "{t}|{s}", "{t}"]).format(t=title, s=rng.choice(SITES))


def dress(rng: random.Random, chrome: Page, story: list[str], titles: list[str], extra: list[str] | None = None) -> str:
    """``story`` (title first) set into ``chrome``'s page as a crawl dumps it."""
    title = story[0]
    head = list(chrome.head)
    if head:
        head[0] = _header(rng, title)  # (the <title> text opens a naive dump)
    else:
        head = [_header(rng, title)]
    day = f"{2000 + rng.randint(8, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    body = [title, f"{day} 来源：{rng.choice(SITES)}", _comments(rng), *story[1:], *(extra or [])]
    tail = [_blob(rng, title, "".join(story[1:2]))] if rng.random() < 0.6 else []
    return "\n".join([*head, *body, *chrome.foot, *tail])


# ---------------------------------------------------------------- positives


def truncate(rng: random.Random, story: list[str]) -> list[str]:
    text = "\n".join(story[1:])
    keep = int(len(text) * rng.uniform(0.5, 0.9))
    ends = [m.end() for m in _ENDS.finditer(text) if 0.3 * len(text) <= m.end() <= keep]
    cut = ends[-1] if ends else keep
    return [story[0], *_lines(text[:cut]), rng.choice(READ_ON)]


def copies(rng: random.Random, src: Page, chromes: list[Page], titles: list[str], h: str) -> list[Doc]:
    out = [Doc("\n".join([*src.head, *src.story, *src.foot]), src.pid, h, "original")]
    for _ in range(rng.randint(2, 4)):
        kinds = [rng.choice(["portal", "portal", "recrawl"])]
        if rng.random() < 0.5:
            kinds.append(rng.choice(["trunc", "related"]))
        story = truncate(rng, src.story) if "trunc" in kinds else list(src.story)
        extra = _related(rng, titles) if "related" in kinds else []
        if "recrawl" in kinds:
            chrome = Page(src.pid, _renumber(rng, src.head), src.story, _renumber(rng, src.foot), src.code)
            extra = extra + _ad(rng, titles)
        else:
            chrome = rng.choice([c for c in chromes if c.pid != src.pid])
        out.append(Doc(dress(rng, chrome, story, titles, extra), src.pid, h, "+".join(kinds)))
    return out


# ---------------------------------------------------------------- hard negatives


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？!?])", text.replace("\n", "")) if s.strip()]


def negatives(
    rng: random.Random,
    pool: list[Page],
    chromes: list[Page],
    titles: list[str],
    h: str,
    kinds: tuple[str, ...] = NEGATIVES,
) -> list[Doc]:
    """Hard-negative groups of ``kinds`` in turn from the pages ``pool`` (each page's story used once)."""
    out: list[Doc] = []
    it = iter(pool)
    k = 0
    while True:
        kind = kinds[k % len(kinds)]
        need = {"template": rng.randint(3, 4), "code": 3, "same_topic": 1, "series": 1, "index": 1}[kind]
        got = [s for _, s in zip(range(need), it, strict=False)]
        if len(got) < need:
            return out
        k += 1
        group = f"{kind}:{h}{k}"
        chrome = rng.choice(chromes)
        if kind == "template":
            for s in got:
                story = list(s.story)
                if rng.random() < 0.5:
                    story = [story[0], "".join(story[1:])[: rng.randint(80, 400)]]
                out.append(Doc(dress(rng, chrome, story, titles), s.pid, h, "neg", group))
        elif kind == "code":
            code = max((c.code for c in rng.sample(chromes, min(8, len(chromes)))), key=len)[: rng.randint(2000, 12000)]
            config = _blob(rng, "", "").replace("__INITIAL_STATE__", "__CONFIG__")
            for s in got:
                text = dress(rng, rng.choice(chromes), list(s.story), titles)
                out.append(Doc(code + "\n" + config + "\n" + text if rng.random() < 0.5 else text + "\n" + code,
                               s.pid, h, "neg", group))  # fmt: skip
        elif kind == "same_topic":
            s = got[0]
            sents = _sentences("".join(s.story[1:]))
            if len(sents) < 10:
                continue
            quotes = rng.sample(range(len(sents)), 2)
            rest = [x for i, x in enumerate(sents) if i not in quotes]
            a, b = rest[0::2], rest[1::2]
            for side, body in (("A", a), ("B", b)):
                for q in quotes:
                    body.insert(rng.randint(0, len(body)), f"发言人表示：“{sents[q]}”")
                text = dress(rng, rng.choice(chromes), [s.title, *body], titles)
                out.append(Doc(text, f"{s.pid}#{side}", h, "neg", group))
        elif kind == "series":
            s = got[0]
            sents = _sentences("".join(s.story[1:]))
            n = 3 if len(sents) >= 15 else 2
            if len(sents) < 6:
                continue
            step = len(sents) // n
            for i in range(n):
                part = sents[i * step : (i + 1) * step if i < n - 1 else len(sents)]
                title = f"{s.title}（{'一二三'[i]}）"
                out.append(Doc(dress(rng, chrome, [title, *part], titles), f"{s.pid}#{i}", h, "neg", group))
        else:
            s = got[0]
            heads = rng.sample(titles, min(len(titles), 90))
            for i in range(rng.randint(2, 3)):
                rows: list[str] = []
                for t in heads[i * 30 : i * 30 + rng.randint(15, 30)]:
                    rows.append(f"{t} {2000 + rng.randint(8, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
                    if rng.random() < 0.5:
                        rows.append(rng.choice(pool + chromes).story[-1][:60] + "…")
                pager = f"上一页 1 2 3 4 5 下一页 第{i + 1}页"
                head = [f"{rng.choice(SITES)} - 滚动新闻 第{i + 1}页", *chrome.head[1:]]
                out.append(Doc("\n".join([*head, *rows, pager, *chrome.foot]), f"{s.pid}#list{i}", h, "neg", group))


# ---------------------------------------------------------------- the corpus


def build(data: Path, seed: str) -> list[Doc]:
    rng = random.Random(f"{CORPUS}:{seed}")
    pages = load(data)
    titles = [p.title for p in pages if 6 <= len(p.title) <= 40]
    by_half: dict[str, list[Page]] = {h: [] for h in HALVES}
    for p in pages:
        by_half[half(CORPUS, p.pid)].append(p)
    portals = rng.sample(pages, PORTALS)
    docs: list[Doc] = []
    for h, pool in by_half.items():
        rng.shuffle(pool)
        n_neg = int(0.4 * len(pool))
        for s in pool[n_neg:]:
            docs += copies(rng, s, portals, titles, h)
        docs += negatives(rng, pool[:n_neg], portals, titles, h)
    rng.shuffle(docs)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="raw26-dev1")
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
                    if d.half == TUNE:
                        fh.write(json.dumps({"i": i, "story": d.story, "kind": d.kind, "group": d.group,
                                             "text": d.text}, ensure_ascii=False) + "\n")  # fmt: skip
        pred, cpu = run(docs)
        report(f"{CORPUS} seed {seed}", docs, pred, cpu)
        if args.misses and seed == args.seed:
            misses(docs, pred)


if __name__ == "__main__":
    main()
