"""schema.org facts of an entry page as JSON-LD: plain data, printed by the template with Jinja's tojson.

What an entry records and nothing more: providers as (Government)Organization, counselling and helpers
as (Government)Service with ServiceChannel and availableLanguage, courses as Course with a CourseInstance,
round tables with meeting dates as Event. Contact persons are left out: the role and office addresses
are what machines should pick up.
"""

from __future__ import annotations

from typing import Any

from ..model import phone
from ..model.entries import Entry
from ..model.fallbacks import has_contact
from ..model.text import localize
from ..model.web import encode_web_url
from ..schema import enum_values
from .builder import PageBuilder
from .elements import StructuredData

CONTEXT = "https://schema.org"
TIMEZONE = "Europe/Berlin"
GOVERNMENT = ("public_office", "job_agency", "federal")
_DAYS = {day: f"https://schema.org/{day.capitalize()}" for day in enum_values("weekday")}


def structured_data(b: PageBuilder, entry: Entry) -> StructuredData | None:
    """Return the page's JSON-LD, or None for kinds without a schema.org counterpart here."""
    make = _MAKERS.get(entry.kind)
    data = make(b, entry) if make else None
    return StructuredData({"@context": CONTEXT, **data}) if data else None


def _thing(b: PageBuilder, entry: Entry, kind: str) -> dict[str, Any]:
    thing: dict[str, Any] = {"@type": kind, "name": _text(b, entry.get("name"))}
    if entry.get("description"):
        thing["description"] = _text(b, entry.get("description"))
    return thing


def _text(b: PageBuilder, value: Any) -> str:
    return localize(value, b.language).text


def _organization(b: PageBuilder, entry: Entry) -> dict[str, Any]:
    data = _thing(b, entry, "GovernmentOrganization" if entry.get("category") in GOVERNMENT else "Organization")
    contact = entry.get("contact") if has_contact(entry) else {}
    data.update(_reach(contact))
    if entry.get("languages_spoken"):
        data["knowsLanguage"] = entry.get("languages_spoken")
    place = _place(contact, entry.get("wheelchair_access"))
    if place:
        data["location"] = place
    return data


def _reach(contact: dict[str, Any]) -> dict[str, Any]:
    """Return the telephone, e-mail, web and postal address of a contact, as schema.org names them."""
    reach: dict[str, Any] = {}
    if "phone" in contact:
        reach["telephone"] = _phone(contact["phone"])
    if "email" in contact:
        reach["email"] = contact["email"]
    if "website" in contact:
        reach["url"] = encode_web_url(contact["website"])
    if "address" in contact:
        reach["address"] = _address(contact["address"])
    return reach


def _phone(number: str) -> str:
    return phone.tel_uri(number).removeprefix("tel:")


def _address(address: dict[str, str]) -> dict[str, str]:
    return {"@type": "PostalAddress", "streetAddress": address["street"], "postalCode": address["postal_code"],
            "addressLocality": address["locality"], "addressCountry": "DE"}


def _place(contact: dict[str, Any], wheelchair: str | None) -> dict[str, Any] | None:
    """Return where to go: the address with its opening hours and wheelchair access, if any is recorded."""
    place: dict[str, Any] = {"@type": "Place"}
    if "address" in contact:
        place["address"] = _address(contact["address"])
    if "opening_hours" in contact:
        place["openingHoursSpecification"] = [
            {"@type": "OpeningHoursSpecification", "dayOfWeek": [_DAYS[day] for day in period["days"]],
             "opens": period["from"], "closes": period["to"]} for period in contact["opening_hours"]]
    if wheelchair:
        place["amenityFeature"] = {"@type": "LocationFeatureSpecification", "name": "wheelchair access",
                                   "value": wheelchair}
    return place if len(place) > 1 else None


def _service(b: PageBuilder, entry: Entry) -> dict[str, Any]:
    provider = b.directory.get("providers", entry.get("provider"))
    government = provider is not None and provider.get("category") in GOVERNMENT
    data = _thing(b, entry, "GovernmentService" if government else "Service")
    if provider:
        data["provider"] = {"@type": "GovernmentOrganization" if government else "Organization",
                            "name": b.site.name(provider).text}
    areas = b.directory.refs(entry, "areas_served", "municipalities")
    if areas:
        data["areaServed"] = [{"@type": "AdministrativeArea", "name": b.site.name(area).text} for area in areas]
    channel = _channel(entry)
    if channel:
        data["availableChannel"] = channel
    return data


def _channel(entry: Entry) -> dict[str, Any] | None:
    """Return how the service is reached (phone, web, place) and in which languages, where recorded."""
    contact = entry.get("contact") if has_contact(entry) else {}
    channel: dict[str, Any] = {"@type": "ServiceChannel"}
    if entry.get("languages"):
        channel["availableLanguage"] = entry.get("languages")
    if "phone" in contact:
        channel["servicePhone"] = {"@type": "ContactPoint", "telephone": _phone(contact["phone"])}
    if "website" in contact:
        channel["serviceUrl"] = encode_web_url(contact["website"])
    place = _place(contact, None)
    if place:
        channel["serviceLocation"] = place
    return channel if len(channel) > 1 else None


def _course(b: PageBuilder, entry: Entry) -> dict[str, Any]:
    data = _thing(b, entry, "Course")
    provider = b.directory.get("providers", entry.get("provider"))
    if provider:
        data["provider"] = {"@type": "Organization", "name": b.site.name(provider).text}
    if entry.get("level_to"):
        data["educationalLevel"] = entry.get("level_to")
    schedule = entry.get("schedule", {})
    if "start" in schedule:
        instance: dict[str, Any] = {"@type": "CourseInstance", "courseMode": "onsite", "startDate": schedule["start"]}
        if "end" in schedule:
            instance["endDate"] = schedule["end"]
        place = b.directory.get("municipalities", entry.get("municipality"))
        if place:
            instance["location"] = {"@type": "Place", "name": b.site.name(place).text}
        data["hasCourseInstance"] = instance
    return data


def _round_table(b: PageBuilder, entry: Entry) -> dict[str, Any] | None:
    series = entry.get("meeting_schedule")
    if not series:
        return None
    data = _thing(b, entry, "Event")
    data["startDate"] = f"{series['start']}T{series['time_from']}"
    data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
    place = b.directory.get("municipalities", entry.get("municipality"))
    location: dict[str, Any] = {"@type": "Place", "name": series.get("place") or b.site.name(place).text}
    data["location"] = location
    schedule: dict[str, Any] = {"@type": "Schedule", "byDay": _DAYS[series["weekday"]],
                                "repeatFrequency": "P1M" if "week_of_month" in series else "P1W",
                                "startDate": series["start"], "startTime": series["time_from"],
                                "endTime": series["time_to"], "scheduleTimezone": TIMEZONE}
    if "week_of_month" in series:
        schedule["byMonthWeek"] = series["week_of_month"]
    if "end" in series:
        schedule["endDate"] = series["end"]
    data["eventSchedule"] = schedule
    return data


_MAKERS = {"providers": _organization, "counselling": _service, "helpers": _service, "courses": _course,
           "round-tables": _round_table}
