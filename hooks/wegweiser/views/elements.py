"""What a page is made of, resolved and localized: the views hand these to the HTML templates.

Every value is final: texts are in the reader's language (or carry the language they
are in), links are relative URLs, numbers and dates are formatted. The templates print
them, each kind of element with its own markup, and escape every text.

Inline content is a `str` (a UI text), a `Text` (an entry's text) or one of the small
classes below; `Seq` puts several side by side. Blocks make up the page's body.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Text:
    """A text and, when it is not in the page's language, the language and direction it is in."""

    tag: ClassVar[str] = "text"
    text: str
    lang: str | None = None
    dir: str | None = None
    runs: tuple[Inline, ...] | None = None  # on right-to-left pages: the text with its Latin runs isolated


@dataclass(frozen=True)
class Link:
    """A link; left-to-right for phone numbers and addresses, which keep their order in any script."""

    tag: ClassVar[str] = "link"
    href: str
    label: Inline
    ltr: bool = False
    rel: str | None = None


@dataclass(frozen=True)
class Seq:
    """Inline parts printed one after the other."""

    tag: ClassVar[str] = "seq"
    parts: tuple[Inline, ...]


@dataclass(frozen=True)
class Span:
    """Inline content with a class, e.g. the small print under a list item."""

    tag: ClassVar[str] = "span"
    css: str
    content: Inline


@dataclass(frozen=True)
class Strong:
    """Inline content that matters most."""

    tag: ClassVar[str] = "strong"
    content: Inline


@dataclass(frozen=True)
class LeftToRight:
    """A value that reads left to right in any script, such as a time range."""

    tag: ClassVar[str] = "ltr"
    text: str


@dataclass(frozen=True)
class Address:
    """A postal address, line by line; German and left to right on every page."""

    tag: ClassVar[str] = "address"
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Download:
    """A link to a file to save, such as a contact card (vCard) or a calendar (iCalendar)."""

    tag: ClassVar[str] = "download"
    href: str
    label: Inline
    media_type: str


@dataclass(frozen=True)
class Isolated:
    """A value whose direction comes from its own letters, kept apart from the text around it (a time range)."""

    tag: ClassVar[str] = "bdi"
    text: str


Inline = str | Text | Link | Seq | Span | Strong | LeftToRight | Isolated | Address | Download


@dataclass(frozen=True)
class Heading:
    """A section heading with its anchor; headings also make the page's table of contents."""

    tag: ClassVar[str] = "heading"
    level: int
    id: str
    content: Inline
    permalink_title: str


@dataclass(frozen=True)
class Paragraph:
    tag: ClassVar[str] = "paragraph"
    content: Inline
    css: str = ""


@dataclass(frozen=True)
class Fact:
    """One labelled value of a list of facts."""

    label: str
    value: Inline


@dataclass(frozen=True)
class Facts:
    tag: ClassVar[str] = "facts"
    items: tuple[Fact, ...]
    css: str = ""


@dataclass(frozen=True)
class ListItem:
    """A link to an entry, with small print and, in filterable lists, the values filters match."""

    link: Link
    meta: Inline | None = None
    filters: Mapping[str, str] | None = None


@dataclass(frozen=True)
class EntryList:
    """Links to entries; says so when there are none."""

    tag: ClassVar[str] = "entry-list"
    items: tuple[ListItem, ...]
    empty: str


@dataclass(frozen=True)
class Bullets:
    tag: ClassVar[str] = "bullets"
    items: tuple[Inline, ...]
    css: str = ""


@dataclass(frozen=True)
class OutlineItem:
    """An item of an outline: its text, small print under it and items of its own."""

    content: Inline
    meta: Inline | None = None
    children: tuple[OutlineItem, ...] = ()


@dataclass(frozen=True)
class Outline:
    """A list whose items may have sub-items and small print, e.g. the measures of the concept."""

    tag: ClassVar[str] = "outline"
    items: tuple[OutlineItem, ...]
    css: str = ""


@dataclass(frozen=True)
class Table:
    """A table; with row_headers its first column names each row (a <th> for screen readers)."""

    tag: ClassVar[str] = "table"
    header: tuple[Inline, ...]
    rows: tuple[tuple[Inline, ...], ...]
    caption: Inline | None = None
    row_headers: bool = False
    css: str = ""


@dataclass(frozen=True)
class SvgRect:
    tag: ClassVar[str] = "svg-rect"
    x: float
    y: float
    width: float
    height: float
    css: str = ""


@dataclass(frozen=True)
class SvgLine:
    tag: ClassVar[str] = "svg-line"
    x1: float
    y1: float
    x2: float
    y2: float
    css: str = ""


@dataclass(frozen=True)
class SvgText:
    """A text in a drawing; anchor is SVG's text-anchor (start or end) read in the text's own direction."""

    tag: ClassVar[str] = "svg-text"
    x: float
    y: float
    text: str
    anchor: str
    dir: str = "ltr"
    lang: str | None = None
    css: str = ""


Shape = SvgRect | SvgLine | SvgText


@dataclass(frozen=True)
class Chart:
    """A drawing made of shapes (inline SVG) with its title and a description in words for screen readers."""

    tag: ClassVar[str] = "chart"
    id: str
    title: Text
    description: str
    width: int
    height: int
    shapes: tuple[Shape, ...]


@dataclass(frozen=True)
class Section:
    """A heading and what belongs under it; wrapped in <section> when it has a class."""

    tag: ClassVar[str] = "section"
    heading: Heading | None
    blocks: tuple[Block, ...]
    css: str = ""


@dataclass(frozen=True)
class Box:
    """Blocks that belong together, e.g. the list that filters narrow, or the note about a missing contact."""

    tag: ClassVar[str] = "box"
    css: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Select:
    name: str
    label: str
    options: tuple[Option, ...]


@dataclass(frozen=True)
class Filters:
    """The filters above a list; without JavaScript they are a form that shows the whole list."""

    tag: ClassVar[str] = "filters"
    label: str
    selects: tuple[Select, ...]
    submit: str
    count_text: str  # "{shown} of {total}", filled in by the page's script
    none_text: str  # said by the status line when nothing is left
    none_shown: Inline  # shown then, below it: a next step, with links


@dataclass(frozen=True)
class Tile:
    href: str
    title: str
    text: str


@dataclass(frozen=True)
class Tiles:
    tag: ClassVar[str] = "tiles"
    tiles: tuple[Tile, ...]


@dataclass(frozen=True)
class SearchForm:
    """A search field that sends the query to the search page."""

    tag: ClassVar[str] = "search-form"
    action: str
    label: str
    button: str


@dataclass(frozen=True)
class SearchBox:
    """The search page's interface (Pagefind), and what to do without JavaScript."""

    tag: ClassVar[str] = "search-box"
    bundle: str
    without_script: Paragraph


@dataclass(frozen=True)
class HoursRow:
    """One period of opening hours: its days and times as read, and as the page's script compares them."""

    days: str  # e.g. "Mo., Di. und Do."
    times: str  # e.g. "09:00–12:00 Uhr"
    weekdays: str  # ISO numbers of the days, "1 2 4"
    start: str  # "09:00"
    end: str  # "12:00"


@dataclass(frozen=True)
class OpeningHours:
    """Opening hours as a table; with JavaScript on, a line above says whether it is open now."""

    tag: ClassVar[str] = "opening-hours"
    caption: str
    rows: tuple[HoursRow, ...]
    open_text: str
    closed_text: str
    note: str
    remark: Text | None = None  # the editors' note on the hours in words, e.g. "also by appointment"


@dataclass(frozen=True)
class StructuredData:
    """Machine-readable facts about the page (schema.org JSON-LD): plain data, printed as JSON."""

    tag: ClassVar[str] = "structured-data"
    data: Mapping[str, object]


Block = (Paragraph | Facts | EntryList | Bullets | Outline | Table | Chart | Section | Box | Filters | Tiles
         | SearchForm | SearchBox | OpeningHours | StructuredData)


@dataclass(frozen=True)
class PageView:
    """Everything one page shows, ready to print."""

    path: str  # below the docs root, e.g. courses/x.md
    title: Heading  # the page's h1
    blocks: tuple[Block, ...]
    notice: Paragraph | None = None  # how far the page is translated, in one line (views/translation_notice.py)
    hide: tuple[str, ...] = ()
    searchable: bool = True
    headings: tuple[Heading, ...] = field(default=(), compare=False)  # the title's, then the sections' in page order
    unlisted: bool = False  # built, but for no reader: out of search, search engines and the sitemap


def plain_text(content: Inline) -> str:
    """Return the text of inline content without its markup, e.g. for a table of contents."""
    if isinstance(content, str):
        return content
    if isinstance(content, Text | LeftToRight | Isolated):
        return content.text
    if isinstance(content, Link | Download):
        return plain_text(content.label)
    if isinstance(content, Seq):
        return "".join(plain_text(part) for part in content.parts)
    if isinstance(content, Address):
        return ", ".join(content.lines)
    return plain_text(content.content)


def lead_text(view: PageView) -> str:
    """Return the text of the page's first paragraph before its sections (its lead), or "" if it has none.

    A link to a file to save (a calendar) is no lead: it says nothing about what the page is about.
    """
    for block in view.blocks:
        if isinstance(block, Section):
            break
        if isinstance(block, Paragraph) and not isinstance(block.content, Download):
            return plain_text(block.content)
    return ""
