"""Word tokens of normalised text.

Chinese (any text containing CJK ideographs) is segmented with rjieba, a Rust
port of jieba on jieba's own dictionary; ``tests/test_dedup_signature.py`` checks
on the real gold texts of ``../shared/data/extraction`` that it yields exactly
jieba's tokens (dictionary mode, HMM off). jieba stays the reference segmenter:
``DedupParams(tokenizer="jieba")`` uses it (≈ 20× slower). Both yield
punctuation and white space as tokens of their own, which are dropped here.
Latin-only text is split into runs of letters and digits (normalisation left
every other character a space). In mixed text the
segmenter keeps runs of ASCII letters and digits whole, but cuts other letters (é, ã, Cyrillic, Arabic,
Devanagari) one by one: neighbouring tokens that neither start nor end with a CJK ideograph are joined again
(:func:`join_plain`), so the words of a Portuguese or Arabic text are the same tokens whether or not a CJK
character (a date in a portal header: 2017年12月7日) sits somewhere in it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.metadata import version
from typing import Any

import numpy as np
import numpy.typing as npt

from cleaner.dedup.normalize import SPACE, has_cjk_cps, to_str, words

I64 = npt.NDArray[np.int64]

TOKENIZERS = ("rjieba", "jieba")
_CJK = re.compile(r"[\u3400-\u9fff]")

# Every single character that is not a letter or digit (BMP): such one-character tokens are dropped.
_DROP = frozenset(chr(c) for c in range(0x10000) if not chr(c).isalnum())

__all__ = [
    "TOKENIZERS",
    "cut_text",
    "cut_tokens",
    "join_plain",
    "joined_ends",
    "token_bounds",
    "tokenize",
    "tokenizer_version",
]


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


CUT_PIECE = 1 << 20
"""A longer text is segmented a piece of about this many characters at a time, each ending after a white space
character (the segmenters never join characters across white space, so the tokens are the same): rjieba's
buffers for one call over a 60 MB text dump outgrew the memory limit, and a Rust allocation failure aborts
the whole run."""


def cut_text(norm: str, tokenizer: str) -> list[str]:
    if len(norm) <= CUT_PIECE:
        return _cut(norm, tokenizer)
    out: list[str] = []
    start = 0
    while start < len(norm):
        end = start + CUT_PIECE
        if end < len(norm):
            space = max(norm.rfind(" ", start, end), norm.rfind("\n", start, end))
            if space < start:  # no white space in the piece: up to the next one (or the end)
                found = [at for at in (norm.find(" ", end), norm.find("\n", end)) if at >= 0]
                space = min(found) if found else len(norm) - 1
            end = space + 1
        out += _cut(norm[start:end], tokenizer)
        start = end
    return out


def _cut(norm: str, tokenizer: str) -> list[str]:
    if tokenizer == "rjieba":
        import rjieba

        cut: list[str] = rjieba.cut(norm, False)
        return cut
    if tokenizer == "jieba":
        lcut: list[str] = _jieba().lcut(norm, HMM=False)
        return lcut
    raise ValueError(f"unknown tokenizer {tokenizer!r}")


def tokenize(norm: str, tokenizer: str = "rjieba") -> list[str]:
    """Tokens of ``norm`` (output of :func:`cleaner.dedup.normalize.normalize`)."""
    if not norm:
        return []
    if _CJK.search(norm) is None:
        return words(norm)
    return cut_tokens(cut_text(norm, tokenizer))


def cut_tokens(cut: list[str]) -> list[str]:
    """The tokens of a normalised text with CJK from its segmenter's cut (:func:`cut_text`): what :func:`tokenize`
    gives."""
    # Outside dictionary words and ASCII runs both segmenters yield one character per token, and normalize()
    # left spaces only, so a token is punctuation or space exactly when it is one such character.
    out: list[str] = []
    joined = False  # the previous token is plain and nothing stood between (join_plain)
    for tok in cut:
        if tok in _DROP:
            joined = False
            continue
        plain = _CJK.match(tok[0]) is None and _CJK.match(tok[-1]) is None
        if plain and joined:
            out[-1] += tok
        else:
            out.append(tok)
        joined = plain
    return out


def join_plain(cjk: npt.NDArray[np.bool_], starts: I64, ends: I64) -> I64 | None:
    """Tokens ``[starts[i], ends[i])`` (in text order) with every run of neighbouring *plain* tokens (first and last
    character not a CJK ideograph; ``cjk``: per code point) joined into one: what the segmenter cut of a word in
    other letters than ASCII and CJK, back to the word (runs of non-spaces, as in a text without CJK). Returns the
    index of each joined token's first token (``starts[at]``; its end is ``ends[next at - 1]``), or None when
    nothing joins."""
    if starts.size < 2:
        return None
    join = starts[1:] == ends[:-1]  # touching (in Chinese text nearly all), then both plain
    touching = np.flatnonzero(join)
    if not touching.size:
        return None
    left, right = starts[touching], ends[touching + 1] - 1
    plain = ~(cjk[left] | cjk[ends[touching] - 1] | cjk[starts[touching + 1]] | cjk[right])
    if not plain.any():
        return None
    head = np.ones(starts.size, dtype=bool)
    head[touching[plain] + 1] = False
    return np.flatnonzero(head)


def joined_ends(at: I64, n: int) -> I64:
    """The last token of each joined token (:func:`join_plain`)."""
    return np.append(at[1:] - 1, n - 1)


def token_bounds(cps: npt.NDArray[np.uint32], tokenizer: str = "rjieba") -> tuple[I64, I64]:
    """(starts, ends) of the tokens of folded code points (:func:`cleaner.dedup.normalize.fold`): the same
    tokens as :func:`tokenize` gives for the normalised string, as offsets, without a string per token
    where it can (Latin text: runs of non-spaces; Chinese text: the segmenter's token lengths)."""
    if cps.size and has_cjk_cps(cps):
        cut = cut_text(to_str(cps), tokenizer)
        lens = np.fromiter(map(len, cut), dtype=np.int64, count=len(cut))
        ends = np.cumsum(lens)
        if ends.size and int(ends[-1]) == cps.size:
            starts = ends - lens
            keep = cps[starts] != SPACE  # a space is a token of its own; every other character is a word's
            cjk = (cps - np.uint32(0x3400)) < np.uint32(0x9FFF - 0x3400 + 1)
            starts, ends = starts[keep], ends[keep]
            at = join_plain(cjk, starts, ends)
            return (starts, ends) if at is None else (starts[at], ends[joined_ends(at, ends.size)])
    word = np.zeros(cps.size + 2, dtype=np.int8)
    word[1:-1] = cps != SPACE
    edges = np.diff(word)
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
