"""A deterministic synthetic archive for benchmarks and scale tests.

Pure: `synth_corpus(count, seed)` returns the files of a content folder
(vocabularies, issuers and readouts) as {relative path: text}. Every name, place
and sentence is made up from the word lists below; no real readout text is used.
The same count and seed always give the same files.

The corpus looks like the archive at scale:

- Readouts fall on pairs of countries drawn with skewed weights (a few pairs of
  "hub" countries have many readouts, a long tail of pairs one or two).
- About half the readouts are accounts of events told by several governments: two
  accounts (one per side) or three (three countries), each by an issuer of its own
  side's country, all with the event's key (`propose_event_key`), participants and
  day (`event_date` when an account is published the next day), sharing some topics
  and each with one or two of its own. The others are single accounts, with an
  issuer and their own event key or none.
- Accounts come in two styles: reported speech ("President Varga noted that ...,
  she said.") giving most of the text to the account's own leader, and a short
  style ("The leaders reaffirmed ...", "Both sides agreed ..."). Participants are
  named by name, by title and name, or by country adjective and role.
- No two readouts of the same participants lie within two days of each other unless
  they are accounts of one event, so the corpus checks with no warning.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass

from generator.sources.events import propose_event_key

FIRST = (("Ana", "she"), ("Jonas", "he"), ("Kenji", "he"), ("Amara", "she"), ("Lucas", "he"), ("Ingrid", "she"),
         ("Tomas", "he"), ("Leila", "she"), ("Mateo", "he"), ("Sofia", "she"), ("Arjun", "he"), ("Nadia", "she"),
         ("Pavel", "he"), ("Rosa", "she"), ("Emil", "he"), ("Yara", "she"), ("Oskar", "he"), ("Mira", "she"),
         ("Hugo", "he"), ("Talia", "she"), ("Rafael", "he"), ("Anika", "she"), ("Viktor", "he"), ("Selin", "she"),
         ("Diego", "he"), ("Hana", "she"), ("Karim", "he"), ("Elena", "she"), ("Nikolai", "he"), ("Zara", "she"))
LAST = ("Varga", "Lindqvist", "Okafor", "Moreau", "Halvorsen", "Castell", "Brandt", "Nakamura",
        "Petrov", "Almeida", "Rahman", "Kowal", "Ibarra", "Sato", "Demir", "Novak", "Fischer",
        "Quiroga", "Mensah", "Aalto", "Baptiste", "Cerny", "Dahl", "Esposito", "Grimaldi")
# code, name, adjective: real country codes, made-up people
COUNTRIES = (("PT", "Portugal", "Portuguese"), ("NO", "Norway", "Norwegian"), ("JP", "Japan", "Japanese"),
             ("BR", "Brazil", "Brazilian"), ("KE", "Kenya", "Kenyan"), ("DE", "Germany", "German"),
             ("IN", "India", "Indian"), ("CA", "Canada", "Canadian"), ("MX", "Mexico", "Mexican"),
             ("FI", "Finland", "Finnish"), ("GH", "Ghana", "Ghanaian"), ("TR", "Türkiye", "Turkish"),
             ("CL", "Chile", "Chilean"), ("PL", "Poland", "Polish"), ("VN", "Viet Nam", "Vietnamese"),
             ("NZ", "New Zealand", "New Zealand"), ("SN", "Senegal", "Senegalese"), ("AT", "Austria", "Austrian"),
             ("ID", "Indonesia", "Indonesian"), ("UY", "Uruguay", "Uruguayan"), ("ES", "Spain", "Spanish"),
             ("IE", "Ireland", "Irish"), ("MA", "Morocco", "Moroccan"), ("AR", "Argentina", "Argentine"),
             ("TH", "Thailand", "Thai"), ("EG", "Egypt", "Egyptian"), ("SE", "Sweden", "Swedish"),
             ("NG", "Nigeria", "Nigerian"), ("AU", "Australia", "Australian"), ("ZA", "South Africa", "South African"),
             ("CO", "Colombia", "Colombian"), ("PE", "Peru", "Peruvian"), ("GR", "Greece", "Greek"),
             ("HU", "Hungary", "Hungarian"), ("DK", "Denmark", "Danish"), ("IT", "Italy", "Italian"),
             ("KZ", "Kazakhstan", "Kazakh"), ("MY", "Malaysia", "Malaysian"), ("TZ", "Tanzania", "Tanzanian"),
             ("ET", "Ethiopia", "Ethiopian"), ("JO", "Jordan", "Jordanian"), ("RO", "Romania", "Romanian"),
             ("CZ", "Czechia", "Czech"), ("SG", "Singapore", "Singaporean"), ("EE", "Estonia", "Estonian"))
LEADERS = ("President", "Prime Minister")
MINISTERS = ("Foreign Minister", "Minister of Trade")
SUBJECTS = ("maritime", "energy", "climate", "trade", "health", "water", "border", "cyber", "space",
            "fisheries", "migration", "education", "nuclear", "arctic", "food", "transport", "finance",
            "digital", "mining", "aviation")
ASPECTS = ("security", "cooperation", "policy", "agreements", "standards", "research", "investment",
           "governance")
KINDS = ("call", "video-call", "meeting", "talks", "visit", "summit", "statement", "letter")
EVENT_KINDS = ("call", "call", "call", "video-call", "meeting", "meeting", "talks", "visit", "summit")
SYLLABLES = ("ka", "lo", "ven", "tar", "mi", "sa", "dor", "el", "ru", "qua", "nes", "bri", "to", "zan")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

EVENT_SHARE = 0.32  # the chance that the next readouts are an event's accounts: about half of all readouts
THREE_SHARE = 0.15  # of those events, the share with three accounts (three countries)
HUBS = 1.3  # a country's weight is 1 / rank ** HUBS: a few hubs, a long tail
PAIR_NOISE = 0.6  # a pair's weight: its countries' weights times a log-normal factor (this sigma, kept in 0.5-2)
NEXT_DAY = 0.3  # the chance that an account is published the day after the event

# What a leader is reported saying: {own} and {other} are country names, {topic} a topic's label.
CLAUSES = ("{own} is ready to work with {other} on {topic}",
           "the two countries should do more together on {topic}",
           "{topic} remains a shared priority",
           "{own} values its long friendship with {other}",
           "progress on {topic} would benefit their peoples",
           "{own} hopes to expand trade with {other} and to attract investment in {subject}",
           "the working group on {topic} should meet {closer}",
           "{own} supports closer coordination on {topic} in multilateral forums",
           "the agreement on {topic} signed last year has begun to bring results",
           "{own} and {other} share a responsibility for {topic}",
           "{own} would send a delegation to {other} to discuss {topic} {closer}",
           "no country can meet the challenges of {topic} alone",
           "{other} is an important partner for {own} in {topic}",
           "the next round of consultations on {topic} should be held {closer}")
SAYS = ("noted", "stressed", "said", "underlined", "pointed out", "emphasized", "observed")
ADDS = ("added", "said", "stressed", "noted")
OBJECTS = ("the progress of the joint commission", "the long friendship between their peoples",
           "closer coordination in multilateral forums", "the timetable of the next round of consultations",
           "the steady growth of bilateral trade", "new exchanges between universities",
           "the protection of shipping lanes", "a framework for regular dialogue",
           "the memorandum signed last year", "practical steps on {topic}",
           "the work of the joint committee on {topic}", "the shared goals of the regional partnership",
           "their common commitment to {topic}", "new projects in {topic}")
JOINT = ("The leaders reaffirmed {object}.", "The leaders discussed {topic} and {object}.",
         "{Both} agreed to advance {topic} {closer}.", "{Both} welcomed {object}.",
         "The leaders agreed to continue their dialogue on {topic}.", "{Both} expressed support for {object}.",
         "The leaders underscored the importance of {topic}.", "{Both} agreed to review {object} {closer}.")
NAMED = ("{who} welcomed {object}.", "{who} underscored the importance of {topic}.",
         "{who} expressed appreciation for {object}.", "{who} highlighted {object}.",
         "{who} raised {topic}.", "{who} thanked {other} for {object}.")
CLOSERS = ("in the months ahead", "at the earliest opportunity", "before the end of the year",
           "in the spirit of mutual respect", "on the basis of equality", "through existing channels",
           "at the next ministerial meeting", "in {place}")
# kind: (what the reported style says the leader did, the short style, a title's words, the text's noun)
DID = {"call": ("held a phone call with", "spoke by phone with", "speaks with {other} by phone", "call"),
       "video-call": ("held a video call with", "held a video call with", "holds a video call with {other}", "video call"),
       "meeting": ("met", "met with", "meets {other}", "meeting"),
       "talks": ("held talks with", "held talks with", "holds talks with {other}", "talks"),
       "visit": ("received", "welcomed", "receives {other}", "visit"),
       "summit": ("met", "met with", "meets {other} at a summit", "summit"),
       "statement": ("issued a joint statement with", "issued a statement with", "issues a statement with {other}",
                     "statement"),
       "letter": ("wrote to", "sent a letter to", "writes to {other}", "letter")}


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    adjective: str
    leader: str  # President or Prime Minister
    weight: float  # how often its leaders meet others


@dataclass(frozen=True)
class Person:
    key: str
    first: str
    last: str
    pronoun: str
    country: Country
    role: str  # e.g. Prime Minister; the title is "<role> of <country>"

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def title(self) -> str:
        return f"{self.role} of {self.country.name}"


@dataclass(frozen=True)
class Issuer:
    key: str
    name: str
    country: Country
    style: str  # "reported" or "short": the style most of its accounts are in


class Rng(random.Random):
    """random.Random with a quicker `choice` (one call to `random()`; as deterministic)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


def make_place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_countries(rng: random.Random) -> list[Country]:
    """Every country, its leader's title, and a weight: a few hubs, a long tail (Zipf-like)."""
    order = list(COUNTRIES)
    rng.shuffle(order)
    return [Country(code, name, adjective, rng.choice(LEADERS), 1 / (rank + 1) ** HUBS)
            for rank, (code, name, adjective) in enumerate(order)]


def make_surname(rng: random.Random, seen: set[str]) -> str:
    unused = [last for last in LAST if last not in seen]
    while True:
        last = rng.choice(unused) if unused and rng.random() < 0.5 else make_place(rng)
        if last not in seen and len(last) > 3:
            seen.add(last)
            return last


def make_people(rng: random.Random, countries: list[Country], count: int) -> dict[str, list[Person]]:
    """Fictional people, each holding one office since 1990: two per country at least, more in the
    hubs; every surname differs, so "President Varga" names one person."""
    total = max(2 * len(countries), min(240, count // 40))
    weights = sum(c.weight for c in countries)
    extra = total - 2 * len(countries)
    people: dict[str, list[Person]] = {}
    surnames: set[str] = set()
    for country in countries:
        size = 2 + round(extra * country.weight / weights)
        found = []
        for index in range(size):
            first, pronoun = rng.choice(FIRST)
            last = make_surname(rng, surnames)
            role = country.leader if index % 3 != 1 else rng.choice(MINISTERS)
            found.append(Person(f"{first}-{last}".lower(), first, last, pronoun, country, role))
        people[country.code] = found
    return people


def make_issuers(rng: random.Random, countries: list[Country]) -> dict[str, list[Issuer]]:
    """One or two made-up issuers per country: its foreign ministry, and for some its leader's office."""
    issuers = {}
    for country in countries:
        found = [Issuer(f"{country.code.lower()}-mfa", f"Ministry of Foreign Affairs of {country.name}", country,
                        "reported" if rng.random() < 0.7 else "short")]
        if rng.random() < 0.5 + country.weight / 2:
            found.append(Issuer(f"{country.code.lower()}-office", f"Office of the {country.leader} of {country.name}",
                                country, "short" if rng.random() < 0.8 else "reported"))
        issuers[country.code] = found
    return issuers


def make_topics() -> list[dict]:
    topics = []
    for subject in SUBJECTS:
        for aspect in ASPECTS[:2]:
            topics.append({"key": f"{subject}-{aspect}", "label": f"{subject.capitalize()} {aspect}"})
    return topics


def people_yaml(people: dict[str, list[Person]]) -> str:
    lines = ["# Synthetic participants: made-up people for benchmarks."]
    for group in people.values():
        for p in group:
            lines += [f"- key: {p.key}", f"  name: {p.name}", f"  country: {p.country.code}",
                      "  roles:", f"    - title: {p.title}", "      from: 1990-01-01"]
    return "\n".join(lines) + "\n"


def topics_yaml(topics: list[dict]) -> str:
    lines = ["# Synthetic topics for benchmarks."]
    for t in topics:
        lines += [f"- key: {t['key']}", f"  label: {t['label']}"]
    return "\n".join(lines) + "\n"


def issuers_yaml(issuers: dict[str, list[Issuer]]) -> str:
    lines = ["# Synthetic issuers for benchmarks: who publishes each account (made-up offices)."]
    for group in issuers.values():
        for i in group:
            lines += [f"- key: {i.key}", f"  name: {i.name}", f"  country: {i.country.code}",
                      f"  url: https://example.org/{i.key}/"]
            if i.key.endswith("-mfa"):
                lines.append(f"  aliases: [{i.country.adjective} Foreign Ministry]")
    return "\n".join(lines) + "\n"


@dataclass
class Event:
    day: dt.date
    kind: str
    sides: list[list[Person]]  # per country: its leader first, then anyone with them
    topics: list[dict]  # the topics every account names

    @property
    def participants(self) -> list[Person]:
        return [p for side in self.sides for p in side]


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
    made = 0
    while made < count:
        left = count - made
        accounts = 1
        if left >= 2 and rng.random() < EVENT_SHARE:
            accounts = 3 if left >= 3 and rng.random() < THREE_SHARE else 2
        event = corpus.draw(accounts, EVENT_KINDS if accounts > 1 else KINDS)
        if accounts == 1:  # a single account, by either side: its own side first
            event.sides.insert(0, event.sides.pop(rng.randrange(len(event.sides))))
        participants = tuple(p.key for p in event.participants)
        key = propose_event_key(event.day, participants, event.kind) if accounts > 1 or rng.random() < 0.5 else ""
        last_day = event.day.month == 12 and event.day.day == 31
        others = [t for t in topics if t not in event.topics]
        own_topics = rng.sample(others, 2 * accounts)
        for own in range(accounts):
            side = event.sides[own]
            issuer = rng.choice(issuers[side[0].country.code])
            mine = event.topics + own_topics[2 * own: 2 * own + rng.randint(1, 2)] if accounts > 1 else event.topics
            slug, text = write_account(rng, event, own, issuer, mine, key, not last_day and rng.random() < NEXT_DAY)
            path = f"readouts/{slug[:4]}/{slug}.md"
            number = 2
            while path in files:
                path, number = f"readouts/{slug[:4]}/{slug}-{number}.md", number + 1
            files[path] = text
        made += accounts
    return files
