// Not a file of the build: scripts/postbuild.mjs (for a build with the
// prerendered overview) and scripts/single-file.mjs put the code below into
// the loader, a module script, before it fetches and starts the app's wasm.
// These comment lines are left out.
//
// The app waits until the overview prerendered into the page has been painted.
// The page is readable without the wasm. Fetched at once, the wasm competes
// with the stylesheet for the network and, compiled and hydrating, with the
// first frame for the main thread; Lighthouse counted all of it into the
// largest contentful paint (BENCHMARKS.md, "Largest contentful paint"). It
// waits for the first contentful paint as the browser reports it, once the
// frame is on screen. It starts at once where nothing prerendered is shown: a
// page without the prerender, or a deep link (web/theme.js marks it, preloads
// the wasm, and the stylesheet hides the markup); in a tab that is or becomes
// hidden, which paints nothing until it is shown and then need not report a
// paint at all; and where the browser has no paint timing.
await new Promise((resolve) => {
  const shown = document.getElementById('app')?.hasAttribute('data-prerender') &&
    !document.documentElement.hasAttribute('data-deep-link') && document.visibilityState === 'visible';
  if (!shown || !globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return resolve();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    resolve();
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('visibilitychange', resolve, { once: true });
});
