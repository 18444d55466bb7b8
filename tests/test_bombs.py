"""Memory bombs (#15): every unit read or decoded is held to one byte budget while streaming.

Each bomb is made at test time (a few MB on disk, a GB or more inflated) and read by `cleaner run` in a child
process under ``RLIMIT_AS`` (600 MB) and a timeout, so a regression fails the test instead of taking the
machine; the child reports its peak RSS, and the rejects must say ``too_large`` (a MemoryError caught as some
other reject would not pass).
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
import zstandard

from tests.warcbytes import http_response, record

pytestmark = pytest.mark.slow

MiB = 1 << 20
LIMIT = 600 * MiB
PARA1 = "新华社北京电 国家统计局今天发布数据显示,今年前三季度国内生产总值同比增长百分之五点二。专家表示,经济运行平稳。"
PARA2 = "分析人士认为,四季度消费和投资有望继续回升,全年目标可以实现。市场信心持续增强,就业形势总体稳定。"
HTML = f"<html><body><article><p>{PARA1}</p><p>{PARA2}</p></article></body></html>".encode()
_CHILD = """
import resource, sys
limit, src, out, rss, jobs = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from cleaner.cli import main
sys.argv = ["cleaner", "run", src, "--out", out, "-q", "-j", jobs]
try:
    main()
finally:  # this process's own peak: ru_maxrss would be at least its parent's (Linux carries it over an exec)
    with open("/proc/self/status") as st, open(rss, "w") as fh:
        fh.write(str(int(next(line for line in st if line.startswith("VmHWM:")).split()[1]) * 1024))
"""


def _member(size: int = 16 * MiB) -> bytes:
    return gzip.compress(b"a" * size, 1)


def _streamed_gzip(prefix: bytes, fill: int, suffix: bytes) -> bytes:
    """One gzip member: prefix, ``fill`` bytes of 'a', suffix (compressed a MiB at a time)."""
    c = zlib.compressobj(1, zlib.DEFLATED, 31)
    out = [c.compress(prefix)]
    block = b"a" * MiB
    for _ in range(fill // MiB):
        out.append(c.compress(block))
    out.append(c.compress(suffix))
    out.append(c.flush())
    return b"".join(out)


def _packed(packer: Any, mib: int) -> bytes:
    """``mib`` MiB of 'a' through a bz2 / lzma / zstd compressor object, a MiB at a time."""
    chunk = b"a" * MiB
    return b"".join([*(packer.compress(chunk) for _ in range(mib)), packer.flush()])


def _tree_rss(sid: int) -> int:
    """The proportional resident bytes (PSS, ``/proc/PID/smaps_rollup``) of every live process in session ``sid``
    (the run, its fork server, workers, resource tracker), summed: what the tree holds at this moment, a page shared
    by the fork server and its workers counted once. (The sum of each process's peak, VmHWM, counted the pages a
    worker shares with the fork server once per process, and the peaks of processes that never peaked together:
    a staged run over the bombs summed to 667-677 MiB where it held ≈ 600; helpers loss24, loss25, hostile26.)"""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            if int(fields[3]) != sid:  # field 6 of stat: the session id
                continue
            with open(f"/proc/{entry}/smaps_rollup", encoding="ascii", errors="replace") as fh:
                pss = next((line for line in fh if line.startswith("Pss:")), None)
            if pss is not None:  # (a zombie has none)
                total += int(pss.split()[1]) * 1024
        except (OSError, IndexError, ValueError):
            continue
    return total


def _run_limited(
    src: Path, out: Path, jobs: int = 1
) -> tuple[dict[str, list[tuple[str, int | None]]], set[tuple[str, int]], int, int]:
    """(rejects by reason, story sources, peak RSS of the run's process, the peak of the tree's summed PSS, sampled
    every 20 ms) of `cleaner run src -j jobs` under the memory limit."""
    rss = out.parent / f"rss{jobs}.txt"
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(LIMIT), str(src), str(out), str(rss), str(jobs)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True,
    )  # fmt: skip
    tree = 0
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        tree = max(tree, _tree_rss(proc.pid))
        time.sleep(0.02)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr[-2000:]
    assert stderr == ""
    rejects: dict[str, list[tuple[str, int | None]]] = {}
    for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rejects.setdefault(r["reason"], []).append((Path(r["path"]).name, r.get("record")))
    sources = {
        (Path(s["path"]).name, s["record"])
        for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()
        for s in json.loads(line)["sources"]
    }
    return rejects, sources, int(rss.read_text()), tree


@pytest.mark.parametrize("jobs", [1, 2])
def test_decompression_and_read_bombs_stay_under_the_memory_limit(tmp_path: Path, jobs: int) -> None:
    src = tmp_path / "in"
    src.mkdir()
    member = _member()
    # a multi-member .txt.gz: a member of exactly the budget, then 1 GiB more
    (src / "multi.txt.gz").write_bytes(_member(64 * MiB) + member * 64)
    (src / "single.txt.gz").write_bytes(_streamed_gzip(b"", 512 * MiB, b""))
    # a .jsonl.gz whose first line inflates to 1 GiB, then a good record
    good = json.dumps({"id": "after", "text": PARA1 + "\n" + PARA2}, ensure_ascii=False).encode()
    (src / "lines.jsonl.gz").write_bytes(gzip.compress(b'{"text": "') + member * 64 + gzip.compress(b'"}\n' + good))
    # a .warc.gz whose response body inflates to 512 MiB, then a good record
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    rec_head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/bomb\r\nWARC-Record-ID: <urn:bomb>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(head) + 512 * MiB}\r\n\r\n"
    ).encode()
    after = gzip.compress(record("response", http_response(HTML), url="http://x/after"))
    (src / "body.warc.gz").write_bytes(_streamed_gzip(rec_head + head, 512 * MiB, b"\r\n\r\n") + after)
    # a plain WARC whose Content-Encoding gzip / br bodies inflate to 1 GiB
    import brotli  # type: ignore[import-untyped]

    gz_body = http_response(member * 64, headers="Content-Encoding: gzip\r\n")
    br_body = http_response(brotli.compress(b"a" * (256 * MiB), quality=1), headers="Content-Encoding: br\r\n")
    (src / "encoded.warc").write_bytes(
        record("response", gz_body, url="http://x/gz")
        + record("response", br_body, url="http://x/br")
        + record("response", http_response(HTML.replace(b"<article>", b"<article><h1>T</h1>")), url="http://x/ok")
    )
    # bzip2, xz and Zstandard texts of 96 and 256 MiB
    (src / "single.txt.zst").write_bytes(_packed(zstandard.ZstdCompressor(level=1).compressobj(), 256))
    (src / "single.txt.xz").write_bytes(_packed(lzma.LZMACompressor(preset=0), 96))
    (src / "single.txt.bz2").write_bytes(_packed(bz2.BZ2Compressor(1), 96))
    os.symlink("/dev/zero", src / "zero.txt")
    os.symlink("/dev/zero", src / "zero.jsonl.gz")
    rejects, sources, rss, tree = _run_limited(src, tmp_path / "out", jobs)
    assert sorted(rejects.pop("too_large")) == [
        ("body.warc.gz", 0),
        ("encoded.warc", 0),
        ("encoded.warc", 1),
        ("lines.jsonl.gz", 0),
        ("multi.txt.gz", None),
        ("single.txt.bz2", None),
        ("single.txt.gz", None),
        ("single.txt.xz", None),
        ("single.txt.zst", None),
    ]
    assert sorted(rejects.pop("not_a_file")) == [("zero.jsonl.gz", None), ("zero.txt", None)]
    assert rejects == {}
    # the good records after the bombs are read
    assert sources == {("lines.jsonl.gz", 1), ("body.warc.gz", 1), ("encoded.warc", 2)}
    # the bombs inflate past STAGED_MIN_BYTES: the run goes staged by itself (the switch counts inflated bytes)
    assert "staged" in json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert rss < LIMIT
    assert tree < LIMIT, f"the process tree of -j {jobs} peaked at {tree / MiB:.0f} MiB"
    print(f"-j {jobs}: peak RSS {rss / MiB:.0f} MiB, process tree {tree / MiB:.0f} MiB")


def test_a_parquet_dictionary_bomb_is_stopped_before_it_is_decoded(tmp_path: Path) -> None:
    """One 1 MiB string named by 100,000 rows of a dictionary-encoded column: a 100 GiB table in a file of a few
    hundred KB, and its row group's size in the footer is 1 MiB. Before helper hostile15 it was decoded 256 rows
    at a time (a MemoryError under the limit: the file a ``worker_failed``; the machine's memory without one)."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in"
    src.mkdir()
    big = PARA1 * (MiB // len(PARA1.encode()))
    for name, store_schema in (("bomb.parquet", True), ("plain.parquet", False)):  # read back as dictionary or not
        column = pa.DictionaryArray.from_arrays(pa.array([0] * 100_000, pa.int32()), pa.array([big]))
        pq.write_table(pa.table({"text": column}), src / name, row_group_size=100_000, store_schema=store_schema)
        assert (src / name).stat().st_size < 2 * MiB
    ok = pa.table({"id": ["a", "b"], "text": [PARA1 + "\n" + PARA2, PARA2 + "\n" + PARA1]})
    pq.write_table(ok, src / "ok.parquet")
    rejects, sources, rss, tree = _run_limited(src, tmp_path / "out")
    stops = dict(rejects.pop("too_large"))  # the row each bomb was stopped at: 16 MiB of rows are read first
    assert sorted(stops) == ["bomb.parquet", "plain.parquet"] and all(0 < row <= 17 for row in stops.values())
    assert set(rejects) <= {"line_too_long", "too_large"}, rejects
    assert {("ok.parquet", 0), ("ok.parquet", 1)} <= sources
    assert all(name == "ok.parquet" or row < stops[name] for name, row in sources)
    assert rss < LIMIT and tree < LIMIT


def test_nested_compression_bombs_stay_under_the_memory_limit(tmp_path: Path) -> None:
    """A dump compressed twice is read (helper hostile16), so each layer is a bomb of its own: the inner layer
    inflating to 1 GiB, and an outer layer inflating to 80 MiB of gzip members (the compressed inner file itself
    over the budget). Both ``too_large``; the good file compressed twice beside them is a story."""
    src = tmp_path / "in"
    src.mkdir()
    member = _member()
    (src / "inner.txt.gz.gz").write_bytes(gzip.compress(member * 64, 1))
    (src / "outer.txt.gz.gz").write_bytes(gzip.compress(member * (80 * MiB // len(member)), 1))
    (src / "ok.txt.gz.gz").write_bytes(gzip.compress(gzip.compress((PARA1 + "\n" + PARA2).encode())))
    rejects, sources, rss, tree = _run_limited(src, tmp_path / "out")
    assert sorted(rejects.pop("too_large")) == [("inner.txt.gz.gz", None), ("outer.txt.gz.gz", None)]
    assert rejects == {}
    assert {name for name, _ in sources} == {"ok.txt.gz.gz"}
    assert rss < LIMIT and tree < LIMIT
