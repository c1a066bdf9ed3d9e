"""Who a reader can reach for an entry, and what editors still have to fill in.

The concept names almost no contact details. An entry without them says so, and
the reader is sent on to whoever can help instead: the provider, the integration
helper of the municipality, or the migration counselling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .directory import Directory, Entry
from .schema import schema

# Enough to choose from, few enough to read on a phone.
MAX_COUNSELLING = 4


@dataclass(frozen=True)
class Fallback:
    """Someone to ask instead, and why them."""

    reason: str  # "provider", "parent", "local_helper", "counselling"
    entry: Entry


def has_contact(entry: Entry) -> bool:
    """Whether the entry gives the reader at least one way to get in touch."""
    return isinstance(entry.get("contact"), dict)


def fallbacks(entry: Entry, directory: Directory) -> list[Fallback]:
    """Return whom to ask instead when an entry has no contact details, nearest first."""
    found: list[Fallback] = []
    provider = directory.get("providers", entry.get("parent") if entry.kind == "providers" else entry.get("provider"))
    if provider:
        found.append(Fallback("parent" if entry.kind == "providers" else "provider", provider))
    municipality = entry.id if entry.kind == "municipalities" else entry.get("municipality")
    for helper in directory.referring("helpers", "areas_served", municipality) if municipality else []:
        if helper.get("role") == "municipal" and helper is not entry:
            found.append(Fallback("local_helper", helper))
    found += [Fallback("counselling", c) for c in _migration_counselling(directory, municipality, entry)]
    return found


def _migration_counselling(directory: Directory, municipality: str | None, entry: Entry) -> list[Entry]:
    """Return up to MAX_COUNSELLING migration counselling services for the place, local ones first."""
    services = [c for c in directory.of_kind("counselling") if c.get("topic") == "migration" and c is not entry]
    local = [c for c in services if municipality in c.refs("areas_served") + c.refs("municipality")]
    county_wide = [c for c in services if not c.get("areas_served") and c not in local]
    return (local + county_wide)[:MAX_COUNSELLING]


def tel_uri(number: str) -> str:
    """Turn '05121 123456', '+49 5121 123456' or '+49 (0)5121 123456' into 'tel:+495121123456'."""
    digits = re.sub(r"[^\d+]", "", number.replace("(0)", ""))
    return "tel:" + (digits if digits.startswith("+") else "+49" + digits[1:])


def missing_contacts(directory: Directory) -> list[Entry]:
    """Return the entries whose contact is still 'unknown', for the editors' report.

    Only kinds whose schema has a contact field count: a kind of course has none of its own.
    """
    return [entry for entry in directory if "contact" in schema(entry.kind)["properties"] and not has_contact(entry)]


def missing_fields(entry: Entry) -> list[str]:
    """Return the optional fields a reader would want that an entry leaves out."""
    wanted: dict[str, tuple[str, ...]] = {
        "courses": ("schedule", "places", "languages", "registration", "cost"),
        "counselling": ("provider", "areas_served", "languages"),
        "helpers": ("areas_served", "languages"),
        "round-tables": ("meetings", "activities"),
    }
    return [name for name in wanted.get(entry.kind, ()) if name not in entry.data]
