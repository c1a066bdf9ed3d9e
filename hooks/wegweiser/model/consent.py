"""Consent of a contact person: which of their details may go where.

A person's name, phone number and e-mail address are published only as far as their
recorded consent (`contact.person.consent`) reaches: the fields it names, on the channels
it names. The site is one channel, the open-data export another; each asks here.
"""

from __future__ import annotations

from typing import Any

from ..schema import load_schema_file

SITE, OPEN_DATA = "site", "open_data"
_CONSENT = load_schema_file("common.json")["$defs"]["consent"]["properties"]
# The details of a person that need consent, and the channels it can be given for, as the schema lists them.
PERSONAL_FIELDS: tuple[str, ...] = tuple(_CONSENT["fields"]["items"]["enum"])
CHANNELS: tuple[str, ...] = tuple(_CONSENT["channels"]["items"]["enum"])


def may_publish(person: dict[str, Any], field: str, channel: str) -> bool:
    """Whether a person's field (name, phone, email) may go to channel (site, open_data) under their consent."""
    if field not in PERSONAL_FIELDS or channel not in CHANNELS:
        raise ValueError(f"Expected a field of {PERSONAL_FIELDS} and a channel of {CHANNELS}; "
                         f"received {field!r} and {channel!r}")
    consent = person.get("consent") or {}
    return field in consent.get("fields", ()) and channel in consent.get("channels", ())


def published_person(person: dict[str, Any], channel: str) -> dict[str, Any]:
    """Return the person's details that may go to channel: the covered personal fields and their role."""
    return {key: value for key, value in person.items()
            if key == "role" or (key in PERSONAL_FIELDS and may_publish(person, key, channel))}


def uncovered_fields(person: dict[str, Any], channel: str) -> list[str]:
    """Return the personal fields a person entry holds that their consent does not cover for channel."""
    return [name for name in PERSONAL_FIELDS if name in person and not may_publish(person, name, channel)]
