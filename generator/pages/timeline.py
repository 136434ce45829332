"""Timelines drawn at build time: readouts per year and per month, as inline SVG.

Each bar is a link with an accessible label; a slot with no readouts is drawn
as an empty tick with no link. Colours come from CSS (archive.css), so one
drawing serves the light and the dark palette. No script runs in the browser.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from generator.dates import month_name, short_month

PLOT = 96  # height of the tallest bar
TOP = 18  # room for the count above a bar
BOTTOM = 22  # room for the labels under the bars


@dataclass(frozen=True)
class Bar:
    label: str  # under the bar, e.g. "2026" or "Feb"
    count: int
    href: str  # the final URL of the bar's page; "" when the slot is empty
    name: str  # the accessible name, e.g. "2026: 12 readouts"


def count_phrase(count: int, noun: str = "readout") -> str:
    """'1 readout', '3 events'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def label_every(count: int, slot: int) -> int:
    """Label every n-th slot so that labels stay about 40 units apart."""
    return max(1, -(-40 // slot)) if count * slot > 600 else 1


def draw_bar(bar: Bar, x: int, slot: int, tallest: int, show_label: bool) -> str:
    height = round(PLOT * bar.count / tallest) if bar.count else 0
    if bar.count:
        height = max(height, 2)
    middle = x + slot / 2
    base = TOP + PLOT
    parts = []
    if bar.count:
        parts.append(f'<rect class="ra-hit" x="{x}" y="0" width="{slot}" height="{base}"/>')
        parts.append(f'<rect class="ra-bar" x="{x + 3}" y="{base - height}" width="{slot - 6}" height="{height}"/>')
        parts.append(f'<text class="ra-count" x="{middle:g}" y="{base - height - 4}" text-anchor="middle">{bar.count}</text>')
    else:
        parts.append(f'<rect class="ra-empty" x="{x + 3}" y="{base - 1}" width="{slot - 6}" height="1"/>')
    if show_label:
        parts.append(f'<text class="ra-label" x="{middle:g}" y="{base + 15}" text-anchor="middle">{escape(bar.label)}</text>')
    body = "".join(parts)
    if not bar.count:
        return f'<g class="ra-slot">{body}</g>'
    return f'<a href="{escape(bar.href)}" aria-label="{escape(bar.name)}"><title>{escape(bar.name)}</title>{body}</a>'


def draw_timeline(bars: list[Bar], title: str, slot: int) -> Markup:
    """An SVG bar chart; `title` names the whole chart for screen readers."""
    width = max(len(bars), 1) * slot
    height = TOP + PLOT + BOTTOM
    tallest = max((bar.count for bar in bars), default=0) or 1
    every = label_every(len(bars), slot)
    drawn = "".join(
        draw_bar(bar, index * slot, slot, tallest, index % every == 0 or index == len(bars) - 1)
        for index, bar in enumerate(bars))
    return Markup(
        f'<div class="ra-timeline">'
        f'<svg role="group" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" style="max-width:100%;height:auto">{drawn}</svg>'
        f'</div>')


def year_bars(counts: dict[int, int], href_of, noun: str = "readout") -> list[Bar]:
    """A slot for every year from the first to the last, empty years included."""
    if not counts:
        return []
    years = range(min(counts), max(counts) + 1)
    return [Bar(str(year), counts.get(year, 0), href_of(year) if counts.get(year) else "",
                f"{year}: {count_phrase(counts.get(year, 0), noun)}") for year in years]


def month_bars(year: int, counts: dict[int, int], href_of) -> list[Bar]:
    """Twelve slots, January to December."""
    return [Bar(short_month(month), counts.get(month, 0), href_of(month) if counts.get(month) else "",
                f"{month_name(month)} {year}: {count_phrase(counts.get(month, 0))}")
            for month in range(1, 13)]


def draw_years(counts: dict[int, int], href_of, noun: str = "readout") -> Markup:
    bars = year_bars(counts, href_of, noun)
    if not bars:
        return Markup("")
    span = bars[0].label if len(bars) == 1 else f"{bars[0].label} to {bars[-1].label}"
    return draw_timeline(bars, f"{noun.capitalize()}s per year, {span}", 56 if len(bars) < 12 else 32)


def year_table(counts: dict[int, int], noun: str = "readout") -> Markup:
    """The counts of a chart of years as a table folded under it, newest year first: its text alternative."""
    if not counts:
        return Markup("")
    rows = "".join(f'<tr><td>{year}</td><td>{count}</td></tr>' for year, count in sorted(counts.items(), reverse=True))
    return Markup(
        f'<details class="ra-year-table"><summary>{noun.capitalize()}s per year as a table</summary>'
        f'<table><thead><tr><th scope="col">Year</th><th scope="col">{noun.capitalize()}s</th></tr></thead>'
        f'<tbody>{rows}</tbody></table></details>')


def draw_months(year: int, counts: dict[int, int], href_of) -> Markup:
    return draw_timeline(month_bars(year, counts, href_of), f"Readouts per month in {year}", 44)
