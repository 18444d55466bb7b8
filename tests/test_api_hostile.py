"""The library API (`import cleaner`) under hostile inputs a user's pipeline passes: every call either returns its
input in the output, explains it (a reject with a reason, a field saying what was done) or raises a documented
exception (TypeError for a wrong type, named before any work); none hangs or crashes inside. Each probe runs in a
child process under a timeout and an address-space limit (RLIMIT_AS), so a regression fails instead of hanging
the suite or the machine (helper api26; the table is in docs/robustness.md)."""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import cleaner
from cleaner import Document
from cleaner.extraction.dom import MAX_DEPTH

PARA1 = "新华社北京电 国家统计局今天发布数据显示，前三季度国内生产总值同比增长百分之五点二。专家表示，经济运行平稳。"
PARA2 = "The city council voted on Tuesday to approve the new budget, which includes funds for schools and roads."
HTML = f"<html><head><title>T</title></head><body><article><p>{PARA1}</p><p>{PARA2}</p></article></body></html>"
MEMORY = 2 << 30
"""The children's address-space limit: far above what any probe needs (50 MB inputs included)."""


def _child(code: str, timeout: float = 120, cwd: Path | None = None) -> str:
    """Run ``code`` (after ``import cleaner`` and the paragraphs above) in a child process under ``timeout`` seconds
    and :data:`MEMORY`; its last line of output. A crash, a hang or a memory blow-up fails the test."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    head = f"import cleaner\nfrom cleaner import Document\nPARA1 = {PARA1!r}\nPARA2 = {PARA2!r}\nHTML = {HTML!r}\n"
    done = subprocess.run(
        [sys.executable, "-c", head + textwrap.dedent(code)],
        capture_output=True, text=True, timeout=timeout, check=False, preexec_fn=limit, cwd=cwd,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return (done.stdout.strip().splitlines() or [""])[-1]


# -- extract_html: a page nested past the walk keeps its text -------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_DEPTH - 1, MAX_DEPTH, 1000, 2600, 50_000])
def test_extract_html_reads_an_article_nested_past_the_walk(depth: int) -> None:
    # 400 levels and more came out empty with no reason (the walk stopped descending at MAX_DEPTH, and the parse was
    # cut at the first tag past MAX_NESTING): the pipeline rescued such pages, a library caller got "". Now the text
    # past MAX_DEPTH is read flat into the deepest block, tags past MAX_NESTING are taken out (their text kept), and
    # the result says so. Unclosed <div>s too (50,000: the parse stays bounded).
    closes = "</div>" * depth if depth < 10_000 else ""
    code = f"""
        page = ("<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav>" + "<div class=c>" * {depth}
                + "<h2>Heading</h2><p>" + PARA1 + "<b>粗体</b></p><script>var s = '<p>SCRIPT</p>';</script>"
                + "<p style='display:none'>HIDDEN</p><pre>line 1\\nline 2</pre><p>" + PARA2 + "</p>" + {closes!r})
        doc = cleaner.extract_html(page)
        import json
        print(json.dumps([doc.text, doc.removed, doc.meta]))
    """
    text, removed, meta = json.loads(_child(code, timeout=60))
    assert "经济运行平稳。粗体" in text and PARA2 in text and "Heading" in text
    # (past MAX_NESTING the <pre> is taken out: its lines may run together)
    assert "line 1" in text and "line 2" in text
    assert "SCRIPT" not in text and "HIDDEN" not in text and "Home" not in text
    deep = depth >= MAX_DEPTH  # (its content is deeper)
    assert ("html.read_flat_past_depth" in removed) is deep
    assert ("too deep" in meta.get("extraction", "")) is deep


def test_a_deep_page_with_no_text_stays_empty_and_the_pipeline_names_it(tmp_path: Path) -> None:
    page = f"<html><body>{'<div>' * 800}<script>var a = 1;</script>{'</div>' * 800}</body></html>"
    assert cleaner.extract_html(page).text == ""
    (tmp_path / "deep-empty.html").write_text(page, encoding="utf-8")
    (rej,) = cleaner.process(tmp_path).rejects
    assert rej.reason == "too_deep"


def test_a_shallow_page_is_read_as_before() -> None:
    doc = cleaner.extract_html(HTML)
    assert doc.text == PARA1.replace(" ", "") + "\n" + PARA2 and "html.read_flat_past_depth" not in doc.removed
    assert "extraction" not in doc.meta


MYPYC_TYPE_ERROR = "object expected; got"
"""The start of the TypeError a mypyc-compiled function raises for an argument of the wrong type before its body runs
(the pure-Python body raises its own, clearer one): either is a TypeError before any work."""


# -- extract_html: wrong types raise; an empty result says why ---------------------------------------------------


@pytest.mark.parametrize("page", [None, 42, ["<p>x</p>"]])
def test_extract_html_takes_str_or_bytes_only(page: object) -> None:
    # (None or a number gave an empty Document, no reason: a pipeline passing a missing field lost the page unseen)
    with pytest.raises(TypeError, match="extract_html"):
        cleaner.extract_html(page)  # type: ignore[arg-type]
    # (pure Python kept a bytes url: a writer met it later)
    with pytest.raises(TypeError, match=f"url is a str|{MYPYC_TYPE_ERROR}"):
        cleaner.extract_html(HTML, url=b"http://a.example/")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("page", "why"),
    [
        ("", "empty page"),
        (" \n\t ", "empty page"),
        ("<html><body>" + "<script>var a = 1;</script>" * 100 + "</body></html>", "no main text found"),
        ("<html><frameset><frame src=a.html><frame src=b.html></frameset></html>", "a frameset"),
        ("<html><body><iframe src=https://example.com/a.html></iframe></body></html>", "iframes"),
        ("<html><head><title>only a title</title></head></html>", "no main text found"),
        (b"\x00\x01" * 500 + HTML.encode(), "undecodable bytes (binary"),
    ],
)
def test_an_empty_extraction_says_why(page: str | bytes, why: str) -> None:
    doc = cleaner.extract_html(page)
    assert doc.text == "" and doc.removed == {"html.no_text": 1} and why in doc.meta["extraction"]


def test_a_page_without_body_tags_nul_and_lone_surrogates_keep_their_text() -> None:
    bare = cleaner.extract_html(f"<html><head><title>T</title></head>{PARA2}</html>")
    assert bare.text == PARA2
    # (the parser reads UTF-8: a lone surrogate, no character, goes, as a NUL does; the text around them stays)
    odd = cleaner.extract_html(HTML.replace("，", "\x00", 1).replace("。", "\ud800", 1))
    assert "\x00" not in odd.text and "\ud800" not in odd.text and "专家表示" in odd.text and PARA2 in odd.text


@pytest.mark.parametrize("junk", [b"\xff\xfe" * 3, b"\x81"])  # (stray bytes; a cut character)
def test_gb18030_bytes_with_a_few_bad_ones_are_read_not_undecodable(tmp_path: Path, junk: bytes) -> None:
    # (no UTF-8, no strict GB18030, detection failed: the whole page "undecodable bytes", the dump file `undecodable`)
    page = HTML.encode("gb18030") + junk
    doc = cleaner.extract_html(page)
    assert doc.encoding.startswith("gb18030") and "专家表示" in doc.text and PARA2 in doc.text  # type: ignore[union-attr]
    (tmp_path / "page.html").write_bytes(page)
    (tmp_path / "dump.txt").write_bytes((PARA1 + "\n" + PARA1[::-1] + "\n").encode("gb18030") + junk)
    result = cleaner.process(tmp_path)
    assert result.rejects == [] and len(result.stories) == 2
    # Korean with a stray byte was left undecodable here; it is read as Korean now (helper hostile27: the same path,
    # a test of its script per charset); bytes no charset reads stay undecodable
    korean = ("한국어 텍스트입니다 이것은 테스트입니다. " * 20).encode("euc-kr") + b"\xff"
    assert cleaner.extract_html(korean).encoding == "cp949"
    rng = random.Random(1)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(2000))
    assert "undecodable" in cleaner.extract_html(noise).meta["extraction"]


def test_a_frameset_page_in_the_pipeline_is_a_reject_that_names_it(tmp_path: Path) -> None:
    (tmp_path / "frames.html").write_text("<html><frameset><frame src=a.html></frameset></html>", encoding="utf-8")
    (rej,) = cleaner.process(tmp_path).rejects
    assert rej.reason == "empty_after_extraction" and "a frameset" in rej.detail


# -- clean_text / clean_dump --------------------------------------------------------------------------------------


def test_clean_text_names_a_wrong_type_before_any_work() -> None:
    with pytest.raises(TypeError, match=f"decode it first|{MYPYC_TYPE_ERROR}"):
        cleaner.clean_text(PARA1.encode())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=f"source is a name|{MYPYC_TYPE_ERROR}"):  # (an AttributeError deep inside)
        cleaner.clean_text(PARA1, source=b"dump.txt")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=f"url is a str|{MYPYC_TYPE_ERROR}"):
        cleaner.clean_dump(PARA1, url=b"http://a.example/")  # type: ignore[arg-type]


def test_clean_text_of_nothing_is_nothing_and_clean_dump_explains_what_clean_text_leaves_out() -> None:
    assert cleaner.clean_text("") == [] and cleaner.clean_text(" \n\t\u3000\n") == []
    # one 5 MB line and a 5 MB page that does not split: clean_text gives [], clean_dump (now public) says why
    code = """
        from cleaner.text.textclean import MAX_PAGE_CHARS
        line = PARA1 * (5_000_000 // len(PARA1))
        page = "\\n".join([PARA1, PARA2] * (MAX_PAGE_CHARS // (len(PARA1) + len(PARA2)) + 10))
        out = []
        for text in (line, page):
            assert cleaner.clean_text(text) == []
            (rej,) = cleaner.clean_dump(text, source="big.txt")
            out.append(rej.reason)
        print(" ".join(out))
    """
    assert _child(code, timeout=300) == "line_too_long too_large"


def test_nul_and_lone_surrogates_pass_clean_text_and_collapse() -> None:
    docs = cleaner.clean_text(PARA1 + "\x00\n" + PARA2 + "\ud800\n" + PARA1[::-1])
    (doc,) = docs
    assert "\x00" not in doc.text and "\ud800" in doc.text
    result = cleaner.collapse([doc, Document(text=doc.text, id="again")])
    assert len(result.stories) == 1 and result.exact_duplicates == 1
    json.dumps(result.stories[0].to_json())  # (the writers escape the surrogate: docs/robustness.md)


# -- collapse -----------------------------------------------------------------------------------------------------


def test_collapse_over_nothing_and_one_document() -> None:
    empty = cleaner.collapse([])
    assert empty.stories == [] and empty.exact_duplicates == empty.near_duplicates == 0
    (story,) = cleaner.collapse([Document(text=PARA1 + "\n" + PARA2)]).stories
    assert story.text == PARA1 + "\n" + PARA2


@pytest.mark.parametrize("item", ["a text", b"bytes", {"text": PARA1}, Document(text=b"x")])  # type: ignore[arg-type]
def test_collapse_names_what_is_no_document_of_text(item: object) -> None:
    with pytest.raises(TypeError, match="collapse"):
        cleaner.collapse(item if isinstance(item, str | bytes) else [item])  # type: ignore[arg-type,list-item]


def test_many_documents_under_one_id_are_all_kept_or_counted() -> None:
    # 20,000 documents given one id: the same text is one story with 19,999 exact copies; distinct texts keep each
    # its own id (ID~CONTENT_ID) or join a story as near-duplicates: every input is counted once
    code = """
        same = cleaner.collapse(Document(text=PARA1 + PARA2, id="same") for _ in range(20_000))
        assert len(same.stories) == 1 and same.exact_duplicates == 19_999
        texts = [f"{PARA1}第{i}号。{PARA2} {i * 7919 % 100003}" for i in range(20_000)]
        mixed = cleaner.collapse(Document(text=t, id="same") for t in texts)
        copies = sum(len(s.sources) or 1 for s in mixed.stories)
        ids = {s.id for s in mixed.stories}
        assert len(ids) == len(mixed.stories) and mixed.exact_duplicates + mixed.near_duplicates + len(ids) == 20_000
        print(len(mixed.stories), copies)
    """
    _child(code, timeout=400)


def test_a_generator_of_documents_is_read_once() -> None:
    docs = (Document(text=f"{PARA1}\n{PARA2} {i}") for i in range(3))
    first = cleaner.collapse(docs)
    assert len(first.stories) + first.exact_duplicates + first.near_duplicates == 3
    # (a generator is spent once read: a second call saw an empty input and gave 0 stories without a word; it is a
    # UsageError now, helper hostile27; a fresh empty generator is an empty input)
    with pytest.raises(cleaner.UsageError, match="read to its end before"):
        cleaner.collapse(docs)
    empty: list[Document] = []
    assert cleaner.collapse(d for d in empty).stories == []
    partly = (Document(text=f"{PARA1}\n{PARA2} {i}") for i in range(3))
    next(partly)
    assert len(cleaner.collapse(partly).stories) >= 1  # (begun, not spent: the rest is read)


def test_a_document_of_one_5_mb_line_is_kept_whole_and_named_too_large_to_compare() -> None:
    code = """
        big = PARA1 * (5_000_000 // len(PARA1))
        r = cleaner.collapse([Document(text=big, id="big"), Document(text=PARA1 + PARA2, id="small")])
        print(r.too_large, sorted(len(s.text) for s in r.stories) == sorted([len(big), len(PARA1 + PARA2)]))
    """
    assert _child(code, timeout=300) == "['big'] True"


# -- paths: read_dumps, process, run, load_rules ------------------------------------------------------------------


def _dumps(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(PARA1 + "\n" + PARA2 + "\n", encoding="utf-8")
    return folder


def test_bytes_paths_name_one_file_or_folder(tmp_path: Path) -> None:
    # (a bytes path was iterated as integers: "expected str, bytes or os.PathLike object, not int")
    folder = _dumps(tmp_path)
    odd = os.fsencode(tmp_path) + b"/caf\xe9"  # a folder name that is not UTF-8
    os.mkdir(odd)
    with open(odd + b"/b.txt", "w", encoding="utf-8") as f:
        f.write("分析人士认为，四季度消费和投资有望继续回升，全年目标可以实现。市场信心持续增强，就业形势总体稳定。\n")
    (doc,) = cleaner.read_dumps(odd)
    assert isinstance(doc, Document) and doc.sources[0].path == os.fsdecode(odd + b"/b.txt")
    assert len(cleaner.process(os.fsencode(folder)).stories) == 1
    report = cleaner.run([os.fsencode(folder), odd], os.fsencode(tmp_path / "out"))
    assert report.stories == 2 and (tmp_path / "out" / "stories.jsonl").exists()


@pytest.mark.parametrize("call", ["read_dumps", "process", "run"])
def test_a_number_or_a_document_as_inputs_is_a_type_error(tmp_path: Path, call: str) -> None:
    for bad in (5, [5], [Document(text=PARA1)]):
        with pytest.raises(TypeError, match="paths of files or folders"):
            if call == "read_dumps":
                list(cleaner.read_dumps(bad))  # type: ignore[arg-type]
            elif call == "process":
                cleaner.process(bad)  # type: ignore[arg-type]
            else:
                cleaner.run(bad, tmp_path / "out")  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists()


def test_generators_of_paths_are_read_once(tmp_path: Path) -> None:
    folder = _dumps(tmp_path)
    assert len(cleaner.process(p for p in [folder]).stories) == 1
    assert cleaner.run((p for p in [folder]), tmp_path / "out").stories == 1
    assert len(list(cleaner.read_dumps(p for p in [folder]))) == 1


def test_load_rules_takes_one_path_as_one_file(tmp_path: Path) -> None:
    # (load_rules("my.toml") read the files "m", "y", ...: "r: cannot read rules file")
    (tmp_path / "my.toml").write_text("", encoding="utf-8")
    assert cleaner.load_rules(str(tmp_path / "my.toml")).files == (str(tmp_path / "my.toml"),)
    with pytest.raises(cleaner.RulesError, match="cannot read rules file"):
        cleaner.load_rules(tmp_path / "missing.toml")


def test_state_and_out_in_missing_or_unusable_places(tmp_path: Path) -> None:
    folder = _dumps(tmp_path)
    with pytest.raises(cleaner.StateError, match="folder of the state file does not exist"):
        cleaner.run(folder, tmp_path / "out1", state=tmp_path / "no" / "such" / "state.db")
    assert not (tmp_path / "out1").exists()
    with pytest.raises(cleaner.StateError, match="is a folder"):
        cleaner.run(folder, tmp_path / "out2", state=tmp_path)
    with pytest.raises(OSError):  # (a file system that cannot hold a folder: named, before any work)
        cleaner.run(folder, "/proc/cleaner-out")
    assert cleaner.run(folder, tmp_path / "deep" / "new" / "out").stories == 1  # (missing parents are made)


def test_fetch_of_a_url_with_a_lone_surrogate_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    # (writing failures.jsonl raised UnicodeEncodeError: the whole fetch lost; no network is needed: none is valid)
    report = cleaner.fetch(["not a url", "ftp://a.example/", "http://a.example/\ud800x", ""], tmp_path / "f")
    assert report.failed == {"invalid_url": 2, "unsupported_scheme": 1} and report.requested == 3
    lines = (tmp_path / "f" / "failures.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[2])["url"] == "http://a.example/\ud800x"
