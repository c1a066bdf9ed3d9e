"""Load the directory: find the entry files, read and check each, then check them together."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..memo import Remember
from ..messages import msg
from ..model.entries import Directory, Entry
from ..schema import KINDS
from .characters import character_problems
from .crosscheck import cross_check
from .files import EntryFile, display_path, find_entry_files
from .problems import Problem
from .schema_problems import schema_problems
from .validate import explain, is_valid
from .yaml_reader import SourceFile, read_source

CheckedSource = tuple[SourceFile, list[Problem]]  # a file's data and the problems found in it alone


def load_directory(root: Path, today: date | None = None,
                   remember: Remember[CheckedSource] | None = None) -> tuple[Directory, list[Problem]]:
    """Read every entry under root; return the directory and all problems found, in file order.

    remember, if given, may return a file read and checked before (`make serve`: see site.serving), when it
    has not changed since; the entries are always checked together anew.
    """
    directory = Directory()
    sources: dict[Entry, SourceFile] = {}
    files, problems = find_entry_files(root)
    for file in files:
        key = _unchanged_key(file) if remember else None
        source, found = (remember(key, lambda file=file: read_checked(file)) if remember and key
                         else read_checked(file))
        # Kept even when invalid or unreadable, so that references to it are not reported as unknown too.
        entry = Entry(file.kind, file.id, source.data if source.data is not None else {}, file.display,
                      valid=not found)
        directory.add(entry)
        sources[entry] = source
        problems += found
    problems += cross_check(directory, sources, today or date.today())
    if not files and not problems:
        problems.append(Problem("directory.empty", msg("Im Ordner {path} stehen keine Einträge.",
                                                       path=display_path(root)),
                                msg("Einträge gehören als .yml-Datei in einen dieser Ordner: {kinds}.",
                                    kinds=", ".join(KINDS)),
                                display_path(root)))
    return directory, sorted(problems, key=Problem.sort_key)


def read_checked(file: EntryFile) -> CheckedSource:
    """Read one entry file; return its data and the problems found in it on its own."""
    source, found = read_source(file.path, file.display)
    if source.data is not None:
        found += character_problems(source)
        if not is_valid(file.kind, source.data):
            found += schema_problems(source, explain(file.kind, source.data))
    return source, found


def _unchanged_key(file: EntryFile) -> str | None:
    """Return what changes with any write to the file (its change time among them), or None if it is gone."""
    try:
        info = os.stat(file.path)
    except OSError:
        return None
    return f"{file.kind} {file.display} {info.st_ino} {info.st_size} {info.st_mtime_ns} {info.st_ctime_ns}"
