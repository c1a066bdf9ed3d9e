"""`make posters`: the waiting-room notices of every municipality and provider, one per other language.

Each poster is a page of its own (posters/<lang>/<kind>/<id>.html) that prints on A4 and opens from disk as
well as from the site: its style is inline, allowed by its hash, and its QR code is drawn inline (no request).
An index lists them all for whoever prints them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..catalogs import SOURCE_LANGUAGE, load_translations
from ..html import environment
from ..model.entries import Directory
from ..views.builder import SiteViews
from ..views.formatting import own_language_name
from ..views.posters import PosterView, posters
from .root_page import style_hash


def write_posters(out: Path, directory: Directory, translations: Path, languages: list[str], base_url: str,
                  as_of: date | None) -> list[Path]:
    """Write the poster of every municipality and provider for each language beside German; return the files."""
    german = SiteViews(directory, SOURCE_LANGUAGE, load_translations(translations, SOURCE_LANGUAGE), tuple(languages))
    day = as_of.isoformat() if as_of else ""
    written: list[Path] = []
    views: list[PosterView] = []
    for language in (code for code in languages if code != SOURCE_LANGUAGE):
        other = SiteViews(directory, language, load_translations(translations, language), tuple(languages))
        for view in posters(german, other, base_url, day):
            written.append(_write(out / view.path, render_poster(view)))
            views.append(view)
    written.append(_write(out / "index.html", environment().get_template("posters-index.html.j2").render(
        posters=views, language_names={code: own_language_name(code) for code in languages})))
    return written


def render_poster(view: PosterView) -> str:
    """Return the HTML page of one poster."""
    return environment().get_template("poster.html.j2").render(poster=view, style_hash=style_hash("poster.css.j2"))


def _write(path: Path, html: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
