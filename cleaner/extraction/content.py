"""Main-content detection on the flattened page.

Every line gets a *gain*: positive for prose (text that is not link text and
carries sentence punctuation or length), negative for link lists, short chrome
(menus, user names, buttons) and anything inside a boilerplate-hinted element
(comment, footer, share, recommend, sidebar...). A block's score is the sum of
the gains of its lines (prefix sums: O(1) per block). The main content is the
block with the highest score: it holds as much prose as possible while taking
in as little boilerplate as possible, which merges sibling paragraphs, keeps
every post of a thread or every answer of a Q&A page (chrome between posts
costs less than the posts bring), and stops before comment sections.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Final

from .dom import (
    BANNER,
    DIALOG_NAME,
    HEADINGS,
    PRE,
    SCRIPT_STOPS,
    Block,
    Line,
    Page,
    alnum_only,
    camel_lower,
    child_toward,
    hint_of,
    no_decimals,
    remember,
)
from .metadata import is_byline as _is_byline
from .shortposts import short_posts
from .tables import CAPTION_LINES, RECORD_CELL, RECORD_ROWS, RECORD_SHARE, announces, records_below
from .thread import (
    AD_CHARS,
    AD_LABELS,
    AD_LINES,
    BIO_NAME,
    COUNTER_CHARS,
    REPEAT_CHARS,
    REPLY_PREFIX,
    RUN_GAP,
    action_bar,
    action_inside,
    alike_names,
    answer_like,
    answer_named,
    bar_tail,
    bare_bar,
    card_bios,
    comment_heading,
    comment_section,
    data_table,
    flat_headers,
    floor_marked,
    floored,
    listed_replies,
    op_marked,
    post_group,
    post_headers,
    post_lines,
    read_count,
    reply_action,
    reply_named,
    short_lines,
    table_of,
    thread_lines,
    titled_thread,
    user_action,
)

__all__ = [
    "Selection",
    "common_block",
    "content_lines",
    "fallback_root",
    "line_gain",
    "select_root",
    "thread_edges",
    "trim_edges",
]

LINK_DENSE: Final = 0.5
COMMENT_HINT: Final = -2
"""The class/id hint of a comment-named element (:func:`.dom.hint_of`)."""
NEG_SHARE: Final = 0.4
"""A boilerplate hint is ignored on an element holding more than this share of the page's prose."""
BANNER_SHARE: Final = 0.9
"""A consent-banner hint counts only on an element at the very start or end of the page holding at most this
share of the page's prose (a consent overlay or privacy centre appended to the body can hold most of a short
page's prose; an element inside the page named for a consent state may hold the article)."""
LIST_HEADER: Final = 12
"""A line this short right above two link lines is the header of a link list (:data:`LIST_HEADER_LATIN` in a
script without CJK characters: "Related Articles", "More from this section")..."""
LIST_HEADER_LATIN: Final = 30
LIST_AFTER: Final = 50
"""...and is dropped with its list when at least this much prose follows the list."""
TITLE_GAP: Final = 8
"""A block starting at most this many lines before or after the title line is "under the title"."""
TITLE_BONUS: Final = 1.3
TITLE_COSTS: Final = 0.05
MAX_ITEM_UP: Final = 5
"""How far above the best block to look for a repeated item (post, answer)."""
SIBLING_SHARE: Final = 0.3
"""Neighbouring siblings are taken in when they add at least this share of the root's score."""
MIN_ROOT_SHARE: Final = 0.25
MIN_ROOT_PARAGRAPHS: Final = 3
"""...unless it has at least this many prose lines (an article above a long comment thread)."""
"""If the best block holds less of the page's prose than this, strong hints (comment...) are re-examined."""
LIST_PUNCT: Final = 8
LIST_SEGMENT: Final = 5
"""A line with at least LIST_PUNCT marks and fewer than LIST_SEGMENT characters per mark is a keyword list."""
PROSE_CHARS: Final = 50
_HEADED_MAX_LINES: Final = 60
FORM_ROW: Final = 6
"""A block of at most this many lines with form controls directly in it is a form row: its lines are labels."""
SHORT_LINE: Final = 30
"""A non-CJK line shorter than this is prose only if it ends a sentence."""
SENTENCE_END: Final = frozenset('。！？.!?…”"」』）)' + SCRIPT_STOPS)
TEASER_LINK: Final = 15
TEASER_LINK_CJK: Final = 8
"""...or of this many characters in Chinese or Japanese (a headline of 8 characters says as much)."""
TEASER_GAP: Final = 3
"""A prose line at most TEASER_GAP lines after a headline link of TEASER_LINK+ characters is a teaser."""
TEASER_RUN: Final = 3
"""...and so is each of a run of this many lines that open with such a link."""
"""A line this long (without punctuation) still counts as prose."""


_CUT_TITLE: Final = re.compile(r"(?:\.\.\.|…)(?=\s*[^\s.…])")
"""An ellipsis with text after it: where a cut title ends and the next one starts."""


def is_byline(ln: Line) -> bool:
    """:func:`~.metadata.is_byline`, an English line's typographic punctuation read as ASCII: a story's byline
    "January 8, 2018 · By Jane Doe" under its title tells a news story from a thread's first post (its comments below
    are no replies). Reading it so in the metadata too moved a magichtml_en check page down (not kept)."""
    return _is_byline(ln, typographic=True)


def cut_titles(text: str) -> bool:
    """Is ``text`` a run of cut titles (two ellipses or more, each followed by more text: "New APN for LTE (and
    iPhone instructions… Account at zero; top up bought; no phone… Nokia 1661"), ending in a title, cut or not,
    rather than a sentence? In a line of link text it is a menu of other topics, however long and punctuated, not a
    paragraph wrapped in a link (which ends a sentence however many elisions it holds: "他说……然后……走了。")."""
    return (text[-1] not in SENTENCE_END or _CUT_END.search(text) is not None) and len(_CUT_TITLE.findall(text)) >= 2


def link_run(ln: Line) -> bool:
    """Does a line of mostly link text go on with a link of :data:`TEASER_LINK_CJK` characters or more after plain
    text that follows its first link, and either not close a sentence or close one after short segments (fewer than
    :data:`RUN_SEGMENT` characters per punctuation mark: a citation's "title. site. date [date]. (archived)." )?
    Then it is several links run together (question titles each followed by "347 个回答", a "See also" strip of
    titles joined by " · ", a sidebar's inline items), not one punctuated paragraph wrapped in links. A paragraph
    wrapped in links closes its last sentence after long ones: an English one's inline links ("<a>Apple</a> said
    on Tuesday that <a>its new phones</a> ...") add up to 8 characters after plain text in any sentence, so the
    run is told by its end, not by the language (this was gated to Chinese lines until en23).

    A line that is link text from end to end (links run together with nothing but spaces between: a drop-down
    menu's ``<a>`` items read as one line once its class names are gone) is such a run when it closes no sentence
    and its segments are short: "《L01 Laravel 教程 - Web 开发实战入门》 《L02 …》"."""
    if ln.lead_link <= 0:
        return False
    if ln.link_chars - ln.lead_link >= TEASER_LINK_CJK:
        return _SENTENCE_CLOSE.search(ln.text) is None or ln.chars < ln.punct * RUN_SEGMENT
    return ln.lead_link >= ln.chars and ln.chars < ln.punct * RUN_SEGMENT and _SENTENCE_CLOSE.search(ln.text) is None


_SENTENCE_CLOSE: Final = re.compile(r"[.!?。！？](?:[\"'”’»)\]」』）]{0,2})$")
"""A line that closes a sentence (a full stop, a question or exclamation mark, then at most two closing quotes or
brackets; an ellipsis is a cut title, not a close)."""
RUN_SEGMENT: Final = 20
"""Fewer characters (without spaces) than this per punctuation mark: a run of short items, not sentences (English
prose has a mark every 40-60 characters, a citation every 10-15; Chinese prose ≈ 10-15, so a Chinese paragraph
wrapped in links is still read as links, as it was before en23)."""


_TITLE_ENDS: Final = "。！？!?"
_TITLE_SENTENCE: Final = re.compile(f"[^{_TITLE_ENDS}]{{6,40}}[{_TITLE_ENDS}]")
"""One short sentence: a question title's form ("租的房子墙面发霉了，应该找房东处理还是自己处理？")."""
QUESTION_TITLES: Final = 3


def _title_parts(text: str) -> list[str]:
    """``text`` as short sentences (:data:`_TITLE_SENTENCE`) when it is nothing else; [] otherwise."""
    if not text or text[-1] not in _TITLE_ENDS:
        return []  # (the last sentence ends the text)
    ends = sum(text.count(c) for c in _TITLE_ENDS)
    if not 7 * ends <= len(text) <= 41 * ends:
        return []  # (each sentence holds one end and 7 to 41 characters: no findall, which tries each offset)
    parts = _TITLE_SENTENCE.findall(text)
    return parts if sum(len(x) for x in parts) == len(text) else []


def _questions(parts: list[str]) -> bool:
    """Are at least half of the sentences ``parts`` questions?"""
    return 2 * sum(1 for x in parts if x[-1] in "？?") >= len(parts)


def question_titles(text: str) -> bool:
    """Is ``text`` :data:`QUESTION_TITLES` short sentences or more and nothing else, at least half of them questions?
    In a line of link text it is question titles run together (a "推荐阅读" strip of ``<a>`` siblings with nothing
    between them), not one paragraph wrapped in a link."""
    parts = _title_parts(text)
    return len(parts) >= QUESTION_TITLES and _questions(parts)


def is_link_line(ln: Line) -> bool:
    """Mostly link text, and not a long punctuated paragraph that happens to be wrapped in a link."""
    return ln.link_chars > ln.chars * LINK_DENSE and not (
        ln.chars >= 80
        and ln.punct >= 3
        and not cut_titles(ln.text)
        and not link_run(ln)
        and not question_titles(ln.text)
    )


def line_gain(ln: Line) -> float:
    """Gain of one line, ignoring class/id hints."""
    total = ln.chars
    if total <= 0:
        return 0.0
    links = ln.link_chars
    if links > total * LINK_DENSE:
        if not (total >= 80 and ln.punct >= 3) or cut_titles(ln.text) or link_run(ln) or question_titles(ln.text):
            # is_link_line(ln), inline
            return -float(total)
        text_chars = total
    else:
        text_chars = total - links
    if ln.heading == PRE:
        return 0.5 * text_chars  # code and preformatted text: no punctuation, still content
    if ln.punct >= LIST_PUNCT and total < ln.punct * LIST_SEGMENT:
        return -0.5 * total  # "蔡英文、民進黨、國民黨、…": a keyword list
    if ln.punct > 0 or text_chars >= PROSE_CHARS:
        if text_chars < SHORT_LINE and ln.text[-1] not in SENTENCE_END and not _CJK.search(ln.text):
            return -0.5 * total  # "Tuesday November 19, 2019", "死者代理律師："
        return float(text_chars) * (1.0 + min(ln.punct, 10) * 0.02)
    return -0.5 * total


def base_gains(lines: list[Line], blocks: list[Block] | None = None) -> list[float]:
    """Line gains, with teasers (a headline link followed by a summary) counted as nothing. With the page's
    ``blocks``, a summary below a linked heading is looked for inside the heading's card only (:func:`_card_end`)."""
    # One pass: each line's :func:`line_gain` (inline: this runs for every line of every page) and the lines the
    # teaser passes start from.
    gains: list[float] = []
    add = gains.append
    leads: list[int] = []  # lines that open with a headline link (:func:`_teaser_runs`)
    heads: list[int] = []  # headline links on a line of their own (:func:`_teaser_pairs`)
    heading_links: list[int] = []  # headings that are headline links
    i = -1
    for ln in lines:
        i += 1
        total = ln.chars
        links = ln.link_chars
        punct = ln.punct
        if total <= 0:
            add(0.0)
            continue
        if links >= TEASER_LINK_CJK:
            if (links == total or (total - links <= RANK_CHARS and _ranked(ln)) or _stamped_headline(ln)) and (
                links >= TEASER_LINK or _CJK.search(ln.text)
            ):  # _headline_link(ln), inline
                heads.append(i)
            if (
                links >= TEASER_LINK
                and 0 < ln.heading < PRE
                and links > total * LINK_DENSE
                and (ln.lead_link >= TEASER_LINK or links == total)  # (not "#4 Updated by <a>X</a> <a>2 days ago</a>")
                and (not (total >= 80 and punct >= 3) or cut_titles(ln.text))
            ):
                heading_links.append(i)
        if TEASER_LINK <= ln.lead_link < total:
            leads.append(i)
        if links > total * LINK_DENSE:
            if not (total >= 80 and punct >= 3) or cut_titles(ln.text) or link_run(ln):
                add(-float(total))
                continue
            text_chars = total
        else:
            text_chars = total - links
        if ln.heading == PRE:
            add(0.5 * text_chars)
        elif punct >= LIST_PUNCT and total < punct * LIST_SEGMENT:
            add(-0.5 * total)
        elif punct > 0 or text_chars >= PROSE_CHARS:
            if text_chars < SHORT_LINE and ln.text[-1] not in SENTENCE_END and not _CJK.search(ln.text):
                add(-0.5 * total)
            elif links and _MORE_TAIL.search(ln.text, max(0, total - MORE_TAIL)):
                add(0.0)  # "…… [详情]": a cut summary of another page under its "read more" link
            elif _COPYRIGHT.match(ln.text):
                add(0.0)  # "Copyright © 2007 The Gazette. All rights reserved. This material may not be published..."
            elif links >= TEASER_LINK and _CUT_END.search(ln.text, max(0, len(ln.text) - 4)):
                add(0.0)  # 'kat on <a>Headline</a>: "The snippet, cut..."': a recent comment, a cut teaser
            else:
                add(float(text_chars) * (1.0 + min(punct, 10) * 0.02))
        else:
            add(-0.5 * total)
    if leads:
        _teaser_runs(lines, gains, leads)
    if heads:
        _teaser_pairs(lines, gains, heads)
    # a prose line at most TEASER_GAP lines below a heading that is a headline link (not itself one)
    if heading_links:
        after = set(heading_links)
        for h in _distinct_heads(lines, heading_links):
            bound = _card_end(lines, blocks, h, heading_links) if blocks is not None else len(lines)
            for k in range(h + 1, min(h + TEASER_GAP + 1, len(lines))):
                if k >= bound and blocks is not None and _prose_pair(lines, blocks, gains, k):
                    break  # past the list of cards, the article's paragraphs go on
                if k not in after and gains[k] > 0 and not _CJK.search(lines[k].text):
                    gains[k] = 0.0
    return gains


def _card_end(lines: list[Line], blocks: list[Block], head: int, heads: list[int]) -> int:
    """The end of the list holding a linked heading's card, the card being the largest element around the heading
    that holds no other linked heading (``heads``, ascending) and the list the element around the card. When the card
    holds more than the heading (``<div class=card><a><h3>…</h3></a><p>…</p></div>``), the teaser's summary is in
    the list; two paragraphs past it (:func:`_prose_pair`) are the article going on below a "Trending" strip of
    cards, not a summary. A heading alone in its card (flat ``<h2><a>…</a></h2><p>…</p>`` siblings) bounds nothing:
    ``len(lines)``."""
    k = lines[head].block
    while (par := blocks[k].parent) >= 0:
        box = blocks[par]
        if bisect_left(heads, box.end) - bisect_left(heads, box.start) > 1:
            return box.end if blocks[k].end > head + 1 else len(lines)  # (the heading itself is one of them)
        k = par
    return len(lines)


def _prose_pair(lines: list[Line], blocks: list[Block], gains: list[float], k: int) -> bool:
    """Are lines ``k`` and ``k + 1`` prose (a gain) in paragraphs of one element: a run of the article's text?"""
    return (
        k + 1 < len(lines)
        and gains[k] > 0
        and gains[k + 1] > 0
        and blocks[lines[k].block].parent == blocks[lines[k + 1].block].parent
    )


_DATE_ONLY: Final = re.compile(
    r"(?:[\d\s,.:/-]|[ap]\.?m|at|on|ago|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![a-z])"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?![a-z])|年|月|日|时|分)+",
    re.I,
)
"""A date and time, nothing else ("Mar 3, 2023 at 2:57 PM", "2023-03-03 14:57"). One way only to read a line: a dot
is the first class's (no optional dot after a word), a month or day word takes its whole run of letters ("Sept." once
read as "sep"+"t"+"." four ways, so a failing line of 12 of them took 27 s; helper hostile31)."""


def _distinct_heads(lines: list[Line], heads: list[int]) -> list[int]:
    """The headline-link headings but dates (a post's date linked to it, GitHub) and those whose text is, less a
    "Re:" prefix, that of one with the prefix: the thread's subject over its replies ("Re: <title>", phpBB, SMF)
    heads no other story."""
    heads = [h for h in heads if not _DATE_ONLY.fullmatch(lines[h].text)]  # a post's date, linked to the post
    keys = [REPLY_PREFIX.sub("", lines[h].text).casefold() for h in heads]
    replied = {key for h, key in zip(heads, keys, strict=True) if len(key) < len(lines[h].text)}
    return [h for h, key in zip(heads, keys, strict=True) if key not in replied]


MORE_TAIL: Final = 16
"""How far from the end of a line a cut summary's "read more" link is looked for."""
_MORE_TAIL: Final = re.compile(
    r"(?:\.{3,}|…|。。。)\s*[\[【《(（<]?\s*(?:详情|詳情|全文|详全文|詳全文|阅读全文|閱讀全文|详细|詳細|更多)\s*[\]】》)）>]*\s*$"
)
"""A summary cut short ("...", "……") followed by a "details" / "full text" link ("[详情]", "《詳全文》")."""
_COPYRIGHT: Final = re.compile(r"(?i:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}|[A-Z])|(?i:copyright)\s+\d{4}\b")
"""A copyright notice ("Copyright © 2007 ...", "© The Gazette", "Copyright 2008 ..."): a footer's prose, no content."""
_CUT_END: Final = re.compile(r"(?:\.\.\.|…)[\"'”’»)\]]?$")
"""A line cut short ("...", with a closing quote): beside a headline link, a snippet of another page."""


def _teaser_runs(lines: list[Line], gains: list[float], leads: list[int]) -> None:
    """Lines that open with a headline link and go on with a summary ("<a>Headline</a> Summary...") are
    teasers when at least :data:`TEASER_RUN` of them follow one another: they cost what their links do.
    ``leads``: the lines that open with a headline link, ascending."""
    run: list[int] = []
    for i in leads:
        if run and i != run[-1] + 1:
            _teaser_run(lines, gains, run)
        run.append(i)
    _teaser_run(lines, gains, run)


def _teaser_pairs(lines: list[Line], gains: list[float], heads: list[int]) -> None:
    """A headline link on a line of its own followed by a summary line, :data:`TEASER_RUN` or more times in a
    row (``<dt><a>Headline</a></dt><dd>Summary</dd>``, a "latest headlines" box; once the run holds that many, a
    short title that is one link goes on with it): the summaries count as nothing. ``heads``: the headline links
    on a line of their own, ascending (a run starts at one)."""
    n = len(lines) - 1
    after = 0  # a run ended before this line
    for i in heads:
        if i < after or i >= n:
            continue
        j = i
        summaries: list[int] = []
        while j < n and (_headline_link(lines[j]) or (len(summaries) >= TEASER_RUN and _link_only(lines[j]))):
            s = j + 1  # (past a run's first pairs, a short title link goes on with it: "Joel on Software")
            if s < n and _date_line(lines[s]):
                s += 1  # the teaser's date between its headline and its summary
            if lines[s].lead_link or (gains[s] <= 0 and not _plain_sentence(lines[s])):
                break
            summaries.append(s)
            j = s + 1
            if (
                j < n
                and _headline_link(lines[j + 1])
                and (
                    _RANK.fullmatch(lines[j].text)
                    or _date_line(lines[j])
                    or _stamp(lines[j], gains[j])
                    or _teaser_meta(lines[j], gains[j])
                )
            ):
                j += 1  # "2." between the pairs of a "Most Read" ranking; the date or count under a summary
        if len(summaries) >= TEASER_RUN:
            for k in summaries:
                gains[k] = min(gains[k], 0.0)
        if j > i:
            after = j + 1


_ACCOUNT: Final = re.compile(r"(?:^|\s)@\w[\w.]+")
"""An account's handle as a word of its own ("@jenny_b", "@jenny_b@mastodon.social"): a line of links holding one is
a post's header (the author's name and handle, the post's time), not a headline over a teaser (Mastodon's statuses)."""


def _plain_sentence(ln: Line) -> bool:
    """A Chinese line of text without links that ends a sentence: a teaser's summary even where it counts as a list
    or as less than nothing ("…站点包括：立水桥、大屯路东、北新桥…。"), so the run of teasers goes on past it."""
    return (
        not ln.link_chars
        and ln.chars >= TEASER_LINK
        and ln.text[-1] in SENTENCE_END
        and _CJK.search(ln.text) is not None
    )


_RANK: Final = re.compile(r"\(?\d{1,2}[.)]?|#\d{1,2}")
"""A rank on a line of its own ("1.", "(2)", "#3")."""
DATE_LINE: Final = 40
"""The longest line :func:`_date_line` reads..."""


def _date_line(ln: Line) -> bool:
    """...a date and time on a line of its own, not linked ("2012-07-22 23:20"; the length and link tests first:
    the regex runs after most headline links)."""
    return not ln.link_chars and len(ln.text) <= DATE_LINE and _DATE_ONLY.fullmatch(ln.text) is not None


STAMP_CHARS: Final = 24
"""A line of at most this many characters with a digit that counts as nothing or less is a date or a count..."""


def _stamp(ln: Line, gain: float) -> bool:
    """...under a teaser's summary ("2024年4月23日", "12.03.2024", "3 Kommentare"); so is such a line that ends no
    sentence and counts as prose only for its Chinese characters ("价格: 27", "阅读 1203")."""
    if ln.chars > STAMP_CHARS or ln.link_chars or not any(c.isdigit() for c in ln.text):
        return False
    return gain <= 0 or (ln.text[-1] not in SENTENCE_END and _CJK.search(ln.text) is not None)


def _teaser_meta(ln: Line, gain: float) -> bool:
    """...or a short line of no weight with a digit and no user action word, links allowed: another thread's author,
    age and reply count under its excerpt ("<a>mkl</a> · 10 hours ago · 28 replies", a "Similar threads" list), not a
    reply's bar of buttons ("ReplyQuote16": one-line replies under their authors' linked names are no teasers)."""
    return gain <= 0 and len(ln.text) <= DATE_LINE and any(c.isdigit() for c in ln.text) and not action_inside(ln.text)


def _kind_pairs(page: Page, gains: list[float]) -> set[int]:
    """Teaser pairs told by their markup: :data:`TEASER_RUN` or more (link line, summary line) pairs in a row whose
    links all wear one element and whose summaries all wear another, most links headlines
    (:func:`_headline_link`): a short headline ("投身外交", "Joel on Software") does not end the run. The
    summaries count as nothing (``gains``, in place); returned."""
    lines, blocks = page.lines, page.blocks
    out: set[int] = set()
    n = len(lines) - 1
    i = 0
    # a run starts at a line of link text only (found first, in one pass) over a summary line of prose
    for c in [c for c, ln in enumerate(lines) if ln.chars and ln.link_chars == ln.chars]:
        if c < i or c >= n or gains[c + 1] < 0 or lines[c + 1].lead_link:
            continue
        i, ln = c, lines[c]
        if line_gain(lines[i + 1]) <= 0:
            i += 1  # (no pair here: the run's first test below, without the element kinds)
            continue
        head, summary = _kind(blocks[ln.block]), _kind(blocks[lines[i + 1].block])
        j, named = i + 2, int(_headline_link(ln))  # (the first pair passes the run's tests)
        while (
            j < n
            and lines[j].chars
            and lines[j].link_chars == lines[j].chars
            and _kind(blocks[lines[j].block]) == head
            and _kind(blocks[lines[j + 1].block]) == summary
            and line_gain(lines[j + 1]) > 0
            and not lines[j + 1].lead_link
        ):
            named += _headline_link(lines[j])
            j += 2
        pairs = (j - i) // 2
        if pairs >= TEASER_RUN and 2 * named > pairs and head != summary:
            for k in range(i + 1, j, 2):
                gains[k] = 0.0
                out.add(k)
        i = j if j > i else i + 1
    return out


def _headline_link(ln: Line) -> bool:
    """A line that is one headline link (after a rank: "1 <a>Headline</a>" in a "Most Read" list; before its stamp,
    :func:`_stamp_tail`), not a post's header of links holding an account's handle (:data:`_ACCOUNT`: a Mastodon
    status's author and time)."""
    if ln.link_chars < TEASER_LINK_CJK or (ln.link_chars != ln.chars and not _ranked(ln) and not _stamped_headline(ln)):
        return False
    text = ln.text
    if ln.link_chars < TEASER_LINK and _CJK.search(text) is None:
        return False
    return "@" not in text or _ACCOUNT.search(text) is None  # (no handle without "@": no scan of every offset)


STAMP_TAIL: Final = 30
"""A headline link may be followed on its line by a stamp of at most this many characters (:func:`_stamp_tail`)."""


def _stamped_headline(ln: Line) -> bool:
    """Is ``ln`` a headline link that opens it, followed by its story's stamp of at most :data:`STAMP_TAIL`
    characters (:func:`_stamp_tail`)?"""
    return ln.lead_link == ln.link_chars and ln.chars - ln.link_chars <= STAMP_TAIL and _stamp_tail(ln)


def _stamp_tail(ln: Line) -> bool:
    """Does the plain text after the headline link that opens ``ln`` read as the linked story's stamp — a count of
    its comments, replies or views or its reading time (:data:`_STORY_COUNT`), no sentence end ("<a>Title</a>13
    comments • 4 years ago", "<a>Title</a> 5 min read")? Its teaser is a headline, the stamp inline, and an excerpt
    below. A post's header of links and a time ("<a>Comment 1</a> <a>user</a> 2018-04-25 18:01:38 UTC": a bug
    tracker's) counts nothing: it heads the post's text, not a teaser."""
    text = ln.text.rstrip()
    n = ln.chars - ln.link_chars
    k = len(text)
    while n > 0 and k > 0:  # the tail: the last n non-space characters
        k -= 1
        if not text[k].isspace():
            n -= 1
    tail = text[k:]
    return text[-1] not in SENTENCE_END and _STORY_COUNT.search(tail) is not None and not action_inside(tail)


_STORY_COUNT: Final = re.compile(
    r"\d[\d,.]*\s*k?\s*(?:comments?|replies|responses|views|reads)\b|\bmin(?:ute)?s?\.? read\b", re.I
)
"""A story's count in its stamp: "13 comments", "2.1k views", "5 min read"."""


RANK_CHARS: Final = 3
"""A ranked headline link: at most this many characters before the link, a rank ("1", "10.", "#3")."""
_RANK_LEAD: Final = re.compile(r"#?\d{1,2}[.)]?")


def _ranked(ln: Line) -> bool:
    """A line that is a rank, then a link to its end ("1Why Beijing will...", "10. Headline", "#3 Headline")."""
    n = ln.chars - ln.link_chars
    if not 0 < n <= RANK_CHARS:
        return False
    return _RANK_LEAD.fullmatch(ln.text.lstrip()[:n]) is not None


def _teaser_run(lines: list[Line], gains: list[float], run: list[int]) -> None:
    if len(run) >= TEASER_RUN:
        for k in run:
            gains[k] = min(gains[k], -float(lines[k].lead_link))
    run.clear()


def _prefix(values: list[float]) -> list[float]:
    """Prefix sums: ``out[i]`` is the sum of ``values[:i]`` (added left to right)."""
    return list(accumulate(values, initial=0.0))


def negative_blocks(
    page: Page, prose: list[float], shared: set[str], *, lenient: bool = False, apart: tuple[int, int] = (0, 0)
) -> list[bool]:
    """Per block: inside a boilerplate-hinted element?

    ``prose`` holds the prefix sums of the lines' positive gains, ``shared`` the
    page's :func:`content classes <_content_classes>`. A weak hint (ad, widget...)
    is ignored on an element that holds a large share of the page's prose (a
    "widget Blog" wrapper around the article is not a sidebar). With ``lenient``,
    strong hints are treated like weak ones and comment hints are ignored: forum
    posts are often marked up as comments. The prose of lines ``apart`` (start, end: a comment section that outweighs
    the story above it) is no part of the page's prose that a share is taken of.
    """
    total = prose[-1] - (prose[apart[1]] - prose[apart[0]])
    blocks = page.blocks
    neg = [False] * len(blocks)
    # A block is negative by its own hint or inside a negative block: only hinted blocks decide, each for its
    # whole subtree (blocks idx .. end_block - 1).
    for idx in page.negative:
        if neg[idx]:
            continue
        blk = blocks[idx]
        if blk.ident in shared:
            continue
        if blk.hint == BANNER:
            # an overlay appended to the body (no prose after it but other banners': a few buttons may follow) or
            # first in it (after other banners only)
            edge = _after_banners(page, blk.start) or _banners_only(page, prose, blk.end, len(prose) - 1)
            own = edge and prose[blk.end] - prose[blk.start] <= BANNER_SHARE * total
        elif blk.hint == -1 or (blk.hint < -2 and lenient):
            # an ARIA dialog is an overlay over the page whatever its share (a consent centre's long prose over a
            # thread of short posts) unless it holds nearly all of the page's prose (a story opened in a modal)
            share = BANNER_SHARE if lenient and blk.ident.endswith(DIALOG_NAME) else NEG_SHARE
            own = prose[blk.end] - prose[blk.start] <= share * total and not _hint_misread(page, blk)
        else:
            own = not lenient or blk.hint != COMMENT_HINT
        if own:
            neg[idx : blk.end_block] = [True] * (blk.end_block - idx)
    return neg


SLUG_WORDS: Final = 3
"""A heading's id of at least this many words, each a word of the heading's own text, is a slug of that text (an
anchor made from it), not a class that says what the element is."""
_SLUG_WORD: Final = re.compile(r"[^\W_]+")


def _hint_misread(page: Page, blk: Block) -> bool:
    """Does the weak hint of ``blk`` come from a name that does not say what it holds? A code block's wrapper
    (Prism's ``div.code-toolbar`` around each ``<pre>``, "highlight-tools"): every line of it is preformatted, and code
    is what an article shows there; a heading whose id is the slug of its own text ("client-side-rendering" on "React
    Client-Side Rendering": the word "side" is not a sidebar's)."""
    lines = page.lines
    if blk.end <= blk.start:
        return False
    if lines[blk.start].heading == PRE:
        return all(ln.heading == PRE for ln in lines[blk.start : blk.end])
    if blk.tag not in HEADINGS or blk.end - blk.start != 1:
        return False
    words = _SLUG_WORD.findall(camel_lower(blk.ident))
    if len(words) < SLUG_WORDS:
        return False
    own = {w.lower() for w in _SLUG_WORD.findall(lines[blk.start].text)}
    return all(w in own for w in words)


def _after_banners(page: Page, start: int) -> bool:
    """Is line ``start`` the page's first, or are all the lines above it in consent banners (a cookie notice, then
    a consent wall)?"""
    covered = 0
    for idx in page.negative:
        if covered >= start:
            break
        blk = page.blocks[idx]
        if blk.hint == BANNER and blk.start == covered and blk.end > covered:
            covered = blk.end
    return covered >= start


def _banners_only(page: Page, prose: list[float], start: int, end: int) -> bool:
    """Is all the prose of lines ``start:end`` inside consent banners (a cookie notice after a consent wall)?"""
    rest = prose[end] - prose[start]
    if rest <= 0:
        return True
    covered = start
    for idx in page.negative:
        blk = page.blocks[idx]
        if blk.hint == BANNER and blk.start >= covered and blk.end <= end:
            rest -= prose[blk.end] - prose[blk.start]
            covered = blk.end
    return rest <= 0


SHARED_CLASS: Final = 3
"""...worn by at least this many blocks (one wrapper that holds a recommended story is still boilerplate)."""


def _content_classes(page: Page, prose: list[float]) -> set[str]:
    """Boilerplate-hinted class/id values that the page's prose itself wears.

    When several blocks sharing one class hold more than :data:`NEG_SHARE` of the
    page's prose ("selectionShareable" on every paragraph, "comment" on every
    post of a thread page), the class names the content, not boilerplate. An ARIA dialog's role
    (:data:`.dom.DIALOG_NAME`) is no such class: with the page's classes hashed, the overlays (a sign-up modal, a
    consent centre) would share it and a consent centre's long prose would make it the content's.
    """
    total = prose[-1]
    if total <= 0:
        return set()
    per: dict[str, float] = {}
    count: dict[str, int] = {}
    hinted = [page.blocks[idx] for idx in page.negative]  # each holds text and a class/id
    # no class can hold the share when all hinted blocks together hold well under it (most pages): their keys are
    # not made (a margin of 1 % for the rounding of the per-class sums, a few units in the last place)
    if len(hinted) < SHARED_CLASS or sum(prose[b.end] - prose[b.start] for b in hinted) < 0.99 * NEG_SHARE * total:
        return set()
    for blk in hinted:
        key = _class_key(blk.ident)
        if key == DIALOG_NAME:
            continue
        per[key] = per.get(key, 0.0) + prose[blk.end] - prose[blk.start]
        count[key] = count.get(key, 0) + 1
    keys = {key for key, share in per.items() if share > NEG_SHARE * total and count[key] >= SHARED_CLASS}
    if not keys:
        return set()
    return {blk.ident for blk in hinted if _class_key(blk.ident) in keys}


_CLASS_KEYS: Final[dict[str, str]] = {}


def _class_key(ident: str) -> str:
    """The class name that gives ``ident`` its boilerplate hint, without digits: "CommentPost Post--by-user"
    and "CommentPost Post" agree, "ui comments" and "ui menu" do not."""
    known = _CLASS_KEYS.get(ident)
    return known if known is not None else remember(_CLASS_KEYS, ident, _class_key_of(ident))


def _class_key_of(ident: str) -> str:
    for name in ident.split():
        if hint_of(name) < 0:
            return _DIGITS.sub("", name)
    return _DIGITS.sub("", ident)


def _best(page: Page, gains: list[float], anchor: int) -> tuple[int, float]:
    prefix = _prefix(gains)
    best, best_score, best_end = -1, 0.0, 0
    idx = -1
    for blk in page.blocks:
        idx += 1
        start, end = blk.start, blk.end
        if end <= start:
            continue
        score = prefix[end] - prefix[start]
        if score > 0:
            score = _bonused(page, idx, score, gains, anchor)
            # an inner block of the same score wins (it is visited after its ancestors); of two separate
            # blocks of the same score the first does (a post quoted further down the page repeats it)
            if score > best_score or (score == best_score and start < best_end):
                best, best_score, best_end = idx, score, end
    return best, best_score


OUTSIDE_MIN: Final = 100.0
"""A chosen block is weighed against its best inner block only when the lines it holds outside that block carry
at least this much prose..."""
OUTSIDE_MARGIN: Final = 0.2
"""...and it is given up for the inner block when it outscores it by at most this share of that prose..."""
OUTSIDE_MIXED: Final = 0.5
"""...and that prose, less the chrome beside it, is worth at most this share of it (teasers, a video playlist, a
profile box: prose lines each paid for by as much chrome)."""

OUTSIDE_SPREAD: Final = 0.5
"""...spread over several lines: no one of them holds more than this share of it."""


def _bonused(page: Page, idx: int, score: float, gains: list[float], anchor: int, *, hinted: bool = False) -> float:
    """A block's score with its bonuses (a content-named element, a start under the title: :func:`_best`);
    ``hinted``: the block is inside a content-named element, whose name it carries."""
    blk = page.blocks[idx]
    if score > 0:
        if blk.hint > 0 or hinted:
            score *= 1.1
        if (
            anchor >= 0
            and abs(blk.start - anchor) <= TITLE_GAP
            and (blk.start or blk.end < len(page.lines) or _content_like(gains))
        ):
            score *= TITLE_BONUS
    return score


def _core(page: Page, best: int, gains: list[float], anchor: int) -> int:
    """The best block without the mixed surroundings it won by: while the best-scoring block inside it (the
    article) loses to it only by a little (:data:`OUTSIDE_MARGIN`) of the prose the outer block holds besides
    (:data:`OUTSIDE_MIN` or more), and that prose comes with about as much chrome (:data:`OUTSIDE_MIXED`: a list
    of teasers or videos, a profile box, a "must read" box), the inner block. Sums of gains cannot tell a wrapper
    whose extra prose and chrome cancel out from the article alone; the share of chrome can.

    Not when the outer lines above the inner block hold a heading of prose (the article's headline and byline
    sit above its text box) or, when they add prose net of their chrome, two paragraphs in a row of the kind the
    inner block's prose wears (the rest of an article split by a box: its second half is no teaser list; promo
    paragraphs among a sidebar's links that cost more than they bring are none either).

    Inside a content-named element the inner block is scored with that element's name bonus: the name says the
    content is in there, not that the wrapper (an article column beside a sidebar) beats the article in it; a
    wrapper whose other lines hold no prose at all (a list of teasers, their summaries counted as nothing) gives
    way to the inner block that then outscores it, unless a heading of text above the inner block is the wrapper's
    (the article's headline over its text box)."""
    blocks, lines = page.blocks, page.lines
    prefix = _prefix(gains)
    pos = _prefix([g if g > 0 else 0.0 for g in gains])
    while True:
        blk = blocks[best]
        top = _bonused(page, best, prefix[blk.end] - prefix[blk.start], gains, anchor)
        inner, inner_score = -1, 0.0
        for idx in range(best + 1, blk.end_block):
            d = blocks[idx]
            if d.end <= d.start or (d.start, d.end) == (blk.start, blk.end):
                continue
            score = _bonused(page, idx, prefix[d.end] - prefix[d.start], gains, anchor, hinted=blk.hint > 0)
            if score > inner_score:
                inner, inner_score = idx, score
        if inner < 0:
            return best
        d = blocks[inner]
        outside = (pos[blk.end] - pos[blk.start]) - (pos[d.end] - pos[d.start])
        net = (prefix[blk.end] - prefix[blk.start]) - (prefix[d.end] - prefix[d.start])
        if outside <= 0 < inner_score - top and not any(
            0 < lines[i].heading < PRE and lines[i].link_chars < lines[i].chars for i in range(blk.start, d.start)
        ):
            best = inner  # the wrapper adds only costs (teasers, chrome): it won by its content name alone
            continue
        if outside < OUTSIDE_MIN or top - inner_score > OUTSIDE_MARGIN * outside or net > OUTSIDE_MIXED * outside:
            return best
        around = [*range(blk.start, d.start), *range(d.end, blk.end)]
        if max(gains[i] for i in around) > OUTSIDE_SPREAD * outside:
            return best  # one paragraph (a long caption, a standfirst), not prose spread among chrome
        if any(0 < lines[i].heading < PRE and gains[i] > 0 for i in range(blk.start, d.start)):
            return best
        if net > 0 and _paragraphs_outside(page, gains, blk, d):
            return best
        best = inner


WALL_SHARE: Final = 0.4
"""A block under the page's title scoring at least this share of the block chosen past a wall of chrome below it
wins (:func:`_past_wall`)."""


def _past_wall(page: Page, best: int, gains: list[float], anchor: int) -> tuple[int, int]:
    """The best block under the page's title line instead of ``best`` when ``best`` lies below it past a wall of
    chrome. A short story loses to a longer prose block further down (a copyright notice, a disclaimer, a site's
    mission statement, a comment policy) when the lists between them (a teaser sidebar, "most read" rankings) keep
    any block from holding both; the prose past the lists is not the story the title heads.

    The block under the title: the best-scoring block that starts at most :data:`TITLE_GAP` lines above the title
    line, holds a line below it and ends above ``best``. It wins when the lines between it and ``best`` cost at
    least what ``best`` brings, it scores at least :data:`WALL_SHARE` of ``best``, and it holds a line of prose below
    the title (:data:`PROSE_CHARS` worth) that ends a sentence, is no heading (a deck under a headline is no story)
    and is not repeated in ``best`` (a summary box over the story), and the two are not paragraphs of one element (leaf
    blocks of one parent: one text split by a related box set inside it). Returns (block, fence): the block holding both
    fences the widening (the story does not grow back over the wall); (``best``, -1) when there is no title line,
    ``best`` starts at or above it, or no such block is found."""
    blocks, lines = page.blocks, page.lines
    far = blocks[best]
    if anchor < 0 or far.start <= anchor:
        return best, -1
    teasers = _teaser_runs_in(lines, gains, anchor + 1, far.start)
    cost = sum((g for g in gains[anchor + 1 : far.start] if g < 0), 0.0) - sum(
        (line_gain(lines[i]) for i in teasers), 0.0
    )
    if cost > -sum(gains[far.start : far.end]):
        return best, -1  # (most pages: the chrome under the title costs less than the chosen block brings)
    prefix = _prefix(gains)
    if teasers:  # a list of teasers is a wall of other stories however much prose its summaries hold
        wall = gains[:]
        for i in teasers:
            wall[i] = -line_gain(lines[i])
        walled = _prefix(wall)
    else:
        walled = prefix
    far_raw = prefix[far.end] - prefix[far.start]
    far_score = _bonused(page, best, far_raw, gains, anchor)
    near, near_score, near_end = -1, 0.0, 0
    for idx in range(best):  # the blocks that start above ``best`` (blocks are in document order)
        blk = blocks[idx]
        start, end = blk.start, blk.end
        if end > far.start or end <= anchor + 1 or start < anchor - TITLE_GAP:
            continue
        score = prefix[end] - prefix[start]
        if score <= 0:
            continue
        score = _bonused(page, idx, score, gains, anchor)
        if score > near_score or (score == near_score and start < near_end):
            near, near_score, near_end = idx, score, end
    if near < 0 or near_score < WALL_SHARE * far_score or walled[far.start] - walled[near_end] > -far_raw:
        return best, -1  # no wall: the lines between cost less than ``best`` brings
    start = max(blocks[near].start, anchor + 1)
    told = [
        squash(lines[i].text)
        for i in range(start, near_end)
        if gains[i] >= PROSE_CHARS and not lines[i].heading and lines[i].text[-1:] in SENTENCE_END
    ]
    if not told:
        return best, -1  # a headline and its deck (a heading), no story under them
    far_text = [squash(lines[i].text) for i in range(far.start, far.end)]
    if any(a and a in b for a in told for b in far_text):
        return best, -1  # the lines under the title summarize the block past the wall: that block is the story
    if blocks[near].parent == far.parent and blocks[near].end_block == near + 1 and far.end_block == best + 1:
        return best, -1  # two paragraphs of one element: one text split by a box set inside it
    return near, common_block(page, near, best)


CELLS: Final = frozenset({"td", "th"})


def _title_cell(page: Page, best: int, gains: list[float], anchor: int) -> int:
    """A table row chosen whole (a layout of columns: navigation, the article, a sidebar of readers' comments or
    "about this blog" paragraphs) gives way to its cell that opens with the page's title line and holds prose below
    it: the cells of one row are columns side by side, and an article does not run on into the next column. The
    row when the title is in no cell of it, not near a cell's start, or has no prose under it in its cell."""
    blocks = page.blocks
    if anchor < 0 or blocks[best].tag != "tr":
        return best
    k = child_toward(blocks, page.lines[anchor].block, best)
    if k <= best or blocks[k].tag not in CELLS:
        return best
    cell = blocks[k]
    if anchor - cell.start > TITLE_GAP or not any(
        gains[i] > 0 and page.lines[i].punct for i in range(anchor + 1, cell.end)
    ):
        return best
    return k


def _title_column(page: Page, best: int, gains: list[float], anchor: int) -> tuple[int, int]:
    """A block chosen in one cell of a layout row while the page's title line opens another cell of that row, with
    prose under it, gives way to the best block of the title's cell, and that row fences the widening: a short story
    (a 简讯, a notice, an agenda or a list of names under one sentence) beside a side column of longer prose (今日导读
    summaries, a 单位简介 box) is still the text under the title. As :func:`_title_cell`, the cells of one row are
    columns side by side. Returns (block, fence); (``best``, -1) when the title is in no other cell of a row holding
    the block, not near that cell's start, or has no prose under it there."""
    blocks, lines = page.blocks, page.lines
    if anchor < 0 or blocks[best].start <= anchor < blocks[best].end:
        return best, -1
    k = best
    while (
        k >= 0
        and not blocks[k].start <= anchor < blocks[k].end
        and not (
            blocks[k].tag in CELLS
            and blocks[k].parent >= 0
            and blocks[blocks[k].parent].tag == "tr"
            and blocks[blocks[k].parent].start <= anchor < blocks[blocks[k].parent].end
        )
    ):
        k = blocks[k].parent
    if k < 0 or blocks[k].start <= anchor < blocks[k].end:
        return best, -1
    row = blocks[k].parent
    cell = child_toward(blocks, lines[anchor].block, row)
    if cell <= row or blocks[cell].tag not in CELLS or anchor - blocks[cell].start > TITLE_GAP:
        return best, -1
    prose = [i for i in range(anchor + 1, blocks[cell].end) if gains[i] > 0 and lines[i].punct]
    if not prose:
        return best, -1
    # the first line under the title that ends a sentence (not a "来源：… 作者：…" byline's colons)
    prose = [i for i in prose if lines[i].text[-1:] in SENTENCE_END] or prose
    prefix = _prefix(gains)
    choice, top = cell, 0.0
    for idx in range(cell, blocks[cell].end_block):
        blk = blocks[idx]
        if blk.start <= prose[0] < blk.end:
            score = _bonused(page, idx, prefix[blk.end] - prefix[blk.start], gains, anchor)
            if score >= top:  # an inner block of the same score wins (visited after its ancestors)
                choice, top = idx, score
    return choice, row


SIDE_PROSE: Final = 2
"""A layout row is columns (:func:`_title_layout`) when a cell other than the title's holds at least this many lines
of punctuated prose (a side column of notices, summaries, an "about us" box)."""


def _title_layout(page: Page, best: int, gains: list[float], anchor: int) -> tuple[int, int]:
    """A block chosen *around* a layout row (the page body, a wrapper table) whose cell opens with the page's title
    line and holds prose under it, while another cell of that row holds prose of its own (a side column of notices
    or summaries), gives way to the title's cell, and that row fences the widening: as :func:`_title_cell` (which
    takes a row chosen whole), the cells of one row are columns side by side, and the block chosen around them won
    by adding up the side column's and the footer's prose to the story's. The outermost such row on the way from
    ``best`` down to the title. Returns (block, fence); (``best``, -1) when there is none."""
    blocks, lines = page.blocks, page.lines
    if anchor < 0 or not blocks[best].start <= anchor < blocks[best].end:
        return best, -1
    k = child_toward(blocks, lines[anchor].block, best)
    while best < k <= lines[anchor].block:
        if blocks[k].tag == "tr":
            cell = child_toward(blocks, lines[anchor].block, k)
            if cell > k and blocks[cell].tag in CELLS and anchor - blocks[cell].start <= TITLE_GAP:
                prose = [i for i in range(blocks[k].start, blocks[k].end) if gains[i] > 0 and lines[i].punct]
                own = [i for i in prose if anchor < i < blocks[cell].end]
                side = [i for i in prose if not blocks[cell].start <= i < blocks[cell].end]
                if own and len(side) >= SIDE_PROSE:
                    return cell, k
        k = child_toward(blocks, lines[anchor].block, k) if k != lines[anchor].block else -1
    return best, -1


def _float_layout(page: Page, best: int, gains: list[float], anchor: int) -> tuple[int, int]:
    """As :func:`_title_layout` and :func:`_title_column` for columns floated side by side by their ``style`` alone
    (no table, no class: a blog's story column beside a sidebar of readers' comments and an "about this blog"
    paragraph, a portal's story beside a column of notices): a block chosen around the columns, or inside a floated
    column beside the title's, gives way to the title's column when that column, floated, opens with the page's
    title line and holds prose under it, while its floated sibling columns hold at least :data:`SIDE_PROSE` prose
    lines; the block holding the columns fences the widening. Around them: the outermost such block from ``best``
    down to the title. Returns (block, fence); (``best``, -1) when there is none."""
    blocks, lines, floats = page.blocks, page.lines, page.floats
    if anchor < 0 or len(floats) < 2:
        return best, -1
    target = lines[anchor].block
    if not blocks[best].start <= anchor < blocks[best].end:
        row = common_block(page, best, target)
        if row >= 0 and child_toward(blocks, best, row) in floats and _float_column(page, row, gains, anchor):
            return child_toward(blocks, target, row), row
        return best, -1
    k = best
    while k < target:
        if _float_column(page, k, gains, anchor):
            return child_toward(blocks, target, k), k
        k = child_toward(blocks, target, k)
    return best, -1


def _float_column(page: Page, row: int, gains: list[float], anchor: int) -> bool:
    """Is the child of block ``row`` toward the title line ``anchor`` a floated column opening with the title and
    holding prose under it, beside floated sibling columns with at least :data:`SIDE_PROSE` prose lines? Not when
    the title line is mostly a link: a teaser's headline in a side column that repeats the page's title, above
    the summaries of other stories."""
    blocks, lines = page.blocks, page.lines
    col = child_toward(blocks, lines[anchor].block, row)
    if col <= row or col not in page.floats or anchor - blocks[col].start > TITLE_GAP:
        return False
    if 2 * lines[anchor].link_chars >= lines[anchor].chars:
        return False
    if not any(gains[i] > 0 and lines[i].punct for i in range(anchor + 1, blocks[col].end)):
        return False
    side = 0
    for f in page.floats:
        if f != col and blocks[f].parent == row:
            side += sum(1 for i in range(blocks[f].start, blocks[f].end) if gains[i] > 0 and lines[i].punct)
    return side >= SIDE_PROSE


def common_block(page: Page, a: int, b: int) -> int:
    """The innermost block holding blocks ``a`` and ``b`` (-1: none)."""
    blocks = page.blocks
    k = a
    while k >= 0 and not (k <= b < blocks[k].end_block):
        k = blocks[k].parent
    return k


BOX_PROSE: Final = 2
"""A box of a side or foot column ("About us", "Our mission", a shop's product card, "About me") holds at most this
many prose lines under its own heading..."""
BOX_HEADING: Final = 100
"""...a heading of plain text of at most this many characters."""
STORY_LINES: Final = 2
"""The story under the page's title holds at least this many prose lines that end a sentence."""


def _title_story(page: Page, best: int, gains: list[float], anchor: int) -> tuple[int, int]:
    """A short story under the page's title beside columns of headed boxes: (block, fence).

    The story is the smallest element around the title line that holds :data:`STORY_LINES` prose lines ending a
    sentence below it (the title at most :data:`TITLE_GAP` lines from its top). When the block chosen (``best``)
    is not inside the story, and every prose line it and the story's common block hold outside the story sits in a
    *headed box* (:func:`_headed_box`), two boxes or more, none of them a sibling of the story (the boxes stand in
    a column of their own: a sidebar, a fat footer, a shop widget), the story is chosen and its parent fenced: a
    footer of two "About us" paragraphs outweighs a story of two, and the story does not run on into the column
    beside it. (A story's own sections are its siblings or inside it; they never fire this.) ``(best, -1)``
    otherwise."""
    if anchor < 0:
        return best, -1
    blocks, lines = page.blocks, page.lines
    told, last = 0, -1  # the STORY_LINES-th prose line ending a sentence below the title
    for i in range(anchor + 1, len(lines)):
        if gains[i] > 0 and lines[i].text[-1:] in SENTENCE_END:
            told += 1
            if told >= STORY_LINES:
                last = i
                break
    if last < 0:
        return best, -1
    story = lines[anchor].block
    while story >= 0 and blocks[story].end <= last:
        story = blocks[story].parent
    if story < 0 or story == best:
        return best, -1
    sb = blocks[story]
    if anchor - sb.start > TITLE_GAP or story < best < sb.end_block:
        return best, -1
    top = common_block(page, best, story)
    if top < 0:
        return best, -1
    boxes: set[int] = set()
    for i in range(blocks[top].start, blocks[top].end):
        if sb.start <= i < sb.end or gains[i] <= 0 or 0 < lines[i].heading < PRE:
            continue
        box = _headed_box(page, i, top, gains, anchor)
        if box < 0 or blocks[box].parent == sb.parent:
            return best, -1
        boxes.add(box)
    if len(boxes) < 2:
        return best, -1
    return story, sb.parent


_EN_COUNTED: Final = re.compile(
    r"^(?:\d[\d,]*\s+(?:comments?|responses?|thoughts)\b.{0,80}"
    r"|(?:(?:readers?['’]?|users?['’]?|visitors?['’]?)\s+)?(?:comments?|responses?)\s*[(\[（]\s*\d[\d,]*\s*[)\]）])\s*:?$",
    re.I,
)
"""An English comment heading with its count ("4 Comments", "12 thoughts on “…”", "Comments (3)", "1 Response"):
with :func:`~.thread.comment_heading` (Chinese and other languages) the words of :func:`_comment_section`."""


def _comment_section(ln: Line) -> bool:
    """Is ``ln`` the heading of a comment section with its count ("4 Comments", "网友评论（93）", "Kommentare (3)"):
    plain text (at most half of it a link: "评论 [8] 发评论" is one, a teaser's "4 Comments" link is none), at most
    :data:`~.thread.COUNTER_CHARS` + 80 characters, a digit, neither "replies" nor Douban's "回应" (a thread's
    replies, which are its content)? The one heading test of :func:`_comments_above_title`: where such a
    heading stands (above the page's title, or opening the block chosen) is what makes its section no thread."""
    text = ln.text.strip()
    if (
        2 * ln.link_chars > ln.chars
        or ln.chars > COUNTER_CHARS + 80
        or not _DIGIT.search(text)
        or _REPLIES.search(text)
    ):
        return False
    return _EN_COUNTED.match(text) is not None or comment_heading(text)


COMMENTS_ABOVE: Final = 2
"""Prose lines between a counted comment heading and the page's title line that make a comment section."""


def _comments_above_title(page: Page, best: int, gains: list[float], base: list[float], anchor: int) -> tuple[int, int]:
    """A comment section set above the page's title (its heading: :func:`_comment_section`) chosen over the story under
    the title: (the story's block, the fence of the widening), or ``(best, -1)``. The one place that decides "this is
    a comment section and the story is elsewhere" for comments above a title (comments below a story:
    :func:`_story_above_comments`). Comments set above a title are never its replies, so no thread keeps them: when
    the block chosen holds the title, the story is narrowed to under it (:func:`_title_under_comments`); when it is
    a comment list ending above the title, the story below replaces it (:func:`_story_below_comments`)."""
    if anchor < 0:
        return best, -1
    blk = page.blocks[best]
    if blk.start <= anchor < blk.end:
        return _title_under_comments(page, best, gains, anchor)
    if blk.end <= anchor:
        return _story_below_comments(page, best, gains, base, anchor)
    return best, -1


def _title_under_comments(page: Page, best: int, gains: list[float], anchor: int) -> tuple[int, int]:
    """A story under the page's title below a comment section in the block chosen: (block, fence).

    When block ``best`` holds the title line ``anchor`` and, above it, a counted comment heading ("4 Comments",
    "网友评论（93）") over at least :data:`COMMENTS_ABOVE` prose lines (a template that sets the comments first
    and floats them aside), the story is the smallest element around the title line holding a prose line below
    it that ends a sentence, when it holds none of the comments; its parent is fenced. (A thread's replies come
    below its first post, never above its title.) ``(best, -1)`` otherwise."""
    if anchor < 0:
        return best, -1
    blocks, lines = page.blocks, page.lines
    top = blocks[best]
    if not top.start <= anchor < top.end:
        return best, -1
    head = -1
    for i in range(top.start, anchor):
        if _comment_section(lines[i]):
            head = i
    if head < 0 or sum(1 for i in range(head + 1, anchor) if gains[i] > 0) < COMMENTS_ABOVE:
        return best, -1
    first = next((i for i in range(anchor + 1, top.end) if gains[i] > 0 and lines[i].text[-1:] in SENTENCE_END), -1)
    if first < 0:
        return best, -1
    story = lines[anchor].block
    while story >= 0 and blocks[story].end <= first:
        story = blocks[story].parent
    if story < 0 or story == best or blocks[story].start <= head:
        return best, -1
    return story, blocks[story].parent


def _headed_box(page: Page, line: int, top: int, gains: list[float], anchor: int) -> int:
    """The element below ``top`` around ``line`` that opens with a heading of plain text (:data:`BOX_HEADING`; not
    the title line ``anchor``) and holds at most :data:`BOX_PROSE` prose lines besides headings; -1: none."""
    blocks, lines = page.blocks, page.lines
    k = lines[line].block
    while k > top:
        blk = blocks[k]
        head = lines[blk.start]
        if blk.start < line and blk.start != anchor and 0 < head.heading < PRE:
            if head.link_chars or head.chars > BOX_HEADING:
                return -1
            prose = sum(1 for i in range(blk.start, blk.end) if gains[i] > 0 and not 0 < lines[i].heading < PRE)
            return k if prose <= BOX_PROSE else -1
        k = blk.parent
    return -1


def _op_header(page: Page, base: list[float], anchor: int, head: int, end: int) -> bool:
    """Is a line of chrome between the title (``anchor``) and the first prose below it (the post's header: "X 发布于
    2024-01-01") in the template of the lines below the comment heading ``head`` (up to ``end``)? A thread's first
    post and its replies then, however short the post: a news story's byline ("来源：… 作者：…") is set otherwise than
    its comments' user lines; nor does it bear its comments' action bar (:func:`_opening_bar`)."""
    first = next((i for i in range(anchor + 1, head) if base[i] > 0), head)
    after = range(head + 1, end)
    if first < head and _opening_bar(page, _title_holder(page, first, anchor, article=True)):
        return True  # the post's <article> bears its replies' action bar
    return any(base[i] <= 0 and _slot_in(page, i, after) for i in range(anchor + 1, first))


def _story_above_comments(page: Page, best: int, gains: list[float], base: list[float], anchor: int) -> tuple[int, int]:
    """A story under the page's title, then a counted comment heading ("网友评论（共25条）", the only one below the
    title: :func:`_counted_comments`) and the comments: the comments of a short story (a notice, a 简讯, a caption)
    outweigh it and were chosen, alone or with it. Returns (block, heading line): a block chosen that opens with the
    heading gives way to the best block between the title and the heading that holds a line of prose with sentence
    punctuation below the title (so does a list in the element the heading opens: :func:`_comment_opener`): the
    element of the run of prose above the heading (:func:`_run_above`), else the best such block; a block holding
    the title and the heading, or a story's run of prose and the heading below the title, is kept, and the heading
    line is where the selection ends. (``best``, -1) when no such heading is there."""
    blocks, lines = page.blocks, page.lines
    blk = blocks[best]
    if anchor < 0 or blk.end <= anchor + 1:
        return best, -1
    head = _counted_comments(page, min(anchor, blk.start), blk.end, base, anchor, posts=False, counted=True)
    opener = _comment_opener(page, best, base, anchor) if head < blk.start else -1
    if opener < 0 <= head < blk.start and _heading_opens(page, base, head, best):
        opener = head  # (a heading split over two lines, "网友评论" over "共18条评论", opening the list's element)
    if opener >= 0:
        head = opener
    elif head < 0 and blk.start > anchor:
        return _story_over_comments(page, best, base, anchor)
    elif head < blk.start:
        return best, -1
    if (
        _op_header(page, base, anchor, head, blk.end)
        or _voted(page, anchor, head, blk.end)
        or _discussed(page, head, blk.end)
    ):
        return best, -1
    if blk.start <= anchor or _run_above(page, base, max(anchor, blk.start - 1), head) >= 0:
        return best, head  # (the block holds the story, under the title or not, and the heading ends it)
    story = _run_above(page, base, anchor, head)
    if story >= 0:
        return story, head
    prose = [i for i in range(anchor + 1, head) if gains[i] > 0 and lines[i].punct]
    if not prose:
        return best, -1
    choice = _best_holding(page, gains, anchor, (prose[0], prose[-1]), (0, head))
    return (choice, head) if choice >= 0 else (best, -1)


def _heading_opens(page: Page, base: list[float], head: int, best: int) -> bool:
    """Does the comment heading at line ``head`` open the element that holds it and block ``best`` (the list chosen):
    that element's lines above ``best`` are the heading's own, no prose among them ("Comments" over "21 Comments",
    "网友评论" over "共18条评论": one heading split over two lines)?"""
    holder = page.blocks[common_block(page, page.lines[head].block, best)]
    top = page.blocks[best].start
    return holder.start <= head and not any(base[i] > 0 for i in range(holder.start, top) if i != head)


_SCORE_TEXT: Final = re.compile(r"(?:^|[\s·|•(])[-+−]?\d[\d,.]*\s*k?\s+(?:points?|votes?)\b", re.I)
"""A score written out on a line ("9 points", "· 57 votes")..."""
_SCORE_NUMBER: Final = re.compile(r"[-+−]?\d[\d,.]*\s*k?", re.I)
_SCORE_NAME: Final = re.compile(r"vote|score|point|karma", re.I)
"""...or a bare number in an element named so (``<span class="vote-sum">66</span>``, ``div.points``)."""
SCORE_CHARS: Final = 80
SCORE_LEVELS: Final = 3
"""A score line has at most this many characters; its name is looked for this many elements up."""


def _score_line(page: Page, i: int) -> bool:
    """Is line ``i`` a post's or a reply's score (:data:`_SCORE_TEXT`, :data:`_SCORE_NAME`)?"""
    ln, blocks = page.lines[i], page.blocks
    if ln.chars > SCORE_CHARS:
        return False
    if _SCORE_TEXT.search(ln.text):
        return True
    if not _SCORE_NUMBER.fullmatch(ln.text.strip()):
        return False
    k = ln.block
    for _ in range(SCORE_LEVELS):
        if k < 0:
            return False
        if _SCORE_NAME.search(blocks[k].ident):
            return True
        k = blocks[k].parent
    return False


def _voted(page: Page, top: int, head: int, end: int) -> bool:
    """Do the post in lines ``top:head`` (the page's title line to the end of its text) and two or more lines of
    ``head:end`` below it bear scores (:func:`_score_line`)? A community thread (a voted topic and its voted
    replies, whose text is its content), not a story and its comments, even under a counted heading."""
    if not any(_score_line(page, i) for i in range(max(top, 0), head)):
        return False
    return sum(1 for i in range(head, end) if _score_line(page, i)) >= 2


def _parent_end(page: Page, k: int) -> int:
    """The end line of block ``k``'s parent (the page's end for the root), or -1 for no block."""
    if k < 0:
        return -1
    parent = page.blocks[k].parent
    return page.blocks[parent].end if parent >= 0 else len(page.lines)


def _run_above(page: Page, base: list[float], anchor: int, head: int) -> int:
    """The element of the story whose run of prose lines ends above a comment heading (line ``head``, the list below
    it chosen alone): the innermost element holding the run's first and last lines (the last line of prose with
    sentence punctuation above the heading, and the lines of prose above it up to the first line of chrome, below
    the title line ``anchor``, one line of no prose between two of prose taken in), when the run holds
    :data:`STORY_LINES` such lines and the element none of the comments; -1 otherwise. All the story's paragraphs,
    not its best-scoring one (a story with quoted excerpts set apart scores less than one paragraph)."""
    lines = page.lines
    last = next((i for i in range(head - 1, anchor, -1) if base[i] > 0 and lines[i].punct), -1)
    if last < 0:
        return -1
    first = last
    while first - 1 > anchor and (base[first - 1] > 0 or (first - 2 > anchor and base[first - 2] > 0)):
        first -= 1  # (one line of no prose between two of prose: a subheading, a caption)
    if sum(1 for i in range(first, last + 1) if base[i] > 0 and lines[i].punct) < STORY_LINES:
        return -1
    story = common_block(page, lines[first].block, lines[last].block)
    return story if page.blocks[story].end <= head else -1


def _best_holding(page: Page, gains: list[float], anchor: int, held: tuple[int, int], within: tuple[int, int]) -> int:
    """The best-scoring block (:func:`_bonused`) that holds a line of ``held`` (first, last line) and lies in
    ``within`` (start, end), or -1; an inner block of the same score wins (visited after its ancestors)."""
    prefix = _prefix(gains)
    choice, top = -1, 0.0
    for idx, cand in enumerate(page.blocks):
        inside = within[0] <= cand.start < within[1] and cand.end <= within[1]
        if not inside or cand.start > held[1] or cand.end <= held[0]:
            continue
        score = _bonused(page, idx, prefix[cand.end] - prefix[cand.start], gains, anchor)
        if score > 0 and score >= top:
            choice, top = idx, score
    return choice


def _story_below_comments(page: Page, best: int, gains: list[float], base: list[float], anchor: int) -> tuple[int, int]:
    """A comment section set above the page's title (a counted comment heading, "4 Comments", opening the block
    chosen or the element that holds it), chosen over the short story under the title: the best block below the
    comments that holds the first line of prose with sentence punctuation under the title, and the block holding it
    and the comments (the fence of the widening); (``best``, -1) when there is none."""
    blocks, lines = page.blocks, page.lines
    blk = blocks[best]
    if anchor < 0 or blk.end > anchor:
        return best, -1
    if _comment_opener(page, best, base, -1) < 0:
        return best, -1
    first = next((i for i in range(anchor, len(lines)) if gains[i] > 0 and lines[i].punct), -1)
    if first < 0:
        return best, -1
    choice = _best_holding(page, gains, anchor, (first, first), (blk.end, len(lines)))
    return (choice, common_block(page, choice, best)) if choice >= 0 else (best, -1)


def _comment_opener(page: Page, best: int, base: list[float], anchor: int) -> int:
    """The line of a counted comment heading (:func:`_comment_section`) below the title line ``anchor`` that opens
    the block ``best`` or the element holding it and ``best`` (a comment section's ``<h3>3 Comments</h3>`` above its
    list, the list chosen and holding two lines of prose or more), or -1."""
    lines, blk = page.lines, page.blocks[best]
    if sum(1 for i in range(blk.start, blk.end) if base[i] > 0) < 2:
        return -1
    for h in (blk.start, blk.start - 1):
        if h <= anchor or h < 0 or not (_comment_section(lines[h]) or _linked_heading(lines[h])):
            continue
        holder = common_block(page, lines[h].block, best)
        if holder >= 0 and page.blocks[holder].start == h:
            return h
    return -1


def _linked_heading(ln: Line) -> bool:
    """Is ``ln`` a comment heading without a count whose link follows it ("网友评论 查看全部评论", "最新评论 发表评论":
    the text before the link, :func:`~.thread.comment_heading`, neither "回应" nor a reply's word)? A count is no
    sign there: the link to the whole list or the form says the list below is the site's comments."""
    if not ln.link_chars or ln.chars > COUNTER_CHARS + 12:
        return False
    text = ln.text.strip()
    label = text[: max(0, len(text) - ln.link_chars)].strip()
    return bool(label) and comment_heading(label) and not _REPLIES.search(label)


def _paragraphs_outside(page: Page, gains: list[float], outer: Block, inner: Block) -> bool:
    """Do the lines of ``outer`` outside ``inner`` hold two prose lines in a row of the element kind (tag and
    class) that carries most of ``inner``'s prose?"""
    lines, blocks = page.lines, page.blocks
    weight: dict[str, float] = {}
    for i in range(inner.start, inner.end):
        if gains[i] > 0:
            k = _kind(blocks[lines[i].block])
            weight[k] = weight.get(k, 0.0) + gains[i]
    if not weight:
        return False
    kind = max(weight, key=weight.__getitem__)
    prev = False
    for i in [*range(outer.start, inner.start), -1, *range(inner.end, outer.end)]:
        cur = i >= 0 and gains[i] > 0 and _kind(blocks[lines[i].block]) == kind
        if cur and prev:
            return True
        prev = cur
    return False


def _content_like(gains: list[float]) -> bool:
    """Is the whole page mostly content (its costs at most :data:`TITLE_COSTS` of its prose)? Else the block
    that holds every line of it gets no title bonus: its menus and link lists start near the title too."""
    cost = -sum(g for g in gains if g < 0)
    return cost <= TITLE_COSTS * sum(g for g in gains if g > 0)


def _penalized(page: Page, base: list[float], neg: list[bool]) -> list[float]:
    """``base`` with the prose of the lines inside boilerplate-hinted elements (``neg``) turned into a cost: only
    the line ranges of the outermost such elements are visited (their lines are exactly those with ``neg``)."""
    gains = base[:]
    blocks = page.blocks
    for idx in page.negative:  # every outermost negative block is a hinted one
        blk = blocks[idx]
        if neg[idx] and (blk.parent < 0 or not neg[blk.parent]):
            for i in range(blk.start, blk.end):
                g = gains[i]
                if g > 0:
                    gains[i] = -0.5 * g
    return gains


_SQUASHED: Final[dict[str, str]] = {}
"""Squashed lines remembered (:func:`.dom.remember`)."""


def squash(s: str) -> str:
    """Letters and digits, lower case (remembered: a site's menu and footer lines recur on each of its pages)."""
    out = _SQUASHED.get(s)
    return out if out is not None else remember(_SQUASHED, s, alnum_only(s.lower()))


def title_line(page: Page, title: str) -> int:
    """Index of the line that shows the page title (a heading, preferably), or -1. A headline link among others of
    a list (:func:`_listed_headline`: the page's own story in a "最新文章" column) shows it only when no other line
    does."""
    key = squash(title)
    if len(key) < 2:
        return -1
    lo, hi = min(6, len(key)), 2 * len(title) + 10  # a title line is about as long as the title
    fallback, listed = -1, -1
    for idx, ln in enumerate(page.lines):
        if not lo <= ln.chars <= hi or (fallback >= 0 and not 0 < ln.heading < PRE):
            continue
        text = squash(ln.text)
        if text and (text == key or (len(text) >= 6 and (text in key or key in text))):
            if _listed_headline(page.lines, idx):  # the story's own link in a side column's "最新文章" list
                if listed < 0:
                    listed = idx
                continue
            if 0 < ln.heading < PRE:
                return idx
            fallback = idx
    return fallback if fallback >= 0 else listed


LISTED_GAP: Final = 4
"""A headline link is one of a list when two others of its level lie at most this many lines away."""


def _listed_headline(lines: list[Line], idx: int) -> bool:
    """Is the heading line ``idx`` a headline link among others of its level (two within :data:`LISTED_GAP` lines):
    a "most read" or "related" list that names the page's own story among other stories? Such a line shows the
    title only when no other line does. (A site's logo, one heading link beside another, is no list.)"""
    ln = lines[idx]
    if 2 * ln.link_chars < ln.chars:
        return False
    others = 0
    for j in range(max(0, idx - LISTED_GAP), min(len(lines), idx + LISTED_GAP + 1)):
        near = lines[j]
        if j != idx and near.heading == ln.heading and 2 * near.link_chars >= near.chars > 0:
            others += 1
    return others >= 2
    for j in range(max(0, idx - LISTED_GAP), min(len(lines), idx + LISTED_GAP + 1)):
        near = lines[j]
        if j != idx and near.heading == ln.heading and 2 * near.link_chars >= near.chars > 0:
            return True
    return False


def _raw_title_line(page: Page, title: str) -> int:
    """The line showing the page's whole ``<title>`` when its cut form ``title`` shows nowhere (a blog post titled
    "Adduser, addgroup – Ajouter des utilisateurs", cut at the dash as if a site's name followed): a line that
    holds at least half of it, or -1."""
    raw = page.title.strip()
    key = squash(raw)
    if key == squash(title):
        return -1
    found = title_line(page, raw)
    return found if found >= 0 and 2 * len(squash(page.lines[found].text)) >= len(key) else -1


@dataclass(slots=True)
class Selection:
    """The main content: lines ``start:end`` of the page, under block ``block``."""

    block: int
    start: int
    end: int
    neg: list[bool]
    """Per block: inside a boilerplate-hinted element (as used for the choice)."""
    replies: int = -1
    """Lines ``replies:end`` are the replies of a thread (or the answers of a question) below the first post..."""
    kept: frozenset[int] = frozenset()
    teasers: frozenset[int] = frozenset()
    """Lines of the selection that summarize another story under its headline link (dropped with the link)."""
    """...of which only these are kept (the posts' text, not the user chrome around it)."""
    lede: int = -1
    """A labelled summary of the story above the lines, apart from them (chrome between): output first."""
    chrome: frozenset[int] = frozenset()
    """Lines dropped as user chrome wherever they are (a rescued block's short lines of user actions)."""
    opening: frozenset[int] = frozenset()
    """The first line of each post of a flat thread (:func:`~.thread.flat_headers`), or the last line of a headed
    description (:func:`_headed_parent`): kept at an edge of the text."""
    items: frozenset[int] = frozenset()
    """Headline links of a special topic's items (:func:`_topic_items`): kept, unlike other link lines."""
    boxed: frozenset[int] = frozenset()
    """Lines of form boxes inside the text (:func:`_boxes_inside`): dropped like :attr:`chrome`, but a tail rule may
    cut at one of them (a comment form's heading "留言" starts the page's tail)."""
    records: frozenset[int] = frozenset()
    """Lines of tables of records taken in below the text (:func:`~.tables.records_below`) with their captions: kept
    at the end of the text however little they weigh (:func:`thread_edges`)."""


def page_gains(page: Page, teasers: list[int] | None = None, boxes: list[tuple[int, int]] | None = None) -> list[float]:
    """:func:`base_gains` with what the elements say: a short plain line that is a ``<p>`` or ``<div>`` of its
    own is neutral, not chrome (verse, a blog's line breaks); a line beside form controls is a label. The lines of a
    list of teasers under "read more" links (:func:`_more_links`) are added to ``teasers``, the line ranges of the
    form boxes (login, comment form, sign-up, widget around a drop-down) to ``boxes``."""
    base = base_gains(page.lines, page.blocks)
    blocks = page.blocks
    near = _control_blocks(page)
    i = -1
    for ln in page.lines:
        i += 1
        gain = base[i]
        if gain < 0:
            if not ln.link_chars and not ln.heading:
                blk = blocks[ln.block]
                if blk.tag in ("p", "div") and not blk.ident:
                    base[i] = 0.0
        elif gain > 0 and near and ln.block in near:
            base[i] = -0.5 * gain
    _clock_feed(page, base)
    _legal_tail(page, base)
    short_posts(page, base)
    more = _more_links(page.lines, base)
    if page.thumbs or page.images:
        more.extend(_thumb_teasers(page, base))
        more.extend(_slides(page, base))
    if teasers is not None:
        teasers.extend(more)
    found = [
        *_login_boxes(page),
        *_comment_forms(page, base),
        *_signup_boxes(page, base),
        *_widget_boxes(page, base),
        *_pitch_boxes(page),
        *_ad_boxes(page, base),
    ]
    for start, end in found:
        for i in range(start, end):
            base[i] = -0.5 * page.lines[i].chars
    if boxes is not None:
        boxes.extend(found)
        boxes.extend(_entry_forms(page, base))  # (their gains unchanged: see ENTRY_FIELDS)
    return base


LEGAL_TAIL: Final = 2
"""The page's last lines are its legal footer when at least this many of them are :data:`_LEGAL` lines..."""
_LEGAL: Final = re.compile(
    r"ICP|许可证|备案|版权所有|版权均?归|版权均属|Copyright|©|举报(?:电话|邮箱|中心)|主办单位|承办单位|由.{2,30}主办|技术支持[:：]"
    r"|分辨率|邮编[:：]|邮政编码|新闻热线[:：]|广告热线[:：]|服务热线[:：]|客服热线[:：]"
)
"""...(a licence or registration number, a copyright owner, a report hotline, the publisher, a postal address, a screen
resolution advice). Each alternative opens with a literal character (no group first): ``re`` then tries only the
offsets that hold one of those characters, not every offset of every line."""


def _legal_tail(page: Page, base: list[float]) -> None:
    """Make neutral the prose of the page's legal footer: the run of lines at the page's end, after its last prose
    line that is no :data:`_LEGAL` line, when it holds :data:`LEGAL_TAIL` or more of them. A footer written as
    sentences (the publisher, the reprint terms, the licences) outweighed a short story under the title; at the
    page's end only (a positional guard: the words may stand in an article's text)."""
    lines = page.lines
    i, legal = len(lines), 0
    while i > 0:
        ln = lines[i - 1]
        if _LEGAL.search(ln.text):
            legal += 1
        elif base[i - 1] > 0:
            break
        i -= 1
    if legal < LEGAL_TAIL:
        return
    for k in range(i, len(lines)):
        if base[k] > 0:
            base[k] = 0.0


FEED_RUN: Final = 5
"""A run of at least this many list items, each opening with a clock time or a match minute, is a feed..."""
_CLOCK: Final = re.compile(r"^\s*(?:\d{1,2}[:：]\d{2}|\d{1,3}\s*['′’](?:\+\d)?)\s*\S")
"""...("08:12 …", "86' …", "45+2' …"): a side column of flash news, a match's live text under its report."""


def _clock_feed(page: Page, base: list[float]) -> None:
    """Make neutral the prose of :data:`FEED_RUN` or more list items in a row whose lines open with a time
    (:data:`_CLOCK`): a "7x24 快讯" column beside a finance story, a "文字直播" feed below a match report. Such a
    feed outweighs a short story beside it; when the feed is all the page has, the prose fallback still finds it.
    In place."""
    lines, blocks = page.lines, page.blocks
    run: list[int] = []
    for i in [*range(len(lines)), -1]:
        if i >= 0:
            ln = lines[i]
            if base[i] <= 0 and not run:
                continue
            if blocks[ln.block].tag == "li" and _CLOCK.match(ln.text):
                run.append(i)
                continue
            if base[i] <= 0:
                continue  # a line without prose (a tab, an ad) between two items
        if len(run) >= FEED_RUN:
            for k in run:
                base[k] = min(base[k], 0.0)
        run = []
    _stamped_feed(page, base)


_BARE_CLOCK: Final = re.compile(r"^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$")
"""A line that is a time alone ("05:33:53", "2024-05-12 09:30")..."""
_BARE_COUNT: Final = re.compile(r"^\s*\S?\s*[\d.,]+\s*[WwKk万千]?\s*$")
"""...and one that is a count, with at most one word character before it ("阅 29.8W", "128")."""


def _stamped_feed(page: Page, base: list[float]) -> None:
    """Make neutral the prose of the entries of each :func:`stamped run <_stamped_runs>`: a column of flashes
    ("电报") under a one-item story or beside one outweighs it. In place."""
    if not _clocked(page):
        return
    for run in _stamped_runs(page, [g > 0 for g in base]):
        for _clock, k in run:
            base[k] = min(base[k], 0.0)


def _clocked(page: Page) -> bool:
    """Does the page hold :data:`FEED_RUN` or more lines that are a time alone (:data:`_BARE_CLOCK`)? Without them
    there is no :func:`stamped run <_stamped_runs>` (most pages): its prose flags are not worth making. A line whose
    first character is neither a digit nor a space (``\\d``, ``\\s``: ``str.isdecimal``, ``str.isspace`` for one
    character) is no such line: the pattern is not asked of it (most lines; each call from compiled code is dear)."""
    clocks = 0
    for ln in page.lines:
        text = ln.text
        if not text:
            continue
        first = text[0]
        if (first.isdecimal() or first.isspace()) and _BARE_CLOCK.match(text):
            clocks += 1
            if clocks >= FEED_RUN:
                return True
    return False


def _stamped_runs(page: Page, prose: list[bool]) -> list[list[tuple[int, int]]]:
    """Runs of :data:`FEED_RUN` or more entries in a row, each (time line, text line): a time alone on its line
    (:data:`_BARE_CLOCK`), one line of text under it (``prose``, no link) and nothing else but counts
    (:data:`_BARE_COUNT`) before the next time, the run under a heading of its own below a story
    (:func:`_headed_below_story`). A line of anything else (a user's name over a comment's date) ends the run:
    comments are no feed."""
    lines = page.lines
    runs: list[list[tuple[int, int]]] = []
    entries: list[tuple[int, int]] = []
    clock = -1  # the line above was a time alone
    for i in [*range(len(lines)), -1]:
        text = lines[i].text if i >= 0 else ""
        if i >= 0 and _BARE_CLOCK.match(text):
            clock = i
            continue
        if i >= 0 and clock >= 0 and prose[i] and not lines[i].link_chars:
            entries.append((clock, i))
            clock = -1
            continue
        if i >= 0 and clock < 0 and entries and _BARE_COUNT.match(text):
            continue
        if len(entries) >= FEED_RUN and _headed_below_story(page, entries[0][0]):
            runs.append(entries)
        entries, clock = [], -1
    return runs


FEED_GAP: Final = 3
"""A feed's heading is at most this many lines above its first time..."""


def _headed_below_story(page: Page, first: int) -> bool:
    """Does a heading (``<h1>``-``<h6>``, no sentence mark) stand just above line ``first`` (:data:`FEED_GAP`), and a
    line ending a sentence above it, outside the element that holds the heading and the feed? A box of its own under
    a story: a live page's entries, under its lead or its control bar ("正序 | 倒序"), or under a subheading of the
    live text, are the story."""
    lines = page.lines
    for k in range(first - 1, max(-1, first - 1 - FEED_GAP), -1):
        ln = lines[k]
        if 0 < ln.heading < PRE and not ln.punct:
            box = page.blocks[common_block(page, ln.block, lines[first].block)]
            told = [j for j in range(k) if lines[j].text.rstrip()[-1:] in SENTENCE_END and not lines[j].link_chars]
            return bool(told) and told[-1] < box.start
    return False


_TIMED_LINK: Final = re.compile(r"^\s*[\[［(（【]?\d{1,2}[:：]\d{2}[\]］)）】]?\s*\S")
FEED_HEAD: Final = 12
"""A line of at most this many characters, without a sentence mark or a link, just above a feed is its heading."""


def _feed_below(page: Page, sel: Selection) -> int:
    """The first line of a feed of timed headlines inside the selection below the story (a 滚动新闻 box set in the
    story's own cell: :data:`FEED_RUN` or more lines in a row, each opening with a clock time, bracketed or not, and
    holding a link: "[14:31] <a>headline</a>：summary"; or a :func:`stamped run <_stamped_runs>` of flashes, each
    under a time alone on its line), or of its short heading just above; -1 when there is none or no line above it
    ends a sentence (the feed is the content: a live page). A thread keeps its lines."""
    if sel.replies >= 0:
        return -1
    lines = page.lines
    stamped = [r[0][0] for r in _stamped_runs(page, [line_gain(ln) > 0 for ln in lines])] if _clocked(page) else []
    first = next((k for k in stamped if sel.start < k < sel.end), -1)
    if first >= 0:  # a run of flashes each under a time alone on its line ("05:33:53", a text, "阅 29.8W")
        return _feed_cut(lines, sel, first)
    run = 0
    for i in range(sel.start, sel.end):
        ln = lines[i]
        if ln.link_chars and _TIMED_LINK.match(ln.text):
            run += 1
            if run < FEED_RUN:
                continue
            return _feed_cut(lines, sel, i - run + 1)
        run = 0
    return -1


def _feed_cut(lines: list[Line], sel: Selection, first: int) -> int:
    """Where the story ends above a feed whose first line is ``first``: there, or at the feed's short heading just
    above it; -1 when no line above it ends a sentence (the feed is the content: a live page)."""
    cut = first
    up = lines[first - 1] if first > sel.start else None
    if up is not None and up.chars <= FEED_HEAD and not up.link_chars and not up.punct:
        cut = first - 1
    told = any(lines[k].text[-1:] in SENTENCE_END and not lines[k].link_chars for k in range(sel.start, cut))
    return cut if told else -1


MORE_LINK: Final = 20
"""A link of at most this many characters that ends a prose line..."""


THUMB_LINES: Final = 3
"""A thumbnail's item holds at most this many lines from its caption on (a caption; a headline link, a summary, a
date) (:func:`_thumb_teasers`)."""


def _thumb_item(page: Page, line: int, image: int) -> int:
    """The item of a thumbnail whose image sat in block ``image`` and whose first line is ``line``: the innermost
    block holding both, when that line opens it, it holds at most :data:`THUMB_LINES` lines and its first line is a
    caption (no link) or one link (a headline; most of a run's must be :func:`_headline_link`), not opening a reply
    ("<a>name</a>: text" beside an avatar); not a ``<p>`` (a paragraph under its picture is the story's text);
    else -1."""
    blocks, lines = page.blocks, page.lines
    item = common_block(page, image, lines[line].block)
    while (
        item > 0 and (up := blocks[item].parent) > 0 and blocks[up].start == line and blocks[up].end == blocks[item].end
    ):
        item = up  # (the card's own wrapper: <table><tr><td><img></td><td>…</td></tr></table>)
    if item <= 0 or blocks[item].start != line or blocks[item].end - line > THUMB_LINES or blocks[item].tag == "p":
        return -1
    ln = lines[line]
    return item if (not ln.link_chars and not ln.lead_link) or _link_only(ln) else -1


def _thumb_named(ln: Line) -> bool:
    """A thumbnail's first line that tells another page's story: a caption (no link) or a headline link, not a
    user's name (a run of avatars over their names' links is a thread's, no strip of teasers)."""
    return not ln.link_chars or _headline_link(ln)


def _thumb_teasers(page: Page, base: list[float]) -> list[int]:
    """The captions and summaries of a strip of thumbnails that lead to other pages: at least :data:`TEASER_RUN`
    sibling items of one tag in a row, each opening with a linked image (``Page.thumbs``: ``<li><a
    href="/pic/2.html"><img></a><p>caption</p></li>``, a "相关图片" row, a card of another story) over a few lines
    (:func:`_thumb_item`). Their lines but the links tell other pages' stories, like a teaser's summary under its
    headline link: counted as nothing (``base``, in place) and returned (dropped from the text). A story's own
    picture (not linked, or linked to its large image) opens no thumbnail; an image not linked opens one only when
    the line under it is one link (:func:`_headline_cards`: a card of another story, its picture beside its linked
    headline and summary). Most first lines of a run must be captions or headlines (:func:`_thumb_named`)."""
    blocks, lines = page.blocks, page.lines
    out: list[int] = []
    run: list[int] = []  # the items of the run
    thumbs = _headline_cards(page)
    for k, (line, image) in enumerate((*thumbs, (-1, -1))):
        item = _thumb_item(page, line, image) if line >= 0 else -1
        if item >= 0 and k + 1 < len(thumbs) and thumbs[k + 1][0] < blocks[item].end:
            item = -1  # a paragraph of sentences each under its picture (a gallery story), no one thumbnail's card
        if run and (
            item < 0
            or blocks[item].parent != blocks[run[-1]].parent
            or blocks[item].tag != blocks[run[-1]].tag
            or blocks[item].start < blocks[run[-1]].end
        ):
            if len(run) >= TEASER_RUN and 2 * sum(_thumb_named(lines[blocks[k].start]) for k in run) > len(run):
                out.extend(i for k in run for i in range(blocks[k].start, blocks[k].end) if not is_link_line(lines[i]))
            run = []
        if item >= 0:
            run.append(item)
    for i in out:
        if base[i] > 0:
            base[i] = 0.0
    return out


SLIDE_RUN: Final = 3
"""A slideshow has at least this many pictures in a row each over a caption opening with its counter..."""
_SLIDE_COUNTER: Final = re.compile(r"\s*(\d{1,3})\s*/\s*(\d{1,3})(?=\s|[^\d\s/])")
"""...("3/10 图为…": the slide's number, then the slides' count)."""
SLIDE_LEAD: Final = 10
"""A lead over a slideshow: a line of prose of at least this many characters that ends a sentence (:func:`_slides`)."""
SLIDE_UP: Final = 3
"""The lead is looked for in an element at most this many levels above the slides' innermost one."""


def _slides(page: Page, base: list[float]) -> list[int]:
    """The captions of a slideshow: :data:`SLIDE_RUN` or more lines each right under a picture (``Page.images``),
    without links, opening with a counter "k/N" (:data:`_SLIDE_COUNTER`) whose k rises by one and whose N stays,
    when a line of prose (:data:`SLIDE_LEAD`) stands beside them in an element that holds them too (a photo
    story's lead over or under its slides: the slides' captions describe its pictures, as ``<figcaption>`` elements
    do, which the walk steps over). Counted as nothing (``base``, in place) and returned (dropped from the text). A
    story told by its captions alone (no lead beside them) keeps them."""
    lines = page.lines
    out: list[int] = []
    run: list[int] = []
    last = (-1, -1)  # the run's last counter (k, N)
    for line, _ in (*page.images, (-1, -1)):
        m = _SLIDE_COUNTER.match(lines[line].text) if 0 <= line < len(lines) and not lines[line].link_chars else None
        k = (int(m.group(1)), int(m.group(2))) if m is not None else (-1, -1)
        if run and (m is None or k != (last[0] + 1, last[1])):
            if len(run) >= SLIDE_RUN and _slide_lead(page, base, run[0], run[-1]):
                out.extend(run)
            run = []
        if m is not None and 0 < k[0] <= k[1]:
            run.append(line)
            last = k
    for i in out:
        if base[i] > 0:
            base[i] = 0.0
    return out


def _slide_lead(page: Page, base: list[float], first: int, last: int) -> bool:
    """Is there a line of prose above slide caption ``first`` or below ``last`` inside an element that holds the
    slides, at most :data:`SLIDE_UP` elements above the innermost (the slides' list, the slideshow's box, the photo
    story's)?"""
    lines, blocks = page.lines, page.blocks
    box = common_block(page, lines[first].block, lines[last].block)
    for _ in range(SLIDE_UP):
        if box <= 0 or blocks[box].parent <= 0:
            break
        box = blocks[box].parent
    if box <= 0:
        return False
    for i in (*range(blocks[box].start, first), *range(last + 1, blocks[box].end)):
        ln = lines[i]
        if base[i] > 0 and ln.chars >= SLIDE_LEAD and not ln.link_chars and ln.text[-1] in SENTENCE_END:
            return True
    return False


def _headline_cards(page: Page) -> list[tuple[int, int]]:
    """``Page.thumbs`` with the images not linked whose line is one link (a headline:
    ``<td><img></td><td><a href>Headline</a><br>Summary</td>``, a "要闻" box of cards beside a photo story; a short
    headline such as "Joel on Software" too), as ``(line, block)``, ascending by line."""
    thumbs = page.thumbs
    lines = page.lines
    if not page.images:
        return thumbs
    seen = {line for line, _ in thumbs}
    cards = [(line, b) for line, b in page.images if line < len(lines) and line not in seen and _link_only(lines[line])]
    return sorted((*thumbs, *cards)) if cards else thumbs


def _link_only(ln: Line) -> bool:
    """A line that is link text end to end."""
    return ln.chars > 0 and ln.link_chars == ln.chars


def _more_links(lines: list[Line], base: list[float]) -> list[int]:
    """Prose lines that end a sentence, then the same short link as :data:`TEASER_RUN` or more others ("… Read
    more »", "…。阅读全文>>") summarize the pages those links lead to: a list of teasers, whatever their headlines
    look like; they count as nothing, and so does the line of another element right above each that is shorter or
    ends no sentence (its headline). A bar of actions under each answer ("你对这个回答的评价是？评论") is none. The
    lines made nothing, in order."""
    groups: dict[str, list[int]] = {}
    out: list[int] = []
    i = -1
    for ln in lines:
        i += 1
        links = ln.link_chars
        if 0 < links <= MORE_LINK and base[i] > 0 and ln.chars > 2 * links and not ln.heading:
            text = "".join(ln.text.split())
            tail, body = text[-links:], text[:-links]
            if (
                _LETTER.search(tail)
                and (body[-1] in SENTENCE_END or body.endswith(("...", "…")))
                and not action_bar(ln.text)  # "你对这个回答的评价是？评论": the bar under each answer
            ):
                groups.setdefault(tail, []).append(i)
    for run in groups.values():
        if len(run) >= TEASER_RUN:
            for k in run:
                base[k] = 0.0
                above = lines[k - 1] if k else None
                if (
                    above
                    and base[k - 1] > 0
                    and above.block != lines[k].block
                    and (above.chars < lines[k].chars or above.text[-1] not in "。.！!")
                ):
                    base[k - 1] = 0.0
                    out.append(k - 1)
                out.append(k)
    return sorted(out)


_LETTER: Final = re.compile(r"[^\W\d_]")


COMMENT_FORM: Final = 40
"""A comment form is the ``<form>`` around a text area when it holds at most this many lines..."""


ENTRY_FIELDS: Final = 2
"""An element with this many one-line text fields directly in it (``Block.fields``: "收件人 / 您的名字" of a
mail-a-friend form, a contact form's row) is a data-entry form (:func:`_entry_forms`): its box's lines inside the
chosen block are dropped like a comment form's, but their gains stay as they were (made negative, a mail box's
notices under a short story no longer held the choice on the story's cell: it went out to the page's frame with
the side column and the footer); a search box has one field, a rating or a poll radio buttons."""


def _comment_forms(page: Page, base: list[float]) -> list[tuple[int, int]]:
    """Line ranges of the comment forms (name, e-mail, "allowed HTML tags", "by submitting this form you accept"):
    every line of them is a label, a notice or a button, however long and punctuated (so are those of the other
    data-entry forms, :func:`_entry_forms`: "轉寄好友" over its notices "請輸入您朋友的電子郵件地址…"). A form that
    holds more than :data:`NEG_SHARE` of the page's prose is no comment form (a page wrapped in one form). A
    reply box with no ``<form>`` around it counts too (:func:`_formless_reply_box`)."""
    return _forms_around(page, base, page.text_areas) or _formless_reply_box(page, base)


def _formless_reply_box(page: Page, base: list[float]) -> list[tuple[int, int]]:
    """The box (:func:`_form_box`) around the page's one text area when no ``<form>`` holds it and the element that
    does is small (at most :data:`FORM_ROW` lines): a Q&A page's "我来回答" box of a heading, a prompt sentence
    ("登录后才能回答问题，回答被采纳可以获得…") and a text area, scripted rather than posted. The rule threads
    already apply to their reply boxes (:func:`_out_of_reply_boxes`), for any page: a one-answer question's
    page is no thread, and the prompt outweighed the tiny answer. A box holding more than :data:`NEG_SHARE` of
    the page's prose, or a line longer than :data:`FORM_LABEL` (a short post beside its own comment box), is none."""
    if len(page.text_areas) != 1:
        return []
    idx = page.text_areas[0]
    blocks = page.blocks
    if blocks[idx].end - blocks[idx].start > FORM_ROW:
        return []
    k = idx
    while k >= 0:
        if blocks[k].tag == "form":  # (a form too large to be a comment form)
            return []
        k = blocks[k].parent
    start, end = _form_box(page, idx)
    if any(ln.chars > FORM_LABEL for ln in page.lines[start:end]):  # a paragraph beside the text area: a post
        return []
    prose = sum(g for g in base if g > 0)
    return [(start, end)] if sum(g for g in base[start:end] if g > 0) <= NEG_SHARE * prose else []


def _entry_forms(page: Page, base: list[float]) -> list[tuple[int, int]]:
    """Line ranges of the data-entry forms (:data:`ENTRY_FIELDS`) that are no comment forms."""
    blocks = page.blocks
    entries = [i for i in page.controlled if blocks[i].fields >= ENTRY_FIELDS and i not in page.text_areas]
    return _forms_around(page, base, entries) if entries else []


def _forms_around(page: Page, base: list[float], held: list[int]) -> list[tuple[int, int]]:
    """The boxes (:func:`_form_box`) of the small ``<form>`` elements around the blocks ``held``."""
    if not held:
        return []
    blocks = page.blocks
    out: list[tuple[int, int]] = []
    prose = sum(g for g in base if g > 0)
    for idx in held:
        k = idx
        while k >= 0 and blocks[k].tag != "form" and blocks[k].end - blocks[k].start <= COMMENT_FORM:
            k = blocks[k].parent
        if k < 0 or blocks[k].tag != "form":
            continue
        start, end = _form_box(page, k)
        if end - start <= COMMENT_FORM and sum(g for g in base[start:end] if g > 0) <= NEG_SHARE * prose:
            out.append((start, end))
    return out


FORM_NOTES: Final = 2
"""A form's box takes in up to this many lines below the form in the element around it (its notices: "Your e-mail
address is used only to...")..."""
FORM_LABEL: Final = 60
"""...and the lines above it of at most this many characters (its heading: "E-mail this story"); a longer line
above may be the question a reply box answers."""


def _form_box(page: Page, form: int) -> tuple[int, int]:
    """The line range of the box around the ``<form>`` block ``form``: the largest element around it whose other
    lines are a short heading above it and a few notices below it."""
    blocks, lines = page.blocks, page.lines
    fs, fe = blocks[form].start, blocks[form].end
    start, end = fs, fe
    k = blocks[form].parent
    while k >= 0:
        blk = blocks[k]
        above, below = fs - blk.start, blk.end - fe
        if (
            below > FORM_NOTES
            or above + below > FORM_NOTES + 1
            or blk.end - blk.start > COMMENT_FORM
            or any(ln.chars > FORM_LABEL for ln in lines[blk.start : fs])
        ):
            break
        start, end = blk.start, blk.end
        k = blk.parent
    return start, end


def _out_of_reply_boxes(page: Page, kept: list[int]) -> list[int]:
    """``kept`` (a thread's lines) less those of its reply boxes: the box (:func:`_form_box`) around a small element
    (at most :data:`FORM_ROW` lines) that holds a ``<textarea>``, with or without a ``<form>`` ("快速回复", "您目前还是
    游客，请登录或注册后再参与讨论" beside a reply box below the last post), when it is the page's one text area (a
    template that gives every post its comment box, vBulletin 5's, may hold a short post's text beside it)."""
    if not kept or len(page.text_areas) != 1:
        return kept
    idx = page.text_areas[0]
    if page.blocks[idx].end - page.blocks[idx].start > FORM_ROW:
        return kept
    start, end = _form_box(page, idx)
    return [i for i in kept if not start <= i < end]


def _control_blocks(page: Page) -> set[int]:
    """The blocks whose lines are beside form controls: those with controls directly inside, and the children of a
    small one (a form row). Found from the blocks with controls (``Page.controlled``), not asked per line."""
    near: set[int] = set()
    blocks = page.blocks
    for idx in page.controlled:
        near.add(idx)
        parent = blocks[idx]
        if parent.end - parent.start <= FORM_ROW:  # a form row: its children's lines are labels too
            child = idx + 1
            while child < parent.end_block:
                near.add(child)
                end = blocks[child].end_block
                child = end if end > child else child + 1
    return near


LOGIN_FORM: Final = 20
"""A login box is the ``<form>`` around a password field when it holds at most this many lines..."""
LOGIN_LINES: Final = 6
"""...or else (no such form: a page wrapped in one form, a box of table cells) the largest element around the
field that holds at most this many lines."""
LOGIN_LABEL: Final = 60
"""A login box holds labels and buttons: an element with a longer line (a paragraph) around the field is no
login box."""


SIGNUP_LINES: Final = 4
"""A sign-up box is the largest element around an e-mail field that holds at most this many lines (a heading, a
pitch, a button: "Unser Newsletter", "Erhalten Sie jeden Morgen...", "Jetzt abonnieren")..."""
SIGNUP_CHARS: Final = 400
"""...at most this many characters and one line of prose (a pitch, not a short article's paragraphs)."""


def _signup_boxes(page: Page, base: list[float]) -> list[tuple[int, int]]:
    """Line ranges of the sign-up boxes around e-mail fields (:data:`SIGNUP_LINES`): their pitch is prose in any
    language, the e-mail field says what it is."""
    return _boxes_around(page, base, page.signups, SIGNUP_LINES)


def _boxes_around(
    page: Page, base: list[float], seeds: list[int], max_lines: int, max_prose: int = 1
) -> list[tuple[int, int]]:
    """Line ranges of the largest elements around the elements ``seeds`` (block indices) that hold at most
    ``max_lines`` lines, ``max_prose`` prose lines (``base`` > 0) at most, and :data:`SIGNUP_CHARS` characters."""
    out: list[tuple[int, int]] = []
    blocks, lines = page.blocks, page.lines
    for idx in dict.fromkeys(seeds):
        box, k = -1, idx
        while (
            k >= 0
            and blocks[k].end - blocks[k].start <= max_lines
            and sum(1 for g in base[blocks[k].start : blocks[k].end] if g > 0) <= max_prose
        ):
            box, k = k, blocks[k].parent
        if box >= 0 and blocks[box].end > blocks[box].start:
            start, end = blocks[box].start, blocks[box].end
            if sum(ln.chars for ln in lines[start:end]) <= SIGNUP_CHARS:
                out.append((start, end))
    return out


PITCH_LINES: Final = 6
"""A newsletter box with no e-mail field (its button a link to the sign-up page) is the largest element around a
"Sign up" / "Subscribe" link line of at most this many lines..."""
PITCH_CHARS: Final = 480
"""...and characters, one of its other lines naming a newsletter (:data:`_PITCH_WORD`)."""
_SIGNUP_LINK: Final = re.compile(
    r"(?i)^(?:sign (?:me )?up|subscribe|get the newsletter|jetzt abonnieren|abonnieren|newsletter abonnieren|"
    r"s.abonner|je m.inscris|suscr[ií]bete|suscribirse|inscr[ií]bete|assine|inscreva-se|iscriviti|abbonati|"
    r"подписаться|登録する|订阅|訂閱)(?:\s+(?:now|today|for free|here|jetzt|gratis|ya|agora|ora))?\s*[!»›>→]*$"
)
_SIGNUP_FIRST: Final = re.compile(r"(?i)[sgjaniп登订訂]")
"""The first letters of :data:`_SIGNUP_LINK`'s words, matched the same way (a quick test: most links fail it)."""
_PITCH_WORD: Final = re.compile(r"(?i)newsletter|\binbox\b|unsubscribe|рассылк|ニュースレター|メルマガ|邮件订阅|電子報")


def _pitch_boxes(page: Page) -> list[tuple[int, int]]:
    """Line ranges of the newsletter boxes whose button is a link ("Want more stories like this? Our daily newsletter
    brings you… | Sign up"): :data:`PITCH_LINES`, :data:`PITCH_CHARS`, a line of them naming a newsletter."""
    blocks, lines = page.blocks, page.lines
    seeds = [
        ln.block
        for ln in lines
        if 0 < ln.chars <= ln.link_chars
        and ln.chars <= 24
        and _SIGNUP_FIRST.match(ln.text)
        and _SIGNUP_LINK.match(ln.text)
    ]
    out: list[tuple[int, int]] = []
    for idx in dict.fromkeys(seeds):
        box, k = -1, idx
        while (
            k >= 0
            and blocks[k].end - blocks[k].start <= PITCH_LINES
            and sum(ln.chars for ln in lines[blocks[k].start : blocks[k].end]) <= PITCH_CHARS
        ):
            box, k = k, blocks[k].parent
        if box < 0:
            continue
        start, end = blocks[box].start, blocks[box].end
        if end - start >= 2 and any(_PITCH_WORD.search(ln.text) for ln in lines[start:end] if ln.link_chars < ln.chars):
            out.append((start, end))
    return out


AD_BOX: Final = 4
"""A labelled advert is an element of at most this many lines..."""


def _ad_boxes(page: Page, base: list[float]) -> list[tuple[int, int]]:
    """Line ranges of the labelled adverts: the element around a line that is only an :data:`~.thread.AD_LABELS`
    word ("推广", "广告", "Sponsored") on a line of its own, when the label is its first line and the element
    holds at most :data:`AD_BOX` lines and a blurb (at most :data:`~.thread.AD_LINES` lines of prose,
    :data:`~.thread.AD_CHARS` characters: "推广" over "本地靠谱律师在线解答…" beside a one-answer question). Threads
    drop such cards among their items (:func:`~.thread._adverts`); this is the same card anywhere on a page."""
    blocks, lines = page.blocks, page.lines
    out: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        if ln.chars > 13 or ln.text.strip().lower() not in AD_LABELS:
            continue
        own = blocks[ln.block]
        if own.end - own.start == 1:  # the label in an element of its own: the card is around it
            if own.parent < 0:
                continue
            own = blocks[own.parent]
        box = own
        if box.start != i or not 2 <= box.end - box.start <= AD_BOX:
            continue
        prose = [k for k in range(box.start + 1, box.end) if base[k] > 0]
        if 0 < len(prose) <= AD_LINES and sum(lines[k].chars for k in range(box.start, box.end)) <= AD_CHARS:
            out.append((box.start, box.end))
    return out


WIDGET_LINES: Final = 4
"""...holding at most this many lines, :data:`WIDGET_PROSE` of them prose at most ("Only 3 left in stock." and
"Free shipping on orders over $25, returns within 30 days.")."""
WIDGET_PROSE: Final = 2


def _widget_boxes(page: Page, base: list[float]) -> list[tuple[int, int]]:
    """Line ranges of the widgets around drop-down menus (a price box's size and colour, a settings box's text size
    and theme, a currency switch): the largest element around the ``<select>`` of at most :data:`WIDGET_LINES`
    lines, :data:`SIGNUP_CHARS` characters and one prose line. Its prose is a notice of the widget (stock and
    shipping, a disclaimer), not the article's. (A reply box's text area and button are no widget: the box may
    hold the question it answers.)"""
    return _boxes_around(page, base, page.selects, WIDGET_LINES, WIDGET_PROSE)


def _login_boxes(page: Page) -> list[tuple[int, int]]:
    """Line ranges of the login boxes (user name, password, "remember me", "forgot password?"): every line of
    them is a label or a button, however long and punctuated ("您尚未登录，您可以输入您的用户名、密码登录")."""
    out: list[tuple[int, int]] = []
    blocks = page.blocks
    for idx in page.logins:
        box, small = -1, -1
        k = idx
        while k >= 0:
            blk = blocks[k]
            size = blk.end - blk.start
            if size <= LOGIN_LINES:
                small = k
            if blk.tag == "form":
                box = k if size <= LOGIN_FORM else -1
                break
            if size > LOGIN_FORM:
                break
            k = blk.parent
        box = box if box >= 0 else small
        if box >= 0 and all(ln.chars <= LOGIN_LABEL for ln in page.lines[blocks[box].start : blocks[box].end]):
            out.append((blocks[box].start, blocks[box].end))
    return out


UNCLOSED_RUN: Final = 3
"""A run of at least this many fully linked lines of one element, one of them a long paragraph of prose, is text
under an unclosed ``<a>`` (2005-era forum posts), not a list of links."""


def unclosed_links(page: Page) -> None:
    """Clear the link characters of the lines under an unclosed ``<a>`` (see :data:`UNCLOSED_RUN`), in place."""
    lines = page.lines
    if not any(ln.chars >= 80 and ln.punct >= 3 and ln.link_chars == ln.chars for ln in lines):
        return  # no fully linked paragraph of prose: no run to clear
    i, n = 0, len(lines)
    while i < n:
        j = i
        prose = False
        while j < n and lines[j].block == lines[i].block and lines[j].link_chars == lines[j].chars:
            prose = prose or (lines[j].chars >= 80 and lines[j].punct >= 3)
            j += 1
        if prose and j - i >= UNCLOSED_RUN:
            for ln in lines[i:j]:
                ln.link_chars = ln.lead_link = 0
        i = j if j > i else i + 1


def select_root(page: Page, title: str = "") -> Selection | None:
    """The lines that best hold the main content, or None for a page without text.

    The best-scoring block (one that starts at, or just after, the line showing
    the page title scores higher), widened to like siblings (posts, answers) and
    to neighbouring siblings that add prose.

    A second candidate: when the paragraphs of a post under the page's own linked title were left counting as
    nothing (:func:`_own_heading`: they may be teasers) and the block chosen holds none of them (the post's
    comments won over it), the choice is made again with them counted.
    """
    held: list[int] = []
    sel = _select_root(page, title, held, continued=False)
    if sel is not None and held and not any(sel.start <= k < sel.end for k in held):
        sel = _select_root(page, title, [], continued=True)
    if sel is not None and sel.replies < 0:
        _other_answers(page, sel)
    return sel


_OTHER_ANSWERS: Final = re.compile(
    r"^(?:其他|其它|其餘|其余|更多)\s*(?:\d[\d,]*\s*(?:条|條|个|個|则|則)\s*)?(?:回答|解答|答案)"
    r"\s*(?:[(（]\s*\d[\d,]*\s*[)）])?\s*[:：]?$"
)
"""The label of a Q&A page's other answers under its best one ("其他3条回答", "其他解答 (2)", "更多回答")..."""
ANSWERS_GAP: Final = 6
"""...at most this many lines below the chosen block, through lines that end no sentence (the best answer's
answerer card "X 采纳率：69% 9级" and vote bar)."""
_STOPS: Final = "。！？!?…"


def _other_answers(page: Page, sel: Selection) -> None:
    """Take in the other answers below a best answer chosen alone (Zhidao's "最佳答案" card over "其他N条回答": the
    other answers carry no user chrome, no class a reply wears, nothing that makes them a thread): when an
    :data:`_OTHER_ANSWERS` label opens an element right below the selection (:data:`ANSWERS_GAP`), that element's
    lines of prose are kept as the selection's replies (the label, names and dates not)."""
    lines, blocks = page.lines, page.blocks
    for j in range(sel.end, min(sel.end + ANSWERS_GAP, len(lines))):
        ln = lines[j]
        if ln.chars <= 20 and not ln.link_chars and _OTHER_ANSWERS.match(ln.text):
            break
        if line_gain(ln) > 0 and ln.text.rstrip()[-1:] in _STOPS:
            return
    else:
        return
    k = lines[j].block
    while k >= 0 and blocks[k].start == j and blocks[k].end - blocks[k].start == 1:
        k = blocks[k].parent
    if k < 0 or blocks[k].start != j:
        return
    kept = [i for i in range(j + 1, blocks[k].end) if line_gain(lines[i]) > 0 and lines[i].punct > 0]
    if kept:
        sel.replies, sel.end = sel.end, blocks[k].end
        sel.kept = frozenset(kept)


def _select_root(page: Page, title: str, held: list[int], *, continued: bool) -> Selection | None:
    """:func:`select_root`'s choice; ``held``: gets the lines :func:`_own_heading` left as nothing unless
    ``continued``."""
    lines = page.lines
    if not lines:
        return None
    unclosed_links(page)
    more: list[int] = []
    boxes: list[tuple[int, int]] = []
    base = page_gains(page, more, boxes)
    paired = _kind_pairs(page, base)
    anchor = title_line(page, title) if title else -1
    if anchor < 0 and title:
        anchor = _raw_title_line(page, title)
    if anchor >= 0:
        held.extend(_own_heading(page, base, anchor, paired, continued=continued))
    _boxed_teasers(page, base, anchor)
    prose = sum(g for g in base if g > 0)
    best, neg, gains = -1, [], base
    prose_sums = _prefix([g if g > 0 else 0.0 for g in base])
    shared = _content_classes(page, prose_sums)
    strict: tuple[int, list[bool], list[float]] | None = None
    for lenient in (False, True):
        neg = negative_blocks(page, prose_sums, shared, lenient=lenient)
        gains = _penalized(page, base, neg)
        best, _ = _best(page, gains, anchor)
        if best >= 0:
            blk = page.blocks[best]
            kept = [g for g in gains[blk.start : blk.end] if g > 0]
            if len(kept) >= MIN_ROOT_PARAGRAPHS or sum(kept) >= MIN_ROOT_SHARE * prose:
                break
            if not lenient:
                strict = (best, neg, gains)
    if strict is not None and (
        _boilerplate_below(page, strict[0], best, strict[1], strict[2], anchor)
        or _comments_over_story(page, strict[0], best, strict[1], anchor)
    ):
        best, neg, gains = strict
    if best < 0:
        return None
    thread = titled_thread(page, best, gains, anchor)
    if thread >= 0:  # a short thread under the title outweighed by a feed of long items elsewhere
        best, walled = thread, -1
    else:
        best, walled = _past_wall(page, best, gains, anchor)
    best = _core(page, best, gains, anchor)
    best, boxed = _title_story(page, best, gains, anchor)
    if boxed < 0:
        best, boxed = _comments_above_title(page, best, gains, base, anchor)
    row = best
    best = _title_cell(page, best, gains, anchor)
    fence = row if best != row else boxed
    if fence < 0:
        best, fence = _title_column(page, best, gains, anchor)
    if fence < 0:
        best, fence = _title_layout(page, best, gains, anchor)
    if fence < 0:
        best, fence = _float_layout(page, best, gains, anchor)
    if fence < 0:
        fence = walled  # the story chosen over a block past a wall below it: it does not grow back over the wall
    listed = page.blocks[best].end
    best, comments = _story_above_comments(page, best, gains, base, anchor)
    above = comments >= 0 and not page.blocks[best].start <= comments < page.blocks[best].end
    if above:  # the story chosen above the comment box: the widening stops below the block holding both
        fence = common_block(page, best, page.lines[comments].block)
    if comments >= 0:  # hints weighed against the story's prose, not the comments' that outweighed it
        neg = negative_blocks(page, prose_sums, shared, lenient=True, apart=(comments, listed))
        gains = _penalized(page, base, neg)
    best = _widened(page, best, gains, fence)
    best = expand_repeated(page, best, neg)
    group = post_group(page, best, base)
    if group >= 0:
        best = group  # a part of one short post (a signature) outscored the posts: the list of posts is the content
    sel = extend_siblings(page, best, gains, neg, fence)
    records = records_below(page, sel.block, sel.end, neg)
    if records > sel.end:  # a story's tables of records below its text: taken in, and kept at its end
        sel.records, sel.end = frozenset(range(sel.end, records)), records
    _headed_parent(page, sel)
    split_parts(page, sel, gains, anchor, fence)
    named_parts(page, sel, gains, neg, anchor)
    _side_cells(page, sel)
    sel.lede = _lede(page, sel.start, gains, anchor)
    if sel.lede >= 0 and sel.lede == sel.start - 1:
        sel.start, sel.lede = sel.lede, -1  # "摘要：…", "核心提示：…" set in a box of its own just above the body
    if above and sel.start < comments:  # the story above its counted comment heading and its comments: no thread
        sel.end = _next_story(page, sel.start, min(sel.end, comments), base, anchor)
    elif not _threaded(page, sel, base, neg, anchor):
        sel.end = _next_story(page, sel.start, sel.end, base, anchor)
    else:
        _thread_footer(page, sel)
    feed = _feed_below(page, sel)
    if feed >= 0:  # a feed of timed headlines under the story in its own cell: the story ends above it
        sel.end = feed
        sel.kept = frozenset(i for i in sel.kept if i < feed)
        if sel.replies >= feed:
            sel.replies = -1
    if sel.start < comments < sel.end:  # a block holding the story and its comments ends at the heading
        sel.end = comments
        sel.kept = frozenset(i for i in sel.kept if i < comments)
        if sel.replies >= comments:
            sel.replies = -1
    sel.teasers = frozenset(
        i
        for i in range(max(sel.start, 1), sel.end)
        if not base[i]
        and (i in paired or _headline_link(lines[i - 1]))
        and line_gain(lines[i]) > 0
        and _CJK.search(lines[i].text)
    ) | _teaser_list(lines, base, sel.start, sel.end)
    if more:  # a list of teasers under "read more" links left inside the text (above comments cut off below it)
        sel.teasers |= frozenset(i for i in more if sel.start <= i < sel.end)
    if boxes:
        sel.boxed = _boxes_inside(sel, boxes, base)
    _topic_items(page, sel, base)
    return sel


FOOTER_LINES: Final = 2
"""A page's footer below a thread holds at most this many lines (:func:`_thread_footer`)."""


def _thread_footer(page: Page, sel: Selection) -> None:
    """End a thread's selection above the page's footer: the element that ends the page, climbed from its last line
    while it holds at most :data:`FOOTER_LINES` lines, all of them kept (sentences: a reply's header line is chrome),
    when it starts below a kept line of the thread and is unlike the element that holds that line under their common
    parent, that element holding every kept line of the thread (no last reply of the list: a sentence that ends the
    page outside the list of posts, "本站倡导文明上网…", is no post)."""
    lines, blocks = page.lines, page.blocks
    if sel.replies < 0 or sel.end != len(lines) or not lines:
        return
    k = lines[-1].block
    while (parent := blocks[k].parent) >= 0 and blocks[parent].end - blocks[parent].start <= FOOTER_LINES:
        k = parent
    start = blocks[k].start
    above = [i for i in sel.kept if sel.replies <= i < start]
    parent = blocks[k].parent
    if (
        not above
        or parent < 0
        or start <= sel.start
        or any(lines[i].heading or i not in sel.kept for i in range(start, sel.end))
    ):
        return  # (a reply's header line is its chrome, not kept: a footer is sentences only)
    held = child_toward(blocks, lines[max(above)].block, parent)
    if held <= parent or held == k or _first_class(blocks[held]) == _first_class(blocks[k]):
        return
    if child_toward(blocks, lines[min(above)].block, parent) != held:
        return  # the thread's kept lines in several elements of that parent: the last one may be a post of its own
    sel.end = start
    sel.kept = frozenset(i for i in sel.kept if i < start)


def _first_class(blk: Block) -> tuple[str, str]:
    """An element's tag and first class or id word, digits aside."""
    words = blk.ident.split(maxsplit=1)
    return blk.tag, re.sub(r"\d+", "", words[0]) if words else ""


def _boilerplate_below(page: Page, short: int, best: int, neg: list[bool], gains: list[float], anchor: int) -> bool:
    """Does the short block ``short`` that the strict pass chose under the page's title (a notice, a 简讯: too little
    prose for a root) beat ``best``, the lenient pass's choice below it inside an element that the strict pass read
    as strong boilerplate (a footer of legal text, a "related" box: lenient reading ignores such a name on an element
    holding much of the page's prose, for an article set in a wrongly named element)? The story under its title is
    the content then: a legal footer's sentences are no article. Not for comment-named elements (a forum's posts),
    nor for an element inside the one that holds the title and the short block (a disclaimer in the article's own
    element, from which the lenient choice widens to the whole article), nor for one with prose after it or a
    content-named element inside it around the lenient choice (a Q&A page's answers in a wrapper named like a
    navigation box, below a short question): a footer ends the page and names nothing in it as content."""
    blocks, lines = page.blocks, page.lines
    if best < 0 or short < 0 or anchor < 0:
        return False
    own, other = blocks[short], blocks[best]
    if other.start < own.end or abs(own.start - anchor) > TITLE_GAP or not neg[best]:
        return False
    story = common_block(page, short, lines[anchor].block)
    if story >= 0 and blocks[story].start <= other.start < blocks[story].end:
        return False  # a disclaimer inside the article's own element: the lenient pass widens from it to the article
    k = best
    while k >= 0 and not (blocks[k].hint < 0 and neg[k] and (blocks[k].parent < 0 or not neg[blocks[k].parent])):
        if blocks[k].hint > 0:
            return False  # a content-named element in there (an answer's "RichContent"): content, whatever holds it
        k = blocks[k].parent
    if k < 0 or not BANNER < blocks[k].hint < -2 or any(gains[i] > 0 for i in range(blocks[k].end, len(lines))):
        return False
    return any(gains[i] > 0 and lines[i].punct for i in range(max(own.start, anchor + 1), own.end))


def _comments_over_story(page: Page, short: int, best: int, neg: list[bool], anchor: int) -> bool:
    """Did the lenient pass (which ignores comment hints: forum posts are often marked up as comments) trade the
    strict pass's short story at the page's title for a comment list? A blog post of one paragraph under its
    ``<h1>`` beside a comment section that holds more prose: the story is the content. Only when the story block
    holds the title line or starts just below it and ends a sentence, and the lenient choice is a comment-named
    element's part outside the story, or an element around the story whose other prose is all *above* it, in
    comment-named elements (comments set before the story: no cut at a comment heading below it can take them out;
    the comments below a story chosen with them are left to :func:`_threaded`). The comment-named element, left
    out by the strict pass, holds neither the story nor the title (a thread whose first post is in the comment
    markup too keeps the lenient choice)."""
    blocks, lines = page.blocks, page.lines
    if best < 0 or short < 0 or anchor < 0 or short <= best < blocks[short].end_block:
        return False
    own = blocks[short]
    if not (own.start <= anchor < own.end or 0 <= own.start - anchor <= TITLE_GAP):
        return False
    if best <= short < blocks[best].end_block:  # an element around the story: its other prose
        if any(line_gain(lines[i]) > 0 for i in range(own.end, blocks[best].end)):
            return False
        added = [i for i in range(blocks[best].start, own.start) if line_gain(lines[i]) > 0 and i != anchor]
    else:
        added = [i for i in range(blocks[best].start, blocks[best].end) if line_gain(lines[i]) > 0]
    if not added or not all(_left_comment(page, lines[i].block, short, anchor, neg) for i in added):
        return False
    return any(line_gain(lines[i]) > 0 and lines[i].punct for i in range(max(own.start, anchor + 1), own.end))


def _left_comment(page: Page, block: int, short: int, anchor: int, neg: list[bool]) -> bool:
    """Is ``block`` inside a comment-named element that the strict pass left out (``neg``) and that holds neither
    block ``short`` nor the title line ``anchor``?"""
    blocks = page.blocks
    k = block
    while k >= 0 and blocks[k].hint != COMMENT_HINT:
        k = blocks[k].parent
    return k >= 0 and neg[k] and not k <= short < blocks[k].end_block and not blocks[k].start <= anchor < blocks[k].end


TOPIC_ITEMS: Final = 4
"""A selection directly followed by at least this many topic items (:func:`_topic_items`)..."""
TOPIC_LEAD: Final = 2
"""...when the selection holds at most this many prose lines (a lead, not an article)..."""
TOPIC_SHARE: Final = 0.5
"""...and the items' summaries weigh at least this share of its prose, takes them in."""


def _topic_items(page: Page, sel: Selection, base: list[float]) -> None:
    """A special-topic page (专题): a lead, then the topic's items, each a headline link on a line of its own over
    a summary. The summaries count as nothing (:func:`_teaser_pairs`: on an article page such pairs are another
    story's teasers), so the lead alone was the text. The items are the page's content when they come right after
    the selection (no heading or other line between), every headline is one link alone on its line and no two
    headlines are the same (a comment list's lines of a user's name and a time, or one user's name over two
    comments, are no items), the selection is a lead (at most :data:`TOPIC_LEAD` prose lines: not an article with
    a teaser list under it) and the summaries weigh at least :data:`TOPIC_SHARE` of it. The headlines and the
    summaries are kept (:attr:`Selection.items`)."""
    if sel.replies >= 0:
        return
    lines = page.lines
    heads: list[int] = []
    summaries: list[int] = []
    j, n = sel.end, len(lines)
    while j + 1 < n and _item_head(lines[j]) and not lines[j + 1].lead_link and line_gain(lines[j + 1]) > 0:
        heads.append(j)
        summaries.append(j + 1)
        j += 2
    if len(heads) < TOPIC_ITEMS or len({lines[k].text for k in heads}) < len(heads):
        return
    lead = [g for g in base[sel.start : sel.end] if g > 0]
    own = sum(lead)
    if len(lead) > TOPIC_LEAD or sum(line_gain(lines[k]) for k in summaries) < TOPIC_SHARE * own:
        return
    sel.end = j
    sel.teasers -= frozenset(summaries)
    sel.items = frozenset(heads)


def _item_head(ln: Line) -> bool:
    """A topic item's headline: one link alone on its line, not ending in a colon (a label "相关链接：")."""
    return 0 < ln.link_chars == ln.chars and ln.text[-1] not in ":："


def _boxes_inside(sel: Selection, boxes: list[tuple[int, int]], base: list[float]) -> frozenset[int]:
    """The lines of the form boxes (:func:`page_gains`) inside the selection: a sign-up box between two paragraphs, a
    price box above a review, a comment form under the post. Their gains only steered the choice of the block; inside
    it they would stay. None when the selection holds no prose outside them (the box is all the page has)."""
    inside = frozenset(i for start, end in boxes for i in range(max(start, sel.start), min(end, sel.end)))
    if not inside or not any(base[i] > 0 for i in range(sel.start, sel.end) if i not in inside):
        return frozenset()
    return inside


def _own_heading(page: Page, base: list[float], anchor: int, paired: set[int], *, continued: bool = False) -> list[int]:
    """The page's own title as a heading that is a link (a blog post's title linked to its permalink) heads the
    post, not a teaser: when the prose lines below it that :func:`base_gains` counted as nothing are all the post
    (no prose in the :data:`TEASER_GAP` lines after them but in an element named as a comment or reply: a short
    Blogger post's comments), they count again.

    A paragraph after them in the element holding them goes on with the post (a post of more paragraphs than
    :data:`TEASER_GAP`) rather than opening the next teaser: such lines are returned, left as they are, unless
    ``continued`` (they then count again too; :func:`select_root` asks so when the block chosen without them leaves
    the post out)."""
    lines = page.lines
    ln = lines[anchor]
    if not (ln.link_chars >= TEASER_LINK and 0 < ln.heading < PRE and ln.link_chars > ln.chars * LINK_DENSE):
        return []
    stop = min(anchor + TEASER_GAP + 1, len(lines))
    zeroed = [k for k in range(anchor + 1, stop) if not base[k] and k not in paired and not _CJK.search(lines[k].text)]
    after = [
        k
        for k in range(stop, min(stop + TEASER_GAP, len(lines)))
        if _summary(page, k, base) and not _box_heading_between(lines, zeroed[-1] + 1 if zeroed else anchor + 1, k)
    ]
    if after:
        post = {page.blocks[lines[k].block].parent for k in zeroed}
        if not zeroed or any(page.blocks[lines[k].block].parent not in post for k in after):
            return []
        if not continued:
            return zeroed
    for k in zeroed:
        base[k] = max(line_gain(lines[k]), 0.0)
    return []


def _box_heading_between(lines: list[Line], start: int, end: int) -> bool:
    """Is a heading of plain text (no link: "About this blog", "About me") among ``lines[start:end]``? Prose under
    it is another box's, not the next teaser's summary (that comes under its own headline link)."""
    return any(0 < lines[j].heading < PRE and not lines[j].link_chars for j in range(start, end))


TEASER_BOX: Final = 5
"""A box opened by a Chinese headline link set as a heading holds at most this many lines when it is another story's
teaser (the headline, a summary of a few sentences, a "阅读全文" link)."""


def _boxed_teasers(page: Page, base: list[float], anchor: int) -> None:
    """A Chinese headline link set as a heading (not the line showing the page's title, ``anchor``, nor any line that
    shows the ``<title>``) that opens an element of its own of at most :data:`TEASER_BOX` lines is another story's
    teaser (a recommended or next story below a short article): the element's Chinese prose lines count as nothing
    (``base``, in place). :func:`base_gains` does so below any linked heading for summaries without Chinese text;
    for Chinese ones only a box of its own tells a teaser from a linked subheading inside an article."""
    lines, blocks = page.lines, page.blocks
    i = -1
    for ln in lines:
        i += 1
        if not (0 < ln.heading < PRE and ln.link_chars == ln.chars) or i == anchor:
            continue
        if not (_headline_link(ln) and _CJK.search(ln.text)) or _shows_title(page, i):
            continue
        k = ln.block
        while blocks[k].parent >= 0 and (blocks[k].start, blocks[k].end) == (i, i + 1):
            k = blocks[k].parent  # the heading's own elements (<h2>, a title <div> around it)
        box = blocks[k]
        if box.start != i or not 2 <= box.end - i <= TEASER_BOX:
            continue
        for j in range(i + 1, box.end):
            if base[j] > 0 and _CJK.search(lines[j].text):
                base[j] = 0.0


def _summary(page: Page, line: int, base: list[float]) -> bool:
    """Is ``line`` (below a linked title's first lines) prose that may be another teaser's summary: a sentence or a
    long line, in no element named as a comment ("Subscribe to: Post Comments (Atom)" and a comment are none)?"""
    ln = page.lines[line]
    return base[line] > 0 and (ln.text[-1] in ".!?…。！？" or ln.chars >= SUMMARY_CHARS) and not reply_named(page, line)


SUMMARY_CHARS: Final = 80
"""A line this long is prose whatever it ends with."""
NEXT_STORY_ABOVE: Final = 2
"""Below this many paragraphs of prose (an article, not a box's notice: a cookie consent's paragraph above the
article's own linked title; one paragraph below the line showing the page's title is enough)..."""
NEXT_STORY_PROSE: Final = 2
"""...a heading that is one link, over a byline and this many paragraphs of prose..."""
NEXT_STORY_REACH: Final = 10
"""...within this many lines (before another linked heading) opens another story."""


def _next_story(page: Page, start: int, end: int, base: list[float], anchor: int) -> int:
    """The first line of a second story in lines ``start:end`` below the article's prose and the line showing the
    page's title (an infinite-scroll page that appends the next article: its ``<h1>`` or ``<h2>`` title a link to
    it, then a byline and its paragraphs), or ``end``. A linked heading with no byline under it is a section of the
    article or a teaser (:func:`_teaser_list`), not a story; two or more stories are the sections of a roundup;
    paragraphs below the heading in the same element as those above it go on with the article (an inline "related"
    link set as a heading)."""
    lines = page.lines
    blocks = page.blocks
    seen, found, last = 0, -1, -1
    for i in range(start, end):
        ln = lines[i]
        if not ln.heading:
            if base[i] > 0:
                seen, last = seen + 1, i
            continue
        if seen < (1 if 0 <= anchor < last else NEXT_STORY_ABOVE) or ln.heading > 2 or i <= anchor:
            continue  # (the line showing the page's title, and any above it, are the article's own)
        # a heading that is one link, or a plain one with the byline right under it that does not show the page's
        # title (a second story's own title; the page's title above its byline is the article's own)
        plain = (
            i + 1 < end
            and is_byline(lines[i + 1])
            and blocks[lines[i + 1].block].tag != "li"  # (a dated item of a list: a timeline, a reference)
            and not _shows_title(page, i)
        )
        below = _story_below(lines, i, end) if ln.link_chars == ln.chars or plain else -1
        if below >= 0 and blocks[lines[below].block].parent != blocks[lines[last].block].parent:
            if found >= 0:
                return end  # several linked sections of prose: a roundup, each item under its story's link
            found = i
    return end if found < 0 else found


def _shows_title(page: Page, line: int) -> bool:
    """Does ``line`` show the page's ``<title>`` or a part of it (6+ letters and digits)?"""
    text, title = squash(page.lines[line].text), squash(page.title)
    return len(text) >= 6 and (text in title or title in text) if title else False


def _story_below(lines: list[Line], head: int, end: int) -> int:
    """The first paragraph of a story under the linked heading ``lines[head]``: a byline (:func:`is_byline`: a date,
    an author) between the two and :data:`NEXT_STORY_PROSE` paragraphs of prose within :data:`NEXT_STORY_REACH`
    lines; or -1. (Counted by :func:`line_gain`: the first paragraphs under a headline link are teasers to
    :func:`base_gains`.)"""
    prose, below, dated = 0, -1, False
    for j in range(head + 1, min(end, head + 1 + NEXT_STORY_REACH)):
        ln = lines[j]
        if ln.heading and ln.link_chars:
            break
        if below < 0 and is_byline(ln):
            dated = True
        elif line_gain(ln) > 0 and not ln.heading:
            prose += 1
            below = j if below < 0 else below
    return below if dated and prose >= NEXT_STORY_PROSE else -1


_DIGIT: Final = re.compile(r"\d")
_REPLIES: Final = re.compile(r"回[应應]")
"""Douban's word for a thread's replies ("回应 3" over a group topic's replies): they are the content."""


def _story_over_comments(page: Page, best: int, base: list[float], anchor: int) -> tuple[int, int]:
    """The story itself chosen under the title (a block below the title line, holding a line of prose with sentence
    punctuation), with a counted comment heading below it in the element that holds the title and the story: (best,
    heading line), so that the widening stops above the comments and no thread is read (a one-paragraph story's
    comments were taken as replies to it). (best, -1) otherwise, and when the items below the heading bear a
    thread's floor numbers or the post's header line is set like theirs (:func:`_op_header`)."""
    blocks, lines = page.blocks, page.lines
    blk = blocks[best]
    holder = common_block(page, lines[anchor].block, best)
    if holder < 0 or not any(base[i] > 0 and lines[i].punct for i in range(blk.start, blk.end)):
        return best, -1
    end = blocks[holder].end
    head = _counted_comments(page, anchor, end, base, anchor, posts=False)
    if head < blk.end or _op_header(page, base, anchor, head, end) or floored(page, head + 1, end):
        return best, -1  # (floor numbers "#2" below the heading: a community post's floors, kept as its thread)
    if _discussed(page, head, end):
        return best, -1  # (scores beside the replies' actions: a discussion's replies)
    return best, head


def _counted_comments(
    page: Page, start: int, end: int, base: list[float], anchor: int, *, posts: bool = True, counted: bool = False
) -> int:
    """The line of a comment heading with its count ("评论 [8] 发评论", "网友评论（93）"), the only comment heading of
    lines ``start:end`` (below the page's title, ``anchor``, when it is among them), below prose and above two or
    more lines of prose: a blog post or a story and its comments, chosen as one block and read as a list of posts; or
    -1. (A forum thread sets no counted comment heading between its first post and the replies; a Q&A page's
    "评论 (3)" buttons stand under every answer; a microblog's "评论 8765" is one counter of a bar.) With ``posts``
    (a list of posts chosen), not when a line of chrome above the heading is in the template of the lines below it
    (a thread's first post's header line). With ``counted``, any heading :func:`_comment_section` reads is one."""
    lines = page.lines
    top = anchor + 1 if start <= anchor < end else start  # (a page titled by its blog's name: the title far above)
    heads = [
        i
        for i in range(top, end)
        if (lines[i].chars <= COUNTER_CHARS and comment_heading(lines[i].text))
        or (counted and _comment_section(lines[i]))  # (English and longer ones too: "Readers' comments（7）")
    ]
    if counted and len(heads) == 2 and heads[1] == heads[0] + 1 and _count_below(page, heads[0]):
        heads.pop()  # (the count line of a heading split over two elements, read as a heading too: "评论（5）")
    if len(heads) != 1 or _REPLIES.search(lines[heads[0]].text):
        return -1
    head = heads[0]
    split = counted and not _DIGIT.search(lines[head].text) and _count_below(page, head)
    if not split and not _DIGIT.search(lines[head].text):
        return -1
    parent = page.blocks[lines[head].block].parent
    for j in (head - 1,) if split else (head - 1, head + 1):
        near = lines[j] if 0 <= j < len(lines) else None
        if near and near.chars <= 12 and page.blocks[near.block].parent == parent and _DIGIT.search(near.text):
            return -1  # one counter of a bar ("转发 2万 | 评论 8765 | 赞 10万" under a microblog post), no heading
    # (a line of prose that holds a sentence: a source or date line of the byline row is no story above a counter)
    above = any(base[i] > 0 and _told_line(lines[i].text) for i in range(top, head))
    below = sum(1 for i in range(head + 1, end) if base[i] > 0)
    if not above or below < 2:
        return -1
    after = range(head + 1, end)
    if posts and any(base[i] <= 0 and _slot_in(page, i, after) for i in range(top, head)):
        return -1  # the post's header line in the template of the headers below: a thread's first post and replies
    return head


_SENTENCE_MARK: Final = re.compile(r"[。！？!?]")


def _told_line(text: str) -> bool:
    """Does a line hold a sentence: a sentence mark in it ("。", "！", "？"), or one ending it? (A byline row's source
    or date line holds none: "来源：证券时报", "2023-10-18 10:02".)"""
    return _SENTENCE_MARK.search(text) is not None or text.rstrip()[-1:] in SENTENCE_END


_COUNT_LINE: Final = re.compile(
    r"^[(（\[【]?\s*(?:共|已有|全部)?\s*\d[\d,]*\s*(?:条|條|人|位)?\s*(?:网友|網友|读者|讀者)?\s*"
    r"(?:评论|評論|留言|跟帖|跟贴|参与|參與)\s*[)）\]】]?$"
    r"|^[(（\[【]?\s*共\s*\d[\d,]*\s*(?:条|條)\s*[)）\]】]?$"
    r"|^(?:评论|評論|留言|跟帖|跟贴)\s*[(（\[【]\s*\d[\d,]*\s*[)）\]】]$"
    r"|^[(\[]?\s*\d[\d,]*\s+(?:comments?|responses?)\s*[)\]]?$",
    re.I,
)
"""The count line of a comment heading split over two elements ("共24条评论", "已有18人参与", "评论(5)", "共5条",
"24 comments"): the whole line, nothing else on it."""
COUNT_LINE_CHARS: Final = 20
"""A count line has at most this many characters."""


def _count_below(page: Page, head: int) -> bool:
    """Is the line below the comment heading ``head`` ("网友评论", "Comments", opening its element) the heading's
    count (:data:`_COUNT_LINE`: ``<h3>网友评论</h3><span>共24条评论</span>``), plain text in the element that holds the
    heading's element, in a sibling of it, or in a child of it? The two lines are then one counted heading."""
    lines, blocks = page.lines, page.blocks
    if head + 1 >= len(lines):
        return False
    ln, near = lines[head], lines[head + 1]
    hb, cb = ln.block, near.block
    if blocks[hb].start != head or near.chars > COUNT_LINE_CHARS or 2 * near.link_chars > near.chars:
        return False
    if cb != blocks[hb].parent and blocks[cb].parent not in (hb, blocks[hb].parent):
        return False
    return _COUNT_LINE.match(near.text.strip()) is not None


def _threaded(page: Page, sel: Selection, base: list[float], neg: list[bool], anchor: int = -1) -> bool:
    """Set ``sel``'s replies and kept lines when it is a thread (replies below its first post, or a list of posts:
    their text without the user chrome repeated in them); is it one? A news story under the page's title and its
    byline (``anchor``: the line showing the title) ends at a comment section below it however short it is, unless
    the byline's element is in the comments' template (a forum post's date line)."""
    byline = _byline(page, sel.start, base, anchor)
    # the title and the text in one <article> ending above a comment box: what is below is its comments, even when
    # they share the byline's markup (a platform's article and its comment list: "meta-box", a <time> on both)
    boxed = _story_article_end(page, sel.start, anchor)
    op_end = -1
    holder = _title_holder(page, sel.start, anchor, article=True) if boxed >= 0 else -1
    if boxed >= 0 and (_opening_bar(page, holder) or _voted(page, anchor, boxed, _parent_end(page, holder))):
        op_end, boxed = boxed, -1  # the <article> bears its replies' action bar or score: a thread's opening post
    titled = byline < 0 and boxed >= 0
    if titled:
        byline = anchor  # the title and the text in one <article>: a story, however its byline is written
    # a platform's article: a read count in its byline ("阅读 4.8万")
    reads = byline >= 0 and read_count(page, min(anchor, byline), byline + 1)
    if byline >= 0 and op_end < 0:  # (a voted opening post is no story under its byline)
        comments = comment_section(page, sel.start, sel.end, base, 0, buttons=titled, story=reads)
        if comments and _voted(page, min(sel.start, anchor) if anchor >= 0 else sel.start, comments.start, sel.end):
            op_end = comments.start  # a voted post over voted replies, in no <article>: a community thread (Lemmy)
        elif (
            comments and not _slot_in(page, byline, comments) and not _post_body(page, sel, comments, base)
        ):  # a short news story under its byline, its comments
            sel.end = comments.start
            return False
    first, end, replies, worn = thread_lines(page, sel.start, sel.end, base)
    replies = _out_of_reply_boxes(page, replies)
    if (
        replies
        and byline < 0
        and first >= sel.end
        and _comment_headed_box(page, sel.start, anchor, min(replies))
        and not floor_marked(page, sel.end, end)
    ):  # the title and the text in one element closed above a comment heading, no floor numbers: a story's comments
        return False
    if replies and first >= sel.end and _counted_heading_between(page, sel.end, min(replies), end):
        return False  # "4 Responses to “…”" between the post chosen and the lines below it: a blog post's comments
    if replies and byline >= 0 and op_end < 0 and first >= sel.end:
        # the "replies" below a story under its byline, outside the block chosen: its comments if they are a comment
        # section of their own (a blog post of one paragraph and its comment list; not a one-line question's answers,
        # unless a heading between the two names them as comments: "网友评论（93）" under a two-sentence story);
        # below a platform's short article too when they bear no thread's marks (floor numbers, "只看楼主"), and
        # its byline is in their template only if its element's parent is too (a "meta" class on both)
        short = not titled and sum(g for g in base[sel.start : sel.end] if g > 0) < STORY_PROSE
        platform = reads and not floored(page, sel.start, end)
        if not short or platform or any(comment_heading(page.lines[i].text) for i in range(sel.end, min(replies))):
            comments = comment_section(page, sel.start, end, base, 0, buttons=titled, story=reads)
            deep = short and platform
            if (
                comments
                and comments.start >= sel.end
                and (0 <= boxed <= comments.start or not _slot_in(page, byline, comments, deep=deep))
                and not _post_body(page, sel, comments, base)
            ):
                return False
    if replies and first >= sel.end and _commented_post(page, sel, anchor, replies, end):
        return False  # a blog post's footer links to its comments, which follow it in items named so: its comments
    if replies:
        if first >= sel.end:  # the chosen block is the first post: its own header line goes like the replies' chrome
            sel.chrome = post_headers(page, sel.start, sel.end) | worn
        sel.start = min(sel.start, first)
        sel.replies, sel.end, sel.kept = first, end, frozenset(replies)
        _question_above(page, sel, base, neg, anchor)
        sel.chrome |= card_bios(page, sel.start, min(replies), base)
        sel.chrome |= _labels_between_posts(page, sel, base) | _labels_below_opening(page, sel, base, op_end, anchor)
        return True
    comments = comment_section(page, sel.start, sel.end, base)
    if (
        comments
        and not _post_body(page, sel, comments, base)
        and not floor_marked(page, comments.start, comments.stop)
        and not op_marked(page, sel.start, comments.start)
    ):
        sel.end = comments.start  # an article's comments below it: the article ends there (as a tail rule cuts)
        return False  # (not a thread's floors: "2#", "第3楼" closing each poster's line)
    first, posts = post_lines(page, sel.start, sel.end, base)
    posts = _out_of_reply_boxes(page, posts)
    if posts and _prose_left_out(base, first, sel.end, posts):
        posts = []  # a "list" that keeps a label or two and leaves the text out: no list of posts
    if posts and (head := _counted_comments(page, sel.start, sel.end, base, anchor)) > first:
        # a post under the page's title, a counted comment heading, the comments ("评论 [8] 发评论"): a list of posts
        # that ends at the heading
        posts, sel.end = [i for i in posts if i < head], head
    if posts:
        root_neg = neg[sel.block]
        opening_post = frozenset() if root_neg else _hinted_opening(page, sel, posts, base, neg, anchor)
        sel.replies = first
        sel.kept = frozenset(i for i in posts if root_neg or not neg[page.lines[i].block] or i in opening_post)
        if not root_neg:
            sel.kept |= _hinted_posts(page, posts, sel.kept, neg, base)
        opening = _post_above_list(page, sel, first, base, neg, anchor)
        if opening < 0 and anchor < 0:  # no title line shown: the post is found in the list's card
            opening, post_end = _post_above_card(page, sel, first, base, neg)
            if opening >= 0:  # (what stands between the post and the list: its counts bar, a hot-comments box)
                sel.chrome |= frozenset(range(post_end, sel.start))
        if opening >= 0 and _article_above(page, sel, opening, base, anchor):
            return False
        if opening >= 0:  # the first post above the list of replies, below the title
            sel.chrome |= frozenset(i for i in range(opening, sel.start) if base[i] <= 0)
            if not root_neg and any(base[i] > 0 and neg[page.lines[i].block] for i in range(opening, sel.start)):
                # set in an element named as a comment (GitHub's "js-comment"), as its replies may be: read as theirs
                sel.kept |= frozenset(i for i in range(opening, sel.start) if base[i] > 0)
                sel.replies = opening
            sel.start = opening
        sel.chrome |= _labels_between_posts(page, sel, base) | _labels_below_opening(page, sel, base, op_end, anchor)
        return True
    answer = _answer_around(page, sel.block)
    if answer >= 0:  # an answer chosen alone (a best answer, an only answer): its question above, below the title
        opening = _post_above_list(page, sel, sel.start, base, neg, anchor, answer)
        if opening >= 0:
            sel.chrome |= frozenset(i for i in range(opening, sel.start) if base[i] <= 0)
            sel.start = opening
    flat = flat_headers(page, sel.start, sel.end, base)
    if flat:
        sel.chrome |= flat
        sel.opening = frozenset(i + 1 for i in flat if i + 1 < sel.end and i + 1 not in flat)
    return False


_COMMENTS_ON: Final = re.compile(r"^\d[\d,]*\s+(?:comments?|responses?|thoughts)\s+(?:to|on)\s+\S", re.I)
"""A blog's counted heading naming its post ("4 Responses to “…”", "12 thoughts on “…”", "3 Comments on …")."""


def _counted_heading_between(page: Page, start: int, reply: int, end: int) -> bool:
    """Does a counted comment heading that names the post (:data:`_COMMENTS_ON`, at most :data:`COUNTER_CHARS` + 80
    characters, no link) stand in lines ``start:reply``, between the block chosen and the first reply below it, with
    no floor numbers in ``start:end``? A blog's comments under its post, not a thread's replies (a forum numbers its
    posts; a bare "68 Comments" also heads the replies of a community post, which are its content)."""
    lines = page.lines
    return any(
        lines[i].chars <= COUNTER_CHARS + 80 and not lines[i].link_chars and _COMMENTS_ON.match(lines[i].text.strip())
        for i in range(start, reply)
    ) and not floor_marked(page, start, end)


def _hinted_opening(
    page: Page, sel: Selection, posts: list[int], base: list[float], neg: list[bool], anchor: int
) -> frozenset[int]:
    """The first post's lines of a list of posts when the element around its text is hinted as boilerplate and the
    thread's block is not (Douban names a topic's text ``link-report``, after its report link): the first line of
    prose among the posts, a sentence (:data:`OPENING_CHARS` characters or more, with punctuation) below the page's
    title line ``anchor``, and the posts' lines of the highest hinted element around it, when that element starts
    below the title, later posts stand outside it and outside the element holding it below the thread's block (it is
    the first post, not the thread, nor a part of a post: an author's bio) and it is no link box (an announcement
    box above the title, a pager's "…"). Empty otherwise."""
    lines, blocks = page.lines, page.blocks
    top = next((i for i in posts if base[i] > 0 and not lines[i].heading), -1)
    if top < 0 or not neg[lines[top].block] or lines[top].chars < OPENING_CHARS or lines[top].punct <= 0:
        return frozenset()
    k = lines[top].block
    while blocks[k].parent > sel.block and neg[blocks[k].parent]:
        k = blocks[k].parent
    box = blocks[k]
    own = [i for i in posts if box.start <= i < box.end]
    if anchor < 0 or box.start <= anchor or not any(i >= box.end for i in posts):
        return frozenset()
    wrap = blocks[child_toward(blocks, k, sel.block)]
    if any(wrap.start <= i < wrap.end for i in posts if i not in own and i > top):
        return frozenset()  # a post's own part (its author's bio), its text beside it
    if 2 * sum(lines[i].link_chars for i in range(box.start, box.end)) > sum(
        lines[i].chars for i in range(box.start, box.end)
    ):
        return frozenset()
    return frozenset(own)


def _hinted_posts(
    page: Page, posts: list[int], kept: frozenset[int], neg: list[bool], base: list[float]
) -> frozenset[int]:
    """The lines of prose of ``posts`` inside a boilerplate-hinted element ("hot-reply", "hot-comments": a box of
    the most-liked replies above the others) that sit in the same slot (the tag and class of their element and of
    :data:`POST_SLOT_DEPTH` elements above it) as a line of prose kept outside any hinted element, and copy none of
    the kept lines' texts: posts of the thread in the template of the others, not a teaser box (which the list
    of posts would not hold) nor copies of the posts below. So do the lines of prose, between kept lines outside any
    hinted element, of a list of replies of their own (:func:`~.thread.listed_replies`)."""
    lines = page.lines
    outside = {_slot_key(page, i) for i in kept if base[i] > 0 and not neg[lines[i].block]}
    if not outside:
        return frozenset()
    texts = {lines[i].text.strip() for i in kept}
    fresh = [i for i in posts if neg[lines[i].block] and base[i] > 0 and lines[i].text.strip() not in texts]
    # in the kept posts' slot, or (between kept lines outside any hinted element) in a list of replies of its own
    # template: the first replies shown above a "load more" bar, the rest in another list below it
    plain = [i for i in kept if not neg[lines[i].block]]
    lo, hi = (min(plain), max(plain)) if plain else (0, -1)
    listed = listed_replies(page, [i for i in fresh if lo < i], 0, base)
    if listed:  # a list of the thread's own: set among the kept posts, not inside one of them (a post's comments),
        # or right below them (the thread's second half loaded into a "load more" box: "ajax-more", "lazy-wrap")
        tops = {i: _hinted_top(page, lines[i].block, neg) for i in listed}
        listed = {
            i
            for i, top in tops.items()
            if (i < hi and _set_among(page, top, lo, hi, plain)) or (i > hi and _loaded_below(page, top, lo, hi))
        }
    found = [i for i in fresh if _slot_key(page, i) in outside or i in listed]
    boxes: dict[int, list[int]] = {}
    for i in found:
        boxes.setdefault(_hinted_top(page, lines[i].block, neg), []).append(i)
    # a box of posts holds two or more (runs of lines apart): one post in a hinted element is an advert in a post's
    # template (a "推荐" floor)
    return frozenset(i for own in boxes.values() if sum(b - a > 1 for a, b in pairwise(own)) >= 1 for i in own)


def _loaded_below(page: Page, top: int, lo: int, hi: int) -> bool:
    """Is the hinted element ``top`` the thread's next posts loaded below the kept ones (lines ``lo`` to ``hi``): it
    starts within :data:`~.thread.RUN_GAP` lines of the last kept line, and its parent holds every kept line?"""
    blocks = page.blocks
    par = blocks[top].parent
    return par >= 0 and blocks[par].start <= lo and hi < blocks[top].start <= hi + RUN_GAP + 1


def _set_among(page: Page, top: int, lo: int, hi: int, plain: list[int]) -> bool:
    """Is the hinted element ``top`` set among the kept posts (lines ``lo`` to ``hi``, ``plain`` those outside any
    hinted element), not inside one of them: its parent holds them all, or it is a run of the list between two
    floors (its parent, the list, holds kept lines above and below it in two like elements of several lines each:
    a run of hot or VIP replies between two runs of floors, the first post above the list)."""
    blocks = page.blocks
    par = blocks[top].parent
    if par < 0:
        return False
    if blocks[par].start <= lo and hi < blocks[par].end:
        return True
    before = [i for i in plain if blocks[par].start <= i < blocks[top].start]
    after = [i for i in plain if blocks[top].end <= i < blocks[par].end]
    if not before or not after:
        return False
    a = child_toward(blocks, page.lines[before[-1]].block, par)
    b = child_toward(blocks, page.lines[after[0]].block, par)
    return (  # two floors of the list (like elements of several lines each), not two paragraphs of one post
        top not in (a, b)
        and (blocks[a].tag, blocks[a].ident) == (blocks[b].tag, blocks[b].ident)
        and min(blocks[a].end - blocks[a].start, blocks[b].end - blocks[b].start) >= 2
    )


def _hinted_top(page: Page, k: int, neg: list[bool]) -> int:
    """The outermost boilerplate-hinted element around block ``k`` (itself inside one)."""
    blocks = page.blocks
    while blocks[k].parent >= 0 and neg[blocks[k].parent]:
        k = blocks[k].parent
    return k


POST_SLOT_DEPTH: Final = 2
"""Elements above a line's own that make its slot in :func:`_hinted_posts`."""


def _slot_key(page: Page, line: int) -> tuple[str, ...]:
    """The tag and first class (digits removed) of line ``line``'s element and of :data:`POST_SLOT_DEPTH` elements
    above it."""
    blocks = page.blocks
    k = page.lines[line].block
    out: list[str] = []
    for _ in range(POST_SLOT_DEPTH + 1):
        if k < 0:
            break
        words = blocks[k].ident.split(maxsplit=1)
        out.append(blocks[k].tag + "." + ("".join(c for c in words[0] if not c.isdigit()) if words else ""))
        k = blocks[k].parent
    return tuple(out)


OPENING_CHARS: Final = 10
"""A first post kept out of a hinted element opens with a line of at least this many characters."""
LABEL_CHARS: Final = 40
"""A heading of at most this many characters between two posts of one template is the thread's label
(:func:`_labels_between_posts`)."""


def _labels_between_posts(page: Page, sel: Selection, base: list[float]) -> frozenset[int]:
    """The kept headings of no prose in a thread (``sel``) set between two posts of one template: the nearest kept
    prose line above and the one below are in elements of the same tag and class or id (:func:`_named_holder`) that
    are no siblings (two posts, not two paragraphs of one text) and whose parents do not hold the heading. "Comments" or
    "5 Replies" between a forum's first post and its replies (Vanilla's ``div.Message`` holds both) labels the
    replies; read as text, a tail rule cut the replies off at it. Under an article whose paragraphs are set apart
    from its comments' (a blog post's ``<p>`` and a comment's ``div.comment-body``) nothing changes."""
    lines, blocks = page.lines, page.blocks
    kept = sorted(i for i in sel.kept if sel.start <= i < sel.end)
    prose = [i for i in kept if base[i] > 0 and not lines[i].heading]
    out: set[int] = set()
    for i in kept:
        ln = lines[i]
        if not ln.heading or base[i] > 0 or ln.chars > LABEL_CHARS or ln.heading == PRE:
            continue
        above = next((k for k in reversed(prose) if k < i), -1)
        below = next((k for k in prose if k > i), -1)
        if above < 0 or below < 0:
            continue
        a, b = _named_holder(page, lines[above].block), _named_holder(page, lines[below].block)
        if (
            a < 0
            or b < 0
            or blocks[a].parent == blocks[b].parent  # (paragraphs of one text, a subheading between them)
            or (blocks[a].tag, blocks[a].ident) != (blocks[b].tag, blocks[b].ident)
        ):
            continue
        # a post's own subheading (in its body, or beside it in its item: a section's title) stays
        if not any(k <= ln.block < blocks[k].end_block for k in (blocks[a].parent, blocks[b].parent) if k >= 0):
            out.add(i)
    return frozenset(out)


def _labels_below_opening(page: Page, sel: Selection, base: list[float], end: int, anchor: int) -> frozenset[int]:
    """The headings of no prose in a thread (``sel``) between its opening post's element, which ends at line ``end``
    (-1: none known; then a voted thread's counted heading, :func:`_voted_label`, if any), and the first reply's prose
    below it ("12 comments" over the replies): the replies' label, cut as a comment section's heading when read as
    text."""
    if end < 0:
        end = _voted_label(page, sel, anchor)
    if end < 0:
        return frozenset()
    lines = page.lines
    out: set[int] = set()
    for i in range(max(end, sel.start), sel.end):
        if base[i] > 0 and not lines[i].heading:
            break
        if lines[i].heading and lines[i].heading != PRE and lines[i].chars <= LABEL_CHARS:
            out.add(i)
    return frozenset(out)


_COMMENTS_LINK: Final = re.compile(r"\bcomments?\s*\(\d[\d,]*\)|(?:^|[\s|])\d[\d,]*\s+comments?\b", re.I)
"""A post's link to its comments with their count ("Comments (3)", "4 Comments »") in its footer..."""
COMMENTS_LINK_CHARS: Final = 160
"""...on a line of at most this many characters ("Posted at 7:10 PM in Politics | Permalink | Comments (3) |
TrackBack (0)")."""


def _commented_post(page: Page, sel: Selection, anchor: int, replies: list[int], end: int) -> bool:
    """Is the text of ``sel`` a blog post and the replies found below it (``replies``, in lines up to ``end``) its
    comments? Between the page's title line ``anchor`` and the first reply stands a line with links that counts the
    comments (:data:`_COMMENTS_LINK`: the post's footer, "Permalink | Comments (3)"); every reply is in an element
    named as a comment while no prose line of the post is (:func:`~.thread.reply_named`); neither floor numbers nor
    a reply's score mark a thread (:func:`~.thread.floor_marked`, :func:`_score_line`: "495 points" under a
    community post that shows none of its own)."""
    lines = page.lines
    first = min(replies)
    if not any(
        lines[i].link_chars and lines[i].chars <= COMMENTS_LINK_CHARS and _COMMENTS_LINK.search(lines[i].text)
        for i in range(max(anchor, sel.start), first)
    ):
        return False
    if not all(reply_named(page, i) for i in replies):
        return False
    if any(reply_named(page, i) for i in range(sel.start, sel.end) if lines[i].punct):
        return False
    if floor_marked(page, sel.end, end) or any(_score_line(page, i) for i in range(sel.end, end)):
        return False
    return _barred_counts(page, replies) < MIN_BARRED


MIN_BARRED: Final = 2
"""Replies whose action bars show a bare count (:func:`_barred_counts`) in this many items or more are voted..."""


def _barred_counts(page: Page, replies: list[int]) -> int:
    """...: how many elements holding lines of ``replies`` hold a bare number line (:data:`_SCORE_NUMBER`) in an
    element that also holds a reply / report / quote button (:func:`~.thread.reply_action`; that element or a small
    one around it, :data:`BAR_LEVELS`: Reddit's vote box beside its "Reply" button) — a reply's score
    beside its actions ("99" between a thread's "Reply Share Report" buttons: Reddit, Lemmy), which a blog's comments
    (name, date, text, a "Reply" link) do not show. The items are the elements that hold a reply's lines, one per
    bar found."""
    lines, blocks = page.lines, page.blocks
    pressed = {b for b, label in page.buttons if reply_action(label)}
    if not pressed:
        return 0
    lo, hi = min(replies), max(replies)
    bars: set[int] = set()
    for i in range(lo, min(hi + BAR_REACH, len(lines))):
        ln = lines[i]
        if ln.chars > COUNTER_CHARS or not _SCORE_NUMBER.fullmatch(ln.text.strip()):
            continue
        k, up = ln.block, 0
        while k >= 0 and up <= BAR_LEVELS and (not up or blocks[k].end - blocks[k].start <= BAR_LINES):
            if k in pressed or any(k < b < blocks[k].end_block for b in pressed):
                bars.add(ln.block)
                break
            k, up = blocks[k].parent, up + 1
    return len(bars)


BAR_REACH: Final = 4
"""The last reply's bar may stand this many lines below its last kept line."""
BAR_LEVELS: Final = 2
BAR_LINES: Final = 2
"""The count's element, or one of its :data:`BAR_LEVELS` nearest ancestors holding at most :data:`BAR_LINES` lines,
holds the button (a bar: the score between "upvote" / "downvote" buttons, "Reply" beside that box)."""


def _discussed(page: Page, head: int, end: int) -> bool:
    """Do the items below a comment heading at line ``head`` (to line ``end``) show counts beside their actions
    (:func:`_barred_counts`)? A discussion's replies under "12 comments", not a story's comments."""
    return head + 1 < end and _barred_counts(page, [head + 1, end - 1]) >= MIN_BARRED


def _voted_label(page: Page, sel: Selection, anchor: int) -> int:
    """The line of a counted comment heading ("4 comments", :func:`_comment_section`) in a thread ``sel`` whose
    opening post above it and replies below it bear scores (:func:`_voted`), or whose replies below it show counts
    beside their actions (:func:`_barred_counts`: a discussion's votes): the replies' label, or -1."""
    lines = page.lines
    for i in range(sel.start, sel.end):
        if (
            lines[i].heading
            and _comment_section(lines[i])
            and (_voted(page, anchor, i, sel.end) or _discussed(page, i, sel.end))
        ):
            return i
    return -1


def _post_body(page: Page, sel: Selection, comments: range, base: list[float]) -> bool:
    """Is the text of ``sel`` set in the template of the "comments" below it: its first line of prose and one of
    theirs held by elements of one tag and class or id (:func:`_named_holder`; Vanilla's ``div.Message`` holds a
    discussion's first post and its comments), or a reply / quote / report bar below its prose in the comments'
    template (:func:`_slot_in`; an Invision topic's first post in a box of its own above ``article.cPost``
    replies)? Then they are its thread's replies, not an article's comments."""
    lines, blocks = page.lines, page.blocks
    lead = next((i for i in range(sel.start, sel.end) if base[i] > 0 and not lines[i].heading), -1)
    if lead < 0:
        return False
    if any(
        base[i] <= 0 and reply_action(lines[i].text) and _slot_in(page, i, comments)
        for i in range(lead + 1, comments.start)
    ):
        return True  # the post's reply / quote bar in the comments' template (Invision's first post set apart)
    own = _named_holder(page, lines[lead].block)
    if own < 0 or own == sel.block:
        return False
    key = (blocks[own].tag, blocks[own].ident)
    for i in comments:
        if base[i] > 0 and not lines[i].heading:
            k = _named_holder(page, lines[i].block)
            if k >= 0 and k != own and (blocks[k].tag, blocks[k].ident) == key:
                return True
    return False


def _named_holder(page: Page, k: int) -> int:
    """The nearest block at or above block ``k`` with a class or id (-1 if none): a post's ``<p>`` is read as its
    named body (``div.Message``)."""
    blocks = page.blocks
    while k >= 0 and not blocks[k].ident:
        k = blocks[k].parent
    return k


def _question_above(page: Page, sel: Selection, base: list[float], neg: list[bool], anchor: int) -> None:
    """When the first post of a thread found in ``sel`` is an answer (its first line of prose in an element named as
    an answer: a Q&A page showing one answer above the others), take in its question set above it, below the
    title (:func:`_post_above_list`), as an answer chosen alone does."""
    if anchor < 0 or anchor >= sel.start:
        return
    lead = next((i for i in range(sel.start, sel.end) if i in sel.kept and base[i] > 0), -1)
    if lead < 0:
        return
    if _answer_around(page, page.lines[lead].block) < 0:
        return
    opening = _post_above_list(page, sel, sel.start, base, neg, anchor)
    if opening >= 0:
        sel.chrome |= frozenset(i for i in range(opening, sel.start) if base[i] <= 0)
        sel.kept |= frozenset(range(opening, sel.start))
        sel.start = opening


def _prose_left_out(base: list[float], first: int, end: int, posts: list[int]) -> bool:
    """Is ``posts`` (a list of posts' kept lines) one line, and do the lines ``first:end`` left out carry more than
    twice its prose (like siblings named alike by a layout class, Zhidao's ``line``: a best answer's card line kept
    as the one "post", the answer itself left out as chrome)? A page's sidebar beside a real list of posts is left
    out too, but such a list keeps a line or more of each of its posts."""
    if len(posts) > 1:
        return False
    kept = set(posts)
    inside = sum(base[i] for i in kept if base[i] > 0)
    outside = sum(base[i] for i in range(first, end) if base[i] > 0 and i not in kept)
    return outside > 2 * inside


def _answer_around(page: Page, block: int) -> int:
    """Block ``block`` if it is named as an answer (or one of its first child elements is), else the nearest of its
    :data:`ANSWER_LEVELS` ancestors named so (the text of an answer chosen without its vote cell and user card), or
    -1."""
    blocks = page.blocks
    if answer_like(page, block):
        return block
    k = blocks[block].parent
    for _ in range(ANSWER_LEVELS):
        if k <= 0:
            break
        if answer_named(blocks[k].ident):
            return k
        k = blocks[k].parent
    return -1


ANSWER_LEVELS: Final = 3
"""How many levels above the chosen block an element named as an answer makes it an answer."""


def _article_above(page: Page, sel: Selection, opening: int, base: list[float], anchor: int = -1) -> bool:
    """When the text from ``opening`` (a first post found above the chosen list of posts) down to the list is an
    article followed by its comment section (:func:`~.thread.comment_section`: more paragraphs than a thread's first
    post holds, then comments each with a reply / like bar), make ``sel`` that article alone; did it? (Comments
    longer than the article outscore it: the list is chosen, the article found above it as its "first post".) An
    article whose title (``anchor``) and text share an ``<article>`` (:func:`_titled_article`) needs no more paragraphs
    than a first post."""
    if _titled_article(page, opening, anchor):
        comments = comment_section(page, opening, sel.end, base, 0, buttons=True)
    else:
        comments = comment_section(page, opening, sel.end, base)
    if not comments or comments.start < sel.start:
        return False
    blocks = page.blocks
    k = sel.block
    while k >= 0 and blocks[k].start > opening:
        k = blocks[k].parent
    if k < 0:
        return False
    sel.block, sel.start, sel.end, sel.replies, sel.kept = k, opening, comments.start, -1, frozenset()
    return True


def _post_above_card(page: Page, sel: Selection, first: int, base: list[float], neg: list[bool]) -> tuple[int, int]:
    """On a page that shows no title line (a microblog status page: the status, its counts bar, then its comments),
    ``(opening, end)``: the lines of the post set above the chosen list of its replies. It is the prose above the
    list, and above any copy of a reply's text (a hot-comments box), inside the nearest ancestor that holds any (up
    to :data:`OPENING_LEVELS` + :data:`OPENING_WRAPPERS` levels above the list's parent), when it is within
    :data:`OPENING_REACH` lines of the list, all in one element (or that element's parent), holds no link line nor a
    line in a boilerplate-hinted element and holds a paragraph (a sentence or a long line); ``end`` is that
    element's end. ``(-1, -1)`` otherwise."""
    lines, blocks = page.lines, page.blocks
    start = sel.start
    if any(b > 0 for b in base[start:first]):
        return -1, -1
    copies = {lines[i].text for i in sel.kept if base[i] > 0}
    k = blocks[sel.block].parent
    prose: list[int] = []
    for _ in range(OPENING_LEVELS + OPENING_WRAPPERS):
        if k < 0:
            return -1, -1
        cut = next((i for i in range(blocks[k].start, start) if lines[i].text in copies), start)
        prose = [
            i
            for i in range(max(blocks[k].start, start - OPENING_REACH), cut)
            if base[i] > 0 and not lines[i].heading and not is_byline(lines[i])
        ]
        if prose:
            break
        k = blocks[k].parent
    if not prose or any(is_link_line(lines[i]) or neg[lines[i].block] for i in prose):
        return -1, -1
    own = blocks[lines[prose[0]].block]
    box = blocks[own.parent] if own.parent >= 0 and own.end <= prose[-1] else own
    if any(not box.start <= i < box.end for i in prose):
        return -1, -1
    if not any(lines[i].text[-1] in SENTENCE_END or lines[i].chars >= PROSE_CHARS for i in prose):
        return -1, -1
    return prose[0], min(box.end, start)


OPENING_REACH: Final = 40
"""How many lines above a chosen list of posts, below the title line, may hold the thread's first post."""
OPENING_LEVELS: Final = 2
"""How many levels above the list's parent the element holding the title line and the first post may be."""
OPENING_WRAPPERS: Final = 4
"""...not counting up to this many wrappers that hold no prose above the list (Zhihu's card, list and columns), on a
page whose title line is Chinese (on magichtml_en it moved check forum pages down, 0.82105 -> 0.82069; the scope was
set after seeing that aggregate)."""
ANSWER_CARD: Final = 2
"""How many levels more the element holding the title line and the question may be above an answer chosen alone (the
answer's card and its column: Zhihu's ``QuestionAnswer-content`` in an ``AnswerCard`` in the main column)."""


def _post_above_list(
    page: Page, sel: Selection, first: int, base: list[float], neg: list[bool], anchor: int, block: int = -1
) -> int:
    """The first line of a thread's first post set above the chosen list of its replies, in a template of its own
    (the chosen block starts with the replies; the title, the first post's meta line and the post in a box above):
    the first paragraph (a sentence or a long line) below the line showing the page's title, within
    :data:`OPENING_REACH` lines above the list and inside the list's parent element (or an element up to
    :data:`OPENING_LEVELS` levels above it: a question's header beside the answers' column), when no line of prose
    between the title and the list is a link line or boilerplate-hinted (but a comment under the first post) and
    nothing but chrome stands between the list's start and its first post; -1 otherwise. ``block``: the element
    to measure from, if not the chosen one (an answer around the chosen text)."""
    lines, blocks = page.lines, page.blocks
    start = sel.start
    if anchor < 0 or anchor >= start or start - anchor > OPENING_REACH or any(b > 0 for b in base[start:first]):
        return -1
    parent = blocks[sel.block if block < 0 else block].parent
    # a question's header and main column beside the answers' column (an answer chosen alone: its card and the
    # column's wrappers, ANSWER_CARD levels more); a wrapper that holds no prose above the list (a card, a column
    # around the answers and their "N 个回答" heading) is no level, up to OPENING_WRAPPERS of them
    levels = OPENING_LEVELS if block < 0 else OPENING_LEVELS + ANSWER_CARD
    wrappers = OPENING_WRAPPERS if _CJK.search(lines[anchor].text) else 0  # (a Chinese page's title: see the constant)
    while parent >= 0 and blocks[parent].start > anchor:
        if wrappers > 0 and not any(b > 0 for b in base[blocks[parent].start : start]):
            wrappers -= 1
        elif levels > 0:
            levels -= 1
        else:
            break
        parent = blocks[parent].parent
    if parent < 0 or blocks[parent].start > anchor:
        return -1
    # (a byline under the title is no prose: "By X, <date> in <forum>" in a hinted page header)
    prose = [i for i in range(anchor + 1, start) if base[i] > 0 and not lines[i].heading and not is_byline(lines[i])]
    if any(is_link_line(lines[i]) or (neg[lines[i].block] and not reply_named(page, i)) for i in prose):
        return -1
    # a paragraph: a sentence or a long line (not the thread's stats: "8回复贴，共1页")
    para = [i for i in prose if lines[i].text[-1] in SENTENCE_END or lines[i].chars >= PROSE_CHARS]
    return para[0] if para else -1


STORY_PROSE: Final = 150.0
"""A story under its byline holding this much prose (a paragraph, not a one-line question) is followed by comments,
not answers, when they are a comment section of their own (:func:`_threaded`)."""
BYLINE_REACH: Final = 4
"""How many lines below the line showing the page's title, above the first paragraph, may hold a story's byline."""


def _byline(page: Page, start: int, base: list[float], anchor: int) -> int:
    """The byline of the text at ``start`` if it opens as a news story: the line showing the page's title at most
    :data:`TITLE_GAP` lines above it or inside it, then a byline (:func:`is_byline`: a date, a source, an author)
    before the first paragraph; or -1."""
    if anchor < 0 or anchor < start - TITLE_GAP:
        return -1
    lines = page.lines
    for i in range(anchor + 1, min(len(lines), anchor + 1 + BYLINE_REACH)):
        if is_byline(lines[i]):
            return i
        if base[i] > 0 and not lines[i].heading:
            return -1
    return -1


ARTICLE_LEVELS: Final = 6
"""How many elements above the first line of a text :func:`_titled_article` looks through for an ``<article>``."""


def _titled_article(page: Page, start: int, anchor: int) -> bool:
    """Do the text at ``start`` and the line showing the page's title (``anchor``: above it, or its first line) lie
    in one ``<article>`` element (within :data:`ARTICLE_LEVELS` levels of the text's line)? A story marked up as one:
    a forum or Q&A page sets each post (or none) in an ``<article>``, and the thread's title above them all."""
    return _story_article_end(page, start, anchor) >= 0


def _story_article_end(page: Page, start: int, anchor: int) -> int:
    """The end line of the ``<article>`` that :func:`_titled_article` finds holding the text at ``start`` and the
    page's title, or -1."""
    k = _title_holder(page, start, anchor, article=True)
    return page.blocks[k].end if k >= 0 else -1


def _comment_headed_box(page: Page, start: int, anchor: int, reply: int) -> bool:
    """Does the nearest element holding the text at ``start`` and the page's title (``anchor``, within
    :data:`ARTICLE_LEVELS` levels) end above a comment heading that stands before the first reply ``reply`` (a
    WeChat article's box, then "精选留言" and the comments)? A forum sets its title above a box holding every post."""
    k = _title_holder(page, start, anchor, article=False)
    return k >= 0 and any(_story_comments(page.lines[i].text) for i in range(page.blocks[k].end, reply))


def _title_holder(page: Page, start: int, anchor: int, *, article: bool) -> int:
    """The nearest element above the text at ``start`` (within :data:`ARTICLE_LEVELS` levels) that holds the page's
    title line ``anchor`` too, or -1; ``article``: the nearest ``<article>`` instead, when it holds the title."""
    if anchor < 0:
        return -1
    blocks = page.blocks
    k = page.lines[start].block
    for _ in range(ARTICLE_LEVELS):
        if k < 0:
            return -1
        blk = blocks[k]
        holds = blk.start <= anchor < blk.end
        if article and blk.tag == "article":
            return k if holds else -1
        if holds and not article:
            return k
        k = blk.parent
    return -1


_THREAD_HEADING: Final = re.compile(r"回[应應]|跟[贴帖貼]")
"""Words of a comment heading (:func:`comment_heading`) that forums also use for their replies (a Douban group
topic's "回应 4"): no sign of a story's comments by themselves."""


_COUNTS: Final = re.compile(r"[\W\d_]+")
_NO_POST_ACTIONS: Final = frozenset({"share", "tweet", "facebook", "twitter", "email", "mail", "print", "more", "menu"})
"""Labels an article's own buttons share with anything (a share bar, a "more" menu): no sign of a post."""


def _opening_bar(page: Page, holder: int) -> bool:
    """Does the element ``holder`` (the ``<article>`` holding the page's title and the text) hold a button whose label,
    its counts dropped, buttons of two or more elements below it in its parent also bear ("Vote (34)" / "Vote",
    "boost (12)" / "boost")? A thread's opening post set in its own element above the replies, with the replies'
    vote / boost / bookmark bar: a news story's own buttons share, its comments' reply."""
    if holder < 0:
        return False
    blocks = page.blocks
    blk = blocks[holder]
    end = blocks[blk.parent].end if blk.parent >= 0 else len(page.lines)
    own: set[str] = set()
    below: dict[str, set[int]] = {}
    for b, label in page.buttons:
        key = _COUNTS.sub(" ", label.lower()).strip()
        if not key or key in _NO_POST_ACTIONS:
            continue
        if holder <= b < blk.end_block:
            own.add(key)
        elif blk.end <= blocks[b].start < end:
            below.setdefault(key, set()).add(b)
    return any(len(below.get(key, ())) >= 2 for key in own)


def _story_comments(text: str) -> bool:
    return comment_heading(text) and _THREAD_HEADING.search(text) is None


def _slot_in(page: Page, line: int, span: range, *, deep: bool = False) -> bool:
    """Does an element of the same tag and name as the nearest named element holding ``line`` hold a line of
    ``span`` (a thread's first post's header in its replies' template)? ``deep``: and the nearest named elements
    above the two are alike too."""
    lines, blocks = page.lines, page.blocks
    k = _named(page, lines[line].block)
    own = blocks[k]
    up = blocks[_named(page, own.parent)] if deep and own.parent >= 0 else None
    for i in span:
        j = _named(page, lines[i].block)
        other = blocks[j]
        if other.tag == own.tag and other.ident == own.ident:
            if up is None:
                return True
            above = blocks[_named(page, other.parent)] if other.parent >= 0 else None
            if above is not None and above.tag == up.tag and above.ident == up.ident:
                return True
    return False


def _named(page: Page, block: int) -> int:
    """``block`` or its nearest ancestor with a class or id (``block`` if none has)."""
    k = block
    while k >= 0 and not page.blocks[k].ident.strip():
        k = page.blocks[k].parent
    return k if k >= 0 else block


def _teaser_list(lines: list[Line], base: list[float], start: int, end: int) -> frozenset[int]:
    """The summaries of a list of teasers inside lines ``start:end`` (:func:`_teaser_runs_in`), and below the last
    line of prose a one-line summary under an all-link headline ("Next story")."""
    out = _teaser_runs_in(lines, base, start, end)
    # below the body's last line of prose, a one-line summary under an all-link headline ("Next story", "Previous
    # story"; the next line no more such prose: a paragraph of the article under a linked card goes on)
    last = next((i for i in range(end - 1, start - 1, -1) if base[i] > 0), end)
    for i in range(max(last + 1, 1), end):
        if not base[i] and _teaser_head(lines[i - 1]) and not lines[i].link_chars and line_gain(lines[i]) > 0:
            if i + 1 >= end or base[i + 1] or line_gain(lines[i + 1]) <= 0:
                out.append(i)
    return frozenset(out)


def _teaser_runs_in(lines: list[Line], base: list[float], start: int, end: int) -> list[int]:
    """The summaries of the lists of teasers inside lines ``start:end``: at least :data:`TEASER_RUN` pairs in a row
    of a line that is all link text and a summary that counts as nothing (:func:`base_gains`), in any script (an
    "Editor's picks" box of headline links over one-sentence summaries taken in with the article), or of a bulleted
    headline link (:func:`_bullet_head`) and a summary without links that ends a sentence."""
    out: list[int] = []
    run: list[int] = []
    i = max(start, 1)
    while i < end:
        ln, head = lines[i], lines[i - 1]
        if (
            ((not base[i] and _teaser_head(head)) or _bullet_head(head))
            and not ln.link_chars
            and ln.text[-1] in SENTENCE_END
            and line_gain(ln) > 0
        ):
            run.append(i)
            i += 2
            continue
        if len(run) >= TEASER_RUN:
            out.extend(run)
        run = []
        i += 1
    if len(run) >= TEASER_RUN:
        out.extend(run)
    return out


def _teaser_head(ln: Line) -> bool:
    """A line of link text only, not an address: the headline over a teaser's summary."""
    return ln.chars > 0 and ln.link_chars == ln.chars and "/" not in ln.text


BULLET_LEADS: Final = frozenset("·•▪■□◆◇●○►▸")
"""The marks that open an item of a list of links set without ``<li>`` ("·<a>Headline</a><br>Summary")."""


def _bullet_head(ln: Line) -> bool:
    """A bullet mark (:data:`BULLET_LEADS`), then a headline link to the line's end (no address): the head of a
    teaser in a list set with bullet characters (a 2000s "相关链接" table between a story's parts). Its summary below
    counts for something (the bullet makes the line no link line for :func:`base_gains`), so :func:`_teaser_list`
    takes the pairs by their heads alone."""
    text = ln.text.lstrip()
    return (
        ln.link_chars >= TEASER_LINK_CJK
        and ln.chars - ln.link_chars <= 1
        and text[:1] in BULLET_LEADS
        and "://" not in text
    )


SMALL_PROSE: Final = 100.0
"""A chosen block whose prose weighs less than this is small: a short question, one short answer."""
DAMPED: Final = 0.3
"""...then chrome costs this share of its weight when an ancestor gathering the page's short prose is sought."""


def _widened(page: Page, best: int, gains: list[float], fence: int = -1) -> int:
    """A small chosen block, or the ancestor of it that scores best when chrome costs only :data:`DAMPED` of its
    weight (a short question over short answers among heavy user chrome), if that ancestor holds more prose. Never
    ``fence`` or above it (a layout row whose title cell was chosen: :func:`_title_cell`, :func:`_title_column`) when
    the block ends a sentence."""
    blocks, lines = page.blocks, page.lines
    blk = blocks[best]
    if all(0 < ln.heading < PRE for ln in lines[blk.start : blk.end]):
        return _under_heading(page, best, gains)
    own = sum(g for g in gains[blk.start : blk.end] if g > 0)
    if own >= SMALL_PROSE:
        return best
    damped = _prefix([g if g > 0 else DAMPED * g for g in gains])
    top, top_score = best, damped[blk.end] - damped[blk.start]
    # a fence holds only for a block that ends a sentence (a company name that matched the title in a side
    # column's contact box chose that column: its label lines widen to the row, for _side_cells to drop)
    ends = any(gains[i] > 0 and lines[i].text[-1:] in SENTENCE_END for i in range(blk.start, blk.end))
    k = blk.parent
    while k >= 0 and not (ends and k == fence):
        score = damped[blocks[k].end] - damped[blocks[k].start]
        if score > top_score:
            top, top_score = k, score
        k = blocks[k].parent
    if top == best:
        return best
    outside = [i for i in range(blocks[top].start, blocks[top].end) if not blk.start <= i < blk.end]
    more = [i for i in outside if gains[i] > 0 and not lines[i].heading]
    return top if len(more) >= WIDEN_LINES else best


HEADING_UP: Final = 6
"""How far above a chosen heading to look for the element that holds the text under it..."""
HEADING_REACH: Final = 200
"""...an element of at most this many lines."""


def _under_heading(page: Page, best: int, gains: list[float]) -> int:
    """A heading alone is a title or a notice ("Not the answer you're looking for?"), not the content: when it is
    the best block (the page's prose is short lines among heavier chrome), the first ancestor within
    :data:`HEADING_UP` levels and :data:`HEADING_REACH` lines that holds :data:`WIDEN_LINES` lines of prose that
    are not headings; the heading itself if none does."""
    blocks, lines = page.blocks, page.lines
    k = blocks[best].parent
    for _ in range(HEADING_UP):
        if k < 0 or blocks[k].end - blocks[k].start > HEADING_REACH:
            break
        prose = sum(1 for i in range(blocks[k].start, blocks[k].end) if gains[i] > 0 and not lines[i].heading)
        if prose >= WIDEN_LINES:
            return k
        k = blocks[k].parent
    return best


WIDEN_LINES: Final = 2
"""The ancestor must hold this many more lines of prose (not headings) than the small block."""


_LEDE: Final = re.compile(r"(?:核心提示|内容提要|摘要|提要|导语|导读|编者按)\s*[:：]\s*\S")
"""A labelled summary of the story (kept when it stands right above the chosen block)."""
LEDE_GAP: Final = 40
"""How far above the chosen lines a labelled summary is looked for (no prose between, below the title line)."""


def _lede(page: Page, start: int, gains: list[float], anchor: int) -> int:
    """The line of a labelled summary of the story ("摘要：…") above line ``start`` with nothing but chrome, link
    lists and bylines between them (a related-links box, the date and source line between summary and body), below
    the title line; or -1."""
    for i in range(start - 1, max(anchor, start - LEDE_GAP - 1, -1), -1):
        if gains[i] > 0 and not is_byline(page.lines[i]):
            return i if _LEDE.match(page.lines[i].text) else -1
    return -1


def fallback_root(page: Page, floor: float = PROSE_CHARS) -> Selection | None:
    """The block with the most prose when hints and links are ignored, for a page whose chosen content came
    out empty (a block that was only the title, an article inside a boilerplate-named wrapper); None when no
    block scores ``floor`` or more. A small such block among heavy chrome (a one-line question, a short answer)
    widens like a small chosen block (:func:`_widened`), is read as a thread, and loses its short lines of user
    actions ("举报", "评论(3)", "Share": :func:`~.thread.user_action`) wherever they are."""
    if not page.lines:
        return None
    gains = [float(ln.chars) if ln.punct or ln.chars >= PROSE_CHARS else -0.5 * ln.chars for ln in page.lines]
    _legal_tail(page, gains)  # (a legal footer in sentences is no article here either)
    base = page_gains(page)
    teasers = _teaser_runs_in(page.lines, base, 0, len(page.lines))
    plain = gains[:]
    for i in teasers:  # the summaries of a list of teasers are other stories' prose, not the page's
        gains[i] = 0.0
    neg = [False] * len(page.blocks)
    best, score = _best(page, gains, -1)
    if teasers and (best < 0 or score < floor):  # a page of teasers alone (a section's index): they are its prose
        gains, teasers = plain, []
        best, score = _best(page, gains, -1)
    if best < 0 or score < floor:
        return None
    wide = _widened(page, best, gains)
    if wide != best:
        # the ancestor gathering the page's short prose; its replies without their chrome, if it is a thread
        sel = extend_siblings(page, expand_repeated(page, wide, neg), gains, neg)
        _threaded(page, sel, base, neg)
        sel.chrome = frozenset(i for i in range(sel.start, sel.end) if user_action(page.lines[i].text))
    else:
        sel = extend_siblings(page, expand_repeated(page, best, neg), gains, neg)
        _threaded(page, sel, base, neg)  # a list of short posts (a thread's page 2: no first post above)
    kept = frozenset(i for i in teasers if sel.start <= i < sel.end)
    if kept and not any(base[i] > 0 for i in range(sel.start, sel.end) if i not in kept):
        kept = frozenset()  # nothing of the page's own but teasers (a section's index): their summaries are its text
    sel.teasers = kept
    return sel


RUN_LISTED: Final = 5
""":func:`title_run` reads a run under the title only in a block that scores below zero and holds at least this
many link lines below the run (the page's lists in the story's own cell)."""


def title_run(page: Page, title: str) -> Selection | None:
    """The run of prose lines under the page's title line, for a page whose chosen content came out empty: from the
    first line within :data:`TITLE_GAP` lines below the title that ends a sentence, down to the first link line or
    heading (short chrome lines between prose lines are taken in with them), inside the block holding that line.
    A short story whose cell or wrapper also holds the page's link lists scores below zero as a block, and the
    best prose block of the page (:func:`fallback_root`) is then the page itself. None without a title line or such
    a line under it, or when that block scores above zero or holds fewer than :data:`RUN_LISTED` link lines below
    the run."""
    anchor = title_line(page, title) if title else -1
    if anchor < 0:
        return None
    lines, blocks = page.lines, page.blocks
    gains = page_gains(page)
    start = next(
        (
            i
            for i in range(anchor + 1, min(anchor + 1 + TITLE_GAP, len(lines)))
            if gains[i] > 0 and not lines[i].link_chars and lines[i].text[-1:] in SENTENCE_END
        ),
        -1,
    )
    if start < 0:
        return None
    holder = lines[start].block
    end = start + 1
    for k in range(start + 1, blocks[holder].end):
        ln = lines[k]
        if ln.heading or is_link_line(ln):
            break
        if gains[k] > 0 and not ln.link_chars:
            end = k + 1
    blk = blocks[holder]
    listed = sum(1 for k in range(end, blk.end) if is_link_line(lines[k]))
    if listed < RUN_LISTED or sum(gains[blk.start : blk.end]) > 0:
        return None  # the block did not lose by the link lists it holds below the run
    return Selection(block=holder, start=start, end=end, neg=[False] * len(blocks))


VERSE_LINES: Final = 4
"""A page without prose gives the block of at least this many short unlinked lines (:func:`verse_root`)."""


def verse_root(page: Page, floor: float) -> Selection | None:
    """The block of a page that has no prose (no line punctuated or :data:`PROSE_CHARS` long, so
    :func:`fallback_root` found nothing) whose text is a run of :data:`VERSE_LINES`+ short Chinese lines without
    links: a poem set without punctuation, one line a paragraph. None when no block holds ``floor`` characters of
    such lines."""
    gains = [
        float(ln.chars) if not ln.link_chars and not ln.heading and _CJK.search(ln.text) else -0.5 * ln.chars
        for ln in page.lines
    ]
    best, score = _best(page, gains, -1)
    if best < 0 or score < floor:
        return None
    blk = page.blocks[best]
    if sum(1 for g in gains[blk.start : blk.end] if g > 0) < VERSE_LINES:
        return None
    verse = frozenset(i for i in range(blk.start, blk.end) if gains[i] > 0)
    return Selection(best, blk.start, blk.end, [False] * len(page.blocks), opening=verse)  # kept at the edges


def extend_siblings(page: Page, root: int, gains: list[float], neg: list[bool], fence: int = -1) -> Selection:
    """Widen ``root`` over neighbouring siblings whose prose outweighs their boilerplate.

    Climbs while the widening takes in the whole parent; stops at the first
    parent of which only a run of children is worth taking (a Wikipedia article
    body followed by long tables, an article split by an ad block). Never into
    ``fence`` (a layout row whose title cell was chosen: :func:`_title_cell`).
    """
    blocks = page.blocks
    prefix = _prefix(gains)
    cur = root
    start, end = blocks[root].start, blocks[root].end
    base_score = max(prefix[end] - prefix[start], 1.0)
    while True:
        parent = blocks[cur].parent
        if parent < 0 or parent == fence:
            break
        pb = blocks[parent]
        units = _units(page, parent)
        j = next((k for k, (a, b) in enumerate(units) if a <= start < b), -1)
        if j < 0:
            break
        new_start, new_end = start, end
        acc, best = 0.0, 0.0
        for a, b in units[j + 1 :]:
            acc += prefix[b] - prefix[a]
            if acc > best:
                best, new_end = acc, b
        if best < SIBLING_SHARE * base_score:
            new_end = end
        acc, best = 0.0, 0.0
        for a, b in reversed(units[:j]):
            acc += prefix[b] - prefix[a]
            if acc > best:
                best, new_start = acc, a
        if best < SIBLING_SHARE * base_score:
            new_start = start
        if (new_start, new_end) == (pb.start, pb.end) or (start, end) == (pb.start, pb.end):
            cur, start, end = parent, pb.start, pb.end
            continue
        start, end = new_start, new_end
        if (start, end) != (blocks[cur].start, blocks[cur].end):
            cur = parent
        break
    return Selection(block=cur, start=start, end=end, neg=neg)


def _headed_parent(page: Page, sel: Selection) -> None:
    """Widen a selection of one short block to its parent when the parent is a headed description with no link.

    A product or service page (产品简介 / 主要特点 / 技术参数 under ``<h3>``s) has one paragraph of prose; its
    feature list and parameter table are short lines whose gains are negative, so the paragraph alone is chosen.
    The parent is taken when it holds at most ``_HEADED_MAX_LINES`` lines, no link and no form control, at least two
    ``<h1>``-``<h6>`` lines besides the selection and more of its lines outside the selection than in it; its last
    line stays at the end of the text (:func:`trim_edges` would drop the short lines of a list or table ending it).
    """
    blk = page.blocks[sel.block]
    if (sel.start, sel.end) != (blk.start, blk.end) or sel.end - sel.start > 3 or blk.parent < 0:
        return
    pb = page.blocks[blk.parent]
    lines = page.lines[pb.start : pb.end]
    if not 2 * (sel.end - sel.start) < len(lines) <= _HEADED_MAX_LINES or any(ln.link_chars for ln in lines):
        return
    if pb.controls or any(page.blocks[k].controls for k in range(blk.parent + 1, pb.end_block)):
        return
    heads = sum(1 for i in range(pb.start, pb.end) if 1 <= page.lines[i].heading <= 6 and not sel.start <= i < sel.end)
    if heads >= 2:
        sel.block, sel.start, sel.end = blk.parent, pb.start, pb.end
        sel.opening = frozenset((pb.end - 1,))  # its last list item or table row is not trimmed as a short line


def _side_cells(page: Page, sel: Selection) -> None:
    """A selection across the cells of a layout row (a company's product page: a side column of a product menu and
    a 联系我们 box of label lines "电话：…", then the product's column) leaves out its first and last cells of short
    lines only (under :data:`SHORT_LINE` characters) none of which ends a sentence, when another of its cells has a
    line that does: a side column of menus and label lines is no part of the text beside it."""
    blocks, lines = page.blocks, page.lines
    row = _row_of(page, sel)
    if row < 0:
        return
    cells = [
        k
        for k in range(row + 1, blocks[row].end_block)
        if blocks[k].parent == row and blocks[k].tag in CELLS and blocks[k].start < sel.end > sel.start < blocks[k].end
    ]
    if len(cells) < 2:
        return
    prose = [
        any(
            ln.chars >= SHORT_LINE or ln.text[-1] in SENTENCE_END
            for ln in lines[max(blocks[k].start, sel.start) : min(blocks[k].end, sel.end)]
        )
        for k in cells
    ]
    if not any(prose):
        return
    if len(cells) >= SIDE_COLUMNS:
        _side_columns(page, sel, cells, prose)
    if not any(prose) or (prose[0] and prose[-1]):
        return
    first = prose.index(True)
    last = len(prose) - 1 - prose[::-1].index(True)
    if first:
        sel.start = blocks[cells[first]].start
    if last < len(cells) - 1:
        sel.end = blocks[cells[last]].end
    if first == last:
        sel.block = cells[first]


SIDE_COLUMNS: Final = 3
"""A layout row of at least this many cells may hold side columns beside its main one."""
SIDE_SHARE: Final = 0.25
"""An outer cell of such a row holding under this share of the characters of its largest cell is a side column (a
forum's welcome box or a site's pitch in prose beside the thread), not a part of the text."""


def _side_columns(page: Page, sel: Selection, cells: list[int], prose: list[bool]) -> None:
    """Marks the outer cells of a row of :data:`SIDE_COLUMNS` or more cells that hold little next to its largest
    (:data:`SIDE_SHARE`) as no prose, so that :func:`_side_cells` leaves them out: a three-column layout's side boxes
    are left out even when they hold a sentence."""
    lines = page.lines
    blocks = page.blocks
    chars = [
        sum(ln.chars for ln in lines[max(blocks[k].start, sel.start) : min(blocks[k].end, sel.end)]) for k in cells
    ]
    main = chars.index(max(chars))
    if not prose[main]:
        return
    for j in (*range(main), *range(len(cells) - 1, main, -1)):
        if chars[j] < SIDE_SHARE * chars[main]:
            prose[j] = False


def _row_of(page: Page, sel: Selection) -> int:
    """The table row that holds the selection (its block, or the one row of a table that is), or -1."""
    blocks = page.blocks
    k = sel.block
    while True:
        blk = blocks[k]
        if not blk.start <= sel.start < sel.end <= blk.end:
            return -1
        if blk.tag == "tr":
            return k
        if blk.tag in CELLS:
            return -1
        kids = [d for d in range(k + 1, blk.end_block) if blocks[d].parent == k and blocks[d].end > blocks[d].start]
        if len(kids) != 1:
            return -1
        k = kids[0]


def _units(page: Page, parent: int) -> list[tuple[int, int]]:
    """The line ranges of ``parent``'s units in order: its child blocks (with lines) and its own lines."""
    blocks = page.blocks
    pb = blocks[parent]
    units: list[tuple[int, int]] = []
    pos = pb.start
    idx = parent + 1
    while idx < pb.end_block:
        child = blocks[idx]
        if child.start > pos:
            units.extend((i, i + 1) for i in range(pos, child.start))
        if child.end > child.start:
            units.append((child.start, child.end))
            pos = child.end
        idx = child.end_block if child.end_block > idx else idx + 1
    units.extend((i, i + 1) for i in range(pos, pb.end))
    return units


SPLIT_SHARE: Final = 0.5
"""The paragraphs of one article wear one element (tag and class): the chosen lines' main kind of paragraph
holds at least this share of their prose..."""
SPLIT_MIN: Final = 3
"""...in at least this many lines; a sibling part of the body holds such paragraphs, as at least this share of
its prose from its first such paragraph on (:func:`split_parts`)."""
SPLIT_SKIP: Final = 2
"""Units without prose (an advertisement box) skipped between two parts of a body."""
SPLIT_CLIMB: Final = 2
"""Wrappers that hold the chosen lines and at most :data:`SPLIT_SKIP` lines more (a section heading) climbed over
to find the parts of a split body (a recipe's steps under "做法步骤", its intro and tips in sibling sections)."""
SPLIT_SENTENCE: Final = 15.0
"""The gain a part needs when the body sits in such a section (one short sentence; :data:`PROSE_CHARS` else)."""


def _paragraph_kind(page: Page, start: int, end: int, gains: list[float]) -> str:
    """The signature (tag and class) of the elements holding most of the prose of lines ``start:end``; "" if
    no one kind holds :data:`SPLIT_SHARE` of it in :data:`SPLIT_MIN` lines."""
    weight: dict[str, float] = {}
    count: dict[str, int] = {}
    total = 0.0
    for i in range(start, end):
        g = gains[i]
        if g > 0:
            blk = page.blocks[page.lines[i].block]
            sig = _kind(blk)
            weight[sig] = weight.get(sig, 0.0) + g
            count[sig] = count.get(sig, 0) + 1
            total += g
    if not weight:
        return ""
    sig = max(weight, key=weight.__getitem__)
    return sig if count[sig] >= SPLIT_MIN and weight[sig] >= SPLIT_SHARE * total else ""


def _part_above(page: Page, unit: tuple[int, int], gains: list[float], kind: str, floor: float = PROSE_CHARS) -> int:
    """The line where a part of the body above the chosen lines starts: the first paragraph of ``kind`` in
    ``unit``, when such paragraphs (Chinese text) hold :data:`SPLIT_SHARE` of the unit's prose from there on
    and at least ``floor`` of gain; -1 if the unit is no such part."""
    a, b = unit
    blocks, lines = page.blocks, page.lines
    own = [i for i in range(a, b) if gains[i] > 0 and _kind(blocks[lines[i].block]) == kind]
    if not own or not all(_CJK.search(lines[i].text) for i in own):
        return -1
    mine = sum(gains[i] for i in own)
    prose = sum(g for g in gains[own[0] : b] if g > 0)
    return own[0] if mine >= floor and mine >= SPLIT_SHARE * prose else -1


def _kind(blk: Block) -> str:
    return _signature(blk.tag, blk.ident)


def split_parts(page: Page, sel: Selection, gains: list[float], anchor: int, fence: int = -1) -> None:
    """Take in the parts of a Chinese article's body that sit in sibling containers above the chosen lines (an
    advertisement or a table between them): siblings whose paragraphs wear the chosen paragraphs' tag and class,
    though they also hold link columns (so the widening left them out). Never above the title line. In place.

    Below the chosen lines, the same for a part that goes on after an advertisement but holds too little prose
    beside the rest for the widening (:data:`SIBLING_SHARE`): only a part that opens with such paragraphs, holds
    more prose than chrome and whose paragraphs are no labelled notices ("声明：…", :func:`_part_below`); below
    the body such paragraphs are otherwise disclaimers and teasers.

    Only Chinese: above an English body such a paragraph is a dek or byline that the gold texts leave out. Never
    into ``fence`` (a layout row whose title cell was chosen: :func:`_title_cell`, :func:`_title_column`)."""
    blocks, lines = page.blocks, page.lines
    cur = sel.block
    parent = blocks[cur].parent if (sel.start, sel.end) == (blocks[cur].start, blocks[cur].end) else cur
    for climb in range(SPLIT_CLIMB + 1):
        if parent < 0 or parent == fence:
            return
        # (a quick test: a part above or below holds Chinese prose, :func:`_part_above`, :func:`_part_below`)
        pb = blocks[parent]
        above = any(gains[i] > 0 and _CJK.search(lines[i].text) for i in range(pb.start, sel.start))
        below = any(gains[i] > 0 and _CJK.search(lines[i].text) for i in range(sel.end, pb.end))
        if above or below:
            break
        if climb == SPLIT_CLIMB or (sel.start - pb.start) + (pb.end - sel.end) > SPLIT_SKIP:
            return
        # a section that holds only the body and its heading ("做法步骤"): the parts are its siblings
        parent = pb.parent
    # the body in a section of its own: its sibling sections (an intro, tips) are parts of it from one sentence on
    floor = SPLIT_SENTENCE if climb else float(PROSE_CHARS)
    kind = _paragraph_kind(page, sel.start, sel.end, gains)
    if not kind:
        return
    units = _units(page, parent)
    j = next((k for k, (a, b) in enumerate(units) if a <= sel.start < b), -1)
    skipped = 0
    for unit in reversed(units[: max(j, 0)] if above else []):
        if not any(gains[i] > 0 and not is_byline(lines[i]) for i in range(*unit)):
            skipped += 1  # no prose: an advertisement between two parts, the date and source line under a lead
            if skipped > SPLIT_SKIP:
                break
            continue
        start = _part_above(page, unit, gains, kind, _lead_floor(page, unit, gains, anchor, floor))
        if start < 0 or start <= anchor:
            break
        sel.block, sel.start, skipped = parent, start, 0
    j = next((k for k, (a, b) in enumerate(units) if a < sel.end <= b), len(units))
    skipped = 0
    for unit in units[j + 1 :] if below else []:
        if not any(g > 0 for g in gains[unit[0] : unit[1]]):
            skipped += 1
            if skipped > SPLIT_SKIP:
                break
            continue
        end = _part_below(page, unit, gains, kind, floor)
        if end < 0:
            break
        sel.block, sel.end, skipped = parent, end, 0


def _lead_floor(page: Page, unit: tuple[int, int], gains: list[float], anchor: int, floor: float) -> float:
    """The gain a part of the body above the chosen lines needs (:func:`split_parts`): ``floor``, or one short
    sentence (:data:`SPLIT_SENTENCE`) for the article's lead right under its title: a unit below the title line
    ``anchor`` with nothing of weight between them but bylines, every line of it that counts a paragraph ending a
    sentence (a finance story's one-paragraph intro above a quote table, the table and the rest of the body below)."""
    if anchor < 0 or unit[0] <= anchor:
        return floor
    lines = page.lines
    if any(gains[i] > 0 and not is_byline(lines[i]) for i in range(anchor + 1, unit[0])):
        return floor
    told = [i for i in range(*unit) if gains[i] > 0]
    if told and all(lines[i].text[-1] in SENTENCE_END and not lines[i].link_chars for i in told):
        return min(floor, SPLIT_SENTENCE)
    return floor


def _part_below(page: Page, unit: tuple[int, int], gains: list[float], kind: str, floor: float = PROSE_CHARS) -> int:
    """The line where a part of the body below the chosen lines ends: after the last paragraph of ``kind`` in
    ``unit``, when such paragraphs (Chinese text) hold :data:`SPLIT_SHARE` of the unit's prose up to there and
    at least ``floor`` of gain; -1 if the unit is no such part."""
    a, b = unit
    blocks, lines = page.blocks, page.lines
    own = [i for i in range(a, b) if gains[i] > 0 and _kind(blocks[lines[i].block]) == kind]
    if not own or not all(_CJK.search(lines[i].text) for i in own):
        return -1
    mine = sum(gains[i] for i in own if not _LABELLED.match(lines[i].text))
    prose = sum(g for g in gains[a : own[-1] + 1] if g > 0)
    net = sum(gains[a : own[-1] + 1])
    if own[0] - a > SPLIT_SKIP or net < SPLIT_SHARE * mine:
        return -1  # a column that opens with headings or holds link lists (a sidebar of teasers) is no part
    return own[-1] + 1 if mine >= floor and mine >= SPLIT_SHARE * prose else -1


PART_NAME: Final = 4
"""A class name shared by two parts of a body has at least this many characters..."""
_LAYOUT_NAMES: Final = frozenset(
    "content text body main inner outer clearfix clear float fix left right center row cols column container wrap "
    "wrapper box section block area module item list".split()
)
"""...and is none of these layout words (a sidebar and the body may both be a "box" or a "column")."""


def _part_names(ident: str) -> frozenset[str]:
    return frozenset(w for w in ident.lower().split() if len(w) >= PART_NAME and w not in _LAYOUT_NAMES)


def named_parts(page: Page, sel: Selection, gains: list[float], neg: list[bool], anchor: int) -> None:
    """Take in the parts of a body (any language) split into sibling containers that wear a class name of the chosen
    block: the first paragraphs set apart with the byline and tags in a wrapper of their own, an advertisement or
    a figure between them and the rest (``article-text first``, ``article-text rest``). A part is the last
    (above) or first (below) holder of prose in a sibling unit, with only lines without prose between it and the
    chosen lines, all prose itself and not boilerplate-hinted or named as a comment; never above the title line.
    Only when the chosen lines are one element's. In place."""
    blocks = page.blocks
    cur = sel.block
    blk = blocks[cur]
    names = _part_names(blk.ident)
    if not names or blk.parent < 0 or (sel.start, sel.end) != (blk.start, blk.end):
        return
    units = _units(page, blk.parent)
    j = next((k for k, (a, b) in enumerate(units) if a == sel.start), -1)
    if j < 0:
        return
    start, end = sel.start, sel.end
    for step, todo in ((-1, reversed(units[:j])), (1, iter(units[j + 1 :]))):
        skipped = 0
        for a, b in todo:
            if not any(g > 0 for g in gains[a:b]):
                skipped += 1  # an advertisement, a figure without a caption
                if skipped > SPLIT_SKIP:
                    break
                continue
            part = _named_part(page, (a, b), blk.ident, gains, neg, step)
            if part < 0 or (step < 0 and blocks[part].start <= anchor):
                break
            skipped = 0
            if step < 0:
                start = blocks[part].start
            else:
                end = blocks[part].end
    if (start, end) != (sel.start, sel.end):
        sel.block, sel.start, sel.end = blk.parent, start, end


def _named_part(page: Page, unit: tuple[int, int], ident: str, gains: list[float], neg: list[bool], step: int) -> int:
    """The block of ``unit`` that is a part of the body (:func:`named_parts`) named like the chosen block (its class
    and id ``ident``): its last holder of prose when the part is above (``step`` -1), its first when below, sharing
    a name of :func:`_part_names` and half the names (:func:`alike_names`, folded), every line of it prose, a
    sentence among them, no heading or byline; -1 if there is none."""
    a, b = unit
    blocks = page.blocks
    names = _part_names(ident)
    prose = [i for i in range(a, b) if gains[i] > 0]
    edge = prose[-1] if step < 0 else prose[0]
    k = page.lines[edge].block
    while k >= 0 and blocks[k].start >= a and blocks[k].end <= b:
        if names & _part_names(blocks[k].ident) and alike_names(blocks[k].ident, ident, folded=True):
            break
        k = blocks[k].parent
    else:
        return -1
    if k < 0 or neg[k] or reply_named(page, blocks[k].start):
        return -1
    pb = blocks[k]
    own = gains[pb.start : pb.end]
    if sum(own) < SPLIT_SENTENCE or any(g <= 0 for g in own):
        return -1  # every line a paragraph (a label over a summary: "Highlights")
    lines = page.lines[pb.start : pb.end]
    if any(ln.heading or is_byline(ln) for ln in lines):
        return -1  # a box of its own under a heading ("Highlights"), a dateline
    if not any(g > 0 and ln.text[-1] in SENTENCE_END for g, ln in zip(own, lines, strict=True)):
        return -1  # no sentence: a notice ("Republished from the print edition ..."), a caption
    return k


_LABELLED: Final = re.compile(r"[^\s:：，。]{1,8}\s*[:：]")
"""A line that opens with a short label ("声明：", "本站提醒您：", "来源："): a notice below the body, not its text."""


_DIGITS: Final = re.compile(r"\d+")
_CJK: Final = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _signature(tag: str, ident: str) -> str:
    return tag + ":" + _numberless(ident)


NAME_LETTERS: Final = 3
"""Class and id names lose their digits ("post bg1", "post bg2" are one kind) only when this many letters are
left: minified names ("x12", "x13") are two kinds."""


_NUMBERLESS: Final[dict[str, str]] = {}


def _numberless(ident: str) -> str:
    known = _NUMBERLESS.get(ident)
    return known if known is not None else remember(_NUMBERLESS, ident, _numberless_of(ident))


def _numberless_of(ident: str) -> str:
    bare = no_decimals(ident)
    return bare if sum(c.isalpha() for c in bare) >= NAME_LETTERS else ident


def expand_repeated(page: Page, root: int, neg: list[bool]) -> int:
    """Forum posts, Q&A answers, article sections: if ``root`` (or a close ancestor) is one of
    several like siblings (same tag and class), the main content is their parent."""
    blocks = page.blocks
    k = root
    for _ in range(MAX_ITEM_UP):
        blk = blocks[k]
        parent = blk.parent
        if parent < 0:
            break
        if blk.ident or blk.tag == "p":
            sig = _signature(blk.tag, blk.ident)
            like = 0
            idx, stop = parent + 1, blocks[parent].end_block
            while idx < stop:  # the parent's children (the blocks in between are their descendants)
                sib = blocks[idx]
                if idx != k and not neg[idx] and sib.end > sib.start and _signature(sib.tag, sib.ident) == sig:
                    like += 1
                    if like >= 2:
                        return parent
                idx = sib.end_block if sib.end_block > idx else idx + 1
        k = parent
    return root


def content_lines(page: Page, sel: Selection | None, boxed: bool = False) -> list[Line]:
    """The selected lines minus link lists and boilerplate-hinted parts (and the lines of form boxes, unless
    ``boxed``)."""
    if sel is None:
        return []
    neg = sel.neg
    root_neg = neg[sel.block]
    lines = page.lines
    out: list[Line] = [lines[sel.lede]] if sel.lede >= 0 else []
    skip_to = -1
    cards = [*_profile_cards(page, sel), *_name_cards(page, sel)] if sel.replies < 0 else []
    cards += _field_boxes(page, sel)  # (a post's stat box: in a thread's replies too)
    named: dict[int, Line] | None = None
    for i in range(sel.start, sel.end):
        if i < skip_to:
            continue
        ln = lines[i]
        if i in sel.chrome or (i in sel.boxed and not boxed):
            continue
        if ln.text == "--" and _mail_dash(lines, i, sel.start):  # a mail's signature: "-- " alone, then its lines
            skip_to = _signature_end(lines, i, sel.end)
            continue
        if (
            ln.text[:1] == "_"  # (a quick test: a rule opens with one)
            and _SIGNATURE_RULE.fullmatch(ln.text)
            and i + 1 < sel.end
            and lines[i + 1].block == ln.block
        ):
            skip_to = _signature_end(lines, i, sel.end)  # a forum post's "__________________" and its signature
            continue
        if cards and any(a <= i < b for a, b in cards):
            continue
        if sel.replies >= 0 and i >= sel.replies:
            if (
                i in sel.kept
                and not _hinted_aside(page, ln.block, sel)
                and i not in sel.teasers
                and not is_link_line(ln)
                and not _subject(ln)
                and not _STATS.fullmatch(ln.text)
                and not bare_bar(ln.text)
                and not _profile_field(page, i)
            ):
                if named is None:
                    named = _inline_heads(page, sel) | _named_replies(page, sel) | _quote_names(page, sel)
                out.append(named.get(i, ln))
            continue
        if neg[ln.block] and not root_neg:
            continue
        if ln.text[:1] in NEIGHBOUR_FIRST and _NEIGHBOUR.match(ln.text) and sel.replies < 0 and _told_above(out):
            break  # "上一篇：…" / "下一篇：…" below the text: the neighbours' links and their teasers follow
        if (is_link_line(ln) and i not in sel.items) or i in sel.teasers or action_bar(ln.text):
            continue
        if (
            ln.chars <= LIST_HEADER_LATIN
            and (ln.chars <= LIST_HEADER or not _CJK.search(ln.text))
            and i + 2 < sel.end
            and lines[i + 1].chars > 8
            and _list_under(ln, lines[i + 1], lines[i + 2])
        ):
            # "相关新闻：", "推荐阅读" over a list of links (or of headline links over a summary) in the middle of an
            # article: drop both
            skip_to = _list_box_end(page, i, sel)
            if skip_to >= 0:
                continue
        out.append(ln)
    if sel.replies < 0:
        out = _inline_posts(page, out)
    else:
        out = _without_repeated_groups(page, out)
    return _without_title_tail(_without_previews(_without_signatures(page, _without_pull_quotes(page, out))))


GROUP_LINES: Final = 3
"""A run of this many lines or more that a thread's text holds twice, in the same order, is one group shown twice
(:func:`_without_repeated_groups`)."""


def _repeated_groups(out: list[Line]) -> list[tuple[int, int, int]]:
    """``(i, j, n)`` for each run ``out[j:j + n]`` (:data:`GROUP_LINES` lines or more) that repeats the earlier run
    ``out[i:i + n]`` line for line, the two not overlapping."""
    texts = [ln.text for ln in out]
    seen: dict[str, list[int]] = {}
    found: list[tuple[int, int, int]] = []
    j = 0
    while j < len(texts):
        step = 1
        for i in seen.get(texts[j], ()):
            n = 0
            while j + n < len(texts) and i + n < j and texts[i + n] == texts[j + n]:
                n += 1
            if n >= GROUP_LINES:
                found.append((i, j, n))
                step = n
                break
        seen.setdefault(texts[j], []).append(j)
        j += step
    return found


def _without_repeated_groups(page: Page, out: list[Line]) -> list[Line]:
    """A thread's ``out`` less a group of lines it holds twice (:func:`_repeated_groups`) in one template that is not
    the posts': both copies set line for line in elements of the same tags and classes (:func:`_line_template`: a
    rules or notice box above the posts and again above the reply form), a template no other line of the text is
    set in, and neither copy in a quote nor code (a snippet a question and its answers repeat). A text said again in
    another template (an answer quoted or posted anew under it) or in the posts' own stays."""
    groups = _repeated_groups(out)
    if not groups:
        return out
    at = {id(ln): i for i, ln in enumerate(page.lines)}
    if any(id(out[s + k]) not in at for i, j, n in groups for s in (i, j) for k in range(n)):
        return out  # (a line made anew: a reply's text with its poster's name)
    inside = {s + k for i, j, n in groups for s in (i, j) for k in range(n)}
    others = {_line_template(page, ln.block) for p, ln in enumerate(out) if p not in inside and id(ln) in at}
    kept = sorted(at[id(ln)] for ln in out if id(ln) in at)
    drop: set[int] = set()
    for i, j, n in groups:
        shapes = [_line_template(page, out[i + k].block) for k in range(n)]
        if (
            shapes == [_line_template(page, out[j + k].block) for k in range(n)]
            and not others.intersection(shapes)
            and all(_boxed_copy(page, out[s : s + n], kept) for s in (i, j))
            and not any(ln.heading == PRE or _quoted(page, ln.block) for ln in out[i : i + n] + out[j : j + n])
        ):
            drop.update(range(i, i + n))
            drop.update(range(j, j + n))
    return [ln for p, ln in enumerate(out) if p not in drop]


def _boxed_copy(page: Page, copy: list[Line], kept: list[int]) -> bool:
    """Is ``copy`` the whole of what the text keeps of the innermost element holding it (a box of its own, not lines
    of several posts; ``kept``: the sorted indices of the text's lines)?"""
    k = copy[0].block
    for ln in copy[1:]:
        k = common_block(page, k, ln.block)
    if k < 0:
        return False
    blk = page.blocks[k]
    return bisect_right(kept, blk.end - 1) - bisect_left(kept, blk.start) == len(copy)


def _line_template(page: Page, k: int) -> tuple[str, ...]:
    """The tags and classes (digits aside) of block ``k`` and of the two blocks above it."""
    blocks = page.blocks
    shape: list[str] = []
    while k >= 0 and len(shape) < 3:
        shape.append(_signature(blocks[k].tag, blocks[k].ident))
        k = blocks[k].parent
    return tuple(shape)


def _quoted(page: Page, k: int) -> bool:
    """Is block ``k`` in a ``<blockquote>`` or an element whose class or id names a quote?"""
    blocks = page.blocks
    while k >= 0 and blocks[k].tag != "blockquote" and "quote" not in blocks[k].ident.lower():
        k = blocks[k].parent
    return k >= 0


SIGNED_PROSE: Final = 20
"""A signature's line is at most :data:`~.thread.REPEAT_CHARS` long, the paragraph above it at least as long and at
least this many characters."""
_RULE_LINE: Final = re.compile(r"[-_=*~.·—－＿\s]{3,}")
"""A rule drawn in characters ("----------", "__________"): what a post often sets between its text and signature."""


def _without_signatures(page: Page, out: list[Line]) -> list[Line]:
    """``out`` less the lines that are a poster's signature under each of their posts: a short line (not a heading,
    not in a quote nor a list item: an answer's steps repeat another's) kept twice or more, every time right under a
    paragraph of prose in another element (:data:`SIGNED_PROSE` characters or more, no shorter than it, ending a
    sentence; a rule of dashes between them allowed), a different one each time, with no prose right below it (a
    line of the paragraph's own element is the post's text, however often it recurs). Posts set one after the
    other with no element of their own (an old BBS's posts parted by ``<hr>``) give no slot to tell a signature by,
    but the same poster's same line closing two of their posts is one. A one-line reply said twice ("+1", "顶")
    sits under its post's header, not under prose; a quote of an earlier line sits in a quote or under its header;
    a passage a page repeats (a heading and its paragraph twice) has the same text above both copies, or prose
    below."""
    seen: dict[str, int] = {}
    for ln in out:
        if ln.chars <= REPEAT_CHARS and not ln.heading:
            seen[ln.text] = seen.get(ln.text, 0) + 1
    twice = {t for t, n in seen.items() if n >= 2}
    if not twice:
        return out
    lines, blocks = page.lines, page.blocks
    at = {id(ln): i for i, ln in enumerate(lines) if ln.text in twice}
    signed: dict[str, bool] = {}
    under: dict[str, set[str]] = {}  # a line: the texts above its copies
    for ln in out:
        if ln.text not in twice or not signed.get(ln.text, True):
            continue
        i = at.get(id(ln), -1)
        if i < 0:  # (a line made anew: a reply's text with its poster's name)
            signed[ln.text] = False
            continue
        after = lines[i + 1] if i + 1 < len(lines) else None
        i -= 1
        while i >= 0 and _RULE_LINE.fullmatch(lines[i].text):
            i -= 1
        above = lines[i] if i >= 0 else None
        k, quoted = ln.block, False
        while k >= 0 and not quoted:
            quoted = blocks[k].tag in ("blockquote", "li")
            k = blocks[k].parent
        signed[ln.text] = (
            above is not None
            and not quoted
            and above.text not in under.get(ln.text, ())
            and (after is None or line_gain(after) <= 0)
            and not above.heading
            and above.block != ln.block
            and above.chars >= max(SIGNED_PROSE, ln.chars)
            and above.link_chars * 2 < above.chars
            and above.text.rstrip()[-1:] in _STOPS
        )
        if above is not None:
            under.setdefault(ln.text, set()).add(above.text)
    return [ln for ln in out if not signed.get(ln.text, False)]


_NEIGHBOUR: Final = re.compile(r"(?:上一篇|下一篇|上篇|下篇|前一篇|后一篇|後一篇)(?:文章|新闻|新聞|博文)?\s*[:：]")
"""The label of a neighbour story's link under an article or a blog post ("上一篇：标题", "下一篇：标题"), often
with the other story's opening sentences under it, set like the article's own paragraphs: the text ends there
(:func:`content_lines`) once :data:`NEIGHBOUR_PROSE` paragraphs of prose are kept above it (a pager of neighbour
links above the text, under the title, cuts nothing)."""
NEIGHBOUR_PROSE: Final = 2
NEIGHBOUR_FIRST: Final = frozenset("上下前后後")
"""The characters a match of :data:`_NEIGHBOUR` opens with (a quick test before it: most lines open with none)."""


def _told_above(out: list[Line]) -> bool:
    return sum(1 for o in out if line_gain(o) > 0 and o.text[-1:] in "。！？”") >= NEIGHBOUR_PROSE


_PREVIEW: Final = re.compile(
    r"(.+?)\s*(?:\.{3}|…{1,2})\s*[\[【(（]?\s*(?:展开全部|展開全部|展开|展開|显示全部|顯示全部|阅读全文|閱讀全文|查看全文|全文"
    r"|(?i:read more|show more|more))?\s*[\]】)）]?\s*"
)
PREVIEW_CHARS: Final = 8
"""A line cut short ("…", "...", then maybe "展开全部" / "阅读全文") whose text before the cut, at least this many
characters, opens one of the next :data:`PREVIEW_REACH` lines kept, longer than it, is a folded copy's preview of
that line (a Q&A page's best answer shown cut, then in full): it goes. (A line kept twice is no preview.)"""
PREVIEW_REACH: Final = 8


TITLE_TAIL: Final = 4
"""At least this many lines of question titles end a text: a list of other threads (:func:`_without_title_tail`)."""
TITLE_HEAD: Final = 8
"""A list's heading is at most this many characters."""
TITLE_LIST: Final = 3
"""A list of titles without a heading has at least this many."""


def _titles_of(ln: Line) -> int:
    """How many titles ``ln`` is: one short sentence, or a line of link text made of short sentences only (titles run
    together), at least half of them questions; else 0."""
    parts = _title_parts(ln.text.strip())
    if len(parts) > 1 and (ln.link_chars < ln.chars or not _questions(parts)):
        return 0
    return len(parts)


def _label(ln: Line) -> bool:
    """A list's heading: a short line that ends no sentence ("猜你喜欢", "大家还在看")."""
    return 0 < ln.chars <= TITLE_HEAD and ln.text.rstrip()[-1] not in SENTENCE_END


def _without_title_tail(out: list[Line]) -> list[Line]:
    """``out`` without lists of question titles at its end: :data:`TITLE_TAIL` titles or more, one per line (or run
    together in a line of links), most of them questions, each line its own element, maybe under short headings,
    with prose kept above them ("相关问题", "大家还在看", a hot-topic column of plain ``<div>`` items under a small
    thread or answer: question sentences with nothing after them). A list is :data:`TITLE_LIST` items or more, or
    fewer under its heading; a thread's last replies are one-sentence questions in a row only rarely, such a list's
    items always are."""
    cut = len(out)
    k = len(out)
    items = 0  # of the list being read (from its end up)
    while k > 0:
        ln = out[k - 1]
        if k < len(out) and ln.block == out[k].block:
            break
        if _titles_of(ln):
            items += 1
        elif _label(ln) and items:
            cut, items = k - 1, 0
        else:
            break
        k -= 1
    if items >= TITLE_LIST:
        cut = k
    tail = [(o, n) for o in out[cut:] if (n := _titles_of(o))]
    questions = sum(1 for o, _n in tail if o.text.rstrip()[-1] in "？?")
    if sum(n for _o, n in tail) < TITLE_TAIL or 2 * questions < len(tail):
        return out
    if not any(o.text[-1:] in SENTENCE_END and o.chars > TITLE_HEAD for o in out[:cut]):
        return out
    return out[:cut]


def _without_previews(out: list[Line]) -> list[Line]:
    drop: set[int] = set()
    for j, ln in enumerate(out):
        if "…" not in ln.text and "..." not in ln.text:  # (most lines: no regex)
            continue
        m = _PREVIEW.fullmatch(ln.text)
        if m is None or len(head := m.group(1).strip()) < PREVIEW_CHARS:
            continue
        after = out[j + 1 : j + 1 + PREVIEW_REACH]
        if any(o.text.lstrip().startswith(head) and len(o.text) > len(ln.text) for o in after):
            drop.add(j)
    return [ln for j, ln in enumerate(out) if j not in drop] if drop else out


_QUOTE_MARKS: Final = re.compile(r"^[\s«»“”„\"'‘’‚‹›]+|[\s«»“”„\"'‘’‚‹›.!?…]+$")
PULL_QUOTE_UP: Final = 3
"""How many elements up from a line its pull-quote box is looked for (:func:`_without_pull_quotes`)."""


def _without_pull_quotes(page: Page, out: list[Line]) -> list[Line]:
    """``out`` without its pull quotes: a line in an element named as one (``pull-quote``, ``pullquote``,
    ``wp-block-pullquote``, within :data:`PULL_QUOTE_UP` levels) whose words, quote marks and end stop aside, are
    part of another line kept (a sentence of the story set again in large type)."""
    blocks = page.blocks
    drop: set[int] = set()
    for j, ln in enumerate(out):
        k = ln.block
        for _ in range(PULL_QUOTE_UP):
            if k < 0:
                break
            ident = blocks[k].ident.lower()
            if "pull" in ident and "quote" in ident:
                q = _QUOTE_MARKS.sub("", ln.text)
                if len(q) >= PROSE_CHARS // 2 and any(q in o.text for i, o in enumerate(out) if i != j):
                    drop.add(j)
                break
            k = blocks[k].parent
    return [ln for j, ln in enumerate(out) if j not in drop] if drop else out


NAME_LINK: Final = 20
"""A reply's line may open with its user's name as a link of at most this many characters and a colon..."""
NAMED_REPLIES: Final = 2
"""...when at least this many kept lines of the thread open so (a template: "<a>X</a>: text", Weibo's comments, Tieba's
floor replies): the name and colon go, the text stays."""


_REPLY_TO: Final = re.compile(r"\s*[:：]?\s*(?:回复|回覆|答复)\s*@?")
"""Between a nested reply's two name links: "<a>X</a> 回复 <a>Y</a>：text" (a comment tree's reply to a reply), or
Tieba's 楼中楼 "<a>X</a>: 回复 <a>Y</a> :text"."""
_ACTED_TAIL: Final = re.compile(
    r"(?:\s+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}))?"
    r"\s*(?P<act>回复|回覆|回應|回应|(?i:reply))$"
)
"""A named reply's own time and its reply link run into its end, the link the line's only other link text: Tieba's
楼中楼 "<a>X</a>：text <span>2015-02-02 04:07</span> <a>回复</a>"."""
_SAID_AGO: Final = re.compile(
    r"(?<=[。！？!?…~～])\s*(?:刚刚|剛剛|\d{1,2}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前|(?:昨天|前天)\s*\d{1,2}:\d{2})$"
)
"""A relative time run into the end of a named reply's sentence ("…退位。3小时前": the reply's own time, inline)."""


def _past_chars(text: str, k: int, n: int) -> int:
    """The index in ``text`` past ``n`` more non-space characters from ``k``."""
    seen = 0
    while k < len(text) and seen < n:
        seen += text[k] != " "
        k += 1
    return k


def _named_replies(page: Page, sel: Selection) -> dict[int, Line]:
    """The kept reply lines of ``sel`` that open with a user's name (:data:`NAME_LINK`), or with a name, "回复" and
    the name of the user replied to (each a link), and a colon, as lines without them (and without their time and
    reply link at the end, :data:`_ACTED_TAIL`)."""
    out: dict[int, Line] = {}
    for i in sel.kept:
        ln = page.lines[i]
        if i < sel.replies or not 0 < ln.lead_link <= NAME_LINK:
            continue
        text = ln.text
        k = _past_chars(text, 0, ln.lead_link)
        acted = _ACTED_TAIL.search(text) if ln.link_chars != ln.lead_link else None
        if acted is not None and ln.link_chars - ln.lead_link == len(acted.group("act")):
            text = text[: acted.start()]  # "X：text 2015-02-02 04:07 回复": its time and reply link end the line
        elif ln.link_chars != ln.lead_link:  # "X 回复 Y：": the rest of the line's link text is Y
            to = _REPLY_TO.match(text, k)
            if to is None or ln.link_chars - ln.lead_link > NAME_LINK:
                continue
            k = _past_chars(text, to.end(), ln.link_chars - ln.lead_link)
        rest = text[k:].lstrip()
        if rest[:1] in (":", "：") and len(rest) > 1:
            said = rest[1:].lstrip()
            said = _SAID_AGO.sub("", said) or said
            punct = ln.punct - sum(1 for c in text[: len(text) - len(said)] if c in ":：")
            out[i] = Line(said, len(said.replace(" ", "")), 0, max(punct, 0), ln.heading, ln.block)
    return out if len(out) >= NAMED_REPLIES else {}


_INLINE_HEAD: Final = re.compile(
    r"\S{1,20}\s+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:楼主|樓主|沙发|沙發|板凳|地板|\d{1,5}\s*(?:楼|樓|#|F|f)|#\d{1,5})?\s*"
)
"""A post's head run into its text when every field is an inline element of one line: a name, a date and time, a
floor label ("X 2024-05-11 03:52 3楼 text…")."""


def _inline_said(ln: Line) -> Line | None:
    """Line ``ln`` without an :data:`_INLINE_HEAD` opening it and a bar of user actions run into its end ("回复举报"),
    or None when no such head opens text."""
    if ":" not in ln.text:  # (the head's time holds one, outside every optional part: most lines hold none)
        return None
    m = _INLINE_HEAD.match(ln.text)
    if m is None or ln.heading or m.end() >= len(ln.text):
        return None
    said = ln.text[m.end() : bar_tail(ln.text)].strip() or ln.text[m.end() :].strip()
    return Line(said, len(said.replace(" ", "")), 0, ln.punct, ln.heading, ln.block)


def _inline_heads(page: Page, sel: Selection) -> dict[int, Line]:
    """The kept reply lines of ``sel`` that open with an :data:`_INLINE_HEAD` (:func:`_inline_said`), as lines
    without it, when at least :data:`NAMED_REPLIES` do."""
    out: dict[int, Line] = {}
    for i in sel.kept:
        if i >= sel.replies and (said := _inline_said(page.lines[i])) is not None:
            out[i] = said
    return out if len(out) >= NAMED_REPLIES else {}


INLINE_POSTS: Final = 3
"""Outside a thread, at least this many lines, each the one line of a like sibling element (same tag, class and
parent), opening with an :data:`_INLINE_HEAD` are a list of posts whose fields are spans side by side..."""


def _inline_posts(page: Page, out: list[Line]) -> list[Line]:
    """...(:data:`INLINE_POSTS`): ``out`` with those lines' heads and action bars taken out."""
    blocks = page.blocks
    found: dict[int, Line] = {}
    groups: dict[tuple[str, str, int], int] = {}
    for k, ln in enumerate(out):
        said = _inline_said(ln) if ln.chars > 0 else None
        if said is not None:
            blk = blocks[ln.block]
            key = (blk.tag, blk.ident, blk.parent)
            groups[key] = groups.get(key, 0) + 1
            found[k] = said
    if not found or max(groups.values()) < INLINE_POSTS:
        return out
    keep = {key for key, n in groups.items() if n >= INLINE_POSTS}
    return [
        found[k] if k in found and (blk.tag, blk.ident, blk.parent) in keep else ln
        for k, ln in enumerate(out)
        for blk in (blocks[ln.block],)
    ]


def _quote_names(page: Page, sel: Selection) -> dict[int, Line]:
    """The kept reply lines of ``sel`` that end with a user's name run into them, as lines without it: a quote's
    text and its poster's name link (Douban's "quoted text<a>X</a>"), where the name, all the line's link text, is
    the leading link of a line of the replies' chrome left out (their headers, "X 2010-05-03 12:33")."""
    lines = page.lines
    names: set[str] = set()
    for i in range(sel.replies, sel.end):
        ln = lines[i]
        if i not in sel.kept and 0 < ln.lead_link <= NAME_LINK:
            text, k, seen = ln.text, 0, 0
            while k < len(text) and seen < ln.lead_link:
                seen += text[k] != " "
                k += 1
            names.add(text[:k].strip())
    out: dict[int, Line] = {}
    if not names:
        return out
    for i in sel.kept:
        ln = lines[i]
        if i < sel.replies or not 0 < ln.link_chars <= NAME_LINK or ln.lead_link:
            continue
        for name in names:
            if name and ln.text.endswith(name) and len(name.replace(" ", "")) == ln.link_chars:
                said = ln.text[: -len(name)].rstrip()
                if len(said) >= PROSE_CHARS // 2:
                    out[i] = Line(said, len(said.replace(" ", "")), 0, ln.punct, ln.heading, ln.block)
                break
    return out


SIGNATURE_LINES: Final = 4
"""A mail's signature below its "-- " line has at most this many lines (the netiquette's limit)."""


def _hinted_aside(page: Page, k: int, sel: Selection) -> bool:
    """Is block ``k`` (a reply's line) or its parent, inside the selection (no block spanning all of it), named as
    boilerplate (a weak or strong hint, not a comment's: a FluxBB ``div.postsignature`` under a post, an advert box in
    it)?"""
    blocks = page.blocks
    for _ in range(2):
        if k < 0 or k == sel.block or (blocks[k].start <= sel.start and blocks[k].end >= sel.end):
            return False
        if blocks[k].hint in (-1, -3):
            return True
        k = blocks[k].parent
    return False


def _mail_dash(lines: list[Line], i: int, start: int) -> bool:
    """Is the "--" line ``i`` a mail's signature separator: preformatted, or a ``<br>``-separated line of the element
    holding the line above it (a mail archive's body as HTML lines: HyperKitty), not a paragraph of its own?"""
    ln = lines[i]
    return ln.heading == PRE or (i > start and lines[i - 1].block == ln.block and not lines[i - 1].heading)


_SIGNATURE_RULE: Final = re.compile(r"_{10,}")
"""A forum post's signature separator (vBulletin's "__________________"): a rule of underscores with the signature's
lines below it in the same element."""


def _signature_end(lines: list[Line], dash: int, end: int) -> int:
    """The line after the signature that the preformatted line ``dash`` ("-- ", the mail signature separator)
    opens: at most :data:`SIGNATURE_LINES` lines of the same element below it, ending with a BBS's origin stamps
    ("※ 發信站: …", "※ 文章網址: …"): what follows them is the post's pushes or replies (PTT saved as text)."""
    k = dash + 1
    while k < min(end, dash + 1 + SIGNATURE_LINES) and lines[k].block == lines[dash].block:
        if lines[k].text.startswith("※"):
            while k < end and lines[k].block == lines[dash].block and lines[k].text.startswith("※"):
                k += 1
            return k
        k += 1
    return k


_PROFILE_LABEL: Final = (
    r"(?:关注|粉丝|文章|微博|帖子|获赞|作品|回答|提问|积分|主题|听众|收听|博文|日志|原创|关注者|被关注|访问|阅读量"
    r"|(?i:followers?|following|posts|articles|stories|likes|fans))"
)
_PROFILE_COUNTS: Final = re.compile(
    rf"(?:(?:{_PROFILE_LABEL}[:：]?[\d,.]+[万千wWkK]?|[\d,.]+[万千wWkK]?{_PROFILE_LABEL})[|｜/·•,，]?){{2,}}"
)
"""A profile's counters, two or more: "文章 445 粉丝 37056", "6 关注 31990 粉丝 27754 微博", "Posts 12 | Followers 3k"
(matched with the spaces taken out)."""
_FOLLOW: Final = re.compile(r"[+＋]?\s*(?:加|\+)?关注(?:TA|他|她|作者|我)?|(?i:[+＋]?\s*follow(?: me| us)?)")
"""A follow button or link ("+ 关注", "加关注", "Follow")."""
CARD_LINES: Final = 8
"""An author card (avatar, name, a bio of one or two sentences, counters, a follow button) has at most this many
lines..."""
CARD_PROSE: Final = 2
"""...of which at most this many are prose (gain above nothing)..."""
CARD_CHARS: Final = 300
"""...of at most this many characters in all."""


def _profile_line(text: str) -> bool:
    """A line of a profile's counters or a follow button: what marks an author card."""
    if len(text) > 60:
        return False
    return _FOLLOW.fullmatch(text) is not None or _PROFILE_COUNTS.fullmatch("".join(text.split())) is not None


def _card_prose(page: Page, start: int, end: int) -> list[int]:
    """The characters of each line of prose among lines ``start:end``; ``[-1]`` when they are too many to be one
    author card (more than :data:`CARD_LINES` lines, :data:`CARD_PROSE` lines of prose or :data:`CARD_CHARS`)."""
    if end - start > CARD_LINES:
        return [-1]
    prose = [ln.chars for ln in page.lines[start:end] if line_gain(ln) > 0]
    return prose if len(prose) <= CARD_PROSE and sum(prose) <= CARD_CHARS else [-1]


_COUNTER: Final = re.compile(rf"(?:{_PROFILE_LABEL}[:：\-]?[\d,.]+[万千wWkK]?|[\d,.]+[万千wWkK]?{_PROFILE_LABEL})")
"""One counter of a profile ("粉丝 2596", "粉丝 - 12", "3.2万粉丝"; matched with the spaces taken out)."""
COUNTER_LINE: Final = 24
"""A line of one counter is at most this long."""


def _pressed_follow(page: Page, sel: Selection) -> set[int]:
    """The first lines of the elements holding a follow ``<button>`` ("关注", "+ 关注": it makes no line of its own)
    among or just below the selected lines: seeds of author cards that must also show a counter
    (:func:`_profile_cards`)."""
    blocks = page.blocks
    return {
        blocks[b].start
        for b, label in page.buttons
        if _FOLLOW.fullmatch(label.strip()) and sel.start <= blocks[b].start < sel.end + CARD_LINES
    }


NAME_CARDS: Final = 2
"""Answer cards: at least this many elements of one tag and class, each a name link over a one-line bio..."""


def _name_cards(page: Page, sel: Selection) -> list[tuple[int, int]]:
    """...in the selected lines (a question page's answers, not found as a thread: hashed class names): an element of
    two lines, a link of at most :data:`~.thread.BIO_NAME` characters (the poster) and, in the element or a child
    of it, a short line with no link, no sentence end and no heading (the bio: "法律从业者，回答仅代表个人观点"). Its
    lines are the answer's chrome, however much the bio reads like prose (:func:`~.thread._bio_slots` drops the same
    line from a thread's items)."""
    lines, blocks = page.lines, page.blocks
    found: dict[str, list[tuple[int, int]]] = {}
    for i in range(sel.start, sel.end - 1):
        name, bio = lines[i], lines[i + 1]
        if not 0 < name.chars == name.link_chars <= BIO_NAME or bio.link_chars or bio.heading:
            continue
        box = blocks[name.block]
        if box.start != i or box.end != i + 2 or (bio.block != name.block and blocks[bio.block].parent != name.block):
            continue
        if bio.chars > REPEAT_CHARS or bio.text.rstrip()[-1:] in _STOPS:
            continue
        found.setdefault(f"{box.tag}.{box.ident}", []).append((i, i + 2))
    return [span for spans in found.values() if len(spans) >= NAME_CARDS for span in spans]


_SHORT_FIELD: Final = re.compile(r"([^\W\d_][^\W\d_ ]{0,7})\s*(?:：|:(?=[\s\d]|$|[^\x00-\x7f]))\s*\S.{0,29}")
"""A field of a box of fields: a label of one to eight letters, a colon and a short value ("级别: 新手", "威望：3")."""
FIELD_BOX: Final = 3
"""An element of at least this many lines (and at most :data:`CARD_LINES`) that are all short fields..."""


def _field_boxes(page: Page, sel: Selection) -> list[tuple[int, int]]:
    """...each under its own label, with no sentence end, at least one of them a count (:data:`_STATS`: "发帖: 2855"),
    among the selected lines: a poster's stat box beside a post shown alone ("级别: 新手<br>威望: 1<br>发帖:
    2855<br>注册: 2019-03-10"), whose text-like fields ("级别: 新手") no count rule reads; kept when the text would be
    nothing without it (less than :data:`PROSE_CHARS` of prose outside)."""
    lines, blocks = page.lines, page.blocks
    boxes: list[tuple[int, int]] = []
    i = sel.start
    while i < sel.end:
        blk = blocks[lines[i].block]
        if blk.tag == "dt" and (terms := _term_box(page, blk.parent, sel.end)) is not None:
            boxes.append(terms)
            i = terms[1]
            continue
        if blk.start != i or not FIELD_BOX <= blk.end - blk.start <= CARD_LINES or blk.end > sel.end:
            i += 1
            continue
        labels: set[str] = set()
        counted = False
        for ln in lines[blk.start : blk.end]:
            m = _SHORT_FIELD.fullmatch(ln.text.strip())
            if m is None or ln.heading or ln.block != lines[i].block or ln.text.rstrip()[-1:] in _STOPS:
                break
            labels.add(m.group(1))
            counted = counted or _STATS.fullmatch(ln.text) is not None
        else:
            if counted and len(labels) == blk.end - blk.start and not _amid_prose(page, sel, blk.start, blk.end):
                boxes.append((blk.start, blk.end))
        i = blk.end if boxes and boxes[-1][1] == blk.end else i + 1
    if not boxes:
        return boxes
    outside = sum(
        g for i in range(sel.start, sel.end) if not any(a <= i < b for a, b in boxes) and (g := line_gain(lines[i])) > 0
    )
    return boxes if outside >= PROSE_CHARS else []


def _amid_prose(page: Page, sel: Selection, start: int, end: int) -> bool:
    """Do lines ``start:end`` of an article (no replies) sit inside its text: a paragraph ending a sentence right
    below them and one at most :data:`AMID_GAP` lines above (a ranking's entry: "第三位：X", its "推荐理由：… / 推荐
    指数：★★★ / 综合指数：7" lines, its paragraph)? A poster's stat box stands above or beside a post's text."""
    if sel.replies >= 0 or end >= sel.end:
        return False
    lines = page.lines
    return _told(lines[end]) and any(_told(lines[i]) for i in range(max(sel.start, start - AMID_GAP), start))


def _told(ln: Line) -> bool:
    """A paragraph that ends a sentence (:func:`_amid_prose`)."""
    return ln.chars >= SPLIT_SENTENCE and ln.text[-1] in SENTENCE_END and line_gain(ln) > 0


AMID_GAP: Final = 2
"""How far above a box of fields the text's last paragraph may be for the box to sit inside the text (a heading
line between: :func:`_amid_prose`)."""


TERM_CHARS: Final = 16
"""A term of a box of terms (:func:`_term_box`) has at most this many characters, its description twice as many."""


def _term_box(page: Page, dl: int, end: int) -> tuple[int, int] | None:
    """The lines of ``<dl>`` ``dl`` when it is a poster's stat box set as terms and descriptions ("Join Date / Feb
    2014 / Posts / 3746", vBulletin's ``userinfo_extra``): two or more short terms, each followed by one short
    description, none a sentence, at least one pair a count (:data:`_STATS` once joined: "Posts: 3746"); None
    otherwise."""
    lines, blocks = page.lines, page.blocks
    box = blocks[dl]
    rows = lines[box.start : box.end]
    if box.tag != "dl" or box.end > end or len(rows) < 2 * 2 or len(rows) % 2 or len(rows) > CARD_LINES:
        return None
    counted = False
    for term, said in zip(rows[::2], rows[1::2], strict=True):
        if blocks[term.block].tag != "dt" or blocks[said.block].tag != "dd":
            return None
        t, d = term.text.strip(), said.text.strip()
        if not t or not d or len(t) > TERM_CHARS or len(d) > 2 * TERM_CHARS or (t + d)[-1] in _STOPS:
            return None
        counted = counted or _STATS.fullmatch(f"{t}: {d}") is not None
    return (box.start, box.end) if counted else None


def _profile_cards(page: Page, sel: Selection) -> list[tuple[int, int]]:
    """The author cards among the selected lines (a box of an avatar, a name, a one- or two-sentence bio, counters
    and a follow button, above or below an article): from a line of counters or a follow button, its largest
    enclosing element of :data:`CARD_LINES` lines holding at most :data:`CARD_PROSE` short lines of prose, all of
    them in the first element that brings prose in (the bio); kept when the article would be nothing without it
    (less than :data:`PROSE_CHARS` of prose outside). A follow ``<button>`` (no line of its own: the first line of
    its element stands for it) seeds a card only when the card shows a counter ("粉丝 2596"): a microblog's own
    header with a follow button sits in one small card with its one-sentence text, and shows none."""
    lines, blocks = page.lines, page.blocks
    cards: list[tuple[int, int]] = []
    pressed = _pressed_follow(page, sel)
    # (the counters and the button may be below the selected lines, which end at the bio: its prose scores)
    for i in range(sel.start, min(sel.end + CARD_LINES, len(lines))):
        if cards and i < cards[-1][1]:
            continue
        counters = _profile_line(lines[i].text.strip())
        button = i in pressed and not counters
        if not button and not counters:
            continue
        start, end = i, i + 1
        k = lines[i].block
        prose: list[int] = []
        while k >= 0:
            span = max(blocks[k].start, sel.start), blocks[k].end
            if span[0] == sel.start and span[1] >= sel.end:
                break
            wider = _card_prose(page, *span)
            # the bio is one element: an ancestor that adds prose to a card that has some holds the article too
            if wider == [-1] or (prose and len(wider) > len(prose)):
                break
            start, end, prose = *span, wider
            k = blocks[k].parent
        if button and not any(
            ln.chars <= COUNTER_LINE and _COUNTER.fullmatch("".join(ln.text.split())) for ln in lines[start:end]
        ):
            continue
        if start < sel.end:
            cards.append((start, end))
    if not cards:
        return cards
    outside = sum(
        g for i in range(sel.start, sel.end) if not any(a <= i < b for a, b in cards) and (g := line_gain(lines[i])) > 0
    )
    return cards if outside >= PROSE_CHARS else []


SUBJECT_CHARS: Final = 120
"""A reply's subject line ("Re: <the thread's title>") is at most this long."""


_STATS: Final = re.compile(r"(?:\s*+[^\W\d_][^\d:：|｜]{0,7}\s*+[:：]\s*+[\d,.]+\s*+[万千kKmM]?\s*+[|｜/·•,，]?)+")
r"""A line of counts and their labels only ("查看: 8083|回复: 1", "关注：125,334贴子：4,508,291", "Posts: 668").
Its spaces are possessive (``\s*+``: each is followed by a character that is no space, so the same lines match):
with ``\s*`` a line of 18 "a:1 " and a "!" took 88 s (each space could go to three places), and a forum reply of
such a line hung the extraction."""


_FIELD: Final = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}:\s.+")
"""A profile field: a label of one to three words, a colon and its value ("Join Date: Mar 2010", "Location: Ohio",
"Interests: <a sentence>")."""
FIELD_SHORT: Final = 40
PROFILE_FIELDS: Final = 3


def _profile_field(page: Page, line: int) -> bool:
    """Is ``line`` a field of a poster's profile box (vBulletin's "Join Date:", "Location:", "Interests:", "Posts:")?
    It is a field (:data:`_FIELD`) in an element of its own whose parent's lines are all fields, at least
    :data:`PROFILE_FIELDS`, two of them short (:data:`FIELD_SHORT`): a sentence of "Interests:" or "About me:" is the
    profile's, not the post's."""
    lines, blocks = page.lines, page.blocks
    ln = lines[line]
    if not _FIELD.fullmatch(ln.text):
        return False
    blk = blocks[ln.block]
    if blk.parent < 0 or (blk.start, blk.end) != (line, line + 1):
        return False
    box = blocks[blk.parent]
    if not PROFILE_FIELDS <= box.end - box.start <= CARD_LINES:
        return False
    texts = [x.text for x in lines[box.start : box.end]]
    return all(_FIELD.fullmatch(t) for t in texts) and sum(len(t) <= FIELD_SHORT for t in texts) >= 2


def _subject(ln: Line) -> bool:
    """Is ``ln`` a reply's subject ("Re: …", "回复：…"), not its text?"""
    return ln.chars <= SUBJECT_CHARS and REPLY_PREFIX.match(ln.text) is not None


def _list_item(ln: Line) -> bool:
    """An item of a list of links: a link line, or a headline link that opens the line (:data:`TEASER_LINK_CJK`
    characters or more in Chinese or Japanese, :data:`TEASER_LINK` in other scripts) and a summary after it (a
    "相关阅读" box's "<a>Headline</a> One sentence of it." items)."""
    if is_link_line(ln):
        return True
    if not TEASER_LINK_CJK <= ln.lead_link < ln.chars:
        return False
    return ln.lead_link >= TEASER_LINK or _CJK.search(ln.text[: ln.lead_link + 4]) is not None


def _list_under(header: Line, first: Line, second: Line) -> bool:
    """Are ``first`` and ``second`` (the lines under a short ``header``) items of a list: two link lines, or two
    :func:`_list_item` under a header that closes no sentence (a label, "【相关阅读】", not the ")." left of a
    paragraph's citation)?"""
    if is_link_line(first) and is_link_line(second):
        return True
    return header.text[-1] not in SENTENCE_END and _list_item(first) and _list_item(second)


def _list_box_end(page: Page, header: int, sel: Selection) -> int:
    """Where the list under a header ("相关新闻：" over links) ends, if the article goes on after it;
    -1 if nothing but the list follows (the header then stays, for the cleaning rules to cut the tail). Prose of
    the list's own lines (a post under its author's links) keeps it; a summary after an item's headline link does
    not."""
    blocks = page.blocks
    seen = set()
    k = page.lines[header].block
    while k >= 0:
        seen.add(k)
        k = blocks[k].parent
    k = page.lines[header + 1].block
    box = k
    while k >= 0 and k not in seen:
        box = k
        k = blocks[k].parent
    end = min(blocks[box].end, sel.end) if box >= 0 and box != k else header + 2
    own = (line_gain(ln) for ln in page.lines[header + 1 : end] if ln.lead_link < TEASER_LINK_CJK)
    if sum(g for g in own if g > 0) >= LIST_AFTER:
        return -1  # the "list" holds prose of its own: a post under its author's links, not a list of links
    after = sum(g for g in (line_gain(ln) for ln in page.lines[end : sel.end]) if g > 0)
    return end if after >= LIST_AFTER else -1


def trim_edges(lines: list[Line], keep: frozenset[int] = frozenset()) -> list[Line]:
    """Drop short non-prose lines (menus, buttons, "友情链接") at the start and end of the content."""
    lo, hi = 0, len(lines)
    while lo < hi and line_gain(lines[lo]) < 0 and not lines[lo].heading and id(lines[lo]) not in keep:
        if _series_opening(lines, lo):
            break
        lo += 1
    while hi > lo and line_gain(lines[hi - 1]) < 0 and id(lines[hi - 1]) not in keep:
        hi -= 1
    if hi == len(lines) - 2 and hi > lo and line_gain(lines[hi - 1]) > 0 and _signed(lines[hi], lines[hi + 1]):
        hi = len(lines)  # a notice's 落款 under its text: the issuer's name, then the date
    return lines[lo:hi]


_ORDINAL_HEAD: Final = re.compile(
    r"(?:第(?P<a>[一二三四五六七八九十]{1,3})(?P<a2>[章节部篇编])|(?P<b>[一二三四五六七八九十]{1,3})、|"
    r"[（(](?P<c>[一二三四五六七八九十]{1,3})[)）])\s*\S"
)
"""A numbered heading's opening: "第一章 总则", "一、会议时间", "（一）基本情况"."""


def _series_opening(lines: list[Line], i: int) -> bool:
    """Is ``lines[i]`` the first heading of a numbered series the text goes on with ("第一章　总则" over articles, and
    "第二章…" below it; "一、…" and "二、…")? Such a line is the text's own however little it weighs."""
    text = lines[i].text
    if text[:1] not in "第一（(" or (m := _ORDINAL_HEAD.match(text)) is None:
        return False
    if (m.group("a") or m.group("b") or m.group("c")) != "一":
        return False
    if m.group("a"):
        second = "第二" + m.group("a2")
    elif m.group("b"):
        second = "二、"
    else:
        second = text[0] + "二"
    return any(ln.text.startswith(second) for ln in lines[i + 1 :])


_ISSUER: Final = re.compile(
    r"[\u3400-\u9fff（）()]{2,30}(?:大学|学院|学校|中学|小学|委员会|党委|团委|政府|办公室|办公厅|协会|学会|研究会|基金会|"
    r"组委会|中心|公司|集团|[局厅部处院所会社馆站])"
)
"""The issuer a notice is signed with ("山东理工大学经济学院", "某某市教育局", "会议组委会"): a name alone."""
_ZH_DIGIT: Final = "〇○零一二三四五六七八九十"
_SIGN_DATE: Final = re.compile(
    rf"(?:(?:19|20)\d{{2}}|[〇○零一二]{{2}}[{_ZH_DIGIT}]{{2}})\s*年\s*[\d{_ZH_DIGIT}]{{1,3}}\s*月\s*[\d{_ZH_DIGIT}]{{1,3}}\s*日"
)
"""A full date as a notice is signed with ("2005年1月5日", "二〇〇五年一月五日")."""


def _signed(name: Line, date: Line) -> bool:
    """Are ``name`` and ``date``, the text's last two lines, a notice's 落款: an issuer's name alone on its line
    (:data:`_ISSUER`, no link), then a full date alone ("2005年1月5日", "二〇〇五年一月五日")? (Both weigh less than
    nothing; the tail :func:`trim_edges` cuts is a dated menu or a copyright line, never a name over a date.)"""
    return (
        not name.link_chars
        and not date.link_chars
        and _ISSUER.fullmatch(name.text.strip()) is not None
        and _SIGN_DATE.fullmatch(date.text.strip()) is not None
    )


LEAD_SENTENCE: Final = 20
"""A thread's first paragraph of at least this many characters that ends a sentence is kept at the start of the text
however list-like it looks (:func:`thread_edges`)."""


def thread_edges(page: Page, sel: Selection | None) -> frozenset[int]:
    """The ``id`` of each line of a thread that :func:`trim_edges` keeps at an edge of the text however little it
    weighs: the first post's first line when it ends a sentence (a list-like one: many commas, few characters
    between them) and the replies' one-line texts ("顶", "谢谢楼主", "+1": :func:`~.thread.short_lines`); in a
    flat thread, the first line of each post (``Selection.opening``)."""
    if sel is None:
        return frozenset()
    lines = page.lines
    if sel.replies < 0:
        kept = [*sel.opening, *sel.records, *_story_table_tail(page, sel), *_record_lines(page, sel)]
        return frozenset(id(lines[i]) for i in kept)
    first = next((i for i in range(sel.start, sel.end) if i < sel.replies or i in sel.kept), -1)
    sentence = first >= 0 and lines[first].chars >= LEAD_SENTENCE and lines[first].text[-1] in SENTENCE_END
    lead = [first] if sentence else []
    # a list of posts too short to end a sentence, told by its shape (:mod:`.shortposts`): each kept one stays too
    posted = [i for i in short_posts(page, [line_gain(ln) for ln in lines]) if i in sel.kept or i < sel.replies]
    return frozenset(
        id(lines[i]) for i in [*lead, *short_lines(page, sel.kept, sel.replies), *_table_tail(page, sel), *posted]
    )


def _story_table_tail(page: Page, sel: Selection) -> list[int]:
    """The lines that weigh less than nothing at the end of an article's text (``sel``) inside a :func:`table of data
    <.thread.data_table>` set right under a paragraph of its prose: a table of figures that ends the story (rows of
    one-line cells, few links) stays, as a reply's does (:func:`_table_tail`)."""
    lines, blocks = page.lines, page.blocks
    memo: dict[int, bool] = {}
    out: list[int] = []
    for i in range(sel.end - 1, sel.start - 1, -1):
        if line_gain(lines[i]) >= 0:
            break
        k = table_of(page, i, sel.block)
        if k < 0 or not data_table(page, k, memo):
            continue
        above = blocks[k].start - 1
        if above >= sel.start and line_gain(lines[above]) > 0 and lines[above].text[-1:] in SENTENCE_END:
            out.append(i)
    return out


def _record_lines(page: Page, sel: Selection) -> list[int]:
    """The lines that weigh less than nothing at the end of an article's text (``sel``) when they are records set as
    lines (a story's honours list, contacts or programme in ``<br>`` lines): :data:`~.tables.RECORD_ROWS` lines or more,
    no link, each of two fields or more of at most :data:`~.tables.RECORD_CELL` characters parted by spaces (Chinese
    lines only: the walk sets an ideographic space or a tab as one space), :data:`~.tables.RECORD_SHARE` of them with
    one number of fields, under a paragraph of the text (at most :data:`~.tables.CAPTION_LINES` lines of a caption
    between), the line right above them announcing them (:func:`~.tables.announces`); they and the caption stay."""
    lines = page.lines
    widths: list[int] = []
    i = sel.end - 1
    while i >= sel.start and line_gain(lines[i]) < 0 and not lines[i].link_chars:
        fields = lines[i].text.split()
        if len(fields) < 2 or any(len(f) > RECORD_CELL for f in fields) or not _CJK.search(lines[i].text):
            break
        widths.append(len(fields))
        i -= 1
    if len(widths) < RECORD_ROWS or widths.count(max(set(widths), key=widths.count)) < RECORD_SHARE * len(widths):
        return []
    top = i
    if top < sel.start or not announces(lines[top].text):
        return []
    while i >= max(sel.start, top - CAPTION_LINES + 1) and line_gain(lines[i]) < 0 and not lines[i].link_chars:
        i -= 1
    if i < sel.start or line_gain(lines[i]) <= 0:
        return []
    return list(range(i + 1, sel.end))


def _table_tail(page: Page, sel: Selection) -> list[int]:
    """The kept lines that weigh less than nothing at the end of a thread (``sel``) inside a :func:`table of data
    <.thread.data_table>` whose lines are all kept (a reply's, not a layout's): a result table or price list that
    ends the last post stays."""
    lines, blocks = page.lines, page.blocks
    memo: dict[int, bool] = {}
    out: list[int] = []
    for i in sorted(sel.kept, reverse=True):
        if line_gain(lines[i]) >= 0:
            break
        k = table_of(page, i, sel.block)
        if k >= 0 and data_table(page, k, memo) and all(j in sel.kept for j in range(blocks[k].start, blocks[k].end)):
            out.append(i)
    return out
