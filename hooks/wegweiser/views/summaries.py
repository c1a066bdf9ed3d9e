"""Short summaries of the concept's chapters and fields of action, in the reader's language (directory/summaries/).

The concept itself is German only; these few sentences per chapter let every reader see what it says
and where, each linking to its chapter or field.
"""

from __future__ import annotations

from typing import Any

from ..messages import msg
from ..model.text import localize
from .block_error import BlockError
from .builder import PageBuilder
from .elements import Block, Inline, Link, Outline, OutlineItem, Paragraph, Seq, Strong


def summaries_block(b: PageBuilder, ref: str) -> list[Block]:
    """Return the summaries with id ref: one item per chapter, the fields of action under their chapter."""
    summaries = b.directory.get("summaries", ref)
    if summaries is None and not b.directory.of_kind("summaries"):  # a directory without them: the page still builds
        return [Paragraph(b._("Die Zusammenfassungen des Konzepts sind in diesem Verzeichnis nicht eingetragen."),
                          "ww-note")]
    if summaries is None:
        raise BlockError(msg("In directory/summaries/ gibt es keine Zusammenfassungen mit der ID '{id}'.", id=ref))
    items = summaries.get("items")
    top = [item for item in items if "." not in item["section"]]
    outline = Outline(tuple(_item(b, item, [i for i in items if i["section"].startswith(item["section"] + ".")])
                            for item in top), "ww-summaries")
    blocks: list[Block] = [Paragraph(Strong(b.text(summaries.get("title")))), outline]
    if any(localize(item[name], b.language).needs_notice for item in items for name in ("title", "text")):
        blocks.append(Paragraph(b._("Die Übersetzung auf dieser Seite wurde noch nicht von einer Person geprüft."),
                                "ww-note"))
    return blocks


def _item(b: PageBuilder, item: dict[str, Any], children: list[dict[str, Any]]) -> OutlineItem:
    section = b.site.concept.section(item["section"])
    title: Inline = b.text(item["title"])
    if section:
        title = Link(f"{b.url(section.path)}#{section.anchor}", title)
    return OutlineItem(Seq((Strong(title), ": ", b.text(item["text"]))),
                       children=tuple(_item(b, child, []) for child in children))
