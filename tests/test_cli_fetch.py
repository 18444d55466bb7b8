"""`cleaner fetch` and `cleaner run --urls`: URLs in, stories out, through a real server on loopback."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

ARTICLE = (
    "新华社北京电 国家统计局今天发布数据显示,今年前三季度国内生产总值同比增长百分之五点二,"
    "专家表示经济运行总体平稳,结构持续优化,高质量发展扎实推进,四季度消费和投资有望继续回升。"
)
PAGES = {
    "/a": f"<html><head><title>统计局发布数据_网易新闻</title></head><body><div class='post_body'>"
    f"<h1>统计局发布数据</h1><p>{ARTICLE}</p><p>分享至好友和朋友圈</p></div></body></html>",
    "/b": f"<html><head><title>统计局发布数据</title></head><body><article><p>{ARTICLE}</p>"
    "<p>责任编辑：王五</p></article></body></html>",
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGES.get(self.path)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = body.encode("gbk")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=GBK")  # declared only in the header
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_fetch_then_run(base_url: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# tonight\n{base_url}/a\n{base_url}/b\n{base_url}/missing\nftp://x/y\n", encoding="utf-8")
    dumps = tmp_path / "dumps"
    args = ["fetch", str(urls), "--out", str(dumps), "--delay", "0", "--retries", "0", "--allow-private"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert list(dumps.glob("*.warc.gz")) and (dumps / "failures.jsonl").exists()
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and '"skipped_existing": 2' in again.output
    res = CliRunner().invoke(app, ["run", str(dumps), "--out", str(tmp_path / "out"), "-j", "1", "-q"])
    assert res.exit_code == 0, res.output
    stories = [json.loads(x) for x in (tmp_path / "out" / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(stories) == 1  # the two pages are one story
    (story,) = stories
    assert ARTICLE[7:40] in story["text"] and "分享至" not in story["text"]
    assert {s["url"] for s in story["sources"]} == {f"{base_url}/a", f"{base_url}/b"}
    rejects = (tmp_path / "out" / "rejects.jsonl").read_text(encoding="utf-8")
    assert "failures.jsonl" not in rejects  # the crawler's failure log is not a dump


def test_fetch_bad_usage(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["fetch", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "d")])
    assert res.exit_code in (1, 2) and "nope.txt" in res.output
    res = CliRunner().invoke(app, ["fetch", "-", "--out", str(tmp_path / "d"), "--concurrency", "0"], input="")
    assert res.exit_code == 2


def test_run_with_urls_fetches_then_cleans(base_url: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base_url}/a\n{base_url}/b\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["run", "--urls", str(urls), "--out", str(out), "-j", "1", "-q", "--allow-private"])
    assert res.exit_code == 0, res.output
    assert list((out / "dumps").glob("*.warc.gz"))
    stories = (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(stories) == 1 and len(json.loads(stories[0])["sources"]) == 2
    none = CliRunner().invoke(app, ["run", "--out", str(out)])
    assert none.exit_code == 2 and "nothing to do" in none.output


def test_credentials_in_urls_reach_no_output(base_url: str, tmp_path: Path) -> None:
    """user:secret@ in a URL is neither sent nor found in any file the run writes (WARC, failures, stories)."""
    urls = tmp_path / "urls.txt"
    host = base_url.split("//", 1)[1]
    urls.write_text(f"http://user:secret@{host}/a\nhttp://user:secret@{host}/missing\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["run", "--urls", str(urls), "--out", str(out), "-j", "1", "-q", "--allow-private"])
    assert res.exit_code == 0, res.output
    stories = [json.loads(x) for x in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [s["url"] for s in stories[0]["sources"]] == [f"{base_url}/a"]
    for path in out.rglob("*"):
        if path.is_file():
            data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            assert b"secret" not in data, path


def test_run_with_urls_counts_fetch_failures(base_url: str, tmp_path: Path) -> None:
    """A 404 is in report.json and the summary, not only in OUT/dumps/failures.jsonl."""
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base_url}/a\n{base_url}/missing\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["run", "--urls", str(urls), "--out", str(out), "-j", "1", "--allow-private"])
    assert res.exit_code == 0, res.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["fetch"]["failed"] == {"http_404": 1} and report["fetch"]["fetched"] == 1
    assert "1 failed (http_404 1)" in res.output


def test_run_with_urls_that_all_fail_exits_3(base_url: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base_url}/missing\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["run", "--urls", str(urls), "--out", str(out), "-j", "1", "-q", "--allow-private"])
    assert res.exit_code == 3 and "no document" in res.output and "1 failed fetches" in res.output
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["fetch"]["failed_total"] == 1


def test_a_url_list_line_of_megabytes_fails_by_its_head_and_the_list_goes_on(base_url: str, tmp_path: Path) -> None:
    """An untrusted list holding a 20 MB line (no URL is that long; httpx refuses past 64 Ki characters): the line is
    read only up to the bound and fails as invalid_url under its first characters, so neither the memory nor
    failures.jsonl grows with it (a 150 MB line took 416 MB and was copied whole into failures.jsonl); the URLs
    around it are fetched (helper hostile31)."""
    from cleaner.crawler.urls import MAX_URL_CHARS, read_url_list

    urls = tmp_path / "urls.txt"
    with urls.open("w", encoding="utf-8") as f:
        f.write(f"{base_url}/a\n{base_url}/x?q={'a' * 20_000_000}\nhttp://u:secret@{'b' * 100_000}.test/\n{base_url}/b")
    listed = read_url_list(urls)
    assert len(listed) == 4 and max(map(len, listed)) == MAX_URL_CHARS + 1 and listed[-1] == f"{base_url}/b"
    dumps = tmp_path / "dumps"
    args = ["fetch", str(urls), "--out", str(dumps), "--delay", "0", "--retries", "0", "--allow-private"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    failures = (dumps / "failures.jsonl").read_text(encoding="utf-8")
    assert len(failures) < 2000 and "secret" not in failures
    failed = [json.loads(line) for line in failures.splitlines()]
    assert [f["reason"] for f in failed] == ["invalid_url", "invalid_url"]
    assert failed[0]["url"].startswith(f"{base_url}/x?q=aaa") and failed[0]["url"].endswith("…")
    assert '"requested": 4' in res.output and '"fetched": 2' in res.output
