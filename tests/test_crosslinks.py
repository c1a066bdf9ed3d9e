"""Links between the concept and the directory, in the built site, both ways.

The concept's pages link what they name to its page; each entry page links back to the sections that
name it. Both are checked on the built HTML (German), independently of how the build derived them.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag

import pytest
import yaml

from conftest import ROOT, build_site
from wegweiser.site.concept_links import unlink_missing

CONCEPT = "concept"
NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.? ")


class _Article(HTMLParser):
    """Record, in page order, the headings (id, text) and links (href, numbered section above it) of the content."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str | None, str | None]] = []  # (href, section number, class of its paragraph)
        self.section: str | None = None
        self._inside = 0
        self._heading: tuple[str, list[str]] | None = None
        self._paragraph: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "article":
            self._inside += 1
        if not self._inside:
            return
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = (values.get("id") or "", [])
        elif tag == "p":
            self._paragraph = values.get("class")
        elif tag == "a" and values.get("href") and self._heading is None:
            self.links.append((values["href"], self.section, self._paragraph))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._inside -= 1
        elif tag == "p":
            self._paragraph = None
        elif self._heading and re.fullmatch(r"h[1-6]", tag):
            numbered = NUMBERED.match("".join(self._heading[1]).strip())
            if numbered:
                self.section = numbered.group(1)
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._heading:
            self._heading[1].append(data)


def _parse(page: Path) -> _Article:
    parser = _Article()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _target(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """Return the built file a relative link from page leads to, and its anchor."""
    url, anchor = urldefrag(href)
    folder = page.parent.relative_to(site).as_posix()
    path = posixpath.normpath(posixpath.join(folder, url)) if url else folder
    return site / path / "index.html", anchor


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory, base_url: str) -> Path:
    site = tmp_path_factory.mktemp("crosslinks")
    result = build_site(site, "de", base_url)
    assert result.returncode == 0, result.stderr
    return site / "de"


def _concept_links(german: Path) -> list[tuple[Path, str, Path, str]]:
    """Return (concept page, section, entry page, link) for every link from the concept's chapters to an entry page.

    The chapters are the concept's Markdown pages; their data blocks (the measures of chapter 5) count too.
    """
    found = []
    pages = [german / CONCEPT / markdown.stem / "index.html" for markdown in (ROOT / "docs" / CONCEPT).glob("*-*.md")]
    for page in sorted(pages):
        for href, section, _css in _parse(page).links:
            target, _anchor = _target(german, page, href)
            if href.startswith("../../") and CONCEPT not in target.relative_to(german).parts and section:
                found.append((page, section, target, href))
    return found


def test_the_concept_links_what_the_directory_holds(german: Path) -> None:
    links = _concept_links(german)
    kinds = {target.relative_to(german).parts[0] for _page, _section, target, _href in links}
    assert len(links) > 50
    assert {"providers", "course-guide", "counselling", "networks", "municipalities"} <= kinds


def test_every_link_from_the_concept_leads_to_a_page(german: Path) -> None:
    for page, _section, target, href in _concept_links(german):
        assert target.is_file(), f"{page.relative_to(german)}: {href}"


def test_every_entry_the_concept_links_links_back_to_that_section(german: Path) -> None:
    for page, section, target, _href in _concept_links(german):
        if target.parent.name in ("helpers", "round-tables"):  # list pages, not entries
            continue
        back = [(href, css) for href, _s, css in _parse(target).links if css == "ww-concept-links"]
        anchors = [_target(german, target, href) for href, _css in back]
        concept_page_ids = _parse(page).ids
        assert any(file == page and anchor in concept_page_ids and anchor.startswith(section.replace(".", ""))
                   for file, anchor in anchors), f"{target.relative_to(german)} does not link back to {section}"


def test_every_link_back_leads_to_a_section_that_names_the_entry_or_its_source(german: Path) -> None:
    named: dict[Path, set[str]] = {}
    for _page, section, target, _href in _concept_links(german):
        named.setdefault(target, set()).add(section)
    checked = 0
    for kind in ("providers", "course-types", "counselling", "networks", "municipalities", "courses", "helpers"):
        folder = {"course-types": "course-guide"}.get(kind, kind)
        for file in sorted((ROOT / "directory" / kind).glob("*.yml")):
            page = german / folder / file.stem / "index.html"
            cited = yaml.safe_load(file.read_text(encoding="utf-8")).get("source", {}).get("concept_section")
            for href, _section, css in _parse(page).links:
                if css != "ww-concept-links":
                    continue
                target, anchor = _target(german, page, href)
                assert target.is_file() and anchor in _parse(target).ids, f"{page}: {href}"
                number = next(s for s in _parse(target).ids if s == anchor)
                assert any(number.startswith(s.replace(".", "")) for s in named.get(page, set()) | {cited or ""}
                           if s), f"{page.relative_to(german)}: {href}"
                checked += 1
    assert checked > 100


def test_built_from_another_directory_a_link_to_a_missing_entry_shows_as_text() -> None:
    markdown = "Die [VHS](../providers/vhs-hildesheim.md) und [Abschnitt 3.4](3-rahmenbedingungen.md#34-x)."
    existing = {"concept/3-rahmenbedingungen.md"}
    assert unlink_missing(markdown, "concept/4-netzwerke.md", existing.__contains__) == (
        "Die VHS und [Abschnitt 3.4](3-rahmenbedingungen.md#34-x).")
