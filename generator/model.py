"""The archive's records: typed and immutable, built only by `validate`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

KINDS = (
    "call", "video-call", "meeting", "talks", "visit", "summit",
    "conference", "statement", "joint-statement", "letter", "message",
)
KIND_LABELS = {
    "call": "Phone call", "video-call": "Video call", "meeting": "Meeting",
    "talks": "Talks", "visit": "Visit", "summit": "Summit", "conference": "Conference",
    "statement": "Statement", "joint-statement": "Joint statement",
    "letter": "Letter", "message": "Message",
}


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    description: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    title: str
    start: dt.date | None = None
    end: dt.date | None = None

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Participant:
    key: str
    name: str
    country: str
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()

    def role_on(self, day: dt.date) -> Role | None:
        """The role held on `day`; the latest to start wins when several overlap."""
        held = [role for role in self.roles if role.held_on(day)]
        return max(held, key=lambda r: r.start or dt.date.min) if held else None


@dataclass(frozen=True)
class Issuer:
    """Who publishes accounts: a ministry, a presidency. Its country is the side an account speaks for."""
    key: str
    name: str
    country: str
    url: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    flag: str = ""


@dataclass(frozen=True)
class Vocabulary:
    topics: dict[str, Topic] = field(default_factory=dict)
    participants: dict[str, Participant] = field(default_factory=dict)
    issuers: dict[str, Issuer] = field(default_factory=dict)

    def side_of(self, readout: Readout) -> str:
        """The country a readout's issuer speaks for: whose account it is ("" when not recorded)."""
        return self.issuers[readout.issuer].country if readout.issuer else ""


@dataclass(frozen=True)
class Source:
    publisher: str = ""
    url: str = ""
    title: str = ""
    retrieved: dt.date | None = None
    archived_url: str = ""  # a copy in a web archive (the Wayback Machine, archive.today...)


@dataclass(frozen=True)
class Readout:
    """One readout: its metadata, its body, and where it came from."""

    path: str  # the file, as shown in messages, e.g. content/readouts/2026/2026-02-05-x.md
    slug: str  # the file name without .md: 2026-02-05-x
    title: str
    date: dt.date
    kind: str
    participants: tuple[str, ...]
    topics: tuple[str, ...]
    countries: tuple[str, ...]
    body: str
    event_date: dt.date | None = None
    issuer: str = ""  # a key of content/issuers.yml ("" when not given)
    event: str = ""  # the key every account of the same call or meeting shares ("" when not given)
    source: Source | None = None
    language: str = "en"
    aliases: tuple[str, ...] = ()
    translation_of: str = ""  # the slug of the readout this one translates ("" for an original)
    # the file's line where `body` starts, for messages about the text; not part of
    # what a readout is (two readouts differing only here are equal)
    body_line: int = field(default=1, compare=False)
    event_line: int = field(default=1, compare=False)  # the line of `event:` (1 without one)
    translation_line: int = field(default=1, compare=False)  # the line of `translation_of:` (1 without one)

    @property
    def year(self) -> int:
        return self.date.year

    @property
    def src_uri(self) -> str:
        """The page's path in the site's sources; its URL is this without `.md`."""
        return f"readouts/{self.date.year}/{self.slug}.md"

    @property
    def event_day(self) -> dt.date:
        """The day of the call or meeting: `event_date` when given, else the readout's date."""
        return self.event_date or self.date

    @property
    def sort_key(self) -> tuple:
        return (self.date, self.slug)


@dataclass(frozen=True)
class Archive:
    """Every valid readout, oldest first, with the vocabularies they use."""

    readouts: tuple[Readout, ...]
    vocabulary: Vocabulary
    countries: dict[str, Country] = field(default_factory=dict)
