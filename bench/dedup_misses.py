"""Tune-half debugging of the near-duplicate collapse: the missed pairs of one corpus, by kind, with why.

Prints, for the *tune* half only (check pages are never read, see the developers' guide), each copy not in its
original's (or page's) cluster and each pair of gold texts labelled as one story but left in two clusters: the
verdict of the pair both ways (Jaccard, containment, substitution), whether any key of one finds the other, and
(``--text``) the two texts' starts.

    .venv/bin/python bench/dedup_misses.py --corpus dedup [--text]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_dedup import CORPORA, CORPUS1, load_corpus, split_name
from halves import half


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--corpus", choices=CORPORA, default=CORPUS1)
    ap.add_argument("--seed", type=int, help="generator seed (default: the bench's; a fresh seed is an untuned corpus)")
    ap.add_argument("--text", action="store_true", help="print the start of both texts")
    args = ap.parse_args()
    from cleaner.dedup import collapse
    from cleaner.dedup.params import DedupParams
    from cleaner.dedup.signature import sketch_text
    from cleaner.dedup.verify import Evidence, compare
    from cleaner.document import Document

    docs = load_corpus(args.corpus, Path(args.data), args.seed)
    res = collapse([Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)])
    story_of = {s.doc_id: st.id for st in res.stories for s in st.sources}
    pred = [story_of[f"d{i}"] for i in range(len(docs))]
    tune = [i for i, d in enumerate(docs) if half(split_name(args.corpus), d.source) == "tune"]
    p = DedupParams()

    def ev(i: int) -> tuple[Evidence, set[int]]:
        sk = sketch_text(f"d{i}", docs[i].text, p)
        return Evidence(sk.evidence, sk.positions, sk.sampled, sk.n_shingles), set(sk.keys())

    def show(tag: str, i: int, j: int) -> None:
        (ei, ki), (ej, kj) = ev(i), ev(j)
        a, b = compare(ei, ej, p), compare(ej, ei, p)
        print(f"{tag} {docs[i].name} ({ei.n_shingles} sh) vs {docs[j].name} ({ej.n_shingles} sh): "
              f"keys shared {len(ki & kj)}; J {a.jaccard:.2f} c {a.contained:.2f}/{a.covers:.2f} "
              f"sub {a.substitution}/{b.substitution} acc {a.accepted}/{b.accepted}")  # fmt: skip
        if args.text:
            for k in (i, j):
                print("   |", docs[k].text[:300].replace("\n", " / "))

    anchor: dict[tuple[str, str], int] = {}
    for i in tune:
        if docs[i].kind in ("original", "neg"):
            anchor.setdefault((docs[i].source, docs[i].story), i)
    print("== copies missed (by kind)")
    for i in sorted(tune, key=lambda i: docs[i].kind):
        d = docs[i]
        if d.kind in ("original", "neg") or (d.source, d.story) not in anchor:
            continue
        j = anchor[(d.source, d.story)]
        if pred[i] != pred[j]:
            show(d.kind, i, j)
    print("== stories split across sources (one original each)")
    by_story: dict[str, dict[str, list[int]]] = {}
    for i in tune:
        by_story.setdefault(docs[i].story, {}).setdefault(docs[i].source, []).append(i)
    lost = 0
    for story, sources in sorted(by_story.items()):
        if len(sources) < 2:
            continue
        origs = {s: anchor.get((s, story)) for s in sources}
        srcs = sorted(sources)
        for x, s in enumerate(srcs):
            for t in srcs[x + 1 :]:
                i, j = origs[s], origs[t]
                if i is None or j is None or pred[i] == pred[j]:
                    continue
                n = sum(1 for a in sources[s] for b in sources[t] if pred[a] != pred[b])
                lost += n
                show(f"[{n} pairs]", i, j)
    print("pairs lost across sources:", lost)
    print("== hard negatives merged (pairs of one template / stylesheet / topic group, different stories)")
    groups: dict[str, list[int]] = {}
    for i in tune:
        if docs[i].group:
            groups.setdefault(docs[i].group, []).append(i)
    for members in groups.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if pred[i] == pred[j] and docs[i].story != docs[j].story:
                    show(f"[{docs[i].group}]", i, j)


if __name__ == "__main__":
    main()
