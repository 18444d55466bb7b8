"""CPU seconds per stage of ``cleaner run -j 1`` (``cleaner.pipeline.run``) on the speed corpus of
``make bench-dedup`` (documents that share no line, written as ``.txt`` dumps), warm (a first run over 20 of
them), and of ``collapse()`` alone over the same texts as plain documents.

    .venv/bin/python bench/profile_stages.py [--data ../shared/data/extraction] [--speed-mb 12]

Stages are timed by wrapping the pipeline's own functions (``process_time``; a call inside another of its own stage
is counted once, a call of another stage inside one is charged to its own and not to the outer one):
``clean_dump`` (``prepare``: text cleaning), ``sketch`` (``sketch_batch`` in the cleaning stream and the collapse's
``sketch_batch_job``: tokens, hashes, MinHash, band keys, evidence), ``site`` (the site-repetition pass and its
line keys), ``collapse(rest)`` (candidates, verification, merging), ``write`` (stories, rejects, report) and
``other`` (the rest: listing, reading and decoding, gathering). CPU time of this process, so other load on the
machine changes the figures less than wall time would. Each of the two runs in a process of its own (a segmenter's
line memory filled by one must not speed up the other).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

ACC: defaultdict[str, float] = defaultdict(float)
_STACK: list[list[Any]] = []  # (label, CPU-s of the wrapped calls of other labels inside it)


def _wrap(mod: Any, name: str, label: str) -> None:
    f = getattr(mod, name)

    @functools.wraps(f)
    def timed(*a: Any, **k: Any) -> Any:
        if any(frame[0] == label for frame in _STACK):  # (a call inside one of its own label: counted there)
            return f(*a, **k)
        _STACK.append([label, 0.0])
        c = time.process_time()
        try:
            return f(*a, **k)
        finally:
            spent = time.process_time() - c
            _, inner = _STACK.pop()
            ACC[label] += spent - inner  # (a wrapped call of another label inside, the collapse's sketch: its own)
            if _STACK:
                _STACK[-1][1] += spent

    setattr(mod, name, timed)


def _show(title: str, total: float, mb: float) -> None:
    print(f"{title}: {total:.2f} CPU-s for {mb:.2f} MB = {mb / total:.2f} MB per CPU-second")
    for k, v in ACC.items():
        print(f"  {k:15s} {v:6.3f} CPU-s {v / mb * 1000:6.1f} ms/MB {100 * v / total:5.1f} %")
    print(f"  {'other':15s} {total - sum(ACC.values()):6.3f} CPU-s")


def _measure(run: Callable[[], object]) -> float:
    ACC.clear()
    c = time.process_time()
    run()
    return time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--speed-mb", type=float, default=12.0)
    ap.add_argument("--only", choices=["pipeline", "collapse"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.only is None:
        for what in ("pipeline", "collapse"):
            cmd = [sys.executable, __file__, "--data", args.data, "--speed-mb", str(args.speed_mb), "--only", what]
            subprocess.run(cmd, check=True)
        return
    import dedup_corpus2

    import cleaner.dedup.warm  # noqa: F401  (one-time start-up, as in bench_dedup)
    import cleaner.pipeline as pipeline
    from cleaner.dedup import collapse
    from cleaner.document import Document

    texts = [d.text for d in dedup_corpus2.speed_corpus(Path(args.data), args.speed_mb)]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"speed corpus: {len(texts)} documents, {mb:.2f} MB; load {os.getloadavg()[0]:.1f}")
    if args.only == "collapse":
        # (the package's `collapse` is the function, so the module is taken from sys.modules)
        _wrap(sys.modules["cleaner.dedup.collapse"], "sketch_batch_job", "sketch")
        warm = [d.text for d in dedup_corpus2.build(Path(args.data), 99, halves=False)[:150]]
        collapse([Document(id=f"w{i}", text=t) for i, t in enumerate(warm)])
        docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
        _show("collapse()", _measure(lambda: collapse(docs)), mb)
        return

    _wrap(pipeline, "prepare", "clean_dump")  # text cleaning (reading is in "other")
    _wrap(pipeline, "sketch_batch", "sketch")
    _wrap(sys.modules["cleaner.dedup.collapse"], "sketch_batch_job", "sketch")  # (the collapse's own, in process)
    for name in ("_line_keys", "_site_repetition"):
        _wrap(pipeline, name, "site")
    _wrap(pipeline, "collapse", "collapse(rest)")
    for name in ("write_stories", "write_rejects", "write_json"):
        _wrap(pipeline, name, "write")

    with tempfile.TemporaryDirectory(prefix="profile-stages-") as tmp:
        root = Path(tmp)
        for sub, part in (("warm", texts[:20]), ("in", texts)):
            (root / sub).mkdir()
            for i, t in enumerate(part):
                (root / sub / f"{i:06d}.txt").write_text(t, encoding="utf-8")
        # --time-limit 0: cleaning in this process, where its CPU time is counted (the command line's -j 1 cleans
        # on one worker process under the time limit, whose CPU time process_time() would not see; a library call
        # with one worker runs in process anyway)
        opts = pipeline.RunOptions(time_limit=None)
        pipeline.run([root / "warm"], root / "out-warm", workers=1, options=opts)
        total = _measure(lambda: pipeline.run([root / "in"], root / "out", workers=1, options=opts))
        _show("pipeline -j 1", total, mb)
        shutil.rmtree(root / "out")


if __name__ == "__main__":
    main()
