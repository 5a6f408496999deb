// The search box's memory of what was typed before its suggestions circuit connected. Blazor replaces an island's
// prerendered markup when the circuit starts, which would empty the input and take its focus; the island asks this
// script for the text (and the focus) once it is interactive. Loaded as a file, so the CSP's script-src 'self' holds.
(() => {
  const typed = new Map();
  let focused = null;
  const isBox = (target) => target instanceof HTMLInputElement && target.hasAttribute('data-st-search-box');
  document.addEventListener('input', (e) => { if (isBox(e.target)) typed.set(e.target.id, e.target.value); }, true);
  document.addEventListener('focusin', (e) => { focused = isBox(e.target) ? e.target.id : null; }, true);
  window.stSearchBox = {
    // The text typed into the box before the circuit took it over (null when nothing was), and its focus back.
    takeTyped: (id) => {
      const input = document.getElementById(id);
      const value = typed.has(id) ? typed.get(id) : null;
      typed.delete(id);
      if (input && value !== null) {
        input.value = value;
      }

      if (input && focused === id && document.activeElement !== input) {
        input.focus();
        input.setSelectionRange(input.value.length, input.value.length);
      }

      return value;
    },
  };
})();
