"""The Chinese text of an account: the Writer's bodies and forms with Chinese words
(words_zh.py): reported speech ("瓦尔加总统指出，……。她还表示，……。", "……，瓦尔加说。")
or the short style ("双方同意……。", "瓦尔加欢迎……。"), names in characters."""

from __future__ import annotations

import random

from generator.cli.synth.model import Event, Person
from generator.cli.synth.texts import Writer
from generator.cli.synth.words import LEADERS, make_place
from generator.cli.synth.words_zh import (ADDS_ZH, CLAUSES_ZH, CLOSERS_ZH, DID_ZH, DURATIONS_ZH, JOINT_ZH, NAMED_ZH,
                                          OBJECTS_ZH, ROLES_ZH, SAYS_ZH, SUBJECTS_ZH, WEEKDAYS_ZH, chinese_country,
                                          chinese_last, chinese_name, chinese_place)


def listing_zh(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else f"{'、'.join(items[:-1])}和{items[-1]}"


class ChineseWriter(Writer):
    """The sentences of one account in Chinese, from its own side's point of view."""

    language = "zh"
    CLAUSES, CLOSERS, OBJECTS, JOINT, NAMED = CLAUSES_ZH, CLOSERS_ZH, OBJECTS_ZH, JOINT_ZH, NAMED_ZH
    SUBJECTS = tuple(SUBJECTS_ZH.values())

    def __init__(self, rng: random.Random, event: Event, own: int, topics: list[dict]):
        super().__init__(rng, event, own, topics)
        self.leaders = "两国领导人" if len(event.sides) == 2 else "三国领导人"
        self.noun = DID_ZH[event.kind][2]

    def joint_subject(self, sides: int) -> str:
        return "双方" if sides == 2 else "三方"

    def topic(self) -> str:
        return self.rng.choice(self.topics)["zh"]

    def topic_of(self, index: int) -> str:
        return self.topics[index % len(self.topics)]["zh"]

    def place(self) -> str:
        return chinese_place(make_place(self.rng))

    def country(self, country) -> str:
        return chinese_country(country.code)

    def refer(self, person: Person, start: bool = False) -> str:
        """The name and office the first time ("挪威总理约纳斯·林德奎斯特"), then the surname and office
        ("林德奎斯特总理"), the surname alone, or the country and office ("挪威总理")."""
        own = person.country is self.own[0].country
        role, last = ROLES_ZH[person.role], chinese_last(person.last)
        if person.key not in self.named:
            self.named.add(person.key)
            name = chinese_name(person.first, person.last)
            return f"{role}{name}" if own else f"{self.country(person.country)}{role}{name}"
        pick = self.rng.random()
        if pick < 0.45:
            return f"{last}{role}"
        if pick < 0.75 or own or person.role not in LEADERS:
            return last
        return f"{self.country(person.country)}{role}"

    def reported(self, speaker: Person, topic: str | None = None, pick: float | None = None) -> list[str]:
        rng, said = self.rng, self.clause(speaker, topic)
        pick = rng.random() if pick is None else pick
        if pick < 0.3:
            pronoun = "他" if speaker.pronoun == "he" else "她"
            return [f"{self.refer(speaker)}{rng.choice(SAYS_ZH)}，{said}。",
                    f"{pronoun}{rng.choice(ADDS_ZH)}，{self.clause(speaker)}。"]
        if pick < 0.55:
            return [f"{said}，{self.refer(speaker)}说。"]
        if pick < 0.75:
            return [f"{self.refer(speaker)}表示，{said}，并指出{self.clause(speaker)}。"]
        if pick < 0.85:
            return [f"据{self.refer(speaker)}介绍，{said}。"]
        return [f"{self.refer(speaker)}{rng.choice(SAYS_ZH)}，{said}。"]

    def opening(self, short: bool) -> str:
        others = "和".join(self.refer(side[0]) for side in self.others)
        did = DID_ZH[self.event.kind][0]
        done = did.format(others=others, place=self.place() if "{place}" in did else "")
        return f"{WEEKDAYS_ZH[self.event.day.weekday()]}，{self.refer(self.own[0])}{done}。"

    def covered(self) -> str:
        return f"此次{self.noun}涉及{listing_zh(t['zh'] for t in self.topics)}等议题。"

    def lasted(self) -> str:
        return f"{self.noun}历时{self.rng.choice(DURATIONS_ZH)}。"

    def discussed(self) -> str:
        return f"{self.leaders}讨论了{listing_zh(t['zh'] for t in self.topics)}。"

    def keep_in_touch(self) -> str:
        return f"{self.both}同意{self.closer()}保持密切沟通。"

    def joint(self) -> str:
        return self.fill(self.rng.choice(self.JOINT), Both=self.both, leaders=self.leaders)

    def join(self, sentences: list[str]) -> str:
        return "".join(sentences)

    def size(self, text: str) -> int:
        """About two characters of Chinese say what an English word does."""
        return len(text) // 2

    def title(self, style: str) -> str:
        leader, others = self.own[0], [side[0] for side in self.others]
        did = DID_ZH[self.event.kind][1]
        if style == "short":
            names = "和".join(f"{self.country(p.country)}{ROLES_ZH[p.role]}{chinese_last(p.last)}" for p in others)
            return f"{ROLES_ZH[leader.role]}{chinese_last(leader.last)}{did.format(others=names)}"
        return chinese_name(leader.first, leader.last) + did.format(
            others="和".join(chinese_name(p.first, p.last) for p in others))
