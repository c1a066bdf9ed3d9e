"""Where a page's facts come from, as the reader sees it: the concept's section, a law, a public source."""

from __future__ import annotations

from ..catalogs import SOURCE_LANGUAGE
from ..model.web import encode_web_url
from . import formatting
from .builder import PageBuilder
from .elements import Inline, LeftToRight, Link, Text


def source_parts(b: PageBuilder, source: dict[str, str]) -> list[Inline]:
    """Return the concept section, the legal basis and the public source an entry or a fact rests on, as given."""
    found: list[Inline] = []
    if "concept_section" in source:
        found.append(b.fill("Integrationskonzept (2021), Abschnitt %(section)s",
                            section=LeftToRight(source["concept_section"])))
    if "legal_basis" in source:
        found.append(plain_german(b, source["legal_basis"]))
    if "url" in source:
        link = Link(encode_web_url(source["url"]), source["url"], ltr=True, rel="noopener")
        found.append(b.fill("%(link)s (gelesen am %(date)s)", link=link,
                            date=formatting.long_date(source["accessed"], b.language)))
    return found


def plain_german(b: PageBuilder, value: str) -> Text:
    """Return German plain text (a law, a name) that has no translation, marked as German on other pages."""
    return Text(value) if b.language == SOURCE_LANGUAGE else Text(value, SOURCE_LANGUAGE,
                                                                 formatting.direction(SOURCE_LANGUAGE))
