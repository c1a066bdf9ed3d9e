"""The concept's figures: the data equal the concept's tables, the rendered tables and charts show them.

The expected numbers are read from the concept's text itself (the seed file), never written here.
"""

from __future__ import annotations

import gettext
import json
import re
import shutil
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.numbers import format_decimal, format_percent
from markupsafe import escape
from mkdocs.config import load_config
from playwright.sync_api import Page

from conftest import CONCEPT_SOURCE, LANGUAGES, ROOT, SHOTS, shoot
from hostile import HOSTILE
from wegweiser.html import render_blocks, render_page
from wegweiser.messages import identity
from wegweiser.model.concept import ConceptIndex
from wegweiser.model.entries import Directory
from wegweiser.reports.problems import text_line
from wegweiser.source import load_directory
from wegweiser.source.concept import read_concept
from wegweiser.views.block_error import BlockError
from wegweiser.views.builder import SiteViews, entry_path
from wegweiser.views.charts import WIDTH
from wegweiser.views.concept_blocks import concept_block
from wegweiser.views.entries import computed_share, entry_page

SEED = CONCEPT_SOURCE
CONCEPT = SEED.read_text(encoding="utf-8")
# The concept names the town "Hildesheim, Stadt"; its entry is hildesheim.
NAMES = {"Hildesheim, Stadt": "Hildesheim"}
COUNTY_ROWS = ("LK Hildesheim", "LK ohne Stadt")
HOSTILE_YAML = json.dumps(HOSTILE, ensure_ascii=False)  # a JSON string is a YAML string


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", ".").replace("%", "").strip())


def seed_population_table() -> dict[str, tuple[float, ...]]:
    """Return the rows of the table in 3.4 by name: population, Germans, foreigners, share (and change)."""
    part = CONCEPT[CONCEPT.index("LK Hildesheim 275464"):CONCEPT.index("© Landesamt für Statistik Niedersachsen")]
    rows = re.findall(r"([A-ZÄÖÜ][^\d]*?)\s+(\d+) (\d+) (\d+) (\d+,\d) ?%(?: ([+-]\d+,\d)%)?", part)
    return {" ".join(name.split()): tuple(_number(v) for v in values if v) for name, *values in rows}


def seed_sgb_table() -> list[tuple[str, tuple[float, ...]]]:
    """Return the rows of the SGB II table in 5.2: label and its six numbers, in the concept's order."""
    part = CONCEPT[CONCEPT.index("Insgesamt 14.179"):CONCEPT.index('"Quelle: Auswirkung der Migration')]
    value = r"([+-]?[\d.]+(?:,\d)?%?)"
    rows = re.findall(rf"(?m)^\s*((?:[^\d\n]|TOP \d)+?)\s+(?:1\) )?{' '.join([value] * 6)}\s*$",
                      part.replace("-\nEuropa", "-Europa").replace("restl. \nNicht", "restl. Nicht")
                      .replace("TOP 5  \n(gute Bleibeperspektive)", "TOP 5 (gute Bleibeperspektive)")
                      .replace('- \n"Balkan"', '- "Balkan"').replace("(PL, RU & \nBG)", "(PL, RU & BG)"))
    return [(" ".join(label.split()), tuple(_number(v) for v in values)) for label, *values in rows]


@pytest.fixture(scope="module")
def directory() -> Directory:
    loaded, problems = load_directory(ROOT / "directory")
    assert problems == []
    return loaded


def test_the_seed_tables_are_read_whole() -> None:
    assert len(seed_population_table()) == 20  # 18 municipalities and the two county rows
    assert len(seed_sgb_table()) == 31


def test_every_municipality_figure_equals_the_concepts_table(directory: Directory) -> None:
    table = seed_population_table()
    places = directory.of_kind("municipalities")
    assert len(places) == len(table) - len(COUNTY_ROWS)
    by_name = {NAMES.get(name, name): values for name, values in table.items()}
    for place in places:
        values = by_name[place.get("name")]
        fields = ("population", "german_population", "foreign_population", "foreign_share", "foreign_share_change")
        given = tuple(place.get(field) for field in fields)
        assert given[:len(values)] == values, place.id
        assert all(value is None for value in given[len(values):]), place.id
        assert place.get("population_date") == "2020-12-31"


def test_the_county_rows_equal_the_concepts_table(directory: Directory) -> None:
    table = seed_population_table()
    county = directory.get("figures", "county-population-2020")
    assert [(row["label"]["de"], tuple(row["values"])) for row in county.get("rows")] == [
        (name, table[name]) for name in COUNTY_ROWS]


def test_the_sgb_ii_figures_equal_the_concepts_table(directory: Directory) -> None:
    rows = directory.get("figures", "sgb-ii-nationalities-2021").get("rows")
    assert [tuple(row["values"]) for row in rows] == [values for _label, values in seed_sgb_table()]


def test_the_pupils_figures_are_the_concepts(directory: Directory) -> None:
    figure = directory.get("figures", "pupils-foreign-nationality")
    for row in figure.get("rows"):
        share = f"{row['values'][0]:.1f}".replace(".", ",")
        assert re.search(rf"Schuljahr {re.escape(row['label'])}\s+(noch |bereits )?{share}%", CONCEPT)


class _Cells(HTMLParser):
    """Collect the text of each table row's cells."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _block_html(directory: Directory, language: str, kind: str, ref: str, page: str) -> str:
    site = SiteViews(directory, language, gettext.NullTranslations(), ("de",))
    return render_blocks(concept_block(site.page(page), kind, ref))


def _table(html: str) -> dict[str, tuple[float, ...]]:
    parser = _Cells()
    parser.feed(html[html.index("<table"):])
    return {row[0]: tuple(_number(cell) for cell in row[1:] if cell) for row in parser.rows[1:]}


def test_the_rendered_municipality_table_equals_the_concepts(directory: Directory) -> None:
    html = _block_html(directory, "de", "municipalities", "county-population-2020", "concept/3-rahmenbedingungen.md")
    expected = {NAMES.get(name, name): values for name, values in seed_population_table().items()}
    assert _table(html) == expected


def test_the_rendered_sgb_ii_table_equals_the_concepts(directory: Directory) -> None:
    html = _block_html(directory, "de", "figures", "sgb-ii-nationalities-2021", "concept/5-handlungsfelder.md")
    shown = _table(html)
    assert list(shown.values()) == [values for _label, values in seed_sgb_table()]
    assert "Quelle: Niedersächsisches Ministerium" in html and "Stand März 2021" in html
    assert "14.133" in html and "14.179" in html  # the note names the text's figure beside the table's


def test_where_the_numbers_do_not_add_up_a_note_says_so(directory: Directory) -> None:
    table = seed_population_table()
    places = directory.of_kind("municipalities")
    summed = sum(place.get("foreign_population") for place in places)
    county_foreign = table["LK Hildesheim"][2]
    assert summed != county_foreign  # the concept's own total is not the sum of its rows
    html = _block_html(directory, "de", "municipalities", "county-population-2020", "concept/3-rahmenbedingungen.md")
    notes = re.findall(r'<p class="ww-note">(.*?)</p>', html)
    assert any(format_decimal(summed, locale="de") in note and format_decimal(county_foreign, locale="de") in note
               for note in notes)
    differing = [p for p in places if computed_share(p) != p.get("foreign_share")]
    assert any(f"Bei {len(differing)} von {len(places)} Kommunen" in note for note in notes)


def test_a_municipality_page_shows_the_given_share_and_says_what_the_numbers_give(directory: Directory) -> None:
    site = SiteViews(directory, "de", gettext.NullTranslations(), ("de",))
    for place in directory.of_kind("municipalities"):
        html = render_page(entry_page(site.page(entry_path(place)), place)).html
        given = format_percent(place.get("foreign_share") / 100, "#,##0.0 %", locale="de")
        computed = format_percent(computed_share(place) / 100, "#,##0.0 %", locale="de")
        assert f"<dt>Ausländeranteil</dt><dd>{given}</dd>" in html
        assert ("Aus den Zahlen oben ergibt sich ein Anteil von " + computed in html) == (given != computed)
        assert "LSN-Online Tabelle A100001V" in html


def _svg(html: str) -> str:
    return html[html.index("<svg"):html.index("</svg>")]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_chart_has_a_text_alternative_and_one_bar_per_municipality(directory: Directory, language: str) -> None:
    html = _block_html(directory, language, "municipalities", "county-population-2020",
                       "concept/3-rahmenbedingungen.md")
    svg = _svg(html)
    labelled = re.search(r'role="img" aria-labelledby="([^"]+)"', svg).group(1).split()
    assert [re.search(rf'<(title|desc) id="{name}"', svg).group(1) for name in labelled] == ["title", "desc"]
    bars = re.findall(r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg)
    assert len(bars) == len(directory.of_kind("municipalities"))
    highest = max(directory.of_kind("municipalities"), key=lambda p: p.get("foreign_share"))
    shown = format_percent(highest.get("foreign_share") / 100, "#,##0.0 %", locale=language)
    assert f">{shown}</text>" in svg
    ends = {round(float(x) + float(width), 1) if language == "ar" else float(x) for x, width in bars}
    assert len(ends) == 1  # bars grow from one baseline: the left in German, the right in Arabic
    baseline = ends.pop()
    assert (baseline > WIDTH / 2) == (language == "ar")


def test_a_german_name_on_an_arabic_chart_is_anchored_in_its_own_direction(directory: Directory) -> None:
    svg = _svg(_block_html(directory, "ar", "municipalities", "county-population-2020",
                           "concept/3-rahmenbedingungen.md"))
    label = re.search(r'<text x="([\d.]+)" y="16" text-anchor="(\w+)" direction="ltr" lang="de"', svg)
    assert label and float(label.group(1)) > WIDTH / 2 and label.group(2) == "start"


def test_country_rows_are_named_in_the_readers_language(directory: Directory) -> None:
    html = _block_html(directory, "uk", "figures", "sgb-ii-nationalities-2021", "concept/5-handlungsfelder.md")
    assert "Сирія" in html and "Syrien" not in html


def test_a_row_with_a_missing_value_is_reported_with_file_and_line(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "directory", tmp_path / "d")
    path = tmp_path / "d" / "figures" / "pupils-foreign-nationality.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("values: [10.3]", "values: [10.3, 1]"),
                    encoding="utf-8")
    _, problems = load_directory(tmp_path / "d")
    line = path.read_text(encoding="utf-8").splitlines().index("    values: [10.3, 1]") + 1
    assert [text_line(p, identity) for p in problems] == [
        f"{problems[0].file}:{line}:13 rows[1].values: Die Zeile hat 2 Werte, die Tabelle aber 1 Spalten. Tragen Sie "
        "je Spalte einen Wert ein, in der Reihenfolge von columns; null, wo die Quelle nichts angibt."]
    assert problems[0].file.endswith("figures/pupils-foreign-nationality.yml")


@cache
def _concept_index() -> ConceptIndex:
    """Read the concept's pages with the site's own Markdown extensions, as the build does."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return read_concept(ROOT / "docs", config.markdown_extensions, config.mdx_configs)


def test_every_chapter_and_field_of_action_has_a_summary_in_every_language(directory: Directory) -> None:
    index = _concept_index()
    chapters = {number for number in index.sections if "." not in number}
    fields = {field.get("number") for field in directory.of_kind("fields-of-action")}
    items = directory.get("summaries", "concept").get("items")
    assert [item["section"] for item in items if "." not in item["section"]] == sorted(chapters, key=int)
    assert {item["section"] for item in items if "." in item["section"]} == fields
    for item in items:
        for name in ("title", "text"):
            assert set(item[name]) == set(LANGUAGES), (item["section"], name)
            assert all(item[name][lang]["status"] in ("draft", "reviewed") for lang in LANGUAGES if lang != "de")


@pytest.mark.parametrize("language", ["ar", "uk"])
def test_the_summaries_are_in_the_readers_language_and_link_to_their_sections(directory: Directory,
                                                                               language: str) -> None:
    index = _concept_index()
    site = SiteViews(directory, language, gettext.NullTranslations(), ("de",), concept=index)
    html = render_blocks(concept_block(site.page("concept/index.md"), "summaries", "concept"))
    for item in directory.get("summaries", "concept").get("items"):
        section = index.section(item["section"])
        href = f"../concept/{Path(section.path).stem}/#{section.anchor}"
        assert f'<a href="{href}">{escape(item["title"][language]["text"])}</a>' in html
        assert escape(item["text"][language]["text"]) in html
    assert '<p class="ww-note">' in html  # says the translations are drafts


PHONE = {"width": 360, "height": 740}


@pytest.mark.parametrize(("language", "path", "name"), [
    ("de", "concept/3-rahmenbedingungen/", "chart-county-population-2020"),
    ("de", "concept/5-handlungsfelder/", "chart-sgb-ii-nationalities-2021"),
    ("de", "municipalities/", "chart-county-population-2020"),
    ("ar", "municipalities/", "chart-county-population-2020"),
])
def test_a_chart_fits_a_phone_and_its_bars_start_at_the_readers_start(page: Page, language: str, path: str,
                                                                       name: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{language}/{path}")
    chart = page.locator(f"svg[aria-labelledby='{name}-title {name}-desc']")
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    labels = chart.locator("text.ww-chart-label")
    first = labels.first.bounding_box()
    assert first and first["x"] >= 0 and first["x"] + first["width"] <= PHONE["width"]  # no name is cut off
    bar = chart.locator("rect").first.bounding_box()
    centre = box["x"] + box["width"] / 2
    assert (bar["x"] > centre - box["width"] / 4) == (language == "de")  # names first, then bars, in reading order
    shot = f"{language}-{path.strip('/').replace('/', '-')}-{name}"
    chart.screenshot(path=str(SHOTS / f"{shot}.png"))
    shoot(page, f"{shot}-page")


def test_a_placeholder_naming_unknown_figures_says_which_exist(directory: Directory) -> None:
    site = SiteViews(directory, "de", gettext.NullTranslations(), ("de",))
    with pytest.raises(BlockError) as raised:
        concept_block(site.page("concept/5-handlungsfelder.md"), "figures", "sgb-2")
    ids = ", ".join(entry.id for entry in directory.of_kind("figures"))
    assert raised.value.message.translate(identity) == (
        f"In directory/figures/ gibt es keine Zahlen mit der ID 'sgb-2'. Vorhanden: {ids}.")


def test_without_figures_the_concept_still_builds_and_says_so() -> None:
    directory, _ = load_directory(ROOT / "tests" / "fixtures" / "valid")
    for kind, ref in (("municipalities", "county-population-2020"), ("figures", "pupils-foreign-nationality")):
        html = _block_html(directory, "de", kind, ref, "concept/3-rahmenbedingungen.md")
        assert html.strip() == ('<p class="ww-note">Die Zahlen des Konzepts sind in diesem Verzeichnis nicht '
                                'eingetragen.</p>')


def test_figure_and_summary_texts_stay_text(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "directory", tmp_path / "d")
    figure = tmp_path / "d" / "figures" / "pupils-foreign-nationality.yml"
    summaries = tmp_path / "d" / "summaries" / "concept.yml"
    figure.write_text(re.sub(r"(?m)^origin: .*$", f"origin: {HOSTILE_YAML}", figure.read_text(encoding="utf-8")),
                      encoding="utf-8")
    summaries.write_text(summaries.read_text(encoding="utf-8").replace("de: Einleitung", f"de: {HOSTILE_YAML}"),
                         encoding="utf-8")
    directory, problems = load_directory(tmp_path / "d")
    assert problems == []
    for kind, ref in (("figures", "pupils-foreign-nationality"), ("summaries", "concept")):
        html = _block_html(directory, "de", kind, ref, "concept/index.md")
        assert str(escape(HOSTILE)) in html
        assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
