"""Gettext catalogs for the site and the editors' messages.

German is the source language: message ids are German, so a missing translation
falls back to German. Catalogs live in translations/<lang>/LC_MESSAGES/messages.po;
the .mo beside each is compiled here whenever the .po is newer, so that editing a
catalog during `mkdocs serve` shows up on the next rebuild.
"""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Callable

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
            write_mo(target, catalog)
    return mo_file


def load_translations(language: str, directory: Path = TRANSLATIONS_DIR) -> gettext.NullTranslations:
    """Return the catalog for language; German, the source, needs none."""
    if language == SOURCE_LANGUAGE:
        return NullTranslations()
    po_file = directory / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_file.exists():
        raise ValueError(f"No catalog for language {language!r}: expected {po_file}")
    with compile_catalog(po_file).open("rb") as mo:
        return Translations(mo, domain=DOMAIN)
