"""Text-dump cleaning: split glued pages, strip portal boilerplate, lift metadata.

The work is driven by :mod:`cleaner.rules` (packaged data files). Two entry points:

- :func:`clean_text` takes one dump (possibly several portal pages glued
  together, possibly an aggregator page) and returns one :class:`Document` per
  page or aggregator segment.
- :func:`clean_lines` cleans the lines of a single document; HTML extraction
  runs it on the lines it extracted, so both paths share one rule engine.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final, NamedTuple

from cleaner import audit
from cleaner.audit import Cut
from cleaner.dedup.kernel import count_marked, sketch_kernel
from cleaner.document import Document, Reject, Source
from cleaner.errors import InputTooLarge
from cleaner.input.base import MAX_INPUT_BYTES
from cleaner.rules import Rule, Rules, applicable, default_rules
from cleaner.text.scriptfold import MIN_TRADITIONAL, PageFold, few_traditional, fold_chars, fold_page

__all__ = ["Cleaned", "body_start", "clean_lines", "clean_text", "paragraph", "split_text"]

# Control characters (C0 but tab, line breaks and the separators below; DEL), zero-width and bidi controls, BOMs,
# and private-use-area icon glyphs (icon fonts). C1 controls stay: in scraped text they are nearly always cp1252
# punctuation read as Latin-1 (U+0092 for an apostrophe), and removing them would glue words.
_CONTROLS = "\x00-\x08\x0e-\x1b\x7f"
_INVISIBLE_SET = (
    f"{_CONTROLS}\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ue000-\uf8ff\U000f0000-\U0010ffff"
)
# The zero-width non-joiner and joiner (U+200C, U+200D) are spelling in the scripts that join letters: Persian
# "می‌خواهم", Hindi and the other Indic scripts, Arabic, Syriac, Myanmar, Khmer, Mongolian; and the joiner builds
# emoji sequences. Between two characters of those (in the same text) they stay; elsewhere (between Chinese
# characters, where sites scatter them against copying; at a line's edge; in runs) they go like the others.
_JOINING = (
    "\u0600-\u08ff\u0900-\u0dff\u1000-\u109f\u1780-\u18af\ufb50-\ufdff\ufe70-\ufefc"
    "\ufe0f\u2600-\u27bf\U0001f000-\U0001faff"
)
_JOINERS = "\u200c\u200d"
_NOT_JOINERS = _INVISIBLE_SET.replace("\u200b-\u200f", "\u200b\u200e\u200f")
_INVISIBLE = re.compile(f"[{_NOT_JOINERS}]|(?<![{_JOINING}])[{_JOINERS}]|[{_JOINERS}](?![{_JOINING}])")
# (the file, group, record and unit separators are white space to str.split: spaces here too)
_ASCII_SPACE = "\t\f\v\x1c-\x1f"
_SPACE = f"{_ASCII_SPACE}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# a text without any of these (and without two plain spaces in a row) has nothing to fold or remove
_DIRTY = re.compile(f"[{_INVISIBLE_SET}{_SPACE}]")
_ASCII_DIRTY = re.compile(f"[{_CONTROLS}{_ASCII_SPACE}]")
""":data:`_DIRTY`'s ASCII characters: for an ASCII text, a small set the regex engine scans for fast."""
# a run of white space that is not already one plain space (the same matches as
# "[SPACE][ SPACE]*| [ SPACE]+", written to start with a set, which the regex engine scans for fast)
_SPACES = re.compile(f"[ {_SPACE}](?:(?<=[{_SPACE}])[ {_SPACE}]*|[ {_SPACE}]+)")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x85\v\f]")
"""Line breaks other than ``\n``: CR, CRLF, NEL, the Unicode line and paragraph separators, and (helper hostile15)
the vertical tab and form feed: a line break in text copied from Word (Shift+Enter) is a vertical tab, and
pdftotext ends each page with a form feed; as spaces they glued every line of such a dump into one (no title, no
line rules: a share line stayed in the text)."""
_TERMINAL = "。！？!?…；;"
_CRUMB_SEP = re.compile(r"\s+[-–—>»›/＞→|]\s+|\s*[>»›＞→]\s*")
NOTHING_LEFT: Final = "no text left after cleaning"
"""The detail of an ``empty_page`` reject."""
MIN_BODY_CHARS = 24
"""Pages with less body text than this (non-space characters) are rejected as too short."""


class Cleaned(NamedTuple):
    lines: list[str]
    meta: dict[str, str]
    removed: dict[str, int]
    title: str
    """The title passed in, or one found in the lines (a breadcrumb's last crumb)."""
    trace: list[Cut] | None = None
    """What was cut, while :func:`cleaner.audit.recording` is on (positions in ``lines``)."""
    cut: int = -1
    """The index of the input line where a cut_tail rule cut the rest of the text (-1: none did)."""


def _kernel_functions() -> tuple[Callable[[str], int] | None, Callable[[str], bytes] | None]:
    """The compiled kernel's ``dirty_at`` and ``glue_lines`` (``cleaner/dedup/_sketch.c``): one loop over a text's
    characters in place of a regex search and a substring test per line; ``None`` without the kernel (the same
    answers, from :data:`_DIRTY` and :data:`_GLUE`)."""
    k = sketch_kernel()
    return (None, None) if k is None else (k.dirty_at, k.glue_lines)


_DIRTY_AT, _GLUE_LINES = _kernel_functions()


def _kernel_squeeze() -> Callable[[str, int], str] | None:
    """The kernel's ``squeeze_from`` (``text[:head] + _squeezed(text[head:])`` in one loop), if it has it (a kernel
    built before it was added does not)."""
    k = sketch_kernel()
    squeeze: Callable[[str, int], str] | None = getattr(k, "squeeze_from", None) if k is not None else None
    return squeeze


_SQUEEZE_FROM = _kernel_squeeze()


def _squeezed(text: str) -> str:
    """``text`` without :data:`_INVISIBLE` characters, each run of white space (:data:`_SPACES`) one plain space."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text))


def drop_invisible(line: str) -> str:
    """``line`` without control characters, zero-width and bidi controls, BOMs and icon glyphs (what
    :func:`normalize_text` removes from a text dump), for lines that do not pass through it (extracted HTML)."""
    return line if line.isprintable() else _INVISIBLE.sub("", line)


_OTHER_ENDS = re.compile("\r(?!\n)|[\u2028\u2029\x85\v\f]")


def unify_line_ends(text: str) -> str:
    """``text`` with its line ends all ``\n`` when it holds one of another kind but CRLF (CR-only line ends, U+2028,
    NEL, a form feed, …), as :func:`normalize_text` makes them: the tests of a dump's line lengths and page starts
    look for ``\n``, and a dump of more than a million characters with CR-only line ends was one ``line_too_long``
    reject, every page lost (helper hostile35)."""
    return _NEWLINES.sub("\n", text) if _OTHER_ENDS.search(text) is not None else text


def normalize_text(text: str) -> str:
    """NFC, one kind of newline, no invisible/icon characters, runs of spaces folded."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text or "\v" in text or "\f" in text:
        text = _NEWLINES.sub("\n", text)
    if _DIRTY_AT is not None:  # (the kernel: the first character of _DIRTY or double space, one loop)
        start = _DIRTY_AT(text)
        if start < 0:
            return text
    else:
        dirty = (_ASCII_DIRTY if text.isascii() else _DIRTY).search(text)
        double = text.find("  ")
        if dirty is None and double < 0:
            return text
        start = min(x for x in (dirty.start() if dirty is not None else -1, double) if x >= 0)
    # nothing before the first such character changes, except a space just before it (a run's start; not itself
    # invisible: the first such character is after it)
    head = max(0, start - 1)
    if _SQUEEZE_FROM is not None:
        return _SQUEEZE_FROM(text, head)
    return text[:head] + _squeezed(text[head:])


MAX_CHAR_RUN: Final = 200
"""A run of this many of one character (not white space) is no text: no word of any language repeats a character so
often, and separator rows are chrome. Such runs are taken out of the lines (:func:`without_char_runs`)."""
_CHAR_RUN: Final = re.compile(r"(\S)\1{" + str(MAX_CHAR_RUN - 1) + ",}")


def without_char_runs(line: str) -> str:
    """``line`` without its runs of :data:`MAX_CHAR_RUN` or more of one non-space character. A page of a million ``啊``
    (or ``=``) before a short article became the canonical of every copy of that article, and glued to it, a dump line
    over :data:`MAX_LINE_CHARS` (``line_too_long``: the article lost; helper hostile27). Cheap on lines without one:
    such a run holds two equal characters at positions ``k * MAX_CHAR_RUN // 2`` and the next such one, so only a line
    where those are equal is searched."""
    step = MAX_CHAR_RUN // 2
    for at in range(0, len(line) - step, step):
        if line[at] == line[at + step] and not line[at].isspace():  # (searched once, from there: linear)
            return _CHAR_RUN.sub("", line) if _CHAR_RUN.search(line, max(0, at - step)) is not None else line
    return line


def _near(n: int, m: int) -> bool:
    """Could strings of lengths n and m be the same title up to punctuation and spaces?"""
    lo, hi = _near_lengths(m)
    return lo <= n <= hi


def _near_lengths(m: int) -> tuple[int, int]:
    """The least and most length :func:`_near` a title of length ``m`` (for tests of many lines against one)."""
    return m // 2 - 2, 2 * m + 8


_NOT_WORD = re.compile(r"[\W_]+")


def _squash(s: str) -> str:
    """Letters and digits only, NFKC and lower case: for comparing titles."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", s).lower())


def _squashes_to(line: str, squashed: str) -> bool:
    """``_squash(line) == squashed``; without the regex pass when the first or last character of ``squashed``
    is not in ``line`` once NFKC and lower case (the pass only deletes): most lines of a page against its title."""
    if line.isascii():  # (NFKC keeps ASCII as it is; the pass deletes every ASCII character but [a-z0-9])
        if len(line) < len(squashed):
            return False
        low = line.strip(_ASCII_NOT_WORD)  # its first and last characters are the squash's (lowered)
        if low[:1].lower() != squashed[:1] or low[-1:].lower() != squashed[-1:]:
            return False
        low = low.lower()
    else:
        if _IDEOGRAPH.search(squashed) is None and _IDEOGRAPH.search(line) is not None:
            return False  # (the ideograph is a letter its squash keeps: NFKC and lower case leave it as it is)
        first, last = squashed[:1], squashed[-1:]
        if (
            first
            and ((_ideograph(first) and first not in line) or (_ideograph(last) and last not in line))
            and not _has_cjk_compat(line)
        ):
            return False  # (an ideograph the squash must hold: only a _CJK_COMPAT character's NFKC could add it)
        low = unicodedata.normalize("NFKC", line).lower()
        if squashed and (squashed[0] not in low or squashed[-1] not in low):
            return False
    return _NOT_WORD.sub("", low) == squashed


_ASCII_NOT_WORD = "".join(chr(c) for c in range(128) if not (chr(c).isascii() and chr(c).isalnum()))
"""The ASCII characters :data:`_NOT_WORD` matches (every one but letters and digits)."""


_CJK_COMPAT_RANGES: Final = (
    (0x2E80, 0x2FFF),
    (0x3038, 0x303A),
    (0x3190, 0x319F),
    (0x3200, 0x33FF),
    (0xF900, 0xFAFF),
    (0x1F200, 0x1F2FF),
    (0x2F800, 0x2FA1F),
)
_CJK_COMPAT = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_COMPAT_RANGES) + "]")
"""Every character whose NFKC (lower case) holds a CJK ideograph without being one (radicals, compatibility,
parenthesized, circled and squared ideographs), and some more; ``tests/test_textclean_speed.py`` checks this
against the running Unicode database."""


def _cjk_compat_bits() -> bytes:
    """:data:`_CJK_COMPAT`'s characters as a bit set (code point c: bit ``c & 7`` of byte ``c >> 3``; 24 KB, up to
    its last character) for the kernel's ``count_marked``."""
    bits = bytearray((_CJK_COMPAT_RANGES[-1][1] >> 3) + 1)
    for lo, hi in _CJK_COMPAT_RANGES:
        for c in range(lo, hi + 1):
            bits[c >> 3] |= 1 << (c & 7)
    return bytes(bits)


_COUNT_MARKED = count_marked()
_CJK_COMPAT_BITS: Final = _cjk_compat_bits()


def _has_cjk_compat(text: str) -> bool:
    """``_CJK_COMPAT.search(text) is not None``: by the kernel's bit-set loop when it is built (a regex class search
    over a Chinese text that holds none of them reads it at ≈ 100 MB/s: the title tests of every page)."""
    if _COUNT_MARKED is not None:
        return _COUNT_MARKED(text, _CJK_COMPAT_BITS, 1) > 0
    return _CJK_COMPAT.search(text) is not None


_IDEOGRAPH: Final = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
"""The characters :func:`_ideograph` is true of: each is a word character that NFKC and lower case leave as it is
(``tests/test_textclean_speed.py`` checks this against the running Unicode database), so a line that holds one
squashes to a string that holds it."""


def _ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff"


def _without_title(lines: list[str], title: str) -> list[str]:
    """``lines`` without those that repeat ``title`` (:func:`_near` in length and :func:`_squashes_to` it). When
    the squashed title starts or ends with an ideograph and no line near in length has a :data:`_CJK_COMPAT`
    character, a line can squash to the title only if it holds that ideograph (those two) itself: the NFKC pass
    runs only on such lines, not on every line of about the title's length."""
    squashed = _squash(title)
    lo, hi = _near_lengths(len(title))
    if squashed and (_ideograph(squashed[0]) or _ideograph(squashed[-1])):
        # (an end that is not an ideograph stands in as the other: every line that squashes to the title holds it)
        first = squashed[0] if _ideograph(squashed[0]) else squashed[-1]
        last = squashed[-1] if _ideograph(squashed[-1]) else first
        if not _has_cjk_compat("".join([ln for ln in lines if lo <= len(ln) <= hi])):
            return [
                ln
                for ln in lines
                if not (lo <= len(ln) <= hi and first in ln and last in ln and _squashes_to(ln, squashed))
            ]
    return [ln for ln in lines if not lo <= len(ln) <= hi or not _squashes_to(ln, squashed)]


def _lift(m: re.Match[str], meta: dict[str, str]) -> str:
    """Record a metadata match (the first value of a field wins) and cut it out."""
    for key, value in m.groupdict().items():
        if value and value.strip() and key not in meta:
            meta[key] = value.strip()
    return ""


def _strip_and_lift(
    line: str, strip: tuple[Rule, ...], meta_rules: tuple[Rule, ...], meta: dict[str, str], removed: Counter[str]
) -> str:
    """Cut glued boilerplate and metadata out of a line, until nothing more matches."""
    for _ in range(8):
        before = line
        for rule in applicable(strip, line):
            line, k = rule.regex.subn("", line)
            if k:
                removed[f"strip.{rule.name}"] += k
                line = _SPACES.sub(" ", line).strip()  # "a 分享至朋友圈 b" → "a b", as normalisation would
        for rule in applicable(meta_rules, line):
            line, k = rule.regex.subn(lambda m: _lift(m, meta), line)
            if k:
                removed[f"meta.{rule.name}"] += k
                line = _SPACES.sub(" ", line).strip()
        if line == before:
            break
    return line


_MEMO_LINES = 4096


def _stripped(line: str, rules: Rules, meta: dict[str, str], removed: Counter[str]) -> str:
    """:func:`_strip_and_lift` with the rules' strip and meta rules, remembered per line.

    Boilerplate and metadata lines recur on every page of a site. The result of a line
    does not depend on ``meta``; what it lifts is replayed (the first value of a field wins).
    """
    memo = rules.memo.get("stripped")
    if memo is None:
        memo = rules.memo["stripped"] = {}
    hit = memo.get(line)
    if hit is None:
        lifted: dict[str, str] = {}
        counts: Counter[str] = Counter()
        out = _strip_and_lift(line, rules.of("strip"), rules.of("meta"), lifted, counts)
        hit = (out, tuple(counts.items()), tuple(lifted.items()))
        if len(memo) >= _MEMO_LINES:
            memo.clear()
        memo[line] = hit
    for key, n in hit[1]:
        removed[key] += n
    for key, value in hit[2]:
        if key not in meta:
            meta[key] = value
    return str(hit[0])


Verdict = tuple[bool, str | None, str | None, str | None]


def _verdict(line: str, rules: Rules, kinds: frozenset[str] | None = None) -> Verdict:
    """(a breadcrumb, the first cut_tail rule, the first cut_list rule, the first drop_line rule) for ``line``;
    remembered. ``kinds``: the only kinds of rule that may match it (:meth:`Rules.kinds_given`; ``None``: any),
    the others not asked."""
    memo = rules.memo.get("verdict")
    if memo is None:
        memo = rules.memo["verdict"] = {}
    hit: Verdict | None = memo.get(line)
    if hit is None:
        tail = rules.matcher("cut_tail").first(line) if kinds is None or "cut_tail" in kinds else None
        block = rules.matcher("cut_list").first(line) if kinds is None or "cut_list" in kinds else None
        drop = rules.matcher("drop_line").first(line) if kinds is None or "drop_line" in kinds else None
        hit = (
            len(line) < 200 and (kinds is None or "breadcrumb" in kinds) and rules.matcher("breadcrumb").any(line),
            None if tail is None else tail[0].name,
            None if block is None else block[0].name,
            None if drop is None else drop[0].name,
        )
        if len(memo) >= _MEMO_LINES:
            memo.clear()
        memo[line] = hit
    return hit


_SCRIPT_ENDS: Final = "\u061f\u06d4\u0964\u0965\u0589\u104b\u1362"
"""Sentence marks of other scripts: Arabic "؟" and "۔", Devanagari "।" and "॥", Armenian, Myanmar, Ethiopic."""
_SENTENCE_END = re.compile(
    f"[。！？!?{_SCRIPT_ENDS}]"
    "|(?<=[a-z)\"'\u00df-\u00f6\u00f8-\u00ff\u0101-\u024f\u03ac-\u03ce\u0430-\u045f\u05d0-\u05ea"
    "\u0620-\u064a\u0660-\u0669\u0671-\u06d3\u0900-\u0963\uac00-\ud7a3])\\.(?=\\s|$)"
)
"""A sentence end: a CJK, ASCII, Arabic ("؟", "۔"), Devanagari ("।"), Armenian, Myanmar or Ethiopic mark, or a full
stop after a lower-case letter (Latin, Greek, Cyrillic), a letter of a script without case (Hebrew, Arabic,
Devanagari, Hangul) or a closing bracket or quote ("U.S." and "No. 5" hold none)."""
_UNPUNCTUATED: Final = re.compile("[\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff]")
"""Thai, Lao and Khmer letters: scripts that separate sentences by spaces, not marks."""
UNPUNCTUATED_PROSE: Final = 100
"""A line of this many characters in such a script is a paragraph (no sentence end to count)."""


PROSE_WORDS = 12
"""A one-sentence line of this many spaced words is a paragraph (English news writes one sentence a paragraph)..."""
PROSE_COMMAS = 3
"""A Chinese sentence of this many clauses ("，") shows that the body text has started."""


def _prose(line: str) -> bool:
    """A paragraph, not a headline: two sentences (or one long one). A list of headlines has neither."""
    if len(line) < 40:
        return False
    ends = len(_SENTENCE_END.findall(line))
    if not ends and len(line) >= UNPUNCTUATED_PROSE and _UNPUNCTUATED.search(line) is not None:
        return True
    return ends >= 2 or (ends == 1 and (len(line) >= 150 or line.count(" ") >= PROSE_WORDS))


BRIEF_CHARS: Final = 40
"""A one-sentence Chinese paragraph of this many characters with a clause break starts the body text (a brief)."""


def body_start(line: str) -> bool:
    """Does the body text start at or before ``line``: a :func:`paragraph <_prose>`, one Chinese sentence of
    :data:`PROSE_COMMAS` clauses (a two-line picture story), or a one-sentence Chinese paragraph of
    :data:`BRIEF_CHARS` characters (a news brief: "…，她说…希望听众在听完之后觉得新鲜、开心。")."""
    if _prose(line) or (line.count("，") >= PROSE_COMMAS and _SENTENCE_END.search(line) is not None):
        return True
    return len(line) >= BRIEF_CHARS and _run_line(line)


def _headline_like(crumb: str) -> bool:
    """A breadcrumb's last crumb is the page's title when it reads like a headline, not like a section name
    ("国内新闻", "正文", "World News"): a section name is a few characters or words."""
    return len(crumb.split()) >= 4 if crumb.isascii() else len(crumb) >= 8


RUN_AFTER = 4


_NOTICE_END = re.compile(f"[.!?。！？{_SCRIPT_ENDS}]\\s*$")
"""A line's closing sentence end (the other scripts' marks as :data:`_SENTENCE_END`: "؟", "۔", "।")."""


def _notice(line: str) -> bool:
    """A sentence of four or more words (or ten CJK characters) ending in a full stop: a notice ("The comments
    below have not been moderated."), not a heading that an editor might put between two paragraphs."""
    return _NOTICE_END.search(line) is not None and (line.count(" ") >= 3 or (len(line) >= 10 and not line.isascii()))


CJK_PARAGRAPH: Final = 20
"""A line of this many characters with a Chinese clause break ("，") that ends a sentence is a paragraph of Chinese
body text for the run-of-prose guard (Chinese news writes many one-sentence paragraphs, which :func:`_prose`
does not count)."""
_CJK_END: Final = re.compile(r"[。！？][”」』）)]?$")
_HAN: Final = re.compile("[\u3400-\u9fff]")


def _run_line(line: str) -> bool:
    """A paragraph of body text for the run-of-prose guard: :func:`_prose`, or a one-sentence Chinese paragraph."""
    return _prose(line) or (len(line) >= CJK_PARAGRAPH and "，" in line and _CJK_END.search(line) is not None)


SUBHEADING: Final = 24
"""A Chinese line of at most this many characters without a sentence end is a subheading between paragraphs..."""


def _subheading(line: str) -> bool:
    """...which the run-of-prose guard steps over ("变化二：60天包退换" between two paragraphs)."""
    return len(line) <= SUBHEADING and _HAN.search(line) is not None and _SENTENCE_END.search(line) is None


RUN_BACK: Final = 2
"""Subheadings stepped over above a tail line to find the paragraph before it..."""
HEADING_WORDS: Final = 12
"""...a line without a sentence end of at most :data:`SUBHEADING` Chinese characters or this many words."""


def _heading_like(line: str) -> bool:
    if _SENTENCE_END.search(line) is not None:
        return False
    return len(line) <= SUBHEADING if _HAN.search(line) else line.count(" ") < HEADING_WORDS


def _below_body(
    out: list[str], lines: Sequence[str], i: int, rules: Rules, name: str = "", in_flow: bool = False
) -> bool:
    """May a tail or list rule cut at the line before ``lines[i]``? Only below the start of the body text
    (a paragraph of prose already kept) and not inside a run of prose: a paragraph before, and at least
    ``RUN_AFTER - 1`` of the ``RUN_AFTER`` lines after (:func:`subheadings <_subheading>` no rule matches
    stepped over) are
    :func:`paragraphs <_run_line>` that no rule removes (a comment box's rules and a disclaimer are sentences
    too). A :func:`notice <_notice>` without Chinese characters cuts inside a run too (a comment section's opening
    notice is followed by comments in prose); a Chinese sentence that opens like a notice ("网友评论说，…。") is
    held to the guard like a heading: between paragraphs it is the article's own text. A :func:`heading
    <_heading_like>` with a run of prose below it (:func:`_prose_follows`: a short article, bylines and one-sentence
    paragraphs below it) removes only itself too, unless its rule (``name``) heads a section written in prose
    (:data:`_PROSE_SECTIONS`); so does one ``in_flow`` (set in the element the paragraphs around it are set in, as
    HTML extraction tells) over a single paragraph."""
    heads = rules.heads(name)
    # (an author's card that names the author follows an article of one short paragraph too, and so do the site's own
    # boxes: a one-sentence notice or 快讯 above "本站简介")
    if not any(body_start(line) or (heads in _AFTER_SHORT and paragraph(line)) for line in out):
        return False
    notice = _notice(lines[i - 1])
    if notice and _HAN.search(lines[i - 1]) is None:
        return True
    if (heads == "comments" and _COUNTED.search(lines[i - 1]) is not None) or heads in _CUTS_INSIDE:
        return True  # "4 Kommentare", "Komentarze (12)", "Nächster Artikel": no subsection of an article
    window = [ln.strip() for ln in lines[i : i + 2 * RUN_AFTER]]
    following = [ln for ln in window if ln and not (_subheading(ln) and not any(_verdict(ln, rules)))][:RUN_AFTER]
    run = sum(1 for ln in following if _run_line(ln) and not any(_verdict(ln, rules)))
    # the paragraph before: over up to RUN_BACK subheadings of the article ("2. Never urged Ukraine to ...")
    before = next((ln for ln in reversed(out[-1 - RUN_BACK :]) if not _heading_like(ln)), out[-1])
    if _run_line(before) and run >= RUN_AFTER - 1:
        return False
    # a heading over a run of prose is the article's own subheading; not a notice ("Comments are closed." over the
    # comments) nor the heading of a section written in prose (comments, an author's bio, a disclaimer)
    if heads in _PROSE_SECTIONS or not _heading_like(lines[i - 1].strip()):
        return True
    if in_flow and paragraph(before):
        # a subheading between two paragraphs of the article's own element (its own subheadings stepped over)
        below = [ln for ln in (x.strip() for x in lines[i : i + 2 * RUN_BACK + 1]) if ln]
        nxt = next((ln for ln in below[: RUN_BACK + 1] if not _subheading(ln)), "")
        if paragraph(_END_TAG.sub("", nxt)) and not any(_verdict(nxt, rules)):
            return False
    return not _prose_follows([ln.strip() for ln in lines[i : i + 2 * PROSE_WINDOW]], rules)


_END_TAG: Final = re.compile(r"\s*[(（][^()（）]{1,8}[)）]$")
"""An editor's or a wire's tag closing a paragraph ("…挤出效应。”（瑥丼）", "（完）")."""
_COUNTED: Final = re.compile(r"\d")
"""The line of a rule that heads comments (``heads = "comments"``) with a digit in it (a count) cuts inside a run of
prose too: the comments below are prose. So does the label over the next story (``heads = "next-story"``,
"Nächster Artikel"), whose paragraphs follow it: it never heads a section of the article."""
_CUTS_INSIDE: Final = ("next-story", "card", "site-box", "end-mark")
"""...and so does an author's card whose heading names the author ("About the author: Jane Doe", "关于作者：孙悦"):
no article gives a subheading that form; nor one of the site's own boxes ("网站公告", "本站简介"); nor a press release's
end mark ("###", "-30-": the contacts and the company's boilerplate below it are prose too)."""
_AFTER_SHORT: Final = ("card", "site-box")
"""The headings (a rule's ``heads``) that cut below a body of one short paragraph (:func:`paragraph`, not
:func:`body_start`): an author's card that names the author, one of the site's own boxes."""
_PROSE_SECTIONS: Final = ("comments", "prose")
"""The sections written in prose (comments, replies, a disclaimer, an author's bio; a rule's ``heads``, see
:data:`cleaner.rules.HEADS`): :func:`_prose_follows` does not hold their heading back."""
PROSE_WINDOW: Final = 6
"""The lines below a tail heading that :func:`_prose_follows` reads..."""
_PARA_END: Final = re.compile(f"[.!?。！？{_SCRIPT_ENDS}][\"'”’」』）)\\]]*$")
PARA_WORDS: Final = 6
"""...where a line of this many words (or :data:`CJK_PARAGRAPH` Chinese characters) ending a sentence is a
paragraph..."""
PARAGRAPH_SIZE: Final = 100
"""...and the paragraphs of a run of English prose are this long on average (a column of one-line decks is
shorter)..."""
CJK_PARAGRAPH_SIZE: Final = 40
"""...and those of a run of Chinese prose this long."""


def paragraph(line: str) -> bool:
    """A paragraph of body text in any language: :func:`_run_line`, or one sentence of :data:`PARA_WORDS` words
    (English news writes one short sentence a paragraph; a quote ends in its closing mark)."""
    if _run_line(line):
        return True
    if _PARA_END.search(line) is None:
        return False
    return len(line) >= CJK_PARAGRAPH if _HAN.search(line) else len(line) >= 30 and line.count(" ") >= PARA_WORDS - 1


def _dropped(line: str, rules: Rules) -> bool:
    """Does a drop_line rule (and no other) remove ``line`` (a photo credit between two paragraphs)?"""
    crumb, tail, block, drop = _verdict(line, rules)
    return drop is not None and not crumb and tail is None and block is None


def _prose_follows(following: list[str], rules: Rules) -> bool:
    """Is a tail heading a subheading of the article: a run of prose in the lines below it (two
    :func:`paragraphs <paragraph>` in a row that no rule removes, and paragraphs for at least half of the first
    :data:`PROSE_WINDOW` lines, lines a drop_line rule removes stepped over)? A list of headlines has no paragraph,
    teasers (a headline over a summary) never two in a row, a page's footer no sentences. (Nothing is asked of the
    lines above: a caption, a table or a tweet's credit may stand there.)"""
    following = [ln for ln in following if ln and not _dropped(ln, rules)][:PROSE_WINDOW]
    flags = [paragraph(ln) and not any(_verdict(ln, rules)) for ln in following]
    if not any(a and b for a, b in pairwise(flags)) or 2 * sum(flags) < len(flags):
        return False
    # ...and paragraphs as long as a body's, not a column of one-line decks ("Scan & Sand is designed to ...")
    paras = [ln for ln, f in zip(following, flags, strict=True) if f]
    size = sum(len(ln) for ln in paras) / len(paras)
    return size >= (CJK_PARAGRAPH_SIZE if any(_HAN.search(ln) for ln in paras) else PARAGRAPH_SIZE)


def clean_lines(
    lines: Sequence[str],
    rules: Rules | None = None,
    *,
    title: str | None = None,
    flow: frozenset[int] = frozenset(),
    captions: frozenset[int] = frozenset(),
    cells: frozenset[int] = frozenset(),
) -> Cleaned:
    """Clean the lines of one document: boilerplate out, metadata lifted.

    Lines that repeat ``title`` are dropped. Order per line: strip and meta
    (until nothing more matches), breadcrumb (short lines; the first one may give the title),
    cut_tail, cut_list, drop_line; empty lines are dropped. A cut_tail or cut_list line above the
    first paragraph of prose, or between two paragraphs, removes only itself. ``flow``: the indices of lines set
    in the same element as the lines before and after them (HTML: a ``<p>`` among the paragraphs of the article).
    ``captions``: the indices of lines that may be a picture's caption (HTML: a short line right under an
    ``<img>``); one set between two paragraphs (:func:`_caption_between`) is removed. ``cells``: the indices of lines
    set in a cell of a table of data inside the article (HTML: rows of cells, a header row or a label column, numbers
    in several rows): no drop_line rule removes them (a price or an amount alone on its line is the story's data
    there, a page counter or a vote count elsewhere).
    """
    rules = rules or default_rules()
    meta: dict[str, str] = {}
    removed: Counter[str] = Counter()
    out: list[str] = []
    found_title = title or ""
    squashed_title = _squash(found_title) if found_title else ""
    trace: list[Cut] | None = [] if audit.active() else None
    n = len(lines)
    i = 0
    stripped = [ln.strip() for ln in lines]
    for k, ln in enumerate(stripped):
        if len(ln) >= MAX_CHAR_RUN and (shorter := without_char_runs(ln)) is not ln:
            stripped[k] = shorter.strip()
            removed["text.char_run"] += 1
    found = rules.scan(stripped)  # (None: ask each line)
    touched = None if found is None else set(found)
    if touched is not None and captions:
        touched |= captions
    stops = _stops(touched, stripped, found_title if squashed_title else "")
    at = 0  # stops[at] is the first stop from i on
    while i < n:
        if stops is not None:
            while at < len(stops) and stops[at] < i:
                at += 1
            stop = stops[at] if at < len(stops) else n
            if stop > i:  # no rule can touch lines[i:stop] and none repeats the title: kept (the empty ones dropped)
                out.extend(filter(None, stripped[i:stop]))
                i = stop
                if i == n:
                    break
        line = original = stripped[i]
        i += 1
        if not line:
            continue
        if i - 1 in captions and _caption_between(out, stripped, i):
            removed["html.caption"] += 1
            if trace is not None:
                trace.append((len(out), original, "html.caption", None))
            continue
        kinds: frozenset[str] | None = None  # (the kinds of rule that may match the line, when the scan tells)
        if found is None:
            quiet = rules.untouched(line)
        else:
            on_line = found.get(i - 1)
            if on_line is None:
                quiet = True
            else:
                kinds = rules.kinds_given(line, on_line)
                quiet = rules.untouched(line) if kinds is None else not kinds
        if quiet and not (squashed_title and _near(len(line), len(found_title))):
            out.append(line)  # no rule can touch this line
            continue
        changed_by = ""
        # (no strip or meta rule among the kinds the scan leaves: the line stays as it is, maybe_glued not asked)
        if (kinds is None or "strip" in kinds or "meta" in kinds) and rules.maybe_glued(line):
            before = Counter(removed) if trace is not None else None
            line = _stripped(line, rules, meta, removed)
            if before is not None and line != original:
                changed_by = ",".join(sorted(k for k in removed if removed[k] != before[k]))
            if not line:
                if trace is not None:
                    trace.append((len(out), original, changed_by, None))
                continue
        if kinds is not None and line != original:  # (what the scan found was on the line before strip and meta)
            kinds = None
        rule = _line_verdict(line, rules, lines, i, found_title, squashed_title, not out, quiet, kinds)
        if rule is not None and i - 1 in cells and rule[0].startswith("drop_line."):
            rule = None
        if rule is None:
            if trace is not None and changed_by:
                trace.append((len(out), original, changed_by, line))
            out.append(line)
            continue
        name, title_found, resume = rule
        cuts = name.startswith(("cut_tail.", "cut_list."))
        if cuts and not _below_body(out, lines, i, rules, name, i - 1 in flow):
            # a "Related" box above the article, a heading between two paragraphs: only the line goes
            name, resume, cuts = name + ".line", i, False
        if title_found:
            found_title, squashed_title = title_found, _squash(title_found)
            stops = _stops(touched, stripped, found_title if squashed_title else "")
            at = 0
        cut = lines[i:resume] if cuts else []
        removed[name] += 1 + sum(1 for rest in cut if rest.strip())
        if trace is not None:
            trace.append((len(out), original, f"{changed_by},{name}" if changed_by else name, None))
            trace.extend((len(out), rest.strip(), name, None) for rest in cut if rest.strip())
        if cuts and name.startswith("cut_tail."):
            return Cleaned(out, meta, dict(removed), found_title, trace, i - 1)
        i = max(i, resume)
    return Cleaned(out, meta, dict(removed), found_title, trace)


CAPTION_CHARS: Final = 40
"""A picture's caption between two paragraphs is at most this many characters..."""


CREDITED_CHARS: Final = 240
"""A picture's caption that ends with its credit (:data:`_PHOTO_CREDIT`) is at most this many characters."""
_PHOTO_CREDIT: Final = re.compile(
    r"(?i:[(\[]\s*(?:staff |file |ap |afp |reuters |getty |courtesy |submitted )?(?:photo|photograph|picture|image)s?"
    r"(?:\s*(?:by|:|/)\s*[^)\]]{1,60})?\s*[)\]]|\b(?:photo|picture|image|credit)\s*(?::|/|by)\s*\S.{0,60})\s*$"
)
"""The credit a picture's caption ends with: "(Staff photo)", "(AP Photo/Jane Doe)", "[File picture]", "Photo: Reuters",
"Picture by John Smith"."""


def _caption_between(out: list[str], lines: list[str], i: int) -> bool:
    """...ends in no sentence mark (a label, not a paragraph's sentence), and has a :func:`paragraph` kept right above
    it and another right below it (``lines[i - 1]`` is the caption: a photo story told by its captions keeps them)."""
    line = lines[i - 1]
    if not out or not paragraph(out[-1]):
        return False
    if len(line) <= CREDITED_CHARS and _PHOTO_CREDIT.search(line) is not None:
        return True  # a picture's caption signed with its credit ("(Staff photo)", "Photo: AP"), however long
    if len(line) > CAPTION_CHARS or _NOTICE_END.search(line) is not None:
        return False
    below = next((ln for ln in lines[i : i + 2] if ln), "")
    return paragraph(below)


def _stops(touched: set[int] | None, lines: list[str], title: str) -> list[int] | None:
    """The indices of ``lines`` that :func:`clean_lines` must look at one by one, ascending: those a rule may touch
    (``touched``) and, with a ``title``, those :func:`_near` it in length; ``None`` (every line) without
    ``touched``."""
    if touched is None:
        return None
    if not title:
        return sorted(touched)
    lo, hi = _near_lengths(len(title))
    return sorted(touched.union([k for k, ln in enumerate(lines) if lo <= len(ln) <= hi]))


_TITLE_LABEL: Final = re.compile(r"(?:(?i:thread|topic|title)|主题|标题|帖子|话题)\s*[:：]\s*")
"""A label a forum sets before a thread's title in its heading ("Thread: <title>", vBulletin; "主题：<title>"): the
heading is the title repeated."""


def _line_verdict(
    line: str,
    rules: Rules,
    lines: Sequence[str],
    i: int,
    found_title: str,
    squashed_title: str,
    first: bool,
    quiet: bool = False,
    kinds: frozenset[str] | None = None,
) -> tuple[str, str, int] | None:
    """``None`` to keep ``line`` (``lines[i - 1]`` after strip and meta); else (the rule that removes it, a title
    it gives, the index where cleaning resumes — the end of a cut tail or list). ``quiet``: no line rule can match
    (:meth:`Rules.untouched`), only the title is looked for; ``kinds``: the only kinds of rule that may match
    (:meth:`Rules.kinds_given`; ``None``: any)."""
    if squashed_title and (
        line == found_title
        or (_near(len(line), len(found_title)) and _squashes_to(line, squashed_title))
        or ((label := _TITLE_LABEL.match(line)) is not None and _squashes_to(line[label.end() :], squashed_title))
    ):
        return "title.repeated", "", i
    if quiet:
        return None
    crumb, tail, block, hit = _verdict(line, rules, kinds)
    if crumb:
        crumbs = [c.strip() for c in _CRUMB_SEP.split(line) if c.strip()]
        title = crumbs[-1] if not found_title and first and len(crumbs) >= 2 and _headline_like(crumbs[-1]) else ""
        return "breadcrumb", title, i
    if tail is not None:
        return f"cut_tail.{tail}", "", len(lines)
    if block is not None:  # a list of headlines: the page resumes at the next paragraph of prose
        resume = next((j for j in range(i, len(lines)) if _prose(lines[j].strip())), len(lines))
        return f"cut_list.{block}", "", resume
    if hit is not None:
        return f"drop_line.{hit}", "", i
    return None


@dataclass(slots=True)
class _Page:
    lines: list[str] = field(default_factory=list)
    title: str = ""
    site: str = ""
    start: int = 0
    """The line of the text where the page starts (its title line)."""
    whole: bool = False
    """Whether the page starts at the start of its line, none of it in the page before (a place to cut the text)."""


def _title_from_prefix(prefix: str, following: str | None) -> tuple[str, str]:
    """Split ``prefix`` (text before a ``_site`` suffix) into (glued text before, title)."""
    prefix = prefix.strip()
    if following and len(following) >= 2 and prefix.endswith(following):
        return prefix[: -len(following)].strip(), following
    if len(prefix) > 60:
        ends = list(_SENTENCE_END.finditer(prefix))
        if ends and ends[-1].end() < len(prefix):
            k = ends[-1].end()
            return prefix[:k].strip(), prefix[k:].strip()
    return "", prefix


_GLUE: Final = ("_", "|", "｜", "-", "—")
"""Glued boilerplate to strip needs one of "_", "|", "｜", " - ", and a site suffix one of these."""


def _holds_one(line: str, chars: list[str]) -> bool:
    """Does ``line`` hold one of ``chars``? (A loop of substring tests.)"""
    for ch in chars:
        if ch in line:
            return True
    return False


def _in_a_line(word: str, lines: list[str]) -> bool:
    for line in lines:
        if word in line:
            return True
    return False


_DASH = re.compile(r"\s[-–—]\s")
"""What a site suffix after a dash holds (``\\s+[-–—]\\s+``, :attr:`Rules.site_suffix`): hyphenated words do not."""


def split_text(text: str, rules: Rules | None = None) -> list[tuple[str, str, list[str]]]:
    """Cut a dump into pages: ``(title, site, lines)`` per page; title/site may be empty.

    A page starts at a portal title line (``标题_网易财经``, also glued to the end
    of the previous line) and at the line that carries an aggregator's title.
    """
    return list(_iter_pages(text, rules))


def _iter_pages(text: str, rules: Rules | None = None) -> Iterator[tuple[str, str, list[str]]]:
    """:func:`split_text` a page at a time (the pages are not held: a dump of a million title lines, helper
    hostile32)."""
    for p in _pages(text, rules):
        yield p.title, p.site, p.lines


def _pages(text: str, rules: Rules | None = None) -> Iterator[_Page]:
    """:func:`_iter_pages`' pages, with where each starts."""
    rules = rules or default_rules()
    text = normalize_text(text)
    agg_titles: set[str] = set()
    for rule in rules.of("aggregator"):
        if rule.trigger is None or rule.trigger in text:
            marks = list(rule.regex.finditer(text))
            if "title" in rule.regex.groupindex:
                agg_titles.update(m.group("title").strip() for m in marks)
            if marks:  # a marker glued to the end of a line starts a line of its own
                text = rule.regex.sub(lambda m: "\n" + m.group(0), text)
    lines = [ln.strip() for ln in text.split("\n")]
    # which lines hold a glue character: the kernel's flags, or a substring test per line of those the text holds
    flags = _GLUE_LINES(text) if _GLUE_LINES is not None else b""
    glue = [] if flags else [ch for ch in _GLUE if ch in text]
    suffix = rules.site_suffix
    page = _Page()
    for idx, line in enumerate(lines):
        if not line:
            page.lines.append(line)
            continue
        if not (flags[idx] if flags else _holds_one(line, glue)):
            # (most lines) no glued boilerplate to strip (it needs one of "_", "|", "｜", " - ") and no site suffix
            if agg_titles and line in agg_titles:  # (an empty set would still hash the line)
                yield from _page_of(page)
                page = _Page([], line, "", idx)
            else:
                page.lines.append(line)
            continue
        probe = line
        if ("_" in line or "|" in line or "｜" in line or " - " in line) and rules.maybe_glued(line):
            # glued boilerplate or metadata may hide a title suffix ("标题_网易财经作者|某人")
            probe = _stripped(line, rules, {}, Counter())
        tail = probe[-40:]
        m = (
            suffix.search(probe, max(0, len(probe) - 40))
            if suffix is not None
            and ("_" in tail or "|" in tail or "｜" in tail or (("-" in tail or "—" in tail) and _DASH.search(tail)))
            else None
        )
        if m is not None and m.start() > 0:
            following = next((ln for ln in lines[idx + 1 : idx + 4] if ln), None)
            before, title = _title_from_prefix(probe[: m.start()], following)
            if title:
                if before:
                    page.lines.append(before)
                yield from _page_of(page)
                page = _Page([], title, m.group("site"), idx, not before)
                continue
        if agg_titles and line in agg_titles:
            yield from _page_of(page)
            page = _Page([], line, "", idx)
            continue
        page.lines.append(line)
    yield from _page_of(page)


def _page_of(p: _Page) -> Iterator[_Page]:
    if p.title or any(p.lines):
        yield p


def _segments(title: str, lines: list[str], rules: Rules) -> list[tuple[str, list[str]]]:
    """Cut an aggregator page at its ``《标题》 精选N`` markers; (title, lines) per segment.

    The header before the first marker comes first (it may hold page metadata).
    """
    body = ""
    joined = False
    for rule in rules.of("aggregator"):
        trigger = rule.trigger
        if trigger is not None and "\n" not in trigger and not _in_a_line(trigger, lines):
            continue  # (no line holds it: nor does the body, the lines joined by line breaks)
        if not joined:
            body, joined = "\n".join(lines), True
        if trigger is not None and trigger not in body:
            continue
        marks = list(rule.regex.finditer(body))
        if not marks:
            continue
        out = [(title, body[: marks[0].start()].split("\n"))]
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(body)
            seg_title = m.groupdict().get("title") or title
            out.append((seg_title.strip(), body[m.end() : end].split("\n")))
        return out
    return [(title, lines)]


def _has_body(lines: list[str], need: int, start: int = 0) -> bool:
    """Do ``lines[start:]`` hold ``need`` body characters (not spaces)? Counted line by line until there are enough
    (most pages: in a line or two), without joining the page."""
    got = 0
    for k in range(start, len(lines)):
        line = lines[k]
        got += len(line) - line.count(" ")
        if got >= need:
            return True
    return got >= need


def _title_only(lines: list[str]) -> bool:
    """A lone short line with no sentence in it: a title or a query, not an article."""
    return len(lines) == 1 and len(lines[0]) <= 120 and lines[0][-1] not in '。！!….；;”"）)'


def _guess_title(lines: list[str]) -> tuple[str, list[str]]:
    """A short first line without closing punctuation, followed by body text, is the title."""
    if len(lines) >= 2:
        first = lines[0]
        limit = 150 if first.isascii() else 64
        closed = first[-1] in _TERMINAL + ".:：,，、"
        if len(first) <= limit and not closed and _has_body(lines, MIN_BODY_CHARS, 1):
            return first, lines[1:]
    return "", lines


MAX_LINE_CHARS = 1_000_000
"""A text dump line longer than this is not prose (minified code, base64, a broken export): the dump is one
``line_too_long`` reject."""

MAX_PAGE_CHARS = 4_000_000
"""A page (one document after cleaning) longer than this is a ``too_large`` reject: no article is that long, and
the near-duplicate stage holds ≈ 150 bytes per character of a document at once (a 60 MB text dump that stayed one
page took 3 GB, and a run under a memory limit died in the segmenter). Twice what an HTML page is cut to
(:data:`cleaner.extraction.MAX_CHARS`)."""


def check_size(what: str, size: int) -> None:
    """Raise :class:`~cleaner.errors.InputTooLarge` for a library call's input of ``size`` (characters or bytes)
    over :data:`~cleaner.input.base.MAX_INPUT_BYTES`: the budget the readers hold a file to."""
    if size > MAX_INPUT_BYTES:
        raise InputTooLarge(what, size, MAX_INPUT_BYTES)


def clean_text(
    text: str,
    *,
    source: Source | str | None = None,
    rules: Rules | None = None,
    url: str | None = None,
) -> list[Document]:
    """Clean one text dump into documents, one per page or aggregator segment.

    Pages with too little text left are not returned, nor pages over :data:`MAX_PAGE_CHARS` characters after
    cleaning, nor any page of a dump holding a line over :data:`MAX_LINE_CHARS`; use :func:`clean_dump` to get
    them back as :class:`Reject` records (``too_short``, ``too_large``, ``line_too_long``: what ``cleaner run``
    rejects). A ``text`` longer than :data:`~cleaner.input.base.MAX_INPUT_BYTES` characters (64 Mi, the budget a
    reader holds a file to) raises :class:`~cleaner.errors.InputTooLarge`: time and memory stay bounded. A text
    that is not a ``str`` (bytes), a ``source`` neither a ``str`` nor a :class:`Source` raise :class:`TypeError`.
    """
    # (its rejected pages are dropped as they come, not held: a dump of a million title lines held a million
    # Rejects at once, 0.8 GB, helper hostile32)
    return [d for d in _iter_dump(text, source, rules, url, None, None, False) if isinstance(d, Document)]


def clean_dump(
    text: str,
    *,
    source: Source | str | None = None,
    rules: Rules | None = None,
    url: str | None = None,
    title: str | None = None,
    meta: dict[str, str] | None = None,
    one_page: bool = False,
) -> list[Document | Reject]:
    """Like :func:`clean_text`, with rejected pages returned as :class:`Reject`.

    ``one_page`` (for text extracted from one HTML page): do not look for glued
    portal pages, only for aggregator segments (and no :data:`MAX_LINE_CHARS` test). Traditional Chinese text is
    cleaned folded to Simplified characters and unfolded after (:mod:`cleaner.text.scriptfold`), so the rules hold
    on it too. Raises :class:`~cleaner.errors.InputTooLarge` as :func:`clean_text` does. Each rejected page is a
    :class:`Reject` in the list (≈ 0.3 KB with its preview); :func:`clean_text` holds none.
    """
    return list(_iter_dump(text, source, rules, url, title, meta, one_page))


def _iter_dump(
    text: str,
    source: Source | str | None,
    rules: Rules | None,
    url: str | None,
    title: str | None,
    meta: dict[str, str] | None,
    one_page: bool,
) -> Iterator[Document | Reject]:
    """:func:`clean_dump` an item at a time; the type and size checks are made at the first ``next``."""
    _check_types(text, source, url)
    check_size("a text of characters", len(text))
    if not one_page and len(text) > MAX_LINE_CHARS:  # only then can a line be too long: no extra split on every dump
        text = unify_line_ends(text)
        lines = text.split("\n")
        longest = max(map(len, lines))
        if longest > MAX_LINE_CHARS and (shorter := list(map(without_char_runs, lines))) != lines:
            text = "\n".join(shorter)  # (a run of one character glued to a line: out, as clean_lines takes it out)
            longest = max(map(len, shorter))
        if longest > MAX_LINE_CHARS:
            lines = text.split("\n")
            yield from _long_lines(lines, _base_source(source, url))
            text = "\n".join("" if len(line) > MAX_LINE_CHARS else line for line in lines)
            lines = []  # (not held while the pages are cleaned)
            if not text.strip():
                return
    too_large = len(text) > MAX_PAGE_CHARS  # a dump that did not split into pages of an article's size
    for item in _folded_dump(text, source, rules, url, title, meta or {}, one_page):
        yield _page_too_large(item) if too_large and isinstance(item, Document) else item


def _long_lines(lines: list[str], base: Source) -> Iterator[Reject]:
    """A ``line_too_long`` reject for each line of ``lines`` over :data:`MAX_LINE_CHARS` (minified code, base64, a
    broken export): the dump is cleaned without them. One such line was the whole dump's reject, every page of it
    lost (helper hostile35)."""
    for no, line in enumerate(lines, 1):
        if len(line) > MAX_LINE_CHARS:
            detail = f"line {no}: a line of {len(line)} characters (not read; the rest of the text is)"
            yield Reject(base.path, "line_too_long", detail, record=base.record)


def _check_types(text: object, source: object, url: object) -> None:
    """:class:`TypeError` before any work for a call of :func:`clean_dump` / :func:`clean_text` with a text that is
    not a ``str`` (bytes: decode them first), a ``source`` neither a name nor a :class:`Source`, or a ``url`` that is
    not a ``str`` (a bytes ``source`` failed deep inside with an AttributeError)."""
    if not isinstance(text, str):
        hint = " (decode it first; an HTML page's bytes go to extract_html)" if isinstance(text, bytes) else ""
        raise TypeError(f"the text to clean is a str, not {type(text).__name__}{hint}")
    if source is not None and not isinstance(source, str | Source):
        raise TypeError(f"source is a name (str) or a cleaner.Source, not {type(source).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url is a str, not {type(url).__name__}")


def _page_too_large(doc: Document) -> Document | Reject:
    if len(doc.text) <= MAX_PAGE_CHARS:
        return doc
    src = doc.sources[0]
    detail = f"a page of {len(doc.text)} characters after cleaning (the limit of one page is {MAX_PAGE_CHARS})"
    return Reject(src.path, "too_large", detail, record=src.record, segment=src.segment)


def _base_source(source: Source | str | None, url: str | None) -> Source:
    return Source(path=source or "<text>", url=url) if isinstance(source, str) or source is None else source


def _folded_dump(
    text: str,
    source: Source | str | None,
    rules: Rules | None,
    url: str | None,
    title: str | None,
    meta: dict[str, str],
    one_page: bool,
) -> Iterator[Document | Reject]:
    """:func:`_clean_dump` of ``text``, a Traditional Chinese one folded (:mod:`cleaner.text.scriptfold`): a dump
    of several pages holding Traditional characters a page at a time (:func:`_script_pieces`), each folded on its
    own, so that the unfold of a page's strings looks for them on that page only."""
    also = (title, url, getattr(source, "url", None), *meta.values())
    rules = rules or default_rules()
    segment = [0]  # (the pages numbered on from piece to piece)
    pieces = None if one_page else _script_pieces(text, rules, also)
    if pieces is None:
        yield from _folded_piece(text, source, rules, url, title, meta, one_page, segment, MIN_TRADITIONAL, also)
    else:
        for piece in pieces:
            yield from _folded_piece(piece, source, rules, url, title, meta, one_page, segment, 1, also)
    if segment[0] == 0:  # (a text of control or invisible characters only: no page at all is left to reject)
        base = _base_source(source, url)
        yield Reject(base.path, "empty_page", NOTHING_LEFT, record=base.record)


def _folded_piece(
    text: str,
    source: Source | str | None,
    rules: Rules,
    url: str | None,
    title: str | None,
    meta: dict[str, str],
    one_page: bool,
    segment: list[int],
    least: int,
    also: tuple[str | None, ...],
) -> Iterator[Document | Reject]:
    """:func:`_clean_dump` of ``text`` folded when it holds ``least`` Traditional characters (``also``: the strings
    that may reach the results unfolded), unfolded after."""
    fold = fold_page(text, *also, phrases=rules.phrases, least=least, markup=False)
    if fold is None:
        yield from _clean_dump(text, source, rules, url, title, meta, one_page, segment)
        return
    f = fold.fold
    items = _clean_dump(
        fold.folded,
        source,
        rules,
        url and url.translate(f),
        title and title.translate(f),
        {k: v.translate(f) for k, v in meta.items()},
        one_page,
        segment,
    )
    for item in items:
        yield _unfolded(item, fold)


def _script_pieces(text: str, rules: Rules, also: tuple[str | None, ...]) -> list[str] | None:
    """``text`` (normalized) cut where its pages start, when it holds Traditional characters (:data:`MIN_TRADITIONAL`,
    all counted) and more than one page; else None (it is folded whole, or not at all).

    A dump folded whole (helper hostile34) mixed its pages' scripts: a character of two origins in the dump (发 of a
    mainland page, 發 of a Hong Kong repost) was unfolded where its line was first found in the whole folded dump, so
    the Simplified copy of a story reposted in Traditional came out in Traditional (title, text and site), or the
    other way; and the probe of five stretches (:func:`~cleaner.text.scriptfold.fold_page`) left a dump whose
    stretches fell on Simplified or English pages unfolded, its Traditional pages' chrome kept. The pages are found
    on the dump with every Traditional character folded (:func:`~cleaner.text.scriptfold.fold_chars`: the site
    names of the rules are mainland ones) and cut where one starts its line (as :mod:`cleaner.text.dumpparts` cuts a
    dump into pieces: the same pages); an aggregator's dump is not cut (its titles start pages anywhere)."""
    if few_traditional(text):  # (most dumps: no fold, and no normalize of the whole dump for nothing)
        return None  # (normalize_text takes characters out or makes them spaces, and its NFC counts in the test)
    normal = normalize_text(text)
    folded = fold_chars(normal, *also)
    if folded is None or aggregated(folded, rules):
        return None
    starts = [p.start for p in _pages(folded, rules) if p.whole and p.start > 0]
    if not starts:
        return None
    cuts = [0]
    at = line = 0
    for k in starts:  # (the offset of each start line)
        while line < k:
            at = folded.index("\n", at) + 1
            line += 1
        cuts.append(at)
    cuts.append(len(normal))
    return [normal[a:b] for a, b in pairwise(cuts)]


def aggregated(text: str, rules: Rules) -> bool:
    """Whether ``text`` holds an aggregator's marker (``《标题》 精选一``): its title, as a line anywhere in the dump,
    starts a page (:func:`split_text`), so such a dump is not cut into pages to clean on their own."""
    return any((r.trigger is None or r.trigger in text) and r.regex.search(text) for r in rules.of("aggregator"))


def _plain_id(text: str) -> str:
    """:func:`cleaner.document.content_id` of a page's body text: lines that are stripped, not empty, with no white
    space but single plain spaces (they come out of :func:`normalize_text` and :func:`clean_lines`, whose strip and
    meta rules fold the spaces they leave; the unfold changes ideographs only), joined by line breaks. For such a
    text ``fold_spaces`` only makes the line breaks spaces, so its test of every character (≈ 40 % of
    ``content_id``) is left out; ``tests/test_textclean_speed.py`` checks the ids against ``content_id``."""
    return hashlib.blake2b(text.replace("\n", " ").encode("utf-8", errors="surrogatepass"), digest_size=8).hexdigest()


def _unfolded(item: Document | Reject, fold: PageFold) -> Document | Reject:
    """``item`` of a folded text with the text's own characters back (and its id made from them)."""
    if isinstance(item, Reject):
        item.detail = fold.unfold(item.detail)
        return item
    item.text, item.title, item.meta = fold.unfold(item.text), fold.unfold(item.title), fold.unfold(item.meta)
    item.url, item.audit, item.id = fold.unfold(item.url), fold.unfold(item.audit), _plain_id(item.text)
    for src in item.sources:
        src.doc_id, src.url = item.id, fold.unfold(src.url)
    return item


def _clean_dump(
    text: str,
    source: Source | str | None,
    rules: Rules | None,
    url: str | None,
    title: str | None,
    meta: dict[str, str],
    one_page: bool,
    count: list[int],
) -> Iterator[Document | Reject]:
    """The pages of ``text`` cleaned (numbered from ``count[0]``, which it moves on)."""
    rules = rules or default_rules()
    base = _base_source(source, url)
    segment = count[0]
    pages: Iterable[tuple[str, str, list[str]]]
    if one_page:
        pages = [("", "", [ln.strip() for ln in normalize_text(text).split("\n")])]
    else:
        pages = _iter_pages(text, rules)
    for page_title, site, page_lines in pages:
        page_title = page_title or (title or "")
        parts = _segments(page_title, page_lines, rules)
        page_meta: dict[str, str] = dict(meta or {})
        if site:
            page_meta["site"] = site
        for k, (seg_title, seg_lines) in enumerate(parts):
            header = len(parts) > 1 and k == 0
            cleaned = clean_lines(seg_lines, rules, title=seg_title or None)
            found_title, body = cleaned.title, cleaned.lines
            if not found_title:
                found_title, body = _guess_title(body)
                if found_title:  # a guessed title repeated in the body, as a confirmed one would be
                    body = _without_title(body, found_title)
            doc_meta = {**page_meta, **cleaned.meta}
            if header:
                # the aggregator's own header: its metadata applies to the page; boilerplate otherwise
                page_meta = {**page_meta, **cleaned.meta}
                if not _has_body(body, MIN_BODY_CHARS * 4):
                    continue
            src = Source(base.path, base.record, segment, base.url or url, input_id=base.input_id, extra=base.extra)
            segment += 1
            count[0] = segment
            if not _has_body(body, MIN_BODY_CHARS) or _title_only(body):
                reason = "empty_page" if not body else "too_short" if not _title_only(body) else "no_body"
                preview = (found_title + " | " + " ".join(body))[:200].strip(" |") or NOTHING_LEFT
                yield Reject(base.path, reason, preview, record=base.record, segment=src.segment)
                continue
            body_text = "\n".join(body)
            doc_id = _plain_id(body_text)
            src.doc_id = doc_id
            doc = Document(
                text=body_text,
                id=doc_id,
                title=found_title,
                url=base.url or url,
                meta=doc_meta,
                sources=[src],
                removed=cleaned.removed,
            )
            if cleaned.trace is not None:
                doc.audit = {"cuts": _final_cuts(cleaned.trace, cleaned.lines, body, found_title)}
            yield doc


def _final_cuts(trace: list[Cut], lines: list[str], body: list[str], title: str) -> list[Cut]:
    """The cuts of ``clean_lines`` (positions in its ``lines``) once the page's title and body are known (a
    subsequence of ``lines``): a kept line that became the title is a cut ``title``, one dropped as a repeated
    guessed title ``title.repeated``; positions move to ``body``'s."""
    if len(body) == len(lines):
        return trace
    dropped: list[int] = []
    j = 0
    for k, line in enumerate(lines):
        if j < len(body) and body[j] == line:
            j += 1
        else:
            dropped.append(k)
    gone = set(dropped)
    keyed: list[tuple[tuple[int, int], Cut]] = []
    for seq, (at, line, rule, new) in enumerate(trace):
        if new is not None and at in gone:  # changed, kept, then dropped as a title
            gone.discard(at)
            rule, new = f"{rule},{'title' if new == title else 'title.repeated'}", None
        keyed.append(((at, seq), (at, line, rule, new)))
    for k in gone:
        keyed.append(((k, len(trace)), (k, lines[k], "title" if lines[k] == title else "title.repeated", None)))
    keyed.sort(key=lambda kv: kv[0])
    out: list[Cut] = []
    for _, (at, line, rule, new) in keyed:
        shift = sum(1 for d in dropped if d < at)
        out.append((at - shift, line, rule, new))
    return out
