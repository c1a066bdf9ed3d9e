"""Load the directory: find the entry files, read and check them, and collect every problem."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .crosscheck import cross_check
from .i18n import Translator
from .problems import Problem
from .schema import KINDS, is_valid, validator
from .schema_messages import schema_problems
from .yaml_source import SourceFile, read_source


@dataclass(eq=False)
class Entry:
    """One checked entry of the directory."""

    kind: str
    id: str
    data: dict[str, Any]
    source: SourceFile
    valid: bool = True

    def get(self, name: str, default: Any = None) -> Any:
        """Return a field of the entry."""
        return self.data.get(name, default)

    def refs(self, name: str) -> list[str]:
        """Return the ids a reference field holds, as a list even for a single id."""
        value = self.data.get(name)
        return [] if value is None else value if isinstance(value, list) else [value]


@dataclass
class Directory:
    """All entries, by kind and id, with lookups cached once loading is done."""

    entries: dict[str, dict[str, Entry]] = field(default_factory=lambda: {k: {} for k in KINDS})
    _sorted: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    _referrers: dict[tuple[str, str], dict[str, list[Entry]]] = field(default_factory=dict, repr=False)

    def add(self, entry: Entry) -> None:
        """Add an entry, forgetting cached lookups."""
        self.entries[entry.kind][entry.id] = entry
        self._sorted.clear()
        self._referrers.clear()

    def of_kind(self, kind: str) -> list[Entry]:
        """Return the entries of kind in file-name order."""
        if kind not in self._sorted:
            self._sorted[kind] = sorted(self.entries[kind].values(), key=lambda e: e.id)
        return self._sorted[kind]

    def get(self, kind: str, entry_id: str | None) -> Entry | None:
        """Return the entry of kind with entry_id, if there is one."""
        return self.entries[kind].get(entry_id) if entry_id else None

    def referring(self, kind: str, name: str, entry_id: str) -> list[Entry]:
        """Return the entries of kind whose field name refers to entry_id."""
        if (kind, name) not in self._referrers:
            index: dict[str, list[Entry]] = {}
            for entry in self.of_kind(kind):
                for ref in entry.refs(name):
                    index.setdefault(ref, []).append(entry)
            self._referrers[(kind, name)] = index
        return list(self._referrers[(kind, name)].get(entry_id, []))

    def __iter__(self) -> Iterator[Entry]:
        for kind in KINDS:
            yield from self.of_kind(kind)


def load_directory(root: Path, _: Translator) -> tuple[Directory, list[Problem]]:
    """Read every entry under root; return the directory and all problems found, sorted."""
    directory = Directory()
    problems: list[Problem] = []
    for path, kind in _entry_files(root, problems, _):
        display = _display(path)
        source, read_problems = read_source(path, display, _)
        problems += read_problems
        if source.data is None:
            continue
        valid = is_valid(kind, source.data)
        found = [] if valid else schema_problems(source, validator(kind).iter_errors(source.data), _)
        problems += found
        # Kept even when invalid, so that references to it are not reported as unknown too.
        directory.add(Entry(kind, path.stem, source.data, source, valid=not found))
    problems += cross_check(directory, _)
    return directory, sorted(problems, key=Problem.sort_key)


def _entry_files(root: Path, problems: list[Problem], _: Translator) -> Iterator[tuple[Path, str]]:
    if not root.is_dir():
        raise ValueError(f"Directory {root} does not exist")
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or path.is_dir():
            continue
        kind = relative.parts[0] if len(relative.parts) == 2 else None
        if kind in KINDS and path.suffix == ".yml":
            yield path, kind
        elif kind in KINDS and path.suffix == ".yaml":
            problems.append(Problem(_display(path), None, None, "",
                                    _("Die Datei endet auf .yaml."),
                                    _("Benennen Sie sie in {name} um.").format(name=path.stem + ".yml")))
        else:
            problems.append(Problem(_display(path), None, None, "",
                                    _("Diese Datei liegt an einer Stelle, an der keine Einträge gelesen werden."),
                                    _("Einträge gehören als .yml-Datei in einen dieser Ordner: {kinds}.").format(
                                        kinds=", ".join(KINDS))))


def _display(path: Path) -> str:
    """Show paths relative to the working directory where possible, as editors see them."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
