"""Pages in languages other than Chinese and English (bench/lang_corpus.py, issue #12): the chrome of a German,
French, Polish or Russian portal goes, the article stays, and articles in scripts without spaces or CJK characters
(Thai, Arabic, Greek, Hebrew) are not thresholded away. The article texts are the test author's own sentences."""

from __future__ import annotations

import pytest

from cleaner.extraction import extract_html

DE = [
    "Die Stadtverwaltung hat am Dienstag einen neuen Plan für den Ausbau der Radwege vorgestellt, der in den "
    "kommenden fünf Jahren umgesetzt werden soll.",
    "Nach Angaben der Verkehrsdezernentin sollen insgesamt vierzig Kilometer neue Wege entstehen, vor allem entlang "
    "der großen Ausfallstraßen und in der Nähe von Schulen.",
    "Kritik kam von den Anwohnern der Innenstadt, die den Wegfall zahlreicher Parkplätze befürchten und eine "
    "frühere Beteiligung an der Planung gefordert hatten.",
]
FR = [
    "Le conseil municipal a adopté mardi soir un nouveau plan de circulation qui doit entrer en vigueur au début "
    "du mois de septembre.",
    "Selon le maire, ce projet permettra de réduire le trafic dans le centre historique et d'améliorer la qualité "
    "de l'air pour les habitants du quartier.",
    "Les commerçants restent toutefois inquiets et demandent que des places de livraison soient maintenues devant "
    "leurs boutiques pendant la journée.",
]


def _page(lang: str, paras: list[str], before: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<html lang="{lang}"><head><title>Titel</title></head><body><div class="wrap"><div class="main">{before}'
        f'<div class="story"><h1>Titel der Geschichte</h1>{body}</div>{after}</div></div></body></html>'
    )


def _comments(heading: str, texts: list[str], reply: str, report: str) -> str:
    items = "".join(
        f'<li class="c-item"><div class="c-head"><a href="/u/{i}">user{i}</a> <span>12:0{i}</span></div>'
        f'<div class="c-body"><p>{t}</p></div><div class="c-act"><a href="#r">{reply}</a> <a href="#x">{report}</a>'
        f"</div></li>"
        for i, t in enumerate(texts)
    )
    return f'<section class="c-area"><h3>{heading}</h3><ul class="c-list">{items}</ul></section>'


def test_comment_count_heading_cuts_the_comments_in_any_language() -> None:
    """ "4 Kommentare" over comments in prose: the comments go, though the article above them is prose too."""
    said = [
        "Das ist doch seit Jahren bekannt, und trotzdem hat die Stadt bisher nichts unternommen.",
        "Ich fahre jeden Tag mit dem Rad zur Arbeit und freue mich sehr über diese Nachricht.",
        "Wer bezahlt das eigentlich alles, wenn die Kassen der Gemeinde ohnehin leer sind?",
        "Endlich passiert etwas, auch wenn es viel zu spät kommt für unsere Kinder.",
    ]
    text = extract_html(_page("de", DE, after=_comments("4 Kommentare", said, "Antworten", "Melden"))).text
    assert DE[0][:60] in text and DE[-1][:60] in text
    assert not any(s[:40] in text for s in said)


@pytest.mark.parametrize(
    ("lang", "paras", "heading"),
    [("de", DE, "Mehr zum Thema"), ("fr", FR, "À lire aussi"), ("fr", FR, "Articles similaires")],
)
def test_related_heading_goes_with_its_list(lang: str, paras: list[str], heading: str) -> None:
    links = "".join(f'<li><a href="/a/{i}">Eine andere Geschichte über Nummer {i}</a></li>' for i in range(5))
    text = extract_html(_page(lang, paras, after=f"<div><h3>{heading}</h3><ul>{links}</ul></div>")).text
    assert paras[-1][:60] in text
    assert heading not in text and "Nummer 3" not in text


def test_newsletter_box_with_an_email_field_goes() -> None:
    """The pitch is prose in any language; the e-mail field says what the box is."""
    box = (
        '<div class="nl"><h3>Unser Newsletter</h3><p>Erhalten Sie jeden Morgen die wichtigsten Nachrichten des Tages '
        "direkt in Ihr Postfach, abbestellen können Sie jederzeit.</p>"
        '<form><input type="email" placeholder="E-Mail">'
        "<button>Abonnieren</button></form></div>"
    )
    text = extract_html(_page("de", DE, after=box)).text
    assert DE[-1][:60] in text
    assert "Unser Newsletter" not in text and "Erhalten Sie jeden Morgen" not in text


def test_cookie_notice_goes_in_other_languages() -> None:
    notice = (
        '<div class="c1"><p>Nous utilisons des cookies pour mesurer l\'audience de notre site. En cliquant sur '
        "« Accepter », vous consentez à leur utilisation.</p><button>Accepter</button></div>"
    )
    text = extract_html(_page("fr", FR, before=notice)).text
    assert FR[0][:60] in text and "cookies" not in text


def test_share_and_most_read_labels_go() -> None:
    after = "<div><span>Teilen</span></div><div><h4>Meistgelesen</h4></div>"
    text = extract_html(_page("de", DE, after=after)).text
    assert DE[-1][:60] in text
    assert "Teilen" not in text.splitlines() and "Meistgelesen" not in text


def test_article_cut_at_a_related_heading_stays_when_it_heads_prose() -> None:
    """A tail heading between paragraphs of prose without a count ("Kommentare") is held by the run-of-prose
    guard: only the line goes (a subheading of the article)."""
    paras = [*DE[:2], "Kommentare", DE[2], DE[0].replace("Dienstag", "Mittwoch"), DE[1].replace("vierzig", "fünfzig")]
    text = extract_html(_page("de", paras)).text
    assert DE[2][:60] in text and "fünfzig" in text


@pytest.mark.parametrize(
    ("lang", "paras"),
    [
        (
            "th",
            [
                "กรุงเทพมหานครประกาศแผนพัฒนาทางจักรยานใหม่ในวันอังคาร โดยจะเริ่มก่อสร้างในปีหน้าและใช้เวลาประมาณห้าปี",
                "เจ้าหน้าที่กล่าวว่าเส้นทางใหม่จะเชื่อมต่อโรงเรียนและสถานีรถไฟฟ้าหลายแห่งเพื่อลดปริมาณรถยนต์ในเมือง",
                "ชาวบ้านบางส่วนกังวลเรื่องที่จอดรถที่จะหายไป และขอให้มีการรับฟังความคิดเห็นก่อนเริ่มโครงการ",
            ],
        ),
        (
            "ar",
            [
                "أعلنت البلدية يوم الثلاثاء عن خطة جديدة لتوسيع مسارات الدراجات في المدينة خلال السنوات الخمس المقبلة.",
                "وقال المسؤولون إن المسارات الجديدة ستربط المدارس ومحطات القطار، مما يقلل عدد السيارات في وسط المدينة.",
                "وأبدى بعض السكان قلقهم من فقدان أماكن وقوف السيارات، وطالبوا بمشاورات قبل بدء الأعمال.",
            ],
        ),
        (
            "el",
            [
                "Ο δήμος ανακοίνωσε την Τρίτη ένα νέο σχέδιο για την επέκταση των ποδηλατοδρόμων τα επόμενα χρόνια.",
                "Σύμφωνα με τους αρμόδιους, οι νέοι δρόμοι θα συνδέουν σχολεία και σταθμούς του μετρό με το κέντρο.",
                "Ορισμένοι κάτοικοι εξέφρασαν ανησυχία για τις θέσεις στάθμευσης που θα χαθούν στην περιοχή τους.",
            ],
        ),
    ],
)
def test_scripts_without_spaces_or_cjk_are_not_thresholded_away(lang: str, paras: list[str]) -> None:
    nav = "".join(f'<li><a href="/{i}">x{i}</a></li>' for i in range(8))
    text = extract_html(_page(lang, paras, before=f"<ul>{nav}</ul>")).text
    assert all(p[:40] in text for p in paras)


RU = [
    "Городские власти во вторник представили новый план строительства велосипедных дорожек на ближайшие пять лет.",
    "По словам чиновников, новые дорожки соединят школы и станции метро с центром города и уменьшат число машин.",
    "Часть жителей опасается, что исчезнут парковочные места, и требует провести общественные слушания.",
]
TH = [
    "กรุงเทพมหานครประกาศแผนพัฒนาทางจักรยานใหม่ในวันอังคาร โดยจะเริ่มก่อสร้างในปีหน้าและใช้เวลาประมาณห้าปี เจ้าหน้าที่คาดว่าจะมีผู้ใช้เพิ่มขึ้นมาก",
    "เจ้าหน้าที่กล่าวว่าเส้นทางใหม่จะเชื่อมต่อโรงเรียนและสถานีรถไฟฟ้าหลายแห่งเพื่อลดปริมาณรถยนต์ในเมือง และจะมีการติดตั้งไฟส่องสว่างตลอดเส้นทาง",
    "ชาวบ้านบางส่วนกังวลเรื่องที่จอดรถที่จะหายไป และขอให้มีการรับฟังความคิดเห็นก่อนเริ่มโครงการ ซึ่งทางเขตรับปากว่าจะจัดประชุมในเดือนหน้า",
]


@pytest.mark.parametrize(
    ("lang", "paras", "heading", "said", "reply"),
    [
        (
            "ru",
            RU,
            "4 комментария",
            [
                "Давно пора было это сделать, каждый день езжу на работу на велосипеде.",
                "А кто за всё это заплатит, если в бюджете города и так нет денег?",
                "Хорошая новость, но парковок в нашем районе и так не хватает.",
                "Надеюсь, что на этот раз всё действительно построят вовремя.",
            ],
            "Ответить",
        ),
        (
            "th",
            TH,
            "4 ความคิดเห็น",
            [
                "ดีมากครับ ผมปั่นจักรยานไปทำงานทุกวันและรอเส้นทางแบบนี้มานานแล้ว หวังว่าจะเสร็จตามกำหนด",
                "ใครจะเป็นคนจ่ายค่าก่อสร้างทั้งหมดนี้ ในเมื่องบประมาณของเมืองก็มีจำกัดอยู่แล้ว",
                "ที่จอดรถแถวบ้านผมก็ไม่พออยู่แล้ว ถ้าหายไปอีกคงลำบากมากสำหรับคนในชุมชน",
                "ขอให้ทำให้เสร็จจริง ๆ สักที ไม่ใช่ประกาศแล้วก็เงียบหายไปเหมือนครั้งก่อน ๆ",
            ],
            "ตอบกลับ",
        ),
    ],
)
def test_comment_count_heading_over_cyrillic_and_thai_prose(
    lang: str, paras: list[str], heading: str, said: list[str], reply: str
) -> None:
    """The body must count as started (a Cyrillic full stop ends a sentence; a long Thai line is a paragraph though
    Thai marks no sentence end) for the comment heading to cut."""
    text = extract_html(_page(lang, paras, after=_comments(heading, said, reply, "x"))).text
    assert paras[0][:40] in text and paras[-1][:40] in text
    assert not any(s[:30] in text for s in said)


def test_next_article_label_cuts_the_next_story() -> None:
    """ "Nächster Artikel" over another story's title, byline and paragraphs (an infinite-scroll page)."""
    other = [p.replace("Stadt", "Gemeinde").replace("Radwege", "Buslinien") for p in DE]
    nxt = (
        '<div class="nx"><div>Nächster Artikel</div><h2><a href="/n/2">Neue Buslinien für die Gemeinde</a></h2>'
        f"<div>Von Anna Schmidt · 3. Mai 2024</div>{''.join(f'<p>{p}</p>' for p in other)}</div>"
    )
    text = extract_html(_page("de", DE, after=nxt)).text
    assert DE[-1][:60] in text
    assert "Buslinien" not in text


@pytest.mark.parametrize(
    "byline",
    [
        "Von Anna Schmidt 11. Juli 2023 Aktualisiert am 25. April 2024",
        "Por Carlos Ruiz 3 de mayo de 2024",
        "Автор: Ольга Иванова 11 июля 2023 г.",
        "11. Juli 2023",
    ],
)
def test_byline_with_a_month_name_in_another_language_goes(byline: str) -> None:
    html = _page("de", DE).replace("</h1>", f"</h1><div class='m'>{byline}</div>")
    text = extract_html(html).text
    assert DE[0][:60] in text and byline not in text


def test_sentence_with_a_date_is_no_byline() -> None:
    """A first paragraph that opens with a date is the article's text, not its dateline."""
    lead = "Am 3. Mai 2024 kam es auf der Autobahn bei Köln zu einem Unfall mit vier Fahrzeugen"
    text = extract_html(_page("de", [lead, *DE])).text
    assert lead in text


# --- blog and news shapes (bench/multilang_corpus.py, branch xen14) ------------------------------------------------

ES_POST = (
    "Este fin de semana fuimos a recorrer la sierra con la familia y aprovechamos para probar la nueva ruta que "
    "abrieron junto al río, que atraviesa un bosque de pinos y termina en un mirador con vistas al valle."
)
ES_COMMENTS = [
    "Qué buena pinta tiene esa ruta, la apunto para el verano que viene cuando bajen un poco las temperaturas.",
    "Nosotros la hicimos en primavera y el río llevaba muchísima agua, fue una experiencia preciosa para los niños.",
    "Gracias por compartirlo, no sabía que ya estaba abierta al público y pensaba que seguían las obras.",
]


def _wordpress(post: str, comments: list[str], reply: str) -> str:
    items = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">user{i}</b>'
        f' <span class="says">dice:</span></footer><div class="comment-content"><p>{c}</p></div>'
        f'<div class="reply"><a class="comment-reply-link" href="#r">{reply}</a></div></article></li>'
        for i, c in enumerate(comments)
    )
    return (
        '<html lang="es"><head><title>Una ruta por la sierra – Mi blog</title></head><body><div id="page">'
        '<header class="site-header"><p class="site-title"><a href="/">Mi blog</a></p></header><main id="main">'
        '<article class="post"><header class="entry-header"><h1 class="entry-title">Una ruta por la sierra</h1>'
        '<div class="entry-meta">Publicado el 3 de mayo de 2024 por Lucía</div></header>'
        f'<div class="entry-content"><p>{post}</p></div></article><div id="comments" class="comments-area">'
        '<h2 class="comments-title">3 comentarios en «Una ruta por la sierra»</h2>'
        f'<ol class="comment-list">{items}</ol>'
        '<div id="respond"><h3>Deja una respuesta</h3><form><textarea></textarea><input type="submit" value="Publicar">'
        "</form></div></div></main></div></body></html>"
    )


@pytest.mark.parametrize("reply", ["Responder", "Ответить", "Odpowiedz"])
def test_a_one_paragraph_blog_post_keeps_its_comments_out(reply: str) -> None:
    # below a post of one paragraph under its byline, the comment list is the post's comments, not a thread's replies
    text = extract_html(_wordpress(ES_POST, ES_COMMENTS, reply)).text
    assert ES_POST in text
    assert not any(c[:40] in text for c in ES_COMMENTS)
    assert "comentarios en" not in text and "Deja una respuesta" not in text


def test_a_short_blogger_post_under_its_linked_title_stays() -> None:
    # Blogger links the post's title to the post itself: the one paragraph under it is no teaser, and the comments
    # under it (no reply links, a dated footer each) go with their "2 Kommentare:" heading
    post = (
        "Heute habe ich endlich den alten Schrank im Keller abgeschliffen und neu gestrichen, und das Ergebnis kann "
        "sich wirklich sehen lassen."
    )
    said = [
        "Sieht toll aus, welche Farbe hast du denn am Ende genommen?",
        "Schöne Arbeit, ich habe noch so einen alten Schrank auf dem Dachboden stehen.",
    ]
    items = "".join(
        f'<dt class="comment-author">leser{i} hat gesagt…</dt><dd class="comment-body"><p>{s}</p></dd>'
        f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c{i}">4. Mai 2024 um 10:1{i}</a>'
        "</span></dd>"
        for i, s in enumerate(said)
    )
    html = (
        "<html><head><title>Der alte Schrank – Basteln, Bauen</title></head><body>"
        '<div class="header"><h1 class="title"><a href="/">Mein Werkstattblog</a></h1></div>'
        '<div class="date-outer"><h2 class="date-header"><span>Samstag, 4. Mai 2024</span></h2><div class="post-outer">'
        '<div class="post hentry"><h3 class="post-title entry-title"><a href="/2024/05/schrank.html">'
        f'Der alte Schrank – Basteln, Bauen</a></h3><div class="post-body entry-content">{post}</div>'
        '<div class="post-footer">'
        '<span class="post-author">Eingestellt von Jonas um 09:12</span></div></div>'
        f'<div class="comments" id="comments"><h4>2 Kommentare:</h4><dl>{items}</dl>'
        '<p class="comment-footer"><a href="/c">Kommentar veröffentlichen</a></p></div></div></div>'
        '<div class="feed-links">Abonnieren <a href="/feeds/comments">Kommentare zum Post (Atom)</a></div>'
        "</body></html>"
    )
    text = extract_html(html).text
    assert post in text
    assert not any(s[:30] in text for s in said)


def test_a_standfirst_above_the_byline_is_kept() -> None:
    lead = "Der Stadtrat hat den Haushalt für das kommende Jahr mit knapper Mehrheit beschlossen."
    html = (
        "<html><head><title>Haushalt beschlossen</title></head><body><main><article><header>"
        f'<h1>Haushalt beschlossen</h1><p class="lead">{lead}</p><div class="meta">Von <a href="/a">Anna Schmidt</a> '
        "<time>3. Mai 2024</time> <span>Lesezeit: 4 Min</span> <span>Aktualisiert am 4. Mai 2024</span></div>"
        "</header><figure><img src='a.jpg'><figcaption>Das Rathaus. Foto: dpa</figcaption></figure>"
        f'<div class="text">{"".join(f"<p>{p}</p>" for p in DE)}</div></article></main></body></html>'
    )
    text = extract_html(html).text
    assert text.startswith(lead)
    assert all(p in text for p in DE)
    assert "Anna Schmidt" not in text
