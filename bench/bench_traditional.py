"""Traditional Chinese as good as Simplified (issue #12, item 5): the Chinese sets' pages converted to
Traditional characters with OpenCC ``s2t`` (page and gold alike), cleaner's mean F1 beside the same pages as
they are, tune and check halves side by side. A generated corpus: nothing is written to disk.

"Taiwan" is the page converted with OpenCC ``s2twp`` instead (Taiwan wording too: 登录 → 登入, 打印 → 列印, 点击 →
點選), read through the phrase fold of ``rules/phrases.txt``.

"Mixed" is the Traditional page with a Simplified language switch and nav bar of common portal words injected
at ``<body>`` (as HK/TW portals carry, and as Simplified ads and comments do): the Simplified form of many
common characters is then on the page too.

    python bench/bench_traditional.py --data ../shared/data/extraction
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import load_set, prf

SETS = ("daniel_zh", "cwced_zh", "cleaneval_zh", "magichtml_zh")
_WORDS = "新闻 财经 体育 娱乐 科技 汽车 房产 教育 时尚 视频 图片 评论 责任编辑 为您推荐 相关阅读 发表 网友"
_WORDS += " 经济 国际 两岸 说明 关于我们 联系我们 广告服务 版权所有"
MIXED = (
    '<div class="lang"><a href="/sc/">简体中文</a> <a href="/tc/">繁體中文</a></div><div class="nav">'
    + "".join(f'<a href="/{i}">{w}</a>' for i, w in enumerate(_WORDS.split()))
    + "</div>"
)


def mixed(html: str) -> str:
    """``html`` with :data:`MIXED` (Simplified words) injected right after ``<body ...>`` (at the start if none)."""
    i = html.find("<body")
    j = html.find(">", i) + 1 if i >= 0 else 0
    return html[:j] + MIXED + html[j:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    import opencc

    from cleaner.extraction import extract_html

    s2t = opencc.OpenCC("s2t").convert
    s2twp = opencc.OpenCC("s2twp").convert
    head = f"{'set':14s} {'half':6s} {'pages':>5s} {'Simplified':>10s} {'Traditional':>11s} {'gap':>7s}"
    print(f"{head} {'Mixed':>7s} {'gap':>7s} {'Taiwan':>7s} {'gap':>7s}")
    for name in SETS:
        for which in ("tune", "check"):
            pages = load_set(args.data, name, args.limit, (which,))
            simp = [prf(extract_html(p.html, url=p.url).text, p.gold)[0] for p in pages]
            trad = [prf(extract_html(s2t(p.html), url=p.url).text, s2t(p.gold))[0] for p in pages]
            mix = [prf(extract_html(mixed(s2t(p.html)), url=p.url).text, s2t(p.gold))[0] for p in pages]
            tw = [prf(extract_html(s2twp(p.html), url=p.url).text, s2twp(p.gold))[0] for p in pages]
            if pages:
                a, b, c = statistics.mean(simp), statistics.mean(trad), statistics.mean(mix)
                d = statistics.mean(tw)
                print(
                    f"{name:14s} {which:6s} {len(pages):5d} {a:10.4f} {b:11.4f} {b - a:+7.4f} {c:7.4f} {c - a:+7.4f}"
                    f" {d:7.4f} {d - a:+7.4f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
