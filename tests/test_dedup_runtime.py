"""The settings a run works under (:mod:`cleaner.dedup.runtime`): put back as they were, and the same stories."""

from __future__ import annotations

import gc

import pytest

from cleaner.dedup import collapse, runtime
from cleaner.document import Document


def _hugepage() -> bool | None:
    """numpy's huge-page setting now (read by setting it back), or None without the switch."""
    if runtime._SET is None:
        return None
    now = runtime._SET(True)
    runtime._SET(now)
    return now


@pytest.mark.parametrize("enabled", [True, False])
def test_lean_puts_back_the_collector(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with runtime.lean():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), runtime.lean():
            raise ValueError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_lean_puts_back_numpy_pages() -> None:
    before = _hugepage()
    if before is None:
        pytest.skip("this numpy has no huge-page switch")
    with runtime.small_pages():
        assert _hugepage() is False
        with runtime.lean():  # (nested: the outer setting comes back at each end)
            assert _hugepage() is False
        assert _hugepage() is False
    assert _hugepage() is before


def test_collapse_the_same_under_any_setting() -> None:
    base = "今天北京发布了新的交通规定，市民出行需要注意以下几点变化。\n第一，早高峰限行时间延长半小时。\n"
    docs = [Document(id=f"d{i}", text=base * (1 + i % 3) + f"编号 {i // 2} 的补充说明。") for i in range(12)]
    plain = collapse(docs)
    was = gc.isenabled()
    gc.disable()
    try:
        paused = collapse(docs)
    finally:
        if was:
            gc.enable()
    assert gc.isenabled() is was
    assert [s.to_json() for s in plain.stories] == [s.to_json() for s in paused.stories]
    assert plain.counts() == paused.counts()
