"""Opening hours in the reader's locale, with what the page's script needs to say whether it is open now.

The hours are local time in the county (Europe/Berlin). Without JavaScript the table is all there is;
with it, docs/assets/wegweiser.js compares each period with the time in Berlin and says "open now" or
"closed now". Public holidays are not known to the site, and the page says so.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from babel.dates import format_interval, get_day_names

from ..schema import enum_values
from . import formatting
from .builder import PageBuilder
from .elements import HoursRow, OpeningHours


def opening_hours(b: PageBuilder, contact: dict[str, Any]) -> OpeningHours:
    """Return the opening hours table of a contact's periods (days, from, to), with its note in words (hours)."""
    _ = b._
    return OpeningHours(_("Öffnungszeiten"), tuple(_row(period, b.language) for period in contact["opening_hours"]),
                        _("Jetzt geöffnet"), _("Jetzt geschlossen"),
                        _("Ortszeit Hildesheim. Feiertage sind nicht berücksichtigt."),
                        b.text(contact["hours"]) if "hours" in contact else None)


def _row(period: dict[str, Any], language: str) -> HoursRow:
    order = enum_values("weekday")
    numbers = " ".join(str(order.index(day) + 1) for day in sorted(period["days"], key=order.index))
    return HoursRow(formatting.weekdays(period["days"], language), time_range(period["from"], period["to"], language),
                    numbers, period["from"], period["to"])


def weekday_name(day: str, language: str) -> str:
    """Name a weekday key in full as the locale does: 'wednesday' → 'Mittwoch' (de), 'الأربعاء' (ar)."""
    return get_day_names("wide", locale=language)[enum_values("weekday").index(day)]


def time_range(start: str, end: str, language: str) -> str:
    """Format 09:00 to 12:15 as the locale writes a range of times: '09:00–12:15 Uhr' (de), '9:00 تا 12:15' (fa)."""
    return format_interval(time.fromisoformat(start), time.fromisoformat(end), "Hm", locale=language)
