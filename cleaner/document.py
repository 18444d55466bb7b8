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
    data = " ".join(text.split()).encode("utf-8", errors="surrogatepass")  # scraped text may hold lone surrogates
    return hashlib.blake2b(data, digest_size=8).hexdigest()
