"""A text dump over the byte budget is read in parts joined at page starts, not rejected whole (helper hostile22):
a 200 MB dump of 50,000 pages was one ``too_large`` reject, every page lost."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
import zstandard

from cleaner.document import Document, Reject
from cleaner.input.base import MAX_INPUT_BYTES, PART, ReadOptions
from cleaner.input.readers import read_file
from cleaner.pipeline import process_file

_POOL = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行"
    "学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前"
)


def _page(rnd: random.Random, lines: int = 6) -> str:
    title = "".join(rnd.choice(_POOL) for _ in range(16))
    body = "\n".join("".join(rnd.choice(_POOL) for _ in range(rnd.randint(60, 160))) + "。" for _ in range(lines))
    return f"{title}_网易新闻\n2021-03-04 10:00:00 来源：新华网\n{body}\n"


def _pages(n: int, seed: int = 22) -> list[str]:
    rnd = random.Random(seed)
    return [_page(rnd) for _ in range(n)]


def _summary(items: list[Document | Reject]) -> list[tuple[str, int | None, str]]:
    return [
        (x.reason, x.segment, x.detail)
        if isinstance(x, Reject)
        else ("", x.sources[0].segment, json.dumps(x.to_json()))
        for x in items
    ]


@pytest.mark.parametrize("suffix", ["txt", "txt.gz", "txt.zst", "dat"])
def test_a_dump_over_the_budget_gives_the_pages_a_whole_read_gives(tmp_path: Path, suffix: str) -> None:
    """Read under a budget of a seventh of the dump (parts of that size), a dump gives the documents the whole read
    gives: the same pages, texts, ids and page numbers (``.dat``: a name that does not tell, sniffed as text). On the
    old code it was one ``too_large`` reject."""
    data = "\n".join(_pages(60)).encode()
    packed = {"txt.gz": gzip.compress, "txt.zst": zstandard.ZstdCompressor().compress}.get(suffix, bytes)(data)
    path = tmp_path / f"dump.{suffix}"
    path.write_bytes(packed)
    options = ReadOptions(max_bytes=len(data) // 7)
    parts = list(read_file(path, options))
    assert len(parts) >= 7 and all(isinstance(p, Document) and PART in p.meta for p in parts)
    whole = process_file(str(path))
    assert len(whole) == 60 and all(isinstance(x, Document) for x in whole)
    assert _summary(process_file(str(path), read_options=options)) == _summary(whole)


def test_a_page_or_line_over_the_budget_is_the_only_loss(tmp_path: Path) -> None:
    """In a dump over the budget, a page larger than half of it and a line longer than a part are rejects naming where
    they are; the pages before and after each are read, numbered as in the dump. (A page larger than a part but under
    half the budget is read: it is held back until the part where the next page starts.)"""
    rnd = random.Random(7)
    pages = _pages(40)
    huge = _page(rnd, lines=2000)  # (≈ 220,000 characters)
    dump = (
        "\n".join(pages[:15])
        + "\n"
        + huge
        + "\n".join(pages[15:30])
        + "\n"
        + "长" * 30_000
        + "\n"
        + "\n".join(pages[30:])
    )
    path = tmp_path / "dump.txt"
    path.write_text(dump, encoding="utf-8")
    out = process_file(str(path), read_options=ReadOptions(max_bytes=60_000))
    rejects = [x for x in out if isinstance(x, Reject)]
    assert [(r.reason, r.segment) for r in rejects] == [("too_large", 15), ("line_too_long", None)]
    line = dump[: dump.index(huge)].count("\n") + 1
    assert f"from line {line} of the dump" in rejects[0].detail
    first_line = dump.index("长" * 100)
    assert f"from byte {len(dump[:first_line].encode())}" in rejects[1].detail
    docs = [x for x in out if isinstance(x, Document)]
    assert [d.title for d in docs] == [p.split("_", 1)[0] for p in pages]
    assert [d.sources[0].segment for d in docs] == [*range(15), *range(16, 41)]


def test_a_cut_dump_over_the_budget_keeps_its_whole_pages(tmp_path: Path) -> None:
    """A ``.txt.gz`` over the budget cut inside its stream: the pages before the page the cut falls in are read, that
    page is the reject of the cut (as for a dump under the budget), counting every page before it."""
    data = "\n".join(_pages(80)).encode()
    packed = gzip.compress(data)
    path = tmp_path / "dump.txt.gz"
    path.write_bytes(packed[: len(packed) * 3 // 4])
    out = process_file(str(path), read_options=ReadOptions(max_bytes=len(data) // 6))
    docs = [x for x in out if isinstance(x, Document)]
    (cut,) = [x for x in out if isinstance(x, Reject)]
    assert cut.reason == "truncated_gzip" and cut.segment == len(docs) > 40
    assert f"(the {len(docs)} pages before it are)" in cut.detail


_CHILD = """
import resource, sys
limit, src, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from cleaner.cli import main
sys.argv = ["cleaner", "run", src, "--out", out, "-q", "-j", "1"]
main()
"""


@pytest.mark.slow
def test_a_dump_of_more_than_64_mib_gives_its_pages_under_a_memory_limit(tmp_path: Path) -> None:
    """A ``.txt.gz`` that decompresses to more than the 64 MiB budget (40 pages, each followed by 1.8 MB of lines of
    spaces, tabs and zero-width spaces: cheap to clean, and compressed 15 times, not as a bomb): every page a story
    (it was one ``too_large`` reject), run under 1.5 GB of address space."""
    pages = _pages(40, seed=2022)
    rnd = random.Random(5)
    blanks = ["".join(rnd.choices(" \t\u200b", k=1000)) + "\n" for _ in range(64)]
    pad = "".join(rnd.choice(blanks) for _ in range(1100))
    src = tmp_path / "in"
    src.mkdir()
    with gzip.open(src / "dump.txt.gz", "wt", encoding="utf-8", compresslevel=1) as f:
        for page in pages:
            f.write(page + pad)
    assert len(pad.encode()) * len(pages) > MAX_INPUT_BYTES
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(3 << 29), str(src), str(out)], capture_output=True, text=True, timeout=900
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    stories = [json.loads(line) for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [s["title"] for s in stories] == [p.split("_", 1)[0] for p in pages]
    assert (out / "rejects.jsonl").read_text() == ""


def test_a_compression_bomb_in_a_dump_over_the_budget_is_stopped(tmp_path: Path) -> None:
    """A text dump read in parts is held to the compression-bomb rule of JSONL: the pages before a member that inflates
    more than 200 times are read, the rest is a ``too_large`` reject."""
    data = "\n".join(_pages(30)).encode()
    path = tmp_path / "dump.txt.gz"
    path.write_bytes(gzip.compress(data) + gzip.compress(b"\n" * (64 << 20)))
    out = process_file(str(path), read_options=ReadOptions(max_bytes=len(data) // 4))
    (bomb,) = [x for x in out if isinstance(x, Reject)]
    assert bomb.reason == "too_large" and "compression bomb" in bomb.detail
    assert sum(isinstance(x, Document) for x in out) >= 20


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_a_utf16_jsonl_file_over_the_budget_is_read_record_by_record(tmp_path: Path, codec: str) -> None:
    """A UTF-16 / UTF-32 JSONL file was read whole: over the byte budget, one ``too_large`` reject, every record lost.
    It is recoded as it is read: under a budget of a fifth of it, the records the whole read gives."""
    recs = [json.dumps({"id": f"r{i}", "text": page}, ensure_ascii=False) for i, page in enumerate(_pages(40))]
    data = ("\n".join(recs) + "\n").encode(codec) + b"\xff"  # (a stray byte at the end: U+FFFD, as before)
    path = tmp_path / "records.jsonl"
    path.write_bytes(data)
    whole = list(read_file(path))
    assert sum(isinstance(x, Document) for x in whole) == 40
    parts = list(read_file(path, ReadOptions(max_bytes=len(data) // 5)))
    assert [x.to_json() for x in parts] == [x.to_json() for x in whole]


def test_a_staged_clean_task_writes_a_large_file_a_piece_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A staged clean task held its batch's documents and sketches at once: one JSONL file (one task) of 120,000
    records took ≥ 1.25 GB on its worker (40,000 records, 53 MB: 1,063 MB; streamed: 312 MB). It writes them a
    piece at a time (here 7 items): the same shard as the whole batch gives, and the run's stories, rejects and
    counts are the in-memory run's."""
    from functools import partial

    import pyarrow as pa

    from cleaner import pipeline
    from cleaner.dedup import DedupParams
    from cleaner.execution import staged

    monkeypatch.setattr(pipeline, "STREAM_ROWS", 7)
    src = tmp_path / "in"
    src.mkdir()
    pages = _pages(50, seed=3)
    recs = [{"id": f"r{i}", "text": p} for i, p in enumerate(pages)] + [{"id": "x", "text": None}]
    recs += [{"id": f"copy{i}", "text": p} for i, p in enumerate(pages[:9])]  # copies: their sketches made once
    (src / "r.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    (src / "dump.txt").write_text("\n".join(pages[20:30]), encoding="utf-8")
    params = DedupParams()
    files = [str(src / "dump.txt"), str(src / "r.jsonl")]
    tables = {}
    for how in ("batch", "stream"):
        work = tmp_path / how
        work.mkdir()
        stage = staged.Stage(
            str(work), params, partial(pipeline.process_files, params=params), pipeline._worker_failed,
            partial(pipeline.clean_stream, params=params) if how == "stream" else None,
        )  # fmt: skip
        staged.clean_shard((0, files), stage)
        for part in ("docs", "ids", "sketch"):
            with pa.memory_map(str(work / f"clean-00000.{part}.arrow"), "r") as f:
                reader = pa.ipc.open_file(f)
                tables[how, part] = (reader.read_all().combine_chunks(), reader.schema.metadata)
    for part in ("docs", "ids", "sketch"):
        assert tables["batch", part][0].equals(tables["stream", part][0]), part
        assert tables["batch", part][1] == tables["stream", part][1], part
    assert tables["stream", "sketch"][0].num_rows == 50  # (the dump's pages and the copies are texts of the file)
    memory = pipeline.run([src], tmp_path / "mem", workers=1)
    run = pipeline.run([src], tmp_path / "staged", workers=1, options=pipeline.RunOptions(work=str(tmp_path / "w")))
    assert "staged" in run.extra and "staged" not in memory.extra
    for name in ("stories.jsonl", "rejects.jsonl"):
        assert (tmp_path / "staged" / name).read_bytes() == (tmp_path / "mem" / name).read_bytes(), name
