"""The built site in real headless Chromium, used as a reader would; screenshots go to test-artifacts/."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT
from playwright.sync_api import Browser, Page, expect, sync_playwright

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "test-artifacts" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=server)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    yield page
    context.close()
    assert outside == [], f"requests to third parties: {outside}"


def shoot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


@pytest.mark.parametrize("language", ["de", "en"])
def test_list_entry_provider_municipality(page: Page, language: str) -> None:
    page.goto(f"{language}/courses/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    shoot(page, f"{language}-course-list")
    page.locator("a[href$='integrationskurs-vhs-hildesheim/']").first.click()
    expect(page.locator("h1")).to_contain_text("Integrationskurs (VHS Hildesheim)")
    shoot(page, f"{language}-course")
    page.locator(".ww-facts a[href*='providers/vhs-hildesheim/']").click()
    expect(page.locator("h1")).to_contain_text("Volkshochschule Hildesheim")
    expect(page.locator(".ww-list a[href*='courses/alphabetisierungskurs-vhs-hildesheim/']")).to_be_visible()
    shoot(page, f"{language}-provider")
    page.go_back()
    page.locator(".ww-facts a[href*='municipalities/hildesheim/']").click()
    expect(page.locator("h1")).to_contain_text("Hildesheim")
    expect(page.locator(".ww-facts")).to_contain_text("101.055" if language == "de" else "101,055")
    shoot(page, f"{language}-municipality")


def test_municipality_page_leads_to_local_help(page: Page) -> None:
    page.goto("de/municipalities/sarstedt/")
    page.locator(".ww-list a[href*='helpers/integrationshilfe-sarstedt/']").first.click()
    expect(page.locator(".ww-facts")).to_contain_text("Sarstedt")
    expect(page.locator(".ww-missing")).to_contain_text("noch keine Kontaktdaten")
    shoot(page, "de-helper")


def test_language_switch_keeps_the_page(page: Page) -> None:
    page.goto("de/counselling/newa/")
    page.locator(".md-header .md-select").hover()
    page.locator("a.md-select__link[hreflang='en']").click()
    expect(page).to_have_url(re.compile(r"/en/counselling/newa/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("link[rel=alternate][hreflang=de]")).to_have_attribute("href", re.compile("/de/counselling/newa/$"))


def test_root_chooser_leads_to_english(page: Page) -> None:
    page.goto("")
    shoot(page, "root-chooser")
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))


def test_search_finds_a_course(page: Page) -> None:
    page.goto("de/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").fill("Alphabetisierungskurs")
    result = page.locator(".md-search-result__item a[href*='alphabetisierungskurs']").first
    expect(result).to_be_visible(timeout=15_000)
    shoot(page, "de-search")


def test_phone_layout_has_no_horizontal_scroll(browser: Browser, server: str) -> None:
    context = browser.new_context(base_url=server, viewport=PHONE, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    for path in ("de/", "de/courses/integrationskurs-vhs-hildesheim/", "en/course-guide/"):
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width}px wide"
    shoot(page, "en-course-guide-phone")
    context.close()


@pytest.mark.parametrize("path", ["", "de/", "de/courses/", "de/course-guide/", "de/courses/integrationskurs-vhs-hildesheim/",
                                  "de/municipalities/alfeld-leine/", "de/providers/", "en/counselling/newa/",
                                  "de/concept/3-rahmenbedingungen/"])
def test_accessibility(page: Page, path: str) -> None:
    page.goto(path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], json.dumps(serious, indent=1)
