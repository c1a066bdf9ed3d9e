"""Networks and committees of the concept: the page of each, the list of all, and the networks of a member.

A network names its convenors and members by id (providers, municipalities, helpers);
the pages of those entries link back to it, so a volunteer who finds an office also
finds the round of people it meets with.
"""

from __future__ import annotations

from ..model.entries import Directory, Entry
from ..schema import REFERENCES, field_enum
from . import labels
from .builder import PageBuilder
from .elements import Block, Fact, Section
from .entry_lists import entry_list

KIND = "networks"
CONVENORS = "convenors"
MEMBER_FIELDS = ("members", "member_municipalities", "member_helpers")


def networks_of(directory: Directory, entry: Entry) -> list[Entry]:
    """Return the networks that name entry as a convenor or member, in file-name order."""
    found = {network.id: network for name, kind in REFERENCES[KIND].items() if kind == entry.kind
             for network in directory.referring(KIND, name, entry.id)}
    return sorted(found.values(), key=lambda network: network.id)


def members(directory: Directory, network: Entry) -> list[Entry]:
    """Return the entries a network names as members, of every kind."""
    return [member for name in MEMBER_FIELDS for member in directory.refs(network, name, REFERENCES[KIND][name])]


def network_parts(b: PageBuilder, entry: Entry) -> tuple[list[Fact | None], list[Block]]:
    """Return the facts and sections of a network's page: what it is, how often, who leads and who belongs."""
    _ = b._
    convenors = b.directory.refs(entry, CONVENORS, REFERENCES[KIND][CONVENORS])
    led_by = _("Herausgegeben von") if entry.get("category") == "newsletter" else _("Federführend")
    facts = [
        Fact(_("Art"), _(labels.NETWORK_CATEGORIES[entry.get("category")])),
        Fact(_("Kurzname"), entry.get("short_name")) if entry.get("short_name") else None,
        Fact(_("Wie oft?"), _(labels.RHYTHMS[entry.get("rhythm")])),
        Fact(led_by, b.links(convenors)) if convenors else None,
        Fact(_("Wer nimmt teil?"), b.text(entry.get("participation"))) if entry.get("participation") else None,
    ]
    belonging = members(b.directory, entry)
    if not belonging:
        return facts, []
    return facts, [Section(b.heading(2, _("Mitglieder"), "members"),
                           (entry_list(b, belonging, lambda member: _(labels.KIND_TITLES[member.kind])),))]


def networks_section(b: PageBuilder, entry: Entry) -> list[Block]:
    """Return the section of a member's or convenor's page that lists its networks, or nothing when it has none."""
    networks = networks_of(b.directory, entry)
    if not networks:
        return []
    _ = b._

    def role(network: Entry) -> str:
        category = _(labels.NETWORK_CATEGORIES[network.get("category")])
        return " · ".join((category, _("federführend"))) if entry.id in network.refs(CONVENORS) else category

    return [Section(b.heading(2, _(labels.KIND_TITLES[KIND]), "networks"), (entry_list(b, networks, role),))]


def network_list(b: PageBuilder) -> tuple[str, list[Block]]:
    """Return the intro and the blocks of the list of networks, grouped by kind, with how often each meets."""
    _, d = b._, b.directory
    blocks: list[Block] = []
    for category in field_enum(KIND, "category"):
        networks = d.where(KIND, "category", category)
        if networks:
            anchor = category.replace("_", "-")
            blocks.append(Section(b.heading(2, _(labels.NETWORK_CATEGORIES_PLURAL[category]), anchor),
                                  (entry_list(b, networks, lambda e: _(labels.RHYTHMS[e.get("rhythm")])),)))
    return (_("Gremien, Arbeitskreise, Treffen und Netzwerke, in denen Ämter, Träger, Haupt- und Ehrenamtliche im "
              "Landkreis Hildesheim zusammenarbeiten, wie sie das Integrationskonzept (2021) nennt."),
            blocks or [entry_list(b, ())])
