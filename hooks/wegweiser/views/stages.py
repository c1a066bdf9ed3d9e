"""The page of a stage of the chain of language courses (a kind of course): its facts, each with its source,
the stages before and after it, and its courses by the municipalities they serve."""

from __future__ import annotations

from ..model.entries import Entry
from ..model.stages import TEXT_FACTS, course_places, courses_by_place, fact_source, has_fact, is_placed, missing_facts
from . import labels
from .builder import PageBuilder, list_path
from .elements import Block, Fact, Inline, LeftToRight, Link, Paragraph, Section, Seq, Span
from .entry_lists import entry_list
from .sources import source_parts

Parts = tuple[list[Fact | None], list[Block]]

def stage_parts(b: PageBuilder, entry: Entry) -> Parts:
    """Return the facts and sections of a course type's page."""
    _ = b._
    facts: list[Fact | None] = [Fact(_("Stufe"), _(labels.STAGES[entry.get("stage")]))]
    facts += [Fact(_(label), _sourced(b, _fact_value(b, entry, name), [fact_source(entry, name)]))
              for name, label in labels.STAGE_FACTS.items() if has_fact(entry, name)]
    facts += [_before(b, entry), _after(b, entry)]
    sections: list[Block] = [note for note in (_missing_note(b, entry),) if note]
    sections.append(_courses_section(b, entry))
    return facts, sections


def stage_levels(b: PageBuilder, entry: Entry) -> Inline | None:
    """Return the levels a stage leads from and to, as far as its source states them (no 'from' is not 'none')."""
    return _fact_value(b, entry, "levels") if has_fact(entry, "levels") else None


def _fact_value(b: PageBuilder, entry: Entry, name: str) -> Inline:
    if name == "levels":
        return _levels(b, entry.get("level_from"), entry.get("level_to"))
    return b.text(entry.get(name)["text"] if name in TEXT_FACTS else entry.get(name))


def _levels(b: PageBuilder, start: str | None, end: str | None) -> Inline:
    """Return the CEFR levels a stage leads from and to, as far as its source states them."""
    if start and end:
        return b.fill("von %(start)s bis %(end)s", start=LeftToRight(start), end=LeftToRight(end))
    if end:
        return b.fill("bis %(level)s", level=LeftToRight(end))
    return b.fill("ab %(level)s", level=LeftToRight(start or ""))


def _sourced(b: PageBuilder, value: Inline, sources: list[dict[str, str]]) -> Seq:
    """Return a fact's value with the line that says where it comes from."""
    unique = list({tuple(sorted(source.items())): source for source in sources}.values())
    parts = [part for source in unique for part in source_parts(b, source)]
    return Seq((value, Span("ww-meta", b.fill("Quelle: %(sources)s", sources=b.joined(parts)))))


def _before(b: PageBuilder, entry: Entry) -> Fact | None:
    """Return the stages whose source says this one follows them."""
    before = b.directory.referring("course-types", "next", entry.id)
    if not before:
        return None
    return Fact(b._("Vorher möglich"), _sourced(b, b.links(before), [fact_source(e, "next") for e in before]))


def _after(b: PageBuilder, entry: Entry) -> Fact | None:
    """Return the stages that follow this one, as its source states."""
    after = b.directory.refs(entry, "next", "course-types")
    if not after:
        return None
    return Fact(b._("Danach möglich"), _sourced(b, b.links(after), [fact_source(entry, "next")]))


def _missing_note(b: PageBuilder, entry: Entry) -> Paragraph | None:
    """Say which facts are not shown for want of a source, and who can answer instead."""
    missing = [b._(labels.STAGE_FACTS[name]) for name in missing_facts(entry)]
    if not missing:
        return None
    counselling = Link(b.url(list_path("counselling")), b._("Migrationsberatung"))
    return Paragraph(b.fill("Noch ohne Quelle und darum hier nicht angegeben: %(facts)s. Fragen Sie dazu den "
                            "Kursträger oder die %(counselling)s.", facts=b.joined(missing),
                            counselling=counselling), "ww-note")


def _courses_section(b: PageBuilder, entry: Entry) -> Section:
    """Return the courses of this stage under the municipalities they serve."""
    _, d = b._, b.directory
    courses = d.referring("courses", "type", entry.id)
    blocks: list[Block] = []
    for number, (places, offered) in enumerate(courses_by_place(d, courses), 1):
        blocks.append(Section(b.heading(3, _place_title(b, places), f"courses-{number}"),
                              (*_place_names(b, places), entry_list(b, offered, meta=lambda e: _course_meta(b, e))),
                              "ww-group"))
    if not blocks:
        counselling = Link(b.url(list_path("counselling")), _("Migrationsberatung"))
        blocks.append(Paragraph(b.fill("Kurse dieser Art sind hier noch nicht eingetragen. Die %(counselling)s "
                                       "weiß, wo es sie gibt.", counselling=counselling), "ww-empty"))
    return Section(b.heading(2, _("Kurse dieser Art nach Ort"), "courses"), tuple(blocks))


def _place_title(b: PageBuilder, places: list[Entry]) -> Inline:
    """Return a group's heading: up to three names, or how many municipalities it covers."""
    if len(places) <= 3:
        return b.joined([b.name(place) for place in b.site.by_name(places)])
    if len(places) == len(b.directory.of_kind("municipalities")):
        return b._("In allen Städten und Gemeinden des Landkreises")
    return b.site.ngettext("In %(count)s Stadt oder Gemeinde", "In %(count)s Städten und Gemeinden",
                           len(places)) % {"count": len(places)}


def _place_names(b: PageBuilder, places: list[Entry]) -> list[Block]:
    """Name the municipalities of a group whose heading only counts them."""
    return [Paragraph(b.links(places), "ww-places")] if len(places) > 3 else []


def _course_meta(b: PageBuilder, course: Entry) -> Inline | None:
    """Return a course's small print on a stage page: provider, childcare, women only, and an unknown place."""
    _ = b._
    provider = b.directory.get("providers", course.get("provider"))
    parts: list[Inline] = [b.name(provider)] if provider else []
    if course.get("childcare"):
        parts.append(_("mit Kinderbetreuung"))
    if course.get("women_only"):
        parts.append(_("nur für Frauen"))
    if not is_placed(course) and course_places(b.directory, course):
        parts.append(_("Ort: beim Kursträger erfragen") if provider
                     else _("Ort: bei den kommunalen Integrationshelfer*innen erfragen"))
    if not parts:
        return None
    joined: list[Inline] = []
    for part in parts:
        joined += [" · ", part] if joined else [part]
    return Seq(tuple(joined))
