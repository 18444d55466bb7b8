"""Types of the optional compiled sketch kernel (``_sketch.c``; :func:`cleaner.dedup.signature._kernel_sketches`)."""

from typing import Any

def tail(
    cps: Any,
    starts: Any,
    ends: Any,
    ntok: Any,
    a: Any,
    b: Any,
    shingle: int,
    minhash_mod: int,
    window: int,
    window_bands: int,
    bands: int,
    rows: int,
    anchor_mod: int,
    fine_mod: int,
    sample_mod: int,
    full_max: int,
    ev_mask: int,
    /,
) -> tuple[bytearray, bytearray, bytearray, bytearray, bytearray]: ...
def bounds(
    cps: Any, first: Any, lens: Any, segmented: Any, tl: Any, per: Any, /
) -> tuple[bytearray, bytearray, bytearray] | None: ...
def lengths(items: Any, /) -> bytearray: ...
def code_lines(raw: Any, /) -> tuple[bytearray, bytearray, bytearray, bytearray, bytearray, bytearray]: ...
def code_blocks(raw: Any, starts: Any, ends: Any, max_lines: int, /) -> bytearray: ...
def lines_of(cps: Any, raw: Any, first: Any, last: Any, /) -> tuple[list[str], bytearray]: ...
def split_cut(cut: list[str], lines: list[str], /) -> tuple[list[bytes], bool] | None: ...
def gather(
    lines: list[str], cache: dict[str, Any], fresh: dict[str, Any], nlines: Any, /
) -> tuple[bytearray, bytearray]: ...
def line_keys(texts: list[str], table: bytes, min_chars: int, /) -> list[bytes | None]: ...
