"""The concept's fields of action (chapter 5): goals and measures as data.

They appear in the concept's own text (the blocks "goals" and "measures" in place of its lists), on a page per
field and a list of all fields, by year, and as what has changed since. What a measure says of its state is the
concept's, as of 2021; later states are updates with a source of their own.
"""

from __future__ import annotations

from typing import Any

from ..messages import N_, msg
from ..model.entries import Entry
from . import labels
from .block_error import BlockError
from .builder import PageBuilder, SiteViews, list_path
from .elements import (
    Block,
    Bullets,
    Fact,
    Inline,
    LeftToRight,
    Link,
    Outline,
    OutlineItem,
    PageView,
    Paragraph,
    Section,
    Seq,
    Text,
)

KIND = "fields-of-action"
BY_YEAR_PATH = "concept/measures-by-year.md"
CHANGES_PATH = "concept/changes.md"
SEPARATOR = " · "
# What a placeholder looked for and did not find, one whole sentence each so that it translates.
NOT_FOUND = {
    "goals": N_("Im Verzeichnis steht kein Abschnitt '{section}' mit Zielen (directory/{kind}/). "
                "Vorhanden: {sections}."),
    "measures": N_("Im Verzeichnis steht kein Abschnitt '{section}' mit Maßnahmen (directory/{kind}/). "
                   "Vorhanden: {sections}."),
}

Group = dict[str, Any]  # a section of the concept with its goals or measures: section, title, items


def goals_block(b: PageBuilder, ref: str) -> Block:
    """Return the goals listed under a section of the concept, e.g. 5.1.1, as the concept lists them."""
    group = _group(b, "goals", ref)
    return _not_in_directory(b) if group is None else _goals(b, group)


def _goals(b: PageBuilder, group: Group) -> Bullets:
    return Bullets(tuple(b.text(goal) for goal in group["items"]), "ww-goals")


def measures_block(b: PageBuilder, ref: str) -> list[Block]:
    """Return the measures listed under a section of the concept, e.g. 5.1.2, with actors and state."""
    group = _group(b, "measures", ref)
    return [_not_in_directory(b)] if group is None else [_outline(b, group), _state_note(b, group["section"])]


def _group(b: PageBuilder, what: str, section: str) -> Group | None:
    """Return the goals or measures under a section of the concept; None if no field is entered at all."""
    fields = b.directory.of_kind(KIND)
    groups = {group["section"]: group for entry in fields for group in entry.get(what)}
    if section in groups:
        return groups[section]
    if not fields:  # a directory without the concept's data, e.g. for tests: the concept's text still builds
        return None
    raise BlockError(msg(NOT_FOUND[what], section=section, kind=KIND,
                         sections=", ".join(sorted(groups, key=_section_key))))


def _not_in_directory(b: PageBuilder) -> Paragraph:
    return Paragraph(b._("Die Handlungsfelder des Konzepts sind in diesem Verzeichnis nicht eingetragen."), "ww-note")


def _state_note(b: PageBuilder, section: str) -> Paragraph:
    """Say where state and actors come from, and what no state means."""
    return Paragraph(Seq((
        b.fill("Beteiligte und Stand laut Integrationskonzept (2021), Abschnitt %(section)s. Wo kein Stand "
               "steht, nennt das Konzept die Maßnahme als bisherige Arbeit ohne nähere Angabe.",
               section=LeftToRight(section)),
        " ", Link(b.url(CHANGES_PATH), b._("Was sich seit dem Konzept geändert hat")))), "ww-source")


def _measure_item(b: PageBuilder, measure: dict[str, Any]) -> OutlineItem:
    """Return a measure as the concept words it, its sub-items, and under it its actors and state."""
    children = tuple(OutlineItem(b.text(item["text"]), _actors(b, item)) for item in measure.get("items", ()))
    parts = [part for part in (_actors(b, measure), _concept_state(b, measure), _latest_update(b, measure)) if part]
    return OutlineItem(b.text(measure["text"]), _joined(parts), children)


def _joined(parts: list[Inline]) -> Inline | None:
    if not parts:
        return None
    joined: list[Inline] = []
    for part in parts:
        joined += [SEPARATOR, part] if joined else [part]
    return Seq(tuple(joined))


def _actor_entries(b: PageBuilder, item: dict[str, Any]) -> list[Entry]:
    """Return the entries an item names as actors ("kind/id"), in the order given."""
    found = []
    for actor in item.get("actors", ()):
        kind, _, entry_id = actor.partition("/")
        entry = b.directory.get(kind, entry_id)
        if entry is not None:
            found.append(entry)
    return found


def _actors(b: PageBuilder, item: dict[str, Any]) -> Inline | None:
    entries = _actor_entries(b, item)
    return b.fill("Beteiligt: %(actors)s", actors=b.joined([b.link(e) for e in entries])) if entries else None


def _period(b: PageBuilder, measure: dict[str, Any]) -> Inline | None:
    start, end = measure.get("year"), measure.get("until")
    if start and end:
        return LeftToRight(f"{start}–{end}")
    if start:
        return b.fill("seit %(year)s", year=LeftToRight(str(start))) if measure.get("status") == "running" \
            else LeftToRight(str(start))
    return b.fill("bis %(year)s", year=LeftToRight(str(end))) if end else None


def _concept_state(b: PageBuilder, measure: dict[str, Any]) -> Inline | None:
    """Return the state the concept gives: status, years, indicator and result, each only where it says so."""
    status, period = measure.get("status"), _period(b, measure)
    parts: list[Inline] = []
    if status or period:
        label = b._(labels.MEASURE_STATUSES[status]) if status else None
        state = Seq((label, " (", period, ")")) if label and period else label or period
        parts.append(b.fill("Stand laut Konzept 2021: %(state)s", state=state))
    if measure.get("indicator"):
        parts.append(b.fill("Indikator: %(indicator)s", indicator=b.text(measure["indicator"])))
    if measure.get("result"):
        parts.append(b.fill("Ergebnis: %(result)s", result=b.text(measure["result"])))
    return _joined(parts)


def _latest_update(b: PageBuilder, measure: dict[str, Any]) -> Inline | None:
    updates = measure.get("updates")
    if not updates:
        return None
    latest = updates[-1]
    return b.fill("Neuere Angabe (%(year)s): %(note)s", year=LeftToRight(str(latest["year"])),
                  note=_update_text(b, latest))


def _update_text(b: PageBuilder, update: dict[str, Any]) -> Inline:
    note = b.text(update["note"])
    if not update.get("status"):
        return note
    status = labels.MEASURE_STATUSES[update["status"]]
    return Seq((b._(status), " – ", note))


def _field_title(b: PageBuilder, entry: Entry) -> Inline:
    """Return a field of action by number and linked name, e.g. '5.1 Integration durch Sprache und Bildung'."""
    return Seq((LeftToRight(entry.get("number")), " ", b.link(entry)))


def _group_section(b: PageBuilder, group: Group, blocks: tuple[Block, ...]) -> Section:
    title = Seq((LeftToRight(group["section"]), " ", b.text(group["title"])))
    return Section(b.heading(2, title, "section-" + group["section"].replace(".", "-")), blocks)


def _counts(b: PageBuilder, entry: Entry) -> tuple[str, str]:
    """Return how many goals and measures a field has, e.g. ('7 Ziele', '14 Maßnahmen')."""
    goals, measures = (sum(len(group["items"]) for group in entry.get(what)) for what in ("goals", "measures"))
    return (b.site.ngettext("%(count)s Ziel", "%(count)s Ziele", goals) % {"count": goals},
            b.site.ngettext("%(count)s Maßnahme", "%(count)s Maßnahmen", measures) % {"count": measures})


def field_parts(b: PageBuilder, entry: Entry) -> tuple[list[Fact | None], list[Block]]:
    """Return the facts and sections of a field's page: its goals and measures, in the concept's order."""
    _ = b._
    goal_count, measure_count = _counts(b, entry)
    facts: list[Fact | None] = [Fact(_("Abschnitt im Konzept"), LeftToRight(entry.get("number"))),
                                Fact(_("Umfang"), Seq((goal_count, SEPARATOR, measure_count)))]
    groups = [(g, (_goals(b, g),)) for g in entry.get("goals")]
    groups += [(g, (_outline(b, g), _state_note(b, g["section"]))) for g in entry.get("measures")]
    sections: list[Block] = [Paragraph(_("Ziele und Maßnahmen dieses Handlungsfelds, wie das Integrationskonzept "
                                         "(2021) sie nennt."))]
    sections += [_group_section(b, group, blocks) for group, blocks in
                 sorted(groups, key=lambda pair: _section_key(pair[0]["section"]))]
    sections.append(_more(b))
    return facts, sections


def _outline(b: PageBuilder, group: Group) -> Outline:
    return Outline(tuple(_measure_item(b, measure) for measure in group["items"]), "ww-measures")


def _more(b: PageBuilder) -> Paragraph:
    """Return links to the other pages about the fields of action (not to the page itself)."""
    _ = b._
    pages = ((list_path(KIND), _("Alle Handlungsfelder")), (BY_YEAR_PATH, _("Maßnahmen nach Jahr")),
             (CHANGES_PATH, _("Was sich seit dem Konzept geändert hat")),
             ("concept/5-handlungsfelder.md", _("Kapitel 5 im Wortlaut")))
    links: list[Inline] = [Link(b.url(path), label) for path, label in pages if path != b.path]
    return Paragraph(_joined(links) or "")


def field_list(b: PageBuilder) -> tuple[str, list[Block]]:
    """Return the list of fields of action: each with the measures the concept lists for it."""
    _ = b._
    fields = sorted(b.directory.of_kind(KIND), key=_number_key)
    blocks: list[Block] = [
        Section(b.heading(2, _field_title(b, entry), entry.id),
                (Paragraph(SEPARATOR.join(_counts(b, entry)), "ww-meta"),
                 Outline(tuple(_measure_item(b, m) for g in entry.get("measures") for m in g["items"]),
                         "ww-measures")))
        for entry in fields]
    return (_("Die Handlungsfelder des Integrationskonzepts (2021) und die Maßnahmen, die es in jedem nennt. "
              "Stand und Beteiligte sind die Angaben des Konzepts."),
            [_more(b), *blocks] if blocks else [Paragraph(_("Hier ist noch nichts eingetragen."), "ww-empty")])


def _number_key(entry: Entry) -> tuple[int, ...]:
    return _section_key(entry.get("number"))


def _section_key(section: str) -> tuple[int, ...]:
    """Order sections as the concept does: 5.3.1.1 before 5.3.2.1 before 5.10."""
    return tuple(int(part) for part in section.split("."))


def _measures(b: PageBuilder) -> list[tuple[Entry, dict[str, Any]]]:
    fields = sorted(b.directory.of_kind(KIND), key=_number_key)
    return [(entry, m) for entry in fields for g in entry.get("measures") for m in g["items"]]


def by_year_page(b: PageBuilder) -> PageView:
    """Return the measures by the years the concept (or a later update) names for them."""
    _ = b._
    events: dict[int, list[OutlineItem]] = {}
    undated = 0
    for entry, measure in _measures(b):
        running, done = measure.get("status") == "running", measure.get("status") == "done"
        dated = [(measure.get("year"), _("umgesetzt") if done else _("Beginn")),
                 (measure.get("until"), _("Laufzeit bis") if running else _("Ende")),
                 *((u["year"], _("Neuere Angabe")) for u in measure.get("updates", ()))]
        dated = [(year, what) for year, what in dated if year]
        undated += not dated
        for year, what in dated:
            events.setdefault(year, []).append(OutlineItem(b.text(measure["text"]), Seq((
                what, SEPARATOR, _field_title(b, entry)))))
    blocks: list[Block] = [Paragraph(_("Die Jahre, die das Integrationskonzept (2021) bei seinen Maßnahmen nennt, "
                                       "und die Jahre späterer Angaben."), "ww-lead")]
    blocks += [Section(b.heading(2, LeftToRight(str(year)), f"year-{year}"),
                       (Outline(tuple(events[year]), "ww-measures"),)) for year in sorted(events)]
    blocks.append(Paragraph(Seq((
        b.site.ngettext("Für %(count)s Maßnahme nennt das Konzept kein Jahr.",
                        "Für %(count)s Maßnahmen nennt das Konzept kein Jahr.", undated) % {"count": undated},
        " ", Link(b.url(list_path(KIND)), _("Alle Maßnahmen nach Handlungsfeld")))), "ww-note"))
    return b.finish(Text(_("Maßnahmen nach Jahr")), blocks, title_id="measures-by-year")


def changes_page(b: PageBuilder) -> PageView:
    """Return what has changed since the concept: every update of a measure, newest year first."""
    _ = b._
    updates = [(u, entry, measure) for entry, measure in _measures(b) for u in measure.get("updates", ())]
    blocks: list[Block] = [Paragraph(_("Das Integrationskonzept beschreibt den Stand von 2021. Hier steht, was die "
                                       "Redaktion seitdem zu seinen Maßnahmen eingetragen hat, jeweils mit Quelle."),
                                     "ww-lead")]
    if not updates:
        blocks.append(Paragraph(_("Seit dem Integrationskonzept (2021) sind noch keine Änderungen eingetragen."),
                                "ww-empty"))
    for year in sorted({u["year"] for u, _entry, _measure in updates}, reverse=True):
        items = tuple(_change_item(b, u, entry, measure) for u, entry, measure in updates if u["year"] == year)
        blocks.append(Section(b.heading(2, LeftToRight(str(year)), f"year-{year}"), (Outline(items, "ww-measures"),)))
    blocks.append(_more(b))
    return b.finish(Text(_("Was sich seit dem Konzept geändert hat")), blocks, title_id="changes")


def _change_item(b: PageBuilder, update: dict[str, Any], entry: Entry, measure: dict[str, Any]) -> OutlineItem:
    from .entries import source_line  # entries registers this module's pages: imported when used, not before

    source = source_line(b, Entry(KIND, entry.id, update, entry.file)).content
    return OutlineItem(b.text(measure["text"]), Seq((_update_text(b, update), SEPARATOR, source, SEPARATOR,
                                                     _field_title(b, entry))))


def concept_pages(site: SiteViews) -> list[PageView]:
    """Return the pages beside each field's own: the measures by year and what has changed since."""
    return [by_year_page(site.page(BY_YEAR_PATH)), changes_page(site.page(CHANGES_PATH))]
