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

from cleaner.document import Document, Reject, Source
from cleaner.input.base import MAX_INPUT_BYTES, PART, TRUNCATED
from cleaner.rules import Rules
from cleaner.text.textclean import split_text

__all__ = ["PageJoin", "is_part", "last_page_start"]

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


def _first_page_start(text: str, rules: Rules) -> int:
    """The offset of the first line of ``text`` that starts a page; -1 when there is none."""
    start = 0
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
