"""URL lists: one URL per line in a file, or on stdin."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["iter_url_lines", "read_url_list", "redact_url"]

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


def read_url_list(path_or_dash: str | Path) -> list[str]:
    """The URLs of a list file (``-`` reads stdin), in order, duplicates kept."""
    if str(path_or_dash) == "-":
        return list(iter_url_lines(sys.stdin))
    with Path(path_or_dash).open(encoding="utf-8-sig", errors="replace") as f:
        return list(iter_url_lines(f))
