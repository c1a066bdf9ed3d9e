"""The site's languages: one build each, linked page by page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .formatting import direction, own_language_name
from .pages import template_environment


def site_root(site_url: str, language: str) -> str:
    """Return the URL that holds all language builds, given one build's site_url."""
    suffix = f"{language}/"
    return site_url[: -len(suffix)] if site_url.endswith(suffix) else site_url


def alternates(languages: list[str], root: str, page_url: str) -> list[dict[str, str]]:
    """Return links to the same page in every language, for the switcher and hreflang."""
    return [{"name": own_language_name(code), "lang": code, "link": f"{root}{code}/{page_url}", "dir": direction(code)}
            for code in languages]


def set_html_direction(html: str, language: str) -> str:
    """Put dir on the <html> element too: the theme sets it on <body> only."""
    return html.replace(f'<html lang="{language}"', f'<html lang="{language}" dir="{direction(language)}"', 1)


def write_root_page(site_dir: Path, languages: list[str]) -> Path:
    """Write the language chooser at the site root, linking relatively; German, the default, comes first."""
    html = template_environment().get_template("root.html.j2").render(languages=alternates(languages, "", ""))
    target = site_dir / "index.html"
    target.write_text(html, encoding="utf-8")
    return target


def translate_nav(nav: list[Any] | None, gettext: Callable[[str], str]) -> list[Any] | None:
    """Translate the section titles written in mkdocs.yml (German message ids); pages keep their own titles."""
    if nav is None:
        return None
    return [{gettext(key): translate_nav(value, gettext) if isinstance(value, list) else value
             for key, value in item.items()} if isinstance(item, dict) else item for item in nav]
