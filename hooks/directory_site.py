"""MkDocs hook: check the directory, then add its pages to the site.

Thin on purpose: the work happens in the wegweiser package, which knows nothing of MkDocs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File

from wegweiser.directory import load_directory
from wegweiser.i18n import SOURCE_LANGUAGE, load_translations, ui_status
from wegweiser.languages import alternates, set_html_direction, site_root, translate_nav
from wegweiser.pages import build_pages, mark_other_language
from wegweiser.search_index import index_site

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = get_plugin_logger(__name__)
_state: dict = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check the directory; stop the build with every problem listed."""
    language = config.theme["language"]
    translations = load_translations(language)
    root = Path(os.environ.get("WEGWEISER_DIRECTORY") or Path(config.config_file_path).parent / "directory")
    directory, problems = load_directory(root, translations.gettext)
    if problems:
        details = "\n".join(str(problem) for problem in problems)
        summary = translations.gettext("Das Verzeichnis enthält {count} Fehler:").format(count=len(problems))
        raise PluginError(f"{summary}\n{details}")
    config.site_name = translations.gettext("Wegweiser Integration Hildesheim")
    config.nav = translate_nav(config.nav, translations.gettext)
    config.extra["ui_draft"] = language != SOURCE_LANGUAGE and ui_status(language)["draft"] > 0
    log.info("%d entries from %s", sum(len(kind) for kind in directory.entries.values()), root)
    _state.update(directory=directory, language=language, translations=translations,
                  root=site_root(config.site_url or "/", language))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add one generated page per entry, list and overview."""
    for page in build_pages(_state["directory"], _state["language"], _state["translations"],
                            tuple(config.extra["languages"])):
        files.append(File.generated(config, page.path, content=page.markdown))
    return files


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Let theme overrides translate their strings with the site's catalog."""
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_translations(_state["translations"], newstyle=True)  # type: ignore[attr-defined]
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Mark pages written in another language than the reader's, such as the German concept."""
    language = page.meta.get("lang", _state["language"])
    return mark_other_language(markdown, language, _state["language"], _state["translations"])


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    """Point the language switcher and hreflang links at this same page in each language."""
    config.extra["alternate"] = alternates(config.extra["languages"], _state["root"], page.url)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Give <html> the page direction as well as its language."""
    return set_html_direction(output, _state["language"])


def on_post_build(config: MkDocsConfig) -> None:
    """Index the built pages for search; also on every rebuild of `mkdocs serve`."""
    index_site(Path(config.site_dir))
