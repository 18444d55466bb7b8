"""A text dump larger than the byte budget, read in parts, joined again at page starts.

The reader gives such a dump as raw documents of at most :data:`cleaner.input.base.PART_BYTES` each, cut at line
ends and marked :data:`cleaner.input.base.PART` (:func:`cleaner.input.readers.read_file`). A part's last page may go
on in the next part, so :class:`PageJoin` holds it back (from its title line on) until the next part and cleans the
pages before it: each raw document it gives holds whole pages, as a dump under the budget does, and the memory a dump
costs is that of a part and the page it holds back, not of the whole file. Only a page larger than half the budget
(no page start within it) is lost: a ``too_large`` reject naming its first line.

A dump under the budget is read whole as before (the same pages, the same stories). Over it, a page starts at a
portal title line (``标题_网易新闻``) on a line of its own, as :func:`cleaner.text.textclean.split_text` finds it;
what the whole-dump split also uses (a title glued to the end of the line before it, an aggregator's titles found
anywhere in the dump) is not a place to cut, so a dump joined at such a place gives its pages as that split does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from cleaner.document import Document, Reject, Source
from cleaner.input.base import MAX_INPUT_BYTES, PART, TRUNCATED
from cleaner.rules import Rules
from cleaner.text.textclean import MAX_LINE_CHARS, aggregated, normalize_text, split_text, unify_line_ends

__all__ = ["PIECE_CHARS", "PageJoin", "is_part", "last_page_start", "page_pieces"]

PIECE_CHARS = 1 << 20
"""A text dump (a file, a part of one over the budget, a JSONL record of text) longer than this many characters is
cleaned a piece of whole pages at a time (:func:`page_pieces`): cleaning holds ≈ 40 bytes per character of what it
cleans at once (the normalized, folded and split copies of the text), so a 40 MB dump cleaned whole took 1.4 GB on
its worker (helper stream33)."""

_GLUE = ("_", "|", "｜", "-", "—")
"""A title line with its site suffix holds one of these (:func:`cleaner.text.textclean.split_text`)."""
_FOLLOWING = 3
"""Lines after a title line that :func:`split_text` looks at to tell the title (``_title_from_prefix``)."""


def is_part(item: Document | Reject) -> bool:
    """Whether ``item`` is one part of a text dump over the byte budget (:data:`cleaner.input.base.PART`)."""
    return isinstance(item, Document) and PART in item.meta


def _starts_a_page(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether the line ``text[start:end]`` is a title line that starts a page with nothing of it before the title."""
    line = text[start:end]
    if not any(ch in line for ch in _GLUE) or not line.strip():
        return False
    after = end
    for _ in range(_FOLLOWING):  # (the lines split_text looks at after a title line)
        nxt = text.find("\n", after + 1)
        after = len(text) if nxt < 0 else nxt
    pages = split_text(text[start:after], rules)
    return bool(pages) and pages[0][0] != ""


def last_page_start(text: str, rules: Rules) -> int:
    """The offset of the last line of ``text`` after its first that starts a page (:func:`_starts_a_page`); 0 when
    there is none."""
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1 if end > 1 else 0
        if start == 0:
            return 0
        line_end = end - 1 if text[end - 1] == "\n" else end
        if _starts_a_page(text, start, line_end, rules):
            return start
        end = start
    return 0


def _has_long_line(text: str) -> bool:
    """Whether a line of ``text`` is longer than :data:`~cleaner.text.textclean.MAX_LINE_CHARS` (found without
    splitting ``text``)."""
    at = 0
    while at < len(text):
        nl = text.find("\n", at)
        end = len(text) if nl < 0 else nl
        if end - at > MAX_LINE_CHARS:
            return True
        at = end + 1
    return False


def page_pieces(raw: Document, rules: Rules, size: int | None = None) -> Iterator[Document] | None:
    """The raw text document ``raw`` as pieces of whole pages of about ``size`` characters each, cut where a page
    starts (:func:`last_page_start`, as :class:`PageJoin` cuts the parts of a dump over the budget), each ``raw`` with
    a piece of its text (:data:`~cleaner.input.base.TRUNCATED`, a cut stream, on the last one only); None when
    ``raw`` is cleaned whole: an HTML page, a text of at most ``size`` characters, one holding a line over
    :data:`~cleaner.text.textclean.MAX_LINE_CHARS` (the whole text is then one ``line_too_long`` reject, as before)
    or an aggregator's marker (:func:`~cleaner.text.textclean.aggregated`).
    The pages of the pieces, numbered on (:func:`cleaner.pipeline._prepared`), are the pages of the whole text. A
    piece with no page in it (white space and invisible characters before the first page) goes with the next."""
    text = raw.text
    size = size or PIECE_CHARS
    if raw.format == "text" and len(text) > size and (unified := unify_line_ends(text)) is not text:
        raw = replace(raw, text=unified)  # (CR-only line ends, …: the pages are found at "\n")
        text = unified
    if raw.format != "text" or len(text) <= size or _has_long_line(text) or aggregated(text, rules):
        return None
    return _pieces(raw, rules, size)


def _pieces(raw: Document, rules: Rules, size: int) -> Iterator[Document]:
    text = raw.text
    whole = {k: v for k, v in raw.meta.items() if k != TRUNCATED}
    start = at = 0  # (start: where the piece begins; at: where the search for its end does)
    while at < len(text):
        cut = len(text)
        if at + size < len(text):
            end = text.rfind("\n", at, at + size) + 1 or text.find("\n", at + size) + 1 or len(text)
            last = last_page_start(text[at:end], rules) if end > at else 0
            cut = at + last if last > 0 else _first_page_start(text, rules, end) if end < len(text) else len(text)
            cut = len(text) if cut < 0 else cut
        at = cut
        if cut < len(text) and not normalize_text(text[start:cut]).strip():
            continue  # (no page in it: it goes with the next piece)
        yield replace(raw, text=text[start:cut], meta=raw.meta if cut >= len(text) else whole)
        start = cut


def _first_page_start(text: str, rules: Rules, start: int = 0) -> int:
    """The offset of the first line of ``text`` from ``start`` (a line start) that starts a page; -1 when there is
    none."""
    while start < len(text):
        nl = text.find("\n", start)
        end = len(text) if nl < 0 else nl
        if _starts_a_page(text, start, end, rules):
            return start
        start = end + 1
    return -1


class PageJoin:
    """The parts of one text dump over the budget in, raw documents of whole pages out (to clean each as a dump),
    and the ``too_large`` reject of a page larger than half the budget. Feed the parts in order, then :meth:`end`."""

    def __init__(self, rules: Rules, limit: int = MAX_INPUT_BYTES // 2) -> None:
        self.rules = rules
        self.limit = limit
        """The characters of one page held back at most (a part and the page stay under the byte budget)."""
        self.held = ""
        self.line = 1
        """The line of the dump where :attr:`held` starts."""
        self.gap = 0
        """Blank lines dropped from the end of :attr:`held` (lines of the dump it no longer counts)."""
        self.skipping = False
        self.last: Document | None = None

    def feed(self, part: Document) -> Iterator[Document | Reject]:
        """Raw documents of the whole pages that ``part`` completes (the pages before its last one)."""
        self.last = part
        text = self.held + part.text
        self.held = ""
        if self.skipping:  # the rest of a page too large: up to the next page start
            start = _first_page_start(text, self.rules)
            if start < 0:
                self.line += text.count("\n") + self.gap
                self.gap = 0
                return
            self.line += text.count("\n", 0, start) + self.gap
            self.gap = 0
            text = text[start:]
            self.skipping = False
        cut = last_page_start(text, self.rules)
        if cut > 0:
            yield self._raw(text[:cut], final=False)
            self.line += text.count("\n", 0, cut) + self.gap
            self.gap = 0
        self.held = text[cut:]
        if len(self.held) > self.limit:  # (blank lines at its end are no part of the page: a run of them is dropped)
            kept = self.held.rstrip() + "\n"
            self.gap += self.held.count("\n") - kept.count("\n")
            self.held = kept
        if len(self.held) > self.limit:
            yield self._too_large()

    def end(self) -> Iterator[Document]:
        """The raw document of the pages held back at the dump's end."""
        if self.held.strip() and self.last is not None:
            yield self._raw(self.held, final=True)
        self.held = ""

    def _too_large(self) -> Reject:
        assert self.last is not None
        path = self.last.sources[0].path if self.last.sources else "<input>"
        detail = (
            f"a page of more than {self.limit} characters from line {self.line} of the dump (no page start after it "
            "within the budget): not read; the pages before and after it are"
        )
        self.line += self.held.count("\n") + self.gap
        self.held, self.gap = "", 0
        self.skipping = True
        return Reject(path, "too_large", detail)

    def _raw(self, text: str, final: bool) -> Document:
        assert self.last is not None
        meta = {k: v for k, v in self.last.meta.items() if k != PART and (final or k != TRUNCATED)}
        src = self.last.sources[0] if self.last.sources else Source("<input>")
        return Document(text=text, format="text", sources=[Source(src.path)], encoding=self.last.encoding, meta=meta)
