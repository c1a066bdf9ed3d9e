"""Every text a newcomer reads on the way to a course exists in every language; proper names may stay German."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import LANGUAGES, ROOT
from wegweiser.catalogs import load_translations
from wegweiser.html import render_page
from wegweiser.model.entries import Directory, Entry
from wegweiser.model.text import DRAFT, FALLBACK, PROPER_NAME
from wegweiser.reports.translations import entry_texts, translation_report
from wegweiser.source import load_directory
from wegweiser.views import build_views

# The kinds a newcomer passes through on the way to a course or to advice.
COMPLETE_KINDS = ("course-types", "courses", "counselling", "helpers", "municipalities", "providers")
TRANSLATED = [language for language in LANGUAGES if language != "de"]


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory(ROOT / "directory")[0]  # its problems are test_validation's concern


@pytest.mark.parametrize("kind", COMPLETE_KINDS)
@pytest.mark.parametrize("language", TRANSLATED)
def test_every_reader_facing_text_exists_in_the_language(directory: Directory, kind: str, language: str) -> None:
    missing = [f"{text.entry.file}: {text.field}" for text in entry_texts(directory, language)
               if text.entry.kind == kind and text.status == FALLBACK]
    assert missing == [], f"{language}: texts without a translation"


def _small_directory() -> Directory:
    directory = Directory()
    directory.add(Entry("providers", "traeger", {"name": "Beispielträger", "description": "Ein Träger."},
                        "providers/traeger.yml"))
    directory.add(Entry("courses", "kurs", {"name": {"de": "Kurs", "ar": "دورة"}}, "courses/kurs.yml"))
    return directory


def test_a_proper_name_is_complete_and_a_german_only_text_is_missing() -> None:
    statuses = {(text.entry.id, text.field): text.status for text in entry_texts(_small_directory(), "ar")}
    assert statuses == {("traeger", "name"): PROPER_NAME, ("traeger", "description"): FALLBACK,
                        ("kurs", "name"): DRAFT}


def test_a_name_that_is_not_a_proper_name_is_missing_without_translation() -> None:
    statuses = {(text.entry.id, text.field): text.status for text in entry_texts(_small_directory(), "en")}
    assert statuses[("kurs", "name")] == FALLBACK


def test_report_counts_missing_texts_by_kind() -> None:
    lines = translation_report(_small_directory(), ROOT / "translations", ["de", "en", "ar"]).splitlines()
    by_kind = {line.split()[0]: line.split()[1:] for line in lines[lines.index("") + 2:]}
    assert by_kind["providers"] == ["1", "1"]
    assert by_kind["courses"] == ["1", "0"]
    assert by_kind["helpers"] == ["0", "0"]
    first_table = {line.split()[0]: line.split() for line in lines[1:lines.index("")]}
    assert set(first_table) == {"en", "ar"}
    assert first_table["ar"][-1] == "1"  # the provider's name, a proper name


PROVIDER = """id: traeger
name: Beispielträger
category: education
description:
  de: Ein Träger für Kurse.
  en: {text: A provider of courses., status: reviewed}
source: {url: "https://www.example.org/quelle", accessed: 2026-01-10}
contact: unknown
"""


def test_a_page_whose_only_german_text_is_a_proper_name_has_no_fallback_notice(tmp_path: Path) -> None:
    (tmp_path / "providers").mkdir()
    (tmp_path / "providers" / "traeger.yml").write_text(PROVIDER, encoding="utf-8")
    directory, problems = load_directory(tmp_path)
    assert problems == []
    views = build_views(directory, "en", load_translations(ROOT / "translations", "en"), ("de", "en"))
    html = render_page(next(view for view in views if view.path == "providers/traeger.md")).html
    assert '<span lang="de" dir="ltr">Beispielträger</span>' in html  # still German, and marked so
    assert "A provider of courses." in html
    assert "not yet available in your language" not in html
