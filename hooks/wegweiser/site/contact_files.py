"""The files to save that entry pages link to: vCards and calendars, added to MkDocs' files beside the pages.

Where each lies is decided once, in wegweiser.views.downloads, which the pages' links read too.
"""

from __future__ import annotations

import gettext
from datetime import date
from typing import TYPE_CHECKING

from icalendar import Event
from mkdocs.structure.files import File

from ..model.entries import Directory, Entry
from ..model.text import localize
from ..views.downloads import calendar_path, dated_entries, feed_path, vcard_path
from .calendars import calendar, entry_event
from .vcards import vcard

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


def contact_files(directory: Directory, language: str, translations: gettext.NullTranslations,
                  stamp: date | None) -> dict[str, str | bytes]:
    """Return every contact card and calendar file of the directory in language, by path below the site root."""
    def name(entry: Entry) -> str:
        return localize(entry.get("name"), language).text

    def event(entry: Entry) -> Event:
        place = directory.get("municipalities", entry.get("municipality"))
        where = entry.get("meeting_schedule", {}).get("place") or (name(place) if place else None)
        return entry_event(entry, name(entry), where, stamp)

    found: dict[str, str | bytes] = {}
    for entry in directory:
        card, dates = vcard_path(entry), calendar_path(entry)
        if card:
            found[card] = vcard(entry, name(entry), translations.gettext)
        if dates:
            found[dates] = calendar(name(entry), [event(entry)])
    for municipality in directory.of_kind("municipalities"):
        feed = feed_path(directory, municipality)
        if feed:
            found[feed] = calendar(name(municipality), [event(e) for e in dated_entries(directory, municipality)])
    return found


def add_contact_files(files: Files, config: MkDocsConfig, found: dict[str, str | bytes]) -> None:
    """Add the files to the site; MkDocs writes them with the pages."""
    for path, content in found.items():
        files.append(File.generated(config, path, content=content))
