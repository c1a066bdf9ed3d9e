"""List filters that lead somewhere: only languages some entry records, and a next step when nothing is left."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from conftest import ROOT
from wegweiser.catalogs import load_translations
from wegweiser.html import render_page
from wegweiser.source import load_directory
from wegweiser.views import build_views

LANGUAGES_SELECT = re.compile(r'<select name="lang">(.*?)</select>', re.S)


@pytest.fixture(scope="module")
def lists() -> dict[str, str]:
    """The course and counselling lists of the real directory, in German."""
    directory, problems = load_directory(ROOT / "directory")
    assert problems == []
    views = build_views(directory, "de", load_translations(ROOT / "translations", "de"), ("de", "en"))
    return {v.path: render_page(v).html for v in views if v.path in ("courses/index.md", "counselling/index.md")}


def test_languages_offered_are_those_entries_record(lists: dict[str, str]) -> None:
    directory, _ = load_directory(ROOT / "directory")
    recorded = sorted({code for e in directory.of_kind("counselling") for code in e.get("languages", [])})
    assert recorded  # else this test proves nothing
    options = re.findall(r'<option value="(\w*)">', LANGUAGES_SELECT.search(lists["counselling/index.md"]).group(1))
    assert options == ["", *recorded]


def test_without_recorded_languages_the_list_says_so_and_names_who_helps(lists: dict[str, str]) -> None:
    directory, _ = load_directory(ROOT / "directory")
    assert not any(e.get("languages") for e in directory.of_kind("courses"))
    html = lists["courses/index.md"]
    assert not LANGUAGES_SELECT.search(html)
    note = re.search(r'<p class="ww-note">Bei diesen Einträgen ist noch nicht eingetragen.*?</p>', html, re.S).group()
    assert 'href="../counselling/#migration"' in note
    online = [e for e in directory.of_kind("counselling") if "migration" in e.get("nationwide", [])]
    assert online and all(f'href="../counselling/{e.id}/"' in note for e in online)


@pytest.mark.browser
def test_a_filter_that_leaves_nothing_names_a_next_step(page: Page) -> None:
    page.goto("de/courses/")
    empty = page.evaluate("""() => {
      const items = [...document.querySelectorAll(".ww-filterable li[data-place]")];
      const values = (name) => [...document.querySelectorAll(`select[name=${name}] option`)].map((o) => o.value)
        .filter(Boolean);
      for (const place of values("place")) for (const type of values("type"))
        if (!items.some((i) => i.dataset.place.split(" ").includes(place) && i.dataset.type === type))
          return [place, type];
      return null;
    }""")
    assert empty, "every place offers every kind of course: no empty combination to try"
    page.locator("select[name=place]").select_option(empty[0])
    page.locator("select[name=type]").select_option(empty[1])
    expect(page.locator(".ww-filterable li[data-place]:visible")).to_have_count(0)
    expect(page.locator(".ww-filter-status")).to_have_text("Keine passenden Einträge.")
    steps = page.locator(".ww-filter-none a")
    expect(steps.first).to_be_visible()
    steps.first.click()
    expect(page).to_have_url(re.compile(r"/de/counselling/#migration$"))
    page.goto(f"de/courses/?place={empty[0]}")
    expect(page.locator(".ww-filter-none")).to_be_hidden()
