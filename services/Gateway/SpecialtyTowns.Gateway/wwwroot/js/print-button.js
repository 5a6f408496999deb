// Buttons marked data-print print the page (the timetable's print stylesheet leaves out the site's chrome).
// Delegated from the document, so it keeps working across Blazor's enhanced navigations.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-print]')) {
    window.print();
  }
});
