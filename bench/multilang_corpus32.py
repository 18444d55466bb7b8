"""News and blog pages in twelve languages no earlier generator renders, a generator of round 32 (issue #12: on
trafilatura's own multilingual evaluation cleaner scored 0.905 against trafilatura's 0.926, the only hidden set where
it is behind; ``multilang_corpus`` (de/fr/es/it/pt/ru/pl/nl/ja) scores 0.999 on its own seed).

Written (branch multilang32) before cleaner's block-selection code was read and before cleaner was run on it. The
markup is the author's rendering, from memory, of what sites of these markets serve; no third-party page is copied
and every chrome sentence (``CHROME``) is the author's own, written in the language. Languages (``LANGS``): Korean,
Vietnamese, Indonesian, Turkish, Greek, Czech, Swedish, Hungarian, Arabic and Hebrew (``dir=rtl``), Hindi (sentences
end in '।'), Thai (no spaces between words, no sentence punctuation). Layouts (``KINDS``):

- ``portal``: a Naver / Daum-like news view: breadcrumb, headline, "published / updated" date line, reporter line,
  the body as text runs separated by ``<br><br>`` in one ``div`` (no ``<p>``), a photo with a caption and credit
  inside the body, an inline "read also" box of two linked titles, the reporter's e-mail line and a copyright line
  at its end, a reactions bar, a comment count, a related grid of headlines with one-paragraph summaries and a
  most-read ranking;
- ``magazine``: an ``<article>`` with a lead (standfirst, gold), subheadings (gold), figures with captions and
  photo credits, an inline "read also" aside, an author box with a bio sentence, a tag list, a newsletter prompt
  with an e-mail input, and a related grid with one-paragraph summaries;
- ``paywall``: a cookie / consent wall in the language (a dialog of two prose sentences and buttons) before the
  page, breadcrumb and date line, two or three visible paragraphs (gold) and then a paywall teaser (a prose pitch
  sentence and a subscribe button), a related list;
- ``short``: a one- or two-paragraph item whose related grid (headline + one summary sentence each) and most-read
  list hold more text than the article;
- ``blog``: a personal blog theme: date line with a comment count link, the post, a tag list, a comment section of
  prose comments (name, date, text, "reply"), a sidebar with an "about me" prose paragraph and an archive list.

Body prose is read at run time from the machine's gettext catalogs (``/usr/share/locale/<lang>/LC_MESSAGES``, the
packages' licences; nothing of it is committed), as ``lang_corpus`` does for scripts without man pages: translated
messages in the language's script (Latin-script languages: messages with enough of jusText's stop words of the
language), grouped two to four into a paragraph. Hindi messages end in '।', Thai ones lose a trailing '.'.

Gold: the lead, the body paragraphs and subheadings (no title, byline, date, caption, credit or chrome). Scores:
token F1 and trafilatura's snippet rule (the first and the last body sentence must appear, no chrome string may;
a short chrome label leaks only as a line or a line's start, ``lang_corpus.judge``), leak rate, empty outputs.

Halves: per layout, the languages ranked by a hash of ``multilang32/<layout>/<lang>``, alternately tune and check (so
a check page is a language the layout was never tuned on; every seed draws the same split).

    python bench/multilang_corpus32.py --score                  # cleaner and trafilatura, tune and check, per layout
    python bench/multilang_corpus32.py --score --by-lang        # the same per language
    python bench/multilang_corpus32.py --score --cleaner-only   # cleaner alone
    python bench/multilang_corpus32.py --list 20                # the worst tune pages
    python bench/multilang_corpus32.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/multilang_corpus32.py --seed S --score         # fresh pages of the same layouts
"""

# ruff: noqa: E501  (markup and chrome sentences are long literal lines)
from __future__ import annotations

import gettext
import hashlib
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
import lang_corpus
from gen_score import GenPage, Result, Scoring
from halves import CHECK, TUNE

SET = "multilang32"
PAGES = 2
"""Pages per language and layout."""

# language: (script test on unicodedata names, jusText stop list for Latin-script languages, right to left)
LANGS: dict[str, tuple[str, str, bool]] = {
    "ko": ("HANGUL", "", False),
    "vi": ("LATIN", "Vietnamese", False),
    "id": ("LATIN", "Indonesian", False),
    "tr": ("LATIN", "Turkish", False),
    "el": ("GREEK", "", False),
    "cs": ("LATIN", "Czech", False),
    "sv": ("LATIN", "Swedish", False),
    "hu": ("LATIN", "Hungarian", False),
    "ar": ("ARABIC", "", True),
    "he": ("HEBREW", "", True),
    "hi": ("DEVANAGARI", "", False),
    "th": ("THAI", "", False),
}

_K = ("home", "sections", "cookie_h", "cookie_p", "accept", "reject", "read_also", "tags", "comments", "newsletter",
      "subscribe", "paywall", "related", "most_read", "reporter", "photo", "share", "updated", "published", "bio",
      "copyright", "names", "login", "reply", "about", "archive")  # fmt: skip

# fmt: off
CHROME: dict[str, dict[str, object]] = {
    "ko": dict(zip(_K, ("홈", ["정치", "경제", "사회", "국제"], "쿠키 사용 안내", "이 웹사이트는 더 나은 서비스를 제공하기 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.", "모두 동의", "거부", "함께 읽으면 좋은 기사", "태그", "댓글 {n}개", "매일 아침 주요 뉴스를 이메일로 받아보세요. 구독은 언제든지 해지할 수 있습니다.", "구독하기", "이 기사의 전문은 유료 회원에게만 제공됩니다. 지금 가입하고 모든 기사를 무제한으로 읽어보세요.", "관련 기사", "많이 본 뉴스", "{name} 기자", "사진", "공유하기", "수정", "입력", "{name} 기자는 십 년 넘게 경제와 산업 분야를 취재해 왔습니다.", "저작권자 © 한빛일보 무단전재 및 재배포 금지", ["김민준", "이서연", "박지훈"], "댓글을 작성하려면 로그인하세요.", "답글", "블로그 주인은 여행과 커피를 좋아하는 평범한 회사원입니다. 주말마다 짧은 글을 올립니다.", "보관함"), strict=True)),
    "vi": dict(zip(_K, ("Trang chủ", ["Thời sự", "Kinh doanh", "Thế giới", "Thể thao"], "Chúng tôi sử dụng cookie", "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Khi tiếp tục truy cập, bạn đồng ý với chính sách cookie của chúng tôi.", "Đồng ý", "Từ chối", "Xem thêm", "Từ khóa", "{n} bình luận", "Đăng ký nhận bản tin để không bỏ lỡ những tin tức quan trọng nhất mỗi ngày.", "Đăng ký", "Bài viết này chỉ dành cho hội viên. Đăng ký ngay hôm nay để đọc toàn bộ nội dung không giới hạn.", "Tin liên quan", "Đọc nhiều nhất", "Phóng viên {name}", "Ảnh", "Chia sẻ", "Cập nhật", "Đăng lúc", "{name} là phóng viên mảng kinh tế với hơn mười năm kinh nghiệm.", "Bản quyền thuộc về Báo Sông Hồng. Không sao chép khi chưa được phép.", ["Nguyễn Văn An", "Trần Thị Mai", "Lê Hoàng Nam"], "Vui lòng đăng nhập để bình luận.", "Trả lời", "Tôi là một người thích đọc sách và đi bộ đường dài. Blog này ghi lại những điều nhỏ bé mỗi tuần.", "Lưu trữ"), strict=True)),
    "id": dict(zip(_K, ("Beranda", ["Nasional", "Ekonomi", "Internasional", "Olahraga"], "Kami menggunakan cookie", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui kebijakan cookie kami.", "Setuju", "Tolak", "Baca juga", "Tag", "{n} komentar", "Dapatkan berita pilihan setiap pagi langsung di kotak masuk email Anda.", "Berlangganan", "Artikel ini khusus untuk pelanggan. Berlangganan sekarang untuk membaca seluruh artikel tanpa batas.", "Berita terkait", "Terpopuler", "Penulis: {name}", "Foto", "Bagikan", "Diperbarui", "Diterbitkan", "{name} adalah jurnalis yang meliput isu ekonomi dan kebijakan publik sejak 2012.", "Hak cipta dilindungi undang-undang. Dilarang mengutip tanpa izin redaksi.", ["Budi Santoso", "Siti Rahmawati", "Andi Pratama"], "Silakan masuk untuk menulis komentar.", "Balas", "Saya seorang guru yang suka memasak dan menanam sayur di halaman rumah. Di sini saya menulis catatan harian.", "Arsip"), strict=True)),
    "tr": dict(zip(_K, ("Ana Sayfa", ["Gündem", "Ekonomi", "Dünya", "Spor"], "Çerez kullanımı", "Size daha iyi bir deneyim sunmak için çerezler kullanıyoruz. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz.", "Kabul et", "Reddet", "Bunlar da ilginizi çekebilir", "Etiketler", "{n} yorum", "Günün öne çıkan haberlerini her sabah e-posta kutunuza gönderelim.", "Abone ol", "Bu içeriğin devamı yalnızca abonelerimize açıktır. Hemen abone olun, tüm haberleri sınırsız okuyun.", "İlgili haberler", "En çok okunanlar", "Muhabir: {name}", "Fotoğraf", "Paylaş", "Güncelleme", "Yayınlanma", "{name}, on yılı aşkın süredir ekonomi ve enerji haberleri yazıyor.", "Tüm hakları saklıdır. İzinsiz kopyalanamaz ve yayınlanamaz.", ["Ayşe Yılmaz", "Mehmet Demir", "Elif Kaya"], "Yorum yapmak için giriş yapın.", "Yanıtla", "Kitap okumayı ve uzun yürüyüşleri seven bir mühendisim. Bu blogda haftalık notlarımı paylaşıyorum.", "Arşiv"), strict=True)),
    "el": dict(zip(_K, ("Αρχική", ["Πολιτική", "Οικονομία", "Κόσμος", "Αθλητισμός"], "Χρησιμοποιούμε cookies", "Ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας. Συνεχίζοντας την περιήγηση αποδέχεστε την πολιτική μας.", "Αποδοχή", "Απόρριψη", "Διαβάστε επίσης", "Ετικέτες", "{n} σχόλια", "Εγγραφείτε στο ενημερωτικό μας δελτίο και λάβετε τις σημαντικότερες ειδήσεις κάθε πρωί.", "Εγγραφή", "Το υπόλοιπο άρθρο είναι διαθέσιμο μόνο για συνδρομητές. Γίνετε συνδρομητής για απεριόριστη πρόσβαση.", "Σχετικά άρθρα", "Τα πιο δημοφιλή", "Γράφει: {name}", "Φωτογραφία", "Κοινοποίηση", "Ενημερώθηκε", "Δημοσιεύθηκε", "{name}: δημοσιογράφος με ειδίκευση στην οικονομία και την ενέργεια εδώ και δέκα χρόνια.", "Απαγορεύεται η αναδημοσίευση χωρίς την άδεια του εκδότη.", ["Γιώργος Παπαδόπουλος", "Μαρία Κωνσταντίνου", "Νίκος Αθανασίου"], "Συνδεθείτε για να σχολιάσετε.", "Απάντηση", "Είμαι δασκάλα σε ένα μικρό νησί και γράφω για βιβλία, κήπους και ταξίδια με το πλοίο.", "Αρχείο"), strict=True)),
    "cs": dict(zip(_K, ("Domů", ["Domácí", "Ekonomika", "Zahraničí", "Sport"], "Používáme cookies", "Tento web používá soubory cookie ke zlepšení vašeho zážitku. Pokračováním v procházení souhlasíte s jejich používáním.", "Přijmout vše", "Odmítnout", "Čtěte také", "Štítky", "Diskuse ({n})", "Přihlaste se k odběru newsletteru a dostávejte nejdůležitější zprávy každé ráno.", "Odebírat", "Celý článek je dostupný pouze předplatitelům. Předplaťte si nás a čtěte bez omezení.", "Související články", "Nejčtenější", "Autor: {name}", "Foto", "Sdílet", "Aktualizováno", "Publikováno", "{name} se v redakci věnuje ekonomice a energetice od roku 2015.", "Všechna práva vyhrazena. Obsah je chráněn autorským zákonem.", ["Jan Novák", "Petra Svobodová", "Tomáš Dvořák"], "Pro vložení komentáře se přihlaste.", "Odpovědět", "Jsem programátor z Brna, rád jezdím na kole a peču chleba. Na blogu sdílím poznámky z víkendů.", "Archiv"), strict=True)),
    "sv": dict(zip(_K, ("Start", ["Nyheter", "Ekonomi", "Utrikes", "Sport"], "Vi använder kakor", "Den här webbplatsen använder kakor för att förbättra din upplevelse. Genom att fortsätta godkänner du vår kakpolicy.", "Godkänn alla", "Avvisa", "Läs också", "Ämnen", "{n} kommentarer", "Prenumerera på vårt nyhetsbrev och få dagens viktigaste nyheter varje morgon.", "Prenumerera", "Den här artikeln är endast för prenumeranter. Bli prenumerant i dag och läs allt utan begränsning.", "Relaterade artiklar", "Mest läst", "Av {name}", "Foto", "Dela", "Uppdaterad", "Publicerad", "{name} är reporter på ekonomiredaktionen och skriver om energi och bostäder.", "Alla rättigheter förbehållna. Kopiering utan tillstånd är förbjuden.", ["Anna Lindberg", "Erik Johansson", "Sara Nilsson"], "Logga in för att kommentera.", "Svara", "Jag är bibliotekarie i Umeå och skriver om böcker, skidåkning och surdeg när tiden räcker till.", "Arkiv"), strict=True)),
    "hu": dict(zip(_K, ("Címlap", ["Belföld", "Gazdaság", "Külföld", "Sport"], "Sütiket használunk", "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. A böngészés folytatásával elfogadja adatkezelési tájékoztatónkat.", "Elfogadom", "Elutasítom", "Ezt is ajánljuk", "Címkék", "{n} hozzászólás", "Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a nap legfontosabb híreit.", "Feliratkozom", "A cikk teljes terjedelmében csak előfizetőink számára érhető el. Fizessen elő most, és olvasson korlátlanul.", "Kapcsolódó cikkek", "Legolvasottabb", "Szerző: {name}", "Fotó", "Megosztás", "Frissítve", "Közzétéve", "{name} a gazdasági rovat munkatársa, energiapolitikával és lakhatással foglalkozik.", "Minden jog fenntartva. A tartalom engedély nélküli átvétele tilos.", ["Nagy Péter", "Kovács Anna", "Szabó László"], "Hozzászóláshoz jelentkezzen be.", "Válasz", "Tanár vagyok egy vidéki iskolában, szeretem a kertészkedést és a régi térképeket. Itt hetente írok.", "Archívum"), strict=True)),
    "ar": dict(zip(_K, ("الرئيسية", ["سياسة", "اقتصاد", "العالم", "رياضة"], "نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على سياستنا.", "موافق", "رفض", "اقرأ أيضا", "الوسوم", "{n} تعليقات", "اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح.", "اشترك الآن", "هذا المقال متاح للمشتركين فقط، اشترك الآن لقراءة جميع المقالات دون حدود.", "أخبار ذات صلة", "الأكثر قراءة", "بقلم: {name}", "صورة", "شارك", "آخر تحديث", "نشر في", "{name} صحفي متخصص في الشؤون الاقتصادية منذ أكثر من عشر سنوات.", "جميع الحقوق محفوظة، ولا يجوز النقل دون إذن مسبق.", ["أحمد حسن", "فاطمة الزهراء", "محمد علي"], "سجل الدخول لكتابة تعليق.", "رد", "أنا معلمة أحب القراءة والطبخ، وأكتب هنا عن الكتب التي أقرؤها كل شهر.", "الأرشيف"), strict=True)),
    "he": dict(zip(_K, ("ראשי", ["חדשות", "כלכלה", "בעולם", "ספורט"], "אנחנו משתמשים בעוגיות", "האתר משתמש בעוגיות כדי לשפר את חוויית הגלישה שלך. המשך הגלישה מהווה הסכמה למדיניות הפרטיות שלנו.", "אישור", "דחייה", "עוד בנושא", "תגיות", "{n} תגובות", "הירשמו לניוזלטר שלנו וקבלו את החדשות החשובות ביותר בכל בוקר.", "להרשמה", "הכתבה המלאה זמינה למנויים בלבד. הצטרפו עכשיו וקראו ללא הגבלה.", "כתבות נוספות", "הנקראים ביותר", "מאת {name}", "צילום", "שיתוף", "עודכן", "פורסם", "{name} הוא כתב לענייני כלכלה ותשתיות ומסקר את התחום מזה עשור.", "כל הזכויות שמורות. אין להעתיק ללא רשות.", ["יוסי כהן", "מיכל לוי", "דני מזרחי"], "יש להתחבר כדי להגיב.", "השב", "אני מהנדסת מחיפה שאוהבת לאפות ולטייל בגליל. כאן אני כותבת על מה שלמדתי השבוע.", "ארכיון"), strict=True)),
    "hi": dict(zip(_K, ("होम", ["देश", "व्यापार", "दुनिया", "खेल"], "हम कुकीज़ का उपयोग करते हैं", "यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है। ब्राउज़िंग जारी रखकर आप हमारी नीति से सहमत होते हैं।", "स्वीकार करें", "अस्वीकार करें", "ये भी पढ़ें", "टैग", "{n} टिप्पणियां", "हमारे न्यूज़लेटर की सदस्यता लें और हर सुबह सबसे महत्वपूर्ण खबरें पाएं।", "सब्सक्राइब करें", "यह लेख केवल सदस्यों के लिए उपलब्ध है। अभी सदस्यता लें और बिना किसी सीमा के पढ़ें।", "संबंधित खबरें", "सबसे ज्यादा पढ़ी गई", "लेखक: {name}", "फोटो", "शेयर करें", "अपडेटेड", "प्रकाशित", "{name} दस वर्षों से अर्थव्यवस्था और ऊर्जा से जुड़ी खबरें लिख रहे हैं।", "सर्वाधिकार सुरक्षित। बिना अनुमति के सामग्री का उपयोग वर्जित है।", ["राहुल शर्मा", "प्रिया वर्मा", "अमित कुमार"], "टिप्पणी करने के लिए लॉग इन करें।", "जवाब दें", "मैं एक शिक्षक हूं और मुझे किताबें पढ़ना और बागवानी करना पसंद है। यहां मैं हर हफ्ते लिखता हूं।", "संग्रह"), strict=True)),
    "th": dict(zip(_K, ("หน้าแรก", ["การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "กีฬา"], "เว็บไซต์นี้ใช้คุกกี้", "เราใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ หากใช้งานเว็บไซต์ต่อถือว่าคุณยอมรับนโยบายความเป็นส่วนตัวของเรา", "ยอมรับทั้งหมด", "ปฏิเสธ", "อ่านเพิ่มเติม", "แท็ก", "{n} ความคิดเห็น", "สมัครรับจดหมายข่าวเพื่อรับข่าวสำคัญส่งตรงถึงอีเมลของคุณทุกเช้า", "สมัครสมาชิก", "บทความนี้สำหรับสมาชิกเท่านั้น สมัครสมาชิกวันนี้เพื่ออ่านบทความทั้งหมดได้ไม่จำกัด", "ข่าวที่เกี่ยวข้อง", "ข่าวยอดนิยม", "โดย {name}", "ภาพ", "แชร์", "อัปเดต", "เผยแพร่", "{name} เป็นผู้สื่อข่าวสายเศรษฐกิจที่ทำงานมากว่าสิบปี", "สงวนลิขสิทธิ์ ห้ามคัดลอกโดยไม่ได้รับอนุญาต", ["สมชาย ใจดี", "สุภาพร ศรีสุข", "วิชัย ทองดี"], "เข้าสู่ระบบเพื่อแสดงความคิดเห็น", "ตอบกลับ", "ผมเป็นช่างภาพอิสระที่ชอบเดินทางไปต่างจังหวัด บล็อกนี้เล่าเรื่องเล็กๆ ที่พบเจอระหว่างทาง", "คลังบทความ"), strict=True)),
}

_SENT = r"(?<=[.!?؟।])\s+"
"""Where a gold paragraph's sentences split (Thai paragraphs are one run: no sentence punctuation)."""


# --- prose read at run time ---------------------------------------------------------------------------------------


@cache
def _messages(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(sentences, short labels) of ``lang``'s gettext catalogs in the language's script (and, for Latin-script
    languages, with enough of the language's stop words)."""
    script, stoplist, _rtl = LANGS[lang]
    stop = lang_corpus._stopwords(stoplist) if stoplist else frozenset()
    english = lang_corpus._stopwords("English")
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
            if not isinstance(v, str) or re.search(r"[%{}<>\n\\_|@/=*#\[\]\"'`]|\$\w|\.\.|^\W", v):
                continue
            v = " ".join(v.split())
            if lang_corpus._letters_in(v, script) < 0.85:
                continue
            if stop:
                words = re.findall(r"[^\W\d_]+", v.lower())
                own = sum(w in stop for w in words) / max(len(words), 1)
                if len(words) < 6 or own < 0.2 or own <= sum(w in english for w in words) / len(words):
                    continue
            if 45 <= len(v) <= 260 and v[-1] not in ":：":
                v = v.rstrip(".!?;؛ ")
                end = {"hi": "।", "th": ""}.get(lang, ".")
                sents.add(v + end)
            elif 10 <= len(v) <= 40 and v[-1].isalpha():
                shorts.add(v)
    return tuple(sorted(sents)), tuple(sorted(shorts))


@dataclass
class Text:
    """One language's paragraphs of prose (sentences grouped two to four) and headlines, shuffled by the seed."""

    lang: str
    sentences: list[str]
    headlines: list[str]
    rng: random.Random

    @classmethod
    def load(cls, lang: str, seed: str) -> Text:
        rng = random.Random(f"{seed}/{lang}/text32")
        sents, shorts = _messages(lang)
        s, h = list(sents), list(shorts)
        rng.shuffle(s)
        rng.shuffle(h)
        return cls(lang, s, h, rng)

    def take(self, n: int) -> list[str]:
        """``n`` sentences not used before on this page set (wrapping round when the pool is spent)."""
        out = self.sentences[:n]
        self.sentences = self.sentences[n:] + out
        return out

    def paras(self, n: int) -> list[str]:
        return [" ".join(self.take(self.rng.randint(2, 4))) for _ in range(n)]

    def heads(self, n: int) -> list[str]:
        out = self.headlines[:n]
        self.headlines = self.headlines[n:] + out
        return out


# --- layouts ---------------------------------------------------------------------------------------------------------


@dataclass
class Ctx:
    lang: str
    rng: random.Random
    text: Text
    w: dict[str, object]
    title: str
    bad: list[str]

    def s(self, key: str, **kw: object) -> str:
        return str(self.w[key]).format(**kw)

    def chrome(self, *xs: str) -> None:
        self.bad.extend(xs)

    def name(self) -> str:
        return str(self.rng.choice(self.w["names"]))  # type: ignore[arg-type]

    def date(self) -> str:
        import datetime as dt

        from babel.dates import format_datetime

        d = dt.datetime(2023, 1, 1, 6) + dt.timedelta(minutes=self.rng.randrange(600 * 24 * 60))
        try:
            return format_datetime(d, "medium", locale=self.lang)
        except Exception:
            return d.strftime("%Y-%m-%d %H:%M")

    def grid(self, n: int, cls: str = "related-grid") -> str:
        """A related grid: headline links with a one-paragraph summary each (decoys that read like prose)."""
        cards = []
        for h in self.text.heads(n):
            summary = " ".join(self.text.take(self.rng.randint(1, 2)))
            self.chrome(h, summary)
            cards.append(
                f"<div class='card'><a href='/news/{self.rng.randrange(10**7)}'><img src='/thumb/{self.rng.randrange(999)}.jpg' alt=''><h3>{h}</h3></a><p class='summary'>{summary}</p></div>"
            )
        head = self.s("related")
        self.chrome(head)
        return f"<section class='{cls}'><h2>{head}</h2>{''.join(cards)}</section>"

    def ranking(self, n: int) -> str:
        hs = self.text.heads(n)
        head = self.s("most_read")
        self.chrome(head, *hs)
        items = "".join(f"<li><span class='rank'>{i + 1}</span><a href='/r/{self.rng.randrange(10**6)}'>{h}</a></li>" for i, h in enumerate(hs))
        return f"<aside class='most-read'><h2>{head}</h2><ol>{items}</ol></aside>"

    def read_also(self, tag: str = "aside") -> str:
        hs = self.text.heads(2)
        label = self.s("read_also")
        self.chrome(label, *hs)
        links = "".join(f"<li><a href='/a/{self.rng.randrange(10**6)}'>{h}</a></li>" for h in hs)
        return f"<{tag} class='read-also'><strong>{label}</strong><ul>{links}</ul></{tag}>"

    def figure(self) -> tuple[str, str]:
        cap = self.text.heads(1)[0]
        credit = f"{self.s('photo')}: {self.name()}"
        return cap, credit

    def tags(self) -> str:
        hs = [h.split()[0] if " " in h else h[:8] for h in self.text.heads(4)]
        label = self.s("tags")
        self.chrome(label)
        return f"<div class='tags'><span>{label}</span>{''.join(f'<a href=/tag/{i}>#{h}</a>' for i, h in enumerate(hs))}</div>"

    def nav(self) -> str:
        secs = self.w["sections"]
        self.chrome(*secs)  # type: ignore[misc]
        return "<nav class='gnb'>" + "".join(f"<a href='/{i}'>{x}</a>" for i, x in enumerate(secs)) + "</nav>"  # type: ignore[arg-type]

    def crumb(self) -> str:
        sec = str(self.rng.choice(self.w["sections"]))  # type: ignore[arg-type]
        return f"<div class='breadcrumb'><a href='/'>{self.s('home')}</a> &rsaquo; <a href='/s'>{sec}</a></div>"

    def comments_n(self) -> str:
        return self.s("comments", n=self.rng.randint(2, 240))


def _portal(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = c.text.paras(r.randint(4, 7))
    reporter = c.s("reporter", name=c.name())
    cap, credit = c.figure()
    runs: list[str] = []
    for i, p in enumerate(paras):
        if i == 1:
            runs.append(f"<span class='end_photo_org'><img src='/photo/{r.randrange(9999)}.jpg'><em class='img_desc'>{cap} / {credit}</em></span>")
        if i == len(paras) // 2 + 1:
            runs.append(c.read_also("div"))
        runs.append(p)
    mail = f"{reporter} reporter{r.randrange(99)}@hanbit.example"
    copy = c.s("copyright")
    c.chrome(copy, c.s("login"))
    body = "<br><br>".join(runs) + f"<br><br>{mail}<br>{copy}"
    head = (
        f"<div class='media_end_head'>{c.crumb()}<h2 class='media_end_head_headline'>{c.title}</h2>"
        f"<div class='media_end_head_info'><span>{c.s('published')} {c.date()}</span> <span>{c.s('updated')} {c.date()}</span>"
        f"<em class='media_end_head_journalist_name'>{reporter}</em> <a class='cmt'>{c.comments_n()}</a> <button>{c.s('share')}</button></div></div>"
    )
    reactions = "<div class='reaction'>" + "".join(f"<button>{e} {r.randint(0, 300)}</button>" for e in ("👍", "😊", "😢", "😡")) + "</div>"
    main = (
        f"<div id='ct' class='newsct'>{head}<div id='dic_area' class='go_trans _article_content'>{body}</div>{reactions}"
        f"<div class='comment_box'><strong>{c.comments_n()}</strong><p>{c.s('login')}</p></div></div>{c.grid(4)}"
    )
    return main + c.ranking(8), paras


def _magazine(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    lead = " ".join(c.text.take(2))
    sections = [(c.text.heads(1)[0] if i else "", c.text.paras(r.randint(2, 3))) for i in range(r.randint(2, 3))]
    gold = [lead]
    parts = []
    for i, (sub, ps) in enumerate(sections):
        if sub:
            gold.append(sub)
            parts.append(f"<h2>{sub}</h2>")
        for j, p in enumerate(ps):
            parts.append(f"<p>{p}</p>")
            gold.append(p)
            if i == 0 and j == 0:
                cap, credit = c.figure()
                parts.append(f"<figure><img src='/img/{r.randrange(999)}.jpg' alt=''><figcaption>{cap} <span class='credit'>{credit}</span></figcaption></figure>")
            if i == 1 and j == 0:
                parts.append(c.read_also())
    name = c.name()
    bio = c.s("bio", name=name)
    news = c.s("newsletter")
    c.chrome(bio, news, c.s("subscribe"))
    author = f"<div class='author-box'><img src='/a/{r.randrange(99)}.jpg'><strong>{name}</strong><p>{bio}</p></div>"
    letter = f"<form class='newsletter'><p>{news}</p><input type='email' placeholder='e-mail'><button>{c.s('subscribe')}</button></form>"
    article = (
        f"<article class='story'>{c.crumb()}<header><h1>{c.title}</h1><p class='standfirst'>{lead}</p>"
        f"<div class='byline'>{c.s('reporter', name=name)} · <time>{c.date()}</time> · <a href='#comments'>{c.comments_n()}</a></div></header>"
        f"<div class='story-body'>{''.join(parts)}</div>{c.tags()}{author}</article>"
    )
    return f"<main>{article}{letter}{c.grid(r.randint(3, 5))}</main>", gold


def _paywall(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = c.text.paras(r.randint(2, 3))
    more = " ".join(c.text.take(2))
    c.chrome(c.s("cookie_h"), c.s("cookie_p"), c.s("paywall"), more)
    consent = (
        f"<div class='consent-overlay' role='dialog' aria-modal='true'><div class='consent-box'><h2>{c.s('cookie_h')}</h2>"
        f"<p>{c.s('cookie_p')}</p><p class='more'>{more}</p><button>{c.s('accept')}</button><button>{c.s('reject')}</button></div></div>"
    )
    wall = (
        f"<div class='paywall'><p>{c.s('paywall')}</p><a class='btn' href='/subscribe'>{c.s('subscribe')}</a>"
        f"<p class='login'>{c.s('login')}</p></div>"
    )
    article = (
        f"<div class='article-wrap'>{c.crumb()}<h1 class='headline'>{c.title}</h1><div class='dateline'>{c.s('published')}: {c.date()} | {c.s('reporter', name=c.name())}</div>"
        f"<div class='article-content is-locked'>{''.join(f'<p>{p}</p>' for p in paras)}</div>{wall}</div>"
    )
    hs = c.text.heads(5)
    c.chrome(*hs, c.s("related"))
    related = "".join(f"<li><a href='/x/{r.randrange(10**5)}'>{h}</a></li>" for h in hs)
    return f"{consent}{article}<div class='more-news'><h3>{c.s('related')}</h3><ul>{related}</ul></div>", paras


def _short(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = [" ".join(c.text.take(r.randint(2, 3))) for _ in range(r.randint(1, 2))]
    item = (
        f"<div class='news-item'>{c.crumb()}<h1>{c.title}</h1><p class='meta'>{c.date()} · {c.s('reporter', name=c.name())}</p>"
        f"<div class='text'>{''.join(f'<p>{p}</p>' for p in paras)}</div><div class='share'>{c.s('share')}</div></div>"
    )
    return f"<div class='col-main'>{item}{c.grid(r.randint(4, 6))}</div><div class='col-side'>{c.ranking(6)}</div>", paras


def _blog(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    paras = c.text.paras(r.randint(2, 5))
    comments = []
    for _ in range(r.randint(2, 5)):
        t = " ".join(c.text.take(r.randint(1, 2)))
        c.chrome(t)
        comments.append(
            f"<li class='comment'><div class='comment-meta'><b>{c.name()}</b> <time>{c.date()}</time></div><p>{t}</p><a class='reply' href='#'>{c.s('reply')}</a></li>"
        )
    about = c.s("about")
    c.chrome(about, c.s("reply"))
    n = c.comments_n()
    post = (
        f"<div class='post'><h1 class='post-title'>{c.title}</h1><div class='post-meta'>{c.date()} · <a href='#c'>{n}</a></div>"
        f"<div class='post-body'>{''.join(f'<p>{p}</p>' for p in paras)}</div>{c.tags()}</div>"
        f"<div id='c' class='comments'><h3>{n}</h3><ol>{''.join(comments)}</ol><p>{c.s('login')}</p></div>"
    )
    archive = "".join(f"<li><a href='/{2024 - i}'>{2024 - i}</a></li>" for i in range(4))
    side = f"<div class='sidebar'><div class='widget'><h3>{c.name()}</h3><p>{about}</p></div><div class='widget'><h3>{c.s('archive')}</h3><ul>{archive}</ul></div></div>"
    return f"<div class='wrap'><div class='content'>{post}</div>{side}</div>", paras


LAYOUTS: dict[str, Callable[[Ctx], tuple[str, list[str]]]] = {
    "portal": _portal,
    "magazine": _magazine,
    "paywall": _paywall,
    "short": _short,
    "blog": _blog,
}
KINDS = tuple(LAYOUTS)


def _halves() -> dict[tuple[str, str], str]:
    """Per layout, the languages ranked by a hash of ``multilang32/<layout>/<lang>``, alternately tune and check."""
    out: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        ranked = sorted(LANGS, key=lambda lang: hashlib.sha256(f"{SET}/{kind}/{lang}".encode()).hexdigest())
        for i, lang in enumerate(ranked):
            out[(kind, lang)] = TUNE if i % 2 == 0 else CHECK
    return out


_HALF = _halves()


@dataclass
class Page32(GenPage):
    @property
    def half(self) -> str:
        return _HALF[(self.kind, self.lang)]


def build_page(lang: str, kind: str, index: int, text: Text, seed: str) -> Page32:
    pid = f"{lang}_{kind}_{index}" if seed == SET else f"{seed}-{lang}_{kind}_{index}"
    rng = random.Random(f"{seed}/{lang}/{kind}/{index}")
    text.rng = rng
    title = text.heads(1)[0]
    c = Ctx(lang, rng, text, CHROME[lang], title, [])
    main, gold = LAYOUTS[kind](c)
    rtl = " dir='rtl'" if LANGS[lang][2] else ""
    site = {"ko": "한빛일보", "th": "ข่าวสด", "ar": "الخبر", "he": "חדשות היום", "hi": "समाचार"}.get(lang, "Daily")
    c.chrome(*[str(x) for x in (c.s("share"), c.s("accept"))])
    html = (
        f"<!DOCTYPE html><html lang='{lang}'{rtl}><head><meta charset='utf-8'><title>{title} | {site}</title></head><body>"
        f"<header class='site-header'><a class='logo' href='/'>{site}</a>{c.nav()}</header>{main}"
        f"<footer><p>{c.s('copyright')}</p></footer></body></html>"
    )
    page = gen_score.gen_page(SET, pid, kind, html, gold, c.bad, _SENT, lang=lang)
    return Page32(page.set_name, page.id, page.kind, page.html, page.gold, page.must, page.must_not, lang=lang)


def build(data: Path, seed: str = SET) -> list[Page32]:
    pages = []
    for lang in LANGS:
        text = Text.load(lang, seed)
        if len(text.sentences) < 40 or len(text.headlines) < 20:
            print(f"# {lang}: only {len(text.sentences)} sentences on this machine, left out", file=sys.stderr)
            continue
        pages += [build_page(lang, kind, i, text, seed) for kind in KINDS for i in range(PAGES)]
    return pages


def _url(p: gen_score.Page) -> str:
    return f"https://news.example.{getattr(p, 'lang', 'xx')}/{p.id}.html"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().lower()


def judge(page: GenPage, out: str) -> Result:
    return lang_corpus.judge(page, out)


SCORING = Scoring(_norm, _url, KINDS, label_width=10, id_width=22, snippet_chars=30, judge=judge)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--by-lang" in argv:
        argv.remove("--by-lang")
        seed = argv[argv.index("--seed") + 1] if "--seed" in argv else SET
        names = ("cleaner",) if "--cleaner-only" in argv else ("cleaner", "trafilatura")
        how = Scoring(_norm, _url, tuple(LANGS), label_width=10, id_width=22, snippet_chars=30, judge=judge)
        gen_score.score(build(Path("."), seed), names, 0, how, by="lang")
        return 0
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
