"""Turn JSON Schema validation errors into messages an editor can act on."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from jsonschema import ValidationError

from .i18n import Translator
from .labels import N_
from .problems import Problem
from .schema import resolve
from .yaml_source import JsonPath, SourceFile, dotted_path

TYPE_NAMES = {
    "string": N_("ein Text"),
    "integer": N_("eine ganze Zahl"),
    "number": N_("eine Zahl"),
    "boolean": N_("true oder false"),
    "object": N_("eine Zuordnung von Feldern (feld: wert)"),
    "array": N_("eine Liste"),
    "null": N_("ein leerer Wert"),
}


def schema_problems(source: SourceFile, errors: Iterator[ValidationError], _: Translator) -> list[Problem]:
    """Return one problem per schema error, each placed at its line and column."""
    problems: list[Problem] = []
    for error in errors:
        problems.extend(_problems_for(source, error, _))
    return problems


def _problems_for(source: SourceFile, error: ValidationError, _: Translator) -> list[Problem]:
    if error.validator == "anyOf":
        return _best_branch(source, error, _)
    path: JsonPath = tuple(error.absolute_path)
    if error.validator == "additionalProperties":
        return [_unknown_field(source, path, key, error, _) for key in _extra_keys(error)]
    message, hint = _describe(error, _)
    is_key = "propertyNames" in error.absolute_schema_path  # the mistake is a key, e.g. a language code
    if is_key:
        path += (error.instance,)
    line, column = source.position(path, key=is_key)
    return [Problem(source.path, line, column, dotted_path(path), message, hint)]


def _best_branch(source: SourceFile, error: ValidationError, _: Translator) -> list[Problem]:
    """Report the alternative that matches the value's type, not a wall of alternatives."""
    wanted = _json_type(error.instance)
    for index, branch in enumerate(error.validator_value):
        if resolve(branch).get("type") == wanted:
            sub = [e for e in error.context if e.relative_schema_path[0] == index]
            return [p for e in sub for p in _problems_for(source, e, _)]
    path: JsonPath = tuple(error.absolute_path)
    line, column = source.position(path)
    expected = _(resolve(error.schema).get("description", ""))
    return [Problem(source.path, line, column, dotted_path(path),
                    _("{value} ist hier nicht erlaubt.").format(value=_show(error.instance)),
                    _("Erwartet: {expected}.").format(expected=expected))]


def _unknown_field(source: SourceFile, path: JsonPath, key: str, error: ValidationError, _: Translator) -> Problem:
    allowed = sorted(error.schema.get("properties", {}))
    close = difflib.get_close_matches(key, allowed, n=1)
    hint = (_("Meinten Sie '{match}'?").format(match=close[0]) if close
            else _("Erlaubt sind: {fields}.").format(fields=", ".join(allowed)))
    line, column = source.position(path + (key,), key=True)
    return Problem(source.path, line, column, dotted_path(path + (key,)),
                   _("Unbekanntes Feld '{field}'.").format(field=key), hint)


def _extra_keys(error: ValidationError) -> list[str]:
    allowed = set(error.schema.get("properties", {}))
    return [key for key in error.instance if key not in allowed]


def _describe(error: ValidationError, _: Translator) -> tuple[str, str | None]:
    """Return (what is wrong, how to fix it) for one failed keyword."""
    keyword, value, expected = error.validator, error.instance, error.validator_value
    description = error.schema.get("description")
    help_text = _("Gemeint ist: {help}.").format(help=_(description)) if description else None
    if keyword == "required":
        missing = next(name for name in expected if name not in value)
        if missing == "consent":
            return (_("Personenbezogene Daten ohne Einwilligung: 'consent' fehlt."),
                    _("Tragen Sie unter consent das Datum der schriftlichen Einwilligung (date) und "
                      "wer sie aufbewahrt (recorded_by) ein, oder entfernen Sie die Angaben zur Person."))
        prop = resolve(error.schema.get("properties", {}).get(missing, {}))
        field_help = prop.get("description")
        return (_("Pflichtfeld '{field}' fehlt.").format(field=missing),
                _("Ergänzen Sie: {help}.").format(help=_(field_help)) if field_help else None)
    if keyword == "type":
        names = [_(TYPE_NAMES[t]) for t in ([expected] if isinstance(expected, str) else expected)]
        return (_("Erwartet wird {expected}, gefunden wurde {found}.").format(
                    expected=_(" oder ").join(names), found=_(TYPE_NAMES[_json_type(value)])),
                help_text)
    if keyword in ("enum", "const"):
        options = expected if keyword == "enum" else [expected]
        close = difflib.get_close_matches(str(value), [str(o) for o in options], n=1)
        hint = _("Meinten Sie '{match}'?").format(match=close[0]) if close else None
        return (_("{value} ist nicht erlaubt. Erlaubt sind: {options}.").format(
                    value=_show(value), options=", ".join(str(o) for o in options)), hint)
    if keyword == "format" and expected == "language":
        return (_("Unbekannter Sprachcode '{code}'.").format(code=value),
                _("Verwenden Sie zweibuchstabige Codes nach ISO 639-1, z. B. ar (Arabisch), fa (Persisch), "
                  "uk (Ukrainisch)."))
    if keyword == "format":
        return (_("{value} ist kein gültiges Datum.").format(value=_show(value)),
                _("Schreiben Sie das Datum als JJJJ-MM-TT, z. B. 2026-03-01."))
    if keyword in ("minLength", "pattern") and isinstance(value, str) and not value.strip():
        return _("Der Text ist leer."), _("Schreiben Sie einen Text oder löschen Sie das Feld.")
    if keyword == "pattern":
        return (_("{value} hat nicht die erwartete Form.").format(value=_show(value)),
                _("Erwartet: {expected}.").format(expected=_(description)) if description else None)
    if keyword in ("minimum", "maximum"):
        text = (_("Der Wert {value} ist zu klein; erlaubt ist mindestens {limit}.") if keyword == "minimum"
                else _("Der Wert {value} ist zu groß; erlaubt ist höchstens {limit}."))
        return text.format(value=value, limit=expected), help_text
    if keyword in ("minItems", "minProperties"):
        return _("Die Angabe ist leer."), _("Ergänzen Sie Werte oder löschen Sie das Feld.")
    if keyword == "uniqueItems":
        return _("Die Liste enthält einen Wert doppelt."), _("Löschen Sie den doppelten Wert.")
    return error.message, help_text


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
