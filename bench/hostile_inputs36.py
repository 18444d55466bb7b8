"""Hostile inputs (helper hostile36): files no earlier session fed to ``cleaner run``, each with its due outcome.

Written from docs/robustness.md's lists of what was tried (hostile11 … hostile35), before running cleaner on these
files. Most are archives (tar is read since this session) and wide text; a few are shapes of the older readers not in
those lists. Each input ends in ``stories.jsonl`` (its good pages), in ``rejects.jsonl`` with a reason, or both; the
run must end (a time limit), in bounded memory (an address-space limit), and write no half file.

    python bench/hostile_inputs36.py OUT_FOLDER [--only NAME …] [--limit-mb 1500] [--timeout 300]

prints, per input: its size, what came out of it (stories, rejects by reason) and whether that is what it must give
(``ok`` / ``WRONG``), the CPU time of the run's own process (its worker's is not counted) and its wall time.
:func:`make` writes the inputs (a folder of files);
:data:`WANT` says, per file, the rejects it must give (reasons, by the member or file they name) and how many stories
at least.
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import io
import json
import lzma
import os
import resource
import subprocess
import sys
import tarfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

MiB = 1 << 20
_T1 = "国家统计局今天发布了最新的经济数据，显示今年前三个季度国内生产总值同比增长，消费和投资保持稳定增长势头。"
_T2 = "专家表示，随着一系列稳增长政策落地见效，经济运行持续恢复向好，预计全年主要目标任务能够顺利完成，就业稳定。"
_T3 = "记者在走访中了解到，多地商场客流明显回升，餐饮、文旅等服务消费成为拉动增长的重要力量，市场信心逐步增强。"


def page_text(i: int) -> str:
    """A short Chinese news page of a text dump: its title line (``…_网易新闻``) and three paragraphs."""
    return f"统计局发布第{i}号经济数据上线_网易新闻\n{_T1}第{i}期。\n{_T2}编号{i}。\n{_T3}上个月{i}日。\n"


def long_page(i: int) -> str:
    """A long page of a text dump (≈ 9,000 characters): its title line and 60 paragraphs."""
    paras = "".join(f"{(_T1, _T2, _T3)[k % 3]}第{i}期第{k}段。\n" for k in range(60))
    return f"统计局发布第{i}号经济数据上线_网易新闻\n{paras}"


def page_html(i: int) -> str:
    return (
        f"<html><head><title>第{i}号经济数据发布</title></head><body><div class=nav>首页 | 财经 | 登录</div>"
        f"<article><h1>第{i}号经济数据发布</h1><p>{_T1}第{i}期。</p><p>{_T2}</p><p>{_T3}</p></article>"
        "<div class=foot>版权所有 违法和不良信息举报</div></body></html>"
    )


def _tar(members: list[tuple[str, bytes]], fmt: int = tarfile.PAX_FORMAT, encoding: str = "utf-8") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt, encoding=encoding) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _header(name: str, size: int, kind: bytes = tarfile.REGTYPE, fmt: int = tarfile.GNU_FORMAT, **extra: str) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.type = size, kind
    if extra:
        info.pax_headers = dict(extra)
    return info.tobuf(fmt)


def _padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % 512)


def _good() -> list[tuple[str, bytes]]:
    return [(f"news/p{i}.txt", page_text(i).encode()) for i in range(3)] + [("news/a.html", page_html(9).encode())]


def _chained_pax() -> bytes:
    """3,000 pax extended headers in a row before one member: tarfile reads each by reading the next (recursion)."""
    one = _header("x", 0, tarfile.XHDTYPE, tarfile.USTAR_FORMAT)
    rec = b"18 comment=abcdef\n"
    block = one[:124] + b"%011o\0" % len(rec) + one[136:148] + b"        " + one[156:]
    chk = sum(block) & 0o777777
    block = block[:148] + b"%06o\0 " % chk + block[156:]
    body = _padded(rec)
    data = page_text(1).encode()
    return (block + body) * 3000 + _header("after.txt", len(data)) + _padded(data) + bytes(1024)


def _sparse_bomb() -> bytes:
    """A GNU sparse member (old format) of 4 GiB of holes and 512 stored bytes, named ``.txt``."""
    info = tarfile.TarInfo("holes.txt")
    info.type = tarfile.GNUTYPE_SPARSE
    info.size = 512
    buf = bytearray(info.tobuf(tarfile.GNU_FORMAT))
    sparse = b"%011o\0" % ((4 << 30) - 512) + b"%011o\0" % 512  # (one extent at the end of the file)
    buf[386 : 386 + 24] = sparse
    buf[483:495] = b"%011o\0" % (4 << 30)  # realsize
    buf[148:156] = b"        "
    buf[148:156] = b"%06o\0 " % (sum(buf[:512]) & 0o777777)
    data = page_text(2).encode()
    return (
        bytes(buf[:512]) + _padded(b"x" * 511 + b"\n") + _header("after.txt", len(data)) + _padded(data) + bytes(1024)
    )


def _many_members() -> bytes:
    """20,000 empty members and one page: a listing of many headers, each a reject to write."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as tf:
        for i in range(20_000):
            tf.addfile(tarfile.TarInfo(f"e/{i}.txt"), io.BytesIO(b""))
        data = page_text(3).encode()
        info = tarfile.TarInfo("last.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _utf16_dump() -> bytes:
    """A UTF-16 LE text dump with a BOM over the byte budget (≈ 77 MB, 10,000 long pages): 上 (U+4E0A) is ``0a 4e``."""
    text = "".join(long_page(i) for i in range(10_000))
    return b"\xff\xfe" + text.encode("utf-16-le")


def _deep_jsonl() -> bytes:
    """A JSONL line of arrays 100,000 deep, then a good record."""
    return b"[" * 100_000 + b"]" * 100_000 + b"\n" + json.dumps({"id": "ok", "text": page_text(4)}).encode() + b"\n"


def _zip_big_jsonl() -> bytes:
    """A ZIP holding a 90 MiB JSONL member (over the byte budget) of long records."""
    buf = io.BytesIO()
    line = (json.dumps({"id": "r", "text": long_page(5)}, ensure_ascii=False) + "\n").encode()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("big.jsonl", "w", force_zip64=True) as m:
        for _ in range(90 * MiB // len(line) + 1):
            m.write(line)
    return buf.getvalue()


def _tar_of_warc_gz() -> bytes:
    """A tar of two ``.warc.gz`` members (how crawl segments are shipped), one a single gzip member over 64 MiB."""
    from tests.warcbytes import http_response, record  # (the test suite's WARC writer)

    small = gzip.compress(record("response", http_response(page_html(6).encode()), url="http://x/6"))
    pad = gzip.compress(record("resource", b"x" * (70 * MiB), url="http://x/pad", content_type="text/plain"), 1)
    return _tar([("seg/a.warc.gz", small), ("seg/b.warc.gz", pad + small)])


INPUTS: dict[str, Callable[[], bytes]] = {
    "good.tar.gz": lambda: gzip.compress(_tar(_good())),
    "good.tar.bz2": lambda: bz2.compress(_tar(_good())),
    "good.tar.xz": lambda: lzma.compress(_tar(_good())),
    "nameless": lambda: gzip.compress(_tar(_good())),
    "appended.tar.gz": lambda: gzip.compress(_tar(_good()[:2])) + gzip.compress(_tar(_good()[2:])),
    "links.tar": lambda: (
        _tar(_good()[:1])[:-1024]
        + _header("passwd.txt", 0, tarfile.SYMTYPE)
        + _header("dev.txt", 0, tarfile.CHRTYPE)
        + _header("../../escape.txt", len(page_text(7).encode()))
        + _padded(page_text(7).encode())
        + bytes(1024)
    ),
    "gbk_names.tar": lambda: _tar([("新闻/稿件一.txt", page_text(8).encode())], tarfile.GNU_FORMAT, "gbk"),
    "chained_pax.tar": _chained_pax,
    "long_name.tar": lambda: _tar([("d/" * 1_000_000 + "p.txt", page_text(10).encode())]),
    "sparse_bomb.tar": _sparse_bomb,
    "size_2_80.tar": lambda: _tar(_good()[:1])[:-1024] + _header("huge.txt", 2**80) + b"tail line\n" * 100,
    "zero_tail.tar": lambda: _tar(_good()[:1]) + bytes(64 * MiB),
    "many_members.tar": _many_members,
    "bomb.tar.gz": lambda: gzip.compress(
        _tar(_good()[:1])[:-1024] + _header("zeros.txt", 1 << 30) + bytes(300 * MiB), 1
    ),
    "seven.7z": lambda: b"7z\xbc\xaf\x27\x1c\0\4" + bytes(200),
    "rar_as_page.html": lambda: b"Rar!\x1a\x07\x01\0" + bytes(200),
    "utf16_dump.txt": _utf16_dump,
    "empty.txt.gz": lambda: b"",
    "gzip_of_nothing.txt.gz": lambda: gzip.compress(b""),
    "deep.jsonl": _deep_jsonl,
    "zip_big_jsonl.zip": _zip_big_jsonl,
    "warc_segments.tar": _tar_of_warc_gz,
}

WANT: dict[str, tuple[int, dict[str, set[str]]]] = {
    # file: (stories at least, {path suffix: reasons}); a path suffix "" is the file itself
    "good.tar.gz": (4, {}),
    "good.tar.bz2": (4, {}),
    "good.tar.xz": (4, {}),
    "nameless": (4, {}),
    "appended.tar.gz": (4, {}),
    "links.tar": (2, {"passwd.txt": {"not_a_file"}, "dev.txt": {"not_a_file"}}),
    "gbk_names.tar": (1, {}),
    "chained_pax.tar": (0, {"": {"bad_archive"}}),
    "long_name.tar": (0, {"": {"bad_archive"}}),
    "sparse_bomb.tar": (1, {"holes.txt": {"too_large", "binary"}}),
    "size_2_80.tar": (1, {"huge.txt": {"bad_archive"}, "": {"bad_archive"}}),
    "zero_tail.tar": (1, {}),  # (zero-filled space after the archive: not read past 2 MiB, nothing lost, no reject)
    "many_members.tar": (1, {"": {"empty_file"}}),
    "bomb.tar.gz": (1, {"zeros.txt": {"too_large"}, "": {"too_large"}}),
    "seven.7z": (0, {"": {"unsupported_type"}}),
    "rar_as_page.html": (0, {"": {"unsupported_type"}}),
    "utf16_dump.txt": (9_900, {}),
    "empty.txt.gz": (0, {"": {"empty_file"}}),
    "gzip_of_nothing.txt.gz": (0, {"": {"empty_file"}}),
    "deep.jsonl": (1, {"": {"bad_json"}}),
    "zip_big_jsonl.zip": (1, {}),
    "warc_segments.tar": (2, {"b.warc.gz": {"too_large"}}),
}


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
    return out


_CHILD = """
import resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from cleaner.cli import main
sys.argv = ["cleaner", "run", *sys.argv[3:], "--out", sys.argv[2], "-q", "-j", "1"]
main()
"""


def run(files: list[Path], out: Path, limit_mb: int, timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    """``cleaner run -j 1`` over ``files`` in a child under ``RLIMIT_AS``; the result and the child's CPU seconds."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cmd = [sys.executable, "-c", _CHILD, str(limit_mb * MiB), str(out), *map(str, files)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return done, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def judge(out: Path, files: list[Path]) -> dict[str, tuple[bool, str]]:
    """Per input: whether it gave what :data:`WANT` says, and what it gave."""
    stories: Counter[str] = Counter()
    for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines():
        for src in json.loads(line)["sources"]:
            stories[src["path"].split("!/")[0]] += 1
    rejects: dict[str, dict[str, set[str]]] = {}
    for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        top, _, member = r["path"].partition("!/")
        rejects.setdefault(top, {}).setdefault(member, set()).add(r["reason"])
    verdict = {}
    for f in files:
        least, want = WANT[f.name]
        got = rejects.get(str(f), {})
        ok = stories[str(f)] >= least and all(
            any(m.endswith(k) and reasons & why for m, reasons in got.items()) for k, why in want.items()
        )
        shown = {m[-30:] or "(file)": sorted(v) for m, v in got.items()}
        if len(shown) > 4:
            shown = dict(list(shown.items())[:4]) | {"…": [f"{len(got)} paths"]}
        verdict[f.name] = (ok, f"stories {stories[str(f)]}, rejects {shown}")
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
        done, cpu = run([f], out, args.limit_mb, args.timeout)
        if done.returncode not in (0, 3):
            print(f"{f.name:24} {f.stat().st_size:>11} WRONG exit {done.returncode}: {done.stderr[-300:]}")
            wrong += 1
            continue
        ok, what = judge(out, [f])[f.name]
        wrong += not ok
        wall = time.monotonic() - started
        verdict = "ok   " if ok else "WRONG"
        print(f"{f.name:24} {f.stat().st_size:>11} {verdict} {cpu:5.1f} CPU-s (parent) {wall:5.1f} s  {what}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
