"""Lines repeated across the pages of one site (cleaner/text/siterepeat.py, docs/extraction-site-repetition.md).

Real article bodies (the Chinese pages of ``fixtures/html``, extracted) in one site's template, written as WARC
records of one host, run through the CLI and the library."""

from __future__ import annotations

import gzip
import html
import json
import math
import random
import re
from array import array
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import RunOptions, extract_html, run
from cleaner.cli import app
from cleaner.text.siterepeat import RULE, line_keys
from tests.warcbytes import http_response, record

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGES = ("article_netease", "article_people_gb", "article_sina", "article_sohu", "article_yesky_gb", "wechat")
FOOTER = "本站所有文章仅代表作者观点，不代表本站立场"
FOLLOW = "南方某某网立足华南，放眼世界，竭诚为您服务"


@pytest.fixture(scope="module")
def bodies() -> list[str]:
    """The article text of six real pages, one paragraph a line."""
    out = []
    for name in PAGES:
        raw = (FIXTURES / f"{name}.html").read_bytes()
        gb = re.search(rb"charset=[\"']?gb", raw[:3000], re.I)
        text = extract_html(raw.decode("gb18030" if gb else "utf-8", errors="replace")).text
        assert len(text) > 80, name
        out.append(text)
    return out


def page(title: str, body: str) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>" + html.escape(title) + "_南方某某网</title></head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/news'>新闻</a> <a href='/sports'>体育</a></div>"
        f"<h1>{html.escape(title)}</h1><div class='article'>{paras}<p>{FOLLOW}</p><p>{FOOTER}</p></div>"
        "<div class='footer'>关于我们 | 联系我们 | 网站地图</div></body></html>"
    ).encode()


def write_warc(path: Path, bodies: list[str], host: str = "news.example.cn") -> None:
    recs = []
    for n, body in enumerate(bodies):
        title = body.split("\n")[0][:20]
        recs.append(
            record(
                "response",
                http_response(page(title, body)),
                url=f"http://{host}/a/{n}.html",
                record_id=f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>",
            )
        )
    path.write_bytes(b"".join(recs))


def stories(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "stories.jsonl").read_text(encoding="utf-8").splitlines()]


def cli(*args: str) -> None:
    res = CliRunner().invoke(app, ["run", *args, "-q"])
    assert res.exit_code == 0, res.output


def test_line_repeated_on_a_sites_stories_is_cut(tmp_path: Path, bodies: list[str]) -> None:
    write_warc(tmp_path / "site.warc", bodies)
    cli(str(tmp_path / "site.warc"), "--out", str(tmp_path / "on"), "--audit")
    cli(str(tmp_path / "site.warc"), "--out", str(tmp_path / "off"), "--no-site-repetition")
    on, off = stories(tmp_path / "on"), stories(tmp_path / "off")
    assert len(on) == len(off) == 6
    assert all(FOOTER in str(s["text"]) and FOLLOW in str(s["text"]) for s in off)
    assert not any(FOOTER in str(s["text"]) or FOLLOW in str(s["text"]) for s in on)
    for a, b in zip(on, off, strict=True):  # only the two lines go: the article stays whole
        assert str(b["text"]).replace(f"\n{FOLLOW}", "").replace(f"\n{FOOTER}", "") == a["text"]
    report = json.loads((tmp_path / "on" / "report.json").read_text())
    assert report["removed"][RULE] == 12 and report["site_repetition"]["documents"] == 6
    assert RULE not in json.loads((tmp_path / "off" / "report.json").read_text())["removed"]
    # the audit trail names the rule for each cut line, at its place
    with gzip.open(tmp_path / "on" / "audit.jsonl.gz", "rt", encoding="utf-8") as fh:
        docs = [r for r in map(json.loads, fh) if r["kind"] == "document"]
    assert len(docs) == 6
    for rec in docs:
        cut = [c for c in rec["cuts"] if RULE in c[2]]
        assert [c[1] for c in cut] == [FOLLOW, FOOTER]
        assert rec["site"]["rule"] == RULE and rec["site"]["kept"] is False and rec["site"]["lines"] == 2


def test_reposts_are_not_cut(tmp_path: Path, bodies: list[str]) -> None:
    """Four different stories and one story posted four times (copies a paragraph short at either end, one with a
    line more): the story's lines are on most pages but on one story of five; the footer goes, the story stays."""
    paras = bodies[0].split("\n")
    more = "\n本文首发于2024年5月，作者补充了最新数据。"
    reposts = [bodies[0], "\n".join(paras[:-1]), "\n".join(paras[1:]), bodies[0] + more]
    write_warc(tmp_path / "site.warc", [*bodies[1:5], *reposts])
    cli(str(tmp_path / "site.warc"), "--out", str(tmp_path / "on"), "--no-dedup")
    cli(str(tmp_path / "site.warc"), "--out", str(tmp_path / "off"), "--no-dedup", "--no-site-repetition")
    on, off = stories(tmp_path / "on"), stories(tmp_path / "off")
    assert len(on) == len(off) == 8  # eight different texts
    for a, b in zip(on, off, strict=True):  # only the site's two lines go
        assert str(b["text"]).replace(f"\n{FOLLOW}", "").replace(f"\n{FOOTER}", "") == a["text"]
    report = json.loads((tmp_path / "on" / "report.json").read_text())
    assert report["removed"][RULE] == 16


def test_one_story_many_times_nothing_cut(tmp_path: Path, bodies: list[str]) -> None:
    """A site whose pages are all one story (an aggregator's reposts): fewer than five stories, nothing cut."""
    story = bodies[2]
    write_warc(tmp_path / "site.warc", [story + f"\n（转载第{n}次，来源：某网）" for n in range(8)])
    cli(str(tmp_path / "site.warc"), "--out", str(tmp_path / "on"), "--no-dedup")
    report = json.loads((tmp_path / "on" / "report.json").read_text())
    assert RULE not in report["removed"]
    assert all(FOOTER in str(s["text"]) for s in stories(tmp_path / "on"))


def test_one_page_and_few_pages_untouched(tmp_path: Path, bodies: list[str]) -> None:
    write_warc(tmp_path / "one.warc", bodies[:1])
    write_warc(tmp_path / "four.warc", bodies[1:5], host="other.example.cn")
    run([tmp_path], tmp_path / "out")
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert RULE not in report["removed"] and report["site_repetition"]["sites"] == 0
    assert all(FOOTER in str(s["text"]) for s in stories(tmp_path / "out"))


def test_sites_are_counted_apart(tmp_path: Path, bodies: list[str]) -> None:
    """Three pages on each of two hosts: neither site has five stories, so nothing is cut."""
    write_warc(tmp_path / "a.warc", bodies[:3], host="a.example.cn")
    write_warc(tmp_path / "b.warc", bodies[3:], host="b.example.cn")
    run([tmp_path], tmp_path / "out")
    assert all(FOOTER in str(s["text"]) for s in stories(tmp_path / "out"))


def test_workers_do_not_change_the_output(tmp_path: Path, bodies: list[str]) -> None:
    (tmp_path / "in").mkdir()
    for n in range(3):  # three files, so that two workers each see part of the site
        write_warc(tmp_path / "in" / f"s{n}.warc", bodies[2 * n : 2 * n + 2])
    run([tmp_path / "in"], tmp_path / "j1", workers=1, options=RunOptions(audit=True))
    run([tmp_path / "in"], tmp_path / "j2", workers=2, options=RunOptions(audit=True))
    a, b = (tmp_path / "j1" / "stories.jsonl").read_bytes(), (tmp_path / "j2" / "stories.jsonl").read_bytes()
    assert a == b and FOOTER.encode() not in a
    ra, rb = (json.loads((tmp_path / d / "report.json").read_text()) for d in ("j1", "j2"))
    assert ra["removed"] == rb["removed"] and ra["site_repetition"] == rb["site_repetition"]


def test_guard_keeps_a_page_the_cut_would_empty(tmp_path: Path, bodies: list[str]) -> None:
    """A page whose text is mostly the site's repeated lines keeps them, and the audit says why."""
    short = "今天上午，市政府召开新闻发布会，通报了一季度全市经济运行情况。"
    write_warc(tmp_path / "site.warc", [*bodies[:5], "市政府召开新闻发布会\n" + short])  # (the first line: the title)
    cli(str(tmp_path / "site.warc"), "--out", str(tmp_path / "on"), "--audit", "--no-dedup")
    texts = [str(s["text"]) for s in stories(tmp_path / "on")]
    kept = [t for t in texts if short in t]
    assert kept and FOOTER in kept[0]
    assert sum(FOOTER in t for t in texts) == 1
    with gzip.open(tmp_path / "on" / "audit.jsonl.gz", "rt", encoding="utf-8") as fh:
        guarded = [r for r in map(json.loads, fh) if r["kind"] == "document" and r.get("site", {}).get("kept")]
    assert len(guarded) == 1 and "nothing cut" in guarded[0]["site"]["reason"]
    report = json.loads((tmp_path / "on" / "report.json").read_text())
    assert report["site_repetition"]["guarded"] == 1


def test_line_keys_fold_digits_and_spaces() -> None:
    a, b = line_keys("2023年10月18日 10:02 来源：新华网\n短"), line_keys("2024年1月8日  9:15 来源：新华网\n短")
    hashes = [int.from_bytes(k[:8], "little") >> 16 for k in (a, b)]
    assert hashes[0] == hashes[1] != 0 and a[8:] == b[8:] == bytes(8)  # the short line has no key
    assert line_keys("来源：新华网 编辑：张三") != line_keys("来源：新华网 编辑：李四")


def test_large_site_counted_in_windows(monkeypatch: pytest.MonkeyPatch, bodies: list[str]) -> None:
    """A site with more distinct texts than WINDOW is counted in windows in input order: each window cuts on its
    own, and the result does not depend on anything but the documents and their order."""
    from cleaner.document import Document, Source
    from cleaner.text import siterepeat

    monkeypatch.setattr(siterepeat, "WINDOW", 10)
    paras = [p for b in bodies for p in b.split("\n") if len(p) > 50]
    assert len(paras) >= 25

    def docs() -> list[Document]:
        out = []
        for n in range(25):
            text = f"{paras[n]}\n{FOOTER}"
            out.append(Document(text, url=f"http://big.example.cn/{n}", sources=[Source(f"f{n}")]))
        return out

    a, b = docs(), docs()
    stats, _ = siterepeat.apply(a, {})
    siterepeat.apply(b, {})
    assert [d.text for d in a] == [d.text for d in b]
    assert stats.sites == 2 and stats.documents == 25 and not any(FOOTER in d.text for d in a)


def _cut_keys_reference(texts: list[array[int]]) -> tuple[set[int], int]:
    """The site pass's rule as first written, one key at a time (the vectorised :func:`cut_keys` must agree)."""
    from cleaner.text import siterepeat as s

    sets = [frozenset(k for k in keys if k) for keys in texts]
    freq: Counter[int] = Counter()
    for one in sets:
        freq.update(one)
    if len(sets) < s.MIN_STORIES or not any(n >= s.MIN_VOTES for n in freq.values()):
        return set(), len(sets)
    hot = min(s.HOT, math.ceil(s.COMMON * len(sets)) - 1)
    postings: dict[int, list[int]] = defaultdict(list)
    own, total = [0] * len(sets), [0] * len(sets)
    for t, one in enumerate(sets):
        for k in one:
            total[t] += k & 0xFFFF
            if freq[k] <= hot:
                own[t] += k & 0xFFFF
                if freq[k] > 1:
                    postings[k].append(t)
    shared: Counter[tuple[int, int]] = Counter()
    for k, ts in postings.items():
        for i, a in enumerate(ts):
            for b in ts[i + 1 :]:
                shared[(a, b)] += k & 0xFFFF
    up = list(range(len(sets)))

    def find(i: int) -> int:
        while up[i] != i:
            i = up[i]
        return i

    for (a, b), w in shared.items():
        if w >= s.SAME_STORY * min(own[a], own[b]) > 0 and find(a) != find(b):
            ra, rb = find(a), find(b)
            up[max(ra, rb)] = min(ra, rb)
    voters = [t for t in range(len(sets)) if total[t] and (own[t] >= s.SEPARABLE * total[t] or own[t] >= s.MIN_OWN)]
    stories: dict[int, set[int]] = defaultdict(set)
    for t in voters:
        stories[find(t)].update(sets[t])
    if len(stories) < s.MIN_STORIES:
        return set(), len(stories)
    votes: Counter[int] = Counter()
    for keys in stories.values():
        votes.update(keys)
    need = max(s.MIN_VOTES, math.ceil(s.SHARE * len(stories)))
    return {k for k, v in votes.items() if v >= need or v >= s.MANY_VOTES}, len(stories)


def test_cut_keys_is_the_reference_rule() -> None:
    """Random sites (a template of lines on most pages, stories posted once or several times, lines of their own,
    empty keys) give the vectorised rule and the reference the same cut and the same number of stories."""
    from cleaner.text.siterepeat import cut_keys

    rng = random.Random(5)
    cutting = 0
    for _ in range(600):
        n = rng.choice([3, 5, 6, 8, 12, 20, 40, 80])
        pool = [(rng.getrandbits(40) << 16) | rng.randint(1, 300) for _ in range(rng.choice([5, 20, 60, 200]))]
        template = rng.sample(pool, min(len(pool), rng.randint(0, 6)))
        stories = [rng.sample(pool, min(len(pool), rng.randint(1, 15))) for _ in range(rng.randint(1, n))]
        texts = []
        for _ in range(n):
            keys = [*rng.choice(stories), *(k for k in template if rng.random() < 0.8), *[0] * rng.randint(0, 3)]
            keys += [(rng.getrandbits(40) << 16) | rng.randint(1, 500) for _ in range(rng.randint(0, 4))]
            rng.shuffle(keys)
            texts.append(array("Q", keys))
        expected = _cut_keys_reference(texts)
        assert cut_keys(texts) == expected
        cutting += bool(expected[0])
    assert cutting > 100


def test_holding_is_isdisjoint() -> None:
    """``apply`` sends to ``_cut_doc`` only the texts holding a cut key, found for a whole window in one numpy pass:
    the same texts as ``not cut.isdisjoint(keys)`` of each (empty texts, zero keys, keys over 2**63)."""
    from cleaner.text.siterepeat import _holding

    rng = random.Random(23)
    for _ in range(300):
        pool = [0, 1 << 63 | 7, *((rng.getrandbits(40) << 16) | rng.randint(1, 300) for _ in range(rng.randint(1, 30)))]
        texts = [array("Q", rng.choices(pool, k=rng.randint(0, 12))) for _ in range(rng.randint(0, 15))]
        cut = set(rng.sample(pool, rng.randint(1, min(4, len(pool)))))
        assert _holding(texts, cut) == [not cut.isdisjoint(t) for t in texts]
