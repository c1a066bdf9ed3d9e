"""Render the directory into Markdown pages, one per entry plus list and overview pages.

Nothing here depends on MkDocs: the result is a list of (path, Markdown) pairs
that any static-site engine can take.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape

from . import formatting, labels
from .contacts import fallbacks, has_contact, tel_uri
from .directory import Directory, Entry
from .formatting import direction
from .text import DRAFT, FALLBACK, MACHINE, LocalText, localize

SECTIONS = {
    "providers": "providers",
    "municipalities": "municipalities",
    "course-types": "course-guide",
    "courses": "courses",
    "counselling": "counselling",
    "helpers": "helpers",
    "round-tables": "round-tables",
}


@dataclass(frozen=True)
class Page:
    """A generated page: its path below the docs root and its Markdown."""

    path: str
    markdown: str


def entry_path(entry: Entry) -> str:
    """Return the page path of an entry, e.g. courses/vhs-integrationskurs.md."""
    return f"{SECTIONS[entry.kind]}/{entry.id}.md"


def list_path(kind: str) -> str:
    """Return the path of the list page of a kind."""
    return f"{SECTIONS[kind]}/index.md"


def template_environment() -> Environment:
    """Return a Jinja environment for the package's templates, escaping HTML."""
    return Environment(loader=PackageLoader("wegweiser", "templates"), autoescape=True, trim_blocks=True,
                       lstrip_blocks=True)


def build_pages(directory: Directory, language: str, translations: gettext.NullTranslations,
                site_languages: tuple[str, ...] = ()) -> list[Page]:
    """Return every generated page of the site in language; site_languages feed the language filter."""
    renderer = _Renderer(directory, language, translations, site_languages)
    pages = [renderer.render("home.md.j2", "index.md"), renderer.render("search.md.j2", "search/index.md")]
    for kind in SECTIONS:
        pages.append(renderer.render(f"list-{kind}.md.j2", list_path(kind), kind=kind))
        pages += [renderer.render(f"{kind}.md.j2", entry_path(e), entry=e) for e in directory.of_kind(kind)]
    return pages


class _Renderer:
    """Jinja environment with the site's helpers; one per language."""

    def __init__(self, directory: Directory, language: str, translations: gettext.NullTranslations,
                 site_languages: tuple[str, ...]) -> None:
        self.directory = directory
        self.language = language
        self._ = translations.gettext
        env = template_environment()
        env.add_extension("jinja2.ext.i18n")
        env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
        env.globals.update(
            d=directory, lang=language, labels=labels, fmt=formatting, url=self.url, link=self.link, t=self.text,
            fact=_fact, link_list=self.link_list, language_list=self.language_list,
            has_contact=has_contact, fallbacks=fallbacks, tel_uri=tel_uri,
            by_name=self.by_name,
            refs=lambda kind, ids: [directory.entries[kind][i] for i in ids],
            site_languages=list(site_languages), type_title=self.type_title, topic_title=self.topic_title,
        )
        self.env = env
        self._links: dict[tuple[str, str, str], tuple[Markup, str]] = {}
        # The page being rendered. Pages render one at a time, and keeping this here rather than in the
        # template context lets templates import the macros once instead of on every page.
        self._up = ""
        self._statuses: set[str] = set()

    def render(self, template: str, path: str, **context: Any) -> Page:
        """Render one page, with notices for texts that are untranslated or unchecked."""
        self._up, self._statuses = _up(path), set()
        body = self.env.get_template(template).render(**context)
        return Page(path, _insert_after_title(body, self._notices(self._statuses)))

    def text(self, value: Any) -> Markup:
        """Return a text field in the reader's language, marked up if it is another language's."""
        local = localize(value, self.language)
        self._statuses.add(local.status)
        return self._markup(local)

    def url(self, target: str) -> str:
        """Return the link from the current page to target (a page path), for directory URLs.

        Links go up to the site root and down again: simple, and cheap for thousands of links.
        """
        there = _page_url(target)
        return f"{self._up}{there}/" if there else (self._up or "./")

    def link(self, entry: Entry) -> Markup:
        """Return an HTML link to an entry's page, named in the reader's language.

        Pages link to the same entries over and over; each link is made once per page depth.
        """
        up = self._up
        key = (up, entry.kind, entry.id)
        if key not in self._links:
            local = localize(entry.get("name"), self.language)
            href = f"{up}{_page_url(entry_path(entry))}/"
            self._links[key] = (Markup('<a href="{}">{}</a>').format(href, self._markup(local)), local.status)
        html, status = self._links[key]
        self._statuses.add(status)
        return html

    def by_name(self, entries: list[Entry]) -> list[Entry]:
        """Sort entries by their name as the reader sees it."""
        return sorted(entries, key=lambda e: localize(e.get("name"), self.language).text.casefold())

    def type_title(self, type_id: str) -> str:
        """Name a course type in the reader's language, for filter options."""
        return localize(self.directory.entries["course-types"][type_id].get("name"), self.language).text

    def topic_title(self, topic: str) -> str:
        """Name a counselling topic in the reader's language."""
        return self._(labels.TOPICS[topic])

    def link_list(self, entries: list[Entry]) -> Markup:
        """Return links to entries, by name, joined as the reader's language lists things."""
        return formatting.join([self.link(entry) for entry in self.by_name(entries)], self.language)

    def language_list(self, codes: list[str]) -> Markup:
        """Name languages in the reader's language, as a list."""
        return formatting.join([formatting.language_name(code, self.language) for code in codes], self.language)

    def _markup(self, local: LocalText) -> Markup:
        if local.language == self.language:
            return escape(local.text)
        return Markup('<span lang="{}" dir="{}">{}</span>').format(local.language, direction(local.language),
                                                                  local.text)

    def _notices(self, statuses: set[str]) -> str:
        _ = self._
        notices = []
        if FALLBACK in statuses:
            notices.append(_("Einige Texte auf dieser Seite gibt es noch nicht in Ihrer Sprache. "
                             "Sie werden auf Deutsch angezeigt."))
        if statuses & {DRAFT, MACHINE}:
            notices.append(_("Die Übersetzung auf dieser Seite wurde noch nicht von einer Person geprüft."))
        return "".join(f'<p class="ww-notice">{escape(n)}</p>\n' for n in notices)


def _fact(label: str, value: Any) -> Markup:
    """Return one labelled fact of a list of facts, or nothing when the value is empty."""
    if not value or not str(value).strip():
        return Markup("")
    return Markup(f"<div><dt>{escape(label)}</dt>\n<dd>{escape(value)}</dd></div>")


def _insert_after_title(markdown: str, block: str) -> str:
    if not block:
        return markdown
    head, _sep, rest = markdown.partition("\n# ")
    title, _nl, body = rest.partition("\n")
    return f"{head}\n# {title}\n\n{block}{body}"


def _up(page_path: str) -> str:
    """Return the way from a page up to the site root: '', '../' or '../../'."""
    here = _page_url(page_path)
    return "../" * (here.count("/") + 1) if here else ""


def _page_url(path: str) -> str:
    stem = path[: -len(".md")]
    return stem[: -len("/index")] if stem.endswith("/index") else ("" if stem == "index" else stem)


def mark_other_language(markdown: str, page_language: str, reader_language: str,
                        translations: gettext.NullTranslations) -> str:
    """Mark a page written in another language (the concept is German only) and say so to the reader."""
    if page_language == reader_language:
        return markdown
    notice = translations.gettext("Dieser Text liegt nur auf Deutsch vor.")
    head, _sep, body = markdown.partition("\n")
    attributes = f'lang="{page_language}" dir="{direction(page_language)}"'
    title_line = f"# <span {attributes}>{head[2:]}</span>" if head.startswith("# ") else ""
    body = body if title_line else markdown
    return (f"{title_line}\n\n<p class=\"ww-notice\">{escape(notice)}</p>\n\n"
            f"<div {attributes} markdown>\n\n{body}\n\n</div>\n")
