"""Open data: the directory as JSON, as CSV per kind and as Open Referral HSDS 3.0.

Written once per build (not per language) into the site's data/ folder by `wegweiser open-data`.
Every file is made from the checked directory alone, in a fixed order, so that two builds of the
same sources write the same bytes. Contact persons appear only as far as their consent covers
the open-data channel (model/consent.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .csv_export import kind_csv
from .hsds import hsds_export
from .json_export import directory_json, dump

if TYPE_CHECKING:
    from pathlib import Path

    from ..model.entries import Directory

JSON_FILE = "directory.json"
CSV_FOLDER = "csv"
HSDS_FOLDER = "hsds"


def write_open_data(directory: Directory, out: Path, languages: list[str]) -> list[Path]:
    """Write every open-data file into out; return their paths."""
    files: dict[str, str] = {JSON_FILE: dump(directory_json(directory, languages))}
    for kind, table in kind_csv(directory, languages).items():
        files[f"{CSV_FOLDER}/{kind}.csv"] = table
    for name, records in hsds_export(directory).items():
        files[f"{HSDS_FOLDER}/{name}.json"] = dump(records)
    written = []
    for name, content in files.items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8", newline="\n")
        written.append(target)
    return written
