"""Regexes from user rules files run with a time bound (issue 15): a catastrophic pattern neither hangs the run nor
is retried on every line; it is reported. Each CLI run is a subprocess under a hard time-out."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.rules import load_rules
from cleaner.rules.timed import TimedRegex, reset, take_timeouts

ARTICLE = [
    "新华社北京电 国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二。",
    "专家表示经济运行总体平稳，结构持续优化，高质量发展扎实推进，四季度消费和投资有望继续回升。",
    "a" * 34 + "b",  # 35 characters: exponential backtracking for ^(a+)+$ on `re`
    "分析人士指出，随着一系列政策措施落地见效，市场预期持续改善，企业生产经营状况总体向好。",
]


def _run(tmp_path: Path, rule: str, files: int = 1) -> tuple[subprocess.CompletedProcess[str], dict[str, object]]:
    rules = tmp_path / "slow.toml"
    rules.write_text(f"[drop_line]\nslow = '{rule}'\n", encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for k in range(files):
        (src / f"d{k}.txt").write_text("\n".join([*ARTICLE, *ARTICLE[2:3] * 20]) + f"\n第{k}篇\n", encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "cleaner.cli", "run", str(src), "--out", str(out), "--rules", str(rules), "-j", "1"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)  # was > 120 s for one line
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return proc, report


def test_nested_quantifier_on_a_35_character_line_does_not_hang(tmp_path: Path) -> None:
    proc, report = _run(tmp_path, "^(a+)+$")
    assert proc.returncode == 0, proc.stderr
    assert report["documents"] == 1 and "rule_timeouts" not in report


def test_a_rule_that_times_out_is_reported_and_skipped_for_the_rest_of_the_file(tmp_path: Path) -> None:
    proc, report = _run(tmp_path, "^(a|aa)+$", files=2)  # exponential on the regex module too
    assert proc.returncode == 0, proc.stderr
    assert report["rule_timeouts"] == {"drop_line.slow": 2}  # once per file, not once per line (21 lines each)
    assert report["documents"] == 2
    assert "warning: rule drop_line.slow timed out" in proc.stderr
    stories = (tmp_path / "out" / "stories.jsonl").read_text(encoding="utf-8")
    assert "国家统计局" in stories


def test_timed_regex_counts_and_resets() -> None:
    rx = TimedRegex("^(a|aa)+$", "drop_line.t", timeout=0.05)
    reset()
    take_timeouts()
    line = "a" * 40 + "!"
    assert rx.search(line) is None and rx.subn("", line) == (line, 0) and list(rx.finditer(line)) == []
    assert take_timeouts() == {"drop_line.t": 1}  # the later calls were skipped, not timed out again
    reset()
    assert rx.match("aaaa") is not None
    again = pickle.loads(pickle.dumps(rx))
    assert again.pattern == rx.pattern and again.timeout == 0.05 and again.groups == 1


@pytest.mark.parametrize("rule", ["^(a+)+$", "(x+x+)+y"])
def test_user_rules_are_timed_and_packaged_ones_are_not(tmp_path: Path, rule: str) -> None:
    f = tmp_path / "r.toml"
    f.write_text(f"[drop_line]\nmine = '{rule}'\n", encoding="utf-8")
    rules = load_rules([f])
    mine = next(r for r in rules.rules if r.name == "mine")
    assert mine.timed and not any(r.timed for r in rules.rules if r is not mine)
