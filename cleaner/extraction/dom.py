"""Parse HTML with selectolax (lexbor) and flatten the tree into text lines.

This is the only module that touches selectolax. It turns a page into:

- ``lines``: every visible text line in document order (a block element or a
  ``<br>`` starts a new line), with its character count, link characters,
  punctuation count and whether it sits inside a boilerplate-hinted region;
- ``blocks``: every block element with the range of lines it holds, its depth,
  its parent and its class/id hints.

The walk is iterative (no recursion), skips invisible subtrees (scripts,
styles, ``display:none``) and stops descending past :data:`MAX_DEPTH`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["Block", "Line", "Page", "parse_page"]

MAX_DEPTH = 400
"""Deeper subtrees are skipped (their text is lost; only pathological pages nest this deep)."""

SKIP_TAGS = frozenset(
    """script style noscript template svg math iframe frame frameset object embed canvas audio video
    select option optgroup button textarea input head title meta link base map area param source track
    dialog menu nav datalist output progress meter""".split()
)
INLINE_TAGS = frozenset(
    """a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var
    label big tt strike ins del nobr img wbr acronym blink ruby rt rp""".split()
)
STRIP_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "select",
    "textarea",
    "nav",
    "aside",
    "footer",
    "button",
]
"""Removed with their content before the walk (in C)."""
UNWRAP_TAGS = """span font b strong em i u small big sub sup abbr cite dfn kbd mark q s samp strike tt var ins del nobr
    time label bdi bdo data""".split()
"""Inline elements replaced by their content before the walk (in C): fewer nodes to visit."""
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Class/id words that mark boilerplate or content. Matched on whole words of the
# class/id (split on non-letters and camelCase) or, for the stems, on word prefixes.
STRONG_WORDS = frozenset(
    """nav navbar navigation menu menus sidebar aside footer foot copyright breadcrumb breadcrumbs crumb crumbs
    share sharing social recommend recommended recommendation related relate comment comments commentbox cmt
    outbrain taboola newsletter subscribe pagination pager login signin signup register disclaimer rightbar
    leftbar sidebox jiathis bdshare report modal popup dialog rail rightrail""".split()
)
STRONG_STEMS = (
    "comment",
    "sidebar",
    "footer",
    "breadcrumb",
    "copyright",
    "recommend",
    "related",
    "share",
    "newsletter",
    "subscribe",
    "navbar",
    "pagination",
    "social",
    "disclaimer",
)
WEAK_WORDS = frozenset(
    """side bottom ad ads adv advert advertisement banner sponsor sponsored promo promotion hot rank ranking
    toolbar tool tools paging popup modal cookie cookies widget widgets tag tags statement qrcode qr weixin
    wechat follow reward more morelist print fixed dropdown topbar header masthead logo search author user
    users avatar vote votes voting like likes actions action operate operation opt btn button signature""".split()
)
WEAK_STEMS = ("advert", "sponsor", "hotnews", "hotlist", "ranklist", "toolbar", "qrcode")
POS_WORDS = frozenset(
    """article content contents post entry main text body story detail details answer question richtext
    rich_media rich richcontent topic thread message news paper artical cont con txt zw zoom maintext
    articlebody postbody article-body post-body entry-content story-body""".split()
)
POS_STEMS = ("article", "content", "richtext", "postbody", "post_body", "answer", "artibody", "endtext")

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
_CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])")
_PUNCT = re.compile(r"[。，！？；：、“”‘’《》（）…]|[.,;:!?](?=\s|$|[\"')\]])")


@dataclass(slots=True)
class Line:
    text: str
    chars: int
    link_chars: int
    punct: int
    neg: bool
    heading: int
    """1–6 for a line inside <h1>–<h6>, else 0."""
    block: int
    """Index of the innermost block element that holds the line."""


@dataclass(slots=True)
class Block:
    tag: str
    parent: int
    depth: int
    start: int
    end: int = -1
    """Lines of the block: ``lines[start:end]``."""
    end_block: int = -1
    """Descendant blocks: ``blocks[index + 1 : end_block]``."""
    hint: int = 0
    """+1 content-like class/id, -1 boilerplate-like, 0 none."""
    neg: bool = False
    """Inside (or itself) a boilerplate-hinted element."""
    ident: str = ""


@dataclass(slots=True)
class Page:
    lines: list[Line] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    """<meta name|property|itemprop> content, lower-cased keys (first one wins)."""
    times: list[str] = field(default_factory=list)
    """``datetime`` attributes of <time> elements, in document order."""
    h1: list[str] = field(default_factory=list)


@lru_cache(maxsize=8192)
def hint_of(ident: str) -> int:
    """-2 (comment, footer, nav...) or -1 (ad, widget, tag...) for a boilerplate-looking class/id string,
    +1 for a content-looking one, 0 otherwise or when a weak hint meets a content word."""
    if not ident:
        return 0
    words = [w for w in _SPLIT.split(_CAMEL.sub("-", ident).lower()) if w]
    neg = pos = 0
    for w in words:
        if w in STRONG_WORDS or w.startswith(STRONG_STEMS):
            neg = -2
        elif w in WEAK_WORDS or w.startswith(WEAK_STEMS):
            neg = min(neg, -1)
        elif w in POS_WORDS or w.startswith(POS_STEMS):
            pos = 1
    if neg == -1 and pos:
        return 0  # WordPress "post tag-foo", "article-tools"...
    return neg or pos


class _Builder:
    __slots__ = ("buf", "heading", "link_chars", "link_depth", "page", "pre_depth", "stack")

    def __init__(self, page: Page) -> None:
        self.page = page
        self.buf: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.pre_depth = 0
        self.heading = 0
        self.stack: list[int] = []  # open block indices

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf.clear()
        link_chars = self.link_chars
        self.link_chars = 0
        blocks = self.page.blocks
        owner = self.stack[-1] if self.stack else -1
        neg = blocks[owner].neg if owner >= 0 else False
        pieces = raw.split("\n") if self.pre_depth else [raw]
        for piece in pieces:
            text = " ".join(piece.split())
            if not text:
                continue
            if " " in text and not text.isascii():
                text = _CJK_GAP.sub("", text)
            chars = len(text) - text.count(" ")
            self.page.lines.append(
                Line(
                    text=text,
                    chars=chars,
                    link_chars=min(link_chars, chars),
                    punct=len(_PUNCT.findall(text)),
                    neg=neg,
                    heading=self.heading,
                    block=owner,
                )
            )
            link_chars = max(0, link_chars - chars)


def _head(tree: LexborHTMLParser, page: Page) -> None:
    head = tree.head
    if head is None:
        return
    title = head.css_first("title")
    if title is not None:
        page.title = title.text(deep=True, strip=True)
    for node in head.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content:
            page.meta.setdefault(key.strip().lower(), content.strip())


def parse_page(html: str) -> Page:
    """Parse ``html`` and flatten it into lines and blocks."""
    tree = LexborHTMLParser(html)
    page = Page()
    _head(tree, page)
    body = tree.body
    if body is None:
        return page
    for time_node in tree.css("time[datetime]")[:5]:
        dt = time_node.attributes.get("datetime")
        if dt:
            page.times.append(dt)
    tree.strip_tags(STRIP_TAGS)
    tree.unwrap_tags(UNWRAP_TAGS)
    body.merge_text_nodes()
    b = _Builder(page)
    blocks = page.blocks
    lines = page.lines
    buf = b.buf
    blocks.append(Block(tag="body", parent=-1, depth=0, start=0))
    b.stack.append(0)
    exits: list[tuple[int, int]] = []  # per open element: (block index or -1 for inline, flags)
    parents: list[LexborNode] = [body]
    node: LexborNode | None = body.first_child
    while True:
        if node is None:
            # finished the children of parents[-1]: close it
            if len(parents) == 1:
                break
            closing = parents.pop()
            bidx, flags = exits.pop()
            if flags:
                if flags & 1:
                    b.link_depth -= 1
                if flags & 2:
                    b.flush()
                    b.pre_depth -= 1
                if flags & 4:
                    b.flush()
                    b.heading = 0
            if bidx >= 0:
                if buf:
                    b.flush()
                blk = blocks[bidx]
                blk.end = len(lines)
                blk.end_block = len(blocks)
                b.stack.pop()
            node = closing.next
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if text and (buf or not text.isspace()):
                buf.append(text)
                if b.link_depth:
                    b.link_chars += len(text) - text.count(" ")
            node = node.next
            continue
        if tag is None or tag[0] == "-" or tag in SKIP_TAGS or len(parents) > MAX_DEPTH:
            node = node.next
            continue
        if tag == "br" or tag == "hr":
            if b.pre_depth:
                buf.append("\n")
            elif buf:
                b.flush()
            node = node.next
            continue
        inline = tag in INLINE_TAGS
        child = node.first_child
        if child is None:
            if not inline and buf:
                b.flush()
            node = node.next
            continue
        bidx = -1
        flags = 0
        if inline:
            if tag == "a":
                flags = 1
                b.link_depth += 1
        else:
            attrs = node.attributes
            style = attrs.get("style")
            if (style and "none" in style and _DISPLAY_NONE.search(style)) or "hidden" in attrs:
                node = node.next
                continue
            if buf:
                b.flush()
            if tag == "pre":
                flags |= 2
                b.pre_depth += 1
            elif tag in HEADINGS:
                flags |= 4
                b.heading = int(tag[1])
            cls = attrs.get("class")
            ident = attrs.get("id")
            if cls and ident:
                ident = cls + " " + ident
            elif cls:
                ident = cls
            parent_block = b.stack[-1]
            hint = hint_of(ident) if ident else 0
            if tag == "footer" or tag == "aside":
                hint = -2
            elif hint == 0 and (tag == "article" or tag == "main"):
                hint = 1
            bidx = len(blocks)
            blocks.append(
                Block(
                    tag=tag,
                    parent=parent_block,
                    depth=len(b.stack),
                    start=len(lines),
                    hint=hint,
                    neg=hint < 0 or blocks[parent_block].neg,
                    ident=ident or "",
                )
            )
            b.stack.append(bidx)
        parents.append(node)
        exits.append((bidx, flags))
        node = child
    b.flush()
    blocks[0].end = len(lines)
    for blk in blocks:
        if blk.end < 0:
            blk.end = len(lines)
        if blk.end_block < 0:
            blk.end_block = len(blocks)
        elif blk.tag == "h1" and blk.end > blk.start:
            page.h1.append(" ".join(ln.text for ln in lines[blk.start : blk.end]))
    return page
