"""The directory's facts as the concept states them: dated, placed, named and checked against its text.

Expected values are read from the concept's own text (the seed file), never written here.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import CONCEPT_SOURCE, FIXTURES, ROOT
from wegweiser.html import render_page
from wegweiser.model.entries import Directory, Entry
from wegweiser.source import load_directory
from wegweiser.source.validate import is_valid
from wegweiser.source.yaml_reader import read_source
from wegweiser.views.builder import SiteViews, entry_path
from wegweiser.views.entries import entry_page

SEED = CONCEPT_SOURCE
# A numbered heading of the concept: "3.6.1 Angebote des Bundes", "5.3.1. Ziele …", "4. Netzwerke …".
HEADING = re.compile(r"^[ \t]*(?:([1-9](?:\.[0-9]+)+)\.?|([1-9])\.)[ \t]+[A-ZÄÖÜ„]", re.M)
# Words with which the concept describes its own present; said today, they claim what nobody checked.
PRESENT = re.compile(r"\b(?:zurzeit|zur Zeit|derzeit|aktuell|momentan|gegenwärtig|inzwischen|mittlerweile|neuerdings"
                     r"|seit Kurzem|erstmals|zum ersten Mal|Förderperiode|bis Sommer 2021"
                     r"|seit (?:\w+ )?(?:19|20)[0-9]{2})\b", re.IGNORECASE)
DATED = "Integrationskonzept (2021)"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„])")
TRANSLATIONS = ("en", "ar", "fa", "uk", "ru", "tr")
# Kinds whose texts quote the concept's measures and figures on the concept's own pages, where 2021 is the context.
QUOTING_KINDS = frozenset({"fields-of-action", "figures", "summaries"})
# Every "next" between kinds of course, with the words of the concept that say one follows the other.
FOLLOW_UPS = {
    ("alphabetisierungskurs", "berufssprachkurs"): (
        "3.6.1", "Sie schließen in der Sprachförderkette an die vorgenannten Kurse des Bundes an"),
    ("integrationskurs", "berufssprachkurs"): (
        "3.6.1", "Sie schließen in der Sprachförderkette an die vorgenannten Kurse des Bundes an"),
}


def concept_sections(text: str) -> dict[str, str]:
    """Return the concept's text by section number; a number that heads several passages gets them all."""
    sections: dict[str, str] = {}
    matches = list(HEADING.finditer(text))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        number = match.group(1) or match.group(2)
        end = following.start() if following else len(text)
        sections[number] = sections.get(number, "") + " " + text[match.start():end]
    return {number: " ".join(passage.split()) for number, passage in sections.items()}


def section_text(sections: dict[str, str], number: str) -> str:
    """Return a section's text with its subsections."""
    return " ".join(text for key, text in sections.items() if key == number or key.startswith(number + "."))


def undated_present(text: str) -> list[str]:
    """Return the sentences that state the concept's present as today's, not as the concept's of 2021."""
    return [s for s in SENTENCE_END.split(text) if PRESENT.search(s) and DATED not in s]


def german_texts(data: Any) -> Iterator[str]:
    """Yield every German text in an entry's data (translations are left out)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in TRANSLATIONS:
                yield from german_texts(value)
    elif isinstance(data, list):
        for value in data:
            yield from german_texts(value)
    elif isinstance(data, str):
        yield data


def german_name(entry: Entry) -> str:
    name = entry.get("name")
    return name["de"] if isinstance(name, dict) else name


def page_html(directory: Directory, entry: Entry, language: str = "de") -> str:
    site = SiteViews(directory, language, gettext.NullTranslations(), (language,))
    return render_page(entry_page(site.page(entry_path(entry)), entry)).html


@pytest.fixture(scope="module")
def directory() -> Directory:
    found, problems = load_directory(ROOT / "directory")
    assert problems == []
    return found


@pytest.fixture(scope="module")
def fixture_directory() -> Directory:
    return load_directory(FIXTURES / "valid")[0]


@pytest.fixture(scope="module")
def sections() -> dict[str, str]:
    return concept_sections(SEED.read_text(encoding="utf-8"))


def test_the_concept_is_read_into_its_numbered_sections(sections: dict[str, str]) -> None:
    assert {"3.3", "3.5", "3.6.1", "3.6.2", "4.1.3", "5.3.1", "5.5.2"} <= set(sections)
    assert "2.291" not in sections  # a table row that starts with a number is no heading
    assert sections["3.6.1"].startswith("3.6.1 Angebote des Bundes")
    assert "Neuerdings bietet auch die VHS EOK-Kurse an." in sections["3.6.1"]
    assert "Neuerdings" not in sections["3.6.2"]


# Verification: only an editor's check is shown as one.

def test_an_unchecked_entry_says_where_its_facts_come_from_and_that_nobody_checked_them(
        fixture_directory: Directory) -> None:
    helper = fixture_directory.get("helpers", "helfer-beispielstadt")
    assert "verified" not in helper.data
    assert ('<p class="ww-source">Laut § 45a AufenthG – noch nicht von der Redaktion geprüft.</p>'
            in page_html(fixture_directory, helper))


def test_a_checked_entry_says_who_checked_it_when(fixture_directory: Directory) -> None:
    course = fixture_directory.get("courses", "kurs-a-beispielstadt")
    assert course.get("verified") == {"by": "Testdaten", "on": "2026-01-15"}
    assert ('<p class="ww-source">Laut <a href="https://www.example.org/quelle" dir="ltr" rel="noopener">'
            'https://www.example.org/quelle</a> (gelesen am 10. Januar 2026). Geprüft von Testdaten am 15. Januar '
            '2026.</p>' in page_html(fixture_directory, course))


def test_german_sources_are_marked_as_german_on_right_to_left_pages(fixture_directory: Directory) -> None:
    helper = fixture_directory.get("helpers", "helfer-beispielstadt")
    assert '<span lang="de" dir="ltr">§ 45a AufenthG</span>' in page_html(fixture_directory, helper, "ar")


def test_the_concept_section_is_named_with_the_concept_s_year(directory: Directory) -> None:
    course = directory.get("courses", "erstorientierungskurs-johanniter-sarstedt")
    assert ('Laut Integrationskonzept (2021), Abschnitt <span dir="ltr">3.6.1</span> – noch nicht von der Redaktion '
            'geprüft.' in page_html(directory, course))


def test_no_real_entry_claims_a_check_by_a_date_alone(directory: Directory) -> None:
    assert [e.file for e in directory if "last_verified" in e.data or "verified_by" in e.get("source", {})] == []


# Time: the concept's "now" is 2021.

@pytest.mark.parametrize(("text", "found"), [
    ("Zurzeit gibt es sie nur an Hildesheimer Schulen.", True),
    ("Es läuft derzeit in der fünften Förderperiode.", True),
    ("Seit Kurzem bietet auch die VHS Kurse an.", True),
    ("Die Stelle ist seit 2021 unbefristet.", True),
    ("Seit Herbst 2015 unterstützen fünf Helfer*innen Geflüchtete.", True),
    ("Laut Integrationskonzept (2021) gab es sie damals nur an Hildesheimer Schulen.", False),
    ("Die Kurse sind offen. Laut Integrationskonzept (2021) lief die fünfte Förderperiode.", False),
    ("Der Newsletter informiert über Aktuelles.", False),
])
def test_present_time_markers_are_found_outside_a_dated_phrase(text: str, found: bool) -> None:
    assert bool(undated_present(text)) == found


def test_no_unchecked_entry_states_the_concept_s_present_as_today_s(directory: Directory) -> None:
    undated = {e.file: sentences for e in directory if "verified" not in e.data and e.kind not in QUOTING_KINDS
               for sentences in [[s for text in german_texts(e.data) for s in undated_present(text)]] if sentences}
    assert undated == {}


# Readings: places, follow-up courses, rail stops only where the concept states them.

def test_no_course_place_without_a_source(directory: Directory, sections: dict[str, str]) -> None:
    unsupported = []
    for course in directory.of_kind("courses"):
        place = directory.get("municipalities", course.get("municipality"))
        if place is None:
            continue
        name = german_name(place).split(" (")[0]  # the concept writes "Alfeld", the entry "Alfeld (Leine)"
        if name not in section_text(sections, course.get("source")["concept_section"]):
            unsupported.append((course.id, name))
    assert unsupported == []
    assert directory.get("courses", "erstorientierungskurs-johanniter-sarstedt").get("municipality") == "sarstedt"


def test_the_approved_providers_in_hildesheim_have_no_course_place(directory: Directory,
                                                                     sections: dict[str, str]) -> None:
    # "in Hildesheim" names the area the providers are approved for, not where a course takes place.
    assert "Zugelassene Träger für die Durchführung von Integrations- und Alphabetisierungskursen sind in " \
           "Hildesheim außerdem" in sections["3.6.1"]
    placed = [c.id for c in directory.of_kind("courses")
              if c.get("type") in ("integrationskurs", "alphabetisierungskurs") and c.get("municipality")]
    assert placed == []


def test_every_follow_up_course_is_stated_in_the_concept(directory: Directory, sections: dict[str, str]) -> None:
    pairs = {(kind.id, following) for kind in directory.of_kind("course-types") for following in kind.get("next", [])}
    assert pairs <= set(FOLLOW_UPS), "a follow-up the concept does not state"
    for section, words in FOLLOW_UPS.values():
        assert words in sections[section]


def test_rail_stops_are_those_of_the_concept_s_regional_traffic(directory: Directory,
                                                                 sections: dict[str, str]) -> None:
    regional = sections["3.3"].split("im Regionalverkehr")[1].split(" in der Regel")[0]
    stops = {stop for place in directory.of_kind("municipalities") for stop in place.get("rail_stops", [])}
    assert stops and {stop for stop in stops if stop not in regional} == set()
    assert "rail_stops" not in directory.get("municipalities", "hildesheim").data  # ICE lines, not regional stops


def test_a_course_without_a_named_provider_tells_the_reader_whom_to_ask(directory: Directory) -> None:
    without = [c for c in directory.of_kind("courses") if "provider" not in c.data]
    assert [c.get("source")["concept_section"] for c in without] == ["5.5.2"]
    html = page_html(directory, without[0])
    assert ('<dt>Träger</dt><dd>im Integrationskonzept nicht genannt; fragen Sie die <a href="../../helpers/">'
            'kommunalen Integrationshelfer*innen</a></dd>') in html
    assert "Fragen Sie die kommunalen Integrationshelfer*innen nach dem nächsten Kursbeginn." in html
    assert "Träger nach" not in html


# Names as the concept names them.

def test_the_municipal_helpers_are_named_as_the_concept_names_them(directory: Directory,
                                                                    sections: dict[str, str]) -> None:
    assert "kommunalen Integrationshelfer*innen" in sections["4.1.3"]
    municipal = [h for h in directory.of_kind("helpers") if h.get("role") == "municipal"]
    assert len(municipal) == 17
    assert [h.id for h in municipal if not german_name(h).startswith("Kommunale Integrationshelfer*innen")] == []
    assert [e.id for e in directory if "integrationshilfe" in e.id or "Integrationshilfe" in german_name(e)] == []


def test_the_aewb_is_named_as_the_concept_names_it(directory: Directory, sections: dict[str, str]) -> None:
    name = german_name(directory.get("providers", "aewb"))
    assert f"{name} (AEWB)" in sections["3.6.2"]


def test_the_adult_migration_service_of_section_3_5_has_an_entry(directory: Directory,
                                                                  sections: dict[str, str]) -> None:
    assert "Erwachsenenmigrationsdienst (EMD)" in sections["3.5"]
    emd = directory.get("counselling", "erwachsenenmigrationsdienst")
    assert german_name(emd) == "Erwachsenenmigrationsdienst (EMD) – Migrationsberatung für erwachsene Zuwanderer (MBE)"
    assert emd.get("source")["concept_section"] == "3.5"
    assert emd.get("contact") == "unknown" and "provider" not in emd.data  # the concept names no provider
    for field in ("name", "description", "target_group"):
        assert {lang: emd.get(field)[lang]["status"] for lang in TRANSLATIONS} == dict.fromkeys(TRANSLATIONS, "draft")


def test_the_worked_example_for_editors_is_fictional(directory: Directory, tmp_path: Path) -> None:
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    (tmp_path / "example.yml").write_text(guide.split("```yaml\n")[1].split("```")[0], encoding="utf-8")
    source, problems = read_source(tmp_path / "example.yml", "example.yml")
    example = source.data
    assert problems == []
    assert is_valid("courses", example)
    ids = [example["id"], example["provider"], example["municipality"]]
    assert [i for i in ids if not i.startswith("beispiel-")] == []
    assert [i for i in ids if any(i in directory.entries[kind] for kind in directory.entries)] == []
    assert "**ausgedacht**" in guide
