"""The checked directory kept for the other languages' builds: read back only while nothing it depends on changed."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from conftest import FIXTURES
from wegweiser.source import cache
from wegweiser.source.cache import KEPT, cache_key, load_checked

DAY = date(2026, 12, 3)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    root = tmp_path / "directory"
    shutil.copytree(FIXTURES / "valid", root)
    return root


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record each time the directory is really read and checked."""
    calls: list[Path] = []
    real = cache.load_directory

    def counted(root: Path, today: date | None = None):
        calls.append(root)
        return real(root, today)

    monkeypatch.setattr(cache, "load_directory", counted)
    return calls


def test_a_second_build_reads_the_kept_directory(sources: Path, tmp_path: Path, loads: list[Path]) -> None:
    first, problems = load_checked(sources, tmp_path / "cache", DAY)
    second, again = load_checked(sources, tmp_path / "cache", DAY)
    assert problems == again == []
    assert len(loads) == 1
    assert [(e.kind, e.id, e.data, e.file) for e in second] == [(e.kind, e.id, e.data, e.file) for e in first]
    assert len(second) > 0


@pytest.mark.parametrize("change", ["edit", "add", "delete", "rename", "link"])
def test_any_change_under_the_folder_means_a_new_check(sources: Path, tmp_path: Path, loads: list[Path],
                                                        change: str) -> None:
    load_checked(sources, tmp_path / "cache", DAY)
    entry = next((sources / "courses").glob("*.yml"))
    if change == "edit":  # same size: only the bytes tell
        text = entry.read_text(encoding="utf-8")
        entry.write_text(text.replace("a", "b", 1), encoding="utf-8")
    elif change == "add":
        (sources / "courses" / "notiz.txt").write_text("", encoding="utf-8")
    elif change == "delete":
        entry.unlink()
    elif change == "rename":
        entry.rename(entry.with_name("umbenannt.yml"))
    else:
        (sources / "courses" / "verweis.yml").symlink_to(entry)
    _, problems = load_checked(sources, tmp_path / "cache", DAY)
    assert len(loads) == 2
    if change == "link":
        assert [p.code for p in problems] == ["file.symlink"]


def test_another_day_or_working_folder_means_a_new_check(sources: Path, tmp_path: Path, loads: list[Path],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    load_checked(sources, tmp_path / "cache", DAY)
    load_checked(sources, tmp_path / "cache", date(2026, 12, 4))  # a consent may have ended overnight
    monkeypatch.chdir(sources)  # messages name files relative to it
    load_checked(sources, tmp_path / "cache", DAY)
    assert len(loads) == 3


def test_a_change_to_the_checker_means_a_new_check(sources: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    code = tmp_path / "package"
    shutil.copytree(cache.PACKAGE / "schemas", code / "schemas")
    monkeypatch.setattr(cache, "PACKAGE", code)
    before = cache_key(sources, DAY)
    schema = next((code / "schemas").glob("*.json"))
    schema.write_text(schema.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert cache_key(sources, DAY) != before


def test_problems_are_never_kept(sources: Path, tmp_path: Path, loads: list[Path]) -> None:
    entry = next((sources / "courses").glob("*.yml"))
    entry.write_text("name: [kaputt", encoding="utf-8")
    for _ in range(2):
        _, problems = load_checked(sources, tmp_path / "cache", DAY)
        assert "yaml.syntax" in [p.code for p in problems]
    assert len(loads) == 2
    assert not list((tmp_path / "cache").glob("*"))


def test_a_file_that_cannot_be_hashed_means_a_check_without_cache(sources: Path, tmp_path: Path, loads: list[Path],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    entry = next((sources / "courses").glob("*.yml"))
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path == entry:
            raise PermissionError(13, "Permission denied")
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert cache_key(sources, DAY) is None
    for _ in range(2):
        directory, problems = load_checked(sources, tmp_path / "cache", DAY)
        assert problems == [] and len(directory) > 0
    assert len(loads) == 2
    assert not (tmp_path / "cache").exists()


def test_a_damaged_kept_file_is_checked_again_and_replaced(sources: Path, tmp_path: Path,
                                                           loads: list[Path]) -> None:
    load_checked(sources, tmp_path / "cache", DAY)
    (kept,) = (tmp_path / "cache").glob("*.pickle")
    kept.write_bytes(kept.read_bytes()[:100])
    directory, problems = load_checked(sources, tmp_path / "cache", DAY)
    assert problems == [] and len(directory) > 0
    assert len(loads) == 2
    load_checked(sources, tmp_path / "cache", DAY)
    assert len(loads) == 2


def test_only_the_newest_are_kept(sources: Path, tmp_path: Path) -> None:
    for day in range(1, KEPT + 3):
        load_checked(sources, tmp_path / "cache", date(2026, 12, day))
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == KEPT
    assert not list((tmp_path / "cache").glob("*.partial"))


def test_a_read_only_cache_folder_only_costs_time(sources: Path, tmp_path: Path, loads: list[Path]) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    directory, problems = load_checked(sources, blocked / "cache", DAY)
    assert problems == [] and len(directory) > 0
