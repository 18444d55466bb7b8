"""A story's title, url and meta are merged from all its copies; nights and the state keep them."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import cleaner
from cleaner.dedup import collapse
from cleaner.dedup.fields import StoryFields, copy_meta, merge_fields
from cleaner.document import Document, Source
from cleaner.pipeline import process_file
from cleaner.state import export_state
from tests.conftest import FIXTURES, SHARED

FIELDS = FIXTURES / "fields"
DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
URL = "https://news.example.com/city/2026/11/20/bus-stops.html"


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_merge_fields_canonical_first_then_copies_in_order() -> None:
    canon = Document("x", title="", url=None, meta={"origin": "甲报", "dedup.restored": "1"})
    a = Document("x", title="标题一", url=None, meta={"origin": "乙报", "published": "2026-01-02"})
    b = Document("x", title="标题二", url="https://b.example/", meta={"author": "张三", "published": "2026-01-03"})
    got = merge_fields(canon, [a, None, b])
    want = {"origin": "甲报", "published": "2026-01-02", "author": "张三"}
    assert got == StoryFields("标题一", "https://b.example/", want)
    assert copy_meta(b.meta, got) == {"published": "2026-01-03"}  # the conflicting value stays with its copy
    assert StoryFields.loads(got.dumps()) == got
    assert StoryFields.loads("not json") is None and not StoryFields()


def test_conflicting_titles_stay_with_their_sources() -> None:
    text = "第一段的内容足够长，用来说明同一个故事的两个副本。\n第二段继续讲述这个故事的细节，让正文更完整一些。" * 3
    a_url, b_url = "https://a.example/1", "https://b.example/2"
    docs = [
        Document(text + "\n补充的一段文字，让这个副本更完整。", id="", title="", sources=[Source("full.txt")]),
        Document(text, title="原标题", url=a_url, meta={"author": "李四"}, sources=[Source("a.html")]),
        Document(text, title="转载标题", url=b_url, meta={"author": "王五"}, sources=[Source("b.html")]),
    ]
    (story,) = collapse(docs).stories
    assert (story.title, story.url, story.meta) == ("原标题", a_url, {"author": "李四"})
    by_path = {s.path: s for s in story.sources}
    assert by_path["b.html"].title == "转载标题" and by_path["b.html"].meta == {"author": "王五"}
    assert by_path["a.html"].title == "原标题" and by_path["a.html"].meta == {}
    assert by_path["full.txt"].title == ""


def test_fixture_story_has_every_field_any_copy_had(tmp_path: Path) -> None:
    cleaner.run([FIELDS / "night1", FIELDS / "night2"], tmp_path, workers=1)
    (story,) = _jsonl(tmp_path / "stories.jsonl")
    assert story["title"] and story["url"] == URL
    meta = story["meta"]
    assert isinstance(meta, dict) and meta["published"].startswith("2026-11-20")
    sources = story["sources"]
    assert isinstance(sources, list)
    assert sources[0]["path"].endswith("full.txt") and sources[0]["title"] == ""  # the canonical copy: no title
    assert {s["path"].rsplit("/", 1)[1]: s["title"] for s in sources}["page.html"] == story["title"]


def _copies_fields(path: Path) -> dict[tuple[str, int, int], Document]:
    return {s.key(): d for d in process_file(str(path)) if isinstance(d, Document) for s in d.sources}


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here (or set CLEANER_SHARED)")
def test_html_and_gold_text_mix_loses_no_title_url_or_date(tmp_path: Path) -> None:
    """Every shared HTML page and its plain-text gold copy in one folder, plus the fixture: no story lacks a title,
    URL or ``published`` that one of its copies had (before: 117 of 490 lost the title, 194 the date)."""
    for d in sorted(DATA.iterdir()):
        for page in sorted((d / "html").glob("*.html")) if (d / "html").is_dir() else ():
            gold = d / "gold" / f"{page.stem}.txt"
            if gold.is_file():
                shutil.copy(page, tmp_path / f"{d.name}_{page.stem}.html")
                shutil.copy(gold, tmp_path / f"{d.name}_{page.stem}.txt")
    for f in FIELDS.rglob("*.*"):
        if f.suffix != ".md":
            shutil.copy(f, tmp_path / f"fixture_{f.parent.name}_{f.name}")
    copies: dict[tuple[str, int, int], Document] = {}
    for f in sorted(tmp_path.iterdir()):
        copies.update(_copies_fields(f))
    result = cleaner.process([tmp_path], workers=1)
    lost = {"title": 0, "url": 0, "published": 0}
    with_html = 0
    for story in result.stories:
        mine = [copies[s.key()] for s in story.sources]
        with_html += any(s.path.endswith(".html") for s in story.sources)
        lost["title"] += any(c.title for c in mine) and not story.title
        lost["url"] += any(c.url for c in mine) and not story.url
        lost["published"] += any(c.meta.get("published") for c in mine) and not story.meta.get("published")
        assert all(s.title == copies[s.key()].title for s in story.sources)  # each source keeps its own title
    assert with_html > 400
    assert lost == {"title": 0, "url": 0, "published": 0}


def _has_at_least(later: dict[str, object], earlier: dict[str, object]) -> list[str]:
    """The fields ``earlier`` had that ``later`` lacks (empty: none)."""
    missing = [k for k in ("title", "url") if earlier[k] and not later[k]]
    old_meta, new_meta = earlier["meta"], later["meta"]
    assert isinstance(old_meta, dict) and isinstance(new_meta, dict)
    missing += [f"meta.{k}" for k, v in old_meta.items() if v and not new_meta.get(k)]
    return missing


def test_two_nights_updates_keep_every_field_of_the_first_night(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    cleaner.run([FIELDS / "night1"], tmp_path / "n1", state=state, workers=1)
    first = {s["id"]: s for s in _jsonl(tmp_path / "n1" / "stories.jsonl")}
    (story,) = first.values()
    assert story["title"] and story["url"] == URL and "published" in story["meta"]  # type: ignore[operator]
    cleaner.run([FIELDS / "night2"], tmp_path / "n2", state=state, workers=1)
    assert _jsonl(tmp_path / "n2" / "stories.jsonl") == []
    updates = _jsonl(tmp_path / "n2" / "updates.jsonl")
    assert [u["id"] for u in updates] == list(first)  # the longer text replaced the canonical
    for u in updates:
        assert _has_at_least(u, first[str(u["id"])]) == []
        sources = u["sources"]
        assert isinstance(sources, list) and len(sources) == 3
        titles = {s["path"].rsplit("/", 1)[1]: s["title"] for s in sources}
        assert titles == {"full.txt": "", "feed.jsonl": "", "page.html": story["title"]}
    (rec,) = export_state(state)
    assert (rec["title"], rec["url"]) == (story["title"], URL) and rec["meta"] == story["meta"]
    assert {s["title"] for s in rec["sources"]} == {"", story["title"]}


def test_the_state_spells_out_a_source_title_when_the_story_title_changes(tmp_path: Path) -> None:
    """A source that stored no title of its own (it was the story's) keeps it when a new canonical brings another."""
    from cleaner.state import open_state

    text = "第一段的内容足够长，用来说明同一个故事的两个副本。\n第二段继续讲述这个故事的细节，让正文更完整一些。" * 3
    with open_state(tmp_path / "s.db") as st:
        collapse([Document(text, title="旧标题", sources=[Source("a.txt")])], index=st)
        st.save()
    longer = Document(text + "\n补充的一段文字，让这个副本更完整。", title="新标题", sources=[Source("b.txt")])
    with open_state(tmp_path / "s.db") as st:
        (update,) = collapse([longer], index=st).updates
        st.save()
    assert update.title == "新标题"
    assert {s.path: s.title for s in update.sources} == {"a.txt": "旧标题", "b.txt": "新标题"}
    (rec,) = export_state(tmp_path / "s.db")
    assert {s["path"]: s["title"] for s in rec["sources"]} == {"a.txt": "旧标题", "b.txt": "新标题"}


def test_a_state_from_before_story_fields_is_migrated(tmp_path: Path) -> None:
    import sqlite3

    state = tmp_path / "state.db"
    cleaner.run([FIELDS / "night1"], tmp_path / "n1", state=state, workers=1)
    db = sqlite3.connect(state)  # as an older cleaner left it: no fields table, no source title/meta
    db.executescript("DROP TABLE fields; ALTER TABLE source DROP COLUMN title; ALTER TABLE source DROP COLUMN meta;")
    db.close()
    assert [r["title"] for r in export_state(state)] == [""]
    cleaner.run([FIELDS / "night2"], tmp_path / "n2", state=state, workers=1)
    (update,) = _jsonl(tmp_path / "n2" / "updates.jsonl")
    assert update["url"] == URL  # from the stored sources (night 1's title and date were never stored)
    (rec,) = export_state(state)
    assert rec["url"] == URL and len(rec["sources"]) == 3


def test_fields_with_a_lone_surrogate_are_stored(tmp_path: Path) -> None:
    from cleaner.state.sqlite import pack_fields, unpack_fields

    odd = StoryFields("标题\ud800", None, {"author": "某\udfff"})
    assert isinstance(pack_fields(odd), bytes) and unpack_fields(pack_fields(odd)) == odd
    plain = StoryFields("标题", "https://a.example/", {"published": "2026-01-02"})
    assert pack_fields(plain) == plain.dumps() and unpack_fields(pack_fields(plain)) == plain


def test_input_ids_and_extra_fields_survive_the_state(tmp_path: Path) -> None:
    """A JSONL record's own id and other fields stay on its source through a night, its update and an export."""
    night1 = tmp_path / "night1"
    shutil.copytree(FIELDS / "night1", night1)
    feed = night1 / "feed.jsonl"
    rec = json.loads(feed.read_text(encoding="utf-8").splitlines()[0])
    rec.update({"id": "rec-0001", "crawl_date": "2026-11-20", "lang": "zh"})
    feed.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    state = tmp_path / "state.db"
    cleaner.run([night1], tmp_path / "n1", state=state, workers=1)
    cleaner.run([FIELDS / "night2"], tmp_path / "n2", state=state, workers=1)
    (update,) = _jsonl(tmp_path / "n2" / "updates.jsonl")
    (exported,) = export_state(state)
    for record in (update, exported):
        sources = record["sources"]
        assert isinstance(sources, list)
        feed_src = next(s for s in sources if str(s["path"]).endswith("feed.jsonl"))
        assert feed_src["input_id"] == "rec-0001"
        assert feed_src["extra"]["crawl_date"] == "2026-11-20" and feed_src["extra"]["lang"] == "zh"
        others = [s for s in sources if not str(s["path"]).endswith("feed.jsonl")]
        assert all(s["input_id"] is None and s["extra"] == {} for s in others)
