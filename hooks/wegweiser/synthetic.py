"""Write a clearly synthetic directory for load tests and benchmarks: python -m wegweiser.synthetic --count N.

Nothing in it is real: names say "Beispiel…", e-mail and web addresses are at
example.org, phone numbers are drama numbers and postal codes start with 00. The
same seed always gives byte-identical files.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from .model.stages import SOURCE_FIELDS, TEXT_FACTS
from .schema import field_enum, schema

HEADER = "# Synthetische Testdaten – keine echten Angebote\n"
RECORDED_BY = "Synthetische Testdaten"
MIN_COUNT = 10
REAL_DIRECTORY = Path(__file__).resolve().parents[2] / "directory"

LANGUAGES = ("ar", "fa", "uk", "ru", "tr", "en", "ku", "ti", "so", "ps")
# The word "example" in each language, so that translated texts are visibly synthetic in any script.
EXAMPLE = {"ar": "مثال", "fa": "نمونه", "uk": "Приклад", "ru": "Пример", "tr": "Örnek", "en": "Example",
           "ku": "Mînak", "ti": "ኣብነት", "so": "Tusaale", "ps": "بېلګه"}
STATUSES = ("reviewed", "draft", "machine")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
CEFR = ("A1", "A2", "B1", "B2", "C1")
CATEGORIES = ("public_office", "job_agency", "welfare", "education", "school", "university", "chamber",
              "association", "federal")
TOPICS = ("migration", "youth", "return", "housing", "education", "work", "health", "residence", "general")
# Migration counselling is the most common topic in the concept; the others share the rest.
TOPIC_WEIGHTS = (4, 2, 1, 1, 1, 2, 1, 2, 1)

# Drama numbers: the Bundesnetzagentur keeps these five blocks of 1000 (Berlin, Frankfurt, Hamburg,
# Köln, München) unassigned for media (Mitteilung 148/2021, Amtsblatt 7/2021), so dialling one reaches nobody.
DRAMA_NUMBERS = (("30", "23125"), ("69", "90009"), ("40", "66969"), ("221", "4710"), ("89", "99998"))

# Every past date lies before this day, so that the check against today passes on any later run.
LAST_PAST_DAY = date(2025, 6, 30)

# The concept's own text shows the goals and measures of each section as a block: a directory with fields of
# action needs every one of these sections, so the synthetic fields take them from the real ones.
CONCEPT_SECTIONS_FROM = REAL_DIRECTORY / "fields-of-action"
MIN_COUNT_WITH_FIELDS = 100
MEASURE_STATUSES = schema("fields-of-action")["properties"]["measures"]["items"]["properties"]["items"]["items"][
    "properties"]["status"]["enum"]

# Shares of the entries left after the fixed municipalities and course types; courses take the rest (~55 %).
SHARES = {"providers": 0.05, "counselling": 0.20, "helpers": 0.10, "round-tables": 0.10, "networks": 0.03}


def plan(count: int) -> dict[str, int]:
    """Return how many entries of each kind make up count files, in the order they are generated."""
    if count < MIN_COUNT:
        raise ValueError(f"count must be at least {MIN_COUNT}, got {count}")
    municipalities = min(20 + count // 1000, count // 10)
    course_types = max(1, min(10, count // 20))
    fields = len(concept_sections()) if count >= MIN_COUNT_WITH_FIELDS else 0  # all of the concept's, or none
    rest = count - municipalities - course_types - fields
    shares = {kind: round(rest * share) for kind, share in SHARES.items()}
    shares["providers"] = max(1, shares["providers"])
    return {"municipalities": municipalities, "providers": shares["providers"], "course-types": course_types,
            "courses": rest - sum(shares.values()), "counselling": shares["counselling"],
            "helpers": shares["helpers"], "round-tables": shares["round-tables"], "networks": shares["networks"],
            "fields-of-action": fields}


def concept_sections() -> list[tuple[str, list[str], list[str]]]:
    """Return each real field of action's number and the sections of its goals and of its measures."""
    fields = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(CONCEPT_SECTIONS_FROM.glob("*.yml"))]
    return [(field["number"], [g["section"] for g in field["goals"]], [g["section"] for g in field["measures"]])
            for field in fields]


def generate(directory: Path, count: int, seed: int = 1) -> int:
    """Write count synthetic entry files under directory; return the number of files written."""
    sizes = plan(count)  # before _prepare, so that a bad count leaves earlier files alone
    _prepare(directory)
    entries = _Generator(random.Random(seed), sizes).entries()
    for kind, entry in entries:
        path = directory / kind / f"{entry['id']}.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HEADER + _dump(entry), encoding="utf-8")
    return len(entries)


def _prepare(directory: Path) -> None:
    """Empty directory of earlier synthetic files; refuse anything that could hold real entries."""
    target = directory.resolve()
    if target == REAL_DIRECTORY or REAL_DIRECTORY in target.parents:
        raise ValueError(f"Refusing to write synthetic data into the real directory {REAL_DIRECTORY}")
    files = [path for path in target.rglob("*") if path.is_file()] if target.is_dir() else []
    foreign = [path for path in files if not _is_synthetic(path)]
    if foreign:
        raise ValueError(f"{directory} holds files that are not synthetic entries, e.g. {foreign[0]}")
    # Stale files of an earlier, larger run would otherwise stay and break "same seed, same tree".
    for path in files:
        path.unlink()


def _is_synthetic(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(HEADER.encode())) == HEADER.encode()


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, quoting strings of digits such as postal codes."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML leaves 00179 plain; YAML 1.2 tools in editors would read it as the number 179.
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'" if value.isdigit() else None)


_Dumper.add_representer(str, _represent_str)


def _dump(entry: dict[str, Any]) -> str:
    # Wide lines keep every text on one line; PyYAML quotes dates and times, which the reader accepts too.
    # The pure-Python emitter, not libyaml's, so that the bytes do not depend on how PyYAML was built.
    return yaml.dump(entry, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)


class _Generator:
    """Draw every entry from one random source, kind by kind, so that references always resolve."""

    def __init__(self, rng: random.Random, sizes: dict[str, int]) -> None:
        self.rng = rng
        self.sizes = sizes
        self.people = 0
        self.sections = concept_sections()
        self.populations: list[int] = []

    def entries(self) -> list[tuple[str, dict[str, Any]]]:
        """Return (kind, entry) pairs for every file, referenced kinds first."""
        makers = {"municipalities": self.municipality, "providers": self.provider, "course-types": self.course_type,
                  "courses": self.course, "counselling": self.counselling, "helpers": self.helper,
                  "round-tables": self.round_table, "networks": self.network,
                  "fields-of-action": self.field_of_action}
        return [(kind, makers[kind](n)) for kind, size in self.sizes.items() for n in range(1, size + 1)]

    # Kinds

    def municipality(self, n: int) -> dict[str, Any]:
        # One town is much larger than the rest, as Hildesheim is in the county.
        population = self.rng.randint(90_000, 110_000) if n == 1 else self.rng.randint(3_000, 30_000)
        self.populations.append(population)
        entry = self.head("beispielgemeinde", "Beispielgemeinde", n)
        foreign = int(population * self.rng.uniform(0.03, 0.2))
        entry.update(population=population, foreign_population=foreign, population_date=self.past_date(),
                     german_population=population - foreign, foreign_share=round(100 * foreign / population, 1),
                     foreign_share_change=round(self.rng.uniform(-1, 1), 1), population_source="Synthetische Daten")
        if self.chance(0.6):
            entry["rail_stops"] = [f"Beispielgemeinde {n} {stop}" for stop in
                                   self.rng.sample(["Bf", "Nord", "Süd", "Mitte"], self.rng.randint(1, 3))]
        return self.tail(entry, "gemeinde", n)

    def provider(self, n: int) -> dict[str, Any]:
        entry = self.head("beispieltraeger", "Beispielträger", n)
        if self.chance(0.4):
            entry["short_name"] = f"BT {n}"
        entry["category"] = self.rng.choice(CATEGORIES)
        if n > 1 and self.chance(0.2):
            entry["parent"] = f"beispieltraeger-{self.rng.randint(1, n - 1)}"  # only earlier ones: no cycles
        if self.chance(0.8):
            entry["municipality"] = self.municipality_id()
        self.maybe(entry, "languages_spoken", 0.4, self.languages)
        self.maybe(entry, "wheelchair_access", 0.4, lambda: self.rng.choice(field_enum("providers",
                                                                                      "wheelchair_access")))
        return self.tail(entry, "traeger", n)

    def course_type(self, n: int) -> dict[str, Any]:
        entry = self.head("beispielkursart", "Beispielkursart", n)
        if self.chance(0.5):
            entry["short_name"] = f"BK {n}"
        entry.update(stage=self.rng.randint(1, 4), funding=self.text(f"Beispielförderung {n}"),
                     eligibility=self.text("Alle Zugewanderten mit Wohnsitz in einer Beispielgemeinde."))
        entry.update(self.levels())
        later = range(n + 1, self.sizes["course-types"] + 1)
        if later and self.chance(0.7):
            entry["next"] = [f"beispielkursart-{i}" for i in sorted(self.rng.sample(later, min(len(later), 2)))]
        for field, values in SOURCE_FIELDS.items():  # a level or a following kind is published with its source
            if any(value in entry for value in values):
                entry[field] = self.fact_source()
        for name in TEXT_FACTS:
            self.maybe(entry, name, 0.5, lambda name=name: {"text": self.text(f"Beispielangabe ({name}) {n}"),
                                                             "source": self.fact_source()})
        return self.finish(entry)

    def fact_source(self) -> dict[str, str]:
        """Return the source of one fact: a public (example) source read on a past day."""
        return {"url": "https://www.example.org/quellen", "accessed": self.past_date()}

    def course(self, n: int) -> dict[str, Any]:
        entry = self.head("beispielkurs", "Beispielkurs", n)
        entry.update(type=f"beispielkursart-{self.rng.randint(1, self.sizes['course-types'])}",
                     provider=self.provider_id(), municipality=self.municipality_id())
        entry.update(self.levels())
        if self.chance(0.6):
            entry["places"] = self.rng.randint(6, 30)
        if self.chance(0.7):
            entry["schedule"] = self.schedule()
        for flag in ("childcare", "women_only"):
            if self.chance(0.4):
                entry[flag] = self.chance(0.3)
        self.maybe(entry, "cost", 0.5, lambda: self.text("Kostenlos für Teilnehmende mit Berechtigungsschein."))
        self.maybe(entry, "eligibility", 0.2, lambda: self.text("Nur für Teilnehmende aus dem Beispielprogramm."))
        self.maybe(entry, "languages", 0.5, self.languages)
        self.maybe(entry, "registration", 0.5, lambda: self.text(f"Anmeldung beim Träger, Kennziffer {n}."))
        return self.tail(entry, "kurs", n)

    def counselling(self, n: int) -> dict[str, Any]:
        entry = self.head("beispielberatung", "Beispielberatung", n)
        entry["topic"] = self.rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
        self.maybe(entry, "provider", 0.8, self.provider_id)
        self.maybe(entry, "municipality", 0.7, self.municipality_id)
        self.maybe(entry, "areas_served", 0.6, self.areas)
        self.maybe(entry, "target_group", 0.4, lambda: self.text("Zugewanderte ab 27 Jahren."))
        self.maybe(entry, "languages", 0.6, self.languages)
        self.maybe(entry, "cost", 0.3, lambda: self.text("Die Beratung ist kostenlos."))
        self.maybe(entry, "nationwide", 0.05, lambda: [entry["topic"]])  # a few that help beyond the county
        return self.tail(entry, "beratung", n)

    def helper(self, n: int) -> dict[str, Any]:
        entry = self.head("beispielhelfer", "Beispiel-Integrationshelfer*innen", n)
        entry["role"] = self.rng.choice(("regional", "municipal"))
        # The role decides which of provider and municipality is required; the other is optional.
        self.maybe(entry, "provider", 1.0 if entry["role"] == "regional" else 0.3, self.provider_id)
        self.maybe(entry, "municipality", 1.0 if entry["role"] == "municipal" else 0.3, self.municipality_id)
        self.maybe(entry, "areas_served", 0.8, self.areas)
        self.maybe(entry, "languages", 0.6, self.languages)
        return self.tail(entry, "hilfe", n)

    def round_table(self, n: int) -> dict[str, Any]:
        entry = self.head("beispieltisch", "Beispiel-Runder-Tisch", n)
        entry["municipality"] = self.municipality_id()
        week = self.rng.randint(1, 4)
        self.maybe(entry, "meetings", 0.7, lambda: self.text(f"Jeden {week}. Mittwoch im Monat"))
        self.maybe(entry, "meeting_schedule", 0.5, lambda: self.meeting_schedule(week))
        self.maybe(entry, "activities", 0.6, lambda: [self.text(f"Beispielaktivität {i}")
                                                      for i in range(1, self.rng.randint(2, 5))])
        self.maybe(entry, "languages", 0.4, self.languages)
        return self.tail(entry, "tisch", n)

    def network(self, n: int) -> dict[str, Any]:
        entry = self.head("beispielnetzwerk", "Beispielnetzwerk", n)
        self.maybe(entry, "short_name", 0.4, lambda: f"BN {n}")
        entry["category"] = self.rng.choice(field_enum("networks", "category"))
        entry["rhythm"] = self.rng.choice(field_enum("networks", "rhythm"))
        self.maybe(entry, "convenors", 0.5, lambda: [self.provider_id()])
        self.maybe(entry, "members", 0.8, lambda: self.some(self.provider_id, 6))
        self.maybe(entry, "member_municipalities", 0.5, self.areas)
        self.maybe(entry, "member_helpers", 0.5, lambda: self.some(self.helper_id, 8))
        self.maybe(entry, "participation", 0.6, lambda: self.text("Alle interessierten Stellen."))
        return self.tail(entry, "netzwerk", n)

    def field_of_action(self, n: int) -> dict[str, Any]:
        number, goals, measures = self.sections[n - 1]
        entry = self.head("beispielhandlungsfeld", "Beispielhandlungsfeld", n)
        entry["number"] = number
        entry["goals"] = [{"section": section, "title": self.text(f"Beispielziele {section}"),
                           "items": [self.text(f"Beispielziel {i}") for i in range(1, self.rng.randint(2, 8))]}
                          for section in goals]
        entry["measures"] = [{"section": section, "title": self.text(f"Beispielmaßnahmen {section}"),
                              "items": [self.measure(f"{section}-{i}") for i in range(1, self.rng.randint(2, 15))]}
                             for section in measures]
        return self.finish(entry)

    def measure(self, label: str) -> dict[str, Any]:
        measure: dict[str, Any] = {"text": self.text(f"Beispielmaßnahme {label}")}
        self.maybe(measure, "items", 0.15, lambda: [{"text": self.text(f"Beispielunterpunkt {i}"),
                                                     "actors": [f"providers/{self.provider_id()}"]}
                                                    for i in range(1, self.rng.randint(2, 5))])
        self.maybe(measure, "actors", 0.5, lambda: sorted({f"providers/{self.provider_id()}",
                                                           f"counselling/{self.counselling_id()}"}))
        self.maybe(measure, "year", 0.1, lambda: self.rng.randint(2015, 2020))
        self.maybe(measure, "until", 0.1, lambda: self.rng.randint(2021, 2024))
        self.maybe(measure, "status", 0.2, lambda: self.rng.choice(MEASURE_STATUSES))
        self.maybe(measure, "indicator", 0.05, lambda: self.text("Zahl der Teilnehmenden im Beispieljahr"))
        self.maybe(measure, "result", 0.05, lambda: self.text("Beispielergebnis"))
        self.maybe(measure, "updates", 0.05, lambda: [{"year": 2024, "note": self.text("Beispiel für einen neuen "
                                                                                       "Stand"),
                                                       "source": {"url": "https://www.example.org/quellen",
                                                                  "accessed": self.past_date()}}])
        return measure

    # Shared parts

    def head(self, slug: str, name: str, n: int) -> dict[str, Any]:
        entry: dict[str, Any] = {"id": f"{slug}-{n}", "name": self.text(f"{name} {n}")}
        self.maybe(entry, "description", 0.6, lambda: self.text(self.description(f"{name} {n}")))
        return entry

    def tail(self, entry: dict[str, Any], slug: str, n: int) -> dict[str, Any]:
        entry["contact"] = self.contact(f"{slug}-{n}")
        return self.finish(entry)

    def finish(self, entry: dict[str, Any]) -> dict[str, Any]:
        source: dict[str, Any] = {"url": "https://www.example.org/quellen", "accessed": self.past_date()}
        if self.chance(0.5):
            source["concept_section"] = f"{self.rng.randint(3, 5)}.{self.rng.randint(1, 9)}"
        entry["source"] = source
        if self.chance(0.3):
            entry["verified"] = {"by": RECORDED_BY, "on": self.past_date()}
        return entry

    def description(self, name: str) -> str:
        # One to four sentences, so that entry pages differ in length as real ones do.
        sentences = [f"{name} ist ein synthetischer Eintrag für Last- und Darstellungstests.",
                     "Es gibt dieses Angebot nicht.", "Alle Angaben sind ausgedacht.",
                     "Die Daten dienen nur zum Prüfen der Seiten."]
        return " ".join(sentences[: self.rng.randint(1, 4)])

    def text(self, german: str) -> str | dict[str, Any]:
        """Return German text, sometimes as a language map with translations of every status."""
        if self.chance(0.7):
            return german
        value: dict[str, Any] = {"de": german}
        for code in sorted(self.rng.sample(LANGUAGES, self.rng.randint(1, 3))):
            translated = f"{EXAMPLE[code]}: {german}"
            # A bare string is a draft; the map form names its status.
            value[code] = translated if self.chance(0.3) else {"text": translated, "status": self.rng.choice(STATUSES)}
        return value

    def contact(self, slug: str) -> str | dict[str, Any]:
        if self.chance(0.25):
            return "unknown"
        contact: dict[str, Any] = {}
        self.maybe(contact, "phone", 0.6, self.phone)
        self.maybe(contact, "email", 0.6, lambda: f"{slug}@example.org")
        self.maybe(contact, "website", 0.5, lambda: f"https://example.org/{slug}")
        self.maybe(contact, "address", 0.4, self.address)
        self.maybe(contact, "opening_hours", 0.4, self.opening_hours)
        self.maybe(contact, "hours", 0.3, lambda: self.text("Termine auch nach Vereinbarung."))
        self.maybe(contact, "person", 0.3, self.person)
        return contact or {"email": f"{slug}@example.org"}  # the schema wants at least one way in

    def person(self) -> dict[str, Any]:
        self.people += 1
        person: dict[str, Any] = {"name": f"Beispielperson {self.people}"}
        self.maybe(person, "role", 0.6, lambda: self.text("Ansprechperson"))
        self.maybe(person, "phone", 0.5, self.phone)
        self.maybe(person, "email", 0.5, lambda: f"person-{self.people}@example.org")
        fields = [name for name in ("name", "phone", "email") if name in person]
        channels = ["site", "open_data"] if self.chance(0.5) else ["site"]
        person["consent"] = {"date": self.past_date(), "recorded_by": RECORDED_BY, "fields": fields,
                             "channels": channels}
        return person

    def phone(self) -> str:
        area, block = self.rng.choice(DRAMA_NUMBERS)
        line = f"{self.rng.randrange(1000):03d}"
        return f"+49 {area} {block} {line}" if self.chance(0.5) else f"0{area} {block}{line}"

    def opening_hours(self) -> list[dict[str, Any]]:
        """Return one or two periods a week, sometimes with a break at noon."""
        days = [day for day in WEEKDAYS[:5] if self.chance(0.6)] or ["monday"]
        periods = [{"days": days, "from": "09:00", "to": "12:00"}]
        if self.chance(0.5):
            periods.append({"days": days[:2], "from": "14:00", "to": self.rng.choice(("16:00", "18:00"))})
        return periods

    def meeting_schedule(self, week: int) -> dict[str, Any]:
        hour = self.rng.choice((17, 18, 19))
        return {"start": self.past_date(), "weekday": "wednesday", "week_of_month": week,
                "time_from": f"{hour}:00", "time_to": f"{hour + 2}:00", "place": "Beispielhaus, Beispielweg 1"}

    def address(self) -> dict[str, Any]:
        municipality = self.rng.randint(1, self.sizes["municipalities"])
        return {"street": f"Beispielweg {self.rng.randint(1, 99)}",
                "postal_code": f"00{self.rng.randrange(1000):03d}",  # no German postal code starts with 00
                "locality": f"Beispielgemeinde {municipality}"}

    def schedule(self) -> dict[str, Any]:
        start = date(2026, 1, 5) + timedelta(days=self.rng.randrange(365))
        fields = {"start": start.isoformat(),
                  "end": (start + timedelta(weeks=self.rng.randint(4, 30))).isoformat(),
                  "days": [day for day in WEEKDAYS if self.chance(0.4)] or [self.rng.choice(WEEKDAYS)],
                  "lessons": self.rng.choice((100, 300, 400, 600, 700))}
        hour = self.rng.choice((8, 9, 13, 17, 18))
        times = {"time_from": f"{hour:02d}:{self.rng.choice(('00', '15', '30'))}",
                 "time_to": f"{hour + self.rng.randint(2, 4):02d}:{self.rng.choice(('00', '15', '45'))}"}
        note = {"note": self.text("Einstieg nach Absprache möglich.")}
        # Any non-empty subset; the two times only come together, as the check demands.
        chosen = {key: value for key, value in fields.items() if self.chance(0.6)}
        if self.chance(0.6):
            chosen.update(times)
        if self.chance(0.2):
            chosen.update(note)
        return chosen or {"start": fields["start"]}

    def levels(self) -> dict[str, str]:
        low, high = sorted(self.rng.sample(range(len(CEFR)), 2))
        levels = {"level_from": CEFR[low], "level_to": CEFR[high]}
        return {key: value for key, value in levels.items() if self.chance(0.6)}

    def languages(self) -> list[str]:
        return self.rng.sample(LANGUAGES, self.rng.randint(1, 4))

    def areas(self) -> list[str]:
        ids = range(1, self.sizes["municipalities"] + 1)
        return [f"beispielgemeinde-{i}" for i in sorted(self.rng.sample(ids, min(len(ids), self.rng.randint(1, 4))))]

    def municipality_id(self) -> str:
        # Offers cluster where people live: weight by population.
        return f"beispielgemeinde-{self.rng.choices(range(1, len(self.populations) + 1), self.populations)[0]}"

    def provider_id(self) -> str:
        return f"beispieltraeger-{self.rng.randint(1, self.sizes['providers'])}"

    def some(self, make: Callable[[], str], most: int) -> list[str]:
        """Return one to most different values of make(), sorted."""
        return sorted({make() for _ in range(self.rng.randint(1, most))})

    def counselling_id(self) -> str:
        return f"beispielberatung-{self.rng.randint(1, self.sizes['counselling'])}"

    def helper_id(self) -> str:
        return f"beispielhelfer-{self.rng.randint(1, self.sizes['helpers'])}"

    def past_date(self) -> str:
        return (LAST_PAST_DAY - timedelta(days=self.rng.randrange(900))).isoformat()

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def maybe(self, target: dict[str, Any], key: str, probability: float, make: Callable[[], Any]) -> None:
        """Set target[key] to make() with the given probability."""
        if self.chance(probability):
            target[key] = make()


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and write the synthetic directory."""
    parser = argparse.ArgumentParser(prog="python -m wegweiser.synthetic", description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True, help=f"number of entry files, at least {MIN_COUNT}")
    parser.add_argument("--out", type=Path, help="output folder (default: synthetic/COUNT)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    out = args.out or Path("synthetic") / str(args.count)
    try:
        written = generate(out, args.count, args.seed)
    except ValueError as error:
        parser.error(str(error))
    print(f"{written} synthetic entry files written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
