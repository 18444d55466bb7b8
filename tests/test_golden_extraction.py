"""Golden extraction tests on tune pages of the shared data (trafilatura style: must / must not snippets).

The pages are read from the shared extraction data at test time and never copied into the repository;
without the data the tests skip. See ``tests/golden_extraction.toml``.
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from cleaner.extraction import extract_html

ROOT = Path(__file__).resolve().parents[1]
SPEC: list[dict[str, Any]] = tomllib.loads((ROOT / "tests" / "golden_extraction.toml").read_text(encoding="utf-8"))[
    "page"
]


def _data() -> Path | None:
    env = os.environ.get("CLEANER_EXTRACTION_DATA")
    candidates = [Path(env)] if env else []
    candidates += [base / "shared" / "data" / "extraction" for base in (ROOT.parent, ROOT.parent.parent)]
    return next((c for c in candidates if c.is_dir()), None)


DATA = _data()


def _half(set_name: str, page_id: str) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from halves import half
    finally:
        sys.path.pop(0)
    return str(half(set_name, page_id))


@pytest.mark.parametrize("spec", SPEC, ids=[f"{s['set']}/{s['id'][:24]}" for s in SPEC])
def test_golden_page(spec: dict[str, Any]) -> None:
    assert _half(spec["set"], spec["id"]) == "tune", "golden pages come from the tune half only"
    if DATA is None:
        pytest.skip("shared extraction data not found (set CLEANER_EXTRACTION_DATA)")
    path = DATA / spec["set"] / "html" / f"{spec['id']}.html"
    if not path.exists():
        pytest.skip(f"{path} not found")
    text = extract_html(path.read_text(encoding="utf-8", errors="replace")).text
    for snippet in spec["must"]:
        assert snippet in text, f"{spec['set']}/{spec['id']}: missing {snippet!r}"
    for snippet in spec["must_not"]:
        assert snippet not in text, f"{spec['set']}/{spec['id']}: boilerplate {snippet!r} kept"


ZH = [s for s in SPEC if s["set"].endswith("_zh")]


@pytest.mark.parametrize("config", ["s2t", "s2twp"])
@pytest.mark.parametrize("spec", ZH, ids=[f"{s['set']}/{s['id'][:24]}" for s in ZH])
def test_golden_page_in_traditional_characters(spec: dict[str, Any], config: str) -> None:
    """The same page converted to Traditional characters (OpenCC s2t, page and snippets alike) keeps and drops
    the same snippets: rules and cue words written in Simplified characters hold on Big5 / HK / TW pages. With
    Taiwan wording too (s2twp: 登录 → 登入, 打印 → 列印, 点击 → 點選), read through the phrase fold of
    ``rules/phrases.txt``."""
    import opencc

    if DATA is None:
        pytest.skip("shared extraction data not found (set CLEANER_EXTRACTION_DATA)")
    path = DATA / spec["set"] / "html" / f"{spec['id']}.html"
    if not path.exists():
        pytest.skip(f"{path} not found")
    s2t = opencc.OpenCC(config).convert
    if any(opencc.OpenCC("t2s").convert(m) != m for m in spec["must"]):
        pytest.skip("a Traditional page already")
    text = extract_html(s2t(path.read_text(encoding="utf-8", errors="replace"))).text
    for snippet in spec["must"]:
        assert s2t(snippet) in text, f"{spec['set']}/{spec['id']}: missing {s2t(snippet)!r}"
    for snippet in spec["must_not"]:
        assert s2t(snippet) not in text, f"{spec['set']}/{spec['id']}: boilerplate {s2t(snippet)!r} kept"
