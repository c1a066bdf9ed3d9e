"""Check the links between the built pages of every language: each relative link leads to a file, each
#anchor to an element with that id.

`mkdocs build --strict` checks the links written in Markdown only, not those in generated HTML, in the
theme or between the languages. This reads what a browser would follow: href and src attributes.
Addresses with a scheme (https:, mailto:, tel:) lead elsewhere and are not checked here.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..messages import Message, Translator, msg

# The theme and the templates write every attribute in double quotes; text never holds a raw quote.
_LINK = re.compile(r'\s(?:href|src)="([^"]*)"')
_ID = re.compile(r'\sid="([^"]*)"')


@dataclass(frozen=True)
class BrokenLink:
    """A link on a page (relative to the site) that leads nowhere, and why."""

    page: str
    href: str
    reason: Message

    def describe(self, _: Translator) -> str:
        """Return the page, the link and what is wrong, in the language of _."""
        return f"{self.page}: {self.href} – {self.reason.translate(_)}"


def broken_links(site: Path, folders: Collection[str] = ()) -> list[BrokenLink]:
    """Return every broken link of the HTML pages under site, by page and order of the links.

    With folders, only the pages in those folders (e.g. the languages) and beside them are checked; their
    links may lead anywhere in site.
    """
    pages = {path.relative_to(site).as_posix(): path for path in sorted(site.rglob("*.html"))}
    anchors = _Anchors(pages)
    broken = []
    for name, path in pages.items():
        if folders and "/" in name and name.partition("/")[0] not in folders:
            continue
        for href in dict.fromkeys(html.unescape(h) for h in _LINK.findall(path.read_text(encoding="utf-8"))):
            reason = _check(site, name, href, anchors)
            if reason:
                broken.append(BrokenLink(name, href, reason))
    return broken


class _Anchors:
    """The ids of each page, read once when a link first asks for them."""

    def __init__(self, pages: dict[str, Path]) -> None:
        self.pages = pages
        self._ids: dict[str, frozenset[str]] = {}

    def of(self, name: str) -> frozenset[str]:
        if name not in self._ids:
            text = self.pages[name].read_text(encoding="utf-8")
            self._ids[name] = frozenset(html.unescape(i) for i in _ID.findall(text))
        return self._ids[name]


def _check(site: Path, page: str, href: str, anchors: _Anchors) -> Message | None:
    """Return why href on page leads nowhere, or None when it leads to a file (and anchor) of the site."""
    url = urlsplit(href)
    if url.scheme or url.netloc or not (url.path or url.fragment):
        return None
    path = unquote(url.path)
    # Only the 404 page links from the root (it is served at any address): the site is checked as served at /.
    where = posixpath.dirname(page) if not path.startswith("/") else "."
    target = posixpath.normpath(posixpath.join(where, path.lstrip("/"))) if path else page
    if target == ".." or target.startswith("../"):
        return msg("Der Link führt aus der Website hinaus.")
    file = site / target
    if file.is_dir() or path.endswith("/"):
        target = posixpath.join(target, "index.html") if target != "." else "index.html"
        file = site / target
    if not file.is_file():
        return msg("Die Datei {target} gibt es nicht.", target=target)
    fragment = unquote(url.fragment)
    if fragment and target in anchors.pages and fragment not in anchors.of(target):
        return msg("Auf der Seite {target} gibt es den Anker #{anchor} nicht.", target=target, anchor=fragment)
    return None
