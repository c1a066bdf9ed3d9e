"""The start page and the search page."""

from __future__ import annotations

from .builder import PageBuilder, list_path
from .elements import Bullets, Link, PageView, Paragraph, SearchBox, SearchForm, Section, Seq, Text, Tile, Tiles
from .guide import GUIDE_PATH
from .legal import EASY_LANGUAGE_PATH

SEARCH_PATH = "search/index.md"


def home_page(b: PageBuilder) -> PageView:
    """Return the start page: search, the main ways in, and the municipalities."""
    _ = b._
    tiles = Tiles((
        Tile(b.url(GUIDE_PATH), _("Deutsch lernen"), _("Welcher Kurs passt zu mir?")),
        Tile(b.url(list_path("courses")), _("Sprachkurse"), _("Alle Kurse nach Ort")),
        Tile(b.url(list_path("counselling")), _("Beratung"), _("Migration, Wohnen, Arbeit, Aufenthalt")),
        Tile(b.url(list_path("helpers")), _("Hilfe vor Ort"), _("Integrationshelfer*innen in Ihrer Kommune")),
    ))
    places = Bullets(tuple(b.link(e) for e in b.site.by_name(b.directory.of_kind("municipalities"))), "ww-places")
    about = Paragraph(Seq((
        _("Die Angaben stammen aus dem Integrationskonzept des Landkreises Hildesheim und werden von der "
          "Kreisverwaltung gepflegt. Wo noch keine Kontaktdaten bekannt sind, steht auf der Seite, wer stattdessen "
          "weiterhilft."), " ", Link(b.url("concept/index.md"), _("Zum Integrationskonzept")))))
    blocks = [
        Paragraph(_("Sprachkurse, Beratung und Hilfe vor Ort für Zugewanderte im Landkreis Hildesheim."), "ww-lead"),
        Paragraph(Link(b.url(EASY_LANGUAGE_PATH), easy_language(b.language))),
        SearchForm(b.url(SEARCH_PATH), _("Was suchen Sie?"), _("Suchen")),
        tiles,
        Section(b.heading(2, _("Hilfe in Ihrer Stadt oder Gemeinde"), "places"), (places,)),
        Section(b.heading(2, _("Über diese Seite"), "about"), (about,)),
    ]
    return b.finish(Text(_("Wegweiser Integration Hildesheim")), blocks, hide=("navigation", "toc"))


def easy_language(language: str) -> Text:
    """Return the name of the page in Leichte Sprache: German, as the page is, on every language's pages."""
    return Text("Leichte Sprache") if language == "de" else Text("Leichte Sprache", "de", "ltr")


def search_page(b: PageBuilder) -> PageView:
    """Return the search page; without JavaScript it points to the lists."""
    _ = b._
    lists = [Link(b.url(list_path(kind)), label) for kind, label in (
        ("courses", _("Sprachkurse")), ("counselling", _("Beratung")), ("helpers", _("Integrationshelfer*innen")))]
    without_script = Paragraph(Seq((_("Die Suche braucht JavaScript. Alle Einträge finden Sie auch über die Listen:"),
                                    " ", lists[0], ", ", lists[1], ", ", lists[2], ".")))
    box = SearchBox(b.file_url("pagefind/"), without_script)  # a folder: also right in a copy opened from disk
    return b.finish(Text(_("Suche")), [box], hide=("toc",), searchable=False)
