"""``collapse()`` called several times in one process: each call's stories are what a fresh process makes of its input.

The process keeps memos between calls (``signature._line_cache``: segmented lines; ``verify``'s ``_RECENT``,
``_SAMPLED``, ``_REPEATED``: answers per evidence array; the fold table, the kernel's dictionary); they must be exact,
so an earlier call never changes a later one's answer. Corpora: tune halves of ``bench/dedup_corpus5.py``.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
from collapse_digest import digest
from dedup_corpus5 import build
from halves import TUNE

from cleaner.dedup import DedupParams, collapse, signature
from cleaner.document import Document

DATA = SHARED / "data" / "extraction"
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")

SEED_A, SEED_B = "det26-dev1", "det26-dev2"


def _digest(seed: str, params: DedupParams | None = None) -> str:
    docs = [d for d in build(DATA, seed) if d.half == TUNE]
    return digest(collapse([Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)], params=params))


_ALONE = """
import sys
sys.path.insert(0, sys.argv[1])
from collapse_digest import digest
from dedup_corpus5 import build
from halves import TUNE
from pathlib import Path
from cleaner.dedup import collapse
from cleaner.document import Document
docs = [d for d in build(Path(sys.argv[2]), sys.argv[3]) if d.half == TUNE]
print(digest(collapse([Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)])))
"""


def _fresh(seed: str) -> str:
    """:func:`_digest` in a new process (nothing collapsed before it; ``cleaner`` from where this one has it)."""
    args = [sys.executable, "-c", _ALONE, str(ROOT / "bench"), str(DATA), seed]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]


def test_an_earlier_collapse_changes_no_later_one() -> None:
    a = _digest(SEED_A)
    _digest(SEED_A, DedupParams(shingle=3, sample_mod=4, seed=2, tokenizer="jieba"))  # other sketches, other memos
    b = _digest(SEED_B)  # after both, with their memos
    assert _digest(SEED_A) == a  # A twice
    assert b == _fresh(SEED_B)  # B after A == B alone in a fresh process
    assert a == _fresh(SEED_A)  # (and A here == A alone: nothing before it in this process changed it either)


def test_the_line_cache_is_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    warm = _digest(SEED_B)
    monkeypatch.setattr(signature, "_LINE_CACHE_CHARS", 0)  # cleared on every call: each line segmented afresh
    assert _digest(SEED_B) == warm
