"""No packaged regular expression backtracks exponentially on a line an adversary writes (helper hostile31).

Python's ``re`` backtracks, and a pattern that can read one line in many ways (a repeat inside a repeat, two runs of
spaces that can share out the same spaces) takes time exponential in the line when the line fails at its end. The
packaged rules and the extraction's patterns run without a time limit in ``clean_text`` and ``extract_html`` (only a
CLI run's ``--time-limit`` stops a page), so such a pattern hangs the library on a line of 20–40 words. Found: the
rule ``like-share`` (30 "点赞 " held ``clean_dump`` for minutes), ``thread._BAR_TAIL`` (14 "点赞 " after a post head:
39 s) and ``content._DATE_ONLY`` (12 "Sept.": 27 s). A regex in C code does not see signals, so every check runs in
a child process under a timeout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

ZH = "国家统计局今天发布数据显示，前三季度国内生产总值同比增长百分之五点二，经济运行总体回升向好。"

_PROBE = textwrap.dedent(
    r"""
    import importlib, json, pkgutil, re, sys, time
    import re._constants as c
    import re._parser as p
    import cleaner
    from cleaner.rules import default_rules

    pats = {}
    for m in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        try:
            mod = importlib.import_module(m.name)
        except ImportError:  # an optional extra (ray, pyarrow) that is not installed
            continue
        for k, v in vars(mod).items():
            if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
                pats[f"{m.name}.{k}"] = v
    for r in default_rules().rules:
        pats[f"rule.{r.kind}.{r.name}"] = re.compile(r.pattern)

    REP = (c.MAX_REPEAT, c.MIN_REPEAT)

    def repeats(items):
        for op, av in items:
            if op in REP and (av[1] == c.MAXREPEAT or repeats(av[2])):
                return True
            if op is c.SUBPATTERN and repeats(av[-1]) or op is c.BRANCH and any(repeats(b) for b in av[1]):
                return True
        return False

    def nested(items):
        # an unbounded repeat that holds another repeat: the shape that can read a line in exponentially many ways
        for op, av in items:
            if op in REP and (av[1] == c.MAXREPEAT and repeats(av[2]) or nested(av[2])):
                return True
            if op is c.SUBPATTERN and nested(av[-1]) or op is c.BRANCH and any(nested(b) for b in av[1]):
                return True
            if op in (c.ASSERT, c.ASSERT_NOT) and nested(av[1]):
                return True
        return False

    def words(items, out, cur=""):
        for op, av in items:
            if op is c.LITERAL:
                cur += chr(av)
                continue
            if cur:
                out.add(cur)
            cur = ""
            if op is c.SUBPATTERN:
                words(av[-1], out)
            elif op is c.BRANCH:
                for b in av[1]:
                    words(b, out)
            elif op in REP:
                words(av[2], out)
        if cur:
            out.add(cur)

    K = int(sys.argv[1])
    slow = {}
    checked = []
    for name, rx in sorted(pats.items()):
        tree = list(p.parse(rx.pattern, rx.flags))
        if not nested(tree):
            continue
        checked.append(name)
        found = set()
        words(tree, found)
        for w in sorted(found, key=len)[:60] + ["1", "a", "的", ".", "-"]:
            for sep in ("", " ", "|", " | ", "\xa0", ",", "、", "\n", "."):
                for end in ("。x", "\x00"):
                    line = (w + sep) * K + end
                    t = time.perf_counter()
                    rx.search(line)
                    rx.fullmatch(line)
                    took = time.perf_counter() - t
                    if took > slow.get(name, (0.0,))[0]:
                        slow[name] = (took, line[:40])
        print(name, round(slow.get(name, (0.0,))[0], 4), file=sys.stderr, flush=True)
    print(json.dumps({"checked": checked, "slow": {k: v for k, v in slow.items() if v[0] > 0.2}}))
    """
)


def _child(code: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def test_no_packaged_pattern_with_a_repeat_in_a_repeat_backtracks_on_a_line_of_repeated_words() -> None:
    """Every module-level pattern of the package and every packaged rule whose shape could backtrack (an unbounded
    repeat holding a repeat) meets lines of 24 of its own words with each separator, failing at the end: each
    answers within 0.2 s (before the fix three took minutes to hours). A pattern added later is checked too."""
    try:
        done = _child(_PROBE, "24", timeout=90)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"a pattern backtracks: the probe did not finish; last checked:\n{exc.stderr!r}") from None
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert {"cleaner.extraction.thread._BAR_TAIL", "cleaner.extraction.content._DATE_ONLY"} <= set(result["checked"])
    assert "rule.drop_line.like-share" in result["checked"]
    assert result["slow"] == {}


_PAGES = textwrap.dedent(
    f"""
    import cleaner, json
    zh = {ZH!r}
    dump = zh + "\\n" + "点赞 " * 40 + "好\\n" + zh + "\\n" + "点赞 | " * 40 + "评论\\n" + zh
    art = "<h1>标题标题标题</h1>" + "".join(f"<p>{{zh}}{{i}}</p>" for i in range(6))
    posts = "".join(
        f'<div class="reply"><p>user{{i}} 2024-05-11 03:5{{i}} 3楼 说得好{{zh}}' + "点赞 " * 40 + "。x</p></div>"
        for i in range(5)
    )
    heads = "".join(f'<h2><a href="/a{{i}}">' + "Sept." * 40 + f"{{i}}x</a></h2><p>{{zh}}</p>" for i in range(6))
    print(json.dumps({{
        "dump": [d.text for d in cleaner.clean_text(dump, source="x.txt")],
        "thread": cleaner.extract_html(f"<html><body><div class='thread'>{{art}}{{posts}}</div></body></html>").text,
        "heads": cleaner.extract_html(f"<html><body><div>{{heads}}</div></body></html>").text,
    }}))
    """
)


def test_lines_of_repeated_action_and_month_words_are_read_at_once() -> None:
    """A text dump with a line of 40 "点赞 " ending in a word and a bar of 40 "点赞 |"; five forum replies, each "name
    date floor text" on one line run into 40 "点赞 " and a stray "。x" (no bar: it does not end the line); six linked
    headings of 40 "Sept." and a word (no date). Each took from minutes to days; now the three answer at once."""
    try:
        done = _child(_PAGES, timeout=60)
    except subprocess.TimeoutExpired:
        raise AssertionError("hung on a line of repeated words") from None
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout)
    (text,) = out["dump"]
    assert text.count(ZH) == 3
    assert "点赞 点赞 点赞 好" in text  # (not a bar: it ends in a word)
    assert "点赞 | 点赞" not in text  # the bar of like words alone is dropped, as before
    assert f"{ZH}0" in out["thread"] and f"{ZH}5" in out["thread"]
    assert out["heads"].count(ZH) == 6


def test_the_rewritten_patterns_read_what_they_read_before() -> None:
    """The unambiguous forms match what the old ones matched on lines they answered in time (the old forms inline)."""
    import random
    import re

    from cleaner.extraction import content, thread
    from cleaner.rules import default_rules

    old_bar = re.compile(rf"(?:\s*[|·•]?\s*(?:{thread._BAR_WORD_PATTERN})\s*(?:[(（]\s*\d+\s*[)）]|\d+)?)+$", re.I)
    old_date = re.compile(
        r"(?:[\d\s,.:/-]|[ap]\.?m\.?|at|on|ago|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
        r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|年|月|日|时|分)+",
        re.I,
    )
    words = "(?:点赞|收藏|分享|赞|评论|转发|打赏)"
    old_like = re.compile(rf"^{words}(?:\s*[|｜/]?\s*{words})*(?:\s*[|｜])?$")  # twportal31 took a trailing bar
    (like,) = (r.regex for r in default_rules().rules if r.name == "like-share")
    rnd = random.Random(31)
    bar = [*thread.BAR_WORDS, " ", "  ", "|", "·", "12", "(3)", "（ 4 ）", "x", "。", "\n", "Like", "s", "好"]
    date = ["Sept.", "sep", "monday", "at", "on", "ago", "a.m.", "pm", "3", "2023", "年", "月", "March", "tue", "x"]
    like_toks = ["点赞", "收藏", "分享", "赞", "评论", "转发", "打赏", " ", "  ", "|", "｜", "/", "x", "点"]
    for _ in range(4000):
        k = rnd.randint(1, 7)
        line = "".join(rnd.choice(bar) for _ in range(k))
        a, b = old_bar.search(line), thread._BAR_TAIL.search(line)
        assert (a and a.start()) == (b and b.start()), line
        line = "".join(rnd.choice(date) + rnd.choice([" ", ", ", " - ", ":", "/"]) for _ in range(k))
        assert bool(old_date.fullmatch(line)) == bool(content._DATE_ONLY.fullmatch(line)), line
        line = "".join(rnd.choice(like_toks) for _ in range(k))
        assert bool(old_like.search(line)) == bool(like.search(line)), line
