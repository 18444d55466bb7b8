"""The walk tells nodes apart by lexbor tag id (see :func:`cleaner.extraction.dom._node_kinds`), and
:func:`cleaner.extraction.extract_html` pauses the cyclic garbage collector for its call only."""

from __future__ import annotations

import gc
import sys

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaner.extraction import extract_html
from cleaner.extraction.dom import CONTROL_TAGS, INLINE_TAGS, SKIP_TAGS, parse_page


def _lines(html: str) -> list[str]:
    return [ln.text for ln in parse_page(html).lines]


@pytest.mark.parametrize("tag", sorted(INLINE_TAGS - {"img", "wbr", "rt", "rp", "ruby"}))
def test_inline_elements_stay_in_the_line(tag: str) -> None:
    assert _lines(f"<body><p>one <{tag}>two</{tag}> three</p></body>") == ["one two three"]


VOID = frozenset("area base embed input link meta param source track".split())
"""Elements that hold nothing (the text after one is its sibling)."""


@pytest.mark.parametrize("tag", sorted(SKIP_TAGS - VOID - {"head", "title", "frameset", "frame"}))
def test_skipped_elements_lose_their_text(tag: str) -> None:
    lines = _lines(f"<body><div>kept <{tag}>dropped</{tag}></div><p>after</p></body>")
    assert not any("dropped" in line for line in lines), lines
    assert "after" in lines


def test_custom_elements_and_unknown_tags_are_blocks() -> None:
    assert _lines("<body><p>one<my-widget>two</my-widget>three<blah>four</blah></p></body>") == [
        "one",
        "two",
        "three",
        "four",
    ]


def test_headings_pre_links_times_and_controls() -> None:
    page = parse_page(
        "<body><h3>Head</h3><pre>a\nb</pre><p><a href='/x'>link</a> text <time datetime='2024-01-02'>"
        "<b>Jan</b> 2</time></p><div><input type='text'><input type='hidden'><select></select>label</div></body>"
    )
    lines = [(ln.text, ln.heading) for ln in page.lines]
    assert lines == [("Head", 3), ("a", 9), ("b", 9), ("link text Jan 2", 0), ("label", 0)]
    assert page.lines[3].link_chars == 4
    assert page.times == ["2024-01-02"]
    assert page.blocks[page.lines[-1].block].controls == len(CONTROL_TAGS) - 1  # the hidden input is none


@pytest.mark.parametrize("enabled", [True, False])
def test_extraction_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        doc = extract_html("<html><body><p>Some text of a paragraph, long enough to keep.</p></body></html>")
        assert doc.text
        assert gc.isenabled() is enabled
        extract_html(b"\xff\xfe\x00\x00 not html at all")  # an undecodable or odd input takes the same way out
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_block_tags_are_the_names_selectolax_gives() -> None:
    """The walk reads common block tags' names from a table by tag id (``dom._tag_names``): the names selectolax's
    ``node.tag`` gives, custom, prefixed and upper-case elements included; the table's are interned."""
    html = (
        "<body><div class=a>div</div><section>s</section><DIV>upper</DIV><Section>s2</Section><article>ar</article>"
        "<main>mn</main><header>hd</header><hgroup><h2>h</h2></hgroup><address>ad</address><center>c</center>"
        "<blockquote>bq</blockquote><figure>fig</figure><picture>pic</picture><details><summary>sm</summary>dt"
        "</details><form><fieldset><legend>lg</legend>fs</fieldset></form><ul><li>l</li></ul><ol><li>o</li></ol>"
        "<dl><dt>t</dt><dd>d</dd></dl><dir><li>x</li></dir><pre>pr</pre><h1>one</h1><h6>six</h6>"
        "<table><caption>cap</caption><colgroup></colgroup><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td>"
        "</tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table><my-widget>w</my-widget><fb:like>fb</fb:like>"
        "<o:p>op</o:p><blah>b</blah><p>end</p></body>"
    )
    body = LexborHTMLParser(html).body
    assert body is not None
    expected = [
        n.tag
        for n in body.traverse()
        if n.is_element_node and n.tag not in INLINE_TAGS | SKIP_TAGS and n.first_child is not None
    ]
    page = parse_page(html)
    tags = [blk.tag for blk in page.blocks]
    assert tags == expected and "fb:like" in tags and "my-widget" in tags and tags.count("div") == 2
    assert all(blk.tag is sys.intern(blk.tag) for blk in page.blocks if blk.tag in ("div", "td", "li", "section"))
