"""The corpus: events drawn on weighted pairs of countries, each told in one to three
accounts, and `synth_corpus`, the whole content folder as {relative path: text}."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from generator.cli.synth.model import Country, Event, Issuer, Person
from generator.cli.synth.texts import choose_style, write_account
from generator.cli.synth.texts_zh import ChineseWriter
from generator.cli.synth.vocabulary import (issuers_yaml, make_countries, make_issuers, make_people, make_topics,
                                            people_yaml, topics_yaml)
from generator.cli.synth.words import EVENT_KINDS, KINDS, LEADERS
from generator.sources.events import propose_event_key

EVENT_SHARE = 0.32  # the chance that the next readouts are an event's accounts: about half of all readouts
THREE_SHARE = 0.15  # of those events, the share with three accounts (three countries)
PAIR_NOISE = 0.6  # a pair's weight: its countries' weights times a log-normal factor (this sigma, kept in 0.5-2)
NEXT_DAY = 0.3  # the chance that an account is published the day after the event
# the accounts written in Chinese, and the English ones given a Chinese translation: a tenth of all readouts
ZH_ORIGINALS, ZH_TRANSLATIONS = 0.06, 0.045


class Rng(random.Random):
    """random.Random with a quicker `choice` (one call to `random()`; as deterministic)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


class Corpus:
    """Draws events: pairs of countries by weight, people, and a day no other readout of the
    same participants is near (two readouts of the same people within two days are one event)."""

    def __init__(self, rng: random.Random, countries: list[Country], people: dict[str, list[Person]],
                 topics: list[dict], first_year: int, years: int):
        self.rng, self.countries, self.people, self.all_topics = rng, countries, people, topics
        self.pairs = list(itertools.combinations(countries, 2))
        noise = [min(2.0, max(0.5, rng.lognormvariate(0, PAIR_NOISE))) for _ in self.pairs]
        self.cumulative = list(itertools.accumulate(a.weight * b.weight * n for (a, b), n in zip(self.pairs, noise)))
        self.start = dt.date(first_year, 1, 1).toordinal()
        self.end = dt.date(first_year + years, 1, 1).toordinal()  # exclusive
        self.days: dict[tuple[str, ...], set[int]] = {}

    def person(self, country: Country, leader: bool = True) -> Person:
        """Mostly a leader; a minister (every country has one) when not `leader`."""
        group = self.people[country.code]
        if not leader:
            return self.rng.choice([p for p in group if p.role not in LEADERS])
        return self.rng.choice([p for p in group if p.role in LEADERS] if self.rng.random() < 0.8 else group)

    def draw(self, accounts: int, kinds: tuple[str, ...]) -> Event:
        rng = self.rng
        while True:
            pair = list(rng.choices(self.pairs, cum_weights=self.cumulative)[0])
            if accounts == 3 or (accounts == 1 and rng.random() < 0.1):
                rest = [c for c in self.countries if c not in pair]
                pair.append(rng.choices(rest, weights=[c.weight for c in rest])[0])
            sides = [[self.person(country)] for country in pair]
            if accounts < 3 and rng.random() < 0.15:  # a minister beside one side's leader
                side = rng.choice(sides)
                if side[0].role in LEADERS:
                    side.append(self.person(side[0].country, leader=False))
            people = tuple(sorted(p.key for side in sides for p in side))
            taken = self.days.setdefault(people, set())
            for _ in range(20):
                day = rng.randrange(self.start, self.end)
                if not taken.intersection(range(day - 2, day + 3)):
                    taken.add(day)
                    topics = rng.sample(self.all_topics, rng.randint(1, 3))
                    return Event(dt.date.fromordinal(day), rng.choice(kinds), sides, topics)


def count_accounts(rng: random.Random, left: int) -> int:
    """How many accounts the next event has: mostly one, or two or three when that many are left."""
    if left >= 2 and rng.random() < EVENT_SHARE:
        return 3 if left >= 3 and rng.random() < THREE_SHARE else 2
    return 1


class Chinese:
    """Which accounts are in Chinese (ZH_SHARE of them, originals or translations), drawn from an
    Rng of their own: the English accounts are those an English-only corpus would have."""

    def __init__(self, seed: int):
        self.rng = Rng(f"zh-{seed}")

    def choose(self, room: int) -> str:
        """'en', 'zh' (the account is written in Chinese) or 'both' (an English account and its
        Chinese translation, when `room` for one more readout is left)."""
        pick = self.rng.random()
        if pick < ZH_ORIGINALS:
            return "zh"
        return "both" if pick < ZH_ORIGINALS + ZH_TRANSLATIONS and room > 0 else "en"


def write_event(rng: random.Random, event: Event, accounts: int, issuers: dict[str, list[Issuer]],
                topics: list[dict], files: dict[str, str], chinese: Chinese, room: int) -> int:
    """Write each account of `event` into `files`, each by an issuer of its own side's country,
    in English or Chinese, and Chinese translations while `room` is left; how many were written."""
    if accounts == 1:  # a single account, by either side: its own side first
        event.sides.insert(0, event.sides.pop(rng.randrange(len(event.sides))))
    participants = tuple(p.key for p in event.participants)
    key = propose_event_key(event.day, participants, event.kind) if accounts > 1 or rng.random() < 0.5 else ""
    last_day = event.day.month == 12 and event.day.day == 31
    others = [t for t in topics if t not in event.topics]
    own_topics = rng.sample(others, 2 * accounts)
    written = 0
    for own in range(accounts):
        side = event.sides[own]
        issuer = rng.choice(issuers[side[0].country.code])
        mine = event.topics + own_topics[2 * own: 2 * own + rng.randint(1, 2)] if accounts > 1 else event.topics
        next_day = not last_day and rng.random() < NEXT_DAY
        account = (event, own, issuer, mine, key, next_day, choose_style(rng, issuer))
        slug, text = write_account(rng, *account)
        language = chinese.choose(room)
        if language == "zh":  # the English text is drawn all the same, so the next ones do not change
            slug, text = write_account(chinese.rng, *account, writer=ChineseWriter)
        path = place(files, slug, text)
        written += 1
        if language == "both":
            original = path.rsplit("/", 1)[1][:-3]
            place(files, *write_account(chinese.rng, *account, writer=ChineseWriter, translation_of=original))
            written, room = written + 1, room - 1
    return written


def place(files: dict[str, str], slug: str, text: str) -> str:
    """Put a readout's text at readouts/<year>/<slug>.md, numbered -2, -3 ... when taken; its path."""
    path = f"readouts/{slug[:4]}/{slug}.md"
    number = 2
    while path in files:
        path, number = f"readouts/{slug[:4]}/{slug}-{number}.md", number + 1
    files[path] = text
    return path


def synth_corpus(count: int, seed: int = 1, first_year: int = 1996, years: int = 30) -> dict[str, str]:
    """The files of a synthetic content folder: {relative path: text}."""
    rng = Rng(seed)
    countries = make_countries(rng)
    people = make_people(rng, countries, count)
    issuers = make_issuers(rng, countries)
    topics = make_topics()
    files = {"participants.yml": people_yaml(people), "topics.yml": topics_yaml(topics),
             "issuers.yml": issuers_yaml(issuers)}
    corpus = Corpus(rng, countries, people, topics, first_year, years)
    chinese = Chinese(seed)
    made = 0
    while made < count:
        accounts = count_accounts(rng, count - made)
        event = corpus.draw(accounts, EVENT_KINDS if accounts > 1 else KINDS)
        made += write_event(rng, event, accounts, issuers, topics, files, chinese, count - made - accounts)
    return files
