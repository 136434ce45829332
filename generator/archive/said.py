"""Each readout's statements, attributed once per build when first asked (archive/statements/).

Attribution reads the whole text, so it runs only for the pages and files that show
statements (the readout's own page, its event, its speakers' pages, its data file),
in whichever process renders them; the result is kept for the rest of the build.
"""

from __future__ import annotations

from generator.model import Readout, Vocabulary


class Said:
    def __init__(self) -> None:
        self.vocabulary: Vocabulary | None = None
        self.found: dict[Readout, tuple] = {}

    def clear(self) -> None:
        self.vocabulary, self.found = None, {}

    def __call__(self, readout: Readout, vocabulary: Vocabulary) -> tuple:
        """The readout's statements, in text order (see statements.Statement)."""
        from generator.archive.statements import attribute_statements

        if vocabulary is not self.vocabulary:
            self.vocabulary, self.found = vocabulary, {}
        found = self.found.get(readout)
        if found is None:
            found = self.found[readout] = attribute_statements(readout.body, readout.participants, vocabulary,
                                                               readout.event_day)
        return found

    def export(self, readouts, vocabulary: Vocabulary) -> list[list[tuple]]:
        """The statements of `readouts` (attributed here when not yet), as plain tuples: what
        `adopt` takes in another process (plain tuples pickle several times faster)."""
        return [[tuple(s) for s in self(readout, vocabulary)] for readout in readouts]

    def adopt(self, vocabulary: Vocabulary, readouts, exported: list[list[tuple]]) -> None:
        """Keep the statements another process attributed (`export`) for the same `readouts`."""
        from generator.archive.statements import Statement

        if vocabulary is not self.vocabulary:
            self.vocabulary, self.found = vocabulary, {}
        make = Statement._make
        for readout, statements in zip(readouts, exported, strict=True):
            self.found[readout] = tuple(map(make, statements))
