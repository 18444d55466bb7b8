"""Near-duplicate collapse: one canonical text per story, with every copy in its sources.

::

    from cleaner.dedup import collapse
    result = collapse(docs)                  # docs: Iterable[cleaner.Document] (cleaned plain text)
    for story in result.stories: ...         # Documents: id = story id, text = most complete copy,
                                             # sources = every copy (similarity, doc_id)
    result.counts()                          # documents, exact/near duplicates, candidates, rejected, ...

    collapse(docs, params=DedupParams(...), executor=make_executor(4), index=state)

- map (batches of distinct texts, on the executor): :func:`sketch_batch` → one :class:`Sketch` per text
  (band keys, window keys, evidence; no text), the same as :func:`sketch_text` text by text;
- group: most complete text first, candidate stories by band keys from the index;
- verify against each candidate story's canonical only (:func:`compare`): no chaining;
- merge: join the best accepted story or start one; restore words the canonical dropped.

The state is a :class:`DedupIndex` (protocol; :class:`MemoryIndex` by default). Pass the
same index to later runs and copies of known stories are recorded, not emitted again
(``result.updates`` carries stories whose canonical a more complete copy replaced).
:meth:`DedupParams.fingerprint` names everything that makes stored signatures comparable.

Only this package imports jieba, rjieba, datasketch and opencc.
"""

from cleaner.dedup.collapse import CollapseResult, collapse, collapse_docs
from cleaner.dedup.index import CopyEntry, DedupIndex, MemoryIndex, StoryEntry
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import Sketch, sketch_batch, sketch_text
from cleaner.dedup.verify import Evidence, Verdict, compare

__all__ = [
    "CollapseResult",
    "CopyEntry",
    "DedupIndex",
    "DedupParams",
    "Evidence",
    "MemoryIndex",
    "Sketch",
    "StoryEntry",
    "Verdict",
    "collapse",
    "collapse_docs",
    "compare",
    "sketch_batch",
    "sketch_text",
]
