"""Parse HTML with selectolax (lexbor) and flatten the tree into text lines.

This is the only module that touches selectolax. It turns a page into:

- ``lines``: every visible text line in document order (a block element or a
  ``<br>`` starts a new line), with its character count, link characters,
  punctuation count, heading level and the block that holds it;
- ``blocks``: every block element with the range of lines it holds, the range
  of its descendant blocks, its parent and its class/id hint;
- the <title>, <meta> tags, <h1> texts and <time datetime> values.

Scripts, styles, navigation, footers and the like are removed in C before the
walk. The walk is iterative (no recursion), skips invisible subtrees
(``display:none``, ``hidden``, the CSS frameworks' hiding classes such as ``hidden`` or ``d-none``;
*not* ``visibility:hidden``, which WeChat puts on
its article until a script runs) and past :data:`MAX_DEPTH` reads elements' text flat into the deepest block.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Final, TypeVar, cast, final

from selectolax.lexbor import LexborDocumentOptions, LexborHTMLParser, LexborNode

__all__ = ["CJK_GAP", "Block", "Line", "Page", "alnum_only", "cjk_ungap", "no_decimals", "parse_page"]

MAX_DEPTH: Final = 400
"""Elements nested deeper open no block of their own: their text is read flat into the innermost open block (a block
element still ends a line), so the walk's blocks, and every walk up their parents, stay this shallow. Only
pathological pages nest this deep (``Page.flat``); before, their text was lost."""

SKIP_TAGS: Final = frozenset(
    """script style noscript template svg math iframe frame frameset object embed canvas audio video
    select option optgroup button textarea input head title meta link base map area param source track
    dialog menu nav datalist output progress meter aside footer figcaption marquee""".split()
)
"""Stepped over with their content by the walk (removing them first, in C, costs more than stepping over them)."""
CONTROL_TAGS: Final = frozenset({"input", "textarea", "select"})
"""Form controls, counted per block (a report form, a comment box, a search box is not content; a button may be
a "copy" button in a code block)."""
INLINE_TAGS: Final = frozenset(
    """a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var
    label big tt strike ins del nobr img wbr acronym blink ruby rt rp""".split()
)
PRE: Final = 9
"""``Line.heading`` of a line inside <pre> (code, poems, preformatted text)."""
HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Class/id words that mark boilerplate or content. Matched on whole words of the
# class/id (split on non-letters and camelCase) or, for the stems, on word prefixes.
STRONG_WORDS: Final = frozenset(
    """nav navbar navigation menu menus sidebar aside footer foot copyright breadcrumb breadcrumbs crumb crumbs
    share sharing social recommend recommended recommendation related relate
    outbrain taboola newsletter subscribe pagination pager login signin signup register disclaimer rightbar
    leftbar sidebox jiathis bdshare report modal popup dialog rail rightrail
    teilen partage partager compartir condividi partilhar compartilhar delen udostepnij paylas bagikan chiase
    verwandte relacionados relacionadas correlati gerelateerd powiazane ilgili benzer terkait lienquan
    brotkrumen migas kruimelpad""".split()
)
"""(The second and third rows: the words of the first in the languages a CMS's templates are written in, share,
related and breadcrumb: German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Indonesian,
Vietnamese.)"""
STRONG_STEMS: Final = (
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
BANNER_WORDS: Final = frozenset("consent gdpr onetrust truste cmp".split())
BANNER_STEMS: Final = (
    *("consent", "onetrust", "didomi", "usercentrics", "cookiebot", "cybotcookiebot", "borlabs", "iubenda"),
    *("cmpbox", "cmpwrapper", "cmp2", "cmplz"),
)
"""Cookie-consent banners and privacy centres (hint :data:`BANNER`), among them the consent platforms' own element
names: Sourcepoint's ``sp_message_container_N``, Didomi, Usercentrics, Cookiebot, Borlabs, iubenda, Quantcast's
``qc-cmp2-container``, consentmanager's ``cmpbox``, Complianz's ``cmplz-cookiebanner``, TrustArc's ``truste``."""
BANNER: Final = -4
"""Hint of a consent banner: boilerplate only at the very start or end of the page (an overlay appended to
the body) and unless it holds nearly all of the page's prose; elsewhere the word may name a consent state."""
COMMENT_WORDS: Final = frozenset("comment comments commentbox commentlist cmt".split())
COMMENT_STEMS: Final = ("comment", "kommentar", "komentar", "comentari", "yorum", "binhluan")
"""(The stems of "comment" in German and Scandinavian, Polish / Czech / Indonesian, Spanish / Portuguese / Romanian,
Turkish, Vietnamese; French and Italian share the English one.)"""
WEAK_WORDS: Final = frozenset(
    """side bottom ad ads adv advert advertisement banner sponsor sponsored promo promotion hot rank ranking
    toolbar tool tools paging cookie cookies widget widgets tag tags statement qrcode qr weixin
    wechat follow reward more morelist print fixed dropdown topbar header masthead logo search author user
    users avatar vote votes voting like likes actions action operate operation opt btn button signature caption
    captions credit credits online whosonline paywall util utils utility utilities""".split()
)
WEAK_STEMS: Final = (
    *("advert", "sponsor", "hotnews", "hotlist", "ranklist", "toolbar", "qrcode"),
    *("signature", "postsignature"),  # vBulletin 4's ``signaturecontainer``, FluxBB / PunBB's ``postsignature``
    # an advertisement in German, French, Spanish, Italian, Portuguese, Turkish / Polish, Indonesian, Vietnamese
    *("werbung", "anzeige", "publicite", "publicidad", "pubblicita", "publicidade", "reklam", "iklan", "quangcao"),
)
POS_WORDS: Final = frozenset(
    """article content contents post entry main text body story detail details answer question richtext
    rich_media rich richcontent topic thread message news paper artical cont con txt zw zoom maintext
    articlebody postbody article-body post-body entry-content story-body""".split()
)
POS_STEMS: Final = ("article", "content", "richtext", "postbody", "post_body", "answer", "artibody", "endtext")

_CAMEL: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_CAMEL_AT: Final = re.compile(r"[A-Z](?<=[a-z0-9][A-Z])")
"""Where :data:`_CAMEL` matches, found from the capital (a class the regex engine skips to): :data:`_CAMEL` opens with
a look-behind, tried at every offset of the name."""


def camel_lower(ident: str) -> str:
    """``_CAMEL.sub(" ", ident).lower()``: ``ident`` with a space between a lower-case letter or digit and a capital
    after it, lower-cased (a class or id's camel-case words apart: "mainContent" → "main content"). A name without a
    capital (most) is read once; the others are cut at the capitals :data:`_CAMEL_AT` finds."""
    if ident.islower():  # (a cased letter and no capital: nothing to part)
        return ident
    parts: list[str] = []
    at = 0
    for m in _CAMEL_AT.finditer(ident):
        parts.append(ident[at : m.start()])
        at = m.start()
    if not parts:
        return ident.lower()
    parts.append(ident[at:])
    return " ".join(parts).lower()


_DISPLAY_NONE: Final = re.compile(r"display\s*:\s*none", re.I)
_FLOATED: Final = re.compile(r"(?:^|[;\s])float\s*:\s*(?:left|right)", re.I)
_HIDDEN_CLASSES: Final = frozenset({"hidden", "d-none", "is-hidden", "hide"})
"""Class names that hide an element in the common CSS frameworks (Bootstrap, Tailwind, Bulma, Foundation)."""
_SHOWN_AT: Final = re.compile(r"(?:^|:)(?:block|flex|grid|inline|inline-block|table|contents)$|^d-\w+-(?!none)")
"""… unless another class shows it again at some screen width (Tailwind ``md:block``, Bootstrap ``d-md-flex``)."""
CJK_GAP: Final = re.compile(
    r" (?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef] )(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])"
)
"""A space between two CJK characters (or full-width marks). The pattern opens with the space, so ``re`` looks only at
the spaces of a text, not at every offset; the look-behind then reads the character before the space."""
SCRIPT_STOPS: Final = "।॥۔؟።፧։။།។"
"""The sentence ends of scripts other than Latin and CJK, the one list of them (``content.SENTENCE_END`` and
:data:`_PUNCT_CJK` take them from here; the kernel's ``cjk_mark`` is tested against :data:`_PUNCT_ANY` code point by
code point): Devanagari's danda and double danda, Urdu's full stop, the Arabic question mark, Ethiopic's full stop
and question mark, Armenian's full stop, Myanmar's section mark, Tibetan's shad, Khmer's khan."""
SCRIPT_PAUSES: Final = "،؛፣၊"
"""Those scripts' commas and semicolons (Arabic, Ethiopic, Myanmar): punctuation, no sentence end."""
CJK_MARKS: Final = "。，！？；：、“”‘’《》（）…"
_PUNCT_CJK: Final = re.compile(f"[{CJK_MARKS}{SCRIPT_STOPS}{SCRIPT_PAUSES}]")
"""CJK marks, and the sentence marks of other scripts that need no space after them either: without them a short
paragraph in Hindi or Amharic had no punctuation, no prose."""
_PUNCT_ASCII: Final = re.compile(r"[.,;:!?](?=\s|$|[\"')\]])")  # a full stop in "3.5" or "a.com" is no punctuation
_PUNCT_ANY: Final = re.compile(f"[.,;:!?{_PUNCT_CJK.pattern[1:-1]}](?:(?<={_PUNCT_CJK.pattern})|(?=\\s|$|[\"')\\]]))")
"""Both kinds in one scan (for lines that are not pure ASCII): ``_PUNCT_CJK|_PUNCT_ASCII`` with one character class
first, which the regex engine skips to (a third faster than the alternation)."""


_K_TEXT: Final = 1
_K_STEP: Final = 2
_K_CONTROL: Final = 3
_K_BREAK: Final = 4
_K_INLINE: Final = 5
_K_LINK: Final = 6
_K_TIME: Final = 7
_K_PRE: Final = 8
_K_POS: Final = 9
_K_HEADING: Final = 10
"""The kinds of node the walk tells apart (``_K_HEADING + n`` for <hn>; an element of no kind is a block)."""


def _node_kinds() -> dict[int, int]:
    """Node kind by lexbor tag id (a number read in C, where a tag name is a new string per call). The ids of the
    standard tags are the same in every document (custom elements get ids of their own: no kind, a block)."""
    maker = LexborHTMLParser("")
    named: dict[str, int] = {}
    for kind, names in (
        (_K_STEP, SKIP_TAGS - CONTROL_TAGS),
        (_K_CONTROL, CONTROL_TAGS),
        (_K_BREAK, ("br", "hr")),
        (_K_INLINE, INLINE_TAGS),
        (_K_LINK, ("a",)),
        (_K_TIME, ("time",)),
        (_K_PRE, ("pre",)),
        (_K_POS, ("article", "main")),
        *((_K_HEADING + int(h[1]), (h,)) for h in sorted(HEADINGS)),
    ):
        named.update(dict.fromkeys(names, kind))
    kinds = {maker.create_node(name).tag_id: kind for name, kind in named.items()}
    if len(kinds) != len(named):
        raise RuntimeError("selectolax gave two tags one id")
    # the nodes that are no element: text, and those stepped over (comment, doctype, document)
    doc = LexborHTMLParser("<!DOCTYPE html><html><body>text<!--comment--></body></html>")
    body = doc.body
    assert body is not None and body.first_child is not None and body.last_child is not None
    document = doc.root.parent if doc.root is not None else None
    assert document is not None and document.first_child is not None
    kinds[body.first_child.tag_id] = _K_TEXT
    for node in (body.last_child, document.first_child, document):
        kinds[node.tag_id] = _K_STEP
    return kinds


class Line:
    """One visible text line."""

    __slots__ = ("block", "chars", "heading", "lead_link", "link_chars", "punct", "text")

    def __init__(
        self, text: str, chars: int, link_chars: int, punct: int, heading: int, block: int, lead_link: int = 0
    ) -> None:
        self.text = text
        self.chars = chars
        """Characters without spaces."""
        self.link_chars = link_chars
        """Characters inside <a> elements."""
        self.punct = punct
        """Sentence punctuation marks (full-width Chinese ones, or ASCII ones followed by a space)."""
        self.heading = heading
        """1–6 for a line inside <h1>–<h6>, :data:`PRE` for a line of a <pre>, else 0."""
        self.block = block
        """Index of the innermost block element that holds the line."""
        self.lead_link = lead_link
        """Link characters before the first character of plain text (a headline link that opens a teaser)."""

    def __repr__(self) -> str:
        return f"Line({self.text[:40]!r}, chars={self.chars}, link={self.link_chars}, block={self.block})"


class Block:
    """One block element: its lines are ``lines[start:end]``, its descendant blocks ``blocks[index + 1:end_block]``."""

    __slots__ = ("controls", "end", "end_block", "fields", "hint", "ident", "parent", "start", "tag")
    end: int
    """Its lines end before this one (set when the walk closes the element, as ``end_block``)."""
    end_block: int

    def __init__(self, tag: str, parent: int, start: int, hint: int, ident: str) -> None:
        self.tag = tag
        self.parent = parent
        self.start = start
        # end, end_block: set when the walk closes the element (every element it opens is closed)
        self.hint = hint
        """See :func:`hint_of`."""
        self.ident = ident
        self.controls = 0
        """Form controls (visible inputs, text areas, selects) directly inside the block."""
        self.fields = 0
        """Of them, the one-line text fields (an ``<input>`` of type text, e-mail, tel or none)."""

    def __repr__(self) -> str:
        return f"Block({self.tag!r}, {self.ident[:30]!r}, lines {self.start}:{self.end}, hint={self.hint})"


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
    negative: list[int] = field(default_factory=list)
    """Indices of the blocks with a boilerplate hint (``hint < 0``: all hold text and a class/id), ascending."""
    logins: list[int] = field(default_factory=list)
    """Indices of the blocks that hold a password field (a login box), in document order."""
    signups: list[int] = field(default_factory=list)
    """Indices of the blocks that hold an e-mail field (a newsletter sign-up box, a comment form), in document order."""
    swallowed: bool = False
    """A ``<noscript>`` of the body holds :data:`SWALLOWED` or more characters of text (stepped over)."""
    link_prose: int = 0
    """The most prose lines one link holds (:func:`_linked_prose`): more than a teaser card's, the link was left open
    above the article (``<a href="…">`` without its end tag: the parser puts the rest of the page in it)."""
    controlled: list[int] = field(default_factory=list)
    """Indices of the blocks with form controls directly inside (``controls > 0``), in the order first met."""
    text_areas: list[int] = field(default_factory=list)
    """Indices of the blocks that hold a ``<textarea>`` (a comment or reply box), in document order."""
    selects: list[int] = field(default_factory=list)
    """Indices of the blocks that hold a ``<select>`` (a price box's options, a settings box), in document order."""
    buttons: list[tuple[int, str]] = field(default_factory=list)
    """``(block, label)`` of every ``<button>`` (stepped over: it makes no line), in document order: the block
    holding it and its text, or its ``aria-label`` / ``title`` when it has none (a post's "Reply", "Report" bar);
    also the few links of a ``<footer>`` inside an element (a post's action bar in its own footer)."""
    flat: int = 0
    """Block elements nested deeper than :data:`MAX_DEPTH` with content, read flat into the deepest block."""
    images: list[tuple[int, int]] = field(default_factory=list)
    """``(line, block)`` of each ``<img>`` that stands right before a line (no text between it and the line's first
    text, none before it on the line): the index of that line and of the innermost block holding the image, in
    document order (a picture's caption, when the two share a box of their own)."""
    figcaptions: int = 0
    """``<figcaption>`` elements the walk stepped over (a photo story told by its captions needs a few: the page is
    parsed again with them shown only then, :func:`~.captions.shown_captions`)."""
    thumbs: list[tuple[int, int]] = field(default_factory=list)
    """``(line, block)`` of each line that opens right under a linked image (:func:`page_link`: an ``<img>`` inside an
    ``<a href>`` to another page, no text before it on its line) and of the innermost block that held the image,
    ascending: the caption or headline of a thumbnail that leads elsewhere (a strip of other galleries, a "related
    pictures" row), or of a picture in a list of teasers."""
    floats: list[int] = field(default_factory=list)
    """Indices of the blocks floated left or right by their own ``style`` attribute (a layout's columns set side by
    side without a class or a table: the story's column, a sidebar), ascending."""


MEMO: Final = 65536
"""Answers a module-level memo of the extraction remembers, at most: it is emptied when it holds this many. The
memos are plain dicts read in place (``memo.get(key)``, then :func:`remember` on a miss): a compiled caller reads a
dict directly, where an ``lru_cache`` is a call into its wrapper, which also moves the entry it finds."""

K = TypeVar("K")
V = TypeVar("V")


def child_toward(blocks: list[Block], k: int, parent: int) -> int:
    """The child of block ``parent`` that holds block ``k`` (``k`` itself when it is one); a block at or above
    ``parent`` (not greater than it) when ``k`` is not under ``parent``."""
    while k > parent and blocks[k].parent != parent:
        k = blocks[k].parent
    return k


def remember(memo: dict[K, V], key: K, value: V) -> V:
    """``memo[key] = value`` (``memo`` emptied first when it holds :data:`MEMO` answers); ``value``."""
    if len(memo) >= MEMO:
        memo.clear()
    memo[key] = value
    return value


_WORD_CLASSES: Final[dict[str, int]] = {}
_HINTS: Final[dict[str, int]] = {}


def _word_class(word: str) -> int:
    """-4 / -3 / -2 / -1 / +1 / 0 for one word of a class or id (see :func:`hint_of`); remembered (a plain dict: a
    compiled caller reads it directly, where an ``lru_cache`` is a call into its wrapper, which moves its entry)."""
    cls = _WORD_CLASSES.get(word)
    return cls if cls is not None else remember(_WORD_CLASSES, word, _word_class_of(word))


def _word_class_of(word: str) -> int:
    if word in BANNER_WORDS or word.startswith(BANNER_STEMS):
        return BANNER
    if word in STRONG_WORDS or word.startswith(STRONG_STEMS):
        return -3
    if word in COMMENT_WORDS or word.startswith(COMMENT_STEMS):
        return -2
    if word in WEAK_WORDS or word.startswith(WEAK_STEMS):
        return -1
    if word in POS_WORDS or word.startswith(POS_STEMS):
        return 1
    return 0


def hint_of(ident: str) -> int:
    """Class/id hint: -4 a consent banner, -3 boilerplate (nav, footer, share, related...), -2 comments
    (boilerplate on a news page, the content of a forum thread), -1 weak boilerplate (ad, widget, tag...),
    +1 content-looking, 0 otherwise or when a weak or banner hint meets a content word.

    Words are matched whole (class/id split on non-letters and camelCase), stems as word prefixes. Remembered (see
    :func:`_word_class`).
    """
    hint = _HINTS.get(ident)
    return hint if hint is not None else remember(_HINTS, ident, _hint_of(ident))


def _hint_of(ident: str) -> int:
    if not ident:
        return 0
    neg = 0
    pos = False
    if "sp_message" in ident:
        return BANNER  # Sourcepoint's consent message: its other words ("message container") look like content
    ident = camel_lower(ident)
    for word in ident.replace("-", " ").replace("_", " ").split():
        cls = _word_class(word)
        if cls > 0:
            pos = True
        elif cls < neg:
            neg = cls
    if (neg == -1 or neg == BANNER) and pos:
        return 0  # WordPress "post tag-foo", "article-tools", "entry-content consent-given"...
    return neg or (1 if pos else 0)


def _head(tree: LexborHTMLParser, page: Page) -> None:
    """The <title> and <meta> tags of <head> (one walk in document order: a CSS query would first build
    lexbor's selector engine, which costs more than the walk on every page)."""
    head = tree.head
    if head is None:
        return
    title_seen = False
    for node in head.traverse():
        tag = node.tag_id  # (an int: the tag's name would be a new string per element)
        if tag == _META_ID:
            attrs = node.attributes
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
            content = attrs.get("content")
            if key and content:
                page.meta.setdefault(key.strip().lower(), content.strip())
        elif tag == _TITLE_ID and not title_seen:
            title_seen = True
            page.title = node.text(deep=True, strip=True)


_new: Final = object.__new__
"""Makes a :class:`Line` or :class:`Block` whose fields the walk then sets: faster than calling the class, in pure
Python (a compiled class is made by its constructor, a native call; it has no ``object.__new__``)."""
_COMPILED: Final = not __file__.endswith((".py", ".pyc"))
"""This module runs compiled (mypyc): it calls the constructors."""


def _flat_kernel() -> Callable[[str], tuple[str, int, int] | None] | None:
    """The compiled kernel's ``flat_line`` (``cleaner/dedup/_sketch.c``), or None without it: for a text run, what
    :func:`_flush`'s pure Python path makes of one line (``" ".join(raw.split())``, its characters without the joining
    spaces, its :data:`_PUNCT_ANY` marks; None for no word) in one loop, without a string per word or per mark."""
    from cleaner.dedup.kernel import sketch_kernel

    kernel = sketch_kernel()
    flat: Callable[[str], tuple[str, int, int] | None] | None = getattr(kernel, "flat_line", None)
    return flat


_FLAT: Final = _flat_kernel()


def _flush(lines: list[Line], buf: list[str], links: int, lead: int, heading: int, pre: int, block: int) -> None:
    """Append the lines of the inline text run ``buf`` (and empty it): one line, or one per ``\\n`` inside <pre>.
    ``links``: its link characters; ``lead``: those before its first plain text (-1: it has none)."""
    raw = "".join(buf)
    buf.clear()
    lead_links = links if lead < 0 else lead
    if not pre and _FLAT is not None:  # the usual case, in the kernel
        flat = _FLAT(raw)
        if flat is not None:
            text, chars, punct = flat
            lines.append(
                Line(
                    text,
                    chars,
                    links if links < chars else chars,
                    punct,
                    heading,
                    block,
                    lead_links if lead_links < chars else chars,
                )
            )
        return
    if not pre:  # the usual case: one line
        words = raw.split()
        if words:
            text = " ".join(words)
            chars = len(text) - len(words) + 1  # without the joining spaces (a word holds no U+0020)
            if _COMPILED:
                lines.append(
                    Line(
                        text,
                        chars,
                        links if links < chars else chars,
                        len((_PUNCT_ASCII if text.isascii() else _PUNCT_ANY).findall(text)),
                        heading,
                        block,
                        lead_links if lead_links < chars else chars,
                    )
                )
                return
            # Line(text, chars, link_chars, punct, heading, block, lead_link) without the call of __init__
            ln = _new(Line)
            ln.text, ln.chars, ln.heading, ln.block = text, chars, heading, block
            ln.link_chars = links if links < chars else chars
            ln.punct = len((_PUNCT_ASCII if text.isascii() else _PUNCT_ANY).findall(text))
            ln.lead_link = lead_links if lead_links < chars else chars
            lines.append(ln)
        return
    first = len(lines)
    for piece in raw.split("\n"):
        words = piece.split()
        if not words:
            continue
        text = " ".join(words)
        chars = len(text) - len(words) + 1
        punct = len((_PUNCT_ASCII if text.isascii() else _PUNCT_ANY).findall(text))
        lines.append(Line(text, chars, links if links < chars else chars, punct, PRE, block))
        links = links - chars if links > chars else 0
    if len(lines) > first:
        lines[first].lead_link = min(lead_links, lines[first].chars)


def parse_page(html: str | bytes) -> Page:
    """Parse ``html`` (text, or UTF-8 bytes) and flatten it into lines and blocks."""
    return _parse(html, _FLAT_WALK)


def _parse(html: str | bytes, flat: bool) -> Page:
    """:func:`parse_page`, walking the tree in Python (:func:`_walk`) or over the lists of one C pass (``flat``:
    :func:`_walk_flat`)."""
    tree = LexborHTMLParser(html, options=LexborDocumentOptions.WO_EVENTS)
    page = Page()
    _head(tree, page)
    body = tree.body
    if body is not None:
        h1s = _walk_flat(body, page) if flat else _walk(body, page)
        page.negative.sort()  # noted as the blocks closed
        lines = page.lines
        for idx in h1s:
            blk = page.blocks[idx]
            if blk.end > blk.start:
                page.h1.append(cjk_ungap(" ".join(ln.text for ln in lines[blk.start : blk.end])))
    return page


SWALLOWED: Final = 80
"""A ``<noscript>`` left unclosed takes in the rest of its parent: one holding this many characters of text has
taken in the page's text (a ``<noscript><img>`` of a lazy-loaded avatar holds none)."""


def open_noscript(html: str | bytes) -> str | None:
    """``html`` with every ``<noscript>`` of the body that holds :data:`SWALLOWED` or more characters unwrapped
    (its content kept in place), or None if there is none. For a page that leaves one unclosed: the parser puts
    the rest of the article's container, the article with it, inside, and the walk steps over ``<noscript>``."""
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is None:
        return None
    found = [n for n in body.css("noscript") if len(n.text(deep=True, strip=True)) >= SWALLOWED]
    if not found:
        return None
    for node in found:
        node.unwrap()
    return tree.html


_KINDS: Final = _node_kinds()
_NOSCRIPT_ID: Final = LexborHTMLParser("").create_node("noscript").tag_id
_BUTTON_ID: Final = LexborHTMLParser("").create_node("button").tag_id
_ASIDE_ID: Final = LexborHTMLParser("").create_node("aside").tag_id
_FOOTER_ID: Final = LexborHTMLParser("").create_node("footer").tag_id
_MENU_ID: Final = LexborHTMLParser("").create_node("menu").tag_id
_FIGCAPTION_ID: Final = LexborHTMLParser("").create_node("figcaption").tag_id
_CITE_ID: Final = LexborHTMLParser("").create_node("cite").tag_id
_BLOCKQUOTE_ID: Final = LexborHTMLParser("").create_node("blockquote").tag_id
_META_ID: Final = LexborHTMLParser("").create_node("meta").tag_id
_TITLE_ID: Final = LexborHTMLParser("").create_node("title").tag_id
_IMG_ID: Final = LexborHTMLParser("").create_node("img").tag_id
BUTTON_LABEL: Final = 40
"""A button's label is cut to this many characters."""
_TEXT_ID: Final = next(tag_id for tag_id, kind in _KINDS.items() if kind == _K_TEXT)
_KIND_AT: Final = [_KINDS.get(tag_id, 0) for tag_id in range(max(_KINDS) + 1)]
""":data:`_KINDS` as a list by tag id, 0 for no kind (a block element), as is every id past its end (a custom
element's): the walk's look-up of every node, an index where a dict look-up hashed a number."""
_KIND_IDS: Final = len(_KIND_AT)
_INPUT_ID: Final = LexborHTMLParser("").create_node("input").tag_id
_TEXTAREA_ID: Final = LexborHTMLParser("").create_node("textarea").tag_id
_SELECT_ID: Final = LexborHTMLParser("").create_node("select").tag_id


def _tag_names() -> list[str]:
    """The names of the common block elements by tag id ("" for another id; what ``node.tag`` gives an HTML element
    of that id), for :meth:`_Walker.open_block`: ``node.tag`` decodes a new string from lexbor on every call, where
    these are one interned string each (the same object as a literal "div" in the code: compared by identity, hashed
    once). Only ids of the tags lexbor knows (the same in every document, within :data:`_KIND_AT`'s ids) are kept;
    the walk meets no element of another namespace (``<svg>`` and ``<math>`` are stepped over with their content)."""
    maker, other = LexborHTMLParser(""), LexborHTMLParser("<p>")
    names = [""] * _KIND_IDS
    for name in _BLOCK_NAMES:
        node = maker.create_node(name)
        tag_id = node.tag_id
        if tag_id < _KIND_IDS and tag_id == other.create_node(name).tag_id and node.tag == name:
            names[tag_id] = sys.intern(name)
    return names


_ATTR_PROBE: Final = """<html><head><title>t</title></head><body>
<div>a</div><div class="x">b</div><div id="i1">c</div><div class="post main" id="p-9">d</div><div class="" id="">e</div>
<div class="" id="only">f</div><div id="" class="c">g</div><p CLASS="Up" ID="Down">h</p><div class="a" class="b">i</div>
<div data-x="1" class="文章 ﻿正文" title="t" id="标识">j</div><div class="hidden">k</div><div class="d-none x">l</div>
<div class="chide">m</div><div style="display:none">n</div><div style="DISPLAY: NONE">o</div>
<div style="float:left">p</div><div style="color:red" class="s">q</div><div hidden>r</div>
<div role="dialog" class="d">s</div><div role="alertdialog">t</div>
<div role="main" id="r">u</div><div class="aéÿ" id="b�">v</div><div class="&#0;x" id="&amp;">w</div>
<a name="top"><b>x</b> y</a><a name="n" href="#h"><i>z</i> w</a><a href="/p"><b>1</b> 2</a><a NAME="u"><b>3</b> 4</a>
<a name><b>5</b> 6</a><a>7 <b>8</b></a><svg><a xlink:href="/s" name="q"><text>9</text></a></svg></body></html>"""
"""A page of the attribute shapes :func:`_attr_kernel` checks its answers on."""


def _speedups_module() -> ModuleType | None:
    """``cleaner/extraction/_speedups.c``, or None when it is not built or is switched off (``CLEANER_SKETCH_KERNEL=0``,
    as the other compiled kernels)."""
    import os

    if os.environ.get("CLEANER_SKETCH_KERNEL", "1") == "0":
        return None
    try:
        from cleaner.extraction import _speedups
    except ImportError:
        return None
    return _speedups


_SPEEDUPS: Final = _speedups_module()


def _cjk_ungap_plain(text: str) -> str:
    return CJK_GAP.sub("", text)


def _alnum_only_plain(text: str) -> str:
    return _NON_WORD.sub("", text)


def _no_decimals_plain(text: str) -> str:
    return _DECIMALS.sub("", text)


_NON_WORD: Final = re.compile(r"[\W_]+")
_DECIMALS: Final = re.compile(r"\d+")
cjk_ungap: Final[Callable[[str], str]] = _SPEEDUPS.cjk_ungap if _SPEEDUPS is not None else _cjk_ungap_plain
"""``CJK_GAP.sub("", text)``: ``text`` without each space between two CJK characters (the kernel's loop when built)."""
alnum_only: Final[Callable[[str], str]] = _SPEEDUPS.alnum_only if _SPEEDUPS is not None else _alnum_only_plain
r"""``re.sub(r"[\W_]+", "", text)``: the letters and digits of ``text`` (the kernel's loop when built)."""
no_decimals: Final[Callable[[str], str]] = _SPEEDUPS.no_decimals if _SPEEDUPS is not None else _no_decimals_plain
r"""``re.sub(r"\d+", "", text)``: ``text`` without its decimal digits (the kernel's loop when built)."""


def _selectolax_bindable() -> bool:
    """Is the installed selectolax a 1.x release, whose ``LexborNode.mem_id`` is the lexbor node the C module reads?
    (A later major release may change what ``mem_id`` is; the probe would then crash rather than disagree, so the C
    reads are not tried at all and the Python runs.)"""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("selectolax").split(".")[0] == "1"
    except PackageNotFoundError:
        return False


def _attr_kernel() -> tuple[Callable[[int], str | None] | None, Callable[[int], bool] | None]:
    """The compiled ``block_ident`` and ``named_anchor`` (``cleaner/extraction/_speedups.c``: :func:`_ident` and
    :func:`_anchor` read in C off the lexbor element at ``LexborNode.mem_id``, without ``node.attributes``' dict of
    every attribute), or Nones when the module is not built, cannot find lexbor's functions in selectolax's module,
    is switched off (``CLEANER_SKETCH_KERNEL=0``, as the other kernels) or answers one element of
    :data:`_ATTR_PROBE` otherwise than the Python."""
    _speedups = _SPEEDUPS
    if _speedups is None or not _selectolax_bindable():
        return None, None
    import selectolax.lexbor as lexbor_module

    path = getattr(lexbor_module, "__file__", None)
    if not path or not _speedups.bind(path):
        return None, None
    root = LexborHTMLParser(_ATTR_PROBE).root
    if root is None:
        return None, None
    for node in root.traverse(include_text=True):
        attrs = node.attributes
        quick = _speedups.block_ident(node.mem_id)
        floated = bool(attrs) and "float" in (attrs.get("style") or "")
        if quick is not None and (floated or quick != (_ident(attrs) if attrs else "")):
            return None, None
        if _speedups.named_anchor(node.mem_id) != ("name" in attrs and "href" not in attrs):
            return None, None
    return _speedups.block_ident, _speedups.named_anchor


_BLOCK_NAMES: Final = """div p li ul ol dl dt dd table tbody thead tfoot tr td th caption colgroup section article main
    header hgroup address blockquote center figure form fieldset legend details summary h1 h2 h3 h4 h5 h6 pre body
    html dir picture""".split()
_TAG_AT: Final = _tag_names()


def _walk(body: LexborNode, page: Page) -> list[int]:
    """Flatten the tree under ``body`` into ``page.lines`` and ``page.blocks`` (one iterative walk in document
    order: an element is opened when reached, closed when its last child is done); the <h1> blocks.

    The loop tells the kinds of node apart and hands each to a method of :class:`_Walker`, which returns the node
    to visit next (a native class under mypyc: its fields are C fields, its methods direct calls)."""
    w = _Walker(page)
    body_blk = Block("body", -1, 0, 0, "")
    page.blocks.append(body_blk)
    node: LexborNode | None = body.first_child
    while True:
        if node is None:  # finished the children of the innermost open element: close it
            if not w.open_:
                break
            node = w.close()
            continue
        tag_id = node.tag_id  # (read once: each read of a node's property is a call into selectolax)
        kind = _KIND_AT[tag_id] if tag_id < _KIND_IDS else 0  # 0: a block element (most elements are)
        if kind == _K_STEP and tag_id == _ASIDE_ID and _quoted(node):
            kind = 0  # an <aside> around a <blockquote> in a post: a quote of an earlier post (Discourse)
        elif tag_id == _CITE_ID and node.parent is not None and node.parent.tag_id == _BLOCKQUOTE_ID:
            kind = 0  # a quote's header ("X wrote:", phpBB, MyBB): a line of its own, not the quote's first words
        if kind == _K_TEXT:
            if w.buf or not node.is_empty_text_node:  # whitespace between blocks (in C: no string made)
                w.text(node.text_content, False)
            node = node.next
        elif not kind or kind >= _K_PRE:
            node = w.open_block(node, kind, tag_id)
        elif kind <= _K_CONTROL:
            w.step_over(node, kind, tag_id)
            node = node.next
        elif kind == _K_BREAK:
            node = w.line_break(node)
        else:
            node = w.open_inline(node, kind)
    w.end_line()
    body_blk.end, body_blk.end_block = len(page.lines), len(page.blocks)  # every other element was closed by the walk
    return w.h1s


def _past_blanks(node: LexborNode | None) -> LexborNode | None:
    """``node`` or the first sibling after it that is not white space (no line is open: white space is no text)."""
    while node is not None and node.is_empty_text_node:
        node = node.next
    return node


@final
class _Walker:
    """The state of one walk (:func:`_walk`): the line being built, the open elements, the innermost open block."""

    __slots__ = (
        "addresses",
        "blanks",
        "blocks",
        "buf",
        "cur",
        "ends",
        "h1s",
        "heading",
        "lead",
        "like",
        "lines",
        "link_chars",
        "link_depth",
        "open_",
        "page",
        "pre_depth",
        "stop",
        "tags",
        "thumb",
        "thumb_at",
        "values",
    )

    def __init__(self, page: Page) -> None:
        self.page = page
        self.lines = page.lines
        self.blocks = page.blocks
        self.cur = 0
        """The innermost open block."""
        self.h1s: list[int] = []
        """The <h1> blocks."""
        self.buf: list[str] = []
        """The inline text run of the line being built."""
        self.link_chars = 0
        """Its link characters."""
        self.lead = -1
        """Its link characters before its first plain text; -1 while it has none."""
        self.link_depth = 0
        self.pre_depth = 0
        self.heading = 0
        self.thumb = False
        """A linked image (:func:`page_link`) was met since the last line ended: the next line opens under it."""
        self.thumb_at = 0
        """The innermost block open when it was met."""
        self.open_: list[tuple[object, Block | None, int, int]] = []
        """The open elements: (node, or its place in the lists of :func:`_walk_flat`; its block or None for an
        inline element, its block index, flags: 1 a link, 2 a <pre>, 4 a heading, 8 a block element past
        :data:`MAX_DEPTH` (no block: its end ends a line))."""
        self.blanks = False
        """(:meth:`leave`'s second answer.)"""
        self.tags: list[int] = []
        self.ends: list[int] = []
        self.values: list[object] = []
        """:func:`_walk_flat`'s lists (``flatten`` of ``_speedups.c``): per node its tag id, the place past its
        listed descendants (a text node: 0, or -1 for white space only), its text, ident or named-anchor test."""
        self.addresses = b""
        self.like: LexborNode | None = None
        """A node of the page (the body): :meth:`node_of` makes the node at a place of the lists like it."""
        self.stop = 0
        """The place past the innermost open element's listed descendants (:func:`_walk_flat`)."""

    def end_line(self) -> None:
        """End the line being built, if any (append it to ``lines``)."""
        if self.buf:
            if self.thumb:
                self.thumb = False
                n = len(self.lines)
                _flush(self.lines, self.buf, self.link_chars, self.lead, self.heading, self.pre_depth, self.cur)
                if len(self.lines) > n:
                    self.page.thumbs.append((n, self.thumb_at))
                else:
                    self.thumb = True  # white space only: the image's line is still to come
            else:
                _flush(self.lines, self.buf, self.link_chars, self.lead, self.heading, self.pre_depth, self.cur)
            self.link_chars, self.lead = 0, -1

    def text(self, text: str | None, link: bool) -> None:
        """Add a text node's ``text`` to the line being built (``link``: the text of a link not opened)."""
        if text and (self.buf or not text.isspace()):
            self.buf.append(text)
            if self.link_depth or link:
                self.link_chars += len(text) - text.count(" ")
            elif self.lead < 0 and not text.isspace():
                self.lead = self.link_chars

    def open_block(self, node: LexborNode, kind: int, tag_id: int) -> LexborNode | None:
        """Open block element ``node`` (of ``kind`` 0, :data:`_K_POS`, :data:`_K_PRE` or a heading; tag ``tag_id``)
        unless it is empty, too deep or hidden; the node to visit next."""
        tag: str | None = _TAG_AT[tag_id] if tag_id < _KIND_IDS else ""
        if not tag:
            tag = node.tag
        if tag is None:  # no element, no text (none in a parsed body)
            return node.next
        child = node.first_child
        if child is None:
            if self.buf:
                self.end_line()
            return _past_blanks(node.next)
        attrs: dict[str, str | None] | None = None
        ident = _BLOCK_IDENT(node.mem_id) if _BLOCK_IDENT is not None else None
        if ident is None:  # (no kernel, or more to decide than it reads: a style, a hiding class, a dialog)
            attrs = node.attributes
            ident = _ident(attrs) if attrs else ""
            if ident is None:  # hidden
                return node.next
        self.enter_block(node, kind, tag, ident, attrs)
        return _past_blanks(child)

    def enter_block(self, ref: object, kind: int, tag: str, ident: str, attrs: dict[str, str | None] | None) -> None:
        """Open a block element (``ref``: its node, or its place in :func:`_walk_flat`'s lists) that holds something
        and is not hidden: a :class:`Block`, or a flat entry past :data:`MAX_DEPTH`."""
        if self.buf:
            self.end_line()
        deep = len(self.open_) >= MAX_DEPTH
        flags = 0
        if kind and kind != _K_POS:
            if kind == _K_PRE:
                flags = 2
                self.pre_depth += 1
            else:
                flags = 4
                self.heading = kind - _K_HEADING
                if self.heading == 1 and not deep:
                    self.h1s.append(len(self.blocks))
        if deep:  # too deep for a block of its own: its text goes flat into the innermost open block
            self.page.flat += 1
            self.open_.append((ref, None, -1, flags | 8))
            return
        bidx = len(self.blocks)
        if _COMPILED:
            blk = Block(tag, self.cur, len(self.lines), 1 if kind == _K_POS else 0, ident)
        else:  # Block(tag, cur, len(lines), hint, ident) without the call of __init__ (a third of the cost)
            blk = _new(Block)
            blk.tag, blk.parent, blk.start, blk.ident = tag, self.cur, len(self.lines), ident
            blk.controls = blk.fields = 0
            blk.hint = 1 if kind == _K_POS else 0
        self.blocks.append(blk)
        self.cur = bidx
        if attrs:
            style = attrs.get("style")
            if style and "float" in style and _FLOATED.search(style):
                self.page.floats.append(bidx)
        self.open_.append((ref, blk, bidx, flags))

    def close(self) -> LexborNode | None:
        """Close the innermost open element (its children are done); the node to visit next."""
        after = cast(LexborNode, self.leave()).next
        return _past_blanks(after) if self.blanks else after

    def leave(self) -> object:
        """Close the innermost open element (its children are done): its node (or place), and ``blanks`` set when
        the white space after it is to be stepped over (it was a block element)."""
        closing, blk, bidx, flags = self.open_.pop()
        self.blanks = True
        if flags:
            if flags & 1:
                self.link_depth -= 1
                if len(self.lines) - bidx > self.page.link_prose:
                    self.page.link_prose = max(self.page.link_prose, _linked_prose(self.lines, bidx))
            elif flags & 6:  # <pre> or a heading: its text ends a line
                if self.buf:
                    self.end_line()
                if flags & 2:
                    self.pre_depth -= 1
                else:
                    self.heading = 0
        if blk is None:
            if flags & 8:  # a block element past MAX_DEPTH
                if self.buf:
                    self.end_line()
                return closing
            self.blanks = False
            return closing
        if self.buf:
            self.end_line()
        end = blk.end = len(self.lines)
        blk.end_block = len(self.blocks)
        if end > blk.start and blk.ident:  # hints matter only for blocks with text
            blk.hint = hint_of(blk.ident) or blk.hint
            if blk.hint < 0:
                self.page.negative.append(bidx)
        self.cur = blk.parent
        return closing

    def open_inline(self, node: LexborNode, kind: int) -> LexborNode | None:
        """Open inline element ``node`` (of ``kind`` :data:`_K_INLINE`, :data:`_K_LINK` or :data:`_K_TIME`), or
        read its one text at once; the node to visit next."""
        child = node.first_child
        if child is None:
            if not self.buf and node.tag_id == _IMG_ID:
                self.image()
            return node.next
        if kind != _K_TIME and child.next is None and child.tag_id == _TEXT_ID:
            # <a>text</a>, <span>text</span>: no need to open the element
            self.text(child.text_content, kind == _K_LINK)
            return node.next
        flags = 0
        if kind == _K_LINK:
            if not _anchor(node):
                flags = 1
                self.link_depth += 1
        elif kind == _K_TIME and len(self.page.times) < 5:
            dt = node.attributes.get("datetime")
            if dt:
                self.page.times.append(dt)
        self.open_.append((node, None, len(self.lines) if flags else -1, flags))  # a link: the line it starts at
        return child

    def image(self) -> None:
        """An ``<img>`` before any text of the line being built: noted in ``images`` (and a thumbnail's line)."""
        images = self.page.images
        if not images or images[-1][0] != len(self.lines):
            images.append((len(self.lines), self.cur))
        if self.link_depth and not self.thumb:
            self.thumb = self._linked_image()
            self.thumb_at = self.cur

    def _linked_image(self) -> bool:
        """Does the innermost open link (an image in it opens a line) lead to another page (:func:`page_link`)?"""
        for entry in reversed(self.open_):
            if entry[3] & 1:
                ref = entry[0]
                node = ref if isinstance(ref, LexborNode) else self.node_of(cast(int, ref))
                return page_link(node.attributes.get("href"))
        return False

    def line_break(self, node: LexborNode) -> LexborNode | None:
        """A <br> or <hr>: a new line (in a <pre>, a ``\\n`` of its text); the node to visit next."""
        if self.pre_depth:
            self.buf.append("\n")
            return node.next
        if self.buf:
            self.end_line()
        return _past_blanks(node.next)

    def step_over(self, node: LexborNode, kind: int, tag_id: int) -> None:
        """Note what matters of an element stepped over with its content (``tag_id``: its tag's): a form control, a
        <noscript> that has taken in the page's text, a button's label."""
        if kind == _K_CONTROL:
            _control(node, self.page, self.cur, tag_id)
        elif tag_id == _NOSCRIPT_ID and not self.page.swallowed:
            self.page.swallowed = len(node.text(deep=True, strip=True)) >= SWALLOWED
        elif tag_id == _BUTTON_ID:
            self.page.buttons.append((self.cur, _label(node)))
        elif (tag_id == _FOOTER_ID or tag_id == _MENU_ID) and self.cur > 0:
            _footer_bar(node, self.page, self.cur)
        elif tag_id == _FIGCAPTION_ID:
            self.page.figcaptions += 1

    # The same walk over the lists of ``flatten`` (``_speedups.c``, :func:`_walk_flat`): a node is its place in them.

    def node_of(self, at: int) -> LexborNode:
        """The node at place ``at`` (for the rare reads the lists do not hold: a form control, a hiding style...)."""
        assert _SPEEDUPS is not None and self.like is not None
        node: LexborNode = _SPEEDUPS.node_at(self.like, self.addresses, at)
        return node

    def text_at(self, at: int) -> str | None:
        """The text of the text node at ``at`` (``flatten`` lists None for white space only)."""
        text = self.values[at]
        if text is None and self.ends[at] < 0:
            assert _SPEEDUPS is not None
            text = _SPEEDUPS.text_at(self.addresses, at)
        return cast("str | None", text)

    def past_blanks(self, at: int) -> int:
        """:func:`_past_blanks` over the lists: ``at`` or the first place after it that is not white space."""
        ends, stop = self.ends, self.stop
        while at < stop and ends[at] < 0:
            at += 1
        return at

    def open_block_at(self, at: int, kind: int, tag_id: int) -> int:
        """:meth:`open_block` of the node at ``at``; the place to visit next."""
        tag: str | None = _TAG_AT[tag_id] if tag_id < _KIND_IDS else ""
        end = self.ends[at]
        if not tag:
            tag = self.node_of(at).tag
        if tag is None:
            return end
        if end == at + 1:  # no child
            if self.buf:
                self.end_line()
            return self.past_blanks(end)
        attrs: dict[str, str | None] | None = None
        ident = cast("str | None", self.values[at])
        if ident is None:  # more to decide than the kernel reads: a style, a hiding class, a dialog
            attrs = self.node_of(at).attributes
            ident = _ident(attrs) if attrs else ""
            if ident is None:  # hidden
                return end
        self.enter_block(at, kind, tag, ident, attrs)
        self.stop = end
        return self.past_blanks(at + 1)

    def close_at(self) -> int:
        """:meth:`close` over the lists; the place to visit next."""
        ends = self.ends
        after = ends[cast(int, self.leave())]
        open_ = self.open_
        self.stop = ends[cast(int, open_[-1][0])] if open_ else len(ends)
        return self.past_blanks(after) if self.blanks else after

    def open_inline_at(self, at: int, kind: int) -> int:
        """:meth:`open_inline` of the node at ``at``; the place to visit next."""
        end = self.ends[at]
        if end == at + 1:  # no child
            if not self.buf and self.tags[at] == _IMG_ID:
                self.image()
            return end
        if kind != _K_TIME and end == at + 2 and self.tags[at + 1] == _TEXT_ID:
            if self.ends[at + 1] == 0:
                self.text(cast(str, self.values[at + 1]), kind == _K_LINK)
            elif self.buf:
                self.text(self.text_at(at + 1), kind == _K_LINK)
            return end
        flags = 0
        if kind == _K_LINK:
            if not self.values[at]:  # (named_anchor's answer)
                flags = 1
                self.link_depth += 1
        elif kind == _K_TIME and len(self.page.times) < 5:
            dt = self.node_of(at).attributes.get("datetime")
            if dt:
                self.page.times.append(dt)
        self.open_.append((at, None, len(self.lines) if flags else -1, flags))
        self.stop = end
        return at + 1

    def line_break_at(self, at: int) -> int:
        """:meth:`line_break` of the node at ``at``; the place to visit next."""
        if self.pre_depth:
            self.buf.append("\n")
            return self.ends[at]
        if self.buf:
            self.end_line()
        return self.past_blanks(self.ends[at])

    def step_over_at(self, at: int, kind: int, tag_id: int) -> None:
        """:meth:`step_over` of the node at ``at`` (made only when something is to be read of it)."""
        if tag_id == _FIGCAPTION_ID:
            self.page.figcaptions += 1
        elif (
            kind == _K_CONTROL
            or (tag_id == _NOSCRIPT_ID and not self.page.swallowed)
            or tag_id == _BUTTON_ID
            or ((tag_id == _FOOTER_ID or tag_id == _MENU_ID) and self.cur > 0)
        ):
            self.step_over(self.node_of(at), kind, tag_id)


def _footer_bar(node: LexborNode, page: Page, cur: int) -> None:
    """A ``<footer>`` or a ``<menu>`` inside an element (a post's or an answer's: "Reply", "Report", "有用 12") is
    stepped over like the page's own, but its few links and buttons (at most :data:`FOOTER_LINKS`) are recorded as
    buttons in block ``cur``: the post's action bar."""
    found = node.css("a, button")
    if 0 < len(found) <= FOOTER_LINKS:
        page.buttons.extend((cur, _label(n)) for n in found)


FOOTER_LINKS: Final = 6
"""A footer with more links than this is a box of links (a site's footer), not a post's action bar."""


_DIALOG_ROLES: Final = frozenset({"dialog", "alertdialog"})
DIALOG_NAME: Final = "role-dialog"
"""The name added to the class and id of an ARIA dialog: hinted like a class named "dialog", but no class the page's
prose wears (:func:`.content._content_classes` never reads it as one)."""


def _ident(attrs: dict[str, str | None]) -> str | None:
    """The class and id of an element with attributes ``attrs`` ("" without), or None for a hidden element;
    :data:`DIALOG_NAME` added for an ARIA dialog (:data:`_DIALOG_ROLES`: hinted boilerplate like a class named
    "dialog")."""
    style = attrs.get("style")
    if (style and "none" in style and _DISPLAY_NONE.search(style)) or "hidden" in attrs:
        return None
    cls = attrs.get("class")
    if cls and ("hid" in cls or "d-none" in cls) and _hidden_class(cls):
        return None
    ident = attrs.get("id") or ""
    if cls:
        ident = cls + " " + ident if ident else cls
    if attrs.get("role") in _DIALOG_ROLES:
        # an overlay (a consent box, a sign-up modal): no content
        ident = ident + " " + DIALOG_NAME if ident else DIALOG_NAME
    return ident


def _quoted(node: LexborNode) -> bool:
    """Is ``node`` (an ``<aside>``) a quote: a ``<blockquote>`` in it, no heading, no list of links?"""
    return node.css_first("blockquote") is not None and node.css_first("h1, h2, h3, h4, ul, ol, nav") is None


def _label(node: LexborNode) -> str:
    """A button's text, or its ``aria-label`` / ``title`` when it has none, cut to :data:`BUTTON_LABEL` characters."""
    text = node.text(deep=True, strip=True) if node.first_child is not None else ""
    if not text:
        attrs = node.attributes
        text = attrs.get("aria-label") or attrs.get("title") or ""
    return text[:BUTTON_LABEL]


_PAGE_OPTION: Final = re.compile(r"(?:第\s*\d{1,4}\s*[页頁]|(?i:page)\s*\d{1,4}|\d{1,4}\s*/\s*\d{1,4})")
"""An option of a paginated story's page jump ("第2页", "Page 2", "2/5")..."""
_PAGE_NUMBER: Final = re.compile(r"\d{1,4}")
"""...or a page number whose value is an address ("2" for "_2.htm"; a quantity's "2" has the value "2")."""
PAGE_JUMP: Final = 2
"""A ``<select>`` of at least this many options, each a page, is a page jump: navigation like the pager's links
beside it, no form control (a short story's element holding it would read as a widget)."""


def _page_jump(node: LexborNode) -> bool:
    options = node.css("option")
    if len(options) < PAGE_JUMP:
        return False
    for opt in options:
        text = opt.text(deep=True, strip=True)
        if _PAGE_OPTION.fullmatch(text) is not None:
            continue
        value = opt.attributes.get("value") or ""
        if _PAGE_NUMBER.fullmatch(text) is None or not ("/" in value or "." in value or "=" in value):
            return False
    return True


def _control(node: LexborNode, page: Page, cur: int, tag_id: int) -> None:
    """Count a form control (not a hidden input, not a page jump: :func:`_page_jump`) of tag ``tag_id`` in block
    ``cur``; a password field marks a login box."""
    kind = node.attributes.get("type") if tag_id == _INPUT_ID else None
    if tag_id == _SELECT_ID and _page_jump(node):
        return
    if kind != "hidden":
        holder = page.blocks[cur]
        if not holder.controls:
            page.controlled.append(cur)
        holder.controls += 1
        if tag_id == _INPUT_ID and (not kind or kind.lower() in _TEXT_FIELDS):
            holder.fields += 1
        if kind and kind.lower() == "password":
            page.logins.append(cur)
        elif kind and kind.lower() == "email":
            page.signups.append(cur)
        elif tag_id == _TEXTAREA_ID:
            page.text_areas.append(cur)
        elif tag_id == _SELECT_ID:
            page.selects.append(cur)


_TEXT_FIELDS: Final = frozenset({"text", "email", "tel"})
"""The ``type`` values of one-line text fields (``Block.fields``)."""


LINKED_PROSE: Final = 50
"""A line of at least this many characters that ends a sentence is prose (:func:`_linked_prose`)."""


def _linked_prose(lines: list[Line], start: int) -> int:
    """The prose lines from ``start`` on that are wholly link text (a link's lines, when it closes)."""
    return sum(1 for ln in lines[start:] if ln.link_chars >= ln.chars >= LINKED_PROSE and ln.text[-1] in '.!?。！？”"')


_IMAGE_FILE: Final = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|avif)(?:[?#]|$)", re.I)


def page_link(href: str | None) -> bool:
    """Does a link's ``href`` lead to another page: not empty, no fragment or script, no image file (a thumbnail
    linked to its own large picture is a zoom, not a way to another story)?"""
    if not href:
        return False
    href = href.strip()
    return bool(href) and href[0] != "#" and not href.startswith("javascript") and _IMAGE_FILE.search(href) is None


def _anchor(node: LexborNode) -> bool:
    """Is the ``<a>`` ``node`` (one with more than a text in it) a named anchor, no link: a ``name`` and no ``href``
    (``<a name="top">`` left open above the article: the parser puts the rest of the page in it)?"""
    if _NAMED_ANCHOR is not None:
        return _NAMED_ANCHOR(node.mem_id)
    attrs = node.attributes
    return "name" in attrs and "href" not in attrs


def _hidden_class(cls: str) -> bool:
    """Does a class attribute hide its element (:data:`_HIDDEN_CLASSES`, not shown again at some width)?"""
    names = cls.split()
    return any(n in _HIDDEN_CLASSES for n in names) and not any(_SHOWN_AT.search(n) for n in names)


_ATTR_KERNEL: Final = _attr_kernel()
_BLOCK_IDENT: Final = _ATTR_KERNEL[0]
_NAMED_ANCHOR: Final = _ATTR_KERNEL[1]


def _walk_flat(body: LexborNode, page: Page) -> list[int]:
    """:func:`_walk` over the lists ``flatten`` (``_speedups.c``) gathers in one C pass: the same lines and blocks,
    without a LexborNode made and a property read in selectolax per step (:func:`_flat_walk_kernel` checks it)."""
    assert _SPEEDUPS is not None
    tags: list[int]  # (typed here: the module's functions are Any to the compiled caller)
    ends: list[int]
    values: list[object]
    addresses: bytes
    tags, ends, values, addresses = _SPEEDUPS.flatten(body.mem_id, _KIND_BYTES, _ASIDE_ID)
    w = _Walker(page)
    w.tags, w.ends, w.values, w.addresses, w.like = tags, ends, values, addresses, body
    w.stop = len(tags)
    body_blk = Block("body", -1, 0, 0, "")
    page.blocks.append(body_blk)
    at = 0
    while True:
        if at >= w.stop:  # finished the children of the innermost open element: close it
            if not w.open_:
                break
            at = w.close_at()
            continue
        tag_id = tags[at]
        kind = _KIND_AT[tag_id] if tag_id < _KIND_IDS else 0
        if kind == _K_STEP and tag_id == _ASIDE_ID and _quoted(w.node_of(at)):
            kind = 0
        elif tag_id == _CITE_ID and _quote_head(w.node_of(at)):
            kind = 0
        if kind == _K_TEXT:
            if ends[at] == 0:
                w.text(cast(str, values[at]), False)
            elif w.buf:  # (-1: white space only, read only inside a line)
                w.text(w.text_at(at), False)
            at += 1
        elif not kind or kind >= _K_PRE:
            at = w.open_block_at(at, kind, tag_id)
        elif kind <= _K_CONTROL:
            w.step_over_at(at, kind, tag_id)
            at = ends[at]
        elif kind == _K_BREAK:
            at = w.line_break_at(at)
        else:
            at = w.open_inline_at(at, kind)
    w.end_line()
    body_blk.end, body_blk.end_block = len(page.lines), len(page.blocks)
    return w.h1s


def _quote_head(node: LexborNode) -> bool:
    """Is the ``<cite>`` ``node`` a quote's header (right inside a ``<blockquote>``)?"""
    parent = node.parent
    return parent is not None and parent.tag_id == _BLOCKQUOTE_ID


_WALK_PROBE: Final = "\n".join(
    (
        '<html><head><title>t</title></head><body> <div class="a"> one <b>two</b> <i>three <u>four</u></i>, five.',
        '<a href="/x">link</a> <a href="/y"><b>l2</b> x</a></div> <p>para<br>after break<hr> after rule</p><pre>code',
        "  line 2<br>line 3 <b>b</b>",
        '</pre><h1>Head <span>one</span></h1><h2 class="h">two</h2><ul><li>i1</li><li> <a href="/p"><img src="a.jpg">',
        '</a> cap </li><li><a href="/q"><img src="b.jpg"> <span>linked</span></a></li></ul><article><main>m</main>',
        '</article><form class="f"><input type="text"><input type="hidden"><input type="password"><input type="email">',
        '<textarea>t</textarea><select><option>1</option></select><select><option value="/a_2.htm">2</option>',
        '<option value="/a_3.htm">3</option></select><button>Reply</button><button aria-label="lab"></button></form>',
        "<noscript><p>" + "n " * 50 + "</p></noscript>",
        '<div><footer><a href="/r">Report</a> <button>Up</button></footer><menu><a>m</a></menu></div>',
        "<aside><blockquote>quoted</blockquote> said</aside><aside><h2>no</h2><blockquote>q</blockquote></aside>",
        "<blockquote><cite>X wrote:</cite> quote</blockquote><p><cite>a cite</cite> in p</p>",
        '<time datetime="2024-01-02">Jan 2</time><span><time datetime="2024-01-03"><b>Jan</b> 3</time></span>',
        '<figure><img src="c.png"><figcaption>cap</figcaption></figure><div style="display:none">hid</div>',
        '<div style="float:left; width:50%">left</div><div class="hidden md:block">shown</div>',
        '<div class="hidden">h</div>',
        '<div role="dialog">dlg</div><custom-el>custom <x-y>inner</x-y></custom-el><center>c</center><table><tr>',
        "<td>c1</td> <td>c2</td></tr></table><!-- comment --><script>var x;</script><style>p{}</style>",
        "<svg><text>s</text></svg> <p>   </p><p>&nbsp;</p><p>\u3000x\u00a0y\t</p><span> </span><div></div>",
        "<a name=top><p>in anchor</p></a>",
        "<dl><dt>t</dt><dd>d <br> e</dd></dl><details><summary>s</summary>body</details>",
        "<div>" + "<div>" * (MAX_DEPTH + 5) + "deep <p>deeper</p> text" + "</div>" * (MAX_DEPTH + 5) + " after</div>",
        " tail text</body></html>",
    )
)
"""A page of the structures :func:`_walk_flat` must read as :func:`_walk` does (:func:`_flat_walk_kernel`)."""


def page_record(page: Page) -> tuple[object, ...]:
    """Everything :func:`parse_page` found, as plain values (for comparing two walks)."""
    lines = [(ln.text, ln.chars, ln.link_chars, ln.punct, ln.heading, ln.block, ln.lead_link) for ln in page.lines]
    blocks = [
        (b.tag, b.parent, b.start, b.end, b.end_block, b.hint, b.ident, b.controls, b.fields) for b in page.blocks
    ]
    rest = (page.title, sorted(page.meta.items()), page.times, page.h1, page.negative, page.logins, page.signups)
    more = (page.swallowed, page.link_prose, page.controlled, page.text_areas, page.selects, page.buttons, page.flat)
    return (lines, blocks, rest, more, page.images, page.figcaptions, page.thumbs, page.floats)


def _flat_walk_kernel() -> bool:
    """Can :func:`parse_page` walk the lists of ``flatten`` (``_speedups.c``)? Only with the attribute reads bound
    (:func:`_attr_kernel`), a text node's character data and a LexborNode's fields found where the module reads
    them, and the same :func:`page_record` as :func:`_walk` gives on :data:`_WALK_PROBE` and :data:`_ATTR_PROBE`."""
    speedups = _SPEEDUPS
    if speedups is None or _BLOCK_IDENT is None:
        return False
    tree = LexborHTMLParser("<p>A probe text: ünïcode, 文字, and more.</p>")
    body = tree.body
    para = body.first_child if body is not None else None
    text = para.first_child if para is not None else None
    content = text.text_content if text is not None else None
    if body is None or text is None or content is None:
        return False
    if not speedups.set_text_offset(text.mem_id, content.encode()):
        return False
    if not speedups.set_node_layout(body, body.mem_id, body.parser):
        return False
    for html in (_WALK_PROBE, _ATTR_PROBE):
        if page_record(_parse(html, True)) != page_record(_parse(html, False)):
            return False
    return True


_KIND_BYTES: Final = bytes(_KIND_AT)
_FLAT_WALK: Final = _flat_walk_kernel()
