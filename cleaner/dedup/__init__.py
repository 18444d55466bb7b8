"""Near-duplicate collapse: one canonical text per story, with every copy in its sources.

::

    from cleaner.dedup import collapse
    result = collapse(docs)                  # docs: Iterable[cleaner.Document]
    for story in result.stories: ...         # Documents: id = story id, sources = every copy

Only this package imports jieba, rjieba, datasketch and opencc.
"""

from cleaner.dedup.collapse import CollapseResult, collapse, collapse_docs
from cleaner.dedup.index import DedupIndex, MemoryIndex, StoryEntry
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import Sketch, sketch_text
from cleaner.dedup.verify import Evidence, Verdict, compare

__all__ = [
    "CollapseResult",
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
    "sketch_text",
]
