"""schema.org JSON-LD on entry pages: its shape against the vocabulary, and that no entry text can end its element.

There is no internet here, so the vocabulary is a small list: for each type the pages use, the properties
they use, each checked on schema.org's own pages of the type (and of the types it inherits from: Thing,
CreativeWork for Course, Event for CourseInstance, Place for the location), read on 2026-12-02.
A property or type that is not in this list fails the test until someone checks it there and adds it.
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from conftest import FIXTURES
from hostile import HOSTILE
from wegweiser.html import render_blocks
from wegweiser.model.phone import tel_uri
from wegweiser.source import load_directory
from wegweiser.views.builder import SiteViews, entry_path
from wegweiser.views.elements import StructuredData
from wegweiser.views.jsonld import structured_data

THING = {"name", "description", "url"}
ORGANIZATION = THING | {"address", "telephone", "email", "knowsLanguage", "location"}
SERVICE = THING | {"provider", "areaServed", "availableChannel"}
VOCABULARY: dict[str, set[str]] = {
    "Organization": ORGANIZATION,
    "GovernmentOrganization": ORGANIZATION,
    "Service": SERVICE,
    "GovernmentService": SERVICE,
    "ServiceChannel": {"availableLanguage", "servicePhone", "serviceUrl", "serviceLocation"},
    "ContactPoint": {"telephone"},
    "Place": THING | {"address", "openingHoursSpecification", "amenityFeature"},
    "PostalAddress": {"streetAddress", "postalCode", "addressLocality", "addressCountry"},
    "OpeningHoursSpecification": {"dayOfWeek", "opens", "closes"},
    "LocationFeatureSpecification": {"name", "value"},
    "AdministrativeArea": THING,
    "Course": THING | {"provider", "educationalLevel", "hasCourseInstance"},
    "CourseInstance": THING | {"courseMode", "startDate", "endDate", "location"},
    "Event": THING | {"startDate", "eventAttendanceMode", "location", "eventSchedule"},
    "Schedule": {"byDay", "byMonthWeek", "repeatFrequency", "startDate", "endDate", "startTime", "endTime",
                 "scheduleTimezone"},
}
KINDS_WITH_DATA = {"providers": "Organization", "counselling": "Service", "helpers": "Service", "courses": "Course",
                   "round-tables": "Event"}


def off_vocabulary(node: Any, where: str = "$") -> list[str]:
    """Return every type and property in node that the vocabulary above does not list."""
    if isinstance(node, list):
        return [problem for i, item in enumerate(node) for problem in off_vocabulary(item, f"{where}[{i}]")]
    if not isinstance(node, dict):
        return []
    kind = node.get("@type")
    if kind not in VOCABULARY:
        return [f"{where}: type {kind!r}"]
    problems = [f"{where}: {kind}.{name}" for name in node if name not in VOCABULARY[kind] | {"@type", "@context"}]
    return problems + [p for name, value in node.items() for p in off_vocabulary(value, f"{where}.{name}")]


@pytest.fixture(scope="module")
def views() -> SiteViews:
    directory, problems = load_directory(FIXTURES / "valid")
    assert problems == []
    return SiteViews(directory, "de", gettext.NullTranslations(), ("de",))


def data_of(views: SiteViews, kind: str, entry_id: str) -> dict[str, Any]:
    entry = views.directory.get(kind, entry_id)
    block = structured_data(views.page(entry_path(entry)), entry)
    assert block is not None
    return dict(block.data)


def test_every_fixture_entry_with_data_keeps_to_the_vocabulary(views: SiteViews) -> None:
    found = {}
    for entry in views.directory:
        block = structured_data(views.page(entry_path(entry)), entry)
        if block:
            found[entry.kind] = block.data["@type"]
            assert block.data["@context"] == "https://schema.org"
            assert off_vocabulary(dict(block.data)) == [], entry.file
    assert found == KINDS_WITH_DATA


def test_the_checker_sees_a_property_the_type_lacks() -> None:
    assert off_vocabulary({"@type": "Course", "telephone": "+49"}) == ["$: Course.telephone"]
    assert off_vocabulary({"@type": "Place", "address": {"@type": "Adress"}}) == ["$.address: type 'Adress'"]


def test_organization_carries_what_its_entry_records(views: SiteViews) -> None:
    provider = views.directory.get("providers", "beispiel-traeger")
    data = data_of(views, "providers", "beispiel-traeger")
    contact = provider.get("contact")
    assert data["telephone"] == tel_uri(contact["phone"]).removeprefix("tel:")
    assert data["address"]["postalCode"] == contact["address"]["postal_code"]
    assert data["knowsLanguage"] == provider.get("languages_spoken")
    hours = data["location"]["openingHoursSpecification"]
    assert [(h["opens"], h["closes"]) for h in hours] == [(p["from"], p["to"]) for p in contact["opening_hours"]]


def test_service_says_how_to_reach_it_and_in_which_languages(views: SiteViews) -> None:
    counselling = views.directory.get("counselling", "beratung-beispiel")
    channel = data_of(views, "counselling", "beratung-beispiel")["availableChannel"]
    assert channel["@type"] == "ServiceChannel"
    assert channel["availableLanguage"] == counselling.get("languages")
    assert channel["servicePhone"]["telephone"] == tel_uri(counselling.get("contact")["phone"]).removeprefix("tel:")


def test_a_contact_person_stays_out_of_the_data(views: SiteViews) -> None:
    person = views.directory.get("helpers", "helfer-beispielstadt").get("contact")["person"]
    text = json.dumps(data_of(views, "helpers", "helfer-beispielstadt"), ensure_ascii=False)
    assert person["name"] not in text and person["email"] not in text


def test_round_table_meetings_are_a_monthly_schedule(views: SiteViews) -> None:
    series = views.directory.get("round-tables", "runder-tisch-beispielstadt").get("meeting_schedule")
    schedule = data_of(views, "round-tables", "runder-tisch-beispielstadt")["eventSchedule"]
    assert (schedule["repeatFrequency"], schedule["byMonthWeek"]) == ("P1M", series["week_of_month"])
    assert schedule["byDay"] == "https://schema.org/Wednesday"
    assert schedule["scheduleTimezone"] == "Europe/Berlin"


def test_entry_text_cannot_end_the_script_element() -> None:
    data = {"@context": "https://schema.org", "@type": "Organization", "name": HOSTILE}
    html = render_blocks([StructuredData(data)])
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block and "<" not in block.group(1) and ">" not in block.group(1)
    assert json.loads(block.group(1)) == data


def test_hostile_pages_carry_data_that_parses_back(site: Path) -> None:
    blocks = [match for path in sorted((site / "hostile" / "de").rglob("index.html"))
              for match in re.findall(r'<script type="application/ld\+json">(.*?)</script>',
                                      path.read_text(encoding="utf-8"), re.S)]
    assert blocks
    for block in blocks:
        assert "<" not in block
        assert off_vocabulary(json.loads(block)) == []


@pytest.mark.browser
def test_json_ld_raises_no_policy_violation_in_chromium(page: Page) -> None:
    page.add_init_script("window.__violations = []; document.addEventListener('securitypolicyviolation', "
                         "(e) => window.__violations.push(e.violatedDirective));")
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.goto("fixture/ar/providers/beispiel-traeger/")
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content() or "")
    assert data["@type"] == "Organization" and off_vocabulary(data) == []
    assert page.evaluate("window.__violations") == []
    assert [text for text in console if "Content Security Policy" in text] == []

