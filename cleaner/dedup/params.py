"""Parameters of the collapse, and the fingerprint that makes stored signatures comparable."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import cache, lru_cache
from importlib.metadata import version
from typing import Any

from cleaner._build import by_init
from cleaner.dedup.normalize import NORMALIZER_VERSION

__all__ = ["DedupParams"]


# (the installed versions, looked up once per process: ``importlib.metadata.version`` scans the installed
# distributions, ≈ 1.5 ms, and every batch of files builds its DedupParams)
@cache
def _datasketch_version() -> str:
    return f"datasketch-{version('datasketch')}-affine32"


@cache
def _opencc_version() -> str:
    return f"opencc-{version('opencc')}-t2s"


def _hash_version() -> str:
    from cleaner.dedup.signature import HASH_VERSION

    return HASH_VERSION


@cache
def _tokenizer_version() -> str:
    from cleaner.dedup.tokens import tokenizer_version

    return tokenizer_version("rjieba")


# Fields that decide what a signature, band key or evidence array *is*, or what a state keeps (``settled``):
# a state built with other values cannot be used by this run (fingerprint()).
_SIGNATURE_FIELDS = (
    "shingle",
    "num_perm",
    "bands",
    "rows",
    "seed",
    "minhash_mod",
    "window",
    "window_bands",
    "anchor_mod",
    "fine_mod",
    "sample_mod",
    "full_max",
    "tokenizer_version",
    "normalizer_version",
    "opencc_version",
    "minhash_version",
    "hash_version",
    "settled",
)


@dataclass(frozen=True, slots=True)
class DedupParams:
    """Everything the near-duplicate collapse depends on.

    Signature fields (listed in ``fingerprint()``) decide which stored
    signatures can be compared; decision fields (thresholds, restoration) may
    change between runs over one state.
    """

    # --- signatures ---------------------------------------------------------
    shingle: int = 4
    """Tokens per shingle (words for Chinese, white-space words for Latin text)."""
    num_perm: int = 128
    bands: int = 42
    rows: int = 3
    """LSH banding: a pair with Jaccard J becomes a candidate with P = 1-(1-J^rows)^bands."""
    seed: int = 1
    minhash_mod: int = 2
    """MinHash (and windows) over the shingles whose hash ≡ 0 mod this: a consistent sample, 1/mod the cost."""
    window: int = 192
    """Long texts are also indexed by the band keys of each window of this many shingles (stride window/2), so
    an excerpt or a story quoted inside a long page finds it (MinHash of the whole page would not); 0 = off."""
    window_bands: int = 21
    """Bands indexed per window (the first ones; a window key equals the same band's key of a short text)."""
    anchor_mod: int = 8
    """Texts are also indexed by *anchor pair* keys: each shingle whose hash ≡ 0 mod this with the next such
    shingle (:func:`cleaner.dedup.signature.anchor_keys`), so a short story inside a long page, or a short prefix
    of a text, finds it (their Jaccard similarity is far below what MinHash bands or windows catch); stored and
    looked up like window keys; 0 = off."""
    fine_mod: int = 4
    """Texts of at most ``full_max`` shingles also get *fine* anchor-pair keys, over the denser mod-this sample
    (:func:`cleaner.dedup.signature.fine_keys`): a tiny text (below ``min_containment_shingles``: a two-line story,
    a short teaser) has too few anchors for anchor-pair keys; a fine key pairs it with a text that holds the same
    stretch of ≈ this + k tokens (the page it was published in). Two texts that are not tiny, one of them short,
    need two shared fine or anchor-pair keys (a short bare story and its page); 0 = off."""
    index_windows: int = 84
    """A text's window keys *stored* in the index, at most (the lowest values: a consistent random subset); all
    of them are still looked up. Bounds the state of a long text (a state of a million stories stays under
    1 KB per story); not a signature field: states with other values stay comparable."""
    sample_mod: int = 8
    """Evidence keeps shingle hashes ≡ 0 mod this (1 in 8): ≈ 2.7 bytes per 8 tokens stored per story."""
    full_max: int = 512
    """Texts with at most this many shingles keep all of them as evidence (512: a short page's own story block is
    seen whole, not through a 1-in-8 sample — what keeps different stories in one portal template apart; ≈ 1.5 KB
    of state per such story)."""
    tokenizer: str = "rjieba"
    tokenizer_version: str = field(default_factory=_tokenizer_version)
    normalizer_version: str = NORMALIZER_VERSION
    opencc_version: str = field(default_factory=_opencc_version)
    minhash_version: str = field(default_factory=_datasketch_version)
    hash_version: str = field(default_factory=_hash_version)
    # --- decisions ----------------------------------------------------------
    jaccard: float = 0.5
    """A candidate joins a story when the Jaccard similarity with its canonical reaches this …"""
    containment: float = 0.7
    """… or when this share of the candidate's shingles is in the canonical (excerpts, truncated copies)."""
    min_containment_shingles: int = 40
    """Containment alone only counts for texts with at least this many shingles (not for a headline)."""
    short_containment_shingles: int = 20
    """A text with fewer shingles than ``min_containment_shingles`` but at least this many (a teaser, a short
    prefix, a short story published bare and inside a page) joins by containment alone …"""
    short_containment: float = 0.8
    """… when this share of it is in the canonical (stricter than ``containment``: few shingles, a noisier
    share). A headline (≈ 5-15 shingles) stays below the floor."""
    edge: int = 48
    """Containment may ignore a run of this many tokens or fewer at the start and at the end of the candidate
    that the canonical lacks (a portal header or footer, "……阅读全文") …"""
    core_containment: float = 0.85
    """… when this share of the rest is in the canonical …"""
    core_share: float = 0.4
    """… and at least this share of the whole candidate is (candidates of ``short_containment_shingles`` or more: a
    short bare story with an editor's line before it, too), or, in a full evidence, at least
    ``short_containment_shingles`` of its shingles are (a teaser between a portal's header and footer)."""
    substitution: int = 20
    """Tokens on *both* sides of one block that differs between shared text before and after it: different
    stories in one page template, never merged."""
    anchor: int = 2
    """Shared evidence hashes needed before and after such a block (the template's head and tail)."""
    substitution_share: float = 1 / 3
    """… and each of the two blocks holds at least this share of its side's unshared evidence (between its first
    and last shared hash): a different story in a template is most of what differs; one reworded sentence of a
    copy that differs in many small places (hard line wraps, edits) is not."""
    substitution_own: int = 2
    """… or, in a full evidence, the other side has a run of its own between the same frame, however short, holding
    this many tokens no shared shingle covers (0 = off): a page of the template whose story is a stub of a few words
    is no copy of one with a story (a copy's own runs opposite a block are junctions: words deleted there, none of
    its own)."""
    substitution_small: float = 0.08
    """A block of the ``substitution_share`` rule holding less than this share of its side's evidence counts only
    between ≥ 2 × ``substitution`` tokens of shared text on each side (a page template's head and tail): a title
    shared above two outlets' different leads or bylines is no template, nor one sentence reworded near the start of
    a copy with small edits all over (0 = every block counts, as before)."""
    substitution_block: int = 100
    """A block that differs between shared text before and after it is a substitution whatever its share when it
    spans this many tokens on both sides (0 = off): a different story in a page template whose sidebars and lists
    differ too (the story is then one of several differing blocks, not most of what differs). A reworded sentence,
    an edited paragraph or a different ad line is far shorter."""
    substitution_block_chance: float = 0.001
    """… and holds more evidence on each side than edits spread evenly at the pair's own rate of difference would
    leave missing in one run with this probability (two copies with words deleted all over both can miss one
    stretch of 100+ tokens together by chance; ``block_chance`` is the looser bar of the other rules)."""
    scattered_jaccard: float = 0.3
    """A candidate below ``jaccard`` and ``containment`` still joins when its Jaccard similarity reaches this …"""
    scattered_contained: float = 0.45
    """… this share of it is in the canonical, and the differences are *scattered*: no run of unshared text on
    either side is longer than differences spread evenly would leave (words deleted all over a copy), see
    ``block_chance``. A different story, or one with a shared lead and its own body, differs in a block."""
    aligned_segments: int = 4
    """A candidate at the floor of ``scattered_jaccard`` and ``scattered_contained`` also joins when it is
    *interleaved* with the canonical (a partial rewrite: two outlets' versions of one wire story): on each side at
    least this many runs of ≥ 2 shared evidence hashes (0 = off) …"""
    aligned_inner: float = 0.5
    """… at least this share of their hashes outside the first and the last run (shared text all along, not only a
    template's head and tail) …"""
    aligned_block: float = 0.5
    """… no run of unshared evidence (the ends included) holding more than this share of that side's unshared
    evidence (a different story in one template, or a different body under one lead, is one block) …"""
    aligned_order: float = 0.9
    """… and at least this share of the shared hashes in one order in both texts."""
    deleted_contained: float = 0.3
    """A candidate below the other rules still joins when this share of it (or more) is in the canonical (0 = off)
    and it is the canonical with words deleted (:func:`cleaner.dedup.verify.deleted`): its shared evidence in one
    order with the canonical's, spread over at least half of it, and between each two shared hashes in a row the
    candidate holds (nearly) no more text than the canonical (``deleted_excess``), while the canonical holds at most
    ``substitution`` tokens more (a word or a few, not a story of its own). Two outlets' reports of one event, which
    share sentences and reword the rest, hold their own wording between shared text on both sides."""
    deleted_excess: float = 0.05
    """… the candidate's tokens between shared hashes beyond the canonical's, as a share of its shared span, at most
    (Chinese words re-segment around a deleted word: a token or two)."""
    deleted_gaps: int = 8
    """… and at least this many gaps between shared hashes in one order (fewer say nothing about their shape)."""
    chars_contained: float = 0.5
    """A candidate that every rule on words refuses still joins when this share of its *character* evidence (or more)
    is in the canonical's (0 = off) and it is the canonical with characters deleted here and there
    (:func:`cleaner.dedup.verify.chars_deleted`; single characters dropped from words leave as many words, each of
    them another). Texts of a state written before character evidence was kept have none: not asked."""
    member_similarity: float = 0.9
    """A text no canonical accepts joins the story of a copy of this run that shares a key with it and holds this
    share of it (similarity; > 1 = off): a sentence-deleted repost of another outlet's rewrite joins the story
    the rewrite joined. Also a text accepted by a copy that lies this share or more in the canonical (the story
    without what the canonical adds: a copy with words deleted all over joins though the canonical is the story
    plus a block of headlines)."""
    list_lines: int = 4
    """A refused candidate is compared once more without the *trailing list* of one side — at least this many short
    lines that are no sentences after its story (:mod:`cleaner.dedup.lists`: related headlines, tags, links), text of
    its own there (:func:`cleaner.dedup.verify.listed`): a repost cut short with a list appended is its original's
    head (0 = off). The canonical's list is read only when it is a text of this run."""
    cut_head: float = 0.5
    """A refused candidate still joins when it and the canonical begin with one text — one dense shared block that
    starts each, at least this share of one of them (and a fifth of the other), with next to nothing shared after it
    — after which each holds text of its own (:func:`cleaner.dedup.verify.cut_head`): a repost cut short with another
    text or a list after the cut is its original's head. Two reports that share a lead share a third of each at most
    (0 = off)."""
    block_chance: float = 0.05
    """A run of unshared evidence is a *block* (a different text, not scattered edits) when differences spread
    evenly over the text, at its own rate, would leave one as long with a probability below this. Also the bar
    for a substitution's blocks when the two texts differ in more than a quarter of their evidence."""
    restore: bool = True
    """Restore short runs of words the canonical dropped when another copy aligns around them."""
    settled: float = 0.90
    """A near-duplicate copy whose similarity to its story's canonical is below this stays *movable*: the state
    keeps its evidence, and a story that appears later (or a canonical replaced later) that is a better home for
    it takes it over — as one run over all copies would have placed it. Copies at or above it keep nothing
    extra. Part of the fingerprint (it decides what a state holds)."""
    restore_max_chars: int = 40_000
    """Texts longer than this are not aligned for restoration (cost grows with length squared)."""
    template_stories: int = 3
    """A line (at least ``template_line_chars`` long) that this many or more stories hold, among a group of this
    run's stories that refused each other's texts, is *template* — a portal's header, footer, sidebar or "related"
    list, a shared stylesheet. After every text is placed, a story whose canonical holds template lines is compared
    once more without them against the stories it refused (or was refused by) that share one of its other lines
    and hold no template: a group of them with exactly one framed story is one story
    (:meth:`cleaner.dedup.collapse._Run.unframe`; the bare copy of a template page's short story, an article whose
    lead is a page's story). Lines count once per story, not per document, so the copies of one popular story do
    not make its lines template. 0 = off."""
    template_line_chars: int = 4
    """Shorter lines are never template (a lone "|", a date)."""
    split_stories: int = 5
    """After placement, a line that texts of this many or more stories of the run hold (within a group of stories that
    refused each other's texts) is template for :mod:`cleaner.dedup.split`: a story of this run with a text at least
    ``split_share`` template lines (by characters) is split when its texts without those lines collapse into several
    stories (pages of one portal's chrome with different stories). Higher than ``template_stories``: a story's
    copies left in three stories would call its own lines template. 0 = off."""
    split_share: float = 0.3
    """See ``split_stories``. 0 = off."""

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm:
            raise ValueError(f"bands*rows = {self.bands * self.rows} exceeds num_perm = {self.num_perm}")
        if min(self.shingle, self.num_perm, self.bands, self.rows, self.sample_mod) < 1:
            raise ValueError("shingle, num_perm, bands, rows and sample_mod must be ≥ 1")
        for name in (
            "jaccard",
            "containment",
            "short_containment",
            "core_containment",
            "core_share",
            "settled",
            "substitution_share",
            "substitution_block_chance",
            "substitution_small",
            "aligned_inner",
            "aligned_block",
            "aligned_order",
            "deleted_contained",
            "deleted_excess",
            "chars_contained",
            "cut_head",
        ):
            value = getattr(self, name)
            if not (isinstance(value, (int, float)) and 0.0 <= value <= 1.0):  # NaN fails too
                raise ValueError(f"{name} must be a number between 0 and 1, not {value!r}")
        for name in ("minhash_mod", "full_max", "min_containment_shingles", "short_containment_shingles", "edge",
                     "substitution", "substitution_block", "anchor", "substitution_own", "aligned_segments",
                     "member_similarity", "index_windows", "restore_max_chars", "seed", "anchor_mod",
                     "fine_mod", "template_stories", "template_line_chars", "split_stories", "split_share",
                     "deleted_gaps", "list_lines"):  # fmt: skip
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be ≥ 0, not {getattr(self, name)!r}")
        if self.minhash_mod < 1:
            raise ValueError("minhash_mod must be ≥ 1")
        if self.window and (self.window < 2 or self.window % 2 or not 0 < self.window_bands <= self.bands):
            raise ValueError("window must be even (or 0) and 0 < window_bands <= bands")
        if self.tokenizer != "rjieba" and self.tokenizer_version == _tokenizer_version():
            from cleaner.dedup.tokens import tokenizer_version

            object.__setattr__(self, "tokenizer_version", tokenizer_version(self.tokenizer))

    def __reduce__(self) -> tuple[type[DedupParams], tuple[Any, ...]]:
        return by_init(self)  # (through __init__: see cleaner._build.by_init)

    def signature_fields(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in _SIGNATURE_FIELDS}

    def fingerprint(self) -> str:
        """Hex digest of the signature fields: equal fingerprints ⇔ comparable signatures."""
        return _fingerprint(self)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=64)
def _fingerprint(params: DedupParams) -> str:
    """:meth:`DedupParams.fingerprint`, once per distinct parameters: every :func:`cleaner.dedup.collapse` asks it twice
    (its index and the check of its parameters), and the run's inner collapses (:mod:`cleaner.dedup.split`, ``unframe``)
    are many small ones (≈ 0.07 ms each time: JSON of the fields and a digest)."""
    blob = json.dumps(params.signature_fields(), sort_keys=True).encode("utf-8")
    return hashlib.blake2b(blob, digest_size=16).hexdigest()
