"""Scale-out benchmark: the whole pipeline with ``-j 1``, ``-j 2`` and the Ray executor, on one corpus.

Ray is measured two ways, both with ``--workers`` CPUs:

- *Ray, cluster up*: as a user with a cluster runs it. Before the timed run the bench starts a cluster on
  this machine (``ray start --head --block``, bound to 127.0.0.1, no dashboard, token authentication with a
  fresh token, its temp dir under the run's directory) and waits for its start-up work to finish; the timed
  run connects to it (``RayExecutor(address="127.0.0.1:PORT")``, i.e. ``--executor ray --ray-address …``)
  and disconnects; then the bench stops the cluster. ``cpu s`` and ``tree MB`` include the cluster's
  processes (raylet, GCS, agents, and the workers that run the tasks) during the run. The issue's target
  (within 1.3× of the local executor) is for this one.
- *Ray, local start*: the run starts its own local Ray instance and stops it (``RayExecutor(n)``,
  ``--executor ray -j n``), as a single machine without a cluster would: what starting Ray costs.

Builds, deterministically from ``--seed``, a corpus of text dumps of about
``--size-mb`` MB (default 50) in a temporary directory from the gold texts in
``--data`` (``../shared/data/extraction/*/gold``; read at run time, never copied
into the project):

- *distinct stories*: each gold text, and "re-keyed" copies of it (every CJK
  character shifted through the CJK block, Latin letters rotated, by a
  per-copy key): new text with the statistics of real text, so the corpus is
  not 90 % duplicates of 470 stories;
- *reposts* of each story (0-3): portal header/footer lines, sentence deletions,
  truncation with "……阅读全文", adjacent paragraphs swapped;
- most pages one per ``.txt`` file (many small files), every 10th page into a
  few large ``.jsonl`` files (≈ 2 MB each): both shapes go through the executor.

Each configuration runs ``--repeat`` times (default 3), interleaved, and the
table shows its fastest run: the machine is shared, and the minimum is the run
least disturbed by others. Each run is ``cleaner.pipeline.run`` end to end (read → clean →
sketch → group/verify/merge → write) in its own subprocess, so wall time
includes starting the pool or Ray, and peak memory is its own; ``cpu s`` is the
user + system time of the child and all its descendants (pool workers; Ray's
raylet, GCS and workers), from /proc every 0.1 s. ``driver`` is
the child's peak RSS, ``tree`` the largest sum of RSS over the child and all its
descendants (pool workers; Ray's raylet, GCS and workers), sampled every 0.1 s.
``driver cpu`` is the child's own CPU time: on ``-j 2`` and Ray, the part that
does not run in parallel (start-up, group/verify/merge, pickling, output). The
``-j 1`` run also measures the time spent inside the mapped functions, so the
serial share and its Amdahl bound are printed. The stories.jsonl of every run
is compared byte for byte with the ``-j 1`` one.

Then, in process, per-core rates of the stages (serial): reading + cleaning
text dumps, HTML extraction (``--data``'s HTML pages), sketching (MinHash +
band keys + evidence) and the driver-side group/verify/merge.

    .venv/bin/python bench/bench_scale.py --data ../shared/data/extraction [--size-mb 50] [--skip-ray] [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import hashlib
import json
import os
import random
import re
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

CJK = re.compile(r"[\u4e00-\u9fff]")
SENT = re.compile(r"(?<=[。！？!?])|(?<=\. )")
ZH_HEADERS = [
    "新浪新闻 首页 > 国内新闻 > 正文\n{date} 来源：新华网\n",
    "当前位置：首页 > 财经频道 > 滚动新闻\n",
    "网易新闻 | 新闻中心 | 社会\n",
]
ZH_FOOTERS = [
    "\n责任编辑：李华 SN225",
    "\n相关阅读\n某地发布新规 多部门联合执法\n专家解读最新政策走向",
    "\n网友评论\n这篇文章写得好\n支持一下",
]
EN_HEADERS = ["Home > World News > Article\n", "Current location - News - Business\n"]
EN_FOOTERS = ["\nRelated articles\nMarkets rally on new data\nWhat the ruling means", "\nRead more"]


def load_gold(data: Path) -> list[str]:
    out = []
    for path in sorted(glob.glob(str(data / "*" / "gold" / "*.txt"))):
        text = Path(path).read_text(encoding="utf-8").strip()
        if len(text) >= 200:
            out.append(text)
    return out


def rekey(text: str, key: int) -> str:
    """A different text with the same shape: CJK characters shifted by ``key`` through the CJK block, Latin
    letters rotated. Key 0 is the text itself."""
    if key == 0:
        return text
    out = []
    for ch in text:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FA5:
            out.append(chr(0x4E00 + (o - 0x4E00 + key * 613) % 20902))
        elif "a" <= ch <= "z":
            out.append(chr(97 + (o - 97 + key) % 26))
        elif "A" <= ch <= "Z":
            out.append(chr(65 + (o - 65 + key) % 26))
        else:
            out.append(ch)
    return "".join(out)


def repost(text: str, rng: random.Random) -> str:
    zh = bool(CJK.search(text))
    if rng.random() < 0.5:
        sents = [s for s in SENT.split(text) if s]
        if len(sents) >= 6:
            del sents[rng.randrange(1, len(sents) - 1)]
        text = "".join(sents)
    if rng.random() < 0.3:
        paras = text.split("\n")
        if len(paras) >= 3:
            i = rng.randrange(0, len(paras) - 1)
            paras[i], paras[i + 1] = paras[i + 1], paras[i]
            text = "\n".join(paras)
    if rng.random() < 0.2:
        text = text[: int(len(text) * rng.uniform(0.5, 0.85))] + ("……阅读全文" if zh else "... Read more")
    date = f"2017年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    head = rng.choice(ZH_HEADERS if zh else EN_HEADERS).format(date=date)
    return head + text + rng.choice(ZH_FOOTERS if zh else EN_FOOTERS)


def build_corpus(data: Path, out: Path, size_mb: float, seed: int) -> tuple[int, int]:
    """Write the corpus under ``out``; (files, bytes)."""
    rng = random.Random(seed)
    gold = load_gold(data)
    if not gold:
        raise SystemExit(f"no gold texts under {data}/*/gold")
    budget = int(size_mb * 1e6)
    written = files = page = 0
    jsonl: list[str] = []
    key = 0
    while written < budget:
        order = list(range(len(gold)))
        rng.shuffle(order)
        for g in order:
            story = rekey(gold[g], key)
            for copy in range(1 + rng.choice([0, 0, 1, 1, 2, 3])):
                text = story if copy == 0 else repost(story, rng)
                page += 1
                if page % 10 == 0:
                    jsonl.append(json.dumps({"url": f"https://example.com/{page}", "text": text}, ensure_ascii=False))
                    written += len(text.encode())
                    continue
                p = out / f"d{page % 97:02d}" / f"p{page:06d}.txt"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(text, encoding="utf-8")
                written += len(text.encode())
                files += 1
                if written >= budget:
                    break
            if written >= budget:
                break
        key += 1
    # the JSONL pages in a few ≈ 2 MB files
    chunk: list[str] = []
    size = n = 0
    for line in [*jsonl, None]:
        if line is not None:
            chunk.append(line)
            size += len(line.encode())
        if chunk and (line is None or size >= 2_000_000):
            (out / f"big{n:02d}.jsonl").write_text("\n".join(chunk) + "\n", encoding="utf-8")
            files += 1
            n += 1
            chunk, size = [], 0
    return files, written


# --------------------------------------------------------------------------- child: one configuration


def split_caches(corpus: Path, ways: int) -> float:
    """CPU seconds of the map (clean + sketch each batch of files, the tasks a pool runs) in this one process,
    with its per-process line memories split ``ways`` ways, batch by batch in turn: the work ``ways`` workers
    do between them, none of it spent on processes, pickling or waiting. Copies of a story share most lines;
    in one process a copy's lines are found in the memory its original left, across workers half the time not.
    """
    import cleaner.dedup.signature as sig
    from cleaner.execution.executor import file_chunksize
    from cleaner.input.readers import list_dump_names
    from cleaner.pipeline import process_files
    from cleaner.rules import default_rules

    files = list_dump_names([corpus])
    chunk = file_chunksize(files, ways)
    rules = default_rules()
    process_files(files[:1], rules)  # dictionaries and tables load once per process, before the clock
    # (the tokenizer's line cache, its size, the rules' line memory) of each worker: private names, on purpose
    memories: list[tuple[dict[str, Any], dict[Any, int], dict[str, Any]]] = [({}, {}, {}) for _ in range(ways)]
    t0 = time.process_time()
    for n, i in enumerate(range(0, len(files), chunk)):
        lines, sizes, memo = memories[n % ways]
        sig._line_caches, sig._line_cache_chars = lines, sizes  # type: ignore[assignment]
        rules.memo.clear()
        rules.memo.update(memo)
        process_files(files[i : i + chunk], rules)
        memo.clear()
        memo.update(rules.memo)
    return time.process_time() - t0


def child(args: argparse.Namespace) -> None:
    from cleaner.execution.executor import make_executor
    from cleaner.pipeline import RunOptions, run

    kind, _, n = args.child.partition(":")
    if kind == "split":
        print(json.dumps({"cpu": split_caches(Path(args.corpus), int(n))}))
        return
    t0 = time.perf_counter()
    timed: TimedSerial | None = None
    t_init = time.perf_counter()
    if kind == "ray":  # starts (and stops) its own local Ray instance
        from cleaner.execution.ray_executor import RayExecutor

        ex: Any = RayExecutor(int(n))
    elif kind == "raycluster":  # connects to the running cluster at --ray-address (and disconnects)
        from cleaner.execution.ray_executor import RayExecutor

        ex = RayExecutor(int(n), address=args.ray_address)
    elif int(n) == 1 and kind == "local":
        ex = timed = TimedSerial()  # in process, like make_executor(1), but it knows the time spent mapping
    else:
        ex = make_executor(int(n))
    init_s = time.perf_counter() - t_init
    # today's in-memory run (``local``), the collapse per component on the workers, the staged run over shards
    options = {
        "staged": RunOptions(work=str(Path(args.out) / ".work")),
        "components": RunOptions(grouping="components"),
    }
    try:
        report = run([args.corpus], args.out, executor=ex, options=options.get(kind, RunOptions(grouping="memory")))
    finally:
        t_close = time.perf_counter()
        ex.close()
        close_s = time.perf_counter() - t_close
    wall = time.perf_counter() - t0
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"wall": wall, "driver_kb": _hwm_kb() or ru.ru_maxrss, "driver_cpu": ru.ru_utime + ru.ru_stime,
                      "map_s": timed.seconds if timed else None, "start_stop_s": init_s + close_s,
                      "report": report.to_json()}))


def _hwm_kb() -> int | None:
    """This process's peak RSS since it started its program (``VmHWM``). Not ``ru_maxrss``: Linux carries that
    over ``exec`` from the process that forked it, so it was at least the bench's own RSS at the time (≈ 150 MB
    after building a 200 MB corpus in process)."""
    try:
        with open("/proc/self/status") as f:
            m = re.search(r"^VmHWM:\s+(\d+)", f.read(), re.M)
    except OSError:
        return None
    return int(m.group(1)) if m else None


LABELS = {"local": "-j {n}", "components": "-j {n}, per component", "staged": "-j {n}, staged shards",
          "raycluster": "Ray, cluster up, {n} CPUs", "ray": "Ray, local start, {n} CPUs"}



def label_of(spec: str) -> str:
    kind, _, n = spec.partition(":")
    return LABELS[kind].format(n=n)


TICK = os.sysconf("SC_CLK_TCK")


def tree_sample(root: int, cpu: dict[int, float], peaks: dict[int, int] | None = None) -> int:
    """Sum of VmRSS (KB) over ``root`` and all its descendants (from /proc); ``cpu[pid]`` gets each one's
    user + system seconds so far (a process's last sample before it exits is what it used, ±0.1 s), and
    ``peaks[pid]`` its largest RSS seen (KB)."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/status") as f:
                st = f.read()
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pp = re.search(r"^PPid:\s+(\d+)", st, re.M)
        vm = re.search(r"^VmRSS:\s+(\d+)", st, re.M)
        parent[int(d)] = int(pp.group(1)) if pp else 0
        rss[int(d)] = int(vm.group(1)) if vm else 0
        ticks[int(d)] = int(fields[11]) + int(fields[12])  # utime, stime
    total = 0
    for pid in rss:
        p = pid
        while p and p != root:
            p = parent.get(p, 0)
        if p == root:
            total += rss[pid]
            cpu[pid] = max(cpu.get(pid, 0.0), ticks[pid] / TICK)
            if peaks is not None:
                peaks[pid] = max(peaks.get(pid, 0), rss[pid])
    return total


def run_config(spec: str, corpus: Path, out: Path, cluster: RayCluster | None = None) -> dict[str, object]:
    """One timed run of ``spec`` in a child process. With ``cluster``, the child connects to it, and the CPU
    time and memory of the cluster's processes (its raylet, GCS, agents and the workers running the tasks)
    during the run count too."""
    cmd = [sys.executable, __file__, "--child", spec, "--corpus", str(corpus), "--out", str(out)]
    env = None
    cpus: dict[int, float] = {}
    base: dict[int, float] = {}
    if cluster is not None:
        cmd += ["--ray-address", cluster.address]
        env = cluster.env
        tree_sample(cluster.pid, base)
        cpus.update(base)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    peak = 0
    peaks: dict[int, int] = {}
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            rss = tree_sample(proc.pid, cpus, peaks)
            if cluster is not None:
                rss += tree_sample(cluster.pid, cpus, peaks)
            peak = max(peak, rss)
            stop.wait(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    stdout, _ = proc.communicate()
    stop.set()
    th.join()
    if cluster is not None:
        tree_sample(cluster.pid, cpus)  # the workers' last CPU seconds (they outlive the driver)
    wall = time.perf_counter() - t0
    cpu = sum(cpus.values()) - sum(base.values())
    if proc.returncode != 0:
        raise SystemExit(f"{spec} failed with exit code {proc.returncode}")
    res = json.loads(stdout.strip().splitlines()[-1])
    digest = hashlib.sha256((out / "stories.jsonl").read_bytes()).hexdigest()
    return {"spec": spec, "wall": wall, "cpu": cpu, "driver_cpu": res["driver_cpu"], "map_s": res["map_s"],
            "start_stop_s": res["start_stop_s"],
            "driver_mb": res["driver_kb"] / 1024, "tree_mb": peak / 1024,
            "process_mb": max(peaks.values(), default=0) / 1024,
            "report": res["report"], "sha": digest}


# --------------------------------------------------------------------------- kill -9 and resume (staged run)


def _records(manifest: Path) -> list[dict[str, Any]]:
    """The manifest's whole records after its key line (a line cut short by a kill is not one)."""
    out: list[dict[str, Any]] = []
    try:
        lines = manifest.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return out
    for line in lines[1:]:
        try:
            out.append(json.loads(line))
        except ValueError:
            break
    return out


def _group_alive(pgid: int) -> list[int]:
    """Processes still in process group ``pgid`` (zombies not counted)."""
    alive = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive.append(int(d))
    return alive


def _whole_unrecorded(work: Path, records: list[dict[str, Any]]) -> dict[str, int]:
    """Shards under their final names that the manifest does not list yet (the rerun adopts them), and
    temporary files left in the work folder (none expected: O_TMPFILE)."""
    done = {(r["stage"].split(":")[0], str(r["name"]).split(":")[0]) for r in records}
    clean = sum(1 for p in work.glob("clean-*.docs.arrow") if ("clean", str(int(p.name[6:11]))) not in done)
    stories = sum(1 for p in work.glob("stories-*.arrow") if ("collapse", str(int(p.name[8:13]))) not in done)
    edges = sum(1 for p in work.glob("edges-*.npz") if ("group", str(int(p.name[6:11]))) not in done)
    return {"clean": clean, "group": edges, "collapse": stories, "tmp": len(list(work.glob(".*.tmp")))}


def run_segment(
    spec: str, corpus: Path, out: Path, kill_after: int | None, delay: float, timeline: list[float] | None = None
) -> dict[str, Any]:
    """One run of ``spec`` (a staged configuration: its work folder is ``OUT/.work``) in its own process group;
    with ``kill_after``, the whole group is SIGKILLed ``delay`` seconds after the manifest has that many records
    (or when the run ends first). CPU seconds of the whole tree are sampled from /proc; ``timeline`` gets the
    second at which each manifest record appeared (±0.05 s)."""
    cmd = [sys.executable, __file__, "--child", spec, "--corpus", str(corpus), "--out", str(out)]
    manifest = out / ".work" / "manifest.jsonl"
    cpus: dict[int, float] = {}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            start_new_session=True)
    killed_at: float | None = None
    reached: float | None = None
    while proc.poll() is None:
        tree_sample(proc.pid, cpus)
        now = time.perf_counter()
        records = len(_records(manifest))
        while timeline is not None and len(timeline) < records:
            timeline.append(now - t0)
        if kill_after is not None and reached is None and records >= kill_after:
            reached = now
        if reached is not None and now - reached >= delay:
            killed_at = now - t0
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.05)
    stdout, _ = proc.communicate()
    left: list[int] = []
    for _ in range(50):  # the pool's workers die with the group; give the kernel a moment
        left = _group_alive(proc.pid)
        if not left:
            break
        time.sleep(0.1)
    res: dict[str, Any] = {"seconds": time.perf_counter() - t0, "cpu": sum(cpus.values()), "left": left,
                           "killed_at": killed_at, "rc": proc.returncode}
    if killed_at is None:
        if proc.returncode != 0:
            raise SystemExit(f"{spec} failed with exit code {proc.returncode}")
        res["report"] = json.loads(stdout.strip().splitlines()[-1])["report"]
    return res


def kill_resume(spec: str, corpus: Path, out: Path, points: int, seed: int, base_sha: str | None) -> dict[str, Any]:
    """Issue #17's kill test: the staged run ``spec`` killed (SIGKILL to its whole process group) at ``points``
    random points and rerun each time with the same work folder, then run to the end; its ``stories.jsonl`` and
    ``rejects.jsonl`` compared byte for byte with an uninterrupted run's (and ``stories.jsonl`` with ``base_sha``,
    the in-memory run's). The points are random times of the uninterrupted run, each turned into progress (the
    number of manifest records it had by then, and the seconds since the last one) so that a point falls in the
    same stage whatever the load: a segment is killed that long after it has that many records; one that starts
    with more is killed that long after its start (a kill during start-up: listing, adopting). Prints a line per
    kill; returns what the target table needs."""
    rng = random.Random(seed)
    timeline: list[float] = []
    ref_out = out.with_name(out.name + "-uninterrupted")
    shutil.rmtree(ref_out, ignore_errors=True)
    want = run_segment(spec, corpus, ref_out, None, 0.0, timeline)
    staged = want["report"]["staged"]
    from cleaner.execution.executor import IN_FLIGHT_PER_WORKER

    total = staged["shards"] + staged["redone"]["group"] + staged["tasks"]  # (an uninterrupted run made them all)
    times = sorted(rng.uniform(0.0, float(want["seconds"])) for _ in range(points))
    reached = [sum(1 for t in timeline if t <= at) for at in times]
    targets = [(k, at - (timeline[k - 1] if k else 0.0)) for k, at in zip(reached, times, strict=True)]
    shutil.rmtree(out, ignore_errors=True)
    ok = True
    cpu = 0.0
    stages: list[str] = []
    window = IN_FLIGHT_PER_WORKER * int(spec.partition(":")[2])
    print(f"\nkill -9 at {points} random points of the staged run ({spec}; the whole process group; uninterrupted: "
          f"{float(want['seconds']):.1f}s, {total} manifest records: {staged['shards']} clean shards, "
          f"{staged['redone']['group']} grouping steps, {staged['tasks']} tasks; the points at "
          f"{', '.join(f'{t:.0f}' for t in times)} s of it):")
    print(f"{'kill':>4}{'after s':>8}  {'stage':<9}{'recorded (clean/group/collapse)':>32}"
          f"{'whole, unrecorded':>19}{'in flight ≤':>13}  left")
    for i, (target, delay) in enumerate(targets):
        seg = run_segment(spec, corpus, out, target, delay)
        cpu += seg["cpu"]
        if seg["killed_at"] is None:
            print(f"{i + 1:>4}  the run ended before the kill point ({seg['seconds']:.1f}s)")
            continue  # (its work folder is gone: the next run starts afresh)
        recs = _records(out / ".work" / "manifest.jsonl")
        by = Counter(r["stage"].split(":")[0] for r in recs)
        stage = ("clean" if by["clean"] < staged["shards"] else "group" if by["plan"] == 0
                 else "collapse" if by["collapse"] < staged["tasks"] else "merge")
        if not (out / ".work" / "manifest.jsonl").exists():
            stage = "finished" if (out / "report.json").exists() else "start"  # removing the work folder, or none yet
        stages.append(stage)
        whole = _whole_unrecorded(out / ".work", recs)
        left = seg["left"]
        ok &= not left and whole["tmp"] == 0
        partitions = staged["redone"]["group"] - 1  # the key partitions (the join is the one more step)
        todo = {"clean": staged["shards"] - by["clean"], "group": partitions - by["group"] or 1,
                "collapse": staged["tasks"] - by["collapse"]}
        todo = todo.get(stage, 0)
        recorded = f"{by['clean']}/{by['group'] + by['plan']}/{by['collapse']}"
        unrecorded = f"{whole['clean']}/{whole['group']}/{whole['collapse']}" if stage != "finished" else "-"
        print(f"{i + 1:>4}{seg['killed_at']:>8.1f}  {stage:<9}{recorded:>32}{unrecorded:>19}{min(window, todo):>13}  "
              f"{'none' if not left else left}")
    last_recs = _records(out / ".work" / "manifest.jsonl")
    by = Counter(r["stage"].split(":")[0] for r in last_recs)
    final = run_segment(spec, corpus, out, None, 0.0)
    cpu += final["cpu"]
    rep = final["report"]["staged"]
    files = ("stories.jsonl", "rejects.jsonl")
    same = all((out / f).read_bytes() == (ref_out / f).read_bytes() for f in files)
    if base_sha is not None:
        same &= hashlib.sha256((out / "stories.jsonl").read_bytes()).hexdigest() == base_sha
    kept = (rep["redone"]["clean"] + rep["adopted"]["clean"] == rep["shards"] - by["clean"]
            and rep["redone"]["collapse"] + rep["adopted"]["collapse"] == rep["tasks"] - by["collapse"])
    ok &= same and kept
    print(f"last rerun: made {rep['redone']['clean']} clean shards, {rep['redone']['group']} grouping steps, "
          f"{rep['redone']['collapse']} tasks; adopted (written, not recorded) {rep['adopted']['clean']} / "
          f"{rep['adopted']['group']} / {rep['adopted']['collapse']}; recorded before it {by['clean']} / "
          f"{by['group'] + by['plan']} / {by['collapse']}: "
          f"{'nothing recorded was made again' if kept else 'REDID RECORDED SHARDS'}")
    vs = "the uninterrupted run" + ("'s and stories.jsonl vs the in-memory run's" if base_sha else "'s")
    print(f"stories.jsonl and rejects.jsonl vs {vs}: {'identical' if same else 'DIFFERENT'}; "
          f"CPU of all {points + 1} runs {cpu:.1f} s vs {float(want['cpu']):.1f} s uninterrupted "
          f"(+{cpu / max(1e-9, float(want['cpu'])) - 1:.0%}: restarts, and the work in flight at each kill)")
    print(f"target kill -9 at {points} points, identical stories.jsonl, only in-flight shards redone: "
          f"{'MET' if ok else 'MISSED'}")
    return {"ok": ok, "points": points, "identical": same, "kept": kept, "stages": stages, "cpu": cpu,
            "cpu_uninterrupted": float(want["cpu"])}


def print_targets(path: Path) -> None:
    """Issue #17's targets from the runs ``--save`` appended to ``path`` (one JSON line per configuration and size;
    the last one of each counts)."""
    runs: dict[tuple[str, float], dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        runs[(r["spec"], r["size_mb"])] = r
    sizes = sorted({size for _, size in runs})
    print(f"issue #17 targets (-j 2; sizes {', '.join(f'{s:g} MB' for s in sizes)}):")
    print(f"{'size':>8}  {'configuration':<22}{'wall s':>8}{'cpu s':>8}{'driver MB':>10}{'driver cpu':>11}"
          f"{'largest process MB':>19}{'components/largest':>20}  stories.jsonl")
    for (spec, size), r in sorted(runs.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if spec == "kill":
            continue
        comp = r.get("components") or {}
        print(f"{size:>6g}MB  {label_of(spec):<22}{r['wall']:>8.1f}{r['cpu']:>8.1f}{r['driver_mb']:>10.0f}"
              f"{r['driver_share']:>10.1%}{r['process_mb']:>19.0f}"
              f"{str(comp.get('components', '-')) + '/' + str(comp.get('largest', '-')):>20}  {r['same']}")
    staged = {size: r for (spec, size), r in runs.items() if spec.startswith("staged:")}
    if staged:
        small, big = staged[min(staged)], staged[max(staged)]
        ratio = big["driver_mb"] / small["driver_mb"]
        print(f"driver peak RSS at {max(staged):g} MB / at {min(staged):g} MB (staged): {big['driver_mb']:.0f} / "
              f"{small['driver_mb']:.0f} MB = {ratio:.2f}× (target ≤ 1.3× from 50 MB to 1 GB): "
              f"{'MET' if ratio <= 1.3 else 'MISSED'}")
        worst = max(staged.values(), key=lambda r: r["process_mb"])
        print(f"every process ≤ 1.5 GB (staged, largest at {worst['size_mb']:g} MB): {worst['process_mb']:.0f} MB "
              f"{'MET' if worst['process_mb'] <= 1536 else 'MISSED'}")
        for size, r in sorted(staged.items()):
            if size >= 200:
                print(f"driver CPU ≤ 5 % of all CPU at {size:g} MB (staged): {r['driver_share']:.1%} "
                      f"{'MET' if r['driver_share'] <= 0.05 else 'MISSED'}")
    for size in sizes:
        at = {spec: r for (spec, sz), r in runs.items() if sz == size and spec != "kill"}
        memory = [r for spec, r in at.items() if not spec.startswith("staged:")]
        auto = at.get("local:2") if size < 256 else at.get("staged:2")  # what `cleaner run -j 2` chooses
        if memory and auto is not None and size <= 50:
            best = min(memory + [at[s] for s in at if s.startswith("staged:")], key=lambda r: r["wall"])
            ratio = auto["wall"] / best["wall"]
            print(f"wall at {size:g} MB, the automatic choice ({label_of(auto['spec'])}) vs the best configuration "
                  f"({label_of(best['spec'])}): {auto['wall']:.1f} / {best['wall']:.1f} s = {ratio:.2f}× "
                  f"(target ≤ 1.10×) {'MET' if ratio <= 1.10 else 'MISSED'} (shared machine: walls are noisy)")
    for (spec, size), r in runs.items():
        if spec == "kill":
            print(f"kill -9 at {r['points']} points of a {size:g} MB staged run ({', '.join(r['stages'])}): "
                  f"stories.jsonl {'identical' if r['identical'] else 'DIFFERENT'}, "
                  f"{'only unrecorded shards made again' if r['kept'] else 'recorded shards made again'}, CPU "
                  f"{r['cpu']:.0f} s vs {r['cpu_uninterrupted']:.0f} s uninterrupted: {'MET' if r['ok'] else 'MISSED'}")


class RayCluster:
    """A Ray cluster on this machine, as a user's would be already running: ``ray start --head --block`` with
    ``cpus`` CPUs, bound to 127.0.0.1 (Ray's local-only switch, see :mod:`cleaner.execution.ray_executor`), token
    authentication with a fresh token, no dashboard, its temp dir (logs, sockets) under ``temp``.

    Started before a timed run and stopped after it (``stop()`` ends the ``ray start`` process, which stops
    what it started; whatever of its process tree is still alive after that is killed, by pid)."""

    def __init__(self, temp: Path, cpus: int) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.address = f"127.0.0.1:{port}"
        self.env = {**os.environ, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
                    "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(16)}
        shutil.rmtree(temp, ignore_errors=True)  # a fresh one per cluster: nothing of the last one's state
        temp.mkdir(parents=True)
        self.log = temp / "ray-start.log"
        ray_cli = Path(sys.executable).with_name("ray")
        cmd = [str(ray_cli), "start", "--head", "--block", f"--port={port}", f"--num-cpus={cpus}",
               "--include-dashboard=false", "--disable-usage-stats", f"--temp-dir={temp}"]
        t0 = time.perf_counter()
        with open(self.log, "w") as log:
            self.proc = subprocess.Popen(cmd, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)
        self.pid = self.proc.pid
        ready = temp / "ray_current_cluster"
        while not ready.exists():
            if self.proc.poll() is not None or time.perf_counter() - t0 > 120:
                self.stop()
                raise SystemExit(f"ray start failed, see {self.log}:\n{self.log.read_text()[-2000:]}")
            time.sleep(0.2)
        self.start_s = time.perf_counter() - t0
        # Let the cluster's own start-up work (its Python processes importing Ray) finish before the run.
        cpu: dict[int, float] = {}
        tree_sample(self.pid, cpu)
        last = sum(cpu.values())
        for _ in range(60):
            time.sleep(0.5)
            tree_sample(self.pid, cpu)
            now = sum(cpu.values())
            if now - last < 0.1:
                break
            last = now
        self.settled_s = time.perf_counter() - t0

    def stop(self) -> None:
        tree: dict[int, float] = {}
        tree_sample(self.pid, tree)
        started = {pid: t for pid in tree if (t := _start_time(pid)) is not None}
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for pid in tree:
            if pid != self.pid and pid in started and _start_time(pid) == started[pid]:  # the same process
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)


def _start_time(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[19]
    except OSError:
        return None


# --------------------------------------------------------------------------- per-core stage rates


class TimedSerial:
    """In-process map that adds up the time spent inside ``fn``: what is left of a stage is the driver's."""

    workers = 1

    def __init__(self) -> None:
        self.seconds = 0.0

    def map(self, fn, items, *, chunksize=1, on_error=None):  # type: ignore[no-untyped-def]
        for item in items:
            t0 = time.perf_counter()
            r = fn(item)
            self.seconds += time.perf_counter() - t0
            yield r

    def close(self) -> None:
        pass


def stage_rates(
    corpus: Path, data: Path, sample_files: int, notes: dict[str, float]
) -> dict[str, tuple[float, float, str]]:
    """name → (items per second per core, MB per second per core, unit); ``notes`` gets candidate statistics."""
    from cleaner.dedup import DedupParams
    from cleaner.dedup.collapse import collapse
    from cleaner.dedup.signature import sketch_text
    from cleaner.document import Document, content_id
    from cleaner.execution.partition import band_candidates
    from cleaner.input.readers import list_dump_files
    from cleaner.pipeline import process_file
    from cleaner.rules import default_rules

    rules = default_rules()
    files = [str(f) for f in list_dump_files([corpus]) if f.suffix == ".txt"]
    files = files[:: max(1, len(files) // sample_files)]
    out: dict[str, tuple[float, float, str]] = {}
    docs: list[Document] = []
    t0 = time.perf_counter()
    nbytes = 0
    for f in files:
        nbytes += os.path.getsize(f)
        docs.extend(d for d in process_file(f, rules) if isinstance(d, Document))
    dt = time.perf_counter() - t0
    out["read + clean (text dumps)"] = (len(files) / dt, nbytes / 1e6 / dt, "files")

    html = sorted(glob.glob(str(data / "*" / "html" / "*.html")))
    if html:
        t0 = time.perf_counter()
        hbytes = sum(os.path.getsize(f) for f in html)
        for f in html:
            process_file(f, rules)
        dt = time.perf_counter() - t0
        out["read + extract (HTML pages)"] = (len(html) / dt, hbytes / 1e6 / dt, "pages")

    params = DedupParams()
    sketch_text("warm-up", "预热 warm up text " * 20, params)  # tokenizer dictionaries load once per process
    jobs = [(content_id(d.text), d.text) for d in docs]
    tbytes = sum(len(d.text.encode()) for d in docs)
    sketches = []
    t0 = time.perf_counter()
    try:  # the collapse's own map step: batches of texts, when this version has it
        from cleaner.dedup.signature import sketch_batch
    except ImportError:
        sketches = [sketch_text(i, t, params) for i, t in jobs]
    else:
        for b in range(0, len(jobs), 64):
            sketches.extend(sketch_batch(jobs[b : b + 64], params))
    dt = time.perf_counter() - t0
    out["sketch (MinHash + bands)"] = (len(docs) / dt, tbytes / 1e6 / dt, "docs")

    keyed = {s.doc_id: (*s.band_keys, *s.window_keys) for s in sketches}
    t0 = time.perf_counter()
    cands = band_candidates(list(keyed.items()), partitions=64)
    dt = time.perf_counter() - t0
    out["band-key candidates (partitioned)"] = (len(keyed) / dt, tbytes / 1e6 / dt, "docs")
    notes["keys_per_doc"] = sum(len(k) for k in keyed.values()) / max(1, len(keyed))
    notes["pairs_per_doc"] = len(cands.pairs) / max(1, len(keyed))
    notes["largest_bucket"] = cands.largest_bucket

    timed = TimedSerial()
    t0 = time.perf_counter()
    collapse(docs, params=params, executor=timed)
    driver = time.perf_counter() - t0 - timed.seconds
    out["group + verify + merge (driver)"] = (len(docs) / driver, tbytes / 1e6 / driver, "docs")
    return out


# --------------------------------------------------------------------------- main


def corpus_at(args: argparse.Namespace, tmp: Path) -> tuple[Path, tuple[int, int]]:
    """The corpus: built in ``tmp``, or in ``--corpus-dir`` unless it already holds this one (same size, seed and
    data: its ``.built.json`` says so)."""
    if not args.corpus_dir:
        return tmp / "corpus", build_corpus(Path(args.data), tmp / "corpus", args.size_mb, args.seed)
    corpus = Path(args.corpus_dir)
    stamp = corpus.parent / f"{corpus.name}.built.json"
    want = {"size_mb": args.size_mb, "seed": args.seed, "data": str(Path(args.data).resolve())}
    try:
        built = json.loads(stamp.read_text())
        if built["want"] == want:
            return corpus, (built["files"], built["bytes"])
    except (OSError, ValueError, KeyError):
        pass
    shutil.rmtree(corpus, ignore_errors=True)
    files, nbytes = build_corpus(Path(args.data), corpus, args.size_mb, args.seed)
    stamp.write_text(json.dumps({"want": want, "files": files, "bytes": nbytes}))
    return corpus, (files, nbytes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--size-mb", type=float, default=50.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip-ray", action="store_true")
    ap.add_argument("--only", help="comma-separated configurations (local:1,local:2,components:2,staged:2,...)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per configuration; the table shows the fastest")
    ap.add_argument("--keep", action="store_true", help="keep the corpus and outputs (prints where)")
    ap.add_argument("--corpus-dir", help="build the corpus in this folder once and reuse it in later runs (it is "
                    "rebuilt when --size-mb, --seed or --data differ from the ones it was built with)")
    ap.add_argument("--kill-points", type=int, default=0, help="then kill -9 the staged run at this many random "
                    "points, rerunning it with the same work folder each time (issue #17; 10 at 200 MB in the issue)")
    ap.add_argument("--kill-seed", type=int, default=17)
    ap.add_argument("--save", help="append each configuration's figures (and the kill test's) to this JSON-lines "
                    "file, for --targets")
    ap.add_argument("--targets", help="print issue #17's targets from a --save file (runs at several sizes) and exit")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--ray-address", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    if args.targets:
        print_targets(Path(args.targets))
        return

    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        t0 = time.perf_counter()
        corpus, (files, nbytes) = corpus_at(args, tmp)
        print(f"corpus: {files} files, {nbytes / 1e6:.1f} MB of text ({time.perf_counter() - t0:.0f}s to build)")
        print(f"load before: {os.getloadavg()[0]:.2f} (1 min), cores: {len(os.sched_getaffinity(0))}")
        specs = ["local:1", f"local:{args.workers}", f"components:{args.workers}", f"staged:{args.workers}"]
        if args.only:
            specs = args.only.split(",")
        if not args.skip_ray and not args.only:
            from cleaner.execution.ray_executor import ray_available

            why = ray_available()
            if why is None:
                specs += [f"raycluster:{args.workers}", f"ray:{args.workers}"]
            else:
                print(f"Ray executor skipped: {why}")
        results = []
        runs: dict[str, list[dict[str, object]]] = {spec: [] for spec in specs}
        cluster_start: list[float] = []
        for rnd in range(args.repeat):  # interleaved, so a change of load hits every configuration alike
            for spec in specs:
                cluster = RayCluster(tmp / "ray", args.workers) if spec.startswith("raycluster:") else None
                try:
                    r = run_config(spec, corpus, tmp / spec.replace(":", "-"), cluster)
                finally:
                    if cluster is not None:
                        cluster.stop()
                        cluster_start.append(cluster.start_s)
                runs[spec].append(r)
                print(f"  round {rnd + 1}: {label_of(spec)}: {r['wall']:.1f}s "
                      f"(load {os.getloadavg()[0]:.1f})", flush=True)
        for spec in specs:
            best = min(runs[spec], key=lambda r: float(r["wall"]))  # type: ignore[arg-type]
            best["walls"] = [float(r["wall"]) for r in runs[spec]]  # type: ignore[arg-type]
            best["tree_mb"] = max(float(r["tree_mb"]) for r in runs[spec])  # type: ignore[arg-type]
            best["driver_mb"] = max(float(r["driver_mb"]) for r in runs[spec])  # type: ignore[arg-type]
            if any(r["sha"] != runs[specs[0]][0]["sha"] for r in runs[spec]):
                best["sha"] = "DIFFERENT"
            results.append(best)
        base = results[0]
        local_n = results[min(1, len(results) - 1)]
        print()
        print(f"fastest of {args.repeat} interleaved runs each; peak memory is the largest of the runs")
        print(f"{'executor':<26}{'wall s':>7}{'speedup':>9}{'MB/s':>7}{'docs/s':>8}{'cpu s':>7}{'driver cpu':>11}"
              f"{'driver MB':>10}{'tree MB':>8}  stories.jsonl  all walls")
        for r in results:
            rep = r["report"]
            assert isinstance(rep, dict)
            wall = float(r["wall"])  # type: ignore[arg-type]
            same = "identical" if r["sha"] == base["sha"] else "DIFFERENT"
            label = label_of(str(r["spec"]))
            print(f"{label:<26}{wall:>7.1f}{float(base['wall']) / wall:>8.2f}×{nbytes / 1e6 / wall:>7.2f}"  # type: ignore[arg-type]
                  f"{rep['documents'] / wall:>8.0f}{r['cpu']:>7.1f}{r['driver_cpu']:>11.1f}{r['driver_mb']:>10.0f}"
                  f"{r['tree_mb']:>8.0f}  {same:<13}  {' '.join(f'{w:.1f}' for w in r['walls'])}")
        rep = base["report"]
        assert isinstance(rep, dict)
        print(f"\n{rep['files']} files, {rep['documents']} documents → {rep['stories']} stories "
              f"({rep['exact_duplicates']} exact + {rep['near_duplicates']} near duplicates), "
              f"{sum(rep['rejects'].values())} rejects")
        if cluster_start:
            print("Ray, cluster up: `ray start --head` (127.0.0.1, --num-cpus "
                  f"{args.workers}, no dashboard, token auth) is started before the timed run and stopped after; "
                  "the run connects (--ray-address) and disconnects; cpu s and tree MB include the cluster's "
                  "processes during the run. Ray, local start: the run starts and stops its own Ray instance.")
            print(f"  (ray start --head took {min(cluster_start):.1f}-{max(cluster_start):.1f}s, not timed)")
        for r in results:
            rep = r["report"]
            assert isinstance(rep, dict)
            share = float(r["driver_cpu"]) / max(1e-9, float(r["cpu"]))  # type: ignore[arg-type]
            comp = rep.get("components") or {}
            print(f"{label_of(str(r['spec'])):<26} driver peak RSS {float(r['driver_mb']):.0f} MB, driver CPU "  # type: ignore[arg-type]
                  f"{float(r['driver_cpu']):.1f} s = {share:.1%} of all CPU; components {comp.get('components', '-')}, "  # type: ignore[arg-type]
                  f"largest {comp.get('largest', '-')} texts, tasks {comp.get('tasks', '-')}; "
                  f"largest process peak RSS {float(r.get('process_mb', 0)):.0f} MB")  # type: ignore[arg-type]
        saved = []
        for r in results:
            rep = r["report"]
            assert isinstance(rep, dict)
            saved.append({"spec": r["spec"], "size_mb": args.size_mb, "wall": r["wall"], "cpu": r["cpu"],
                          "driver_mb": r["driver_mb"], "driver_cpu": r["driver_cpu"],
                          "driver_share": float(r["driver_cpu"]) / max(1e-9, float(r["cpu"])),  # type: ignore[arg-type]
                          "process_mb": r["process_mb"], "components": rep.get("components"),
                          "same": "identical" if r["sha"] == base["sha"] else "DIFFERENT"})
        if args.kill_points:
            memory = next((r for r in results if str(r["spec"]).startswith("local:")), None)
            sha = None if memory is None else str(memory["sha"])
            kill = kill_resume(f"staged:{args.workers}", corpus, tmp / "killed", args.kill_points, args.kill_seed, sha)
            saved.append({"spec": "kill", "size_mb": args.size_mb, **kill})
        if args.save:
            with open(args.save, "a", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r) + "\n" for r in saved)
        if args.only:  # the comparisons below need -j 1 and -j N
            return
        map_s = float(base["map_s"])  # type: ignore[arg-type]
        serial = float(base["wall"]) - map_s  # type: ignore[arg-type]
        share = serial / float(base["wall"])  # type: ignore[arg-type]
        print(f"-j 1: {map_s:.1f}s in the mapped stages (read/clean, sketch), {serial:.1f}s on the driver "
              f"(start-up, group/verify/merge, output): {share:.0%} serial → Amdahl bound for -j {args.workers} "
              f"{1 / (share + (1 - share) / args.workers):.2f}×")
        speed = float(base["wall"]) / float(local_n["wall"])  # type: ignore[arg-type]
        print(f"target -j {args.workers} ≥ 1.8× -j 1: {speed:.2f}× {'MET' if speed >= 1.8 else 'MISSED'}")
        local_wall = float(local_n["wall"])  # type: ignore[arg-type]
        for r in results[1:]:
            kind = str(r["spec"]).partition(":")[0]
            if kind not in ("ray", "raycluster"):
                continue
            ratio = float(r["wall"]) / local_wall  # type: ignore[arg-type]
            fixed = float(r["start_stop_s"])  # type: ignore[arg-type]
            net = (float(r["wall"]) - fixed) / local_wall  # type: ignore[arg-type]
            if kind == "raycluster":
                print(f"target Ray ≤ 1.3× local wall (connecting to a running cluster): {ratio:.2f}× "
                      f"{'MET' if ratio <= 1.3 else 'MISSED'} (connect + disconnect {fixed:.1f}s)")
            else:
                print(f"Ray starting its own local instance in the run: {ratio:.2f}× the local executor; "
                      f"starting + stopping it took {fixed:.1f}s, without that {net:.2f}×")
        map_cpu = {}
        for ways in (1, args.workers) * 2:  # fresh processes, best of 2
            cmd = [sys.executable, __file__, "--child", f"split:{ways}", "--corpus", str(corpus)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)
            cpu = float(json.loads(done.stdout.strip().splitlines()[-1])["cpu"])
            map_cpu[ways] = min(cpu, map_cpu.get(ways, cpu))
        ceiling = float(base["wall"]) / (serial + map_cpu[args.workers] / args.workers)  # type: ignore[arg-type]
        print(
            f"map work (clean + sketch) in one process: {map_cpu[1]:.1f} CPU-s; with its line memories split "
            f"{args.workers} ways, as {args.workers} workers hold them: {map_cpu[args.workers]:.1f} CPU-s "
            f"(+{map_cpu[args.workers] / map_cpu[1] - 1:.0%}) → with the driver's {serial:.1f}s, -j {args.workers} "
            f"is at most {ceiling:.2f}× even with no process, pickling or waiting cost"
        )
        print(f"load after: {os.getloadavg()[0]:.2f} (1 min)")

        print("\nper-core stage rates (serial, in process, on a sample of the corpus):")
        notes: dict[str, float] = {}
        rates = stage_rates(corpus, Path(args.data), 1500, notes)
        for name, (items, mbs, unit) in rates.items():
            print(f"  {name:<34}{items:>9.0f} {unit}/s {mbs:>7.2f} MB/s  → {items * 3600:>12,.0f} {unit}/h per core")
        print(f"  band keys per text {notes['keys_per_doc']:.0f}, "
              f"candidate pairs per text {notes['pairs_per_doc']:.2f}, "
              f"largest bucket {notes['largest_bucket']:.0f}")
        clean = 1 / rates["read + clean (text dumps)"][1]
        sketch = 1 / rates["sketch (MinHash + bands)"][1]
        driver = 1 / rates["group + verify + merge (driver)"][1]
        f = driver / (clean + sketch + driver)
        bound = 1 / (f + (1 - f) / args.workers)
        print(f"  group/verify/merge alone is {f:.0%} of these stages' work "
              f"(bound {bound:.2f}× for -j {args.workers}); "
              "the run's serial share above also counts start-up, listing and output")
    finally:
        if args.keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
