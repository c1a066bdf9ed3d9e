"""Open data: the JSON and CSV files hold every entry, leave out what consent does not cover, and repeat
byte for byte; the page about them is in every language's footer and links to files that exist."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from conftest import FIXTURES, LANGUAGES, ROOT
from wegweiser.open_data import write_open_data
from wegweiser.open_data.csv_export import columns
from wegweiser.open_data.records import NAMESPACE, record_id
from wegweiser.schema import DATA_KINDS, KINDS
from wegweiser.source import load_directory

HELPER = "helpers/helfer-beispielstadt.yml"


def export(directory: Path, out: Path) -> dict[str, bytes]:
    """Load a directory, write its open data into out; return the files by path below out."""
    loaded, problems = load_directory(directory)
    assert problems == []
    write_open_data(loaded, out, list(LANGUAGES))
    return {str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return export(ROOT / "directory", tmp_path_factory.mktemp("open-data"))


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "valid", tmp_path / "directory")
    return tmp_path / "directory"


def test_the_json_holds_every_entry_of_every_kind_with_its_languages(real: dict[str, bytes]) -> None:
    data = json.loads(real["directory.json"])
    loaded, _ = load_directory(ROOT / "directory")
    assert list(data["kinds"]) == list(KINDS + DATA_KINDS)
    for kind in KINDS + DATA_KINDS:
        assert [entry["id"] for entry in data["kinds"][kind]] == [entry.id for entry in loaded.of_kind(kind)]
    course = next(entry for entry in data["kinds"]["courses"] if isinstance(entry["name"], dict))
    assert course == {"uuid": course["uuid"], **loaded.get("courses", course["id"]).data}


def test_uuids_are_derived_from_kind_and_id(real: dict[str, bytes]) -> None:
    data = json.loads(real["directory.json"])
    ids = [entry["uuid"] for kind in data["kinds"].values() for entry in kind]
    assert len(set(ids)) == len(ids)
    first = data["kinds"]["providers"][0]
    assert first["uuid"] == str(uuid.uuid5(NAMESPACE, f"providers/{first['id']}"))
    assert record_id("providers", first["id"], "phone") != first["uuid"]


def test_each_kind_has_a_csv_with_the_schema_columns_and_a_row_per_entry(real: dict[str, bytes]) -> None:
    loaded, _ = load_directory(ROOT / "directory")
    for kind in KINDS:
        rows = list(csv.reader(io.StringIO(real[f"csv/{kind}.csv"].decode("utf-8"))))
        assert rows[0] == [column.header for column in columns(kind, list(LANGUAGES))]
        assert [row[0] for row in rows[1:]] == [entry.id for entry in loaded.of_kind(kind)]
    header = rows_of(real, "courses")[0]
    assert header[:3] == ["id", "name.de", "name.en"]
    assert "contact.address.street" in header and not any("consent" in name for name in header)


def rows_of(files: dict[str, bytes], kind: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(files[f"csv/{kind}.csv"].decode("utf-8"))))


@pytest.mark.parametrize("formula", ['=HYPERLINK("https://example.org/x","Hier klicken")', "+1+cmd|' /C calc'!A0",
                                     "-2+3", "@SUM(1+1)", "\t=1+1"])
def test_a_text_a_spreadsheet_would_run_as_a_formula_is_written_as_text(fixture_copy: Path, tmp_path: Path,
                                                                         formula: str) -> None:
    entry = fixture_copy / HELPER
    entry.write_text(entry.read_text(encoding="utf-8").replace(
        "name: Integrationshilfe Beispielstadt", f"name: {json.dumps(formula)}"), encoding="utf-8")
    files = export(fixture_copy, tmp_path / "data")
    row = dict(zip(*rows_of(files, "helpers")[:2], strict=True))
    assert row["name.de"] == f"'{formula}"
    assert _helper(files)["name"] == formula


def test_phone_numbers_stay_as_they_are_in_the_table(fixture_copy: Path, tmp_path: Path) -> None:
    rows = rows_of(export(fixture_copy, tmp_path / "data"), "providers")
    row = dict(zip(rows[0], next(r for r in rows[1:] if r[0] == "beispiel-traeger"), strict=True))
    assert row["contact.phone"] == "+49 30 23125123"


def test_a_person_is_left_out_without_consent_for_open_data(fixture_copy: Path, tmp_path: Path) -> None:
    files = export(fixture_copy, tmp_path / "site-only")
    helper = _helper(files)
    assert "person" not in helper["contact"]
    assert "Erika" not in b"".join(files.values()).decode("utf-8")


def test_a_person_is_published_as_far_as_consent_covers_open_data(fixture_copy: Path, tmp_path: Path) -> None:
    entry = fixture_copy / HELPER
    entry.write_text(entry.read_text(encoding="utf-8").replace(
        "fields: [name, email], channels: [site]", "fields: [name, email], channels: [site, open_data]"),
        encoding="utf-8")
    files = export(fixture_copy, tmp_path / "open")
    assert _helper(files)["contact"]["person"] == {"name": "Erika Beispiel", "role": "Integrationshelferin",
                                                    "email": "erika@example.org"}
    row = dict(zip(*rows_of(files, "helpers")[:2], strict=True))
    assert (row["contact.person.name"], row["contact.person.email"]) == ("Erika Beispiel", "erika@example.org")


def _helper(files: dict[str, bytes]) -> dict:
    helpers = json.loads(files["directory.json"])["kinds"]["helpers"]
    return next(entry for entry in helpers if entry["id"] == "helfer-beispielstadt")


def test_two_exports_of_the_same_sources_are_byte_identical(real: dict[str, bytes], tmp_path: Path) -> None:
    assert export(ROOT / "directory", tmp_path / "again") == real


def test_the_command_refuses_a_directory_with_problems(fixture_copy: Path, tmp_path: Path) -> None:
    (fixture_copy / HELPER).write_text("id: [\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "wegweiser", "open-data", str(tmp_path / "data"),
                             "--directory", str(fixture_copy), "--languages", *LANGUAGES],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert HELPER in result.stdout
    assert not (tmp_path / "data").exists()


def test_the_page_is_linked_from_the_footer_and_links_to_the_files(site: Path) -> None:
    for language in LANGUAGES:
        start = (site / language / "index.html").read_text(encoding="utf-8")
        assert 'href="offene-daten/"' in start
        page = (site / language / "offene-daten" / "index.html").read_text(encoding="utf-8")
        links = re.findall(r'href="(\.\./\.\./data/[^"]+)"', page)
        assert len(links) == 1 + len(KINDS) + 2
        for link in links:
            assert (site / language / "offene-daten" / link).resolve().is_file(), link
        assert "extra.open_data.license" in page
