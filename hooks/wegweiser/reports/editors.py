"""The editors' report: what to fix first so that readers find help, as one list of topics.

The same topics feed `make report` (text) and the report page of the site (views/editors_report.py).
Topics stand in the order that helps readers most, and within a topic the entries that most other
entries send readers to come first: an office that many pages name as the one to ask instead is a
dead end for all of them while its own contact is missing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..messages import Message, Translator, msg
from ..model.entries import Directory, Entry
from ..model.fallbacks import fallbacks, has_contact
from ..model.stages import missing_facts_by_course_type, sources
from ..model.text import DRAFT, MACHINE
from ..repository import Repository
from ..schema import REFERENCES, schema
from .translations import entry_texts

# The optional fields a reader would want, per kind, that editors should fill in when they can.
WANTED_FIELDS: dict[str, tuple[str, ...]] = {
    "courses": ("provider", "schedule", "places", "languages", "registration", "cost"),
    "counselling": ("provider", "areas_served", "languages"),
    "helpers": ("areas_served", "languages"),
    "round-tables": ("meetings", "activities"),
}
# The kinds whose entries offer something to readers under a provider's name.
OFFERS = ("courses", "counselling", "helpers")
# After this many months a check by the editors counts as due again.
VERIFIED_MONTHS = 12


@dataclass(frozen=True)
class Task:
    """One entry to work on: its file, what is missing, and how many other entries send readers to it."""

    entry: Entry
    detail: Message | None = None
    reach: int = 0


@dataclass(frozen=True)
class Topic:
    """A kind of work, why it matters to readers, and the entries it concerns (most needed first)."""

    code: str
    title: Message
    why: Message
    tasks: tuple[Task, ...] = ()
    link: str | None = None  # where the work is listed instead of here (readers' reports)
    counted: bool = True  # whether the tasks here are all there is (readers' reports are listed elsewhere)


def editors_topics(directory: Directory, today: date | None, languages: tuple[str, ...],
                   repository: Repository | None = None) -> list[Topic]:
    """Return the report's topics in the order that helps readers most.

    today is the day the verifications are judged against; without one (a build that is not told the
    sources' day) only the entries never verified are listed, so that the build stays the same on any day.
    """
    reach = reach_counts(directory)
    return [
        _readers_reports(repository or Repository()),
        _topic("contact", msg("Einträge ohne Kontaktdaten"),
               msg("Lesende finden hier niemanden, den sie fragen können; die Seite verweist sie weiter."),
               [(e, _referred(reach[e])) for e in missing_contacts(directory)], reach),
        _topic("municipalities", msg("Städte und Gemeinden ohne Integrationshelfer*in oder Runden Tisch"),
               msg("Die Seite der Kommune kann nur die Hilfe vor Ort zeigen, die eingetragen ist."),
               list(_local_help_gaps(directory)), reach),
        _topic("stages", msg("Kursarten mit fehlenden Angaben"),
               msg("Der Wegweiser durch die Sprachkurse kann diese Angaben nicht zeigen; ohne Quelle bleiben sie "
                  "leer."),
               [(directory.get("course-types", kind), msg("Es fehlen: {fields}.", fields=", ".join(facts)))
                for kind, facts in missing_facts_by_course_type(directory).items()], reach),
        _topic("verified", msg("Nie oder vor mehr als 12 Monaten geprüft"),
               msg("Angaben ändern sich: Fragen Sie beim Träger nach und tragen Sie verified ein (wer und wann)."),
               list(_unverified(directory, today)), reach),
        _topic("fields", msg("Fehlende Angaben"),
               msg("Diese Felder helfen Lesenden bei der Wahl, sind aber leer."),
               [(e, msg("Es fehlen: {fields}.", fields=", ".join(missing_fields(e))))
                for e in directory if missing_fields(e)], reach),
        _topic("providers", msg("Träger ohne Angebot im Verzeichnis"),
               msg("Ihre Seite nennt keinen Kurs, keine Beratung und keine Integrationshelfer*innen."),
               [(e, None) for e in idle_providers(directory)], reach),
        _topic("concept-only", msg("Angaben, die nur auf dem Integrationskonzept (2021) beruhen"),
               msg("Das Konzept ist von 2021: Bestätigen Sie die Angaben mit einer aktuellen Quelle (url und "
                  "accessed) oder tragen Sie verified ein."),
               list(_concept_only(directory)), reach),
        *_draft_topics(directory, languages, reach),
        _topic("consent", msg("Einwilligungen von Ansprechpersonen: die zuerst endende, dann die älteste"),
               msg("Endet eine befristete Einwilligung (until), hält die Prüfung die Veröffentlichung an: Holen Sie "
                   "rechtzeitig eine neue ein. Jede Einwilligung kann jederzeit widerrufen werden (Art. 7 Abs. 3 "
                   "DSGVO): Fragen Sie bei alten Einwilligungen nach, ob sie noch gilt."),
               list(_consents(directory)), reach, by_reach=False),
    ]


def _topic(code: str, title: Message, why: Message, rows: list[tuple[Entry, Message | None]], reach: Counter[Entry],
           *, by_reach: bool = True) -> Topic:
    tasks = [Task(entry, detail, reach[entry]) for entry, detail in rows]
    if by_reach:
        tasks.sort(key=lambda task: (-task.reach, task.entry.file))
    return Topic(code, title, why, tuple(tasks))


def _referred(count: int) -> Message | None:
    return msg("{count} andere Einträge verweisen hierher.", count=count) if count else None


def _readers_reports(repository: Repository) -> Topic:
    why = (msg("Lesende melden Fehler als Issue im Repository; die offenen Meldungen stehen dort.") if repository
           else msg("Es ist kein Repository eingestellt (REPO_URL), daher gibt es keinen Link zu den Meldungen."))
    return Topic("reports", msg("Meldungen von Lesenden"), why, link=repository.issues_url(), counted=False)


def reach_counts(directory: Directory) -> Counter[Entry]:
    """Count, per entry, the other entries whose pages send readers to it: by reference or as someone to ask."""
    counts: Counter[Entry] = Counter()
    for entry in directory:
        targets = {target for name, kind in REFERENCES.get(entry.kind, {}).items()
                   for target in directory.refs(entry, name, kind)}
        if _has_contact_field(entry) and not has_contact(entry):
            targets |= {fallback.entry for fallback in fallbacks(entry, directory)}
        counts.update(targets - {entry})
    return counts


def _has_contact_field(entry: Entry) -> bool:
    return "contact" in schema(entry.kind)["properties"]


def missing_contacts(directory: Directory) -> list[Entry]:
    """Return the entries whose contact is still 'unknown'.

    Only kinds whose schema has a contact field count: a kind of course has none of its own.
    """
    return [entry for entry in directory if _has_contact_field(entry) and not has_contact(entry)]


def missing_fields(entry: Entry) -> list[str]:
    """Return the optional fields a reader would want that an entry leaves out."""
    return [name for name in WANTED_FIELDS.get(entry.kind, ()) if name not in entry.data]


def idle_providers(directory: Directory) -> list[Entry]:
    """Return the providers that offer nothing in the directory, neither themselves nor through a part of them."""
    offering = {entry.get("provider") for kind in OFFERS for entry in directory.of_kind(kind)}
    offering |= {p.get("parent") for p in directory.of_kind("providers") if p.id in offering}
    return [provider for provider in directory.of_kind("providers") if provider.id not in offering]


def _local_help_gaps(directory: Directory) -> Iterator[tuple[Entry, Message]]:
    for place in directory.of_kind("municipalities"):
        helpers = directory.serving("helpers", place.id)
        tables = directory.referring("round-tables", "municipality", place.id)
        if not helpers and not tables:
            yield place, msg("Weder Integrationshelfer*in noch Runder Tisch.")
        elif not helpers:
            yield place, msg("Keine Integrationshelfer*in.")
        elif not tables:
            yield place, msg("Kein Runder Tisch.")


def year_before(day: date) -> date:
    """Return the same day VERIFIED_MONTHS months earlier (28 February for a 29th)."""
    try:
        return day.replace(year=day.year - VERIFIED_MONTHS // 12)
    except ValueError:
        return day.replace(year=day.year - VERIFIED_MONTHS // 12, day=28)


def _unverified(directory: Directory, today: date | None) -> Iterator[tuple[Entry, Message]]:
    due = year_before(today).isoformat() if today else ""
    for entry in directory:
        if "verified" not in schema(entry.kind)["properties"]:
            continue
        verified = entry.get("verified")
        if not verified:
            yield entry, msg("Noch nie geprüft.")
        elif verified["on"] < due:
            yield entry, msg("Zuletzt geprüft am {date}.", date=verified["on"])


def _concept_only(directory: Directory) -> Iterator[tuple[Entry, Message]]:
    """Yield the entries all of whose sources are sections of the concept, unless an editor has checked them."""
    for entry in directory:
        found = [source for _path, source in sources(entry.data)]
        if found and not entry.get("verified") and all(set(s) == {"concept_section"} for s in found):
            sections = sorted({s["concept_section"] for s in found})
            yield entry, msg("Abschnitt {sections}.", sections=", ".join(sections))


def _draft_topics(directory: Directory, languages: tuple[str, ...], reach: Counter[Entry]) -> Iterator[Topic]:
    """One topic per language: the entries with texts translated but not yet reviewed by a person."""
    for language in languages:
        fields: dict[Entry, list[str]] = {}
        for text in entry_texts(directory, language):
            if text.status in (DRAFT, MACHINE):
                fields.setdefault(text.entry, []).append(text.field)
        if fields:
            yield _topic(f"drafts-{language}", msg("Übersetzungen, die noch niemand geprüft hat: {language}",
                                                   language=language),
                         msg("Lesen Sie die Übersetzung gegen und setzen Sie status: reviewed."),
                         [(e, msg("Felder: {fields}.", fields=", ".join(f))) for e, f in fields.items()], reach)


def _consents(directory: Directory) -> Iterator[tuple[Entry, Message]]:
    people = [(entry, entry.get("contact")["person"]) for entry in directory
              if isinstance(entry.get("contact"), dict) and "person" in entry.get("contact")]
    for entry, person in sorted(people, key=lambda pair: _consent_order(pair[1]["consent"])):
        consent = person["consent"]
        fields, channels = ", ".join(consent["fields"]), ", ".join(consent["channels"])
        if "until" in consent:
            yield entry, msg("Einwilligung vom {date} bis {until} für {fields} auf {channels}.", date=consent["date"],
                             until=consent["until"], fields=fields, channels=channels)
        else:
            yield entry, msg("Einwilligung vom {date} für {fields} auf {channels}.", date=consent["date"],
                             fields=fields, channels=channels)


def _consent_order(consent: dict[str, Any]) -> tuple[bool, str, str]:
    """Consents that end come first, the soonest ending first; then those without end, the oldest first."""
    return "until" not in consent, consent.get("until", ""), consent["date"]


def editors_report(topics: list[Topic], _: Translator, limit: int | None = None) -> str:
    """Return the topics as plain text: each with its entries, one line each, most needed first.

    With limit, each topic lists only that many entries and says how many more there are (an issue on GitHub
    holds at most 65,536 characters).
    """
    lines = [_("Bericht für die Redaktion"), ""]
    for topic in topics:
        title = topic.title.translate(_)
        lines.append(f"{title} ({len(topic.tasks)})" if topic.counted else title)
        lines.append(f"  {topic.why.translate(_)}")
        if topic.link:
            lines.append(f"  {topic.link}")
        shown = topic.tasks[:limit]
        lines += [f"  {task.entry.file}" + (f": {task.detail.translate(_)}" if task.detail else "") for task in shown]
        if len(topic.tasks) > len(shown):
            lines.append("  " + _("… und {count} weitere").format(count=len(topic.tasks) - len(shown)))
        lines.append("")
    return "\n".join(lines)
