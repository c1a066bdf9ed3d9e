"""A fill-in skeleton for a new entry, derived from the kind's schema, with a German comment on every field.

Required fields are left empty where nothing true can be prefilled, so that `make check` names each one
still to fill in, with file and line; optional fields follow as comments, to fill in or delete.
`make new` writes the skeleton as a file, `wegweiser template` prints it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .messages import Message, Translator, msg
from .schema import DATA_KINDS, KINDS, load_schema_file, resolve, schema

SCHEMA_LINE = "# yaml-language-server: $schema=../../hooks/wegweiser/schemas/{kind}.json"


class NewEntryError(Exception):
    """An editor's request that cannot be carried out; the message says why and what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.id)
        self.message = message


def schema_line(kind: str) -> str:
    """Return the first line of an entry file: it tells editors' tools which schema checks the file."""
    return SCHEMA_LINE.format(kind=kind)


def entry_template(kind: str, _: Translator, entry_id: str = "") -> str:
    """Return YAML with every field of kind, required ones first, each under a comment that explains it."""
    spec = schema(kind)
    required = spec["required"]
    optional = [name for name in spec["properties"] if name not in required]
    lines = [schema_line(kind),
             "# " + _("Füllen Sie jedes leere Feld aus; make check nennt jedes, das noch fehlt, mit Zeile."),
             "", "# " + _("Pflichtfelder"), ""]
    for name in required:
        lines += _field(name, spec["properties"][name], _, entry_id if name == "id" else "", required=True)
    lines += ["# " + _("Weitere Felder: Entfernen Sie das # vor einem Feld, um es auszufüllen, oder löschen Sie es."),
              ""]
    for name in optional:
        lines += [line if not line or line.startswith("#") else f"# {line}"
                  for line in _field(name, spec["properties"][name], _)]
    return "\n".join(lines)


def _field(name: str, prop: dict[str, Any], _: Translator, value: str = "", *, required: bool = False) -> list[str]:
    """Return the comment and the line(s) of one field, followed by an empty line."""
    field = resolve(prop)
    comments = [f"# {_(field['description'])}"] if field.get("description") else []
    if "enum" in field:
        comments.append("# " + _("Erlaubt: {values}").format(values=", ".join(map(str, field["enum"]))))
    if name == "contact":
        return [*comments, "contact: unknown", ""]
    if field.get("type") == "object" and "properties" in field:
        return [*comments, f"{name}:", *_keys(field, _, required=required), ""]
    return [*comments, f"{name}: {value}".rstrip(), ""]


def _keys(field: dict[str, Any], _: Translator, *, required: bool) -> list[str]:
    """Return the lines of an object's keys, each with its help text: a required object shows the keys it needs
    (a source one of its keys only), an optional one all of them."""
    names = list(field["properties"])
    names = field.get("required") or names[:1] if required else names
    lines = []
    for key in names:
        description = resolve(field["properties"][key]).get("description")
        lines.append(f"  {key}:" + (f"  # {_(description)}" if description else ""))
    return lines


def kind_of(name: str) -> str | None:
    """Return the folder of a kind named by its folder (courses) or in the singular (course), else None."""
    for kind in KINDS + DATA_KINDS:
        if name in (kind, _singular(kind)):
            return kind
    return None


def _singular(kind: str) -> str:
    first, _dash, rest = kind.partition("-of-")
    first = first[:-3] + "y" if first.endswith("ies") else first.removesuffix("s")
    return f"{first}-of-{rest}" if rest else first


def new_entry(directory: Path, kind_name: str, entry_id: str, _: Translator) -> Path:
    """Write the skeleton of a new entry to directory/<kind>/<id>.yml and return its path.

    Refuses an unknown kind, an id that is not a valid file name and a file that exists already.
    """
    kind = kind_of(kind_name)
    if kind is None:
        raise NewEntryError(msg("Unbekannte Art '{kind}'. Erlaubt sind: {kinds}.", kind=kind_name,
                                kinds=", ".join(KINDS + DATA_KINDS)))
    if not re.fullmatch(load_schema_file("common.json")["$defs"]["id"]["pattern"], entry_id):
        raise NewEntryError(msg("Die ID '{id}' geht nicht: Sie besteht nur aus Kleinbuchstaben, Ziffern und "
                                "Bindestrichen, Umlaute als ae, oe, ue, ss, z. B. integrationskurs-vhs-alfeld.",
                                id=entry_id))
    path = directory / kind / f"{entry_id}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as file:  # "x": never overwrite an entry
            file.write(entry_template(kind, _, entry_id))
    except FileExistsError:
        raise NewEntryError(msg("Die Datei {path} gibt es schon. Wählen Sie eine andere ID oder bearbeiten Sie "
                                "die Datei.", path=path.as_posix())) from None
    return path
