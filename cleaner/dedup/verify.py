"""The exact check of one candidate against a story's canonical copy.

Works from evidence alone (ordered shingle hashes and their token positions, see
:class:`cleaner.dedup.signature.Sketch`), so it runs the same against a story
stored by an earlier run (the state keeps evidence, not texts).

Besides Jaccard and containment, it looks for a *substitution*: a block of
text in the candidate and a different block in the canonical that sit between
the same shared text before and after. That is the shape of two different
stories inside one page template (shared head, different middle, shared tail)
and never of a repost (different head/footer at the ends, words or sentences
deleted on one side only, a truncated tail). Such pairs are refused whatever
their Jaccard similarity, which is how a long shared template cannot glue
different stories together.

Copies with many small edits spread over the whole text (5-15 % of the words
deleted) fall below the Jaccard and containment thresholds; they still join when
their differences are *scattered*: no run of unshared evidence on either side is
longer than edits spread evenly at the pair's own rate of difference would leave
(:func:`block_span`). The same bar keeps the substitution check from reading the
chance runs of such a copy as a different block.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

import numpy as np
import numpy.typing as npt

from cleaner._build import by_init
from cleaner.dedup.kernel import sketch_kernel
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import CHAR_FULL, CHAR_MOD, U32, Sketch, _multiple_of, figures_of, sorted_distinct

_Kernel = tuple[Callable[[U32], bytearray] | None, Callable[..., bytes] | None, Callable[[U32, U32], int] | None]


def _load_kernel() -> _Kernel:
    """The compiled kernel's ``distinct32``, ``members32`` and ``common32`` (``cleaner/dedup/_sketch.c``), unless not
    built or switched off (``CLEANER_SKETCH_KERNEL=0``): the same answers as numpy, without its per-call overhead
    (thousands of small arrays a run)."""
    k = sketch_kernel()
    return (None, None, None) if k is None else (k.distinct32, k.members32, k.common32)


_KERNEL: Final = _load_kernel()
_distinct32: Final = _KERNEL[0]
_members32: Final = _KERNEL[1]
_common32: Final = _KERNEL[2]
_increasing_path: Final[Callable[[Any], bytearray] | None] = getattr(sketch_kernel(), "increasing_path", None)
"""The kernel's longest increasing run (:func:`_in_order_path`'s loop, the same path), when built."""
_in_order_path_k: Final[Callable[[U32, bytes, U32, bytes], tuple[list[int], list[int], int]] | None] = getattr(
    sketch_kernel(), "in_order_path", None
)
"""The kernel's :func:`_in_order_path` (the pairs, their path and the shared count in one call), when built."""
_off_path_k: Final[Callable[[bytes, list[int]], list[int]] | None] = getattr(sketch_kernel(), "off_path", None)
_common_places: Final[Callable[[U32, U32, bytes, bytes, int], tuple[bytes, bytes, bytes, bytes]] | None] = getattr(
    sketch_kernel(), "common_places", None
)
"""The kernel's :func:`_repeated` of both arrays, :func:`_neutral` and :func:`_without` of both sides in one call."""
_miss_runs: Final[Callable[[bytes], tuple[int, int, int]] | None] = getattr(sketch_kernel(), "miss_runs", None)

__all__ = [
    "Evidence",
    "Verdict",
    "char_evidence_of",
    "char_shares",
    "chars_deleted",
    "compare",
    "cut_head",
    "cut_inserted",
    "cut_under",
    "deleted",
    "deleted_copy",
    "edge_gaps",
    "edge_own",
    "figures_apart",
    "figures_asked",
    "framed_copy",
    "inner_block",
    "lined_head",
    "listed",
    "quoted",
    "related",
    "rewritten",
    "similarity",
    "sketch_evidence",
]


@dataclass(frozen=True, slots=True)
class Evidence:
    hashes: U32
    positions: U32
    sampled: bool
    n_shingles: int
    chars: Evidence | None = None
    """The text's character evidence (:func:`cleaner.dedup.signature.char_evidence`: ``hashes`` of character grams,
    ``positions`` in characters, ``n_shingles`` its grams), when kept: what :func:`chars_deleted` compares."""
    figures: U32 | None = None
    """The text's figures (:func:`cleaner.dedup.signature.figures_of`), when known: what :func:`figures_apart` asks."""

    def __reduce__(self) -> tuple[type[Evidence], tuple[Any, ...]]:
        return by_init(self)  # (through __init__: see cleaner._build.by_init)


@dataclass(frozen=True, slots=True)
class Verdict:
    jaccard: float
    contained: float
    """Share of the candidate's evidence found in the canonical."""
    covers: float
    """Share of the canonical's evidence found in the candidate."""
    substitution: bool
    """Refused only because of a substitution (else similar enough)."""
    accepted: bool

    def __reduce__(self) -> tuple[type[Verdict], tuple[Any, ...]]:
        return by_init(self)  # (through __init__: see cleaner._build.by_init)

    @property
    def similarity(self) -> float:
        """What ``Source.similarity`` records: max(Jaccard, share of the copy found in the canonical)."""
        return round(max(self.jaccard, self.contained), 4)


def char_evidence_of(chars: U32, positions: U32, n_grams: int) -> Evidence | None:
    """A text's character evidence as an :class:`Evidence` (None when it has none: a state written without)."""
    return Evidence(chars, positions, n_grams > CHAR_FULL, n_grams) if chars.size else None


def sketch_evidence(sk: Sketch) -> Evidence:
    """The evidence of a sketch, its character evidence with it."""
    return Evidence(
        sk.evidence,
        sk.positions,
        sk.sampled,
        sk.n_shingles,
        char_evidence_of(sk.chars, sk.char_positions, sk.n_grams),
        sk.figures,
    )


def _aligned(a: Evidence, b: Evidence, mod: int) -> tuple[Evidence, Evidence]:
    """Both evidences in the same space (a full one is sampled when the other is)."""
    if a.sampled == b.sampled:
        return a, b
    if a.sampled:
        return a, _sampled(b, mod)
    return _sampled(a, mod), b


_SAMPLED: Final[dict[tuple[int, int], tuple[U32, U32, Evidence]]] = {}
"""``(id(hashes), mod)`` → ``(hashes, positions, sampled evidence)`` of the last :data:`_RECENT_KEPT` full evidences
:func:`_sampled` cut (each held, so its id is not reused while kept)."""


def _sampled(ev: Evidence, mod: int) -> Evidence:
    """A full evidence cut to its mod-``mod`` sample (:func:`_aligned`). The last few are kept, as :func:`_distinct`
    keeps its answers: a canonical is compared with every text that finds it, and the same array then meets
    :func:`_distinct`'s memory again."""
    key = (id(ev.hashes), mod)
    hit = _SAMPLED.get(key)
    if hit is not None and hit[0] is ev.hashes and hit[1] is ev.positions and hit[2].n_shingles == ev.n_shingles:
        return hit[2]
    keep = _multiple_of(ev.hashes, mod)
    out = Evidence(ev.hashes[keep], ev.positions[keep], True, ev.n_shingles)
    if len(_SAMPLED) >= _RECENT_KEPT:
        _SAMPLED.pop(next(iter(_SAMPLED)), None)
    _SAMPLED[key] = (ev.hashes, ev.positions, out)
    return out


# a run of hashes missing from the other text, with a shared hash on each side (flags: 1 = shared)
_EDGE_RUN = 8
"""A run of this many missed hashes (about 8 × 8 tokens) inside the shared span is text of its own, not words deleted
here and there (:func:`edge_own`)."""
_CUT_LEAD = 2
"""A text cut short keeps the story's beginning: the head both texts share starts within this many hashes of each
text's first (a changed first shingle or two) ..."""
_CUT_DENSE = 0.9
"""... holds at least this share of the hashes it spans (verbatim text, not sentences scattered) ..."""
_CUT_STRAY = 0.1
"""... with at most this share of as many hashes shared after it (a line repeated, a headline quoted) ..."""
_CUT_SMALLER = 0.2
"""... and is at least ``DedupParams.cut_head`` of one text's evidence and this share of the other's (:func:`cut_head`:
a story cut at a sentence end keeps its first fifth or more)."""
_SHARED_RUN = re.compile(rb"\x01{2,}")
"""A run of two or more shared hashes, no miss inside (:func:`cut_head` and the cut rules, :func:`_segments`).
Until 2026-12-06 a second definition here read "with gaps of at most two misses" (``\x01(?:\x00{0,2}\x01)*``),
but the later one below shadowed it since it was written: this is the reading every rule has had."""
_INNER_GAP = re.compile(rb"\x01(\x00+)(?=\x01)")
_MISSES = re.compile(rb"\x00+")


def block_units(q: float, ev: Evidence, k: int, chance: float) -> int:
    """Units of evidence a run of misses must hold to be a *block*: edits spread evenly, missing each unit (one
    hash of a sampled evidence; ``k`` hashes — one word's shingles — of a full one) with probability ``q``,
    leave a run that long somewhere in the text with probability below ``chance``."""
    units = max(1.0, ev.hashes.size / (1 if ev.sampled else k))
    if q <= 0.0:
        return 1
    if q >= 1.0:
        return int(units) + 1
    return max(1, math.ceil(math.log(chance / units) / math.log(q)))


def scattered(flags: bytes, ev: Evidence, q: float, k: int, chance: float) -> bool:
    """Are the misses (0 flags) of ``ev`` between its first and last shared hash scattered: at least three runs,
    none as long as :func:`block_units` and none holding half of them? (A different story or body is one run
    holding most of them; text of its own at the start or end — a header, a list of headlines after the
    story, the rest of a longer copy — is set aside, as it would be by containment.)"""
    n, most, total = _miss_runs(flags) if _miss_runs is not None else miss_runs(flags)
    if n < 3:
        return False
    longest = most if ev.sampled else -(-most // k)
    return longest < block_units(q, ev, k, chance) and 2 * most < total


def miss_runs(flags: bytes) -> tuple[int, int, int]:
    """The runs of misses (0 flags) between the first and the last hit: how many, the longest, their sum (the
    kernel's ``miss_runs`` without it)."""
    runs = [len(m) for m in flags.split(b"\x01")[1:-1] if m]
    return len(runs), max(runs, default=0), sum(runs)


def _inner_misses(flags: bytes) -> int:
    """Misses (0 flags) between the first and the last hit."""
    first, last = flags.find(1), flags.rfind(1)
    return 0 if first < 0 else flags.count(0, first, last + 1)


class _Rule(NamedTuple):
    """What :func:`_substitution` looks for (see there)."""

    span: int
    anchor: int
    k: int
    share: float = 0.0
    least: tuple[float, float] = (0.0, 0.0)
    own: int = 0
    small: float = 0.0

    def swapped(self) -> _Rule:
        """The same rule seen from the other text."""
        return self._replace(least=(self.least[1], self.least[0]))


def _substitution(a: Evidence, in_b: bytes, b: Evidence, in_a: bytes, rule: _Rule) -> bool:
    """Is there a run of ``a`` missing from ``b`` spanning ≥ ``span`` tokens, framed by ≥ ``anchor`` shared
    hashes on each side, while ``b`` has one run of its own spanning ≥ ``span`` tokens between the same frame,
    each run holding at least ``share`` of its side's misses between its first and last shared hash?
    (Junctions left by a moved paragraph or deleted words are short runs; a different story is one long run
    that holds most of what differs — one reworded sentence among many small differences does not.)
    With ``least``, the run of ``a`` and the run of ``b`` also hold at least that many hashes each. A run of ``a``
    holding less than ``small`` of its hashes counts only between ≥ 2 ``span`` tokens of shared text on each side
    (a page template's head and tail; not a title above a different lead or byline, nor a sentence reworded near
    the start of a copy with small edits all over). With ``own``
    (full evidence only) and a frame of ≥ 2 ``span`` shared hashes on each side (a page template's head and tail, not
    a footer after a "read more" line), ``b`` holding ≥ ``own`` tokens of its own between that frame
    (:func:`_own_tokens`) counts too, however short: a page of the template whose story is a stub of a few words.
    ``in_b[i]`` is 1 when ``a``'s i-th hash is in ``b`` (and ``in_a`` the other way round), else 0."""
    span, anchor, k, share, least, own = rule.span, rule.anchor, rule.k, rule.share, rule.least, rule.own
    hits = in_b.count(1)
    if hits < 2 * anchor:
        return False
    least_a = max(share * _inner_misses(in_b), least[0])
    least_b: float | None = None
    pos: list[int] | None = None
    first_pos: dict[int, int] | None = None
    before, counted = 0, 0  # shared hashes in in_b[:counted]
    for m in _INNER_GAP.finditer(in_b):  # the inner runs of misses (shared text before and after)
        s, e = m.start(1), m.end(1)
        before += in_b.count(1, counted, s)
        counted = s
        if before < anchor or hits - before < anchor:  # framed by ≥ anchor shared hashes on each side
            continue
        if pos is None:
            pos = a.positions.tolist()
        if pos[e - 1] - pos[s] + k < span or e - s < least_a:  # spanning ≥ span tokens, holding ≥ share
            continue
        if e - s < rule.small * len(pos) and _frame(in_b, pos, s, e) + k < 2 * span:
            continue  # a small block between a short frame: not a template's
        if first_pos is None:  # built only for a long framed run (rare): first index of each hash of b
            hb = b.hashes.tolist()
            first_pos = dict(zip(reversed(hb), range(len(hb) - 1, -1, -1), strict=True))
        px, py = first_pos.get(int(a.hashes[s - 1])), first_pos.get(int(a.hashes[e]))
        if px is None or py is None or py <= px + 1:
            continue
        if least_b is None:
            least_b = max(share * _inner_misses(in_a), least[1])
        if _longest_run_span(in_a, px + 1, py, b.positions, k, least_b) >= span:
            return True
        if own and not b.sampled and min(before, hits - before) >= 2 * span and _stub(in_b, s, e, in_a, px, py):
            if _own_tokens(b, px, py, a, k) >= own:
                return True  # a page of the template whose story is a stub: a few words of its own, not a junction
    return False


def _frame(flags: bytes, pos: list[int], s: int, e: int) -> int:
    """Tokens of the shorter of the two stretches from the first shared hash to the run ``flags[s:e]`` and from it to
    the last shared hash."""
    return min(pos[s - 1] - pos[flags.find(1)], pos[flags.rfind(1)] - pos[e])


_STUB_SHARE = 0.5
_STUB_ALL = 0.75


def _stub(in_b: bytes, s: int, e: int, in_a: bytes, px: int, py: int) -> bool:
    """Is what differs between the two texts mostly the block ``in_b[s:e]`` (more than half of that side's inner
    misses) and the stretch ``in_a[px + 1:py]`` opposite it (more than three quarters of all that side's misses, its
    ends included)? A page of a template and a stub page of it differ there alone; two copies with advertisement
    lines inserted, two of them at the same place, differ elsewhere too, and so does an outlet's shorter edit of a
    story that rewords a few words where it cut a passage (its own title, its own sentences elsewhere)."""
    return e - s > _STUB_SHARE * _inner_misses(in_b) and in_a.count(0, px + 1, py) > _STUB_ALL * in_a.count(0)


def _own_tokens(b: Evidence, px: int, py: int, a: Evidence, k: int) -> int:
    """Most tokens of ``b`` between its shared hashes ``px`` and ``py`` (a full evidence) that no shingle shared
    with ``a`` covers, in one stretch: between the end of a shared shingle and the start of the next. A junction
    (words deleted or a paragraph moved there) has none: its misses are the shingles across it. (Every shared
    hash counts here, a lone one too: a short line shared between two insertions is not text of its own.)"""
    shared = np.flatnonzero(_members(b.hashes[px : py + 1], _distinct(a.hashes)))  # (px and py are shared)
    starts = b.positions[px : py + 1][shared].astype(np.int64)
    return int((starts[1:] - starts[:-1]).max()) - k if starts.size > 1 else 0


def _longest_run_span(flags: bytes, lo: int, hi: int, positions: U32, k: int, least: float = 0.0) -> int:
    """Tokens covered by the longest run of misses (0 flags) within ``flags[lo:hi]`` holding at least ``least``
    of them (0 if none)."""
    runs = [(m.start(), m.end()) for m in _MISSES.finditer(flags, lo, hi) if m.end() - m.start() >= least]
    if not runs:
        return 0
    pos: list[int] = positions.tolist()
    return max(pos[e - 1] - pos[s] for s, e in runs) + k


def _shared_distinct(a: Evidence, b: Evidence) -> tuple[U32, U32, int]:
    """Both evidences' sorted distinct hashes and how many they share. (Sorted distinct hashes and binary search:
    Python sets of these hashes are slow — a sampled evidence keeps multiples of `sample_mod` only: their low bits
    are equal, so they collide in a set's table.)"""
    ua, ub = _distinct(a.hashes), _distinct(b.hashes)
    if _common32 is not None and ua.dtype == np.uint32 and ub.dtype == np.uint32:
        return ua, ub, _common32(ua, ub)
    return ua, ub, int(np.count_nonzero(_members(ua, ub)))


def compare(cand: Evidence, canon: Evidence, params: DedupParams, *, core: bool = True) -> Verdict:
    """Verdict on a candidate's evidence against a canonical's (``core=False``: without the rule that sets aside a short
    head and tail of the candidate's own, :func:`_core_contained`)."""
    a, b = _aligned(cand, canon, params.sample_mod)
    if a.hashes.size == 0 or b.hashes.size == 0:
        return Verdict(0.0, 0.0, 0.0, False, False)
    ua, ub, inter = _shared_distinct(a, b)
    na, nb = int(ua.size), int(ub.size)
    jac = inter / (na + nb - inter)
    contained = inter / na
    covers = inter / nb
    small = min(cand.n_shingles, canon.n_shingles)
    big_enough = small >= params.min_containment_shingles
    similar = jac >= params.jaccard or (big_enough and max(contained, covers) >= params.containment)
    if not similar and params.short_containment_shingles <= small < params.min_containment_shingles:
        similar = max(contained, covers) >= params.short_containment
    in_b = in_a = b""  # which of a's hashes b has (and b's in a): only when needed
    if not similar and core and small >= params.short_containment_shingles and _core_sized(a, inter, contained, params):
        in_b = _flags(a.hashes, ub, a.sampled)
        similar = _core_contained(a, in_b, _edge(a, in_b, b, ua, covers, params)) >= params.core_containment
        if similar:  # (not a follow-up's carried paragraphs: its predecessor's own title and lead are no page header)
            in_a = _flags(b.hashes, ua, b.sampled)
            similar = not _behind_own(a, in_b, b, in_a, params)
    k, span, anchor = params.shingle, params.substitution, params.anchor
    below = max(contained, covers) < params.containment  # (a rule for scattered edits asks whether it is a quote)
    spread: bool | None = None  # are the differences scattered on both sides (no block)? only when needed
    if (
        not similar and big_enough and jac >= params.scattered_jaccard and contained >= params.scattered_contained
    ):  # many small edits all over the text (deleted words) leave no block of their own on either side
        in_b = in_b or _flags(a.hashes, ub, a.sampled)
        in_a = _flags(b.hashes, ua, b.sampled)
        similar = spread = _spread(a, in_b, b, in_a, contained, covers, params)
        if not similar:  # a rewrite: shared text all along both, in one order, what differs in many places
            similar = _interleaved(a, in_b, b, in_a, params)
        if similar and below and quoted(a, in_b, b, in_a, params):  # one passage shared, not edits all along
            similar = spread = False  # (the rules below may still take it)
    paths: list[_Path] = []  # (the pair's in-order path, found once for both questions of the deleted rule)
    if not similar and big_enough and 0 < params.deleted_contained <= contained and inter > params.deleted_gaps:
        in_b = in_b or _flags(a.hashes, ub, a.sampled)
        in_a = in_a or _flags(b.hashes, ua, b.sampled)
        similar = deleted(a, in_b, b, in_a, params, paths) and not (below and quoted(a, in_b, b, in_a, params))
    if not similar and big_enough and 0 < params.deleted_contained <= covers and inter > params.deleted_gaps:
        similar = _deleted_canonical(a, in_b, b, in_a, ua, ub, params, paths)
        if similar and below:
            in_b = in_b or _flags(a.hashes, ub, a.sampled)
            in_a = in_a or _flags(b.hashes, ua, b.sampled)
            similar = not quoted(a, in_b, b, in_a, params)
    chars = big_enough and params.chars_contained > 0 and cand.chars is not None and canon.chars is not None
    clean: list[bool] = []
    if not similar and chars:
        similar = _chars_clean(cand, canon, params, (contained, covers), clean)
        spread = spread or (similar and clean[-1]) or None  # (a subsequence, characters show: no substitution)
    # a substitution can only refuse: looked for when the pair would otherwise be accepted, and its differences
    # are not scattered (chance runs of many small edits are not a different block)
    sub = False
    if similar and na > inter and nb > inter:  # a substitution needs text of its own on both sides
        in_b = in_b or _flags(a.hashes, ub, a.sampled)
        in_a = in_a or _flags(b.hashes, ua, b.sampled)
        if spread is None:
            spread = _spread(a, in_b, b, in_a, contained, covers, params)
        if not spread:
            p = params
            rule = _Rule(span, anchor, k, p.substitution_share, own=p.substitution_own, small=p.substitution_small)
            sub = _substitution(a, in_b, b, in_a, rule) or _substitution(b, in_a, a, in_b, rule)
            if not sub and p.substitution_block:  # a story-sized block on both sides: a substitution whatever its share
                chance = p.substitution_block_chance  # … and no chance run of edits spread evenly
                least = (
                    block_units(1 - contained, a, k, chance) * (1 if a.sampled else k),
                    block_units(1 - covers, b, k, chance) * (1 if b.sampled else k),
                )
                rule = _Rule(p.substitution_block, anchor, k, least=least)
                sub = _substitution(a, in_b, b, in_a, rule) or _substitution(b, in_a, a, in_b, rule.swapped())
            if not sub and a.sampled and max(contained, covers) >= p.containment:
                sub = _broken_substitution(a, in_b, b, in_a, p)
            # (what a word rule joined, a subsequence by its characters: no substitution)
            if sub and chars and not clean:
                sub = not (_chars_clean(cand, canon, params, (contained, covers), clean) and clean[-1])
    if similar and not sub and cand.sampled != canon.sampled and params.substitution_own:
        in_b = in_b or _flags(a.hashes, ub, a.sampled)
        in_a = in_a or _flags(b.hashes, ua, b.sampled)
        if cand.sampled:  # (the long side first)
            sub = _hidden_stub(a, in_b, b, in_a, params)
        else:
            sub = _hidden_stub(b, in_a, a, in_b, params)
    if similar and not sub and max(contained, covers) < params.containment:
        similar = not figures_apart(cand, canon)
    return Verdict(jac, contained, covers, sub, similar and not sub)


_FIGURES_LEAST: Final = 8
"""Figures the text with fewer of them must hold for :func:`figures_apart` to be asked (a headline, a short note: a
handful of figures, a date and a count, tell nothing)."""
_FIGURES_KEPT: Final = 0.4
"""Share of the fewer figures found among the other's under which two texts are reports of one template: a copy keeps
its story's figures (a story update changes a few, a synonym copy none: ≥ 0.5 even between two crawled pages of
one story with their sites' own dates and counts), one day's market close shares ≈ 0.1-0.3 of another's by chance."""
_FIGURES_DENSE: Final = 0.05
"""Figures per word shingle each text must hold for :func:`figures_apart` to be asked: a report made of figures (a
market close ≈ 0.14: one figure every seven words). Prose with a few figures (≈ 0.01-0.02) is not asked: there the
figures that differ are mostly those of an added block (related headlines with their dates), not the story's."""


_SHORT_FIGURES: Final[U32] = np.unique(figures_of(" ".join([*map(str, range(10)), *(f"{i:02d}" for i in range(100))])))
"""The figures of one or two digits (a day, a month, an hour, a room, a small count): any two texts of one template
share some of them by chance."""
_OWN_FIGURES_LEAST: Final = 3
"""Distinct figures of three or more digits the text with fewer of them must hold for :func:`figures_apart` to count
them apart from the others."""


def figures_apart(cand: Evidence, canon: Evidence) -> bool:
    """Are two texts reports or notices of one template with other figures (a daily market close, exchange rates, a
    weather report, a court or exam notice)? The one with fewer figures holds at least :data:`_FIGURES_LEAST`, both are
    made of figures (:data:`_FIGURES_DENSE`), and fewer than :data:`_FIGURES_KEPT` of the fewer figures (counted with
    repeats) are among the other's — or fewer than :data:`_FIGURES_KEPT` of their *own* figures (distinct figures of
    three or more digits: a year, a phone, case or serial number, an amount), when each side holds at least
    :data:`_OWN_FIGURES_LEAST` and as many as the other within one (one template's slots, each filled with another
    figure). A copy keeps its story's own figures (a crawled copy adds its page's, a teaser drops most: the counts
    differ); two notices of one template keep the year (written three times in each, counted once) and share days and
    months by chance (:data:`_SHORT_FIGURES`), not their phone and case numbers. Asked only of a pair joined by a rule
    for scattered differences (below ``containment``): such texts share their template's words in one order with a
    figure or a name changed every few words, which is what those rules accept."""
    fa, fb = cand.figures, canon.figures
    if fa is None or fb is None or min(fa.size, fb.size) < _FIGURES_LEAST:
        return False
    if fa.size < _FIGURES_DENSE * cand.n_shingles or fb.size < _FIGURES_DENSE * canon.n_shingles:
        return False
    va, ca = np.unique(fa, return_counts=True)
    vb, cb = np.unique(fb, return_counts=True)
    common, ia, ib = np.intersect1d(va, vb, assume_unique=True, return_indices=True)
    kept = int(np.minimum(ca[ia], cb[ib]).sum())
    if kept < _FIGURES_KEPT * min(fa.size, fb.size):
        return True
    own_a = int(np.count_nonzero(~np.isin(va, _SHORT_FIGURES)))
    own_b = int(np.count_nonzero(~np.isin(vb, _SHORT_FIGURES)))
    own, own_kept = min(own_a, own_b), int(np.count_nonzero(~np.isin(common, _SHORT_FIGURES)))
    return own >= _OWN_FIGURES_LEAST and abs(own_a - own_b) <= 1 and own_kept < _FIGURES_KEPT * own


_HIT_RUN = re.compile(rb"\x01+")
_QUOTE_SHARE: Final = 0.5
"""Share of a side's shared hashes one unbroken run of them must hold for :func:`quoted` (most of what they share is
one passage), and share of the side's evidence it must stay under (most of the page is its own)."""


def quoted(a: Evidence, in_b: bytes, b: Evidence, in_a: bytes, p: DedupParams) -> bool:
    """Do two texts share one passage and little else: a first post quoted on two pages of a thread, each with its own
    replies? On each side, between its first and last shared hash (text of its own before or after is set aside, as
    :func:`scattered` sets it aside), one unbroken run of shared hashes spans at least ``min_containment_shingles``
    tokens (a passage, not the stretch between two of a short copy's deleted words), holds most of what the side
    shares (:data:`_QUOTE_SHARE`) yet less than half of the span, and the rest of the span shares less than
    ``scattered_contained``. Asked of a pair below ``containment`` joined by a rule for edits scattered over the text
    (deleted words: :func:`_spread`, :func:`deleted`) or for a partial rewrite (:func:`_interleaved`): such edits
    leave shared text all along both, not one block with every difference outside it. A truncated copy, or one with a
    list appended, shares its whole smaller side (above ``containment``: not asked); a copy with characters deleted is
    still asked of the character rule."""
    for ev, flags in ((a, in_b), (b, in_a)):
        first, last = flags.find(1), flags.rfind(1)
        if first < 0:
            return False
        hits, size = flags.count(1), last + 1 - first
        run = max(_HIT_RUN.finditer(flags), key=lambda m: m.end() - m.start())
        length = run.end() - run.start()
        if length < _QUOTE_SHARE * hits or length >= _QUOTE_SHARE * size:
            return False
        if hits - length >= p.scattered_contained * (size - length):
            return False
        if int(ev.positions[run.end() - 1]) - int(ev.positions[run.start()]) < p.min_containment_shingles:
            return False
    return True


def figures_asked(figures: U32, n_shingles: int) -> U32:
    """The figures of a text (of ``n_shingles`` word shingles) that :func:`figures_apart` can ask: all of them when it
    holds at least :data:`_FIGURES_LEAST` and is made of figures (:data:`_FIGURES_DENSE`), else none (the empty array:
    never asked, as for a text without figures). What a state keeps of a text: a report its figures, prose nothing;
    :func:`figures_apart` gives the same answer with these as with all of them."""
    if figures.size < _FIGURES_LEAST or figures.size < _FIGURES_DENSE * n_shingles:
        return figures[:0]
    return figures


def _chars_clean(
    cand: Evidence, canon: Evidence, params: DedupParams, shares: tuple[float, float], clean: list[bool]
) -> bool:
    """:func:`chars_deleted` of the pair's character evidence (``clean`` gets whether the accepted side is a
    subsequence of the other)."""
    assert cand.chars is not None and canon.chars is not None
    return chars_deleted(cand.chars, canon.chars, params, shares, (_wordy(cand), _wordy(canon)), clean)


def similarity(cand: Evidence, canon: Evidence, params: DedupParams) -> float:
    """``compare(cand, canon, params).similarity`` without the rules that decide acceptance: the shares of shared
    distinct hashes alone, computed as :func:`compare` computes them (the same value, bit for bit). A caller that
    only acts on a verdict at least this similar skips the comparison below it (``collapse._Run.offer``)."""
    a, b = _aligned(cand, canon, params.sample_mod)
    if a.hashes.size == 0 or b.hashes.size == 0:
        return 0.0
    ua, ub, inter = _shared_distinct(a, b)
    na, nb = int(ua.size), int(ub.size)
    return round(max(inter / (na + nb - inter), inter / na), 4)


def _deleted_canonical(
    a: Evidence, in_b: bytes, b: Evidence, in_a: bytes, ua: U32, ub: U32, p: DedupParams, paths: list[_Path]
) -> bool:
    """Is the canonical ``b`` the candidate ``a`` with words deleted here and there (:func:`deleted`, the roles
    swapped)? Texts are placed longest first, so a copy with words deleted and a block appended (a glued text, a
    list) can be a story's canonical when its original comes: the original is then the more complete text, and one
    run in another order would have made the copy its copy. (``in_b`` / ``in_a``: the flags when computed, else
    empty; ``paths``: the in-order path of the pair when found, from ``a``'s side.)"""
    in_b = in_b or _flags(a.hashes, ub, a.sampled)
    in_a = in_a or _flags(b.hashes, ua, b.sampled)
    if paths:  # the same path seen from b: b's shared hashes among a's
        ia, ib, _ = paths[0]
        at_a, at_b = (np.flatnonzero(np.frombuffer(f, dtype=np.uint8)) for f in (in_b, in_a))
        paths = [(ib, ia, int(np.count_nonzero(_members(b.hashes[at_b], sorted_distinct(a.hashes[at_a])))))]
    return deleted(b, in_a, a, in_b, p, paths)


def _broken_substitution(a: Evidence, in_b: bytes, b: Evidence, in_a: bytes, p: DedupParams) -> bool:
    """A substitution (the share rule) once a lone shared hash between misses reads as a miss, asked of sampled
    evidence of a pair where one text lies mostly in the other (``containment``), when the other side's block is
    story-sized (``substitution_block`` tokens: that many / ``sample_mod`` hashes): a short story in a long page
    template, cut in two by one line the two pages share (a date, a source line, a "next page" link), against the
    longer story of another page of the template. (Two outlets' rewrites of one story share less of either text;
    their lone shared hashes between reworded passages are the shared text that makes them one story.)"""
    ja, jb = _LONE_HIT.sub(b"\x00", in_b), _LONE_HIT.sub(b"\x00", in_a)
    if ja == in_b and jb == in_a:
        return False
    big = p.substitution_block / p.sample_mod
    rule = _Rule(
        p.substitution, p.anchor, p.shingle, p.substitution_share, least=(0.0, big), small=p.substitution_small
    )
    return _substitution(a, ja, b, jb, rule) or _substitution(b, jb, a, ja, rule)


def _hidden_stub(a: Evidence, in_b: bytes, b: Evidence, in_a: bytes, p: DedupParams) -> bool:
    """A substitution that sampling hides: ``a`` a long page (sampled evidence), ``b`` a short page (full evidence,
    sampled to compare) of its template whose story is a stub of a line or two, holding no sampled hash of its own.
    ``a`` has a story-sized run of its own (≥ ``substitution`` tokens, most of its inner misses) between ≥ ``anchor``
    shared hashes on each side, the same two hashes frame ≥ 2 ``substitution`` tokens of shared text on each side of
    ``b`` (a template's head and tail) with no shared hash between them and most of ``b``'s misses, if any; and
    ``b`` holds there at least ``substitution_own`` tokens that neither the shared text running on after the first
    frame hash nor the one running into the second can cover: shared text ends within a shingle of ``a``'s first
    miss after the frame and starts after its last miss before it. (A copy of ``a`` with the run deleted — a passage,
    the story truncated — has none: what lies between its frame hashes is exactly that much shared text.)"""
    span, anchor, k = p.substitution, p.anchor, p.shingle
    in_b = _LONE_HIT.sub(b"\x00", in_b)  # (a lone shared hash inside ``a``'s story: a common phrase, as in _flags)
    hits = in_b.count(1)
    if hits < 2 * anchor or in_a.count(1) < 2 * anchor:
        return False
    inner = _inner_misses(in_b)
    pos: list[int] | None = None
    before, counted = 0, 0
    for m in _INNER_GAP.finditer(in_b):
        s, e = m.start(1), m.end(1)
        before += in_b.count(1, counted, s)
        counted = s
        if before < anchor or hits - before < anchor or 2 * (e - s) <= inner:
            continue
        if pos is None:
            pos = a.positions.tolist()
        if pos[e - 1] - pos[s] + k < span:
            continue
        hb = b.hashes.tolist()
        try:
            px, py = hb.index(int(a.hashes[s - 1])), hb.index(int(a.hashes[e]))
        except ValueError:
            continue
        if py <= px or in_a.count(1, px + 1, py) or in_a.count(0, px + 1, py) < _STUB_ALL * in_a.count(0):
            continue
        pb = b.positions
        first, last = in_a.find(1), in_a.rfind(1)
        if int(pb[px]) - int(pb[first]) < 2 * span or int(pb[last]) - int(pb[py]) < 2 * span:
            continue
        head = pos[s] - pos[s - 1]  # shared text after the frame's first hash ends before the first miss's last token
        tail = pos[e] - pos[e - 1]  # … and starts after the last miss's first token
        if int(pb[py]) - int(pb[px]) - head - tail - k + 2 >= p.substitution_own:
            return True
    return False


_RECENT: Final[dict[int, tuple[U32, U32]]] = {}
"""``id(values)`` → ``(values, distinct)`` of the last arrays :func:`_distinct` read (each held, so its id is not
reused while kept): at most :data:`_DISTINCT_KEPT` of them, holding at most :data:`_DISTINCT_BYTES` bytes (both arrays
counted; when full, the older half goes at once, :func:`_drop_oldest`). A canonical is asked again by every text that
finds it, spread over the run: with 64 kept, half of the misses on the speed corpus were arrays read before and dropped
since; with 1024 a fifth were, and on a corpus of many short texts sharing sentences (``bench/collapse_shapes.py``
short: ≈ 9 candidates a text) 38 % of the calls missed, 4096 kept 11 %."""
_DISTINCT_KEPT: Final = 16384
_DISTINCT_BYTES: Final = 32 << 20
_RECENT_SIZE: Final[list[int]] = [0]
"""The bytes :data:`_RECENT` holds."""
_RECENT_KEPT: Final = 1024
"""Arrays :func:`_sampled` and :func:`_repeated` keep their answers for."""


def _distinct(values: U32) -> U32:
    """:func:`~cleaner.dedup.signature.sorted_distinct` of evidence hashes (by the kernel when built). The answers for
    the last few arrays are kept: a text is compared with every story its keys find, and a canonical with every text
    that finds it, one after another (evidence arrays are never written after a sketch is made)."""
    hit = _RECENT.get(id(values))
    if hit is not None and hit[0] is values:
        return hit[1]
    if _distinct32 is None or values.dtype != np.uint32:
        out = sorted_distinct(values)
    else:
        out = np.frombuffer(_distinct32(np.ascontiguousarray(values)), dtype=np.uint32)
    size = _RECENT_SIZE
    if hit is not None:  # (an array dropped since, whose id a new one has)
        size[0] -= hit[0].nbytes + hit[1].nbytes
        del _RECENT[id(values)]
    if len(_RECENT) >= _DISTINCT_KEPT or size[0] + values.nbytes + out.nbytes > _DISTINCT_BYTES:
        _drop_oldest()
    size[0] += values.nbytes + out.nbytes
    _RECENT[id(values)] = (values, out)
    return out


def _drop_oldest() -> None:
    """Keep the newest answers of :data:`_RECENT` holding at most half its bounds, dropping the rest at once: the dict
    is built anew, without the holes that dropping its first entry one at a time leaves (each ``next(iter())`` scans
    them: thousands a call in a full memo of 16,384)."""
    newest: list[tuple[int, tuple[U32, U32]]] = []
    size = 0
    for key, pair in reversed(list(_RECENT.items())):
        held = pair[0].nbytes + pair[1].nbytes
        if len(newest) >= _DISTINCT_KEPT // 2 or size + held > _DISTINCT_BYTES // 2:
            break
        newest.append((key, pair))
        size += held
    _RECENT.clear()
    _RECENT.update(reversed(newest))
    _RECENT_SIZE[0] = size


def _members(x: U32, distinct: U32) -> npt.NDArray[np.bool_]:
    """Which values of ``x`` are in ``distinct`` (sorted, without repeats)."""
    if not distinct.size:
        return np.zeros(x.size, dtype=bool)
    at = np.searchsorted(distinct, x)
    np.minimum(at, distinct.size - 1, out=at)
    return np.asarray(distinct[at] == x)


_LONE_HIT = re.compile(rb"(?<=\x00)\x01(?=\x00)")


def _flags(x: U32, distinct: U32, sampled: bool = True) -> bytes:
    """One byte per value of ``x``: 1 when it is in ``distinct`` (sorted, without repeats), else 0. In a full
    evidence, a lone shared hash between misses reads as a miss: 16-bit evidence values of two different
    blocks agree by chance (≈ n·m/65536 times), and one such hit would cut a block in two (making it look
    shorter, or scattered)."""
    if _members32 is not None and x.dtype == np.uint32 and distinct.dtype == np.uint32:
        return _members32(np.ascontiguousarray(x), np.ascontiguousarray(distinct), not sampled)  # (lone hits too)
    flags = _members(x, distinct).view(np.uint8).tobytes()
    return flags if sampled else _LONE_HIT.sub(b"\x00", flags)


def _spread(
    a: Evidence, in_b: bytes, b: Evidence, in_a: bytes, contained: float, covers: float, p: DedupParams
) -> bool:
    """Scattered differences on both sides (:func:`scattered`)."""
    k, chance = p.shingle, p.block_chance
    return scattered(in_b, a, 1 - contained, k, chance) and scattered(in_a, b, 1 - covers, k, chance)


def _segments(flags: bytes, p: DedupParams) -> bool:
    """Is one side of a pair *interleaved* (:func:`_interleaved`): at least ``aligned_segments`` runs of ≥ 2 shared
    hashes, at least ``aligned_inner`` of the hashes of such runs outside the first and the last of them, and no
    run of misses (at the ends too) holding more than ``aligned_block`` of them?"""
    runs = [m.end() - m.start() for m in _SHARED_RUN.finditer(flags)]
    if len(runs) < p.aligned_segments or sum(runs[1:-1]) < p.aligned_inner * sum(runs):
        return False
    misses = flags.count(0)
    return max(map(len, _MISSES.findall(flags)), default=0) <= p.aligned_block * misses


def _in_order(a: Evidence, in_b: bytes, b: Evidence, in_a: bytes) -> float:
    """Share of the shared hashes of ``a`` that lie in one order in both texts (longest increasing run of their
    first places in ``b``)."""
    first: dict[int, int] = {}
    for i, h in enumerate(b.hashes.tolist()):
        if in_a[i]:
            first.setdefault(h, i)
    seq = [first[h] for i, h in enumerate(a.hashes.tolist()) if in_b[i] and h in first]
    tails: list[int] = []
    for x in seq:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails) / len(seq) if seq else 0.0


def _interleaved(a: Evidence, in_b: bytes, b: Evidence, in_a: bytes, p: DedupParams) -> bool:
    """A partial rewrite of one text (two outlets' versions of one wire story: sentences kept, reworded, cut or
    added all along): shared text in many runs spread over both texts (not only a head and a tail, as a page
    template's), in one order, and no single block of either side holding most of what differs (a different story
    in a template, a different body under one lead, text after a shared stylesheet: one block). Asked only of
    pairs at the floor of ``scattered_jaccard`` and ``scattered_contained``."""
    if not p.aligned_segments:
        return False
    if not (_segments(in_b, p) and _segments(in_a, p)):
        return False
    return _in_order(a, in_b, b, in_a) >= p.aligned_order


_Path = tuple[list[int], list[int], int]


def _in_order_path(a: Evidence, in_b: bytes, b: Evidence, in_a: bytes) -> _Path:
    """The longest run of shared hashes in one order in both texts (a hash that ``b`` holds more than once may match
    any of its places): their indices in ``a`` and in ``b``, and how many shared hashes of ``a`` there are."""
    # the pairs (index in a, index in b) in a's order, each hash of a with its places in b latest first (one place
    # per hash of a on a run): b's shared hashes sorted (stable: places ascending), each of a's found by binary
    # search — not a dict of these hashes, whose equal low bits (a sampled evidence) collide in its table
    if _in_order_path_k is not None and a.hashes.dtype == np.uint32 and b.hashes.dtype == np.uint32:
        return _in_order_path_k(np.ascontiguousarray(a.hashes), in_b, np.ascontiguousarray(b.hashes), in_a)
    return in_order_path(a.hashes, in_b, b.hashes, in_a)


def in_order_path(ha: U32, in_b: bytes, hb_all: U32, in_a: bytes) -> _Path:
    """:func:`_in_order_path` of the hashes ``ha`` and ``hb_all`` by numpy (the kernel's ``in_order_path`` without
    it)."""
    at_b = np.flatnonzero(np.frombuffer(in_a, dtype=np.uint8))
    at_a = np.flatnonzero(np.frombuffer(in_b, dtype=np.uint8))
    hb = hb_all[at_b]
    by_hash = np.argsort(hb, kind="stable")
    hb, places = hb[by_hash], at_b[by_hash]
    ha = ha[at_a]
    lo = np.searchsorted(hb, ha, side="left")
    hi = np.searchsorted(hb, ha, side="right")
    count = hi - lo
    found = count > 0
    shared = int(np.count_nonzero(found))
    if shared == 0 or int(count.max()) == 1:
        si_n, sj_n = at_a[found], places[lo[found]]
    else:
        back_from = np.repeat(hi - 1, count)  # (the latest place of each pair's hash, then one earlier, ...)
        step = np.arange(back_from.size) - np.repeat(np.cumsum(count) - count, count)
        si_n, sj_n = np.repeat(at_a, count), places[back_from - step]
    if _increasing_path is not None:  # (the kernel's loop: the same path)
        on = np.frombuffer(_increasing_path(np.ascontiguousarray(sj_n, dtype=np.int64)), dtype=np.int64)
        return si_n[on].tolist(), sj_n[on].tolist(), shared
    path = increasing_path(sj_n.tolist())
    return si_n[path].tolist(), sj_n[path].tolist(), shared


def increasing_path(seq: list[int]) -> list[int]:
    """The indices of the longest strictly increasing run of ``seq`` that patience sorting finds (``bisect_left``,
    back links), ending at the last pile's top: :func:`_in_order_path`'s loop without the kernel (whose
    ``increasing_path`` picks the very same path)."""
    tails: list[int] = []
    at: list[int] = []
    back = [-1] * len(seq)
    for n, j in enumerate(seq):
        if not tails or j > tails[-1]:  # (what bisect_left gives then: most pairs of a copy come in order)
            k = len(tails)
            tails.append(j)
            at.append(n)
        else:
            k = bisect.bisect_left(tails, j)
            tails[k] = j
            at[k] = n
        back[n] = at[k - 1] if k else -1
    out: list[int] = []
    n = at[-1] if at else -1
    while n >= 0:
        out.append(n)
        n = back[n]
    out.reverse()
    return out


def _off_path(flags: bytes, on: list[int]) -> list[int]:
    """Cumulative count of shared hashes not on the in-order path, by index (moved text)."""
    if _off_path_k is not None:
        return _off_path_k(flags, on)
    return off_path(flags, on)


def off_path(flags: bytes, on: list[int]) -> list[int]:
    """:func:`_off_path` by numpy (the kernel's ``off_path`` without it)."""
    off = np.frombuffer(flags, dtype=np.uint8).astype(np.int64)
    off[on] = 0
    out: list[int] = np.concatenate(([0], np.cumsum(off))).tolist()
    return out


def _moved_block(flags: bytes, on: list[int], shared: int) -> bool:
    """Do the shared hashes of a text (``flags``) off its in-order path (indices ``on``) lie in one stretch of it with
    no hash of the path between them, and the path hold at least half of the ``shared`` hashes: one paragraph moved
    elsewhere, not shared text in another order all along?"""
    if 2 * len(on) < shared:
        return False
    off = np.frombuffer(flags, dtype=np.uint8).copy()
    off[on] = 0
    where = np.flatnonzero(off)
    if where.size == 0:
        return True
    lo, hi = int(where[0]), int(where[-1])
    return not any(lo < i < hi for i in on)


def _moved_tokens(flags: bytes, lo: int, hi: int, pos: list[int], k: int) -> int:
    """Tokens from the first to the last shared hash strictly between path hashes ``lo`` and ``hi`` (a moved block,
    the words deleted inside it included), at most the gap."""
    inner = flags.find(1, lo + 1, hi)
    if inner < 0:
        return 0
    last = flags.rfind(1, lo + 1, hi)
    return min(pos[hi] - pos[lo], pos[last] - pos[inner] + k)


def deleted(
    a: Evidence, in_b: bytes, b: Evidence, in_a: bytes, p: DedupParams, paths: list[_Path] | None = None
) -> bool:
    """Is ``a`` the canonical ``b`` with words deleted here and there? Their shared hashes lie in one order
    (``aligned_order``) with at least ``deleted_gaps`` gaps between them, over at least half of ``a``; in no gap does
    ``b`` hold more than ``substitution`` tokens beyond ``a`` (a few words, not a sentence or a story of its own: a
    page of a template with a long story holds the short story's page nearly so, except there), and in at least
    ``anchor`` + 1 gaps it holds some (the deleted words); ``a`` holds next to no more tokens than ``b`` between
    shared text (``deleted_excess`` of the shared span: a deleted word re-segments its neighbours); and text of its
    own outside the shared span (an appended block, a header) only where ``b`` has little outside it (≤ ``edge``
    tokens: the whole story is there), or little of it (≤ ``edge`` tokens and a quarter of the span: a truncation
    mark, a source line). Two reports of one event that share a
    title and a lead hold their own bodies after it; outlets' rewordings hold their own wording between shared text
    on both sides. Shared text moved elsewhere (a paragraph swap) counts as text of neither gap."""
    first, last = in_b.find(1), in_b.rfind(1)  # (the shared span is no wider: the path is not computed when too narrow)
    if first < 0 or 2 * (int(a.positions[last]) - int(a.positions[first])) < int(a.positions[-1]) - int(a.positions[0]):
        return False
    if paths:  # (found by the question asked the other way round)
        ia, ib, shared = paths[0]
    else:
        ia, ib, shared = found = _in_order_path(a, in_b, b, in_a)
        if paths is not None:
            paths.append(found)
    block = len(ia) < _DELETED_ORDER * shared  # (then one block moved, its tokens counted whole: words deleted in it)
    if len(ia) <= p.deleted_gaps or (block and not (_moved_block(in_b, ia, shared) and _moved_block(in_a, ib, shared))):
        return False
    pa, pb = a.positions.tolist(), b.positions.tolist()
    span = pa[ia[-1]] - pa[ia[0]]
    out_a = pa[-1] - pa[0] - span
    if 2 * span < pa[-1] - pa[0]:
        return False
    both_out = out_a > min(p.edge, span // 4) and pb[-1] - pb[0] - (pb[ib[-1]] - pb[ib[0]]) > p.edge
    moved_a, moved_b = _off_path(in_b, ia), _off_path(in_a, ib)
    unit = p.sample_mod if a.sampled else 1  # (tokens per hash of text of its own)
    excess = sites = 0
    most = p.deleted_excess * span
    for n in range(len(ia) - 1):
        i1, i2, j1, j2 = ia[n], ia[n + 1], ib[n], ib[n + 1]
        ga, gb = pa[i2] - pa[i1], pb[j2] - pb[j1]
        ma, mb = moved_a[i2] - moved_a[i1 + 1], moved_b[j2] - moved_b[j1 + 1]
        if ma:  # (tokens of text this gap shares with elsewhere in b: as many as its share of the gap's hashes)
            ga -= _moved_tokens(in_b, ia[n], i2, pa, p.shingle) if block else ga * ma // (i2 - i1)
        if mb:
            gb -= _moved_tokens(in_a, j1, j2, pb, p.shingle) if block else gb * mb // (j2 - j1)
        if gb - ga > p.substitution and not _thinned(ga, gb, i2 - i1 - 1 - ma, unit):
            return False
        sites += gb > ga
        if ga > gb:
            excess += ga - gb
            if excess > most:  # (it only grows)
                return False
    return sites > (2 * p.deleted_gaps if both_out else p.anchor)


_CHAR_EDGE: Final = 72
"""Characters of its own outside the shared span that a copy with characters deleted may hold where its original holds
some too (a truncation mark, a source line): :func:`chars_deleted`'s ``edge``."""
_CHAR_BLOCK: Final = 24
"""Characters the canonical may hold beyond the copy's in one gap between shared grams (a few words dropped together)
before that gap must be thinned text (:func:`chars_deleted`)."""
_CHAR_IN_SPAN: Final = 0.6
"""Share of the copy's character grams inside its shared span that lie on the in-order path (a copy with 20 % of its
characters deleted keeps ≈ 0.8: the grams across each deletion are new; a different story between shared text keeps
next to none of its own)."""
_CHAR_IN_SPAN_WORDY: Final = 0.45
""":data:`_CHAR_IN_SPAN` for a copy of long words (:func:`_wordy`: English), whose grams are 4 letters: one of them is
new when a deletion falls among its last three, so a copy with 20 % of its letters deleted keeps ≈ 0.8³ ≈ 0.5 of
them on the path."""
_CHAR_FLOOR_WORDY: Final = 0.8
"""``chars_contained`` times this is the share of the smaller side's distinct grams two texts of long words
(:func:`_wordy`, both) must share for :func:`chars_deleted` to read them at all: with one letter in five deleted an
English copy keeps ≈ 0.45-0.55 of its 4-letter grams (:data:`_CHAR_IN_SPAN_WORDY`), Chinese ≈ 0.8 of its 2-grams."""
_CHAR_OWN_WORDY: Final = 0.8
"""Share of a gap's grams that are a copy's own (on neither side) from which a gap where the canonical holds more is a
block of its own, not its text thinned, for a copy of long words (:func:`_wordy`; half for others): a 4-letter gram
is new when a deletion falls among its last three letters, so a gap with one letter in five deleted holds ≈ half of
its own, a few gaps of a sampled evidence three in four."""
_CHAR_OWN_LEAST_WORDY: Final = 72
"""Letters' worth of a Latin copy's own grams (sampled: one gram in :data:`CHAR_MOD`) in one gap, more than, for that
gap (where the canonical holds :data:`_CHAR_BLOCK` more) to be a block of its own rather than its text thinned
(:func:`_chars_deleted`; :data:`_CHAR_BLOCK` for others). At one letter in five deleted a 4-letter gram survives ≈ 0.41
of the time: a gap of six sampled grams all new (≈ 0.59⁶ ≈ 0.04) turns up in a long text; a sentence of another story
holds more."""
_CHAR_CHANCE: Final = 0.01
"""Chance, at most, that the longest gap of a copy with characters deleted all along is as long as a gap
:func:`_chars_deleted` reads as a block of the copy's own (its grams all new, the canonical holding more there but not
twice as much): the gaps between steps of the in-order path are about ``span / steps`` characters each, and the longest
of ``steps`` of them about ``ln(steps / chance)`` times that. A long text with one letter in five deleted holds a
stretch of 120 letters with no sampled gram kept (a fixed length read it as a block); another story's sentence between
shared text is longer than that, or holds less than half of the canonical's text there (thinned: a block whatever its
length)."""
_WORDY: Final = 3.0
"""Character grams per word shingle from which a text's words are long (:func:`_wordy`): ≈ 4-5 in English, under 2
in Chinese (jieba's words)."""
_CHAR_MOVED: Final = 3
"""Grams of a gap between shared grams found elsewhere in the other text, at least (and half the gap's grams), for that
gap to hold moved text (a paragraph swapped; :func:`chars_deleted`): that share of it counts as text of neither gap."""
_CHAR_SWAP_SITES: Final = 16
"""Deletion sites (gaps where the canonical holds more) per *swap* (a gap of the copy's own grams where the canonical
holds no more characters) from which a copy :func:`chars_deleted` accepts is still a subsequence (``clean``): one
step of the in-order path placed on a chance gram among many deletions is no word swapped (English copies with a fifth
of their letters deleted: their broken shingles would read as a substitution)."""
_CHAR_OTHER: Final = 6
"""Deletion sites (gaps where the canonical holds more characters) per gap that is no deletion, at least, for
:func:`chars_deleted` to accept; no deletion: the copy holds more characters there, or as many and grams of its own (a
swap, :data:`_CHAR_SWAP_SITES`). A copy with characters deleted is a subsequence of its original: such a gap is a chance
step of the path, one in many. Two reports of one template with other names and figures (the weather of another city,
the market close of another day) hold a longer figure on either side every few gaps, and so do two copies of one text
with *other* characters deleted (neither a subsequence of the other: each is asked against the original)."""
_CHAR_EXCESS: Final = 0.03
"""Characters the copy holds beyond the canonical between shared grams, as a share of its shared span, at most (a text
with characters deleted holds none; a hash that repeats can misplace a step of the path)."""


def _wordy(ev: Evidence) -> bool:
    """Are ``ev``'s words long (:data:`_WORDY` character grams per word shingle or more: a Latin text)?"""
    return ev.chars is not None and ev.chars.n_shingles >= _WORDY * max(1, ev.n_shingles)


def chars_deleted(
    a: Evidence,
    b: Evidence,
    p: DedupParams,
    words: tuple[float, float] = (0.0, 0.0),
    wordy: tuple[bool, bool] = (False, False),
    clean: list[bool] | None = None,
) -> bool:
    """Is one of ``a`` and ``b`` the other with characters (or words) deleted here and there, as their *character*
    evidence shows (grams of characters, positions in characters)? ``a`` asked as the copy first, then ``b``
    (:func:`_chars_deleted`); the in-order path of their shared grams is found once for both. A side is asked only when
    it shares :data:`_CHAR_GAIN` more of its grams than ``words`` says it shares of its words (the share of ``a``'s
    shingles in ``b``, and of ``b``'s in ``a``): deletions scattered all over a copy break many more of its words'
    shingles than of its character grams; text of its own (another story, a rewording, a block) is as much of either.
    ``wordy``: which side is a text of long words (:func:`_wordy`), asked with :data:`_CHAR_IN_SPAN_WORDY`. ``clean``,
    when given, gets whether the accepted side holds no characters of its own anywhere but in the gaps its deletions
    made (:func:`_chars_deleted`'s ``swaps``): a subsequence of the other, which no word-level substitution can be."""
    if a.hashes.size == 0 or b.hashes.size == 0:
        return False
    a, b = _aligned(a, b, CHAR_MOD)
    ua, ub = _distinct(a.hashes), _distinct(b.hashes)
    if _common32 is not None and ua.dtype == np.uint32 and ub.dtype == np.uint32:
        inter = _common32(ua, ub)
    else:
        inter = int(np.count_nonzero(_members(ua, ub)))
    floor = p.chars_contained * (_CHAR_FLOOR_WORDY if all(wordy) else 1.0)
    if inter <= p.deleted_gaps or inter < floor * min(ua.size, ub.size):
        return False
    in_b, in_a = _flags(a.hashes, ub, True), _flags(b.hashes, ua, True)
    asked = [  # (no floor on the whole copy: a glued text or a list of its own lies outside the shared span, where
        # _chars_deleted's span, in-span and outside rules judge it; the share above holds for the smaller side)
        in_b.count(1) >= (words[0] + _CHAR_GAIN) * len(in_b),
        in_a.count(1) >= (words[1] + _CHAR_GAIN) * len(in_a),
    ]
    if not any(asked):
        return False
    # grams either text holds more than _CHAR_REPEAT times place nothing: off the path and out of every count
    at_a, at_b, on_b, on_a = _common_grams(a.hashes, b.hashes, in_b, in_a)
    ia, ib, shared = _in_order_path(a, on_b, b, on_a)
    # (refused here, exactly as :func:`_chars_deleted` would: its trimmed path is no longer than this one, and a path of
    # under half of a side's shared grams is a moved block it refuses — before the path is trimmed and read)
    if len(ia) <= p.deleted_gaps:
        return False
    swaps: list[bool] = clean if clean is not None else []
    blocks: dict[tuple[int, int, int], bool] = {}
    if (
        asked[0]
        and 2 * len(ia) >= shared
        and _chars_deleted(a, b, (ia, ib, shared), on_b, on_a, (at_a, at_b), p, wordy[0], swaps, (blocks, 0))
    ):
        return True
    shared_b = on_a.count(1)
    return (
        asked[1]
        and 2 * len(ib) >= shared_b
        and _chars_deleted(b, a, (ib, ia, shared_b), on_a, on_b, (at_b, at_a), p, wordy[1], swaps, (blocks, 1))
    )


_CHAR_GAIN: Final = 0.15
"""What more of its character grams than of its word shingles a copy with characters deleted shares with its original
(:func:`chars_deleted`)."""
_CHAR_REPEAT: Final = 3
"""A character gram that a text holds more often (a common word) places nothing in :func:`chars_deleted`: matched to
each of its places it multiplies the pairs the in-order path is found among."""


_REPEATED: Final[dict[int, tuple[U32, U32]]] = {}
"""``id(values)`` → ``(values, repeated)`` of the last :data:`_RECENT_KEPT` arrays :func:`_repeated` read."""


def _repeated(values: U32) -> U32:
    """The values that occur more than :data:`_CHAR_REPEAT` times (sorted, distinct); the answers for the last few
    arrays kept, as :func:`_distinct` keeps its."""
    if values.size <= _CHAR_REPEAT:
        return values[:0]
    hit = _REPEATED.get(id(values))
    if hit is not None and hit[0] is values:
        return hit[1]
    v = np.sort(values)
    out = np.unique(v[_CHAR_REPEAT:][v[_CHAR_REPEAT:] == v[:-_CHAR_REPEAT]])
    if len(_REPEATED) >= _RECENT_KEPT:
        _REPEATED.pop(next(iter(_REPEATED)), None)
    _REPEATED[id(values)] = (values, out)
    return out


def _common_grams(
    ha: U32, hb: U32, in_b: bytes, in_a: bytes
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_], bytes, bytes]:
    """Which grams of ``ha`` and of ``hb`` either text holds more than :data:`_CHAR_REPEAT` times, and the flags
    ``in_b`` and ``in_a`` with those places cleared (by the kernel's ``common_places`` in one call when built)."""
    if _common_places is not None and ha.dtype == np.uint32 and hb.dtype == np.uint32:
        xa, xb, on_b, on_a = _common_places(
            np.ascontiguousarray(ha), np.ascontiguousarray(hb), in_b, in_a, _CHAR_REPEAT
        )
        return np.frombuffer(xa, dtype=np.bool_), np.frombuffer(xb, dtype=np.bool_), on_b, on_a
    return common_grams(ha, hb, in_b, in_a)


def common_grams(
    ha: U32, hb: U32, in_b: bytes, in_a: bytes
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_], bytes, bytes]:
    """:func:`_common_grams` by numpy (the kernel's ``common_places`` without it)."""
    ra, rb = _repeated(ha), _repeated(hb)
    common = np.union1d(ra, rb) if ra.size and rb.size else ra if ra.size else rb  # (each sorted and distinct)
    at_a, at_b = _neutral(ha, common), _neutral(hb, common)
    return at_a, at_b, _without(in_b, at_a), _without(in_a, at_b)


def _neutral(values: U32, common: U32) -> npt.NDArray[np.bool_]:
    """Which of ``values`` are among ``common`` (sorted, distinct)."""
    return _members(values, common) if common.size else np.zeros(values.size, dtype=bool)


def _without(flags: bytes, drop: npt.NDArray[np.bool_]) -> bytes:
    """``flags`` with the places ``drop`` marks cleared."""
    if not drop.any():
        return flags
    out = np.frombuffer(flags, dtype=np.uint8).copy()
    out[drop] = 0
    return out.tobytes()


def _chars_deleted(
    a: Evidence,
    b: Evidence,
    path: _Path,
    in_b: bytes,
    in_a: bytes,
    neutrals: tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]],
    p: DedupParams,
    wordy: bool = False,
    clean: list[bool] | None = None,
    blocks: tuple[dict[tuple[int, int, int], bool], int] | None = None,
) -> bool:
    """Is ``a`` the text ``b`` with characters (or words) deleted here and there? What :func:`deleted` asks of words,
    asked of characters, where a copy with characters deleted is exactly a subsequence of its original: at least
    ``chars_contained`` of ``a``'s grams in ``b``; the shared grams in one order (``path``: ``a``'s and ``b``'s
    indices on it, :data:`_DELETED_ORDER` of ``a``'s shared ones) with more than ``deleted_gaps`` gaps, over half of
    ``a`` or more, with :data:`_CHAR_IN_SPAN` of ``a``'s grams inside that span on the path; between each two in a row
    ``a`` holds no more characters than ``b`` (:data:`_CHAR_EXCESS` of the span in all), ``b`` at most
    :data:`_CHAR_BLOCK` more unless the gap is ``a``'s text thinned (:func:`_thinned`'s share: a block of ``b``'s own,
    a template page's other story, is not); fewer in more than ``anchor`` gaps (the deletions: two reports of one
    template with other figures hold as many characters, or more on either side); and text of its own outside the
    shared span on one side only, as :func:`deleted` allows. Shared text moved elsewhere (a paragraph swapped) counts
    as text of neither gap where it is at least half of the gap's grams (common words aside), from the first to the last
    such gram. When :data:`_DELETED_ORDER` of the shared grams are not in one order, the rest must be one moved block
    on both sides (:func:`_one_block`; a paragraph moved, its characters thinned too), counted as on the path inside
    the span. ``wordy``: ``a`` is a text of long words (:func:`_wordy`), asked with :data:`_CHAR_IN_SPAN_WORDY` and
    :data:`_CHAR_OWN_WORDY`. (``neutrals``: ``a``'s and ``b``'s grams of common words, counted nowhere.) ``clean``
    gets, when accepted, whether no gap of ``a`` holds grams of its own where ``b`` holds no more characters (a
    word or a figure swapped for another: its grams are ``a``'s own, the gap no deletion; one such gap per
    :data:`_CHAR_SWAP_SITES` deletion sites is allowed) and ``a`` has text of its own outside the span on one side at
    most. ``blocks``: the answers of :func:`_one_block` found so far for this pair (by flags, ``a``'s being side
    ``blocks[1]``, then the path's first index and length: both sides ask it of one path), looked up before it is
    asked again."""
    in_span, own_share = (_CHAR_IN_SPAN_WORDY, _CHAR_OWN_WORDY) if wordy else (_CHAR_IN_SPAN, 0.5)
    own_least = _CHAR_OWN_LEAST_WORDY if wordy else _CHAR_BLOCK
    ia, ib, shared = path
    ia, ib = _trimmed(ia, ib, a.positions, b.positions)
    neutral, neutral_b = neutrals
    block = len(ia) < _DELETED_ORDER * shared
    if len(ia) <= p.deleted_gaps or (block and 2 * len(ia) < shared):
        return False
    at = a.positions
    span, whole = int(at[ia[-1]]) - int(at[ia[0]]), int(at[-1]) - int(at[0])
    if 2 * span < whole:  # (asked before the lists are made: a third of the pairs end here or below)
        return False
    # (a moved block in the span: shared — the path's grams and the shared ones off it between its ends, counted on the
    # flags; the two tests below are asked cheapest first)
    held = in_b.count(1, ia[0], ia[-1] + 1) if block else len(ia)
    if held < in_span * (ia[-1] - ia[0] + 1 - int(np.count_nonzero(neutral[ia[0] : ia[-1] + 1]))):
        return False
    if block and not _blocks_both(in_b, ia, in_a, ib, blocks):
        return False
    bp = b.positions
    # (read at the path's steps only: the whole arrays as lists cost more than the loop, the path holding about a third
    # of a long text's grams; ``sa[n]`` / ``sa1[n]``: the neutral grams before step n / up to it, ``na``: all of them)
    pa, sa, sa1, na = _at_steps(at, neutral, ia)
    pb, sb, sb1, nb = _at_steps(bp, neutral_b, ib)
    out_b = bp.item(bp.size - 1) - bp.item(0) - (pb[-1] - pb[0])
    moved_a, moved_b = _off_path(in_b, ia), _off_path(in_a, ib)
    both_out = (  # (text outside the span that is the other's moved block is no text of its own)
        whole - span > min(_CHAR_EDGE, span // 4)
        and out_b > _CHAR_EDGE
        and not (_moved_out(moved_a, ia, sa[0] + na - sa1[-1]) or _moved_out(moved_b, ib, sb[0] + nb - sb1[-1]))
    )
    unit = CHAR_MOD if a.sampled else 1
    # (the share of each side's grams the path keeps in its span: moved text is as thinned as the rest, and counts as
    # moved where that share of it is found elsewhere. Read so (``ga_x``, ``gb_x``), the copy's is no excess and the
    # canonical's no block of its own; the other counts read both sides as before: an estimate's over-count there would
    # make a block of the canonical's text, or a swap of a deletion site)
    keep_a = min(1.0, len(ia) / max(1, ia[-1] - ia[0] + 1 - sa1[-1] + sa[0]))
    keep_b = min(1.0, len(ib) / max(1, ib[-1] - ib[0] + 1 - sb1[-1] + sb[0]))
    excess = sites = lent = swaps = other = 0
    most = _CHAR_EXCESS * span
    # (the longest run of the copy without a shared gram that scattered deletions explain: steps of the path fall
    # about every span / len(ia) characters, and the longest of len(ia) such gaps reaches ln(len(ia) / chance) times it)
    stretch = span * math.log(len(ia) / _CHAR_CHANCE) / len(ia)
    for n in range(len(ia) - 1):
        i1, i2, j1, j2 = ia[n], ia[n + 1], ib[n], ib[n + 1]
        ga, gb = pa[n + 1] - pa[n], pb[n + 1] - pb[n]
        gb_all = gb  # (the canonical's moved text here is no text the copy holds beyond it)
        ma, mb = moved_a[i2] - moved_a[i1 + 1], moved_b[j2] - moved_b[j1 + 1]
        # (a repeated gram here and there is no moved text)
        ga_x = ga
        if ma >= _CHAR_MOVED and 2 * ma >= keep_a * (i2 - i1 - 1 - sa[n + 1] + sa1[n]):
            ga_x -= max(min(ga, int(ga * ma / (keep_a * (i2 - i1)))), _moved_chars(in_b, i1, i2, at))
        if ma >= _CHAR_MOVED and 2 * ma >= i2 - i1 - 1 - sa[n + 1] + sa1[n]:
            ga -= max(ga * ma // (i2 - i1), _moved_chars(in_b, i1, i2, at))
        ga_x = min(ga, ga_x)
        gb_x = gb
        if mb >= _CHAR_MOVED and 2 * mb >= keep_b * (j2 - j1 - 1 - sb[n + 1] + sb1[n]):
            gb_x -= max(min(gb, int(gb * mb / (keep_b * (j2 - j1)))), _moved_chars(in_a, j1, j2, bp))
        if mb >= _CHAR_MOVED and 2 * mb >= j2 - j1 - 1 - sb[n + 1] + sb1[n]:
            gb -= max(gb * mb // (j2 - j1), _moved_chars(in_a, j1, j2, bp))
        gb_x = min(gb, gb_x)
        own = i2 - i1 - 1 - sa[n + 1] + sa1[n] - ma  # (a's grams here on neither side, common words aside)
        if gb_x - ga - lent > _CHAR_BLOCK and (
            _THINNED * gb_x > ga or (own > own_share * (i2 - i1 - 1) and own * unit > own_least and ga > stretch)
        ):
            return False
        sites += gb > ga
        swaps += ga >= gb and own > 0
        other += ga_x > gb_all or (ga == gb and own > 0)
        lent = max(0, ga - gb)  # (a step placed on a later copy of a repeated gram lends the next gap what it took)
        if ga_x > gb_all:
            excess += ga_x - gb_all
            if excess > most:
                return False
    if sites <= (2 * p.deleted_gaps if both_out else p.anchor) or other * _CHAR_OTHER > sites:
        return False
    if clean is not None:
        clean.append(swaps * _CHAR_SWAP_SITES <= sites and not both_out)
    return True


_EDGE_STEPS: Final = 3
"""Steps at each end of a character path among which one over a gap where the copy holds :data:`_CHAR_BLOCK` more
characters than the canonical is a chance step out of the shared span (:func:`_trimmed`)."""


def _trimmed(ia: list[int], ib: list[int], pa: U32, pb: U32) -> tuple[list[int], list[int]]:
    """The in-order path ``ia`` / ``ib`` (indices into the positions ``pa`` / ``pb``) without its chance steps at
    either end: among its first and last :data:`_EDGE_STEPS` gaps, one where the copy holds more than
    :data:`_CHAR_BLOCK` characters beyond the canonical (a headline list or a glued text of the copy's own, one of its
    grams matched by chance) ends the path there, when the canonical holds no more than :data:`_CHAR_EDGE` characters
    beyond that end (the block is the copy's own, on its side only). A copy with characters deleted holds fewer
    characters in every gap."""
    n, s = len(ia), _EDGE_STEPS
    if n < 4 * s:
        return ia, ib
    # the positions of the path's first and last s + 1 grams, read once as Python ints (``item``: no numpy scalar each)
    edge = [*range(s + 1), *range(n - 1 - s, n)]
    xa: list[int] = [pa.item(ia[i]) for i in edge]
    xb: list[int] = [pb.item(ib[i]) for i in edge]
    first, last = pb.item(0), pb.item(pb.size - 1)
    lo, hi = 0, n - 1
    for k in range(s):
        if xa[k + 1] - xa[k] - xb[k + 1] + xb[k] > _CHAR_BLOCK and xb[k + 1] - first <= _CHAR_EDGE:
            lo = k + 1
        t = 2 * s + 1 - k  # (path gram n - 1 - k in ``edge``)
        if xa[t] - xa[t - 1] - xb[t] + xb[t - 1] > _CHAR_BLOCK and last - xb[t - 1] <= _CHAR_EDGE:
            hi = n - 2 - k
    if lo == 0 and hi == n - 1:
        return ia, ib
    return ia[lo : hi + 1], ib[lo : hi + 1]


_ONE_BLOCK: Final = 0.75
"""Share of a text's shared grams off the in-order path that lie between the same two grams of the path (or before its
first, or after its last) for them to be one moved block (:func:`_one_block`)."""


def _one_block(flags: bytes, on: list[int]) -> bool:
    """Do :data:`_ONE_BLOCK` of the shared grams of a text (``flags``) off its in-order path (indices ``on``) lie in one
    stretch with no gram of the path between them: a paragraph moved, some of its grams matched elsewhere by chance?"""
    at = np.asarray(on, dtype=np.intp)  # (the path's list read once)
    off = np.frombuffer(flags, dtype=np.uint8).copy()
    off[at] = 0
    where = np.flatnonzero(off)
    if where.size == 0:
        return True
    bins = np.searchsorted(at, where)
    return int(np.bincount(bins).max()) >= _ONE_BLOCK * where.size


def _blocks_both(
    in_b: bytes, ia: list[int], in_a: bytes, ib: list[int], blocks: tuple[dict[tuple[int, int, int], bool], int] | None
) -> bool:
    """:func:`_one_block` of both sides of a path (``in_b`` / ``ia`` and ``in_a`` / ``ib``), an answer already found
    (``blocks``: :func:`_chars_deleted`) looked up first: a side found no block when the other text was asked as the
    copy refuses at once."""
    if blocks is None:
        return _one_block(in_b, ia) and _one_block(in_a, ib)
    known, side = blocks
    first, second = (side, ia[0], len(ia)), (1 - side, ib[0], len(ib))
    if known.get(first) is False or known.get(second) is False:
        return False
    for key, flags, on in ((first, in_b, ia), (second, in_a, ib)):
        got = known.get(key)
        if got is None:
            got = known[key] = _one_block(flags, on)
        if not got:
            return False
    return True


def _moved_out(moved: list[int], on: list[int], neutral: int) -> bool:
    """Is a text's part outside its in-order path (indices ``on``) mostly shared text off the path (``moved``, the
    cumulative count of :func:`_off_path`; ``neutral``, the common-word grams outside the path's span): a paragraph
    moved to its head or tail?"""
    n = len(moved) - 1
    outside = on[0] + n - 1 - on[-1] - neutral
    found = moved[on[0]] + moved[n] - moved[on[-1] + 1]
    return found >= _CHAR_MOVED and 2 * found >= outside


def _moved_chars(flags: bytes, lo: int, hi: int, pos: U32) -> int:
    """Characters of the moved text between path grams ``lo`` and ``hi``: from halfway before its first shared gram
    to halfway after its last (its thinned characters between them included; ``pos``: the grams' positions)."""
    first, last = flags.find(1, lo + 1, hi), flags.rfind(1, lo + 1, hi)
    if first < 0:
        return 0
    return (int(pos.item(last)) + int(pos.item(last + 1)) - int(pos.item(first - 1)) - int(pos.item(first))) // 2


def _at_steps(
    pos: U32, neutral: npt.NDArray[np.bool_], on: list[int]
) -> tuple[list[int], list[int], list[int], int]:
    """At each step of a path (indices ``on``): the gram's position in ``pos``, and the ``neutral`` grams before it
    and up to it (cumulative counts at ``on`` and ``on + 1``); and the count of all of them. Python ints."""
    at = np.asarray(on, dtype=np.intp)
    skip = np.concatenate(([0], np.cumsum(neutral)))
    steps: list[int] = pos[at].tolist()
    before: list[int] = skip[at].tolist()
    upto: list[int] = skip[at + 1].tolist()
    return steps, before, upto, int(skip[-1])


_THINNED: Final = 0.5
"""A gap of a copy with words deleted keeps at least this share of the canonical's tokens there (:func:`_thinned`)."""
_DELETED_ORDER: Final = 0.75
"""Share of the shared hashes of a copy with words deleted that lie in one order in both texts (:func:`deleted`): a
paragraph or a sentence moved besides leaves a fifth of a short text's hashes out of order (the interleaved rule's
``aligned_order``, 0.9, refused such copies)."""


def _thinned(ga: int, gb: int, own: int, unit: int) -> bool:
    """Is a gap of ``ga`` tokens of the copy, opposite ``gb`` tokens of the canonical, the canonical's text with words
    deleted all along it, not a block of either side's own (a sentence the canonical adds, another sentence in its
    place, a template page's longer story opposite a stub)? The copy keeps at least :data:`_THINNED` of the tokens,
    and holds there at most half the hashes of its own (``own``; one in ``unit`` tokens) that text of its own that
    long would: its shingles there are the canonical's, but for the few across each deleted word. (Between shared
    hashes of a sampled evidence — one shingle in ``sample_mod`` — a gap spans tens of tokens, and a copy with a word
    in seven deleted misses more than ``substitution`` of them in a long one.)"""
    return _THINNED * gb <= ga and 2 * own * unit <= ga


def deleted_copy(a: Evidence, b: Evidence, p: DedupParams) -> bool:
    """Is ``a`` ``b`` with words deleted (:func:`deleted`; at least ``min_containment_shingles`` and
    ``deleted_contained`` of it in ``b``)?"""
    if not p.deleted_contained or min(a.n_shingles, b.n_shingles) < p.min_containment_shingles:
        return False
    x, y = _aligned(a, b, p.sample_mod)
    if x.hashes.size == 0 or y.hashes.size == 0:
        return False
    in_y = _flags(x.hashes, _distinct(y.hashes), x.sampled)
    if in_y.count(1) < p.deleted_contained * x.hashes.size:
        return False
    return deleted(x, in_y, y, _flags(y.hashes, _distinct(x.hashes), y.sampled), p)


def _core_sized(a: Evidence, inter: int, contained: float, p: DedupParams) -> bool:
    """Is the shared part of candidate ``a`` (``inter`` distinct hashes, ``contained`` of it) large enough for the core
    rule: ``core_share`` of the whole, or (a full evidence) at least ``short_containment_shingles`` shingles — as large
    as a text that joins by containment alone, so a header and a footer of ≤ ``edge`` tokens around a short story (a
    teaser reposted on a portal) do not keep it from the page it was published in."""
    return contained >= p.core_share or (not a.sampled and inter >= p.short_containment_shingles)


_EDGE_COVERS: Final = 0.4
"""Share of the canonical's evidence a candidate must hold for :func:`_edge` to let its own head and tail be as long
as the shared span (the excerpts of dedup_corpus38's ``partial`` keep 45-75 % of a story's paragraphs)."""


def _edge(a: Evidence, in_b: bytes, b: Evidence, ua: U32, covers: float, p: DedupParams) -> int:
    """The longest head or tail of its own candidate ``a`` may have for :func:`_core_contained`: ``edge`` tokens, or,
    when ``a`` holds at least ``_EDGE_COVERS`` of canonical ``b``'s evidence *from inside* ``b`` (``b`` has text of its
    own before and after what it shares), as many tokens as its shared span itself: an excerpt of a story's middle
    paragraphs reposted in a forum thread or a WeChat page, or glued by a crawler to a shorter page of another story,
    the page's own text around it as long as the excerpt (dedupgen38). A shared lead, quote or boilerplate block covers
    less of the canonical; a shared head (one title and lead over two parts of a text) or a story's end opening
    another text are not inside it (``verify.cut_head`` and ``cut_under`` judge those shapes); a follow-up's carried
    paragraphs are still refused by :func:`_behind_own`."""
    first, last = in_b.find(1), in_b.rfind(1)
    if first < 0 or covers < _EDGE_COVERS:
        return p.edge
    in_a = _flags(b.hashes, ua, b.sampled)
    if in_a.find(1) <= 0 or in_a.rfind(1) >= len(in_a) - 1:
        return p.edge
    return max(p.edge, int(a.positions[last]) - int(a.positions[first]))


def _core_contained(a: Evidence, in_b: bytes, edge: int) -> float:
    """Share of ``a`` found in the other text once a short unshared head and tail (≤ ``edge`` tokens each) are
    set aside: a portal's header and footer around a repost, a "read more" line after an excerpt."""
    first = in_b.find(1)
    if first < 0:
        return 0.0
    last = in_b.rfind(1)
    pos = a.positions
    if first and int(pos[first - 1]) - int(pos[0]) >= edge:
        return 0.0
    if last < pos.size - 1 and int(pos[-1]) - int(pos[last + 1]) >= edge:
        return 0.0
    return in_b.count(1, first, last + 1) / (last - first + 1)


_OWN_HEAD: Final = 4
"""Shingles' worth of tokens (4 × ``shingle``) a candidate's own head must span for :func:`_behind_own` to be asked: a
byline or a date line above a repost is shorter than a story's title and lead."""


def _behind_own(a: Evidence, in_b: bytes, b: Evidence, in_a: bytes, p: DedupParams) -> bool:
    """Does the part of candidate ``a`` that the core rule found in ``b`` lie, in ``a``, behind a head of its own (at
    least ``_OWN_HEAD`` shingles of tokens) *and*, in ``b``, behind more text of ``b``'s own than ``b`` shares with
    ``a`` in all (counted in evidence before the longest shared run), that run ending ``b`` (at most ``edge`` tokens
    after it)? That is a follow-up story that ends with its predecessor's background paragraphs (its predecessor's
    title and lead set aside as if they were a page header): two beginnings, one shared last part, the canonical mostly
    its own before it. A repost under a page header lies at the start of its story, or behind a header shorter than the
    story; an updated version (a new lead and paragraph above) goes on after the part a short excerpt shares with it."""
    first = in_b.find(1)
    if first <= 0 or int(a.positions[first]) - int(a.positions[0]) < _OWN_HEAD * p.shingle:
        return False
    runs = [(m.end() - m.start(), m.start()) for m in re.finditer(b"\x01+", in_a)]
    if not runs:
        return False
    size, start = max(runs)
    if int(b.positions[-1]) - int(b.positions[start + size - 1]) > p.edge:
        return False  # (the shared run goes on into more of b's own: an updated version's later paragraphs)
    return start - in_a.count(1, 0, start) > in_a.count(1)


def related(a: Evidence, b: Evidence, p: DedupParams) -> bool:
    """Are two canonicals one story told twice (two outlets' versions of one wire story), as a copy that both accept
    says: accepted by :func:`compare`, or at its floor (``scattered_jaccard``, ``scattered_contained``) with shared text
    all along both and no block of either side holding most of what differs (:func:`_segments`, the interleaved
    rule's shape without its order test), and no substitution either way. Pages of one template with different
    stories (a substitution), stories after one stylesheet or under one lead (one block of their own) are not."""
    v = compare(a, b, p)
    if v.accepted:
        return True
    if v.substitution or v.jaccard < p.scattered_jaccard or max(v.contained, v.covers) < p.scattered_contained:
        return False
    return rewritten(a, b, p)


def rewritten(a: Evidence, b: Evidence, p: DedupParams) -> bool:
    """Do ``a`` and ``b`` share text all along both, with no block of either holding most of what differs (the
    interleaved rule's shape, :func:`_segments`, on both sides, without its order test): two outlets' versions of one
    story, whose reworded and moved passages can look like a substitution, not pages of one template with different
    stories (one block each)?"""
    a, b = _aligned(a, b, p.sample_mod)
    in_b = _flags(a.hashes, _distinct(b.hashes), a.sampled)
    in_a = _flags(b.hashes, _distinct(a.hashes), b.sampled)
    return _segments(in_b, p) and _segments(in_a, p)


def inner_block(a: Evidence, b: Evidence, p: DedupParams) -> bool:
    """Does ``a`` hold, between text it shares with ``b``, one run of its own with more than ``aligned_block`` of all
    it does not share (its ends included)? A page of a template whose long story another page of the template lacks,
    not a rewrite (its own sentences all along) nor a copy with a header and a footer of its own (at its ends)."""
    x, y = _aligned(a, b, p.sample_mod)
    flags = _LONE_HIT.sub(b"\x00", _flags(x.hashes, _distinct(y.hashes), x.sampled))
    inner = max((m.end(1) - m.start(1) for m in _INNER_GAP.finditer(flags)), default=0)
    return inner > p.aligned_block * flags.count(0)


def edge_own(a: Evidence, b: Evidence, p: DedupParams, run: int = _EDGE_RUN) -> tuple[float, float]:
    """Where ``a`` holds what it does not share with ``b``: the share of its evidence from the first hash it shares to
    the last (its *span*), and the share of its own text that lies at its ends (before that span, after it) rather than
    in runs of at least ``run`` misses inside it (shorter inner runs are words deleted here and there, no text of its
    own). A copy with a text glued before or after it, or a list appended: a span of the story's size and its own at
    its ends (1.0); a page of a template whose story (its own) lies between a shared header and footer: its own inside.
    (1.0, 1.0) when ``a`` holds nothing of its own."""
    x, y = _aligned(a, b, p.sample_mod)
    flags = _LONE_HIT.sub(b"\x00", _flags(x.hashes, _distinct(y.hashes), x.sampled))
    n = len(flags)
    body = flags.strip(b"\x00")
    if not n or len(body) == n:
        return (len(body) / n if n else 1.0), 1.0
    edge = n - len(body)
    inner = sum(len(m) for m in body.split(b"\x01") if len(m) >= run)
    return len(body) / n, edge / (edge + inner)


def edge_gaps(a: Evidence, b: Evidence, p: DedupParams) -> tuple[float, float]:
    """The shares of ``a`` (its evidence) before the first hash it shares with ``b`` and after the last (a lone shared
    hash among misses counts as a miss): what ``b`` lacks of ``a`` as a block at its head and at its tail (a copy cut
    short lacks a tail; a copy with words deleted here and there lacks short runs only)."""
    x, y = _aligned(a, b, p.sample_mod)
    flags = _LONE_HIT.sub(b"\x00", _flags(x.hashes, _distinct(y.hashes), x.sampled))
    if not flags:
        return 0.0, 0.0
    n = len(flags)
    return (n - len(flags.lstrip(b"\x00"))) / n, (n - len(flags.rstrip(b"\x00"))) / n


_SPAN_WINDOW = 16
"""The window of :func:`shared_span` is at least this many evidence values (and a sixteenth of the text)."""


def shared_span(a: Evidence, b: Evidence, p: DedupParams, trim: float) -> tuple[float, float]:
    """The span of ``a`` (shares of its evidence) that holds the middle ``1 - 2 * trim`` of the hashes it shares with
    ``b`` where they lie dense — at least half of a window around each (``_SPAN_WINDOW``, or a sixteenth of ``a``) —:
    where in ``a`` the text ``b`` lies, with stray shared phrases set aside (a dateline, a city's offices, a stock
    phrase two stories both use: runs far shorter than the window), lone shared hashes first (as :func:`edge_gaps`).
    All shared hashes when none lie dense; (0, 0) when they share nothing."""
    x, y = _aligned(a, b, p.sample_mod)
    flags = np.frombuffer(_LONE_HIT.sub(b"\x00", _flags(x.hashes, _distinct(y.hashes), x.sampled)), dtype=np.uint8)
    at = np.flatnonzero(flags)
    if at.size == 0:
        return 0.0, 0.0
    n = flags.size
    half = max(_SPAN_WINDOW, n // 16) // 2
    sums = np.concatenate(([0], np.cumsum(flags, dtype=np.int64)))
    lo_at, hi_at = np.maximum(at - half, 0), np.minimum(at + half, n)
    dense = at[2 * (sums[hi_at] - sums[lo_at]) >= hi_at - lo_at]
    if dense.size:
        at = dense
    return _quantile(at, trim) / n, (_quantile(at, 1.0 - trim) + 1) / n


def _quantile(at: npt.NDArray[np.intp], q: float) -> float:
    """``np.quantile(at, q)`` of ascending ``at`` (not empty), its default "linear" method written out: the same
    float (the virtual index ``(n - 1) * q``, and numpy's two-sided interpolation between its neighbours), without
    numpy's argument handling, which was most of :func:`shared_span`'s time."""
    h = (at.size - 1) * q
    below = math.floor(h)
    t = h - below
    a = float(at[below])
    b = float(at[min(below + 1, at.size - 1)])
    step = b - a
    return b - step * (1.0 - t) if t >= 0.5 else a + step * t


def cut_head(a: Evidence, b: Evidence, p: DedupParams) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Do ``a`` and ``b`` begin with one text, after which each holds text of its own only — one of them the story cut
    short with another text (another story's start, a list of headlines) after the cut? What they share is one dense
    block (``_CUT_DENSE`` of its hashes shared) that starts each text (within ``_CUT_LEAD`` hashes), spans more than
    ``edge`` tokens of each, has next to nothing shared after it (``_CUT_STRAY``), and is at least ``cut_head`` of one
    text and ``_CUT_SMALLER`` of the other: more than a lead that two reports share (a third of each at most), and
    not pages of one template (a shared header *and* footer, or a footer alone: shared text after their own). Only the
    head: a shared block that ends one text and starts the other is also an excerpt of a story's later part with text
    of its own after it, which is no copy of the story's beginning. Returns, for ``a`` and for ``b``, the tokens
    between which its own text starts (the first token that differs lies in that range, both ends included), else
    None."""
    if not p.cut_head or min(a.n_shingles, b.n_shingles) < p.min_containment_shingles:
        return None
    x, y = _aligned(a, b, p.sample_mod)
    if x.hashes.size == 0 or y.hashes.size == 0:
        return None
    shares: list[float] = []
    ends: list[tuple[int, int]] = []
    for u, v in ((x, y), (y, x)):
        f = _LONE_HIT.sub(b"\x00", _flags(u.hashes, _distinct(v.hashes), u.sampled))
        first = f.find(1)
        m = _SHARED_RUN.match(f, first) if 0 <= first <= _CUT_LEAD else None
        if m is None:
            return None
        end = m.end()
        hits, block = f.count(1, first, end), end - first
        pos = u.positions
        if (
            hits < _CUT_DENSE * block
            or _strays(u.hashes, f, first, end) > _CUT_STRAY * hits
            or end == len(f)  # (text of its own after the head on both sides: else it is a plain containment)
            or int(pos[end - 1]) - int(pos[first]) + p.shingle <= p.edge
        ):
            return None
        shares.append(block / len(f))
        ends.append((int(pos[end - 1]) + p.shingle, int(pos[end]) + p.shingle - 1))  # (sampled: all it may be)
    if max(shares) < p.cut_head or min(shares) < _CUT_SMALLER:
        return None
    return ends[0], ends[1]


def cut_under(a: Evidence, b: Evidence, p: DedupParams) -> tuple[int, tuple[int, int], int] | None:
    """Does one text end with the other's head — a copy cut short with another text glued *before* it (the mirror of
    :func:`cut_head`)? The shared block is dense, starts the *original* (within ``_CUT_LEAD`` hashes) with text of its
    own after it, and ends the *copy* (at most ``edge`` tokens of its own after it: a "read on" line) with text of its
    own before it; next to nothing is shared outside it on either side; it is at least ``cut_head`` of one text and
    ``_CUT_SMALLER`` of the other. That is also the shape of a story and an excerpt of its later part with text of its
    own after it, so the caller asks the texts' lines too (``collapse._Run._cut_short``). Returns (0 when ``a`` is the
    copy, 1 when ``b`` is), the copy's tokens between which the block starts (its own text ends), and the copy's last
    token the block holds; else None."""
    if not p.cut_head or min(a.n_shingles, b.n_shingles) < p.min_containment_shingles:
        return None
    x, y = _aligned(a, b, p.sample_mod)
    if x.hashes.size == 0 or y.hashes.size == 0:
        return None
    fx = _LONE_HIT.sub(b"\x00", _flags(x.hashes, _distinct(y.hashes), x.sampled))
    fy = _LONE_HIT.sub(b"\x00", _flags(y.hashes, _distinct(x.hashes), y.sampled))
    for side, (c, fc, o, fo) in enumerate(((x, fx, y, fy), (y, fy, x, fx))):
        first = fo.find(1)
        m = _SHARED_RUN.match(fo, first) if 0 <= first <= _CUT_LEAD else None
        if m is None or m.end() == len(fo):
            continue
        last = fc.rfind(1)
        if last < 1 or int(c.positions[-1]) - int(c.positions[last]) > p.edge:
            continue
        mc = _SHARED_RUN.match(fc[::-1], len(fc) - 1 - last)
        start = len(fc) - mc.end() if mc is not None else 0
        if start < 1:
            continue
        blocks = ((o, fo, first, m.end()), (c, fc, start, last + 1))
        if not all(_cut_block(u, f, s, e, p) for u, f, s, e in blocks):
            continue
        shares = ((m.end() - first) / len(fo), (last + 1 - start) / len(fc))
        if max(shares) < p.cut_head or min(shares) < _CUT_SMALLER:
            continue
        cp = c.positions
        return side, (int(cp[start - 1]), int(cp[start])), int(cp[last]) + p.shingle - 1
    return None


_INSERT_DENSE = 0.75
"""Share of its hashes the original's shared head, and the copy's shared text outside its inserted block, must hold
(:func:`cut_inserted`): verbatim text with a few edits (a link or bold mark), not sentences scattered."""


def cut_inserted(a: Evidence, b: Evidence, p: DedupParams) -> bool:
    """Is one text the other's head with one block of its own inserted — a wire story re-edited locally: a title of its
    own, a local paragraph after the title or the lead, the story cut after some paragraphs? The *original*'s shared
    text is one dense block (:data:`_INSERT_DENSE`) that starts it (within ``_CUT_LEAD`` hashes), nothing shared after
    it; the *copy*'s shared text starts and ends within ``edge`` tokens of its ends and is dense outside its longest
    unshared run (the inserted block), with shared text on both sides of that run; the copy's shared text is at least
    ``cut_head`` of it, the original's block at least ``_CUT_SMALLER`` of it (or the other way round). Two reports
    under one lead go on each with a body of its own (the copy's own text at its end), pages of one template share a
    header and a footer (the original's shared text not one block at its head), two reports quoting one passage share
    a third of each at most."""
    if not p.cut_head or min(a.n_shingles, b.n_shingles) < p.min_containment_shingles:
        return False
    x, y = _aligned(a, b, p.sample_mod)
    if x.hashes.size == 0 or y.hashes.size == 0:
        return False
    fx = _LONE_HIT.sub(b"\x00", _flags(x.hashes, _distinct(y.hashes), x.sampled))
    fy = _LONE_HIT.sub(b"\x00", _flags(y.hashes, _distinct(x.hashes), y.sampled))
    return _inserted(x, fx, fy, p) or _inserted(y, fy, fx, p)


def _inserted(c: Evidence, fc: bytes, fo: bytes, p: DedupParams) -> bool:
    """:func:`cut_inserted` with ``c`` the copy (``fc``: which of its hashes the original holds; ``fo``: which of the
    original's the copy holds)."""
    first, end = fo.find(1), fo.rfind(1) + 1
    if not 0 <= first <= _CUT_LEAD or fo.count(1, first, end) < _INSERT_DENSE * (end - first):
        return False
    lo, hi = fc.find(1), fc.rfind(1)
    pos = c.positions
    if int(pos[lo]) - int(pos[0]) > p.edge or int(pos[-1]) - int(pos[hi]) > p.edge:
        return False
    gap = max(
        ((int(pos[m.end(1)]) - int(pos[m.start(1) - 1]), m.start(1), m.end(1)) for m in _INNER_GAP.finditer(fc, lo)),
        default=None,
    )
    if gap is None:
        return False
    _, gs, ge = gap
    hits = fc.count(1, lo, hi + 1)
    if hits < _INSERT_DENSE * (hi + 1 - lo - (ge - gs)):
        return False
    shares = (hits / len(fc), (end - first) / len(fo))
    return shares[0] >= p.cut_head and shares[1] >= _CUT_SMALLER


_LINED_SHARE = 0.3
"""Share of the brief's evidence, at least, that :func:`lined_head` asks to lie in the original's head (the lowest floor
of a rule, ``deleted_contained``): a two-paragraph brief in an AMP or print page holds as much chrome as story."""
_LINED_ORDER = 0.9
"""Share of the brief's shared hashes, at least, in the original's order (:func:`lined_head`)."""


def lined_head(a: Evidence, b: Evidence, p: DedupParams) -> bool:
    """Is one text a *brief* of the other — its head (a title and the first paragraphs) with lines of its own around and
    between them: a page's source, byline and share lines under the title, an advert line or a correction line between
    paragraphs, a "read the full story" line and share row after it? The *original*'s shared text is one dense block
    (:data:`_INSERT_DENSE`) that starts it (within ``_CUT_LEAD`` hashes), next to nothing shared after it
    (``_CUT_STRAY``), spanning more than ``edge`` tokens; the *brief*'s shared text starts and ends within ``edge``
    tokens of its ends, each run of its own between is at most ``edge`` tokens (a line or a few: no body of its own),
    its shared hashes lie in the original's order (:data:`_LINED_ORDER`) and are :data:`_LINED_SHARE` of it at least.
    Two reports under one title and lead go on each with a body of its own (a run longer than a line or two), pages
    of one template share a header *and* a footer (the original's shared text not one block at its head), a follow-up
    carries its predecessor's paragraphs at its end, two agencies share a quote inside their own text; two notices of
    one template, alike but for their dates and figures (short runs of their own all along), are
    :func:`figures_apart`."""
    if not p.cut_head or min(a.n_shingles, b.n_shingles) < p.short_containment_shingles:
        return False
    x, y = _aligned(a, b, p.sample_mod)
    if x.hashes.size == 0 or y.hashes.size == 0:
        return False
    fx = _LONE_HIT.sub(b"\x00", _flags(x.hashes, _distinct(y.hashes), x.sampled))
    fy = _LONE_HIT.sub(b"\x00", _flags(y.hashes, _distinct(x.hashes), y.sampled))
    return (_lined(x, fx, y, fy, p) or _lined(y, fy, x, fx, p)) and not figures_apart(a, b)


def _lined(c: Evidence, fc: bytes, o: Evidence, fo: bytes, p: DedupParams) -> bool:
    """:func:`lined_head` with ``c`` the brief (``fc``: which of its hashes the original holds; ``fo``: which of the
    original's the brief holds). The brief's conditions are asked of its text shared with the original's head."""
    first = fo.find(1)
    po = o.positions
    if first < 0 or int(po[first]) - int(po[0]) > p.edge:  # (a headline of its own: the brief's title rewritten)
        return False
    hits, end, seen = 0, -1, 0
    for m in _HIT_RUN.finditer(fo, first):  # the head: up to the last run that keeps it dense
        seen += m.end() - m.start()
        if seen >= _INSERT_DENSE * (m.end() - first):
            hits, end = seen, m.end()
    if end < 0 or int(po[end - 1]) - int(po[first]) + p.shingle <= p.edge:
        return False
    if _strays(o.hashes, fo, first, end) > _CUT_STRAY * hits:
        return False
    if end < len(fo):  # (asked of the brief's text shared with the head: a phrase the original says later is none)
        fc = _LONE_HIT.sub(b"\x00", _flags(c.hashes, _distinct(o.hashes[first:end]), c.sampled))
    lo, hi = fc.find(1), fc.rfind(1)
    pc = c.positions
    if lo < 0 or int(pc[lo]) - int(pc[0]) > p.edge or int(pc[-1]) - int(pc[hi]) > p.edge:
        return False
    if fc.count(1) < _LINED_SHARE * len(fc):
        return False
    for m in _INNER_GAP.finditer(fc, lo):  # (its own text: lines, not a body)
        if int(pc[m.end(1)]) - int(pc[m.start(1) - 1]) > p.edge + p.shingle:
            return False
    return _in_order(c, fc, o, fo) >= _LINED_ORDER


def _cut_block(u: Evidence, f: bytes, first: int, end: int, p: DedupParams) -> bool:
    """Is ``u``'s shared block ``[first, end)`` (``f``: which hashes are shared) dense, next to nothing shared outside
    it, and longer than ``edge`` tokens (:func:`cut_under`)?"""
    hits = f.count(1, first, end)
    return (
        hits >= _CUT_DENSE * (end - first)
        and _strays(u.hashes, f, first, end) <= _CUT_STRAY * hits
        and int(u.positions[end - 1]) - int(u.positions[first]) + p.shingle > p.edge
    )


def _strays(hashes: U32, flags: bytes, first: int, end: int) -> int:
    """The shared hashes outside ``hashes[first:end]`` (``flags``: which are shared) that are not that block's own
    repeated (a sentence that the text says twice, once inside the block)."""
    out = np.frombuffer(flags, dtype=np.uint8).astype(bool)
    out[first:end] = False
    if not out.any():
        return 0
    return int(np.count_nonzero(~_members(hashes[out], _distinct(hashes[first:end]))))


def framed_copy(text: Evidence, a: Evidence, b: Evidence, p: DedupParams) -> bool:
    """Is ``text`` (a copy both canonicals accept) nearly whole (≥ ``member_similarity``) in both ``a`` and ``b``, held
    in exactly one of them between a head and a tail of its own longer than ``edge`` tokens (a page template around a
    short story, the other canonical a longer text that holds the story), with no substitution between the two? Then
    the page's story is the other text's: a template page is too little of its own story for any verdict on the two
    canonicals. Pages of one template with different stories are a substitution of each other; a copy that is text
    both pages hold (a stub page, a sidebar) lies framed in both, or in neither; a copy below
    ``min_containment_shingles`` may be a headline that a template's list of related stories quotes."""
    if text.n_shingles < p.min_containment_shingles:  # (a headline-sized copy may be a line of a template's list)
        return False
    framed = [_framed(text, x, p) for x in (a, b)]
    if framed[0] == framed[1] or None in framed:
        return False
    v, w = compare(a, b, p), compare(b, a, p)
    return not (v.substitution or w.substitution)


def _framed(text: Evidence, page: Evidence, p: DedupParams) -> bool | None:
    """``text`` nearly whole in ``page`` (else None) and there framed by more than ``edge`` tokens on each side?"""
    if compare(text, page, p).contained < p.member_similarity:
        return None
    t, g = _aligned(text, page, p.sample_mod)
    flags = _flags(g.hashes, _distinct(t.hashes), g.sampled)
    first, last = flags.find(1), flags.rfind(1)
    if first < 0:
        return None
    pos = g.positions
    return int(pos[first]) - int(pos[0]) > p.edge and int(pos[-1]) - int(pos[last]) > p.edge


def without_list(ev: Evidence, start: int, k: int, letters: int = 0) -> Evidence:
    """``ev`` without the shingles that reach token ``start`` or beyond (a trailing list from there on); its character
    evidence kept, without the grams that reach letter ``letters`` or beyond (where the list starts among them), when
    that is given (else none kept)."""
    keep = ev.positions.astype(np.int64) + k <= start
    chars = None
    if letters > 0 and ev.chars is not None:
        c = ev.chars
        in_head = c.positions.astype(np.int64) + _CHAR_GRAM <= letters
        chars = Evidence(c.hashes[in_head], c.positions[in_head], c.sampled, min(c.n_shingles, letters))
    n = max(0, min(ev.n_shingles, start - k + 1))
    return Evidence(ev.hashes[keep], ev.positions[keep], ev.sampled, n, chars)


_CHAR_GRAM: Final = 4
"""Letters a character gram spans, at most (:func:`cleaner.dedup.signature.char_grams`: 2 from a CJK ideograph, 4 from
another)."""


def char_shares(a: Evidence, b: Evidence) -> tuple[float, float]:
    """The shares of ``a``'s distinct character grams found in ``b``'s and of ``b``'s in ``a``'s (their character
    evidence, aligned as :func:`chars_deleted` aligns it); 0 when either has none."""
    if a.chars is None or b.chars is None or a.chars.hashes.size == 0 or b.chars.hashes.size == 0:
        return 0.0, 0.0
    x, y = _aligned(a.chars, b.chars, CHAR_MOD)
    ux, uy = _distinct(x.hashes), _distinct(y.hashes)
    if not ux.size or not uy.size:
        return 0.0, 0.0
    if _common32 is not None and ux.dtype == np.uint32 and uy.dtype == np.uint32:
        inter = _common32(ux, uy)
    else:
        inter = int(np.count_nonzero(_members(ux, uy)))
    return inter / ux.size, inter / uy.size


def _own_list(ev: Evidence, start: int, other: Evidence, p: DedupParams) -> int:
    """Where the trailing list of ``ev`` (its shingles from token ``start`` on) starts when it is text of its own
    against ``other`` — at most an eighth of its hashes shared (a headline or two that the other text quotes too) —
    else 0. A template's lists and footer that two pages share are not. A shared run in the list's first quarter, with
    the rest its own, is the last words of a story cut inside a sentence (a short line that reads like a list line):
    the list starts after it."""
    x, y = _aligned(ev, other, p.sample_mod)
    inside = x.positions >= start
    if not inside.any():
        return 0
    flags = _flags(x.hashes[inside], _distinct(y.hashes), x.sampled)
    if 8 * flags.count(1) <= len(flags):
        return start
    cut = flags.rfind(1, 0, len(flags) // 4) + 1
    rest = flags[cut:]
    if not cut or 8 * rest.count(1) > len(rest) or len(rest) <= len(flags) // 2:
        return 0
    return int(x.positions[inside][cut])


def _continues(head: Evidence, other: Evidence, other_list: int, p: DedupParams) -> bool:
    """Does ``other`` hold more than ``edge`` tokens after the last hash it shares with ``head`` and before its own
    trailing list (from token ``other_list`` on): text of its own that goes on where ``head`` stops (the rest of a
    story whose beginning ``head`` is), not a list right after a head both share?"""
    y, x = _aligned(other, head, p.sample_mod)
    last = _flags(y.hashes, _distinct(x.hashes), y.sampled).rfind(1)
    return last >= 0 and other_list - int(y.positions[last]) - p.shingle > p.edge


def listed(
    a: Evidence,
    a_list: int,
    b: Evidence,
    b_list: int,
    p: DedupParams,
    shares: tuple[float, float] = (1.0, 1.0),
    letters: tuple[int, int] = (0, 0),
) -> Verdict | None:
    """The verdict on candidate ``a`` against canonical ``b`` once the *trailing list* of one of them is set aside
    (:mod:`cleaner.dedup.lists`: a block of short lines after the story, from token ``a_list`` / ``b_list`` on; 0
    when none), when that list is text of its own (:func:`_own_list`) and the rest is accepted (:func:`compare`, every
    guard included, but not the rule that sets aside a short head and tail of the candidate's own as well: with a list
    gone, a page's own text before it is no footer — the title of a template page's story that another text's list
    quotes is no reason to join it); else None. A repost cut short with a list of related headlines appended and its
    original share a head and each hold text of their own after it — the shape of two reports sharing a lead, refused
    — but what one of them adds is no report's body. When both end in a list of their own, a list is set aside only
    when it is shorter than the text before it, or the other text goes on past the head they share with text of its
    own before its list (:func:`_continues`): two pages that share a head and each list their own links right after
    it (index pages of one site) are not made one by what they share. A canonical that is less complete than the
    candidate without its list is asked as the copy (its words deleted here and there: :func:`deleted`), as it would
    have been, placed after the candidate, had it no list. ``shares``: what the verdict on the whole texts found of
    ``a`` in ``b`` and of ``b`` in ``a`` (or their character evidence, when more); a side whose share could not reach
    the lowest floor of a rule even were its list all it does not share is not asked (the cost of a comparison saved).
    ``letters``: where each list starts among the text's letters (its character evidence's positions; 0: unknown, and
    the text without its list is compared without its character evidence)."""
    k = p.shingle
    floor = min(p.deleted_contained or 1.0, p.scattered_contained, p.containment, p.short_containment)
    own = (
        _own_list(a, a_list, b, p) if a_list > k and shares[0] * (a.n_shingles + k - 1) >= floor * a_list else 0,
        _own_list(b, b_list, a, p) if b_list > k and shares[1] * (b.n_shingles + k - 1) >= floor * b_list else 0,
    )
    given = (a_list, b_list)  # (a list that starts later than read, after a shared run: its letter unknown)
    a_list, b_list = own[0] or a_list, own[1] or b_list
    for side, (ev, start) in enumerate(((a, a_list), (b, b_list))):
        if not own[side]:
            continue
        head = without_list(ev, start, k, letters[side] if start == given[side] else 0)
        other, other_list = (b, b_list) if side == 0 else (a, a_list)
        if own[1 - side] and 2 * start < ev.n_shingles + k - 1 and not _continues(head, other, other_list, p):
            continue
        # (and no own head and tail set aside besides: a page around a headline)
        if side == 0:
            v = compare(head, b, p, core=False)
        elif head.n_shingles < a.n_shingles:  # the canonical without its list is the less complete: asked as the copy
            w = compare(head, a, p, core=False)
            v = Verdict(w.jaccard, w.covers, w.contained, w.substitution, w.accepted)
        else:
            v = compare(a, head, p, core=False)
        if v.accepted:
            return v
    return None
