"""A bigger, made-up corpus for the browser tests: the basic fixture plus synthetic readouts.

The same seeded generator gives readout files (for a real MkDocs build) and
Readout records (for a 10,000-readout Browse catalog without building 10,000 pages).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from generator.model import Readout

PEOPLE = {  # key: (name, country); the three of tests/fixtures/basic first, in readouts of their own
    "ana-ferreira": ("Ana Ferreira", "PT"), "jonas-berg": ("Jonas Berg", "NO"), "kenji-mori": ("Kenji Mori", "JP"),
    "lucia-prado": ("Lúcia Prado", "BR"), "amani-otieno": ("Amani Otieno", "KE"), "ravi-menon": ("Ravi Menon", "IN"),
    "greta-hahn": ("Greta Hahn", "DE"), "claire-dubois": ("Claire Dubois", "CA"), "diego-salas": ("Diego Salas", "MX"),
    "thabo-nkosi": ("Thabo Nkosi", "ZA"),
}
TOPICS = {"trade": "Trade", "climate": "Climate", "security": "Security", "energy": "Energy",
          "health": "Public health", "migration": "Migration", "fisheries": "Fisheries"}
KINDS = ("call", "meeting", "visit", "video-call", "summit")
FIRST, LAST = dt.date(2019, 1, 1), dt.date(2026, 6, 30)


def synthetic(count: int, seed: int = 4) -> list[dict]:
    """`count` readouts' metadata, the same for the same seed."""
    rng = random.Random(seed)
    span = (LAST - FIRST).days
    made = []
    for number in range(count):
        day = FIRST + dt.timedelta(days=rng.randrange(span))
        people = rng.sample(list(PEOPLE)[3:], 2)  # the new people, whose roles cover every date
        topics = rng.sample(sorted(TOPICS), rng.randint(1, 3))
        kind = rng.choice(KINDS)
        title = f"{PEOPLE[people[0]][0]} and {PEOPLE[people[1]][0]} on {TOPICS[topics[0]].lower()} (no. {number + 1})"
        made.append(dict(date=day, slug=f"{day.isoformat()}-synthetic-{number + 1:05d}", title=title,
                         kind=kind, participants=people, topics=topics))
    return made


def vocabulary_yaml(basic: Path) -> tuple[str, str]:
    """The basic fixture's vocabularies with the synthetic people and topics added."""
    people = (basic / "participants.yml").read_text(encoding="utf-8")
    for key, (name, country) in list(PEOPLE.items())[3:]:
        people += f"- key: {key}\n  name: {name}\n  country: {country}\n  roles:\n    - title: Minister\n      from: 2018-01-01\n"
    topics = (basic / "topics.yml").read_text(encoding="utf-8")
    for key, label in TOPICS.items():
        if f"key: {key}\n" not in topics:
            topics += f"- key: {key}\n  label: {label}\n"
    return people, topics


def write_corpus(content: Path, basic: Path, count: int) -> None:
    """Add `count` synthetic readouts and their vocabulary to a copy of the basic fixture."""
    people, topics = vocabulary_yaml(basic)
    (content / "participants.yml").write_text(people, encoding="utf-8")
    (content / "topics.yml").write_text(topics, encoding="utf-8")
    for item in synthetic(count):
        path = content / "readouts" / str(item["date"].year) / f"{item['slug']}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: {item['title']}\ndate: {item['date'].isoformat()}\nkind: {item['kind']}\n"
            f"participants: [{', '.join(item['participants'])}]\ntopics: [{', '.join(item['topics'])}]\n---\n\n"
            f"A synthetic readout for the browser tests.\n", encoding="utf-8")


def synthetic_readouts(count: int) -> tuple[Readout, ...]:
    """Readout records, oldest first, as the pipeline would make them."""
    records = [Readout(path=f"content/readouts/{i['date'].year}/{i['slug']}.md", slug=i["slug"], title=i["title"],
                       date=i["date"], kind=i["kind"], participants=tuple(i["participants"]), topics=tuple(i["topics"]),
                       countries=tuple(dict.fromkeys(PEOPLE[p][1] for p in i["participants"])), body="")
               for i in synthetic(count)]
    return tuple(sorted(records, key=lambda r: r.sort_key))
