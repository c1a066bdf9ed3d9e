"""The concept's Markdown pages: their data blocks put in place after Markdown has run.

A placeholder line `<div data-ww-block="…" data-ww-ref="…"></div>` passes Python-Markdown untouched (raw HTML);
here it is replaced by the HTML of the block, rendered from its view by the autoescaped templates.
"""

from __future__ import annotations

import re
from html import unescape

from mkdocs.exceptions import PluginError

from ..html import render_blocks
from ..messages import identity, msg
from ..views.block_error import BlockError
from ..views.builder import PageBuilder
from ..views.concept_blocks import concept_block

MARKER = "data-ww-block"
PLACEHOLDER = re.compile(r'<div data-ww-block="(?P<kind>[^"<>]*)"(?: data-ww-ref="(?P<ref>[^"<>]*)")?>\s*</div>')
EXAMPLE = '<div data-ww-block="measures" data-ww-ref="5.1.2"></div>'


def fill_blocks(html: str, b: PageBuilder, source: str) -> str:
    """Return a page's HTML with each placeholder replaced by its block; fail with every mistake listed.

    source names the Markdown file in the messages, e.g. docs/concept/5-handlungsfelder.md.
    """
    problems: list[str] = []

    def replace(match: re.Match[str]) -> str:
        try:
            return render_blocks(concept_block(b, unescape(match["kind"]), unescape(match["ref"] or "")))
        except BlockError as error:
            problems.append(f"{source}: {match[0]}: {error.message.translate(identity)}")
            return ""

    filled = PLACEHOLDER.sub(replace, html)
    if html.count(MARKER) > len(PLACEHOLDER.findall(html)):  # counted before: entry text may name the marker
        problems.append(f"{source}: " + msg("Ein Platzhalter für einen Datenblock ist nicht richtig geschrieben. "
                                            "Schreiben Sie ihn allein auf eine Zeile, so: {example}",
                                            example=EXAMPLE).translate(identity))
    if problems:
        raise PluginError("\n".join(problems))
    return filled
