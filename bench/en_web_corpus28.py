# ruff: noqa: E501  (markup is long literal lines)
"""English pages where a short story competes with a prose-bearing block the earlier generators do not set, around
the English bench sets' tune gold texts (read at run time).

    python bench/en_web_corpus28.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/en_web_corpus28.py --score --cleaner-only   # cleaner alone (quick)
    python bench/en_web_corpus28.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/en_web_corpus28.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/en_web_corpus28.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch en28), written before cleaner was run on it. On unseen English sets the cleaner chose a wrong
block about twice as often as trafilatura: a comment list, a share-by-e-mail form, a settings widget, an ancestor
holding every list. Kinds (``KINDS``), each a story of one or two paragraphs under its ``<h1>``:

- ``comments_above``: the comment section (a counted heading, four or five comments of one or two sentences, each
  with a name, a date and a "Reply" link) set *above* the story in source order, both in one wrapper (a template
  that floats the comments right); class names left out on half the pages;
- ``email_form``: a "E-mail this story" form beside the story: two sentences of instructions in ``<p>``, "Your
  name" / "Friend's e-mail" inputs, a message ``<textarea>`` prefilled with a sentence, a privacy note sentence;
- ``settings_widget``: a "Reading preferences" widget: text size and theme radio buttons, each option with a
  sentence of explanation in a ``<label>``, and a "Save" button, above or below the story;
- ``table_font``: a 2000s table layout: a left cell of section links, the centre cell the story in ``<font>`` with
  ``<br><br>`` between paragraphs, a right cell "Most read" of five headlines each with a one-sentence summary in
  ``<font size="1">`` (together longer than the story).

Gold: the story's paragraphs, no title, no chrome. Must: the first and the last sentence of the gold; must not: the
decoys' sentences. A page's half is :func:`bench.halves.half` of ``en28/<id>``; ``--list`` and ``--dump`` show tune
pages only.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_forum_corpus24
import gen_score
from en_web_corpus27 import _copyright, _nav
from gen_score import GenPage, Scoring
from old_web_corpus import Text, _norm, _url
from web_corpus19 import Built, _date, _e, _href, _name, _page, _ps

SET = "en28"
KINDS = ("comments_above", "email_form", "settings_widget", "table_font")
PAGES_PER_KIND = 12


class _Ctx(en_forum_corpus24._Ctx):
    """One page's random source, a short story (one or two paragraphs) and the must-not sentences."""

    def __init__(self, rng: random.Random, text: Text, index: int, kind: str) -> None:
        super(en_forum_corpus24._Ctx, self).__init__(rng, text, index, "tree")
        key, self.title, paras = text.articles[(index * 37 + KINDS.index(kind) * 13 + 7) % len(text.articles)]
        self.key = key
        self.paras = paras[: rng.randrange(1, 3)]
        self.plain = rng.random() < 0.5

    def summary(self, k: int = 1) -> str:
        return " ".join(self.prose(k))

    def cls(self, name: str) -> str:
        return "" if self.plain else f' class="{name}"'


def _story(c: _Ctx) -> str:
    return f'<div{c.cls("story")}><h1>{_e(c.title)}</h1><div class="byline">By {_name(c.rng)} | {_date(c.rng)}</div>{_ps(c.paras)}</div>'


def comments_above(c: _Ctx) -> Built:
    rng = c.rng
    n = rng.randrange(4, 6)
    items = "".join(
        f'<li{c.cls("comment")}><div{c.cls("meta")}><b>{c.nick()}</b> {_date(rng)}</div><p>{_e(c.summary(rng.randrange(1, 3)))}</p><a href="#">Reply</a></li>'
        for _ in range(n)
    )
    comments = f"<div{c.cls('comments')}><h3>{n} Comments</h3><ul>{items}</ul></div>"
    return _page(c.title, _nav(rng) + f'<div id="wrap">{comments}{_story(c)}</div>' + _copyright(rng)), c.paras


def email_form(c: _Ctx) -> Built:
    rng = c.rng
    intro = c.summary(1)
    form = (
        f"<div{c.cls('email-story')}><h3>E-mail this story</h3><p>{_e(intro)}</p>"
        '<form><label>Your name</label><input type="text"><label>Friend\'s e-mail</label><input type="email">'
        f"<label>Message</label><textarea>{_e(c.summary(1))}</textarea><p><small>{_e(c.summary(1))}</small></p>"
        '<input type="submit" value="Send"></form></div>'
    )
    story = _story(c)
    body = story + form if rng.random() < 0.5 else form + story
    return _page(c.title, _nav(rng) + f"<div{c.cls('main')}>{body}</div>" + _copyright(rng)), c.paras


def settings_widget(c: _Ctx) -> Built:
    rng = c.rng
    opts = "".join(
        f'<p><input type="radio" name="o{k}"><label>{name}: {_e(c.summary(1))}</label></p>'
        for k, name in enumerate(("Small text", "Large text", "Dark theme", "High contrast"))
    )
    widget = f"<div{c.cls('settings')}><h3>Reading preferences</h3><form>{opts}<button>Save</button></form></div>"
    story = _story(c)
    body = widget + story if rng.random() < 0.5 else story + widget
    return _page(c.title, _nav(rng) + f'<div id="content">{body}</div>' + _copyright(rng)), c.paras


def table_font(c: _Ctx) -> Built:
    rng = c.rng
    left = "<br>".join(
        f'<a href="#">{w}</a>' for w in ("Home", "Local", "State", "Sports", "Obituaries", "Classifieds")
    )
    most = "".join(
        f'<p><a href="{_href(rng)}"><font size="2"><b>{_e(h)}</b></font></a><br><font size="1">{_e(c.summary(1))}</font></p>'
        for h in c.heads(5)
    )
    story = "<br><br>\n".join(_e(p) for p in c.paras)
    centre = f'<font face="Arial" size="4"><b>{_e(c.title)}</b></font><br><font size="1">{_date(rng)}</font><br><br><font face="Arial" size="2">{story}</font>'
    table = (
        f'<table width="760" border="0" cellpadding="4"><tr><td width="120" valign="top" bgcolor="#eeeeee">{left}</td>'
        f'<td width="440" valign="top">{centre}</td><td width="200" valign="top"><font size="2"><b>Most read</b></font>{most}</td></tr></table>'
    )
    head = f'<table width="760"><tr><td><font size="6">The {_name(rng).split()[1]} Gazette</font></td></tr></table>'
    return _page(c.title, head + table + _copyright(rng)), c.paras


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {k: globals()[k] for k in KINDS}

_SPLIT = r"(?<=[.!?])\s+"
"""Where the gold's sentences end (the must-snippets: :func:`gen_score.gen_page`)."""


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = gen_score.page_id(SET, kind, index, seed)
    c = _Ctx(random.Random(f"{seed}/{pid}"), text, index, kind)
    html, gold = BUILDERS[kind](c)
    return gen_score.gen_page(SET, pid, kind, html, gold, c.bad, _SPLIT)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=16, id_width=34, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
