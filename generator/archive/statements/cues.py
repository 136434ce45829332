"""The cues of an attribution: the words that mark one, compiled, and found sentence by sentence.

A cue is a reporting verb ("said", "noted", "called for", ...), a pronoun or joint
subject with its verb ("he said", "both sides agreed"), "according to", a participle
opening a sentence ("Noting that ...") or a view word ("Xi's view"). Every cue of the
compiled regex starts with a space, a literal prefix, so re jumps from space to space;
the CJK cues have a regex of their own.
"""

from __future__ import annotations

import re

from generator.archive.statements.trie import BOUND, Trie, is_cjk

# Chinese reporting verbs ("习近平指出", "双方同意", "他表示"): the same rules read them, with no spaces
CJK_VERBS = (
    "表示", "指出", "强调", "说", "认为", "希望", "欢迎", "重申", "提出", "同意", "介绍", "呼吁", "建议",
    "感谢", "祝贺", "赞赏", "赞扬", "高度评价", "回顾", "宣布", "承诺", "期待", "愿", "愿意", "支持", "反对",
    "商定", "决定", "交换", "讨论", "探讨", "通报", "阐述", "阐明", "谈到", "提到", "表达", "邀请", "祝愿",
    "警告", "确认", "相信", "注意到", "坚持", "主张", "说明", "看来", "答应", "重视", "关切", "致以",
)
VERBS = (
    "said", "says", "noted", "notes", "stressed", "stresses", "emphasized", "emphasizes", "emphasised",
    "emphasises", "added", "adds", "expressed", "expresses", "underscored", "underscores", "underlined",
    "underlines", "pointed out", "points out", "reiterated", "reiterates", "welcomed", "welcomes", "urged",
    "urges", "called for", "calls for", "called on", "calls on", "hoped", "hopes", "told", "tells",
    "stated", "states", "remarked", "highlighted", "highlights", "affirmed", "reaffirmed", "reaffirms",
    "agreed", "agree", "agrees", "proposed", "proposes", "suggested", "voiced", "conveyed", "conveys",
    "explained", "warned", "warns", "thanked", "thanks", "congratulated", "praised", "praises", "commended",
    "appreciated", "recalled", "recalls", "acknowledged", "indicated", "asserted", "believed", "believes",
    "wished", "wishes", "invited", "invites", "looked forward", "looks forward", "extended", "described",
    "shared", "raised", "mentioned", "observed", "replied", "responded", "condemned", "assured", "promised",
    "pledged", "vowed", "recognized", "recognised", "briefed", "insisted", "argued", "maintained",
    "declared", "announced", "confirmed", "reminded", "encouraged", "requested", "offered", "put forward",
    "made clear", "spoke", "speaks", "hailed", "lauded", "cautioned", "asked",
    "rejected", "opposed", "supported", "committed", "decided", "discussed", "exchanged views",
    "exchanged", "reviewed", "concurred", "addressed", "touched on", "explored", "took stock",
    "focused on", "assessed", "is ready", "was ready", "are ready", "were ready",
    "is willing", "was willing", "stands ready", "stood ready", "was pleased", "is pleased",
    "was quoted as saying",
) + CJK_VERBS
# a Chinese verb that is a noun's modifier here: "举行欢迎仪式" (held a welcome ceremony)
_CJK_VERB_TAILS = {"欢迎": "(?!仪式|宴会|晚宴|词|式)", "介绍": "(?!信)", "邀请": "(?!函)"}
# "spoke" says something, except of the call itself: "spoke by phone", "spoke with"
_SPOKE = r"(?![\w-])(?! (?:\w+ )?(?:by|over|via|with|to|on the (?:tele)?phone)\b)"
_VERB_TAILS = {"spoke": _SPOKE, "speaks": _SPOKE}
ADVERBS = (
    "also", "further", "again", "once again", "then", "later", "earlier", "previously", "in turn",
    "repeatedly", "firmly", "strongly", "warmly", "sincerely", "fully", "clearly", "highly", "particularly",
    "specifically", "publicly", "separately", "likewise", "similarly", "both", "all", "each", "jointly",
    "has", "have", "had", "would", "will", "had also", "has also", "have also",
)
CJK_ADVERBS = ("也", "还", "再次", "进一步", "同时", "则", "都", "一致", "均", "亦", "高度", "积极", "特别", "充分",
               "首先", "最后", "随后", "此外", "并", "已", "已经", "将")
# a phrase between a Chinese subject and its verb: "双方就……交换了意见", "习近平向特朗普介绍", "在习近平看来"
CJK_PREPOSITIONS = ("就", "对", "在", "同", "与", "向", "为", "围绕")
CJK_PHRASE = 40  # at most this many characters, no punctuation
JOINT_GROUPS = ("sides", "leaders", "presidents", "prime ministers", "chancellors", "heads of state",
                "heads of government", "governments", "countries", "nations", "delegations", "ministers",
                "foreign ministers", "parties", "teams")
JOINT_SUBJECTS = tuple(f"{many} {group}" for many in ("both", "the two", "the three", "the four", "the", "all")
                       for group in JOINT_GROUPS) + ("they",)
CJK_JOINT = ("双方", "三方", "各方", "两国", "三国", "两国元首", "两国领导人", "三国领导人", "两位领导人", "他们", "她们")
CJK_PRONOUNS = ("他", "她")
OPENERS = ("Noting", "Saying", "Stressing", "Adding", "Recalling", "Welcoming", "Expressing", "Emphasizing",
           "Emphasising", "Underscoring", "Reiterating", "Pointing out", "Calling", "Hoping", "Citing",
           "Referring", "Asked", "Asked about")
# what may stand between a subject and its verb besides adverbs: "Xi, who ..., said"
CLAUSES = ("who", "whose", "which", "as", "for his part", "for her part", "for its part", "for their part",
           "in his turn", "in her turn", "in turn")
VIEW_WORDS = ("view", "views", "position", "opinion", "belief", "assessment", "words", "remarks")


def _capitalized(term: str) -> tuple[str, str]:
    return term[:1].upper() + term[1:], term[:1].lower() + term[1:]


def _compile_verb_tails() -> tuple[str, str]:
    """What follows a pronoun or joint subject in a cue: up to three adverbs and a verb (and in CJK)."""
    verbs = Trie(fold=False)
    for verb in VERBS:
        if not is_cjk(verb[0]):
            verbs.add(verb, _VERB_TAILS.get(verb, BOUND))
    adverbs = "|".join(re.escape(a) for a in sorted(ADVERBS, key=len, reverse=True))
    after = f"(?: (?:{adverbs})){{0,3}} {verbs.pattern()}"
    cjk_verbs = Trie(fold=False)
    for verb in CJK_VERBS:
        cjk_verbs.add(verb, _CJK_VERB_TAILS.get(verb, ""))
    adverbs_cjk = f"(?:{'|'.join(sorted(CJK_ADVERBS, key=len, reverse=True))})*"
    phrase = f"(?:(?:{'|'.join(CJK_PREPOSITIONS)}){cjk_phrase_chars()}{{1,{CJK_PHRASE}}}?)?"
    after_cjk = f"{adverbs_cjk}{phrase}{adverbs_cjk}{cjk_verbs.pattern()}"
    return after, after_cjk


def cjk_phrase_chars() -> str:
    """A character of the phrase between a Chinese subject and its verb: anything but punctuation."""
    return r"[^，。！？；：、“”‘’「」《》\n,.!?;:]"


def _compile_words() -> tuple[Trie, Trie, dict[str, str]]:
    """The cues that are a word alone (verbs, "according to", openers, view words) and each one's kind."""
    words, cjk_words = Trie(fold=False), Trie(fold=False)
    kinds: dict[str, str] = {}
    for verb in VERBS:
        if is_cjk(verb[0]):
            cjk_words.add(verb, _CJK_VERB_TAILS.get(verb, ""))
            kinds[verb] = "verb"
        else:
            words.add(verb, _VERB_TAILS.get(verb, BOUND))
            kinds[" " + verb] = "verb"
    for variant in _capitalized("according to"):
        words.add(variant, BOUND)
        kinds[" " + variant] = "according"
    for opener in OPENERS:
        words.add(opener, BOUND)
        kinds[" " + opener] = "opener"
    for word in VIEW_WORDS:
        words.add(word, BOUND)
        kinds[" " + word] = "view"
    return words, cjk_words, kinds


def compile_cues() -> tuple[re.Pattern, re.Pattern, dict[str, str], list[tuple[str, str]]]:
    """(cue regex, CJK cue regex, the kind of each word cue, subjects longest first with their kind)."""
    after, after_cjk = _compile_verb_tails()
    words, cjk_words, kinds = _compile_words()
    subjects, cjk_subjects = Trie(fold=False), Trie(fold=False)  # cues: a subject and its verb
    for subject in ("he", "she") + JOINT_SUBJECTS:
        for variant in _capitalized(subject):
            subjects.add(variant)
    for subject in CJK_PRONOUNS + CJK_JOINT:
        cjk_subjects.add(subject)
    # every cue starts with a space (a literal prefix: re scans for spaces only)
    cues = re.compile(f" (?:{subjects.pattern()}{after}|{words.pattern()})")
    cjk_cues = re.compile(f"{cjk_subjects.pattern()}{after_cjk}|{cjk_words.pattern()}")
    named = sorted([(s, "joint") for s in JOINT_SUBJECTS + CJK_JOINT]
                   + [(p, "pronoun") for p in ("he", "she") + CJK_PRONOUNS], key=lambda p: -len(p[0]))
    return cues, cjk_cues, kinds, named


def find_cues(matcher, text) -> list[list[tuple[int, int, str]]]:
    """Each sentence's cues, (start, end, kind) in text order; `text` is a ReadoutText."""
    found: list[list] = [[] for _ in text.starts]
    kinds, cue_kinds = matcher.cue_kind, matcher.cue_kinds
    for index, at, match in text.sentence_matches(matcher.cues, matcher.cjk_cues):
        cue = match.group()
        found[index].append((at, match.end(), cue_kinds.get(cue) or kinds(cue)))
    if text.cjk:
        for cues in found:
            cues.sort()
    return found
