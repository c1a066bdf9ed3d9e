"""The link checker: it finds a relative link to a missing page and a missing anchor, and the real site, in
every language, has neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import LANGUAGES
from wegweiser.cli import main
from wegweiser.messages import identity
from wegweiser.site.links import broken_links


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
