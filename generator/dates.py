"""Month names and dates as the archive prints them: one table for every page, feed and citation."""

from __future__ import annotations

import datetime as dt

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")


def month_name(month: int) -> str:
    return MONTHS[month - 1]


def short_month(month: int) -> str:
    """'Jan', 'Feb', ...: timelines."""
    return MONTHS[month - 1][:3]


def long_date(day: dt.date | None) -> str:
    """'5 February 2026' ('' for no date)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def us_date(day: dt.date) -> str:
    """'February 5, 2026': Chicago style."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
