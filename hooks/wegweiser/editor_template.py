"""A fill-in template for a new entry, derived from the kind's schema."""

from __future__ import annotations

from .messages import Translator
from .schema import resolve, schema

PLACEHOLDERS = {"string": "", "integer": "0", "boolean": "false", "array": "[]", "object": "{}"}


def entry_template(kind: str, _: Translator) -> str:
    """Return YAML with every field of kind, required ones first, each with its help text."""
    spec = schema(kind)
    required = spec["required"]
    optional = [name for name in spec["properties"] if name not in required]
    lines = [f"# yaml-language-server: $schema=../../hooks/wegweiser/schemas/{kind}.json",
             "# " + _("Pflichtfelder")]
    lines += [_field_line(name, spec["properties"][name], _) for name in required]
    lines += ["# " + _("Weitere Felder: ausfüllen oder löschen")]
    lines += ["# " + _field_line(name, spec["properties"][name], _) for name in optional]
    return "\n".join(lines) + "\n"


def _field_line(name: str, prop: dict, _: Translator) -> str:
    field = resolve(prop)
    if name == "contact":
        value = "unknown"
    elif "enum" in field:
        value = field["enum"][0]
    elif field.get("type") == "object" and "properties" in field:
        value = "{" + ", ".join(f"{key}: " for key in field["properties"]) + "}"  # the keys to fill in
    else:
        kind = field.get("type", "string")
        value = PLACEHOLDERS[kind if isinstance(kind, str) else kind[0]]
    help_text = field.get("description")
    return f"{name}: {value}" + (f"  # {_(help_text)}" if help_text else "")
