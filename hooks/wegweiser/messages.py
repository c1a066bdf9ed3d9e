"""Texts for people, kept as German message ids and parameters until they are shown.

Checking and reporting are separate steps: a check records what it found as a
Message, and a reporter translates it into the reader's language. German is the
source language, so a message id is the German text itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translator = Callable[[str], str]


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    """Mark a message id for extraction; it is translated where it is shown."""
    return message


@dataclass(frozen=True)
class Message:
    """A message id with the values for its {placeholders}; a value may be a Message itself."""

    id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def translate(self, _: Translator) -> str:
        """Return the text in the language of _, its parameters filled in (and translated, if messages)."""
        values = {name: value.translate(_) if isinstance(value, Message) else value
                  for name, value in self.params.items()}
        return _(self.id).format(**values) if values else _(self.id)


def msg(message_id: str, /, **params: Any) -> Message:
    """Return a Message; message ids written as msg("…") are extracted for translation."""
    return Message(message_id, params)


def identity(message: str) -> str:
    """Translate into German, the source language: the message id is the text."""
    return message
