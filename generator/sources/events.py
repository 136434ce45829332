"""Checks between the accounts of one event (a call or a meeting).

After a call each government publishes its own account: readouts by different
issuers that share an `event:` key. Pure: every problem is an Issue.

- likely-duplicate (warning): two readouts of the same day and participants by the
  same issuer (or with no issuer to tell them apart), unless their event keys say
  they are different events; or two accounts of one event by the same issuer.
- likely-same-event (warning, on both files): readouts of the same participants by
  different issuers, at most two days apart, that share no event key.
- event-date-mismatch, event-participants-mismatch (errors): an event's accounts
  that disagree on its day by more than two days, or share no participant.

A translation (`translation_of`) is its original's account in another language, not an
account of its own: these checks leave it out (sources/translations.py checks it
against its original).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from generator.issues import Issue, error, warning
from generator.model import Readout

NEAR = dt.timedelta(days=2)  # a readout may be published a day or two after the call


def propose_event_key(day: dt.date, participants: tuple[str, ...], kind: str) -> str:
    """e.g. 2026-02-04-xi-jinping-donald-trump-call"""
    return "-".join([day.isoformat(), *participants, kind])


def check_events(readouts: list[Readout]) -> list[Issue]:
    ordered = sorted((r for r in readouts if not r.translation_of), key=lambda r: (r.event_day, r.path))
    return check_duplicates(ordered) + check_same_event(ordered) + check_accounts(ordered)


def check_duplicates(readouts: list[Readout]) -> list[Issue]:
    issues = []
    by_day: dict[tuple, list[Readout]] = defaultdict(list)
    for readout in sorted(readouts, key=lambda r: r.path):
        earlier = by_day[readout.event_day, tuple(sorted(readout.participants))]
        other = next((r for r in earlier if same_issuer(r, readout) and not different_events(r, readout)), None)
        if other is not None:
            issues.append(warning(readout.path, 1, "likely-duplicate", duplicate_message(readout, other)))
        earlier.append(readout)
    by_event: dict[tuple, Readout] = {}
    for readout in sorted(readouts, key=lambda r: r.path):
        if readout.event and readout.issuer:
            other = by_event.setdefault((readout.event, readout.issuer), readout)
            if other is not readout and other.event_day != readout.event_day:
                issues.append(warning(readout.path, readout.event_line, "likely-duplicate",
                                      f"{other.path} is also {readout.issuer}'s account of the event '{readout.event}'; "
                                      "if both are the same account, keep one, or give one of them another event key"))
    return issues


def same_issuer(a: Readout, b: Readout) -> bool:
    """Whether two readouts may be one account: the same issuer, or either not given."""
    return not a.issuer or not b.issuer or a.issuer == b.issuer


def different_events(a: Readout, b: Readout) -> bool:
    return bool(a.event and b.event and a.event != b.event)


def duplicate_message(readout: Readout, other: Readout) -> str:
    if readout.issuer and other.issuer:
        return (f"this readout has the same date, participants and issuer as {other.path}; "
                "if both are the same account, keep one")
    return (f"this readout has the same date and participants as {other.path}; if both are accounts "
            "of one event, keep one, or, if they are accounts by different publishers, set 'issuer' in both")


def check_same_event(readouts: list[Readout]) -> list[Issue]:
    """Readouts that are probably two accounts of one event but do not say so (`readouts` by day)."""
    issues = []
    by_people: dict[tuple, list[Readout]] = defaultdict(list)
    for readout in readouts:
        if readout.issuer:
            by_people[tuple(sorted(readout.participants))].append(readout)
    for group in by_people.values():
        for index, readout in enumerate(group):
            for other in group[index + 1:]:
                if other.event_day - readout.event_day > NEAR:
                    break
                if other.issuer != readout.issuer and (not readout.event or readout.event != other.event):
                    issues += same_event_warnings(readout, other)
    return issues


def same_event_warnings(a: Readout, b: Readout) -> list[Issue]:
    key = a.event or b.event or propose_event_key(min(a.event_day, b.event_day), a.participants, a.kind)
    days = abs((b.event_day - a.event_day).days)
    apart = "the same day" if days == 0 else f"{days} day{'s' if days > 1 else ''} apart"
    return [warning(one.path, one.event_line, "likely-same-event",
                    f"this readout and {other.path} have the same participants, {apart}, by different issuers: "
                    f"probably two accounts of one event; give both 'event: {key}'"
                    + ("" if not (one.event and other.event) else ", or keep the two keys if they are different events"))
            for one, other in ((a, b), (b, a))]


def check_accounts(readouts: list[Readout]) -> list[Issue]:
    """An event's accounts must agree on its day (within two days) and share participants
    with the account most of them agree with, which the messages name."""
    accounts: dict[str, list[Readout]] = defaultdict(list)
    for readout in readouts:
        if readout.event:
            accounts[readout.event].append(readout)
    issues = []
    for key, group in accounts.items():
        if len(group) < 2:
            continue
        days = Counter(r.event_day for r in group)
        people = Counter(frozenset(r.participants) for r in group)
        agreed = min(group, key=lambda r: (-days[r.event_day], -people[frozenset(r.participants)], r.event_day, r.path))
        for readout in group:
            if readout is agreed:
                continue
            if abs(readout.event_day - agreed.event_day) > NEAR:
                issues.append(error(readout.path, readout.event_line, "event-date-mismatch",
                                    f"the event '{key}' took place on {agreed.event_day} by {agreed.path}, but this "
                                    f"readout dates it {readout.event_day}; set 'event_date: {agreed.event_day}' here if "
                                    "it is an account of the same event, or give it another event key"))
            if not set(agreed.participants).intersection(readout.participants):
                issues.append(error(readout.path, readout.event_line, "event-participants-mismatch",
                                    f"the event '{key}' is between {', '.join(agreed.participants)} by {agreed.path}, "
                                    f"but this readout's participants are {', '.join(readout.participants)}; fix the "
                                    "participants, or give this readout another event key"))
    return issues
