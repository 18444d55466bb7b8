"""The check the news generators' tune-page tests share (``tests/test_zhnews20/25/26_extraction.py``,
``tests/test_caption_story.py``): a generated tune page's extraction keeps every snippet it must, none it must not."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

from cleaner.extraction import extract_html


def assert_tune_pages(
    gen: ModuleType, text: Any, seed: str, wanted: Iterable[tuple[str, int]], *convert: Callable[[str], str]
) -> list[Any]:
    """Build each ``(kind, index)`` page of generator ``gen`` on ``seed`` (``convert``: the generator's
    Simplified → Traditional converter, for those that take one); each is a tune page whose extraction holds its
    ``must`` snippets and none of its ``must_not``. The pages, for the caller's own checks."""
    from halves import TUNE  # (bench/ is on sys.path: the caller imported ``gen`` from there)

    pages = []
    for kind, i in wanted:
        p = gen.build_page(kind, i, text, seed, *convert)
        assert p.half == TUNE
        out = gen._norm(extract_html(p.html, url=gen._url(p)).text)
        assert all(gen._norm(m) in out for m in p.must), p.id
        assert not [m for m in p.must_not if gen._norm(m) in out], p.id
        pages.append(p)
    return pages
