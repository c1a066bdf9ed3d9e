"""Whom a reader can ask instead when an entry has no contact details.

The concept names almost no contact details. An entry without them says so, and
the reader is sent on to whoever can help instead: the provider (or a network's
convenor), the integration helper of the municipality, or the migration counselling.
"""

from __future__ import annotations

from dataclasses import dataclass

from .entries import Directory, Entry

# Enough to choose from, few enough to read on a phone.
MAX_COUNSELLING = 4

PROVIDER, PARENT, CONVENOR, LOCAL_HELPER, COUNSELLING = "provider", "parent", "convenor", "local_helper", "counselling"


@dataclass(frozen=True)
class Fallback:
    """Someone to ask instead, and why them (one of the reasons above)."""

    reason: str
    entry: Entry


def has_contact(entry: Entry) -> bool:
    """Whether the entry gives the reader at least one way to get in touch."""
    return isinstance(entry.get("contact"), dict)


def fallbacks(entry: Entry, directory: Directory) -> list[Fallback]:
    """Return whom to ask instead when an entry has no contact details, nearest first."""
    found: list[Fallback] = []
    provider = directory.get("providers", entry.get("parent") if entry.kind == "providers" else entry.get("provider"))
    if provider:
        found.append(Fallback(PARENT if entry.kind == "providers" else PROVIDER, provider))
    found += [Fallback(CONVENOR, convenor) for convenor in directory.refs(entry, "convenors", "providers")]
    municipality = entry.id if entry.kind == "municipalities" else entry.get("municipality")
    for helper in directory.referring("helpers", "areas_served", municipality) if municipality else []:
        if helper.get("role") == "municipal" and helper is not entry:
            found.append(Fallback(LOCAL_HELPER, helper))
    found += [Fallback(COUNSELLING, c) for c in _migration_counselling(directory, municipality, entry)]
    return found


def _migration_counselling(directory: Directory, municipality: str | None, entry: Entry) -> list[Entry]:
    """Return up to MAX_COUNSELLING migration counselling services for the place, local ones first."""
    services = directory.where("counselling", "topic", "migration")
    nearby = set(directory.serving("counselling", municipality)) if municipality else set()
    local = [c for c in services if c in nearby]
    county_wide = [c for c in services if not c.get("areas_served") and c not in local]
    return [c for c in local + county_wide if c is not entry][:MAX_COUNSELLING]
