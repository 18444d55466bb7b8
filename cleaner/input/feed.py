"""News feeds saved as files: RSS 2.0 (``content:encoded``, ``description``), RSS 1.0 (RDF) and Atom (``content``,
``summary``), by their suffix (``.rss``, ``.atom``) or their root element (a ``.xml`` or nameless file).

A feed holds its articles as items: read as one HTML page, they were one story of every item, and Atom's escaped HTML
(``type="html"``) came out as markup in the text (helper hostile38). Each item is a document here: its fullest text
(``content:encoded`` / ``content``, else ``description`` / ``summary``) read as HTML, its title and link. The feed is
read under the byte budget as a page is, and parsed with the standard library's expat, which expands no external
entity and stops internal ones that amplify (billion laughs: a ``bad_xml`` reject, the items before it read).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import IO

from cleaner.document import Document, Reject, Source
from cleaner.input.base import ReadOptions, TooLarge, listed, read_capped
from cleaner.input.decoding import DecodeError, decode_bytes

__all__ = ["FEED_SUFFIXES", "looks_like_feed", "read_feed"]

FEED_SUFFIXES = {".rss", ".atom"}

_ROOT = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*+(?:<\?xml[^>]{0,200}\?>\s*+)?(?:(?:<!--(?:(?!-->).)*+-->|<\?[^>]{0,500}\?>"
    rb"|<!DOCTYPE[^\[>]*+(?:\[[^\]]*+\])?\s*+>)\s*+)*+<(?:rss[\s>]|feed[\s>][^>]{0,2000}?http://www\.w3\.org/2005/Atom"
    rb"|rdf:RDF[\s>])",
    re.S,
)
"""The root of a feed after the XML prologue (comments, processing instructions, a doctype): each part can match one
way only and the repetition is possessive, so a head of 8 KB of comments or brackets is one linear pass."""
_STEP = 1 << 20
_PROLOG = re.compile(r"^\ufeff?\s*<\?xml[^>]{0,200}\?>")
"""The XML declaration: its charset is read already (the text is parsed as decoded)."""
_ATOM = "{http://www.w3.org/2005/Atom}"
_ITEMS = {"item", "{http://purl.org/rss/1.0/}item", _ATOM + "entry"}
_TEXTS = (
    "{http://purl.org/rss/1.0/modules/content/}encoded",
    _ATOM + "content",
    "description",
    "{http://purl.org/rss/1.0/}description",
    _ATOM + "summary",
)


def looks_like_feed(head: bytes) -> bool:
    """Whether a file's first bytes open an RSS, RDF or Atom feed (its root element after the XML prologue)."""
    return _ROOT.match(head) is not None


def read_feed(stream: IO[bytes], name: str, options: ReadOptions) -> Iterator[Document | Reject]:
    """A document per item of the feed read from ``stream`` (rejects: an item with no text, the feed over the byte
    budget, XML that does not parse from some point on: the items before it are read)."""
    return listed(_items(stream, name, options.max_bytes), name, "records")


def _items(stream: IO[bytes], name: str, cap: int) -> Iterator[Document | Reject]:
    try:
        data = read_capped(stream, cap)
    except TooLarge:
        yield Reject(name, "too_large", f"a feed of more than {cap} bytes")
        return
    try:  # (in the charset it declares, GBK too, which expat does not read; a wrong one is not trusted)
        text = decode_bytes(data, sniff_html=True)[0]
    except DecodeError as exc:
        yield Reject(name, exc.reason, exc.detail)
        return
    del data
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("end",))
    index = 0
    try:
        text = _PROLOG.sub("", text, count=1)
        for at in range(0, len(text), _STEP):  # (a slice at a time: only the items of one slice are held)
            parser.feed(text[at : at + _STEP])
            for item in _ended(parser, name, index):
                index += 1
                yield item
        parser.close()
        for item in _ended(parser, name, index):
            index += 1
            yield item
    except ET.ParseError as exc:
        yield Reject(name, "bad_xml", f"the feed does not parse from item {index + 1} on: {exc}"[:300], record=index)
        return
    if index == 0:
        yield Reject(name, "no_text", "a feed with no item")


def _ended(parser: ET.XMLPullParser[ET.Element], name: str, index: int) -> Iterator[Document | Reject]:
    for event in parser.read_events():
        elem = event[-1] if isinstance(event, tuple) else None
        if isinstance(elem, ET.Element) and elem.tag in _ITEMS:
            yield _item(elem, name, index)
            index += 1
            elem.clear()


def _item(elem: ET.Element, name: str, index: int) -> Document | Reject:
    text = next((t for tag in _TEXTS if (t := "".join(_all_text(elem.find(tag)))).strip()), "")
    if not text.strip():
        return Reject(name, "no_text", f"item {index + 1} of the feed holds no text", record=index)
    return Document(
        text=text,
        format="html",
        title=(elem.findtext("title") or elem.findtext(_ATOM + "title") or "").strip(),
        url=_link(elem),
        sources=[Source(name, record=index)],
        encoding="utf-8",
    )


def _all_text(elem: ET.Element | None) -> Iterator[str]:
    """The text of an element: its escaped or CDATA HTML as it is; Atom's ``type="xhtml"`` markup written back."""
    if elem is None:
        return
    yield elem.text or ""
    for child in elem:
        for e in child.iter():  # (the XHTML namespace off: ``<p>``, not ``<html:p>``)
            if isinstance(e.tag, str) and e.tag.startswith("{"):
                e.tag = e.tag.partition("}")[2]
        yield ET.tostring(child, encoding="unicode")


def _link(elem: ET.Element) -> str | None:
    link = elem.findtext("link") or elem.findtext("{http://purl.org/rss/1.0/}link")
    if link and link.strip():
        return link.strip()
    for a in elem.findall(_ATOM + "link"):
        if a.get("rel", "alternate") == "alternate" and a.get("href"):
            return a.get("href")
    return None
