"""Stories as Parquet (``--format parquet``; ``pip install 'story-cleaner[parquet]'``).

The schema is what DuckDB, pandas and Hugging Face ``datasets`` read without hints:

- ``id``, ``title``, ``text``: string; ``url``: string, null when unknown;
- ``published``: the story's ``meta.published`` as ISO 8601 (``2017-03-18`` or ``2017-03-18T10:20:00``) where it
  parses, else null (the raw value stays in ``meta``);
- ``meta``: a struct with one string field per meta key of the file, its name with every character other than
  ``[A-Za-z0-9_]`` made ``_`` (no dots: they read as struct paths in SQL engines); null where a story lacks it;
- ``sources``: a list of structs, one field per key of the JSONL source entries: integers as int64, floats as
  float64, strings as string, and nested objects (``extra``) as a JSON string;
- any other top-level key of the records: the same rule.

pyarrow is imported here only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cleaner.output import atomic_open

__all__ = ["iso_date", "meta_field", "write_parquet"]

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*T?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)
_NOT_NAME = re.compile(r"[^A-Za-z0-9_]")
_SOURCE_KEYS = {"path": "str", "record": "int", "segment": "int", "url": "str", "similarity": "float", "doc_id": "str"}
"""Every source entry has these (``cleaner.Source``): their columns exist even in an empty file."""


def iso_date(value: str | None) -> str | None:
    """The first date (and time) in ``value`` as ISO 8601, or None."""
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    day = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"] is None:
        return day
    hh, mm, ss = int(m["H"]), int(m["M"]), int(m["S"] or 0)
    if hh > 23 or mm > 59 or ss > 59:
        return day
    return f"{day}T{hh:02d}:{mm:02d}:{ss:02d}"


def meta_field(key: str) -> str:
    """A meta key as a Parquet struct field name."""
    return _NOT_NAME.sub("_", key) or "_"


def _kind(values: Iterable[Any]) -> str:
    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return "str"
    if kinds <= {bool}:
        return "bool"
    if kinds <= {int}:
        return "int"
    if kinds <= {int, float}:
        return "float"
    if kinds <= {str}:
        return "str"
    return "json"


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    return {"bool": pa.bool_(), "int": pa.int64(), "float": pa.float64()}.get(kind, pa.string())


def _cast(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "float":
        return float(value)
    return value


def write_parquet(path: str | Path, records: Iterable[dict[str, Any]]) -> int:
    """Write story records (``Document.to_json()``) as one Parquet file, atomically; returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(records)
    meta_keys = sorted({meta_field(k) for r in rows for k in (r.get("meta") or {})})
    top_keys = [k for k in dict.fromkeys(k for r in rows for k in r) if k not in ("meta", "sources", "published")]
    src_keys = list(dict.fromkeys([*_SOURCE_KEYS, *(k for r in rows for s in r.get("sources") or [] for k in s)]))
    top_kind = {k: _kind(r.get(k) for r in rows) for k in top_keys}
    for k in ("id", "title", "text", "url"):
        top_kind[k] = "str"
    src_kind = {k: _kind(s.get(k) for r in rows for s in r.get("sources") or []) for k in src_keys}
    src_kind.update({k: v for k, v in _SOURCE_KEYS.items() if src_kind[k] == "str"})  # typed even when all null

    fields = [pa.field(k, _arrow_type(top_kind[k])) for k in top_keys]
    fields.append(pa.field("published", pa.string()))
    if meta_keys:  # Parquet has no empty struct
        fields.append(pa.field("meta", pa.struct([pa.field(k, pa.string()) for k in meta_keys])))
    fields.append(pa.field("sources", pa.list_(pa.struct([pa.field(k, _arrow_type(src_kind[k])) for k in src_keys]))))
    schema = pa.schema(fields)

    columns: dict[str, list[Any]] = {f.name: [] for f in fields}
    for r in rows:
        for k in top_keys:
            columns[k].append(_cast(r.get(k), top_kind[k]))
        meta = {meta_field(k): str(v) for k, v in (r.get("meta") or {}).items()}
        columns["published"].append(iso_date(meta.get("published")))
        if meta_keys:
            columns["meta"].append({k: meta.get(k) for k in meta_keys})
        columns["sources"].append([{k: _cast(s.get(k), src_kind[k]) for k in src_keys} for s in r.get("sources") or []])
    table = pa.Table.from_pydict(columns, schema=schema)
    with atomic_open(path, "wb") as fh:
        pq.write_table(table, fh, compression="zstd")
    return len(rows)
