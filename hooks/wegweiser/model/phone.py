"""Telephone numbers: one rule for checking, showing and dialling them (the phonenumbers library).

Numbers are written as editors know them, national (05121 123456) or international
(+49 5121 123456, 0049 5121 123456); a national number is read as German.
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, ValidationResult

from ..catalogs import SOURCE_LANGUAGE

REGION = "DE"

# Why a number is not valid, as phonenumbers reports it when parsing or checking.
TOO_SHORT, TOO_LONG, BAD_COUNTRY, NOT_A_NUMBER, UNASSIGNED = (
    "too-short", "too-long", "bad-country", "not-a-number", "unassigned")
_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: BAD_COUNTRY,
    NumberParseException.TOO_SHORT_NSN: TOO_SHORT,
    NumberParseException.TOO_SHORT_AFTER_IDD: TOO_SHORT,
    NumberParseException.TOO_LONG: TOO_LONG,
}
_CHECK_REASONS = {
    ValidationResult.INVALID_COUNTRY_CODE: BAD_COUNTRY,
    ValidationResult.TOO_SHORT: TOO_SHORT,
    ValidationResult.TOO_LONG: TOO_LONG,
    ValidationResult.INVALID_LENGTH: TOO_LONG,
}


@lru_cache(maxsize=4096)
def _parse(text: str) -> PhoneNumber:
    return phonenumbers.parse(text, REGION)


def invalid_reason(text: str) -> str | None:
    """Return why text is not a valid telephone number (one of the reasons above), or None if it is."""
    try:
        number = _parse(text)
    except NumberParseException as error:
        return _PARSE_REASONS.get(error.error_type, NOT_A_NUMBER)
    if phonenumbers.is_valid_number(number):
        return None
    return _CHECK_REASONS.get(phonenumbers.is_possible_number_with_reason(number), UNASSIGNED)


def is_phone(value: object) -> bool:
    """Whether value is a valid number (non-strings are the type check's business)."""
    return not isinstance(value, str) or invalid_reason(value) is None


def tel_uri(text: str) -> str:
    """Return the tel: URI of a valid number, e.g. 'tel:+495121123456'."""
    return "tel:" + phonenumbers.format_number(_parse(text), PhoneNumberFormat.E164)


def display(text: str, language: str) -> str:
    """Show a valid number as readers of language dial it: nationally in German, else with +49."""
    style = PhoneNumberFormat.NATIONAL if language == SOURCE_LANGUAGE else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(_parse(text), style)
