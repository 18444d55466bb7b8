"""Executors: ordered maps whose output never depends on where or on how many workers they run.

Real process pools and a real local Ray instance; the only fake is a worker that
dies on purpose (``os._exit``), a fault no real input produces on demand.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.errors import UsageError
from cleaner.execution.executor import (
    Executor,
    LocalExecutor,
    SerialExecutor,
    TimeLimitExceeded,
    WorkerError,
    chunksize_for,
    file_chunksize,
    make_executor,
    unit_done,
    unit_started,
)
from cleaner.execution.partition import band_candidates, components
from cleaner.pipeline import VOLATILE, process, run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
GOLD = ROOT.parent / "shared" / "data" / "extraction" / "cwced_zh" / "gold"


# --------------------------------------------------------------------------- picklable helpers (module level)


def square(x: int) -> int:
    return x * x


def fail_on_sevens(x: int) -> int:
    if x % 7 == 0:
        raise ValueError(f"no sevens: {x}")
    return x


class Unpicklable(Exception):
    def __init__(self, a: int, b: int) -> None:  # pickling calls Unpicklable(msg) → TypeError
        super().__init__(f"{a}/{b}")


def raise_unpicklable(x: int) -> int:
    if x == 3:
        raise Unpicklable(1, 2)
    return x


def die_on_13(x: int) -> int:
    if x == 13:
        os._exit(3)  # a worker killed under an item: a segfault in a C extension, the OOM killer
    return x


def burn_on_3(x: int) -> int:
    """A piece of work per item; item 3 holds the CPU in C code with no signal check (a backtracking regular
    expression, 2^34 steps): -1 when the time limit stopped it."""
    try:
        unit_started(f"item {x}")
        if x == 3:
            re.match(r"(a+)+$", "a" * 34 + "b")
        return x
    except TimeLimitExceeded:
        return -1
    finally:
        unit_done()


# --------------------------------------------------------------------------- a corpus


def _repost(text: str, rng: random.Random) -> str:
    sents = [s for s in re.split(r"(?<=[。！？])", text) if s]
    if len(sents) > 6:
        del sents[rng.randrange(1, len(sents) - 1)]
    head = rng.choice(["当前位置：首页 > 新闻 > 正文\n", "网易新闻 | 新闻中心 | 社会\n", ""])
    tail = rng.choice(["\n责任编辑：李华 SN225", "\n相关阅读\n某地发布新规 多部门联合执法", ""])
    return head + "".join(sents) + tail


def make_corpus(root: Path, n_gold: int = 24, seed: int = 3) -> Path:
    """Seeds, gold texts with repost variants (one story per file, several in a JSONL file, some gzipped),
    and bad input: an empty file, a binary file, a bad JSONL line."""
    if not GOLD.is_dir():
        pytest.skip(f"extraction data not found at {GOLD}")
    rng = random.Random(seed)
    corpus = root / "corpus"
    (corpus / "seeds").mkdir(parents=True)
    for f in SEEDS.iterdir():
        shutil.copy(f, corpus / "seeds" / f.name)
    golds = sorted(GOLD.glob("*.txt"))[:n_gold]
    records = []
    for i, g in enumerate(golds):
        text = g.read_text(encoding="utf-8").strip()
        d = corpus / f"site{i % 5}"
        d.mkdir(exist_ok=True)
        (d / f"{g.stem}.txt").write_text(text, encoding="utf-8")
        for c in range(i % 3):
            variant = _repost(text, rng)
            if c == 1:
                (d / f"{g.stem}-{c}.txt.gz").write_bytes(gzip.compress(variant.encode()))
            else:
                (d / f"{g.stem}-{c}.txt").write_text(variant, encoding="utf-8")
        records.append(json.dumps({"url": f"https://example.com/{i}", "text": _repost(text, rng)}, ensure_ascii=False))
    records.insert(5, "{not json")
    (corpus / "big.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 64)
    return corpus


@pytest.fixture(scope="module")
def corpus() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="cleaner-exec-"))
    try:
        yield make_corpus(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _outputs(out: Path) -> tuple[bytes, bytes, dict[str, object]]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for volatile in (*VOLATILE, "workers", "arguments"):
        report.pop(volatile)
    return (out / "stories.jsonl").read_bytes(), (out / "rejects.jsonl").read_bytes(), report


@pytest.fixture(scope="module")
def serial_outputs(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, dict[str, object]]:
    out = tmp_path_factory.mktemp("serial")
    run([corpus], out, workers=1)
    return _outputs(out)


# --------------------------------------------------------------------------- the pipeline, -j 1 vs -j 2


def test_output_does_not_depend_on_the_number_of_workers(
    corpus: Path, tmp_path: Path, serial_outputs: tuple[bytes, bytes, dict[str, object]]
) -> None:
    stories, rejects, report = serial_outputs
    assert stories.count(b"\n") >= 20 and rejects  # a real corpus: stories, near duplicates and rejects
    assert report["near_duplicates"] and report["exact_duplicates"] is not None
    run([corpus], tmp_path / "j2", workers=2)
    assert _outputs(tmp_path / "j2") == serial_outputs
    # and with one file per chunk (the other extreme of chunking)
    with LocalExecutor(2) as ex:
        ex_map = ex.map

        def one_per_chunk(fn, items, *, chunksize=1, on_error=None):  # type: ignore[no-untyped-def]
            return ex_map(fn, items, chunksize=1, on_error=on_error)

        ex.map = one_per_chunk  # type: ignore[method-assign]
        run([corpus], tmp_path / "c1", executor=ex)
    assert _outputs(tmp_path / "c1") == serial_outputs


def test_cli_workers_flag(corpus: Path, tmp_path: Path, serial_outputs: tuple[bytes, bytes, dict[str, object]]) -> None:
    from typer.testing import CliRunner

    from cleaner.cli import app

    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(tmp_path / "cli"), "-j", "2", "-q"])
    assert result.exit_code == 0, result.output
    assert _outputs(tmp_path / "cli") == serial_outputs


def nightly_outputs(corpus: Path, out: Path, executor: Executor) -> list[bytes]:
    """Two nights over one SQLite state (the driver owns it; workers only sketch): night 1 sees two sites,
    night 2 everything. The bytes of every stories.jsonl and updates.jsonl."""
    state = out / "state.db"
    got = []
    for night, inputs in enumerate([[corpus / "site0", corpus / "site1"], [corpus]]):
        run(inputs, out / f"night{night}", executor=executor, state=state)
        for name in ("stories.jsonl", "updates.jsonl"):
            f = out / f"night{night}" / name
            got.append(f.read_bytes() if f.exists() else b"")
    return got


@pytest.fixture(scope="module")
def serial_nightly(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    return nightly_outputs(corpus, tmp_path_factory.mktemp("nightly-serial"), SerialExecutor())


def test_nightly_state_does_not_depend_on_the_number_of_workers(
    corpus: Path, tmp_path: Path, serial_nightly: list[bytes]
) -> None:
    assert serial_nightly[0] and serial_nightly[2]
    with LocalExecutor(2) as ex:
        assert nightly_outputs(corpus, tmp_path, ex) == serial_nightly


def test_cli_executor_usage_errors(corpus: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cleaner.cli import app

    runner = CliRunner()
    bad = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path), "--executor", "dask", "-q"])
    assert bad.exit_code == 2 and "local or ray" in bad.output
    stray = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path), "--ray-address", "auto", "-q"])
    assert stray.exit_code == 2 and "--executor ray" in stray.output


# --------------------------------------------------------------------------- the local executor


@pytest.mark.parametrize("chunksize", [1, 7, 1000])
def test_local_map_keeps_input_order(chunksize: int) -> None:
    with LocalExecutor(2) as ex:
        assert list(ex.map(square, iter(range(500)), chunksize=chunksize)) == [x * x for x in range(500)]
        assert list(ex.map(square, [], chunksize=chunksize)) == []


def test_item_errors_become_on_error_results_in_place() -> None:
    expected = [f"failed {x}: no sevens: {x}" if x % 7 == 0 else x for x in range(40)]

    def on_error(x: int, exc: BaseException) -> str:
        return f"failed {x}: {exc}"

    for ex in (SerialExecutor(), LocalExecutor(2)):
        with ex:
            assert list(ex.map(fail_on_sevens, range(40), chunksize=3, on_error=on_error)) == expected
            with pytest.raises(ValueError, match="no sevens: 0"):
                list(ex.map(fail_on_sevens, range(40), chunksize=3))


def test_an_exception_that_does_not_pickle_still_comes_back() -> None:
    with LocalExecutor(2) as ex:
        out = list(ex.map(raise_unpicklable, range(6), chunksize=2, on_error=lambda x, e: repr(e)))
    assert out[:3] == [0, 1, 2] and out[4:] == [4, 5]
    assert "WorkerError" in str(out[3]) and "Unpicklable: 1/2" in str(out[3])


def test_a_dead_worker_fails_only_its_item_and_the_pool_recovers() -> None:
    errors: list[tuple[int, BaseException]] = []

    def on_error(x: int, exc: BaseException) -> int:
        errors.append((x, exc))
        return -1

    with LocalExecutor(2) as ex:
        out = list(ex.map(die_on_13, range(40), chunksize=4, on_error=on_error))
        assert out == [-1 if x == 13 else x for x in range(40)]
        assert [x for x, _ in errors] == [13]
        assert isinstance(errors[0][1], WorkerError)
        assert list(ex.map(square, range(10), chunksize=3)) == [x * x for x in range(10)]  # usable again
        with pytest.raises(WorkerError, match="died while processing 13"):
            list(ex.map(die_on_13, range(20), chunksize=4))


def test_a_file_that_kills_its_worker_is_a_reject_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.pipeline

    real = cleaner.pipeline.prepare

    def prepare(raw, rules=None):  # type: ignore[no-untyped-def]
        if "POISON" in raw.text:
            os._exit(9)
        return real(raw, rules)

    monkeypatch.setattr(cleaner.pipeline, "prepare", prepare)  # inherited by the forked pool workers
    (tmp_path / "in").mkdir()
    for i in range(6):
        text = f"第{i}篇文章。这是一个正常的段落，内容完整而且足够长。" * 3
        (tmp_path / "in" / f"{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "3x.txt").write_text("POISON " * 10, encoding="utf-8")
    with LocalExecutor(2, mp_context="fork") as ex:
        result = process([tmp_path / "in"], executor=ex)
    assert result.report.documents == 6 and result.report.files == 7
    assert [(Path(r.path).name, r.reason) for r in result.rejects] == [("3x.txt", "worker_failed")]


def test_the_pool_shuts_down_cleanly() -> None:
    ex = LocalExecutor(2)
    it = ex.map(square, range(2000), chunksize=5)
    assert [next(it) for _ in range(3)] == [0, 1, 4]  # abandoned half-way: pending chunks are cancelled
    ex.close()
    assert ex._pool is None
    ex.close()  # idempotent
    del it


_DEAD_POOL_THEN_CTRL_C = """
import os, signal, time
from cleaner.execution.executor import LocalExecutor

def slow(b: bytes) -> int:
    time.sleep(0.3)
    return len(b)

if __name__ == "__main__":
    with LocalExecutor(2) as ex:
        it = ex.map(slow, [b"x" * (1 << 20)] * 40)  # 1 MB chunks: the call queue's pipe fills at once
        next(it)
        it.close()  # the consumer stops: chunks not yet sent are cancelled
        for p in list(ex._pool._processes.values()):
            os.kill(p.pid, signal.SIGKILL)  # the workers die before the pool is told to stop
        time.sleep(0.5)
        raise KeyboardInterrupt
"""


def test_an_interrupt_after_the_workers_died_exits_at_once(tmp_path: Path) -> None:
    """CPython 3.11's pool manager can die on a cancelled future before it unblocks the call queue's feeder,
    whose full pipe then held interpreter exit forever: a Ctrl-C'd ``cleaner run -j 2`` hung ~1 run in 20."""
    script = tmp_path / "dead_pool.py"
    script.write_text(_DEAD_POOL_THEN_CTRL_C, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=60, start_new_session=True)
    assert proc.returncode == -signal.SIGINT and b"KeyboardInterrupt" in proc.stderr, proc.stderr.decode()[-2000:]


def test_chunk_sizes() -> None:
    assert chunksize_for(0, 2) == 1
    assert chunksize_for(10, 2) == 1
    assert chunksize_for(16_000, 2) == 64
    assert chunksize_for(800, 4) == 25


def test_file_chunks_follow_file_sizes(tmp_path: Path) -> None:
    small = []
    for i in range(300):
        p = tmp_path / f"s{i}.txt"
        p.write_bytes(b"x" * 100)
        small.append(p)
    big = []
    for i in range(300):
        p = tmp_path / f"b{i}.txt"
        with open(p, "wb") as f:
            f.truncate(8 << 20)  # sparse: large on paper, nothing on disk
        big.append(p)
    assert file_chunksize(small, 2) == chunksize_for(300, 2) > 1
    assert file_chunksize(big, 2) == 1
    assert file_chunksize(small[:3], 2) == 1


def test_make_executor() -> None:
    assert isinstance(make_executor(1), SerialExecutor)
    ex = make_executor(2)
    assert isinstance(ex, LocalExecutor) and ex.workers == 2
    ex.close()
    assert make_executor(0).workers == make_executor(None).workers >= 1
    with pytest.raises(UsageError, match="--executor ray"):
        make_executor(2, address="auto")


# --------------------------------------------------------------------------- partitioned candidates


def _brute(items: list[tuple[str, list[int]]]) -> list[tuple[str, str]]:
    pairs = set()
    for (a, ka), (b, kb) in combinations(items, 2):
        if a != b and set(ka) & set(kb):
            pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


keyed = st.lists(
    st.tuples(st.text("abcdef", min_size=1, max_size=3), st.lists(st.integers(0, 40), max_size=6)), max_size=30
)


@settings(max_examples=80, deadline=None)
@given(keyed, st.integers(1, 9))
def test_band_candidates_are_the_pairs_sharing_a_key(items: list[tuple[str, list[int]]], partitions: int) -> None:
    res = band_candidates(items, partitions=partitions, shard_size=4)
    assert res.pairs == _brute(items)
    comp = components([i for i, _ in items], band_candidates(items, partitions=partitions, star=True).pairs)
    for a, b in res.pairs:
        assert comp[a] == comp[b]


@settings(max_examples=60, deadline=None)
@given(keyed, keyed, st.booleans())
def test_band_candidates_against_known_stories(
    items: list[tuple[str, list[int]]], known: list[tuple[str, list[int]]], star: bool
) -> None:
    """Known (state) ids are upper case: they pair with new ids, never with each other."""
    known = [(i.upper(), k) for i, k in known]
    old = {i for i, _ in known}
    res = band_candidates(items, known=known, partitions=5, shard_size=3, star=star)
    assert not any(a in old and b in old for a, b in res.pairs)
    if not star:
        assert res.pairs == [(a, b) for a, b in _brute(items + known) if a not in old or b not in old]


def test_band_candidates_on_a_pool_and_hot_buckets() -> None:
    rng = random.Random(5)
    items = [(f"d{i:03d}", [rng.randrange(300) for _ in range(5)] + [10_000]) for i in range(200)]
    with LocalExecutor(2) as ex:
        res = band_candidates(items, executor=ex, partitions=8, max_bucket=50)
    without_hot = [(i, [k for k in ks if k != 10_000]) for i, ks in items]
    assert res.pairs == _brute(without_hot)
    assert res.skipped_buckets == 1 and res.largest_bucket == 200


# --------------------------------------------------------------------------- Ray


def _ray_skip_reason() -> str | None:
    from cleaner.execution.ray_executor import ray_available

    return ray_available()


@pytest.fixture(scope="module")
def ray_ex() -> Iterator[object]:
    why = _ray_skip_reason()
    if why is not None:
        pytest.skip(why)
    import sys

    from ray import cloudpickle

    from cleaner.execution.ray_executor import RayExecutor

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # Ray workers cannot import this test module
    logs = tempfile.mkdtemp(prefix="cr-", dir="/tmp")  # short: Ray puts unix sockets under it
    ex = RayExecutor(2, temp_dir=logs, max_retries=0)
    try:
        yield ex
    finally:
        ex.close()
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
        shutil.rmtree(logs, ignore_errors=True)


def test_ray_gives_exactly_the_local_stories(
    ray_ex: object, corpus: Path, tmp_path: Path, serial_outputs: tuple[bytes, bytes, dict[str, object]]
) -> None:
    from cleaner.execution.ray_executor import RayExecutor

    assert isinstance(ray_ex, RayExecutor) and ray_ex.workers == 2
    run([corpus], tmp_path / "ray", executor=ray_ex)
    assert _outputs(tmp_path / "ray") == serial_outputs


def test_ray_map_order_errors_and_dead_workers(ray_ex: object) -> None:
    from cleaner.execution.ray_executor import RayExecutor

    assert isinstance(ray_ex, RayExecutor)
    assert list(ray_ex.map(square, range(300), chunksize=7)) == [x * x for x in range(300)]
    assert list(ray_ex.map(square, [])) == []
    out = list(ray_ex.map(fail_on_sevens, range(20), chunksize=3, on_error=lambda x, e: f"{x}: {e}"))
    assert out == [f"{x}: no sevens: {x}" if x % 7 == 0 else x for x in range(20)]
    with pytest.raises(ValueError, match="no sevens"):
        list(ray_ex.map(fail_on_sevens, range(20), chunksize=3))
    dead = list(ray_ex.map(die_on_13, range(16), chunksize=4, on_error=lambda x, e: type(e).__name__))
    assert dead == ["WorkerError" if x == 13 else x for x in range(16)]


def test_ray_map_ships_each_function_by_its_content(ray_ex: object) -> None:
    """Workers keep the functions they have unpickled, by digest: two partials of one function with different
    arguments are two functions, and a function mapped again is the same one."""
    from functools import partial

    from cleaner.execution.ray_executor import RayExecutor

    assert isinstance(ray_ex, RayExecutor)
    for _ in range(2):
        assert list(ray_ex.map(partial(pow, exp=2), range(40), chunksize=3)) == [x**2 for x in range(40)]
        assert list(ray_ex.map(partial(pow, exp=3), range(40), chunksize=3)) == [x**3 for x in range(40)]
        assert list(ray_ex.map(square, range(40), chunksize=5)) == [x * x for x in range(40)]


def test_ray_time_limit_stops_a_piece_stuck_in_c_code(ray_ex: object) -> None:
    """With a time limit, the Ray worker under a page stuck in C code kills itself after naming the page; the task
    runs again (here without Ray's retries: one item a task) and the page raises TimeLimitExceeded, the others run."""
    from cleaner.execution.ray_executor import RayExecutor

    assert isinstance(ray_ex, RayExecutor)
    timed = RayExecutor(2, max_retries=1, time_limit=0.5)  # the instance of ``ray_ex``, running in this process
    try:
        assert list(timed.map(burn_on_3, range(8), chunksize=2)) == [0, 1, 2, -1, 4, 5, 6, 7]
        assert list(timed.map(burn_on_3, [5, 6])) == [5, 6]  # usable again
    finally:
        timed.close()
    assert list(ray_ex.map(square, range(5))) == [0, 1, 4, 9, 16]  # the instance lives on


def test_loopback_addresses() -> None:
    from cleaner.execution.ray_executor import _is_loopback

    for address in ["127.0.0.1:6379", "localhost:6379", "[::1]:6379", "127.0.0.1"]:
        assert _is_loopback(address), address
    for address in ["auto", "ray://127.0.0.1:10001", "10.0.0.1:6379", "head:6379", "192.0.2.2"]:
        assert not _is_loopback(address), address


def test_ray_keeps_a_loopback_address_only_under_the_local_only_switch() -> None:
    """What connecting to a cluster bound to 127.0.0.1 relies on: Ray rewrites a loopback address to this
    node's routable IP (ray-project/ray#59110) unless its local-only switch is on."""
    why = _ray_skip_reason()
    if why is not None:
        pytest.skip(why)
    from ray._private import ray_constants, services

    from cleaner.execution.ray_executor import _loopback_only

    before = ray_constants.ENABLE_RAY_CLUSTER
    with _loopback_only():
        assert services.canonicalize_bootstrap_address("127.0.0.1:6379") == "127.0.0.1:6379"
    assert ray_constants.ENABLE_RAY_CLUSTER == before


def test_ray_local_instance_is_bound_to_loopback(ray_ex: object) -> None:
    import ray

    nodes = ray.nodes()
    assert nodes and all(n["NodeManagerAddress"] == "127.0.0.1" for n in nodes)


def test_ray_nightly_state_gives_the_local_outputs(
    ray_ex: object, corpus: Path, tmp_path: Path, serial_nightly: list[bytes]
) -> None:
    from cleaner.execution.ray_executor import RayExecutor

    assert isinstance(ray_ex, RayExecutor)
    assert nightly_outputs(corpus, tmp_path, ray_ex) == serial_nightly


def test_cli_executor_ray(
    ray_ex: object, corpus: Path, tmp_path: Path, serial_outputs: tuple[bytes, bytes, dict[str, object]]
) -> None:
    """``--executor ray`` joins the Ray instance already running in this process and leaves it running."""
    import ray
    from typer.testing import CliRunner

    from cleaner.cli import app

    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(tmp_path / "o"), "--executor", "ray", "-q"])
    assert result.exit_code == 0, result.output
    assert _outputs(tmp_path / "o") == serial_outputs
    assert ray.is_initialized()


def test_a_pool_found_broken_while_submitting_loses_no_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker can die between two submits: the next submit raises BrokenProcessPool at once (a race a real
    pool shows under load; forced here). The chunk is rerun like the ones in flight, not raised."""
    from concurrent.futures.process import BrokenProcessPool

    with LocalExecutor(2) as ex:
        real = ex._get
        calls = {"n": 0}

        class Flaky:
            def __init__(self, pool: Any) -> None:
                self.pool = pool

            def submit(self, *args: Any) -> Any:
                calls["n"] += 1
                if calls["n"] == 3:
                    raise BrokenProcessPool("a child process terminated abruptly")
                return self.pool.submit(*args)

        monkeypatch.setattr(ex, "_get", lambda: Flaky(real()))
        assert list(ex.map(square, range(20), chunksize=2)) == [x * x for x in range(20)]
