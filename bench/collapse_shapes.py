"""``collapse()`` speed on corpus shapes the speed corpus does not have (issue 13, speed27).

The speed target (≥ 10 MB/CPU-s) is measured on one corpus (``bench/collapse_digest.py --corpus speed``: reposts of
news golds, every line made unique). A speed fitted to one shape need not hold on another, so this prints
MB/CPU-s of one warm ``collapse()`` call (plain ``Document(id, text)`` records, one process, one core) per shape:

- ``en``     English: sentences of the English extraction sets' *tune* gold texts recombined into new texts (lengths
  drawn from those golds), ≈ 10 MB;
- ``hant``   Traditional Chinese: the Chinese tune golds' sentences recombined, converted by OpenCC (s2tw / s2hk);
- ``short``  many short texts, 200-500 characters (Chinese 70 %, English 30 %);
- ``long``   few very long texts, 50-200 KB each;
- ``dup30``  30 % of the texts near-duplicates of another one, made by ``dedup_corpus5``'s edit model (cuts, deleted
  words or characters, glued texts, related lists, moved paragraphs; one or two edits);
- ``raw``    raw-crawl texts with stylesheet / script text (``dedup_raw26.build``, seeds ``speed27-raw1``...);
- ``nonl``   texts without a single newline (the recombined Chinese and English texts, lines joined);
- ``gold``   the tune gold texts themselves, Chinese and English (≈ 2.8 MB: no sentence reused; a reference);
- ``speed``  the bench's speed corpus (for reference, from ``collapse_digest``'s cache when there).

A text's lines are new combinations of sentences, so the segmenter's line memory never sees a line twice (as on the
speed corpus), but sentences do recur across texts (as boilerplate sentences do in a crawl): the golds hold ≈ 1.4 MB of
each language, so in 10 MB each sentence is in ≈ 7 texts, and a text finds many candidates that share a sentence or
two with it (the regime where the speed fell on the unseen corpus of issue 13; the golds as they are read ≈ 25
MB/CPU-s). Built once per shape and size, cached as pickles under ``--cache``. Run it from either tree::

    cd /work/main && PYTHONSAFEPATH=1 PYTHONPATH=$PWD .venv/bin/python $WT/bench/collapse_shapes.py [--shape en]

Each row: shape, texts, MB, CPU-s, MB/CPU-s and the digest of the outputs (``collapse_digest.digest``).
"""

from __future__ import annotations

import argparse
import glob
import json
import pickle
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from halves import TUNE, half

SHAPES = ("en", "hant", "short", "long", "dup30", "raw", "nonl", "gold", "speed")
ZH_SETS = ("cleaneval_zh", "cwced_zh", "daniel_zh", "magichtml_zh")
EN_SETS = ("daniel_en", "magichtml_en", "scrapinghub_en")
_ZH_END = re.compile(r"(?<=[。！？])")
_EN_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _golds(data: Path, sets: tuple[str, ...]) -> list[str]:
    out = []
    for name in sets:
        for path in sorted(glob.glob(str(data / name / "gold" / "*.txt"))):
            if half(name, Path(path).stem) == TUNE:
                lines = [ln.strip() for ln in Path(path).read_text(encoding="utf-8").splitlines()]
                out.append("\n".join(ln for ln in lines if ln))
    return [t for t in out if len(t) >= 200]


class Mixer:
    """New texts from the sentences of a set of texts: a title line, then paragraphs of 1-5 sentences."""

    def __init__(self, rng: random.Random, texts: list[str], zh: bool) -> None:
        self.rng, self.zh = rng, zh
        cut = _ZH_END if zh else _EN_END
        self.sents = [s.strip() for t in texts for ln in t.split("\n") for s in cut.split(ln) if len(s.strip()) >= 8]
        self.titles = [t.split("\n", 1)[0] for t in texts if 6 <= len(t.split("\n", 1)[0]) <= 90]
        self.sizes = sorted(len(t) for t in texts)

    def text(self, chars: int | None = None) -> str:
        r = self.rng
        want = chars if chars is not None else r.choice(self.sizes)
        join = "" if self.zh else " "
        lines = [r.choice(self.titles)]
        size = len(lines[0])
        while size < want:
            para = join.join(r.choice(self.sents) for _ in range(r.randint(1, 5)))
            lines.append(para)
            size += len(para) + 1
        return "\n".join(lines)


def _to_mb(make: Callable[[], str], mb: float) -> list[str]:
    out: list[str] = []
    size = 0
    while size < mb * 1e6:
        t = make()
        out.append(t)
        size += len(t.encode())
    return out


def build(shape: str, data: Path, mb: float) -> list[str]:
    """The texts of one shape (``speed`` is built by ``collapse_digest``)."""
    rng = random.Random(f"speed27:{shape}")
    zh = Mixer(rng, _golds(data, ZH_SETS), True)
    en = Mixer(rng, _golds(data, EN_SETS), False)

    def mixed(chars: int | None = None, sep: str = "\n") -> str:
        m = zh if rng.random() < 0.7 else en
        return m.text(chars).replace("\n", sep if sep == "\n" else "" if m.zh else " ")

    if shape == "en":
        return _to_mb(en.text, mb)
    if shape == "gold":
        texts = _golds(data, ZH_SETS) + _golds(data, EN_SETS)
        rng.shuffle(texts)
        return texts
    if shape == "hant":
        import opencc

        convs = [opencc.OpenCC("s2tw"), opencc.OpenCC("s2hk")]
        return _to_mb(lambda: str(rng.choice(convs).convert(zh.text())), mb)
    if shape == "short":
        return _to_mb(lambda: mixed(rng.randint(200, 500))[:500], mb)
    if shape == "long":

        def long() -> str:
            m = zh if rng.random() < 0.7 else en
            return m.text(rng.randint(50_000, 200_000) // (3 if m.zh else 1))

        return _to_mb(long, mb)
    if shape == "nonl":
        return _to_mb(lambda: mixed(sep=""), mb)
    if shape == "dup30":
        return _dup30(rng, data, zh, en, mb)
    if shape == "raw":
        import dedup_raw26

        out: list[str] = []
        k = 1
        while sum(len(t.encode()) for t in out) < mb * 1e6:
            out += [d.text for d in dedup_raw26.build(data, f"speed27-raw{k}")]
            k += 1
        return out
    raise ValueError(shape)


def _dup30(rng: random.Random, data: Path, zh: Mixer, en: Mixer, mb: float) -> list[str]:
    import dedup_corpus5 as d5

    synth = d5.Synth(rng)
    ed = d5.Editor(rng, synth, [t for t in zh.titles if len(t) <= 40], [t for t in en.titles if len(t) >= 15])
    out: list[str] = []
    origs: list[tuple[str, bool]] = []
    size = 0
    while size < mb * 1e6:
        if origs and rng.random() < 0.3:
            t, is_zh = rng.choice(origs)
            for e in rng.sample(d5.EDITS, 2 if rng.random() < 0.3 else 1):
                filler = (zh if is_zh else en).text(rng.randint(200, 1500)).split("\n", 1)[-1] if e == "glued" else ""
                t, _ = ed.apply(e, t, is_zh, filler)
        else:
            is_zh = rng.random() < 0.7
            t = (zh if is_zh else en).text()
            origs.append((t, is_zh))
        out.append(t)
        size += len(t.encode())
    return out


def texts_of(shape: str, data: Path, mb: float, cache: Path) -> list[str]:
    if shape == "speed":
        import collapse_digest

        return collapse_digest.texts_of("speed", data, 12.0, Path("/tmp/collapse_digest_cache"))
    path = cache / f"{shape}{mb:g}.pkl"
    if path.exists():
        texts: list[str] = pickle.loads(path.read_bytes())
        return texts
    texts = build(shape, data, mb)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(texts))
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--shape", nargs="*", default=list(SHAPES), choices=SHAPES)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--cache", default="/tmp/collapse_shapes_cache")
    ap.add_argument("--build-only", action="store_true")
    args = ap.parse_args()
    data, cache = Path(args.data), Path(args.cache)
    if args.build_only:
        for shape in args.shape:
            texts = texts_of(shape, data, args.mb, cache)
            print(shape, len(texts), round(sum(len(t.encode()) for t in texts) / 1e6, 2), flush=True)
        return
    from collapse_digest import digest

    import cleaner.dedup.warm  # noqa: F401
    from cleaner.dedup import collapse
    from cleaner.document import Document

    warm = texts_of("en", data, args.mb, cache)[:100] + texts_of("hant", data, args.mb, cache)[:100]
    collapse([Document(id=f"w{i}", text=t) for i, t in enumerate(warm)])
    for shape in args.shape:
        docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts_of(shape, data, args.mb, cache))]
        mb = sum(len(d.text.encode()) for d in docs) / 1e6
        c0 = time.process_time()
        res = collapse(docs)
        cpu = time.process_time() - c0
        row = {"shape": shape, "docs": len(docs), "mb": round(mb, 2), "cpu": round(cpu, 3),
               "mb_per_cpu_s": round(mb / max(cpu, 1e-9), 2), "stories": len(res.stories),
               "digest": digest(res)[:16]}  # fmt: skip
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
