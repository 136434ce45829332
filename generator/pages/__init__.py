"""The site's pages: the page kinds, their templates, and the two ways a page is written."""
