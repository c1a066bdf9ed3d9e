"""Dates, weekdays, numbers, lists and language names in the reader's locale (Babel)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date, format_skeleton, get_day_names
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

from ..schema import enum_values

_PLACEHOLDER = re.compile(r"\{(\d+)\}")


@lru_cache(maxsize=4096)
def long_date(iso: str, language: str) -> str:
    """Format 2026-03-01 as '1. März 2026' (de) or 'March 1, 2026' (en)."""
    return format_date(date.fromisoformat(iso), format="long", locale=language)


def weekdays(days: list[str], language: str) -> str:
    """Format weekday keys as the locale's abbreviated day names, in week order."""
    order = enum_values("weekday")
    names = get_day_names("abbreviated", locale=language)
    return format_list([names[order.index(day)] for day in sorted(days, key=order.index)], locale=language)


@cache
def list_separators(count: int, language: str) -> tuple[str, ...]:
    """Return the count - 1 separators the locale puts between listed items: (', ', ' und ') in German."""
    pattern = format_list([f"{{{i}}}" for i in range(count)], locale=language)
    return tuple(_PLACEHOLDER.split(pattern)[2:-1:2])


def number(value: int | float, language: str) -> str:
    """Format a number with the locale's grouping: 18.478 (de), 18,478 (en)."""
    return format_decimal(value, locale=language)


def percent(part: int, whole: int, language: str) -> str:
    """Format part/whole as a percentage with one decimal."""
    return format_percent(part / whole, format="#,##0.0 %", locale=language)


def day_or_month(iso: str, language: str) -> str:
    """Format 2020-12-31 as a long date, and 2021-03 (a source that gives only the month) as 'März 2021'."""
    if len(iso) > len("2021-03"):
        return long_date(iso, language)
    return format_skeleton("yMMMM", date.fromisoformat(f"{iso}-01"), locale=language)


def share(value: float, language: str, *, signed: bool = False) -> str:
    """Format a percentage as a source gives it (9.6 → '9,6 %'), with its sign if signed ('+0,4 %')."""
    pattern = "+#,##0.0 %;-#,##0.0 %" if signed else "#,##0.0 %"
    return format_percent(value / 100, format=pattern, locale=language)


def signed_number(value: int, language: str) -> str:
    """Format a change with its sign and the locale's grouping: '+1.887', '-927'."""
    return format_decimal(value, format="+#,##0;-#,##0", locale=language)


@cache
def language_name(code: str, language: str) -> str:
    """Name a language in the reader's language: 'ar' → 'Arabisch' (de)."""
    return Locale.parse(language).languages.get(code, code)


@cache
def direction(language: str) -> str:
    """Return 'rtl' for right-to-left languages such as Arabic and Persian, else 'ltr'."""
    return "rtl" if Locale.parse(language).character_order == "right-to-left" else "ltr"


@cache
def own_language_name(code: str) -> str:
    """Name a language in itself: 'ar' → 'العربية', for language choosers."""
    return Locale.parse(code).get_display_name(code) or code
