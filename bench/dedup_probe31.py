"""Where ``collapse`` stops finding reposts of ``dedup_corpus31``'s tune stories, one edit pushed past the
generator's ranges (tune half only): truncation below 30 %, headline blocks longer than the story, jieba-word
deletions (in English jieba's tokens include the spaces, so a deletion may glue two words), spaces dropped between
words.

For each setting, every tune story of a language gets one copy; the originals and the copies are collapsed together
and the figure is the share of copies placed with their original, over all stories and over stories under 600
characters.

    .venv/bin/python bench/dedup_probe31.py --seed dedupgen31-dev1 [--lang zh]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedup_corpus31 import Editor, Source, sources, tokens
from halves import HALVES, TUNE


def _jieba_delete(text: str, rate: float, rng: random.Random) -> str:
    import jieba

    return "".join(w for w in jieba.lcut(text) if "\n" in w or rng.random() >= rate)


def _heads(ed: Editor, src: Source, n: int) -> str:
    lines = ed.rng.sample([t for t in ed.titles[src.lang] if t != src.title], n)
    return src.text + "\n\n相关新闻：\n" + "\n".join(lines)


def _keep(text: str, keep: float) -> str:
    return text[: max(1, int(len(text) * keep))]


def probe(stories: list[Source], ed: Editor, rng: random.Random) -> list[tuple[str, float, float, int]]:
    from cleaner.dedup import collapse
    from cleaner.document import Document

    settings: list[tuple[str, Callable[..., str]]] = [
        (f"trunc keep {k:.2f}", lambda s, k=k: _keep(s.text, k)) for k in (0.1, 0.2, 0.3)
    ]
    settings += [(f"heads {n} lines", lambda s, n=n: _heads(ed, s, n)) for n in (15, 25, 40)]
    settings += [(f"jieba del {r:.2f}", lambda s, r=r: _jieba_delete(s.text, r, rng)) for r in (0.05, 0.1, 0.15)]
    settings += [(f"1-2 char del {r:.2f}", lambda s, r=r: "".join(
        t for t in tokens(s.text, s.lang, rng) if "\n" in t or rng.random() >= r)) for r in (0.1, 0.15)]  # fmt: skip
    settings += [(f"glue spaces {r:.2f}", lambda s, r=r: re.sub(
        " ", lambda m: "" if rng.random() < r else " ", s.text)) for r in (0.1, 0.15, 0.3)]  # fmt: skip
    out = []
    for name, edit in settings:
        texts = [s.text for s in stories] + [edit(s) for s in stories]
        res = collapse([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)])
        story_of = {x.doc_id: st.id for st in res.stories for x in st.sources}
        n = len(stories)
        hit = [story_of[f"d{i}"] == story_of[f"d{i + n}"] for i in range(n)]
        short = [h for h, s in zip(hit, stories, strict=True) if len(s.text) < 600]
        out.append((name, sum(hit) / n, sum(short) / max(1, len(short)), len(short)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="dedupgen31-dev1")
    ap.add_argument("--lang", default="zh")
    ap.add_argument("--half", default=TUNE, choices=HALVES, help="check: scores only")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401

    rng = random.Random(f"probe31/{args.seed}")
    src = [s for s in sources(Path(args.data)) if s.half == args.half]
    titles = {lang: [s.title for s in src if s.lang == lang] for lang in ("zh", "en")}
    ed = Editor(rng, titles, {"zh": [], "en": []})
    stories = [s for s in src if s.lang == args.lang]
    short = sum(len(s.text) < 600 for s in stories)
    print(f"{len(stories)} {args.half} {args.lang} stories, {short} under 600 characters")
    for name, r_all, r_short, n_short in probe(stories, ed, rng):
        print(f"  {name:18s} recall {r_all:.3f}  under 600 chars {r_short:.3f} ({n_short})")


if __name__ == "__main__":
    main()
