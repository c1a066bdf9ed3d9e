"""Whom a reader can ask instead when an entry has no contact details, and what they can do in one tap.

The concept names almost no contact details. An entry without them says so, and
the reader is sent on to whoever can help instead: the provider (or a network's
convenor), the integration helper of the municipality, the migration counselling, or
a nationwide service that covers the case. No page may end there: each one offers at
least one action a tap away (`direct_actions`), a recorded contact or a map search for
the organisation by name, and `walk` finds the pages that would leave a reader stuck.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..catalogs import SOURCE_LANGUAGE
from .entries import Directory, Entry
from .text import localize

# Enough to choose from, few enough to read on a phone.
MAX_COUNSELLING = 4

PROVIDER, PARENT, CONVENOR, LOCAL_HELPER, COUNSELLING, NATIONWIDE = (
    "provider", "parent", "convenor", "local_helper", "counselling", "nationwide")

# The actions a page can offer in one tap (the report link aside, which exists only where configured).
CONTACT, MAP_SEARCH = "contact", "map_search"

# Where the county is, for a map search of an organisation whose own place is not recorded.
COUNTY_PLACE = "Hildesheim"

# The case an entry without contact is about, for the nationwide services (counselling.json `nationwide`).
COURSES = "courses"
_CASES = {"courses": COURSES, "course-types": COURSES}


@dataclass(frozen=True)
class Fallback:
    """Someone to ask instead, and why them (one of the reasons above)."""

    reason: str
    entry: Entry


@dataclass(frozen=True)
class Action:
    """Something a reader can do from a page in one tap: contact an entry, or search a map for a name."""

    kind: str
    entry: Entry | None = None
    query: str = ""


def has_contact(entry: Entry) -> bool:
    """Whether the entry gives the reader at least one way to get in touch."""
    return isinstance(entry.get("contact"), dict)


def is_nationwide(entry: Entry) -> bool:
    """Whether the entry is a nationwide service rather than one in the county."""
    return bool(entry.get("nationwide"))


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
    found += [Fallback(NATIONWIDE, s) for s in nationwide_services(entry, directory)]
    return found


def nationwide_services(entry: Entry, directory: Directory) -> list[Entry]:
    """Return the nationwide services that cover what the entry is about (never the entry itself)."""
    case = _CASES.get(entry.kind, entry.get("topic") if entry.kind == "counselling" else "migration")
    return [s for s in directory.of_kind("counselling") if case in s.get("nationwide", []) and s is not entry]


def map_query(entry: Entry, directory: Directory) -> str | None:
    """Return what to search a map for to find the organisation behind an entry, by name and place.

    The organisation is the entry's provider, or the entry itself when it is one (a provider, a counselling
    service); a municipality's own offers (its helpers, round tables) are found at its town hall.
    Nationwide services have no place to search for, nor have networks without a convenor.
    """
    if is_nationwide(entry):
        return None
    municipality = directory.get("municipalities", entry.id if entry.kind == "municipalities"
                                 else entry.get("municipality"))
    organisation = _organisation(entry, directory)
    if organisation is not None:
        place = municipality or directory.get("municipalities", organisation.get("municipality"))
        return f"{_german_name(organisation)}, {_german_name(place) if place else COUNTY_PLACE}"
    if municipality and entry.kind in ("municipalities", "helpers", "round-tables"):
        return f"Rathaus {_german_name(municipality)}"
    return None


def _organisation(entry: Entry, directory: Directory) -> Entry | None:
    if entry.kind in ("providers", "counselling") and not entry.get("provider"):
        return entry
    provider = directory.get("providers", entry.get("provider"))
    if provider:
        return provider
    convenors = directory.refs(entry, "convenors", "providers")
    return convenors[0] if convenors else None


def _german_name(entry: Entry) -> str:
    """Return the German name: maps name places and organisations in German."""
    return localize(entry.get("name"), SOURCE_LANGUAGE).text


def direct_actions(entry: Entry, directory: Directory) -> list[Action]:
    """Return what a reader can do from the entry's page in one tap: its contact, or else the recorded
    contacts of whom to ask instead and a map search for the organisation."""
    if has_contact(entry):
        return [Action(CONTACT, entry)]
    actions = [Action(CONTACT, f.entry) for f in fallbacks(entry, directory) if has_contact(f.entry)]
    query = map_query(entry, directory)
    return actions + ([Action(MAP_SEARCH, query=query)] if query else [])


Actions = Callable[[Entry, Directory], list[Action]]


def walk(entry: Entry, directory: Directory, actions: Actions = direct_actions) -> list[Entry]:
    """Follow the fallbacks from an entry's page as a reader would, and return the pages passed without
    finding anything to do: empty when the entry's own page offers an action.

    A page that offers none leaves its reader one tap short at best; following its fallbacks shows how far
    the next action is, or that they only lead around in a loop.
    """
    seen: list[Entry] = []
    frontier = [entry]
    while frontier:
        page = frontier.pop(0)
        if page in seen:
            continue
        if actions(page, directory):
            return seen
        seen.append(page)
        frontier += [f.entry for f in fallbacks(page, directory)]
    return seen


def _migration_counselling(directory: Directory, municipality: str | None, entry: Entry) -> list[Entry]:
    """Return up to MAX_COUNSELLING migration counselling services for the place, local ones first."""
    services = [c for c in directory.where("counselling", "topic", "migration") if not is_nationwide(c)]
    nearby = set(directory.serving("counselling", municipality)) if municipality else set()
    local = [c for c in services if c in nearby]
    county_wide = [c for c in services if not c.get("areas_served") and c not in local]
    return [c for c in local + county_wide if c is not entry][:MAX_COUNSELLING]
