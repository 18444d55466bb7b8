"""Hostile inputs (helper hostile38): what crawlers and browsers really leave on disk, each with its due outcome.

Written from docs/robustness.md's and docs/inputs.md's lists of what was tried (hostile11 … hostile37) and the brief's
list, before running cleaner on these files and before reading how its readers treat them. Kinds: pages saved by a
browser (Chrome's MHTML, IE's base64 ``.mht``, SingleFile's ``srcdoc`` frames and declarative shadow roots, a 30 MB
``data:`` image, Safari's ``.webarchive``), crawler outputs (Scrapy's ``.jl`` feed and HTTP cache folder, HTTrack's
mirror with its ``hts-cache``, ``wget -O`` of several pages into one file, a gzip body wget saved as ``.html``), mail
(``.eml`` in quoted-printable GB2312, an ``.mbox``), feeds (RSS with ``content:encoded``, Atom with escaped HTML, a
sitemap), frames, UTF-16 pages, EBCDIC and UTF-7, XML entity bombs, 100,000 nested tags, a 2 GiB line (text and
JSONL), a 1 GiB hole in the middle of a dump, a ``.gz`` with plain text appended, ``.lz4`` / ``.br`` / ``.lzma`` /
``.Z`` / ``.lz`` files, archives nested 20 deep and a bundle of daily archives, gzip 20 times over, a WARC with
``HTTP/2`` and folded header lines, a folder nested past ``PATH_MAX`` (a wget mirror caught in a link loop) and a
folder whose files vanish while the run reads it.

Each input ends in ``stories.jsonl``, in ``rejects.jsonl`` with a reason, or both; the run must end (a time limit), in
bounded memory (an address-space limit). ``needle``: a sentence that must be in a story (a page read in the wrong
charset, or as markup, does not hold it); ``bad``: a string in no story (headers, markup, mail headers); ``most``: at
most so many stories' sources (a feed read as one page, garbage read as text); ``alt``: a reject of any listed reason
instead of the story is due too (no reader for the kind: it must say so, not give garbage).

    python bench/hostile_inputs38.py OUT_FOLDER [--only NAME …] [--limit-mb 1500] [--timeout 600] [--no-big]

``--no-big`` leaves out the 2 GiB-line files (4 GiB of disk).
"""

from __future__ import annotations

import argparse
import base64
import bz2
import gzip
import html
import io
import json
import lzma
import os
import plistlib
import quopri
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.hostile_inputs36 import _T1, _T2, _T3, MiB, _tar, page_text, run

NEEDLE = "消费和投资保持稳定增长势头"
EN = "The statistics bureau said consumer spending and investment kept a steady pace of growth this quarter."


def _article(i: int) -> str:
    return f"<h1>第{i}号经济数据发布</h1><p>{_T1}第{i}期。</p><p>{_T2}</p><p>{_T3}</p>"


def _page(i: int, body: str | None = None, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>第{i}号经济数据发布</title></head><body>"
        f"<div class=nav>首页 | 财经 | 登录</div><article>{body or _article(i)}</article>"
        "<div class=foot>版权所有 违法和不良信息举报</div></body></html>"
    )


# Pages saved by browsers ---------------------------------------------------------------------------------------------


def _mhtml() -> bytes:
    """Chrome's "Save page as… single file": multipart/related, the page in quoted-printable UTF-8, an image part."""
    b = "----MultipartBoundary--hAYxRyBqEbWyZ5Pk8s2ePgFuoWeiD1p0Q8v0XjAfyX----"
    qp = quopri.encodestring(_page(1).encode(), quotetabs=False).decode()
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.x.cn/a/1.html\r\n"
        "Subject: =?utf-8?Q?=E7=AC=AC1=E5=8F=B7?=\r\nDate: Tue, 5 Nov 2024 08:00:00 -0000\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n\r\n'
        f"--{b}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://news.x.cn/a/1.html\r\n\r\n"
        f"{qp}\r\n--{b}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: https://news.x.cn/logo.png\r\n\r\n{base64.encodebytes(bytes(range(256)) * 8).decode()}"
        f"\r\n--{b}--\r\n"
    ).encode()


def _mht_b64() -> bytes:
    """IE's "Web archive, single file" (``.mht``): the page in base64, GBK, charset named only by the part."""
    body = base64.encodebytes(_page(2).encode("gbk")).decode()
    return (
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_000_0000_01DB2F.7E3A"\r\n'
        "X-MimeOLE: Produced By Microsoft MimeOLE\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
        '------=_NextPart_000_0000_01DB2F.7E3A\r\nContent-Type: text/html;\r\n\tcharset="gb2312"\r\n'
        "Content-Transfer-Encoding: base64\r\nContent-Location: http://news.x.cn/2.html\r\n\r\n"
        f"{body}\r\n------=_NextPart_000_0000_01DB2F.7E3A--\r\n"
    ).encode()


def _srcdoc() -> bytes:
    """SingleFile keeps a frame as a ``srcdoc`` attribute: the article is escaped markup inside an attribute."""
    inner = html.escape(_page(3), quote=True)
    return (
        "<!DOCTYPE html><html><head><title>第3号经济数据发布</title></head><body>"
        "<!-- Page saved with SingleFile url: https://news.x.cn/3.html saved date: Tue Nov 05 2024 -->"
        f'<div class=nav>首页 | 财经</div><iframe srcdoc="{inner}" style="width:100%"></iframe></body></html>'
    ).encode()


def _shadow() -> bytes:
    """SingleFile keeps a web component's shadow root as a declarative ``<template shadowrootmode=open>``."""
    body = f'<news-article><template shadowrootmode="open"><style>p{{margin:0}}</style>{_article(4)}</template>'
    return _page(4, body + "</news-article>").encode()


def _data_uri() -> bytes:
    """A 30 MB ``data:`` image inlined before the article (SingleFile, "Save as… complete" in one file)."""
    img = base64.b64encode(os.urandom(22 * MiB)).decode()
    return _page(5, f'<img src="data:image/jpeg;base64,{img}">' + _article(5)).encode()


def _webarchive() -> bytes:
    """Safari's ``.webarchive``: a binary property list whose main resource holds the page's bytes."""
    main = {
        "WebResourceData": _page(6).encode(),
        "WebResourceMIMEType": "text/html",
        "WebResourceTextEncodingName": "UTF-8",
        "WebResourceURL": "https://news.x.cn/6.html",
        "WebResourceFrameName": "",
    }
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": []}, fmt=plistlib.FMT_BINARY)


# Crawler outputs -----------------------------------------------------------------------------------------------------


def _jl() -> bytes:
    """Scrapy's ``-o items.jl`` (JSON lines under Scrapy's own suffix), ASCII-escaped as Scrapy writes it."""
    recs = [{"url": f"http://x.cn/{i}", "title": f"第{i}号", "content": page_text(i)} for i in range(3)]
    return "".join(json.dumps(r) + "\n" for r in recs).encode()


def _scrapy_cache(folder: Path) -> None:
    """Scrapy's ``HTTPCACHE_ENABLED`` filesystem store: per request a folder of body, headers, meta and a pickle."""
    d = folder / "news" / "3f" / "3f2a9c0e4b8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f"
    d.mkdir(parents=True)
    (d / "response_body").write_bytes(_page(7).encode("gbk"))
    (d / "response_headers").write_bytes(
        b"Content-Type: text/html; charset=GBK\r\nServer: nginx\r\nDate: Tue, 05 Nov 2024 08:00:00 GMT\r\n"
    )
    (d / "meta").write_text("{'url': 'http://news.x.cn/7.html', 'method': 'GET', 'status': 200, 'response_url': "
                            "'http://news.x.cn/7.html', 'timestamp': 1730793600.0}")  # fmt: skip
    (d / "pickled_meta").write_bytes(b"\x80\x04\x95" + bytes(range(40)) + b".")
    (d / "request_headers").write_bytes(b"Accept: text/html\r\nUser-Agent: Scrapy/2.11\r\n")
    (d / "request_body").write_bytes(b"")


def _httrack(folder: Path) -> None:
    """HTTrack's mirror: pages with its comment, ``hts-log.txt``, and ``hts-cache/new.zip`` (the pages again)."""
    site = folder / "news.x.cn"
    site.mkdir(parents=True)
    for i in (8, 9):
        page = _page(i).replace(
            "<html>", f"<html>\n<!-- Mirrored from news.x.cn/{i}.html by HTTrack Website Copier/3.x [XR&CO'2014] -->"
        )
        (site / f"{i}.html").write_text(page, encoding="utf-8")
    (folder / "hts-log.txt").write_text(
        "HTTrack3.49-2+htsswf+htsjava launched on Tue, 05 Nov 2024 08:00:00 at http://news.x.cn/ +*.x.cn/*\n"
        "(httrack http://news.x.cn/ -O /tmp/m +*.x.cn/* -v )\nInformation, Warnings and Errors reported for this "
        "mirror:\nnote:\tthe hts-log.txt file, and hts-cache folder, may contain sensitive information\n"
        "08:00:01\tInfo: \tNo data seems to have been transferred during this session! : restoring previous one!\n",
        encoding="utf-8",
    )
    cache = folder / "hts-cache"
    cache.mkdir()
    with zipfile.ZipFile(cache / "new.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for i in (8, 9):
            info = zipfile.ZipInfo(f"http://news.x.cn/{i}.html")
            info.comment = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-In-Cache: 1\r\n"
            zf.writestr(info, _page(i).encode())
    (cache / "new.txt").write_text(
        "date\tsize'/'remotesize\tflags(request:Update,Range state:File response:Modified,Chunked,gZipped)\t"
        "statuscode\tstatus ('servermsg')\tMIME\tEtag|Date\tURL\tlocalfile\t(from URL)\n"
        "08:00:01\t3200/3200\t---M--\t200\tadded ('OK')\ttext/html\tdate:Tue\thttp://news.x.cn/8.html\t"
        "/tmp/m/news.x.cn/8.html\t(from http://news.x.cn/)\n",
        encoding="utf-8",
    )


def _wget_concat() -> bytes:
    """``wget -O all.html URL1 URL2 URL3``: three whole documents, one after the other, in one file."""
    return "\n".join(_page(i) for i in (10, 11, 12)).encode()


# Mail ----------------------------------------------------------------------------------------------------------------


def _eml() -> bytes:
    """A newsletter: multipart/alternative, a text part and an HTML part in quoted-printable GB2312."""
    plain = quopri.encodestring(page_text(13).encode("gb2312")).decode()
    page = quopri.encodestring(_page(13).encode("gb2312")).decode()
    return (
        "Return-Path: <news@x.cn>\r\nFrom: =?gb2312?B?0MK7qs34?= <news@x.cn>\r\nTo: reader@y.cn\r\n"
        "Subject: =?gb2312?B?tdoxM7rFvq28w8r9vt0=?=\r\nDate: Tue, 5 Nov 2024 08:00:00 +0800\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=gb2312\r\n'
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{plain}\r\n--b1\r\n"
        f"Content-Type: text/html; charset=gb2312\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{page}\r\n"
        "--b1--\r\n"
    ).encode()


def _mbox() -> bytes:
    """An ``.mbox`` of five mails: plain text UTF-8 8bit, base64 UTF-8, one quoted-printable, ``>From`` escapes."""
    out = []
    for i in range(14, 19):
        text = page_text(i)
        if i % 3 == 0:
            cte, body = "base64", base64.encodebytes(text.encode()).decode()
        elif i % 3 == 1:
            cte, body = "quoted-printable", quopri.encodestring(text.encode()).decode()
        else:
            cte, body = "8bit", text + "\n>From the archive: nothing.\n"
        out.append(
            f"From news@x.cn Tue Nov  5 08:00:{i:02d} 2024\nFrom: news@x.cn\nTo: r@y.cn\nSubject: no {i}\n"
            f"Message-ID: <{i}@x.cn>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}\n"
        )
    return "".join(out).encode()


# Feeds ---------------------------------------------------------------------------------------------------------------


def _rss(bomb: bool = False) -> bytes:
    """RSS 2.0 with five items, each with its full article in ``content:encoded`` (CDATA) and a summary."""
    items = "".join(
        f"<item><title>第{i}号经济数据发布</title><link>http://news.x.cn/{i}.html</link>"
        f"<description>{html.escape('<p>' + _T2[:20] + '…</p>')}</description>"
        f"<pubDate>Tue, 05 Nov 2024 08:00:00 +0800</pubDate><content:encoded><![CDATA[{_article(i)}]]>"
        "</content:encoded></item>"
        for i in range(20, 25)
    )
    dtd = ""
    if bomb:  # (billion laughs: lol9 expands to 10**9 "lol")
        ents = '<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{k} "{("&lol" + (str(k - 1) if k > 1 else "") + ";") * 10}">' for k in range(1, 10)
        )
        dtd = f"<!DOCTYPE rss [{ents}]>"
        items = items.replace("<title>第20号", "<title>&lol9;第20号")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>财经频道</title>'
        f"<link>http://news.x.cn/</link><description>最新财经新闻</description>{items}</channel></rss>"
    ).encode()


def _atom() -> bytes:
    """Atom with three entries whose ``<content type="html">`` is escaped markup."""
    entries = "".join(
        f"<entry><title>第{i}号经济数据发布</title><link href='http://news.x.cn/{i}.html'/><id>tag:x.cn,{i}</id>"
        f"<updated>2024-11-05T08:00:00Z</updated><content type='html'>{html.escape(_article(i))}</content></entry>"
        for i in range(25, 28)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>财经</title>'
        f"<id>tag:x.cn,feed</id><updated>2024-11-05T08:00:00Z</updated>{entries}</feed>"
    ).encode()


def _sitemap() -> bytes:
    urls = "".join(
        f"<url><loc>http://news.x.cn/a/{i}.html</loc><lastmod>2024-11-05</lastmod><changefreq>daily</changefreq>"
        "<priority>0.8</priority></url>"
        for i in range(20_000)
    )
    xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}'
    return gzip.compress((xml + "</urlset>").encode())


def _laughs_xhtml() -> bytes:
    ents = '<!ENTITY a "' + "a" * 100 + '">' + "".join(
        f'<!ENTITY {c}{n} "{("&" + p + ";") * 10}">' for c, n, p in [("b", "", "a"), ("c", "", "b"), ("d", "", "c"),
                                                                    ("e", "", "d"), ("f", "", "e"), ("g", "", "f"),
                                                                    ("h", "", "g"), ("i", "", "h")]
    )  # fmt: skip
    page = _page(28).replace("<!DOCTYPE html>", "").replace("<p>", "<p>&i;", 1)
    return (
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html [{ents}]>'
        + page.replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">')
    ).encode()


# Frames, charsets, nesting -------------------------------------------------------------------------------------------


def _frames() -> bytes:
    return (
        "<html><head><title>第29号经济数据发布</title></head><frameset cols='20%,80%'>"
        "<frame src='nav.html'><frame src='main.html'><noframes><body>"
        f"{_article(29)}</body></noframes></frameset></html>"
    ).encode()


def _utf7_real() -> bytes:
    page = _page(30).replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-7">')
    return page.encode("utf-7")


def _ebcdic() -> bytes:
    paras = "\n".join(f"{EN} Part {k}." for k in range(6))
    return f"Statistics bureau releases quarterly figures\n{paras}\n".encode("cp037")


def _nested() -> bytes:
    """100,000 nested ``<dl><dd>`` / ``<ruby>`` / ``<details>`` in turn around the article (closed)."""
    tags = ["dl", "dd", "ruby", "details", "section", "q"] * (100_000 // 6)
    opened = "".join(f"<{t}>" for t in tags)
    closed = "".join(f"</{t}>" for t in reversed(tags))
    return _page(31, opened + _article(31) + closed).encode()


# Big and sparse ------------------------------------------------------------------------------------------------------


def _write_big_line(path: Path, tail: bytes, head: bytes = b"") -> None:
    """``head``, then a line of 2 GiB of base64-like text, then ``tail`` (written a chunk at a time)."""
    chunk = base64.b64encode(os.urandom(3 * MiB))  # (4 MiB)
    with open(path, "wb") as fh:
        fh.write(head)
        for _ in range(512):
            fh.write(chunk)
        fh.write(b"\n" + tail)


def _big_text(path: Path) -> None:
    _write_big_line(path, "".join(page_text(i) for i in (33, 34)).encode(), page_text(32).encode())


def _big_jsonl(path: Path) -> None:
    recs = [{"id": f"r{i}", "url": f"http://x.cn/{i}", "text": page_text(i)} for i in (35, 36, 37)]
    lines = [json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in recs]
    _write_big_line(path, lines[1] + lines[2], lines[0] + b'{"id": "big", "text": "')


def _sparse(path: Path) -> None:
    """Three pages, a 1 GiB hole (a crash left zero-filled blocks; the crawler appended after its restart), 3 more."""
    with open(path, "wb") as fh:
        fh.write("".join(page_text(i) for i in range(38, 41)).encode())
        fh.seek(1 << 30, os.SEEK_CUR)
        fh.write("".join(page_text(i) for i in range(41, 44)).encode())


# Compression and archives --------------------------------------------------------------------------------------------


def _dump(i: int) -> bytes:
    return "".join(page_text(k) for k in range(i, i + 3)).encode()


def _tool(cmd: list[str], data: bytes) -> bytes:
    return subprocess.run(cmd, input=data, capture_output=True, check=True).stdout


def _brotli(data: bytes) -> bytes:
    import brotli

    return bytes(brotli.compress(data))


def _nested_zip(depth: int) -> bytes:
    data = page_text(50).encode()
    name = "p.txt"
    for k in range(depth):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(name, data)
        data, name = buf.getvalue(), f"level{depth - k}.zip"
    return data


def _bundle() -> bytes:
    """A dataset bundle: a ZIP of two days' archives (a ``.tar.gz`` and a ``.zip``) and a README."""
    day1 = gzip.compress(_tar([(f"d1/{i}.txt", page_text(i).encode()) for i in (51, 52)]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("d2/53.html", _page(53))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("README.md", "# news dump\nTwo days of pages, one archive a day.\n")
        zf.writestr("2024-11-04.tar.gz", day1)
        zf.writestr("2024-11-05.zip", buf.getvalue())
    return out.getvalue()


def _gz_layers(n: int) -> bytes:
    data = page_text(54).encode()
    for _ in range(n):
        data = gzip.compress(data)
    return data


def _http2_warc() -> bytes:
    body = _page(55).encode()
    block = (
        b"HTTP/2 200\r\ncontent-type: text/html;\r\n charset=utf-8\r\nx-title: \xe7\xac\xac55\xe5\x8f\xb7\r\n"
        b"set-cookie: a=1;\r\n\tpath=/\r\ncontent-length: %d\r\n\r\n" % len(body)
    ) + body
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.x.cn/55.html\r\n"
        "WARC-Date: 2024-11-05T08:00:00.123456Z\r\nWARC-Record-ID: <urn:uuid:0000000000000000000000000000055a>\r\n"
        f"Content-Type: application/http;msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


INPUTS: dict[str, Callable[[], bytes]] = {
    "chrome.mhtml": _mhtml,
    "ie_base64.mht": _mht_b64,
    "singlefile_srcdoc.html": _srcdoc,
    "singlefile_shadow.html": _shadow,
    "data_uri_30mb.html": _data_uri,
    "safari.webarchive": _webarchive,
    "items.jl": _jl,
    "wget_concat.html": _wget_concat,
    "wget_gzip_body.html": lambda: gzip.compress(_page(56).encode()),
    "brotli_body.html": lambda: _brotli(_page(57).encode()),
    "newsletter.eml": _eml,
    "inbox.mbox": _mbox,
    "feed.rss": _rss,
    "feed_laughs.xml": lambda: _rss(bomb=True),
    "atom.xml": _atom,
    "sitemap.xml.gz": _sitemap,
    "laughs.xhtml": _laughs_xhtml,
    "frames.html": _frames,
    "utf16le_bom.html": lambda: b"\xff\xfe" + _page(58, head='<meta charset="utf-16">').encode("utf-16-le"),
    "utf16be_nobom.html": lambda: _page(59).encode("utf-16-be"),
    "utf7_label_on_utf8.html": lambda: _page(60, head='<meta charset="utf-7">').encode(),
    "utf7_real.html": _utf7_real,
    "ebcdic.txt": _ebcdic,
    "nested_100k.html": _nested,
    "gz_plus_plain.txt.gz": lambda: gzip.compress(_dump(61)) + _dump(64),
    "gz_plus_bz2.txt.gz": lambda: gzip.compress(_dump(67)) + bz2.compress(_dump(70)),
    "dump.txt.lz4": lambda: _tool(["lz4", "-c", "-q"], _dump(73)),
    "page.html.br": lambda: _brotli(_page(76).encode()),
    "dump.txt.lzma": lambda: lzma.compress(_dump(77), format=lzma.FORMAT_ALONE),
    "dump.txt.lz": lambda: b"LZIP\x01\x0c" + bytes(30),
    "nested20.zip": lambda: _nested_zip(20),
    "bundle.zip": _bundle,
    "gz20.txt.gz": lambda: _gz_layers(20),
    "http2_folded.warc": _http2_warc,
}

if shutil.which("compress"):  # (ncompress; not on every machine)
    INPUTS["dump.txt.Z"] = lambda: _tool(["compress", "-c"], _dump(80))

FOLDERS: dict[str, Callable[[Path], None]] = {
    "scrapy_httpcache": _scrapy_cache,
    "httrack": _httrack,
}

BIG: dict[str, Callable[[Path], None]] = {
    "line_2g.txt": _big_text,
    "line_2g.jsonl": _big_jsonl,
    "sparse_hole.txt": _sparse,
}


@dataclass
class Want:
    """Stories' sources at least (and ``most``), rejects (path suffix → reasons; empty: any), a needle, a bad string."""

    stories: int
    rejects: dict[str, set[str]] = field(default_factory=dict)
    needle: str = NEEDLE
    bad: str | None = None
    most: int | None = None
    alt: set[str] = field(default_factory=set)  # (reasons of a reject that may stand for the stories)


WANT: dict[str, Want] = {
    "chrome.mhtml": Want(1, bad="=E4", most=1),
    "ie_base64.mht": Want(1, bad="Content-Type", most=1),
    "singlefile_srcdoc.html": Want(1, bad="&lt;p"),
    "singlefile_shadow.html": Want(1),
    "data_uri_30mb.html": Want(1),
    "safari.webarchive": Want(1, bad="WebResource", alt={"unsupported_type"}),
    "items.jl": Want(3),
    "wget_concat.html": Want(3),
    "wget_gzip_body.html": Want(1),
    "brotli_body.html": Want(1, alt={"binary", "unsupported_type"}),
    "newsletter.eml": Want(1, bad="=?gb2312", most=2),
    "inbox.mbox": Want(5, bad="Message-ID"),
    "feed.rss": Want(5, bad="<p>"),
    "feed_laughs.xml": Want(4, bad="lollol", alt={"bad_xml", "unsupported_type"}),
    "atom.xml": Want(3, bad="<p>"),
    "sitemap.xml.gz": Want(0, needle="", bad="http://", most=0, rejects={"": set()}),
    "laughs.xhtml": Want(1, bad="a" * 1000),
    "frames.html": Want(1),
    "utf16le_bom.html": Want(1),
    "utf16be_nobom.html": Want(1),
    "utf7_label_on_utf8.html": Want(1),
    "utf7_real.html": Want(1, alt={"undecodable", "binary"}),
    "ebcdic.txt": Want(1, needle=EN, alt={"undecodable", "binary"}),
    "nested_100k.html": Want(1),
    "gz_plus_plain.txt.gz": Want(6, alt=set()),
    "gz_plus_bz2.txt.gz": Want(6),
    "dump.txt.lz4": Want(3, alt={"unsupported_type"}),
    "page.html.br": Want(1),
    "dump.txt.lzma": Want(3),
    "dump.txt.Z": Want(3, alt={"unsupported_type", "binary"}),
    "dump.txt.lz": Want(0, needle="", most=0, rejects={"": set()}),
    "nested20.zip": Want(1, alt={"unsupported_type", "too_large", "too_deep"}),
    "bundle.zip": Want(3),
    "gz20.txt.gz": Want(1, alt={"unsupported_type"}),
    "http2_folded.warc": Want(1, bad="content-type"),
    "scrapy_httpcache": Want(1, bad="'status'"),
    "httrack": Want(2, bad="HTTrack"),
    "line_2g.txt": Want(3, {"": {"line_too_long", "too_large"}}),
    "line_2g.jsonl": Want(3, {"": {"too_large", "bad_json"}}),
    "sparse_hole.txt": Want(6, {"": set()}),
    "deep_folders": Want(2),
    "vanish": Want(0, needle=""),
}

N_VANISH = 3000
DEPTH = 2500


def _deep_folders(folder: Path) -> None:
    """A mirror caught in a link loop: a page at the top and one 2,500 folders down (a path past ``PATH_MAX``)."""
    folder.mkdir()
    (folder / "top.txt").write_text(page_text(90), encoding="utf-8")
    fd = os.open(folder, os.O_RDONLY)
    for _ in range(DEPTH):
        os.mkdir("d", dir_fd=fd)
        nxt = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nxt
    out = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(out, page_text(91).encode())
    os.close(out)
    os.close(fd)


def _vanish_folder(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_VANISH):
        (folder / f"{i:05d}.txt").write_text(page_text(1000 + i) + f"独有内容编号{i}号。\n", encoding="utf-8")


def _opened(folder: Path) -> bool:
    """Whether any process has a file of ``folder`` open (the run has listed it and reads)."""
    prefix = str(folder) + "/"
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}").startswith(prefix):
                    return True
            except OSError:
                continue
    return False


def _vanishing(folder: Path, stop: threading.Event) -> None:
    """Once the run reads the folder: delete every tenth file, one every few milliseconds."""
    while not stop.is_set() and not _opened(folder):
        time.sleep(0.02)
    for i in range(N_VANISH - 1, -1, -10):
        if stop.is_set():
            return
        (folder / f"{i:05d}.txt").unlink(missing_ok=True)
        time.sleep(0.003)


def make(folder: Path, only: list[str] | None = None, big: bool = True) -> list[Path]:
    """Write the inputs (all, or those named) into ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, build in INPUTS.items():
        if not only or name in only:
            (folder / name).write_bytes(build())
            out.append(folder / name)
    makers: dict[str, Callable[[Path], None]] = {**FOLDERS, "deep_folders": _deep_folders, "vanish": _vanish_folder}
    if big:
        makers.update(BIG)
    for name, write in makers.items():
        if not only or name in only:
            path = folder / name
            if path.is_dir():
                shutil.rmtree(path)
            if name in FOLDERS:
                path.mkdir()
            write(path)
            out.append(path)
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
    seen: dict[str, set[str]] = {}
    for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for top in {_top(src["path"], files) for src in story["sources"]}:
            want = WANT[Path(top).name]
            needles[top] += bool(want.needle) and want.needle in story["text"]
            bad[top] += bool(want.bad) and str(want.bad) in story["title"] + story["text"]
        for src in story["sources"]:
            stories[_top(src["path"], files)] += 1
            seen.setdefault(_top(src["path"], files), set()).add(src["path"])
    rejects: dict[str, dict[str, set[str]]] = {}
    for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        top = _top(r["path"], files)
        rejects.setdefault(top, {}).setdefault(r["path"][len(top) :], set()).add(r["reason"])
        seen.setdefault(top, set()).add(r["path"])
    verdict = {}
    for f in files:
        want, got, key = WANT[f.name], rejects.get(str(f), {}), str(f)
        reasons = set().union(*got.values()) if got else set()
        as_wanted = (
            stories[key] >= want.stories
            and (not want.needle or needles[key] > 0)
            and all(
                any(m.endswith(k) and (not why or r & why) for m, r in got.items()) for k, why in want.rejects.items()
            )
        )
        refused = bool(want.alt & reasons) and (stories[key] == 0 or needles[key] > 0)
        ok = (as_wanted or refused) and bad[key] == 0 and (want.most is None or stories[key] <= want.most)
        if f.name == "vanish":  # (each file listed: a story's source or a reject)
            ok = len(seen.get(key, set())) == N_VANISH
        shown = {m[-30:] or "(file)": sorted(v) for m, v in got.items()}
        if len(shown) > 4:
            shown = dict(list(shown.items())[:4]) | {"…": [f"{len(got)} paths"]}
        text = f"stories {stories[key]} (needle {needles[key]}, bad {bad[key]}), rejects {shown}"
        if f.name == "vanish":
            text += f"; paths accounted for {len(seen.get(key, set()))} of {N_VANISH}"
        verdict[f.name] = (ok, text)
    return verdict


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--limit-mb", type=int, default=1500)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--no-big", action="store_true")
    args = ap.parse_args()
    files = make(args.folder / "in", args.only, not args.no_big)
    wrong = 0
    for f in files:  # one run per input: its time and memory are its own
        out = args.folder / "out" / f.name
        started = time.monotonic()
        stop = threading.Event()
        live = threading.Thread(target=_vanishing, args=(f, stop), daemon=True) if f.name == "vanish" else None
        if live:
            live.start()
        try:
            done, cpu = run([f], out, args.limit_mb, args.timeout)
        except Exception as exc:  # (a hang: the time-out)
            print(f"{f.name:26} WRONG {type(exc).__name__}: {exc}", flush=True)
            wrong += 1
            continue
        finally:
            stop.set()
        wall = time.monotonic() - started
        size = f.stat().st_size if f.is_file() else 0
        if done.returncode not in (0, 3):
            print(f"{f.name:26} {size:>11} WRONG exit {done.returncode}: {done.stderr[-300:]}", flush=True)
            wrong += 1
            continue
        ok, what = judge(out, [f])[f.name]
        wrong += not ok
        verdict = "ok   " if ok else "WRONG"
        print(f"{f.name:26} {size:>11} {verdict} {cpu:5.1f} CPU-s {wall:5.1f} s  {what}", flush=True)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
