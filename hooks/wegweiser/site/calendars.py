"""Calendar files (iCalendar, written by the icalendar library): a course's start, a round table's meetings,
and all of these per municipality.

Times are local time in the county with the Europe/Berlin time zone written into the file (VTIMEZONE), so
that phones and Outlook import them at the right hour; the time zone covers the span of the file's events
only (up to icalendar's last year for a series without end), which keeps a file small. Each event's UID is
made from the entry's kind and id, so a calendar that imports a file again updates the event instead of
doubling it; DTSTAMP comes from the sources' time (SOURCE_DATE_EPOCH) or the entry's own dates, so two
builds write the same bytes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import rrule
from icalendar import Calendar, Event, Timezone

from ..model.entries import Entry
from .vcards import uid

BERLIN = ZoneInfo("Europe/Berlin")
PRODUCT = "-//Wegweiser Integration Hildesheim//Termine//DE"
_ICAL_DAYS = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
              "saturday": "SA", "sunday": "SU"}
_WEEKDAYS = {"monday": rrule.MO, "tuesday": rrule.TU, "wednesday": rrule.WE, "thursday": rrule.TH,
             "friday": rrule.FR, "saturday": rrule.SA, "sunday": rrule.SU}


def calendar(title: str, events: list[Event]) -> bytes:
    """Return a calendar file of events, with the time zone they use."""
    cal = Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")  # Outlook imports a published calendar's events instead of asking to reply
    cal.add("x-wr-calname", title)
    cal.add_component(_berlin(*_span(events)))
    for event in events:
        cal.add_component(event)
    return cal.to_ical()


@cache
def _berlin(first: date, last: date) -> Timezone:
    """Return the VTIMEZONE of Europe/Berlin from first to last, made once per span: that takes longer than the
    rest of a calendar."""
    return Timezone.from_tzid(BERLIN.key, first_date=first, last_date=last)


def _span(events: list[Event]) -> tuple[date, date]:
    """Return the first day of the events and a day after their last, or icalendar's last for a series without end."""
    first = min(_day(event.start) for event in events)
    ends = [_last_day(event) for event in events]
    last = Timezone.DEFAULT_LAST_DATE if None in ends else max(ends) + timedelta(days=1)
    return first, max(last, first + timedelta(days=1))


def _last_day(event: Event) -> date | None:
    """Return the day of an event's end, or of its last repetition; None if it repeats without end."""
    rule = event.get("rrule")
    if rule is None:
        return _day(event.end)
    until = rule.get("UNTIL")
    if isinstance(until, list):  # as read from a file; as added here, one value
        until = until[0] if until else None
    return _day(until) if until else None


def _day(moment: date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def entry_event(entry: Entry, name: str, place: str | None, stamp: date | None) -> Event:
    """Return the event of a course's start or of a round table's meeting series."""
    event = Event()
    event.add("uid", uid(entry))
    event.add("dtstamp", datetime.combine(stamp or _entry_day(entry), time(), UTC))
    event.add("summary", name)
    if place:
        event.add("location", place)
    if entry.kind == "courses":
        _course_start(event, entry.get("schedule"))
    else:
        _meetings(event, entry.get("meeting_schedule"))
    return event


def _entry_day(entry: Entry) -> date:
    """Return the entry's own latest day on record, for DTSTAMP when no source time is given."""
    days = [entry.get("verified", {}).get("on"), entry.get("source", {}).get("accessed"),
            entry.get("schedule", {}).get("start"), entry.get("meeting_schedule", {}).get("start")]
    return max(date.fromisoformat(day) for day in days if day)


def _local(day: str, clock: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time.fromisoformat(clock), BERLIN)


def _course_start(event: Event, schedule: dict[str, Any]) -> None:
    """The first lesson, repeated on the course's weekdays until its end when those are known; else the day."""
    if "time_from" not in schedule:
        start = date.fromisoformat(schedule["start"])
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(days=1))
        return
    weekly = "days" in schedule and "end" in schedule
    first = (_first(schedule["start"], rrule.WEEKLY, [_WEEKDAYS[d] for d in schedule["days"]]) if weekly
             else schedule["start"])
    event.add("dtstart", _local(first, schedule["time_from"]))
    event.add("dtend", _local(first, schedule["time_to"]))
    if weekly:
        event.add("rrule", {"freq": "weekly", "byday": [_ICAL_DAYS[d] for d in schedule["days"]],
                            "until": _until(schedule["end"])})


def _meetings(event: Event, series: dict[str, Any]) -> None:
    day = _ICAL_DAYS[series["weekday"]]
    week = series.get("week_of_month")
    weekday = _WEEKDAYS[series["weekday"]]
    first = _first(series["start"], rrule.MONTHLY if week else rrule.WEEKLY, [weekday(week) if week else weekday])
    event.add("dtstart", _local(first, series["time_from"]))
    event.add("dtend", _local(first, series["time_to"]))
    rule: dict[str, Any] = ({"freq": "monthly", "byday": f"{week}{day}"} if week else {"freq": "weekly", "byday": day})
    if "end" in series:
        rule["until"] = _until(series["end"])
    event.add("rrule", rule)


def _first(start: str, frequency: int, weekdays: list[rrule.weekday]) -> str:
    """Return the first day on or after start that the rule meets: RFC 5545 counts DTSTART as a meeting."""
    day = datetime.fromisoformat(start)
    return rrule.rrule(frequency, byweekday=weekdays, dtstart=day).after(day, inc=True).date().isoformat()


def _until(day: str) -> datetime:
    """Return the end of a local day in UTC, as RFC 5545 wants UNTIL beside a start with a time zone."""
    return datetime.combine(date.fromisoformat(day), time(23, 59, 59), BERLIN).astimezone(UTC)
