# ruff: noqa: E501  (markup is long literal lines)
"""English forum engines and multilingual news pages that no other generator writes, around the English bench sets'
tune gold texts (read at run time) and the machine's translated gettext messages (as :mod:`lang_corpus` reads them).

    python bench/web_corpus20.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/web_corpus20.py --score --cleaner-only   # cleaner alone (quick)
    python bench/web_corpus20.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/web_corpus20.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/web_corpus20.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch en20), written before cleaner was run on it. Kinds (``KINDS``):

- ``flarum``: a Flarum discussion (``PostStream-item``, ``Post-header``, ``Post-body``, a "Like / Reply" bar, a
  "N people liked this" line), posts of one to three paragraphs;
- ``nodebb``: a NodeBB topic (``li[component=post]``, ``[component=post/content]``, a post-bar of votes and "Reply"
  / "Quote", a "N replies" topic header, a "Suggested topics" list of titles with one-sentence teasers);
- ``mybb``: a MyBB thread (``div.post``, ``div.post_author``, ``div.post_body``, ``div.post_controls``,
  "Find / Reply / Quote" buttons, a signature under ``div.signature``, "Users browsing this thread");
- ``lemmy``: a Lemmy / Kbin-like post with a nested comment tree (``comment-node`` in ``ul.comments``, "N points",
  "reply" / "report" / "…" buttons), a sidebar whose community description is prose (must not);
- ``gh_discussion``: a GitHub-Discussions-like page: the opening post, answers and their reply threads
  (``timeline-comment``, ``comment-body markdown-body``), "Marked as answer", reactions, a category sidebar;
- ``slashdot``: a Slashdot-like story (a summary paragraph quoting a source) and a nested comment list of titled
  comments ("Re: …", "(Score:4, Insightful)", "by nick (1234) on …"); gold: the summary and every comment's text;
- ``mhonarc``: a MHonArc mail archive page (``<!--X-Body-of-Message-->``, the header list, "Prev by Date" /
  "Next by thread" navigation, a ``<pre>`` or ``<tt>``-with-``<br>`` body of two to four paragraphs and a quoted
  paragraph) (gold: the body's own lines, the quote's attribution line and, since round 38, its "> " quoted lines,
  no signature: a convention change, the real sets' golds keep a quote's text, en_forum_corpus32's docstring; sweep
  row web_corpus20);
- ``se_code``: a Stack-Exchange-like question and two to four answers with ``<pre><code>`` blocks, inline
  ``<code>``, a comment list under each post (not gold, as in ``thread_corpus4``), "Linked" / "Related" / "Hot
  Network Questions" lists (gold: question and answers, code lines included);
- ``ml_news``: a news page in Arabic, Persian (``dir=rtl``), Hindi, Thai, Vietnamese, Indonesian, Turkish, Polish,
  Japanese or Korean: a nav bar, a breadcrumb, a share bar, a related box of headlines with a lead sentence each, a
  most-read list, a footer, the chrome labels in the language (the author's own words); the body is three to six
  paragraphs of translated gettext messages (``msgstr`` unlike its ``msgid``, in the script of the language), ended
  with the script's own full stop (``।``, ``。``, Arabic ``.``, none for Thai);
- ``docs_api``: an MDN-like reference page: paragraphs, a syntax ``<pre>``, a parameters ``<dl>``, an example with
  code, a browser-compatibility table, "On this page" and "Found a problem?" boxes (gold: paragraphs, code lines,
  parameter terms and definitions).

Gold: the main text (every post for threads). Must: the first and the last sentence of the gold; must not: the
chrome's sentences (teasers, sidebars, other stories' leads). A page's half is :func:`bench.halves.half` of
``web20/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import gettext
import random
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Scoring
from lang_corpus import _letters_in
from old_web_corpus import Text, _norm, _url
from web_corpus19 import _CODE, _NICKS, _SHORT_REPLIES, _SIG, Built, _date, _e, _href, _name, _page, _ps

SET = "web20"
KINDS = (
    "flarum",
    "nodebb",
    "mybb",
    "lemmy",
    "gh_discussion",
    "slashdot",
    "mhonarc",
    "se_code",
    "ml_news",
    "docs_api",
)
PAGES_PER_KIND = 14
ML = ("ar", "fa", "hi", "th", "vi", "id", "tr", "pl", "ja", "ko")
_SCRIPT = {
    "ar": "ARABIC",
    "fa": "ARABIC",
    "hi": "DEVANAGARI",
    "th": "THAI",
    "vi": "LATIN",
    "id": "LATIN",
    "tr": "LATIN",
    "pl": "LATIN",
    "ja": "CJK|HIRAGANA|KATAKANA",
    "ko": "HANGUL",
}
_STOP = {"ar": "", "fa": "", "hi": "।", "th": "", "ja": "。", "ko": "."}
# nav, breadcrumb home, share, related, most read, comments, footer (about, privacy, contact), rights
_ML_W: dict[str, tuple[list[str], str, str, str, str, str, list[str], str]] = {
    "ar": (
        ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة"],
        "الرئيسية",
        "شارك",
        "أخبار ذات صلة",
        "الأكثر قراءة",
        "التعليقات",
        ["من نحن", "سياسة الخصوصية", "اتصل بنا"],
        "© 2024 جميع الحقوق محفوظة",
    ),
    "fa": (
        ["صفحه اصلی", "سیاسی", "اقتصادی", "ورزشی", "فرهنگی"],
        "خانه",
        "اشتراک‌گذاری",
        "اخبار مرتبط",
        "پربازدیدترین‌ها",
        "نظرات",
        ["درباره ما", "حریم خصوصی", "تماس با ما"],
        "© ۱۴۰۳ کلیه حقوق محفوظ است",
    ),
    "hi": (
        ["होम", "देश", "विदेश", "खेल", "मनोरंजन"],
        "होम",
        "शेयर करें",
        "संबंधित खबरें",
        "सबसे ज्यादा पढ़ी गई",
        "टिप्पणियाँ",
        ["हमारे बारे में", "गोपनीयता नीति", "संपर्क करें"],
        "© 2024 सर्वाधिकार सुरक्षित",
    ),
    "th": (
        ["หน้าแรก", "การเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง"],
        "หน้าแรก",
        "แชร์",
        "ข่าวที่เกี่ยวข้อง",
        "ข่าวยอดนิยม",
        "ความคิดเห็น",
        ["เกี่ยวกับเรา", "นโยบายความเป็นส่วนตัว", "ติดต่อเรา"],
        "© 2567 สงวนลิขสิทธิ์",
    ),
    "vi": (
        ["Trang chủ", "Thời sự", "Kinh doanh", "Thể thao", "Giải trí"],
        "Trang chủ",
        "Chia sẻ",
        "Tin liên quan",
        "Đọc nhiều nhất",
        "Bình luận",
        ["Giới thiệu", "Chính sách bảo mật", "Liên hệ"],
        "© 2024 Bản quyền thuộc về Báo Điện tử",
    ),
    "id": (
        ["Beranda", "Nasional", "Ekonomi", "Olahraga", "Hiburan"],
        "Beranda",
        "Bagikan",
        "Berita Terkait",
        "Terpopuler",
        "Komentar",
        ["Tentang Kami", "Kebijakan Privasi", "Kontak"],
        "© 2024 Hak cipta dilindungi undang-undang",
    ),
    "tr": (
        ["Anasayfa", "Gündem", "Ekonomi", "Spor", "Kültür"],
        "Anasayfa",
        "Paylaş",
        "İlgili Haberler",
        "En Çok Okunanlar",
        "Yorumlar",
        ["Künye", "Gizlilik Politikası", "İletişim"],
        "© 2024 Tüm hakları saklıdır",
    ),
    "pl": (
        ["Strona główna", "Kraj", "Świat", "Sport", "Kultura"],
        "Strona główna",
        "Udostępnij",
        "Zobacz także",
        "Najczęściej czytane",
        "Komentarze",
        ["O nas", "Polityka prywatności", "Kontakt"],
        "© 2024 Wszelkie prawa zastrzeżone",
    ),
    "ja": (
        ["ホーム", "政治", "経済", "スポーツ", "エンタメ"],
        "トップ",
        "シェアする",
        "関連ニュース",
        "アクセスランキング",
        "コメント",
        ["会社概要", "プライバシーポリシー", "お問い合わせ"],
        "© 2024 無断転載を禁じます",
    ),
    "ko": (
        ["홈", "정치", "경제", "스포츠", "연예"],
        "홈",
        "공유하기",
        "관련 기사",
        "많이 본 뉴스",
        "댓글",
        ["회사소개", "개인정보처리방침", "고객센터"],
        "© 2024 무단 전재 및 재배포 금지",
    ),
}
_CODE_WORDS = ("fetch()", "Promise", "JSON.parse", "addEventListener", "Array.from", "await")


class _Ctx:
    """One page's random source, article, and the sentences it must not leak."""

    def __init__(self, rng: random.Random, text: Text, index: int, kind: str) -> None:
        self.rng = rng
        self.text = text
        key, self.title, paras = text.articles[(index * 13 + KINDS.index(kind) * 7) % len(text.articles)]
        self.key = key
        self.paras = paras[: rng.randrange(3, 8)]
        self.bad: list[str] = []
        self.index = index
        self.lang = "en"

    def prose(self, n: int) -> list[str]:
        out = self.text.prose(self.rng, n, self.key)
        self.bad += out
        return out

    def heads(self, n: int) -> list[str]:
        return self.text.heads(self.rng, n, self.title)

    def posts(self) -> list[list[str]]:
        """3 to 9 posts of paragraphs: the first the article's first two paragraphs, the replies one or two
        paragraphs of one to three other sentences, or a short line."""
        rng = self.rng
        out = [self.paras[:2]]
        for _ in range(rng.randrange(2, 9)):
            if rng.random() < 0.25:
                out.append([rng.choice(_SHORT_REPLIES)])
            else:
                out.append(
                    [" ".join(self.text.prose(rng, rng.randrange(1, 4), self.key)) for _ in range(rng.randrange(1, 3))]
                )
        return out


def _nick(rng: random.Random) -> str:
    return rng.choice(_NICKS)


def _ago(rng: random.Random) -> str:
    return rng.choice((f"{rng.randrange(2, 23)} hours ago", f"{rng.randrange(2, 11)} days ago", _date(rng)))


def flarum(c: _Ctx) -> Built:
    rng = c.rng
    posts = c.posts()
    items = "".join(
        f'<div class="PostStream-item" data-index="{i}"><article class="Post CommentPost"><div><header class="Post-header"><ul>'
        f'<li class="item-user"><div class="PostUser"><h3><a href="/u/x"><span class="Avatar">{_nick(rng)[0]}</span><span class="username">{_nick(rng)}</span></a></h3></div></li>'
        f'<li class="item-meta"><div class="PostMeta"><a class="Dropdown-toggle" href="#"><time>{_ago(rng)}</time></a></div></li></ul></header>'
        f'<div class="Post-body">{_ps(p)}</div>'
        f'<aside class="Post-footer"><ul><li class="item-liked"><div class="Post-likedBy"><a href="#">{_nick(rng)}</a> and {rng.randrange(2, 9)} others liked this.</div></li></ul></aside>'
        '<aside class="Post-actions"><ul><li><button class="Button Button--link"><span class="Button-label">Like</span></button></li><li><button class="Button Button--link"><span class="Button-label">Reply</span></button></li></ul></aside></div></article></div>'
        for i, p in enumerate(posts)
    )
    html = (
        '<div id="app" class="App"><header id="header" class="App-header"><div class="container"><h1 class="Header-title"><a href="/">Community Forum</a></h1>'
        '<ul class="Header-controls"><li><button>Search</button></li><li><a href="/signup">Sign Up</a></li><li><a href="/login">Log In</a></li></ul></div></header>'
        f'<main class="App-content"><div class="DiscussionPage"><header class="Hero DiscussionHero"><div class="container"><ul class="DiscussionHero-items"><li class="item-tags"><span class="TagLabel">General</span></li><li class="item-title"><h2 class="DiscussionHero-title">{_e(c.title)}</h2></li></ul></div></header>'
        f'<div class="container"><nav class="DiscussionPage-nav"><ul><li><button>Reply</button></li><li><button>Follow</button></li></ul><div class="PostStreamScrubber">{len(posts)} of {len(posts)} posts</div></nav>'
        f'<div class="DiscussionPage-stream"><div class="PostStream" role="feed">{items}</div></div></div></div></main>'
        "<footer><p>Powered by Flarum</p></footer></div>"
    )
    return _page(c.title, html), [x for p in posts for x in p]


def nodebb(c: _Ctx) -> Built:
    rng = c.rng
    posts = c.posts()
    items = "".join(
        f'<li component="post" class="{"topic-owner-post" if i == 0 else ""}" data-index="{i}" data-pid="{900 + i}" itemscope itemtype="http://schema.org/Comment">'
        f'<div class="clearfix post-header"><div class="icon pull-left"><a href="/user/x"><span class="user-icon">{_nick(rng)[0]}</span></a></div>'
        f'<small class="pull-left"><strong><a href="/user/x" itemprop="author" data-username="{_nick(rng)}">{_nick(rng)}</a></strong> <span class="visible-xs-inline-block">wrote</span> <a class="permalink" href="#"><span class="timeago">{_ago(rng)}</span></a></small>'
        f'<span class="pull-right"><a component="post/parent" href="#">last edited by {_nick(rng)}</a></span></div><br>'
        f'<div class="content" component="post/content" itemprop="text">{_ps(p)}</div>'
        '<div class="post-footer"><div class="clearfix"><small class="pull-right"><span class="post-tools"><a component="post/reply" href="#">Reply</a> <a component="post/quote" href="#">Quote</a></span>'
        f' <span class="votes"><a component="post/upvote" href="#"><i class="fa fa-chevron-up"></i></a><span component="post/vote-count">{rng.randrange(0, 30)}</span></span></small></div></div></li>'
        for i, p in enumerate(posts)
    )
    sugg = "".join(
        f'<li component="category/topic" class="row"><div class="col-md-6"><h2 component="topic/header" class="title"><a href="#">{_e(h)}</a></h2><p class="teaser">{_e(s)}</p></div><div class="col-md-1 stats">{rng.randrange(1, 90)} posts</div></li>'
        for h, s in zip(c.heads(4), c.prose(4), strict=True)
    )
    html = (
        '<nav class="navbar navbar-default header"><a class="navbar-brand" href="/">Dev Community</a><ul id="main-nav"><li><a href="/categories">Categories</a></li><li><a href="/recent">Recent</a></li><li><a href="/popular">Popular</a></li><li><a href="/users">Users</a></li></ul></nav>'
        f'<div class="container" id="content"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/category/2">General Discussion</a></li><li class="active">{_e(c.title)}</li></ol>'
        f'<div class="topic"><div class="topic-header"><h1 component="post/header" class="topic-title"><span component="topic/title">{_e(c.title)}</span></h1><div class="topic-info">{len(posts) - 1} Replies {len(posts)} Posts {rng.randrange(100, 9000)} Views</div></div>'
        f'<ul component="topic" class="posts" data-tid="77">{items}</ul>'
        '<div component="topic/reply/container" class="btn-group"><a href="#" class="btn btn-primary">Reply</a></div></div>'
        f'<div class="suggested-topics"><h3>Suggested Topics</h3><ul component="category" class="topic-list">{sugg}</ul></div></div>'
        "<footer>Powered by NodeBB | Contributors</footer>"
    )
    return _page(c.title, html), [x for p in posts for x in p]


def mybb(c: _Ctx) -> Built:
    rng = c.rng
    posts = c.posts()
    items = []
    for i, p in enumerate(posts):
        sig = f'<div class="signature scaleimages">{_e(rng.choice(_SIG))}</div>' if rng.random() < 0.4 else ""
        items.append(
            f'<a name="pid{400 + i}" id="pid{400 + i}"></a><div class="post classic" id="post_{400 + i}"><div class="post_author scaleimages">'
            f'<div class="author_avatar"><a href="#"><img src="/images/default_avatar.png" alt=""></a></div><div class="author_information"><strong><span class="largetext"><a href="#">{_nick(rng)}</a></span></strong><br>'
            f'<span class="smalltext">Junior Member<br><img src="/images/star.png" alt="*"></span></div>'
            f'<div class="author_statistics">Posts: {rng.randrange(1, 900)}<br>Threads: {rng.randrange(1, 40)}<br>Joined: {_date(rng)}<br>Reputation: {rng.randrange(0, 30)}</div></div>'
            f'<div class="post_content"><div class="post_head"><span class="post_date">{_date(rng)}, 0{rng.randrange(1, 9)}:{rng.randrange(10, 60)} PM</span><div class="float_right"><strong><a href="#">#{i + 1}</a></strong></div></div>'
            f'<div class="post_body scaleimages" id="pid_{400 + i}">{"<br><br>".join(_e(x) for x in p)}</div>{sig}<div class="post_meta"></div></div>'
            '<div class="post_controls"><div class="postbit_buttons author_buttons float_left"><a href="#" class="postbit_find"><span>Find</span></a></div>'
            '<div class="postbit_buttons post_management_buttons float_right"><a href="#" class="postbit_reply_pm"><span>Reply</span></a><a href="#" class="postbit_quote"><span>Quote</span></a><a href="#" class="postbit_report"><span>Report</span></a></div></div></div>'
        )
    html = (
        '<div id="container"><div id="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="MyBB Community"></a></div><div class="menu"><ul><li><a href="/search.php">Search</a></li><li><a href="/memberlist.php">Member List</a></li><li><a href="/calendar.php">Calendar</a></li><li><a href="/misc.php?action=help">Help</a></li></ul></div>'
        '<div id="panel"><span class="welcome">Hello There, Guest! <a href="/member.php?action=login">Login</a> <a href="/member.php?action=register">Register</a></span></div></div>'
        f'<div id="content"><div class="navigation"><a href="/">MyBB Community</a> › <a href="#">General Chat</a> › <span class="active">{_e(c.title)}</span></div>'
        f'<div class="float_right"><a href="#">« Next Oldest</a> | <a href="#">Next Newest »</a></div>'
        f'<table class="tborder tfixed clear"><tr><td class="thead"><div><strong>{_e(c.title)}</strong></div></td></tr><tr><td id="posts_container"><div id="posts">{"".join(items)}</div></td></tr></table>'
        f'<div class="float_left"><div class="pagination"><span class="pages">Pages (1):</span></div></div>'
        f'<table class="tborder"><tr><td class="trow1"><span class="smalltext">Users browsing this thread: {rng.randrange(1, 4)} Guest(s)</span></td></tr></table></div>'
        '<div id="footer"><ul class="menu bottom_links"><li><a href="#">Contact Us</a></li><li><a href="#">Return to Top</a></li><li><a href="#">Lite (Archive) Mode</a></li><li><a href="#">RSS Syndication</a></li></ul>'
        '<div id="copyright">Powered By <a href="https://mybb.com">MyBB</a>, © 2002-2024 MyBB Group.</div></div></div>'
    )
    return _page(c.title, html), [x for p in posts for x in p]


def lemmy(c: _Ctx) -> Built:
    rng = c.rng
    body = c.paras[:2]
    comments: list[str] = []

    def node(depth: int) -> str:
        text = (
            " ".join(c.text.prose(rng, rng.randrange(1, 4), c.key))
            if rng.random() > 0.2
            else rng.choice(_SHORT_REPLIES)
        )
        comments.append(text)
        kids = ""
        if depth < 2:
            kids = "".join(node(depth + 1) for _ in range(rng.choice((0, 0, 1, 2))))
        return (
            f'<li class="comment" role="comment"><article class="comment-node" id="comment-{rng.randrange(10**6)}"><div class="details comment-node py-2"><div class="d-flex flex-wrap align-items-center text-muted small">'
            f'<button class="btn btn-sm text-muted">[-]</button><span class="person-listing">@{_nick(rng).replace(" ", "")}@lemmy.world</span> <span class="me-2">{rng.randrange(1, 300)} points</span> <span class="moment-time">{_ago(rng)}</span></div>'
            f'<div class="md-div"><p>{_e(text)}</p></div>'
            '<div class="d-flex justify-content-between"><button class="btn btn-link btn-animate text-muted">reply</button><button class="btn btn-link btn-animate text-muted">save</button><button class="btn btn-link btn-animate text-muted">report</button><button class="btn btn-link btn-animate text-muted">…</button></div></div></article>'
            f"{'<ul class=' + chr(34) + 'comments' + chr(34) + '>' + kids + '</ul>' if kids else ''}</li>"
        )

    tree = "".join(node(0) for _ in range(rng.randrange(3, 7)))
    about = c.prose(2)
    html = (
        '<div id="app"><nav class="navbar navbar-expand-md"><a class="navbar-brand" href="/">lemmy.world</a><ul class="navbar-nav"><li><a href="/communities">Communities</a></li><li><a href="/create_post">Create Post</a></li><li><a href="/login">Login</a></li><li><a href="/signup">Sign Up</a></li></ul></nav>'
        f'<div class="container-lg"><div class="row"><main class="col-12 col-md-8"><div class="post-listing"><div class="d-flex"><div class="vote-bar">{rng.randrange(10, 900)}</div><div><h1 class="h5 d-inline"><a class="post-title" href="#">{_e(c.title)}</a></h1>'
        f'<div class="small">submitted {_ago(rng)} by <a href="#">{_nick(rng)}</a> to <a href="/c/technology">technology</a></div></div></div>'
        f'<div class="md-div post-body">{_ps(body)}</div><div class="d-flex"><button>{rng.randrange(5, 99)} comments</button><button>share</button><button>save</button><button>report</button></div></div>'
        f'<div class="comment-form"><textarea placeholder="Type here to comment..."></textarea><button>Reply</button></div>'
        f'<div class="comments-sort">Hot Top New Old</div><ul class="comments">{tree}</ul></main>'
        f'<aside class="sidebar col-12 col-md-4"><div class="card"><div class="card-body"><h5>Technology</h5><div class="md-div"><p>{_e(about[0])}</p><p>{_e(about[1])}</p></div>'
        f'<ul class="badges"><li>{rng.randrange(1000, 90000)} Subscribers</li><li>{rng.randrange(100, 900)} Users / day</li></ul></div></div></aside></div></div>'
        '<footer class="container-lg"><a href="#">Modlog</a> <a href="#">Instances</a> <a href="#">Docs</a> <a href="#">Code</a></footer></div>'
    )
    return _page(c.title, html), body + comments


def gh_discussion(c: _Ctx) -> Built:
    rng = c.rng
    opening = c.paras[:2]
    gold: list[str] = []

    def comment(paras: list[str], answer: bool = False, reply: bool = False) -> str:
        gold.extend(paras)
        mark = (
            '<span class="Label Label--success">Answer</span> <span class="color-fg-success">Marked as answer</span>'
            if answer
            else ""
        )
        cls = "timeline-comment-group" if not reply else "discussion-nested-comment-timeline-item"
        return (
            f'<div class="{cls} js-comment"><div class="timeline-comment-header"><h3 class="timeline-comment-header-text f5 text-normal"><strong><a class="author Link--primary" href="#">{_nick(rng).replace(" ", "")}</a></strong>'
            f' <a class="Link--secondary" href="#"><relative-time datetime="2023-01-01">{_date(rng)}</relative-time></a></h3>{mark}'
            '<details class="details-overlay"><summary aria-label="Show options">…</summary></details></div>'
            f'<div class="comment-body markdown-body js-comment-body">{_ps(paras)}</div>'
            f'<div class="comment-reactions"><button class="social-reaction-summary-item">👍 {rng.randrange(1, 20)}</button><button>❤️ {rng.randrange(1, 5)}</button></div>'
            f'<div class="discussion-timeline-actions"><button>{rng.randrange(0, 5)} replies</button></div></div>'
        )

    head = comment(opening)
    answers = ""
    for k in range(rng.randrange(2, 5)):
        paras = [" ".join(c.text.prose(rng, rng.randrange(1, 4), c.key)) for _ in range(rng.randrange(1, 3))]
        first = comment(paras, answer=k == 0 and rng.random() < 0.6)
        replies = "".join(comment([rng.choice(_SHORT_REPLIES)], reply=True) for _ in range(rng.choice((0, 1, 2))))
        answers += f'<div class="js-timeline-item">{first}<div class="discussion-nested-comments">{replies}</div></div>'
    side = "".join(f'<li><a href="#">{_e(h)}</a></li>' for h in c.heads(3))
    html = (
        '<header class="Header"><a href="/">GitHub</a> <input placeholder="Search or jump to..."> <a href="#">Pull requests</a> <a href="#">Issues</a> <a href="#">Marketplace</a></header>'
        '<div class="repohead"><a href="#">example-org</a> / <strong><a href="#">example-tool</a></strong> <nav class="UnderlineNav"><a href="#">Code</a> <a href="#">Issues 123</a> <a href="#">Pull requests 12</a> <a class="selected" href="#">Discussions</a> <a href="#">Actions</a> <a href="#">Wiki</a></nav></div>'
        f'<main><div class="gh-header"><h1 class="gh-header-title"><span class="js-issue-title">{_e(c.title)}</span> <span class="color-fg-muted">#{rng.randrange(100, 9999)}</span></h1>'
        f'<div class="gh-header-meta"><span class="State">Answered</span> by {_nick(rng)} · {rng.randrange(2, 9)} comments</div></div>'
        f'<div class="discussion-timeline"><div class="js-discussion">{head}<h2 class="f4">{rng.randrange(2, 9)} comments · {rng.randrange(2, 9)} replies</h2>{answers}</div></div>'
        f'<div class="discussion-sidebar"><div class="discussion-sidebar-item"><h3>Category</h3><a href="#">Q&amp;A</a></div><div class="discussion-sidebar-item"><h3>Labels</h3><span>None yet</span></div>'
        f'<div class="discussion-sidebar-item"><h3>Related discussions</h3><ul>{side}</ul></div></div></main>'
        '<footer class="footer"><span>© 2024 GitHub, Inc.</span> <a href="#">Terms</a> <a href="#">Privacy</a> <a href="#">Security</a> <a href="#">Status</a> <a href="#">Docs</a></footer>'
    )
    return _page(c.title, html), gold


def slashdot(c: _Ctx) -> Built:
    rng = c.rng
    summary = c.paras[0]
    gold = [summary]

    def one(depth: int) -> str:
        text = " ".join(c.text.prose(rng, rng.randrange(1, 4), c.key))
        gold.append(text)
        title = rng.choice(("Re:" + c.title[:30], "Not so sure", "Old news", "Re:Not so sure", "Interesting"))
        kids = "".join(one(depth + 1) for _ in range(rng.choice((0, 0, 1)))) if depth < 2 else ""
        return (
            f'<li id="tree_{rng.randrange(10**6)}" class="comment"><div class="cw" id="comment_{rng.randrange(10**6)}"><div id="comment_top" class="commentTop"><div class="title"><h4><a href="#">{_e(title)}</a>'
            f' <span class="score">(Score:{rng.randrange(1, 6)}, {rng.choice(("Insightful", "Interesting", "Funny", "Informative"))})</span></h4></div>'
            f'<div class="details">by <span class="by"><a href="#">{_nick(rng)} ({rng.randrange(1000, 999999)})</a></span> on <span class="otherdetails">{_date(rng)} @{rng.randrange(1, 12)}:{rng.randrange(10, 60)}PM</span> (<a href="#">#{rng.randrange(10**7)}</a>)</div></div>'
            f'<div class="commentBody"><div id="comment_body_{rng.randrange(10**6)}">{_e(text)}</div></div>'
            f'<div class="commentSub"><a href="#">Reply to This</a> <a href="#">Parent</a> <a href="#">Share</a></div></div>{"<ul>" + kids + "</ul>" if kids else ""}</li>'
        )

    tree = "".join(one(0) for _ in range(rng.randrange(3, 7)))
    html = (
        '<header id="slashdot"><a href="/">Slashdot</a> <nav><a href="#">Stories</a> <a href="#">Submit</a> <a href="#">Poll</a> <a href="#">Ask Slashdot</a> <a href="#">Book Reviews</a></nav></header>'
        f'<div id="firehose"><article class="fhitem fhitem-story"><header><h2 class="story"><span class="story-title"><a href="#">{_e(c.title)}</a></span></h2>'
        f'<div class="details">Posted by <a href="#">msmash</a> on {_date(rng)} from the <span class="dept-text">better-late-than-never</span> dept.</div></header>'
        f'<div class="body"><div id="text-{rng.randrange(10**6)}" class="p"><i>{_e(summary)}</i></div></div>'
        f'<aside class="novote"><span class="comment-bubble"><a href="#">{rng.randrange(50, 400)}</a></span></aside></article></div>'
        f'<div id="commentwrap"><div id="d2header"><span class="loadmore">Load All Comments</span> <span>Full</span> <span>Abbreviated</span> <span>Hidden</span> <span>Score: 5 4 3 2 1 0 -1</span></div>'
        f'<ul id="commentlisting" class="d2">{tree}</ul></div>'
        '<footer><a href="#">Slashdot Top Deals</a> © 2024 Slashdot Media. All Rights Reserved. <a href="#">Terms</a> <a href="#">Privacy</a></footer>'
    )
    return _page(c.title, html), gold


def mhonarc(c: _Ctx) -> Built:
    rng = c.rng
    who = _name(rng)
    quoted = c.text.prose(rng, 2, c.key)
    attrib = f"On {_date(rng)}, {who} wrote:"
    paras = c.paras[: rng.randrange(2, 5)]
    sig = ["-- ", f"{_name(rng)}  |  Debian Developer  |  https://example.org/~me"]
    lines: list[str] = [attrib, *(f"> {q}" for q in quoted), ""]
    for p in paras:
        lines += [p, ""]
    lines += sig
    lst = rng.choice(("debian-devel", "linux-kernel", "freebsd-questions", "gnome-list"))
    if rng.random() < 0.5:
        body = f"<pre>{_e(chr(10).join(lines))}</pre>"
    else:
        body = "<tt>" + "<br>\n".join(_e(x) for x in lines) + "</tt>"
    nav = "".join(
        f'<li>{k}: <strong><a href="msg{rng.randrange(10**5)}.html">{_e(h)}</a></strong></li>'
        for k, h in zip(
            ("Prev by Date", "Next by Date", "Previous by thread", "Next by thread"), c.heads(4), strict=True
        )
    )
    html = (
        f"<!--X-Subject: {_e(c.title)} -->\n<!--X-From-R13: x -->\n<!--X-Head-End-->\n<!--X-Body-Begin-->\n<!--X-User-Header-->\n"
        f'<a href="/lists/{lst}/">{lst}</a>\n<!--X-User-Header-End-->\n<!--X-TopPNI-->\n<hr>[<a href="#">Date Prev</a>][<a href="#">Date Next</a>][<a href="#">Thread Prev</a>][<a href="#">Thread Next</a>][<a href="#">Date Index</a>][<a href="#">Thread Index</a>]\n<!--X-TopPNI-End-->\n'
        f"<!--X-MsgBody-->\n<!--X-Subject-Header-Begin-->\n<h1>{_e(c.title)}</h1>\n<hr>\n<!--X-Subject-Header-End-->\n<!--X-Head-of-Message-->\n<ul>\n<li><em>To</em>: {lst}@lists.example.org</li>\n"
        f"<li><em>Subject</em>: Re: {_e(c.title)}</li>\n<li><em>From</em>: {_e(_name(rng))} &lt;me@example.org&gt;</li>\n<li><em>Date</em>: {_date(rng)} 10:22:31 +0200</li>\n"
        f"<li><em>Message-id</em>: &lt;{rng.randrange(10**9)}@example.org&gt;</li>\n<li><em>In-reply-to</em>: &lt;{rng.randrange(10**9)}@example.org&gt;</li>\n</ul>\n<!--X-Head-of-Message-End-->\n<!--X-Head-Body-Sep-Begin-->\n<hr>\n<!--X-Head-Body-Sep-End-->\n"
        f"<!--X-Body-of-Message-->\n{body}\n<!--X-Body-of-Message-End-->\n<!--X-MsgBody-End-->\n<!--X-Follow-Ups-->\n<hr>\n<!--X-Follow-Ups-End-->\n<!--X-References-->\n<!--X-References-End-->\n"
        f'<!--X-BotPNI-->\n<ul>\n{nav}\n<li>Index(es):<ul><li><a href="#"><strong>Date</strong></a></li><li><a href="#"><strong>Thread</strong></a></li></ul></li>\n</ul>\n<!--X-BotPNI-End-->\n<!--X-User-Footer-->\n<!--X-User-Footer-End-->'
    )
    return _page(f"Re: {c.title}", html), [attrib, *quoted, *paras]  # quoted mail is gold (round 38: docstring)


def se_code(c: _Ctx) -> Built:
    rng = c.rng
    gold: list[str] = []

    def body(paras: list[str], code: bool) -> str:
        out = ""
        for k, p in enumerate(paras):
            if code and k == 0 and rng.random() < 0.6:
                w = rng.choice(_CODE_WORDS)
                p2 = f"{p} See <code>{_e(w)}</code> for details."
                out += f"<p>{_e(p)} See <code>{_e(w)}</code> for details.</p>"
                gold.append(re.sub("<[^>]+>", "", p2))
            else:
                out += f"<p>{_e(p)}</p>"
                gold.append(p)
            if code and k == 0:
                block = rng.choice(_CODE)
                out += f'<pre class="lang-py s-code-block"><code class="hljs">{_e(chr(10).join(block))}</code></pre>'
                gold.extend(x for x in block if x)
        return out

    def comments() -> str:
        n = rng.choice((0, 1, 2, 3))
        return (
            '<div class="comments js-comments-container"><ul class="comments-list js-comments-list">'
            + "".join(
                f'<li class="comment js-comment"><div class="js-comment-actions comment-actions"><div class="comment-score"><span class="cool">{rng.randrange(1, 30)}</span></div></div>'
                f'<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">{_e(s)}</span> – <div class="d-inline-flex"><a href="#" class="comment-user">{_nick(rng)}</a></div>'
                f' <span class="comment-date"><span class="relativetime-clean">{_date(rng)} at 9:{rng.randrange(10, 60)}</span></span></div></div></li>'
                for s in c.text.prose(rng, n, c.key)
            )
            + '</ul></div><div class="js-comment-form-layout"><a class="js-add-link comments-link" href="#">Add a comment</a></div>'
        )

    def post(cls: str, paras: list[str], code: bool, verb: str) -> str:
        return (
            f'<div class="{cls}"><div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container"><button class="js-vote-up-btn">Up vote</button><div class="js-vote-count">{rng.randrange(-1, 300)}</div><button class="js-vote-down-btn">Down vote</button></div></div>'
            f'<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">{body(paras, code)}</div>'
            f'<div class="mt24"><div class="s-anchors js-post-menu"><a href="#">Share</a> <a href="#">Improve this {verb}</a> <button>Follow</button></div>'
            f'<div class="post-signature"><div class="user-info"><div class="user-action-time">{verb}ed <span class="relativetime">{_date(rng)}</span></div><div class="user-details"><a href="#">{_nick(rng)}</a><div class="-flair"><span class="reputation-score">{rng.randrange(1, 99)},{rng.randrange(100, 999)}</span></div></div></div></div></div></div>'
            f'<div class="post-layout--right js-post-comments-component">{comments()}</div></div></div>'
        )

    q = post("question js-question", c.paras[:2], True, "ask")
    answers = "".join(
        post(
            "answer js-answer" + (" accepted-answer" if k == 0 else ""),
            [" ".join(c.text.prose(rng, rng.randrange(1, 4), c.key)) for _ in range(rng.randrange(1, 3))],
            rng.random() < 0.6,
            "answer",
        )
        for k in range(rng.randrange(2, 5))
    )
    linked = "".join(
        f'<div class="spacer"><a href="#" class="question-hyperlink">{_e(h)}</a></div>' for h in c.heads(3)
    )
    hot = "".join(f'<li><a href="#" class="js-gps-track">{_e(h)}</a></li>' for h in c.heads(5))
    html = (
        '<header class="s-topbar"><a class="s-topbar--logo" href="/">Stack Overflow</a> <a href="#">About</a> <a href="#">Products</a> <input placeholder="Search…"> <a href="#">Log in</a> <a href="#">Sign up</a></header>'
        '<div class="container"><div id="left-sidebar"><nav><a href="/">Home</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a> <a href="/users">Users</a></nav></div>'
        f'<div id="content"><div id="question-header"><h1 itemprop="name" class="fs-headline1"><a href="#" class="question-hyperlink">{_e(c.title)}</a></h1><a href="#" class="s-btn">Ask Question</a></div>'
        f'<div class="d-flex fw-wrap"><div>Asked <time>{_ago(rng)}</time></div><div>Modified <a href="#">{_ago(rng)}</a></div><div>Viewed {rng.randrange(100, 99999)} times</div></div>'
        f'<div id="mainbar" role="main">{q}<div id="answers"><div id="answers-header"><h2 class="mb0">{rng.randrange(2, 5)} Answers</h2><div>Sorted by: <select><option>Highest score (default)</option></select></div></div>{answers}</div>'
        '<h2 class="bottom-notice">Not the answer you\'re looking for? Browse other questions tagged <a href="#" class="post-tag">python</a> or <a href="#">ask your own question</a>.</h2></div>'
        f'<div id="sidebar"><div class="module sidebar-linked"><h4>Linked</h4>{linked}</div><div id="hot-network-questions" class="module"><h4>Hot Network Questions</h4><ul>{hot}</ul></div></div></div></div>'
        '<footer class="site-footer"><a href="#">Stack Overflow</a> <a href="#">Questions</a> <a href="#">Help</a> Site design / logo © 2024 Stack Exchange Inc; user contributions licensed under CC BY-SA.</footer>'
    )
    return _page(c.title, html), gold


@cache
def _ml_sentences(lang: str) -> tuple[str, ...]:
    """Translated gettext messages of ``lang`` (``msgstr`` unlike its ``msgid``, in the script), 45 to 300
    characters, ended with the script's full stop."""
    scripts = _SCRIPT[lang]
    stop = _STOP.get(lang, ".")
    out: set[str] = set()
    for path in sorted(Path(f"/usr/share/locale/{lang}/LC_MESSAGES").glob("*.mo")):
        if path.name.startswith("iso_"):
            continue
        try:
            with path.open("rb") as fh:
                cat = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        for k, v in cat.items():
            if not isinstance(v, str) or not isinstance(k, str) or k == v or re.search(r"[%{}<>\n\\_|@/=]|\$\w", v):
                continue
            v = v.strip()
            if (
                not v[:1].isalpha()
                or "  " in v
                or '"' in v
                or not 45 <= len(v) <= 300
                or _letters_in(v, scripts) < 0.85
            ):
                continue
            v = re.sub(r"[.。।]$", "", v) if lang in ("hi", "ja") else v
            if lang == "th":
                v = v.rstrip(".")
            elif v[-1] not in ".!?。！？؟।":
                v += stop or "."
            elif lang in ("hi", "ja"):
                v += stop
            out.add(v)
    return tuple(sorted(out))


def ml_news(c: _Ctx) -> Built:
    rng = c.rng
    langs = [x for x in ML if len(_ml_sentences(x)) >= 60]
    lang = langs[(c.index + rng.randrange(len(langs))) % len(langs)]
    sents = list(_ml_sentences(lang))
    rng.shuffle(sents)
    sep = "" if lang == "ja" else " "
    k = 0
    paras = []
    for _ in range(rng.randrange(3, 7)):
        n = rng.randrange(2, 4)
        paras.append(sep.join(sents[k : k + n]))
        k += n
    heads = [s.split(" ")[0] if lang in ("ja", "th") else " ".join(s.split(" ")[:6]) for s in sents[k : k + 8]]
    heads = [h[:40] for h in heads]
    k += 8
    leads = sents[k : k + 3]
    most = sents[k + 3 : k + 8]
    c.bad += leads + most
    nav, home, share, related, most_read, comments, foot, rights = _ML_W[lang]
    rel = "".join(
        f'<li class="related-item"><a href="{_href(rng)}"><h3>{_e(h)}</h3></a><p>{_e(s)}</p></li>'
        for h, s in zip(heads[:3], leads, strict=True)
    )
    mr = "".join(
        f'<li><span class="num">{i + 1}</span><a href="{_href(rng)}">{_e(s)}</a></li>' for i, s in enumerate(most)
    )
    title = heads[3]
    rtl = ' dir="rtl"' if lang in ("ar", "fa") else ""
    html = (
        f'<div class="site"{rtl}><header class="header"><a class="logo" href="/">News</a><nav class="main-nav">{"".join("<a href=" + chr(34) + "#" + chr(34) + f">{_e(x)}</a>" for x in nav)}</nav></header>'
        f'<div class="breadcrumb"><a href="/">{_e(home)}</a> › <a href="#">{_e(nav[1])}</a></div>'
        f'<main class="content"><article class="article"><h1 class="article-title">{_e(title)}</h1><div class="article-meta"><time>2024-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)} {rng.randrange(10, 23)}:{rng.randrange(10, 60)}</time></div>'
        f'<div class="share-bar"><span>{_e(share)}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>'
        f'<div class="article-body">{_ps(paras)}</div><div class="comments-link"><a href="#">{_e(comments)} ({rng.randrange(0, 50)})</a></div></article>'
        f'<section class="related"><h2>{_e(related)}</h2><ul>{rel}</ul></section></main>'
        f'<aside class="sidebar"><h2>{_e(most_read)}</h2><ol class="most-read">{mr}</ol></aside>'
        f'<footer class="footer">{" | ".join("<a href=" + chr(34) + "#" + chr(34) + f">{_e(x)}</a>" for x in foot)}<p>{_e(rights)}</p></footer></div>'
    )
    if rng.random() < 0.4:
        html = re.sub(r'\s(?:class)="[^"]*"', "", html)
    c.lang = lang
    return _page(title, html, lang, head=f'<meta property="og:locale" content="{lang}">'), paras


def docs_api(c: _Ctx) -> Built:
    rng = c.rng
    name = rng.choice(
        ("Element.scrollIntoView()", "Array.prototype.flatMap()", "fetch()", "URLSearchParams", "IntersectionObserver")
    )
    intro = c.paras[0]
    syntax = [f"{name.rstrip('()')}(options)", f"{name.rstrip('()')}(target, options)"]
    params = [
        ("target", c.paras[1].split(". ")[0].rstrip(".") + "."),
        ("options", "An object that controls the behaviour of the call; every property of it is optional."),
    ]
    example = rng.choice(_CODE)
    more = c.paras[2:4]
    gold = [intro, "Syntax", *syntax, "Parameters"]
    for t, d in params:
        gold += [t, d]
    gold += ["Examples", *more, *[x for x in example if x]]
    compat = "".join(
        f"<tr><th>{b}</th><td>{rng.randrange(40, 120)}</td></tr>"
        for b in ("Chrome", "Edge", "Firefox", "Safari", "Opera")
    )
    toc = "".join(
        f'<li><a href="#{x.lower()}">{x}</a></li>'
        for x in ("Syntax", "Parameters", "Examples", "Specifications", "Browser compatibility", "See also")
    )
    side = "".join(f'<li><a href="#"><code>{_e(x)}</code></a></li>' for x in _CODE_WORDS)
    html = (
        '<div class="page-wrapper"><header class="top-navigation"><a class="logo" href="/">MDN Web Docs</a><nav><a href="#">References</a> <a href="#">Guides</a> <a href="#">Plus</a> <a href="#">Blog</a></nav><button>Theme</button> <a href="#">Log in</a></header>'
        f'<nav class="breadcrumbs-container"><ol><li><a href="#">References</a></li><li><a href="#">Web APIs</a></li><li><a href="#">{_e(name)}</a></li></ol></nav>'
        f'<div class="main-wrapper"><aside class="sidebar"><h4>Related Topics</h4><ol>{side}</ol></aside>'
        f'<aside class="toc"><section class="document-toc-container"><h2 class="document-toc-heading">On this page</h2><ul class="document-toc-list">{toc}</ul></section></aside>'
        f'<main id="content" class="main-content"><article class="main-page-content" lang="en-US"><h1>{_e(name)}</h1>'
        f'<div class="section-content"><p>{_e(intro)}</p></div>'
        f'<section aria-labelledby="syntax"><h2 id="syntax">Syntax</h2><div class="code-example"><div class="example-header"><span class="language-name">js</span><button>Copy to Clipboard</button></div><pre class="brush: js notranslate"><code>{_e(chr(10).join(syntax))}</code></pre></div>'
        f'<h3 id="parameters">Parameters</h3><dl>{"".join(f"<dt><code>{_e(t)}</code></dt><dd><p>{_e(d)}</p></dd>" for t, d in params)}</dl></section>'
        f'<section aria-labelledby="examples"><h2 id="examples">Examples</h2>{_ps(more)}<div class="code-example"><div class="example-header"><span class="language-name">js</span><button>Copy to Clipboard</button></div><pre class="brush: js notranslate"><code>{_e(chr(10).join(example))}</code></pre></div></section>'
        f'<section aria-labelledby="browser_compatibility"><h2 id="browser_compatibility">Browser compatibility</h2><table class="bc-table"><tbody>{compat}</tbody></table></section>'
        '<aside class="metadata"><div class="metadata-content-container"><div id="on-github" class="on-github"><h3>Found a content problem with this page?</h3><ul><li><a href="#">Edit the page on GitHub.</a></li><li><a href="#">Report the content issue.</a></li><li><a href="#">View the source on GitHub.</a></li></ul>Want to get more involved? Learn how to contribute.</div>'
        f'<p class="last-modified-date">This page was last modified on {_date(rng)} by <a href="#">MDN contributors</a>.</p></div></aside></article></main></div>'
        '<footer class="page-footer"><div class="page-footer-legal"><p>Visit Mozilla Corporation\'s not-for-profit parent, the Mozilla Foundation.</p><p>Portions of this content are ©1998–2024 by individual mozilla.org contributors. Content available under a Creative Commons license.</p></div></footer></div>'
    )
    return _page(name, html), gold


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {
    "flarum": flarum,
    "nodebb": nodebb,
    "mybb": mybb,
    "lemmy": lemmy,
    "gh_discussion": gh_discussion,
    "slashdot": slashdot,
    "mhonarc": mhonarc,
    "se_code": se_code,
    "ml_news": ml_news,
    "docs_api": docs_api,
}


_SPLIT = r"(?<=[.!?。！？।؟])\s*"
"""Where the gold's sentences end (the must-snippets: :func:`gen_score.gen_page`)."""


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = gen_score.page_id(SET, kind, index, seed)
    c = _Ctx(random.Random(f"{seed}/{pid}"), text, index, kind)
    html, gold = BUILDERS[kind](c)
    return gen_score.gen_page(SET, pid, kind, html, gold, c.bad, _SPLIT, lang=c.lang)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    n = {"ml_news": 2 * PAGES_PER_KIND}
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(n.get(kind, PAGES_PER_KIND))]


SCORING = Scoring(_norm, _url, KINDS, label_width=14, id_width=28, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
