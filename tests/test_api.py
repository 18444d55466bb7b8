"""The public API stays small and honest: __all__ is sorted and every name in it exists."""

from __future__ import annotations

from pathlib import Path

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


def test_process_takes_one_path_or_paths_and_names_what_is_not_one(tmp_path: Path) -> None:
    """``process("dumps")`` reads the folder (it read the characters "d", "u", … as paths and said they did not
    exist); a Document given where paths go is a TypeError that points to ``collapse``."""
    import pytest

    body = "今天的新闻正文，内容足够长，用来测试读取一个文件夹。" * 3
    (tmp_path / "a.txt").write_text(f"标题\n{body}\n", encoding="utf-8")
    for given in (str(tmp_path), tmp_path, [tmp_path]):
        assert cleaner.process(given).report.files == 1
    with pytest.raises(TypeError, match=r"not Document: cleaner\.collapse\(\)"):
        cleaner.process([cleaner.Document(id="a", text="x" * 40)])  # type: ignore[list-item]


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


def test_library_entry_points_are_bounded_as_the_pipeline_is() -> None:
    """``clean_text`` had no page-size limit (1 M lines: 19.6 s, 885 MB; a 1 GB string took what it took) where
    ``cleaner run`` rejects a file over the byte budget and a page over 4 M characters (hostile15's "left"). Now
    ``clean_text`` / ``clean_dump`` / ``extract_html`` raise ``InputTooLarge`` past the budget before any work,
    ``clean_dump`` returns the pipeline's ``too_large`` / ``line_too_long`` rejects and ``clean_text`` leaves those
    pages out, and ``collapse`` keeps its documented bound (a text over 4 M characters unsketched, in
    ``too_large``). Run in a child under a 1.5 GB address-space limit and a timeout: a regression fails, not the
    machine."""
    import subprocess
    import sys
    from pathlib import Path

    code = r"""if True:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (1500 << 20, 1500 << 20))
        import cleaner
        from cleaner.input.base import MAX_INPUT_BYTES
        from cleaner.text.textclean import MAX_PAGE_CHARS, clean_dump

        huge = "中" * (MAX_INPUT_BYTES + 1)
        for call in (lambda: cleaner.clean_text(huge), lambda: clean_dump(huge), lambda: cleaner.extract_html(huge),
                     lambda: cleaner.extract_html(huge.encode()[: MAX_INPUT_BYTES + 1])):
            try:
                call()
            except cleaner.InputTooLarge as exc:
                assert isinstance(exc, ValueError) and exc.limit == MAX_INPUT_BYTES and exc.size > exc.limit
                print("raised", exc.size)
            else:
                raise AssertionError("no InputTooLarge")
        del huge
        para = "新华社北京电 国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长。"
        one_page = "\n".join([para] * (MAX_PAGE_CHARS // len(para) + 10))  # one page just over the limit
        assert cleaner.clean_text(one_page) == []
        (rej,) = clean_dump(one_page, source="big.txt")
        assert (rej.reason, rej.path) == ("too_large", "big.txt") and "after cleaning" in rej.detail, rej
        rej, *rest = clean_dump(para + "\n" + "字句" * 500_001, source="line.txt")  # (not one character: a run goes)
        assert rej.reason == "line_too_long" and rej.detail.startswith("line 2:"), rej  # (the rest is cleaned)
        assert all(getattr(r, "reason", "") != "line_too_long" for r in rest)
        ok = cleaner.clean_text(para * 3 + "\n" + para * 2)
        assert len(ok) == 1
        print("ok")
    """
    child = subprocess.run(
        [sys.executable, "-c", code], cwd=Path(__file__).parent.parent, capture_output=True, text=True, timeout=300
    )
    assert child.returncode == 0, child.stderr[-3000:]
    assert child.stdout.split() == ["raised", "67108865"] * 4 + ["ok"]
