"""No dead ends: every page without contact details offers something to do in one tap, and reports can be sent.

The walk follows the fallbacks of every entry of the real, the fixture and a synthetic directory as a reader
would; it fails on a page that offers nothing and on fallbacks that only lead around in a loop.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from conftest import FIXTURES, LANGUAGES, ROOT
from wegweiser import synthetic
from wegweiser.catalogs import load_translations
from wegweiser.html import render_pages
from wegweiser.model.entries import Directory, Entry
from wegweiser.model.fallbacks import (
    CONTACT,
    MAP_SEARCH,
    NATIONWIDE,
    Action,
    direct_actions,
    fallbacks,
    has_contact,
    is_nationwide,
    map_query,
    walk,
)
from wegweiser.model.text import localize
from wegweiser.repository import Repository
from wegweiser.schema import schema
from wegweiser.source import load_directory
from wegweiser.views import build_views, entry_path
from wegweiser.views.report_link import ISSUE_FORM, report_url

ISSUE_FORM_FILE = ROOT / ".github" / "ISSUE_TEMPLATE" / ISSUE_FORM
REPOSITORY = Repository("https://github.com/example/wegweiser")
EDITORS = "redaktion@example.org"


@cache
def _directory(root: Path) -> Directory:
    """Load a directory once for the module (the tests only read it)."""
    directory, problems = load_directory(root)
    assert problems == []
    return directory


@pytest.fixture(scope="module")
def synthetic_directory(tmp_path_factory: pytest.TempPathFactory) -> Directory:
    root = tmp_path_factory.mktemp("synthetic-dead-ends")
    synthetic.generate(root, 150)
    return _directory(root)


def _german_name(entry: Entry) -> str:
    return localize(entry.get("name"), "de").text


def _with_contact_section(directory: Directory) -> list[Entry]:
    return [entry for entry in directory if "contact" in schema(entry.kind)["properties"]]


def _stuck(directory: Directory) -> dict[str, list[str]]:
    """Return, per page that offers nothing in one tap, the pages a reader passes looking for something to do."""
    walks = {f"{entry.kind}/{entry.id}": walk(entry, directory) for entry in _with_contact_section(directory)}
    return {start: [f"{page.kind}/{page.id}" for page in pages] for start, pages in walks.items() if pages}


@pytest.mark.parametrize("root", [ROOT / "directory", FIXTURES / "valid"], ids=["real", "fixture"])
def test_every_page_offers_an_action_within_one_tap(root: Path) -> None:
    directory = _directory(root)
    assert _with_contact_section(directory)
    assert _stuck(directory) == {}


def test_every_synthetic_page_offers_an_action_within_one_tap(synthetic_directory: Directory) -> None:
    assert _stuck(synthetic_directory) == {}


def test_the_real_directory_mostly_relies_on_what_is_not_a_recorded_contact() -> None:
    """Almost nothing has a contact yet: the actions are the nationwide services' contacts and map searches."""
    directory = _directory(ROOT / "directory")
    kinds = {action.kind for entry in _with_contact_section(directory) for action in direct_actions(entry, directory)}
    assert kinds == {CONTACT, MAP_SEARCH}


def test_the_walk_reports_a_loop_of_pages_without_action() -> None:
    """A municipality and its helper point at each other; with nothing to do on either, the walk shows both."""
    directory = _directory(FIXTURES / "valid")
    municipality = directory.get("municipalities", "beispielstadt")
    helper = directory.get("helpers", "helfer-beispielstadt")
    assert [f.entry for f in fallbacks(municipality, directory)][:1] == [helper]
    chain = walk(municipality, directory, actions=lambda entry, _: [])
    assert chain[:2] == [municipality, helper]
    assert len(chain) == len(set(map(id, chain)))  # each page once: the walk ends where the loop closes


def test_the_walk_counts_the_taps_to_the_next_action() -> None:
    directory = _directory(FIXTURES / "valid")
    municipality = directory.get("municipalities", "beispielstadt")
    helper = directory.get("helpers", "helfer-beispielstadt")
    only_the_helper = lambda entry, _: [Action(CONTACT, entry)] if entry is helper else []  # noqa: E731
    assert walk(municipality, directory, actions=only_the_helper) == [municipality]
    assert walk(helper, directory, actions=only_the_helper) == []


def test_map_search_names_the_organisation_and_its_place() -> None:
    directory = _directory(ROOT / "directory")
    course = directory.get("courses", "integrationskurs-vhs-hildesheim")
    provider = directory.get("providers", course.get("provider"))
    assert map_query(course, directory).startswith(_german_name(provider))
    assert map_query(directory.get("helpers", "integrationshelfer-sarstedt"), directory) == "Rathaus Sarstedt"
    assert map_query(directory.get("counselling", "mbeon"), directory) is None  # nationwide: no place


def test_nationwide_services_are_confirmed_public_sources_not_the_concept() -> None:
    directory = _directory(ROOT / "directory")
    services = [entry for entry in directory.of_kind("counselling") if is_nationwide(entry)]
    assert {s.id for s in services} == {"bamf-buergerservice", "mbeon"}
    for service in services:
        assert set(service.get("source")) == {"url", "accessed"}, service.id  # no concept section: not from it
        assert has_contact(service)
        assert not service.get("areas_served")


@pytest.mark.parametrize(("kind", "entry_id", "service"), [
    ("courses", "integrationskurs-vhs-hildesheim", "bamf-buergerservice"),
    ("counselling", "auslaenderbehoerde-landkreis", "bamf-buergerservice"),
    ("helpers", "integrationshelfer-sarstedt", "mbeon"),
])
def test_nationwide_services_are_offered_where_they_cover_the_case(kind: str, entry_id: str, service: str) -> None:
    directory = _directory(ROOT / "directory")
    nationwide = [f.entry.id for f in fallbacks(directory.get(kind, entry_id), directory) if f.reason == NATIONWIDE]
    assert nationwide == [service]


def test_a_municipality_lists_no_nationwide_service_as_one_of_the_county() -> None:
    directory = _directory(ROOT / "directory")
    views = build_views(directory, "de", load_translations(ROOT / "translations", "de"), tuple(LANGUAGES))
    html = next(page.html for page in render_pages(views) if page.path == "municipalities/sarstedt.md")
    county = html.partition("Weitere Beratungsstellen im Landkreis")[2]
    assert "counselling/mbeon/" not in county.partition("</ul>")[0]


def _issue_form_fields() -> set[str]:
    form = yaml.safe_load(ISSUE_FORM_FILE.read_text(encoding="utf-8"))
    return {field["id"] for field in form["body"] if "id" in field}


def test_the_report_opens_the_issue_form_with_the_entry_and_its_file() -> None:
    directory = _directory(ROOT / "directory")
    course = directory.get("courses", "integrationskurs-vhs-hildesheim")
    url = urlsplit(report_url(course, "ar", REPOSITORY, EDITORS))
    query = {key: values[0] for key, values in parse_qs(url.query).items()}
    assert (url.scheme, url.netloc, url.path) == ("https", "github.com", "/example/wegweiser/issues/new")
    assert query.pop("template") == ISSUE_FORM and ISSUE_FORM_FILE.exists()
    assert _german_name(course) in query.pop("title")
    assert query == {"eintrag": "courses/integrationskurs-vhs-hildesheim",
                     "datei": "directory/courses/integrationskurs-vhs-hildesheim.yml", "sprache": "ar"}
    assert set(query) <= _issue_form_fields()  # GitHub fills a form field only by its id


def test_the_report_goes_to_the_editors_by_e_mail_without_a_repository() -> None:
    directory = _directory(ROOT / "directory")
    helper = directory.get("helpers", "integrationshelfer-sarstedt")
    url = urlsplit(report_url(helper, "de", Repository(), EDITORS))
    query = {key: values[0] for key, values in parse_qs(url.query).items()}
    assert (url.scheme, url.path) == ("mailto", EDITORS)
    assert _german_name(helper) in query["subject"]
    assert "helpers/integrationshelfer-sarstedt" in query["body"] and helper.file in query["body"]


def test_there_is_no_report_address_nobody_configured() -> None:
    directory = _directory(ROOT / "directory")
    assert report_url(directory.get("courses", "integrationskurs-vhs-hildesheim"), "de", Repository(), "") is None


@pytest.mark.parametrize(("repository", "email", "expected"), [
    (REPOSITORY, "", "https://github.com/example/wegweiser/issues/new?"),
    (Repository(), EDITORS, f"mailto:{EDITORS}?"),
    (Repository(), "", None),
], ids=["issue form", "e-mail", "unconfigured"])
def test_every_entry_page_carries_the_configured_report_link(repository: Repository, email: str,
                                                              expected: str | None) -> None:
    directory = _directory(FIXTURES / "valid")
    views = build_views(directory, "fa", load_translations(ROOT / "translations", "fa"), tuple(LANGUAGES),
                        repository=repository, editors_email=email)
    entry_paths = {entry_path(entry) for entry in directory}
    pages = {page.path: page.html for page in render_pages(views) if page.path in entry_paths}
    assert len(pages) == len(entry_paths)
    for path, html in pages.items():
        if expected is None:
            assert 'class="ww-report"' not in html, path
        else:
            assert '<p class="ww-report">' in html and f'href="{expected}' in html.replace("&amp;", "&"), path
