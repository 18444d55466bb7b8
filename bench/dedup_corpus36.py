"""An eighth near-duplicate corpus: reposts of short posts, wire stories, listicles, articles (issue #13, dedupgen36).

Written before cleaner was run on it and before reading ``cleaner/dedup``; of the other dedup generators only their
docstrings, ``KINDS`` / ``NEGATIVES`` and the scoring interface of ``dedup_corpus4`` (``Doc`` / ``score`` / ``run`` /
``report`` / ``misses``) were read. Its edits, rates, chrome sentences (Weibo chains, wire lines, adverts, press-release
boilerplate, notices) and hard negatives are its own, and written to cover what the others do not.

Source texts: none of the shared gold texts. Every text is written here from this file's own sentence frames: Chinese
short posts (80-300 characters, a personal voice), English wire stories (a ``WASHINGTON (Reuters) -`` or
``LONDON (AP) —`` lead, American spelling, a reporting line), listicles (Chinese and English, 5-10 numbered items),
and Chinese articles (a title, 4-11 paragraphs). Halves by story: ``half("dedup36", "SEED/story id")`` (hard negatives
by their group id the same way), so every copy of a story lies in one half.

Each story: its original and 2-4 copies, each made from the original (75 %) or from an earlier copy (kinds add up),
with one edit (55 %), two (35 %) or three, drawn from the kinds its shape takes:

- ``weibo_chain``   (posts) Weibo repost chains before the original: ``评论//@用户2:评论2//@作者:原文``, or
  ``转发微博`` with no comment; 1-4 links, emoticon codes (``[doge]``);
- ``weibo_card``    (posts) the post as a scraped repost card: the reposter's name, time and client line, ``转发微博``,
  the quoted ``@作者`` block, the post, its time line and ``转发 | 评论 | 赞`` counts;
- ``wire_dateline`` (wire) the outlet's own lead and tail: dateline dropped or rewritten (``(Reuters) -``,
  ``By Reuters staff``, ``WASHINGTON —``), the reporting line dropped, a copyright / "contributed" line added;
- ``wire_local``    (wire) a local first paragraph (1-3 sentences of the outlet's town and officials) and a new title;
- ``spelling``      (wire, en listicles) American spelling to British (organisation, programme, per cent ...);
- ``wire_trim``     (wire) the last 20-45 % of the paragraphs cut (an outlet trims from the bottom);
- ``list_reorder``  (listicles) the items reordered (all shuffled, or a countdown) and renumbered in another style
  (``1、`` / ``一、`` / ``No.3`` / ``第3个：`` / ``(3)`` / ``#3``), the intro kept;
- ``inline_ads``    (wire, listicles, articles) an advert paragraph (one site's set) after every 2-4 paragraphs;
- ``ocr_noise``     (posts, wire, articles) OCR-like noise: look-alike characters (己/已, 末/未 ...; en: l/1, rn/m),
  full-width digits, stray spaces between CJK characters, hard line breaks (en: hyphenated);
- ``entities``      HTML entities and tags left in (``&nbsp;``, ``&ldquo;``, ``&amp;``, ``&mdash;``, ``<br>``);
- ``markdown``      Markdown marks (``#`` titles, ``**bold**``, ``>`` quotes, list bullets, links, image lines, rules).

Hard negatives (each text its own story, a group inside one half):

- ``lottery``       3-4 short Weibo posts of one template: a lottery post (``#话题# 转发抽奖…``) of different brands and
  prizes, or a topic campaign (``#话题# 我的家乡是…``) of different users, each under a different user's comment;
- ``about_boiler``  3 press releases of different companies ending in one long shared "About X" / "关于X" and
  disclaimer block (30-45 % of each text);
- ``match``         3-4 sports match reports of one template (zh or en), different teams, players, minutes and scores;
- ``notice``        3-4 court hearing or exam notices of one template, different parties, case numbers, dates.

Scores (``dedup_corpus4.score``): pairwise precision / recall / F1 per half, recall by kind and by number of edits,
hard-negative pairs merged by group kind. ``--baseline`` adds plain datasketch + jieba (``bench_dedup.run_baseline``).

    .venv/bin/python bench/dedup_corpus36.py [--seed dedupgen36-dev1] [--seeds a,b] [--misses] [--baseline]
"""

# ruff: noqa: E501  (long literal sentences: CJK characters count double)

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedup_corpus4 import Doc, misses, report, run
from dedup_corpus4 import score as score  # (re-exported: the same scoring)
from halves import HALVES, half

CORPUS = "dedup36"
KINDS = ("weibo_chain", "weibo_card", "wire_dateline", "wire_local", "spelling", "wire_trim", "list_reorder",
         "inline_ads", "ocr_noise", "entities", "markdown")  # fmt: skip
NEGATIVES = ("lottery", "about_boiler", "match", "notice")
SHAPE_KINDS = {
    "post": ("weibo_chain", "weibo_card", "ocr_noise", "entities"),
    "wire": ("wire_dateline", "wire_local", "spelling", "wire_trim", "inline_ads", "ocr_noise", "entities", "markdown"),
    "list_zh": ("list_reorder", "inline_ads", "entities", "markdown"),
    "list_en": ("list_reorder", "inline_ads", "spelling", "entities", "markdown"),
    "article": ("inline_ads", "ocr_noise", "entities", "markdown"),
}
"""The edit kinds each shape of story takes (a post gets no advert paragraphs, an article no Weibo chain)."""

# ---------------------------------------------------------------- words (all written for this corpus)

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛范彭鲁韦马方俞任袁柳鲍史唐"
GIVEN = "子涵浩然思远一鸣欣怡梓轩雨桐俊杰晨曦嘉懿若溪明哲婉清铭泽安琪景行书瑶博文诗雅宇航佳音"
CITIES = ("常州 嘉兴 绵阳 柳州 赣州 潍坊 襄阳 遵义 湛江 榆林 大理 九江 盐城 芜湖 临沂 岳阳 宜宾 泉州 洛阳 包头 "
          "丹东 延吉 天水 玉溪 吉安 漳州 衢州 南充 荆州 鞍山").split()  # fmt: skip
DISTRICTS = "新北 武进 高新 经开 滨湖 东城 西湖 江南 南湖 城北 河西 临港".split()

DOMAINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "交通": (("公交微循环线路", "地铁接驳站", "慢行步道", "智慧停车泊位", "过街天桥", "货运绕城通道", "公交港湾"),
             ("开通", "改造", "扩容", "试运行", "优化", "贯通"), "条"),
    "教育": (("课后托管班", "社区书屋", "校园食堂", "职业技能课程", "学位供给", "研学基地", "乡村教学点"),
             ("增设", "升级", "试点", "覆盖", "新建", "整合"), "所"),
    "医疗": (("家庭医生签约服务", "互联网门诊", "基层卫生室", "急救站点", "慢病随访", "中医馆", "检验结果互认"),
             ("推广", "布设", "上线", "扩面", "建成", "延伸"), "家"),
    "农业": (("高标准农田", "冷链仓储", "稻虾共作基地", "智慧大棚", "烘干中心", "良种繁育田", "农产品直播间"),
             ("建设", "流转", "改造", "验收", "投用", "推广"), "亩"),
    "文旅": (("夜间街区", "非遗工坊", "露营地", "城市书房", "古镇游线", "乡村民宿集群", "文创市集"),
             ("打造", "开放", "提升", "启用", "串联", "焕新"), "处"),
    "环保": (("雨污分流管网", "垃圾分类驿站", "河道生态岸线", "光伏车棚", "口袋公园", "湿地保护区", "餐厨处理站"),
             ("铺设", "整治", "修复", "建成", "清淤", "补植"), "公里"),
    "就业": (("零工驿站", "见习岗位", "创业孵化室", "技能培训班", "招聘直播", "返乡创业园", "家门口就业点"),
             ("设立", "募集", "开设", "举办", "发布", "落地"), "个"),
    "社区": (("老旧小区加装电梯", "长者食堂", "充电车棚", "邻里中心", "物业服务站", "儿童友好空间", "社区食堂"),
             ("完成", "推进", "运营", "新增", "试点", "改造"), "台"),
}  # fmt: skip
ZH_BENEFITS = ("缩短群众办事的路程", "让周边居民少跑腿", "带动村集体增收", "缓解早晚高峰的拥堵", "补上公共服务的短板",
               "让老人在家门口就能解决问题", "吸引年轻人回流", "提升片区的整体环境")  # fmt: skip
ZH_RISKS = ("后期运营资金的保障", "管理维护跟不上", "各部门之间的衔接", "群众的实际使用频率", "同质化建设的问题",
            "施工期间对出行的影响")  # fmt: skip
ZH_COMPLAINTS = ("下班回家要绕一大圈", "周末带孩子没地方去", "排队要等一上午", "雨天门口全是积水", "买菜得坐两站公交",
                 "晚上路灯都不亮")  # fmt: skip
ZH_IMPROVES = ("走几步路就到了", "手机上点一点就能办", "孩子放学有了去处", "环境一下子敞亮了", "老人也愿意出门了",
               "再也不用来回折腾")  # fmt: skip

ZH_OPENERS = ("", "", "", "据了解，", "记者获悉，", "今年以来，", "{date}，", "与此同时，", "在{district}，", "从{month}月起，",
              "目前，", "近年来，", "按照安排，", "截至{month}月底，", "另外，", "值得一提的是，", "去年，", "下一步，", "此前，",
              "今年{month}月，", "对此，", "为此，", "记者在现场看到，", "{date}上午，")  # fmt: skip
ZH_SUBJECTS = ("{org}", "{org}", "{role}{person}", "{city}", "{district}", "周边{num}余户居民", "施工单位", "{org2}",
               "{num3}家企业", "志愿者", "街道干部", "评估机构", "{surname}{title}", "不少市民", "{person3}",
               "{person}")  # fmt: skip
ZH_PREDICATES = (
    "完成{noun}{act}{num}{unit}", "新增{noun2}{num}{unit}", "排查{noun2}隐患{num}处", "收到建议{num}条",
    "投入{money}万元", "召开座谈会{num3}场", "把{noun}列入民生实事", "推出“{slogan}”服务", "走访{num}户家庭",
    "梳理问题清单{num3}份", "协调解决{num3}件难事", "对{noun}进行{act}", "试点{noun2}", "公布{noun}进度表",
    "签下{num3}份协议", "引进{org3}", "培训{num}人次", "组建{num3}支队伍", "每{num3}天通报一次", "开通{slogan}热线",
    "腾出{num}平方米", "改造{num}{unit}{noun}", "接入{noun2}平台", "启动第{num3}批{noun}", "发放补贴{money}万元",
    "提交{num3}份报告", "盯住{noun2}不放", "吸纳就业{num}人", "抽查{num}个点位", "压缩审批{num3}天", "整改{num}个问题",
    "为{noun}争取{money}万元", "搭建{noun2}台账", "请来{num3}位专家", "拿出{num3}套方案", "调整{noun2}线路",
    "设立{num3}个服务点", "牵头{noun}验收", "上报{num}条线索", "办理{num}件诉求",
)  # fmt: skip
ZH_TAILS = ("", "", "", "，比去年多{pct}%", "，覆盖{num}个小区", "，预计{month}月完工", "，惠及{num}余人",
            "，其中{pct}%用于{noun2}", "，{title}们普遍满意", "，进度超出预期", "，还有{num3}处在收尾",
            "，资金来自{org2}", "，办结率{pct}%", "，在{province}尚属首次", "，排名全省第{num3}", "，{metric}缩短{pct}%",
            "，{benefit}", "，但{risk}仍待解决", "，{improve}", "，而以前{complaint}")  # fmt: skip
ZH_QUOTE_A = ("这事拖不得", "群众的事没有小事", "钱要花在刀刃上", "我们天天盯着", "不能只看数字", "说到就要做到",
              "先把最难的啃下来", "大家的意见我们都记着", "好事要办好", "标准不能降")  # fmt: skip
ZH_QUOTE_B = ("年底前一定给个交代", "哪里不满意就改哪里", "每一笔账都要公开", "接下来还要回头看", "欢迎大家来监督",
              "后面还有{num3}个项目排着队", "要让{title}们用得上、用得起", "明年的计划已经在做了")  # fmt: skip
ZH_ROLES = ("局长", "副局长", "主任", "副主任", "党工委书记", "区长", "处长", "总工程师")
ZH_FEATURES = ("装配式施工", "分段错峰施工", "海绵城市", "数字孪生管理", "模块化拼装", "全过程监理")
ZH_METRICS = ("通勤时间", "排队时长", "办事时间", "步行距离", "等候时间")
ZH_SLOGANS = ("一键约", "随手办", "马上到", "家门口", "暖心送", "就近办")
FIRMS = ("恒拓", "安澜", "禾信", "泽远", "君澄", "弘毅", "沐川", "青崖", "景和", "朗月", "桐舟", "砚石", "晴川", "岱宗")
FIRM_TAILS = ("科技公司", "建设集团", "环境公司", "物业公司", "设计院", "运营公司", "农业合作社")
PROVINCES = ("江苏", "浙江", "四川", "广西", "江西", "山东", "湖北", "贵州", "广东", "陕西", "云南", "吉林", "福建")

POST_FRAMES = (
    "今天{time}去{place}{doing}，{event}。",
    "{pet}今天又把{object}{petact}了，{reaction}[{emo}]",
    "在{city}{place}门口等了{num}分钟，{reaction}",
    "有没有人知道{city}哪里能{need}？{context}。",
    "终于{done}了！{feeling}[{emo}]",
    "推荐一家{city}的{shop}，{dish}{taste}，人均{num}块，{remark}。",
    "{weather}，{plan}。",
    "{person2}说{saying}，{reaction}",
    "第{num}天{habit}，{progress}。",
    "刚看完{show}，{review}。",
)  # fmt: skip
POST_WORDS: dict[str, tuple[str, ...]] = {
    "time": ("一大早", "中午", "下班后", "傍晚", "半夜十二点", "周末上午"),
    "place": ("菜市场", "图书馆", "理发店", "小区楼下", "高铁站", "江边", "夜市", "博物馆", "健身房", "宠物医院"),
    "doing": ("办事", "排队取号", "给猫打疫苗", "跑了五公里", "买早点", "拍日落", "借了三本书", "剪头发"),
    "event": ("结果系统维护白跑一趟", "碰到了小学同学", "发现换了新老板", "人多到挤不进去", "居然一个人都没有",
              "被一只橘猫跟了一路", "老板多送了两个包子"),
    "pet": ("我家猫", "我家狗子", "楼下的小柯基", "室友的仓鼠", "家里的鹦鹉"),
    "object": ("拖鞋", "耳机线", "快递盒", "窗帘", "沙发垫", "数据线"),
    "petact": ("咬坏", "藏起来", "拖到阳台上", "扯成两半", "踩翻"),
    "reaction": ("真的会谢", "气笑了", "心态崩了", "我还能说什么呢", "太真实了", "笑死我了", "人麻了"),
    "emo": ("doge", "允悲", "哈哈", "二哈", "泪", "吃瓜", "微笑", "思考"),
    "need": ("修老式收音机", "配到原厂的表带", "买到现磨的豆浆", "打羽毛球不用排队", "找到靠谱的开锁师傅"),
    "context": ("问了好几家都说不行", "上周路过还在的", "急用，在线等", "求本地朋友推荐", "网上搜出来的都关门了"),
    "done": ("考完科目二", "把毕业论文交上去", "搬完家", "拿到驾照", "把房贷还清", "学会了换胎"),
    "feeling": ("感觉整个人都轻了", "想原地睡三天", "请大家吃冰棍", "激动得手在抖", "晚上必须加个鸡腿"),
    "shop": ("牛肉面馆", "糖水铺", "烧烤摊", "早茶店", "砂锅粥"),
    "dish": ("招牌的酸汤肥牛", "杨枝甘露", "烤脑花", "虾饺", "蟹黄粥"),
    "taste": ("鲜得掉眉毛", "甜度刚刚好", "辣得很过瘾", "皮薄馅大", "火候特别足"),
    "remark": ("老板是个话痨", "去晚了就没了", "已经回购三次", "适合一个人吃", "带爸妈去的也说好"),
    "weather": ("外面下了一整天的雨", "今天热到三十八度", "突然降温十度", "难得的大晴天", "早上起了大雾"),
    "plan": ("计划全部泡汤", "决定在家煮火锅", "出门记得带伞", "打算去江边走走", "被子晒得香香的"),
    "person2": ("我妈", "同事", "隔壁大爷", "我家领导", "出租车师傅"),
    "saying": ("年轻人就该早睡", "这个天气适合吃羊肉", "明天肯定下雨", "买房不如租房", "猫比人懂事"),
    "habit": ("早起背单词", "不喝奶茶", "坚持跳绳", "六点起床", "记账"),
    "progress": ("体重掉了两斤", "已经能背一百个了", "钱包终于鼓起来了", "膝盖有点疼", "状态越来越好"),
    "show": ("那部讲老街的纪录片", "新出的悬疑剧大结局", "一部八十年代的老电影", "朋友推荐的动画片"),
    "review": ("后劲太大了", "结尾有点仓促", "配乐绝了", "看哭了三次", "比预想的好看"),
}  # fmt: skip
TOPICS = ("#周末去哪儿#", "#打工人日常#", "#我的宠物成精了#", "#城市美食地图#", "#今日份快乐#", "#生活碎片#")

EN_FIRST = ("James", "Maria", "David", "Priya", "Thomas", "Elena", "Samuel", "Grace", "Daniel", "Ana", "Robert", "Leila",
            "Michael", "Sofia", "Andrew", "Nadia", "Peter", "Yuki", "Carlos", "Hannah")  # fmt: skip
EN_LAST = ("Holloway", "Brennan", "Okafor", "Lindqvist", "Marchetti", "Kaur", "Delgado", "Whitfield", "Nakamura",
           "Petrov", "Abernathy", "Castellano", "Osei", "Fairbanks", "Moreau", "Halvorsen", "Quiroga", "Sterling")  # fmt: skip
EN_CAPITALS = (("WASHINGTON", "U.S."), ("LONDON", "British"), ("BRUSSELS", "European"), ("OTTAWA", "Canadian"),
               ("CANBERRA", "Australian"), ("NAIROBI", "Kenyan"), ("MEXICO CITY", "Mexican"), ("SEOUL", "South Korean"),
               ("WARSAW", "Polish"), ("LIMA", "Peruvian"), ("MANILA", "Philippine"), ("OSLO", "Norwegian"))  # fmt: skip
EN_TOPICS = (("port", "shipping"), ("grid", "electricity"), ("rail", "freight rail"), ("water", "drinking water"),
               ("fishery", "fishing"), ("broadband", "fiber broadband"), ("housing", "public housing"),
               ("vaccine", "vaccine"), ("drought", "drought relief"), ("airport", "airport expansion"),
               ("steel", "steel tariff"), ("tuition", "student loan"))  # fmt: skip
EN_OFFICES = ("ministry of transport", "finance ministry", "energy regulator", "labor department", "defense ministry",
              "health agency", "central bank", "trade commission", "environment agency", "housing authority")  # fmt: skip
EN_OPENERS = ("", "", "", "On {day}, ", "Separately, ", "Earlier this year, ", "In {month}, ", "Under the plan, ",
              "Last year, ", "Meanwhile, ", "By {month}, ", "Since {year}, ", "At a briefing, ", "In a statement, ",
              "Privately, ", "For now, ")  # fmt: skip
EN_SUBJECTS = ("the {office}", "the {office}", "{official}", "{company}", "lawmakers", "the {nat} government",
               "{official2}, an opposition lawmaker,", "analysts at {bank}", "residents of {region}", "{num} unions",
               "the state auditor", "{official3}", "regional officials", "a {office} spokeswoman", "{company}'s chief "
               "executive")  # fmt: skip
EN_PREDICATES = (
    "said it would {verb} a {money} {topic} program", "criticized the {topic} plan", "analyzed {num2} proposals",
    "favored larger operators", "canceled a briefing on {day2}", "traveled to {region} to meet {group}",
    "authorized a review of {topic} costs", "pledged to modernize the {topic} network", "warned of labor shortages "
    "in {region}", "sought to prioritize {group}", "opened a new center in {region}", "cut its forecast by {pct} "
    "percent", "asked {group} for patience", "rejected the {committee} committee's draft", "published {num} pages of "
    "documents", "recognized the plan's flaws", "signed {num} contracts worth {money}", "delayed the tender until "
    "{month}", "hired {num2} inspectors", "questioned the licensing terms", "backed the {topic} overhaul",
    "organized {num} public hearings", "raised {topic} fees by {pct} percent", "filed suit in {region}",
    "apologized to {group}", "stepped up its defense of the budget", "sent {num} teams to {region}",
    "urged {group} to accept the offer", "estimated the cost at {money}", "froze {num} projects in {region}",
    "honored an earlier pledge to {group}", "moved {num2} staff to the {topic} unit",
)  # fmt: skip
EN_TAILS = ("", "", "", ", officials said", ", {pct} percent more than in {year}", ", citing {reason}",
            " ahead of a vote in {month}", ", according to a statement", ", the first such move since {year}",
            " despite {reason}", ", two people familiar with the matter said", " after weeks of talks",
            ", a {office} document showed", " on {day2}", ", people briefed on the talks said")  # fmt: skip
EN_REGIONS = ("the northern provinces", "coastal towns", "the capital region", "the eastern border districts",
              "farming counties", "the mining belt", "the southern islands", "river valley towns", "the old port district")
EN_GROUPS = ("small operators", "rural communities", "retired workers", "commuters", "local councils", "farmers",
             "students", "hospital staff", "fishing crews", "landlords")  # fmt: skip
EN_REASONS = ("rising costs", "a shortage of engineers", "pressure from unions", "legal challenges", "a weak currency",
              "falling tax revenue", "public protests", "a dispute over the licensing terms", "the color of the "
              "budget forecast")  # fmt: skip
EN_QUOTE_A = ("We recognize the concerns", "This is not about politics", "We have done our homework",
              "Nobody wants a repeat of {year}", "The numbers speak for themselves", "We are not there yet")
EN_QUOTE_B = ("and we will prioritize the people who need it most", "and the program will be judged on results",
              "but the center of this debate is labor", "so we analyzed every option", "and we favor moving quickly",
              "but we will honor every contract")  # fmt: skip
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")  # fmt: skip
EN_COMPANIES = ("Northgate Logistics", "Bramwell Energy", "Coastal Fiber Corp", "Redwater Holdings", "Tilbury Group",
                "Meridian Rail", "Ashcombe Utilities", "Silverline Ports", "Keystone Grid", "Halcyon Foods")  # fmt: skip
EN_BANKS = ("Veritas Capital", "Harbor Street Securities", "Linden & Moss", "Crane Research", "Easton Partners")
EN_COMMITTEES = ("budget", "infrastructure", "finance", "public accounts", "regional affairs")
US_UK = (("organization", "organisation"), ("program", "programme"), ("analyzed", "analysed"), ("favored", "favoured"),
         ("recognize", "recognise"), ("prioritize", "prioritise"), ("center", "centre"), ("labor", "labour"),
         ("criticized", "criticised"), ("percent", "per cent"), ("canceled", "cancelled"), ("licensing", "licencing"),
         ("traveled", "travelled"), ("neighboring", "neighbouring"), ("modernize", "modernise"), ("meter", "metre"),
         ("behavior", "behaviour"), ("gray", "grey"), ("authorized", "authorised"), ("honoring", "honouring"),
         ("defense", "defence"), ("color", "colour"), ("fiber", "fibre"), ("favorite", "favourite"),
         ("organize", "organise"), ("apologized", "apologised"))  # fmt: skip
TOWNS = ("Millbrook", "Ashford Falls", "Port Carrow", "Greenhaven", "Eastleigh", "Cedar Bluff", "Kingsbridge", "Redcliffe")
PAPERS = ("Gazette", "Courier", "Herald", "Examiner", "Chronicle", "Standard")

LIST_ZH_TOPICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "收纳": ("家里越住越宽敞的{n}个收纳习惯", ("门后挂袋", "抽屉分隔盒", "床底滑轮箱", "墙面洞洞板", "真空压缩袋",
            "转角置物架", "鞋柜翻斗", "冰箱侧挂", "衣柜分层板", "桌下挂篮", "透明标签盒")),
    "省电": ("夏天电费少一半的{n}个小办法", ("空调调到二十六度", "拔掉待机插头", "冰箱别塞太满", "换一级能效灯",
            "洗衣机攒满再洗", "热水器定时加热", "电饭煲提前泡米", "窗户贴隔热膜", "电脑开节能模式", "风扇配合空调")),
    "旅行": ("第一次去海边要带的{n}样东西", ("防水手机袋", "折叠遮阳帽", "速干毛巾", "防晒冰袖", "晕车贴",
            "沙滩拖鞋", "小号密封袋", "充电宝", "驱蚊液", "轻薄外套", "备用眼镜")),
    "读书": ("坚持读完一本书的{n}个技巧", ("每天固定十五分钟", "先读目录再读正文", "边读边写一句话", "找个读书搭子",
            "把手机放远一点", "从薄书开始", "允许自己跳读", "睡前不读电子屏", "定期复盘笔记", "读完立刻分享")),
    "厨房": ("新手下厨少踩坑的{n}条经验", ("热锅凉油", "肉先腌再炒", "盐最后放", "刀要常磨", "青菜大火快炒",
            "炖汤一次加足水", "蒜末分两次下", "豆腐先焯水", "鱼身擦干再煎", "调料提前备好")),
    "跑步": ("跑步膝盖不疼的{n}个要点", ("先热身十分钟", "步频比步幅重要", "别在水泥地硬跑", "每周加量不超一成",
            "跑后拉伸", "选合脚的跑鞋", "核心力量要练", "累了就休息", "控制体重", "上下坡放慢")),
    "带娃": ("带娃出门不手忙脚乱的{n}个准备", ("备一套换洗衣服", "湿巾分两包放", "提前查母婴室", "小零食装分格盒",
            "带一本薄绘本", "手机存好儿歌", "推车挂收纳袋", "约好集合地点", "贴身放退热贴", "错峰出门")),
    "租房": ("第一次租房一定要看的{n}个地方", ("水压够不够", "窗户朝向", "电表读数", "门锁能不能换", "墙角有没有霉",
            "热水器年限", "合同里的违约金", "物业费谁交", "楼道的消防通道", "网络能不能装")),
    "养猫": ("新手养猫最容易忽略的{n}件事", ("猫砂盆放角落", "窗户装纱网", "定期驱虫", "别喂人吃的饭", "准备猫抓板",
            "多放几个水碗", "绝育要趁早", "剪指甲从小练", "收好电线", "每年体检")),
    "理财": ("工作头三年最该养成的{n}个理财习惯", ("工资到账先存一笔", "记账只记大头", "信用卡按时还", "留足应急金",
            "别碰看不懂的产品", "给自己买份保险", "年终奖分三份", "少办会员卡", "定期查征信", "提升技能最划算")),
}  # fmt: skip
LIST_ZH_WHY = ("很多人嫌麻烦", "其实只要{m}分钟", "坚持{m}天就见效", "成本不到{m}块", "身边朋友都说好", "老一辈早就这么做",
               "最容易被忽略", "能省下不少时间", "关键是养成习惯", "头一周可能不习惯", "编辑部亲测有效", "{m}位读者点名推荐",
               "专家也这么建议", "做错了反而添乱")  # fmt: skip
LIST_ZH_HOW = ("先把{x}准备好", "从{x}开始", "把{x}和上一条搭配", "{x}不用买太贵的", "家里有老人孩子更要注意{x}",
               "{x}挑适合自己的就好", "{x}最好每周检查一次", "{x}可以交给家里人分工", "别一口气全改", "按顺序一步步来",
               "拍张照片方便对比", "写在便签上贴门口")  # fmt: skip
LIST_EN_TOPICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "garden": ("{n} ways to keep a small garden alive through a dry summer", ("Water at dawn", "Mulch every bed",
               "Group thirsty plants", "Collect rain in barrels", "Pick drought-hardy varieties", "Shade the pots",
               "Skip the fertilizer", "Mow less often", "Fix leaky hoses", "Plant in autumn")),
    "money": ("{n} habits that helped readers save on groceries", ("Plan meals on Sunday", "Shop with a list",
              "Buy store brands", "Freeze leftovers", "Compare unit prices", "Skip pre-cut produce", "Cook in batches",
              "Use a loyalty card", "Eat before shopping", "Check the back shelves")),
    "sleep": ("{n} small changes that make sleep easier", ("Keep a fixed wake time", "Dim the lights at nine",
              "Cut caffeine after noon", "Cool the bedroom", "Park the phone outside", "Take a short walk",
              "Write tomorrow's list", "Skip late heavy meals", "Use thick curtains", "Limit naps")),
    "office": ("{n} things that make a home office work", ("Face a window", "Raise the screen", "Choose a firm chair",
               "Use a separate keyboard", "Set office hours", "Tame the cables", "Add a plant", "Keep a door closed",
               "Light from the side", "Stand every hour")),
    "travel": ("{n} tricks for cheaper train travel", ("Book on a weekday", "Split the ticket", "Travel off-peak",
               "Get a railcard", "Pack your own lunch", "Sit in the quiet coach", "Watch for flash sales",
               "Use group fares", "Skip the seat reservation", "Check the slower route")),
    "cooking": ("{n} kitchen shortcuts chefs swear by", ("Salt the pasta water well", "Rest the meat", "Toast the spices",
                "Keep a scrap bag for stock", "Sharpen knives weekly", "Read the recipe twice", "Preheat the pan",
                "Freeze herbs in oil", "Taste as you go", "Clean while cooking")),
    "pets": ("{n} ways to help a rescue dog settle in", ("Keep the first week quiet", "Stick to one routine",
             "Give it a den", "Walk the same route", "Reward calm behavior", "Limit visitors", "Use a long lead",
             "Feed at fixed times", "Skip the dog park at first", "Book a vet check")),
    "commute": ("{n} ways to make a long commute bearable", ("Download podcasts the night before", "Pick a fixed seat",
                "Carry a water bottle", "Leave ten minutes early", "Learn a language on the way", "Stretch at the "
                "platform", "Keep a paper book", "Cycle one day a week", "Work from home on Fridays",
                "Share the drive")),
}  # fmt: skip
LIST_EN_WHY = ("It takes about {m} minutes", "Readers noticed a difference within {m} days", "It costs less than "
               "{m} dollars", "Most people skip this one", "Experts recommend it first", "Only a third of our survey "
               "respondents did it", "It sounds obvious", "It pays off for months", "{m} readers named it",
               "It is easier than it looks")  # fmt: skip
LIST_EN_HOW = ("start with {x}", "add {x} once the rest is routine", "pair {x} with the previous tip",
               "do not overspend on {x}", "keep {x} simple", "try {x} for a week before judging",
               "ask a friend to join you", "write it on the calendar", "set a reminder on your phone")  # fmt: skip

# ---------------------------------------------------------------- chrome (all written for this corpus)

WEIBO_USERS_A = ("小", "阿", "老", "大", "胖", "甜", "野生", "不想上班的", "爱吃", "momo", "一只")
WEIBO_USERS_B = ("橘子", "土豆", "芒果", "柠檬", "鲸鱼", "兔叽", "汤圆", "咸鱼", "团子", "海盐", "豆包", "栗子")
WEIBO_COMMENTS = ("说得太对了", "转发", "mark一下", "哈哈哈哈哈哈", "支持！", "这也太离谱了吧", "学到了", "求后续",
                  "同款经历", "已转", "码住", "好家伙", "我们那边也是这样", "真实", "笑不活了", "羡慕", "蹲一个",
                  "看哭了", "这谁顶得住", "赞同楼上", "有点东西", "我也想去")  # fmt: skip
WEIBO_CLIENTS = ("iPhone客户端", "HUAWEI Mate 60", "微博 weibo.com", "Android", "小米14 Ultra", "iPad客户端",
                 "OPPO Find X7", "微博轻享版")  # fmt: skip
SITE_ADS = (
    ("【广告】春季焕新季，全场满300减50，点击下方链接立即抢购。", "扫码关注本站公众号，回复“福利”领取新人红包。",
     "下载本站客户端，阅读更多精彩内容，还能参与每日签到抽奖。", "— 广告 —", "本地装修找我们：免费上门量房，"
     "十年质保，拨打热线预约设计师。", "推广｜三十天学会英语口语，首课仅需一元，名额有限。"),
    ("Advertisement", "Story continues below advertisement", "SPONSORED: Refinance today and lower your monthly "
     "payments. Rates from our partners, updated daily.", "Sign up for our morning newsletter and get the day's top "
     "stories in your inbox.", "ADVERTISEMENT - CONTINUE READING BELOW", "Subscribe for unlimited access: your "
     "first month for one dollar, cancel anytime."),
)  # fmt: skip
ZH_LOOKALIKE = {"己": "已", "已": "己", "末": "未", "未": "末", "日": "曰", "人": "入", "大": "太", "土": "士",
                "天": "夭", "木": "本", "折": "拆", "候": "侯", "拔": "拨", "赢": "嬴", "戊": "戌", "免": "兔",
                "哀": "衰", "幻": "幼", "刺": "剌", "即": "既", "辩": "辨", "徒": "徙", "贷": "货", "侯": "候",
                "汩": "汨", "壁": "璧", "问": "间", "今": "令", "干": "千", "治": "冶"}  # fmt: skip
EN_LOOKALIKE = (("rn", "m"), ("l", "1"), ("O", "0"), ("cl", "d"), ("fi", "ﬁ"), ("m", "rn"), ("e", "c"))


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))


def en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def weibo_user(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return f"用户{rng.randint(1000000, 9999999)}"
    return rng.choice(WEIBO_USERS_A) + rng.choice(WEIBO_USERS_B) + (str(rng.randint(1, 999)) if rng.random() < 0.5 else "")


def _fill(frame: str, slots: dict[str, Callable[[], str]]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)](), frame)


# ---------------------------------------------------------------- stories


class Story:
    """One story: its shape, title and paragraphs (a listicle: intro, items, outro), and what its copies need."""

    def __init__(self, shape: str, title: str, paras: list[str], items: list[tuple[str, str]] | None = None,
                 lang: str = "zh", author: str = "", agency: str = "") -> None:  # fmt: skip
        self.shape, self.title, self.paras, self.items = shape, title, paras, items or []
        self.lang, self.author, self.agency = lang, author, agency

    def text(self) -> str:
        if self.shape == "post":
            return self.paras[0]
        return "\n".join([self.title, *self.paras])


def post(rng: random.Random) -> Story:
    """A short Weibo-like post: 80-300 characters, an optional #topic#, 3-8 sentences of a personal voice."""
    slots: dict[str, Callable[[], str]] = {k: (lambda v=v: rng.choice(v)) for k, v in POST_WORDS.items()}
    slots["city"] = lambda: rng.choice(CITIES)
    slots["num"] = lambda: str(rng.randint(3, 95))
    limit = rng.randint(80, 300)
    text = rng.choice(TOPICS) if rng.random() < 0.4 else ""
    for frame in rng.sample(POST_FRAMES, len(POST_FRAMES)):
        s = _fill(frame, slots)
        if len(text) + len(s) > limit and len(text) >= 80:
            break
        text += s
    while len(text) < 80:
        text += _fill(rng.choice(POST_FRAMES), slots)
    return Story("post", "", [text[:300]], author=weibo_user(rng))


def article(rng: random.Random) -> Story:
    """A Chinese local-news article: a title and 4-11 paragraphs of 1-3 sentences each, put together from short
    pieces (opener, subject, one or two predicates, a tail) around the story's own places, offices and people."""
    domain = rng.choice(list(DOMAINS))
    nouns, acts, unit = DOMAINS[domain]
    city, district = rng.choice(CITIES), rng.choice(DISTRICTS) + "区"
    org = city + rng.choice(("市", "")) + domain.replace("社区", "民政").replace("就业", "人社") + rng.choice(("局", "委", "中心"))
    org2 = rng.choice(("市城投集团", "区国资公司", "市规划设计研究院", "省建工集团", "市公用事业公司", "区街道办事处"))
    person, role = zh_name(rng), rng.choice(ZH_ROLES)
    noun, noun2 = rng.sample(nouns, 2)
    slots: dict[str, Callable[[], str]] = {
        "date": lambda: f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "org": lambda: org, "org2": lambda: org2,
        "city": lambda: city, "district": lambda: district, "domain": lambda: domain, "role": lambda: role,
        "person": lambda: person, "noun": lambda: noun, "noun2": lambda: noun2, "act": lambda: rng.choice(acts),
        "unit": lambda: unit, "month": lambda: str(rng.randint(2, 12)), "num": lambda: str(rng.randint(12, 980)),
        "num2": lambda: str(rng.randint(3, 90)), "num3": lambda: str(rng.randint(2, 9)),
        "money": lambda: str(rng.randint(80, 9800)), "pct": lambda: str(rng.randint(11, 97)),
        "surname": lambda: rng.choice(SURNAMES), "title": lambda: rng.choice(("女士", "先生", "阿姨", "大爷")),
        "complaint": lambda: rng.choice(ZH_COMPLAINTS), "improve": lambda: rng.choice(ZH_IMPROVES),
        "benefit": lambda: rng.choice(ZH_BENEFITS), "risk": lambda: rng.choice(ZH_RISKS),
        "feature": lambda: rng.choice(ZH_FEATURES), "metric": lambda: rng.choice(ZH_METRICS),
        "slogan": lambda: rng.choice(ZH_SLOGANS), "province": lambda: rng.choice(PROVINCES),
        "year": lambda: str(rng.randint(2015, 2023)), "person3": lambda: zh_name(rng) + rng.choice(("师傅", "老师", "")),
        "org3": lambda: rng.choice(FIRMS) + rng.choice(FIRM_TAILS),
    }  # fmt: skip
    paras = ["".join(_zh_sentence(rng, slots) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(4, 11))]
    title = rng.choice((f"{city}{district}{noun}{rng.choice(acts)}提速", f"{city}：{noun}{rng.choice(acts)}进入快车道",
                        f"家门口的{noun}来了", f"{city}今年{rng.choice(acts)}{noun}{rng.randint(10, 99)}{unit}"))
    return Story("article", title, paras, author=person)


def _zh_sentence(rng: random.Random, slots: dict[str, Callable[[], str]]) -> str:
    if rng.random() < 0.12:
        return _fill(f"“{rng.choice(ZH_QUOTE_A)}，{rng.choice(ZH_QUOTE_B)}。”{{person}}说。", slots)
    parts = [rng.choice(ZH_OPENERS), rng.choice(ZH_SUBJECTS), rng.choice(ZH_PREDICATES)]
    if rng.random() < 0.35:
        parts.append("，" + rng.choice(ZH_PREDICATES))
    parts += [rng.choice(ZH_TAILS), "。"]
    return _fill("".join(parts), slots)


def wire(rng: random.Random) -> Story:
    """An English wire story: a title, a dateline lead, 4-9 paragraphs, American spelling, a reporting line."""
    capital, nat = rng.choice(EN_CAPITALS)
    topic = rng.choice(EN_TOPICS)[1]
    office = rng.choice(EN_OFFICES)
    official, official2 = en_name(rng), en_name(rng)
    company, regions = rng.choice(EN_COMPANIES), rng.sample(EN_REGIONS, 3)
    slots: dict[str, Callable[[], str]] = {
        "nat": lambda: nat, "office": lambda: office, "day": lambda: rng.choice(EN_DAYS),
        "day2": lambda: rng.choice(EN_DAYS), "verb": lambda: rng.choice(("launch", "fund", "expand", "revive")),
        "money": lambda: f"${rng.randint(2, 95)}{rng.choice(('0 million', '.5 billion', ' billion'))}",
        "topic": lambda: topic, "num": lambda: str(rng.randint(3, 40)), "num2": lambda: str(rng.randint(40, 900)),
        "official": lambda: official, "official2": lambda: official2, "pct": lambda: f"{rng.randint(3, 60)}",
        "year": lambda: str(rng.randint(2012, 2023)), "committee": lambda: rng.choice(EN_COMMITTEES),
        "month": lambda: rng.choice(EN_MONTHS), "company": lambda: company,
        "bank": lambda: rng.choice(EN_BANKS), "official3": lambda: en_name(rng), "region": lambda: rng.choice(regions),
        "group": lambda: rng.choice(EN_GROUPS), "reason": lambda: rng.choice(EN_REASONS),
    }  # fmt: skip
    agency = rng.choice(("Reuters", "AP"))
    dash = " - " if agency == "Reuters" else " — "
    paras = [f"{capital} ({agency}){dash}{_en_sentence(rng, slots, quote=False)}"]
    for _ in range(rng.randint(3, 8)):
        paras.append(" ".join(_en_sentence(rng, slots) for _ in range(rng.choice((1, 2, 2, 3)))))
    if agency == "Reuters":
        paras.append(f"Reporting by {en_name(rng)} in {capital.title()}; Editing by {en_name(rng)}")
    title = rng.choice((f"{nat} {office} unveils {topic} program", f"{nat} plans {topic} overhaul as critics push back",
                        f"{official} defends {topic} spending plan", f"{topic.capitalize()} program faces vote in "
                        f"{nat.split()[-1]} parliament"))  # fmt: skip
    return Story("wire", title, paras, lang="en", agency=agency)


def _en_sentence(rng: random.Random, slots: dict[str, Callable[[], str]], quote: bool = True) -> str:
    if quote and rng.random() < 0.12:
        return _fill(f"\"{rng.choice(EN_QUOTE_A)}, {rng.choice(EN_QUOTE_B)},\" {{official}} said.", slots)
    parts = [rng.choice(EN_OPENERS), rng.choice(EN_SUBJECTS), " ", rng.choice(EN_PREDICATES)]
    if rng.random() < 0.3:
        parts += [" and ", rng.choice(EN_PREDICATES).replace("said it would", "would")]
    parts += [rng.choice(EN_TAILS), "."]
    text = _fill("".join(parts), slots)
    return text[0].upper() + text[1:]


def listicle(rng: random.Random, lang: str) -> Story:
    """A numbered list article: a title, an intro, 5-10 items (a name line and 1-2 sentences), an outro."""
    topics = LIST_ZH_TOPICS if lang == "zh" else LIST_EN_TOPICS
    title_f, pool = topics[rng.choice(list(topics))]
    names = rng.sample(pool, rng.randint(5, 8))
    why, how = (LIST_ZH_WHY, LIST_ZH_HOW) if lang == "zh" else (LIST_EN_WHY, LIST_EN_HOW)
    items = []
    for name in names:
        x = name if lang == "zh" else name.lower()
        parts = [rng.choice(why), *rng.sample(how, rng.randint(1, 2))]
        body = ("，".join(parts) + "。") if lang == "zh" else (parts[0] + "; " + ", and ".join(parts[1:]) + ".")
        items.append((name, _fill(body, {"m": lambda: str(rng.randint(2, 30)), "x": lambda x=x: x})))
    n = len(items)
    if lang == "zh":
        intro = rng.choice((f"生活里很多麻烦，其实换个方法就能解决。编辑部整理了读者留言里呼声最高的{n}条，建议收藏。",
                            f"上周发起的征集收到了{rng.randint(200, 900)}条回复，我们挑出{n}条最实用的分享给大家。"))
        outro = rng.choice(("你还有什么好办法？欢迎在评论区告诉我们。", "觉得有用的话，记得转给需要的朋友。"))
    else:
        intro = rng.choice((f"We asked {rng.randint(200, 900)} readers what actually worked for them. Here are the {n} "
                            "answers that came up most.", f"Small changes add up. These {n} tips come from readers "
                            "and from the experts we spoke to this month."))  # fmt: skip
        outro = rng.choice(("Have a tip we missed? Tell us in the comments.", "Share this list with a friend who "
                            "could use it."))  # fmt: skip
    title = title_f.replace("{n}", str(n) if lang == "en" or rng.random() < 0.5 else "一二三四五六七八九十"[n - 1])
    return Story("list_" + lang, title, [intro, outro], items=items, lang=lang)


def list_text(story: Story, order: list[int], style: str, countdown: bool = False) -> str:
    """A listicle's text with its items in ``order``, numbered in ``style`` (``{n}`` an Arabic number, ``{c}`` a
    Chinese one)."""
    lines = [story.title, story.paras[0]]
    total = len(order)
    for pos, i in enumerate(order):
        num = total - pos if countdown else pos + 1
        name, body = story.items[i]
        label = style.replace("{n}", str(num)).replace("{c}", "一二三四五六七八九十"[num - 1])
        lines += [f"{label}{name}", body]
    lines.append(story.paras[1])
    return "\n".join(lines)


LIST_STYLES_ZH = ("{n}. ", "{n}、", "{c}、", "No.{n} ", "第{n}个：", "（{n}）", "{n}）")
LIST_STYLES_EN = ("{n}. ", "{n}) ", "No. {n}: ", "#{n} ", "({n}) ", "Tip {n}: ")


def story_text(story: Story) -> str:
    if story.items:
        return list_text(story, list(range(len(story.items))), "{n}. ")
    return story.text()


# ---------------------------------------------------------------- copies


class Reposter:
    """Makes copies: one method per edit kind, each from a text (and its story, for what the text alone lacks)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def paragraphs(self, text: str) -> list[str]:
        return [p for p in text.split("\n") if p.strip()]

    # posts
    def weibo_chain(self, text: str, story: Story) -> str:
        rng = self.rng
        if rng.random() < 0.2:
            return f"转发微博//@{story.author}:{text}" if rng.random() < 0.5 else f"转发微博\n{text}"
        links = [rng.choice(WEIBO_COMMENTS) + (f"[{rng.choice(POST_WORDS['emo'])}]" if rng.random() < 0.4 else "")
                 for _ in range(rng.randint(1, 4))]  # fmt: skip
        chain = links[0] + "".join(f"//@{weibo_user(rng)}:{c}" for c in links[1:])
        sep = rng.choice((":", "：", ": "))
        return f"{chain}//@{story.author}{sep}{text}"

    def weibo_card(self, text: str, story: Story) -> str:
        rng = self.rng
        who = weibo_user(rng)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        head = [who, f"{m}-{d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} 来自 {rng.choice(WEIBO_CLIENTS)}",
                rng.choice(WEIBO_COMMENTS) if rng.random() < 0.5 else "转发微博"]  # fmt: skip
        if rng.random() < 0.4:
            head[-1] += f"//@{weibo_user(rng)}:{rng.choice(WEIBO_COMMENTS)}"
        body = [f"@{story.author}", text, f"{m}-{max(1, d - 1)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} "
                f"来自 {rng.choice(WEIBO_CLIENTS)}"]  # fmt: skip
        counts = f"转发 {rng.randint(2, 9999)} | 评论 {rng.randint(0, 999)} | 赞 {rng.randint(1, 99999)}"
        tail = [counts] if rng.random() < 0.8 else [counts, "收藏", "举报"]
        return "\n".join(head + body + tail)

    # wire
    def wire_dateline(self, text: str, story: Story) -> str:
        rng = self.rng
        lines = self.paragraphs(text)
        body = [i for i, p in enumerate(lines) if re.match(r"[A-Z .]+ \((Reuters|AP)\) [-—] ", p)]
        if body:
            i = body[0]
            rest = re.sub(r"^[A-Z .]+ \((Reuters|AP)\) [-—] ", "", lines[i])
            city = lines[i].split(" (")[0]
            lines[i] = rng.choice((rest, f"({story.agency}) - {rest}", f"{city} — {rest}",
                                   f"{city}, {rng.choice(EN_MONTHS)} {rng.randint(1, 28)} ({story.agency}) - {rest}"))
            if rng.random() < 0.5:
                lines.insert(i, rng.choice((f"By {story.agency} staff", f"By {en_name(rng)}, Associated Press",
                                            f"By {en_name(rng)} | {story.agency}")))  # fmt: skip
        lines = [p for p in lines if not p.startswith("Reporting by ")] if rng.random() < 0.7 else lines
        lines.append(rng.choice((
            f"Copyright {rng.randint(2019, 2026)} The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed without permission.",
            f"(c) Copyright Thomson {story.agency} {rng.randint(2019, 2026)}.", "The Associated Press contributed "
            "to this report.", f"— With files from {story.agency}", "Our Standards: The Trust Principles.",
        )))  # fmt: skip
        return "\n".join(lines)

    def wire_local(self, text: str, story: Story) -> str:
        rng = self.rng
        town, paper, who = rng.choice(TOWNS), rng.choice(PAPERS), en_name(rng)
        local = [f"Officials in {town} said on {rng.choice(EN_DAYS)} they were watching the decision closely.",
                 f"{who}, who chairs the {town} council's finance panel, said the town had applied for money under "
                 f"the plan twice before and been turned down both times.",
                 f"The {town} {paper} reported last month that local projects had been waiting an average of "
                 f"{rng.randint(2, 9)} years for approval.", f"Residents at a packed meeting at {town} High School on "
                 f"{rng.choice(EN_DAYS)} asked whether the money would reach rural routes."]  # fmt: skip
        para = " ".join(rng.sample(local, rng.randint(1, 3)))
        lines = self.paragraphs(text)
        at = 1 if rng.random() < 0.6 else 2
        lines.insert(min(at, len(lines)), para)
        lines[0] = rng.choice((f"What the national {story.title.split()[-1]} plan means for {town}",
                               f"{town} hopes to benefit as {story.title.lower()}", f"Local angle: {story.title}"))
        if rng.random() < 0.5:
            lines.append(f"— {who.split()[0]} {rng.choice(EN_LAST)} of the {town} {paper} contributed to this report.")
        return "\n".join(lines)

    def spelling(self, text: str, story: Story) -> str:
        text = re.sub(r"\b(\w{3,})iz(e|ed|es|ing|ation|ations)\b",
                      lambda m: m.group(0) if m.group(1).lower() in ("s", "pr", "se", "caps") else f"{m.group(1)}is{m.group(2)}",
                      text)  # fmt: skip
        for us, uk in US_UK:
            text = re.sub(rf"\b{us}\b", uk, text)
            text = re.sub(rf"\b{us.capitalize()}\b", uk.capitalize(), text)
        return text

    def wire_trim(self, text: str, story: Story) -> str:
        lines = self.paragraphs(text)
        keep = max(2, round(len(lines) * (1 - self.rng.uniform(0.2, 0.45))))
        return "\n".join(lines[:keep])

    # listicles
    def list_reorder(self, text: str, story: Story) -> str:
        rng = self.rng
        order = list(range(len(story.items)))
        countdown = rng.random() < 0.3
        if countdown:
            order.reverse()
        else:
            while order == sorted(order):
                rng.shuffle(order)
        styles = LIST_STYLES_ZH if story.lang == "zh" else LIST_STYLES_EN
        new = list_text(story, order, rng.choice(styles[1:]), countdown)
        # (a copy of a copy keeps what earlier edits did to the words: reorder only when the text is the story's)
        return new if text == story_text(story) else self._reorder_lines(text)

    def _reorder_lines(self, text: str) -> str:
        lines = self.paragraphs(text)
        if len(lines) < 6:
            return text
        head, mid, tail = lines[:2], lines[2:-1], lines[-1:]
        pairs = [mid[i : i + 2] for i in range(0, len(mid), 2)]
        self.rng.shuffle(pairs)
        return "\n".join(head + [x for p in pairs for x in p] + tail)

    def inline_ads(self, text: str, story: Story) -> str:
        rng = self.rng
        ads = SITE_ADS[0 if story.lang == "zh" else 1]
        lines, out = self.paragraphs(text), []
        every = rng.randint(2, 4)
        for i, p in enumerate(lines):
            out.append(p)
            if i and i % every == 0 and i < len(lines) - 1:
                out.append(rng.choice(ads))
        return "\n".join(out)

    # anything
    def ocr_noise(self, text: str, story: Story) -> str:
        rng = self.rng
        if story.lang == "en":
            for a, b in rng.sample(EN_LOOKALIKE, 3):
                text = re.sub(re.escape(a), lambda m, b=b: b if rng.random() < 0.15 else m.group(0), text)
            words = text.split(" ")
            out, width = [], 0
            for w in words:  # hard line breaks every 50-70 characters, a long word hyphenated across them
                if width > rng.randint(50, 70) and len(w) > 6 and rng.random() < 0.5:
                    cut = len(w) // 2
                    out.append(w[:cut] + "-\n" + w[cut:])
                    width = len(w) - cut
                    continue
                out.append(w)
                width += len(w) + 1
            return " ".join(out)
        rate = rng.uniform(0.2, 0.6)
        text = "".join(ZH_LOOKALIKE[c] if c in ZH_LOOKALIKE and rng.random() < rate else c for c in text)
        if rng.random() < 0.6:
            text = text.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
        mode = rng.choice(("spaces", "wrap", "both"))
        if mode in ("spaces", "both"):
            p = rng.uniform(0.04, 0.15)
            text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", lambda m: " " if rng.random() < p else "", text)
        if mode in ("wrap", "both"):
            width = rng.randint(18, 36)
            text = "\n".join(line[i : i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))
        return text

    def entities(self, text: str, story: Story) -> str:
        rng = self.rng
        text = text.replace("&", "&amp;") if rng.random() < 0.7 else text
        table = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "…": "&hellip;", "·": "&middot;", "\"": "&quot;",
                 "‘": "&lsquo;", "’": "&rsquo;", "'": "&#39;"}  # fmt: skip
        for a, b in table.items():
            if rng.random() < 0.8:
                text = text.replace(a, b)
        if story.lang == "zh" and rng.random() < 0.5:
            text = text.replace("，", rng.choice(("，", "&#65292;")))
        lines = self.paragraphs(text)
        indent = rng.choice(("&nbsp;&nbsp;&nbsp;&nbsp;", "&nbsp; &nbsp; ", "　　", "&emsp;&emsp;"))
        tag = rng.choice(("<br>", "<br/>", "<br />", "", "</p>"))
        out = [(indent if rng.random() < 0.8 else "") + p + tag for p in lines]
        if rng.random() < 0.4:
            out = [("<p>" + p if not p.startswith("<p>") else p) for p in out]
        return "\n".join(out)

    def markdown(self, text: str, story: Story) -> str:
        rng = self.rng
        lines = self.paragraphs(text)
        out = []
        slug = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
        for i, p in enumerate(lines):
            if i == 0 and story.shape != "post":
                out.append(rng.choice(("# ", "## ", "### ")) + p)
                if rng.random() < 0.5:
                    out.append(f"![{rng.choice(('图片', 'image', '封面', 'photo'))}](https://img.example.net/{slug}.jpg)")
                continue
            if re.match(r"^(\d+|[一二三四五六七八九十])[.、)）]", p) or p.startswith(("No.", "#", "Tip ", "第", "（", "(")):
                out.append("**" + p + "**")
                continue
            r = rng.random()
            if r < 0.15:
                out.append("> " + p)
            elif r < 0.35 and len(p) > 20:
                a = rng.randrange(0, len(p) // 2)
                b = min(len(p), a + rng.randint(4, 14))
                out.append(p[:a] + "**" + p[a:b] + "**" + p[b:])
            elif r < 0.45 and len(p) > 20:
                a = rng.randrange(0, len(p) // 2)
                b = min(len(p), a + rng.randint(4, 10))
                out.append(p[:a] + "[" + p[a:b] + f"](https://www.example.org/{slug}/{i})" + p[b:])
            else:
                out.append(p)
            if rng.random() < 0.08:
                out.append(rng.choice(("---", "***", "* * *")))
        return "\n\n".join(out)


def copies(rng: random.Random, story: Story, rep: Reposter) -> list[tuple[str, str]]:
    """2-4 copies of a story: (``+``-joined kinds, text)."""
    made: list[tuple[str, str]] = []
    original = story_text(story)
    kinds = SHAPE_KINDS[story.shape]
    for _ in range(rng.randint(2, 4)):
        base_kinds, base = ("", original) if not made or rng.random() < 0.75 else rng.choice(made)
        n = rng.choices((1, 2, 3), weights=(55, 35, 10))[0]
        chosen = rng.sample(kinds, min(n, len(kinds)))
        # the text's own edits before what the page puts around it
        order = ("list_reorder", "spelling", "wire_trim", "wire_local", "wire_dateline", "ocr_noise", "inline_ads",
                 "weibo_chain", "weibo_card", "entities", "markdown")  # fmt: skip
        chosen.sort(key=order.index)
        text = base
        for k in chosen:
            text = getattr(rep, k)(text, story)
        all_kinds = [k for k in base_kinds.split("+") if k] + [k for k in chosen if k not in base_kinds.split("+")]
        made.append(("+".join(all_kinds), text))
    return made


# ---------------------------------------------------------------- hard negatives


def lottery(rng: random.Random) -> list[str]:
    """3-4 short posts of one template (a lottery or a topic campaign), different brands / users, each under a
    different user's comment."""
    n = rng.randint(3, 4)
    out = []
    if rng.random() < 0.5:
        tpl = rng.choice((
            "#{brand}{event}# 转发抽奖！关注@{brand}官方微博 并转发本条，{m}月{d}日抽取{k}位粉丝送出{prize}，"
            "评论区说说你最想要哪一款～",
            "【转发抽奖】{brand}{event}限时福利来啦！关注@{brand} +转发+评论，{m}月{d}日开奖，{k}位幸运儿各得{prize}一份。",
        ))
        brands = rng.sample(("山茶花", "青柚", "北极熊", "小满", "云朵", "远山", "橙光", "蓝莓派", "星河", "竹间"), n)
        for b in brands:
            post_ = _fill(tpl, {"brand": lambda b=b: b, "event": lambda: rng.choice(("新品发布", "周年庆", "春日上新",
                                                                                     "会员日")),
                                "m": lambda: str(rng.randint(1, 12)), "d": lambda: str(rng.randint(1, 28)),
                                "k": lambda: str(rng.randint(3, 20)),
                                "prize": lambda: rng.choice(("蓝牙耳机", "保温杯套装", "定制帆布包", "香薰礼盒",
                                                             "体验券", "充电宝", "零食大礼包"))})  # fmt: skip
            out.append(post_)
    else:
        tag = rng.choice(("#我的家乡年味#", "#晒出你的早餐#", "#毕业那年#", "#我和我的城市#"))
        call = rng.choice(("转发本条并@三位好友，一起来晒！", "带话题转发，抽十位送家乡特产礼盒。"))
        for _ in range(n):
            city, food = rng.choice(CITIES), rng.choice(POST_WORDS["dish"])
            body = _fill(rng.choice(POST_FRAMES), {k: (lambda v=v: rng.choice(v)) for k, v in POST_WORDS.items()}
                         | {"city": lambda: rng.choice(CITIES), "num": lambda: str(rng.randint(3, 95))})  # fmt: skip
            out.append(f"{tag} 我的家乡是{city}，{food}是一定要有的。{body}{call}")
    return [f"{rng.choice(WEIBO_COMMENTS)}//@{weibo_user(rng)}:{p}" for p in out]


def _body(make: Callable[[], str], shared: int, rng: random.Random) -> str:
    """A release's own text, long enough that the shared block is 30-45 % of the whole."""
    share = rng.uniform(0.31, 0.44)
    want = int(shared * (1 - share) / share) - 60  # (less the title and dateline lines)
    body = make()
    while len(body) < want:
        body += "\n" + make()
    return body[:want]


def about_boiler(rng: random.Random) -> list[str]:
    """3 press releases of different companies that end in one shared "About X" and disclaimer block (30-45 %)."""
    zh = rng.random() < 0.5
    out = []
    if zh:
        parent = rng.choice(("华融创投集团", "远景产业控股", "东方启航投资", "瀚海科技集团"))
        shared = (f"关于{parent}\n{parent}成立于{rng.randint(1995, 2012)}年，总部位于{rng.choice(CITIES)}，是一家专注于"
                  "先进制造、数字服务和绿色能源领域的产业投资集团，旗下拥有二十余家成员企业，业务覆盖全国三十个省份及"
                  f"东南亚多个国家和地区。集团坚持长期主义，以产业赋能为核心，累计服务企业客户超过{rng.randint(2, 9)}万家。\n"
                  "免责声明：本新闻稿包含前瞻性陈述，这些陈述基于公司当前的预期和假设，受多种风险和不确定因素影响，实际"
                  "结果可能与前瞻性陈述存在重大差异。除法律法规要求外，公司不承担更新任何前瞻性陈述的义务。本文内容仅"
                  "供参考，不构成任何投资建议。\n媒体联系：集团品牌中心 电话：400-820-" + str(rng.randint(1000, 9999)))
        firms = rng.sample(("星途智能", "青禾农业", "鼎晟新材", "云栖医疗", "澜海物流", "锐川电子"), 3)
        for f in firms:
            body = _body(lambda: "\n".join(article(rng).paras), len(shared), rng)
            title = f"{parent}旗下{f}宣布{rng.choice(('完成新一轮融资', '新工厂投产', '发布新一代产品', '签署战略合作'))}"
            out.append(f"{title}\n{rng.choice(CITIES)}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电 /美通社/ -- "
                       f"{f}今日宣布……{body}\n{shared}")
    else:
        parent = rng.choice(("Harwick Group", "Solent Capital Partners", "Bluewater Industries", "Corvane Holdings"))
        shared = (f"About {parent}\n{parent} is a diversified holding company with interests in logistics, energy "
                  f"services and consumer technology. Founded in {rng.randint(1970, 2005)}, it employs more than "
                  f"{rng.randint(5, 40)},000 people across {rng.randint(12, 40)} countries through its portfolio "
                  "companies.\nForward-Looking Statements\nThis press release contains forward-looking statements "
                  "within the meaning of applicable securities laws. Such statements are based on current "
                  "expectations and are subject to risks and uncertainties that could cause actual results to differ "
                  "materially. The company undertakes no obligation to update any forward-looking statement, except "
                  "as required by law.\nMedia contact: press@" + parent.split()[0].lower() + ".example")
        firms = rng.sample(("Tallis Robotics", "Greyfield Foods", "Orbiton Labs", "Marlow Freight", "Pinecrest Health",
                            "Quayside Software"), 3)  # fmt: skip
        for f in firms:
            body = _body(lambda: " ".join(re.sub(r"^[A-Z .]+ \(\w+\) [-—] ", "", p) for p in wire(rng).paras[:-1]),
                         len(shared), rng)  # fmt: skip
            title = f"{f}, a {parent} company, announces {rng.choice(('new plant', 'quarterly results', 'partnership'))}"
            out.append(f"{title}\n{rng.choice(EN_CAPITALS)[0].title()}, {rng.choice(EN_MONTHS)} {rng.randint(1, 28)} "
                       f"/PRNewswire/ -- {f} today announced that {body}\n{shared}")
    return out


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def match(rng: random.Random) -> list[str]:
    """3-4 match reports of one template: different teams, players, minutes and scores."""
    n = rng.randint(3, 4)
    out = []
    if rng.random() < 0.5:
        teams = rng.sample(("江城雄狮", "海港蓝鲸", "山城火焰", "古都铁骑", "滨海飞鱼", "高原雪豹", "湖畔天鹅", "沙洲猎鹰"), 2 * n)
        rnd = rng.randint(3, 28)
        for i in range(n):
            home, away = teams[2 * i], teams[2 * i + 1]
            s1, s2 = rng.randint(0, 4), rng.randint(0, 3)
            p1, p2, p3 = zh_name(rng), zh_name(rng), zh_name(rng)
            m1, m2, m3 = sorted(rng.sample(range(3, 90), 3))
            out.append(
                f"{home}{s1}比{s2}{away}\n{rng.randint(1, 12)}月{rng.randint(1, 28)}日，联赛第{rnd}轮，{home}坐镇主场迎战{away}。"
                f"上半场第{m1}分钟，{p1}接队友传中头球破门，帮助{home}取得领先。第{m2}分钟，{away}的{p2}禁区外远射扳平比分。"
                f"易边再战，双方攻守转换加快，第{m3}分钟{p3}门前补射得手。最终，{home}主场以{s1}比{s2}战胜{away}"
                f"（比分以官方为准），积分升至第{rng.randint(1, 16)}位。赛后，{home}主教练{zh_name(rng)}表示，球队下半场"
                f"的执行力比上半场更好，下一轮将客场挑战{rng.choice([t for t in teams if t != home])}。")
    else:
        teams = rng.sample(("Ashbury Rovers", "Kelton City", "Harrow Vale", "Dunmore United", "Rexford Athletic",
                            "Bramley Town", "Castleford Wanderers", "Lowick Albion"), 2 * n)  # fmt: skip
        for i in range(n):
            home, away = teams[2 * i], teams[2 * i + 1]
            s1, s2 = rng.randint(1, 4), rng.randint(0, 3)
            p1, p2, p3 = en_name(rng), en_name(rng), en_name(rng)
            m1, m2, m3 = (_nth(m) for m in sorted(rng.sample(range(3, 90), 3)))
            out.append(
                f"{home} {s1}-{s2} {away}\n{home} beat {away} {s1}-{s2} at home on {rng.choice(EN_DAYS)}. {p1} opened "
                f"the scoring in the {m1} minute with a header from a corner, before {p2} levelled for {away} with a "
                f"low shot from the edge of the box in the {m2} minute. {p3} settled it in the {m3} minute, "
                f"turning in a rebound at the far post. The result lifts {home} to {_nth(rng.randint(2, 18))} in the "
                f"table. \"We were better after the break and we deserved it,\" manager {en_name(rng)} said. "
                f"{home} travel to {rng.choice([t for t in teams if t != home])} next weekend.")
    return out


def notice(rng: random.Random) -> list[str]:
    """3-4 court hearing or exam notices of one template: different parties, case numbers, dates."""
    n = rng.randint(3, 4)
    out = []
    if rng.random() < 0.5:
        court = rng.choice(CITIES) + rng.choice(("市中级人民法院", "市" + rng.choice(DISTRICTS) + "区人民法院"))
        for _ in range(n):
            a, b = zh_name(rng), rng.choice(("星途", "鼎盛", "华兴", "和信", "万通", "恒远")) + rng.choice(
                ("商贸有限公司", "建设工程有限公司", "物业服务有限公司", "科技有限公司"))
            case = rng.choice(("买卖合同", "房屋租赁合同", "民间借贷", "劳动争议", "建设工程施工合同", "物业服务合同"))
            out.append(
                f"开庭公告\n本院定于{rng.randint(2026, 2027)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
                f"{rng.choice(('上午9时', '上午10时', '下午2时30分', '下午3时'))}在本院第{rng.randint(1, 20)}法庭公开开庭审理"
                f"原告{a}与被告{b}{case}纠纷一案。案号：（{rng.randint(2025, 2026)}）{rng.choice(('苏', '浙', '川', '鲁'))}"
                f"{rng.randint(1, 9)}{rng.randint(0, 9)}民初{rng.randint(100, 9999)}号。审判长：{zh_name(rng)}，"
                f"书记员：{zh_name(rng)}。特此公告。\n{court}")
    else:
        exam = rng.choice(("事业单位公开招聘", "教师资格", "二级建造师", "会计专业技术资格"))
        for _ in range(n):
            region, year = rng.choice(CITIES), rng.randint(2026, 2027)
            out.append(
                f"关于{year}年{region}市{exam}考试报名的公告\n根据有关规定，现将{year}年{region}市{exam}考试报名有关事项"
                f"公告如下：一、报名时间：{rng.randint(1, 12)}月{rng.randint(1, 28)}日至{rng.randint(1, 12)}月"
                f"{rng.randint(1, 28)}日。二、报名方式：网上报名，考生登录{region}人事考试网填写信息并上传照片。三、考试时间："
                f"笔试定于{rng.randint(1, 12)}月{rng.randint(1, 28)}日举行，具体地点见准考证。四、咨询电话：0{rng.randint(510, 919)}-"
                f"{rng.randint(1000000, 9999999)}。\n{region}市人力资源和社会保障局\n{year}年{rng.randint(1, 12)}月"
                f"{rng.randint(1, 28)}日")
    return out


# ---------------------------------------------------------------- the corpus


def build(data: Path | None, seed: str, stories: int = 240) -> list[Doc]:
    """The corpus for ``seed``, shuffled. ``data`` is not read (the texts are made here); it is taken so that this
    builder is called like the others."""
    del data
    rng = random.Random(f"{CORPUS}/{seed}")
    rep = Reposter(rng)
    docs: list[Doc] = []

    def h(ident: str) -> str:
        return half(CORPUS, f"{seed}/{ident}")

    makers: tuple[Callable[[], Story], ...] = (lambda: post(rng), lambda: wire(rng), lambda: listicle(rng, "zh"),
                                               lambda: listicle(rng, "en"), lambda: article(rng))  # fmt: skip
    weights = (30, 22, 9, 9, 30)
    for s in range(stories):
        story, sid = rng.choices(makers, weights=weights)[0](), f"s{s}"
        docs.append(Doc(story_text(story), sid, h(sid), "original"))
        docs += [Doc(text, sid, h(sid), kinds) for kinds, text in copies(rng, story, rep)]
    negs: list[tuple[str, int, Callable[[], list[str]]]] = [
        ("lottery", max(2, stories // 18), lambda: lottery(rng)),
        ("about_boiler", max(2, stories // 24), lambda: about_boiler(rng)),
        ("match", max(2, stories // 24), lambda: match(rng)), ("notice", max(2, stories // 20), lambda: notice(rng)),
    ]  # fmt: skip
    for kind, count, make in negs:
        for g in range(count):
            gid = f"{kind}:{g}"
            docs += [Doc(text, f"neg:{gid}:{j}", h(gid), "neg", gid) for j, text in enumerate(make())]
    rng.shuffle(docs)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/extraction")
    ap.add_argument("--seed", default="dedupgen36-dev1")
    ap.add_argument("--seeds", default="", help="more seeds, comma-separated (fresh seeds: scores only)")
    ap.add_argument("--misses", action="store_true", help="list the tune half's missed copies and wrong merges")
    ap.add_argument("--baseline", action="store_true", help="also score plain datasketch + jieba")
    ap.add_argument("--dump", default="", help="write the first seed's tune half as JSON lines (debugging)")
    args = ap.parse_args()
    import cleaner.dedup.warm  # noqa: F401

    for seed in [args.seed] + [s for s in args.seeds.split(",") if s]:
        docs = build(Path(args.data), seed)
        if args.dump and seed == args.seed:
            with open(args.dump, "w", encoding="utf-8") as fh:
                for i, d in enumerate(docs):
                    if d.half == HALVES[0]:
                        fh.write(json.dumps({"i": i, "story": d.story, "kind": d.kind, "group": d.group,
                                             "text": d.text}, ensure_ascii=False) + "\n")  # fmt: skip
        pred, cpu = run(docs)
        report(f"{CORPUS} seed {seed}", docs, pred, cpu)
        if args.baseline:
            from bench_dedup import run_baseline

            bpred, bcpu, _ = run_baseline([d.text for d in docs])
            report(f"{CORPUS} seed {seed} datasketch+jieba", docs, bpred, bcpu)
        if args.misses and seed == args.seed:
            misses(docs, pred)


if __name__ == "__main__":
    main()
