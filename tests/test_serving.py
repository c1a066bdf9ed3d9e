"""What `make serve` keeps between rebuilds: compiled theme templates, and a search index written afterwards."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

from wegweiser.site.serving import BackgroundIndex, MemoryBytecodeCache


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
