// A page marked data-refresh-seconds (the expo hall board) reloads itself that often while it is
// visible. Checked every second from here rather than by a meta refresh (which screen readers
// announce and accessibility checks refuse), so it keeps working across Blazor's enhanced navigations.
let shownSince = Date.now();
let shownUrl = location.href;
setInterval(() => {
  if (location.href !== shownUrl) {
    shownUrl = location.href;
    shownSince = Date.now();
  }

  const marked = document.querySelector('[data-refresh-seconds]');
  if (marked && document.visibilityState === 'visible' && Date.now() - shownSince >= Number(marked.dataset.refreshSeconds) * 1000) {
    shownSince = Date.now();
    location.reload();
  }
}, 1000);
