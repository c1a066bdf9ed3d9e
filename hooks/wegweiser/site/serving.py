"""What only `make serve` does, so that an editor sees a saved entry sooner.

`mkdocs serve` runs every rebuild in the same process but with a new theme environment, which would compile
the theme's templates again (about as long as rendering all entry pages); their compiled code is kept here
instead, and so are the contact files, which after one saved entry are the same for all the others. The
search index is written after the pages, in the background: the page an editor saved is served at once, and
search follows a moment later.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("wegweiser")

Value = TypeVar("Value")


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates by name, for the life of the process; Jinja checks each against its source."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


THEME_BYTECODE = MemoryBytecodeCache()


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


CONTACT_FILES: RebuildMemo[str | bytes] = RebuildMemo()


class BackgroundIndex:
    """One search indexing at a time, run in a thread; the next build waits for the last one to end."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start(self, index: Callable[[Path], None], site_dir: Path) -> None:
        self.wait()
        self._thread = threading.Thread(target=self._run, args=(index, site_dir), daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Wait for the indexing under way, if any."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    @staticmethod
    def _run(index: Callable[[Path], None], site_dir: Path) -> None:
        try:
            index(site_dir)
        except RuntimeError as error:  # the page is served already: say so in the log
            log.error("%s", error)


SEARCH_INDEX = BackgroundIndex()
