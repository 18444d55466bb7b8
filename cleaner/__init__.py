"""cleaner: web-scraped article dumps in, one clean canonical text per story out."""

from cleaner.document import Document, Reject, Source
from cleaner.errors import CleanerError, RulesError, StateError, UsageError
from cleaner.pipeline import Report, RunResult, process, run
from cleaner.readers import read_dumps
from cleaner.rules import Rules, load_rules
from cleaner.textclean import clean_text

__all__ = [
    "CleanerError",
    "Document",
    "Reject",
    "Report",
    "Rules",
    "RulesError",
    "RunResult",
    "Source",
    "StateError",
    "UsageError",
    "clean_text",
    "load_rules",
    "process",
    "read_dumps",
    "run",
]

__version__ = "0.1.0"
