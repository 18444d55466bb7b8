"""What the thread generators (``thread_corpus2`` to ``thread_corpus6``, ``split_corpus``) share: their halves (per
shape, engines ranked by a hash of the page id, alternately tune and check), a page's problems (a paragraph missing
or out of order, a chrome string kept), the table of F1 / precision / recall / leak / pages with a problem, per half
and group, for cleaner and trafilatura, and the command line."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from halves import CHECK, HALVES, TUNE, _digest

P = TypeVar("P")


@dataclass
class ThreadPage(Generic[P]):
    """What every thread generator's page has first: its id (``ENGINE_V``, V the shape's index), engine, language,
    shape, title and posts (of the generator's own post type); each generator's ``Page`` adds its own fields."""

    id: str
    engine: str
    lang: str
    shape: str
    title: str
    posts: list[P]


Row = tuple[float, float, float, bool, bool]
"""One page's F1, precision, recall, whether it has a problem, whether a boilerplate cue leaked."""


def halves_by_shape(set_name: str, engines: Iterable[str], shapes: Sequence[str]) -> dict[str, str]:
    """The half of each page id ``ENGINE_V`` (V: the shape's index): per shape, the engines ranked by the hash of
    ``set_name/<id>``, alternately tune and check."""
    out: dict[str, str] = {}
    names = list(engines)
    for v, _ in enumerate(shapes):
        ids = sorted((f"{e}_{v}" for e in names), key=lambda i: _digest(set_name, i))
        out.update({i: TUNE if r % 2 == 0 else CHECK for r, i in enumerate(ids)})
    return out


def page_halves(set_name: str, engines: Iterable[str], shapes: Sequence[str]) -> Callable[[str], str]:
    """:func:`halves_by_shape` as a function of a page id (the table made on its first call): a generator's
    ``page_half``."""
    table: dict[str, str] = {}

    def page_half(page_id: str) -> str:
        if not table:
            table.update(halves_by_shape(set_name, engines, shapes))
        return table[page_id]

    return page_half


def settle_chrome(page: Any) -> None:
    """Keep of a built page's chrome strings those that are neither in its gold nor in its title (a generated
    string may be both)."""
    gold = page.gold()
    page.chrome = {x for x in page.chrome if x.strip() and x not in gold and x not in page.title}


def finish_page(page: Any, html: str, trad: bool, fold: Callable[[str], str]) -> None:
    """Give a built page its ``html``, all of it (markup, title, posts, users, chrome) folded by ``fold`` to Traditional
    characters when ``trad``, then :func:`settle_chrome`."""
    if trad:
        html = fold(html)
        page.title = fold(page.title)
        page.posts = [[fold(x) for x in post] for post in page.posts]
        page.users = [fold(x) for x in page.users]
        page.chrome = {fold(x) for x in page.chrome}
    page.html = html
    settle_chrome(page)


def check_page(page: Any, text: str) -> list[str]:
    """Problems of a page's output: a paragraph missing or out of order, a chrome string kept."""
    return problems(page.kept(), page.chrome, text)


def problems(paras_by_post: Iterable[list[str]], chrome: Iterable[str], text: str) -> list[str]:
    """A paragraph of the gold missing or out of order, by post; a chrome string kept."""
    found = []
    at = 0
    flat = text.replace("\n", " ")
    for k, paras in enumerate(paras_by_post):
        for para in paras:
            pos = flat.find(para, at)
            if pos < 0:
                found.append(f"post {k} missing or out of order: {para[:24]}")
            else:
                at = pos + len(para)
    found.extend(f"chrome kept: {x}" for x in sorted(chrome) if x in text)
    return found


def cells(rows: list[Row]) -> str:
    if not rows:
        return "   -"
    n = len(rows)
    return (
        f"{n:>4} F1 {statistics.fmean(r[0] for r in rows):.3f} P {statistics.fmean(r[1] for r in rows):.3f}"
        f" R {statistics.fmean(r[2] for r in rows):.3f} leak {sum(r[4] for r in rows) / n:>5.1%} bad {sum(r[3] for r in rows):>2}"  # noqa: E501
    )


def tools(names: tuple[str, ...]) -> dict[str, Callable[[str], str]]:
    """The extractors to score, by name: cleaner, and trafilatura when asked for."""
    from cleaner.extraction import extract_html

    fns: dict[str, Callable[[str], str]] = {"cleaner": lambda h: extract_html(h).text}
    if "trafilatura" in names:
        import trafilatura

        fns["trafilatura"] = lambda h: trafilatura.extract(h) or ""
    return fns


def score(
    pages: list[Any],
    names: tuple[str, ...],
    half_of: Callable[[str], str],
    problems_of: Callable[[Any, str], list[str]],
    groups: Sequence[str],
    *,
    listed: Callable[[Any, str], bool] | None = None,
    width: int = 9,
    cut: int = 150,
    note: str = "",
) -> None:
    """Print, per tool, a row per group (``all``, a language, a shape) with the tune and check cells. ``listed``:
    which of cleaner's pages with a problem (or F1 < 0.95) to list first (page, half → bool; tune pages only)."""
    from bench_extract import CUES_EN, CUES_ZH, leaks, prf

    fns = tools(names)
    for tool in names:
        rows: dict[tuple[str, str], list[Row]] = {}
        for page in pages:
            text = fns[tool](page.html)
            f1, p, r = prf(text, page.gold())
            bad = problems_of(page, text)
            leaked = bool(leaks(text, page.gold(), CUES_EN if page.lang == "en" else CUES_ZH))
            h = half_of(page.id)
            kind = getattr(page, "kind", "")  # a generator's own grouping (thread / article), where it has one
            for key in ((h, "all"), (h, page.lang), (h, page.shape), *(((h, kind),) if kind else ())):
                rows.setdefault(key, []).append((f1, p, r, bool(bad), leaked))
            if listed is not None and tool == "cleaner" and listed(page, h) and (bad or f1 < 0.95):
                print(f"  {page.id:<16}{page.shape:<{width}}{f1:.3f} p={p:.2f} r={r:.2f} {'; '.join(bad)[:cut]}")
        print(f"== {tool}{note}")
        for group in groups:
            print(f"  {group:<{width}}" + " | ".join(f"{h}: {cells(rows.get((h, group), []))}" for h in HALVES))


def cli(
    argv: list[str] | None,
    doc: str | None,
    build: Callable[[str], list[Any]],
    half_of: Callable[[str], str],
    problems_of: Callable[[Any, str], list[str]],
    groups: Sequence[str],
    default_seed: str,
) -> int:
    """A thread generator's command line: ``--score`` (``--verbose``, ``--cleaner-only``), ``--seed``, ``--dump`` (a
    tune page's html, gold, output and problems; never a check page, on any seed: the halves split engines and shapes,
    which every seed draws again, so another seed's check page shows a check layout: helper leak30 read one)."""
    import argparse

    ap = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    ap.add_argument("--score", action="store_true", help="score cleaner and trafilatura, tune and check")
    ap.add_argument("--verbose", action="store_true", help="with --score: tune pages with a problem")
    ap.add_argument("--cleaner-only", action="store_true", help="with --score: cleaner only")
    ap.add_argument("--seed", default=default_seed, help="a fresh seed: new pages of the same layouts")
    ap.add_argument("--dump", help="print a tune page's html, gold and output")
    args = ap.parse_args(argv)
    seed: str = args.seed
    fresh = seed != default_seed
    if args.score or args.verbose:
        listed = (lambda page, h: h == TUNE) if args.verbose else None
        note = f" (seed {seed})" if fresh else ""
        names = ("cleaner",) if args.cleaner_only else ("cleaner", "trafilatura")
        score(build(seed), names, half_of, problems_of, groups, listed=listed, cut=160, note=note)
    if args.dump:
        from cleaner.extraction import extract_html

        for page in build(seed):
            if page.id == args.dump:
                if half_of(page.id) != TUNE:
                    print("a check page: scores only")
                    break
                text = extract_html(page.html).text
                print(page.html, "\n---- gold\n", page.gold(), "\n---- output\n", text, sep="")
                print("---- problems\n", "\n".join(problems_of(page, text)), sep="")
                break
    return 0
