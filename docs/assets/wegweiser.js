// Small enhancements on top of the static pages; everything works without them.

// Each page links to itself in the other languages (hreflang in <head>, the language menu). The theme's
// script would look for a sitemap beside every such link, which does not exist: one failed request per
// language on every page view. Crawlers read the links from the HTML; the live page does not need them.
document.querySelectorAll('link[rel="alternate"][hreflang]').forEach((link) => link.remove());

// The theme's search dialog (if any) has no accessible name; name it after its input.
document.querySelectorAll(".md-search[role=dialog]").forEach((dialog) => {
  const input = dialog.querySelector("input");
  if (input) dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder);
});

// Wide Markdown tables scroll sideways in a wrapper the theme adds once the page is shown; a tab stop on it
// lets keyboard users scroll them too (the tables of figures have theirs in the HTML).
window.document$?.subscribe(() => {
  document.querySelectorAll(".md-typeset__scrollwrap").forEach((wrap) => wrap.setAttribute("tabindex", "0"));
});

// On narrow screens (and zoomed in) the navigation is a drawer behind the theme's menu icon, a label that the
// keyboard cannot reach: put a real button in its place, named like the navigation. Opened by keyboard, focus
// moves into the drawer; Escape closes it. Without JavaScript the label stays and works by touch and mouse.
(() => {
  const drawer = document.getElementById("__drawer");
  const label = document.querySelector(".md-header label[for=__drawer]");
  const nav = document.querySelector(".md-nav--primary");
  if (!drawer || !label || !nav) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = `${label.className} ww-drawer-button`;
  button.innerHTML = label.innerHTML;
  button.setAttribute("aria-label", nav.getAttribute("aria-label"));
  label.replaceWith(button);
  const expanded = () => button.setAttribute("aria-expanded", String(drawer.checked));
  drawer.addEventListener("change", expanded);
  expanded();
  button.addEventListener("click", (event) => {
    drawer.click();
    if (!drawer.checked || event.detail !== 0) return;  // detail 0: pressed by keyboard, not clicked
    // The drawer opens at the section of the current page, if any, drawn over the levels above it.
    const section = [...nav.querySelectorAll("input.md-nav__toggle[id^=__nav]:checked")].pop();
    (section ? nav.querySelector(`label.md-nav__title[for="${section.id}"]`) : nav.querySelector("a[href]"))?.focus();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !drawer.checked) return;
    drawer.click();
    button.focus();
  });
  // A section of the drawer opens over the level it belongs to: focus follows it there, to the section's
  // title (made reachable: it leads back) and, when that is used, back to the section's own entry.
  nav.querySelectorAll("label.md-nav__title[for^=__nav]").forEach((title) => { title.tabIndex = 0; });
  nav.querySelectorAll("input.md-nav__toggle[id^=__nav]").forEach((toggle) => {
    toggle.addEventListener("change", () => {
      const entry = nav.querySelector(`label.md-nav__link[for="${toggle.id}"]`);
      const title = nav.querySelector(`label.md-nav__title[for="${toggle.id}"]`);
      const [from, to] = toggle.checked ? [entry, title] : [title, entry];
      if (document.activeElement === from) to?.focus();
    });
  });
})();

// A search button in the header, leading to the search page.
(() => {
  const url = document.querySelector('meta[name="ww-search-url"]');
  const label = document.querySelector('meta[name="ww-search-label"]');
  const header = document.querySelector(".md-header__inner");
  if (!url || !header) return;
  const link = document.createElement("a");
  link.href = url.content;
  link.className = "md-header__button md-icon ww-search-button";
  link.setAttribute("aria-label", label ? label.content : "Search");
  link.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">' +
    '<path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27' +
    'A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>';
  // After the language selector, where the theme's own search button would stand.
  const options = [...header.querySelectorAll(".md-header__option")].pop();
  header.insertBefore(link, options ? options.nextSibling : null);
})();

// The search page: Pagefind's interface, starting from ?q= when a link or form passed a query.
(() => {
  const box = document.getElementById("ww-search");
  if (!box || !window.PagefindUI) return;
  const ui = new PagefindUI({ element: "#ww-search", bundlePath: box.dataset.bundle, showSubResults: true,
    showImages: false, autofocus: true });
  // Its input is named by a title only; give it a proper accessible name, the page's heading.
  const input = box.querySelector("input");
  const heading = document.querySelector("h1");
  if (input && heading) input.setAttribute("aria-label", heading.textContent.replace("¶", "").trim());
  const query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
})();

// List filters: narrow the list by language, place and type; the state lives in the URL.
document.querySelectorAll("form.ww-filters").forEach((form) => {
  const items = [...document.querySelectorAll(".ww-filterable li[data-place]")];
  const groups = [...document.querySelectorAll(".ww-filterable .ww-group")];
  const status = form.querySelector(".ww-filter-status");
  // A next step, with links, shown when nothing is left (kept in a template: without script it is never needed).
  const next = form.querySelector("template.ww-filter-next");
  const none = next ? next.content.firstElementChild.cloneNode(true) : null;
  if (none) form.append(none);
  const selects = [...form.querySelectorAll("select")];
  form.querySelector("button[type=submit]")?.remove();

  const matches = (item, name, value) => {
    if (!value) return true;
    const values = (item.dataset[name] || "").split(" ");
    return values.includes(value);
  };
  const apply = () => {
    let shown = 0;
    for (const item of items) {
      const visible = selects.every((s) => matches(item, s.name, s.value));
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector("li[data-place]:not([hidden])");
    status.textContent = shown ? form.dataset.count.replace("{shown}", shown).replace("{total}", items.length)
                               : form.dataset.none;
    if (none) none.hidden = shown > 0;
    const params = new URLSearchParams();
    for (const s of selects) if (s.value) params.set(s.name, s.value);
    const query = params.toString();
    history.replaceState(null, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);  // keep #section
  };
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    if ([...s.options].some((o) => o.value === params.get(s.name))) s.value = params.get(s.name);
    s.addEventListener("change", apply);
  }
  form.addEventListener("submit", (event) => { event.preventDefault(); apply(); });
  apply();
});

// Opening hours: say whether the place is open now, by the clock in Hildesheim (Europe/Berlin), not the reader's.
// Each row of the table carries its ISO weekdays and times; public holidays are not known, and the page says so.
(() => {
  const clock = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Berlin", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  });
  const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  document.querySelectorAll(".ww-hours").forEach((hours) => {
    const now = Object.fromEntries(clock.formatToParts(new Date()).map((part) => [part.type, part.value]));
    const day = String(days.indexOf(now.weekday) + 1);
    const time = `${now.hour}:${now.minute}`;
    const open = [...hours.querySelectorAll("tr[data-days]")].some((row) =>
      row.dataset.days.split(" ").includes(day) && row.dataset.from <= time && time < row.dataset.to);
    const status = hours.querySelector(".ww-open-status");
    status.textContent = open ? status.dataset.open : status.dataset.closed;
    status.classList.add(open ? "ww-open" : "ww-closed");
    status.hidden = false;
  });
})();
