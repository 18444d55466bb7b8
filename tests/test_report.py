"""The audit trail and the HTML report, checked as a user sees them: in a real headless browser.

The browser is Debian's chromium driven by Playwright for Python (no browser download): `.ci/run` installs
it. Without it the browser tests skip and say why; the audit trail tests run everywhere.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner.audit import verdicts
from cleaner.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SIX = ["为品牌增值", "多赢", "大数据", "导航", "小程序", "用户画像"]
ARTIFACTS = Path(
    os.environ.get("CLEANER_TEST_ARTIFACTS", Path(__file__).resolve().parents[1] / "out" / "test-artifacts")
)
"""Where the browser test leaves its screenshots (out/ is not committed)."""


def _audit(out: Path) -> list[dict[str, Any]]:
    with gzip.open(out / "audit.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled fixtures (seed dumps with the 精选 aggregator, HTML pages) and the two 精选 copies, audited."""
    dumps = tmp_path_factory.mktemp("dumps")
    shutil.copytree(FIXTURES / "seeds", dumps / "seeds")
    shutil.copytree(FIXTURES / "html", dumps / "html", ignore=shutil.ignore_patterns("*.md", "*.toml"))
    shutil.copy(FIXTURES / "sample_portal.txt", dumps / "sample_portal.txt")
    out = tmp_path_factory.mktemp("out")
    res = CliRunner().invoke(app, ["run", str(dumps), "--out", str(out), "-j", "1", "-q", "--audit"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(app, ["report", str(out)])
    assert res.exit_code == 0, res.output
    return out


def test_audit_trail_names_every_removed_line(run_out: Path) -> None:
    records = _audit(run_out)
    kinds = {r["kind"] for r in records}
    assert kinds == {"document", "story", "reject"}
    stories = {
        s["id"]: s for s in map(json.loads, (run_out / "stories.jsonl").read_text(encoding="utf-8").splitlines())
    }
    docs = {r["doc_id"]: r for r in records if r["kind"] == "document"}

    def text(doc: dict[str, Any]) -> str:  # a canonical copy's text is its story's: not written twice
        return str(doc["text"]) if "text" in doc else str(stories[doc["story"]]["text"])

    sample = next(r for r in docs.values() if r["path"].endswith("sample_portal.txt"))
    lines = verdicts(text(sample), sample["cuts"])
    rules = {line: rule for line, rule, _ in lines}
    assert rules["用微信扫码二维码，分享至好友和朋友圈"] == "strip.share-glued"
    assert rules["为您推荐"].startswith("cut_tail.")
    assert rules["责任编辑：王晓明"] == "meta.editor"
    assert rules["国家统计局：前三季度国内生产总值同比增长5.2%"] == "title"
    original = (FIXTURES / "sample_portal.txt").read_text(encoding="utf-8").split("\n")[:-1]
    assert [line for line, _, _ in lines] == original  # every input line is there, in order
    copies = [d for d in docs.values() if "text" in d]
    assert copies  # the 精选 copy merged into its story keeps its own text
    for doc in docs.values():  # kept lines (and what rules left of changed ones) are the document's text
        kept = [new if new is not None else line for line, rule, new in verdicts(text(doc), doc["cuts"])
                if not rule or new is not None]  # fmt: skip
        assert "\n".join(kept) == text(doc)
    html = [d for d in docs.values() if d["path"].endswith(".html")]
    assert html and all(d["extraction"]["block"]["path"].startswith("body") for d in html)  # the chosen block
    report = json.loads((run_out / "report.json").read_text(encoding="utf-8"))
    assert report["arguments"]["audit_trail"] is True


def test_audit_is_off_by_default_and_a_stale_trail_goes(run_out: Path, tmp_path: Path) -> None:
    shutil.copy(run_out / "audit.jsonl.gz", tmp_path / "audit.jsonl.gz")
    res = CliRunner().invoke(app, ["run", str(FIXTURES / "seeds"), "--out", str(tmp_path), "-q"])
    assert res.exit_code == 0, res.output
    assert not (tmp_path / "audit.jsonl.gz").exists()


def test_explain_prints_verdicts() -> None:
    res = CliRunner().invoke(app, ["explain", str(FIXTURES / "sample_portal.txt")])
    assert res.exit_code == 0, res.output
    assert "[strip.share-glued]" in res.output and "[breadcrumb]" in res.output
    assert "新华社北京10月18日电" in res.output


def test_report_without_a_run_is_a_usage_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert res.exit_code == 2 and "report.json" in res.output


@pytest.mark.parametrize(
    ("name", "damage"),
    [("report.json", lambda b: b[:100]), ("report.json", lambda b: b + b"{"), ("stories.jsonl", lambda b: b[:-40]),
     ("stories.jsonl", lambda b: b"\xff\xfe" + b), ("stories.jsonl", lambda b: b + b"[1, 2]\n"),
     ("audit.jsonl.gz", lambda b: b[: len(b) // 2])],
)  # fmt: skip
def test_report_on_outputs_damaged_since_the_run_names_the_file(
    run_out: Path, tmp_path: Path, name: str, damage: Any
) -> None:
    # (a cut or edited output made `cleaner report` die with a traceback: JSONDecodeError, UnicodeDecodeError, EOFError)
    out = tmp_path / "out"
    shutil.copytree(run_out, out)
    (out / name).write_bytes(damage((out / name).read_bytes()))
    res = CliRunner().invoke(app, ["report", str(out)])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit | None), (res.output, res.exception)
    assert "outputs of the run cannot be read" in res.output and name in res.output, res.output


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine (apt-get install chromium fonts-noto-cjk; .ci/run does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (the dev extra has it)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield b
        b.close()


class _Page:
    """A page that records console errors and every request that is not a local file."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page(viewport={"width": 1300, "height": 1000})
        self.errors: list[str] = []
        self.network: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: None if r.url.startswith("file:") else self.network.append(r.url))

    def go(self, url: str) -> float:
        t0 = time.perf_counter()
        self.page.goto(url)
        ready = url[url.index("#") :] if "#" in url else "#/overview"
        self.page.wait_for_function("h => document.body.dataset.ready === h", arg=ready)
        return time.perf_counter() - t0

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=False)


def test_report_in_a_browser(run_out: Path, browser: Any) -> None:
    page = _Page(browser)
    base = (run_out / "report.html").as_uri()
    seconds = page.go(base)
    print(f"report.html opened in {seconds:.2f} s")
    assert page.page.locator("figure.chart svg").count() == 6
    assert page.page.locator("#rules a", has_text="strip.share-glued").count() == 1
    page.shot("report-overview.png")

    stories = [json.loads(line) for line in (run_out / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    jingxuan = next(s for s in stories if len(s["sources"]) == 2 and "微信服饰行业指数" in s["text"])
    page.go(f"{base}#/story/{jingxuan['id']}")
    assert "为品牌增值" in page.page.locator("#canonical").inner_text()
    pair = page.page.locator(".pair.copy")
    assert pair.count() == 1  # the other copy, beside the canonical
    marked = " ".join(pair.locator("del.diff, ins.diff").all_inner_texts())
    # the six words 精选一 lost are marked (the character diff may align 为品牌增值's 为 elsewhere)
    assert all(word.removeprefix("为") in marked for word in SIX), marked
    page.shot("report-story.png")

    sample = next(r for r in _audit(run_out) if r["kind"] == "document" and r["path"].endswith("sample_portal.txt"))
    page.go(f"{base}#/doc/{sample['doc_id']}?rule=strip.share-glued")
    removed = page.page.locator(".line.removed")
    assert removed.count() >= 4
    assert page.page.locator(".line.removed del", has_text="用微信扫码二维码").count() == 1
    labels = set(page.page.locator(".line.removed .rule").all_inner_texts())
    assert {"breadcrumb", "strip.share-glued", "meta.editor"} <= labels
    assert page.page.locator(".line.focus").count() == 1
    page.shot("report-document.png")

    page.go(f"{base}#/documents?rule=strip.share-glued")
    assert page.page.locator("#doc-list tr").count() >= 2
    assert page.errors == [] and page.network == []


def test_restored_runs_are_found_line_by_line() -> None:
    from cleaner.audit import restored_runs

    before = "甲乙丙。为。丁戊\n第二行不变\n第三行少了字"
    after = "甲乙丙。为品牌增值。丁戊\n第二行不变\n第三行少了几个字\n新的一行"
    runs = restored_runs(before, after)
    assert [r["text"] for r in runs] == ["品牌增值", "几个", "\n新的一行"]
    assert all(after[r["at"] : r["at"] + len(r["text"])] == r["text"] for r in runs)
    assert restored_runs(after, after) == []
