# ruff: noqa: E501  (markup is long literal lines)
"""Blog and CMS article pages in eight languages whose sidebars, forms and dialogs hold prose-like text.

    python bench/cms_corpus.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/cms_corpus.py --score --by lang        # per language
    python bench/cms_corpus.py --score --cleaner-only   # cleaner alone (quick)
    python bench/cms_corpus.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/cms_corpus.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/cms_corpus.py --seed S --score         # fresh pages of the same layouts (halves still apply)

Issue #12 (branch en18). On the unseen multilingual and CleanEval-like sets, cleaner picked a wrong block about
twice as often as trafilatura: a "most read" or "recent comments" sidebar, a share or comment-login form, a price or
settings widget, a blog tagline, and sometimes the whole page. ``old_web_corpus`` has such chrome in 2007-style
English pages and ``multilang_corpus`` WordPress and Blogger blogs with man-page prose; this generator puts the
chrome of 2010-2020 CMS themes in eight languages (en, de, fr, es, it, pt, ru, ja) around an article written for
it (:mod:`cms_texts`), and makes the chrome *prose-like*: whole sentences that end in a full stop.

Kinds (``KINDS``):

- ``wp_widgets``: a WordPress theme (``#masthead`` with the blog's tagline as a sentence, ``article.post``,
  ``.entry-content``), an author box with a one-sentence bio, post navigation, a "Leave a Reply" form with its
  notices, and a widget sidebar (left or right, before or after the article in the source): search, recent posts,
  recent comments *with excerpts* (the comments' sentences), an "about this blog" text widget;
- ``blogger``: a Blogger post (``.post-body`` text in ``<br>`` lines), "Posted by", "Post a Comment", and a sidebar
  with Popular Posts (titles and snippets), an "About Me" profile sentence, a follow-by-email form;
- ``drupal``: a Drupal 7 or 8 node (``field-name-body`` / ``field--name-body``), "Submitted by", tags, "Add new
  comment", a sidebar region with a user-login block and a "Most read" view of titles and summary sentences;
- ``product``: a product review with a price box (price, stock, quantity select, "Add to cart", a shipping
  sentence) and a "Customers also viewed" list of one-sentence descriptions;
- ``cookie``: a news article and a consent dialog of four long sentences with purpose checkboxes, at the start or
  the end of ``<body>``, its class a consent word on half of the pages and a neutral one (``pm-layer``) on the rest;
- ``newsletter``: a news article with a newsletter box of two prose sentences, an e-mail input and a button, inside
  the body between two paragraphs or right after it;
- ``short_sidebar``: an article of at most 120 words (two to four sentences) beside a long sidebar of "most read"
  summaries and "recent comments" excerpts;
- ``plain_sidebar``: a table layout with no class or id at all, the article (short on half of the pages) in the middle
  cell, readers' comments in paragraphs and an "about this blog" paragraph in the right cell, the tagline on top;
- ``div_columns``: the same in ``<div>`` columns floated by inline styles (no class or id);
- ``login_comments``: an article, two to four readers' comments in prose and a comment section behind a login
  ("You must be logged in to post a comment.", user name, password, a sentence about registering);
- ``flat_container``: the article's paragraphs are children of the one element that also holds a tag list and a
  "most read" box of headlines with a summary sentence each (no wrapper of its own).

Gold: the article's paragraphs (no title, byline, bio, sidebar, form, dialog). Must: the first and the last
sentence; must not: the sidebar's sentences, the tagline, the bio, the dialog's and the newsletter box's prose, the
shipping sentence and the form notices. Half of the pages lose their ``class`` and ``id`` attributes outside the
article's own element on ``wp_widgets``/``drupal`` (themes that name nothing). A page's half is
:func:`bench.halves.half` of ``cms/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

from __future__ import annotations

import html as htmllib
import random
import re
import sys
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cms_texts import TEXTS
from gen_score import GenPage
from lang_corpus import cli

SET = "cms"
LANGS = ("en", "de", "fr", "es", "it", "pt", "ru", "ja")
KINDS = (
    "wp_widgets",
    "blogger",
    "drupal",
    "product",
    "cookie",
    "newsletter",
    "short_sidebar",
    "plain_sidebar",
    "div_columns",
    "login_comments",
    "flat_container",
)
PAGES_PER = 3
"""Pages per kind and language."""

NAMES = ("Anna", "Jonas", "Marie", "Pablo", "Giulia", "João", "Ирина", "健太", "Tom", "Lea", "Luc", "Sofia")
DATES = ("12.03.2014", "2016-05-21", "3 juin 2018", "17/09/2012", "2019年4月8日", "8 мая 2015", "May 4, 2017")


def _e(s: str) -> str:
    return htmllib.escape(s, quote=False)


class _L:
    """One language's words."""

    def __init__(self, lang: str) -> None:
        t = TEXTS[lang]
        self.lang = lang
        self.art = cast(list[str], t["art"])
        self.side = cast(list[str], t["side"])
        self.privacy = cast(list[str], t["privacy"])
        self.pitch = cast(list[str], t["pitch"])
        self.bio = cast(list[str], t["bio"])[0]
        self.taglines = cast(list[str], t["tagline"])
        self.titles = cast(list[str], t["titles"])
        self.shipping = cast(str, t["shipping"])
        self.w = cast(dict[str, str], t["w"])


def _article(rng: random.Random, lg: _L, short: bool = False) -> list[str]:
    """Paragraphs of the article: sentences of the pool in order from a random start, two or three a paragraph."""
    n = rng.randint(2, 4) if short else rng.randint(5, 11)
    start = rng.randrange(len(lg.art))
    sents = [lg.art[(start + i) % len(lg.art)] for i in range(n)]
    paras: list[str] = []
    i = 0
    sep = "" if lg.lang == "ja" else " "
    while i < len(sents):
        k = 1 if short and rng.random() < 0.5 else rng.randint(1, 3)
        paras.append(sep.join(sents[i : i + k]))
        i += k
    return paras


def _ps(paras: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{_e(p)}</p>\n" for p in paras)


def _links(rng: random.Random, titles: list[str], n: int, path: str = "/") -> str:
    return "".join(
        f'<li><a href="{path}{rng.randint(100, 999)}/">{_e(t)}</a></li>'
        for t in rng.sample(titles, min(n, len(titles)))
    )


def _nav(lg: _L, rng: random.Random) -> str:
    w = lg.w
    return f'<nav class="main-navigation"><ul><li><a href="/">{w["home"]}</a></li><li><a href="/c/1/">{w["categories"]}</a></li><li><a href="/a/">{w["archives"]}</a></li><li><a href="/about/">{w["about_blog"]}</a></li></ul></nav>'


def _strip_attrs(html: str, keep: str) -> str:
    """``class``/``id`` dropped from every tag but those holding ``keep`` (the article's own element)."""

    def sub(m: re.Match[str]) -> str:
        tag = m.group(0)
        if keep in tag:
            return tag
        return re.sub(r'\s(?:class|id)="[^"]*"', "", tag)

    return re.sub(r"<[a-zA-Z][^>]*>", sub, html)


def _page(lg: _L, title: str, body: str) -> str:
    return f'<!DOCTYPE html>\n<html lang="{lg.lang}"><head><meta charset="utf-8"><title>{_e(title)}</title></head>\n<body>\n{body}\n</body></html>'


def _reply_form(lg: _L) -> tuple[str, list[str]]:
    w = lg.w
    html = (
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{w["leave_reply"]}</h3>'
        f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        f'<p class="comment-notes"><span id="email-notes">{w["notes"]}</span> <span class="required-field-message">{w["required"]}</span></p>'
        f'<p class="comment-form-comment"><label for="comment">{w["comment"]} *</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>'
        f'<p class="comment-form-author"><label for="author">{w["name"]} *</label><input id="author" name="author" type="text"></p>'
        f'<p class="comment-form-email"><label for="email">{w["email"]} *</label><input id="email" name="email" type="email"></p>'
        f'<p class="comment-form-url"><label for="url">{w["website"]}</label><input id="url" name="url" type="url"></p>'
        f'<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">{w["save"]}</label></p>'
        f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{w["post_comment"]}"></p></form></div>'
    )
    return html, [w["notes"], w["save"]]


def wp_widgets(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    w = lg.w
    paras = _article(rng, lg, short=rng.random() < 0.3)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    tagline = rng.choice(lg.taglines)
    author = rng.choice(NAMES)
    excerpts = rng.sample(lg.side[:5], rng.randint(3, 5))
    about = lg.side[5]
    recent = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{rng.choice(NAMES)}</span> {w["on"]} <a href="/p/{rng.randint(10, 99)}/#comment-{rng.randint(100, 999)}">{_e(rng.choice(others))}</a>: <span class="comment-excerpt">{_e(x)}</span></li>'
        for x in excerpts
    )
    aside = (
        '<aside id="secondary" class="widget-area" role="complementary">'
        f'<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">{w["search"]}</span><input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="{w["search"]}"></form></section>'
        f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{w["recent_posts"]}</h2><ul>{_links(rng, others, 5, "/20")}</ul></section>'
        f'<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">{w["recent_comments"]}</h2><ul id="recentcomments">{recent}</ul></section>'
        f'<section id="text-3" class="widget widget_text"><h2 class="widget-title">{w["about_blog"]}</h2><div class="textwidget"><p>{_e(about)}</p></div></section>'
        f'<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">{w["archives"]}</h2><ul><li><a href="/2019/05/">05/2019</a></li><li><a href="/2019/04/">04/2019</a></li><li><a href="/2019/03/">03/2019</a></li></ul></section>'
        "</aside>"
    )
    form, notices = _reply_form(lg)
    article = (
        f'<article id="post-{rng.randint(10, 999)}" class="post type-post status-publish format-standard hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{_e(title)}</h1><div class="entry-meta"><span class="posted-on">{w["posted_on"]} <a href="/p/"><time class="entry-date published">{rng.choice(DATES)}</time></a></span><span class="byline"> {w["by"]} <span class="author vcard"><a class="url fn n" href="/author/x/">{author}</a></span></span></div></header>'
        f'<div class="entry-content">\n{_ps(paras)}</div>'
        f'<footer class="entry-footer"><span class="cat-links">{w["categories"]}: <a href="/c/x/">{_e(others[0].split()[0])}</a></span></footer></article>'
        f'<div class="author-info"><h2 class="author-title">{w["about"]} {author}</h2><p class="author-description">{_e(lg.bio)} <a class="author-link" href="/author/x/">{w["view_posts"]}</a></p></div>'
        f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/p/1/">{_e(others[1])}</a></div><div class="nav-next"><a href="/p/2/">{_e(others[2])}</a></div></div></nav>'
        f'<div id="comments" class="comments-area">{form}</div>'
    )
    primary = f'<div id="primary" class="content-area"><main id="main" class="site-main">{article}</main></div>'
    cols = aside + primary if rng.random() < 0.4 else primary + aside
    body = (
        f'<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip</a>'
        f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{_e(rng.choice(NAMES))}</a></p><p class="site-description">{_e(tagline)}</p></div>{_nav(lg, rng)}</header>'
        f'<div id="content" class="site-content">{cols}</div>'
        f'<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">WordPress</a></div></footer></div>'
    )
    if rng.random() < 0.5:
        body = _strip_attrs(body, "entry-content")
    return _page(lg, title, body), paras, [*excerpts, about, tagline, lg.bio, *notices]


def blogger(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    w = lg.w
    paras = _article(rng, lg, short=rng.random() < 0.3)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    tagline = rng.choice(lg.taglines)
    snippets = rng.sample(lg.side[:5], 4)
    about = lg.side[5]
    popular = "".join(
        f'<li><div class="item-content"><div class="item-title"><a href="/20{rng.randint(10, 19)}/0{rng.randint(1, 9)}/p.html">{_e(t)}</a></div><div class="item-snippet">{_e(s)}</div></div><div style="clear: both;"></div></li>'
        for t, s in zip(others, snippets, strict=False)
    )
    sidebar = (
        '<div class="sidebar section" id="sidebar">'
        f'<div class="widget PopularPosts" id="PopularPosts1"><h2>{w["popular"]}</h2><div class="widget-content popular-posts"><ul>{popular}</ul></div></div>'
        f'<div class="widget Profile" id="Profile1"><h2>{w["about_me"]}</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="/profile/1">{rng.choice(NAMES)}</a></dt><dd class="profile-textblock">{_e(about)}</dd></dl></div></div>'
        f'<div class="widget FollowByEmail" id="FollowByEmail1"><h2 class="title">{w["newsletter"]}</h2><div class="widget-content"><div class="follow-by-email-inner"><form action="/feed" method="post"><input class="follow-by-email-address" name="email" placeholder="{w["email_ph"]}" type="text"><input class="follow-by-email-submit" type="submit" value="{w["subscribe"]}"></form></div></div></div>'
        f'<div class="widget BlogArchive" id="BlogArchive1"><h2>{w["archive"]}</h2><div class="widget-content"><ul class="hierarchy"><li><a href="/2019/">2019</a> (12)</li><li><a href="/2018/">2018</a> (31)</li></ul></div></div>'
        "</div>"
    )
    text = "<br />\n<br />\n".join(_e(p) for p in paras)
    post = (
        f'<div class="date-outer"><h2 class="date-header"><span>{rng.choice(DATES)}</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template">'
        f'<h3 class="post-title entry-title">{_e(title)}</h3><div class="post-header"></div>'
        f'<div class="post-body entry-content" id="post-body-{rng.randint(10**6, 10**7)}">{text}<div style="clear: both;"></div></div>'
        f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">{w["posted_by"]} <span class="fn">{rng.choice(NAMES)}</span></span> <span class="post-comment-link"><a class="comment-link" href="#comments">0 {w["comments_n"]}</a></span> <span class="post-icons"><a class="share-button" href="/share">{w["share"]}</a></span></div></div></div>'
        f'<div class="comments" id="comments"><h4>0 {w["comments_n"]}:</h4><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">{w["post_a_comment"]}</h4><iframe class="blogger-iframe-colorize blogger-comment-from-post" height="410px" id="comment-editor" src="/comment-iframe.g"></iframe></div></div></div></div></div>'
        f'<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/n.html">{w["newer"]}</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/o.html">{w["older"]}</a></span><a class="home-link" href="/">{w["home"]}</a></div>'
    )
    main = f'<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">{post}</div></div></div></div>'
    cols = f'<div class="columns-inner">{main}<div class="column-right-outer"><div class="column-right-inner">{sidebar}</div></div></div>'
    if rng.random() < 0.3:
        cols = f'<div class="columns-inner"><div class="column-left-outer"><div class="column-left-inner">{sidebar}</div></div>{main}</div>'
    body = (
        f'<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">{_e(rng.choice(NAMES))}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>{_e(tagline)}</span></p></div></div></div></div></header>'
        f'<div class="main-inner"><div class="columns fauxcolumns">{cols}</div></div>'
        '<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1">Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div></footer></div></div>'
    )
    return _page(lg, title, body), paras, [*snippets, about, tagline]


def drupal(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    w = lg.w
    paras = _article(rng, lg, short=rng.random() < 0.3)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    tagline = rng.choice(lg.taglines)
    summaries = rng.sample(lg.side[:8], 4)
    d8 = rng.random() < 0.5
    rows = "".join(
        f'<div class="views-row views-row-{i + 1}"><div class="views-field views-field-title"><span class="field-content"><a href="/node/{rng.randint(10, 999)}">{_e(t)}</a></span></div><div class="views-field views-field-body"><div class="field-content"><p>{_e(s)}</p></div></div></div>'
        for i, (t, s) in enumerate(zip(others, summaries, strict=False))
    )
    login = (
        f'<div id="block-user-login" class="block block-user"><h2>{w["login"]}</h2><div class="content"><form action="/node?destination=node" method="post" id="user-login-form">'
        f'<div class="form-item form-type-textfield form-item-name"><label for="edit-name">{w["user"]} <span class="form-required">*</span></label><input type="text" id="edit-name" name="name" size="15" class="form-text required"></div>'
        f'<div class="form-item form-type-password form-item-pass"><label for="edit-pass">{w["password"]} <span class="form-required">*</span></label><input type="password" id="edit-pass" name="pass" size="15" class="form-text required"></div>'
        f'<div class="item-list"><ul><li class="first"><a href="/user/register">{w["new_account"]}</a></li><li class="last"><a href="/user/password">{w["password"]}?</a></li></ul></div>'
        f'<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="{w["log_in"]}" class="form-submit"></div></form></div></div>'
    )
    popular = f'<div id="block-views-popular-block" class="block block-views"><h2>{w["most_read"]}</h2><div class="content"><div class="view view-popular"><div class="view-content">{rows}</div></div></div></div>'
    side_blocks = login + popular if rng.random() < 0.5 else popular + login
    sidebar = f'<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">{side_blocks}</div></div></div>'
    meta = f'<div class="submitted">{w["submitted"]} <a href="/user/3" class="username">{rng.choice(NAMES)}</a> {w["on"]} {rng.choice(DATES)}</div>'
    tags = f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">{w["tags"]}:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/taxonomy/term/1">{_e(others[0].split()[-1])}</a></div></div></div>'
    links = f'<ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/5#comment-form">{w["add_comment"]}</a></li></ul>'
    if d8:
        node = (
            f'<article role="article" about="/node/5" class="node node--type-article node--view-mode-full"><div class="node__meta">{meta}</div>'
            f'<div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{_ps(paras)}</div>{tags}</div>{links}</article>'
        )
    else:
        node = (
            f'<div id="node-5" class="node node-article node-promoted clearfix" about="/node/5" typeof="sioc:Item foaf:Document">{meta}'
            f'<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{_ps(paras)}</div></div></div>{tags}</div>{links}</div>'
        )
    content = f'<div id="content" class="column"><div class="section"><h1 class="title" id="page-title">{_e(title)}</h1><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">{node}</div></div></div></div></div>'
    cols = content + sidebar if rng.random() < 0.6 else sidebar + content
    body = (
        f'<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix"><div id="name-and-slogan"><div id="site-name"><strong><a href="/" rel="home"><span>{_e(rng.choice(NAMES))}</span></a></strong></div><div id="site-slogan">{_e(tagline)}</div></div></div></div>'
        f'<div id="navigation"><div class="section">{_nav(lg, rng)}</div></div>'
        f'<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">{cols}</div></div>'
        '<div id="footer-wrapper"><div class="section"><div id="footer" class="region region-footer"><a href="https://www.drupal.org">Powered by Drupal</a></div></div></div></div></div>'
    )
    if rng.random() < 0.5:
        body = _strip_attrs(body, "field-name-body" if not d8 else "field--name-body")
    return _page(lg, title, body), paras, [*summaries, tagline]


def product(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    w = lg.w
    paras = _article(rng, lg)
    title = rng.choice(lg.titles)
    descs = rng.sample(lg.side[:8], 3)
    price = f"{rng.randint(19, 249)},{rng.randint(0, 99):02d} €"
    box = (
        f'<div class="price-box product-box"><div class="product-name">{_e(title.split()[0])} {rng.randint(100, 900)}</div>'
        f'<div class="rating" title="4.5">★★★★☆ (128)</div><span class="price">{price}</span> <span class="stock in-stock">{w["in_stock"]}</span>'
        f'<form class="cart" method="post"><select name="quantity"><option>1</option><option>2</option><option>3</option></select><button type="submit" class="add-to-cart">{w["add_cart"]}</button></form>'
        f'<p class="shipping-note">{_e(lg.shipping)}</p></div>'
    )
    also = "".join(
        f'<li class="product"><a href="/p/{rng.randint(100, 999)}"><img src="/i/{i}.jpg" alt=""><h3>{_e(rng.choice(lg.titles))}</h3></a><p class="desc">{_e(d)}</p><span class="price">{rng.randint(9, 99)},99 €</span><a class="button" href="/cart?add={i}">{w["add_cart"]}</a></li>'
        for i, d in enumerate(descs)
    )
    cut = rng.randint(1, max(1, len(paras) - 1))
    body_html = _ps(paras[:cut]) + (box if rng.random() < 0.5 else "") + _ps(paras[cut:])
    if "price-box" not in body_html:
        body_html = box + body_html
    page = (
        f'<header class="site-header"><a class="logo" href="/">{_e(rng.choice(NAMES))}</a>{_nav(lg, rng)}</header>'
        f'<main class="site-main"><article class="review"><h1>{_e(title)}</h1><p class="meta">{w["by"]} {rng.choice(NAMES)} · {rng.choice(DATES)}</p>'
        f'<div class="review-body">{body_html}</div></article>'
        f'<section class="related-products"><h2>{w["also"]}</h2><ul class="products">{also}</ul></section></main>'
        '<footer class="site-footer"><p>© 2019</p></footer>'
    )
    return _page(lg, title, page), paras, [lg.shipping, *descs]


CONSENT_CLASSES = (
    "cookie-consent-banner",
    "gdpr-modal",
    "pm-layer",
    "sp-message-container",
    "cmp-root",
    "overlay-dialog",
)


def cookie(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    w = lg.w
    paras = _article(rng, lg, short=rng.random() < 0.4)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    cls = rng.choice(CONSENT_CLASSES)
    priv = lg.privacy[:]
    rng.shuffle(priv)
    dialog = (
        f'<div class="{cls}" role="dialog" aria-modal="true"><div class="{cls}__inner"><h2>{w["privacy_title"]}</h2>'
        f"<p>{_e(' '.join(priv[:2]))}</p><p>{_e(' '.join(priv[2:]))}</p>"
        f'<div class="purposes"><label><input type="checkbox" checked disabled> {w["necessary"]}</label><label><input type="checkbox"> {w["statistics"]}</label><label><input type="checkbox"> {w["marketing"]}</label></div>'
        f'<div class="buttons"><button class="accept">{w["accept"]}</button><button class="reject">{w["reject"]}</button><button class="settings">{w["settings"]}</button></div></div></div>'
    )
    page = (
        f'<header class="header"><a class="logo" href="/">News</a>{_nav(lg, rng)}</header>'
        f'<main><div class="article-wrapper"><h1 class="headline">{_e(title)}</h1><div class="byline">{w["by"]} {rng.choice(NAMES)}, {rng.choice(DATES)}</div>'
        f'<div class="text">{_ps(paras)}</div></div>'
        f'<aside class="teasers"><h3>{w["most_read"]}</h3><ul>{_links(rng, others, 4)}</ul></aside></main>'
        '<footer class="footer"><a href="/imprint">Impressum</a> · <a href="/privacy">Privacy</a></footer>'
    )
    body = dialog + page if rng.random() < 0.5 else page + dialog
    return _page(lg, title, body), paras, priv


def newsletter(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    w = lg.w
    paras = _article(rng, lg)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    box = (
        f'<div class="newsletter-signup inline-box"><h3>{w["newsletter"]}</h3><p>{_e(lg.pitch[0])}</p>'
        f'<form class="signup-form" action="/subscribe" method="post"><input type="email" name="email" placeholder="{w["email_ph"]}" required><button type="submit">{w["subscribe"]}</button></form>'
        f'<p class="small">{_e(lg.pitch[1])}</p></div>'
    )
    inside = rng.random() < 0.5 and len(paras) >= 3
    if inside:
        cut = rng.randint(1, len(paras) - 2)
        text = _ps(paras[:cut]) + box + _ps(paras[cut:])
    else:
        text = _ps(paras) + box
    page = (
        f'<header class="masthead">{_nav(lg, rng)}</header><div class="container"><div class="main-col">'
        f'<h1>{_e(title)}</h1><p class="dateline">{rng.choice(DATES)} · {rng.choice(NAMES)}</p><div class="story-body">{text}</div>'
        f'<div class="share-tools"><a href="/share/fb">Facebook</a> <a href="/share/x">X</a> <a href="/share/mail">{w["share"]}</a></div></div>'
        f'<div class="side-col"><h3>{w["most_read"]}</h3><ol>{_links(rng, others, 5)}</ol></div></div>'
    )
    return _page(lg, title, page), paras, list(lg.pitch)


def short_sidebar(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    w = lg.w
    paras = _article(rng, lg, short=True)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    summaries = rng.sample(lg.side[5:8], 3)
    comments = rng.sample(lg.side[:5], rng.randint(3, 5))
    most = "".join(
        f'<li><a class="teaser-title" href="/n/{rng.randint(100, 999)}">{_e(t)}</a><p class="teaser-text">{_e(s)}</p></li>'
        for t, s in zip(others, summaries, strict=False)
    )
    recent = "".join(
        f'<li><span class="c-author">{rng.choice(NAMES)}</span> {w["on"]} <a href="/n/{rng.randint(100, 999)}#c">{_e(rng.choice(others))}</a><p class="c-text">{_e(c)}</p></li>'
        for c in comments
    )
    sidebar = f'<div class="sidebar"><div class="box most-read"><h3>{w["most_read"]}</h3><ul>{most}</ul></div><div class="box recent-comments"><h3>{w["recent_comments"]}</h3><ul>{recent}</ul></div></div>'
    story = (
        f'<div class="story"><h1>{_e(title)}</h1><p class="meta">{rng.choice(DATES)}</p>'
        f'<div class="story-text">{_ps(paras)}</div><div class="tags">{w["tags"]}: <a href="/t/1">{_e(others[0].split()[0])}</a></div></div>'
    )
    cols = story + sidebar if rng.random() < 0.6 else sidebar + story
    page = f'<div class="wrap"><div class="top">{_nav(lg, rng)}</div><div class="cols">{cols}</div><div class="bottom">© 2016</div></div>'
    return _page(lg, title, page), paras, [*summaries, *comments]


NOTICES = {
    "en": (
        "You must be logged in to post a comment.",
        "Registration is free and takes less than a minute, and we never show your address to other readers.",
    ),
    "de": (
        "Du musst angemeldet sein, um einen Kommentar abzugeben.",
        "Die Registrierung ist kostenlos und dauert keine Minute, und deine Adresse sehen andere Leser nie.",
    ),
    "fr": (
        "Vous devez vous connecter pour publier un commentaire.",
        "L'inscription est gratuite et prend moins d'une minute, et votre adresse n'est jamais montrée aux autres lecteurs.",
    ),
    "es": (
        "Debes iniciar sesión para publicar un comentario.",
        "El registro es gratuito y se hace en menos de un minuto, y nunca mostramos tu dirección a otros lectores.",
    ),
    "it": (
        "Devi essere connesso per inviare un commento.",
        "La registrazione è gratuita e richiede meno di un minuto, e il tuo indirizzo non viene mai mostrato agli altri lettori.",
    ),
    "pt": (
        "Tem de iniciar a sessão para publicar um comentário.",
        "O registo é gratuito e demora menos de um minuto, e o seu endereço nunca é mostrado aos outros leitores.",
    ),
    "ru": (
        "Для отправки комментария вам необходимо авторизоваться.",
        "Регистрация бесплатна и занимает меньше минуты, а ваш адрес никогда не увидят другие читатели.",
    ),
    "ja": (
        "コメントを投稿するにはログインしてください。",
        "登録は無料で一分もかからず、メールアドレスがほかの読者に表示されることはありません。",
    ),
}


def plain_sidebar(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    """A table layout with no class or id anywhere: the article (short on half of the pages) in the middle cell, a
    right cell of readers' comments in paragraphs and an "about this blog" paragraph; the tagline under the name."""
    w = lg.w
    paras = _article(rng, lg, short=rng.random() < 0.5)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    tagline = rng.choice(lg.taglines)
    comments = rng.sample(lg.side[:5], rng.randint(3, 5))
    about = lg.side[5]
    if rng.random() < 0.5:
        text = _ps(paras)
    else:
        text = "<br><br>\n".join(_e(p) for p in paras)
    side = (
        f"<b>{w['recent_comments']}</b><br>"
        + "".join(f'<p><a href="/p/{rng.randint(10, 99)}#c">{rng.choice(NAMES)}</a>: {_e(c)}</p>' for c in comments)
        + f"<b>{w['about_blog']}</b><p>{_e(about)}</p>"
        + f"<b>{w['archives']}</b><br>"
        + "<br>".join(f'<a href="/20{y}/">20{y}</a>' for y in (19, 18, 17))
    )
    nav = "<br>".join(f'<a href="/c/{i}/">{_e(t)}</a>' for i, t in enumerate(others[:4]))
    body = (
        f'<table width="100%" cellpadding="4"><tr><td colspan="3"><font size="5"><b>{_e(rng.choice(NAMES))}</b></font><br><i>{_e(tagline)}</i></td></tr>'
        f'<tr><td width="150" valign="top">{nav}</td>'
        f'<td valign="top"><font size="4"><b>{_e(title)}</b></font><br><small>{rng.choice(DATES)}</small><br>{text}</td>'
        f'<td width="220" valign="top">{side}</td></tr>'
        '<tr><td colspan="3"><small>© 2011</small></td></tr></table>'
    )
    return _page(lg, title, body), paras, [*comments, about, tagline]


def div_columns(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    """``plain_sidebar`` in ``<div>`` columns (floated by inline styles, no class or id): the title and the article
    in one column, readers' comments in paragraphs and an "about this blog" paragraph in the next."""
    w = lg.w
    paras = _article(rng, lg, short=rng.random() < 0.5)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    tagline = rng.choice(lg.taglines)
    comments = rng.sample(lg.side[:5], rng.randint(3, 5))
    about = lg.side[5]
    side = (
        f"<h4>{w['recent_comments']}</h4>"
        + "".join(f'<p><a href="/p/{rng.randint(10, 99)}#c">{rng.choice(NAMES)}</a>: {_e(c)}</p>' for c in comments)
        + f"<h4>{w['about_blog']}</h4><p>{_e(about)}</p>"
    )
    nav = "".join(f'<div><a href="/c/{i}/">{_e(t)}</a></div>' for i, t in enumerate(others[:4]))
    article = f'<div style="float:left;width:60%"><h2>{_e(title)}</h2><div>{rng.choice(DATES)}</div>{_ps(paras)}</div>'
    sidebar = f'<div style="float:right;width:30%">{side}</div>'
    cols = article + sidebar if rng.random() < 0.7 else sidebar + article
    body = (
        f"<div><div><h1>{_e(rng.choice(NAMES))}</h1><div>{_e(tagline)}</div></div><div>{nav}</div>"
        f'<div>{cols}</div><div style="clear:both">© 2014</div></div>'
    )
    return _page(lg, title, body), paras, [*comments, about, tagline]


def login_comments(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    """An article, its readers' comments in prose, and a comment section behind a login: the notice, a user name and
    password form and a sentence about registration."""
    w = lg.w
    paras = _article(rng, lg)
    title = rng.choice(lg.titles)
    comments = rng.sample(lg.side[:5], rng.randint(2, 4))
    must_log, register = NOTICES[lg.lang]
    items = "".join(
        f'<li class="comment"><div class="comment-meta"><b>{rng.choice(NAMES)}</b> {rng.choice(DATES)}</div><div class="comment-body"><p>{_e(c)}</p></div></li>'
        for c in comments
    )
    login = (
        f'<div class="login-box"><p class="must-log-in">{_e(must_log)}</p><form method="post" action="/login">'
        f'<label>{w["user"]}</label> <input type="text" name="user"><br><label>{w["password"]}</label> <input type="password" name="pass"><br>'
        f'<input type="submit" value="{w["log_in"]}"></form><p>{_e(register)} <a href="/register">{w["new_account"]}</a></p></div>'
    )
    body = (
        f'<div id="wrap"><div id="top">{_nav(lg, rng)}</div><div id="main"><h1>{_e(title)}</h1><p class="date">{rng.choice(DATES)}</p>'
        f'<div class="entry">{_ps(paras)}</div>'
        f'<div id="comments"><h3>{len(comments)} {w["comments_n"]}</h3><ol class="commentlist">{items}</ol>{login}</div></div>'
        '<div id="bottom">© 2013</div></div>'
    )
    if rng.random() < 0.5:
        body = _strip_attrs(body, "entry")
    return _page(lg, title, body), paras, [*comments, must_log, register]


def flat_container(rng: random.Random, lg: _L) -> tuple[str, list[str], list[str]]:
    """The article's paragraphs are children of the one element that also holds, below them, a list of related
    links and a "most read" box of headlines with a summary sentence each (no wrapper around the article)."""
    w = lg.w
    paras = _article(rng, lg)
    title = rng.choice(lg.titles)
    others = [t for t in lg.titles if t != title]
    summaries = rng.sample(lg.side[5:8], 3)
    teasers = "".join(
        f'<p><a href="/n/{rng.randint(100, 999)}">{_e(t)}</a><br>{_e(s)}</p>'
        for t, s in zip(others, summaries, strict=False)
    )
    inner = (
        f"<h1>{_e(title)}</h1><p><small>{rng.choice(DATES)} | {rng.choice(NAMES)}</small></p>{_ps(paras)}"
        f"<h3>{w['tags']}</h3><ul>{_links(rng, others, 4, '/t/')}</ul>"
        f"<h3>{w['most_read']}</h3>{teasers}"
    )
    body = (
        f'<div id="header">{_nav(lg, rng)}</div><div id="content">{inner}</div>'
        f'<div id="sidebar"><h3>{w["recent_posts"]}</h3><ul>{_links(rng, others, 5)}</ul></div><div id="footer">© 2012</div>'
    )
    return _page(lg, title, body), paras, summaries


BUILDERS = {
    "wp_widgets": wp_widgets,
    "blogger": blogger,
    "drupal": drupal,
    "product": product,
    "cookie": cookie,
    "newsletter": newsletter,
    "short_sidebar": short_sidebar,
    "plain_sidebar": plain_sidebar,
    "div_columns": div_columns,
    "login_comments": login_comments,
    "flat_container": flat_container,
}


def build_page(lang: str, kind: str, index: int, seed: str) -> GenPage:
    rng = random.Random(f"{seed}/{lang}/{kind}/{index}")
    html, paras, must_not = BUILDERS[kind](rng, _L(lang))
    sents = [s for p in paras for s in re.split(r"(?<=[.!?。！？])\s*", p) if s]
    return GenPage(
        SET, f"{kind}-{lang}-{index}", kind, html, "\n".join(paras), [sents[0], sents[-1]], must_not, lang=lang
    )


def build(seed: str = SET, langs: tuple[str, ...] = LANGS) -> list[GenPage]:
    return [build_page(lang, kind, i, seed) for lang in langs for kind in KINDS for i in range(PAGES_PER)]


def main(argv: list[str] | None = None) -> int:
    return cli(argv, __doc__, build, SET, LANGS, KINDS, "kind")


if __name__ == "__main__":
    raise SystemExit(main())
