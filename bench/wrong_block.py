"""How often the English extraction picks the wrong block, as rates: every English bench page and generator page.

    python bench/wrong_block.py run --out mine.jsonl [--seed S]      # extract with the cleaner on PYTHONPATH
    python bench/wrong_block.py show mine.jsonl [--base base.jsonl] [--list N] [--source SRC]

Issue #12: on unseen English sets the cleaner chose a sidebar, a form, a widget or an ancestor wrapping every list
about twice as often as trafilatura. F1 means hide that (one wrong block costs a page 0.9, a hundred small losses
look the same), so this bench counts *decisions*. Each output is one of:

- ``wrong``: F1 < 0.3 (another block than the article's, or nothing of it);
- ``much``: output at least twice the gold's tokens and precision < 0.5 (an ancestor holding the article and more);
- ``little``: recall < 0.5 (a part of the article, or an empty output);
- ``ok``: the rest.

Sources: the tune and check pages of the English bench sets (scrapinghub_en, daniel_en, magichtml_en), and every
English generator — web_corpus19–22, en_web_corpus25b/27/28, old_web_corpus, decoy_corpus, en_forum_corpus24/25 and
menu_corpus at ``--seed`` (each generator's own seed when not given), modern_corpus (the bench pages relaid; no
seed). ``run`` writes one row per page (check pages without their id: only their rates are ever shown); ``show``
prints the rates per source and half, base and this run side by side, and ``--list`` the tune pages of a class.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import load_set, prf, tokens
from halves import CHECK, HALVES, TUNE

EN_SETS = ("scrapinghub_en", "daniel_en", "magichtml_en")
GENERATORS = (
    "web_corpus19",
    "web_corpus20",
    "web_corpus21",
    "web_corpus22",
    "en_web_corpus25b",
    "en_web_corpus27",
    "en_web_corpus28",
    "old_web_corpus",
    "decoy_corpus",
    "en_forum_corpus24",
    "en_forum_corpus25",
)
MODERN = "modern_corpus"
"""Its hidden and script-held bodies (next_data, display_none, template...) fail on English pages for another reason
than the block choice (the body is not read at all): ``ALL but modern`` is the selection's own figure."""
CLASSES = ("ok", "wrong", "much", "little")
WRONG_F1 = 0.3
MUCH_RATIO, MUCH_PRECISION = 2.0, 0.5
LITTLE_RECALL = 0.5

Item = tuple[str, str, str, str, str, str | bytes, str | None, str]
"""(source, id, half, kind, gold, html, url, language)."""


def classify(out: str, gold: str) -> tuple[str, float, float, float, float]:
    """The class of an output and its F1, precision, recall and size (tokens) over the gold's."""
    f1, p, r = prf(out, gold)
    size = sum(tokens(out).values()) / max(1, sum(tokens(gold).values()))
    if f1 < WRONG_F1 and out.strip():
        cls = "wrong"
    elif size >= MUCH_RATIO and p < MUCH_PRECISION:
        cls = "much"
    elif r < LITTLE_RECALL:
        cls = "little"
    else:
        cls = "ok"
    return cls, f1, p, r, size


def _bench(data: Path) -> Iterator[Item]:
    for name in EN_SETS:
        for p in load_set(data, name, None, HALVES):
            kind = p.page_type
            yield f"{name}/{kind}", p.id, p.half, kind, p.gold, p.html, p.url, "en"


def _generators(data: Path, seed: str | None) -> Iterator[Item]:
    import importlib

    for mod_name in GENERATORS:
        mod: Any = importlib.import_module(mod_name)
        pages = mod.build(data, seed or mod.SET)
        for p in pages:
            if p.lang not in ("", "en"):
                continue
            yield mod_name, p.id, p.half, p.kind, p.gold, p.html, mod.SCORING.url(p), "en"
    import menu_corpus

    for mp in menu_corpus.build(seed or menu_corpus.SET):
        if mp.lang == "en":
            yield "menu_corpus", mp.id, menu_corpus.page_half(mp.id), mp.shape, mp.gold(), mp.html, None, "en"


def _modern(data: Path) -> Iterator[Item]:
    import modern_corpus
    from perturb import Pool, located_bodies

    for name in EN_SETS:
        pages = [p for p in load_set(data, name, None, HALVES) if p.page_type == "article"]
        pool = Pool(pages, "en")
        for p, idx in located_bodies(pages):
            for kind in modern_corpus.KINDS:
                html = modern_corpus.modern(p, kind, idx, pool)
                if html is not None:
                    yield "modern_corpus", f"{name}.{p.id}", p.half, kind, p.gold, html, p.url, "en"


def run(data: Path, seed: str | None, out: Path, only: set[str]) -> None:
    from cleaner.extraction import extract_html

    extract: Callable[[str | bytes, str | None], str] = lambda h, u: extract_html(h, url=u).text  # noqa: E731
    sources: list[Iterator[Item]] = [_bench(data), _generators(data, seed), _modern(data)]
    with out.open("w", encoding="utf-8") as fh:
        for items in sources:
            for src, pid, which, kind, gold, html, url, _lang in items:
                if only and src.split("/")[0] not in only:
                    continue
                try:
                    text = extract(html, url)
                except Exception:
                    text = ""
                cls, f1, p, r, size = classify(text, gold)
                row = {"src": src, "half": which, "kind": kind, "cls": cls, "f1": round(f1, 4)}
                if which == TUNE:
                    row |= {"id": pid, "p": round(p, 4), "r": round(r, 4), "size": round(size, 2)}
                fh.write(json.dumps(row) + "\n")


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rates(rows: list[dict[str, Any]]) -> tuple[int, Counter[str]]:
    return len(rows), Counter(r["cls"] for r in rows)


def _cell(rows: list[dict[str, Any]]) -> str:
    n, c = _rates(rows)
    if not n:
        return f"{0:>5} {'':>30}"
    f1 = sum(r["f1"] for r in rows) / n
    return (
        f"{n:>5} " + " ".join(f"{100 * c[k] / n:5.1f}" for k in CLASSES[1:]) + f" {c['wrong'] + c['much']:>3} {f1:.3f}"
    )


def show(mine: Path, base: Path | None, listing: int, source: str) -> None:
    rows = {"base": _load(base) if base else [], "mine": _load(mine)}
    trees = [t for t in ("base", "mine") if rows[t]]
    srcs = sorted({r["src"] for r in rows["mine"]} | {r["src"] for r in rows["base"]})
    head = f"{'n':>5} {'wrong':>5} {'much':>5} {'litl':>5} {'w+m':>3} {'F1':>5}"
    print(f"{'source':<26} {'tree':<5} {head} | {head}   (tune | check; % of pages, w+m = pages, mean F1)")
    for src in [*srcs, "ALL", "ALL but modern"]:
        for t in trees:
            sel = [r for r in rows[t] if src in ("ALL", r["src"]) or (src == "ALL but modern" and r["src"] != MODERN)]
            cells = [_cell([r for r in sel if r["half"] == h]) for h in HALVES]
            print(f"{src:<26} {t:<5} {cells[0]} | {cells[1]}")
    if listing:
        base_by = {(r["src"], r["id"]): r for r in rows["base"] if r["half"] == TUNE}
        bad = [r for r in rows["mine"] if r["half"] == TUNE and r["cls"] != "ok" and source in r["src"]]
        bad.sort(key=lambda r: (r["cls"], r["f1"]))
        print("\ntune pages not ok (this run; base class in brackets):")
        for r in bad[:listing]:
            was = base_by.get((r["src"], r["id"]), {}).get("cls", "?")
            print(f"  {r['cls']:<6} [{was:<6}] F1 {r['f1']:.3f} P {r['p']:.2f} R {r['r']:.2f} x{r['size']:<5}"
                  f" {r['src']} {r['id']}")  # fmt: skip
    assert CHECK in HALVES


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    r.add_argument("--seed")
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--only", action="append", default=[], help="a source (set or generator module) to run alone")
    s = sub.add_parser("show")
    s.add_argument("mine", type=Path)
    s.add_argument("--base", type=Path)
    s.add_argument("--list", type=int, default=0)
    s.add_argument("--source", default="", help="list only sources containing this")
    args = ap.parse_args(argv)
    if args.cmd == "run":
        run(args.data, args.seed, args.out, set(args.only))
    else:
        show(args.mine, args.base, args.list, args.source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
