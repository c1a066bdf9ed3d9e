"""The directory as the rest of the pipeline sees it: checked entries by kind and id."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..schema import DATA_KINDS, KINDS


@dataclass(eq=False)
class Entry:
    """One entry of the directory: its kind, id, data and the file it was read from."""

    kind: str
    id: str
    data: dict[str, Any]
    file: str
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

    entries: dict[str, dict[str, Entry]] = field(default_factory=lambda: {k: {} for k in KINDS + DATA_KINDS})
    _sorted: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    _referrers: dict[tuple[str, str], dict[str, list[Entry]]] = field(default_factory=dict, repr=False)
    _by_value: dict[tuple[str, str, Any], list[Entry]] = field(default_factory=dict, repr=False)

    def add(self, entry: Entry) -> None:
        """Add an entry, forgetting cached lookups."""
        self.entries[entry.kind][entry.id] = entry
        self._sorted.clear()
        self._referrers.clear()
        self._by_value.clear()

    def of_kind(self, kind: str) -> list[Entry]:
        """Return the entries of kind in file-name order."""
        if kind not in self._sorted:
            self._sorted[kind] = sorted(self.entries[kind].values(), key=lambda e: e.id)
        return self._sorted[kind]

    def get(self, kind: str, entry_id: str | None) -> Entry | None:
        """Return the entry of kind with entry_id, if there is one."""
        return self.entries[kind].get(entry_id) if entry_id else None

    def refs(self, entry: Entry, name: str, kind: str) -> list[Entry]:
        """Return the entries of kind that a reference field of entry names."""
        return [self.entries[kind][ref] for ref in entry.refs(name) if ref in self.entries[kind]]

    def referring(self, kind: str, name: str, entry_id: str) -> list[Entry]:
        """Return the entries of kind whose field name refers to entry_id."""
        if (kind, name) not in self._referrers:
            index: dict[str, list[Entry]] = {}
            for entry in self.of_kind(kind):
                for ref in entry.refs(name):
                    index.setdefault(ref, []).append(entry)
            self._referrers[(kind, name)] = index
        return list(self._referrers[(kind, name)].get(entry_id, []))

    def serving(self, kind: str, municipality: str) -> list[Entry]:
        """Return the entries of kind held in or serving a municipality (municipality or areas_served)."""
        return list(dict.fromkeys(self.referring(kind, "municipality", municipality)
                                  + self.referring(kind, "areas_served", municipality)))

    def where(self, kind: str, name: str, value: Any) -> list[Entry]:
        """Return the entries of kind whose field name has value, e.g. the counselling on one topic."""
        key = (kind, name, value)
        if key not in self._by_value:
            self._by_value[key] = [entry for entry in self.of_kind(kind) if entry.get(name) == value]
        return self._by_value[key]

    def __len__(self) -> int:
        return sum(len(entries) for entries in self.entries.values())

    def __iter__(self) -> Iterator[Entry]:
        for kind in KINDS:
            yield from self.of_kind(kind)
