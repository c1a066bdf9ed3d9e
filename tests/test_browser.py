"""The built site in real headless Chromium, used as a reader would; screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from conftest import FIXTURES, LANGUAGES, ROOT, build_site, serve, shoot, write_root_page
from wegweiser.model.text import localize

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("language", ["de", "en"])
def test_list_entry_provider_municipality(page: Page, language: str) -> None:
    page.goto(f"{language}/courses/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    shoot(page, f"{language}-course-list")
    page.locator("a[href$='integrationskurs-vhs-hildesheim/']").first.click()
    course = yaml.safe_load((ROOT / "directory/courses/integrationskurs-vhs-hildesheim.yml").read_text("utf-8"))
    expect(page.locator("h1")).to_contain_text(localize(course["name"], language).text)
    shoot(page, f"{language}-course")
    page.locator(".ww-facts a[href*='providers/vhs-hildesheim/']").click()
    expect(page.locator("h1")).to_contain_text("Volkshochschule Hildesheim")
    expect(page.locator(".ww-list a[href*='courses/alphabetisierungskurs-vhs-hildesheim/']")).to_be_visible()
    shoot(page, f"{language}-provider")
    page.goto(f"{language}/courses/erstorientierungskurs-johanniter-hildesheim/")  # a course whose place is known
    page.locator(".ww-facts a[href*='municipalities/hildesheim/']").click()
    expect(page.locator("h1")).to_contain_text("Hildesheim")
    expect(page.locator(".ww-facts")).to_contain_text("101.055" if language == "de" else "101,055")
    shoot(page, f"{language}-municipality")


def test_city_page_names_its_offices(page: Page) -> None:
    page.goto("de/municipalities/hildesheim/")
    expect(page.locator(".ww-list a[href*='providers/stabsstelle-integration/']")).to_be_visible()


def test_municipality_page_leads_to_local_help(page: Page) -> None:
    page.goto("de/municipalities/sarstedt/")
    page.locator(".ww-list a[href*='helpers/integrationshelfer-sarstedt/']").first.click()
    expect(page.locator(".ww-facts")).to_contain_text("Sarstedt")
    expect(page.locator(".ww-missing")).to_contain_text("noch keine Kontaktdaten")
    shoot(page, "de-helper")


@pytest.mark.parametrize(("path", "target", "direction"), [
    ("counselling/newa/", "en", "ltr"), ("course-guide/integrationskurs/", "ar", "rtl"), ("courses/", "uk", "ltr")])
def test_language_switch_keeps_the_page(page: Page, path: str, target: str, direction: str) -> None:
    page.goto(f"de/{path}")
    page.locator(".md-header .md-select").hover()
    page.locator(f"a.md-select__link[hreflang='{target}']").click()
    expect(page).to_have_url(re.compile(f"/{target}/{path}$"))
    expect(page.locator("html")).to_have_attribute("lang", target)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    html = page.request.get(page.url).text()  # as crawlers read it
    assert re.search(f'<link rel="alternate" href="[^"]*/de/{path}" hreflang="de">', html)
    shoot(page, f"{target}-switched")


def test_root_chooser_offers_every_language_in_itself(page: Page) -> None:
    page.goto("")
    shoot(page, "root-chooser")
    names = {"de": "Deutsch", "en": "English", "ar": "العربية", "fa": "فارسی", "uk": "українська",
             "ru": "русский", "tr": "Türkçe"}
    for language in LANGUAGES:
        expect(page.locator(f"main a[lang={language}]")).to_have_text(names[language])
    page.get_by_role("link", name="العربية").click()
    expect(page).to_have_url(re.compile(r"/ar/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_direction_and_says_when_it_is_a_draft(page: Page, language: str) -> None:
    page.goto(f"{language}/courses/integrationskurs-vhs-hildesheim/")
    direction = "rtl" if language in ("ar", "fa") else "ltr"
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    if language != "de":
        expect(page.locator(".ww-notice")).to_have_count(1)  # one quiet line, in the reader's language
        expect(page.locator(".ww-notice")).not_to_contain_text("wurde noch nicht")
        expect(page.locator(".ww-notice a")).to_have_attribute("href", "../../uebersetzungen/")
    if direction == "rtl":
        header = page.locator(".md-header__title").bounding_box()
        logo = page.locator(".md-header__button.md-logo").bounding_box()
        assert logo["x"] > header["x"], "the logo should stand on the right in right-to-left layout"
    shoot(page, f"{language}-course")


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_phone_numbers_stay_left_to_right_in_rtl(browser: Browser, server: str, language: str) -> None:
    context = browser.new_context(base_url=server, viewport=PHONE)
    page = context.new_page()
    page.goto(f"fixture/{language}/counselling/beratung-beispiel/")  # the fixture has contact data
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    link = page.locator("a[href^='tel:']")
    expect(link).to_have_attribute("href", "tel:+493023125456")
    assert link.evaluate("a => getComputedStyle(a).direction") == "ltr"
    box, cell = link.bounding_box(), page.locator(".ww-contact dd").first.bounding_box()
    assert box["x"] + box["width"] <= cell["x"] + cell["width"] + 1
    conjunction = {"ar": " و", "fa": " و "}[language]  # languages are listed as the locale lists things
    expect(page.locator(".ww-facts").first).to_contain_text(conjunction)
    shoot(page, f"fixture-{language}-contact")
    context.close()


def search(page: Page, language: str, words: str) -> None:
    page.goto(f"{language}/")
    page.locator("a.ww-search-button").click()
    page.locator(".pagefind-ui__search-input").fill(words)


def test_search_finds_a_course(page: Page) -> None:
    search(page, "de", "Alphabetisierungskurs")
    result = page.locator(".pagefind-ui__result-link[href*='alphabetisierungskurs']").first
    expect(result).to_be_visible(timeout=15_000)
    shoot(page, "de-search")


def test_search_from_the_start_page_form(page: Page) -> None:
    page.goto("tr/")
    page.locator("#ww-q").fill("Jobcenter")
    page.locator("#ww-q").press("Enter")
    expect(page).to_have_url(re.compile(r"/tr/search/\?q=Jobcenter$"))
    expect(page.locator(".pagefind-ui__result-link[href*='jobcenter']").first).to_be_visible(timeout=15_000)
    shoot(page, "tr-search-from-home")


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_in_each_language_finds_the_integration_course(page: Page, language: str) -> None:
    name = yaml.safe_load((ROOT / "directory/course-types/integrationskurs.yml").read_text(encoding="utf-8"))["name"]
    text = localize(name, language).text
    search(page, language, text.split("(")[0].strip())  # the name as a reader types it, without the German
    # The kind of course or one of its courses: both are named so in every language.
    result = page.locator(".pagefind-ui__result-link[href*='integrationskurs']").first
    expect(result).to_be_visible(timeout=15_000)
    shoot(page, f"{language}-search")


def test_persian_search_finds_a_word_joined_by_zero_width_non_joiner(page: Page) -> None:
    entry = yaml.safe_load((ROOT / "directory/course-types/integrationskurs.yml").read_text(encoding="utf-8"))
    word = next(w for w in re.findall(r"\w[\w\u200c]*", entry["description"]["fa"]["text"]) if "\u200c" in w)
    search(page, "fa", word)
    expect(page.locator(".pagefind-ui__result-link[href*='course-guide/integrationskurs/']").first).to_be_visible(
        timeout=15_000)


def test_language_filter_narrows_the_list_and_keeps_state_in_the_url(page: Page) -> None:
    page.goto("fixture/de/courses/")
    items = page.locator(".ww-filterable li[data-place]")
    expect(items).to_have_count(1)
    # Only the languages some course records are offered (tests/test_filters.py: what is left when none is).
    expect(page.locator("select[name=lang] option")).to_have_count(4)
    page.locator("select[name=lang]").select_option("uk")
    expect(page.locator(".ww-filterable li[data-place]:visible")).to_have_count(1)
    expect(page).to_have_url(re.compile(r"\?lang=uk$"))
    page.goto("fixture/de/courses/?lang=ar")
    expect(page.locator("select[name=lang]")).to_have_value("ar")
    expect(page.locator(".ww-filterable li[data-place]:visible")).to_have_count(1)
    shoot(page, "fixture-filter")


def test_filters_work_from_the_keyboard(page: Page) -> None:
    page.goto("fixture/de/courses/")
    page.locator("select[name=lang]").focus()
    page.keyboard.press("End")
    expect(page).to_have_url(re.compile(r"\?lang=\w+$"))


def test_without_javascript_the_full_list_is_there(browser: Browser, server: str) -> None:
    context = browser.new_context(base_url=server, java_script_enabled=False)
    page = context.new_page()
    page.goto("de/courses/?lang=ar")
    expect(page.locator(".ww-filterable li[data-place]:visible")).to_have_count(25)
    expect(page.locator("form.ww-filters button[type=submit]")).to_be_visible()
    context.close()


def test_phone_layout_has_no_horizontal_scroll(browser: Browser, server: str) -> None:
    context = browser.new_context(base_url=server, viewport=PHONE, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    for path in ("de/", "de/courses/", "ar/courses/", "de/courses/integrationskurs-vhs-hildesheim/",
                 "en/course-guide/"):
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width}px wide"
    shoot(page, "en-course-guide-phone")
    context.close()


def _internal_links(page: Page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('a[href]')].map(a => a.href)
        .filter(h => h.startsWith(location.origin) && !h.includes('#'))""")


def test_under_a_sub_path_on_another_port_links_and_the_language_switch_work(browser: Browser, site: Path) -> None:
    httpd, root = serve(site, "/preview/pr-7/")  # as a pull-request preview would be served
    context = browser.new_context(base_url=root)
    page = context.new_page()
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    try:
        page.goto(f"{root}de/course-guide/integrationskurs/")
        links = _internal_links(page)
        assert links and all(link.startswith(root) for link in links)
        assert [link for link in links if page.request.get(link).status != 200] == []
        page.locator(".md-header .md-select").hover()
        page.locator("a.md-select__link[hreflang='ar']").click()
        expect(page).to_have_url(f"{root}ar/course-guide/integrationskurs/")
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        page.locator(".ww-facts a[href*='course-guide/']").first.click()
        expect(page).to_have_url(re.compile(rf"^{re.escape(root)}ar/course-guide/[\w-]+/$"))
        shoot(page, "ar-sub-path")
    finally:
        context.close()
        httpd.shutdown()
    assert failed == []


def test_a_copy_opened_from_disk_works(browser: Browser, tmp_path: Path, base_url: str) -> None:
    for language in ("de", "uk"):
        result = build_site(tmp_path, language, base_url, FIXTURES / "valid", DIRECTORY_URLS="false")
        assert result.returncode == 0, result.stderr
    write_root_page(tmp_path, base_url, "--file-urls")
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto((tmp_path / "index.html").as_uri())
    page.get_by_role("link", name="Deutsch").click()
    page.locator("a.ww-tile").first.click()
    expect(page.locator("h1")).to_contain_text("Welcher Deutschkurs passt zu mir?")
    page.locator(".ww-guide-answers a").first.click()
    expect(page).to_have_url(re.compile(r"/de/guide/[\w-]+\.html$"))
    page.go_back()
    page.go_back()
    page.locator("a.ww-tile").nth(1).click()
    expect(page).to_have_url(re.compile(r"/de/courses/index\.html$"))
    page.get_by_role("link", name="Kurs A in Beispielstadt").first.click()
    expect(page.locator("h1")).to_contain_text("Kurs A in Beispielstadt")
    page.locator(".md-header .md-select").hover()
    page.locator("a.md-select__link[hreflang='uk']").click()
    expect(page).to_have_url(re.compile(r"/uk/courses/kurs-a-beispielstadt\.html$"))
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    shoot(page, "uk-from-disk")
    context.close()
