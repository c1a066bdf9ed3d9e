"""Shared fixtures: the real site, built once per test session, a local server for it, and a browser."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from hostile import write_hostile_directory
from wegweiser.catalogs import compile_catalogs

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
# The integration concept of 2021 as text: the source the directory's facts are checked against.
CONCEPT_SOURCE = ROOT / "sources" / "integrationskonzept-landkreis-hildesheim.txt"
# The site's languages, as listed once in mkdocs.yml.
LANGUAGES = re.search(r"^  languages: \[(.*)\]", (ROOT / "mkdocs.yml").read_text(), re.M).group(1).split(", ")
HOSTILE_LANGUAGES = ("de", "ar")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "test-artifacts" / "screenshots"


def build_site(site: Path, language: str, base_url: str, directory: Path | None = None,
               **env: str) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build --strict` for one language, as `make build` does for each (catalogs compiled
    first)."""
    variables = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_LANGUAGE": language,
                 "SITE_DIR": str(site / language), "SITE_URL": f"{base_url}{language}/", **env}
    if directory:
        variables["WEGWEISER_DIRECTORY"] = str(directory)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml")],
                          cwd=ROOT, env=variables, capture_output=True, text=True, timeout=600)


def build_languages(site: Path, languages: list[str], base_url: str, directory: Path | None = None,
                    *options: str) -> subprocess.CompletedProcess:
    """Build languages as `make build` does: `wegweiser build`, which forks a process per language."""
    variables = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if directory:
        variables["WEGWEISER_DIRECTORY"] = str(directory)
    return subprocess.run([sys.executable, "-m", "wegweiser", "build", str(site), "--languages", *languages,
                           "--base-url", base_url, "--config-file", str(ROOT / "mkdocs.yml"), *options],
                          cwd=ROOT, env=variables, capture_output=True, text=True, timeout=600)


def write_root_page(site: Path, base_url: str, *options: str) -> None:
    subprocess.run([sys.executable, "-m", "wegweiser", "root-page", str(site), "--languages", *LANGUAGES,
                    "--base-url", base_url, *options], cwd=ROOT, check=True, capture_output=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session", autouse=True)
def catalogs() -> None:
    """Compile the catalogs once, as make does before the language builds run in parallel."""
    compile_catalogs(ROOT / "translations")


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the valid fixture directory, as `directory/` of the working folder, for the command line."""
    shutil.copytree(FIXTURES / "valid", tmp_path / "directory")
    monkeypatch.chdir(tmp_path)
    return Path("directory")


@pytest.fixture(scope="session")
def base_url() -> str:
    return f"http://127.0.0.1:{free_port()}/"


@pytest.fixture(scope="session")
def hostile_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The directory of hostile but valid entries (tests/hostile.py)."""
    return write_hostile_directory(tmp_path_factory.mktemp("hostile-directory"))


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, base_url: str, hostile_directory: Path) -> Path:
    """The real directory built in every language, with the root language chooser.

    Beside it: the small fixture directory under fixture/, for features the real directory
    has no data for yet (courses with languages of support), and the hostile entries under hostile/.
    """
    site = tmp_path_factory.mktemp("site")
    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        builds = [pool.submit(build_languages, site, LANGUAGES, base_url)]
        builds += [pool.submit(build_site, site / "fixture", language, f"{base_url}fixture/", FIXTURES / "valid")
                   for language in ("de", "ar", "fa")]
        builds += [pool.submit(build_site, site / "hostile", language, f"{base_url}hostile/", hostile_directory)
                   for language in HOSTILE_LANGUAGES]
        for build in builds:
            assert build.result().returncode == 0, build.result().stderr
    write_root_page(site, base_url)
    subprocess.run([sys.executable, "-m", "wegweiser", "open-data", str(site / "data"), "--languages", *LANGUAGES],
                   cwd=ROOT, check=True, capture_output=True)  # as make build does, once for all languages
    return site


def serve(directory: Path, prefix: str = "/") -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve directory on a free loopback port under prefix (e.g. /preview/pr-7/); return server and URL."""
    handler = functools.partial(_QuietHandler, prefix, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"


@pytest.fixture(scope="session")
def server(site: Path, base_url: str) -> Iterator[str]:
    """Serve the built site on the loopback address the build was told about."""
    port = int(base_url.rsplit(":", 1)[1].strip("/"))
    handler = functools.partial(_QuietHandler, "/", directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield base_url
    httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve files below a URL prefix; anything outside it is not found."""

    def __init__(self, prefix: str, *args, **kwargs) -> None:
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside-the-prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    """A browser tab on the served site that fails the test on any request to a third party or any failure."""
    context = browser.new_context(base_url=server)
    page = context.new_page()
    outside: list[str] = []
    failed: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    yield page
    context.close()
    assert outside == [], f"requests to third parties: {outside}"
    assert failed == [], f"failed requests: {failed}"


def shoot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)
