"""The guide that asks: a sound tree whose every answer has a source, walked in every built language to the end
of every path, answered in a real phone-sized browser in German, Arabic and Ukrainian, and by keyboard alone."""

from __future__ import annotations

import gettext
import re
from html import unescape
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, expect

from conftest import CONCEPT_SOURCE, LANGUAGES, ROOT, shoot
from test_facts import concept_sections, section_text
from test_keyboard import PHONE, follow_link_to
from wegweiser.model.entries import Directory
from wegweiser.model.guide import GUIDE, START, Answer, Outcome, Question, paths, trail, tree_problems
from wegweiser.schema import COMMON, load_schema_file
from wegweiser.source import load_directory
from wegweiser.views.builder import SiteViews
from wegweiser.views.chain_diagram import chain_chart

ANSWERS = re.compile(r'<ul class="ww-guide-answers">(.*?)</ul>', re.S)
HREF = re.compile(r'<a href="([^"]+)"')
CONTENT = re.compile(r'<article class="md-content__inner.*?</article>', re.S)
# What a newcomer answers in the browser: an adult who can read Latin script, recognised, no childcare.
INTEGRATION_COURSE = ["german", "childcare", "status", "script", "integration-course"]


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory(ROOT / "directory")[0]


def test_the_guide_is_a_tree_whose_every_node_is_reached() -> None:
    assert tree_problems() == []
    reached = {node for path in paths() for node in path}
    assert reached == set(GUIDE)


def test_the_tree_check_finds_what_breaks_it() -> None:
    broken = {START: Question(START, "?", (Answer("a", "end", {}), Answer("b", "end", {}), Answer("c", "gone", {}))),
              "end": Outcome("end", "", "", (), (), "", ()), "lost": Outcome("lost", "", "", (), (), "", ())}
    assert tree_problems(broken) == [f"{START}: gone does not exist", "end is reached by more than one answer",
                                     "lost is never reached"]


def test_every_path_ends_in_a_course_type_or_a_counselling_service_of_the_directory(directory: Directory) -> None:
    for path in paths():
        outcome = GUIDE[path[-1]]
        assert isinstance(outcome, Outcome), path
        assert outcome.course_types or outcome.counselling, path
        for type_id in outcome.course_types:
            assert directory.get("course-types", type_id), (path, type_id)
        for service_id in outcome.counselling:
            assert directory.get("counselling", service_id), (path, service_id)


def test_every_answer_and_outcome_rests_on_a_concept_section_or_a_named_law() -> None:
    sections = concept_sections(CONCEPT_SOURCE.read_text(encoding="utf-8"))
    law = re.compile(load_schema_file(COMMON)["$defs"]["source"]["properties"]["legal_basis"]["pattern"])
    sources = [answer.source for node in GUIDE.values() if isinstance(node, Question) for answer in node.answers]
    sources += [source for node in GUIDE.values() if isinstance(node, Outcome) for source in node.sources]
    for source in sources:
        assert set(source) in ({"concept_section"}, {"legal_basis"}), source
        if "concept_section" in source:
            assert section_text(sections, source["concept_section"]), source
        else:
            assert law.match(source["legal_basis"]), source


def test_the_trail_names_the_answers_on_the_way() -> None:
    steps = trail("integration-course")
    assert [question.id for question, _ in steps] == [START, *INTEGRATION_COURSE[:-1]]
    assert [answer.target for _, answer in steps] == INTEGRATION_COURSE


def _guide_pages(site: Path, language: str) -> dict[str, str]:
    return {file.parent.relative_to(site / language).as_posix() + "/": file.read_text(encoding="utf-8")
            for file in sorted((site / language / "guide").rglob("index.html"))}


def _exists(site: Path, language: str, url: str) -> bool:
    path = url.split("#", 1)[0].lstrip("/")
    built = site / language / path
    return (built / "index.html").is_file() if path.endswith("/") or not path else built.is_file()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_path_can_be_walked_to_its_end_in_every_language(site: Path, language: str) -> None:
    pages = _guide_pages(site, language)
    seen, ends, todo = set(), {}, ["guide/"]
    while todo:
        url = todo.pop()
        assert url in pages, f"{language}: {url} is not built"
        seen.add(url)
        content = CONTENT.search(pages[url]).group(0)
        for link in HREF.findall(content):
            target = urljoin(url, unescape(link))
            if not link.startswith(("http", "#", "tel:", "mailto:")):
                assert _exists(site, language, target), f"{language}: {url} links to {target}, which is not built"
        answers = ANSWERS.search(content)
        if answers:
            todo += [urljoin(url, link) for link in HREF.findall(answers.group(1))]
        else:
            ends[url] = [urljoin(url, link) for link in HREF.findall(content)]
    assert seen == set(pages), f"{language}: never reached {set(pages) - seen}"
    assert len(ends) == sum(1 for _ in paths())
    for url, links in ends.items():
        assert any(re.fullmatch(r"(course-guide|counselling)/[\w-]+/", link) for link in links), url


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_chain_diagram_draws_every_next_and_mirrors_on_right_to_left_pages(directory: Directory,
                                                                              language: str) -> None:
    site = SiteViews(directory, language, gettext.NullTranslations(), (language,))
    types = directory.of_kind("course-types")
    chart = chain_chart(site.page("guide/index.md"), [("", types)])
    boxes = [shape for shape in chart.shapes if shape.tag == "svg-rect"]
    arrows = [shape for shape in chart.shapes if shape.tag == "svg-line"]
    follow_ups = sum(len(entry.get("next", [])) for entry in types)
    assert len(boxes) == len(types)
    assert len(arrows) == 5 * follow_ups  # three strokes and a head of two
    assert all(shape.x >= 0 and shape.x + shape.width <= chart.width for shape in boxes)
    margin = [line.x1 for line in arrows] + [line.x2 for line in arrows]
    if language == "ar":
        assert max(margin) <= min(box.x for box in boxes)
    else:
        assert min(margin) >= max(box.x + box.width for box in boxes)


def _answer(page: Page, target: str, language: str, step: int) -> None:
    page.locator(f'.ww-guide-answers a[href$="/{target}/"]').click()
    expect(page).to_have_url(re.compile(f"/{language}/guide/{target}/$"))
    expect(page.locator("h1")).to_be_visible()
    shoot(page, f"guide-{language}-{step}-{target}")


@pytest.mark.browser
@pytest.mark.parametrize("language", ["de", "ar", "uk"])
def test_a_newcomer_answers_on_a_phone_and_lands_on_a_course(page: Page, language: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{language}/")
    page.locator(".ww-tile").first.click()
    expect(page).to_have_url(re.compile(f"/{language}/guide/$"))
    shoot(page, f"guide-{language}-0-start")
    for step, target in enumerate(INTEGRATION_COURSE, 1):
        _answer(page, target, language, step)
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), page.url
    page.locator(".ww-group .ww-list a").first.click()
    expect(page).to_have_url(re.compile(f"/{language}/courses/integrationskurs-[\\w-]+/$"))
    shoot(page, f"guide-{language}-{len(INTEGRATION_COURSE) + 1}-course")


@pytest.mark.browser
def test_the_guide_by_keyboard_alone_to_a_course(page: Page) -> None:
    page.set_viewport_size(PHONE)
    page.emulate_media(reduced_motion="reduce")
    page.goto("de/guide/")
    for target in INTEGRATION_COURSE:
        follow_link_to(page, f"/de/guide/{target}/$")
    follow_link_to(page, r"/de/courses/[\w-]+/$")
