"""Text normalisation for matching (never for output).

Everything that differs between copies of one story without changing what it
says is folded by one per-character table (:func:`fold_table`: built once from
unicodedata and OpenCC, ≈ 50 ms, then cached on disk under :func:`cache_dir` and
loaded in ≈ 3 ms), applied to a whole text in one numpy gather (:func:`fold`):

- NFKC of the character (full-width letters, digits and punctuation, compatibility characters);
- case (``str.casefold``);
- traditional Chinese characters become simplified ones (OpenCC ``t2s``, character by character:
  the same character always folds the same way, which is what matching needs);
- every character that is not a letter or digit (punctuation, symbols, white space, controls,
  lone surrogates) becomes a space, so ``，`` and ``,`` or ``“`` and ``"`` never form tokens.

Lines that read as code (stylesheet or script text a crawl left in a page: at least two of ``{ } ; = < >``
and one per 30 characters) become spaces (:func:`blank_code_lines`, :func:`blank_code`): pages that share a
long embedded stylesheet are not alike for that, and a copy with one is not more complete.

HTML a conversion left in a text (:func:`unmark_html`: character references such as ``&nbsp;``, ``&ldquo;``,
``&#65292;``, and inline tags such as ``<p>``, ``<br/>``, ``</span>``) reads as what it stands for: a reference as
its character (then spaces, so the text keeps its length), a tag as spaces. A copy with them is the same text, and
their ``;``, ``<`` and ``>`` would otherwise make its lines read as code.

Where a step would turn one character into several (``ß`` → ``ss``, ``㈱`` → ``(株)``) the character
is kept as it is. The result is used for tokens and hashes only; a story's text is always one of the
original copies. Bump :data:`NORMALIZER_VERSION` whenever the output of ``fold`` changes for any
input: signatures stored by an earlier version are then refused by the dedup state instead of
silently failing to match — unless this code can still normalise as that version (:data:`READABLE_NORMALIZERS`,
``DedupParams.normalizer_version``): a state of it then keeps it (``cleaner.state.sqlite.adopted_params``), so a
nightly job survives the upgrade. Keep the previous version readable when the change is a step that can be skipped.
"""

from __future__ import annotations

import html
import html.entities
import itertools
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import numpy as np
import numpy.typing as npt

from cleaner.cachedir import cache_dir
from cleaner.dedup.kernel import sketch_kernel

NORMALIZER_VERSION = "9"  # 5: code lines blanked (blank_code_lines); 6: minified CSS/script, statement lines too;
# 7: one stylesheet declaration or block opening a line; 8: HTML references and inline tags unmarked (unmark_html);
# 9: references escaped again (``&amp;nbsp;``, ``&amp;#65292;``) unmarked as the reference they escape, and spaces
# or a line break between two ideographs closed (close_cjk_gaps)
READABLE_NORMALIZERS = ("7", "8", NORMALIZER_VERSION)
"""Normaliser versions this code still normalises as (``DedupParams.normalizer_version``): a nightly state written by
an earlier release keeps its version, and its run reads texts as that version did (7: no :func:`unmark_html` step;
8: references escaped again left as they are, gaps between ideographs kept), so the state's signatures and the run's
agree. Older ones differ in what :func:`blank_code` blanks: refused."""

SPACE = 32
_BMP = 0x10000

__all__ = [
    "NORMALIZER_VERSION",
    "READABLE_NORMALIZERS",
    "SPACE",
    "blank_code",
    "blank_code_lines",
    "cache_dir",
    "close_cjk_gaps",
    "code_points",
    "fold",
    "fold_code_points",
    "fold_table",
    "folded_code_points",
    "has_cjk",
    "load_or_build_table",
    "matching_code_points",
    "normalize",
    "unescapes",
    "unmark_html",
    "unmarker",
    "unmarks",
    "words",
]


_CODE = "{};=<>"
_CODE_LUT = np.zeros(_BMP, dtype=bool)
_CODE_LUT[[ord(c) for c in _CODE]] = True
_PUNCT = "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isalnum())
"""ASCII punctuation: a minified stylesheet or script is one character in a few of it."""
_PUNCT_LUT = np.zeros(_BMP, dtype=bool)
_PUNCT_LUT[[ord(c) for c in _PUNCT]] = True
_PUNCT_RE = re.compile("[" + re.escape(_PUNCT) + "]")


_REFERENCE = r"(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_ENTITY = re.compile("&" + _REFERENCE)
_ESCAPED_ENTITY = re.compile("&(?:amp;)*" + _REFERENCE)
"""A character reference, or one escaped again (``&amp;nbsp;``, ``&amp;amp;#65292;``: a text escaped twice by
converters one after the other, which is common in scraped text): read as the reference it escapes."""
_INLINE_TAG = re.compile(
    r"</?(?:p|br|hr|b|i|u|s|em|strong|span|font|div|small|big|sup|sub|center|h[1-6]|li|ul|ol|blockquote)\b"
    r"[^<>\n]{0,120}?/?>",
    re.IGNORECASE,
)
"""Inline and paragraph tags a conversion leaves in a text. Links, images, scripts and tables are not among them:
a line of those is page markup (a menu, a script), and stays code for :func:`blank_code_lines`."""


def _unmarked(m: re.Match[str]) -> str:
    s = m.group(0)
    if s[0] == "<":
        return " " * len(s)
    ref = s
    while ref.startswith("&amp;") and len(ref) > 5:  # (escaped again: the reference it escapes)
        ref = "&" + ref[5:]
    ch = html.unescape(ref) if ref[1] == "#" else html.entities.html5.get(ref[1:], ref)
    return s if ch == ref or len(ch) > len(s) else ch + " " * (len(s) - len(ch))


def unmarks(normalizer: str) -> bool:
    """Does normaliser version ``normalizer`` read the HTML left in a text as text (:func:`unmark_html`)? From 8 on."""
    return normalizer != "7"


def unescapes(normalizer: str) -> bool:
    """Does normaliser version ``normalizer`` read a reference escaped again (``&amp;nbsp;``) as the reference it
    escapes (:func:`unmark_html`'s ``escaped``), and Chinese text across a space or line break between two ideographs
    (:func:`close_cjk_gaps`)? From 9 on."""
    return normalizer not in ("7", "8")


def unmarker(normalizer: str) -> Callable[[str], str]:
    """What normaliser version ``normalizer`` reads a text as before folding, the same length: :func:`unmark_html`
    and :func:`close_cjk_gaps` (9), :func:`unmark_html` without references escaped again (8); version 7 does neither
    (:func:`unmarks`)."""
    return _read_9 if unescapes(normalizer) else _unmark_once


def _read_9(text: str) -> str:
    return close_cjk_gaps(unmark_html(text))


_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK_GAP = re.compile(f"[{_IDEOGRAPH}]((?:[ \t\u3000]+\n?|\n)[ \t\u3000]*)(?=[{_IDEOGRAPH}])")
"""(Group 1:) spaces, with at most one line break among them, or a line break alone, between two ideographs: no word
boundary in Chinese, but a line wrapped at a width, a justified layout's or a scan's stray spaces — jieba reads a word
cut by one as two words, which the same text without it does not hold. (The ideograph before is matched, not looked
behind at: a pattern that opens with a character set is skipped to in C, cheaper over Latin text; the look-ahead leaves
the next gap's ideograph unread, so gaps one ideograph apart are all found.)"""
_IDEOGRAPHS = re.compile(f"[{_IDEOGRAPH}]*")
_CJK_GAP_AT_SPACE = re.compile(
    f"([ \t\u3000\n](?:(?<=[ \t\u3000])[ \t\u3000]*\n?|(?<=\n))[ \t\u3000]*)(?=[{_IDEOGRAPH}])"
)
""":data:`_CJK_GAP` without the ideograph before (the caller tests it): the same gaps, found from their first space,
which the regex engine skips to in C — ≈ 30 % less time over Chinese texts, where spaces are few, but more over Latin
ones, where every space is a start to try (:func:`close_cjk_gaps` takes one or the other by the share of spaces; both
give the same answer)."""


_cjk_gaps: Callable[[str], str] | None = getattr(sketch_kernel(), "cjk_gaps", None)


def close_cjk_gaps(text: str) -> str:
    """``text`` with the gaps between ideographs (:data:`_CJK_GAP`) closed, the same length: each run of ideographs
    and such gaps is written without them, the gaps' characters after it (its line breaks kept, at the run's end).
    By the compiled kernel's one loop when it is built (the regex search below, a character set tried at every place
    of the text, was ≈ 5 % of the pipeline's CPU on the speed corpus: its Chinese texts are hard-wrapped); the same
    string (``tests/test_dedup_read37.py`` checks both against the definition)."""
    if _cjk_gaps is not None:
        return _cjk_gaps(text)
    return _close_cjk_gaps_py(text)


def _close_cjk_gaps_py(text: str) -> str:
    """:func:`close_cjk_gaps` without the kernel."""
    out: list[str] = []
    at = 0  # (text[:at] is written)
    held: list[str] = []  # (the gaps of the run being read, written at its end)
    end = -1  # (where that run ends: the ideographs after its last gap)
    spaced = 16 * text.count(" ") > len(text)  # (Latin prose: a space every 16 characters or closer)
    for m in (_CJK_GAP if spaced else _CJK_GAP_AT_SPACE).finditer(text):
        s, e = m.span(1)
        if not spaced and not (s and _is_ideograph(text[s - 1])):
            continue
        if held and s > end:  # (a new run: the last one's end, then its gaps)
            out.append(text[at:end])
            out += held
            held, at = [], end
        out.append(text[at:s])
        held.append(m.group(1))
        at = e
        end = _IDEOGRAPHS.match(text, e).end()  # type: ignore[union-attr]
    if not held:
        return text
    out.append(text[at:end])
    out += held
    out.append(text[end:])
    return "".join(out)


def _is_ideograph(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"  # (:data:`_IDEOGRAPH`)


def unmark_html(text: str, escaped: bool = True) -> str:
    """``text`` with the HTML a conversion left in it read as text, same length: each character reference
    (``&nbsp;``, ``&ldquo;``, ``&#65292;``, ``&#x4e2d;``; an unknown name is kept; ``escaped``: also one escaped
    again, ``&amp;nbsp;``) becomes its character followed by spaces, each inline or paragraph tag
    (:data:`_INLINE_TAG`) spaces. Texts without ``&`` or ``<`` come back as they are."""
    if "&" not in text and "<" not in text:
        return text
    return _INLINE_TAG.sub(_unmarked, (_ESCAPED_ENTITY if escaped else _ENTITY).sub(_unmarked, text))


def _unmark_once(text: str) -> str:
    """:func:`unmark_html` as normaliser 8 reads (a reference escaped again left as it is)."""
    return unmark_html(text, False)


def _is_code(n: int, length: int) -> bool:
    return n >= 2 and 30 * n >= length


_ENDS = frozenset("{};,()[]")
_STATEMENT_MAX = 4096
"""Longer lines are not looked at as one statement (a minified one is :func:`_is_minified`)."""


_DECLARATION = re.compile(r"-?[a-z][a-z0-9-]*\s*:[^{};]*;")
"""One stylesheet declaration a line (``margin: 0 4px !important;``, ``position: absolute;``): a lower-case property
name, a colon, a value and a semicolon."""


def _is_statement(line: str, punct: int) -> bool:
    """A line of script or stylesheet, one statement, rule head or declaration a line (``var a = f(b),``,
    ``el.on("x", function () {``, ``@keyframes spin {``, ``position: absolute;``): it ends in one of
    ``{ } ; , ( ) [ ]``, is mostly ASCII, and one character in 8 or fewer is ASCII punctuation (it holds one of
    ``{ } ; = < >``, which is why it was looked at) — or, with less punctuation, it opens a block (ends in ``{``)
    or is one declaration (:data:`_DECLARATION`): prose does neither."""
    s = line.strip()
    if len(s) < 2 or s[-1] not in _ENDS:
        return False
    if 8 * punct < len(s) and s[-1] != "{" and not _DECLARATION.fullmatch(s):
        return False
    visible = [c for c in s if not c.isspace()]
    return 10 * sum(c < "\x80" for c in visible) >= 7 * len(visible)


def _is_minified(braces: int, punct: int, length: int) -> bool:
    """A line of minified CSS or script (``a.b{c:d-e;f:url(/g/h.woff2)}``, one long line): braces, and one ASCII
    punctuation character in 8 or fewer — long selectors and property names leave fewer ``{ } ; =`` than
    :func:`_is_code` asks for, and prose, even with half-width punctuation, has no braces and less of it."""
    return braces >= 2 and 8 * punct >= length


_BLOCK_LINES = 100
"""Longest block (lines) :func:`code_blocks` reads as code: a stylesheet rule or a script function is shorter."""


def code_blocks(text: str) -> list[tuple[int, int]]:
    """Character ranges ``[start, end)`` of the code blocks of ``text``: from a line that ends in ``{`` (a stylesheet
    rule, a script function or object) to the line starting with the ``}`` that closes it, nested blocks inside.
    Such lines hold declarations and statements that the rules per line miss (``position: relative``,
    ``font-family: a, b,``, ``/* dark */``, ``alert('…')``); prose has no line ending in ``{``. A block longer than
    :data:`_BLOCK_LINES` lines or never closed is not one."""
    if "{" not in text:
        return []
    out: list[tuple[int, int]] = []
    opened: list[tuple[int, int]] = []  # (line number, start) of the open blocks
    at = 0
    for i, line in enumerate(text.split("\n")):
        s = line.strip()
        if not line.isascii():
            opened.clear()  # (a block holds no prose line: a brace never closed in one script is not one)
        elif s.startswith("}") and opened:
            n, start = opened.pop()
            if not opened and i - n <= _BLOCK_LINES:
                out.append((start, at + len(line)))
        if s.endswith("{"):
            opened.append((i, at))
        at += len(line) + 1
    return out


def blank_code_lines(text: str, normalizer: str = NORMALIZER_VERSION) -> str:
    """``text`` with every line that reads as code turned into spaces (same length): at least two of
    ``{ } ; = < >``, and at least one per 30 characters of the line (prose has a semicolon now and then; CSS
    rules and script statements are full of them); also a line of minified CSS or script (:func:`_is_minified`)
    and a line holding one script statement (:func:`_is_statement`). Texts with none of those characters come back
    as they are, without a scan per line. :func:`blank_code` does the same on code points. HTML left in the text is
    read as text first (:func:`unmark_html`; not by ``normalizer`` 7)."""
    if unmarks(normalizer):
        text = unmarker(normalizer)(text)
    if not any(c in text for c in _CODE):
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        n = sum(map(line.count, _CODE))
        if not n:
            continue
        code = _is_code(n, len(line))
        if not code:
            punct = len(_PUNCT_RE.findall(line))
            code = _is_minified(line.count("{") + line.count("}"), punct, len(line)) or (
                len(line) < _STATEMENT_MAX and _is_statement(line, punct)
            )
        if code:
            lines[i] = " " * len(line)
            changed = True
    out = "\n".join(lines) if changed else text
    blocks = code_blocks(text)
    if not blocks:
        return out
    pieces, at = [], 0  # (one pass: a page of a thousand stylesheet rules is not copied a thousand times)
    for start, end in blocks:  # (a line "} else {" closes one block and opens the next: they overlap)
        start = max(start, at)
        pieces += [out[at:start], "\n".join(" " * len(line) for line in out[start:end].split("\n"))]
        at = max(at, end)
    pieces.append(out[at:])
    return "".join(pieces)


_CodeLines = Callable[[npt.NDArray[np.uint32]], tuple[bytearray, ...]]
_CodeBlocks = Callable[[npt.NDArray[np.uint32], npt.NDArray[np.int64], npt.NDArray[np.int64], int], bytearray]


def _load_kernel() -> tuple[_CodeLines, _CodeBlocks] | tuple[None, None]:
    """The compiled kernel's ``code_lines`` and ``code_blocks`` (``cleaner/dedup/_sketch.c``), unless not built or
    switched off (``CLEANER_SKETCH_KERNEL=0``)."""
    k = sketch_kernel()
    return (None, None) if k is None else (k.code_lines, k.code_blocks)


_code_lines, _code_blocks = _load_kernel()
_FoldText = Callable[[str, npt.NDArray[np.uint32]], tuple[bytearray, bytearray, bool]]
_kernel_module = sketch_kernel()
_fold_text: _FoldText | None = None if _kernel_module is None else _kernel_module.fold_text

_I64 = npt.NDArray[np.int64]


def _code_line_stats(
    raw: npt.NDArray[np.uint32],
) -> tuple[_I64, _I64, _I64, _I64, _I64, _I64 | None] | None:
    """The lines of ``raw`` (split at line breaks) holding a code character (one of ``{ } ; = < >``): their starts,
    ends (their line break, or the end), how many code characters, ``{`` and braces each holds, and (from the
    kernel; else None, counted where needed) its ASCII punctuation. None when no line holds one."""
    if _code_lines is not None:
        if not raw.size:
            return None
        found = [np.frombuffer(x, dtype=np.int64) for x in _code_lines(np.ascontiguousarray(raw, dtype=np.uint32))]
        if not found[0].size:
            return None
        return found[0], found[1], found[2], found[3], found[4], found[5]
    at = np.flatnonzero(np.take(_CODE_LUT, raw, mode="clip"))  # (beyond the BMP: clipped to U+FFFF, not code)
    if not at.size:
        return None
    breaks = np.flatnonzero(raw == 10)
    line = np.searchsorted(breaks, at)  # the line of each code character
    lines, n = np.unique(line, return_counts=True)
    starts = np.where(lines > 0, breaks[np.maximum(lines - 1, 0)] + 1, 0) if breaks.size else np.zeros_like(lines)
    ends = breaks[np.minimum(lines, breaks.size - 1)] if breaks.size else np.full_like(lines, raw.size)
    if breaks.size:
        ends = np.where(lines < breaks.size, ends, raw.size)
    codes = raw[at]
    braces = np.bincount(np.searchsorted(lines, line[(codes == 123) | (codes == 125)]), minlength=lines.size)
    opens = np.bincount(np.searchsorted(lines, line[codes == 123]), minlength=lines.size)
    return starts, ends, n, opens, braces, None


def blank_code(
    raw: npt.NDArray[np.uint32],
    folded: npt.NDArray[np.uint32],
    text: str | None = None,
    texts: Sequence[int] | None = None,
) -> None:
    """:func:`blank_code_lines` on code points: the lines (split at line breaks of ``raw``, the text's code
    points) that read as code become spaces in ``folded`` (its :func:`fold_code_points`, changed in place), and so
    do the :func:`code_blocks`. Work in proportion to the code characters found, not to the text (and to the
    text's lines when it holds a ``{``). ``text``: the text itself, if at hand (its lines are then sliced, not
    rebuilt from code points). ``texts``: where each text starts when ``raw`` is several texts joined by line
    breaks (a code block never runs from one into the next)."""
    stats = _code_line_stats(raw)
    if stats is None:
        return
    starts, ends, n, opens, braces, puncts = stats
    code = (n >= 2) & (30 * n >= ends - starts)
    for i in np.flatnonzero(~code).tolist():  # (lines with a code character that are not code yet: few)
        s, e = int(starts[i]), int(ends[i])
        punct = (
            int(puncts[i]) if puncts is not None else int(np.count_nonzero(np.take(_PUNCT_LUT, raw[s:e], mode="clip")))
        )
        if _is_minified(int(braces[i]), punct, e - s):
            code[i] = True
        elif e - s < _STATEMENT_MAX:  # (any line with a code character has punctuation: it is one)
            code[i] = _is_statement("".join(map(chr, raw[s:e].tolist())) if text is None else text[s:e], punct)
        else:
            code[i] = False
    for s, e in zip(starts[code].tolist(), ends[code].tolist(), strict=True):
        folded[s:e] = SPACE
    if not np.any(opens):
        return
    if _code_blocks is not None:  # the kernel: the same blocks, from the code points
        firsts = np.array([0] if texts is None else texts, dtype=np.int64)
        lasts = np.append(firsts[1:] - 1, raw.size)
        raw32 = np.ascontiguousarray(raw, dtype=np.uint32)
        for s, e in np.frombuffer(_code_blocks(raw32, firsts, lasts, _BLOCK_LINES), dtype=np.int64).reshape(-1, 2):
            folded[s:e] = SPACE
        return
    whole = "".join(map(chr, raw.tolist())) if text is None else text  # (lone surrogates too)
    bounds = [0, len(whole)] if texts is None else [*texts, len(whole) + 1]
    for first, after in itertools.pairwise(bounds):  # (block by block of each text: none runs into the next text)
        for s, e in code_blocks(whole[first : after - 1] if texts is not None else whole):
            folded[first + s : first + e] = SPACE


def _fold_char(ch: str) -> str:
    """NFKC then casefold of one character, when each gives one character."""
    s = unicodedata.normalize("NFKC", ch)
    if len(s) != 1:
        s = ch
    low = s.casefold()
    if len(low) != 1:
        low = s.lower()
    return low if len(low) == 1 else s


def _final(ch: str) -> int:
    return ord(ch) if ch.isalnum() else SPACE


def _build_table() -> npt.NDArray[np.uint32]:
    """Folded code point of every BMP character (≈ 60 ms)."""
    import opencc  # the only module that imports opencc (besides the benchmark's copy maker)

    folded = [" " if 0xD800 <= c < 0xE000 else _fold_char(chr(c)) for c in range(_BMP)]
    han = [i for i, f in enumerate(folded) if 0x3400 <= ord(f) <= 0x9FFF or 0xF900 <= ord(f) <= 0xFAFF]
    # one convert call; a newline between characters keeps OpenCC's phrase rules out
    converted = opencc.OpenCC("t2s").convert("\n".join(folded[i] for i in han)).split("\n")
    if len(converted) == len(han):
        for i, s in zip(han, converted, strict=True):
            if len(s) == 1:
                folded[i] = s
    folded = [f if ord(f) < _BMP else chr(c) for c, f in enumerate(folded)]  # stay in the table
    table = np.fromiter(map(_final, folded), dtype=np.uint32, count=_BMP)
    for _ in range(3):  # make it idempotent: fold(fold(x)) == fold(x)
        again = table[table]
        if np.array_equal(again, table):
            break
        table = again
    return table


def _table_path(directory: Path) -> Path:
    # everything the table depends on: this module's rules, OpenCC's dictionary, Python's Unicode database
    name = f"fold-{NORMALIZER_VERSION}-opencc{version('opencc')}-ucd{unicodedata.unidata_version}.npy"
    return directory / name


def load_or_build_table(directory: Path) -> npt.NDArray[np.uint32]:
    """The fold table from ``directory`` (≈ 1 ms), else built and saved there (atomically; a directory that
    cannot be written only costs the rebuild next time)."""
    path = _table_path(directory)
    try:
        table = np.load(path, allow_pickle=False)
        if table.shape == (_BMP,) and table.dtype == np.uint32:
            return np.asarray(table, dtype=np.uint32)
    except (OSError, ValueError):
        pass
    table = _build_table()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".fold-", suffix=".npy", dir=directory)
        try:
            with os.fdopen(fd, "wb") as fh:
                np.save(fh, table, allow_pickle=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
    return table


@lru_cache(maxsize=1)
def fold_table() -> npt.NDArray[np.uint32]:
    """Folded code point of every BMP character: cached on disk (:func:`cache_dir`), loaded once per process."""
    table = load_or_build_table(cache_dir())
    table.flags.writeable = False
    return table


def fold(text: str) -> npt.NDArray[np.uint32]:
    """Code points of the matching form of ``text``: same length as ``text``, non-word characters are spaces."""
    return fold_code_points(code_points(text))


def code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text`` (lone surrogates included), read-only."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def fold_code_points(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """:func:`fold` of a text's :func:`code_points`."""
    out = np.take(fold_table(), cps, mode="clip")
    if cps.size and int(cps.max()) >= _BMP:  # astral planes (CJK extension B, emoji, math letters): rare, one by one
        for i in np.flatnonzero(cps >= _BMP).tolist():
            out[i] = _final(_fold_char(chr(int(cps[i]))))
    return out


def folded_code_points(text: str) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """``(code_points(text), fold_code_points(code_points(text)))``: by the kernel in one loop over the text (the
    first read-only, the second a new array), else so."""
    if _fold_text is None:
        raw = code_points(text)
        return raw, fold_code_points(raw)
    raw_b, folded_b, astral = _fold_text(text, fold_table())
    raw = np.frombuffer(raw_b, dtype=np.uint32)
    raw.flags.writeable = False
    out = np.frombuffer(folded_b, dtype=np.uint32)
    if astral:  # (as fold_code_points: the kernel kept them as they are)
        for i in np.flatnonzero(raw >= _BMP).tolist():
            out[i] = _final(_fold_char(chr(int(raw[i]))))
    return raw, out


def matching_code_points(
    text: str, texts: Sequence[int] | None = None, normalizer: str = NORMALIZER_VERSION
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """What tokens and figures are read from: the :func:`folded_code_points` of ``text`` with the HTML left in it
    read as text (:func:`unmark_html`, the same length) and its code blanked (:func:`blank_code`; ``texts``: where
    each text starts when ``text`` is several joined by line breaks; ``normalizer``: the version read as, 7 without
    :func:`unmark_html`). The first is of the unmarked text."""
    if unmarks(normalizer):
        text = unmarker(normalizer)(text)
    raw, cps = folded_code_points(text)
    blank_code(raw, cps, text, texts)
    return raw, cps


def has_cjk_cps(cps: npt.NDArray[np.uint32]) -> bool:
    """Any CJK ideograph among folded code points?"""
    return bool(np.any((cps >= 0x3400) & (cps <= 0x9FFF)))


def has_cjk(text: str) -> bool:
    return has_cjk_cps(fold(text))


def to_str(cps: npt.NDArray[np.uint32]) -> str:
    return cps.tobytes().decode("utf-32-le")


def normalize(text: str, normalizer: str = NORMALIZER_VERSION) -> str:
    """Matching form of ``text`` (see module doc; as normaliser version ``normalizer``), white space collapsed."""
    return " ".join(to_str(fold(blank_code_lines(text, normalizer))).split())


def words(text: str) -> list[str]:
    """Runs of letters and digits of a normalised text without CJK characters."""
    return text.split()
