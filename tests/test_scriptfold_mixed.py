"""scriptfold.PageFold: the test for characters of two origins (a set and a bit set, no regex compiled per page) says
what a regex class of those characters says."""

from __future__ import annotations

import random
import re

from cleaner.text.scriptfold import _table, fold_page


def _mixed_page() -> str:
    """A Traditional page with a Simplified nav bar: some Simplified characters have two origins on it."""
    pairs = _table()
    trad = [t for t, s in pairs.items() if s != t][:300]
    rnd = random.Random(26)
    body = "".join(rnd.choice(trad) for _ in range(3000))
    simplified_nav = "".join(pairs[t] for t in trad[:40])
    return f"<html><body><nav>{simplified_nav}</nav><p>{body}</p></body></html>"


def test_two_origin_test_is_the_regex_class_search() -> None:
    fold = fold_page(_mixed_page())
    assert fold is not None and fold._mixed is not None and len(fold._origins) > 5
    rx = re.compile(f"[{re.escape(''.join(fold._origins))}]")
    rnd = random.Random(7)
    pool = [*fold._origins, *list(_table())[:200], "a", " ", "\n", "\ud800", "\U00020000", "\uffff"]
    texts = ["", "plain ascii", *("".join(rnd.choice(pool) for _ in range(n)) for n in (1, 2, 5, 40, 400) * 20)]
    for bits in (fold._mixed_bits, b""):  # (the kernel's bit set when it is built, and the set without it)
        fold._mixed_bits = bits
        for text in texts:
            assert fold._holds_mixed(text) == (rx.search(text) is not None), text


def test_unfold_by_position_puts_back_each_origin() -> None:
    page = _mixed_page()
    fold = fold_page(page)
    assert fold is not None
    body = page[page.index("<p>") + 3 : page.index("</p>")]
    folded = fold.folded[fold.folded.index("<p>") + 3 : fold.folded.index("</p>")]
    assert fold.unfold(folded) == body
    assert fold.unfold(folded[5:900] + "\n" + folded[1200:2000]) == body[5:900] + "\n" + body[1200:2000]
