"""Generated pages as MkDocs sees them: HTML made by the pipeline, placed in the theme as it is."""

from __future__ import annotations

from textwrap import shorten
from typing import TYPE_CHECKING, Any

from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from ..html import RenderedPage

if TYPE_CHECKING:
    from collections.abc import Mapping

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

DESCRIPTION_LENGTH = 160


class GeneratedPage(Page):
    """A page whose body is already HTML: MkDocs reads no Markdown for it.

    Its title and headings are escaped HTML, as MkDocs gives them for Markdown pages
    and as the theme prints them.
    """

    def __init__(self, rendered: RenderedPage, file: File, config: MkDocsConfig) -> None:
        super().__init__(None, file, config)
        self.rendered = rendered

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown = ""
        self.meta = page_meta(self.rendered)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content = self.rendered.html
        self.toc = get_toc(toc_tokens(self.rendered.headings))
        self.present_anchor_ids = {anchor for _level, anchor, _name in self.rendered.headings}


def page_meta(rendered: RenderedPage) -> dict[str, Any]:
    """Return the metadata the theme reads: title, description, hidden parts, whether search (ours and search
    engines') indexes the page."""
    meta: dict[str, Any] = {"title": rendered.title}
    if rendered.description:  # shown under the title in search engines, which cut it after about 160 characters
        meta["description"] = shorten(rendered.description, DESCRIPTION_LENGTH, placeholder=" …")
    if rendered.hide:
        meta["hide"] = list(rendered.hide)
    if not rendered.searchable:
        meta["search"] = {"exclude": True}
    if rendered.unlisted:
        meta["robots"] = "noindex"
    return meta


def toc_tokens(headings: tuple[tuple[int, str, str], ...]) -> list[dict[str, Any]]:
    """Nest headings (level, anchor, HTML) as MkDocs' table of contents expects them."""
    root: dict[str, Any] = {"level": 0, "children": []}
    stack = [root]
    for level, anchor, name in headings:
        token = {"level": level, "id": anchor, "name": name, "children": []}
        while stack[-1]["level"] >= level:
            stack.pop()
        stack[-1]["children"].append(token)
        stack.append(token)
    return root["children"]


def add_generated_pages(files: Files, config: MkDocsConfig, pages: list[RenderedPage],
                        edit_uris: Mapping[str, str] | None = None) -> None:
    """Add each rendered page to the site's files, with its page object already made.

    edit_uris maps a page's path to the file it is made from, relative to the docs folder (an entry page's
    ../directory/courses/x.yml): MkDocs makes the page's edit link from it as it does for Markdown pages.
    """
    for rendered in pages:
        file = File.generated(config, rendered.path, content="")
        file.edit_uri = (edit_uris or {}).get(rendered.path)
        GeneratedPage(rendered, file, config)
        files.append(file)
