"""The editors' commands: check (as text, JSON and GitHub annotations); report and template are tested in
test_editors_report.py and test_new_entry.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wegweiser.catalogs import compile_catalogs
from wegweiser.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
TRANSLATIONS = ROOT / "translations"


def test_check_passes_and_counts(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tree)]) == 0
    assert capsys.readouterr() == ("", "9 Einträge geprüft, 0 Fehler gefunden.\n")


def test_check_lists_problems_as_text(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "providers" / "leer.yml").write_bytes(b"")
    assert main(["check", str(tree)]) == 1
    assert capsys.readouterr() == (
        "directory/providers/leer.yml: Die Datei ist leer. Füllen Sie die Datei nach der Vorlage in CONTRIBUTING.md "
        "aus oder löschen Sie sie.\n",
        "10 Einträge geprüft, 1 Fehler gefunden.\n")


def test_check_fails_with_github_annotations(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "providers" / "leer.yml").write_bytes(b"")
    (tree / "courses" / "kurs-a-beispielstadt.yml").write_text(
        (tree / "courses" / "kurs-a-beispielstadt.yml").read_text(encoding="utf-8")
        .replace("level_from: A1", "level_from: A3"), encoding="utf-8")
    assert main(["check", str(tree), "--format", "github"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "::error file=directory/courses/kurs-a-beispielstadt.yml,line=6,col=13,title=level_from::'A3' ist nicht "
        "erlaubt. Erlaubt sind: A1, A2, B1, B2, C1, C2.",
        "::error file=directory/providers/leer.yml,line=1,col=1::Die Datei ist leer. Füllen Sie die Datei nach der "
        "Vorlage in CONTRIBUTING.md aus oder löschen Sie sie.",
    ]


def test_check_as_json(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "providers" / "leer.yml").write_bytes(b"")
    assert main(["check", str(tree), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out) == [{
        "file": "directory/providers/leer.yml", "line": None, "column": None, "field": "", "code": "yaml.empty",
        "message": "Die Datei ist leer.",
        "hint": "Füllen Sie die Datei nach der Vorlage in CONTRIBUTING.md aus oder löschen Sie sie.",
        "message_id": "Die Datei ist leer.", "params": {},
    }]


def test_check_as_json_without_problems(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tree), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_check_of_a_missing_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", "verzeichnis"]) == 1
    assert capsys.readouterr().out == ("verzeichnis: Der Ordner verzeichnis existiert nicht. Prüfen Sie den Pfad oder "
                                       "legen Sie den Ordner mit den Einträgen an.\n")


def test_check_speaks_english(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    compile_catalogs(TRANSLATIONS)
    (tree / "providers" / "leer.yml").write_bytes(b"")
    assert main(["--lang", "en", "--translations", str(TRANSLATIONS), "check", str(tree)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("directory/providers/leer.yml: The file is empty.")
    assert err == "10 entries checked, 1 error(s) found.\n"
