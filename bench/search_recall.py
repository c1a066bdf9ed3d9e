"""Does the search find what a newcomer types? python bench/search_recall.py [site]

For each language, the queries of bench/search_queries.yml are searched with Pagefind in headless Chromium on
the built real site (`make build` writes site/; without it, each language is built into a temporary folder
first), and recall@3 is printed: the share of queries with an expected page among the first three results.
tests/test_search_recall.py runs the same queries on the test site.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "bench" / "search_queries.yml"
TOP = 3

# Pagefind's own API, loaded from the language's bundle: the URLs of the first results, as ranked.
_TOP_RESULTS = """async ([bundle, query, top]) => {
  const pagefind = await import(bundle);
  const search = await pagefind.search(query);
  return Promise.all(search.results.slice(0, top).map(async (result) => (await result.data()).url));
}"""


@dataclass(frozen=True)
class Query:
    query: str
    expect: tuple[str, ...]  # page paths below the language's folder; a path ending in "-" or "/" is a prefix

    def found_in(self, paths: list[str]) -> bool:
        return any(path == target or (target.endswith(("-", "/")) and path.startswith(target))
                   for path in paths for target in self.expect)


@dataclass
class Recall:
    hits: int = 0
    misses: list[tuple[str, list[str]]] = field(default_factory=list)  # query and the paths found instead

    @property
    def share(self) -> float:
        return self.hits / (self.hits + len(self.misses))


def load_queries(path: Path = QUERIES) -> dict[str, list[Query]]:
    """Return the queries per language."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["queries"]
    return {language: [Query(q["query"], tuple(q["expect"])) for q in items] for language, items in data.items()}


def recall(page: Page, language_url: str, queries: list[Query]) -> Recall:
    """Search each query on the language's site at language_url (…/ar/) and count the hits among the first three."""
    page.goto(f"{language_url}search/")
    result = Recall()
    for query in queries:
        urls = page.evaluate(_TOP_RESULTS, [f"{language_url}pagefind/pagefind.js", query.query, TOP])
        paths = [url.split("/", 2)[2] if url.count("/") >= 2 else url for url in urls]  # /ar/x/ → x/
        if query.found_in(paths):
            result.hits += 1
        else:
            result.misses.append((query.query, paths))
    return result


def _build(site: Path, languages: list[str]) -> None:
    for language in languages:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_LANGUAGE": language,
               "SITE_DIR": str(site / language), "SITE_URL": f"http://127.0.0.1:8000/{language}/"}
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--strict", "-f", str(ROOT / "mkdocs.yml")],
                       cwd=ROOT, env=env, check=True)


def _print(site: Path, queries: dict[str, list[Query]]) -> None:
    from playwright.sync_api import sync_playwright
    from serving import CHROMIUM, CHROMIUM_ARGS, serve

    with serve(site) as (base_url, _sent), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        print(f"search recall@{TOP} on the real directory ({QUERIES.relative_to(ROOT)})")
        for language, items in queries.items():
            found = recall(page, f"{base_url}{language}/", items)
            print(f"  {language}: {found.share:.0%} ({found.hits} of {len(items)})"
                  + "".join(f"\n      missed {q!r}: {paths}" for q, paths in found.misses))
        browser.close()


def main(argv: list[str] | None = None) -> int:
    """Search every query on the built site (or a fresh build) and print recall@3 per language."""
    parser = argparse.ArgumentParser(prog="python bench/search_recall.py", description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", help="a site built by make build (default: build one)")
    args = parser.parse_args(argv)
    queries = load_queries()
    if args.site:
        _print(args.site, queries)
        return 0
    with tempfile.TemporaryDirectory(prefix="wegweiser-recall-") as temp:
        _build(Path(temp), list(queries))
        _print(Path(temp), queries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
