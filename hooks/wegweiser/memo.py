"""What one rebuild of `mkdocs serve` made, for the next to take over where nothing it was made from changed.

Plain, with nothing of MkDocs: the steps that take over (reading entry files, rendering pages, contact
files) are called with a Remember, or with None in a build, which makes everything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Value = TypeVar("Value")
Remember = Callable[[str, Callable[[], Value]], Value]  # (key, make) → what make returns, made now or before


class RebuildMemo(Generic[Value]):
    """What the last rebuild made, by a key naming everything it was made from; a rebuild keeps what it used.

    A rebuild starts by naming its context (what every value depends on besides its key, such as the
    language and its catalog); when that differs from the last rebuild's, nothing is taken over.
    """

    def __init__(self) -> None:
        self._context: str | None = None
        self._last: dict[str, Value] = {}
        self._now: dict[str, Value] = {}

    def start(self, context: str) -> None:
        self._last = self._now if context == self._context else {}
        self._now, self._context = {}, context

    def get(self, key: str, make: Callable[[], Value]) -> Value:
        """Return the value made from key, made now unless the last rebuild made it."""
        if key not in self._now:
            self._now[key] = self._last[key] if key in self._last else make()
        return self._now[key]

    def recall(self, key: str) -> Value | None:
        """Return what the last rebuild made from key (this rebuild keeps it), or None if it made nothing."""
        if key in self._last:
            self._now[key] = self._last[key]
        return self._now.get(key)

    def keep(self, key: str, value: Value) -> None:
        """Keep what this rebuild made from key, for the next."""
        self._now[key] = value
