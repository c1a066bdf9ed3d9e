"""The types of page a built language holds, read from its files, so that a new type is tested without
editing the tests: one type per list (`courses`), one per kind of entry below it (`courses/*`), the home page
and the 404 page."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path


def page_types(language: Path) -> dict[str, list[str]]:
    """Map each type of page in one built language to the URLs of its pages, relative to the language."""
    types: dict[str, list[str]] = defaultdict(list)
    if (language / "404.html").is_file():
        types["404"].append("404.html")
    for file in sorted(language.rglob("index.html")):
        folders = file.relative_to(language).parts[:-1]
        types[_type_of(folders)].append("".join(f"{folder}/" for folder in folders))
    return dict(types)


def _type_of(folders: tuple[str, ...]) -> str:
    if not folders:
        return "home"
    return "/".join([folders[0], *["*"] * (len(folders) - 1)])


def sample(types: dict[str, list[str]], turn: int) -> dict[str, str]:
    """Pick one page of each type; each turn (language) picks another, so that together they cover more pages."""
    return {kind: pages[turn % len(pages)] for kind, pages in sorted(types.items())}


def pages_with(site: Path, *markers: str) -> list[str]:
    """The URLs (relative to site) of the built pages whose HTML holds any of markers."""
    return [file.parent.relative_to(site).as_posix() + "/" for file in sorted(site.glob("*/**/index.html"))
            if any(marker in file.read_text(encoding="utf-8") for marker in markers)]
