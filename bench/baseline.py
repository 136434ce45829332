"""The comparison site: a plain hand-made Material site of the same corpus.

One markdown page per readout (title, date, participants, topics, text), one
page per topic, person and year listing every readout of it, a nav of index
pages only, and Material's own search plugin. No archive plugin.
"""

from __future__ import annotations

from pathlib import Path

from generator.archive.index import build_indexes
from generator.model import Archive

CONFIG = """site_name: Plain Material baseline
docs_dir: {docs}
site_dir: {site}
use_directory_urls: true
theme:
  name: material
  font: false
plugins:
  - search
nav:
  - Home: index.md
  - Topics: topics/index.md
  - People: people/index.md
  - Years: years/index.md
"""


def readout_page(r, archive: Archive) -> str:
    people = ", ".join(f"[{archive.vocabulary.participants[k].name}](../../people/{k}.md)" for k in r.participants)
    topics = ", ".join(f"[{archive.vocabulary.topics[k].label}](../../topics/{k}.md)" for k in r.topics)
    return f"# {r.title}\n\n**Date:** {r.date.isoformat()}  \n**Participants:** {people}  \n**Topics:** {topics}\n\n{r.body}"


def listing(title: str, items, depth: str) -> str:
    rows = "\n".join(f"- {r.date.isoformat()} [{r.title}]({depth}readouts/{r.year}/{r.slug}.md)" for r in items)
    return f"# {title}\n\n{rows}\n"


def baseline_pages(archive: Archive) -> dict[str, str]:
    indexes = build_indexes(archive.readouts)
    vocab = archive.vocabulary
    pages = {f"readouts/{r.year}/{r.slug}.md": readout_page(r, archive) for r in archive.readouts}
    pages.update({f"topics/{k}.md": listing(vocab.topics[k].label, items, "../") for k, items in indexes.by_topic.items()})
    pages.update({f"people/{k}.md": listing(vocab.participants[k].name, items, "../") for k, items in indexes.by_participant.items()})
    pages.update({f"years/{y}.md": listing(str(y), items, "../") for y, items in indexes.by_year.items()})
    for folder, keys in (("topics", indexes.by_topic), ("people", indexes.by_participant), ("years", indexes.by_year)):
        pages[f"{folder}/index.md"] = f"# {folder.capitalize()}\n\n" + "\n".join(f"- [{k}]({k}.md)" for k in keys) + "\n"
    pages["index.md"] = f"# Archive\n\n{len(archive.readouts)} readouts.\n"
    return pages


def write_baseline(archive: Archive, folder: Path) -> Path:
    """Write the baseline's docs and mkdocs.yml under `folder`; returns the config file."""
    docs, site = folder / "docs", folder / "site"
    for uri, text in baseline_pages(archive).items():
        path = docs / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(CONFIG.format(docs=docs, site=site), encoding="utf-8")
    return config
