"""Entry text is text: hostile entries build, show literally, run nothing and break no layout."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from conftest import HOSTILE_LANGUAGES, ROOT, shoot
from hostile import HOSTILE, LONG_WORD, entries
from wegweiser.messages import identity
from wegweiser.model.text import localize
from wegweiser.reports.problems import text_line
from wegweiser.schema import KINDS, resolve, schema
from wegweiser.source import load_directory

TEXT_DEFINITIONS = ("common.json#/$defs/text", "common.json#/$defs/proper_name", "common.json#/$defs/plain_text",
                    "common.json#/$defs/text_list")
PHONE = {"width": 360, "height": 740}


def _text_paths(node: dict[str, Any], path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Yield the path of every free-text field a schema declares, nested objects and lists of them included."""
    if node.get("$ref") in TEXT_DEFINITIONS:
        yield path
        return
    node = resolve(node)
    if node.get("type") == "array" and node["items"].get("$ref") in TEXT_DEFINITIONS:
        yield path
    elif node.get("type") == "array":
        yield from _text_paths(node["items"], (*path, "*"))  # "*": every item of a list of objects
    for branch in node.get("anyOf", []):
        yield from _text_paths(branch, path)
    for name, sub in node.get("properties", {}).items():
        yield from _text_paths(sub, (*path, name))


def _value(data: Any, path: tuple[str, ...]) -> Any:
    for index, part in enumerate(path):
        if part == "*":
            values = [_value(item, path[index + 1:]) for item in data or []]
            return values if values and None not in values else None
        data = data.get(part) if isinstance(data, dict) else None
    return data


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return [t if isinstance(t, str) else t["text"] for t in value.values()]


@pytest.mark.parametrize("kind", KINDS)
def test_every_free_text_field_of_every_kind_is_hostile(kind: str) -> None:
    full = entries()[kind][0]
    paths = list(_text_paths(schema(kind)))
    assert ("name",) in paths and len(paths) > 3
    for path in paths:
        value = _value(full, path)
        assert value is not None, f"{kind}: {'.'.join(path)} has no hostile text"
        assert all(HOSTILE in text for text in _texts(value)), f"{kind}: {'.'.join(path)}"


def test_hostile_entries_are_valid(hostile_directory: Path) -> None:
    directory, problems = load_directory(hostile_directory)
    assert [text_line(p, identity) for p in problems] == []
    assert len(directory) == 2 * len(KINDS)


@pytest.mark.parametrize(("website", "expected"), [
    ("javascript:alert(1)", "website: 'javascript:alert(1)' beginnt nicht mit https://."),
    ('https://exa"mple.org/', "website: 'https://exa\"mple.org/' ist keine gültige Internetadresse."),
])
def test_an_address_that_is_not_a_web_address_fails_with_one_message(
        tmp_path: Path, hostile_directory: Path, website: str, expected: str) -> None:
    shutil.copytree(hostile_directory, tmp_path / "d")
    entry = tmp_path / "d" / "providers" / "boese-providers.yml"
    text = re.sub(r"(?m)^  website: .*$", f"  website: '{website}'", entry.read_text(encoding="utf-8"))
    entry.write_text(text, encoding="utf-8")
    problems = [text_line(p, identity) for p in load_directory(tmp_path / "d")[1]]
    assert len(problems) == 1
    assert re.match(rf".*providers/boese-providers\.yml:\d+:\d+ contact\.{re.escape(expected)}", problems[0])


def _pages(site: Path) -> list[Path]:
    return sorted((site / "hostile").rglob("*.html"))


def test_no_entry_text_reaches_the_html_as_markup(site: Path) -> None:
    pages = _pages(site)
    assert len(pages) > 30
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for raw in ("<img src=x", "<script>alert", 'href="javascript:', "onmouseover=\"alert", "<em>innen",
                    "<code>code</code>", "<strong>fett", 'class="x"'):
            assert raw not in html, f"{raw!r} in {page}"


def _expected_name(kind: str, number: int, language: str) -> str:
    return localize(entries()[kind][number]["name"], language).text


@pytest.mark.browser
@pytest.mark.parametrize("language", HOSTILE_LANGUAGES)
def test_nothing_runs_and_everything_shows_literally(browser: Browser, server: str, site: Path,
                                                      language: str) -> None:
    context = browser.new_context(base_url=server, viewport=PHONE)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    checked = 0
    for file in sorted((site / "hostile" / language).rglob("index.html")):
        path = file.parent.relative_to(site).as_posix()
        page.goto(f"{path}/")
        page.mouse.move(180, 300)  # hover handlers, if any had slipped in, would fire now
        found = page.evaluate("""() => ({
            handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
                .filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
            // Pagefind's own interface uses one javascript:void(0) link; nothing of it comes from an entry.
            scriptLinks: [...document.querySelectorAll('[href],[src],[action]')].filter(e => !e.closest('.pagefind-ui'))
                .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'))
                .filter(u => /^\\s*javascript:/i.test(u)),
            // schema.org data (JSON-LD) holds the entries' text as data; a browser never runs it.
            inlineScripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
                .map(s => s.textContent)
                .filter(t => t.includes('alert')),
            width: document.documentElement.scrollWidth,
            title: document.querySelector('article h1')?.textContent.replace('¶', ''),
        })""")
        assert (found["handlers"], found["scriptLinks"], found["inlineScripts"]) == ([], [], []), path
        assert found["width"] <= PHONE["width"], f"{path} is {found['width']} px wide"
        kind_page = re.match(rf"hostile/{language}/[\w-]+/(boese|lang)-([\w-]+)$", path)
        if kind_page:
            number = 0 if kind_page.group(1) == "boese" else 1
            assert found["title"] == _expected_name(kind_page.group(2), number, language), path
        checked += 1
    shoot(page, f"hostile-{language}-last")
    page.goto(f"hostile/{language}/courses/boese-courses/")
    shoot(page, f"hostile-{language}-course")
    assert page.title().startswith(_expected_name("courses", 0, language))
    assert page.locator(".ww-lead").text_content() == localize(entries()["courses"][0]["description"], language).text
    page.goto(f"hostile/{language}/search/?q=onerror")  # results quote the entries' text: still only text
    page.locator(".pagefind-ui__result").first.wait_for(timeout=15_000)
    assert page.locator(".pagefind-ui__results img, .pagefind-ui__results script").count() == 0
    shoot(page, f"hostile-{language}-search")
    context.close()
    assert dialogs == []
    assert checked > 15


@pytest.mark.browser
def test_a_100_kb_word_wraps_on_a_phone(browser: Browser, server: str) -> None:
    context = browser.new_context(base_url=server, viewport=PHONE)
    page = context.new_page()
    for path in ("hostile/de/courses/lang-courses/", "hostile/de/courses/", "hostile/de/providers/lang-providers/"):
        page.goto(path)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
    assert LONG_WORD in page.locator(".ww-lead").text_content()
    shoot(page, "hostile-de-long-word")
    context.close()


def test_no_template_unescapes_anything() -> None:
    """`|safe` would print entry text as markup; `striptags` turns an escaped '<' back into one."""
    templates = [*(ROOT / "hooks/wegweiser/html/templates").glob("*.j2"), *(ROOT / "overrides").rglob("*.html")]
    assert len(templates) >= 3
    for template in templates:
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"\|\s*(safe|striptags)\b|Markup\(|autoescape\s+false", text), template
