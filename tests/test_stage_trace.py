"""bench/stage_trace.py (per-stage recall of one page, numbers only on check pages) and bench_extract's rows
without conflicting twin golds (helper cwlong35)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import bench_extract
import halves
import stage_trace

import cleaner.extraction.content as content

PROSE = [
    "市交通部门今天发布消息，城区三条公交线路将于下月起延长运营时间，方便夜间出行的市民。",
    "据介绍，调整后的线路末班车发车时间推迟一小时，沿线站点同步增设夜间照明和候车座椅。",
    "交通部门负责人表示，此次调整参考了近三个月的客流数据，后续还将根据乘客意见继续优化。",
]
SECRET = "这一句只在页面里出现不在输出里"


def _page() -> str:
    nav = "".join(f"<li><a href='/{i}'>栏目{i}</a></li>" for i in range(8))
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f"<html><head><title>公交线路延长运营时间</title></head><body><ul class='nav'>{nav}</ul>"
        f"<div class='article'><h1>公交线路延长运营时间</h1>{body}</div>"
        f"<div class='footer'><a href='/about'>{SECRET}</a></div></body></html>"
    )


@pytest.mark.skipif(not (content.__file__ or "").endswith(".py"), reason="the trace wraps pure-Python modules")
def test_numbers_only_trace_scores_stages_and_prints_no_text(tmp_path: Path) -> None:
    html, gold = tmp_path / "p.html", tmp_path / "g.txt"
    html.write_text(_page(), encoding="utf-8")
    gold.write_text("\n".join(PROSE), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONSAFEPATH": "1"}
    cmd = [sys.executable, str(ROOT / "bench" / "stage_trace.py"), "--html", str(html), "--gold", str(gold)]
    out = subprocess.run([*cmd, "--numbers-only"], env=env, capture_output=True, text=True, check=True).stdout
    rows = {ln.split()[0]: ln.split() for ln in out.splitlines() if ln[:1].isalpha() and len(ln.split()) >= 5}
    assert float(rows["page"][3]) == 1.0  # every gold token is on the page
    assert float(rows["final"][3]) == 1.0 and float(rows["final"][4]) == 1.0
    assert "select_root" in rows and "clean_lines" in rows
    assert "title.repeated" in out  # a rule id, with the characters it removed
    assert SECRET not in out and PROSE[0] not in out and "article" not in out
    full = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    assert PROSE[0] in full  # without --numbers-only (a tune or generated page) the text is shown


def test_a_check_page_needs_numbers_only(tmp_path: Path) -> None:
    pid = next(f"p{i}" for i in range(100) if halves.half("someset", f"p{i}") == halves.CHECK)
    with pytest.raises(SystemExit):
        stage_trace.main(["--data", str(tmp_path), "--set", "someset", "--id", pid])


def test_conflicting_twins_are_the_pairs_whose_golds_disagree(tmp_path: Path) -> None:
    a, b = bench_extract.TWIN_SETS
    golds = {
        "same": ("今天天气很好我们去公园散步", "今天天气很好我们去公园散步"),
        "apart": ("今天天气很好我们去公园散步", "股市收盘指数小幅上涨成交放量"),
        "alone": ("只有一份的页面", ""),
    }
    for name, k in ((a, 0), (b, 1)):
        (tmp_path / name / "gold").mkdir(parents=True)
        with (tmp_path / name / "meta.jsonl").open("w", encoding="utf-8") as fh:
            for url, texts in golds.items():
                if texts[k]:
                    fh.write(json.dumps({"id": f"{url}-{k}", "url": f"http://x.cn/{url}"}) + "\n")
                    (tmp_path / name / "gold" / f"{url}-{k}.txt").write_text(texts[k], encoding="utf-8")
    assert bench_extract.conflicting_twins(tmp_path) == {(a, "apart-0"), (b, "apart-1")}
