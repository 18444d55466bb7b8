"""An excerpt of a story's middle paragraphs inside a page of its own text as long as itself (a forum repost with its
thread chrome and replies, a crawler's glued page) joins its story; a page sharing only a story's lead stays apart
(``verify._edge``, dedupgen38; docs/dedup-corpus38.md)."""

from __future__ import annotations

from cleaner.dedup import collapse
from tests.test_dedup import doc, jx, story_paths


def _paragraphs(text: str) -> list[str]:
    sentences = [s + "。" for s in text.split("。") if s.strip()]
    return ["".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]


def _forum(body: list[str]) -> str:
    head = ["西祠胡同 > 南京人", "转自：南方在线", "楼主 风中的蒲公英 发表于 2026-03-15 21:33"]
    head.append("只看该作者 | 倒序浏览 | 阅读模式")
    tail = ["本帖最后由 风中的蒲公英 于 2026-03-16 04:01 编辑", "回复 | 举报 | 收藏"]
    replies = _paragraphs(jx(4))[:5]
    for floor, reply in enumerate(replies, 2):
        tail += [f"{floor}楼 阿强 发表于 2026-03-1{floor} 12:27", reply, "回复 举报"]
    return "\n".join(head + body + tail)


def test_a_middle_excerpt_in_a_forum_thread_joins_its_story_and_a_shared_lead_does_not() -> None:
    story = _paragraphs(jx(3))
    excerpt = _forum(story[2:6])  # (4 of 9 paragraphs, from the middle; the thread's own text as long)
    lead_only = "\n".join([story[0], *_paragraphs(jx(4))[3:12]])  # (the story's lead, then another text)
    res = collapse([doc("\n".join(story), "story"), doc(excerpt, "forum"), doc(lead_only, "lead")])
    assert story_paths(res) == [{"story:0", "forum:0"}, {"lead:0"}]
