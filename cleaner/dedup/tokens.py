"""Word tokens of normalised text.

Chinese (any text containing CJK ideographs) is segmented with rjieba, a Rust
port of jieba on jieba's own dictionary; ``tests/test_dedup_tokens.py`` checks
on the real gold texts of ``../shared/data/extraction`` that it yields exactly
jieba's tokens (dictionary mode, HMM off). jieba stays the reference segmenter:
``DedupParams(tokenizer="jieba")`` uses it (≈ 20× slower). Both yield
punctuation and white space as tokens of their own, which are dropped here.
Latin-only text is split into runs of letters and digits. In mixed text the
segmenter keeps runs of ASCII letters and digits whole, so English words inside
Chinese text are single tokens.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import version
from itertools import filterfalse
from typing import Any

from cleaner.dedup.normalize import has_cjk, words

TOKENIZERS = ("rjieba", "jieba")

# Every single character that is not a letter or digit (BMP): such one-character tokens are dropped.
_DROP = frozenset(chr(c) for c in range(0x10000) if not chr(c).isalnum())

__all__ = ["TOKENIZERS", "tokenize", "tokenizer_version"]


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=4)
def tokenizer_version(name: str) -> str:
    """``name-version-mode``: what a signature's tokens depend on."""
    if name not in TOKENIZERS:
        raise ValueError(f"unknown tokenizer {name!r}; choose one of {', '.join(TOKENIZERS)}")
    return f"{name}-{version(name)}-dict"


def tokenize(norm: str, tokenizer: str = "rjieba") -> list[str]:
    """Tokens of ``norm`` (output of :func:`cleaner.dedup.normalize.normalize`)."""
    if not norm:
        return []
    if not has_cjk(norm):
        return words(norm)
    if tokenizer == "rjieba":
        import rjieba

        cut: list[str] = rjieba.cut(norm, False)
    elif tokenizer == "jieba":
        cut = _jieba().lcut(norm, HMM=False)
    else:
        raise ValueError(f"unknown tokenizer {tokenizer!r}")
    # Outside dictionary words and ASCII runs both segmenters yield one character per token, and normalize()
    # left single spaces only, so a token is punctuation or space exactly when it is one such character.
    return list(filterfalse(_DROP.__contains__, cut))
