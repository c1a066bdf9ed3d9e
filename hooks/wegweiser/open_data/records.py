"""What of an entry may be published as open data, and the stable ids of its records."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from ..model.consent import OPEN_DATA, PERSONAL_FIELDS, published_person

if TYPE_CHECKING:
    from ..model.entries import Entry

# Fixed once: every id of the open data is derived from it, so ids stay the same across builds and years.
NAMESPACE = uuid.UUID("6f1d3c52-8a0e-4b7e-9c41-2f5b8d7e0a13")


def record_id(kind: str, entry_id: str, part: str = "") -> str:
    """Return the UUID of an entry (or of one part of it, such as its phone) as open data."""
    name = f"{kind}/{entry_id}" + (f"#{part}" if part else "")
    return str(uuid.uuid5(NAMESPACE, name))


def public_data(entry: Entry) -> dict[str, Any]:
    """Return the entry's data without what its contact person has not agreed to publish as open data."""
    data = dict(entry.data)
    contact = data.get("contact")
    if isinstance(contact, dict) and "person" in contact:
        contact = dict(contact)
        person = published_person(contact.pop("person"), OPEN_DATA)
        if any(name in person for name in PERSONAL_FIELDS):
            contact["person"] = person
        data["contact"] = contact
    return data
