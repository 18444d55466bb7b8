"""The public API stays small and honest: __all__ is sorted and every name in it exists."""

from __future__ import annotations

import cleaner


def test_all_is_sorted_and_exported() -> None:
    assert cleaner.__all__ == sorted(cleaner.__all__)
    for name in cleaner.__all__:
        assert getattr(cleaner, name) is not None, name
    public = {n for n in dir(cleaner) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(cleaner, n)).__name__ == "module"}
    assert public - modules - {"annotations", "TYPE_CHECKING", "Any"} == set(cleaner.__all__)


def test_one_record_type_through_the_stages() -> None:
    html = (
        "<html><body><article><p>"
        + "今天的新闻正文，内容足够长，用来测试抽取和合并的流程是否通畅。" * 3
        + "</p></article></body></html>"
    )
    doc = cleaner.extract_html(html, url="http://example.test/a")
    assert isinstance(doc, cleaner.Document)
    docs = cleaner.clean_text(doc.text, source="a") + cleaner.clean_text(doc.text, source="b")
    stories = cleaner.collapse(docs).stories
    assert len(stories) == 1 and isinstance(stories[0], cleaner.Document) and len(stories[0].sources) == 2


def test_collapse_names_an_item_that_is_not_a_document_with_text() -> None:
    import pytest

    from cleaner import Document

    for items, words in (
        (["a plain string"], "item 0 is a str"),
        ([Document(id="a", text="x" * 40), None], "item 1 is a NoneType"),
        ([Document(id="a", text=None)], "item 0 (id 'a') has a NoneType text"),  # type: ignore[arg-type]
        ([Document(id=7, text="x" * 40)], "has a int id"),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match=words.replace("(", r"\(").replace(")", r"\)")):
            cleaner.collapse(items)  # type: ignore[arg-type]


def test_none_fields_and_odd_byte_types_are_taken_as_empty_not_a_crash() -> None:
    # (collapse() raised AttributeError / TypeError from inside on meta=None or removed=None; extract_html read a
    # memoryview as no text, and raised ValueError for an encoding name holding a NUL, though it "never raises")
    import pytest

    from cleaner import Document, Source

    text = "国家统计局今天发布数据显示，前三季度国内生产总值同比增长百分之五点二，经济运行总体回升向好。" * 3
    odd = [Document(text, meta=None), Document(text + "又", removed=None, title=None, sources=None)]  # type: ignore[arg-type]
    res = cleaner.collapse(odd)
    assert len(res.stories) == 1 and res.stories[0].meta == {} and res.stories[0].title == ""
    with pytest.raises(TypeError, match="has a NoneType among its sources, not a Source"):
        cleaner.collapse([Document(text, sources=[Source("a"), None])])  # type: ignore[list-item]
    page = f"<html><body><article><p>{text}</p><p>{text}</p></article></body></html>".encode()
    assert cleaner.extract_html(memoryview(page)).text.startswith("国家统计局")
    assert cleaner.extract_html(page, encoding="utf-8\x00").text.startswith("国家统计局")
