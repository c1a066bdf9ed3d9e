"""The entry schemas: one JSON Schema per kind of entry, sharing common.json.

The schemas are published as they are (for editors' tools) and are the one
declaration of the fields: validation, field help and reference checks read them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
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
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_date(value: Any) -> bool:
    """Whether value is a real calendar date written YYYY-MM-DD (non-strings are the type check's business)."""
    if not isinstance(value, str):
        return True
    try:
        return bool(_DATE.fullmatch(value)) and bool(date.fromisoformat(value))
    except ValueError:
        return False


def is_language(value: Any) -> bool:
    """Whether value is a language code Babel knows (non-strings are the type check's business)."""
    return not isinstance(value, str) or value in KNOWN_LANGUAGES


@cache
def validator(kind: str) -> Draft202012Validator:
    """Return a validator for entries of kind that explains every mistake, dates and language codes included."""
    checker = FormatChecker([])
    checker.checks("date")(is_date)
    checker.checks("language")(is_language)
    return Draft202012Validator(schema(kind), registry=_registry(), format_checker=checker)


@cache
def _compiled(kind: str) -> Callable[[Any], Any]:
    # fastjsonschema compiles the schema to Python and answers yes or no about twenty times faster
    # than jsonschema; it knows draft 7, which has every keyword the schemas use, and no registry,
    # so common.json is bundled in.
    bundled = json.loads(json.dumps(schema(kind)).replace('"common.json#/$defs/', '"#/$defs/'))
    bundled.update({"$schema": "http://json-schema.org/draft-07/schema#", "$defs": _load("common.json")["$defs"]})
    del bundled["$id"]
    return fastjsonschema.compile(bundled, formats={"date": is_date, "language": is_language})


def is_valid(kind: str, data: Any) -> bool:
    """Whether data is a valid entry of kind; cheap, so that only invalid entries pay for the explanation."""
    try:
        _compiled(kind)(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def resolve(subschema: dict[str, Any]) -> dict[str, Any]:
    """Follow a $ref into common.json, keeping keywords written beside it."""
    ref = subschema.get("$ref")
    if not ref:
        return subschema
    target = _registry().resolver().lookup(ref).contents
    return {**resolve(target), **{k: v for k, v in subschema.items() if k != "$ref"}}


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
