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
    at = 0
    while m := _LD_OPEN.search(html, at):
        end = _SCRIPT_END.search(html, m.end())
        if end is None:
            return
        yield html[m.end() : end.start()]
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
