"""bench/dedup_corpus33.py: deterministic, halves by story (a hard negative group in one half), every kind and hard
negative made, no shared gold text read (its stories are written from its own sentence frames); and what it showed:
a page of two whole stories bridges them no more (``collapse._Run._digest``)."""

from __future__ import annotations

import random
import sys
from collections import defaultdict

from cleaner.dedup import MemoryIndex, collapse
from cleaner.document import Document
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus33


def _stories(texts: dict[str, str]) -> list[set[str]]:
    res = collapse([Document(id=k, text=t) for k, t in texts.items()])
    return [{s.doc_id or "" for s in st.sources} for st in res.stories]


def test_the_corpus_is_deterministic_split_by_story_and_makes_every_kind() -> None:
    docs = dedup_corpus33.build(None, "test-1", stories=60)
    assert docs == dedup_corpus33.build(None, "test-1", stories=60)
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.story.rsplit(":", 1)[0] if d.story.startswith(("neg:", "glued2")) else d.story].add(d.half)
    assert all(len(h) == 1 for h in halves_of.values())
    assert {d.half for d in docs} == {"tune", "check"}
    assert set(dedup_corpus33.KINDS) <= {k for d in docs for k in d.kind.split("+")}
    assert {d.group.split(":")[0] for d in docs if d.group} == set(dedup_corpus33.NEGATIVES)
    originals = {d.story for d in docs if d.kind == "original"}
    assert all(d.story in originals for d in docs if d.kind not in ("original", "neg"))


def _news(seed: str) -> dedup_corpus33.News:
    return dedup_corpus33.News(random.Random(seed), n_paras=(6, 6))


def test_a_page_of_two_whole_stories_does_not_bridge_them() -> None:
    # (dedup_corpus33 dev seeds, tune: the glued page, placed first as the longest, took both stories' texts, 15 of 17)
    for n in range(4):
        a, b = _news(f"a{n}"), _news(f"b{n}")
        texts = {
            "page": f"{a.text()}\n下一篇\n{b.text()}",
            "a": a.text(), "a2": a.text("【转载】" + a.title) + "\n责任编辑：王立",
            "b": b.text(), "b2": b.text("【转载】" + b.title) + "\n责任编辑：李明",
        }  # fmt: skip
        stories = _stories(texts)
        assert not any({"a", "b"} <= s for s in stories)
        assert any({"a", "a2"} <= s for s in stories) and any({"b", "b2"} <= s for s in stories)


def test_a_page_of_two_whole_stories_is_a_story_of_its_own() -> None:
    # (dedup_corpus33 dev seeds, tune: the glued page joined its first story, 6-11 pages a half, and was its canonical:
    # that story's text carried the second story)
    for n in range(4):
        a, b = _news(f"a{n}"), _news(f"b{n}")
        page = f"{a.text()}\n下一篇\n{b.text()}"
        texts = {"page": page, "a": a.text(), "a2": a.text("【转载】" + a.title), "b": b.text(), "b2": b.text()}
        stories = _stories(texts)
        assert {"page"} in stories and {"a", "a2"} in stories and {"b", "b2"} in stories


def test_a_crawled_page_keeps_its_story_when_another_page_of_its_site_lies_in_it() -> None:
    # (a page with a chrome head: the text of another page of its site lies whole in its header and footer, apart
    # from its story; the page is no digest of two stories)
    rng = random.Random("site")
    site = dedup_corpus33.Site(rng, "东岸网", [_news(f"h{k}").title for k in range(8)])
    for n in range(3):
        a, short = _news(f"c{n}"), dedup_corpus33.News(random.Random(f"short{n}"), n_paras=(0, 0))
        other = site.page(short.title, short.paras[0], random.Random(9), comments=False)
        texts = {
            "page": site.page(a.title, "\n".join(a.paras), random.Random(n)), "a": a.text(),
            "a2": a.text("【转载】" + a.title), "other": other,
        }  # fmt: skip
        assert any({"page", "a", "a2"} <= s for s in _stories(texts))


def test_a_head_and_a_later_excerpt_of_one_story_still_join_it() -> None:
    # (dedup3 tune: a truncated copy and an excerpt of the later part lie apart in the canonical; the story's
    # original, placed before them, lies across both)
    for n in range(4):
        news = _news(f"s{n}")
        body = "\n".join(news.paras)
        cut = len(body) * 2 // 5
        tail = f"\n{news.title}\n本文来源：东岸网 编辑：周华 审核：陈立新\n相关阅读：" + "；".join(news.titles)
        texts = {
            "canonical": news.text() + tail,
            "original": news.text(), "head": news.title + "\n" + body[:cut],
            "tail": body[body.index("。", cut) + 1 :],
        }  # fmt: skip
        assert any(set(texts) == s for s in _stories(texts))


def _titled(texts: dict[str, tuple[str, str]], index: MemoryIndex | None = None) -> list[set[str]]:
    res = collapse([Document(id=k, text=t, title=title) for k, (t, title) in texts.items()], index=index)
    return [{s.doc_id or "" for s in st.sources} for st in [*res.stories, *res.updates]]


def test_a_page_of_two_stories_bridges_them_on_a_later_night_neither() -> None:
    # (the page stored first: its stored canonical accepts both stories' texts of the next night as parts)
    for n in range(3):
        a, b = _news(f"a{n}"), _news(f"b{n}")
        index = MemoryIndex()
        _titled({"page": (f"{a.text()}\n下一篇\n{b.text()}", "")}, index)
        stories = _titled(
            {"a": (a.text(), ""), "a2": (a.text("【转载】" + a.title), ""), "b": (b.text(), ""), "b2": (b.text(), "")},
            index,
        )
        assert not any({"a", "b"} <= s for s in stories)


def test_titles_tell_a_story_in_two_pages_from_a_page_of_two_stories() -> None:
    # (a page that holds a story's two halves, each half also a page of its own: one title, one story; two stories'
    # own titles under a digest page's title: two stories)
    for n in range(3):
        news = _news(f"t{n}")
        half = len(news.paras) // 2
        head, tail = "\n".join(news.paras[:half]), "\n".join(news.paras[half:])
        whole = {"page": (f"{head}\n{tail}", news.title), "p1": (head, news.title), "p2": (tail, f"《{news.title}》 ")}
        assert any(set(whole) == s for s in _titled(whole))
        a, b = _news(f"a{n}"), _news(f"b{n}")
        digest = {
            "page": (f"{a.text()}\n下一篇\n{b.text()}", "今日要闻"),
            "a": (a.text(), a.title),
            "b": (b.text(), b.title),
        }
        assert not any({"a", "b"} <= s for s in _titled(digest))


def test_shared_span_quantile_is_numpys() -> None:
    """``verify._quantile`` (what :func:`cleaner.dedup.verify.shared_span` measures a part with) gives the very float
    ``np.quantile`` gives, at the trims the digest guard asks and anywhere between."""
    import random

    import numpy as np

    from cleaner.dedup.verify import _quantile

    rng = random.Random(34)
    for _ in range(2000):
        at = np.array(sorted(rng.sample(range(5000), rng.randint(1, 300))), dtype=np.intp)
        for q in (0.0, 0.05, 0.5, 0.95, 1.0, rng.random()):
            assert _quantile(at, q) == float(np.quantile(at, q))
