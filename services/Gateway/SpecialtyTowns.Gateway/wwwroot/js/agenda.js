// The agenda page: notes the viewer's own time zone (the browser's) when it differs from the
// event's, by reloading once with ?viewerTimeZone=; and copies the calendar-feed URL.
// Delegated from the document, so it keeps working across Blazor's enhanced navigations.
function noteViewerZone() {
  const page = document.querySelector('[data-agenda][data-event-zone]');
  if (!page || page.dataset.viewerZone) {
    return;
  }
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && zone !== page.dataset.eventZone) {
    const url = new URL(window.location.href);
    if (!url.searchParams.has('viewerTimeZone')) {
      url.searchParams.set('viewerTimeZone', zone);
      window.location.replace(url.toString());
    }
  }
}

document.addEventListener('DOMContentLoaded', noteViewerZone);
if (window.Blazor) {
  window.Blazor.addEventListener('enhancedload', noteViewerZone);
}

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
  if (!button) {
    return;
  }
  const field = document.querySelector(button.dataset.copy);
  if (!field) {
    return;
  }
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
  } catch {
    document.execCommand('copy');
  }
  button.textContent = button.dataset.copied || button.textContent;
});
