"""Packaged JSON Schema of the output records: ``importlib.resources.files("cleaner.schema") / "story.schema.json"``."""
