"""A directory of hostile but valid entries: markup, script, Markdown, Jinja and bidi marks in every text.

Every free-text and translated field of every kind holds all the payloads below
(tests/test_hostile.py checks that against the schemas), URL fields hold values that
try to break out of the attribute, and one entry of each kind has a 100 KB word. The
site must show all of it as text and run none of it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from wegweiser.model.stages import TEXT_FACTS

# Each payload that could run calls alert(); a test fails on any dialog.
PAYLOADS = (
    "<img src=x onerror=alert(1)>",
    "</h1><script>alert(2)</script>",
    '" onmouseover="alert(3)" x="',
    "' onfocus='alert(4)' autofocus x='",
    '<a href="javascript:alert(5)">Link</a>',
    "[klick](javascript:alert(6))",
    "Zuwander*innen und Schüler*innen",
    "`code` und **fett** und _kursiv_",
    '{: .x onclick="alert(7)" }',
    "{{ 7*7 }} {% if true %}J{% endif %} ${7*7}",
    "&lt;b&gt; &amp; &#60;i&#62;",
    "\u200fمرحبا\u200e LTR \u061c",
)
HOSTILE = " ".join(PAYLOADS)
LONG_WORD = "Donaudampfschifffahrt" * 4900  # about 100 KB without a space
HOSTILE_URLS = ('https://example.org/"onmouseover="alert(8)',
                "https://example.org/<script>alert(9)</script>?q='x'#\"y\"")
CHECKED_ON = "2026-01-15"


def text(label: str, long: bool = False) -> dict[str, Any]:
    """A translated text field: German (hostile, or one 100 KB word), reviewed English and draft Arabic."""
    german = f"{label} {LONG_WORD}" if long else f"{label} {HOSTILE}"
    return {"de": german, "en": {"text": f"EN {label} {HOSTILE}", "status": "reviewed"}, "ar": f"AR {label} {HOSTILE}"}


def plain(label: str) -> str:
    return f"{label} {HOSTILE}"


def contact(label: str, url: str) -> dict[str, Any]:
    return {
        "phone": "030 23125456",
        "email": "kontakt@example.org",
        "website": url,
        "address": {"street": plain(f"{label} Straße"), "postal_code": "00000", "locality": plain(f"{label} Ort")},
        "hours": text(f"{label} Zeiten"),
        "person": {"name": plain(f"{label} Person"), "role": text(f"{label} Rolle"), "phone": "+49 30 23125457",
                   "email": "person@example.org", "consent": {"date": "2026-01-10", "recorded_by": plain("Akte"),
                                                          "fields": ["name", "phone", "email"], "channels": ["site"]}},
    }


def common(kind: str, entry_id: str, long: bool) -> dict[str, Any]:
    return {"id": entry_id, "name": text(f"{kind} Name"), "description": text(f"{kind} Text", long=long),
            "source": {"url": HOSTILE_URLS[0], "accessed": CHECKED_ON, "legal_basis": "§ 44 AufenthG"},
            "verified": {"by": plain("Prüfung"), "on": CHECKED_ON}}


def _fact_source() -> dict[str, str]:
    """The source of one fact of a kind of course: an address that tries to break out of its attribute."""
    return {"url": HOSTILE_URLS[1], "accessed": CHECKED_ON, "legal_basis": "§ 43 AufenthG"}


def entries() -> dict[str, list[dict[str, Any]]]:
    """Return the hostile entries by kind: one with every field, one with a 100 KB word and no contact."""
    found: dict[str, list[dict[str, Any]]] = {}
    for number, (kind, fields) in enumerate(_fields().items()):
        full = {**common(kind, f"boese-{kind}", long=False), **fields,
                "contact": contact(kind, HOSTILE_URLS[number % 2])}
        bare = {**common(kind, f"lang-{kind}", long=True), **fields, "contact": "unknown"}
        if kind == "courses":  # a name that long must wrap in headings, lists and links too
            bare["name"], bare["description"] = text("Kurs", long=True), text("Kurs")
        if kind in ("course-types", "fields-of-action"):  # no contact of their own
            del full["contact"], bare["contact"]
        if kind == "fields-of-action":  # a section of the concept stands in one field only
            bare.update(_field_of_action("9.1", ["9.1.1"], ["9.1.2"]))
        found[kind] = [full, bare]
    return found


def _fields() -> dict[str, dict[str, Any]]:
    place, provider = "boese-municipalities", "boese-providers"
    return {
        "municipalities": {"population": 1000, "foreign_population": 100, "population_date": "2020-12-31",
                           "german_population": 900, "foreign_share": 10.0, "foreign_share_change": -0.1,
                           "population_source": plain("Quelle"), "rail_stops": [plain("Halt")]},
        "providers": {"short_name": plain("Kurz"), "category": "education", "municipality": place},
        "course-types": {"short_name": plain("Kurz"), "stage": 2, "funding": text("Förderung"),
                         "eligibility": text("Teilnahme"), "level_from": "A1", "level_to": "B1",
                         "levels_source": _fact_source(), "next": ["lang-course-types"],
                         "next_source": _fact_source(),
                         **{name: {"text": text(name), "source": _fact_source()} for name in TEXT_FACTS}},
        "courses": {"type": "boese-course-types", "provider": provider, "municipality": place,
                    "schedule": {"start": "2026-03-02", "end": "2026-06-26", "days": ["monday"],
                                 "time_from": "09:00", "time_to": "12:00", "lessons": 100, "note": text("Termine")},
                    "childcare": True, "women_only": False, "cost": text("Kosten"), "eligibility": text("Wer"),
                    "languages": ["ar", "uk"], "registration": text("Anmeldung")},
        "counselling": {"topic": "migration", "provider": provider, "municipality": place, "areas_served": [place],
                        "target_group": text("Zielgruppe"), "languages": ["fa"], "cost": text("Kosten")},
        "helpers": {"role": "municipal", "municipality": place, "areas_served": [place], "languages": ["tr"]},
        "round-tables": {"municipality": place, "meetings": text("Treffen"),
                         "meeting_schedule": {"start": "2026-01-07", "weekday": "wednesday", "week_of_month": -1,
                                              "time_from": "18:00", "time_to": "20:00", "place": plain("Treffpunkt")},
                         "activities": [text("Aktivität"), text("Noch eine")], "languages": ["ru"]},
        "networks": {"short_name": plain("Kurz"), "category": "working_group", "rhythm": "quarterly",
                     "convenors": [provider], "members": [provider], "member_municipalities": [place],
                     "member_helpers": ["boese-helpers"], "participation": text("Teilnahme")},
        "fields-of-action": _field_of_action("5.1", _concept_sections("goals"), _concept_sections("measures")),
    }


def _field_of_action(number: str, goals: list[str], measures: list[str]) -> dict[str, Any]:
    """A field of action whose goals and measures, under each section given, are hostile in every text."""
    measure = {"text": text("Maßnahme"),
               "items": [{"text": text("Unterpunkt"), "actors": ["providers/boese-providers"]}],
               "actors": ["providers/boese-providers", "networks/boese-networks"], "year": 2017, "until": 2020,
               "status": "ended", "indicator": text("Indikator"), "result": text("Ergebnis"),
               "updates": [{"year": 2023, "status": "running", "note": text("Neuer Stand"),
                            "source": {"url": HOSTILE_URLS[1], "accessed": CHECKED_ON},
                            "verified": {"by": plain("Prüfung"), "on": CHECKED_ON}}]}
    return {"number": number,
            "goals": [{"section": section, "title": text("Ziele"), "items": [text("Ziel")]} for section in goals],
            "measures": [{"section": section, "title": text("Maßnahmen"), "items": [measure]} for section in measures]}


def _concept_sections(block: str) -> list[str]:
    """Return the sections the concept's text shows as data blocks of a kind: each gets hostile text."""
    pages = sorted((Path(__file__).resolve().parents[1] / "docs" / "concept").glob("*.md"))
    pattern = re.compile(rf'data-ww-block="{block}" data-ww-ref="([^"]+)"')
    return [ref for page in pages for ref in pattern.findall(page.read_text(encoding="utf-8"))]


def write_hostile_directory(root: Path) -> Path:
    """Write the hostile entries as YAML files under root; return root."""
    for kind, items in entries().items():
        (root / kind).mkdir(parents=True, exist_ok=True)
        for entry in items:
            text_ = yaml.safe_dump(entry, allow_unicode=True, sort_keys=False, width=1000)
            (root / kind / f"{entry['id']}.yml").write_text(text_, encoding="utf-8")
    return root
