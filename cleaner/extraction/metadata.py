"""Title, publication date and other metadata of an HTML page."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Final

from cleaner.rules.prefilter import literal_finder

from .dom import Line, Page

__all__ = ["clean_title", "find_date", "head_meta", "header_meta", "normalize_date", "split_byline", "wechat_date"]

# A portal suffix or prefix after/before a separator: "标题_网易新闻", "标题 - 新浪网", "标题 | 知乎".
_TITLE_SEP: Final = re.compile(r"\s*(?:[_|｜]|\s[-–—·•]\s|--|——|—\s)\s*")
_DATE: Final = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*[T ]?\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?"
)
_DATE_KEYS: Final = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish_date",
    "publishdate ",
    "pubdate",
    "publication_date",
    "publish-date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "weibo: article:create_at",
    "og:release_date",
    "article:published",
    "date",
    "article_date_original",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
)
_HEADER_LABELS: Final = re.compile(
    r"(?P<label>本文来源|文章来源|新闻来源|稿件来源|来源|作者|责任编辑|责编|编辑)\s*[:：]\s*"
    r"(?P<value>(?:(?!来源|作者|责任编辑|责编|编辑|记者|时间|发布|日期)[^\s|｜:：　]){1,30})"
)
_GLUED_TAIL: Final = re.compile(r"(?:北京|上海)?(?:举报|分享|评论|关注|收藏|打印)+$")
_WECHAT_CT: Final = re.compile(r"""var ct\s*=\s*["'](\d{10})["']""")
"""One search of the page (the regex engine scans for its literal head faster than str.find does here)."""
_WECHAT_LITERAL: Final = b"var ct"
"""What every match of :data:`_WECHAT_CT` holds (an ASCII literal: the same in the page's UTF-8 bytes)."""
_CHINA_TZ: Final = timezone(timedelta(hours=8))
_LABEL_KEYS: Final = {
    "本文来源": "origin",
    "文章来源": "origin",
    "新闻来源": "origin",
    "稿件来源": "origin",
    "来源": "origin",
    "作者": "author",
    "责任编辑": "editor",
    "责编": "editor",
    "编辑": "editor",
}


def _norm_title(s: str) -> str:
    return "".join(filter(str.isalnum, s.lower()))


def _strip_suffix(title: str) -> str:
    parts = [p.strip() for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) <= 1:
        return title.strip()
    first = parts[0]
    if len(first) >= 4 or len(first) * 2 >= len(title):
        return first
    return max(parts, key=len)


_TITLE_MARKS: Final = " \t:|｜-–—·•»«_/"
"""What stands between the parts of a ``<title>`` (and is stripped from a part's ends)."""
STORY_KEY: Final = 6
"""A ``<title>``'s other part is looked for among the page's headings when it holds this many letters and digits."""


def _story_heading(page: Page, h1: str, raw: str) -> str:
    """The story's own heading when the ``<h1>`` the ``<title>`` shows is the site's name, or "" (helper catfall37). A
    blog theme heads every page with the blog's name, an ``<h1>`` that is one link (home), and the post's title in an
    ``<h2>``; the ``<title>`` names both ("Post : Blog"). Taking the blog's name as the title made the post's own linked
    heading and paragraphs read as a teaser of another post, and the comments won the block choice. So an ``<h1>``
    that is wholly a link and only a part of the ``<title>`` yields to a lower heading whose text is exactly the
    title's other part (:data:`STORY_KEY` letters or more) and longer than the ``<h1>`` (a site's name is shorter than
    its stories' titles; a question's linked ``<h1>`` keeps its title over a tag named in the ``<title>``)."""
    at = raw.lower().find(h1.lower())
    if at < 0:
        return ""
    rest = (raw[:at].strip(_TITLE_MARKS), raw[at + len(h1) :].strip(_TITLE_MARKS))
    wanted = {key for key in map(_norm_title, rest) if len(key) >= STORY_KEY}
    if not wanted:
        return ""
    own = _norm_title(h1)
    if not any(ln.heading == 1 and ln.link_chars >= ln.chars and _norm_title(ln.text) == own for ln in page.lines):
        return ""
    for ln in page.lines:
        key = _norm_title(ln.text)
        if 2 <= ln.heading <= 6 and key in wanted and len(key) > len(own):
            return ln.text.strip()
    return ""


def clean_title(page: Page) -> str:
    """og:title / <h1> / <title>, without the portal's suffix."""
    raw = page.title.strip()
    og = page.meta.get("og:title", "").strip()
    for h1 in page.h1[:3]:
        key = _norm_title(h1)
        if len(key) >= 2 and (key in _norm_title(raw) or (og and key in _norm_title(og))):
            return _story_heading(page, h1.strip(), raw) or h1.strip()
    if og:
        return _strip_suffix(og)
    if raw:
        return _strip_suffix(raw)
    if page.h1:
        return page.h1[0].strip()
    return ""


def normalize_date(text: str) -> str | None:
    """``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM[:SS]`` from the first date in ``text``."""
    m = _DATE.search(text)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if m.group(4) is not None and int(m.group(4)) < 24:
        out += f" {int(m.group(4)):02d}:{m.group(5)}"
        if m.group(6) is not None:
            out += f":{m.group(6)}"
    return out


def find_date(page: Page, near: Iterable[Line]) -> str | None:
    """Publication date: meta tags, then <time datetime>, then date-like text near the title."""
    for key in _DATE_KEYS:
        value = page.meta.get(key)
        if value:
            date = normalize_date(value)
            if date:
                return date
    for value in page.times[:3]:
        date = normalize_date(value)
        if date:
            return date
    for ln in near:
        if len(ln.text) <= 200:
            date = normalize_date(ln.text)
            if date:
                return date
    return None


def head_meta(page: Page) -> dict[str, str]:
    """author, site and description from <meta> tags."""
    meta: dict[str, str] = {}
    author = page.meta.get("author") or page.meta.get("article:author") or page.meta.get("byl")
    if author and not author.startswith("http") and len(author) <= 80:
        meta["author"] = author
    site = page.meta.get("og:site_name") or page.meta.get("application-name")
    if site and len(site) <= 80:
        meta["site"] = site
    desc = page.meta.get("description") or page.meta.get("og:description")
    if desc:
        meta["description"] = desc[:500]
    return meta


_MARKUP: Final = re.compile(r"[=<>\"]")


def header_meta(lines: Iterable[Line]) -> dict[str, str]:
    """来源/作者/责任编辑 labels on the short lines around the title."""
    meta: dict[str, str] = {}
    for ln in lines:
        if len(ln.text) > 120:
            continue
        for m in _HEADER_LABELS.finditer(ln.text):
            key = _LABEL_KEYS[m.group("label")]
            value = _GLUED_TAIL.sub("", m.group("value"))
            if value and not _MARKUP.search(value):  # broken markup shown as text: 作者：size="20"
                meta.setdefault(key, value)
    return meta


_BYLINE_CUE: Final = re.compile(r"来源|作者|编辑|记者|发布|时间|日期|字号|浏览|阅读|点击|评论|参与|我来说两句|分享")
BARE_DATE: Final = 24
"""A dated line of at most this many characters needs no label to be a byline (:func:`is_byline`)."""
BYLINE_LINES: Final = 4
"""How many lines at the top of the content may be a byline (date, source, author)."""


_EN_DATE: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b",
    re.I,
)
_EN_BYLINE: Final = re.compile(r"^(?:by|posted by|written by|words by)\s+\S", re.I)
_DATED_CUE: Final = re.compile(r"(?:posted|published|updated|last updated)\b", re.I)
"""A dateline's label: such a line with a date is a byline up to :func:`is_byline`'s 90 characters, not only 60 (a
posted and an updated time in one line: "Posted Fri, May 10, 2024 at 2:52 pm PT|Updated Fri, May 10, 2024 at 2:55 pm
PT")."""


_MONTH: Final = (
    r"(?:jan|feb|fév|mär|mar|apr|avr|abr|mai|ma[gjy]|jun|giu|jul|juil|lug|aug|ago|août|sep|set|okt|oct|ott|out|nov"
    r"|dez|dec|déc|dic|ene|gen|fev|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|мар|янв|фев|апр|ма[яй]|июн|июл|авг|сен|окт"
    r"|ноя|дек|ιαν|φεβ|μαρ|απρ|μα[ΐι]|ιουν|ιουλ|αυγ|σεπ|οκτ|νο[εέ]|δεκ"
    # Ukrainian, Turkish, Indonesian / Malay, Arabic (Gregorian names), Persian (solar months), Hindi
    r"|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|ocak|şubat|nisan|haziran|temmuz|ağustos|eylül"
    r"|ekim|kasım|aralık|mei|agu|des|يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
    r"|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून"
    r"|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)\w*\.?"
)
_ML_DATE: Final = re.compile(
    rf"(?<!\w)\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?\d{{4}}(?!\d)"
    rf"|(?<!\w){_MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?!\d)",
    re.I,
)
"""A date with a month name in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Greek, Ukrainian,
Turkish, Indonesian, Arabic, Persian or Hindi ("11. Juli 2023", "3 de mayo de 2024", "11 lipca 2023", "11 июля 2023",
"11 Ιουλίου 2023", "11 липня 2023", "11 Temmuz 2023", "11 Agustus 2023", "11 يوليو 2023", "11 मई 2023"; ``\\d`` holds
the Arabic-Indic and Persian digits too)."""
_DOTTED_DATE: Final = re.compile(
    r"(?<![\w.])(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:19|20)\d{2}(?![\d.])"
    r"|(?<![\w/])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])"
)
"""A day, month and year of digits between dots ("20.07.2020": German, Polish, Russian, Czech bylines "Von X
20.07.2020 17:54") or slashes, day first ("28/7/2022": Vietnamese, Indonesian, Turkish bylines), read like
:data:`_ML_DATE` (searched apart: only in a line with a dot or a slash, after it failed)."""
_ML_BYLINE_CUE: Final = re.compile(
    r"(?:^|[·•|｜]\s*)(?:von|par|por|di|door|av|af|autor|autora|автор|του|της|muhabir|γράφει|szerző|מאת|โดย)\b"
    r"|aktualisiert|veröffentlicht|publié|mis à jour"
    r"|publicado|actualizado|pubblicato|aggiornato|atualizado|opublikowano|aktualizacja|опубликовано|обновлено"
    r"|gepubliceerd|bijgewerkt|ενημερώθηκε|δημοσιεύθηκε|опубліковано|оновлено|yayınlanma|güncellenme|güncelleme"
    r"|cập nhật|tác giả|đăng ngày|diterbitkan|diperbarui|penulis|بقلم|نشر في|تاريخ النشر|نویسنده|تاریخ انتشار|लेखक"
    r"|प्रकाशित|अपडेट",
    re.I,
)
"""A byline's author word ("Von", "Par", "Автор:", "Tác giả:", "بقلم"; Turkish "Muhabir:", Greek "Γράφει:", Hungarian
"Szerző:", Hebrew "מאת", Thai "โดย"), opening the line or after a separator ("27. 3. 2024 · Autor: X"), or a published /
updated label in those languages ("Veröffentlicht", "Опубліковано", "Yayınlanma", "Diterbitkan", "प्रकाशित")."""
_YEAR: Final = re.compile(r"\d{4}")
ML_DATE_ALONE: Final = 40
"""A line of at most this many characters with such a date is a dateline without a label."""


def is_byline(ln: Line, *, typographic: bool = False) -> bool:
    """A short line with a date or a source/author label and no sentence in it. ``typographic``: an English line
    with typographic punctuation (:func:`_latin`: "January 8, 2018 · By Jane Doe") is read by the English rules as
    an ASCII one is (block selection asks so; the lines moved into the metadata are still told by ASCII)."""
    text = ln.text
    if len(text) > 90 or "。" in text:
        return False
    if _DATE.search(text):
        return len(text) <= BARE_DATE or _BYLINE_CUE.search(text) is not None or _joined_byline(text) or _dated_by(text)
    if text.isascii() or (typographic and _latin(text)):
        if _EN_DATE.search(text):
            return (len(text) <= 60 or _DATED_CUE.match(text) is not None) and not text.endswith(".")
        if len(text) <= 60 and _EN_BYLINE.match(text) is not None:
            return True
    elif _HEADER_LABELS.search(text) is not None and len(text) <= 60:
        return True
    return _ml_byline(text)


JOINED_BYLINE: Final = 40
"""A line of at most this many characters with a date, joined to a name or source by a separator, is a byline."""
_JOINER: Final = re.compile(r"\s[·•|｜/]\s")


_BY_NAME: Final = re.compile(
    r"(?:^|\s)(?:[Bb]y|[Pp]osted by|[Ww]ritten by|BY)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}$"
)


def _dated_by(text: str) -> bool:
    """A date and an author after "By" opening or ending the line ("2019-03-02 By Karen Wilson", "By Karen Wilson
    2019-03-02"), no sentence end."""
    if len(text) > JOINED_BYLINE + 20 or not text.isascii() or text[-1] in ".!?":
        return False
    return _EN_BYLINE.match(text) is not None or _BY_NAME.search(text) is not None


def _latin(text: str) -> bool:
    """Is ``text`` ASCII but for the typographer's punctuation (Latin-1's "·", "«", "©", the general punctuation's
    "—", "’", "•", "…": "January 8, 2018 · By Jane Doe", "Jane Doe — May 3, 2019")? The English rules read it as
    they read ASCII; a letter outside ASCII (Turkish, French, German bylines) leaves it to :func:`_ml_byline`."""
    return all(c < "\x80" or "\xa0" <= c <= "\xbf" or "\u2000" <= c < "\u2070" for c in text)


def _joined_byline(text: str) -> bool:
    """A name or source and a date joined by a separator ("Karen Wilson · 2015-12-07", "张伟 | 2019-03-02"), no
    sentence end."""
    return len(text) <= JOINED_BYLINE and _JOINER.search(text) is not None and text[-1] not in ".。!！?？"


def _ml_byline(text: str) -> bool:
    """A dateline or byline in another language: a date with a month name (:data:`_ML_DATE`) or of digits between
    dots or slashes (:data:`_DOTTED_DATE`) alone in a short line, or with an author word or a published / updated
    label, and no sentence end at the line's end (Russian "2023 г.", Ukrainian "2023 р." is a year)."""
    if (text.endswith((".", "!", "?")) and not text.endswith((" г.", " р."))) or _YEAR.search(text) is None:
        return False  # (every match of _ML_DATE holds a year: a line without four digits in a row is ruled out
        # by a scan for a digit, far cheaper than the date's alternation of month names tried at every character)
    if _ML_DATE.search(text) is None and (("." not in text and "/" not in text) or _DOTTED_DATE.search(text) is None):
        return False
    if _ML_BYLINE_CUE.search(text) is not None:
        return True
    # a date alone: one the English rules read ("16 January 2012 –", a forum post's date) they have decided on
    return len(text) <= ML_DATE_ALONE and _EN_DATE.search(text) is None


SENTENCE_CHARS: Final = 20
"""A line of at least this many characters ending in a full stop is a sentence of the text (:func:`split_byline`)."""


def _bare_date(text: str) -> bool:
    """A short line whose only byline mark is a day: no time of day (a post's stamp), no source, author or time label
    (:data:`_BYLINE_CUE`)."""
    if len(text) > BARE_DATE or _BYLINE_CUE.search(text) is not None:
        return False
    m = _DATE.search(text)
    return m is not None and m.group(4) is None and ":" not in text and "：" not in text


def split_byline(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(byline lines, the rest): date/source/author lines at the top of the content. A bare date (no label, no
    source: "2005年6月9日至11日") below a line of the text that ends a sentence is the text's own line (a notice's "会议
    时间" under its first paragraph), not the page's dateline."""
    head: list[Line] = []
    told = False
    for ln in lines[:BYLINE_LINES]:
        if is_byline(ln) and not (told and _bare_date(ln.text)):
            head.append(ln)
        told = told or (len(ln.text) >= SENTENCE_CHARS and ln.text[-1] in "。！？")
    if not head:
        return [], lines
    keep = {id(ln) for ln in head}
    return head, [ln for ln in lines if id(ln) not in keep]


def wechat_date(html: str, data: bytes | None = None) -> str | None:
    """WeChat articles set their publication time from a script: ``var ct = "1659274471"`` (Beijing time).

    ``data``: all of ``html`` as UTF-8 bytes, if the caller has them. A page without the script's literal is then
    ruled out by one scan of the bytes (:func:`~cleaner.rules.prefilter.literal_finder`), a few times faster than
    the regex's search of the text; a page with it is searched as before."""
    if data is not None and (finder := literal_finder((_WECHAT_LITERAL,))) is not None and finder(data) is False:
        return None
    m = _WECHAT_CT.search(html)
    if m is None:
        return None
    return datetime.fromtimestamp(int(m.group(1)), _CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S")
