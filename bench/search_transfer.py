"""What a reader downloads for a first search on a large site: python bench/search_transfer.py 10000.

Builds a synthetic directory of the given size (German), serves it on the loopback address,
opens the search page in headless Chromium, searches once, and sums the bytes of every
Pagefind file fetched from opening the page until the results show. Prints figures only.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from wegweiser.synthetic import generate  # noqa: E402 - needs the path above

TARGET_KB = 300
QUERY = "Beispielkurs Arabisch"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def build(directory: Path, site: Path, base_url: str) -> float:
    """Build the German site from directory into site/de; return the seconds it took."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT / "hooks"), "SITE_LANGUAGE": "de",
           "SITE_DIR": str(site / "de"), "SITE_URL": f"{base_url}de/", "WEGWEISER_DIRECTORY": str(directory)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(ROOT / "mkdocs.yml")],
                   cwd=ROOT, env=env, check=True)
    return time.perf_counter() - start


def first_search(base_url: str, query: str) -> dict[str, int]:
    """Search once in Chromium; return bytes fetched per kind of Pagefind file, and the result count."""
    fetched: dict[str, int] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()

        def record(response) -> None:
            if "/pagefind/" in response.url:
                kind = response.url.rsplit("/pagefind/", 1)[1].split("/")[0].split(".")[0]
                fetched[kind] = fetched.get(kind, 0) + len(response.body())

        page.on("response", record)
        page.goto(f"{base_url}de/search/")
        page.locator(".pagefind-ui__search-input").fill(query)
        page.locator(".pagefind-ui__result").first.wait_for(timeout=30_000)
        page.wait_for_load_state("networkidle")
        fetched["results shown"] = page.locator(".pagefind-ui__result").count()
        browser.close()
    return fetched


def main(argv: list[str] | None = None) -> int:
    """Build, search once, print what was transferred and whether it meets the target."""
    parser = argparse.ArgumentParser(prog="python bench/search_transfer.py", description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, nargs="?", default=10_000)
    args = parser.parse_args(argv)
    directory = ROOT / "synthetic" / str(args.size)
    generate(directory, args.size)
    with tempfile.TemporaryDirectory(prefix="wegweiser-search-") as temp:
        site = Path(temp)
        handler = functools.partial(_Quiet, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base_url = f"http://127.0.0.1:{server.server_address[1]}/"
        seconds = build(directory, site, base_url)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            fetched = first_search(base_url, QUERY)
        finally:
            server.shutdown()
        index_bytes = sum(path.stat().st_size for path in (site / "de" / "pagefind").rglob("*") if path.is_file())
    results = fetched.pop("results shown")
    total = sum(fetched.values())
    print(f"{args.size} entries, build {seconds:.1f} s, whole Pagefind bundle on disk {index_bytes / 1024:,.0f} KB")
    print(f"first search for {QUERY!r}: {results} results shown")
    for kind, size in sorted(fetched.items(), key=lambda item: -item[1]):
        print(f"  {kind:<28}{size / 1024:>9,.1f} KB")
    verdict = "met" if total / 1024 <= TARGET_KB else "not met"
    print(f"  {'total':<28}{total / 1024:>9,.1f} KB   target <= {TARGET_KB} KB: {verdict}")
    return 0


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass


if __name__ == "__main__":
    sys.exit(main())
