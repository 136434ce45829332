"""Everything published beside the pages: feeds, data files, citations, search documents."""
