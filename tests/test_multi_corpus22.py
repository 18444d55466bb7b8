# ruff: noqa: E501  (markup and prose are long literal lines)
"""Multilingual article pages (``bench/multi_corpus22.py``, issue #12, round 22): golden tests on *tune* pages of its
dev seed ``web22-dev1`` (the generator's texts are its own, so the pages need no shared data), self-contained pages for
the pull-quote filter, and each rule of ``cleaner/rules/european.toml`` on the lines it is for and on prose it must
leave. Check pages are only scored (``python bench/multi_corpus22.py --score``); the fresh seeds of the round's report
are never tested on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.rules import default_rules
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))


@pytest.fixture(scope="module")
def dev_pages() -> dict[str, object]:
    import multi_corpus22

    return {p.id: p for p in multi_corpus22.build(Path("."), "web22-dev1")}


@pytest.mark.parametrize(
    "pid",
    [
        "web22-dev1-drupal-13",  # Czech comments under "Diskuse (3)" (eu-comments)
        "web22-dev1-portal-8",  # German paywall stub under the free part (eu-paywall)
        "web22-dev1-portal-17",  # Portuguese paywall stub (eu-paywall)
        "web22-dev1-press-11",  # Czech press release's contact line (eu-contact-line)
        "web22-dev1-portal-2",  # a pull quote repeating a body sentence; a byline with the reading time
    ],
)
def test_tune_page_passes_the_snippet_rule(dev_pages: dict[str, object], pid: str) -> None:
    from gen_score import judge
    from old_web_corpus import _norm

    page = dev_pages[pid]
    assert page.half == "tune"  # type: ignore[attr-defined]
    out = extract_html(page.html, url=f"http://www.example.com/{pid}.html").text  # type: ignore[attr-defined]
    r = judge(page, out, _norm)  # type: ignore[arg-type]
    assert r.ok, (r.leaked, r.missing)
    assert r.f1 > 0.99


_BODY = [
    "Der Gemeinderat hat am Dienstagabend mit knapper Mehrheit beschlossen, die Gebühren für die Kindertagesstätten im kommenden Jahr nicht zu erhöhen.",
    "Anwohner hatten sich in einer Bürgerversammlung über den Lärm und die fehlenden Umleitungen für Radfahrer beschwert.",
    "Der Oberbürgermeister räumte ein, dass die Kommunikation mit den Betroffenen in den vergangenen Monaten nicht gut gelaufen sei.",
]


def _story(quote: str, cls: str = "pull-quote") -> str:
    ps = [f"<p>{p}</p>" for p in _BODY]
    ps.insert(2, f'<blockquote class="{cls}"><p>{quote}</p></blockquote>')
    return f'<html lang="de"><head><title>Gebühren bleiben</title></head><body><article><h1>Gebühren bleiben</h1>{"".join(ps)}</article></body></html>'


def test_pull_quote_repeating_a_sentence_goes() -> None:
    quote = "«" + _BODY[1].split(" über")[0] + "»"  # «Anwohner hatten sich in einer Bürgerversammlung»
    text = extract_html(_story(quote)).text
    assert text.count("Anwohner hatten sich") == 1
    assert _BODY[0][:50] in text and _BODY[-1][-50:] in text
    assert quote not in text


@pytest.mark.parametrize("cls", ["pull-quote", "wp-block-pullquote", "quote"])
def test_quote_of_its_own_stays(cls: str) -> None:
    """A pull quote that is not a sentence of the story (its words are said nowhere else), and a plain quote box."""
    quote = "Wir werden die Familien in dieser schwierigen Zeit nicht allein lassen, das haben wir versprochen."
    assert quote in extract_html(_story(quote, cls)).text


def _drop_rules(line: str) -> list[str]:
    rules = default_rules()
    return [r.name for r in rules.of("drop_line") + rules.of("cut_tail") if r.applies(line) and r.regex.search(line)]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Diskuse (3)", "eu-comments"),
        ("Komentáře", "eu-comments"),
        ("12 Kommentarer", "eu-comments"),
        ("Yorumlar (4)", "eu-comments"),
        (
            "Sie haben das Ende des kostenlosen Teils erreicht. Lesen Sie jetzt weiter mit unserem Digital-Abo für nur 1 Euro im ersten Monat.",
            "eu-paywall",
        ),
        ("Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.", "eu-paywall"),
        ("Este artículo es exclusivo para suscriptores. Hazte suscriptor por 1 euro el primer mes.", "eu-paywall"),
        ("Dit artikel is alleen voor abonnees. Word abonnee voor 1 euro de eerste maand.", "eu-paywall"),
        ("Полный текст доступен только подписчикам.", "eu-paywall"),
        ("Von Anna Berger · Veröffentlicht am 22.09.2022 · Lesezeit: 6 Minuten", "eu-reading-time"),
        ("Temps de lecture : 4 min", "eu-reading-time"),
        ("Kontakt: Anna Berger, Tel. +49 30 123456, presse@example.org", "eu-contact-line"),
        ("Contatti: Giulia Conti, ufficio stampa, giulia.conti@example.it", "eu-contact-line"),
    ],
)
def test_european_rule_takes_its_line(line: str, rule: str) -> None:
    assert rule in _drop_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Zeitung hat im vergangenen Jahr mehr als zweitausend neue Abonnenten gewonnen, vor allem für das Digital-Abo.",
        "Die Diskuse um die neue Brücke dauert seit Jahren an, ohne dass eine Entscheidung gefallen wäre.",
        "La lecture de ce rapport prend du temps : quatre cents pages sur les transports de la région.",
        "Kontakt zu den Anwohnern habe die Stadt erst nach der Versammlung aufgenommen, sagte die Sprecherin.",
        "Kontakt:",
        "Die Lesezeit spielt für die Jury keine Rolle, sagte die Vorsitzende am Dienstag bei der Vorstellung der Liste.",
    ],
)
def test_european_rules_leave_prose(line: str) -> None:
    assert not [n for n in _drop_rules(line) if n.startswith("eu-")]
