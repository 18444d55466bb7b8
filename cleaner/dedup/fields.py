"""A story's ``title``, ``url`` and ``meta``, merged from all its copies.

The canonical copy comes first, then the other copies in a stable order (input order; for a story of an
earlier run, what the state remembers of it comes right after the canonical that set it): the first copy
with a non-empty title gives the title, the first with a URL the URL, and each ``meta`` key takes the
first non-empty value any copy has. So every field any copy had survives the merge. A copy whose value
conflicts with the story's keeps it in its own source entry (``Source.title``, ``Source.url``,
``Source.meta`` for the keys where it differs).

Keys under ``dedup.`` (what the collapse notes on one record: restored runs, merged or moved stories) are
not story fields and are never stored. The notes of :data:`OWN_NOTES` say how one copy's text was read (cut at the
extraction's size limit, bytes that were not UTF-8): a story takes them from its canonical copy only (the first
given), whose text it is; another copy's stay in its source entry (helper hostile32: a story whose canonical was
read whole said "cut: …" because one of its copies was).
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

__all__ = ["FieldStore", "HasFields", "StoryFields", "copy_meta", "merge_fields", "story_fields"]

_NOTE = "dedup."
OWN_NOTES = frozenset({"extraction", "decode_errors", "zstd_unchecked"})
"""Meta keys that describe one copy's reading, not the story: merged from the canonical copy only."""
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class HasFields(Protocol):
    """Anything with a title, a URL and metadata: a :class:`cleaner.Document`, a :class:`StoryFields`."""

    @property
    def title(self) -> str: ...

    @property
    def url(self) -> str | None: ...

    @property
    def meta(self) -> Mapping[str, str]: ...


@dataclass(frozen=True, slots=True)
class StoryFields:
    """The merged fields of a story (what the state remembers of it besides its sketch)."""

    title: str = ""
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.title or self.url or self.meta)

    def dumps(self) -> str:
        """Compact JSON: ``[title, url, meta]`` (what a persistent state stores)."""
        return _ENCODE([self.title, self.url, self.meta])

    @classmethod
    def loads(cls, raw: str | bytes | None) -> StoryFields | None:
        """:meth:`dumps` back; ``None`` for nothing stored (or something unreadable)."""
        if not raw:
            return None
        try:
            title, url, meta = json.loads(raw)
        except (ValueError, TypeError):
            return None
        if not isinstance(meta, dict):
            meta = {}
        return cls(
            title if isinstance(title, str) else "",
            url if isinstance(url, str) else None,
            {str(k): str(v) for k, v in meta.items()},
        )


def merge_fields(canonical: HasFields | None, copies: Iterable[HasFields | None] = ()) -> StoryFields:
    """``canonical`` first, then ``copies`` in order: the first non-empty title and URL, and for each meta
    key the first non-empty value (``dedup.`` keys left out; :data:`OWN_NOTES` from the first item only). ``None``
    entries are skipped."""
    title = ""
    url: str | None = None
    meta: dict[str, str] = {}
    lead = True
    for item in (canonical, *copies):
        if item is None:
            continue
        if not title and item.title:
            title = item.title
        if not url and item.url:
            url = item.url
        for k, v in item.meta.items():
            if v and k not in meta and not k.startswith(_NOTE) and (lead or k not in OWN_NOTES):
                meta[k] = v
        lead = False
    return StoryFields(title, url, meta)


def copy_meta(own: Mapping[str, str], story: StoryFields) -> dict[str, str]:
    """The part of a copy's metadata a source entry keeps: the values that differ from the story's."""
    return {k: v for k, v in own.items() if v and story.meta.get(k) != v and not k.startswith(_NOTE)}


@runtime_checkable
class FieldStore(Protocol):
    """What :func:`story_fields` asks of a dedup index that remembers story fields (optional methods of
    :class:`cleaner.dedup.DedupIndex`: :class:`cleaner.dedup.MemoryIndex` and the persistent states have them)."""

    def story_fields(self, story_id: str) -> StoryFields | None: ...

    def set_story_fields(self, story_id: str, fields: StoryFields) -> None: ...

    def sources(self, story_id: str) -> Sequence[HasFields]: ...


def story_fields(
    members: Mapping[str, list[HasFields]],
    canonical: Mapping[str, HasFields],
    *,
    absorbed: Mapping[str, Iterable[str]] | None = None,
    moved: Mapping[str, Iterable[HasFields]] | None = None,
    store: FieldStore | None = None,
    new: Container[str] = (),
) -> dict[str, StoryFields]:
    """The merged fields of each story a run touched, recorded in ``store`` when given.

    ``members``: story → this run's copies in input order; ``canonical``: story → the copy that is its
    canonical *from this run* (a new story, or a replaced canonical); ``absorbed``: story → stories of earlier
    runs merged into it; ``moved``: story → copies recorded earlier that moved to it; ``new``: the stories this
    run started. A story of an earlier run merges what ``store`` remembers of it right after this run's
    canonical (or first, if it kept its canonical), then what it absorbed, then its new copies; a story stored
    before fields were kept (nothing remembered) merges its stored sources' URLs and titles instead. Every
    story's fields are recorded, empty ones too (nothing remembered means: stored before fields were kept)."""
    out: dict[str, StoryFields] = {}
    for sid, docs in members.items():
        canon = canonical.get(sid)
        before = store.story_fields(sid) if store is not None and sid not in new else None
        earlier: list[HasFields | None] = [before]
        if store is not None and before is None and sid not in new:
            earlier.extend(store.sources(sid))
        for other in (absorbed or {}).get(sid, ()):
            earlier.append(store.story_fields(other) if store is not None else None)
        merged = merge_fields(canon, [*earlier, *docs, *(moved or {}).get(sid, ())])
        out[sid] = merged
        if store is not None and merged != before:
            store.set_story_fields(sid, merged)
    return out
