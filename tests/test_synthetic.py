"""The synthetic directory: valid, reproducible and plainly fictional."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from wegweiser import synthetic
from wegweiser.model.entries import Directory
from wegweiser.schema import KINDS, schema
from wegweiser.source import load_directory

COUNT = 300


def _tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def _values(node: Any, key: str | None = None) -> Iterator[tuple[str | None, Any]]:
    """Yield (key, value) for every value in node, nested ones included."""
    yield key, node
    if isinstance(node, dict):
        for name, value in node.items():
            yield from _values(value, name)
    elif isinstance(node, list):
        for item in node:
            yield from _values(item, key)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("synthetic")
    return root, synthetic.generate(root, COUNT)


@pytest.fixture(scope="module")
def loaded(generated: tuple[Path, int]) -> Directory:
    directory, problems = load_directory(generated[0])
    assert problems == []
    return directory


def test_writes_count_files_that_load_without_problems(generated: tuple[Path, int], loaded: Directory) -> None:
    root, written = generated
    assert written == COUNT
    assert len(list(root.rglob("*.yml"))) == COUNT
    assert sum(len(entries) for entries in loaded.entries.values()) == COUNT


def test_every_file_says_it_is_synthetic(generated: tuple[Path, int]) -> None:
    root, _ = generated
    assert all(path.read_text(encoding="utf-8").startswith(synthetic.HEADER) for path in root.rglob("*.yml"))


def test_same_seed_gives_identical_tree(generated: tuple[Path, int], tmp_path: Path) -> None:
    synthetic.generate(tmp_path, COUNT, seed=1)
    assert _tree(tmp_path) == _tree(generated[0])


def test_other_seed_gives_other_tree(generated: tuple[Path, int], tmp_path: Path) -> None:
    synthetic.generate(tmp_path, COUNT, seed=2)
    assert _tree(tmp_path) != _tree(generated[0])


def test_addresses_are_at_example_org(loaded: Directory) -> None:
    values = [(key, value) for entry in loaded for key, value in _values(entry.data)]
    emails = [value for key, value in values if key == "email"]
    assert emails and all(email.endswith("@example.org") for email in emails)
    assert all(value.startswith("https://example.org/") for key, value in values if key == "website")


def test_every_person_has_consent(loaded: Directory) -> None:
    people = [value for entry in loaded for key, value in _values(entry.data) if key == "person"]
    assert people
    assert all(person["consent"]["recorded_by"] == synthetic.RECORDED_BY for person in people)


def test_every_field_is_filled_somewhere(loaded: Directory) -> None:
    for kind in KINDS:
        used = set().union(*(entry.data for entry in loaded.of_kind(kind)))
        assert set(schema(kind)["properties"]) - used == set(), kind


def test_plan_splits_count_into_kinds() -> None:
    sizes = synthetic.plan(2000)
    assert sum(sizes.values()) == 2000
    assert sizes["course-types"] == 10 and 20 <= sizes["municipalities"] <= 25
    assert 0.5 < sizes["courses"] / 2000 < 0.6


def test_refuses_the_real_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = tmp_path.resolve() / "directory"
    monkeypatch.setattr(synthetic, "REAL_DIRECTORY", real)
    with pytest.raises(ValueError, match="real directory"):
        synthetic.generate(real / "courses", COUNT)
    assert not real.exists()


def test_refuses_a_folder_with_other_files(tmp_path: Path) -> None:
    (tmp_path / "courses").mkdir()
    (tmp_path / "courses" / "echt.yml").write_text(yaml.safe_dump({"id": "echt"}), encoding="utf-8")
    with pytest.raises(ValueError, match="not synthetic"):
        synthetic.generate(tmp_path, COUNT)


def test_replaces_an_earlier_run(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, 2 * COUNT)
    synthetic.generate(tmp_path, COUNT)
    assert len(list(tmp_path.rglob("*.yml"))) == COUNT
