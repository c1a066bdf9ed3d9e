"""The files to save that entry pages link to: vCards and calendars, added to MkDocs' files beside the pages.

Where each lies is decided once, in wegweiser.views.downloads, which the pages' links read too.
"""

from __future__ import annotations

import gettext
import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from icalendar import Event
from mkdocs.structure.files import File

from ..memo import Remember
from ..model.entries import Directory, Entry
from ..model.text import localize
from ..views.downloads import calendar_path, dated_entries, feed_path, vcard_path
from .calendars import calendar, entry_event
from .vcards import vcard

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


def contact_files(directory: Directory, language: str, translations: gettext.NullTranslations,
                  stamp: date | None, remember: Remember[str | bytes] | None = None) -> dict[str, str | bytes]:
    """Return every contact card and calendar file of the directory in language, by path below the site root.

    remember, if given, may return a file made before from the same key (`make serve`: see site.serving);
    a key names the entries a file is made of, with all their data.
    """
    def made(what: str, entries: list[Entry], make: Callable[[], str | bytes]) -> str | bytes:
        if remember is None:
            return make()
        return remember(json.dumps([what, [[e.kind, e.id, e.data] for e in entries]], ensure_ascii=False), make)

    def name(entry: Entry) -> str:
        return localize(entry.get("name"), language).text

    def held_in(entry: Entry) -> list[Entry]:
        place = directory.get("municipalities", entry.get("municipality"))
        return [place] if place else []

    def event(entry: Entry) -> Event:
        where = entry.get("meeting_schedule", {}).get("place") or next((name(p) for p in held_in(entry)), None)
        return entry_event(entry, name(entry), where, stamp)

    found: dict[str, str | bytes] = {}
    for entry in directory:
        card, dates = vcard_path(entry), calendar_path(entry)
        if card:
            found[card] = made("vcard", [entry], lambda e=entry: vcard(e, name(e), translations.gettext))
        if dates:
            found[dates] = made("calendar", [entry, *held_in(entry)], lambda e=entry: calendar(name(e), [event(e)]))
    for municipality in directory.of_kind("municipalities"):
        feed = feed_path(directory, municipality)
        if feed:
            dated = dated_entries(directory, municipality)
            found[feed] = made("feed", [municipality, *dated],
                               lambda m=municipality, d=dated: calendar(name(m), [event(e) for e in d]))
    return found


def add_contact_files(files: Files, config: MkDocsConfig, found: dict[str, str | bytes]) -> None:
    """Add the files to the site; MkDocs writes them with the pages."""
    for path, content in found.items():
        files.append(File.generated(config, path, content=content))
