"""Text normalisation for matching (never for output).

``normalize(text)`` folds everything that differs between copies of one story
without changing what the story says:

- NFKC (full-width letters, digits and punctuation, compatibility characters);
- case (``str.casefold``);
- traditional Chinese characters become simplified ones (OpenCC ``t2s``).

Punctuation, symbols and white space are dropped by the tokenizer
(:mod:`cleaner.dedup.tokens`), so ``，`` and ``,`` or ``“`` and ``"`` never
form tokens. The result is used for tokens and hashes only; a story's text is
always one of the original copies. Bump :data:`NORMALIZER_VERSION` whenever the output of
``normalize`` changes for any input: signatures stored by an earlier version
are then refused by the dedup state instead of silently failing to match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

NORMALIZER_VERSION = "3"

_NON_WORD = re.compile(r"[\W_]+")
# The NFKC mappings that occur on nearly every Chinese page (full-width punctuation, ideographic space,
# ellipsis, no-break space) are done by str.replace first (fast); NFKC's slow path then only runs on the
# rarer text that still needs it (full-width letters and digits, compatibility characters). They are all
# punctuation or space, which the tokenizer drops, so a space is as good as NFKC's ASCII form.
_COMMON = "，：；！？（）％／－．　\u00a0…"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

__all__ = ["NORMALIZER_VERSION", "has_cjk", "normalize", "words"]


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc  # the only module that imports opencc (besides the benchmark's copy maker)

    return opencc.OpenCC("t2s")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def normalize(text: str) -> str:
    """Matching form of ``text`` (see module doc)."""
    s = text
    for ch in _COMMON:
        if ch in s:
            s = s.replace(ch, " ")
    if not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
    s = " ".join(s.casefold().split())
    if has_cjk(s):
        s = _t2s().convert(s)
    return s


def words(text: str) -> list[str]:
    """Runs of letters and digits of a text without CJK characters."""
    return _NON_WORD.sub(" ", text).split()
