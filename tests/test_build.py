"""The real build: every entry gets its page, lists stay out of the navigation, errors stop the build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, build_site
from wegweiser.model.guide import GUIDE, START
from wegweiser.source import load_directory
from wegweiser.views.builder import SECTIONS


def page(site: Path, language: str, path: str) -> str:
    return (site / language / path / "index.html").read_text(encoding="utf-8")


def test_every_entry_has_a_page_in_every_language(site: Path) -> None:
    directory, _ = load_directory(ROOT / "directory")
    for language in ("de", "en"):
        for entry in directory:
            html = page(site, language, f"{SECTIONS[entry.kind]}/{entry.id}")
            assert f'<html lang="{language}"' in html
            assert entry.id in html or "<h1" in html


def test_fixture_build_produces_exactly_the_expected_pages(tmp_path: Path, base_url: str) -> None:
    result = build_site(tmp_path, "de", base_url, FIXTURES / "valid")
    assert result.returncode == 0, result.stderr
    pages = sorted(str(p.parent.relative_to(tmp_path / "de")) for p in (tmp_path / "de").rglob("index.html")
                   if "concept" not in p.parts)
    guide = ["guide", *(f"guide/{node}" for node in GUIDE if node != START)]
    assert pages == sorted([*guide,
        ".", "barrierefreiheit", "counselling", "counselling/beratung-beispiel", "course-guide", "course-guide/kurs-a",
        "course-guide/kurs-b", "courses", "courses/kurs-a-beispielstadt", "datenschutz", "helpers",
        "helpers/helfer-beispielstadt", "impressum", "leichte-sprache", "municipalities",
        "municipalities/beispielstadt", "networks", "networks/netzwerk-beispiel", "offene-daten", "providers",
        "providers/beispiel-traeger", "redaktion/bericht", "round-tables", "round-tables/runder-tisch-beispielstadt",
        "search", "uebersetzungen",
    ])


def test_course_page_shows_what_a_reader_needs_first(tmp_path: Path, base_url: str) -> None:
    assert build_site(tmp_path, "de", base_url, FIXTURES / "valid").returncode == 0
    html = page(tmp_path, "de", "courses/kurs-a-beispielstadt")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    for expected in ("Kursart Kurs A", "Träger Beispiel-Träger", "Ort Beispielstadt", "Sprachniveau A1 → A2",
                     "Beginn 2. März 2026", "Tage Mo. und Di.", "Uhrzeit 09:00–12:15", "Kinderbetreuung ja",
                     "Unterstützung in Arabisch, Persisch und Ukrainisch", "Anmeldung Anmeldung beim Träger.",
                     "Für diesen Eintrag sind noch keine Kontaktdaten hinterlegt.",
                     "Träger des Angebots: Beispiel-Träger"):
        assert expected in text
    assert 'href="../../providers/beispiel-traeger/"' in html


def test_contact_links_work_in_any_direction(tmp_path: Path, base_url: str) -> None:
    assert build_site(tmp_path, "de", base_url, FIXTURES / "valid").returncode == 0
    html = page(tmp_path, "de", "counselling/beratung-beispiel")
    assert '<a href="tel:+493023125456" dir="ltr">030 23125456</a>' in html
    helper = page(tmp_path, "de", "helpers/helfer-beispielstadt")
    assert '<a href="mailto:erika@example.org" dir="ltr">erika@example.org</a>' in helper
    provider = page(tmp_path, "de", "providers/beispiel-traeger")
    assert '<address lang="de" dir="ltr">Musterweg 1<br>00000 Beispielstadt</address>' in provider


def test_entry_pages_stay_out_of_the_navigation(site: Path) -> None:
    html = page(site, "de", "courses/integrationskurs-vhs-hildesheim")
    assert len(re.findall(r'class="md-nav__link', html)) < 40
    assert "courses/integrationskurs-daa/" not in html


def test_no_request_leaves_the_site(site: Path) -> None:
    for html_file in (site / "de").rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        external = re.findall(r'(?:src|href)="(https?://(?!127\.0\.0\.1)[^"]+)"', html)
        assert [url for url in external if "fonts.g" in url or url.endswith(".js") or url.endswith(".css")] == []
        assert "fonts.googleapis.com" not in html


def test_build_fails_with_every_problem_and_no_traceback(tmp_path: Path, base_url: str) -> None:
    directory = tmp_path / "directory"
    shutil.copytree(FIXTURES / "valid", directory)
    (directory / "providers" / "leer.yml").write_bytes(b"")
    course = directory / "courses" / "kurs-a-beispielstadt.yml"
    course.write_text(course.read_text(encoding="utf-8").replace("level_from: A1", "level_from: A7"), "utf-8")
    result = build_site(tmp_path / "site", "de", base_url, directory)
    assert result.returncode == 1
    assert "Das Verzeichnis enthält 2 Fehler:" in result.stderr
    assert "courses/kurs-a-beispielstadt.yml:6:13 level_from: 'A7' ist nicht erlaubt." in result.stderr
    assert "providers/leer.yml: Die Datei ist leer." in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("language", ["de", "en"])
def test_root_chooser_names_each_language_in_itself(site: Path, language: str) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    name = {"de": "Deutsch", "en": "English"}[language]
    assert f'<a href="{language}/" hreflang="{language}" lang="{language}" dir="ltr">{name}</a>' in html
