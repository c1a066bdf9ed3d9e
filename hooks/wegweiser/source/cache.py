"""A checked directory kept on disk, so that the language builds of one `make build` check it once.

`make build` builds each language in a process of its own, and each would read and check every entry
file again: for 500 entries about half a second per process, half of it compiling the schemas. A
process that finds no problem keeps the directory it loaded, under a key made of everything the
result depends on: the names and bytes of the files under the directory's folder, the checker's own
code and schemas, the versions of the libraries it calls, the working directory (messages name files
relative to it), the day (consents end) and the Python version. Any change gives another key, so a
kept directory is never stale. A directory with problems is not kept: each build reports them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import stat
import sys
from datetime import date
from importlib.metadata import PackageNotFoundError, requires, version
from pathlib import Path

from ..model.entries import Directory
from .loader import load_directory
from .problems import Problem
from .yaml_reader import MAX_FILE_BYTES

PACKAGE = Path(__file__).resolve().parents[1]  # the checker's code and schemas
DISTRIBUTION = "wegweiser-integration-hildesheim"  # as pyproject.toml names the project
KEPT = 4  # directories kept at most; the oldest go first
_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def load_checked(root: Path, cache: Path, today: date | None = None) -> tuple[Directory, list[Problem]]:
    """Return what load_directory(root) returns, from cache when the same sources were checked before."""
    today = today or date.today()
    key = cache_key(root, today)
    if key is None:  # something cannot be read: the loader says what
        return load_directory(root, today)
    kept = cache / f"{key}.pickle"
    try:
        return pickle.loads(kept.read_bytes()), []  # noqa: S301 - written by this module, in the project's folder
    except (OSError, EOFError, pickle.UnpicklingError):
        pass
    directory, problems = load_directory(root, today)
    if not problems:
        _keep(kept, directory)
    return directory, problems


def cache_key(root: Path, today: date) -> str | None:
    """Return the key of everything a check of root depends on, or None if a file cannot be read."""
    digest = hashlib.sha256()
    for part in (sys.version, os.getcwd(), str(root), today.isoformat(), *_library_versions()):
        _add(digest, part.encode("utf-8", "surrogateescape"))
    try:
        _add_tree(digest, PACKAGE, skip="__pycache__")
        _add_tree(digest, root)
    except OSError:
        return None
    return digest.hexdigest()


def tree_digest(folder: Path) -> str:
    """Return a digest of the name and kind of everything under folder, with the bytes of each file.

    Raises OSError if something under folder cannot be read.
    """
    digest = hashlib.sha256()
    _add_tree(digest, folder)
    return digest.hexdigest()


def _library_versions() -> list[str]:
    """Return name and version of each library the package requires (a new version may judge otherwise)."""
    found = []
    for requirement in requires(DISTRIBUTION) or []:
        name = _REQUIREMENT_NAME.match(requirement)
        if name and "extra ==" not in requirement:
            try:
                found.append(f"{name.group()} {version(name.group())}")
            except PackageNotFoundError:
                found.append(name.group())
    return found


def _add_tree(digest: hashlib._Hash, folder: Path, skip: str = "") -> None:
    """Add the name and kind of everything under folder, with the bytes of each file the loader could read."""
    def fail(error: OSError) -> None:
        raise error

    for parent, folders, files in os.walk(folder, onerror=fail):
        folders[:] = sorted(name for name in folders if name != skip)
        for name in [*folders, *sorted(files)]:
            path = os.path.join(parent, name)
            info = os.lstat(path)
            _add(digest, os.path.relpath(path, folder).encode("utf-8", "surrogateescape"))
            _add(digest, f"{stat.S_IFMT(info.st_mode)} {info.st_size}".encode())
            if stat.S_ISLNK(info.st_mode):
                _add(digest, os.readlink(path).encode("utf-8", "surrogateescape"))
            elif stat.S_ISREG(info.st_mode) and info.st_size <= MAX_FILE_BYTES:
                _add(digest, Path(path).read_bytes())


def _add(digest: hashlib._Hash, part: bytes) -> None:
    digest.update(len(part).to_bytes(8, "big"))  # so that no two sequences of parts run together alike
    digest.update(part)


def _keep(kept: Path, directory: Directory) -> None:
    """Write the directory atomically (builds in parallel read it), then delete all but the newest KEPT."""
    partial = kept.with_suffix(f".{os.getpid()}.partial")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(pickle.dumps(directory, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, kept)
        newest_first = sorted(kept.parent.glob("*.pickle"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
        for path in newest_first[KEPT:]:
            path.unlink(missing_ok=True)
    except OSError:  # a read-only project, or another build pruning meanwhile: the next build checks again
        with contextlib.suppress(OSError):
            partial.unlink()
