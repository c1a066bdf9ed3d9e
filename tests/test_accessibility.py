"""axe-core over every type of page, in every language, on a phone and on a desktop screen (WCAG 2.1 AA).

The types are read from the built site (tests/page_types.py), so that a new type is checked without editing
this file; each language takes another page of each type. A list with filters is checked once more with a
filter applied, the search page once more with results.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from conftest import LANGUAGES, ROOT
from page_types import page_types, pages_with, sample

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
OPTIONS = {"runOnly": {"type": "tag", "values": [*WCAG_AA, "best-practice"]}, "resultTypes": ["violations"]}
# The fixture directory has what the real entries lack yet: contact data, lists filtered by languages of support.
WHAT_THE_FIXTURE_ADDS = ('class="ww-facts ww-contact"', 'class="ww-filters"')
# The county's name stands in the text of most entries, in every language.
QUERY = "Hildesheim"

# A filter that leaves entries in the list: the first value of any filter that some entry carries.
FILTER_QUERY = """() => {
  const items = [...document.querySelectorAll(".ww-filterable li[data-place]")];
  for (const select of document.querySelectorAll("form.ww-filters select"))
    for (const option of select.options)
      if (option.value && items.some((item) => (item.dataset[select.name] || "").split(" ").includes(option.value)))
        return `?${select.name}=${encodeURIComponent(option.value)}`;
  return null;
}"""


def findings(page: Page) -> list[dict]:
    """Run axe on the page as it stands: every WCAG A/AA violation, and best practices of serious impact."""
    result = page.evaluate("options => axe.run(document, options)", OPTIONS)
    return [{"rule": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"]
            if set(v["tags"]) & set(WCAG_AA) or v["impact"] in ("serious", "critical")]


def with_axe(page: Page) -> Page:
    """Load axe into every page the tab opens. The theme fades its tabs in after a resize, and axe would
    measure a half-faded tab: its transitions are off for readers who ask for reduced motion, as here."""
    page.context.add_init_script(path=str(AXE))
    page.emulate_media(reduced_motion="reduce")
    return page


def settle(page: Page) -> None:
    """Wait until animations still running after a resize have ended."""
    page.wait_for_function("document.getAnimations().every((a) => a.playState !== 'running')")


def check(page: Page, path: str, problems: dict[str, list[dict]]) -> None:
    """Check the page just loaded from path on each screen; note what axe finds."""
    for screen, size in SCREENS.items():
        page.set_viewport_size(size)
        settle(page)
        if found := findings(page):
            problems[f"{path} ({screen})"] = found
    page.set_viewport_size(SCREENS["phone"])


def check_page_and_its_states(page: Page, path: str, problems: dict[str, list[dict]]) -> None:
    page.goto(path)
    check(page, path, problems)
    if page.locator("form.ww-filters").count():
        query = page.evaluate(FILTER_QUERY)
        assert query, f"{path}: no filter value matches any entry"
        page.goto(path + query)
        check(page, path + query, problems)
    if page.locator("#ww-search").count():
        page.goto(f"{path}?q={QUERY}")
        expect(page.locator(".pagefind-ui__result").first).to_be_visible(timeout=15_000)
        check(page, f"{path}?q={QUERY}", problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_type_of_page_passes_axe(page: Page, site: Path, language: str) -> None:
    types = page_types(site / language)
    assert {"home", "404", "search", "courses", "courses/*", "providers/*", "concept/*"} <= types.keys()
    problems: dict[str, list[dict]] = {}
    with_axe(page)
    for path in sample(types, LANGUAGES.index(language)).values():
        check_page_and_its_states(page, f"{language}/{path}", problems)
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)


def test_entries_with_contact_data_and_the_root_chooser_pass_axe(page: Page, site: Path) -> None:
    problems: dict[str, list[dict]] = {}
    with_axe(page).goto("")
    check(page, "", problems)
    for path in pages_with(site / "fixture", *WHAT_THE_FIXTURE_ADDS):
        check_page_and_its_states(page, f"fixture/{path}", problems)
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)
