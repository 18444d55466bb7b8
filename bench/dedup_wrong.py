"""Which rule joined the texts of two stories (the wrong pairs of ``dedup_corpus37`` / ``dedup_corpus36`` /
``dedup_corpus33`` / ``dedup_corpus5``; tune halves only; pure-Python tree only: it wraps ``collapse._Run`` methods and
``verify``'s rules, which a compiled build does not let). dprec38.

For each cluster of the tune half that holds texts of two or more gold stories (or of a hard-negative group), each of
its texts is listed with how it came into the cluster: the placement path (``canon``: the story's canonical accepted
it; ``member``: a copy of this run, :meth:`_Run._by_member`; ``former``: a stored movable copy, ``_by_former``;
``back``: read the other way, ``_back``; ``start``: it started the story), the rule that accepted it (``plain``
Jaccard or containment, ``short``, ``core``, ``spread``, ``interleaved``, ``deleted``, ``deleted_canon``, ``chars``,
or the collapse's second looks ``listed`` / ``cut`` / ``unchromed`` / ``sited``), the verdict's Jaccard / contained /
covers, and the text (the story's canonical then) it was compared with; then the later moves (``offer``, ``absorb``:
a story merged into another by ``rehome`` or ``_bridge``; ``split``). ``--nights N`` runs the corpus as N nightly
batches against one SQLite state (``dedup_corpus37`` only) instead of one run. ``--text`` prints each text's start.

    PYTHONPATH=. .venv/bin/python bench/dedup_wrong.py --corpus dedup37 --seeds NAME-dev1,NAME-dev2 [--nights 4]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dedup_corpus4
import dedup_corpus5
import dedup_corpus6
import dedup_corpus31
import dedup_corpus33
import dedup_corpus36
import dedup_corpus37
from halves import TUNE, half

RULES = ("_core_contained", "_spread", "_interleaved", "deleted", "_deleted_canonical", "_chars_clean")
NAMES = {"_core_contained": "core", "_spread": "spread", "_interleaved": "interleaved", "deleted": "deleted",
         "_deleted_canonical": "deleted_canon", "_chars_clean": "chars"}  # fmt: skip


class Tracer:
    """Wraps the rules and the collapse's steps; keeps one record per placed text."""

    def __init__(self) -> None:
        self.log: list[tuple[str, Any]] = []
        self.label: dict[int, tuple[Any, str]] = {}
        self.override: dict[tuple[str, str], str] = {}
        self.path: dict[str, str] = {}
        self.joined: dict[str, dict[str, Any]] = {}
        self.moves: list[str] = []
        self.night = 0
        self.depth = 0
        self.accepts: list[Any] | None = None
        self.bridges: list[Any] = []
        self.last_rehome: Any = ("?", "?")
        self.watch: set[str] = set()
        self.names: dict[int, tuple[str, Any]] = {}

    def install(self) -> None:
        v = importlib.import_module("cleaner.dedup.verify")
        c = importlib.import_module("cleaner.dedup.collapse")
        p_default = importlib.import_module("cleaner.dedup.params").DedupParams()
        core_least = p_default.core_containment
        for name in RULES:
            orig = getattr(v, name)

            def wrapped(*a: Any, _o: Any = orig, _n: str = name, **k: Any) -> Any:
                out = _o(*a, **k)
                self.log.append((_n, out))
                return out

            setattr(v, name, wrapped)
        compare = v.compare

        def traced(cand: Any, canon: Any, params: Any, **k: Any) -> Any:
            mark = len(self.log)
            out = compare(cand, canon, params, **k)
            got = self.log[mark:]
            del self.log[mark:]
            if out.accepted:
                small = min(cand.n_shingles, canon.n_shingles)
                big = small >= params.min_containment_shingles
                if out.jaccard >= params.jaccard or (big and max(out.contained, out.covers) >= params.containment):
                    rule = "plain"
                elif (
                    params.short_containment_shingles <= small < params.min_containment_shingles
                    and max(out.contained, out.covers) >= params.short_containment
                ):
                    rule = "short"
                else:
                    hits = [NAMES[n] for n, r in got if (r >= core_least if n == "_core_contained" else bool(r))]
                    rule = "deleted_canon" if "deleted_canon" in hits else hits[0] if hits else "?"
                self.label[id(out)] = (out, rule)
                if self.accepts is not None and rule in self.watch:
                    names = (self.names.get(id(cand), ("?",))[0], self.names.get(id(canon), ("?",))[0])
                    stats = gap_stats(cand, canon, params) if rule == "deleted" else gap_stats(canon, cand, params)
                    clean: list[bool] = []
                    if cand.chars is not None and canon.chars is not None:
                        cd = v._chars_clean(cand, canon, params, (out.contained, out.covers), clean)
                        stats = {"chars": int(cd), "clean": clean[-1] if clean else "-", **stats}
                    else:
                        stats = {"chars": "none", **stats}
                    self.accepts.append((names, rule, out, stats))
            return out

        v.compare = traced
        self.compare0 = traced
        self._evidence_names(c)
        c.compare = traced
        run = c._Run
        for meth, tag in (("_cut_short", "cut"), ("_on_site", "sited")):
            orig = getattr(run, meth)

            def flag(s: Any, did: str, mine: Any, other: str, theirs: Any, _o: Any = orig, _t: str = tag) -> Any:
                out = _o(s, did, mine, other, theirs)
                if out:
                    self.override[(s.placing, other)] = _t
                return out

            setattr(run, meth, flag)
        unchromed = run._unchromed

        def unchr(s: Any, did: str, theirs: Any) -> Any:
            out = unchromed(s, did, theirs)
            if out is not None and out.accepted:
                self.override[(s.placing, "*")] = "unchromed"
            return out

        run._unchromed = unchr
        for meth in ("_by_member", "_by_former", "_back"):
            orig = getattr(run, meth)

            def path(s: Any, *a: Any, _o: Any = orig, _m: str = meth, **k: Any) -> Any:
                out = _o(s, *a, **k)
                if out is not None:
                    self.path[s.placing] = {"_by_member": "member", "_by_former": "former", "_back": "back"}[_m]
                return out

            setattr(run, meth, path)
        place, join = run.place, run._join

        def placed(s: Any, pos: int, did: str) -> None:
            self.path.pop(did, None)
            self.joined[did] = {"path": "start", "night": self.night}
            place(s, pos, did)

        def joined(s: Any, did: str, sk: Any, kept: Any, v_: Any, sid: str, superseded: list[str]) -> None:
            rule = self.label.get(id(v_), (None, None))[1]
            if rule is None:
                rule = next((t for (p, o), t in self.override.items() if p == did), "?")
            self.joined[did] = {
                "path": self.path.get(did, "canon"), "rule": rule, "story": sid, "canon": s.entry(sid).doc_id,
                "v": (round(v_.jaccard, 2), round(v_.contained, 2), round(v_.covers, 2)),
                "night": self.night, "sup": bool(superseded),
            }  # fmt: skip
            join(s, did, sk, kept, v_, sid, superseded)

        run.place, run._join = placed, joined
        move, absorb, split_off = run._move, run._absorb, run._split_off

        def moved(s: Any, m: Any, other: str, home: str, v_: Any) -> None:
            self.moves.append(f"n{self.night} offer {m.doc_id}: {other} -> {home} ({v_.similarity:.2f})")
            move(s, m, other, home, v_)

        def absorbed(s: Any, home: str, gone: str) -> None:
            by = sys._getframe(1).f_code.co_name
            if by == "rehome":
                by += f" {self.last_rehome}"
                self.bridges.append((self.last_rehome[1], s.new[home].doc_id, s.new[gone].doc_id, by))
            if by == "_bridge":
                by += f" placing {s.placing} " + self.why_bridge(s, home, gone)
                self.bridges.append((s.placing, s.new[home].doc_id, s.new[gone].doc_id, by))
            self.moves.append(f"n{self.night} absorb {gone} -> {home} by {by}")
            absorb(s, home, gone)

        def splitoff(s: Any, sid: str, dids: list[str]) -> None:
            self.moves.append(f"n{self.night} split {sid}: {dids}")
            split_off(s, sid, dids)

        run._move, run._absorb, run._split_off = moved, absorbed, splitoff
        accepts = run._accepts

        def acc(s: Any, mine: Any, own_list: int, copy: Any) -> bool:
            out = accepts(s, mine, own_list, copy)
            if out:
                w = self.compare0(mine, copy, s.params)
                self.last_rehome = (
                    self.names.get(id(mine), ("?",))[0],
                    self.names.get(id(copy), ("?",))[0],
                    self.label.get(id(w), (0, "-"))[1],
                    round(w.contained, 2),
                    round(w.covers, 2),
                )
            return out

        run._accepts = acc
        collapsed = c._collapsed

        def depth(*a: Any, **k: Any) -> Any:  # (the inner collapses of split / unframe are not recorded)
            keep = self.joined, self.moves, self.path
            if self.depth:
                self.joined, self.moves, self.path = {}, [], {}
            self.depth += 1
            try:
                return collapsed(*a, **k)
            finally:
                self.depth -= 1
                self.joined, self.moves, self.path = keep

        c._collapsed = depth

    def _evidence_names(self, c: Any) -> None:
        """Evidence objects made for a text or a stored entry, by the id of their text."""
        sk_ev = c.sketch_evidence

        def named(sk: Any) -> Any:
            out = sk_ev(sk)
            self.names[id(out)] = (sk.doc_id, out)
            return out

        c.sketch_evidence = named
        ix = importlib.import_module("cleaner.dedup.index")
        for cls in (ix.StoryEntry, ix.CopyEntry):
            orig = cls.as_evidence

            def as_ev(e: Any, _o: Any = orig) -> Any:
                out = _o(e)
                self.names[id(out)] = (e.doc_id, out)
                return out

            cls.as_evidence = as_ev

    def why_bridge(self, s: Any, x: str, y: str) -> str:
        """Which of :meth:`_Run._bridge`'s tests joined stories ``x`` and ``y``."""
        v = importlib.import_module("cleaner.dedup.verify")
        c = importlib.import_module("cleaner.dedup.collapse")
        mine = v.sketch_evidence(s.sketch_of[s.placing])
        a, b = s.new[y].as_evidence(), s.new[x].as_evidence()
        ay, bx = s.new[y].doc_id, s.new[x].doc_id
        out = []
        if y in s.cut or x in s.cut:
            out.append("cut")
        for name, test in (
            ("related", lambda: s._related(ay, a, bx, b)), ("framed", lambda: v.framed_copy(mine, a, b, s.params)),
            ("part_of", lambda: s._part_of(mine, y, a, x, b)),
            ("larger_part", lambda: s._larger_part(mine, y, a, x, b)),
            ("related'", lambda: s._related(bx, b, ay, a)), ("part_of'", lambda: s._part_of(mine, x, b, y, a)),
            ("larger_part'", lambda: s._larger_part(mine, x, b, y, a)),
        ):  # fmt: skip
            try:
                if test():
                    out.append(name)
            except Exception as exc:
                out.append(f"{name}:{type(exc).__name__}")
        del c
        for holder, other, oid in ((x, a, y), (y, b, x)):
            hv = s.accepted.get(holder)
            if hv is None or hv.contained < s.params.member_similarity:
                continue
            back = self.compare0(other, mine, s.params)
            out.append(
                f"[holder {s.new[holder].doc_id}: back={int(back.accepted)}/{back.contained:.2f} "
                f"listed={int(s._listed_back(oid, other, mine, back))} "
                f"delcopy={int(v.deleted_copy(mine, other, s.params))} "
                f"cut={int(s._cut_short(s.new[oid].doc_id, other, s.placing, mine))}]"
            )
        for z, ev in ((y, a), (x, b)):
            w = self.compare0(mine, ev, s.params)
            out.append(f"{s.placing}->{s.new[z].doc_id} {self.label.get(id(w), (0, '-'))[1]} "
                       f"({w.jaccard:.2f},{w.contained:.2f},{w.covers:.2f})")  # fmt: skip
        return " ".join(out)


def gap_stats(a: Any, b: Any, p: Any) -> dict[str, Any]:
    """:func:`cleaner.dedup.verify.deleted`'s gaps of ``a`` (the copy) against ``b``, counted: gaps on the in-order
    path, deletion sites (``b`` holds more), ties (as many tokens on both sides, ``a`` holding own hashes there),
    ``a`` longer, and the tokens ``a`` holds beyond ``b``."""
    v = importlib.import_module("cleaner.dedup.verify")
    a, b = v._aligned(a, b, p.sample_mod)
    ua, ub, _ = v._shared_distinct(a, b)
    in_b, in_a = v._flags(a.hashes, ub, a.sampled), v._flags(b.hashes, ua, b.sampled)
    ia, ib, shared = v._in_order_path(a, in_b, b, in_a)
    pa, pb = a.positions.tolist(), b.positions.tolist()
    out: dict[str, Any] = {"sampled": int(a.sampled), "sites": 0, "ties": 0, "longer": 0, "excess": 0, "own_gaps": 0,
                           "path": len(ia), "shared": shared}  # fmt: skip
    for n in range(len(ia) - 1):
        i1, i2, j1, j2 = ia[n], ia[n + 1], ib[n], ib[n + 1]
        ga, gb = pa[i2] - pa[i1], pb[j2] - pb[j1]
        own = i2 - i1 > 1 or j2 - j1 > 1
        if not own:
            continue
        out["own_gaps"] += 1
        unit = p.sample_mod if a.sampled else 1
        own = min(ga, in_b[i1 + 1 : i2].count(0) * unit)
        out.setdefault("g", []).append((ga, gb, own))
        out["span"] = pa[ia[-1]] - pa[ia[0]]
        for t in (8, 12, 20):
            if own > t:
                out[f"blk{t}"] = out.get(f"blk{t}", 0) + own
        if gb > ga:
            out["sites"] += 1
        elif ga == gb:
            out["ties"] += 1
        else:
            out["longer"] += 1
            out["excess"] += ga - gb
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--corpus", choices=("dedup33", "dedup5", "dedup36", "dedup37", "dedup31", "dedup6", "dedup4",
                                         "dedup", "dedup2", "dedup3"), default="dedup37")  # fmt: skip
    ap.add_argument("--seeds", required=True, help="comma-separated dev seeds")
    ap.add_argument("--nights", type=int, default=0)
    ap.add_argument("--text", type=int, default=0, help="print this many characters of each text")
    ap.add_argument("--bridges", action="store_true", help="list every pair of stories _bridge joined, with truth")
    ap.add_argument("--accepts", default="", help="list every pair these rules accepted (comma-separated), with truth")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401
    from cleaner.dedup import collapse
    from cleaner.document import Document

    gens: dict[str, Any] = {"dedup33": dedup_corpus33, "dedup5": dedup_corpus5, "dedup36": dedup_corpus36,
                            "dedup37": dedup_corpus37, "dedup31": dedup_corpus31, "dedup6": dedup_corpus6}  # fmt: skip
    tr = Tracer()
    tr.install()
    if args.accepts:
        tr.watch = set(args.accepts.split(","))
    for seed in args.seeds.split(","):
        tr.joined.clear(), tr.moves.clear(), tr.override.clear(), tr.label.clear(), tr.names.clear()
        tr.accepts = [] if args.accepts else None
        if args.nights:
            with_nights = dedup_corpus37.build_nights(Path(args.data), seed)
            docs = [d for d, _ in with_nights]
            nights = [min(n, args.nights - 1) for _, n in with_nights]
            pred = _nights(tr, docs, nights, args.nights)
        else:
            docs = _build(args.corpus, gens, Path(args.data), seed)
            nights = [0] * len(docs)
            res = collapse([Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)])
            pred = {s.doc_id: st.id for st in res.stories for s in st.sources}
        if args.bridges:
            for placing, home, gone, by in tr.bridges:
                st = {docs[int(d[1:])].story for d in (placing, home, gone)}
                if TUNE in (docs[int(home[1:])].half, docs[int(gone[1:])].half):
                    print(seed, "OK " if len(st) == 1 else "BAD", by)
            tr.bridges.clear()
            continue
        if tr.accepts is not None:
            _accepts(tr.accepts, docs, seed)
            continue
        clusters: dict[str, list[int]] = defaultdict(list)
        for i, d in enumerate(docs):
            if d.half == TUNE:
                clusters[pred[f"d{i}"]].append(i)
        for cid, members in sorted(clusters.items()):
            labels = {docs[i].story for i in members}
            if len(labels) < 2:
                continue
            print(f"== {seed} cluster {cid}: {len(members)} texts, stories {sorted(labels)}")
            for i in members:
                d, j = docs[i], tr.joined.get(f"d{i}", {})
                how = " ".join(f"{k}={j[k]}" for k in ("path", "rule", "canon", "v", "sup") if k in j)
                print(f"  d{i} n{nights[i]} {d.story} {d.kind} {d.group} len {len(d.text)}: {how}")
                if args.text:
                    print("     | " + d.text[: args.text].replace("\n", " / "))
            ids = {f"d{i}" for i in members}
            for m in tr.moves:
                if any(f"{x}:" in m or f"{x} " in m or m.endswith(x) or f"'{x}'" in m for x in ids):
                    print("  move", m)


def _build(corpus: str, gens: dict[str, Any], data: Path, seed: str) -> list[Any]:
    """The corpus's documents with their half (the bench's corpora: seed an int)."""
    if corpus in gens:
        return list(gens[corpus].build(data, seed))
    if corpus == "dedup4":
        return list(dedup_corpus4.build(data, int(seed)))
    import bench_dedup

    docs = bench_dedup.load_corpus(corpus, data, int(seed))
    name = bench_dedup.split_name(corpus)
    return [dedup_corpus4.Doc(d.text, d.story, half(name, d.source), d.kind, d.group) for d in docs]


def _accepts(accepts: list[Any], docs: list[Any], seed: str) -> None:
    seen = set()
    for (x, y), rule, v, st in accepts:
        if not (x.startswith("d") and y.startswith("d")) or (x, y) in seen:
            continue
        seen.add((x, y))
        dx, dy = docs[int(x[1:])], docs[int(y[1:])]
        if TUNE not in (dx.half, dy.half):
            continue
        same = dx.story == dy.story and dx.kind != "neg"
        print(f"{seed} {'OK ' if same else 'BAD'} {rule:13s} {x} {dx.kind[:28]:28s} {y} {dy.kind[:28]:28s} "
              f"v=({v.jaccard:.2f},{v.contained:.2f},{v.covers:.2f}) "
              + " ".join(f"{k}={n}" for k, n in st.items() if k != "g") + f" g={st.get('g')}")  # fmt: skip


def _nights(tr: Tracer, docs: list[Any], nights: list[int], count: int) -> dict[str, str]:
    import tempfile

    from cleaner.dedup import collapse
    from cleaner.document import Document
    from cleaner.state import export_state, open_state

    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "state.db"
        for n in range(count):
            tr.night = n
            batch = [Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs) if nights[i] == n]
            with open_state(state) as index:
                collapse(batch, index=index)
                index.save()
        story_of: dict[str, str] = {}
        for rec in export_state(state):
            for s in rec["sources"]:
                story_of[s["doc_id"]] = rec["id"]
    return {f"d{i}": story_of.get(f"d{i}", f"lost{i}") for i in range(len(docs))}


if __name__ == "__main__":
    main()
