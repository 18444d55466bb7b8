"""A repost cut short with a list of related headlines appended joins its original; texts that share a head and go on
with text of their own — a report's own body, another page's links, another template story — stay apart (issue 13:
``cleaner.dedup.lists``, ``verify.listed``)."""

from __future__ import annotations

import random

import numpy as np

from cleaner.dedup import DedupParams, sketch_text
from cleaner.dedup.lists import list_chars, list_tokens, read_on_chars
from cleaner.dedup.normalize import blank_code, folded_code_points
from cleaner.dedup.tokens import token_bounds
from cleaner.dedup.verify import listed
from tests.dedup_texts import WORDS
from tests.dedup_texts import evidence as _ev
from tests.dedup_texts import sentences as _sentences
from tests.dedup_texts import story_numbers as _stories

OFF = DedupParams(list_lines=0, cut_head=0)  # (the list rule off, and the cut-head rule that joins some of these too)


def _story(rng: random.Random, sentences: int) -> str:
    """A title line and paragraphs of four sentences (lines longer than a list's)."""
    out = _sentences(rng, sentences)
    title = " ".join(rng.choice(WORDS) for _ in range(5)).title()
    return title + "\n" + "\n".join(" ".join(out[i : i + 4]) for i in range(0, len(out), 4))


def _headlines(rng: random.Random, n: int) -> str:
    """A block of related headlines: short lines, no sentences, a date and a source each."""
    lines = ["Related stories"]
    for _ in range(n):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 5))).capitalize()
        source, month, day = rng.choice(["Daily", "Post", "Herald"]), rng.randint(1, 9), rng.randint(0, 9)
        lines.append(f"{title} ({source} 2024-0{month}-1{day})")
    return "\n".join(lines)


def _truncated(text: str, share: float) -> str:
    return text[: int(len(text) * share)].rstrip() + " ... read more"


def _list_start(text: str, params: DedupParams) -> int:
    n = list_tokens(text, params.list_lines)
    return sketch_text("x", text, params).n_shingles + params.shingle - 1 - n if n else 0


def test_the_trailing_list_is_the_run_of_short_lines_after_the_story() -> None:
    rng = random.Random(1)
    story = _story(rng, 8)
    block = _headlines(rng, 6)
    text = story + "\n" + block
    assert list_chars(text, 4) == len(story) + 1
    assert list_chars(story, 4) == -1  # (ends in a paragraph)
    assert list_chars(block, 4) == -1  # (all short lines: no story to set a list apart from)
    assert list_chars(story + "\n" + "\n".join(block.split("\n")[:3]), 4) == -1  # (fewer than four lines)
    # a headline quoting a sentence inside the list is still the list; a short sentence line of the story above is not
    quoted = story + "\nShort last line of the story.\n" + block + "\nThe mayor said it.\n" + _headlines(rng, 6)
    assert list_chars(quoted, 4) == quoted.index("Related stories")
    # hard-wrapped prose (short lines, sentences ending on many of them) is no list
    wrapped = " ".join(_sentences(rng, 12))
    lines = [wrapped[i : i + 40] for i in range(0, len(wrapped), 40)]
    assert list_chars(story + "\n" + "\n".join(lines), 4) == -1


def test_list_tokens_are_the_last_tokens_of_the_text() -> None:
    rng = random.Random(2)
    zh_story = "标题：市议会通过新预算\n" + "市议会周二通过了新的年度预算，其中教育和交通支出增加。" * 6
    zh_list = "\n".join(f"相关新闻{n}：河流治理取得进展 2024-05-1{n}" for n in range(7))
    for story, block in ((_story(rng, 8), _headlines(rng, 7)), (zh_story, zh_list)):
        text = story + "\n" + block
        raw, cps = folded_code_points(text)
        blank_code(raw, cps, text)
        starts, _ = token_bounds(cps)
        assert starts.size - list_tokens(text, 4) == int(np.searchsorted(starts, list_chars(text, 4)))


def test_a_truncated_copy_with_headlines_appended_joins_its_original() -> None:
    rng = random.Random(3)
    joined = joined_off = 0
    for n in range(10):
        text = _story(rng, 10 if n % 2 else 60)  # (full and sampled evidence)
        copy = _truncated(text, rng.uniform(0.3, 0.6)) + "\n" + _headlines(rng, 12 if n % 2 else 50)
        joined += len(set(_stories([text, copy]))) == 1
        joined_off += len(set(_stories([text, copy], OFF))) == 1
    assert joined >= 9 and joined_off <= 2


def test_a_story_with_two_lists_that_quote_one_headline_joins() -> None:
    rng = random.Random(4)
    text = _story(rng, 60)
    shared = _headlines(rng, 1).split("\n")[1]
    a = text + "\n" + _headlines(rng, 6) + "\n" + shared + "\n" + _headlines(rng, 6)
    b = text + "\n" + _headlines(rng, 5) + "\n" + shared + "\n" + _headlines(rng, 7)
    assert len(set(_stories([a, b]))) == 1


def test_reports_sharing_a_lead_stay_apart_with_a_list_after_one() -> None:
    rng = random.Random(5)
    for _ in range(10):
        title_lead = _story(rng, 4)
        a = title_lead + "\n" + "\n".join(_story(rng, 8).split("\n")[1:]) + "\n" + _headlines(rng, 10)
        b = title_lead + "\n" + "\n".join(_story(rng, 8).split("\n")[1:])
        assert len(set(_stories([a, b]))) == 2


def test_index_pages_sharing_a_head_stay_apart() -> None:
    # two pages of one site: the same introduction, each its own list of links right after it
    rng = random.Random(6)
    for _ in range(10):
        head = _story(rng, 3)
        a, b = head + "\n" + _headlines(rng, 20), head + "\n" + _headlines(rng, 20)
        assert len(set(_stories([a, b]))) == 2
        assert listed(_ev(a, DedupParams()), _list_start(a, DedupParams()), _ev(b, DedupParams()),
                      _list_start(b, DedupParams()), DedupParams()) is None  # fmt: skip


def test_template_pages_and_a_list_quoting_a_story_title_stay_apart() -> None:
    rng = random.Random(7)
    nav = "Home | News | Sport | Business | Travel | Weather | Video"
    tail = _headlines(rng, 12) + "\nAbout us | Contact | Advertise\nCopyright 2024 Daily News"
    pages, titles = [], []
    for _ in range(4):  # pages of one template: a long title and a one-sentence story each
        titles.append(" ".join(rng.choice(WORDS) for _ in range(24)).title())
        pages.append(nav + "\n" + titles[-1] + "\n" + _sentences(rng, 3)[2] + "\n" + tail)
    assert len(set(_stories(pages))) == 4
    # another text whose related list (a text glued after it) quotes the title of one page's story: without its list,
    # that page is its header, the title and a sentence of its own, no copy of the other text (no header and tail of
    # its own are set aside when a list is)
    other = _story(rng, 12) + "\nRelated\n" + titles[0] + "\n" + _headlines(rng, 6) + "\n" + _story(rng, 6)
    assert len(set(_stories([*pages, other]))) == 5


def test_a_list_written_on_one_line_and_long_latin_headlines_are_lists() -> None:
    # (dedup18: lists of bench/dedup_corpus5.py's forms that the line-per-headline reader missed)
    rng = random.Random(8)
    story = _story(rng, 8)
    heads = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 6))).capitalize() for _ in range(8)]
    for sep in (" | ", " / ", "　"):
        one_line = story + "\nRelated stories: " + sep.join(heads)
        assert list_chars(one_line, 4) == len(story) + 1
    zh = "相关阅读：" + " | ".join(f"河流治理取得进展第{n}期" for n in range(6))
    zh_story = "市议会周二通过了新的年度预算，其中教育和交通支出增加。" * 6
    assert list_chars(zh_story + "\n" + zh, 4) == len(zh_story) + 1
    # Chinese headlines split by single spaces: a long line with no clause punctuation is no prose
    spaced = "热门文章 " + " ".join(f"河流治理取得进展第{n}期 城市公园免费开放" for n in range(5))
    assert list_chars(zh_story + "\n" + spaced, 4) == len(zh_story) + 1
    assert list_chars(zh_story + "\n" + spaced.replace(" 城市", "，城市"), 4) == -1
    # Latin headlines with their source and date, longer than a Chinese list line
    long_heads = [h + " " + " ".join(rng.choice(WORDS) for _ in range(6)) + " (Herald, 2024-05-11)" for h in heads]
    assert all(64 < len(h) <= 128 for h in long_heads)
    assert list_chars(story + "\n" + "\n".join(long_heads), 4) == len(story) + 1
    # prose is no list: a long paragraph with a "/" or wide spaces in it, or long items
    prose = story + "\n" + " ".join(_sentences(rng, 4)) + " / " + " ".join(_sentences(rng, 4))
    assert list_chars(prose, 4) == -1
    assert list_chars(story + "\n" + " | ".join(" ".join(_sentences(rng, 2)) for _ in range(4)), 4) == -1


def test_a_truncated_copy_with_a_one_line_list_joins_its_original() -> None:
    rng = random.Random(9)
    joined = joined_off = 0
    for n in range(10):
        text = _story(rng, 10 if n % 2 else 60)
        heads = _headlines(rng, 12).split("\n")[1:]
        copy = _truncated(text, rng.uniform(0.3, 0.6)) + "\nMost read: " + " | ".join(heads)
        joined += len(set(_stories([text, copy]))) == 1
        joined_off += len(set(_stories([text, copy], OFF))) == 1
    assert joined >= 9 and joined_off <= 4  # (without the list rule: a few short copies join by containment)


def test_headline_lines_split_by_bars_are_lists_though_an_item_holds_a_full_stop() -> None:
    # (dedup19a: `title | outlet | date` lines whose title holds "vs. ", and a list on one line whose Latin items are
    # longer than a Chinese list line: bench/dedup_corpus5.py's `related` copies that the reader missed)
    rng = random.Random(10)
    story = _story(rng, 8)
    heads = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 5))).capitalize() for _ in range(6)]
    heads[2] = heads[2] + " vs. " + heads[3]
    lines = "\n".join(f"{h} | Herald | 2024-05-1{n}" for n, h in enumerate(heads))
    assert list_chars(story + "\n" + lines, 4) == len(story) + 1
    long_heads = [h + " " + " ".join(rng.choice(WORDS) for _ in range(8)) for h in heads]
    assert any(len(h) > 64 for h in long_heads) and all(len(h) <= 128 for h in long_heads)
    assert list_chars(story + "\n" + " | ".join(long_heads), 4) == len(story) + 1
    # prose split by bars: most items are sentences
    prose = " | ".join(" ".join(_sentences(rng, 1)) for _ in range(4))
    assert list_chars(story + "\n" + prose + "\n" + prose, 4) == -1


def test_a_copy_cut_inside_a_sentence_above_its_list_joins_its_original() -> None:
    # (dedup19a) the cut sentence's last words are a short line that reads as the list's first line; shared with the
    # original, they made the list not the copy's own: the list now starts after them
    zh = "市议会周二通过了新的年度预算，其中教育和交通支出增加，议员们对此展开了长时间的讨论。"
    heads = "河流治理取得进展城市公园免费开放新一代超强抗菌素中国上市世界首支疫苗获准"
    rng = random.Random(11)
    paras = ["".join(rng.sample(zh, len(zh))) + "。" for _ in range(12)]
    original = "\n".join(paras)
    cut = "\n".join(paras[:2]) + "\n" + paras[2][:20]
    copy = cut + "\n" + "\n".join(f"0{n} " + "".join(rng.sample(heads, 16)) for n in range(6))
    assert list_chars(copy, 4) == len(cut) - 20  # (the cut line is read as the list's first)
    assert len(set(_stories([original, copy]))) == 1
    assert len(set(_stories([original, copy], OFF))) == 2


def test_numbered_headlines_are_a_list_though_their_number_ends_in_a_stop() -> None:
    # ("1. 标题" / "2. Title": the stop after an item's number is no sentence's; read as one, the list was prose and a
    # truncated copy with numbered headlines appended stayed apart: bench/dedup_corpus5.py's `related` form 往期回顾)
    rng = random.Random(12)
    story = _story(rng, 8)
    heads = _headlines(rng, 8).split("\n")[1:]
    for number in ("{}. ", "{}.", "{}．", "{} . "):
        block = "\n".join(number.format(i + 1) + h for i, h in enumerate(heads))
        assert list_chars(story + "\nRead more:\n" + block, 4) == len(story) + 1
    prose = story + "\n" + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(_sentences(rng, 8)))
    assert list_chars(prose, 4) == -1  # (numbered sentences: a sentence's own stop is still read)
    joined = joined_off = 0
    for n in range(10):
        text = _story(rng, 10 if n % 2 else 60)
        numbered = "\n".join(f"{i + 1}. {h}" for i, h in enumerate(_headlines(rng, 10).split("\n")[1:]))
        copy = _truncated(text, rng.uniform(0.3, 0.6)) + "\nRead more:\n" + numbered
        joined += len(set(_stories([text, copy]))) == 1
        joined_off += len(set(_stories([text, copy], OFF))) == 1
    assert joined >= 9, (joined, joined_off)


_ZH = "市议会周二通过了新的年度预算其中教育和交通支出增加议员们对此展开了长时间的讨论"
_ZH_OTHER = "山区小学的孩子们第一次用上了电脑老师说这改变了他们看世界的方式家长也很高兴"


def _zh_paras(rng: random.Random, pool: str, n: int) -> list[str]:
    return ["，".join("".join(rng.sample(pool, 12)) for _ in range(3)) + "。" for _ in range(n)]


def test_spaced_headlines_whose_items_hold_a_colon_are_a_list() -> None:
    # (dedup25b: bench/dedup_corpus5.py's one-line `related` form, its heading and headlines split by single spaces;
    # a headline's "：" made the line prose, and a copy cut short with it appended stayed apart: dedup25b-dev2, dev3)
    rng = random.Random(13)
    story = "\n".join(_zh_paras(rng, _ZH, 6))
    heads = ["".join(rng.sample(_ZH_OTHER, rng.randint(6, 14))) for _ in range(9)]
    heads[3] = heads[3][:4] + "：" + heads[3][4:]
    heads[6] = heads[6] + "？"
    assert list_chars(story + "\n猜你喜欢" + " ".join(heads), 4) == len(story) + 1
    # prose: a sentence's stop, or clauses in a quarter of the items or more, or few items
    assert list_chars(story + "\n" + " ".join(heads) + "。", 4) == -1
    assert list_chars(story + "\n" + " ".join(h + "，" if i % 3 == 0 else h for i, h in enumerate(heads)), 4) == -1
    assert list_chars(story + "\n" + " ".join(heads[:5]) + "，" + "".join(heads[5:]), 4) == -1
    joined = 0
    for n in range(10):
        paras = _zh_paras(rng, _ZH, 10)
        cut = "\n".join(paras[: rng.randint(4, 6)])
        copy = cut + "\n精彩推荐" + " ".join(heads[n % 3 :] + heads[: n % 3])
        joined += len(set(_stories(["\n".join(paras), copy]))) == 1
    assert joined >= 9, joined


def test_a_copy_cut_at_a_read_on_line_with_a_text_glued_after_joins_its_original() -> None:
    # (dedup25b: a copy cut at a sentence end, a "点击查看全文>>" line, a rule and another page's text glued after:
    # it shares a head with its original and each holds text of its own, refused as two reports sharing a lead)
    assert read_on_chars("标题\n正文。\n点击查看全文>>\n——\n别的") == len("标题\n正文。\n")
    assert read_on_chars("标题\n正文。\n…[阅读全文]") == len("标题\n正文。\n")
    assert read_on_chars("Title\nSome text.\nContinue reading\nOther") == len("Title\nSome text.\n")
    assert read_on_chars("点击查看全文\n正文。") == -1  # (no text before it)
    assert read_on_chars("标题\n正文被称为“奸\n点击查看全文\n别的") == -1  # (cut inside a sentence)
    assert read_on_chars("标题\n我们点击查看全文的时候发现这是一个很长很长很长很长的句子。") == -1  # (a sentence)
    rng = random.Random(14)
    joined = joined_off = 0
    for _ in range(10):
        paras = _zh_paras(rng, _ZH, 12)
        copy = "\n".join(paras[: rng.randint(6, 8)]) + "\n点击查看全文>>\n——————————\n"
        copy += "\n".join(_zh_paras(rng, _ZH_OTHER, rng.randint(3, 5)))
        joined += len(set(_stories(["\n".join(paras), copy]))) == 1
        joined_off += len(set(_stories(["\n".join(paras), copy], OFF))) == 1
    assert joined >= 9 and joined_off <= 2, (joined, joined_off)
    # two reports sharing a lead, without a read-on line: apart
    apart = 0
    for _ in range(10):
        paras = _zh_paras(rng, _ZH, 8)
        other = "\n".join(paras[:4] + _zh_paras(rng, _ZH_OTHER, 4))
        apart += len(set(_stories(["\n".join(paras), other]))) == 2
    assert apart == 10
