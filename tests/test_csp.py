"""Content-Security-Policy: every page carries a strict policy, nothing in the pages needs more, and the
site (language menu, search, list filters) works under it in a real browser without a single violation."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Page

from conftest import LANGUAGES
from page_tour import tour

pytestmark = pytest.mark.browser

DATA_BLOCKS = ("application/json", "application/ld+json")
POLICY = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
          "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'")
# Every violation a page reports, handed to the test (the binding outlives each page of the tour).
REPORT_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  const text = `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`;
  window.__violations.push(text);
  window.wwViolation(text);
}, true);
"""


def record_violations(page: Page) -> list[str]:
    """Return a list that fills with the CSP violations of every page the tab opens from now on."""
    violations: list[str] = []
    page.context.expose_function("wwViolation", lambda text: violations.append(f"{page.url}: {text}"))
    page.context.add_init_script(REPORT_VIOLATIONS)
    return violations


class _Inline(HTMLParser):
    """Collect what a strict policy refuses: inline scripts, styles and event handlers, and where the policy is."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.policy: str | None = None
        self.before_policy: list[str] = []
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "content-security-policy":
            self.policy = attributes.get("content")
        elif tag in ("script", "link", "style") and self.policy is None:
            self.before_policy.append(tag)
        if tag == "style":
            self.found.append("<style>")
        self.found += [f"{name}= on <{tag}>" for name in attributes if name == "style" or name.startswith("on")]
        # Data blocks (JSON, schema.org JSON-LD) are not run, so the policy does not govern them.
        self._script = tag == "script" and "src" not in attributes and attributes.get("type") not in DATA_BLOCKS

    def handle_data(self, data: str) -> None:
        if self._script and data.strip():
            self.found.append(f"inline script: {data.strip()[:60]}")

    def handle_endtag(self, tag: str) -> None:
        self._script = False


def built_pages(site: Path) -> list[Path]:
    """Return every HTML page of every language build (the root language chooser is not a theme page)."""
    return [path for language in LANGUAGES for path in sorted((site / language).rglob("*.html"))]


def test_every_page_carries_the_policy_before_anything_it_governs(site: Path) -> None:
    wrong = {}
    for path in built_pages(site):
        parser = _Inline()
        parser.feed(path.read_text(encoding="utf-8"))
        if parser.policy != POLICY or parser.before_policy:
            wrong[str(path.relative_to(site))] = (parser.policy, parser.before_policy)
    assert wrong == {}


def test_no_page_needs_inline_script_or_style(site: Path) -> None:
    found = {}
    for path in built_pages(site):
        parser = _Inline()
        parser.feed(path.read_text(encoding="utf-8"))
        if parser.found:
            found[str(path.relative_to(site))] = parser.found[:3]
    assert found == {}


def test_policy_refuses_what_it_should(page: Page, server: str) -> None:
    """The report the browser tests rely on does see a violation: an inline script added to a page."""
    record_violations(page)
    page.goto(f"{server}de/")
    page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1'; "
                  "document.body.append(s); }")
    page.wait_for_function("window.__violations.length > 0")
    assert page.evaluate("window.ran") is None
    assert re.match(r"script-src(-elem)? inline", page.evaluate("window.__violations[0]"))


def test_the_language_chooser_allows_its_own_style_only(page: Page, server: str) -> None:
    violations = record_violations(page)
    page.goto(server)
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    border = page.evaluate("getComputedStyle(document.querySelector('li a')).borderTopStyle")
    assert (policy.startswith("default-src 'none'; style-src 'sha256-"), border, violations) == (True, "solid", [])


@pytest.mark.parametrize("language", ["de", "ar"])
def test_site_works_under_the_policy(page: Page, site: Path, server: str, language: str) -> None:
    violations = record_violations(page)
    tour(page, site, server, language)
    page.wait_for_load_state("networkidle")
    assert violations == []


def test_old_browser_without_resize_observer_loads_nothing_from_elsewhere(page: Page, site: Path, server: str) -> None:
    """Without ResizeObserver the theme would fetch a polyfill from a public CDN; the local stand-in comes first.

    The page fixture fails the test on any request to another host; a request the policy blocked never
    leaves the browser, but would show here as a violation.
    """
    violations = record_violations(page)
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(server) else None)
    page.context.add_init_script("delete window.ResizeObserver;")
    tour(page, site, server, "de")
    page.wait_for_load_state("networkidle")
    stand_in = page.evaluate("() => typeof ResizeObserver === 'function' "
                             "&& !Function.prototype.toString.call(ResizeObserver).includes('[native code]')")
    assert (stand_in, outside, violations) == (True, [], [])
