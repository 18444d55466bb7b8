"""The kernel's per-character text tests (``cleaner/dedup/_sketch.c``: ``dirty_at``, ``squeeze_from``, ``glue_lines``,
``spaces_plain``, ``count_marked``, ``fold_text``, ``cjk_texts``, ``sentences``, ``sentence_pairs``, ``fresh_lines``,
``flat_line``) give
what their pure Python twins give, on every code point and on random texts.

Skipped when the kernel is not built (``python bench/build_sketch.py`` builds it in place)."""

from __future__ import annotations

import random
from collections.abc import Callable

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import document
from cleaner.dedup import merge, signature
from cleaner.dedup.normalize import code_points, fold_code_points, fold_table, folded_code_points
from cleaner.extraction import dom
from cleaner.text import textclean

_sketch = pytest.importorskip("cleaner.dedup._sketch")

_CODE_POINTS = [c for c in range(0x110000) if not 0xD800 <= c < 0xE000]
_PIECES = [" ", "  ", "\n", "\t", "\r", "\x85", "\u3000", "\xa0", "\u200b", "\ufeff", "\ue000", "\U000f0001", "_", "|"]
_PIECES += ["｜", "-", "—", "中文", "abc", "é", "\U00020000", "\ud800", "\u2028", "\x1f", "\x7f", "\u205f", "\u2066"]
_PIECES += [".", ". ", "。", "！", "？", "；", "!", "?", ";", "\x00", "..", "x. y"]
_PIECES += ["\u200c", "\u200d", "س", "ि", "\U0001f468", "\ufe0f", "\u0dff", "\u0e00", "\ufefc", "\ufefd"]


def _dirty_at(text: str) -> int:
    """:func:`textclean.normalize_text`'s pure Python test: the first dirty character or double space, or -1."""
    dirty = textclean._DIRTY.search(text)
    double = text.find("  ")
    return min((x for x in (dirty.start() if dirty is not None else -1, double) if x >= 0), default=-1)


def _squeeze_from(text: str, head: int) -> str:
    """:func:`textclean.normalize_text`'s pure Python fold from ``head`` on."""
    return text[:head] + textclean._SPACES.sub(" ", textclean._INVISIBLE.sub("", text[head:]))


def _same_str(got: str, want: str) -> bool:
    """Equal, and in the same (canonical) form: equal hashes, the same ``isascii``."""
    return got == want and hash(got) == hash(want) and got.isascii() == want.isascii()


def _glue_lines(text: str) -> bytes:
    return bytes(any(ch in line for ch in textclean._GLUE) for line in text.split("\n"))


def _spaces_plain(text: str) -> bool:
    return " ".join(text.split()) == text.replace("\n", " ")


def _sentences(text: str) -> list[str] | None:
    """:func:`merge._sentences` without the kernel (None for a text holding the mark character, which the kernel
    leaves to it)."""
    if merge._MARK in text:
        return None
    for ch in merge._ENDS:
        text = text.replace(ch, ch + merge._MARK)
    out = text.replace(". ", ". " + merge._MARK).split(merge._MARK)
    return out[:-1] if not out[-1] else out


def _cjk(cps: np.ndarray, first: list[int], last: list[int]) -> bytes:
    return bytes(bool(((cps[a:b] >= 0x3400) & (cps[a:b] <= 0x9FFF)).any()) for a, b in zip(first, last, strict=True))


def _flat_line(raw: str) -> tuple[str, int, int] | None:
    """:func:`dom._flush`'s pure Python path for one line: the joined words, their characters, the sentence marks."""
    words = raw.split()
    if not words:
        return None
    text = " ".join(words)
    marks = (dom._PUNCT_ASCII if text.isascii() else dom._PUNCT_ANY).findall(text)
    return text, len(text) - len(words) + 1, len(marks)


def test_flat_line_every_code_point() -> None:
    for c in _CODE_POINTS:
        ch = chr(c)
        for raw in (ch, f"a{ch}b", f" {ch}. x", f"{ch}.", f".{ch}", f"x {ch} {ch}  y\n"):
            assert _sketch.flat_line(raw) == _flat_line(raw), hex(c)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "“", "”", '"', "'", ")", "]", "…", ":", "3.5", "\xff", "Ā"]), max_size=40))
def test_flat_line_random(pieces: list[str]) -> None:
    raw = "".join(pieces)
    got, want = _sketch.flat_line(raw), _flat_line(raw)
    assert got == want
    if got is not None and want is not None:  # the same string in the same (canonical) form: equal hashes
        assert hash(got[0]) == hash(want[0]) and got[0].isascii() == want[0].isascii()


def _blocks(shape: str, size: int = 512) -> list[tuple[str, list[int]]]:
    """Every code point put in ``shape`` (``{}`` marks its place), ``size`` of them joined into one text: the kernel
    and its Python twin read each block once (a text per code point took 20 calls on each side, 1.1 million times),
    and a block where they differ is read again code point by code point to name it."""
    return [
        ("".join(shape.format(chr(c)) for c in _CODE_POINTS[i : i + size]), _CODE_POINTS[i : i + size])
        for i in range(0, len(_CODE_POINTS), size)
    ]


def _dirty_all(dirty_at: Callable[[str], int], text: str) -> list[int]:
    """Every place ``dirty_at`` stops at, reading on after each one."""
    out, at = [], 0
    while (k := dirty_at(text[at:])) >= 0:
        out.append(at + k)
        at += k + 1
    return out


def _same_text_tests(text: str, heads: tuple[int, ...] | None = None) -> bool:
    return (
        _dirty_all(_sketch.dirty_at, text) == _dirty_all(_dirty_at, text)
        and _sketch.glue_lines(text) == _glue_lines(text)
        and _sketch.spaces_plain(text) == _spaces_plain(text)
        and all(
            _same_str(_sketch.squeeze_from(text, h), _squeeze_from(text, h))
            for h in (heads if heads is not None else range(len(text) + 1))
        )
        and _sketch.sentences(text) == _sentences(text)
    )


def test_every_code_point() -> None:
    for shape in ("{}", "a{}b", "{}\n"):
        for block, points in _blocks(shape):
            if not _same_text_tests(block, (0, 1, len(block) // 2, len(block))):
                bad = [hex(c) for c in points if not _same_text_tests(shape.format(chr(c)))]
                raise AssertionError((shape, bad or "only in the joined block"))


def test_fold_every_code_point() -> None:
    text = "".join(map(chr, _CODE_POINTS)) + "\ud800\udfff"
    raw, folded = folded_code_points(text)
    assert np.array_equal(raw, code_points(text)) and raw.dtype == np.uint32
    assert np.array_equal(folded, fold_code_points(code_points(text))) and folded.dtype == np.uint32
    raw_b, _, astral = _sketch.fold_text("abc中", fold_table())
    assert not astral and bytes(raw_b) == "abc中".encode("utf-32-le")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_random_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _sketch.dirty_at(text) == _dirty_at(text)
    assert _sketch.glue_lines(text) == _glue_lines(text)
    assert _sketch.spaces_plain(text) == _spaces_plain(text)
    for head in sorted({0, len(text), len(text) // 2, max(0, _dirty_at(text) - 1)}):
        assert _same_str(_sketch.squeeze_from(text, head), _squeeze_from(text, head)), head
    assert _same_str(textclean.normalize_text(text), _normalize_py(text))
    assert document.fold_spaces(text) == " ".join(text.split())
    assert _sketch.sentences(text) == _sentences(text)
    assert merge._sentences(text) == [x for x in merge._SENTENCE.findall(text) if x]
    raw, folded = folded_code_points(text)
    assert np.array_equal(raw, code_points(text)) and np.array_equal(folded, fold_code_points(code_points(text)))
    cut = sorted({0, len(text), *(k for k, p in enumerate(pieces) if p == "\n")})
    first, last = cut[:-1], cut[1:]
    cps = fold_code_points(code_points(text))
    got = _sketch.cjk_texts(cps, np.array(first, dtype=np.int64), np.array(last, dtype=np.int64))
    assert got == _cjk(cps, first, last)


def _pairs(canonical: str, other: str) -> list[tuple[int, str]] | None:
    """:func:`merge._pairs` of the copy's sentences, without the kernel (None for a copy holding the mark character)."""
    cs, os_ = _sentences(canonical), _sentences(other)
    if cs is None or os_ is None:
        return None
    first_at = dict(zip(reversed(cs), range(len(cs) - 1, -1, -1), strict=True))
    return merge._pairs(cs, first_at, os_)


_EDITS = ["。", "！", "；", "!", ";", "\n", ". ", ".", " ", "a", "中", "文", "é", "\U0001f468", "\x00", "中文。", "a. "]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_EDITS[:-3]), max_size=30),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 2), st.sampled_from(_EDITS)), max_size=4),
)
def test_sentence_pairs(base: list[str], edits: list[tuple[int, int, str]]) -> None:
    """The kernel's ``sentence_pairs`` is ``merge._pairs`` of the copy's sentences: copies made by inserting, deleting
    and replacing pieces of the canonical (sentences twice, of other string kinds than the canonical's, NULs)."""
    other = list(base)
    for at, op, piece in edits:
        at = min(at, len(other))
        if op == 0:
            other.insert(at, piece)
        elif other:
            other[min(at, len(other) - 1) : min(at, len(other) - 1) + 1] = [piece] if op == 1 else []
    canonical, copy = "".join(base), "".join(other)
    assert _sketch.sentence_pairs(merge._sentences(canonical), copy) == _pairs(canonical, copy)  # (None: a NUL)
    assert _sketch.sentence_pairs(merge._sentences(canonical), canonical) == []


def test_sentence_pairs_on_copies_of_real_text() -> None:
    """Paragraphs of a generated story with words put in, sentences dropped or doubled."""
    rng = random.Random(7)
    words = ["新华社", "记者", "今天", "报道", "市场", "价格", "上涨", "公司", "发布", "数据", "the", "market", "rose"]
    for _ in range(200):
        sents = [
            "".join(rng.choices(words, k=rng.randint(1, 8))) + rng.choice(["。", "！", "；", "\n", ". "])
            for _ in range(12)
        ]
        canonical = "".join(sents)
        copy = list(sents)
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(len(copy))
            kind = rng.random()
            if kind < 0.5:
                j = rng.randrange(len(copy[i]) + 1)
                copy[i] = copy[i][:j] + rng.choice(words) + copy[i][j:]
            elif kind < 0.75:
                del copy[i]
            else:
                copy.insert(i, copy[i])
        other = "".join(copy)
        assert _sketch.sentence_pairs(merge._sentences(canonical), other) == _pairs(canonical, other)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "中文", "", "a b", "x"]), max_size=12), st.sets(st.sampled_from("ax")))
def test_fresh_lines(lines: list[str], cached: set[str]) -> None:
    cache = dict.fromkeys(cached, b"")
    assert _sketch.fresh_lines(lines, cache) == signature._fresh_lines_py(lines, cache)


def test_count_marked_every_code_point() -> None:
    """``count_marked`` with scriptfold's bit set counts what the regex of the table's characters finds, on every code
    point in each string width; ``need`` stops the count."""
    from cleaner.text import scriptfold

    bits, regex = scriptfold._traditional_bits(), scriptfold._traditional()
    for text in ("".join(map(chr, _CODE_POINTS)), "".join(map(chr, range(0x100))), "".join(map(chr, range(0x10000)))):
        want = len(regex.findall(text))
        assert _sketch.count_marked(text, bits, len(text) + 1) == want
        assert _sketch.count_marked(text, bits, 3) == min(3, want)
    assert _sketch.count_marked("\ud800髮\udfff", bits, 5) == 1
    assert _sketch.count_marked("髮髮", b"", 5) == 0  # (past the bit set's end: not marked)
    assert _sketch.count_marked("髮髮", bits, 0) == 0


@settings(max_examples=400, deadline=None)
@given(
    st.text(st.characters(exclude_categories=()), max_size=40), st.lists(st.sampled_from("髮發后後中文 x"), max_size=9)
)
def test_count_marked_random(text: str, more: list[str]) -> None:
    from cleaner.text import scriptfold

    text += "".join(more)
    want = len(scriptfold._traditional().findall(text))
    for need in (0, 1, 3, 100):
        assert _sketch.count_marked(text, scriptfold._traditional_bits(), need) == min(need, want)


def _normalize_py(text: str) -> str:
    """:func:`textclean.normalize_text` without the kernel."""
    import unicodedata

    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = textclean._NEWLINES.sub("\n", text)
    start = _dirty_at(text)
    return text if start < 0 else _squeeze_from(text, max(0, start - 1))


@settings(max_examples=400, deadline=None)
@given(st.text(st.characters(exclude_categories=()), max_size=60), st.integers(0, 70))
def test_squeeze_on_any_text(text: str, head: int) -> None:
    """Any code points (lone surrogates, astral planes, every white space and control), any place to start."""
    head = min(head, len(text))
    assert _same_str(_sketch.squeeze_from(text, head), _squeeze_from(text, head))
    assert _same_str(textclean.normalize_text(text), _normalize_py(text))


def _same_squeeze(text: str) -> bool:
    return all(_same_str(_sketch.squeeze_from(text, h), _squeeze_from(text, h)) for h in range(len(text) + 1))


def test_joiners_between_joining_characters() -> None:
    """A zero-width non-joiner or joiner stays between two characters of the joining scripts or emoji (every code
    point on either side, the kernel against the regex), and goes elsewhere."""
    for shape in ("س\u200c{}\n", "{}\u200dि\n", "\U0001f468\u200d{}\n"):
        for block, points in _blocks(shape):
            for head in (0, 1, 2):
                if not _same_str(_sketch.squeeze_from(block, head), _squeeze_from(block, head)):
                    texts = [shape.format(chr(c)) for c in points]
                    bad = [hex(c) for c, t in zip(points, texts, strict=True) if not _same_squeeze(t)]
                    raise AssertionError((shape, head, bad or "only in the joined block"))
    assert _squeeze_from("می\u200cخواهم", 0) == "می\u200cخواهم"
    assert _squeeze_from("中\u200c文\u200d字", 0) == "中文字"
    assert _squeeze_from("\u200cس\u200c", 0) == "س"


def test_squeeze_narrows_the_string() -> None:
    """A wide character removed: the result is in the narrowest form (as a regex's result is)."""
    for text in ("a\U000f0001  b", "é\ue000 x", "中\U0010ffff\u3000", "\U000f0000"):
        assert _same_str(_sketch.squeeze_from(text, 0), _squeeze_from(text, 0)), text


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        _sketch.dirty_at(b"x")
    with pytest.raises(ValueError):
        _sketch.squeeze_from("abc", 4)
    with pytest.raises(TypeError):
        _sketch.squeeze_from(b"abc", 0)
    with pytest.raises(ValueError):
        _sketch.fold_text("x", np.zeros(5, dtype=np.uint32))
    with pytest.raises(ValueError):
        _sketch.cjk_texts(np.zeros(3, dtype=np.uint32), np.array([0], dtype=np.int64), np.array([4], dtype=np.int64))


# ---- the kernel's jieba cut (jieba_pieces): rjieba's tokens of each line, as split_cut reads them


def _jieba_kernel() -> object:
    pieces = signature._jieba_pieces()
    if pieces is None:
        pytest.skip("the kernel's cut is not checked for this rjieba / jieba dictionary")
    return pieces


def _rjieba_pieces(lines: list[str]) -> tuple[list[bytes], bool] | None:
    import rjieba

    return _sketch.split_cut(rjieba.cut("\n".join(lines) + "\n", False), lines)


def _dictionary_words() -> list[str]:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.origin is not None
    text = (Path(spec.origin).parent / "dict.txt").read_text(encoding="utf-8")
    return [line.split()[0] for line in text.splitlines() if line.strip()]


def test_jieba_cut_on_known_sentences() -> None:
    _jieba_kernel()
    lines = ["我们中出了一个叛徒", "abc网球拍卖会def", "我来到北京清华大学 他来到了网易杭研大厦", "", "  "]
    lines += ["γ射线 T恤 AT&T", "2017年12月7日 iphone 7 c++ a.b_c%d-e&f#g", "é中文ü x", "\r中\r文"]
    lines += ["\U00020000\U0002f800\uf900\u3400\u9fff"]
    found = _sketch.jieba_pieces(lines)
    assert found == _rjieba_pieces(lines)
    assert found is not None
    assert [np.frombuffer(p, dtype=np.int64).tolist() for p in found[0][:2]] == [[2, 1, 1, 1, 2, 2, 1], [3, 2, 3, 3, 1]]
    assert _sketch.jieba_pieces(["中文\r", "x"]) is None  # ("\r\n" is one token: the caller cuts as before)
    assert _sketch.jieba_pieces([]) == ([], True)
    with pytest.raises(TypeError):
        _sketch.jieba_pieces(("x",))
    with pytest.raises(TypeError):
        _sketch.jieba_pieces([b"x"])


def test_jieba_cut_on_random_dictionary_words() -> None:
    """Lines of random dictionary words, single ideographs and characters inside and outside jieba's word class
    (the class's edges, astral ideographs, white space that is not a space, letters other than ASCII)."""
    import random

    _jieba_kernel()
    words = _dictionary_words()
    odd = [*"abzAZ09+#&._%-/ γéжя。，\u3000\xa0\t\r\x85\u2028", "\U00020000", "\U0002a6df", "\U0002a6e0", "\U0002ebef"]
    odd += ["\U0002ebf0", "\U0002f800", "\U0002fa1f", "\U0002fa20", "\uf900", "\ufaff", "\ufb00", "\u3400", "\u4dbf"]
    odd += ["\u4dc0", "\u4e00", "\u9fff", "\u9fd6", "\ua000", "\U0001f600"]
    rng = random.Random(13)
    lines = []
    for _ in range(20_000):
        parts = []
        for _ in range(rng.randint(0, 14)):
            r = rng.random()
            ideograph = chr(rng.randint(0x3400, 0x9FFF))
            parts.append(rng.choice(words) if r < 0.6 else rng.choice(odd) if r < 0.8 else ideograph)
        line = "".join(parts)
        lines.append(line[:-1] if line.endswith("\r") else line)
    assert _sketch.jieba_pieces(lines) == _rjieba_pieces(lines)


def _lines_by_pieces(cps: np.ndarray, raw: np.ndarray, first: np.ndarray, last: np.ndarray) -> tuple[bytes, bytes]:
    """What ``jieba_lines`` gives, by ``lines_of``, ``jieba_pieces`` and ``gather`` (the path it replaces)."""
    lines, nlines = _sketch.lines_of(cps, raw, first, last)
    found = _sketch.jieba_pieces(lines)
    assert found is not None
    tl, per = _sketch.gather(lines, dict(zip(lines, found[0], strict=True)), {}, nlines)
    return bytes(tl), bytes(per)


def test_jieba_lines_as_lines_of_pieces_and_gather() -> None:
    """``jieba_lines`` (the line memory in the kernel) gives the token lengths the lines' ``jieba_pieces`` laid end to
    end give, per text: lines cut afresh, found in the memory (a line twice, a batch again), the memory cleared past
    its budget; None for a line ending in "\\r"; bad buffers refused."""
    import random

    _jieba_kernel()
    words = _dictionary_words()
    rng = random.Random(17)
    texts = []
    for _ in range(300):
        lines = ["".join(rng.choice(words) for _ in range(rng.randint(0, 9))) for _ in range(rng.randint(1, 6))]
        texts.append("\n".join(lines + rng.sample(lines, min(2, len(lines)))))
    joined = "\n".join(texts)
    raw, cps = folded_code_points(joined)
    lens = np.array([len(t) for t in texts], dtype=np.int64)
    first = np.concatenate(([0], np.cumsum(lens + 1)[:-1])).astype(np.int64)
    last = first + lens
    want = _lines_by_pieces(cps, raw, first, last)
    for budget in (1 << 23, 1 << 23, 0, 50):  # (fresh, remembered, cleared on every call, cleared on the way)
        for part in (slice(0, 300), slice(100, 200), slice(0, 300)):
            got = _sketch.jieba_lines(cps, raw, first[part], last[part], budget)
            assert got is not None
            assert (bytes(got[0]), bytes(got[1])) == _lines_by_pieces(cps, raw, first[part], last[part])
        assert _sketch.jieba_memory()[1] <= max(budget, 0) + int(lens.sum())
    got = _sketch.jieba_lines(cps, raw, first, last, 1 << 23)
    assert got is not None and (bytes(got[0]), bytes(got[1])) == want
    raw_r, cps_r = raw.copy(), cps.copy()
    cps_r[last[0] - 1] = 13  # (a line ending in a carriage return: the caller cuts as before)
    assert _sketch.jieba_lines(cps_r, raw_r, first, last, 1 << 23) is None
    with pytest.raises(ValueError):
        _sketch.jieba_lines(cps, raw, first, last + int(cps.size), 1 << 23)
    with pytest.raises(ValueError):
        _sketch.jieba_lines(cps, raw[:-1], first, last, 1 << 23)


@pytest.mark.skipif(not signature.Path("../shared/data/extraction").is_dir(), reason="no ../shared/data/extraction")
def test_jieba_cut_on_the_gold_texts() -> None:
    """Every line of the Chinese gold texts, folded as the sketch folds them."""
    from pathlib import Path

    from cleaner.dedup.normalize import to_str

    _jieba_kernel()
    lines: list[str] = []
    for f in sorted(Path("../shared/data/extraction").glob("*_zh/gold/*.txt")):
        raw, cps = folded_code_points(f.read_text(encoding="utf-8"))
        cps[raw == 10] = 10
        lines += to_str(cps).split("\n")
    lines = list(dict.fromkeys(lines))
    assert len(lines) > 10_000
    assert _sketch.jieba_pieces(lines) == _rjieba_pieces(lines)


def test_utf8_ignore_every_code_point() -> None:
    """``utf8_ignore`` is ``str.encode("utf-8", "ignore")``: every code point (lone surrogates left out) in strings of
    each width, and ASCII runs across the 16-character steps."""
    every = "".join(map(chr, range(0x110000)))
    for text in (every, every[:0x800], every[:0x100], every[0x80:0x100], every[0xD000:0xF000]):
        assert _sketch.utf8_ignore(text) == text.encode("utf-8", "ignore")
    rnd = random.Random(5)
    pieces = [
        "a" * 15,
        "a" * 16,
        "a" * 17,
        "<p>",
        "é",
        "中",
        "\ud800",
        "\udfff\ud800",
        "\U0001f600",
        "\x7f",
        "\x80",
        "\u0100",  # (non-ASCII characters whose low byte is ASCII: the 16-character test must see their high bits)
        "\u4141",
        "\U00010041",
        "",
    ]
    for _ in range(3000):
        text = "".join(rnd.choices(pieces, k=rnd.randrange(12)))
        assert _sketch.utf8_ignore(text) == text.encode("utf-8", "ignore")
