"""The concept's figures as tables and charts, from directory/figures/ and the municipality entries.

Numbers are shown as the source gives them. Where they do not add up (a total that is not the sum of
its parts, a share that is not what the numbers give) a note says so next to the table: the reader
sees both, nothing is chosen silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import Locale

from ..catalogs import SOURCE_LANGUAGE
from ..messages import msg
from ..model.entries import Entry
from . import formatting
from .block_error import BlockError
from .builder import PageBuilder
from .charts import Bar, bar_chart
from .elements import Block, Box, Chart, Inline, LeftToRight, Paragraph, Span, Table, Text, plain_text
from .entries import computed_share
from .sources import plain_german

COUNTY = "county-population-2020"  # the county's rows of section 3.4, and its chart
# The columns of the municipality table, in the order of the county's figures (directory/figures/).
MUNICIPALITY_FIELDS = ("population", "german_population", "foreign_population", "foreign_share",
                       "foreign_share_change")


@dataclass(frozen=True)
class Row:
    """A row of a table of figures: its label (a link, for an entry), its name in a chart, its indent and values."""

    label: Inline
    name: Text
    level: int
    values: tuple[float | None, ...]


def figures_block(b: PageBuilder, ref: str) -> list[Block]:
    """Return the table (and chart) of the figures with id ref."""
    figure = _figure(b, ref)
    if figure is None:
        return [_not_in_directory(b)]
    return _figure_blocks(b, figure, [_data_row(b, row) for row in figure.get("rows")], [])


def municipalities_block(b: PageBuilder, ref: str) -> list[Block]:
    """Return the table of section 3.4: the county's rows from the figures ref, each municipality from its entry."""
    county = _figure(b, ref)
    if county is None:
        return [_not_in_directory(b)]
    if len(county.get("columns")) != len(MUNICIPALITY_FIELDS):
        raise BlockError(msg("Die Zahlen '{id}' brauchen genau {count} Spalten: {fields}.", id=ref,
                             count=len(MUNICIPALITY_FIELDS), fields=", ".join(MUNICIPALITY_FIELDS)))
    places = b.site.by_name(b.directory.of_kind("municipalities"))
    county_rows = [_data_row(b, row) for row in county.get("rows")]
    rows = [*county_rows[:1], *(_municipality_row(b, place) for place in places), *county_rows[1:]]
    return _figure_blocks(b, county, rows, _municipality_notes(b, county, places))


def share_chart(b: PageBuilder, ref: str) -> list[Block]:
    """Return the chart of the municipalities' shares, with its source, for a page in the reader's language.

    Nothing when the directory has no figures ref (a directory without the concept's figures).
    """
    county = b.directory.get("figures", ref)
    if county is None or not county.get("chart"):
        return []
    rows = [_municipality_row(b, place) for place in b.directory.of_kind("municipalities")]
    return [Box("ww-figure", (_chart(b, county, rows), _source(b, county)))]


def _figure(b: PageBuilder, ref: str) -> Entry | None:
    """Return the figures with id ref; None if the directory has no figures at all (the text still builds)."""
    figure = b.directory.get("figures", ref)
    if figure is None and b.directory.of_kind("figures"):
        raise BlockError(msg("In directory/figures/ gibt es keine Zahlen mit der ID '{id}'. Vorhanden: {ids}.",
                             id=ref, ids=", ".join(e.id for e in b.directory.of_kind("figures"))))
    return figure


def _not_in_directory(b: PageBuilder) -> Paragraph:
    return Paragraph(b._("Die Zahlen des Konzepts sind in diesem Verzeichnis nicht eingetragen."), "ww-note")


def _data_row(b: PageBuilder, row: dict[str, Any]) -> Row:
    name = _row_name(b, row)
    return Row(name, name, row.get("level", 0), tuple(row["values"]))


def _row_name(b: PageBuilder, row: dict[str, Any]) -> Text:
    """Name a row in the reader's language: a country as the locale names it, else the row's own label."""
    if "country" in row and b.language != SOURCE_LANGUAGE:
        name = _territories(b.language).get(row["country"])
        if name:
            return Text(name)
    return b.text(row["label"])


@cache
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def _municipality_row(b: PageBuilder, place: Entry) -> Row:
    return Row(b.link(place), b.name(place), 2, tuple(place.get(name) for name in MUNICIPALITY_FIELDS))


def _figure_blocks(b: PageBuilder, figure: Entry, rows: Sequence[Row], notes: list[Block]) -> list[Block]:
    """Return a figure's chart (if it has one), its table, where the numbers come from and the notes."""
    columns = figure.get("columns")
    header = (b.text(figure.get("row_header")), *(b.text(column["label"]) for column in columns))
    cells = tuple((Span(f"ww-level-{row.level}", row.label),
                   *(_cell(value, column["format"], b.language) for value, column in zip(row.values, columns,
                                                                                          strict=True)))
                  for row in rows)
    blocks: list[Block] = [Table(header, cells, b.text(figure.get("title")), row_headers=True, css="ww-figures")]
    if figure.get("chart"):
        blocks.insert(0, _chart(b, figure, rows))
    blocks.append(_source(b, figure))
    blocks += [Paragraph(b.text(note), "ww-note") for note in figure.get("notes", [])]
    return [Box("ww-figure", (*blocks, *notes))]


def _cell(value: float | None, kind: str, language: str) -> Inline:
    if value is None:
        return ""
    if kind == "number":
        return formatting.number(value, language)
    if kind == "percent":
        return formatting.share(value, language)
    if kind == "signed-number":
        return LeftToRight(formatting.signed_number(int(value), language))
    return LeftToRight(formatting.share(value, language, signed=True))


def _chart(b: PageBuilder, figure: Entry, rows: Sequence[Row]) -> Chart:
    """Return the bar chart of one column of a figure, largest first, described in words."""
    spec = figure.get("chart")
    index, kind = spec["column"] - 1, figure.get("columns")[spec["column"] - 1]["format"]
    chosen = sorted((row for row in rows if row.level == spec["level"] and row.values[index] is not None),
                    key=lambda row: -row.values[index])
    bars = [Bar(row.name, row.values[index], plain_text(_cell(row.values[index], kind, b.language)))
            for row in chosen]
    description = b._("Balkendiagramm mit %(count)s Werten, vom größten (%(first)s: %(high)s) bis zum kleinsten "
                      "(%(last)s: %(low)s). Alle Zahlen stehen auch in der Tabelle.") % {
        "count": formatting.number(len(bars), b.language), "first": bars[0].label.text, "high": bars[0].shown,
        "last": bars[-1].label.text, "low": bars[-1].shown}
    return bar_chart(f"chart-{figure.id}", b.text(spec["title"]), description, bars,
                     formatting.direction(b.language))


def _source(b: PageBuilder, figure: Entry) -> Paragraph:
    """Return where a figure's numbers come from, as of when, and where the concept gives them."""
    origin = plain_german(b, figure.get("origin"))  # cited as the concept gives it: German, not untranslated
    section = LeftToRight(figure.get("source")["concept_section"])
    if figure.get("as_of"):
        return Paragraph(b.fill("Quelle: %(origin)s, Stand %(date)s; wiedergegeben im Integrationskonzept (2021), "
                                "Abschnitt %(section)s.", origin=origin, section=section,
                                date=formatting.day_or_month(figure.get("as_of"), b.language)), "ww-source")
    return Paragraph(b.fill("Quelle: %(origin)s; wiedergegeben im Integrationskonzept (2021), Abschnitt "
                            "%(section)s.", origin=origin, section=section), "ww-source")


def _municipality_notes(b: PageBuilder, county: Entry, places: Sequence[Entry]) -> list[Block]:
    """Return a note for each place where the numbers of section 3.4 do not add up."""
    notes = [*_total_notes(b, county, places), *_sum_notes(b, county)]
    differing = [place for place in places if place.get("foreign_share") not in (None, computed_share(place))]
    if differing:
        example = max(differing, key=lambda place: abs(place.get("foreign_share") - computed_share(place)))
        notes.append(b.fill(
            "Bei %(count)s von %(total)s Kommunen ist der angegebene Anteil nicht der, der sich aus ihren Zahlen "
            "ergibt (am deutlichsten bei %(name)s: angegeben %(given)s, aus den Zahlen %(computed)s). Die Tabelle "
            "zeigt die Angaben der Quelle; die Seite jeder Kommune nennt beide Werte.",
            count=formatting.number(len(differing), b.language), total=formatting.number(len(places), b.language),
            name=b.name(example), given=formatting.share(example.get("foreign_share"), b.language),
            computed=formatting.share(computed_share(example), b.language)))
    return [Paragraph(note, "ww-note") for note in notes]


def _total_notes(b: PageBuilder, county: Entry, places: Sequence[Entry]) -> list[Inline]:
    """Compare the county's first row (the whole county) with the sum of the municipalities, column by column."""
    first, lang = county.get("rows")[0], b.language
    notes: list[Inline] = []
    for index, name in enumerate(MUNICIPALITY_FIELDS[:3]):
        total = sum(place.get(name) or 0 for place in places)
        given = first["values"][index]
        if given is not None and total != given:
            notes.append(b.fill("Die %(count)s Kommunen ergeben zusammen %(sum)s (%(column)s); die Zeile "
                                "„%(row)s“ nennt %(given)s.",
                                count=formatting.number(len(places), lang), sum=formatting.number(total, lang),
                                column=b.text(county.get("columns")[index]["label"]), row=b.text(first["label"]),
                                given=formatting.number(given, lang)))
    return notes


def _sum_notes(b: PageBuilder, county: Entry) -> list[Inline]:
    """Say where, in the county's rows, Germans and foreign nationals do not add up to the population."""
    lang, notes = b.language, []
    for row in county.get("rows"):
        population, german, foreign = row["values"][:3]
        if None not in (population, german, foreign) and german + foreign != population:
            notes.append(b.fill("In der Zeile „%(row)s“ ergeben Deutsche und Ausländer*innen zusammen %(sum)s, "
                                "die Bevölkerung ist mit %(given)s angegeben.", row=b.text(row["label"]),
                                sum=formatting.number(german + foreign, lang),
                                given=formatting.number(population, lang)))
    return notes
