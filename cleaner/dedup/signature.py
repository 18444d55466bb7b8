"""Per-document signatures: the pure, picklable *map* step of the collapse.

``sketch_text(doc_id, text, params)`` → :class:`Sketch`; ``sketch_batch(items, params)`` gives the same
sketches for many texts with one numpy call per step for the whole batch (what the collapse maps: per-text
numpy calls cost more than their arithmetic on texts of a few KB; tested equal text by text):

1. blank the lines that read as code, fold the text's code points with one table (:mod:`cleaner.dedup.normalize`)
   and find the token boundaries (:func:`cleaner.dedup.tokens.token_bounds`:
   rjieba's token lengths on Chinese text, runs of non-spaces otherwise; in a
   batch, line by line, each distinct folded line segmented once per process —
   reposts share most of their lines);
2. hash every ``params.shingle``-token shingle to 32 bits, vectorised with
   numpy: a polynomial hash of each token's code points (prefix sums mod 2^64
   over the whole folded text, so no string per token is hashed),
   combined over the shingle's tokens and finished with the MurmurHash3 64-bit
   mixer (:data:`HASH_VERSION` names this scheme);
3. MinHash signature with datasketch's ``affine32`` scheme — exactly what
   ``datasketch.MinHash(num_perm, seed, scheme="affine32", hashfunc=identity)``
   gives for these shingle hashes (tested), computed for all shingles at once
   (in a batch: one permutation at a time over all texts, each segment's minimum
   by one ``reduceat``);
4. LSH band keys: one 62-bit integer per band (fits a signed SQLite INTEGER),
   plus, for long texts, the keys of the first ``window_bands`` bands of each
   overlapping window of ``window`` shingles: an excerpt or a story inside a
   long page shares few shingles with the whole page, but most with a window;
   MinHash and windows run over the shingles whose hash ≡ 0 mod ``minhash_mod``
   (a consistent sample: the same shingle is in or out in every text), which
   halves the hashing cost at no measured loss; and *anchor-pair* keys
   (:func:`anchor_keys`: each shingle of the mod-``anchor_mod`` sample with the
   next one) that any text sharing a stretch of ≈ 12 tokens or more has too: a
   short story inside a page, a short prefix;
5. *character band keys* (:func:`char_keys`) after the band keys: a MinHash over the text's CJK character
   2-grams, which a copy with single characters deleted here and there keeps where its word shingles break;
6. *evidence* for verification: the shingle hashes (cut to 16 bits plus the
   sample bits, :func:`evidence_mask`) in text order, all of them for short
   texts, else only those with ``hash % sample_mod == 0`` — a consistent
   sample, so the Jaccard / containment of two samples estimates
   that of the full shingle sets, and its order lets the verifier see *where*
   two texts differ (see :mod:`cleaner.dedup.verify`).
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from cleaner.dedup.kernel import sketch_kernel
from cleaner.dedup.normalize import (
    NORMALIZER_VERSION,
    SPACE,
    blank_code,
    folded_code_points,
    matching_code_points,
    to_str,
    unmarker,
    unmarks,
)
from cleaner.dedup.params import DedupParams
from cleaner.dedup.tokens import CUT_PIECE, I64, cut_text, join_plain, joined_ends, token_bounds

_Tail = Callable[..., tuple[bytearray, bytearray, bytearray, bytearray, bytearray]]
_Bounds = Callable[..., tuple[bytearray, bytearray, bytearray] | None]
_Lengths = Callable[[Sequence[object]], bytearray]
_LinesOf = Callable[..., tuple[list[str], bytearray]]
_SplitCut = Callable[[list[str], list[str]], tuple[list[bytes], bool] | None]
_Gather = Callable[..., tuple[bytearray, bytearray]]
_CjkTexts = Callable[..., bytes]
_JiebaPieces = Callable[[list[str]], tuple[list[bytes], bool] | None]
_JiebaLines = Callable[..., tuple[bytearray, bytearray] | None]


def _load_kernel() -> tuple[_Tail, _Bounds, _Lengths, _LinesOf, _SplitCut, _Gather, _CjkTexts] | None:
    """The compiled kernel's functions (``cleaner/dedup/_sketch.c``), if built and not switched off by
    ``CLEANER_SKETCH_KERNEL=0``; else None (the numpy path, which gives the same sketches)."""
    k = sketch_kernel()
    return None if k is None else (k.tail, k.bounds, k.lengths, k.lines_of, k.split_cut, k.gather, k.cjk_texts)


_kernel = _load_kernel()
_CUT_TEXT = cut_text
_fresh_lines: Callable[[list[str], dict[str, Any]], list[str]] | None = getattr(sketch_kernel(), "fresh_lines", None)


_JIEBA_VERIFIED = frozenset({("0.2.2", "7197c3211ddd98962b036cdf40324d1ea2bfaa12bd028e68faa70111a88e12a8")})
"""(rjieba's version, SHA-256 of jieba's ``dict.txt``) for which the kernel's cut (``jieba_pieces``) was checked token
for token against rjieba's (``tests/test_text_kernel.py``: every distinct line of the speed corpus, random texts of
dictionary words and awkward characters): rjieba embeds that dictionary. Other versions keep rjieba."""


@lru_cache(maxsize=1)
def _jieba_pieces() -> _JiebaPieces | None:
    """The kernel's cut without HMM over jieba's dictionary (``_sketch.jieba_pieces``: what ``split_cut`` makes of
    ``rjieba.cut("\n".join(lines) + "\n", False)``, without a ``str`` per token; ≈ 3x faster), loaded on first use
    (≈ 0.07 s, instead of rjieba's ≈ 0.3); None without the kernel or for a pair of versions not checked."""
    k = sketch_kernel()
    if k is None or not hasattr(k, "jieba_pieces"):
        return None
    try:
        spec = importlib.util.find_spec("jieba")  # (finds the package without importing it)
        if spec is None or spec.origin is None:
            return None
        data = (Path(spec.origin).parent / "dict.txt").read_bytes()
        if (version("rjieba"), hashlib.sha256(data).hexdigest()) not in _JIEBA_VERIFIED:
            return None
        k.jieba_load(data)  # (a ValueError: a dictionary the kernel cannot hold)
    except (OSError, ImportError, ValueError):
        return None
    pieces: _JiebaPieces = k.jieba_pieces
    return pieces


@lru_cache(maxsize=1)
def _jieba_lines() -> _JiebaLines | None:
    """The kernel's cut of a batch's folded lines with the line memory in the kernel (``_sketch.jieba_lines``: what
    ``lines_of``, ``fresh_lines``, :func:`_jieba_pieces`, the dict and ``gather`` give, without a ``str`` per line and
    four dict probes; at most :data:`_LINE_CACHE_CHARS` characters remembered, as the dict), where the kernel's cut
    applies; else None."""
    if _jieba_pieces() is None:
        return None
    lines: _JiebaLines | None = getattr(sketch_kernel(), "jieba_lines", None)
    return lines


def _fresh_lines_py(lines: list[str], cache: dict[str, Any]) -> list[str]:
    """The distinct ``lines`` that are not keys of ``cache``, in the order of their first occurrence (the kernel's
    ``fresh_lines``)."""
    return [line for line in dict.fromkeys(lines) if line not in cache]


def kernel_cut(norm: str, tokenizer: str) -> list[str] | None:
    """``cut_text(norm, tokenizer)`` by the kernel's cut (:func:`_jieba_pieces`, checked token for token against
    rjieba's) for a text of one line, as the sketch cuts lines: the same tokens, without loading rjieba's own
    dictionary (≈ 0.3 s and 36 MB) beside the kernel's in a process that only sketches. ``None`` where it does not
    apply (another tokenizer, ``cut_text`` replaced, a line break in ``norm``, a text that ``cut_text`` cuts in
    pieces, no checked kernel cut): ask ``cut_text``."""
    if tokenizer != "rjieba" or cut_text is not _CUT_TEXT or not norm or len(norm) > CUT_PIECE or "\n" in norm:
        return None
    quick = _jieba_pieces()
    found = quick([norm]) if quick is not None else None
    if found is None or not found[1]:
        return None
    lengths = np.frombuffer(found[0][0], dtype=np.int64).tolist()
    lengths.pop()  # (the line break's token)
    out: list[str] = []
    at = 0
    for n in lengths:
        out.append(norm[at : at + n])
        at += n
    return out if at == len(norm) else None


def _lengths(items: Sequence[object]) -> I64:
    """``len`` of every item (a list of strings), as int64."""
    if _kernel is not None:
        return np.frombuffer(_kernel[2](items), dtype=np.int64)
    return np.fromiter(map(len, items), dtype=np.int64, count=len(items))  # type: ignore[arg-type]


HASH_VERSION = "poly64-fmix64-hi32-v1+ev16+k62+jp+fk"
"""The shingle hash scheme, (``+ev16``) evidence values cut to 16 bits (:func:`evidence_mask`), (``+k62``)
band and window keys of 62 bits, bit 62 marking anchor-pair keys (:data:`ANCHOR_BIT`), and (``+jp``) the words of
other letters than ASCII and CJK in a segmented text one token each (:func:`cleaner.dedup.tokens.join_plain`), and
(``+fk``) the *fine* anchor-pair keys of short texts (:data:`FINE_BIT`; anchor-pair keys of 61 bits)."""

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]

CHAR_VERSION = "c2l4-fmix32-ev16-m8-f128"
"""The character evidence scheme (:func:`char_evidence`): grams of 2 characters from a CJK ideograph, 4 from any
other letter or digit, over the folded text's letters and digits (spaces, punctuation and code lines left out); their
32-bit hashes cut as :func:`evidence_mask` (:data:`CHAR_MOD`) cuts; all of them up to :data:`CHAR_FULL` grams, else the
mod-:data:`CHAR_MOD` sample. A state records it; stored character evidence of another scheme is not compared."""
FIGURES_VERSION = "d64-fmix64-h32"
"""The figures' scheme (:func:`figures_of`: each run of digits of the folded text, code lines blanked, as its digits
times a power per place, summed with its length, mixed and cut to 32 bits). A state records it (meta
``figures_version``); stored figures of another scheme are not compared."""
CHAR_MOD = 8
CHAR_FULL = 128
CHAR_BANDS = 16
CHAR_ROWS = 3
"""*Character band keys* (:func:`char_keys`): a MinHash of 16 bands x 3 rows over a text's CJK character grams."""
CHAR_KEY_MIN = 16
"""A text gets character band keys only with at least this many distinct grams in the mod-:data:`CHAR_MOD` sample
(≈ 130 CJK characters): a MinHash of a handful of common grams pairs unrelated texts."""
CHAR_KEYS_VERSION = "cjk2-m8-b16r3-min16-s1+lat-w6-oph128r2-min16"
"""The character band keys' scheme (CJK keys, then word-initial keys; ``-oph128r2``: the word-initial keys of
dedupkeys32, a 48-band MinHash over a sample before). Stored as band keys like the others; a state records the scheme
it was last written with (meta ``char_keys_version``). A state indexed by another scheme is *not* refused, so that a
nightly job keeps its history across an upgrade: its stories' keys of the other scheme stay in the index (a new text's
keys rarely meet them, and verification judges any pair they make), and every other key family (word bands, windows,
content ids) finds those stories as before; only a copy that this family alone would have found (an English repost
with many letters deleted) may go unmatched against a story stored before the upgrade."""
_CHAR_KEY_SEED = 20_2012
LATIN_BINS = 128
LATIN_ROWS = 2
LATIN_BANDS = LATIN_BINS // LATIN_ROWS
LATIN_GRAM = 6
LATIN_KEY_MIN = 16
"""*Word-initial band keys* (:func:`latin_keys`): a one-permutation MinHash of 128 bins over *all* the 6-grams of a
Latin text's words' first characters (:func:`_oph_keys`: one hash per gram), banded 2 bins at a time (64 keys), for a
text of at least 16 such grams. A copy with 15-20 % of its letters deleted keeps ≈ 0.15-0.25 Jaccard of these grams:
64 bands pair it with its original with P ≈ 0.8-0.98 (the 48-band MinHash over the mod-8 sample before: ≈ 0.5-0.9,
and none for a text under ≈ 130 words); unrelated English texts (p99 ≈ 0.014): P ≈ 0.01."""
_OPH_SALT = np.uint32(0x5BD1E995)
_OPH_STEP = np.uint32(0x9E3779B1)
"""Each gram's hash is mixed with ``_OPH_SALT`` for the bin's minimum (its high bits chose the bin); an empty bin takes
the next filled bin's minimum plus ``_OPH_STEP`` times the distance (:func:`_oph_keys`)."""
_LATIN_KEY_SALT = np.uint64(0x6A09E667F3BCC909)
_CHAR_KEY_SALT = np.uint64(0x2545F4914F6CDD1D)
_NO_CHARS: U32 = np.zeros(0, dtype=np.uint32)

_B = 0x100000001B3  # odd base of the code-point polynomial
_B_INV = pow(_B, -1, 1 << 64)
_SHINGLE_MUL = np.uint64(0x9E3779B97F4A7C15)
_BAND_MUL = np.uint64(0xC2B2AE3D27D4EB4F)
_ROW_MUL = np.uint64(0x165667B19E3779F9)
_KEY_MASK = np.uint64((1 << 62) - 1)
ANCHOR_BIT = 1 << 62
"""Set in anchor-pair keys (:func:`anchor_keys`), clear in band and window keys: all of them are 63-bit integers."""
FINE_BIT = 1 << 61
"""Set (with :data:`ANCHOR_BIT`) in *fine* anchor-pair keys (:func:`fine_keys`), clear in the others."""
_PAIR_MASK = np.uint64(FINE_BIT - 1)
_ANCHOR_MUL = np.uint64(0xD6E8FEB86659FD93)
_ANCHOR_SEED = np.uint64(0xA0761D6478BD642F)
_CHUNK = 1920  # shingles per block: 128 x 1920 x 4 bytes stays in L2 cache; a multiple of window/2

__all__ = [
    "CHAR_VERSION",
    "FIGURES_VERSION",
    "HASH_VERSION",
    "Sketch",
    "SketchPack",
    "band_keys",
    "char_evidence",
    "kernel_cut",
    "latin_keys",
    "minhash",
    "pack_sketches",
    "shingle_hashes",
    "sketch_text",
    "text_bounds",
    "unpack_sketches",
]


@dataclass(frozen=True, slots=True)
class Sketch:
    """What the collapse needs to know about one distinct text (no text)."""

    doc_id: str
    length: int
    """Characters in the tokens (letters and digits): how complete a copy is."""
    n_shingles: int
    band_keys: I64
    """One 62-bit key per LSH band (int64; ``tuple(band_keys.tolist())`` for Python ints), then, for a text with
    enough CJK characters, its :data:`CHAR_BANDS` character band keys (:func:`char_keys`), for a Latin text of at
    least :data:`LATIN_KEY_MIN` word-initial grams its :data:`LATIN_BANDS` word-initial band keys (:func:`latin_keys`):
    indexed and stored like the others. Any
    sequence given is stored as such an array."""
    window_keys: I64
    """Band keys of the windows of a long text, then (:data:`ANCHOR_BIT` set, so the largest) its anchor-pair keys
    (:func:`anchor_keys`), ascending; used for lookups, and the window keys indexed."""
    evidence: U32
    """Shingle hashes (16 bits + sample bits, see :func:`evidence_mask`) in text order: all of them when ``sampled``
    is false, else the mod-``sample_mod`` sample."""
    positions: U32
    """Token index of each evidence shingle (where it starts in the text)."""
    sampled: bool
    chars: U32 = field(default_factory=lambda: _NO_CHARS)
    """*Character evidence* (:func:`char_evidence`): hashes of the text's character grams in text order, all of them
    when ``n_grams`` ≤ :data:`CHAR_FULL`, else the mod-:data:`CHAR_MOD` sample; empty for a sketch made without."""
    char_positions: U32 = field(default_factory=lambda: _NO_CHARS)
    """Character index (among the text's letters and digits) of each gram of ``chars``."""
    n_grams: int = 0
    """Character grams of the text (``chars`` is a sample when more than :data:`CHAR_FULL`)."""
    figures: U32 = field(default_factory=lambda: _NO_CHARS)
    """The text's *figures* (:func:`figures_of`): one hash per run of digits, ascending (a multiset); empty for a text
    without figures or a sketch made without them (:func:`cleaner.dedup.verify.figures_apart` is then not asked)."""

    def __post_init__(self) -> None:
        for name in ("band_keys", "window_keys"):
            value = getattr(self, name)
            if not isinstance(value, np.ndarray) or value.dtype != np.int64:
                object.__setattr__(self, name, np.asarray(value, dtype=np.int64).reshape(-1))

    def keys(self) -> tuple[int, ...]:
        """Band keys then window keys, as Python ints (what an index stores and is asked)."""
        if not self.window_keys.size:
            return tuple(self.band_keys.tolist())
        return tuple(np.concatenate((self.band_keys, self.window_keys)).tolist())


def flat_keys(sketches: Sequence[Sketch]) -> tuple[I64, I64]:
    """Every sketch's band keys then window keys, one sketch after another, and how many each has."""
    counts = np.fromiter(
        (sk.band_keys.size + sk.window_keys.size for sk in sketches), dtype=np.int64, count=len(sketches)
    )
    parts = [k for sk in sketches for k in (sk.band_keys, sk.window_keys)]
    return (np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)), counts


def split_keys(flat: I64, counts: I64) -> list[tuple[int, ...]]:
    """:func:`flat_keys` back to one tuple of Python ints per sketch (:meth:`Sketch.keys`), converted in one go."""
    ints = flat.tolist()
    ends = np.cumsum(counts).tolist()
    return [tuple(ints[a:b]) for a, b in zip([0, *ends], ends, strict=False)]


@dataclass(frozen=True, slots=True)
class SketchPack:
    """Many sketches as a few flat arrays: what a worker sends back. Pickling 10,000 sketches one by one costs the
    driver ≈ 0.3 s to unpickle (≈ 270 keys per text as Python ints, three small arrays each); these arrays are
    copied in one go. :func:`pack_sketches` / :func:`unpack_sketches`."""

    doc_ids: list[str]
    counts: npt.NDArray[np.int64]
    """Per sketch: length, n_shingles, band keys, window keys, evidence values, sampled (one row each)."""
    keys: npt.NDArray[np.int64]
    evidence: U32
    positions: U32
    chars: U32 = field(default_factory=lambda: _NO_CHARS)
    """Every sketch's character evidence, then its character positions (``counts`` columns 6 and 7: their number
    and ``n_grams``)."""


def pack_sketches(sketches: Sequence[Sketch]) -> SketchPack:
    counts = np.array(
        [(sk.length, sk.n_shingles, sk.band_keys.size, sk.window_keys.size, sk.evidence.size, sk.sampled,
          sk.chars.size, sk.n_grams, sk.figures.size) for sk in sketches],
        dtype=np.int64,
    ).reshape(len(sketches), 9)  # fmt: skip
    keys, _ = flat_keys(sketches)
    empty = np.zeros(0, dtype=np.uint32)
    evidence = np.concatenate([sk.evidence for sk in sketches]) if sketches else empty
    positions = np.concatenate([sk.positions for sk in sketches]) if sketches else empty
    chars = (
        np.concatenate([x for sk in sketches for x in (sk.chars, sk.char_positions, sk.figures)]) if sketches else empty
    )
    return SketchPack(
        [sk.doc_id for sk in sketches], counts, keys, evidence.astype(np.uint32), positions, chars.astype(np.uint32)
    )


def unpack_sketches(pack: SketchPack) -> list[Sketch]:
    """The sketches of a pack (their arrays are views into the pack's)."""
    out: list[Sketch] = []
    k = e = c = 0
    for doc_id, row in zip(pack.doc_ids, pack.counts.tolist(), strict=True):
        length, n_sh, nb, nw, ne, sampled, nc, n_grams, nf = (*row, 0, 0, 0)[:9]
        band, window = pack.keys[k : k + nb], pack.keys[k + nb : k + nb + nw]
        ev, pos = pack.evidence[e : e + ne], pack.positions[e : e + ne]
        ch, cpos, fig = (
            pack.chars[c : c + nc],
            pack.chars[c + nc : c + 2 * nc],
            pack.chars[c + 2 * nc : c + 2 * nc + nf],
        )
        out.append(Sketch(doc_id, length, n_sh, band, window, ev, pos, bool(sampled), ch, cpos, n_grams, fig))
        k += nb + nw
        e += ne
        c += 2 * nc + nf
    return out


_CHAR_MULS = tuple(
    np.uint64(m) for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93)
)


def char_grams(cps: U32, first: I64, last: I64) -> tuple[U32, U32, I64, I64]:
    """:func:`_char_grams` without the CJK flags."""
    h, pos, grams, per, _ = _char_grams(cps, first, last)
    return h, pos, grams, per


def _char_grams(cps: U32, first: I64, last: I64) -> tuple[U32, U32, I64, I64, npt.NDArray[np.bool_]]:
    """The character grams of the texts at ``cps[first[i]:last[i]]`` (folded code points, code lines blanked):
    over each text's letters and digits (every code point but a space), a gram of 2 from a CJK ideograph, of 4 from
    any other (a Latin letter pair is too common to place a deletion), none reaching past the text's end. Their 32-bit
    hashes, their character indices (among the text's letters and digits), how many each text has, how many
    letters and digits it has, and which grams start with a CJK ideograph."""
    keep = cps != SPACE
    letters = cps[keep].astype(np.uint64)
    bounds = np.stack((first, last), axis=1).ravel()
    per = _counts_between(keep, bounds)[::2] if first.size else np.zeros(0, dtype=np.int64)
    n = letters.size
    end = np.repeat(_offsets(per)[1:], per)  # (each letter's text's end, in letters)
    pad = np.concatenate((letters, np.zeros(3, dtype=np.uint64)))
    m = _CHAR_MULS
    h2 = pad[:n] * m[0] + pad[1 : n + 1] * m[1]
    cjk = (letters - np.uint64(0x3400)) < np.uint64(0x9FFF - 0x3400 + 1)
    h = np.where(cjk, h2, h2 + pad[2 : n + 2] * m[2] + pad[3 : n + 3] * m[3])
    at = np.arange(n, dtype=np.int64)
    ok = at + np.where(cjk, 1, 3) < end
    h32 = _hash32(h)
    local = at - np.repeat(_offsets(per)[:-1], per)
    grams = _counts_between(ok, np.stack((_offsets(per)[:-1], _offsets(per)[1:]), axis=1).ravel())[::2]
    return h32[ok], local[ok].astype(np.uint32), grams, per, cjk[ok]


def char_evidence(h: U32, pos: U32, grams: I64) -> tuple[U32, U32, I64]:
    """:func:`char_grams` cut to evidence: every gram of a text of at most :data:`CHAR_FULL`, else the
    mod-:data:`CHAR_MOD` sample; values cut by :func:`evidence_mask`. (Values, positions, how many each text keeps.)"""
    full = np.repeat(grams <= CHAR_FULL, grams)
    keep = full | _multiple_of(h, CHAR_MOD)
    kept = _counts_between(keep, np.stack((_offsets(grams)[:-1], _offsets(grams)[1:]), axis=1).ravel())[::2]
    return h[keep] & evidence_mask(CHAR_MOD), pos[keep], kept


def char_keys(h: U32, cjk: npt.NDArray[np.bool_], grams: I64) -> list[I64]:
    """Per text (its ``grams`` of :func:`_char_grams`' hashes ``h``, one text after another): its *character band
    keys*, :data:`CHAR_BANDS` 62-bit keys of a MinHash over its distinct CJK grams in the consistent
    mod-:data:`CHAR_MOD` sample (the character evidence's sample), or none (fewer than :data:`CHAR_KEY_MIN` such
    grams). A copy with one CJK character in ten deleted keeps ≈ 80 % of its 2-grams (≈ 0.7 Jaccard; a band of 3 rows
    agrees with P ≈ 0.35, one of 16 bands with P > 0.99), while most of its 4-word shingles are broken: the word bands
    never pair it with its original. Unrelated Chinese texts share ≈ 0.05-0.1 of their grams (P ≈ 0.002-0.016).
    Latin letter grams are left out: English texts share ≈ 0.1 of their letter 4-grams, and a band pairs them."""
    doc = np.repeat(np.arange(grams.size, dtype=np.int64), grams)
    pick = cjk & _multiple_of(h, CHAR_MOD)
    return _set_keys(h[pick], doc[pick], grams.size, (_CHAR_KEY_SEED, CHAR_BANDS, CHAR_ROWS), _CHAR_KEY_SALT)


def _set_keys(values: U32, doc: I64, n: int, scheme: tuple[int, int, int], salt: np.uint64) -> list[I64]:
    """Per text ``0 … n - 1``: the band keys (``scheme``: seed, bands, rows) of a MinHash over its distinct ``values``
    (``doc``: each value's text, ascending), salted; none for a text of fewer than :data:`CHAR_KEY_MIN` values."""
    seed, bands, rows = scheme
    out: list[I64] = [np.zeros(0, dtype=np.int64)] * n
    if values.size < CHAR_KEY_MIN:
        return out
    # by text, then value: each text's distinct values (one sort of (text, value) packed in 64 bits: the order of
    # ``np.lexsort((values, doc))``, several times faster)
    packed = np.sort((doc.astype(np.uint64) << np.uint64(32)) | values.astype(np.uint64))
    new = np.ones(packed.size, dtype=bool)
    new[1:] = packed[1:] != packed[:-1]
    packed = packed[new]
    values, doc = packed.astype(np.uint32), (packed >> np.uint64(32)).astype(np.int64)
    count = np.bincount(doc, minlength=n)
    keep = np.repeat(count >= CHAR_KEY_MIN, count)
    values, doc = values[keep], doc[keep]
    if not values.size:
        return out
    texts = np.flatnonzero(count >= CHAR_KEY_MIN)
    starts = _offsets(count[texts])[:-1]
    a, b = _key_permutations(seed, bands, rows)
    rows_ = _fmix32(values)[None, :] * a[0][:, None]  # (all rows at once: a batch has ≈ 1,000 such values)
    rows_ += b[0][:, None]
    sig = np.minimum.reduceat(rows_, starts, axis=1)
    keys = ((_band_keys(np.ascontiguousarray(sig.T), bands, rows) ^ salt) & _KEY_MASK).astype(np.int64)
    for t, k in zip(texts.tolist(), keys, strict=True):
        out[t] = k
    return out


def latin_keys(cps: U32, first: I64, last: I64) -> list[I64]:
    """Per text ``cps[first[i]:last[i]]`` (folded code points, texts in order): its *word-initial band keys*,
    :data:`LATIN_BANDS` bands of :data:`LATIN_ROWS` bins of a one-permutation MinHash (:func:`_oph_keys`) over all
    the :data:`LATIN_GRAM`-grams of its words' first characters, for a text whose words are mostly Latin (≥ 2/3 start
    with an ASCII letter), else none. A letter deleted here and there spoils a word's shingles but a word's first
    letter only when it is the one deleted: a copy with one letter in ten to five deleted keeps ≈ 0.15-0.35 Jaccard of
    these grams (unrelated English texts: median 0, p99 ≈ 0.014), where Latin letter grams are shared by every
    English text (:func:`char_keys`)."""
    n = int(first.size)
    none: list[I64] = [np.zeros(0, dtype=np.int64)] * n
    if not n or not cps.size:
        return none
    word = cps != SPACE
    start = word.copy()
    start[1:] &= ~word[:-1]
    inside = first[first < cps.size]
    start[inside] = word[inside]
    at = np.flatnonzero(start)
    doc = np.searchsorted(first, at, side="right") - 1
    ok = (doc >= 0) & (at < last[np.maximum(doc, 0)])
    at, doc = at[ok], doc[ok]
    c = cps[at].astype(np.uint64)
    latin = (c - np.uint64(97)) < np.uint64(26)
    words, lat = np.bincount(doc, minlength=n), np.bincount(doc, weights=latin, minlength=n)
    wanted = 3 * lat >= 2 * words
    if not wanted.any():
        return none
    pick = wanted[doc]
    c, doc = c[pick], doc[pick]
    g = LATIN_GRAM
    if c.size < g:
        return none
    m = c.size - g + 1
    hv = np.zeros(m, dtype=np.uint64)
    for j in range(g):
        hv = hv * np.uint64(_B) + c[j : j + m]
    same = doc[:m] == doc[g - 1 :]
    return _oph_keys(_hash32(hv)[same], doc[:m][same], n)


def _oph_keys(values: U32, doc: I64, n: int) -> list[I64]:
    """Per text ``0 … n - 1``: the keys of a *one-permutation* MinHash of its ``values`` (``doc``: each value's text,
    ascending; repeats allowed), or none for a text of fewer than :data:`LATIN_KEY_MIN` values. Each value falls in
    one of :data:`LATIN_BINS` bins by its high bits and the bin keeps the least of the values' mixed hashes (one hash
    per value, where a MinHash of as many rows costs one per value and row: so every value is read, not a sample);
    an empty bin takes the next filled bin's minimum (circularly, ``d`` bins on) plus ``d`` times an odd constant
    (*densification*: two texts' bins agree with P ≈ their Jaccard either way); bins :data:`LATIN_ROWS` at a time
    are banded as :func:`_band_keys` bands them, salted."""
    out: list[I64] = [np.zeros(0, dtype=np.int64)] * n
    count = np.bincount(doc, minlength=n)
    texts = np.flatnonzero(count >= LATIN_KEY_MIN)
    if not texts.size:
        return out
    sel = (count >= LATIN_KEY_MIN)[doc]
    values, row = values[sel], np.searchsorted(texts, doc[sel])
    nb = LATIN_BINS
    slot = row.astype(np.uint64) * np.uint64(nb) + ((values.astype(np.uint64) * np.uint64(nb)) >> np.uint64(32))
    packed = np.sort((slot << np.uint64(32)) | _fmix32(values ^ _OPH_SALT).astype(np.uint64))
    head = np.ones(packed.size, dtype=bool)
    head[1:] = (packed[1:] >> np.uint64(32)) != (packed[:-1] >> np.uint64(32))
    first = packed[head]
    flat = np.zeros(texts.size * nb, dtype=np.uint32)
    full = np.zeros(texts.size * nb, dtype=bool)
    where = (first >> np.uint64(32)).astype(np.int64)
    flat[where] = first.astype(np.uint32)
    full[where] = True
    sig, filled = flat.reshape(texts.size, nb), full.reshape(texts.size, nb)
    twice = np.where(np.concatenate((filled, filled), axis=1), np.arange(2 * nb), 2 * nb)
    # (each bin's next filled bin, itself when filled, over the bins twice)
    nxt = np.minimum.accumulate(twice[:, ::-1], axis=1)[:, ::-1][:, :nb]
    dist = (nxt - np.arange(nb)).astype(np.uint32)
    dense = np.take_along_axis(sig, nxt % nb, axis=1) + dist * _OPH_STEP
    keys = ((_band_keys(dense, LATIN_BANDS, LATIN_ROWS) ^ _LATIN_KEY_SALT) & _KEY_MASK).astype(np.int64)
    for t, k in zip(texts.tolist(), keys, strict=True):
        out[t] = k
    return out


_CharEvidence = Callable[..., tuple[bytearray, ...]]
_char_evidence_kernel: _CharEvidence | None = getattr(sketch_kernel(), "char_evidence", None)


def _batch_char_evidence(cps: U32, first: I64, last: I64, keys: bool) -> tuple[U32, U32, I64, I64, list[I64]]:
    """:func:`char_evidence` of :func:`char_grams` of the texts ``cps[first[i]:last[i]]``: the values, positions, how
    many each text keeps and how many grams it has, and with ``keys`` each text's :func:`char_keys` then its
    :func:`latin_keys` (a text gets CJK keys or word-initial keys, hardly both); by the kernel's one loop per text
    when built (the same arrays and keys: the kernel reads each gram's uncut value and first letter as it makes it,
    and each word's first code point as it copies the text's letters)."""
    k = _char_evidence_kernel
    none: list[I64] = [np.zeros(0, dtype=np.int64)] * int(first.size)
    if k is None:
        h, pos, grams, _, cjk = _char_grams(cps, first, last)
        ch, cpos, kept = char_evidence(h, pos, grams)
        if not keys:
            return ch, cpos, kept, grams, none
        extra = [
            np.concatenate((c, w)) if w.size else c
            for c, w in zip(char_keys(h, cjk, grams), latin_keys(cps, first, last), strict=True)
        ]
        return ch, cpos, kept, grams, extra
    c, f, e = (np.ascontiguousarray(x, dtype=t) for x, t in ((cps, np.uint32), (first, np.int64), (last, np.int64)))
    mask = int(evidence_mask(CHAR_MOD))
    if not keys:
        vals, poss, nk, ng, _ = k(c, f, e, CHAR_FULL, CHAR_MOD, mask)
        extra = none
    else:  # (the keys in the same loop: the kernel reads the uncut values of the grams it keeps)
        a, b = _key_permutations(_CHAR_KEY_SEED, CHAR_BANDS, CHAR_ROWS)
        vals, poss, nk, ng, _, kb, kn = k(
            c, f, e, CHAR_FULL, CHAR_MOD, mask, a[0], b[0], CHAR_BANDS, CHAR_ROWS, CHAR_KEY_MIN, int(_CHAR_KEY_SALT),
            LATIN_BINS, LATIN_ROWS, LATIN_GRAM, LATIN_KEY_MIN, int(_LATIN_KEY_SALT), int(_OPH_SALT), int(_OPH_STEP),
        )  # fmt: skip
        flat = np.frombuffer(kb, dtype=np.int64)
        extra, at = list(none), 0
        for t, n in enumerate(np.frombuffer(kn, dtype=np.int64).tolist()):
            if n:
                extra[t] = flat[at : at + n]
                at += n
    kept = np.frombuffer(nk, dtype=np.int64)
    return (
        np.frombuffer(vals, dtype=np.uint32),
        np.frombuffer(poss, dtype=np.uint32),
        kept,
        np.frombuffer(ng, dtype=np.int64),
        extra,
    )


def _with_chars(sketches: list[Sketch], cps: U32, first: I64, last: I64, keys: bool = True) -> list[Sketch]:
    """The sketches with the character evidence of their texts (``cps[first[i]:last[i]]``), with ``keys`` their
    character band keys (:func:`char_keys`) and word-initial keys (:func:`latin_keys`) after their band keys, and their
    figures (:func:`_figures`): each sketch made once with all of them."""
    ch, cpos, kept, grams, extra = _batch_char_evidence(cps, first, last, keys)
    off = _offsets(kept).tolist()
    return [  # (the fields spelled out: ``dataclasses.replace`` reads them by introspection, a third of this step)
        Sketch(sk.doc_id, sk.length, sk.n_shingles, np.concatenate((sk.band_keys, ck)) if ck.size else sk.band_keys,
               sk.window_keys, sk.evidence, sk.positions, sk.sampled, ch[a:b], cpos[a:b], g, f) if sk.n_shingles else sk
        for sk, a, b, g, ck, f in zip(
            sketches, off[:-1], off[1:], grams.tolist(), extra, _figures(cps, first, last), strict=True
        )
    ]  # fmt: skip


def figures_of(text: str, normalizer: str = NORMALIZER_VERSION) -> U32:
    """A text's figures: the CRC-32 of each run of digits of its folded text (full-width digits as ASCII), lines that
    read as code blanked as the tokens see them (:func:`cleaner.dedup.normalize.blank_code`: a stylesheet's sizes and
    colours are no figures), ascending; a multiset. Reports of one template (a daily market close, exchange rates, a
    weather report) differ in most of their figures; copies of one story keep them
    (:func:`cleaner.dedup.verify.figures_apart`). ``normalizer``: the normaliser version read as."""
    cps = matching_code_points(text, normalizer=normalizer)[1]
    return _figures(cps, np.zeros(1, dtype=np.int64), np.full(1, cps.size, dtype=np.int64))[0]


_FIGURE_POWERS: U64 = np.array([pow(0x9E3779B97F4A7C15, j, 1 << 64) for j in range(64)], dtype=np.uint64)
"""Per place in a run of digits (its first 64; then again from the first): the multiplier of :func:`_figures`."""


def _figures(cps: U32, first: I64, last: I64) -> list[U32]:
    """:func:`figures_of` of the texts at ``cps[first[i]:last[i]]`` (folded, code blanked; no run of digits crosses
    from one text to the next): per run, its digits (+ 1: a leading zero counts) times a power per place, summed
    (mod 2**64) with its length and hashed to 32 bits, one numpy call per step for the whole batch; each text's
    hashes sorted in one sort of the batch's (text, hash) pairs (slices of one array)."""
    at = np.flatnonzero((cps - np.uint32(0x30)) < np.uint32(10))
    if not at.size:
        return [_NO_CHARS] * first.size
    new = np.ones(at.size, dtype=bool)
    new[1:] = at[1:] != at[:-1] + 1
    heads = np.flatnonzero(new)
    size = np.diff(np.append(heads, at.size))
    place = np.arange(at.size, dtype=np.int64) - np.repeat(heads, size)
    terms: U64 = (cps[at].astype(np.uint64) - np.uint64(0x2F)) * _FIGURE_POWERS[place & 63]
    runs: U64 = np.bitwise_xor(np.add.reduceat(terms, heads), size.astype(np.uint64))
    h = _hash32(_fmix64(runs))
    cut = np.searchsorted(at[heads], np.stack((first, last), axis=1).ravel())
    # (the runs in no text, between two texts' spans, get the text after them: their slot is never read)
    text = np.searchsorted(cut[1::2], np.arange(h.size), side="right").astype(np.uint64)
    ordered = ((text << np.uint64(32)) | h.astype(np.uint64)).astype(np.uint64)
    ordered.sort()
    hs: U32 = ordered.astype(np.uint32)  # (the low 32 bits: each text's hashes, ascending)
    c = cut.tolist()
    return [hs[a:b] if b > a else _NO_CHARS for a, b in zip(c[::2], c[1::2], strict=True)]


def _fmix64(h: U64) -> U64:
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def _hash32(h: U64) -> U32:
    """64-bit gram values to 32-bit hashes: the two halves xor-ed, then :func:`_fmix32`."""
    return _fmix32((h & np.uint64(0xFFFFFFFF)).astype(np.uint32) ^ (h >> np.uint64(32)).astype(np.uint32))


def _fmix32(h: U32) -> U32:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


_POWERS: dict[int, U64] = {}


def _powers(base: int, n: int) -> U64:
    """``base**i mod 2**64`` for i < n: a per-process table (≤ 8 MB), grown on demand; computed afresh beyond."""
    table = _POWERS.get(base)
    if table is None or table.size < n:
        size = max(n, 2 * (table.size if table is not None else 1 << 16))
        p = np.full(size, base, dtype=np.uint64)
        p[0] = 1
        table = np.cumprod(p, dtype=np.uint64)
        if size <= 1 << 20:
            _POWERS[base] = table
    return table[:n]


def _span_hashes(cps: npt.NDArray[np.uint32], starts: I64, ends: I64) -> U64:
    """64-bit hash of the code points ``cps[s:e]`` of each span (position independent), vectorised."""
    n = cps.size
    prefix = np.zeros(n + 1, dtype=np.uint64)
    terms = np.add(cps, np.uint64(1), dtype=np.uint64)
    terms *= _powers(_B, n)
    np.cumsum(terms, dtype=np.uint64, out=prefix[1:])
    raw = (prefix[ends] - prefix[starts]) * _powers(_B_INV, n + 1)[starts]
    raw += (ends - starts).astype(np.uint64)
    return _fmix64(raw)


def _token_hashes(tokens: list[str]) -> U64:
    """64-bit hash of each token's code points (position independent), vectorised."""
    joined = "\x00".join(tokens)
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    seps = np.flatnonzero(cp == 0)
    starts = np.concatenate(([0], seps + 1))
    ends = np.concatenate((seps, [cp.size]))
    return _span_hashes(cp, starts, ends)


def shingle_hashes(tokens: list[str], k: int) -> U32:
    """32-bit hashes of the ``k``-token shingles of ``tokens``, in order.

    A text with fewer than ``k`` (but at least one) tokens has one shingle: all of them.
    """
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    return _shingles(_token_hashes(tokens), k)


def _shingles(th: U64, k: int) -> U32:
    if th.size == 0:
        return np.zeros(0, dtype=np.uint32)
    k = min(k, th.size)
    n = th.size - k + 1
    acc = th[:n].copy()
    for j in range(1, k):
        acc *= _SHINGLE_MUL
        acc += th[j : j + n]
    return (_fmix64(acc + np.uint64(k)) >> np.uint64(32)).astype(np.uint32)


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[U32, U32]:
    """datasketch's ``affine32`` permutation parameters (``MinHash._init_permutations``), without importing
    datasketch at run time (its import costs ≈ 1 s per process); a test checks they are identical."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a[None, :], b[None, :]


_FIRST_KEY_BANDS = 16
"""A key family's first bands are drawn as ``_permutations(16 * rows, seed)`` drew them before the family grew:
bands added later come from the next seed, so the first 16 keys stay what they were and more bands add candidates,
never swap them (the CJK character keys: 16 bands)."""


@lru_cache(maxsize=8)
def _key_permutations(seed: int, bands: int, rows: int) -> tuple[U32, U32]:
    """The permutation parameters of a key family of ``bands`` x ``rows`` (:func:`_set_keys`, the kernel's keys):
    :data:`_FIRST_KEY_BANDS` bands from ``seed``, any more from ``seed + 1``."""
    first = min(bands, _FIRST_KEY_BANDS)
    a, b = _permutations(first * rows, seed)
    if bands > first:
        a2, b2 = _permutations((bands - first) * rows, seed + 1)
        a, b = np.concatenate((a, a2), axis=1), np.concatenate((b, b2), axis=1)
    return a, b


def minhash(hashes: U32, num_perm: int, seed: int) -> U32:
    """datasketch ``affine32`` MinHash of a set of 32-bit hashes (empty set → all ``2**32-1``)."""
    return minhash_windows(hashes, num_perm, seed, 0)[0]


def minhash_windows(
    hashes: U32, num_perm: int, seed: int, window: int, window_perms: int | None = None
) -> tuple[U32, npt.NDArray[np.uint32]]:
    """The MinHash of all ``hashes`` and, when ``window`` > 0 and there are more than ``window`` hashes, the
    first ``window_perms`` (default all) values of the MinHash of every run of ``window`` consecutive hashes
    starting at multiples of ``window/2`` (shape (windows, window_perms)); both from one pass over the
    permuted values, in cache-sized blocks laid out permutation-major so the window minima are plain
    reductions over contiguous rows (the other permutations only need each block's row minimum)."""
    a, b = _permutations(num_perm, seed)
    at, bt = a.T, b.T
    n = hashes.size
    full = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    half = window // 2 if window and n > window else 0
    if n == 0:
        return full, np.zeros((0, num_perm), dtype=np.uint32)
    chunk = _CHUNK - _CHUNK % half if half else _CHUNK
    wp = num_perm if window_perms is None else max(1, min(window_perms, num_perm))
    mixed = _fmix32(hashes)[None, :]
    buf = np.empty((num_perm, min(chunk, n)), dtype=np.uint32)
    segments: list[npt.NDArray[np.uint32]] = []
    for s in range(0, n, chunk):
        r = min(chunk, n - s)
        block = buf[:, :r]
        np.multiply(at, mixed[:, s : s + r], out=block)
        block += bt
        if not half:
            np.minimum(full, block.min(axis=1), out=full)
            continue
        if wp < num_perm:
            np.minimum(full[wp:], block[wp:].min(axis=1), out=full[wp:])
        q, rest = divmod(r, half)
        if q:
            segments.append(block[:wp, : q * half].reshape(wp, q, half).min(axis=2))
        if rest:
            segments.append(block[:wp, q * half :].min(axis=1, keepdims=True))
    if not half:
        return full, np.zeros((0, num_perm), dtype=np.uint32)
    segs = np.concatenate(segments, axis=1)
    full[:wp] = segs.min(axis=1)
    return full, np.ascontiguousarray(np.minimum(segs[:, :-1], segs[:, 1:]).T)


def band_keys(signature: U32, bands: int, rows: int) -> tuple[int, ...]:
    """One 62-bit key per LSH band of ``signature`` (band index mixed in)."""
    return tuple(_band_keys(signature[None, :], bands, rows)[0].tolist())


def _band_keys(signatures: npt.NDArray[np.uint32], bands: int, rows: int) -> U64:
    """Band keys of several signatures at once: shape (len(signatures), bands)."""
    m = signatures[:, : bands * rows].astype(np.uint64).reshape(signatures.shape[0], bands, rows)
    acc = _band_seeds(bands) + m[:, :, 0]
    for r in range(1, rows):
        acc *= _ROW_MUL
        acc += m[:, :, r]
    return _fmix64(acc) & _KEY_MASK


@lru_cache(maxsize=8)
def _band_seeds(bands: int) -> U64:
    """Each band's start value (band index mixed in), times the row multiplier: the first step of every key."""
    return np.arange(1, bands + 1, dtype=np.uint64) * _BAND_MUL * _ROW_MUL


_T = TypeVar("_T", bound=np.generic)


def sorted_distinct(values: npt.NDArray[_T]) -> npt.NDArray[_T]:
    """Sorted distinct values (``np.unique`` without its per-call overhead, which dominates on small arrays)."""
    v = np.sort(values, axis=None)
    if v.size < 2:
        return v
    keep = np.empty(v.size, dtype=bool)
    keep[0] = True
    np.not_equal(v[1:], v[:-1], out=keep[1:])
    return v[keep]


def _without(ordered: U64, drop: U64) -> U64:
    """``ordered`` (sorted, distinct) without the values in ``drop``."""
    at = np.minimum(np.searchsorted(ordered, drop), ordered.size - 1)
    hit = at[ordered[at] == drop]
    if hit.size == 0:
        return ordered
    keep = np.ones(ordered.size, dtype=bool)
    keep[hit] = False
    return ordered[keep]


def _multiple_of(hashes: U32, mod: int) -> npt.NDArray[np.bool_]:
    """``hashes % mod == 0`` (a bit mask for a power of two: ≈ 10x faster than numpy's integer division)."""
    if mod & (mod - 1) == 0:
        return np.asarray((hashes & np.uint32(mod - 1)) == 0)
    return np.asarray(hashes % np.uint32(mod) == 0)


def evidence_mask(sample_mod: int) -> np.uint32:
    """What of a shingle hash the evidence keeps: its top 16 bits, and the low bits that decide whether it is in
    the mod-``sample_mod`` sample (so a full evidence is still sampled by ``% sample_mod``). A sampled evidence
    value then fits 2 bytes in the state. Two distinct shingles of a pair of texts with n and m evidence values
    agree by chance n·m/65536 times (0.15 for two texts of 100; 15 for two of 1,000): noise for Jaccard and
    containment, and a substitution span is a few values. A sample_mod that is not a power of 2: all 32 bits."""
    if 0 < sample_mod <= 1 << 16 and sample_mod & (sample_mod - 1) == 0:
        return np.uint32(0xFFFF0000 | (sample_mod - 1))
    return np.uint32(0xFFFFFFFF)


def evidence_of(hashes: U32, params: DedupParams) -> tuple[U32, U32, bool]:
    """(evidence values, their token positions, sampled?)."""
    mask = evidence_mask(params.sample_mod)
    if hashes.size <= params.full_max:
        return hashes & mask, np.arange(hashes.size, dtype=np.uint32), False
    pos = np.flatnonzero(_multiple_of(hashes, params.sample_mod)).astype(np.uint32)
    return hashes[pos] & mask, pos, True


def anchor_keys(hashes: U32, mod: int) -> U64:
    """Keys of a text's *anchor pairs*: each shingle of the consistent mod-``mod`` sample with the next one in
    text order. Two texts that share a stretch of ≈ ``mod`` + k tokens or more (a short story inside a long
    page, a prefix of a text) share such a key whatever else either holds, where MinHash of the whole (or of a
    window) sees a small Jaccard similarity. 0 = none."""
    if not mod:
        return np.zeros(0, dtype=np.uint64)
    a = hashes[_multiple_of(hashes, mod)].astype(np.uint64)
    return _pair_keys(a, np.ones(max(0, a.size - 1), dtype=bool))


def fine_keys(hashes: U32, params: DedupParams) -> U64:
    """*Fine* anchor-pair keys (:data:`FINE_BIT`) of a short text (at most ``full_max`` shingles; none for a longer
    one): the anchor pairs of the denser mod-``fine_mod`` sample. A tiny text (a two-line story, below
    ``min_containment_shingles``) has only a few anchors of the mod-``anchor_mod`` sample, often one or none, so no
    anchor-pair key; these find the page it was published in. They pair a tiny text with another (collapse)."""
    if not params.fine_mod or hashes.size > params.full_max:
        return np.zeros(0, dtype=np.uint64)
    a = hashes[_multiple_of(hashes, params.fine_mod)].astype(np.uint64)
    return _pair_keys(a, np.ones(max(0, a.size - 1), dtype=bool), FINE_BIT)


def _pair_keys(a: U64, same: npt.NDArray[np.bool_], mark: int = 0) -> U64:
    """Key of each pair of neighbouring anchor hashes ``a[i], a[i+1]`` where ``same[i]`` (same text): 61 bits,
    :data:`ANCHOR_BIT` and ``mark`` set."""
    if a.size < 2:
        return np.zeros(0, dtype=np.uint64)
    acc = a[:-1][same] * _ANCHOR_MUL
    acc += a[1:][same]
    acc += _ANCHOR_SEED
    return (_fmix64(acc) & _PAIR_MASK) | np.uint64(ANCHOR_BIT | mark)


def _keys(sub: U32, params: DedupParams, anchors: U64 | None = None) -> tuple[I64, I64]:
    """Band keys and window keys (windows' and ``anchors``, without the band keys) of a text's MinHash sample."""
    none = np.zeros(0, dtype=np.int64)
    if not sub.size:
        return none, none
    sig, windows = minhash_windows(
        sub, params.num_perm, params.seed, params.window // params.minhash_mod, params.window_bands * params.rows
    )
    full = _band_keys(sig[None, :], params.bands, params.rows)[0]
    extra = anchors if anchors is not None else np.zeros(0, dtype=np.uint64)
    if not windows.shape[0] and not extra.size:
        return full.astype(np.int64), none
    # windows index their first bands (a window's key = the same band's key of a short text)
    found = _band_keys(windows, params.window_bands, params.rows) if windows.shape[0] else extra[:0]
    both = np.concatenate((found.ravel(), extra))
    return full.astype(np.int64), _without(sorted_distinct(both), full).astype(np.int64)


MAX_SKETCH_CHARS = 4_000_000
"""A text longer than this is not sketched (its sketch is empty: no keys, so it is compared with nothing and stays a
story of its own): sketching takes ≈ 150 bytes per character (20 M characters: 3.2 GB). No article is that long;
the pipeline rejects such pages as ``too_large`` before (:data:`cleaner.pipeline.MAX_PAGE_CHARS`)."""


def _unsketched(doc_id: str) -> Sketch:
    none = np.zeros(0, dtype=np.int64)
    empty = np.zeros(0, dtype=np.uint32)
    return Sketch(doc_id, 0, 0, none, none, empty, empty, False)


def sketch_text(doc_id: str, text: str, params: DedupParams) -> Sketch:
    """The map step for one distinct text. Pure; safe to run in any process."""
    if len(text) > MAX_SKETCH_CHARS:
        return _unsketched(doc_id)
    # (lone surrogates, bytes decoded with surrogateescape, fold to spaces)
    cps = matching_code_points(text, normalizer=params.normalizer_version)[1]
    starts, ends = token_bounds(cps, params.tokenizer)
    hashes = _shingles(_span_hashes(cps, starts, ends), params.shingle)
    sub = hashes if params.minhash_mod == 1 else hashes[_multiple_of(hashes, params.minhash_mod)]
    anchors = np.concatenate((anchor_keys(hashes, params.anchor_mod), fine_keys(hashes, params)))
    keys, wkeys = _keys(sub, params, anchors)
    ev, pos, sampled = evidence_of(hashes, params)
    sk = Sketch(
        doc_id=doc_id,
        length=int((ends - starts).sum()),
        n_shingles=int(hashes.size),
        band_keys=keys,
        window_keys=wkeys,
        evidence=ev,
        positions=pos,
        sampled=sampled,
    )
    one, end = np.zeros(1, dtype=np.int64), np.full(1, cps.size, dtype=np.int64)
    return _with_chars([sk], cps, one, end, params.chars_contained > 0)[0]


def sketch_job(item: tuple[str, str], params: DedupParams) -> Sketch:
    """``executor.map`` adapter: ``functools.partial(sketch_job, params=p)`` pickles."""
    return sketch_text(item[0], item[1], params)


def _ranges(starts: I64, counts: I64) -> I64:
    """``starts[i] + arange(counts[i])`` for every i, concatenated."""
    total = int(counts.sum()) if counts.size else 0
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    first = np.cumsum(counts) - counts
    out: I64 = np.arange(total, dtype=np.int64)
    out += np.repeat(starts - first, counts)
    return out


def _offsets(counts: I64) -> I64:
    out = np.zeros(counts.size + 1, dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out


def _counts_between(flags: npt.NDArray[np.bool_], bounds: I64) -> I64:
    """How many ``flags`` are set in each ``[bounds[i], bounds[i+1])``: the set flags before each bound, by binary
    search among their positions (≈ 9x faster than a running count of a boolean array into int64)."""
    before = np.searchsorted(np.flatnonzero(flags), bounds)
    return np.asarray(np.diff(before), dtype=np.int64)


def _batch_shingles(th: U64, ntok: I64, k: int) -> tuple[U32, I64]:
    """Shingle hashes of several texts' token hashes laid end to end (``ntok`` tokens each), exactly as
    :func:`shingle_hashes` gives them text by text, and the shingles per text."""
    m = np.where(ntok >= k, ntok - k + 1, np.minimum(ntok, 1))
    toff, soff = _offsets(ntok), _offsets(m)
    sh = np.empty(int(soff[-1]), dtype=np.uint32)
    if th.size >= k:
        g = th.size - k + 1
        acc = th[:g].copy()
        for j in range(1, k):
            acc *= _SHINGLE_MUL
            acc += th[j : j + g]
        acc += np.uint64(k)
        every = (_fmix64(acc) >> np.uint64(32)).astype(np.uint32)
        full = ntok >= k
        sh[_ranges(soff[:-1][full], m[full])] = every[_ranges(toff[:-1][full], m[full])]
    for i in np.flatnonzero((ntok > 0) & (ntok < k)).tolist():  # shorter than a shingle: one of all tokens
        sh[soff[i]] = _shingles(th[toff[i] : toff[i + 1]], k)[0]
    return sh, m


def _window_keys_by_text(wkeys: U64, wdoc: I64, bkeys: U64, bdoc: I64, n: int) -> list[I64]:
    """Per text: its distinct window keys, ascending, without its own band keys."""
    keys = np.concatenate((wkeys, bkeys))
    docs = np.concatenate((wdoc, bdoc))
    band = np.concatenate((np.zeros(wkeys.size, dtype=bool), np.ones(bkeys.size, dtype=bool)))
    # by text, then key (the order within a (text, key) group does not matter): a quicksort of the keys, then a
    # stable radix sort of the (small) text numbers — ≈ 2x faster than np.lexsort
    order = np.argsort(keys)
    order = order[np.argsort(docs[order].astype(np.int32 if n > 1 << 15 else np.int16), kind="stable")]
    keys, docs, band = keys[order], docs[order], band[order]
    new = np.ones(keys.size, dtype=bool)
    if keys.size > 1:
        new[1:] = (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])
    group = np.cumsum(new) - 1
    has_band = np.zeros(int(group[-1]) + 1 if group.size else 0, dtype=bool)
    has_band[group[band]] = True
    keep = new & ~band & ~has_band[group]
    kept, kdoc = keys[keep].astype(np.int64), docs[keep]
    bounds = _offsets(np.bincount(kdoc, minlength=n)).tolist()
    return [kept[bounds[i] : bounds[i + 1]] for i in range(n)]


_LINE_CACHE_CHARS = 1 << 23
_line_caches: dict[tuple[str, object, str], dict[str, Any]] = {}
_line_cache_chars: dict[tuple[str, object, str], int] = {}


def _line_cache(tokenizer: str, kind: str = "arrays") -> dict[str, Any]:
    """This process's token lengths of folded lines already segmented (at most ≈ 8M characters, then cleared).
    Keyed by the segmenting function as well, so a replaced one (a test's) never sees another's tokens, and by the
    kind of its values (int64 arrays; ``"bytes"``: the kernel's int64 bytes)."""
    key = (tokenizer, cut_text, kind)
    cache = _line_caches.setdefault(key, {})
    if _line_cache_chars.get(key, 0) > _LINE_CACHE_CHARS:
        cache.clear()
        _line_cache_chars[key] = 0
    return cache


def _cut_lengths_kernel(raw: U32, cps: U32, first: I64, last: I64, tokenizer: str) -> tuple[I64, I64]:
    """:func:`_cut_lengths` with the kernel's line splitting, per-line pieces (int64 bytes) and gathering."""
    assert _kernel is not None
    _, _, _, lines_of, split_cut, gather, _ = _kernel
    fresh_lines = _fresh_lines if _fresh_lines is not None else _fresh_lines_py
    if not first.size:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    whole = _jieba_lines() if tokenizer == "rjieba" and cut_text is _CUT_TEXT else None
    done = whole(cps, raw, first, last, _LINE_CACHE_CHARS) if whole is not None else None
    if done is not None:  # (the kernel's line memory: the same token lengths)
        return np.frombuffer(done[0], dtype=np.int64), np.frombuffer(done[1], dtype=np.int64)
    wanted, nlines = lines_of(cps, raw, first, last)
    cache = _line_cache(tokenizer, "bytes")
    fresh: dict[str, bytes] = {}
    new = fresh_lines(wanted, cache)  # (the distinct lines not in the cache, in order; one loop)
    if new:
        # rjieba's tokens from the kernel's own cut when it has checked them (cut_text not replaced: a test's)
        quick = _jieba_pieces() if tokenizer == "rjieba" and cut_text is _CUT_TEXT else None
        found = quick(new) if quick is not None else None
        if found is None:
            found = split_cut(cut_text("\n".join(new) + "\n", tokenizer), new)
        if found is None:  # (a line break not a token of its own: line by line)
            cuts = [cut_text(x, tokenizer) for x in new]
            pieces = [np.fromiter(chain(map(len, c), (1,)), dtype=np.int64, count=len(c) + 1).tobytes() for c in cuts]
            covers = all(sum(map(len, c)) == len(x) for c, x in zip(cuts, new, strict=True))
        else:
            pieces, covers = found
        if covers:  # (never cache a segmentation that does not cover its line)
            cache.update(zip(new, pieces, strict=True))
            key = (tokenizer, cut_text, "bytes")
            _line_cache_chars[key] = _line_cache_chars.get(key, 0) + sum(map(len, new))
        else:
            fresh = dict(zip(new, pieces, strict=True))
    tl, per = gather(wanted, cache, fresh, nlines)
    return np.frombuffer(tl, dtype=np.int64), np.frombuffer(per, dtype=np.int64)


def _cut_lengths(raw: U32, cps: U32, first: I64, last: I64, tokenizer: str) -> tuple[I64, I64]:
    """Lengths of the segmenter's tokens of the folded texts ``cps[first[i]:last[i]]`` (in text order, all texts
    laid end to end) and the tokens per text — what cutting each text whole gives, line by line: a folded text
    has only letters, digits and spaces, and the segmenter never joins characters across white space, so a
    text's tokens are its lines' tokens with a one-character space token for each line break between. Reposts
    share most of their lines: each distinct line is segmented once per process (:func:`_line_cache`), the new
    lines of a batch in one call."""
    if not first.size:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    # these texts only (not the whole batch), each with the line break after it (the texts are joined by them)
    at = _ranges(first, last - first + 1)
    inside = np.minimum(at, cps.size - 1)  # (the batch's last text has none after it)
    kept = cps[inside]
    kept[(raw[inside] == 10) | (at == cps.size)] = 10
    wanted = to_str(kept).split("\n")
    wanted.pop()  # (after the last line break)
    nlines = _counts_between(kept == 10, _offsets(last - first + 1))  # lines per text
    cache = _line_cache(tokenizer)
    distinct = dict.fromkeys(wanted)
    new = [line for line in distinct if line not in cache]
    if new:
        every = len(new) == len(distinct)  # every line new (texts that share no line; a line may come twice)
        segmented = wanted if every else new
        found, covers, flat = _segment_lines(segmented, tokenizer)
        if covers:  # (never cache a segmentation that does not cover its line)
            # (a line twice has the same tokens each time: the segmenter cuts each line on its own)
            cache.update(zip(segmented, found, strict=True))
            key = (tokenizer, cut_text, "arrays")
            _line_cache_chars[key] = _line_cache_chars.get(key, 0) + sum(map(len, new))
        if flat is not None and every:
            # the pieces laid end to end are the one call's tokens, as they are (no concatenation of a small array
            # per line)
            return _per_text(*flat, nlines)
        if covers:
            pieces = list(map(cache.__getitem__, wanted))
        else:
            fresh = dict(zip(segmented, found, strict=True))
            pieces = [cache[line] if line in cache else fresh[line] for line in wanted]
    else:
        pieces = list(map(cache.__getitem__, wanted))
    sizes = _offsets(np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)))
    return _per_text(np.concatenate(pieces), sizes, nlines)


def _per_text(tl: I64, starts: I64, nlines: I64) -> tuple[I64, I64]:
    """Token lengths of lines laid end to end (``starts``: where each line starts in them, then their end) →
    without the line break's space token that ends each text's last line, and how many tokens each text has."""
    line_end = starts[_offsets(nlines)[1:]]
    return np.delete(tl, line_end - 1), np.diff(line_end, prepend=0) - 1


def _segment_lines(lines: list[str], tokenizer: str) -> tuple[list[I64], bool, tuple[I64, I64] | None]:
    """Token lengths of each line (no line breaks inside) followed by a 1 (its line break's space token), from
    one segmenter call over them all when the line breaks come back as tokens of their own (they always do for
    jieba and rjieba), else line by line; whether every line's tokens cover it exactly; and from the one call,
    its token lengths (the lines' laid end to end) and where each line's start in them, then their end (else
    ``None``)."""
    cut = cut_text("\n".join(lines) + "\n", tokenizer)
    tl = _lengths(cut)
    starts = _offsets(tl)
    ll = _lengths(lines)
    seps = _offsets(ll + 1)[1:] - 1
    at = np.searchsorted(starts[:-1], seps)
    if at[-1] >= tl.size or not np.array_equal(starts[at], seps) or not (tl[at] == 1).all():
        cuts = [cut_text(x, tokenizer) for x in lines]
        found = [np.fromiter(chain(map(len, c), (1,)), dtype=np.int64, count=len(c) + 1) for c in cuts]
        return found, all(sum(map(len, c)) == len(x) for c, x in zip(cuts, lines, strict=True)), None
    ends = (at + 1).tolist()
    found = [tl[a:b] for a, b in zip([0, *ends[:-1]], ends, strict=True)]
    return found, bool(starts[-1] == seps[-1] + 1), (tl, np.concatenate(([0], at + 1)))


def _batch_tokens(texts: list[str], tokenizer: str, normalizer: str = NORMALIZER_VERSION) -> tuple[U32, I64, I64, I64]:
    """Folded code points of ``texts`` joined by line breaks, their tokens' (starts, ends) in text order and
    the tokens per text: the tokens :func:`cleaner.dedup.tokens.token_bounds` gives text by text (runs of
    non-spaces for texts without CJK, the segmenter's tokens otherwise), with one numpy call per step. ``normalizer``:
    the normaliser version read as (:func:`cleaner.dedup.normalize.matching_code_points`)."""
    lens = _lengths(texts)
    # (unmarked text by text: most texts hold no "&" or "<" and are not scanned)
    joined = "\n".join(map(unmarker(normalizer), texts) if unmarks(normalizer) else texts)
    raw, cps = folded_code_points(joined)  # a line break folds to a space: no token crosses from one text to the next
    first = _offsets(lens + 1)[:-1]
    blank_code(raw, cps, joined, first.tolist())  # lines and blocks that read as code: spaces (matching_code_points)
    last = first + lens
    if _kernel is not None:  # (the kernel: which texts hold a CJK ideograph, one loop; numpy needs the mask below)
        segmented = np.frombuffer(_kernel[6](cps, first, last), dtype=np.bool_).copy()
        cjk = None
    else:
        cjk = (cps - np.uint32(0x3400)) < np.uint32(0x9FFF - 0x3400 + 1)  # 0x3400 <= cp <= 0x9FFF
        segmented = _counts_between(cjk, np.stack((first, last), axis=1).ravel())[::2] > 0
    cut_docs = np.flatnonzero(segmented)
    cut_lengths = _cut_lengths if _kernel is None else _cut_lengths_kernel
    tl, per = cut_lengths(raw, cps, first[cut_docs], last[cut_docs], tokenizer)
    whole = np.diff(_offsets(tl)[_offsets(per)]) == lens[cut_docs]
    if not whole.all():  # never seen; token_bounds falls back to runs of non-spaces too
        segmented[cut_docs[~whole]] = False
        tl, per, cut_docs = tl[np.repeat(whole, per)], per[whole], cut_docs[whole]
    if _kernel is not None:
        c64 = np.ascontiguousarray
        found = _kernel[1](
            cps, first, lens, segmented.view(np.uint8), c64(tl, dtype=np.int64), c64(per, dtype=np.int64)
        )
        if found is not None:
            starts, ends, ntok = (np.frombuffer(x, dtype=np.int64) for x in found)
            return cps, starts, ends, ntok
    # where tokens start and end (one past), marked in the batch's text, so both come out in text order: runs of
    # non-spaces of the texts without CJK, the segmenter's tokens other than spaces of the others
    size = cps.size
    word = np.zeros(size + 2, dtype=bool)
    word[1:-1] = cps != SPACE
    if cut_docs.size:
        word[1:-1] &= ~np.repeat(segmented, lens + 1)[:size]  # (texts are joined by a line break)
    begin, end = word[1:] > word[:-1], word[1:] < word[:-1]  # begin[i]: a token starts at i; end[i]: one ends
    if cut_docs.size:
        seg_e = np.cumsum(tl) + np.repeat(first[cut_docs] - _offsets(lens[cut_docs])[:-1], per)
        seg_s = seg_e - tl
        keep = cps[seg_s] != SPACE  # a space is a token of its own; every other character is a word's
        begin[seg_s[keep]] = True
        end[seg_e[keep]] = True
    starts, ends = np.flatnonzero(begin), np.flatnonzero(end)
    if cut_docs.size:  # words of other letters than ASCII and CJK that the segmenter cut: joined again
        if cjk is None:
            cjk = (cps - np.uint32(0x3400)) < np.uint32(0x9FFF - 0x3400 + 1)
        heads = join_plain(cjk, starts, ends)
        if heads is not None:
            starts, ends = starts[heads], ends[joined_ends(heads, ends.size)]
    return cps, starts, ends, np.diff(np.searchsorted(starts, np.append(first, size + 1)))


def text_bounds(text: str, tokenizer: str, normalizer: str = NORMALIZER_VERSION) -> tuple[U32, I64, I64]:
    """The folded code points of ``text`` (code lines blanked) and its tokens' (starts, ends): what
    :func:`~cleaner.dedup.normalize.folded_code_points`, :func:`~cleaner.dedup.normalize.blank_code` and
    :func:`~cleaner.dedup.tokens.token_bounds` give, by the batch path (:func:`_batch_tokens`: the kernel's cut and
    the line memory where they apply). For a text read again after the sketch (``collapse``'s rules): its lines are
    in the line memory already, and a Chinese text of several lines does not load rjieba's own dictionary
    (≈ 0.1 CPU-s and 36 MB) beside the kernel's, as ``token_bounds`` (rjieba's cut of the whole text) does."""
    cps, starts, ends, _ = _batch_tokens([text], tokenizer, normalizer)
    return cps, starts, ends


def sketch_batch(items: Sequence[tuple[str, str]], params: DedupParams) -> list[Sketch]:
    """:func:`sketch_text` of many texts (the same sketches), with one numpy call per step for the whole batch
    instead of one per text: hashing, shingles, MinHash (cache-sized blocks of window segments of several
    texts, minima by ``reduceat``), band keys and evidence; the segmenter runs once per batch over the lines it
    has not seen before (:func:`_cut_lengths`)."""
    if any(len(text) > MAX_SKETCH_CHARS for _, text in items):
        kept = sketch_batch([i for i in items if len(i[1]) <= MAX_SKETCH_CHARS], params)[::-1]
        return [_unsketched(did) if len(text) > MAX_SKETCH_CHARS else kept.pop() for did, text in items]
    n = len(items)
    if n == 0:
        return []
    texts = [text for _, text in items]
    cps, starts, ends, ntok = _batch_tokens(texts, params.tokenizer, params.normalizer_version)
    if _kernel is not None:
        out = _kernel_sketches(items, params, cps, starts, ends, ntok)
    else:
        out = _numpy_sketches(items, params, cps, starts, ends, ntok)
    lens = _lengths(texts)
    first = _offsets(lens + 1)[:-1]  # (as _batch_tokens joined them: one line break between texts)
    return _with_chars(out, cps, first, first + lens, params.chars_contained > 0)


def kernel_params(params: DedupParams) -> tuple[object, ...]:
    """The kernel's ``tail`` arguments after the batch's arrays: the permutations and the parameters it reads."""
    a, b = _permutations(params.num_perm, params.seed)
    return (
        np.ascontiguousarray(a[0]),
        np.ascontiguousarray(b[0]),
        params.shingle,
        params.minhash_mod,
        params.window,
        params.window_bands,
        params.bands,
        params.rows,
        params.anchor_mod,
        params.fine_mod,
        params.sample_mod,
        params.full_max,
        int(evidence_mask(params.sample_mod)),
    )


def _kernel_sketches(
    items: Sequence[tuple[str, str]], params: DedupParams, cps: U32, starts: I64, ends: I64, ntok: I64
) -> list[Sketch]:
    """:func:`_numpy_sketches` by the compiled kernel (``cleaner/dedup/_sketch.c``): the same sketches, bit for bit."""
    kernel = _kernel if _kernel is not None else _load_kernel()
    if kernel is None:
        raise ImportError("the compiled sketch kernel is not built (python bench/build_sketch.py)")
    tail = kernel[0]
    counts_b, bkeys_b, wkeys_b, ev_b, pos_b = tail(
        np.ascontiguousarray(cps, dtype=np.uint32),
        np.ascontiguousarray(starts, dtype=np.int64),
        np.ascontiguousarray(ends, dtype=np.int64),
        np.ascontiguousarray(ntok, dtype=np.int64),
        *kernel_params(params),
    )
    counts = np.frombuffer(counts_b, dtype=np.int64).reshape(-1, 5)
    bkeys = np.frombuffer(bkeys_b, dtype=np.int64)
    wkeys = np.frombuffer(wkeys_b, dtype=np.int64)
    ev = np.frombuffer(ev_b, dtype=np.uint32)
    pos = np.frombuffer(pos_b, dtype=np.uint32)
    out: list[Sketch] = []
    k = w = e = 0
    full_max = params.full_max
    for (doc_id, _), (length, m, nb, nw, ne) in zip(items, counts.tolist(), strict=True):
        out.append(
            Sketch(
                doc_id=doc_id,
                length=length,
                n_shingles=m,
                band_keys=bkeys[k : k + nb],
                window_keys=wkeys[w : w + nw],
                evidence=ev[e : e + ne],
                positions=pos[e : e + ne],
                sampled=m > full_max,
            )
        )
        k += nb
        w += nw
        e += ne
    return out


def _numpy_sketches(
    items: Sequence[tuple[str, str]], params: DedupParams, cps: U32, starts: I64, ends: I64, ntok: I64
) -> list[Sketch]:
    """The sketches of a batch's texts from their tokens (:func:`_batch_tokens`), one numpy call per step."""
    n = len(items)
    lengths = _offsets(ends - starts)[_offsets(ntok)]
    th = _span_hashes(cps, starts, ends)
    sh, m = _batch_shingles(th, ntok, params.shingle)
    soff = _offsets(m)

    # MinHash over the consistent sample, by segments: a text of at most `win` sampled hashes is one segment;
    # a longer one is cut every `half` (its windows are pairs of neighbouring segments)
    segs, nseg, segoff, seg_doc = _segment_minhash(sh, soff, n, params)
    n_segs = int(segoff[-1])
    num_perm, wp = params.num_perm, params.window_bands * params.rows
    has = nseg > 0
    sig_docs = np.flatnonzero(has)
    sigs = np.minimum.reduceat(segs, segoff[:-1][has], axis=1).T if n_segs else np.zeros((0, num_perm), np.uint32)
    pair = (seg_doc[:-1] == seg_doc[1:]) if n_segs > 1 else np.zeros(0, dtype=bool)
    windows = np.minimum(segs[:wp, :-1], segs[:wp, 1:])[:, pair].T if n_segs > 1 else np.zeros((0, wp), np.uint32)
    bkeys = _band_keys(np.ascontiguousarray(sigs), params.bands, params.rows)
    wkeys = _band_keys(np.ascontiguousarray(windows), params.window_bands, params.rows)
    wdoc = np.repeat(seg_doc[:-1][pair], params.window_bands) if n_segs > 1 else np.zeros(0, np.int64)
    in_sample = _multiple_of(sh, params.sample_mod)  # (the evidence sample; often the anchors too)
    wkeys_all = wkeys.ravel()
    if params.anchor_mod:  # anchor pairs, within each text
        amask = in_sample if params.anchor_mod == params.sample_mod else _multiple_of(sh, params.anchor_mod)
        wkeys_all, wdoc = _with_anchor_pairs(wkeys_all, wdoc, sh, soff, amask)
    small = m <= params.full_max
    full = np.repeat(small, m)  # (shingles of short texts: all kept as evidence)
    if params.fine_mod:  # fine anchor pairs, within each short text
        fine = _multiple_of(sh, params.fine_mod) & full
        wkeys_all, wdoc = _with_anchor_pairs(wkeys_all, wdoc, sh, soff, fine, FINE_BIT)
    per_text_w = _window_keys_by_text(
        wkeys_all,
        wdoc,
        bkeys.ravel(),
        np.repeat(sig_docs, params.bands),
        n,
    )
    band_rows = bkeys.astype(np.int64)
    keys_of: dict[int, tuple[I64, I64]] = {d: (band_rows[j], per_text_w[d]) for j, d in enumerate(sig_docs.tolist())}
    none = np.zeros(0, dtype=np.int64)

    # evidence: every shingle of a short text, the mod-sample_mod sample of a longer one
    keep = full | in_sample
    local = (np.arange(sh.size, dtype=np.int64) - np.repeat(soff[:-1], m)).astype(np.uint32)
    ev, pos = sh[keep] & evidence_mask(params.sample_mod), local[keep]
    eoff = _offsets(_counts_between(keep, soff)).tolist()
    out: list[Sketch] = []
    m_list, len_list, small_list = m.tolist(), np.diff(lengths).tolist(), small.tolist()
    for i, (doc_id, _) in enumerate(items):
        keys, wk = keys_of.get(i, (none, none))
        out.append(
            Sketch(
                doc_id=doc_id,
                length=int(len_list[i]),
                n_shingles=int(m_list[i]),
                band_keys=keys,
                window_keys=wk,
                evidence=ev[eoff[i] : eoff[i + 1]],
                positions=pos[eoff[i] : eoff[i + 1]],
                sampled=not small_list[i],
            )
        )
    return out


def _segment_minhash(sh: U32, soff: I64, n: int, params: DedupParams) -> tuple[npt.NDArray[np.uint32], I64, I64, I64]:
    """MinHash of the batch's texts over the consistent sample (``minhash_mod``), by segments: a text of at most
    ``window`` sampled hashes is one segment; a longer one is cut every half window (its windows are pairs of
    neighbouring segments). ``(segs, nseg, segoff, seg_doc)``: the minima (one row per permutation, one column per
    segment), segments per text, their offsets and each segment's text. One permutation at a time over the whole
    batch: contiguous scalar multiply-add (≈ 3x faster per value than a broadcast block), then every segment's
    minimum by one reduceat."""
    mod = params.minhash_mod
    sampled = np.ones(sh.size, dtype=bool) if mod == 1 else _multiple_of(sh, mod)
    nsub = _counts_between(sampled, soff)
    sub = sh[sampled]
    win = params.window // mod
    half = win // 2
    windowed = (nsub > win) & (win > 0) & (half > 0)
    nseg = np.where(windowed, -(-nsub // max(half, 1)), (nsub > 0).astype(np.int64))
    segoff = _offsets(nseg)
    n_segs = int(segoff[-1])
    seg_doc = np.repeat(np.arange(n, dtype=np.int64), nseg)
    local_seg = np.arange(n_segs, dtype=np.int64) - np.repeat(segoff[:-1], nseg)
    seg_start = np.repeat(_offsets(nsub)[:-1], nseg) + local_seg * half  # segments tile `sub`
    segs = np.empty((params.num_perm, n_segs), dtype=np.uint32)
    if n_segs:
        a, b = _permutations(params.num_perm, params.seed)
        mixed = _fmix32(sub)
        row = np.empty_like(mixed)
        for p, (ap, bp) in enumerate(zip(a[0], b[0], strict=True)):
            np.multiply(mixed, ap, out=row)
            row += bp
            np.minimum.reduceat(row, seg_start, out=segs[p])
    return segs, nseg, segoff, seg_doc


def _with_anchor_pairs(
    keys: U64, docs: I64, sh: U32, soff: I64, mask: npt.NDArray[np.bool_], bit: int = 0
) -> tuple[U64, I64]:
    """``keys`` and their texts ``docs`` with the anchor-pair keys of the shingles ``mask`` picks (neighbouring picked
    shingles of one text; ``bit``: :data:`FINE_BIT` for the fine ones) added."""
    at = np.flatnonzero(mask)
    adoc = np.searchsorted(soff[1:], at, side="right")
    same = adoc[1:] == adoc[:-1]
    return np.concatenate((keys, _pair_keys(sh[at].astype(np.uint64), same, bit))), np.concatenate(
        (docs, adoc[:-1][same])
    )


BATCH_TEXTS = 64
BATCH_CHARS = 1 << 20


def sketch_batches(jobs: Sequence[tuple[str, str]], per: int = BATCH_TEXTS) -> list[list[tuple[str, str]]]:
    """``(doc id, text)`` jobs cut into batches for :func:`sketch_batch` (one numpy call per step per batch): at
    most ``per`` (≤ 64) texts and about 1M characters each (a longer text is a batch of its own)."""
    per = max(1, min(per, BATCH_TEXTS))
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    chars = 0
    for job in jobs:
        if cur and (len(cur) >= per or chars + len(job[1]) > BATCH_CHARS):
            out.append(cur)
            cur, chars = [], 0
        cur.append(job)
        chars += len(job[1])
    if cur:
        out.append(cur)
    return out


def sketch_batch_job(items: list[tuple[str, str]], params: DedupParams) -> list[Sketch]:
    """``executor.map`` adapter for batches: ``functools.partial(sketch_batch_job, params=p)`` pickles."""
    return sketch_batch(items, params)
