"""The editors' report: which entries still lack contact details or useful fields."""

from __future__ import annotations

from .contacts import missing_contacts, missing_fields
from .directory import Directory
from .i18n import Translator


def editors_report(directory: Directory, _: Translator) -> str:
    """Return a plain-text report, one line per entry that needs work."""
    lines = [_("Bericht für die Redaktion"), ""]
    no_contact = missing_contacts(directory)
    lines.append(_("Ohne Kontaktdaten ({count}):").format(count=len(no_contact)))
    lines += [f"  {entry.source.path}" for entry in no_contact]
    incomplete = [(e, missing_fields(e)) for e in directory if missing_fields(e)]
    lines += ["", _("Fehlende Angaben ({count}):").format(count=len(incomplete))]
    lines += [f"  {entry.source.path}: {', '.join(fields)}" for entry, fields in incomplete]
    return "\n".join(lines)
