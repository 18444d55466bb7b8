"""How much text do corpus 1's cross-source stories share? Scores only, for both halves; names for the tune half.

``bench_dedup.natural_duplicates`` labels two gold texts one story when ≥ 50 % of the smaller one's character
6-grams (letters and digits only, spaces dropped) are in the other, transitively. For Chinese a 6-gram is about three
words; for English, with the spaces dropped, about one word and a bit, so two articles on one subject pass it with
little text in common. This prints, per half, the pairs of gold texts of one label from different sources (what
recall across sources counts) by the share of word 5-grams they share (jieba words for Chinese), the document pairs
they make and how many of those the collapse leaves apart; and the labeler's measure over pairs of texts with
*different* labels (its noise floor). Check texts are scored, never printed.

    .venv/bin/python bench/dedup_labels.py [--data ../shared/data/extraction]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_dedup import CORPUS1, load_corpus
from halves import half

BUCKETS = ((0.0, 0.3), (0.3, 0.5), (0.5, 1.01))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    args = ap.parse_args()
    import opencc
    import rjieba

    from cleaner.dedup import collapse
    from cleaner.document import Document

    t2s = opencc.OpenCC("t2s")

    def char6(text: str) -> set[str]:
        t = re.sub(r"[\W_]+", "", t2s.convert(text))
        return {t[i : i + 6] for i in range(max(1, len(t) - 5))}

    def word5(text: str) -> set[str]:
        t = t2s.convert(text).lower()
        if re.search(r"[\u4e00-\u9fff]", t):
            words = [w for w in rjieba.cut(t, False) if re.search(r"\w", w)]
        else:
            words = re.findall(r"\w+", t)
        return {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}

    def contained(x: set[str], y: set[str]) -> float:
        return len(x & y) / max(1, min(len(x), len(y)))

    docs = load_corpus(CORPUS1, Path(args.data))
    res = collapse([Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)])
    story_of = {s.doc_id: st.id for st in res.stories for s in st.sources}
    pred = [story_of[f"d{i}"] for i in range(len(docs))]
    first = {d.source: i for i, d in reversed(list(enumerate(docs))) if d.kind in ("original", "neg")}
    by_story: dict[str, dict[str, list[int]]] = {}
    for i, d in enumerate(docs):
        by_story.setdefault(d.story, {}).setdefault(d.source, []).append(i)
    rows: dict[str, list[tuple[float, float, int, int, str]]] = {"tune": [], "check": []}
    for sources in by_story.values():
        names = sorted(s for s in sources if s in first)
        for x, a in enumerate(names):
            for b in names[x + 1 :]:
                h = half(CORPUS1, a)
                if h != half(CORPUS1, b):
                    continue  # (a pair across the halves counts in neither half's scores)
                ta, tb = docs[first[a]].text, docs[first[b]].text
                pairs = [(i, j) for i in sources[a] for j in sources[b]]
                split = sum(pred[i] != pred[j] for i, j in pairs)
                name = f"{a} | {b}" if h == "tune" else ""
                shared = contained(word5(ta), word5(tb)), contained(char6(ta), char6(tb))
                rows[h].append((*shared, len(pairs), split, name))
    for h, got in rows.items():
        n_docs, n_split = sum(r[2] for r in got), sum(r[3] for r in got)
        print(f"== {h}: {len(got)} pairs of gold texts of one label from different sources, {n_docs} document pairs, "
              f"{n_split} of them split by the collapse")  # fmt: skip
        print("   word 5-gram containment   label pairs   doc pairs   split   (labeler's measure < 0.5: transitive)")
        for lo, hi in BUCKETS:
            sel = [r for r in got if lo <= r[0] < hi]
            trans = sum(1 for r in sel if r[1] < 0.5)
            print(f"   [{lo:.1f}, {min(hi, 1.0):.1f}){'':15s} {len(sel):11d} {sum(r[2] for r in sel):11d} "
                  f"{sum(r[3] for r in sel):7d}   ({trans})")  # fmt: skip
        for r in sorted(got) if h == "tune" else ():
            print(f"   word5 {r[0]:.2f} char6 {r[1]:.2f} split {r[3]:3d}/{r[2]:3d}  {r[4]}")
    # the labeler's noise floor: pairs of originals with different labels, one language, one half
    rng = random.Random(1)
    langs = (("English", re.compile(r"^(daniel|scrapinghub|magichtml)_en/")), ("Chinese", re.compile(r"_zh/")))
    for lang, pat in langs:
        for h in ("tune", "check"):
            ids = [s for s in first if pat.search(s) and half(CORPUS1, s) == h and docs[first[s]].kind == "original"]
            vals = []
            for _ in range(400):
                a, b = rng.sample(ids, 2)
                if docs[first[a]].story != docs[first[b]].story:
                    vals.append(contained(char6(docs[first[a]].text), char6(docs[first[b]].text)))
            vals.sort()
            q = [vals[int(f * (len(vals) - 1))] for f in (0.5, 0.9, 0.99)] + [vals[-1]]
            print(f"labeler's measure, {len(vals)} random pairs of different-label {lang} originals ({h}): median "
                  f"{q[0]:.2f}, 90 % {q[1]:.2f}, 99 % {q[2]:.2f}, max {q[3]:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
