"""``.json`` files are read as records (helper json37): they were ``unsupported_type`` rejects, every page lost.

Real files in each shape scrapers write: Scrapy's ``-o items.json`` feed, an API page (``{"data": [...]}``,
``{"code": 0, "data": {"list": [...]}}``), one object per page, a manifest (one ``no_text`` reject), a cut array, nested
garbage, a ``.json.gz``, and a 50 MB array read item by item in a child process under an address-space limit.
"""

from __future__ import annotations

import gzip
import json
import resource
import subprocess
import sys
from pathlib import Path

from cleaner.document import Document, Reject
from cleaner.input.base import ReadOptions
from cleaner.input.readers import read_file
from cleaner.pipeline import process

TEXT = (
    "新华社北京电 国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二。"
    "专家表示，经济运行总体平稳，消费和投资保持稳定增长势头。\n"
)


def _rec(i: int) -> dict[str, object]:
    return {"url": f"http://x.cn/a/{i}", "title": f"统计局发布第{i}号数据", "text": TEXT * (3 + i % 4) + f"编号{i}。"}


def _read(path: Path, options: ReadOptions | None = None) -> tuple[list[Document], list[Reject]]:
    items = list(read_file(path, options))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Reject)]


def _scrapy(records: list[dict[str, object]]) -> str:
    """As Scrapy's JsonItemExporter writes a feed: ``[``, one item a line (ASCII escapes), ``]``."""
    return "[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]"


def test_scrapy_feed_and_api_pages_become_stories(tmp_path: Path) -> None:
    (tmp_path / "items.json").write_text(_scrapy([_rec(i) for i in range(4)]), encoding="utf-8")
    page = {"code": 0, "msg": "ok", "data": {"total": 3, "list": [_rec(10 + i) for i in range(3)]}}
    (tmp_path / "api_page.json").write_text(json.dumps(page, ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp_path / "results.json").write_text(json.dumps({"results": [_rec(20), _rec(21)]}), encoding="utf-8")
    one = {**_rec(30), "comments": [{"user": "a", "body": "好"}]}  # (a list of objects in a record: not its records)
    (tmp_path / "page_0001.json").write_text(json.dumps(one, ensure_ascii=False), encoding="utf-8")
    with gzip.open(tmp_path / "feed.json.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps([_rec(40), _rec(41)]))
    result = process([tmp_path])
    assert not result.rejects
    urls = {s.url for story in result.stories for s in story.sources}
    assert urls == {f"http://x.cn/a/{i}" for i in (0, 1, 2, 3, 10, 11, 12, 20, 21, 30, 40, 41)}
    docs, _ = _read(tmp_path / "page_0001.json")
    assert [d.sources[0].extra for d in docs] == [{"comments": [{"user": "a", "body": "好"}]}]


def test_what_holds_no_record_is_one_reject(tmp_path: Path) -> None:
    manifest = {"name": "x", "version": "1.0.0", "dependencies": {f"p{i}": "^1" for i in range(50)}}
    (tmp_path / "package.json").write_text(json.dumps(manifest), encoding="utf-8")
    (tmp_path / "ids.json").write_text(json.dumps([{"id": i, "score": i / 3} for i in range(5000)]), encoding="utf-8")
    (tmp_path / "page.json").write_text("<html><body>not json</body></html>", encoding="utf-8")
    (tmp_path / "blank.json").write_text(" \n", encoding="utf-8")
    for name, reason in (("package.json", "no_text"), ("ids.json", "no_text"), ("page.json", "bad_json"),
                         ("blank.json", "empty_file")):  # fmt: skip
        docs, rejects = _read(tmp_path / name)
        assert not docs and [r.reason for r in rejects] == [reason], (name, rejects)
    assert "5000 records" in _read(tmp_path / "ids.json")[1][0].detail


def test_cut_array_keeps_the_records_before_the_cut_and_garbage_is_rejected_per_item(tmp_path: Path) -> None:
    feed = _scrapy([_rec(i) for i in range(6)])
    cut = feed[: feed.index(json.dumps(_rec(4))) + 200]
    (tmp_path / "cut.json").write_text(cut, encoding="utf-8")
    docs, rejects = _read(tmp_path / "cut.json")
    assert [d.url for d in docs] == [f"http://x.cn/a/{i}" for i in range(4)]
    assert [(r.reason, r.record) for r in rejects] == [("bad_json", 4)] and "cut short" in rejects[0].detail
    garbage = json.dumps([1, "s", [[[]]], None, {"x": {"y": []}}, _rec(50)])[:-1] + ", " + "[" * 5000 + "]" * 5000
    deep = '{"text": ' + json.dumps(TEXT) + ', "url": "http://x.cn/deep", "tree": ' + "[" * 3000 + "]" * 3000 + "}"
    text = garbage + ", " + deep + "]"  # (nesting past the parser's depth: garbage, and a record with a deep field)
    (tmp_path / "garbage.json").write_text(text, encoding="utf-8")
    docs, rejects = _read(tmp_path / "garbage.json")
    assert [d.url for d in docs] == ["http://x.cn/a/50", "http://x.cn/deep"]
    assert [(r.reason, r.record) for r in rejects] == [("no_text", k) for k in (0, 1, 2, 3, 4, 6)]


def test_items_over_the_budget_and_a_wrapper_over_it(tmp_path: Path) -> None:
    """An item over the byte budget (a long string, or millions of empty lists) is a ``too_large`` reject naming it and
    the items after it are read; an object over the budget is streamed to its list of records."""
    small = ReadOptions(max_bytes=1 << 20)
    items = [json.dumps(_rec(0)), json.dumps({"text": "长" * (1 << 20)}), "[" + "[]," * 600_000 + "[]]",
             json.dumps(_rec(3))]  # fmt: skip
    (tmp_path / "big_items.json").write_text("[" + ",".join(items) + "]", encoding="utf-8")
    docs, rejects = _read(tmp_path / "big_items.json", small)
    assert [d.sources[0].record for d in docs] == [0, 3]
    assert [(r.reason, r.record) for r in rejects] == [("too_large", 1), ("too_large", 2)]
    wrapper = {"meta": {"a": [1, 2]}, "tags": ["x"], "data": {"n": 400, "list": [_rec(i) for i in range(400)]}}
    (tmp_path / "wrapper.json").write_text(json.dumps(wrapper, ensure_ascii=False), encoding="utf-8")
    docs, rejects = _read(tmp_path / "wrapper.json", small)
    assert len(docs) == 400 and not rejects


_CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (400 << 20, 400 << 20))
from cleaner.input.readers import read_file
docs = rejects = 0
for item in read_file(sys.argv[1]):
    if hasattr(item, "reason"):
        rejects += 1
    else:
        docs += 1
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(docs, rejects, int(hwm.split()[1]) >> 10)
"""
# (VmHWM, the high-water mark of this process image: ru_maxrss would carry over the forking pytest worker's peak
# through exec, 577 MB in CI where the child itself stays under its 400 MB address-space limit)


def test_a_50_mb_array_is_read_item_by_item_under_a_memory_limit(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("[")
        for i in range(27_000):
            fh.write((",\n" if i else "") + json.dumps(_rec(i)))
        fh.write("]")
    assert path.stat().st_size > 50 << 20
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, timeout=120,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (100, 100)),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    docs, rejects, peak = map(int, done.stdout.split())
    assert (docs, rejects) == (27_000, 0)
    assert peak < 250, peak  # (the file is 50 MB of JSON, 19 MB of text: held a window at a time)
