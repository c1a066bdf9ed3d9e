// The theme's search dialog has no accessible name; name it after its input's label.
document.querySelectorAll(".md-search[role=dialog]").forEach((dialog) => {
  const input = dialog.querySelector("input");
  if (input) dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder);
});
