"""The language chooser at the root of the built site, above the one folder per language."""

from __future__ import annotations

import base64
import hashlib
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
    page = environment().get_template("root.html.j2").render(languages=choices, style_hash=style_hash("root.css.j2"))
    target.write_text(page, encoding="utf-8")
    return target


def style_hash(template: str) -> str:
    """Return the CSP source that allows a page's one inline style (a template, e.g. root.css.j2) and no other.

    The style is a template file so that it ships with the package; Jinja drops the one newline that
    ends a template file, so the page holds the style without it.
    """
    css = environment().loader.get_source(environment(), template)[0].removesuffix("\n")
    return "sha256-" + base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
