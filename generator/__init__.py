"""Readout archive: turns diplomatic readouts into markdown pages for MkDocs.

The data flows through one module per stage:
read (reader, yamlnodes) -> validate (validate, vocabulary) -> model
-> index (index) -> link (link) -> render (render).
Only `loader`, `cli` and `plugin` touch the disk or MkDocs.
"""
