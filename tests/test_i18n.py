"""Translations: complete catalogs, right plural forms, honest notices for fallback and drafts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from conftest import FIXTURES, LANGUAGES, ROOT
from wegweiser.catalogs import SOURCE_LANGUAGE, catalog_file, load_translations, ui_status
from wegweiser.html import render_page
from wegweiser.model.text import DRAFT, FALLBACK, REVIEWED, SOURCE, localize
from wegweiser.source import load_directory
from wegweiser.views import build_views

TRANSLATIONS = ROOT / "translations"

TRANSLATED = [language for language in LANGUAGES if language != SOURCE_LANGUAGE]
COURSE_COUNT = "%(count)s Kurs eingetragen"


def test_the_catalog_template_holds_every_text_marked_for_translation(tmp_path: Path) -> None:
    """A text added to the code but not extracted (`make translations`) would stay German everywhere."""
    extracted = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "-q", "extract", "-F", "pyproject.toml",
                    "-o", str(extracted), "."], cwd=ROOT, check=True)
    with extracted.open("rb") as fresh, (TRANSLATIONS / "messages.pot").open("rb") as committed:
        missing = {m.id for m in read_po(fresh) if m.id} - {m.id for m in read_po(committed) if m.id}
    assert not missing, "run `make translations`; not yet in translations/messages.pot: " + repr(sorted(missing)[:5])


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_ui_string_is_translated(language: str) -> None:
    assert ui_status(TRANSLATIONS, language)["missing"] == 0


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_plural_rule_matches_the_language(language: str) -> None:
    with catalog_file(TRANSLATIONS, language).open("rb") as source:
        catalog = read_po(source, locale=language)
    expected = get_plural(language)
    assert (catalog.num_plurals, catalog.plural_expr) == (expected.num_plurals, expected.plural_expr)


def test_arabic_has_six_plural_forms_chosen_by_number() -> None:
    with catalog_file(TRANSLATIONS, "ar").open("rb") as source:
        forms = read_po(source, locale="ar")[(COURSE_COUNT, "%(count)s Kurse eingetragen")].string
    assert len(forms) == 6 and all(forms)
    assert len({forms[1], forms[2], forms[3]}) == 3  # one, two (dual) and few (3 to 10) differ in Arabic
    ngettext = load_translations(TRANSLATIONS, "ar").ngettext
    chosen = {n: ngettext(COURSE_COUNT, "%(count)s Kurse eingetragen", n) for n in (0, 1, 2, 3, 10, 11, 99, 100)}
    assert chosen == {0: forms[0], 1: forms[1], 2: forms[2], 3: forms[3], 10: forms[3], 11: forms[5], 99: forms[5],
                      100: forms[4]}


@pytest.mark.parametrize(("language", "counts"), [("uk", (1, 2, 5)), ("ru", (1, 2, 5)), ("en", (1, 2))])
def test_plural_forms_differ_where_the_language_has_them(language: str, counts: tuple[int, ...]) -> None:
    ngettext = load_translations(TRANSLATIONS, language).ngettext
    assert len({ngettext(COURSE_COUNT, "%(count)s Kurse eingetragen", n) for n in counts}) == len(counts)


def test_german_needs_no_catalog() -> None:
    assert load_translations(TRANSLATIONS, "de").gettext("Kontakt") == "Kontakt"


@pytest.mark.parametrize(("value", "language", "expected"), [
    ("Kurs", "de", ("Kurs", "de", SOURCE)),
    ("Kurs", "ar", ("Kurs", "de", FALLBACK)),
    ({"de": "Kurs", "en": "Course"}, "en", ("Course", "en", DRAFT)),
    ({"de": "Kurs", "en": {"text": "Course", "status": "reviewed"}}, "en", ("Course", "en", REVIEWED)),
    ({"de": "Kurs", "en": {"text": "Course", "status": "reviewed"}}, "tr", ("Kurs", "de", FALLBACK)),
])
def test_localize(value: object, language: str, expected: tuple[str, str, str]) -> None:
    local = localize(value, language)
    assert (local.text, local.language, local.status) == expected


def _page(language: str, path: str, root: Path = FIXTURES / "valid") -> str:
    """Return the HTML body of one generated page, straight from the pipeline."""
    directory, problems = load_directory(root)
    assert problems == []
    views = build_views(directory, language, load_translations(TRANSLATIONS, language), ("de", "en"))
    return render_page(next(view for view in views if view.path == path)).html


DRAFT_NOTICE = "has not been checked by a person yet"


def test_fallback_is_marked_german_and_announced() -> None:
    html = _page("en", "courses/kurs-a-beispielstadt.md")
    assert '<span lang="de" dir="ltr">Kurs A in Beispielstadt</span>' in html
    assert "Some texts on this page are not yet available in your language" in html
    assert DRAFT_NOTICE not in html


def test_reviewed_translation_is_shown_without_draft_notice() -> None:
    html = _page("en", "course-guide/kurs-b.md")
    assert '<h1 id="kurs-b">Course B<a class="headerlink"' in html
    assert DRAFT_NOTICE not in html


def test_draft_translation_is_announced(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path / "d")
    entry = tmp_path / "d" / "course-types" / "kurs-b.yml"
    entry.write_text(entry.read_text("utf-8").replace("{text: Course B, status: reviewed}", "Course B"), "utf-8")
    html = _page("en", "course-guide/kurs-b.md", tmp_path / "d")
    # One line per page: the page also shows German text, which is said first (tests/test_translation_notice.py).
    assert html.count('class="ww-notice"') == 1
    assert "Some texts on this page are not yet available in your language" in html


def test_german_pages_carry_no_notice() -> None:
    assert "ww-notice" not in _page("de", "courses/kurs-a-beispielstadt.md")


def test_real_directory_texts_know_their_status(tmp_path: Path) -> None:
    directory, _ = load_directory(ROOT / "directory")
    statuses = {localize(e.get("name"), "ar").status for e in directory}
    assert statuses <= {FALLBACK, DRAFT, REVIEWED}
