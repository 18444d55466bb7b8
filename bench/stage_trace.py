"""A stage trace that is a score: where in the extraction a page's gold text is lost (helper cwlong35).

    .venv/bin/python bench/stage_trace.py --data ../shared/data/extraction --set cwced_zh --id ID [--numbers-only]
    .venv/bin/python bench/stage_trace.py --html PAGE.html --gold GOLD.txt [--url URL]
    .venv/bin/python bench/stage_trace.py --gen zh_records_corpus35 --seed S --id ID   # a generated page

Runs the public :func:`cleaner.extraction.extract_html` on one page with its internal steps wrapped (pure Python
only: a compiled build calls its functions directly, so the tool refuses to run on one) and prints, per stage, the
lines and characters kept, the token recall and precision of the kept text against the gold (the metric of
``bench_extract.py``), and the characters a stage dropped, with how many of them are gold (lines found verbatim in
the gold, spaces aside). Stages, in the order they run:

- ``page``: every visible line of the page (the upper bound of recall);
- block choice (``_best``, ``_core``, ``_widened``, ``extend_siblings``, ``split_parts``, ``_next_story``,
  ``_threaded``, …): the candidate line range after each pass of :func:`~cleaner.extraction.content.select_root`;
- ``content_lines.loop`` and its filters (``_inline_posts`` / ``_without_repeated_groups``, pull quotes,
  signatures, previews, title tail); ``trim_edges``; ``split_byline``; boxed cuts;
- ``clean_lines``: the rule ids that fired, each with the characters it removed and the gold characters among them;
- ``final``: the extracted text, the ``html.*`` reasons of ``Document.removed`` (fallbacks, cuts), and where in
  the gold the kept gold lines lie (ten slices of the gold's lines, the share of each found in the output).

A fallback (``_body`` run again on another block) shows as a second numbered series of stages.

``--numbers-only`` prints figures and rule / stage ids only (no text, no tag or class name, no line): the lead's
rule allows it on *check* pages, where everything else stays forbidden, so the tool refuses a check page of a shared
set without it.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import prf
from halves import CHECK, half

_SPACE = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


@dataclass
class Trace:
    gold: str
    gold_keys: str = ""
    gold_lines: list[str] = field(default_factory=list)
    rows: list[tuple[str, list[str], str]] = field(default_factory=list)
    """(stage, its texts, note) in the order they ran."""
    rules: list[tuple[int, Counter[str], Counter[str], Counter[str]]] = field(default_factory=list)
    """Per clean_lines call: (body number, chars removed per rule id, gold chars among them, lines per rule id)."""
    page: Any = None
    unfold: Callable[[str], str] = str
    body: int = 0
    gains: list[float] = field(default_factory=list)
    neg: list[bool] = field(default_factory=list)
    sel: tuple[int, int, int] = (-1, -1, -1)
    prev: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.gold_keys = _key(self.gold)
        self.gold_lines = [_key(ln) for ln in self.gold.splitlines() if ln.strip()]

    def in_gold(self, text: str) -> bool:
        k = _key(self.unfold(text))
        return bool(k) and k in self.gold_keys

    def add(self, stage: str, texts: Iterable[str], note: str = "") -> None:
        name = f"{stage}#{self.body}" if self.body > 1 else stage
        self.rows.append((name, [self.unfold(t) for t in texts], note))

    def lines_range(self, stage: str, start: int, end: int, note: str = "") -> None:
        lines = self.page.lines
        self.add(stage, (ln.text for ln in lines[max(0, start) : max(0, end)]), note)


T: Trace | None = None


def _tr() -> Trace:
    assert T is not None
    return T


def _wrap(mod: Any, name: str, after: Callable[[tuple[Any, ...], Any], None]) -> None:
    f = getattr(mod, name)

    @functools.wraps(f)
    def traced(*a: Any, **k: Any) -> Any:
        out = f(*a, **k)
        if T is not None:
            after(a, out)
        return out

    setattr(mod, name, traced)


def _block_range(page: Any, idx: int) -> tuple[int, int]:
    blk = page.blocks[idx]
    return blk.start, blk.end


_INSTALLED: list[bool] = []


def _install() -> None:
    """Wrap the extraction's steps (once per process; each wrapper only records while :func:`trace` runs)."""
    if _INSTALLED:
        return
    _INSTALLED.append(True)
    import cleaner.extraction as ex
    from cleaner.extraction import content

    if not content.__file__ or not content.__file__.endswith(".py"):
        raise SystemExit("stage_trace: cleaner.extraction.content is compiled here; run on a tree without binaries")

    def parsed(a: tuple[Any, ...], out: Any) -> None:
        _tr().page = out[0]
        _tr().add("page", (ln.text for ln in out[0].lines))

    _wrap(ex, "_parse", parsed)

    def folded(a: tuple[Any, ...], out: Any) -> None:
        if out is not None:
            _tr().unfold = out.unfold

    _wrap(ex, "fold_page", folded)

    def block(name: str, pick: Callable[[Any], int]) -> Callable[[tuple[Any, ...], Any], None]:
        def after(a: tuple[Any, ...], out: Any) -> None:
            idx = pick(out)
            if idx >= 0:
                _tr().lines_range("block." + name, *_block_range(a[0], idx))

        return after

    for name in ("_core", "_title_cell", "_widened", "expand_repeated", "titled_thread", "post_group"):
        _wrap(content, name, block(name, lambda out: int(out)))
    for name in (
        "_best",
        "_past_wall",
        "_title_story",
        "_comments_above_title",
        "_title_column",
        "_title_layout",
        "_float_layout",
        "_story_above_comments",
    ):
        _wrap(content, name, block(name, lambda out: int(out[0])))

    def sel_note(sel: Any) -> str:
        return f"replies={'yes' if sel.replies >= 0 else 'no'} kept={len(sel.kept)}"

    def sel_after(name: str, pos: int) -> Callable[[tuple[Any, ...], Any], None]:
        def after(a: tuple[Any, ...], out: Any) -> None:
            sel = out if pos < 0 else a[pos]
            if sel is not None:
                _tr().lines_range("block." + name, sel.start, sel.end, sel_note(sel))

        return after

    _wrap(content, "extend_siblings", sel_after("extend_siblings", -1))
    for name in ("_headed_parent", "split_parts", "named_parts", "_side_cells", "_threaded", "_thread_footer"):
        _wrap(content, name, sel_after(name, 1))
    for name in ("_topic_items", "_other_answers"):
        _wrap(content, name, sel_after(name, 1))

    def next_story(a: tuple[Any, ...], out: Any) -> None:
        _tr().lines_range("block._next_story", a[1], int(out))

    _wrap(content, "_next_story", next_story)

    def records(a: tuple[Any, ...], out: Any) -> None:
        if int(out) > a[2]:
            _tr().lines_range("block.records_below", a[2], int(out), "the lines added only")

    _wrap(content, "records_below", records)

    def gains(a: tuple[Any, ...], out: Any) -> None:
        _tr().gains = list(out)

    _wrap(content, "_penalized", gains)

    def negs(a: tuple[Any, ...], out: Any) -> None:
        _tr().neg = list(out)

    _wrap(content, "negative_blocks", negs)

    def feed(a: tuple[Any, ...], out: Any) -> None:
        if int(out) >= 0:
            _tr().lines_range("block._feed_below", a[1].start, int(out))

    _wrap(content, "_feed_below", feed)

    def lines_out(name: str) -> Callable[[tuple[Any, ...], Any], None]:
        def after(a: tuple[Any, ...], out: Any) -> None:
            _tr().add(name, (ln.text for ln in out))

        return after

    def loop(name: str) -> Callable[[tuple[Any, ...], Any], None]:
        def after(a: tuple[Any, ...], out: Any) -> None:
            _tr().add("content_lines.loop", (ln.text for ln in a[1]))
            _tr().add("content_lines." + name, (ln.text for ln in out))

        return after

    _wrap(content, "_inline_posts", loop("_inline_posts"))
    _wrap(content, "_without_repeated_groups", loop("_without_repeated_groups"))
    _wrap(content, "_without_pull_quotes", lines_out("content_lines._without_pull_quotes"))
    _wrap(content, "_without_signatures", lines_out("content_lines._without_signatures"))
    _wrap(content, "_without_previews", lines_out("content_lines._without_previews"))
    _wrap(content, "_without_title_tail", lines_out("content_lines._without_title_tail"))
    _wrap(ex, "trim_edges", lines_out("trim_edges"))
    _wrap(ex, "split_byline", lambda a, out: _tr().add("split_byline", (ln.text for ln in out[1])))
    _wrap(ex, "_above_boxed_cut", lines_out("_above_boxed_cut"))
    _wrap(ex, "_above_dropped_heading", lines_out("_above_dropped_heading"))

    def selected(a: tuple[Any, ...], out: Any) -> None:
        if out is not None:
            _tr().sel = (out.block, out.start, out.end)
            _tr().lines_range("select_root", out.start, out.end, sel_note(out))

    _wrap(ex, "select_root", selected)
    for name in ("fallback_root", "title_run", "verse_root"):
        _wrap(ex, name, sel_after(name, -1))

    def cleaned(a: tuple[Any, ...], out: Any) -> None:
        tr = _tr()
        chars: Counter[str] = Counter()
        gold: Counter[str] = Counter()
        count: Counter[str] = Counter()
        for _, line, rules, new in out.trace or []:
            rule = rules.split(",")[-1] if new is None else rules
            lost = line if new is None else line.replace(new, "", 1) if new in line else line
            n = len(line) - (len(new) if new is not None else 0)
            chars[rule] += n
            count[rule] += 1
            if tr.in_gold(line if new is None else lost):
                gold[rule] += n
        tr.rules.append((tr.body, chars, gold, count))
        tr.add("clean_lines", out.lines, f"cut_tail_at={'yes' if out.cut >= 0 else 'no'}")

    _wrap(ex, "clean_lines", cleaned)

    body = ex._body

    @functools.wraps(body)
    def counted(*a: Any, **k: Any) -> Any:
        if T is not None:
            T.body += 1
        return body(*a, **k)

    ex._body = counted  # type: ignore[assignment]


def _profile(tr: Trace, texts: list[str]) -> list[float]:
    """Per tenth of the gold's lines: the share of its characters in lines found in ``texts``."""
    have = _key("\n".join(texts))
    n = len(tr.gold_lines)
    out: list[float] = []
    for d in range(10):
        part = tr.gold_lines[d * n // 10 : (d + 1) * n // 10]
        total = sum(len(g) for g in part)
        out.append(sum(len(g) for g in part if g in have) / total if total else 1.0)
    return out


def _depth(blocks: Any, k: int) -> int:
    d = 0
    while k >= 0:
        k, d = blocks[k].parent, d + 1
    return d


def _common(blocks: Any, a: int, b: int) -> int:
    seen = set()
    while a >= 0:
        seen.add(a)
        a = blocks[a].parent
    while b >= 0 and b not in seen:
        b = blocks[b].parent
    return b


def _gold_spans(tr: Trace) -> list[tuple[int, int, int] | None]:
    """Per gold line: (its tenth of the gold, first page line, last page line + 1) where it is found in the page's
    text (in order, spaces aside; lines of fewer than 6 characters are not looked for), or None."""
    lines = tr.page.lines
    keys = [_key(tr.unfold(ln.text)) for ln in lines]
    starts: list[int] = []
    pos = 0
    for k in keys:
        starts.append(pos)
        pos += len(k)
    text = "".join(keys)
    out: list[tuple[int, int, int] | None] = []
    cur = 0
    n = len(tr.gold_lines)
    for j, g in enumerate(tr.gold_lines):
        if len(g) < 6:
            out.append(None)
            continue
        at = text.find(g, cur)
        if at < 0:
            at = text.find(g)
        if at < 0:
            out.append(None)
            continue
        cur = at + len(g)
        first = bisect_right(starts, at) - 1
        last = bisect_right(starts, at + len(g) - 1)
        out.append((10 * j // n, first, last))
    return out


def structure(tr: Trace) -> None:
    """Numbers only, per tenth of the gold's lines: where its lines are found in the page (page line span), how
    many lie in the selection, the gains the block choice gave those page lines, how many are boilerplate-hinted,
    in a table cell or a data table (tables.data_table), their mean characters, and the depth of their common
    ancestor and of its common ancestor with the selection's block."""
    page = tr.page
    if page is None:
        return
    from cleaner.extraction import tables

    lines, blocks = page.lines, page.blocks
    root, s0, s1 = tr.sel
    g = tr.gains
    verdicts: dict[int, bool] = {}

    def in_data(i: int) -> tuple[bool, bool]:
        cell = tables._cell_of(page, lines[i].block)
        if cell < 0:
            return False, False
        t = tables._table_of(page, cell)
        if t < 0:
            return True, False
        if t not in verdicts:
            verdicts[t] = tables.data_table(page, t)
        return True, verdicts[t]

    print(f"selection: lines {s0}-{s1} of {len(lines)}, block depth {_depth(blocks, root) if root >= 0 else -1}")
    print(
        "per tenth of the gold: gold lines found/looked, page span, page lines, in selection, gains >0/<0,"
        " gain sum, hinted, in cell, in data table, mean chars, sentence-mark lines, depth, common depth"
    )
    spans = _gold_spans(tr)
    for d in range(10):
        mine = [s for s in spans if s is not None and s[0] == d]
        looked = sum(1 for j, gl in enumerate(tr.gold_lines) if 10 * j // len(tr.gold_lines) == d and len(gl) >= 6)
        idx = sorted({i for _, a, b in mine for i in range(a, b)})
        if not idx:
            print(f"  {d}: {len(mine)}/{looked}")
            continue
        inside = sum(1 for i in idx if s0 <= i < s1)
        pos = sum(1 for i in idx if g and g[i] > 0)
        negl = sum(1 for i in idx if g and g[i] < 0)
        gsum = sum(g[i] for i in idx) if g else 0.0
        hinted = sum(1 for i in idx if tr.neg and tr.neg[lines[i].block])
        cells = [in_data(i) for i in idx]
        k = lines[idx[0]].block
        for i in idx:
            k = _common(blocks, k, lines[i].block)
        common = _common(blocks, k, root) if root >= 0 else -1
        print(
            f"  {d}: {len(mine)}/{looked} lines {idx[0]}-{idx[-1] + 1} ({len(idx)}) in-sel {inside}"
            f" gains {pos}/{negl} sum {gsum:.1f} hinted {hinted} cell {sum(c for c, _ in cells)}"
            f" data {sum(x for _, x in cells)} chars {sum(lines[i].chars for i in idx) / len(idx):.1f}"
            f" punct {sum(1 for i in idx if lines[i].punct)} depth {_depth(blocks, k)} common {_depth(blocks, common)}"
        )


def _table_figures(page: Any, table: int) -> str:
    """Numbers only: the figures :func:`cleaner.extraction.tables.record_table` weighs for one table."""
    from cleaner.extraction import tables

    blocks = page.blocks
    nested = sum(1 for k in range(table + 1, blocks[table].end_block) if blocks[k].tag == "table")
    grid, linked = [], 0
    for cells in tables._rows_of(page, table):
        full = [t for t in (tables._cell_text(page, c) for c in cells) if t]
        if len(full) >= 2:
            grid.append(full)
            linked += any(tables._linked(page, c) for c in cells)
    widths = [len(r) for r in grid]
    modal = widths.count(max(set(widths), key=widths.count)) if widths else 0
    flat = [c for r in grid for c in r]
    short = sum(1 for c in flat if len(c) <= tables.RECORD_CELL)
    return (
        f"lines {blocks[table].end - blocks[table].start} rows {len(grid)} linked {linked} modal-width {modal}"
        f" short-cells {short}/{len(flat)} nested {nested} record {tables.record_table(page, table)}"
    )


def records_probe(tr: Trace) -> None:
    """Numbers only: what :func:`~cleaner.extraction.tables.records_below` sees below the selection: the tables
    inside the selection's block (or up to RECORD_CLIMB levels above it) after its end, the first five."""
    from cleaner.extraction import tables

    page = tr.page
    root, _, end = tr.sel
    if page is None or root < 0:
        return
    blocks = page.blocks
    holder = root
    for _ in range(tables.RECORD_CLIMB):
        if holder < 0 or blocks[holder].end > end:
            break
        holder = blocks[holder].parent
    if holder < 0:
        return
    print(f"below the selection (holder ends at line {blocks[holder].end}):")
    shown = 0
    for k in range(holder + 1, blocks[holder].end_block):
        if blocks[k].tag != "table" or blocks[k].start < end:
            continue
        outer = tables._table_of(page, k)
        if outer < 0 or blocks[outer].start < end:  # (not a table inside one shown already)
            print(f"  table at line {blocks[k].start} (+{blocks[k].start - end}): {_table_figures(page, k)}")
            shown += 1
            if shown >= 5:
                break


def report(tr: Trace, final: str, removed: dict[str, int], numbers_only: bool) -> None:
    gold_chars = len(tr.gold)
    print(f"gold: {gold_chars} chars, {len(tr.gold_lines)} lines")
    print(f"{'stage':<44}{'lines':>6}{'chars':>8}{'recall':>8}{'prec':>7}{'dropped':>9}{'gold-dr':>9}  note")
    prev: Counter[str] | None = None
    for name, texts, note in [*tr.rows, ("final", final.splitlines(), "")]:
        text = "\n".join(texts)
        _, p, r = prf(text, tr.gold)
        now = Counter(texts)
        dropped = gold_dropped = 0
        if prev is not None:
            gone = prev - now
            dropped = sum(len(t) * c for t, c in gone.items())
            gold_dropped = sum(len(t) * c for t, c in gone.items() if tr.in_gold(t))
        prev = now
        print(f"{name:<44}{len(texts):>6}{len(text):>8}{r:>8.3f}{p:>7.3f}{dropped:>9}{gold_dropped:>9}  {note}")
    for body, chars, gold, count in tr.rules:
        if chars:
            print(f"clean_lines rules (body #{body}): rule id, lines, chars removed, gold chars among them")
            for rule, n in chars.most_common():
                print(f"  {rule:<48}{count[rule]:>5}{n:>8}{gold[rule]:>8}")
    reasons = sorted(k for k in removed if k.startswith("html."))
    print("html reasons:", ", ".join(f"{k}={removed[k]}" for k in reasons) or "none")
    if tr.rows and tr.rows[0][0] == "page":
        print("gold found, per tenth of the gold's lines (page | final):")
        print("  page ", " ".join(f"{x:.2f}" for x in _profile(tr, tr.rows[0][1])))
    print("  final", " ".join(f"{x:.2f}" for x in _profile(tr, final.splitlines())))
    structure(tr)
    records_probe(tr)
    if not numbers_only:
        print("--- final text ---")
        print(final)


def trace(html: str, gold: str, url: str | None) -> tuple[Trace, str, dict[str, int]]:
    global T
    from cleaner import audit
    from cleaner.extraction import extract_html

    T = Trace(gold)
    try:
        with audit.recording():
            doc = extract_html(html, url=url)
    finally:
        tr, T = T, None
    return tr, doc.text, doc.removed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--set", help="a shared set (with --id)")
    ap.add_argument("--id", help="a page id of --set")
    ap.add_argument("--html", type=Path, help="a page file (with --gold)")
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--url")
    ap.add_argument("--gen", help="a generator module of bench/ (with --id and --seed)")
    ap.add_argument("--seed", help="the generator's seed (default: its own)")
    ap.add_argument("--numbers-only", action="store_true", help="figures and rule ids only (required on check pages)")
    args = ap.parse_args(argv)
    url = args.url
    if args.set and args.id:
        if half(args.set, args.id) == CHECK and not args.numbers_only:
            ap.error("a check page: run with --numbers-only (figures and rule ids only)")
        folder = args.data / args.set
        html = (folder / "html" / f"{args.id}.html").read_text(encoding="utf-8", errors="replace")
        gold = (folder / "gold" / f"{args.id}.txt").read_text(encoding="utf-8", errors="replace")
        for line in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
            meta = json.loads(line)
            if meta["id"] == args.id:
                url = url or meta.get("url")
    elif args.gen and args.id:
        import importlib

        gen = importlib.import_module(args.gen)
        pages = gen.build(args.data, args.seed) if args.seed else gen.build(args.data)
        page = next((p for p in pages if p.id == args.id), None)
        if page is None:
            ap.error(f"no page {args.id} in {args.gen}")
        if page.half == CHECK and not args.numbers_only:
            ap.error("a check page: run with --numbers-only (figures and rule ids only)")
        raw = page.html
        html = gen.SCORING.shown(raw) if isinstance(raw, bytes) else raw
        gold, url = page.gold, url or gen.SCORING.url(page)
    elif args.html and args.gold:
        html = args.html.read_text(encoding="utf-8", errors="replace")
        gold = args.gold.read_text(encoding="utf-8", errors="replace")
    else:
        ap.error("give --set and --id, or --html and --gold")
    _install()
    tr, final, removed = trace(html, gold, url)
    report(tr, final, removed, args.numbers_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
