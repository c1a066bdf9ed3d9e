"""German (Latin-script) words inside right-to-left text, kept whole: each run of Latin script, with the bracket
around it, becomes an isolated part (printed as <bdi>), so that "(Kinderbetreuung)" inside Arabic or Persian
never breaks apart or swaps its brackets. Done on the text, as data: the template escapes every part."""

from __future__ import annotations

import re

from .elements import Inline, Isolated

_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
# A word or words in Latin script (with digits, spaces and the signs German writes inside names between:
# "e.V.", "Integrationshelfer*innen", "Jugend-/Erwachsenenbildung"), and the
# opening and closing bracket right around it, if any.
_LATIN_RUN = re.compile(rf"\(?[{_LETTER}](?:[{_LETTER}0-9.,'’*/&+\- ]*[{_LETTER}0-9.])?\)?")


def latin_runs(text: str) -> tuple[Inline, ...] | None:
    """Return text as plain parts and isolated Latin runs, or None when it holds no Latin letter."""
    parts: list[Inline] = []
    end = 0
    for run in _LATIN_RUN.finditer(text):
        if run.start() > end:
            parts.append(text[end:run.start()])
        parts.append(Isolated(run.group()))
        end = run.end()
    if not parts:
        return None
    if end < len(text):
        parts.append(text[end:])
    return tuple(parts)
