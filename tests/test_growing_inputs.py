"""A dump still being written when a nightly run lists it (helper robust30): its cut last page was a story that night,
and the next night's whole page came only as an update of it (when the collapse took the half for a copy; else a
second story). A nightly run (``--state``) now withholds the pages of a file that changed while it was read, as
``input_changed`` rejects, names it in ``report.json`` as before, and emits the whole page the night the file is read
unchanged. A run without state keeps the pages (as a staged run does) and names the file."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.pipeline import run

_A = "城市交通标题\n" + "".join(f"第{i}段的正文内容，讲述城市交通与教育的变化{i}。" for i in range(12)) + "\n"
_B = (
    "新闻标题\n"
    + "".join(f"山区学校的孩子们第{i}次走进新建的图书馆，老师说阅读改变了他们{i * 7}。" for i in range(12))
    + "\n"
)


def _texts(out: Path, name: str) -> list[str]:
    path = out / name
    return [json.loads(line)["text"] for line in path.read_text().splitlines()] if path.exists() else []


def test_a_nightly_run_withholds_a_file_cut_while_read_and_emits_it_whole_the_next_night(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(_A, encoding="utf-8")
    growing = src / "b.txt"
    growing.write_text(_B, encoding="utf-8")
    full = growing.stat().st_size

    def cut(stage: str, done: int, total: int) -> None:
        if stage == "clean" and done == 0:  # listed, not read yet: the writer has written half of it
            with open(growing, "r+b") as fh:
                fh.truncate(full // 2)

    state = tmp_path / "state.db"
    night1 = run([src], tmp_path / "n1", progress=cut, state=state)
    assert night1.extra["inputs_changed"] == {str(growing): [full, full // 2]}
    stories = _texts(tmp_path / "n1", "stories.jsonl")
    assert len(stories) == 1 and "城市交通" in stories[0]
    rejects = [json.loads(line) for line in (tmp_path / "n1" / "rejects.jsonl").read_text().splitlines()]
    assert [(r["path"], r["reason"]) for r in rejects] == [(str(growing), "input_changed")]
    assert night1.rejects == {"input_changed": 1}

    growing.write_text(_B, encoding="utf-8")  # complete by the next night
    night2 = run([src], tmp_path / "n2", state=state)
    assert "inputs_changed" not in night2.extra
    stories = _texts(tmp_path / "n2", "stories.jsonl")
    assert len(stories) == 1 and "山区学校" in stories[0] and "第11次" in stories[0]  # the whole page, a new story
    assert _texts(tmp_path / "n2", "updates.jsonl") == []

    growing.write_text(_B, encoding="utf-8")
    plain = run([src], tmp_path / "plain", progress=cut)  # without state: kept (as a staged run keeps it), named
    assert plain.extra["inputs_changed"] == {str(growing): [full, full // 2]} and plain.stories == 2
