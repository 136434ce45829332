from generator.archive.link import link_readouts
from tests.conftest import run_pipeline, write_readout

EXTRA = """---
title: Ferreira and Berg talk trade again
date: 2025-03-12
kind: call
participants: [ana-ferreira, jonas-berg]
topics: [trade]
---

A second call on fisheries.
"""


def slugs(items):
    return [r.slug for r in items]


def test_previous_and_next_follow_time(basic):
    result = run_pipeline(basic)
    links = link_readouts(result.archive.readouts, result.indexes)
    first = links["2025-03-10-ferreira-berg-call"]
    assert first.previous is None
    assert first.next.slug == "2025-11-20-mori-visit-lisbon"
    last = links["2026-02-05-ferreira-mori-call"]
    assert last.previous.slug == "2026-01-16-berg-mori-meeting"
    assert last.next is None


def test_related_ranks_shared_topics_and_people_then_closeness(basic):
    write_readout(basic, "readouts/2025/2025-03-12-ferreira-berg-trade.md", EXTRA)
    result = run_pipeline(basic)
    links = link_readouts(result.archive.readouts, result.indexes)
    # shares both participants and the topic: first; then the Lisbon visit (trade + Ferreira)
    assert slugs(links["2025-03-10-ferreira-berg-call"].related) == [
        "2025-03-12-ferreira-berg-trade", "2025-11-20-mori-visit-lisbon",
        "2026-01-16-berg-mori-meeting", "2026-02-05-ferreira-mori-call"]
    # equal score (Mori and climate shared by both): the closer in time comes first
    assert slugs(links["2026-01-16-berg-mori-meeting"].related)[:2] == [
        "2026-02-05-ferreira-mori-call", "2025-11-20-mori-visit-lisbon"]


def test_related_never_lists_the_readout_itself_and_respects_the_limit(basic):
    result = run_pipeline(basic)
    links = link_readouts(result.archive.readouts, result.indexes, related=2)
    for slug, link in links.items():
        assert slug not in slugs(link.related)
        assert len(link.related) <= 2


def test_ranking_in_halves_is_the_whole_ranking(basic, tmp_path):
    """The page worker's children rank every other readout each (serve/worker.py: share_work)."""
    from generator.archive.link import RELATED, rank_all_related, rank_related
    from test_synth import write_corpus

    for content in (basic, write_corpus(tmp_path / "synthetic", 60)):
        readouts = run_pipeline(content).archive.readouts
        merged: list = [None] * len(readouts)
        merged[0::2] = rank_related(readouts, RELATED, range(0, len(readouts), 2))
        merged[1::2] = rank_related(readouts, RELATED, range(1, len(readouts), 2))
        assert merged == rank_all_related(readouts, RELATED) and any(merged)
