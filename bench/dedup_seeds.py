"""Scores of the near-duplicate collapse over several generator seeds (fresh seeds are untuned corpora).

For each corpus and seed, per half: pairwise precision / recall / F1, hard-negative merges, recall by kind, and
where the missed pairs are (scores only, no text): pairs of one label split *within one source* (copies of one gold
text left out of their original's cluster) against pairs split *across sources* (two gold texts the labeler calls
one story, e.g. two outlets' rewrites); and how many of the missed within-source pairs come from one copy left
alone (a singleton part of its story).

    .venv/bin/python bench/dedup_seeds.py --corpus dedup --seeds 8101-8105 [--json OUT] [--param scattered_jaccard=0.25]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_dedup import CORPORA, load_corpus, pairwise, scores, split_name
from halves import HALVES, half


def seeds_of(spec: str) -> list[int | None]:
    out: list[int | None] = []
    for part in spec.split(","):
        if part == "bench":
            out.append(None)
        elif "-" in part:
            a, b = part.split("-")
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out


def _param(spec: str) -> tuple[str, object]:
    """``NAME=VALUE`` as a DedupParams keyword, the value of the field's own type."""
    from cleaner.dedup.params import DedupParams

    name, _, value = spec.partition("=")
    default = getattr(DedupParams(), name)  # (AttributeError: not a field)
    return name, (value.lower() in ("1", "true", "yes")) if isinstance(default, bool) else type(default)(value)


def losses(docs: list, pred: list[str], idx: list[int]) -> dict[str, int]:
    """Missed pairs of one half by where they are: within a source / across sources; and singleton copies."""
    out: Counter[str] = Counter()
    by_story: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        by_story[docs[i].story].append(i)
    for members in by_story.values():
        parts = Counter(pred[i] for i in members)
        for a, i in enumerate(members):
            for j in members[a + 1 :]:
                if pred[i] == pred[j]:
                    continue
                same = docs[i].source == docs[j].source
                out["within" if same else "across"] += 1
                lone = parts[pred[i]] == 1 or parts[pred[j]] == 1
                if lone:
                    out[("within" if same else "across") + "_lone"] += 1
        if len(parts) > 1:
            out["split_stories"] += 1
            out["split_parts"] += len(parts) - 1
    return dict(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--corpus", choices=CORPORA, action="append")
    ap.add_argument("--seeds", default="bench")
    ap.add_argument("--json", help="append one JSON line per corpus/seed to this file")
    ap.add_argument("--kinds", action="store_true", help="print recall by kind")
    ap.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a DedupParams field for this run (an A/B of one threshold without editing the source)",
    )
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401
    from cleaner.dedup import collapse
    from cleaner.dedup.params import DedupParams
    from cleaner.document import Document

    params = DedupParams(**dict(_param(spec) for spec in args.param))

    for corpus in args.corpus or list(CORPORA):
        for seed in seeds_of(args.seeds):
            docs = load_corpus(corpus, Path(args.data), seed)
            res = collapse([Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)], params=params)
            story_of = {s.doc_id: st.id for st in res.stories for s in st.sources}
            pred = [story_of[f"d{i}"] for i in range(len(docs))]
            sc = scores(corpus, docs, pred)
            row: dict[str, object] = {"corpus": corpus, "seed": seed, "counts": res.counts()}
            if args.param:
                row["params"] = args.param
            for h in HALVES:
                idx = [i for i, d in enumerate(docs) if half(split_name(corpus), d.source) == h]
                x = sc[h]
                x["losses"] = losses(docs, pred, idx)
                p, r, f = pairwise([pred[i] for i in idx], [docs[i].story for i in idx])
                row[h] = x
                worst = sorted(x["by_kind"].items(), key=lambda kv: kv[1][0])[:3]
                w = " ".join(f"{k} {v[0]:.3f}/{v[1]}" for k, v in worst)
                lo = x["losses"]
                print(
                    f"{corpus}:{seed if seed is not None else 'bench'} {h:5s} P {p:.4f} R {r:.4f} F1 {f:.4f} "
                    f"HN {x['hn_merges']}/{x['hn_pairs']} | missed within {lo.get('within', 0)} "
                    f"(lone {lo.get('within_lone', 0)}) across {lo.get('across', 0)} "
                    f"(lone {lo.get('across_lone', 0)}) | {w}",
                    flush=True,
                )
                if args.kinds:
                    print("   ", " ".join(f"{k} {v[0]:.3f}/{v[1]}" for k, v in x["by_kind"].items()))
            if args.json:
                with open(args.json, "a", encoding="utf-8") as f:
                    f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
