"""What an editor is told about a mistake in an entry file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One mistake: where it is, what was found and expected, and how to fix it."""

    file: str
    line: int | None
    column: int | None
    field: str
    message: str
    hint: str | None = None

    @property
    def location(self) -> str:
        """Return file:line:column, leaving out what is not known."""
        parts = [self.file] + [str(n) for n in (self.line, self.column) if n is not None]
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.location} {self.field}: {self.message}" if self.field else f"{self.location}: {self.message}"
        return f"{text} {self.hint}" if self.hint else text

    def sort_key(self) -> tuple[str, int, int]:
        """Order problems by file, then line, then column."""
        return self.file, self.line or 0, self.column or 0
