"""The notice for the waiting room: one A4 page per municipality and per provider (concept 5.1.2 and 5.8.2).

German stands beside one other language, each column in its own direction; a QR code opens the entry's
page of the site in that other language. A poster names what the directory holds for the place or the
provider, with every recorded phone number, e-mail and web address written out (paper has no links),
and the nationwide services that help when nothing local is recorded yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import segno

from ..catalogs import SOURCE_LANGUAGE
from ..model import phone
from ..model.entries import Entry
from ..model.fallbacks import has_contact, is_nationwide
from . import formatting, labels
from .builder import PageBuilder, SiteViews, entry_path, page_url
from .elements import Inline, LeftToRight, Seq, Text
from .sources import plain_german

POSTER_KINDS = ("municipalities", "providers")
MAX_ITEMS = 6  # per list: what fits on a notice read from a few steps away; the rest is behind the QR code


@dataclass(frozen=True)
class QrCode:
    """A QR code as one SVG path of its dark modules, on a square of size modules (quiet zone included)."""

    url: str
    size: int
    path: str


@dataclass(frozen=True)
class PosterList:
    title: str
    items: tuple[Inline, ...]
    more: str = ""  # "und 3 weitere", when the list is cut short


@dataclass(frozen=True)
class PosterColumn:
    """What a poster says in one language."""

    lang: str
    dir: str
    title: Text
    lead: Inline
    lists: tuple[PosterList, ...]
    scan: Inline  # what the QR code opens


@dataclass(frozen=True)
class PosterView:
    path: str  # below the posters' folder, e.g. ar/municipalities/sarstedt.html
    title: str  # the German name, for the browser's tab and the printout's header
    columns: tuple[PosterColumn, PosterColumn]
    qr: QrCode
    as_of: str  # the day of the sources, in German


def qr_code(url: str, border: int = 4) -> QrCode:
    """Return the QR code of url as SVG path data: one rectangle per run of dark modules in a row."""
    matrix = segno.make_qr(url, error="m").matrix
    runs: list[str] = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                runs.append(f"M{start + border} {y + border}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    return QrCode(url, len(matrix) + 2 * border, "".join(runs))


def poster_url(entry: Entry, language: str, base_url: str) -> str:
    """Return the absolute address of the entry's page in language, as the site's build publishes it."""
    return f"{base_url.rstrip('/')}/{language}/{page_url(entry_path(entry))}"


def posters(german: SiteViews, other: SiteViews, base_url: str, as_of: str) -> Iterator[PosterView]:
    """Yield the poster of every municipality and provider, German beside other's language."""
    for kind in POSTER_KINDS:
        for entry in german.directory.of_kind(kind):
            yield poster(german, other, entry, base_url, as_of)


def poster(german: SiteViews, other: SiteViews, entry: Entry, base_url: str, as_of: str) -> PosterView:
    """Return the poster of one municipality or provider."""
    qr = qr_code(poster_url(entry, other.language, base_url))
    offers = [(title, entries) for title, entries in _offers(german, entry) if entries]
    columns = (_column(german.page(entry_path(entry)), entry, offers, other.language),
               _column(other.page(entry_path(entry)), entry, offers, other.language))
    return PosterView(f"{other.language}/{entry.kind}/{entry.id}.html", german.name(entry).text, columns, qr,
                      formatting.long_date(as_of, SOURCE_LANGUAGE) if as_of else "")


def _column(b: PageBuilder, entry: Entry, offers: list[tuple[str, list[Entry]]], qr_language: str) -> PosterColumn:
    _ = b._
    if entry.kind == "municipalities":
        lead = b.fill("Hilfe für Neuzugewanderte in %(name)s: Wen Sie fragen können", name=b.name(entry))
    else:
        lead = b.text(entry.get("description")) if entry.get("description") else b.name(entry)
    lists = [_list(b, title, entries) for title, entries in offers]
    if has_contact(entry):
        lists.insert(0, PosterList(_("Kontakt"), tuple(_ways(b, entry.get("contact"), with_address=True))))
    scan = b.fill("Alle Angebote mit Adressen und Telefonnummern: Scannen Sie den Code. Er öffnet die Seite "
                  "auf %(language)s.", language=formatting.language_name(qr_language, b.language))
    return PosterColumn(b.language, formatting.direction(b.language), b.name(entry), lead, tuple(lists), scan)


def _offers(german: SiteViews, entry: Entry) -> list[tuple[str, list[Entry]]]:
    """Return the lists of a poster: what the directory holds for the place or the provider, then nationwide help.

    Both columns list the same entries in the same order, the German one's: local offers before county-wide ones.
    """
    d, by_name = german.directory, german.by_name
    nationwide = by_name(c for c in d.of_kind("counselling") if is_nationwide(c))
    if entry.kind == "municipalities":
        local = by_name(d.serving("counselling", entry.id))
        county = by_name(c for c in d.of_kind("counselling") if not c.get("areas_served") and not is_nationwide(c))
        return [(labels.KIND_TITLES["helpers"], by_name(d.referring("helpers", "areas_served", entry.id))),
                (labels.KIND_TITLES["counselling"], list(dict.fromkeys(local + county))),
                (labels.KIND_TITLES["courses"], by_name(d.serving("courses", entry.id))),
                (labels.KIND_TITLES["round-tables"], by_name(d.referring("round-tables", "municipality", entry.id))),
                (labels.NATIONWIDE_TITLE, nationwide)]
    return [(labels.KIND_TITLES[kind], by_name(d.referring(kind, "provider", entry.id)))
            for kind in ("counselling", "courses", "helpers")] + [(labels.NATIONWIDE_TITLE, nationwide)]


def _list(b: PageBuilder, title: str, entries: list[Entry]) -> PosterList:
    shown = entries[:MAX_ITEMS]
    more = len(entries) - len(shown)
    return PosterList(b._(title), tuple(_item(b, e) for e in shown),
                      b.site.ngettext("und %(count)s weiteres Angebot", "und %(count)s weitere Angebote", more)
                      % {"count": formatting.number(more, b.language)} if more else "")


def _item(b: PageBuilder, entry: Entry) -> Inline:
    """Return an entry's name with its recorded phone, e-mail and web address, written out for paper."""
    parts: list[Inline] = [b.name(entry)]
    for way in _ways(b, entry.get("contact")) if has_contact(entry) else []:
        parts += [" · ", way]
    return Seq(tuple(parts))


def _ways(b: PageBuilder, contact: dict[str, Any], *, with_address: bool = False) -> list[Inline]:
    """Return the recorded ways in (not a person's: their consent covers the site, not a printed notice)."""
    ways: list[Inline] = []
    if with_address and "address" in contact:
        address = contact["address"]
        ways.append(plain_german(b, f"{address['street']}, {address['postal_code']} {address['locality']}"))
    if "phone" in contact:
        ways.append(LeftToRight(phone.display(contact["phone"], b.language)))
    ways += [LeftToRight(contact[key]) for key in ("email", "website") if key in contact]
    return ways
