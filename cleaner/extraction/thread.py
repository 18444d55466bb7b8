"""Threads and Q&A: the replies that follow a short first post.

On a forum thread or a Q&A page the first post (the question) is followed by a
list of replies: repeated sibling elements (same tag and class), each holding
some prose among user chrome (name, level, date, "reply"/"report" links). Short
replies lose against the chrome around them when blocks are scored as a whole,
so the best block is often the first post alone.

One generic mechanism, no per-site rules: find the first group of like siblings
(at least :data:`MIN_ITEMS`, each with a line of prose) that starts right below
the chosen block; inside the items, sort lines into *slots* by the classes of
the elements that hold them (the body slot of every reply looks the same, as
does the user-name slot); keep the slots whose lines, summed over all items,
carry more prose than chrome. Replies are kept in page order.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from itertools import chain, pairwise
from operator import attrgetter
from typing import Final

from .dom import PRE, SCRIPT_STOPS, Block, Line, Page, camel_lower, child_toward, no_decimals, remember

__all__ = [
    "REPLY_PREFIX",
    "action_bar",
    "action_inside",
    "alike_names",
    "bare_bar",
    "card_bios",
    "comment_heading",
    "comment_section",
    "flat_headers",
    "listed_replies",
    "post_group",
    "post_headers",
    "post_lines",
    "reply_action",
    "short_lines",
    "thread_lines",
    "titled_thread",
    "user_action",
]

MIN_ITEMS: Final = 2
"""A group of replies has at least this many items with prose."""
GAP: Final = 8
"""The replies start at most this many lines below the first post (lines that weigh less than nothing as a
whole: the author's card, "like"/"report" links, a short line or two among them)..."""
LONE_GAP: Final = 16
"""...or at most this many when the first post is one paragraph (a picture's caption, a microblog post, a one-line
question: a comment box, a comment count and a sort menu may stand between it and the replies; an article of a
few paragraphs keeps the comments below such a bar out)..."""
FAR_GAP: Final = 40
"""...or at most this many when the first post is one of the items (a topic map between it and the replies)."""
MAX_POST_PARAGRAPHS: Final = 4
"""Only a short first post (a question, a thread opener) takes in the replies below it: an article
with more paragraphs of prose than this is followed by comments, not answers (lines of code do not count)."""
SLOT_DEPTH: Final = 3
"""A line's slot: the tag and first class of up to this many elements between it and its item."""
STRONG_HINT: Final = -3
"""Items named like navigation, footers, related links (:func:`~.dom.hint_of` -3) are never replies."""

REPLY_STEMS: Final = ("comment", "reply", "replies", "post", "answer", "floor", "message", "cmt")
REPLY_WORDS: Final = frozenset({"pid", "msg", "item", "entry", "ans", "journal"})
"""Words of a class or id that name the items of a thread (a sidebar "module" or "widget" is no thread); "journal":
an issue tracker's history entries (Redmine's ``div.journal``), its notes the replies."""
_REPLY_PART: Final = re.compile("|".join(sorted({*REPLY_STEMS, *REPLY_WORDS})))
"""What the lower-cased class or id of an item holds (each of its words is a run of letters of it)."""

REPLY_PREFIX: Final = re.compile(r"^\s*(?:re|aw|回复|回覆)\s*[:：]\s*", re.I)
"""The prefix of a reply's subject ("Re: <the thread's title>")."""
_DIGITS: Final = re.compile(r"\d+")
_DIGIT: Final = re.compile(r"\d")
_NO_DIGITS: Final = re.compile(r"[\d\s]+")
_CAMEL: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD: Final = re.compile(r"[a-z]+")
_LETTER: Final = re.compile(r"[^\W_]")


def _sig(page: Page, idx: int) -> str:
    blk = page.blocks[idx]
    return sig_of(blk.tag, blk.ident)


_SIGS: Final[dict[str, dict[str, str]]] = {}
""":func:`sig_of`'s answers by tag, then by class and id (two look-ups of strings whose hashes are kept: a key of
the two in a tuple is a tuple made and hashed per call)."""


def sig_of(tag: str, ident: str) -> str:
    """The tag and first class (digits removed) of an element; remembered."""
    by_ident = _SIGS.get(tag)
    if by_ident is None:
        by_ident = remember(_SIGS, tag, {})  # (bounded too: a page may name custom elements without end)
    sig = by_ident.get(ident)
    return sig if sig is not None else remember(by_ident, ident, _sig_of_new(tag, ident))


def _sig_of_new(tag: str, ident: str) -> str:
    words = ident.split(maxsplit=1)
    return tag + "." + (no_decimals(words[0]) if words else "")


_REPLY_LIKE: Final[dict[str, bool]] = {}


def _reply_like(ident: str) -> bool:
    """A class or id naming a post, reply, answer or comment ("comment-list-item", "postbody", "pid123")."""
    known = _REPLY_LIKE.get(ident)
    return known if known is not None else remember(_REPLY_LIKE, ident, _reply_like_of(ident))


def _reply_like_of(ident: str) -> bool:
    if not ident or _REPLY_PART.search(ident.lower()) is None:
        return False  # (a quick test: a word that starts with a stem is a run of its letters in the lower-cased name)
    words = _WORD.findall(camel_lower(ident))
    return any(w.startswith(REPLY_STEMS) or w in REPLY_WORDS for w in words)


def _items(
    page: Page,
    start: int,
    gains: list[float],
    *,
    named: bool = True,
    lone: bool = False,
    loose: bool = False,
    memo: dict[tuple[int, bool], list[int]] | None = None,
    stamped: bool = False,
) -> list[int]:
    """Like siblings with prose, the first of which holds line ``start`` (or []): named as posts, replies, answers
    or comments (or, without a class or id, in a list named so), or (not ``named``) of any class, each with a reply
    or report link (:func:`_acted`). With ``lone``, one item alone will do when it holds such a link or button and
    no form control (a thread's one reply, :func:`_lone_reply`; ``loose``: below a post of one paragraph). With
    ``stamped`` (not ``named``), :data:`FLOOR_ITEMS` or more items each with a header of a name and a time above its
    prose (:func:`_stamped_post`) instead of the links."""
    blocks = page.blocks
    k = page.lines[start].block
    single: list[int] = []  # a lone reply, if no group is found further up
    while k > 0 and blocks[k].parent >= 0:
        parent = blocks[k].parent
        if blocks[k].start >= start - 1:
            blk = blocks[k]
            if (
                not (
                    (blk.ident or blk.end - blk.start >= 2 if not named else _named_of(blk.tag, blk.ident))
                    or (not named and _named_of(blk.tag, blk.ident))
                    or (named and not blk.ident and _in_named_list(page, k))
                )
                and not _unnamed_reply(page, k)
                and not (named and _numbered_wrapper(page, k))
            ):
                k = parent  # replies come from a template that names them
                continue
            found = memo.get((k, named)) if memo is not None else None
            if found is None:
                found = _like_children(page, k, named)
                if memo is not None:
                    memo[(k, named)] = found
            items = [i for i in found if blocks[i].start >= blocks[k].start]
            # a reply is a post among its chrome: several lines, at least one of them prose
            if len(items) >= MIN_ITEMS:
                with_prose = [i for i in items if _has_prose(blocks[i], gains)]
                if len(with_prose) >= MIN_ITEMS and (
                    named
                    or (_time_marked_posts(page, items, gains, above=True) if stamped else _acted(page, items))
                ):
                    return items
                if len(items) >= SHORT_ITEMS and _short_replies(page, items):
                    return items
            if (
                lone
                and not single
                and len(items) == 1
                and _has_prose(blocks[items[0]], gains)
                and _lone_reply(page, items[0], named, loose)
            ):
                single = items
        else:
            break
        k = parent
    return single


SHORT_ITEMS: Final = 3
"""Like siblings with no prose are replies when at least this many each hold an action bar and a short line of
their own (:func:`_short_replies`)."""


def _short_replies(page: Page, items: list[int]) -> bool:
    """Are ``items`` (like siblings, fewer than two of them with prose) replies of one short line each ("顶", "谢谢
    楼主", "Same here."): each holds a bar of user actions (:func:`_acted`) and a :func:`short text <short_text>`
    line that recurs in no other item?"""
    if not _acted(page, items):
        return False
    blocks, lines = page.blocks, page.lines
    repeated = _repeated(page, items)
    return all(
        any(i not in repeated and short_text(lines[i]) for i in range(blocks[item].start, blocks[item].end))
        for item in items
    )


def short_text(line: Line) -> bool:
    """Is ``line`` a short reply's text: a letter or digit, no link, no action word, no heading, and a digit only
    in a line of a few characters ("+1")?"""
    return (
        line.chars > 0
        and _LETTER.search(line.text) is not None
        and not line.link_chars
        and not line.heading
        and (line.chars <= SHORT_DIGITS or _DIGIT.search(line.text) is None)
        and not _action(line.text)
    )


_COUNT_ONLY: Final = re.compile(r"[\d\s.,，]+[万千亿kKmMwW+]?")


def _count_or_action(text: str) -> bool:
    """Is ``text`` a count alone ("1,750", "189.1万") or a user action ("回复", "赞 3")?"""
    return _COUNT_ONLY.fullmatch(text) is not None or _action(text)


def short_lines(page: Page, kept: frozenset[int], first: int) -> list[int]:
    """The lines of ``kept`` from ``first`` on (a thread's kept replies) that are a :func:`short reply's text
    <short_text>`, written in one template (:func:`_template`) by :data:`SHORT_ITEMS` such lines at least, none of
    them next to another, that of a kept line that ends a sentence or each an element without class or id: one-line
    replies ("顶", "+1", each among its user chrome), not a reply form's lone label below them ("发表回复", "Jump
    to") nor a row of buttons ("查看", "书签", or a utility-CSS page's). Fewer will do in the template of the replies'
    prose: a line of at most :data:`PROSE_LINE` characters, no sentence end, no kept line beside it (a reply of its
    own) and no count or action word beside it in its row (:func:`_same_row`: a button's label among counts:
    "189.1万", "查看", "1,750"; a post's reply bar below its text in another element is no such row)."""
    lines = page.lines
    found = [i for i in kept if i >= first and short_text(lines[i])]
    if not found:
        return []
    seen: dict[tuple[str, ...], list[int]] = {}
    for i in sorted(found):
        seen.setdefault(_template(page, i), []).append(i)
    prose = {_template(page, i) for i in kept if i >= first and _SENTENCE_END.search(lines[i].text)}
    blocks = page.blocks
    out: list[int] = []
    for key, run in seen.items():
        # one line per reply: lines of the template apart (each reply's chrome between), not a row of labels; in the
        # template of the replies' prose, or each a bare paragraph of its own
        if (
            len(run) >= SHORT_ITEMS
            and all(b - a > 1 for a, b in pairwise(run))
            and (key in prose or not any(blocks[lines[i].block].ident for i in run))
        ):
            out.extend(run)
        elif key in prose:  # fewer: a reply of one short line among replies of prose, in their template
            out.extend(
                i
                for i in run
                if lines[i].chars <= PROSE_LINE
                and _SENTENCE_END.search(lines[i].text) is None
                and i - 1 not in kept
                and i + 1 not in kept
                and not any(
                    _count_or_action(lines[j].text) and _same_row(page, i, j)
                    for j in (i - 1, i + 1)
                    if 0 <= j < len(lines)
                )
            )
    return out


def _same_row(page: Page, i: int, j: int) -> bool:
    """Are lines ``i`` and ``j`` in one element or in two elements of one parent (a row of buttons and counts), not
    a post's text and the reply bar or date line set in other elements around it?"""
    blocks, lines = page.blocks, page.lines
    a, b = lines[i].block, lines[j].block
    return a == b or blocks[a].parent == blocks[b].parent or blocks[a].parent == b or blocks[b].parent == a


SHORT_DIGITS: Final = 3
"""A short reply's text may hold a digit when it is this many characters long at most ("+1")."""


def _items_or_lone(
    page: Page, probe: int, gains: list[float], loose: bool, memo: dict[tuple[int, bool], list[int]]
) -> list[int]:
    """:func:`_items` of line ``probe`` that may be one lone reply: named ones first, then any (``loose`` for the
    named ones only)."""
    return _items(page, probe, gains, lone=True, loose=loose, memo=memo) or _items(
        page, probe, gains, named=False, lone=True, memo=memo
    )


def _reply_to(page: Page, item: int, start: int, end: int) -> bool:
    """May block ``item``, found alone, be a reply to the post in lines ``start:end``: named as a reply (by class,
    id or tag), in a list named so, or sharing a line's template with the post (:func:`_post_template`)?"""
    return _named(page.blocks[item]) or _in_named_list(page, item) or _post_template(page, item, start, end)


def _has_prose(blk: Block, gains: list[float]) -> bool:
    """Does ``blk`` hold several lines, at least one of them prose?"""
    return blk.end - blk.start >= 2 and any(g > 0 for g in gains[blk.start : blk.end])


def _named(block: Block) -> bool:
    """Is ``block`` named as a post, reply, answer or comment by its class or id, or by its tag (a custom element:
    ``<shreddit-comment>``)?"""
    return _named_of(block.tag, block.ident)


_NAMED: Final[dict[tuple[str, str], bool]] = {}


def _named_of(tag: str, ident: str) -> bool:
    key = (tag, ident)
    named = _NAMED.get(key)
    return (
        named if named is not None else remember(_NAMED, key, _reply_like(ident) or ("-" in tag and _reply_like(tag)))
    )


def _in_named_list(page: Page, k: int) -> bool:
    """Is block ``k`` an element without class or id in a list named as replies ("comment-list", "answers")?"""
    blocks = page.blocks
    return not blocks[k].ident and blocks[k].parent >= 0 and _reply_like(blocks[blocks[k].parent].ident)


def _lone_reply(page: Page, item: int, named: bool, loose: bool) -> bool:
    """May block ``item``, with no like sibling, be a thread's one reply? Its class or id names it a reply or an
    answer (an article's one comment is no reply), or its tag does (``<shreddit-comment>``), or (``loose``: below a
    post of one paragraph, a picture's caption, a one-line question) it is named as a comment or sits in a list
    named so; or (not ``named``) no class word names it at all. It holds a reply / report / like link or button
    (:func:`_acted`), a line of user chrome that is no such link (a name, a date) and no form control (a reply
    form, a comment box)."""
    blk = page.blocks[item]
    if named:
        if not (
            _answer_named(blk.ident)
            or ("-" in blk.tag and _reply_like(blk.tag))
            or (loose and (_reply_like(blk.ident) or _in_named_list(page, item)))
        ):
            return False
    elif _reply_like(blk.ident):
        return False
    acted = _acted(page, [item]) or (named and _answer_named(blk.ident) and _shared(page, item))
    if not acted or any(item <= b < blk.end_block for b in page.controlled):
        return False
    if _wraps_items(page, item) or _article_like(page, item):
        return False
    return any(ln.chars and not ln.punct and not _action(ln.text) for ln in page.lines[blk.start : blk.end])


def _shared(page: Page, item: int) -> bool:
    """Does block ``item`` hold a short line of user actions of any kind ("Share", "Follow", "收藏": an answer's
    menu that has no reply or report link)?"""
    blk = page.blocks[item]
    return any(user_action(ln.text) for ln in page.lines[blk.start : blk.end])


LONE_PARAGRAPHS: Final = 8
"""A lone reply holds at most this many lines of prose (punctuated, :data:`PROSE_LINE` characters or more, not
mostly link text)..."""
PROSE_LINE: Final = 20


def _article_like(page: Page, item: int) -> bool:
    """...and no heading: else block ``item`` is an article (with its comments inside), not a reply."""
    blk = page.blocks[item]
    prose = 0
    for i in range(blk.start, blk.end):
        ln = page.lines[i]
        if ln.heading and ln.heading != PRE and not _reply_heading(ln.text, i == blk.start):
            return True
        prose += ln.punct > 0 and ln.chars >= PROSE_LINE and 2 * ln.link_chars < ln.chars
    return prose > LONE_PARAGRAPHS


NAME_HEADING: Final = 20
_NAME: Final = re.compile(r"[\w.\-]+(?: [\w.\-]+)?")
"""A heading of at most this many characters without punctuation that opens a reply is its author's name."""


_STAMP_END: Final = re.compile(
    r"\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[\u4e00-\u9fff]{0,4}$"
)
"""A date and time (and a place of up to four Chinese characters: an IP's province) ending a reply's header."""


def _reply_heading(text: str, first: bool) -> bool:
    """Is a heading of a reply its subject ("Re: <the thread's title>") or, on its ``first`` line, its author's
    name (SMF's ``<h4>``; Douban's name and date "X 2024-07-23 08:39:17"), not an article's heading?"""
    if REPLY_PREFIX.match(text) is not None:
        return True
    if not first:
        return False
    if len(text) <= NAME_STAMPED and (_DATED.search(text) or _STAMP_DATE.search(text)):
        text = _STAMP_END.sub("", " ".join(text.split()), count=1)  # (one space a run: the regex stays linear)
    return len(text) <= NAME_HEADING and _NAME.fullmatch(text) is not None


_STAMP_DATE: Final = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
NAME_STAMPED: Final = 64
"""A heading longer than this is no user's name and date."""


def _wraps_items(page: Page, item: int) -> bool:
    """Does block ``item`` hold two like siblings named as posts or comments, of two lines or more each (a comment
    section's wrapper; not a menu's ``flex--item`` links)?"""
    blocks = page.blocks
    seen: set[tuple[int, str]] = set()
    for d in range(item + 1, blocks[item].end_block):
        if blocks[d].end - blocks[d].start >= 2 and _reply_like(blocks[d].ident):
            key = (blocks[d].parent, _sig(page, d))
            if key in seen:
                return True
            seen.add(key)
    return False


_CLASS_WORDS: Final[dict[str, frozenset[str]]] = {}
_CLASS_WORDS_FOLDED: Final[dict[str, frozenset[str]]] = {}


def _class_words(ident: str, folded: bool) -> frozenset[str]:
    memo = _CLASS_WORDS_FOLDED if folded else _CLASS_WORDS
    known = memo.get(ident)
    return known if known is not None else remember(memo, ident, _class_words_of(ident, folded))


def _class_words_of(ident: str, folded: bool) -> frozenset[str]:
    return frozenset(ident.lower().split()) if folded else frozenset(no_decimals(w) for w in ident.split())


def alike_names(a: str, b: str, *, folded: bool = False) -> bool:
    """Do two class (and id) lists share at least half the words of the longer? Words are compared without their
    digits ("post2" is "post"), or, ``folded``, lower-cased with their digits."""
    wa, wb = _class_words(a, folded), _class_words(b, folded)
    return 2 * len(wa & wb) >= max(len(wa), len(wb))


_LIKE: Final[dict[str, dict[str, bool]]] = {}
""":func:`_like_item`'s answers for unnamed items, by the first item's name, then by the sibling's (two look-ups of
strings whose hashes are kept, no key tuple made and hashed per call)."""


def _like_item(ident: str, first: str, named: bool) -> bool:
    """Is a sibling named ``ident`` (of the same tag and first class) an item like the first one, named ``first``?
    Named items are each named as a post, reply or comment ("ui message" and "ui comments" are; a "ui segment" of
    the same framework is not); unnamed ones share half their class words with the first. Remembered."""
    if named:
        return not first or _reply_like(ident)
    # items named by no class word must look alike beyond a framework's first class ("ui message basic" is no
    # "ui segment grid")
    by_ident = _LIKE.get(first)
    if by_ident is None:
        by_ident = remember(_LIKE, first, {})
    like = by_ident.get(ident)
    return like if like is not None else remember(by_ident, ident, alike_names(ident, first))


ACTIONS: Final = frozenset(
    "回复 回應 回应 举报 舉報 引用 赞 讚 点赞 reply report quote like permalink "
    # the same links in other languages a forum engine is translated into (reply, quote, report)
    "balas kutip laporkan antworten zitieren melden répondre citer signaler responder citar reportar denunciar "
    "rispondi cita segnala reageren citeren odpowiedz cytuj zgłoś ответить цитировать "
    "返信 通報 답글 답변 신고 인용 "
    # Greek, Turkish, Ukrainian, Persian, Hindi, Thai (reply, quote, report); Vietnamese "Trả lời" is two words
    "απάντηση απάντησε yanıtla cevapla alıntı şikayet відповісти відповідь цитувати پاسخ رد اقتباس إبلاغ जवाब "
    "ตอบกลับ reageer "
    # Czech, Slovak, Swedish, Hungarian, Romanian, Finnish, Hebrew (reply)
    "odpovědět odpovedať svara válasz válaszol răspunde vastaa השב הגב".split()
) | {"trả lời"}
"""What a user can do to a reply, as its links read ("回复", "举报", "赞 12", "Reply", "Report", "Balas", "Zitieren").
(Russian "Ответить" was tried and left out once: under the renamed-classes perturbation it took a Russian article's
comment list in as posts. Taken back in with Polish by branch xen14: a WordPress post's comment list under its byline
is now told as comments, ``content._threaded``; lang_corpus ru / pl and multilang_corpus gain on both halves. Greek,
Turkish, Ukrainian, Persian, Arabic, Hindi, Thai, Dutch "Reageer" and Vietnamese "Trả lời" by branch multi27: their
blogs' comment lists were read into the post; multi_corpus27, lang_corpus ar / el gain on both halves. Czech, Slovak,
Swedish, Hungarian, Romanian, Finnish and Hebrew by branch multilang32, for the same reason: multilang_corpus32.)"""
_PHRASE_HEADS: Final = frozenset(a.split()[0] for a in ACTIONS if " " in a)
"""The first words of the :data:`ACTIONS` of two words."""
ACTION_LINE: Final = 40
"""A line of at most this many characters that holds an :data:`ACTIONS` word is a bar of such links."""


def _mark_class() -> str:
    """The combining marks (Mn, Mc) of the Basic Multilingual Plane, as the ranges of a character class."""
    marks = [c for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc")]
    starts = [c for i, c in enumerate(marks) if i == 0 or marks[i - 1] != c - 1]
    ends = [c for i, c in enumerate(marks) if i == len(marks) - 1 or marks[i + 1] != c + 1]
    return "".join(f"{chr(a)}-{chr(b)}" for a, b in zip(starts, ends, strict=True))


_MARKS: Final = _mark_class()
_ACTION_SPLIT: Final = re.compile(f"(?:[^\\w{_MARKS}]|[\\d_])+")
"""Where a line splits into words: at what is no word character, but not at a combining mark (Devanagari's and Thai's
vowel signs are no word characters to ``re``: "जवाब" would split into "जव" and "ब")."""
ACTION_SYMBOLS: Final = "♥❤♡👍👎▲▼⬆⬇"
"""A line of these marks (and digits) alone is a like or vote button ("♥", "▲ 12")."""
_ACTION_HINT: Final = re.compile("|".join([*sorted(ACTIONS), f"[{ACTION_SYMBOLS}]"]), re.I)
"""A quick test for lines that may be action bars (a substring match: :func:`_acted` decides)."""
_ACTION_HINT_ASCII: Final = re.compile("|".join(sorted(w for w in ACTIONS if w.isascii())))
""":data:`_ACTION_HINT` on an ASCII line lower-cased (no other word or mark can match ASCII text; a case-sensitive
alternation of literals is scanned several times faster than one under ``re.I``)."""
_ACTION_FIRST: Final = re.compile(
    "[" + re.escape("".join(sorted({w[0] for w in ACTIONS} | set(ACTION_SYMBOLS)))) + "]", re.I
)
"""A character that may start a match of :data:`_ACTION_HINT` (under the same ``re.I``): a line without one has
no match, and a character class is scanned far faster than the alternation."""


_HINTED: Final[dict[str, bool]] = {}


def _action_hint(text: str) -> bool:
    """Does :data:`_ACTION_HINT` match somewhere in ``text``? (The same answer, at a fraction of the cost: this test
    runs on every short line of the chosen block, and again on the same lines as :func:`comment_section` is asked of
    overlapping ranges: remembered up to :data:`ACTION_CACHED` characters.)"""
    if len(text) > ACTION_CACHED:
        return _action_hint_of(text)
    hinted = _HINTED.get(text)
    return hinted if hinted is not None else remember(_HINTED, text, _action_hint_of(text))


def _action_hint_of(text: str) -> bool:
    if text.isascii():
        return _ACTION_HINT_ASCII.search(text.lower()) is not None
    match = _ACTION_HINT.match
    for m in _ACTION_FIRST.finditer(text):  # (the alternation tried only where a match may start)
        if match(text, m.start()) is not None:
            return True
    return False


def _any_actions(page: Page, start: int, end: int) -> bool:
    """May lines ``start:end`` hold an action bar (else like siblings named by no class word are not tried)? A bar
    of ``<button>`` elements makes no line: a button with an action word in a block that opens there counts."""
    blocks = page.blocks
    return any(ln.chars <= ACTION_LINE and _action_hint(ln.text) for ln in page.lines[start:end]) or any(
        start <= blocks[b].start <= end and _action(label) for b, label in page.buttons
    )


BAR_WORDS: Final = (
    "回复 回應 回应 举报 舉報 引用 点赞 赞同 赞 讚 评论 評論 分享 收藏 转发 轉發 踩 反对 删除 编辑 关注 "
    "reply report quote like likes permalink share comment comments save follow upvote downvote"
).split()
_BAR_PATTERN: Final = (
    "(?:" + "|".join(sorted(map(re.escape, BAR_WORDS), key=len, reverse=True)) + r"|[\d\s|·•,，、()（）\[\]【】/:：])+"
)
_BAR: Final = re.compile(_BAR_PATTERN, re.I)
"""A line of these words, counts and separators only is a bar of user actions ("点赞收藏分享举报", "赞 12 | 回复")."""
_BAR_WORD_PATTERN: Final = "|".join(sorted(map(re.escape, BAR_WORDS), key=len, reverse=True))
_BAR_WORD: Final = re.compile(_BAR_WORD_PATTERN, re.I)
_BAR_ASCII: Final = re.compile(_BAR_PATTERN)
_BAR_WORD_ASCII: Final = re.compile(_BAR_WORD_PATTERN)
""":data:`_BAR` and :data:`_BAR_WORD` for an ASCII line lower-cased (the words are lower case, and under ``re.I`` an
ASCII character matches just its two cases; an alternation is scanned several times faster without ``re.I``)."""
_BAR_FIRST: Final = re.compile("[" + re.escape("".join(sorted({w[0] for w in BAR_WORDS}))) + "]", re.I)
"""A character that may start a :data:`_BAR_WORD` (under the same ``re.I``): a line without one holds no action
word, so it is no bar."""


_BAR_TAIL: Final = re.compile(
    rf"(?:(?:\s*[|·•]\s*|\s*)(?:{_BAR_WORD_PATTERN})(?:\s*(?:[(（]\s*\d+\s*[)）]|\d+))?)+(?:(?<![\d)）])\s*)?$", re.I
)
"""Words of :data:`BAR_WORDS` with counts, each after spaces or one separator between spaces, run to the end. One
way only to read a line (the spaces after a word were once the word's or the next separator's: a failing line of
14 "点赞 " took 39 s, helper hostile31)."""
BAR_TAIL_CHARS: Final = 400
""":func:`bar_tail` looks at the last this many characters (a bar is a few words: a search over a long line would
try every word start)."""


def bar_tail(text: str) -> int:
    """Where a bar of two or more user action words run into the end of ``text`` starts ("…的压力。回复举报",
    "… 赞 3 回复"), or ``len(text)``."""
    m = _BAR_TAIL.search(text, max(0, len(text) - BAR_TAIL_CHARS))
    if m is None or len(_BAR_WORD.findall(m.group())) < 2:
        return len(text)
    return m.start()


def action_bar(text: str) -> bool:
    """Is ``text`` (at most :data:`ACTION_LINE` characters) a bar of two or more user actions and counts only, or
    of three or more action words among other words and no sentence end at its end ("97已赞过已踩过你对这个回答的评价
    是？评论收起")? (One word alone, "Comments (3)", "评论(3)", may head a comment section, which the tail rules
    cut at.)"""
    if len(text) > ACTION_LINE:
        return False
    if text.isascii():
        text, bar, word = text.lower(), _BAR_ASCII, _BAR_WORD_ASCII
    elif _BAR_FIRST.search(text) is None:
        return False  # no action word: no bar (the answer below, at a fraction of the cost)
    else:
        bar, word = _BAR, _BAR_WORD
    if bar.fullmatch(text) is None and (_SENTENCE_END.search(text) or len(word.findall(text)) < 3):
        return False
    return len({w.lower() for w in word.findall(text)}) >= 2


def user_action(text: str) -> bool:
    """Is ``text`` a short line (at most :data:`ACTION_LINE` characters, no sentence end) naming a user action
    ("举报", "评论(3)", "分享到微博", "Reply", "Share this")?"""
    return len(text) <= ACTION_LINE and _BAR_WORD.search(text) is not None and not _SENTENCE_END.search(text)


def reply_action(text: str) -> bool:
    """Is ``text`` a short line (at most :data:`ACTION_LINE` characters) of :data:`ACTIONS` words ("Quote",
    "Reply", "举报")?"""
    return len(text) <= ACTION_LINE and _action(text)


def action_inside(text: str) -> bool:
    """Does an :data:`ACTIONS` word occur anywhere in ``text``, glued to others too ("ReplyQuote16": a bar of
    buttons read as one line)?"""
    return _action_hint(text)


ACTION_CACHED: Final = 200
"""Texts of at most this many characters have their :func:`_action` answer remembered (the same "Reply", "举报"
and user-name lines are asked of each probe's items; long lines are seldom asked twice)."""


_ADDRESSED: Final = re.compile(r"(?:^|[:：]\s*)(?:回复|回覆|回應|回应)\s*@?[^\s:：]{1,30}\s*[:：]\s*\S{2}")
"""A reply addressed to a poster inside a floor's sub-replies ("X: 回复 Y :text", Tieba's 楼中楼): text, not a bar of
action links, though it holds the word "回复"."""


def _addressed(text: str) -> bool:
    """Is ``text`` a reply addressed to a poster, with its text after the name (:data:`_ADDRESSED`)?"""
    return _ADDRESSED.search(text) is not None


def _action(text: str) -> bool:
    """Is ``text`` a user action (:data:`ACTIONS` words, or like/vote marks and digits alone)?"""
    return _action_cached(text) if len(text) <= ACTION_CACHED else _action_of(text)


_ACTIONS: Final[dict[str, bool]] = {}


def _action_cached(text: str) -> bool:
    acted = _ACTIONS.get(text)
    return acted if acted is not None else remember(_ACTIONS, text, _action_of(text))


def _action_of(text: str) -> bool:
    words = _ACTION_SPLIT.split(text.lower())
    if not _PHRASE_HEADS.isdisjoint(words) and any(f"{a} {b}" in ACTIONS for a, b in pairwise(words)):
        return True  # an action of two words ("Trả lời")
    return not ACTIONS.isdisjoint(words) or (
        not any(words) and any(c in ACTION_SYMBOLS for c in text) and not text.strip(ACTION_SYMBOLS + "0123456789 ")
    )


def _acted(page: Page, items: list[int]) -> bool:
    """Does every item hold a bar of :data:`ACTIONS` links or buttons (a like sibling the template names by no class
    word is a reply when the user can reply to it, report it or like it)?"""
    blocks, lines = page.blocks, page.lines
    pressed = [b for b, label in page.buttons if _action(label)]
    return all(
        any(ln.chars <= ACTION_LINE and _bar_line(ln.text) for ln in lines[blocks[item].start : blocks[item].end])
        or any(item <= b < blocks[item].end_block for b in pressed)
        for item in items
    )


_RUN_ACTION: Final = re.compile("回复|回應|回应|举报|舉報|点赞")
"""Chinese action words of two characters or more, found inside a run of other characters..."""


_LIKE_COUNT: Final = re.compile(rf"[{ACTION_SYMBOLS}](?<![^\s\d][{ACTION_SYMBOLS}])\s*\d*\s*$")
"""A like mark and its count closing a short line, apart from the words before it ("豆芽菜 3 天前 ♥ 2": V2EX's reply
header, whose reply button is an image). (The mark first, the look-behind after it: ``re`` then tries only the
offsets of a mark.)"""


def bare_bar(text: str) -> bool:
    """Is ``text`` an :func:`action_bar` of action words and counts only, run together ("回复赞", "赞 12 | 回复"; not
    "已赞过已踩过你对这个回答的评价是？评论收起", whose other words a Q&A page's answers and a best answer share)?"""
    if len(text) > ACTION_LINE:
        return False
    if text.isascii():
        text, bar = text.lower(), _BAR_ASCII
    elif _BAR_FIRST.search(text) is None:
        return False
    else:
        bar = _BAR
    return bar.fullmatch(text) is not None and action_bar(text)


def _bar_line(text: str) -> bool:
    """Is ``text`` (a short line) a bar of user actions: :func:`_action`, or, with no sentence end and with a date or
    a time, a Chinese :data:`_RUN_ACTION` word run into the text beside it (a comment's footer of inline spans with
    no space between: "<date> 来自江苏回复赞 787"; not Discuz!'s "使用道具举报" under each post, whose table rows would
    then be taken for the posts)?"""
    barred = _BARRED.get(text)
    return barred if barred is not None else remember(_BARRED, text, _bar_line_of(text))


_BARRED: Final[dict[str, bool]] = {}
""":func:`_bar_line`'s answers (the lines of like items are asked of every probe)."""


def _bar_line_of(text: str) -> bool:
    return (
        _action(text)
        or bare_bar(text)
        or _LIKE_COUNT.search(text) is not None
        or (
            not text.isascii()
            and _RUN_ACTION.search(text) is not None
            and _SENTENCE_END.search(text) is None
            and _DATED.search(text) is not None
        )
    )


ANSWER_STEMS: Final = ("reply", "replies", "answer", "floor")
"""Words of a class or id that name the replies of a thread or the answers of a question (not an article's
comments): below a long first post, only items named so (or whose first child elements are) are its replies."""


_ANSWER_NAMED: Final[dict[str, bool]] = {}


def _answer_named(ident: str) -> bool:
    known = _ANSWER_NAMED.get(ident)
    return known if known is not None else remember(_ANSWER_NAMED, ident, _answer_named_of(ident))


def _answer_named_of(ident: str) -> bool:
    return bool(ident) and any(w.startswith(ANSWER_STEMS) for w in _WORD.findall(camel_lower(ident)))


def _answers_below(page: Page, start: int, end: int) -> bool:
    """Is any element that starts in lines ``start:end`` named as a reply or an answer (else no item there is)?"""
    blocks = page.blocks
    k = bisect_left(blocks, start, key=_block_start)  # blocks open in document order: their starts ascend
    there = blocks[k : bisect_left(blocks, end, lo=k, key=_block_start)]
    # a quick test first: a word that starts with a stem is a run of those letters in the lower-cased names
    names = " ".join(map(_ident_of, there)).lower()
    if not any(stem in names for stem in ANSWER_STEMS):
        return False
    return any(_answer_named(blk.ident) for blk in there)


_ident_of: Final = attrgetter("ident")


def _block_start(block: Block) -> int:
    return block.start


def _answer_like(page: Page, item: int) -> bool:
    """Is block ``item``, or one of its first :data:`NAMED_CHILDREN` descendant elements, named as a reply or an
    answer (:data:`ANSWER_STEMS`)?"""
    blocks = page.blocks
    stop = min(blocks[item].end_block, item + 1 + NAMED_CHILDREN)
    return any(_answer_named(blocks[k].ident) for k in range(item, stop))


_ANSWER_OR_FLOOR: Final[dict[str, bool]] = {}


def _answer_or_floor_named(ident: str) -> bool:
    known = _ANSWER_OR_FLOOR.get(ident)
    return known if known is not None else remember(_ANSWER_OR_FLOOR, ident, _answer_or_floor_named_of(ident))


def _answer_or_floor_named_of(ident: str) -> bool:
    return bool(ident) and any(w.startswith(("answer", "floor")) for w in _WORD.findall(camel_lower(ident)))


def _answer_or_floor(page: Page, item: int) -> bool:
    """:func:`_answer_like` for the stems that name a question's answers or a thread's floors only (not "reply": a
    comment widget names its comments replies too)."""
    blocks = page.blocks
    stop = min(blocks[item].end_block, item + 1 + NAMED_CHILDREN)
    return any(_answer_or_floor_named(blocks[k].ident) for k in range(item, stop))


answer_like: Final = _answer_like
answer_named: Final = _answer_named
"""(:func:`_answer_like`, :func:`_answer_named` for the block chooser: an answer chosen alone takes in its question
above.)"""

NAMED_CHILDREN: Final = 3
"""An element without a class or id is a reply when one of its first this many child elements is named as one."""


def _unnamed_reply(page: Page, k: int) -> bool:
    """Is block ``k`` an element without class or id whose first child elements name it a post, reply or comment
    (bbPress: an unnamed ``<li>`` around a ``bbp-reply-header`` and the reply's content)?"""
    blocks = page.blocks
    if blocks[k].ident:
        return False
    idx, stop = k + 1, blocks[k].end_block
    for _ in range(NAMED_CHILDREN):
        if idx >= stop:
            break
        if _reply_like(blocks[idx].ident):
            return True
        idx = blocks[idx].end_block if blocks[idx].end_block > idx else idx + 1
    return False


def _numbered_wrapper(page: Page, k: int) -> bool:
    """Is block ``k`` numbered (a digit in its class or id: one per post, ``<div id="edit455001">``) and a mere shell
    around one element named as a post, reply or comment that holds all its text (vBulletin 3 wraps each
    ``<table id="post455001">`` so)?"""
    blocks = page.blocks
    blk = blocks[k]
    if not blk.ident or k + 1 >= blk.end_block or not _DIGIT.search(blk.ident):
        return False
    child = blocks[k + 1]
    return child.start == blk.start and child.end == blk.end and _reply_like(child.ident)


def _slot(page: Page, line: int, item: int) -> tuple[str, ...]:
    """A line's slot in its item: the tag and first class of up to :data:`SLOT_DEPTH` elements between them; in an
    item named by no class at all (an old BBS's bare ``<table>``), each element's place among its siblings too (the
    author row, the text row, the links row)."""
    out: list[str] = []
    k = page.lines[line].block
    bare = not page.blocks[item].ident
    while k > item and len(out) < SLOT_DEPTH:
        sig = _sig(page, k)
        out.append(f"{sig}{_ordinal(page, k)}" if bare and sig.endswith(".") else sig)
        k = page.blocks[k].parent
    return tuple(out)


def _ordinal(page: Page, k: int) -> int:
    """Block ``k``'s place among its parent's child elements."""
    blocks = page.blocks
    idx, n = blocks[k].parent + 1, 0
    while idx < k:
        idx = blocks[idx].end_block if blocks[idx].end_block > idx else idx + 1
        n += 1
    return n


def _first_items(page: Page, start: int, end: int, gains: list[float]) -> list[int]:
    """The replies below lines ``start:end``: the first group of :func:`items <_items>` that starts within
    :data:`GAP` lines (:data:`LONE_GAP` below a post of one paragraph), or within :data:`FAR_GAP` lines when the
    first post is itself one of them (wears their tag and class: a Discourse topic's post above its topic map); []
    if prose outside them comes first (a line of prose that opens the first item is the item's: a reply may start
    with its text, the user's name inline)."""
    between = 0.0
    lines = page.lines
    paragraphs = sum(1 for g, ln in zip(gains[start:end], lines[start:end], strict=True) if g > 0 and ln.heading != PRE)
    gap = LONE_GAP if paragraphs <= 1 else GAP
    loose = _sentences(page, start, end, gains) <= 1
    memo: dict[tuple[int, bool], list[int]] = {}
    tail = -1  # the end of the first post's item, once prose below the post asked for it
    for probe in range(end, min(end + FAR_GAP, len(lines))):
        items = _items_or_lone(page, probe, gains, loose, memo)
        if not items and probe < end + gap:  # replies told by their time-marked headers alone, right below the post
            items = _items(page, probe, gains, named=False, memo=memo, stamped=True)
        if len(items) == 1 and not _reply_to(page, items[0], start, end):
            items = []  # one item that no class names: a reply only if it shares a line's template with the post
        if items and (
            probe < end + gap
            or _post_is_item(page, start, items[0])
            or (paragraphs <= 1 and _listed(page, items[0]))
            or all(_answer_like(page, i) for i in items)
            or _floors(page, items, gains)
            or _time_marked_posts(page, items, gains)
        ):
            if tail > end and not _post_is_item(page, start, items[0]):
                return []  # the prose below the post was in an element not like the replies
            if len(items) == 1:
                items = _set_apart(page, items[0], gains)
            return items  # a reply may open with its text (the user's name inline)
        boxed = gains[probe] > 0 and (_boxed(page, probe, end) or _teaser_box(page, probe, end))
        gain = 0.0 if boxed else gains[probe]
        if gain > 0 and tail < 0:
            tail = _item_end(page, start, end)
            if sum(1 for g in gains[end:tail] if g > 0) > TAIL_PROSE:
                tail = 0  # more prose than a signature below the post in its element: the post goes on
        if probe < tail:
            continue  # the first post's own tail (a signature, its action bar): not prose outside the replies
        between += gain
        if gain > 0 and probe > end and between > 0:
            return []  # prose that is not in a reply (and outweighs the chrome before it): not a thread
    return []


def _time_marked_posts(page: Page, items: list[int], gains: list[float], *, above: bool = False) -> bool:
    """Are ``items`` posts: :data:`FLOOR_ITEMS` or more of them, and most, hold prose, each of those
    :func:`time-marked <_time_marked>` (``above``: by a header above its last line of prose, :func:`_stamped_post`),
    most with words of their own (not one "this reply was deleted" line repeated: the placeholders of removed posts
    are no thread)? (An item without prose: a post of a picture or a hidden spoiler.)"""
    marked = _stamped_post if above else _time_marked
    told = [i for i in items if any(g > 0 for g in gains[page.blocks[i].start : page.blocks[i].end])]
    return (
        len(told) >= FLOOR_ITEMS
        and 2 * len(told) > len(items)
        and all(marked(page, i, gains) for i in told)
        and 2 * len({_prose_of(page, i, gains) for i in told}) > len(told)
    )


def _prose_of(page: Page, item: int, gains: list[float]) -> tuple[str, ...]:
    """The lines of prose of block ``item``."""
    blk, lines = page.blocks[item], page.lines
    return tuple(lines[i].text for i in range(blk.start, blk.end) if gains[i] > 0)


def _time_marked(page: Page, item: int, gains: list[float]) -> bool:
    """Does block ``item`` hold prose and, outside it, a short line of a name and a time (a post's header or its
    footer: "X 1周前 评论")?"""
    blk, lines = page.blocks[item], page.lines
    return any(g > 0 for g in gains[blk.start : blk.end]) and any(
        gains[i] <= 0 and lines[i].chars <= FLOOR_HEAD and _stamp_line(lines[i].text) for i in range(blk.start, blk.end)
    )


def _teaser_box(page: Page, line: int, end: int) -> bool:
    """Is ``line`` in one of two or more like siblings starting at or below line ``end``, each of a few lines that
    open with a line all link text (a course's or a story's linked title) over a line of prose (a promotion box
    between the first post and its replies, named by no class: its summaries are not prose outside them)?"""
    blocks, lines = page.blocks, page.lines
    k = lines[line].block
    while k > 0 and blocks[k].start >= end and blocks[k].parent >= 0:
        if blocks[k].end - blocks[k].start >= 2:
            items = _like_children(page, k, False)
            if len(items) >= 2:
                return all(_linked_summary(page, i) for i in items)
        k = blocks[k].parent
    return False


def _linked_summary(page: Page, item: int) -> bool:
    blk, lines = page.blocks[item], page.lines
    head = lines[blk.start]
    return (
        blk.end - blk.start <= TEASER_LINES
        and head.link_chars >= head.chars > 0
        and any(ln.punct and not ln.link_chars for ln in lines[blk.start + 1 : blk.end])
    )


TEASER_LINES: Final = 3
"""A promotion's item (:func:`_teaser_box`) is a linked title and a line or two of summary."""
TAIL_PROSE: Final = 2
"""Lines of prose the first post's item may hold below the post (a signature of a line or two)."""


def _item_end(page: Page, start: int, end: int) -> int:
    """The end of the outermost element that holds the first post ``start:end`` and more lines below it, and has a
    like sibling (same tag and first class, alike class words) after it: the first post is an item of a list of
    posts, and the lines below it in its item are its own chrome (a signature, a bar of actions), whatever the
    classes name. 0 if there is none."""
    blocks = page.blocks
    k = page.lines[start].block
    found = 0
    while k > 0 and blocks[k].start <= start:
        if blocks[k].end > end and any(i > k for i in _like_children(page, k, False)):
            found = blocks[k].end
        k = blocks[k].parent
    return found


_SENTENCE_END: Final = re.compile(f"[。！？.!?…{SCRIPT_STOPS}]\\s*[”\"’')）]?\\s*$")


def _set_apart(page: Page, item: int, gains: list[float]) -> list[int]:
    """A lone reply named as one and the group of its like elements (same tag and first class, named so) that
    starts within :data:`FAR_GAP` lines below it through no prose: a best answer set apart above the other
    answers ("最佳答案" … "其他回答"). The lone reply may be a box around such an element (the box named
    ``best-answer``, the answer inside it like the others): then that element stands for it. ``[item]`` if there is
    none."""
    blocks = page.blocks
    blk = blocks[item]
    if not _named(blk):
        return [item]
    inner = {_sig(page, d): d for d in range(blk.end_block - 1, item, -1) if _inner_post(blocks[d], blk)}
    inner[_sig(page, item)] = item
    limit = blk.end + FAR_GAP
    idx = blk.end_block
    while idx < len(blocks) and blocks[idx].start < limit:
        b = blocks[idx]
        if b.end > b.start and _reply_like(b.ident) and sig_of(b.tag, b.ident) in inner:
            if any(g > 0 for g in gains[blk.end : b.start]):
                break
            group = [i for i in _like_children(page, idx, True) if i >= idx]
            if any(_has_prose(blocks[i], gains) for i in group):
                return [inner[sig_of(b.tag, b.ident)], *group]
            break
        idx += 1
    return [item]


def _inner_post(inner: Block, outer: Block) -> bool:
    """Is ``inner`` (inside ``outer``) named as a post and holding half of its lines or more (a best answer's box:
    a label, the answerer's card and a bar of votes around the answer)?"""
    return 2 * (inner.end - inner.start) >= outer.end - outer.start and _reply_like(inner.ident)


def _sentences(page: Page, start: int, end: int, gains: list[float]) -> int:
    """Paragraphs of lines ``start:end`` that end a sentence (an author line "提问者：小明 2019-03-01" is none)."""
    lines = page.lines
    return sum(1 for i in range(start, end) if gains[i] > 0 and _SENTENCE_END.search(lines[i].text))


POST_HEAD: Final = 12
"""Lines above the first post that may hold its header (author, date) in the template its replies share."""


def _post_template(page: Page, item: int, start: int, end: int, head: int = -1) -> bool:
    """Does a line of block ``item`` sit in an element of the same tag and class (a class it has) as a line of the
    first post ``start:end`` or of its header above (the author's name in the same component: a page of hashed
    class names sets a reply in the post's parts)? A class attribute of :func:`utility classes <_utility_classes>`
    is no such template (a Tailwind page wears a few class strings on every kind of element). ``head``: how many
    lines above ``start`` are the header (:data:`POST_HEAD` if not given)."""
    blk, lines = page.blocks[item], page.lines
    ours = {_sig(page, lines[i].block) for i in range(max(0, start - (POST_HEAD if head < 0 else head)), end)}
    found = {
        page.blocks[k].ident
        for i in range(blk.start, blk.end)
        if not (sig := _sig(page, k := lines[i].block)).endswith(".") and sig in ours
    }
    return bool(found) and bool(found - _utility_classes(page, found))  # (none found: no walk of the blocks)


UTILITY_TAGS: Final = 3
"""A class attribute worn as it is by elements of at least this many tags on the page is a set of utility
classes ("flex items-center px-4" on a ``<div>``, an ``<h1>`` and a ``<ul>``): it names no component, so sharing
it is no template."""


def _utility_classes(page: Page, idents: set[str]) -> set[str]:
    """Those of ``idents`` that the page's elements wear on :data:`UTILITY_TAGS` tags or more."""
    tags: dict[str, set[str]] = {}
    for blk in page.blocks:
        if blk.ident in idents:
            tags.setdefault(blk.ident, set()).add(blk.tag)
    return {ident for ident, seen in tags.items() if len(seen) >= UTILITY_TAGS}


def _listed(page: Page, item: int) -> bool:
    """Is ``item`` in a list named as replies ("comment-list", "replies", "answers")? Then it may start within
    :data:`FAR_GAP` lines of a first post of one paragraph."""
    parent = page.blocks[item].parent
    return parent >= 0 and _reply_like(page.blocks[parent].ident)


def _boxed(page: Page, line: int, end: int) -> bool:
    """Is ``line`` in an element with a boilerplate hint (an ad, a widget, a course promotion) that starts at or
    below line ``end`` (a box between the first post and its replies: its prose is not prose outside them)?"""
    blocks = page.blocks
    k = page.lines[line].block
    while k >= 0 and blocks[k].start >= end:
        if blocks[k].hint < 0:
            return True
        k = blocks[k].parent
    return False


def _post_is_item(page: Page, start: int, item: int) -> bool:
    """Is the element holding line ``start`` (or one of its ancestors) an item like ``item``, above it?"""
    sig = _sig(page, item)
    k = page.lines[start].block
    while k > 0 and page.blocks[k].start <= start:
        if k != item and _sig(page, k) == sig and page.blocks[k].end <= page.blocks[item].start:
            return True
        k = page.blocks[k].parent
    return False


def thread_lines(page: Page, start: int, end: int, gains: list[float]) -> tuple[int, int, list[int], frozenset[int]]:
    """``(first, new_end, kept, worn)``: lines ``first:new_end`` are a thread of which only ``kept`` stay: the
    replies below lines ``start:end`` (``first`` is ``end``), or also a first post above them (:func:`_post_above`:
    then ``first`` is its first line and ``kept`` holds it and lines ``start:end``); ``(end, end, [], ∅)`` when no
    replies follow. ``worn``: when ``first`` is ``end``, the lines of ``start:end`` that are the replies' chrome
    (:func:`_first_post_chrome`) or the thread's stats ("4个回答 · 357人关注", :func:`_thread_stats`)."""
    lines = page.lines
    paragraphs = sum(1 for g, ln in zip(gains[start:end], lines[start:end], strict=True) if g > 0 and ln.heading != PRE)
    long_post = paragraphs > MAX_POST_PARAGRAPHS
    posted = long_post and _in_post(page, start)
    headed = long_post and op_marked(page, start, start)
    if (
        long_post
        and not posted
        and not headed
        and not _answers_below(page, end, min(end + FAR_GAP, len(lines)))
        and not _floor_below(page, end, end + FAR_GAP)
    ):
        return end, end, [], frozenset()  # (a quick test: most long posts are articles)
    items = _first_items(page, start, end, gains)
    if len(items) >= MIN_ITEMS:
        items = _next_runs(page, _full_list(page, items, gains), gains)
    if long_post and not (
        items
        and (
            all(_answer_like(page, i) for i in items)
            or (posted and _post_is_item(page, start, items[0]))
            or _floors(page, items, gains)
            or (headed and len(items) >= MIN_ITEMS)
        )
    ):
        return end, end, [], frozenset()
    if not items:
        group = _group_around(page, start, end, gains)
        if group:
            return (*group, frozenset())
        above = _post_above(page, start, end, gains, named=True)
        if above:  # the last post of a thread, its first post above through chrome only
            return above[0], end, [*above, *range(start, end)], frozenset()
        new_end, kept = _same_template(page, start, end, gains)
        return end, new_end, kept, frozenset()
    owner, chrome = _chrome(page, items, gains, 1)
    if not chrome:
        return end, end, [], frozenset()  # no user chrome between the texts: paragraphs or headlines, not replies
    labelled = _labelled(page, items, owner)
    data = _data_cells(page, owner)
    kept = [
        i
        for i in sorted(owner)
        if (i in data or _slot(page, i, owner[i]) not in chrome)
        and not _signed(page, i, owner[i])
        and i not in labelled
    ]
    kept = sorted({*kept, *_runs_between(page, items, gains)})
    new_end = page.blocks[items[-1]].end
    if not any(_answer_like(page, i) for i in items) and (answers := _answers_after(page, new_end, gains)):
        new_end, kept = answers[0], [*kept, *answers[1]]  # comments under a question, then its answers
    above = _post_above(page, start, end, gains)
    if above:
        return above[0], new_end, [*above, *range(start, end), *kept], frozenset()
    stats = frozenset(i for i in range(start, end) if not page.lines[i].heading and _thread_stats(page.lines[i].text))
    return end, new_end, kept, _first_post_chrome(page, start, end, items, owner, chrome, gains) | stats


def _runs_between(page: Page, items: list[int], gains: list[float]) -> list[int]:
    """The lines of replies in another template set between two of ``items`` (a run of hot, VIP or moderator
    replies, or of posts kept from an older template, in the middle of the list): the post list is the union of its
    like runs, so each gap's group of like items (:func:`_items`, at least :data:`MIN_ITEMS` with prose, wearing
    user chrome of their own) stays, less its chrome slots. An advert or a list of teasers between two floors is
    no such group (no item named as a post and no reply link, or no chrome)."""
    blocks = page.blocks
    out: list[int] = []
    memo: dict[tuple[int, bool], list[int]] = {}
    for a, b in pairwise(items):
        lo, hi = blocks[a].end, blocks[b].start
        probe = lo
        while probe < hi:
            group = _items(page, probe, gains, memo=memo) or _items(page, probe, gains, named=False, memo=memo)
            if len(group) < MIN_ITEMS or blocks[group[0]].start < lo or blocks[group[-1]].end > hi:
                probe += 1
                continue
            owner, chrome = _chrome(page, group, gains, 1)
            if chrome:
                labelled = _labelled(page, group, owner)
                out.extend(
                    i
                    for i in sorted(owner)
                    if _slot(page, i, owner[i]) not in chrome and not _signed(page, i, owner[i]) and i not in labelled
                )
            probe = max(probe + 1, blocks[group[-1]].end)
    return out


def _first_post_chrome(
    page: Page,
    start: int,
    end: int,
    items: list[int],
    owner: dict[int, int],
    chrome: set[tuple[str, ...]],
    gains: list[float],
) -> frozenset[int]:
    """The lines of a first post ``start:end`` set in an element like its replies (same tag and first class, digits
    aside, under the same parent) that sit in the replies' chrome slots: the post wears its replies' template (a
    rating table and its reasons, a user panel inside the chosen block), so what is chrome in theirs is chrome in
    its. A sentence of its own (:func:`_own_prose`: not a line the replies wear) stays, and so do headings."""
    blocks, lines = page.blocks, page.lines
    parent = blocks[items[0]].parent
    k = child_toward(blocks, lines[start].block, parent)
    if k <= parent or k in items or blocks[k].end < end or _sig(page, k) != _sig(page, items[0]):
        return frozenset()
    worn = _worn(lines, owner)
    return frozenset(
        i
        for i in range(start, end)
        if not lines[i].heading and _slot(page, i, k) in chrome and not _own_prose(lines[i], gains[i], worn)
    )


def _answers_after(page: Page, at: int, gains: list[float]) -> tuple[int, list[int]] | None:
    """Below a question's comments (ending before line ``at``), its answers: items named as answers (or one answer
    alone, :func:`_lone_reply`) starting within :data:`GAP` lines through no prose; ``(end, kept)`` with their lines
    less their chrome slots, or None."""
    blocks, lines = page.blocks, page.lines
    memo: dict[tuple[int, bool], list[int]] = {}
    for probe in range(at, min(at + GAP, len(lines))):
        items = _items_or_lone(page, probe, gains, False, memo)
        if items and blocks[items[0]].start >= at and all(_answer_like(page, i) for i in items):
            owner, chrome = _chrome(page, items, gains, 2 if len(items) > 1 else 1)
            if not chrome:
                return None
            labelled = _labelled(page, items, owner)
            kept = [
                i
                for i in sorted(owner)
                if _slot(page, i, owner[i]) not in chrome and not _signed(page, i, owner[i]) and i not in labelled
            ]
            return blocks[items[-1]].end, kept
        if gains[probe] > 0:
            return None
    return None


def _last_prose(page: Page, item: int, gains: list[float]) -> str:
    """The last line of prose of ``item`` (a reply's own words: a quote opens it), or ""."""
    blk = page.blocks[item]
    return next((page.lines[i].text for i in range(blk.end - 1, blk.start - 1, -1) if gains[i] > 0), "")


def _holds(block: Block, line: int) -> bool:
    return block.start <= line < block.end


def _full_list(page: Page, items: list[int], gains: list[float]) -> list[int]:
    """``items``, or the list of like items in the same template just below them (within :data:`GAP` lines, in
    another element) when that list repeats most of their posts: ``items`` were a box of highlighted copies ("最赞回应",
    "热门评论", "Top comments") above the full list, whose order and posts are the thread's."""
    blocks = page.blocks
    last = blocks[items[-1]].end
    sig = _sig(page, items[0])
    mine = {_last_prose(page, i, gains) for i in items}
    mine.discard("")
    if not mine:
        return items
    memo: dict[tuple[int, bool], list[int]] = {}
    for probe in range(last, min(last + GAP, len(page.lines))):
        more = _items(page, probe, gains, memo=memo) or _items(page, probe, gains, named=False, memo=memo)
        if len(more) < MIN_ITEMS or blocks[more[0]].parent == blocks[items[0]].parent:
            continue
        theirs = {_last_prose(page, i, gains) for i in more}
        if _sig(page, more[0]) != sig:
            # a box in a compact template of its own ("最赞回应" over the full list): copies only when the longer
            # list below repeats every one of its posts
            if len(more) > len(items) and mine <= theirs:
                return more
            continue
        if 2 * len(mine & theirs) > len(mine):
            return more
        return items
    return items


RUN_GAP: Final = 6
"""At most this many lines (no prose among them: a page bar, "第 2 页") between one list of posts and the next..."""
RUN_TIP: Final = 12
"""...but a line of at most this many characters ("正在加载中…") may weigh as prose."""


def _next_runs(page: Page, items: list[int], gains: list[float]) -> list[int]:
    """``items`` and the items of the lists that follow theirs in the same template: a thread served a page after
    another (each page's floors in a list of its own, a page bar and a page head between) is one list of posts. A
    next list starts within :data:`RUN_GAP` lines of the last item through lines without prose, its container and
    its items wear the tag and first class of the first's (not the same container: then they are one list), and
    at most half of its posts repeat one seen (copies of posts are :func:`_full_list`'s). A run of posts in another
    template between two lists (hot or VIP replies) is stepped over (:func:`_runs_between` keeps it)."""
    blocks, lines = page.blocks, page.lines
    sig, holder = _sig(page, items[0]), blocks[items[0]].parent
    outer = _sig(page, holder) if holder >= 0 else ""
    seen = {_last_prose(page, i, gains) for i in items}
    out = list(items)
    memo: dict[tuple[int, bool], list[int]] = {}
    probe = blocks[out[-1]].end
    stop = min(probe + RUN_GAP, len(lines))
    while probe < stop:
        more = _items(page, probe, gains, memo=memo) or _items(page, probe, gains, named=False, memo=memo)
        parent = blocks[more[0]].parent if more else -1
        if (
            len(more) >= MIN_ITEMS
            and blocks[more[0]].start >= probe
            and parent != holder
            and parent >= 0
            and _sig(page, more[0]) == sig
            and _sig(page, parent) == outer
        ):
            theirs = {_last_prose(page, i, gains) for i in more} - {""}
            if 2 * len(seen & theirs) > len(theirs):
                break  # (one-liners recur: "顶", "mark"; copies repeat most posts)
            seen |= theirs
            out.extend(more)
            probe = blocks[more[-1]].end
            stop = min(probe + RUN_GAP, len(lines))
            continue
        if len(more) >= MIN_ITEMS and blocks[more[0]].start >= probe and parent not in (holder, -1):
            probe = blocks[more[-1]].end  # a run of posts in another template between two lists (hot replies)
            stop = min(probe + RUN_GAP, len(lines))
            continue
        if gains[probe] > 0 and lines[probe].chars > RUN_TIP:
            break  # prose between the lists: not one thread's pages
        probe += 1
    return out


COMMENT_REACH: Final = 30
"""A comment's first line is at most this many lines above its action bar."""


def comment_section(
    page: Page,
    start: int,
    end: int,
    gains: list[float],
    least: int = MAX_POST_PARAGRAPHS,
    *,
    buttons: bool = False,
    story: bool = False,
) -> range:
    """Lines of ``start:end`` that are an article's comment section (``range(0)`` if none): below more than
    :data:`MAX_POST_PARAGRAPHS` paragraphs of prose that are in no item (an article, not a thread's short first
    post), :data:`MIN_ITEMS` or more like siblings with prose, each with a reply / report / like bar
    (:func:`_acted`) and user chrome repeated in their slots (:func:`_chrome`: names, dates), none named as an
    answer or a floor (:data:`ANSWER_STEMS`: a thread's replies) and unlike the element that holds the article
    (a forum's opening post in its replies' template), in an element of their own that starts below the article's
    last line of prose (a thread sets its first post's paragraphs beside its replies). The section is the highest
    element around them that starts below that line (its header, a comment count, a "more comments" link go with it).
    Like the rule of :func:`thread_lines` for a long first post: an article is followed by comments, not
    answers. ``least`` replaces :data:`MAX_POST_PARAGRAPHS` for a text known to be a news story (a byline under the
    page's title: ``content._byline``), whose comments follow it however short it is. ``buttons``: a text known to
    be a story by its markup (its title and text in one ``<article>``), whose comments' bars may be ``<button>``s
    alone (a line where an element after an action button opens stands for the bar; not below a forum post's byline:
    XenForo's posts have their "Reply" buttons). ``story``: a text known to be a platform's article by its byline
    (a read count, :func:`read_count`): unless the items bear a thread's marks (:func:`floored`), its comments may
    be named as replies and may follow the story's own bar."""
    lines, blocks = page.lines, page.blocks
    memo: dict[tuple[int, bool], list[int]] = {}
    tried, bars, paragraphs = start + least, 0, 0
    story = story and not floored(page, start, end)
    pressed = {blocks[b].start for b, label in page.buttons if _action(label)} if buttons else set()
    for i in range(start, end):
        ln = lines[i]
        bar = paragraphs > least and (
            (ln.chars <= ACTION_LINE and _action_hint(ln.text) and (_action(ln.text) or action_bar(ln.text)))
            or i in pressed
        )
        if gains[i] > 0 and ln.heading != PRE and not bar:
            paragraphs += 1
        elif bar:
            # a reply / like bar below the article's first paragraphs: the comments' first one, or the article's own
            # ("举报", "分享" under its last paragraph) with the comments below it (up to COMMENT_BARS bars, below
            # more than MAX_POST_PARAGRAPHS paragraphs: a forum's short first post has its own bar above the replies)
            if bars and paragraphs <= MAX_POST_PARAGRAPHS and not story:
                break
            probes = range(max(tried + 1, i - COMMENT_REACH), i + 1)
            found = _comment_items(page, start, end, gains, least, probes, memo, story)
            if found is not None:
                return found
            tried, bars = i, bars + 1
            if bars >= COMMENT_BARS:
                break
    return range(0)


COMMENT_BARS: Final = 3
"""How many action bars below an article's first paragraphs :func:`comment_section` tries as a comment's bar."""

_FLOOR: Final = re.compile(
    r"(?:#\d{1,5}|\d{1,5}\s*[楼樓#]|[楼樓]主|沙[发發]|板凳|地板|[只仅僅]看(?:[楼樓]主|[该該]作者|他)|倒序看[帖贴])"
)
"""A thread's marks: a floor number ("#1", "2楼", "沙发"), the opening poster ("楼主"), "只看楼主", "倒序看帖"."""


_READS: Final = re.compile(
    r"阅读\s*(?:量|数)?\s*[:：]?\s*\d[\d.,]*\s*[万wW]?\+?|\d[\d.,]*\s*[万wW]?\+?\s*(?:次|人)?阅读"
    r"|(?:来源|稿源|責任編輯|责任编辑|编辑|編輯)\s*[:：]"
)
"""A read count ("阅读 4.8万", "阅读量：3,574", "1.2万阅读") or a news source or editor ("来源：X", "责任编辑："): an
article's byline shows one, a forum's post header does not (it names the poster, "来自: X", and counts views of the
thread, "查看" / "浏览", beside its title)."""


def read_count(page: Page, start: int, end: int) -> bool:
    """Does a short line of ``start:end`` (a byline) show a read count or a source (:data:`_READS`)?"""
    lines = page.lines
    return any(lines[i].chars <= REPEAT_CHARS * 2 and _READS.search(lines[i].text) for i in range(start, end))


def floored(page: Page, start: int, end: int) -> bool:
    """Do lines ``start:end`` hold a thread's marks (:data:`_FLOOR`, a line of its own)? A community post's replies
    set under its own bar, which a story's comments are not."""
    lines = page.lines
    return any(lines[i].chars <= 8 and _FLOOR.fullmatch(lines[i].text.strip()) for i in range(start, end))


_OP_HEAD: Final = re.compile(r"[只仅僅]看(?:[楼樓]主|[该該]作者)|(?<!\w)[楼樓]主\s*[:：]")
"""A thread's head naming its opening poster: "只看楼主" / "只看该作者" (a link to the first poster's floors only) or
"楼主：X". A news story's byline shows neither."""
HEAD_REACH: Final = 4
"""The thread's head is at most this many lines above its first post."""


def op_marked(page: Page, start: int, end: int) -> bool:
    """Does a short line of ``start:end``, or of the :data:`HEAD_REACH` lines above, name the thread's opening poster
    (:data:`_OP_HEAD`)? Then the list below the post is its floors, numbered or not ("全部回复" of a community post
    whose replies show a name, a time and a reply link only), not an article's comments."""
    lines = page.lines
    return any(
        lines[i].chars <= REPEAT_CHARS and _OP_HEAD.search(lines[i].text) is not None
        for i in range(max(0, start - HEAD_REACH), min(end, len(lines)))
    )


def floor_marked(page: Page, start: int, end: int) -> bool:
    """Does a short line of ``start:end`` hold or end with a thread's mark (:data:`_FLOOR`: "山海经5982楼", a poster's
    name line closed by its floor number)? Looser than :func:`floored`."""
    lines = page.lines
    return any(
        lines[i].chars <= REPEAT_CHARS * 2
        and (m := _FLOOR.search(lines[i].text)) is not None
        and m.end() >= len(lines[i].text.rstrip())
        for i in range(start, end)
    )


def _comment_items(
    page: Page,
    start: int,
    end: int,
    gains: list[float],
    least: int,
    probes: range,
    memo: dict[tuple[int, bool], list[int]],
    story: bool = False,
) -> range | None:
    """:func:`comment_section` for the comments whose first one starts at one of the lines ``probes`` (above an
    action bar): the section, ``range(0)`` when the text is no article followed by comments, or None when no
    comments start there."""
    lines, blocks = page.lines, page.blocks
    for probe in probes:
        if lines[probe].block == lines[probe - 1].block:
            continue  # the same element: the same items
        found = _items(page, probe, gains, named=False, memo=memo) or _items(page, probe, gains, memo=memo)
        items = [i for i in found if blocks[i].end <= end]
        named = _answer_or_floor if story else _answer_like
        if len(items) < MIN_ITEMS or not _acted(page, items) or any(named(page, i) for i in items):
            continue
        if not story and _floors(page, items, gains):
            continue  # numbered floors under a name and a time each: a thread's replies, whatever their classes
        first = blocks[items[0]].start
        prose = [i for i in range(start, first) if gains[i] > 0 and lines[i].heading != PRE]
        if len(prose) > least and least >= MAX_POST_PARAGRAPHS:
            listed = listed_replies(page, prose, start, gains)
            if len(prose) - len(listed) <= least:
                return range(0)  # a short first post and a list of replies above the items: their thread goes on
        if (
            len(prose) <= least
            or _post_is_item(page, start, items[0])
            # (a story's byline may share a "meta" class with its comments' user lines: its text is the template)
            or _post_template(page, items[0], start, prose[-1] + 1, 0 if story else -1)
        ):
            return range(0)
        if not _chrome(page, items, gains, 2)[1]:
            return range(0)
        k = blocks[items[0]].parent
        last = _last_paragraph(page, prose, blocks[k].start)
        if blocks[k].start <= last:
            # the post's paragraphs and the items side by side: a thread's post and its replies; but a news story
            # (``least`` below the default) in an element of its own above the items: its comments follow it
            own = _child_holding(page, k, last) if least < MAX_POST_PARAGRAPHS else -1
            if own < 0 or blocks[own].end > blocks[items[0]].start:
                return range(0)
            return range(blocks[own].end, min(end, blocks[items[-1]].end))
        while blocks[k].parent >= 0 and blocks[blocks[k].parent].start > last:
            k = blocks[k].parent
        return range(blocks[k].start, min(end, max(blocks[k].end, blocks[items[-1]].end)))
    return None


def listed_replies(page: Page, prose: list[int], start: int, gains: list[float]) -> set[int]:
    """The lines of ``prose`` held by a list of replies that starts at or below line ``start``: :data:`MIN_ITEMS` or
    more like siblings with prose, named as posts or replies or each under a header of a name and a time."""
    blocks, lines = page.blocks, page.lines
    out: set[int] = set()
    seen: dict[int, bool] = {}
    for i in prose:
        k = lines[i].block
        while k > 0 and blocks[k].start >= start:
            listed = seen.get(k)
            if listed is None:
                items = [j for j in _like_children(page, k, False) if _has_prose(blocks[j], gains)]
                listed = len(items) >= MIN_ITEMS and (
                    all(_named(blocks[j]) for j in items) or _time_marked_posts(page, items, gains, above=True)
                )
                seen[k] = listed
            if listed:
                out.add(i)
                break
            k = blocks[k].parent
    return out


SECTION_HEAD: Final = 16
"""A line of prose this short that ends no sentence, in the element of a list of comments above its first one, is
the section's header ("读者留言（9）", "Comments (12):"), not a paragraph beside the comments."""


def _last_paragraph(page: Page, prose: list[int], section: int) -> int:
    """The last of the lines ``prose`` (above a list of comments whose element starts at line ``section``) that is
    no header of that list: short lines that end no sentence from ``section`` on are stepped over."""
    lines = page.lines
    for i in reversed(prose):
        ln = lines[i]
        if i < section or ln.chars > SECTION_HEAD or _SENTENCE_END.search(ln.text):
            return i
    return prose[0]


def _child_holding(page: Page, parent: int, line: int) -> int:
    """The child block of ``parent`` that holds ``line``, or -1 (the line is ``parent``'s own)."""
    k = page.lines[line].block
    while k >= 0 and page.blocks[k].parent != parent:
        k = page.blocks[k].parent
    return k


def post_headers(page: Page, start: int, end: int) -> frozenset[int]:
    """The lines of a thread's first post ``start:end`` that are its header (:func:`_post_header`): they go like
    its replies' user chrome."""
    return frozenset(i for i in range(start, end) if _post_header(page.lines[i]))


MINOR_HEADING: Final = 3
"""A heading of this level or lower (``<h3>``-``<h6>``) may be a first post's header line (:func:`_post_header`)."""


def _post_header(line: Line) -> bool:
    """Is ``line`` (of a thread's first post) its header: a short line (:data:`REPEAT_CHARS` characters, digits
    aside) that holds a date or a time, a label's colon and no sentence end ("来自: 南山小道士 2023-07-01 09:12",
    "Posted by: X on 2023-07-01"), no heading but a minor one (Douban sets it in an ``<h3>``)?"""
    text = line.text
    return (
        (not line.heading or MINOR_HEADING <= line.heading < PRE)
        and _OVER_REPEAT.match(text) is None
        and _DATED.search(text) is not None
        and (":" in text or "：" in text)
        and _SENTENCE_END.search(text) is None
    )


FLAT_POSTS: Final = 3
"""A block holds a flat thread when at least this many of its lines are post headers in one template..."""
FLAT_CHARS: Final = 180
"""(A quick bound: a header line is no longer than this, digits and spaces included: three times REPEAT_CHARS.)"""
_CLOCK: Final = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def flat_headers(page: Page, start: int, end: int, gains: list[float]) -> frozenset[int]:
    """The user chrome of a *flat* thread in lines ``start:end``: posts written one after another in one element,
    each opened by a header line and set apart by nothing else (an ``<hr>``, a bare table row: no element per post
    for :func:`_items` to find). Its header lines are short lines with a time of day, a label's colon and no
    sentence end, at least :data:`FLAT_POSTS` of them with the same labels (and half of all such lines), a line of
    text below each that is no link line and no other header (a post may be "顶") ("5楼 作者：X 发表于 <date>",
    "留言人：X 时间：<date> IP：…", "X wrote on <date>:"); with them go the short lines that weigh nothing or less
    and recur (digits aside) as often as the headers, less one, and the short lines whose labels recur so (each
    post's "回复 | 引用 | 顶部" bar, its user's "等级：5级", "Joined: Mar 2021"), below the first header the quotes'
    headers (:func:`_quote_header`: "以下是引用X在<date>的发言：") and above it the thread's stats
    (:func:`_thread_stats`: "[ 浏览 1557 | 回复 3 ]"). A reply's "Re:" is no label. Empty when the lines hold no
    such thread."""
    lines = page.lines
    heads: dict[tuple[str, ...], list[int]] = {}
    timed = [i for i, ln in enumerate(lines[start:end], start) if ":" in ln.text]  # (a time of day has one)
    if len(timed) < FLAT_POSTS:
        return frozenset()
    for i in timed:
        ln = lines[i]
        text = ln.text
        if (
            len(text) > FLAT_CHARS
            or ln.heading
            or _CLOCK.search(text) is None
            or _OVER_REPEAT.match(text) is not None
            or _SENTENCE_END.search(text) is not None
        ):
            continue
        labels = tuple(x for x in _LABEL_SPACED.findall(text) if not REPLY_PREFIX.fullmatch(x))
        if labels:  # ("Post subject: Re: <title>" under the thread's first "Post subject: <title>")
            heads.setdefault(labels, []).append(i)
    found = max(heads.values(), key=len, default=[])
    if len(found) < FLAT_POSTS or 2 * len(found) < sum(map(len, heads.values())):
        return frozenset()  # (no one template: a BBS's pushes "推 X: <text> 01/05 12:30", each labelled by its user)
    stops = [*found[1:], end]
    if not all(_own_line(page, a + 1, b) for a, b in zip(found, stops, strict=True)):
        return frozenset()  # a header without a post below it: a list of dated entries, not a thread
    counts: dict[str, list[int]] = {}
    for i in range(start, end):
        raw = lines[i].text
        if _OVER_REPEAT.match(raw) is not None:
            continue  # (a long line: not made digit-free to be measured)
        text = _NO_DIGITS.sub("", raw)
        if not text:
            continue
        named: list[str] = _LABEL_SPACED.findall(raw) if _SENTENCE_END.search(raw) is None else []
        if named:  # a card's "Joined: Mar 2021", "Posts: 12": its labels recur, not its values
            counts.setdefault("\n".join(named), []).append(i)
        elif gains[i] <= 0:
            counts.setdefault(text, []).append(i)
    bars = [i for ids in counts.values() if len(ids) >= len(found) - 1 for i in ids]
    quotes = [i for i in range(found[0], end) if _quote_header(page, i)]
    stats = [i for i in range(start, found[0]) if _thread_stats(lines[i].text)]
    return frozenset([*found, *bars, *quotes, *stats])


def _own_line(page: Page, start: int, end: int) -> bool:
    """Does a line of ``start:end`` hold text that is mostly not link text?"""
    return any(2 * ln.link_chars < ln.chars for ln in page.lines[start:end])


COMMENT_STEMS: Final = ("comment", "reply", "replies", "cmt")
"""Words of a class or id that name a comment (not a post: a blog's own post is a "post-body")."""


def reply_named(page: Page, line: int) -> bool:
    """Is ``line`` inside an element named as a comment or reply (:data:`COMMENT_STEMS`: "comment-body",
    "comments-block")?"""
    blocks = page.blocks
    k = page.lines[line].block
    while k > 0:
        ident = blocks[k].ident
        if ident and any(w.startswith(COMMENT_STEMS) for w in _WORD.findall(camel_lower(ident))):
            return True
        k = blocks[k].parent
    return False


def _in_post(page: Page, start: int) -> bool:
    """Is line ``start`` inside an element named as a post or reply (a thread's long first post written in the
    template of its replies)?"""
    k = page.lines[start].block
    while k > 0:
        if _named(page.blocks[k]):
            return True
        k = page.blocks[k].parent
    return False


FLOOR_ITEMS: Final = 3
"""A list of posts told by its shape alone has at least this many items (:func:`_floors`)."""
FLOOR_LABEL: Final = 40
FLOOR_LABEL_REACH: Final = 3
_COMMENTS_LABEL: Final = re.compile(r"(?i:\bcomments?\b)|评论|評論|留言")
"""Numbered items under a short line (no link: not an "Add a comment" link) naming comments within
:data:`FLOOR_LABEL_REACH` lines above the first ("读者留言（12）", "Readers' comments (12)") are an article's comments,
not a thread's floors."""
FLOOR_STEP: Final = 2
"""Floor numbers rise by one from item to item, or by two past a floor left out (deleted, or set apart as an ad)."""
FLOOR_HEAD: Final = 96
"""A post's header line (name, time, floor number: :func:`_floors`) is at most this many characters long."""
_AGE: Final = re.compile(
    r"\b\d+\s*(?:second|minute|hour|day|week|month|year)s?\s+ago\b|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|個?月|个月|年)前",
    re.I,
)
"""A post's age in its header ("2 years ago", "3 天前")."""
_FLOOR_NO: Final = re.compile(
    r"(?<![\w#])#\s?(\d{1,5})\b|(?<![\d.])(\d{1,5})\s*(?:[楼樓]|#(?![\w#])|#(?=[发發]表))|第\s*(\d{1,5})\s*[楼樓]"
    r"|\b(?i:reply|post|comment|answer|no\.?)\s*#?\s*(\d{1,5})\b|(?:回复|回帖|回覆)\s*#?\s*(\d{1,5})(?!\d)"
)
"""A post's floor number in a short line of its header ("#2", "Reply 2 - Posted by", "3楼", "第3楼", "5#", and
"2#发表于 …": a floor table served without whitespace glues the mark to the stamp)."""
_FLOOR_MARK: Final = re.compile(r"[#楼樓回RrPpCcAaNn]")
"""A character every match of :data:`_FLOOR_NO` holds: "#", "楼", "樓", "回", or the first letter of "reply", "post",
"comment", "answer" or "no" in either case (no other character matches one of those ignoring case). A quick search:
a header line of a date and a name alone ("发表于 2024-06-06 10:00") is passed over without the full pattern."""
_NAMED_FLOOR: Final = re.compile(r"(?<!\w)(?:([楼樓]主)|(沙[发發])|(板凳)|(地板))(?!\w)")
"""The first four floors as a Chinese forum names them, a word of their own in a post's header line (not "只看楼主"):
"楼主", "沙发", "板凳", "地板" are floors 1 to 4 (Discuz! numbers the fifth "5#")."""


def _floor_below(page: Page, start: int, end: int) -> bool:
    """Does a short line of ``start:end`` hold a floor number (:data:`_FLOOR_NO`)? (A quick test for
    :func:`_floors`.)"""
    lines = page.lines
    return any(lines[i].chars <= FLOOR_HEAD and _numbered(lines[i].text) for i in range(start, min(end, len(lines))))


def _numbered(text: str) -> bool:
    """Does ``text`` hold a floor number (:data:`_FLOOR_NO`)? Remembered (:func:`_floor_below` is asked of the same
    forty lines by each probe of a page's threads)."""
    known = _FLOOR_NUMBERED.get(text)
    return known if known is not None else remember(_FLOOR_NUMBERED, text, _numbered_of(text))


_FLOOR_NUMBERED: Final[dict[str, bool]] = {}


def _numbered_of(text: str) -> bool:
    """:func:`_numbered`'s answer. Each branch of :data:`_FLOOR_NO` holds a digit: a line without one is passed
    over by a quick search (the full pattern costs ten times as much per character), and so is one without a
    :data:`_FLOOR_MARK`."""
    return (
        _DIGIT.search(text) is not None
        and _FLOOR_MARK.search(text) is not None
        and _FLOOR_NO.search(text) is not None
    )


def _floors(page: Page, items: list[int], gains: list[float]) -> bool:
    """Are ``items`` (like siblings) a thread's floors told by their shape alone, whatever their classes name: at
    least :data:`FLOOR_ITEMS` of them, each holding prose and, above its last line of prose, a short header of a
    name and a time (a date, a time of day or an age) with a floor number, the numbers rising by one (or
    :data:`FLOOR_STEP`) from item to item, one item at most without one (a reply box, an ad in the floors' template)
    ("#1 Post by X » 2024-04-10 16:01", "Reply 2 - Posted by: X 5/21/2024 4:50:13 AM", "X 2017-12-03 16:59
    #3"), under no short line naming comments just above the first (:data:`_COMMENTS_LABEL`)? A long first post
    takes such replies in."""
    if len(items) < FLOOR_ITEMS:
        return False
    numbers: list[int] = []
    spare = len(items) - max(FLOOR_ITEMS, len(items) - 1)  # (one item may be no floor: a reply box, an ad)
    for i in items:
        n = _floor_number(page, i, gains)
        if n >= 0:
            numbers.append(n)
        elif spare == 0:
            return False
        else:
            spare -= 1
    if not all(0 < b - a <= FLOOR_STEP for a, b in pairwise(numbers)):
        return False
    lines, first = page.lines, page.blocks[items[0]].start
    return not any(
        2 * lines[i].link_chars < lines[i].chars <= FLOOR_LABEL and _COMMENTS_LABEL.search(lines[i].text) is not None
        for i in range(max(0, first - FLOOR_LABEL_REACH), first)
    )


def _floor_number(page: Page, item: int, gains: list[float]) -> int:
    """The floor number of block ``item``'s header (:func:`_floors`), -1 if it has none above a line of text."""
    blk, lines = page.blocks[item], page.lines
    last = next((i for i in range(blk.end - 1, blk.start - 1, -1) if gains[i] > 0 or _said(lines[i])), -1)
    for i in range(blk.start, last):
        text = lines[i].text
        if _stamp_line(text):
            m = _FLOOR_NO.search(text)
            if m is not None:
                return int(next(g for g in m.groups() if g is not None))
            named = _NAMED_FLOOR.search(text)
            if named is not None:
                return named.lastindex or 0
    return -1


def _said(line: Line) -> bool:
    """Is ``line`` a post's text however short: a letter, mostly no link text (an "@name" may open it), no heading,
    no action word, no date or time?"""
    return (
        line.chars > 2 * line.link_chars
        and not line.heading
        and _LETTER.search(line.text) is not None
        and not _action(line.text)
        and (_DIGIT.search(line.text) is None or (_DATED.search(line.text) is None and _AGE.search(line.text) is None))
    )


def _stamp_line(text: str) -> bool:
    """Does ``text`` (a short line) hold a date, a time of day or an age, and a word besides (a user's name)?
    Remembered: the same header lines are asked of every probe's items."""
    if len(text) > FLOOR_HEAD or _DIGIT.search(text) is None:
        return False  # (dates, times of day and ages all hold a digit)
    stamped = _STAMPED.get(text)
    return stamped if stamped is not None else remember(_STAMPED, text, _stamp_line_of(text))


_STAMPED: Final[dict[str, bool]] = {}


def _stamp_line_of(text: str) -> bool:
    rest = _AGE.sub("", _DATED.sub("", text))
    return rest != text and _LETTER.search(_FLOOR_NO.sub("", _DIGITS.sub("", rest))) is not None


def _group_around(page: Page, start: int, end: int, gains: list[float]) -> tuple[int, int, list[int]] | None:
    """When lines ``start:end`` are the last (or a later) one of a few like items named as posts or answers (the
    chosen post is the last answer, which outweighs the question and the answer above it; or a middle answer whose
    own comments, in a box hinted as boilerplate, keep the answers below from reading as its replies), the thread
    around it: ``(first, new_end, kept)`` as :func:`thread_lines` gives it (the question above the first item
    included; lines in a hinted box inside an item go); None otherwise. Prose in a hinted box inside an element
    does not stop the climb to the items."""
    blocks = page.blocks
    k = page.lines[start].block
    while k > 0 and blocks[k].parent >= 0 and not _unboxed_prose(page, gains, k, start, end):
        if _reply_like(blocks[k].ident) and blocks[k].start <= start:
            items = _like_siblings(page, k)
            if (
                len(items) >= MIN_ITEMS
                and k in items
                and (k != items[0] or all(_has_prose(blocks[i], gains) for i in items))
            ):
                owner, chrome = _chrome(page, items, gains, 1)
                if not chrome:
                    return None
                labelled = _labelled(page, items, owner)
                kept = {
                    i
                    for i in owner
                    if _slot(page, i, owner[i]) not in chrome
                    and not _signed(page, i, owner[i])
                    and i not in labelled
                    and not _hinted_in(page, i, owner[i])
                }
                if not kept:
                    return None  # every line of the items in a hinted box (Tieba's pb-comment-item in a list item)
                first = blocks[items[0]].start
                kept.update(_post_above(page, start, end, gains) or _post_like_items(page, items, gains))
                return min(kept | {first}), max(end, blocks[items[-1]].end), sorted(kept)
        k = blocks[k].parent
    return None


def _hinted_in(page: Page, line: int, k: int) -> bool:
    """Is ``line`` in an element with a boilerplate hint inside block ``k`` (an answer's comments, a share bar)?"""
    blocks = page.blocks
    b = page.lines[line].block
    while b > k and blocks[b].hint >= 0:
        b = blocks[b].parent
    return b > k


def _unboxed_prose(page: Page, gains: list[float], k: int, start: int, end: int) -> bool:
    """Does block ``k`` hold a line of prose outside ``start:end`` that is in no element inside it with a
    boilerplate hint (an answer's own comments: the answer is still a post among chrome)?"""
    blocks = page.blocks
    lo, hi = blocks[k].start, blocks[k].end
    return any(gains[i] > 0 and not _hinted_in(page, i, k) for i in chain(range(lo, start), range(end, hi)))


def _like_siblings(page: Page, k: int) -> list[int]:
    """Block ``k`` and its like siblings (same tag and first class, each named as a post or answer), each with a
    line of prose, in page order."""
    blocks = page.blocks
    return [i for i in _like_children(page, k, True) if blocks[i].end - blocks[i].start >= 2]


def _like_children(page: Page, k: int, named: bool) -> list[int]:
    """The children of block ``k``'s parent that are like it (same tag and first class, :func:`_like_item`), hold
    text and no strong boilerplate hint, in page order."""
    blocks = page.blocks
    parent, sig, ident = blocks[k].parent, _sig(page, k), blocks[k].ident
    out = []
    idx = parent + 1
    stop = blocks[parent].end_block
    while idx < stop:
        child = blocks[idx]
        if (
            child.end > child.start
            and child.hint > STRONG_HINT
            and sig_of(child.tag, child.ident) == sig  # _sig(page, idx)
            and (_like_item(child.ident, ident, named) or (named and _numbered_wrapper(page, idx)))
        ):
            out.append(idx)
        idx = child.end_block if child.end_block > idx else idx + 1
    if page.text_areas and out:
        boxes = [i for i in out if _reply_box(page, i)]
        if boxes and 2 * len(boxes) < len(out):
            out = [i for i in out if i not in boxes]
    return out


def _reply_box(page: Page, idx: int) -> bool:
    """Does block ``idx`` hold a ``<textarea>``? A reply box in the posts' own template ("快速回复" and a guest prompt
    in a ``div.floor_reply`` beside ``div.floor`` posts, V2EX's last ``div.cell``) is no post, however like them it
    is named, when fewer than half of its like siblings hold one (vBulletin 5 gives every post its comment box)."""
    stop = max(page.blocks[idx].end_block, idx + 1)
    return any(idx <= t < stop for t in page.text_areas)


ABOVE_REACH: Final = 40
"""How far above the chosen post to look for a first post like it."""


def _post_above(
    page: Page, start: int, end: int, gains: list[float], *, named: bool = False, through: bool = False
) -> list[int]:
    """The lines of an earlier element like the one that holds lines ``start:end`` (same tag and class, above it),
    when the chosen post is an answer and the question above it is written in the same element (a Q&A page whose
    first answer outweighs a one-paragraph question): the search stops at prose outside such elements that
    outweighs the chrome before it (a user card, a vote count, an answers header stand between) and at
    navigation-like elements; [] when none is found or it holds no prose (or, with ``named``, when the element is
    not named as a post). ``through``: a navigation-like element that holds no prose (a related-questions line) does
    not stop the search."""
    blocks, lines = page.blocks, page.lines
    k = lines[start].block
    while k >= 0 and not (blocks[k].start <= start and blocks[k].end >= end):
        k = blocks[k].parent
    if k < 0 or not blocks[k].ident or (named and not _reply_like(blocks[k].ident)):
        return []
    sig = _sig(page, k)

    def like(i: int) -> bool:  # (line i is in an element like block k, above it)
        j = lines[i].block
        while j >= 0 and not (_sig(page, j) == sig and blocks[j].end <= start):
            j = blocks[j].parent
        return j >= 0

    return _run_of(page, gains, range(start - 1, max(-1, start - 1 - ABOVE_REACH), -1), like, through=through)[::-1]


def _post_like_items(page: Page, items: list[int], gains: list[float]) -> list[int]:
    """The lines of the question or first post written in the replies' own template (one element like the first
    item, same tag and class) in a parent of its own above the list (a question box, then a related-questions line
    or an answer count, then the answers): :func:`_post_above` from the first item, when what it finds is one such
    element whose prose is not also in the items (a box of highlighted copies of replies above the full list is
    no first post); [] otherwise."""
    blocks, lines = page.blocks, page.lines
    first = blocks[items[0]]
    found = _post_above(page, first.start, first.end, gains, through=True)
    if not found:
        return []
    sig = _sig(page, items[0])
    j = lines[found[0]].block
    while j >= 0 and _sig(page, j) != sig:
        j = blocks[j].parent
    if j < 0 or any(i >= blocks[j].end for i in found):
        return []
    seen = {lines[i].text for k in items for i in range(blocks[k].start, blocks[k].end) if gains[i] > 0}
    return [] if any(gains[i] > 0 and lines[i].text in seen for i in found) else found


def _run_of(
    page: Page, gains: list[float], steps: range, match: Callable[[int], bool], *, through: bool = False
) -> list[int]:
    """The lines of ``steps`` (in that order) that ``match``, up to a navigation-like element (``through``: up to a
    line of prose in one) or a line that does not match where the prose since the last match outweighs the chrome;
    [] when none of them is prose."""
    blocks, lines = page.blocks, page.lines
    found: list[int] = []
    between = 0.0
    for i in steps:
        if blocks[lines[i].block].hint <= STRONG_HINT and not (through and gains[i] <= 0):
            break
        if match(i):
            found.append(i)
            between = 0.0
            continue
        between += gains[i]
        if gains[i] > 0 and between > 0:
            break
    return found if any(gains[i] > 0 for i in found) else []


SIGNATURE_WORDS: Final = frozenset("sign sig sigs signature signatures usersig signaturecontainer".split())
"""Words of a class or id that name a user's signature under each of their posts."""


_SIGNATURE_LIKE: Final[dict[str, bool]] = {}


def _signature_like(ident: str) -> bool:
    known = _SIGNATURE_LIKE.get(ident)
    return known if known is not None else remember(_SIGNATURE_LIKE, ident, _signature_like_of(ident))


def _signature_like_of(ident: str) -> bool:
    return bool(ident) and not SIGNATURE_WORDS.isdisjoint(_WORD.findall(camel_lower(ident)))


_SIG_RULE: Final = re.compile(r"(?:_{4,}|＿{3,})")
"""A line drawn under a post's text in plain text, over the user's signature ("______"; not a row of dashes, which
a post sets between a quote and its own text)."""
SIG_LINES: Final = 2
"""A plain-text signature below its rule, at the end of the post's element, is at most this many lines."""


def _ruled_off(page: Page, line: int) -> bool:
    """Is ``line`` below a plain-text signature rule (:data:`_SIG_RULE`) in its own block, with the post's text above
    the rule and at most :data:`SIG_LINES` lines from the rule to the block's end?"""
    lines = page.lines
    blk = page.blocks[lines[line].block]
    for i in range(line - 1, max(blk.start, line - 1 - SIG_LINES), -1):  # (no block's first line: text above it)
        text = lines[i].text
        if text[:1] in "_＿" and _SIG_RULE.fullmatch(text.strip()):
            return blk.end - i - 1 <= SIG_LINES
    return False


def _signed(page: Page, line: int, item: int) -> bool:
    """Is line ``line`` of item ``item`` inside an element named as the user's signature, or below a plain-text
    rule ("______") under the post's text in its block (user chrome however much it reads like prose: each user's
    signature differs, so it does not recur in the items)?"""
    blocks = page.blocks
    k = page.lines[line].block
    if k > item and _ruled_off(page, line):
        return True
    while k > item:
        if _signature_like(blocks[k].ident):
            return True
        k = blocks[k].parent
    return False


DATA_ROWS: Final = 2
"""A table inside a post with at least this many rows of at least two cells each..."""
DATA_LINK_SHARE: Final = 0.5
"""...every cell at most one line, no table inside it, no form control and at most this share of its characters in
links is a table of data (a spec table, a price list, a result table in an answer): a part of the post."""


def _data_table(page: Page, table: int) -> bool:
    """Is block ``table`` a ``<table>`` of data (:data:`DATA_ROWS`, :data:`DATA_LINK_SHARE`): rows of cells of one
    line each, not a layout (a post's own table-based layout, a user panel: cells of several lines, tables inside
    tables)?"""
    blocks, lines = page.blocks, page.lines
    tb = blocks[table]
    if tb.tag != "table" or tb.end <= tb.start:
        return False
    cells: dict[int, int] = {}  # row block -> its cells
    celled = 0
    for k in range(table + 1, tb.end_block):
        blk = blocks[k]
        if blk.tag == "table" or blk.controls:
            return False
        if blk.tag in ("td", "th") and blocks[blk.parent].tag == "tr":
            if blk.end - blk.start > 1:
                return False
            cells[blk.parent] = cells.get(blk.parent, 0) + 1
            celled += blk.end - blk.start
    if celled < tb.end - tb.start or sum(1 for n in cells.values() if n >= 2) < DATA_ROWS:
        return False  # (a line outside every cell: a caption, a layout's loose text)
    chars = sum(lines[i].chars for i in range(tb.start, tb.end))
    return sum(lines[i].link_chars for i in range(tb.start, tb.end)) <= DATA_LINK_SHARE * chars


def table_of(page: Page, line: int, top: int) -> int:
    """The innermost ``<table>`` holding line ``line`` below block ``top``, or -1."""
    blocks = page.blocks
    k = page.lines[line].block
    while k > top and blocks[k].tag != "table":
        k = blocks[k].parent
    return k if k > top else -1


def data_table(page: Page, table: int, memo: dict[int, bool]) -> bool:
    """:func:`_data_table`, remembered in ``memo``."""
    found = memo.get(table)
    if found is None:
        found = memo[table] = _data_table(page, table)
    return found


def _data_cells(page: Page, owner: dict[int, int]) -> set[int]:
    """The lines of ``owner``'s items in a :func:`table of data <_data_table>` inside their item, unless one of the
    table's lines, digits aside (two characters at least), recurs elsewhere on the page in an element of its tag
    and class: the posts' template (a user panel's "积分 | 1234" rows, a rating log's "参与人数 3 | 收起理由" head
    row under the first post and under a reply)."""
    tables: dict[int, list[int]] = {}
    for i, item in owner.items():
        if (k := table_of(page, i, item)) >= 0:
            tables.setdefault(k, []).append(i)
    tables = {k: found for k, found in tables.items() if _data_table(page, k)}
    if not tables:
        return set()
    lines = page.lines
    where: dict[tuple[str, str], list[int]] = {}  # (text digits aside, element's signature): the tables holding it
    for k, found in tables.items():
        for i in found:
            if lines[i].chars <= REPEAT_CHARS and len(text := _NO_DIGITS.sub("", lines[i].text)) >= 2:
                where.setdefault((text, _sig(page, lines[i].block)), []).append(k)
    texts = {text for text, _ in where}
    templated: set[int] = set()
    for j, ln in enumerate(lines):
        if 0 < ln.chars <= REPEAT_CHARS and (text := _NO_DIGITS.sub("", ln.text)) in texts:
            home = table_of(page, j, -1)
            templated.update(k for k in where.get((text, _sig(page, ln.block)), ()) if k != home)
    return {i for k, found in tables.items() if k not in templated for i in found}


def _chrome(
    page: Page, items: list[int], gains: list[float], holders_min: int = 2
) -> tuple[dict[int, int], set[tuple[str, ...]]]:
    """``(owner, chrome)``: the item holding each line of ``items``, and their *chrome* slots: slots that carry
    no more prose than chrome, worn by at least ``holders_min`` items (user names, dates, "quote" headers repeat;
    a heading worn by one item only is a part of its text, a heading of the first post) or by one item and no
    heading that weighs less than nothing (a quote's "Originally posted by" header; a one-line reply that weighs
    nothing stays); none unless there are 2+ slots.
    A :func:`repeated <_repeated>` line, a :func:`user card <_user_card>`, a :func:`quote's header
    <_quote_header>`, a short line naming a user action ("X and 6 others like this.") and the lines of a slot of
    :func:`labels <_label_slots>` count as chrome in their slot's sum, however much they look like prose (a
    greeting repeated in the posts' text stays: the text around it outweighs it), unless that leaves no slot of
    prose (posts that all say the same). So does a short line of prose whose text (digits aside) recurs in the same
    slot of another item: a rating table's reasons ("热心回复，用心讨论，共获提升！" under several posts)."""
    blocks = page.blocks
    owner: dict[int, int] = {}
    slots: dict[tuple[str, ...], float] = {}
    templated: dict[tuple[str, ...], float] = {}
    holders: dict[tuple[str, ...], set[int]] = {}
    headed: set[tuple[str, ...]] = set()
    coded: set[tuple[str, ...]] = set()
    keys = _short_keys(page, items)
    repeated = _repeated(page, items, keys)
    worn: dict[tuple[tuple[str, ...], str], set[int]] = {}  # (slot, text digits aside): the items whose slot holds it
    told: list[tuple[int, tuple[str, ...], str]] = []  # lines of prose not yet chrome: (line, slot, text)
    for item in items:
        for i in range(blocks[item].start, blocks[item].end):
            key = _slot(page, i, item)
            owner[i] = item
            slots[key] = slots.get(key, 0.0) + gains[i]
            ln = page.lines[i]
            card = i in repeated or (
                gains[i] > 0
                and (
                    _user_card(ln.text)
                    or _quote_header(page, i)
                    or (ln.chars <= ACTION_LINE and _action(ln.text) and not _addressed(ln.text))
                )
            )
            templated[key] = templated.get(key, 0.0) + (-float(ln.chars) if card else gains[i])
            holders.setdefault(key, set()).add(item)
            if not card and gains[i] > 0 and (text := keys.get(i)) is not None:
                worn.setdefault((key, text), set()).add(item)
                told.append((i, key, text))
            if page.lines[i].heading:
                headed.add(key)
                if page.lines[i].heading == PRE:
                    coded.add(key)
    alike = _templated_lines(page, owner, told)
    for i, key, text in told:  # a sentence that recurs in the same slot of two items: their template's (a rating's
        if len(worn[(key, text)]) >= 2 or i in alike:  # reason "热心回复，用心讨论，共获提升！" under several posts)
            templated[key] -= gains[i] + page.lines[i].chars
    if len(slots) < 2:
        return owner, set()
    labels = _label_slots(page, owner)
    for key in labels:
        templated[key] = -abs(templated[key]) - 1.0
    if any(templated[key] > 0 for key in slots):
        slots = templated
    chrome = {
        key
        for key, v in slots.items()
        if v <= 0 and (len(holders[key]) >= holders_min or (v < 0 and key not in headed)) and key not in coded
    }  # (a <pre> is the posts' code, never their chrome: it weighs nothing as prose)
    if chrome:  # a slot of short plain lines that weigh nothing (neutral), one per item: one-line replies' text
        chrome -= _short_slots(page, owner, gains, repeated, len(items))
        chrome |= _author_slots(page, owner, holders)
        chrome |= _bio_slots(page, owner, holders, chrome)
        chrome |= _card_slots(page, owner, holders, gains, chrome)
    if chrome:  # a slot of short dated lines only, in every item, is the posts' date line ("« Reply #1 on: …»")
        dated = {key for key in slots if len(holders[key]) == len(items) and key not in headed}
        for i, item in owner.items():
            ln = page.lines[i]
            if _OVER_REPEAT.match(ln.text) is not None or not _DATED.search(ln.text):
                dated.discard(_slot(page, i, item))
        chrome |= dated
    elif (
        len(items) >= STAMPED_POSTS
        and not headed
        and all(_named(blocks[item]) and "comment" not in blocks[item].ident.lower() for item in items)
    ):  # (not an article's comments: they are no posts of a thread)
        chrome = _stamped(page, owner, len(items))
    if chrome:
        chrome |= _signature_slots(page, owner, gains, chrome, len(items))
    return owner, chrome


SIGNATURE_ITEMS: Final = 3
"""A slot is the posts' signature when at least this many items (and all but one of them) wear it..."""


def _signature_slots(
    page: Page, owner: dict[int, int], gains: list[float], chrome: set[tuple[str, ...]], n_items: int
) -> set[tuple[str, ...]]:
    """Slots of prose that are the users' signatures, whatever their class names: a slot that holds one line in each
    item that wears it (:data:`SIGNATURE_ITEMS` and all items but one), that line the item's last line of prose, below
    the lines of the posts' text: another slot of prose above it that holds two lines or more in some item (a post of
    paragraphs; a signature is often longer than a short reply, so weights are not compared). A signature reads like
    prose but is chrome. A quote opens the post (above its text); a one-paragraph answer under a one-line author bio
    is no signature under a text."""
    if n_items < SIGNATURE_ITEMS:
        return set()
    per_item: dict[int, list[tuple[int, tuple[str, ...]]]] = {}
    for i in sorted(owner):
        if gains[i] > 0:
            key = _slot(page, i, owner[i])
            if key not in chrome:
                per_item.setdefault(owner[i], []).append((i, key))
    last: dict[tuple[str, ...], int] = {}  # slot: the items whose last prose line is its one line
    spoiled: set[tuple[str, ...]] = set()
    most: dict[tuple[str, ...], int] = {}  # slot: the most lines it holds in one item
    above: dict[tuple[str, ...], set[tuple[str, ...]]] = {}  # slot: the slots above its line in such items
    for prose in per_item.values():
        counts: dict[tuple[str, ...], int] = {}
        for _, key in prose:
            counts[key] = counts.get(key, 0) + 1
        for key, n in counts.items():
            most[key] = max(most.get(key, 0), n)
        key = prose[-1][1]
        if counts[key] == 1 and len(counts) >= 2:
            last[key] = last.get(key, 0) + 1
            others = set(counts) - {key}
            above.setdefault(key, set()).update(others)
        spoiled.update(k for k, n in counts.items() if n > 1 or k != key)
    return {
        key
        for key, n in last.items()
        if key not in spoiled
        and n >= SIGNATURE_ITEMS
        and n >= n_items - 1
        and any(most[b] >= 2 for b in above[key])
    }


TEMPLATE_WORDS: Final = 4
"""Two short lines of one slot in two items that share at least this many words, in order, ..."""
TEMPLATE_SHARE: Final = 0.6
"""...and at least this share of each one's words (digits dropped) are one sentence of the posts' template with
its names filled in: "X and Y have reacted to this post.", "This reply was modified 4 years ago by X.", "PNG, 19.8
KB, uploaded by X 7 days ago."."""
TEMPLATE_PAIRS: Final = 400
"""At most this many pairs of lines are compared per slot (a slot of hundreds of one-line replies is left as is)."""


def _templated_lines(page: Page, owner: dict[int, int], told: list[tuple[int, tuple[str, ...], str]]) -> set[int]:
    """The lines of ``told`` (``(line, slot, text)``: short lines of prose of :func:`_chrome`) that share
    :data:`TEMPLATE_SHARE` of their words, in order, with a line of the same slot in another item: one template
    sentence with other names and numbers in it. Lines of fewer than :data:`TEMPLATE_WORDS` words (no CJK line
    has them) never match; nor do two lines of which one holds the other whole (a reply repeating another's
    words)."""
    by_slot: dict[tuple[str, ...], list[tuple[int, list[str]]]] = {}
    for i, key, _text in told:
        words = _NO_WORD_DIGITS.sub("", page.lines[i].text).lower().split()
        if len(words) >= TEMPLATE_WORDS:
            by_slot.setdefault(key, []).append((i, words))
    found: set[int] = set()
    for group in by_slot.values():
        if len(group) < 2 or len(group) * (len(group) - 1) > 2 * TEMPLATE_PAIRS:
            continue
        for n, (i, a) in enumerate(group):
            for j, b in group[n + 1 :]:
                if owner[i] == owner[j] or (i in found and j in found):
                    continue
                common = _common_words(a, b)
                if (
                    common >= TEMPLATE_WORDS
                    and common < min(len(a), len(b))
                    and common >= TEMPLATE_SHARE * max(len(a), len(b))
                ):
                    found.update((i, j))
    return found


_NO_WORD_DIGITS: Final = re.compile(r"[\d.,:;!?()\[\]]+")


def _common_words(a: list[str], b: list[str]) -> int:
    """The length of the longest common subsequence of the word lists ``a`` and ``b``."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for k, y in enumerate(b):
            cur = row[k + 1]
            row[k + 1] = prev + 1 if x == y else max(row[k + 1], row[k])
            prev = cur
    return row[len(b)]


_AUTHOR_WORDS: Final = frozenset(("author", "userinfo", "profile", "poster"))
_TEXT_WORDS: Final = frozenset(("text", "content", "body", "message", "msg", "comment", "rich", "editable"))


def _card_line(ln: Line) -> bool:
    """Is ``ln`` a line of a poster's card: short (:data:`REPEAT_CHARS`, digits aside), no heading, no sentence end?"""
    return not ln.heading and _OVER_REPEAT.match(ln.text) is None and not _SENTENCE_END.search(ln.text)


def _author_slots(
    page: Page, owner: dict[int, int], holders: dict[tuple[str, ...], set[int]]
) -> set[tuple[str, ...]]:
    """The slots, worn by two items or more, whose element's first class names the poster ("author", "userinfo",
    "user-info", "profile", "poster"; no word of a text: "text", "content", "body", "message", "comment") and whose
    lines are all short (:data:`REPEAT_CHARS`, digits aside) with no sentence end and no heading: the author's line,
    however much its one-line bio reads like prose (Zhihu 2015's "X，前程序员，现在做点小生意")."""
    lines = page.lines
    found: set[tuple[str, ...]] = set()
    bad: set[tuple[str, ...]] = set()
    for i, item in owner.items():
        key = _slot(page, i, item)
        if key in bad:
            continue
        ln = lines[i]
        if not _card_line(ln):
            bad.add(key)
            continue
        if key not in found and key:
            cls = key[0].partition(".")[2]
            words = set(_WORD.findall(camel_lower(cls)))
            named = bool(words & _AUTHOR_WORDS) or {"user", "info"} <= words
            if named and not words & _TEXT_WORDS:
                found.add(key)
            else:
                bad.add(key)
    return {key for key in found - bad if len(holders[key]) >= 2}


def _card_slots(
    page: Page,
    owner: dict[int, int],
    holders: dict[tuple[str, ...], set[int]],
    gains: list[float],
    chrome: set[tuple[str, ...]],
) -> set[tuple[str, ...]]:
    """The slots, worn by two items or more, of short lines (:data:`REPEAT_CHARS`, digits aside) without a link or
    a heading inside a component that names the poster: an element of the slot whose first class's component name
    (:func:`_card_component`: ``AuthorInfo`` of ``AuthorInfo-badgeText``) says "author", "userinfo", "profile" or
    "poster": each poster's one-sentence bio under the name, however much it
    reads like prose ("十年互联网从业者，关注教育与科技。"), which :func:`_author_slots` leaves for its sentence end.
    None if no other slot of prose would be left (posts that are all cards)."""
    lines = page.lines
    found: set[tuple[str, ...]] = set()
    bad: set[tuple[str, ...]] = set()
    for i, item in owner.items():
        key = _slot(page, i, item)
        if key in chrome or key in bad:
            continue
        ln = lines[i]
        if ln.heading or ln.link_chars or _OVER_REPEAT.match(ln.text) is not None:
            bad.add(key)
        elif key not in found:
            if any(_card_component(sig) for sig in key):
                found.add(key)
            else:
                bad.add(key)
    found = {key for key in found - bad if len(holders[key]) >= 2}
    if found and not any(
        gains[i] > 0 and (key := _slot(page, i, item)) not in chrome and key not in found for i, item in owner.items()
    ):
        return set()
    return found


def _card_component(sig: str) -> bool:
    """Does an element's ``tag.first-class`` name a poster's card by its component, the class less its last part
    ("AuthorInfo" of "AuthorInfo-detail", "user-info" of "user-info__bio" or "user-info-bio"), with no word of a
    text in it ("author-comment-body" is a comment's)?"""
    cls = sig.partition(".")[2]
    head, sep, _ = cls.partition("__")
    if not sep:
        head, sep, _ = cls.rpartition("-")
    if not sep or not head:
        return False
    words = set(_WORD.findall(camel_lower(head)))
    return (bool(words & _AUTHOR_WORDS) or {"user", "info"} <= words) and not words & _TEXT_WORDS


BIO_NAME: Final = 20
"""A poster's name is a line of link text of at most this many characters..."""


def _bio_slots(
    page: Page,
    owner: dict[int, int],
    holders: dict[tuple[str, ...], set[int]],
    chrome: set[tuple[str, ...]],
) -> set[tuple[str, ...]]:
    """...and the slots, worn by two items or more, each of whose lines comes right under such a name, in an element
    of the element that holds the name (the author's card), and is short (:data:`REPEAT_CHARS`, digits aside) with
    no sentence end and no heading: the one-line bio under the name, whatever the classes (hashed ones: ``css-1x2y``;
    :func:`_author_slots` reads them when they say "author"). A reply's text under its poster's name link ends a
    sentence, or sits in an element of its own beside the name's card, or is longer.
    A slot worn by one item only is one when each of its lines sits inside the name's own element and the name's
    slot is ``chrome`` (the posts' template: a badge or title under one poster's name, "科技达人", the others'
    empty): it is a field of the card every item wears, however much it reads like a word of the post."""
    lines, blocks = page.lines, page.blocks
    found: set[tuple[str, ...]] = set()
    bad: set[tuple[str, ...]] = set()
    loose: set[tuple[str, ...]] = set()  # slots one of whose lines is not inside a chrome name's own element
    for i, item in owner.items():
        key = _slot(page, i, item)
        if key in bad:
            continue
        ln = lines[i]
        prev = lines[i - 1] if i > 0 else None
        if (
            prev is None
            or owner.get(i - 1) != item
            or not 0 < prev.chars == prev.link_chars <= BIO_NAME
            or prev.block == ln.block
            or blocks[ln.block].parent not in (prev.block, blocks[prev.block].parent)
            or ln.link_chars
            or not _card_line(ln)
        ):
            bad.add(key)
            continue
        found.add(key)
        if blocks[ln.block].parent != prev.block or _slot(page, i - 1, item) not in chrome:
            loose.add(key)
    return {key for key in found - bad if key and (len(holders[key]) >= 2 or key not in loose)}


STAMPED_POSTS: Final = 3
"""Items named as posts (not as comments), at least this many, with no chrome found but..."""


def _stamped(page: Page, owner: dict[int, int], n_items: int) -> set[tuple[str, ...]]:
    """...one slot, in every item, of one short line each with a time of day and no sentence end (the post's header,
    its user's name run into its date: "mtnbikerOPPosted Feb 20, 2024 at 12:25 PM", weighing something for its
    length; buttons the walk leaves out): that slot is chrome."""
    lines = page.lines
    count: dict[tuple[str, ...], int] = {}
    bad: set[tuple[str, ...]] = set()
    for i, item in owner.items():
        key = _slot(page, i, item)
        text = lines[i].text
        count[key] = count.get(key, 0) + 1
        if _OVER_REPEAT.match(text) is not None or not _CLOCK.search(text) or _SENTENCE_END.search(text):
            bad.add(key)
    return {key for key, n in count.items() if n == n_items and key not in bad}


def _short_slots(
    page: Page, owner: dict[int, int], gains: list[float], repeated: set[int], n_items: int
) -> set[tuple[str, ...]]:
    """The slots of ``owner``'s lines that hold, in at least half the items (two at least), one line each that
    weighs nothing (a plain ``<p>`` or ``<div>`` of its own, :func:`~.content.page_gains`), is a
    :func:`short text <short_text>` and recurs in no other item: the text of replies of one short line."""
    lines = page.lines
    count: dict[tuple[str, ...], int] = {}
    bad: set[tuple[str, ...]] = set()
    holders: dict[tuple[str, ...], set[int]] = {}
    prose: dict[int, set[tuple[str, ...]]] = {}  # per item, its slots holding a sentence (no user card)
    for i, item in owner.items():
        key = _slot(page, i, item)
        if gains[i] > 0 and i not in repeated and _SENTENCE_END.search(lines[i].text) and not _user_card(lines[i].text):
            prose.setdefault(item, set()).add(key)
        if gains[i] == 0 and i not in repeated and short_text(lines[i]):
            count[key] = count.get(key, 0) + 1
            holders.setdefault(key, set()).add(item)
        else:
            bad.add(key)
    least = max(2, REPEAT_SHARE * n_items)
    return {
        key
        for key, n in count.items()
        if key not in bad and n >= least and not _beside_prose(holders[key], key, prose)
    }


def _beside_prose(holders: set[int], key: tuple[str, ...], prose: dict[int, set[tuple[str, ...]]]) -> bool:
    """Do at least half the items wearing slot ``key`` hold a sentence in another slot? Then the slot's short lines
    stand beside the posts' text (a user's group or title in the user column: "新手上路", "金牌会员"), not a one-line
    reply's text, which is the only text of its item."""
    beside = sum(1 for item in holders if prose.get(item, set()) - {key})
    return 2 * beside >= len(holders)


_LABEL: Final = re.compile(r"[^\W\d_]{1,8}\s*[:：]")
CARD_LABELS: Final = 2
"""A short line with at least this many "label:" pairs and no sentence end is a user's card ("采纳率：39%擅长：教育",
"Posts: 668 Joined: Jan 2021"): chrome in its slot's sum, like a repeated line."""


def _user_card(text: str) -> bool:
    """Is ``text`` a user's card: a short line, no sentence end, :data:`CARD_LABELS` labels or more? Remembered (the
    same lines are asked by each probe's :func:`_chrome`)."""
    if len(text) > REPEAT_CHARS:
        return False
    known = _USER_CARDS.get(text)
    return known if known is not None else remember(_USER_CARDS, text, _user_card_of(text))


_USER_CARDS: Final[dict[str, bool]] = {}


def _user_card_of(text: str) -> bool:
    return _SENTENCE_END.search(text) is None and len(_LABEL.findall(text)) >= CARD_LABELS


_QUOTE_STAMP: Final = re.compile(
    r"\S.{0,30}\s(?:发表于|發表於|发表在|posted on|wrote on)\s*\d{4}\s*[-/.年]\s*\d{1,2}.{0,16}", re.I
)


def _quote_stamp(text: str) -> bool:
    """Is ``text`` a quote's header that names its poster and date ("X 发表于 2024-7-4 09:18": Discuz!)?"""
    return _QUOTE_STAMP.fullmatch(text.strip()) is not None


def _quote_header(page: Page, line: int) -> bool:
    """Is ``line`` a quote's header: a short line that ends with a colon, or names a poster and a date, in a
    ``<cite>`` or right under a ``<blockquote>`` ("(04-12-2023, 07:53 PM) X Wrote:", "引用 X 的回复：",
    "X 发表于 2024-7-4 09:18")?"""
    text = page.lines[line].text
    if len(text) > REPEAT_CHARS:
        return False
    blocks = page.blocks
    blk = blocks[page.lines[line].block]
    if not (blk.tag in ("cite", "blockquote") or (blk.parent >= 0 and blocks[blk.parent].tag == "blockquote")):
        return False  # (the place first: most lines are in no quote, and the stamp's pattern is dear)
    return text.rstrip().endswith((":", "：")) or _quote_stamp(text)


def _label_slots(page: Page, owner: dict[int, int]) -> set[tuple[str, ...]]:
    """The slots of ``owner``'s lines held by two items or more whose lines are all one short text, digits aside (a
    quote's "Click to expand...", a label every quote or reply of a few wears): a template's label, however much it
    reads like prose."""
    lines = page.lines
    text: dict[tuple[str, ...], str] = {}
    holders: dict[tuple[str, ...], set[int]] = {}
    mixed: set[tuple[str, ...]] = set()
    for i, item in owner.items():
        key = _slot(page, i, item)
        raw = lines[i].text
        if _OVER_REPEAT.match(raw) is not None or not (t := _NO_DIGITS.sub("", raw)) or text.setdefault(key, t) != t:
            mixed.add(key)
        holders.setdefault(key, set()).add(item)
    return {key for key in text if key not in mixed and len(holders[key]) >= 2}


REPEAT_CHARS: Final = 60
"""A line of at most this many characters (digits aside)..."""
_OVER_REPEAT: Final = re.compile(rf"(?:[\d\s]*+[^\d\s]){{{REPEAT_CHARS + 1}}}")
"""Matches (at the start) a text of more than :data:`REPEAT_CHARS` characters besides digits and white space:
``len(_NO_DIGITS.sub("", text)) > REPEAT_CHARS``, read up to its 61st such character, no string made."""
REPEAT_SHARE: Final = 0.5
"""...that recurs in at least this share of the items (and in two at least) is the items' template: buttons,
labels, a vote bar ("Save this answer.", "Show activity on this post.", "已赞过 已踩过 你对这个回答的评价是？")."""


def _labelled(page: Page, items: list[int], owner: dict[int, int]) -> set[int]:
    """Lines of ``items`` that are their template's labelled header or footer even in a slot of prose (a BBS post
    whose "发信人: X, 信区: Y", "发信站: Z (<date>)" and "※ 来源: …" lines share its text's element): short lines
    with a "label:" and no sentence end that are a :func:`user card <_user_card>`, or hold a date or a time, or
    recur (digits aside) in half the items (:func:`_repeated`); and a quote's header naming its poster and date
    ("X 发表于 <date>", :func:`_quote_stamp`) in a slot it shares with the quoted text. A heading counts when it holds
    a time of day: a reply's header set in an ``<h4>`` ("X 2010-05-03 12:33:10 IP属地：上海")."""
    lines = page.lines
    stamps = {i for i in owner if _quote_stamp(lines[i].text) and _quote_header(page, i)}
    found = [
        i
        for i in owner
        if (not lines[i].heading or (lines[i].heading != PRE and _CLOCK.search(lines[i].text)))
        and _OVER_REPEAT.match(lines[i].text) is None
        and _SENTENCE_END.search(lines[i].text) is None
        and _LABEL_SPACED.search(lines[i].text) is not None
    ]
    if not found:
        return stamps
    repeated = _repeated(page, items)
    return stamps | {
        i
        for i in found
        if i in repeated or len(_LABEL_SPACED.findall(lines[i].text)) >= CARD_LABELS or _DATED.search(lines[i].text)
    }


_LABEL_SPACED: Final = re.compile(r"[^\W\d_]{1,8}\s*(?:：|:(?=[\s\d]|$|[^\x00-\x7f]))")
"""A label and its colon, the colon followed by a space, a digit, the end or a non-ASCII character ("Posts: 668",
"发信人: X"; not CSS's "slider:nth-child" or a URL's "http://")."""


def _short_keys(page: Page, items: list[int]) -> dict[int, str]:
    """The short lines of ``items`` (at most :data:`REPEAT_CHARS` characters, digits aside), each with its text digits
    aside: what :func:`_repeated` and :func:`_chrome` compare between items."""
    blocks, lines = page.blocks, page.lines
    keys: dict[int, str] = {}
    for item in items:
        for i in range(blocks[item].start, blocks[item].end):
            text = lines[i].text
            if _OVER_REPEAT.match(text) is not None:
                continue  # (a long line: not made digit-free to be measured)
            key = _NO_DIGITS.sub("", text)
            if key:
                keys[i] = key
    return keys


def _repeated(page: Page, items: list[int], keys: dict[int, str] | None = None) -> set[int]:
    """The lines of ``items`` whose text, digits aside, recurs in at least :data:`REPEAT_SHARE` of them (two at
    least): their template's chrome, however much it looks like prose. (``keys``: :func:`_short_keys`, if made.)"""
    blocks, lines = page.blocks, page.lines
    if keys is None:
        keys = _short_keys(page, items)
    seen: dict[str, set[int]] = {}
    bare = {i for item in items if not blocks[item].ident for i in range(blocks[item].start, blocks[item].end)}
    bare = {i for i in bare if lines[i].heading != PRE}
    for item in items:
        for i in range(blocks[item].start, blocks[item].end):
            if (key := keys.get(i)) is not None:
                seen.setdefault(key, set()).add(item)
    least = max(2, REPEAT_SHARE * len(items))
    return {i for i, key in keys.items() if len(seen[key]) >= least or (i in bare and _DATED.search(lines[i].text))}


_EN_MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATED: Final = re.compile(
    r"(?<![\d.])(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2})(?![\d.])"
    rf"|(?i:\b{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_EN_MONTH},?\s+\d{{4}}\b)"
)
"""A short line of an item named by no class (an old BBS's bare ``<table>``) that holds a date or a time is its
header or footer ("发信站: 生活家 (2009年3月2日 20:10:00)"): chrome in its slot's sum, like a repeated line (no class
tells it from the text, and the user's name in it differs from post to post). English dates with a month's name count
("Replied on Sep 26, 2014", "12 March 2019"): a forum's post header often carries no time of day."""


TEMPLATE_DEPTH: Final = 3
"""A line's template: the tag and first class of the element holding it and of up to this many elements in all
above it (digits dropped)."""
TEMPLATE_REACH: Final = 60
"""How far below the first post to look for answers written in its template."""


def _template(page: Page, line: int) -> tuple[str, ...]:
    out: list[str] = []
    k = page.lines[line].block
    while k >= 0 and len(out) < TEMPLATE_DEPTH:
        out.append(_sig(page, k))
        k = page.blocks[k].parent
    return tuple(out)


def _same_template(page: Page, start: int, end: int, gains: list[float]) -> tuple[int, list[int]]:
    """Answers that are not like siblings of one list (a Q&A page that sets its single answer, or each answer,
    in a block of its own) but are written in the same template as the question: below a short first post,
    the lines whose element and ancestors wear the tags and classes of the post's prose lines (at least one
    class among them). The search stops at prose in another template that outweighs the chrome before it (an
    article's related stories) and at navigation-like elements."""
    lines = page.lines
    sigs = {_template(page, i) for i in range(start, end) if gains[i] > 0 and lines[i].heading != PRE}
    sigs = {t for t in sigs if any(not s.endswith(".") for s in t)}
    if not sigs:
        return end, []
    kept = _run_of(page, gains, range(end, min(end + TEMPLATE_REACH, len(lines))), lambda i: _template(page, i) in sigs)
    return (kept[-1] + 1, kept) if kept else (end, [])


MIN_POSTS: Final = 2
"""A block is a list of posts when at least this many of its children are like items with prose..."""
POSTS_GAP: Final = 24
"""...the first of them starting within this many lines of the block's start (the thread's title, tags, page
links, sort menus and the first post's author card come first)..."""
FAR_POSTS: Final = 40
"""...or within this many when no box of headline links stands above them (the first post itself, set in an element
unlike the replies': a utility-CSS forum's opening post of a dozen paragraphs, its action bar and a sort menu; not
an article whose comment list comes below a box of other stories)."""
LINK_BOX: Final = 3
"""So many lines of one headline link each (:data:`TEASER_HEAD` characters or more) make a box of links."""


def _link_box(page: Page, start: int, end: int) -> bool:
    """Do lines ``start:end`` hold :data:`LINK_BOX` lines that are each one headline link?"""
    n = 0
    for ln in page.lines[start:end]:
        if ln.chars >= TEASER_HEAD and ln.link_chars == ln.chars:
            n += 1
            if n >= LINK_BOX:
                return True
    return False


LONE_REACH: Final = 24
"""A thread's one reply is looked for within this many lines of the chosen block's start."""


def post_lines(page: Page, start: int, end: int, gains: list[float]) -> tuple[int, list[int]]:
    """When lines ``start:end`` (the chosen block) are a list of posts (at least :data:`MIN_POSTS` like siblings
    named as posts, replies, answers or comments, or each with a reply or report link, the first within
    :data:`POSTS_GAP` lines of ``start``, each with prose), the posts' text without their user chrome:
    ``(first, kept)``, where ``first`` is the first post's first line and ``kept`` the lines from there on, less
    those of the :func:`chrome <_chrome>` slots; ``(-1, [])`` otherwise. Below the last post, lines that weigh less
    than nothing and hold a digit, are mostly link text or are a :func:`quote's header <_quote_header>` go (the
    headers of a second list of replies below a page bar: "X wrote:")."""
    blocks, lines = page.blocks, page.lines
    items: list[int] = []
    unnamed = _any_actions(page, start, end)
    memo: dict[tuple[int, bool], list[int]] = {}
    reach = start + FAR_POSTS
    if start + POSTS_GAP < end and (
        _answers_below(page, start + POSTS_GAP, min(end, start + POSTS_GAP + FAR_GAP))
        or _floor_below(page, start + POSTS_GAP, min(end, start + POSTS_GAP + FAR_GAP))
    ):
        reach = start + POSTS_GAP + FAR_GAP
    for probe in range(start, min(end, reach)):
        if probe > start and lines[probe].block == lines[probe - 1].block:
            continue  # the same element: the same items
        found = (
            _items(page, probe, gains, memo=memo)
            or (unnamed and _items(page, probe, gains, named=False, memo=memo))
            or (probe < start + POSTS_GAP and _stamped_items(page, start, probe, gains, memo))
            or []
        )
        items = [i for i in found if blocks[i].end <= end]
        if items and _copied_sections(page, items, gains):
            items = []  # sections, the first copying the others' posts ("这些回帖亮了" over "全部回帖")
        answers = bool(items) and (all(_answer_like(page, i) for i in items) or _floors(page, items, gains))
        if probe >= start + POSTS_GAP and not answers and (probe >= start + FAR_POSTS or _link_box(page, start, probe)):
            items = []  # further down, only answers and replies named so (a long question above them)
        if len(items) >= (MIN_ITEMS if answers else MIN_POSTS):
            break
    else:
        # one reply below the post (a best answer set apart above the others, its actions in no reply link)
        items = _lone_below(page, start, end, gains, memo) if unnamed or _answers_below(page, start, end) else []
        if not items:
            return -1, []
        if len(items) == 1:
            items = [i for i in _set_apart(page, items[0], gains) if blocks[i].end <= end]
    box: range = range(0)
    if len(items) >= MIN_ITEMS:
        full = _full_list(page, items, gains)
        if full is not items and blocks[full[-1]].end <= end:
            k = blocks[items[0]].parent  # the box: the highest element around the copies without the full list
            while blocks[k].parent >= 0 and not _holds(blocks[blocks[k].parent], blocks[full[0]].start):
                k = blocks[k].parent
            box, items = range(blocks[k].start, blocks[k].end), full
        items = [i for i in _next_runs(page, items, gains) if blocks[i].end <= end]  # the thread's next pages
    owner, chrome = _chrome(page, items, gains, 2 if len(items) > 1 else 1)
    if not chrome:
        return -1, []
    first = blocks[items[0]].start
    # above the items: the first post less its own header line ("来自: X 2024-07-01 09:12", as below a chosen post)
    above = _before_items(page, start, items, owner, chrome, gains)
    if _opens_thread(page, items, owner):  # the first post is the first item: what is above it is no post
        above = []
    if not box and above:
        box = _copied_box(page, above, items, gains)
    kept = [i for i in above if i not in box and not _post_header(lines[i])]
    labelled = _labelled(page, items, owner)
    adverts = _adverts(page, owner, gains) | _hidden_items(page, items, owner, chrome, gains)
    data = _data_cells(page, owner)
    last = blocks[items[-1]].end
    dropped = _teasers_after(page, last, end) | _headers_between(page, items, owner, gains)
    if len(items) == 1:  # a post's one reply: what follows it is no part of the thread (a sign-up box, a sidebar)
        dropped.update(range(last, end))
    dropped.update(_notice_below(page, items, end, gains))
    dropped.update(  # between two lists of one thread's posts (_next_runs): their page bar, "以下为新加载的回复"
        i
        for a, b in pairwise(items)
        if blocks[a].parent != blocks[b].parent
        for i in range(blocks[a].end, blocks[b].start)
        if gains[i] <= 0 or lines[i].chars <= RUN_TIP
    )
    dropped.update(
        i
        for i in range(last, end)
        if not lines[i].heading
        and (
            (
                gains[i] < 0
                and (_DIGIT.search(lines[i].text) or 2 * lines[i].link_chars > lines[i].chars or _quote_header(page, i))
            )
            or lines[i].link_chars >= lines[i].chars > 0  # one link however long: an ad, a promoted topic
        )
    )
    kept += [
        i
        for i in range(first, end)
        if (i not in owner and i not in dropped)
        or (
            i in owner
            and (i in data or _slot(page, i, owner[i]) not in chrome)
            and not _signed(page, i, owner[i])
            and i not in labelled
            and i not in adverts
        )
    ]
    return start, kept


HIDDEN_ITEMS: Final = 3
"""A list of posts of at least this many items may hold :func:`hidden <_hidden_items>` ones."""


def _hidden_items(
    page: Page, items: list[int], owner: dict[int, int], chrome: set[tuple[str, ...]], gains: list[float]
) -> set[int]:
    """The lines of the items of a list of posts that are no post: a folded or deleted answer's notice ("该回答已被
    折叠" over "折叠原因：回答与问题关联度较低。"), a box set between the posts. The posts' text slot is the slot
    outside ``chrome`` that holds the most prose, in two items or more; an item holding no line in it, only short
    lines (at most :data:`REPEAT_CHARS` characters, digits aside) and no line in an element like one holding a line
    of those items (tag and first class: no user name, no date, no action bar of theirs; it is written in another
    template) is hidden, unless it names its poster or its date (a line all link, a date or a time): a moderator's
    post in a highlighted template ("版主提示", its text in a ``<blockquote>``, "X 2024-05-01") is a post."""
    if len(items) < HIDDEN_ITEMS:
        return set()
    weight: dict[tuple[str, ...], float] = {}
    holders: dict[tuple[str, ...], set[int]] = {}
    worn: dict[int, set[str]] = {}  # per item, the elements (tag and first class) holding its lines
    long: set[int] = set()
    for i, item in owner.items():
        key = _slot(page, i, item)
        worn.setdefault(item, set()).add(key[0] if key else "")
        holders.setdefault(key, set()).add(item)
        if gains[i] > 0 and key not in chrome:
            weight[key] = weight.get(key, 0.0) + gains[i]
        ln = page.lines[i]
        if _OVER_REPEAT.match(ln.text) is not None or ln.link_chars == ln.chars or _DATED.search(ln.text):
            long.add(item)  # (a long line, a user's name, a date: a post, however it is set apart)
    text = max((k for k in weight if len(holders[k]) >= 2), key=weight.__getitem__, default=None)
    if text is None:
        return set()
    theirs = set().union(*(worn[item] for item in holders[text]))
    hidden = {item for item in items if item in worn and item not in long and not worn[item] & theirs}
    return {i for i, item in owner.items() if item in hidden}


NOTICE_LINES: Final = 2
"""Below the element holding a list of posts, at most this many lines of prose (and nothing else of weight) are the
thread's notices (:func:`_notice_below`), not more posts."""


def _notice_below(page: Page, items: list[int], end: int, gains: list[float]) -> set[int]:
    """The lines of a thread page's notice below its list of posts (the element holding the last post's element, and
    ``end``): "This discussion is now closed to new replies.", "You need to log in before you can comment.", a
    sidebar's posting rules. Every post's element sits in one list; what follows that list's element is no post when
    it holds at most :data:`NOTICE_LINES` lines of prose (a second list of posts below, in another template, holds
    more and stays), no element in the posts' template (a second list of replies of a line each: "热门回复" above
    "全部回复") nor two alike elements of prose side by side, and no heading (a section of the thread's own)."""
    blocks, lines = page.blocks, page.lines
    holder = blocks[items[-1]].parent
    if holder < 0 or any(blocks[k].parent != holder for k in items):
        return set()
    below = range(blocks[holder].end, end)
    prose = [i for i in below if gains[i] > 0]
    if not prose or len(prose) > NOTICE_LINES or any(lines[i].heading and gains[i] > 0 for i in below):
        return set()
    sig = _sig(page, items[0])
    for i in below:  # a second list of the posts' template below (replies of one line each): more posts
        k = lines[i].block
        while k > holder and blocks[k].start >= blocks[holder].end:
            if _sig(page, k) == sig:
                return set()
            k = blocks[k].parent
    holders = {blocks[lines[i].block].parent for i in prose}
    if len(prose) > 1 and len(holders) == 1 and len({_sig(page, lines[i].block) for i in prose}) == 1:
        return set()  # two alike elements of prose side by side: a list's items, not a notice
    return set(prose)


def _copied_box(page: Page, above: list[int], items: list[int], gains: list[float]) -> range:
    """The lines of a box above a list of posts whose prose copies the list's (a "最赞回应" box whose items did not
    count as posts: a one-liner has no prose): the highest element around the first line of ``above`` that repeats a
    line of the items, below the element holding the items, when every line of prose in it repeats one of theirs;
    ``range(0)`` otherwise."""
    blocks, lines = page.blocks, page.lines
    top = blocks[items[0]].start
    theirs = {lines[i].text for i in range(top, blocks[items[-1]].end) if gains[i] > 0}
    copy = next((i for i in above if gains[i] > 0 and lines[i].text in theirs), -1)
    if copy < 0:
        return range(0)
    k = lines[copy].block
    while blocks[k].parent >= 0 and not _holds(blocks[blocks[k].parent], top):
        k = blocks[k].parent
    box = range(blocks[k].start, blocks[k].end)
    if box.stop > top or any(gains[i] > 0 and lines[i].text not in theirs for i in box if not lines[i].heading):
        return range(0)
    return box


def _headed(page: Page, start: int, end: int) -> bool:
    """Does a line of ``start:end`` head a comment section (:func:`comment_heading`: "32条评论", "Comments (4)")?"""
    return any(comment_heading(page.lines[i].text) for i in range(start, end))


def _stamped_items(
    page: Page, start: int, probe: int, gains: list[float], memo: dict[tuple[int, bool], list[int]]
) -> list[int]:
    """:func:`_items` of line ``probe`` told by their time-marked headers alone (``stamped``), unless a comment
    heading stands between lines ``start`` and ``probe`` (an article's dated comments under "32条评论")."""
    if _headed(page, start, probe):
        return []
    return _items(page, probe, gains, named=False, memo=memo, stamped=True)


def _copied_sections(page: Page, items: list[int], gains: list[float]) -> bool:
    """Are ``items`` sections that each wrap a list of posts (:func:`_wraps_items`), the first holding copies of
    posts in the others (at least half of its lines of prose are theirs: a box of highlighted replies over the full
    list)? Then the posts inside, not the sections, are the thread's items (and :func:`_full_list` takes the full
    list)."""
    if not all(_wraps_items(page, i) for i in items):
        return False
    blocks, lines = page.blocks, page.lines

    def prose(k: int) -> set[str]:
        return {lines[i].text for i in range(blocks[k].start, blocks[k].end) if gains[i] > 0 and lines[i].punct > 0}

    first = prose(items[0])
    rest = set().union(*(prose(i) for i in items[1:]))
    return bool(first) and 2 * len(first & rest) >= len(first)


AD_LABELS: Final = frozenset(
    {"广告", "廣告", "推广", "推廣", "赞助", "贊助", "ad", "ads", "advertisement", "sponsored", "promoted"}
)
"""A line of only one of these words (case aside) labels an advert."""
AD_LINES: Final = 2
AD_CHARS: Final = 200
"""An advert among the posts is a blurb: at most this many lines of prose, this many characters."""


def _adverts(page: Page, owner: dict[int, int], gains: list[float]) -> set[int]:
    """The lines of the items that are adverts in the posts' own markup (an ad "floor" of Tieba, an "企业回答" among
    answers): an item other than the first that holds a line that is only an :data:`AD_LABELS` word, in an element
    of its own that holds no line of prose, and a blurb of prose elsewhere (:data:`AD_LINES`, :data:`AD_CHARS`; a
    long post with an ad slot in it is a post). A reply that says only "广告" (a reader calling out spam) is
    its own line of text, with no other prose beside it in the item."""
    lines, blocks = page.lines, page.blocks
    marked: set[int] = set()
    for i, item in owner.items():
        if lines[i].chars <= 13 and lines[i].text.strip().lower() in AD_LABELS:
            blk = blocks[lines[i].block]
            if not any(gains[j] > 0 for j in range(blk.start, blk.end)):
                marked.add(item)
    marked.discard(min(owner.values(), default=-1))  # (the first post: an article's own ad slot)
    if not marked:
        return set()
    prose: dict[int, list[int]] = {}
    for i, item in owner.items():
        if item in marked and gains[i] > 0:
            prose.setdefault(item, []).append(lines[i].chars)
    ads = {item for item, sizes in prose.items() if len(sizes) <= AD_LINES and sum(sizes) <= AD_CHARS}
    return {i for i, item in owner.items() if item in ads}


_OP_MARK: Final = re.compile(r"[楼樓]主")
_SECOND_MARK: Final = re.compile(r"沙[发發]|2\s*[楼樓#]|#2")
_NUMBERED: Final = re.compile(r"#\d{1,5}|\d{1,5}\s*[楼樓#]")


def _opens_thread(page: Page, items: list[int], owner: dict[int, int]) -> bool:
    """Is the first of ``items`` the thread's first post: marked "楼主" on a line of its own and with no floor number
    (a reply by the opening poster wears both: Hupu, Tieba), the second marked as the second floor ("沙发", "2楼",
    "2#")? Then prose above the items (a board's rules box, a notice) is no first post: Discuz!'s floors."""
    if len(items) < 2:
        return False
    marks: dict[int, list[str]] = {items[0]: [], items[1]: []}
    for i, item in owner.items():
        text = page.lines[i].text.strip()
        if item in marks and len(text) <= 8 and _FLOOR.fullmatch(text):
            marks[item].append(text)
    first, second = marks[items[0]], marks[items[1]]
    return (
        any(_OP_MARK.fullmatch(x) for x in first)
        and not any(_NUMBERED.fullmatch(x) for x in first)
        and any(_SECOND_MARK.fullmatch(x) for x in second)
    )


CTA_CHARS: Final = 8
"""A button's link text is at most this many characters ("立即咨询", "Learn more")."""


def _promo_box(page: Page, k: int, gains: list[float]) -> bool:
    """Is element ``k`` a blurb and its button: at most :data:`AD_LINES` lines of prose (:data:`AD_CHARS` characters),
    then only lines that are one short link each (:data:`CTA_CHARS`), at least one; nothing above the prose (a post
    in a template of its own opens with its author's name or date)?"""
    blk = page.blocks[k]
    lines = page.lines
    prose = [i for i in range(blk.start, blk.end) if gains[i] > 0 and lines[i].link_chars < lines[i].chars]
    if not prose or prose[0] != blk.start or len(prose) > AD_LINES or prose[-1] - prose[0] >= len(prose):
        return False
    if sum(lines[i].chars for i in prose) > AD_CHARS or prose[-1] + 1 >= blk.end:
        return False
    return all(0 < lines[i].link_chars == lines[i].chars <= CTA_CHARS for i in range(prose[-1] + 1, blk.end))


def _headers_between(page: Page, items: list[int], owner: dict[int, int], gains: list[float]) -> set[int]:
    """The lines between the first and the last of ``items`` that are outside them, weigh less than nothing, are no
    heading and hold a digit or are mostly link text (a date, a count, a permalink number, a box of topic stats
    between two posts) or sit in a sibling of the items whose tag and class another sibling (not an item) wears
    too: each post's header set apart from it (bbPress's ``bbp-reply-header``); and a line that is all link text in
    a box of its own between two posts, however long (an ad), or the prose of a blurb with its button there
    (:func:`_promo_box`). A short subheading of an article read as a list (no digit, no link) stays."""
    blocks, lines = page.blocks, page.lines
    parent = blocks[items[0]].parent
    mine = set(items)
    worn: dict[str, int] = {}
    idx, stop = parent + 1, blocks[parent].end_block
    while idx < stop:
        if idx not in mine and blocks[idx].end > blocks[idx].start:
            sig = _sig(page, idx)
            worn[sig] = worn.get(sig, 0) + 1
        idx = blocks[idx].end_block if blocks[idx].end_block > idx else idx + 1
    out: set[int] = set()
    boxes: dict[int, bool] = {}
    promos: dict[int, bool] = {}
    for i in range(blocks[items[0]].start, blocks[items[-1]].end):
        if i in owner:
            continue
        if gains[i] > 0 and lines[i].link_chars < lines[i].chars:
            k = child_toward(blocks, lines[i].block, parent)
            if k > parent and k not in mine:
                if k not in promos:
                    promos[k] = _promo_box(page, k, gains)
                if promos[k] or _notice_box(page, k, worn, len(items)):
                    out.add(i)  # a blurb and its button between two posts ("…免费咨询" + "立即咨询"), a notice
            continue
        k = child_toward(blocks, lines[i].block, parent)
        if gains[i] > 0:  # a line that is one link, in a box of its own between two posts: an ad, a promoted topic
            if k > parent and k not in mine and not lines[i].heading:
                out.add(i)
            continue
        if lines[i].heading or gains[i] == 0:
            if k > parent and k not in mine:
                if k not in boxes:
                    boxes[k] = _stats_box(page, k, gains)
                if boxes[k]:
                    out.add(i)  # a label in a box of counts between two posts (a topic map: "replies 12 views 340")
            continue
        if (
            (k > parent and worn.get(_sig(page, k), 0) >= 2)
            or _DIGIT.search(lines[i].text)
            or (2 * lines[i].link_chars > lines[i].chars)
        ):
            out.add(i)
    return out


def _notice_box(page: Page, k: int, worn: dict[str, int], n_items: int) -> bool:
    """Is block ``k``, a sibling of the posts between two of them, a notice set between floors: a box of at most
    :data:`NOTICE_LINES` lines whose tag and class other siblings between the posts wear too (a moderator's notice,
    an advert card, a warning repeated down a long thread), fewer such boxes than half the posts (a post's text
    set apart from its header box is worn by every post)?"""
    blk = page.blocks[k]
    n = worn.get(_sig(page, k), 0)
    return blk.end - blk.start <= NOTICE_LINES and 2 <= n and 2 * n < n_items


STATS_LINE: Final = 20
"""A box between two posts whose lines are each at most this long, weigh nothing or less, and half of which (two at
least) hold a digit is a box of thread stats ("created 5d", "last reply 3h", "replies 12", "views 340")."""


def _stats_box(page: Page, k: int, gains: list[float]) -> bool:
    """Is block ``k`` a box of thread stats (:data:`STATS_LINE`)?"""
    blk = page.blocks[k]
    counts = 0
    for i in range(blk.start, blk.end):
        ln = page.lines[i]
        if gains[i] > 0 or ln.chars > STATS_LINE:
            return False
        counts += _DIGIT.search(ln.text) is not None
    return counts >= 2 and 2 * counts >= blk.end - blk.start


TEASER_ITEMS: Final = 3
"""A list of at least this many like siblings each opening with a link line is a list of teasers..."""
TEASER_HEAD: Final = 15
"""...a link line being at least this many characters, mostly link text (a story's headline)..."""
TEASER_WORDS: Final = 3
"""...and at least this many words when it is ASCII text (a headline, not a name)."""


def _teasers_after(page: Page, lo: int, hi: int) -> set[int]:
    """The lines of lines ``lo:hi`` (below the last post of a chosen list of posts) that are in a list of teasers:
    :data:`TEASER_ITEMS` or more like siblings (tag and class words) that each open with a headline link and hold
    a line of prose below it (a site's "latest posts" box of headlines, bylines and excerpts under a thread)."""
    blocks, lines = page.blocks, page.lines
    out: set[int] = set()
    seen: set[int] = set()
    for i in range(lo, hi):
        if i in out:
            continue
        k = lines[i].block
        while k > 0 and blocks[k].start >= lo and blocks[k].parent >= 0:
            parent = blocks[k].parent
            if parent not in seen and blocks[k].end - blocks[k].start >= 2:
                seen.add(parent)
                items = _like_children(page, k, False)
                if len(items) >= TEASER_ITEMS and all(_teaser(page, t) for t in items):
                    for t in items:
                        out.update(range(blocks[t].start, blocks[t].end))
                    break
            k = parent
    return out


def _teaser(page: Page, item: int) -> bool:
    """Does block ``item`` open with a headline link (a line of :data:`TEASER_HEAD` characters or more, mostly link
    text, of :data:`TEASER_WORDS` words or more in a script that spaces its words: not a poster's name and handle,
    "Marta K@marta_k") and hold a longer line that is not one below it?"""
    blk, lines = page.blocks[item], page.lines
    head = lines[blk.start]
    if head.chars < TEASER_HEAD or 2 * head.link_chars <= head.chars:
        return False
    if head.text.isascii() and len(head.text.split()) < TEASER_WORDS:
        return False
    return any(
        ln.chars > head.chars and 2 * ln.link_chars <= ln.chars and ln.punct for ln in lines[blk.start + 1 : blk.end]
    )


GROUP_UP: Final = 10
"""How far above a small chosen block to look for the list of posts it sits in."""
SMALL_BLOCK: Final = 100.0
"""A chosen block whose prose weighs less than this may be a part of one short post (a signature, a one-line
reply) of a list of posts whose chrome outweighs their text."""


def post_group(page: Page, block: int, gains: list[float]) -> int:
    """For a block one of numbered floors holds, their parent (:func:`_floor_list`). For a small chosen block (its
    prose weighs less than :data:`SMALL_BLOCK`: a signature, a "who is online"
    line, one short post), the parent of the list of posts whose text, less its chrome slots, outweighs it: like
    siblings named as posts (or, named by no class word, each with a reply or report action), :data:`MIN_POSTS` or
    more, each with prose, whose slots hold chrome, found within :data:`GROUP_UP` levels above the block or above
    a line of prose, that holds the block or ends above it; -1 if none does."""
    blocks, lines = page.blocks, page.lines
    floors = _floor_list(page, block, gains)
    if floors >= 0:
        return floors
    own = sum(g for g in gains[blocks[block].start : blocks[block].end] if g > 0)
    if own >= SMALL_BLOCK:
        return -1
    best, weight = -1, own
    own_start = blocks[block].start
    seen: set[int] = set()
    starts = [block, *(lines[i].block for i, g in enumerate(gains) if g > 0)][:GROUP_LINES]
    for k in starts:
        for _ in range(GROUP_UP):
            parent = blocks[k].parent
            if parent < 0 or k in seen:
                break
            seen.add(k)
            text = _group_text(page, k, gains)
            if text > weight and (blocks[parent].start <= blocks[block].start or blocks[parent].end <= own_start):
                best, weight = parent, text  # (a block above a list of posts is its first post: left to thread_lines)
            k = parent
    return best


def _floor_list(page: Page, block: int, gains: list[float]) -> int:
    """The parent of the numbered floors (:func:`_floors`) that one of them holds block ``block`` (a long floor that
    outweighs the others, its prose in a cell of the floor's table), or -1."""
    blocks = page.blocks
    k = block
    while blocks[k].parent > 0:
        if blocks[k].end - blocks[k].start >= 2:
            items = _like_children(page, k, False)
            if len(items) >= FLOOR_ITEMS and k in items and _floors(page, items, gains):
                return blocks[k].parent
        k = blocks[k].parent
    return -1


TITLED_REACH: Final = 16
"""A thread under the page's title (:func:`titled_thread`) has its first post's header at most this many lines
below the title line."""


def titled_thread(page: Page, best: int, gains: list[float], anchor: int) -> int:
    """The list of posts right under the page's title when the block chosen lies outside it (a side column's feed
    of long items outweighed a short thread), or -1. The posts are told by their shape alone, whatever their
    classes name: at least :data:`FLOOR_ITEMS` like siblings, each with prose and, above its last line of prose,
    a short header line of a name and a time (:func:`_stamp_line`), the first header within :data:`TITLED_REACH`
    lines below the title line ``anchor``, and no more prose between the title and the first post than the
    posts hold. Returns the parent of the posts."""
    blocks, lines = page.blocks, page.lines
    if anchor < 0 or best < 0:
        return -1
    for probe in range(anchor + 1, min(anchor + 1 + TITLED_REACH, len(lines))):
        ln = lines[probe]
        if ln.chars > FLOOR_HEAD or gains[probe] > 0 or not _stamp_line(ln.text):
            continue
        k = ln.block
        while k > 0 and blocks[k].parent >= 0 and blocks[k].start > anchor:
            if blocks[k].end - blocks[k].start >= 2:
                items = _like_children(page, k, False)
                if items and items[0] == k and _time_marked_posts(page, items, gains, above=True):
                    parent = blocks[k].parent
                    first = blocks[k].start
                    between = sum(g for g in gains[anchor + 1 : first] if g > 0)
                    held = sum(g for g in gains[first : blocks[items[-1]].end] if g > 0)
                    outside = blocks[best].start >= blocks[items[-1]].end or blocks[best].end <= anchor
                    return parent if outside and between < held else -1
            k = blocks[k].parent
        return -1
    return -1


def _stamped_post(page: Page, item: int, gains: list[float]) -> bool:
    """Does block ``item`` hold prose and, above its last line of prose, a short line of a name and a time?"""
    blk, lines = page.blocks[item], page.lines
    last = max((i for i in range(blk.start, blk.end) if gains[i] > 0), default=-1)
    return any(lines[i].chars <= FLOOR_HEAD and _stamp_line(lines[i].text) for i in range(blk.start, last))


GROUP_LINES: Final = 400
"""At most this many lines of prose are climbed from."""


def _group_text(page: Page, k: int, gains: list[float]) -> float:
    """The prose, less chrome slots and signatures, of the list of posts block ``k`` is one of (0 if it is none)."""
    blocks = page.blocks
    for named in (True, False):
        if named and not (_named(blocks[k]) or _in_named_list(page, k) or _unnamed_reply(page, k)):
            continue
        items = [i for i in _like_children(page, k, named) if _has_prose(blocks[i], gains)]
        if len(items) < MIN_POSTS or not (named or _acted(page, items)):
            continue
        owner, chrome = _chrome(page, items, gains)
        if chrome:
            return sum(
                gains[i]
                for i, item in owner.items()
                if gains[i] > 0 and _slot(page, i, item) not in chrome and not _signed(page, i, item)
            )
    return 0.0


def _lone_below(
    page: Page, start: int, end: int, gains: list[float], memo: dict[tuple[int, bool], list[int]]
) -> list[int]:
    """The one reply (:func:`_lone_reply`) in the chosen block ``start:end`` below its first post (prose above it in
    the block; an item named by no class shares a line's template with that post), as a list; [] if none."""
    lines = page.lines
    seen = False
    sentences = 0
    for probe in range(start, min(end, start + LONE_REACH)):
        sentences += (
            gains[probe - 1] > 0 and _SENTENCE_END.search(lines[probe - 1].text) is not None if probe > start else 0
        )
        if not seen:
            seen = gains[probe] > 0 and not lines[probe].heading
            continue
        if lines[probe].block == lines[probe - 1].block:
            continue
        loose = sentences <= 1
        found = _items_or_lone(page, probe, gains, loose, memo)
        if len(found) == 1 and page.blocks[found[0]].end <= end and page.blocks[found[0]].start >= probe - 1:
            return found if _reply_to(page, found[0], start, probe) else []
        if found:
            return []
    return []


def _before_items(
    page: Page, start: int, items: list[int], owner: dict[int, int], chrome: set[tuple[str, ...]], gains: list[float]
) -> list[int]:
    """The lines to keep from ``start`` up to the first of ``items``: in an earlier sibling of the items (a best
    answer, a first post set apart) those outside the items' chrome slots, less the lines of a slot the items do
    not have that weigh nothing ("最佳答案"); elsewhere (the thread's title and stats, a question above its
    answers) headings and lines that weigh nothing or more (an author line, a date, a "report" link go). Below the
    first line of prose, a post's header or footer line (:func:`_post_header`) goes too; above it, such a line is
    the story's byline (it gives the page its date)."""
    blocks, lines = page.blocks, page.lines
    parent = blocks[items[0]].parent
    known = {_slot(page, i, item) for i, item in owner.items()}
    worn = _worn(lines, owner)
    chrome_worn = {_NO_DIGITS.sub("", lines[i].text) for i, item in owner.items() if _slot(page, i, item) in chrome}
    kept = []
    prose = False
    for i in range(start, blocks[items[0]].start):
        k = child_toward(blocks, lines[i].block, parent)
        if k > parent and blocks[k].end - blocks[k].start >= 2:  # in an earlier sibling of the items
            slot = _slot(page, i, k)
            if (
                (slot in chrome and not _own_prose(lines[i], gains[i], worn))
                or _signed(page, i, k)
                or (prose and _post_header(lines[i]))
            ):
                continue
            if slot not in known and gains[i] <= 0:
                continue
            if gains[i] > 0 and _card_bio(page, i, blocks[items[0]].start, gains):
                continue
        elif (
            gains[i] < 0
            or (gains[i] > 0 and _card_bio(page, i, blocks[items[0]].start, gains))
            or (prose and _counter(lines[i].text))
            or _date_line(lines[i].text, gains[i])
            or _thread_stats(lines[i].text)
            or _user_card(lines[i].text)
            or _NO_DIGITS.sub("", lines[i].text) in chrome_worn
            or (prose and _post_header(lines[i]))  # (above all prose: a byline, which gives the story's date)
        ) and not lines[i].heading:
            continue
        elif lines[i].heading and _section_label(page, start, i, blocks[items[0]].start, gains):
            continue
        prose = prose or (gains[i] > 0 and not lines[i].heading)
        kept.append(i)
    return kept


CARD_LINES: Final = 4
"""A user's card above a thread's first post holds at most this many lines (:func:`_card_bio`)..."""
NAME_CHARS: Final = 24
"""...one of them the user's name: one link of at most this many characters."""


def _card_bio(page: Page, line: int, first: int, gains: list[float]) -> bool:
    """Is ``line`` (above the first of a thread's items, at ``first``) the bio in the card of the first post's
    author: a short line (at most :data:`REPEAT_CHARS` characters) without a link, in an element whose parent (the
    card, of at most :data:`CARD_LINES` lines) also holds the user's name (a short line that is all link) and a
    follow button or a short line of user actions ("+ 关注 422万", "Follow"), with prose below the card before
    ``first`` (the post's own text: a microblog post written inside its card is no bio)? "一个喜欢折腾数码的普通人，
    每周更新。" between an UP主's name and his video's description."""
    blocks, lines = page.blocks, page.lines
    ln = lines[line]
    if ln.link_chars or len(ln.text) > REPEAT_CHARS:
        return False
    card = blocks[ln.block].parent
    if card < 0 or blocks[card].end - blocks[card].start > CARD_LINES or blocks[card].end >= first:
        return False
    span = range(blocks[card].start, blocks[card].end)
    named = any(
        j != line and 0 < lines[j].chars <= NAME_CHARS and lines[j].link_chars == lines[j].chars for j in span
    )
    acted = any(j != line and user_action(lines[j].text) for j in span) or any(
        blocks[card].start <= blocks[b].start < blocks[card].end and user_action(label) for b, label in page.buttons
    )
    return named and acted and any(gains[j] > 0 and not lines[j].heading for j in range(blocks[card].end, first))


def card_bios(page: Page, start: int, first: int, gains: list[float]) -> frozenset[int]:
    """The lines from ``start`` up to ``first`` (a thread's first reply) that are the bio in the first post's author
    card (:func:`_card_bio`)."""
    lines = page.lines
    return frozenset(
        i for i in range(start, first) if gains[i] > 0 and not lines[i].heading and _card_bio(page, i, first, gains)
    )


SECTION_LABEL: Final = 20
"""A heading of at most this many characters..."""


def _section_label(page: Page, start: int, line: int, first: int, gains: list[float]) -> bool:
    """...with no sentence end, right above a list of answers (nothing that weighs something between it and the first,
    at ``first``) and below an answer (a line of ``start:line`` in an element named as an answer, or in its child: an
    accepted or best answer set above the question or the others) is the label of the answers' section ("其他回答",
    "Other answers"), not a part of any answer. (An article's "Comments" heading above its comments has no answer
    above it.)"""
    lines, blocks = page.lines, page.blocks
    text = lines[line].text
    if len(text) > SECTION_LABEL or _SENTENCE_END.search(text) or any(g > 0 for g in gains[line + 1 : first]):
        return False
    for j in range(start, line):
        k = lines[j].block
        if _answer_named(blocks[k].ident) or (blocks[k].parent >= 0 and _answer_named(blocks[blocks[k].parent].ident)):
            return True
    return False


def _date_line(text: str, gain: float) -> bool:
    """Is ``text`` a short line that weighs nothing and holds a date or a time (a thread's "« on: <date> »" set as
    a plain paragraph above the posts)?"""
    return gain == 0 and len(text) <= REPEAT_CHARS and _DATED.search(text) is not None


def _worn(lines: list[Line], owner: dict[int, int]) -> set[str]:
    """The texts, digits aside, of the lines the items wear (``owner``'s lines): what :func:`_own_prose` asks."""
    return {_NO_DIGITS.sub("", lines[i].text) for i in owner}


def _own_prose(line: Line, gain: float, worn: set[str]) -> bool:
    """Is ``line``, in a chrome slot of an earlier sibling of the items, a sentence of its own (a question's text in
    an element whose first class its answers' user cards wear too: Zhidao's ``line``), not a line the items wear?"""
    return gain > 0 and line.chars >= PROSE_LINE and line.punct > 0 and _NO_DIGITS.sub("", line.text) not in worn


COUNTER_CHARS: Final = 16
"""A line of at most this many characters holding a number and no sentence end, below the first post's prose and
above the replies, is a counter over them ("全部评论（4）", "3 Answers", "共5条")."""
_COUNTER: Final = re.compile(r"\d")


STATS_CHARS: Final = 160
"""A line of at most this many characters that gives two or more counts of a thread's replies, posts, views or
participants is the thread's stats ("This topic has 3 replies, 3 voices, and was last updated 1 year ago by X.",
"Replies 3 Views 305", "12 回复 · 305 浏览"), above its posts."""
_COUNT_WORD: Final = (
    r"(?:replies|reply|posts|post|answers|answer|comments|comment|views|view|voices|voice|participants|pages|"
    r"回复|回帖|回答|评论|浏览|查看|阅读|点击|参与|页|关注|回覆|回應|評論|瀏覽|閱讀|點擊|參與|頁|關注)"
)
_COUNTED: Final = re.compile(
    rf"\d[\d,.]*\s*[万千萬kKmM]?\s*[个条次人個條]?\s*{_COUNT_WORD}(?![a-z])|(?<![a-z]){_COUNT_WORD}\s*[:：]?\s*\d",
    re.I,
)


def _thread_stats(text: str) -> bool:
    return len(text) <= STATS_CHARS and len(_COUNTED.findall(text)) >= 2


COMMENT_HEADING: Final = re.compile(
    r"^(?:网友|读者|網友|讀者|全部|最新|热门|熱門|精选|精選)?(?:评论|評論|留言|跟贴|跟帖|回应|回應)"
    r"\s*(?:[(（\[【]\s*共?\s*\d[\d,]*\s*(?:条|條)?\s*[)）\]】]|共?\s*\d[\d,]*\s*(?:条|條)?)?\s*[:：]?"
    r"(?:\s*(?:发评论|发表评论|我要评论|發評論|發表評論|我要評論))?$"
    # the same heading in other languages than Chinese and English: "Kommentare (3)", "Commentaires (3)", "Комментарии
    # 3", "Yorumlar (5)", "Σχόλια (3)", "コメント（3件）", "2 件のコメント", "댓글 3개", "Bình luận (3)",
    # "التعليقات (3)", "टिप्पणियां (3)"
    r"|^(?:\d+\s*)?(?:(?i:kommentare|leserkommentare|commentaires|comentarios|commenti|comentários|komentarze|komentarzy"
    r"|reacties|комментарии|коментарі|yorumlar|yorum|σχόλια|bình luận|komentar|komentáře|komentáre|kommentarer"
    r"|kommentit|diskuse|diskuze|diskusia|hozzászólások|hozzászólás|kommentek|comentarii|komentari|komentarji)"
    r"|(?:件の)?コメント|댓글|التعليقات"
    r"|تعليقات|نظرات|دیدگاه‌ها|टिप्पणियां|टिप्पणियाँ|प्रतिक्रियाएं|תגובות|ความคิดเห็น)"
    r"\s*(?:[(（]\s*\d[\d,.]*\s*(?:件|개)?\s*[)）]|\d[\d,.]*\s*(?:件|개)?)?\s*[:：]?$"
)
"""A heading that names a comment section, with or without its count ("网友评论（93）", "留言（29）", "評論 12",
"Kommentare (4)", "コメント（3件）"), and the link to the comment form after it (a Sina blog's "评论 [8] 发评论"): never
a Q&A page's answers ("3个回答") nor a forum's replies ("回复"). (English "Comments (3)" is left out: English forum
pages were tuned without it.)"""


def comment_heading(text: str) -> bool:
    """Is ``text`` the heading of a comment section (:data:`COMMENT_HEADING`)?"""
    if len(text) > COUNTER_CHARS:
        return False
    heading = _HEADINGS.get(text)
    if heading is None:
        bare = text.strip()
        heading = remember(
            _HEADINGS, text, _HEADING_FIRST.match(bare) is not None and COMMENT_HEADING.match(bare) is not None
        )
    return heading


_HEADINGS: Final[dict[str, bool]] = {}
""":func:`comment_heading`'s answers (the same short lines are asked of every probe of a thread's lines)."""


_HEADING_FIRST: Final = re.compile(r"[网读網讀全最热熱精件评評留跟回\dコ댓اتندटपתค]|(?i:[klcrкyσbdh])")
"""The characters :data:`COMMENT_HEADING` can open with, matched the same way (a quick test: most lines fail it)."""


def _counter(text: str) -> bool:
    return len(text) <= COUNTER_CHARS and _COUNTER.search(text) is not None and not _SENTENCE_END.search(text)
