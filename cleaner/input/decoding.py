"""Bytes to text: BOM, then the declared charset, then detection.

Chinese pages that declare GBK or GB2312 are decoded as GB18030 (its superset),
Big5 as Big5-HKSCS. Binary data is refused with :class:`DecodeError`, with or without a BOM.
A charset a document declares in itself is trusted only if it is ASCII-compatible (the declaration
was read as ASCII): a ``<meta>`` ``utf-16`` label means UTF-8 (WHATWG), an EBCDIC label (``cp037``) is
ignored. NUL bytes (past the binary check's first 8 KB) are removed from the text. UTF-16 without a BOM is read
when its first 8 KB read as common characters in one byte order (else it is binary).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from charset_normalizer import from_bytes

__all__ = ["DecodeError", "decode_bytes", "looks_binary", "sniff_declared_charset"]

_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SUPERSETS: Final = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
}
_NOT_CHARSETS: Final = frozenset({"punycode", "idna", "undefined", "unicode-escape", "raw-unicode-escape"})
"""Python text codecs that are no charset of the web: a page declaring one (``<meta charset="punycode">``) failed
the whole file with a UnicodeError instead of being read as UTF-8 or detected."""
_META_CHARSET: Final = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_ENCODING: Final = re.compile(rb"""^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)
_HTTP_CHARSET: Final = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


class DecodeError(ValueError):
    """The bytes are not text in any charset we can tell."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def normalize_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None if unknown or not a charset (a codec of Python's that
    does not read bytes as text: ``punycode``, ``undefined``, ``unicode_escape``, ``rot13``, …)."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _SUPERSETS.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # (ValueError: a name holding a NUL, given to extract_html(encoding=…))
        return None
    return None if info.name in _NOT_CHARSETS or not info._is_text_encoding else info.name


def charset_from_content_type(value: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header."""
    if not value:
        return None
    m = _HTTP_CHARSET.search(value)
    return m.group(1) if m else None


def sniff_declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KB."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


_NOT_CONTROL: Final = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))
"""Every byte but the control bytes text never holds: deleting these leaves the control bytes (in C)."""


def looks_binary(data: bytes) -> bool:
    """More than 2 % (at least 8) control bytes in the first 8 KB, NUL among them: a text with a few stray NUL bytes
    (a bad database export, a scraper's padding) is text, its NULs removed; it was ``binary``, all of it lost."""
    sample = data[:8192]
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > max(8, len(sample) // 50)


_DAMAGE: Final = re.compile("\ufffd+")


def _damage(text: str) -> int:
    """How many places in ``text`` were undecodable (a run of U+FFFD counts once)."""
    return len(_DAMAGE.findall(text))


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):
        return None


@lru_cache(maxsize=256)
def _ascii_compatible(codec: str) -> bool:
    """True when ``codec`` reads ASCII bytes as ASCII (not UTF-16/32, not EBCDIC)."""
    try:
        return _ASCII_PROBE.decode(codec) == _ASCII_PROBE.decode("ascii")
    except (UnicodeError, LookupError):
        return False


_ASCII_PROBE: Final = b'<meta charset="x"> Az09\n'
_UTF16: Final = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
_ODD: Final = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd\ue000-\uf8ff]")
"""What a BOM-marked text that is not text shows: control characters, U+FFFD, private-use characters."""


def _after_bom(data: bytes, bom: bytes, codec: str) -> tuple[str, str]:
    """Text after a byte-order mark, refused like unmarked text when it is binary or undecodable."""
    body = data[len(bom) :]
    if codec == "utf-8" and looks_binary(body):
        raise DecodeError("binary", "NUL or control bytes after a UTF-8 BOM: not a text file")
    text = body.decode(codec, errors="replace")
    sample = text[:8192]
    if len(_ODD.findall(sample)) > max(8, len(sample) // 50):
        raise DecodeError("undecodable", f"not valid {codec} after its byte-order mark")
    return text, codec


_COMMON: Final = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u0370-\u04ff\u2000-\u206f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uff00-\uffef]"
)
"""Characters of the texts this tool reads: ASCII, Latin, Greek, Cyrillic, general punctuation, CJK punctuation, kana,
CJK ideographs, Hangul, full-width forms. Random bytes read as UTF-16 fall there about a third of the time."""


def _unmarked_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark (what some Windows tools write): the byte order whose reading of the
    first 8 KB is valid and nearly all common characters, or ``None`` (binary after all)."""
    sample = data[: min(8192, len(data) - len(data) % 2)]
    for codec in ("utf-16-le", "utf-16-be"):
        text = sample.decode(codec, errors="replace")
        if len(_COMMON.findall(text)) < 0.97 * len(text):
            continue
        whole = data.decode(codec, errors="replace")  # a cut last character becomes U+FFFD
        if _damage(whole) <= max(2, len(whole) // 200):
            return whole, codec
    return None


_PIECE: Final = re.compile(rb"[^<\n]*[<\n]?")
"""A piece of a page: up to and including the next ``<`` or newline. Both bytes are below 0x30, so no
multi-byte character of an ASCII-compatible charset (UTF-8, GB18030, Big5, Shift_JIS, EUC-*) spans two
pieces."""


def _piecewise(data: bytes, candidates: list[str]) -> tuple[str, str] | None:
    """A page glued from parts in different charsets (a UTF-8 template around GBK content, a GBK page with a
    UTF-8 comment block): each piece in the first of ``candidates`` that decodes it; the pieces none of them
    decodes in the charset detected on those pieces alone. ``None`` unless that leaves the text nearly intact
    (else the whole-page attempts already said no). (Every piece read: a dump of UTF-8, GBK and Big5 pages.)"""
    pieces = [m.group() for m in _PIECE.finditer(data) if m.group()]
    texts: list[str | None] = []
    used: dict[str, None] = {}
    for piece in pieces:
        found = _piece(piece, candidates)
        if found is not None and not piece.isascii():
            used[found[1]] = None
        texts.append(found[0] if found is not None else None)
    failed = [p for p, t in zip(pieces, texts, strict=True) if t is None]
    other = "utf-8"
    if failed:
        best = from_bytes(b"".join(failed)[:65536]).best()
        detected = (normalize_charset(best.encoding) or best.encoding) if best is not None else None
        if detected is None or not _ascii_compatible(detected):
            return None
        other = detected
        used[other] = None
    text = "".join(
        t if t is not None else p.decode(other, errors="replace") for p, t in zip(pieces, texts, strict=True)
    )
    if _damage(text) > max(2, len(text) // 200):
        return None
    return text, "+".join(used)


def _piece(piece: bytes, candidates: list[str]) -> tuple[str, str] | None:
    """``(text, charset)`` of one piece of a page glued from several charsets: the first of ``candidates`` that decodes
    it, but GB18030 or Big5 as :func:`_legacy_chinese` tells them apart (Big5 bytes are mostly valid GB18030), also
    when no candidate decodes it. A dump of UTF-8, GBK and Big5 pages was ``undecodable`` (helper hostile18)."""
    for codec in candidates:
        if codec in _LEGACY_CHINESE and not piece.isascii() and (legacy := _legacy_chinese(piece)) is not None:
            return legacy
        if (text := _strict(piece, codec)) is not None:
            return text, codec
    return _legacy_chinese(piece) if not piece.isascii() else None


def _document_charset(data: bytes) -> str | None:
    """The charset the document declares, when it can be trusted (see the module's doc)."""
    known = normalize_charset(sniff_declared_charset(data))
    if known in _UTF16:
        return "utf-8"
    if known and not _ascii_compatible(known):
        return None
    return known


_FREQUENT_HAN: Final = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然"
    "家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机"
    "十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西"
    "斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别"
    "打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科"
    "司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传"
    "师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫"
    "台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容"
    "照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青"
    "随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续"
    "施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助"
    "倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药"
    "适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡"
    "，。、：；！？“”《》（）"
)
"""The 700 most frequent Chinese characters (Simplified; their Traditional forms are added from the fold's table,
≈ 1,000 in all) and the full-width punctuation: about three quarters of the non-ASCII characters of a Chinese text,
an eighth of those of a Korean text or of Big5 bytes read as GBK (:func:`_han_share`)."""


@lru_cache(maxsize=1)
def _frequent_han() -> re.Pattern[str]:
    from cleaner.text.scriptfold import _table

    chars = set(_FREQUENT_HAN)
    chars |= {t for t, simple in _table().items() if simple in chars and len(t) == 1}
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


_HAN_SAMPLE: Final = 16384
_MIN_NON_ASCII: Final = 40


def _han_share(text: str) -> float | None:
    """The share of frequent Chinese characters among the non-ASCII characters of ``text`` from its ``<body`` on, in
    the first 16 K characters that hold 40 of them (up to 64 K; ``None``: too few to tell). ≈ 0.2 ms a page."""
    at = max(text.find("<body", 0, 1 << 18), text.find("<BODY", 0, 1 << 18), 0)
    for end in range(at + _HAN_SAMPLE, at + 4 * _HAN_SAMPLE + 1, _HAN_SAMPLE):
        sample = text[at:end]
        n = len(sample) - len(sample.encode("ascii", "ignore"))
        if n >= _MIN_NON_ASCII:
            return len(_frequent_han().findall(sample)) / n
        if end >= len(text):
            break
    return None


_RELABEL: Final = ("utf-8", "gb18030", "big5hkscs")
"""The charsets a mislabelled Chinese page is in, tried in this order."""


def _relabelled(data: bytes, text: str, codec: str) -> tuple[str, str] | None:
    """``data`` read in another charset when the declared ``codec`` reads it as no Chinese while that one reads it
    as Chinese text: Big5 bytes declared GBK (valid GBK: kana, Cyrillic, bopomofo and rare characters), GBK or
    UTF-8 bytes declared ISO-8859-1 / windows-1252 (Latin letters). ``None``: keep ``codec``."""
    share = _han_share(text)
    if share is None or share >= 0.3:
        return None
    best: tuple[float, str, str] | None = None
    for other in _RELABEL:
        if other == codec:
            continue
        alt = _strict(data, other)
        alt_share = _han_share(alt) if alt is not None else None
        if alt is not None and alt_share is not None and alt_share >= max(0.45, 2 * share + 0.15):
            if best is None or alt_share > best[0]:
                best = (alt_share, alt, other)
    return (best[1], best[2]) if best is not None else None


_LEGACY_CHINESE: Final = ("gb18030", "big5hkscs")
_LEGACY_SHARE: Final = 0.5


def _legacy_chinese(data: bytes) -> tuple[str, str] | None:
    """``data`` (no UTF-8) read as GB18030 or Big5 when one of them reads it strictly as Chinese text: at least half
    of its non-ASCII characters among the frequent ones (:data:`_FREQUENT_HAN`), the higher share of the two. Charset
    detection has little to go on in a short text (a dump of a hundred characters came out ``undecodable``, and 10 %
    of texts of 6-40 characters as Korean, Japanese or UTF-16 mojibake: helper hostile17); measured on 3,000 snippets
    of 2-120 characters, the right charset's share is ≥ 0.5 for 99 % of them (median 0.86), the wrong one's (Big5 read
    as GB18030 and back) for under 1 % from 6 characters on, Korean (EUC-KR) and Japanese (EUC-JP, Shift_JIS) read as
    either for none from 6 characters on (2-5 characters: ≈ 10 % of EUC-KR and EUC-JP ones)."""
    best: tuple[float, str, str] | None = None
    for codec in _LEGACY_CHINESE:
        text = _strict(data, codec)
        share = _chinese_share(text) if text is not None else None
        if text is not None and share is not None and share >= _LEGACY_SHARE and (best is None or share > best[0]):
            best = (share, text, codec)
    return (best[1], best[2]) if best is not None else None


def _chinese_share(text: str) -> float | None:
    """:func:`_han_share`, or over the whole of a text too short for it (at least 2 non-ASCII characters)."""
    share = _han_share(text)
    if share is not None or len(text) > 4 * _HAN_SAMPLE:
        return share
    return _share(_frequent_han(), text)


def _share(chars: re.Pattern[str], text: str) -> float | None:
    """The share of the non-ASCII characters of ``text`` that ``chars`` (a character class) finds, or ``None`` for
    fewer than 2 of them."""
    n = len(text) - len(text.encode("ascii", "ignore"))
    return len(chars.findall(text)) / n if n >= 2 else None


_FREQUENT_HANGUL: Final = (
    "이다는의에을하고가기로사한지서리니대시자도들있인어수일적정아나내것게해주라여구상부전제요만보면원와성국과동소러위"
    "스장우마연무공생세까경비드계문신를은했되할며던않없같그저때년월중안화방개오모물분회관발학실선조치행통체당간미말건"
    "결단명받알용본입점히람습께데었았겠씨님및더또각등후번"
)
"""About 150 of the most frequent Hangul syllables: over half of the Hangul of a Korean text; GB18030 or Shift_JIS
bytes read as CP949 fall on the 11,172 syllables nearly at random."""
_HANGUL: Final = re.compile(f"[{_FREQUENT_HANGUL}]")
_KANA: Final = re.compile("[\u3040-\u30ff]")


def _kana_share(text: str) -> float | None:
    """The share of kana among the non-ASCII characters of ``text`` (about half in Japanese prose, next to none in
    Chinese or Korean read as a Japanese charset), or ``None`` for fewer than 2 of them."""
    return _share(_KANA, text)


def _hangul_share(text: str) -> float | None:
    """The share of frequent Hangul syllables (:data:`_FREQUENT_HANGUL`) among the non-ASCII characters of ``text``."""
    return _share(_HANGUL, text)


_DAMAGED_CJK: Final[tuple[tuple[tuple[str, ...], Callable[[str], float | None], float], ...]] = (
    (("gb18030", "big5hkscs"), _chinese_share, _LEGACY_SHARE),
    (("cp949",), _hangul_share, 0.35),
    (("euc-jp", "cp932"), _kana_share, 0.25),
)
"""The East Asian charsets a page with a few damaged bytes is read in (:func:`_damaged_cjk`), a group at a time in this
order; each with the test that its reading is text of that script, and the share it needs."""


def _damaged_cjk(data: bytes) -> tuple[str, str] | None:
    """``data`` read in an East Asian charset with a few damaged spots (U+FFFD; at most 2, or one per 200 characters,
    as for UTF-8) when the rest reads as text of its script, for bytes nothing else could read: a GB18030 page with a
    stray byte or a cut character at its end was ``undecodable``, all of it lost (helper api26; Korean and Japanese
    pages too, helper hostile27). Chinese (GB18030, Big5: the share of frequent Chinese characters) first, then Korean
    (CP949, a superset of EUC-KR: frequent Hangul syllables), then Japanese (EUC-JP, Shift_JIS: kana); within a group
    the reading with the higher share. Tried last, so no text read before changes."""
    for codecs_, share_of, need in _DAMAGED_CJK:
        best: tuple[float, str, str] | None = None
        for codec in codecs_:
            text = data.decode(codec, errors="replace")
            if _damage(text) > max(2, len(text) // 200):
                continue
            share = share_of(text.replace("\ufffd", ""))
            if share is not None and share >= need and (best is None or share > best[0]):
                best = (share, text, codec)
        if best is not None:
            return best[1], best[2]
    return None


def decode_bytes(data: bytes, declared: str | None = None, *, sniff_html: bool = True) -> tuple[str, str]:
    """Decode ``data`` to text; returns ``(text, codec)``.

    Order: byte-order mark, then ``declared`` (a transport charset such as the
    HTTP header), then a charset the document declares itself, then UTF-8,
    then detection. A declared charset that does not decode cleanly is not
    trusted. Raises :class:`DecodeError` for binary or undecodable data.
    """
    text, codec = _decode(data, declared, sniff_html)
    if (b"\x00" in data if codec not in _UTF16 else "\x00" in text) and "\x00" in text:  # bytes: a C memchr
        text = text.replace("\x00", "")
    return text, codec


def _decode(data: bytes, declared: str | None, sniff_html: bool) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _after_bom(data, bom, codec)
    if not data:
        return "", "utf-8"
    if b"\x00" in data[:8192] and (unmarked := _unmarked_utf16(data)) is not None:
        return unmarked
    if looks_binary(data):
        raise DecodeError("binary", "NUL or control bytes: not a text file")
    candidates: list[str] = []
    for known in (normalize_charset(declared), _document_charset(data) if sniff_html else None, "utf-8"):
        if known and not _ascii_compatible(known):
            continue  # utf-16 without a BOM was refused as binary above
        if known and known not in candidates:
            candidates.append(known)
    for codec in candidates:
        strict = _strict(data, codec)
        if strict is not None:
            if codec != "utf-8" and not data.isascii():  # a declared legacy charset: the bytes may be another's
                return _relabelled(data, strict, codec) or (strict, codec)
            return strict, codec
    if (legacy := _legacy_chinese(data)) is not None:
        return legacy
    # Mostly valid UTF-8 with a few bad bytes (a cut multi-byte character, a stray byte):
    # keep the text; the damaged spots become U+FFFD.
    text = data.decode("utf-8", errors="replace")
    if _damage(text) <= max(2, len(text) // 200):
        return text, "utf-8"
    best = from_bytes(data[:65536]).best()
    detected = None
    if best is not None:
        detected = normalize_charset(best.encoding) or best.encoding
        strict = _strict(data, detected)
        if strict is not None:
            return strict, detected
        text = data.decode(detected, errors="replace")
        if _damage(text) <= max(2, len(text) // 200):
            return text, detected
    mixed = _piecewise(data, [c for c in (*candidates, detected) if c and _ascii_compatible(c)])
    if mixed is not None:
        return mixed
    if (damaged := _damaged_cjk(data)) is not None:
        return damaged
    raise DecodeError("undecodable", f"not valid in {', '.join(candidates) or 'any charset'}; detection failed")
