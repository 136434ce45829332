"""The MkDocs edge: the plugin, the page worker, the search indexer, the preview's caches."""
