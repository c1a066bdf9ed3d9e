"""Networks of the concept: the schema, references in both directions, and the pages in German and Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from conftest import FIXTURES, LANGUAGES, ROOT, shoot
from test_validation import edit, problems, tree  # noqa: F401 - tree is the fixture the mistakes are made in
from wegweiser.catalogs import load_translations
from wegweiser.html import render_pages
from wegweiser.model.entries import Directory, Entry
from wegweiser.model.fallbacks import CONVENOR, fallbacks
from wegweiser.schema import REFERENCES
from wegweiser.source import load_directory
from wegweiser.views import build_views
from wegweiser.views.builder import SiteViews, entry_path, list_path, page_url
from wegweiser.views.networks import members, networks_of

NETWORK = "networks/netzwerk-beispiel.yml"
PLACE = "directory/networks/netzwerk-beispiel.yml"


def _real() -> Directory:
    directory, found = load_directory(ROOT / "directory")
    assert [problem for problem in found if "networks" in problem.file] == []
    return directory


def test_every_real_network_is_valid_and_every_id_in_it_resolves() -> None:
    directory = _real()
    networks = directory.of_kind("networks")
    assert {network.id for network in networks} == {p.stem for p in (ROOT / "directory" / "networks").glob("*.yml")}
    for network in networks:
        assert network.get("source")["concept_section"]
        for name, kind in REFERENCES["networks"].items():
            assert len(directory.refs(network, name, kind)) == len(network.refs(name)), (network.id, name)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("rhythm: quarterly", "rhythm: vierteljährlich",
     f"{PLACE}:4:9 rhythm: 'vierteljährlich' ist nicht erlaubt. Erlaubt sind: monthly, quarterly, half_yearly, "
     "yearly, unknown."),
    ("category: working_group", "category: arbeitskreis",
     f"{PLACE}:3:11 category: 'arbeitskreis' ist nicht erlaubt. Erlaubt sind: committee, working_group, meeting, "
     "network, newsletter."),
    ("rhythm: quarterly\n", "",
     f"{PLACE}:1:1: Pflichtfeld 'rhythm' fehlt. Ergänzen Sie: Wie oft es sich trifft oder erscheint, wie es das "
     "Integrationskonzept sagt: monthly, quarterly, half_yearly, yearly; unknown, wenn es dort nicht steht."),
    ("convenors: [beispiel-traeger]", "convenors: [beispiel-traegr]",
     f"{PLACE}:5:13 convenors[0]: Unbekannte ID 'beispiel-traegr' (gesucht in directory/providers/). "
     "Meinten Sie 'beispiel-traeger'?"),
    ("convenors: [beispiel-traeger]", "convenors: beispiel-traeger",
     f"{PLACE}:5:12 convenors: Erwartet wird eine Liste, gefunden wurde ein Text. Gemeint ist: Wer es leitet oder "
     "herausgibt (IDs von Trägern und Stellen); nur, wenn das Integrationskonzept es nennt."),
    ("member_helpers: [helfer-beispielstadt]", "member_helpers: [beispiel-traeger]",
     f"{PLACE}:7:18 member_helpers[0]: Unbekannte ID 'beispiel-traeger' (gesucht in directory/helpers/). "
     "Legen Sie zuerst directory/helpers/beispiel-traeger.yml an."),
    ("member_municipalities: [beispielstadt]", "member_municipalities: [beispielstadt, beispielstadt]",
     f"{PLACE}:6:24 member_municipalities: Die Liste enthält einen Wert doppelt. Löschen Sie den doppelten Wert."),
])
def test_mistakes_in_a_network_give_one_located_message(tree: Path, old: str, new: str,  # noqa: F811
                                                        expected: str) -> None:
    edit(tree, NETWORK, old, new)
    assert problems(tree) == [expected]


def _pages(directory: Directory, language: str) -> dict[str, str]:
    views = build_views(directory, language, load_translations(ROOT / "translations", language), tuple(LANGUAGES))
    return {page.path: page.html for page in render_pages(views)}


def _href(directory: Directory, language: str, source: Entry | str, target: Entry) -> str:
    """Return the href attribute of a link from the page of source (an entry or a page path) to target's page."""
    site = SiteViews(directory, language, load_translations(ROOT / "translations", language), tuple(LANGUAGES))
    path = source if isinstance(source, str) else entry_path(source)
    return f'href="{site.page(path).url(entry_path(target))}"'


def _linked_pairs(directory: Directory) -> list[tuple[Entry, Entry]]:
    """Return (network, entry) for every convenor and member a network names."""
    return [(network, other) for network in directory.of_kind("networks")
            for other in members(directory, network) + directory.refs(network, "convenors", "providers")]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_each_network_page_lists_its_members_and_each_member_page_links_back(language: str) -> None:
    directory = _real()
    pages = _pages(directory, language)
    pairs = _linked_pairs(directory)
    assert len(pairs) > 40
    for network, other in pairs:
        assert _href(directory, language, network, other) in pages[entry_path(network)], (network.id, other.id)
        assert _href(directory, language, other, network) in pages[entry_path(other)], (other.id, network.id)
    assert 'id="members"' in pages["networks/treffen-integrationshelfer.md"]


def test_members_of_every_kind_get_a_networks_section() -> None:
    directory, _ = load_directory(FIXTURES / "valid")
    pages = _pages(directory, "de")
    network = directory.get("networks", "netzwerk-beispiel")
    kinds = set()
    for _network, other in _linked_pairs(directory):
        assert networks_of(directory, other) == [network]
        assert 'id="networks"' in pages[entry_path(other)]
        kinds.add(other.kind)
    assert kinds == {"providers", "municipalities", "helpers"}
    assert "federführend" in pages["providers/beispiel-traeger.md"]
    assert 'id="networks"' not in pages["courses/kurs-a-beispielstadt.md"]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_network_pages_build(site: Path, language: str) -> None:
    directory = _real()
    listing = (site / language / "networks" / "index.html").read_text(encoding="utf-8")
    for network in directory.of_kind("networks"):
        html = (site / language / page_url(entry_path(network)) / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{language}"' in html and f'id="{network.id}"' in html
        assert _href(directory, language, list_path("networks"), network) in listing
    assert ('dir="rtl"' in listing) == (language == "ar")


def test_arabic_network_page_fits_a_phone(browser: Browser, server: str) -> None:
    context = browser.new_context(base_url=server, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto("ar/networks/treffen-integrationshelfer/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    directory = _real()
    network = directory.get("networks", "treffen-integrationshelfer")
    assert page.locator("#members + ul li").count() == len(members(directory, network))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shoot(page, "network-ar-360")
    context.close()


def test_a_network_without_contact_sends_the_reader_to_its_convenor_first() -> None:
    directory, _ = load_directory(FIXTURES / "valid")
    network = directory.get("networks", "netzwerk-beispiel")
    first = fallbacks(network, directory)[0]
    assert (first.reason, first.entry) == (CONVENOR, directory.get("providers", "beispiel-traeger"))
    assert "Federführende Stelle: <a" in _pages(directory, "de")[entry_path(network)]
