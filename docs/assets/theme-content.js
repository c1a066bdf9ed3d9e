// The theme's script after the page content (inline in the theme, here in a file for the
// Content-Security-Policy): a link to a tab of tabbed content (#__tabbed_…) opens that tab.
(() => {
  const target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();
