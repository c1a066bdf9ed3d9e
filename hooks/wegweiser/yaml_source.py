"""Read one YAML entry file into plain data, remembering where every value stands.

Values are resolved by a deliberately small rule set (YAML 1.2 core, no dates, no
sexagesimal numbers, no yes/no booleans): `09:00` stays a time string, `no` stays
a language code and `05121 1234` stays a phone number, which PyYAML's default
YAML 1.1 rules would each turn into something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .i18n import Translator
from .problems import Problem

MAX_FILE_BYTES = 256 * 1024
MAX_NODES = 20_000

_INT = re.compile(r"^-?(0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"^-?(0|[1-9][0-9]*)\.[0-9]+$")
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "false": False, "False": False}

JsonPath = tuple[str | int, ...]

try:  # libyaml is about ten times faster; the pure-Python composer gives the same nodes
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


@dataclass
class SourceFile:
    """An entry file's data and the line and column (1-based) of each value."""

    path: str
    data: Any = None
    positions: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: JsonPath, *, key: bool = False) -> tuple[int, int]:
        """Return where the value (or its key) at path stands, else its nearest parent."""
        index = self.key_positions if key else self.positions
        while path:
            if path in index:
                return index[path]
            if key and path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))


class _Walker:
    """Turn a composed YAML node tree into Python data, recording positions."""

    def __init__(self, source: SourceFile, _: Translator) -> None:
        self.source = source
        self._ = _
        self.problems: list[Problem] = []
        self.visited = 0

    def value(self, node: yaml.Node, path: JsonPath) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise _TooComplex()
        self.source.positions[path] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, path + (i,)) for i, item in enumerate(node.value)]
        return _scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: JsonPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else "?"
            line, column = _mark(key_node)
            if key in result:
                first_line = self.source.key_positions[path + (key,)][0]
                self.problems.append(Problem(
                    self.source.path, line, column, dotted_path(path + (key,)),
                    self._("Das Feld steht doppelt (zuerst in Zeile {line}).").format(line=first_line),
                    self._("Löschen Sie eines der beiden Vorkommen."),
                ))
                continue
            self.source.key_positions[path + (key,)] = (line, column)
            result[key] = self.value(value_node, path + (key,))
        return result


class _TooComplex(Exception):
    pass


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _scalar(node: yaml.Node) -> Any:
    text = node.value
    if node.style:  # quoted or block scalars are always text; plain is None or "" (libyaml)
        return text
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


def dotted_path(path: JsonPath) -> str:
    """Format a path as editors write it: schedule.days[1]."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def read_source(file: Path, display: str, _: Translator) -> tuple[SourceFile, list[Problem]]:
    """Read file; return its data and every problem that kept it from being read."""
    source = SourceFile(display)

    def fail(message: str, hint: str | None = None, line: int | None = None, column: int | None = None):
        return source, [Problem(display, line, column, "", message, hint)]

    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        return fail(
            _("Die Datei ist {size} groß; ein Eintrag darf höchstens {limit} groß sein.").format(
                size=_human_size(size), limit=_human_size(MAX_FILE_BYTES)),
            _("Prüfen Sie, ob versehentlich eine andere Datei gespeichert wurde."))
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return fail(
            _("Die Datei ist nicht in UTF-8 gespeichert (Byte 0x{byte:02X}).").format(byte=raw[error.start]),
            _("Speichern Sie die Datei im Editor mit der Kodierung UTF-8."), line, column)
    tab = _first_tab_indent(text)
    if tab:
        return fail(_("Tabulatorzeichen zum Einrücken gefunden."),
                    _("Rücken Sie in YAML nur mit Leerzeichen ein."), *tab)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return fail(_("Die Datei ist kein gültiges YAML: {problem}.").format(problem=error.problem),
                    _yaml_hint(str(error.problem), _), line, column)
    except yaml.YAMLError as error:
        return fail(_("Die Datei ist kein gültiges YAML: {problem}.").format(problem=error))
    if node is None:
        return fail(_("Die Datei ist leer."),
                    _("Füllen Sie die Datei nach der Vorlage in CONTRIBUTING.md aus oder löschen Sie sie."))
    if not isinstance(node, yaml.MappingNode):
        found = _("eine Liste") if isinstance(node, yaml.SequenceNode) else _("ein einzelner Wert")
        line, column = _mark(node)
        return fail(
            _("Erwartet wird eine Zuordnung von Feldern (feld: wert), gefunden wurde {found}.").format(found=found),
            _("Jede Datei beschreibt genau einen Eintrag; entfernen Sie die Spiegelstriche vor den Feldern."),
            line, column)
    walker = _Walker(source, _)
    try:
        source.data = walker.value(node, ())
    except _TooComplex:
        return fail(_("Die Datei ist zu verschachtelt (mehr als {limit} Werte).").format(limit=MAX_NODES),
                    _("Entfernen Sie YAML-Anker und -Aliase (& und *)."))
    return source, walker.problems


def _first_tab_indent(text: str) -> tuple[int, int] | None:
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return number, indent.index("\t") + 1
    return None


def _yaml_hint(problem: str, _: Translator) -> str:
    if "mapping values are not allowed" in problem:
        return _("Enthält ein Text einen Doppelpunkt? Setzen Sie den Text in Anführungszeichen.")
    if "could not find expected ':'" in problem or "simple key" in problem:
        return _("Fehlt nach dem Feldnamen ein Doppelpunkt, oder ist die Zeile falsch eingerückt?")
    if "expected <block end>" in problem or "did not find expected" in problem:
        return _("Prüfen Sie die Einrückung: Felder derselben Ebene beginnen in derselben Spalte.")
    return _("Vergleichen Sie die Datei mit der Vorlage in CONTRIBUTING.md.")


def _human_size(size: int) -> str:
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"
