"""The package's version and distribution name, in one place (no imports: every module may use it)."""

__version__ = "0.2.0"
DISTRIBUTION = "story-cleaner"
"""The name on the package index (``pip install story-cleaner``); the import name and the command stay ``cleaner``
(the index name ``cleaner`` belongs to an unrelated project)."""
