"""A reader's tour of one language of the built site in a real browser, for the privacy and CSP tests.

Every type of page the site has, used as a reader uses it: the start page, a list with a filter applied,
an entry, a chapter of the concept with a table, the search with a query typed, the 404 page, the
publisher's pages and Leichte Sprache, and the language menu. The pages are found in the built site, so
the tour follows the site when it changes.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

# Words that stand on pages in every language: the county's name is in most entries.
QUERY = "Hildesheim"
LEGAL_PAGES = ("impressum/", "datenschutz/", "barrierefreiheit/", "leichte-sprache/")


def concept_chapter_with_table(site: Path, language: str) -> str:
    """Return the URL (below the language) of the first chapter of the concept that holds a table."""
    chapters = sorted((site / language / "concept").glob("*/index.html"))
    chapter = next(path for path in chapters if "<table" in path.read_text(encoding="utf-8"))
    return f"concept/{chapter.parent.name}/"


def tour(page: Page, site: Path, server: str, language: str) -> list[str]:
    """Visit and use every type of page of language; return the URLs visited."""
    base = f"{server}{language}/"
    visited = [base, f"{base}{concept_chapter_with_table(site, language)}", f"{base}404.html",
               *(f"{base}{path}" for path in LEGAL_PAGES)]
    for url in visited:
        page.goto(url)
    visited += [_entry(page, base), _search(page, base), _filter(page, f"{base}courses/"),
                _change_language(page, base, language)]
    return visited


def _entry(page: Page, base: str) -> str:
    page.goto(f"{base}courses/")
    page.locator(".ww-list a").first.click()
    page.wait_for_load_state()
    return page.url


def _search(page: Page, base: str) -> str:
    page.goto(f"{base}search/")
    page.locator("#ww-search input").fill(QUERY)
    expect(page.locator(".pagefind-ui__result").first).to_be_visible()
    return page.url


def _filter(page: Page, list_url: str) -> str:
    """Choose the first value of the list's first filter, as a reader would, and wait for the list to follow."""
    page.goto(list_url)
    select = page.locator("form.ww-filters select").first
    value = select.locator("option").nth(1).get_attribute("value")
    select.select_option(value)
    expect(page).to_have_url(f"{list_url}?{select.get_attribute('name')}={value}")
    return page.url


def _change_language(page: Page, base: str, language: str) -> str:
    """Open the language menu on the start page and follow it to another language."""
    page.goto(base)
    other = page.locator(f".md-select__link:not([hreflang={language}])").first
    page.locator(".md-select button").hover()
    other.click()
    page.wait_for_load_state()
    expect(page).not_to_have_url(base)
    return page.url
