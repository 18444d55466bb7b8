"""Which modules run compiled (mypyc, C), and a guard against compiled modules older than their sources.

An editable install (``pip install -e .``, ``make install``) puts the compiled modules beside the sources, and
Python imports a compiled module before its ``.py``: an edited source would silently not run. The build writes
``_compiled.json`` (each compiled module's source size and SHA-256, see ``setup.py``); :func:`check` compares
the sources with it, cheaply (a ``stat`` a module; a hash only when a source is newer than the record),
and warns with :class:`StaleBuildWarning` when one differs. The test suite turns the warning into an error.
"""

import hashlib
import json
import os
import sys
import warnings
from dataclasses import fields
from importlib.machinery import EXTENSION_SUFFIXES
from typing import Any

RECORD = "_compiled.json"
_SUFFIXES = tuple(EXTENSION_SUFFIXES)
_HERE = os.path.dirname(os.path.abspath(__file__))


class StaleBuildWarning(UserWarning):
    """A compiled module does not match its source (edited after the build): the source's code does not run."""


def compiled_modules() -> tuple[str, ...]:
    """The loaded ``cleaner`` modules that run from a compiled binary (mypyc or a C extension), sorted."""
    found = []
    for name, mod in list(sys.modules.items()):
        if name == "cleaner" or name.startswith("cleaner."):
            path = getattr(mod, "__file__", None)
            if isinstance(path, str) and path.endswith(_SUFFIXES):
                found.append(name)
    return tuple(sorted(found))


def _source_of(binary: str) -> str:
    """``pkg/dom.cpython-311-x86_64-linux-gnu.so`` -> ``pkg/dom.py``."""
    folder, base = os.path.split(binary)
    return os.path.join(folder, base.split(".", 1)[0] + ".py")


def stale_modules(modules: tuple[str, ...], folder: str = _HERE) -> list[str]:
    """Those of ``modules`` (names of compiled modules) whose source differs from the one they were built from,
    each with the reason; a binary with a source beside it that the build record (in ``folder``) does not know
    counts too. A source of the recorded size not modified after the record was written is taken as unchanged;
    any other is hashed."""
    path = os.path.join(folder, RECORD)
    try:
        built = os.stat(path).st_mtime_ns
        with open(path, encoding="utf-8") as f:
            record: dict[str, object] = json.load(f)
    except (OSError, ValueError):
        built, record = 0, {}
    stale = []
    for name in modules:
        binary = getattr(sys.modules.get(name), "__file__", None)
        if not isinstance(binary, str):
            continue
        source = _source_of(binary)
        try:
            src = os.stat(source)
        except OSError:
            continue  # no source beside it (a C extension, or a binary shipped alone): nothing to compare
        entry = record.get(name)
        if not isinstance(entry, dict):
            stale.append(f"{name} (no build record for {binary})")
            continue
        if src.st_size == entry.get("size") and src.st_mtime_ns <= built:
            continue
        with open(source, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        if digest != entry.get("sha256"):
            stale.append(f"{name} ({source} changed after {os.path.basename(binary)} was built)")
    return stale


def check(modules: tuple[str, ...]) -> None:
    """Warn (:class:`StaleBuildWarning`) if a compiled module of ``modules`` is stale."""
    stale = stale_modules(modules, _HERE)
    if stale:
        warnings.warn(
            "compiled modules older than their sources, so the edits do not run: "
            + "; ".join(stale)
            + ". Rebuild (`pip install -e .`, `make install`), or install pure Python (`CLEANER_PURE=1 pip install "
            "-e .` removes the binaries).",
            StaleBuildWarning,
            stacklevel=3,
        )


def by_init(obj: Any) -> tuple[type[Any], tuple[Any, ...]]:
    """``__reduce__`` of a frozen dataclass: rebuilt through ``__init__`` from its fields (compiled with mypyc, a frozen
    dataclass cannot be unpickled field by field)."""
    return (type(obj), tuple(getattr(obj, f.name) for f in fields(obj)))
