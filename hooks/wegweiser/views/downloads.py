"""Which files to save an entry offers (a contact card, calendar files) and where they lie below the site root.

The pages link to them and the site writes them (wegweiser.site.contact_files): both ask here, so
that a link never points at a file that was not written.
"""

from __future__ import annotations

from ..model.entries import Directory, Entry
from ..model.fallbacks import has_contact
from .builder import SECTIONS, PageBuilder
from .elements import Download, Inline, Paragraph

VCARD_TYPE = "text/vcard"
CALENDAR_TYPE = "text/calendar"


def vcard_path(entry: Entry) -> str | None:
    """Return the path of the entry's contact card, e.g. providers/vhs.vcf, or None if it has no contact."""
    return f"{SECTIONS[entry.kind]}/{entry.id}.vcf" if has_contact(entry) else None


def has_dates(entry: Entry) -> bool:
    """Whether the entry has dates for a calendar: a course with its start, a round table with its meetings."""
    if entry.kind == "courses":
        return "start" in entry.get("schedule", {})
    return entry.kind == "round-tables" and "meeting_schedule" in entry.data


def calendar_path(entry: Entry) -> str | None:
    """Return the path of an entry's calendar file (a course's start, a round table's meetings), or None."""
    return f"{SECTIONS[entry.kind]}/{entry.id}.ics" if has_dates(entry) else None


def dated_entries(directory: Directory, municipality: Entry) -> list[Entry]:
    """Return the courses and round tables held in a municipality that have dates, in file-name order."""
    return [entry for kind in ("courses", "round-tables")
            for entry in directory.referring(kind, "municipality", municipality.id) if has_dates(entry)]


def feed_path(directory: Directory, municipality: Entry) -> str | None:
    """Return the path of a municipality's calendar of all dates held there, or None when it has none."""
    return f"{SECTIONS['municipalities']}/{municipality.id}.ics" if dated_entries(directory, municipality) else None


def calendar_link(b: PageBuilder, path: str | None, label: Inline) -> list[Paragraph]:
    """Return a paragraph with the link to a calendar file, or nothing when there is none."""
    return [Paragraph(Download(b.file_url(path), label, CALENDAR_TYPE), "ww-downloads")] if path else []
