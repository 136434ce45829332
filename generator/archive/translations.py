"""An account in each language it is published in: an original and its translations.

Pure. A readout with `translation_of` translates another (its original); `check`
has made sure the original exists and is no translation itself. `Versions` groups
them, the original first, and is found under every one of their slugs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.model import Readout


@dataclass(frozen=True)
class Versions:
    original: Readout
    translations: tuple[Readout, ...]  # by language, then slug

    @property
    def all(self) -> tuple[Readout, ...]:
        return (self.original, *self.translations)

    def preferred(self, language: str = "en") -> Readout:
        """The version in `language` (the site's), else the original."""
        return next((r for r in self.translations if r.language == language), self.original)


def build_versions(readouts: tuple[Readout, ...]) -> dict[str, Versions]:
    """{slug: its Versions} for every original that has a translation and every translation."""
    by_slug = {r.slug: r for r in readouts}
    found: dict[str, list[Readout]] = {}
    for readout in readouts:
        if readout.translation_of in by_slug:
            found.setdefault(readout.translation_of, []).append(readout)
    versions = {}
    for slug, translations in sorted(found.items()):
        group = Versions(by_slug[slug], tuple(sorted(translations, key=lambda r: (r.language, r.slug))))
        for readout in group.all:
            versions[readout.slug] = group
    return versions


def with_original_events(readouts: list[Readout]) -> list[Readout]:
    """Each translation with its original's event key: it is an account of the same event."""
    by_slug = {r.slug: r for r in readouts}
    return [replace(r, event=by_slug[r.translation_of].event)
            if r.translation_of in by_slug and r.event != by_slug[r.translation_of].event else r
            for r in readouts]
