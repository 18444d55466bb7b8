"""Errors raised by the library.

::

    CleanerError                  base of everything raised on purpose
    ├── RulesError                a rules file is unreadable or wrong (.path, .line)
    ├── StateError                a dedup state is locked, corrupt or built with other parameters (.path)
    └── UsageError                arguments that cannot work together

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
