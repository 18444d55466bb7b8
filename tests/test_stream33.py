"""A text dump (a file, a JSONL record of text) is cleaned a piece of whole pages at a time (helper stream33).

Cleaning holds ≈ 40 bytes per character of what it cleans at once (the normalized, folded and split copies of the
text), so a dump read whole (up to the 64 MiB budget) took ≈ 35× its size on its worker: a 40 MB dump 1.4 GB.
:func:`cleaner.text.dumpparts.page_pieces` cuts it where pages start, as the parts of a dump over the budget are
joined; the pages, texts, ids and page numbers are those of the whole dump."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner.text.dumpparts as dumpparts
from cleaner.document import Document, Reject
from cleaner.pipeline import process_file
from cleaner.text.textclean import clean_dump
from tests.test_large_dumps import _page, _pages, _summary

MiB = 1 << 20


def _whole(path: Path) -> list[Document | Reject]:
    """The items of ``path`` cleaned whole (pieces larger than any dump here)."""
    mp = pytest.MonkeyPatch()
    mp.setattr(dumpparts, "PIECE_CHARS", 1 << 40)
    try:
        return process_file(str(path))
    finally:
        mp.undo()


@pytest.mark.parametrize("size", [1500, 7000])
def test_a_dump_cleaned_in_pieces_gives_the_pages_of_the_whole_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """Pieces of 1,500 and 7,000 characters (a page is ≈ 700): the same documents and rejects (a page with no body in
    the middle, a page glued to the line before it, blank and invisible lines) in the same order and numbering."""
    rnd = random.Random(33)
    pages = _pages(30, seed=33)
    pages[7] = "只有标题没有正文_网易新闻\n"  # (a no_body reject among the pages)
    pages[12] = "\u200b\n\n \n" + pages[12]
    text = "\n".join(pages) + "上一行的结尾" + _page(rnd)  # (a title glued to the end of a line: no place to cut)
    path = tmp_path / "dump.txt"
    path.write_text(text, encoding="utf-8")
    whole = _whole(path)
    assert _summary(whole) == _summary(clean_dump(text, source=str(path)))
    assert any(isinstance(x, Reject) for x in whole) and sum(isinstance(x, Document) for x in whole) >= 29
    seen: list[int] = []
    real = dumpparts._pieces

    def pieces(raw: Document, rules: object, size: int) -> object:
        for piece in real(raw, rules, size):  # type: ignore[arg-type]
            seen.append(len(piece.text))
            yield piece

    monkeypatch.setattr(dumpparts, "PIECE_CHARS", size)
    monkeypatch.setattr(dumpparts, "_pieces", pieces)
    assert _summary(process_file(str(path))) == _summary(whole)
    assert len(seen) >= len(text) // (size + 1000) and sum(seen) == len(text)


def test_a_jsonl_record_of_glued_pages_keeps_its_record_url_and_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n".join(_pages(12, seed=5))
    rec = {"id": "r1", "url": "https://example.com/a", "text": text}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "r0", "text": "短"}) + "\n" + json.dumps(rec, ensure_ascii=False) + "\n")
    whole = _whole(path)
    monkeypatch.setattr(dumpparts, "PIECE_CHARS", 2000)
    assert _summary(process_file(str(path))) == _summary(whole)
    docs = [x for x in whole if isinstance(x, Document)]
    assert len(docs) == 12 and {(d.sources[0].record, d.url, d.sources[0].input_id) for d in docs} == {
        (1, "https://example.com/a", "r1")
    }


def test_a_dump_with_an_aggregator_or_a_long_line_is_cleaned_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """An aggregator's title starts a page wherever it stands in the dump, and a line over the limit makes the whole
    dump one reject: such dumps are not cut."""
    from cleaner.rules import default_rules

    rules = default_rules()
    pages = "\n".join(_pages(10))
    raw = Document(text=pages, format="text")
    monkeypatch.setattr(dumpparts, "PIECE_CHARS", 1000)
    assert dumpparts.page_pieces(raw, rules) is not None
    assert dumpparts.page_pieces(Document(text=pages + "《某标题》 精选一 正文", format="text"), rules) is None
    assert dumpparts.page_pieces(Document(text=pages + "长" * 1_000_001, format="text"), rules) is None
    assert dumpparts.page_pieces(Document(text=pages, format="html"), rules) is None


_RSS = """
import re, sys
import cleaner.rules.warm
from cleaner.pipeline import clean_stream
def hwm():
    return int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) * 1024
base = hwm()
n = sum(sum(isinstance(x, cleaner.Reject) for x in piece) for piece, _ in clean_stream([sys.argv[1]]))
print(n, hwm() - base)
"""


def test_a_dump_of_title_lines_is_cleaned_in_bounded_memory(tmp_path: Path) -> None:
    """A 7.6 MB dump of 200,000 title lines (each a page without a body: a reject each) through a worker's clean
    (:func:`cleaner.pipeline.clean_stream`, whose pieces go to the rejects file as they come): the file's every
    reject was held at once (one raw document's list), its peak grew by ≈ 98 MB; in pieces of pages ≈ 43 MB."""
    path = tmp_path / "titles.txt"
    path.write_text("".join(f"第{i}条新闻标题_网易新闻\n" for i in range(200_000)), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _RSS, str(path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    rejects, grew = map(int, done.stdout.split())
    assert rejects == 200_000
    assert grew < 70 * MiB, f"{grew / MiB:.0f} MiB"
