"""The article a page states in its schema.org JSON-LD, for pages whose HTML body holds none.

A page rendered by a script (an empty ``<div id="app">``, the text in JSON) or cut short has no prose in its
DOM, yet many such pages state their article for search engines: ``articleBody`` of an ``Article`` /
``NewsArticle`` / ``BlogPosting``, or the question and answers of a ``QAPage``. :func:`ld_text` returns that text,
paragraph by paragraph; extraction uses it only when the DOM gave nothing (``html.fallback_json_ld``).
"""

from __future__ import annotations

import html as htmlmod
import json
import re
from collections.abc import Iterator
from typing import Any, Final

__all__ = ["ld_text"]

_LD_OPEN: Final = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>", re.I)
_SCRIPT_END: Final = re.compile(r"</script\s*>", re.I)
_COMMENT_END: Final = re.compile(r"-->")
_STYLE_END: Final = re.compile(r"</style\s*>", re.I)
_TAG: Final = re.compile(r"<[^>]{0,2000}>")
_BREAK: Final = re.compile(r"<(?:br|/p|/div|/li|/h[1-6])\b[^>]{0,200}>", re.I)
MAX_LD: Final = 2_000_000
"""Characters of JSON-LD read per page (all blocks together)."""
_MAX_NODES: Final = 10_000


def ld_text(html: str) -> list[str]:
    """The paragraphs of the longest article or Q&A text the page's JSON-LD states; [] when it states none."""
    best: list[str] = []
    budget = MAX_LD
    for raw in _ld_blocks(html):
        budget -= len(raw)
        if budget < 0:
            break
        try:
            data = json.loads(raw.strip().removesuffix(";"))
        except (ValueError, RecursionError):
            continue
        for text in _texts(data):
            paras = _paragraphs(text)
            if sum(map(len, paras)) > sum(map(len, best)):
                best = paras
    return best


def _ld_blocks(html: str) -> Iterator[str]:
    """The contents of the page's JSON-LD scripts: what ``re.finditer(r"<script\\b[^>]*application/ld\\+json[^>]*>
    (.*?)</script\\s*>", html, re.I | re.S)`` gives, in linear time (that pattern searched to the end of the page
    from every unclosed script: 50,000 unclosed ones in 2 MB hung). After a script with no ``</script>`` after
    it, no later one has one either."""
    for _, raw in _scripts(html, _LD_OPEN):
        yield raw


def _scripts(html: str, opening: re.Pattern[str]) -> Iterator[tuple[re.Match[str], str]]:
    """Each script whose start tag ``opening`` matches, with its content, up to the first one without a
    ``</script>`` after it (an unclosed script runs to the end: searching on from every later ``<script`` would be
    quadratic)."""
    at = 0
    while m := opening.search(html, at):
        end = _SCRIPT_END.search(html, m.end())
        if end is None:
            return
        yield m, html[m.end() : end.start()]
        at = end.end()


def _texts(data: Any) -> Iterator[str]:
    """``articleBody`` of every object, and a QAPage's question with its answers in order, as one text each."""
    seen = 0
    stack = [data]
    while stack and seen < _MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend(reversed(node))
            continue
        if not isinstance(node, dict):
            continue
        body = node.get("articleBody")
        if isinstance(body, str):
            yield body
        if _is(node, "Question"):
            parts = [_str(node.get("name")), _str(node.get("text"))]
            for key in ("acceptedAnswer", "suggestedAnswer"):
                answers = node.get(key)
                for answer in answers if isinstance(answers, list) else [answers]:
                    if isinstance(answer, dict):
                        parts.append(_str(answer.get("text")))
            yield "\n".join(p for p in parts if p)
        stack.extend(v for k, v in node.items() if k != "articleBody" and isinstance(v, dict | list))


def _is(node: dict[str, Any], kind: str) -> bool:
    t = node.get("@type")
    return t == kind or (isinstance(t, list) and kind in t)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _paragraphs(text: str) -> list[str]:
    """A JSON-LD text as paragraphs: some sites put HTML in it, most plain lines."""
    if "<" in text:
        text = _TAG.sub("", _BREAK.sub("\n", text))
    text = htmlmod.unescape(text)
    return [p for line in text.splitlines() if (p := " ".join(line.split()))]


# --- app state: the article a script-rendered page holds in its embedded JSON ------------------------------------

_SCRIPT_OPEN: Final = re.compile(r"<script\b([^>]{0,2000})>", re.I)
_TYPE: Final = re.compile(r"\btype\s*=\s*[\"']?([^\"'\s>]+)")
_ASSIGN: Final = re.compile(
    r"\s*(?:var\s+|let\s+|const\s+)?(?:(?:window|self|globalThis)\s*(?:\.\s*|\[\s*[\"'])?)?([\w$]+)[\"']?\]?\s*=\s*"
)
_STATE_NAME: Final = re.compile(r"_*[A-Z][A-Z0-9_]{3,}|\w*(?i:state|data|store)")
"""The name of a global that holds a page's app state (``__NUXT__``, ``__INITIAL_STATE__``, ``pageData``)."""
_BUILT_STATE: Final = re.compile(r"__\w+__")
"""App state built in code (``window.__NUXT__=(function(a,b){return {...}}(...))``): read for its string literals."""
_LITERAL: Final = re.compile(r'"((?:[^"\\\n]|\\.){80,})"')
_ID_KEY: Final = re.compile(r"[\d_-]+|[0-9a-f]{8,}", re.I)
_CODE: Final = re.compile(r"[{}();=<>\\]|function\b|var\b|return\b")
_PUNCT: Final = re.compile(r"[。！？；，、]|[.!?;,](?=\s|$)")
"""Sentence punctuation (a Latin mark only before a space: not the dot of ``a.b`` or of a URL)."""
_CODE_OPEN: Final = re.compile(r"<(script|style)\b|<!--", re.I)
_CODE_CLOSE: Final = {"script": _SCRIPT_END, "style": _STYLE_END, "": _COMMENT_END}
MAX_STATE: Final = 2_000_000
"""Characters of embedded JSON read per page (all scripts together; longer scripts are skipped)."""
_MAX_STATE_NODES: Final = 50_000
MIN_STATE_PROSE: Final = 80
"""A string of embedded JSON is prose from this many characters of text on (with sentence punctuation)."""
_MIN_PART: Final = 20
"""Shorter strings are not read (ids, names, labels); from this length on, one of several at one place (answers)."""


def state_text(html: str, more_than: int) -> list[str]:
    """The paragraphs of the article a script-rendered page holds in its app-state JSON (Next.js
    ``__NEXT_DATA__``, ``window.__NUXT__`` / ``__INITIAL_STATE__`` / ``__PRELOADED_STATE__`` = ..., a
    ``type="text/json"`` block): the longest prose string of the page's scripts, with the strings that sit at
    the same place of their JSON (other answers of a question: ``answers.<id>.content``), in order; [] when no
    such text holds more than ``more_than`` characters. Only JSON blocks and scripts assigning to an app-state
    global (:data:`_STATE_NAME`) are read, and client-side templates (``<script type="text/html">``) for their
    text; state built in code (:data:`_BUILT_STATE`) for its string literals.
    Reads at most :data:`MAX_STATE` characters and :data:`_MAX_STATE_NODES` JSON values."""
    budget = MAX_STATE
    best: list[str] = []
    best_len = max(more_than, MIN_STATE_PROSE - 1)
    for m, raw in _scripts(html, _SCRIPT_OPEN):
        attrs = m.group(1).lower()
        if len(raw) <= best_len or "src" in attrs:
            continue
        kind = t.group(1) if (t := _TYPE.search(attrs)) else ""
        if "ld+json" in kind:
            continue
        budget -= len(raw)
        if budget < 0:
            break
        if "html" in kind or "template" in kind:  # a client-side template (text/html, text/x-template)
            paras = _prose(raw)
        else:
            paras = _state_paragraphs(raw, "json" in kind)
        size = sum(map(len, paras))
        if size > best_len:
            best, best_len = paras, size
    return best


def _state_paragraphs(raw: str, is_json: bool) -> list[str]:
    """The prose of one script: a JSON block, or a script assigning its app state to a global; [] otherwise."""
    data: Any = None
    if is_json:
        start = 0
        raw = raw.strip()
    elif (a := _ASSIGN.match(raw)) and _STATE_NAME.fullmatch(name := a.group(1)):
        start = a.end()
        if raw[start : start + 1] not in ("{", "["):
            return _literals(raw) if _BUILT_STATE.fullmatch(name) else []
    else:
        return []
    try:
        data = json.JSONDecoder().raw_decode(raw, start)[0]
    except (ValueError, RecursionError):
        return []
    found: list[tuple[str, list[str]]] = []
    seen = 0
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack and seen < _MAX_STATE_NODES:
        node, path = stack.pop()
        seen += 1
        if isinstance(node, str):
            if len(node) >= _MIN_PART and (paras := _prose(node, _MIN_PART)):
                found.append((path, paras))
        elif isinstance(node, dict):
            stack.extend(
                (v, f"{path}/{'*' if _ID_KEY.fullmatch(k) else k}")
                for k, v in reversed(list(node.items()))
                if isinstance(v, str | dict | list)
            )
        elif isinstance(node, list):
            stack.extend((v, path + "/*") for v in reversed(node) if isinstance(v, str | dict | list))
    if not found:
        return []
    # the place of the longest prose string; of the most prose when no one string is long (short answers)
    longest = max(found, key=lambda f: sum(map(len, f[1])))
    top = longest[0]
    if sum(map(len, longest[1])) < MIN_STATE_PROSE:
        totals: dict[str, int] = {}
        for path, paras in found:
            totals[path] = totals.get(path, 0) + sum(map(len, paras))
        top = max(totals, key=lambda k: totals[k])
    out: dict[str, None] = {}  # (the paragraphs in order, each once)
    for path, paras in found:
        if path == top:
            out.update(dict.fromkeys(paras))
    return list(out)


def _literals(raw: str) -> list[str]:
    """The paragraphs of the longest prose string literal of a script."""
    texts: list[Any] = []
    for lit in _LITERAL.finditer(raw):
        try:
            texts.append(json.loads(lit.group(0)))
        except ValueError:
            continue
    return max((_prose(t) for t in texts if isinstance(t, str)), key=lambda p: sum(map(len, p)), default=[])


def _without_code(text: str) -> str:
    """``text`` without its ``<script>`` and ``<style>`` elements and HTML comments; one left open runs to the end.
    (Linear: a lazy ``<script\b.*?</script>`` searched to the end from every unclosed one.)"""
    kept: list[str] = []
    at = 0
    while m := _CODE_OPEN.search(text, at):
        kept.append(text[at : m.start()])
        end = _CODE_CLOSE[(m.group(1) or "").lower()].search(text, m.end())
        if end is None:
            return "".join(kept)
        at = end.end()
    kept.append(text[at:])
    return "".join(kept)


def _prose(text: str, least: int = MIN_STATE_PROSE) -> list[str]:
    """``text`` as paragraphs when it reads as prose (sentence punctuation, little code), else []."""
    paras = _paragraphs(_without_code(text) if "<" in text else text)
    joined = "".join(paras)
    n = len(joined)
    if n < least or "://" in joined[:12]:
        return []
    if len(_CODE.findall(joined)) * 50 > n or len(_PUNCT.findall(joined)) * 100 < n:
        return []
    return paras
