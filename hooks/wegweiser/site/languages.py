"""The site's languages: one build each, linked page by page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..views.formatting import direction, own_language_name


def site_root(site_url: str, language: str) -> str:
    """Return the URL that holds all language builds, given one build's site_url."""
    suffix = f"{language}/"
    return site_url[: -len(suffix)] if site_url.endswith(suffix) else site_url


def alternates(languages: list[str], root: str, page_url: str) -> list[dict[str, str]]:
    """Return the same page in every language: for the language menu and for hreflang.

    `link` is relative to this language's site (the theme's url filter makes it relative to the
    page), so the switcher works under any address; `href` is absolute, as crawlers need it.
    """
    return [{"name": own_language_name(code), "lang": code, "dir": direction(code),
             "link": f"../{code}/{page_url}", "href": f"{root}{code}/{page_url}"} for code in languages]


def set_html_direction(html: str, language: str) -> str:
    """Put dir on the <html> element too: the theme sets it on <body> only."""
    return html.replace(f'<html lang="{language}"', f'<html lang="{language}" dir="{direction(language)}"', 1)


def translate_nav(nav: list[Any] | None, gettext: Callable[[str], str]) -> list[Any] | None:
    """Translate the section titles written in mkdocs.yml (German message ids); pages keep their own titles."""
    if nav is None:
        return None
    return [{gettext(key): translate_nav(value, gettext) if isinstance(value, list) else value
             for key, value in item.items()} if isinstance(item, dict) else item for item in nav]
