"""Reference copies of the dedup functions as they were before the speed work (commit 9f613b9), for tests that
assert the faster versions give identical results: ``compare`` (verify.py), ``restore`` (merge.py) and the
batch tokenizer of ``sketch_batch`` (signature.py), plus the band index of ``MemoryIndex`` as plain sets."""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

import numpy as np
import numpy.typing as npt

from cleaner.dedup.normalize import SPACE, blank_code_lines, fold, to_str
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import U32, _counts_between, _offsets
from cleaner.dedup.tokens import I64, cut_text
from cleaner.dedup.verify import Evidence, Verdict

# ---- verify.py ----


def _aligned(a: Evidence, b: Evidence, mod: int) -> tuple[Evidence, Evidence]:
    """Both evidences in the same space (a full one is sampled when the other is)."""
    if a.sampled == b.sampled:
        return a, b
    m = np.uint32(mod)
    if a.sampled:
        keep = b.hashes % m == 0
        return a, Evidence(b.hashes[keep], b.positions[keep], True, b.n_shingles)
    keep = a.hashes % m == 0
    return Evidence(a.hashes[keep], a.positions[keep], True, a.n_shingles), b


def _inner_misses(shared: npt.NDArray[np.bool_]) -> int:
    hits = np.flatnonzero(shared)
    return 0 if hits.size == 0 else int(hits[-1] - hits[0] + 1 - hits.size)


def _substitution(
    a: Evidence,
    in_b: npt.NDArray[np.bool_],
    b: Evidence,
    in_a: npt.NDArray[np.bool_],
    span: int,
    anchor: int,
    k: int,
    share: float = 0.0,
    least_abs: tuple[float, float] = (0.0, 0.0),
    own: int = 0,
    small: float = 0.0,
) -> bool:
    """Is there a run of ``a`` missing from ``b`` spanning ≥ ``span`` tokens, framed by ≥ ``anchor`` shared
    hashes on each side, while ``b`` has one run of its own spanning ≥ ``span`` tokens between the same frame?
    (Junctions left by a moved paragraph or deleted words are short runs; a different story is one long run.)"""
    # the inner runs of misses (shared text before and after) are the gaps between consecutive shared hashes
    hits = np.flatnonzero(in_b)
    if hits.size < 2 * anchor:
        return False
    gap = np.flatnonzero(np.diff(hits) > 1)
    if gap.size == 0:
        return False
    starts, ends = hits[gap] + 1, hits[gap + 1]
    pos = a.positions
    # spanning ≥ span tokens, framed by ≥ anchor shared hashes on each side
    ok = pos[ends - 1].astype(np.int64) - pos[starts] + k >= span
    ok &= ends - starts >= share * _inner_misses(in_b)  # holding ≥ share of the misses (December 2026)
    ok &= ends - starts >= least_abs[0]  # and ≥ an absolute count (the story-sized rule; December 2026)
    if small:  # a small run counts only between ≥ 2 span tokens of shared text on each side (December 2026)
        head = pos[starts - 1].astype(np.int64) - int(pos[hits[0]])
        tail = int(pos[hits[-1]]) - pos[np.minimum(ends, pos.size - 1)].astype(np.int64)
        ok &= (ends - starts >= small * a.hashes.size) | (np.minimum(head, tail) + k >= 2 * span)
    ok &= gap + 1 >= anchor
    ok &= hits.size - gap - 1 >= anchor
    first_pos: dict[int, int] | None = None
    frames = np.minimum(gap + 1, hits.size - gap - 1)[ok].tolist()  # shared hashes before / after, the fewer
    for s, e, frame in zip(starts[ok].tolist(), ends[ok].tolist(), frames, strict=True):
        if first_pos is None:  # built only for a long framed run (rare): first index of each hash of b
            hb = b.hashes.tolist()
            first_pos = dict(zip(reversed(hb), range(len(hb) - 1, -1, -1), strict=True))
        px, py = first_pos.get(int(a.hashes[s - 1])), first_pos.get(int(a.hashes[e]))
        if px is None or py is None or py <= px + 1:
            continue
        least = max(share * _inner_misses(in_a), least_abs[1])
        if _longest_run_span(~in_a[px + 1 : py], b.positions[px + 1 : py], k, least) >= span:
            return True
        # a stub page of a template (December 2026): a long frame, what differs mostly there on both sides, and a
        # few tokens of b's own (no shared shingle covers them) between the frame
        if own and not b.sampled and frame >= 2 * span:
            mostly = e - s > 0.5 * _inner_misses(in_b) and int((~in_a[px + 1 : py]).sum()) > 0.75 * int((~in_a).sum())
            in_a_all = set(a.hashes.tolist())
            shared = [i for i in range(px, py + 1) if int(b.hashes[i]) in in_a_all]
            gaps_ = [int(b.positions[y]) - int(b.positions[x]) - k for x, y in itertools.pairwise(shared)]
            if mostly and max(gaps_, default=0) >= own:
                return True
    return False


def _longest_run_span(miss: npt.NDArray[np.bool_], positions: U32, k: int, least: float = 0.0) -> int:
    """Tokens covered by the longest run of consecutive misses holding ≥ ``least`` of them (0 if none)."""
    if not miss.any():
        return 0
    edges = np.diff(np.concatenate(([0], miss.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    keep = ends - starts >= least
    if not keep.any():
        return 0
    starts, ends = starts[keep], ends[keep]
    return int((positions[ends - 1].astype(np.int64) - positions[starts].astype(np.int64)).max()) + k


def ref_compare(cand: Evidence, canon: Evidence, params: DedupParams) -> Verdict:
    """Verdict on a candidate's evidence against a canonical's."""
    a, b = _aligned(cand, canon, params.sample_mod)
    if a.hashes.size == 0 or b.hashes.size == 0:
        return Verdict(0.0, 0.0, 0.0, False, False)
    # Evidence arrays are short (≈ 1 hash per sample_mod tokens): Python sets beat numpy's sort-based set ops.
    la, lb = a.hashes.tolist(), b.hashes.tolist()
    sa, sb = set(la), set(lb)
    inter = len(sa & sb)
    jac = inter / (len(sa) + len(sb) - inter)
    contained = inter / len(sa)
    covers = inter / len(sb)
    in_b = np.fromiter(map(sb.__contains__, la), dtype=bool, count=len(la))
    big_enough = min(cand.n_shingles, canon.n_shingles) >= params.min_containment_shingles
    in_a = np.fromiter(map(sa.__contains__, lb), dtype=bool, count=len(lb))
    if not a.sampled:  # a lone shared hash between misses of a full evidence is a chance agreement (December 2026)
        in_b, in_a = _no_lone_hits(in_b), _no_lone_hits(in_a)
    k, span, anchor = params.shingle, params.substitution, params.anchor
    spread = _ref_scattered(in_b, a, 1 - contained, k, params.block_chance) and _ref_scattered(
        in_a, b, 1 - covers, k, params.block_chance
    )
    similar = (
        jac >= params.jaccard
        or (big_enough and max(contained, covers) >= params.containment)
        or (  # (texts of short_containment_shingles or more since December 2026; was big_enough)
            min(cand.n_shingles, canon.n_shingles) >= params.short_containment_shingles
            and (  # or a full evidence's shared part as large as a short text (December 2026)
                contained >= params.core_share or (not a.sampled and inter >= params.short_containment_shingles)
            )
            and _core_contained(a, in_b, _ref_edge(a, in_b, in_a, covers, params)) >= params.core_containment
            and not _ref_behind_own(a, in_b, b, in_a, params)  # (not a follow-up's carried paragraphs; Dec. 2026)
        )
        or (  # a short text contained (December 2026)
            params.short_containment_shingles
            <= min(cand.n_shingles, canon.n_shingles)
            < params.min_containment_shingles
            and max(contained, covers) >= params.short_containment
        )
        or (  # scattered edits (added with the scattered rule; December 2026)
            big_enough and jac >= params.scattered_jaccard and contained >= params.scattered_contained and spread
        )
    )
    # a substitution can only refuse: looked for when the pair would otherwise be accepted (and its differences
    # are not scattered)
    sub = False
    if similar and len(sa) > inter and len(sb) > inter and not spread:  # text of its own on both sides
        share, own = params.substitution_share, params.substitution_own
        small = params.substitution_small
        sub = _substitution(a, in_b, b, in_a, span, anchor, k, share, own=own, small=small) or _substitution(
            b, in_a, a, in_b, span, anchor, k, share, own=own, small=small
        )
        block = params.substitution_block  # a story-sized block on both sides, whatever its share (December 2026)
        if not sub and block:  # each run also beyond a chance run of evenly spread edits (block_chance's rule)
            chance = params.substitution_block_chance
            la = _ref_block_units(1 - contained, a, k, chance) * (1 if a.sampled else k)
            lb = _ref_block_units(1 - covers, b, k, chance) * (1 if b.sampled else k)
            sub = _substitution(a, in_b, b, in_a, block, anchor, k, least_abs=(la, lb)) or _substitution(
                b, in_a, a, in_b, block, anchor, k, least_abs=(lb, la)
            )
        if not sub and a.sampled and max(contained, covers) >= params.containment:  # a story cut by a shared line
            jb, ja = _no_lone_hits(in_b), _no_lone_hits(in_a)  # (December 2026: the share rule against a story)
            if (jb != in_b).any() or (ja != in_a).any():
                big = (0.0, params.substitution_block / params.sample_mod)
                sub = _substitution(a, jb, b, ja, span, anchor, k, share, least_abs=big, small=small) or _substitution(
                    b, ja, a, jb, span, anchor, k, share, least_abs=big, small=small
                )
    return Verdict(jac, contained, covers, sub, similar and not sub)


def _no_lone_hits(x: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    lone = x.copy()
    lone[0] = lone[-1] = False
    lone[1:-1] &= ~x[:-2] & ~x[2:]
    return x & ~lone


def _ref_block_units(q: float, ev: Evidence, k: int, chance: float) -> int:
    """Units (a sampled hash, or k hashes of a full evidence) a run of misses must hold before evenly spread misses
    of rate q leave one as long with probability < chance."""
    units = max(1.0, ev.hashes.size / (1 if ev.sampled else k))
    if q <= 0:
        return 1
    if q >= 1:
        return int(units) + 1
    return max(1, int(np.ceil(np.log(chance / units) / np.log(q))))


def _ref_scattered(shared: npt.NDArray[np.bool_], ev: Evidence, q: float, k: int, chance: float) -> bool:
    """The misses strictly between the first and the last shared hash form ≥ 3 runs, the longest (in units: a
    sampled hash, or k hashes of a full evidence, rounded up) shorter than the block length at which evenly
    spread misses of rate q leave such a run with probability < chance, and holding less than half of them."""
    hits = np.flatnonzero(shared)
    if hits.size < 2:
        return False
    gaps = np.diff(hits) - 1
    runs = gaps[gaps > 0]
    if runs.size < 3:
        return False
    most = int(runs.max())
    need = _ref_block_units(q, ev, k, chance)
    longest = most if ev.sampled else -(-most // k)
    return longest < need and 2 * most < int(runs.sum())


def _ref_edge(
    a: Evidence, in_b: npt.NDArray[np.bool_], in_a: npt.NDArray[np.bool_], covers: float, p: DedupParams
) -> int:
    """The own head and tail the core rule sets aside: ``edge`` tokens, or the shared span's own length when ``a``
    holds at least 0.4 of ``b`` from inside it (``b`` has misses before its first and after its last shared hash)."""
    hits, held = np.flatnonzero(in_b), np.flatnonzero(in_a)
    if hits.size == 0 or covers < 0.4 or held.size == 0 or held[0] == 0 or held[-1] == in_a.size - 1:
        return p.edge
    return max(p.edge, int(a.positions[hits[-1]]) - int(a.positions[hits[0]]))


def _ref_behind_own(
    a: Evidence, in_b: npt.NDArray[np.bool_], b: Evidence, in_a: npt.NDArray[np.bool_], p: DedupParams
) -> bool:
    """The part of ``a`` found in ``b`` lies behind a head of ``a``'s own of at least 4 shingles of tokens, and in
    ``b`` its longest shared run (the later one of equal runs) ends ``b`` (≤ ``edge`` tokens after it) behind more
    misses of ``b`` than ``b`` shares with ``a`` in all: a follow-up ending with its predecessor's background."""
    hits = np.flatnonzero(in_b)
    if hits.size == 0 or hits[0] == 0 or int(a.positions[hits[0]]) - int(a.positions[0]) < 4 * p.shingle:
        return False
    best = (0, 0)  # (size, start) of the longest run of shared hashes in b, the later of equal ones
    i = 0
    while i < in_a.size:
        if in_a[i]:
            j = i
            while j < in_a.size and in_a[j]:
                j += 1
            best = max(best, (j - i, i))
            i = j
        else:
            i += 1
    size, start = best
    if size == 0 or int(b.positions[-1]) - int(b.positions[start + size - 1]) > p.edge:
        return False
    return int(start - in_a[:start].sum()) > int(in_a.sum())


def _core_contained(a: Evidence, in_b: npt.NDArray[np.bool_], edge: int) -> float:
    """Share of ``a`` found in the other text once a short unshared head and tail (≤ ``edge`` tokens each) are
    set aside: a portal's header and footer around a repost, a "read more" line after an excerpt."""
    hits = np.flatnonzero(in_b)
    if hits.size == 0:
        return 0.0
    first, last = int(hits[0]), int(hits[-1])
    pos = a.positions
    if first and int(pos[first - 1]) - int(pos[0]) >= edge:
        return 0.0
    if last < pos.size - 1 and int(pos[-1]) - int(pos[last + 1]) >= edge:
        return 0.0
    return hits.size / (last - first + 1)


# ---- merge.py ----

_SENTENCE = re.compile(r"[^。！？；!?;\n.]*(?:(?:\.(?! )[^。！？；!?;\n.]*)*)(?:[。！？；!?;\n]|\. |\.$)?|.+", re.S)


def ref_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s]


def _pairs(cs: list[str], first_at: dict[str, int], os_: list[str]) -> list[tuple[int, str]]:
    """(canonical sentence index, copy sentence) for runs of differing sentences of the copy that sit between
    the same shared sentences as an equally long run of the canonical — a one-to-one alignment, in linear time."""
    out: list[tuple[int, str]] = []
    prev_at = -1  # canonical index of the last shared sentence
    run: list[str] = []
    for o in [*os_, None]:
        at = first_at.get(o, -2) if o is not None else len(cs)
        if at == -2:
            run.append(o)  # type: ignore[arg-type]
            continue
        if run and at - prev_at - 1 == len(run):
            out.extend(zip(range(prev_at + 1, at), run, strict=True))
        run = []
        prev_at = at
    return out


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _inserts(canon: str, other: str, lo: int, hi: int, max_insert: int, context: int) -> dict[int, str]:
    """Insertions into ``canon[lo:hi]`` found by a character diff against ``other``."""
    found: dict[int, str] = {}
    ops = SequenceMatcher(None, canon, other, autojunk=False).get_opcodes()
    for idx in range(1, len(ops) - 1):
        tag, i1, _i2, j1, j2 = ops[idx]
        if tag != "insert" or j2 - j1 > max_insert or not lo <= i1 <= hi:
            continue
        before, after = ops[idx - 1], ops[idx + 1]
        if before[0] != "equal" or after[0] != "equal":
            continue
        if before[2] - before[1] < context or after[2] - after[1] < context:
            continue
        piece = other[j1:j2]
        if any(ch.isalnum() for ch in piece):
            found[i1] = piece
    return found


def ref_restore(
    canonical: str,
    others: list[str],
    *,
    max_insert: int = 12,
    context: int = 6,
    max_chars: int = 40_000,
) -> tuple[str, int]:
    """``canonical`` with the runs restored from ``others``, and how many runs were restored."""
    if not others or len(canonical) > max_chars:
        return canonical, 0
    cs = ref_sentences(canonical)
    offsets = [0]
    for s in cs:
        offsets.append(offsets[-1] + len(s))
    first_at: dict[str, int] = {}
    for i, sent in enumerate(cs):
        first_at.setdefault(sent, i)
    inserts: dict[int, str] = {}
    for other in others:
        if len(other) > max_chars or other == canonical:
            continue
        for i, o in _pairs(cs, first_at, ref_sentences(other)):
            grown = len(o) - len(cs[i])
            if grown <= 0 or grown > 4 * max_insert or not _is_subsequence(cs[i], o):
                continue  # only a sentence that is the canonical's plus insertions
            prev = cs[i - 1][-2 * context :] if i > 0 else ""
            nxt = cs[i + 1][: 2 * context] if i + 1 < len(cs) else ""
            local = _inserts(prev + cs[i] + nxt, prev + o + nxt, len(prev), len(prev) + len(cs[i]), max_insert, context)
            for pos, piece in local.items():
                inserts.setdefault(offsets[i] + pos - len(prev), piece)
    if not inserts:
        return canonical, 0
    out: list[str] = []
    last = 0
    for pos in sorted(inserts):
        out.append(canonical[last:pos])
        out.append(inserts[pos])
        last = pos
    out.append(canonical[last:])
    return "".join(out), len(inserts)


# ---- signature.py ----


def ref_batch_tokens(texts: list[str], tokenizer: str) -> tuple[U32, I64, I64, I64]:
    """Folded code points of ``texts`` joined by line breaks, their tokens' (starts, ends) in text order and
    the tokens per text: the tokens :func:`cleaner.dedup.tokens.token_bounds` gives text by text (runs of
    non-spaces for texts without CJK, the segmenter's tokens otherwise), with one numpy call per step."""
    n = len(texts)
    lens = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    # (lines that read as code are spaces: blank_code_lines, added with NORMALIZER_VERSION 5)
    cps = fold("\n".join(map(blank_code_lines, texts)))  # a line break folds to a space: no token crosses texts
    first = _offsets(lens + 1)[:-1]
    last = first + lens
    cjk = (cps >= 0x3400) & (cps <= 0x9FFF)
    segmented = _counts_between(cjk, np.stack((first, last), axis=1).ravel())[::2] > 0
    norm = to_str(cps) if segmented.any() else ""
    cut_docs = np.flatnonzero(segmented)
    spans = zip(first[cut_docs].tolist(), last[cut_docs].tolist(), strict=True)
    cuts = [cut_text(norm[a:b], tokenizer) for a, b in spans]
    per = np.fromiter(map(len, cuts), dtype=np.int64, count=len(cuts))
    tl = np.fromiter(map(len, itertools.chain.from_iterable(cuts)), dtype=np.int64, count=int(per.sum()))
    whole = np.diff(_offsets(tl)[_offsets(per)]) == lens[cut_docs]
    if not whole.all():  # never seen; token_bounds falls back to runs of non-spaces too
        segmented[cut_docs[~whole]] = False
        tl, per, cut_docs = tl[np.repeat(whole, per)], per[whole], cut_docs[whole]
    # runs of non-spaces, for the texts without CJK
    word = np.zeros(cps.size + 2, dtype=np.int8)
    word[1:-1] = cps != SPACE
    edges = np.diff(word)
    run_s, run_e = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    run_doc = np.searchsorted(first, run_s, side="right") - 1
    latin = ~segmented[run_doc]
    run_s, run_e, run_doc = run_s[latin], run_e[latin], run_doc[latin]
    if cut_docs.size:
        docs = cut_docs
        seg_e = np.cumsum(tl) + np.repeat(first[docs] - _offsets(lens[docs])[:-1], per)
        seg_s = seg_e - tl
        seg_doc = np.repeat(docs, per)
        keep = cps[seg_s] != SPACE  # a space is a token of its own; every other character is a word's
        seg_s, seg_e, seg_doc = seg_s[keep], seg_e[keep], seg_doc[keep]
        at = np.searchsorted(seg_s, run_s) + np.arange(run_s.size)
        total = seg_s.size + run_s.size
        starts, ends, tok_doc = (np.empty(total, dtype=np.int64) for _ in range(3))
        rest = np.ones(total, dtype=bool)
        rest[at] = False
        for out, x, y in ((starts, seg_s, run_s), (ends, seg_e, run_e), (tok_doc, seg_doc, run_doc)):
            out[at] = y
            out[rest] = x
    else:
        starts, ends, tok_doc = run_s.astype(np.int64), run_e.astype(np.int64), run_doc
    # neighbouring tokens not starting or ending with a CJK ideograph (a word of other letters than ASCII and CJK,
    # cut letter by letter): one
    text = to_str(cps)
    js: list[int] = []
    je: list[int] = []
    jd: list[int] = []
    prev_plain = False
    for s, e, d in zip(starts.tolist(), ends.tolist(), tok_doc.tolist(), strict=True):
        plain = not any(0x3400 <= ord(c) <= 0x9FFF for c in (text[s], text[e - 1]))
        if plain and prev_plain and je[-1] == s:
            je[-1] = e
        else:
            js.append(s)
            je.append(e)
            jd.append(d)
        prev_plain = plain
    starts, ends = np.array(js, dtype=np.int64), np.array(je, dtype=np.int64)
    tok_doc = np.array(jd, dtype=np.int64)
    return cps, starts, ends, np.bincount(tok_doc, minlength=n).astype(np.int64)


# ---- index.py: the band index of MemoryIndex, as one set of stories per key ----


class RefBands:
    def __init__(self) -> None:
        self.bands: dict[int, set[str]] = {}

    def candidates(self, band_keys: list[int] | tuple[int, ...]) -> list[str]:
        found: set[str] = set()
        for k in band_keys:
            found |= self.bands.get(k, set())
        return sorted(found)

    def index(self, story_id: str, band_keys: list[int] | tuple[int, ...]) -> None:
        for k in band_keys:
            self.bands.setdefault(k, set()).add(story_id)
