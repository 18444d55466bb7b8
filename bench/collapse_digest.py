"""A digest of ``collapse()``'s outputs on the dedup corpora, to check that a speed change is byte-identical.

For each corpus (the speed corpus of ``--speed-mb`` MB, and ``bench_dedup.py``'s quality corpora at their default
seeds): the SHA-256 of every story and update (id, text, meta, sources with their similarity and meta), the counts,
the CPU seconds of the ``collapse()`` call (warm, one process, after a run over the first 150 texts of
``dedup_corpus2`` seed 99 as ``bench_dedup.py --task speed`` warms: a warm-up that loads what the timed call would
load hides that cost, as the default dedup2 seed's texts hid rjieba's dictionary, docs/collapse-speed-31.md) and
the process's peak RSS so far. Run it on two trees and compare the digests::

    PYTHONPATH=$PWD .venv/bin/python bench/collapse_digest.py --data ../shared/data/extraction [--corpus speed dedup5]

``--profile N`` prints the N costliest functions (cProfile, cumulative) of the last corpus instead of timing it.
The documents are built once per corpus and size and kept under ``--cache`` (pickles of the texts).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pickle
import pstats
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

NAMES = ("speed", "dedup", "dedup2", "dedup3", "dedup4", "dedup5")
OWN = ("dedup33", "dedup36", "dedup37")
"""Generators with their own halves, at ``bench_dedup.py``'s seeds (asked by ``--corpus``, not by default); warmed as
``bench_dedup.py --task quality`` warms them: on the corpus's own first 150 texts."""


def texts_of(name: str, data: Path, speed_mb: float, cache: Path) -> list[str]:
    """The texts of one corpus, built once and cached."""
    path = cache / (f"speed{speed_mb:g}.pkl" if name == "speed" else f"{name}.pkl")
    if path.exists():
        texts: list[str] = pickle.loads(path.read_bytes())
        return texts
    import bench_dedup as bd
    import dedup_corpus2
    import dedup_corpus4
    import dedup_corpus5

    if name == "speed":
        texts = [d.text for d in dedup_corpus2.speed_corpus(data, speed_mb)]
    elif name == "warm":  # (bench_dedup.py's warm-up before its speed task: another seed's first texts)
        texts = [d.text for d in dedup_corpus2.build(data, 99, halves=False)[:150]]
    elif name == bd.CORPUS4:
        texts = [d.text for d in dedup_corpus4.build(data, 1)]
    elif name == bd.CORPUS5:
        texts = [d.text for d in dedup_corpus5.build(data, bd.CORPUS5_SEED)]
    elif name in OWN:
        import dedup_corpus33
        import dedup_corpus36
        import dedup_corpus37

        gen = {"dedup33": dedup_corpus33, "dedup36": dedup_corpus36, "dedup37": dedup_corpus37}[name]
        seed = {"dedup33": bd.CORPUS33_SEED, "dedup36": bd.CORPUS36_SEED, "dedup37": bd.CORPUS37_SEED}[name]
        texts = [d.text for d in gen.build(data, seed)]
    else:
        texts = [d.text for d in bd.load_corpus(name, data)]
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(texts))
    return texts


def digest(res: object) -> str:
    """SHA-256 over the stories and updates of a :class:`cleaner.dedup.CollapseResult`."""
    h = hashlib.sha256()
    for kind in ("stories", "updates"):
        for st in getattr(res, kind):  # (a dataclass: its repr holds every field, the sources' too)
            h.update(f"{kind}\n{st!r}\n".encode())
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--corpus", nargs="*", default=list(NAMES), choices=NAMES + OWN)
    ap.add_argument("--speed-mb", type=float, default=12.0)
    ap.add_argument("--cache", default="/tmp/collapse_digest_cache")
    ap.add_argument("--profile", type=int, default=0)
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401
    from cleaner.dedup import collapse
    from cleaner.document import Document

    data, cache = Path(args.data), Path(args.cache)
    warm = texts_of("warm", data, args.speed_mb, cache)
    collapse([Document(id=f"w{i}", text=t) for i, t in enumerate(warm)])
    for name in args.corpus:
        docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts_of(name, data, args.speed_mb, cache))]
        if name in OWN:  # (the bench's warm-up for these: the corpus's own first texts)
            collapse(docs[:150])
        mb = sum(len(d.text.encode()) for d in docs) / 1e6
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            res = collapse(docs)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
        c0 = time.process_time()
        res = collapse(docs) if not args.profile else res
        cpu = time.process_time() - c0
        row = {"corpus": name, "docs": len(docs), "mb": round(mb, 2), "cpu": round(cpu, 3)}
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        row.update(mb_per_cpu_s=round(mb / max(cpu, 1e-9), 2), rss_mb=round(rss), digest=digest(res)[:16])
        row.update(counts=res.counts())
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
