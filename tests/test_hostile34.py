"""Helper hostile34: hostile inputs of kinds the earlier batteries did not hold, through `cleaner run` and the library.

Each run over hostile files is a child process under ``RLIMIT_AS`` and a timeout (a regression fails the test instead
of taking the machine); each input must end as a story's source or a reject with a reason.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import struct
import zipfile
from pathlib import Path

import pytest
import zstandard

from cleaner.document import Document, Reject
from cleaner.extraction import MAX_CHARS
from cleaner.input.readers import read_file
from tests.test_hostile32 import ART, P1, P2, _child, _outcomes, _page
from tests.warcbytes import http_response, record

pytestmark = pytest.mark.slow

MiB = 1 << 20


def _battery(src: Path) -> dict[str, set[str]]:
    """Hostile files in ``src``; for each, what it must give (reasons, or ``"story"``)."""
    src.mkdir()
    want: dict[str, set[str]] = {}

    def put(name: str, data: str | bytes, *outcome: str) -> None:
        (src / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        want[name] = set(outcome)

    page = _page().encode()
    # a page saved as it was served (Content-Encoding), under its URL's name: was a "binary" reject
    put("gz.html", gzip.compress(page), "story")
    put("bz2.html", bz2.compress(_page(post="<p>另一页。</p>").encode()), "story")
    put("xz.txt", lzma.compress(f"统计局发布数据_网易新闻\n{P1}\n{P2}一".encode()), "story")
    row = json.dumps({"text": P1 + "\n" + P2 + "二"}).encode() + b"\n"
    put("zst.jsonl", zstandard.ZstdCompressor().compress(row), "story")
    put("bomb.html", gzip.compress(b"<p>" + b"\0" * (200 * MiB)), "too_large")
    put("bzh.txt", f"BZh is how this line starts.\n{P1}\n{P2}三", "story")  # (text, not a bzip2 stream)
    # the parser's reconstruction of 5,000 distinct unclosed formatting elements, for each of 5,000 paragraphs
    put("formatting.html", "<html><body>" + "".join(f'<b class="c{i}">' for i in range(5000)) + "<p>x</p>" * 5000 + ART,
        "story")  # fmt: skip
    put("misnested.html", "<html><body><table>" + "<tr><td><table><b>" * 20000 + ART, "story")
    # 200,000 links left open (taken for nesting: the page read flat, its tags stripped) before the article: the
    # page's first 2 M characters were read, the article after them lost, "<a h" (a tag cut there) its text
    put("links2e5.html", "<html><body>" + '<a href="x">首页' * 200_000 + ART, "story")
    for tag in ("textarea", "title", "xmp", "plaintext"):
        put(f"open-{tag}.html", f"<html><head><title>统计局发布数据</title></head><body>{ART}<{tag}>" + "x<y " * MiB,
            "story")  # fmt: skip
    put("open-comment.html", f"<html><body>{ART}<!--" + "-- -> " * MiB, "story")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.html", _page())
    put("zip.html", buf.getvalue(), "story")  # (a ZIP archive under a page's name: its members read, hostile35)
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    put("png.html", png + bytes(range(256)) * 200, "binary")
    put("page.warc", _page(), "bad_warc_record", "empty_file")
    put("crlf.txt", b"\r\n" * 2_000_000, "empty_file")
    put("bidi.txt", ("\u202e" + P1 + "\u2066\n") * 3 + P2, "story")
    put("new\nline.txt", f"{P1}\n{P2}四", "story")
    put("-rf.txt", f"{P1}\n{P2}五", "story")
    warc = gzip.compress(record("response", http_response(_page(post="<p>存档。</p>").encode()), url="http://x/w"))
    put("gz.warc", warc, "story")
    return want


def _results(out: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    rejects = [json.loads(x) for x in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    stories = (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    return rejects, [s for x in stories for s in json.loads(x)["sources"]]


def test_a_second_battery_of_hostile_inputs_ends_in_stories_or_named_rejects(tmp_path: Path) -> None:
    """`cleaner run -j 2` and `cleaner.process()`, each in a child under 2.5 GB of address space: every file a
    story's source or a reject with its reason, nothing on stderr."""
    want = _battery(tmp_path / "in")
    done = _child("cli", tmp_path / "in", tmp_path / "out")
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""
    rejects, sources = _results(tmp_path / "out")
    assert _outcomes(rejects, sources) == want  # type: ignore[arg-type]
    assert all(r["detail"] for r in rejects)
    done = _child("lib", tmp_path / "in", tmp_path / "lib.json")
    assert done.returncode == 0, done.stderr[-3000:]
    lib = json.loads((tmp_path / "lib.json").read_text(encoding="utf-8"))
    assert _outcomes(lib["rejects"], lib["sources"]) == want


def test_a_page_or_dump_named_plainly_but_compressed_is_read(tmp_path: Path) -> None:
    """``.html``, ``.txt``, ``.jsonl`` files whose bytes are gzip, bzip2, xz or zstd are read through their codec,
    held to the byte budget as a ``.gz`` is; a text that starts with ``BZh`` is text."""
    page = _page()
    (tmp_path / "a.html").write_bytes(gzip.compress(page.encode()))
    (tmp_path / "b.txt").write_bytes(bz2.compress(f"{P1}\n{P2}".encode()))
    (tmp_path / "c.txt").write_text(f"BZh9 {P1}\n{P2}", encoding="utf-8")
    (tmp_path / "d.html").write_bytes(gzip.compress(b"<p>" + b"a" * (80 * MiB)))
    (doc,) = read_file(tmp_path / "a.html")
    assert isinstance(doc, Document) and doc.format == "html" and doc.text == page
    (doc,) = read_file(tmp_path / "b.txt")
    assert isinstance(doc, Document) and doc.text == f"{P1}\n{P2}"
    (doc,) = read_file(tmp_path / "c.txt")
    assert isinstance(doc, Document) and doc.text.startswith("BZh9 ")
    (rej,) = read_file(tmp_path / "d.html")
    assert isinstance(rej, Reject) and rej.reason == "too_large" and "decompresses to more than" in rej.detail


def test_a_page_too_deep_is_read_flat_past_a_flood_of_empty_tags(tmp_path: Path) -> None:
    """A page read flat (nested deeper than the parser is given) has its tags stripped before it is cut to the
    characters read, not after: 200,000 links left open and 5,000,000 empty ones before the article kept it out of
    the part read (a ``no_body`` reject whose text was ``<a h``, a tag cut at the limit; a ``too_deep`` one)."""
    (tmp_path / "a.html").write_text("<html><body>" + '<a href="x">首页' * 200_000 + ART, encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body>" + "<a>" * 1_000_000 + ART, encoding="utf-8")
    done = _child("lib", tmp_path, tmp_path / "lib.json", timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    lib = json.loads((tmp_path / "lib.json").read_text(encoding="utf-8"))
    assert lib["rejects"] == [] and sorted(Path(s["path"]).name for s in lib["sources"]) == ["a.html", "b.html"]
    assert os.path.getsize(tmp_path / "b.html") > MAX_CHARS  # (the article past the characters read)
