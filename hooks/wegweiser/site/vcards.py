"""Contact cards (vCard 3.0, written by vobject) of entries with a recorded contact, for phones and mail programs.

A card holds what the entry page shows and nothing more: the office's number, e-mail, web and postal
address, and a contact person only as far as their consent covers the site.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import vobject

from ..model import phone
from ..model.consent import SITE, published_person
from ..model.entries import Entry
from ..model.web import encode_web_url

UID_DOMAIN = "wegweiser-integration-hildesheim"


def uid(entry: Entry) -> str:
    """Return an identifier that stays the same from build to build, so that a saved card is updated, not doubled."""
    return f"{entry.kind}-{entry.id}@{UID_DOMAIN}"


def vcard(entry: Entry, name: str, _: Callable[[str], str]) -> str:
    """Return the vCard of an entry with a contact, named in the build's language (name)."""
    contact: dict[str, Any] = entry.get("contact")
    card = vobject.vCard()
    card.add("uid").value = uid(entry)
    card.add("fn").value = name
    card.add("n").value = vobject.vcard.Name()  # a card of an organisation has no family name
    card.add("org").value = [name]
    card.add("x-abshowas").value = "COMPANY"  # shown as an organisation, not a person, on Apple devices
    if "phone" in contact:
        _add(card, "tel", _number(contact["phone"]), "WORK")
    if "email" in contact:
        _add(card, "email", contact["email"], "INTERNET")
    if "website" in contact:
        card.add("url").value = encode_web_url(contact["website"])
    if "address" in contact:
        address = contact["address"]
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(street=address["street"], city=address["locality"],
                                          code=address["postal_code"], country="Deutschland")
        adr.type_param = "WORK"
    person = published_person(contact.get("person", {}), SITE)
    if "name" in person:
        card.add("note").value = f"{_('Ansprechperson')}: {person['name']}"
    if "phone" in person:
        _add(card, "tel", _number(person["phone"]), "WORK")
    if "email" in person:
        _add(card, "email", person["email"], "INTERNET")
    return card.serialize()


def _add(card: vobject.base.Component, name: str, value: str, kind: str) -> None:
    line = card.add(name)
    line.value = value
    line.type_param = kind


def _number(number: str) -> str:
    """Return a number as phones dial it from anywhere: +4951211234."""
    return phone.tel_uri(number).removeprefix("tel:")
