"""Invisible characters that have no place in an entry's text.

Control characters, the bidirectional embeddings, overrides and isolates (which can
make a text show other than it reads, and spill over into the page around it) and
zero-width spaces usually arrive unseen in pasted text. The page sets language and
direction for every text itself, so an editor never needs them. Allowed are the
left-to-right and right-to-left marks, and the zero-width (non-)joiners that Persian
and other scripts need inside words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ..messages import msg
from .problems import Problem
from .yaml_reader import JsonPath, SourceFile, dotted_path

_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # control characters other than tab and line breaks
    "\u202a-\u202e\u2066-\u2069"  # bidirectional embeddings, overrides and isolates
    "\u200b\u2060\ufeff\ufff9-\ufffb]"  # zero-width space, word joiner, byte order mark, annotation marks
)


def _strings(node: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, path + (index,))


def character_problems(source: SourceFile) -> list[Problem]:
    """Return one problem per text that holds a forbidden invisible character."""
    problems = []
    for path, text in _strings(source.data):
        found = _FORBIDDEN.search(text)
        if found:
            char = found.group()
            line, column = source.position(path)
            problems.append(Problem(
                "text.invisible-character",
                msg("Der Text enthält an Stelle {index} das unsichtbare Zeichen U+{code:04X} ({name}).",
                    index=found.start() + 1, code=ord(char), name=unicodedata.name(char, "CONTROL")),
                msg("Löschen Sie das Zeichen; es stammt meist aus einem kopierten Text."),
                source.path, line, column, dotted_path(path)))
    return problems
