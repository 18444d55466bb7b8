"""The public API stays small and honest: __all__ is sorted and every name in it exists."""

from __future__ import annotations

import cleaner


def test_all_is_sorted_and_exported() -> None:
    assert cleaner.__all__ == sorted(cleaner.__all__)
    for name in cleaner.__all__:
        assert hasattr(cleaner, name), name
    public = {n for n in dir(cleaner) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(cleaner, n)).__name__ == "module"}
    assert public - modules - {"annotations"} == set(cleaner.__all__)
