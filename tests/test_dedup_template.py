"""Template lines of a run and the stories compared once more without them
(collapse._Run.unframe)."""

from __future__ import annotations

import os
import random
import subprocess
import sys

from cleaner.dedup import collapse
from cleaner.dedup.collapse import _line_keys
from cleaner.dedup.params import DedupParams
from cleaner.document import Document


def _words(rng: random.Random, n: int) -> list[str]:
    return [f"w{rng.randrange(10**6)}" for _ in range(n)]


def _text(parts: list[list[str]]) -> str:
    return "\n".join(" ".join(p) + "." for p in parts)


def _clusters(texts: dict[str, str], params: DedupParams | None = None) -> set[frozenset[str]]:
    res = collapse([Document(id=k, text=t) for k, t in texts.items()], params=params)
    return {frozenset(s.doc_id for s in st.sources) for st in res.stories}


def _site(rng: random.Random, stories: list[list[list[str]]]) -> dict[str, str]:
    """Pages of one template (a menu, a sidebar of headlines around the story, a footer), one per story."""
    head = [["Home", "|", "News", "|", "World"], _words(rng, 6)]
    side = [_words(rng, 8) for _ in range(12)]
    foot = [_words(rng, 8) for _ in range(4)]
    return {f"p{i}": _text(head + side[:6] + s + side[6:] + foot) for i, s in enumerate(stories)}


def test_a_template_page_joins_the_article_whose_lead_is_its_story() -> None:
    """Three pages of one template; one page's story (a title and a 25-word paragraph) is the lead of a long
    article of the run. Compared whole, the page's frame outweighs its story and the article refuses it; without
    the lines that all three pages hold (the template), the page is the article's lead."""
    rng = random.Random(0)
    article = [_words(rng, 6), _words(rng, 25)] + [_words(rng, 60) for _ in range(8)]
    texts = _site(rng, [article[:2], [_words(rng, 6), _words(rng, 25)], [_words(rng, 6), _words(rng, 25)]])
    texts["article"] = _text(article)
    alone = {frozenset([k]) for k in texts}
    assert _clusters(texts, DedupParams(template_stories=0)) == alone
    assert _clusters(texts) == {frozenset(["p0", "article"]), frozenset(["p1"]), frozenset(["p2"])}
    shuffled = dict(random.Random(1).sample(sorted(texts.items()), len(texts)))
    assert _clusters(shuffled) == _clusters(texts)


def test_framed_pages_are_not_joined_by_their_stories() -> None:
    """Pages of one template whose stories are consecutive parts of one text (each shares a paragraph with the
    next: different stories): the unframed comparison joins a group only when exactly one of it is framed, so it
    adds no merge between such pages (what the whole pages' comparison decides stays)."""
    rng = random.Random(1)
    paras = [_words(rng, 20) for _ in range(4)]
    stories = [[_words(rng, 6), paras[i], paras[i + 1]] for i in range(3)] + [[_words(rng, 6), _words(rng, 20)]]
    texts = _site(rng, stories)
    assert _clusters(texts) == _clusters(texts, DedupParams(template_stories=0))


def test_the_lines_of_a_popular_story_are_not_template() -> None:
    """A story reposted four times (with its own line on each copy) and a page that frames its lead: the story's
    lines are held by five documents but one story, so they are not template."""
    rng = random.Random(7)
    story = [_words(rng, 40) for _ in range(4)]
    texts = {f"c{i}": _text([_words(rng, 5), *story]) for i in range(5)}
    texts.update({f"x{i}": _text([_words(rng, 40) for _ in range(3)]) for i in range(3)})
    clusters = _clusters(texts)
    assert frozenset(f"c{i}" for i in range(5)) in clusters
    assert len(clusters) == 4


def test_line_keys_count_once_per_story_and_group() -> None:
    a = _line_keys("alpha line\nbeta line\nx\nalpha line".split("\n"), 4, "g1")
    b = _line_keys("beta line\ngamma line".split("\n"), 4, "g1")
    c = _line_keys(["beta line"], 4, "g2")
    assert len(a) == 2 and len(b) == 2 and len(a & b) == 1  # "x" too short; one story's line counts once
    assert not (a | b) & c  # a line held in two groups is two keys


_SEEDED = """
import random, sys
sys.path[:0] = [sys.argv[1]]
from tests.test_dedup_template import _clusters, _site, _words
rng = random.Random(3)
stories = [[_words(rng, 30)] for _ in range(5)]
texts = _site(rng, stories)
texts["bare"] = "\\n".join(" ".join(p) + "." for p in stories[2])
print(sorted(sorted(c) for c in _clusters(texts)))
"""


def test_template_lines_do_not_depend_on_the_process_string_hash() -> None:
    """The same input gives the same stories whatever PYTHONHASHSEED is (the counts are exact, not hashed)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _SEEDED, root], env=env, capture_output=True, text=True,
                              timeout=120, check=True)  # fmt: skip
        outs.add(done.stdout)
    assert len(outs) == 1, outs
    assert "'bare'" in next(iter(outs))
