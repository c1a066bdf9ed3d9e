"""A mistake found in the directory, kept as data: what kind, what message, where.

Problems are translated only when they are reported (see wegweiser.reports.problems),
so one check feeds the text, JSON and GitHub reporters alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import Message


@dataclass(frozen=True)
class Problem:
    """One mistake: its kind (a stable code), what is wrong, how to fix it, and where it is."""

    code: str
    message: Message
    hint: Message | None
    file: str
    line: int | None = None
    column: int | None = None
    field: str = ""

    def sort_key(self) -> tuple[str, int, int]:
        """Order problems by file, then line, then column."""
        return self.file, self.line or 0, self.column or 0
