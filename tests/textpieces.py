"""Pieces of text the property tests glue together: each one triggers a cleaning rule or an edge case."""

# Portal suffixes, aggregator markers, boilerplate lines, metadata lines, punctuation of both widths,
# icon glyphs, odd spaces, and a little prose.
PIECES = [
    "用微信扫码二维码",
    "分享至好友和朋友圈",
    "为您推荐:",
    "推荐阅读",
    "换一换",
    "责任编辑:张三",
    "本文来源:新京报",
    "(原标题:某事)",
    "_网易财经",
    "_百度知道",
    "《某标题》 精选一",
    "《某标题》 精选二",
    ">> THE END <<",
    "转载请联系原作者。",
    "当前位置 > 首页 > 新闻",
    "Current location - Home - News",
    "\ue001",
    "\u3000",
    "\u200b",
    "。",
    "!",
    "?",
    ",",
    "\n",
    "\n\n",
    " ",
    "作者| 某人来源|某处",
    "----",
    "我要回帖",
    "今天天气很好,我们一起去公园散步。",
    "The market rose sharply on Monday after the announcement.",
]

# More for the rule-engine equivalence tests: case folding, first-character dispatch, English chrome.
ENGINE_EXTRA = [
    "（责编 李四）",
    "【编辑:王五_NB12】",
    "CURRENT LOCATION",
    "K",
    "ſ",
    "ı",
    "Share this article",
    "Copyright 2020 Foo",
    "© 2021",
    "12 comments",
    "(阅读:12;评论:3)",
    "版权所有 未经许可不得转载",
    "\xa0",
    "\t",
    "\U000f0001",
    "\r\n",
    "é",
    "  ",
    "a",
    "某",
    "1",
]


# A short Chinese news article of five paragraphs (written for the tests), for pages built around it.
NEWS_PARAGRAPHS = [
    "12月6日，安徽省合肥市蜀山区二里街社区为农民工开设了维权绿色通道，帮助他们追讨被拖欠的工资。",
    "社区工作人员介绍，今年以来已有三十多名农民工通过这条通道拿回了工钱，涉及金额超过四十万元。",
    "来自河南的农民工老李说，过去讨薪要跑好几个部门，现在只要到社区登记，就有人帮忙联系用工单位。",
    "据了解，这条通道由社区、街道劳动保障所和律师事务所共同设立，律师每周两次到社区坐班，免费提供法律咨询。",
    "社区负责人表示，年关将至，他们还将走访辖区内的建筑工地，提前排查可能出现的欠薪问题。",
]
