"""A text's *trailing list*: the block of short lines after its story (other stories' headlines, tags, links).

Reposting sites append a list of "related" headlines after a story, often after cutting the story short. Such a
copy and its original share a head and each hold text of their own after it — the shape of two reports of one event
that share a lead, which must stay apart. What tells them apart is the form of the text each adds: a list of short
lines that are no sentences (a headline with a date and a source), not a report's own paragraphs. The collapse reads
it from the text, on demand (:meth:`cleaner.dedup.collapse._Run.list_start`), and the verifier compares once more
without it (:func:`cleaner.dedup.verify.listed`).
"""

from __future__ import annotations

import re
from typing import Final

from cleaner.dedup.normalize import NORMALIZER_VERSION, normalize
from cleaner.dedup.signature import kernel_cut
from cleaner.dedup.tokens import cut_tokens, tokenize

__all__ = ["LIST_LINE_CHARS", "list_chars", "list_offset", "list_tokens", "read_on_chars", "tokens_after"]

LIST_LINE_CHARS: Final = 64
"""A line of a list holds at most this many characters (white space at its ends aside)."""
LIST_MAX_LINES: Final = 128
"""A text that ends in more short lines than this has no trailing list (a table, a hard-wrapped text: not a block of
related headlines; the scan stops there)."""
_CJK: Final = re.compile(r"[\u3400-\u9fff]")
"""A CJK ideograph: a normalised text without one is not segmented (:func:`cleaner.dedup.tokens.tokenize`)."""
_SENTENCE: Final = re.compile(r"[。．]|\. |[.;；]$")
"""A line with a full stop (a Latin one before a space or at its end), or ending like a sentence, holds a sentence: no
list item."""
_NUMBERED: Final = re.compile(r"\d{1,3} ?[.．] *")
"""A list item's number at a line's start (``1. 标题``, ``2．Title``): its stop is no sentence's (:data:`_SENTENCE` is
asked of the line without it)."""
LIST_LINE_CHARS_LATIN: Final = 128
"""A line with no CJK ideograph may hold this many (a Latin headline, with its source and date, is longer)."""
_ITEMS: Final = re.compile(r" +[|｜/] +|[|｜]| {2,}|　+")
"""What separates the items of a list written on one line (``a | b | c``, ``a / b / c``, ``a　b　c``)."""
_BARS: Final = re.compile(r"[|｜]")
"""The bar that separates the fields of a headline line or the items of a list written on one line."""
_CLAUSE: Final = re.compile(r"[，。；：！？、,;]")
"""Clause punctuation: a long Chinese line without any is no prose, and its items may be split by single spaces."""
_STOPS: Final = re.compile(r"[。．]")
"""A sentence's end: a line that holds one is no list of spaced headlines (:func:`_spaced`)."""
_READ_ON: Final = re.compile(
    r"(?:阅读|查看|浏览)(?:全文|原文|更多)|全文(?:未完|完)|未完待续|[（(]未完[)）]|本文节选"
    r"|\b(?:read|see) (?:the )?(?:full|more|rest)\b|\bcontinue reading\b|\bfull (?:story|article)\b",
    re.IGNORECASE,
)
"""What a read-on line says (:func:`read_on_chars`)."""
_READ_ON_CHARS: Final = 24
"""A read-on line holds at most this many characters (white space at its ends aside): a link's words, no sentence."""
_READ_ON_AFTER: Final = "。！？.!?…”」』\"'）)"
"""The last character before a read-on line that :func:`read_on_chars` reads: a sentence's end. A story cut inside a
sentence is told from two texts sharing a lead by where it is cut (:meth:`cleaner.dedup.collapse._Run._cut_short`);
cut at a sentence end, only the read-on line tells it."""
_LINE_ITEMS: Final = 3
"""A line of at least this many short items, none a sentence, is that many list lines (a list written on one line)."""


def list_chars(text: str, lines: int) -> int:
    """Where the trailing list of ``text`` starts (a character offset: the start of its first line), or -1 when it has
    none. Among the short lines (at most :data:`LIST_LINE_CHARS` characters, :data:`LIST_LINE_CHARS_LATIN` without a CJK
    ideograph; a longer line that is a list of short items written on one line counts as its items: :func:`_items`;
    blank lines aside) that end the text, the
    list is the run up from the end where lines that are no sentence most outnumber eight times those that are (a
    headline that quotes a caption; not the sentences of hard-wrapped prose above it), with at least ``lines`` of them
    and text before it (a text that is all such lines — a navigation page, a table of contents — has no story to set
    a list apart from), at most :data:`LIST_MAX_LINES` lines from the end."""
    pos, score, best, start, first, seen = len(text), 0, 0, -1, -1, 0
    while pos > 0 and seen < LIST_MAX_LINES:
        nl = text.rfind("\n", 0, pos)
        line = text[nl + 1 : pos].strip()
        pos = nl
        if not line:
            continue
        items = _items(line)
        if not items:
            return start
        first, seen = nl + 1, seen + 1
        score += items if _SENTENCE.search(line, _numbered(line)) is None or _piped(line) else -4
        if score > best:
            best = score
            start = first if score >= lines > 0 else -1
    return -1 if start == first or pos > 0 else start  # (a text that is a list from its first line, or too long: none)


def _numbered(line: str) -> int:
    """Where ``line`` goes on after a list item's number at its start (:data:`_NUMBERED`), 0 when it has none."""
    m = _NUMBERED.match(line)
    return 0 if m is None else m.end()


def _items(line: str) -> int:
    """How many list lines ``line`` (stripped, not blank) counts as: 1 when it is short (:data:`LIST_LINE_CHARS`, or
    :data:`LIST_LINE_CHARS_LATIN` with no CJK ideograph); a longer line, its items when it is a list written on one
    line (at least :data:`_LINE_ITEMS` items split by ``|`` / ``/`` / wide spaces — or by any space in a Chinese line
    with no clause punctuation — each short: :data:`LIST_LINE_CHARS`, :data:`LIST_LINE_CHARS_LATIN` in a line with no
    CJK ideograph); else 0 (prose)."""
    if len(line) <= LIST_LINE_CHARS:  # (short with or without an ideograph: not looked for)
        return 1
    cjk = _CJK.search(line) is not None
    if not cjk and len(line) <= LIST_LINE_CHARS_LATIN:
        return 1
    parts = [x for x in (line.split() if cjk and _CLAUSE.search(line) is None else _ITEMS.split(line)) if x.strip()]
    if len(parts) >= _LINE_ITEMS and all(len(x) <= (LIST_LINE_CHARS if cjk else LIST_LINE_CHARS_LATIN) for x in parts):
        return len(parts)
    return _spaced(line) if cjk else 0


def _spaced(line: str) -> int:
    """Items of a Chinese line with no full stop (a headline may ask or exclaim) split by single spaces although some
    items hold clause punctuation (a headline's colon or comma: ``猜你喜欢 标题 “某案”：标题 …``), when at least
    ``2 × _LINE_ITEMS`` items are all short and fewer than a quarter of them hold clause punctuation (prose with a few
    spaced Latin words has few items, each long, or clauses in most); else 0."""
    if _STOPS.search(line) is not None:
        return 0
    parts = line.split()
    clauses = sum(_CLAUSE.search(x) is not None for x in parts)
    if len(parts) < 2 * _LINE_ITEMS or 4 * clauses >= len(parts) or any(len(x) > LIST_LINE_CHARS for x in parts):
        return 0
    return len(parts)


def _piped(line: str) -> bool:
    """Is ``line`` at least :data:`_LINE_ITEMS` items split by ``|``, fewer than half of them holding a sentence:
    headlines with their source and date (``title | outlet | date``), or a list written on one line — list lines even
    where an item holds a full stop (``vs. ``, ``U.S. ``); not prose whose sentences are split by bars."""
    items = [x.strip() for x in _BARS.split(line) if x.strip()]
    return len(items) >= _LINE_ITEMS and 2 * sum(_SENTENCE.search(x) is not None for x in items) < len(items)


def read_on_chars(text: str) -> int:
    """Where the first *read-on line* of ``text`` starts (a character offset), -1 when it has none: a short line
    (:data:`_READ_ON_CHARS` at most) that says the story is cut there (:data:`_READ_ON`: 阅读全文, 未完待续, "Read
    more" …), after text of its own that ends a sentence (:data:`_READ_ON_AFTER`). What follows it on a page is no
    part of that story (a link, another page's text glued after, a list), so it is set aside as a trailing list is
    (:func:`list_tokens`)."""
    start, last = 0, ""  # (the short lines alone are matched: the pattern is slow to scan over a whole text)
    for line in text.split("\n"):
        bare = line.strip()
        if last and len(bare) <= _READ_ON_CHARS and last[-1] in _READ_ON_AFTER and _READ_ON.search(bare) is not None:
            return start
        start += len(line) + 1
        last = bare or last
    return -1


def list_offset(text: str, lines: int) -> int:
    """Where what :func:`list_tokens` counts starts in ``text`` (a character offset: the trailing list's first line,
    :func:`list_chars`, or the first read-on line when that comes first, :func:`read_on_chars`), -1 when neither."""
    start = list_chars(text, lines)
    read_on = read_on_chars(text) if lines > 0 else -1
    if read_on >= 0 and (start < 0 or read_on < start):
        start = read_on
    return start


def list_tokens(text: str, lines: int, tokenizer: str = "rjieba") -> int:
    """Tokens (:func:`cleaner.dedup.tokens.tokenize` of the normalised text) in the trailing list of ``text``
    (:func:`list_chars`), or from its first read-on line on when that comes first (:func:`read_on_chars`), 0 when it
    has neither. The segmenters never join characters across a line break, so these are the text's last tokens: the
    list starts at token ``n - list_tokens(text)`` of a text of ``n`` tokens."""
    return tokens_after(text, list_offset(text, lines), tokenizer)


def tokens_after(text: str, start: int, tokenizer: str = "rjieba", normalizer: str = NORMALIZER_VERSION) -> int:
    """Tokens of ``text`` from character offset ``start`` on (:func:`list_tokens`), 0 when ``start`` < 0; read as
    normaliser version ``normalizer``."""
    if start < 0:
        return 0
    norm = normalize(text[start:], normalizer)
    # (the kernel's cut where it applies: the sketch's own, so no second dictionary is loaded for these few texts)
    cut = kernel_cut(norm, tokenizer) if _CJK.search(norm) is not None else None
    return len(tokenize(norm, tokenizer) if cut is None else cut_tokens(cut))
