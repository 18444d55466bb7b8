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
            found[table] = data_table(page, table) or record_table(page, table)
        if found[table]:
            out.append(k)
    return frozenset(out)


RECORD_ROWS: Final = 4
"""A table of records has at least this many rows of two or more cells with text (its header row included)..."""
RECORD_CELL: Final = 40
"""...its cells hold at most this many characters (nine in ten of them: a name, a unit, an address, a number)..."""
RECORD_SHARE: Final = 0.75
"""...this share of those rows has the same number of cells with text (a grid, not a layout)..."""
CAPTION_LINES: Final = 2
"""Lines between the text and a table of records below it (its caption: "附：名单如下", a day's heading), taken in."""


def _rows_of(page: Page, table: int) -> list[list[int]]:
    """The cells of each row of the ``<table>`` at block ``table`` (not those of a table inside it), in order."""
    blocks = page.blocks
    rows: dict[int, list[int]] = {}
    for k in range(table + 1, blocks[table].end_block):
        blk = blocks[k]
        if blk.tag in CELLS and blocks[blk.parent].tag == "tr" and _table_of(page, k) == table:
            rows.setdefault(blk.parent, []).append(k)
    return [cells for _, cells in sorted(rows.items())]


def record_table(page: Page, table: int) -> bool:
    """Is the ``<table>`` at block ``table`` a table of records (an honours list, a results or contacts table, a
    programme: rows of short cells the story lists, numbers or none): :data:`RECORD_ROWS` rows or more of two or
    more cells with text, :data:`RECORD_SHARE` of them with one number of such cells, nine cells in ten of at most
    :data:`RECORD_CELL` characters, no table inside a cell (a layout), not every cell a number (a calendar), and
    links in at most a quarter of the rows (a ranking of linked headlines, a quote box of linked names are lists)?"""
    blocks = page.blocks
    if any(blocks[k].tag == "table" for k in range(table + 1, blocks[table].end_block)):
        return False
    grid: list[list[str]] = []
    linked = 0
    for cells in _rows_of(page, table):
        texts = [_cell_text(page, c) for c in cells]
        full = [t for t in texts if t]
        if len(full) < 2:
            continue
        grid.append(full)
        linked += any(_linked(page, c) for c in cells)
    if len(grid) < RECORD_ROWS or 4 * linked > len(grid):
        return False
    widths = [len(row) for row in grid]
    if widths.count(max(set(widths), key=widths.count)) < RECORD_SHARE * len(grid):
        return False
    cells_all = [c for row in grid for c in row]
    if sum(1 for c in cells_all if len(c) <= RECORD_CELL) < 0.9 * len(cells_all):
        return False
    return not all(_NUMBER.match(c) for c in cells_all)


RECORD_CLIMB: Final = 3
"""Levels climbed from the chosen block to the element that holds both it and a table of records below it (the
story's cell, its row and the layout table around them)."""


def _outer_table(page: Page, line: int, holder: int) -> int:
    """The outermost ``<table>`` inside block ``holder`` that starts at ``line``, or -1."""
    blocks = page.blocks
    k = page.lines[line].block
    found = -1
    while k >= 0 and k != holder and blocks[k].start == line:
        if blocks[k].tag == "table":
            found = k
        k = blocks[k].parent
    while k >= 0 and k != holder:
        k = blocks[k].parent
    return found if k == holder else -1


CAPTION_CHARS: Final = 40
"""A line that announces a table of records under it is at most this many characters when it ends no sentence."""
_ANNOUNCES: Final = re.compile(r"[:：]\s*$")
_SENTENCE_END: Final = re.compile(r"[。！？!?…；;.]\s*[”\"’』」)）]?\s*$")


def announces(text: str) -> bool:
    """Does a line announce the table under it: one ending with a colon ("名单如下：", "详见下表："), or a caption
    (at most :data:`CAPTION_CHARS` characters ending no sentence: "附：2015年度先进个人名单", "第一天（5月8日）")? A
    table right under a story's last sentence (a match's statistics, an analysts' ratings box) is a widget the
    page sets there, not a list the story gives."""
    text = text.strip()
    if text[:1] in "（(【[" and text[-1:] in "）)】]":
        return False  # a note in brackets ends the story: "（编辑：…）", "（完）", "【纠错】"
    return bool(_ANNOUNCES.search(text)) or (len(text) <= CAPTION_CHARS and not _SENTENCE_END.search(text))


def records_below(page: Page, block: int, end: int, neg: list[bool]) -> int:
    """The end of the text taken down over the :func:`tables of records <record_table>` right below line ``end``
    (each after at most :data:`CAPTION_LINES` lines of its caption, no link among them, the line right above it
    announcing it: :func:`announces`), inside the element that
    holds ``block`` (the chosen one) and line ``end`` (at most :data:`RECORD_CLIMB` levels up), in no
    boilerplate-hinted element (``neg``); ``end`` when none follows. A story's list of names, results or contacts
    weighs as chrome line by line (short cells, no sentence), so the widening stops above it."""
    lines, blocks = page.lines, page.blocks
    holder = block
    for _ in range(RECORD_CLIMB):
        if holder < 0 or blocks[holder].end > end:
            break
        holder = blocks[holder].parent
    if holder < 0 or blocks[holder].end <= end:
        return end
    stop = blocks[holder].end
    while end < stop:
        j = end
        while j < min(end + CAPTION_LINES, stop) and _outer_table(page, j, holder) < 0:
            if lines[j].link_chars or neg[lines[j].block]:
                return end
            j += 1
        table = _outer_table(page, j, holder) if j < stop else -1
        if table < 0 or neg[table] or j == 0 or not announces(lines[j - 1].text) or not record_table(page, table):
            return end
        end = blocks[table].end
    return end
