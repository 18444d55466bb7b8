"""bench/dedup_corpus36.py: deterministic, halves by story (a hard-negative group in one half), every kind and hard
negative made, no shared gold text read (its texts are written from its own frames), short posts 80-300 characters,
the press releases' shared block 30-45 % of each."""

from __future__ import annotations

import re
import sys
from collections import defaultdict

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus36


def test_the_corpus_is_deterministic_split_by_story_and_makes_every_kind() -> None:
    docs = dedup_corpus36.build(None, "test-1", stories=90)
    assert docs == dedup_corpus36.build(None, "test-1", stories=90)
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.story.rsplit(":", 1)[0] if d.story.startswith("neg:") else d.story].add(d.half)
    assert all(len(h) == 1 for h in halves_of.values())
    assert {d.half for d in docs} == {"tune", "check"}
    assert set(dedup_corpus36.KINDS) <= {k for d in docs for k in d.kind.split("+")}
    assert {d.group.split(":")[0] for d in docs if d.group} == set(dedup_corpus36.NEGATIVES)
    originals = {d.story for d in docs if d.kind == "original"}
    assert all(d.story in originals for d in docs if d.kind not in ("original", "neg"))
    assert all(d.story not in originals for d in docs if d.kind == "neg")


def test_posts_are_short_and_press_releases_share_a_third_of_their_text() -> None:
    import random

    rng = random.Random(36)
    for _ in range(40):
        assert 80 <= len(dedup_corpus36.post(rng).text()) <= 300
    for _ in range(10):
        texts = dedup_corpus36.about_boiler(rng)
        tails = [t[re.search(r"\n(关于|About )", t).start() :] for t in texts]  # type: ignore[union-attr]
        assert len(set(tails)) == 1
        assert all(0.28 <= len(tails[0]) / len(t) <= 0.47 for t in texts)


def _stories(texts: dict[str, str]) -> list[set[str]]:
    from cleaner.dedup import collapse
    from cleaner.document import Document

    res = collapse([Document(id=k, text=t) for k, t in texts.items()])
    return [{s.doc_id or "" for s in st.sources} for st in res.stories]


def test_a_copy_with_html_entities_and_tags_left_joins_its_story() -> None:
    # (dedup36 dev seed, tune: 92 of 151 copies with entities left had most of their lines blanked as code, for the
    # ";" of "&nbsp;" and the "<" ">" of "<p>"; recall of the kind 0.44)
    import random

    rng = random.Random(7)
    rep = dedup_corpus36.Reposter(rng)
    for n in range(4):
        story = dedup_corpus36.article(random.Random(f"a{n}"))
        other = dedup_corpus36.article(random.Random(f"b{n}"))
        original = story.text()
        marked = "\n".join(f"<p>&nbsp;&nbsp;{p.replace('，', '&#65292;').replace('“', '&ldquo;')}<br/></p>"
                           for p in original.split("\n"))  # fmt: skip
        texts = {"original": original, "marked": marked, "again": rep.entities(original, story), "other": other.text()}
        stories = _stories(texts)
        assert {"original", "marked", "again"} in stories and {"other"} in stories


def test_unmark_html_keeps_the_length_and_leaves_page_markup_code() -> None:
    from cleaner.dedup.normalize import blank_code_lines, normalize, unmark_html

    text = "<p>&nbsp;关于&ldquo;开展&rdquo;工作&#65292;好&#x4e2d;<br/>AT&T caf&eacute; &bogus;</p>"
    out = unmark_html(text)
    assert len(out) == len(text) and out.endswith("&bogus;    ")  # (an unknown name is kept)
    assert normalize(text) == normalize("关于“开展”工作，好中 AT&T café &bogus;") != ""
    menu = '<a href="/">首页</a> <a href="/news">新闻</a> <a href="/sport">体育</a>'
    assert not blank_code_lines(menu).strip()  # (links are page markup: the line stays code)
    assert unmark_html("plain text") == "plain text"
