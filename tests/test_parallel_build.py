"""`wegweiser build` (make build): every language forked from one process that checked the directory once."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from conftest import FIXTURES, build_languages

LANGUAGES = ["de", "ar", "fa"]  # as the session's site has the fixture directory, built by mkdocs build each


def _differences(comparison: filecmp.dircmp) -> list[str]:
    found = [f"{comparison.left}/{name}" for name in
             comparison.left_only + comparison.right_only + comparison.diff_files + comparison.funny_files]
    for sub in comparison.subdirs.values():
        found += _differences(sub)
    return found


def test_each_language_is_the_same_as_its_own_mkdocs_build(site: Path, base_url: str, tmp_path: Path) -> None:
    built = build_languages(tmp_path, LANGUAGES, f"{base_url}fixture/", FIXTURES / "valid", "--jobs", "2")
    assert built.returncode == 0, built.stderr
    for language in LANGUAGES:
        comparison = filecmp.dircmp(tmp_path / language, site / "fixture" / language)
        assert _differences(comparison) == [], language


def test_a_directory_with_problems_is_reported_once_and_nothing_is_built(tmp_path: Path) -> None:
    directory = tmp_path / "directory"
    shutil.copytree(FIXTURES / "valid", directory)
    entry = next((directory / "courses").glob("*.yml"))
    entry.write_text(entry.read_text(encoding="utf-8") + "phone: [\n", encoding="utf-8")
    built = build_languages(tmp_path / "site", LANGUAGES, "http://127.0.0.1:8000/", directory)
    assert built.returncode == 1
    assert built.stderr.count(f"{entry.name}:") == 1, built.stderr
    assert "Das Verzeichnis enthält 1 Fehler:" in built.stderr
    assert not (tmp_path / "site").exists()


def test_after_a_language_fails_no_other_starts(tmp_path: Path) -> None:
    """A public address without a publisher stops the first language; the second is never begun."""
    built = build_languages(tmp_path, ["de", "ar"], "https://example.org/", FIXTURES / "valid", "--jobs", "1")
    assert built.returncode == 1
    assert "de: mkdocs.yml" in built.stderr and "extra.publisher" in built.stderr
    assert "ar:" not in built.stderr
    assert "Not built: de, ar" in built.stderr


def test_a_broken_configuration_stops_before_any_language(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Wegweiser\nnav: 5\n", encoding="utf-8")
    built = build_languages(tmp_path / "site", ["de"], "http://127.0.0.1:8000/", None, "--config-file", str(config))
    assert built.returncode == 1
    assert "Config value 'nav'" in built.stderr
    assert not (tmp_path / "site").exists()
