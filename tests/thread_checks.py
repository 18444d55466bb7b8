"""Checks the thread generators' golden tests share (``tests/test_thread_corpus2.py`` to ``6``): the generator is
fixed and split, and a golden generated page keeps its posts and none of the named chrome."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from cleaner.extraction import extract_html
from tests.conftest import ROOT


def assert_fixed_and_split(gen: ModuleType) -> None:
    """``gen`` builds one page per engine and shape, the same pages again on a second build, and each shape's
    pages fall into a tune and a check half of one size (±1)."""
    pages = gen.build()
    assert len(pages) == len(gen.ENGINES) * len(gen.SHAPES)
    again = {p.id: p.html for p in gen.build()}
    assert all(again[p.id] == p.html for p in pages)
    for shape in gen.SHAPES:
        tune = sum(1 for p in pages if p.shape == shape and gen.page_half(p.id) == "tune")
        assert abs(2 * tune - len(gen.ENGINES)) <= 1


def assert_golden_page(gen: ModuleType, seed: str, page_id: str, must_not: tuple[str, ...]) -> tuple[Any, str]:
    """Page ``page_id`` of ``gen`` built with ``seed`` (a tune page on the generator's own seed) keeps its posts
    (recall ≥ 0.99 against its gold) and none of ``must_not``: the page and cleaner's text of it."""
    from bench_extract import prf  # (bench/ is on the path once a test has imported its generator)

    if seed == gen.SET:
        assert gen.page_half(page_id) == "tune", "golden pages come from the tune half only"
    page = next(p for p in gen.build(seed) if p.id == page_id)
    text: str = extract_html(page.html).text
    assert prf(text, page.gold())[2] >= 0.99, f"{page_id}: posts lost"
    for snippet in must_not:
        assert snippet not in text, f"{page_id}: chrome {snippet!r} kept"
    return page, text


def assert_tune_page_chrome(name: str, seed: str, page_id: str, chrome: tuple[str, ...], recall: float) -> None:
    """Page ``page_id`` of generator ``name`` (a module of ``bench/``) built with ``seed`` is a tune page (on every
    seed: the halves split engines and shapes, which each seed draws again), its text holds none of ``chrome`` and
    keeps its posts (recall ≥ ``recall`` against its gold)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_extract import prf

    gen = importlib.import_module(name)
    page = next(p for p in gen.build(seed) if p.id == page_id)
    assert gen.page_half(page.id) == "tune"
    text = extract_html(page.html).text
    assert not [c for c in chrome if c in text]
    assert prf(text, page.gold())[2] >= recall, "posts lost"


def perturbed_f1(data: Path, set_name: str, page_id: str, kind: str) -> tuple[float, float]:
    """cleaner's F1 on tune page ``page_id`` of shared set ``set_name`` re-rendered as it is (``perturb_threads``'
    ``identity``) and under ``kind``: the two figures a class-free thread test compares."""
    sys.path.insert(0, str(ROOT / "bench"))
    import perturb_threads as pt
    from bench_extract import load_set, prf
    from perturb import Pool

    pages = load_set(data, set_name, None, ("tune",))
    page = next(p for p in pages if p.id == page_id)
    pool = Pool(pages, set_name[-2:])
    base = pt.perturb(page, "identity", pool)
    changed = pt.perturb(page, kind, pool)
    assert base is not None and changed is not None
    f_base: float = prf(extract_html(base[0], url=page.url).text, base[1])[0]
    f_changed: float = prf(extract_html(changed[0], url=page.url).text, changed[1])[0]
    return f_base, f_changed
