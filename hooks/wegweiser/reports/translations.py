"""How complete each language is: UI strings from the catalogs, entry texts from the directory."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..catalogs import SOURCE_LANGUAGE, ui_status
from ..model.entries import Directory
from ..model.text import localize

# The top-level text fields a reader sees; nested texts (hours, activities) are counted by their entry's fields.
TEXT_FIELDS = ("name", "description", "cost", "eligibility", "registration", "funding", "target_group", "meetings")


def _texts(directory: Directory) -> Iterator[Any]:
    for entry in directory:
        for name in TEXT_FIELDS:
            if entry.get(name) is not None:
                yield entry.get(name)


def entry_text_status(directory: Directory, language: str) -> Counter[str]:
    """Count the entry texts of language by status: fallback (missing), draft, machine, reviewed."""
    return Counter(localize(value, language).status for value in _texts(directory))


def translation_report(directory: Directory, translations: Path, languages: list[str]) -> str:
    """Return a table: per language, UI strings and entry texts that are missing, draft or reviewed."""
    header = f"{'language':<9}{'UI missing':>11}{'UI draft':>10}{'UI reviewed':>12}" \
             f"{'texts missing':>15}{'texts draft':>13}{'texts reviewed':>16}"
    lines = [header]
    for language in languages:
        if language == SOURCE_LANGUAGE:
            continue
        ui = ui_status(translations, language)
        texts = entry_text_status(directory, language)
        lines.append(f"{language:<9}{ui['missing']:>11}{ui['draft']:>10}{ui['reviewed']:>12}"
                     f"{texts['fallback']:>15}{texts['draft'] + texts['machine']:>13}{texts['reviewed']:>16}")
    return "\n".join(lines)
