"""The records a synthetic archive is drawn from: countries, people, issuers, and events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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


@dataclass
class Event:
    day: dt.date
    kind: str
    sides: list[list[Person]]  # per country: its leader first, then anyone with them
    topics: list[dict]  # the topics every account names

    @property
    def participants(self) -> list[Person]:
        return [p for side in self.sides for p in side]
