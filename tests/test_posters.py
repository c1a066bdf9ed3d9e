"""Waiting-room notices: one A4 page per municipality and provider, German beside another language, with a QR
code that opens the entry's page in that language. Rendered in the browser, looked at, and the code read back."""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from conftest import FIXTURES, LANGUAGES, ROOT, SHOTS
from wegweiser.catalogs import load_translations
from wegweiser.model.entries import Directory
from wegweiser.site.posters import render_poster, write_posters
from wegweiser.source import load_directory
from wegweiser.views.builder import SiteViews
from wegweiser.views.posters import POSTER_KINDS, poster, poster_url, qr_code

BASE_URL = "https://wegweiser.example.org/"
A4_POINTS = (595.92, 842.88)  # Chromium's A4, in PDF points


@cache
def _directory(root: Path) -> Directory:
    """Load a directory once for the module (the tests only read it)."""
    directory, problems = load_directory(root)
    assert problems == []
    return directory


def _site(directory: Directory, language: str) -> SiteViews:
    return SiteViews(directory, language, load_translations(ROOT / "translations", language), tuple(LANGUAGES))


@pytest.fixture(scope="module")
def fixture_posters(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("posters")
    return out, write_posters(out, _directory(FIXTURES / "valid"), ROOT / "translations", LANGUAGES, BASE_URL, None)


def test_a_poster_per_municipality_and_provider_and_language(fixture_posters: tuple[Path, list[Path]]) -> None:
    out, written = fixture_posters
    directory = _directory(FIXTURES / "valid")
    expected = {out / language / kind / f"{entry.id}.html" for language in LANGUAGES[1:] for kind in POSTER_KINDS
                for entry in directory.of_kind(kind)}
    assert set(written) == expected | {out / "index.html"}
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{path.relative_to(out).as_posix()}"' in index for path in expected)


def test_the_poster_stands_alone_without_any_request(fixture_posters: tuple[Path, list[Path]]) -> None:
    html = (fixture_posters[0] / "ar" / "providers" / "beispiel-traeger.html").read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html and "<img" not in html
    assert re.search(r"default-src 'none'; style-src 'sha256-[^']+'", html)
    assert '<section class="column" lang="de" dir="ltr">' in html
    assert '<section class="column" lang="ar" dir="rtl">' in html


def test_the_poster_writes_out_recorded_contacts_and_no_person(fixture_posters: tuple[Path, list[Path]]) -> None:
    html = (fixture_posters[0] / "en" / "providers" / "beispiel-traeger.html").read_text(encoding="utf-8")
    assert "kurse@example.org" in html and "https://example.org/kurse" in html and "Musterweg 1" in html
    municipality = (fixture_posters[0] / "en" / "municipalities" / "beispielstadt.html").read_text(encoding="utf-8")
    assert "Erika Beispiel" not in municipality and "erika@example.org" not in municipality


def test_both_columns_list_the_same_offers_in_the_same_order() -> None:
    directory = _directory(ROOT / "directory")
    view = poster(_site(directory, "de"), _site(directory, "fa"), directory.get("municipalities", "sarstedt"),
                  BASE_URL, "2026-12-02")
    german, persian = view.columns
    assert [len(x.items) for x in german.lists] == [len(x.items) for x in persian.lists]
    assert [x.more for x in german.lists if x.more] and all(x.more for x in persian.lists if x.more)


def test_the_qr_code_is_drawn_from_the_page_address() -> None:
    one, other = qr_code(f"{BASE_URL}ar/municipalities/sarstedt/"), qr_code(f"{BASE_URL}fa/municipalities/sarstedt/")
    assert one.size > 21 and one.path.startswith("M") and one.path != other.path


@pytest.mark.parametrize(("language", "entry"), [("ar", "sarstedt"), ("uk", "hildesheim")])
def test_a_printed_poster_is_one_a4_page_whose_code_opens_the_page(browser: Browser, tmp_path: Path, language: str,
                                                                      entry: str) -> None:
    directory = _directory(ROOT / "directory")
    municipality = directory.get("municipalities", entry)
    view = poster(_site(directory, "de"), _site(directory, language), municipality, BASE_URL, "2026-12-02")
    file = tmp_path / "poster.html"
    file.write_text(render_poster(view), encoding="utf-8")
    page = browser.new_page(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi
    page.goto(file.as_uri())
    page.emulate_media(media="print")
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot = SHOTS / f"poster-{language}-{entry}.png"
    page.screenshot(path=shot, full_page=True)
    pdf = page.pdf(format="A4")
    page.close()
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    width, height = (float(x) for x in re.search(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", pdf).groups())
    assert (round(width), round(height)) == tuple(round(x) for x in A4_POINTS)
    expected = f"{BASE_URL}{language}/municipalities/{entry}/"
    assert _read_qr(shot) == poster_url(municipality, language, BASE_URL) == expected


def _read_qr(image: Path) -> str:
    """Return what the one QR code in an image says, read by zbar (`make test` installs zbar-tools)."""
    zbarimg = shutil.which("zbarimg")
    assert zbarimg, "zbarimg is missing: run `make zbar` (apt-get install zbar-tools)"
    result = subprocess.run([zbarimg, "--quiet", "--raw", str(image)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
