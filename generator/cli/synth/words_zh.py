"""The Chinese words of the synthetic archive: the made-up people's names written in Chinese
characters, offices, subjects and kinds of readout, and the sentence templates of the two
styles ("瓦尔加总统指出，……" and "双方同意……"). Every sentence is written here for the
benchmarks and tests; none comes from a real readout."""

from __future__ import annotations

from generator.archive.statements.countries import list_cjk_country_names
from generator.cli.synth.words import SYLLABLES

# first names and the fixed surnames of words.py, in characters (made-up transliterations)
FIRST_ZH = {"Ana": "安娜", "Jonas": "约纳斯", "Kenji": "肯吉", "Amara": "阿玛拉", "Lucas": "卢卡斯", "Ingrid": "英格丽德",
            "Tomas": "托马斯", "Leila": "莱拉", "Mateo": "马特奥", "Sofia": "索菲娅", "Arjun": "阿尔琼", "Nadia": "纳迪娅",
            "Pavel": "帕维尔", "Rosa": "罗莎", "Emil": "埃米尔", "Yara": "亚拉", "Oskar": "奥斯卡", "Mira": "米拉",
            "Hugo": "雨果", "Talia": "塔莉娅", "Rafael": "拉斐尔", "Anika": "阿妮卡", "Viktor": "维克托", "Selin": "塞琳",
            "Diego": "迭戈", "Hana": "哈娜", "Karim": "卡里姆", "Elena": "埃莱娜", "Nikolai": "尼古拉", "Zara": "扎拉"}
LAST_ZH = {"Varga": "瓦尔加", "Lindqvist": "林德奎斯特", "Okafor": "奥卡福", "Moreau": "莫罗", "Halvorsen": "哈尔沃森",
           "Castell": "卡斯特尔", "Brandt": "勃兰特", "Nakamura": "纳卡穆拉", "Petrov": "彼得罗夫", "Almeida": "阿尔梅达",
           "Rahman": "拉赫曼", "Kowal": "科瓦尔", "Ibarra": "伊瓦拉", "Sato": "萨托", "Demir": "德米尔", "Novak": "诺瓦克",
           "Fischer": "菲舍尔", "Quiroga": "基罗加", "Mensah": "门萨", "Aalto": "阿尔托", "Baptiste": "巴蒂斯特",
           "Cerny": "切尔尼", "Dahl": "达尔", "Esposito": "埃斯波西托", "Grimaldi": "格里马尔迪"}
# one character a syllable, each its own: made-up surnames stay distinct in characters; places
# take other characters, so that no place is a person's name
SYLLABLES_ZH = dict(zip(SYLLABLES, "卡洛文塔米萨多埃鲁夸内布托赞"))
PLACE_SYLLABLES_ZH = dict(zip(SYLLABLES, "喀罗温达弥莎朵艾露瓜涅碧陀藏"))
ROLES_ZH = {"President": "总统", "Prime Minister": "总理", "Foreign Minister": "外长", "Minister of Trade": "贸易部长"}
SUBJECTS_ZH = {"maritime": "海上", "energy": "能源", "climate": "气候", "trade": "贸易", "health": "卫生", "water": "水资源",
               "border": "边境", "cyber": "网络", "space": "太空", "fisheries": "渔业", "migration": "移民",
               "education": "教育", "nuclear": "核", "arctic": "北极", "food": "粮食", "transport": "交通",
               "finance": "金融", "digital": "数字", "mining": "矿业", "aviation": "航空"}
ASPECTS_ZH = {"security": "安全", "cooperation": "合作"}
WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

# What a leader is reported saying: {own} and {other} are country names, {topic} a topic's label.
CLAUSES_ZH = ("{own}愿同{other}在{topic}领域加强合作",
              "两国应当在{topic}方面做得更多",
              "{topic}仍是双方共同的优先事项",
              "{own}珍视同{other}的长期友谊",
              "在{topic}上取得进展将造福两国人民",
              "{own}希望扩大同{other}的贸易往来，吸引更多{subject}领域的投资",
              "{topic}工作组应当{closer}开会",
              "{own}主张在多边场合就{topic}加强协调",
              "去年签署的{topic}协议已开始见到成效",
              "{own}和{other}对{topic}负有共同责任",
              "{own}将{closer}派团赴{other}商谈{topic}问题",
              "没有哪个国家能够单独应对{topic}挑战",
              "{other}是{own}在{topic}领域的重要伙伴",
              "下一轮{topic}磋商应当{closer}开启")
SAYS_ZH = ("指出", "强调", "表示", "说", "认为", "介绍")
ADDS_ZH = ("还表示", "还说", "强调", "指出")
OBJECTS_ZH = ("联合委员会的工作进展", "两国人民之间的长期友谊", "在多边场合的密切协调", "下一轮磋商的时间安排",
              "双边贸易的稳步增长", "两国高校之间的新交流", "航道安全", "定期对话的框架", "去年签署的谅解备忘录",
              "{topic}领域的务实举措", "{topic}联合委员会的工作", "地区伙伴关系的共同目标", "对{topic}的共同承诺",
              "{topic}领域的新项目")
JOINT_ZH = ("{leaders}重申重视{object}。", "{leaders}讨论了{topic}和{object}。", "{Both}同意{closer}推进{topic}。",
            "{Both}欢迎{object}。", "{leaders}同意继续就{topic}保持对话。", "{Both}表示支持{object}。",
            "{leaders}强调了{topic}的重要性。", "{Both}同意{closer}审议{object}。")
NAMED_ZH = ("{who}欢迎{object}。", "{who}强调了{topic}的重要性。", "{who}对{object}表示赞赏。",
            "{who}介绍了{object}。", "{who}谈到了{topic}问题。", "{who}感谢{other}为{object}所作的努力。")
CLOSERS_ZH = ("在未来几个月内", "尽早", "在年底前", "本着相互尊重的精神", "在平等基础上", "通过现有渠道",
              "在下次部长级会议上", "在{place}")
# kind: (what the opening says was done, with {others} and {place}; a title's words; the event's noun)
DID_ZH = {"call": ("同{others}通电话", "同{others}通电话", "通话"),
          "video-call": ("同{others}举行视频通话", "同{others}视频通话", "视频通话"),
          "meeting": ("在{place}会见{others}", "会见{others}", "会见"),
          "talks": ("在{place}同{others}举行会谈", "同{others}会谈", "会谈"),
          "visit": ("在{place}会见来访的{others}", "会见来访的{others}", "会见"),
          "summit": ("在{place}峰会期间会见{others}", "在峰会期间会见{others}", "会见"),
          "statement": ("同{others}发表联合声明", "同{others}发表联合声明", "声明"),
          "letter": ("致信{others}", "致信{others}", "信函")}
DURATIONS_ZH = ("四十分钟", "一个小时", "一个多小时", "两个小时")


def chinese_syllables(word: str, table: dict[str, str] = SYLLABLES_ZH) -> str:
    """A word made of SYLLABLES ('Kalo') in characters ('卡洛'); '' when it is not made of them
    (no syllable begins another, so the first that fits is the one)."""
    word, found = word.lower(), []
    while word:
        syllable = next((s for s in SYLLABLES if word.startswith(s)), None)
        if syllable is None:
            return ""
        found.append(table[syllable])
        word = word[len(syllable):]
    return "".join(found)


def chinese_place(place: str) -> str:
    return chinese_syllables(place, PLACE_SYLLABLES_ZH)


def chinese_last(last: str) -> str:
    return LAST_ZH.get(last) or chinese_syllables(last)


def chinese_name(first: str, last: str) -> str:
    """'安娜·瓦尔加' for Ana Varga."""
    return f"{FIRST_ZH[first]}·{chinese_last(last)}"


def chinese_country(code: str) -> str:
    return list_cjk_country_names(code)[0]


def chinese_topic(label: str) -> str:
    """'海上安全' for 'Maritime security'."""
    subject, aspect = label.lower().split(" ", 1)
    return SUBJECTS_ZH[subject] + ASPECTS_ZH[aspect]
