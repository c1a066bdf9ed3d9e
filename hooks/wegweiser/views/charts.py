"""Bar charts drawn at build time as SVG shapes, laid out for a phone and mirrored on right-to-left pages.

The drawing is 360 units wide, the width of a small phone, and scales with the page. Names stand at
the start of each row (the left in German, the right in Arabic), bars grow towards the end, and each
bar's value stands after it; every coordinate is mirrored for a right-to-left page, so that the
chart reads the same way as the table beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .elements import Chart, Shape, SvgLine, SvgRect, SvgText, Text

WIDTH = 360
CHARACTER = 6.9  # about the advance of a character at the chart's 13px: sizes the column of names
SPACING = 1.25  # room for the wider letter and word spacing a reader may set (WCAG 1.4.12)
NAMES = 0.6  # the most of the width the column of names may take
GAP = 6
ROW = 22
BAR = 14
BASELINE = 10  # from the top of a bar to the baseline of its texts


@dataclass(frozen=True)
class Bar:
    """One bar: what it stands for, its value and the value as the reader's locale writes it."""

    label: Text
    value: float
    shown: str


def bar_chart(chart_id: str, title: Text, description: str, bars: Sequence[Bar], direction: str) -> Chart:
    """Return a horizontal bar chart of bars, top to bottom in the order given."""
    if not bars:
        raise ValueError("a chart needs at least one bar")
    largest = max(bar.value for bar in bars) or 1
    labels = round(min(max(len(bar.label.text) for bar in bars) * CHARACTER * SPACING, WIDTH * NAMES), 1)
    values = max(len(bar.shown) for bar in bars) * CHARACTER * SPACING + GAP  # room after the longest bar
    start = labels + GAP
    room = WIDTH - start - values
    height = 2 * GAP + len(bars) * ROW - (ROW - BAR)
    shapes: list[Shape] = []
    for index, bar in enumerate(bars):
        top = GAP + index * ROW
        length = round(room * max(bar.value, 0) / largest, 1)
        shapes.append(SvgRect(_mirrored(start, length, direction), top, length, BAR, "ww-chart-bar"))
        shapes.append(_text(labels, top + BASELINE, bar.label, "right", direction, "ww-chart-label"))
        shapes.append(_text(start + length + GAP / 2, top + BASELINE, Text(bar.shown, dir="ltr"), "left",
                            direction, "ww-chart-value"))
    axis = _mirrored(start, 0, direction)
    shapes.append(SvgLine(axis, GAP / 2, axis, height - GAP / 2, "ww-chart-axis"))
    return Chart(chart_id, title, description, WIDTH, height, tuple(shapes))


def _mirrored(x: float, width: float, direction: str) -> float:
    """Return where a shape from x to x + width (as drawn left to right) starts on a page of direction."""
    return round(WIDTH - x - width, 1) if direction == "rtl" else x


def _text(x: float, y: float, text: Text, edge: str, direction: str, css: str) -> SvgText:
    """Place a text with its left or right edge (as drawn left to right) at x, mirrored on right-to-left pages.

    SVG anchors a text at its start or end in the text's own direction, so the anchor follows from both
    the edge wanted on the page and the direction of the text itself (a German name on an Arabic page).
    """
    if direction == "rtl":
        x, edge = WIDTH - x, "left" if edge == "right" else "right"
    text_dir = text.dir or direction
    anchor = "start" if (edge == "left") == (text_dir == "ltr") else "end"
    return SvgText(round(x, 1), y, text.text, anchor, text_dir, text.lang, css)
