"""Read the concept's Markdown pages: the anchors of their numbered sections and the entry pages they link to.

The anchors come from Python-Markdown itself, run with the site's own extensions, so they are the
ids the built pages have; links are read from the Markdown as written ([VHS](../providers/vhs-hildesheim.md)).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Mapping
from html import unescape
from pathlib import Path
from typing import Any

import markdown
from mkdocs.utils.meta import get_data

from ..model.concept import ConceptIndex, ConceptSection

FOLDER = "concept"
NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.? (.+)$")
HEADING = re.compile(r"^#{1,6} ")
PAGE_LINK = re.compile(r"\]\(([^)\s#]+\.md)(?:#[^)\s]*)?\)")


def read_concept(docs: Path, extensions: list[Any], configs: Mapping[str, Any]) -> ConceptIndex:
    """Return the sections and mentions of every page in docs/concept/."""
    sections: dict[str, ConceptSection] = {}
    mentions: dict[str, list[str]] = {}
    for file in sorted((docs / FOLDER).glob("*.md")):
        path = f"{FOLDER}/{file.name}"
        source, _meta = get_data(file.read_text(encoding="utf-8"))
        current: str | None = None
        headings = _headings(source, extensions, configs)
        for line in source.splitlines():
            if HEADING.match(line):
                level_id_name = next(headings, None)
                numbered = level_id_name and NUMBERED.match(level_id_name[1])
                if numbered:
                    current = numbered.group(1)
                    sections.setdefault(current, ConceptSection(current, numbered.group(2), path, level_id_name[0]))
                continue
            for target in PAGE_LINK.findall(line) if current else ():
                page = posixpath.normpath(posixpath.join(FOLDER, target))
                mentions.setdefault(page, [])
                if current not in mentions[page]:
                    mentions[page].append(current)
    return ConceptIndex(sections, {page: tuple(numbers) for page, numbers in mentions.items()})


def _headings(source: str, extensions: list[Any], configs: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield (anchor, plain text) of each heading of a page, in order, as Python-Markdown makes them."""
    md = markdown.Markdown(extensions=extensions, extension_configs=dict(configs))
    md.convert(source)
    yield from _flat(md.toc_tokens)  # type: ignore[attr-defined]


def _flat(tokens: list[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    for token in tokens:
        yield token["id"], unescape(re.sub(r"<[^>]+>", "", token["name"]))
        yield from _flat(token["children"])
