"""Without JavaScript: every type of page, in every language, reads fully (lists, entries, contact data, the
concept: no text of the content left unseen) and fits a phone's screen, also right to left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from conftest import LANGUAGES, shoot
from layout import wider_than_screen
from page_types import page_types, pages_with, sample

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}

# Texts of the page's content that the reader does not get to see: not rendered, hidden, or of no size.
UNSEEN_TEXTS = """() => {
  const content = document.querySelector("article");
  if (!content || !content.innerText.trim()) return ["the page has no content"];
  const unseen = [];
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Options show when their list is opened; a drawing's title and description are its accessible name;
    // text set in size 0 stands for the icon drawn in its place; scripts (the pages' schema.org data) are not shown.
    if (!node.textContent.trim() || node.parentElement.closest("select, svg title, svg desc, script")) continue;
    if (getComputedStyle(node.parentElement).fontSize === "0px") continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const sized = [...range.getClientRects()].some((box) => box.width > 0 && box.height > 0);
    if (!sized || !node.parentElement.checkVisibility({visibilityProperty: true}))
      unseen.push(node.textContent.trim().slice(0, 40));
  }
  return unseen.slice(0, 10);
}"""


@pytest.fixture
def without_script(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=server, viewport=PHONE, java_script_enabled=False)
    yield context.new_page()
    context.close()


def problems_of(page: Page, paths: list[str]) -> dict[str, list[str]]:
    problems = {}
    for path in paths:
        page.goto(path)
        if found := wider_than_screen(page) + page.evaluate(UNSEEN_TEXTS):
            problems[path] = found
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_type_of_page_reads_fully_and_fits_a_phone(without_script: Page, site: Path, language: str) -> None:
    pages = sample(page_types(site / language), LANGUAGES.index(language) + 2)
    assert problems_of(without_script, [f"{language}/{path}" for path in pages.values()]) == {}
    if language in ("de", "ar"):
        for kind in ("courses", "courses/*"):
            without_script.goto(f"{language}/{pages[kind]}")
            shoot(without_script, f"{language}-no-script-{kind.replace('/*', '-entry')}")


def test_contact_data_reads_fully(without_script: Page, site: Path) -> None:
    contacts = pages_with(site / "fixture", 'class="ww-facts ww-contact"')
    assert contacts
    assert problems_of(without_script, [f"fixture/{path}" for path in contacts]) == {}
    without_script.goto(f"fixture/{contacts[0]}")
    assert without_script.locator(".ww-contact a[href^='tel:']").first.is_visible()
    shoot(without_script, "fixture-no-script-contact")
