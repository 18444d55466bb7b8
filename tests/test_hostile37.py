"""Helper hostile37: inputs whose records were lost or mangled, on real files (``bench/hostile_inputs37.py`` holds
the probe set they come from).

1. a JSONL line that is not one JSON object — raw control characters in its strings, records glued (``}{``), CR-only
   line ends, an array of records, records pretty-printed over several lines, a string holding raw line breaks — was a
   ``bad_json`` reject, every record in it lost;
2. a WARC response body in ``Content-Encoding: zstd`` was a ``binary`` reject;
3. a saved HTTP response (``curl -i``) was a page whose text began with its headers and was cut by chunk sizes, or a
   ``binary`` reject when its body was compressed;
4. a CSV / TSV export was read as a text dump (ids and URLs glued to the titles, a UTF-16 TSV one page of every row).
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import time
from pathlib import Path

import pytest

from cleaner.document import Document, Reject
from cleaner.input.base import ReadOptions
from cleaner.input.readers import read_file
from tests.test_hostile32 import P1, P2, _page
from tests.warcbytes import record


def _docs(path: Path, options: ReadOptions | None = None) -> tuple[list[Document], list[Reject]]:
    items = list(read_file(path, options))
    return [d for d in items if isinstance(d, Document)], [r for r in items if isinstance(r, Reject)]


def _rec(i: int, text: str | None = None) -> dict[str, str]:
    return {"id": f"r{i}", "url": f"http://x.cn/{i}", "text": text or f"统计局发布第{i}号数据\n{P1}{i}\n{P2}"}


# 1. JSONL lines that are not one object ------------------------------------------------------------------------------


def _sloppy(kind: str) -> bytes:
    recs = [_rec(i) for i in range(4)]
    if kind == "raw_controls":  # (a hand-rolled writer: TAB, CR, ESC unescaped inside strings)
        return "".join(json.dumps(r, ensure_ascii=False).replace("\\n", ch, 1) + "\n" for r, ch in
                       zip(recs, ["\t", "\r", "\x1b", "\x0c"], strict=True)).encode()  # fmt: skip
    if kind == "glued":
        return "".join(json.dumps(r, ensure_ascii=False) for r in recs).encode() + b"\n"
    if kind == "cr_only":
        return "".join(json.dumps(r, ensure_ascii=False) + "\r" for r in recs).encode()
    if kind == "commas":
        return ",\n".join(json.dumps(r, ensure_ascii=False) for r in recs).encode() + b"\n"
    if kind == "array":
        return json.dumps(recs, ensure_ascii=False).encode()
    if kind == "pretty_array":
        return json.dumps(recs, ensure_ascii=False, indent=2).encode()
    if kind == "pretty":
        return "\n".join(json.dumps(r, ensure_ascii=False, indent=2) for r in recs).encode()
    assert kind == "raw_newlines"  # (strings holding raw line breaks: each record over three lines)
    return "".join(json.dumps(r, ensure_ascii=False).replace("\\n", "\n") + "\n" for r in recs).encode()


@pytest.mark.parametrize(
    "kind", ["raw_controls", "glued", "cr_only", "commas", "array", "pretty_array", "pretty", "raw_newlines"]
)
def test_jsonl_records_that_are_not_one_object_per_line_are_read(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(_sloppy(kind))
    docs, rejects = _docs(path)
    assert rejects == []
    assert [d.sources[0].input_id for d in docs] == ["r0", "r1", "r2", "r3"]
    assert all(P1 in d.text and d.url == f"http://x.cn/{i}" for i, d in enumerate(docs))
    records = [d.sources[0].record for d in docs]
    assert records == sorted(set(records))  # (unique, in order: the keys of the run's pages)


def test_a_cut_line_loses_only_itself_and_the_records_after_it_keep_their_numbers(tmp_path: Path) -> None:
    """A record cut by a crash mid-write (``{"id": "r1", "te``) is no start of a record over several lines: the record
    after it, whole on its own line, ends the gathering. Records after a glued line are numbered on (unique)."""
    lines = [json.dumps(_rec(i), ensure_ascii=False) for i in range(5)]
    lines[1] = lines[1][:25]
    lines[3] = lines[3] + lines[3].replace('"r3"', '"r3b"')
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, rejects = _docs(path)
    assert [(r.reason, r.record) for r in rejects] == [("bad_json", 1)]
    assert [(d.sources[0].input_id, d.sources[0].record) for d in docs] == [
        ("r0", 0), ("r2", 2), ("r3", 3), ("r3b", 4), ("r4", 5)
    ]  # fmt: skip


def test_lines_that_open_records_and_never_close_them_are_read_in_linear_time(tmp_path: Path) -> None:
    """50,000 lines of ``{"a": [`` (each opens a value) then a good record: each line is gathered with those after it
    at most once (the lines given back start no gathering of their own), so the file reads in about a second."""
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"a": [\n' * 50_000 + json.dumps(_rec(9)).encode() + b"\n")
    started = time.process_time()
    docs, rejects = _docs(path)
    assert time.process_time() - started < 20
    assert [d.sources[0].input_id for d in docs] == ["r9"]
    assert {r.reason for r in rejects} == {"bad_json"}


def test_a_record_with_a_field_nested_past_the_parser_keeps_its_text(tmp_path: Path) -> None:
    """A record whose ``meta`` nests 5,000 objects (the parser stops near 1,000): read, the deep part ``null``
    (brackets inside strings are not counted); a line that is only deep arrays stays a ``bad_json`` reject."""
    deep = '{"a": "[{", "b":' * 5000 + "1" + "}" * 5000
    first = json.dumps(_rec(0), ensure_ascii=False)[:-1] + f', "meta": {deep}}}'
    path = tmp_path / "a.jsonl"
    path.write_text(first + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps(_rec(1)) + "\n", encoding="utf-8")
    docs, rejects = _docs(path)
    assert [d.sources[0].input_id for d in docs] == ["r0", "r1"] and P1 in docs[0].text
    meta = docs[0].sources[0].extra["meta"]
    for _ in range(198):  # (the record is level 1, its meta level 2)
        assert meta["a"] == "[{"
        meta = meta["b"]
    assert meta == {"a": "[{", "b": None}
    assert [(r.reason, r.record) for r in rejects] == [("bad_json", 1)]


# 2. Content-Encoding: zstd -------------------------------------------------------------------------------------------


def test_a_warc_body_in_zstd_content_encoding_is_decoded_under_the_budget(tmp_path: Path) -> None:
    import zstandard

    def response(body: bytes, url: str) -> bytes:
        head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: zstd\r\n\r\n"
        return record("response", head.encode() + body, url=url)

    page = zstandard.ZstdCompressor().compress(_page().encode())
    bomb = zstandard.ZstdCompressor().compress(bytes(2_000_000))
    path = tmp_path / "a.warc"
    path.write_bytes(response(page, "http://x.cn/a") + response(bomb, "http://x.cn/bomb"))
    docs, rejects = _docs(path, ReadOptions(max_bytes=1_000_000))
    assert [d.url for d in docs] == ["http://x.cn/a"] and P1 in docs[0].text
    assert [(r.reason, r.record) for r in rejects] == [("too_large", 1)]


# 3. saved HTTP responses ---------------------------------------------------------------------------------------------


def _chunked(body: bytes) -> bytes:
    return b"".join(b"%x\r\n" % len(body[i : i + 100]) + body[i : i + 100] + b"\r\n" for i in range(0, len(body), 100))


def test_a_saved_http_response_is_read_as_its_body(tmp_path: Path) -> None:
    """``curl -i`` (chunked, gzip, both), ``curl -i -L`` (a redirect's header block first), GBK named only by the
    header; a saved 404 is an ``http_status`` reject; a text that starts as a status line does but has no headers is
    read as the text it is."""
    html = _page().encode()
    gbk = _page().replace("utf-8", "gbk").encode("gbk")
    head = "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset={}\r\n{}\r\n"
    files = {
        "chunked.html": head.format("utf-8", "Transfer-Encoding: chunked\r\n").encode() + _chunked(html) + b"0\r\n\r\n",
        "gzip.html": head.format("utf-8", "Content-Encoding: gzip\r\n").encode() + gzip.compress(html),
        "both": head.format("utf-8", "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n").encode()
        + _chunked(gzip.compress(html)) + b"0\r\n\r\n",
        "redirect.txt": b"HTTP/1.1 301 Moved Permanently\r\nLocation: /a\r\n\r\n" + head.format("utf-8", "").encode()
        + html,
        "gbk.html": head.format("gbk", "").encode() + gbk.replace(b'charset="gbk"', b""),
    }  # fmt: skip
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        docs, rejects = _docs(tmp_path / name)
        assert rejects == [] and len(docs) == 1, name
        assert docs[0].format == "html" and P1 in docs[0].text and "HTTP/1.1" not in docs[0].text, name
    (tmp_path / "404.html").write_bytes(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>")
    assert [r.reason for r in _docs(tmp_path / "404.html")[1]] == ["http_status"]
    (tmp_path / "note.txt").write_text(f"HTTP/1.1 200 OK is what a server says.\n{P1}\n\n{P2}\n", encoding="utf-8")
    (doc,) = _docs(tmp_path / "note.txt")[0]
    assert doc.text.startswith("HTTP/1.1 200 OK is what")


# 4. CSV and TSV tables -----------------------------------------------------------------------------------------------


def _table(rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _rows(header: list[str], n: int = 4) -> list[list[str]]:
    return [header] + [[f"r{i}", f"http://x.cn/{i}", f'第{i}号, "数据"', f"{P1}{i}\n{P2}\n{P1}"] for i in range(n)]


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("a.csv", lambda rows: codecs.BOM_UTF8 + _table(rows).encode()),  # (Excel's "CSV UTF-8")
        ("a.tsv", lambda rows: codecs.BOM_UTF16_LE + _table(rows, "\t").encode("utf-16-le")),  # ("Unicode text")
        ("a.csv.gz", lambda rows: gzip.compress(_table(rows).encode("gbk"))),  # (a Chinese Windows' code page)
    ],
)
def test_the_rows_of_a_csv_or_tsv_export_are_records(tmp_path: Path, name: str, encode: object) -> None:
    (tmp_path / name).write_bytes(encode(_rows(["id", "URL", "Title", "Text"])))  # type: ignore[operator]
    docs, rejects = _docs(tmp_path / name)
    assert rejects == []
    assert [(d.sources[0].input_id, d.url, d.title) for d in docs] == [
        (f"r{i}", f"http://x.cn/{i}", f'第{i}号, "数据"') for i in range(4)
    ]
    assert all(d.text == f"{P1}{i}\n{P2}\n{P1}" for i, d in enumerate(docs))  # (its line breaks kept)


def test_a_table_without_a_named_text_column_reads_its_longest_one(tmp_path: Path) -> None:
    """A header in Chinese (``正文``): the column of long values is the text; a table of none is one ``no_text``; a
    field longer than the ``csv`` module's 128 KiB is read; a row the module refuses is a ``bad_csv`` reject."""
    (tmp_path / "a.csv").write_text(_table(_rows(["编号", "链接", "标题", "正文"])), encoding="utf-8")
    docs, rejects = _docs(tmp_path / "a.csv")
    assert rejects == [] and len(docs) == 4 and docs[0].text.startswith(P1) and docs[0].sources[0].extra["编号"] == "r0"
    (tmp_path / "b.csv").write_text("url,score\nhttp://x.cn/1,3\n", encoding="utf-8")
    assert [r.reason for r in _docs(tmp_path / "b.csv")[1]] == ["no_text"]
    long = f"{P1}\n" * 4000  # (≈ 400 KiB)
    (tmp_path / "c.csv").write_text(_table([["id", "text"], ["r0", long], ["r1", P1]]), encoding="utf-8")
    docs, rejects = _docs(tmp_path / "c.csv")
    assert rejects == [] and [len(d.text) for d in docs] == [len(long), len(P1)]


def test_a_csv_bomb_is_stopped(tmp_path: Path) -> None:
    """40 MiB of blank rows in a small ``.csv.gz``: stopped past 16 MiB at 200 times its size, the rows before read."""
    head = _table(_rows(["id", "url", "title", "text"], 1)).encode()
    (tmp_path / "a.csv.gz").write_bytes(gzip.compress(head + (b" " * 100 + b",\r\n") * (40 << 20 >> 7), 9))
    docs, rejects = _docs(tmp_path / "a.csv.gz")
    assert len(docs) == 1
    assert rejects[-1].reason == "too_large" and "compression bomb" in rejects[-1].detail


# 5. a tar member's damaged header ------------------------------------------------------------------------------------


def test_a_tar_member_whose_header_is_damaged_is_read_as_it_stands(tmp_path: Path) -> None:
    """A byte of a member's header damaged (its checksum no longer matches): the header still holds its magic, a type
    and a size that parse, so the member is read (it was skipped with every block of its data), and the archive's
    reject names it; a header whose size field is damaged too is skipped as before."""
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        for i in range(4):
            data = f"统计局发布第{i}号数据_网易新闻\n{P1}{i}\n{P2}{i}".encode()
            info = tarfile.TarInfo(f"p{i}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    whole = buf.getvalue()
    at = whole.index(b"p2.txt")
    for name, where, byte in [("mtime.tar", at + 140, b"1"), ("sum.tar", at + 150, b"7"), ("size.tar", at + 130, b"x")]:
        bad = bytearray(whole)
        bad[where : where + 1] = byte
        (tmp_path / name).write_bytes(bytes(bad))
        docs, rejects = _docs(tmp_path / name)
        names = [d.sources[0].path.rsplit("!/")[-1] for d in docs]
        (reject,) = rejects
        if name == "size.tar":
            assert names == ["p0.txt", "p1.txt", "p3.txt"] and "damaged or unknown headers" in reject.detail
        else:
            assert names == ["p0.txt", "p1.txt", "p2.txt", "p3.txt"], name
            assert reject.reason == "bad_archive" and reject.detail.startswith(
                "1 damaged member headers (bad checksum) read as they stand (p2.txt)"
            )


def test_an_archives_member_rejects_past_the_listed_limit_are_summed_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Members rejected for one reason past ``MAX_LISTED`` (20,000 empty members were 20,000 rejects) are summed up
    in one reject of the archive naming the first and last member; other reasons and the members' pages are kept."""
    import tarfile
    import zipfile

    from cleaner.input import base

    monkeypatch.setattr(base, "MAX_LISTED", 3)
    members = [(f"e/{i}.txt", b"") for i in range(10)] + [("a.css", b"x{}"), ("p.txt", f"{P1}\n{P2}".encode())]
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    (tmp_path / "a.tar").write_bytes(buf.getvalue())
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    for name in ("a.tar", "a.zip"):
        docs, rejects = _docs(tmp_path / name)
        assert len(docs) == 1
        got = [(r.path.rsplit("!/")[-1] if "!/" in r.path else "", r.reason) for r in rejects]
        assert got == [("e/0.txt", "empty_file"), ("e/1.txt", "empty_file"), ("e/2.txt", "empty_file"),
                       ("a.css", "unsupported_type"), ("", "empty_file")]  # fmt: skip
        assert (
            rejects[-1].detail
            == "7 more rejects as empty_file in its members, from member 4 (e/3.txt) to member 10 (e/9.txt)"
        )


def test_a_table_or_saved_response_made_to_be_costly_is_bounded(tmp_path: Path) -> None:
    """A ``.csv`` whose second line is 3 MB of NUL bytes (zero-filled space) under a 1 MB budget: the row before read,
    one ``too_large``, nothing read on; a file of 200,000 redirect header blocks: not taken for a response (at most 20
    header blocks), read as the text it is, in linear time."""
    (tmp_path / "a.csv").write_bytes(_table(_rows(["id", "url", "title", "text"], 1)).encode() + bytes(3_000_000))
    docs, rejects = _docs(tmp_path / "a.csv", ReadOptions(max_bytes=1_000_000))
    assert len(docs) == 1 and [r.reason for r in rejects] == ["too_large"]
    (tmp_path / "b.txt").write_bytes(b"HTTP/1.1 301 M\r\nA: b\r\n\r\n" * 200_000 + f"{P1}\n{P2}\n".encode())
    started = time.process_time()
    docs, rejects = _docs(tmp_path / "b.txt")
    assert time.process_time() - started < 10 and len(docs) == 1 and rejects == []
