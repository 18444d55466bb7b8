"""cleaner: web-scraped article dumps in, one clean canonical text per story out.

::

    import cleaner

    docs = cleaner.clean_text(text, source="dump.txt")      # text dump → cleaned pages
    items = cleaner.clean_dump(text, source="dump.txt")     # the same, with the rejected pages as Rejects
    doc = cleaner.extract_html(html, url=url)               # HTML page → main text + metadata
    stories = cleaner.collapse(docs).stories                 # near-duplicates → one story each
    report = cleaner.run(["dumps/"], "out/")                 # what `cleaner run` does
    cleaner.run("dumps/", "out/", options=cleaner.RunOptions(format="parquet", audit=True))
    cleaner.fetch(cleaner.read_url_list("urls.txt"), "dumps/")   # URLs → WARC
"""

from typing import TYPE_CHECKING, Any

from cleaner import _build
from cleaner._version import __version__ as __version__
from cleaner.dedup import CollapseResult, DedupIndex, DedupParams, MemoryIndex, collapse
from cleaner.document import Document, Reject, Source
from cleaner.errors import CleanerError, InputTooLarge, RulesError, StateError, UsageError
from cleaner.extraction import extract_html
from cleaner.input.readers import read_dumps
from cleaner.pipeline import Report, RunOptions, RunResult, process, run
from cleaner.rules import Rules, load_rules
from cleaner.text.textclean import clean_dump, clean_text

if TYPE_CHECKING:
    from cleaner.crawler import FetchOptions, FetchReport, fetch, read_url_list

__all__ = [
    "CleanerError",
    "CollapseResult",
    "DedupIndex",
    "DedupParams",
    "Document",
    "FetchOptions",
    "FetchReport",
    "InputTooLarge",
    "MemoryIndex",
    "Reject",
    "Report",
    "Rules",
    "RulesError",
    "RunOptions",
    "RunResult",
    "Source",
    "StateError",
    "UsageError",
    "clean_dump",
    "clean_text",
    "collapse",
    "compiled",
    "extract_html",
    "fetch",
    "load_rules",
    "process",
    "read_dumps",
    "read_url_list",
    "run",
]


compiled: tuple[str, ...] = _build.compiled_modules()
"""The modules that run compiled (mypyc or C; empty when the package runs as pure Python: ``CLEANER_PURE=1``
at install, or no C compiler then). ``cleaner --version`` shows it."""
_build.check(compiled)

_LAZY = {"FetchOptions", "FetchReport", "fetch", "read_url_list"}
"""The crawler's names load on first use: `import cleaner` does not need httpx."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import cleaner.crawler

        return getattr(cleaner.crawler, name)
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _LAZY)
