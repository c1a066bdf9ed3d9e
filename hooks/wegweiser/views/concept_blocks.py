"""Data blocks in the concept's Markdown pages: the kinds of block there are, and what each shows.

A Markdown page asks for a block with a placeholder on a line of its own,

    <div data-ww-block="measures" data-ww-ref="5.1.2"></div>

and the site step (wegweiser.site.concept_pages) puts the block's HTML in its place once Markdown has run:
entry text never passes through Markdown. A kind of block is one entry of BLOCKS, a function of the page's
builder and the placeholder's ref (a concept section, an id: whatever the kind needs) that returns the block
or blocks to show, or raises BlockError (views/block_error.py) with a German message when the ref names
nothing. The builder is for the page's own language (the concept is German) and links relatively from the page.

Blocks carry no headings: the Markdown's headings make the page's table of contents.
"""

from __future__ import annotations

from collections.abc import Callable

from ..messages import msg
from .block_error import BlockError
from .builder import PageBuilder
from .elements import Block
from .figures import figures_block, municipalities_block
from .measures import goals_block, measures_block
from .summaries import summaries_block

BlockMaker = Callable[[PageBuilder, str], Block | list[Block]]

BLOCKS: dict[str, BlockMaker] = {
    "goals": goals_block,
    "measures": measures_block,
    "figures": figures_block,
    "municipalities": municipalities_block,
    "summaries": summaries_block,
}


def concept_block(b: PageBuilder, kind: str, ref: str) -> tuple[Block, ...]:
    """Return the blocks a placeholder stands for; raise BlockError when its kind or ref is unknown."""
    maker = BLOCKS.get(kind)
    if maker is None:
        raise BlockError(msg("Unbekannte Blockart '{kind}'; möglich sind: {kinds}.", kind=kind,
                             kinds=", ".join(BLOCKS)))
    made = maker(b, ref)
    return tuple(made) if isinstance(made, list) else (made,)
