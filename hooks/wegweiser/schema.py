"""The entry schemas: one JSON Schema per kind of entry, sharing common.json.

The schemas are published as they are (for editors' tools) and are the one
declaration of the fields: validation, field help and reference checks read them.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Iterator

from babel import Locale
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

SCHEMA_DIR = Path(__file__).parent / "schemas"

KINDS = ("providers", "municipalities", "course-types", "courses", "counselling", "helpers", "round-tables")

# Which fields point at entries of which kind; list fields hold several ids.
REFERENCES: dict[str, dict[str, str]] = {
    "providers": {"parent": "providers", "municipality": "municipalities"},
    "course-types": {"next": "course-types"},
    "courses": {"type": "course-types", "provider": "providers", "municipality": "municipalities"},
    "counselling": {"provider": "providers", "municipality": "municipalities", "areas_served": "municipalities"},
    "helpers": {"provider": "providers", "municipality": "municipalities", "areas_served": "municipalities"},
    "round-tables": {"municipality": "municipalities"},
}


def _load(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    resource = Resource.from_contents(_load("common.json"))
    return Registry().with_resource("common.json", resource)


@cache
def schema(kind: str) -> dict[str, Any]:
    """Return the JSON Schema of kind."""
    if kind not in KINDS:
        raise ValueError(f"Unknown kind {kind!r}; expected one of {KINDS}")
    return _load(f"{kind}.json")


KNOWN_LANGUAGES = frozenset(Locale("en").languages)


@cache
def validator(kind: str) -> Draft202012Validator:
    """Return a validator for entries of kind, checking dates and language codes wherever they occur."""
    checker = FormatChecker(["date"])
    checker.checks("language")(lambda code: not isinstance(code, str) or code in KNOWN_LANGUAGES)
    return Draft202012Validator(schema(kind), registry=_registry(), format_checker=checker)


def resolve(subschema: dict[str, Any]) -> dict[str, Any]:
    """Follow a $ref into common.json, keeping keywords written beside it."""
    ref = subschema.get("$ref")
    if not ref:
        return subschema
    target = _registry().resolver().lookup(ref).contents
    return {**resolve(target), **{k: v for k, v in subschema.items() if k != "$ref"}}


def field_help(kind: str, field: str) -> str | None:
    """Return the German help text of a top-level field, if the schema has one."""
    prop = schema(kind)["properties"].get(field)
    return resolve(prop).get("description") if prop else None


def _walk_descriptions(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "title") and isinstance(value, str):
                yield value
            else:
                yield from _walk_descriptions(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk_descriptions(item)


def extract_babel(fileobj, keywords, comment_tags, options):  # noqa: ARG001 - Babel's extractor signature
    """Babel extractor: offer the schemas' titles and help texts for translation."""
    for text in _walk_descriptions(json.load(fileobj)):
        yield 0, None, text, []
