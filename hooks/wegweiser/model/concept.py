"""The concept's text as the directory's pages see it: its numbered sections and which entries each one names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ConceptSection:
    """A numbered section of the concept: its number, heading, page (below the docs root) and anchor."""

    number: str
    title: str
    path: str
    anchor: str


@dataclass(frozen=True)
class ConceptIndex:
    """The concept's sections by number, and the sections whose text links to each page (by page path)."""

    sections: Mapping[str, ConceptSection] = field(default_factory=dict)
    mentions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def section(self, number: str) -> ConceptSection | None:
        """Return the section with number, else the nearest enclosing one (5.3.2.2 → 5.3.2), else None."""
        while number:
            if number in self.sections:
                return self.sections[number]
            number = number.rpartition(".")[0]
        return None

    def about(self, path: str, others: Iterable[str] = ()) -> list[ConceptSection]:
        """Return the sections that name the page at path, and others (by number), in the concept's order."""
        numbers = [*self.mentions.get(path, ()), *others]
        found = {s.number: s for s in (self.section(number) for number in numbers) if s}
        return sorted(found.values(), key=lambda s: tuple(int(part) for part in s.number.split(".")))
