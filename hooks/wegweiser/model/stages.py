"""The chain of language courses as data: what each kind of course (a stage) states, where from, and where its
courses take place.

A stage's facts are published only with a source of their own: a text fact carries it beside its text
(`length: {text: …, source: …}`), the levels and the courses that follow name theirs in `levels_source` and
`next_source`. Who may attend and who funds are required of every kind of course and rest on the entry's `source`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .entries import Directory, Entry

# The facts a stage's page shows, in its order; eligibility and funding are required, the others may be missing.
TEXT_FACTS = ("purpose", "length", "exam", "cost", "registration")
FACTS = ("purpose", "levels", "length", "exam", "eligibility", "cost", "funding", "registration")
# Fields that hold a value whose source stands in a field beside them.
SOURCE_FIELDS = {"levels_source": ("level_from", "level_to"), "next_source": ("next",)}


def has_fact(entry: Entry, name: str) -> bool:
    """Whether a course type records the fact name (levels: either level)."""
    if name == "levels":
        return any(field in entry.data for field in SOURCE_FIELDS["levels_source"])
    return name in entry.data


def missing_facts(entry: Entry) -> list[str]:
    """Return the facts of FACTS that a course type does not record (no source found, so nothing published)."""
    return [name for name in FACTS if not has_fact(entry, name)]


def missing_facts_by_course_type(directory: Directory) -> dict[str, list[str]]:
    """Return, for each course type with gaps, the facts it lacks; for the editors' report."""
    return {entry.id: missing for entry in directory.of_kind("course-types") if (missing := missing_facts(entry))}


def fact_source(entry: Entry, name: str) -> dict[str, str]:
    """Return the source of one fact of a course type (FACTS or 'next')."""
    if name in TEXT_FACTS:
        return entry.data[name]["source"]
    if name == "levels":
        return entry.data["levels_source"]
    if name == "next":
        return entry.data["next_source"]
    return entry.data["source"]


def sources(data: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], dict[str, str]]]:
    """Yield every source in an entry's data with its path: the entry's own and those of its facts."""
    if isinstance(data.get("source"), dict):
        yield ("source",), data["source"]
    for name in TEXT_FACTS:
        value = data.get(name)
        if isinstance(value, dict) and isinstance(value.get("source"), dict):
            yield (name, "source"), value["source"]
    for name in SOURCE_FIELDS:
        if isinstance(data.get(name), dict):
            yield (name,), data[name]


def is_placed(course: Entry) -> bool:
    """Whether a course records where it takes place."""
    return "municipality" in course.data


def course_places(directory: Directory, course: Entry) -> list[Entry]:
    """Return the municipalities a course may serve: its own, or, when its place is not recorded, all of them.

    No provider records an area of its own, and the providers the concept names are approved for the county
    (3.6.1), so a course without a place may take place anywhere in the county; it is shown there, marked so,
    instead of nowhere.
    """
    place = directory.get("municipalities", course.get("municipality"))
    if place:
        return [place]
    return [] if is_placed(course) else directory.of_kind("municipalities")


def courses_by_place(directory: Directory, courses: list[Entry]) -> list[tuple[list[Entry], list[Entry]]]:
    """Group courses by the municipalities they may serve; municipalities offered the same courses share a group.

    Returns (municipalities, courses) pairs in the order of the first municipality's id.
    """
    offered: dict[str, list[Entry]] = {}
    for course in courses:
        for place in course_places(directory, course):
            offered.setdefault(place.id, []).append(course)
    groups: dict[tuple[str, ...], list[Entry]] = {}
    for place in directory.of_kind("municipalities"):
        if place.id in offered:
            groups.setdefault(tuple(c.id for c in offered[place.id]), []).append(place)
    by_id = {course.id: course for course in courses}
    return [(places, [by_id[i] for i in ids]) for ids, places in groups.items()]
