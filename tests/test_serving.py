"""What `make serve` keeps between rebuilds: compiled theme templates, contact files, and a search index written
afterwards."""

from __future__ import annotations

import gettext
import threading
from datetime import date
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

from conftest import FIXTURES
from wegweiser.site.contact_files import contact_files
from wegweiser.site.serving import BackgroundIndex, MemoryBytecodeCache, RebuildMemo
from wegweiser.source import load_directory


def _compiles(cache: MemoryBytecodeCache, source: str) -> int:
    """Render a template in a fresh environment (as each rebuild has) and count how often Jinja compiled it."""
    env = Environment(loader=DictLoader({"page.html": source}), bytecode_cache=cache)
    compiled = 0
    original = env.compile

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal compiled
        compiled += 1
        return original(*args, **kwargs)

    env.compile = counting  # type: ignore[method-assign]
    assert env.get_template("page.html").render(name="Alfeld") == source.replace("{{ name }}", "Alfeld")
    return compiled


def test_a_rebuild_reuses_the_compiled_templates_until_their_source_changes() -> None:
    cache = MemoryBytecodeCache()
    assert _compiles(cache, "<p>{{ name }}</p>") == 1
    assert _compiles(cache, "<p>{{ name }}</p>") == 0
    assert _compiles(cache, "<h1>{{ name }}</h1>") == 1


def test_the_next_build_waits_for_the_search_index_of_the_last(tmp_path: Path) -> None:
    release = threading.Event()
    written: list[Path] = []

    def index(site_dir: Path) -> None:
        release.wait(5)
        written.append(site_dir)

    background = BackgroundIndex()
    background.start(index, tmp_path)
    assert written == []
    release.set()
    background.wait()
    assert written == [tmp_path]


def test_a_failed_search_index_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def index(site_dir: Path) -> None:
        raise RuntimeError(f"Pagefind failed on {site_dir}")

    background = BackgroundIndex()
    background.start(index, tmp_path)
    background.wait()
    assert f"Pagefind failed on {tmp_path}" in caplog.text


def test_a_rebuild_takes_over_what_the_last_one_made_in_the_same_context() -> None:
    memo: RebuildMemo[str] = RebuildMemo()
    made: list[str] = []

    def rebuild(context: str, *keys: str) -> list[str]:
        memo.start(context)
        return [memo.get(key, lambda k=key: made.append(k) or k.upper()) for key in keys]

    assert rebuild("de", "a", "b") == ["A", "B"]
    assert rebuild("de", "a") == ["A"]
    assert rebuild("de", "a", "b") == ["A", "B"]  # b was not used by the rebuild before: made again
    assert rebuild("ar", "a") == ["A"]  # another context: nothing taken over
    assert made == ["a", "b", "b", "a"]


@pytest.mark.parametrize("change", [("municipalities", "beispielstadt", "name", "Umbenannt"),
                                    ("courses", "kurs-a-beispielstadt", "name", "Neuer Kursname")])
def test_remembered_contact_files_are_those_made_afresh(change: tuple[str, str, str, str]) -> None:
    """A municipality's new name is in the calendars of what is held there; a course's in its own and the feed's."""
    memo: RebuildMemo[str | bytes] = RebuildMemo()
    stamp = date(2026, 12, 3)
    before, _ = load_directory(FIXTURES / "valid")
    memo.start("de")
    first = contact_files(before, "de", gettext.NullTranslations(), stamp, memo.get)
    after, _ = load_directory(FIXTURES / "valid")
    kind, id_, field, value = change
    after.get(kind, id_).data[field] = value
    memo.start("de")
    remembered = contact_files(after, "de", gettext.NullTranslations(), stamp, memo.get)
    afresh = contact_files(after, "de", gettext.NullTranslations(), stamp)
    assert remembered == afresh
    changed = {path for path in afresh if afresh[path] != first[path]}
    assert "municipalities/beispielstadt.ics" in changed
    assert len(changed) < len(afresh)
