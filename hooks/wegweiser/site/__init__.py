"""The site step, the MkDocs side: generated pages handed to MkDocs, languages, the search index."""
