"""The schemas: valid JSON Schema, read alike by both validators, and every mistake they find has a message.

fastjsonschema (draft 7) gives the quick yes/no, jsonschema (2020-12) the explanation.
The two drafts differ in places (draft 7 ignores every keyword beside $ref, for one), so
the schemas keep to the keywords both read alike; the lint below holds them to that.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from wegweiser.messages import Message, identity
from wegweiser.schema import COMMON, load_schema_file, schema_files
from wegweiser.source import load_directory
from wegweiser.source.schema_problems import schema_problems
from wegweiser.source.validate import FORMATS, explain, is_valid
from wegweiser.source.yaml_reader import SourceFile
from wegweiser.synthetic import generate

ODD_VALUES: list[Any] = ["", " ", "xx", "2026-02-30", "9:00", "A7", -1, 0, 3.5, True, None, [], {}, ["qq"],
                         {"de": ""}, {"qq": "x"}, {"en": "x"}, "unknown", "+0 123", "0512", "+999 123456",
                         "a@b", "a@b.c", "http://x", "javascript:alert(1)", "https://exa mple.org",
                         "https://user@host.org", "https://example.org/", 10**20]

ANNOTATIONS = frozenset({"description", "title", "$comment"})
# Keywords that only hold or point to other schemas; their subschemas are checked, not they.
STRUCTURE = frozenset({"$schema", "$id", "$defs", "$ref", "properties", "items", "additionalProperties",
                       "propertyNames"})
REF_PREFIX = f"{COMMON}#/$defs/"
# Every keyword that can fail, read alike by draft 7 and 2020-12, with a schema and a value that fails it.
FAILING: dict[str, tuple[dict[str, Any], Any]] = {
    "type": ({"type": "integer"}, "zwölf"),
    "enum": ({"enum": ["a", "b"]}, "c"),
    "const": ({"const": "unknown"}, "unbekannt"),
    "pattern": ({"pattern": "^[0-9]{5}$"}, "3113"),
    "minLength": ({"minLength": 1}, ""),
    "minimum": ({"minimum": 1}, 0),
    "maximum": ({"maximum": 500}, 501),
    "minItems": ({"minItems": 1}, []),
    "minProperties": ({"minProperties": 1}, {}),
    "uniqueItems": ({"uniqueItems": True}, ["ar", "ar"]),
    "required": ({"required": ["id"]}, {}),
    "additionalProperties": ({"properties": {"id": {}}, "additionalProperties": False}, {"idd": 1}),
    "anyOf": ({"anyOf": [{"const": "unknown"}, {"type": "object"}], "description": "Kontaktdaten"}, 1),
    "format": ({"format": "date"}, "2026-02-30"),
}
ALLOWED = ANNOTATIONS | STRUCTURE | set(FAILING)
# These keywords' messages say "empty": right only for a limit of one.
AT_LEAST_ONE = ("minLength", "minItems", "minProperties")
# A value each format rejects, and the start of its own message (not another format's).
FORMAT_FAILURES: dict[str, tuple[str, str]] = {
    "date": ("2026-02-30", "'2026-02-30' ist kein gültiges Datum."),
    "language": ("qq", "Unbekannter Sprachcode 'qq'."),
    "phone": ("+999 123456", "Die Telefonnummer '+999 123456' hat keine gültige Ländervorwahl."),
    "web-url": ("https://localhost", "'https://localhost' ist keine gültige Internetadresse."),
}


def _subschemas(node: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for keyword in ("properties", "$defs"):
        for name, sub in node.get(keyword, {}).items():
            yield f"{keyword}/{name}", sub
    for keyword in ("items", "additionalProperties", "propertyNames"):
        if isinstance(node.get(keyword), dict):
            yield keyword, node[keyword]
    for index, sub in enumerate(node.get("anyOf", [])):
        yield f"anyOf/{index}", sub


def lint(node: Any, defs: set[str], where: str = "#") -> list[str]:
    """Return what in a schema the two validators would read differently, or the messages do not cover."""
    if not isinstance(node, dict):
        return [f"{where}: not a schema object"]
    found = []
    if "$ref" in node:
        beside = sorted(set(node) - ANNOTATIONS - {"$ref"})
        if beside:
            found.append(f"{where}: $ref beside {beside} (draft 7 ignores them)")
        ref = node["$ref"]
        if not (ref.startswith(REF_PREFIX) and ref[len(REF_PREFIX):] in defs):
            found.append(f"{where}: $ref {ref!r} is not {REF_PREFIX}<definition>")
    found += [f"{where}: keyword {key!r} not allowed" for key in sorted(set(node) - ALLOWED)]
    if "format" in node and node["format"] not in FORMATS:
        found.append(f"{where}: format {node['format']!r} has no check")
    found += [f"{where}: {key} {node[key]} (its message says 'empty')" for key in AT_LEAST_ONE
              if key in node and node[key] != 1]
    if isinstance(node.get("items"), list):
        found.append(f"{where}: items is a list (a tuple in draft 7, an error in 2020-12)")
    if "anyOf" in node and "description" not in node:
        found.append(f"{where}: anyOf without description (the message for no matching branch)")
    for path, sub in _subschemas(node):
        found += lint(sub, defs, f"{where}/{path}")
    return found


def common_defs() -> set[str]:
    return set(load_schema_file(COMMON)["$defs"])


@pytest.mark.parametrize("name", schema_files())
def test_schema_keeps_to_what_both_validators_read_alike(name: str) -> None:
    assert lint(load_schema_file(name), common_defs()) == []


@pytest.mark.parametrize(("schema", "complaint"), [
    ({"$ref": f"{REF_PREFIX}id", "type": "string"}, "#: $ref beside ['type'] (draft 7 ignores them)"),
    ({"$ref": f"{REF_PREFIX}id", "description": "Kennung", "title": "ID", "$comment": "ok"}, None),
    ({"$ref": "#/$defs/id"}, "#: $ref '#/$defs/id' is not common.json#/$defs/<definition>"),
    ({"$ref": f"{REF_PREFIX}nowhere"}, "#: $ref 'common.json#/$defs/nowhere' is not common.json#/$defs/<definition>"),
    ({"properties": {"a": {"dependentRequired": {"a": ["b"]}}}},
     "#/properties/a: keyword 'dependentRequired' not allowed"),
    ({"$defs": {"x": {"items": {"prefixItems": [{}]}}}}, "#/$defs/x/items: keyword 'prefixItems' not allowed"),
    ({"format": "email"}, "#: format 'email' has no check"),
    ({"minLength": 3}, "#: minLength 3 (its message says 'empty')"),
    ({"items": [{"type": "string"}]}, "#: items is a list (a tuple in draft 7, an error in 2020-12)"),
    ({"anyOf": [{"const": "unknown"}]}, "#: anyOf without description (the message for no matching branch)"),
    ({"anyOf": [{"const": "unknown"}, {"type": "object", "properties": {"x": {"$ref": "x.json"}}}],
      "description": "d"}, "#/anyOf/1/properties/x: $ref 'x.json' is not common.json#/$defs/<definition>"),
])
def test_lint_finds_each_mistake(schema: dict[str, Any], complaint: str | None) -> None:
    assert lint(schema, common_defs()) == ([complaint] if complaint else [])


def test_lint_walks_the_real_schemas() -> None:
    common = copy.deepcopy(load_schema_file(COMMON))
    common["$defs"]["contact"]["anyOf"][1]["properties"]["phone"]["type"] = "string"
    common["$defs"]["schedule"]["dependentRequired"] = {"time_from": ["time_to"]}
    assert lint(common, common_defs()) == [
        "#/$defs/contact/anyOf/1/properties/phone: $ref beside ['type'] (draft 7 ignores them)",
        "#/$defs/schedule: keyword 'dependentRequired' not allowed",
    ]


def _messages(schema: dict[str, Any], value: Any) -> list[Message]:
    checker = FormatChecker([])
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    errors = Draft202012Validator(schema, format_checker=checker).iter_errors(value)
    return [problem.message for problem in schema_problems(SourceFile("x.yml"), errors)]


@pytest.mark.parametrize("keyword", sorted(FAILING))
def test_every_keyword_has_its_own_message(keyword: str) -> None:
    schema, value = FAILING[keyword]
    messages = _messages(schema, value)
    assert len(messages) == 1
    assert messages[0].id != "{detail}", "falls back to jsonschema's English message"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_has_its_own_message(name: str) -> None:
    assert name in FORMAT_FAILURES, f"add a failing value for format {name!r}"
    value, message = FORMAT_FAILURES[name]
    assert [m.translate(identity) for m in _messages({"format": name}, value)] == [message]


@pytest.fixture(scope="module")
def entries(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, dict[str, Any]]]:
    root = tmp_path_factory.mktemp("synthetic")
    generate(root, 300)
    directory, problems = load_directory(root)
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
            node[key] = copy.deepcopy(rng.choice(ODD_VALUES))
        return data


def test_both_validators_agree_on_valid_and_broken_entries(entries: list[tuple[str, dict[str, Any]]]) -> None:
    rng = random.Random(7)
    disagreements = []
    for kind, data in entries:
        for candidate in [data] + [_mutate(data, rng) for _ in range(5)]:
            explained = not any(True for _ in explain(kind, candidate))
            if is_valid(kind, candidate) != explained:
                disagreements.append((kind, candidate))
    assert disagreements == []


@pytest.mark.parametrize("name", schema_files())
def test_published_schemas_are_valid_json_schema(name: str) -> None:
    Draft202012Validator.check_schema(load_schema_file(name))


def test_every_schema_file_is_published() -> None:
    folder = Path(str(files("wegweiser").joinpath("schemas")))
    assert sorted(path.name for path in folder.glob("*.json")) == sorted(schema_files())
