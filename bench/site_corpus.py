"""Same-site page families for the site-repetition pass (issue #12; docs/extraction-site-repetition.md).

The extraction sets hold at most three pages per host, so this makes families: one *tune* page's template (its
HTML around the article) with the article swapped for the gold text of other tune pages, ``--pages`` pages a
family, and a few boilerplate lines and blocks injected inside the article container, the same on every page of
the family (an editor line, a copyright notice, a "related" list, a share prompt, a follow-us line), as a site's
template would have them. Each family gets its own host. Kinds:

- ``plain``: every page a different story;
- ``repost``: half the pages different stories, the other half one story posted again and again (each copy a
  little different: a paragraph less, a source line more), which the pass must not cut;
- ``same``: every page the same story (copies as above): nothing may be cut;
- ``flood``: one page a different story, every other page one story reposted with a paragraph of its own (an
  editor's note, a reader's comment: a paragraph of another gold), so that the copies look like different
  pages: the story's lines are on most of the site's texts, and only the guard keeps them.

Writes ``OUT/warc/family-NNN.warc`` (one response record per page) and ``OUT/gold.jsonl`` (url, family, half,
kind, story, repost, the swapped-in gold, the injected lines). Families split into halves by family id
(``halves.half("site_corpus", "family-NNN")``).

    python bench/site_corpus.py --out /tmp/site --families 80 --seed 1
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import Page, load_set
from halves import TUNE, half

SETS_ZH = ("daniel_zh", "cwced_zh", "cleaneval_zh", "magichtml_zh")
SETS_EN = ("scrapinghub_en", "daniel_en", "magichtml_en")
NAMES_ZH = ("王晓明", "李建国", "张丽", "陈思远", "刘洋", "赵敏")
NAMES_EN = ("Sarah Miller", "John Carter", "Emily Chen", "David Brooks")

BOILER_ZH = (
    "（本文来源：{site}　责任编辑：{name}）",
    "版权所有 © {site} 未经书面授权禁止转载、摘编或建立镜像",
    "欢迎关注{site}官方微信公众号，获取更多资讯",
    "本站所有文章仅代表作者观点，不代表本站立场",
    "下载{site}客户端，随时随地看新闻",
    "分享到：微信 朋友圈 新浪微博 QQ空间",
    "[RELATED]",
)
BOILER_EN = (
    "Editor: {name} | {site}",
    "Copyright © {site}. All rights reserved. This material may not be published or redistributed.",
    "Follow {site} on Twitter and Facebook for the latest news and updates.",
    "Sign up for the {site} daily newsletter to get the best stories in your inbox.",
    "The views expressed in this article are the author's own and do not reflect {site}'s editorial stance.",
    "Share this article: Facebook Twitter LinkedIn Email",
    "[RELATED]",
)
RELATED_ZH = "相关阅读"
RELATED_EN = "Related stories"
_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub("", html.unescape(text))


def _host(page: Page) -> str:
    if page.url:
        host = urlsplit(page.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return page.id.split("_")[1] if page.id.count("_") >= 2 else "site.example"


def article_node(page: Page):  # type: ignore[no-untyped-def]
    """The deepest element of ``page`` whose text holds the starts of the gold's three longest lines, and the parsed
    tree; None when there is none (the template is not used)."""
    from selectolax.lexbor import LexborHTMLParser

    lines = sorted((ln.strip() for ln in page.gold.split("\n") if len(ln.strip()) >= 12), key=len, reverse=True)[:3]
    if len(lines) < 2:
        return None
    probes = [_squash(ln)[:16] for ln in lines]
    tree = LexborHTMLParser(page.html)
    if tree.body is None:
        return None
    best = None
    best_depth = -1
    stack = [(tree.body, 0)]
    while stack:
        node, depth = stack.pop()
        if node.tag in ("script", "style", "head"):
            continue
        text = _squash(node.text(separator=""))
        if not all(p in text for p in probes):
            continue
        if depth > best_depth:
            best, best_depth = node, depth
        child = node.child
        while child is not None:
            if child.tag not in ("-text", "-comment"):
                stack.append((child, depth + 1))
            child = child.next
    if best is None or best.tag in ("p", "span", "a", "font", "b", "strong", "td"):
        return None if best is None or best.parent is None else (tree, best.parent)
    return tree, best


def _paras(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _variant(gold: str, rng: random.Random, lang: str, site: str) -> str:
    """A repost of ``gold``: a paragraph less, or a source line more."""
    paras = _paras(gold)
    if len(paras) > 3 and rng.random() < 0.5:
        paras.pop(rng.randrange(1, len(paras)))
    elif lang == "zh":
        paras.append(f"（转自{site}，原标题有改动）")
    else:
        paras.append(f"(Reposted from {site}.)")
    return "\n".join(paras)


def make_families(pages: list[Page], n_families: int, per: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    templates = []
    for page in pages:
        if page.page_type != "article" or len(page.gold) < 300:
            continue
        if article_node(page) is not None:
            templates.append(page)
    golds = {lang: [p for p in pages if p.lang == lang and 300 <= len(p.gold) <= 6000] for lang in ("zh", "en")}
    kinds = ("plain", "plain", "repost", "same", "flood")
    out: list[dict[str, object]] = []
    for fid in range(n_families):
        tpl = rng.choice(templates)
        lang = tpl.lang
        kind = kinds[fid % len(kinds)]
        pool = [p for p in golds[lang] if p.id != tpl.id]
        stories = rng.sample(pool, per + 3)
        related = [_paras(p.gold)[0][:40] for p in stories[per:]]
        stories = stories[:per]
        site = f"f{fid:03d}.{_host(tpl)}"
        name = rng.choice(NAMES_ZH if lang == "zh" else NAMES_EN)
        boiler = [b for b in rng.sample(BOILER_ZH if lang == "zh" else BOILER_EN, 3)]
        lines: list[list[str]] = []
        for b in boiler:
            if b == "[RELATED]":
                lines.append([RELATED_ZH if lang == "zh" else RELATED_EN, *related])
            else:
                lines.append([b.format(site=site, name=name)])
        where = [rng.choice(("top", "bottom", "bottom")) for _ in lines]
        fam = f"family-{fid:03d}"
        texts: list[tuple[str, str, bool]] = []  # (story id, gold, repost)
        if kind == "plain":
            texts = [(s.id, s.gold, False) for s in stories]
        elif kind == "repost":
            k = per // 2
            texts = [(s.id, s.gold, False) for s in stories[: per - k]]
            texts += [(stories[-1].id, _variant(stories[-1].gold, rng, lang, site), True) for _ in range(k)]
        elif kind == "same":
            texts = [(stories[0].id, _variant(stories[0].gold, rng, lang, site), True) for _ in range(per)]
        else:
            texts = [(stories[0].id, stories[0].gold, False)]
            for extra in stories[2 : per + 1]:
                note = _paras(extra.gold)[-1][:200]
                texts.append((stories[1].id, stories[1].gold + "\n" + note, True))
        for n, (sid, gold, repost) in enumerate(texts):
            out.append({
                "family": fam, "half": half("site_corpus", fam), "kind": kind, "lang": lang, "template": tpl.id,
                "url": f"http://{site}/news/{n:03d}.html", "story": sid, "repost": repost, "gold": gold,
                "injected": [x for block in lines for x in block], "_tpl": tpl, "_lines": lines, "_where": where,
            })  # fmt: skip
    return out


def render(item: dict[str, object]) -> str:
    """The page of ``item``: its template with the article container's content replaced."""
    tpl = item["_tpl"]
    assert isinstance(tpl, Page)
    found = article_node(tpl)
    assert found is not None
    tree, node = found
    top: list[str] = []
    bottom: list[str] = []
    for block, where in zip(item["_lines"], item["_where"], strict=True):  # type: ignore[call-overload]
        (top if where == "top" else bottom).extend(f"<p>{html.escape(x)}</p>" for x in block)
    body = "".join(f"<p>{html.escape(p)}</p>" for p in _paras(str(item["gold"])))
    node.inner_html = "".join(top) + body + "".join(bottom)
    return str(tree.html)


def warc_record(url: str, body: bytes, n: int) -> bytes:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body)
    block += body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-05-17T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def write(items: list[dict[str, object]], out: Path) -> None:
    (out / "warc").mkdir(parents=True, exist_ok=True)
    by_family: dict[str, list[bytes]] = {}
    for n, item in enumerate(items):
        body = render(item).encode("utf-8")
        by_family.setdefault(str(item["family"]), []).append(warc_record(str(item["url"]), body, n))
    for fam, recs in by_family.items():
        (out / "warc" / f"{fam}.warc").write_bytes(b"".join(recs))
    with (out / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps({k: v for k, v in item.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--families", type=int, default=80)
    ap.add_argument("--pages", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    pages: list[Page] = []
    for name in (*SETS_ZH, *SETS_EN):
        if (args.data / name).exists():
            pages += load_set(args.data, name, None, (TUNE,))  # tune pages only: templates and golds
    items = make_families(pages, args.families, args.pages, args.seed)
    write(items, args.out)
    fams = {str(i["family"]) for i in items}
    print(f"{len(items)} pages in {len(fams)} families -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
