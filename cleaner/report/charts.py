"""The overview's charts: SVG rendered by pygal, with no script and nothing fetched (inlined in the page)."""

from __future__ import annotations

import sys
from collections import Counter
from itertools import pairwise
from typing import Any

__all__ = ["overview_charts"]

TOP = 20
"""Bars per chart at most (the rest are summed as "other")."""


def _top(counts: dict[str, int] | Counter[str]) -> list[tuple[str, int]]:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    head, rest = items[:TOP], items[TOP:]
    if rest:
        head.append((f"other ({len(rest)})", sum(v for _, v in rest)))
    return head


def _pygal() -> Any:
    """pygal, without the legacy ``sys.meta_path`` finder it installs for its map plugins (unused here): that
    finder has no ``find_spec``, so every later failed import in the process warns (an ImportWarning)."""
    import pygal

    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "PluginImportFixer"]
    return pygal


def _bar(title: str, items: list[tuple[str, float]], *, horizontal: bool = True) -> str:
    pygal = _pygal()
    from pygal.style import CleanStyle

    kind = pygal.HorizontalBar if horizontal else pygal.Bar
    height = max(160, 28 * len(items) + 80) if horizontal else 300
    chart = kind(
        js=[], disable_xml_declaration=True, width=640, height=height, show_legend=False, style=CleanStyle,
        title=title, truncate_label=40, print_values=True,
    )  # fmt: skip
    chart.x_labels = [label for label, _ in items]
    chart.add(title, [value for _, value in items])
    return str(chart.render(is_unicode=True))


def _histogram(lengths: list[int]) -> list[tuple[str, float]]:
    edges = [0, 200, 500, 1000, 2000, 5000, 10000, 20000]
    counts = [0] * len(edges)
    for n in lengths:
        k = max(i for i, e in enumerate(edges) if n >= e)
        counts[k] += 1
    labels = [f"{a}–{b}" for a, b in pairwise(edges)] + [f"≥ {edges[-1]}"]
    return list(zip(labels, [float(c) for c in counts], strict=True))


def overview_charts(
    report: dict[str, Any], removed: Counter[str], sites: Counter[str], lengths: list[int], copies: Counter[int]
) -> dict[str, str]:
    """Chart name → SVG."""
    stages = report.get("stage_seconds") or {}
    out = {
        "rejects": _bar("Rejects by reason", [(k, float(v)) for k, v in _top(report.get("rejects", {}))]),
        "removed": _bar("Lines removed by rule", [(k, float(v)) for k, v in _top(removed)]),
        "sites": _bar("Documents per site", [(k, float(v)) for k, v in _top(sites)]),
        "lengths": _bar("Story length (characters)", _histogram(lengths), horizontal=False),
        "copies": _bar("Copies per story", [(str(k), float(v)) for k, v in sorted(copies.items())], horizontal=False),
        "stages": _bar("Seconds per stage", [(k, round(float(v), 2)) for k, v in stages.items()]),
    }
    return out
