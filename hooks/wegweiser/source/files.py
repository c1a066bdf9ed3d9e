"""Find the entry files of a directory: directory/<kind>/<id>.yml, and say what else lies there.

Walks the tree itself (os.scandir) so that every oddity becomes a problem instead of
an exception or a silent gap: a missing or unreadable folder, a symbolic link (also
one that loops or points nowhere), a pipe or device named like an entry, a file in
the wrong place or with the wrong ending.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..messages import Message, msg
from ..schema import DATA_KINDS, KINDS
from .problems import Problem


@dataclass(frozen=True)
class EntryFile:
    """A file that should hold one entry of kind."""

    path: Path
    display: str
    kind: str

    @property
    def id(self) -> str:
        """Return the entry id the file name gives."""
        return self.path.stem


def display_path(path: Path) -> str:
    """Show paths relative to the working directory where possible, as editors see them.

    Bytes of a name that are not UTF-8 show as U+FFFD: Python keeps them as lone
    surrogates, which no report could print.
    """
    try:
        text = str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        text = str(path)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        return text.encode("utf-8", "replace").decode("utf-8")


def _is_utf8(name: str) -> bool:
    return not any("\ud800" <= char <= "\udfff" for char in name)


def find_entry_files(root: Path) -> tuple[list[EntryFile], list[Problem]]:
    """Return the entry files under root, in path order, and a problem for everything else found."""
    files: list[EntryFile] = []
    problems: list[Problem] = []
    if not root.is_dir():
        problems.append(Problem("directory.missing", msg("Der Ordner {path} existiert nicht.",
                                                         path=display_path(root)),
                                msg("Prüfen Sie den Pfad oder legen Sie den Ordner mit den Einträgen an."),
                                display_path(root)))
        return files, problems
    _walk(root, root, files, problems)
    files.sort(key=lambda f: f.path)
    return files, problems


def _walk(root: Path, folder: Path, files: list[EntryFile], problems: list[Problem]) -> None:
    try:
        with os.scandir(folder) as scan:
            children = sorted(scan, key=lambda child: child.name)
    except OSError as error:
        problems.append(Problem("directory.unreadable",
                                msg("Der Ordner kann nicht gelesen werden ({reason}).",
                                    reason=error.strerror or type(error).__name__),
                                msg("Prüfen Sie die Zugriffsrechte des Ordners; seine Einträge fehlen sonst."),
                                display_path(folder)))
        return
    for child in children:
        if child.name.startswith("."):
            continue
        path = Path(child.path)
        problem = _odd_file(child)
        if problem:
            problems.append(Problem(problem[0], problem[1], problem[2], display_path(path)))
        elif child.is_dir(follow_symlinks=False):
            _walk(root, path, files, problems)
        else:
            _classify(root, path, files, problems)


def _odd_file(child: os.DirEntry[str]) -> tuple[str, Message, Message] | None:
    """Return (code, message, hint) for a symbolic link or a special file, which never hold entries."""
    if child.is_symlink():
        return ("file.symlink", msg("Das ist eine Verknüpfung (symbolischer Link), keine Datei."),
                msg("Legen Sie den Eintrag als echte Datei an und löschen Sie die Verknüpfung."))
    if not child.is_dir(follow_symlinks=False) and not child.is_file(follow_symlinks=False):
        return ("file.not-regular", msg("Das ist keine gewöhnliche Datei."),
                msg("Ersetzen Sie sie durch eine Textdatei mit dem Eintrag."))
    return None


def _classify(root: Path, path: Path, files: list[EntryFile], problems: list[Problem]) -> None:
    relative = path.relative_to(root)
    kind = relative.parts[0] if len(relative.parts) == 2 and relative.parts[0] in KINDS + DATA_KINDS else None
    display = display_path(path)
    if kind and not _is_utf8(path.name):
        problems.append(Problem("file.name-encoding", msg("Der Dateiname ist nicht in UTF-8 geschrieben."),
                                msg("Benennen Sie die Datei um: Der Name ist die ID des Eintrags, aus "
                                    "Kleinbuchstaben, Ziffern und Bindestrichen."), display))
    elif kind and path.suffix == ".yml":
        files.append(EntryFile(path, display, kind))
    elif kind and path.suffix == ".yaml":
        problems.append(Problem("file.suffix", msg("Die Datei endet auf .yaml."),
                                msg("Benennen Sie sie in {name} um.", name=path.stem + ".yml"), display))
    else:
        problems.append(Problem("file.misplaced",
                                msg("Diese Datei liegt an einer Stelle, an der keine Einträge gelesen werden."),
                                msg("Einträge gehören als .yml-Datei in einen dieser Ordner: {kinds}.",
                                    kinds=", ".join(KINDS)), display))
