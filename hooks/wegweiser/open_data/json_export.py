"""data/directory.json: every entry of every kind with all its languages, as the files hold them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..schema import DATA_KINDS, KINDS
from .records import public_data, record_id

if TYPE_CHECKING:
    from ..model.entries import Directory

FORMAT_VERSION = 1


def directory_json(directory: Directory, languages: list[str]) -> dict[str, Any]:
    """Return the whole directory: per kind, each entry's published data with its stable UUID."""
    return {
        "format_version": FORMAT_VERSION,
        "languages": list(languages),
        "kinds": {kind: [{"uuid": record_id(kind, entry.id), **public_data(entry)}
                         for entry in directory.of_kind(kind)]
                  for kind in KINDS + DATA_KINDS},
    }


def dump(data: Any) -> str:
    """Return data as readable UTF-8 JSON, the same text for the same data."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
