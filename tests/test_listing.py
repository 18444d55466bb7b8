"""The input listing walks folder by folder (nothing gathered) and still gives the order of sorted paths: a
folder's files and subfolders by name, whatever characters sort before the separator."""

from __future__ import annotations

import os
from pathlib import Path

from cleaner.input.readers import iter_dump_names, list_dump_names
from cleaner.pipeline import iter_inputs, list_inputs


def test_walk_order_is_the_order_of_sorted_paths(tmp_path: Path) -> None:
    names = ["a.txt", "a/x.txt", "a-b/y.txt", "a b/z.txt", "a/b/c.txt", "a/b.txt", "a0.txt", "B.txt", "é/1.txt",
             "a/.hidden.txt", ".git/x.txt", "d/failures.jsonl", "d/e/f/g/h.txt"]  # fmt: skip
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = list(iter_dump_names([tmp_path]))
    want = sorted(
        (str(p) for p in tmp_path.rglob("*") if p.is_file() and not any(x.startswith(".") for x in p.parts[-3:])),
        key=lambda name: name.split(os.sep),
    )
    want = [w for w in want if not w.endswith("failures.jsonl")]
    assert found == want == list_dump_names([tmp_path]) == [str(p) for p in sorted(map(Path, want))]
    assert list(iter_inputs([tmp_path])) == list_inputs([tmp_path]) == want
