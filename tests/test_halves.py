"""serve/halves.py: the readouts read in two processes give what reading them one after another gives."""

from __future__ import annotations

import os
from functools import partial

from conftest import copy_corpus, write_readout
from generator.pipeline import check_sources, read_each
from generator.serve.halves import in_two
from generator.sources.loader import read_sources

BROKEN = {
    "readouts/2026/2026-04-01-bad-yaml.md": "---\ntitle: [unclosed\ndate: 2026-04-01\n---\nText.\n",
    "readouts/2026/2026-04-02-unknown-topic.md": ("---\ntitle: A call\ndate: 2026-04-02\nkind: call\n"
                                                  "participants: [xi-jinping, donald-trump]\ntopics: [no-such-topic]\n---\nText.\n"),
    "readouts/2026/2026-04-03-no-title.md": "---\ndate: 2026-04-03\n---\nText.\n",
    "readouts/2026/2026-04-04-draft.md": ("---\ntitle: A draft\ndate: 2026-04-04\nkind: call\n"
                                          "participants: [xi-jinping, donald-trump]\n---\nTODO: the text.\n"),
}


def corpus(tmp_path):
    content = copy_corpus("basic", tmp_path / "content")
    for rel, text in BROKEN.items():
        write_readout(content, rel, text)
    return read_sources(content)


def test_two_processes_read_the_same_readouts_and_issues_in_the_same_order(tmp_path):
    sources = corpus(tmp_path)
    assert len(sources.readouts) >= 8
    one = check_sources(sources)
    two = check_sources(sources, read_all=partial(in_two, minimum=1))
    assert one[0] is None and two[0] is None  # the broken files are errors
    assert [issue.format() for issue in two[1]] == [issue.format() for issue in one[1]]
    assert len(one[1]) >= len(BROKEN)
    for rel in BROKEN:  # each broken file is reported
        assert any(rel in issue.format() for issue in one[1])


def test_two_processes_make_the_same_archive(tmp_path):
    sources = read_sources(copy_corpus("basic", tmp_path / "content"))
    one, two = check_sources(sources), check_sources(sources, read_all=partial(in_two, minimum=1))
    assert one[0] is not None and one[0].readouts  # a sound archive
    assert two[0] == one[0] and two[1] == one[1]


def test_the_child_reads_the_second_half_and_the_results_keep_their_order(tmp_path):
    sources = list(corpus(tmp_path).readouts)
    results = in_two(lambda source: (source.rel, os.getpid()), sources, minimum=1)
    assert [rel for rel, _ in results] == [source.rel for source in sources]
    half = len(sources) // 2
    assert {pid for _, pid in results[:half]} == {os.getpid()}
    assert os.getpid() not in {pid for _, pid in results[half:]}  # read in the child


def test_when_the_child_fails_its_half_is_read_here(tmp_path):
    sources = list(corpus(tmp_path).readouts)
    parent = os.getpid()

    def read(source):
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return source.rel

    assert in_two(read, sources, minimum=1) == read_each(read, sources)


def test_few_files_are_read_here():
    assert in_two(lambda n: (n, os.getpid()), list(range(5))) == [(n, os.getpid()) for n in range(5)]
