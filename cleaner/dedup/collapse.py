"""Near-duplicate collapse: map → group → merge.

1. **map** (pure, per batch of distinct texts, on the executor):
   :func:`cleaner.dedup.signature.sketch_batch_job` → one :class:`~cleaner.dedup.signature.Sketch`
   per text (band keys + evidence, no text), the same as text by text — or given
   (``sketches=``: the pipeline sketches each batch of files where it cleaned them).
2. **group**: texts are taken most complete first (longest normalised text;
   ties by content id, so input order and worker count never matter). One sort
   of all band keys of the run pairs each text with the earlier texts sharing a
   key (:func:`_pairs_by_key`); their stories, and the stories an index from an
   earlier run holds under the text's keys, are its candidates.
3. **verify** each candidate against that story's *canonical* copy only
   (:func:`cleaner.dedup.verify.compare`); no transitive merging, so a shared
   template or footer cannot chain two stories together.
4. **merge**: the text joins the best accepted story, or starts a new story
   whose id is its content id. The canonical of a new story is its most
   complete copy; short runs of words it dropped are restored from copies that
   align around them (:mod:`cleaner.dedup.merge`, per story on the executor).
   A given index learns each text's story as it goes (the default one, which
   nobody asks again, is not written at all).
   A copy that contains and outgrows several stories of earlier runs (it would
   have been their canonical in one run over all their copies) merges them into
   the one it joins; their ids then resolve to it (``CollapseResult.merged``).
   A copy that the canonicals of several stories of this run accept, whose
   canonicals are related (:func:`cleaner.dedup.verify.related`: two versions of
   one story that refused each other), bridges them into the one it joins.
5. **move**: a copy whose similarity to its story is below ``DedupParams.settled``
   is *movable* (the index keeps its evidence). A text that starts a new story,
   or becomes a story's canonical, is checked against the movable copies of the
   stories its keys found; a copy it suits better (higher similarity; equal: the
   smaller story id) moves to it (``CollapseResult.moved``) — where one run
   seeing both stories would have put it, whichever arrived (or, in one run,
   was processed) first. Canonical copies never move; story ids never change.

Exact duplicates (same content id, in this run or recorded in the index) take
the fast path and are never hashed.
"""

from __future__ import annotations

import inspect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from types import GeneratorType
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from cleaner.dedup.fields import FieldStore, StoryFields, copy_meta, merge_fields, story_fields
from cleaner.dedup.index import (
    BandTable,
    CopyEntry,
    DedupIndex,
    MemoryIndex,
    StoryEntry,
    absorbed_by,
    resolve_merged,
)
from cleaner.dedup.lists import list_offset, tokens_after
from cleaner.dedup.merge import restore
from cleaner.dedup.normalize import SPACE, matching_code_points, normalize
from cleaner.dedup.params import DedupParams
from cleaner.dedup.runtime import lean
from cleaner.dedup.signature import (
    ANCHOR_BIT,
    FINE_BIT,
    MAX_SKETCH_CHARS,
    Sketch,
    flat_keys,
    sketch_batch,
    sketch_batch_job,
    sketch_batches,
    split_keys,
    text_bounds,
)
from cleaner.dedup.split import connected, prose, split_parts
from cleaner.dedup.tokens import I64
from cleaner.dedup.verify import (
    Evidence,
    Verdict,
    char_shares,
    compare,
    cut_head,
    cut_inserted,
    cut_under,
    deleted_copy,
    edge_gaps,
    edge_own,
    framed_copy,
    inner_block,
    lined_head,
    listed,
    related,
    rewritten,
    shared_span,
    similarity,
    sketch_evidence,
    without_list,
)
from cleaner.document import Document, Source, content_id
from cleaner.errors import UsageError
from cleaner.execution.executor import Executor, SerialExecutor

__all__ = ["CollapseResult", "collapse", "collapse_docs"]

RESTORED_META = "dedup.restored"
MERGED_META = "dedup.merged"
"""On an update record: ids of earlier stories now part of this one (space-separated); they resolve to it."""
MOVED_META = "dedup.moved_from"
"""On a story or update record: ids of earlier stories (space-separated) that gave up a copy to it — copies
recorded by an earlier run whose better home this is (their sources are now listed here, not there)."""
_MAX_RESTORE_COPIES = 8
_MEMBERS = 2
"""Copies of this run's stories asked (:meth:`_Run._by_member`) when no canonical accepts a text."""
_FORMER_KEPT = 2
"""A replaced canonical of a stored story stays in the state as a movable copy while the story holds fewer movable
copies than this (:meth:`_Run._keep_former`): its state grows by at most that many evidence samples."""
_WITNESSES = 4
"""Other copies of a story asked whether a copy of it is their copy both ways (:meth:`_Run._witnessed`)."""
_LARGER = 0.5
"""A text accepted by two stories' canonicals that holds at least this share of each (and no canonical frames a block of
its own: :meth:`_Run._larger_part`) makes them one: each canonical is that text plus a smaller block at its edge."""
_GAP = 0.1
"""A text that two canonicals accept bridges them as their larger part (:meth:`_Run._larger_part`) unless one lacks more
than this share of it as a block at its head and the other as a block at its tail: the text then overlaps each on one
side (an excerpt whose own head and own tail are two other stories' text), not the story both copied."""
_PART = 0.75
"""A text that one canonical accepts while it covers less than this share of it is a *part* of that canonical
(:meth:`_Run._digest`): the story without an appended block, a prefix, or one story of a page that holds two."""
_PART_SPAN = 0.3
"""A part of a canonical spans at least this share of it (:data:`_PART_TRIM` of its shared hashes at each end set aside)
to count in :meth:`_Run._digest`: two stories glued in one page are each about half of it, while a truncated copy and an
excerpt of one story's later part that share nothing are, together, at most the story (one of them a third or less)."""
_PART_TRIM = 0.05
"""The share of a part's shared hashes at each end set aside when its span is measured (:func:`verify.shared_span`)."""
_CUT_ASKED = 0.45
"""A refused pair is asked whether both begin with one text, one of them cut short with text of its own after the cut
(:func:`cleaner.dedup.verify.cut_head`), only when one text has at least this share of it in the other (the head must
be half of one text)."""
_LINED_ASKED = 0.3
"""A refused pair is asked whether one text is a brief of the other (:func:`cleaner.dedup.verify.lined_head`) only when
one text has at least this share of it in the other (that rule's own floor)."""
_PIECE = 32
"""Characters of a copy's last shared words looked for in its original (:meth:`_Run._goes_on`), at most: the words
before the cut on its line."""
_TITLE = 80
"""A story's first line of at most this many characters is its title (:meth:`_Run._goes_on`)."""
_SENTENCE_ENDS = frozenset("。！？!?.…；;”’\"')）")
"""The last character of a sentence (:meth:`_Run._goes_on`: a copy cut inside a sentence ends on none of these)."""
_CHROME_LINE = 40
"""A line of at most this many characters that ends on no sentence mark (:data:`_SENTENCE_ENDS`) is page chrome for
:meth:`_Run._unchromed`: a title, a source and time line, a breadcrumb."""
_CLAUSE = re.compile(r"[，。！？；、]|[,.!?;:] ")
"""A clause or sentence mark (a Latin one before a space): a line without one is no story's text (:func:`prose_of`)."""
_CHROME_ASKED = 0.5
"""A refused pair is compared again with the text's chrome lines set aside (:meth:`_Run._unchromed`) only when it has at
least this share of it in the other."""
_SITED_ASKED = 0.1
"""A refused pair is compared again with a page set to its own prose (:meth:`_Run._on_site`) only when one has at least
this share of it in the other."""
_SITE_TEXTS = 5
"""Texts of the run that hold a line or a sampled evidence value, at least, for it to be site material
(:meth:`_Run._sited`, :meth:`_Run._own_lines`): a page and four other pages of its site."""
_SITE_SHARE = 0.5
"""Share of a page's lines other than prose whose sampled evidence the run shows as site material, at least
(:meth:`_Run._sited`)."""
_SITE_OWN = 0.9
"""A text whose prose lines hold at least this share of its characters is no page (:meth:`_Run._sited`)."""
_SITE_LINES = 3
"""Site lines a page holds, at least, to be compared on its own prose (:meth:`_Run._own_lines`)."""
_SITE_LINE = 4
"""Characters of a line, at least, for :meth:`_Run._own_lines` to count the texts holding it."""
_SITE_SAID = 2
"""Lines with a clause mark a text shares with a page, at least, to be one of its copies, not a page of its site
(:meth:`_Run._own_lines`)."""
_SITE_HEADLINE = 24
"""A line with a clause mark of at most this many characters may be a headline (a related list's, which a site's pages
share), not a sentence of a story (:meth:`_Run._own_lines`)."""
_SITE_BATCH = 64
"""Texts whose prose lines :meth:`_Run._sited` sketches in one batch, at most."""
_SITE_LEAST = 4
"""Sampled evidence values a page's other lines hold, at least, for the run to show them as site material."""
_CHROME_HEAD = 2
"""Chrome lines a text's head holds, at least, for it to be compared without them (:meth:`_Run._unchromed`): a title
and a source and time line under it."""
_LIST_ASKED = 0.15
"""A refused pair is compared again without a trailing list (:meth:`_Run._listed`) only when one text has at least this
share of it in the other: setting a list aside lifts a share of 0.15 to the lowest floor of a rule (0.3) only when the
list is half the text. (The cost: reading and segmenting the list, and a comparison, per such pair; on dedup_corpus4's
dev seeds no pair accepted without a list had a share below 0.22.)"""


@dataclass(slots=True)
class CollapseResult:
    stories: list[Document] = field(default_factory=list)
    """New stories, in order of first appearance in the input."""
    updates: list[Document] = field(default_factory=list)
    """Stories from an earlier run (in the index) whose canonical was replaced by a more complete copy:
    same story id, the new canonical text, all known sources."""
    documents: int = 0
    exact_duplicates: int = 0
    """Copies whose content id was seen before (earlier in this input or in the index)."""
    near_duplicates: int = 0
    """Distinct texts merged into a story after verification."""
    attached: int = 0
    """Copies recorded against stories of an earlier run."""
    already_seen: int = 0
    """Copies whose source (path, record, segment, content id) was already recorded: a rerun adds nothing."""
    candidates: int = 0
    """Candidate (text, story) pairs verified."""
    rejected: int = 0
    substitutions: int = 0
    """Candidates refused because a different block sits between shared text (one template, two stories)."""
    restored: int = 0
    """Runs of words restored into canonical texts."""
    merged: int = 0
    """Stories merged into another: of earlier runs, when a copy in this run contained and outgrew both; of this run,
    when a copy both canonicals accept bridged them (:meth:`_Run._bridge`)."""
    split: int = 0
    """Stories split off a story of this run whose texts were one story only by the run's template lines
    (:meth:`_Run.split`)."""
    moved: int = 0
    """Movable copies (similarity below ``DedupParams.settled``) moved to a story found later that suits them
    better (a new story, or one whose canonical was replaced)."""
    too_large: list[str] = field(default_factory=list)
    """Ids of texts longer than :data:`~cleaner.dedup.signature.MAX_SKETCH_CHARS`: not compared (memory per text
    bounded), each a story of its own (exact copies, the same text, still join it). Not in :meth:`counts`."""

    def counts(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "stories": len(self.stories),
            "updates": len(self.updates),
            "exact_duplicates": self.exact_duplicates,
            "near_duplicates": self.near_duplicates,
            "attached": self.attached,
            "already_seen": self.already_seen,
            "candidates": self.candidates,
            "rejected": self.rejected,
            "substitutions": self.substitutions,
            "restored": self.restored,
            "merged": self.merged,
            "moved": self.moved,
            "split": self.split,
        }


def _content_id(text: str) -> str:
    try:
        return content_id(text)
    except UnicodeError:  # lone surrogates
        return content_id(text.encode("utf-8", "replace").decode("utf-8"))


def distinct_ids(docs: Iterable[Document]) -> list[Document]:
    """``docs``, where a document whose ``id`` repeats an earlier one's with another text (two records a caller
    gave the same id) is a copy with the id ``ID~CONTENT_ID``: the collapse takes an id for its text (an exact
    copy is merged unread), so the later text would be lost. Copies of one text under one id stay as they are."""
    out = _checked(docs)
    first: dict[str, int] = {}
    content: dict[int, str] = {}
    for i, d in enumerate(out):
        if not d.id:
            continue
        j = first.setdefault(d.id, i)
        if j == i or out[j].text == d.text:
            continue
        if j not in content:
            content[j] = _content_id(out[j].text)
        own = _content_id(d.text)
        if own != content[j]:  # (texts that differ in white space only share a content id: one text)
            out[i] = replace(d, id=f"{d.id}~{own}")
    return out


def _checked(docs: Iterable[object]) -> list[Document]:
    """``docs`` as a list, each a :class:`Document` with a ``str`` text and id, or a ``TypeError`` naming the first
    that is not (a caller's list of strings or of records with no text fails here, not deep in the collapse). A
    generator read to its end before (a second ``collapse(gen)``, or ``list(gen)`` for a count first) is a
    :class:`~cleaner.errors.UsageError`: it gave 0 stories without a word (helper hostile27)."""
    if isinstance(docs, GeneratorType) and inspect.getgeneratorstate(docs) == inspect.GEN_CLOSED:
        raise UsageError(
            "collapse() was given a generator that was read to its end before (a generator gives its items once): "
            "pass a list, or make a new generator"
        )
    out: list[Document] = []
    for i, d in enumerate(docs):
        if not isinstance(d, Document):
            raise TypeError(f"collapse() takes Document records: item {i} is a {type(d).__name__}")
        if not isinstance(d.text, str) or not isinstance(d.id, str):
            bad = "text" if not isinstance(d.text, str) else "id"
            got = type(getattr(d, bad)).__name__
            raise TypeError(f"collapse(): item {i} (id {d.id!r}) has a {got} {bad}, not a str")
        raw: Any = d  # (read untyped: compiled, a typed read of a None field raises)
        if raw.meta is None or raw.sources is None or raw.removed is None or raw.title is None:  # None for "none"
            d = replace(
                d, meta=raw.meta or {}, sources=raw.sources or [], removed=raw.removed or {}, title=raw.title or ""
            )
        sources: Any = d.sources
        if not all(isinstance(s, Source) for s in sources):
            got = next(type(s).__name__ for s in sources if not isinstance(s, Source))
            raise TypeError(f"collapse(): item {i} (id {d.id!r}) has a {got} among its sources, not a Source")
        out.append(d)
    return out


def text_ids(docs: list[Document]) -> list[str]:
    """The id the collapse takes for each document's text: its ``id`` (empty: its content id), or the first such id
    of an identical text, so that a text given twice under two ids is one text (an exact copy, merged unread, as
    ``cleaner run``'s content ids make it), however short or repetitive."""
    ids = [d.id or _content_id(d.text) for d in docs]
    first: dict[str, str] = {}  # text → its first id (the text is its own key: its hash is made once per string)
    for i, d in enumerate(docs):
        if d.id:  # (an empty id is the content id already)
            ids[i] = first.setdefault(d.text, ids[i])
    return ids


def _sources_of(doc: Document, doc_id: str) -> list[Source]:
    if doc.sources:  # (this copy's title; every other field as the reader gave it)
        return [
            Source(
                s.path, s.record, s.segment, s.url, s.similarity, doc_id, doc.title, input_id=s.input_id, extra=s.extra
            )
            for s in doc.sources
        ]
    return [Source(path=doc.url or "", url=doc.url, doc_id=doc_id, title=doc.title)]


def _batches(jobs: list[tuple[str, str]], workers: int) -> list[list[tuple[str, str]]]:
    """:func:`sketch_batches`, with at least 4 batches per worker when there are enough texts and several workers (one
    worker takes the largest batches: a batch costs a few dozen numpy calls whatever its size, and the run's inner
    collapses of a few texts each were cut into batches of one text)."""
    if workers <= 1:
        return sketch_batches(jobs)
    return sketch_batches(jobs, per=-(-len(jobs) // (workers * 4)))


_PAIRED_BUCKET = 32
"""Band keys held by at most this many texts of a run are expanded into text pairs; a larger bucket (a page
template, a stock phrase) is looked up key by key instead, so a run never builds bucket² pairs. An anchor-pair
key (:data:`ANCHOR_BIT`) held by more texts is boilerplate (a portal's header or footer, a stock line): it
finds nothing."""


TEMPLATE_KEY_STORIES = 5
"""A key that texts of this many stories of the run or more hold is a *template key*: a portal's stylesheet, navigation,
footer or hot list, which every page of the portal holds whatever its story (the count of :mod:`cleaner.dedup.split`'s
template lines, ``DedupParams.split_stories``). A story that a text's keys find only by template keys is refused
unread (:meth:`_Run._unread`): a story's copies join one story, so its own keys stay with a few stories."""


class _Via:
    """Which key found the pairs of :func:`_pairs_by_key` (for :meth:`_Run._unread`): ``groups`` holds, for each pair
    (``later * n + earlier``) that no key held by fewer than :data:`TEMPLATE_KEY_STORIES` texts found, the group of the
    smallest key the two texts share (``start * (cap + 1) + size``: its texts are ``who[start:start + size]``, by their
    place in merge order; the first such group in the order the pairs were found); a pair not in it was found by a
    small key (it reads)."""

    __slots__ = ("groups", "n", "who")

    def __init__(self, n: int) -> None:
        self.n = n
        self.groups: dict[int, int] = {}
        self.who: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)

    def note(
        self,
        found: npt.NDArray[np.int64],
        least: npt.NDArray[np.int64],
        code: npt.NDArray[np.int64],
        group: npt.NDArray[np.int64],
        cap: int,
        who: npt.NDArray[np.int64],
    ) -> None:
        """Record the pairs ``found`` (codes, ascending) whose smallest shared key (``least``: its texts) is held by
        :data:`TEMPLATE_KEY_STORIES` texts or more, with that key's group (``code``, ``group``: every pair found, with
        the group of the key that found it, in the order found)."""
        self.who = who
        large = least >= TEMPLATE_KEY_STORIES
        if not large.any():
            return
        pairs, sizes = found[large], least[large]
        size = group % (cap + 1)
        keep = size >= TEMPLATE_KEY_STORIES
        code, group, size = code[keep], group[keep], size[keep]
        at = np.minimum(np.searchsorted(pairs, code), pairs.size - 1)
        match = (pairs[at] == code) & (size == sizes[at])
        place, first = np.unique(at[match], return_index=True)  # (the first occurrence of each pair's smallest key)
        self.groups = dict(zip(pairs[place].tolist(), group[match][first].tolist(), strict=True))

    def group(self, later: int, earlier: int) -> int:
        """The group recorded for the pair (-1: found by a small key)."""
        return self.groups.get(later * self.n + earlier, -1)

    def holders(self, g: int, cap: int) -> npt.NDArray[np.int64]:
        """The texts (places in merge order) holding the key of group ``g``."""
        start, size = divmod(g, cap + 1)
        return self.who[start : start + size]


def _distinct_lines(text: str) -> set[str]:
    """The distinct lines of ``text``, stripped, of :data:`_SITE_LINE` characters or more."""
    return {y for y in map(str.strip, text.split("\n")) if len(y) >= _SITE_LINE}


class _LineHolders:
    """Which texts of a run hold each line (stripped, :data:`_SITE_LINE` characters or more), kept as the hashes of
    every text's distinct lines (``hash``), sorted, with the texts' numbers: no Python object a line of the run (the
    run's texts are mostly lines of one text). Exact: a line asked (:meth:`of`) is looked for in the lines of each
    text holding its hash. The lines held by :data:`_SITE_TEXTS` texts or more are found once (:attr:`crowded`: every
    line of a hash that many texts hold, with its holders)."""

    __slots__ = ("crowded", "known", "lines", "texts", "values", "who")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        parts: list[npt.NDArray[np.int64]] = []
        for text in texts:
            held = _distinct_lines(text)
            parts.append(np.fromiter(map(hash, held), dtype=np.int64, count=len(held)))
        sizes = np.fromiter((x.size for x in parts), dtype=np.int64, count=len(parts))
        values = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        order = np.argsort(values)
        self.values: npt.NDArray[np.int64] = values[order]
        self.who: npt.NDArray[np.int64] = np.repeat(np.arange(len(texts), dtype=np.int64), sizes)[order]
        self.lines: dict[int, set[str]] = {}
        """A text (number) → its distinct lines, for the texts read again (:meth:`_lines_of`)."""
        self.known: dict[str, list[int]] = {}
        """A line → the texts holding it, for the lines asked (:meth:`of`) and the crowded ones."""
        self.crowded: list[str] = []
        """The lines held by :data:`_SITE_TEXTS` texts or more."""
        if self.values.size:
            first = np.ones(self.values.size, dtype=np.bool_)
            first[1:] = self.values[1:] != self.values[:-1]
            starts = np.flatnonzero(first)
            runs = np.diff(np.append(starts, self.values.size))
            many = set(self.values[starts[runs >= _SITE_TEXTS]].tolist())
            if many:
                self._crowd(many)

    def _crowd(self, many: set[int]) -> None:
        """The lines whose hash is one of ``many`` (held that often), each with the texts holding it (:attr:`known`,
        :attr:`crowded`)."""
        at = np.isin(self.values, np.fromiter(many, dtype=np.int64, count=len(many)))
        found: dict[str, list[int]] = {}
        for n in np.unique(self.who[at]).tolist():
            for x in self._lines_of(n):
                if hash(x) in many:
                    found.setdefault(x, []).append(n)
        self.known.update(found)
        self.crowded = [x for x, held in found.items() if len(held) >= _SITE_TEXTS]

    def _lines_of(self, n: int) -> set[str]:
        """The distinct lines of text ``n``."""
        got = self.lines.get(n)
        if got is None:
            got = self.lines[n] = _distinct_lines(self.texts[n])
        return got

    def of(self, x: str) -> list[int]:
        """The texts holding line ``x`` (stripped), in their order: none for a line under :data:`_SITE_LINE`
        characters."""
        got = self.known.get(x)
        if got is not None:
            return got
        if len(x) < _SITE_LINE:
            return []
        h = hash(x)
        lo = int(np.searchsorted(self.values, h, side="left"))
        hi = int(np.searchsorted(self.values, h, side="right"))
        held = [n for n in sorted(self.who[lo:hi].tolist()) if x in self._lines_of(n)]  # (not another line's hash)
        self.known[x] = held
        return held


def short_texts(n_shingles: npt.NDArray[np.int64], params: DedupParams) -> npt.NDArray[np.bool_]:
    """Which texts (by their shingle counts) are *short*: an anchor-pair key pairs two texts only when one of them
    is (:func:`_pairs_by_key`). Without windows every text is."""
    if not params.window:
        return np.ones(n_shingles.size, dtype=bool)
    return n_shingles <= 2 * params.window


def brief_texts(n_shingles: npt.NDArray[np.int64], params: DedupParams) -> npt.NDArray[np.bool_]:
    """Which texts are *brief*: below one window (``window`` shingles, at least ``min_containment_shingles``), which
    no window key finds inside a page. A fine anchor-pair key pairs two texts only when one of them is
    (:func:`_pairs_by_key`): a bare short story and the page it was published in."""
    return n_shingles < max(params.window, params.min_containment_shingles)


def _few(flat: I64, counts: I64, tiny: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Per text (keys as :func:`cleaner.dedup.signature.flat_keys` gives them): does one shared anchor-pair key pair
    it (:func:`_pairs_by_key`)? Yes for a ``tiny`` text, and for one with fewer than two (not fine) anchor-pair keys:
    a short prefix whose shingles happen to hold one or two anchors could never share two. (Components connect on
    every such key: this pairs nothing across them.)"""
    owner = np.repeat(np.arange(counts.size), counts)
    anchors = np.bincount(owner[(flat >= ANCHOR_BIT) & (flat < ANCHOR_BIT | FINE_BIT)], minlength=counts.size)
    return tiny | (anchors < 2)


def _pairs_by_key(
    flat: npt.NDArray[np.int64],
    counts: npt.NDArray[np.int64],
    cap: int = _PAIRED_BUCKET,
    short: npt.NDArray[np.bool_] | None = None,
    tiny: npt.NDArray[np.bool_] | None = None,
    few: npt.NDArray[np.bool_] | None = None,
    brief: npt.NDArray[np.bool_] | None = None,
    via: _Via | None = None,
) -> tuple[list[list[int]], list[list[int]]]:
    """For the texts in merge order, given their keys (:func:`cleaner.dedup.signature.flat_keys`): per text, the
    earlier texts sharing one of its band keys (ascending), and its keys of buckets larger than ``cap`` (not the
    anchor-pair keys among them: those find nothing). With ``short`` (per text), an anchor-pair key pairs two
    texts only when one of them is short: long texts that contain one another are found by their windows, and
    what two long texts share besides is mostly boilerplate. Two texts that only anchor-pair keys pair must share
    two of them, unless one has only a few (``few``, else ``tiny``); a *fine* one (:data:`FINE_BIT`) pairs two texts
    only when one of them is ``tiny`` (it then counts alone) or ``brief`` (it then needs a second shared key, as an
    anchor-pair key does: a bare short story of 40+ shingles may share one anchor-pair key or none with the template
    page it was published in, but a fine key per ≈ 4 shared shingles). ``via``, when given, gets which key found each
    pair (:class:`_Via`).

    The grouping step of map → group by band key → merge, with one sort instead of a dictionary operation
    per key: nearly every key is held by one text (nothing to pair) or by a handful of copies."""
    n = counts.size
    pairs: list[list[int]] = [[] for _ in range(n)]
    big: list[list[int]] = [[] for _ in range(n)]
    if flat.size < 2:
        return pairs, big
    bits, packed, ordered, head, who = _sorted_entries(flat, counts)
    start = np.ones(head.size + 1, dtype=bool)  # entry i starts a key's group (one past the end: True)
    np.not_equal(head[1:], head[:-1], out=start[1:-1])
    shared = ~(start[:-1] & start[1:])  # not alone in its group
    if not shared.any():
        return pairs, big
    head, who = head[shared], who[shared]
    start = np.ones(head.size, dtype=bool)
    np.not_equal(head[1:], head[:-1], out=start[1:])
    group = np.cumsum(start) - 1
    firsts = np.flatnonzero(start)
    size = np.diff(np.append(firsts, head.size))[group]
    small = size <= cap
    if not small.all():
        key = head[~small]
        if packed:  # the high bits back to the key
            key = ordered[np.searchsorted(ordered >> bits, key)]
        band = key < ANCHOR_BIT
        for k, w in zip(key[band].tolist(), who[~small][band].tolist(), strict=True):
            big[w].append(k)
    place = (np.arange(head.size) - firsts[group])[small]  # each entry's place in its key's group
    who, head = who[small], head[small]
    # (each entry's group as one number, its first entry among the kept ones and its size: what `via` records)
    held = (np.arange(who.size) - place) * (cap + 1) + size[small] if via is not None else None
    anchor_bit = ANCHOR_BIT >> bits if packed else ANCHOR_BIT
    is_anchor = head >= anchor_bit
    long_anchor = is_anchor & ~short[who] if short is not None else None  # (held by a long text)
    fine_bit = (ANCHOR_BIT | FINE_BIT) >> bits if packed else ANCHOR_BIT | FINE_BIT
    not_tiny = (head >= fine_bit) & ~tiny[who] if tiny is not None else None  # (a fine key of a text not tiny)
    one = few if few is not None else tiny  # (texts one shared anchor-pair key pairs)
    later: list[npt.NDArray[np.int64]] = []
    earlier: list[npt.NDArray[np.int64]] = []
    by_anchor: list[npt.NDArray[np.bool_]] = []
    groups: list[npt.NDArray[np.int64]] = []
    # each entry with the one `gap` places before it in its group (entries of groups larger than `gap` only: most
    # groups are two copies, so the later gaps look at few entries, not at all of them)
    at = np.flatnonzero(place >= 1)
    for gap in range(1, cap):
        if not at.size:
            break
        before = at - gap
        kept: npt.NDArray[np.bool_] | None = None
        if long_anchor is not None:
            kept = ~(long_anchor[at] & long_anchor[before])
        both_fine: npt.NDArray[np.bool_] | None = None
        if not_tiny is not None:
            both_fine = not_tiny[at] & not_tiny[before]
            if brief is not None:  # a fine key of two texts not tiny: one of them brief …
                fine_ok = ~both_fine | brief[who[at]] | brief[who[before]]
                kept = fine_ok if kept is None else kept & fine_ok
        i, j = (at, before) if kept is None else (at[kept], before[kept])
        a, b = who[i], who[j]
        later.append(np.maximum(a, b))
        earlier.append(np.minimum(a, b))
        alone = is_anchor[i]
        if one is not None:
            alone &= ~(one[a] | one[b])
        if both_fine is not None:  # … and a second shared key
            alone |= both_fine if kept is None else both_fine[kept]
        by_anchor.append(alone)
        if held is not None:
            groups.append(held[i])
        at = at[place[at] > gap]
    if later:
        sizes = [g % (cap + 1) for g in groups] if via is not None else None
        found, least = _twice_found(later, earlier, by_anchor, n, sizes, cap)
        for c in found.tolist():
            pairs[c // n].append(c % n)
        if via is not None:
            code = np.concatenate(later) * n + np.concatenate(earlier)
            via.note(found, least, code, np.concatenate(groups), cap, who)
    return pairs, big


def _sorted_entries(
    flat: npt.NDArray[np.int64], counts: npt.NDArray[np.int64]
) -> tuple[int, bool, npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The key entries of :func:`_pairs_by_key` sorted by key: ``(bits, packed, ordered, head, who)`` — ``who`` the
    text of each entry, ``head`` its key (its high bits when ``packed``: keys shifted right by ``bits``), ``ordered``
    the keys sorted. One integer per entry, (key's high bits, text), sorted by value: a plain (SIMD) sort is ≈ 6x
    faster than ordering the entries by key. Exact only while no two keys share their high bits — checked on the
    sorted keys; otherwise the entries' order is sorted the slow way."""
    n = counts.size
    bits = max(1, (n - 1).bit_length())
    owner = np.repeat(np.arange(n, dtype=np.int64), counts)
    ordered = np.sort(flat)
    high = ordered >> bits
    if np.count_nonzero(high[1:] != high[:-1]) == np.count_nonzero(ordered[1:] != ordered[:-1]):
        entries = np.sort((flat >> bits) << bits | owner)
        return bits, True, ordered, entries >> bits, entries & ((1 << bits) - 1)
    order = np.argsort(flat)
    return bits, False, ordered, flat[order], owner[order]


def _twice_found(
    later: list[npt.NDArray[np.int64]],
    earlier: list[npt.NDArray[np.int64]],
    by_anchor: list[npt.NDArray[np.bool_]],
    n: int,
    sizes: list[npt.NDArray[np.int64]] | None = None,
    cap: int = 0,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The pairs (code ``later * n + earlier``, ascending) found by a band or window key, or by two anchor-pair keys:
    each pair comes once per shared key; a pair only anchor-pair keys find needs two of them (a shared stretch of
    three anchors, ≈ 20 tokens, or two stretches): one is often a stock phrase. (Pair code and weight as one
    integer: one plain sort.) With ``sizes`` (the texts holding each key, at most ``cap``), also the smallest of each
    pair's keys (sorted in the same integer, below the pair code); else zeros."""
    code = np.concatenate(later) * n + np.concatenate(earlier)
    wide = cap + 1 if sizes is not None else 1
    if sizes is not None:
        code = code * wide + np.concatenate(sizes)
    found = np.sort(code * 2 + ~np.concatenate(by_anchor))
    code, weight = found >> 1, 1 + (found & 1)
    pair = code // wide if sizes is not None else code
    start = np.ones(code.size, dtype=bool)
    np.not_equal(pair[1:], pair[:-1], out=start[1:])
    first = np.flatnonzero(start)
    total = np.add.reduceat(weight, first) if first.size else weight[:0]
    kept = first[total >= 2]
    return pair[kept], (code[kept] % wide if sizes is not None else np.zeros(kept.size, dtype=np.int64))


def collapse(
    docs: Iterable[Document],
    *,
    params: DedupParams | None = None,
    executor: Executor | None = None,
    index: DedupIndex | None = None,
    sketches: Mapping[str, Sketch] | None = None,
) -> CollapseResult:
    """Collapse near-duplicate documents into stories (see module doc).

    ``index`` is the dedup state: a fresh :class:`MemoryIndex` by default; pass
    the same one (or a persistent one) again to dedup across runs — copies of
    stories it already holds are recorded against them, not emitted again.
    The executor (default: in process) runs the per-text map step. ``sketches`` (content id → sketch, made
    with the same ``params``) are used instead of mapping those texts again (the pipeline sketches each file's
    documents where it cleans them).

    A document's ``id`` stands for its text (empty: the content id, :func:`cleaner.document.content_id`). Two
    documents given one id with different texts are both kept (the later one's id becomes ``ID~CONTENT_ID``), and
    one text given under several ids is one text (:func:`text_ids`);
    with a stored ``index``, ids of texts recorded by earlier runs are taken as those texts, so give content ids
    (or none) there.
    """
    with lean():  # (numpy in plain pages, the collector paused: cleaner.dedup.runtime)
        res = _collapsed(distinct_ids(docs), params or DedupParams(), executor or SerialExecutor(), index, sketches)
    return res


def _collapsed(
    docs: list[Document],
    params: DedupParams,
    ex: Executor,
    index: DedupIndex | None,
    sketches: Mapping[str, Sketch] | None,
) -> CollapseResult:
    """:func:`collapse`'s run. Its own function so that the run's objects are freed (by reference counting) when it
    returns, before :func:`lean` turns the collector on again: held until then, they made the collection that the
    next allocation starts walk all of them (≈ 0.01 CPU-s on the speed corpus, for nothing)."""
    run = _Run(docs, params, ex, index)
    run.sketch(sketches or {})  # 1. map
    for pos, did in enumerate(run.order):  # 2-4. group, verify, merge — most complete first
        run.place(pos, did)
    run.rehome()  # a smaller story whose canonical is a copy, both ways, of texts that joined one other story
    run.unframe()  # stories framed by the run's template lines, compared once more without them
    run.split()  # stories whose texts are one story only by template lines: split (cleaner.dedup.split)
    run.undigest()  # a page holding two stories whole that it kept apart, which no text copies whole: alone
    run.record_sources()  # sources, in input order
    run.emit()
    run.idx.commit()
    return run.res


HELD_PAIRS = 1_000
"""At most this many pairs of texts are compared before a story joins one as large as itself (:meth:`_Run._held`):
two large stories of one size are left apart rather than compared copy by copy."""


class _Run:
    """The state of one :func:`collapse`: the texts in order, the stories found so far, and the index."""

    def __init__(self, docs: list[Document], params: DedupParams, ex: Executor, index: DedupIndex | None) -> None:
        self.docs, self.params, self.ex = docs, params, ex
        self.stored = index is not None
        self.idx: DedupIndex = index if index is not None else MemoryIndex(params)
        self.idx.check_params(params)
        self.res = CollapseResult(documents=len(docs))
        self.ids = text_ids(docs)
        self.first: dict[str, int] = {}
        """Content id → index of its first document."""
        self.story_of: dict[str, str] = {}
        """Content id → story."""
        self.sketch_of: dict[str, Sketch] = {}
        self.order: list[str] = []
        """The texts to place, most complete first."""
        self.pairs: list[list[int]] = []
        self.via = _Via(0)
        """Which key found each of :attr:`pairs` (:meth:`_unread`)."""
        self.unread: set[str] = set()
        """The stories the text being placed found by template keys alone (:meth:`_unread`)."""
        self.crowded: list[list[int]] = []
        self.run_bands = BandTable(limit=_PAIRED_BUCKET)  # (a key of more stories than that is a template's)
        """This run's stories by the keys of crowded buckets (the rest pair texts directly: ``pairs``)."""
        self.entries: dict[str, StoryEntry] = {}
        """Canonical copies of the stories this run created or changed."""
        self.evidences: dict[str, tuple[StoryEntry, Evidence]] = {}
        """A story of :attr:`entries` → its entry and that entry's evidence, made when a text first asked it
        (:meth:`evidence`)."""
        self.keys_of: dict[str, Sequence[int]] = {}
        self.verdicts: dict[str, Verdict] = {}
        self.new: dict[str, StoryEntry] = {}
        self.updated: dict[str, str] = {}
        self.merged_into: dict[str, str] = {}
        """Stories of earlier runs found to be one story in this run → the story they joined."""
        self.run_movable: dict[str, dict[str, CopyEntry]] = {}
        """This run's movable copies by story when nobody keeps the index (a given index keeps them itself)."""
        self.moved_in: dict[str, list[str]] = {}
        """Story → the stories that gave it a copy recorded by an earlier run (``MOVED_META``)."""
        self.pos_of: dict[str, int] = {}
        self.accepted: dict[str, Verdict] = {}
        """The stories whose canonical accepted the text being placed, with the verdicts (:meth:`_best`)."""
        self.refusals: dict[str, set[str]] = {}
        """A story → the stories that refused one of its texts, or one of whose texts it refused."""
        self.near: dict[str, float] = {}
        """The similarity of the text being placed to the canonical of each story its keys found (:meth:`_best`); a
        story found by template keys alone holds 0.0 here until :meth:`_near` reads its similarity."""
        self.near_unread: list[tuple[str, Evidence, Evidence]] = []
        """The stories of :attr:`near` whose similarity is not read yet: story, the text's evidence, the canonical's."""
        self.lists: dict[str, int] = {}
        """A text of this run → the token its trailing list starts at, 0 when none (:meth:`list_start`)."""
        self.list_letters: dict[str, int] = {}
        """A text of this run with a trailing list and character evidence → the letter (character evidence position)
        its list starts at (:meth:`list_start`)."""
        self.placing = ""
        """The text being placed (:meth:`place`)."""
        self.prose: dict[str, Evidence | None] = {}
        """A text of this run → the evidence of its text without chrome lines, None when it has too few
        (:meth:`_unchromed`)."""
        self.cut: set[str] = set()
        self.sited: dict[str, Evidence | None] = {}
        """A text of this run → the evidence of its own prose lines when the rest of it is site material
        (:meth:`_sited`), None when it is not such a page."""
        self.holders: _LineHolders | None = None
        """Which of this run's texts hold each line (:meth:`_line_holders`)."""
        self.text_no: dict[str, int] = {}
        self.site_lines: set[str] = set()
        """The lines of this run's texts that may be site lines (:meth:`_own_lines`): no clause mark, held by
        :data:`_SITE_TEXTS` texts or more (:meth:`_line_holders`)."""
        self.site_count: Counter[int] = Counter()
        """A text of this run (its number, :attr:`text_no`) → how many of :attr:`site_lines` it holds."""
        self.held: tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]] | None = None
        """The sampled evidence values of this run's texts and how many texts hold each (:meth:`_site_held`)."""
        self.passed: dict[str, list[str]] = {}
        """A story of this run → the texts its canonical accepted that joined another story (:meth:`rehome`)."""
        """The stories of :attr:`accepted` whose canonical shares only its head with the text (:meth:`_cut_short`)."""
        self.token_starts: tuple[str, I64] = ("", np.zeros(0, dtype=np.int64))
        """The text being placed, when :meth:`_in_line` has read it, and where its tokens start in it."""
        self.related_of: dict[tuple[str, str], bool] = {}
        """(canonical, canonical) → :func:`cleaner.dedup.verify.related` of them (:meth:`_related`)."""
        self.spans: dict[str, list[tuple[float, float, str]]] = {}
        """A canonical → the spans of it (shares of its evidence, :func:`cleaner.dedup.verify.shared_span`) that the
        texts of this run it accepted as a part lie in, with those texts (:meth:`_digest`)."""
        self.digests: set[str] = set()
        """The stories whose canonical refused the text being placed as a second story of it (:meth:`_digest`): not
        asked again through their copies (:meth:`_by_member`) or the other way round (:meth:`_back`)."""
        self.apart: set[tuple[str, str]] = set()
        """Pairs of stories (a digest's, then the story of a text it refused as its second part) that no later rule
        joins (:meth:`_apart`: :meth:`_bridge`, :meth:`unframe`)."""
        self.pages: set[str] = set()
        """The stories of this run whose canonical refused a text lying nearly whole in it (``member_similarity``) as
        its second part (:meth:`_digest`): a page that holds two stories whole (:meth:`undigest`)."""
        self.members: dict[str, list[int]] = {}
        self.texts: dict[str, list[str]] = {}
        """A story of this run → the texts of this run placed in it or moved to it, in that order (a text that moved on
        is still listed: ask :attr:`story_of`)."""
        self.story_sources: dict[str, list[Source]] = {}
        self.fields: dict[str, StoryFields] = {}
        for i, did in enumerate(self.ids):
            if did in self.first:
                self.res.exact_duplicates += 1
            else:
                self.first[did] = i
        for did in self.first if self.stored else ():
            sid = self.idx.story_of_doc(did)
            if sid is not None:
                self.story_of[did] = sid
                self.res.exact_duplicates += 1

    def sketch(self, given: Mapping[str, Sketch]) -> None:
        """Sketch every text not placed yet (``given`` ones are not mapped again), order them, pair them by key."""
        todo = [did for did in self.first if did not in self.story_of]
        jobs = [(did, self.docs[self.first[did]].text) for did in todo if did not in given]
        self.res.too_large = [did for did, text in jobs if len(text) > MAX_SKETCH_CHARS]
        batches = _batches(jobs, self.ex.workers)
        mapped = self.ex.map(partial(sketch_batch_job, params=self.params), batches, chunksize=1)
        self.sketch_of = {sk.doc_id: sk for batch in mapped for sk in batch}
        self.sketch_of.update((did, given[did]) for did in todo if did in given)
        sk = self.sketch_of
        self.order = sorted(todo, key=lambda d: (-sk[d].length, -sk[d].n_shingles, d))
        flat, counts = flat_keys([sk[d] for d in self.order])
        n_sh = np.fromiter((sk[d].n_shingles for d in self.order), dtype=np.int64, count=len(self.order))
        p = self.params
        short = short_texts(n_sh, p)
        tiny = n_sh < p.min_containment_shingles
        self.via = _Via(len(self.order))
        self.pairs, self.crowded = _pairs_by_key(
            flat, counts, short=short, tiny=tiny, few=_few(flat, counts, tiny), brief=brief_texts(n_sh, p), via=self.via
        )
        if self.stored:
            # An index that takes int64 array slices (``array_keys``) is asked with views of ``flat``: 8 bytes a key,
            # where a tuple of Python ints costs ≈ 50 (a night's keys are millions: the state run's peak memory).
            keys: list[Sequence[int]]
            if getattr(self.idx, "array_keys", False):
                ends = np.cumsum(counts)
                keys = [
                    cast(Sequence[int], flat[a:b]) for a, b in zip((ends - counts).tolist(), ends.tolist(), strict=True)
                ]
            else:
                keys = list(split_keys(flat, counts))
            self.keys_of = dict(zip(self.order, keys, strict=True))
            prefetch = getattr(self.idx, "prefetch", None)
            if prefetch is not None:  # a persistent index looks up every text's keys at once (these same objects)
                prefetch(keys, flat=flat)

    def entry(self, sid: str) -> StoryEntry:
        return self.entries.get(sid) or self.idx.get(sid)

    def evidence(self, sid: str, entry: StoryEntry) -> Evidence:
        """``entry.as_evidence()`` of story ``sid``'s canonical, made once per entry of this run: a canonical is asked
        by every text its keys find (on many short texts sharing sentences, ≈ 9 a text), and an evidence is two
        objects made anew each time. (An entry of the index, which a store may make anew on each read, is not
        kept.)"""
        hit = self.evidences.get(sid)
        if hit is not None and hit[0] is entry:
            return hit[1]
        ev = entry.as_evidence()
        if self.entries.get(sid) is entry:
            self.evidences[sid] = (entry, ev)
        return ev

    def movables(self, sid: str) -> list[CopyEntry]:
        if self.stored:
            return self.idx.movable(sid)
        return [c for _, c in sorted(self.run_movable.get(sid, {}).items())]

    def offer(self, home: str, ev: Evidence, near: Iterable[str]) -> None:
        """Move to story ``home`` (canonical evidence ``ev``: a new story, or a replaced canonical) the movable
        copies of the stories ``near`` it that it suits better than their own story: higher similarity, or equal
        and a smaller story id (the choice one run over all copies makes)."""
        for other in sorted(near):
            if other == home:
                continue
            for m in self.movables(other):
                mine = m.as_evidence()
                # (the verdict's similarity first, cheaply: a copy moves only to a home at least as similar)
                sim = similarity(mine, ev, self.params)
                if sim < m.similarity or (sim == m.similarity and home > other):
                    continue
                v = compare(mine, ev, self.params)
                if not v.accepted or v.similarity < m.similarity or (v.similarity == m.similarity and home > other):
                    continue
                self._move(m, other, home, v)

    def _move(self, m: CopyEntry, other: str, home: str, v: Verdict) -> None:
        self.res.moved += 1
        if self.stored:
            self.idx.move_copy(m.doc_id, other, home, v.similarity)
        else:
            del self.run_movable[other][m.doc_id]
            if v.similarity < self.params.settled:
                self.run_movable.setdefault(home, {})[m.doc_id] = replace(m, story_id=home, similarity=v.similarity)
        if m.doc_id in self.sketch_of:  # a text of this run: its keys found its old story, now they find this one
            self.verdicts[m.doc_id] = v
            if not self.pos_of:
                self.pos_of.update((d, i) for i, d in enumerate(self.order))
            if self.crowded[self.pos_of[m.doc_id]]:
                self.run_bands.add(home, self.crowded[self.pos_of[m.doc_id]])
        else:  # recorded by an earlier run (the index moved its sources)
            self.moved_in.setdefault(home, []).append(other)
        if m.doc_id in self.story_of:  # (also an exact copy of it in this run)
            self.story_of[m.doc_id] = home
            self.texts.setdefault(home, []).append(m.doc_id)

    def _found(self, pos: int, keys: Sequence[int]) -> set[str]:
        """The stories a text's keys find: texts of this run that share a key, crowded buckets, the index."""
        found = {self.story_of[self.order[e]] for e in self.pairs[pos]}
        if self.crowded[pos]:
            found.update(self.run_bands.candidates(self.crowded[pos]))
        if self.stored:
            found.update(self.idx.candidates(keys))
        if self.merged_into:
            found = {resolve_merged(self.merged_into, f) for f in found}
        return found

    def _unread(self, pos: int, found: set[str]) -> set[str]:
        """The stories of ``found`` that text ``order[pos]`` found by template keys alone (:data:`TEMPLATE_KEY_STORIES`)
        which :meth:`_best` refuses unread. A pair of texts is read when the smallest key they share (by texts holding
        it, :class:`_Via`) is held by texts of fewer stories placed before this text; a crowded bucket's key
        (:attr:`run_bands`) when fewer stories hold it. Two pages of one portal's chrome with different stories share
        their stylesheet, navigation and footer, and each page was compared with every earlier page of its portal
        (dedup33: 27,565 comparisons for 1,372 texts, 939 accepted); a copy is found by its story's own keys, which
        its story's copies hold, in one story. Only this run's stories (a story of an earlier night that a text's keys
        find in a given index is read), and none when fewer stories are found than a template key finds: the same
        stories with and without a given index."""
        if len(found) < TEMPLATE_KEY_STORIES:
            return set()
        read: set[str] = set()
        reached: set[str] = set()
        merged = self.merged_into
        few: dict[int, bool] = {}
        for e in self.pairs[pos]:
            g = self.via.group(pos, e)
            sid = self.story_of[self.order[e]]
            if merged:
                sid = resolve_merged(merged, sid)
            reached.add(sid)
            if sid in read:
                continue
            if g >= 0 and g not in few:
                held = {self.story_of[self.order[w]] for w in self.via.holders(g, _PAIRED_BUCKET).tolist() if w < pos}
                if merged:
                    held = {resolve_merged(merged, x) for x in held}
                few[g] = len(held) < TEMPLATE_KEY_STORIES
            if g < 0 or few[g]:
                read.add(sid)
        for k in self.crowded[pos]:
            held = self.run_bands.candidates((k,))
            if merged:
                held = {resolve_merged(merged, x) for x in held}
            reached.update(held)
            if len(held) < TEMPLATE_KEY_STORIES:
                read.update(held)
        if len(reached) < TEMPLATE_KEY_STORIES:
            return set()
        return {sid for sid in reached if sid not in read and sid in self.new}

    def _best(
        self, sk: Sketch, mine: Evidence, found: set[str]
    ) -> tuple[tuple[str, Verdict, StoryEntry] | None, list[str]]:
        """The story a text joins (the most similar that accepts it) and the stories it supersedes (ones of earlier
        runs it contains and outgrows)."""
        best: tuple[str, Verdict, StoryEntry] | None = None
        superseded: list[str] = []
        self.accepted = {}
        self.cut = set()
        self.near = {}
        self.near_unread = []
        for sid in sorted(found):
            entry = self.entry(sid)
            theirs = self.evidence(sid, entry)  # (made once: the verdict's rules below ask it again)
            self.res.candidates += 1
            if sid in self.unread:  # (found by template keys alone: refused, its similarity all that is read, when
                # a text no story takes asks which came closest: most texts of a run of many stories on a few frames
                # meet hundreds of these and join a story, :meth:`_near`)
                self.near[sid] = 0.0
                self.near_unread.append((sid, mine, theirs))
                self.res.rejected += 1
                continue
            v = compare(mine, theirs, self.params)
            if self._list_asked(v, mine, theirs):
                v = self._listed(sk.doc_id, mine, entry.doc_id, theirs, v, entry.list_start) or v
            if not (v.accepted or v.substitution) and self._cut_asked(v):
                if self._cut_short(sk.doc_id, mine, entry.doc_id, theirs, v):
                    v = Verdict(v.jaccard, v.contained, v.covers, False, True)
                    self.cut.add(sid)
            if not (v.accepted or v.substitution) and v.contained >= _CHROME_ASKED:
                w = self._unchromed(sk.doc_id, theirs)
                if w is not None and w.accepted:
                    v = Verdict(v.jaccard, v.contained, v.covers, False, True)
            if (
                not v.accepted
                and max(v.contained, v.covers) >= _SITED_ASKED
                and self._on_site(sk.doc_id, mine, entry.doc_id, theirs)
            ):
                v = Verdict(v.jaccard, v.contained, v.covers, False, True)
            self.near[sid] = v.similarity
            if not v.accepted:
                self.res.rejected += 1
                self.res.substitutions += v.substitution
                continue
            self.accepted[sid] = v
            # (a story whose canonical accepts the text by a rule on the whole texts before one that shares its head
            # only: a copy of the text cut short with a text glued, placed first, is not its home)
            if best is None or (sid not in self.cut, v.similarity) > (best[0] not in self.cut, best[1].similarity):
                best = (sid, v, entry)
            if sid not in self.new and sk.length > entry.length and v.covers >= self.params.containment:
                superseded.append(sid)
        if best is None and self.stored:
            # Stories of earlier runs whose canonical would have joined this longer text, had it come first as
            # in one run (a verdict is not symmetric: a short repost can lie in a page that does not lie in it):
            # the text becomes their canonical instead of a story of its own, as one run would have it.
            for sid in sorted(found):
                entry = self.entry(sid)
                if sid in self.new or sk.length <= entry.length:
                    continue
                back = compare(entry.as_evidence(), mine, self.params)
                self.res.candidates += 1
                if back.accepted:
                    superseded.append(sid)
                    if best is None or back.similarity > best[1].similarity:
                        best = (sid, back, entry)
        return best, superseded

    def _digest(
        self, mine: Evidence, best: tuple[str, Verdict, StoryEntry] | None, superseded: list[str]
    ) -> tuple[str, Verdict, StoryEntry] | None:
        """The canonicals that accepted the text as a part of them (covering less than ``_PART`` of it, the text
        lying in it: at least ``containment`` of the text's evidence found there) where it lies apart from a
        part that an earlier text of this run lies in — two spans of at least ``_PART_SPAN`` each that overlap by at
        most ``_GAP`` of the canonical — refuse it: such a canonical is a page that holds two stories (a digest, two
        reports glued), and it would otherwise gather both stories' texts into one although they never
        accepted each other — unless there is evidence that the parts are one story: another text of the story lies
        across both (:meth:`_across`: the story's original holds its truncated copy and an excerpt of its later part),
        or the text's title is the title of each earlier part it lies apart from (:meth:`_titled`: a story split over
        two pages or nights keeps its title). The spans of the canonicals that still accept it as a part are recorded.
        Stories of earlier runs are asked as well (the spans of their canonicals that this run's texts lie in; a state
        keeps none). Returns the best story left (:meth:`_best`'s order)."""
        refused = False
        for sid, v in list(self.accepted.items()):
            if v.covers >= _PART or v.contained < self.params.containment:
                continue  # (a whole copy, or one with scattered edits: no part of the canonical that lies in it)
            canonical = self.entry(sid)
            theirs = self.evidence(sid, canonical)
            lo, hi = shared_span(theirs, mine, self.params, _PART_TRIM)
            if hi - lo < _PART_SPAN:
                continue
            spans = self.spans.setdefault(canonical.doc_id, [])
            away = [(a, b, d) for a, b, d in spans if b - a >= _PART_SPAN and min(hi, b) - max(lo, a) <= _GAP]
            if (
                away
                and not self._titled(self.placing, [d for _, _, d in away])
                and not self._across(sid, canonical.doc_id, theirs, (lo, hi), [(a, b) for a, b, _ in away])
            ):
                del self.accepted[sid]
                if sid in superseded:
                    superseded.remove(sid)
                self.digests.add(sid)
                if v.contained >= self.params.member_similarity:  # (the second part whole in it: :meth:`undigest`)
                    self.pages.add(sid)
                refused = True
            else:
                spans.append((lo, hi, self.placing))
        if refused and best is not None and best[0] not in self.accepted:
            left = sorted(self.accepted.items(), key=lambda x: (x[0] not in self.cut, x[1].similarity, x[0]))
            best = (left[-1][0], left[-1][1], self.entry(left[-1][0])) if left else None
        return self._apart_home(best)

    def _apart_home(self, best: tuple[str, Verdict, StoryEntry] | None) -> tuple[str, Verdict, StoryEntry] | None:
        """Of the stories that accepted the text, ``best`` and those kept apart from it (:meth:`_apart`: a page of two
        stories, and the story of its second part), the one whose canonical the text covers most: a teaser of the
        second story lies whole in both canonicals, and is more of the story than of the page."""
        if best is None or not self.apart:
            return best
        home = [(sid, v) for sid, v in self.accepted.items() if sid == best[0] or self._apart(sid, best[0])]
        if len(home) < 2:
            return best
        sid, v = max(home, key=lambda x: (x[0] not in self.cut, x[1].covers, x[1].similarity, x[0]))
        return best if sid == best[0] else (sid, v, self.entry(sid))

    def _across(
        self, sid: str, canonical: str, theirs: Evidence, part: tuple[float, float], others: list[tuple[float, float]]
    ) -> bool:
        """Does a text of this run placed in story ``sid`` (not its canonical ``canonical``, evidence ``theirs``) lie
        across span ``part`` of the canonical and each span of ``others`` — over half of each? Asked only when
        :meth:`_digest` finds two parts apart (rarely): the spans of the story's texts are measured then."""
        for did in self.texts.get(sid, ()):
            if did == canonical or did not in self.sketch_of:
                continue
            lo, hi = shared_span(theirs, sketch_evidence(self.sketch_of[did]), self.params, _PART_TRIM)
            if all(2 * (min(hi, b) - max(lo, a)) > b - a for a, b in (part, *others)):
                return True
        return False

    def _title(self, did: str) -> str:
        """The matching form of the title of text ``did`` of this run (:func:`title_key`; empty: it has none)."""
        return title_key(self.docs[self.first[did]].title)

    def _titled(self, did: str, others: Iterable[str]) -> bool:
        """Do text ``did`` and each text of ``others`` (texts of this run) carry one title — evidence that two parts of
        a canonical they lie apart in are one story (its two pages, or two nights' halves), not two stories of a
        digest page? A text without a title gives no evidence."""
        mine = self._title(did)
        return bool(mine) and all(self._title(o) == mine for o in others)

    def _parts_apart(
        self, mine: Evidence, best: tuple[str, Verdict, StoryEntry] | None, superseded: list[str]
    ) -> tuple[str, Verdict, StoryEntry] | None:
        """Stories of earlier runs that the text contains (``superseded``: it would be their canonical) where their
        canonicals lie in spans of it apart from each other (as :meth:`_digest`: a page of two stories, and each of the
        two stories stored on an earlier night) are not made one by it, unless their titles agree (:func:`title_key`
        of their stored fields): taken in the order one run would have placed them (longest first, ``_placed_first``),
        a story apart from one taken before it is left as it is — in one run over all the texts, the page would be
        the canonical and the second of the two stories refused by :meth:`_digest`. Returns the best story left."""
        if len(superseded) < 2:
            return best
        taken: list[tuple[float, float, str]] = []
        left: list[str] = []
        order = sorted(
            superseded, key=lambda s: (-self.entry(s).length, -self.entry(s).n_shingles, self.entry(s).doc_id)
        )
        for sid in order:
            lo, hi = shared_span(mine, self.evidence(sid, self.entry(sid)), self.params, _PART_TRIM)
            away = [t for a, b, t in taken if b - a >= _PART_SPAN and min(hi, b) - max(lo, a) <= _GAP]
            if hi - lo >= _PART_SPAN and away and not self._titles_agree(sid, away):
                superseded.remove(sid)
                self.accepted.pop(sid, None)
                self.digests.add(sid)
                left.append(sid)
            else:
                taken.append((lo, hi, sid))
        if left and self._page_alone(mine, left):  # (as :meth:`undigest` in one run: the page a story of its own)
            page = self._page_copied(mine, [t for _, _, t in taken] + sorted(set(self.accepted) - set(left)))
            for sid in (t for _, _, t in taken if t != page):
                if sid in superseded:
                    superseded.remove(sid)
                    self.accepted.pop(sid, None)
                    self.digests.add(sid)
            if page is not None:  # (a repost of a stored page of two stories: it joins the page)
                entry = self.entry(page)
                return page, self.accepted.get(page) or compare(entry.as_evidence(), mine, self.params), entry
            return None if best is not None and best[0] in self.digests else best
        if best is None or best[0] not in left:
            return best
        sid = taken[0][2]  # (the first taken: the story one run would have joined it to)
        entry = self.entry(sid)
        v = self.accepted.get(sid) or compare(entry.as_evidence(), mine, self.params)  # (or accepted back: _best)
        return sid, v, entry

    def _page_copied(self, mine: Evidence, taken: list[str]) -> str | None:
        """The stored story of ``taken`` (stories the text holds, :meth:`_parts_apart`) that the text copies whole
        both ways (each holds at least ``_PART`` of the other): a stored page of two stories that this text reposts;
        None when there is none."""
        p = self.params
        for sid in taken:
            v = compare(mine, self.evidence(sid, self.entry(sid)), p)
            if v.covers >= _PART and v.contained >= _PART:
                return sid
        return None

    def _page_alone(self, mine: Evidence, left: list[str]) -> bool:
        """Is the text being placed (evidence ``mine``), which holds stored stories apart from each other
        (:meth:`_parts_apart`), a page that one run would leave alone (:meth:`undigest`): no chrome head
        (:func:`prose_of`), and a story it keeps apart (``left``) lying nearly whole in it (``member_similarity`` of
        its canonical)?"""
        if prose_of(self.docs[self.first[self.placing]].text) is not None:
            return False
        p = self.params
        return any(compare(mine, self.evidence(s, self.entry(s)), p).covers >= p.member_similarity for s in left)

    def _titles_agree(self, sid: str, others: list[str]) -> bool:
        """Do stored story ``sid`` and each of ``others`` carry one title (their fields remembered by the index)?"""
        fields = getattr(self.idx, "story_fields", None)
        if fields is None:
            return False
        titles = []
        for story in (sid, *others):
            got = fields(story)
            titles.append(title_key(got.title) if got is not None else "")
        return bool(titles[0]) and all(t == titles[0] for t in titles)

    def _unchromed(self, did: str, theirs: Evidence) -> Verdict | None:
        """The verdict on text ``did`` (of this run) against a canonical's evidence ``theirs`` with the chrome lines of
        the text's head set aside (:func:`prose_of`), None when it has too few: an aggregator's teaser page holds a
        source and time line between the story's title and its cut head ("read on", share and comment-count lines
        after it), which no rule on the whole text sets aside (the shared head is the title alone, the text's own line
        lies inside it). Accepted only when the canonical's text starts right after the head. The evidence without the
        head is made once per text."""
        if did not in self.prose:
            prose = prose_of(self.docs[self.first[did]].text)
            # (the batch path: its lines are in the line memory, and rjieba's dictionary is not loaded for it)
            sk = None if prose is None else sketch_batch([(did, prose)], self.params)[0]
            self.prose[did] = None if sk is None else sketch_evidence(sk)
        ev = self.prose[did]
        if ev is None or ev.hashes.size == 0:
            return None
        self.res.candidates += 1
        v = compare(ev, theirs, self.params, core=False)  # (the head set aside: no more own text at its edges)
        # the text must go on with the canonical's text right after its head: a template page's story under its
        # header is text of its own there (the rest of the page, a list and a footer, is the template's)
        return v if v.accepted and edge_gaps(ev, theirs, self.params)[0] <= _GAP else None

    def _site_held(self) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
        """The sampled evidence values (multiples of ``sample_mod``) of this run's distinct texts, and how many of them
        hold each: made once, when a page is first asked (:meth:`_sited`)."""
        if self.held is None:
            mod = np.uint32(self.params.sample_mod)
            parts = [sk.evidence for sk in self.sketch_of.values()]
            sizes = np.fromiter((x.size for x in parts), dtype=np.int64, count=len(parts))
            every = np.concatenate(parts).astype(np.uint32) if parts else np.zeros(0, np.uint32)
            keep = every % mod == 0
            who = np.repeat(np.arange(len(parts), dtype=np.uint64), sizes)[keep]
            pairs = (every[keep].astype(np.uint64) << np.uint64(32)) | who  # (value, text), by value
            pairs.sort()
            other = np.ones(pairs.size, dtype=np.bool_)
            other[1:] = pairs[1:] != pairs[:-1]
            held = (pairs[other] >> np.uint64(32)).astype(np.uint32)  # a value once for each text holding it
            first = np.ones(held.size, dtype=np.bool_)
            first[1:] = held[1:] != held[:-1]
            starts = np.flatnonzero(first)
            self.held = (held[starts], np.diff(np.append(starts, held.size)).astype(np.int64))
        return self.held

    def _sited(self, did: str) -> Evidence | None:
        """The evidence of text ``did``'s own prose lines when it is a page of a site the run shows, None when it is
        no such page. Its own prose lines (:meth:`_own_lines`: prose, :func:`cleaner.dedup.split.prose`, that no other
        page of its site holds) are under :data:`_SITE_OWN` of it and hold ``min_containment_shingles`` at least, and at
        least :data:`_SITE_SHARE` of the sampled evidence of the rest of it is held by :data:`_SITE_TEXTS` texts of the
        run or more (a portal's navigation, share and footer rows, comment phrases, related headlines): the rest is the
        site's, not the page's own (an index page's list of links is its own). Asked of a text and the next
        :data:`_SITE_BATCH` texts placed after it at once (their prose sketched in one batch)."""
        if did not in self.sited:
            if not self.pos_of:
                self.pos_of.update((d, i) for i, d in enumerate(self.order))
            at = self.pos_of.get(did, len(self.order))
            batch = [did] + [d for d in self.order[at + 1 : at + _SITE_BATCH] if d not in self.sited]
            # (texts of this run: a canonical stored by an earlier night has no text here)
            self._site_batch(batch)
        return self.sited[did]

    def _site_batch(self, dids: list[str]) -> None:
        """:meth:`_sited` of texts ``dids`` (this run's), their prose lines sketched in one batch: a text and those
        placed after it (pages of one site come in runs of one size)."""
        todo: list[tuple[str, str]] = []
        for did in dids:
            self.sited[did] = None
            text = self.docs[self.first[did]].text
            own = self._own_lines(did, text)
            if own and sum(len(x) + 1 for x in own) < _SITE_OWN * len(text):
                todo.append((did, "\n".join(own)))
        if not todo:
            return
        values, counts = self._site_held()
        mod = np.uint32(self.params.sample_mod)
        for own_sk in sketch_batch(todo, self.params):
            if own_sk.n_shingles < self.params.min_containment_shingles:
                continue  # (a line or two: a template's own sentence, or a quote, as easily as a story's lead)
            # the rest: the text's sampled evidence its prose lines do not hold (shingles across a line end aside)
            whole = self.sketch_of[own_sk.doc_id].evidence
            aside = np.setdiff1d(whole[whole % mod == 0], own_sk.evidence)
            if aside.size < _SITE_LEAST:
                continue
            at = np.minimum(np.searchsorted(values, aside), max(values.size - 1, 0))
            held = (values[at] == aside) & (counts[at] >= _SITE_TEXTS)
            if int(np.count_nonzero(held)) >= _SITE_SHARE * aside.size:
                self.sited[own_sk.doc_id] = sketch_evidence(own_sk)

    def _own_lines(self, did: str, text: str) -> list[str]:
        """The prose lines of text ``did`` that are its own when it is a page of a site the run shows (none held by a
        page of its site), else none. Its *site lines*: lines with no clause mark (:data:`_CLAUSE`: navigation, share
        and footer rows) held by :data:`_SITE_TEXTS` texts or more, itself and texts that are no copies of it
        (:meth:`_copies`: a story's title and short lines are held by its copies). At least :data:`_SITE_LINES` of
        them; a *page of its site* holds at least half of them, and ``_SITE_TEXTS - 1`` pages at least do. A portal's
        trending items and notices written as sentences are then the site's; a story's lines are held by its copies,
        not by the site's other pages."""
        holders = self._line_holders()
        me = self.text_no[did]
        if self._site_lines_of(did) < _SITE_LINES:
            return []  # (most texts)
        lines = [x.strip() for x in text.split("\n")]
        site = self.site_lines.intersection(lines)
        copies = _copies(me, lines, holders)
        # (a site line's holders are many, its text's copies few: counted by set operations, not a loop each)
        site = {x for x in site if len(holders.of(x)) - len(copies.intersection(holders.of(x))) >= _SITE_TEXTS}
        if len(site) < _SITE_LINES:
            return []
        count = Counter(itertools.chain.from_iterable(holders.of(x) for x in site))
        count.pop(me, None)
        pages = {h for h, n in count.items() if 2 * n >= len(site)}
        if len(pages) < _SITE_TEXTS - 1:
            return []
        return [x for x in lines if prose(x) and pages.isdisjoint(holders.of(x))]

    def _line_holders(self) -> _LineHolders:
        """Which of this run's distinct texts (their numbers, :attr:`text_no`) hold each line (stripped,
        :data:`_SITE_LINE` characters or more): made once, when a page is first asked (:meth:`_on_site`)."""
        if self.holders is None:
            self.text_no = {did: n for n, did in enumerate(self.first)}
            self.holders = _LineHolders([self.docs[i].text for i in self.first.values()])
            self.site_lines = {x for x in self.holders.crowded if not _CLAUSE.search(x)}
            self.site_count = Counter(n for x in self.site_lines for n in self.holders.of(x))
        return self.holders

    def _site_lines_of(self, did: str) -> int:
        """How many of :attr:`site_lines` text ``did`` (of this run) holds."""
        return self.site_count.get(self.text_no[did], 0)

    def _on_site(self, did: str, mine: Evidence, other: str, theirs: Evidence) -> bool:
        """Do text ``did`` and the canonical ``other`` agree when a page of them is compared on its own prose
        (:meth:`_sited`): a teaser of a story in a crawled page's site material, the story's text or its page? The side
        set to its prose must lie in the other (``containment``)."""
        self._line_holders()
        # (a text holding fewer than _SITE_LINES site lines is no page of a site: most texts of most runs)
        a = self._sited(did) if self._site_lines_of(did) >= _SITE_LINES else None
        b = self._sited(other) if other in self.sketch_of and self._site_lines_of(other) >= _SITE_LINES else None
        if a is None and b is None:
            return False
        p = self.params
        x, y = a or mine, b or theirs
        ins = (similarity(x, y, p) if a is not None else 0.0, similarity(y, x, p) if b is not None else 0.0)
        if max(ins) < p.containment:
            return False  # (the side set to its prose cannot lie in the other: no comparison)
        self.res.candidates += 1
        v = compare(x, y, p)
        if not v.accepted:
            return False
        if a is not None and b is None:
            return v.contained >= p.containment
        if b is not None and a is None:
            return v.covers >= p.containment
        return max(v.contained, v.covers) >= p.containment

    def _cut_asked(self, v: Verdict) -> bool:
        """Is a refused pair (verdict ``v``) asked whether one of them is the other cut short (:meth:`_cut_short`)?"""
        return bool(self.params.cut_head) and max(v.contained, v.covers) >= _LINED_ASKED

    def _cut_short(self, did: str, mine: Evidence, other: str, theirs: Evidence, v: Verdict) -> bool:
        """:meth:`_cut_head` for a pair sharing :data:`_CUT_ASKED` of one text, or is one text a brief of the other (its
        head with short lines of its own around and between its paragraphs, :func:`cleaner.dedup.verify.lined_head`)?"""
        if max(v.contained, v.covers) >= _CUT_ASKED and self._cut_head(did, mine, other, theirs):
            return True
        return lined_head(mine, theirs, self.params)

    def _cut_head(self, did: str, mine: Evidence, other: str, theirs: Evidence) -> bool:
        """Do text ``did`` and text ``other`` begin with one text (:func:`cleaner.dedup.verify.cut_head`), and does
        that shared head end inside a line of one of them (:meth:`_in_line`): a story cut short where its paragraph
        goes on (or a text glued right after the cut, on that line)? Two reports under one title and lead paragraph,
        or pages of a long text that each repeat them, share whole lines and go on each with a line of its own. Only
        the texts of this run are read (a canonical stored by an earlier night has none: its side is not asked)."""
        ends = cut_head(mine, theirs, self.params)
        if ends is not None:
            return self._in_line(did, ends[0]) or (other in self.first and self._in_line(other, ends[1]))
        if cut_inserted(mine, theirs, self.params):  # (the story's head with a block of the copy's own inside)
            return True
        if other not in self.first:
            return False
        under = cut_under(mine, theirs, self.params)
        if under is None:
            return False
        # a copy cut short with a text glued before it: the head it ends with starts a line of it (after the glued
        # text) and ends inside a line of the original (cut where its paragraph goes on); a story and an excerpt of
        # its later part with text of its own after it share a passage that starts inside the story's paragraph
        copy, original = (did, other) if under[0] == 0 else (other, did)
        return not self._in_line(copy, under[1], 0) and self._goes_on(copy, under[2], original)

    def _goes_on(self, copy: str, last: int, original: str) -> bool:
        """Does text ``original`` hold the words of text ``copy`` up to its token ``last`` (the last its shared block
        holds) on a line that goes on past them with text the copy does not hold after them (a story cut inside its
        paragraph, the copy's "read on" line or its end after the cut), and is the copy cut inside a sentence there,
        or is the original's first line (a title, ``_TITLE`` characters at most) a line of the copy (where the head
        starts)? A story and a text that opens with its last paragraphs and goes on with its own on their line share
        the story's end: a whole sentence, and no title. Read from both texts (this run's)."""
        text = self.docs[self.first[copy]].text
        ends = text_bounds(text, self.params.tokenizer, self.params.normalizer_version)[2]
        if last >= ends.size:
            return False
        end = int(ends[last])
        piece = text[max(text.rfind("\n", 0, end) + 1, end - _PIECE) : end]
        whole = self.docs[self.first[original]].text
        at = whole.find(piece) if len(piece.strip()) >= _PIECE // 4 else -1
        if at < 0:
            return False
        at += len(piece)
        after = whole[at : whole.find("\n", at) % (len(whole) + 1)]
        rest = text[end : text.find("\n", end) % (len(text) + 1)]
        same = next(
            (i for i, (x, y) in enumerate(zip(rest, after, strict=False)) if x != y), min(len(rest), len(after))
        )
        if not any(c.isalnum() for c in after[same:]):
            # (the original's line goes on with a sentence's closing mark alone: the copy cut right before it)
            tail = after[same:].lstrip()
            return bool(tail) and tail[0] in _SENTENCE_ENDS and text[end + same - 1] not in _SENTENCE_ENDS
        if text[end + same - 1] not in _SENTENCE_ENDS:
            return True
        title = whole[: whole.find("\n") % (len(whole) + 1)].strip()
        return 0 < len(title) <= _TITLE and f"\n{title}\n" in text

    def _in_line(self, did: str, ends: tuple[int, int], back: int = 1) -> bool:
        """Is there no line break in text ``did`` from token ``ends[0] - back`` to token ``ends[1]`` (the last shared
        token, and the tokens where its own text may start: :func:`cleaner.dedup.verify.cut_head`)?"""
        text = self.docs[self.first[did]].text
        if self.token_starts[0] == did:  # (the text being placed, asked of each story that refused it: read once)
            starts = self.token_starts[1]
        else:
            starts = text_bounds(text, self.params.tokenizer, self.params.normalizer_version)[1]
            if did == self.placing:
                self.token_starts = (did, starts)
        lo, hi = ends
        if lo < back or hi >= starts.size:
            return False
        return "\n" not in text[int(starts[lo - back]) : int(starts[hi]) + 1]

    def list_start(self, did: str) -> int:
        """The token where the trailing list of text ``did`` (of this run) starts (:mod:`cleaner.dedup.lists`), 0 when
        it has none; read from the text once, when first asked."""
        start = self.lists.get(did)
        if start is None:
            p, sk = self.params, self.sketch_of.get(did)
            start = 0
            if sk is not None and sk.n_shingles:  # (the text's tokens: its shingles and k - 1)
                text = self.docs[self.first[did]].text
                at = list_offset(text, p.list_lines)
                n = tokens_after(text, at, p.tokenizer, p.normalizer_version)
                start = sk.n_shingles + p.shingle - 1 - n if n else 0
                if start and sk.chars.size:  # (where the list starts among the character evidence's letters)
                    cps = matching_code_points(text, normalizer=p.normalizer_version)[1]
                    self.list_letters[did] = int(np.count_nonzero(cps[:at] != SPACE))
            self.lists[did] = start
        return start

    def _kept_list(self, did: str) -> int:
        """The trailing list start of text ``did`` that a state keeps with it as a canonical
        (:attr:`cleaner.dedup.index.StoryEntry.list_start`): read when a state is kept (a later night has no text to
        read it from), else 0 (this run reads it when asked, :meth:`list_start`)."""
        return self.list_start(did) if self.stored and self.params.list_lines else 0

    def _listed(
        self, did: str, mine: Evidence, other: str, theirs: Evidence, v: Verdict, kept: int = 0
    ) -> Verdict | None:
        """The verdict on text ``did`` against text ``other`` (a canonical, or a copy) that refused it, once the
        trailing list of one of them is set aside (:func:`cleaner.dedup.verify.listed`; ``v``: the verdict on the whole
        texts); the other's list read from its text when it is a text of this run, else the one its state kept
        (``kept``: a canonical of an earlier night)."""
        their_list = self.list_start(other) if other in self.sketch_of else kept
        my_list = self.list_start(did)
        if not (my_list or their_list):
            return None
        letters = (self.list_letters.get(did, 0), self.list_letters.get(other, 0) if other in self.sketch_of else 0)
        return listed(mine, my_list, theirs, their_list, self.params, self._shares(v, mine, theirs), letters)

    def _list_asked(self, v: Verdict, mine: Evidence, theirs: Evidence) -> bool:
        """Is a refused pair (verdict ``v``) compared again without a trailing list (:meth:`_listed`)? When one text has
        :data:`_LIST_ASKED` of its word evidence in the other, or ``chars_contained`` of its character evidence (a copy
        with characters deleted all along keeps few of its words' shingles: :func:`cleaner.dedup.verify.chars_deleted`
        asks that much)."""
        p = self.params
        if not p.list_lines or v.accepted:
            return False
        if max(v.contained, v.covers) >= _LIST_ASKED:
            return True
        return bool(p.chars_contained) and not v.substitution and max(char_shares(mine, theirs)) >= p.chars_contained

    def _shares(self, v: Verdict, mine: Evidence, theirs: Evidence) -> tuple[float, float]:
        """What the verdict ``v`` found of ``mine`` in ``theirs`` and of ``theirs`` in ``mine``, or their character
        evidence when more (:func:`cleaner.dedup.verify.char_shares`)."""
        if not self.params.chars_contained:
            return v.contained, v.covers
        a, b = char_shares(mine, theirs)
        return max(v.contained, a), max(v.covers, b)

    def _by_member(self, pos: int, mine: Evidence) -> tuple[str, Verdict, StoryEntry] | None:
        """When no canonical accepts a text: the story of an earlier copy of this run that shares a key with it and
        accepts it, when that copy holds nearly all of it (similarity ≥ ``member_similarity``: a part of a copy of a
        story is that story, even where the copy itself joined by a looser rule — another outlet's rewrite, whose
        sentence-deleted repost shares too little with the canonical), or lies nearly whole in the canonical itself
        (contained ≥ ``member_similarity``: the story without what the canonical adds, an appended block of
        headlines), or would stay where it is were the text a story of its own (:meth:`_stays`: a truncated repost
        of one outlet's version in a story whose canonical is another outlet's). At most ``_MEMBERS`` such copies
        are asked: of the stories whose canonical came closest to the text first (a shared header or footer pairs a
        text with copies of unrelated stories too), and among them the copies sharing the most keys with the text
        (the version it was made from, not the longest copy: another outlet's), longest first among equals; a
        substitution refuses as everywhere."""
        asked = 0
        copies: list[tuple[str, str]] = []
        for e in self.pairs[pos]:
            did = self.order[e]
            sid = resolve_merged(self.merged_into, self.story_of[did])
            if sid in self.new and self.new[sid].doc_id != did and did in self.verdicts and sid not in self.digests:
                copies.append((did, sid))  # (only copies of this run's stories, not their canonical: asked already)
        if not copies:
            return None
        for i in self._closest(pos, copies):
            did, sid = copies[i]
            sk = self.sketch_of[did]
            theirs = sketch_evidence(sk)
            v = compare(mine, theirs, self.params)
            self.res.candidates += 1
            if self._list_asked(v, mine, theirs):
                v = self._listed(self.order[pos], mine, did, theirs, v) or v
            cut = (
                not (v.accepted or v.substitution)
                and self._cut_asked(v)
                and self._cut_short(self.placing, mine, did, theirs, v)
            )
            if cut:  # (the copy the text was cut from, its canonical a longer copy: a text glued or a list appended)
                v = Verdict(v.jaccard, v.contained, v.covers, False, True)
            if v.accepted and (
                v.similarity >= self.params.member_similarity
                or self.verdicts[did].contained >= self.params.member_similarity
                or self._stays(did, theirs, mine)
                or self._between(did, sid, theirs, mine)
            ):
                if cut:
                    self.cut.add(sid)
                return sid, v, self.entry(sid)
            asked += 1
            if asked == _MEMBERS:
                break
        return None

    def _near(self) -> dict[str, float]:
        """:attr:`near` with the similarity of the stories found by template keys alone read (once per text: the
        values :meth:`_best` gave before it left them to the first that asks)."""
        for sid, mine, theirs in self.near_unread:
            self.near[sid] = similarity(mine, theirs, self.params)
        self.near_unread = []
        return self.near

    def _by_former(self, mine: Evidence, found: set[str]) -> tuple[str, Verdict, StoryEntry] | None:
        """When no canonical and no copy of this run takes a text: a story of an earlier run whose movable copy kept
        by the state (a replaced canonical, :meth:`_keep_former`, or a copy below ``settled``) accepts it, as
        :meth:`_by_member` asks this run's copies — the copy holding nearly all of the text (similarity ≥
        ``member_similarity``) or lying nearly whole in the story's canonical (its own similarity ≥
        ``member_similarity``). Of the stories whose canonical came closest first, at most ``_MEMBERS`` copies."""
        closest = self._near()
        near = sorted(
            (s for s in found if s not in self.new and s not in self.digests and s not in self.unread),
            key=lambda s: (-closest.get(s, 0.0), s),
        )
        asked = 0
        for sid in near:
            for m in self.movables(sid):
                if m.doc_id in self.sketch_of:  # (a copy of this run: joined tonight by a looser rule, not asked)
                    continue
                v = compare(mine, m.as_evidence(), self.params)
                self.res.candidates += 1
                if v.accepted and max(v.similarity, m.similarity) >= self.params.member_similarity:
                    return sid, v, self.entry(sid)
                asked += 1
                if asked == _MEMBERS:
                    return None
        return None

    def _back(self, mine: Evidence) -> tuple[str, Verdict, StoryEntry] | None:
        """When no story takes a text: the story whose canonical came closest to it, when that canonical
        is a copy of the text, the text read as the canonical. The rules are not symmetric: the deleted-words rule
        reads the candidate as the copy (a canonical placed first because a list made it longer can be the text with
        words deleted), and the character rule's in-order path, found from one side, may take another way where two
        steps tie. Placed in the other order, the two would have been one story. (Asking the second closest too found
        no more on the dedup corpora, for 5 % more comparisons.) Not by the core rule (``core=False``): it sets aside a
        candidate's own short head and tail as a portal's chrome around a teaser, and a canonical's own lines are not
        chrome — with it, a two-line text sharing one line with the text joined it (``[A, B]`` read as ``[A, C]``
        with a tail of its own)."""
        closest = self._near()
        near = [sid for sid in closest if sid not in self.accepted and sid not in self.digests]
        if not near:
            return None
        sid = min(near, key=lambda s: (-closest[s], s))
        entry = self.entry(sid)  # (or a story of an earlier night: a night joins what one run would)
        back = compare(self.evidence(sid, entry), mine, self.params, core=False)
        self.res.candidates += 1
        return (sid, back, entry) if back.accepted else None

    def _closest(self, pos: int, copies: list[tuple[str, str]]) -> Iterator[int]:
        """The copies (indices into ``copies``: (text, story)) in the order :meth:`_by_member` asks them: of the
        stories whose canonical came closest to text ``order[pos]`` first, and among equals the copies sharing the
        most keys with it (:func:`_shared_keys`), in their own order among equals. Keys are counted one group of
        equally close copies at a time, as the asking reaches it (at most ``_MEMBERS`` are asked)."""
        closest = self._near()
        near = [-closest.get(sid, 0.0) for _, sid in copies]
        by_near = sorted(range(len(copies)), key=near.__getitem__)  # stable
        if len(copies) < 2:  # (nothing to order: _shared_keys gives every copy 0)
            yield from by_near
            return
        start = 0
        while start < len(by_near):
            end = start + 1
            while end < len(by_near) and near[by_near[end]] == near[by_near[start]]:
                end += 1
            group = by_near[start:end]
            if len(group) > 1:
                shared = _shared_keys(self.sketch_of[self.order[pos]], [self.sketch_of[copies[i][0]] for i in group])
                group = [group[j] for j in sorted(range(len(group)), key=lambda j: -shared[j])]  # stable
            yield from group
            start = end

    def _stays(self, did: str, theirs: Evidence, mine: Evidence) -> bool:
        """Would copy ``did`` (evidence ``theirs``) of this run stay in its story were the text (``mine``) a story of
        its own: settled, or not accepted by the text, or less similar to it than to its canonical (:meth:`offer`'s
        test)? Then the text is a copy of a copy that belongs where it is (a truncated repost of one outlet's version,
        in a story whose canonical is another outlet's), not the better home of a copy that joined its story loosely
        (which would move to the text, had it started a story)."""
        own = self.verdicts[did].similarity
        if own >= self.params.settled:
            return True
        v = compare(theirs, mine, self.params)
        self.res.candidates += 1
        return not v.accepted or v.similarity < own

    def _between(self, did: str, sid: str, theirs: Evidence, mine: Evidence) -> bool:
        """Is copy ``did`` (evidence ``theirs``) of story ``sid`` a copy of the text (``mine``) and of its canonical
        both ways — each of the three pairs but the canonical and the text accepted in both directions — so that
        neither the canonical nor the text holds a block of its own beside the copy (a glued text, another story after
        a shared lead)? Then the copy lies between two copies of one story that edits of their own (words deleted from
        each, a list, a moved paragraph) keep apart: the text joins the copy's story, rather than starting one that
        would take the copy and leave the canonical alone. Not when the copy lacks a block at its head in one of them
        and at its tail in the other (:func:`cleaner.dedup.verify.edge_gaps`, more than ``_GAP`` of it): it overlaps
        each on one side, a passage two texts share (an excerpt of a story's later part with text of its own)."""
        if sid in self.cut or not self.verdicts[did].accepted:
            return False
        p = self.params
        th, tt = edge_gaps(theirs, mine, p)
        canonical = self.new[sid].as_evidence()
        ch, ct = edge_gaps(theirs, canonical, p)
        if not ((ch > _GAP and tt > _GAP) or (ct > _GAP and th > _GAP)):
            self.res.candidates += 2
            if not compare(theirs, mine, p).accepted:
                return False
            if compare(canonical, theirs, p).accepted:
                return True
        elif not compare(theirs, mine, p).accepted:
            return False
        return self._witnessed(did, sid, theirs, (th, tt))

    def _witnessed(self, did: str, sid: str, theirs: Evidence, gaps: tuple[float, float]) -> bool:
        """Is copy ``did`` (evidence ``theirs``) of story ``sid`` a copy both ways of another copy of that story
        (at most ``_WITNESSES`` of them asked, in placement order), which it overlaps on no side only (as
        :meth:`_between` asks of the canonical; ``gaps``: what the text lacks of the copy at its head and tail)? The
        canonical may hold a block of its own (a list, a glued text, its own deletions) that the copy lacks, while the
        copy is the story without it: a copy that joined by the character rule, or through a member, is still one
        story's text, and the text that is a copy of it both ways belongs there too (it would otherwise start a story
        and :meth:`offer` would take the copy from its story, splitting it)."""
        th, tt = gaps
        p = self.params
        asked = 0
        for other in self.texts.get(sid, ()):
            if asked == _WITNESSES:
                break
            if other == did or other == self.new[sid].doc_id or self.story_of.get(other) != sid:
                continue
            ev = sketch_evidence(self.sketch_of[other])
            oh, ot = edge_gaps(theirs, ev, p)
            if (oh > _GAP and tt > _GAP) or (ot > _GAP and th > _GAP):
                continue
            self.res.candidates += 2
            if compare(theirs, ev, p).accepted and compare(ev, theirs, p).accepted:
                return True
            asked += 1
        return False

    def _kept(self, sk: Sketch, keys: Sequence[int]) -> Sequence[int]:
        """The keys the index keeps for a text: its bands and at most ``index_windows`` window keys. Not its
        anchor-pair keys (the largest): they pair texts of one run only, where a key that many texts hold is
        known to be boilerplate and ignored; a state could not tell (see docs/dedup-containment.md)."""
        if not self.stored:
            return keys
        nb, nw = sk.band_keys.size, int(np.count_nonzero(sk.window_keys < ANCHOR_BIT))
        return keys[: nb + min(nw, self.params.index_windows)]

    def place(self, pos: int, did: str) -> None:
        """Text ``did`` (``order[pos]``) starts a story or joins the best one its keys find."""
        sk = self.sketch_of[did]
        self.placing = did
        keys = self.keys_of.get(did, ())
        kept = self._kept(sk, keys)
        found = self._found(pos, keys)
        self.unread = self._unread(pos, found)
        mine = sketch_evidence(sk)
        best, superseded = self._best(sk, mine, found)
        self.digests = set()
        if self.accepted:
            best = self._digest(mine, best, superseded)
        best = self._parts_apart(mine, best, superseded)
        if (best is None or best[0] in self.cut) and found and self.params.member_similarity <= 1.0:
            best = self._by_member(pos, mine) or best  # (a copy that holds the text before a head it shares)
        if best is None and found and self.stored and self.params.member_similarity <= 1.0:
            best = self._by_former(mine, found)
        if best is None and found:
            best = self._back(mine)
        if best is None:
            sid = did
            entry = self.entries[did] = self.new[did] = StoryEntry.from_sketch(did, sk, self._kept_list(did))
            if self.stored:
                self.idx.add_story(entry, kept)
            if found:  # copies of the stories around it that it suits better
                self.offer(did, mine, found)
        else:
            sid = best[0]
            self._join(did, sk, kept, best[1], sid, superseded)
            for other in self.accepted:
                if other != sid and other in self.new:
                    self.passed.setdefault(other, []).append(did)
            if sid in self.new and len(self.accepted) > 1:
                self._bridge(sid, [o for o in sorted(self.accepted) if o != sid and o in self.new], mine)
            if sid in superseded:
                # a new canonical: copies of the stories around it that it suits better than their own
                self.offer(sid, mine, {resolve_merged(self.merged_into, f) for f in found})
        self.story_of[did] = sid
        self.texts.setdefault(sid, []).append(did)
        self.apart.update((digest, sid) for digest in self.digests)
        if self.crowded[pos]:
            self.run_bands.add(sid, self.crowded[pos])
        if len(self.near) > len(self.accepted):  # (stories that refused it: what :meth:`unframe` asks again)
            for other in self.near:
                if other not in self.accepted and other != sid:
                    self.refusals.setdefault(sid, set()).add(other)
                    self.refusals.setdefault(other, set()).add(sid)

    def undigest(self) -> None:
        """A story of this run whose canonical refused a text as its second part that lies nearly whole in it
        (:attr:`pages`: a page that holds two stories whole, kept apart by :meth:`_digest`), and whose other texts are
        all parts of it (each covers less than ``_PART`` of it), lets them go: they are a story of their own (its
        canonical the most complete of them, :meth:`_split_off`) and the page stays alone, kept apart from both.
        Joined to its first story, the page was that story's canonical and carried the second story's text. A page
        that another text copies whole is a story of its own standing (a story, or a digest reposted) and keeps its
        parts; so does a page whose second part is only partly in it (another page of its site, which lies in its
        chrome: a story of its own around it), and a page with a chrome head (:func:`prose_of`: a title and a source
        and time line, a breadcrumb): a crawled page of one story, whose header and footer other pages of its site lie
        in, apart from its story."""
        members: dict[str, list[str]] | None = None
        for sid in sorted({resolve_merged(self.merged_into, a) for a in self.pages}):
            entry = self.new.get(sid)
            if entry is None or entry.doc_id not in self.sketch_of:
                continue
            if members is None:
                members = self._members()
            page = entry.doc_id
            parts = [d for d in members.get(sid, ()) if d != page]
            if not parts or prose_of(self.docs[self.first[page]].text) is not None:
                continue
            ev = entry.as_evidence()
            self.res.candidates += len(parts)
            if any(compare(sketch_evidence(self.sketch_of[d]), ev, self.params).covers >= _PART for d in parts):
                continue
            self._let_go(sid, ev, parts)

    def _let_go(self, sid: str, page: Evidence, parts: list[str]) -> None:
        """Texts ``parts`` of story ``sid`` (its canonical ``page``, a page of two stories: :meth:`undigest`) leave it:
        those lying in the widest part of the page that one of them lies in (the middle of their span inside it) are a
        story of their own (:meth:`_split_off`); one lying in another part joins a story kept apart from ``sid`` whose
        canonical accepts it (the page's second story: a copy too short for :meth:`_digest` to measure), or stays with
        the page."""
        sk, p = self.sketch_of, self.params
        spans = {did: shared_span(page, sketch_evidence(sk[did]), p, _PART_TRIM) for did in parts}
        lo, hi = max(spans.values(), key=lambda s: s[1] - s[0])
        homes = sorted(
            {resolve_merged(self.merged_into, b) for a, b in self.apart if resolve_merged(self.merged_into, a) == sid}
            & self.new.keys()
        )
        first: list[str] = []
        for did in parts:
            a, b = spans[did]
            if lo <= (a + b) / 2 <= hi:
                first.append(did)
                continue
            mine = sketch_evidence(sk[did])
            for home in homes:
                self.res.candidates += 1
                v = compare(mine, self.new[home].as_evidence(), p)
                if v.accepted:
                    if self.stored:
                        self.idx.move_copy(did, sid, home, v.similarity)
                    self.verdicts[did] = v
                    self.story_of[did] = home
                    break
        self._split_off(sid, first)

    def rehome(self) -> None:
        """A story of this run whose canonical accepted texts that joined another story (a more similar one), and is
        accepted by them in turn (a copy of them both ways), all of them in one story that holds more texts, joins that
        story. Placed first as the longest text (an appended list, a glued text, scattered deletions of its own), it
        refused that story's first text and started a story, and the copies both accept went to the other: placed
        in another order, one story. Texts of two stories accept nothing of each other both ways, so a copy of both
        sides is asked only where it points to a single other story."""
        if not self.passed:
            return
        size = Counter(resolve_merged(self.merged_into, sid) for sid in self.story_of.values())
        members: dict[str, list[str]] | None = None
        for sid in sorted(self.passed, key=lambda s: size[s]):
            if sid not in self.new:
                continue
            mine = self.new[sid].as_evidence()
            own_list = self.list_start(self.new[sid].doc_id) if self.new[sid].doc_id in self.sketch_of else 0
            homes: set[str] = set()
            for did in self.passed[sid]:
                home = resolve_merged(self.merged_into, self.story_of[did])
                if home == sid or home in homes or size[home] < size[sid] or self._apart(sid, home):
                    continue
                if size[home] == size[sid]:  # (the story whose canonical came later joins the other)
                    if home not in self.new or not _placed_first(self.new[home], self.new[sid]):
                        continue
                    if members is None:
                        members = self._members()
                    if not self._held(members, sid, home):
                        continue
                copy = sketch_evidence(self.sketch_of[did])  # (asked by both tests below: made once)
                if self._overlaps(copy, mine, home):
                    continue
                self.res.candidates += 1
                if self._accepts(mine, own_list, copy) or self._cut_back(sid, mine, did, copy):
                    homes.add(home)
            if len(homes) == 1:
                home = homes.pop()
                theirs = self.new[home].as_evidence() if home in self.new else None
                if theirs is not None and not self._substituted(sid, mine, home, theirs):
                    self._absorb(home, sid)
                    size[home] += size.pop(sid)
                    if members is not None:
                        members.setdefault(home, []).extend(members.pop(sid, []))

    def _substituted(self, sid: str, mine: Evidence, home: str, theirs: Evidence) -> bool:
        """Are the canonicals of stories ``sid`` (evidence ``mine``) and ``home`` (``theirs``) a substitution of each
        other (:meth:`rehome`'s last test), with a trailing list of either read as what it is? Two copies of one story,
        each with its own list of related headlines appended (or one with a list, the other with a text glued), hold
        text of their own at one place, their end: the shape of two reports sharing a lead. Without their lists
        (:mod:`cleaner.dedup.lists`; a list only when the text before it is the larger part: an index page's links
        are most of it) the two are asked again: no substitution either way, and one accepts the other. Two reports
        under one lead still differ in their bodies, which no list sets aside."""
        p = self.params
        if not (compare(mine, theirs, p).substitution or compare(theirs, mine, p).substitution):
            return False
        x, y = self.new[sid].doc_id, self.new[home].doc_id
        if not p.list_lines or x not in self.sketch_of or y not in self.sketch_of:
            return True
        hx, hy = self._head(x, mine), self._head(y, theirs)
        if hx is mine and hy is theirs:
            return True
        v, w = compare(hx, hy, p), compare(hy, hx, p)
        self.res.candidates += 2
        return v.substitution or w.substitution or not (v.accepted or w.accepted)

    def _head(self, did: str, ev: Evidence) -> Evidence:
        """Evidence ``ev`` of text ``did`` (of this run) without its trailing list, when it has one and the text before
        it is the larger part; else ``ev`` itself."""
        start, k = self.list_start(did), self.params.shingle
        if not start or 2 * start < ev.n_shingles + k - 1:
            return ev
        return without_list(ev, start, k, self.list_letters.get(did, 0))

    def _members(self) -> dict[str, list[str]]:
        """The texts of this run (sketched here) by story, canonical copies included."""
        out: dict[str, list[str]] = {}
        for did, sid in self.story_of.items():
            if did in self.sketch_of:
                out.setdefault(resolve_merged(self.merged_into, sid), []).append(did)
        return out

    def _held(self, members: dict[str, list[str]], sid: str, home: str) -> bool:
        """Is every copy of story ``sid`` but its canonical a copy of a text of story ``home`` both ways (each
        accepts the other)? Asked before a story joins one as large as itself (:meth:`rehome`): a family of reposts of
        one repost (letters deleted from it, then a list appended or a text glued) keeps together and refuses the
        original's first text, while each of its copies but the family's own first lies in a text of the original's
        story and holds it. Two stories that share a passage do not hold each other's copies whole both ways; only texts
        of comparable length are asked (at most twice as long as the other): a template page's short story lies in a
        long text that holds it, and accepts it both ways by containment."""
        canonical = self.new[sid].doc_id
        others = [d for d in members.get(sid, ()) if d != canonical]
        theirs = [self.sketch_of[d] for d in members.get(home, ())]
        if not others or not theirs or len(others) * len(theirs) > HELD_PAIRS:
            return False
        p = self.params
        evidence = [sketch_evidence(t) for t in theirs]
        for did in others:
            sk = self.sketch_of[did]
            mine = sketch_evidence(sk)
            # (of comparable length: a short text that lies in a long one is accepted both ways by containment)
            near = [
                e
                for t, e in zip(theirs, evidence, strict=True)
                if 2 * min(t.length, sk.length) >= max(t.length, sk.length)
            ]
            self.res.candidates += len(near)
            if not any(compare(mine, t, p).accepted and compare(t, mine, p).accepted for t in near):
                return False
        return True

    def _accepts(self, mine: Evidence, own_list: int, copy: Evidence) -> bool:
        """Is canonical ``mine`` accepted by a text of evidence ``copy`` (the text as the canonical): as a whole, or
        with its own trailing list set aside (``own_list``: where it starts, 0 when none;
        :func:`cleaner.dedup.verify.listed`), as placement asked it — a copy cut short with headlines appended. Not with
        the text's list set aside: a template page whose list is nearly all of it would leave its header, which lies in
        every page of the template."""
        v = compare(mine, copy, self.params)
        if v.accepted or not own_list:
            return v.accepted
        w = listed(mine, own_list, copy, 0, self.params, (v.contained, v.covers))
        return w is not None and w.accepted

    def _cut_back(self, sid: str, mine: Evidence, did: str, copy: Evidence) -> bool:
        """Is the canonical of story ``sid`` (evidence ``mine``, a text of this run) text ``did`` (``copy``) cut short
        with a text glued or a list after the cut, as placement asks it (:meth:`_cut_short`)? Its copy both ways,
        then, as :meth:`rehome` asks: the text the canonical was cut from."""
        canonical = self.new[sid].doc_id
        if canonical not in self.sketch_of:
            return False
        v = compare(mine, copy, self.params)
        self.res.candidates += 1
        return (
            not (v.accepted or v.substitution) and self._cut_asked(v) and self._cut_short(canonical, mine, did, copy, v)
        )

    def _overlaps(self, theirs: Evidence, mine: Evidence, home: str) -> bool:
        """Does a text of evidence ``theirs`` lack more than ``_GAP`` of itself as a block at its head in one of
        canonical ``mine`` and story ``home``'s canonical and at its tail in the other
        (:func:`cleaner.dedup.verify.edge_gaps`)? Then it overlaps each on one side (an excerpt of a story's later
        part with text of its own), no copy of both. Nor when ``mine`` holds a block of its own between text it shares
        with it (:func:`cleaner.dedup.verify.inner_block`): pages of one site's template around two stories."""
        p = self.params
        home_entry = self.new[home] if home in self.new else self.entry(home)  # (or a story of an earlier night)
        (ch, ct), (th, tt) = edge_gaps(theirs, home_entry.as_evidence(), p), edge_gaps(theirs, mine, p)
        return (ch > _GAP and tt > _GAP) or (ct > _GAP and th > _GAP) or inner_block(mine, theirs, p)

    def unframe(self) -> None:
        """Stories of this run whose canonical holds *template* lines — lines that ``template_stories`` or more of the
        run's stories hold (counted exactly, once per story: :func:`_line_keys`) — compared once more without them,
        against the stories that share one of their other lines: a page whose story is a few lines in a portal's frame
        (header, sidebar, "related" list, footer) is then compared by its story, so the bare copy of that story, which
        no canonical accepted (the frame outweighs the story in the page), joins it. Such a comparison (a second
        collapse of those canonicals, the framed ones without their template lines) joins a group only when exactly one
        of them is framed: two framed pages whose stories share lines are two pages of one template (different parts of
        one text, or stories on one topic), which the frame alone kept apart and which without it would look alike.

        Lines are counted within each group of stories that refused each other (connected: pages of one template refuse
        each other), so the counts are the same whether the run is one collapse or the staged run's tasks of connected
        components. Only stories that refused, or were refused by, ``template_stories - 1`` others count lines, and only
        a story that a framed one refused (or that refused it) is asked again with it, when they share a line that is
        not template: a run of texts that share nothing pays nothing, and one of reposts little."""
        p = self.params
        k = p.template_stories
        if k <= 0 or len(self.new) < k + 1 or not self.order:
            return
        near: dict[str, set[str]] = {}
        for a, bs in self.refusals.items():
            ra = resolve_merged(self.merged_into, a)
            if ra in self.new:
                near.setdefault(ra, set()).update(
                    x for x in (resolve_merged(self.merged_into, b) for b in bs) if x != ra
                )
        core = [sid for sid in self.new if len(near.get(sid, ())) >= k - 1]
        if len(core) < k:
            return
        group = connected(near)
        least = p.template_line_chars
        lines_of = {sid: self.docs[self.first[self.new[sid].doc_id]].text.split("\n") for sid in core}
        hashes_of = {sid: _line_keys(lines, least, group[sid]) for sid, lines in lines_of.items()}
        """A story → its lines' keys in its group (a line held in two groups is two keys)."""
        held = Counter(key for keys in hashes_of.values() for key in keys)
        frame = {key for key, n in held.items() if n >= k}
        """Template lines (keys): exact counts, over the texts this run holds anyway, so the same in every process."""
        if not frame:
            return
        framed_by: dict[str, set[tuple[str, str]]] = {}
        """A framed story → its lines that are not template."""
        for sid, hashes in hashes_of.items():
            if not frame.isdisjoint(hashes):
                own = hashes - frame
                if own:
                    framed_by[sid] = own
        partners: dict[str, None] = {}
        plain: list[str] = []
        for sid in self.new:  # (placing order)
            if sid in framed_by:
                continue
            framing = [f for f in near.get(sid, ()) if f in framed_by]
            if not framing:
                continue
            if sid not in hashes_of:
                lines_of[sid] = self.docs[self.first[self.new[sid].doc_id]].text.split("\n")
                hashes_of[sid] = _line_keys(lines_of[sid], least, group[sid])
            hashes = hashes_of[sid]
            sharing = [f for f in sorted(framing) if not hashes.isdisjoint(framed_by[f])]
            if sharing and frame.isdisjoint(hashes):
                plain.append(sid)
                partners.update(dict.fromkeys(sharing))
        if not plain:
            return
        framed = {
            sid: "\n".join(x for x in lines_of[sid] if len(x) < least or (group[sid], x) not in frame)
            for sid in partners
        }
        """Framed story → its canonical without template lines."""
        docs = [Document(id=sid, text=text) for sid, text in framed.items()]
        docs += [Document(id=sid, text=self.docs[self.first[self.new[sid].doc_id]].text) for sid in plain]
        given = {sid: replace(self.sketch_of[self.new[sid].doc_id], doc_id=sid) for sid in plain}
        inner = collapse(docs, params=replace(p, template_stories=0, restore=False), sketches=given)
        for story in inner.stories:
            sids = sorted({src.doc_id or "" for src in story.sources})
            if len(sids) < 2 or sum(s in framed for s in sids) != 1:
                continue
            home = min(sids, key=lambda s: (-self.new[s].length, -self.new[s].n_shingles, self.new[s].doc_id))
            if any(self._apart(x, y) for x, y in itertools.combinations(sids, 2)):
                continue  # (a page of two stories, and the story of one of its parts: kept apart by :meth:`_digest`)
            for gone in sids:
                if gone != home:
                    self._absorb(home, gone)

    def split(self) -> None:
        """Stories of this run whose texts are one story only by the run's template lines are split as their texts
        without those lines collapse (:mod:`cleaner.dedup.split`)."""
        p = self.params
        if p.split_share <= 0 or p.split_stories <= 0 or len(self.new) < p.split_stories:
            return
        members = {s: ds for s, ds in self._members().items() if s in self.new and s not in self.moved_in}
        for sid, ds in members.items():  # (the canonical first)
            ds.sort(key=lambda d: d != self.new[sid].doc_id)
        near = {
            resolve_merged(self.merged_into, a): {resolve_merged(self.merged_into, b) for b in bs}
            for a, bs in self.refusals.items()
        }
        inner = partial(_stories_of, params=replace(p, template_stories=0, restore=False, split_stories=0))
        text = lambda did: self.docs[self.first[did]].text  # noqa: E731
        parts = split_parts(
            members, near, text, stories=p.split_stories, least=p.template_line_chars, share=p.split_share,
            inner=inner,
        )  # fmt: skip
        for sid in sorted(parts):
            for part in parts[sid]:
                self._split_off(sid, part)

    def _split_off(self, sid: str, dids: list[str]) -> None:
        """Texts ``dids`` of story ``sid`` leave it: a story of their own, its canonical the most complete of them. A
        part whose canonical started a story that this run merged into another stays (its id is taken)."""
        sk = self.sketch_of
        head = min(dids, key=lambda d: (-sk[d].length, -sk[d].n_shingles, d))
        if head in self.merged_into or head in self.new:
            return
        entry = self.new[head] = self.entries[head] = StoryEntry.from_sketch(head, sk[head], self._kept_list(head))
        if self.stored:  # (a new story of tonight; its copies move to it as a rehomed copy moves)
            self.idx.add_story(entry, self._kept(sk[head], self.keys_of.get(head, ())))
        ev = entry.as_evidence()
        for did in dids:
            v = compare(sketch_evidence(sk[did]), ev, self.params) if did != head else None
            if self.stored:
                self.idx.move_copy(did, sid, head, 1.0 if v is None else v.similarity)
            if v is None:
                self.verdicts.pop(did, None)
            else:
                self.verdicts[did] = v
            self.story_of[did] = head
        self.res.near_duplicates -= 1
        self.res.split += 1

    def _bridge(self, sid: str, others: list[str], mine: Evidence) -> None:
        """Stories of this run that the text just joined to ``sid`` is a copy of too (their canonicals accept it) are
        one story with ``sid`` when their canonicals are *related* (:func:`cleaner.dedup.verify.related`): placed in
        another order, one canonical would have been the other's copy's home. The story whose canonical is the more
        complete (placed first) keeps its id and canonical; the other's copies join it."""
        for other in others:
            if self._apart(sid, other):
                continue
            a, b = self.new[other].as_evidence(), self.new[sid].as_evidence()
            if other in self.cut or sid in self.cut:  # (a head shared with the text: only where it lies whole in one)
                if not self._part_of(mine, other, a, sid, b):
                    continue
            elif not (
                self._related(self.new[other].doc_id, a, self.new[sid].doc_id, b)
                or framed_copy(mine, a, b, self.params)
                or self._part_of(mine, other, a, sid, b)
                or self._larger_part(mine, other, a, sid, b)
            ):
                continue
            if _placed_first(self.new[other], self.new[sid]):
                sid, other = other, sid
            self._absorb(sid, other)

    def _apart(self, x: str, y: str) -> bool:
        """Are stories ``x`` and ``y`` a page of two stories and the story of a text it refused as its second part
        (:meth:`_digest`), or stories they were merged into? Such a pair is not joined by a later rule."""
        if not self.apart:
            return False
        pair = {resolve_merged(self.merged_into, x), resolve_merged(self.merged_into, y)}
        return any(
            {resolve_merged(self.merged_into, a), resolve_merged(self.merged_into, b)} == pair for a, b in self.apart
        )

    def _larger_part(self, mine: Evidence, x: str, ex: Evidence, y: str, ey: Evidence) -> bool:
        """Is the text (accepted by both canonicals) the larger part of each — at least ``_LARGER`` of each canonical's
        evidence found in it, at least ``scattered_contained`` of it in each — and does neither canonical hold a block
        of its own between text it shares with it (:func:`cleaner.dedup.verify.inner_block`: a template's page around a
        story)? Then what each canonical adds is a block at its edge that is smaller than the story they share (an
        appended list, a glued text), not a different story after a shared lead (that is the smaller part)."""
        p = self.params
        for sid, ev in ((x, ex), (y, ey)):
            if sid not in self.accepted or inner_block(ev, mine, p):
                return False
            span, edge = edge_own(ev, mine, p)
            if span < _LARGER or edge < _LARGER:
                return False
        (xh, xt), (yh, yt) = edge_gaps(mine, ex, p), edge_gaps(mine, ey, p)
        return not ((xh > _GAP and yt > _GAP) or (xt > _GAP and yh > _GAP))

    def _related(self, x: str, a: Evidence, y: str, b: Evidence) -> bool:
        """:func:`cleaner.dedup.verify.related` of canonicals ``x`` and ``y`` (evidence ``a``, ``b``), asked once a run
        per pair: a story of this run keeps its canonical, and each copy that both accept asks again."""
        known = self.related_of.get((x, y))
        if known is None:
            known = self.related_of[(x, y)] = related(a, b, self.params)
        return known

    def _part_of(self, mine: Evidence, x: str, ex: Evidence, y: str, ey: Evidence) -> bool:
        """Does the text (accepted by both canonicals) lie nearly whole (``member_similarity``) in one of them while the
        other canonical is a copy of the text too (it accepts the text, and the text it, with at least
        ``scattered_contained`` of it in the text), neither canonical holds one block of its own between text it shares
        with the text (:func:`cleaner.dedup.verify.inner_block`), and the two are no substitution of each other? Then
        the other story is the first's without what that canonical adds (a header and footer, a moved paragraph): had
        the text been placed first, both would have joined it. (A headline that lies in a page and in a list of
        related headlines holds little of the longer text; a page of a template with a short story lies nearly whole
        in a page of the template with a long one, whose story is one block of its own; pages of one site's template
        with different stories that the text's template accepts are a substitution of each other.) The text read as the
        other canonical with words deleted (:func:`cleaner.dedup.verify.deleted_copy`) counts only when at least
        ``scattered_contained`` of it lies in that canonical: the deleted-words rule takes a text down to
        ``deleted_contained``, which places one text in its nearest story but does not make two stories one (two
        stories of one topic in the same phrases, every name, place and figure their own, are read so; dedup37)."""
        p = self.params
        for holder, eh, other, other_id in ((x, ex, ey, y), (y, ey, ex, x)):
            v = self.accepted.get(holder)
            if v is None or v.contained < p.member_similarity or inner_block(eh, mine, p):
                continue
            back = compare(other, mine, p)  # (accepted by containment either way: the other's own share asked too)
            taken = self.accepted.get(other_id)
            if (
                (back.accepted and back.contained >= p.scattered_contained)
                or self._listed_back(other_id, other, mine, back)
                or (taken is not None and taken.contained >= p.scattered_contained and deleted_copy(mine, other, p))
                or self._cut_head(self.new[other_id].doc_id, other, self.placing, mine)
            ) and not inner_block(other, mine, p):
                sub = compare(ex, ey, p).substitution or compare(ey, ex, p).substitution
                return not sub or rewritten(ex, ey, p)
        return False

    def _listed_back(self, sid: str, ev: Evidence, mine: Evidence, back: Verdict) -> bool:
        """Is canonical ``ev`` of story ``sid`` (verdict ``back`` on it against the text ``mine``, refused or holding
        too little of it) a copy of the text once its trailing list is set aside (:meth:`_listed`), with at least
        ``scattered_contained`` of the rest in the text? A copy of the text with related headlines appended holds the
        list as its own share."""
        p = self.params
        if not p.list_lines or max(back.contained, back.covers) < _LIST_ASKED:
            return False
        entry = self.new[sid]
        v = self._listed(entry.doc_id, ev, self.placing, mine, back, entry.list_start)
        return v is not None and v.accepted and v.contained >= p.scattered_contained

    def _absorb(self, home: str, gone: str) -> None:
        """Story ``gone`` of this run becomes part of story ``home`` (its canonical one of home's copies)."""
        entry = self.new.pop(gone)
        self.merged_into[gone] = home
        self.entries.pop(gone, None)
        self.evidences.pop(gone, None)
        self.verdicts[entry.doc_id] = compare(entry.as_evidence(), self.new[home].as_evidence(), self.params)
        if self.stored:
            self.idx.merge_stories(home, gone)
        else:
            for did, m in self.run_movable.pop(gone, {}).items():
                self.run_movable.setdefault(home, {})[did] = replace(m, story_id=home)
        self.res.merged += 1

    def _join(self, did: str, sk: Sketch, kept: Sequence[int], v: Verdict, sid: str, superseded: list[str]) -> None:
        """Text ``did`` joins story ``sid`` as a copy, or as its new canonical when it supersedes it."""
        self.res.near_duplicates += 1
        self.verdicts[did] = v
        # movable unless settled, or about to be the canonical (canonical copies never move)
        movable = (
            CopyEntry.from_sketch(sid, sk, v.similarity)
            if v.similarity < self.params.settled and sid not in superseded
            else None
        )
        if self.stored:  # a copy's window keys stay out of the state, unless it becomes the canonical (see README)
            self.idx.add_copy(sid, did, kept if sid in superseded else kept[: sk.band_keys.size], movable)
        elif movable is not None:
            self.run_movable.setdefault(sid, {})[did] = movable
        if sid not in superseded:
            return
        former = [self.entry(other) for other in superseded] if self.stored else []
        self.entries[sid] = StoryEntry.from_sketch(sid, sk, self._kept_list(did))
        if self.stored:
            self.idx.replace_canonical(sid, self.entries[sid])
        self.updated[sid] = did
        # Several stories of earlier runs that this copy contains and outgrows: in one run over all
        # their copies it would have been their canonical and gathered them into one story.
        for other in superseded:
            if other != sid:
                self.merged_into[other] = sid
                self.idx.merge_stories(sid, other)  # only stories of an earlier run: the index is stored
                self.updated.pop(other, None)
                self.res.merged += 1
        if former:
            self._keep_former(sid, sketch_evidence(sk), former)

    def _keep_former(self, sid: str, mine: Evidence, former: list[StoryEntry]) -> None:
        """The canonicals of stories of earlier runs that a text of this run replaced (story ``sid``'s, and those of
        stories merged into it) stay in the state as movable copies of ``sid`` (their evidence, their similarity to
        the new canonical ``mine``), at most while the story holds fewer than :data:`_FORMER_KEPT` movable copies. One
        run would have placed each of them as a copy of the longer text, where a later text that it accepts joins the
        story through it (:meth:`_by_member`); across nights the state kept only the canonical's evidence, so a copy
        that the story's replaced canonical accepts and the new one refuses stayed a story of its own
        (:meth:`_by_former` asks them)."""
        held = len(self.idx.movable(sid))
        for old in former:
            if held >= _FORMER_KEPT:
                return
            v = compare(old.as_evidence(), mine, self.params)
            self.res.candidates += 1
            entry = CopyEntry(
                old.doc_id, sid, v.similarity, old.length, old.n_shingles, old.evidence, old.positions, old.sampled,
                old.chars, old.char_positions, old.n_grams, old.figures,
            )  # fmt: skip
            self.idx.add_copy(sid, old.doc_id, (), entry)
            held += 1

    def record_sources(self) -> None:
        """Every document's sources, in input order, recorded against its story (with its similarity)."""
        for i, did in enumerate(self.ids):
            self.members.setdefault(resolve_merged(self.merged_into, self.story_of[did]), []).append(i)
        absorbed = absorbed_by(self.merged_into)
        self.fields = _fields(
            self.members, self.docs, self.first, self.new, self.updated, absorbed,
            self.idx if self.stored else None, self.moved_in,
        )  # fmt: skip
        for i, did in enumerate(self.ids):
            sid = resolve_merged(self.merged_into, self.story_of[did])
            canon_id = self.entry(sid).doc_id
            sim = 1.0 if did == canon_id else _similarity(did, sid, self.verdicts, self.idx)
            for src in _sources_of(self.docs[i], self.docs[i].id or did):  # (the copy's own id)
                src.similarity = sim
                src.meta = copy_meta(self.docs[i].meta, self.fields[sid])
                if self.idx.add_source(sid, src):
                    self.story_sources.setdefault(sid, []).append(src)
                    if sid not in self.new:
                        self.res.attached += 1
                else:
                    self.res.already_seen += 1

    def emit(self) -> None:
        """The new stories (restored words put back) and the updated stories of earlier runs, in input order."""
        story_ids = sorted(self.new, key=lambda s: self.members[s][0])
        restored = _restore_all(
            story_ids, self.new, self.members, self.docs, self.ids, self.first, self.params, self.ex
        )
        for sid in story_ids:
            entry = self.new[sid]
            canon = self.docs[self.first[entry.doc_id]]
            text, n = restored.get(sid, (canon.text, 0))
            self.res.restored += n
            # copies recorded by an earlier run that moved here: their sources are in the index, not in this run
            sources = self.idx.sources(sid) if sid in self.moved_in else self.story_sources.get(sid, [])
            story = _story(sid, canon, entry.doc_id, sources, text, n, self.fields[sid])
            if sid in self.moved_in:
                story.meta[MOVED_META] = " ".join(sorted(set(self.moved_in[sid])))
            self.res.stories.append(story)
        absorbed = absorbed_by(self.merged_into)
        for sid in sorted(self.updated, key=lambda s: self.members[s][0]):
            canon = self.docs[self.first[self.updated[sid]]]
            update = _story(sid, canon, self.updated[sid], self.idx.sources(sid), canon.text, 0, self.fields[sid])
            if sid in absorbed:
                update.meta[MERGED_META] = " ".join(absorbed[sid])
            if sid in self.moved_in:
                update.meta[MOVED_META] = " ".join(sorted(set(self.moved_in[sid])))
            self.res.updates.append(update)


def title_key(title: str) -> str:
    """The matching form of a title (:func:`cleaner.dedup.normalize.normalize`: one width, one script, lower case)
    with its letters and digits only: two copies of a title that differ in punctuation, spaces or script agree."""
    return "".join(ch for ch in normalize(title) if ch.isalnum()) if title else ""


def prose_of(text: str) -> str | None:
    """``text`` from its first line that is no chrome on (its head set aside: a title and the source and time line under
    it, a breadcrumb), None when that head is a line or none. A chrome line is short and ends on no sentence mark
    (:data:`_CHROME_LINE`), or holds no clause mark at all (:data:`_CLAUSE`: a row of links or channel names, a
    title); a story's line, even cut short, holds one."""
    at = lines = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        bare = text[at:end].strip()
        if bare and (len(bare) > _CHROME_LINE or bare[-1] in _SENTENCE_ENDS) and _CLAUSE.search(bare):
            break
        lines += bool(bare)
        at = end + 1
    if lines < _CHROME_HEAD or len(text) - at <= _CHROME_LINE:
        return None
    return text[at:]


def _stories_of(docs: list[Document], params: DedupParams) -> list[list[str]]:
    """The document ids of each story :func:`collapse` finds in ``docs`` (:meth:`_Run.split`'s inner collapse)."""
    return [sorted({src.doc_id or "" for src in s.sources}) for s in collapse(docs, params=params).stories]


def _line_keys(lines: Iterable[str], least: int, group: str) -> set[tuple[str, str]]:
    """The distinct lines of at least ``least`` characters, each keyed with its group of stories
    (:meth:`_Run.unframe`)."""
    return {(group, x) for x in lines if len(x) >= least}


def _copies(me: int, lines: list[str], holders: _LineHolders) -> set[int]:
    """The texts (numbers) other than text ``me`` (its ``lines``) that are copies of it, not pages of its site: they
    share one of its sentence lines (a clause mark, longer than :data:`_SITE_HEADLINE`: a related list's headline is
    not one) that fewer than :data:`_SITE_TEXTS` texts hold, or :data:`_SITE_SAID` of them whatever their holders (a
    site's pages share a footer notice at most)."""
    said = [holders.of(x) for x in set(lines) if len(x) > _SITE_HEADLINE and _CLAUSE.search(x)]
    shared = Counter(h for held in said for h in held if h != me)
    copies = {h for held in said if len(held) < _SITE_TEXTS for h in held if h != me}
    copies.update(h for h, n in shared.items() if n >= _SITE_SAID)
    return copies


def _shared_keys(sk: Sketch, others: list[Sketch]) -> list[int]:
    """How many keys (bands, windows, anchor pairs) each of ``others`` shares with ``sk``."""
    if len(others) < 2:  # (nothing to order)
        return [0] * len(others)
    mine = np.sort(np.concatenate((sk.band_keys, sk.window_keys)))
    if not mine.size:
        return [0] * len(others)
    out: list[int] = []
    for o in others:
        n = 0
        for keys in (o.band_keys, o.window_keys):
            at = np.minimum(np.searchsorted(mine, keys), mine.size - 1)
            n += int(np.count_nonzero(mine[at] == keys))
        out.append(n)
    return out


def _placed_first(a: StoryEntry, b: StoryEntry) -> bool:
    """Is canonical ``a`` more complete than ``b``: before it in the order texts are placed (``_Run.order``)?"""
    return (-a.length, -a.n_shingles, a.doc_id) < (-b.length, -b.n_shingles, b.doc_id)


def _similarity(did: str, sid: str, verdicts: dict[str, Verdict], idx: DedupIndex) -> float:
    v = verdicts.get(did)
    if v is not None:
        return v.similarity
    for s in idx.sources(sid):  # an exact copy of a text recorded by an earlier run
        if s.doc_id == did:
            return s.similarity
    return 1.0


def _restore_job(item: tuple[str, list[str], int]) -> tuple[str, int]:
    """``executor.map`` adapter for :func:`restore` (pure)."""
    return restore(item[0], item[1], max_chars=item[2])


def _restore_all(
    story_ids: list[str],
    new: dict[str, StoryEntry],
    members: dict[str, list[int]],
    docs: list[Document],
    ids: list[str],
    first: dict[str, int],
    params: DedupParams,
    ex: Executor,
) -> dict[str, tuple[str, int]]:
    """Restored canonical text and runs restored, for each new story with other copies (on the executor)."""
    if not params.restore:
        return {}
    jobs: list[tuple[str, list[str], int]] = []
    owners: list[str] = []
    for sid in story_ids:
        canon_id = new[sid].doc_id
        canon = docs[first[canon_id]].text
        if len(canon) > params.restore_max_chars:
            continue
        seen = {canon_id}
        others: list[str] = []
        for i in members[sid]:
            if ids[i] not in seen and len(others) < _MAX_RESTORE_COPIES:
                seen.add(ids[i])
                others.append(docs[i].text)
        if others:
            jobs.append((canon, others, params.restore_max_chars))
            owners.append(sid)
    chunk = max(1, min(64, len(jobs) // max(1, 8 * ex.workers)))
    return dict(zip(owners, ex.map(_restore_job, jobs, chunksize=chunk), strict=True))


def _fields(
    members: dict[str, list[int]],
    docs: list[Document],
    first: dict[str, int],
    new: Mapping[str, StoryEntry],
    updated: Mapping[str, str],
    absorbed: Mapping[str, list[str]],
    store: DedupIndex | None,
    moved_in: Mapping[str, list[str]],
) -> dict[str, StoryFields]:
    """Each touched story's title, url and meta merged from all its copies (:mod:`cleaner.dedup.fields`),
    recorded in the index when it keeps them."""
    canonical: dict[str, Document] = {sid: docs[first[e.doc_id]] for sid, e in new.items()}
    canonical.update((sid, docs[first[did]]) for sid, did in updated.items())
    # (tested as an object: mypy takes a DedupIndex for never a FieldStore, and mypyc compiles that as None)
    probe: object = store
    # (a MemoryIndex is one, known without the protocol's isinstance, ≈ 0.1 ms: every inner collapse of a run asks)
    known = type(probe) is MemoryIndex or isinstance(probe, FieldStore)
    fstore: FieldStore | None = cast(FieldStore, probe) if known else None
    moved = {sid: store.sources(sid) for sid in moved_in} if store is not None else None
    return story_fields(
        {sid: [docs[i] for i in at] for sid, at in members.items()},
        canonical,
        absorbed=absorbed,
        moved=moved,
        store=fstore,
        new=new,
    )


def _story(
    sid: str,
    canon: Document,
    canon_id: str,
    sources: list[Source],
    text: str,
    restored: int,
    fields: StoryFields | None = None,
) -> Document:
    if fields is None:
        fields = merge_fields(canon)
    meta: dict[str, Any] = dict(fields.meta)
    if restored:
        meta[RESTORED_META] = str(restored)
    ordered = sorted(sources, key=lambda s: s.doc_id != canon_id)  # stable: canonical copies first
    return Document(
        text=text,
        format="text",
        id=sid,
        title=fields.title,
        url=fields.url,
        meta=meta,
        sources=ordered,
        encoding=None,
        removed=dict(canon.removed),
    )


def collapse_docs(
    docs: Iterable[Document],
    *,
    params: DedupParams | None = None,
    executor: Executor | None = None,
    index: DedupIndex | None = None,
) -> list[Document]:
    """Just the new stories of :func:`collapse`."""
    return collapse(docs, params=params, executor=executor, index=index).stories
