"""The editors' commands: check, report, template."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES
from wegweiser.__main__ import main
from wegweiser.directory import load_directory


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FIXTURES / "valid", tmp_path / "directory")
    monkeypatch.chdir(tmp_path)
    return Path("directory")


def test_check_passes_and_counts(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tree)]) == 0
    assert capsys.readouterr().err == "8 Einträge geprüft, 0 Fehler gefunden.\n"


def test_check_fails_with_github_annotations(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "providers" / "leer.yml").write_bytes(b"")
    assert main(["check", str(tree), "--format", "github"]) == 1
    assert capsys.readouterr().out.startswith(
        "::error file=directory/providers/leer.yml,line=1,col=1::: Die Datei ist leer.")


def test_check_speaks_english(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "providers" / "leer.yml").write_bytes(b"")
    assert main(["--lang", "en", "check", str(tree)]) == 1
    assert "The file is empty." in capsys.readouterr().out


def test_report_lists_entries_without_contact(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tree)]) == 0
    out = capsys.readouterr().out
    assert "Ohne Kontaktdaten (3):\n  directory/municipalities/beispielstadt.yml\n" in out
    assert "directory/courses/kurs-a-beispielstadt.yml: cost" in out


@pytest.mark.parametrize("kind", ["courses", "counselling", "helpers", "round-tables", "providers"])
def test_template_lists_every_field_and_is_valid_yaml(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["template", kind]) == 0
    text = capsys.readouterr().out
    data = yaml.safe_load(text)
    assert data["contact"] == "unknown"
    assert {"id", "name", "source", "last_verified"} <= set(data)


def test_filled_template_passes_the_check(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["template", "round-tables"])
    text = capsys.readouterr().out
    filled = (text.replace("id:  ", "id: rt-neu  ").replace("name:  ", "name: Neuer Tisch  ")
              .replace("source: {}", "source: {verified_by: Redaktion}")
              .replace("last_verified:  ", "last_verified: 2026-01-01  ")
              .replace("municipality:  ", "municipality: beispielstadt  "))
    (tree / "round-tables" / "rt-neu.yml").write_text(filled, encoding="utf-8")
    _, problems = load_directory(tree, str)
    assert [str(p) for p in problems] == []
