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

// A deep link (?view=actor&actor=…) will not show the overview that the build
// prerendered into the page (scripts/postbuild.mjs), so the stylesheet hides
// that markup (html[data-deep-link] #app[data-prerender]) until the app has
// started: src/lib.rs, `start`, takes data-prerender off the root as it either
// takes the markup over or clears it. Only a guess to spare a flash of the
// wrong view: the app decides for itself.
(() => {
  'use strict';
  const deep = [...new URLSearchParams(location.search)].some(([name, value]) =>
    value !== '' && !(name === 'view' && value === 'overview'));
  if (!deep) return;
  document.documentElement.setAttribute('data-deep-link', '');
  // Nothing shows until the app has rendered the view, so the wasm is
  // preloaded now (web/first-paint.js; scripts/postbuild.mjs names it here).
  const wasm = document.currentScript?.dataset;
  if (!wasm?.wasm) return;
  document.head.append(Object.assign(document.createElement('link'), {
    rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous',
    integrity: wasm.wasmIntegrity, href: wasm.wasm,
  }));
})();
