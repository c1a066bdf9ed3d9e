"""The concept's links to entry pages when the site is built from another directory (fixtures, synthetic data).

The concept's Markdown links what it names to the entries of the project's own directory, and
`mkdocs --strict` checks every such link there. Another directory holds other entries: there a link
whose page does not exist shows as its text, so that the concept still builds.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<target>[^)\s#]+\.md)(?P<anchor>#[^)\s]*)?\)")


def unlink_missing(markdown: str, page: str, exists: Callable[[str], bool]) -> str:
    """Return markdown with each link to a page that does not exist (below the docs root) replaced by its text."""
    folder = posixpath.dirname(page)

    def replace(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(folder, match["target"]))
        return match[0] if exists(target) else match["text"]

    return MARKDOWN_LINK.sub(replace, markdown)
