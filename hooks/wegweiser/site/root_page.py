"""The pages at the root of the built site, above the one folder per language: the language chooser, the
page for addresses that lead nowhere (404.html) and the favicon."""

from __future__ import annotations

import base64
import hashlib
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from ..html import environment
from ..views.formatting import direction, own_language_name

FAVICON = "assets/favicon.svg"  # in every language's build (docs/assets), copied to the root as favicon.svg


def write_root_page(site_dir: Path, languages: list[str], base_url: str, *, directory_urls: bool = True) -> Path:
    """Write site_dir/index.html linking to each language's start page; the first language is the default.

    Also write site_dir/404.html and site_dir/favicon.svg. The links of the chooser are relative, so the
    site works under any address; hreflang is absolute. The 404 page is served at any address that leads
    nowhere, so its links start at the site's path (that of base_url).
    """
    start = "" if directory_urls else "index.html"
    root = urlsplit(base_url).path or "/"
    choices = [{"name": own_language_name(code), "lang": code, "dir": direction(code), "link": f"{code}/{start}",
                "from_root": f"{root}{code}/{start}", "href": f"{base_url}{code}/"} for code in languages]
    values = {"languages": choices, "style_hash": style_hash("root.css.j2")}
    target = site_dir / "index.html"
    target.write_text(environment().get_template("root.html.j2").render(**values, favicon="favicon.svg"),
                      encoding="utf-8")
    (site_dir / "404.html").write_text(environment().get_template("root-404.html.j2").render(
        **values, favicon=f"{root}favicon.svg"), encoding="utf-8")
    favicon = site_dir / languages[0] / FAVICON
    if favicon.is_file():
        shutil.copyfile(favicon, site_dir / "favicon.svg")
    return target


def style_hash(template: str) -> str:
    """Return the CSP source that allows a page's one inline style (a template, e.g. root.css.j2) and no other.

    The style is a template file so that it ships with the package; Jinja drops the one newline that
    ends a template file, so the page holds the style without it.
    """
    css = environment().loader.get_source(environment(), template)[0].removesuffix("\n")
    return "sha256-" + base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
