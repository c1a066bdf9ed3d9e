"""Checks that need more than one field or more than one file: references, dates, codes."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from .i18n import Translator
from .problems import Problem
from .schema import REFERENCES
from .yaml_source import JsonPath, dotted_path

if TYPE_CHECKING:
    from .directory import Directory, Entry

CEFR_ORDER = ["A1", "A2", "B1", "B2", "C1", "C2"]


def cross_check(directory: Directory, _: Translator, today: date | None = None) -> list[Problem]:
    """Return every problem that the schema alone cannot see."""
    today = today or date.today()
    problems: list[Problem] = []
    for entry in directory:
        if not entry.valid:
            continue
        report = _Reporter(entry, problems)
        _check_id(entry, report, _)
        _check_references(entry, directory, report, _)
        _check_dates(entry, report, _, today)
        _check_ranges(entry, report, _)
        _check_phones(entry, report, _)
        _check_helper_role(entry, report, _)
    return problems


class _Reporter:
    """Add problems for one entry, placed at the field they concern."""

    def __init__(self, entry: Entry, problems: list[Problem]) -> None:
        self.entry = entry
        self.problems = problems

    def __call__(self, path: JsonPath, message: str, hint: str | None = None, *, key: bool = False) -> None:
        line, column = self.entry.source.position(path, key=key)
        self.problems.append(Problem(self.entry.source.path, line, column, dotted_path(path), message, hint))


def _check_id(entry: Entry, report: _Reporter, _: Translator) -> None:
    if entry.data["id"] != entry.id:
        report(("id",), _("Die ID '{id}' passt nicht zum Dateinamen '{file}.yml'.").format(
            id=entry.data["id"], file=entry.id),
            _("Die ID muss gleich dem Dateinamen ohne .yml sein: '{file}'.").format(file=entry.id))


def _check_references(entry: Entry, directory: Directory, report: _Reporter, _: Translator) -> None:
    for name, target_kind in REFERENCES.get(entry.kind, {}).items():
        value = entry.data.get(name)
        for index, ref in enumerate(value if isinstance(value, list) else [value] if value else []):
            if ref in directory.entries[target_kind]:
                continue
            path = (name, index) if isinstance(value, list) else (name,)
            close = difflib.get_close_matches(ref, list(directory.entries[target_kind]), n=1)
            hint = (_("Meinten Sie '{match}'?").format(match=close[0]) if close else
                    _("Legen Sie zuerst directory/{kind}/{id}.yml an.").format(kind=target_kind, id=ref))
            report(path, _("Unbekannte ID '{id}' (gesucht in directory/{kind}/).").format(id=ref, kind=target_kind),
                   hint)


def _dated_fields(data: dict[str, Any]) -> Iterator[tuple[JsonPath, str]]:
    yield ("last_verified",), data["last_verified"]
    person = data.get("contact", {}).get("person") if isinstance(data.get("contact"), dict) else None
    if person:
        yield ("contact", "person", "consent", "date"), person["consent"]["date"]


def _check_dates(entry: Entry, report: _Reporter, _: Translator, today: date) -> None:
    for path, text in _dated_fields(entry.data):
        if date.fromisoformat(text) > today:
            report(path, _("Das Datum {date} liegt in der Zukunft.").format(date=text),
                   _("Tragen Sie das Datum ein, an dem die Angabe geprüft bzw. die Einwilligung erteilt wurde."))
    schedule = entry.data.get("schedule", {})
    if "start" in schedule and "end" in schedule and schedule["end"] < schedule["start"]:
        report(("schedule", "end"), _("Das Ende ({end}) liegt vor dem Beginn ({start}).").format(**schedule),
               _("Prüfen Sie start und end."))
    if ("time_from" in schedule) != ("time_to" in schedule):
        missing = "time_to" if "time_from" in schedule else "time_from"
        report(("schedule",), _("Zur Uhrzeit fehlt '{field}'.").format(field=missing),
               _("Geben Sie Beginn (time_from) und Ende (time_to) an."))
    elif "time_from" in schedule and schedule["time_to"] <= schedule["time_from"]:
        report(("schedule", "time_to"),
               _("Die Endzeit {time_to} liegt nicht nach der Anfangszeit {time_from}.").format(**schedule),
               _("Schreiben Sie Uhrzeiten im 24-Stunden-Format, z. B. 14:30."))


def _check_ranges(entry: Entry, report: _Reporter, _: Translator) -> None:
    data = entry.data
    levels = [CEFR_ORDER.index(data[name]) for name in ("level_from", "level_to") if name in data]
    if len(levels) == 2 and levels[1] < levels[0]:
        report(("level_to",), _("Das Zielniveau {to} liegt unter dem Startniveau {start}.").format(
            to=data["level_to"], start=data["level_from"]), _("Prüfen Sie level_from und level_to."))
    if entry.kind == "municipalities" and data["foreign_population"] > data["population"]:
        report(("foreign_population",), _("Mehr Ausländer*innen ({foreign}) als Einwohner*innen ({total}).").format(
            foreign=data["foreign_population"], total=data["population"]), _("Prüfen Sie beide Zahlen."))


def _phone_fields(data: dict[str, Any]) -> Iterator[tuple[JsonPath, str]]:
    contact = data.get("contact")
    if isinstance(contact, dict):
        if "phone" in contact:
            yield ("contact", "phone"), contact["phone"]
        if "phone" in contact.get("person", {}):
            yield ("contact", "person", "phone"), contact["person"]["phone"]


def _check_phones(entry: Entry, report: _Reporter, _: Translator) -> None:
    for path, number in _phone_fields(entry.data):
        digits = re.sub(r"\D", "", number)
        international = number.startswith("+")
        if not (8 <= len(digits) <= 15) or (international and number.startswith("+0")):
            report(path, _("Die Telefonnummer {number} hat {count} Ziffern.").format(number=repr(number),
                                                                                  count=len(digits)),
                   _("Eine Nummer hat 8 bis 15 Ziffern, z. B. +49 5121 123456 oder 05121 123456."))


def _check_helper_role(entry: Entry, report: _Reporter, _: Translator) -> None:
    if entry.kind != "helpers":
        return
    needed = "municipality" if entry.data["role"] == "municipal" else "provider"
    if needed not in entry.data:
        report(("role",), _("Zur Rolle '{role}' fehlt das Feld '{field}'.").format(
            role=entry.data["role"], field=needed),
            _("Kommunale Helfer*innen brauchen municipality, regionale brauchen provider."))
