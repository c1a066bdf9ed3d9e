"""What `make serve` keeps between rebuilds: compiled theme templates, entry files read, pages' HTML, contact
files and the theme's HTML of entry pages; and a search index written afterwards."""

from __future__ import annotations

import gettext
import shutil
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

from conftest import FIXTURES, ROOT
from wegweiser.memo import RebuildMemo
from wegweiser.model.entries import Directory
from wegweiser.site import build as site_build
from wegweiser.site.contact_files import contact_files
from wegweiser.site.serving import SEARCH_INDEX, BackgroundIndex, MemoryBytecodeCache, ThemeReplay, watch_file_events
from wegweiser.source import load_directory, loader
from wegweiser.source.files import EntryFile
from wegweiser.source.loader import CheckedSource
from wegweiser.source.problems import Problem


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


def test_an_unchanged_entry_file_is_not_read_again(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memo: RebuildMemo[CheckedSource] = RebuildMemo()
    read: list[str] = []
    original = loader.read_checked

    def counting(file: EntryFile) -> CheckedSource:
        read.append(file.path.name)
        return original(file)

    monkeypatch.setattr(loader, "read_checked", counting)

    def rebuild() -> tuple[Directory, list[Problem]]:
        memo.start("de")
        return load_directory(tree, remember=memo.get)

    first, _ = rebuild()
    count = len(read)
    course = tree / "courses" / "kurs-a-beispielstadt.yml"
    course.write_text(course.read_text(encoding="utf-8").replace("name: Kurs A", "name: Kurs B", 1), encoding="utf-8")
    read.clear()
    remembered, problems = rebuild()
    assert read == ["kurs-a-beispielstadt.yml"]
    assert remembered.get("courses", "kurs-a-beispielstadt").get("name") == "Kurs B in Beispielstadt"
    afresh, problems_afresh = load_directory(tree)
    assert [(e.kind, e.id, e.data) for e in remembered] == [(e.kind, e.id, e.data) for e in afresh]
    assert problems == problems_afresh
    assert count == len(list(first)) > 1


def _serve_rebuild(site_dir: Path) -> None:
    """Build as each rebuild of `mkdocs serve` does, in this process: what it keeps is there for the next."""
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir))
    config.plugins.on_startup(command="serve", dirty=False)
    build(config, serve_url=config.site_url)
    SEARCH_INDEX.wait()


def _new_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start from nothing kept, as a new `mkdocs serve` does."""
    for name, memo in [("SOURCE_FILES", RebuildMemo()), ("RENDERED_PAGES", RebuildMemo()),
                       ("CONTACT_FILES", RebuildMemo()), ("THEME_PAGES", ThemeReplay())]:
        monkeypatch.setattr(site_build, name, memo)


def _files(site_dir: Path) -> dict[str, bytes]:
    return {str(path.relative_to(site_dir)): path.read_bytes() for path in sorted(site_dir.rglob("*"))
            if path.is_file() and "pagefind" not in path.parts}


def test_a_rebuild_after_a_save_is_what_a_new_serve_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a rebuild takes over (entry files, pages' HTML, contact files, the theme's HTML of entry pages) is
    what would be made afresh, and the saved entry's pages change."""
    directory = tmp_path / "directory"
    shutil.copytree(FIXTURES / "valid", directory)
    monkeypatch.setenv("WEGWEISER_DIRECTORY", str(directory))
    monkeypatch.setenv("SITE_LANGUAGE", "de")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    _new_serve(monkeypatch)
    _serve_rebuild(tmp_path / "first")
    course = directory / "courses" / "kurs-a-beispielstadt.yml"
    course.write_text(course.read_text(encoding="utf-8").replace("name: Kurs A", "name: Kurs Neu", 1),
                      encoding="utf-8")
    _serve_rebuild(tmp_path / "rebuilt")
    replayed = site_build.THEME_PAGES.replayed
    _new_serve(monkeypatch)
    _serve_rebuild(tmp_path / "afresh")
    rebuilt, afresh = _files(tmp_path / "rebuilt"), _files(tmp_path / "afresh")
    assert rebuilt.keys() == afresh.keys()
    assert [path for path in afresh if rebuilt[path] != afresh[path]] == []
    assert "Kurs Neu in Beispielstadt" in afresh["courses/kurs-a-beispielstadt/index.html"].decode()
    assert "Kurs Neu in Beispielstadt" in afresh["municipalities/beispielstadt/index.html"].decode()
    assert site_build.THEME_PAGES.replayed == 0 < replayed < len([path for path in afresh if path.endswith(".html")])


def _rebuild_wanted(server: LiveReloadServer, seconds: float) -> bool:
    with server._rebuild_cond:
        wanted = server._rebuild_cond.wait_for(lambda: server._want_rebuild, timeout=seconds)
        server._want_rebuild = False
    return wanted


def test_a_saved_file_is_seen_from_its_file_event_and_a_read_one_is_not(tmp_path: Path) -> None:
    entry = tmp_path / "directory" / "courses" / "kurs.yml"
    entry.parent.mkdir(parents=True)
    entry.write_text("name: Kurs\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(tmp_path / "directory"))
    server = watch_file_events(server)
    assert list(server._watched_paths) == [str(tmp_path / "directory")]
    server.observer.start()
    try:
        time.sleep(0.2)
        entry.read_text(encoding="utf-8")
        assert not _rebuild_wanted(server, 0.5)
        entry.write_text("name: Kurs B\n", encoding="utf-8")
        assert _rebuild_wanted(server, 5)
        (entry.parent / "neu.yml").write_text("name: Neu\n", encoding="utf-8")
        assert _rebuild_wanted(server, 5)
    finally:
        server.observer.stop()
        server.observer.join()
        server.server_close()
