"""Hostile inputs (helper hostile37): kinds no earlier probe set held, each with its due outcome.

Written from docs/robustness.md's lists of what was tried (hostile11 … hostile36) and the brief's list, before running
cleaner on these files and before reading how its readers treat them: JSONL shapes sloppy writers make (raw control
characters and line separators inside strings, records glued or pretty-printed, CR-only line ends, a top-level array, a
record holding a whole dump, a field nested past the parser), CSV / TSV exports (a BOM, quoted newlines, Excel's UTF-16
"Unicode text", a field over the csv module's limit), WARC bodies in codings or framings not probed (zstd, stacked
codings, chunked + gzip, `WARC-Truncated`, WARC/0.18), raw HTTP responses saved as pages (`curl -i`), HTML in two
charsets, bombs inside every container, Parquet with a damaged row group, a tar member whose own header is damaged, and
a folder of a FIFO, a symlink loop, a GBK file name and files that grow or shrink while the run reads them.

Each input ends in ``stories.jsonl`` (its good pages), in ``rejects.jsonl`` with a reason, or both; the run must end (a
time limit), in bounded memory (an address-space limit), and write no half file. A ``needle`` (a sentence of the page)
must be found in a story's text (a page read in the wrong charset does not hold it), a ``bad`` string in no story's
title or text (a table's URL column glued to its text, a saved response's headers).

    python bench/hostile_inputs37.py OUT_FOLDER [--only NAME …] [--limit-mb 1500] [--timeout 600]

prints per input: its size, what came out (stories' sources, rejects by reason), ``ok`` / ``WRONG``, CPU and wall time.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import gzip
import io
import json
import os
import sys
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.hostile_inputs36 import MiB, _tar, long_page, page_html, page_text, run

NEEDLE = "消费和投资保持稳定增长势头"


def _rec(i: int, text: str | None = None, **extra: object) -> dict[str, object]:
    return {"id": f"r{i}", "url": f"http://x.cn/{i}", "text": page_text(i) if text is None else text, **extra}


def _jsonl(records: list[dict[str, object]], sep: str = "\n", ascii_: bool = False) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=ascii_) + sep for r in records).encode()


def _raw_controls() -> bytes:
    """Strings holding raw TAB, CR, form feed and other C0 characters (invalid JSON; hand-rolled writers make it)."""
    lines = []
    for i, ch in enumerate(["\t", "\r", "\f", "\x01", "\x1b"]):
        body = json.dumps(_rec(i), ensure_ascii=False).replace("。\\n", "。" + ch + "\\n", 1)
        lines.append(body.replace("\\t", "\t"))
    return ("\n".join(lines) + "\n").encode()


def _raw_separators() -> bytes:
    """U+2028, U+2029, NEL, VT, FF and U+001C-1E raw inside strings (valid JSON: ``ensure_ascii=False`` writes them)."""
    recs = [_rec(i, page_text(i).replace("\n", sep, 1)) for i, sep in enumerate("\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")]
    return _jsonl(recs)


def _escapes() -> bytes:
    """``\\u0000``, lone surrogates of both halves, a pair written backwards, an escaped BOM, in the text and the id."""
    bits = ["\\u0000", "\\ud800", "\\udfff", "\\ude00\\ud83d", "\\ufeff", "\\ud800\\u0041"]
    out = []
    for i, b in enumerate(bits):
        text = json.dumps(page_text(i), ensure_ascii=True)[1:-1].replace("\\n", b + "\\n", 1)
        out.append(f'{{"id": "r{i}{b}", "text": "{text}"}}\n')
    return "".join(out).encode()


_TRAD = "國家統計局今天發布了最新的經濟數據，顯示今年前三個季度國內生產總值同比增長，消費和投資保持穩定增長勢頭。"


def _mixed_lines() -> bytes:
    """JSONL lines in UTF-8, GBK and Big5 (each writer's own; the Big5 ones in Traditional characters)."""
    out = []
    for i, enc in enumerate(["utf-8", "gbk", "big5", "utf-8", "gbk", "big5"]):
        text = f"統計局發布第{i}號經濟數據_網易新聞\n{_TRAD}第{i}期。\n{_TRAD}編號{i}。\n" if enc == "big5" else None
        out.append((json.dumps(_rec(i, text), ensure_ascii=False) + "\n").encode(enc))
    return b"".join(out)


def _pretty() -> bytes:
    """Records written with ``json.dump(r, f, indent=2)`` one after another (no line per record)."""
    return "\n".join(json.dumps(_rec(i), ensure_ascii=False, indent=2) for i in range(5)).encode() + b"\n"


def _deep_field() -> bytes:
    """A good record whose ``meta`` field nests 5,000 objects deep, then a good record."""
    deep = '{"a":' * 5000 + "1" + "}" * 5000
    first = json.dumps(_rec(0), ensure_ascii=False)[:-1] + f', "meta": {deep}}}\n'
    return first.encode() + _jsonl([_rec(1)])


def _dump_record() -> bytes:
    """One record whose text is a whole text dump (≈ 50 MB of long pages), then a good record."""
    text = "".join(long_page(i) for i in range(50 * MiB // 27_000))
    return _jsonl([_rec(0, text), _rec(1)])


def _csv(rows: list[list[str]], delim: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delim, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _csv_rows(n: int, text: Callable[[int], str] = page_text) -> list[list[str]]:
    rows = [["id", "url", "title", "text"]]
    rows += [[f"r{i}", f"http://x.cn/{i}", f'第{i}号, "数据"', text(i)] for i in range(n)]
    return rows


def _http_raw(chunked: bool, gz: bool) -> bytes:
    body = page_html(3).encode()
    head = "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=utf-8\r\n"
    if gz:
        body = gzip.compress(body)
        head += "Content-Encoding: gzip\r\n"
    if chunked:
        parts = [body[i : i + 300] for i in range(0, len(body), 300)]
        body = b"".join(b"%x\r\n" % len(p) + p + b"\r\n" for p in parts) + b"0\r\n\r\n"
        head += "Transfer-Encoding: chunked\r\n"
    else:
        head += f"Content-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


def _warc(body: bytes, headers: str, version: str = "1.0", warc_extra: str = "", url: str = "http://x.cn/w") -> bytes:
    block = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{headers}\r\n".encode() + body
    head = (
        f"WARC/{version}\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-05-17T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{len(body):032x}>\r\n{warc_extra}"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def _zstd(data: bytes) -> bytes:
    import zstandard

    return zstandard.ZstdCompressor().compress(data)


def _brotli(data: bytes) -> bytes:
    import brotli

    return bytes(brotli.compress(data))


def _chunked(body: bytes) -> bytes:
    parts = [body[i : i + 200] for i in range(0, len(body), 200)]
    return b"".join(b"%x\r\n" % len(p) + p + b"\r\n" for p in parts) + b"0\r\n\r\n"


def _warcs() -> dict[str, Callable[[], bytes]]:
    html = page_html(4).encode()
    return {
        "zstd_body.warc": lambda: _warc(_zstd(html), "Content-Encoding: zstd\r\n"),
        "gzip_br_body.warc": lambda: _warc(_brotli(gzip.compress(html)), "Content-Encoding: gzip, br\r\n"),
        "chunked_gzip.warc": lambda: _warc(
            _chunked(gzip.compress(html)), "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n"
        ),
        "truncated_flag.warc": lambda: _warc(
            html[: len(html) * 3 // 4], f"Content-Length: {len(html)}\r\n", warc_extra="WARC-Truncated: length\r\n"
        ),
        "warc_0_18.warc": lambda: _warc(html, f"Content-Length: {len(html)}\r\n", version="0.18"),
    }


def _bomb_zip() -> bytes:
    """A ZIP of a good page and a ``.jsonl.gz`` member inflating to 1 GiB of ``{}`` lines."""
    bomb = gzip.compress(b"{}\n" * (1 << 28), 9)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", page_text(5))
        zf.writestr("b.jsonl.gz", bomb)
    return buf.getvalue()


def _bomb_tar() -> bytes:
    """A tar of a ``.warc.gz`` whose record's ``Content-Encoding: gzip`` body inflates to 1 GiB, and a good page."""
    body = gzip.compress(bytes(1 << 30), 9)
    warc = gzip.compress(_warc(body, "Content-Encoding: gzip\r\n"))
    return _tar([("w.warc.gz", warc), ("b.txt", page_text(6).encode())])


def _bomb_zst() -> bytes:
    """A good record, then 2 GiB of blank lines, in one zstd frame."""
    import zstandard

    cctx = zstandard.ZstdCompressor(level=3)
    out = io.BytesIO()
    with cctx.stream_writer(out, closefd=False) as w:
        w.write(_jsonl([_rec(7)]))
        chunk = b"\n" * (16 * MiB)
        for _ in range(128):
            w.write(chunk)
    return out.getvalue()


def _parquet(broken: str) -> bytes:
    """Three row groups of 40 records; ``mid``: the middle group's data bytes damaged; ``cut``: the file cut in two."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    rows = [_rec(i) for i in range(120)]
    table = pa.Table.from_pylist(rows)
    pq.write_table(table, buf, row_group_size=40, compression="snappy")
    data = bytearray(buf.getvalue())
    if broken == "cut":
        return bytes(data[: len(data) // 2])
    meta = pq.ParquetFile(io.BytesIO(bytes(data))).metadata
    col = meta.row_group(1).column(meta.num_columns - 1)  # (the text column)
    start = col.dictionary_page_offset if col.has_dictionary_page else col.data_page_offset
    for k in range(start + 40, start + col.total_compressed_size - 8, 7):
        data[k] ^= 0x5A
    return bytes(data)


def _damaged_member_header() -> bytes:
    """A tar of four pages whose third member's header has a damaged checksum: its data are the page."""
    whole = _tar([(f"p{i}.txt", page_text(i).encode()) for i in range(4)])
    bad = bytearray(whole)
    pos = whole.index(b"p2.txt")  # (its header: name at offset 0 of the block)
    bad[pos + 148 : pos + 154] = b"999999"
    return bytes(bad)


def _mixed_html() -> bytes:
    """A UTF-8 page template (``<meta charset=utf-8>``) whose article was pasted in GBK bytes from an old database."""
    head = '<html><head><meta charset="utf-8"><title>统计局发布数据_网易新闻</title></head><body>'
    nav = "<div class=nav>首页 | 财经 | 登录 | 注册</div><article><h1>统计局发布经济数据</h1>"
    art = "".join(f"<p>{line}</p>" for line in page_text(8).splitlines()[1:])
    return (head + nav).encode() + art.encode("gbk") + "</article><div>版权所有</div></body></html>".encode()


INPUTS: dict[str, Callable[[], bytes]] = {
    "meta_lies_gbk.html": lambda: page_html(1).replace("<head>", '<head><meta charset="gbk">').encode(),
    "meta_lies_latin1.html": lambda: (
        page_html(2)
        .replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
        .encode("gbk")
    ),
    "mixed_halves.html": _mixed_html,
    "raw_controls.jsonl": _raw_controls,
    "raw_separators.jsonl": _raw_separators,
    "escapes.jsonl": _escapes,
    "mixed_lines.jsonl": _mixed_lines,
    "cr_only.jsonl": lambda: _jsonl([_rec(i) for i in range(5)], sep="\r"),
    "glued.jsonl": lambda: (
        _jsonl([_rec(i) for i in range(5)], sep="").replace(b"}{", b"}{", 2) + b" " + _jsonl([_rec(9)])
    ),
    "pretty.jsonl": _pretty,
    "array.jsonl": lambda: json.dumps([_rec(i) for i in range(5)], ensure_ascii=False).encode() + b"\n",
    "deep_field.jsonl": _deep_field,
    "dump_record.jsonl": _dump_record,
    "articles.csv": lambda: codecs.BOM_UTF8 + _csv(_csv_rows(5)).encode(),
    "excel_unicode.tsv": lambda: codecs.BOM_UTF16_LE + _csv(_csv_rows(5), "\t").encode("utf-16-le"),
    "big_field.csv": lambda: _csv(_csv_rows(3, lambda i: long_page(i) * 12)).encode(),
    **_warcs(),
    "curl_i.html": lambda: _http_raw(chunked=True, gz=False),
    "curl_i_gzip.html": lambda: _http_raw(chunked=False, gz=True),
    "curl_i_chunked_gzip": lambda: _http_raw(chunked=True, gz=True),
    "bomb_in.zip": _bomb_zip,
    "bomb_in.tar": _bomb_tar,
    "bomb.jsonl.zst": _bomb_zst,
    "broken_rg.parquet": lambda: _parquet("mid"),
    "cut.parquet": lambda: _parquet("cut"),
    "damaged_member_header.tar": _damaged_member_header,
}


@dataclass
class Want:
    """What an input must give: stories' sources at least, rejects (path suffix → reasons), a needle, a bad string."""

    stories: int
    rejects: dict[str, set[str]] = field(default_factory=dict)
    needle: str = NEEDLE
    bad: str | None = None


WANT: dict[str, Want] = {
    "meta_lies_gbk.html": Want(1),
    "meta_lies_latin1.html": Want(1),
    "mixed_halves.html": Want(1),
    "raw_controls.jsonl": Want(5),
    "raw_separators.jsonl": Want(8),
    "escapes.jsonl": Want(6),
    "mixed_lines.jsonl": Want(6),
    "cr_only.jsonl": Want(5),
    "glued.jsonl": Want(6),
    "pretty.jsonl": Want(5),
    "array.jsonl": Want(5),
    "deep_field.jsonl": Want(2),
    "dump_record.jsonl": Want(1900),
    "articles.csv": Want(5, bad="http://x.cn"),
    "excel_unicode.tsv": Want(5, bad="http://x.cn"),
    "big_field.csv": Want(3, bad="http://x.cn"),
    "zstd_body.warc": Want(1),
    "gzip_br_body.warc": Want(1),
    "chunked_gzip.warc": Want(1),
    "truncated_flag.warc": Want(1),
    "warc_0_18.warc": Want(1),
    "curl_i.html": Want(1, bad="Transfer-Encoding"),
    "curl_i_gzip.html": Want(1, bad="Content-Encoding"),
    "curl_i_chunked_gzip": Want(1, bad="Content-Encoding"),
    "bomb_in.zip": Want(1, {"b.jsonl.gz": {"too_large"}}),
    "bomb_in.tar": Want(1, {"w.warc.gz": {"too_large", "bad_encoding"}}),
    "bomb.jsonl.zst": Want(1, {"": {"too_large"}}),
    "broken_rg.parquet": Want(80, {"": {"bad_parquet"}}),
    "cut.parquet": Want(0, {"": {"bad_parquet"}}, needle=""),
    "damaged_member_header.tar": Want(4, {"": {"bad_archive"}}),
    "fs": Want(3, {"fifo.txt": {"not_a_file"}, "loop.txt": {"symlink_loop"}}),
}


def _fs_folder(folder: Path) -> None:
    """A FIFO, a symlink loop, a file named in GBK bytes, and two files the run sees change (see :func:`_live`)."""
    folder.mkdir()
    os.mkfifo(folder / "fifo.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    with open(os.path.join(os.fsencode(folder), "新闻稿件.txt".encode("gbk")), "wb") as fh:
        fh.write(page_text(20).encode())
    (folder / "grows.txt").write_text("".join(page_text(30 + i) for i in range(200)), encoding="utf-8")
    (folder / "shrinks.txt").write_text("".join(long_page(60 + i) for i in range(2000)), encoding="utf-8")


def _live(folder: Path, stop: threading.Event) -> None:
    """While the run reads: append pages to ``grows.txt`` and cut ``shrinks.txt`` to a third, then to nothing."""
    grows, shrinks = folder / "grows.txt", folder / "shrinks.txt"
    size = shrinks.stat().st_size
    k = 0
    while not stop.is_set():
        with open(grows, "a", encoding="utf-8") as fh:
            fh.write(page_text(1000 + k))
        k += 1
        if k == 20:
            os.truncate(shrinks, size // 3)
        if k == 60:
            os.truncate(shrinks, 0)
        time.sleep(0.01)


def make(folder: Path, only: list[str] | None = None) -> list[Path]:
    """Write the inputs (all, or those named) into ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, build in INPUTS.items():
        if only and name not in only:
            continue
        path = folder / name
        path.write_bytes(build())
        out.append(path)
    if not only or "fs" in only:
        _fs_folder(folder / "fs")
        out.append(folder / "fs")
    return out


def _top(path: str, inputs: list[Path]) -> str:
    for f in inputs:
        if path == str(f) or path.startswith(str(f) + "!/") or path.startswith(str(f) + "/"):
            return str(f)
    return path


def judge(out: Path, files: list[Path]) -> dict[str, tuple[bool, str]]:
    """Per input: whether it gave what :data:`WANT` says, and what it gave."""
    stories: Counter[str] = Counter()
    needles: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for top in {_top(src["path"], files) for src in story["sources"]}:
            want = WANT[Path(top).name]
            needles[top] += bool(want.needle) and want.needle in story["text"]
            bad[top] += bool(want.bad) and str(want.bad) in story["title"] + story["text"]
        for src in story["sources"]:
            stories[_top(src["path"], files)] += 1
    rejects: dict[str, dict[str, set[str]]] = {}
    for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        top = _top(r["path"], files)
        rejects.setdefault(top, {}).setdefault(r["path"][len(top) :], set()).add(r["reason"])
    verdict = {}
    for f in files:
        want = WANT[f.name]
        got = rejects.get(str(f), {})
        ok = (
            stories[str(f)] >= want.stories
            and (not want.needle or needles[str(f)] > 0)
            and bad[str(f)] == 0
            and all(any(m.endswith(k) and r & why for m, r in got.items()) for k, why in want.rejects.items())
        )
        shown = {m[-30:] or "(file)": sorted(v) for m, v in got.items()}
        if len(shown) > 4:
            shown = dict(list(shown.items())[:4]) | {"…": [f"{len(got)} paths"]}
        text = f"stories {stories[str(f)]} (needle {needles[str(f)]}, bad {bad[str(f)]}), rejects {shown}"
        verdict[f.name] = (ok, text)
    return verdict


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--limit-mb", type=int, default=1500)
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args()
    files = make(args.folder / "in", args.only)
    wrong = 0
    for f in files:  # one run per input: its time and memory are its own
        out = args.folder / "out" / f.name
        started = time.monotonic()
        stop = threading.Event()
        live = threading.Thread(target=_live, args=(f, stop), daemon=True) if f.name == "fs" else None
        if live:
            live.start()
        try:
            done, cpu = run([f], out, args.limit_mb, args.timeout)
        except Exception as exc:  # (a hang: the time-out)
            print(f"{f.name:26} WRONG {type(exc).__name__}: {exc}")
            wrong += 1
            continue
        finally:
            stop.set()
        wall = time.monotonic() - started
        size = f.stat().st_size if f.is_file() else 0
        if done.returncode not in (0, 3):
            print(f"{f.name:26} {size:>11} WRONG exit {done.returncode}: {done.stderr[-300:]}")
            wrong += 1
            continue
        ok, what = judge(out, [f])[f.name]
        wrong += not ok
        verdict = "ok   " if ok else "WRONG"
        print(f"{f.name:26} {size:>11} {verdict} {cpu:5.1f} CPU-s {wall:5.1f} s  {what}", flush=True)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
