"""The compiled sketch kernel (``cleaner/dedup/_sketch.c``, an optional C extension): its module when it is built and
not switched off by ``CLEANER_SKETCH_KERNEL=0``, else None. Every function of it has a numpy path in the module that
uses it, with the same results."""

from __future__ import annotations

import os
from collections.abc import Callable
from types import ModuleType

__all__ = ["count_marked", "sketch_kernel"]


def sketch_kernel() -> ModuleType | None:
    """The kernel module, or None (not built, or switched off)."""
    if os.environ.get("CLEANER_SKETCH_KERNEL", "1") == "0":
        return None
    try:
        from cleaner.dedup import _sketch
    except ImportError:
        return None
    return _sketch


def count_marked() -> Callable[[str, bytes, int], int] | None:
    """The kernel's ``count_marked(text, bits, need)`` (how many characters of ``text`` are marked in the bit set
    ``bits`` — code point c: bit ``c & 7`` of byte ``c >> 3`` — counted up to ``need``; one loop over the string in
    place of a regex class search), or None when the kernel is not built."""
    k = sketch_kernel()
    count: Callable[[str, bytes, int], int] | None = getattr(k, "count_marked", None) if k is not None else None
    return count
