"""The views step: one resolved, localized view per page, from the directory.

Nothing here knows HTML or MkDocs: a view holds the page's texts in the reader's
language, its links (relative), facts, notices and fallbacks, ready to be printed.
"""

from __future__ import annotations

import gettext

from ..model.concept import ConceptIndex
from ..model.entries import Directory
from ..repository import Repository
from .builder import SECTIONS, SiteViews, entry_path, list_path
from .elements import PageView
from .entries import entry_page
from .guide import guide_pages
from .home import SEARCH_PATH, home_page, search_page
from .lists import list_page
from .measures import concept_pages
from .translation_notice import TRANSLATIONS_PATH
from .translations_page import translations_page


def build_views(directory: Directory, language: str, translations: gettext.NullTranslations,
                site_languages: tuple[str, ...], *, directory_urls: bool = True,
                concept: ConceptIndex | None = None, repository: Repository | None = None,
                editors_email: str = "", ui_draft: bool = False) -> list[PageView]:
    """Return the view of every generated page of the site in language."""
    site = SiteViews(directory, language, translations, site_languages, directory_urls, concept or ConceptIndex(),
                     repository or Repository(), editors_email, ui_draft)
    views = [home_page(site.page("index.md")), search_page(site.page(SEARCH_PATH)),
             translations_page(site.page(TRANSLATIONS_PATH))]
    for kind in SECTIONS:
        views.append(list_page(site.page(list_path(kind)), kind))
        views += [entry_page(site.page(entry_path(entry)), entry) for entry in directory.of_kind(kind)]
    return views + guide_pages(site) + concept_pages(site)


__all__ = ["PageView", "build_views", "entry_path", "list_path"]
