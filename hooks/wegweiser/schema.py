"""The entry schemas: one JSON Schema per kind of entry, sharing common.json.

The schemas are published as they are (for editors' tools) and are the one
declaration of the fields: validation, field help, editor templates and the
enumerations shown on the site all read them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from referencing import Registry

KINDS = ("providers", "municipalities", "course-types", "courses", "counselling", "helpers", "round-tables",
         "networks", "fields-of-action")
# Data the concept's pages show, read and checked like entries but without pages of their own.
DATA_KINDS = ("figures", "summaries")
COMMON = "common.json"

# Fields that name entries of any kind as "kind/id", wherever they stand in an entry of the kind given.
ANY_KIND_REFERENCES: dict[str, str] = {"fields-of-action": "actors"}

# Which fields point at entries of which kind; list fields hold several ids.
REFERENCES: dict[str, dict[str, str]] = {
    "providers": {"parent": "providers", "municipality": "municipalities"},
    "course-types": {"next": "course-types"},
    "courses": {"type": "course-types", "provider": "providers", "municipality": "municipalities"},
    "counselling": {"provider": "providers", "municipality": "municipalities", "areas_served": "municipalities"},
    "helpers": {"provider": "providers", "municipality": "municipalities", "areas_served": "municipalities"},
    "round-tables": {"municipality": "municipalities"},
    "networks": {"convenors": "providers", "members": "providers", "member_municipalities": "municipalities",
                 "member_helpers": "helpers"},
}


def schema_files() -> list[str]:
    """Return the names of the published schema files."""
    return [COMMON] + [f"{kind}.json" for kind in KINDS + DATA_KINDS]


@cache
def load_schema_file(name: str) -> dict[str, Any]:
    """Return one schema file of the package, parsed."""
    return json.loads(files("wegweiser").joinpath("schemas", name).read_text(encoding="utf-8"))


def schema(kind: str) -> dict[str, Any]:
    """Return the JSON Schema of kind."""
    if kind not in KINDS + DATA_KINDS:
        raise ValueError(f"Unknown kind {kind!r}; expected one of {KINDS + DATA_KINDS}")
    return load_schema_file(f"{kind}.json")


@cache
def registry() -> Registry:
    """Return the registry that resolves references into common.json (imported only when a check explains)."""
    from referencing import Registry, Resource

    return Registry().with_resource(COMMON, Resource.from_contents(load_schema_file(COMMON)))


def resolve(subschema: dict[str, Any]) -> dict[str, Any]:
    """Follow a $ref into common.json, keeping annotations written beside it (such as description)."""
    ref = subschema.get("$ref")
    if not ref:
        return subschema
    target = registry().resolver().lookup(ref).contents
    return {**resolve(target), **{k: v for k, v in subschema.items() if k != "$ref"}}


def is_text(node: dict[str, Any]) -> bool:
    """Whether a resolved schema node is a text: German, or a map of languages with at least 'de'."""
    return node.get("required") == ["de"] and "de" in node.get("properties", {})


def enum_values(definition: str) -> list[Any]:
    """Return the allowed values of an enumeration declared in common.json, e.g. 'weekday'."""
    return list(load_schema_file(COMMON)["$defs"][definition]["enum"])


def field_enum(kind: str, name: str) -> list[Any]:
    """Return the allowed values of an enumerated field of kind, e.g. the categories of providers."""
    return list(resolve(schema(kind)["properties"][name])["enum"])


@cache
def fields_declared_as(kind: str, definition: str) -> tuple[str, ...]:
    """Return the top-level fields of kind declared as a definition of common.json, e.g. 'proper_name'."""
    ref = f"{COMMON}#/$defs/{definition}"
    return tuple(name for name, prop in schema(kind)["properties"].items() if prop.get("$ref") == ref)


def is_proper_name(kind: str, name: str) -> bool:
    """Whether a field of kind holds a proper name: the same in every language, complete without translation."""
    return name in fields_declared_as(kind, "proper_name")


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
