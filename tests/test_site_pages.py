"""Generated pages as MkDocs gets them: title and headings as escaped HTML, headings nested in page order."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from conftest import FIXTURES, ROOT
from wegweiser.catalogs import load_translations
from wegweiser.html import RenderedPage, render_pages
from wegweiser.site.pages import page_meta, toc_tokens
from wegweiser.source import load_directory
from wegweiser.views import build_views


def _page(path: str, root: Path = FIXTURES / "valid") -> RenderedPage:
    directory, _ = load_directory(root)
    views = build_views(directory, "de", load_translations(ROOT / "translations", "de"), ("de",))
    return next(page for page in render_pages(views) if page.path == path)


def _shape(tokens: list[dict]) -> list:
    return [(token["level"], token["id"], _shape(token["children"])) for token in tokens]


def test_table_of_contents_nests_headings_as_they_stand_on_the_page() -> None:
    tokens = toc_tokens(_page("courses/index.md").headings)
    assert _shape(tokens) == [(1, "courses", [(2, "beispielstadt", [(3, "beispielstadt-kurs-a", [])])])]


def test_entry_page_lists_its_sections_under_its_title() -> None:
    tokens = toc_tokens(_page("courses/kurs-a-beispielstadt.md").headings)
    assert _shape(tokens) == [(1, "kurs-a-beispielstadt", [(2, "next", []), (2, "contact", [])])]


def test_metadata_the_theme_reads() -> None:
    assert page_meta(_page("search/index.md")) == {"title": "Suche", "hide": ["toc"], "search": {"exclude": True}}
    assert page_meta(_page("courses/kurs-a-beispielstadt.md")) == {"title": "Kurs A in Beispielstadt"}  # no lead
    assert page_meta(_page("courses/index.md")) == {
        "title": "Sprachkurse", "description": "Deutschkurse im Landkreis Hildesheim, nach Ort geordnet. Welcher Kurs "
        "zu Ihnen passt, zeigt der Wegweiser Sprachkurse."}


def test_description_is_the_lead_cut_where_search_engines_cut_it() -> None:
    lead = "Ein Satz über den Kurs. " * 10
    page = replace(_page("courses/kurs-a-beispielstadt.md"), description=lead)
    description = page_meta(page)["description"]
    assert len(description) <= 160 and description.endswith(" …")
    assert lead.startswith(description.removesuffix(" …"))


def test_titles_and_headings_are_escaped_html(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path / "d")
    place = tmp_path / "d" / "municipalities" / "beispielstadt.yml"
    place.write_text(place.read_text("utf-8").replace("name: Beispielstadt", "name: '<b>A & B</b>'"), "utf-8")
    page = _page("municipalities/beispielstadt.md", tmp_path / "d")
    assert page.title == "&lt;b&gt;A &amp; B&lt;/b&gt;"
    names = [name for _level, _id, name in page.headings]
    assert "Sprachkurse in &lt;b&gt;A &amp; B&lt;/b&gt;" in names and not any("<b>" in name for name in names)
