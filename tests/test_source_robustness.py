"""Whatever lies in the directory, the check ends in located problems, never in an exception or a hang.

Each odd file gives exactly one clear problem, and the other files are still checked: every
case below also breaks the course on purpose and expects that mistake too.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wegweiser.catalogs import compile_catalogs, load_translations
from wegweiser.cli import main
from wegweiser.messages import Translator, identity
from wegweiser.reports.problems import text_line
from wegweiser.source import files, load_directory, yaml_reader
from wegweiser.source.yaml_reader import read_source
from wegweiser.synthetic import generate
from yaml_mutations import mutate_text, within

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
COURSE = "courses/kurs-a-beispielstadt.yml"
PROVIDER = "providers/beispiel-traeger.yml"
HELPER = "helpers/helfer-beispielstadt.yml"
# The mistake every test adds to the course, to show that the other files are still checked.
COURSE_MISTAKE = ("directory/courses/kurs-a-beispielstadt.yml:6:13 level_from: 'A3' ist nicht erlaubt. "
                  "Erlaubt sind: A1, A2, B1, B2, C1, C2.")
TOO_DEEP = ("Die Datei ist zu tief verschachtelt (mehr als 32 Ebenen). Ein Eintrag braucht nur wenige Ebenen; "
            "vergleichen Sie ihn mit der Vorlage in CONTRIBUTING.md.")
RECURSIVE = "Ein YAML-Anker (&) enthält sich selbst. Entfernen Sie den Alias (*), der auf den eigenen Anker verweist."
INVISIBLE_HINT = "Löschen Sie das Zeichen; es stammt meist aus einem kopierten Text."
SYMLINK = ("Das ist eine Verknüpfung (symbolischer Link), keine Datei. Legen Sie den Eintrag als echte Datei an und "
           "löschen Sie die Verknüpfung.")
NOT_REGULAR = "Das ist keine gewöhnliche Datei. Ersetzen Sie sie durch eine Textdatei mit dem Eintrag."


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the valid fixture directory with one mistake in the course."""
    shutil.copytree(FIXTURES / "valid", tmp_path / "directory")
    monkeypatch.chdir(tmp_path)
    edit(Path("directory"), COURSE, "level_from: A1", "level_from: A3")
    return Path("directory")


def edit(tree: Path, name: str, old: str, new: str) -> None:
    path = tree / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(tree: Path, _: Translator = identity) -> list[str]:
    return [text_line(p, _) for p in within(30, lambda: load_directory(tree))[1]]


def test_missing_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert problems(Path("directory")) == [
        "directory: Der Ordner directory existiert nicht. Prüfen Sie den Pfad oder legen Sie den Ordner mit den "
        "Einträgen an."]


@pytest.mark.parametrize("folders", [[], ["providers", "courses"]])
def test_empty_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folders: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    for folder in ["directory"] + [f"directory/{name}" for name in folders]:
        Path(folder).mkdir()
    found = load_directory(Path("directory"))[1]
    assert [p.code for p in found] == ["directory.empty"]
    assert text_line(found[0], identity) == (
        "directory: Im Ordner directory stehen keine Einträge. Einträge gehören als .yml-Datei in einen dieser "
        "Ordner: providers, municipalities, course-types, courses, counselling, helpers, round-tables, networks, "
        "fields-of-action.")


def _refuse(path_name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap an os function so that it fails with 'permission denied' for paths ending in path_name."""
    def refusing(path: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(path).endswith(path_name):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real(path, *args, **kwargs)
    return refusing


def test_unreadable_file(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, who may read anything: the refusal is injected."""
    monkeypatch.setattr(yaml_reader.os, "open", _refuse(PROVIDER, os.open))
    # The courses and the counselling that refer to the provider do not add "unknown id".
    assert problems(tree) == [
        COURSE_MISTAKE,
        "directory/providers/beispiel-traeger.yml: Die Datei kann nicht gelesen werden (Permission denied). "
        "Prüfen Sie, ob die Datei existiert und lesbar ist."]


def test_unreadable_folder_is_reported(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files.os, "scandir", _refuse("round-tables", os.scandir))
    assert problems(tree) == [
        COURSE_MISTAKE,
        "directory/round-tables: Der Ordner kann nicht gelesen werden (Permission denied). Prüfen Sie die "
        "Zugriffsrechte des Ordners; seine Einträge fehlen sonst."]


def test_unreadable_root_is_not_called_empty(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files.os, "scandir", _refuse("directory", os.scandir))
    assert problems(tree) == [
        "directory: Der Ordner kann nicht gelesen werden (Permission denied). Prüfen Sie die Zugriffsrechte des "
        "Ordners; seine Einträge fehlen sonst."]


@pytest.mark.parametrize(("name", "target"), [("loop.yml", "loop.yml"), ("dangling.yml", "nowhere.yml"),
                                              ("kurs.yml", "../courses/kurs-a-beispielstadt.yml")])
def test_symbolic_link(tree: Path, name: str, target: str) -> None:
    (tree / "providers" / name).symlink_to(target)
    assert problems(tree) == [COURSE_MISTAKE, f"directory/providers/{name}: {SYMLINK}"]


def test_fifo_does_not_hang(tree: Path) -> None:
    os.mkfifo(tree / "providers" / "pipe.yml")
    assert problems(tree) == [COURSE_MISTAKE, f"directory/providers/pipe.yml: {NOT_REGULAR}"]


def test_fifo_read_directly_does_not_hang(tree: Path) -> None:
    """Should the walk ever let one through (a file replaced by a pipe meanwhile), reading it does not block."""
    os.mkfifo(tree / "providers" / "pipe.yml")
    source, found = within(10, lambda: read_source(tree / "providers" / "pipe.yml", "pipe.yml"))
    assert source.data is None
    assert [text_line(p, identity) for p in found] == [f"pipe.yml: {NOT_REGULAR}"]


def test_file_name_not_in_utf8(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "providers" / os.fsdecode(b"tr\xe4ger.yml")).write_bytes(b"id: traeger\n")
    expected = ("directory/providers/tr\ufffdger.yml: Der Dateiname ist nicht in UTF-8 geschrieben. Benennen Sie die "
                "Datei um: Der Name ist die ID des Eintrags, aus Kleinbuchstaben, Ziffern und Bindestrichen.")
    assert problems(tree) == [COURSE_MISTAKE, expected]
    for output in ("text", "json", "github"):  # the captured output is strict UTF-8, as a terminal may be
        assert main(["check", str(tree), "--format", output]) == 1
    assert "tr\ufffdger.yml" in capsys.readouterr().out


def _flow_sequence(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def _flow_mapping(depth: int) -> bytes:
    return b"{a: " * depth + b"1" + b"}" * depth


def _block_sequence(depth: int) -> bytes:
    return b"\n" + b"- " * depth + b"x"


def _block_mapping(depth: int) -> bytes:
    return b"\n" + b"".join(b" " * level + b"a:\n" for level in range(depth)) + b" " * depth + b"b: 1"


@pytest.mark.parametrize(("content", "where", "message"), [
    (b"id: x\nname: &x [*x]\n", "2:7", RECURSIVE),
    (b"id: x\nname: &x {de: *x}\n", "2:7", RECURSIVE),
    (b"id: x\nname: &x\n  de: *x\n", "2:7", RECURSIVE),
    (b"id: x\nname: &x\n  - [a, *x]\n", "2:7", RECURSIVE),
    (b"id: x\nname: " + _flow_sequence(300) + b"\n", "2:39", TOO_DEEP),
    (b"id: x\nname: " + _flow_sequence(1000) + b"\n", "2:1006", TOO_DEEP),  # libyaml's own limit
    (b"id: x\nname: " + _flow_mapping(300) + b"\n", "2:135", TOO_DEEP),
    (b"id: x\nname: " + _flow_mapping(1000) + b"\n", "2:4003", TOO_DEEP),
    (b"id: x\nname:" + _block_sequence(300) + b"\n", "3:65", TOO_DEEP),
    (b"id: x\nname:" + _block_sequence(1000) + b"\n", "3:1999", TOO_DEEP),
    (b"id: x\nname:" + _block_mapping(300) + b"\n", "36:34", TOO_DEEP),
    (b"id: x\nname:" + _block_mapping(700) + b"\n", "36:34", TOO_DEEP),  # just under the size limit
    (b"id: x\nname: " + b"7" * 5000 + b"\n", "2:7",
     "Die Zahl hat 5000 Ziffern; erlaubt sind höchstens 18. Ist das ein Text? Dann setzen Sie ihn in "
     "Anführungszeichen."),
    (b"id: x\nname: -" + b"7" * 5000 + b".5\n", "2:7",
     "Die Zahl hat 5001 Ziffern; erlaubt sind höchstens 18. Ist das ein Text? Dann setzen Sie ihn in "
     "Anführungszeichen."),
    (b"id: x\nname: a\x01b\n", "2:8", f"Die Datei enthält das unsichtbare Steuerzeichen U+0001. {INVISIBLE_HINT}"),
    ("id: x\nname: Größe\n  über \x1b[31m\n".encode(), "3:8",
     f"Die Datei enthält das unsichtbare Steuerzeichen U+001B. {INVISIBLE_HINT}"),
    (b"id: x\nname: \x00\n", "2:7", f"Die Datei enthält das unsichtbare Steuerzeichen U+0000. {INVISIBLE_HINT}"),
])
def test_unreadable_yaml(tree: Path, content: bytes, where: str, message: str) -> None:
    (tree / "providers" / "x.yml").write_bytes(content)
    assert problems(tree) == [COURSE_MISTAKE, f"directory/providers/x.yml:{where}: {message}"]


@pytest.mark.parametrize(("name", "old", "new", "expected"), [
    (PROVIDER, "name: Beispiel-Träger", "name: {en: Example provider}",
     "directory/providers/beispiel-traeger.yml:2:7 name: Pflichtfeld 'de' fehlt."),
    (PROVIDER, "name: Beispiel-Träger", 'name: "Beispiel\\0Träger"',
     f"directory/providers/beispiel-traeger.yml:2:7 name: Der Text enthält an Stelle 9 das unsichtbare Zeichen "
     f"U+0000 (CONTROL). {INVISIBLE_HINT}"),
    (PROVIDER, "name: Beispiel-Träger", "name: Beispiel-\u202eregärT",
     f"directory/providers/beispiel-traeger.yml:2:7 name: Der Text enthält an Stelle 10 das unsichtbare Zeichen "
     f"U+202E (RIGHT-TO-LEFT OVERRIDE). {INVISIBLE_HINT}"),
    (PROVIDER, "name: Beispiel-Träger", "name: {de: Beispiel-Träger, fa: \"نمونه\u200b\"}",
     f"directory/providers/beispiel-traeger.yml:2:33 name.fa: Der Text enthält an Stelle 6 das unsichtbare "
     f"Zeichen U+200B (ZERO WIDTH SPACE). {INVISIBLE_HINT}"),
    (PROVIDER, "street: Musterweg 1", "street: Muster\u2066weg\u2069 1",
     f"directory/providers/beispiel-traeger.yml:12:13 contact.address.street: Der Text enthält an Stelle 7 das "
     f"unsichtbare Zeichen U+2066 (LEFT-TO-RIGHT ISOLATE). {INVISIBLE_HINT}"),
    (HELPER, "consent: {date: 2026-01-10", "consent: {date: 1900-01-01",
     "directory/helpers/helfer-beispielstadt.yml:11:21 contact.person.consent.date: Das Datum 1900-01-01 liegt vor "
     "dem 2000-01-01; das ist vermutlich ein Tippfehler. Tragen Sie das Datum ein, an dem die Einwilligung "
     "erteilt wurde."),
])
def test_field_mistake(tree: Path, name: str, old: str, new: str, expected: str) -> None:
    edit(tree, name, old, new)
    assert problems(tree) == [COURSE_MISTAKE, expected]


def test_empty_consent_names_every_field(tree: Path) -> None:
    """Four fields are missing, so four problems: each says which field and what belongs in it."""
    edit(tree, HELPER, "consent: {date: 2026-01-10, recorded_by: Testdaten, fields: [name, email], "
                     "channels: [site]}", "consent: {}")
    assert problems(tree) == [
        COURSE_MISTAKE,
        "directory/helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'date' fehlt. "
        "Ergänzen Sie: Datum im Format JJJJ-MM-TT.",
        "directory/helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'recorded_by' fehlt. "
        "Ergänzen Sie: Wer die schriftliche Einwilligung aufbewahrt.",
        "directory/helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'fields' fehlt. "
        "Ergänzen Sie: Welche Angaben zur Person veröffentlicht werden dürfen: name, phone, email.",
        "directory/helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'channels' fehlt. "
        "Ergänzen Sie: Wo sie veröffentlicht werden dürfen: site (diese Website), open_data (offene Daten zum "
        "Herunterladen)."]


def test_marks_and_joiners_that_scripts_need_are_accepted(tree: Path) -> None:
    persian = "\u200fمی\u200cخواهم \u200eVHS\u200e \u061c(ز\u200dبان)"  # RLM, ZWNJ, LRM, ALM, ZWJ
    edit(tree, PROVIDER, "name: Beispiel-Träger", f'name: {{de: Beispiel-Träger, fa: "{persian}"}}')
    assert problems(tree) == [COURSE_MISTAKE]


# The fuzzer: random and mutated entry files, loaded in small batches.

FUZZ_FILES = 480
BATCH = 24


def _sources(synthetic: Path) -> list[tuple[Path, Path]]:
    """(tree, file) for each valid entry to start from."""
    valid = FIXTURES / "valid"
    return ([(valid, path) for path in sorted(valid.rglob("*.yml"))]
            + [(synthetic, path) for path in sorted(synthetic.rglob("*.yml"))])


def _write_batch(folder: Path, base: Path, starts: list[Path], rng: random.Random, batch: int) -> list[Path]:
    shutil.copytree(base, folder)
    written = []
    for number, start in enumerate(starts):
        name = f"{start.stem}-f{batch}-{number}"
        text = start.read_text(encoding="utf-8").replace(f"id: {start.stem}\n", f"id: {name}\n")
        target = folder / start.parent.name / f"{name}.yml"
        if rng.random() < 0.1:  # a file made of noise
            target.write_bytes(rng.randbytes(rng.randrange(0, 400)))
        else:
            target.write_bytes(mutate_text(text, rng))
        written.append(target)
    return written


@pytest.fixture(scope="module")
def english() -> Translator:
    compile_catalogs(ROOT / "translations")
    return load_translations(ROOT / "translations", "en").gettext


def test_fuzzed_entries_never_crash_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str], english: Translator) -> None:
    monkeypatch.chdir(tmp_path)
    synthetic = tmp_path / "synthetic"
    generate(synthetic, 60)
    sources = _sources(synthetic)
    rng = random.Random(20260114)
    crashes: list[tuple[list[Path], str]] = []
    mutated = 0
    for batch in range(FUZZ_FILES // BATCH):
        base = FIXTURES / "valid" if batch % 2 else synthetic
        starts = [rng.choice(sources)[1] for _ in range(BATCH)]
        folder = Path(f"batch-{batch}")
        written = _write_batch(folder, base, starts, rng, batch)
        mutated += len(written)
        try:
            _, found = within(60, lambda folder=folder: load_directory(folder))
            for problem in found:
                assert problem.file, problem
                assert text_line(problem, identity)
                assert "Project-Id-Version" not in text_line(problem, english)  # what gettext("") returns
            code = main(["check", str(folder), "--format", ("text", "json", "github")[batch % 3]])
        except Exception as error:  # noqa: BLE001 - collected to show every crashing batch at once
            crashes.append((written, f"{type(error).__name__}: {error}"))
            continue
        output = capsys.readouterr()
        assert code in (0, 1)
        assert "Traceback" not in output.out + output.err
    assert mutated >= 400
    assert crashes == []
