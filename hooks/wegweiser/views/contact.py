"""The contact section of an entry page: how to get in touch, or whom to ask instead.

Every recorded way in is one tap away: numbers are tel: links, e-mail addresses mailto: links,
a postal address links to a map search (a link, not an embedded map), and the whole contact
can be saved as a vCard. A contact person is shown only as far as their consent covers the site.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..model import phone
from ..model.consent import SITE, published_person
from ..model.entries import Entry
from ..model.fallbacks import fallbacks, has_contact
from ..model.web import encode_web_url, mailto_uri
from . import labels
from .builder import PageBuilder
from .downloads import VCARD_TYPE, vcard_path
from .elements import (
    Address,
    Block,
    Box,
    Bullets,
    Download,
    Fact,
    Facts,
    Inline,
    Link,
    Paragraph,
    Section,
    Seq,
    Span,
    Strong,
)
from .opening_hours import opening_hours

MAP_SEARCH = "https://www.openstreetmap.org/search?query="


def contact_section(b: PageBuilder, entry: Entry) -> Section:
    """Return the 'Kontakt' section: the recorded contact details, or a note and whom to ask instead."""
    _ = b._
    heading = b.heading(2, _("Kontakt"), "contact")
    if not has_contact(entry):
        return Section(heading, (_missing(b, entry),))
    contact = entry.get("contact")
    blocks: list[Block] = [Facts(_contact_facts(b, contact), "ww-contact")]
    if "opening_hours" in contact:
        blocks.append(opening_hours(b, contact))
    card = vcard_path(entry)
    if card:
        blocks.append(Paragraph(Download(b.file_url(card), _("Kontakt speichern (vCard)"), VCARD_TYPE),
                                "ww-downloads"))
    return Section(heading, tuple(blocks))


def phone_link(b: PageBuilder, number: str) -> Link:
    """Return a tel: link showing the number as readers of the page's language dial it."""
    return Link(phone.tel_uri(number), phone.display(number, b.language), ltr=True)


def email_link(address: str) -> Link:
    return Link(mailto_uri(address), address, ltr=True)


def map_search_url(query: str) -> str:
    """Return the OpenStreetMap search for query: a link, not an embedded map."""
    return MAP_SEARCH + quote(query, safe="")


def map_url(address: dict[str, str]) -> str:
    """Return the OpenStreetMap search for a postal address."""
    return map_search_url(f"{address['street']}, {address['postal_code']} {address['locality']}")


def _contact_facts(b: PageBuilder, contact: dict[str, Any]) -> tuple[Fact, ...]:
    _ = b._
    facts: list[Fact] = []
    if "phone" in contact:
        facts.append(Fact(_("Telefon"), phone_link(b, contact["phone"])))
    if "email" in contact:
        facts.append(Fact(_("E-Mail"), email_link(contact["email"])))
    if "website" in contact:
        facts.append(Fact(_("Internet"), Link(encode_web_url(contact["website"]), contact["website"], ltr=True,
                                              rel="noopener")))
    if "address" in contact:
        address = contact["address"]
        facts.append(Fact(_("Adresse"), Seq((
            Address((address["street"], f"{address['postal_code']} {address['locality']}")),
            Link(map_url(address), _("Auf der Karte suchen (OpenStreetMap)"), rel="noopener")))))
    if "hours" in contact and "opening_hours" not in contact:  # else it stands with the table
        facts.append(Fact(_("Sprechzeiten"), b.text(contact["hours"])))
    if "person" in contact:
        facts += _person_facts(b, published_person(contact["person"], SITE))
    return tuple(facts)


def _person_facts(b: PageBuilder, person: dict[str, Any]) -> list[Fact]:
    _ = b._
    facts: list[Fact] = []
    if "name" in person:
        name: Inline = Seq((person["name"], ", ", b.text(person["role"]))) if "role" in person else person["name"]
        facts.append(Fact(_("Ansprechperson"), name))
    if "phone" in person:
        facts.append(Fact(_("Telefon der Ansprechperson"), phone_link(b, person["phone"])))
    if "email" in person:
        facts.append(Fact(_("E-Mail der Ansprechperson"), email_link(person["email"])))
    return facts


def _missing(b: PageBuilder, entry: Entry) -> Box:
    _ = b._
    blocks: list[Block] = [Paragraph(Strong(_("Für diesen Eintrag sind noch keine Kontaktdaten hinterlegt.")))]
    others = fallbacks(entry, b.directory)
    if others:
        known = _("Kontaktdaten vorhanden")
        items = tuple(Seq((_(labels.FALLBACK_REASONS[f.reason]), ": ", b.link(f.entry),
                           *((" ", Span("ww-meta", known)) if has_contact(f.entry) else ())))
                      for f in others)
        blocks += [Paragraph(_("Hier können Sie stattdessen nachfragen:")), Bullets(items)]
    return Box("ww-missing", tuple(blocks))
