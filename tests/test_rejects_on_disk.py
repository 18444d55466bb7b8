"""Rejects written to disk as they come (helper rejects29): ``rejects.jsonl`` is the file the run wrote when it held
every reject in lists (same bytes, same order), in memory, staged (``--work``) and nightly (``--state``), through the
command line; the library's ``process()`` still returns them in a list; and a flood of rejects goes through the staged
worker's shard, the staged driver's copy and the in-memory driver's spool in bounded memory (under an address-space
limit, and a few MB traced where the old lists took ≈ 200 bytes a reject)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import cleaner
from cleaner.document import Reject
from cleaner.output import write_jsonl
from cleaner.pipeline import VOLATILE
from cleaner.rejectfile import RecordCount, RejectSpool, SpooledRejects, reject_line


def test_the_record_count_is_the_set_it_replaces() -> None:
    rng = random.Random(29)
    for _ in range(300):
        count, seen = RecordCount(), set[tuple[str, int | None]]()
        paths = [f"f{i}" for i in range(rng.randint(1, 3))]
        for _ in range(rng.randint(0, 200)):
            path = rng.choice(paths)
            roll = rng.random()
            record = None if roll < 0.05 else rng.randint(0, 60) if roll < 0.4 else len(seen) + rng.randint(0, 2)
            count.add(path, record)
            seen.add((path, record))
            assert count.n == len(seen)


def _rejects() -> list[Reject]:
    return [
        Reject("a.jsonl", "bad_json", "line 3: Expecting value", record=2),
        Reject("dir/\udcff名.txt", "no_body", "标题 | \ud800 lone", record=None, segment=4),  # lone surrogates
        Reject("b.warc", "empty_after_extraction", "", record=7, segment=0),
        Reject("c.txt", "too_short", 'quote " and \\ backslash\nnewline'),
    ]


def test_a_spooled_reject_is_the_line_write_jsonl_writes_and_comes_back_the_same(tmp_path: Path) -> None:
    rejects = _rejects()
    write_jsonl(tmp_path / "rejects.jsonl", (r.to_json() for r in rejects))
    assert b"".join(reject_line(r) for r in rejects) == (tmp_path / "rejects.jsonl").read_bytes()
    with RejectSpool(str(tmp_path)) as spool:  # batches come back out of order (a batch redone last)
        spool.add(2, rejects[3:])
        spool.add(0, rejects[:1])
        spool.add(5, [])
        spool.add(1, rejects[1:3])
        assert spool.rejects() == rejects
        assert spool.counts == {"bad_json": 1, "no_body": 1, "empty_after_extraction": 1, "too_short": 1}
        with open(tmp_path / "copy.jsonl", "wb") as fh:
            spool.copy_to(fh)
    assert (tmp_path / "copy.jsonl").read_bytes() == (tmp_path / "rejects.jsonl").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.jsonl", "rejects.jsonl"]  # (the spool had no name)


def _inputs(root: Path) -> None:
    root.mkdir()
    for i in range(8):  # pages of 2 to 9 sentences: the short ones too_short with --min-chars
        body = "".join(f"这是第{i}个故事的第{k}句正文，讲述了事情的经过。" for k in range(2 + i))
        (root / f"p{i}.txt").write_text(f"标题{i}\n{body}\n", encoding="utf-8")
    lines = [json.dumps({"id": k, "text": f"短{k}"}, ensure_ascii=False) for k in range(40)]
    lines[5] = "not json"
    (root / "tiny.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "bin.txt").write_bytes(bytes(range(256)) * 8)


def _run(inputs: Path, out: Path, *extra: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "cleaner.cli", "run", str(inputs), "-o", str(out), "-q", *extra]
    subprocess.run(cmd, check=False, timeout=600)
    report: dict[str, Any] = json.loads((out / "report.json").read_text())
    for k in [*VOLATILE, "arguments", "components", "staged", "site_repetition", "state"]:
        report.pop(k, None)
    return report


def test_the_command_line_writes_the_rejects_the_library_returns(tmp_path: Path) -> None:
    _inputs(tmp_path / "in")
    for extra, kwargs in (((), {}), (("--min-chars", "120", "--audit"), {"min_chars": 120, "audit_trail": True})):
        result = cleaner.process(tmp_path / "in", workers=2, **kwargs)  # type: ignore[arg-type]
        assert isinstance(result.rejects, SpooledRejects) and len(result.rejects) > 40  # (read from a file: hostile32)
        write_jsonl(tmp_path / "lib.jsonl", (r.to_json() for r in result.rejects))
        out = tmp_path / f"out{len(extra)}"
        report = _run(tmp_path / "in", out, "-j", "2", *extra)
        assert (out / "rejects.jsonl").read_bytes() == (tmp_path / "lib.jsonl").read_bytes()
        assert report["records"] == result.report.records and report["rejects"] == result.report.rejects
        assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []
    assert "too_short" in report["rejects"]
    lines = (tmp_path / "out3" / "rejects.jsonl").read_text().splitlines()
    assert json.loads(lines[-1])["reason"] == "too_short"  # the --min-chars rejects last, as the list had them
    staged = _run(tmp_path / "in", tmp_path / "staged", "-j", "2", "--work", str(tmp_path / "work"))
    assert (tmp_path / "staged" / "rejects.jsonl").read_bytes() == (tmp_path / "out0" / "rejects.jsonl").read_bytes()
    assert staged == _run(tmp_path / "in", tmp_path / "mem", "-j", "2", "--grouping", "memory")
    assert not (tmp_path / "work").exists()
    night = tmp_path / "night"
    _run(tmp_path / "in", night, "-j", "2", "--state", str(tmp_path / "state.db"))
    assert (night / "rejects.jsonl").read_bytes() == (tmp_path / "out0" / "rejects.jsonl").read_bytes()


_BOUNDED = textwrap.dedent(
    """
    import os, resource, sys, tracemalloc
    from pathlib import Path
    from cleaner.dedup.params import DedupParams
    from cleaner.document import Reject
    from cleaner.execution import staged
    from cleaner.pipeline import _Kept
    from cleaner.rejectfile import RejectSpool

    work, n = Path(sys.argv[1]), int(sys.argv[2])
    with open("/proc/self/status") as fh:
        vm = next(int(line.split()[1]) for line in fh if line.startswith("VmSize:")) * 1024
    resource.setrlimit(resource.RLIMIT_AS, (vm + (160 << 20), resource.RLIM_INFINITY))

    def pieces(path):
        for start in range(0, n, 2000):
            yield [Reject(path, "no_body", f"短{i} title only, nothing under it", record=i)
                   for i in range(start, min(n, start + 2000))], []

    tracemalloc.start()
    summary = staged._write_clean_stream(work, 0, pieces("tiny.jsonl"), DedupParams())  # the worker's shard
    worker = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    with open(work / "rejects.jsonl", "wb") as fh:  # the driver's copy
        staged.copy_rejects(work, 1, fh)
    copy = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    with RejectSpool(str(work)) as spool:  # the in-memory run's driver, a batch at a time
        kept = _Kept(spool, None)
        for b, (items, _) in enumerate(pieces("other.jsonl")):
            kept.take(b, [items])
        spooled = tracemalloc.get_traced_memory()[1]
        assert spool.n == n and kept.records.n == n
    print(summary["records"], summary["rejects"]["no_body"], worker >> 20, copy >> 20, spooled >> 20)
    """
)


def test_a_flood_of_rejects_stays_in_bounded_memory(tmp_path: Path) -> None:
    n = 100_000  # (by hand through the command line, 10⁶ rejected records: 732 MB peak before, 102 MB after)
    done = subprocess.run(
        [sys.executable, "-c", _BOUNDED, str(tmp_path), str(n)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    records, rejected, worker_mb, copy_mb, spool_mb = map(int, done.stdout.split())
    assert records == rejected == n
    assert max(worker_mb, copy_mb, spool_mb) < 6, (worker_mb, copy_mb, spool_mb)  # (the lists: ≈ 20 MB + pickles)
    lines = (tmp_path / "rejects.jsonl").read_bytes().splitlines()
    assert len(lines) == n and json.loads(lines[-1]) == {
        "path": "tiny.jsonl", "reason": "no_body", "detail": f"短{n - 1} title only, nothing under it", "record": n - 1,
    }  # fmt: skip


def test_a_shard_of_an_earlier_build_with_its_rejects_in_the_metadata_is_still_copied(tmp_path: Path) -> None:
    """A work folder left by a killed run of the build before (same version, so the same work key): its clean shards
    hold their rejects pickled in the documents file's metadata, with no rejects file beside them."""
    import pickle

    import pyarrow as pa

    from cleaner.execution import staged

    rejects = _rejects()
    schema = pa.schema([("idh", pa.int64()), ("doc", pa.large_binary())])
    meta = {b"rejects": pickle.dumps(rejects), b"summary": b"{}"}
    with pa.OSFile(str(tmp_path / "clean-00000.docs.arrow"), "wb") as fh:
        with pa.ipc.new_file(fh, schema.with_metadata(meta)):
            pass
    with open(tmp_path / "clean-00001.rejects.jsonl", "wb") as fh:  # a shard of this build beside it
        fh.write(reject_line(rejects[0]))
    with open(tmp_path / "rejects.jsonl", "wb") as fh:
        staged.copy_rejects(tmp_path, 2, fh)
    assert (tmp_path / "rejects.jsonl").read_bytes() == b"".join(reject_line(r) for r in [*rejects, rejects[0]])
