"""The compiled sketch kernel (``cleaner/dedup/_sketch.c``, an optional C extension): its module when it is built and
not switched off by ``CLEANER_SKETCH_KERNEL=0``, else None. Every function of it has a numpy path in the module that
uses it, with the same results."""

from __future__ import annotations

import os
from types import ModuleType

__all__ = ["sketch_kernel"]


def sketch_kernel() -> ModuleType | None:
    """The kernel module, or None (not built, or switched off)."""
    if os.environ.get("CLEANER_SKETCH_KERNEL", "1") == "0":
        return None
    try:
        from cleaner.dedup import _sketch
    except ImportError:
        return None
    return _sketch
