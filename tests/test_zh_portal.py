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
