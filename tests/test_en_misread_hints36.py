"""Weak class/id hints that do not say what an element holds (issue #12, helper mhen36): a code block's wrapper named
for its toolbar (Prism's ``div.code-toolbar`` around each ``<pre>``) and a heading whose id is the slug of its own text
("…-client-side-rendering": "side" is no sidebar). Found on a magichtml_en tune page (a developer article whose code
samples and two subheadings were dropped); the pages here are written for the test."""

from __future__ import annotations

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.dom import Line
from cleaner.extraction.metadata import is_byline
from cleaner.text.textclean import clean_lines

PARAS = [
    "Rendering on the client meant the browser downloaded an empty document and a large script before anything could "
    "be shown, which made the first paint slow on phones and cheap laptops alike.",
    "Server rendering moved that work back to the machine that already had the data, so the first response carried "
    "the markup a reader wanted to see, and the script only made it interactive.",
    "Streaming goes one step further: the server sends the parts of the page that are ready and fills in the slower "
    "ones as their data arrives, without holding back the whole response.",
]
CODE = ["export default function LikeButton() {", "  const likePost = () => save(post.id);", "  return null;", "}"]
HEADING = "The Shift: Server-Side Rendering and Hydration"


def _page(code_wrapper: str, heading_id: str) -> str:
    code = "\n".join(CODE)
    return (
        "<html><head><title>Rendering</title></head><body><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav>"
        f"<main><article><h1>Rendering</h1><div class='post-body'><p>{PARAS[0]}</p>"
        f"<h2 id='{heading_id}'>{HEADING}</h2><p>{PARAS[1]}</p>"
        f"<div class='{code_wrapper}'><pre class='language-javascript'><code>{code}</code></pre>"
        "<div class='toolbar'><button>Copy</button></div></div>"
        f"<p>{PARAS[2]}</p></div></article></main>"
        "<footer><p>© 2024 Example Media</p></footer></body></html>"
    )


def test_code_in_a_toolbar_wrapper_is_kept() -> None:
    text = extract_html(_page("code-toolbar", "the-shift")).text
    assert all(p in text for p in PARAS)
    assert all(line.strip() in text for line in CODE)
    assert "Copy" not in text


def test_a_heading_whose_id_is_its_slug_is_kept() -> None:
    text = extract_html(_page("code-toolbar", "the-shift-server-side-rendering-and-hydration")).text
    assert HEADING in text
    assert all(p in text for p in PARAS)


def test_a_weak_hinted_box_of_prose_still_goes() -> None:
    """Not every weak-hinted box is read as content: a side box of prose (no <pre>, not a heading) still goes."""
    side = "Sign up for our weekly digest of the best engineering stories, delivered every Monday morning for free."
    page = _page("code-toolbar", "the-shift").replace(
        f"<p>{PARAS[2]}</p>", f"<div class='side-widget'><p>{side}</p></div><p>{PARAS[2]}</p>"
    )
    text = extract_html(page).text
    assert side not in text
    assert all(p in text for p in PARAS)


POSTS = [
    "The idle condition of a power amplifier output stage is referred to as its class, and each class trades "
    "efficiency against distortion in its own way.",
    "Class-A keeps every output device conducting over the whole signal cycle, so it runs hot but its crossover "
    "distortion is nil.",
    "Class-AB lets each half of a push-pull stage rest for part of the cycle, which is why most guitar amplifiers "
    "use it.",
]
WELCOME = "A warm welcome to amplifier modding fans and those interested in hi-fi audio!"


def _three_columns(right: str) -> str:
    posts = "".join(f"<div class='post_body'>{p}</div>" for p in POSTS)
    return (
        "<html><head><title>Bias class</title></head><body><div class='header'><a href='/'>Portal</a></div>"
        "<table><tr><td class='left_column'><table><tr><td>Search the Forum</td></tr><tr><td>Search In:</td></tr>"
        "<tr><td>Posts Threads</td></tr></table></td>"
        f"<td><div class='post'><div class='post_head'>#1 04-13-2023, 01:42 PM</div>{posts}</div></td>"
        f"<td class='right_column'><table><tr><th>Come in where it's warm!</th></tr><tr><td>{right}</td></tr>"
        "</table></td></tr></table><div class='footer'><a href='/contact'>Contact Us</a></div></body></html>"
    )


def test_a_side_column_of_prose_beside_a_thread_goes() -> None:
    """A three-column layout row: the right column's welcome box holds a sentence but a small share of the row."""
    text = extract_html(_three_columns(WELCOME)).text
    assert all(p in text for p in POSTS)
    assert WELCOME not in text and "Search the Forum" not in text


# rules/html.toml drop_line en-byline-cue, en-media-length, en-signup-consent (magichtml_en tune pages: an NPR story's
# "By" left alone and "13-Minute Listen", a CNET column's "5 min read", a Mashable newsletter box's consent line)
EN = "The council approved the new budget on Tuesday after a long debate about road repairs and parks."
EN2 = "Residents who spoke at the meeting asked for more money to go to the library and the pool."


@pytest.mark.parametrize(
    "line",
    [
        "By",
        "Written by",
        "By:",
        "5 min read",
        "13-Minute Listen",
        "3 minute watch",
        "By signing up you agree to our Terms of Use and Privacy Policy.",
        "By subscribing, you agree to the Terms of Service and acknowledge our Privacy Notice.",
        "By clicking “Sign up”, you agree to receive marketing emails from us.",
    ],
)
def test_chrome_line_between_paragraphs_goes(line: str) -> None:
    assert clean_lines([EN, line, EN2]).lines == [EN, EN2]


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the meeting, five members had changed their votes.",
        "It took her 5 min to read the whole report aloud.",
        "By signing up for the program, residents agreed to share their water bills with the city.",
        "Written by hand, the letter was passed around the room.",
    ],
)
def test_prose_like_the_chrome_stays(line: str) -> None:
    assert line in clean_lines([EN, line, EN2]).lines


def test_a_posted_and_updated_dateline_above_the_story_goes() -> None:
    """A dateline with two times (Patch): a byline of up to 90 characters when it opens with its label."""
    dateline = "Posted Fri, May 10, 2024 at 2:52 pm PT|Updated Fri, May 10, 2024 at 2:55 pm PT"
    page = (
        "<html><head><title>Budget</title></head><body><nav><a href='/'>Home</a></nav><main><article>"
        f"<h1>Budget</h1><div class='dateline'>{dateline}</div><div class='body'><p>{EN}</p><p>{EN2}</p>"
        f"<p>{PARAS[0]}</p></div></article></main><footer>© 2024 Example</footer></body></html>"
    )
    text = extract_html(page).text
    assert dateline not in text and "Posted Fri" not in text
    assert EN in text and EN2 in text


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Posted Fri, May 10, 2024 at 2:52 pm PT|Updated Fri, May 10, 2024 at 2:55 pm PT", True),
        ("Published May 10, 2024 at 9:15 am ET, last updated May 11, 2024 at 8:00 am ET", True),
        ("Updated figures released on May 10, 2024 show that the new bridge will open two months late.", False),
        ("The council met on May 10, 2024 at the library and agreed to open the pool earlier this year", False),
    ],
)
def test_dateline_reading(text: str, byline: bool) -> None:
    assert is_byline(Line(text, len(text.replace(" ", "")), 0, 0, 0, 0)) is byline


def test_a_utility_bar_of_layers_above_the_story_goes() -> None:
    """A portal's article tools ("util": summary, text-to-speech and font-size layers with their help sentences) set
    between the headline and the story (a Korean portal's tune pages): a weak hint, as a toolbar's."""
    helps = [
        "This summary was made automatically from the headline and the main sentences of the article.",
        "Move the blue circle left or right to change the size of the text you are reading.",
    ]
    layers = "".join(
        f"<div class='item_util'><button>Tool</button><div class='view_layer'><p>{h}</p></div></div>" for h in helps
    )
    page = (
        "<html><head><title>Budget</title></head><body><main><article><h3>Budget passes</h3>"
        f"<div class='util_wrap'><div class='util_view'>{layers}</div></div>"
        f"<div class='news_view'><p>{EN}</p><p>{EN2}</p><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div>"
        "</article></main><footer>© 2024 Example</footer></body></html>"
    )
    text = extract_html(page).text
    assert not any(h in text for h in helps)
    assert all(p in text for p in (EN, EN2, PARAS[0], PARAS[1]))
