"""The publisher's details in mkdocs.yml (extra.publisher), checked when the build starts.

A preview (served, or built for 127.0.0.1 or localhost) shows the legal pages with a notice where details are
missing; a build for a public address stops until every detail is given, so that nothing goes live without
a real publisher. Messages are German: they are read by whoever maintains mkdocs.yml.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

from ..messages import Message, identity, msg
from ..model.publisher import FIELDS, Publisher, read_publisher

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def is_public(site_url: str | None) -> bool:
    """Whether a build for site_url is meant for readers, not a preview on this computer."""
    host = urlsplit(site_url or "").hostname
    return host is not None and host not in LOCAL_HOSTS


def check_publisher(config: MkDocsConfig, *, serving: bool = False) -> Publisher:
    """Return the publisher of mkdocs.yml; stop the build on a mistake, or on a public build without details.

    `mkdocs serve` is always a preview, whatever address it is told about.
    """
    publisher, unknown, wrong = read_publisher(config.extra.get("publisher"))
    problems = publisher_problems(publisher, unknown, wrong, None if serving else config.site_url)
    if problems:
        place = _place(Path(config.config_file_path))
        raise PluginError("\n".join(f"{place}: {problem.translate(identity)}" for problem in problems))
    return publisher


def publisher_problems(publisher: Publisher, unknown: list[str], wrong: list[str],
                       site_url: str | None) -> list[Message]:
    """Return what is wrong with extra.publisher, each with the way to fix it."""
    problems = []
    if unknown:
        problems.append(msg("Unbekannte Angabe {keys}. Möglich sind: {allowed}. Prüfen Sie die Schreibweise.",
                            keys=", ".join(unknown), allowed=", ".join(FIELDS)))
    if wrong:
        problems.append(msg("Die Angabe {keys} muss ein Text sein. Schreiben Sie ihn in Anführungszeichen, "
                            "z. B. name: \"Landkreis …\".", keys=", ".join(wrong)))
    if is_public(site_url) and publisher.missing:
        problems.append(msg("Die Seite wird für die öffentliche Adresse {url} gebaut, aber es fehlen Angaben des "
                            "Herausgebers: {keys}. Tragen Sie sie unter extra.publisher ein; ohne sie gehen "
                            "Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit nicht online.",
                            url=site_url, keys=", ".join(publisher.missing)))
    return problems


def _place(config_file: Path) -> str:
    """Return 'mkdocs.yml:57 (extra.publisher)': the file and the line of the publisher block, if there is one."""
    try:
        text = config_file.read_text(encoding="utf-8")
    except OSError:
        return config_file.name
    found = re.search(r"^[ \t]+publisher:", text, re.M)
    line = text.count("\n", 0, found.start()) + 1 if found else None
    return f"{config_file.name}:{line} (extra.publisher)" if line else f"{config_file.name} (extra.publisher)"
