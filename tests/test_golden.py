"""Golden snapshots: the HTML body of one page of each kind, so that any change of output is seen in review.

After a deliberate change, rewrite them with `UPDATE_GOLDEN=1 make test` (or run this file alone)
and review the diff of tests/golden/ like code.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

from conftest import FIXTURES, LANGUAGES, ROOT
from wegweiser.catalogs import load_translations
from wegweiser.html import RenderedPage, render_pages
from wegweiser.source import load_directory
from wegweiser.views import build_views

GOLDEN = Path(__file__).parent / "golden"
PAGES = [
    ("de", "index.md"), ("de", "search/index.md"),
    ("de", "providers/index.md"), ("de", "providers/beispiel-traeger.md"),
    ("de", "municipalities/index.md"), ("de", "municipalities/beispielstadt.md"),
    ("de", "course-guide/index.md"), ("de", "course-guide/kurs-a.md"),
    ("de", "courses/index.md"), ("de", "courses/kurs-a-beispielstadt.md"),
    ("de", "counselling/index.md"), ("de", "counselling/beratung-beispiel.md"),
    ("de", "helpers/index.md"), ("de", "helpers/helfer-beispielstadt.md"),
    ("de", "round-tables/index.md"), ("de", "round-tables/runder-tisch-beispielstadt.md"),
    ("de", "networks/index.md"), ("de", "networks/netzwerk-beispiel.md"), ("ar", "networks/netzwerk-beispiel.md"),
    ("ar", "courses/kurs-a-beispielstadt.md"), ("en", "course-guide/kurs-b.md"),
]


@cache
def _rendered(language: str) -> dict[str, RenderedPage]:
    directory, problems = load_directory(FIXTURES / "valid")
    assert problems == []
    views = build_views(directory, language, load_translations(ROOT / "translations", language), tuple(LANGUAGES))
    return {page.path: page for page in render_pages(views)}


@pytest.mark.parametrize(("language", "path"), PAGES)
def test_page_matches_its_snapshot(language: str, path: str) -> None:
    html = _rendered(language)[path].html
    golden = GOLDEN / f"{language}-{path.removesuffix('.md').replace('/', '-')}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(html, encoding="utf-8")
    assert golden.exists(), f"no snapshot yet: run UPDATE_GOLDEN=1 pytest {__file__}"
    assert html == golden.read_text(encoding="utf-8")


def test_every_snapshot_belongs_to_a_page() -> None:
    expected = {f"{language}-{path.removesuffix('.md').replace('/', '-')}.html" for language, path in PAGES}
    assert {path.name for path in GOLDEN.glob("*.html")} == expected
