"""The exactness conditions behind textclean's fast paths (no timing here: speed is `make bench-dedup`'s)."""

from __future__ import annotations

import unicodedata

from cleaner.text.textclean import _CJK_COMPAT, _ideograph, _near, _squash, _squashes_to, _without_title


def test_cjk_compat_covers_every_character_that_folds_to_an_ideograph() -> None:
    missing = []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        if _ideograph(ch):
            continue
        folded = unicodedata.normalize("NFKC", ch).lower()
        if folded != ch and any(map(_ideograph, folded)) and not _CJK_COMPAT.match(ch):
            missing.append(hex(cp))
    assert not missing


def _slow(lines: list[str], title: str) -> list[str]:
    squashed = _squash(title)
    return [ln for ln in lines if not _near(len(ln), len(title)) or not _squashes_to(ln, squashed)]


def test_without_title_is_the_per_line_test() -> None:
    title = "国务院召开常务会议部署经济工作"
    lines = [
        title,
        "国务院召开常务会议，部署经济工作。",
        "国务院召开常务会议部署经济工作（图）",
        "⼀国务院召开常务会议部署经济工作",  # a Kangxi radical that folds to an ideograph
        "国务院召开常务会议部署经济⼯作",
        "今天国务院召开常务会议。会议部署了明年的经济工作，强调稳中求进。",
        "短",
        "",
    ]
    for t in (title, "Ⅻ国务院工作", "国务院召开会议ｘ", "⽇本首相访华", "…"):
        for ls in (lines, [ln for ln in lines if "⼀" not in ln and "⼯" not in ln]):
            assert _without_title(ls, t) == _slow(ls, t)


def test_has_cjk_compat_is_the_class_on_every_code_point() -> None:
    """The kernel's bit-set test (when built) answers as :data:`_CJK_COMPAT`'s regex, on every code point alone and
    in strings of each width."""
    from cleaner.text.textclean import _has_cjk_compat

    for cp in range(0x110000):
        ch = chr(cp)
        want = _CJK_COMPAT.search(ch) is not None
        assert _has_cjk_compat(ch) == want, hex(cp)
        if want or cp % 97 == 0:
            for text in ("a" + ch, "中文" + ch + "中", "\U00020000" + ch):
                assert _has_cjk_compat(text) == want, (hex(cp), text)
    assert not _has_cjk_compat("")
    assert not _has_cjk_compat("\ud800")


def test_without_title_is_the_per_line_test_on_random_lines() -> None:
    """Titles whose squash starts or ends (or both) with an ideograph, lines with and without characters whose NFKC
    adds one."""
    import random

    rng = random.Random(19)
    alphabet = ["国", "务", "院", "工", "作", "会", "⼀", "⼯", "㊀", "一", "Ａ", "a", "x", "1", "，", " ", "（", "）"]
    titles = ["国务院工作", "1国务院工作", "国务院工作x", "a国务", "务院Ａ", "一工", "⼯作1", "（一）工作", "Ⅻ国", "1a"]
    for _ in range(300):
        lines = ["".join(rng.choices(alphabet, k=rng.randint(0, 12))) for _ in range(rng.randint(0, 12))]
        if rng.random() < 0.3:
            lines.append(rng.choice(titles))
        for title in titles:
            assert _without_title(lines, title) == _slow(lines, title), (lines, title)


def test_other_space_is_every_white_space_but_space_and_line_break() -> None:
    from cleaner.document import _OTHER_SPACE

    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()} - {" ", "\n"}
    assert {chr(c) for c in range(0x110000) if _OTHER_SPACE.match(chr(c))} == spaces
    assert not any(ch.isprintable() for ch in spaces)  # (fold_spaces searches a text that is not printable only)


def test_fold_spaces_is_split_join() -> None:
    import random

    from cleaner.document import fold_spaces

    rng = random.Random(5)
    alphabet = ["a", "中", " ", "\n", "\t", "\u3000", "\x1c", "\r", "\xa0", "b", "\u2028"]
    texts = ["", " ", "\n", "a", "a b\nc", " a", "a ", "a\n", "\na", "a  b", "a\n\nb", "a \nb", "a\n b"]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 12))) for _ in range(5000)]
    for t in texts:
        assert fold_spaces(t) == " ".join(t.split()), repr(t)


def test_squashes_to_is_the_squash_on_ascii_lines() -> None:
    import random

    from cleaner.text.textclean import _NOT_WORD

    rng = random.Random(7)
    alphabet = ["a", "B", "c", "1", " ", ".", "-", "_", "'", '"', "(", ")", ":", "!", "Z", "9", "\t"]
    lines = ["", " ", "...", "A b", "ab.", ".ab", "Ab c!", "a_b", "_a_", "aB1"]
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    titles = ["ab", "abc", "a", "", "b1", "abz9", "ÀB", "中文", *(_NOT_WORD.sub("", s.lower()) for s in lines[:300])]
    for squashed in titles:
        for line in lines:
            assert _squashes_to(line, squashed) == (_NOT_WORD.sub("", line.lower()) == squashed), (line, squashed)


def test_ideograph_is_a_word_character_nfkc_and_lower_case_keep() -> None:
    from cleaner.text.textclean import _IDEOGRAPH, _NOT_WORD

    for cp in range(0x110000):
        ch = chr(cp)
        if 0xD800 <= cp < 0xE000 or not _IDEOGRAPH.match(ch):
            continue
        assert _ideograph(ch), hex(cp)
        assert unicodedata.normalize("NFKC", ch).lower() == ch, hex(cp)
        assert _NOT_WORD.sub("", ch) == ch, hex(cp)


def test_squashes_to_is_the_squash_on_lines_with_ideographs() -> None:
    import random

    rng = random.Random(11)
    alphabet = ["a", "B", "1", " ", ".", "中", "文", "⼀", "ｘ", "Ａ", "Ⅻ", "\u0301", "，", "_", "ﬁ", "㈠"]
    lines = ["中文", "中 文", "ab中", "ＡＢ", "ⅫB", "a\u0301", "⼀文", "fi", "ﬁ"]
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    titles = ["ab", "a", "", "xii", "中文", "一文", "fi", "á", "ａ", *(_squash(s) for s in lines[:300])]
    for squashed in titles:
        for line in lines:
            assert _squashes_to(line, squashed) == (_squash(line) == squashed), (line, squashed)


def test_squashes_to_with_the_ideographs_at_the_ends_of_the_title() -> None:
    """A line without the squashed title's first or last ideograph is ruled out before NFKC unless it holds a
    character whose NFKC adds one (:data:`_CJK_COMPAT`): the answer is the squash's either way."""
    import random

    rng = random.Random(3)
    alphabet = ["国", "务", "院", "工", "作", "⼀", "⼯", "豈", "更", "㊀", "一", "Ａ", "a", "，", " ", "（", "）", "1"]
    alphabet.append("①")
    titles = ["国务院工作", "一工", "更国", "工作a", "a国", "豈", "一", "国", "工（作）", "①国"]
    lines = ["".join(rng.choices(alphabet, k=rng.randint(0, 8))) for _ in range(4000)]
    lines += ["⼀国务院工作", "国务院⼯作", "豈國", "㊀工", "(一)工"]
    for title in titles:
        squashed = _squash(title)
        for line in lines:
            assert _squashes_to(line, squashed) == (_squash(line) == squashed), (line, title)


def test_page_ids_are_content_ids() -> None:
    """clean_dump gives each page the id ``content_id`` gives its text (``_plain_id`` leaves out the test of white
    space that its body text never needs): texts with every kind of white space, invisible characters, glued
    portal titles, strip and meta boilerplate, Traditional characters and aggregator markers."""
    import random
    from pathlib import Path

    from cleaner.document import Document, content_id
    from cleaner.text.textclean import _plain_id, clean_dump

    rng = random.Random(7)
    pieces = ["新闻", "正文内容在这里，", "。", " ", "  ", "\t", "\u3000", "\xa0", "\u200b", "\x1c", "\r\n", "\n"]
    pieces += ["\n\n"]
    pieces += ["責任編輯：王某", "来源：新华社 ", " | ", "_网易新闻", "分享至朋友圈", "a  b", " x ", "\u2028", "\x85"]
    pieces += ["國務院發佈新規", "The quick brown fox jumps. ", "《标题》 精选1", "作者|某人", "\ufeff", "\ue000"]
    texts = ["".join(rng.choices(pieces, k=rng.randint(5, 80))) for _ in range(400)]
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    texts += [p.read_bytes().decode("utf-8", "replace") for p in sorted(fixtures.rglob("*.txt"))[:40]]
    seen = 0
    for text in texts:
        for one_page in (False, True):
            for item in clean_dump(text, one_page=one_page):
                if isinstance(item, Document):
                    assert item.id == content_id(item.text), repr(item.text)
                    seen += 1
    assert seen > 100
    for text in ["a b\nc", "中文\n一 二", "x"]:
        assert _plain_id(text) == content_id(text)
