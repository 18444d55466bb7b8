"""Bad input is normal input: every file ends up in the output or in rejects, with a reason."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
from pathlib import Path

import pytest

from cleaner.document import Document, Reject
from cleaner.input.readers import read_dumps
from cleaner.pipeline import process, run

ARTICLE_ZH = (
    "新华社北京电 国家统计局今天发布数据显示,今年前三季度国内生产总值同比增长百分之五点二。"
    "专家表示,经济运行总体平稳,结构持续优化,高质量发展扎实推进。\n"
    "分析人士认为,四季度消费和投资有望继续回升,全年目标可以实现。"
)
ARTICLE_TW = "臺灣中央氣象署今天表示,颱風預計明天清晨登陸,各地應做好防颱準備。民眾請勿前往海邊觀浪,以免發生危險。"


def _reasons(items: list[Document | Reject]) -> list[str]:
    return [i.reason for i in items if isinstance(i, Reject)]


def _docs(items: list[Document | Reject]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def test_empty_and_binary_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "ok.txt").write_text(ARTICLE_ZH, encoding="utf-8")
    result = process([tmp_path])
    reasons = sorted(r.reason for r in result.rejects)
    assert reasons == ["binary", "empty_file", "empty_file"]
    assert len(result.stories) == 1


def test_unknown_file_type_is_rejected_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    result = process([tmp_path])
    assert [r.reason for r in result.rejects] == ["unsupported_type"]


def test_gbk_and_big5_files_decode(tmp_path: Path) -> None:
    (tmp_path / "gbk.txt").write_bytes(ARTICLE_ZH.encode("gbk"))
    (tmp_path / "big5.txt").write_bytes(ARTICLE_TW.encode("big5"))
    items = list(read_dumps(tmp_path))
    texts = {Path(d.sources[0].path).name: d.text for d in _docs(items)}
    assert texts["gbk.txt"] == ARTICLE_ZH
    assert texts["big5.txt"] == ARTICLE_TW


def test_gbk_html_declared_in_meta_decodes_as_gb18030(tmp_path: Path) -> None:
    html = f'<html><head><meta charset="gb2312"><title>t</title></head><body><p>{ARTICLE_ZH}</p></body></html>'
    (tmp_path / "page.html").write_bytes(html.encode("gb18030"))
    (doc,) = _docs(list(read_dumps(tmp_path)))
    assert doc.format == "html" and ARTICLE_ZH in doc.text and doc.encoding == "gb18030"


def test_invalid_utf8_bytes(tmp_path: Path) -> None:
    good = ARTICLE_ZH.encode("utf-8")
    (tmp_path / "few.txt").write_bytes(good[:60] + b"\xff" + good[60:])  # one stray byte
    (tmp_path / "junk.txt").write_bytes(bytes((0x80 + (i * 37) % 0x7F) for i in range(4000)))
    result = process([tmp_path])
    (story,) = result.stories
    assert "国家统计局今天发布数据显示" in story.text and story.meta.get("decode_errors") == "1"
    assert [(Path(r.path).name, r.reason) for r in result.rejects] in (
        [("junk.txt", "undecodable")],
        [("junk.txt", "too_short")],
        [("junk.txt", "no_body")],
    )


def test_fifty_megabyte_single_line(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes(b"abcdefghij" * (5 * 1024 * 1024))
    (tmp_path / "run.txt").write_bytes(b"x" * (50 * 1024 * 1024))  # (a run of one character: taken out, hostile27)
    (tmp_path / "ok.txt").write_text(ARTICLE_ZH, encoding="utf-8")
    result = process([tmp_path])
    assert sorted((Path(r.path).name, r.reason) for r in result.rejects) == [
        ("huge.txt", "line_too_long"),
        ("run.txt", "empty_page"),
    ]
    assert len(result.stories) == 1


def test_gzip_files_and_truncated_gzip(tmp_path: Path) -> None:
    data = gzip.compress(ARTICLE_ZH.encode("utf-8"))
    (tmp_path / "a.txt.gz").write_bytes(data)
    (tmp_path / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    lines = b"".join(json.dumps({"text": ARTICLE_ZH + str(i)}).encode() + b"\n" for i in range(50))
    jz = gzip.compress(lines)
    (tmp_path / "cut.jsonl.gz").write_bytes(jz[: int(len(jz) * 0.8)])
    result = process([tmp_path])
    reasons = {(Path(r.path).name, r.reason) for r in result.rejects}
    assert ("cut.txt.gz", "truncated_gzip") in reasons
    assert ("cut.jsonl.gz", "truncated_gzip") in reasons
    assert any(Path(src.path).name == "a.txt.gz" for s in result.stories for src in s.sources)
    # the complete records before the cut are kept
    assert sum(1 for s in result.stories for src in s.sources if src.path.endswith("cut.jsonl.gz")) > 0


def test_malformed_jsonl_lines(tmp_path: Path) -> None:
    rows = [
        json.dumps({"url": "http://a/1", "title": "标题一", "text": ARTICLE_ZH}, ensure_ascii=False),
        "{not json",
        json.dumps([1, 2, 3]),
        json.dumps({"url": "http://a/2"}),
        json.dumps({"url": "http://a/3", "html": f"<html><body><article><p>{ARTICLE_TW}</p></article></body></html>"}),
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(read_dumps(tmp_path / "d.jsonl"))
    assert [(r.reason, r.record) for r in items if isinstance(r, Reject)] == [
        ("bad_json", 1),
        ("bad_json", 2),
        ("no_text", 3),
    ]
    docs = _docs(items)
    assert [(d.format, d.url, d.title) for d in docs] == [("text", "http://a/1", "标题一"), ("html", "http://a/3", "")]


def _warc_bytes(pages: list[tuple[str, bytes, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body, ctype in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


# warcio's writer leaves SpooledTemporaryFile buffers to the garbage collector (test-side only)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_warc_with_header_charset_and_broken_record(tmp_path: Path) -> None:
    html = f"<html><body><article><p>{ARTICLE_ZH}</p></article></body></html>".encode("gbk")
    good = _warc_bytes([("http://x/1", html, "text/html; charset=GBK")])
    (tmp_path / "ok.warc.gz").write_bytes(good)
    second = _warc_bytes([("http://x/2", html, "text/html; charset=gbk")])
    (tmp_path / "broken.warc.gz").write_bytes(good + second[: len(second) // 2])
    items = list(read_dumps(tmp_path))
    docs = _docs(items)
    assert all(ARTICLE_ZH in d.text and d.encoding == "gb18030" for d in docs)
    assert [Path(d.sources[0].path).name for d in docs] == ["broken.warc.gz", "ok.warc.gz"]
    assert [(Path(r.path).name, r.reason) for r in items if isinstance(r, Reject)] == [
        ("broken.warc.gz", "bad_warc_record")
    ]


@pytest.mark.parametrize(
    ("uri_line", "url"),
    [
        ("WARC-Target-URI: HTTP://EXAMPLE.COM/a\r\n", "HTTP://EXAMPLE.COM/a"),  # was unsupported_type
        ("", None),  # no WARC-Target-URI: was bad_warc_record (AttributeError in warcio)
        ("WARC-Target-URI: \r\n", ""),  # was unsupported_type
        ("WARC-Target-URI: //example.com/a\r\n", "//example.com/a"),  # was unsupported_type
        ("WARC-Target-URI: example.com/a\r\n", "example.com/a"),  # was unsupported_type
        ("WARC-Target-URI: http://a b/c\r\n", "http://a%20b/c"),  # was read, and a false bad_warc_record too
    ],
)
def test_a_warc_response_with_an_odd_target_uri_is_read(tmp_path: Path, uri_line: str, url: str | None) -> None:
    """warcio reads a block's HTTP headers only under a URI starting with lower-case http: or https:; a block
    declared application/http is HTTP whatever its URI says (helper hostile15)."""
    from tests.warcbytes import http_response

    def rec(block: bytes, uri: str) -> bytes:
        head = (
            f"WARC/1.0\r\nWARC-Type: response\r\n{uri}WARC-Date: 2024-05-17T00:00:00Z\r\nWARC-Record-ID: <urn:x>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
        )
        return head.encode() + block + b"\r\n\r\n"

    html = f"<html><body><article><p>{ARTICLE_ZH}</p></article></body></html>".encode()
    after = html.replace(b"<p>", b"<p>after ")
    (tmp_path / "odd.warc").write_bytes(
        rec(http_response(html), uri_line) + rec(http_response(after), "WARC-Target-URI: http://x/after\r\n")
    )
    items = list(read_dumps(tmp_path))
    assert [r for r in items if isinstance(r, Reject)] == []
    docs = _docs(items)
    assert [(d.sources[0].record, d.url) for d in docs] == [(0, url), (1, "http://x/after")]
    assert all(ARTICLE_ZH in d.text and not d.text.startswith("HTTP/") for d in docs)


def test_run_writes_all_outputs_and_rest_completes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text(ARTICLE_ZH, encoding="utf-8")
    (src / "copy.txt").write_text(ARTICLE_ZH, encoding="utf-8")
    (src / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    report = run([src], tmp_path / "out")
    out = tmp_path / "out"
    stories = [json.loads(line) for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(stories) == 1 and len(stories[0]["sources"]) == 2
    assert set(stories[0]) >= {"id", "title", "text", "url", "meta", "sources"}
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rejects[0]["reason"] == "bad_json"
    rep = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert rep["files"] == 3 and rep["stories"] == 1 and rep["duplicates_merged"] == 1
    assert rep["rejects"] == {"bad_json": 1}
    assert report.stories == 1
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]  # no temp files left


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    from cleaner.errors import UsageError

    with pytest.raises(UsageError):
        process([tmp_path / "nope"])


def test_listing_is_sorted_like_paths_skips_hidden_and_lists_a_file_once(tmp_path: Path) -> None:
    from cleaner.input.readers import list_dump_files

    names = ["a/b.txt", "a-c.txt", "a/.hidden.txt", ".git/x.txt", "b/.cache/y.txt", "b/z.txt", "failures.jsonl"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    listed = list_dump_files([tmp_path, tmp_path / "a" / "b.txt"])
    assert listed == sorted(tmp_path / n for n in ["a/b.txt", "a-c.txt", "b/z.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in listed] == ["a/b.txt", "a-c.txt", "b/z.txt"]


def test_listed_names_are_spelled_as_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner.input.readers import list_dump_files, list_dump_names

    (tmp_path / "d" / "s").mkdir(parents=True)
    (tmp_path / "d" / "s" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d" / "y.txt").write_text("y", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for given in ["./d/", "d//", "d"]:
        assert list_dump_names([given]) == ["d/s/x.txt", "d/y.txt"] == [str(p) for p in list_dump_files([given])]
    assert list_dump_names(["./d/y.txt"]) == ["d/y.txt"]


# --- #14: input records keep their identity; every input is read or refused aloud ---------------------------


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_ids_and_fields_travel_in_the_source(tmp_path: Path) -> None:
    rows = [
        {"id": "a-1", "text": ARTICLE_ZH, "crawl_date": "2024-05-17", "lang": "zh", "url": "http://a/1"},
        {"id": 42, "text": ARTICLE_TW, "metadata": {"url": "http://b/2", "date": "2024-01-02"}},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    d1, d2 = _docs(list(read_dumps(tmp_path)))
    s1, s2 = d1.sources[0], d2.sources[0]
    assert (s1.input_id, s1.extra, d1.url) == ("a-1", {"crawl_date": "2024-05-17", "lang": "zh"}, "http://a/1")
    # datatrove / HF style: url and date from the metadata object
    assert (s2.input_id, d2.url, s2.url, d2.meta) == ("42", "http://b/2", "http://b/2", {"published": "2024-01-02"})
    assert s2.extra == {"metadata": {"url": "http://b/2", "date": "2024-01-02"}}
    report = run([tmp_path], tmp_path / "out")
    assert report.stories == 2
    stories = _records(tmp_path / "out" / "stories.jsonl")
    by_input = {s["sources"][0]["input_id"]: s for s in stories}  # type: ignore[index]
    assert set(by_input) == {"a-1", "42"}
    assert by_input["42"]["meta"] == {"published": "2024-01-02"}
    assert by_input["a-1"]["sources"][0]["extra"] == {"crawl_date": "2024-05-17", "lang": "zh"}  # type: ignore[index]


def test_an_id_that_is_no_string_or_number_stays_in_extra_and_a_text_that_is_no_string_is_named(
    tmp_path: Path,
) -> None:
    # (an id that was a list, an object or a boolean vanished: neither input_id nor extra; a `text` object was
    # "record has no text/content/html field")
    rows = [
        {"id": [1, 2], "text": ARTICLE_ZH},
        {"id": {"k": "v"}, "text": ARTICLE_TW},
        {"id": True, "text": ARTICLE_ZH},
        {"id": "s", "text": {"nested": ARTICLE_ZH}},
        {"id": "n", "html": 12},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    items = list(read_dumps(tmp_path))
    docs = _docs(items)
    assert [(d.sources[0].input_id, d.sources[0].extra) for d in docs] == [
        (None, {"id": [1, 2]}), (None, {"id": {"k": "v"}}), (None, {"id": True})
    ]  # fmt: skip
    rejects = [(r.record, r.reason, r.detail) for r in items if isinstance(r, Reject)]
    assert rejects == [
        (3, "no_text", "record has no text/content/html field (text is an object, not a string)"),
        (4, "no_text", "record has no text/content/html field (html is a number, not a string)"),
    ]


def test_id_key_and_text_key(tmp_path: Path) -> None:
    from cleaner.input.readers import ReadOptions

    row = {"doc_key": "x9", "text": "short", "body_zh": ARTICLE_ZH, "id": "not-this"}
    (tmp_path / "d.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = _docs(list(read_dumps(tmp_path, ReadOptions(id_key="doc_key", text_key="body_zh"))))
    assert doc.text == ARTICLE_ZH and doc.sources[0].input_id == "x9"
    assert doc.sources[0].extra == {"id": "not-this"}  # the other text fields are text, not fields
    (rej,) = list(read_dumps(tmp_path, ReadOptions(text_key="missing")))
    assert isinstance(rej, Reject) and rej.reason == "no_text" and "missing" in rej.detail


def test_cli_id_key_text_key_and_stdin(tmp_path: Path) -> None:
    import subprocess
    import sys

    row = {"uid": "u-7", "article_text": ARTICLE_ZH, "source": "feed"}
    data = (json.dumps(row, ensure_ascii=False) + "\n").encode()
    cli = [sys.executable, "-m", "cleaner.cli"]
    out = tmp_path / "out"
    done = subprocess.run(
        [*cli, "run", "-", "--out", str(out), "-q", "-j", "1", "--id-key", "uid", "--text-key", "article_text"],
        input=data, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (story,) = _records(out / "stories.jsonl")
    src = story["sources"][0]  # type: ignore[index]
    assert (src["path"], src["input_id"], src["extra"]) == ("-", "u-7", {"source": "feed"})
    assert not list(tmp_path.glob("**/stdin-*"))  # the spooled copy is gone
    shown = subprocess.run([*cli, "clean", "-", "--json"], input=ARTICLE_TW.encode("big5"), capture_output=True,
                           timeout=120, check=False)  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    (rec,) = [json.loads(line) for line in shown.stdout.splitlines()]
    assert "颱風預計明天清晨登陸" in rec["text"] and rec["sources"][0]["path"] == "-"


def test_whitespace_bom_and_unicode_space_files_are_empty_file(tmp_path: Path) -> None:
    (tmp_path / "ws.txt").write_bytes(b" \t\r\n \n")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    (tmp_path / "bom16.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "uspace.txt").write_text("\u3000\u00a0\u200b\u2029\n\ufeff", encoding="utf-8")
    (tmp_path / "uspace.html").write_text("\u3000 \u200b", encoding="utf-8")
    (tmp_path / "ws.jsonl").write_text("\n \n", encoding="utf-8")
    result = process([tmp_path])
    assert sorted((Path(r.path).name, r.reason) for r in result.rejects) == [
        (n, "empty_file") for n in sorted(["ws.txt", "bom.txt", "bom16.txt", "uspace.txt", "uspace.html", "ws.jsonl"])
    ]


def _zst(data: bytes) -> bytes:
    import zstandard

    return zstandard.ZstdCompressor().compress(data)


COMPRESSORS = {"bz2": bz2.compress, "xz": lzma.compress, "zst": _zst}


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
def test_bz2_xz_and_zstd_dumps_are_read_and_cut_ones_rejected(tmp_path: Path, suffix: str) -> None:
    """``.jsonl.zst`` and friends: read like ``.gz`` (records before a cut kept, the cut reported), also when
    only the content tells (no suffix), and several streams or frames in a row read as one."""
    pack = COMPRESSORS[suffix]
    page = f"<html><head><title>标题</title></head><body><article><p>{ARTICLE_ZH}</p></article></body></html>"
    lines = b"".join(json.dumps({"id": f"r{i}", "text": ARTICLE_ZH + str(i) * 40}).encode() + b"\n" for i in range(600))
    packed = pack(lines)
    (tmp_path / f"a.jsonl.{suffix}").write_bytes(packed)
    (tmp_path / f"two.txt.{suffix}").write_bytes(pack(ARTICLE_ZH.encode()) + pack(b"\n" + ARTICLE_TW.encode()))
    (tmp_path / f"page.html.{suffix}").write_bytes(pack(page.encode()))
    (tmp_path / f"noname_{suffix}").write_bytes(packed)
    (tmp_path / f"cut.txt.{suffix}").write_bytes(pack(ARTICLE_ZH.encode() * 50)[:60])
    (tmp_path / f"cut.jsonl.{suffix}").write_bytes(packed[: int(len(packed) * 0.8)])
    (tmp_path / f"bad.txt.{suffix}").write_bytes(pack(b"x")[:4] + bytes(range(256)))
    items = list(read_dumps(tmp_path))
    docs = _docs(items)
    by_file: dict[str, list[Document]] = {}
    for d in docs:
        by_file.setdefault(Path(d.sources[0].path).name, []).append(d)
    assert len(by_file[f"a.jsonl.{suffix}"]) == 600 and len(by_file[f"noname_{suffix}"]) == 600
    assert by_file[f"noname_{suffix}"][0].sources[0].input_id == "r0"
    assert by_file[f"two.txt.{suffix}"][0].text == ARTICLE_ZH + "\n" + ARTICLE_TW
    assert by_file[f"page.html.{suffix}"][0].format == "html"
    kept = len(by_file.get(f"cut.jsonl.{suffix}", []))
    assert (0 if suffix == "bz2" else 1) <= kept < 600  # (bzip2 blocks are 900 KB: this cut is inside the first)
    reasons = {(Path(r.path).name, r.reason) for r in items if isinstance(r, Reject)}
    assert (f"cut.txt.{suffix}", "truncated_compressed") in reasons
    assert (f"cut.jsonl.{suffix}", "truncated_compressed") in reasons
    assert any(name == f"bad.txt.{suffix}" and reason.endswith("_compressed") for name, reason in reasons)
    assert f"cut.txt.{suffix}" not in by_file and f"bad.txt.{suffix}" not in by_file


def test_a_compressed_name_on_content_compressed_otherwise_or_not_at_all_is_read(tmp_path: Path) -> None:
    # (a dump a crawler or `curl --compressed` stored inflated under its .gz name, a .gz that is bzip2: bad_gzip /
    # bad_compressed rejects, every page of the file lost)
    from tests.warcbytes import http_response, record

    page = f"<html><body><article><p>{ARTICLE_ZH}</p><p>{ARTICLE_TW}</p></article></body></html>".encode()
    (tmp_path / "plain.txt.gz").write_bytes((ARTICLE_ZH + "\n" + ARTICLE_TW).encode())
    (tmp_path / "plain.html.bz2").write_bytes(page)
    (tmp_path / "plain.jsonl.zst").write_bytes(json.dumps({"id": "j", "text": ARTICLE_TW}).encode() + b"\n")
    (tmp_path / "plain.warc.gz").write_bytes(record("response", http_response(page)))
    (tmp_path / "bzip2.txt.gz").write_bytes(bz2.compress(ARTICLE_TW.encode()))
    (tmp_path / "xz.html.zst").write_bytes(lzma.compress(page))
    (tmp_path / "noise.txt.gz").write_bytes(bytes(range(256)) * 4)
    items = list(read_dumps(tmp_path))
    assert sorted(Path(d.sources[0].path).name for d in _docs(items)) == sorted(
        ["plain.txt.gz", "plain.html.bz2", "plain.jsonl.zst", "plain.warc.gz", "bzip2.txt.gz", "xz.html.zst"]
    )
    assert [(Path(r.path).name, r.reason) for r in items if isinstance(r, Reject)] == [("noise.txt.gz", "binary")]


def test_a_dump_compressed_twice_or_thrice_is_read_and_more_is_refused(tmp_path: Path) -> None:
    """A ``.txt.gz.gz`` (a crawler that gzips what it stores, given a ``.gz``) was a ``binary`` reject, its pages lost
    (hostile14's "left"). Layers are read up to :data:`cleaner.input.readers.MAX_LAYERS`, in any codecs, whatever the
    name says; the bombs are in ``test_bombs``."""
    import zstandard

    from tests.warcbytes import http_response, record

    text = (ARTICLE_ZH + "\n" + ARTICLE_TW).encode()
    page = f"<html><body><article><p>{ARTICLE_ZH}</p><p>{ARTICLE_TW}</p></article></body></html>".encode()
    (tmp_path / "twice.txt.gz.gz").write_bytes(gzip.compress(gzip.compress(text)))
    (tmp_path / "thrice.txt.gz.gz.gz").write_bytes(gzip.compress(gzip.compress(gzip.compress(text))))
    (tmp_path / "mixed.html.xz").write_bytes(lzma.compress(bz2.compress(page)))  # (the name says one layer)
    (tmp_path / "twice.jsonl.zst").write_bytes(
        zstandard.ZstdCompressor().compress(gzip.compress(json.dumps({"id": "j", "text": ARTICLE_TW}).encode()))
    )
    (tmp_path / "twice.warc.gz.gz").write_bytes(gzip.compress(gzip.compress(record("response", http_response(page)))))
    (tmp_path / "noname").write_bytes(bz2.compress(gzip.compress(text)))
    (tmp_path / "four.txt.gz.gz.gz.gz").write_bytes(gzip.compress(gzip.compress(gzip.compress(gzip.compress(text)))))
    (tmp_path / "cut.txt.gz.gz").write_bytes(gzip.compress(gzip.compress(text))[:40])
    (tmp_path / "cut_inside.txt.gz.gz").write_bytes(gzip.compress(gzip.compress(text)[:-12]))
    (tmp_path / "empty.txt.gz.gz").write_bytes(gzip.compress(gzip.compress(b"")))
    items = list(read_dumps(tmp_path))
    docs = {Path(d.sources[0].path).name: d for d in _docs(items)}
    assert sorted(docs) == sorted(
        ["twice.txt.gz.gz", "thrice.txt.gz.gz.gz", "mixed.html.xz", "twice.jsonl.zst", "twice.warc.gz.gz", "noname",
         "cut_inside.txt.gz.gz"]  # (its whole lines, marked cut: the pipeline rejects its last page)
    )  # fmt: skip
    assert docs["twice.txt.gz.gz"].text == text.decode() and docs["twice.txt.gz.gz"].format == "text"
    assert docs["cut_inside.txt.gz.gz"].meta["truncated"].startswith("truncated_gzip: ")
    assert text.decode().startswith(docs["cut_inside.txt.gz.gz"].text)
    assert docs["mixed.html.xz"].format == "html" and docs["twice.warc.gz.gz"].format == "html"
    assert docs["twice.jsonl.zst"].sources[0].input_id == "j"
    assert sorted((Path(r.path).name, r.reason) for r in items if isinstance(r, Reject)) == [
        ("cut.txt.gz.gz", "truncated_gzip"),
        ("empty.txt.gz.gz", "empty_file"),
        ("four.txt.gz.gz.gz.gz", "unsupported_type"),
    ]


def test_unknown_and_missing_extensions_are_sniffed(tmp_path: Path) -> None:
    body = f"<body><article><p>{ARTICLE_ZH}</p></article></body>"
    page = f"<!DOCTYPE html><html><head><title>标题</title></head>{body}</html>"
    (tmp_path / "article.aspx").write_text(page, encoding="utf-8")
    (tmp_path / "view.php?id=12").write_text(ARTICLE_TW, encoding="utf-8")
    (tmp_path / "noext").write_bytes(ARTICLE_ZH.encode("gb18030"))
    (tmp_path / "records").write_text(json.dumps({"id": "r", "text": ARTICLE_TW}) + "\n", encoding="utf-8")
    (tmp_path / "page.gz").write_bytes(gzip.compress(page.encode()))
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "blob.dat").write_bytes(bytes(range(256)) * 8)
    items = list(read_dumps(tmp_path))
    fmt = {Path(d.sources[0].path).name: d.format for d in _docs(items)}
    assert fmt == {"article.aspx": "html", "view.php?id=12": "text", "noext": "text", "records": "text",
                   "page.gz": "html"}  # fmt: skip
    assert sorted((Path(r.path).name, r.reason) for r in items if isinstance(r, Reject)) == [
        ("blob.dat", "binary"),
        ("photo.jpg", "unsupported_type"),
    ]
    assert next(d for d in _docs(items) if d.sources[0].path.endswith("records")).sources[0].input_id == "r"


def test_wet_resource_and_conversion_records(tmp_path: Path) -> None:
    from tests.warcbytes import gz_members, record

    html = f"<html><body><article><p>{ARTICLE_ZH}</p></article></body></html>".encode()
    info = record("warcinfo", b"software: x\r\n", content_type="application/warc-fields")
    wet = record("conversion", ARTICLE_TW.encode(), content_type="text/plain", url="http://x/wet", record_id="<urn:w>")
    (tmp_path / "cc.warc.wet.gz").write_bytes(gz_members(info, wet))
    (tmp_path / "plain.warc.wet").write_bytes(info + wet)
    (tmp_path / "res.warc").write_bytes(record("resource", html, content_type="text/html", url="http://x/r"))
    (tmp_path / "img.warc").write_bytes(record("resource", b"\x89PNG", content_type="image/png", url="http://x/i"))
    items = list(read_dumps(tmp_path))
    got = sorted((Path(d.sources[0].path).name, d.format, d.url, d.sources[0].input_id) for d in _docs(items))
    assert got == [
        ("cc.warc.wet.gz", "text", "http://x/wet", "<urn:w>"),
        ("plain.warc.wet", "text", "http://x/wet", "<urn:w>"),
        ("res.warc", "html", "http://x/r", "<urn:uuid:00000000-0000-0000-0000-000000000001>"),
    ]
    assert [(Path(r.path).name, r.reason) for r in items if isinstance(r, Reject)] == [("img.warc", "unsupported_type")]


def test_stdin_with_a_state_is_refused(tmp_path: Path) -> None:
    from cleaner.errors import UsageError

    with pytest.raises(UsageError, match="standard input"):
        run(["-"], tmp_path / "out", state=tmp_path / "s.db")


def test_stdin_that_does_not_fit_in_the_temporary_folder_names_the_copy(tmp_path: Path) -> None:
    """`cleaner run -` copies standard input to a temporary file first; a full or capped temporary folder was
    `cleaner: File too large` (no file named). A real write limit (RLIMIT_FSIZE) in a child (helper hostile15)."""
    import resource
    import subprocess
    import sys

    dump = tmp_path / "big.txt"
    dump.write_text((ARTICLE_ZH + "\n\n") * 20_000, encoding="utf-8")
    assert dump.stat().st_size > 2_000_000

    def capped() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    with dump.open("rb") as stdin:
        proc = subprocess.run(
            [sys.executable, "-c", "from cleaner.cli import main; main()", "run", "-", "--out", str(tmp_path / "out"),
             "-q", "-j", "1"],
            stdin=stdin, capture_output=True, text=True, timeout=120, preexec_fn=capped,
            env={**os.environ, "TMPDIR": str(tmp_path)},
        )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "File too large (standard input is copied there first; set TMPDIR" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "out"]  # the copy removed
    assert [p.name for p in (tmp_path / "out").iterdir()] == [".cleaner-output"]  # (checked before any work)


def test_a_closed_standard_input_is_named_not_a_traceback(tmp_path: Path) -> None:
    """``cleaner run -`` / ``cleaner clean -`` with standard input closed (``<&-``, a daemon's): an AttributeError's
    traceback (sys.stdin is None). Now ``run`` stops before any work naming it (exit 1), and ``clean`` (and
    ``read_file("-")``) gives an ``io_error`` reject. Helper hostile16."""
    import subprocess
    import sys

    def closed() -> None:
        os.close(0)

    cli = [sys.executable, "-c", "from cleaner.cli import main; main()"]
    run_ = subprocess.run([*cli, "run", "-", "--out", str(tmp_path / "out"), "-q", "-j", "1"], capture_output=True,
                          text=True, timeout=120, preexec_fn=closed)  # fmt: skip
    assert run_.returncode == 1 and "Traceback" not in run_.stderr, run_.stderr
    assert "standard input is closed" in run_.stderr
    clean = subprocess.run([*cli, "clean", "-"], capture_output=True, text=True, timeout=120, preexec_fn=closed)
    assert clean.returncode == 0 and "Traceback" not in clean.stderr, clean.stderr
    assert "rejected (io_error): standard input is closed" in clean.stderr


def test_parquet_rows_are_read_as_records(tmp_path: Path) -> None:
    """A Parquet table (a dataset's shard, an earlier run's stories.parquet): each row a record with its id, URL,
    date and other columns, row groups read in turn; unnamed Parquet is sniffed; a damaged file is a reject."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    import datetime as dt

    rows = {
        "id": ["a", "b", "c"],
        "text": [ARTICLE_ZH, None, f"<html><body><article><p>{ARTICLE_TW}</p></article></body></html>"],
        "url": ["http://x.test/a", None, None],
        "date": [dt.date(2024, 1, 2)] * 3,
        "blob": [b"\xff\x00", b"ok", None],
    }
    pq.write_table(pa.table(rows), tmp_path / "t.parquet", row_group_size=2)
    (tmp_path / "shard").write_bytes((tmp_path / "t.parquet").read_bytes())
    (tmp_path / "cut.parquet").write_bytes((tmp_path / "t.parquet").read_bytes()[:200])
    items = list(read_dumps(tmp_path))
    docs = {(Path(d.sources[0].path).name, d.sources[0].input_id): d for d in _docs(items)}
    assert set(docs) == {("t.parquet", "a"), ("t.parquet", "c"), ("shard", "a"), ("shard", "c")}
    a = docs[("t.parquet", "a")]
    assert a.text == ARTICLE_ZH and a.url == "http://x.test/a" and a.meta["published"] == "2024-01-02"
    assert a.sources[0].extra["blob"] == "/wA=" and docs[("t.parquet", "c")].format == "html"
    assert docs[("t.parquet", "c")].sources[0].record == 2
    reasons = sorted((Path(r.path).name, r.reason, r.record) for r in items if isinstance(r, Reject))
    assert reasons == [("cut.parquet", "bad_parquet", None), ("shard", "no_text", 1), ("t.parquet", "no_text", 1)]


def test_parquet_row_groups_and_cells_over_the_budget_are_too_large(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from cleaner.input.base import ReadOptions
    from cleaner.input.readers import read_file

    texts = ["x " * 1700, "short text " * 10, "y " * 20_000, "z " * 100]
    pq.write_table(pa.table({"id": ["a", "b", "c", "d"], "text": texts}), tmp_path / "t.parquet", row_group_size=2)
    items = list(read_file(tmp_path / "t.parquet", ReadOptions(max_bytes=3000)))
    assert [d.sources[0].input_id for d in _docs(items)] == ["b"]
    rejects = [(r.reason, r.record) for r in items if isinstance(r, Reject)]
    assert rejects == [("too_large", 0), ("too_large", 2)]  # a's cell; the row group of c and d unread


def test_jsonl_in_utf16_utf32_or_a_chinese_legacy_charset_is_read(tmp_path: Path) -> None:
    """Windows PowerShell's ``>`` writes UTF-16 LE with a BOM, and a scraper's ``json.dumps(ensure_ascii=False)``
    written on a Chinese Windows is GBK (Big5 in Taiwan): each line was a ``bad_json`` reject (split at ``\\n`` bytes
    inside UTF-16 code units; "'utf-8' codec can't decode"), every record lost. Helper hostile16."""
    from cleaner.input.base import ReadOptions

    def lines(*texts: str) -> str:
        return "".join(json.dumps({"id": str(k), "text": t}, ensure_ascii=False) + "\n" for k, t in enumerate(texts))

    both = lines(ARTICLE_ZH, ARTICLE_TW)
    for name, data in [
        ("ps.jsonl", b"\xff\xfe" + both.encode("utf-16-le")),
        ("be.jsonl", both.encode("utf-16-be")),  # (no BOM: JSON's own test of the first bytes)
        ("u32.jsonl", both.encode("utf-32")),
        ("u16.jsonl.gz", gzip.compress(both.encode("utf-16"))),
        ("gbk.jsonl", lines(ARTICLE_ZH, ARTICLE_ZH + "。").encode("gbk")),
        ("big5.jsonl", lines(ARTICLE_TW, ARTICLE_TW + "。").encode("big5")),
    ]:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "mixed.jsonl").write_bytes(lines(ARTICLE_ZH).encode() + b'{"text": "\xff\xfe\x00"}\n' + b"\x00\x00\n")
    items = list(read_dumps(tmp_path))
    got = sorted((Path(d.sources[0].path).name, d.sources[0].record, d.text) for d in _docs(items))
    assert got == sorted(
        [(n, 0, ARTICLE_ZH) for n in ("ps.jsonl", "be.jsonl", "u32.jsonl", "u16.jsonl.gz", "gbk.jsonl", "mixed.jsonl")]
        + [(n, 1, ARTICLE_TW) for n in ("ps.jsonl", "be.jsonl", "u32.jsonl", "u16.jsonl.gz")]
        + [("gbk.jsonl", 1, ARTICLE_ZH + "。"), ("big5.jsonl", 0, ARTICLE_TW), ("big5.jsonl", 1, ARTICLE_TW + "。")]
    )
    assert sorted((Path(r.path).name, r.record, r.reason) for r in items if isinstance(r, Reject)) == [
        ("mixed.jsonl", 1, "bad_json"),
        ("mixed.jsonl", 2, "bad_json"),
    ]
    # a UTF-16 file is read line by line (it was read whole: over the budget, one reject for every record)
    big = list(read_dumps(tmp_path / "ps.jsonl", ReadOptions(max_bytes=100)))
    assert [(r.reason, r.record) for r in big if isinstance(r, Reject)] == [("too_large", 0), ("too_large", 1)]


def test_plain_files_read_from_the_descriptor_as_through_a_file_object(tmp_path: Path) -> None:
    """A ``.txt`` or ``.html`` file is read from its descriptor (no file object): the same documents and rejects as
    the file-object path gives (empty, blank, over the byte budget, undecodable, with replacement characters), and
    the same bytes as ``read_capped`` for every budget around the file's size."""
    from cleaner.input.base import ReadOptions, open_regular, open_regular_fd, read_capped, read_fd_capped
    from cleaner.input.readers import _read_open, read_file

    files = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "zh.txt": ARTICLE_ZH.encode(),
        "tw.txt": ARTICLE_TW.encode("big5"),
        "bad.txt": b"ok \xff\xfe text \xc3 more text\n" * 3,
        "page.html": f"<html><body><p>{ARTICLE_ZH}</p></body></html>".encode(),
        "bom.txt": b"\xef\xbb\xbf" + ARTICLE_ZH.encode(),
    }
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        for cap in (0, 1, len(data) - 1, len(data), len(data) + 1, 1 << 20):
            if cap < 0:
                continue
            options = ReadOptions(max_bytes=cap)
            with open_regular(str(path)) as fh:
                expected = list(_read_open(fh, str(path), "html" if name.endswith("html") else "text", None, options))
            got = list(read_file(path, options))
            assert [x.to_json() if isinstance(x, Reject) else (x.text, x.format, x.encoding, x.meta) for x in got] == [
                x.to_json() if isinstance(x, Reject) else (x.text, x.format, x.encoding, x.meta) for x in expected
            ], (name, cap)
            fd, size = open_regular_fd(str(path))
            try:
                fast: bytes | str = read_fd_capped(fd, size, cap)
            except Exception as exc:
                fast = type(exc).__name__
            finally:
                os.close(fd)
            with open_regular(str(path)) as fh:
                try:
                    slow: bytes | str = read_capped(fh, cap)
                except Exception as exc:
                    slow = type(exc).__name__
            assert fast == slow, (name, cap)


@pytest.mark.parametrize("suffix", ["gz", *sorted(COMPRESSORS)])
def test_junk_after_or_between_compressed_streams_keeps_what_they_hold(tmp_path: Path, suffix: str) -> None:
    """An error page a download appended to a ``.gz`` (``gzip -d``: "trailing garbage ignored"): Python's gzip raised,
    so a text dump was a ``bad_gzip`` reject, its complete members lost; ``bz2`` and ``lzma`` ignored such bytes
    without a word, a ``.zst`` lost every page; junk *between* members lost the members after it (helper hostile17).
    Now every stream is read, and one reject names the junk."""
    from tests.warcbytes import http_response, record

    pack = COMPRESSORS.get(suffix, gzip.compress)
    junk = b"<html><body><h1>502 Bad Gateway</h1></body></html>\r\n"
    zh, tw = ARTICLE_ZH.encode(), ARTICLE_TW.encode()
    lines = [json.dumps({"id": f"r{i}", "text": ARTICLE_ZH + str(i)}).encode() + b"\n" for i in range(3)]
    page = f"<html><body><article><p>{ARTICLE_ZH}</p></article></body></html>".encode()
    records = [record("response", http_response(page + b"<!--%d-->" % i), url=f"http://x/{i}") for i in range(3)]
    files = {
        f"tail.txt.{suffix}": pack(zh) + pack(b"\n" + tw) + junk,
        f"tail.jsonl.{suffix}": pack(b"".join(lines)) + junk,
        f"mid.jsonl.{suffix}": pack(lines[0]) + b"\x00" * 7 + junk + pack(b"".join(lines[1:])),
        f"both.html.{suffix}": pack(page[:40]) + junk + pack(page[40:]) + junk * 3,
        f"tail.warc.{suffix}": b"".join(pack(r) for r in records) + junk,
        f"mid.warc.{suffix}": pack(records[0]) + junk + b"".join(pack(r) for r in records[1:]),
        f"padded.txt.{suffix}": pack(zh) + b"\x00" * 1024,  # (NUL padding: read silently, as gzip -d does)
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    items = list(read_dumps(tmp_path))
    got: dict[str, list[str]] = {}
    for d in _docs(items):
        got.setdefault(Path(d.sources[0].path).name, []).append(d.text)
    assert got[f"tail.txt.{suffix}"] == [ARTICLE_ZH + "\n" + ARTICLE_TW]
    assert got[f"padded.txt.{suffix}"] == [ARTICLE_ZH]
    assert len(got[f"tail.jsonl.{suffix}"]) == len(got[f"mid.jsonl.{suffix}"]) == 3
    assert got[f"both.html.{suffix}"] == [page.decode()]
    assert len(got[f"tail.warc.{suffix}"]) == len(got[f"mid.warc.{suffix}"]) == 3
    rejects = {Path(r.path).name: r for r in items if isinstance(r, Reject)}
    assert sorted(rejects) == sorted(n for n in files if not n.startswith("padded"))
    expected = "bad_gzip" if suffix == "gz" else "bad_compressed"
    for name, r in rejects.items():
        if ".warc." in name and suffix == "gz":  # (warcio reads the members: it names the junk's first line)
            assert r.reason == "bad_warc_record" and "502 Bad Gateway" in r.detail, r
            continue
        assert r.reason == expected, r
        assert f"{len(junk)} bytes" in r.detail or "runs of bytes" in r.detail, r


@pytest.mark.parametrize("codec", ["gzip", "bz2", "xz", "zstd"])
def test_decompressed_streams_are_their_parts_whatever_the_junk_between_them(codec: str) -> None:
    """:func:`cleaner.input.compression.open_decompressed` against the parts it was made of: random streams, NUL
    padding and junk between them, read in random sizes; the junk counted, nothing else."""
    import random

    from cleaner.input.compression import open_decompressed, stream_junk

    pack = {"gzip": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress, "zstd": _zst}[codec]
    rng = random.Random(17)
    for _ in range(12):
        parts = [rng.choice([rng.randbytes(rng.randint(0, 70_000)), b"ab" * rng.randint(0, 200_000)]) for _ in "abc"]
        data, runs = b"", 0
        for i, part in enumerate(parts):
            data += pack(part)
            gap = rng.choice([b"", b"\x00" * rng.randint(1, 9), b"not a stream " * rng.randint(1, 300)])
            if i < len(parts) - 1 or rng.random() < 0.5:
                data += gap
                runs += gap.strip(b"\x00") != b""
        stream = open_decompressed(io.BytesIO(data), codec)
        out = []
        while chunk := stream.read(rng.choice([1, 999, 1 << 16, 1 << 20])):
            out.append(chunk)
        assert b"".join(out) == b"".join(parts)
        junk = stream_junk(stream, codec)
        assert (junk is not None) == (runs > 0)
        assert junk is None or (f"{runs} runs" in junk[1] if runs > 1 else "bytes" in junk[1])


SHORT_TRAD = ["師傅上門看過，", "隨機推薦樓主可以看看外機風", "紅葉還沒有完全", "分析人士認為，四季度消費",
              "這是一篇測試文章。", "颱風明天登陸", "記者李小明／台北報導"]  # fmt: skip
SHORT_SIMP = ["我们小区物业统一", "台风明天登陆", "分析人士认为，四季度消费", "这是一篇测试文章。"]
SHORT_OTHER = [  # (text, charset): not Chinese, never taken for it from 6 characters on
    ("정부는 올해 경제 성장률", "euc-kr"), ("한국은행은 기준금리를 결정", "euc-kr"),
    ("政府は今年の経済成長率", "shift_jis"), ("日本銀行は来月の会合で", "euc-jp"),
    ("Le gouvernement a présenté un budget équilibré", "cp1252"),
]  # fmt: skip


def test_short_chinese_texts_in_a_legacy_charset_are_read(tmp_path: Path) -> None:
    """Charset detection has little to go on in a short text: a Big5 dump of a few dozen characters came out as
    Shift_JIS, UTF-16 or UTF-8 mojibake, or ``undecodable`` (hostile16's "left"; 10 % of texts of 6-40 characters).
    A text that GB18030 or Big5 reads strictly with half of its characters among the frequent Chinese ones is read so
    (helper hostile17); Korean, Japanese and French bytes are not taken for Chinese."""
    from cleaner.input.decoding import _legacy_chinese, decode_bytes

    for text in SHORT_TRAD:
        assert decode_bytes(text.encode("big5"), sniff_html=False) == (text, "big5hkscs")
    for text in SHORT_SIMP:
        for charset in ("gbk", "gb18030"):
            assert decode_bytes(text.encode(charset), sniff_html=False) == (text, "gb18030")
    for text, charset in SHORT_OTHER:
        assert _legacy_chinese(text.encode(charset)) is None, text
    dump = "颱風「山陀兒」明天登陸\n2024-10-02 記者王小明／高雄報導\n" + ARTICLE_TW + "\n責任編輯：陳美玲"
    (tmp_path / "short.txt").write_bytes(dump.encode("big5"))
    (doc,) = list(read_dumps(tmp_path))
    assert isinstance(doc, Document) and doc.text == dump and doc.encoding == "big5hkscs"


@pytest.mark.parametrize("suffix", ["gz", *sorted(COMPRESSORS)])
def test_a_dump_appended_stream_by_stream_and_cut_keeps_its_whole_streams(tmp_path: Path, suffix: str) -> None:
    """A crawler that appends a gzip member per page to its dump (``gzip.open(path, "ab")``), killed while writing one:
    the text dump was a ``truncated_gzip`` reject, every page before the cut lost. The streams that ended whole are
    read, and the reject says so; a dump of one cut stream is still only a reject (helper hostile17)."""
    pack = COMPRESSORS.get(suffix, gzip.compress)
    last = pack((ARTICLE_TW * 40).encode())
    cut = last[: len(last) // 2]
    whole = pack(ARTICLE_ZH.encode()) + pack(b"\n" + ARTICLE_TW.encode())
    (tmp_path / f"appended.txt.{suffix}").write_bytes(whole + cut)
    (tmp_path / f"single.txt.{suffix}").write_bytes(cut)
    items = list(read_dumps(tmp_path))
    assert [(Path(d.sources[0].path).name, d.text) for d in _docs(items)] == [
        (f"appended.txt.{suffix}", ARTICLE_ZH + "\n" + ARTICLE_TW)
    ]
    reason = "truncated_gzip" if suffix == "gz" else "truncated_compressed"
    rejects = sorted((Path(r.path).name, r.reason, "whole streams before it are read" in r.detail)
                     for r in items if isinstance(r, Reject))  # fmt: skip
    assert rejects == [(f"appended.txt.{suffix}", reason, True), (f"single.txt.{suffix}", reason, False)]
