"""Print: a contact or list page prints as a clean A4 page: no header, tabs, navigation, search or footer, the
targets of links to other sites written out, tables whole and within the page. Looked at as screenshots."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page

from conftest import FIXTURES, build_site, shoot

CHROME = (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search")
CONTACT_PAGE = "de/counselling/bamf-buergerservice/"  # a recorded phone number and web address, opening hours
MISSING_PAGE = "ar/helpers/integrationshelfer-sarstedt/"  # no contact: whom to ask instead, a map search
LIST_PAGE = "de/municipalities/"  # a list with a table
A4 = (595.28, 841.89)  # in PDF points; the page size comes from the stylesheet (@page), not the printer's default


def _printed(page: Page, path: str) -> Page:
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    page.goto(path)
    page.emulate_media(media="print")
    return page


def _shown(page: Page, selector: str) -> bool:
    return page.evaluate("""s => [...document.querySelectorAll(s)].some(e => {
        const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 })""", selector)


def _after(page: Page, selector: str) -> str:
    return page.evaluate("s => getComputedStyle(document.querySelector(s), '::after').content", selector)


@pytest.mark.parametrize("path", [CONTACT_PAGE, MISSING_PAGE, LIST_PAGE])
def test_printed_pages_show_the_content_without_the_site_s_chrome(page: Page, path: str) -> None:
    _printed(page, path)
    shoot(page, f"print-{path.strip('/').replace('/', '-')}")
    assert [selector for selector in CHROME if _shown(page, selector)] == []
    assert _shown(page, "article h1")
    page.emulate_media(media="screen")
    assert _shown(page, ".md-header")  # on screen the chrome is there: the rules are for print only


def test_printed_links_to_other_sites_show_where_they_lead(page: Page) -> None:
    _printed(page, MISSING_PAGE)
    href = page.get_attribute(".ww-map-search a", "href")
    assert href.startswith("https://www.openstreetmap.org/search?query=")
    assert _after(page, ".ww-map-search a") == f'" ({href})"'


def test_printed_links_that_show_their_address_are_not_written_twice(page: Page) -> None:
    _printed(page, CONTACT_PAGE)
    for selector in ('.ww-contact a[href^="tel:"]', '.ww-contact a[href^="https:"]', ".ww-source a"):
        assert _after(page, selector) in ("none", "normal"), selector
    assert not _shown(page, ".ww-open-status")  # "open now" is not true on paper


def test_a_printed_list_keeps_its_table_whole_and_on_the_page(page: Page) -> None:
    _printed(page, LIST_PAGE)
    assert page.evaluate("getComputedStyle(document.querySelector('article table tr')).breakInside") == "avoid"
    right = page.evaluate("Math.max(...[...document.querySelectorAll('article table')].map("
                          "t => t.getBoundingClientRect().right))")
    assert right <= page.evaluate("document.documentElement.clientWidth")


@pytest.mark.parametrize("path", [CONTACT_PAGE, LIST_PAGE])
def test_pages_print_on_a4(page: Page, path: str) -> None:
    pdf = _printed(page, path).pdf(prefer_css_page_size=True)
    sizes = {(float(w), float(h)) for w, h in re.findall(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", pdf)}
    assert sizes and all(abs(w - A4[0]) < 1.5 and abs(h - A4[1]) < 1.5 for w, h in sizes), sizes  # not Letter


def test_the_real_site_publishes_no_report_address_nobody_configured(site: Path) -> None:
    assert [path for path in site.glob("*/**/index.html") if 'class="ww-report"' in path.read_text("utf-8")] == []


def test_a_configured_editors_address_reaches_an_entry_page(tmp_path: Path) -> None:
    result = build_site(tmp_path, "de", "http://127.0.0.1:9/", FIXTURES / "valid",
                        EDITORS_EMAIL="redaktion@example.org", REPO_URL="")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "de" / "courses" / "kurs-a-beispielstadt" / "index.html").read_text("utf-8")
    assert re.search(r'<p class="ww-report">[^<]*<a href="mailto:redaktion@example\.org\?subject=', page)
