"""Gettext catalogs for the site and the editors' messages.

German is the source language: message ids are German, so a missing translation
falls back to German. Catalogs live in <translations>/<lang>/LC_MESSAGES/messages.po.
They are compiled once (`wegweiser catalogs`, run by make before the language builds
start in parallel); a build only reads the compiled .mo files and refuses stale ones.
"""

from __future__ import annotations

import gettext
import hashlib
import os
import tempfile
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

SOURCE_LANGUAGE = "de"
DOMAIN = "messages"


class CatalogError(Exception):
    """A catalog is missing or was not compiled after its last change."""


def catalog_file(translations: Path, language: str) -> Path:
    """Return the .po file of language."""
    return translations / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _is_stale(po_file: Path) -> bool:
    mo_file = po_file.with_suffix(".mo")
    return not mo_file.exists() or mo_file.stat().st_mtime < po_file.stat().st_mtime


def compile_catalogs(translations: Path) -> list[Path]:
    """Compile every .po under translations that changed since its .mo was written; return those compiled.

    Draft translations are marked fuzzy until a person has reviewed them; they are compiled
    too, and the site says that they are drafts. Each .mo is written beside and then renamed
    into place, so that a build reading it never sees half a file.
    """
    compiled = []
    for po_file in sorted(translations.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        if not _is_stale(po_file):
            continue
        with po_file.open("rb") as source:
            catalog = read_po(source, locale=po_file.parents[1].name)
        handle, temporary = tempfile.mkstemp(dir=po_file.parent, suffix=".mo.tmp")
        with os.fdopen(handle, "wb") as target:
            write_mo(target, catalog, use_fuzzy=True)
        os.replace(temporary, po_file.with_suffix(".mo"))
        compiled.append(po_file)
    return compiled


def load_translations(translations: Path, language: str) -> gettext.NullTranslations:
    """Return the compiled catalog of language; German, the source, needs none."""
    if language == SOURCE_LANGUAGE:
        return NullTranslations()
    po_file = catalog_file(translations, language)
    if not po_file.exists():
        raise CatalogError(f"No catalog for language {language!r}: expected {po_file}")
    if _is_stale(po_file):
        raise CatalogError(f"{po_file.with_suffix('.mo')} is missing or older than {po_file.name}: "
                           "compile the catalogs first (`make catalogs`, or "
                           f"`wegweiser --translations {translations} catalogs`)")
    with po_file.with_suffix(".mo").open("rb") as mo:
        return Translations(mo, domain=DOMAIN)


def catalog_version(translations: Path, language: str) -> str:
    """Return a digest of language's compiled catalog ("" for German, which has none): it changes with any
    translation."""
    if language == SOURCE_LANGUAGE:
        return ""
    return hashlib.sha256(catalog_file(translations, language).with_suffix(".mo").read_bytes()).hexdigest()


def ui_status(translations: Path, language: str) -> dict[str, int]:
    """Count the UI strings of language that are missing, draft (fuzzy) or reviewed."""
    with catalog_file(translations, language).open("rb") as source:
        catalog = read_po(source, locale=language)
    counts = {"missing": 0, "draft": 0, "reviewed": 0}
    for message in catalog:
        if not message.id:
            continue
        translated = all(message.string) if isinstance(message.string, tuple) else bool(message.string)
        counts["missing" if not translated else "draft" if message.fuzzy else "reviewed"] += 1
    return counts
