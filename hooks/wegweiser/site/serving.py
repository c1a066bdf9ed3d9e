"""What only `make serve` does, so that an editor sees a saved entry sooner.

`mkdocs serve` runs every rebuild in the same process but with a new theme environment, which would compile
the theme's templates again (about as long as rendering all entry pages); their compiled code is kept here
instead. The search index is written after the pages, in the background: the page an editor saved is served
at once, and search follows a moment later.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("wegweiser")


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
