"""The quick yes/no validator and the explaining validator agree on every entry."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from wegweiser.directory import load_directory
from wegweiser.schema import is_valid, validator
from wegweiser.synthetic import generate

ODD_VALUES: list[Any] = ["", " ", "xx", "2026-02-30", "9:00", "A7", -1, 0, 3.5, True, None, [], {}, ["qq"],
                         {"de": ""}, {"qq": "x"}, "unknown", "+0 123", "a@b", "http://x"]


@pytest.fixture(scope="module")
def entries(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, dict[str, Any]]]:
    root = tmp_path_factory.mktemp("synthetic")
    generate(root, 300)
    directory, problems = load_directory(root, str)
    assert problems == []
    return [(entry.kind, entry.data) for entry in directory]


def _mutate(data: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Replace or delete one value somewhere in data."""
    data = copy.deepcopy(data)
    node: Any = data
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = rng.choice(keys)
        child = node[key]
        if isinstance(child, (dict, list)) and child and rng.random() < 0.6:
            node = child
            continue
        if isinstance(node, dict) and rng.random() < 0.3:
            del node[key]
        else:
            node[key] = rng.choice(ODD_VALUES)
        return data


def test_both_validators_agree_on_valid_and_broken_entries(entries: list[tuple[str, dict[str, Any]]]) -> None:
    rng = random.Random(7)
    disagreements = []
    for kind, data in entries:
        for candidate in [data] + [_mutate(data, rng) for _ in range(5)]:
            explained = not any(True for _ in validator(kind).iter_errors(candidate))
            if is_valid(kind, candidate) != explained:
                disagreements.append((kind, candidate))
    assert disagreements == []


def test_published_schemas_are_valid_json_schema() -> None:
    for path in (Path(__file__).parents[1] / "hooks/wegweiser/schemas").glob("*.json"):
        Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))
