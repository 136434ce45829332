"""The garbage collector during a build (generator/serve/collector.py): the archive, made once,
is out of its reach while pages are made; a build leaves it as it found it."""

from __future__ import annotations

import gc

import pytest
from mkdocs.exceptions import PluginError

from conftest import FIXTURES, mkdocs_build
from generator.serve import collector
from generator.serve.session import Session


def test_settle_freezes_what_is_held_and_release_gives_it_back():
    before, enabled = gc.get_threshold(), gc.isenabled()
    kept = [[n] for n in range(1000)]  # made before: frozen
    try:
        gc.disable()
        replaced = collector.settle()
        assert replaced == before
        assert gc.isenabled() and gc.get_freeze_count() >= len(kept)
        assert gc.get_threshold() == (collector.YOUNG, *before[1:])
        collector.release(replaced)
        assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
        (gc.enable if enabled else gc.disable)()


def test_a_build_settles_the_collector_while_it_writes_pages_and_leaves_it_as_it_was(tmp_path, monkeypatch):
    before = gc.get_threshold()
    seen = []
    post_build = Session.post_build

    def spy(self, config):  # the last event: pages written, the collector still settled
        seen.append((gc.get_freeze_count() > 0, gc.get_threshold()[0], gc.isenabled()))
        post_build(self, config)

    monkeypatch.setattr(Session, "post_build", spy)
    records = mkdocs_build(FIXTURES / "basic", tmp_path / "site", strict=True,
                           plugins=[{"archive": {"search": False}}])
    assert not [r.getMessage() for r in records if r.levelno >= 30]
    assert seen == [(True, collector.YOUNG, True)]
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before and gc.isenabled()


def test_a_failed_build_leaves_the_collector_as_it_was(tmp_path, monkeypatch):
    before = gc.get_threshold()

    def fail(self, config):
        raise PluginError("stopped here")

    monkeypatch.setattr(Session, "post_build", fail)
    with pytest.raises(Exception, match="Aborted with a BuildError"):  # MkDocs logs "stopped here"
        mkdocs_build(FIXTURES / "basic", tmp_path / "site", strict=True, plugins=[{"archive": {"search": False}}])
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before and gc.isenabled()
