"""What the dedup tests share: English stories of a small vocabulary, a text's evidence, the story each of a list
of texts joins."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams, collapse, sketch_text
from cleaner.dedup.verify import Evidence
from cleaner.document import Document

WORDS = (
    "market city river council school police doctor report water energy farmer bridge museum station harbor "
    "village budget program festival train airport forest storm island factory library hospital election "
    "teacher student court judge mayor minister ocean mountain valley desert garden highway tunnel"
).split()


def sentences(rng: random.Random, n: int) -> list[str]:
    """``n`` sentences of 8-16 :data:`WORDS`."""
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + "." for _ in range(n)]


def story(rng: random.Random, n: int) -> str:
    """``n`` sentences in paragraphs of four."""
    out = sentences(rng, n)
    return "\n".join(" ".join(out[i : i + 4]) for i in range(0, len(out), 4))


def evidence(text: str, params: DedupParams) -> Evidence:
    """The evidence ``verify.compare`` reads of ``text``."""
    sk = sketch_text("x", text, params)
    return Evidence(sk.evidence, sk.positions, sk.sampled, sk.n_shingles)


def story_numbers(texts: list[str], params: DedupParams | None = None) -> list[int]:
    """The story number ``collapse`` gives each text."""
    res = collapse([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)], params=params)
    story = {s.doc_id: n for n, st_ in enumerate(res.stories) for s in st_.sources}
    return [story[f"d{i}"] for i in range(len(texts))]
