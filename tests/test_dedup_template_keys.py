"""Stories found by template keys alone are refused unread (``collapse._Run._unread``, docs/dedup-speed-34.md)."""

from __future__ import annotations

import random

from cleaner.dedup import collapse
from cleaner.dedup.collapse import _PAIRED_BUCKET, TEMPLATE_KEY_STORIES, _pairs_by_key, _Run, _Via, distinct_ids
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import flat_keys, sketch_text
from cleaner.document import Document
from cleaner.execution.executor import SerialExecutor

_WORDS = [f"w{i}x" for i in range(3000)]


def _lines(rng: random.Random, n: int, words: int) -> list[str]:
    return [" ".join(rng.choice(_WORDS) for _ in range(words)) + "." for _ in range(n)]


def _pages() -> tuple[list[Document], list[str]]:
    """Ten pages of one portal's chrome (head and tail lines) around ten different stories, and a bare copy of the
    last page's story."""
    rng = random.Random(34)
    head, tail = _lines(rng, 12, 14), _lines(rng, 12, 14)
    stories = ["\n".join(_lines(rng, 10, 16)) for _ in range(10)]
    pages = [Document(id=f"p{i}", text="\n".join([*head, s, *tail])) for i, s in enumerate(stories)]
    return [*pages, Document(id="bare", text=stories[-1])], stories


def test_template_keys_leave_pages_unread_and_the_copy_joins() -> None:
    docs, _ = _pages()
    run = _Run(distinct_ids(docs), DedupParams(), SerialExecutor(), None)
    run.sketch({})
    unread = 0
    for pos, did in enumerate(run.order):
        run.place(pos, did)
        unread += len(run.unread)
    assert unread > 0  # the later pages reach the earlier ones by the chrome's keys alone
    res = collapse(docs)
    groups = sorted(sorted(str(s.doc_id) for s in st.sources) for st in res.stories)
    assert ["bare", "p9"] in groups and len(groups) == 10  # every page its own story, the bare copy with its page


def test_via_names_the_template_key_of_a_pair() -> None:
    docs, _ = _pages()
    p = DedupParams()
    sks = [sketch_text(str(d.id), d.text, p) for d in docs]
    flat, counts = flat_keys(sks)
    via = _Via(len(sks))
    pairs, _ = _pairs_by_key(flat, counts, via=via)
    assert pairs == _pairs_by_key(flat, counts)[0]
    for i, earlier in enumerate(pairs):
        for e in earlier:
            g = via.group(i, e)
            if g >= 0:  # the smallest shared key's texts: both texts among them, at least TEMPLATE_KEY_STORIES
                held = via.holders(g, _PAIRED_BUCKET).tolist()
                assert i in held and e in held and len(held) >= TEMPLATE_KEY_STORIES
    assert via.groups and set(via.groups) < {i * len(pairs) + e for i, es in enumerate(pairs) for e in es}
