"""The walk of :func:`cleaner.extraction.dom.parse_page` makes its lines and blocks without calling ``__init__``:
every field of every line and block must still be set."""

from __future__ import annotations

from cleaner.extraction.dom import Block, Line, parse_page

PAGE = """<html><head><title>T</title></head><body>
<div id="main" class="article"><h1>Headline here</h1>
<p>First paragraph, with <a href="/x">a link</a> and text.</p>
<pre>code line one
code line two</pre>
<form><input type="text"> <label>Search</label></form>
<ul class="nav-links"><li><a href="/a">Home</a></li><li><a href="/b">News</a></li></ul>
</div><footer>Footer text</footer></body></html>"""


def _slots(cls: type) -> tuple[str, ...]:
    """The fields of ``cls``: its ``__slots__``, or compiled (mypyc), the attributes it lists."""
    names = getattr(cls, "__slots__", None) or getattr(cls, "__mypyc_attrs__", ())
    assert len(names) >= 7
    return tuple(names)


def test_every_field_of_every_line_and_block_is_set() -> None:
    page = parse_page(PAGE)
    assert page.lines and len(page.blocks) > 3
    for ln in page.lines:
        for name in _slots(Line):
            assert hasattr(ln, name), (name, ln)
    for blk in page.blocks:
        for name in _slots(Block):
            assert hasattr(blk, name), (name, blk)


def test_bytes_and_text_parse_alike() -> None:
    text, data = parse_page(PAGE), parse_page(PAGE.encode("utf-8"))
    assert [(ln.text, ln.chars, ln.link_chars, ln.punct, ln.heading, ln.block, ln.lead_link) for ln in text.lines] == [
        (ln.text, ln.chars, ln.link_chars, ln.punct, ln.heading, ln.block, ln.lead_link) for ln in data.lines
    ]
    assert [(b.tag, b.parent, b.start, b.end, b.end_block, b.hint, b.ident, b.controls) for b in text.blocks] == [
        (b.tag, b.parent, b.start, b.end, b.end_block, b.hint, b.ident, b.controls) for b in data.blocks
    ]
