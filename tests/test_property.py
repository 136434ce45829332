"""Generated front matter and bodies through read -> validate -> render: clean issues or valid pages, never an exception."""

from __future__ import annotations

import re

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.sources.loader import SourceFile, Sources
from generator.pipeline import build_pages
from generator.sources.validate import READOUT_KEYS
from tests.conftest import FIXTURES

TOPICS = (FIXTURES / "basic" / "topics.yml").read_bytes()
PEOPLE = (FIXTURES / "basic" / "participants.yml").read_bytes()
REL = "readouts/2026/2026-02-05-generated.md"
NASTY = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "NO", "yes", "12:30", "1e3", "2026-02-30",
         "2026-02-05", "call", "trade", "kenji-mori", "Prime Minister Ferreira", "&a", "*a", "!!python/name:os.system", "---", "", " "]

scalars = st.one_of(st.sampled_from(NASTY), st.text(max_size=30))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=8)
keys = st.one_of(st.sampled_from(READOUT_KEYS), st.text(max_size=10))
front_matter = st.dictionaries(keys, values, max_size=8)
bodies = st.one_of(st.sampled_from(["", "Text.", "<script>alert(1)</script>", "[x](javascript:alert(1))", "---\n---", "<iframe src=x>"]), st.text(max_size=200))
raw = st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))


def run(data: bytes):
    sources = Sources(SourceFile("topics.yml", "topics.yml", TOPICS), SourceFile("participants.yml", "participants.yml", PEOPLE),
                      (SourceFile("content/" + REL, REL, data),))
    result = build_pages(sources)
    for issue in result.issues:
        assert issue.format().startswith(f"{issue.path}:{issue.line}: ")
        assert issue.line >= 1
    if result.ok:
        page = result.pages[REL]
        # code blocks (the Cite block) show their text as typed, escaped by the renderer
        prose = re.sub(r'<pre class="ra-cite"><code>.*?</code></pre>', "", page.split("</div>", 1)[-1], flags=re.S)
        assert page.startswith("---\n") and "<script" not in prose.lower()
    else:
        assert result.pages == {}
    return result


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matter, bodies)
def test_generated_front_matter_and_bodies(meta, body):
    block = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    run(f"---\n{block}---\n\n{body}\n".encode("utf-8", "surrogatepass"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(("title", "issuer", "language", "countries", "event_date")), scalars, max_size=5), bodies)
def test_a_valid_readout_with_generated_extras(extra, body):
    meta = {"title": "A call", "date": "2026-02-05", "kind": "call", "participants": ["kenji-mori"], "topics": ["trade"], **extra}
    block = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    run(f"---\n{block}---\n\n{body}\n".encode("utf-8", "surrogatepass"))


@settings(max_examples=60, deadline=None)
@given(raw)
def test_arbitrary_bytes(data):
    run(data)
    run(b"---\n" + data + b"\n---\nText.\n")
