"""Read one YAML entry file into plain data, remembering where every value stands.

Values are resolved by a deliberately small rule set (YAML 1.2 core, no dates, no
sexagesimal numbers, no yes/no booleans): `09:00` stays a time string, `no` stays
a language code and `05121 1234` stays a phone number, which PyYAML's default
YAML 1.1 rules would each turn into something else.

Whatever a file holds, reading it ends in data or in one located problem, never in
an exception: too large, not UTF-8, tabs, broken YAML, nesting too deep, an anchor
that contains itself, a number too long to be one.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..messages import Message, msg
from .problems import Problem

MAX_FILE_BYTES = 256 * 1024
MAX_NODES = 20_000
MAX_DEPTH = 32
MAX_DIGITS = 18
# libyaml stops at 1000 levels itself, before the walker below can count them.
_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"

_INT = re.compile(r"^-?(0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"^-?(0|[1-9][0-9]*)\.[0-9]+$")
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "false": False, "False": False}

JsonPath = tuple[str | int, ...]

try:  # libyaml is about ten times faster; the pure-Python composer gives the same nodes
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Compose nodes without resolving their tags: _scalar below gives values their type."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return "tag:yaml.org,2002:str"


@dataclass
class SourceFile:
    """An entry file's data, and its YAML nodes to tell the line and column (1-based) of any value.

    Positions are looked up only for the few values a problem is reported about, so they are
    read from the nodes on demand rather than recorded for every value.
    """

    path: str
    data: Any = None
    root: yaml.Node | None = None

    def position(self, path: JsonPath, *, key: bool = False) -> tuple[int, int]:
        """Return where the value (or its key) at path stands, else where its nearest parent does."""
        node, key_node = self.root, None
        for part in path:
            child = _child(node, part)
            if child is None:
                break
            key_node, node = child
        if node is None:
            return 1, 1
        return _mark(key_node if key and key_node is not None else node)


def _child(node: yaml.Node | None, part: str | int) -> tuple[yaml.Node | None, yaml.Node] | None:
    """Return (key node, value node) of a mapping's field or (None, item) of a list's item, if there is one."""
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and str(_scalar(key_node)) == part:
                return key_node, value_node
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return None, node.value[part]
    return None


class Unreadable(Exception):
    """The file cannot be turned into data; carries the one problem that says why."""

    def __init__(self, code: str, message: Message, hint: Message | None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message.id)
        self.code, self.message, self.hint, self.line, self.column = code, message, hint, line, column


class _Walker:
    """Turn a composed YAML node tree into Python data, recording positions."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.visited = 0
        self.open_nodes: set[int] = set()  # the nodes being walked: an alias back to one of them is a loop

    def value(self, node: yaml.Node, path: JsonPath) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise Unreadable("yaml.too-many-values",
                             msg("Die Datei ist zu umfangreich (mehr als {limit} Werte).", limit=MAX_NODES),
                             msg("Entfernen Sie YAML-Anker und -Aliase (& und *)."))
        if len(path) > MAX_DEPTH:
            raise _too_deep(*_mark(node))
        if isinstance(node, yaml.ScalarNode):
            return _scalar(node)
        if id(node) in self.open_nodes:
            raise Unreadable("yaml.recursive-alias", msg("Ein YAML-Anker (&) enthält sich selbst."),
                             msg("Entfernen Sie den Alias (*), der auf den eigenen Anker verweist."), *_mark(node))
        self.open_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            result: Any = self._mapping(node, path)
        else:
            result = [self.value(item, path + (i,)) for i, item in enumerate(node.value)]
        self.open_nodes.discard(id(node))
        return result

    def _mapping(self, node: yaml.MappingNode, path: JsonPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else "?"
            if key in result:
                line, column = _mark(key_node)
                self.problems.append(Problem(
                    "yaml.duplicate-key",
                    msg("Das Feld steht doppelt (zuerst in Zeile {line}).", line=first_lines[key]),
                    msg("Löschen Sie eines der beiden Vorkommen."),
                    self.source.path, line, column, dotted_path(path + (key,))))
                continue
            first_lines[key] = key_node.start_mark.line + 1
            result[key] = self.value(value_node, path + (key,))
        return result


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
    if _INT.match(text) or _FLOAT.match(text):
        if len(text.lstrip("-").replace(".", "")) > MAX_DIGITS:
            raise Unreadable("yaml.number-too-long",
                             msg("Die Zahl hat {count} Ziffern; erlaubt sind höchstens {limit}.",
                                 count=len(text.lstrip("-").replace(".", "")), limit=MAX_DIGITS),
                             msg("Ist das ein Text? Dann setzen Sie ihn in Anführungszeichen."), *_mark(node))
        return int(text) if _INT.match(text) else float(text)
    return text


def dotted_path(path: JsonPath) -> str:
    """Format a path as editors write it: schedule.days[1]."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def read_source(file: Path, display: str) -> tuple[SourceFile, list[Problem]]:
    """Read file; return its data and every problem found while reading it."""
    source = SourceFile(display)
    try:
        node = _compose(_decode(_read_bytes(file)))
        source.root, walker = node, _Walker(source)
        source.data = walker.value(node, ())
    except Unreadable as error:
        source.data = None
        return source, [Problem(error.code, error.message, error.hint, display, error.line, error.column)]
    return source, walker.problems


def _read_bytes(file: Path) -> bytes:
    """Read a regular file of at most MAX_FILE_BYTES; never block on a pipe or a device."""
    try:
        descriptor = os.open(file, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError as error:
        raise _unreadable_file(error) from error
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable("file.not-regular", msg("Das ist keine gewöhnliche Datei."),
                             msg("Ersetzen Sie sie durch eine Textdatei mit dem Eintrag."))
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(info.st_size)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise _unreadable_file(error) from error
    finally:
        os.close(descriptor)
    if len(raw) > MAX_FILE_BYTES:  # the file grew after it was measured
        raise _too_large(len(raw))
    return raw


def _unreadable_file(error: OSError) -> Unreadable:
    return Unreadable("file.unreadable", msg("Die Datei kann nicht gelesen werden ({reason}).",
                                             reason=error.strerror or type(error).__name__),
                      msg("Prüfen Sie, ob die Datei existiert und lesbar ist."))


def _too_large(size: int) -> Unreadable:
    return Unreadable("file.too-large",
                      msg("Die Datei ist {size} groß; ein Eintrag darf höchstens {limit} groß sein.",
                          size=_human_size(size), limit=_human_size(MAX_FILE_BYTES)),
                      msg("Prüfen Sie, ob versehentlich eine andere Datei gespeichert wurde."))


def _decode(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise Unreadable("file.encoding",
                         msg("Die Datei ist nicht in UTF-8 gespeichert (Byte 0x{byte:02X}).",
                             byte=raw[error.start]),
                         msg("Speichern Sie die Datei im Editor mit der Kodierung UTF-8."), line, column) from error
    tab = _first_tab_indent(text)
    if tab:
        raise Unreadable("yaml.tab", msg("Tabulatorzeichen zum Einrücken gefunden."),
                         msg("Rücken Sie in YAML nur mit Leerzeichen ein."), *tab)
    return text


def _compose(text: str) -> yaml.MappingNode:
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, such as NUL
        raise _control_character(text, error) from error
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        if error.problem == _LIBYAML_TOO_DEEP:
            raise _too_deep(line, column) from error
        raise Unreadable("yaml.syntax", msg("Die Datei ist kein gültiges YAML: {problem}.", problem=error.problem),
                         _yaml_hint(str(error.problem)), line, column) from error
    except yaml.YAMLError as error:
        raise Unreadable("yaml.syntax", msg("Die Datei ist kein gültiges YAML: {problem}.", problem=str(error)),
                         _yaml_hint(str(error))) from error
    except RecursionError as error:  # the pure-Python composer recurses once per level of nesting
        raise _too_deep() from error
    if node is None:
        raise Unreadable("yaml.empty", msg("Die Datei ist leer."),
                         msg("Füllen Sie die Datei nach der Vorlage in CONTRIBUTING.md aus oder löschen Sie sie."))
    if not isinstance(node, yaml.MappingNode):
        found = msg("eine Liste") if isinstance(node, yaml.SequenceNode) else msg("ein einzelner Wert")
        raise Unreadable(
            "yaml.not-mapping",
            msg("Erwartet wird eine Zuordnung von Feldern (feld: wert), gefunden wurde {found}.", found=found),
            msg("Jede Datei beschreibt genau einen Eintrag; entfernen Sie die Spiegelstriche vor den Feldern."),
            *_mark(node))
    return node


def _too_deep(line: int | None = None, column: int | None = None) -> Unreadable:
    return Unreadable("yaml.too-deep",
                      msg("Die Datei ist zu tief verschachtelt (mehr als {limit} Ebenen).", limit=MAX_DEPTH),
                      msg("Ein Eintrag braucht nur wenige Ebenen; vergleichen Sie ihn mit der Vorlage in "
                          "CONTRIBUTING.md."), line, column)


def _control_character(text: str, error: yaml.reader.ReaderError) -> Unreadable:
    # libyaml reports the position in bytes of UTF-8, PyYAML in characters: find the character itself.
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    position, code = (found.start(), ord(found.group())) if found else (error.position, error.character)
    return Unreadable("text.control-character",
                      msg("Die Datei enthält das unsichtbare Steuerzeichen U+{code:04X}.", code=code),
                      msg("Löschen Sie das Zeichen; es stammt meist aus einem kopierten Text."),
                      *_line_and_column(text, position))


def _line_and_column(text: str, position: int) -> tuple[int, int]:
    """Return the 1-based line and column of a character position in text."""
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


def _first_tab_indent(text: str) -> tuple[int, int] | None:
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return number, indent.index("\t") + 1
    return None


def _yaml_hint(problem: str) -> Message:
    if "mapping values are not allowed" in problem:
        return msg("Enthält ein Text einen Doppelpunkt? Setzen Sie den Text in Anführungszeichen.")
    if "could not find expected ':'" in problem or "simple key" in problem:
        return msg("Fehlt nach dem Feldnamen ein Doppelpunkt, oder ist die Zeile falsch eingerückt?")
    if "expected <block end>" in problem or "did not find expected" in problem:
        return msg("Prüfen Sie die Einrückung: Felder derselben Ebene beginnen in derselben Spalte.")
    return msg("Vergleichen Sie die Datei mit der Vorlage in CONTRIBUTING.md.")


def _human_size(size: int) -> str:
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"
