"""The process settings a run works under (:func:`lean`): numpy's large arrays in plain pages, and the cyclic
garbage collector paused. Both are put back as they were after the run; results are the same either way
(docs/speed-profile-12.md).

**Plain pages.** numpy asks the kernel for transparent huge pages (``madvise(MADV_HUGEPAGE)``) for every array of
4 MB or more. Where huge pages are ``madvise`` only with the *defrag* setting ``madvise`` (a common default), the
first touch of each such page makes the faulting process find, compact and zero 2 MB of contiguous memory itself:
the collapse's arrays of all the run's keys (≈ 7 MB each, made afresh and freed several times over) cost ≈ 0.1
CPU-s of system time per 14 MB of text on a loaded machine, against ≈ 0.01 in plain pages. Those arrays live for
milliseconds: huge pages never pay back their cost there. The switch is numpy's own
(``numpy._core.multiarray._set_madvise_hugepage``, what ``NUMPY_MADVISE_HUGEPAGE=0`` sets at import).

**The collector paused.** A run makes a few objects per document (records, sources, sketches, verdicts) that live
until its end: the collector's generation-2 passes over everything the process holds (the rules, the modules, the
run so far) came twice per 2,559 documents, ≈ 0.04-0.06 CPU-s, and found nothing: a run's records hold no cycles
(they are freed by reference counting; a cycle made during the run is freed at the next collection after it).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["gc_paused", "lean", "small_pages"]


def _setter() -> Callable[[bool], bool] | None:
    """numpy's ``_set_madvise_hugepage`` (it returns the setting it replaces), or None when this numpy has none."""
    try:
        from numpy._core import multiarray
    except ImportError:  # numpy < 2
        try:
            from numpy.core import multiarray  # type: ignore[no-redef]
        except ImportError:
            return None
    fn = getattr(multiarray, "_set_madvise_hugepage", None)
    return fn if callable(fn) else None


_SET = _setter()


@contextmanager
def small_pages() -> Iterator[None]:
    """numpy's arrays in plain pages inside the block (see the module doc); the setting is put back after it."""
    if _SET is None:
        yield
        return
    before = _SET(False)
    try:
        yield
    finally:
        _SET(before)


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off inside the block (see the module doc), on again after it if it was on."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextmanager
def lean() -> Iterator[None]:
    """:func:`small_pages` and :func:`gc_paused`: what :func:`cleaner.dedup.collapse` and a pipeline run work under."""
    with small_pages(), gc_paused():
        yield
