"""Chinese portal layouts of ``bench/zh_portal_corpus.py`` (issue #12): the parts of a split body in sibling
sections (a recipe: intro, ingredients, steps, tips). Self-contained pages; the generator's own pages are scored
with ``python bench/zh_portal_corpus.py --score``."""

from __future__ import annotations

from cleaner.extraction import extract_html

INTRO = "这道菜做法简单，酸甜可口，是家里孩子最爱吃的一道家常菜。"
STEPS = [
    "鸡翅洗净，在两面各划两刀，方便入味，再用厨房纸吸干表面的水分，放入大碗中备用。",
    "锅中放冷水，放入鸡翅、姜片和料酒，大火煮开后撇去浮沫，捞出后用温水冲洗干净并沥干。",
    "炒锅烧热后放少许油，放入鸡翅，用小火慢慢煎至两面金黄，期间要翻面两到三次。",
    "倒入一整罐可乐，没过鸡翅，再加入生抽和老抽，大火烧开后转小火，盖上锅盖慢炖二十分钟。",
    "最后开大火收汁，用锅铲不停地翻动鸡翅，让每一块都均匀裹上浓稠的汤汁，即可出锅装盘。",
    "装盘后可以撒上一些白芝麻和葱花点缀，趁热食用口感最好，放凉以后鸡翅的表皮会变硬。",
]
TIPS = "煎鸡翅时要用小火，以免外焦里生；收汁时要不停翻动，防止粘锅。"
OTHERS = [
    f"{d}的做法"
    for d in (
        "蛋挞",
        "酸辣土豆丝",
        "红烧肉",
        "麻婆豆腐",
        "番茄炒蛋",
        "葱油饼",
        "鱼香肉丝",
        "糖醋排骨",
        "土豆烧牛肉",
        "可乐鸡腿",
    )
]


def _recipe() -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>{a}</td></tr>" for n, a in (("鸡翅", "10个"), ("可乐", "1罐"), ("生抽", "1汤匙"))
    )
    steps = "".join(
        f'<li><img src="/s{i}.jpg"><div class="step-text"><span class="num">{i + 1}</span><p>{s}</p></div></li>'
        for i, s in enumerate(STEPS)
    )
    grid = "".join(
        f'<li><a href="/r/{i}"><img src="/t.jpg"><p>{o}</p><span>{i}97人做过</span></a></li>'
        for i, o in enumerate(OTHERS)
    )
    return f"""<html><head><title>可乐鸡翅的做法_美食天下</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/c/">菜谱</a> | <a href="/q/">厨房问答</a></div>
<div class="wrap"><div class="recipe-head"><h1>可乐鸡翅的做法</h1><div class="stat">5260人做过 · 121收藏</div></div>
<div class="intro"><p>{INTRO}</p></div>
<div class="ings"><h2>用料</h2><table>{rows}</table></div>
<div class="steps"><h2>可乐鸡翅的做法步骤</h2><ol>{steps}</ol></div>
<div class="tips"><h2>小贴士</h2><p>{TIPS}</p></div>
<div class="also"><h3>猜你喜欢</h3><ul>{grid}</ul></div></div></body></html>"""


def test_a_recipe_keeps_its_intro_ingredients_steps_and_tips() -> None:
    # the steps sit in a section under their own heading ("做法步骤"): the intro, the ingredients table and the
    # tips are sibling sections of that section, each one short paragraph or a table; a grid of other recipes
    # makes their common parent score below the steps alone
    text = extract_html(_recipe()).text
    for piece in (INTRO, *STEPS, TIPS, "可乐"):
        assert piece in text, piece
    assert text.index(INTRO) < text.index(STEPS[0]) < text.index(TIPS)
    assert not any(o in text for o in OTHERS)


STORY = [
    "记者从市交通委获悉，本市今年将新开通公交线路二十条，优化调整线路三十条，方便市民出行。",
    "据介绍，新开通的线路主要集中在新建居住区和产业园区，首末班时间将根据客流情况适时调整。",
]
RELATED = [
    (
        "地铁故障演练区间内停车数百乘客紧急疏散",
        "演练中，列车在区间内停车，工作人员引导数百名乘客有序下车，沿疏散平台步行至车站。",
    ),
    ("小微企业所得税减半征收标准提高", "财政部发布通知，将小型微利企业减半征收所得税的标准由三万元提高至六万元。"),
    ("春节假期全台十五条森林步道推荐", "林务局推荐十五条适合全家同游的森林步道，沿途可以欣赏瀑布、古道与山林风光。"),
    ("国务院食安办部署春节食品安全检查", "各地将重点检查肉类、酒类和节日食品，严厉打击制售假冒伪劣食品的违法行为。"),
    ("武广高铁春运高峰取消刷身份证", "为加快旅客进站速度，春运高峰期间广州南站和长沙南站进站时将不再刷身份证。"),
    ("汽车整车三包拟提至五万公里", "国家质检总局起草的家用汽车三包规定征求意见稿，拟将整车包修期提高到五万公里。"),
]


def test_a_short_story_over_a_related_list_of_dated_teasers_is_the_block() -> None:
    # a related-news list of (headline link, one-sentence summary, date) items under a two-paragraph story: the
    # dates between the pairs do not hide that the summaries are teasers, so the list outweighs no story
    items = "".join(
        f'<li><h4><a href="/n/{i}.shtml">{h}</a></h4><p>{s}{t}</p><span>2012-07-2{i} 23:20</span></li>'
        for i, ((h, s), (_, t)) in enumerate(zip(RELATED, RELATED[1:] + RELATED[:1], strict=True))
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = f"""<html><head><title>本市今年新开二十条公交线路_新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/gn/">国内</a> | <a href="/sh/">社会</a></div>
<div class="article"><h1>本市今年新开二十条公交线路</h1><p class="meta">2012-07-22 10:00 来源：中新网</p>
<div class="text">{paragraphs}</div><p class="editor">【责任编辑：王伟】</p></div>
<div class="rel-news"><h3>相关新闻</h3><ul>{items}</ul></div></body></html>"""
    text = extract_html(html).text
    assert all(p in text for p in STORY)
    assert not any(h in text or s in text for h, s in RELATED)
