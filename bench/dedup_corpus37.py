"""A ninth near-duplicate corpus: English local and wire news as outlets syndicate, update and re-serve it (issue #13,
dedupgen37).

Written before reading ``cleaner/dedup`` and before running cleaner on it; of the other dedup generators only their
docstrings, ``KINDS`` / ``NEGATIVES`` and ``dedup_corpus4``'s scoring interface (``Doc`` / ``score`` / ``run`` /
``report`` / ``misses``) were read. Its texts, chrome sentences and edits are its own (``dedup_corpus37_texts.py``).

Why this shape: the largest repost traffic an English crawl meets is one wire or local story served by many outlets
and re-served over days — each outlet's page chrome around it (navigation, byline and time stamps, "Advertisement"
and "Related:" lines between paragraphs, newsletter prompts, most-read lists, comment counts, footers), headline
rewrites, bylines and credit lines, AMP and print versions, shortened briefs, and *updated versions*: the story with
new paragraphs, a revised figure in its lead and an update line; a correction of one figure; the same page scraped
again the next night with other time stamps, comment counts and most-read lists. The earlier generators hold English
only as gold texts with generic edits (dedup2, dedup5, dedup31) or as wire copy without page chrome and updates
(dedup36), and none goes through the nightly state. Its hard negatives are what such a crawl puts side by side:
briefs of one outlet in the same heavy chrome, two agencies' reports of one event, a follow-up that carries its
predecessor's background paragraphs, and automated stories of one template (earnings of one company in two quarters
or of two companies; game recaps) whose words agree and whose figures do not.

Every text is made here: six topics (storm, council budget, plant closure, murder trial, transit strike, outbreak)
with their own frames filled from a story's facts (names, places, figures). Halves by story:
``half("dedup37", "SEED/story id")`` (a hard-negative group by its group id), so every copy of a story lies in one
half.

Each story: its original (title and 5-10 paragraphs) and 2-4 copies, made from the original (70 %) or from an earlier
copy (kinds add up), with one edit (50 %), two (38 %) or three. A copy is a text and at most one *page* around it;
a copy of a page copy that changes its text is that page scraped again (``rescrape``):

- ``chrome``      the story in an outlet's page as a text dump (one of six outlets' chrome);
- ``rescrape``    a page copy scraped again: other time stamps, comment count, most-read list (and the text edits);
- ``amp``         an AMP rendering: share and listen lines, "Advertisement" every 2-3 paragraphs, image lines;
- ``print``       a print view: printed-from URL, print lines, paragraphs sometimes joined in pairs, copyright;
- ``headline``    a rewritten headline (another frame, a "What we know" form or a dek), the lead's verb and day
  reworded;
- ``byline``      a byline, an agency dateline on the lead, a credit or copyright line at the end;
- ``update``      an updated version: the lead's figures revised upwards, 2-4 new paragraphs, an update line, at
  times a paragraph dropped;
- ``correction``  one figure of the body changed (or a surname respelled), a correction line;
- ``brief``       the first 35-60 % of the paragraphs (two at least) and a "read the full story" line;
- ``style``       house style: straight and curly quotes, "%" and "percent", month abbreviations, dashes.

Hard negatives (each text its own story, a group inside one half):

- ``outlet``      3-4 short briefs (2-4 paragraphs) of different stories in one outlet's page chrome, one scrape day;
- ``same_event``  two agencies' reports of one event: the same facts and one shared official quote, disjoint frames;
- ``followup``    a story and its follow-up, which ends with 2-3 of the story's paragraphs verbatim (≤ 35 % of it);
- ``earnings``    3-4 automated earnings reports of one template (one company's quarters, or several companies);
- ``recap``       3-4 game recaps of one template (other teams, players, scores).

Scores (``dedup_corpus4.score``): pairwise precision / recall / F1 per half, recall by kind and by number of edits,
hard-negative pairs merged by group kind. ``--nights N`` also runs the corpus as N nightly batches against one SQLite
state (``cleaner.state.open_state``, every document on a night of its own, updates, corrections and rescrapes on later
nights than their base) and scores the stories the state holds at the end. ``--baseline`` adds datasketch + jieba.

    .venv/bin/python bench/dedup_corpus37.py [--seed dedupgen37-dev1] [--seeds a,b] [--nights 4] [--misses] [--baseline]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dedup_corpus37_texts as tx
from dedup_corpus4 import Doc, misses, report, run
from dedup_corpus4 import score as score  # (re-exported: the same scoring)
from halves import HALVES, half

CORPUS = "dedup37"
KINDS = ("chrome", "rescrape", "amp", "print", "headline", "byline", "update", "correction", "brief", "style")
NEGATIVES = ("outlet", "same_event", "followup", "earnings", "recap")
PAGE_KINDS = ("chrome", "amp", "print")
TEXT_KINDS = ("headline", "byline", "update", "correction", "brief", "style")
LATE_KINDS = ("update", "correction", "rescrape")
"""Kinds a later night brings (the nightly mode puts such a copy after its base's night)."""


# ---------------------------------------------------------------- stories


@dataclass
class Story:
    topic: str
    facts: dict[str, str]
    title: str
    paras: list[str]

    def text(self) -> str:
        return "\n".join([self.title, *self.paras])


def person(rng: random.Random) -> tuple[str, str]:
    last = rng.choice(tx.LAST)
    return f"{rng.choice(tx.FIRST)} {last}", last


def facts(rng: random.Random) -> dict[str, str]:
    city, state = rng.choice(tx.PLACES)
    (p1, l1), (p2, l2), (p3, l3) = person(rng), person(rng), person(rng)
    d = rng.randrange(7)
    f = {
        "city": city, "state": state, "cityup": city.upper(), "citylow": city.lower().replace(" ", ""),
        "person": p1, "last": l1, "person2": p2, "last2": l2, "person3": p3, "last3": l3,
        "role": rng.choice(tx.ROLES), "role2": rng.choice(tx.ROLES), "org": rng.choice(tx.ORGS),
        "street": rng.choice(tx.STREETS), "company": rng.choice(tx.COMPANIES), "product": rng.choice(tx.PRODUCTS),
        "day": tx.DAYS[d], "day2": tx.DAYS[(d + 1) % 7], "month": rng.choice(tx.MONTHS),
        "year": str(rng.randint(2009, 2024)), "big": f"{rng.randint(12, 980) * 10:,}",
        "money": str(rng.randint(40, 900)), "pct": str(rng.randint(3, 68)), "d": str(rng.randint(1, 28)),
    }  # fmt: skip
    for k in range(1, 7):
        f[f"n{k}"] = str(rng.randint(2, 9) if k in (1, 5, 6) else rng.randint(3, 48))
    return f


class _Keep(dict[str, str]):
    """Slots a fill does not know stay as they are, for a later fill."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(frame: str, f: dict[str, str]) -> str:
    return frame.format_map(_Keep(f))


def make_story(rng: random.Random, topic: str | None = None, f: dict[str, str] | None = None,
               frames: dict[str, list[int]] | None = None) -> Story:  # fmt: skip
    """A story: title, lead, 4-9 body / quote / background paragraphs (each one or two sentences). ``frames`` limits
    the frame indices used per part (two reports of one event draw disjoint frames)."""
    topic = topic or rng.choice(list(tx.TOPICS))
    f = f or facts(rng)
    fr = tx.TOPICS[topic]

    def pick(part: str, k: int) -> list[str]:
        idx = frames[part] if frames and part in frames else list(range(len(fr[part])))
        return [fr[part][i] for i in rng.sample(idx, min(k, len(idx)))]

    body = pick("body", rng.randint(3, 7))
    quotes = pick("quote", rng.randint(1, 2))
    back = pick("background", rng.randint(0, 1))
    mid = [*body]
    for q in quotes:
        mid.insert(rng.randint(0, len(mid)), q)
    sents = [*pick("lead", 1), *mid, *back]
    speak = voice(rng)
    paras: list[str] = []
    k = 0
    while k < len(sents):
        take = 2 if k > 0 and rng.random() < 0.3 and k + 1 < len(sents) else 1
        paras.append(" ".join(speak(trim(rng, fill(s, f))) for s in sents[k : k + take]))
        k += take
    return Story(topic, f, fill(pick("title", 1)[0], f), paras)


def trim(rng: random.Random, sentence: str) -> str:
    """A sentence's last clause (after a comma, no quote in it) left out a third of the time: reporters differ."""
    head, sep, tail = sentence.rpartition(", ")
    if sep and len(head) > 40 and '"' not in tail and tail[:1].islower() and rng.random() < 0.35:
        return head + "."
    return sentence


def voice(rng: random.Random) -> Callable[[str], str]:
    """A story's phrasing: each group of :data:`tx.VOICE` written one way (chosen here) in all its sentences."""
    table = {}
    for group in tx.VOICE:
        pick = rng.choice(group)
        for w in group:
            table[w] = pick
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")
    return lambda s: pattern.sub(lambda m: table[m.group(1)], s)


# ---------------------------------------------------------------- pages


@dataclass
class Page:
    kind: str
    outlet: int
    scrape: int
    """Which scrape of the page (time stamps, comment count, most-read list follow from it)."""


@dataclass
class Copy:
    kinds: list[str]
    inner: str
    page: Page | None = None
    night: int = 0
    extra: dict[str, str] = field(default_factory=dict)


class Pages:
    """Renders a text inside an outlet's page (``chrome``), an AMP or a print view, for one scrape."""

    def __init__(self, rng: random.Random, headlines: list[str]) -> None:
        self.rng = rng
        self.headlines = headlines

    def _outlet(self, i: int, f: dict[str, str]) -> dict[str, str]:
        o = tx.OUTLETS[i]
        vals = {**f, "year": "2026"}
        return {k: (fill(v, vals) if isinstance(v, str) else "\n".join(fill(x, vals) for x in v)) for k, v in o.items()}

    def _scrape(self, key: str, scrape: int) -> random.Random:
        return random.Random(f"{key}/{scrape}")

    def render(self, text: str, page: Page, f: dict[str, str], key: str) -> str:
        lines = [p for p in text.split("\n") if p.strip()]
        title, paras = lines[0], lines[1:]
        o = self._outlet(page.outlet, f)
        sr = self._scrape(key, page.scrape)  # what changes between scrapes
        base = random.Random(key)  # what one page keeps (author, caption, related link)
        hour = base.randint(5, 11)
        month = tx.MONTH_ABBR.get(f["month"], f["month"])
        t1 = f"{month} {f['d']}, 2026 at {hour}:{base.randint(10, 59)} a.m."
        t2 = f"{month} {int(f['d']) + page.scrape}, 2026 at {sr.randint(1, 9)}:{sr.randint(10, 59)} p.m."
        author = base.choice(tx.AUTHORS)
        if page.kind == "print":
            return self._print(title, paras, o, f, t1, author, base)
        if page.kind == "amp":
            return self._amp(title, paras, o, f, t1, author, base)
        most = sr.sample(self.headlines, 5)
        caption = fill(base.choice(tx.CAPTIONS), {**f, "author": author})
        out = [o["name"], o["nav"], o["section"], title, fill(o["byline"], {"author": author}),
               fill(o["stamp"], {"t1": t1, "t2": t2}), caption]  # fmt: skip
        step = base.randint(2, 4)
        related = fill(o["inline"], {"headline": base.choice(self.headlines)})
        for k, p in enumerate(paras):
            out.append(p)
            if k == 1:
                out.append(related)
            elif k % step == step - 1 and k < len(paras) - 1:
                out.append(o["ad"])
        out += [o["signup"], fill(o["comments"], {"c": str(sr.randint(0, 400))}), o["more"], *most, o["footer"]]
        return "\n".join(out)

    def _print(self, title: str, paras: list[str], o: dict[str, str], f: dict[str, str], t1: str, author: str,
               base: random.Random) -> str:  # fmt: skip
        vals = {**f, "name": o["name"], "slug": re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]}
        head = [fill(x, vals) for x in base.sample(tx.PRINT_HEAD, 2)]
        if base.random() < 0.5:
            paras = [" ".join(paras[k : k + 2]) for k in range(0, len(paras), 2)]
        return "\n".join([*head, title, f"{author} | {t1}", *paras, o["footer"].split("\n")[0]])

    def _amp(self, title: str, paras: list[str], o: dict[str, str], f: dict[str, str], t1: str, author: str,
             base: random.Random) -> str:  # fmt: skip
        vals = {**f, "name": o["name"], "m": str(base.randint(2, 7))}
        out = [o["name"], title, fill(tx.AMP_LINES[1], vals), f"{author} · {t1}", tx.AMP_LINES[0], tx.AMP_LINES[3],
               fill(base.choice(tx.CAPTIONS), {**f, "author": author})]  # fmt: skip
        step = base.randint(2, 3)
        for k, p in enumerate(paras):
            out.append(p)
            if k % step == step - 1 and k < len(paras) - 1:
                out.append("Advertisement")
        out += [fill(tx.AMP_LINES[2], vals), tx.AMP_LINES[0]]
        return "\n".join(out)


# ---------------------------------------------------------------- text edits


class Editor:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    @staticmethod
    def split(text: str) -> tuple[str, list[str]]:
        lines = [p for p in text.split("\n") if p.strip()]
        return lines[0], lines[1:]

    def headline(self, text: str, story: Story) -> str:
        rng = self.rng
        title, paras = self.split(text)
        others = [fill(t, story.facts) for t in tx.TOPICS[story.topic]["title"]]
        others = [t for t in others if t != title] or [title]
        choice = rng.random()
        if choice < 0.5:
            title = rng.choice(others)
        elif choice < 0.75:
            title = f"{title.rstrip('.')}: {rng.choice(('What we know', 'What to know', 'Live updates', 'Latest'))}"
        else:
            title = f"{title}\n{rng.choice(tx.DEK)}"
        if paras:
            lead = re.sub(r" on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", r" \1", paras[0])
            lead = lead.replace(" said,", " says,").replace(", officials said.", ", according to officials.")
            paras[0] = lead
        return "\n".join([title, *paras])

    def byline(self, text: str, story: Story) -> str:
        rng = self.rng
        title, paras = self.split(text)
        agency, tag = rng.choice(tx.AGENCIES)
        author = rng.choice(tx.AUTHORS[2:])
        f = {**story.facts, "author": author, "author2": rng.choice(tx.AUTHORS[2:]), "year": "2026"}
        shown = author.upper() if rng.random() < 0.3 else author
        head = [f"By {shown}", agency] if rng.random() < 0.5 else [f"By {author}, {agency}"]
        if paras and rng.random() < 0.7:
            paras[0] = f"{story.facts['cityup']}, {story.facts['state']} {tag} — {paras[0]}"
        tail = [fill(c, f) for c in rng.sample(tx.CREDITS, rng.randint(1, 2))]
        return "\n".join([title, *head, *paras, *tail])

    def update(self, text: str, story: Story) -> str:
        rng = self.rng
        title, paras = self.split(text)
        if not paras:
            return text
        f = story.facts
        lead = paras[0]
        for key in ("n1", "n3", "big"):  # the lead's figures revised (a higher toll, more jobs, more sick)
            old = f[key]
            if old in lead:
                if key == "big":
                    new = f"{int(old.replace(',', '')) * rng.randint(13, 19) // 10 + 1:,}"
                else:
                    new = str(int(old) + rng.randint(2, 9))
                lead = re.sub(rf"(?<![\d,]){re.escape(old)}(?![\d,])", new, lead)
                title = re.sub(rf"(?<![\d,]){re.escape(old)}(?![\d,])", new, title)
        paras[0] = lead
        if len(paras) > 4 and rng.random() < 0.3:
            del paras[rng.randrange(2, len(paras))]
        new = [fill(p, f) for p in rng.sample(tx.UPDATE_PARAS, rng.randint(2, 4))]
        paras.insert(1, new[0])
        for p in new[1:]:
            paras.insert(rng.randint(2, len(paras)), p)
        when = f"{rng.randint(1, 11)}:{rng.randint(10, 59)} p.m."
        tag = fill(rng.choice(tx.UPDATE_TAGS), {"n": str(rng.randint(1, 4)), "what": rng.choice(tx.UPDATE_WHAT),
                                                "time": when})  # fmt: skip
        if tag.endswith("-") or tag.endswith(": "):
            title = tag + title
        elif rng.random() < 0.5:
            paras.insert(0, tag)
        else:
            paras.append(tag)
        return "\n".join([title, *paras])

    def correction(self, text: str, story: Story) -> str:
        rng = self.rng
        title, paras = self.split(text)
        body = [k for k, p in enumerate(paras) if k > 0 and re.search(r"\d", p)]
        what = rng.choice(tx.CORRECTION_WHAT)
        if body and rng.random() < 0.75:
            k = rng.choice(body)
            nums = list(re.finditer(r"\d[\d,]*", paras[k]))
            m = rng.choice(nums)
            val = int(m.group().replace(",", "")) or 1
            repl = str(val + rng.choice((-1, 1)) * max(1, val // rng.randint(4, 10)))
            paras[k] = paras[k][: m.start()] + repl + paras[k][m.end() :]
        else:
            last = story.facts["last"]
            k = next((i for i, p in enumerate(paras) if last in p), -1)
            if k >= 0:
                paras[k] = paras[k].replace(last, last[:-1] + ("e" if last[-1] != "e" else "a") + last[-1], 1)
        note = fill(rng.choice(tx.CORRECTIONS), {**story.facts, "what": what})
        (paras.append if rng.random() < 0.7 else lambda n: paras.insert(0, n))(note)
        return "\n".join([title, *paras])

    def brief(self, text: str, story: Story) -> str:
        rng = self.rng
        title, paras = self.split(text)
        keep = max(2, round(len(paras) * rng.uniform(0.35, 0.6)))
        outlet = fill(rng.choice(tx.OUTLETS)["name"], story.facts)
        tail = rng.choice((f"Read the full story at {outlet}.", f"Continue reading at {outlet}", "(Story continues)",
                           f"This is an excerpt. The full article is available on {outlet}'s website."))  # fmt: skip
        return "\n".join([title, *paras[:keep], tail])

    def style(self, text: str, story: Story) -> str:
        rng = self.rng
        del story
        if '"' in text and rng.random() < 0.7:
            n = 0

            def curly(m: re.Match[str]) -> str:
                nonlocal n
                n += 1
                return "\u201c" if n % 2 else "\u201d"

            text = re.sub('"', curly, text)
        if rng.random() < 0.6:
            text = re.sub(r"(\d)%", r"\1 percent", text)
        if rng.random() < 0.6:
            for full, abbr in tx.MONTH_ABBR.items():
                text = re.sub(rf"\b{full} (\d)", rf"{abbr} \1", text)
        if rng.random() < 0.5:
            text = text.replace(" — ", " -- ").replace("'s ", "\u2019s ")
        return text


# ---------------------------------------------------------------- copies


def copies(rng: random.Random, story: Story, ed: Editor) -> list[Copy]:
    """2-4 copies of a story, each from the original or an earlier copy."""
    made: list[Copy] = []
    original = Copy([], story.text())
    for _ in range(rng.randint(2, 4)):
        base = original if not made or rng.random() < 0.7 else rng.choice(made)
        n = rng.choices((1, 2, 3), weights=(50, 38, 12))[0]
        pool = [k for k in TEXT_KINDS if k not in base.kinds or k in ("update", "correction")]
        if base.page is None:
            pool += list(PAGE_KINDS)
        chosen = rng.sample(pool, min(n, len(pool)))
        text_edits = [k for k in TEXT_KINDS if k in chosen]  # in the order of TEXT_KINDS
        inner = base.inner
        for k in text_edits:
            inner = getattr(ed, k)(inner, story)
        page = base.page
        kinds = [*base.kinds, *[k for k in text_edits if k not in base.kinds]]
        if page is not None:
            page = Page(page.kind, page.outlet, page.scrape + 1)
            if "rescrape" not in kinds:
                kinds.append("rescrape")
        else:
            new_page = next((k for k in chosen if k in PAGE_KINDS), None)
            if new_page:
                page = Page(new_page, rng.randrange(len(tx.OUTLETS)), 0)
                kinds.append(new_page)
        night = base.night + (1 if any(k in LATE_KINDS for k in kinds if k not in base.kinds) else 0)
        made.append(Copy(kinds, inner, page, night))
    return made


# ---------------------------------------------------------------- hard negatives


def outlet_group(rng: random.Random, pages: Pages, key: str) -> list[str]:
    """3-4 short briefs of different stories in one outlet's chrome, scraped the same day."""
    out_i = rng.randrange(len(tx.OUTLETS))
    f0 = facts(rng)
    texts = []
    for j in range(rng.randint(3, 4)):
        s = make_story(rng)
        s.facts.update(city=f0["city"], state=f0["state"], cityup=f0["cityup"], citylow=f0["citylow"])
        s = make_story(rng, s.topic, s.facts)
        brief = "\n".join([s.title, *s.paras[: rng.randint(2, 4)]])
        texts.append(pages.render(brief, Page("chrome", out_i, 0), f0 | {"d": f0["d"]}, f"{key}/{j}"))
    return texts


def same_event(rng: random.Random) -> list[str]:
    """Two agencies' reports of one event: the same facts, one shared official quote, disjoint frames."""
    topic = rng.choice(list(tx.TOPICS))
    f = facts(rng)
    fr = tx.TOPICS[topic]
    shared = fill(rng.choice(tx.AGENCY_QUOTE), f)
    out = []
    body = list(range(len(fr["body"])))
    rng.shuffle(body)
    for side, (_agency, tag) in enumerate(rng.sample(tx.AGENCIES, 2)):
        frames = {"title": [side], "lead": [side], "body": body[side::2], "quote": [side], "background": [side]}
        s = make_story(rng, topic, f, frames)
        paras = [f"{f['cityup']}, {f['state']} {tag} — {s.paras[0]}", *s.paras[1:]]
        paras.insert(rng.randint(2, len(paras)), shared)
        out.append("\n".join([s.title, *paras]))
    return out


def followup(rng: random.Random) -> list[str]:
    """A story and its follow-up: the follow-up's own report, then 2-3 of the story's paragraphs verbatim (≤ 35 %)."""
    topic = rng.choice(list(tx.TOPICS))
    f = facts(rng)
    fr = tx.TOPICS[topic]
    body = list(range(len(fr["body"])))
    rng.shuffle(body)
    first = make_story(rng, topic, f, {"lead": [0], "body": body[:5], "title": [0]})
    f2 = {**f, "day": f["day2"], "day2": tx.DAYS[(tx.DAYS.index(f["day2"]) + 1) % 7],
          "n2": str(int(f["n2"]) + 3), "n4": str(int(f["n4"]) + 5), "pct": str(int(f["pct"]) + 4)}  # fmt: skip
    second = make_story(rng, topic, f2, {"lead": [1], "body": body[5:], "title": [1, 2]})
    own = "\n".join([second.title, *second.paras])
    carried: list[str] = []
    for p in first.paras[1:]:
        size = len("\n".join([*carried, p]))
        if size > 0.35 * (len(own) + size):
            break
        carried.append(p)
    if not carried:
        return [first.text(), own]
    return [first.text(), "\n".join([own, *carried])]


def earnings(rng: random.Random) -> list[str]:
    """3-4 automated earnings reports of one template: one company's quarters, or several companies' one quarter."""
    f = facts(rng)
    one_company = rng.random() < 0.5
    companies = [f["company"]] * 4 if one_company else rng.sample(tx.COMPANIES, 4)
    quarters = rng.sample(("first-quarter", "second-quarter", "third-quarter", "fourth-quarter"), 4)
    out = []
    for j in range(rng.randint(3, 4)):
        c = companies[j]
        tick = "".join(w[0] for w in c.split()).upper() + rng.choice("XYZQ")
        v = rng.randint(200, 900)
        vals = {**f, "company": c, "tick": tick, "q": quarters[j] if one_company else quarters[0],
                "a": str(rng.randint(2, 99)), "b": str(rng.randint(0, 9)), "e": str(rng.randint(2, 95)),
                "f": str(rng.randint(2, 95)), "beat": rng.choice(("beat", "missed", "topped", "fell short of")),
                "n": str(rng.randint(3, 9)), "g": str(rng.randint(2, 95)), "r": str(rng.randint(60, 400)),
                "s": str(rng.randint(0, 9)), "beat2": rng.choice(("beat", "missed", "topped")),
                "t": str(rng.randint(60, 400)), "u": str(rng.randint(0, 9)), "v": str(v),
                "w": str(v + rng.randint(10, 60)),
                "dir": rng.choice(("increased", "decreased", "climbed", "declined")), "p": str(rng.randint(2, 40)),
                "dir2": rng.choice(("increased", "decreased", "risen", "fallen")), "p2": str(rng.randint(2, 60)),
                "product": rng.choice(tx.PRODUCTS)}  # fmt: skip
        title = f"{c} {rng.choice(('Q', 'quarter '))}{j + 1 if one_company else 1} earnings snapshot"
        out.append("\n".join([title, *[fill(s, vals) for s in tx.EARNINGS]]))
    return out


def recap(rng: random.Random) -> list[str]:
    """3-4 game recaps of one template: other teams, players and scores."""
    out = []
    for _ in range(rng.randint(3, 4)):
        home, away, nxt, _ = rng.sample(tx.TEAMS, 4)
        hs = rng.randint(48, 90)
        (s1, _), (s2, _), (s3, _) = person(rng), person(rng), person(rng)
        vals = {"home": home, "away": away, "hs": str(hs), "as_": str(hs - rng.randint(1, 25)), "star": s1, "star2": s2,
                "rival": s3, "pts": str(rng.randint(14, 38)), "reb": str(rng.randint(4, 16)),
                "day": rng.choice(tx.DAYS),
                "w": str(rng.randint(2, 20)), "l": str(rng.randint(0, 12)), "lead": str(rng.randint(2, 19)),
                "pts2": str(rng.randint(8, 22)), "pct": str(rng.randint(35, 61)), "w2": str(rng.randint(0, 15)),
                "l2": str(rng.randint(2, 18)), "pts3": str(rng.randint(10, 30)), "next": nxt,
                "day2": rng.choice(tx.DAYS)}  # fmt: skip
        out.append("\n".join(fill(s, vals) for s in tx.RECAP))
    return out


# ---------------------------------------------------------------- the corpus


def build_nights(data: Path | None, seed: str, stories: int = 220) -> list[tuple[Doc, int]]:
    """The corpus for ``seed``, shuffled, each document with the night it arrives on (0-3, before ``--nights``
    folds it)."""
    del data
    rng = random.Random(f"{CORPUS}/{seed}")
    ed = Editor(rng)
    made = [make_story(rng) for _ in range(stories)]
    headlines = [s.title for s in made] + [make_story(rng).title for _ in range(40)]
    pages = Pages(rng, headlines)
    out: list[tuple[Doc, int]] = []

    def h(ident: str) -> str:
        return half(CORPUS, f"{seed}/{ident}")

    for s, story in enumerate(made):
        sid = f"s{s}"
        night0 = rng.randint(0, 2)
        out.append((Doc(story.text(), sid, h(sid), "original"), night0))
        for c in copies(rng, story, ed):
            text = pages.render(c.inner, c.page, story.facts, f"{seed}/{sid}/{c.page.outlet}") if c.page else c.inner
            night = night0 + c.night if c.night else rng.randint(0, 3)
            out.append((Doc(text, sid, h(sid), "+".join(c.kinds)), min(night, 3)))
    negs: list[tuple[str, int, Callable[[str], list[str]]]] = [
        ("outlet", max(2, stories // 20), lambda key: outlet_group(rng, pages, key)),
        ("same_event", max(2, stories // 22), lambda key: same_event(rng)),
        ("followup", max(2, stories // 22), lambda key: followup(rng)),
        ("earnings", max(2, stories // 24), lambda key: earnings(rng)),
        ("recap", max(2, stories // 30), lambda key: recap(rng)),
    ]  # fmt: skip
    for kind, count, make in negs:
        for g in range(count):
            gid = f"{kind}:{g}"
            texts = make(f"{seed}/{gid}")
            for j, text in enumerate(texts):
                night = j if kind == "followup" else rng.randint(0, 3)
                out.append((Doc(text, f"neg:{gid}:{j}", h(gid), "neg", gid), night))
    rng.shuffle(out)
    return out


def build(data: Path | None, seed: str, stories: int = 220) -> list[Doc]:
    """The corpus for ``seed``, shuffled (one run: nights ignored)."""
    return [d for d, _ in build_nights(data, seed, stories)]


def run_nights(docs: list[Doc], nights: list[int], count: int) -> tuple[list[str], float]:
    """The documents as ``count`` nightly batches against one SQLite state; each document's story at the end."""
    from cleaner.dedup import collapse
    from cleaner.document import Document
    from cleaner.state import export_state, open_state

    cpu = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "state.db"
        for n in range(count):
            batch = [Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs) if min(nights[i], count - 1) == n]
            t0 = time.process_time()
            with open_state(state) as index:
                collapse(batch, index=index)
                index.save()
            cpu += time.process_time() - t0
        story_of: dict[str, str] = {}
        for rec in export_state(state):
            for s in rec["sources"]:
                story_of[s["doc_id"]] = rec["id"]
    return [story_of.get(f"d{i}", f"lost{i}") for i in range(len(docs))], cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="dedupgen37-dev1")
    ap.add_argument("--seeds", default="", help="more seeds, comma-separated (fresh seeds: scores only)")
    ap.add_argument("--nights", type=int, default=0, help="also run as N nightly batches against one SQLite state")
    ap.add_argument("--misses", action="store_true", help="list the tune half's missed copies and wrong merges")
    ap.add_argument("--baseline", action="store_true", help="also score plain datasketch + jieba")
    ap.add_argument("--dump", default="", help="write the first seed's tune half as JSON lines (debugging)")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401

    for seed in [args.seed] + [s for s in args.seeds.split(",") if s]:
        with_nights = build_nights(Path(args.data), seed)
        docs = [d for d, _ in with_nights]
        if args.dump and seed == args.seed:
            with open(args.dump, "w", encoding="utf-8") as fh:
                for i, d in enumerate(docs):
                    if d.half == HALVES[0]:
                        fh.write(json.dumps({"i": i, "story": d.story, "kind": d.kind, "group": d.group,
                                             "night": with_nights[i][1], "text": d.text}) + "\n")  # fmt: skip
        pred, cpu = run(docs)
        report(f"{CORPUS} seed {seed}", docs, pred, cpu)
        if args.misses and seed == args.seed:
            misses(docs, pred)
        if args.nights:
            npred, ncpu = run_nights(docs, [n for _, n in with_nights], args.nights)
            report(f"{CORPUS} seed {seed} nightly x{args.nights}", docs, npred, ncpu)
            if args.misses and seed == args.seed:
                misses(docs, npred)
        if args.baseline:
            from bench_dedup import run_baseline

            bpred, bcpu, _ = run_baseline([d.text for d in docs])
            report(f"{CORPUS} seed {seed} datasketch+jieba", docs, bpred, bcpu)


if __name__ == "__main__":
    main()
