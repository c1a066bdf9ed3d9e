"""The chain of language courses as a diagram drawn at build time from the course types' `stage` and `next`.

The drawing is a column as wide as a small phone (charts.WIDTH): the stages from top to bottom, in each the
kinds of course as boxes, their names wrapped to fit. An arrow runs in the margin at the end of the line from
a kind of course to each that its source says follows it. On right-to-left pages every coordinate is mirrored.
A list under the drawing says the same in words, with links, for screen readers and for everyone.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass
from itertools import groupby

from ..model.entries import Entry
from . import formatting, labels
from .builder import PageBuilder
from .charts import CHARACTER, WIDTH, _mirrored, _text
from .elements import Block, Chart, Outline, OutlineItem, Section, Shape, SvgLine, SvgRect, Text

PAD = 8  # inside a box, around its text
LINE = 16  # from one line of a name to the next
GAP = 6  # between boxes, and between the boxes and the arrows
EDGE = 8  # the room one arrow takes in the margin
STAGE_GAP = 12  # above a stage's title
WIDEN = 1.25  # room for the wider letter and word spacing a reader may set (WCAG 1.4.12)
TITLE = 1.2  # a stage's title is larger and bold: its characters take about this much more room


@dataclass(frozen=True)
class _Box:
    top: float
    height: float

    @property
    def middle(self) -> float:
        return round(self.top + self.height / 2, 1)


def chain_blocks(b: PageBuilder) -> list[Block]:
    """Return the section with the diagram of the chain and its list, or nothing if no course type is recorded."""
    stages = _stages(b)
    if not stages:
        return []
    _ = b._
    chart = chain_chart(b, stages)
    return [Section(b.heading(2, _("Die Sprachförderkette im Überblick"), "chain"), (chart, _chain_list(b, stages)),
                    "ww-chain")]


def chain_figure(b: PageBuilder) -> list[Block]:
    """Return the diagram alone, for a page whose own sections say the same in words (the course guide)."""
    stages = _stages(b)
    return [chain_chart(b, stages)] if stages else []


def _stages(b: PageBuilder) -> list[tuple[str, list[Entry]]]:
    """Return each stage's title (numbered as the course guide numbers them) and its course types by name."""
    ordered = sorted(b.directory.of_kind("course-types"), key=lambda e: e.get("stage"))
    return [(f"{number}. {b._(labels.STAGES[stage])}", b.site.by_name(types))
            for number, (stage, types) in enumerate(((s, list(t)) for s, t in
                                                     groupby(ordered, key=lambda e: e.get("stage"))), 1)]


def chain_chart(b: PageBuilder, stages: list[tuple[str, list[Entry]]]) -> Chart:
    """Return the diagram: stage titles, a box per course type and an arrow for every `next`."""
    direction = formatting.direction(b.language)
    edges = _edges(b, stages)
    box_width = WIDTH - (2 * GAP + EDGE * len(edges) if edges else 0) - 1
    shapes: list[Shape] = []
    boxes: dict[str, _Box] = {}
    y = 0.0
    for title, types in stages:
        y = _stage_title(shapes, title, y + STAGE_GAP, direction)
        for entry in types:
            boxes[entry.id], y = _box(shapes, b.name(entry), y, box_width, direction)
    for index, (source, target) in enumerate(edges):
        shapes += _arrow(boxes[source], boxes[target], box_width + GAP + EDGE * index + EDGE / 2, box_width,
                         direction)
    return Chart("ww-chain-chart", Text(b._("Kursarten nach Stufen")),
                 b._("Die Kursarten nach Stufen, von oben nach unten. Pfeile führen zu den Kursarten, die laut "
                     "Quelle danach folgen. Dasselbe steht unter der Grafik in Worten."),
                 WIDTH, round(y + GAP), tuple(shapes))


def _edges(b: PageBuilder, stages: list[tuple[str, list[Entry]]]) -> list[tuple[str, str]]:
    """Return (from, to) for every course type that a source says follows another, in the diagram's order."""
    shown = {entry.id for _, types in stages for entry in types}
    return [(entry.id, following.id) for _, types in stages for entry in types
            for following in b.directory.refs(entry, "next", "course-types") if following.id in shown]


def _lines(text: str, width: float) -> list[str]:
    """Wrap a name to lines that fit width; a German name in brackets after a translated one starts a line."""
    room = max(int(width / (CHARACTER * WIDEN)), 8)
    parts = [text]
    if len(text) > room and " (" in text:
        head, tail = text.split(" (", 1)
        parts = [head, f"({tail}"]
    return [line for part in parts for line in textwrap.wrap(part, room, break_on_hyphens=False)] or [text]


def _own_direction(line: str) -> str | None:
    """Return the direction of a line's first strong letter (as dir="auto" does), or None if it has none."""
    for character in line:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def _stage_title(shapes: list[Shape], title: str, y: float, direction: str) -> float:
    """Draw a stage's title from y down; return where the stage's boxes begin."""
    for line in _lines(title, WIDTH / TITLE):
        y += LINE
        shapes.append(_text(0, y, Text(line, dir=_own_direction(line)), "left", direction, "ww-chain-stage"))
    return y + GAP


def _box(shapes: list[Shape], name: Text, top: float, width: float, direction: str) -> tuple[_Box, float]:
    """Draw a course type's box with its name from top down; return the box and where the next one begins."""
    lines = _lines(name.text, width - 2 * PAD)
    height = 2 * PAD + len(lines) * LINE - (LINE - 12)
    shapes.append(SvgRect(_mirrored(0.5, width, direction), round(top, 1), width, height, "ww-chain-box"))
    for number, line in enumerate(lines):
        text = Text(line, name.lang, _own_direction(line) or name.dir)
        shapes.append(_text(PAD, round(top + PAD + 11 + number * LINE, 1), text, "left", direction, "ww-chain-name"))
    return _Box(top, height), top + height + GAP


def _arrow(source: _Box, target: _Box, x: float, edge: float, direction: str) -> list[Shape]:
    """Draw an arrow in the margin from the end of one box to the end of another, its head at the target."""
    def line(x1: float, y1: float, x2: float, y2: float) -> SvgLine:
        return SvgLine(_mirrored(x1, 0, direction), y1, _mirrored(x2, 0, direction), y2, "ww-chain-arrow")

    start, end, tip = source.middle, target.middle, edge + 1
    return [line(tip, start, x, start), line(x, start, x, end), line(x, end, tip, end),
            line(tip, end, tip + 5, end - 4), line(tip, end, tip + 5, end + 4)]


def _chain_list(b: PageBuilder, stages: list[tuple[str, list[Entry]]]) -> Outline:
    """Return the chain in words: each stage with its course types, and what follows each."""
    items = []
    for title, types in stages:
        children = []
        for entry in types:
            following = b.directory.refs(entry, "next", "course-types")
            meta = b.fill("Danach möglich: %(types)s", types=b.links(following)) if following else None
            children.append(OutlineItem(b.link(entry), meta))
        items.append(OutlineItem(title, None, tuple(children)))
    return Outline(tuple(items), "ww-chain-list")
