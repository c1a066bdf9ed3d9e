"""MkDocs hook: check the directory and add its pages to the site.

Thin on purpose: each event hands over to wegweiser.site.build, which calls the
pipeline (source → views → HTML) and knows the MkDocs side; the rest of the
package knows nothing of MkDocs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wegweiser.site.build import LanguageBuild
from wegweiser.site.serving import watch_file_events

if TYPE_CHECKING:
    from collections.abc import Callable

    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

_build = LanguageBuild()


def on_startup(command: str, dirty: bool) -> None:
    _build.serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    return _build.configure(config)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    return _build.add_pages(files, config)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    return _build.prepare_theme(env, config, files)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build.concept_links(markdown, page, files)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build.fill_blocks(html, page, config)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    return _build.page_context(context, page, config, nav)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _build.finish_page(output, page)


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    return _build.template_context(context, template_name, config)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return _build.set_direction(output_content)


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Callable[[], None]) -> LiveReloadServer:
    return watch_file_events(server)


def on_post_build(config: MkDocsConfig) -> None:
    _build.finish(config)
