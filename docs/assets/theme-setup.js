// What the theme's script expects before it runs, in a file rather than inline, so that the pages'
// Content-Security-Policy can refuse every inline script.

// The theme's helpers for the settings it keeps in the browser (its inline script in the page head did this).
// Keys are scoped to the site root, which the script tag names in data-scope.
(() => {
  const scope = new URL(document.currentScript.dataset.scope, location);
  const key = (name, base) => `${base.pathname}.${name}`;
  window.__md_scope = scope;
  window.__md_hash = (value) => [...value].reduce((hash, char) => (hash << 5) - hash + char.charCodeAt(0), 0);
  window.__md_get = (name, storage = localStorage, base = scope) => JSON.parse(storage.getItem(key(name, base)));
  window.__md_set = (name, value, storage = localStorage, base = scope) => {
    try {
      storage.setItem(key(name, base), JSON.stringify(value));
    } catch {
      // Storage may be full or switched off: the setting is then simply not kept.
    }
  };
})();

// Browsers without ResizeObserver (before 2020): the theme's script would load a polyfill from a public CDN,
// telling a third party who reads the site. This stand-in reports the observed elements when they are first
// observed and whenever the window is resized, which is what the theme lays out its header and sidebars by.
if (typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    constructor(callback) {
      this.callback = callback;
      this.targets = new Set();
      this.onResize = () => this.report([...this.targets]);
    }

    observe(target) {
      if (this.targets.size === 0) window.addEventListener("resize", this.onResize);
      this.targets.add(target);
      requestAnimationFrame(() => this.report([target]));
    }

    unobserve(target) {
      this.targets.delete(target);
      if (this.targets.size === 0) window.removeEventListener("resize", this.onResize);
    }

    disconnect() {
      this.targets.clear();
      window.removeEventListener("resize", this.onResize);
    }

    report(targets) {
      const entries = targets.filter((target) => this.targets.has(target))
        .map((target) => ({ target, contentRect: target.getBoundingClientRect() }));
      if (entries.length) this.callback(entries, this);
    }
  };
}
