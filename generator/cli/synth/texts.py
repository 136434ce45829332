"""The text of one account of an event, in either style: reported speech ("President Varga
noted that ..., she said.") or the short style ("The leaders reaffirmed ..."), with its
title and front matter."""

from __future__ import annotations

import datetime as dt
import random

from generator.cli.synth.model import Event, Issuer, Person
from generator.cli.synth.words import (ADDS, CLAUSES, CLOSERS, DID, JOINT, NAMED, OBJECTS, SAYS, SUBJECTS,
                                       WEEKDAYS, make_place)


class Writer:
    """The sentences of one account, from its own side's point of view."""

    def __init__(self, rng: random.Random, event: Event, own: int, topics: list[dict]):
        self.rng, self.event, self.topics = rng, event, topics
        self.own = event.sides[own]
        self.others = [side for index, side in enumerate(event.sides) if index != own]
        self.named: set[str] = set()
        self.both = "Both sides" if len(event.sides) == 2 else "All three sides"

    def topic(self) -> str:
        return self.rng.choice(self.topics)["label"].lower()

    def closer(self) -> str:
        template = self.rng.choice(CLOSERS)
        return template.format(place=make_place(self.rng)) if "{place}" in template else template

    def object(self) -> str:
        template = self.rng.choice(OBJECTS)
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
            fixed["subject"] = self.rng.choice(SUBJECTS)
        return template.format(**fixed)

    def clause(self, speaker: Person, topic: str | None = None) -> str:
        template = self.rng.choice(CLAUSES)
        other = ""
        if "{other}" in template:
            other = self.rng.choice([s[0] for s in self.event.sides if s[0].country is not speaker.country]).country.name
        return self.fill(template, topic, own=speaker.country.name, other=other)

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


def listing(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


def reported_body(w: Writer, target: int) -> list[str]:
    """Reported speech: most statements are the account's own leader's, the others' are brief."""
    rng, leader = w.rng, w.own[0]
    noun = DID[w.event.kind][3]
    paragraphs = [w.opening(False) + f" The {noun} covered {listing(t['label'].lower() for t in w.topics)}."]
    words, index = len(paragraphs[0].split()), 0
    while words < target:
        topic = w.topics[index % len(w.topics)]["label"].lower()
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
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    paragraphs.append(f"The {noun} lasted {rng.choice(('forty minutes', 'an hour', 'more than an hour', 'two hours'))}.")
    return paragraphs


def short_body(w: Writer, target: int) -> list[str]:
    """The short style: what the leaders did together, and what each welcomed or raised."""
    rng = w.rng
    speakers = [w.own[0]] * 3 + [side[0] for side in w.others]
    paragraphs = [w.opening(True) + f" The leaders discussed {listing(t['label'].lower() for t in w.topics)}."]
    words = len(paragraphs[0].split())
    while words < target:
        sentences = []
        for _ in range(rng.randint(3, 5)):
            if rng.random() < 0.5:
                sentences.append(w.fill(rng.choice(JOINT), Both=w.both))
            else:
                who, template = rng.choice(speakers), rng.choice(NAMED)
                other = ""
                if "{other}" in template:
                    other = w.refer(rng.choice(w.others)[0] if who is w.own[0] else w.own[0])
                sentences.append(w.fill(template, who=w.refer(who, True), other=other))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    paragraphs.append(f"{w.both} agreed to remain in close contact {w.closer()}.")
    return paragraphs


def account_title(w: Writer, style: str) -> str:
    leader, others = w.own[0], [side[0] for side in w.others]
    if style == "short":
        names = " and ".join(f"{p.role} {p.last}" for p in others)
        return f"Readout of {leader.role} {leader.last}'s {DID[w.event.kind][3]} with {names}"
    return f"{leader.name} {DID[w.event.kind][2].format(other=' and '.join(p.name for p in others))}"


def write_account(rng: random.Random, event: Event, own: int, issuer: Issuer, topics: list[dict],
                  key: str, next_day: bool) -> tuple[str, str]:
    """(slug, text) of one side's account of `event`."""
    style = issuer.style
    if rng.random() < 0.15:  # an issuer writing in its other style now and then
        style = "short" if style == "reported" else "reported"
    writer = Writer(rng, event, own, topics)
    body = (reported_body if style == "reported" else short_body)(writer, rng.randint(300, 520))
    participants = writer.own + [p for side in writer.others for p in side]
    date = event.day + dt.timedelta(days=1) if next_day else event.day
    front = ["---", f"title: {account_title(writer, style)}", f"date: {date.isoformat()}"]
    if next_day:
        front.append(f"event_date: {event.day.isoformat()}")
    front += [f"kind: {event.kind}", f"participants: [{', '.join(p.key for p in participants)}]",
              f"topics: [{', '.join(t['key'] for t in topics)}]", f"issuer: {issuer.key}"]
    if key:
        front.append(f"event: {key}")
    front += ["---", ""]
    slug = f"{date.isoformat()}-{'-'.join(p.last.lower() for p in participants)}-{event.kind}"
    return slug, "\n".join(front) + "\n\n".join(body) + "\n"
