"""What a reader downloads for a first search on a large site: python bench/search_transfer.py 10000.

Builds a synthetic directory of the given size (German), serves it as GitHub Pages would (bench/serving.py),
opens the search page in headless Chromium, searches once, and sums the bytes of every Pagefind file
fetched from opening the page until the results show: as transferred, and uncompressed. Prints figures only.
`bench/bench.py` measures the same on the site it has built already.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright
from serving import CHROMIUM, CHROMIUM_ARGS, Sent, serve

from wegweiser.synthetic import generate

ROOT = Path(__file__).resolve().parents[1]

TARGET_KB = 300
QUERY = "Beispielkurs Arabisch"


@dataclass(frozen=True)
class SearchTransfer:
    """What the first search fetched: results shown, and (transferred, uncompressed) bytes per kind of file."""

    results: int
    by_kind: dict[str, tuple[int, int]]
    bundle_bytes: int  # the whole Pagefind bundle on disk, for comparison

    @property
    def transferred(self) -> int:
        return sum(wire for wire, _raw in self.by_kind.values())

    @property
    def uncompressed(self) -> int:
        return sum(raw for _wire, raw in self.by_kind.values())


def build(directory: Path, site: Path) -> float:
    """Build the German site from directory into site/de; return the seconds it took."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_LANGUAGE": "de",
           "SITE_DIR": str(site / "de"), "WEGWEISER_DIRECTORY": str(directory)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--strict", "-f", str(ROOT / "mkdocs.yml")],
                   cwd=ROOT, env=env, check=True)
    return time.perf_counter() - start


def measure_search(site: Path, language: str = "de", query: str = QUERY) -> SearchTransfer:
    """Serve site (one folder per language), search once on the language's search page, count the transfer."""
    with serve(site) as (base_url, sent):
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"{base_url}{language}/search/")
            page.locator(".pagefind-ui__search-input").fill(query)
            page.locator(".pagefind-ui__result").first.wait_for(timeout=30_000)
            page.wait_for_load_state("networkidle")
            results = page.locator(".pagefind-ui__result").count()
            browser.close()
        fetched = list(sent)
    bundle = sum(path.stat().st_size for path in (site / language / "pagefind").rglob("*") if path.is_file())
    return SearchTransfer(results, _by_kind(fetched), bundle)


def _by_kind(sent: list[Sent]) -> dict[str, tuple[int, int]]:
    """Sum (transferred, uncompressed) bytes of the Pagefind files per kind of file."""
    totals: dict[str, tuple[int, int]] = {}
    for response in sent:
        if "/pagefind/" not in response.path:
            continue
        name = response.path.rsplit("/pagefind/", 1)[1].split("?")[0]
        kind = name.split("/")[0] if "/" in name else "pagefind.<lang>.pf_meta" if ".pf_meta" in name else name
        old = totals.get(kind, (0, 0))
        totals[kind] = (old[0] + response.wire, old[1] + response.raw)
    return totals


def search_lines(size: int, transfer: SearchTransfer, query: str = QUERY) -> list[str]:
    """The figures as printed: per kind of file, then the total against the target."""
    lines = [f"first search on {size} entries for {query!r}: {transfer.results} results shown; whole Pagefind "
             f"bundle on disk {transfer.bundle_bytes / 1024:,.0f} KB",
             f"  {'file':<28}{'transferred':>12}{'uncompressed':>14}"]
    for kind, (wire, raw) in sorted(transfer.by_kind.items(), key=lambda item: -item[1][0]):
        lines.append(f"  {kind:<28}{wire / 1024:>9,.1f} KB{raw / 1024:>11,.1f} KB")
    verdict = "met" if transfer.transferred / 1024 <= TARGET_KB else "not met"
    lines.append(f"  {'total':<28}{transfer.transferred / 1024:>9,.1f} KB{transfer.uncompressed / 1024:>11,.1f} KB"
                 f"   target <= {TARGET_KB} KB transferred: {verdict}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Build, search once, print what was transferred and whether it meets the target."""
    parser = argparse.ArgumentParser(prog="python bench/search_transfer.py", description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, nargs="?", default=10_000)
    args = parser.parse_args(argv)
    directory = ROOT / "synthetic" / str(args.size)
    generate(directory, args.size)
    with tempfile.TemporaryDirectory(prefix="wegweiser-search-") as temp:
        seconds = build(directory, Path(temp))
        transfer = measure_search(Path(temp))
    print(f"{args.size} entries, German build {seconds:.1f} s")
    print("\n".join(search_lines(args.size, transfer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
