"""What a reader downloads for a first search on a large site: python bench/search_transfer.py 10000.

Builds a synthetic directory of the given size (German), serves it on the loopback address
with gzip for text files as a production web server would (Pagefind's index files and its
WebAssembly are compressed already), opens the search page in headless Chromium, searches once,
and sums the bytes of every Pagefind file fetched from opening the page until the results show:
as transferred, and uncompressed. Prints figures only.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from wegweiser.synthetic import generate

ROOT = Path(__file__).resolve().parents[1]

TARGET_KB = 300
QUERY = "Beispielkurs Arabisch"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def build(directory: Path, site: Path, base_url: str) -> float:
    """Build the German site from directory into site/de; return the seconds it took."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_LANGUAGE": "de",
           "SITE_DIR": str(site / "de"), "SITE_URL": f"{base_url}de/", "WEGWEISER_DIRECTORY": str(directory)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(ROOT / "mkdocs.yml")],
                   cwd=ROOT, env=env, check=True)
    return time.perf_counter() - start


def first_search(base_url: str, query: str) -> int:
    """Search once in Chromium (the server counts the bytes); return the number of results shown."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"{base_url}de/search/")
        page.locator(".pagefind-ui__search-input").fill(query)
        page.locator(".pagefind-ui__result").first.wait_for(timeout=30_000)
        page.wait_for_load_state("networkidle")
        results = page.locator(".pagefind-ui__result").count()
        browser.close()
    return results


def _by_kind(sent: list[tuple[str, int, int]]) -> dict[str, tuple[int, int]]:
    """Sum (transferred, uncompressed) bytes of the Pagefind files per kind of file."""
    totals: dict[str, tuple[int, int]] = {}
    for path, wire, raw in sent:
        if "/pagefind/" not in path:
            continue
        name = path.rsplit("/pagefind/", 1)[1].split("?")[0]
        kind = name.split("/")[0] if "/" in name else "pagefind.<lang>.pf_meta" if ".pf_meta" in name else name
        old = totals.get(kind, (0, 0))
        totals[kind] = (old[0] + wire, old[1] + raw)
    return totals


def main(argv: list[str] | None = None) -> int:
    """Build, search once, print what was transferred and whether it meets the target."""
    parser = argparse.ArgumentParser(prog="python bench/search_transfer.py", description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, nargs="?", default=10_000)
    args = parser.parse_args(argv)
    directory = ROOT / "synthetic" / str(args.size)
    generate(directory, args.size)
    with tempfile.TemporaryDirectory(prefix="wegweiser-search-") as temp:
        site = Path(temp)
        handler = functools.partial(_Compressing, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base_url = f"http://127.0.0.1:{server.server_address[1]}/"
        seconds = build(directory, site, base_url)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        _Compressing.sent.clear()
        try:
            results = first_search(base_url, QUERY)
        finally:
            server.shutdown()
        totals = _by_kind(_Compressing.sent)
        index_bytes = sum(path.stat().st_size for path in (site / "de" / "pagefind").rglob("*") if path.is_file())
    print(f"{args.size} entries, build {seconds:.1f} s, whole Pagefind bundle on disk {index_bytes / 1024:,.0f} KB")
    print(f"first search for {QUERY!r}: {results} results shown")
    print(f"  {'file':<28}{'transferred':>12}{'uncompressed':>14}")
    for kind, (wire, raw) in sorted(totals.items(), key=lambda item: -item[1][0]):
        print(f"  {kind:<28}{wire / 1024:>9,.1f} KB{raw / 1024:>11,.1f} KB")
    total, raw = (sum(sizes) for sizes in zip(*totals.values(), strict=True))
    verdict = "met" if total / 1024 <= TARGET_KB else "not met"
    print(f"  {'total':<28}{total / 1024:>9,.1f} KB{raw / 1024:>11,.1f} KB   target <= {TARGET_KB} KB "
          f"transferred: {verdict}")
    return 0


class _Compressing(http.server.SimpleHTTPRequestHandler):
    """Serve files, gzipping text as web servers do; Pagefind's own binary files are compressed already."""

    TEXT = (".js", ".css", ".html", ".json", ".svg")
    sent: list[tuple[str, int, int]] = []  # (URL path, bytes on the wire, bytes of the file)
    lock = threading.Lock()

    def do_GET(self) -> None:  # noqa: N802 - name given by the base class
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            super().do_GET()
            return
        raw = path.read_bytes()
        compress = path.suffix in self.TEXT and "gzip" in self.headers.get("Accept-Encoding", "")
        body = gzip.compress(raw) if compress else raw
        with self.lock:
            self.sent.append((self.path, len(body), len(raw)))
        if not compress:
            super().do_GET()
            return
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass


if __name__ == "__main__":
    sys.exit(main())
