"""data/csv/<kind>.csv: one row per entry, one column per field, in the order the schema declares them.

Nested fields are flattened into dotted column names (contact.address.street); a text gets one column
per language (name.de, name.en, …); a list of plain values is joined with "; ", anything more nested
is given as JSON in its cell. The columns come from the schema, not from the data, so they stay the same
whatever the entries hold.

A spreadsheet reads a cell that begins with "=", "+", "-" or "@" as a formula, which could open links or run
commands on the computer of whoever opens the table; such a cell is written with an apostrophe first, which
spreadsheets read as "this is text". A phone number or a plain number (+49 30 123, -5) stays as it is.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..schema import KINDS, is_text, resolve, schema
from .records import public_data

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ..model.entries import Directory

LIST_SEPARATOR = "; "
# Consent records stay in the files: the export says only what they allow.
LEFT_OUT = frozenset({"consent"})
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?[0-9][0-9 ()/.,-]*")


@dataclass(frozen=True)
class Column:
    """One column: its header, where its value stands in an entry, and the language of a text."""

    header: str
    path: tuple[str, ...]
    language: str | None = None

    def cell(self, data: dict[str, Any]) -> str:
        """Return the column's value in an entry's data, as text."""
        value: Any = data
        for key in self.path:
            value = value.get(key) if isinstance(value, dict) else None
        if self.language is not None:
            return _text_in(value, self.language)
        return _plain(value)


def columns(kind: str, languages: list[str]) -> list[Column]:
    """Return the columns of kind's table."""
    return list(_columns(schema(kind), (), languages))


def kind_csv(directory: Directory, languages: list[str]) -> dict[str, str]:
    """Return one CSV text per kind of entry."""
    return {kind: _table(columns(kind, languages), [public_data(e) for e in directory.of_kind(kind)])
            for kind in KINDS}


def _table(cols: list[Column], rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([col.header for col in cols])
    for data in rows:
        writer.writerow([_as_text(col.cell(data)) for col in cols])
    return out.getvalue()


def _columns(node: dict[str, Any], path: tuple[str, ...], languages: list[str]) -> Iterator[Column]:
    node = resolve(node)
    header = ".".join(path)
    if is_text(node):
        for language in languages:
            yield Column(f"{header}.{language}", path, language)
        return
    objects = [resolve(option) for option in node.get("anyOf", [node]) if resolve(option).get("properties")]
    if not objects:
        yield Column(header, path)
        return
    for name, sub in objects[0]["properties"].items():
        if name not in LEFT_OUT:
            yield from _columns(sub, (*path, name), languages)


def _text_in(value: Any, language: str) -> str:
    if isinstance(value, str):
        return value if language == "de" else ""
    if not isinstance(value, dict):
        return ""
    text = value.get(language)
    return text.get("text", "") if isinstance(text, dict) else (text or "")


def _as_text(cell: str) -> str:
    """Return cell so that a spreadsheet shows it as text, never runs it as a formula."""
    if cell.startswith(FORMULA_START) and not NUMBER.fullmatch(cell):
        return f"'{cell}"
    return cell


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(item, (str, int, float)) for item in value):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)
