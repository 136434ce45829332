"""The text of one account of an event, in either style: reported speech ("President Varga
noted that ..., she said.") or the short style ("The leaders reaffirmed ..."), with its
title and front matter. The Writer holds the English words; texts_zh.ChineseWriter the
Chinese ones (the bodies are built the same way in both languages)."""

from __future__ import annotations

import datetime as dt
import random

from generator.cli.synth.model import Event, Issuer, Person
from generator.cli.synth.words import (ADDS, CLAUSES, CLOSERS, DID, JOINT, NAMED, OBJECTS, SAYS, SUBJECTS,
                                       WEEKDAYS, make_place)


class Writer:
    """The sentences of one account, from its own side's point of view, in English."""

    language = "en"
    CLAUSES, CLOSERS, OBJECTS, SUBJECTS, JOINT, NAMED = CLAUSES, CLOSERS, OBJECTS, SUBJECTS, JOINT, NAMED

    def __init__(self, rng: random.Random, event: Event, own: int, topics: list[dict]):
        self.rng, self.event, self.topics = rng, event, topics
        self.own = event.sides[own]
        self.others = [side for index, side in enumerate(event.sides) if index != own]
        self.named: set[str] = set()
        self.both = self.joint_subject(len(event.sides))

    def joint_subject(self, sides: int) -> str:
        return "Both sides" if sides == 2 else "All three sides"

    def topic(self) -> str:
        return self.rng.choice(self.topics)["label"].lower()

    def topic_of(self, index: int) -> str:
        """The topics in turn: the one a paragraph of reported speech is about."""
        return self.topics[index % len(self.topics)]["label"].lower()

    def closer(self) -> str:
        template = self.rng.choice(self.CLOSERS)
        return template.format(place=self.place()) if "{place}" in template else template

    def place(self) -> str:
        return make_place(self.rng)

    def object(self) -> str:
        template = self.rng.choice(self.OBJECTS)
        return template.format(topic=self.topic()) if "{topic}" in template else template

    def refer(self, person: Person, start: bool = False) -> str:
        """The person's name the first time, then a title, a surname or a country adjective and role."""
        own = person.country is self.own[0].country
        if person.key not in self.named:
            self.named.add(person.key)
            return f"{person.role} {person.name}" if own else f"{person.country.adjective} {person.role} {person.name}"
        pick = self.rng.random()
        if pick < 0.45:
            return f"{person.role} {person.last}"
        if pick < 0.75 or own:
            return person.last
        return f"{'The' if start else 'the'} {person.country.adjective} {person.role.lower()}"

    def fill(self, template: str, topic: str | None = None, **fixed: str) -> str:
        """`template` with its fields: those given, and made-up ones drawn only when it has them."""
        if "{topic}" in template:
            fixed["topic"] = topic or self.topic()
        if "{object}" in template:
            fixed["object"] = self.object()
        if "{closer}" in template:
            fixed["closer"] = self.closer()
        if "{subject}" in template:
            fixed["subject"] = self.rng.choice(self.SUBJECTS)
        return template.format(**fixed)

    def clause(self, speaker: Person, topic: str | None = None) -> str:
        template = self.rng.choice(self.CLAUSES)
        other = ""
        if "{other}" in template:
            other = self.country(self.rng.choice([s[0] for s in self.event.sides
                                                  if s[0].country is not speaker.country]).country)
        return self.fill(template, topic, own=self.country(speaker.country), other=other)

    def country(self, country) -> str:
        return country.name

    def reported(self, speaker: Person, topic: str | None = None, pick: float | None = None) -> list[str]:
        """One or two sentences of reported speech by `speaker` (`pick` chooses the form)."""
        rng, said = self.rng, self.clause(speaker, topic)
        pick = rng.random() if pick is None else pick
        if pick < 0.3:
            return [f"{self.refer(speaker, True)} {rng.choice(SAYS)} that {said}.",
                    f"{capital(self.clause(speaker))}, {speaker.pronoun} {rng.choice(ADDS)}."]
        if pick < 0.55:
            return [f"{capital(said)}, {self.refer(speaker)} said."]
        if pick < 0.75:
            return [f"{self.refer(speaker, True)} said that {said}, adding that {self.clause(speaker)}."]
        if pick < 0.85:
            return [f"According to {self.refer(speaker)}, {said}."]
        return [f"{self.refer(speaker, True)} {rng.choice(SAYS)} that {said}."]

    def opening(self, short: bool) -> str:
        leader = self.own[0]
        others = " and ".join(self.refer(side[0]) for side in self.others)
        did = DID[self.event.kind][1 if short else 0]
        where = f" in {make_place(self.rng)}" if self.event.kind in ("meeting", "talks", "visit", "summit") else ""
        return f"{self.refer(leader, True)} {did} {others}{where} on {WEEKDAYS[self.event.day.weekday()]}."

    # the words around the statements, and how sentences are put together
    def covered(self) -> str:
        """What the reported style's first paragraph says the event covered (after the opening)."""
        return f" The {DID[self.event.kind][3]} covered {listing(t['label'].lower() for t in self.topics)}."

    def lasted(self) -> str:
        durations = ("forty minutes", "an hour", "more than an hour", "two hours")
        return f"The {DID[self.event.kind][3]} lasted {self.rng.choice(durations)}."

    def discussed(self) -> str:
        """What the short style's first paragraph says the leaders discussed (after the opening)."""
        return f" The leaders discussed {listing(t['label'].lower() for t in self.topics)}."

    def keep_in_touch(self) -> str:
        return f"{self.both} agreed to remain in close contact {self.closer()}."

    def joint(self) -> str:
        return self.fill(self.rng.choice(self.JOINT), Both=self.both)

    def join(self, sentences: list[str]) -> str:
        return " ".join(sentences)

    def size(self, text: str) -> int:
        """A text's length in words."""
        return len(text.split())

    def title(self, style: str) -> str:
        leader, others = self.own[0], [side[0] for side in self.others]
        if style == "short":
            names = " and ".join(f"{p.role} {p.last}" for p in others)
            return f"Readout of {leader.role} {leader.last}'s {DID[self.event.kind][3]} with {names}"
        return f"{leader.name} {DID[self.event.kind][2].format(other=' and '.join(p.name for p in others))}"


def listing(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


def reported_body(w: Writer, target: int) -> list[str]:
    """Reported speech: most statements are the account's own leader's, the others' are brief."""
    rng, leader = w.rng, w.own[0]
    paragraphs = [w.opening(False) + w.covered()]
    words, index = w.size(paragraphs[0]), 0
    while words < target:
        topic = w.topic_of(index)
        index += 1
        sentences = w.reported(leader, topic, pick=0.0 if index == 1 else None) + w.reported(leader)
        if rng.random() < 0.5:
            sentences += w.reported(leader)
        for side in w.others:
            if rng.random() < 0.6:
                sentences += w.reported(side[0], topic)
        for person in w.own[1:] + [p for side in w.others for p in side[1:]]:
            if rng.random() < 0.2:
                sentences += w.reported(person)
        paragraph = w.join(sentences)
        paragraphs.append(paragraph)
        words += w.size(paragraph)
    paragraphs.append(w.lasted())
    return paragraphs


def short_body(w: Writer, target: int) -> list[str]:
    """The short style: what the leaders did together, and what each welcomed or raised."""
    rng = w.rng
    speakers = [w.own[0]] * 3 + [side[0] for side in w.others]
    paragraphs = [w.opening(True) + w.discussed()]
    words = w.size(paragraphs[0])
    while words < target:
        sentences = []
        for _ in range(rng.randint(3, 5)):
            if rng.random() < 0.5:
                sentences.append(w.joint())
            else:
                who, template = rng.choice(speakers), rng.choice(w.NAMED)
                other = ""
                if "{other}" in template:
                    other = w.refer(rng.choice(w.others)[0] if who is w.own[0] else w.own[0])
                sentences.append(w.fill(template, who=w.refer(who, True), other=other))
        paragraph = w.join(sentences)
        paragraphs.append(paragraph)
        words += w.size(paragraph)
    paragraphs.append(w.keep_in_touch())
    return paragraphs


def choose_style(rng: random.Random, issuer: Issuer) -> str:
    """The issuer's style, or now and then its other one."""
    style = issuer.style
    if rng.random() < 0.15:
        style = "short" if style == "reported" else "reported"
    return style


def write_account(rng: random.Random, event: Event, own: int, issuer: Issuer, topics: list[dict],
                  key: str, next_day: bool, style: str, writer: type[Writer] = Writer,
                  translation_of: str = "") -> tuple[str, str]:
    """(slug, text) of one side's account of `event`, in the writer's language; a translation
    names its original and leaves the event key to it."""
    w = writer(rng, event, own, topics)
    body = (reported_body if style == "reported" else short_body)(w, rng.randint(300, 520))
    participants = w.own + [p for side in w.others for p in side]
    date = event.day + dt.timedelta(days=1) if next_day else event.day
    front = ["---", f"title: {w.title(style)}", f"date: {date.isoformat()}"]
    if next_day:
        front.append(f"event_date: {event.day.isoformat()}")
    front += [f"kind: {event.kind}", f"participants: [{', '.join(p.key for p in participants)}]",
              f"topics: [{', '.join(t['key'] for t in topics)}]", f"issuer: {issuer.key}"]
    if key and not translation_of:
        front.append(f"event: {key}")
    if w.language != "en":
        front.append(f"language: {w.language}")
    if translation_of:
        front.append(f"translation_of: {translation_of}")
    front += ["---", ""]
    slug = f"{date.isoformat()}-{'-'.join(p.last.lower() for p in participants)}-{event.kind}"
    return slug + ("" if w.language == "en" else f"-{w.language}"), "\n".join(front) + "\n\n".join(body) + "\n"
