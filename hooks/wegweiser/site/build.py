"""One language's build of the site, as the MkDocs hook drives it: what happens at each event.

source (load and check) → views → HTML happen here in order, each timed; MkDocs then
puts the pages into the theme, and Pagefind indexes the result.
"""

from __future__ import annotations

import gc
import gettext
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from ..catalogs import (
    SOURCE_LANGUAGE,
    CatalogError,
    catalog_version,
    compile_catalogs,
    load_translations,
    ui_status,
)
from ..html import render_pages
from ..memo import RebuildMemo, Remember, Value
from ..model.concept import ConceptIndex
from ..model.entries import Directory
from ..model.publisher import Publisher
from ..reports.editors import editors_topics
from ..reports.problems import text_report
from ..repository import Repository
from ..source import load_directory
from ..source.cache import load_checked, tree_digest
from ..source.concept import read_concept
from ..views import build_views
from ..views.builder import SiteViews, entry_path, page_url
from ..views.editors_report import REPORT_PATH, editors_report_page
from ..views.legal import legal_pages
from ..views.open_data import open_data_page
from .concept_links import unlink_missing
from .concept_pages import MARKER, fill_blocks
from .contact_files import add_contact_files, contact_files
from .languages import alternates, set_html_direction, site_root, translate_nav
from .pages import add_generated_pages
from .publisher import check_publisher
from .search_index import index_site
from .serving import (
    CONTACT_FILES,
    RENDERED_PAGES,
    SEARCH_INDEX,
    SOURCE_FILES,
    THEME_BYTECODE,
    THEME_PAGES,
)
from .sitemap import rewrite_sitemap, source_date

if TYPE_CHECKING:
    from collections.abc import Iterator

    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

    from ..messages import Translator
    from ..source.problems import Problem
    from ..views.elements import PageView

log = get_plugin_logger("wegweiser")

DIRECTORY_VARIABLE = "WEGWEISER_DIRECTORY"  # build another directory, e.g. a synthetic one
CHECKED_DIRECTORIES = Path(".cache") / "directory"  # in the project: the languages' builds share one check


def directory_root(project: Path) -> Path:
    """Return the folder of the entries a build of project shows: directory/, unless WEGWEISER_DIRECTORY says."""
    return Path(os.environ.get(DIRECTORY_VARIABLE) or project / "directory")


def directory_problems(problems: list[Problem], _: Translator) -> str:
    """Return the message that stops a build: how many problems, then each with file, line and fix."""
    summary = _("Das Verzeichnis enthält {count} Fehler:").format(count=len(problems))
    return f"{summary}\n{text_report(problems, _)}"


@dataclass
class LanguageBuild:
    """The state of one language's build between MkDocs events."""

    serving: bool = False
    language: str = SOURCE_LANGUAGE
    translations: gettext.NullTranslations = field(default_factory=gettext.NullTranslations)
    catalog_version: str = ""  # when serving: what the translations are made from (catalogs.catalog_version)
    directory: Directory = field(default_factory=Directory)
    publisher: Publisher = field(default_factory=Publisher)
    root_url: str = ""
    source_date: date | None = None  # the sources' day, for the sitemap
    concept: ConceptIndex = field(default_factory=ConceptIndex)  # the concept's sections, read with the pages
    own_directory: bool = True  # the project's directory, whose entries the concept's text links to
    repository: Repository = field(default_factory=Repository)  # for edit links and readers' reports
    unlisted: list[str] = field(default_factory=list)  # addresses of the pages kept out of the sitemap
    timings: dict[str, float] = field(default_factory=dict)
    _nav: Navigation | None = field(default=None, repr=False)
    _nav_pages: set[int] = field(default_factory=set, repr=False)

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        """Time a phase of the pipeline, with Python's cycle collector paused.

        The pipeline makes hundreds of thousands of small objects (YAML nodes, views) and no reference
        cycles; the collector would scan them over and over while they pile up, which about doubles the
        time of loading 2,000 entries. Nothing is lost: it runs again as soon as the phase ends.
        """
        start = time.perf_counter()
        gc.disable()
        try:
            yield
        finally:
            gc.enable()
        self.timings[phase] = self.timings.get(phase, 0.0) + time.perf_counter() - start

    def configure(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load the catalog and the directory; stop the build with every problem listed."""
        self.timings.clear()
        SEARCH_INDEX.wait()  # the last rebuild's, when serving: it writes into the same folder
        self.language = config.theme["language"]
        project = Path(config.config_file_path).parent
        catalogs = project / "translations"
        try:
            if self.serving:  # one process: safe to compile what an editor just changed
                compile_catalogs(catalogs)
                self.catalog_version = catalog_version(catalogs, self.language)
            self.translations = load_translations(catalogs, self.language)
        except CatalogError as error:
            raise PluginError(str(error)) from error
        _ = self.translations.gettext
        root = directory_root(project)
        self.own_directory = root.resolve() == (project / "directory").resolve()
        with self.timed("load and check"):  # serving: each rebuild follows a change, kept per file instead
            self.directory, problems = (load_directory(root, remember=self.remembered(SOURCE_FILES)) if self.serving
                                        else load_checked(root, project / CHECKED_DIRECTORIES))
        if problems:
            raise PluginError(directory_problems(problems, _))
        config.site_name = _("Wegweiser Integration Hildesheim")
        config.nav = translate_nav(config.nav, _)
        config.extra["ui_draft"] = (self.language != SOURCE_LANGUAGE
                                    and ui_status(catalogs, self.language)["draft"] > 0)
        self.root_url = site_root(config.site_url or "/", self.language)
        try:
            self.source_date = source_date()
        except ValueError as error:
            raise PluginError(str(error)) from error
        self.publisher = check_publisher(config, serving=self.serving)
        if not config.repo_url:  # no address to edit at: MkDocs would warn about edit links without one
            config.edit_uri = None
        self.repository = Repository(config.repo_url or "", config.edit_uri or "")
        config.extra["live_reload"] = self.serving  # its inline script needs a looser CSP (overrides/main.html)
        log.info("%d entries from %s", len(self.directory), root)
        return config

    def add_pages(self, files: Files, config: MkDocsConfig) -> Files:
        """Add one page per entry, list and overview, rendered to HTML already."""
        with self.timed("views"):
            languages = tuple(config.extra["languages"])
            self.concept = read_concept(Path(config.docs_dir), config.markdown_extensions, config.mdx_configs)
            views = build_views(self.directory, self.language, self.translations, languages,
                                directory_urls=config.use_directory_urls, concept=self.concept,
                                repository=self.repository, editors_email=config.extra.get("editors_email") or "",
                                ui_draft=config.extra["ui_draft"])
            site = SiteViews(self.directory, self.language, self.translations, languages, config.use_directory_urls,
                             repository=self.repository, ui_draft=config.extra["ui_draft"])
            views += legal_pages(site, self.publisher)
            views.append(open_data_page(site, config.extra.get("open_data") or {}))
            views.append(self.editors_report(site))
        with self.timed("HTML"):
            pages = render_pages(views, self.remembered(RENDERED_PAGES))
        add_generated_pages(files, config, pages, self.edit_uris(config))
        with self.timed("contact files"):
            add_contact_files(files, config, contact_files(self.directory, self.language, self.translations,
                                                           self.source_date, self.remembered(CONTACT_FILES)))
        self.unlisted = [config.site_url + page_url(p.path, config.use_directory_urls) for p in pages if p.unlisted]
        return files

    def remembered(self, memo: RebuildMemo[Value]) -> Remember[Value] | None:
        """When serving, what the last rebuild made that this one may take over (site.serving), else None."""
        if not self.serving:
            return None
        memo.start(f"{self.language} {self.source_date} {self.catalog_version}")
        return memo.get

    def editors_report(self, site: SiteViews) -> PageView:
        """Return the view of the editors' report, as of the sources' day (SOURCE_DATE_EPOCH), if known.

        Never as of the day of the build: two builds of the same sources are the same.
        """
        topics = editors_topics(self.directory, self.source_date, site.site_languages[1:], self.repository)
        return editors_report_page(site.page(REPORT_PATH), topics, self.source_date)

    def edit_uris(self, config: MkDocsConfig) -> dict[str, str]:
        """Map each entry page to its YAML file, relative to the docs folder, for the page's edit link.

        Only the project's own directory is in the repository; a synthetic one is not.
        """
        if not config.edit_uri or not self.own_directory:
            return {}
        docs = Path(config.docs_dir)
        return {entry_path(e): Path(os.path.relpath(Path(e.file).resolve(), docs)).as_posix() for e in self.directory}

    def concept_links(self, markdown: str, page: Page, files: Files) -> str:
        """Keep the concept's links to entries that another directory (fixtures, synthetic) lacks as text."""
        if self.own_directory or not page.file.src_uri.startswith("concept/"):
            return markdown
        return unlink_missing(markdown, page.file.src_uri, lambda path: files.get_file_from_path(path) is not None)

    def fill_blocks(self, html: str, page: Page, config: MkDocsConfig) -> str:
        """Put the data blocks of a Markdown page (the concept's) in place of their placeholders.

        The blocks are in the page's own language: the concept is German on every site.
        """
        if MARKER not in html:
            return html
        language = page.meta.get("lang", self.language)
        translations = self.translations if language == self.language else gettext.NullTranslations()
        site = SiteViews(self.directory, language, translations, tuple(config.extra["languages"]),
                         config.use_directory_urls, self.concept)
        return fill_blocks(html, site.page(page.file.src_uri), f"{Path(config.docs_dir).name}/{page.file.src_uri}")

    def prepare_theme(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        """Let the theme overrides translate their strings with the site's catalog, and share navigation HTML.

        When serving, the theme keeps its compiled templates, and the entry pages that are what they were
        get the HTML of the last rebuild (site.serving).
        """
        env.add_extension("jinja2.ext.i18n")
        env.install_gettext_translations(self.translations, newstyle=True)  # type: ignore[attr-defined]
        env.globals["ww_fragments"] = {}  # per build: see shared_navigation
        if self.serving:
            env.bytecode_cache = THEME_BYTECODE
            THEME_PAGES.start(self.theme_context(config, files),
                              [file.page for file in files.documentation_pages() if file.inclusion.is_not_in_nav()])
        return env

    def theme_context(self, config: MkDocsConfig, files: Files) -> str:
        """Return what the theme's HTML of every page depends on besides the page itself: the configuration,
        the catalog, the theme's overrides, the Markdown pages and the navigation's pages."""
        navigation = [(file.url, file.page.title) for file in files.documentation_pages()
                      if file.page and not file.inclusion.is_not_in_nav()]
        overrides = tree_digest(Path(config.theme.custom_dir)) if config.theme.custom_dir else ""
        extra = {key: value for key, value in config.extra.items() if key != "alternate"}  # that is per page
        return repr((self.language, self.catalog_version, config.site_url, Path(config.config_file_path).read_bytes(),
                     extra, tree_digest(Path(config.docs_dir)), overrides, navigation))

    def page_context(self, context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
        """Point the language menu and hreflang at this same page in each language; say if its navigation is shared."""
        config.extra["alternate"] = alternates(config.extra["languages"], self.root_url, page.url)
        context["ww_shared_nav"] = self.shared_navigation(page, nav)
        if self.serving:
            context["ww_replay"] = THEME_PAGES.replay(page)
        return context

    def template_context(self, context: dict, template_name: str, config: MkDocsConfig) -> dict:
        """Point the 404 page's language menu at the start page of each language: it has no page of its own there."""
        if template_name == "404.html":
            config.extra["alternate"] = alternates(config.extra["languages"], self.root_url, "")
        return context

    def shared_navigation(self, page: Page, nav: Navigation) -> str | None:
        """Return the folder of a page that is not in the navigation, else None.

        Such pages (every entry page) mark nothing in the navigation as active, and their links in it
        are relative to their folder, so all pages of a folder show the same navigation and tabs. The
        theme override renders them once per folder: the navigation is the theme's costliest part.
        """
        if nav is not self._nav:
            self._nav, self._nav_pages = nav, {id(item) for item in nav.pages}
        if id(page) in self._nav_pages:
            return None
        return page.url.rstrip("/").rpartition("/")[0] + "/"

    def finish_page(self, html: str, page: Page) -> str:
        """Give <html> the page's direction as well as its language; when serving, keep the theme's HTML first."""
        if self.serving:
            THEME_PAGES.keep(page, html)
        return self.set_direction(html)

    def set_direction(self, html: str) -> str:
        """Give <html> the page's direction as well as its language."""
        return set_html_direction(html, self.language)

    def finish(self, config: MkDocsConfig) -> None:
        """Date the sitemap by the sources, index the built pages for search (when serving, after the pages are
        served), then log how long each phase took."""
        rewrite_sitemap(Path(config.site_dir), self.source_date, self.unlisted)
        if self.serving:
            SEARCH_INDEX.start(index_site, Path(config.site_dir))
        else:
            with self.timed("Pagefind"):
                index_site(Path(config.site_dir))
        log.info("phases: %s", ", ".join(f"{phase} {seconds:.3f} s" for phase, seconds in self.timings.items()))
