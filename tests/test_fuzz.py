"""Property-based fuzzing of the source step with Hypothesis: whatever one entry file holds, loading the
directory ends in entries or in problems that name that file, never in an exception or a hang; and a
directory that loads without problems also becomes pages.

Each example writes one file into a copy of the valid fixture directory and loads it: noise, valid entries
broken by the mutations of the seeded fuzz (tests/yaml_mutations.py, drawn here so that a failure shrinks
to a small file), entries with fields of the wrong type, hostile YAML (Python tags, alias bombs, huge
numbers, impossible dates, control characters) and odd file names.

Runs repeat: the default profile "ci" is derandomized, with a fixed number of examples and no example
database. `HYPOTHESIS_PROFILE=explore` searches further with fresh randomness. Each example must finish
within the profile's deadline; a call that never returns fails after a minute instead of hanging.
"""

from __future__ import annotations

import gettext
import os
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from conftest import LANGUAGES, ROOT
from wegweiser.catalogs import load_translations
from wegweiser.html import render_pages
from wegweiser.messages import identity
from wegweiser.reports.problems import text_line
from wegweiser.schema import COMMON, KINDS, load_schema_file, schema
from wegweiser.source import load_directory
from wegweiser.source.files import display_path
from wegweiser.source.problems import Problem
from wegweiser.source.validate import explain, is_valid
from wegweiser.source.yaml_reader import MAX_NODES
from wegweiser.views import build_views
from yaml_mutations import SNIPPETS, load_entry, mutate_text, within

settings.register_profile(
    "ci", max_examples=120, derandomize=True, database=None, deadline=timedelta(seconds=5), print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
settings.register_profile("explore", parent=settings.get_profile("ci"), max_examples=3000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

VALID = Path(__file__).parent / "fixtures" / "valid"
SEEDS = tuple(sorted(VALID.rglob("*.yml")))
IDS = tuple(path.stem for path in SEEDS)
HANG_SECONDS = 60  # far beyond the deadline: only a call that never returns gets here
CANARY = "fuzz-canary"  # what a YAML tag that ran code would create


def _keys(node: Any) -> Iterator[str]:
    """Yield every field name declared anywhere in a schema."""
    if isinstance(node, dict):
        yield from node.get("properties", {})
        for value in node.values():
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


KEYS = tuple(sorted({key for kind in KINDS for key in _keys(schema(kind))} | set(_keys(load_schema_file(COMMON)))))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the valid fixture directory, with the validators compiled already (not part of any deadline)."""
    root = tmp_path_factory.mktemp("fuzz") / "directory"
    shutil.copytree(VALID, root)
    for kind in KINDS:
        (root / kind).mkdir(exist_ok=True)
        is_valid(kind, {})
        list(explain(kind, {}))
    return root


@cache
def _baseline(root: Path) -> frozenset[str]:
    """The problems of the untouched copy (none, while the fixture is valid)."""
    return frozenset(text_line(problem, identity) for problem in load_directory(root)[1])


@cache
def _translations(language: str) -> gettext.NullTranslations:
    return load_translations(ROOT / "translations", language)


def check_file(root: Path, kind: str, name: str, content: bytes, language: str = "de") -> list[Problem]:
    """Write content to root/kind/name, load the directory, and check the outcome; return the file's problems."""
    target = root / kind / name
    assume(not target.exists() and not target.is_symlink())  # never replace a fixture file
    target.write_bytes(content)
    try:
        directory, problems = within(HANG_SECONDS, lambda: load_directory(root))
    finally:
        target.unlink()
    shown = display_path(target)
    new = [problem for problem in problems if text_line(problem, identity) not in _baseline(root)]
    for problem in new:
        assert problem.file == shown, text_line(problem, identity)
        assert text_line(problem, _translations("en").gettext)
    event(", ".join(sorted({problem.code for problem in new})) or "valid")  # see --hypothesis-show-statistics
    if not problems:  # a valid directory: it becomes pages as well
        assert render_pages(build_views(directory, language, _translations(language), tuple(LANGUAGES)))
    return new


kinds = st.sampled_from(KINDS)
languages = st.sampled_from(LANGUAGES)
seeds = st.sampled_from(SEEDS)


def _entry_name(seed: Path, number: int) -> str:
    return f"{seed.stem}-fuzz-{number}"


@given(kind=kinds, content=st.binary(max_size=2048))
def test_noise(workspace: Path, kind: str, content: bytes) -> None:
    check_file(workspace, kind, "fuzz-noise.yml", content)


@given(seed=seeds, rng=st.randoms(use_true_random=False), language=languages)
def test_mutated_entries(workspace: Path, seed: Path, rng: Any, language: str) -> None:
    name = _entry_name(seed, 1)
    text = seed.read_text(encoding="utf-8").replace(f"id: {seed.stem}\n", f"id: {name}\n")
    check_file(workspace, seed.parent.name, f"{name}.yml", mutate_text(text, rng), language)


# Values of any type, for any field: wrong types, numbers longer than any field allows, impossible dates,
# every kind of character (controls, bidi overrides), real ids, and nested lists and maps of those.
impossible_dates = st.builds("{:04d}-{:02d}-{:02d}".format, st.integers(0, 9999), st.integers(0, 99),
                             st.integers(0, 99))
dates = st.dates().map(date.isoformat) | impossible_dates
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(st.characters(codec="utf-8")),
                    dates, st.sampled_from(IDS), st.sampled_from(KEYS))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=4),
                      max_leaves=20)


@given(seed=seeds, changes=st.dictionaries(st.sampled_from(KEYS), values, max_size=5),
       removed=st.lists(st.sampled_from(KEYS), max_size=3), flow=st.sampled_from([None, True, False]),
       unicode=st.booleans(), language=languages)
def test_wrong_types(workspace: Path, seed: Path, changes: dict[str, Any], removed: list[str], flow: bool | None,
                     unicode: bool, language: str) -> None:
    name = _entry_name(seed, len(changes))
    data = {**load_entry(seed.read_text(encoding="utf-8")), **changes, "id": name}
    for key in removed:
        data.pop(key, None)
    content = yaml.safe_dump(data, allow_unicode=unicode, default_flow_style=flow, sort_keys=False).encode()
    check_file(workspace, seed.parent.name, f"{name}.yml", content, language)


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Yield the path of every value in data that is not a list or a map."""
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else None
    if items is None:
        yield path
        return
    for key, value in items:
        yield from _leaves(value, (*path, key))


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


@given(seed=seeds, data=st.data(), language=languages)
def test_replaced_values(workspace: Path, seed: Path, data: st.DataObject, language: str) -> None:
    """Deep inside an otherwise valid entry: a date that does not exist, a number too long, a map for a text."""
    name = _entry_name(seed, 2)
    entry = {**load_entry(seed.read_text(encoding="utf-8")), "id": name}
    paths = [path for path in _leaves(entry) if path != ("id",)]
    for path in data.draw(st.lists(st.sampled_from(paths), min_size=1, max_size=3, unique=True)):
        _replace(entry, path, data.draw(dates | values))  # half of them dates: many fields hold one
    content = yaml.safe_dump(entry, allow_unicode=True, sort_keys=False).encode()
    check_file(workspace, seed.parent.name, f"{name}.yml", content, language)


def _hostile_scalars(canary: Path) -> list[str]:
    """YAML values that a careless loader would act on: code-running tags, other tags, odd numbers and dates."""
    touch = f'["touch {canary}"]'
    return [f"!!python/object/apply:os.system {touch}", f"!!python/object/apply:subprocess.call [{touch}]",
            f"!!python/object/new:subprocess.Popen [{touch}]", "!!python/name:os.system",
            "!!python/module:os", f'!!python/object/apply:builtins.exec ["open({str(canary)!r}, \'w\')"]',
            "!ENV [HOME]", "!!binary aGFsbG8=", "!!set {a, b}", "!!omap [a: 1]", "!!timestamp 2026-02-30",
            "!!int 123", "!!float 1e999", "!!str", "!<tag:yaml.org,2002:python/none> ''", "!local x",
            "2026-02-30", "2026-13-01", "0000-00-00", "-2026-01-01", "2026-1-1", "20260101", "2026-01-01T25:61:00",
            "9" * 19, "-" + "9" * 19, "9" * 300, "0." + "0" * 30 + "1", "1e309", "-.inf", ".NaN", "0x7FFFFFFF",
            "0o777", "1_000", "0b101", "+1", "1:20:30", "yes", "off", "~", '"\\ud800"', '"\\U0010FFFF"',
            '"\\x00"', '"\\e[31m"', '"\\u202e"', '"\\N\\_\\L\\P"', "'\u2028'", '"' + "\\t" * 3 + '"']


@st.composite
def hostile_documents(draw: st.DrawFn, canary: Path) -> bytes:
    """A document of fields that each hold a hostile value, with YAML syntax strewn in."""
    line = st.one_of(
        st.builds("{}: {}\n".format, st.sampled_from(KEYS), st.sampled_from(_hostile_scalars(canary))),
        st.builds("{}:\n  {}: {}\n".format, st.sampled_from(KEYS), st.sampled_from(KEYS),
                  st.sampled_from(_hostile_scalars(canary))),
        st.sampled_from(SNIPPETS),
        st.sampled_from(["%YAML 1.1\n", "%TAG !py! tag:yaml.org,2002:python/\n", "--- !py!object/apply:os.system\n",
                         "---\n", "<<: {id: x}\n", "? [a, b]\n: c\n", "&a id: x\n", "*a : y\n"]))
    return "".join(draw(st.lists(line, max_size=16))).encode()


def test_hostile_yaml_runs_nothing(workspace: Path) -> None:
    canary = workspace.parent / CANARY

    @given(kind=kinds, content=hostile_documents(canary))
    def check(kind: str, content: bytes) -> None:
        check_file(workspace, kind, "fuzz-hostile.yml", content)
        assert not canary.exists(), content

    check()


@given(kind=kinds, width=st.integers(2, 12), depth=st.integers(1, 9), merge=st.booleans())
def test_alias_bombs(workspace: Path, kind: str, width: int, depth: int, merge: bool) -> None:
    """Billion laughs: each level refers to the level below `width` times; expanded, it holds width**depth values."""
    lines = ["id: fuzz-bomb\n", "l0: &l0 [lol]\n"]
    for level in range(1, depth + 1):
        lines.append(f"l{level}: &l{level} [{', '.join([f'*l{level - 1}'] * width)}]\n")
    lines.append(f"name: {{<<: {{de: *l{depth}}}}}\n" if merge else f"name: *l{depth}\n")
    found = check_file(workspace, kind, "fuzz-bomb.yml", "".join(lines).encode())
    if width**depth > MAX_NODES:
        assert [problem.code for problem in found] == ["yaml.too-many-values"]


file_names = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_characters="/\0"), min_size=1, max_size=40),
    st.binary(min_size=1, max_size=40).filter(lambda raw: b"/" not in raw and b"\0" not in raw).map(os.fsdecode))
endings = st.sampled_from([".yml", ".yaml", ".YML", ".yml~", ".yml.bak", "", ".json", ".md"])


@given(seed=seeds, stem=file_names, ending=endings)
def test_file_names(workspace: Path, seed: Path, stem: str, ending: str) -> None:
    name = stem + ending
    assume(name not in (".", "..") and len(os.fsencode(name)) <= 255)
    content = seed.read_text(encoding="utf-8").replace(f"id: {seed.stem}\n", f"id: {stem}\n")
    check_file(workspace, seed.parent.name, name, content.encode("utf-8", "surrogateescape"))
