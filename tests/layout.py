"""Checks of a page's layout as the reader sees it, run in the browser: sideways scrolling, text cut off by
its box or its drawing, lines of text drawn over each other. Each returns a list of findings, empty when all is well."""

from __future__ import annotations

from playwright.sync_api import Page

# WCAG 1.4.12: the text-spacing bookmarklet's styles, which every page must bear without loss of content.
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; }
p { margin-bottom: 2em !important; }
"""

_WIDER = """() => {
  const root = document.documentElement;
  const found = [];
  if (root.scrollWidth > root.clientWidth) found.push(`${root.scrollWidth}px wide on a ${root.clientWidth}px screen`);
  if (scrollX !== 0) found.push(`opens scrolled sideways by ${scrollX}px`);
  return found;
}"""

# A box that hides what overflows it and has text overflowing. The header's title is left out: it repeats the
# site's name and the page's title, which the page's heading shows in full, and is cut short by design.
_CLIPPED = """() => [...document.querySelectorAll("body *")].filter((el) => {
  if (el.closest(".md-header__title") || !el.textContent.trim()) return false;
  if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
  const style = getComputedStyle(el);
  const hides = (overflow) => overflow === "hidden" || overflow === "clip";
  return (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
      || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
}).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}: ${el.textContent.trim().slice(0, 40)}`)"""

# Texts of a drawing (the bar charts' names and values) that stand partly outside it, where nobody sees them.
_CUT_FROM_DRAWING = """() => [...document.querySelectorAll("svg text")].filter((text) => {
  if (!text.checkVisibility()) return false;
  const drawing = text.ownerSVGElement.getBoundingClientRect();
  const box = text.getBoundingClientRect();
  return box.left < drawing.left - 1 || box.right > drawing.right + 1;
}).map((text) => `svg text: ${text.textContent.trim().slice(0, 40)}`)"""

# Lines of text of the page's content (one box per line of each text) that cover each other.
_OVERLAPS = """() => {
  const lines = [];
  const walker = document.createTreeWalker(document.querySelector("article") || document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || !node.parentElement.checkVisibility({opacityProperty: true})) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) if (box.width > 1 && box.height > 1) lines.push([box, node]);
  }
  const found = [];
  const text = (node) => node.textContent.trim().slice(0, 30);
  const covers = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2
                        && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  for (let i = 0; i < lines.length && found.length < 5; i++)
    for (let j = i + 1; j < lines.length; j++)
      if (lines[i][1] !== lines[j][1] && covers(lines[i][0], lines[j][0]))
        found.push(`"${text(lines[i][1])}" over "${text(lines[j][1])}"`);
  return found;
}"""


def wider_than_screen(page: Page) -> list[str]:
    return page.evaluate(_WIDER)


def clipped(page: Page) -> list[str]:
    return page.evaluate(_CLIPPED) + page.evaluate(_CUT_FROM_DRAWING)


def overlaps(page: Page) -> list[str]:
    return page.evaluate(_OVERLAPS)
