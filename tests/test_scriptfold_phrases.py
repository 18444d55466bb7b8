"""scriptfold's phrase fold: Taiwan / Hong Kong words (登入, 列印, 檢舉, 點選) meet rules and cue words written with the
mainland ones (登录, 打印, 举报, 点击), and the text comes back as the page wrote it (``rules/phrases.txt``)."""

from __future__ import annotations

import re
from pathlib import Path

from cleaner.extraction import extract_html
from cleaner.text.scriptfold import _phrases, _table, fold_page

ROOT = Path(__file__).resolve().parents[1]
PARAS = [
    f"第{i}段：臺灣的記者報導，使用者登入網站之後可以列印這篇文章，各界代表討論了經濟發展與環境問題。" for i in range(6)
]


def _page(chrome: str, body: list[str] = PARAS) -> str:
    """An article page with ``chrome`` between its paragraphs (inside the block extraction keeps: only the rules can
    take it out)."""
    paras = [f"<p>{p}</p>" for p in body]
    return (
        "<html><head><title>會議報導</title></head><body><article><h1>會議報導</h1>"
        + "".join(paras[:3])
        + chrome
        + "".join(paras[3:])
        + "</article></body></html>"
    )


def test_taiwan_chrome_words_meet_the_mainland_rules_and_the_text_is_the_pages_own() -> None:
    """``report`` (^举报$), ``wechat-chrome``-like lines and the print control are written with mainland words: the
    same page in Taiwan wording drops the same lines, and its prose keeps 登入 / 列印 (folded only for the rules)."""
    mainland = _page("<p>举报</p><p>【打印】</p><p>点击加载更多</p>")
    taiwan = _page("<p>檢舉</p><p>【列印】</p><p>點選載入更多</p>")
    simplified, traditional = extract_html(mainland), extract_html(taiwan)
    assert traditional.removed == simplified.removed and len(traditional.removed) >= 3
    assert traditional.text == "\n".join(PARAS) == simplified.text
    fold = fold_page(taiwan)
    assert fold is not None and "举报" in fold.folded and "登录" in fold.folded and "检举" not in fold.folded
    assert len(fold.folded) == len(taiwan)


def test_a_word_whose_mainland_form_is_on_the_page_is_left_as_it_is() -> None:
    """Folding 登入 into 登录 could not be undone on a page that also writes 登录: the word stays; so does the text."""
    body = [*PARAS, "另一段引用簡體的說明：用户登录以后再点击这里。"]
    page = _page("<p>檢舉</p>", body)
    fold = fold_page(page)
    assert fold is not None and "登入" in fold.folded and "举报" in fold.folded
    assert extract_html(page).text == "\n".join(body)


def test_two_regional_words_of_one_mainland_word_fold_the_more_frequent_only() -> None:
    """點選 and 點閱 both mean 点击: on one page only the more frequent is folded, so the unfold is one-to-one."""
    body = [p + "請點選這裡。" for p in PARAS] + ["本文點閱次數很多，歡迎閱讀這篇關於經濟的文章內容。"]
    page = _page("", body)
    fold = fold_page(page)
    assert fold is not None and "点击" in fold.folded and "点阅" in fold.folded and "点选" not in fold.folded
    assert fold.unfold(fold.folded) == page
    assert extract_html(page).text == "\n".join(body)


def test_every_phrase_has_the_length_of_its_mainland_word_and_hides_no_rule_word() -> None:
    """The table keeps positions (same lengths), and no regional word of it is looked for by a rule or cue word on a
    line without its mainland word (folding it would hide that word: 核心 → 内核 and the cue 核心提示); after a
    change of rules, ``python bench/make_phrases.py`` writes the table again."""
    chars = {ord(t): s for t, s in _table().items()}
    sources = [*(ROOT / "cleaner" / "rules").glob("*.toml"), *(ROOT / "cleaner" / "extraction").glob("*.py")]
    sources += [p for p in (ROOT / "cleaner" / "text").glob("*.py") if p.name != "scriptfold.py"]
    lines = [line.translate(chars) for p in sources for line in p.read_text(encoding="utf-8").splitlines()]
    phrases = _phrases()
    assert len(phrases) >= 30 and phrases["登入"] == "登录" and phrases["检举"] == "举报"
    for regional, mainland in phrases.items():
        assert len(regional) == len(mainland) and regional != mainland
        hiding = [line for line in lines if regional in line and mainland not in line]
        assert not hiding, f"{regional} → {mainland} would hide {hiding[0].strip()[:80]!r}"
    assert all(re.fullmatch(r"[^\t]+\t[^\t]+", line) for line in _table_lines())


def _table_lines() -> list[str]:
    text = (ROOT / "cleaner" / "rules" / "phrases.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def test_a_users_rules_file_adds_words_to_the_fold(tmp_path: Path) -> None:
    """``[phrases]`` in a user's rules file: 網誌 (a Taiwan word for a blog) meets a user rule written with 博客, on a
    page that goes to a worker too (the rules are pickled with their words); a pair of two lengths is refused."""
    import pickle

    import pytest

    from cleaner.errors import RulesError
    from cleaner.rules import load_rules

    mine = tmp_path / "mine.toml"
    mine.write_text('[phrases]\n"網誌" = "博客"\n\n[drop_line]\nblog-nav = \'^返回博客首页$\'\n', encoding="utf-8")
    rules = load_rules(mine)
    assert rules.phrases == (("網誌", "博客"),)
    page = _page("<p>返回網誌首頁</p>")
    for r in (rules, pickle.loads(pickle.dumps(rules))):
        doc = extract_html(page, rules=r)
        assert doc.removed.get("drop_line.blog-nav") == 1 and doc.text == "\n".join(PARAS)
    assert "drop_line.blog-nav" not in extract_html(page, rules=load_rules()).removed  # (not a packaged word)
    bad = tmp_path / "bad.toml"
    bad.write_text('[phrases]\n"部落格" = "博客"\n', encoding="utf-8")
    with pytest.raises(RulesError, match="as many characters"):
        load_rules(bad)


def test_the_phrase_fold_is_undone_exactly_on_pages_made_of_its_own_words() -> None:
    """Random pages of regional words, mainland words (in both scripts), their characters, tags and spaces, glued in
    every order (words across the edges of others, mainland words already on the page): the unfold gives each page
    back exactly, whatever was folded."""
    import random

    chars = {s: t for t, s in _table().items()}
    phrases = _phrases()
    pool: list[str] = []
    for regional, mainland in list(phrases.items())[:40]:
        pool += [regional, mainland, "".join(chars.get(c, c) for c in regional)]
        pool += [mainland[:1], mainland[-1:], "".join(chars.get(c, c) for c in mainland)]
    pool += ["<b>", "</b>", " ", "\n", "經濟發展與環境問題", "這是"]
    rnd = random.Random(32)
    folded_some = 0
    for _ in range(300):
        body = "".join(rnd.choice(pool) for _ in range(rnd.randint(5, 60)))
        page = f"<html><body><p>{'臺灣的記者報導經濟發展' * 3}</p><p>{body}</p></body></html>"
        fold = fold_page(page)
        assert fold is not None and len(fold.folded) == len(page)
        assert fold.unfold(fold.folded) == page
        folded_some += fold._words is not None
    assert folded_some > 100
