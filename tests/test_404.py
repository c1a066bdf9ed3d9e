"""The pages for addresses that lead nowhere: one per language and one at the root, and the favicon."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from conftest import LANGUAGES
from wegweiser.site.root_page import FAVICON, write_root_page
from wegweiser.views.formatting import direction

HREF = re.compile(r'<a href="([^"]+)"')


def _target(site: Path, url: str) -> Path:
    """Return the file a root-relative link of the built site (served at /) leads to."""
    path = posixpath.normpath(url.lstrip("/"))
    file = site / path
    return file / "index.html" if file.is_dir() else file


def test_every_language_has_a_404_page_in_its_direction_with_search_lists_and_languages(site: Path) -> None:
    for language in LANGUAGES:
        page = (site / language / "404.html").read_text(encoding="utf-8")
        assert f'<html lang="{language}" dir="{direction(language)}"' in page, language
        assert f'action="/{language}/search/"' in page, language
        links = HREF.findall(page.split('class="md-content"', 1)[1].split("</article>", 1)[0])
        for kind in ("courses", "counselling", "helpers", "municipalities"):
            assert f"/{language}/{kind}/" in links, (language, kind)
        assert {posixpath.normpath(link) for link in links} >= {f"/{code}" for code in LANGUAGES}, language
        for link in links:
            assert _target(site, link).is_file(), (language, link)
        assert f'<link rel="icon" href="/{language}/{FAVICON}" type="image/svg+xml">' in page
        assert (site / language / FAVICON).is_file()


def test_the_404_page_is_not_searchable(site: Path) -> None:
    for language in LANGUAGES:
        assert "data-pagefind-body" not in (site / language / "404.html").read_text(encoding="utf-8")


def test_the_root_has_a_404_page_choosing_the_language_and_a_favicon(site: Path) -> None:
    page = (site / "404.html").read_text(encoding="utf-8")
    for language in LANGUAGES:
        assert f'href="/{language}/" hreflang="{language}"' in page
    assert '<link rel="icon" href="/favicon.svg"' in page
    assert '<link rel="icon" href="favicon.svg"' in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "favicon.svg").read_bytes() == (site / LANGUAGES[0] / FAVICON).read_bytes()


def test_the_root_404_page_links_below_the_sites_path(tmp_path: Path) -> None:
    (tmp_path / "de" / "assets").mkdir(parents=True)
    (tmp_path / "de" / FAVICON).write_text("<svg/>", encoding="utf-8")
    write_root_page(tmp_path, ["de", "ar"], "https://example.org/wegweiser/")
    page = (tmp_path / "404.html").read_text(encoding="utf-8")
    assert HREF.findall(page) == ["/wegweiser/de/", "/wegweiser/ar/"]
    assert 'href="/wegweiser/favicon.svg"' in page
    assert (tmp_path / "favicon.svg").read_text(encoding="utf-8") == "<svg/>"
