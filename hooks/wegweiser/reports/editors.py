"""The editors' report: which entries still lack contact details or useful fields."""

from __future__ import annotations

from ..messages import Translator
from ..model.entries import Directory, Entry
from ..model.fallbacks import has_contact
from ..schema import schema

# The optional fields a reader would want, per kind, that editors should fill in when they can.
WANTED_FIELDS: dict[str, tuple[str, ...]] = {
    "courses": ("provider", "schedule", "places", "languages", "registration", "cost"),
    "counselling": ("provider", "areas_served", "languages"),
    "helpers": ("areas_served", "languages"),
    "round-tables": ("meetings", "activities"),
}


def missing_contacts(directory: Directory) -> list[Entry]:
    """Return the entries whose contact is still 'unknown'.

    Only kinds whose schema has a contact field count: a kind of course has none of its own.
    """
    return [entry for entry in directory if "contact" in schema(entry.kind)["properties"] and not has_contact(entry)]


def missing_fields(entry: Entry) -> list[str]:
    """Return the optional fields a reader would want that an entry leaves out."""
    return [name for name in WANTED_FIELDS.get(entry.kind, ()) if name not in entry.data]


def editors_report(directory: Directory, _: Translator) -> str:
    """Return a plain-text report, one line per entry that needs work."""
    lines = [_("Bericht für die Redaktion"), ""]
    no_contact = missing_contacts(directory)
    lines.append(_("Ohne Kontaktdaten ({count}):").format(count=len(no_contact)))
    lines += [f"  {entry.file}" for entry in no_contact]
    incomplete = [(e, missing_fields(e)) for e in directory if missing_fields(e)]
    lines += ["", _("Fehlende Angaben ({count}):").format(count=len(incomplete))]
    lines += [f"  {entry.file}: {', '.join(fields)}" for entry, fields in incomplete]
    unchecked = [e for e in directory if "verified" in schema(e.kind)["properties"] and "verified" not in e.data]
    lines += ["", _("Von der Redaktion noch nicht geprüft (ohne verified): {count}").format(
        count=len(unchecked))]
    return "\n".join(lines)
