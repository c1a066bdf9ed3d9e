"""The list page of each kind: entries grouped the way readers look for them, some with filters."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import groupby
from typing import Any

from ..model.entries import Entry
from ..model.stages import course_places
from . import formatting, labels
from .builder import PageBuilder, list_path
from .chain_diagram import chain_figure
from .elements import (
    Block,
    Box,
    Fact,
    Facts,
    Filters,
    Inline,
    Link,
    Option,
    PageView,
    Paragraph,
    Section,
    Select,
    Seq,
    Table,
    Text,
)
from .entries import course_meta, place_meta
from .entry_lists import entry_list
from .figures import COUNTY, share_chart
from .guide import GUIDE_PATH
from .measures import field_list
from .networks import network_list


def list_page(b: PageBuilder, kind: str) -> PageView:
    """Return the view of the list page of kind."""
    intro, blocks = KINDS[kind](b)
    title = b._(labels.KIND_TITLES[kind])
    return b.finish(Text(title), [Paragraph(intro, "ww-lead"), *blocks], title_id=kind)


def _grouped(entries: Iterable[Entry], key: Callable[[Entry], Any]) -> list[tuple[Any, list[Entry]]]:
    """Group entries by key, in the order of the keys (as Jinja's groupby did)."""
    ordered = sorted(entries, key=lambda e: key(e) or "")
    return [(value, list(items)) for value, items in groupby(ordered, key=key)]


def _empty(b: PageBuilder) -> Paragraph:
    return Paragraph(b._("Hier ist noch nichts eingetragen."), "ww-empty")


def _filters(b: PageBuilder, entries: list[Entry], type_field: str, type_label: str,
             type_name: Callable[[Any], str]) -> list[Block]:
    """Return filters by language of support, place and type; their options come from the entries.

    Only languages some entry records are offered; while none is recorded, a line says so instead and names
    who helps in the reader's language. Whatever the choice, a list left empty names a next step.
    """
    _, lang = b._, b.language
    codes = sorted({code for e in entries for code in e.get("languages", [])})
    languages = tuple(Option(code, formatting.language_name(code, lang)
                             + (f" – {formatting.own_language_name(code)}" if code != lang else ""))
                      for code in codes)
    places = tuple(Option(e.id, b.site.name(e).text) for e in b.site.by_name(b.directory.of_kind("municipalities")))
    types = tuple(Option(str(value), type_name(value))
                  for value in sorted({e.get(type_field) for e in entries}, key=str))
    by_language = (Select("lang", _("Sprache"), (Option("", _("alle Sprachen")), *languages)),) if codes else ()
    filters = Filters(
        _("Liste filtern"),
        (*by_language,
         Select("place", _("Ort"), (Option("", _("alle Orte")), *places)),
         Select("type", type_label, (Option("", _("alle")), *types))),
        _("Filtern"),
        _("%(shown)s von %(total)s Einträgen") % {"shown": "{shown}", "total": "{total}"},
        _("Keine passenden Einträge."),
        Seq((_("Die Migrationsberatung hilft weiter:"), " ", *_next_steps(b))))
    if codes:
        return [filters]
    none_yet = Paragraph(Seq((_("Bei diesen Einträgen ist noch nicht eingetragen, in welchen Sprachen sie "
                                "unterstützen. Fragen Sie die Migrationsberatung:"), " ", *_next_steps(b))), "ww-note")
    return [none_yet, filters]


def _next_steps(b: PageBuilder) -> list[Inline]:
    """Return links to who helps further: the migration counselling in the county and, if held, online."""
    steps: list[Inline] = [Link(f"{b.url(list_path('counselling'))}#migration", b._("Migrationsberatung vor Ort"))]
    online = [e for e in b.site.by_name(b.directory.of_kind("counselling")) if "migration" in e.get("nationwide", [])]
    for entry in online:
        steps += [", ", b.link(entry)]
    return [*steps, "."]


def _providers(b: PageBuilder) -> tuple[str, list[Block]]:
    _ = b._
    groups = _grouped(b.directory.of_kind("providers"), lambda e: e.get("category"))
    blocks: list[Block] = [Section(b.heading(2, _(labels.CATEGORIES[category]), category), (entry_list(b, items),))
                           for category, items in groups]
    return (_("Behörden, Verbände, Schulen und Bildungsträger, die im Landkreis Hildesheim Angebote für "
              "Zugewanderte machen."), blocks or [_empty(b)])


def _municipalities(b: PageBuilder) -> tuple[str, list[Block]]:
    _, d, lang = b._, b.directory, b.language
    rows = tuple((b.link(e), formatting.number(e.get("population"), lang),
                  formatting.number(len(d.referring("courses", "municipality", e.id))
                                    + len(d.referring("helpers", "areas_served", e.id)), lang))
                 for e in b.site.by_name(d.of_kind("municipalities")))
    table = Table((_("Kommune"), _("Einwohner*innen"), _("Angebote vor Ort")), rows)
    return (_("Die Stadt Hildesheim und die Städte und Gemeinden im Landkreis. Auf jeder Seite steht, wer vor Ort "
              "hilft."), [table, *share_chart(b, COUNTY)])


def _course_types(b: PageBuilder) -> tuple[str, list[Block]]:
    _, d = b._, b.directory
    blocks: list[Block] = []
    for number, (stage, types) in enumerate(_grouped(d.of_kind("course-types"), lambda e: e.get("stage")), 1):
        steps = tuple(_step(b, course_type) for course_type in b.site.by_name(types))
        blocks.append(Section(b.heading(2, f"{number}. {_(labels.STAGES[stage])}", f"stage-{stage}"), steps))
    guide = Paragraph(Link(b.url(GUIDE_PATH), _("Welcher Kurs passt zu mir? Beantworten Sie ein paar Fragen.")))
    return (_("Deutsch lernen geht Schritt für Schritt. Hier sehen Sie, welche Kurse es gibt, wer teilnehmen darf "
              "und welcher Kurs danach kommt."), [guide, *chain_figure(b), *(blocks or [_empty(b)])])


def _step(b: PageBuilder, course_type: Entry) -> Section:
    _, d = b._, b.directory
    following = d.refs(course_type, "next", "course-types")
    count = len(d.referring("courses", "type", course_type.id))
    facts = [Fact(_("Wer darf teilnehmen?"), b.text(course_type.get("eligibility")))]
    if following:
        facts.append(Fact(_("Danach möglich"), b.links(following)))
    facts.append(Fact(_("Kurse"), b.site.ngettext("%(count)s Kurs eingetragen", "%(count)s Kurse eingetragen",
                                                  count) % {"count": count}))
    blocks: list[Block] = []
    if course_type.get("description"):
        blocks.append(Paragraph(b.text(course_type.get("description"))))
    blocks.append(Facts(tuple(facts)))
    return Section(b.heading(3, b.link(course_type), f"step-{course_type.id}"), tuple(blocks), "ww-step")


def _courses(b: PageBuilder) -> tuple[str, list[Block]]:
    _, d = b._, b.directory
    courses = d.of_kind("courses")
    groups: list[Block] = []
    for place_id, in_place in _grouped(courses, lambda e: e.get("municipality")):
        place = d.get("municipalities", place_id)
        title = b.name(place) if place else _("Ort beim Träger erfragen")
        subgroups = tuple(Section(b.heading(3, b.name(d.get("course-types", type_id)), f"{place_id}-{type_id}"),
                                  (entry_list(b, items, meta=lambda e: course_meta(b, e), filter_by="type",
                                              places=lambda e: [p.id for p in course_places(d, e)]),),
                                  "ww-group")
                          for type_id, items in _grouped(in_place, lambda e: e.get("type")))
        groups.append(Section(b.heading(2, title, place_id or "unknown-place"), subgroups, "ww-group"))
    guide = Paragraph(Link(b.url(list_path("course-types")), _("Zum Wegweiser Sprachkurse")))

    def type_name(type_id: str) -> str:
        return b.site.name(d.get("course-types", type_id)).text

    return (_("Deutschkurse im Landkreis Hildesheim, nach Ort geordnet. Welcher Kurs zu Ihnen passt, zeigt der "
              "Wegweiser Sprachkurse."),
            [guide, *_filters(b, courses, "type", _("Kursart"), type_name), Box("ww-filterable", tuple(groups) or
                                                                                 (_empty(b),))])


def _counselling(b: PageBuilder) -> tuple[str, list[Block]]:
    _ = b._
    services = b.directory.of_kind("counselling")
    groups = tuple(Section(b.heading(2, _(labels.TOPICS[topic]), topic),
                           (entry_list(b, items, meta=lambda e: place_meta(b, e), filter_by="topic"),), "ww-group")
                   for topic, items in _grouped(services, lambda e: e.get("topic")))

    def topic_name(topic: str) -> str:
        return _(labels.TOPICS[topic])

    return (_("Beratungsstellen für Zugewanderte, nach Thema geordnet."),
            [*_filters(b, services, "topic", _("Thema"), topic_name), Box("ww-filterable", groups or (_empty(b),))])


def _helpers(b: PageBuilder) -> tuple[str, list[Block]]:
    _ = b._
    groups = reversed(_grouped(b.directory.of_kind("helpers"), lambda e: e.get("role")))
    blocks: list[Block] = [Section(b.heading(2, _(labels.ROLES[role]), role),
                                   (entry_list(b, items, meta=lambda e: place_meta(b, e)),))
                           for role, items in groups]
    return (_("Integrationshelfer*innen begleiten Zugewanderte vor Ort und wissen, wer weiterhilft."),
            blocks or [_empty(b)])


def _round_tables(b: PageBuilder) -> tuple[str, list[Block]]:
    _, d = b._, b.directory
    blocks: list[Block] = [Section(b.heading(2, b.name(d.get("municipalities", place)), place),
                                   (entry_list(b, items),))
                           for place, items in _grouped(d.of_kind("round-tables"), lambda e: e.get("municipality"))]
    none_yet = Paragraph(Seq((
        _("Noch sind keine Runden Tische eingetragen. Die Integrationshelfer*innen Ihrer Kommune wissen, ob es bei "
          "Ihnen einen gibt."), " ", Link(b.url(list_path("helpers")), _("Zu den Integrationshelfer*innen")))),
        "ww-empty")
    return (_("Runde Tische sind Gruppen von Ehrenamtlichen, die Zugewanderte in ihrem Ort unterstützen."),
            blocks or [none_yet])


KINDS: dict[str, Callable[[PageBuilder], tuple[str, list[Block]]]] = {
    "providers": _providers,
    "municipalities": _municipalities,
    "course-types": _course_types,
    "courses": _courses,
    "counselling": _counselling,
    "helpers": _helpers,
    "round-tables": _round_tables,
    "networks": network_list,
    "fields-of-action": field_list,
}
