// Applies the colour scheme the reader chose with the toggle before the first
// paint. The app sets the same attribute once its wasm has started, but that
// comes after the page has been drawn: without this, a reader who chose dark
// under a light system setting would see a flash of the light scheme on every
// load. It is a file, not an inline script, because the Content-Security-Policy
// allows no inline script. The key and values match src/hooks.rs.
(() => {
  'use strict';
  try {
    const chosen = localStorage.getItem('red-lines-color-scheme');
    if (chosen === 'dark' || chosen === 'light') {
      document.documentElement.setAttribute('data-theme', chosen);
    }
  } catch {
    // Storage can be blocked; the system setting then applies, as in the app.
  }
})();
