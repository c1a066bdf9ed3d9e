"""Lists of entries by name, as list pages and entry pages show them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model.entries import Entry
from .builder import PageBuilder
from .elements import EntryList, Inline, ListItem


def entry_list(b: PageBuilder, entries: Iterable[Entry], meta: Callable[[Entry], Inline | None] | None = None,
               filter_by: str | None = None, places: Callable[[Entry], list[str]] | None = None) -> EntryList:
    """Return links to entries by name, each with its small print and the values list filters match.

    The place filter matches an entry's municipality and areas served, or the ids places gives.
    """
    items = tuple(ListItem(b.link(e), meta(e) if meta else None,
                           _filter_values(e, filter_by, places) if filter_by else None)
                  for e in b.site.by_name(entries))
    return EntryList(items, b._("Hier ist noch nichts eingetragen."))


def _filter_values(entry: Entry, type_field: str, served: Callable[[Entry], list[str]] | None) -> dict[str, str]:
    places = dict.fromkeys(served(entry) if served else entry.refs("municipality") + entry.refs("areas_served"))
    return {"lang": " ".join(entry.get("languages", [])), "place": " ".join(places),
            "type": str(entry.get(type_field))}
