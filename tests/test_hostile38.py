"""Helper hostile38: pages kept as mail — a browser's MHTML save (Chrome's ``.mhtml``, IE's ``.mht``), a message
(``.eml``) and an mbox — were read as text: the page came out in its transfer encoding (``=E4=B8=AD``, base64 lines)
under the message's headers, and an mbox's base64 and quoted-printable messages were garbage. Each message is now read
as its page part (``cleaner/input/mail.py``); ``bench/hostile_inputs38.py`` holds the probe set they come from."""

from __future__ import annotations

import base64
import os
import quopri
import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from cleaner.document import Document, Reject
from cleaner.input.base import ReadOptions
from cleaner.input.readers import read_file
from cleaner.input.sniff import sniff
from tests.test_fuzz_readers import FUZZ, _accounted
from tests.test_hostile32 import P1, P2

PAGE = f"<html><head><title>统计局发布数据</title></head><body><article><p>{P1}</p><p>{P2}</p></article></body></html>"


def _docs(path: Path, options: ReadOptions | None = None) -> tuple[list[Document], list[Reject]]:
    items = list(read_file(path, options))
    return [d for d in items if isinstance(d, Document)], [r for r in items if isinstance(r, Reject)]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _mhtml() -> bytes:
    b = "----MultipartBoundary--abc----"
    qp = quopri.encodestring(PAGE.encode()).decode()
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://x.cn/1.html\r\nSubject: =?utf-8?Q?=E6=95=B0?=\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n'
        f"--{b}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: https://x.cn/1.html\r\n\r\n{qp}\r\n--{b}\r\nContent-Type: image/png\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{base64.encodebytes(bytes(300)).decode()}\r\n--{b}--\r\n"
    ).encode()


def _mht_gbk() -> bytes:
    body = base64.encodebytes(PAGE.encode("gbk")).decode()
    return (
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="n1"\r\n\r\n--n1\r\n'
        'Content-Type: text/html;\r\n\tcharset="gb2312"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        f"{body}\r\n--n1--\r\n"
    ).encode()


def test_a_page_saved_as_mhtml_is_read_as_its_page(tmp_path: Path) -> None:
    """Chrome's quoted-printable UTF-8 save (also under a page's name, found by its headers) and IE's base64 GBK one:
    the page's HTML in its part's charset, the URL from the save, no header or transfer encoding in the text."""
    for name, data, charset in [("a.mhtml", _mhtml(), "utf-8"), ("a.html", _mhtml(), "utf-8"),
                                ("saved_page", _mhtml(), "utf-8"), ("b.mht", _mht_gbk(), "gb18030")]:  # fmt: skip
        path = tmp_path / name
        path.write_bytes(data)
        docs, rejects = _docs(path)
        assert rejects == [] and len(docs) == 1, name
        doc = docs[0]
        assert doc.format == "html" and doc.encoding == charset and P1 in doc.text, name
        assert "=E4" not in doc.text and "Content-Type" not in doc.text and "<article>" in doc.text
    assert docs[0].url is None and _docs(tmp_path / "a.mhtml")[0][0].url == "https://x.cn/1.html"


def test_a_mail_and_a_mailbox_give_a_document_per_message(tmp_path: Path) -> None:
    """An mbox of plain text mails in base64, quoted-printable and 8bit (``>From`` unescaped), an HTML mail preferred
    to its text alternative, a message over the byte budget and one with only an attachment: each message read or
    rejected on its own, in order."""
    text = f"统计局发布数据\n{P1}\n{P2}\n"
    bodies = [
        ("base64", base64.encodebytes(text.encode()).decode()),
        ("quoted-printable", quopri.encodestring(text.encode()).decode()),
        ("8bit", text + ">From the desk.\n"),
        ("8bit", text * 200),  # (over the budget below)
    ]
    mails = [
        f"From a@x.cn Tue Nov  5 08:00:0{i} 2024\nSubject: =?utf-8?B?{_b64(f'第{i}号')}?=\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{body}\n"
        for i, (cte, body) in enumerate(bodies)
    ]
    mails.append(
        "From a@x.cn Tue Nov  5 08:00:09 2024\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=z\n\n"
        "--z\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=a.pdf\n\nJVBERi0=\n--z--\n\n"
    )
    path = tmp_path / "inbox.mbox"
    path.write_text("".join(mails), encoding="utf-8")
    docs, rejects = _docs(path, ReadOptions(max_bytes=20_000))
    assert [(d.sources[0].record, d.title) for d in docs] == [(0, "第0号"), (1, "第1号"), (2, "第2号")]
    assert all(d.text.startswith(text) for d in docs) and docs[2].text.rstrip().endswith("\nFrom the desk.")
    assert [(r.record, r.reason) for r in rejects] == [(3, "too_large"), (4, "no_text")]
    alt = tmp_path / "news.eml"
    alt.write_bytes(
        b"MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=q\n\n--q\nContent-Type: text/plain; "
        b"charset=gb2312\n\n" + text.encode("gbk") + b"\n--q\nContent-Type: text/html; charset=gb2312\n"
        b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(PAGE.encode("gbk")) + b"\n--q--\n"
    )
    docs, rejects = _docs(alt)
    assert rejects == [] and [d.format for d in docs] == ["html"] and P1 in docs[0].text


def test_text_that_opens_with_header_like_lines_is_no_mail() -> None:
    """A dump or a page whose first lines look like headers (``标题: …``, an HTTP header dump) without ``MIME-Version``,
    is sniffed as before; a header block naming it is mail."""
    assert sniff("标题: 统计局发布数据\n来源: 新华网\n\n正文".encode()) == "text"
    assert sniff(b"Content-Type: text/html; charset=GBK\r\nServer: nginx\r\n") == "text"
    assert sniff(b"Subject: a\nDate: b\n\n<html><body><p>x</p></body></html>") == "html"
    assert sniff(b"Subject: a\nMIME-Version: 1.0\nContent-Type: text/html\n\n<html>") == "mail"


def test_the_pages_after_a_hole_of_nul_bytes_in_a_dump_are_read(tmp_path: Path) -> None:
    """A dump over the budget with a hole in its middle (a sparse file; blocks a crash left zero-filled, written on
    after the restart): the reading stopped at the hole (a ``binary`` reject), the pages after it lost. The NUL run is
    skipped now, one reject naming its bytes; a dump ending in zeros, and one of zeros only, read to their end."""
    first = "".join(f"统计局发布第{i}号数据_网易新闻\n{P1}{i}\n{P2}\n" for i in range(3)).encode()
    after = "".join(f"统计局发布第{i}号数据_网易新闻\n{P1}{i}\n{P2}\n" for i in range(3, 6)).encode()
    path = tmp_path / "dump.txt"
    with open(path, "wb") as fh:
        fh.write(first)
        fh.seek(8 << 20, 1)  # (a hole: nothing on disk)
        fh.write(after)
    docs, rejects = _docs(path, ReadOptions(max_bytes=1 << 20))
    assert [d.text.encode() for d in docs] == [first, after]
    assert [(r.reason, r.detail.split(":")[0]) for r in rejects] == [
        ("binary", f"bytes {len(first)} to {len(first) + (8 << 20)}")
    ]
    with open(path, "wb") as fh:  # (10 GiB of hole: passed over by SEEK_DATA, not read)
        fh.write(first)
        fh.seek(10 << 30, 1)
        fh.write(after)
    started = time.process_time()
    docs, rejects = _docs(path)
    assert [d.text.encode() for d in docs] == [first, after] and [r.reason for r in rejects] == ["binary"]
    fd = os.open(path, os.O_RDONLY)
    sparse = os.lseek(fd, 0, os.SEEK_HOLE) < os.fstat(fd).st_size  # (the file system keeps holes)
    os.close(fd)
    assert time.process_time() - started < 5 or not sparse
    for tail, want in [(first, [first]), (b"", [])]:
        path.write_bytes(tail)
        os.truncate(path, len(tail) + (8 << 20))
        docs, rejects = _docs(path, ReadOptions(max_bytes=1 << 20))
        assert [d.text.encode() for d in docs] == want and [r.reason for r in rejects] == ["binary"]


def _rss(n: int, encoding: str = "UTF-8", dtd: str = "") -> str:
    items = "".join(
        f"<item><title>第{i}号</title><link>http://x.cn/{i}</link><description>{P2[:10]}</description>"
        f"<content:encoded><![CDATA[<p>{P1}{i}</p><p>{P2}</p>]]></content:encoded></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>{dtd}<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>财经</title>'
        f"{items}</channel></rss>"
    )


def test_a_saved_news_feed_gives_a_document_per_item(tmp_path: Path) -> None:
    """RSS (``content:encoded`` in CDATA; in GB2312, which expat does not read), Atom (escaped HTML, ``type="xhtml"``
    markup), as ``.rss`` or found by its root under ``.xml``: one document per item, its title and link. They were one
    page of every item, Atom's markup shown as text. A sitemap is no feed."""
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        f"<entry><title>甲</title><link href='http://x.cn/a'/><content type='html'>&lt;p&gt;{P1}&lt;/p&gt;</content>"
        f"</entry><entry><title>乙</title><link rel='alternate' href='http://x.cn/b'/><content type='xhtml'>"
        f"<div xmlns='http://www.w3.org/1999/xhtml'><p>{P2}</p></div></content></entry></feed>"
    )
    cases = [("a.rss", _rss(3).encode()), ("b.xml", _rss(3, "gb2312").encode("gbk")), ("c.xml", atom.encode())]
    for name, data in cases:
        path = tmp_path / name
        path.write_bytes(data)
        docs, rejects = _docs(path)
        assert rejects == [] and all(d.format == "html" for d in docs), name
        if name != "c.xml":
            assert [(d.title, d.url, d.sources[0].record) for d in docs] == [
                (f"第{i}号", f"http://x.cn/{i}", i) for i in range(3)
            ]
            assert all(f"<p>{P1}{i}</p>" in d.text for i, d in enumerate(docs))
    assert [(d.title, d.url) for d in docs] == [("甲", "http://x.cn/a"), ("乙", "http://x.cn/b")]
    assert docs[0].text == f"<p>{P1}</p>" and P2 in docs[1].text and "<p" in docs[1].text
    assert sniff(b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>') != "feed"


def test_a_feed_that_is_cut_bombed_or_too_large_keeps_what_it_can(tmp_path: Path) -> None:
    """A feed cut inside its fourth item keeps three (``bad_xml`` naming the fourth); billion laughs in a feed stop at
    expat's amplification limit at once (``bad_xml``, no memory); a feed over the budget is ``too_large``."""
    path = tmp_path / "a.rss"
    whole = _rss(5)
    path.write_text(whole[: whole.index("第3号") + 40], encoding="utf-8")
    docs, rejects = _docs(path)
    assert len(docs) == 3 and [(r.reason, r.record) for r in rejects] == [("bad_xml", 3)]
    ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    path.write_text(_rss(2, dtd=f"<!DOCTYPE rss [{ents}]>").replace("<title>第0号", "<title>&i;"), encoding="utf-8")
    started = time.process_time()
    docs, rejects = _docs(path)
    assert time.process_time() - started < 5 and docs == [] and [r.reason for r in rejects] == ["bad_xml"]
    path.write_text(_rss(50), encoding="utf-8")
    docs, rejects = _docs(path, ReadOptions(max_bytes=5_000))
    assert docs == [] and [r.reason for r in rejects] == ["too_large"]


def test_an_mhtml_save_over_the_budget_keeps_its_page_when_its_images_pass_it(tmp_path: Path) -> None:
    """Chrome saves the page first and its images after, base64: a save of more than the byte budget was lost whole.
    Its page is read from the first bytes within the budget; a page part cut by the budget is ``too_large``."""
    big = _mhtml().replace(base64.encodebytes(bytes(300)), base64.encodebytes(os.urandom(300_000)))
    path = tmp_path / "a.mhtml"
    path.write_bytes(big)
    docs, rejects = _docs(path, ReadOptions(max_bytes=100_000))
    assert rejects == [] and len(docs) == 1 and P1 in docs[0].text
    docs, rejects = _docs(path, ReadOptions(max_bytes=600))
    assert docs == [] and [r.reason for r in rejects] == ["too_large"]


def _atom() -> bytes:
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>甲</title>'
        f"<content type='html'>&lt;p&gt;{P1}&lt;/p&gt;</content></entry></feed>"
    ).encode()


_BASES = [
    ("a.mhtml", _mhtml()),
    ("b.mht", _mht_gbk()),
    ("c.mbox", b"From a@x.cn Tue Nov  5 08:00:00 2024\nSubject: x\n\n" + P1.encode() + b"\n\n" * 2),
    ("d.rss", _rss(3).encode()),
    ("e.xml", _atom()),
]


@FUZZ
@given(st.sampled_from(_BASES), st.integers(0, 5000), st.integers(0, 5000), st.binary(max_size=60))
def test_fuzz_mail_and_feed_readers(base: tuple[str, bytes], at: int, cut: int, noise: bytes) -> None:
    """Whatever is cut or inserted, a mail or feed file is read or rejected (no exception, no internal error)."""
    name, data = base
    at, cut = at % (len(data) + 1), cut % (len(data) + 1)
    _accounted((data[:at] + noise + data[at:])[: max(cut, 1)], name)


def test_sniffing_mail_and_feeds_is_linear_on_crafted_heads() -> None:
    """8 KB heads of comments, brackets, processing instructions and doctypes: a feed's root pattern with a lazy ``.*?``
    inside a repetition took exponential time on 819 comments (found while writing this reader); each is one pass."""
    heads = [b"<!-- a -->" * 819, b"<!-- a -->" * 819 + b"<rss>", b"<!-- a --" * 900, b"<!DOCTYPE x [" + b"] " * 4090,
             b"<!DOCTYPE a>" * 680 + b'<feed xmlns="' + b"a" * 8000, b"<?x " * 2048, b"A: b\n" * 1638]  # fmt: skip
    started = time.process_time()
    assert [sniff(h) for h in heads] == ["html", "feed", "html", "text", "text", "text", "text"]
    assert time.process_time() - started < 1
