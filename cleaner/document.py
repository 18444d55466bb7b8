"""The one record type that flows through every stage.

A :class:`Document` is born in a reader (``format="text"`` or ``"html"``: what
``text`` holds), is cleaned or extracted into plain text (``format="text"``),
and leaves the collapse stage as a *story*: the canonical copy, whose
``sources`` list every copy that was merged into it.

Anything that cannot become a document becomes a :class:`Reject` with a
machine-readable ``reason`` and a human ``detail``; nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Format = Literal["text", "html"]


@dataclass(slots=True)
class Source:
    """Where one copy of a story came from."""

    path: str
    record: int = 0
    """Index of the record inside the file (JSONL line, WARC record; 0 for a plain file)."""
    segment: int = 0
    """Index of the page inside the record once glued pages were split."""
    url: str | None = None
    similarity: float = 1.0
    """Similarity of this copy to the story's canonical text (1.0 for the canonical)."""
    doc_id: str = ""
    """Content id of this copy."""
    title: str = ""
    """This copy's own title (the story's ``title`` is merged from every copy)."""
    meta: dict[str, str] = field(default_factory=dict)
    """This copy's metadata where it differs from the story's merged ``meta`` (a conflicting value); usually empty."""
    input_id: str | None = None
    """The input record's own id (a JSONL record's ``id`` or ``--id-key`` field, a WARC-Record-ID)."""
    extra: dict[str, Any] = field(default_factory=dict)
    """The input record's other fields (JSON values; a JSONL record's fields but its text, id, url, title)."""

    def key(self) -> tuple[str, int, int]:
        return (self.path, self.record, self.segment)

    def to_json(self) -> dict[str, Any]:
        """Every field, in declaration order (what ``dataclasses.asdict`` gives, several times faster)."""
        return {
            "path": self.path,
            "record": self.record,
            "segment": self.segment,
            "url": self.url,
            "similarity": self.similarity,
            "doc_id": self.doc_id,
            "title": self.title,
            "meta": dict(sorted(self.meta.items())),
            "input_id": self.input_id,
            "extra": self.extra,
        }


@dataclass(slots=True)
class Document:
    text: str
    format: Format = "text"
    id: str = ""
    title: str = ""
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    encoding: str | None = None
    """Charset declared by the transport (HTTP header), for ``format="html"``."""
    removed: dict[str, int] = field(default_factory=dict)
    """Lines or sentences removed while cleaning, by rule name."""
    audit: dict[str, Any] | None = None
    """What cleaning removed and why, line by line, while :func:`cleaner.audit.recording` is on (not output)."""

    def to_json(self) -> dict[str, Any]:
        """The output record: id, title, text, url, meta, sources."""
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "url": self.url,
            "meta": dict(sorted(self.meta.items())),
            "sources": [s.to_json() for s in self.sources],
        }


@dataclass(slots=True)
class Reject:
    """A file, record or page that did not become a document, and why."""

    path: str
    reason: str
    detail: str = ""
    record: int | None = None
    segment: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def content_id(text: str) -> str:
    """A stable id for a text: blake2b of it with white space folded (16 hex digits).

    Copies that differ in more than white space (punctuation width, traditional
    characters) are the near-duplicate stage's business, not this id's.
    """
    data = fold_spaces(text).encode("utf-8", errors="surrogatepass")  # scraped text may hold lone surrogates
    return hashlib.blake2b(data, digest_size=8).hexdigest()


_OTHER_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
"""White space (``str.isspace``, what ``str.split`` splits at) other than a plain space or a line break; a test
checks it against every code point."""


def _spaces_plain() -> Callable[[str], bool] | None:
    """The compiled kernel's ``spaces_plain`` (``cleaner/dedup/_sketch.c``; imported when first needed: this module is
    imported before the kernel's package), or ``None`` without it."""
    global _plain
    if _plain is _UNSET:
        from cleaner.dedup.kernel import sketch_kernel

        k = sketch_kernel()
        _plain = None if k is None else k.spaces_plain
    return _plain


_UNSET: Any = object()
_plain: Callable[[str], bool] | None = _UNSET


def fold_spaces(text: str) -> str:
    """``" ".join(text.split())``. For a text of stripped lines with single spaces (what cleaning gives) that is
    its line breaks made spaces: found so without building a string per word."""
    plain = _spaces_plain()
    if plain is not None:  # (the kernel: one loop over the text's characters)
        return text.replace("\n", " ") if plain(text) else " ".join(text.split())
    flat = text.replace("\n", " ")
    # (no white space but a plain space is printable: a printable text is not searched for it)
    if flat[:1] == " " or flat[-1:] == " " or "  " in flat or (not flat.isprintable() and _OTHER_SPACE.search(flat)):
        return " ".join(text.split())
    return flat
