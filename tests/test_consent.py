"""Personal data of contact persons: published only as far as their recorded consent reaches."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from conftest import FIXTURES
from wegweiser.messages import identity
from wegweiser.model.consent import OPEN_DATA, SITE, may_publish, published_person, uncovered_fields
from wegweiser.reports.problems import text_line
from wegweiser.source import load_directory

HELPER = "helpers/helfer-beispielstadt.yml"
CONSENT = "consent: {date: 2026-01-10, recorded_by: Testdaten, fields: [name, email], channels: [site]}"
PERSON = {"name": "Erika Beispiel", "role": "Integrationshelferin", "phone": "030 23125456",
          "email": "erika@example.org",
          "consent": {"date": "2026-01-10", "recorded_by": "Akte", "fields": ["name", "email"], "channels": ["site"]}}


@pytest.mark.parametrize(("field", "channel", "allowed"), [
    ("name", SITE, True),
    ("email", SITE, True),
    ("phone", SITE, False),  # recorded, but not covered
    ("name", OPEN_DATA, False),  # covered, but not for this channel
])
def test_may_publish_follows_fields_and_channels(field: str, channel: str, allowed: bool) -> None:
    assert may_publish(PERSON, field, channel) is allowed


def test_a_person_without_consent_may_not_be_published() -> None:
    person = {key: value for key, value in PERSON.items() if key != "consent"}
    assert [name for name in ("name", "phone", "email") if may_publish(person, name, SITE)] == []


def test_unknown_field_or_channel_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="'website'"):
        may_publish(PERSON, "website", SITE)
    with pytest.raises(ValueError, match="'print'"):
        may_publish(PERSON, "name", "print")


def test_published_person_keeps_the_role_and_the_covered_fields() -> None:
    assert published_person(PERSON, SITE) == {"name": "Erika Beispiel", "role": "Integrationshelferin",
                                             "email": "erika@example.org"}
    assert published_person(PERSON, OPEN_DATA) == {"role": "Integrationshelferin"}
    assert uncovered_fields(PERSON, SITE) == ["phone"]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "valid", tmp_path / "directory")
    return tmp_path / "directory"


def helper_problems(tree: Path) -> list[str]:
    """The problems of the helper's file, as the editor reads them (the other fixtures are others' business)."""
    return [text_line(problem, identity).removeprefix(f"{tree}/")
            for problem in load_directory(tree)[1] if problem.file.endswith(HELPER)]


def edit(tree: Path, old: str, new: str) -> None:
    path = tree / HELPER
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_consent_covers_what_it_publishes(tree: Path) -> None:
    assert helper_problems(tree) == []


def test_a_field_outside_the_consent_fails_at_its_line(tree: Path) -> None:
    edit(tree, "    email: erika@example.org\n", "    email: erika@example.org\n    phone: 030 23125456\n")
    assert helper_problems(tree) == [
        "helpers/helfer-beispielstadt.yml:11:12 contact.person.phone: Die Einwilligung deckt 'phone' nicht ab. "
        "Tragen Sie phone unter consent.fields ein, wenn die Person dafür eingewilligt hat, oder entfernen Sie "
        "diese Angabe."]


def test_the_name_needs_consent_too(tree: Path) -> None:
    edit(tree, "fields: [name, email]", "fields: [email]")
    assert helper_problems(tree) == [
        "helpers/helfer-beispielstadt.yml:8:11 contact.person.name: Die Einwilligung deckt 'name' nicht ab. "
        "Tragen Sie name unter consent.fields ein, wenn die Person dafür eingewilligt hat, oder entfernen Sie "
        "diese Angabe."]


def test_consent_for_open_data_only_keeps_the_person_off_the_site(tree: Path) -> None:
    edit(tree, "channels: [site]", "channels: [open_data]")
    assert helper_problems(tree) == [
        "helpers/helfer-beispielstadt.yml:11:90 contact.person.consent.channels: Die Einwilligung gilt nicht für "
        "die Website: unter channels fehlt 'site'. Tragen Sie site unter channels ein, wenn die Person der "
        "Veröffentlichung auf der Website zugestimmt hat, oder entfernen Sie die Angaben zur Person."]


def test_consent_must_say_which_fields_and_channels(tree: Path) -> None:
    edit(tree, CONSENT, "consent: {date: 2026-01-10, recorded_by: Testdaten}")
    assert helper_problems(tree) == [
        "helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'fields' fehlt. Ergänzen Sie: "
        "Welche Angaben zur Person veröffentlicht werden dürfen: name, phone, email.",
        "helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'channels' fehlt. Ergänzen Sie: "
        "Wo sie veröffentlicht werden dürfen: site (diese Website), open_data (offene Daten zum Herunterladen)."]


def test_a_consent_whose_last_day_has_passed_stops_the_build_at_its_line(tree: Path) -> None:
    edit(tree, "date: 2026-01-10,", "date: 2026-01-10, until: 2026-06-30,")
    assert helper_problems(tree) == [
        "helpers/helfer-beispielstadt.yml:11:40 contact.person.consent.until: Die Einwilligung ist am 2026-06-30 "
        "abgelaufen: Die Angaben zur Person dürfen nicht mehr veröffentlicht werden. Holen Sie eine neue "
        "Einwilligung ein und tragen Sie date und until neu ein, oder entfernen Sie die Angaben zur Person."]


def test_a_consent_ending_before_its_own_date_is_a_mistake(tree: Path) -> None:
    edit(tree, "date: 2026-01-10,", "date: 2026-01-10, until: 2025-01-10,")
    assert helper_problems(tree) == [
        "helpers/helfer-beispielstadt.yml:11:40 contact.person.consent.until: Die Einwilligung endet am 2025-01-10, "
        "vor ihrem eigenen Datum 2026-01-10. Prüfen Sie beide Daten: date ist der Tag der Einwilligung, until ihr "
        "letzter Tag."]


def test_a_consent_holds_up_to_and_including_its_last_day(tree: Path) -> None:
    edit(tree, "date: 2026-01-10,", "date: 2026-01-10, until: 2030-03-31,")
    assert helper_problems(tree) == []
    assert load_directory(tree, today=date(2030, 3, 31))[1] == []
    assert [problem.code for problem in load_directory(tree, today=date(2030, 4, 1))[1]] == ["consent.expired"]
