"""English article, blog and forum pages where the comment section is the hard part, a generator of round 35 (issue #12:
the magichtml_en forum check half leaks at the limit, 2 of 40 pages keeping comment-section text, cue "comments").

Written (branch enforum35) before cleaner was run on it and before cleaner's comment-section code was read. The markup
is the author's rendering, from memory, of what WordPress themes, news sites, Disqus embeds, phpBB, Vanilla / Reddit-like
discussion sites and Q&A sites serve; no third-party page is copied. Every sentence is the author's own: articles,
comments and forum posts come from this module's sentence frames and word lists (``_ARTICLE``, ``_COMMENT``,
``_ASK``, ``_ANSWER``), not from any bench page, and every chrome string (headings, form help, notices, teasers) is
written here. Kinds (``KINDS``):

Articles, gold = the article's paragraphs (never its comments):

- ``wp_comments``: a WordPress post (``article.post`` > ``div.entry-content``), "N Comments" (``h2.comments-title``),
  ``ol.comment-list`` of ``li.comment`` ("X says:", a dated permalink, prose, "Reply", nested ``ol.children``), a
  "Leave a Reply" form (the e-mail notice, name / e-mail / website inputs, the cookie-consent checkbox, a textarea);
- ``news_discussion``: a news story (``div.story-body``), then a "Related stories" list of headline + one-sentence
  summary *between* the story and the comments, then "Join the discussion" with "Comments (N)", a sort menu,
  ``div.comment-item``s ("3 hours ago", "Like (12) · Reply · Report") and a "Load more comments" button;
- ``disqus``: a blog post, then a Disqus-like block: "N Comments" and "Leave a comment" links, ``#disqus_thread`` with a
  noscript notice, an "Also on <blog>" box of teasers ("3 comments • 2 years ago" and an excerpt);
- ``reader_forum``: a news story whose reader comments look like forum posts (numbered "#1", a user card "Member since
  2014 / 1,204 comments", several paragraphs each, "Quote | Reply | Report"), together longer than the story, under
  "Reader comments (N)";
- ``short_hashed``: a one- or two-paragraph news item above a comment section five to ten times as long, every class
  a CSS-in-JS hash (no class word names anything), a "128 comments" heading and a "Sign in to comment" box;
- ``jetpack``: a magazine post with an author bio, "Share this:" and "Like this:" bars, a "Related" box of three
  posts (title, date, "In "Category""), then "N thoughts on “Title”" and comments with "Reply ↓", "Leave a Reply
  Cancel reply".

Threads, gold = the first post or question and every reply or answer in order (no user chrome):

- ``phpbb``: a phpBB-like topic: breadcrumbs, "Post Reply" buttons, ``div.post`` items (``div.postbody`` with
  "Re: <subject>", "by X » <date>", ``div.content``; ``dl.postprofile`` "Posts: / Joined:"), a "Quick Reply" form;
- ``discussion``: a Reddit / Vanilla-like discussion: the opening post in ``div.Discussion`` ("Posted by u/X · 5h"),
  "N comments" with "Sort by: Best", replies in ``div.Comment`` items with "Reply Share Report" buttons, vote
  counts, "N more replies", an "Add a comment" box;
- ``qa``: a Q&A page: the question with votes and tags, "N Answers" (sorted by votes), answers with "answered <date>"
  cards and "Share Improve this answer Follow", "Your Answer" with a textarea and "Post Your Answer";
- ``support``: a support-community topic: the question in ``article.topic`` under a byline ("Posted by X on
  <date>"), "N replies", replies in ``li.topic-reply`` ("Helpful (3) · Reply"), an "Add your reply" form.

Shapes (``SHAPES``): ``short`` (an article of one to three short paragraphs; a thread of two to four replies) and
``long`` (four to seven paragraphs; five to eight replies, some of two paragraphs). Must: the first and last sentence of
the gold; must not: every comment's and every chrome sentence not in the gold.

Halves: per shape, the kinds ranked by a hash of ``encomments35/<kind>/<shape>`` (``gen_score.ranked_halves``),
alternately tune and check; every seed draws the same split. The check half is a measuring half: scores only.

    python bench/en_comments_corpus35.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/en_comments_corpus35.py --score --cleaner-only   # cleaner alone
    python bench/en_comments_corpus35.py --list 20                # the worst tune pages
    python bench/en_comments_corpus35.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/en_comments_corpus35.py --seed S --score         # fresh pages of the same layouts
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import hashlib
import html as htmllib
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring

SET = "encomments35"
SHAPES = ("short", "long")
PAGES = 4
"""Pages per kind and shape."""

# --- words ---------------------------------------------------------------------------------------------------------

_TOWNS = ("Millbrook", "East Harlan", "Port Avery", "Crestwood", "Doverton", "Lake Ransom", "Fairhill", "Ostrander")
_BODIES = ("city council", "school board", "county commission", "water authority", "planning board", "transit agency")
_PEOPLE = (
    "Mayor Ellen Ruiz",
    "Commissioner Dale Whitcomb",
    "board chair Priya Natarajan",
    "council member Tom Abernathy",
    "superintendent Karen Oduya",
    "agency director Luis Fennimore",
)
_PROJECTS = (
    "the new library branch",
    "the bridge repair on Route 9",
    "the downtown parking garage",
    "the bus line to the hospital",
    "the storm drain upgrade",
    "the middle school expansion",
    "the riverfront trail",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_WORDNUMS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_THINGS = ("bicycle", "lawn mower", "aquarium filter", "espresso machine", "pickup truck", "table saw", "furnace", "sewing machine")
_PARTS = ("belt", "gasket", "fuse", "pump", "bearing", "thermostat", "valve", "switch")
_SYMPTOMS = ("rattling at idle", "shutting off after ten minutes", "leaking from underneath", "making a high whine", "running hot", "refusing to start when it is cold")
_FIRST = ("Dave", "Jen", "Marco", "Alicia", "Pete", "Rosa", "Hank", "Leigh", "Omar", "Tess", "Curtis", "Nadia", "Walt", "Bree")
_LAST = ("Hollis", "Marchetti", "Quinn", "Sandoval", "Berg", "Tran", "McAllister", "Osei", "Pruitt", "Valdez")
_NICKS = ("gearhead77", "quietreader", "marsh_wren", "TheRealBob", "nightowl_k", "rustbucket", "ladybug22", "oldtimer", "pixel_pete", "sunnyd", "grumpy_cat_dad", "mapleleaf")
_CATS = ("Local News", "Politics", "Education", "Transportation", "Opinion", "Community")
_BLOGS = ("The Harlan Gazette", "Crestwood Daily", "Porch Light Notes", "The Valley Record", "Doverton Dispatch")

# Sentence frames: {t} town, {b} body, {p} person, {j} project, {d} day, {m} month, {n} word number, {k} number,
# {x} thing, {q} part, {s} symptom.
_ARTICLE = (
    "The {b} in {t} voted {n} to one on {d} night to go ahead with {j}, ending a debate that had dragged on since {m}.",
    "Supporters packed the meeting room and several of them stayed past eleven to speak during the public comment period.",
    "{P} said the plan would cost about {k} million dollars and would be paid for mostly from a state grant.",
    "Critics argued that the estimate left out the cost of maintenance, which they said would fall on local taxpayers for decades.",
    "Work on {j} is expected to begin in {m} if the contracts are signed on time, according to a memo released this week.",
    "Residents who live near the site have asked for a second hearing, and a petition with {k} hundred names was handed in on {d}.",
    "The vote came after {n} months of study by an outside firm that the {b} hired last year to look at the options.",
    "{P} told reporters after the meeting that the town could not afford to wait another year for a decision.",
    "A spokesperson for the state transportation department declined to comment on the timeline but confirmed that the grant had been approved.",
    "Two members of the {b} voted against the plan, saying they wanted more time to compare bids from other contractors.",
    "Local business owners were split, with some welcoming the construction jobs and others worried about months of detours.",
    "The {b} will hold a workshop in {m} to explain how the money will be spent and to answer questions from the public.",
    "According to the memo, about a third of the budget is set aside for land purchases along the eastern edge of {t}.",
    "Officials said the last comparable project in the region finished {n} months late and well over its original budget.",
    "{P} has promised regular updates on the town website and a monthly report to the {b} until the work is done.",
    "The school district said buses would be rerouted during the first phase and that parents would get a letter before classes start.",
    "An earlier version of the plan was rejected in {m} after an engineering review found problems with drainage on the site.",
    "Neighbors on the north side said they had not been told about the change until a survey crew showed up on their street.",
    "The final design includes a lighted crosswalk, new sidewalks and a small park that the planning staff added after the first hearing.",
    "If the second phase is approved, the {b} expects to ask voters for a modest bond in the fall election.",
)
_COMMENT = (
    "I have lived in {t} for {n} years and I have never seen the {b} move this fast on anything.",
    "Great reporting, but you left out the part where {p} promised the exact opposite last spring.",
    "Who is going to pay for the upkeep once the grant money runs out? Nobody ever answers that question.",
    "My kids walk past that corner every morning, so a crosswalk is long overdue as far as I am concerned.",
    "This is the third time they have voted on the same thing and every time the price goes up.",
    "Honestly I think it is a good plan and the people complaining would complain about anything.",
    "Does anyone know whether the detour will go through the neighborhood behind the old mill?",
    "I went to the meeting and the room was half empty by ten, so I would not call that packed.",
    "The article says {k} million but the memo I read said closer to twice that, which is it?",
    "Same story every year: big announcement, then delays, then an overrun nobody takes responsibility for.",
    "Thank you for covering this, the other paper did not even mention the vote.",
    "If they had fixed the drainage when it was first reported we would not be in this mess now.",
    "I run a shop on Main Street and two months of detours could easily put me out of business.",
    "Can we please get the meeting minutes posted online before the next vote instead of after?",
    "People forget that the state grant only covers construction, not the staff to run the place.",
    "I signed the petition and I would sign it again, this should have gone to a public vote.",
    "Glad to see something finally getting built here instead of another study that sits on a shelf.",
    "The survey crew was on my lawn without asking, which says a lot about how this whole thing was handled.",
    "Reply to the person above: the bond would only cover the second phase, not the first one.",
    "Not sure why everyone is so upset, the park alone is worth it for the families on that side of town.",
)
_ASK = (
    "I have a {x} that started {s} last week, and I am running out of ideas.",
    "It is about {n} years old and has been reliable until now, with the usual maintenance done every spring.",
    "I already replaced the {q} because that was the first thing every guide online suggested, but nothing changed.",
    "The odd part is that it behaves normally for the first few minutes and only acts up once it warms up.",
    "Before I take it to a repair shop and pay for a diagnosis, is there anything else I should check myself?",
    "I can post photos of the inside if that helps, I just did not want to take it apart any further without advice.",
    "For what it is worth, the manual says nothing useful about this and the manufacturer never answered my email.",
    "Any ideas would be appreciated, even a wild guess at this point.",
)
_ANSWER = (
    "Check the {q} first; on mine it was worn on one side and it took ten minutes to swap it out.",
    "That sounds like a heat problem to me, so I would look at anything that expands when it gets warm.",
    "I had the exact same thing on an older {x} and it turned out to be a loose connection behind the panel.",
    "Before you buy any more parts, clean everything and try again, dirt causes half of these problems.",
    "If it only happens once it is warm, a cheap infrared thermometer will tell you which part is running hot.",
    "Do not bother with the shop unless it is still under warranty, they will just replace the whole unit.",
    "Post the photos, it is much easier to tell what is going on when we can see the wiring.",
    "Mine started doing that after a power surge and the fix was a new {q}, about twenty dollars online.",
    "The manual for the newer model has a troubleshooting table that mostly applies to yours as well.",
    "I would also check whether the {q} was installed the right way round, it is an easy mistake to make.",
    "Update us when you find it, I am curious because mine has started doing something similar.",
    "Agree with the answer above, the {q} is the usual suspect and the symptoms match what you describe.",
    "One more thing to try is running it with the cover off for a while and listening for where the noise comes from.",
    "That fixed it for me too, thanks for posting this, it saved me a trip to the store.",
    "Be careful with the capacitor if you open it up, discharge it first even if it has been unplugged for a day.",
    "In my experience the cheap replacement parts fail within a year, so spend a little more on the original one.",
)

_OPENERS = ("", "", "", "Honestly, ", "For what it is worth, ", "To be fair, ", "Just saying, ", "Well, ", "In my experience, ", "As far as I can tell, ", "Funny thing is, ", "Look, ")
"""Openers of comment and reply sentences (the same core reads as a new sentence under another opener)."""

_CHROME = {
    "wp_form": (
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
    ),
    "notice": (
        "Comments are moderated and may take a few hours to appear. Please keep the discussion civil and on topic.",
        "We value your thoughts, but posts that attack other readers will be removed without notice.",
        "By posting you agree to our community guidelines and confirm that you have read our privacy policy.",
    ),
    "disqus": ("Please enable JavaScript to view the comments powered by Disqus.",),
    "signin": (
        "Sign in or create a free account to join the conversation and get replies by email.",
        "You need to be logged in to leave a comment. It only takes a minute to register.",
    ),
    "bio": (
        "covers city hall and the county courts and has written for the paper since before anyone can remember.",
        "writes about schools, roads and the people who argue about both at public meetings.",
    ),
    "footer": (
        "All content on this site is protected by copyright and may not be republished without written permission.",
        "Questions about a story or a correction can be sent to the newsroom through the contact page.",
    ),
    "quick_reply": ("Please be polite and stay on topic. Posts that break the forum rules will be removed by a moderator.",),
    "answer_help": ("Thanks for contributing an answer! Please be sure to answer the question and provide details.",),
}
_TEASERS = (
    "How the {b} spent last year's surplus",
    "Crossing guards return to {t} schools",
    "Three things to know about the bond vote",
    "Letters: readers weigh in on {j}",
    "Why the bus route to the hospital keeps changing",
    "A farmers market that outgrew its parking lot",
    "The long fight over the old mill property",
    "Budget hearings set for next month",
)
_SUMMARIES = (
    "Officials say most of the extra money went to road repairs that had been put off for years.",
    "After a two-year gap, volunteers are back at four busy intersections near the elementary schools.",
    "A short guide to what the measure would pay for and how much it would add to a typical tax bill.",
    "Readers wrote in about the cost, the location and the way the first hearing was run.",
    "Riders have seen three schedule changes since spring, and the agency says a fourth is coming.",
    "What began with six tables in a church lot now draws hundreds of shoppers every Saturday morning.",
    "Developers, historians and neighbors have argued about the site for most of a decade.",
    "The sessions are open to the public and will be streamed on the town's video channel.",
)


def _e(s: str) -> str:
    return htmllib.escape(s, quote=False)


def _hash_class(r: random.Random) -> str:
    return "css-" + hashlib.sha1(str(r.random()).encode()).hexdigest()[:6]


@dataclass
class Ctx:
    """One page's random source, its title, its gold and the chrome strings it showed."""

    rng: random.Random
    shape: str
    town: str
    body: str
    person: str
    project: str
    thing: str
    part: str
    gold: list[str] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    symptom: str = ""

    def fill(self, frame: str) -> str:
        r = self.rng
        vals = {
            "t": self.town,
            "b": self.body,
            "p": self.person,
            "P": self.person[0].upper() + self.person[1:],
            "j": self.project,
            "d": r.choice(_DAYS),
            "m": r.choice(_MONTHS),
            "n": r.choice(_WORDNUMS),
            "k": str(r.randint(2, 48)),
            "x": self.thing,
            "q": self.part,
            "s": r.choice(_SYMPTOMS),
        }
        return frame.format(**vals)

    def sents(self, frames: tuple[str, ...], n: int, voiced: bool = False) -> list[str]:
        """``n`` sentences of ``frames`` not yet used on this page (``voiced``: a reader's, an opener before some;
        a sentence already on the page is drawn again)."""
        out: list[str] = []
        tries = 0
        while len(out) < n:
            tries += 1
            left = [f for f in frames if f not in self.used]
            if not left:
                self.used -= set(frames)
                continue
            f = self.rng.choice(left)
            self.used.add(f)
            s = self.fill(f)
            if voiced:
                lead = self.rng.choice(_OPENERS)
                if lead and not re.match(r"I\b|[A-Z][a-z]+ [A-Z]|[A-Z][a-z]+ [a-z]+ [A-Z]", s):
                    s = lead + s[0].lower() + s[1:]
            if s in self.seen and tries < 200:
                continue
            self.seen.add(s)
            out.append(s)
        return out

    def chrome(self, s: str) -> str:
        self.bad.append(s)
        return s

    def own(self, key: str) -> str:
        return self.chrome(self.rng.choice(_CHROME[key]))

    def name(self) -> str:
        return f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"

    def nick(self) -> str:
        return self.rng.choice(_NICKS)

    def date(self) -> str:
        r = self.rng
        return f"{r.choice(_MONTHS)} {r.randint(1, 28)}, {r.randint(2012, 2024)}"

    def time(self) -> str:
        r = self.rng
        return f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('am', 'pm'))}"

    def title(self) -> str:
        return f"{self.body.capitalize()} in {self.town} approves {self.project.removeprefix('the ')}"

    def question_title(self) -> str:
        return f"{self.thing.capitalize()} {self.symptom} - what should I check?"

    def article(self) -> list[str]:
        """The story's paragraphs (gold): ``short`` one to three of one or two sentences; ``long`` four to eight of
        two or three."""
        r = self.rng
        if self.shape == "short":
            paras = [" ".join(self.sents(_ARTICLE, r.randint(1, 2))) for _ in range(r.randint(1, 3))]
        else:
            paras = [" ".join(self.sents(_ARTICLE, r.randint(2, 3))) for _ in range(r.randint(4, 7))]
        self.gold.extend(paras)
        return paras

    def comment(self, long: bool = False) -> list[str]:
        """A reader comment's paragraphs (chrome)."""
        r = self.rng
        n = r.randint(2, 3) if long else 1
        paras = [" ".join(self.sents(_COMMENT, r.randint(1, 2), voiced=True)) for _ in range(n)]
        self.bad.extend(paras)
        return paras

    def comment_count(self) -> int:
        return self.rng.randint(3, 6) if self.shape == "short" else self.rng.randint(6, 10)

    def ask(self) -> list[str]:
        """The first post or question (gold)."""
        r = self.rng
        n = r.randint(1, 2) if self.shape == "short" else r.randint(2, 3)
        paras = [" ".join(self.sents(_ASK, 2)) for _ in range(n)]
        self.gold.extend(paras)
        return paras

    def answer(self) -> list[str]:
        """A reply or answer (gold)."""
        r = self.rng
        n = 2 if self.shape == "long" and r.random() < 0.3 else 1
        paras = [" ".join(self.sents(_ANSWER, r.randint(1, 2), voiced=True)) for _ in range(n)]
        self.gold.extend(paras)
        return paras

    def reply_count(self) -> int:
        return self.rng.randint(2, 4) if self.shape == "short" else self.rng.randint(5, 8)

    def teasers(self, n: int) -> list[tuple[str, str]]:
        idx = self.rng.sample(range(len(_TEASERS)), n)
        out = [(self.fill(_TEASERS[i]), _SUMMARIES[i]) for i in idx]
        for h, s in out:
            self.bad.extend((h, s))
        return out


def _ps(paras: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{_e(p)}</p>" for p in paras)


def _nav(c: Ctx, site: str) -> str:
    items = "".join(f'<li><a href="/{w.lower().replace(" ", "-")}/">{w}</a></li>' for w in ("News", "Sports", "Opinion", "Business", "Obituaries", "Contact"))
    return f'<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul class="menu">{items}</ul></nav></header>'


def _footer(c: Ctx, site: str) -> str:
    return f'<footer class="site-footer"><p>{_e(c.own("footer"))}</p><p>&copy; {c.rng.randint(2015, 2025)} {site}</p></footer>'


def _sidebar(c: Ctx) -> str:
    heads = "".join(f'<li><a href="/p/{i}">{_e(c.chrome(c.fill(h)))}</a></li>' for i, h in enumerate(c.rng.sample(_TEASERS, 4)))
    return f'<aside class="sidebar"><section class="widget"><h3>Most Read</h3><ul>{heads}</ul></section></aside>'


# --- article kinds --------------------------------------------------------------------------------------------------


def wp_comments(c: Ctx) -> str:
    r = c.rng
    title = c.title()
    body = _ps(c.article())
    n = c.comment_count()
    items = ""
    for i in range(n):
        child = ""
        if r.random() < 0.3:
            child = (
                f'<ol class="children"><li class="comment depth-2" id="comment-{900 + i}"><article class="comment-body">'
                f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{c.nick()}</b> <span class="says">says:</span></div>'
                f'<div class="comment-metadata"><a href="#comment-{900 + i}"><time>{c.date()} at {c.time()}</time></a></div></footer>'
                f'<div class="comment-content">{_ps(c.comment())}</div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol>'
            )
        items += (
            f'<li class="comment depth-1" id="comment-{100 + i}"><article class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><img class="avatar" src="/a/{i}.png" alt=""><b class="fn">{c.name()}</b> <span class="says">says:</span></div>'
            f'<div class="comment-metadata"><a href="#comment-{100 + i}"><time>{c.date()} at {c.time()}</time></a></div></footer>'
            f'<div class="comment-content">{_ps(c.comment(long=r.random() < 0.3))}</div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>{child}</li>'
        )
    form = (
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
        f'<form id="commentform" class="comment-form"><p class="comment-notes">{_e(c.own("wp_form"))}</p>'
        '<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment" rows="8"></textarea></p>'
        '<p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text"></p>'
        '<p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email"></p>'
        '<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p>'
        f'<p class="comment-form-cookies-consent"><input type="checkbox" id="cc"><label for="cc">{_e(c.chrome(_CHROME["wp_form"][1]))}</label></p>'
        '<p class="form-submit"><input type="submit" class="submit" value="Post Comment"></p></form></div>'
    )
    return (
        f'<div id="page"><main id="main" class="site-main"><article class="post type-post status-publish">'
        f'<header class="entry-header"><h1 class="entry-title">{_e(title)}</h1><div class="entry-meta">Posted on <time>{c.date()}</time> by <a href="/author/">{c.name()}</a></div></header>'
        f'<div class="entry-content">{body}</div><footer class="entry-footer">Posted in <a href="/c/">{r.choice(_CATS)}</a> | <a href="#comments">{n} Comments</a></footer></article>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{n} Comments</h2><ol class="comment-list">{items}</ol>{form}</div></main>'
        f"{_sidebar(c)}</div>"
    )


def news_discussion(c: Ctx) -> str:
    r = c.rng
    title = c.title()
    body = _ps(c.article())
    rel = "".join(f'<li class="related-item"><a href="/story/{i}">{_e(h)}</a><p>{_e(s)}</p></li>' for i, (h, s) in enumerate(c.teasers(3)))
    n = c.comment_count()
    items = ""
    for _ in range(n):
        items += (
            f'<div class="comment-item"><div class="comment-header"><span class="comment-author">{c.nick()}</span> '
            f'<span class="comment-time">{r.randint(1, 23)} hours ago</span></div>'
            f'<div class="comment-text">{_ps(c.comment())}</div>'
            f'<div class="comment-actions"><a href="#">Like ({r.randint(0, 40)})</a> · <a href="#">Reply</a> · <a href="#">Report</a></div></div>'
        )
    total = n + r.randint(5, 60)
    return (
        f'{_nav(c, "The Valley Record")}<div class="container"><div class="story">'
        f'<h1 class="headline">{_e(title)}</h1><p class="byline">By {c.name()}, Staff Writer | {c.date()}</p>'
        f'<div class="story-body">{body}</div></div>'
        f'<section class="related"><h2>Related stories</h2><ul>{rel}</ul></section>'
        f'<section class="discussion"><h2>Join the discussion</h2><div class="comment-count">Comments ({total})</div>'
        f'<div class="sort">Sort by: <a href="#">Newest</a> | <a href="#">Oldest</a> | <a href="#">Most liked</a></div>'
        f'<p class="guidelines">{_e(c.own("notice"))}</p>'
        f'<div class="comment-list">{items}</div><button class="load-more">Load more comments</button></section></div>'
        f'{_footer(c, "The Valley Record")}'
    )


def disqus(c: Ctx) -> str:
    r = c.rng
    blog = r.choice(_BLOGS)
    title = c.title()
    body = _ps(c.article())
    n = r.randint(2, 80)
    also = "".join(
        f'<li class="also-item"><a href="/p/{i}"><span class="also-title">{_e(h)}</span></a>'
        f'<span class="also-meta">{r.randint(1, 30)} comments • {r.randint(1, 5)} years ago</span><p class="also-excerpt">{_e(s)}</p></li>'
        for i, (h, s) in enumerate(c.teasers(4))
    )
    return (
        f'<div id="wrapper"><div id="header"><h1 class="blog-title"><a href="/">{blog}</a></h1></div>'
        f'<div id="content"><div class="post-outer"><div class="post hentry"><h2 class="post-title">{_e(title)}</h2>'
        f'<div class="post-header">{c.date()}</div><div class="post-body entry-content">{body}</div>'
        f'<div class="post-footer">Labels: <a href="/l/">{r.choice(_CATS)}</a> | <a href="#disqus_thread">{n} Comments</a> | <a href="#disqus_thread">Leave a comment</a></div></div></div>'
        f'<div id="comments-block"><h4>{n} comments:</h4><div id="disqus_thread"></div>'
        f'<noscript>{_e(c.own("disqus"))} <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript></div>'
        f'<div class="also-on"><h3>Also on {blog}</h3><ul>{also}</ul></div></div>'
        f'<div id="sidebar">{_sidebar(c)}</div></div>'
    )


def reader_forum(c: Ctx) -> str:
    r = c.rng
    title = c.title()
    body = _ps(c.article())
    n = c.comment_count()
    posts = ""
    for i in range(n):
        posts += (
            f'<div class="post" id="c{i + 1}"><div class="user-card"><a class="username" href="/u/{i}">{c.nick()}</a>'
            f'<div class="user-stats">Member since {r.randint(2004, 2020)}<br>{r.randint(2, 4000):,} comments</div></div>'
            f'<div class="post-main"><div class="post-head"><a class="post-num" href="#c{i + 1}">#{i + 1}</a> {c.date()} {c.time()}</div>'
            f'<div class="post-text">{_ps(c.comment(long=True))}</div>'
            f'<div class="post-tools"><a href="#">Quote</a> | <a href="#">Reply</a> | <a href="#">Report</a></div></div></div>'
        )
    return (
        f'{_nav(c, "Doverton Dispatch")}<div id="content"><div class="article"><h1>{_e(title)}</h1>'
        f'<div class="dateline">{c.date()} &middot; By {c.name()}</div><div class="article-text">{body}</div></div>'
        f'<div class="reader-comments"><h3>Reader comments ({n})</h3><p>{_e(c.own("notice"))}</p>{posts}'
        f'<div class="pager">Page 1 of {r.randint(2, 9)} <a href="?page=2">Next »</a></div></div></div>'
        f'{_footer(c, "Doverton Dispatch")}'
    )


def short_hashed(c: Ctx) -> str:
    r = c.rng
    h = {k: _hash_class(r) for k in ("wrap", "art", "title", "meta", "body", "sec", "head", "list", "item", "user", "time", "text", "bar", "box")}
    title = c.title()
    paras = c.article() if c.shape == "long" else c.article()[:2]
    c.gold[:] = paras
    body = "".join(f'<p class="{h["body"]}">{_e(p)}</p>' for p in paras)
    count = r.randint(40, 300)
    n = max(c.comment_count(), 6) * 2
    items = ""
    for _ in range(n):
        items += (
            f'<div class="{h["item"]}"><div class="{h["head"]}"><span class="{h["user"]}">{c.nick()}</span>'
            f'<span class="{h["time"]}">{r.randint(1, 59)}m</span></div>'
            f'<div class="{h["text"]}">{_ps(c.comment(long=r.random() < 0.4))}</div>'
            f'<div class="{h["bar"]}"><button>Reply</button><button>{r.randint(1, 90)}</button></div></div>'
        )
    return (
        f'<div class="{h["wrap"]}"><div class="{h["art"]}"><h1 class="{h["title"]}">{_e(title)}</h1>'
        f'<div class="{h["meta"]}">{c.name()} · {c.date()}</div>{body}</div>'
        f'<div class="{h["sec"]}"><h2>{count} comments</h2><div class="{h["box"]}"><p>{_e(c.own("signin"))}</p><button>Sign in to comment</button></div>'
        f'<div class="{h["list"]}">{items}</div></div></div>'
    )


def jetpack(c: Ctx) -> str:
    r = c.rng
    title = c.title()
    author = c.name()
    body = _ps(c.article())
    rel = "".join(
        f'<div class="jp-relatedposts-post"><h4><a href="/r/{i}">{_e(hd)}</a></h4><p class="jp-relatedposts-post-date">{c.date()}</p>'
        f'<p class="jp-relatedposts-post-context">In "{r.choice(_CATS)}"</p></div>'
        for i, (hd, _s) in enumerate(c.teasers(3))
    )
    n = c.comment_count()
    items = "".join(
        f'<li class="comment"><div class="comment-author"><cite>{c.name()}</cite></div><div class="comment-meta"><a href="#">{c.date()} at {c.time()}</a></div>'
        f'{_ps(c.comment(long=r.random() < 0.25))}<div class="reply"><a href="#">Reply ↓</a></div></li>'
        for _ in range(n)
    )
    return (
        f'<div id="page">{_nav(c, "Porch Light Notes")}<div id="primary"><article class="post"><h1 class="entry-title">{_e(title)}</h1>'
        f'<div class="entry-meta">{c.date()} · {author}</div><div class="entry-content">{body}'
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li></ul></div>'
        '<div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><span>Like Loading...</span></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{rel}</div></div>'
        f'<div class="author-info"><h2>About {author}</h2><p>{_e(author + " " + c.own("bio"))}</p></div></article>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{n} thoughts on “{_e(title)}”</h2><ol class="commentlist">{items}</ol>'
        f'<div id="respond"><h3>Leave a Reply <small><a href="#">Cancel reply</a></small></h3><form><textarea name="comment"></textarea>'
        f'<p>{_e(c.own("wp_form"))}</p><input type="submit" value="Post Comment"></form></div></div></div></div>'
    )


# --- thread kinds ---------------------------------------------------------------------------------------------------


def phpbb(c: Ctx) -> str:
    r = c.rng
    subject = c.question_title()
    n = c.reply_count()
    posts = ""
    for i in range(n + 1):
        text = c.ask() if i == 0 else c.answer()
        subj = subject if i == 0 else f"Re: {subject}"
        posts += (
            f'<div id="p{5000 + i}" class="post bg{1 + i % 2}"><div class="inner"><div class="postbody">'
            f'<h3><a href="#p{5000 + i}">{_e(subj)}</a></h3><p class="author">by <strong><a href="/u/{i}">{c.nick()}</a></strong> » {c.date()} {c.time()}</p>'
            f'<div class="content">{"<br><br>".join(_e(p) for p in text)}</div></div>'
            f'<dl class="postprofile"><dt><a href="/u/{i}">{c.nick()}</a></dt><dd>Posts: {r.randint(1, 9000)}</dd><dd>Joined: {r.choice(_MONTHS)[:3]} {r.randint(2005, 2023)}</dd></dl>'
            '<div class="back2top"><a href="#top">Top</a></div></div></div><hr class="divider">'
        )
    return (
        f'<div id="wrap"><div class="headerbar"><h1>{r.choice(("Garage Talk", "FixIt Forums", "The Tinkerers Board"))}</h1></div>'
        f'<div class="navbar"><a href="/">Board index</a> ‹ <a href="/f/1">Repairs &amp; Maintenance</a></div>'
        f'<div id="page-body"><h2 class="topic-title"><a href="#">{_e(subject)}</a></h2>'
        f'<div class="action-bar"><a class="button" href="#">Post Reply</a> <span class="pagination">{n + 1} posts</span></div>'
        f'{posts}<div class="action-bar"><a class="button" href="#">Post Reply</a></div>'
        f'<form id="qr_postform"><h2>Quick Reply</h2><p>{_e(c.own("quick_reply"))}</p><textarea name="message"></textarea><input type="submit" value="Submit"></form></div>'
        f'<div class="copyright">Powered by phpBB</div></div>'
    )


def discussion(c: Ctx) -> str:
    r = c.rng
    subject = c.question_title()
    first = _ps(c.ask())
    n = c.reply_count()
    items = ""
    for _ in range(n):
        items += (
            f'<div class="Comment"><div class="Comment-meta"><a class="author" href="#">{c.nick()}</a> · {r.randint(1, 23)}h</div>'
            f'<div class="Comment-body">{_ps(c.answer())}</div>'
            f'<div class="Comment-actions"><span class="votes">{r.randint(1, 200)}</span><button>Reply</button><button>Share</button><button>Report</button></div></div>'
        )
    more = f'<a class="more" href="#">{r.randint(2, 9)} more replies</a>'
    return (
        f'<div class="App"><header class="top"><a href="/r/fixit">r/fixit</a> <button>Join</button></header>'
        f'<div class="Discussion"><div class="Discussion-meta">Posted by u/{c.nick()} · {r.randint(2, 23)}h</div>'
        f'<h1 class="Discussion-title">{_e(subject)}</h1><div class="Discussion-body">{first}</div>'
        f'<div class="Discussion-bar"><span>{r.randint(5, 400)}</span> <a href="#">{n} comments</a> <button>Share</button> <button>Save</button></div></div>'
        f'<div class="Comments"><h2>{n} comments</h2><div class="sort">Sort by: <button>Best</button></div>'
        f'<div class="add-comment"><textarea placeholder="Add a comment"></textarea></div>{items}{more}</div>'
        f'<aside class="side"><h3>About community</h3><p>{_e(c.chrome("A place to ask for help fixing the things around your house, yard and garage."))}</p></aside></div>'
    )


def qa(c: Ctx) -> str:
    r = c.rng
    subject = c.question_title()
    q = _ps(c.ask())
    n = c.reply_count()
    answers = ""
    for i in range(n):
        answers += (
            f'<div class="answer" id="answer-{700 + i}"><div class="votecell"><button>Up vote</button><div class="vote-count">{r.randint(0, 90)}</div><button>Down vote</button></div>'
            f'<div class="answercell"><div class="s-prose">{_ps(c.answer())}</div>'
            f'<div class="post-menu"><a href="#">Share</a> <a href="#">Improve this answer</a> <a href="#">Follow</a></div>'
            f'<div class="user-info">answered {c.date()} at {c.time()} <a href="#">{c.nick()}</a> <span class="rep">{r.randint(1, 30)},{r.randint(100, 999)}</span></div></div></div>'
        )
    return (
        f'{_nav(c, "AskAFixer")}<div id="content"><div id="question-header"><h1>{_e(subject)}</h1></div>'
        f'<div class="question-stats">Asked {c.date()} Viewed {r.randint(100, 90000):,} times</div>'
        f'<div class="question"><div class="votecell"><div class="vote-count">{r.randint(0, 50)}</div></div><div class="postcell"><div class="s-prose">{q}</div>'
        f'<div class="post-taglist"><a class="post-tag" href="#">{c.thing.split()[-1]}</a> <a class="post-tag" href="#">repair</a></div>'
        f'<div class="user-info">asked {c.date()} <a href="#">{c.nick()}</a></div></div></div>'
        f'<div id="answers"><div id="answers-header"><h2>{n} Answers</h2><div>Sorted by: <select><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div>'
        f'{answers}</div><h2 class="bottom-title">Your Answer</h2><form id="post-form"><textarea name="post-text"></textarea>'
        f'<p>{_e(c.own("answer_help"))}</p><input type="submit" value="Post Your Answer"></form></div>'
    )


def support(c: Ctx) -> str:
    r = c.rng
    subject = c.question_title()
    q = _ps(c.ask())
    n = c.reply_count()
    items = "".join(
        f'<li class="topic-reply"><div class="reply-by"><a href="#">{c.name()}</a> replied on {c.date()}</div>'
        f'<div class="reply-content">{_ps(c.answer())}</div><div class="reply-links"><a href="#">Helpful ({r.randint(0, 9)})</a> · <a href="#">Reply</a></div></li>'
        for _ in range(n)
    )
    return (
        f'{_nav(c, "Maker Support Community")}<div class="main"><article class="topic"><h1>{_e(subject)}</h1>'
        f'<div class="byline">Posted by {c.name()} on {c.date()}</div><div class="topic-body">{q}</div></article>'
        f'<h2 class="replies-heading">{n} replies</h2><ul class="topic-replies">{items}</ul>'
        f'<div class="add-reply"><h3>Add your reply</h3><form><textarea name="body"></textarea><p>{_e(c.own("signin"))}</p><button>Submit reply</button></form></div></div>'
        f'{_footer(c, "Maker Support Community")}'
    )


KINDS = ("wp_comments", "news_discussion", "disqus", "reader_forum", "short_hashed", "jetpack", "phpbb", "discussion", "qa", "support")
THREADS = frozenset({"phpbb", "discussion", "qa", "support"})
BUILDERS: dict[str, Callable[[Ctx], str]] = {k: globals()[k] for k in KINDS}

_SPLIT = r"(?<=[.!?])\s+"
_HALF = gen_score.ranked_halves(SET, KINDS, SHAPES)


@dataclass
class Page35(GenPage):
    shape: str = ""

    @property
    def half(self) -> str:
        return _HALF[(self.kind, self.shape)]


def build_page(kind: str, shape: str, index: int, seed: str) -> Page35:
    pid = f"{kind}_{shape}_{index}" if seed == SET else f"{seed}-{kind}_{shape}_{index}"
    rng = random.Random(f"{seed}/{kind}_{shape}_{index}")
    c = Ctx(rng, shape, rng.choice(_TOWNS), rng.choice(_BODIES), rng.choice(_PEOPLE), rng.choice(_PROJECTS), rng.choice(_THINGS), rng.choice(_PARTS))
    c.symptom = rng.choice(_SYMPTOMS)
    main = BUILDERS[kind](c)
    head = c.question_title() if kind in THREADS else c.title()
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(head)}</title></head>\n<body>{main}</body></html>"
    )
    g = gen_score.gen_page(SET, pid, kind, page, c.gold, c.bad, _SPLIT)
    return Page35(SET, g.id, kind, g.html, g.gold, g.must, g.must_not, shape=shape)


def build(data: Path, seed: str = SET) -> list[Page35]:
    """The pages of ``seed`` (``data`` is not read: the texts are this module's own)."""
    del data
    return [build_page(k, s, i, seed) for k in KINDS for s in SHAPES for i in range(PAGES)]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().lower()


def _url(p: gen_score.Page) -> str:
    return f"https://www.example-news.com/{p.id}.html"


SCORING = Scoring(_norm, _url, KINDS, label_width=16, id_width=34, snippet_chars=40)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
