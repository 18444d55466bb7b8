"""Pages in twelve more languages (``bench/multilang_corpus32.py``, issue #12, round 32): golden tests on *tune* pages
of its dev seed ``multilang32-dev1`` (prose from the machine's gettext catalogs: skipped where they are missing) and the
pieces they rest on, one test per family: a blog's comment section headed "64 yorum" / "Diskuse (135)" with reply
links in Czech, Swedish, Hungarian, Hebrew (``thread.COMMENT_HEADING``, ``thread.ACTIONS``), a paywall teaser set in
an element named ``paywall`` (``dom.WEAK_WORDS``), a rights notice at the end of a story in other languages
(``world.toml``'s ``world-rights``), a dateline whose author word follows the date ("27. 3. 2024 · Autor: X") or is
Turkish, Greek, Hungarian, Hebrew, Thai (``metadata._ML_BYLINE_CUE``). Check pages are only scored (``python
bench/multilang_corpus32.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.dom import Line
from cleaner.extraction.metadata import is_byline
from cleaner.extraction.thread import comment_heading, reply_action
from cleaner.rules import default_rules
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

_CATALOGS = all(Path(f"/usr/share/locale/{lang}/LC_MESSAGES").is_dir() for lang in ("tr", "cs", "hu", "he", "th"))


def _dev_page(pid: str) -> Any:
    """The page ``lang_kind_index`` of the dev seed (only its language's prose loaded). The prose filter reads
    jusText's stop lists, a dependency of the bench extra (trafilatura's): without it, skipped."""
    pytest.importorskip("justext")
    import multilang_corpus32 as gen

    seed = "multilang32-dev1"
    lang, kind, index = pid.split("_")
    return gen.build_page(lang, kind, int(index), gen.Text.load(lang, seed), seed)


@pytest.mark.skipif(not _CATALOGS, reason="needs the machine's gettext catalogs")
@pytest.mark.parametrize(
    "pid",
    [
        "tr_blog_0",  # a Turkish blog post and its comments under "N yorum": comments cut
        "cs_blog_0",  # Czech: "Diskuse (N)", "Odpovědět" links
        "tr_portal_0",  # a Naver-like body in <br> runs ending in "Tüm hakları saklıdır. …"
        "he_portal_0",  # Hebrew (rtl): "כל הזכויות שמורות. …"
        "hi_portal_0",  # Hindi: "सर्वाधिकार सुरक्षित। …"
        "hu_paywall_0",  # a paywall teaser below two visible paragraphs, under a consent dialog
        "th_paywall_0",  # Thai (no spaces between words, no sentence marks)
    ],
)
def test_tune_page_passes_the_snippet_rule(pid: str) -> None:
    import multilang_corpus32

    page = _dev_page(pid)
    assert page.id == f"multilang32-dev1-{pid}"
    assert page.half == "tune"
    out = extract_html(page.html, url=multilang_corpus32._url(page)).text
    r = multilang_corpus32.judge(page, out)
    assert not r.leaked and not r.missing, (r.leaked, r.missing)
    assert r.f1 > 0.9


def test_the_halves() -> None:
    """Per layout, half of the twelve languages are tune pages (every seed draws the same split)."""
    import multilang_corpus32 as gen

    for kind in gen.KINDS:
        assert sum(gen._HALF[(kind, lang)] == "tune" for lang in gen.LANGS) == 6


@pytest.mark.parametrize("text", ["Odpovědět", "Svara", "Válasz", "השב", "Reply"])
def test_reply_links_in_more_languages(text: str) -> None:
    assert reply_action(text)


@pytest.mark.parametrize(
    "text", ["64 yorum", "Diskuse (135)", "12 hozzászólás", "5 תגובות", "5 ความคิดเห็น", "Yorumlar (5)"]
)
def test_comment_headings_in_more_languages(text: str) -> None:
    assert comment_heading(text)


@pytest.mark.parametrize("text", ["Yorum yapmak için giriş yapın.", "Diskuse o rozpočtu pokračuje", "3个回答"])
def test_no_comment_heading(text: str) -> None:
    assert not comment_heading(text)


def _rights(line: str) -> bool:
    return any(r.name == "world-rights" and r.regex.search(line) for r in default_rules().of("drop_line"))


@pytest.mark.parametrize(
    "line",
    [
        "Tüm hakları saklıdır. İzinsiz kopyalanamaz ve yayınlanamaz.",
        "Copyright © 2024 Hürriyet. Tüm hakları saklıdır.",
        "© 2024 Verlag GmbH – Alle Rechte vorbehalten",
        "Všechna práva vyhrazena.",
        "Minden jog fenntartva. A tartalom engedély nélküli átvétele tilos.",
        "כל הזכויות שמורות. אין להעתיק ללא רשות.",
        "सर्वाधिकार सुरक्षित। बिना अनुमति के सामग्री का उपयोग वर्जित है।",
        "สงวนลิขสิทธิ์ ห้ามคัดลอกโดยไม่ได้รับอนุญาต",
        "جميع الحقوق محفوظة",
    ],
)
def test_rights_notices(line: str) -> None:
    assert _rights(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Frage, ob alle Rechte vorbehalten bleiben, ist offen.",
        "Der Verlag sagt, alle Rechte vorbehalten zu wollen.",
        "Bakanlık, tüm hakları saklıdır ibaresinin kaldırılmasını istedi ve yeni bir düzenleme hazırladı.",
    ],
)
def test_rights_phrase_inside_prose_is_kept(line: str) -> None:
    assert not _rights(line)


_STORY = (
    "<p>Hükümet yeni bütçe taslağını meclise sundu ve görüşmeler önümüzdeki hafta başlayacak.</p>"
    "<p>Taslakta eğitim ve sağlık harcamalarının artırılması öngörülüyor, muhalefet vergi düzenlemesini eleştirdi.</p>"
    "<p>Ekonomistler, bütçe açığının gelecek yıl da yüksek kalacağını tahmin ediyor ve önlem çağrısı yapıyor.</p>"
)


def test_a_paywall_teaser_below_the_story_is_cut() -> None:
    pitch = "Bu içeriğin devamı yalnızca abonelerimize açıktır. Hemen abone olun, tüm haberleri sınırsız okuyun."
    html = (
        "<html><body><div class='wrap'><h1>Bütçe meclise sunuldu</h1>"
        f"<div class='article-content'>{_STORY}</div><div class='paywall'><p>{pitch}</p>"
        "<a class='btn' href='/abone'>Abone ol</a></div></div></body></html>"
    )
    out = extract_html(html).text
    assert "Ekonomistler" in out and "abonelerimize" not in out


def test_a_story_in_an_element_named_paywall_content_is_kept() -> None:
    html = f"<html><body><h1>Bütçe meclise sunuldu</h1><div class='paywall-content'>{_STORY}</div></body></html>"
    out = extract_html(html).text
    assert "Hükümet" in out and "Ekonomistler" in out


def _line(text: str) -> Line:
    return Line(text, len(text.replace(" ", "")), 0, 0, 0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "27. 3. 2024 12:56:00 · Autor: Tomáš Dvořák",
        "9 May 2024 18:34:00 · Muhabir: Ayşe Yılmaz",
        "Muhabir: Ayşe Yılmaz · 9 May 2024",
        "13 Ιουν 2024, 5:12:00 π.μ. · Γράφει: Γιώργος Παπαδόπουλος",
        "Autor: Tomáš Dvořák · 27. 3. 2024 12:56:00",
    ],
)
def test_bylines_with_the_author_word_after_the_date(text: str) -> None:
    assert is_byline(_line(text))


@pytest.mark.parametrize(
    "text", ["Muhabir ve yazar 12 Mayıs 2024 tarihinde İstanbul'da bir konferansa katıldı.", "Γράφει 2024"]
)
def test_dated_sentences_with_an_author_word_are_no_bylines(text: str) -> None:
    assert not is_byline(_line(text))
