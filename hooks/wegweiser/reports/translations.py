"""How complete each language is: UI strings from the catalogs, entry texts from the directory."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..catalogs import SOURCE_LANGUAGE, ui_status
from ..model.entries import Directory, Entry
from ..model.text import FALLBACK, PROPER_NAME, as_proper_name, localize
from ..schema import KINDS, fields_declared_as, is_proper_name

# The top-level fields a reader sees, by their definition in common.json; nested texts (hours, activities)
# are not counted.
TEXT_DEFINITIONS = ("proper_name", "text", "sourced_text")


@dataclass(frozen=True)
class EntryText:
    """One reader-facing text of an entry and its status in one language."""

    entry: Entry
    field: str
    status: str


def _text_fields(kind: str) -> Iterator[str]:
    for definition in TEXT_DEFINITIONS:
        yield from fields_declared_as(kind, definition)


def _text(value: Any) -> Any:
    """Return the text of a field: a sourced text holds it beside its source."""
    return value["text"] if isinstance(value, dict) and "source" in value else value


def entry_texts(directory: Directory, language: str) -> Iterator[EntryText]:
    """Yield every reader-facing text of the directory with its status in language."""
    for entry in directory:
        for name in _text_fields(entry.kind):
            if entry.get(name) is not None:
                local = localize(_text(entry.get(name)), language)
                if is_proper_name(entry.kind, name):
                    local = as_proper_name(local)
                yield EntryText(entry, name, local.status)


def entry_text_status(directory: Directory, language: str) -> Counter[str]:
    """Count the entry texts of language by status: fallback (missing), draft, machine, reviewed, proper_name."""
    return Counter(text.status for text in entry_texts(directory, language))


def translation_report(directory: Directory, translations: Path, languages: list[str]) -> str:
    """Return two tables: per language, UI strings and entry texts by status; per kind, entry texts missing."""
    languages = [language for language in languages if language != SOURCE_LANGUAGE]
    return "\n".join([*_status_table(directory, translations, languages), "",
                      *_missing_by_kind(directory, languages)])


def _status_table(directory: Directory, translations: Path, languages: list[str]) -> Iterator[str]:
    yield f"{'language':<9}{'UI missing':>11}{'UI draft':>10}{'UI reviewed':>12}" \
          f"{'texts missing':>15}{'texts draft':>13}{'texts reviewed':>16}{'proper names':>14}"
    for language in languages:
        ui = ui_status(translations, language)
        texts = entry_text_status(directory, language)
        yield f"{language:<9}{ui['missing']:>11}{ui['draft']:>10}{ui['reviewed']:>12}" \
              f"{texts['fallback']:>15}{texts['draft'] + texts['machine']:>13}{texts['reviewed']:>16}" \
              f"{texts[PROPER_NAME]:>14}"


def _missing_by_kind(directory: Directory, languages: list[str]) -> Iterator[str]:
    missing = {language: Counter(text.entry.kind for text in entry_texts(directory, language)
                                 if text.status == FALLBACK) for language in languages}
    yield f"{'texts missing by kind':<22}" + "".join(f"{language:>5}" for language in languages)
    for kind in KINDS:
        yield f"{kind:<22}" + "".join(f"{missing[language][kind]:>5}" for language in languages)
