import datetime as dt

from generator.archive.index import build_indexes, co_occurring, date_range, group_by_month, group_by_year
from tests.conftest import run_pipeline


def test_indexes_group_every_readout_newest_first(basic):
    result = run_pipeline(basic)
    indexes = result.indexes
    assert [r.slug for r in indexes.by_participant["ana-ferreira"]] == [
        "2026-02-05-ferreira-mori-call", "2025-11-20-mori-visit-lisbon", "2025-03-10-ferreira-berg-call"]
    assert [r.slug for r in indexes.by_topic["security"]] == ["2026-01-16-berg-mori-meeting"]
    assert sorted(indexes.by_year) == [2025, 2026]
    assert list(indexes.by_kind) == ["call", "meeting", "visit"]


def test_countries_come_from_participants_unless_given(basic):
    indexes = run_pipeline(basic).indexes
    # Norway is "NO": read as text, never as the boolean false
    assert [r.slug for r in indexes.by_country["NO"]] == ["2026-01-16-berg-mori-meeting", "2025-03-10-ferreira-berg-call"]
    assert set(indexes.by_country) == {"JP", "NO", "PT"}


def test_group_by_year_and_month(basic):
    readouts = run_pipeline(basic).archive.readouts
    years = group_by_year(readouts)
    assert [year for year, _ in years] == [2026, 2025]
    months = group_by_month(dict(years)[2025])
    assert [(m, [r.slug for r in items]) for m, items in months] == [
        (3, ["2025-03-10-ferreira-berg-call"]), (11, ["2025-11-20-mori-visit-lisbon"])]


def test_date_range_and_co_occurring(basic):
    result = run_pipeline(basic)
    climate = result.indexes.by_topic["climate"]
    assert date_range(climate) == (dt.date(2025, 11, 20), dt.date(2026, 2, 5))
    assert date_range(()) == (None, None)
    assert co_occurring(climate, lambda r: r.topics, "climate") == [("security", 1), ("trade", 1)]
    assert co_occurring(climate, lambda r: r.participants, "kenji-mori") == [("ana-ferreira", 2), ("jonas-berg", 1)]


def test_empty_archive_has_empty_indexes():
    indexes = build_indexes(())
    assert indexes.by_topic == {} and indexes.by_year == {}
