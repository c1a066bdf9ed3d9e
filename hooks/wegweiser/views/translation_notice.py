"""Saying honestly, and quietly, how far a page is translated: one short line, and a page that explains it.

A page in another language than German carries at most one line: that some of its texts are still German, or
else that its translation (of the entries or of the interface) has not been checked by a person. The line
links to the page "Über die Übersetzungen" (views/translations_page.py). Names that read the same in every
language (providers', municipalities') are not untranslated and trigger nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.text import DRAFT, FALLBACK, MACHINE
from .elements import Link, Paragraph, Seq

if TYPE_CHECKING:
    from collections.abc import Callable, Set

TRANSLATIONS_PATH = "uebersetzungen.md"


def translation_line(_: Callable[[str], str], url: str, statuses: Set[str], *, ui_draft: bool) -> Paragraph | None:
    """Return the one line that says how far the page is translated, linking to url (the page explaining it)."""
    if FALLBACK in statuses:
        text = _("Einige Texte auf dieser Seite gibt es noch nicht in Ihrer Sprache. Sie werden auf Deutsch angezeigt.")
    elif ui_draft or statuses & {DRAFT, MACHINE}:
        text = _("Die Übersetzung auf dieser Seite wurde noch nicht von einer Person geprüft.")
    else:
        return None
    return Paragraph(Seq((text, " ", Link(url, _("Mehr zu den Übersetzungen")))), "ww-notice")
