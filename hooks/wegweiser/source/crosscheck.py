"""Checks that need more than one field or more than one file: ids, references, dates and ranges."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from ..messages import Message, msg
from ..model.consent import SITE, uncovered_fields
from ..model.entries import Directory, Entry
from ..model.stages import SOURCE_FIELDS, sources
from ..schema import ANY_KIND_REFERENCES, KINDS, REFERENCES, enum_values
from .problems import Problem
from .yaml_reader import JsonPath, SourceFile, dotted_path

# No entry was checked, and no consent given, before this day: an earlier date is a typing mistake.
EARLIEST_DATE = date(2000, 1, 1)


def cross_check(directory: Directory, sources: Mapping[Entry, SourceFile], today: date) -> list[Problem]:
    """Return every problem that the schema alone cannot see, in the entries that passed the schema."""
    problems: list[Problem] = []
    for entry in directory:
        if not entry.valid:
            continue
        report = _Reporter(sources[entry], problems)
        _check_id(entry, report)
        _check_references(entry, directory, report)
        _check_any_kind_references(entry, directory, report)
        _check_dates(entry, report, today)
        _check_source(entry, report)
        _check_fact_sources(entry, report)
        _check_schedule(entry, report)
        _check_consent(entry, report, today)
        _check_opening_hours(entry, report)
        _check_ranges(entry, report)
        _check_helper_role(entry, report)
        _check_field_of_action(entry, directory, report)
    for entry in directory.of_kind("figures") + directory.of_kind("summaries"):
        if entry.valid:
            report = _Reporter(sources[entry], problems)
            _check_id(entry, report)
            _check_figure(entry, report)
    return problems


class _Reporter:
    """Add problems for one entry, placed at the field they concern."""

    def __init__(self, source: SourceFile, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems

    def __call__(self, code: str, path: JsonPath, message: Message, hint: Message | None) -> None:
        line, column = self.source.position(path)
        self.problems.append(Problem(code, message, hint, self.source.path, line, column, dotted_path(path)))


def _check_id(entry: Entry, report: _Reporter) -> None:
    if entry.data["id"] != entry.id:
        report("id.mismatch", ("id",),
               msg("Die ID '{id}' passt nicht zum Dateinamen '{file}.yml'.", id=entry.data["id"], file=entry.id),
               msg("Die ID muss gleich dem Dateinamen ohne .yml sein: '{file}'.", file=entry.id))


def _check_references(entry: Entry, directory: Directory, report: _Reporter) -> None:
    for name, target_kind in REFERENCES.get(entry.kind, {}).items():
        value = entry.data.get(name)
        for index, ref in enumerate(value if isinstance(value, list) else [value] if value else []):
            if ref not in directory.entries[target_kind]:
                path = (name, index) if isinstance(value, list) else (name,)
                _report_unknown(ref, target_kind, path, directory, report)


def _report_unknown(ref: str, kind: str, path: JsonPath, directory: Directory, report: _Reporter) -> None:
    close = difflib.get_close_matches(ref, list(directory.entries[kind]), n=1)
    # A file renamed without its id still holds the old id: the fix is the new name, not a new file.
    renamed = next((e for e in directory.entries[kind].values() if e.data.get("id") == ref and e.id != ref), None)
    hint = (msg("Die Datei {file} trägt noch die ID '{id}': Wurde sie umbenannt, schreiben Sie hier '{new}'.",
                file=renamed.file, id=ref, new=renamed.id) if renamed else
            msg("Meinten Sie '{match}'?", match=close[0]) if close else
            msg("Legen Sie zuerst directory/{kind}/{id}.yml an.", kind=kind, id=ref))
    report("reference.unknown", path, msg("Unbekannte ID '{id}' (gesucht in directory/{kind}/).", id=ref, kind=kind),
           hint)


def _check_any_kind_references(entry: Entry, directory: Directory, report: _Reporter) -> None:
    """Each "kind/id" (the actors of a measure) names an entry that exists."""
    name = ANY_KIND_REFERENCES.get(entry.kind)
    for path, ref in _list_values(entry.data, name) if name else ():
        kind, _, entry_id = ref.partition("/")
        if kind not in KINDS:
            report("reference.unknown-kind", path, msg("Unbekannte Art '{kind}' in '{ref}'.", kind=kind, ref=ref),
                   msg("Schreiben Sie Art/ID, z. B. providers/vhs-hildesheim; Arten: {kinds}.",
                       kinds=", ".join(KINDS)))
        elif entry_id not in directory.entries[kind]:
            _report_unknown(entry_id, kind, path, directory, report)


def _list_values(node: Any, name: str, path: JsonPath = ()) -> Iterator[tuple[JsonPath, str]]:
    """Yield each value of every list called name anywhere in node, with its path."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == name and isinstance(value, list):
                yield from (((*path, key, index), item) for index, item in enumerate(value))
            else:
                yield from _list_values(value, name, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _list_values(item, name, (*path, index))


def _dated_fields(data: dict[str, Any]) -> Iterator[tuple[JsonPath, str, Message]]:
    """Yield each date that records something already done, with what the editor should enter there."""
    if "verified" in data:
        yield (("verified", "on"), data["verified"]["on"],
               msg("Tragen Sie das Datum ein, an dem die Angaben geprüft wurden."))
    for path, source in sources(data):
        if "accessed" in source:
            yield ((*path, "accessed"), source["accessed"],
                   msg("Tragen Sie das Datum ein, an dem Sie die Quelle (url) gelesen haben."))
    if "population_date" in data:
        yield (("population_date",), data["population_date"],
               msg("Tragen Sie den Stichtag ein, auf den sich die Einwohnerzahl bezieht."))
    contact = data.get("contact")
    if isinstance(contact, dict) and "person" in contact:
        yield (("contact", "person", "consent", "date"), contact["person"]["consent"]["date"],
               msg("Tragen Sie das Datum ein, an dem die Einwilligung erteilt wurde."))


def _check_dates(entry: Entry, report: _Reporter, today: date) -> None:
    for path, text, hint in _dated_fields(entry.data):
        day = date.fromisoformat(text)
        if day > today:
            report("date.future", path, msg("Das Datum {date} liegt in der Zukunft.", date=text), hint)
        elif day < EARLIEST_DATE:
            report("date.too-early", path,
                   msg("Das Datum {date} liegt vor dem {earliest}; das ist vermutlich ein Tippfehler.",
                       date=text, earliest=EARLIEST_DATE.isoformat()), hint)


def _check_source(entry: Entry, report: _Reporter) -> None:
    """A public source is named with the day it was read (the schema asks for at least one source)."""
    for path, source in sources(entry.data):
        if ("url" in source) != ("accessed" in source):
            present, missing = ("url", "accessed") if "url" in source else ("accessed", "url")
            report("source.incomplete", (*path, present),
                   msg("Zu '{present}' fehlt '{missing}'.", present=present, missing=missing),
                   msg("Eine öffentliche Quelle braucht die Adresse (url) und das Datum, an dem Sie sie gelesen "
                       "haben (accessed), z. B. accessed: 2026-03-01."))


def _check_fact_sources(entry: Entry, report: _Reporter) -> None:
    """The levels of a kind of course and the kinds that follow it are published only with their source."""
    if entry.kind != "course-types":
        return
    for source_field, fields in SOURCE_FIELDS.items():
        given = [name for name in fields if name in entry.data]
        if given and source_field not in entry.data:
            report("fact.source-missing", (given[0],),
                   msg("Zu '{field}' fehlt die Quelle '{source}'.", field=given[0], source=source_field),
                   msg("Tragen Sie unter {source} ein, wo die Angabe steht, z. B. {source}: {{concept_section: "
                       "\"3.6.1\"}} oder {source}: {{legal_basis: \"§ 43 AufenthG\"}}; ohne Quelle löschen Sie "
                       "die Angabe.", source=source_field))


def _check_schedule(entry: Entry, report: _Reporter) -> None:
    """A course's dates and a round table's meetings end after they begin."""
    for name in ("schedule", "meeting_schedule"):
        _check_period(entry.data.get(name, {}), name, report)


def _check_period(schedule: dict[str, Any], name: str, report: _Reporter) -> None:
    if "start" in schedule and "end" in schedule and schedule["end"] < schedule["start"]:
        report("schedule.end-before-start", (name, "end"),
               msg("Das Ende ({end}) liegt vor dem Beginn ({start}).", end=schedule["end"], start=schedule["start"]),
               msg("Prüfen Sie start und end."))
    if ("time_from" in schedule) != ("time_to" in schedule):
        missing = "time_to" if "time_from" in schedule else "time_from"
        report("schedule.time-missing", (name,), msg("Zur Uhrzeit fehlt '{field}'.", field=missing),
               msg("Geben Sie Beginn (time_from) und Ende (time_to) an."))
    elif "time_from" in schedule and schedule["time_to"] <= schedule["time_from"]:
        report("schedule.time-order", (name, "time_to"),
               msg("Die Endzeit {time_to} liegt nicht nach der Anfangszeit {time_from}.",
                   time_to=schedule["time_to"], time_from=schedule["time_from"]),
               msg("Schreiben Sie Uhrzeiten im 24-Stunden-Format, z. B. 14:30."))


def _check_consent(entry: Entry, report: _Reporter, today: date) -> None:
    """A contact person's details go on the site only as far as their consent reaches (fields, channels, time)."""
    contact = entry.data.get("contact")
    person = contact.get("person") if isinstance(contact, dict) else None
    if not person:
        return
    if _consent_ended(person["consent"], report, today):
        return
    if SITE not in person["consent"]["channels"]:
        report("consent.channel", ("contact", "person", "consent", "channels"),
               msg("Die Einwilligung gilt nicht für die Website: unter channels fehlt 'site'."),
               msg("Tragen Sie site unter channels ein, wenn die Person der Veröffentlichung auf der Website "
                   "zugestimmt hat, oder entfernen Sie die Angaben zur Person."))
        return
    for name in uncovered_fields(person, SITE):
        report("consent.field", ("contact", "person", name),
               msg("Die Einwilligung deckt '{field}' nicht ab.", field=name),
               msg("Tragen Sie {field} unter consent.fields ein, wenn die Person dafür eingewilligt hat, oder "
                   "entfernen Sie diese Angabe.", field=name))


def _consent_ended(consent: dict[str, Any], report: _Reporter, today: date) -> bool:
    """Report a consent whose last day (until) has passed or comes before its own date; say whether it did."""
    if "until" not in consent:
        return False
    path = ("contact", "person", "consent", "until")
    until = date.fromisoformat(consent["until"])
    if until < date.fromisoformat(consent["date"]):
        report("consent.until-order", path,
               msg("Die Einwilligung endet am {until}, vor ihrem eigenen Datum {date}.", until=consent["until"],
                   date=consent["date"]),
               msg("Prüfen Sie beide Daten: date ist der Tag der Einwilligung, until ihr letzter Tag."))
        return True
    if until < today:
        report("consent.expired", path,
               msg("Die Einwilligung ist am {until} abgelaufen: Die Angaben zur Person dürfen nicht mehr "
                   "veröffentlicht werden.", until=consent["until"]),
               msg("Holen Sie eine neue Einwilligung ein und tragen Sie date und until neu ein, oder entfernen "
                   "Sie die Angaben zur Person."))
        return True
    return False


def _check_opening_hours(entry: Entry, report: _Reporter) -> None:
    contact = entry.data.get("contact")
    hours = contact.get("opening_hours", []) if isinstance(contact, dict) else []
    for index, period in enumerate(hours):
        if period["to"] <= period["from"]:
            report("opening-hours.order", ("contact", "opening_hours", index, "to"),
                   msg("Die Endzeit {time_to} liegt nicht nach der Anfangszeit {time_from}.",
                       time_to=period["to"], time_from=period["from"]),
                   msg("Schreiben Sie Uhrzeiten im 24-Stunden-Format, z. B. 14:30; für eine Pause zwei Zeiträume."))


def _check_ranges(entry: Entry, report: _Reporter) -> None:
    data = entry.data
    order = enum_values("cefr")
    levels = [order.index(data[name]) for name in ("level_from", "level_to") if name in data]
    if len(levels) == 2 and levels[1] < levels[0]:
        report("level.order", ("level_to",),
               msg("Das Zielniveau {to} liegt unter dem Startniveau {start}.", to=data["level_to"],
                   start=data["level_from"]),
               msg("Prüfen Sie level_from und level_to."))
    if entry.kind == "municipalities" and data["foreign_population"] > data["population"]:
        report("population.order", ("foreign_population",),
               msg("Mehr Ausländer*innen ({foreign}) als Einwohner*innen ({total}).",
                   foreign=data["foreign_population"], total=data["population"]),
               msg("Prüfen Sie beide Zahlen."))


def _check_helper_role(entry: Entry, report: _Reporter) -> None:
    if entry.kind != "helpers":
        return
    needed = "municipality" if entry.data["role"] == "municipal" else "provider"
    if needed not in entry.data:
        report("helper.role-field", ("role",),
               msg("Zur Rolle '{role}' fehlt das Feld '{field}'.", role=entry.data["role"], field=needed),
               msg("Kommunale Helfer*innen brauchen municipality, regionale brauchen provider."))


def _check_figure(entry: Entry, report: _Reporter) -> None:
    """Every row of a table has one value per column, and a chart shows a column that exists."""
    if entry.kind != "figures":
        return
    count = len(entry.data["columns"])
    for index, row in enumerate(entry.data["rows"]):
        if len(row["values"]) != count:
            report("figures.values", ("rows", index, "values"),
                   msg("Die Zeile hat {found} Werte, die Tabelle aber {count} Spalten.", found=len(row["values"]),
                       count=count),
                   msg("Tragen Sie je Spalte einen Wert ein, in der Reihenfolge von columns; null, wo die Quelle "
                       "nichts angibt."))
    chart = entry.data.get("chart")
    if chart and chart["column"] > count:
        report("figures.chart-column", ("chart", "column"),
               msg("Die Tabelle hat keine Spalte {column}, nur {count}.", column=chart["column"], count=count),
               msg("Zählen Sie die Spalten von columns ab 1."))


def _check_field_of_action(entry: Entry, directory: Directory, report: _Reporter) -> None:
    """Each section of the concept stands in one field only, so that its placeholder is clear; measures end after
    they begin."""
    if entry.kind != "fields-of-action":
        return
    for what in ("goals", "measures"):
        for index, group in enumerate(entry.data[what]):
            section = group["section"]
            earlier = [other for other in directory.of_kind(entry.kind) if other.file < entry.file and
                       any(g.get("section") == section for g in other.data.get(what, []))]
            if earlier:
                report("section.twice", (what, index, "section"),
                       msg("Den Abschnitt {section} gibt es schon in {file}.", section=section, file=earlier[0].file),
                       msg("Jeder Abschnitt steht in nur einer Datei, damit der Platzhalter im Konzepttext "
                           "eindeutig ist."))
    for index, group in enumerate(entry.data["measures"]):
        for number, measure in enumerate(group["items"]):
            if measure.get("until", 9999) < measure.get("year", 0):
                report("measure.until-before-year", ("measures", index, "items", number, "until"),
                       msg("Das Ende ({end}) liegt vor dem Beginn ({start}).", end=measure["until"],
                           start=measure["year"]),
                       msg("Prüfen Sie year und until."))
