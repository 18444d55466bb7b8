"""A text dump mixing Simplified and Traditional pages comes out in each page's own characters (helper hostile34).

A dump was folded to Simplified whole and unfolded where each string was first found in the whole folded dump: a
character of two origins in the dump (发 of a mainland page, 發 of a Hong Kong repost) took the form of the first
page holding its line, so of a story posted in both scripts one copy came out in the other's (title, text, site and
editor); and a dump whose five probed stretches fell on Simplified pages was not folded at all (the chrome of its
Traditional pages kept). Now a dump holding Traditional characters is cut where its pages start and each page is
folded on its own (``textclean._script_pieces``).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import cleaner
import cleaner.text.dumpparts as dumpparts
from cleaner.document import Document, Reject
from cleaner.pipeline import process_file
from cleaner.text.scriptfold import _table, fold_page
from cleaner.text.textclean import clean_dump, normalize_text
from tests.test_large_dumps import _pages

SENTENCES = (
    "国家统计局今天发布数据显示，前三季度国内生产总值同比增长，经济运行总体回升向好。",
    "新闻发言人表示，三季度经济增长好于预期，消费对经济增长的拉动作用明显增强。",
    "分析人士认为，四季度消费和投资有望继续回升，全年预期目标可以实现。",
    "记者随后来到位于南京的社区卫生服务中心，这里实行基本药物零差率销售，药剂科里总共有八百多种药物。",
    "周围有人给父母出计策来离间我们时，我们的约定是除非面对面说清楚，否则谁也不听。",
    "头发与发展无关，但理发店的价格随着经济发展一路上涨，顾客议论纷纷。",
    "当地政府开会讨论了环境问题与交通问题，专家建议尽快制定长远规划并听取市民意见。",
)
SITES = ("网易新闻", "新浪财经", "凤凰网资讯")


def _to_traditional() -> dict[int, str]:
    """Simplified → a Traditional origin (the first of the table's, in code point order)."""
    back: dict[int, str] = {}
    for t, s in sorted(_table().items()):
        back.setdefault(ord(s), t)
    return back


def _story(rnd: random.Random, i: int) -> tuple[str, list[str]]:
    lines = [rnd.choice(SENTENCES)[:-1] + f"，第{i}号报道之{k}。" + rnd.choice(SENTENCES) for k in range(4)]
    return f"第{i}号报道：" + rnd.choice(SENTENCES)[:14], lines


def _page(title: str, lines: list[str], site: str) -> str:
    return "\n".join(
        [f"{title}_{site}", "2023年10月18日 10:02 来源：新华网", *lines, "责任编辑：王晓明", "为您推荐", ""]
    )


def _mixed_dump(n: int, seed: int = 34) -> list[str]:
    """``n`` stories, each posted twice: in Simplified and, as a Hong Kong repost, in Traditional; and ``n`` more
    pages in one script or the other; shuffled."""
    rnd = random.Random(seed)
    trad = _to_traditional()
    pages = []
    for i in range(2 * n):
        title, lines = _story(rnd, i)
        simplified = _page(title, lines, rnd.choice(SITES))
        if i < n:
            pages += [simplified, simplified.translate(trad)]
        else:
            pages.append(simplified if rnd.random() < 0.5 else simplified.translate(trad))
    rnd.shuffle(pages)
    return pages


def _own_page_check(pages: list[str], items: list[Document | Reject]) -> int:
    """How many documents have a title, line or meta value not in their own page (each page taken once, matched by
    the fold of its title)."""
    fold = {ord(t): s for t, s in _table().items()}
    by_key: dict[str, list[str]] = {}
    for p in pages:
        by_key.setdefault(p.split("_")[0].translate(fold), []).append(normalize_text(p))
    wrong = 0
    for doc in items:
        assert isinstance(doc, Document), doc
        mine = by_key[doc.title.translate(fold)]
        strings = [doc.title, *doc.text.split("\n"), *doc.meta.values()]
        own = next((p for p in mine if all(s in p for s in strings)), None)
        if own is None:
            wrong += 1
        else:
            mine.remove(own)
    return wrong


def test_a_story_posted_in_both_scripts_comes_out_in_each_copys_own() -> None:
    """40 stories in both scripts and 40 in one: every document's title, text and metadata in its own page (the
    whole-dump fold gave 40 of 120 in the other copy's script, and the site and editor of most in the wrong one)."""
    pages = _mixed_dump(40)
    items = clean_dump("".join(pages), source="mixed.txt")
    assert len(items) == len(pages) == 120
    assert _own_page_check(pages, items) == 0
    assert {d.meta["editor"] for d in items if isinstance(d, Document)} == {"王晓明", "王曉明"}
    assert all(d.removed for d in items if isinstance(d, Document))  # (the chrome cut in either script)


def test_the_pipeline_pieces_of_a_mixed_dump_keep_each_pages_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through ``process_file`` in pieces of about 3,000 characters (:mod:`cleaner.text.dumpparts`) and whole: the
    same documents, each in its own page's characters."""
    pages = _mixed_dump(20, seed=7)
    path = tmp_path / "mixed.txt"
    path.write_text("".join(pages), encoding="utf-8")
    whole = process_file(str(path))
    monkeypatch.setattr(dumpparts, "PIECE_CHARS", 3000)
    pieces = process_file(str(path))
    assert [d.to_json() for d in pieces if isinstance(d, Document)] == [
        d.to_json() for d in whole if isinstance(d, Document)
    ]
    assert len(whole) == 60 and _own_page_check(pages, whole) == 0


def test_a_traditional_page_among_simplified_ones_is_folded() -> None:
    """One Traditional page among twenty Simplified ones, where none of the five stretches the page-level probe
    reads falls: the dump was not folded, its title line (``…_網易新聞``) not seen as one and its chrome (責任編輯,
    為您推薦, the WeChat line) kept in the page before; now it is a page of its own, the chrome cut."""
    trad = "\n".join(
        f"據新華社報導，國家統計局今天發佈數據顯示，前三季度國內生產總值同比增長，經濟運行總體回升向好第{k}段。"
        for k in range(5)
    )
    page = f"國家統計局發佈數據_網易新聞\n{trad}\n責任編輯：王曉明\n用微信掃碼二維碼，分享至好友和朋友圈\n為您推薦\n"
    pages = _pages(20, seed=34)
    pages.insert(8, page)
    docs = [d for d in clean_dump("\n".join(pages)) if isinstance(d, Document)]
    assert len(docs) == 21
    (mine,) = [d for d in docs if "統計" in d.text]
    assert mine.title == "國家統計局發佈數據" and mine.text == trad
    assert mine.meta == {"site": "網易新聞", "editor": "王曉明"}


def test_a_less_than_sign_in_a_text_hides_nothing_from_the_unfold() -> None:
    """In a text, ``<`` is a character: taken for a tag's start it hid the rest of the text from the search by
    position, and 髮 on a page that also holds 发 and 發 came back as 發 (頭發)."""
    body = "據新華社報導，國家統計局今天發佈數據顯示，經濟運行總體回升向好，頭髮與發展無關。"
    text = "\n".join(
        ["國家統計局發佈數據_網易新聞", "首頁 > 新聞 > a<b 的說明", "发展 发布 头发 国家 统计 数据"]
        + [body + f"第{i}段。" for i in range(6)]
        + ["他說：  發展  很重要，頭髮也是。", "責任編輯：王曉明"]
    )
    (doc,) = clean_dump(text)
    assert isinstance(doc, Document) and doc.text.endswith("他說： 發展 很重要，頭髮也是。")
    fold = fold_page(text, markup=False)
    assert fold is not None
    squeezed = fold.folded[fold.folded.index("他说") :].replace("  ", " ").split("\n")[0]
    assert fold.unfold(squeezed) == "他說： 發展 很重要，頭髮也是。"


def test_characters_of_both_scripts_at_random_come_back_as_their_lines_had_them() -> None:
    """Pages of characters drawn at random, each Simplified one with a Traditional form written in it at a rate of
    the page's (0 to 1): every line of every document is in its own page as it is there."""
    rnd = random.Random(34)
    pairs = [(s, t) for t, s in _table().items() if "\u4e00" <= t <= "\u9fa5" and "\u4e00" <= s <= "\u9fa5"]
    pages = []
    for i in range(60):
        rate = rnd.choice((0.0, 0.05, 0.5, 0.95, 1.0))
        picks = [rnd.choice(pairs) for _ in range(300)]
        chars = [t if rnd.random() < rate else s for s, t in picks]
        body = "\n".join("".join(chars[k : k + 60]) + "。" for k in range(0, 300, 60))
        pages.append(f"第{i}篇{''.join(chars[:8])}_网易新闻\n{body}\n")
    items = clean_dump("".join(pages))
    assert len(items) == 60
    for doc, page in zip(items, pages, strict=True):
        assert isinstance(doc, Document)
        own = {ln.strip() for ln in page.split("\n")}
        for line in [doc.title, *doc.text.split("\n")]:
            assert line in own or any(line in ln for ln in own), line


def test_a_dump_without_traditional_characters_is_cut_nowhere() -> None:
    """The cut is for dumps holding Traditional characters: a Simplified dump's pages are those of before (one
    piece, the dump's own text)."""
    from cleaner.rules import default_rules
    from cleaner.text.textclean import _script_pieces

    text = "\n".join(_pages(10))
    assert _script_pieces(text, default_rules(), ()) is None
    mixed = "".join(_mixed_dump(3))
    pieces = _script_pieces(mixed, default_rules(), ())
    assert pieces is not None and len(pieces) == 9 and "".join(pieces) == normalize_text(mixed)
    assert cleaner.clean_text(text) and all(d.sources[0].segment == k for k, d in enumerate(cleaner.clean_text(text)))


def test_the_count_before_normalizing_misses_no_dump_to_cut() -> None:
    """``_script_pieces`` counts a dump's Traditional characters before normalizing it (``few_traditional``: most
    dumps hold none, and the normalize of the whole dump was for nothing), with the CJK compatibility ideographs
    counted too: of every code point, only they become one of the table's characters under NFC (one each), and no
    table character is the start of a composition that could take it away or the target of another character."""
    import unicodedata

    from cleaner.text.scriptfold import _COMPAT_IDEOGRAPHS, few_traditional, fold_chars

    table = set(_table())
    compat = {c for lo, hi in _COMPAT_IDEOGRAPHS for c in range(lo, hi + 1)}
    for code in range(0x110000):
        ch = chr(code)
        decomposed = unicodedata.decomposition(ch)
        if not decomposed or decomposed.startswith("<"):
            continue
        parts = [int(x, 16) for x in decomposed.split()]
        assert not (len(parts) > 1 and chr(parts[0]) in table), ch  # (a table character composing with a mark)
        if code not in compat and ch not in table:
            assert not table & set(unicodedata.normalize("NFC", ch)), hex(code)
    assert all(not unicodedata.decomposition(t) for t in table)
    # at the threshold: 19 Traditional characters and one compatibility ideograph that NFC makes a 20th
    trad = sorted(t for t in table if len(t) == 1 and ord(t) < 0x10000)
    made = next(chr(c) for c in sorted(compat) if unicodedata.normalize("NFC", chr(c)) in table)
    text = "统计数据\n" + "".join(trad[:19]) + "\n" + made + "\n"
    assert not few_traditional(text) and fold_chars(normalize_text(text)) is not None
    assert few_traditional("统计数据\n" + "".join(trad[:19]) + "\n") and few_traditional("plain ascii")
    assert few_traditional("\n".join(_pages(10)))
    for k in (0, 1, 5, 19, 20, 40):  # the dump test and the count after normalizing agree
        text = "\n".join(_pages(3)) + "".join(trad[:k]) + "\u200b\n"
        assert few_traditional(text) == (fold_chars(normalize_text(text)) is None), k
