"""Draft marking, honest but quiet: at most one short line per page, linking to the page that explains it."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import LANGUAGES, ROOT
from wegweiser.catalogs import load_translations
from wegweiser.model.text import DRAFT, FALLBACK, MACHINE, PROPER_NAME, REVIEWED
from wegweiser.views.translation_notice import translation_line

NOTICE = re.compile(r'<p class="ww-notice">')
FALLBACK_TEXT = "Einige Texte auf dieser Seite gibt es noch nicht in Ihrer Sprache. Sie werden auf Deutsch angezeigt."
DRAFT_TEXT = "Die Übersetzung auf dieser Seite wurde noch nicht von einer Person geprüft."


def _line(statuses: set[str], *, ui_draft: bool = False) -> str | None:
    line = translation_line(str, "../uebersetzungen/", statuses, ui_draft=ui_draft)
    return None if line is None else line.content.parts[0]


def test_one_line_at_most_and_untranslated_text_comes_first() -> None:
    assert _line({FALLBACK, DRAFT, MACHINE}, ui_draft=True) == FALLBACK_TEXT
    assert _line({DRAFT, REVIEWED}) == DRAFT_TEXT
    assert _line({MACHINE}) == DRAFT_TEXT
    assert _line({REVIEWED}, ui_draft=True) == DRAFT_TEXT


def test_proper_names_and_reviewed_texts_need_no_line() -> None:
    assert _line({PROPER_NAME, REVIEWED}) is None
    assert _line(set()) is None


def test_the_line_links_to_the_explanation() -> None:
    line = translation_line(str, "../uebersetzungen/", {DRAFT}, ui_draft=False)
    assert line.content.parts[-1].href == "../uebersetzungen/"


def _pages(site: Path, language: str) -> list[Path]:
    return sorted((site / language).rglob("index.html"))


def test_no_page_carries_more_than_one_line_nor_a_banner(site: Path) -> None:
    for language in LANGUAGES:
        for page in _pages(site, language):
            html = page.read_text(encoding="utf-8")
            assert len(NOTICE.findall(html)) <= 1, page
            assert "md-banner" not in html, page
            if language == "de":
                assert not NOTICE.search(html), page


def test_every_language_explains_drafts_and_how_to_report_a_mistake(site: Path) -> None:
    for language in LANGUAGES:
        html = (site / language / "uebersetzungen" / "index.html").read_text(encoding="utf-8")
        assert 'href="../impressum/"' in html, language  # no report address configured: the publisher
        assert 'id="draft"' in html and 'id="report"' in html


def test_lines_link_to_the_explanation_in_their_language(site: Path) -> None:
    for language in LANGUAGES[1:]:
        for page in _pages(site, language):
            html = page.read_text(encoding="utf-8")
            if line := re.search(r'<p class="ww-notice">.*?</p>', html, re.S):
                href = re.search(r'<a href="([^"]+)"', line.group()).group(1)
                assert (page.parent / href / "index.html").resolve() == \
                    (site / language / "uebersetzungen" / "index.html").resolve(), page


def test_names_of_places_alone_put_no_untranslated_line_on_a_page(site: Path) -> None:
    for language in ("ar", "fa", "uk"):
        html = (site / language / "municipalities" / "index.html").read_text(encoding="utf-8")
        assert '<span lang="de" dir="ltr">Hildesheim</span>' in html
        untranslated = load_translations(ROOT / "translations", language).gettext(FALLBACK_TEXT)
        assert untranslated != FALLBACK_TEXT, language  # else the check below would prove nothing
        assert untranslated not in html, language
