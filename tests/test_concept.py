"""The concept's text and its data cannot drift apart: chapter 5 as built reads as the concept, item by item.

The goals and measures of chapter 5 are data (directory/fields-of-action/) shown as blocks in the concept's
Markdown. The built German pages must hold every heading of the concept and every item of chapter 5's goal and
measure lists, in the concept's order, as the source text has them; every actor must link to a page.
"""

from __future__ import annotations

import copy
import gettext
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
from mkdocs.exceptions import PluginError

from conftest import CONCEPT_SOURCE, ROOT
from wegweiser.html import render_page
from wegweiser.messages import identity
from wegweiser.model.entries import Directory, Entry
from wegweiser.reports.problems import text_line
from wegweiser.site.concept_pages import fill_blocks
from wegweiser.source import load_directory
from wegweiser.views.builder import SiteViews
from wegweiser.views.measures import CHANGES_PATH, changes_page

SEED = CONCEPT_SOURCE
# A numbered heading of the source text: "5.1 Integration …", "5.3.1. Ziele …" (not "10. … koordiniert").
SEED_HEADING = re.compile(r"^\s*([1-6]\.(?:\d+\.?)*)\s+([A-ZÄÖÜ„].*?)\s*$")
MARKERS = {"→": 1, "•": 2}  # the source text's list items: → an item, • a sub-item
CHAPTER = "docs/concept/5-handlungsfelder.md"


def normal(text: str) -> str:
    return " ".join(text.split())


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


def seed_headings() -> list[tuple[str, str]]:
    """Return the numbered headings of the source text in order, each number once.

    Section 4.1 lists its three subsections before they follow as headings; the first mention counts.
    """
    found: dict[str, str] = {}
    for line in seed_lines():
        match = SEED_HEADING.match(line)
        if match and match[1].rstrip(".") not in found:
            found[match[1].rstrip(".")] = normal(line)
    return list(found.items())


def seed_chapter_5_items() -> list[tuple[int, str]]:
    """Return the goal and measure items of chapter 5 in order: (1 or 2 for a sub-item, text).

    An item runs over the following lines until the next item, heading or blank paragraph break.
    """
    lines = seed_lines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("5.1 Integration durch Sprache"))
    end = next(i for i, line in enumerate(lines) if line.strip().startswith("6. Jährliche Fortschreibung"))
    items: list[tuple[int, str]] = []
    current: list[str] | None = None
    for line in lines[start:end]:
        text = line.strip()
        if text[:1] in MARKERS:
            current = [text[1:].strip()]
            items.append((MARKERS[text[:1]], current))  # type: ignore[arg-type]
        elif SEED_HEADING.match(line) or (current is not None and text and text[0].isupper()
                                          and current[-1].endswith((".", ":"))):
            current = None
        elif current is not None and text:
            current.append(text)
    return [(level, joined(parts)) for level, parts in items]  # type: ignore[misc]


def joined(lines: list[str]) -> str:
    """Join the lines of an item; a word broken after a hyphen ("Ethno-" / "Medizinisches") stays one word."""
    text = lines[0]
    for line in lines[1:]:
        text += line if re.search(r"\w-$", text) and line[:1].isupper() else f" {line}"
    return normal(text)


class _Page(HTMLParser):
    """The headings of a built page's content, and the items of its goal and measure lists, as text."""

    LISTS = ("ww-goals", "ww-measures")
    VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[str] = []
        self.items: list[tuple[int, str]] = []
        self.links: list[str] = []
        self._stack: list[tuple[str, str]] = []  # (tag, role): role is what the element's text is for
        self._texts: list[list[str]] = []  # one buffer per open heading or list item
        self._depth = 0  # lists of goals or measures the parser is in

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        css = dict(attrs).get("class") or ""
        role = "skip" if "headerlink" in css or "ww-meta" in css else ""
        if tag == "article":
            role = "content"
        elif re.fullmatch(r"h[1-6]", tag) and self._in("content"):
            role = "heading"
            self._texts.append([])
        elif tag == "ul" and (self._depth or any(name in css.split() for name in self.LISTS)):
            self._depth += 1
            role = "list"
        elif tag == "li" and self._depth:
            role = "item"
            self._texts.append([])
            self.items.append((self._depth, ""))
            self._stack.append((tag, f"item:{len(self.items) - 1}"))
            return
        elif tag == "a" and self._depth:
            self.links.append(dict(attrs).get("href") or "")
        self._stack.append((tag, role))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or not self._stack:
            return
        while self._stack:
            open_tag, role = self._stack.pop()
            self._close(role)
            if open_tag == tag:
                break

    def _close(self, role: str) -> None:
        if role == "heading":
            self.headings.append(normal("".join(self._texts.pop())))
        elif role == "list":
            self._depth -= 1
        elif role.startswith("item:"):
            index = int(role.split(":")[1])
            self.items[index] = (self.items[index][0], normal("".join(self._texts.pop())))

    def _in(self, role: str) -> bool:
        return any(r == role for _tag, r in self._stack)

    def handle_data(self, data: str) -> None:
        if self._texts and not self._in("skip"):
            self._texts[-1].append(data)


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def concept_pages(site: Path, language: str = "de") -> list[Path]:
    """Return the built pages of the concept in the order its start page lists them."""
    index = (ROOT / "docs" / "concept" / "index.md").read_text(encoding="utf-8")
    contents = index.split("## Inhalt", 1)[1].split("\n## ", 1)[0]
    names = re.findall(r"\]\(([0-9a-z-]+)\.md\)", contents)
    return [site / language / "concept" / name / "index.html" for name in names]


def test_seed_has_what_chapter_5_lists() -> None:
    items = seed_chapter_5_items()
    assert sum(level == 1 for level, _text in items) == 56 + 82  # goals and measures
    assert sum(level == 2 for level, _text in items) == 14


@pytest.mark.parametrize("language", ["de", "ar"])
def test_chapter_5_shows_every_goal_and_measure_of_the_concept_in_order(site: Path, language: str) -> None:
    page = parse(site / language / "concept" / "5-handlungsfelder" / "index.html")
    assert page.items == seed_chapter_5_items()


def test_the_concept_pages_hold_every_heading_of_the_concept_in_order(site: Path) -> None:
    rendered = [heading for path in concept_pages(site) for heading in parse(path).headings]
    position = 0
    for number, heading in seed_headings():
        matches = [i for i in range(position, len(rendered)) if rendered[i].startswith(heading)]
        assert matches, f"{number}: {heading!r} missing or out of order"
        position = matches[0] + 1


def test_the_table_of_contents_still_lists_every_heading_of_chapter_5(site: Path) -> None:
    html = (site / "de" / "concept" / "5-handlungsfelder" / "index.html").read_text(encoding="utf-8")
    toc = html.split('class="md-nav md-nav--secondary"', 1)[1].split("</nav>\n</div>", 1)[0]
    anchors = re.findall(r'<h[2-6] id="([^"]+)"', html)
    markdown = (ROOT / CHAPTER).read_text(encoding="utf-8")
    assert len(anchors) == len(re.findall(r"^#{2,6} ", markdown, re.M))
    assert [anchor for anchor in anchors if f'href="#{anchor}"' not in toc] == []


@pytest.mark.parametrize("page", ["concept/5-handlungsfelder", "concept/fields-of-action",
                                  "concept/fields-of-action/wohnen", "concept/measures-by-year"])
def test_every_actor_link_leads_to_a_page(site: Path, page: str) -> None:
    links = parse(site / "de" / page / "index.html").links
    assert len(links) > 5
    for href in links:
        target = urljoin(f"/de/{page}/", href).split("#")[0]
        assert (site / target.lstrip("/") / "index.html").is_file() or (site / target.lstrip("/")).is_file(), href


def test_chapter_5_says_the_state_is_the_concepts_of_2021(site: Path) -> None:
    html = (site / "de" / "concept" / "5-handlungsfelder" / "index.html").read_text(encoding="utf-8")
    assert "Stand laut Konzept 2021: beendet (<span dir=\"ltr\">2017–2020</span>)" in html
    assert "Ergebnis: leider ohne Erfolg" in html
    assert html.count("Beteiligte und Stand laut Integrationskonzept (2021), Abschnitt") == 10


def test_the_changes_page_says_plainly_that_nothing_is_recorded_yet(site: Path) -> None:
    html = (site / "de" / "concept" / "changes" / "index.html").read_text(encoding="utf-8")
    assert "Seit dem Integrationskonzept (2021) sind noch keine Änderungen eingetragen." in html


def test_the_concept_start_page_links_the_measures_pages(site: Path) -> None:
    html = (site / "de" / "concept" / "index.html").read_text(encoding="utf-8")
    for target in ("fields-of-action/", "measures-by-year/", "changes/"):
        assert f'href="{target}"' in html


@pytest.fixture(scope="module")
def real_directory() -> Directory:
    directory, problems = load_directory(ROOT / "directory")
    assert problems == []
    return directory


def _fill(directory: Directory, html: str) -> str:
    site = SiteViews(directory, "de", gettext.NullTranslations(), ("de",))
    return fill_blocks(html, site.page("concept/5-handlungsfelder.md"), CHAPTER)


@pytest.mark.parametrize(("placeholder", "message"), [
    ('<div data-ww-block="tabelle" data-ww-ref="5.1.2"></div>',
     f'{CHAPTER}: <div data-ww-block="tabelle" data-ww-ref="5.1.2"></div>: Unbekannte Blockart \'tabelle\'; '
     "möglich sind: goals, measures"),
    ('<div data-ww-block="measures" data-ww-ref="5.1.9"></div>',
     f'{CHAPTER}: <div data-ww-block="measures" data-ww-ref="5.1.9"></div>: Im Verzeichnis steht kein Abschnitt '
     "'5.1.9' mit Maßnahmen (directory/fields-of-action/). Vorhanden: 5.1.2, 5.2.2, 5.3.1.1, 5.3.2.2, 5.4.2, "
     "5.5.2, 5.6.2, 5.7.2, 5.8.2, 5.9.2."),
    ('<div data-ww-ref="5.1.2" data-ww-block="measures"></div>',
     f"{CHAPTER}: Ein Platzhalter für einen Datenblock ist nicht richtig geschrieben. Schreiben Sie ihn allein auf "
     'eine Zeile, so: <div data-ww-block="measures" data-ww-ref="5.1.2"></div>'),
])
def test_a_placeholder_that_names_nothing_stops_the_build_naming_the_file(
        real_directory: Directory, placeholder: str, message: str) -> None:
    with pytest.raises(PluginError) as error:
        _fill(real_directory, f"<p>Text</p>\n{placeholder}\n")
    assert str(error.value).startswith(message)


def test_a_directory_without_fields_of_action_still_builds_the_concept() -> None:
    html = _fill(Directory(), '<div data-ww-block="goals" data-ww-ref="5.1.1"></div>')
    assert html == ('\n<p class="ww-note">Die Handlungsfelder des Konzepts sind in diesem Verzeichnis nicht '
                    "eingetragen.</p>")


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("actors: [providers/koordinierungsstelle-migration-demokratie]\n        status: done",
     "actors: [anbieter/koordinierungsstelle-migration-demokratie]\n        status: done",
     "measures[0].items[0].actors[0]: Unbekannte Art 'anbieter' in "
     "'anbieter/koordinierungsstelle-migration-demokratie'. Schreiben Sie Art/ID, z. B. providers/vhs-hildesheim; "
     "Arten: providers, "),
    ("actors: [networks/ag-koordinierungsstellen-ehrenamt]", "actors: [networks/ag-koordinierungsstelle-ehrenamt]",
     "measures[0].items[2].actors[0]: Unbekannte ID 'ag-koordinierungsstelle-ehrenamt' (gesucht in "
     "directory/networks/). Meinten Sie 'ag-koordinierungsstellen-ehrenamt'?"),
    ('section: "5.7.2"', 'section: "5.2.2"',
     "measures[0].section: Den Abschnitt 5.2.2 gibt es schon in "),
    ("        status: done\n", "        status: done\n        year: 2019\n        until: 2018\n",
     "measures[0].items[0].until: Das Ende (2018) liegt vor dem Beginn (2019). Prüfen Sie year und until."),
])
def test_a_mistake_in_a_field_of_action_is_reported_where_it_is(tmp_path: Path, old: str, new: str,
                                                               expected: str) -> None:
    shutil.copytree(ROOT / "directory", tmp_path / "directory")
    file = tmp_path / "directory" / "fields-of-action" / "ehrenamt.yml"
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1
    changed = text.replace(old, new)
    file.write_text(changed, encoding="utf-8")
    problems = [text_line(p, identity) for p in load_directory(tmp_path / "directory")[1]]
    assert len(problems) == 1
    where = re.search(r"ehrenamt\.yml:(\d+):\d+ ", problems[0])
    assert where and expected in problems[0]
    # the line of the mistake, wherever the entry has it
    line = changed.splitlines()[int(where[1]) - 1]
    assert any(part in line for part in ("anbieter/", "ag-koordinierungsstelle-", '"5.2.2"', "until: 2018")), line


def test_an_update_shows_on_the_changes_page_and_under_its_measure(real_directory: Directory) -> None:
    field = real_directory.get("fields-of-action", "ehrenamt")
    measure = copy.deepcopy(field.data["measures"][0]["items"][0])
    measure["updates"] = [{"year": 2026, "status": "ended", "note": "Ausgedachte Änderung <b>für den Test</b>",
                           "source": {"url": "https://www.example.org/fortschreibung", "accessed": "2026-11-30"}}]
    data = copy.deepcopy(field.data)
    data["measures"][0]["items"][0] = measure
    directory = Directory()
    for entry in real_directory:
        directory.add(Entry(entry.kind, entry.id, data, entry.file) if entry is field else entry)
    site = SiteViews(directory, "de", gettext.NullTranslations(), ("de",))
    html = render_page(changes_page(site.page(CHANGES_PATH))).html
    assert "noch keine Änderungen" not in html
    assert '<h2 id="year-2026">' in html
    assert ("Einrichtung der Stelle Koordinierung Integration und Demokratie ohne Befristung<span class=\"ww-meta\">"
            "beendet – Ausgedachte Änderung &lt;b&gt;für den Test&lt;/b&gt; · Laut ") in html
    assert 'href="https://www.example.org/fortschreibung"' in html
    block = _fill(directory, '<div data-ww-block="measures" data-ww-ref="5.7.2"></div>')
    assert "Neuere Angabe (<span dir=\"ltr\">2026</span>): beendet – Ausgedachte Änderung" in block
