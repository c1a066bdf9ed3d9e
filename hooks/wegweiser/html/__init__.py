"""The HTML step: print each view with its template. Templates only print; every value is escaped.

The result is what MkDocs puts into the theme's page as it is: entry text never
passes through Markdown, so `*innen`, backticks or `[x](y)` in a name stay text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import escape

from ..memo import Remember
from ..views.elements import Block, PageView, lead_text, plain_text


@dataclass(frozen=True)
class RenderedPage:
    """A page's HTML body, its title and headings as HTML, and what the theme reads from its metadata."""

    path: str
    html: str
    title: str  # escaped: the theme prints page titles as HTML
    headings: tuple[tuple[int, str, str], ...]  # (level, anchor, escaped text), the title's first
    hide: tuple[str, ...]
    searchable: bool
    description: str  # plain text, what the page is about: its lead (or "")
    unlisted: bool = False  # kept from search engines (noindex) and the sitemap


@cache
def environment() -> Environment:
    """Return the Jinja environment of the package's templates: autoescaped, failing on unknown names."""
    return Environment(loader=PackageLoader("wegweiser", "html/templates"), autoescape=True,
                       undefined=StrictUndefined, lstrip_blocks=True, auto_reload=False)


def render_page(view: PageView) -> RenderedPage:
    """Return the HTML of one page."""
    html = environment().get_template("page.html.j2").render(page=view)
    headings = tuple((h.level, h.id, str(escape(plain_text(h.content)))) for h in view.headings)
    return RenderedPage(view.path, html, headings[0][2], headings, view.hide, view.searchable, lead_text(view),
                        view.unlisted)


def render_pages(views: Iterable[PageView], remember: Remember[RenderedPage] | None = None) -> list[RenderedPage]:
    """Return the HTML of every page.

    remember, if given, may return a page rendered before from the same view (`make serve`: see site.serving).
    Its key is the view's repr: views are frozen dataclasses of texts, numbers and other views, whose repr
    names everything the templates print.
    """
    if remember is None:
        return [render_page(view) for view in views]
    return [remember(repr(view), lambda view=view: render_page(view)) for view in views]


def render_blocks(blocks: Iterable[Block]) -> str:
    """Return the HTML of blocks that stand inside a page written in Markdown (a data block of the concept)."""
    return environment().get_template("blocks.html.j2").render(blocks=tuple(blocks))
