"""The faster forms of extraction's per-line regex tests answer as the plain forms they replace (helper xspeed28).

Each plain form is written out here as it stood before; both are asked of random texts drawn from the characters
that matter to the pattern (and of a few written cases), so every branch of the fast paths is reached.
"""

from __future__ import annotations

import random
import re

from cleaner.extraction import content, dom, thread

CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"


def _texts(alphabet: str, n: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_title_parts_is_the_findall_rule() -> None:
    plain = re.compile(r"[^。！？!?]{6,40}[。！？!?]")

    def reference(text: str) -> list[str]:
        parts = plain.findall(text)
        return parts if sum(len(x) for x in parts) == len(text) else []

    words = ["租的房子墙面发霉了", "怎么办", "应该找房东处理还是自己处理", "a", "b c", "x" * 39, "y" * 41]
    rng = random.Random(28)
    texts = ["", "？", "短？", "六个字的问题？", "这是一个七字问题？" * 3, "x" * 40 + "?", "x" * 41 + "?"]
    for _ in range(4000):
        texts.append("".join(rng.choice(words) + rng.choice("。！？!?，") for _ in range(rng.randint(0, 6))))
    texts += _texts("ab 中文。！？!?", 3000, 120, 1)
    for text in texts:
        assert content._title_parts(text) == reference(text), text


def test_over_repeat_is_the_length_without_digits() -> None:
    texts = [*_texts("a1 \u3000\u0661\t\n字.", 20000, 140, 2), "x" * 60, "x" * 61, "1 " * 80 + "x" * 60]
    for text in texts:
        over = len(thread._NO_DIGITS.sub("", text)) > thread.REPEAT_CHARS
        assert (thread._OVER_REPEAT.match(text) is not None) == over, text


def test_action_hint_is_the_search() -> None:
    texts = _texts("回复举报引用点赞abcR éş♥👍 中文1", 20000, 30, 3)
    texts += ["Trả lời", "trả lời 2", "Ответить", "回复", "some text", "Reply", "♥ 12", "中文 ▲"]
    for text in texts:
        assert thread._action_hint(text) == (thread._ACTION_HINT.search(text) is not None), text


def test_like_count_is_the_look_behind_form() -> None:
    plain = re.compile(rf"(?<![^\s\d])[{thread.ACTION_SYMBOLS}]\s*\d*\s*$")
    for text in _texts("a 1♥❤👍 \t中2▲", 50000, 12, 4):
        assert (thread._LIKE_COUNT.search(text) is None) == (plain.search(text) is None), text


def test_cjk_gap_is_the_look_behind_form() -> None:
    plain = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")
    for text in _texts("中 文 a　，。 \u3000\uff01\u9fff\u3400x ", 30000, 40, 5):
        assert dom.CJK_GAP.sub("", text) == plain.sub("", text), text


def test_legal_and_account_tests_are_the_grouped_forms() -> None:
    legal = re.compile(content._LEGAL.pattern.replace("|新闻热线[:：]|广告热线[:：]|服务热线[:：]|客服热线[:：]", ""))
    grouped = re.compile(legal.pattern + "|(?:新闻|广告|服务|客服)热线[:：]")
    texts = _texts("新闻广告服务客服热线:：版权所有由某某主办 ICP©a", 30000, 20, 6)
    for text in texts:
        assert (content._LEGAL.search(text) is None) == (grouped.search(text) is None), text
    account = re.compile(r"(?:^|\s)@\w[\w.]+")
    for text in _texts("@a. b中@@1 ", 20000, 12, 7):
        fast = "@" not in text or content._ACCOUNT.search(text) is None
        assert fast == (account.search(text) is None), text


def test_data_uri_is_the_look_behind_form() -> None:
    from cleaner import extraction

    plain = re.compile(r"(?<=[\"'(])data:[\w/.+-]{1,64};base64,[A-Za-z0-9+/=\s]{4096,}")
    rng = random.Random(8)
    for _ in range(300):
        pieces = [rng.choice(["data:", "'", '"', "(", "x", "image/png;base64,", "A" * rng.randint(0, 5000), " "])]
        pieces += [rng.choice(["data:", "'", '"', "(", "x", "image/png;base64,", "A" * 4100]) for _ in range(8)]
        text = "".join(pieces)
        assert extraction._DATA_URI.sub("", text) == plain.sub("", text)
