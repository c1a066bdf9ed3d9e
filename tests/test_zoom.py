"""Zoomed in and with wider text spacing (WCAG 1.4.4, 1.4.10, 1.4.12): every type of page, in a language of each script,
at 200 % (a 1280 × 800 screen seen as 640 × 400 CSS pixels) and at 320 CSS pixels wide, with the
text-spacing bookmarklet's styles applied, scrolls only up and down and keeps all its text whole and apart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from conftest import LANGUAGES, shoot
from layout import TEXT_SPACING, clipped, overlaps, wider_than_screen
from page_types import page_types, sample

pytestmark = pytest.mark.browser

ZOOMED = {"200%": {"width": 640, "height": 400}, "320px": {"width": 320, "height": 256}}
# Looked at by a person after each run (test-artifacts/screenshots/).
SHOWN = ("home", "courses", "courses/*", "municipalities")


@pytest.fixture
def tab(browser: Browser, server: str) -> Iterator[Page]:
    """A tab that lets the test add the text-spacing styles in spite of the site's Content-Security-Policy,
    as a reader's browser extension or bookmarklet does."""
    context = browser.new_context(base_url=server, bypass_csp=True, reduced_motion="reduce")
    yield context.new_page()
    context.close()


# One language per script and direction: Latin, Arabic and Persian right to left, Cyrillic (the widest letters).
SCRIPTS = ("de", "ar", "fa", "ru")


@pytest.mark.parametrize("language", SCRIPTS)
def test_every_type_of_page_reflows_with_wider_text_spacing(tab: Page, site: Path, language: str) -> None:
    problems: dict[str, list[str]] = {}
    # Another page of each type than the axe test's, so that together they see more.
    for kind, path in sample(page_types(site / language), LANGUAGES.index(language) + 1).items():
        tab.set_viewport_size(ZOOMED["200%"])
        tab.goto(f"{language}/{path}")
        tab.add_style_tag(content=TEXT_SPACING)
        for zoom, size in ZOOMED.items():
            tab.set_viewport_size(size)
            if found := wider_than_screen(tab) + clipped(tab) + overlaps(tab):
                problems[f"{language}/{path} at {zoom}"] = found
            if language in ("de", "ar") and kind in SHOWN:
                shoot(tab, f"{language}-{kind.replace('/*', '-entry')}-spacing-{zoom}")
    assert problems == {}, problems
