"""One module per kind of page, each declaring its `KIND` (see generator/pages/registry.py).
A module added here is found by the registry: nothing else lists the kinds."""
