"""The publisher of the site: who is responsible for it, as the Impressum, the privacy policy and the
accessibility statement name them. Written in mkdocs.yml (extra.publisher) by the county office.

Nothing here is guessed: a value nobody has written stays empty, and the pages say it is still missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..messages import N_

# Every key of extra.publisher, with the label the pages and messages give it (German message ids).
FIELDS: dict[str, str] = {
    "name": N_("Herausgeber"),
    "address": N_("Anschrift"),
    "email": N_("E-Mail"),
    "phone": N_("Telefon"),
    "represented_by": N_("Vertreten durch"),
    "responsible_for_content": N_("Verantwortlich für den Inhalt"),
    "supervisory_authority": N_("Aufsichtsbehörde"),
    "data_protection_officer": N_("Datenschutzbeauftragte*r"),
    "data_protection_authority": N_("Aufsichtsbehörde für den Datenschutz"),
    "hosting": N_("Betreiber des Servers"),
    "server_logs": N_("Server-Protokolle"),
    "accessibility_contact": N_("Kontakt für Barrieren"),
    "accessibility_statement_date": N_("Stand der Erklärung zur Barrierefreiheit"),
}


@dataclass(frozen=True)
class Publisher:
    """The publisher's details, each a text; an empty text is a detail not yet given."""

    values: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str:
        """Return one detail, or '' while it is missing."""
        if key not in FIELDS:
            raise KeyError(key)
        return self.values.get(key, "")

    @property
    def missing(self) -> tuple[str, ...]:
        """Return the keys not yet filled in, in the order of FIELDS."""
        return tuple(key for key in FIELDS if not self.get(key))


def read_publisher(config: Any) -> tuple[Publisher, list[str], list[str]]:
    """Read extra.publisher: the publisher, unknown keys, and keys whose value is not a text.

    An empty key (`name:` in YAML) reads as None and counts as missing, not as wrong.
    """
    if config is None:
        config = {}
    if not isinstance(config, Mapping):
        return Publisher(), [], ["publisher"]
    unknown = [str(key) for key in config if key not in FIELDS]
    wrong = [key for key, value in config.items() if key in FIELDS and value is not None and not isinstance(value, str)]
    values = {key: value.strip() for key, value in config.items() if key in FIELDS and isinstance(value, str)}
    return Publisher(values), unknown, wrong
