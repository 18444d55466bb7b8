"""Stories split by their own text after placement (issue 13: pages of one portal's chrome chained into one story).

A page of a portal is mostly the portal's chrome (header, hot lists, footer, stylesheet, script): two pages of one
portal with different short stories share 80-90 % of their lines, a verifier that reads the pair accepts it, and
pages of several stories chain into one. The run itself tells the chrome: a line is *template* when the texts holding
it lie in ``split_stories`` or more stories of the run (counted once per story, so the copies of one reposted story
never make its own lines template; counted within each group of stories that refused each other's texts, as
:meth:`cleaner.dedup.collapse._Run.unframe` counts, so the counts are the same in one collapse and in the staged run's
tasks). A story with two or more texts of this run, one of them at least ``split_share`` template lines (by
characters), has its texts collapsed again without those lines; when that says they are two or more stories, the parts
other than the canonical's become stories of their own (:func:`split_parts`), unless a part shares, line for line,
half of its own (non-template) text with the rest (a copy cut short, a copy in a chrome of its own: the inner collapse
lacks the run's context). A story whose texts verify as one story by their own lines stays whole: the split only
undoes what the chrome joined.

Only stories created by this run are asked (never a stored story of an earlier night): the counts are this run's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from cleaner.document import Document

Inner = Callable[[list[Document]], list[list[str]]]
"""The collapse of a list of documents, as lists of the document ids of each story found."""


def connected(near: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each node of the graph ``near`` → the smallest node of its connected part."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, bs in near.items():
        for b in bs:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


def template_share(text: str, template: set[str]) -> float:
    """The share of ``text``'s characters in template lines."""
    lines = text.split("\n")
    return sum(map(len, filter(template.__contains__, lines))) / (len(text) + 1)


def without(text: str, template: set[str]) -> str:
    """``text`` without its template lines."""
    return "\n".join(x for x in text.split("\n") if x not in template)


def split_parts(
    members: Mapping[str, list[str]],
    near: Mapping[str, Iterable[str]],
    text_of: Callable[[str], str],
    *,
    stories: int,
    least: int,
    share: float,
    inner: Inner,
) -> dict[str, list[list[str]]]:
    """Story → the groups of its texts that leave it (each a story of its own), for the stories of ``members``
    (story → its texts of this run, canonical first) whose texts do not verify as one story without template lines.
    ``near``: story → the stories it refused or was refused by."""
    group = connected(near)
    size = Counter(group.values())
    asked = [s for s, ds in members.items() if len(ds) >= 2 and size.get(group.get(s, s), 1) >= stories]
    if not asked:
        return {}
    groups = {group[s] for s in asked}
    held: dict[str, Counter[str]] = {g: Counter() for g in groups}
    lines_of: dict[str, set[str]] = {}
    for sid, ds in members.items():  # (lines once per story, in the groups asked)
        if group.get(sid, sid) in groups:
            lines = lines_of[sid] = set().union(*(text_of(d).split("\n") for d in ds))
            held[group[sid]].update(lines)
    out: dict[str, list[list[str]]] = {}
    for sid in sorted(asked):
        counts = held[group[sid]]
        frame = {x for x in lines_of[sid] if len(x) >= least and counts[x] >= stories}  # (the length first: cheaper)
        parts = _parts(members[sid], text_of, frame, share, inner, counts) if frame else []
        if parts:
            out[sid] = parts
    return out


def _parts(
    dids: list[str],
    text_of: Callable[[str], str],
    template: set[str],
    share: float,
    inner: Inner,
    held: Mapping[str, int] | None = None,
) -> list[list[str]]:
    """The parts of a story's texts ``dids`` (canonical first) other than the canonical's, when one text is at least
    ``share`` template lines and the texts without them are more than one story (texts left empty stay). ``held``:
    line → the stories of the group holding it (:func:`_shared`'s weights)."""
    if max(template_share(text_of(d), template) for d in dids) < share:
        return []
    bare = [Document(id=d, text=t) for d, t in ((d, without(text_of(d), template)) for d in dids) if t.strip()]
    if not bare or bare[0].id != dids[0]:  # (a canonical all template: nothing to tell its part by)
        return []
    found = inner(bare)
    if len(found) < 2:
        return []
    own = {d.id: set(d.text.split("\n")) - {""} for d in bare}
    parts = [sorted(ids) for ids in found if dids[0] not in ids]
    return [p for p in parts if not _shared(p, [d for d in own if d not in p], own, held or {})]


KEPT = 0.5
"""A part whose texts share at least this share of the smaller side's own lines with the rest of its story stays."""


def _shared(part: list[str], rest: list[str], own: Mapping[str, set[str]], held: Mapping[str, int]) -> bool:
    """Do texts ``part`` and ``rest`` share, line for line, at least :data:`KEPT` of the smaller side's own
    (non-template) characters? (A copy cut short, or one in a chrome of its own, holds its story's lines as they
    are.) A line weighs its length over the number of stories of the group holding it (``held``): a line of this
    story's texts alone weighs whole, one the chrome of a few other stories holds (a footer, a disclaimer) little.
    Only prose lines count (:func:`prose`) when both sides have some: a page crawled another day or in another
    site's chrome changes its navigation rows, counts, dates and script lines, not its story's paragraphs."""
    a = set().union(*(own[d] for d in part))
    b = set().union(*(own[d] for d in rest))
    pa, pb = set(filter(prose, a)), set(filter(prose, b))
    if pa and pb:
        a, b = pa, pb

    def weight(lines: set[str]) -> float:
        return sum(len(x) / max(1, held.get(x, 1)) for x in lines)

    small = min(weight(a), weight(b))
    return small > 0 and weight(a & b) >= KEPT * small


PROSE = 30
"""A prose line (:func:`prose`) has at least this many characters."""

_ENDS = frozenset('。！？!?.”」』"')
_CODE = frozenset("{}();=<>\"'\\")


def prose(line: str) -> bool:
    """Is ``line`` a paragraph of a story: ``PROSE`` characters or more, few code marks, ending a sentence or holding
    two, not a teaser cut with "…"? (A headline row, a script statement or a JSON blob are not.)"""
    line = line.rstrip()
    if len(line) < PROSE or line.endswith(("…", "...")) or sum(c in _CODE for c in line) * 20 > len(line):
        return False
    return line[-1] in _ENDS or sum(c in _ENDS for c in line) + line.count(". ") >= 2
