"""A deterministic synthetic archive for benchmarks and scale tests.

Pure: `synth_corpus(count, seed)` returns the files of a content folder
(vocabularies and readouts) as {relative path: text}. Every name, place and
sentence is made up from the word lists below; no real readout text is used.
The same count and seed always give the same files.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ("Ana", "Jonas", "Kenji", "Amara", "Lucas", "Ingrid", "Tomas", "Leila", "Mateo", "Sofia",
         "Arjun", "Nadia", "Pavel", "Rosa", "Emil", "Yara", "Oskar", "Mira", "Hugo", "Talia",
         "Rafael", "Anika", "Viktor", "Selin", "Diego", "Hana", "Karim", "Elena", "Nikolai", "Zara")
LAST = ("Varga", "Lindqvist", "Okafor", "Moreau", "Halvorsen", "Castell", "Brandt", "Nakamura",
        "Petrov", "Almeida", "Rahman", "Kowal", "Ibarra", "Sato", "Demir", "Novak", "Fischer",
        "Quiroga", "Mensah", "Aalto", "Baptiste", "Cerny", "Dahl", "Esposito", "Grimaldi")
COUNTRIES = (("PT", "Portugal"), ("NO", "Norway"), ("JP", "Japan"), ("BR", "Brazil"), ("KE", "Kenya"),
             ("DE", "Germany"), ("IN", "India"), ("CA", "Canada"), ("MX", "Mexico"), ("FI", "Finland"),
             ("GH", "Ghana"), ("TR", "Türkiye"), ("CL", "Chile"), ("PL", "Poland"), ("VN", "Viet Nam"),
             ("NZ", "New Zealand"), ("SN", "Senegal"), ("AT", "Austria"), ("ID", "Indonesia"), ("UY", "Uruguay"))
OFFICES = ("President of {}", "Prime Minister of {}", "Foreign Minister of {}", "Minister of Trade of {}")
SUBJECTS = ("maritime", "energy", "climate", "trade", "health", "water", "border", "cyber", "space",
            "fisheries", "migration", "education", "nuclear", "arctic", "food", "transport", "finance",
            "digital", "mining", "aviation")
ASPECTS = ("security", "cooperation", "policy", "agreements", "standards", "research", "investment",
           "governance")
KINDS = ("call", "video-call", "meeting", "talks", "visit", "summit", "statement", "letter")
VERBS = ("discuss", "review", "agree on", "exchange views on", "take stock of", "renew talks on")
SYLLABLES = ("ka", "lo", "ven", "tar", "mi", "sa", "dor", "el", "ru", "qua", "nes", "bri", "to", "zan")
OPENERS = ("The two leaders", "Both sides", "The ministers", "The delegations", "The two governments")
ACTIONS = ("welcomed", "reaffirmed", "stressed", "noted", "underlined", "reviewed", "praised",
           "expressed support for", "called for", "looked forward to", "agreed to deepen", "recalled")
OBJECTS = ("the progress of the joint commission", "the long friendship between their peoples",
           "closer coordination in multilateral forums", "the timetable of the next round of consultations",
           "the steady growth of bilateral trade", "new exchanges between universities",
           "the protection of shipping lanes", "a framework for regular dialogue",
           "the memorandum signed last year", "practical cooperation in {subject}",
           "the working group on {subject} {aspect}", "the shared goals of the regional partnership")
CLOSERS = ("in the months ahead", "at the earliest opportunity", "before the end of the year",
           "in the spirit of mutual respect", "on the basis of equality", "through existing channels",
           "at the next ministerial meeting", "in {place}")


def make_place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_people(rng: random.Random, count: int) -> list[dict]:
    """Fictional people, each holding one office of one country since 1990."""
    people, seen = [], set()
    while len(people) < count:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        key = name.lower().replace(" ", "-")
        if key in seen:
            continue
        seen.add(key)
        code, country = rng.choice(COUNTRIES)
        people.append({"key": key, "name": name, "country": code,
                       "title": rng.choice(OFFICES).format(country)})
    return people


def make_topics() -> list[dict]:
    topics = []
    for subject in SUBJECTS:
        for aspect in ASPECTS[:2]:
            topics.append({"key": f"{subject}-{aspect}", "label": f"{subject.capitalize()} {aspect}"})
    return topics


def people_yaml(people: list[dict]) -> str:
    lines = ["# Synthetic participants: made-up people for benchmarks."]
    for p in people:
        lines += [f"- key: {p['key']}", f"  name: {p['name']}", f"  country: {p['country']}",
                  "  roles:", f"    - title: {p['title']}", "      from: 1990-01-01"]
    return "\n".join(lines) + "\n"


def topics_yaml(topics: list[dict]) -> str:
    lines = ["# Synthetic topics for benchmarks."]
    for t in topics:
        lines += [f"- key: {t['key']}", f"  label: {t['label']}"]
    return "\n".join(lines) + "\n"


def make_sentence(rng: random.Random, names: list[str], labels: list[str]) -> str:
    subject = rng.choice(OPENERS) if rng.random() < 0.7 else rng.choice(names)
    thing = rng.choice(OBJECTS).format(subject=rng.choice(SUBJECTS), aspect=rng.choice(ASPECTS))
    if rng.random() < 0.25:
        thing = f"{thing} and {rng.choice(labels).lower()}"
    closer = rng.choice(CLOSERS).format(place=make_place(rng))
    return f"{subject} {rng.choice(ACTIONS)} {thing} {closer}."


def make_body(rng: random.Random, names: list[str], labels: list[str]) -> str:
    """300 to 600 words in paragraphs of three to six sentences."""
    target, words, paragraphs = rng.randint(300, 600), 0, []
    while words < target:
        sentences = [make_sentence(rng, names, labels) for _ in range(rng.randint(3, 6))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return "\n\n".join(paragraphs) + "\n"


def spread_dates(rng: random.Random, count: int, first_year: int, years: int) -> list[dt.date]:
    start = dt.date(first_year, 1, 1)
    span = (dt.date(first_year + years, 1, 1) - start).days
    return sorted(start + dt.timedelta(days=rng.randrange(span)) for _ in range(count))


def make_readout(rng: random.Random, day: dt.date, people: list[dict], topics: list[dict]) -> tuple[str, tuple, str]:
    chosen = rng.sample(people, rng.choice((2, 2, 2, 3)))
    picked = rng.sample(topics, rng.randint(1, 4))
    kind = rng.choice(KINDS)
    names = [p["name"] for p in chosen]
    labels = [t["label"] for t in picked]
    surnames = "-".join(p["key"].split("-")[-1] for p in chosen)
    title = f"{' and '.join(names)} {rng.choice(VERBS)} {labels[0].lower()}"
    front = ["---", f"title: {title}", f"date: {day.isoformat()}", f"kind: {kind}",
             f"participants: [{', '.join(p['key'] for p in chosen)}]",
             f"topics: [{', '.join(t['key'] for t in picked)}]", "---", ""]
    slug = f"{day.isoformat()}-{surnames}-{kind}"
    event = (day, tuple(sorted(p["key"] for p in chosen)))
    return slug, event, "\n".join(front) + make_body(rng, names, labels)


def synth_corpus(count: int, seed: int = 1, first_year: int = 1996, years: int = 30) -> dict[str, str]:
    """The files of a synthetic content folder: {relative path: text}."""
    rng = random.Random(seed)
    people = make_people(rng, max(12, min(150, count // 40)))
    topics = make_topics()
    files = {"participants.yml": people_yaml(people), "topics.yml": topics_yaml(topics)}
    events = set()
    for day in spread_dates(rng, count, first_year, years):
        slug, event, text = make_readout(rng, day, people, topics)
        while event in events or f"readouts/{day.year}/{slug}.md" in files:
            slug, event, text = make_readout(rng, day, people, topics)
        events.add(event)
        files[f"readouts/{day.year}/{slug}.md"] = text
    return files
