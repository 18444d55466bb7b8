"""Data tables inside the story's block: the lines of their cells (a quote table's prices, a recipe's amounts, a
results table's scores) are the story's data, not chrome, whatever a line rule says of a short number on a line of
its own (``clean_lines``' ``cells``)."""

from __future__ import annotations

import re
from typing import Final

from .dom import Line, Page

CELLS: Final = frozenset(("td", "th"))
_NUMBER: Final = re.compile(r"^[+\-−±]?\d[\d,.]*\s*[%‰]?\s*[万千亿元kKmM]?$")
"""A cell holding a number alone (a price, a change, a count, an amount)."""
NUMBER_ROWS: Final = 2
"""A data table has number-only cells in at least this many of its rows (one row of numbers is a pager bar)."""


def _cell_of(page: Page, block: int) -> int:
    """The index of the ``<td>`` / ``<th>`` that holds ``block`` (itself or an ancestor, below the nearest
    ``<table>``), or -1."""
    blocks = page.blocks
    while block >= 0:
        tag = blocks[block].tag
        if tag in CELLS:
            return block
        if tag == "table":
            return -1
        block = blocks[block].parent
    return -1


def _table_of(page: Page, block: int) -> int:
    blocks = page.blocks
    block = blocks[block].parent
    while block >= 0 and blocks[block].tag != "table":
        block = blocks[block].parent
    return block


def _cell_text(page: Page, cell: int) -> str:
    blk = page.blocks[cell]
    return " ".join(ln.text.strip() for ln in page.lines[blk.start : blk.end]).strip()


def _linked(page: Page, cell: int) -> bool:
    """Is the cell's text all link text (a quote widget's stock name linking to its quote page)?"""
    blk = page.blocks[cell]
    lines = page.lines[blk.start : blk.end]
    return sum(ln.link_chars for ln in lines) >= sum(ln.chars for ln in lines) > 0


def data_table(page: Page, table: int) -> bool:
    """Is the ``<table>`` at block ``table`` a table of data: at least two rows of two or more cells, a header row
    (``<th>`` cells, or a first row with no number-only cell) or a label column (a first cell that is no number in
    every row), number-only cells in :data:`NUMBER_ROWS` rows or more, and a row holding no cell that is all link
    (a quote widget's or a related-stocks box's linked names are a list of links)? A layout table (one cell a row),
    a pager bar or a vote count (numbers in one row) is not."""
    blocks = page.blocks
    rows: dict[int, list[int]] = {}
    for k in range(table + 1, blocks[table].end_block):
        blk = blocks[k]
        if blk.tag in CELLS and blocks[blk.parent].tag == "tr" and _table_of(page, k) == table:
            rows.setdefault(blk.parent, []).append(k)
    kept = [cells for _, cells in sorted(rows.items())]
    grid = [[_cell_text(page, c) for c in cells] for cells in kept]
    kept = [cells for cells, row in zip(kept, grid, strict=True) if sum(1 for c in row if c) >= 2]
    grid = [row for row in grid if sum(1 for c in row if c) >= 2]
    if len(grid) < 2:
        return False
    numeric = [[_NUMBER.match(c) is not None for c in row] for row in grid]
    if sum(1 for flags in numeric if any(flags)) < NUMBER_ROWS:
        return False
    header = any(blocks[c].tag == "th" for c in kept[0]) or not any(numeric[0])
    if all(any(_linked(page, c) for c in cells) for cells in kept[1 if header else 0 :]):
        return False  # a link in every row: a box of quotes or results linking elsewhere ("相关股票"), not the story's
    labels = all(row[0] and not flags[0] for row, flags in zip(grid, numeric, strict=True))
    return header or labels


def data_cells(page: Page, lines: list[Line]) -> frozenset[int]:
    """The indices of ``lines`` set in a cell of a :func:`data table <data_table>`."""
    blocks = page.blocks
    if not lines:
        return frozenset()
    lo = min(ln.block for ln in lines)
    hi = max(ln.block for ln in lines)
    if not any(blk.tag in CELLS for blk in blocks[max(lo, 0) : hi + 1]):
        return frozenset()
    found: dict[int, bool] = {}
    out: list[int] = []
    for k, ln in enumerate(lines):
        cell = _cell_of(page, ln.block)
        if cell < 0:
            continue
        table = _table_of(page, cell)
        if table < 0:
            continue
        if table not in found:
            found[table] = data_table(page, table)
        if found[table]:
            out.append(k)
    return frozenset(out)
