"""Turn JSON Schema validation errors into problems an editor can act on."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..messages import N_, Message, msg
from ..model import phone
from ..schema import resolve
from .problems import Problem
from .yaml_reader import JsonPath, SourceFile, dotted_path

if TYPE_CHECKING:
    from jsonschema import ValidationError

TYPE_NAMES = {
    "string": N_("ein Text"),
    "integer": N_("eine ganze Zahl"),
    "number": N_("eine Zahl"),
    "boolean": N_("true oder false"),
    "object": N_("eine Zuordnung von Feldern (feld: wert)"),
    "array": N_("eine Liste"),
    "null": N_("ein leerer Wert"),
}

PHONE_REASONS = {
    phone.TOO_SHORT: N_("Die Telefonnummer {number} ist zu kurz."),
    phone.TOO_LONG: N_("Die Telefonnummer {number} ist zu lang."),
    phone.BAD_COUNTRY: N_("Die Telefonnummer {number} hat keine gültige Ländervorwahl."),
    phone.NOT_A_NUMBER: N_("{number} ist keine Telefonnummer."),
    phone.UNASSIGNED: N_("Die Telefonnummer {number} gibt es so nicht."),
}


def schema_problems(source: SourceFile, errors: Iterable[ValidationError]) -> list[Problem]:
    """Return one problem per mistake, each placed at its line and column.

    A value can fail several keywords for one mistake: an empty text fails minLength and
    pattern alike, a wrong telephone number its pattern and its format. It gets one
    problem, and the format's message, which knows why, wins over the pattern's.
    """
    problems = [problem for error in errors for problem in _problems_for(source, error)]
    formats = {p.field for p in problems if p.code == "schema.format"}
    unique: list[Problem] = []
    for problem in problems:
        if problem.code == "schema.pattern" and problem.field in formats:
            continue
        if not any(_same_text(problem, other) for other in unique):
            unique.append(problem)
    return unique


def _same_text(one: Problem, other: Problem) -> bool:
    return (one.field, one.message, one.hint) == (other.field, other.message, other.hint)


def _problems_for(source: SourceFile, error: ValidationError) -> list[Problem]:
    if error.validator == "anyOf":
        return _best_branch(source, error)
    path: JsonPath = tuple(error.absolute_path)
    if error.validator == "additionalProperties":
        return [_unknown_field(source, path, key, error) for key in _extra_keys(error)]
    if error.validator == "required":
        # jsonschema gives one error per missing field, but does not say which: name them all, once.
        line, column = source.position(path)
        return [Problem("schema.required", *_missing_field(error, name), source.path, line, column, dotted_path(path))
                for name in error.validator_value if name not in error.instance]
    message, hint = _describe(error)
    is_key = "propertyNames" in error.absolute_schema_path  # the mistake is a key, e.g. a language code
    if is_key:
        path += (error.instance,)
    line, column = source.position(path, key=is_key)
    return [Problem(f"schema.{error.validator}", message, hint, source.path, line, column, dotted_path(path))]


def _best_branch(source: SourceFile, error: ValidationError) -> list[Problem]:
    """Report the alternative that matches the value's type, not a wall of alternatives."""
    wanted = _json_type(error.instance)
    for index, branch in enumerate(error.validator_value):
        if resolve(branch).get("type") == wanted:
            sub = [e for e in error.context if e.relative_schema_path[0] == index]
            return [p for e in sub for p in _problems_for(source, e)]
    path: JsonPath = tuple(error.absolute_path)
    line, column = source.position(path)
    expected = Message(resolve(error.schema).get("description", ""))
    return [Problem("schema.anyOf", msg("{value} ist hier nicht erlaubt.", value=_show(error.instance)),
                    msg("Erwartet: {expected}.", expected=expected), source.path, line, column, dotted_path(path))]


# Fields that were replaced: a file written before the change gets told what to write instead.
RETIRED_FIELDS = {
    "last_verified": N_("Schreiben Sie stattdessen verified: {by: <wer geprüft hat>, on: <JJJJ-MM-TT>}, "
                        "aber nur, wenn jemand die Angaben wirklich geprüft hat; sonst löschen Sie die Zeile."),
    "verified_by": N_("Schreiben Sie stattdessen auf oberster Ebene verified: {by: <wer geprüft hat>, "
                      "on: <JJJJ-MM-TT>}, aber nur, wenn jemand die Angaben wirklich geprüft hat; "
                      "sonst löschen Sie die Zeile."),
}


def _unknown_field(source: SourceFile, path: JsonPath, key: str, error: ValidationError) -> Problem:
    line, column = source.position(path + (key,), key=True)
    if key in RETIRED_FIELDS:
        return Problem("schema.retired-field", msg("Das Feld '{field}' gibt es nicht mehr.", field=key),
                       Message(RETIRED_FIELDS[key]), source.path, line, column, dotted_path(path + (key,)))
    allowed = sorted(error.schema.get("properties", {}))
    close = difflib.get_close_matches(key, allowed, n=1)
    hint = (msg("Meinten Sie '{match}'?", match=close[0]) if close
            else msg("Erlaubt sind: {fields}.", fields=", ".join(allowed)))
    return Problem("schema.unknown-field", msg("Unbekanntes Feld '{field}'.", field=key), hint,
                   source.path, line, column, dotted_path(path + (key,)))


def _extra_keys(error: ValidationError) -> list[str]:
    allowed = set(error.schema.get("properties", {}))
    return [key for key in error.instance if key not in allowed]


def _describe(error: ValidationError) -> tuple[Message, Message | None]:
    """Return (what is wrong, how to fix it) for one failed keyword."""
    keyword, value = error.validator, error.instance
    description = error.schema.get("description")
    help_text = msg("Gemeint ist: {help}.", help=Message(description)) if description else None
    if keyword == "type":
        return (msg("Erwartet wird {expected}, gefunden wurde {found}.", expected=_type_names(error.validator_value),
                    found=Message(TYPE_NAMES[_json_type(value)])), help_text)
    if keyword in ("enum", "const"):
        return _not_allowed(value, error.validator_value if keyword == "enum" else [error.validator_value])
    if keyword == "format":
        return _bad_format(error.validator_value, value)
    if keyword in ("minLength", "pattern") and isinstance(value, str) and not value.strip():
        return msg("Der Text ist leer."), msg("Schreiben Sie einen Text oder löschen Sie das Feld.")
    if keyword == "pattern":
        return (msg("{value} hat nicht die erwartete Form.", value=_show(value)),
                msg("Erwartet: {expected}.", expected=Message(description)) if description else None)
    if keyword in ("minimum", "maximum"):
        text = (N_("Der Wert {value} ist zu klein; erlaubt ist mindestens {limit}.") if keyword == "minimum"
                else N_("Der Wert {value} ist zu groß; erlaubt ist höchstens {limit}."))
        return Message(text, {"value": value, "limit": error.validator_value}), help_text
    if keyword in ("minItems", "minProperties"):
        return msg("Die Angabe ist leer."), msg("Ergänzen Sie Werte oder löschen Sie das Feld.")
    if keyword == "uniqueItems":
        return msg("Die Liste enthält einen Wert doppelt."), msg("Löschen Sie den doppelten Wert.")
    # Every keyword the schemas use has a message above (tests/test_schema.py checks); this is a last resort.
    return Message("{detail}", {"detail": error.message}), help_text


def _missing_field(error: ValidationError, missing: str) -> tuple[Message, Message | None]:
    if missing == "consent":
        return (msg("Personenbezogene Daten ohne Einwilligung: 'consent' fehlt."),
                msg("Tragen Sie unter consent das Datum der schriftlichen Einwilligung (date), wer sie "
                    "aufbewahrt (recorded_by), für welche Angaben sie gilt (fields) und wo (channels) ein, oder "
                    "entfernen Sie die Angaben zur Person."))
    field_help = resolve(error.schema.get("properties", {}).get(missing, {})).get("description")
    return (msg("Pflichtfeld '{field}' fehlt.", field=missing),
            msg("Ergänzen Sie: {help}.", help=Message(field_help)) if field_help else None)


def _type_names(expected: str | list[str]) -> Message:
    names = [Message(TYPE_NAMES[t]) for t in ([expected] if isinstance(expected, str) else expected)]
    return names[0] if len(names) == 1 else msg("{first} oder {second}", first=names[0], second=names[1])


def _not_allowed(value: Any, options: list[Any]) -> tuple[Message, Message | None]:
    if value is None:
        return (msg("Hier fehlt noch ein Wert. Tragen Sie einen davon ein: {options}.",
                    options=", ".join(str(o) for o in options)), None)
    close = difflib.get_close_matches(str(value), [str(o) for o in options], n=1)
    return (msg("{value} ist nicht erlaubt. Erlaubt sind: {options}.", value=_show(value),
                options=", ".join(str(o) for o in options)),
            msg("Meinten Sie '{match}'?", match=close[0]) if close else None)


def _bad_format(expected: str, value: Any) -> tuple[Message, Message]:
    if expected == "language":
        return (msg("Unbekannter Sprachcode '{code}'.", code=value),
                msg("Verwenden Sie zweibuchstabige Codes nach ISO 639-1, z. B. ar (Arabisch), fa (Persisch), "
                    "uk (Ukrainisch)."))
    if expected == "phone":
        reason = phone.invalid_reason(value) or phone.UNASSIGNED
        return (Message(PHONE_REASONS[reason], {"number": _show(value)}),
                msg("Schreiben Sie die Nummer mit Vorwahl, z. B. 05121 123456 oder +49 5121 123456."))
    if expected == "web-url":
        wrong = (msg("{value} ist keine gültige Internetadresse.", value=_show(value)) if value.startswith("https://")
                 else msg("{value} beginnt nicht mit https://.", value=_show(value)))
        return (wrong, msg("Schreiben Sie die Adresse so, wie sie im Browser steht, z. B. https://www.example.org/kurse."))
    return (msg("{value} ist kein gültiges Datum.", value=_show(value)),
            msg("Schreiben Sie das Datum als JJJJ-MM-TT, z. B. 2026-03-01."))


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _show(value: Any) -> str:
    """Show a value as the editor wrote it, short."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"
