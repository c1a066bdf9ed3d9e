"""Files to save beside the pages: vCards and iCalendar files, read back with the libraries that wrote them,
and, on a phone-sized screen, the tel: link, the vCard download and the calendar of a contact page."""

from __future__ import annotations

import copy
import gettext
from datetime import date, datetime
from pathlib import Path
from shutil import copytree
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from playwright.sync_api import Page

from conftest import FIXTURES, shoot
from wegweiser.messages import identity
from wegweiser.model.consent import SITE, may_publish
from wegweiser.model.entries import Directory, Entry
from wegweiser.model.phone import tel_uri
from wegweiser.reports.problems import text_line
from wegweiser.site.calendars import calendar, entry_event
from wegweiser.site.contact_files import contact_files
from wegweiser.site.vcards import vcard
from wegweiser.source import load_directory
from wegweiser.views.downloads import calendar_path, vcard_path

BERLIN = ZoneInfo("Europe/Berlin")
STAMP = date(2026, 11, 30)


@pytest.fixture(scope="module")
def directory() -> Directory:
    directory, problems = load_directory(FIXTURES / "valid")
    assert problems == []
    return directory


@pytest.fixture(scope="module")
def files(directory: Directory) -> dict[str, str | bytes]:
    return contact_files(directory, "de", gettext.NullTranslations(), STAMP)


def test_every_entry_with_a_contact_or_dates_has_its_file(directory: Directory, files: dict[str, Any]) -> None:
    with_contact = {f"{e.kind}/{e.id}" for e in directory if isinstance(e.get("contact"), dict)}
    assert {path.removesuffix(".vcf") for path in files if path.endswith(".vcf")} == with_contact
    assert {"courses/kurs-a-beispielstadt.ics", "round-tables/runder-tisch-beispielstadt.ics",
            "municipalities/beispielstadt.ics"} <= set(files)
    assert all(vcard_path(e) in files for e in directory if vcard_path(e))
    assert all(calendar_path(e) in files for e in directory if calendar_path(e))


def test_vcard_reads_back_with_the_office_details(directory: Directory, files: dict[str, Any]) -> None:
    contact = directory.get("providers", "beispiel-traeger").get("contact")
    card = vobject.readOne(files["providers/beispiel-traeger.vcf"])
    assert card.fn.value == "Beispiel-Träger"
    assert card.tel.value == tel_uri(contact["phone"]).removeprefix("tel:")
    assert card.email.value == contact["email"]
    assert card.url.value == contact["website"]
    assert (card.adr.value.street, card.adr.value.code, card.adr.value.city) == (
        contact["address"]["street"], contact["address"]["postal_code"], contact["address"]["locality"])
    assert card.uid.value == "providers-beispiel-traeger@wegweiser-integration-hildesheim"


def test_vcard_holds_a_person_only_as_far_as_the_consent_covers(directory: Directory) -> None:
    helper = directory.get("helpers", "helfer-beispielstadt")
    entry = Entry(helper.kind, helper.id, copy.deepcopy(helper.data), helper.file)
    person = entry.data["contact"]["person"]
    person["phone"] = "030 23125789"  # recorded, but the consent names only name and email
    assert not may_publish(person, "phone", SITE)
    card = vobject.readOne(vcard(entry, "Integrationshilfe", gettext.NullTranslations().gettext))
    assert card.note.value == f"Ansprechperson: {person['name']}"
    assert [line.value for line in card.contents.get("email", [])] == [person["email"]]
    assert "tel" not in card.contents


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_course_start_repeats_on_its_days_until_its_end(directory: Directory, files: dict[str, Any]) -> None:
    schedule = directory.get("courses", "kurs-a-beispielstadt").get("schedule")
    cal = icalendar.Calendar.from_ical(files["courses/kurs-a-beispielstadt.ics"])
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    (event,) = events(files["courses/kurs-a-beispielstadt.ics"])
    start = datetime.combine(date.fromisoformat(schedule["start"]), datetime.strptime(schedule["time_from"],
                                                                                       "%H:%M").time(), BERLIN)
    assert event.decoded("dtstart") == start
    rule = event["rrule"]
    assert rule["FREQ"] == ["WEEKLY"] and sorted(rule["BYDAY"]) == ["MO", "TU"]
    assert rule["UNTIL"][0].astimezone(BERLIN).date().isoformat() == schedule["end"]
    assert event.decoded("dtstamp").date() == STAMP
    assert str(event["uid"]) == "courses-kurs-a-beispielstadt@wegweiser-integration-hildesheim"


def test_meetings_start_on_the_first_day_the_rule_meets(directory: Directory) -> None:
    table = directory.get("round-tables", "runder-tisch-beispielstadt")
    entry = Entry(table.kind, table.id, copy.deepcopy(table.data), table.file)
    entry.data["meeting_schedule"]["start"] = "2026-01-08"  # a Thursday, after the first Wednesday of January
    (event,) = events(calendar("x", [entry_event(entry, "Runder Tisch", None, STAMP)]))
    assert event.decoded("dtstart") == datetime(2026, 2, 4, 18, 0, tzinfo=BERLIN)  # the first Wednesday of February
    assert event["rrule"]["BYDAY"] == ["1WE"] and event["rrule"]["FREQ"] == ["MONTHLY"]


def test_municipality_feed_holds_every_date_held_there(directory: Directory, files: dict[str, Any]) -> None:
    uids = sorted(str(event["uid"]) for event in events(files["municipalities/beispielstadt.ics"]))
    held_there = sorted(f"{e.kind}-{e.id}@wegweiser-integration-hildesheim" for kind in ("courses", "round-tables")
                        for e in directory.referring(kind, "municipality", "beispielstadt") if calendar_path(e))
    assert uids == held_there


def _onsets(data: bytes) -> list[datetime]:
    """Return every change of offset the calendar's own VTIMEZONE records, in local time."""
    zone = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")[0]
    found = []
    for observance in zone.walk("STANDARD") + zone.walk("DAYLIGHT"):
        found.append(observance.decoded("DTSTART"))
        rdates = observance.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            found += [period.dt for period in rdate.dts]
    return sorted(found)


def test_each_time_zone_covers_the_span_of_its_events_and_no_more(files: dict[str, Any]) -> None:
    """From the day of the first event to the last repetition (zoneinfo's last year for a series without end)."""
    calendars = {path: data for path, data in files.items() if path.endswith(".ics")}
    assert calendars
    for path, data in calendars.items():
        starts = [e.decoded("DTSTART") for e in events(data)]
        first = min(s if isinstance(s, datetime) else datetime.combine(s, datetime.min.time()) for s in starts)
        onsets = _onsets(data)
        assert onsets[0] == first.replace(hour=0, minute=0, tzinfo=None), path
        rules = [e.get("RRULE") for e in events(data)]
        if any(rule is not None and "UNTIL" not in rule for rule in rules):
            assert onsets[-1].year == 2037, path
        else:
            until = [rule["UNTIL"][0] for rule in rules if rule is not None]
            last = max([u.date() for u in until] + [e.decoded("DTEND") if not isinstance(e.decoded("DTEND"), datetime)
                                                  else e.decoded("DTEND").date() for e in events(data)])
            assert onsets[-1].date() <= last, path
            assert len(onsets) <= 1 + 2 * (last.year - first.year + 1), path  # the start, two switches a year


def test_same_sources_write_the_same_bytes(directory: Directory, files: dict[str, Any]) -> None:
    assert contact_files(directory, "de", gettext.NullTranslations(), STAMP) == files


def test_without_a_source_time_the_stamp_comes_from_the_entry(directory: Directory) -> None:
    course = directory.get("courses", "kurs-a-beispielstadt")
    (event,) = events(calendar("x", [entry_event(course, "Kurs", None, None)]))
    assert event.decoded("dtstamp").date().isoformat() == max(course.get("verified")["on"],
                                                              course.get("schedule")["start"])


@pytest.mark.browser
@pytest.mark.parametrize("language", ["de", "ar"])
def test_contact_page_on_a_phone(page: Page, site: Path, directory: Directory, language: str, tmp_path: Path) -> None:
    contact = directory.get("providers", "beispiel-traeger").get("contact")
    page.set_viewport_size({"width": 360, "height": 740})
    page.clock.set_fixed_time(datetime(2026, 3, 2, 10, 30, tzinfo=BERLIN))  # a Monday, within the hours
    page.goto(f"fixture/{language}/providers/beispiel-traeger/")
    tel = page.locator('a[href^="tel:"]').first
    assert tel.get_attribute("href") == tel_uri(contact["phone"])
    assert tel.get_attribute("dir") == "ltr"
    assert tel.bounding_box()["width"] <= 360
    status = page.locator(".ww-open-status")
    assert status.is_visible() and status.text_content() == status.get_attribute("data-open")
    shoot(page, f"contact-{language}-360")
    with page.expect_download() as download:
        page.locator('a[type="text/vcard"]').click()
    saved = tmp_path / "card.vcf"
    download.value.save_as(saved)
    assert vobject.readOne(saved.read_text(encoding="utf-8")).tel.value == tel_uri(contact["phone"]).removeprefix(
        "tel:")
    feed = page.request.get(f"fixture/{language}/municipalities/beispielstadt.ics")
    assert feed.ok and events(feed.body())


@pytest.mark.browser
def test_open_now_says_closed_outside_the_hours(page: Page) -> None:
    page.clock.set_fixed_time(datetime(2026, 3, 1, 10, 30, tzinfo=BERLIN))  # a Sunday
    page.goto("fixture/de/providers/beispiel-traeger/")
    status = page.locator(".ww-open-status")
    assert status.text_content() == status.get_attribute("data-closed")


@pytest.mark.browser
def test_without_javascript_the_hours_stand_alone(browser, server: str) -> None:
    context = browser.new_context(base_url=server, java_script_enabled=False)
    page = context.new_page()
    page.goto("fixture/de/providers/beispiel-traeger/")
    assert page.locator(".ww-hours tr").count() == 2
    assert not page.locator(".ww-open-status").is_visible()
    context.close()


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('to: "12:00"}', 'to: "08:00"}',
     "providers/beispiel-traeger.yml:16:62 contact.opening_hours[0].to: Die Endzeit 08:00 liegt nicht nach der "
     "Anfangszeit 09:00. Schreiben Sie Uhrzeiten im 24-Stunden-Format, z. B. 14:30; für eine Pause zwei Zeiträume."),
    ("days: [thursday]", "days: [donnerstag]",
     "providers/beispiel-traeger.yml:17:15 contact.opening_hours[1].days[0]: 'donnerstag' ist nicht erlaubt. "
     "Erlaubt sind: monday, tuesday, wednesday, thursday, friday, saturday, sunday."),
])
def test_opening_hours_mistakes_name_file_line_and_fix(tmp_path: Path, old: str, new: str, expected: str) -> None:
    tree = copytree(FIXTURES / "valid", tmp_path / "d")
    provider = tree / "providers" / "beispiel-traeger.yml"
    text = provider.read_text(encoding="utf-8")
    assert old in text
    provider.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = [text_line(p, identity).removeprefix(f"{tree}/") for p in load_directory(tree)[1]
             if p.file.endswith("beispiel-traeger.yml")]
    assert found == [expected]
