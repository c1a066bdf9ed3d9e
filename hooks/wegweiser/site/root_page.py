"""The language chooser at the root of the built site, above the one folder per language."""

from __future__ import annotations

from pathlib import Path

from ..html import environment
from ..views.formatting import direction, own_language_name


def write_root_page(site_dir: Path, languages: list[str], base_url: str, *, directory_urls: bool = True) -> Path:
    """Write site_dir/index.html linking to each language's start page; the first language is the default.

    The links people follow are relative, so the site works under any address; hreflang is absolute.
    """
    start = "" if directory_urls else "index.html"
    choices = [{"name": own_language_name(code), "lang": code, "dir": direction(code), "link": f"{code}/{start}",
                "href": f"{base_url}{code}/"} for code in languages]
    target = site_dir / "index.html"
    target.write_text(environment().get_template("root.html.j2").render(languages=choices), encoding="utf-8")
    return target
