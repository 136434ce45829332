"""A heat table of counts by year (a pair's topics, year by year), laid out to stay small.

Pure. However many years and rows there are, the table has at most RECENT columns of
years (the latest years one a column, every earlier year folded into the first) and
shows the SHOWN most frequent rows, the rest folded under them. Each cell has a level
of shading from 0 (none) to LEVELS, by its count against the busiest single year; a
folded column is shaded by its yearly average, so it does not outshine the others.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

RECENT = 10  # columns of years, at most
SHOWN = 10  # rows shown; the others are folded
LEVELS = 4


@dataclass(frozen=True)
class Column:
    label: str  # '2026', or '2001–16' for folded years
    name: str  # the header in words: '2026', '2001 to 2016'
    years: tuple[int, ...]


@dataclass(frozen=True)
class Cell:
    count: int
    level: int  # 0 for no count, else 1 to LEVELS


@dataclass(frozen=True)
class Row:
    key: str
    cells: tuple[Cell, ...]
    total: int


@dataclass(frozen=True)
class Heat:
    columns: tuple[Column, ...]
    shown: tuple[Row, ...]
    folded: tuple[Row, ...]


def year_columns(first: int, last: int, recent: int = RECENT) -> tuple[Column, ...]:
    """A column per year from `first` to `last`; over `recent` years, the earliest folded into one."""
    if last - first < recent:
        return tuple(Column(str(year), str(year), (year,)) for year in range(first, last + 1))
    start = last - recent + 2  # the first year with a column of its own
    folded = Column(f"{first}–{str(start - 1)[-2:]}", f"{first} to {start - 1}", tuple(range(first, start)))
    return (folded, *(Column(str(year), str(year), (year,)) for year in range(start, last + 1)))


def build_heat(rows: list[tuple[str, dict[int, int], int]], recent: int = RECENT, shown: int = SHOWN) -> Heat:
    """`rows`: [(key, {year: count}, total)], most frequent first (relations.topics_by_year)."""
    years = [year for _, counts, _ in rows for year in counts]
    if not years:
        return Heat((), (), ())
    columns = year_columns(min(years), max(years), recent)
    sums = [[sum(counts.get(year, 0) for year in column.years) for column in columns] for _, counts, _ in rows]
    busiest = max(count / len(column.years) for line in sums for count, column in zip(line, columns)) or 1
    made = tuple(Row(key, tuple(Cell(count, math.ceil(LEVELS * count / len(column.years) / busiest) if count else 0)
                                for count, column in zip(line, columns)), total)
                 for (key, _, total), line in zip(rows, sums))
    return Heat(columns, made[:shown], made[shown:])
