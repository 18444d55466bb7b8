"""URL lists: one URL per line in a file, or on stdin."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

__all__ = ["MAX_URL_CHARS", "iter_url_lines", "read_url_list", "redact_url"]

MAX_URL_CHARS = 65536
"""The longest URL requested (httpx refuses longer ones). A list line past it is read only that far (its rest is
skipped, not held: a list of one 150 MB line took 416 MB and was copied whole into ``failures.jsonl``) and fails as
``invalid_url`` (helper hostile31)."""

_USERINFO = re.compile(r"(?<=//)[^/?#\s@]*@")


def redact_url(text: str) -> str:
    """``text`` with the ``user:password@`` part of every URL in it removed (stored URLs and messages)."""
    return _USERINFO.sub("", text) if "@" in text else text


def iter_url_lines(lines: Iterable[str]) -> Iterator[str]:
    """URLs from lines: surrounding white space stripped, blank lines and ``#`` comment lines skipped."""
    for line in lines:
        url = line.strip().lstrip("\ufeff").strip()
        if url and not url.startswith("#"):
            yield url


def _bounded_lines(f: TextIO) -> Iterator[str]:
    """The lines of ``f``, each cut after :data:`MAX_URL_CHARS` + 1 characters (the rest of a longer line skipped)."""
    while line := f.readline(MAX_URL_CHARS + 1):
        if len(line) > MAX_URL_CHARS and not line.endswith("\n"):
            while (rest := f.readline(MAX_URL_CHARS)) and not rest.endswith("\n"):
                pass
        yield line


def read_url_list(path_or_dash: str | Path) -> list[str]:
    """The URLs of a list file (``-`` reads stdin), in order, duplicates kept; a line over :data:`MAX_URL_CHARS` is
    kept as its first ``MAX_URL_CHARS + 1`` characters (the fetch fails it as too long)."""
    if str(path_or_dash) == "-":
        return list(iter_url_lines(_bounded_lines(sys.stdin)))
    with Path(path_or_dash).open(encoding="utf-8-sig", errors="replace") as f:
        return list(iter_url_lines(_bounded_lines(f)))
