"""Where a missed copy of ``dedup_corpus33`` / ``dedup_corpus5`` / ``dedup_corpus36`` / ``dedup_corpus37`` /
``dedup_corpus38`` is lost (tune halves only), by the stage at which the run met it (drecall35; pure-Python tree only:
it wraps ``collapse._Run`` methods, which a compiled build does not let).

For each copy of the tune half left out of its original's cluster, each pair (the copy, a text of the original's final
cluster) is read at the placing of its later text: the earlier text's story then was

- ``nokey``     not found by the later text's keys;
- ``template``  found by template keys alone and refused unread (``collapse._Run._unread``, TEMPLATE_KEY_STORIES);
- ``digest``    refused as a second part of a digest page (``collapse._Run._digest``);
- ``refused``   refused by the rules (``verify.compare`` and the collapse's second looks);
- ``accepted``  accepted: the run placed the copy apart later (placement).

A copy counts under the first of accepted, digest, refused, template, nokey that one of its pairs shows.

    PYTHONPATH=. .venv/bin/python bench/dedup_trace.py --corpus dedup33 --seeds NAME-dev1,NAME-dev2 [--kinds a,b] [-v]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dedup_corpus5
import dedup_corpus33
import dedup_corpus36
import dedup_corpus37
import dedup_corpus38
from halves import TUNE

STAGES = ("accepted", "digest", "refused", "template", "nokey")


def _instrument(c: Any, rec: dict[str, dict[str, Any]], outer: list[Any]) -> None:
    best, digest = c._Run._best, c._Run._digest

    def _best(self: Any, sk: Any, mine: Any, found: set[str]) -> Any:
        out = best(self, sk, mine, found)
        if self is outer[0]:  # (not the inner collapses of split)
            rec[sk.doc_id] = {"found": set(found), "unread": set(self.unread), "accepted": set(self.accepted),
                              "story_of": dict(self.story_of), "digests": set()}  # fmt: skip
        return out

    def _digest(self: Any, mine: Any, b: Any, sup: Any) -> Any:
        out = digest(self, mine, b, sup)
        if self is outer[0]:
            rec[self.placing]["digests"] = set(self.digests)
        return out

    c._Run._best, c._Run._digest = _best, _digest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--corpus", choices=("dedup33", "dedup5", "dedup36", "dedup37", "dedup38"), default="dedup33")
    ap.add_argument("--seeds", required=True, help="comma-separated dev seeds")
    ap.add_argument("--kinds", default="", help="only copies with one of these edit kinds (comma-separated)")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per missed copy")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401
    from cleaner.dedup.params import DedupParams
    from cleaner.document import Document
    from cleaner.execution.executor import SerialExecutor

    c = importlib.import_module("cleaner.dedup.collapse")
    rec: dict[str, dict[str, Any]] = {}
    outer: list[Any] = [None]
    _instrument(c, rec, outer)
    total: Counter[str] = Counter()
    by_kind: Counter[tuple[str, str]] = Counter()
    kinds = set(filter(None, args.kinds.split(",")))
    for seed in args.seeds.split(","):
        corpora = {
            "dedup33": dedup_corpus33,
            "dedup5": dedup_corpus5,
            "dedup36": dedup_corpus36,
            "dedup37": dedup_corpus37,
            "dedup38": dedup_corpus38,
        }
        gen = corpora[args.corpus]
        docs = gen.build(Path(args.data), seed)
        rec.clear()
        r = outer[0] = c._Run(c.distinct_ids([Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)]),
                              DedupParams(), SerialExecutor(), None)  # fmt: skip
        r.sketch({})
        for pos, did in enumerate(r.order):
            r.place(pos, did)
        r.rehome(), r.unframe(), r.split(), r.record_sources(), r.emit()
        story = {s.doc_id: st.id for st in r.res.stories for s in st.sources}
        pos_of = {d: i for i, d in enumerate(r.order)}
        members: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            if d.half == TUNE and d.kind != "neg":
                members.setdefault(d.story, []).append(i)
        for idx in members.values():
            orig = next((i for i in idx if docs[i].kind == "original"), None)
            if orig is None:
                continue
            for cp in idx:
                if cp == orig or story[f"d{cp}"] == story[f"d{orig}"]:
                    continue
                if kinds and not kinds & set(docs[cp].kind.split("+")):
                    continue
                seen = []
                for m in idx:
                    a, b = f"d{cp}", f"d{m}"
                    if m == cp or story[b] != story[f"d{orig}"] or a not in pos_of or b not in pos_of:
                        continue
                    x, y = (a, b) if pos_of[a] > pos_of[b] else (b, a)
                    sy = rec[x]["story_of"].get(y)
                    seen.append(
                        "nokey" if sy not in rec[x]["found"] else "template" if sy in rec[x]["unread"]
                        else "digest" if sy in rec[x]["digests"] else "accepted" if sy in rec[x]["accepted"]
                        else "refused"
                    )  # fmt: skip
                stage = next((s for s in STAGES if s in seen), "none")
                total[stage] += 1
                for k in docs[cp].kind.split("+"):
                    by_kind[(stage, k)] += 1
                if args.verbose:
                    print(f"{seed} {stage:9s} d{cp} {docs[cp].kind:40s} len {len(docs[cp].text):5d} "
                          f"orig d{orig} len {len(docs[orig].text):5d} {dict(Counter(seen))}")  # fmt: skip
    print("all: " + " ".join(f"{k} {v}" for k, v in sorted(total.items())))
    for stage in (*STAGES, "none"):
        print(f"  {stage}: " + " ".join(f"{k} {v}" for (s, k), v in sorted(by_kind.items()) if s == stage))


if __name__ == "__main__":
    main()
