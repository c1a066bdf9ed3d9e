"""Pick the text of a field in the reader's language, knowing how trustworthy it is."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..catalogs import SOURCE_LANGUAGE

# How a text came to be in the reader's language.
SOURCE = "source"  # German original
REVIEWED = "reviewed"  # translated and checked by a person
DRAFT = "draft"  # translated, not yet checked
MACHINE = "machine"  # machine translation, not yet checked
FALLBACK = "fallback"  # no translation: German shown instead
PROPER_NAME = "proper_name"  # a proper name without translation: its German form is right everywhere


@dataclass(frozen=True)
class LocalText:
    """A text, the language it is written in and its status."""

    text: str
    language: str
    status: str

    @property
    def needs_notice(self) -> bool:
        """Whether the reader should be told this text is not a checked translation."""
        return self.status in (DRAFT, MACHINE, FALLBACK)


def localize(value: Any, language: str) -> LocalText:
    """Return value (a German string or a map language → text) in language, else German."""
    if isinstance(value, str):
        return LocalText(value, SOURCE_LANGUAGE, SOURCE if language == SOURCE_LANGUAGE else FALLBACK)
    if language == SOURCE_LANGUAGE:
        return LocalText(value[SOURCE_LANGUAGE], SOURCE_LANGUAGE, SOURCE)
    translation = value.get(language)
    if translation is None:
        return LocalText(value[SOURCE_LANGUAGE], SOURCE_LANGUAGE, FALLBACK)
    if isinstance(translation, str):
        return LocalText(translation, language, DRAFT)
    return LocalText(translation["text"], language, translation["status"])


def as_proper_name(local: LocalText) -> LocalText:
    """Return a name that is a proper name: shown in German where untranslated, yet nothing is missing."""
    return replace(local, status=PROPER_NAME) if local.status == FALLBACK else local
