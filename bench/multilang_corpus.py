"""Generated news and blog pages in European languages and Japanese, with the *structure* real portals and blogs have.

    python bench/multilang_corpus.py --score                  # cleaner and trafilatura, tune and check, per layout / language
    python bench/multilang_corpus.py --score --cleaner-only   # cleaner alone (quick)
    python bench/multilang_corpus.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/multilang_corpus.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/multilang_corpus.py --seed S --score         # fresh pages of the same layouts (halves still apply)

Issue #12 (generalization, branch xen14). ``bench/lang_corpus.py`` puts one article shape (a title, a byline, a
body of plain paragraphs) in one portal frame per language, and cleaner scores 0.98 on it, while on the hidden
multilingual evaluation (mostly German news and blogs, also French, Spanish, Italian, Portuguese, Russian, Polish,
Dutch, Japanese...) it trails trafilatura. This generator varies the *shape* instead, written before any tuning:

- ``news``: a kicker, a lead (standfirst) paragraph above the body (gold), a meta line with reading time, an
  "listen to this article" and a "save" button, a figure with a caption and a photo credit, the body split into
  two or three sibling blocks by an advertisement label, an inline "read also" box with two linked titles, a
  figure; subheadings and sometimes a list in the body (gold), then an author box with a short bio, sometimes a
  paywall notice, tags, a related list and a footer;
- ``blog_wp``: a WordPress blog in the language (its default theme's localized strings: "Veröffentlicht am … von
  …", "3 Gedanken zu „…“", "… sagt:", "Schreibe einen Kommentar", the e-mail notice, post navigation, the recent
  posts / recent comments / archives widgets), a post of one to six paragraphs and zero to nine comments of prose;
- ``blogspot``: a Blogger blog in the language ("Eingestellt von … um …", "4 Kommentare:", "… hat gesagt…",
  "Kommentar veröffentlichen", "Neuerer Post / Älterer Post / Startseite", "Abonnieren: Kommentare zum Post
  (Atom)", the blog archive and "about me" widgets), the post as ``<br>``-separated text, prose comments;
- ``short_news``: a one- or two-paragraph news item on a page whose teaser grid (headline + one prose sentence
  each) and most-read list hold more text than the article.

Body prose and headlines are :class:`lang_corpus.Text` (translated manual pages / gettext messages of the machine,
read at run time); the chrome labels are the author's own words or the software's localized strings as the
author remembers them. Gold: the lead, the body paragraphs, subheadings and list items (no title, byline, caption
or chrome). Score as ``lang_corpus``: token F1, the snippet rule (first and last body sentence must appear, no
must-not snippet may), leak rate, empty outputs. A page's half is :func:`bench.halves.half` of
``multilang/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

# ruff: noqa: E501  (labels and markup are long literal lines)
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_score import GenPage
from lang_corpus import L, Text, _date, cli

SET = "multilang"
LAYOUTS = ("news", "blog_wp", "blogspot", "short_news")
LANGS = ("de", "fr", "es", "it", "pt", "ru", "pl", "nl", "ja")
PAGES_PER_LAYOUT = 6
"""Pages of each layout per language (24 a language)."""

M: dict[str, dict[str, str]] = {
    "de": {
        "ad": "Anzeige",
        "photo": "Foto: {a}",
        "reading": "Lesezeit: {n} Min.",
        "listen": "Artikel anhören",
        "save": "Merken",
        "paywall": "Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt weiterlesen für 0,99 € im ersten Monat.",
        "about": "Über die Autorin",
        "bio": "{name} ist Redakteurin im Ressort {sec} und berichtet seit 2016 für unsere Zeitung.",
        "posted": "Veröffentlicht am {d} von {a}",
        "posted_in": "Veröffentlicht in",
        "thoughts": "{n} Gedanken zu „{t}“",
        "says": "sagt:",
        "at": "um",
        "leave": "Schreibe einen Kommentar",
        "email_note": "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "submit": "Kommentar abschicken",
        "prev": "Vorheriger Beitrag",
        "next": "Nächster Beitrag",
        "postnav": "Beitragsnavigation",
        "recent": "Neueste Beiträge",
        "recent_c": "Neueste Kommentare",
        "archives": "Archive",
        "on": "{u} bei {t}",
        "bs_posted": "Eingestellt von {a} um {t}",
        "bs_count": "{n} Kommentare:",
        "bs_said": "hat gesagt…",
        "bs_post": "Kommentar veröffentlichen",
        "bs_pager": "Neuerer Post|Älterer Post|Startseite",
        "bs_feed": "Abonnieren Kommentare zum Post (Atom)",
        "bs_archive": "Blog-Archiv",
        "bs_me": "Über mich",
        "bs_profile": "Mein Profil vollständig anzeigen",
        "labels": "Labels:",
        "powered": "Bereitgestellt von Blogger.",
        "wp_powered": "Stolz präsentiert von WordPress",
        "more_news": "Weitere Nachrichten",
    },
    "fr": {
        "ad": "Publicité",
        "photo": "Photo : {a}",
        "reading": "Temps de lecture : {n} min",
        "listen": "Écouter cet article",
        "save": "Sauvegarder",
        "paywall": "Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite à partir de 1 € le premier mois.",
        "about": "À propos de l'auteur",
        "bio": "{name} est journaliste au service {sec} et collabore avec notre rédaction depuis 2016.",
        "posted": "Publié le {d} par {a}",
        "posted_in": "Publié dans",
        "thoughts": "{n} réflexions sur « {t} »",
        "says": "dit :",
        "at": "à",
        "leave": "Laisser un commentaire",
        "email_note": "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "submit": "Publier le commentaire",
        "prev": "Article précédent",
        "next": "Article suivant",
        "postnav": "Navigation de l'article",
        "recent": "Articles récents",
        "recent_c": "Commentaires récents",
        "archives": "Archives",
        "on": "{u} dans {t}",
        "bs_posted": "Publié par {a} à {t}",
        "bs_count": "{n} commentaires:",
        "bs_said": "a dit…",
        "bs_post": "Enregistrer un commentaire",
        "bs_pager": "Article plus récent|Article plus ancien|Accueil",
        "bs_feed": "Inscription à : Publier les commentaires (Atom)",
        "bs_archive": "Archives du blog",
        "bs_me": "Qui êtes-vous ?",
        "bs_profile": "Afficher mon profil complet",
        "labels": "Libellés :",
        "powered": "Fourni par Blogger.",
        "wp_powered": "Fièrement propulsé par WordPress",
        "more_news": "Plus d'actualités",
    },
    "es": {
        "ad": "Publicidad",
        "photo": "Foto: {a}",
        "reading": "Tiempo de lectura: {n} min",
        "listen": "Escuchar este artículo",
        "save": "Guardar",
        "paywall": "Este contenido es exclusivo para suscriptores. Suscríbete para seguir leyendo desde 1 € el primer mes.",
        "about": "Sobre la autora",
        "bio": "{name} es redactora de la sección de {sec} y escribe en este periódico desde 2016.",
        "posted": "Publicado el {d} por {a}",
        "posted_in": "Publicado en",
        "thoughts": "{n} comentarios en «{t}»",
        "says": "dice:",
        "at": "a las",
        "leave": "Deja una respuesta",
        "email_note": "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
        "submit": "Publicar el comentario",
        "prev": "Entrada anterior",
        "next": "Entrada siguiente",
        "postnav": "Navegación de entradas",
        "recent": "Entradas recientes",
        "recent_c": "Comentarios recientes",
        "archives": "Archivos",
        "on": "{u} en {t}",
        "bs_posted": "Publicado por {a} en {t}",
        "bs_count": "{n} comentarios:",
        "bs_said": "dijo...",
        "bs_post": "Publicar un comentario",
        "bs_pager": "Entrada más reciente|Entrada antigua|Página Principal",
        "bs_feed": "Suscribirse a: Enviar comentarios (Atom)",
        "bs_archive": "Archivo del blog",
        "bs_me": "Datos personales",
        "bs_profile": "Ver todo mi perfil",
        "labels": "Etiquetas:",
        "powered": "Con la tecnología de Blogger.",
        "wp_powered": "Funciona gracias a WordPress",
        "more_news": "Más noticias",
    },
    "it": {
        "ad": "Pubblicità",
        "photo": "Foto: {a}",
        "reading": "Tempo di lettura: {n} minuti",
        "listen": "Ascolta l'articolo",
        "save": "Salva",
        "paywall": "Questo articolo è riservato agli abbonati. Abbonati per continuare a leggere a 1 € al mese.",
        "about": "L'autrice",
        "bio": "{name} è giornalista della redazione {sec} e scrive per il nostro quotidiano dal 2016.",
        "posted": "Pubblicato il {d} da {a}",
        "posted_in": "Pubblicato in",
        "thoughts": "{n} commenti su “{t}”",
        "says": "ha detto:",
        "at": "alle",
        "leave": "Lascia un commento",
        "email_note": "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
        "submit": "Invia commento",
        "prev": "Articolo precedente",
        "next": "Articolo successivo",
        "postnav": "Navigazione articoli",
        "recent": "Articoli recenti",
        "recent_c": "Commenti recenti",
        "archives": "Archivi",
        "on": "{u} su {t}",
        "bs_posted": "Pubblicato da {a} alle {t}",
        "bs_count": "{n} commenti:",
        "bs_said": "ha detto...",
        "bs_post": "Posta un commento",
        "bs_pager": "Post più recente|Post più vecchio|Home page",
        "bs_feed": "Iscriviti a: Commenti sul post (Atom)",
        "bs_archive": "Archivio blog",
        "bs_me": "Informazioni personali",
        "bs_profile": "Visualizza il mio profilo completo",
        "labels": "Etichette:",
        "powered": "Powered by Blogger.",
        "wp_powered": "Proudly powered by WordPress",
        "more_news": "Altre notizie",
    },
    "pt": {
        "ad": "Publicidade",
        "photo": "Foto: {a}",
        "reading": "Tempo de leitura: {n} min",
        "listen": "Ouvir este artigo",
        "save": "Guardar",
        "paywall": "Este conteúdo é exclusivo para assinantes. Assine para continuar lendo por R$ 1,90 no primeiro mês.",
        "about": "Sobre a autora",
        "bio": "{name} é jornalista da editoria de {sec} e escreve para o jornal desde 2016.",
        "posted": "Publicado em {d} por {a}",
        "posted_in": "Publicado em",
        "thoughts": "{n} comentários em “{t}”",
        "says": "disse:",
        "at": "às",
        "leave": "Deixe um comentário",
        "email_note": "O seu endereço de email não será publicado. Campos obrigatórios são marcados com *",
        "submit": "Publicar comentário",
        "prev": "Post anterior",
        "next": "Próximo post",
        "postnav": "Navegação de Post",
        "recent": "Posts recentes",
        "recent_c": "Comentários",
        "archives": "Arquivos",
        "on": "{u} em {t}",
        "bs_posted": "Postado por {a} às {t}",
        "bs_count": "{n} comentários:",
        "bs_said": "disse...",
        "bs_post": "Postar um comentário",
        "bs_pager": "Postagem mais recente|Postagem mais antiga|Página inicial",
        "bs_feed": "Assinar: Postar comentários (Atom)",
        "bs_archive": "Arquivo do blog",
        "bs_me": "Quem sou eu",
        "bs_profile": "Ver meu perfil completo",
        "labels": "Marcadores:",
        "powered": "Tecnologia do Blogger.",
        "wp_powered": "Orgulhosamente mantido com WordPress",
        "more_news": "Mais notícias",
    },
    "ru": {
        "ad": "Реклама",
        "photo": "Фото: {a}",
        "reading": "Время чтения: {n} мин",
        "listen": "Прослушать статью",
        "save": "В закладки",
        "paywall": "Этот материал доступен только подписчикам. Оформите подписку, чтобы дочитать статью.",
        "about": "Об авторе",
        "bio": "{name} — корреспондент отдела «{sec}», работает в редакции с 2016 года.",
        "posted": "Опубликовано {d} автором {a}",
        "posted_in": "Рубрика:",
        "thoughts": "{n} комментариев к «{t}»",
        "says": "говорит:",
        "at": "в",
        "leave": "Добавить комментарий",
        "email_note": "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
        "submit": "Отправить комментарий",
        "prev": "Предыдущая запись",
        "next": "Следующая запись",
        "postnav": "Навигация по записям",
        "recent": "Свежие записи",
        "recent_c": "Свежие комментарии",
        "archives": "Архивы",
        "on": "{u} к записи {t}",
        "bs_posted": "Автор: {a} на {t}",
        "bs_count": "{n} комментариев:",
        "bs_said": "сказал(а)...",
        "bs_post": "Отправить комментарий",
        "bs_pager": "Следующее|Предыдущее|Главная страница",
        "bs_feed": "Подписаться на: Комментарии к сообщению (Atom)",
        "bs_archive": "Архив блога",
        "bs_me": "Обо мне",
        "bs_profile": "Просмотреть профиль",
        "labels": "Ярлыки:",
        "powered": "Технологии Blogger.",
        "wp_powered": "Сайт работает на WordPress",
        "more_news": "Другие новости",
    },
    "pl": {
        "ad": "Reklama",
        "photo": "Fot. {a}",
        "reading": "Czas czytania: {n} min",
        "listen": "Posłuchaj artykułu",
        "save": "Zapisz",
        "paywall": "Ten artykuł jest dostępny tylko dla subskrybentów. Wykup dostęp, aby czytać dalej.",
        "about": "O autorce",
        "bio": "{name} jest dziennikarką działu {sec} i pisze dla naszej gazety od 2016 roku.",
        "posted": "Opublikowano {d} przez {a}",
        "posted_in": "Opublikowano w",
        "thoughts": "{n} komentarzy do „{t}”",
        "says": "napisał:",
        "at": "o",
        "leave": "Dodaj komentarz",
        "email_note": "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *",
        "submit": "Opublikuj komentarz",
        "prev": "Poprzedni wpis",
        "next": "Następny wpis",
        "postnav": "Nawigacja wpisu",
        "recent": "Najnowsze wpisy",
        "recent_c": "Najnowsze komentarze",
        "archives": "Archiwa",
        "on": "{u} - {t}",
        "bs_posted": "Opublikowane przez {a} o {t}",
        "bs_count": "{n} komentarzy:",
        "bs_said": "pisze...",
        "bs_post": "Prześlij komentarz",
        "bs_pager": "Nowszy post|Starszy post|Strona główna",
        "bs_feed": "Subskrybuj: Komentarze do posta (Atom)",
        "bs_archive": "Archiwum bloga",
        "bs_me": "O mnie",
        "bs_profile": "Wyświetl mój pełny profil",
        "labels": "Etykiety:",
        "powered": "Obsługiwane przez usługę Blogger.",
        "wp_powered": "Dumnie wspierane przez WordPress",
        "more_news": "Więcej wiadomości",
    },
    "nl": {
        "ad": "Advertentie",
        "photo": "Foto: {a}",
        "reading": "Leestijd: {n} minuten",
        "listen": "Artikel beluisteren",
        "save": "Bewaren",
        "paywall": "Dit artikel is alleen beschikbaar voor abonnees. Word abonnee en lees verder voor € 1 per week.",
        "about": "Over de auteur",
        "bio": "{name} is verslaggever bij de redactie {sec} en schrijft sinds 2016 voor de krant.",
        "posted": "Gepubliceerd op {d} door {a}",
        "posted_in": "Geplaatst in",
        "thoughts": "{n} gedachten over “{t}”",
        "says": "schreef:",
        "at": "om",
        "leave": "Geef een reactie",
        "email_note": "Het e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
        "submit": "Reactie plaatsen",
        "prev": "Vorige bericht",
        "next": "Volgende bericht",
        "postnav": "Berichtnavigatie",
        "recent": "Recente berichten",
        "recent_c": "Recente reacties",
        "archives": "Archieven",
        "on": "{u} op {t}",
        "bs_posted": "Geplaatst door {a} op {t}",
        "bs_count": "{n} opmerkingen:",
        "bs_said": "zei...",
        "bs_post": "Een reactie posten",
        "bs_pager": "Nieuwere post|Oudere post|Homepage",
        "bs_feed": "Abonneren op: Reacties posten (Atom)",
        "bs_archive": "Blogarchief",
        "bs_me": "Over mij",
        "bs_profile": "Mijn volledige profiel tonen",
        "labels": "Labels:",
        "powered": "Mogelijk gemaakt door Blogger.",
        "wp_powered": "Trots aangedreven door WordPress",
        "more_news": "Meer nieuws",
    },
    "ja": {
        "ad": "広告",
        "photo": "写真：{a}",
        "reading": "読了時間：約{n}分",
        "listen": "この記事を聞く",
        "save": "保存",
        "paywall": "この記事は有料会員限定です。続きを読むには会員登録が必要です。",
        "about": "著者について",
        "bio": "{name}は{sec}部の記者。2016年に入社し、主に行政を取材している。",
        "posted": "{d} 投稿者: {a}",
        "posted_in": "カテゴリー:",
        "thoughts": "「{t}」への{n}件のフィードバック",
        "says": "より:",
        "at": "",
        "leave": "コメントを残す",
        "email_note": "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です",
        "submit": "コメントを送信",
        "prev": "前の投稿",
        "next": "次の投稿",
        "postnav": "投稿ナビゲーション",
        "recent": "最近の投稿",
        "recent_c": "最近のコメント",
        "archives": "アーカイブ",
        "on": "{t} に {u} より",
        "bs_posted": "投稿者 {a} 時刻: {t}",
        "bs_count": "{n} 件のコメント:",
        "bs_said": "さんは書きました...",
        "bs_post": "コメントを投稿",
        "bs_pager": "次の投稿|前の投稿|ホーム",
        "bs_feed": "登録: コメントの投稿 (Atom)",
        "bs_archive": "ブログ アーカイブ",
        "bs_me": "自己紹介",
        "bs_profile": "詳細プロフィールを表示",
        "labels": "ラベル:",
        "powered": "Powered by Blogger.",
        "wp_powered": "Proudly powered by WordPress",
        "more_news": "その他のニュース",
    },
}
AGENCIES = ("dpa", "AFP", "Reuters", "AP", "EFE", "ANSA", "Lusa", "ТАСС", "PAP", "ANP", "共同")
NAMES = (
    "Anna Schmidt",
    "Claire Martin",
    "Lucía Gómez",
    "Giulia Bianchi",
    "Ana Costa",
    "Ольга Петрова",
    "Katarzyna Wójcik",
    "Eva de Vries",
    "佐藤花子",
)
BODY_CLS = (
    "article-body",
    "entry-content",
    "artikel-text",
    "texte",
    "cuerpo-noticia",
    "testo",
    "article__content",
    "js-article-body",
    "sc-3f9a2b",
    "rich-text",
)
LEAD_CLS = ("lead", "intro", "standfirst", "chapo", "entradilla", "occhiello", "article__lead", "teaser-text")
SENT = re.compile(r"(?<=[.!?。！？])\s*")


def _sents(text: Text, rng: random.Random, n: int, avoid: int) -> str:
    sep = "" if text.lang == "ja" else " "
    return sep.join(text.sentences(rng, n, avoid))


def _links(rng: random.Random, heads: list[str], n: int, path: str = "/artikel") -> tuple[str, list[str]]:
    picked = rng.sample(heads, min(n, len(heads)))
    return "".join(f'<li><a href="{path}/{rng.randrange(10**6)}.html">{h}</a></li>' for h in picked), picked


def _nav(w: dict[str, object]) -> str:
    return "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(w["nav"]))  # type: ignore[attr-defined]


def _footer(w: dict[str, object], extra: str = "") -> str:
    links = " | ".join(f'<a href="/f{i}">{x}</a>' for i, x in enumerate(w["footer"]))  # type: ignore[attr-defined]
    return f'<footer id="footer"><div class="links">{links}</div><p class="copy">{w["rights"]}</p>{extra}</footer>'


def news(lang: str, rng: random.Random, text: Text, art: int, heads: list[str]) -> tuple[str, list[str], list[str]]:
    w, m = L[lang], M[lang]
    title, paras = text.articles[art]
    paras = list(paras[: rng.randrange(4, 9)])
    if len(paras) < 3:
        paras += [_sents(text, rng, 3, art)]
    gold: list[str] = []
    must_not: list[str] = [str(w["nav"][3]), m["listen"], m["about"]]  # type: ignore[index]
    sec = str(w["nav"][rng.randrange(1, 8)])  # type: ignore[index]
    author = rng.choice(NAMES)
    lead = _sents(text, rng, rng.randrange(1, 3), art)
    has_lead = rng.random() < 0.7
    if has_lead:
        gold.append(lead)
    meta = (
        f'<div class="article-meta"><span class="byline">{w["by"]} <a href="/autor/{rng.randrange(99)}">{author}</a></span> '
        f'<time datetime="2024-05-0{rng.randrange(1, 9)}">{_date(rng, lang)}</time> <span class="reading-time">{m["reading"].format(n=rng.randrange(2, 12))}</span>'
        f'<button class="listen">{m["listen"]}</button><button class="bookmark">{m["save"]}</button></div>'
    )
    credit = m["photo"].format(a=rng.choice(AGENCIES))
    fig = f'<figure class="article-image"><img src="/img/{rng.randrange(10**6)}.jpg" alt=""><figcaption>{rng.choice(heads)} <span class="credit">{credit}</span></figcaption></figure>'
    must_not.append(credit)
    # body: paragraphs with subheads and a list, then cut into two or three sibling blocks
    blocks: list[list[str]] = [[]]
    cuts = sorted(rng.sample(range(1, len(paras)), min(len(paras) - 1, rng.randrange(1, 3))))
    ad_label, ra_picked = m["ad"], []
    for i, p in enumerate(paras):
        if i in cuts:
            blocks.append([])
        if i and i % 3 == 0 and rng.random() < 0.6:
            h = rng.choice(heads)
            blocks[-1].append(f"<h2>{h}</h2>")
            gold.append(h)
        blocks[-1].append(f"<p>{p}</p>")
        gold.append(p)
        if i == 1 and rng.random() < 0.35:
            items = rng.sample(heads, 3)
            blocks[-1].append("<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>")
            gold += items
    body_cls = rng.choice(BODY_CLS)
    split = rng.random() < 0.6
    parts = []
    for j, b in enumerate(blocks):
        if j:
            k = (j + rng.randrange(3)) % 3
            if k == 0:
                parts.append(
                    f'<div class="ad-slot"><span class="ad-label">{ad_label}</span><div id="ad-{j}"></div></div>'
                )
            elif k == 1:
                items, ra_picked = _links(rng, heads, 2)
                label = rng.choice(w["read_also"])  # type: ignore[arg-type]
                parts.append(f'<aside class="inline-teaser"><strong>{label}</strong><ul>{items}</ul></aside>')
                must_not += ra_picked
            else:
                parts.append(fig.replace("article-image", "inline-image"))
        inner = "".join(b)
        parts.append(f'<div class="{body_cls}__block">{inner}</div>' if split else inner)
    body = f'<div class="{body_cls}">{"".join(parts)}</div>'
    extra = ""
    if rng.random() < 0.3:
        extra += f'<div class="paywall"><p>{m["paywall"]}</p><a class="btn" href="/abo">{m["save"]}</a></div>'
        must_not.append(m["paywall"][:40])
    bio = m["bio"].format(name=author, sec=sec)
    extra += f'<div class="author-box"><img src="/a.jpg" alt=""><h3>{m["about"]}</h3><p>{bio}</p></div>'
    must_not.append(bio[:40])
    share = "".join(f'<a href="#s{i}">{s}</a> ' for i, s in enumerate(w["share"]))  # type: ignore[attr-defined]
    tags = "".join(f'<a href="/tag/{i}">{h.split()[0]}</a> ' for i, h in enumerate(rng.sample(heads, 3)))
    rel_items, rel_picked = _links(rng, heads, 5)
    rel_head = rng.choice(w["related"])  # type: ignore[arg-type]
    must_not += [rel_head, *rel_picked[:2]]
    lead_html = f'<p class="{rng.choice(LEAD_CLS)}">{lead}</p>' if has_lead else ""
    html = (
        f'<header class="site-header"><a class="logo" href="/">Logo</a><nav><ul>{_nav(w)}</ul></nav></header>'
        f'<main id="main"><article class="article"><header class="article-header"><span class="kicker">{sec}</span><h1>{title}</h1>{lead_html}{meta}</header>'
        f'{fig}{body}{extra}<div class="share">{share}</div><div class="tags">{w["tags"]}: {tags}</div></article>'
        f'<section class="related"><h2>{rel_head}</h2><ul>{rel_items}</ul></section></main>{_footer(w)}'
    )
    return html, gold, must_not


def blog_wp(lang: str, rng: random.Random, text: Text, art: int, heads: list[str]) -> tuple[str, list[str], list[str]]:
    w, m = L[lang], M[lang]
    title, paras = text.articles[art]
    paras = list(paras[: rng.choice((1, 2, 2, 3, 4, 6))])
    gold = list(paras)
    author = rng.choice(w["users"])  # type: ignore[arg-type]
    d = _date(rng, lang)
    must_not = [m["leave"], m["email_note"][:40], m["recent"], m["prev"]]
    n = rng.choice((0, 1, 3, 5, 9))
    comments = ""
    if n:
        items = []
        for c in range(n):
            said = _sents(text, rng, rng.randrange(1, 4), art)
            user = rng.choice(w["users"])  # type: ignore[arg-type]
            at = f"{_date(rng, lang)} {m['at']} {rng.randrange(8, 23)}:{rng.randrange(60):02d}"
            items.append(
                f'<li id="comment-{c}" class="comment even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                f'<img class="avatar" src="/av.png" alt=""><b class="fn">{user}</b> <span class="says">{m["says"]}</span></div>'
                f'<div class="comment-metadata"><a href="#comment-{c}"><time>{at}</time></a></div></footer>'
                f'<div class="comment-content"><p>{said}</p></div><div class="reply"><a class="comment-reply-link" href="#r">{w["reply"]}</a></div></article></li>'
            )
            if c < 2:
                must_not.append(said)
        comments = f'<h2 class="comments-title">{m["thoughts"].format(n=n, t=title)}</h2><ol class="comment-list">{"".join(items)}</ol>'
    respond = (
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{m["leave"]}</h3>'
        f'<form class="comment-form"><p class="comment-notes">{m["email_note"]}</p><p><textarea name="comment"></textarea></p>'
        f'<p><input name="author"></p><p><input name="email"></p><p class="form-submit"><input type="submit" value="{m["submit"]}"></p></form></div>'
    )
    rec, _ = _links(rng, heads, 5, "/blog")
    recc = "".join(
        f"<li>{m['on'].format(u=rng.choice(w['users']), t=f'<a href=/blog/{i}>{h}</a>')}</li>"
        for i, h in enumerate(rng.sample(heads, 4))
    )  # type: ignore[arg-type]
    arch = "".join(f'<li><a href="/2024/{k:02d}">{_date(rng, lang).split(" 20")[0]} 2024</a></li>' for k in range(1, 6))
    prev_h, next_h = rng.sample(heads, 2)
    must_not.append(prev_h)
    blogname = rng.choice(heads)
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (
        f'<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{blogname}</a></p>'
        f'<nav class="main-navigation"><ul>{_nav(w)}</ul></nav></header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-{rng.randrange(9999)}" class="post type-post status-publish hentry"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
        f'<div class="entry-meta"><span class="posted-on">{m["posted"].format(d=f"<a href=/p><time>{d}</time></a>", a=f"<a href=/author>{author}</a>")}</span></div></header>'
        f'<div class="entry-content">{body}</div><footer class="entry-footer"><span class="cat-links">{m["posted_in"]} <a href="/cat">{w["nav"][2]}</a></span></footer></article>'  # type: ignore[index]
        f'<nav class="navigation post-navigation"><h2 class="screen-reader-text">{m["postnav"]}</h2><div class="nav-links"><div class="nav-previous"><a href="/p1"><span class="meta-nav">{m["prev"]}</span> {prev_h}</a></div>'
        f'<div class="nav-next"><a href="/p2"><span class="meta-nav">{m["next"]}</span> {next_h}</a></div></div></nav>'
        f'<div id="comments" class="comments-area">{comments}{respond}</div></main></div>'
        f'<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">{m["recent"]}</h2><ul>{rec}</ul></section>'
        f'<section class="widget widget_recent_comments"><h2 class="widget-title">{m["recent_c"]}</h2><ul>{recc}</ul></section>'
        f'<section class="widget widget_archive"><h2 class="widget-title">{m["archives"]}</h2><ul>{arch}</ul></section></aside></div>'
        f'<footer class="site-footer"><div class="site-info"><a href="https://wordpress.org/">{m["wp_powered"]}</a></div></footer></div>'
    )
    return html, gold, must_not


def blogspot(lang: str, rng: random.Random, text: Text, art: int, heads: list[str]) -> tuple[str, list[str], list[str]]:
    w, m = L[lang], M[lang]
    title, paras = text.articles[art]
    paras = list(paras[: rng.choice((1, 2, 3, 3, 5))])
    gold = list(paras)
    author = rng.choice(w["users"])  # type: ignore[arg-type]
    t = f"{rng.randrange(8, 23)}:{rng.randrange(60):02d}"
    n = rng.choice((0, 2, 4, 7))
    must_not = [m["bs_post"], m["bs_feed"][:30], m["bs_archive"], m["bs_me"]]
    comments = ""
    if n:
        items = []
        for c in range(n):
            said = _sents(text, rng, rng.randrange(1, 3), art)
            user = rng.choice(w["users"])  # type: ignore[arg-type]
            items.append(
                f'<dt class="comment-author" id="c{c}"><a name="c{c}"></a><a href="/profile/{c}" rel="nofollow">{user}</a> {m["bs_said"]}</dt>'
                f'<dd class="comment-body"><p>{said}</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c{c}">{_date(rng, lang)} {t}</a></span></dd>'
            )
            if c < 2:
                must_not.append(said)
        comments = f'<h4>{m["bs_count"].format(n=n)}</h4><div id="comments-block"><dl>{"".join(items)}</dl></div>'
    sep = rng.choice(("<br><br>", "<br /><br />", "</div><div>"))
    body = sep.join(paras)
    if sep.startswith("</div>"):
        body = f"<div>{body}</div>"
    arch = "".join(f'<li><a href="/2024/{k:02d}/x.html">{h}</a></li>' for k, h in enumerate(rng.sample(heads, 5)))
    profile = _sents(text, rng, 1, art)
    must_not.append(profile[:40])
    pager = m["bs_pager"].split("|")
    labels = ", ".join(
        f'<a href="/search/label/{i}" rel="tag">{h.split()[0]}</a>' for i, h in enumerate(rng.sample(heads, 2))
    )
    html = (
        f'<div class="content-outer"><header><div class="header-outer"><div class="Header"><h1 class="title"><a href="/">{rng.choice(heads)}</a></h1></div></div></header>'
        f'<div class="main-outer"><div class="columns"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">'
        f'<div class="date-outer"><h2 class="date-header"><span>{_date(rng, lang)}</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry">'
        f'<h3 class="post-title entry-title"><a href="/2024/05/p.html">{title}</a></h3><div class="post-header"><div class="post-header-line-1"></div></div>'
        f'<div class="post-body entry-content" id="post-body-{rng.randrange(10**9)}">{body}<div style="clear: both;"></div></div>'
        f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">{m["bs_posted"].format(a=f"<span class=fn>{author}</span>", t=f"<a class=timestamp-link href=/p><abbr>{t}</abbr></a>")}</span> '
        f'<span class="post-comment-link"></span></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">{m["labels"]} {labels}</span></div></div></div>'
        f'<div class="comments" id="comments"><a name="comments"></a>{comments}<p class="comment-footer"><a href="/comment">{m["bs_post"]}</a></p></div></div></div></div></div>'
        f'<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/n">{pager[0]}</a></span>'
        f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/o">{pager[1]}</a></span><a class="home-link" href="/">{pager[2]}</a></div>'
        f'<div class="post-feeds"><div class="feed-links">{m["bs_feed"]}</div></div></div></div></div></div>'
        f'<div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive" id="BlogArchive1"><h2>{m["bs_archive"]}</h2><div class="widget-content"><ul class="hierarchy"><li><a class="toggle">▼</a> <a href="/2024/">2024</a> (12)<ul class="posts">{arch}</ul></li></ul></div></div>'
        f'<div class="widget Profile" id="Profile1"><h2>{m["bs_me"]}</h2><div class="widget-content"><a href="/profile"><img src="/p.jpg"></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link" href="/profile">{author}</a></dt><dd class="profile-textblock">{profile}</dd></dl>'
        f'<a class="profile-link" href="/profile">{m["bs_profile"]}</a></div></div></div></aside></div></div></div>'
        f'<footer><div class="widget Attribution">{m["powered"]}</div></footer></div>'
    )
    return html, gold, must_not


def short_news(
    lang: str, rng: random.Random, text: Text, art: int, heads: list[str]
) -> tuple[str, list[str], list[str]]:
    w, m = L[lang], M[lang]
    title, paras = text.articles[art]
    paras = list(paras[: rng.randrange(1, 3)])
    gold = list(paras)
    must_not = [m["more_news"], str(w["most_read"])]
    teas = []
    for _ in range(rng.randrange(6, 11)):
        h = rng.choice(heads)
        s = _sents(text, rng, 1, art)
        teas.append(
            f'<div class="teaser"><h3><a href="/t/{rng.randrange(10**6)}">{h}</a></h3><p class="teaser__text">{s}</p><span class="teaser__date">{_date(rng, lang)}</span></div>'
        )
        if len(teas) <= 2:
            must_not.append(s[:50])
    mr, _ = _links(rng, heads, 6)
    body = "".join(f"<p>{p}</p>" for p in paras)
    share = "".join(f'<a href="#s{i}">{s}</a> ' for i, s in enumerate(w["share"]))  # type: ignore[attr-defined]
    html = (
        f'<header><nav class="menu"><ul>{_nav(w)}</ul></nav></header><div class="page"><div class="col-main">'
        f'<div class="news-item"><h1>{title}</h1><div class="date">{_date(rng, lang)}, {rng.randrange(8, 23)}:{rng.randrange(60):02d}</div>'
        f'<div class="text">{body}</div><div class="share">{share}</div></div>'
        f'<div class="more"><h2>{m["more_news"]}</h2>{"".join(teas)}</div></div>'
        f'<div class="col-side"><div class="box"><h2>{w["most_read"]}</h2><ol>{mr}</ol></div></div></div>{_footer(w)}'
    )
    return html, gold, must_not


BUILDERS = {"news": news, "blog_wp": blog_wp, "blogspot": blogspot, "short_news": short_news}


def build_page(lang: str, kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{lang}-{kind}-{index}" if seed == SET else f"{seed}-{lang}-{kind}-{index}"
    rng = random.Random(f"{seed}/{pid}")
    art = (index * 5 + LAYOUTS.index(kind) * 11 + 3) % len(text.articles)
    title = text.articles[art][0]
    heads = [h for h in text.headlines if h != title] or [title]
    while len(heads) < 12:
        heads = heads * 2
    body, gold, must_not = BUILDERS[kind](lang, rng, text, art, heads)
    html = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'
    gold_text = "\n".join(gold)
    body_ps = [g for g in gold if len(g) > 40] or gold
    first = re.split(r"(?<=[.!?。！？])\s*", body_ps[0])[0][:80]
    last = [s for s in re.split(r"(?<=[.!?。！？])\s*", body_ps[-1]) if s.strip()][-1][-80:]
    return GenPage(
        SET, pid, kind, html, gold_text, [first, last], [x for x in must_not if x and x not in gold_text], lang=lang
    )


def build(seed: str = SET, langs: tuple[str, ...] = LANGS) -> list[GenPage]:
    pages = []
    for lang in langs:
        text = Text.load(lang, seed)
        if len(text.articles) < 6:
            print(f"# {lang}: only {len(text.articles)} articles of prose on this machine, left out", file=sys.stderr)
            continue
        for kind in LAYOUTS:
            for i in range(PAGES_PER_LAYOUT):
                pages.append(build_page(lang, kind, i, text, seed))
    return pages


def main(argv: list[str] | None = None) -> int:
    return cli(argv, __doc__, build, SET, LANGS, LAYOUTS, "kind")


if __name__ == "__main__":
    raise SystemExit(main())
