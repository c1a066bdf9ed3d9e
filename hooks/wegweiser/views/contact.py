"""The contact section of an entry page: how to get in touch, or whom to ask instead."""

from __future__ import annotations

from typing import Any

from ..model import phone
from ..model.entries import Entry
from ..model.fallbacks import fallbacks, has_contact
from ..model.web import encode_web_url, mailto_uri
from . import labels
from .builder import PageBuilder
from .elements import Address, Block, Box, Bullets, Fact, Facts, Inline, Link, Paragraph, Section, Seq, Span, Strong


def contact_section(b: PageBuilder, entry: Entry) -> Section:
    """Return the 'Kontakt' section: the recorded contact details, or a note and whom to ask instead."""
    _ = b._
    heading = b.heading(2, _("Kontakt"), "contact")
    if has_contact(entry):
        return Section(heading, (Facts(_contact_facts(b, entry.get("contact")), "ww-contact"),))
    return Section(heading, (_missing(b, entry),))


def phone_link(b: PageBuilder, number: str) -> Link:
    """Return a tel: link showing the number as readers of the page's language dial it."""
    return Link(phone.tel_uri(number), phone.display(number, b.language), ltr=True)


def _contact_facts(b: PageBuilder, contact: dict[str, Any]) -> tuple[Fact, ...]:
    _ = b._
    facts: list[Fact] = []
    if "phone" in contact:
        facts.append(Fact(_("Telefon"), phone_link(b, contact["phone"])))
    if "email" in contact:
        facts.append(Fact(_("E-Mail"), Link(mailto_uri(contact["email"]), contact["email"], ltr=True)))
    if "website" in contact:
        facts.append(Fact(_("Internet"), Link(encode_web_url(contact["website"]), contact["website"], ltr=True,
                                              rel="noopener")))
    if "address" in contact:
        address = contact["address"]
        facts.append(Fact(_("Adresse"), Address((address["street"],
                                                 f"{address['postal_code']} {address['locality']}"))))
    if "hours" in contact:
        facts.append(Fact(_("Sprechzeiten"), b.text(contact["hours"])))
    if "person" in contact:
        facts += _person_facts(b, contact["person"])
    return tuple(facts)


def _person_facts(b: PageBuilder, person: dict[str, Any]) -> list[Fact]:
    _ = b._
    name: Inline = Seq((person["name"], ", ", b.text(person["role"]))) if "role" in person else person["name"]
    facts = [Fact(_("Ansprechperson"), name)]
    if "phone" in person:
        facts.append(Fact(_("Telefon der Ansprechperson"), phone_link(b, person["phone"])))
    if "email" in person:
        facts.append(Fact(_("E-Mail der Ansprechperson"), Link(mailto_uri(person["email"]), person["email"],
                                                               ltr=True)))
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
