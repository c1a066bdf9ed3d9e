"""Validate entries against their schema: a quick yes/no first, an explanation only for failures.

fastjsonschema compiles a schema to Python and answers about twenty times faster than
jsonschema, which explains every mistake. Both must give the same verdict: they share
the format checks below, and tests/test_schema.py checks both on mutated entries and
keeps the schemas to the keywords both read alike.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

import fastjsonschema
from babel import Locale

from ..model.phone import is_phone
from ..model.web import is_web_url
from ..schema import COMMON, load_schema_file, registry, schema

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

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


FORMATS: dict[str, Callable[[Any], bool]] = {
    "date": is_date, "language": is_language, "phone": is_phone, "web-url": is_web_url}


@cache
def explaining_validator(kind: str) -> Draft202012Validator:
    """Return the validator that explains every mistake in an entry of kind (imported only for a mistake)."""
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker([])
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    return Draft202012Validator(schema(kind), registry=registry(), format_checker=checker)


def explain(kind: str, data: Any) -> Iterator[ValidationError]:
    """Yield every schema error of an entry of kind."""
    return explaining_validator(kind).iter_errors(data)


@cache
def _compiled(kind: str) -> Callable[[Any], Any]:
    # fastjsonschema knows draft 7, which has every keyword the schemas use, and no registry,
    # so common.json is bundled in.
    text = json.dumps(schema(kind)).replace(f'"{COMMON}#/$defs/', '"#/$defs/')
    bundled = json.loads(text)
    common = json.loads(json.dumps(load_schema_file(COMMON)["$defs"]).replace(f'"{COMMON}#/$defs/', '"#/$defs/'))
    bundled.update({"$schema": "http://json-schema.org/draft-07/schema#", "$defs": common})
    del bundled["$id"]
    return fastjsonschema.compile(bundled, formats=FORMATS)


def is_valid(kind: str, data: Any) -> bool:
    """Whether data is a valid entry of kind; cheap, so that only invalid entries pay for the explanation."""
    try:
        _compiled(kind)(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True
