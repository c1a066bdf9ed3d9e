"""What only `make serve` does, so that an editor sees a saved entry sooner.

`mkdocs serve` runs every rebuild in the same process but with a new theme environment, which would compile
the theme's templates again (about as long as rendering all entry pages); their compiled code is kept here
instead, and so are the pages' HTML, the contact files and the theme's HTML of the entry pages, which after
one saved entry are the same for all the others. The server learns of a save from the system's file events
rather than by looking every half second. The search index is written after the pages, in the background:
the page an editor saved is served at once, and search follows a moment later.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import watchdog.observers
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from mkdocs.plugins import get_plugin_logger
from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
)
from watchdog.observers.api import ObservedWatch

from ..html import RenderedPage
from ..memo import RebuildMemo
from ..source.loader import CheckedSource

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.pages import Page

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

SOURCE_FILES: RebuildMemo[CheckedSource] = RebuildMemo()
CONTACT_FILES: RebuildMemo[str | bytes] = RebuildMemo()
RENDERED_PAGES: RebuildMemo[RenderedPage] = RebuildMemo()

REPLAY_TEMPLATE = "replay.html"  # in overrides/: prints ww_replay, a page's HTML as the last rebuild made it


class ThemeReplay:
    """The theme's HTML of each page outside the navigation (every entry page), as the last rebuild made it.

    Rendering a page in the theme takes MkDocs longer than anything else it does with the page, and after one
    saved entry all but a few pages are what they were. A page whose address, title, metadata, table of contents
    and content are the last rebuild's, in a site whose context (configuration, catalog, navigation) is the
    same, gets the HTML made for it then: its template becomes REPLAY_TEMPLATE, which prints it.
    """

    def __init__(self) -> None:
        self._memo: RebuildMemo[str] = RebuildMemo()
        self._keys: dict[str, str] = {}
        self._replays: dict[str, str] = {}

    def start(self, context: str, pages: list[Page]) -> None:
        """Begin a rebuild: give each page that is what it was the last rebuild's HTML."""
        self._memo.start(context)
        self._keys = {page.url: page_key(page) for page in pages}
        self._replays = {}
        for page in pages:
            html = self._memo.recall(self._keys[page.url])
            if html is not None:
                page.meta["template"] = REPLAY_TEMPLATE
                self._replays[page.url] = html

    def replay(self, page: Page) -> str | None:
        """Return the last rebuild's HTML of the page if it is printed again, else None."""
        return self._replays.get(page.url)

    def keep(self, page: Page, html: str) -> None:
        """Keep the theme's HTML of a page of this rebuild (before plugins change it), for the next."""
        if page.url in self._keys:
            self._memo.keep(self._keys[page.url], html)

    @property
    def replayed(self) -> int:
        """How many pages this rebuild printed as the last made them."""
        return len(self._replays)


def page_key(page: Page) -> str:
    """Return everything of a page outside the navigation that the theme prints."""
    return repr((page.url, page.title, page.meta, str(page.toc), page.edit_url, page.canonical_url, page.content))


THEME_PAGES = ThemeReplay()


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


class _SavedFileEvents(watchdog.observers.Observer):  # type: ignore[misc,valid-type]
    """The system's file events of writing, creating, deleting and moving a file: not of reading one, which
    every build does."""

    CHANGES: ClassVar[list[type[FileSystemEvent]]] = [FileClosedEvent, FileCreatedEvent, FileDeletedEvent,
                                                      FileModifiedEvent, FileMovedEvent]

    def schedule(self, *args: Any, **kwargs: Any) -> ObservedWatch:
        return super().schedule(*args, **kwargs, event_filter=self.CHANGES)


def watch_file_events(server: LiveReloadServer) -> LiveReloadServer:
    """Let the server learn of a saved file from the system's file events (inotify on Linux) at once.

    MkDocs looks for changes every half second, which an editor waits for a quarter of a second on average;
    and its polling threads take turns with a rebuild in Python's interpreter lock.
    """
    paths = list(server._watched_paths)
    server._watched_paths.clear()
    server._watch_refs.clear()
    server.observer = _SavedFileEvents()
    for path in paths:
        server.watch(path)
    return server
