"""Errors raised by the library.

::

    CleanerError                  base of everything raised on purpose
    ├── RulesError                a rules file is unreadable or wrong (.path, .line)
    ├── StateError                a dedup state is locked, corrupt or built with other parameters (.path)
    ├── UsageError                arguments that cannot work together
    └── InputTooLarge             a library call's input is over the byte budget (also a ValueError; .size, .limit)

Per-document problems are never raised out of a run: they become
:class:`cleaner.Reject` records.
"""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of the errors this package raises on purpose."""


class RulesError(CleanerError):
    def __init__(self, message: str, *, path: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class StateError(CleanerError):
    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class UsageError(CleanerError):
    """Arguments that cannot work together."""


class InputTooLarge(CleanerError, ValueError):
    """A text or page handed to :func:`cleaner.clean_text` or :func:`cleaner.extract_html` is longer than the byte
    budget a reader holds at once (:data:`cleaner.input.base.MAX_INPUT_BYTES`, in characters for a ``str``): what
    ``cleaner run`` rejects as ``too_large`` without reading it. Time and memory per call stay bounded by it."""

    def __init__(self, what: str, size: int, limit: int) -> None:
        super().__init__(f"{what} of {size} is over the limit of {limit} (cleaner.input.base.MAX_INPUT_BYTES)")
        self.size = size
        self.limit = limit
