"""Gettext catalogs for the site and the editors' messages.

German is the source language: message ids are German, so a missing translation
falls back to German. Catalogs live in translations/<lang>/LC_MESSAGES/messages.po;
the .mo beside each is compiled here whenever the .po is newer, so that editing a
catalog during `mkdocs serve` shows up on the next rebuild.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

Translator = Callable[[str], str]

SOURCE_LANGUAGE = "de"
DOMAIN = "messages"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"


def compile_catalog(po_file: Path) -> Path:
    """Write the .mo beside po_file if it is missing or older; return its path."""
    mo_file = po_file.with_suffix(".mo")
    if not mo_file.exists() or mo_file.stat().st_mtime < po_file.stat().st_mtime:
        with po_file.open("rb") as source:
            catalog = read_po(source, locale=po_file.parents[1].name)
        with mo_file.open("wb") as target:
            # Draft translations are marked fuzzy until a person has reviewed them; the site shows them, with a notice.
            write_mo(target, catalog, use_fuzzy=True)
    return mo_file


def load_translations(language: str, directory: Path = TRANSLATIONS_DIR) -> gettext.NullTranslations:
    """Return the catalog for language; German, the source, needs none."""
    if language == SOURCE_LANGUAGE:
        return NullTranslations()
    po_file = catalog_file(language, directory)
    if not po_file.exists():
        raise ValueError(f"No catalog for language {language!r}: expected {po_file}")
    with compile_catalog(po_file).open("rb") as mo:
        return Translations(mo, domain=DOMAIN)


def catalog_file(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    """Return the .po file of language."""
    return directory / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def ui_status(language: str, directory: Path = TRANSLATIONS_DIR) -> dict[str, int]:
    """Count the UI strings of language that are missing, draft (fuzzy) or reviewed."""
    with catalog_file(language, directory).open("rb") as source:
        catalog = read_po(source, locale=language)
    counts = {"missing": 0, "draft": 0, "reviewed": 0}
    for message in catalog:
        if not message.id:
            continue
        translated = all(message.string) if isinstance(message.string, tuple) else bool(message.string)
        counts["missing" if not translated else "draft" if message.fuzzy else "reviewed"] += 1
    return counts
