"""Tools for building the view of a page: texts in the reader's language, relative links, headings, notices.

One `SiteViews` per language holds the directory and the catalog; one `PageBuilder`
per page knows where the page lives (for relative links), gives each heading a unique
anchor, and records how trustworthy every text it hands out is, so that the page
can say when a text is not (yet) a reviewed translation.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..model.concept import ConceptIndex
from ..model.entries import Directory, Entry
from ..model.text import as_proper_name, localize
from ..repository import Repository
from ..schema import is_proper_name
from . import formatting
from .bidi import latin_runs
from .elements import Block, Box, Heading, Inline, Link, PageView, Paragraph, Section, Seq, Text
from .translation_notice import TRANSLATIONS_PATH, translation_line

SECTIONS = {
    "providers": "providers",
    "municipalities": "municipalities",
    "course-types": "course-guide",
    "courses": "courses",
    "counselling": "counselling",
    "helpers": "helpers",
    "round-tables": "round-tables",
    "networks": "networks",
    "fields-of-action": "concept/fields-of-action",
}

_NAMED_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def entry_path(entry: Entry) -> str:
    """Return the page path of an entry, e.g. courses/vhs-integrationskurs.md."""
    return f"{SECTIONS[entry.kind]}/{entry.id}.md"


def list_path(kind: str) -> str:
    """Return the path of the list page of a kind."""
    return f"{SECTIONS[kind]}/index.md"


@cache
def page_url(path: str, directory_urls: bool = True) -> str:
    """Return the URL of a page path below the site root, as MkDocs writes it.

    With directory URLs courses/x.md is courses/x/ and index.md is ''; without them (for a copy of
    the site opened from disk, where a folder does not open its index.html) courses/x.html.
    """
    stem = path[: -len(".md")]
    if not directory_urls:
        return f"{stem}.html"
    stem = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else f"{stem}/"
    return stem


@cache
def _up(path: str, directory_urls: bool) -> str:
    """Return the way from a page up to the site root: '', '../' or '../../'."""
    return "../" * page_url(path, directory_urls).count("/")


@dataclass
class SiteViews:
    """What every page of one language needs: the directory, the catalog and the site's languages."""

    directory: Directory
    language: str
    translations: gettext.NullTranslations
    site_languages: tuple[str, ...]
    directory_urls: bool = True
    concept: ConceptIndex = field(default_factory=ConceptIndex)  # where the concept names each page
    repository: Repository = field(default_factory=Repository)  # for links to edit a file or to readers' reports
    editors_email: str = ""  # where readers' reports go when there is no repository (extra.editors_email)
    ui_draft: bool = False  # the interface's catalog of this language holds translations not checked by a person

    def __post_init__(self) -> None:
        self._ = self.translations.gettext
        self.ngettext = self.translations.ngettext
        self._names: dict[int, Any] = {}
        self.link_cache: dict[tuple[str, int], Link] = {}  # by the way up to the root and the entry
        self.permalink_title = self._("Link zu diesem Abschnitt")

    def page(self, path: str) -> PageBuilder:
        """Start the view of the page at path."""
        return PageBuilder(self, path)

    def name(self, entry: Entry):
        """Return an entry's name in the reader's language (cached: names are shown on many pages)."""
        if id(entry) not in self._names:
            name = localize(entry.get("name"), self.language)
            self._names[id(entry)] = as_proper_name(name) if is_proper_name(entry.kind, "name") else name
        return self._names[id(entry)]

    def by_name(self, entries: Iterable[Entry]) -> list[Entry]:
        """Sort entries by their name as the reader sees it."""
        return sorted(entries, key=lambda e: self.name(e).text.casefold())


class PageBuilder:
    """Builds one page's view; hands out texts, links and headings for it."""

    def __init__(self, site: SiteViews, path: str) -> None:
        self.site = site
        self.path = path
        self._ = site._
        self.language = site.language
        self.directory = site.directory
        self._up = _up(path, site.directory_urls)
        self._rtl = formatting.direction(site.language) == "rtl"
        self._statuses: set[str] = set()
        self._ids: set[str] = set()

    def text(self, value: Any) -> Text:
        """Return a text field in the reader's language, or in German with its language marked."""
        return self._marked(localize(value, self.language))

    def name(self, entry: Entry) -> Text:
        """Return the name of an entry in the reader's language."""
        return self._marked(self.site.name(entry))

    def _marked(self, local) -> Text:
        self._statuses.add(local.status)
        if local.language != self.language:
            return Text(local.text, local.language, formatting.direction(local.language))
        if self._rtl:
            return Text(local.text, runs=latin_runs(local.text))
        return Text(local.text)

    def url(self, path: str) -> str:
        """Return the relative link from this page to the page at path (a path below the docs root)."""
        return f"{self._up}{page_url(path, self.site.directory_urls)}" or "./"

    def file_url(self, path: str) -> str:
        """Return the relative link from this page to a file below the site root, e.g. providers/x.vcf."""
        return f"{self._up}{path}"

    def link(self, entry: Entry) -> Link:
        """Return a link to an entry's page, named in the reader's language.

        Pages link to the same entries over and over; each link is made once per depth of page.
        """
        key = (self._up, id(entry))
        link = self.site.link_cache.get(key)
        if link is None:
            link = self.site.link_cache[key] = Link(self.url(entry_path(entry)), self.name(entry))
        else:
            self._marked(self.site.name(entry))  # the page still shows the name: record its status
        return link

    def links(self, entries: Iterable[Entry]) -> Seq:
        """Return links to entries, by name, joined as the reader's language lists things."""
        return self.joined([self.link(entry) for entry in self.site.by_name(entries)])

    def joined(self, items: list[Inline]) -> Seq:
        """Join items as the locale lists things: 'A, B und C', 'A، B و C'."""
        separators = formatting.list_separators(len(items), self.language) if items else ()
        parts: list[Inline] = []
        for item, separator in zip(items, (*separators, ""), strict=True):
            parts += [item, separator] if separator else [item]
        return Seq(tuple(parts))

    def fill(self, template: str, **values: Inline) -> Seq:
        """Translate a UI text with %(name)s placeholders and put inline values (e.g. a name) in their place."""
        pieces = _NAMED_PLACEHOLDER.split(self._(template))
        return Seq(tuple(values[piece] if i % 2 else piece for i, piece in enumerate(pieces) if piece))

    def heading(self, level: int, content: Inline, anchor: str) -> Heading:
        """Return a heading with a unique anchor on this page; headings also make the table of contents."""
        anchor = _unique(anchor, self._ids)
        return Heading(level, anchor, content, self.site.permalink_title)

    def finish(self, title: Text, blocks: Iterable[Block], *, hide: tuple[str, ...] = (), searchable: bool = True,
               title_id: str = "top", unlisted: bool = False) -> PageView:
        """Return the page's view, with a line if some texts are untranslated or not checked by a person.

        An unlisted page (the editors' report) is kept out of search as well.
        """
        blocks = tuple(blocks)
        heading = self.heading(1, title, title_id)
        return PageView(self.path, heading, blocks, self._notice(), hide, searchable and not unlisted,
                        (heading, *_headings(blocks)), unlisted)

    def _notice(self) -> Paragraph | None:
        if self.path == TRANSLATIONS_PATH:  # the page the line links to
            return None
        return translation_line(self._, self.url(TRANSLATIONS_PATH), self._statuses, ui_draft=self.site.ui_draft)


def _headings(blocks: Iterable[Block]) -> Iterator[Heading]:
    """Yield the headings of blocks in the order they stand on the page."""
    for block in blocks:
        if isinstance(block, Section) and block.heading:
            yield block.heading
        if isinstance(block, Section | Box):
            yield from _headings(block.blocks)


def _unique(anchor: str, used: set[str]) -> str:
    candidate, number = anchor, 1
    while candidate in used:
        number += 1
        candidate = f"{anchor}-{number}"
    used.add(candidate)
    return candidate
