"""Contact links and whom to ask when an entry has no contact details."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, ROOT
from wegweiser.model.fallbacks import fallbacks
from wegweiser.model.phone import tel_uri
from wegweiser.reports.editors import missing_contacts
from wegweiser.source import load_directory


@pytest.mark.parametrize(("number", "uri"), [
    ("030 23125456", "tel:+493023125456"),
    ("+49 30 23125456", "tel:+493023125456"),
    ("+49 (0)30 23125-456", "tel:+493023125456"),
    ("05121/123456", "tel:+495121123456"),
    ("0049 30 23125456", "tel:+493023125456"),
    ("+49 (0) 5121 12 34 56", "tel:+495121123456"),
])
def test_tel_uri(number: str, uri: str) -> None:
    assert tel_uri(number) == uri


def test_fallbacks_start_with_the_provider_then_local_help() -> None:
    directory, _ = load_directory(FIXTURES / "valid")
    course = directory.get("courses", "kurs-a-beispielstadt")
    assert [(f.reason, f.entry.id) for f in fallbacks(course, directory)] == [
        ("provider", "beispiel-traeger"), ("local_helper", "helfer-beispielstadt"),
        ("counselling", "beratung-beispiel")]


def test_every_real_entry_without_contact_names_someone_to_ask() -> None:
    directory, _ = load_directory(ROOT / "directory")
    without_contact = missing_contacts(directory)
    assert without_contact
    assert [e.id for e in without_contact if not fallbacks(e, directory)] == []
