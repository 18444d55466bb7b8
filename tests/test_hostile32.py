"""Helper hostile32: the gaps hostile31 left, and a battery of hostile inputs through `cleaner run` and the library.

Every run over hostile files is a child process under ``RLIMIT_AS`` and a timeout, so a regression fails the test
instead of taking the machine; each input must end as a story's source or a reject with a reason.
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner.dedup.fields import merge_fields
from cleaner.document import Reject
from cleaner.extraction import CUT, MAX_CHARS, extract_html
from cleaner.input.readers import read_file
from cleaner.rejectfile import SpooledRejects
from tests.warcbytes import http_response, record

pytestmark = pytest.mark.slow

P1 = "新华社北京电 国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二。专家表示，经济运行平稳。"
P2 = "分析人士认为，四季度消费和投资有望继续回升，全年目标可以实现。市场信心持续增强，就业形势总体稳定。"
ART = f"<article><h1>统计局发布数据</h1><p>{P1}</p><p>{P2}</p></article>"
MiB = 1 << 20
LIMIT = 2500 * MiB


def _page(pre: str = "", post: str = "") -> str:
    return f"<html><head><title>统计局发布数据</title></head><body>{pre}{ART}{post}</body></html>"


_CHILD = """
import json, resource, sys
limit, mode, src, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
if mode == "cli":
    from cleaner.cli import main
    sys.argv = ["cleaner", "run", src, "--out", out, "-q", "-j", "2"]
    main()
else:
    import cleaner
    r = cleaner.process(src)
    with open(out, "w") as fh:
        json.dump({"rejects": [x.to_json() for x in r.rejects],
                   "sources": [s.to_json() for d in r.stories for s in d.sources]}, fh)
"""


def _child(mode: str, src: Path, out: Path, timeout: float = 400) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}
    cmd = [sys.executable, "-c", _CHILD, str(LIMIT), mode, str(src), str(out)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False)


def _battery(src: Path) -> dict[str, set[str]]:
    """Hostile files in ``src``; for each, what it must give (reasons, or ``"story"``)."""
    src.mkdir()
    want: dict[str, set[str]] = {}

    def put(name: str, data: str | bytes, *outcome: str) -> None:
        (src / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        want[name] = set(outcome)

    put("nest1e6.html", "<html><body>" + "<div>" * 1_000_000 + ART + "</div>" * 1_000_000, "story")
    put("open1e6.html", "<html><body>" + "<span>" * 1_000_000 + ART, "story")
    put("tables1e4.html", "<html><body>" + "<table><tr><td>" * 10_000 + ART + "</td></tr></table>" * 10_000, "story")
    put("siblings1e6.html", _page(post="<i></i>" * 1_000_000), "story")
    put("entities.html", _page(pre="<p>" + "&amp;" * 2_000_000 + "</p>"), "story")
    put("cut.html", _page(pre="<p>&#99999999999999999;</p>" * 150_000), "page_too_long")
    with open(src / "attr100m.html", "wb") as fh:  # (over the 64 MiB budget: refused before it is parsed)
        fh.write(b'<html><body><div class="')
        fh.truncate(100 * MiB)
        fh.seek(0, 2)
        fh.write(b'">' + ART.encode() + b"</div>")
    want["attr100m.html"] = {"too_large"}
    put("attr20m.html", '<html><body><div data-x="' + "b" * (20 * MiB) + '">' + ART + "</div>", "story")
    good = record("response", http_response(_page().encode()), url="http://x/good")
    later = record("response", http_response(_page(post="<p>后记。</p>").encode()), url="http://x/later")
    lie = record("response", http_response(_page().encode()), url="http://x/lie").replace(
        b"Content-Length: ", b"Content-Length: 1", 1
    )  # (ten times and more its length: runs past the end of the file)
    put("lying.warc", good + lie, "story", "bad_warc_record")
    no_length = b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: " + b"x" * MiB + b"\r\n\r\n"
    put("nolength.warc", good + no_length + later, "story", "bad_warc_record")
    put("nolength.warc.gz", gzip.compress(good) + gzip.compress(no_length) + gzip.compress(later), "story",
        "bad_warc_record")  # fmt: skip
    with open(src / "header1g.warc", "wb") as fh:  # a header of 1 GiB (of NULs: a sparse file)
        fh.write(b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: ")
        fh.truncate(1 << 30)
    want["header1g.warc"] = {"bad_warc_record", "empty_file"}
    ok = json.dumps({"id": "ok", "text": P1 + "\n" + P2}, ensure_ascii=False)
    put("deep.jsonl", '{"text": ' + "[" * 200_000 + "]" * 200_000 + "}\n" + ok + "\n", "no_text", "story")
    # (hostile37: levels past 200 read as null, so the record is read, and its text is no string)
    put("nul.jsonl", b"\0" * 4096 + b"\n" + ok.replace("ok", "ok2").encode() + b"\n", "bad_json", "story")
    put("utf16.txt", ("标题\n" + P1 + "\n" + P2 + "二").encode("utf-16-le"), "story")
    put("utf32.txt", ("标题\n" + P1 + "\n" + P2).encode("utf-32-le"), "binary")
    put("gbk-says-utf8.html", _page().replace("<head>", '<head><meta charset="utf-8">').encode("gbk"), "story")
    put("empty.txt", b"", "empty_file")
    put("x" * 250 + ".txt", P1 + "\n" + P2 + "三", "story")
    os.mkfifo(src / "fifo.txt")
    want["fifo.txt"] = {"not_a_file"}
    os.symlink("/", src / "root")
    want["root"] = {"symlink_loop"}
    os.symlink("/usr", src / "usr")  # out of the folder: named, never walked
    want["usr"] = {"symlinked_folder"}
    os.symlink("ring-b", src / "ring-a")
    os.symlink("ring-a", src / "ring-b")
    want["ring-a"] = want["ring-b"] = {"symlink_loop"}
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return want
    pq.write_table(pa.table({"a": list(range(1000)), "b": [1.5] * 1000}), src / "numbers.parquet")
    want["numbers.parquet"] = {"no_text"}
    pq.write_table(pa.table({"text": [1, 2]}), src / "inttext.parquet")
    want["inttext.parquet"] = {"no_text"}
    gbk = (P1 + "\n" + P2 + "四").encode("gbk")
    pq.write_table(pa.table({"text": pa.array([gbk, b"\x00\x01\x02" * 50], pa.binary())}), src / "bytes.parquet")
    want["bytes.parquet"] = {"story", "binary"}
    (src / "fake.parquet").write_bytes(b"PAR1" + b"\0" * 100 + b"PAR1")
    want["fake.parquet"] = {"bad_parquet"}
    return want


def _outcomes(rejects: list[dict[str, Any]], sources: list[dict[str, Any]]) -> dict[str, set[str]]:
    got: dict[str, set[str]] = {}
    for r in rejects:  # (a member of an archive counts for its archive: ``a.zip!/b.html``)
        got.setdefault(Path(r["path"].split("!/")[0]).name, set()).add(r["reason"])
    for s in sources:
        got.setdefault(Path(s["path"].split("!/")[0]).name, set()).add("story")
    return got


def test_a_battery_of_hostile_inputs_ends_in_stories_or_named_rejects(tmp_path: Path) -> None:
    """`cleaner run -j 2` and `cleaner.process()`, each in a child under 2.5 GB of address space: every file a
    story's source or a reject with its reason, nothing on stderr, no walk out of the folder."""
    want = _battery(tmp_path / "in")
    done = _child("cli", tmp_path / "in", tmp_path / "out")
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""
    out = tmp_path / "out"
    rejects = [json.loads(x) for x in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    sources = [
        s for x in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines() for s in json.loads(x)["sources"]
    ]
    assert _outcomes(rejects, sources) == want
    assert all(r["detail"] for r in rejects)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["files"] == len(want)
    done = _child("lib", tmp_path / "in", tmp_path / "lib.json")
    assert done.returncode == 0, done.stderr[-3000:]
    lib = json.loads((tmp_path / "lib.json").read_text(encoding="utf-8"))
    assert _outcomes(lib["rejects"], lib["sources"]) == want


def test_a_symlink_to_the_root_inside_an_input_folder_is_not_walked(tmp_path: Path) -> None:
    """hostile31's "left": a symlink to ``/`` in an input folder was followed, and a run listed 331,144 files of the
    machine. Now a symlinked folder met in a walk is named (``symlink_loop`` for one holding the link, else
    ``symlinked_folder`` with its target) and never entered; a folder named as an input is read through its link."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text(P1 + "\n" + P2, encoding="utf-8")
    os.symlink("/", src / "sub" / "slash")
    os.symlink("../..", src / "sub" / "up")
    os.symlink("/usr/share", src / "share")
    result = cleaner.process(src)
    got = sorted((Path(r.path).name, r.reason) for r in result.rejects)
    assert got == [("share", "symlinked_folder"), ("slash", "symlink_loop"), ("up", "symlink_loop")]
    assert [Path(s.path).name for d in result.stories for s in d.sources] == ["a.txt"]
    share = next(r for r in result.rejects if r.reason == "symlinked_folder")
    assert "/usr/share" in share.detail and "not walked" in share.detail


def test_a_page_cut_at_the_size_limit_says_so_in_its_story_or_its_reject(tmp_path: Path) -> None:
    """hostile31's "left": a page whose part read (MAX_CHARS) held no text said "no main text found", and a story
    from a cut page did not say it may be partial. Now the reject is ``page_too_long`` ("… in the part read; cut: a
    page of N characters …") and the story's ``meta["extraction"]`` says ``cut: …``; a story whose canonical copy was
    read whole does not take the note from a cut copy."""
    flood = _page(pre="<p>&#99999999999999999;</p>" * 150_000)
    assert len(flood) > MAX_CHARS
    empty = extract_html(flood)
    assert empty.text == "" and CUT in empty.removed
    assert empty.meta["extraction"].startswith("no main text found in the part read; cut: a page of 4,050,")
    kept = extract_html(_page(pre="<p>" + "ab " * 1_000_000 + "</p>"))
    assert P2 in kept.text and kept.meta["extraction"].startswith("cut: a page of 3,00")
    whole = extract_html(_page())
    assert "extraction" not in whole.meta and CUT not in whole.removed
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-flood.html").write_text(flood, encoding="utf-8")
    (tmp_path / "in" / "b-cut.html").write_text(_page(pre="<p>" + "ab " * 1_000_000 + "</p>"), encoding="utf-8")
    (tmp_path / "in" / "c-whole.html").write_text(_page(), encoding="utf-8")
    result = cleaner.process(tmp_path / "in")
    (rej,) = result.rejects
    assert (Path(rej.path).name, rej.reason) == ("a-flood.html", "page_too_long") and "cut: a page of" in rej.detail
    (story,) = result.stories
    assert sorted(Path(s.path).name for s in story.sources) == ["b-cut.html", "c-whole.html"]
    assert "extraction" not in merge_fields(whole, [kept]).meta  # (the note is the canonical copy's only)
    assert merge_fields(kept, [whole]).meta["extraction"].startswith("cut: ")


def _rss_child(code: str, limit: int = LIMIT) -> int:
    """Peak RSS (bytes) growth of ``code`` run in a child under ``RLIMIT_AS``, after ``import cleaner``."""
    prog = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))\n"
        "import cleaner\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        f"{code}\n"
        "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) * 1024)\n"
    )
    done = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.split()[-1])


def test_clean_text_does_not_hold_the_pages_it_rejects() -> None:
    """A dump of 300,000 title lines (each a page with no body): ``clean_text`` held every ``Reject`` (and every
    page) until its end, ≈ 0.75 KB a line (833 MB for a million); now it keeps the documents only, as they come."""
    code = (
        "text = ''.join(f'第{i}条新闻标题_网易新闻\\n' for i in range(300_000))\nassert cleaner.clean_text(text) == []"
    )
    grew = _rss_child(code)
    assert grew < 150 * MiB, f"{grew / MiB:.0f} MiB"


def test_process_returns_its_rejects_read_from_a_file(tmp_path: Path) -> None:
    """``RunResult.rejects`` is a :class:`SpooledRejects`: a sequence read from a temporary file (8 bytes a reject in
    memory), equal to the list it was, indexable, sliceable, pickled as a list."""
    lines = [json.dumps({"id": i, "text": f"短{i}"}, ensure_ascii=False) for i in range(3000)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "e.txt").write_bytes(b"")
    result = cleaner.process(tmp_path)
    rejects = result.rejects
    assert isinstance(rejects, SpooledRejects) and len(rejects) == 3001
    as_list = list(rejects)
    assert rejects == as_list and as_list == list(rejects) and rejects != as_list[:-1]
    assert rejects[0] == as_list[0] and rejects[-1] == as_list[-1] and rejects[10:13] == as_list[10:13]
    assert [r.record for r in rejects[:3]] == [0, 1, 2] and rejects[-1].reason == "empty_file"
    assert pickle.loads(pickle.dumps(rejects)) == as_list
    with pytest.raises(IndexError):
        rejects[3001]
    assert SpooledRejects() == [] and SpooledRejects.of(as_list[:2]) == as_list[:2]


def test_a_warc_record_without_content_length_is_named_and_the_next_read(tmp_path: Path) -> None:
    """warcio reads the block of a record without a Content-Length to the end of the file: the record after it was
    read as its page, its URL and id lost, and nothing said so."""
    good = record("response", http_response(_page().encode()), url="http://x/good")
    later = record("response", http_response(_page(post="<p>后记。</p>").encode()), url="http://x/later")
    bad = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/bad\r\n\r\n"
    for name, data in (("a.warc", good + bad + later), ("a.warc.gz", b"".join(map(gzip.compress, (good, bad, later))))):
        (tmp_path / name).write_bytes(data)
        items = list(read_file(tmp_path / name))
        assert [getattr(i, "url", None) or getattr(i, "reason", None) for i in items] == [
            "http://x/good", "bad_warc_record", "http://x/later",
        ]  # fmt: skip
        rej = items[1]
        assert isinstance(rej, Reject) and rej.record == 1 and rej.detail.startswith("no Content-Length header")
        assert rej.detail.endswith("http://x/bad")


def test_a_parquet_file_without_a_text_column_is_one_reject_and_text_bytes_are_decoded(tmp_path: Path) -> None:
    """A table of numbers was a ``no_text`` reject per row (a million rows, a million rejects); a text column of
    bytes in GBK was a story of base64."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"a": list(range(5000)), "b": ["x"] * 5000}), tmp_path / "n.parquet")
    (rej,) = read_file(tmp_path / "n.parquet")
    assert isinstance(rej, Reject) and rej.reason == "no_text" and rej.record is None
    assert "5000 rows are not read" in rej.detail and "a (int64)" in rej.detail
    gbk = (P1 + "\n" + P2).encode("gbk")
    pq.write_table(pa.table({"text": pa.array([gbk], pa.binary())}), tmp_path / "g.parquet")
    (doc,) = read_file(tmp_path / "g.parquet")
    assert not isinstance(doc, Reject) and doc.text == P1 + "\n" + P2
