"""The record type: its JSON form."""

from __future__ import annotations

from dataclasses import asdict, fields

from cleaner.document import Document, Source


def test_source_to_json_is_asdict() -> None:
    src = Source(path="a/b.txt", record=3, segment=1, url="http://x.example/", similarity=0.75, doc_id="0123")
    assert src.to_json() == asdict(src)
    assert list(src.to_json()) == [f.name for f in fields(Source)]  # a new field must be added to to_json too


def test_document_to_json_lists_sources() -> None:
    doc = Document(text="正文", id="s1", title="标题", meta={"b": "2", "a": "1"}, sources=[Source(path="p")])
    out = doc.to_json()
    assert out["sources"] == [asdict(Source(path="p"))]
    assert list(out["meta"]) == ["a", "b"]
