"""Measurements in a browser of the real directory's site, served as GitHub Pages would (bench/serving.py).

- first visit on a phone: every byte a fresh mobile Chromium fetches to show a page, by type of file;
- Lighthouse 12.2.3 (npm, pinned in package.json; the system Chromium) mobile scores, with its default
  simulated throttling (a mid-range phone on slow 4G), for the start page, a list, an entry and the guide.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright
from serving import CHROMIUM, CHROMIUM_ARGS, Sent, serve

from wegweiser.catalogs import compile_catalogs

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True,
         "has_touch": True}  # the phone Lighthouse emulates (Moto G Power)
KINDS = {".html": "HTML", ".css": "CSS", ".js": "JS", ".woff2": "fonts", ".woff": "fonts", ".ttf": "fonts"}


@dataclass(frozen=True)
class Visit:
    language: str
    page: str
    by_kind: dict[str, tuple[int, int]]  # kind of file: (transferred, uncompressed) bytes

    @property
    def transferred(self) -> int:
        return sum(wire for wire, _raw in self.by_kind.values())


@dataclass(frozen=True)
class Scores:
    language: str
    page: str
    scores: dict[str, int]
    failing: tuple[str, ...]  # audits that cost points


def build_real_site(site: Path, base_url: str, languages: tuple[str, ...]) -> None:
    """Build the real directory in each language into site/<language>, addressed as base_url/<language>/."""
    for language in languages:
        compile_catalogs(ROOT / "translations")  # a catalog edited meanwhile would stop the build
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_LANGUAGE": language,
               "SITE_DIR": str(site / language), "SITE_URL": f"{base_url}{language}/"}
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(ROOT / "mkdocs.yml")],
                       cwd=ROOT, env=env, check=True)


def sample_pages(site: Path) -> dict[str, str]:
    """The pages measured, by what they stand for: the start page, a list, an entry and the guide."""
    entry = sorted((site / "de" / "courses").glob("*/index.html"))[0].parent.name
    return {"start": "", "list": "courses/", "entry": f"courses/{entry}/", "guide": "guide/"}


def first_visits(base_url: str, sent: list[Sent], languages: tuple[str, ...], pages: dict[str, str]) -> list[Visit]:
    """Open each page in a fresh phone-sized browser (nothing cached) and sum what it fetched until idle."""
    visits = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for language in languages:
            for name in ("start", "entry"):
                context = browser.new_context(**PHONE)
                sent.clear()
                context.new_page().goto(f"{base_url}{language}/{pages[name]}", wait_until="networkidle")
                context.close()
                visits.append(Visit(language, name, _by_kind(sent)))
        browser.close()
    return visits


def _by_kind(sent: list[Sent]) -> dict[str, tuple[int, int]]:
    totals: dict[str, tuple[int, int]] = {}
    for response in sent:
        suffix = Path(response.path.split("?")[0]).suffix or ".html"
        kind = KINDS.get(suffix, "other")
        wire, raw = totals.get(kind, (0, 0))
        totals[kind] = (wire + response.wire, raw + response.raw)
    return totals


def lighthouse(url: str) -> tuple[dict[str, int], tuple[str, ...]]:
    """Run Lighthouse once on url; return the category scores (0-100) and the audits that cost points."""
    with tempfile.TemporaryDirectory(prefix="wegweiser-lighthouse-") as temp:
        report = Path(temp) / "report.json"
        subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                        f"--only-categories={','.join(CATEGORIES)}", "--chrome-flags=--headless=new "
                        + " ".join(CHROMIUM_ARGS)], env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True,
                       capture_output=True)
        result = json.loads(report.read_text(encoding="utf-8"))
    categories = result["categories"]
    failing = tuple(sorted({ref["id"] for category in categories.values() for ref in category["auditRefs"]
                            if ref["weight"] > 0 and (result["audits"][ref["id"]]["score"] or 0) < 1
                            and result["audits"][ref["id"]]["scoreDisplayMode"] in ("binary", "numeric")}))
    return {name: round(categories[name]["score"] * 100) for name in CATEGORIES}, failing


def lighthouse_scores(base_url: str, languages: tuple[str, ...], pages: dict[str, str]) -> list[Scores]:
    results = []
    for language in languages:
        for name, path in pages.items():
            scores, failing = lighthouse(f"{base_url}{language}/{path}")
            results.append(Scores(language, name, scores, failing))
    return results


def measure_browser(languages: tuple[str, ...], *, with_lighthouse: bool) -> tuple[list[Visit], list[Scores]]:
    """Build the real site in languages, serve it, and measure first visits and (if asked) Lighthouse."""
    with tempfile.TemporaryDirectory(prefix="wegweiser-browser-") as temp:
        site = Path(temp)
        with serve(site) as (base_url, sent):
            build_real_site(site, base_url, languages)
            pages = sample_pages(site)
            visits = first_visits(base_url, sent, languages, pages)
            scores = lighthouse_scores(base_url, languages, pages) if with_lighthouse else []
    return visits, scores
