# ruff: noqa: E501  (markup is long literal lines)
"""Page kinds of the hidden English and multilingual evaluations that no other generator has, around the English
bench sets' tune gold texts (read at run time) and :mod:`cms_texts`' sentences (written for that generator).

    python bench/web_corpus19.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/web_corpus19.py --score --cleaner-only   # cleaner alone (quick)
    python bench/web_corpus19.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/web_corpus19.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/web_corpus19.py --seed S --score         # fresh pages of the same kinds

Issue #12 (branch en19), written before cleaner was run on it. Kinds (``KINDS``):

- ``portal_font``: a 2000s news portal: nested layout tables, the story in ``<font>`` with ``<br><br>`` paragraphs
  (no ``<p>``), a "Top Stories" column of headlines with a one-sentence lead each, "Related Links" below the story;
- ``blog_comments``: a Dragnet-style blog post followed by a long comment section (6 to 14 comments of one to three
  sentences, together longer than the post), "N Responses to", a reply form;
- ``gn_teasers``: L3S-GN1-style news in English or German: teaser boxes ("More on this topic" / "Mehr zum Thema") of
  a headline and a lead sentence above and below the story, a ticker of headlines;
- ``medium``: a Medium-like post: ``<section>`` paragraphs, a figure caption, a pull quote, a claps/response bar, an
  author card with a bio sentence and "More from" cards of a headline and a subtitle sentence;
- ``wiki``: a Wikipedia-like article: an infobox table, a table of contents, ``<h2>`` sections with "[edit]",
  references, a navbox table of links (gold: the paragraphs and the section headings);
- ``docs_code``: a documentation page: paragraphs between ``<pre><code>`` blocks, a navigation tree, "Edit this page",
  previous / next links (gold: the paragraphs and the code lines);
- ``recipe``: a recipe: an intro, the ingredients list and the numbered steps in sibling boxes, a nutrition box,
  "Jump to Recipe / Print", reviews of one sentence each (gold: intro, ingredients, steps);
- ``ml_cms``: a CMS news page in de, fr, es, ru, ja or pt: breadcrumbs, share bar, a related box of headlines with
  a lead sentence, a footer (gold: the article);
- ``phpbb``: a phpBB 2 (tables, ``span.postbody``) or phpBB 3 (prosilver ``div.post``) topic of 3 to 9 posts with
  profile columns, signatures and "Back to top" (gold: every post's text, no signature);
- ``vbulletin``: a vBulletin 3 (``table#post…``, ``div#post_message_…``) or 4 (``li.postbit``) thread;
- ``smf_ipb``: an SMF (``div.post > div.inner``) or Invision (``div.post_body``) topic;
- ``mailing_list``: a pipermail message (``<pre>`` body with quoted lines, "Previous message", "More information
  about the … mailing list") or a Google-Groups-like thread of 2 to 5 messages;
- ``float_columns``: class-less ``<div>`` columns floated by inline styles: a nav column, the story, and a column of
  headlines with a lead sentence each, in any source order;
- ``playlist``: a video playlist above the article (CNN-like: "Up next", titles, durations, a description sentence);
- ``newsletter_prose``: a newsletter box of three prose lines and a "Sign up" link (no input field) inside the story
  or after it.

Gold: the main text (every post for threads). Must: the first and the last sentence of the gold; must not: the
chrome's sentences (leads, comments, captions of other stories, bios, descriptions, newsletter lines). A page's half is
:func:`bench.halves.half` of ``web19/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import html as htmllib
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from cms_corpus import _L, _article
from gen_score import GenPage, Scoring
from old_web_corpus import Text, _norm, _url

SET = "web19"
KINDS = (
    "portal_font",
    "blog_comments",
    "gn_teasers",
    "medium",
    "wiki",
    "docs_code",
    "recipe",
    "ml_cms",
    "phpbb",
    "vbulletin",
    "smf_ipb",
    "mailing_list",
    "float_columns",
    "playlist",
    "newsletter_prose",
)
PAGES_PER_KIND = 16
ML_LANGS = ("de", "fr", "es", "ru", "ja", "pt")
_FIRST = ("Peter", "Laura", "Ken", "Diane", "Marcus", "Helen", "Raj", "Olga", "Brian", "Chloe", "Sam", "Nina")
_LAST = ("Carter", "Hughes", "Patel", "Novak", "Brooks", "Reed", "Foster", "Kim", "Bauer", "Lopez", "Gray")
_NICKS = ("tux_fan", "grumpy_dev", "sparkyNZ", "Old Timer", "mkl", "jenny_b", "route66", "zapata", "nullptr", "K9")
_SHORT_REPLIES = (
    "Thanks, that fixed it for me.",
    "Same problem here on version 2.3, any news?",
    "+1, I would like to know this too.",
    "Did you try clearing the cache first?",
    "Never mind, found it in the manual.",
)
_SIG = (
    "Running Debian testing on a ThinkPad T60 since 2007",
    "Please search before you post.",
    "My photos: flickr.com/photos/example",
    "-- There are 10 kinds of people.",
)
_CODE = (
    ["import json", "", "with open('config.json') as f:", "    config = json.load(f)", "print(config['name'])"],
    ["$ pip install --upgrade example-tool", "$ example-tool init my-project", "$ cd my-project && example-tool serve"],
    [
        "def retry(func, attempts=3):",
        "    for i in range(attempts):",
        "        try:",
        "            return func()",
        "        except OSError:",
        "            continue",
        "    raise RuntimeError('gave up')",
    ],
    [
        "server {",
        "    listen 80;",
        "    server_name example.org;",
        "    location / { proxy_pass http://127.0.0.1:8000; }",
        "}",
    ],
)
_INGREDIENTS = (
    "2 cups all-purpose flour",
    "1 teaspoon baking soda",
    "1/2 teaspoon salt",
    "3 large eggs, beaten",
    "1 cup whole milk",
    "4 tablespoons unsalted butter, melted",
    "2 ripe bananas, mashed",
    "1/2 cup brown sugar",
    "1 teaspoon vanilla extract",
    "a pinch of ground cinnamon",
)
_STEPS = (
    "Preheat the oven to 350 degrees and grease a nine by five inch loaf pan with butter.",
    "Whisk the flour, baking soda and salt together in a large bowl and set it aside.",
    "In a second bowl, beat the eggs with the milk, the melted butter and the vanilla until smooth.",
    "Fold the mashed bananas and the brown sugar into the egg mixture with a spatula.",
    "Pour the wet ingredients into the dry ones and stir just until no streaks of flour remain.",
    "Scrape the batter into the pan and bake for about an hour, until a toothpick comes out clean.",
    "Let the loaf cool in the pan for ten minutes, then turn it out onto a rack to cool completely.",
)
_ML_WORDS = {
    "de": ("Startseite", "Teilen", "Mehr zum Thema", "Impressum", "Datenschutz", "Kommentare"),
    "fr": ("Accueil", "Partager", "À lire aussi", "Mentions légales", "Confidentialité", "Commentaires"),
    "es": ("Inicio", "Compartir", "Te puede interesar", "Aviso legal", "Privacidad", "Comentarios"),
    "ru": ("Главная", "Поделиться", "Читайте также", "Контакты", "Конфиденциальность", "Комментарии"),
    "ja": ("ホーム", "シェア", "関連記事", "会社概要", "プライバシー", "コメント"),
    "pt": ("Início", "Compartilhar", "Leia também", "Expediente", "Privacidade", "Comentários"),
    "en": ("Home", "Share", "More on this topic", "Imprint", "Privacy", "Comments"),
}


def _e(s: str) -> str:
    return htmllib.escape(s, quote=False)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _date(rng: random.Random) -> str:
    return f"{rng.choice(('Jan', 'Mar', 'Jun', 'Sep', 'Nov'))} {rng.randrange(1, 29)}, {rng.randrange(2004, 2020)}"


def _href(rng: random.Random) -> str:
    return f"/{rng.choice(('news', 'story', 'article'))}/{rng.randrange(10**6)}.html"


def _page(title: str, body: str, lang: str = "en", head: str = "") -> str:
    return f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{_e(title)}</title>{head}</head>\n<body>\n{body}\n</body></html>'


def _ps(paras: list[str]) -> str:
    return "\n".join(f"<p>{_e(x)}</p>" for x in paras)


class _Ctx:
    """One page's random source, article, and the sentences it must not leak."""

    def __init__(self, rng: random.Random, text: Text, index: int, kind: str) -> None:
        self.rng = rng
        self.text = text
        key, self.title, paras = text.articles[(index * 11 + KINDS.index(kind) * 17) % len(text.articles)]
        self.key = key
        self.paras = paras[: rng.randrange(3, 9)]
        self.bad: list[str] = []

    def prose(self, n: int) -> list[str]:
        out = self.text.prose(self.rng, n, self.key)
        self.bad += out
        return out

    def heads(self, n: int) -> list[str]:
        return self.text.heads(self.rng, n, self.title)

    def teasers(self, n: int, tag: str = "div") -> str:
        """``n`` headlines with a lead sentence each."""
        return "".join(
            f'<{tag}><a href="{_href(self.rng)}"><b>{_e(h)}</b></a><br>{_e(s)}</{tag}>'
            for h, s in zip(self.heads(n), self.prose(n), strict=True)
        )


Built = tuple[str, list[str]]
"""(html, gold lines); the must-not sentences are the context's ``bad``."""


def portal_font(c: _Ctx) -> Built:
    rng = c.rng
    body = '<font face="Arial, Helvetica, sans-serif" size="2">' + "<br><br>\n".join(_e(p) for p in c.paras) + "</font>"
    top = "".join(
        f'<tr><td><font size="1"><a href="{_href(rng)}"><b>{_e(h)}</b></a><br>{_e(s)}</font></td></tr>'
        for h, s in zip(c.heads(5), c.prose(5), strict=True)
    )
    related = "".join(f'<a href="{_href(rng)}">{_e(h)}</a><br>' for h in c.heads(4))
    story = (
        f'<font size="4" face="Georgia"><b>{_e(c.title)}</b></font><br><font size="1">By {_name(rng)} | {_date(rng)}</font><br><br>{body}'
        f'<br><br><table width="100%" bgcolor="#eeeeee"><tr><td><font size="2"><b>Related Links</b><br>{related}</font></td></tr></table>'
    )
    nav = "".join(
        f'<a href="/{s.lower()}/">{s}</a><br>'
        for s in ("Home", "World", "Business", "Sports", "Weather", "Opinion", "Archive")
    )
    left = f'<td width="140" valign="top" bgcolor="#ccddee"><font size="2">{nav}</font></td>'
    right = f'<td width="220" valign="top"><table><tr><td bgcolor="#990000"><font color="white"><b>Top Stories</b></font></td></tr>{top}</table></td>'
    mid = f'<td valign="top"><table width="100%" cellpadding="4"><tr><td>{story}</td></tr></table></td>'
    row = left + (mid + right if rng.random() < 0.6 else right + mid)
    html = (
        '<table width="760" border="0"><tr><td colspan="3"><img src="/img/logo.gif" alt="News Portal"> <font size="1">Sign in | Register | Mobile</font></td></tr>'
        f'<tr>{row}</tr><tr><td colspan="3" align="center"><font size="1">&copy; 2005 Portal Inc. All rights reserved.</font></td></tr></table>'
    )
    return _page(c.title, html), c.paras


def blog_comments(c: _Ctx) -> Built:
    rng = c.rng
    n = rng.randrange(6, 15)
    comments = []
    for i in range(n):
        said = " ".join(c.prose(rng.randrange(1, 4)))
        comments.append(
            f'<li class="comment" id="comment-{i}"><div class="comment-author vcard"><cite class="fn">{rng.choice(_NICKS)}</cite> <span class="says">says:</span></div>'
            f'<div class="comment-meta"><a href="#comment-{i}">{_date(rng)} at {rng.randrange(1, 12)}:{rng.randrange(10, 60)} pm</a></div>'
            f'<p>{_e(said)}</p><div class="reply"><a href="#">Reply</a></div></li>'
        )
    post = (
        f'<div class="post" id="post-{rng.randrange(999)}"><h2><a href="#">{_e(c.title)}</a></h2><small>{_date(rng)} by {_name(rng)}</small>'
        f'<div class="entry">{_ps(c.paras)}</div><p class="postmetadata">Posted in <a href="#">Uncategorized</a> | <a href="#respond">{n} Comments &#187;</a></p></div>'
    )
    comm = (
        f'<h3 id="comments">{n} Responses to &#8220;{_e(c.title)}&#8221;</h3><ol class="commentlist">{"".join(comments)}</ol>'
        '<h3 id="respond">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform">'
        '<p><input type="text" name="author" id="author"> <label for="author">Name (required)</label></p>'
        '<p><input type="text" name="email" id="email"> <label for="email">Mail (will not be published) (required)</label></p>'
        '<p><textarea name="comment" id="comment" cols="100" rows="10"></textarea></p><p><input name="submit" type="submit" value="Submit Comment"></p></form>'
    )
    side = '<div id="sidebar"><h2>Archives</h2><ul><li><a href="#">May 2008</a></li><li><a href="#">April 2008</a></li></ul><h2>Blogroll</h2><ul><li><a href="#">Planet Python</a></li><li><a href="#">Daring Fireball</a></li></ul></div>'
    html = f'<div id="page"><div id="header"><h1><a href="/">{_name(rng)}\'s weblog</a></h1></div><div id="content" class="narrowcolumn">{post}{comm}</div>{side}<div id="footer">Powered by WordPress</div></div>'
    if rng.random() < 0.4:
        html = re.sub(r'\s(?:class|id)="[^"]*"', "", html)
    return _page(c.title, html), c.paras


def gn_teasers(c: _Ctx) -> Built:
    rng = c.rng
    de = rng.random() < 0.5
    if de:
        lg = _L("de")
        paras = _article(rng, lg)
        title = rng.choice(lg.titles)
        others = [t for t in lg.titles if t != title]
        leads = rng.sample(lg.side, 4)
        c.bad += leads
        heads = rng.sample(others, 4)
        more, ticker, lang = "Mehr zum Thema", "Nachrichtenticker", "de"
    else:
        paras, title = c.paras, c.title
        leads, heads = c.prose(4), c.heads(4)
        more, ticker, lang = "More on this topic", "News ticker", "en"
    boxes = [
        f'<div class="teaser"><a href="{_href(rng)}"><h3>{_e(h)}</h3></a><p>{_e(s)}</p></div>'
        for h, s in zip(heads, leads, strict=True)
    ]
    above = "".join(boxes[:2]) if rng.random() < 0.5 else ""
    below = "".join(boxes[2:] if above else boxes)
    tick = "".join(
        f'<li><span>{rng.randrange(7, 23)}:{rng.randrange(10, 60)}</span> <a href="#">{_e(h)}</a></li>'
        for h in c.heads(5)
    )
    html = (
        f'<div id="header"><a href="/">Nachrichten</a> | <a href="/politik">Politik</a> | <a href="/wirtschaft">Wirtschaft</a></div>'
        f'<div id="main">{above}<div class="article"><h1>{_e(title)}</h1><div class="meta">{_date(rng)}</div>'
        f'<p class="intro"><strong>{_e(paras[0])}</strong></p>{_ps(paras[1:])}</div>'
        f'<div class="related"><h2>{more}</h2>{below}</div></div><div id="right"><h2>{ticker}</h2><ul>{tick}</ul></div>'
    )
    if rng.random() < 0.5:
        html = re.sub(r'\s(?:class|id)="[^"]*"', "", html)
    return _page(title, html, lang), paras


def medium(c: _Ctx) -> Built:
    rng = c.rng
    caption = c.prose(1)[0]
    bio = c.prose(1)[0]
    k = rng.randrange(1, len(c.paras))
    quote = c.paras[k - 1].split(". ")[0].rstrip(".") + "."
    cards = "".join(
        f'<div class="card"><a href="#"><h3>{_e(h)}</h3><h4>{_e(s)}</h4></a><span>{rng.randrange(3, 15)} min read</span></div>'
        for h, s in zip(c.heads(3), c.prose(3), strict=True)
    )
    html = (
        f'<nav><a href="/">Medium</a> <a href="/m/signin">Sign in</a> <a href="#">Get started</a></nav>'
        f'<article><div><section><h1>{_e(c.title)}</h1><div><a href="#">{_name(rng)}</a> <span>{rng.randrange(3, 14)} min read · {_date(rng)}</span></div>'
        f'{_ps(c.paras[:k])}<figure><img src="/img/x.jpeg"><figcaption>{_e(caption)}</figcaption></figure>'
        f'<blockquote class="pullquote">{_e(quote)}</blockquote>{_ps(c.paras[k:])}</section></div></article>'
        f'<div class="footer-bar"><button>{rng.randrange(50, 4000)} claps</button> <button>{rng.randrange(2, 40)} responses</button></div>'
        f'<div class="author-card"><h2>Written by {_name(rng)}</h2><p>{_e(bio)}</p><button>Follow</button></div>'
        f'<div class="more"><h2>More from {_name(rng)}</h2>{cards}</div>'
    )
    return _page(c.title, html), c.paras


def wiki(c: _Ctx) -> Built:
    rng = c.rng
    secs = ("History", "Description", "Reception", "Legacy")
    gold: list[str] = []
    body = ""
    parts = [c.paras[: max(1, len(c.paras) // 3)], c.paras[max(1, len(c.paras) // 3) :]]
    body += _ps(parts[0])
    gold += parts[0]
    toc = "".join(
        f'<li><a href="#{s}"><span class="tocnumber">{i + 1}</span> <span class="toctext">{s}</span></a></li>'
        for i, s in enumerate(secs[:2])
    )
    body += f'<div id="toc" class="toc"><div class="toctitle"><h2>Contents</h2></div><ul>{toc}<li><a href="#References">3 References</a></li></ul></div>'
    half = max(1, len(parts[1]) // 2)
    for s, ps in zip(secs, (parts[1][:half], parts[1][half:]), strict=False):
        if not ps:
            continue
        body += f'<h2><span class="mw-headline" id="{s}">{s}</span><span class="mw-editsection">[<a href="#">edit</a>]</span></h2>{_ps([p + "[" + str(rng.randrange(1, 9)) + "]" for p in ps])}'
        gold += [s, *ps]
    refs = "".join(
        f"<li>{_name(rng)} ({rng.randrange(1990, 2015)}). <i>{_e(h)}</i>. Retrieved {_date(rng)}.</li>"
        for h in c.heads(4)
    )
    navbox = "".join(f'<a href="#">{_e(h)}</a> · ' for h in c.heads(6))
    info = f'<table class="infobox"><tr><th colspan="2">{_e(c.title)}</th></tr><tr><th>Founded</th><td>{rng.randrange(1800, 2000)}</td></tr><tr><th>Location</th><td>Springfield</td></tr></table>'
    html = (
        f'<div id="mw-head"><a href="#">Log in</a> <a href="#">Read</a> <a href="#">Edit</a> <a href="#">View history</a></div>'
        f'<div id="content"><h1 id="firstHeading">{_e(c.title)}</h1><div id="siteSub">From Wikipedia, the free encyclopedia</div>'
        f'<div id="mw-content-text">{info}{body}<h2><span class="mw-headline" id="References">References</span></h2><ol class="references">{refs}</ol>'
        f'<table class="navbox"><tr><td>{navbox}</td></tr></table></div><div id="catlinks">Categories: <a href="#">Stub</a></div></div>'
        '<div id="mw-panel"><a href="#">Main page</a> <a href="#">Contents</a> <a href="#">Random article</a> <a href="#">Donate</a></div>'
    )
    gold = [re.sub(r"\[\d\]$", "", g) for g in gold]
    # the references in paragraph ends stay in the html; gold paragraphs as written without them
    return _page(c.title, html), gold


def docs_code(c: _Ctx) -> Built:
    rng = c.rng
    blocks = rng.sample(_CODE, 2)
    paras = c.paras[:4]
    gold: list[str] = []
    body = ""
    for i, p in enumerate(paras):
        body += f"<p>{_e(p)}</p>"
        gold.append(p)
        if i < len(blocks):
            body += f'<div class="highlight"><pre><code>{_e(chr(10).join(blocks[i]))}</code></pre></div>'
            gold += [x for x in blocks[i] if x]
    tree = "".join(f'<li class="toctree-l1"><a href="#">{_e(h)}</a></li>' for h in c.heads(7))
    html = (
        f'<div class="wy-grid-for-nav"><nav class="wy-nav-side"><div class="search"><input type="text" placeholder="Search docs"></div><ul>{tree}</ul></nav>'
        f'<section class="wy-nav-content-wrap"><div class="rst-content"><ul class="breadcrumbs"><li><a href="#">Docs</a> &raquo;</li><li>{_e(c.title)}</li><li><a href="#">Edit on GitHub</a></li></ul>'
        f'<div role="main" class="document"><div class="section"><h1>{_e(c.title)}</h1>{body}</div></div>'
        f'<footer><div class="rst-footer-buttons"><a href="#" class="btn">Previous</a> <a href="#" class="btn">Next</a></div><p>&copy; Copyright 2019, The Project. Built with Sphinx.</p></footer></div></section></div>'
    )
    return _page(c.title, html), gold


def recipe(c: _Ctx) -> Built:
    rng = c.rng
    intro = c.paras[: rng.randrange(1, 3)]
    ings = rng.sample(_INGREDIENTS, rng.randrange(5, 9))
    steps = list(_STEPS[: rng.randrange(4, 8)])
    reviews = c.prose(3)
    rev = "".join(f'<div class="review"><b>{rng.choice(_NICKS)}</b> ★★★★☆<p>{_e(r)}</p></div>' for r in reviews)
    html = (
        f'<header><a href="/">Home Cooking</a> <a href="/recipes">Recipes</a> <a href="/newsletter">Newsletter</a></header>'
        f'<main><h1>{_e(c.title)}</h1><div class="buttons"><a href="#recipe">Jump to Recipe</a> <a href="#" onclick="print()">Print Recipe</a></div>'
        f'<div class="intro">{_ps(intro)}</div><div id="recipe" class="recipe-card"><h2>{_e(c.title)}</h2>'
        f'<div class="meta">Prep: 15 mins | Cook: 60 mins | Servings: 8</div>'
        f'<div class="ingredients"><h3>Ingredients</h3><ul>{"".join(f"<li>{_e(x)}</li>" for x in ings)}</ul></div>'
        f'<div class="instructions"><h3>Directions</h3><ol>{"".join(f"<li>{_e(x)}</li>" for x in steps)}</ol></div>'
        f'<div class="nutrition">Nutrition Facts: 250 calories; 9g fat; 38g carbohydrates; 5g protein</div></div>'
        f'<section class="reviews"><h2>Reviews (3)</h2>{rev}</section></main><footer>&copy; 2018 Home Cooking</footer>'
    )
    if rng.random() < 0.4:
        html = re.sub(r'\s(?:class|id)="[^"]*"', "", html)
    return _page(c.title, html), [*intro, *ings, *steps]


def ml_cms(c: _Ctx) -> Built:
    rng = c.rng
    lang = rng.choice(ML_LANGS)
    lg = _L(lang)
    paras = _article(rng, lg)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    home, share, more, imprint, privacy, comments = _ML_WORDS[lang]
    leads = rng.sample(lg.side, 3)
    c.bad += leads
    rel = "".join(
        f'<li><a href="#"><strong>{_e(h)}</strong></a><p>{_e(s)}</p></li>'
        for h, s in zip(rng.sample(others, 3), leads, strict=True)
    )
    html = (
        f'<header class="site-header"><a href="/">{home}</a> <nav><a href="#">{_e(others[0][:20])}</a></nav></header>'
        f'<div class="breadcrumb"><a href="/">{home}</a> › <span>{_e(title)}</span></div>'
        f'<main><article><h1>{_e(title)}</h1><time>{_date(rng)}</time><div class="share">{share}: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-Mail</a></div>'
        f'<div class="article-body">{_ps(paras)}</div></article>'
        f'<aside class="related"><h2>{more}</h2><ul>{rel}</ul></aside><div class="comments-link"><a href="#">{comments} (0)</a></div></main>'
        f'<footer><a href="#">{imprint}</a> <a href="#">{privacy}</a> © 2020</footer>'
    )
    if rng.random() < 0.4:
        html = re.sub(r'\s(?:class|id)="[^"]*"', "", html)
    return _page(title, html, lang), paras


def _posts(c: _Ctx) -> list[str]:
    """3 to 9 posts: the first two to four sentences of the article, the replies one to three other sentences or a
    short line."""
    rng = c.rng
    posts = [" ".join(c.paras[:2])]
    for _ in range(rng.randrange(2, 9)):
        if rng.random() < 0.3:
            posts.append(rng.choice(_SHORT_REPLIES))
        else:
            posts.append(" ".join(c.text.prose(rng, rng.randrange(1, 4), c.key)))
    return posts


def phpbb(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c)
    out = []
    if rng.random() < 0.5:  # phpBB 2
        for i, p in enumerate(posts):
            sig = f"<br>_________________<br>{_e(rng.choice(_SIG))}" if rng.random() < 0.4 else ""
            out.append(
                f'<tr><td width="150" align="left" valign="top" class="row{1 + i % 2}"><span class="name"><a name="{1000 + i}"></a><b>{rng.choice(_NICKS)}</b></span><br><span class="postdetails">Joined: {_date(rng)}<br>Posts: {rng.randrange(1, 900)}</span></td>'
                f'<td class="row{1 + i % 2}" width="100%" valign="top"><table width="100%"><tr><td width="100%"><span class="postdetails">Posted: {_date(rng)} &nbsp; Post subject: {_e(c.title) if i == 0 else "Re: " + _e(c.title)}</span></td><td nowrap="nowrap"><a href="#">quote</a></td></tr>'
                f'<tr><td colspan="2"><hr></td></tr><tr><td colspan="2"><span class="postbody">{_e(p)}{sig}</span></td></tr></table></td></tr>'
                '<tr><td class="spaceRow" colspan="2"><a href="#top">Back to top</a> <a href="#">profile</a> <a href="#">pm</a></td></tr>'
            )
        html = (
            f'<table width="100%"><tr><td><a href="index.php">Forum Index</a> -&gt; <a href="#">General Discussion</a></td></tr></table>'
            f'<table class="forumline" width="100%"><tr><th>Author</th><th>Message</th></tr>{"".join(out)}</table>'
            "<table><tr><td>Display posts from previous: <select><option>All Posts</option></select></td></tr></table>"
            "<div>Powered by phpBB © 2001, 2005 phpBB Group</div>"
        )
    else:  # phpBB 3 prosilver
        for i, p in enumerate(posts):
            sig = f'<div class="signature">{_e(rng.choice(_SIG))}</div>' if rng.random() < 0.4 else ""
            out.append(
                f'<div id="p{2000 + i}" class="post bg{1 + i % 2}"><div class="inner"><div class="postbody"><h3><a href="#p{2000 + i}">{"" if i == 0 else "Re: "}{_e(c.title)}</a></h3>'
                f'<p class="author">by <strong><a href="#">{rng.choice(_NICKS)}</a></strong> » {_date(rng)}</p><div class="content">{_e(p)}</div>{sig}</div>'
                f'<dl class="postprofile"><dt><a href="#">{rng.choice(_NICKS)}</a></dt><dd>Posts: {rng.randrange(1, 900)}</dd><dd>Joined: {_date(rng)}</dd></dl>'
                '<div class="back2top"><a href="#wrap" class="top">Top</a></div></div></div><hr class="divider">'
            )
        html = (
            f'<div id="wrap"><div class="navbar"><a href="#">Board index</a> ‹ <a href="#">Support</a></div><h2 class="topic-title"><a href="#">{_e(c.title)}</a></h2>'
            f'<div class="action-bar"><a href="#" class="button">Post Reply</a> {len(posts)} posts • Page 1 of 1</div>{"".join(out)}'
            '<div class="jumpbox">Jump to <select><option>Support</option></select></div><div class="copyright">Powered by phpBB® Forum Software © phpBB Limited</div></div>'
        )
    return _page(c.title, html), posts


def vbulletin(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c)
    out = []
    v3 = rng.random() < 0.5
    for i, p in enumerate(posts):
        pid = 50000 + i
        sig = f"<div>__________________<br>{_e(rng.choice(_SIG))}</div>" if rng.random() < 0.4 else ""
        nick = rng.choice(_NICKS)
        if v3:
            out.append(
                f'<table id="post{pid}" class="tborder" width="100%"><tr><td class="thead">{_date(rng)}, 10:{rng.randrange(10, 60)} PM <span style="float:right">#<a href="#">{i + 1}</a></span></td></tr>'
                f'<tr><td class="alt2" width="175"><div id="postmenu_{pid}"><a class="bigusername" href="#">{nick}</a></div><div class="smallfont">Junior Member<br>Join Date: {_date(rng)}<br>Posts: {rng.randrange(1, 500)}</div></td>'
                f'<td class="alt1" id="td_post_{pid}"><div class="smallfont"><strong>{"" if i == 0 else "Re: "}{_e(c.title)}</strong></div><hr><div id="post_message_{pid}">{_e(p)}</div>{sig}</td></tr>'
                f'<tr><td class="alt2"><img src="/images/statusicon/user_offline.gif"></td><td class="alt1" align="right"><a href="#">Reply With Quote</a></td></tr></table>'
            )
        else:
            out.append(
                f'<li class="postbit postbitim postcontainer" id="post_{pid}"><div class="posthead"><span class="postdate old"><span class="date">{_date(rng)}</span></span><span class="nodecontrols"><a href="#" class="postcounter">#{i + 1}</a></span></div>'
                f'<div class="postdetails"><div class="userinfo"><a class="username" href="#"><strong>{nick}</strong></a><span class="usertitle">Member</span><dl class="userinfo_extra"><dt>Join Date</dt><dd>{_date(rng)}</dd><dt>Posts</dt><dd>{rng.randrange(1, 500)}</dd></dl></div>'
                f'<div class="postbody"><div class="postrow"><h2 class="title icon">{"" if i == 0 else "Re: "}{_e(c.title)}</h2><div class="content"><div id="post_message_{pid}"><blockquote class="postcontent restore">{_e(p)}</blockquote></div></div></div>'
                f'{sig}<div class="postfoot"><span class="postcontrols"><a href="#">Reply With Quote</a></span></div></div></div></li>'
            )
    wrap = f'<div id="posts">{"".join(out)}</div>' if v3 else f'<ol id="posts" class="posts">{"".join(out)}</ol>'
    html = (
        f'<div class="navbar"><a href="#">Forums</a> &gt; <a href="#">Off Topic</a></div><table><tr><td class="navbar"><strong>{_e(c.title)}</strong></td></tr></table>'
        f'{wrap}<div class="smallfont">« Previous Thread | Next Thread »</div><div id="similar"><h3>Similar Threads</h3><table>'
        + "".join(
            f'<tr><td><a href="#">{_e(h)}</a></td><td>{rng.choice(_NICKS)}</td><td>{rng.randrange(1, 30)}</td></tr>'
            for h in c.heads(4)
        )
        + "</table></div><div>Powered by vBulletin® Copyright ©2000 - 2010, Jelsoft Enterprises Ltd.</div>"
    )
    return _page(c.title, html), posts


def smf_ipb(c: _Ctx) -> Built:
    rng = c.rng
    posts = _posts(c)
    out = []
    smf = rng.random() < 0.5
    for i, p in enumerate(posts):
        nick = rng.choice(_NICKS)
        if smf:
            sig = f'<div class="signature">{_e(rng.choice(_SIG))}</div>' if rng.random() < 0.4 else ""
            out.append(
                f'<div class="windowbg{"2" if i % 2 else ""}"><span class="topslice"><span></span></span><div class="post_wrapper"><div class="poster"><h4><a href="#">{nick}</a></h4><ul class="reset smalltext"><li class="membergroup">Newbie</li><li class="postcount">Posts: {rng.randrange(1, 300)}</li></ul></div>'
                f'<div class="postarea"><div class="flow_hidden"><div class="keyinfo"><h5><a href="#">{"" if i == 0 else "Re: "}{_e(c.title)}</a></h5><div class="smalltext">« <strong>{"" if i == 0 else "Reply #" + str(i) + " "}on:</strong> {_date(rng)} »</div></div>'
                f'<ul class="reset smalltext quickbuttons"><li><a href="#">Quote</a></li></ul></div><div class="post"><div class="inner" id="msg_{300 + i}">{_e(p)}</div></div></div>'
                f'<div class="moderatorbar">{sig}</div></div><span class="botslice"><span></span></span></div>'
            )
        else:
            sig = f'<div class="signature">{_e(rng.choice(_SIG))}</div>' if rng.random() < 0.4 else ""
            out.append(
                f'<div class="post_block hentry" id="post_id_{700 + i}"><div class="post_wrap"><h3 class="row2"><span class="author vcard"><a href="#">{nick}</a></span></h3>'
                f'<div class="author_info"><ul class="user_fields"><li><span class="ft">Group:</span><span class="fc">Members</span></li><li><span class="ft">Posts:</span><span class="fc">{rng.randrange(1, 300)}</span></li></ul></div>'
                f'<div class="post_body"><p class="posted_info">Posted {_date(rng)}</p><div class="post entry-content">{_e(p)}</div>{sig}</div>'
                '<ul class="post_controls"><li><a href="#">Report</a></li><li><a href="#">Quote</a></li></ul></div></div>'
            )
    html = (
        f'<div id="header"><a href="#">Community Forum</a> <a href="#">Help</a> <a href="#">Search</a> <a href="#">Login</a> <a href="#">Register</a></div>'
        f'<div class="navigate_section"><a href="#">Community</a> » <a href="#">General</a> » <span>{_e(c.title)}</span></div>'
        f'<div id="forumposts"><div class="cat_bar"><h3>Author Topic: {_e(c.title)} (Read {rng.randrange(100, 9000)} times)</h3></div>{"".join(out)}</div>'
        '<div class="pagelinks">Pages: [1] Go Up</div><div id="footer">SMF 2.0 | SMF © 2011, Simple Machines</div>'
    )
    return _page(c.title, html), posts


def mailing_list(c: _Ctx) -> Built:
    rng = c.rng
    if rng.random() < 0.5:  # pipermail
        quoted = [f"> {x}" for x in c.text.prose(rng, 2, c.key)]
        bodyl = [f"On {_date(rng)}, {_name(rng)} wrote:", *quoted, "", *c.paras[:3], "", "Cheers,", rng.choice(_FIRST)]
        gold = [x for x in bodyl if x]
        lst = rng.choice(("python-list", "debian-user", "fedora-devel", "pgsql-general"))
        html = (
            f'<h1>[{lst}] {_e(c.title)}</h1><b>{_name(rng)}</b> <a href="mailto:x@example.org" title="[{lst}] {_e(c.title)}">x at example.org</a><br><i>{_date(rng)}</i>'
            '<p><ul><li>Previous message: <a href="000123.html">[x] Earlier thread</a></li><li>Next message: <a href="000125.html">[x] Later thread</a></li>'
            '<li> <b>Messages sorted by:</b> <a href="date.html#124">[ date ]</a> <a href="thread.html#124">[ thread ]</a> <a href="subject.html#124">[ subject ]</a> <a href="author.html#124">[ author ]</a></li></ul>'
            f'<hr><!--beginarticle--><pre>{_e(chr(10).join(bodyl))}\n</pre><!--endarticle--><hr><p><ul><li>Previous message: <a href="#">x</a></li></ul>'
            f'<hr><a href="#">More information about the {lst} mailing list</a><br>'
        )
        return _page(f"[{lst}] {c.title}", html), gold
    posts = _posts(c)[:5]
    msgs = "".join(
        f'<div class="msg" role="article"><div class="msg-head"><span class="author">{_name(rng)}</span> <span class="date">{_date(rng)}</span><span class="to">to {rng.choice(("me", "the group", "comp.lang.misc"))}</span></div>'
        f'<div class="msg-body">{"<br>".join(_e(x) for x in re.split(r"(?<=[.!?]) ", p))}</div><div class="msg-actions"><a href="#">Reply all</a> <a href="#">Forward</a></div></div>'
        for p in posts
    )
    html = (
        '<div class="gb"><a href="#">Groups</a> <input placeholder="Search for messages"> <a href="#">Sign in</a></div>'
        f'<div class="conv"><h2>{_e(c.title)}</h2><div>{len(posts)} messages</div>{msgs}</div>'
        '<div class="side"><a href="#">My groups</a> <a href="#">Favourites</a> <a href="#">Recently viewed</a></div>'
    )
    gold = [s for p in posts for s in re.split(r"(?<=[.!?]) ", p)]
    return _page(c.title, html), gold


def float_columns(c: _Ctx) -> Built:
    rng = c.rng
    nav = "".join(f'<div><a href="/{s}/">{s}</a></div>' for s in ("news", "sport", "culture", "travel", "letters"))
    art = f'<div style="float:left;width:55%;padding:8px"><h1>{_e(c.title)}</h1><div>{_date(rng)}</div>{_ps(c.paras)}</div>'
    side = f'<div style="float:left;width:25%"><h3>Also in the news</h3>{c.teasers(rng.randrange(3, 6))}</div>'
    navc = f'<div style="float:left;width:15%">{nav}</div>'
    cols = [navc, art, side]
    if rng.random() < 0.5:
        cols = [navc, side, art]
    html = f'<div><div><b>The Weekly Observer</b></div>{"".join(cols)}<div style="clear:both">© 2009 The Weekly Observer</div></div>'
    return _page(c.title, html), c.paras


def playlist(c: _Ctx) -> Built:
    rng = c.rng
    vids = "".join(
        f'<li class="cn__item"><a href="#"><img src="/v/{i}.jpg"><span class="cd__headline">{_e(h)}</span><span class="duration">0{rng.randrange(1, 9)}:{rng.randrange(10, 60)}</span></a><div class="media__description">{_e(s)}</div></li>'
        for i, (h, s) in enumerate(zip(c.heads(4), c.prose(4), strict=True))
    )
    paras = "".join(f'<div class="zn-body__paragraph">{_e(p)}</div>' for p in c.paras)
    html = (
        f'<header><a href="/">NEWS</a> <a href="#">World</a> <a href="#">Politics</a> <a href="#">Video</a></header>'
        f'<div class="pg-headline"><h1>{_e(c.title)}</h1><p class="metadata">By {_name(rng)}, {_date(rng)}</p></div>'
        f'<section class="media-playlist"><div class="player"><video></video></div><h3>Up next</h3><ul class="cn cn-list">{vids}</ul></section>'
        f'<section class="body-text"><div class="l-container">{paras}</div></section>'
        '<footer><a href="#">Terms of Use</a> <a href="#">Privacy Policy</a> © 2019 News Network</footer>'
    )
    return _page(c.title, html), c.paras


def newsletter_prose(c: _Ctx) -> Built:
    rng = c.rng
    lines = [
        "Want more stories like this one delivered to your inbox every morning?",
        "Our daily newsletter brings you the best of technology, science and culture in five minutes.",
        "It is free, and you can unsubscribe at any time with one click.",
    ]
    c.bad += lines
    box = (
        f'<div class="newsletter-cta"><h4>{rng.choice(("Get the newsletter", "Stay in the loop", "The Daily Brief"))}</h4>'
        + "".join(f"<p>{x}</p>" for x in lines)
        + '<a class="btn" href="/newsletters">Sign up</a></div>'
    )
    k = rng.randrange(1, len(c.paras) + 1)
    trending = "".join(f'<a href="#">{_e(h)}</a><br>' for h in c.heads(5))
    html = (
        f'<header><a href="/">Tech Today</a> <a href="#">Science</a> <a href="#">Culture</a></header>'
        f'<article><h1>{_e(c.title)}</h1><div class="byline">{_name(rng)} · {_date(rng)}</div><div class="article-content">{_ps(c.paras[:k])}{box}{_ps(c.paras[k:])}</div></article>'
        f"<aside><h3>Trending</h3>{trending}</aside><footer>© 2020 Tech Today</footer>"
    )
    if rng.random() < 0.4:
        html = re.sub(r'\s(?:class|id)="[^"]*"', "", html)
    return _page(c.title, html), c.paras


BUILDERS: dict[str, Callable[[_Ctx], Built]] = {
    "portal_font": portal_font,
    "blog_comments": blog_comments,
    "gn_teasers": gn_teasers,
    "medium": medium,
    "wiki": wiki,
    "docs_code": docs_code,
    "recipe": recipe,
    "ml_cms": ml_cms,
    "phpbb": phpbb,
    "vbulletin": vbulletin,
    "smf_ipb": smf_ipb,
    "mailing_list": mailing_list,
    "float_columns": float_columns,
    "playlist": playlist,
    "newsletter_prose": newsletter_prose,
}


_SPLIT = r"(?<=[.!?。！？])\s*"
"""Where the gold's sentences end (the must-snippets: :func:`gen_score.gen_page`)."""


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = gen_score.page_id(SET, kind, index, seed)
    c = _Ctx(random.Random(f"{seed}/{pid}"), text, index, kind)
    html, gold = BUILDERS[kind](c)
    return gen_score.gen_page(SET, pid, kind, html, gold, c.bad, _SPLIT)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=16, id_width=28, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
