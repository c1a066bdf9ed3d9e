"""The link checker: it finds a relative link to a missing page and a missing anchor, and the real site, in
every language, has neither. With the repository's address, every page made from a file links to it for editing."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from conftest import LANGUAGES, ROOT, build_site
from wegweiser.cli import main
from wegweiser.messages import identity
from wegweiser.site.links import broken_links
from wegweiser.source import load_directory
from wegweiser.views.builder import entry_path, page_url


def write(site: Path, name: str, body: str) -> None:
    path = site / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<!doctype html><html><body id="top">{body}</body></html>', encoding="utf-8")


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    """Two pages that link to each other, to files, anchors and addresses elsewhere, some of them broken."""
    write(tmp_path, "index.html", '<a href="de/">Deutsch</a><a href="de/kurse/#kurs-a">Kurs A</a>')
    write(tmp_path, "de/index.html",
          '<link rel="stylesheet" href="assets/site.css"><a href="kurse/">Kurse</a>'
          '<a href="kurse/#kurs-a">Kurs A</a><a href="kurse/#kurs-z">Kurs Z</a><a href="beratung/">Beratung</a>'
          '<a href="#top">oben</a><a href="#unten">unten</a><a href="../../draussen/">draußen</a>'
          '<a href="https://example.org/">anderswo</a><a href="mailto:kurse@example.org">Mail</a>'
          '<a href="tel:+495121123456">Anruf</a><a href="kurse/?lang=ar">gefiltert</a>')
    write(tmp_path, "de/kurse/index.html", '<h2 id="kurs-a">Kurs A</h2><a href="../">zurück</a>'
                                            '<img src="../assets/bild.png" alt="">')
    write(tmp_path, "de/404.html", '<a href="/de/kurse/">Kurse</a><a href="/de/fehlt/">fehlt</a>')
    (tmp_path / "de" / "assets").mkdir()
    (tmp_path / "de" / "assets" / "site.css").write_text("", encoding="utf-8")
    return tmp_path


def test_finds_missing_pages_files_and_anchors(small_site: Path) -> None:
    assert [link.describe(identity) for link in broken_links(small_site)] == [
        "de/404.html: /de/fehlt/ – Die Datei de/fehlt/index.html gibt es nicht.",
        "de/index.html: kurse/#kurs-z – Auf der Seite de/kurse/index.html gibt es den Anker #kurs-z nicht.",
        "de/index.html: beratung/ – Die Datei de/beratung/index.html gibt es nicht.",
        "de/index.html: #unten – Auf der Seite de/index.html gibt es den Anker #unten nicht.",
        "de/index.html: ../../draussen/ – Der Link führt aus der Website hinaus.",
        "de/kurse/index.html: ../assets/bild.png – Die Datei de/assets/bild.png gibt es nicht.",
    ]


def test_checks_only_the_folders_asked_for(small_site: Path) -> None:
    assert broken_links(small_site, folders=("en",)) == []


def test_command_fails_on_a_broken_link(small_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["links", str(small_site)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "de/404.html: /de/fehlt/ – Die Datei de/fehlt/index.html gibt es nicht."
    assert err == "6 defekte Links gefunden.\n"


def test_command_passes_without_broken_links(small_site: Path) -> None:
    (small_site / "de" / "404.html").unlink()
    write(small_site, "de/index.html", '<a href="kurse/#kurs-a">Kurs A</a>')
    (small_site / "de" / "kurse" / "index.html").unlink()
    write(small_site, "de/kurse/index.html", '<h2 id="kurs-a">Kurs A</h2>')
    assert main(["links", str(small_site)]) == 0


def test_the_site_has_no_broken_links(site: Path) -> None:
    """Every language, the language chooser and the links between the languages (the fixture builds beside them
    have only some of the languages, so their language menus are not checked)."""
    assert [link.describe(identity) for link in broken_links(site, folders=LANGUAGES)] == []


REPO = "https://github.com/example/wegweiser"
EDIT_LINK = re.compile(r'<a href="([^"]*)" title="[^"]*" class="md-content__button md-icon" rel="edit">')


@pytest.fixture(scope="module")
def with_repository(tmp_path_factory: pytest.TempPathFactory, base_url: str) -> Path:
    """The real directory in German, built with the repository's address set (REPO_URL)."""
    site = tmp_path_factory.mktemp("with-repository")
    result = build_site(site, "de", base_url, REPO_URL=REPO)
    assert result.returncode == 0, result.stderr
    return site / "de"


def edit_links(page: Path) -> list[str]:
    return [html.unescape(href) for href in EDIT_LINK.findall(page.read_text(encoding="utf-8"))]


def test_every_entry_page_links_to_its_yaml_file_for_editing(with_repository: Path) -> None:
    directory, _ = load_directory(ROOT / "directory")
    for entry in directory:
        page = with_repository / page_url(entry_path(entry)) / "index.html"
        file = f"directory/{entry.kind}/{entry.id}.yml"
        assert edit_links(page) == [f"{REPO}/edit/main/{file}"], page
        assert (ROOT / file).is_file()


def test_written_pages_link_to_their_markdown_for_editing(with_repository: Path) -> None:
    pages = sorted((ROOT / "docs").rglob("*.md"))
    assert pages
    for source in pages:
        name = source.relative_to(ROOT / "docs").as_posix()
        page = with_repository / page_url(name) / "index.html"
        assert edit_links(page) == [f"{REPO}/edit/main/docs/{name}"], page


def test_generated_pages_without_a_file_have_no_edit_link(with_repository: Path) -> None:
    for name in ("index.md", "courses/index.md", "redaktion/bericht.md"):
        assert edit_links(with_repository / page_url(name) / "index.html") == []


def test_the_repository_link_in_the_header_fetches_nothing(with_repository: Path) -> None:
    """The theme's script would ask api.github.com for the repository's stars and keep them in the browser."""
    home = (with_repository / "index.html").read_text(encoding="utf-8")
    assert f'href="{REPO}"' in home
    assert 'data-md-component="source"' not in home


def test_the_report_links_to_readers_reports(with_repository: Path) -> None:
    report = (with_repository / "redaktion" / "bericht" / "index.html").read_text(encoding="utf-8")
    assert f'href="{REPO}/issues?q=is%3Aissue+is%3Aopen+label%3Ameldung"' in report
    assert f'href="{REPO}/edit/main/directory/counselling/erwachsenenmigrationsdienst.yml" dir="ltr"' in report


def test_without_a_repository_there_are_no_edit_links(site: Path) -> None:
    assert [page for page in (site / "de").rglob("*.html") if 'rel="edit"' in page.read_text(encoding="utf-8")] == []
