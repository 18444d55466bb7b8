"""Generated article pages in languages other than Chinese and English, with portal chrome in those languages.

    python bench/lang_corpus.py --score                  # cleaner and trafilatura, tune and check, per language / kind
    python bench/lang_corpus.py --score --cleaner-only   # cleaner alone (quick)
    python bench/lang_corpus.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/lang_corpus.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/lang_corpus.py --seed S --score         # fresh pages of the same layouts (halves still apply)

Issue #12 (generalization): the boilerplate rules were written for Chinese and English cues, while one hidden set
(a multilingual evaluation, mostly German, also French, Spanish, Italian, Portuguese, Polish, Russian...) scores
pages by snippets that must appear and snippets (navigation, "read also", comments, share prompts, cookie notes)
that must not. Every page here is an article in one language with the chrome a portal in that language puts around
it: a navigation bar and a breadcrumb, a byline and a date (month names from Babel's CLDR data), share buttons, a
footer, and one *kind* of extra boilerplate (``KINDS``): a related-articles list below or above the body, an
inline "read also" link among the paragraphs, a most-read sidebar, a comment section (user names, times, reply /
like / report links), a cookie banner, a newsletter box, a "read more" teaser list, an infinite-scroll next
article, or all of these at once (``combo``).

Body prose is real text in the language, read at run time from files already on the machine (nothing of it is
committed): paragraphs of the translated manual pages under ``/usr/share/man/<lang>/`` (Debian's manpages-l10n and
the packages' own translations, GPL / the packages' licences) kept only when jusText's stop-word list of the
language says a paragraph is in that language rather than untranslated English; for scripts without such pages
(Greek, Arabic, Hebrew, Thai, Japanese, Korean, Hindi) the longer translated messages of the gettext catalogs under
``/usr/share/locale/<lang>/LC_MESSAGES/`` (the packages' licences, GPL / LGPL mostly), grouped three to five into
a paragraph. The chrome labels are the author's own words.

Score (per page): token F1 against the gold (the body paragraphs; no title, byline or chrome), the snippet rule
(the first and the last sentence of the body must appear, and no must-not snippet may: the inserted chrome's
headings, link texts, comment texts, banner texts), the leak rate (pages with any must-not snippet in the output)
and empty outputs. A page's half is :func:`bench.halves.half` of ``lang/<id>``; ``--list`` and ``--dump`` show
tune pages only.
"""

# ruff: noqa: E501  (labels and markup are long literal lines)
from __future__ import annotations

import argparse
import datetime as dt
import gettext
import gzip
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from bench_extract import prf
from gen_score import GenPage, Result, Scoring
from halves import CHECK

SET = "lang"
KINDS = (
    "plain",
    "related_below",
    "related_above",
    "read_also",
    "sidebar",
    "comments",
    "cookie",
    "newsletter",
    "teasers",
    "next_article",
    "comments_bare",
    "related_bare",
    "combo",
)
BARE_KINDS = ("comments_bare", "related_bare")
"""Kinds with no heading over the box: only its class name (in the portal's language) or its shape tells it."""
CLASSES = {
    "de": ("kommentare", "verwandte-artikel"),
    "fr": ("commentaires", "articles-similaires"),
    "es": ("comentarios", "noticias-relacionadas"),
    "it": ("commenti", "articoli-correlati"),
    "pt": ("comentarios", "artigos-relacionados"),
    "pl": ("komentarze", "powiazane-artykuly"),
    "ru": ("kommentarii", "related"),
    "nl": ("reacties", "gerelateerde-artikelen"),
}
"""The class names of the comment section and of the related box in ``*_bare`` kinds (English ones elsewhere)."""
PAGES_PER_KIND = 3
"""Pages of each kind per language (so 33 pages a language)."""

# language: (jusText stop-list name or "" for catalog prose, script letters test or None)
LANGS: dict[str, tuple[str, str | None]] = {
    "de": ("German", None),
    "fr": ("French", None),
    "es": ("Spanish", None),
    "it": ("Italian", None),
    "pt": ("Portuguese", None),
    "pl": ("Polish", None),
    "ru": ("Russian", None),
    "nl": ("Dutch", None),
    "el": ("", "GREEK"),
    "ar": ("", "ARABIC"),
    "he": ("", "HEBREW"),
    "th": ("", "THAI"),
    "ja": ("", "CJK|HIRAGANA|KATAKANA"),
    "ko": ("", "HANGUL"),
}

L: dict[str, dict[str, object]] = {
    "de": {
        "nav": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Panorama", "Meinung"],
        "related": ["Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel", "Auch interessant"],
        "read_also": ["Lesen Sie auch", "Auch interessant", "Mehr dazu"],
        "most_read": "Meistgelesen",
        "comments": "Kommentare",
        "count": "{n} Kommentare",
        "reply": "Antworten",
        "like": "Gefällt mir",
        "report": "Melden",
        "write": "Kommentar schreiben",
        "more_comments": "Weitere Kommentare laden",
        "share": ["Teilen", "Artikel teilen", "Drucken", "Per E-Mail senden"],
        "cookie_p": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Mit einem Klick auf „Akzeptieren“ stimmen Sie der Verarbeitung zu.",
        "accept": "Alle akzeptieren",
        "reject": "Ablehnen",
        "settings": "Einstellungen",
        "news_h": "Unser Newsletter",
        "news_p": "Erhalten Sie jeden Morgen die wichtigsten Nachrichten des Tages direkt in Ihr Postfach. Sie können sich jederzeit wieder abmelden.",
        "email": "Ihre E-Mail-Adresse",
        "subscribe": "Jetzt abonnieren",
        "read_more": "Weiterlesen",
        "by": "Von",
        "updated": "Aktualisiert am",
        "ago": ["vor {n} Minuten", "vor {h} Stunden", "gestern, {h}:{n:02d} Uhr"],
        "footer": ["Impressum", "Datenschutz", "Kontakt", "AGB", "Werben"],
        "rights": "© 2024 Tagesblatt Verlag. Alle Rechte vorbehalten.",
        "tags": "Schlagwörter",
        "users": ["Hans_Meier", "leserin77", "Kritiker", "Peter S.", "mkl", "Nordlicht"],
        "next": "Nächster Artikel",
    },
    "fr": {
        "nav": ["Accueil", "Politique", "Économie", "Sport", "Culture", "International", "Société", "Opinions"],
        "related": ["Articles similaires", "À lire aussi", "Sur le même sujet", "Vous aimerez aussi"],
        "read_also": ["Lire aussi", "À lire aussi", "Voir aussi"],
        "most_read": "Les plus lus",
        "comments": "Commentaires",
        "count": "{n} commentaires",
        "reply": "Répondre",
        "like": "J'aime",
        "report": "Signaler",
        "write": "Écrire un commentaire",
        "more_comments": "Voir plus de commentaires",
        "share": ["Partager", "Partager sur Facebook", "Imprimer", "Envoyer par e-mail"],
        "cookie_p": "Nous utilisons des cookies et des technologies similaires pour personnaliser le contenu et analyser notre trafic. En cliquant sur « Accepter », vous consentez à leur utilisation.",
        "accept": "Tout accepter",
        "reject": "Refuser",
        "settings": "Paramétrer les cookies",
        "news_h": "Notre newsletter",
        "news_p": "Recevez chaque matin l'essentiel de l'actualité directement dans votre boîte de réception. Vous pouvez vous désinscrire à tout moment.",
        "email": "Votre adresse e-mail",
        "subscribe": "Je m'inscris",
        "read_more": "Lire la suite",
        "by": "Par",
        "updated": "Mis à jour le",
        "ago": ["il y a {n} minutes", "il y a {h} heures", "hier à {h}h{n:02d}"],
        "footer": ["Mentions légales", "Confidentialité", "Contact", "Publicité", "Plan du site"],
        "rights": "© 2024 Le Quotidien. Tous droits réservés.",
        "tags": "Mots-clés",
        "users": ["Jean-Luc", "marie_d", "Citoyen75", "Sophie B.", "lecteur", "Ptitloup"],
        "next": "Article suivant",
    },
    "es": {
        "nav": ["Portada", "Política", "Economía", "Deportes", "Cultura", "Internacional", "Sociedad", "Opinión"],
        "related": ["Artículos relacionados", "Noticias relacionadas", "También te puede interesar", "Más noticias"],
        "read_also": ["Lee también", "Te puede interesar", "Lea también"],
        "most_read": "Lo más leído",
        "comments": "Comentarios",
        "count": "{n} comentarios",
        "reply": "Responder",
        "like": "Me gusta",
        "report": "Denunciar",
        "write": "Escribe un comentario",
        "more_comments": "Ver más comentarios",
        "share": ["Compartir", "Compartir en Facebook", "Imprimir", "Enviar por correo"],
        "cookie_p": "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y analizar sus hábitos de navegación. Si continúa navegando, consideramos que acepta su uso.",
        "accept": "Aceptar todo",
        "reject": "Rechazar",
        "settings": "Configurar cookies",
        "news_h": "Suscríbete a nuestro boletín",
        "news_p": "Recibe cada mañana las noticias más importantes del día en tu correo electrónico. Puedes darte de baja cuando quieras.",
        "email": "Tu correo electrónico",
        "subscribe": "Suscribirme",
        "read_more": "Seguir leyendo",
        "by": "Por",
        "updated": "Actualizado el",
        "ago": ["hace {n} minutos", "hace {h} horas", "ayer a las {h}:{n:02d}"],
        "footer": ["Aviso legal", "Política de privacidad", "Contacto", "Publicidad", "Mapa del sitio"],
        "rights": "© 2024 Diario del Sur. Todos los derechos reservados.",
        "tags": "Etiquetas",
        "users": ["juanito", "MariaG", "lector_88", "Pepe R.", "ciudadano", "Aurora"],
        "next": "Siguiente noticia",
    },
    "it": {
        "nav": ["Home", "Politica", "Economia", "Sport", "Cultura", "Esteri", "Cronaca", "Opinioni"],
        "related": ["Articoli correlati", "Potrebbe interessarti anche", "Leggi anche", "Altre notizie"],
        "read_also": ["Leggi anche", "Potrebbe interessarti", "Vedi anche"],
        "most_read": "I più letti",
        "comments": "Commenti",
        "count": "{n} commenti",
        "reply": "Rispondi",
        "like": "Mi piace",
        "report": "Segnala",
        "write": "Scrivi un commento",
        "more_comments": "Carica altri commenti",
        "share": ["Condividi", "Condividi su Facebook", "Stampa", "Invia per email"],
        "cookie_p": "Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti, per migliorare la tua esperienza di navigazione. Cliccando su «Accetta» acconsenti all'uso dei cookie.",
        "accept": "Accetta tutti",
        "reject": "Rifiuta",
        "settings": "Personalizza",
        "news_h": "Iscriviti alla newsletter",
        "news_p": "Ricevi ogni mattina le notizie più importanti della giornata nella tua casella di posta. Puoi cancellarti in qualsiasi momento.",
        "email": "Il tuo indirizzo email",
        "subscribe": "Iscriviti",
        "read_more": "Continua a leggere",
        "by": "Di",
        "updated": "Aggiornato il",
        "ago": ["{n} minuti fa", "{h} ore fa", "ieri alle {h}:{n:02d}"],
        "footer": ["Note legali", "Privacy", "Contatti", "Pubblicità", "Mappa del sito"],
        "rights": "© 2024 Il Giornale del Nord. Tutti i diritti riservati.",
        "tags": "Tag",
        "users": ["marco_b", "Giulia", "lettore61", "Paolo R.", "Zanzara", "anonimo"],
        "next": "Articolo successivo",
    },
    "pt": {
        "nav": ["Início", "Política", "Economia", "Desporto", "Cultura", "Mundo", "Sociedade", "Opinião"],
        "related": ["Artigos relacionados", "Leia também", "Veja também", "Mais notícias"],
        "read_also": ["Leia também", "Veja também", "Saiba mais"],
        "most_read": "Mais lidas",
        "comments": "Comentários",
        "count": "{n} comentários",
        "reply": "Responder",
        "like": "Gostei",
        "report": "Denunciar",
        "write": "Escreva um comentário",
        "more_comments": "Ver mais comentários",
        "share": ["Partilhar", "Compartilhar no Facebook", "Imprimir", "Enviar por e-mail"],
        "cookie_p": "Utilizamos cookies para melhorar a sua experiência de navegação e analisar o tráfego do site. Ao continuar a navegar, concorda com a nossa política de cookies.",
        "accept": "Aceitar todos",
        "reject": "Rejeitar",
        "settings": "Definições de cookies",
        "news_h": "Assine a nossa newsletter",
        "news_p": "Receba todas as manhãs as notícias mais importantes do dia no seu e-mail. Pode cancelar a subscrição a qualquer momento.",
        "email": "O seu endereço de e-mail",
        "subscribe": "Subscrever",
        "read_more": "Continuar a ler",
        "by": "Por",
        "updated": "Atualizado em",
        "ago": ["há {n} minutos", "há {h} horas", "ontem às {h}:{n:02d}"],
        "footer": ["Termos de uso", "Privacidade", "Contactos", "Publicidade", "Ficha técnica"],
        "rights": "© 2024 Jornal da Manhã. Todos os direitos reservados.",
        "tags": "Tags",
        "users": ["joao_s", "AnaPaula", "leitor99", "Rui M.", "cidadão", "Zé"],
        "next": "Próximo artigo",
    },
    "pl": {
        "nav": ["Strona główna", "Polityka", "Gospodarka", "Sport", "Kultura", "Świat", "Kraj", "Opinie"],
        "related": ["Zobacz też", "Przeczytaj również", "Podobne artykuły", "Polecane"],
        "read_also": ["Zobacz też", "Czytaj także", "Przeczytaj również"],
        "most_read": "Najczęściej czytane",
        "comments": "Komentarze",
        "count": "{n} komentarzy",
        "reply": "Odpowiedz",
        "like": "Lubię to",
        "report": "Zgłoś",
        "write": "Dodaj komentarz",
        "more_comments": "Pokaż więcej komentarzy",
        "share": ["Udostępnij", "Udostępnij na Facebooku", "Drukuj", "Wyślij e-mailem"],
        "cookie_p": "Używamy plików cookies, aby ułatwić korzystanie z serwisu i analizować ruch. Klikając „Akceptuję”, wyrażasz zgodę na ich użycie zgodnie z polityką prywatności.",
        "accept": "Akceptuję",
        "reject": "Odrzuć",
        "settings": "Ustawienia",
        "news_h": "Zapisz się do newslettera",
        "news_p": "Otrzymuj codziennie rano najważniejsze wiadomości dnia prosto na swoją skrzynkę. Z subskrypcji możesz zrezygnować w każdej chwili.",
        "email": "Twój adres e-mail",
        "subscribe": "Zapisz się",
        "read_more": "Czytaj dalej",
        "by": "Autor:",
        "updated": "Aktualizacja:",
        "ago": ["{n} minut temu", "{h} godz. temu", "wczoraj, {h}:{n:02d}"],
        "footer": ["Regulamin", "Polityka prywatności", "Kontakt", "Reklama", "Mapa strony"],
        "rights": "© 2024 Gazeta Codzienna. Wszelkie prawa zastrzeżone.",
        "tags": "Tagi",
        "users": ["kowal", "Ania_W", "czytelnik", "Marek Z.", "obserwator", "zenek"],
        "next": "Następny artykuł",
    },
    "ru": {
        "nav": ["Главная", "Политика", "Экономика", "Спорт", "Культура", "В мире", "Общество", "Мнения"],
        "related": ["Читайте также", "Похожие статьи", "Другие новости", "Вам может быть интересно"],
        "read_also": ["Читайте также", "Смотрите также", "По теме"],
        "most_read": "Самое читаемое",
        "comments": "Комментарии",
        "count": "{n} комментариев",
        "reply": "Ответить",
        "like": "Нравится",
        "report": "Пожаловаться",
        "write": "Написать комментарий",
        "more_comments": "Показать ещё комментарии",
        "share": ["Поделиться", "Поделиться ВКонтакте", "Печать", "Отправить по почте"],
        "cookie_p": "Мы используем файлы cookie, чтобы улучшить работу сайта и анализировать посещаемость. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием.",
        "accept": "Принять",
        "reject": "Отклонить",
        "settings": "Настройки",
        "news_h": "Подпишитесь на рассылку",
        "news_p": "Получайте каждое утро главные новости дня на свою электронную почту. Отписаться можно в любой момент.",
        "email": "Ваш e-mail",
        "subscribe": "Подписаться",
        "read_more": "Читать далее",
        "by": "Автор:",
        "updated": "Обновлено",
        "ago": ["{n} минут назад", "{h} часов назад", "вчера в {h}:{n:02d}"],
        "footer": ["О проекте", "Политика конфиденциальности", "Контакты", "Реклама", "Карта сайта"],
        "rights": "© 2024 Городские новости. Все права защищены.",
        "tags": "Теги",
        "users": ["Иван_П", "olga77", "Читатель", "Сергей К.", "наблюдатель", "Mishka"],
        "next": "Следующая статья",
    },
    "nl": {
        "nav": ["Home", "Politiek", "Economie", "Sport", "Cultuur", "Buitenland", "Binnenland", "Opinie"],
        "related": ["Lees ook", "Gerelateerde artikelen", "Meer over dit onderwerp", "Ook interessant"],
        "read_also": ["Lees ook", "Bekijk ook", "Meer hierover"],
        "most_read": "Meest gelezen",
        "comments": "Reacties",
        "count": "{n} reacties",
        "reply": "Beantwoorden",
        "like": "Vind ik leuk",
        "report": "Melden",
        "write": "Schrijf een reactie",
        "more_comments": "Meer reacties laden",
        "share": ["Delen", "Deel op Facebook", "Afdrukken", "Mailen"],
        "cookie_p": "Wij gebruiken cookies en vergelijkbare technieken om de inhoud te personaliseren en het verkeer op onze site te analyseren. Door op „Akkoord” te klikken, gaat u hiermee akkoord.",
        "accept": "Alles accepteren",
        "reject": "Weigeren",
        "settings": "Instellingen",
        "news_h": "Schrijf je in voor de nieuwsbrief",
        "news_p": "Ontvang elke ochtend het belangrijkste nieuws van de dag in je mailbox. Je kunt je op elk moment afmelden.",
        "email": "Je e-mailadres",
        "subscribe": "Inschrijven",
        "read_more": "Lees verder",
        "by": "Door",
        "updated": "Bijgewerkt op",
        "ago": ["{n} minuten geleden", "{h} uur geleden", "gisteren om {h}:{n:02d}"],
        "footer": ["Colofon", "Privacy", "Contact", "Adverteren", "Sitemap"],
        "rights": "© 2024 Het Dagblad. Alle rechten voorbehouden.",
        "tags": "Tags",
        "users": ["jan_v", "Annemieke", "lezer12", "Kees B.", "Stroopwafel", "anoniem"],
        "next": "Volgend artikel",
    },
    "el": {
        "nav": ["Αρχική", "Πολιτική", "Οικονομία", "Αθλητισμός", "Πολιτισμός", "Κόσμος", "Κοινωνία", "Απόψεις"],
        "related": ["Διαβάστε επίσης", "Σχετικά άρθρα", "Περισσότερα νέα"],
        "read_also": ["Διαβάστε επίσης", "Δείτε επίσης"],
        "most_read": "Τα πιο δημοφιλή",
        "comments": "Σχόλια",
        "count": "{n} σχόλια",
        "reply": "Απάντηση",
        "like": "Μου αρέσει",
        "report": "Αναφορά",
        "write": "Γράψτε ένα σχόλιο",
        "more_comments": "Περισσότερα σχόλια",
        "share": ["Κοινοποίηση", "Εκτύπωση", "Αποστολή με email"],
        "cookie_p": "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας και να αναλύσουμε την επισκεψιμότητα του ιστότοπου. Συνεχίζοντας την περιήγηση, αποδέχεστε τη χρήση τους.",
        "accept": "Αποδοχή όλων",
        "reject": "Απόρριψη",
        "settings": "Ρυθμίσεις",
        "news_h": "Εγγραφείτε στο newsletter",
        "news_p": "Λάβετε κάθε πρωί τις σημαντικότερες ειδήσεις της ημέρας στο email σας. Μπορείτε να διαγραφείτε οποιαδήποτε στιγμή.",
        "email": "Η διεύθυνση email σας",
        "subscribe": "Εγγραφή",
        "read_more": "Διαβάστε περισσότερα",
        "by": "Του",
        "updated": "Ενημερώθηκε",
        "ago": ["πριν από {n} λεπτά", "πριν από {h} ώρες"],
        "footer": ["Όροι χρήσης", "Απόρρητο", "Επικοινωνία", "Διαφήμιση"],
        "rights": "© 2024 Η Εφημερίδα. Με επιφύλαξη παντός δικαιώματος.",
        "tags": "Ετικέτες",
        "users": ["Γιώργος", "maria_k", "αναγνώστης", "Νίκος Π."],
        "next": "Επόμενο άρθρο",
    },
    "ar": {
        "nav": ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "العالم", "مجتمع", "رأي"],
        "related": ["اقرأ أيضا", "مقالات ذات صلة", "أخبار ذات صلة"],
        "read_also": ["اقرأ أيضا", "شاهد أيضا"],
        "most_read": "الأكثر قراءة",
        "comments": "التعليقات",
        "count": "{n} تعليقات",
        "reply": "رد",
        "like": "إعجاب",
        "report": "إبلاغ",
        "write": "أضف تعليقا",
        "more_comments": "المزيد من التعليقات",
        "share": ["شارك", "طباعة", "أرسل بالبريد"],
        "cookie_p": "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة الزيارات على موقعنا. باستمرارك في التصفح فإنك توافق على استخدامها.",
        "accept": "قبول الكل",
        "reject": "رفض",
        "settings": "الإعدادات",
        "news_h": "اشترك في النشرة البريدية",
        "news_p": "احصل كل صباح على أهم أخبار اليوم في بريدك الإلكتروني. يمكنك إلغاء الاشتراك في أي وقت.",
        "email": "بريدك الإلكتروني",
        "subscribe": "اشترك",
        "read_more": "اقرأ المزيد",
        "by": "بقلم",
        "updated": "آخر تحديث",
        "ago": ["منذ {n} دقيقة", "منذ {h} ساعات"],
        "footer": ["من نحن", "سياسة الخصوصية", "اتصل بنا", "أعلن معنا"],
        "rights": "© 2024 جريدة اليوم. جميع الحقوق محفوظة.",
        "tags": "الوسوم",
        "users": ["أحمد", "sara_m", "قارئ", "محمد ع."],
        "next": "المقال التالي",
    },
    "he": {
        "nav": ["ראשי", "פוליטיקה", "כלכלה", "ספורט", "תרבות", "העולם", "חדשות", "דעות"],
        "related": ["כתבות נוספות", "עוד בנושא", "קראו גם"],
        "read_also": ["קראו גם", "עוד בנושא"],
        "most_read": "הנקראים ביותר",
        "comments": "תגובות",
        "count": "{n} תגובות",
        "reply": "הגב",
        "like": "אהבתי",
        "report": "דווח",
        "write": "הוסיפו תגובה",
        "more_comments": "תגובות נוספות",
        "share": ["שתפו", "הדפסה", "שלחו במייל"],
        "cookie_p": "אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה ולנתח את התנועה באתר. המשך הגלישה מהווה הסכמה לשימוש בהן.",
        "accept": "אישור",
        "reject": "דחייה",
        "settings": "הגדרות",
        "news_h": "הירשמו לניוזלטר",
        "news_p": "קבלו בכל בוקר את החדשות החשובות של היום ישירות לתיבת הדואר שלכם. אפשר לבטל את ההרשמה בכל עת.",
        "email": "כתובת הדואר שלכם",
        "subscribe": "הרשמה",
        "read_more": "להמשך קריאה",
        "by": "מאת",
        "updated": "עודכן",
        "ago": ["לפני {n} דקות", "לפני {h} שעות"],
        "footer": ["אודות", "פרטיות", "צור קשר", "פרסום"],
        "rights": "© 2024 העיתון. כל הזכויות שמורות.",
        "tags": "תגיות",
        "users": ["דני", "noa_l", "קורא", "יוסי כ."],
        "next": "הכתבה הבאה",
    },
    "th": {
        "nav": ["หน้าแรก", "การเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง", "ต่างประเทศ", "สังคม", "ความคิดเห็น"],
        "related": ["ข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "บทความแนะนำ"],
        "read_also": ["อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง"],
        "most_read": "ข่าวยอดนิยม",
        "comments": "ความคิดเห็น",
        "count": "{n} ความคิดเห็น",
        "reply": "ตอบกลับ",
        "like": "ถูกใจ",
        "report": "แจ้งลบ",
        "write": "แสดงความคิดเห็น",
        "more_comments": "ดูความคิดเห็นเพิ่มเติม",
        "share": ["แชร์", "พิมพ์", "ส่งอีเมล"],
        "cookie_p": "เว็บไซต์นี้ใช้คุกกี้เพื่อปรับปรุงประสบการณ์การใช้งานและวิเคราะห์การเข้าชมเว็บไซต์ การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับการใช้คุกกี้",
        "accept": "ยอมรับทั้งหมด",
        "reject": "ปฏิเสธ",
        "settings": "ตั้งค่า",
        "news_h": "สมัครรับจดหมายข่าว",
        "news_p": "รับข่าวสำคัญประจำวันทุกเช้าส่งตรงถึงอีเมลของคุณ ยกเลิกการสมัครได้ทุกเมื่อ",
        "email": "อีเมลของคุณ",
        "subscribe": "สมัคร",
        "read_more": "อ่านต่อ",
        "by": "โดย",
        "updated": "อัปเดต",
        "ago": ["{n} นาทีที่แล้ว", "{h} ชั่วโมงที่แล้ว"],
        "footer": ["เกี่ยวกับเรา", "นโยบายความเป็นส่วนตัว", "ติดต่อเรา", "ลงโฆษณา"],
        "rights": "© 2024 หนังสือพิมพ์รายวัน สงวนลิขสิทธิ์",
        "tags": "แท็ก",
        "users": ["สมชาย", "nok_p", "ผู้อ่าน", "วิชัย ก."],
        "next": "บทความถัดไป",
    },
    "ja": {
        "nav": ["トップ", "政治", "経済", "スポーツ", "文化", "国際", "社会", "オピニオン"],
        "related": ["関連記事", "あわせて読みたい", "おすすめ記事"],
        "read_also": ["関連記事", "あわせて読みたい"],
        "most_read": "アクセスランキング",
        "comments": "コメント",
        "count": "コメント{n}件",
        "reply": "返信",
        "like": "いいね",
        "report": "通報",
        "write": "コメントを書く",
        "more_comments": "もっと見る",
        "share": ["シェア", "印刷", "メールで送る"],
        "cookie_p": "当サイトではサービス向上とアクセス解析のためにクッキーを使用しています。サイトの閲覧を続けることで、クッキーの使用に同意したものとみなします。",
        "accept": "同意する",
        "reject": "拒否する",
        "settings": "設定",
        "news_h": "ニュースレターを購読",
        "news_p": "毎朝、その日の重要なニュースをメールでお届けします。購読はいつでも解除できます。",
        "email": "メールアドレス",
        "subscribe": "登録する",
        "read_more": "続きを読む",
        "by": "文：",
        "updated": "更新",
        "ago": ["{n}分前", "{h}時間前"],
        "footer": ["会社概要", "プライバシーポリシー", "お問い合わせ", "広告掲載"],
        "rights": "© 2024 日刊新聞社 無断転載を禁じます。",
        "tags": "タグ",
        "users": ["たろう", "hanako", "読者", "山田"],
        "next": "次の記事",
    },
    "ko": {
        "nav": ["홈", "정치", "경제", "스포츠", "문화", "국제", "사회", "오피니언"],
        "related": ["관련 기사", "함께 읽으면 좋은 기사", "추천 기사"],
        "read_also": ["관련 기사", "함께 보기"],
        "most_read": "많이 본 뉴스",
        "comments": "댓글",
        "count": "댓글 {n}개",
        "reply": "답글",
        "like": "좋아요",
        "report": "신고",
        "write": "댓글 쓰기",
        "more_comments": "댓글 더보기",
        "share": ["공유하기", "인쇄", "이메일 보내기"],
        "cookie_p": "이 웹사이트는 서비스 개선과 방문 분석을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.",
        "accept": "모두 허용",
        "reject": "거부",
        "settings": "설정",
        "news_h": "뉴스레터 구독",
        "news_p": "매일 아침 그날의 주요 뉴스를 이메일로 보내드립니다. 언제든지 구독을 취소할 수 있습니다.",
        "email": "이메일 주소",
        "subscribe": "구독하기",
        "read_more": "더 보기",
        "by": "기자",
        "updated": "수정",
        "ago": ["{n}분 전", "{h}시간 전"],
        "footer": ["회사소개", "개인정보처리방침", "고객센터", "광고문의"],
        "rights": "© 2024 오늘신문. 무단 전재 및 재배포 금지.",
        "tags": "태그",
        "users": ["민수", "jiyoung", "독자", "김철수"],
        "next": "다음 기사",
    },
}

_SENT_END = ".!?。！？؟۔"


# --- prose read at run time ---------------------------------------------------------------------------------------


_ACCENT = {":": "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", ",": "\u0327"}


def _troff_paragraphs(raw: str) -> list[str]:
    """The running-text paragraphs of a man page's troff source (requests, fonts and escapes removed)."""
    paras: list[str] = []
    cur: list[str] = []
    for line in raw.splitlines():
        if line.startswith((".", "'")):
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        text = re.sub(r"\\f(?:\[[^\]]*\]|\(..|.)", "", line)
        text = re.sub(
            r"\\\(([:'`^~,])(.)", lambda m: unicodedata.normalize("NFC", m.group(2) + _ACCENT[m.group(1)]), text
        )
        text = re.sub(r"\\\[u([0-9A-F]{4})\]", lambda m: chr(int(m.group(1), 16)), text)
        text = (
            text.replace("\\(Fo", "«")
            .replace("\\(Fc", "»")
            .replace("\\(aq", "'")
            .replace("\\(en", "–")
            .replace("\\(em", "—")
        )
        text = re.sub(r"\\\[[^\]]*\]|\\\(..|\\\*\(..|\\\*.|\\[&|^~]", "", text)
        text = text.replace("\\-", "-").replace("\\e", "\\").replace("\\ ", " ").replace("\\", "")
        if text.strip():
            cur.append(text.strip())
    if cur:
        paras.append(" ".join(cur))
    return [re.sub(r"\s+", " ", p).strip() for p in paras]


def _letters_in(text: str, scripts: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    pat = re.compile(scripts)
    return sum(1 for c in letters if pat.search(unicodedata.name(c, ""))) / len(letters)


@cache
def _stopwords(name: str) -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist(name))


def _in_language(text: str, name: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 12:
        return False
    own = sum(1 for w in words if w in _stopwords(name)) / len(words)
    english = sum(1 for w in words if w in _stopwords("English")) / len(words)
    return own >= 0.25 and own > english + 0.1


@cache
def man_articles(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(title, paragraphs) of each translated man page of ``lang`` with three or more paragraphs of prose in it."""
    name = LANGS[lang][0]
    out = []
    for path in sorted(Path(f"/usr/share/man/{lang}").glob("man*/*.gz")):
        try:
            raw = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        except OSError:
            continue
        paras = _troff_paragraphs(raw)
        title = ""
        m = re.search(r'^\.SH\s+"?(?:NAME|NOM|NOMBRE|NOME|NAZWA|ИМЯ|НАЗВАНИЕ|NAAM)"?\s*\n(.+)$', raw, re.M)
        if m:
            title = _troff_paragraphs(m.group(1))[0] if _troff_paragraphs(m.group(1)) else ""
            title = title.split(" - ", 1)[-1].strip()
        prose = [
            p
            for p in paras
            if 120 <= len(p) <= 900
            and p[-1] in _SENT_END
            and p.count(".") >= 1
            and _in_language(p, name)
            and not re.search(r"[<>&]|[{}=$/]{2}|\b[a-z]+_[a-z]+\b|--\w", p)
        ]
        if len(prose) >= 3 and 8 <= len(title) <= 90:
            out.append((title[:1].upper() + title[1:], tuple(prose[:10])))
    return tuple(out)


@cache
def catalog_messages(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(sentences, short labels) of ``lang``'s gettext catalogs: translated messages in the language's script."""
    scripts = LANGS[lang][1] or ""
    sents, shorts = set(), set()
    for path in sorted(Path(f"/usr/share/locale/{lang}/LC_MESSAGES").glob("*.mo")):
        if path.name.startswith("iso_"):
            continue
        try:
            with path.open("rb") as fh:
                cat = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        for v in cat.values():
            if not isinstance(v, str) or re.search(r"[%{}<>\n\\_|@/=]|\$\w", v):
                continue
            v = v.strip()
            if _letters_in(v, scripts) < 0.85:
                continue
            if 45 <= len(v) <= 300:
                sents.add(v if v[-1] in _SENT_END else v + ("。" if lang == "ja" else "" if lang == "th" else "."))
            elif 12 <= len(v) <= 40 and v[-1] not in _SENT_END + ":：":
                shorts.add(v)
    return tuple(sorted(sents)), tuple(sorted(shorts))


@dataclass
class Text:
    """The prose of one language: articles (title, paragraphs) and headlines."""

    lang: str
    articles: list[tuple[str, list[str]]] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, lang: str, seed: str) -> Text:
        rng = random.Random(f"{seed}/{lang}/text")
        out = cls(lang)
        if LANGS[lang][0]:
            for title, paras in man_articles(lang):
                out.articles.append((title, list(paras)))
            out.headlines = [t for t, _ in out.articles]
        else:
            sents, shorts = catalog_messages(lang)
            sents_l = list(sents)
            rng.shuffle(sents_l)
            sep = "" if lang in ("ja", "th") else " "
            if lang == "th":
                sep = " "
            k = 0
            heads = list(shorts)
            rng.shuffle(heads)
            while k + 12 <= len(sents_l) and len(out.articles) < 80:
                paras = []
                for _ in range(rng.randrange(3, 7)):
                    n = rng.randrange(2, 5)
                    paras.append(sep.join(sents_l[k : k + n]))
                    k += n
                title = heads[len(out.articles) % len(heads)] if heads else paras[0][:30]
                out.articles.append((title, paras))
            out.headlines = heads[:200] or [t for t, _ in out.articles]
        rng.shuffle(out.articles)
        return out

    def sentences(self, rng: random.Random, n: int, avoid: int) -> list[str]:
        """``n`` sentences of articles other than number ``avoid``."""
        out = []
        while len(out) < n:
            i = rng.randrange(len(self.articles))
            if i == avoid and len(self.articles) > 1:
                continue
            para = rng.choice(self.articles[i][1])
            parts = [s for s in re.split(r"(?<=[.!?。！？؟])\s+", para) if len(s) >= 25] or [para]
            out.append(rng.choice(parts))
        return out


# --- page assembly --------------------------------------------------------------------------------------------------


def _date(rng: random.Random, lang: str) -> str:
    from babel.dates import format_date

    d = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(600))
    return format_date(d, "long", locale=lang)


def _when(rng: random.Random, w: dict[str, object]) -> str:
    return str(rng.choice(w["ago"])).format(n=rng.randrange(2, 59), h=rng.randrange(1, 12))  # type: ignore[arg-type]


def _link_list(rng: random.Random, heads: list[str], n: int) -> tuple[str, list[str]]:
    picked = rng.sample(heads, min(n, len(heads)))
    return "".join(f'<li><a href="/artikel/{rng.randrange(10**6)}.html">{h}</a></li>' for h in picked), picked


def build_page(lang: str, kind: str, index: int, text: Text, seed: str) -> GenPage | None:
    pid = f"{lang}-{kind}-{index}" if seed == SET else f"{seed}-{lang}-{kind}-{index}"
    rng = random.Random(f"{seed}/{pid}")
    w = L[lang]
    if not text.articles:
        return None
    art = (index * 7 + KINDS.index(kind) * 3) % len(text.articles)
    title, paras = text.articles[art]
    paras = paras[: rng.randrange(3, 8)]
    heads = [h for h in text.headlines if h != title] or [title]
    must_not: list[str] = []
    nav = "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(w["nav"]))  # type: ignore[attr-defined]
    must_not += list(w["nav"][2:5])  # type: ignore[index]
    header = f'<header class="site-header"><div class="logo"><a href="/">Logo</a></div><nav class="main-nav"><ul>{nav}</ul></nav></header>'
    crumbs = f'<div class="breadcrumb"><a href="/">{w["nav"][0]}</a> › <a href="/s">{w["nav"][rng.randrange(1, 8)]}</a> › <span>{title}</span></div>'  # type: ignore[index]
    author = rng.choice(
        [
            "Anna Schmidt",
            "Jean Dupont",
            "Carlos Ruiz",
            "Marta Rossi",
            "Piotr Nowak",
            "Olga Ivanova",
            "Eva de Vries",
            "Nikos P.",
            "K. Tanaka",
        ]
    )
    byline = f'<div class="meta"><span class="author">{w["by"]} <a href="/autor/1">{author}</a></span> <time>{_date(rng, lang)}</time> <span class="upd">{w["updated"]} {_date(rng, lang)}</span></div>'
    share_items = "".join(f'<li><a href="#s{i}">{s}</a></li>' for i, s in enumerate(w["share"]))  # type: ignore[attr-defined]
    share = f'<div class="share-bar"><ul>{share_items}</ul></div>'
    must_not.append(str(w["share"][0]))  # type: ignore[index]
    body_ps = [f"<p>{p}</p>" for p in paras]
    above, below, side = "", "", ""
    kinds = tuple(k for k in KINDS[1:-1] if k not in BARE_KINDS) if kind == "combo" else (kind,)
    c_cls, r_cls = CLASSES.get(lang, ("comments", "related"))
    for k in kinds:
        if k == "related_below":
            items, picked = _link_list(rng, heads, 5)
            head = rng.choice(w["related"])  # type: ignore[arg-type]
            below += f'<div class="related"><h3>{head}</h3><ul>{items}</ul></div>'
            must_not += [head, *picked[:2]]
        elif k == "related_above":
            items, picked = _link_list(rng, heads, 4)
            head = rng.choice(w["related"])  # type: ignore[arg-type]
            above += f'<div class="box-top"><h4>{head}</h4><ul>{items}</ul></div>'
            must_not += [head, *picked[:2]]
        elif k == "read_also" and len(body_ps) >= 3:
            h = rng.choice(heads)
            label = rng.choice(w["read_also"])  # type: ignore[arg-type]
            at = rng.randrange(1, len(body_ps) - 1)
            body_ps.insert(at, f'<p><strong>{label}:</strong> <a href="/a/{rng.randrange(10**6)}">{h}</a></p>')
            must_not += [h]
        elif k == "sidebar":
            items, picked = _link_list(rng, heads, 8)
            side += (
                f'<aside class="sidebar"><div class="widget"><h3>{w["most_read"]}</h3><ol>{items}</ol></div></aside>'
            )
            must_not += [str(w["most_read"]), *picked[:2]]
        elif k == "comments":
            n = rng.randrange(4, 8)
            items = []
            for c in range(n):
                said = " ".join(text.sentences(rng, rng.randrange(1, 3), art))
                user = rng.choice(w["users"])  # type: ignore[arg-type]
                items.append(
                    f'<li class="c-item"><div class="c-head"><a href="/u/{c}">{user}</a> <span class="c-time">{_when(rng, w)}</span></div>'
                    f'<div class="c-body"><p>{said}</p></div><div class="c-act"><a href="#r{c}">{w["reply"]}</a> <a href="#l{c}">{w["like"]} ({rng.randrange(40)})</a> <a href="#x{c}">{w["report"]}</a></div></li>'
                )
                if c < 2:
                    must_not.append(said)
            below += (
                f'<section class="c-area"><h3>{str(w["count"]).format(n=n)}</h3><form class="c-form"><textarea placeholder="{w["write"]}"></textarea><button>{w["comments"]}</button></form>'
                f'<ul class="c-list">{"".join(items)}</ul><a class="c-more" href="#more">{w["more_comments"]}</a></section>'
            )
            must_not.append(str(w["more_comments"]))
        elif k == "comments_bare":
            n = rng.randrange(4, 8)
            items = []
            for c in range(n):
                said = " ".join(text.sentences(rng, rng.randrange(1, 3), art))
                user = rng.choice(w["users"])  # type: ignore[arg-type]
                items.append(
                    f'<div class="{c_cls}-item"><span class="u"><a href="/u/{c}">{user}</a></span> <span>{_when(rng, w)}</span>'
                    f'<p>{said}</p><div><a href="#r{c}">{w["reply"]}</a> <a href="#x{c}">{w["report"]}</a></div></div>'
                )
                if c < 2:
                    must_not.append(said)
            below += f'<div id="{c_cls}" class="{c_cls}">{"".join(items)}</div>'
        elif k == "related_bare":
            teas = []
            for _ in range(4):
                h = rng.choice(heads)
                s = text.sentences(rng, 1, art)[0]
                teas.append(f'<li><a href="/r/{rng.randrange(10**6)}">{h}</a><p>{s}</p></li>')
                must_not.append(s)
            below += f'<div class="{r_cls}"><ul>{"".join(teas)}</ul></div>'
        elif k == "cookie":
            above = (
                f'<div class="consent"><p>{w["cookie_p"]}</p><button>{w["accept"]}</button><button>{w["reject"]}</button><a href="#c">{w["settings"]}</a></div>'
                + above
            )
            must_not.append(str(w["cookie_p"])[:40])
        elif k == "newsletter":
            below += f'<div class="nl-box"><h3>{w["news_h"]}</h3><p>{w["news_p"]}</p><form><input type="email" placeholder="{w["email"]}"><button>{w["subscribe"]}</button></form></div>'
            must_not += [str(w["news_h"]), str(w["news_p"])[:40]]
        elif k == "teasers":
            teas = []
            for _ in range(3):
                h = rng.choice(heads)
                s = text.sentences(rng, 1, art)[0]
                teas.append(
                    f'<div class="teaser"><h4><a href="/t/{rng.randrange(10**6)}">{h}</a></h4><p>{s}</p><a href="/t/x">{w["read_more"]}</a></div>'
                )
                must_not.append(s)
            below += f'<div class="more-news">{"".join(teas)}</div>'
            must_not.append(str(w["read_more"]))
        elif k == "next_article":
            j = (art + 1) % len(text.articles)
            t2, p2 = text.articles[j]
            below += f'<div class="next"><div class="label">{w["next"]}</div><h2><a href="/n/{rng.randrange(10**6)}">{t2}</a></h2><div class="meta">{w["by"]} {author} · {_date(rng, lang)}</div>{"".join(f"<p>{p}</p>" for p in p2[:3])}</div>'
            must_not.append(p2[0][:60])
    tags = "".join(
        f'<a href="/tag/{i}">{h.split()[0]}</a> ' for i, h in enumerate(rng.sample(heads, min(3, len(heads))))
    )
    foot_links = " | ".join(f'<a href="/f{i}">{x}</a>' for i, x in enumerate(w["footer"]))  # type: ignore[attr-defined]
    footer = f'<footer><div class="links">{foot_links}</div><p class="copy">{w["rights"]}</p></footer>'
    must_not += [str(w["footer"][1]), str(w["rights"])]  # type: ignore[index]
    article = (
        f'<article class="story"><h1>{title}</h1>{byline}{share}<div class="story-body">{"".join(body_ps)}</div>'
        f'<div class="tags">{w["tags"]}: {tags}</div>{share}</article>'
    )
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Portal</title></head><body>'
        f'{header}{crumbs}<div class="wrap"><main class="content">{above}{article}{below}</main>{side}</div>{footer}</body></html>'
    )
    gold = "\n".join(paras)
    first = re.split(r"(?<=[.!?。！？؟])\s+", paras[0])[0][:80]
    last = re.split(r"(?<=[.!?。！？؟])\s+", paras[-1])[-1][-80:]
    return GenPage(SET, pid, kind, html, gold, [first, last], [m for m in must_not if m and m not in gold], lang=lang)


def build(seed: str = SET, langs: tuple[str, ...] = tuple(LANGS)) -> list[GenPage]:
    pages = []
    for lang in langs:
        text = Text.load(lang, seed)
        if len(text.articles) < 4:
            print(f"# {lang}: only {len(text.articles)} articles of prose on this machine, left out", file=sys.stderr)
            continue
        for kind in KINDS:
            for i in range(PAGES_PER_KIND):
                page = build_page(lang, kind, i, text, seed)
                if page:
                    pages.append(page)
    return pages


# --- scoring --------------------------------------------------------------------------------------------------------


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().lower()


def judge(page: GenPage, out: str) -> Result:
    o = _norm(out)
    lines = {_norm(x) for x in out.splitlines()}
    # a short snippet (a menu item, a label) leaks as a line of its own or a line's start ("Teilen", "Sport" is no
    # leak inside "Transport"); a long one anywhere
    leaked = [
        m
        for m in page.must_not
        if (_norm(m) in o if len(m) >= 25 else any(x == _norm(m) or x.startswith(_norm(m) + " ") for x in lines))
    ]
    missing = [m for m in page.must if _norm(m) not in o]
    return Result(prf(out, page.gold)[0], not leaked and not missing, leaked, missing, not out.strip())


def _url(p: gen_score.Page) -> str:
    return f"https://example.{p.lang}/{p.id}.html"


def cli(
    argv: list[str] | None,
    doc: str | None,
    build: Callable[[str, tuple[str, ...]], list[GenPage]],
    seed: str,
    langs: Sequence[str],
    kinds: Sequence[str],
    by: str,
) -> int:
    """A language generator's command line (this one's and ``multilang_corpus``'s): ``--score`` (``--by`` language
    or kind), ``--lang``, ``--list``, ``--dump``, ``--seed``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--cleaner-only", action="store_true")
    ap.add_argument("--by", choices=("lang", "kind"), default=by)
    ap.add_argument("--lang", action="append", choices=list(langs))
    ap.add_argument("--list", type=int, default=0, help="list the N worst tune pages (cleaner)")
    ap.add_argument("--dump", help="print a tune page's html, gold and cleaner output")
    ap.add_argument("--seed", default=seed)
    args = ap.parse_args(argv)
    pages = build(args.seed, tuple(args.lang or langs))
    if args.dump:
        for p in pages:
            if p.id == args.dump:
                if p.half == CHECK:
                    print("a check page: not shown")
                    return 1
                print(p.html, "\n\n--- gold\n", p.gold, "\n\n--- must not\n", p.must_not)
                print("\n--- cleaner\n", gen_score.tools(("cleaner",), _url)["cleaner"](p))
                return 0
        print("no such page")
        return 1
    names = ("cleaner",) if args.cleaner_only else ("cleaner", "trafilatura")
    if args.score or args.list:
        how = Scoring(_norm, _url, kinds if args.by == "kind" else langs, label_width=14, id_width=24, judge=judge)
        gen_score.score(pages, names, args.list, how, by=args.by)
    return 0


def main(argv: list[str] | None = None) -> int:
    return cli(argv, __doc__, build, SET, tuple(LANGS), KINDS, "lang")


if __name__ == "__main__":
    raise SystemExit(main())
