"""A map search for the organisation behind an entry without contact details: a link, not an embedded map."""

from __future__ import annotations

from ..model.entries import Entry
from ..model.fallbacks import has_contact, map_query
from .builder import PageBuilder
from .contact import map_search_url
from .elements import Link, Paragraph
from .sources import plain_german


def map_search_line(b: PageBuilder, entry: Entry) -> list[Paragraph]:
    """Return a link that searches OpenStreetMap for the organisation by name, when no contact is recorded."""
    query = None if has_contact(entry) else map_query(entry, b.directory)
    if query is None:
        return []
    link = Link(map_search_url(query),
                b.fill("%(name)s auf der Karte suchen (OpenStreetMap)", name=plain_german(b, query)), rel="noopener")
    return [Paragraph(link, "ww-map-search")]
