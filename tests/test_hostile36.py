"""Helper hostile36: tar archives, UTF-16 dumps over the budget, archive members over the budget; on real files.

1. a ``.tar`` (plain, ``.tar.gz`` / ``.tgz``, ``.tar.bz2``, ``.tar.xz``, nameless, under a page's name) was
   ``unsupported_type``, every page lost: its members are read as a folder's files, under the ZIP reader's limits;
2. a text dump in UTF-16 or UTF-32 over the budget was cut at ``0a`` bytes (half of 上, U+4E0A, in UTF-16 LE) and its
   later parts decoded by guess: pages lost or mojibake;
3. an archive member over the budget that is no text dump (a JSONL file, a ``.warc.gz``) was one ``too_large``.

Bombs run in a child under ``RLIMIT_AS`` and a timeout.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from cleaner.document import Document, Reject
from cleaner.input import archive
from cleaner.input.base import ReadOptions
from cleaner.input.readers import read_file
from cleaner.pipeline import process_file
from tests.test_hostile32 import P1, P2, _page
from tests.test_hostile35 import _by_member, _rejects, _titles, _zip
from tests.warcbytes import http_response, record

MiB = 1 << 20
SMALL = ReadOptions(max_bytes=60_000)


def _pages(n: int) -> list[tuple[str, str]]:
    return [(f"p{i}.txt", f"统计局发布第{i}号数据_网易新闻\n{P1}{i}\n{P2}{i}") for i in range(n)]


def _tar(members: list[tuple[str, str | bytes]], fmt: int = tarfile.PAX_FORMAT, encoding: str = "utf-8") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt, encoding=encoding) as tf:
        for name, data in members:
            raw = data.encode() if isinstance(data, str) else data
            info = tarfile.TarInfo(name)
            info.size = len(raw)
            tf.addfile(info, io.BytesIO(raw))
    return buf.getvalue()


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
        ("inner.tar.gz", gzip.compress(_tar([("x.html", _page())]))),
        ("._a.html", b"\0\5\26\7"),
    ]


WANT = {
    "news/a.html": {"story"},
    "news/b.txt": {"story"},
    "c.jsonl": {"story"},
    "d.warc.gz": {"story"},
    "e.txt.gz": {"story"},
    "style.css": {"unsupported_type"},
    "inner.zip": {"unsupported_type"},
    "inner.tar.gz": {"unsupported_type"},
}


def _compressed(data: bytes, how: str) -> bytes:
    import bz2
    import lzma

    return {"": data, "gz": gzip.compress(data), "bz2": bz2.compress(data), "xz": lzma.compress(data)}[how]


@pytest.mark.parametrize(
    ("name", "how"),
    [("d.tar", ""), ("d.tar.gz", "gz"), ("d.tgz", "gz"), ("d.tar.bz2", "bz2"), ("d.tar.xz", "xz"), ("dump", "gz"),
     ("dump", ""), ("dump.html", ""), ("dump.gz", "gz")],
)  # fmt: skip
def test_the_members_of_a_tar_archive_are_read_as_the_files_of_a_folder(tmp_path: Path, name: str, how: str) -> None:
    """Every compression, by name or by content; nested archives not opened, hidden files skipped."""
    path = tmp_path / name
    path.write_bytes(_compressed(_tar(_good_members()), how))
    items = [x for item in read_file(path) for x in ([item] if isinstance(item, Reject) else _prepared(item))]
    assert _by_member(items) == WANT
    (rec,) = [d for d in read_file(path) if isinstance(d, Document) and d.sources[0].path.endswith("!/c.jsonl")]
    assert rec.sources[0].input_id == "r1" and rec.sources[0].path == f"{path}!/c.jsonl"


def _prepared(doc: Document) -> list[Document | Reject]:
    from cleaner.pipeline import prepare

    return list(prepare(doc))


def test_tar_members_that_are_no_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    """Symbolic and hard links, devices, FIFOs: ``not_a_file`` (a link is never followed); a GBK name (GNU format, as a
    Chinese Windows tar writes it) read as GBK; ``./`` dropped; 7z and RAR, by name or by content, ``unsupported_type``
    naming it."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT, encoding="gbk") as tf:
        for name, text in [("新闻稿件.txt", _pages(1)[0][1]), ("./dot.txt", _pages(2)[1][1])]:
            info = tarfile.TarInfo(name)
            info.size = len(text.encode())
            tf.addfile(info, io.BytesIO(text.encode()))
        for name, kind in [("sym.html", tarfile.SYMTYPE), ("hard.txt", tarfile.LNKTYPE), ("dev", tarfile.CHRTYPE),
                           ("fifo", tarfile.FIFOTYPE), ("folder", tarfile.DIRTYPE)]:  # fmt: skip
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, "/etc/passwd" if kind == tarfile.SYMTYPE else "新闻稿件.txt"
            tf.addfile(info)
    (tmp_path / "a.tar").write_bytes(buf.getvalue())
    got = _by_member(list(read_file(tmp_path / "a.tar")))
    assert got == {
        "新闻稿件.txt": {"story"},
        "dot.txt": {"story"},  # (``tar czf x.tgz .``: the ``./`` is no part of its name)
        **{k: {"not_a_file"} for k in ("sym.html", "hard.txt", "dev", "fifo")},
    }
    (tmp_path / "b.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\0\4" + bytes(100))
    (tmp_path / "c.html").write_bytes(b"Rar!\x1a\x07\x01\0" + bytes(100))
    for f, what in [("b.7z", "a 7z archive"), ("c.html", "a RAR archive")]:
        ((reason, detail),) = _rejects(list(read_file(tmp_path / f)))
        assert reason == "unsupported_type" and detail.startswith(what)


def test_a_cut_or_damaged_tar_keeps_the_members_before_the_break(tmp_path: Path) -> None:
    """Cut inside a member (its whole lines kept, the last page the reject), between members (no end blocks), inside
    a ``.tar.gz``; a damaged header (read on at the next one); a header saying 2**80 bytes in a cut file (a loop of
    empty reads before): the members before the break are read, one ``bad_archive`` says where it stops; binary bytes
    that are no tar say so, a page under a tar's name is read."""
    whole = _tar(_pages(5))  # type: ignore[arg-type]
    (tmp_path / "cut.tar").write_bytes(whole[: whole.index("第4号".encode()) + 300])
    (tmp_path / "noend.tar").write_bytes(whole[: 512 * 10])
    bad = bytearray(whole)
    bad[512 * 4 + 257 : 512 * 4 + 262] = b"X" * 5  # (its magic too: no header; a bad checksum alone is read,
    # test_hostile37::test_a_tar_member_whose_header_is_damaged_is_read_as_it_stands)
    (tmp_path / "bad.tar").write_bytes(bytes(bad))
    head = _tar(_pages(1))[:1024]  # type: ignore[arg-type]
    info = tarfile.TarInfo("huge.txt")
    info.size = 2**80
    (tmp_path / "huge.tar").write_bytes(head + info.tobuf(tarfile.GNU_FORMAT) + b"abc\n" * 100)
    (tmp_path / "no.tar").write_text(_page(), encoding="utf-8")
    many = _tar([(f"p{i}.txt", f"统计局发布第{i}号数据_网易新闻\n{P1 * 30}{i}\n{P2 * 30}{i}") for i in range(60)])
    gz = gzip.compress(many)
    (tmp_path / "cut.tar.gz").write_bytes(gz[: len(gz) // 2])

    def story_names(f: str) -> list[str]:
        items = [
            x for item in read_file(tmp_path / f) for x in ([item] if isinstance(item, Reject) else _prepared(item))
        ]
        return [d.sources[0].path.rsplit("!/", 1)[-1] for d in items if isinstance(d, Document)]

    def archive_rejects(f: str) -> list[str]:
        return [r.detail for r in read_file(tmp_path / f) if isinstance(r, Reject) and r.path == str(tmp_path / f)]

    assert story_names("cut.tar") == ["p0.txt", "p1.txt", "p2.txt", "p3.txt"]
    assert archive_rejects("cut.tar") == [
        "the archive is cut short inside the data of its member 5 (5 members listed before it)"
    ]
    assert story_names("noend.tar") == [f"p{i}.txt" for i in range(5)]
    assert archive_rejects("noend.tar")[0].startswith("it ends at byte 5120 without its end blocks")
    assert story_names("bad.tar") == ["p0.txt", "p1.txt", "p3.txt", "p4.txt"]  # (read on at the next header)
    assert archive_rejects("bad.tar")[0].startswith("2 blocks of damaged or unknown headers from byte 2048 skipped")
    assert story_names("huge.tar") == ["p0.txt"]
    (doc,) = read_file(tmp_path / "no.tar")  # (a page under a tar's name: read as the page it is)
    assert isinstance(doc, Document) and doc.format == "html"
    (tmp_path / "junk.tar").write_bytes(bytes(range(256)) * 16)
    assert archive_rejects("junk.tar")[0].startswith("not a tar archive that can be read")
    (tmp_path / "zero.tar").write_bytes(b"")
    assert [r.reason for r in read_file(tmp_path / "zero.tar")] == ["empty_file"]  # type: ignore[union-attr]
    got = [d.sources[0].path.rsplit("!/")[-1] for d in read_file(tmp_path / "cut.tar.gz") if isinstance(d, Document)]
    assert 10 < len(got) < 60 and got == [f"p{i}.txt" for i in range(len(got))]
    assert "Compressed file ended" in archive_rejects("cut.tar.gz")[-1]


def test_tars_appended_to_each_other_are_all_read(tmp_path: Path) -> None:
    """``cat a.tar.gz b.tar.gz`` (a crawler appending a day's archive, two downloads joined): GNU tar without ``-i``
    and Python's tarfile stop at the first archive's end blocks, the second's members lost without a word; both are
    read. Zero-filled space after an archive is not read on past 2 MiB of it (no reject: nothing in it is lost); 2 MiB
    of no header ends the reading with a reject."""
    first, second = _tar(_pages(3)[:2]), _tar(_pages(3)[2:])  # type: ignore[arg-type]
    (tmp_path / "a.tar.gz").write_bytes(gzip.compress(first) + gzip.compress(second))
    (tmp_path / "b.tar").write_bytes(first + second)
    for name in ("a.tar.gz", "b.tar"):
        items = list(read_file(tmp_path / name))
        assert _rejects(items) == []
        assert [d.sources[0].path.rsplit("!/")[-1] for d in items if isinstance(d, Document)] == [
            "p0.txt",
            "p1.txt",
            "p2.txt",
        ]
    (tmp_path / "c.tar").write_bytes(first + bytes(8 * MiB))
    items = list(read_file(tmp_path / "c.tar"))
    assert _rejects(items) == [] and len([d for d in items if isinstance(d, Document)]) == 2
    (tmp_path / "d.tar").write_bytes(first + b"\x01" * (3 * MiB) + second)  # (no header in 2 MiB: given up, said)
    items = list(read_file(tmp_path / "d.tar"))
    ((reason, detail),) = _rejects(items)
    assert reason == "bad_archive" and detail.startswith("no tar header in 2097152 bytes")
    assert len([d for d in items if isinstance(d, Document)]) == 2


def test_tar_headers_and_listings_are_held_to_their_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pax header of 3 MiB (tarfile reads it whole), more members than ``MAX_MEMBERS``: a reject naming where the
    reading stops, the members before it read."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for i, (name, text) in enumerate(_pages(3)):
            info = tarfile.TarInfo(name)
            info.size = len(text.encode())
            if i == 1:
                info.pax_headers = {"comment": "x" * (3 * MiB)}
            tf.addfile(info, io.BytesIO(text.encode()))
    (tmp_path / "pax.tar").write_bytes(buf.getvalue())
    items = list(read_file(tmp_path / "pax.tar"))
    assert _titles([d for d in items if isinstance(d, Document)]) == [""]
    ((reason, detail),) = _rejects(items)
    assert reason == "bad_archive" and detail.startswith(
        "a member's headers (long name, pax records) over 1048576 bytes"
    )
    monkeypatch.setattr(archive, "MAX_MEMBERS", 3)
    (tmp_path / "many.tar").write_bytes(_tar(_pages(5)))  # type: ignore[arg-type]
    items = list(read_file(tmp_path / "many.tar"))
    assert len([d for d in items if isinstance(d, Document)]) == 3
    ((reason, detail),) = _rejects(items)
    assert reason == "too_large" and detail.startswith("more than 3 members")


# 2. UTF-16 dumps over the budget ----------------------------------------------------------------------------------


def _dump(n: int) -> str:
    return "".join(f"统计局发布第{i}号数据上线_网易新闻\n{P1}上个月第{i}段。\n{P2}编号{i}。\n" for i in range(n))


@pytest.mark.parametrize(
    ("codec", "bom"),
    [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("utf-32-le", b"\xff\xfe\0\0")],
)
def test_a_utf16_dump_over_the_budget_is_cut_at_its_own_line_ends(tmp_path: Path, codec: str, bom: bytes) -> None:
    """上 is ``0a 4e`` in UTF-16 LE: cut at ``0a`` bytes, 86 of 300 pages were lost (UTF-32: 193, ``binary`` parts).
    Read recoded to UTF-8, its pages are the UTF-8 dump's."""
    text = _dump(300)
    (tmp_path / "u8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "w.txt").write_bytes(bom + text.encode(codec))
    got = process_file(str(tmp_path / "w.txt"), read_options=SMALL)
    assert _rejects(got) == []
    assert _titles(got) == _titles(process_file(str(tmp_path / "u8.txt"), read_options=SMALL))
    assert len(_titles(got)) == 300 and not any("\ufffd" in d.text for d in got if isinstance(d, Document))
    assert {d.encoding for d in read_file(tmp_path / "w.txt", SMALL)} == {codec}  # type: ignore[union-attr]


# 3. members over the budget ---------------------------------------------------------------------------------------


def test_archive_members_over_the_budget_are_read_as_files_are(tmp_path: Path) -> None:
    """A JSONL member and a ``.warc.gz`` member over the budget (they were one ``too_large`` each, every record lost)
    are copied into a temporary file and read a record at a time; an HTML member over it is ``too_large`` as an HTML
    file is; a UTF-16 text member over it is read in parts."""
    lines = "".join(
        json.dumps({"id": f"r{i}", "text": f"{P1}{i}\n{P2}{i}"}, ensure_ascii=False) + "\n" for i in range(400)
    )
    warc = b"".join(
        gzip.compress(record("response", http_response(_page(post=f"<p>第{i}号。</p>").encode()), url=f"http://x/{i}"))
        for i in range(200)
    )
    members: list[tuple[str, str | bytes]] = [
        ("big.jsonl", lines), ("big.warc.gz", warc), ("big.html", "<p>" + "字" * 40_000 + "</p>"),
        ("u16.txt", b"\xff\xfe" + _dump(300).encode("utf-16-le")),
    ]  # fmt: skip
    assert len(lines.encode()) > SMALL.max_bytes and len(warc) > SMALL.max_bytes
    for name, data in [("a.zip", _zip(members)), ("a.tar.gz", gzip.compress(_tar(members)))]:
        (tmp_path / name).write_bytes(data)
        items = list(read_file(tmp_path / name, SMALL))
        docs = [d.sources[0] for d in items if isinstance(d, Document)]
        assert sum(s.path.endswith("!/big.jsonl") for s in docs) == 400
        assert sum(s.path.endswith("!/big.warc.gz") for s in docs) == 200
        assert [r.path.rsplit("!/")[-1] for r in items if isinstance(r, Reject)] == ["big.html"]
        got = process_file(str(tmp_path / name), read_options=SMALL)
        assert len([t for t in _titles(got) if t.startswith("统计局发布第")]) == 300


_CHILD = """
import json, resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from cleaner.cli import main
sys.argv = ["cleaner", "run", sys.argv[2], "--out", sys.argv[3], "-q", "-j", "1"]
main()
"""


def test_tar_bombs_in_a_run_stay_under_the_memory_limit(tmp_path: Path) -> None:
    """`cleaner run -j 1` under a 1 GB address limit: a ``.tar.gz`` of a member of zeros after a good member (256 KB of
    gzip): stopped at 200 times the compressed bytes read, the good member read, in seconds."""
    src = tmp_path / "in"
    src.mkdir()
    good = _pages(1)[0][1].encode()
    info = tarfile.TarInfo("good.txt")
    info.size = len(good)
    head = info.tobuf(tarfile.GNU_FORMAT) + good + bytes(-len(good) % 512)
    info = tarfile.TarInfo("zeros.html")
    info.size = 1 << 30  # (the gzip holds 256 MiB of it: the rest is never reached)
    with gzip.open(src / "zeros.tar.gz", "wb", compresslevel=1) as gz:
        gz.write(head + info.tobuf(tarfile.GNU_FORMAT))
        for _ in range(1 << 6):
            gz.write(bytes(4 * MiB))
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}
    cmd = [sys.executable, "-c", _CHILD, str(1000 * MiB), str(src), str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    rejects = [json.loads(x) for x in (tmp_path / "out" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    got = {(r["path"].removeprefix(f"{src}/"), r["reason"], r["detail"].split(":")[0]) for r in rejects}
    why = "the archive inflates to more than 200 times its compressed size"
    assert got == {("zeros.tar.gz!/zeros.html", "too_large", why), ("zeros.tar.gz", "too_large", why)}
    stories = (tmp_path / "out" / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    assert {s["path"] for x in stories for s in json.loads(x)["sources"]} == {f"{src}/zeros.tar.gz!/good.txt"}


def test_a_member_that_cannot_be_copied_is_an_io_error_naming_tmpdir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No room (here: no folder) for the copy of a member over the budget: an ``io_error`` reject saying what to set,
    the other members read."""
    import tempfile

    lines = "".join(json.dumps({"id": f"r{i}", "text": f"{P1}{i}\n{P2}{i}"}) + "\n" for i in range(400))
    (tmp_path / "a.tar").write_bytes(_tar([("big.jsonl", lines), *_pages(1)]))  # type: ignore[list-item]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    items = list(read_file(tmp_path / "a.tar", SMALL))
    ((reason, detail),) = _rejects(items)
    assert reason == "io_error" and "set TMPDIR to a folder with room" in detail
    assert [d.sources[0].path.rsplit("!/")[-1] for d in items if isinstance(d, Document)] == ["p0.txt"]


def test_a_text_with_the_tar_magic_at_its_place_is_still_a_text(tmp_path: Path) -> None:
    """A tar is known by its magic (``ustar`` at byte 257) and its header's checksum: a Spanish page whose 257th byte
    starts "ustar " (me g-ustar-ía) stays a page."""
    text = "x" * 256 + "gustar mucho. " + "Me gustaría leer este artículo sobre la economía del país. " * 20
    assert text.encode()[257:263] == b"ustar "
    (tmp_path / "a.html").write_text(f"<p>{text[3:]}</p>", encoding="utf-8")
    (tmp_path / "b").write_text(text, encoding="utf-8")
    for name in ("a.html", "b"):
        (doc,) = read_file(tmp_path / name)
        assert isinstance(doc, Document) and "gustar" in doc.text
