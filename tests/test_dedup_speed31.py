"""Speed changes of session 31 (cspeed31) against what they replaced: the same answers, without rjieba's dictionary.

- ``signature.text_bounds`` (the batch path: the kernel's cut and the line memory) gives what ``folded_code_points`` +
  ``blank_code`` + ``token_bounds`` give (``collapse._Run._in_line`` / ``_goes_on`` read a text's tokens with it), and
  in a process that has the kernel's checked cut it never imports rjieba (whose own dictionary cost 0.10 CPU-s and
  36 MB inside a timed ``collapse()``, loaded there by ``_unchromed``'s ``sketch_text`` of a Chinese text);
- ``collapse()`` of a story and its teaser page, refused whole and compared again without the page's chrome head
  (``_Run._unchromed``, which now sketches the head-less text by ``sketch_batch``), imports no rjieba either;
- ``verify._trimmed`` (positions read once as Python ints) against the earlier version, kept here.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus6
from halves import TUNE

from cleaner.dedup import signature, verify
from cleaner.dedup.normalize import NORMALIZER_VERSION, blank_code, folded_code_points, unmarker
from cleaner.dedup.tokens import token_bounds

DATA = SHARED / "data" / "extraction"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")


def _texts(rng: random.Random) -> list[str]:
    words = ["中国", "北京", "新闻", "记者", "报道", "经济", "发展", "市场", "公司", "网球拍卖会", "清华大学", "γ射线"]
    words += ["T恤", "AT&T", "iphone", "c++", "a.b_c", "2017年", "12月7日", "é中文ü", "，", "。", "！", "、", " "]
    words += ["x", "Hello", "world", "١٢٣", "ภาษา", "\u3000", "\U00020000", "\uf900", "—", "(", ")", "《", "》"]
    words += ["var x = 1; y = 2; z = {a: b};", "{", "}", "\t"]
    out = []
    for _ in range(300):
        lines = ["".join(rng.choice(words) for _ in range(rng.randrange(0, 12))) for _ in range(rng.randrange(1, 12))]
        out.append("\n".join(lines))
        out.append("这是一段很长的正文，" * rng.randrange(1, 9) + "\n" + "\n".join(lines))
    return out


def test_text_bounds_as_token_bounds() -> None:
    rng = random.Random(31)
    for text in [*_texts(rng), "", "\n", "abc", "中文", "line one\nline two\n\n第三行。"]:
        read = unmarker(NORMALIZER_VERSION)(text)  # (as the normaliser reads it: gaps between ideographs closed)
        raw, cps = folded_code_points(read)
        blank_code(raw, cps, read)
        starts, ends = token_bounds(cps, "rjieba")
        got_cps, got_starts, got_ends = signature.text_bounds(text, "rjieba")
        assert np.array_equal(got_cps, cps), text
        assert np.array_equal(got_starts, starts), text
        assert np.array_equal(got_ends, ends), text


_COLLAPSE = """
import json, sys
import cleaner.dedup.warm
from cleaner.dedup import collapse
from cleaner.document import Document
texts = json.loads(sys.stdin.read())
res = collapse([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)])
print(len(res.stories), "rjieba" in sys.modules)
"""


@needs_data
@pytest.mark.parametrize("copy", [240, 855])
def test_no_rjieba_dictionary_inside_collapse(copy: int) -> None:
    # (the tune teaser pages of tests/test_dedup_teaser_head.py: refused whole, compared again without their head of
    # chrome lines, which sketched the rest by rjieba's cut of the whole text and so loaded its dictionary)
    if signature._jieba_pieces() is None:
        pytest.skip("the kernel's cut is not checked for this rjieba / jieba dictionary: rjieba is the cut")
    docs = dedup_corpus6.build(DATA, "dedup30-dev1")
    d = docs[copy]
    assert d.half == TUNE and "cut_teaser" in d.kind
    orig = next(x for x in docs if x.story == d.story and x.kind == "original")
    out = subprocess.run(
        [sys.executable, "-c", _COLLAPSE], input=json.dumps([orig.text, d.text]), capture_output=True, text=True,
        check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONSAFEPATH": "1"},
    )  # fmt: skip
    assert out.stdout.split() == ["1", "False"], out.stderr


def _old_trimmed(ia: list[int], ib: list[int], pa: signature.U32, pb: signature.U32) -> tuple[list[int], list[int]]:
    n = len(ia)
    if n < 4 * verify._EDGE_STEPS:
        return ia, ib
    lo, hi = 0, n - 1
    first, last = int(pb[0]), int(pb[-1])
    for k in range(verify._EDGE_STEPS):
        step = int(pa[ia[k + 1]]) - int(pa[ia[k]]) - int(pb[ib[k + 1]]) + int(pb[ib[k]])
        if step > verify._CHAR_BLOCK and int(pb[ib[k + 1]]) - first <= verify._CHAR_EDGE:
            lo = k + 1
        m = n - 1 - k
        step = int(pa[ia[m]]) - int(pa[ia[m - 1]]) - int(pb[ib[m]]) + int(pb[ib[m - 1]])
        if step > verify._CHAR_BLOCK and last - int(pb[ib[m - 1]]) <= verify._CHAR_EDGE:
            hi = m - 1
    if lo == 0 and hi == n - 1:
        return ia, ib
    return ia[lo : hi + 1], ib[lo : hi + 1]


def test_trimmed_as_before() -> None:
    rng = random.Random(3131)
    steps = [1, 1, 2, 3, 25, 40, 100]
    trimmed = 0
    for _ in range(20000):
        na, nb = rng.randint(1, 60), rng.randint(1, 60)
        pa = np.cumsum([rng.choice(steps) for _ in range(na)]).astype(np.uint32)
        pb = np.cumsum([rng.choice(steps) for _ in range(nb)]).astype(np.uint32)
        n = rng.randint(0, min(na, nb))
        ia, ib = sorted(rng.sample(range(na), n)), sorted(rng.sample(range(nb), n))
        want = _old_trimmed(ia, ib, pa, pb)
        assert verify._trimmed(ia, ib, pa, pb) == want
        trimmed += want != (ia, ib)
    assert trimmed > 1000
