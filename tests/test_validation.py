"""The validator: every kind of mistake gives one exact, located message; nothing hides another."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from wegweiser.catalogs import compile_catalogs, load_translations
from wegweiser.cli import main
from wegweiser.messages import Translator, identity
from wegweiser.reports.problems import text_line
from wegweiser.source import load_directory

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
COURSE = "courses/kurs-a-beispielstadt.yml"
PHONE_HINT = "Schreiben Sie die Nummer mit Vorwahl, z. B. 05121 123456 oder +49 5121 123456."
WEB_HINT = "Schreiben Sie die Adresse so, wie sie im Browser steht, z. B. https://www.example.org/kurse."


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the valid fixture directory; paths in messages are shown relative to it."""
    shutil.copytree(FIXTURES / "valid", tmp_path / "directory")
    monkeypatch.chdir(tmp_path)
    return Path("directory")


def problems(tree: Path, _: Translator = identity) -> list[str]:
    return [text_line(p, _) for p in load_directory(tree)[1]]


def edit(tree: Path, name: str, old: str, new: str) -> None:
    path = tree / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_valid_fixture_has_no_problems(tree: Path) -> None:
    assert problems(tree) == []


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("municipality: beispielstadt", "municipality: beispielstat",
     "directory/courses/kurs-a-beispielstadt.yml:5:15 municipality: Unbekannte ID 'beispielstat' "
     "(gesucht in directory/municipalities/). Meinten Sie 'beispielstadt'?"),
    ("provider: beispiel-traeger", "provider: vhs",
     "directory/courses/kurs-a-beispielstadt.yml:4:11 provider: Unbekannte ID 'vhs' (gesucht in "
     "directory/providers/). Legen Sie zuerst directory/providers/vhs.yml an."),
    ("level_from: A1", "level_from: A3",
     "directory/courses/kurs-a-beispielstadt.yml:6:13 level_from: 'A3' ist nicht erlaubt. "
     "Erlaubt sind: A1, A2, B1, B2, C1, C2."),
    ("level_from: A1", "level_from: B1",
     "directory/courses/kurs-a-beispielstadt.yml:7:11 level_to: Das Zielniveau A2 liegt unter dem Startniveau B1. "
     "Prüfen Sie level_from und level_to."),
    ("start: 2026-03-02", "start: 2026-13-02",
     "directory/courses/kurs-a-beispielstadt.yml:10:10 schedule.start: '2026-13-02' ist kein gültiges Datum. "
     "Schreiben Sie das Datum als JJJJ-MM-TT, z. B. 2026-03-01."),
    ("days: [tuesday, monday]", "days: [tuesday, mondy]",
     "directory/courses/kurs-a-beispielstadt.yml:12:19 schedule.days[1]: 'mondy' ist nicht erlaubt. Erlaubt sind: "
     "monday, tuesday, wednesday, thursday, friday, saturday, sunday. Meinten Sie 'monday'?"),
    ('time_from: "09:00"', "time_from: 9:00",
     "directory/courses/kurs-a-beispielstadt.yml:13:14 schedule.time_from: '9:00' hat nicht die erwartete Form. "
     "Erwartet: Uhrzeit im Format HH:MM."),
    ('time_to: "12:15"', 'time_to: "08:15"',
     "directory/courses/kurs-a-beispielstadt.yml:14:12 schedule.time_to: Die Endzeit 08:15 liegt nicht nach der "
     "Anfangszeit 09:00. Schreiben Sie Uhrzeiten im 24-Stunden-Format, z. B. 14:30."),
    ("end: 2026-06-26", "end: 2026-02-26",
     "directory/courses/kurs-a-beispielstadt.yml:11:8 schedule.end: Das Ende (2026-02-26) liegt vor dem Beginn "
     "(2026-03-02). Prüfen Sie start und end."),
    ("places: 12", "places: zwölf",
     "directory/courses/kurs-a-beispielstadt.yml:8:9 places: Erwartet wird eine ganze Zahl, gefunden wurde ein Text. "
     "Gemeint ist: Anzahl der Plätze."),
    ("languages: [ar, fa, uk]", "languages: [ar, xx, uk]",
     "directory/courses/kurs-a-beispielstadt.yml:18:17 languages[1]: Unbekannter Sprachcode 'xx'. Verwenden Sie "
     "zweibuchstabige Codes nach ISO 639-1, z. B. ar (Arabisch), fa (Persisch), uk (Ukrainisch)."),
    ("childcare: true", "childcare: yes",
     "directory/courses/kurs-a-beispielstadt.yml:16:12 childcare: Erwartet wird true oder false, gefunden wurde "
     "ein Text. Gemeint ist: Kinderbetreuung während des Kurses."),
    ("registration:", "registraton:",
     "directory/courses/kurs-a-beispielstadt.yml:19:1 registraton: Unbekanntes Feld 'registraton'. "
     "Meinten Sie 'registration'?"),
    ("level_to: A2", "level_to: A2\nlevel_to: B1",
     "directory/courses/kurs-a-beispielstadt.yml:8:1 level_to: Das Feld steht doppelt (zuerst in Zeile 7). "
     "Löschen Sie eines der beiden Vorkommen."),
    ("on: 2026-01-15", "on: 2099-01-15",
     "directory/courses/kurs-a-beispielstadt.yml:22:31 verified.on: Das Datum 2099-01-15 liegt in der Zukunft. "
     "Tragen Sie das Datum ein, an dem die Angaben geprüft wurden."),
    ("on: 2026-01-15", "on: 1999-12-31",
     "directory/courses/kurs-a-beispielstadt.yml:22:31 verified.on: Das Datum 1999-12-31 liegt vor dem "
     "2000-01-01; das ist vermutlich ein Tippfehler. Tragen Sie das Datum ein, an dem die Angaben geprüft wurden."),
    ("accessed: 2026-01-10", "accessed: 2099-01-10",
     "directory/courses/kurs-a-beispielstadt.yml:21:59 source.accessed: Das Datum 2099-01-10 liegt in der Zukunft. "
     "Tragen Sie das Datum ein, an dem Sie die Quelle (url) gelesen haben."),
    ("accessed: 2026-01-10", "accessed: 1999-01-10",
     "directory/courses/kurs-a-beispielstadt.yml:21:59 source.accessed: Das Datum 1999-01-10 liegt vor dem "
     "2000-01-01; das ist vermutlich ein Tippfehler. Tragen Sie das Datum ein, an dem Sie die Quelle (url) "
     "gelesen haben."),
    (', accessed: 2026-01-10}', '}',
     "directory/courses/kurs-a-beispielstadt.yml:21:15 source.url: Zu 'url' fehlt 'accessed'. Eine öffentliche "
     "Quelle braucht die Adresse (url) und das Datum, an dem Sie sie gelesen haben (accessed), z. B. "
     "accessed: 2026-03-01."),
    ('url: "https://www.example.org/quelle", ', '',
     "directory/courses/kurs-a-beispielstadt.yml:21:20 source.accessed: Zu 'accessed' fehlt 'url'. Eine "
     "öffentliche Quelle braucht die Adresse (url) und das Datum, an dem Sie sie gelesen haben (accessed), z. B. "
     "accessed: 2026-03-01."),
    ('source: {url: "https://www.example.org/quelle", accessed: 2026-01-10}', 'source: {}',
     "directory/courses/kurs-a-beispielstadt.yml:21:9 source: Die Angabe ist leer. "
     "Ergänzen Sie Werte oder löschen Sie das Feld."),
    ('url: "https://www.example.org/quelle"', 'url: "http://www.example.org/quelle"',
     f"directory/courses/kurs-a-beispielstadt.yml:21:15 source.url: 'http://www.example.org/quelle' beginnt nicht "
     f"mit https://. {WEB_HINT}"),
    ('url: "https://www.example.org/quelle", accessed: 2026-01-10', 'legal_basis: "§ 44"',
     "directory/courses/kurs-a-beispielstadt.yml:21:23 source.legal_basis: '§ 44' hat nicht die erwartete Form. "
     "Erwartet: Rechtsgrundlage mit Paragraf und Gesetz, z. B. § 44 AufenthG, § 4 Abs. 1 IntV oder § 16 SGB II."),
    ('url: "https://www.example.org/quelle", accessed: 2026-01-10', 'legal_basis: 44 AufenthG',
     "directory/courses/kurs-a-beispielstadt.yml:21:23 source.legal_basis: '44 AufenthG' hat nicht die erwartete "
     "Form. Erwartet: Rechtsgrundlage mit Paragraf und Gesetz, z. B. § 44 AufenthG, § 4 Abs. 1 IntV oder "
     "§ 16 SGB II."),
    ('url: "https://www.example.org/quelle", accessed: 2026-01-10', 'accessed: 2026-01-10, concept: "3.6"',
     "directory/courses/kurs-a-beispielstadt.yml:21:32 source.concept: Unbekanntes Feld 'concept'. "
     "Meinten Sie 'concept_section'?"),
    ("verified: {by: Testdaten, on: 2026-01-15}", "verified: {by: Testdaten}",
     "directory/courses/kurs-a-beispielstadt.yml:22:11 verified: Pflichtfeld 'on' fehlt. "
     "Ergänzen Sie: Wann die Angaben geprüft wurden, JJJJ-MM-TT."),
    # Files written before verification was recorded as verified: {by, on} are told what to write instead.
    ("verified: {by: Testdaten, on: 2026-01-15}", "last_verified: 2026-01-15",
     "directory/courses/kurs-a-beispielstadt.yml:22:1 last_verified: Das Feld 'last_verified' gibt es nicht mehr. "
     "Schreiben Sie stattdessen verified: {by: <wer geprüft hat>, on: <JJJJ-MM-TT>}, aber nur, wenn jemand die "
     "Angaben wirklich geprüft hat; sonst löschen Sie die Zeile."),
    ('accessed: 2026-01-10}', 'accessed: 2026-01-10, verified_by: Redaktion}',
     "directory/courses/kurs-a-beispielstadt.yml:21:71 source.verified_by: Das Feld 'verified_by' gibt es nicht "
     "mehr. Schreiben Sie stattdessen auf oberster Ebene verified: {by: <wer geprüft hat>, on: <JJJJ-MM-TT>}, "
     "aber nur, wenn jemand die Angaben wirklich geprüft hat; sonst löschen Sie die Zeile."),
    ("type: kurs-a\n", "",
     "directory/courses/kurs-a-beispielstadt.yml:1:1: Pflichtfeld 'type' fehlt. "
     "Ergänzen Sie: Kursart (ID aus course-types)."),
    ("id: kurs-a-beispielstadt", "id: kurs-a-hildesheim",
     "directory/courses/kurs-a-beispielstadt.yml:1:5 id: Die ID 'kurs-a-hildesheim' passt nicht zum Dateinamen "
     "'kurs-a-beispielstadt.yml'. Die ID muss gleich dem Dateinamen ohne .yml sein: 'kurs-a-beispielstadt'."),
    ("contact: unknown", "contact: unbekannt",
     "directory/courses/kurs-a-beispielstadt.yml:20:10 contact: 'unbekannt' ist hier nicht erlaubt. Erwartet: "
     "Kontaktdaten, oder 'unknown', wenn keine bekannt sind (dann zeigt die Seite, wer stattdessen hilft)."),
    ("registration: Anmeldung beim Träger.", "registration: {de: ' '}",
     "directory/courses/kurs-a-beispielstadt.yml:19:20 registration.de: Der Text ist leer. "
     "Schreiben Sie einen Text oder löschen Sie das Feld."),
    ("registration: Anmeldung beim Träger.", "registration: {de: ''}",  # fails minLength and pattern: once
     "directory/courses/kurs-a-beispielstadt.yml:19:20 registration.de: Der Text ist leer. "
     "Schreiben Sie einen Text oder löschen Sie das Feld."),
    ("registration: Anmeldung beim Träger.", "registration: {en: Registration}",
     "directory/courses/kurs-a-beispielstadt.yml:19:15 registration: Pflichtfeld 'de' fehlt."),
    # Telephone numbers are checked by the phonenumbers library: each gets the one reason it is wrong.
    ("contact: unknown", "contact:\n  phone: '0512'",
     f"directory/courses/kurs-a-beispielstadt.yml:21:10 contact.phone: Die Telefonnummer '0512' gibt es so nicht. "
     f"{PHONE_HINT}"),
    ("contact: unknown", "contact:\n  phone: '+49 1'",
     f"directory/courses/kurs-a-beispielstadt.yml:21:10 contact.phone: Die Telefonnummer '+49 1' ist zu kurz. "
     f"{PHONE_HINT}"),
    ("contact: unknown", "contact:\n  phone: '+999 123456'",
     f"directory/courses/kurs-a-beispielstadt.yml:21:10 contact.phone: Die Telefonnummer '+999 123456' hat keine "
     f"gültige Ländervorwahl. {PHONE_HINT}"),
    ("contact: unknown", "contact:\n  phone: '05121 1234567890123'",
     f"directory/courses/kurs-a-beispielstadt.yml:21:10 contact.phone: Die Telefonnummer '05121 1234567890123' ist "
     f"zu lang. {PHONE_HINT}"),
    ("contact: unknown", "contact:\n  phone: 'null fünf eins'",
     f"directory/courses/kurs-a-beispielstadt.yml:21:10 contact.phone: 'null fünf eins' ist keine Telefonnummer. "
     f"{PHONE_HINT}"),
    ("contact: unknown", "contact:\n  email: kurse(at)example.org",
     "directory/courses/kurs-a-beispielstadt.yml:21:10 contact.email: 'kurse(at)example.org' hat nicht die "
     "erwartete Form. Erwartet: E-Mail-Adresse."),
    ("contact: unknown", "contact:\n  email: kurse@exa_mple.org",
     "directory/courses/kurs-a-beispielstadt.yml:21:10 contact.email: 'kurse@exa_mple.org' hat nicht die "
     "erwartete Form. Erwartet: E-Mail-Adresse."),
    ("contact: unknown", "contact:\n  email: 'kurse@example.org <Kurse>'",
     "directory/courses/kurs-a-beispielstadt.yml:21:10 contact.email: 'kurse@example.org <Kurse>' hat nicht die "
     "erwartete Form. Erwartet: E-Mail-Adresse."),
    ("contact: unknown", "contact:\n  email: kurse@-example.org",
     "directory/courses/kurs-a-beispielstadt.yml:21:10 contact.email: 'kurse@-example.org' hat nicht die "
     "erwartete Form. Erwartet: E-Mail-Adresse."),
    # Web addresses must be https:// to a named host; each mistake gives one message, not one per keyword.
    ("contact: unknown", "contact:\n  website: http://example.org",
     f"directory/courses/kurs-a-beispielstadt.yml:21:12 contact.website: 'http://example.org' beginnt nicht mit "
     f"https://. {WEB_HINT}"),
    ("contact: unknown", "contact:\n  website: 'javascript:alert(1)'",
     f"directory/courses/kurs-a-beispielstadt.yml:21:12 contact.website: 'javascript:alert(1)' beginnt nicht mit "
     f"https://. {WEB_HINT}"),
    ("contact: unknown", "contact:\n  website: 'https://exa mple.org'",
     f"directory/courses/kurs-a-beispielstadt.yml:21:12 contact.website: 'https://exa mple.org' ist keine gültige "
     f"Internetadresse. {WEB_HINT}"),
    ("contact: unknown", "contact:\n  website: 'https://user@host.org'",
     f"directory/courses/kurs-a-beispielstadt.yml:21:12 contact.website: 'https://user@host.org' ist keine gültige "
     f"Internetadresse. {WEB_HINT}"),
    ("contact: unknown", "contact:\n  website: 'https://localhost/kurse'",
     f"directory/courses/kurs-a-beispielstadt.yml:21:12 contact.website: 'https://localhost/kurse' ist keine "
     f"gültige Internetadresse. {WEB_HINT}"),
])
def test_course_mistake(tree: Path, old: str, new: str, expected: str) -> None:
    edit(tree, COURSE, old, new)
    assert problems(tree) == [expected]


@pytest.mark.parametrize("address", [
    'https://example.org/a"b',  # percent-encoded when written into a page
    "https://www.example.org/kurse?tag=mo&zeit=9#anmeldung",
    "https://bürgerbüro.example.org/",
    "https://example.org:8443/",
])
def test_web_addresses_accepted(tree: Path, address: str) -> None:
    edit(tree, COURSE, "contact: unknown", f"contact:\n  website: '{address}'")
    assert problems(tree) == []


@pytest.mark.parametrize(("name", "old", "new", "expected"), [
    ("counselling/beratung-beispiel.yml", '"030 23125456"', '"030 231254567890123"',
     f"directory/counselling/beratung-beispiel.yml:9:10 contact.phone: Die Telefonnummer '030 231254567890123' "
     f"ist zu lang. {PHONE_HINT}"),
    ("helpers/helfer-beispielstadt.yml",
     "    consent: {date: 2026-01-10, recorded_by: Testdaten, fields: [name, email], channels: [site]}\n", "",
     "directory/helpers/helfer-beispielstadt.yml:8:5 contact.person: Personenbezogene Daten ohne Einwilligung: "
     "'consent' fehlt. Tragen Sie unter consent das Datum der schriftlichen Einwilligung (date), wer sie "
     "aufbewahrt (recorded_by), für welche Angaben sie gilt (fields) und wo (channels) ein, oder entfernen Sie die "
     "Angaben zur Person."),
    ("helpers/helfer-beispielstadt.yml", "consent: {date: 2026-01-10", "consent: {date: 1900-01-01",
     "directory/helpers/helfer-beispielstadt.yml:11:21 contact.person.consent.date: Das Datum 1900-01-01 liegt vor "
     "dem 2000-01-01; das ist vermutlich ein Tippfehler. Tragen Sie das Datum ein, an dem die Einwilligung "
     "erteilt wurde."),
    ("course-types/kurs-b.yml", "status: reviewed", "status: checked",
     "directory/course-types/kurs-b.yml:4:32 name.en.status: 'checked' ist nicht erlaubt. "
     "Erlaubt sind: reviewed, draft, machine."),
    ("round-tables/runder-tisch-beispielstadt.yml", "activities: [Sprachcafé, Fahrradwerkstatt]",
     "activities:\n  - {de: Sprachcafé, qq: Café}",
     "directory/round-tables/runder-tisch-beispielstadt.yml:13:22 activities[0].qq: Unbekannter Sprachcode 'qq'. "
     "Verwenden Sie zweibuchstabige Codes nach ISO 639-1, z. B. ar (Arabisch), fa (Persisch), uk (Ukrainisch)."),
    ("municipalities/beispielstadt.yml", "population_date: 2020-12-31", "population_date: 2099-12-31",
     "directory/municipalities/beispielstadt.yml:5:18 population_date: Das Datum 2099-12-31 liegt in der Zukunft. "
     "Tragen Sie den Stichtag ein, auf den sich die Einwohnerzahl bezieht."),
    # A broken provider is reported once; the courses that refer to it do not add "unknown id".
    ("providers/beispiel-traeger.yml", "category: education", "category: bildung",
     "directory/providers/beispiel-traeger.yml:3:11 category: 'bildung' ist nicht erlaubt. Erlaubt sind: "
     "public_office, job_agency, welfare, education, school, university, chamber, association, federal."),
    # Even when it is no YAML at all.
    ("providers/beispiel-traeger.yml", "category: education", "category: [education",
     "directory/providers/beispiel-traeger.yml:4:13: Die Datei ist kein gültiges YAML: did not find expected ',' or "
     "']'. Prüfen Sie die Einrückung: Felder derselben Ebene beginnen in derselben Spalte."),
])
def test_mistake_in_other_kinds(tree: Path, name: str, old: str, new: str, expected: str) -> None:
    edit(tree, name, old, new)
    assert problems(tree) == [expected]


def test_every_missing_field_is_named_once(tree: Path) -> None:
    edit(tree, "helpers/helfer-beispielstadt.yml", "source: {legal_basis: § 45a AufenthG}\n", "")
    edit(tree, "helpers/helfer-beispielstadt.yml", "consent: {date: 2026-01-10, recorded_by: Testdaten, "
         "fields: [name, email], channels: [site]}",
         "consent: {}")
    assert problems(tree) == [
        "directory/helpers/helfer-beispielstadt.yml:1:1: Pflichtfeld 'source' fehlt. Ergänzen Sie: Woher die "
        "Angaben stammen: concept_section, legal_basis oder url mit accessed (mindestens eins).",
        "directory/helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'date' fehlt. "
        "Ergänzen Sie: Datum im Format JJJJ-MM-TT.",
        "directory/helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'recorded_by' fehlt. "
        "Ergänzen Sie: Wer die schriftliche Einwilligung aufbewahrt.",
        "directory/helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'fields' fehlt. "
        "Ergänzen Sie: Welche Angaben zur Person veröffentlicht werden dürfen: name, phone, email.",
        "directory/helpers/helfer-beispielstadt.yml:11:14 contact.person.consent: Pflichtfeld 'channels' fehlt. "
        "Ergänzen Sie: Wo sie veröffentlicht werden dürfen: site (diese Website), open_data (offene Daten zum "
        "Herunterladen).",
    ]


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "directory/providers/broken.yml: Die Datei ist leer. Füllen Sie die Datei nach der Vorlage in "
          "CONTRIBUTING.md aus oder löschen Sie sie."),
    (b"# nur ein Kommentar\n", "directory/providers/broken.yml: Die Datei ist leer. Füllen Sie die Datei nach der "
                               "Vorlage in CONTRIBUTING.md aus oder löschen Sie sie."),
    (b"id: broken\n\tname: x\n", "directory/providers/broken.yml:2:1: Tabulatorzeichen zum Einrücken gefunden. "
                                 "Rücken Sie in YAML nur mit Leerzeichen ein."),
    (b"id: broken\nname: M\xfcller\n", "directory/providers/broken.yml:2:8: Die Datei ist nicht in UTF-8 gespeichert "
                                       "(Byte 0xFC). Speichern Sie die Datei im Editor mit der Kodierung UTF-8."),
    (b"- id: broken\n- name: x\n", "directory/providers/broken.yml:1:1: Erwartet wird eine Zuordnung von Feldern "
                                   "(feld: wert), gefunden wurde eine Liste. Jede Datei beschreibt genau einen "
                                   "Eintrag; entfernen Sie die Spiegelstriche vor den Feldern."),
    (b"broken\n", "directory/providers/broken.yml:1:1: Erwartet wird eine Zuordnung von Feldern (feld: wert), "
                  "gefunden wurde ein einzelner Wert. Jede Datei beschreibt genau einen Eintrag; entfernen Sie die "
                  "Spiegelstriche vor den Feldern."),
    (b"id: broken\nname: Beratung: Wohnen\n", "directory/providers/broken.yml:2:15: Die Datei ist kein gültiges "
                                              "YAML: mapping values are not allowed in this context. Enthält ein "
                                              "Text einen Doppelpunkt? Setzen Sie den Text in Anführungszeichen."),
    (b"id: broken\nname: [x\n", "directory/providers/broken.yml:3:1: Die Datei ist kein gültiges YAML: did not find "
                                "expected ',' or ']'. Prüfen Sie die Einrückung: Felder derselben Ebene beginnen in "
                                "derselben Spalte."),
    (b"a" * (11 * 1024 * 1024), "directory/providers/broken.yml: Die Datei ist 11 MB groß; ein Eintrag darf höchstens "
                                "256 KB groß sein. Prüfen Sie, ob versehentlich eine andere Datei gespeichert wurde."),
    # libyaml counts the position of a control character in bytes; the report counts characters, as editors do.
    ("id: broken\nname: Größe \x01\n".encode(), "directory/providers/broken.yml:2:13: Die Datei enthält das "
                                                "unsichtbare Steuerzeichen U+0001. Löschen Sie das Zeichen; es "
                                                "stammt meist aus einem kopierten Text."),
])
def test_unreadable_file(tree: Path, content: bytes, expected: str) -> None:
    (tree / "providers" / "broken.yml").write_bytes(content)
    assert problems(tree) == [expected]


def test_misplaced_files(tree: Path) -> None:
    (tree / "kurs.yml").write_text("id: kurs\n", encoding="utf-8")
    shutil.move(tree / COURSE, tree / "courses" / "kurs-a-beispielstadt.yaml")
    assert problems(tree) == [
        "directory/courses/kurs-a-beispielstadt.yaml: Die Datei endet auf .yaml. Benennen Sie sie in "
        "kurs-a-beispielstadt.yml um.",
        "directory/kurs.yml: Diese Datei liegt an einer Stelle, an der keine Einträge gelesen werden. Einträge "
        "gehören als .yml-Datei in einen dieser Ordner: providers, municipalities, course-types, courses, "
        "counselling, helpers, round-tables, networks, fields-of-action.",
    ]


def test_all_errors_are_collected_across_files(tree: Path) -> None:
    (tree / "providers" / "empty.yml").write_bytes(b"")
    edit(tree, COURSE, "level_from: A1", "level_from: A3")
    edit(tree, "municipalities/beispielstadt.yml", "population: 12345", "population: 12")
    found = problems(tree)
    assert [line.split(" ")[0] for line in found] == [
        "directory/courses/kurs-a-beispielstadt.yml:6:13",
        "directory/municipalities/beispielstadt.yml:4:21",
        "directory/providers/empty.yml:",
    ]


def test_yaml_11_surprises_stay_text(tree: Path) -> None:
    directory, found = load_directory(tree)
    assert found == []
    course = directory.get("courses", "kurs-a-beispielstadt")
    assert course.get("schedule")["time_from"] == "09:00"
    assert course.get("verified") == {"by": "Testdaten", "on": "2026-01-15"}
    assert directory.get("providers", "beispiel-traeger").get("contact")["address"]["postal_code"] == "00000"


def test_messages_exist_in_english(tree: Path) -> None:
    edit(tree, COURSE, "level_from: A1", "level_from: A3")
    compile_catalogs(ROOT / "translations")
    english = load_translations(ROOT / "translations", "en").gettext
    assert problems(tree, english) == [
        "directory/courses/kurs-a-beispielstadt.yml:6:13 level_from: 'A3' is not allowed. "
        "Allowed values: A1, A2, B1, B2, C1, C2."]


def test_future_dates_are_judged_against_today(tree: Path) -> None:
    found = load_directory(tree, today=date(2026, 1, 14))[1]
    assert {(p.code, p.field) for p in found} == {("date.future", "verified.on")}
    assert load_directory(tree, today=date(2026, 1, 15))[1] == []


def test_real_directory_is_valid() -> None:
    directory, found = load_directory(ROOT / "directory")
    assert [text_line(p, identity) for p in found] == []
    assert len(directory.entries["municipalities"]) == 18


def test_renamed_file_fails_in_every_file_that_names_it(tree: Path) -> None:
    """A pull request that renames a file but not its id, nor the references to it: each file says what to write."""
    shutil.move(tree / "providers" / "beispiel-traeger.yml", tree / "providers" / "traeger-neu.yml")
    renamed = ("Die Datei directory/providers/traeger-neu.yml trägt noch die ID 'beispiel-traeger': Wurde sie "
               "umbenannt, schreiben Sie hier 'traeger-neu'.")
    assert problems(tree) == [
        "directory/counselling/beratung-beispiel.yml:4:11 provider: Unbekannte ID 'beispiel-traeger' (gesucht in "
        f"directory/providers/). {renamed}",
        "directory/courses/kurs-a-beispielstadt.yml:4:11 provider: Unbekannte ID 'beispiel-traeger' (gesucht in "
        f"directory/providers/). {renamed}",
        "directory/networks/netzwerk-beispiel.yml:5:13 convenors[0]: Unbekannte ID 'beispiel-traeger' (gesucht in "
        f"directory/providers/). {renamed}",
        "directory/providers/traeger-neu.yml:1:5 id: Die ID 'beispiel-traeger' passt nicht zum Dateinamen "
        "'traeger-neu.yml'. Die ID muss gleich dem Dateinamen ohne .yml sein: 'traeger-neu'.",
    ]


@pytest.mark.parametrize(("name", "old", "new"), [
    ("providers/beispiel-traeger.yml", "name: Beispiel-Träger", "name: [Beispiel-Träger"),  # broken YAML
    ("courses/kurs-a-beispielstadt.yml", "type: kurs-a", "type: kurs-x"),  # an unknown id
    ("helpers/helfer-beispielstadt.yml",
     "    consent: {date: 2026-01-10, recorded_by: Testdaten, fields: [name, email], channels: [site]}\n", ""),
])
def test_a_mistake_in_a_pull_request_fails_the_check_with_an_annotation(
        tree: Path, name: str, old: str, new: str, capsys: pytest.CaptureFixture[str]) -> None:
    """What the workflow runs: the check fails, and GitHub shows the message on the file's line."""
    edit(tree, name, old, new)
    assert main(["check", str(tree), "--format", "github"]) == 1
    annotations = capsys.readouterr().out.splitlines()
    assert annotations
    assert all(re.match(rf"::error file=directory/{re.escape(name)},line=[1-9]\d*,col=[1-9]\d*[:,]", line)
               for line in annotations), annotations
