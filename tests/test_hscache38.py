"""The rules' Hyperscan databases cached on disk (``cleaner.rules.hscache``): a database read back from the cache scans
as the compiled one does, a damaged or foreign file is compiled again (and rewritten), a cache that cannot be written
only costs the compile, ``CLEANER_HS_CACHE=0`` writes nothing; the rules' scanner built from the cache finds what the
compiled one finds. Real files in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

hs = pytest.importorskip("hyperscan")

from cleaner.rules import hscache, prefilter  # noqa: E402

PATTERNS = [rb"foo\d+", rb"^bar", rb"ba[zy]$", "中文".encode()]
FLAGS = hs.HS_FLAG_UTF8 | hs.HS_FLAG_MULTILINE | hs.HS_FLAG_ALLOWEMPTY
TEXT = "x foo12\nbar baz\n中文 baz".encode()


def _hits(db: object) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    db.scan(TEXT, match_event_handler=lambda i, s, e, f, c: found.append((i, e)), scratch=hs.Scratch(db))  # type: ignore[attr-defined]
    return sorted(found)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CLEANER_HS_CACHE", raising=False)
    monkeypatch.setattr(hscache, "MIN_COMPILE_SECONDS", 0.0)  # (these small databases compile in milliseconds)
    return tmp_path


def test_a_database_is_saved_once_and_read_back(cache: Path) -> None:
    first = hscache.compiled_database(hs, PATTERNS, FLAGS)
    files = list(cache.glob("hs-*.db"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    again = hscache.compiled_database(hs, PATTERNS, FLAGS)
    assert _hits(again) == _hits(first) and _hits(first)
    assert list(cache.glob("hs-*.db")) == files and files[0].stat().st_mtime_ns == stamp  # (read, not rewritten)
    words = [b"foo", b"BAZ"]
    lit = hscache.compiled_database(hs, words, [0, hs.HS_FLAG_CASELESS], literal=True)
    assert _hits(hscache.compiled_database(hs, words, [0, hs.HS_FLAG_CASELESS], literal=True)) == _hits(lit)
    assert len(list(cache.glob("hs-*.db"))) == 2  # (another database: another file)
    assert not list(cache.glob(".hs-*"))  # (no temporary file left)


def test_a_damaged_file_is_compiled_again(cache: Path) -> None:
    want = _hits(hscache.compiled_database(hs, PATTERNS, FLAGS))
    (path,) = cache.glob("hs-*.db")
    good = path.read_bytes()
    for bad in (good[: len(good) // 2], good[:32] + bytes(len(good) - 32), b"", good[:32]):
        path.write_bytes(bad)
        assert _hits(hscache.compiled_database(hs, PATTERNS, FLAGS)) == want
        assert path.read_bytes() == good  # (rewritten)


def test_a_cache_that_cannot_be_written_only_costs_the_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hscache, "MIN_COMPILE_SECONDS", 0.0)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(blocked / "cache"))
    assert _hits(hscache.compiled_database(hs, PATTERNS, FLAGS))
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "off"))
    monkeypatch.setenv("CLEANER_HS_CACHE", "0")
    assert _hits(hscache.compiled_database(hs, PATTERNS, FLAGS))
    assert not (tmp_path / "off").exists()


def test_a_pattern_hyperscan_refuses_raises_and_saves_nothing(cache: Path) -> None:
    with pytest.raises(hs.error):
        hscache.compiled_database(hs, [rb"(?<=a+)b"], FLAGS)
    assert not list(cache.glob("hs-*"))


def test_a_database_quick_to_compile_is_not_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(hscache, "MIN_COMPILE_SECONDS", 60.0)
    assert _hits(hscache.compiled_database(hs, PATTERNS, FLAGS))
    assert not list(tmp_path.glob("hs-*"))


def test_the_rules_scanner_from_the_cache_finds_the_same_lines(cache: Path) -> None:
    lines = ["版权所有 2024", "Copyright © example.com", "正文第一句话。", "点击查看更多", "cookie settings", ""]
    patterns = [r"^版权所有", r"(?i)copyright\s+©", r"点击.{0,4}更多"]
    fresh = prefilter.LineScanner(["cookie"], ["settings"], patterns).line_hits(lines)
    assert list(cache.glob("hs-*.db"))
    again = prefilter.LineScanner(["cookie"], ["settings"], patterns).line_hits(lines)
    assert again == fresh and fresh
