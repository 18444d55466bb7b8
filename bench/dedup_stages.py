"""Where the collapse loses the missed copies of ``dedup_corpus5`` (``--corpus dedup6`` / ``dedup31``: of
``dedup_corpus6`` / ``dedup_corpus31``; tune halves only), by stage, over many seeds.

For each copy of the tune half left out of its original's cluster, over the members of its story (the original and
the other copies):

- ``a_nokey``     no member shares a candidate key (band, window, character or Latin key) with it;
- ``b_refused``   members share keys, but no such pair is accepted either way (``verify.compare``); the verdict
  against the original (or the member sharing most keys) is printed: Jaccard, contained / covers, substitution;
- ``c_placed``    a pair sharing a key is accepted one way or both, and the run still placed the copy apart.

    .venv/bin/python bench/dedup_stages.py --seeds dedup24-dev1,dedup24-dev2 [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dedup_corpus5
import dedup_corpus6
import dedup_corpus31
from dedup_corpus4 import Doc
from halves import TUNE


def _run(docs: list[Doc]) -> tuple[list[str], set[tuple[int, int]]]:
    """:func:`cleaner.dedup.collapse`'s steps, keeping the pairs its keys made (both ways, as document indices)."""
    from cleaner.dedup.collapse import _Run, distinct_ids
    from cleaner.dedup.params import DedupParams
    from cleaner.document import Document
    from cleaner.execution.executor import SerialExecutor

    r = _Run(distinct_ids([Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)]), DedupParams(),
             SerialExecutor(), None)  # fmt: skip
    r.sketch({})
    for pos, did in enumerate(r.order):
        r.place(pos, did)
    r.rehome()
    r.unframe()
    r.record_sources()
    r.emit()
    story_of = {s.doc_id: st.id for st in r.res.stories for s in st.sources}
    paired: set[tuple[int, int]] = set()
    for pos, earlier in enumerate(r.pairs):
        a = int(r.order[pos][1:])
        for e in earlier:
            b = int(r.order[e][1:])
            paired |= {(a, b), (b, a)}
    return [story_of[f"d{i}"] for i in range(len(docs))], paired


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seeds", required=True, help="comma-separated dev seeds")
    ap.add_argument("--corpus", choices=("dedup5", "dedup6", "dedup31"), default="dedup5")
    ap.add_argument("--verbose", action="store_true", help="one line per missed copy")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401
    from cleaner.dedup.params import DedupParams
    from cleaner.dedup.signature import sketch_text
    from cleaner.dedup.verify import compare, sketch_evidence

    p = DedupParams()
    total: Counter[str] = Counter()
    by_kind: Counter[tuple[str, str]] = Counter()
    for seed in args.seeds.split(","):
        gen = {"dedup6": dedup_corpus6, "dedup31": dedup_corpus31}.get(args.corpus, dedup_corpus5)
        docs = gen.build(Path(args.data), seed)
        pred, paired = _run(docs)
        members: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            if d.half == TUNE and d.kind != "neg":
                members.setdefault(d.story, []).append(i)
        cache: dict[int, tuple[object, set[int], int]] = {}

        def sk(
            i: int, cache: dict[int, tuple[object, set[int], int]] = cache, docs: list[Doc] = docs
        ) -> tuple[object, set[int], int]:
            if i not in cache:
                s = sketch_text(f"d{i}", docs[i].text, p)
                cache[i] = (sketch_evidence(s), set(s.keys()), s.length)
            return cache[i]

        seen: Counter[str] = Counter()
        for story, idx in members.items():
            orig = next(i for i in idx if docs[i].kind == "original")
            for i in idx:
                if i == orig or pred[i] == pred[orig]:
                    continue
                ei, ki, _ = sk(i)
                shared = {j: len(ki & sk(j)[1]) for j in idx if j != i}
                keyed = [j for j, n in shared.items() if n and (i, j) in paired]
                acc = [j for j in keyed if compare(ei, sk(j)[0], p).accepted or compare(sk(j)[0], ei, p).accepted]  # type: ignore[arg-type]
                stage = "a_nokey" if not keyed else ("c_placed" if acc else "b_refused")
                seen[stage] += 1
                for k in docs[i].kind.split("+"):
                    by_kind[(stage, k)] += 1
                if args.verbose:
                    j = orig if shared[orig] or not keyed else max(keyed, key=lambda x: shared[x])
                    a = compare(ei, sk(j)[0], p)  # type: ignore[arg-type]
                    b = compare(sk(j)[0], ei, p)  # type: ignore[arg-type]
                    print(f"{seed} {stage:9s} d{i} {docs[i].kind:24s} len {len(docs[i].text):5d} vs d{j} "
                          f"{docs[j].kind:12s} len {len(docs[j].text):5d} keys {shared[j]:3d} "
                          f"J {a.jaccard:.2f} c {a.contained:.2f}/{a.covers:.2f} sub {a.substitution}/{b.substitution}"
                          f" acc {a.accepted}/{b.accepted} ({len(keyed)} keyed, {len(acc)} accepting)")  # fmt: skip
                    if stage == "c_placed":
                        for tag, c in (("own", pred[i]), ("orig", pred[orig])):
                            cl = sorted((x for x in range(len(docs)) if pred[x] == c), key=lambda x: -sk(x)[2])
                            print(f"     {tag}: " + ", ".join(
                                f"d{x}:{docs[x].kind if docs[x].story == story else 'OTHER'}:{sk(x)[2]}"
                                + ("" if x == i else f"[{'k' if x in keyed else ''}"
                                   f"{'>' if compare(ei, sk(x)[0], p).accepted else ''}"
                                   f"{'<' if compare(sk(x)[0], ei, p).accepted else ''}]")
                                for x in cl))  # fmt: skip
        print(f"{seed}: " + " ".join(f"{k} {v}" for k, v in sorted(seen.items())), flush=True)
        total += seen
    print("all: " + " ".join(f"{k} {v}" for k, v in sorted(total.items())))
    for stage in ("a_nokey", "b_refused", "c_placed"):
        print(f"  {stage}: " + " ".join(f"{k} {v}" for (s, k), v in sorted(by_kind.items()) if s == stage))


if __name__ == "__main__":
    main()
