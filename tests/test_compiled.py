"""The compiled build (mypyc, setup.py): the same extraction as the pure sources, and the stale-binary guard."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

import cleaner
from cleaner import _build
from cleaner.extraction import extract_html

ROOT = Path(__file__).resolve().parent.parent
HTML = sorted((ROOT / "fixtures" / "html").glob("*.html"))
PACKAGE = Path(cleaner.__file__).resolve().parent

_EXTRACT = """
import json, sys
import cleaner
from cleaner.extraction import extract_html
out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        doc = extract_html(f.read(), url="https://example.com/" + path.rsplit("/", 1)[-1])
    out.append([doc.text, doc.title, doc.meta, doc.removed, doc.encoding])
print(json.dumps({"compiled": list(cleaner.compiled), "docs": out}, ensure_ascii=False))
"""


def _copy_package(dest: Path, binaries: bool) -> None:
    """The imported ``cleaner`` package into ``dest``: its sources and data, with or without its compiled modules."""
    skip = () if binaries else ("*.so", "*.pyd", _build.RECORD)
    shutil.copytree(PACKAGE, dest / "cleaner", ignore=shutil.ignore_patterns("__pycache__", *skip))
    if binaries:
        group = sys.modules.get("cleaner__mypyc")  # mypyc's library of the compiled modules, beside the package
        if group is not None and group.__file__:
            shutil.copy2(group.__file__, dest)


def _run(path: Path, code: str, *args: str, flags: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PYTHONPATH": str(path)}
    return subprocess.run(
        [sys.executable, *flags, "-c", code, *args], capture_output=True, text=True, env=env, cwd=path, timeout=300
    )


def test_pure_sources_extract_the_same(tmp_path: Path) -> None:
    """The fixture pages through this process's package (compiled when built so) and through a copy of its pure
    Python sources, in a fresh interpreter: the same text, title, meta, removed lines and encoding."""
    _copy_package(tmp_path, binaries=False)
    res = _run(tmp_path, _EXTRACT, *map(str, HTML))
    assert res.returncode == 0, res.stderr
    pure = json.loads(res.stdout)
    assert pure["compiled"] == []
    here = []
    for path in HTML:
        doc = extract_html(path.read_bytes(), url="https://example.com/" + path.name)
        here.append([doc.text, doc.title, doc.meta, doc.removed, doc.encoding])
    assert json.loads(json.dumps(here, ensure_ascii=False)) == pure["docs"]
    assert sum(bool(d[0]) for d in here) >= len(HTML) - 2  # the pages hold articles: the comparison means something


def test_compiled_is_reported() -> None:
    for name in cleaner.compiled:
        assert name.startswith("cleaner.")
        assert not sys.modules[name].__file__.endswith(".py")  # type: ignore[union-attr]
    if os.environ.get("CLEANER_EXPECT_COMPILED"):  # set where the build must have compiled (CI with a compiler)
        assert {"cleaner.extraction.dom", "cleaner.text.textclean", "cleaner.dedup._sketch"} <= set(cleaner.compiled)


@pytest.mark.skipif(not cleaner.compiled, reason="the package runs as pure Python: no compiled module to go stale")
def test_stale_binary_warns(tmp_path: Path) -> None:
    """A compiled module whose source was edited after the build: importing cleaner warns (an error under -W error,
    as in the test suite); the untouched copy imports silently."""
    _copy_package(tmp_path, binaries=True)
    code = "import cleaner; print(len(cleaner.compiled))"
    res = _run(tmp_path, code, flags=("-W", "error"))
    assert res.returncode == 0, res.stderr
    assert int(res.stdout) == len(cleaner.compiled)
    source = tmp_path / "cleaner" / "extraction" / "dom.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    res = _run(tmp_path, code)
    assert res.returncode == 0 and "StaleBuildWarning" in res.stderr and "cleaner.extraction.dom" in res.stderr
    res = _run(tmp_path, code, flags=("-W", "error"))
    assert res.returncode != 0 and "StaleBuildWarning" in res.stderr


def test_stale_modules_compares_size_time_and_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard itself, on a made-up binary (runs in a pure install too): same source -> quiet; a touched but
    unchanged source -> quiet (hashed); a changed one, or a binary the record does not know -> named."""
    source = tmp_path / "mod.py"
    source.write_bytes(b"x = 1\n")
    binary = tmp_path / "mod.cpython-311-x86_64-linux-gnu.so"
    binary.write_bytes(b"")
    module = types.ModuleType("cleaner.fake_mod")
    module.__file__ = str(binary)
    monkeypatch.setitem(sys.modules, "cleaner.fake_mod", module)
    import hashlib

    entry = {"size": 6, "sha256": hashlib.sha256(b"x = 1\n").hexdigest()}
    (tmp_path / _build.RECORD).write_text(json.dumps({"cleaner.fake_mod": entry}), encoding="utf-8")
    names = ("cleaner.fake_mod",)
    os.utime(source, ns=(1_000_000_000, 1_000_000_000))
    assert _build.stale_modules(names, str(tmp_path)) == []
    os.utime(source, ns=(2**62, 2**62))  # newer than the binary, same bytes
    assert _build.stale_modules(names, str(tmp_path)) == []
    source.write_bytes(b"x = 2\n")
    assert _build.stale_modules(names, str(tmp_path)) == [
        f"cleaner.fake_mod ({source} changed after {binary.name} was built)"
    ]
    (tmp_path / _build.RECORD).write_text("{}", encoding="utf-8")
    assert _build.stale_modules(names, str(tmp_path))[0].startswith("cleaner.fake_mod (no build record")
    with pytest.warns(_build.StaleBuildWarning, match="edits do not run"):
        monkeypatch.setattr(_build, "_HERE", str(tmp_path))
        _build.check(names)
