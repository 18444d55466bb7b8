"""Output snapshot: hashes of what the pipeline and ``collapse()`` give on the bench corpora and fixtures, to check
that a speed change leaves every output byte-identical.

    .venv/bin/python bench/snapshot.py --save out/snap-before.json      # before a change
    .venv/bin/python bench/snapshot.py --check out/snap-before.json     # after it: lists every difference

Runs ``cleaner run -j 1`` (the CLI, in a subprocess) on the fixtures (text, HTML, JSONL, WARC, hostile inputs),
the shared seeds, the two dedup bench corpora and a part of the speed corpus (both written as ``.txt`` dumps),
plus a two-night run with a SQLite state (``updates.jsonl``, and the state's answers through a third run); and
``collapse()`` over the dedup corpora as plain documents. Hashes ``stories.jsonl``, ``rejects.jsonl``,
``updates.jsonl`` and ``report.json`` without its clock readings (:data:`cleaner.pipeline.VOLATILE`).

The CLI runs the ``cleaner`` package this script imports (the one ``PYTHONPATH`` picks), not the one beside it:
``python -m`` would put its working directory (this checkout) first on the path, so it runs under
``PYTHONSAFEPATH=1`` with that package's folder on ``PYTHONPATH``. To compare a base copy with this checkout, run
the script from the same checkout both times (the outputs hold the inputs' paths) with ``PYTHONPATH`` pointing at
each tree: ``PYTHONPATH=/tmp/base .venv/bin/python bench/snapshot.py --save …``, then
``PYTHONPATH=$PWD .venv/bin/python bench/snapshot.py --check …``. The package used is printed first.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "cleaner.cli"]


def _digest(path: Path) -> str:
    if not path.exists():
        return "-"
    if path.name == "report.json":
        from cleaner.pipeline import VOLATILE

        rep = json.loads(path.read_text(encoding="utf-8"))
        for k in VOLATILE:
            rep.pop(k, None)
        rep.pop("arguments", None)
        return hashlib.sha256(json.dumps(rep, sort_keys=True).encode()).hexdigest()[:16]
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _package_env() -> dict[str, str]:
    """The environment of the CLI's runs: the ``cleaner`` this process imports first on the path, and
    ``PYTHONSAFEPATH`` so that ``python -m`` does not put the working directory (this checkout) before it."""
    import cleaner

    home = str(Path(cleaner.__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONSAFEPATH": "1", "PYTHONPATH": home + (os.pathsep + path if path else "")}


def _run(name: str, paths: list[Path], out: Path, extra: list[str] | None = None) -> dict[str, str]:
    cmd = [*CLI, "run", *map(str, paths), "--out", str(out), "-j", "1", "-q", *(extra or [])]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=_package_env())
    res = {"exit": str(proc.returncode)}
    for f in ("stories.jsonl", "rejects.jsonl", "updates.jsonl", "report.json"):
        res[f] = _digest(out / f)
    print(f"  {name}: {res}", file=sys.stderr)
    return res


def _dump(docs: list[tuple[str, str]], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for i, (_, text) in enumerate(docs):
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def _collapse(texts: list[str]) -> str:
    from cleaner.dedup import collapse
    from cleaner.document import Document

    res = collapse([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)])
    h = hashlib.sha256()
    for st in res.stories:
        h.update(json.dumps([st.id, st.text, [s.doc_id for s in st.sources]], ensure_ascii=False).encode())
    h.update(json.dumps(res.counts(), sort_keys=True).encode())
    return h.hexdigest()[:16]


def snapshot(data: Path, speed_mb: float) -> dict[str, object]:
    import bench_dedup
    import dedup_corpus2

    out: dict[str, object] = {}
    fx = ROOT / "fixtures"
    corpora = {
        "dedup": [(d.name, d.text) for d in bench_dedup.load_corpus(bench_dedup.CORPUS1, data)],
        "dedup2": [(d.name, d.text) for d in bench_dedup.load_corpus(bench_dedup.CORPUS2, data)],
        "speed": [(d.name, d.text) for d in dedup_corpus2.speed_corpus(data, speed_mb)],
    }
    t = ROOT / "out" / "snapshot-work"  # a fixed place: paths are in the outputs
    shutil.rmtree(t, ignore_errors=True)
    t.mkdir(parents=True)
    runs: dict[str, list[Path]] = {
        "demo": [fx / "seeds", *sorted((fx / "html").glob("*.html"))],
        "fixtures": [fx / "sample_portal.txt", fx / "dedup", fx / "fields", fx / "hostile"],
        "shared_seeds": [ROOT.parent / "shared" / "seeds"],
    }
    for name, paths in runs.items():
        out[f"run:{name}"] = _run(name, paths, t / name)
    for name, docs in corpora.items():
        out[f"run:{name}"] = _run(name, [_dump(docs, t / f"in-{name}")], t / name)
    state = t / "state.sqlite"
    nights = [
        [fx / "fields" / "night1", fx / "seeds"],
        [fx / "fields" / "night2", ROOT.parent / "shared" / "seeds"],
        [t / "in-dedup"],
        [fx / "seeds", t / "in-dedup2"],
    ]
    for night, paths in enumerate(nights):
        out[f"state:night{night}"] = _run(f"night{night}", paths, t / f"night{night}", ["--state", str(state)])
    for name in ("dedup", "dedup2"):
        out[f"collapse:{name}"] = _collapse([text for _, text in corpora[name]])
        print(f"  collapse {name}: {out[f'collapse:{name}']}", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "extraction"))
    ap.add_argument("--speed-mb", type=float, default=3.0, help="part of the speed corpus run through the pipeline")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path)
    g.add_argument("--check", type=Path)
    args = ap.parse_args()
    import cleaner

    mine = Path(cleaner.__file__).resolve().parent
    probe = [sys.executable, "-c", "import cleaner; print(cleaner.__file__)"]
    theirs = Path(subprocess.run(probe, capture_output=True, text=True, cwd=ROOT, env=_package_env()).stdout.strip())
    if theirs.resolve().parent != mine:
        sys.exit(f"the CLI would import {theirs}, not {mine}")
    print(f"package: {mine}", file=sys.stderr)
    snap = snapshot(Path(args.data), args.speed_mb)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(snap, indent=1, sort_keys=True), encoding="utf-8")
        print(f"saved {len(snap)} entries to {args.save}")
        return
    old = json.loads(args.check.read_text(encoding="utf-8"))
    diff = [k for k in sorted(set(old) | set(snap)) if old.get(k) != snap.get(k)]
    for k in diff:
        print(f"DIFFERENT {k}: {old.get(k)} -> {snap.get(k)}")
    print("identical" if not diff else f"{len(diff)} of {len(snap)} differ")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
