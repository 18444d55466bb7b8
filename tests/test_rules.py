"""Rules are data: users add, replace and disable them; a broken rules file fails fast, naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import RulesError, clean_text, load_rules
from cleaner.cli import app

TEXT = (
    "某网站的一篇新闻报道,讲述了今天发生的一件重要事情,值得大家关注。\n"
    "本站独家口号:天天好新闻\n"
    "第二段正文,继续说明事情的来龙去脉和各方的反应。"
)


def test_packaged_rules_load_with_names_and_triggers() -> None:
    rules = load_rules()
    names = rules.names()
    assert "drop_line.wechat-scan" in names and "cut_tail.zhidao-recommend" in names
    assert all(r.origin.startswith("cleaner/rules/") for r in rules.rules)


def test_user_rule_adds_and_disables(tmp_path: Path) -> None:
    f = tmp_path / "mine.toml"
    f.write_text("disable = ['wechat-scan']\n[drop_line]\nslogan = '^本站独家口号'\n", encoding="utf-8")
    rules = load_rules([f])
    (doc,) = clean_text(TEXT, rules=rules)
    assert "天天好新闻" not in doc.text and "第二段正文" in doc.text
    assert "drop_line.wechat-scan" not in rules.names()
    (plain,) = clean_text(TEXT)
    assert "天天好新闻" in plain.text


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("[drop_line]\nok = 'a'\nbad = '(unclosed'\n", 3, "bad regular expression"),
        ("[drop_line]\nok = 'a'\n\n[nonsense]\nx = 'y'\n", 4, "unknown rule kind"),
        ("[drop_line]\nx = 'a'\ny = \n", 3, "not valid TOML"),
        ("[strip]\nn = 3\n", 2, "must be a regex string"),
        ("disable = [\n  'like-share',\n  'wechat-scann',\n]\n", 3, "no rule named 'wechat-scann'"),
        ("[meta]\nok = '^作者:(?P<author>.+)$'\nreporter = '^通讯员\\s*[:：]\\s*\\S+$'\n", 3, "needs a named group"),
        ("[drop_line]\nok = 'a'\neverything = '.*'\n", 3, "matches every line"),
        ("[strip]\nnothing = '(?:广告)?'\n", 2, "matches every line"),
        ("[cut_tail]\nany = '^'\n", 2, "matches every line"),
    ],
)
def test_broken_rules_file_names_file_and_line(tmp_path: Path, content: str, line: int, words: str) -> None:
    f = tmp_path / "broken.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_rules([f])
    assert err.value.path == str(f) and err.value.line == line
    assert f"{f}:{line}" in str(err.value) and words in str(err.value)


def test_cli_fails_fast_on_unreadable_rules(tmp_path: Path) -> None:
    f = tmp_path / "r.toml"
    f.write_text("[drop_line]\nbad = '[z-a]'\n", encoding="utf-8")
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--rules", str(f)])
    assert result.exit_code == 2
    assert f"{f}:2" in result.output
    assert not (tmp_path / "o").exists()
    missing = CliRunner().invoke(
        app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--rules", "nope.toml"]
    )
    assert missing.exit_code == 2 and "nope.toml" in missing.output


def test_rules_pickle_once_per_process() -> None:
    """Every task of a map ships the rules; a worker rebuilds them once and keeps that copy."""
    import pickle

    from cleaner.rules import default_rules

    rules = default_rules()
    blob = pickle.dumps(rules)
    first, second = pickle.loads(blob), pickle.loads(pickle.dumps(rules))
    assert first == rules and first is second
    assert first.of("strip") == rules.of("strip")


def test_rules_compile_on_first_use_with_the_same_answers() -> None:
    """A run's driver loads the rules to hand them to its workers and never asks them a line: their matchers
    (≈ 2 CPU-s for the packaged ones) compile on first use, and answer as the rules compiled up front do."""
    from cleaner.rules import KINDS

    lazy, eager = load_rules(), load_rules().compile()
    from cleaner.rules import _GluedFilter, _Pending

    assert not lazy._matchers and not lazy._suffix and all(isinstance(f, _Pending) for f in lazy._glued)
    assert set(eager._matchers) == set(KINDS) and len(eager._suffix) == 1
    assert len(eager._glued) == 2 and all(isinstance(f, _GluedFilter) for f in eager._glued)
    lines = ["责任编辑：张三", "用微信扫码二维码", "分享到：微博 微信", "据新华社北京5月3日电"]
    lines += ["今天天气很好。", "", "Read more"]
    for line in lines:
        assert lazy.untouched(line) == eager.untouched(line)
        assert lazy.maybe_glued(line) == eager.maybe_glued(line)
        for kind in KINDS:
            got, want = lazy.matcher(kind).first(line), eager.matcher(kind).first(line)
            assert (got and (got[0].name, got[1])) == (want and (want[0].name, want[1]))
    assert lazy.scan(lines) == eager.scan(lines)
    assert lazy.site_suffix is not None and lazy.site_suffix.pattern == eager.site_suffix.pattern  # type: ignore[union-attr]


def test_cut_list_removes_a_headline_box_and_the_article_goes_on() -> None:
    """A "推荐阅读" box inside an article (news.hexun.com, in the extraction set's gold) is a list of headlines:
    it goes, and the article resumes at the next paragraph. At the end of a page it takes the rest."""
    from cleaner.text.textclean import clean_lines

    before = "国家食品药品监督管理局与安徽省人民政府在合肥举行签字仪式。双方代表出席了仪式并讲话。"
    after = "此次开展的省部合作共建将以新型城镇化建设为载体，发挥先行先试政策优势。监管体制将更加高效。"
    box = ["推荐阅读", "今年房企资金缺口或超万亿 卖项目将成常态", "鲁政委：今年CPI将探底"]
    box.append("朱大鸣：双独夫妻过年该去谁家？")
    got = clean_lines([before, *box, after])
    assert got.lines == [before, after]
    assert got.removed == {"cut_list.related-reading": 4}
    at_end = clean_lines([before, *box])
    assert at_end.lines == [before]
    assert at_end.removed == {"cut_list.related-reading": 4}
    # a heading of the hard kind still takes everything after it, prose included
    assert clean_lines([before, "为您推荐:", after]).lines == [before]


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("2017年3月18日 来源：新华网", {"published": "2017年3月18日", "origin": "新华网"}),
        ("2017-03-18 10:22 来源: 人民网", {"published": "2017-03-18 10:22", "origin": "人民网"}),
        ("责任编辑：张迪 SN240", {"editor": "张迪"}),
        ("责任编辑：王晓易_NE0011", {"editor": "王晓易"}),
    ],
)
def test_dateline_and_editor_codes_go_to_metadata(line: str, meta: dict[str, str]) -> None:
    """A portal's dateline ("date 来源：site") and an editor's staff code are metadata, not article text; left
    in, the dateline made the repost that carried it the longest copy, so the story's canonical began with it."""
    from cleaner.text.textclean import clean_lines

    body = "正文第一段，讲了一件事。第二句话。"
    got = clean_lines([line, body] if "来源" in line else [body, line])
    assert got.lines == [body]
    assert got.meta == meta
    # prose that merely starts with a date stays
    prose = "2017年3月18日 来源：新华网 记者报道称，今天的会议很重要。"
    assert clean_lines([prose]).lines == [prose]


def test_disable_names_a_rule_of_an_earlier_file_or_by_kind(tmp_path: Path) -> None:
    first = tmp_path / "a.toml"
    first.write_text("[drop_line]\nmine = '^口号'\n", encoding="utf-8")
    second = tmp_path / "b.toml"
    second.write_text("disable = ['mine', 'drop_line.wechat-scan']\n", encoding="utf-8")
    rules = load_rules([first, second])
    assert "drop_line.mine" not in rules.names() and "drop_line.wechat-scan" not in rules.names()
    with pytest.raises(RulesError) as err:
        load_rules([second, first])  # 'mine' is not known yet when b.toml is read
    assert err.value.path == str(second) and err.value.line == 1 and "'mine'" in str(err.value)


def test_typo_in_disable_suggests_the_name(tmp_path: Path) -> None:
    f = tmp_path / "t.toml"
    f.write_text("disable = ['wechat-scann']\n", encoding="utf-8")
    with pytest.raises(RulesError, match="did you mean wechat-scan"):
        load_rules([f])
    res = CliRunner().invoke(app, ["clean", str(f), "--rules", str(f)])
    assert res.exit_code == 2 and f"{f}:1" in res.output


_P = "这是一段足够长的新闻正文，记者在现场采访了多位市民。他们对这件事情发表了各自不同的看法和意见。"
LETTERS = "\n".join([_P, "第二段" + _P, "读者来信(3)", "第三段" + _P, "第四段" + _P, "第五段" + _P])


@pytest.mark.parametrize(("heads", "cut"), [(None, False), ("comments", True), ("prose", False)])
def test_a_rule_says_what_its_line_heads(tmp_path: Path, heads: str | None, cut: bool) -> None:
    """Between paragraphs a tail rule's line is a subheading (only it goes) unless the rule heads comments and the
    line holds a count: then the comments below go too (``heads``, a rule's table value)."""
    f = tmp_path / "mine.toml"
    value = "'^读者来信'" if heads is None else f"{{ pattern = '^读者来信', heads = '{heads}' }}"
    f.write_text(f"[cut_tail]\nletters = {value}\n", encoding="utf-8")
    rules = load_rules([f])
    assert rules.heads("cut_tail.letters") == (heads or "")
    (doc,) = clean_text(LETTERS, rules=rules)
    assert "读者来信" not in doc.text and "第二段" in doc.text
    assert ("第五段" not in doc.text) == cut


def test_a_rule_that_replaces_a_packaged_one_keeps_what_it_heads(tmp_path: Path) -> None:
    assert load_rules().heads("cut_tail.comments") == "comments"
    f = tmp_path / "mine.toml"
    f.write_text("[cut_tail]\ncomments = '^网友评论$'\nen-comments = { pattern = '^Comments$', heads = 'prose' }\n")
    rules = load_rules([f])
    assert rules.heads("cut_tail.comments") == "comments" and rules.heads("cut_tail.en-comments") == "prose"
    assert rules.heads("cut_tail.zhidao-recommend") == ""


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("{ pattern = '^x$', heads = 'footer' }", "a cut_tail or cut_list rule may head one of"),
        ("{ pattern = '^x$', head = 'prose' }", "unknown key(s) head"),
        ("{ heads = 'prose' }", "must be a regex string or"),
    ],
)
def test_a_rule_table_is_checked(tmp_path: Path, value: str, words: str) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(f"[cut_tail]\nx = {value}\n", encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_rules([f])
    assert err.value.line == 2 and words in str(err.value)


def test_only_tail_and_list_rules_head_a_section(tmp_path: Path) -> None:
    f = tmp_path / "bad.toml"
    f.write_text("[drop_line]\nx = { pattern = '^x$', heads = 'prose' }\n", encoding="utf-8")
    with pytest.raises(RulesError, match="may head one of"):
        load_rules([f])
