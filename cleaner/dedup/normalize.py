"""Text normalisation for matching (never for output).

``normalize(text)`` folds everything that differs between copies of one story
without changing what the story says:

- punctuation, symbols and white space of every width become one space
  (so ``，`` and ``,``, ``“`` and ``"`` compare equal and never form tokens);
- NFKC (full-width letters and digits, compatibility characters);
- case (``str.casefold``);
- traditional Chinese characters become simplified ones (OpenCC ``t2s``).

The result is used for tokens and hashes only; a story's text is always one of
the original copies. Bump :data:`NORMALIZER_VERSION` whenever the output of
``normalize`` changes for any input: signatures stored by an earlier version
are then refused by the dedup state instead of silently failing to match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

NORMALIZER_VERSION = "1"

_NON_WORD = re.compile(r"[\W_]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

__all__ = ["NORMALIZER_VERSION", "has_cjk", "normalize"]


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc  # the only module that imports opencc (besides the benchmark's copy maker)

    return opencc.OpenCC("t2s")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def normalize(text: str) -> str:
    """Matching form of ``text``: words separated by single spaces (see module doc)."""
    s = _NON_WORD.sub(" ", text)
    if not unicodedata.is_normalized("NFKC", s):
        # NFKC can create punctuation (㈠ → (一)), so strip once more afterwards.
        s = _NON_WORD.sub(" ", unicodedata.normalize("NFKC", s))
    s = s.casefold()
    if has_cjk(s):
        s = _t2s().convert(s)
    return s.strip()
