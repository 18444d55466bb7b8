"""What the audit trail and the HTML report cost (issue #16), on the bench-scale corpus.

Builds ``--size-mb`` of text dumps and JSONL from the gold texts (``bench_scale.build_corpus``), then runs
``cleaner.run`` with ``-j 1`` in a child process twice, without and with ``audit=True`` (CPU seconds of the
child, best of ``--repeat``), and prints the overhead, the bytes of ``audit.jsonl.gz`` per input MB, the
seconds ``cleaner report`` takes to render, and — where Debian's chromium and Playwright are installed — the
seconds the report takes to open in a headless browser.

    .venv/bin/python bench/bench_audit.py --data ../shared/data/extraction [--size-mb 50]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import build_corpus

CHILD = """
import json, resource, sys, cleaner
from cleaner.pipeline import RunOptions
r = cleaner.run([sys.argv[1]], sys.argv[2], workers=1, options=RunOptions(audit=sys.argv[3] == "1"))
u = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"cpu": u.ru_utime + u.ru_stime, "stories": r.stories}))
"""


def _run(corpus: Path, out: Path, audit: bool) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(corpus), str(out), "1" if audit else "0"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _open_seconds(html: Path) -> float | None:
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if chromium is None:
        return None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        t0 = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_function("() => document.body.dataset.ready")
        page.goto(html.as_uri() + "#/stories?page=20")
        page.wait_for_function("() => document.body.dataset.ready.includes('page=20')")
        seconds = time.perf_counter() - t0
        browser.close()
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--size-mb", type=float, default=50.0)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-audit-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        files, size = build_corpus(args.data, corpus, args.size_mb, seed=11)
        mb = size / 1e6
        plain = min(_run(corpus, root / "plain", False)["cpu"] for _ in range(args.repeat))
        audited = min(_run(corpus, root / "audit", True)["cpu"] for _ in range(args.repeat))
        audit_bytes = (root / "audit" / "audit.jsonl.gz").stat().st_size
        t0 = time.perf_counter()
        c0 = resource.getrusage(resource.RUSAGE_SELF)
        from cleaner.report import render_report

        html = render_report(root / "audit")
        c1 = resource.getrusage(resource.RUSAGE_SELF)
        render_wall = time.perf_counter() - t0
        render_cpu = (c1.ru_utime + c1.ru_stime) - (c0.ru_utime + c0.ru_stime)
        stories = sum(1 for _ in (root / "audit" / "stories.jsonl").open(encoding="utf-8"))
        opened = _open_seconds(html)
    print(f"corpus: {files} files, {mb:.1f} MB, {stories} stories; cleaner.run -j 1, CPU seconds of the child, best of "
          f"{args.repeat}")  # fmt: skip
    print(f"{'measure':<44}{'value':>12}{'target':>12}")
    print(f"{'run without --audit (CPU s)':<44}{plain:>12.2f}")
    print(f"{'run with --audit (CPU s)':<44}{audited:>12.2f}")
    print(f"{'audit overhead':<44}{(audited / plain - 1):>12.1%}{'<= 15 %':>12}")
    print(f"{'audit.jsonl.gz bytes per input MB':<44}{audit_bytes / mb:>12,.0f}")
    print(f"{'cleaner report: seconds (wall / CPU)':<44}{render_wall:>7.2f}/{render_cpu:<4.1f}{'<= 10 s':>12}")
    opened_s = f"{opened:.2f}" if opened is not None else "n/a"
    print(f"{'report.html open + page 20 in chromium (s)':<44}{opened_s:>12}{'<= 3 s':>12}")


if __name__ == "__main__":
    main()
