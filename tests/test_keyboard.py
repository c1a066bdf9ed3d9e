"""The site used with the keyboard alone: skip link, navigation, a course, the search, the language menu and,
on a phone, the navigation drawer. On every step the focused element must be seen: on screen, not hidden,
with an outline or shadow that stands out from what lies behind it (3:1, WCAG 1.4.11)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}

# What the focused element shows: why it could not be seen, or "" when it can.
FOCUS_PROBLEM = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "nothing has focus";
  const box = el.getBoundingClientRect();
  if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true}) || !box.width || !box.height)
    return "hidden";
  if (box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth || box.top >= innerHeight) return "off screen";
  const style = getComputedStyle(el);
  if (style.boxShadow !== "none") return "";
  if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) === 0) return "no outline";
  const ancestors = (node) => (node.parentElement ? [node.parentElement, ...ancestors(node.parentElement)] : []);
  const rgb = (color) => color.match(/[\\d.]+/g).map(Number);
  const luminance = (color) => {
    const [r, g, b] = rgb(color).slice(0, 3).map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  // What the outline is drawn on: the element itself for an inner outline, else what is seen beside it.
  const offset = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
  const x = Math.min(Math.max(box.left - offset, 0), innerWidth - 1);
  const stack = offset < 0 ? [el, ...ancestors(el)] : document.elementsFromPoint(x, box.top + box.height / 2);
  // Translucent backgrounds (the theme's greys) laid over what is below them, down to the page's white.
  const layers = [];
  for (const node of stack) {
    const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
    if (a > 0) layers.push([r, g, b, a]);
    if (a === 1) break;
  }
  const seen = layers.reduceRight((below, [r, g, b, a]) => [r, g, b].map((v, i) => v * a + below[i] * (1 - a)),
                                  [255, 255, 255]);
  const background = `rgb(${seen.map(Math.round).join(", ")})`;
  const [light, dark] = [luminance(style.outlineColor), luminance(background)].sort((a, b) => b - a);
  const contrast = (light + 0.05) / (dark + 0.05);
  return contrast >= 3 ? "" : `outline ${style.outlineColor} on ${background}: ${contrast.toFixed(2)}:1`;
}"""
DESCRIBE = """() => { const el = document.activeElement;
  return el ? `${el.tagName} ${el.className} ${el.href || ''}` : 'none'; }"""


def press(page: Page, key: str) -> None:
    """Press key and require that whatever then has focus can be seen."""
    page.keyboard.press(key)
    problem = page.evaluate(FOCUS_PROBLEM)
    assert problem == "", f"after {key} on {page.url}, focus on {page.evaluate(DESCRIBE)}: {problem}"


def tab_to(page: Page, where: str, key: str = "Tab", limit: int = 60) -> None:
    """Press Tab (or key) until the focused element satisfies the JavaScript predicate where(element)."""
    for _ in range(limit):
        press(page, key)
        if page.evaluate(f"({where})(document.activeElement)"):
            return
    raise AssertionError(f"{where} not reached with {limit} × {key} on {page.url}")


def href_matches(pattern: str) -> str:
    return f"((el) => /{pattern}/.test(new URL(el.href || '', location.href).pathname))"


def follow_link_to(page: Page, path: str) -> None:
    """Tab to a link whose path matches the regular expression path, follow it with Enter and arrive there."""
    tab_to(page, href_matches(path.replace("/", r"\/")))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(path))


@pytest.fixture
def desktop(page: Page) -> Page:
    page.set_viewport_size(DESKTOP)
    page.emulate_media(reduced_motion="reduce")
    return page


def test_skip_link_comes_first_and_leads_to_the_content(desktop: Page) -> None:
    desktop.goto("de/")
    press(desktop, "Tab")
    skip = desktop.locator("a.md-skip")
    expect(skip).to_be_focused()
    target = skip.get_attribute("href")
    desktop.keyboard.press("Enter")
    expect(desktop).to_have_url(re.compile(f"{re.escape(target)}$"))
    press(desktop, "Tab")
    assert desktop.evaluate("document.activeElement.closest('.md-content') !== null"), desktop.evaluate(DESCRIBE)


def test_through_the_navigation_to_the_guide_and_on_to_a_course(desktop: Page) -> None:
    desktop.goto("de/")
    tab_to(desktop, "(el) => el.matches('.md-tabs__link') && " + href_matches(r"\/de\/guide\/$") + "(el)")
    desktop.keyboard.press("Enter")
    expect(desktop).to_have_url(re.compile(r"/de/guide/$"))
    follow_link_to(desktop, r"/de/course-guide/[\w-]+/$")
    follow_link_to(desktop, r"/de/courses/[\w-]+/$")
    expect(desktop.locator("h1")).to_be_visible()


def test_search_by_keyboard(desktop: Page) -> None:
    desktop.goto("de/")
    tab_to(desktop, "(el) => el.matches('a.ww-search-button')")
    desktop.keyboard.press("Enter")
    expect(desktop).to_have_url(re.compile(r"/de/search/$"))
    expect(desktop.locator(".pagefind-ui__search-input")).to_be_focused()
    desktop.keyboard.type("Alphabetisierungskurs")
    expect(desktop.locator(".pagefind-ui__result-link").first).to_be_visible(timeout=15_000)
    tab_to(desktop, "(el) => el.matches('.pagefind-ui__result-link')")
    desktop.keyboard.press("Enter")
    expect(desktop).to_have_url(re.compile(r"alphabetisierungskurs|literacy-course"))  # a course or the guide's


def test_language_menu_lets_focus_in_and_out(desktop: Page) -> None:
    desktop.goto("de/")
    in_menu = "(el) => el.closest('.md-header .md-select') !== null"
    tab_to(desktop, in_menu)
    languages = desktop.locator(".md-header .md-select__link").count()
    assert languages == 7
    for _ in range(languages):
        press(desktop, "Tab")
        assert desktop.evaluate(f"({in_menu})(document.activeElement)"), desktop.evaluate(DESCRIBE)
    tab_to(desktop, f"(el) => !({in_menu})(el)", limit=1)
    tab_to(desktop, in_menu, key="Shift+Tab", limit=1)
    tab_to(desktop, f"(el) => !({in_menu})(el)", key="Shift+Tab", limit=languages + 1)


def test_on_a_phone_the_navigation_drawer_works_by_keyboard(browser: Browser, server: str) -> None:
    context = browser.new_context(base_url=server, viewport=PHONE, reduced_motion="reduce")
    page = context.new_page()
    page.goto("de/")
    menu = page.locator(".md-header button.ww-drawer-button")
    tab_to(page, "(el) => el.matches('.md-header button.ww-drawer-button')")
    expect(menu).to_have_attribute("aria-expanded", "false")
    press(page, "Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    assert page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null")
    # The course guide is in a section of its own: open it, then follow the link.
    tab_to(page, "(el) => el.matches('label.md-nav__link') && el.closest('.md-nav__item')"
                 ".querySelector('a[href$=\"course-guide/\"]') !== null")
    press(page, "Enter")
    tab_to(page, href_matches(r"\/de\/course-guide\/$"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/de/course-guide/$"))
    tab_to(page, "(el) => el.matches('.md-header button.ww-drawer-button')")
    press(page, "Space")
    press(page, "Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()
    context.close()
