"""Right to left: German names, brackets and separators inside Arabic and Persian text stay whole, and the search
box and its results are mirrored on a phone without anything drawn over anything else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, expect

from conftest import ROOT, shoot
from layout import wider_than_screen
from wegweiser.views.bidi import latin_runs
from wegweiser.views.elements import Isolated

PHONE = {"width": 360, "height": 740}
BRACKETED_GERMAN = re.compile(r"\([A-Za-zÄÖÜäöüß][^()]*\)")


def test_latin_runs_keep_brackets_and_gender_stars_whole() -> None:
    assert latin_runs("مساعدو (Kommunale Integrationshelfer*innen) في") == (
        "مساعدو ", Isolated("(Kommunale Integrationshelfer*innen)"), " في")
    assert latin_runs("دورة (Kinderbetreuung") == ("دورة ", Isolated("(Kinderbetreuung"))
    assert latin_runs("جمعية Asyl e.V. في هيلدسهايم") == ("جمعية ", Isolated("Asyl e.V."), " في هيلدسهايم")


def test_text_without_latin_letters_is_left_as_it_is() -> None:
    assert latin_runs("دورة لغة ٤٥٠ ساعة") is None


def _bracketed_german(language: str) -> list[tuple[Path, str]]:
    """Return each German term in brackets of the entries' texts in language, with the entry's file."""
    found = []
    for file in sorted((ROOT / "directory" / "providers").glob("*.yml")):
        entry = yaml.safe_load(file.read_text(encoding="utf-8"))
        text = (entry.get("description") or {}).get(language)
        text = text.get("text") if isinstance(text, dict) else text
        found += [(file, term) for term in BRACKETED_GERMAN.findall(text or "")]
    return found


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_german_in_brackets_is_isolated_on_entry_pages(site: Path, language: str) -> None:
    terms = _bracketed_german(language)
    assert terms  # the translated descriptions name the German in brackets (the editors' guide asks for it)
    for file, term in terms:
        html = (site / language / "providers" / file.stem / "index.html").read_text(encoding="utf-8")
        assert f"<bdi>{term}</bdi>" in html.replace("&#39;", "'"), (file.name, term)


def test_left_to_right_pages_carry_no_isolation_of_latin_text(site: Path) -> None:
    assert "<bdi>(" not in (site / "en" / "providers" / "gesundheitsamt" / "index.html").read_text(encoding="utf-8")


@pytest.mark.browser
@pytest.mark.parametrize("language", ["ar", "fa"])
def test_search_is_mirrored_and_nothing_overlaps_on_a_phone(browser: Browser, server: str, language: str) -> None:
    context = browser.new_context(base_url=server, viewport=PHONE)
    page = context.new_page()
    page.goto(f"{language}/search/?q=Integrationskurs")
    results = page.locator(".pagefind-ui__result")
    expect(results.first).to_be_visible(timeout=15_000)
    shoot(page, f"{language}-search-phone")
    box = page.locator(".pagefind-ui__search-input")
    assert box.evaluate("(e) => getComputedStyle(e).direction") == "rtl"
    input_box, clear = box.bounding_box(), page.locator(".pagefind-ui__search-clear").bounding_box()
    assert clear["x"] + clear["width"] <= input_box["x"] + input_box["width"] / 2, "clear button on the left"
    overlapping = page.evaluate("""() => {
      const boxes = [...document.querySelectorAll(".pagefind-ui__result-title, .pagefind-ui__result-excerpt")]
        .map((e) => e.getBoundingClientRect());
      return boxes.some((a, i) => boxes.slice(i + 1).some((b) =>
        a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1));
    }""")
    assert not overlapping
    assert wider_than_screen(page) == []
    context.close()
