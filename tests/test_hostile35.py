"""Helper hostile35: three ways pages were lost, each on real files.

1. a text dump whose first line is over the byte budget (CR-only line ends, U+2028, a blob glued before the pages) was
   one ``too_large`` reject; a dump of CR-only lines over a million characters, or holding one line over it, one
   ``line_too_long`` reject;
2. a ZIP archive was ``unsupported_type``: its members are now read as the files of a folder, under the limits of the
   compressed readers (bombs, overlapping entries, member counts, nested archives, encrypted members, bad CRCs, cut
   archives, GBK names);
3. a short article taken in by an element left open (one ``<a>``, a ``<title>``, ``<textarea>``, ``<script>``,
   ``<select>``, a comment, ``<plaintext>``) came out empty, or as its own markup.

Bombs run in a child under ``RLIMIT_AS`` and a timeout.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cleaner.document import Document, Reject
from cleaner.input import archive
from cleaner.input.base import ReadOptions
from cleaner.input.readers import read_file
from cleaner.pipeline import prepare, process_file
from cleaner.text.textclean import MAX_LINE_CHARS, clean_dump
from tests.test_hostile32 import P1, P2, _page
from tests.warcbytes import http_response, record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import hostile_nesting35  # noqa: E402

MiB = 1 << 20
SMALL = ReadOptions(max_bytes=60_000)
"""A byte budget small enough for dumps "over the budget" of a few hundred KB (parts of 60,000 bytes)."""


def _pages(n: int, nl: str = "\n", filler: int = 1) -> str:
    return "".join(
        f"统计局发布第{i}号数据_网易新闻{nl}{P1 * filler}第{i}段。{nl}{P2 * filler}编号{i}。{nl}" for i in range(n)
    )


def _titles(items: list[Document | Reject]) -> list[str]:
    return [d.title for d in items if isinstance(d, Document)]


def _rejects(items: list[Document | Reject]) -> list[tuple[str, str]]:
    return [(r.reason, r.detail) for r in items if isinstance(r, Reject)]


# 1. text dumps -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("nl", ["\r", "\u2028", "\f"])
def test_a_dump_over_the_budget_with_no_newline_is_read_at_its_other_line_ends(tmp_path: Path, nl: str) -> None:
    """CR-only line ends (an old Mac or Windows export), U+2028, form feeds: the dump holds no ``\\n`` at all, so its
    first line was the whole file, over the budget: one ``too_large`` reject, every page lost. The same pages as the
    dump with ``\\n`` come out."""
    text = _pages(400, nl)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace(nl, "\n"), encoding="utf-8")
    assert (tmp_path / "a.txt").stat().st_size > 2 * SMALL.max_bytes
    got = process_file(str(tmp_path / "a.txt"), read_options=SMALL)
    assert _rejects(got) == []
    assert _titles(got) == _titles(process_file(str(tmp_path / "b.txt"), read_options=SMALL))
    assert len(_titles(got)) == 400


def test_a_gbk_dump_with_cr_line_ends_over_the_budget_is_cut_between_characters(tmp_path: Path) -> None:
    """A CR is one ASCII byte, never inside a GBK character (its second bytes are 0x40 or more): each part decodes."""
    (tmp_path / "a.txt").write_bytes(_pages(300, "\r").encode("gbk"))
    got = process_file(str(tmp_path / "a.txt"), read_options=SMALL)
    assert _rejects(got) == [] and len(_titles(got)) == 300
    assert all("\ufffd" not in d.text for d in got if isinstance(d, Document))


def test_a_first_line_over_the_budget_is_the_only_loss(tmp_path: Path) -> None:
    """A blob glued before the pages (a base64 line, minified code) longer than the budget: a ``line_too_long``
    reject naming its offset and length; the pages after it are read (it was the file's ``too_large``)."""
    blob = b"QUJD" * 50_000
    (tmp_path / "a.txt").write_bytes(blob + b"\n" + _pages(40).encode())
    got = process_file(str(tmp_path / "a.txt"), read_options=SMALL)
    assert _rejects(got) == [
        ("line_too_long", f"a line of {len(blob)} bytes from byte 0 (more than {SMALL.max_bytes}: not read)")
    ]
    assert len(_titles(got)) == 40


def test_a_file_of_one_line_or_of_nul_bytes_over_the_budget_is_still_one_reject(tmp_path: Path) -> None:
    """Nothing follows the line: the file's ``too_large`` as before. A run of NUL bytes (zero-filled space, a hole) is
    skipped with a ``binary`` reject naming its bytes, the pages before and after it read (helper hostile38: the
    reading stopped there, the pages after it lost)."""
    (tmp_path / "one.txt").write_bytes(b"abc" * 100_000)
    (tmp_path / "nul.txt").write_bytes(b"\0" * 300_000 + b"\n" + _pages(3).encode())
    (tmp_path / "tail.txt").write_bytes(_pages(100).encode() + b"\0" * 300_000)
    assert [(r.reason) for r in read_file(tmp_path / "one.txt", SMALL)] == ["too_large"]  # type: ignore[union-attr]
    got = process_file(str(tmp_path / "nul.txt"), read_options=SMALL)
    assert _rejects(got) == [("binary", "bytes 0 to 300000: NUL bytes only (a hole, zero-filled space): skipped")]
    assert len(_titles(got)) == 3
    got = process_file(str(tmp_path / "tail.txt"), read_options=SMALL)
    ((reason, detail),) = _rejects(got)
    assert reason == "binary" and detail.startswith("bytes ") and detail.endswith("skipped")
    assert len(_titles(got)) >= 90


def test_a_line_over_a_million_characters_loses_only_itself() -> None:
    """A dump under the budget holding one line no prose has: a ``line_too_long`` reject naming the line, and the
    pages before and after it (it was one reject for the whole dump)."""
    junk = "x9Zk" * (MAX_LINE_CHARS // 4 + 10)
    out = clean_dump(_pages(5) + junk + "\n" + _pages(5).replace("号数据", "号公告"), source="d.txt")
    rejects = [r for r in out if isinstance(r, Reject)]
    assert [(r.reason, r.detail.split(":")[0]) for r in rejects] == [("line_too_long", "line 16")]
    assert len([d for d in out if isinstance(d, Document)]) == 10


def test_a_dump_of_cr_line_ends_over_a_million_characters_is_read(tmp_path: Path) -> None:
    """Under the budget, read whole: its line-length test split at ``\\n`` only, and the dump (one "line") was one
    ``line_too_long`` reject."""
    text = _pages(180, "\r", filler=60)
    assert len(text) > MAX_LINE_CHARS
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    got = process_file(str(tmp_path / "a.txt"))
    assert _rejects(got) == [] and len(_titles(got)) == 180


# 2. ZIP archives ---------------------------------------------------------------------------------------------------


def _zip(members: list[tuple[str, str | bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def _by_member(items: list[Document | Reject]) -> dict[str, set[str]]:
    got: dict[str, set[str]] = {}
    for item in items:
        if isinstance(item, Reject):
            got.setdefault(item.path.rsplit("!/", 1)[-1] if "!/" in item.path else Path(item.path).name, set()).add(
                item.reason
            )
        else:
            for s in item.sources:
                got.setdefault(s.path.rsplit("!/", 1)[-1], set()).add("story")
    return got


def _good_members() -> list[tuple[str, str | bytes]]:
    warc = gzip.compress(record("response", http_response(_page(post="<p>存档。</p>").encode()), url="http://x/w"))
    return [
        ("news/a.html", _page()),
        ("news/b.txt", f"统计局发布数据_网易新闻\n{P1}\n{P2}"),
        ("c.jsonl", json.dumps({"id": "r1", "text": P1 + "\n" + P2 + "二"}) + "\n"),
        ("d.warc.gz", warc),
        ("e.txt.gz", gzip.compress(f"{P1}\n{P2}三".encode())),
        ("style.css", "body{}"),
        ("inner.zip", _zip([("x.html", _page())])),
        ("dump.tar.gz", b"\x1f\x8b"),
        ("__MACOSX/news/._a.html", b"\0\5\26\7"),
        (".DS_Store", b"\0\0\0\1Bud1"),
        ("folder/", b""),
    ]


WANT = {
    "news/a.html": {"story"},
    "news/b.txt": {"story"},
    "c.jsonl": {"story"},
    "d.warc.gz": {"story"},
    "e.txt.gz": {"story"},
    "style.css": {"unsupported_type"},
    "inner.zip": {"unsupported_type"},
    "dump.tar.gz": {"unsupported_type"},
}


@pytest.mark.parametrize("name", ["dump.zip", "dump.html", "dump"])
def test_the_members_of_a_zip_archive_are_read_as_the_files_of_a_folder(tmp_path: Path, name: str) -> None:
    """By the member's name (compressed members too), each named ``ARCHIVE!/MEMBER``; other files, archives inside
    the archive (not opened), folders and hidden files (skipped) as in a folder. An archive named ``.zip``, saved
    under a page's name, or with no suffix."""
    path = tmp_path / name
    path.write_bytes(_zip(_good_members()))
    items = list(read_file(path))
    prepared = [x for item in items for x in (prepare(item) if isinstance(item, Document) else [item])]
    assert _by_member(prepared) == WANT
    docs = [d for d in items if isinstance(d, Document)]
    assert {d.sources[0].path for d in docs} >= {f"{path}!/news/a.html", f"{path}!/c.jsonl"}
    (rec,) = [d for d in docs if d.sources[0].path.endswith("c.jsonl")]
    assert rec.sources[0].input_id == "r1"


def test_zip_members_that_cannot_be_read_are_rejects_with_reasons(tmp_path: Path) -> None:
    """An encrypted member, a bad CRC, a member name in GBK (no UTF-8 flag), an empty archive, a ``.zip`` that is
    none: each a reject naming why, the good members beside them read."""
    data = bytearray(_zip([("enc.txt", f"{P1}\n{P2}八"), ("crc.txt", f"{P1}\n{P2}六"), ("ok.txt", f"{P1}\n{P2}九")],
                          zipfile.ZIP_STORED))  # fmt: skip
    data[6] |= 1  # (the first member's flags: encrypted, in its local header and its directory entry)
    data[data.index(b"PK\x01\x02") + 8] |= 1
    data[data.index("六".encode())] ^= 1
    (tmp_path / "a.zip").write_bytes(bytes(data))
    assert _by_member(list(read_file(tmp_path / "a.zip"))) == {
        "enc.txt": {"unsupported_type"},
        "crc.txt": {"bad_archive"},
        "ok.txt": {"story"},
    }
    gbk = _zip([("PLACEHOLDER.txt", f"{P1}\n{P2}")], zipfile.ZIP_STORED)
    (tmp_path / "b.zip").write_bytes(gbk.replace(b"PLACEHOLDER.txt", "新闻稿件四1.txt".encode("gbk")))  # (as long)
    (doc,) = read_file(tmp_path / "b.zip")
    assert isinstance(doc, Document) and doc.sources[0].path.endswith("!/新闻稿件四1.txt")
    (tmp_path / "c.zip").write_bytes(_zip([]))
    (tmp_path / "d.zip").write_text(_page(), encoding="utf-8")
    assert [r.reason for r in read_file(tmp_path / "c.zip")] == ["empty_file"]  # type: ignore[union-attr]
    assert [r.reason for r in read_file(tmp_path / "d.zip")] == ["bad_archive"]  # type: ignore[union-attr]


def test_a_cut_zip_archive_keeps_the_members_before_the_cut(tmp_path: Path) -> None:
    """A download cut short has no directory (Python's zipfile reads nothing): its members are read from their own
    headers, up to the cut, sizes given before the data or after it (a streamed archive's data descriptors)."""
    members = [(f"p{i}.txt", f"统计局发布第{i}号数据_网易新闻\n{P1}{i}\n{P2}{i}") for i in range(5)]
    whole = _zip(members)  # type: ignore[arg-type]
    (tmp_path / "cut.zip").write_bytes(whole[: whole.index(b"PK\x01\x02") - 40])  # (inside the last member)

    class Unseekable(io.RawIOBase):
        def __init__(self) -> None:
            self.data = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b: bytes) -> int:  # type: ignore[override]
            self.data += b
            return len(b)

    out = Unseekable()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members:
            with zf.open(name, "w") as m:
                m.write(text.encode())
    streamed = bytes(out.data)
    (tmp_path / "streamed.zip").write_bytes(streamed[: streamed.index(b"PK\x01\x02")])
    got = _by_member(list(read_file(tmp_path / "cut.zip")))
    assert got == {**{f"p{i}.txt": {"story"} for i in range(4)}, "cut.zip": {"bad_archive"}}
    got = _by_member(list(read_file(tmp_path / "streamed.zip")))
    assert got == {**{f"p{i}.txt": {"story"} for i in range(5)}, "streamed.zip": {"bad_archive"}}


def test_a_zip_of_too_many_members_is_refused_before_its_directory_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 3)
    (tmp_path / "a.zip").write_bytes(_zip([(f"{i}.txt", P1) for i in range(5)]))
    ((reason, detail),) = _rejects(list(read_file(tmp_path / "a.zip")))
    assert reason == "too_large" and detail.startswith("an archive of 5 members")


def test_zip_members_together_are_held_to_the_ratio(tmp_path: Path) -> None:
    """Members each under the floor that together inflate past 200 times the archive's size (and the budget): the
    members after that are one reject."""
    options = ReadOptions(max_bytes=2 * MiB)
    (tmp_path / "a.zip").write_bytes(_zip([(f"{i:02}.txt", "a" * MiB) for i in range(60)]))
    items = list(read_file(tmp_path / "a.zip", options))
    last = items[-1]
    assert isinstance(last, Reject) and last.reason == "too_large" and "members) it is not read" in last.detail
    assert 0 < len(items) < 60


def _overlapping_zip() -> bytes:
    """Five directory entries naming one member's local header: the "overlapping files" construction."""
    one = bytearray(_zip([("kk.txt", "a" * (4 * MiB))]))
    cd = one.index(b"PK\x01\x02")
    end = one.index(b"PK\x05\x06")
    entry = bytes(one[cd:end])
    entries = b"".join(entry.replace(b"kk.txt", f"k{i}.txt".encode()) for i in range(5))
    eocd = bytearray(one[end:])
    struct.pack_into("<HHII", eocd, 8, 5, 5, len(entries), cd)
    return bytes(one[:cd]) + entries + bytes(eocd)


_CHILD = """
import json, resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from cleaner.cli import main
sys.argv = ["cleaner", "run", sys.argv[2], "--out", sys.argv[3], "-q", "-j", "1"]
main()
"""


@pytest.mark.slow
def test_zip_bombs_in_a_run_stay_under_the_memory_limit(tmp_path: Path) -> None:
    """`cleaner run -j 1` under a 1.2 GB address limit: a member of 400 MiB of zeros, one of 300 MiB of lines
    (read in parts: stopped at the ratio), overlapping entries, beside good members and a good archive: each bomb a
    ``too_large`` reject, the rest read, from standard input as well."""
    src = tmp_path / "in"
    src.mkdir()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("zeros.html", "w", force_zip64=True) as m:
            for _ in range(400):
                m.write(bytes(MiB))
        with zf.open("lines.txt", "w", force_zip64=True) as m:
            for _ in range(300):
                m.write((b"a" * 8191 + b"\n") * 128)
        zf.writestr("after.txt", f"{P1}\n{P2}七")
    (src / "bombs.zip").write_bytes(buf.getvalue())
    (src / "overlap.zip").write_bytes(_overlapping_zip())
    (src / "good.zip").write_bytes(_zip(_good_members()))
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}
    cmd = [sys.executable, "-c", _CHILD, str(1200 * MiB), str(src), str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    rejects = [json.loads(x) for x in (tmp_path / "out" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    stories = (tmp_path / "out" / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    sources = {s["path"] for x in stories for s in json.loads(x)["sources"]}
    got = {(Path(r["path"].split("!/")[0]).name, r["path"].rsplit("!/", 1)[-1], r["reason"]) for r in rejects}
    assert {("bombs.zip", "zeros.html", "too_large"), ("bombs.zip", "lines.txt", "too_large")} <= got
    assert {r for r in got if r[0] == "overlap.zip"} == {("overlap.zip", f"k{i}.txt", "too_large") for i in range(5)}
    assert f"{src}/bombs.zip!/after.txt" in sources and f"{src}/good.zip!/news/a.html" in sources
    piped = subprocess.run(
        [sys.executable, "-m", "cleaner", "run", "-", "--out", str(tmp_path / "out2"), "-q", "-j", "1"],
        input=(src / "good.zip").read_bytes(), capture_output=True, timeout=300, env=env, check=False,
    )  # fmt: skip
    assert piped.returncode == 0, piped.stderr[-3000:]
    stories = (tmp_path / "out2" / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    assert "-!/news/a.html" in {s["path"] for x in stories for s in json.loads(x)["sources"]}


# 3. malformed nesting ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", ["hostile35-dev1", "hostile35-dev2"])
def test_a_short_article_taken_in_by_an_element_left_open_comes_out(seed: str) -> None:
    """The tune pages of ``bench/hostile_nesting35.py``: a short article (one or two paragraphs) after a link, a
    ``<title>``, ``<textarea>``, ``<script>``, ``<style>``, ``<select>``, ``<template>``, a comment left open, a
    ``<plaintext>``, or inside one block link: its text comes out, without its markup (it was no text at all, or
    its own tags read as text)."""
    verdicts = {}
    for page in hostile_nesting35.build(seed):
        if page.half != "tune":
            continue
        out = prepare(Document(text=page.html, format="html"))
        text = "\n".join(d.text for d in out if isinstance(d, Document))
        reason = next((r.reason for r in out if isinstance(r, Reject)), None)
        verdicts[page.id] = hostile_nesting35.judge(page, text or None, reason)
    assert len(verdicts) >= 30
    assert {k: v for k, v in verdicts.items() if v != "story"} == {}


def test_a_page_cut_inside_a_script_or_a_comment_box_stays_without_text() -> None:
    """An element left open that took in no markup (a page cut short inside its ``<script>``, a comment box's
    ``<textarea>`` placeholder) is not read as the article: its code or placeholder is no story."""
    nav = '<html><head><title>首页</title></head><body><div class="nav"><a href="/">首页</a><a href="/a">新闻</a></div>'
    script = (
        '<script>var config = {"user": "guest"}; function init() { document.title = "欢迎访问本站，请登录后查看更多'
        '内容。"; } if (a < b) { console.log("这是一个很长的调试信息，用来测试脚本被当作正文的情况。"); }'
    )
    box = '<form><textarea name="c">请在这里输入您的评论内容，文明上网理性发言，请遵守相关法律法规，谢谢合作。'
    for html in (nav + script, nav + box):
        out = prepare(Document(text=html, format="html"))
        assert [x.reason for x in out if isinstance(x, Reject)] == ["empty_after_extraction"], out
