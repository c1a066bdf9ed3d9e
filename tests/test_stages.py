"""The chain of language courses as data and a page per stage (kind of course).

Every fact of a stage is published with its own source or not at all; the stages before and after
come from the sources' `next`; the courses of a stage are listed under the municipalities they may serve.
"""

from __future__ import annotations

import gettext
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from conftest import FIXTURES, ROOT, shoot
from wegweiser.html import render_page
from wegweiser.messages import identity
from wegweiser.model.entries import Directory, Entry
from wegweiser.model.stages import (
    FACTS,
    course_places,
    courses_by_place,
    is_placed,
    missing_facts,
    missing_facts_by_course_type,
)
from wegweiser.reports.problems import text_line
from wegweiser.source import load_directory
from wegweiser.views import labels
from wegweiser.views.builder import SiteViews, entry_path, list_path
from wegweiser.views.elements import Block, Box, EntryList, Facts, Link, PageView, Paragraph, Section, plain_text
from wegweiser.views.entries import entry_page
from wegweiser.views.lists import list_page

SOURCE_HINT = ("Ergänzen Sie: Woher genau diese Angabe stammt: concept_section, legal_basis (mit Paragraf) oder url "
               "mit accessed.")


@pytest.fixture(scope="module")
def directory() -> Directory:
    found, problems = load_directory(ROOT / "directory")
    assert problems == []
    return found


def views(directory: Directory, language: str = "de") -> SiteViews:
    return SiteViews(directory, language, gettext.NullTranslations(), (language,))


def stage_page(directory: Directory, entry: Entry, language: str = "de") -> PageView:
    return entry_page(views(directory, language).page(entry_path(entry)), entry)


def walk(blocks: tuple[Block, ...]) -> Iterator[Block]:
    for block in blocks:
        yield block
        if isinstance(block, Section | Box):
            yield from walk(block.blocks)


def section(view: PageView, anchor: str) -> Section:
    return next(b for b in walk(view.blocks) if isinstance(b, Section) and b.heading and b.heading.id == anchor)


def linked_ids(blocks: tuple[Block, ...]) -> list[str]:
    """Return the ids of the entries the lists among blocks link to (the last part of each link)."""
    return [item.link.href.rstrip("/").rsplit("/", 1)[-1] for b in walk(blocks) if isinstance(b, EntryList)
            for item in b.items]


def facts(view: PageView) -> dict[str, str]:
    found = next(b for b in view.blocks if isinstance(b, Facts))
    return {fact.label: plain_text(fact.value) for fact in found.items}


def fact_links(view: PageView, label: str) -> list[str]:
    found = next(b for b in view.blocks if isinstance(b, Facts))
    value = next(fact.value for fact in found.items if fact.label == label)
    return [part.href.rstrip("/").rsplit("/", 1)[-1] for part in value.parts[0].parts if isinstance(part, Link)]


def place_groups(directory: Directory, view: PageView) -> list[tuple[set[str], list[str]]]:
    """Return each group of the courses section: the municipalities it names, the courses it lists."""
    by_name = {views(directory).name(m).text: m.id for m in directory.of_kind("municipalities")}
    groups = []
    for group in section(view, "courses").blocks:
        if not isinstance(group, Section):
            continue
        named = [b for b in group.blocks if isinstance(b, Paragraph) and b.css == "ww-places"]
        if named:
            places = {part.href.rstrip("/").rsplit("/", 1)[-1] for part in named[0].content.parts
                      if isinstance(part, Link)}
        else:
            places = {by_name[name] for name in by_name if name in plain_text(group.heading.content)}
        groups.append((places, linked_ids(group.blocks)))
    return groups


# The page of each stage.

def test_each_stage_page_lists_exactly_the_courses_of_its_kind(directory: Directory) -> None:
    for kind in directory.of_kind("course-types"):
        listed = linked_ids(section(stage_page(directory, kind), "courses").blocks)
        expected = {c.id for c in directory.of_kind("courses") if c.get("type") == kind.id}
        assert set(listed) == expected, kind.id


def test_every_successor_exists_and_its_page_names_the_stage_before(directory: Directory) -> None:
    pairs = [(kind, following) for kind in directory.of_kind("course-types") for following in kind.get("next", [])]
    assert pairs, "the chain has no links at all"
    for kind, following in pairs:
        successor = directory.get("course-types", following)
        assert successor is not None, f"{kind.id}: next names {following}, which does not exist"
        assert following in fact_links(stage_page(directory, kind), "Danach möglich")
        assert kind.id in fact_links(stage_page(directory, successor), "Vorher möglich")


def test_every_fact_on_a_stage_page_says_where_it_comes_from(directory: Directory) -> None:
    for kind in directory.of_kind("course-types"):
        shown = facts(stage_page(directory, kind))
        for name in FACTS:
            label = labels.STAGE_FACTS[name]
            assert (label in shown) == (name not in missing_facts(kind)), (kind.id, name)
            if label in shown:
                assert "Quelle: " in shown[label], (kind.id, name)


def test_the_integration_course_gives_its_legal_basis_on_every_fact(directory: Directory) -> None:
    shown = facts(stage_page(directory, directory.get("course-types", "integrationskurs")))
    kind = directory.get("course-types", "integrationskurs")
    for name in ("purpose", "length", "exam", "cost", "registration"):
        assert shown[labels.STAGE_FACTS[name]].endswith(f"Quelle: {kind.get(name)['source']['legal_basis']}")
    assert shown["Sprachniveau"] == f"bis {kind.get('level_to')}Quelle: {kind.get('levels_source')['legal_basis']}"


def test_a_stage_says_which_facts_have_no_source_yet_and_whom_to_ask(directory: Directory) -> None:
    for kind in directory.of_kind("course-types"):
        notes = [plain_text(b.content) for b in stage_page(directory, kind).blocks
                 if isinstance(b, Paragraph) and b.css == "ww-note" and "Noch ohne Quelle" in plain_text(b.content)]
        missing = missing_facts(kind)
        assert len(notes) == (1 if missing else 0), kind.id
        for name in missing:
            assert labels.STAGE_FACTS[name] in notes[0]


def test_german_laws_and_levels_keep_their_direction_on_arabic_pages(directory: Directory) -> None:
    html = render_page(stage_page(directory, directory.get("course-types", "integrationskurs"), "ar")).html
    assert '<span lang="de" dir="ltr">§ 10 Abs. 1 IntV</span>' in html
    assert 'bis <span dir="ltr">B1</span>' in html


# The facts as data, for the editors' report.

def test_missing_facts_are_those_without_a_value_and_source() -> None:
    fixture, _ = load_directory(FIXTURES / "valid")
    assert missing_facts(fixture.get("course-types", "kurs-a")) == ["levels", "exam", "cost", "registration"]
    assert missing_facts(fixture.get("course-types", "kurs-b")) == ["purpose", "length"]
    assert missing_facts_by_course_type(fixture) == {"kurs-a": ["levels", "exam", "cost", "registration"],
                                                     "kurs-b": ["purpose", "length"]}


def test_every_fact_has_a_label_in_page_order() -> None:
    assert tuple(labels.STAGE_FACTS) == FACTS


# A fact without a source is refused, with a German message at its file and line.

@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FIXTURES / "valid", tmp_path / "directory")
    monkeypatch.chdir(tmp_path)
    return Path("directory")


def edit(tree: Path, name: str, old: str, new: str) -> None:
    path = tree / "course-types" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("name", "old", "new", "expected"), [
    ("kurs-a.yml", '  text: Ein Beispiel dafür, wozu ein Kurs dient.\n  source: {url: "https://www.example.org/'
     'quelle", accessed: 2026-01-10}\n', "  text: Ein Beispiel dafür, wozu ein Kurs dient.\n",
     f"directory/course-types/kurs-a.yml:12:3 purpose: Pflichtfeld 'source' fehlt. {SOURCE_HINT}"),
    ("kurs-b.yml", "exam:\n  text: Eine Beispielprüfung am Ende.\n  source: {url: \"https://www.example.org/quelle\", "
     "accessed: 2026-01-10}\n", "exam: Eine Beispielprüfung am Ende.\n",
     "directory/course-types/kurs-b.yml:13:7 exam: Erwartet wird eine Zuordnung von Feldern (feld: wert), gefunden "
     "wurde ein Text. Gemeint ist: Eine Angabe mit ihrer eigenen Quelle: text (deutsch oder je Sprache) und source; "
     "ohne Quelle wird nichts veröffentlicht."),
    ("kurs-a.yml", 'next_source: {url: "https://www.example.org/quelle", accessed: 2026-01-10}\n', "",
     "directory/course-types/kurs-a.yml:7:7 next: Zu 'next' fehlt die Quelle 'next_source'. Tragen Sie unter "
     "next_source ein, wo die Angabe steht, z. B. next_source: {concept_section: \"3.6.1\"} oder next_source: "
     "{legal_basis: \"§ 43 AufenthG\"}; ohne Quelle löschen Sie die Angabe."),
    ("kurs-b.yml", 'levels_source: {url: "https://www.example.org/quelle", accessed: 2026-01-10}\n', "",
     "directory/course-types/kurs-b.yml:8:13 level_from: Zu 'level_from' fehlt die Quelle 'levels_source'. "
     "Tragen Sie unter levels_source ein, wo die Angabe steht, z. B. levels_source: {concept_section: \"3.6.1\"} "
     "oder levels_source: {legal_basis: \"§ 43 AufenthG\"}; ohne Quelle löschen Sie die Angabe."),
    ("kurs-b.yml", 'cost:\n  text: Kostenlos für alle Beispielpersonen.\n  source: {url: "https://www.example.org/'
     'quelle", accessed: 2026-01-10}\n', 'cost:\n  text: Kostenlos für alle Beispielpersonen.\n  source: {url: '
     '"https://www.example.org/quelle"}\n',
     "directory/course-types/kurs-b.yml:18:17 cost.source.url: Zu 'url' fehlt 'accessed'. Eine öffentliche Quelle "
     "braucht die Adresse (url) und das Datum, an dem Sie sie gelesen haben (accessed), z. B. accessed: 2026-03-01."),
])
def test_a_fact_without_a_source_is_refused(tree: Path, name: str, old: str, new: str, expected: str) -> None:
    edit(tree, name, old, new)
    assert [text_line(p, identity) for p in load_directory(tree)[1]] == [expected]


# A course whose place is not recorded is shown under every municipality it may serve.

def test_a_course_serves_its_own_place_or_when_none_is_recorded_every_municipality(directory: Directory) -> None:
    everywhere = {m.id for m in directory.of_kind("municipalities")}
    courses = directory.of_kind("courses")
    assert any(is_placed(c) for c in courses) and any(not is_placed(c) for c in courses)
    for course in courses:
        served = {m.id for m in course_places(directory, course)}
        assert served == ({course.get("municipality")} if is_placed(course) else everywhere), course.id


def test_each_municipality_sees_the_courses_that_may_serve_it_once(directory: Directory) -> None:
    everywhere = {m.id for m in directory.of_kind("municipalities")}
    for kind in directory.of_kind("course-types"):
        courses = directory.referring("courses", "type", kind.id)
        groups = place_groups(directory, stage_page(directory, kind))
        assert groups == [({m.id for m in places}, [c.id for c in sorted(offered, key=lambda c: _name(c))])
                          for places, offered in courses_by_place(directory, courses)]
        for place in everywhere:
            expected = {c.id for c in courses if c.get("municipality") in (place, None)}
            shown = [listed for places, listed in groups if place in places]
            assert len(shown) == (1 if expected else 0), (kind.id, place)
            assert set(shown[0] if shown else ()) == expected, (kind.id, place)


def _name(course: Entry) -> str:
    name = course.get("name")
    return (name["de"] if isinstance(name, dict) else name).casefold()


def test_an_unplaced_course_is_marked_so_where_it_is_listed(directory: Directory) -> None:
    kind = directory.get("course-types", "erstorientierungskurs")
    html = render_page(stage_page(directory, kind)).html
    unplaced = [c for c in directory.referring("courses", "type", kind.id) if not is_placed(c)]
    assert unplaced
    for course in unplaced:
        item = html.split(f'href="../../courses/{course.id}/"')
        assert len(item) - 1 == len(place_groups(directory, stage_page(directory, kind)))
        assert all("Ort: beim Kursträger erfragen" in after.split("</li>")[0] for after in item[1:])


def test_the_women_s_course_with_childcare_is_marked_and_found_in_every_municipality(directory: Directory) -> None:
    course = next(c for c in directory.of_kind("courses") if c.get("childcare") and c.get("women_only"))
    kind = directory.get("course-types", course.get("type"))
    html = render_page(stage_page(directory, kind)).html
    assert ("mit Kinderbetreuung · nur für Frauen · Ort: bei den kommunalen Integrationshelfer*innen erfragen"
            in html) == ("provider" not in course.data)
    groups = place_groups(directory, stage_page(directory, kind))
    assert set().union(*(places for places, listed in groups if course.id in listed)) == {
        m.id for m in directory.of_kind("municipalities")}


def test_the_place_filter_of_the_course_list_finds_unplaced_courses_everywhere(directory: Directory) -> None:
    view = list_page(views(directory).page(list_path("courses")), "courses")
    items = {item.link.href.rstrip("/").rsplit("/", 1)[-1]: item for b in walk(view.blocks)
             if isinstance(b, EntryList) for item in b.items}
    assert set(items) == {c.id for c in directory.of_kind("courses")}
    for course in directory.of_kind("courses"):
        places = items[course.id].filters["place"].split(" ")
        assert set(places) == {m.id for m in course_places(directory, course)}, course.id


@pytest.mark.browser
def test_choosing_a_municipality_keeps_the_courses_that_may_serve_it(page: Page, directory: Directory) -> None:
    place = next(m for m in directory.of_kind("municipalities")
                 if not any(c.get("municipality") == m.id for c in directory.of_kind("courses")))
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"de/courses/?place={place.id}")
    for course in directory.of_kind("courses"):
        link = page.locator(f".ww-filterable a[href$='courses/{course.id}/']")
        if is_placed(course):
            expect(link).to_be_hidden()
        else:
            expect(link).to_be_visible()
    shoot(page, f"courses-filtered-{place.id}")


def test_a_course_shows_its_stage_s_levels_as_far_as_the_source_states_them(directory: Directory) -> None:
    courses = [c for c in directory.of_kind("courses") if "level_from" not in c.data and "level_to" not in c.data
               and directory.get("course-types", c.get("type")).get("level_to")]
    assert courses
    for course in courses:
        kind = directory.get("course-types", course.get("type"))
        shown = facts(entry_page(views(directory).page(entry_path(course)), course))["Sprachniveau"]
        assert shown == (f"von {kind.get('level_from')} bis {kind.get('level_to')}" if kind.get("level_from")
                         else f"bis {kind.get('level_to')}"), course.id
