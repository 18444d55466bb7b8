"""Peak memory of ``cleaner run`` per input size and shape: does one big input file cost memory in proportion to it?

Builds, deterministically, inputs under ``--dir`` (default ``/tmp/cleaner-mem``; real files, reused when there):

- ``dump-N.txt``: a text dump of about N MB of glued portal pages (``标题_网易新闻`` title lines, chrome lines, a body):
  the bodies are the gold texts of ``--data`` re-keyed (``bench_scale.rekey``: new text with real text's statistics),
  each story once or twice (a repost), so the collapse has work and most pages are stories;
- ``titles-N.txt``: N·10⁵ title lines and nothing else (each a page without a body: a ``no_body`` reject each;
  helper hostile32's dump of 10⁶ lines is ``titles-10``);
- ``warc-N.warc``: N·10³ HTML records (the re-keyed stories in a page template);
- ``rows-N.jsonl`` and ``rows-N.parquet``: N rows of about 1 MB of text each (a story's text repeated).

Each run is ``python -m cleaner run FILE --out OUT -j J -q`` in a child; the bench samples the RSS of the child and
its descendants (the pool workers, the fork server) every 0.05 s from ``/proc`` and prints the driver's peak, the
largest worker's peak and the largest sum over the tree. ``--tracemalloc`` runs one input in process at ``-j 1``
``--time-limit 0`` (no worker) with ``tracemalloc`` and prints the top allocation sites at the peak.

    .venv/bin/python bench/bench_memory.py --data ../shared/data/extraction --inputs dump-10,dump-40 -j 1,2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import load_gold, rekey, repost, tree_sample

SITES = ["网易新闻", "新浪财经", "搜狐", "凤凰网资讯", "腾讯新闻"]
CHROME = ["首页 > 新闻中心 > 国内新闻", "用微信扫码二维码，分享至好友和朋友圈", "为您推荐", "责任编辑：王晓明"]


def _stories(data: Path, seed: int = 33) -> tuple[list[str], random.Random]:
    gold = load_gold(data)
    if not gold:
        raise SystemExit(f"no gold texts under {data}/*/gold")
    return gold, random.Random(seed)


def build_dump(path: Path, mb: int, data: Path) -> None:
    gold, rng = _stories(data)
    budget, written, key = mb * 1_000_000, 0, 1
    with path.open("w", encoding="utf-8") as fh:
        while written < budget:
            for g in gold:
                story = rekey(g, key)
                for copy in range(1 + (rng.random() < 0.3)):
                    text = story if copy == 0 else repost(story, rng)
                    title = text.strip().split("\n")[0][:24].strip() or "标题"
                    page = f"{title}_{rng.choice(SITES)}\n{CHROME[0]}\n{text}\n" + "\n".join(CHROME[1:]) + "\n"
                    fh.write(page)
                    written += len(page.encode())
                if written >= budget:
                    break
            key += 1


def build_titles(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n * 100_000):
            fh.write(f"第{i}条新闻标题_网易新闻\n")


HTML = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> <a href='/news'>新闻</a> <a href='/tech'>科技</a></div>"
    "<div class='article'><h1>{title}</h1>{paras}</div>"
    "<div class='footer'>版权所有 © 2024 示例网 | 联系我们 | 广告服务</div></body></html>"
)


def build_warc(path: Path, n: int, data: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    gold, _rng = _stories(data)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for i in range(n * 1000):
            text = rekey(gold[i % len(gold)], 1 + i // len(gold))
            lines = [ln for ln in text.split("\n") if ln.strip()]
            paras = "".join(f"<p>{ln}</p>" for ln in lines[1:])
            body = HTML.format(title=lines[0][:30], paras=paras).encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                f"https://example.com/{i}.html", "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(rec)


def _rows(n: int, data: Path) -> list[str]:
    gold, _rng = _stories(data)
    out = []
    for i in range(n):
        text = rekey(gold[i % len(gold)], 1 + i)
        reps = 1_000_000 // max(1, len(text.encode()))
        out.append("\n".join(f"第{k}节 {text}" for k in range(reps + 1)))
    return out


def build_jsonl(path: Path, n: int, data: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(_rows(n, data)):
            fh.write(json.dumps({"id": f"r{i}", "url": f"https://example.com/{i}", "text": text}, ensure_ascii=False))
            fh.write("\n")


def build_parquet(path: Path, n: int, data: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _rows(n, data)
    table = pa.table({"id": [f"r{i}" for i in range(n)], "text": rows})
    pq.write_table(table, path, row_group_size=16)


def build(name: str, folder: Path, data: Path) -> Path:
    kind, _, num = name.partition("-")
    ext = {"dump": "txt", "titles": "txt", "warc": "warc", "rows": "jsonl", "prows": "parquet"}[kind]
    path = folder / f"{name}.{ext}"
    if path.exists():
        return path
    tmp = path.with_name(path.name + ".part")
    {"dump": lambda: build_dump(tmp, int(num), data), "titles": lambda: build_titles(tmp, int(num)),
     "warc": lambda: build_warc(tmp, int(num), data), "rows": lambda: build_jsonl(tmp, int(num), data),
     "prows": lambda: build_parquet(tmp, int(num), data)}[kind]()  # fmt: skip
    tmp.rename(path)
    return path


def measure(path: Path, workers: int, extra: list[str]) -> dict[str, float]:
    """One ``cleaner run`` of ``path`` in a child; peaks (MB) of the driver, the largest other process, the tree."""
    with tempfile.TemporaryDirectory(prefix="mem-out-") as out:
        cmd = [sys.executable, "-m", "cleaner", "run", str(path), "--out", out, "-j", str(workers), "-q", *extra]
        env = {**os.environ, "PYTHONSAFEPATH": "1"}
        t0 = time.perf_counter()
        child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peaks: dict[int, int] = {}
        cpu: dict[int, float] = {}
        tree = [0]
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                tree[0] = max(tree[0], tree_sample(child.pid, cpu, peaks))
                stop.wait(0.05)

        t = threading.Thread(target=sample, daemon=True)
        t.start()
        _, err = child.communicate()
        stop.set()
        t.join()
        wall = time.perf_counter() - t0
        if child.returncode not in (0, 3):  # (3: no document came out, every page a reject)
            raise SystemExit(f"{cmd}: exit {child.returncode}\n{err.decode()[-2000:]}")
        report = json.loads((Path(out) / "report.json").read_text())
        driver = peaks.get(child.pid, 0)
        others = max((v for p, v in peaks.items() if p != child.pid), default=0)
    return {"wall": wall, "driver": driver / 1024, "worker": others / 1024, "tree": tree[0] / 1024,
            "stories": report["stories"], "rejects": sum(report["rejects"].values())}  # fmt: skip


def traced(path: Path, top: int) -> None:
    """Run ``path`` in process with tracemalloc; the allocation sites at the peak."""
    import tracemalloc

    from cleaner.pipeline import RunOptions, run

    tracemalloc.start(8)
    peak = [0]
    snap: list[tracemalloc.Snapshot] = []
    stop = threading.Event()

    def watch() -> None:  # (a snapshot near the peak: taken whenever the traced size passes its last peak by 10 %)
        while not stop.is_set():
            cur, _ = tracemalloc.get_traced_memory()
            if cur > peak[0] * 1.1:
                peak[0] = cur
                snap[:] = [tracemalloc.take_snapshot()]
            stop.wait(0.5)

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    with tempfile.TemporaryDirectory(prefix="mem-out-") as out:
        run([path], out, options=RunOptions(time_limit=None))
    stop.set()
    t.join()
    print(f"traced peak {tracemalloc.get_traced_memory()[1] / 2**20:.0f} MiB; at the snapshot {peak[0] / 2**20:.0f}")
    if snap:
        for stat in snap[0].statistics("traceback")[:top]:
            print(
                f"{stat.size / 2**20:8.1f} MiB {stat.count:9d}  "
                + " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in stat.traceback[:6])
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--dir", type=Path, default=Path("/tmp/cleaner-mem"))
    ap.add_argument("--inputs", default="dump-10,dump-40,dump-160,titles-10,warc-20,rows-40,prows-40")
    ap.add_argument("-j", default="1,2")
    ap.add_argument("--tracemalloc", metavar="INPUT")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--extra", default="", help="more arguments for cleaner run, space-separated")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.tracemalloc:
        traced(build(args.tracemalloc, args.dir, args.data), args.top)
        return
    print(
        f"{'input':<12} {'MB':>6} {'-j':>3} {'wall s':>7} {'driver':>7} {'worker':>7} {'tree':>7} {'stories':>8} "
        f"{'rejects':>8}"
    )
    for name in args.inputs.split(","):
        path = build(name, args.dir, args.data)
        for j in args.j.split(","):
            m = measure(path, int(j), args.extra.split())
            print(
                f"{name:<12} {path.stat().st_size / 1e6:6.1f} {j:>3} {m['wall']:7.1f} {m['driver']:7.0f} "
                f"{m['worker']:7.0f} {m['tree']:7.0f} {m['stories']:8d} {m['rejects']:8d}",
                flush=True,
            )


if __name__ == "__main__":
    main()
