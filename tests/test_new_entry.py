"""`make new`: a skeleton for a new entry that names its schema, explains each field in German, and that the
check either passes once filled in or names each empty field with file and line; every file names its schema."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from wegweiser.cli import main
from wegweiser.editor_template import kind_of, schema_line
from wegweiser.messages import identity
from wegweiser.schema import DATA_KINDS, KINDS
from wegweiser.source import load_directory

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SINGULAR = {"providers": "provider", "municipalities": "municipality", "course-types": "course-type",
            "courses": "course", "counselling": "counselling", "helpers": "helper", "round-tables": "round-table",
            "networks": "network", "fields-of-action": "field-of-action", "figures": "figure", "summaries": "summary"}
# An empty value the editor still has to fill in: "name:", or "concept_section:  # help".
_EMPTY = re.compile(r"^\s*([a-z_]+):\s*(#.*)?$")


def new(tree: Path, kind: str, entry_id: str) -> int:
    return main(["new", kind, entry_id, "--directory", str(tree)])


@pytest.mark.parametrize("kind", KINDS + DATA_KINDS)
def test_folder_name_and_singular_name_the_kind(kind: str) -> None:
    assert kind_of(kind) == kind
    assert kind_of(SINGULAR[kind]) == kind


def test_writes_the_skeleton_with_its_schema_first(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert new(tree, "course", "beispiel-kurs") == 0
    path = tree / "courses" / "beispiel-kurs.yml"
    assert capsys.readouterr().out == (f"Angelegt: {path.as_posix()}. Füllen Sie die leeren Felder aus und prüfen "
                                       "Sie mit make check.\n")
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../hooks/wegweiser/schemas/courses.json"
    assert "\nid: beispiel-kurs\n" in text
    assert "\ncontact: unknown\n" in text
    assert "# Kursart (ID aus course-types)\ntype:\n" in text  # the help text stands above its field
    assert "# Erlaubt: A1, A2, B1, B2, C1, C2\n# level_from:\n" in text  # optional fields are commented out


@pytest.mark.parametrize("kind", KINDS)
def test_check_names_every_field_still_to_fill_in(tree: Path, kind: str) -> None:
    assert new(tree, kind, "beispiel-neu") == 0
    path = tree / kind / "beispiel-neu.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    problems = [p for p in load_directory(tree)[1] if p.file == path.as_posix()]
    assert problems
    assert [p for p in load_directory(tree)[1] if p.file != path.as_posix()] == []
    for problem in problems:
        match = _EMPTY.match(lines[problem.line - 1])
        assert match, (problem, lines[problem.line - 1])
        assert problem.field.endswith(match.group(1))
    empty = [n for n, line in enumerate(lines, 1) if _EMPTY.match(line) and not line.startswith("#")
             and not (n < len(lines) and lines[n].startswith("  "))]  # a parent such as "source:" is not empty
    assert sorted({p.line for p in problems}) == empty


def test_an_empty_choice_says_which_values_to_write(tree: Path) -> None:
    assert new(tree, "counselling", "beispiel-neu") == 0
    topic = next(p for p in load_directory(tree)[1] if p.field == "topic")
    assert topic.message.translate(identity) == (
        "Hier fehlt noch ein Wert. Tragen Sie einen davon ein: migration, youth, return, housing, education, work, "
        "health, residence, general.")


def test_filled_skeleton_passes_the_check(tree: Path) -> None:
    assert new(tree, "courses", "beispiel-kurs") == 0
    path = tree / "courses" / "beispiel-kurs.yml"
    filled = (path.read_text(encoding="utf-8").replace("\nname:\n", "\nname: Beispielkurs\n")
              .replace("  concept_section:", '  concept_section: "3.6.1"').replace("\ntype:\n", "\ntype: kurs-a\n")
              .replace("# provider:\n", "provider: beispiel-traeger\n"))
    path.write_text(filled, encoding="utf-8")
    assert load_directory(tree)[1] == []
    assert yaml.safe_load(filled)["provider"] == "beispiel-traeger"


def test_refuses_an_existing_file(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tree / "courses" / "kurs-a-beispielstadt.yml"
    before = path.read_text(encoding="utf-8")
    assert new(tree, "courses", "kurs-a-beispielstadt") == 1
    assert capsys.readouterr().err == (f"Die Datei {path.as_posix()} gibt es schon. Wählen Sie eine andere ID oder "
                                       "bearbeiten Sie die Datei.\n")
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("entry_id", ["Beispiel-Kurs", "kurs_neu", "kurs-", "../kurs", "kürs", ""])
def test_refuses_an_id_that_is_no_file_name(tree: Path, entry_id: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(tree.rglob("*"))
    assert new(tree, "courses", entry_id) == 1
    assert capsys.readouterr().err == (
        f"Die ID '{entry_id}' geht nicht: Sie besteht nur aus Kleinbuchstaben, Ziffern und Bindestrichen, Umlaute "
        "als ae, oe, ue, ss, z. B. integrationskurs-vhs-alfeld.\n")
    assert sorted(tree.rglob("*")) == before


def test_refuses_an_unknown_kind(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert new(tree, "kurse", "beispiel") == 1
    assert capsys.readouterr().err.startswith("Unbekannte Art 'kurse'. Erlaubt sind: providers, municipalities,")


def test_make_new_needs_kind_and_id() -> None:
    result = subprocess.run(["make", "--no-print-directory", "new", "KIND=courses"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "make new KIND=courses ID=" in result.stdout + result.stderr


def test_template_prints_the_same_skeleton(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["template", "round-tables"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["contact"] == "unknown"
    assert {"id", "name", "source", "municipality"} <= set(data)


@pytest.mark.parametrize("path", sorted((ROOT / "directory").glob("*/*.yml")),
                         ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_entry_file_names_its_schema_first(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == schema_line(path.parent.name)
    assert (path.parent / first.partition("$schema=")[2]).resolve().is_file()


def contributing_examples() -> list[tuple[str, str]]:
    """Return (kind, YAML) of each complete example in CONTRIBUTING.md: the blocks that begin with the schema line."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    schema = r"# yaml-language-server: \$schema=\.\./\.\./hooks/wegweiser/schemas/([a-z-]+)\.json\n"
    blocks = re.findall(rf"```yaml\n({schema}.*?)```", text, re.S)
    return [(kind, block) for block, kind in blocks]


def test_contributing_has_one_example_per_kind() -> None:
    assert sorted(kind for kind, _ in contributing_examples()) == sorted(KINDS)


def test_contributing_examples_pass_the_check(tmp_path: Path) -> None:
    """Beside the real entries (the course example is of a real kind of course), and fictional throughout."""
    shutil.copytree(ROOT / "directory", tmp_path / "directory")
    for kind, block in contributing_examples():
        entry_id = yaml.safe_load(block)["id"]
        assert entry_id.startswith("beispiel-")
        assert not re.search(r"@(?!example\.org\b)|https://(?!www\.example\.org/|example\.org/)", block), block
        # Numbers the Bundesnetzagentur keeps for films and examples (030 23125 000 to 999) only.
        assert all(re.fullmatch(r"030 23125\d{3}", n) for n in re.findall(r'phone: "([^"]*)"', block)), block
        (tmp_path / "directory" / kind / f"{entry_id}.yml").write_text(block, encoding="utf-8")
    assert load_directory(tmp_path / "directory")[1] == []
