"""The audit trail: what cleaning and extraction removed from each document, and why (``cleaner run --audit``).

Recording is off unless a caller turns it on with :func:`recording` (a context variable, so it holds in the
process or worker that cleans, and costs one lookup per document when off). While it is on:

- :func:`cleaner.text.textclean.clean_lines` keeps a verdict for every input line: kept, removed by a rule
  (``drop_line.share-to``, ``cut_tail.recommend``, ``breadcrumb``, ``title.repeated``, …) or changed by
  ``strip`` / ``meta`` rules (the new text beside it);
- HTML extraction leaves its decisions (:func:`note`): the chosen block, its score, the runners-up;
- each :class:`cleaner.Document` carries them in ``doc.audit``, which the pipeline writes to
  ``OUT/audit.jsonl.gz`` with one record per document, story and reject (:func:`story_record`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from difflib import SequenceMatcher
from os.path import commonprefix
from typing import Any

__all__ = [
    "Cut",
    "active",
    "document_record",
    "note",
    "notes",
    "recording",
    "reject_record",
    "restored_runs",
    "story_record",
    "trail_records",
    "verdicts",
]

Cut = tuple[int, str, str, str | None]
"""``(at, line, rules, new_text)``: an input line that cleaning removed (``new_text`` None) or changed (strip and
meta rules cut a part of it; ``new_text`` is what is left, the document's line ``at``). ``at``: the index of the
document's line it stood before (removed) or is (changed). ``rules``: the rule names, comma-separated. Kept
lines are not recorded: they are the document's text."""

_ACTIVE: ContextVar[bool] = ContextVar("cleaner_audit", default=False)
_NOTES: ContextVar[dict[str, Any] | None] = ContextVar("cleaner_audit_notes", default=None)


@contextmanager
def recording(on: bool = True) -> Iterator[None]:
    """Record verdicts while the block runs (``on=False``: a no-op, for callers that pass a flag along)."""
    token = _ACTIVE.set(on)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def active() -> bool:
    return _ACTIVE.get()


@contextmanager
def notes() -> Iterator[dict[str, Any]]:
    """Collect what :func:`note` is told while the block runs (extraction decisions of one page)."""
    box: dict[str, Any] = {}
    token = _NOTES.set(box)
    try:
        yield box
    finally:
        _NOTES.reset(token)


def note(key: str, value: Any) -> None:
    """Tell the audit about a decision (a no-op unless recording and inside :func:`notes`)."""
    box = _NOTES.get()
    if box is not None and _ACTIVE.get():
        box[key] = value


def restored_runs(before: str, after: str) -> list[dict[str, Any]]:
    """The runs of text ``after`` has and ``before`` lacks (words restored into a canonical): text and offset in
    ``after``. Lines are aligned first and only differing lines compared character by character, without their
    common head and tail (a character diff of whole stories costs more than the rest of the audit)."""
    if before == after:
        return []
    b_lines, a_lines = before.split("\n"), after.split("\n")
    a_at = [0]
    for line in a_lines:
        a_at.append(a_at[-1] + len(line) + 1)
    runs: list[dict[str, Any]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, b_lines, a_lines, autojunk=False).get_opcodes():
        if tag == "equal" or j2 == j1:
            continue
        old, new, base = "\n".join(b_lines[i1:i2]), "\n".join(a_lines[j1:j2]), a_at[j1]
        head = len(commonprefix([old, new]))  # noqa: RUF071 (characters, not paths)
        tail = len(commonprefix([old[head:][::-1], new[head:][::-1]]))  # noqa: RUF071
        old_mid, new_mid = old[head : len(old) - tail], new[head : len(new) - tail]
        for op, _x1, _x2, y1, y2 in SequenceMatcher(None, old_mid, new_mid, autojunk=False).get_opcodes():
            if op in ("insert", "replace") and y2 > y1:
                runs.append({"text": new_mid[y1:y2], "at": base + head + y1})
    return runs


def _copy(src: Any) -> dict[str, Any]:
    keys = ("doc_id", "path", "record", "segment", "url", "similarity")
    return {k: getattr(src, k) for k in keys}


def story_record(story: Any, canonical_text: str | None, copies: dict[str, str]) -> dict[str, Any]:
    """The audit record of one story: its copies with their similarity, and the runs of words restored into the
    canonical text with the copy that had them (``copies``: doc id → that copy's cleaned text)."""
    restored = restored_runs(canonical_text, story.text) if canonical_text is not None else []
    for run in restored:
        context = story.text[max(0, run["at"] - 6) : run["at"] + len(run["text"]) + 6]
        run["from"] = next((d for d, t in copies.items() if context in t), None)
    return {
        "kind": "story",
        "id": story.id,
        "title": story.title,
        "canonical": story.sources[0].doc_id if story.sources else story.id,
        "copies": [_copy(s) for s in story.sources],
        "restored": restored,
    }


def document_record(doc: Any) -> dict[str, Any]:
    """The audit record of one cleaned document: where it came from, its title and text, every line cleaning cut
    (:data:`Cut`) and, for HTML, extraction's decisions. :func:`verdicts` puts them back in order."""
    src = doc.sources[0] if doc.sources else None
    trail = doc.audit or {}
    return {
        "kind": "document",
        "doc_id": doc.id,
        "path": src.path if src else "",
        "record": src.record if src else 0,
        "segment": src.segment if src else 0,
        "url": doc.url,
        "title": doc.title,
        "removed": doc.removed,
        "text": doc.text,
        "cuts": trail.get("cuts", []),
        "extraction": trail.get("extraction"),
        **({"site": trail["site"]} if "site" in trail else {}),
    }


def verdicts(text: str, cuts: list[Any]) -> list[tuple[str, str, str | None]]:
    """Every input line of a document in order, as ``(line, rules, new_text)``: rules ``""`` for a kept line."""
    lines = text.split("\n") if text else []
    out: list[tuple[str, str, str | None]] = []
    k = 0
    for at, line, rule, new in cuts:
        while k < at and k < len(lines):
            out.append((lines[k], "", None))
            k += 1
        out.append((line, rule, new))
        if new is not None:
            k += 1  # the changed line is the document's line ``at``
    out.extend((line, "", None) for line in lines[k:])
    return out


def reject_record(rej: Any) -> dict[str, Any]:
    """The audit record of a reject: its reason, and a sample of its text where there was one (the detail)."""
    return {"kind": "reject", **rej.to_json(), "sample": (rej.detail or "")[:500]}


def trail_records(docs: list[Any], stories: list[Any], rejects: Iterable[Any], before: dict[str, str]) -> list[Any]:
    """Every audit record of a run: documents, stories (``before``: each document's text before the collapse
    restored words into it), rejects. A document that is a story's canonical copy, unchanged, has ``story`` (the
    story's id: its text is the story's) instead of ``text``."""
    as_story = {s.sources[0].doc_id: s.id for s in stories if s.sources and before.get(s.sources[0].doc_id) == s.text}
    out: list[Any] = []
    for doc in docs:
        rec = document_record(doc)
        story = as_story.get(doc.id)
        if story is None:
            rec["text"] = before.get(doc.id, doc.text)
        else:  # the text of a story's canonical copy is in stories.jsonl already: not written twice
            del rec["text"]
            rec["story"] = story
        out.append(rec)
    for story in stories:
        copies = {s.doc_id: before[s.doc_id] for s in story.sources if s.doc_id in before}
        canonical = story.sources[0].doc_id if story.sources else story.id
        out.append(story_record(story, before.get(canonical), copies))
    out.extend(reject_record(r) for r in rejects)
    return out
