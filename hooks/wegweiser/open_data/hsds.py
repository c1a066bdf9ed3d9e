"""data/hsds/: the directory as Open Referral's Human Services Data Specification (HSDS) 3.0.

Providers become organizations; courses, counselling, integration helpers and round tables become
services, each with the phones, schedules (iCal rules), languages, service areas (the municipalities
served), contacts and locations the entry records. HSDS holds one language: the German texts, which
are the ones that count. Every id is a UUID derived from the entry's kind and id (records.record_id).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from babel import Locale

from ..model.text import localize
from .records import public_data, record_id

if TYPE_CHECKING:
    from ..model.entries import Directory, Entry

SERVICE_KINDS = ("courses", "counselling", "helpers", "round-tables")
ORGANIZATION_KIND = "providers"
GERMAN = "de"
STATE = "Niedersachsen"  # the county of Hildesheim lies in Lower Saxony
COUNTRY = "DE"
# iCal's weekday codes (RFC 5545), by the weekdays of the schema.
ICAL_DAYS = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
             "saturday": "SA", "sunday": "SU"}


def hsds_export(directory: Directory) -> dict[str, list[dict[str, Any]]]:
    """Return the HSDS records: organizations (with their locations) and services (with everything nested)."""
    return {
        "organizations": [_organization(entry) for entry in directory.of_kind(ORGANIZATION_KIND)],
        "services": [_service(directory, entry) for kind in SERVICE_KINDS for entry in directory.of_kind(kind)],
    }


def _organization(entry: Entry) -> dict[str, Any]:
    data = public_data(entry)
    own = _Ids(entry)
    contact = _contact(data)
    # HSDS requires a description; it stays empty where the entry has none.
    return {"id": own.id(), "name": _german(data["name"]), "description": _german(data.get("description")) or "",
            **_optional(alternate_name=data.get("short_name"), email=contact.get("email"),
                        website=contact.get("website"),
                        parent_organization_id=data.get("parent") and record_id(ORGANIZATION_KIND, data["parent"])),
            "phones": _phones(own, contact, "organization_id"),
            "contacts": _persons(own, contact, "organization_id"),
            "locations": _locations(own, data, contact)}


def _service(directory: Directory, entry: Entry) -> dict[str, Any]:
    data = public_data(entry)
    own = _Ids(entry)
    contact = _contact(data)
    provider = data.get("provider")
    locations = _locations(own, data, contact)
    return {
        "id": own.id(), "name": _german(data["name"]), "status": "active",
        **_optional(organization_id=provider and record_id(ORGANIZATION_KIND, provider),
                    description=_german(data.get("description")), url=contact.get("website"),
                    email=contact.get("email"), fees_description=_german(data.get("cost")),
                    eligibility_description=_german(data.get("eligibility") or data.get("target_group")),
                    application_process=_german(data.get("registration")),
                    assured_date=(data.get("verified") or {}).get("on")),
        "phones": _phones(own, contact, "service_id"),
        "contacts": _persons(own, contact, "service_id"),
        "schedules": _schedules(own, data, contact),
        "languages": [{"id": own.id(f"language-{code}"), "service_id": own.id(), "code": code,
                       "name": Locale.parse(GERMAN).languages.get(code, code)} for code in data.get("languages", [])],
        "service_areas": _service_areas(directory, own, data),
        "service_at_locations": [{"id": own.id("service-at-location"), "service_id": own.id(),
                                  "location_id": location["id"], "location": location} for location in locations],
    }


class _Ids:
    """The UUIDs of an entry's records: the entry itself and its parts."""

    def __init__(self, entry: Entry) -> None:
        self.kind, self.entry_id = entry.kind, entry.id

    def id(self, part: str = "") -> str:
        return record_id(self.kind, self.entry_id, part)


def _german(value: Any) -> str | None:
    return localize(value, GERMAN).text if value else None


def _optional(**fields: Any) -> dict[str, Any]:
    """Return the fields that have a value: HSDS leaves out what is unknown."""
    return {name: value for name, value in fields.items() if value not in (None, "", [])}


def _contact(data: dict[str, Any]) -> dict[str, Any]:
    contact = data.get("contact")
    return contact if isinstance(contact, dict) else {}


def _phones(own: _Ids, contact: dict[str, Any], link: str) -> list[dict[str, Any]]:
    if "phone" not in contact:
        return []
    return [{"id": own.id("phone"), link: own.id(), "number": contact["phone"]}]


def _persons(own: _Ids, contact: dict[str, Any], link: str) -> list[dict[str, Any]]:
    """Return the contact person as far as their consent covers open data (public_data removed the rest)."""
    person = contact.get("person")
    if not person:
        return []
    record = {"id": own.id("contact"), link: own.id(),
              **_optional(name=person.get("name"), title=_german(person.get("role")), email=person.get("email"))}
    if "phone" in person:
        record["phones"] = [{"id": own.id("contact-phone"), "contact_id": record["id"], "number": person["phone"]}]
    return [record]


def _locations(own: _Ids, data: dict[str, Any], contact: dict[str, Any]) -> list[dict[str, Any]]:
    address = contact.get("address")
    if not address:
        return []
    location_id = own.id("location")
    return [{"id": location_id, "location_type": "physical", "name": _german(data["name"]),
             "addresses": [{"id": own.id("address"), "location_id": location_id, "address_1": address["street"],
                            "city": address["locality"], "state_province": STATE,
                            "postal_code": address["postal_code"], "country": COUNTRY,
                            "address_type": "physical"}]}]


def _schedules(own: _Ids, data: dict[str, Any], contact: dict[str, Any]) -> list[dict[str, Any]]:
    """Return opening hours, a course's dates and a round table's meetings as iCal-style schedules."""
    link = {"service_id": own.id()}
    schedules = [{"id": own.id(f"opening-hours-{number}"), **link, "freq": "WEEKLY", "wkst": "MO",
                  "byday": _days(period["days"]), "opens_at": period["from"], "closes_at": period["to"]}
                 for number, period in enumerate(contact.get("opening_hours", []))]
    course = data.get("schedule")
    if course:
        days = course.get("days")
        schedules.append({"id": own.id("schedule"), **link, **_optional(
            valid_from=course.get("start"), valid_to=course.get("end"), freq=days and "WEEKLY",
            byday=days and _days(days), opens_at=course.get("time_from"), closes_at=course.get("time_to"),
            description=_german(course.get("note")))})
    meetings = data.get("meeting_schedule")
    if meetings:
        week = meetings.get("week_of_month")
        schedules.append({"id": own.id("meetings"), **link, "freq": "MONTHLY" if week else "WEEKLY",
                          "byday": f"{week or ''}{ICAL_DAYS[meetings['weekday']]}", "dtstart": meetings["start"],
                          **_optional(until=meetings.get("end"), notes=meetings.get("place")),
                          "opens_at": meetings["time_from"], "closes_at": meetings["time_to"]})
    return schedules


def _days(days: list[str]) -> str:
    return ",".join(ICAL_DAYS[day] for day in days)


def _service_areas(directory: Directory, own: _Ids, data: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the municipalities the service serves: those it names as served, else the one it is in."""
    served = data.get("areas_served") or ([data["municipality"]] if data.get("municipality") else [])
    areas = []
    for municipality_id in served:
        municipality = directory.get("municipalities", municipality_id)
        if municipality is not None:
            areas.append({"id": own.id(f"area-{municipality_id}"), "service_id": own.id(),
                          "name": _german(municipality.data["name"])})
    return areas
