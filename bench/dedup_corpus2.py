"""A second near-duplicate corpus, from a generator independent of ``bench_dedup.build``.

Written apart from the first generator and from cleaner's code (no cleaner import; its own edit kinds, rates
and text sources), so that tuning on one corpus cannot quietly fit the other.

Source texts: the gold texts of the English sets (daniel_en, magichtml_en, scrapinghub_en) and of cleaneval_zh
in ``--data``, read at run time (never copied). Each story is a gold text; a share of them (and for Chinese,
parts of them) is set aside to make hard negatives.

Copies (one *kind* each, what recall is reported by, sometimes plus a light second edit):

- ``traditional``  Chinese to Traditional characters (OpenCC s2tw / s2hk, phrase level); English: typographic
  quotes, dashes and ellipses;
- ``punct_width``  punctuation to the other width (Chinese full ↔ half, English to full-width forms);
- ``reorder``      a block of 1-3 paragraphs moved elsewhere;
- ``ads_editor``   2-5 inserted lines: advertisements, "editor's note" / reporting lines, follow-us lines;
- ``truncate``     a prefix of 30-75 % of the characters, cut anywhere (a prefix copy);
- ``excerpt``      a contiguous 50-85 % of the story starting inside its first third;
- ``related``      the story plus an appended block of 8-20 headlines of other stories;
- ``word_delete``  5-15 % of the words deleted (Chinese: runs of 1-3 characters), scattered;
- ``raw_css``      a block of CSS / script text left in (head, tail or between paragraphs);
- ``title_repeat`` the title repeated in the body (a breadcrumb line, after the lead, at the end);
- ``in_template``  a story published bare and inside a portal page (see templates below).

Hard negatives (different stories that must stay apart), built inside one half:

- ``template``     3-5 short stories, each inside one long portal template (navigation, hot list, related
  list, copyright footer): shared head and tail, different middle;
- ``stylesheet``   3-5 short stories after (and sometimes before) one long shared stylesheet / script text;
- ``topic``        2-3 different parts of one long text, each under the same title and lead paragraph (the
  same event, different stories): shared head, different bodies.

Every document carries its story (truth label, natural duplicates among gold texts merged by character
5-gram containment), its kind, its hard-negative group and its half (``bench/halves.py``:
``half("dedup2", source id)``, the id of the gold text it was made from).
"""

from __future__ import annotations

import glob
import random
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

SET_NAME = "dedup2"
EN_SETS = ("daniel_en", "magichtml_en", "scrapinghub_en")
ZH_SETS = ("cleaneval_zh",)
KINDS = (
    "traditional",
    "punct_width",
    "reorder",
    "ads_editor",
    "truncate",
    "excerpt",
    "related",
    "word_delete",
    "raw_css",
    "title_repeat",
)
NEGATIVES = ("template", "stylesheet", "topic")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Doc:
    name: str
    text: str
    story: str
    """Truth label: the story this text is a copy of."""
    source: str
    """Gold id it was made from (decides the half)."""
    kind: str
    """``original``, a copy kind, or ``neg`` for a hard-negative page."""
    group: str = ""
    """Hard-negative group (pages of one template / stylesheet / topic), else empty."""


NEWS_NAME = "dedup3"
NEWS_SETS = ("daniel_zh", "cwced_zh", "magichtml_zh")
"""The third corpus: this generator over the Chinese news gold texts (the first corpus's sources, not this one's).
Its halves are this generator's (``half(SET_NAME, gold id)``): a gold text is in one half wherever it is used."""


def load_sources(data: Path, zh_sets: tuple[str, ...] = ZH_SETS, en_sets: tuple[str, ...] = EN_SETS) -> list[
        tuple[str, str, bool]]:  # fmt: skip
    """(gold id, text, is Chinese) of every usable gold text of the English sets and cleaneval_zh (or the sets
    given)."""
    out = []
    for name in (*en_sets, *zh_sets):
        for path in sorted(glob.glob(str(data / name / "gold" / "*.txt"))):
            text = Path(path).read_text(encoding="utf-8").strip()
            text = "\n".join(line.strip() for line in text.splitlines() if line.strip())
            if len(text) >= 400:
                out.append((f"{name}/{Path(path).stem}", text, name in zh_sets))
    return out


# ---------------------------------------------------------------- edits


ZH_ADS = [
    "【广告】新用户注册即送{n}元红包，点击立即领取",
    "推广：{n}万人都在用的理财神器，年化收益高达{m}%",
    "扫描下方二维码，关注官方公众号，获取更多独家资讯",
    "（编辑：{name} 校对：{name2}）",
    "（本文系{name}专栏，未经许可不得转载）",
    "热线电话：400-{n}-{m}，欢迎提供新闻线索",
    "下载客户端，看更多精彩视频 >>",
]
EN_ADS = [
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Editor's note: this story was updated on {d} to correct the spelling of a name.",
    "(Reporting by {name}; Editing by {name2})",
    "Sponsored: Compare {n} savings accounts and earn up to {m}% interest today",
    "Sign up for the {name} newsletter and never miss a story.",
    "Click here to download our app for breaking news alerts.",
]
ZH_NAMES = ["周文", "吴倩", "郑凯", "孙悦", "钱明", "冯晨", "陈静", "褚洋", "卫东", "蒋琳"]
EN_NAMES = ["Anna Kowalski", "Ravi Menon", "Tom Becker", "Lucy Park", "Diego Ruiz", "Mia Jensen", "Omar Haddad"]
ZH_RELATED_HEADS = ["相关新闻", "猜你喜欢", "延伸阅读", "热门推荐", "更多报道"]
EN_RELATED_HEADS = ["Related headlines", "More from this section", "You may also like", "Most read", "Top stories"]
CSS_PROPS = [
    "margin", "padding", "font-size", "line-height", "color", "background", "border", "display", "width",
    "height", "float", "text-align", "overflow", "position", "z-index", "font-family", "letter-spacing",
]  # fmt: skip
CSS_VALUES = ["0", "auto", "12px", "14px", "1.5", "#333", "#f5f5f5", "none", "block", "100%", "left", "hidden",
              "relative", "absolute", "solid 1px #ddd", "\"Microsoft YaHei\",Arial", "inline-block"]  # fmt: skip
JS_LINES = [
    "var _hmt = _hmt || [];",
    '(function() {{ var hm = document.createElement("script"); hm.src = "//stat.example.com/hm.js?{h}";',
    'var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();',
    "window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}",
    "gtag('js', new Date()); gtag('config', 'UA-{n}-1');",
    "if (window.innerWidth < 768) {{ document.body.className += ' mobile'; }}",
    "$(function(){{ $('.share-btn').on('click', function(){{ share({n}); }}); }});",
]


def css_block(rng: random.Random, chars: int) -> str:
    """Stylesheet and script text as a crawl leaves it in extracted text."""
    out: list[str] = []
    size = 0
    while size < chars:
        if rng.random() < 0.7:
            sel = rng.choice([".", "#", ""]) + rng.choice(["article", "nav", "footer", "main", "share", "ad", "box"])
            sel += rng.choice(["", "-title", "-body", " p", " a:hover", " li", "-wrap"])
            rules = ";".join(f"{rng.choice(CSS_PROPS)}:{rng.choice(CSS_VALUES)}" for _ in range(rng.randint(2, 6)))
            line = f"{sel}{{{rules}}}"
        else:
            line = rng.choice(JS_LINES).format(h=f"{rng.getrandbits(64):016x}", n=rng.randint(1000, 99999))
        out.append(line)
        size += len(line) + 1
    return "\n".join(out)


class Editor:
    def __init__(self, rng: random.Random, headlines: dict[bool, list[str]]) -> None:
        import opencc

        self.rng = rng
        self.headlines = headlines
        self.convs = [opencc.OpenCC("s2tw"), opencc.OpenCC("s2hk")]

    def _fill(self, tpl: str, zh: bool) -> str:
        r = self.rng
        names = ZH_NAMES if zh else EN_NAMES
        return tpl.format(
            n=r.randint(10, 999), m=r.randint(2, 12), name=r.choice(names), name2=r.choice(names),
            d=f"{r.choice(['March', 'June', 'October'])} {r.randint(1, 28)}",
        )  # fmt: skip

    def traditional(self, t: str, zh: bool) -> str:
        if zh:
            return str(self.rng.choice(self.convs).convert(t))
        t = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", t)
        return t.replace("'", "\u2019").replace(" - ", " \u2014 ").replace("...", "\u2026")

    def punct_width(self, t: str, zh: bool) -> str:
        if zh and "，" in t:
            return t.translate(str.maketrans("，。：；！？（）“”", ',.:;!?()""'))
        if zh:
            return t.translate(str.maketrans(",:;!?()", "，：；！？（）"))
        return t.translate({c: c + 0xFEE0 for c in map(ord, ",.:;!?()'\"")})

    def reorder(self, t: str, zh: bool) -> str:
        paras = t.split("\n")
        if len(paras) < 4:
            return t
        k = self.rng.randint(1, min(3, len(paras) - 2))
        i = self.rng.randrange(1, len(paras) - k + 1)
        block, rest = paras[i : i + k], paras[:i] + paras[i + k :]
        j = self.rng.choice([x for x in range(1, len(rest) + 1) if x != i] or [1])
        return "\n".join(rest[:j] + block + rest[j:])

    def ads_editor(self, t: str, zh: bool) -> str:
        paras = t.split("\n")
        for _ in range(self.rng.randint(2, 5)):
            line = self._fill(self.rng.choice(ZH_ADS if zh else EN_ADS), zh)
            paras.insert(self.rng.randint(1, len(paras)), line)
        return "\n".join(paras)

    def truncate(self, t: str, zh: bool) -> str:
        return t[: int(len(t) * self.rng.uniform(0.30, 0.75))]

    def excerpt(self, t: str, zh: bool) -> str:
        n = len(t)
        size = int(n * self.rng.uniform(0.50, 0.85))
        start = self.rng.randint(0, min(n // 3, n - size))
        return t[start : start + size]

    def related(self, t: str, zh: bool) -> str:
        pool = self.headlines[zh]
        lines = self.rng.sample(pool, min(len(pool), self.rng.randint(8, 20)))
        head = self.rng.choice(ZH_RELATED_HEADS if zh else EN_RELATED_HEADS)
        return t + "\n" + head + "\n" + "\n".join(lines)

    def word_delete(self, t: str, zh: bool) -> str:
        rate = self.rng.uniform(0.05, 0.15)
        if not zh:
            words = t.split(" ")
            return " ".join(w for w in words if self.rng.random() >= rate)
        out: list[str] = []
        i = 0
        while i < len(t):
            if _HAN.match(t[i]) and self.rng.random() < rate / 1.7:  # ≈ 1.7 characters per word
                i += self.rng.randint(1, 3)
                continue
            out.append(t[i])
            i += 1
        return "".join(out)

    def raw_css(self, t: str, zh: bool) -> str:
        block = css_block(self.rng, self.rng.randint(300, 2500))
        paras = t.split("\n")
        where = self.rng.random()
        at = 0 if where < 0.4 else len(paras) if where < 0.8 else self.rng.randint(1, len(paras))
        return "\n".join([*paras[:at], block, *paras[at:]])

    def title_repeat(self, t: str, zh: bool) -> str:
        paras = t.split("\n")
        title = paras[0]
        crumb = ("首页 > 新闻 > " if zh else "Home > News > ") + title
        out = [crumb, title, *paras[1:2], title, *paras[2:]]
        if self.rng.random() < 0.5:
            out.append(("标题：" if zh else "Title: ") + title)
        return "\n".join(out)

    def copy(self, t: str, zh: bool, kind: str) -> tuple[str, str]:
        kinds = [kind]
        if self.rng.random() < 0.3:
            extra = self.rng.choice(["punct_width", "traditional", "title_repeat", "ads_editor"])
            if extra != kind and (zh or extra != "traditional"):
                kinds.append(extra)
        for k in kinds:
            t = getattr(self, k)(t, zh)
        return t, "+".join(kinds)


# ---------------------------------------------------------------- labels


def natural_duplicates(sources: list[tuple[str, str, bool]]) -> dict[str, str]:
    """Gold texts that are copies of one story: gold id → smallest id of its group. Character 5-grams of the
    lower-cased letters and digits (Traditional folded by OpenCC t2s), every third kept by crc32; a pair whose
    smaller set is ≥ 50 % inside the larger is one story."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    grams = []
    for _, text, zh in sources:
        s = re.sub(r"[\W_]+", "", (t2s.convert(text) if zh else text).lower())
        grams.append({g for g in (s[i : i + 5] for i in range(max(1, len(s) - 4))) if zlib.crc32(g.encode()) % 3 == 0})
    owners: dict[str, list[int]] = {}
    for i, g in enumerate(grams):
        for x in g:
            owners.setdefault(x, []).append(i)
    parent = list(range(len(sources)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, g in enumerate(grams):
        hits: dict[int, int] = {}
        for x in g:
            for j in owners[x]:
                if j > i:
                    hits[j] = hits.get(j, 0) + 1
        for j, c in hits.items():
            if c >= 0.5 * max(1, min(len(g), len(grams[j]))):
                a, b = find(i), find(j)
                parent[max(a, b)] = min(a, b)
    return {sid: sources[find(i)][0] for i, (sid, _, _) in enumerate(sources)}


# ---------------------------------------------------------------- corpus


def _short(paras: list[str], rng: random.Random, lo: int = 200, hi: int = 900) -> str:
    take = rng.randint(1, 3)
    while take < len(paras) and len("\n".join(paras[:take])) < lo:
        take += 1
    return "\n".join(paras[:take])[:hi]


def _template(rng: random.Random, zh: bool, tag: str, headlines: list[str]) -> tuple[str, str]:
    hot = rng.sample(headlines, min(len(headlines), 18))
    if zh:
        head = "首页 | 要闻 | 国内 | 国际 | 财经 | 科技 | 体育 | 娱乐 | 汽车 | 房产 | 教育 | 健康 | 视频\n"
        head += f"您的位置：首页 > 资讯中心 > 正文 {tag}\n今日热点\n" + "\n".join(hot[:9]) + "\n"
        tail = "\n相关阅读\n" + "\n".join(hot[9:]) + "\n网站首页 | 关于我们 | 联系方式 | 广告服务 | 法律声明\n"
        tail += f"Copyright © 2001-2019 {tag}网 版权所有 增值电信业务经营许可证 {rng.randint(10000, 99999)}号"
    else:
        head = "Home | World | Politics | Business | Tech | Science | Health | Sports | Arts | Opinion\n"
        head += f"You are here: Home > News > {tag}\nTrending now\n" + "\n".join(hot[:9]) + "\n"
        tail = "\nMore stories\n" + "\n".join(hot[9:]) + "\nAbout | Contact | Advertise | Privacy | Terms\n"
        tail += f"© 2019 {tag} Media Group. All rights reserved. Reg. no. {rng.randint(10000, 99999)}"
    return head, tail


def build(data: Path, seed: int = 11, *, halves: bool = True, name: str = SET_NAME) -> list[Doc]:
    """The corpus, in a shuffled order (deterministic for ``seed``). ``name`` ``NEWS_NAME``: the same generator
    over the Chinese news gold texts (``NEWS_SETS``), 60 of them set aside for hard negatives."""
    sys_path_halves()
    from halves import half

    rng = random.Random(seed)
    news = name == NEWS_NAME
    sources = load_sources(data, NEWS_SETS, ()) if news else load_sources(data)
    label = natural_duplicates(sources)
    headlines = {zh: [t.split("\n", 1)[0][:60] for _, t, z in sources if z == zh] for zh in (False, True)}
    ed = Editor(rng, headlines)
    order = list(sources)
    rng.shuffle(order)
    en = [s for s in order if not s[2]]
    zh = [s for s in order if s[2]]
    nz = 60 if news else 10
    reserve = en[:120] + zh[:nz]  # hard negatives are made from these
    held = {label[s[0]] for s in reserve}  # (and no story of theirs is a story of its own: one gold text may be
    stories = [s for s in en[120:420] + zh[nz:] if label[s[0]] not in held]  # the other's natural duplicate)
    docs: list[Doc] = []
    kinds = list(KINDS)
    for sid, text, is_zh in stories:
        story = label[sid]
        docs.append(Doc(f"{sid}#0", text, story, sid, "original"))
        n = rng.choice([1, 2, 2, 3]) + (2 if is_zh else 0)
        for c, kind in enumerate(rng.sample(kinds, n)):
            if kind == "traditional" and not is_zh and rng.random() < 0.5:
                kind = rng.choice(kinds)
            t, edits = ed.copy(text, is_zh, kind)
            docs.append(Doc(f"{sid}#{c + 1}:{edits}", t, story, sid, kind))
    for h in ("tune", "check") if halves else ("all",):
        pool = [s for s in reserve if not halves or half(SET_NAME, s[0]) == h]
        docs += _negatives(pool, rng, ed, label, headlines, h)
    rng.shuffle(docs)
    return docs


def _negatives(
    pool: list[tuple[str, str, bool]],
    rng: random.Random,
    ed: Editor,
    label: dict[str, str],
    headlines: dict[bool, list[str]],
    h: str,
) -> list[Doc]:
    docs: list[Doc] = []
    # short stories: distinct parts of the reserved texts (a long Chinese text gives several)
    shorts: dict[bool, list[tuple[str, str, str]]] = {False: [], True: []}
    longs: list[tuple[str, list[str], bool]] = []
    for sid, text, zh in pool:
        paras = text.split("\n")
        if len(paras) >= 12 and len(text) >= 3000 and len(longs) < len(pool) // 4:
            longs.append((sid, paras, zh))  # topic groups only (a short story of it could be their prefix)
            continue
        step = max(4, len(paras) // 4)
        for k in range(0, len(paras) if zh else 1, step):
            shorts[zh].append((sid, f"{label[sid]}@{k}" if k else label[sid], _short(paras[k:], rng)))
    for zh, items in shorts.items():
        rng.shuffle(items)
        third = len(items) // 2
        for g, start in enumerate(range(0, third, 4)):
            tag = f"{h}-tpl{int(zh)}-{g}"
            head, tail = _template(rng, zh, tag, headlines[zh])
            for sid, story, text in items[start : start + 4]:
                docs.append(Doc(f"{sid}#{tag}", head + text + tail, story, sid, "neg", tag))
                if rng.random() < 0.4:
                    docs.append(Doc(f"{sid}#{tag}-bare", text, story, sid, "in_template"))
        for g, start in enumerate(range(third, len(items), 4)):
            tag = f"{h}-css{int(zh)}-{g}"
            css = css_block(rng, rng.randint(2500, 6000))
            js = css_block(rng, 800) if rng.random() < 0.5 else ""
            for sid, story, text in items[start : start + 4]:
                docs.append(Doc(f"{sid}#{tag}", css + "\n" + text + ("\n" + js if js else ""), story, sid, "neg", tag))
    for g, (sid, paras, _zh) in enumerate(longs):
        tag = f"{h}-topic-{g}"
        title, lead, body = paras[0], paras[1], paras[2:]
        parts = rng.randint(2, 3)
        size = len(body) // (parts + 1)
        for k in range(parts):
            lo = (k + 1) * size if k else size // 2  # never right after the lead (that would be a prefix)
            part = "\n".join(body[lo : lo + max(3, size - 1)])
            docs.append(Doc(f"{sid}#{tag}-{k}", f"{title}\n{lead}\n{part}", f"{label[sid]}@topic{k}", sid, "neg", tag))
    return docs


def sys_path_halves() -> None:
    import sys

    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)


def unique_lines(docs: list[Doc], seed: int = 5) -> list[Doc]:
    """The documents with one letter or digit of every line replaced by another one of the same line: no line is
    shared between documents (what the collapse speed target is measured on; reposts otherwise share most
    lines, which the line cache of the segmenter makes nearly free). A replacement, not a deletion: a deletion
    in every line of every copy would make each copy a source of words to restore into the canonical."""
    rng = random.Random(seed)
    out = []
    seen: set[str] = set()
    for d in docs:
        lines = []
        for line in d.text.split("\n"):
            at = [i for i, ch in enumerate(line) if ch.isalnum()]
            for _ in range(20 if len(at) > 1 else 0):  # until the line is one no document had (short ones may stay)
                i, j = rng.sample(at, 2)
                new = line[:i] + (line[j] if line[j] != line[i] else "x") + line[i + 1 :]
                if new not in seen:
                    break
            else:
                new = line
            seen.add(new)
            lines.append(new)
        out.append(Doc(d.name, "\n".join(lines), d.story, d.source, d.kind, d.group))
    return out


def speed_corpus(data: Path, size_mb: float, seed: int = 11) -> list[Doc]:
    """≥ ``size_mb`` MB of documents (corpora of several seeds, :func:`unique_lines`)."""
    docs: list[Doc] = []
    s = seed
    while sum(len(d.text.encode()) for d in docs) < size_mb * 1e6:
        docs += [Doc(f"s{s}/{d.name}", d.text, f"s{s}/{d.story}", d.source, d.kind, d.group)
                 for d in build(data, s, halves=False)]  # fmt: skip
        s += 1
    return unique_lines(docs, seed)
