"""The vocabularies of a synthetic archive: made-up countries' leaders, people, issuers and
topics, and the participants.yml, topics.yml and issuers.yml files that list them (each
person's and topic's Chinese name as an alias, for the Chinese accounts)."""

from __future__ import annotations

import random

from generator.cli.synth.model import Country, Issuer, Person
from generator.cli.synth.words import ASPECTS, COUNTRIES, FIRST, LAST, LEADERS, MINISTERS, SUBJECTS, make_place
from generator.cli.synth.words_zh import chinese_last, chinese_name, chinese_topic

HUBS = 1.3  # a country's weight is 1 / rank ** HUBS: a few hubs, a long tail


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
            label = f"{subject.capitalize()} {aspect}"
            topics.append({"key": f"{subject}-{aspect}", "label": label, "zh": chinese_topic(label)})
    return topics


def people_yaml(people: dict[str, list[Person]]) -> str:
    lines = ["# Synthetic participants: made-up people for benchmarks."]
    for group in people.values():
        for p in group:
            lines += [f"- key: {p.key}", f"  name: {p.name}", f"  country: {p.country.code}",
                      "  roles:", f"    - title: {p.title}", "      from: 1990-01-01",
                      f"  aliases: [{chinese_name(p.first, p.last)}, {chinese_last(p.last)}]"]
    return "\n".join(lines) + "\n"


def topics_yaml(topics: list[dict]) -> str:
    lines = ["# Synthetic topics for benchmarks."]
    for t in topics:
        lines += [f"- key: {t['key']}", f"  label: {t['label']}", f"  aliases: [{t['zh']}]"]
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
