"""The page of each entry: title, description, facts, related entries, contact and source."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.entries import Entry
from ..model.fallbacks import is_nationwide
from ..schema import schema
from . import formatting, labels
from .builder import PageBuilder, entry_path, list_path
from .contact import contact_section
from .downloads import calendar_link, calendar_path, feed_path
from .elements import (
    Block,
    Bullets,
    Fact,
    Facts,
    Inline,
    Isolated,
    LeftToRight,
    Link,
    PageView,
    Paragraph,
    Section,
    Seq,
)
from .entry_lists import entry_list
from .jsonld import structured_data
from .map_search import map_search_line
from .measures import field_parts
from .networks import network_parts, networks_section
from .opening_hours import time_range, weekday_name
from .report_link import report_line
from .sources import plain_german as _plain_german
from .sources import source_parts as _sources
from .stages import stage_levels, stage_parts


def entry_page(b: PageBuilder, entry: Entry) -> PageView:
    """Return the view of an entry's page."""
    facts, sections = KINDS[entry.kind](b, entry)
    blocks: list[Block] = []
    if entry.get("description"):
        blocks.append(Paragraph(b.text(entry.get("description")), "ww-lead"))
    blocks.append(Facts(tuple(fact for fact in facts if fact is not None)))
    blocks += sections
    blocks += networks_section(b, entry)
    if "contact" in schema(entry.kind)["properties"]:  # a kind of course has none of its own: its courses do
        blocks.append(contact_section(b, entry))
        blocks += map_search_line(b, entry)
    blocks += concept_line(b, entry)
    blocks.append(source_line(b, entry))
    blocks += report_line(b, entry)
    blocks += [data for data in (structured_data(b, entry),) if data]
    return b.finish(b.name(entry), blocks, title_id=entry.id)


def fact(label: str, value: Inline | None) -> Fact | None:
    """Return a labelled fact, or None when there is nothing to show."""
    return Fact(label, value) if value else None


def course_meta(b: PageBuilder, entry: Entry) -> Inline:
    """Return the small print of a course in a list: its kind and provider."""
    course_type = b.directory.get("course-types", entry.get("type"))
    provider = b.directory.get("providers", entry.get("provider"))
    if not course_type:
        return ""
    return Seq((b.name(course_type), " · ", b.name(provider))) if provider else b.name(course_type)


def place_meta(b: PageBuilder, entry: Entry) -> Inline | None:
    """Return the small print of an entry in a list: its municipality, if it has one."""
    place = b.directory.get("municipalities", entry.get("municipality"))
    return b.name(place) if place else None


def concept_line(b: PageBuilder, entry: Entry) -> list[Block]:
    """Return links to the sections of the concept that name the entry or that its facts come from."""
    cited = entry.get("source", {}).get("concept_section")
    sections = b.site.concept.about(entry_path(entry), [*([cited] if cited else []), *_measure_sections(b, entry)])
    links: list[Inline] = [Link(f"{b.url(s.path)}#{s.anchor}", _plain_german(b, f"{s.number} {s.title}"))
                           for s in sections]
    return [Paragraph(b.fill("Im Integrationskonzept: %(sections)s", sections=b.joined(links)),
                      "ww-concept-links")] if links else []


def _measure_sections(b: PageBuilder, entry: Entry) -> list[str]:
    """Return the sections of chapter 5 whose measures name the entry among their actors (a block shows them)."""
    ref = f"{entry.kind}/{entry.id}"
    return [group["section"] for field in b.directory.of_kind("fields-of-action") for group in field.get("measures", [])
            if any(ref in item.get("actors", []) or any(ref in sub.get("actors", []) for sub in item.get("items", []))
                   for item in group["items"])]


def source_line(b: PageBuilder, entry: Entry) -> Paragraph:
    """Return where the entry's facts come from, and who checked them when, or that nobody has yet."""
    sources = b.joined(_sources(b, entry.get("source")))
    verified = entry.get("verified")
    if not verified:
        return Paragraph(b.fill("Laut %(sources)s – noch nicht von der Redaktion geprüft.", sources=sources),
                         "ww-source")
    return Paragraph(b.fill("Laut %(sources)s. Geprüft von %(who)s am %(date)s.", sources=sources,
                            who=_plain_german(b, verified["by"]),
                            date=formatting.long_date(verified["on"], b.language)), "ww-source")


def levels(b: PageBuilder, data: dict[str, Any]) -> str | None:
    """Return the CEFR levels a course leads from and to, e.g. 'A1 → B1'."""
    if not (data.get("level_from") or data.get("level_to")):
        return None
    return f"{data.get('level_from') or b._('ohne Vorkenntnisse')} → {data.get('level_to') or '…'}"


def yes_no(b: PageBuilder, value: bool | None) -> str | None:
    return None if value is None else b._("ja") if value else b._("nein")


def _link_to(b: PageBuilder, kind: str, entry_id: str | None) -> Inline | None:
    target = b.directory.get(kind, entry_id)
    return b.link(target) if target else None


def _languages(b: PageBuilder, codes: list[str]) -> Inline | None:
    return b.joined([formatting.language_name(code, b.language) for code in codes]) if codes else None


def _section(b: PageBuilder, title: Inline, anchor: str, *blocks: Block) -> Section:
    return Section(b.heading(2, title, anchor), blocks)


Parts = tuple[list[Fact | None], list[Block]]


def _course(b: PageBuilder, entry: Entry) -> Parts:
    _ = b._
    course_type = b.directory.get("course-types", entry.get("type"))
    s = entry.get("schedule", {})
    text = b.text
    facts = [
        fact(_("Kursart"), b.link(course_type)),
        fact(_("Träger"), _link_to(b, "providers", entry.get("provider")) or _ask_helpers(b)),
        fact(_("Ort"), _link_to(b, "municipalities", entry.get("municipality"))
             or (_("beim Träger erfragen") if entry.get("provider") else None)),
        fact(_("Sprachniveau"), levels(b, entry.data) or stage_levels(b, course_type)),
        fact(_("Beginn"), formatting.long_date(s["start"], b.language) if "start" in s else None),
        fact(_("Ende"), formatting.long_date(s["end"], b.language) if "end" in s else None),
        fact(_("Tage"), formatting.weekdays(s["days"], b.language) if "days" in s else None),
        fact(_("Uhrzeit"), LeftToRight(f"{s['time_from']}–{s['time_to']}") if "time_from" in s else None),
        fact(_("Unterrichtseinheiten"), formatting.number(s["lessons"], b.language) if "lessons" in s else None),
        fact(_("Hinweis zu den Terminen"), text(s["note"]) if "note" in s else None),
        fact(_("Plätze"), formatting.number(entry.get("places"), b.language) if entry.get("places") else None),
        fact(_("Kinderbetreuung"), yes_no(b, entry.get("childcare"))),
        fact(_("Nur für Frauen"), yes_no(b, entry.get("women_only"))),
        fact(_("Wer darf teilnehmen?"), text(entry.get("eligibility") or course_type.get("eligibility"))),
        fact(_("Kosten"), text(entry.get("cost")) if entry.get("cost") else None),
        fact(_("Förderung"), text(course_type.get("funding"))),
        fact(_("Unterstützung in"), _languages(b, entry.get("languages", []))),
        fact(_("Anmeldung"), text(entry.get("registration")) if entry.get("registration") else None),
    ]
    sections: list[Block] = [*calendar_link(b, calendar_path(entry), _("Kursbeginn in den Kalender (iCalendar)"))]
    if not s:
        ask = (_("Termine sind hier noch nicht eingetragen. Fragen Sie beim Träger nach dem nächsten Kursbeginn.")
               if entry.get("provider") else _("Termine sind hier noch nicht eingetragen. Fragen Sie die kommunalen "
                                                "Integrationshelfer*innen nach dem nächsten Kursbeginn."))
        sections.append(Paragraph(ask, "ww-note"))
    following = b.directory.refs(course_type, "next", "course-types")
    if following:
        sections.append(_section(b, _("Wie geht es danach weiter?"), "next", Paragraph(Seq((
            _("Nach diesem Kurs kommen zum Beispiel in Frage:"), " ", b.links(following))))))
    return facts, sections


def _ask_helpers(b: PageBuilder) -> Inline:
    """Return whom to ask about an offer whose provider the concept does not name."""
    helpers = Link(b.url(list_path("helpers")), b._("kommunalen Integrationshelfer*innen"))
    return b.fill("im Integrationskonzept nicht genannt; fragen Sie die %(helpers)s", helpers=helpers)


def _counselling(b: PageBuilder, entry: Entry) -> Parts:
    _ = b._
    areas = b.directory.refs(entry, "areas_served", "municipalities")
    facts = [
        fact(_("Thema"), _(labels.TOPICS[entry.get("topic")])),
        fact(_("Träger"), _link_to(b, "providers", entry.get("provider"))
             or _("im Integrationskonzept nicht genannt")),
        fact(_("Ort"), _link_to(b, "municipalities", entry.get("municipality"))),
        fact(_("Zuständig für"), b.links(areas) if areas else None),
        fact(_("Für wen?"), b.text(entry.get("target_group")) if entry.get("target_group") else None),
        fact(_("Beratung in"), _languages(b, entry.get("languages", []))),
        fact(_("Kosten"), b.text(entry.get("cost")) if entry.get("cost") else None),
    ]
    return facts, []


def _helper(b: PageBuilder, entry: Entry) -> Parts:
    _ = b._
    areas = b.directory.refs(entry, "areas_served", "municipalities")
    facts = [
        fact(_("Art"), _(labels.ROLES[entry.get("role")])),
        fact(_("Angestellt bei"), _link_to(b, "providers", entry.get("provider"))),
        fact(_("Kommune"), _link_to(b, "municipalities", entry.get("municipality"))),
        fact(_("Zuständig für"), b.links(areas) if areas else None),
        fact(_("Sprachen"), _languages(b, entry.get("languages", []))),
    ]
    return facts, []


def _municipality(b: PageBuilder, entry: Entry) -> Parts:
    _ = b._
    d, lang, name = b.directory, b.language, b.name(entry)
    german = entry.get("german_population")
    facts = [
        fact(_("Einwohner*innen"), formatting.number(entry.get("population"), lang)),
        fact(_("davon Deutsche"), formatting.number(german, lang) if german is not None else None),
        fact(_("davon Ausländer*innen"), formatting.number(entry.get("foreign_population"), lang)),
        *_foreign_share(b, entry),
        fact(_("Stand"), formatting.long_date(entry.get("population_date"), lang)),
        fact(_("Quelle der Zahlen"), _population_source(b, entry)),
        fact(_("Bahnhalte im Regionalverkehr"), ", ".join(entry.get("rail_stops", []))),
    ]
    sections: list[Block] = [note for note in (_share_note(b, entry),) if note]
    helpers = d.referring("helpers", "areas_served", entry.id)
    sections.append(_section(b, _("Hilfe vor Ort"), "helpers",
                             entry_list(b, [h for h in helpers if h.get("role") == "municipal"])))
    regional = [h for h in helpers if h.get("role") == "regional"]
    if regional:
        sections.append(_section(b, b.fill("Regionale Integrationshelfer*innen für %(name)s", name=name),
                                 "regional-helpers", entry_list(b, regional)))
    offices = d.referring("providers", "municipality", entry.id)
    if offices:
        sections.append(_section(b, _("Stellen vor Ort"), "offices", entry_list(b, offices)))
    sections.append(_section(b, b.fill("Sprachkurse in %(name)s", name=name), "courses",
                             entry_list(b, d.serving("courses", entry.id), meta=lambda e: course_meta(b, e))))
    local = d.serving("counselling", entry.id)
    county = [c for c in d.of_kind("counselling") if "areas_served" not in c.data and not is_nationwide(c)]
    counselling: list[Block] = [entry_list(b, local)]
    if county:
        counselling += [Paragraph(_("Weitere Beratungsstellen im Landkreis, für die kein Einzugsgebiet eingetragen "
                                    "ist:")), entry_list(b, county)]
    sections.append(_section(b, b.fill("Beratung für %(name)s", name=name), "counselling", *counselling))
    sections.append(_section(b, _("Runde Tische"), "round-tables",
                             entry_list(b, d.referring("round-tables", "municipality", entry.id))))
    sections += calendar_link(b, feed_path(d, entry),
                              b.fill("Alle Termine in %(name)s in den Kalender (iCalendar)", name=name))
    return facts, sections


def computed_share(entry: Entry) -> float:
    """Return the share of foreign nationals a municipality's own numbers give, rounded as sources round it."""
    return round(100 * entry.get("foreign_population") / entry.get("population"), 1)


def _foreign_share(b: PageBuilder, entry: Entry) -> list[Fact | None]:
    """Return the share of foreign nationals as the source gives it, or computed (and said so) when it gives none."""
    _, lang = b._, b.language
    given, change = entry.get("foreign_share"), entry.get("foreign_share_change")
    if given is None:
        return [fact(_("Ausländeranteil (berechnet)"), formatting.share(computed_share(entry), lang))]
    return [fact(_("Ausländeranteil"), formatting.share(given, lang)),
            fact(_("Veränderung zum Vorjahr"),
                 LeftToRight(formatting.share(change, lang, signed=True)) if change is not None else None)]


def _share_note(b: PageBuilder, entry: Entry) -> Paragraph | None:
    """Say so when the share the source gives is not what its own numbers give: both are shown, neither chosen."""
    given = entry.get("foreign_share")
    if given is None or computed_share(entry) == given:
        return None
    lang = b.language
    return Paragraph(b.fill("Hinweis: Aus den Zahlen oben ergibt sich ein Anteil von %(computed)s. Die Quelle nennt "
                            "%(given)s; hier steht ihre Angabe.",
                            computed=formatting.share(computed_share(entry), lang),
                            given=formatting.share(given, lang)), "ww-note")


def _population_source(b: PageBuilder, entry: Entry) -> Inline | None:
    source, section = entry.get("population_source"), entry.get("source", {}).get("concept_section")
    if not source:
        return None
    if not section:
        return _plain_german(b, source)
    return b.fill("%(source)s, wiedergegeben im Integrationskonzept (2021), Abschnitt %(section)s",
                  source=_plain_german(b, source), section=LeftToRight(section))


def _provider(b: PageBuilder, entry: Entry) -> Parts:
    _ = b._
    facts = [
        fact(_("Kurzname"), entry.get("short_name")),
        fact(_("Art"), _(labels.CATEGORIES[entry.get("category")])),
        fact(_("Gehört zu"), _link_to(b, "providers", entry.get("parent"))),
        fact(_("Sitz"), _link_to(b, "municipalities", entry.get("municipality"))),
        fact(_("Sprachen vor Ort"), _languages(b, entry.get("languages_spoken", []))),
        fact(_("Zugang mit Rollstuhl"), _(labels.WHEELCHAIR_ACCESS[entry.get("wheelchair_access")])
             if entry.get("wheelchair_access") else None),
    ]
    sections: list[Block] = []
    parts = b.directory.referring("providers", "parent", entry.id)
    if parts:
        sections.append(_section(b, _("Dazu gehören"), "parts", entry_list(b, parts)))
    for kind in ("courses", "counselling", "helpers"):
        offers = b.directory.referring(kind, "provider", entry.id)
        if offers:
            sections.append(_section(b, _(labels.KIND_TITLES[kind]), kind, entry_list(b, offers)))
    return facts, sections


def _round_table(b: PageBuilder, entry: Entry) -> Parts:
    _ = b._
    facts = [
        fact(_("Kommune"), _link_to(b, "municipalities", entry.get("municipality"))),
        fact(_("Treffen"), b.text(entry.get("meetings")) if entry.get("meetings") else None),
        *_meeting_facts(b, entry.get("meeting_schedule")),
        fact(_("Sprachen"), _languages(b, entry.get("languages", []))),
    ]
    activities = entry.get("activities")
    sections: list[Block] = [*calendar_link(b, calendar_path(entry), _("Termine in den Kalender (iCalendar)"))]
    if activities:
        sections.append(_section(b, _("Was wir anbieten"), "activities",
                                 Bullets(tuple(b.text(activity) for activity in activities))))
    return facts, sections


def _meeting_facts(b: PageBuilder, series: dict[str, Any] | None) -> list[Fact | None]:
    """Return when a round table meets: weekday and week of the month, time, place and first date."""
    if not series:
        return []
    _, lang = b._, b.language
    return [fact(_("Wann"), b.fill(labels.MEETING_WEEKS[series.get("week_of_month")],
                                   weekday=weekday_name(series["weekday"], lang))),
            fact(_("Uhrzeit"), Isolated(time_range(series["time_from"], series["time_to"], lang))),
            fact(_("Treffpunkt"), _plain_german(b, series["place"]) if "place" in series else None),
            fact(_("Ab"), formatting.long_date(series["start"], lang)),
            fact(_("Bis"), formatting.long_date(series["end"], lang) if "end" in series else None)]


KINDS: dict[str, Callable[[PageBuilder, Entry], Parts]] = {
    "providers": _provider,
    "municipalities": _municipality,
    "course-types": stage_parts,
    "courses": _course,
    "counselling": _counselling,
    "helpers": _helper,
    "round-tables": _round_table,
    "networks": network_parts,
    "fields-of-action": field_parts,
}
