"""Shared fixtures: the real site, built once per test session, and a local server for it."""

from __future__ import annotations

import functools
import http.server
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from wegweiser.catalogs import compile_catalogs

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
# The site's languages, as listed once in mkdocs.yml.
LANGUAGES = re.search(r"^  languages: \[(.*)\]", (ROOT / "mkdocs.yml").read_text(), re.M).group(1).split(", ")


def build_site(site: Path, language: str, base_url: str, directory: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build --strict` for one language, as `make build` does (catalogs compiled first)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
           "SITE_LANGUAGE": language, "SITE_DIR": str(site / language), "SITE_URL": f"{base_url}{language}/"}
    if directory:
        env["WEGWEISER_DIRECTORY"] = str(directory)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session", autouse=True)
def catalogs() -> None:
    """Compile the catalogs once, as make does before the language builds run in parallel."""
    compile_catalogs(ROOT / "translations")


@pytest.fixture(scope="session")
def base_url() -> str:
    return f"http://127.0.0.1:{_free_port()}/"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, base_url: str) -> Path:
    """The real directory built in every language, with the root language chooser.

    The small fixture directory is built beside it under fixture/, for features the real
    directory has no data for yet (courses with languages of support).
    """
    site = tmp_path_factory.mktemp("site")
    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        builds = [pool.submit(build_site, site, language, base_url) for language in LANGUAGES]
        builds += [pool.submit(build_site, site / "fixture", language, f"{base_url}fixture/", FIXTURES / "valid")
                   for language in ("de", "ar", "fa")]
        for build in builds:
            assert build.result().returncode == 0, build.result().stderr
    subprocess.run([sys.executable, "-m", "wegweiser", "root-page", str(site), "--languages", *LANGUAGES,
                    "--base-url", base_url], cwd=ROOT, check=True, capture_output=True)
    return site


@pytest.fixture(scope="session")
def server(site: Path, base_url: str) -> Iterator[str]:
    """Serve the built site on the loopback address the build was told about."""
    port = int(base_url.rsplit(":", 1)[1].strip("/"))
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base_url
    httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass
