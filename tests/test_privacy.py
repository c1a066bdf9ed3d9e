"""Privacy: the site sends nothing about its readers to anyone else, keeps nothing about them in their
browser, and does not go public without a publisher who answers for it.

Three levels: the built files of every language hold no address of another host that a browser would load;
a real browser touring every type of page in German and Arabic asks no other host and is left with no
cookie and no stored data; the publisher check stops a public build and the pages say what is missing.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page

from conftest import LANGUAGES, ROOT, build_site
from page_tour import tour
from wegweiser.catalogs import load_translations
from wegweiser.html import render_pages
from wegweiser.messages import identity
from wegweiser.model.entries import Directory
from wegweiser.model.publisher import FIELDS, Publisher, read_publisher
from wegweiser.site.publisher import is_public, publisher_problems
from wegweiser.views.builder import SiteViews
from wegweiser.views.legal import legal_pages

# Links that make the browser load what they point to (a plain <a href> only leads the reader there).
LOADING_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch", "icon",
                "apple-touch-icon", "mask-icon", "manifest"}
LOADING_ATTRIBUTES = {"src", "srcset", "poster", "data", "action", "formaction"}
ABSOLUTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
CSS_URL = re.compile(r"""(?:url\(\s*["']?|@import\s+["'])((?:[a-z][a-z0-9+.-]*:)?//[^"')\s]+)""", re.I)
# In scripts: absolute addresses, and protocol-relative ones that name a host (not "//" starting a comment).
JS_URL = re.compile(r"""["'`](https?://[^"'`\s]+|//[\w-]+\.[\w.-]+[^"'`\s]*)""")
# Addresses of other hosts written in the scripts the site ships (the theme's, Pagefind's, ours), and why
# none of them is ever requested. A new one fails the test until someone has looked at it.
KNOWN_SCRIPT_URLS = {
    "http://www.w3.org/2000/svg": "the SVG namespace: a name, never requested",
    "https://example.com": "Pagefind's base for parsing relative result URLs, never requested",
    "https://p": "the same, in Pagefind's interface",
    "https://unpkg.com/resize-observer-polyfill": "only without ResizeObserver, which assets/theme-setup.js "
                                                  "defines first (test_csp.py: old browser)",
    "https://unpkg.com/mermaid@": "only for Mermaid diagrams; no page has one (checked below)",
    "https://api.github.com/": "facts of the repository, only with repo_url, which is not set (checked below)",
    "https://${e}/api/v4/": "the same for GitLab",
}


class _Loads(HTMLParser):
    """Collect every address in a page that the browser would load by itself."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        for name in LOADING_ATTRIBUTES & attributes.keys():
            self.urls += [part.split()[0] for part in attributes[name].split(",") if part.strip()]
        rels = set(attributes.get("rel", "").lower().split())
        if tag == "link" and rels & LOADING_RELS:
            self.urls.append(attributes.get("href", ""))
        if tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
            self.urls.append(attributes.get("content", "").partition("url=")[2])
        self.urls += CSS_URL.findall(attributes.get("style", ""))
        self._style = tag == "style"

    def handle_data(self, data: str) -> None:
        if self._style:
            self.urls += CSS_URL.findall(data)

    def handle_endtag(self, tag: str) -> None:
        self._style = False


def built_files(site: Path, suffix: str) -> list[Path]:
    """Return the files ending in suffix of every language build, and the root language chooser."""
    files = [path for language in LANGUAGES for path in sorted((site / language).rglob(f"*{suffix}"))]
    return [site / "index.html", *files] if suffix == ".html" else files


def test_pages_load_nothing_from_another_host(site: Path) -> None:
    found = {}
    for path in built_files(site, ".html"):
        parser = _Loads()
        parser.feed(path.read_text(encoding="utf-8"))
        if outside := [url for url in parser.urls if ABSOLUTE.match(url)]:
            found[str(path.relative_to(site))] = outside
    assert found == {}


def test_stylesheets_load_nothing_from_another_host(site: Path) -> None:
    found = {str(path.relative_to(site)): urls for path in built_files(site, ".css")
             if (urls := CSS_URL.findall(path.read_text(encoding="utf-8", errors="replace")))}
    assert found == {}


def test_scripts_name_no_other_host_but_the_known_unused_ones(site: Path) -> None:
    unknown = {}
    for path in built_files(site, ".js"):
        urls = JS_URL.findall(path.read_text(encoding="utf-8", errors="replace"))
        if new := sorted({url for url in urls if not url.startswith(tuple(KNOWN_SCRIPT_URLS))}):
            unknown[str(path.relative_to(site))] = new
    assert unknown == {}


def test_what_would_reach_the_known_hosts_is_absent(site: Path) -> None:
    """The theme fetches Mermaid only for diagrams, and repository facts only with a repository link."""
    pages = built_files(site, ".html")
    assert pages
    offending = [str(path.relative_to(site)) for path in pages
                 if re.search(r'class="mermaid"|data-md-component="source"', path.read_text(encoding="utf-8"))]
    assert offending == []


FOOTER = re.compile(r'<nav class="md-copyright ww-footer-links"[^>]*>(.*?)</nav>', re.S)


def test_every_page_links_the_publisher_pages_and_leichte_sprache(site: Path) -> None:
    """The footer of every page in every language leads to the five pages (the publisher's, the open data and
    Leichte Sprache), and they exist."""
    wrong = {}
    for path in built_files(site, ".html")[1:]:
        url = "http://site/" + path.relative_to(site).as_posix().removesuffix("index.html")
        footer = FOOTER.search(path.read_text(encoding="utf-8"))
        targets = [urlsplit(urljoin(url, href)).path for href in re.findall(r'href="([^"]*)"', footer[1])] \
            if footer else []
        names = [target.rstrip("/").rpartition("/")[2] for target in targets]
        missing = [target for target in targets if not (site / target.lstrip("/") / "index.html").is_file()]
        if names != ["impressum", "datenschutz", "barrierefreiheit", "offene-daten", "leichte-sprache"] or missing:
            wrong[str(path.relative_to(site))] = targets
    assert wrong == {}


@pytest.mark.browser
@pytest.mark.parametrize("language", ["de", "ar"])
def test_reading_asks_no_other_host_and_leaves_nothing_behind(page: Page, site: Path, server: str,
                                                              language: str) -> None:
    """No request leaves the site's origin, no cookie is set, nothing is kept in the browser's storage.

    The theme can keep settings in localStorage (colour palette, last chosen tab, a dismissed banner) and
    facts of a repository in sessionStorage; the site uses none of these features, so nothing is stored.
    """
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(server) else None)
    visited = tour(page, site, server, language)
    page.wait_for_load_state("networkidle")
    storage = page.evaluate("() => [Object.keys(localStorage), Object.keys(sessionStorage), document.cookie]")
    assert len(visited) >= 10
    assert (outside, page.context.cookies(), storage) == ([], [], [[], [], ""])


# The publisher: checked before a public build; the pages say what is still missing.

EXAMPLE = {key: f"Beispiel {key}" for key in FIELDS} | {
    "email": "impressum@example.org", "accessibility_contact": "barrieren@example.org",
    "address": "Beispielstraße 1\n00000 Beispielstadt"}


@pytest.mark.parametrize(("url", "public"), [
    ("http://127.0.0.1:8000/de/", False), ("http://localhost/de/", False), ("http://[::1]:8000/de/", False),
    ("https://wegweiser.example.org/de/", True), ("https://example.org/sub/folder/de/", True)])
def test_public_builds_are_those_for_another_host(url: str, public: bool) -> None:
    assert is_public(url) is public


def test_a_public_build_needs_every_detail() -> None:
    publisher, unknown, wrong = read_publisher({"name": "Beispiel", "email": None})
    messages = [m.translate(identity) for m in publisher_problems(publisher, unknown, wrong, "https://example.org/de/")]
    assert messages == [
        "Die Seite wird für die öffentliche Adresse https://example.org/de/ gebaut, aber es fehlen Angaben des "
        f"Herausgebers: {', '.join(key for key in FIELDS if key != 'name')}. Tragen Sie sie unter extra.publisher "
        "ein; ohne sie gehen Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit nicht online."]
    assert publisher_problems(publisher, unknown, wrong, "http://127.0.0.1:8000/de/") == []
    assert publisher_problems(*read_publisher(EXAMPLE), "https://example.org/de/") == []


def test_mistakes_in_the_publisher_block_stop_every_build() -> None:
    publisher, unknown, wrong = read_publisher({"nmae": "Beispiel", "phone": ["+49"]})
    messages = [m.translate(identity) for m in publisher_problems(publisher, unknown, wrong, "http://127.0.0.1/de/")]
    assert messages == [
        f"Unbekannte Angabe nmae. Möglich sind: {', '.join(FIELDS)}. Prüfen Sie die Schreibweise.",
        "Die Angabe phone muss ein Text sein. Schreiben Sie ihn in Anführungszeichen, z. B. name: \"Landkreis …\"."]


def test_the_real_build_for_a_public_address_stops_naming_the_file_and_keys(tmp_path: Path) -> None:
    result = build_site(tmp_path, "de", "https://wegweiser.example.org/")
    line = next(number for number, text in enumerate((ROOT / "mkdocs.yml").read_text().splitlines(), 1)
                if text.strip() == "publisher:")
    assert result.returncode != 0
    assert f"mkdocs.yml:{line} (extra.publisher): Die Seite wird für die öffentliche Adresse " in result.stderr
    assert ", ".join(FIELDS) in result.stderr  # the repository's block is empty: every key is missing


def _legal_html(publisher: Publisher, language: str) -> dict[str, str]:
    site = SiteViews(Directory(), language, load_translations(ROOT / "translations", language), tuple(LANGUAGES))
    return {page.path: page.html for page in render_pages(legal_pages(site, publisher))}


def test_pages_say_which_details_are_missing() -> None:
    pages = _legal_html(Publisher({"name": "Beispiel-Landkreis"}), "de")
    assert all("Angaben des Herausgebers fehlen noch" in html for html in pages.values())
    assert "<li>Anschrift</li>" in pages["impressum.md"] and "<li>Herausgeber</li>" not in pages["impressum.md"]
    assert "Beispiel-Landkreis" in pages["impressum.md"]


def test_complete_pages_show_the_details_as_text() -> None:
    publisher = read_publisher(EXAMPLE | {"name": "Landkreis <b>*Beispiel*</b>"})[0]
    pages = _legal_html(publisher, "de")
    assert not any("fehlen noch" in html or "fehlt noch" in html for html in pages.values())
    assert "Landkreis &lt;b&gt;*Beispiel*&lt;/b&gt;" in pages["impressum.md"]
    assert '<a href="mailto:barrieren@example.org" dir="ltr">' in pages["barrierefreiheit.md"]
    assert "Beispielstraße 1<br>00000 Beispielstadt</address>" in pages["impressum.md"]


def test_in_other_languages_the_german_text_is_marked_and_announced() -> None:
    html = _legal_html(read_publisher(EXAMPLE)[0], "ar")["datenschutz.md"]
    assert '<span lang="de" dir="ltr">Diese Website besteht aus festen Seiten.' in html
    assert 'class="ww-notice"' in html
