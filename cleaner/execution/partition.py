"""Candidate generation partitioned by band key: the grouping step of the collapse, spread over workers.

The collapse's grouping finds, for each text, the texts that share an LSH band
key with it. On one machine a dictionary ``band key → ids`` on the driver does
it; for tens of millions of texts that dictionary (≈ 60 band keys per text)
outgrows the driver. This module does it as map → shuffle → reduce on any
:class:`cleaner.execution.executor.Executor`:

1. **map** (per shard of ``(id, band keys)``): emit ``(key, id)`` into
   partition ``key % partitions`` (band keys are already uniform 63-bit hashes);
2. **shuffle**: partition ``p`` gathers its pairs from every shard;
3. **reduce** (per partition): sort by key; every bucket of two or more ids
   gives its candidate pairs (all pairs, or a star to the bucket's smallest id
   when only connectivity is needed); a bucket of more than ``max_bucket`` ids
   is a shared template or boilerplate, not a story, and is counted and skipped;
4. **merge** on the driver: the union of the partitions' pairs, sorted — the
   same whatever the number of workers or partitions.

With a nightly state, the stories it holds come in as ``known=``: they pair
with this run's texts, never with each other, and the state can hand each
partition only its own band keys (``key % partitions``), so the driver keeps
owning the state while workers see only the keys they need.

The result is a list of edges for the verifier (which pairs to compare) or for
:func:`components` (union-find). The collapse in :mod:`cleaner.dedup` can take
its candidates from here instead of its in-memory band index; its
most-complete-first, compare-with-canonical merge then runs over these edges
on the driver, which holds while the edges are far fewer than the documents
(see the README's "Scaling out").

The shuffle goes through the driver (results of ``executor.map``); with Ray the
map tasks could hand their partitions straight to the reduce tasks as object
references, which keeps the driver out of the data path.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import combinations

from cleaner.execution.executor import Executor, SerialExecutor, chunksize_for

__all__ = ["Candidates", "band_candidates", "components"]

Keyed = tuple[str, Sequence[int]]
"""``(id, band keys)`` of one text."""


@dataclass(slots=True)
class Candidates:
    pairs: list[tuple[str, str]] = field(default_factory=list)
    """Candidate pairs ``(a, b)`` with ``a < b``, sorted, each once."""
    buckets: int = 0
    """Band keys shared by two or more ids."""
    skipped_buckets: int = 0
    """Buckets larger than ``max_bucket`` (not expanded into pairs)."""
    largest_bucket: int = 0


def _map_shard(shard: list[tuple[Keyed, bool]], partitions: int) -> list[list[tuple[int, bool, str]]]:
    out: list[list[tuple[int, bool, str]]] = [[] for _ in range(partitions)]
    for (doc_id, keys), known in shard:
        for k in set(keys):
            out[k % partitions].append((k, known, doc_id))
    return out


Reduced = tuple[list[tuple[str, str]], int, int, int]
"""A partition's (pairs, buckets, skipped buckets, largest bucket)."""


def _reduce_partition(entries: list[tuple[int, bool, str]], star: bool, max_bucket: int) -> Reduced:
    entries.sort()
    edges: set[tuple[str, str]] = set()
    buckets = skipped = largest = 0
    i = 0
    while i < len(entries):
        j = i
        key = entries[i][0]
        while j < len(entries) and entries[j][0] == key:
            j += 1
        known = {d for _, k, d in entries[i:j] if k}
        new = {d for _, k, d in entries[i:j] if not k} - known
        i = j
        ids = sorted(new | known)
        if len(ids) < 2 or not new:
            continue  # pairs of two known ids were found by an earlier run
        buckets += 1
        largest = max(largest, len(ids))
        if len(ids) > max_bucket:
            skipped += 1
            continue
        if star:
            edges.update((ids[0], b) for b in ids[1:] if not (ids[0] in known and b in known))
        else:
            edges.update((a, b) for a, b in combinations(ids, 2) if a in new or b in new)
    return sorted(edges), buckets, skipped, largest


def _reduce_job(item: tuple[list[tuple[int, bool, str]], bool, int]) -> Reduced:
    return _reduce_partition(*item)


def band_candidates(
    items: Iterable[Keyed],
    *,
    known: Iterable[Keyed] = (),
    executor: Executor | None = None,
    partitions: int = 64,
    star: bool = False,
    max_bucket: int = 1000,
    shard_size: int | None = None,
) -> Candidates:
    """Pairs of ids sharing at least one band key (see the module doc).

    ``known``: ``(story id, band keys)`` already in the state (an earlier run). They pair with the new
    ``items`` but not with each other; a state can export them per partition (``key % partitions``), so
    each reducer gets only the band keys it needs and the state itself stays on the driver.
    ``star=True`` gives, per bucket, only the edges from its smallest id: the same connected components with
    ``n - 1`` edges instead of ``n (n - 1) / 2``.
    """
    ex: Executor = executor if executor is not None else SerialExecutor()
    tagged = [(it, False) for it in items] + [(it, True) for it in known]
    partitions = max(1, partitions)
    size = shard_size or max(1, min(10_000, chunksize_for(len(tagged), ex.workers, cap=10_000)))
    shards = [tagged[i : i + size] for i in range(0, len(tagged), size)]
    parts: list[list[tuple[int, bool, str]]] = [[] for _ in range(partitions)]
    for mapped in ex.map(partial(_map_shard, partitions=partitions), shards):
        for p, chunk in enumerate(mapped):
            parts[p].extend(chunk)
    res = Candidates()
    edges: set[tuple[str, str]] = set()
    jobs = [(part, star, max_bucket) for part in parts if part]
    for pairs, buckets, skipped, largest in ex.map(_reduce_job, jobs):
        edges.update(pairs)
        res.buckets += buckets
        res.skipped_buckets += skipped
        res.largest_bucket = max(res.largest_bucket, largest)
    res.pairs = sorted(edges)
    return res


def components(ids: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find over ``pairs``: each id → the smallest id of its connected component."""
    parent: dict[str, str] = {i: i for i in ids}

    def find(x: str) -> str:
        root = x
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            parent[rb] = ra
    return {i: find(i) for i in parent}
