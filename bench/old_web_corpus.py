"""Old-web (2005-2009 style) English article pages around the bench sets' tune gold texts, the gold kept.

    python bench/old_web_corpus.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/old_web_corpus.py --score --cleaner-only   # cleaner alone (quick)
    python bench/old_web_corpus.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/old_web_corpus.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/old_web_corpus.py --seed S --score         # fresh pages of the same layouts (halves still apply)

Issue #12: the hidden English evaluation is largely CleanEval and L3S-GN1 pages (2007-2008 HTML): tables for
layout, ``<font>`` and ``<center>``, ``<br><br>`` instead of ``<p>``, unclosed upper-case ``<P>``, few or no class
names, and boilerplate the bench sets rarely have: a blog's tagline, blogroll and archive list, "Most Read" /
"Recent Comments" sidebars, "E-mail this story" forms, comment boxes behind a login, quote and settings widgets,
print-friendly pages, articles split by advertisement tables. Each *kind* (``KINDS``) is one such layout:

- ``table_layout``: banner row, a left navigation column, the article in the middle cell (``<font>`` and
  ``<br><br>``), an ad column on the right, a footer row;
- ``most_read``: a news page with a "Most Read" ranking (headline + one summary sentence each) and a "Recent
  Comments" box, in a column before or after the article in the source;
- ``blogger``: a 2007 Blogger page: blog title and tagline, date header, post, "Posted by" footer, the comments
  ("Anonymous said..."), a "Post a Comment" form, a sidebar with "About Me", a blog archive tree and a blogroll;
- ``wordpress``: a 2007 WordPress page: blog name and tagline, post, "This entry was posted on ..." footer,
  "Leave a Reply" (a login notice or the name / mail / website form), a sidebar with Recent Posts, Recent
  Comments, Archives, Categories, Blogroll and Meta;
- ``print_page``: a print-friendly page: "Print this article / Close window", title, byline, the article, "Find
  this article at:" and a copyright line;
- ``ad_split``: the article cut in three by advertisement tables ("ADVERTISEMENT", "Story continues below") and a
  floated "Related Stories" table;
- ``email_form``: a toolbar (Print, E-mail, Digg this, del.icio.us, text size) and an "E-mail this story" form
  with its notices;
- ``comment_login``: a reader comments section (2-4 comments) and a "log in to comment" form (username,
  password, remember me) with the usual moderation notices;
- ``widgets``: a market quote table, a weather box and a text-size / currency settings form beside the article;
- ``nested_tables``: the article five tables deep with spacer images, ``<center>``, upper-case unclosed ``<P>``;
- ``short_story``: a one- or two-paragraph story in the ``most_read`` chrome with a "Related Stories" box of
  headline + summary pairs under it.

Article text: the gold paragraphs of the *tune* pages of scrapinghub_en, daniel_en and magichtml_en (articles),
read at run time from ``--data`` (nothing of it is committed; daniel_en is GPL). Filler prose (summaries,
comments, a tagline, "About Me") is sentences of *other* tune articles; headlines are tune pages' titles; names,
dates, prices and the fixed words of forms and menus are the generator's own. The classes and ids of the chrome are
dropped on half of the pages (old pages often have none).

Score (per page): token F1 against the gold (the article's paragraphs; no title, byline or chrome), the snippet
rule (the first and the last sentence must appear, no must-not snippet may: the inserted headlines, summaries,
comments, tagline, notices), leak rate and empty outputs. A page's half is :func:`bench.halves.half` of
``oldweb/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from bench_extract import load_set
from gen_score import GenPage, Scoring, TextPool
from halves import TUNE

SET = "oldweb"
SOURCES = ("scrapinghub_en", "daniel_en", "magichtml_en")
KINDS = (
    "table_layout",
    "most_read",
    "blogger",
    "wordpress",
    "print_page",
    "ad_split",
    "email_form",
    "comment_login",
    "widgets",
    "nested_tables",
    "short_story",
)
PAGES_PER_KIND = 40
_SENT = re.compile(r"(?<![^\s])[A-Z][^.!?\n]{40,180}[.!?](?=\s|$)")
_PROSE_END = re.compile(r"[.!?][\"'”’)]?$")
"""A gold line is an article paragraph when it ends as a sentence (magichtml_en golds hold captions, lists, menus)."""
_FIRST = ("John", "Mary", "David", "Susan", "Robert", "Linda", "Michael", "Karen", "James", "Patricia", "Tom", "Ann")
_LAST = ("Smith", "Johnson", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Jackson", "White")
_NICKS = ("Anonymous", "jdog77", "bluesky", "MarkT", "reader42", "oldtimer", "kat", "pdxguy", "Steve-O", "lurker")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SECTIONS = (
    "Home",
    "News",
    "Local",
    "Business",
    "Sports",
    "Entertainment",
    "Opinion",
    "Obituaries",
    "Classifieds",
    "Weather",
    "Contact Us",
)
_PAPERS = ("The Daily Gazette", "Riverside Herald", "Tri-County Courier", "The Evening Ledger", "Northfield Tribune")


# --- text -----------------------------------------------------------------------------------------------------------


@dataclass
class Text(TextPool):
    """Tune articles (title, paragraphs), headlines and sentences of the English sets."""

    @classmethod
    def load(cls, data: Path) -> Text:
        arts: list[tuple[str, str, list[str]]] = []
        heads: list[str] = []
        sents: list[tuple[str, str]] = []
        for name in SOURCES:
            for p in load_set(data, name, None, (TUNE,)):
                if p.page_type != "article":
                    continue
                key = f"{name}/{p.id}"
                m = re.search(r"<title[^>]*>([^<]{6,})</title>", p.html, re.I)
                title = re.split(r"\s[|\-—–:]\s|\|", m.group(1).strip())[0].strip() if m else ""
                if not (15 <= len(title) <= 90 and len(title.split()) >= 4):
                    title = ""
                if title:
                    heads.append(title)
                paras = [
                    x.strip() for x in p.gold.splitlines() if len(x.strip()) >= 80 and _PROSE_END.search(x.strip())
                ]
                if paras and title and paras[0].startswith(title):
                    paras = paras[1:]
                if title and len(paras) >= 3:
                    arts.append((key, title, paras))
                for s in _SENT.findall(p.gold):
                    sents.append((key, s.strip()))
        return cls(arts, heads, sents)


# --- markup pieces --------------------------------------------------------------------------------------------------


def _date(rng: random.Random) -> str:
    return f"{rng.choice(_DAYS)}, {rng.choice(_MONTHS)} {rng.randrange(1, 29)}, {rng.choice((2006, 2007, 2008))}"


def _time(rng: random.Random) -> str:
    return f"{rng.randrange(1, 13)}:{rng.randrange(60):02d} {rng.choice(('AM', 'PM'))}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _href(rng: random.Random, stem: str = "news") -> str:
    return f"/{stem}/{rng.choice(('2007', '2008'))}/{rng.randrange(10**5)}.html"


def _body(rng: random.Random, paras: list[str], style: str | None = None) -> str:
    """The article's paragraphs in one of the old markups."""
    style = style or rng.choice(("p", "P", "br", "font_p", "font_br"))
    if style == "p":
        return "\n".join(f"<p>{x}</p>" for x in paras)
    if style == "P":  # upper case, unclosed
        return "\n".join(f"<P>{x}" for x in paras)
    if style == "br":
        return "<br><br>\n".join(paras) + "<br>"
    if style == "font_p":
        return "\n".join(f'<p><font face="Verdana, Arial" size="2">{x}</font></p>' for x in paras)
    return '<font face="Arial, Helvetica" size="2">' + "\n<BR><BR>".join(paras) + "</font>"


def _title(rng: random.Random, title: str) -> str:
    return rng.choice(
        (
            f"<h1>{title}</h1>",
            f'<font size="5" face="Georgia"><b>{title}</b></font><br>',
            f'<span class="headline">{title}</span><br>',
            f"<h2>{title}</h2>",
            f"<b><font size=4>{title}</font></b><br><br>",
        )
    )


def _byline(rng: random.Random) -> str:
    return rng.choice(
        (
            f'<font size="1" color="#666666">By {_name(rng).upper()}<br>Staff Writer<br>{_date(rng)}</font><br>',
            f"<i>By {_name(rng)}</i> | {_date(rng)}<br>",
            f'<div class="byline">{_date(rng)} - Posted by {_name(rng)}</div>',
        )
    )


def _banner(rng: random.Random, paper: str) -> str:
    nav = " | ".join(f'<a href="/{s.lower().replace(" ", "")}/">{s}</a>' for s in _SECTIONS)
    return (
        '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
        f'<td width="300"><a href="/"><img src="/images/logo.gif" alt="{paper}" border="0"></a></td>'
        '<td align="right"><font size="1">Subscribe | Place an Ad | Archives | RSS</font><br>'
        '<form action="/search"><input type="text" name="q" size="15"><input type="submit" value="Search"></form></td></tr>'
        f'<tr><td colspan="2" bgcolor="#003366"><font color="#ffffff" size="2"><b>{nav}</b></font></td></tr></table>'
    )


def _left_nav(rng: random.Random) -> str:
    items = "".join(f'<a href="/{s.lower()}/"><font size="2">{s}</font></a><br>' for s in _SECTIONS)
    extra = "".join(
        f'<a href="/{s.lower().replace(" ", "")}/"><font size="1">{s}</font></a><br>'
        for s in ("Subscribe", "E-Edition", "Archives", "Advertise", "Jobs", "Real Estate", "Autos", "Contact Us")
    )
    return (
        f'<td width="150" valign="top" bgcolor="#eeeeee"><b>Sections</b><br>{items}<br><b>Services</b><br>{extra}</td>'
    )


def _ad_column() -> str:
    return (
        '<td width="160" valign="top"><font size="1">ADVERTISEMENT</font><br>'
        '<a href="http://ads.example.net/click?id=123"><img src="/ads/sky160x600.gif" width="160" height="600" border="0"></a></td>'
    )


def _footer(rng: random.Random, paper: str) -> str:
    return (
        '<table width="100%"><tr><td align="center"><font size="1">'
        + " | ".join(
            f'<a href="/{s.lower()}/">{s}</a>'
            for s in ("About Us", "Contact", "Advertise", "Privacy Policy", "Terms of Use", "Site Map")
        )
        + f"<br>Copyright &copy; {rng.choice((2006, 2007, 2008))} {paper}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
        "</font></td></tr></table>"
    )


def _most_read(rng: random.Random, text: Text, avoid: str, summaries: bool, bad: list[str]) -> str:
    heads = text.heads(rng, 8, avoid)
    sums = text.prose(rng, 8, avoid) if summaries else [""] * 8
    rows = []
    for i, (h, s) in enumerate(zip(heads, sums, strict=True)):
        bad.append(h)
        if s:
            bad.append(s)
        tail = f'<br><font size="1">{s}</font>' if s else ""
        rows.append(f'<tr><td valign="top"><b>{i + 1}.</b></td><td><a href="{_href(rng)}">{h}</a>{tail}</td></tr>')
    label = rng.choice(("Most Read", "Most Popular", "Most Read Stories", "Today's Most Viewed"))
    return f'<table width="100%" cellpadding="2"><tr><td colspan="2" bgcolor="#cccccc"><b>{label}</b></td></tr>{"".join(rows)}</table>'


def _recent_comments(rng: random.Random, text: Text, avoid: str, bad: list[str]) -> str:
    rows = []
    for h, s in zip(text.heads(rng, 6, avoid), text.prose(rng, 6, avoid), strict=True):
        snippet = s[: rng.randrange(50, 90)].rsplit(" ", 1)[0] + "..."
        bad.append(snippet)
        rows.append(
            f'<li><a href="/users/{rng.choice(_NICKS)}">{rng.choice(_NICKS)}</a> on <a href="{_href(rng)}#comments">{h}</a>: "{snippet}"</li>'
        )
    return f"<h3>Recent Comments</h3><ul>{''.join(rows)}</ul>"


def _related(rng: random.Random, text: Text, avoid: str, bad: list[str], summaries: bool) -> str:
    heads = text.heads(rng, 4, avoid)
    sums = text.prose(rng, 4, avoid) if summaries else [""] * 4
    rows = []
    for h, s in zip(heads, sums, strict=True):
        bad.append(h)
        if s:
            bad.append(s)
        rows.append(f'<a href="{_href(rng)}"><b>{h}</b></a><br>' + (f"{s}<br><br>" if s else ""))
    return f'<table width="100%" bgcolor="#f0f0f0"><tr><td><font size="2"><b>Related Stories</b><br>{"".join(rows)}</font></td></tr></table>'


def _comment_form(rng: random.Random, bad: list[str]) -> str:
    notice = "Comments are moderated and will not appear until approved. Please keep your comments on topic and civil; we reserve the right to remove any comment."
    bad.append(notice)
    if rng.random() < 0.5:
        return (
            '<h3>Post a Comment</h3><p>You must be <a href="/login">logged in</a> to post a comment. Not a member? <a href="/register">Register now</a>, it is free and takes only a minute.</p>'
            '<form action="/login" method="post"><table><tr><td>Username:</td><td><input type="text" name="user"></td></tr>'
            '<tr><td>Password:</td><td><input type="password" name="pass"></td></tr>'
            '<tr><td colspan="2"><input type="checkbox" name="remember"> Remember me <input type="submit" value="Log in"> <a href="/lost">Forgot your password?</a></td></tr></table></form>'
            f"<p><small>{notice}</small></p>"
        )
    return (
        '<h3>Leave a Reply</h3><form action="/comments" method="post">'
        '<p><input type="text" name="author" size="22"> <label>Name (required)</label></p>'
        '<p><input type="text" name="email" size="22"> <label>Mail (will not be published) (required)</label></p>'
        '<p><input type="text" name="url" size="22"> <label>Website</label></p>'
        '<p><textarea name="comment" cols="60" rows="8"></textarea></p>'
        f'<p><input type="submit" value="Submit Comment"></p><p><small>{notice}</small></p></form>'
    )


def _comments(rng: random.Random, text: Text, avoid: str, bad: list[str], n: int) -> str:
    rows = []
    for _ in range(n):
        said = " ".join(text.prose(rng, rng.randrange(1, 3), avoid))
        bad.append(said)
        who = rng.choice(_NICKS)
        rows.append(
            f'<dt><a href="/profile/{who}">{who}</a> said...</dt><dd><p>{said}</p><span class="comment-timestamp">{_time(rng)}</span></dd>'
        )
    return f'<h4>{n} Comments:</h4><dl id="comments-block">{"".join(rows)}</dl>'


def _email_form(bad: list[str]) -> str:
    notice = "Your e-mail address is used only to let the recipient know who sent the story, and in case of transmission error. Neither your address nor the recipient's address will be used for any other purpose."
    bad.append(notice)
    return (
        '<table border="1" cellpadding="4"><tr><td><b>E-mail this story</b><form action="/emailstory" method="post">'
        'To: <input type="text" name="to" size="30"> <font size="1">(separate multiple addresses with commas)</font><br>'
        'From: <input type="text" name="from" size="30"><br>Your name: <input type="text" name="name"><br>'
        'Message (optional):<br><textarea name="msg" rows="3" cols="40"></textarea><br><input type="submit" value="Send">'
        f'</form><font size="1">{notice}</font></td></tr></table>'
    )


def _toolbar() -> str:
    return (
        '<table><tr><td><font size="1"><a href="javascript:window.print()">Print</a> | <a href="/email">E-mail</a> | '
        '<a href="/save">Save</a> | <a href="http://digg.com/submit">Digg this</a> | <a href="http://del.icio.us/post">del.icio.us</a> | '
        'Text size: <a href="#">A</a> <a href="#">A</a> <a href="#">A</a></font></td></tr></table>'
    )


def _widgets(rng: random.Random) -> str:
    quotes = "".join(
        f'<tr><td><a href="/quote/{s}">{s}</a></td><td>{rng.uniform(20, 14000):,.2f}</td><td>{rng.choice("+-")}{rng.uniform(0, 90):.2f}</td><td>{rng.uniform(0, 3):.2f}%</td></tr>'
        for s in ("DJIA", "NASDAQ", "S&amp;P 500", "Russell 2000", "10-Yr Bond", "Crude Oil", "Gold", "Euro")
    )
    return (
        f'<table border="0" width="100%"><tr><td colspan="4"><b>Markets</b> <font size="1">{_time(rng)} ET</font></td></tr>{quotes}</table>'
        f'<table><tr><td><b>Weather</b><br><img src="/wx/pc.gif"> {rng.randrange(20, 95)}&deg;F Partly Cloudy<br>Hi {rng.randrange(40, 99)} Lo {rng.randrange(10, 60)}<br>'
        '<form action="/weather">Enter ZIP: <input type="text" name="zip" size="5"><input type="submit" value="Go"></form></td></tr></table>'
        '<form action="/prefs"><b>Settings</b><br>Text size: <select name="size"><option>Small</option><option>Medium</option><option>Large</option></select><br>'
        'Currency: <select name="cur"><option>USD</option><option>EUR</option><option>GBP</option></select> <input type="submit" value="Save settings"></form>'
    )


def _spacer(h: int = 10) -> str:
    return f'<img src="/images/spacer.gif" width="1" height="{h}" border="0">'


def _strip_attrs(html: str) -> str:
    html = re.sub(r"""\s(?:class|id)\s*=\s*(["'])[^"']*\1""", "", html)
    return re.sub(r"""\s(?:class|id)\s*=\s*[\w-]+""", "", html)


def _page(title: str, head_extra: str, body: str, old_doctype: bool) -> str:
    doctype = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">' if old_doctype else ""
    return (
        f"{doctype}<html><head><title>{title}</title>"
        f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">{head_extra}</head>'
        f'<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">{body}</body></html>'
    )


# --- page assembly --------------------------------------------------------------------------------------------------


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}-{index}" if seed == SET else f"{seed}-{kind}-{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, title, all_paras = text.articles[(index * 7 + KINDS.index(kind) * 13) % len(text.articles)]
    n = rng.randrange(1, 3) if kind == "short_story" else rng.randrange(3, 10)
    paras = all_paras[:n]
    paper = rng.choice(_PAPERS)
    bad: list[str] = []
    head_title = f"{title} - {paper}"
    banner, foot = _banner(rng, paper), _footer(rng, paper)
    art_head = _title(rng, title) + _byline(rng)

    if kind == "table_layout":
        middle = f'<td valign="top">{art_head}{_body(rng, paras, rng.choice(("br", "font_br", "P")))}</td>'
        body = (
            f'{banner}<table width="100%" cellpadding="5"><tr>{_left_nav(rng)}{middle}{_ad_column()}</tr></table>{foot}'
        )
    elif kind in ("most_read", "short_story"):
        side = _most_read(rng, text, title, summaries=rng.random() < 0.6, bad=bad) + _recent_comments(
            rng, text, title, bad
        )
        article = art_head + _body(rng, paras)
        if kind == "short_story":
            article += _related(rng, text, title, bad, summaries=True)
        side_td = f'<td width="250" valign="top">{side}</td>'
        art_td = f'<td valign="top">{article}</td>'
        row = side_td + art_td if rng.random() < 0.5 else art_td + side_td
        body = f'{banner}<table width="100%" cellpadding="6"><tr>{_left_nav(rng)}{row}</tr></table>{foot}'
    elif kind == "blogger":
        blog = rng.choice(
            ("Musings from the Valley", "The Thinking Cap", "Notes From Nowhere", "Random Acts of Writing")
        )
        tagline = text.prose(rng, 1, title)[0]
        about = " ".join(text.prose(rng, 1, title))
        bad += [tagline, about]
        archive = "".join(
            f'<li class="archivedate"><a class="toggle" href="#">&#9658;</a> <a href="/{y}/">{y}</a> ({rng.randrange(5, 90)})</li>'
            for y in (2008, 2007, 2006, 2005)
        )
        months = "".join(
            f'<li><a href="/2007/{m:02d}/">{_MONTHS[m - 1]}</a> ({rng.randrange(1, 12)})</li>' for m in range(12, 0, -1)
        )
        roll = "".join(
            f'<li><a href="http://{w}.blogspot.com/">{w.replace("-", " ").title()}</a></li>'
            for w in ("daily-kos-fan", "the-corner-view", "lake-effect", "small-town-news", "bookish", "gearhead")
        )
        comments = _comments(rng, text, title, bad, rng.randrange(2, 6))
        post = (
            f'<h2 class="date-header">{_date(rng)}</h2><div class="post"><h3 class="post-title"><a href="{_href(rng, "2007")}">{title}</a></h3>'
            f'<div class="post-body">{_body(rng, paras, rng.choice(("br", "p")))}<div style="clear:both"></div></div>'
            f'<p class="post-footer"><em>posted by {rng.choice(_FIRST)} at <a href="#">{_time(rng)}</a></em> <a href="#comments">{rng.randrange(2, 9)} comments</a> '
            '<a href="#links">Links to this post</a> <span class="item-control"><a href="/email-post"><img src="/icon18_email.gif"></a></span></p>'
            f'<p class="post-labels">Labels: <a href="/search/label/politics">politics</a>, <a href="/search/label/life">life</a></p></div>'
            f'<div id="comments">{comments}<p class="comment-timestamp"><a href="/comment-iframe">Post a Comment</a></p>'
            '<p>Links to this post:</p><p><a href="/create-link">Create a Link</a></p><p><a href="/">&lt;&lt; Home</a></p></div>'
        )
        side = (
            f'<div id="sidebar"><h2 class="sidebar-title">About Me</h2><dl class="profile-datablock"><dt class="profile-data"><strong>{_name(rng)}</strong></dt>'
            f'<dd class="profile-textblock">{about}</dd></dl><a href="/profile">View my complete profile</a>'
            f'<h2 class="sidebar-title">Blog Archive</h2><ul class="archive-list">{archive}<li><ul>{months}</ul></li></ul>'
            f'<h2 class="sidebar-title">Links</h2><ul>{roll}</ul><p><a href="http://www.blogger.com"><img src="/powered-by-blogger.gif" alt="Powered by Blogger"></a></p></div>'
        )
        header = (
            f'<div id="header"><h1 id="blog-title"><a href="/">{blog}</a></h1><p id="description">{tagline}</p></div>'
        )
        body = f'<div id="outer-wrapper">{header}<div id="main">{post}</div>{side}</div>'
    elif kind == "wordpress":
        blog = rng.choice(("Jim's Corner", "A Day in the Life", "Left of Center", "Code and Coffee"))
        tagline = text.prose(rng, 1, title)[0]
        bad.append(tagline)
        recent_heads = text.heads(rng, 5, title)
        bad += recent_heads
        recent = "".join(f'<li><a href="{_href(rng, "blog")}">{h}</a></li>' for h in recent_heads)
        rc = []
        for h in text.heads(rng, 5, title):
            bad.append(h)
            rc.append(
                f'<li class="recentcomments">{rng.choice(_NICKS)} on <a href="{_href(rng, "blog")}#comment-{rng.randrange(999)}">{h}</a></li>'
            )
        arch = "".join(f'<li><a href="/2007/{m:02d}/">{_MONTHS[m - 1]} 2007</a></li>' for m in range(12, 0, -1))
        cats = "".join(
            f'<li><a href="/category/{c.lower()}/">{c}</a> ({rng.randrange(1, 40)})</li>'
            for c in ("General", "Politics", "Family", "Books", "Tech", "Uncategorized")
        )
        roll = "".join(
            f'<li><a href="http://{w}/">{w}</a></li>'
            for w in ("wordpress.org", "planet.wordpress.org", "codex.wordpress.org", "example-friend.net")
        )
        post = (
            f'<div class="post" id="post-{rng.randrange(999)}"><h2><a href="{_href(rng, "blog")}" rel="bookmark">{title}</a></h2>'
            f'<small>{_date(rng)} by {rng.choice(_FIRST)}</small><div class="entry">{_body(rng, paras, "p")}</div>'
            f'<p class="postmetadata alt"><small>This entry was posted on {_date(rng)} at {_time(rng)} and is filed under <a href="/category/general/">General</a>. '
            'You can follow any responses to this entry through the <a href="/feed/">RSS 2.0</a> feed. You can <a href="#respond">leave a response</a>, or <a href="/trackback/">trackback</a> from your own site.</small></p></div>'
            f'<div class="navigation"><div class="alignleft">&laquo; <a href="{_href(rng, "blog")}">{text.heads(rng, 1, title)[0]}</a></div></div>'
            + _comment_form(rng, bad)
        )
        side = (
            f'<div id="sidebar"><ul><li><form method="get" id="searchform" action="/"><input type="text" name="s"><input type="submit" value="Search"></form></li>'
            f"<li><h2>Recent Posts</h2><ul>{recent}</ul></li><li><h2>Recent Comments</h2><ul>{''.join(rc)}</ul></li>"
            f"<li><h2>Archives</h2><ul>{arch}</ul></li><li><h2>Categories</h2><ul>{cats}</ul></li><li><h2>Blogroll</h2><ul>{roll}</ul></li>"
            '<li><h2>Meta</h2><ul><li><a href="/wp-login.php">Log in</a></li><li><a href="/feed/">Entries <abbr>RSS</abbr></a></li><li><a href="/comments/feed/">Comments <abbr>RSS</abbr></a></li><li><a href="http://wordpress.org/">WordPress.org</a></li></ul></li></ul></div>'
        )
        header = f'<div id="header"><div id="headerimg"><h1><a href="/">{blog}</a></h1><div class="description">{tagline}</div></div></div>'
        foot_wp = f'<div id="footer"><p>{blog} is proudly powered by <a href="http://wordpress.org/">WordPress</a><br><a href="/feed/">Entries (RSS)</a> and <a href="/comments/feed/">Comments (RSS)</a>.</p></div>'
        first, second = (f'<div id="content" class="narrowcolumn">{post}</div>', side)
        body = f'<div id="page">{header}<hr>{first}{second}<hr>{foot_wp}</div>'
    elif kind == "print_page":
        url = f"http://www.{paper.lower().replace(' ', '').replace('-', '')}.com{_href(rng)}"
        body = (
            f'<table width="600"><tr><td><img src="/images/logo_print.gif" alt="{paper}"></td><td align="right"><font size="1">'
            '<a href="javascript:window.print()">Print this article</a> | <a href="javascript:window.close()">Close window</a></font></td></tr></table><hr>'
            f'<table width="600"><tr><td>{art_head}{_body(rng, paras, rng.choice(("p", "P", "br")))}'
            f'<hr><font size="1">Find this article at:<br>{url}<br><br><input type="checkbox" checked> Check the box to include the list of links referenced in the article.'
            f"<br><br>&copy; {rng.choice((2006, 2007, 2008))} {paper}</font></td></tr></table>"
        )
    elif kind == "ad_split":
        cut1, cut2 = max(1, len(paras) // 3), max(2, 2 * len(paras) // 3)
        ad = (
            '<table align="center" width="300"><tr><td align="center"><font size="1" color="#999999">ADVERTISEMENT</font><br>'
            '<a href="http://ads.example.net/click?id=9"><img src="/ads/300x250.gif" width="300" height="250" border="0"></a><br>'
            '<font size="1">Story continues below</font></td></tr></table>'
        )
        related = f'<table align="right" width="200" border="1"><tr><td>{_related(rng, text, title, bad, summaries=False)}</td></tr></table>'
        style = rng.choice(("p", "br", "font_p"))
        article = (
            art_head
            + _body(rng, paras[:cut1], style)
            + ad
            + related
            + _body(rng, paras[cut1:cut2], style)
            + ad
            + _body(rng, paras[cut2:], style)
        )
        body = f'{banner}<table width="100%" cellpadding="5"><tr>{_left_nav(rng)}<td valign="top">{article}</td>{_ad_column()}</tr></table>{foot}'
    elif kind == "email_form":
        form = _email_form(bad)
        article = art_head + _toolbar() + _body(rng, paras) + _toolbar()
        article = form + article if rng.random() < 0.4 else article + form
        body = f'{banner}<table width="100%"><tr>{_left_nav(rng)}<td valign="top">{article}</td></tr></table>{foot}'
    elif kind == "comment_login":
        comments = []
        for _ in range(rng.randrange(2, 5)):
            said = " ".join(text.prose(rng, rng.randrange(1, 3), title))
            bad.append(said)
            comments.append(
                f'<table width="100%" bgcolor="#f7f7f7"><tr><td><font size="1"><b>{rng.choice(_NICKS)}</b> wrote on {_date(rng)} {_time(rng)}:</font><br>'
                f'<font size="2">{said}</font><br><font size="1"><a href="/report">Report abuse</a> | <a href="/reply">Reply</a></font></td></tr></table>'
            )
        section = f"<h3>Reader Comments ({len(comments)})</h3>{''.join(comments)}{_comment_form(rng, bad)}"
        body = f'{banner}<table width="100%"><tr>{_left_nav(rng)}<td valign="top">{art_head}{_body(rng, paras)}<br>{section}</td>{_ad_column()}</tr></table>{foot}'
    elif kind == "widgets":
        side = f'<td width="220" valign="top">{_widgets(rng)}</td>'
        art_td = f'<td valign="top">{art_head}{_body(rng, paras)}</td>'
        row = side + art_td if rng.random() < 0.5 else art_td + side
        body = f'{banner}<table width="100%"><tr>{row}</tr></table>{foot}'
    elif kind == "nested_tables":
        inner = f"<center>{_title(rng, title)}</center>{_byline(rng)}{_spacer()}<br>{_body(rng, paras, rng.choice(('P', 'font_br')))}"
        for _ in range(4):
            inner = f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>{_spacer(1)}</td><td valign="top">{inner}</td><td>{_spacer(1)}</td></tr></table>'
        body = f'<center>{banner}<table width="760"><tr>{_left_nav(rng)}<td valign="top">{inner}</td></tr></table>{foot}</center>'
    else:
        raise ValueError(kind)
    if rng.random() < 0.5:
        body = _strip_attrs(body)
    html = _page(head_title, "", body, rng.random() < 0.7)
    gold = "\n".join(paras)
    first = re.split(r"(?<=[.!?])\s+", paras[0])[0][:80]
    last = re.split(r"(?<=[.!?])\s+", paras[-1])[-1][-80:]
    return GenPage(
        SET, pid, kind, html, gold, [first, last], [m for m in bad if m and m not in gold], source=key.split("/")[0]
    )


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


# --- scoring --------------------------------------------------------------------------------------------------------


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().lower()


def _url(p: gen_score.Page) -> str:
    return f"http://www.example.com/{p.id}.html"


SCORING = Scoring(_norm, _url, KINDS, label_width=14, id_width=24, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
