// Registers the service worker (sw.js, next to index.html) and, when a new
// version of Red Lines has been deployed and installed in the background,
// offers "Reload to update" instead of silently serving the old app.
// Clicking it tells the waiting worker to take over, then reloads the page.
// The banner is built with createElement/textContent (no innerHTML) and
// styled by web/update.css (no inline styles: the Content-Security-Policy
// forbids them).
(() => {
  'use strict';
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;

  const BANNER_ID = 'red-lines-update';
  let updateRequested = false;

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install also takes control (clients.claim): no reload then.
    if (updateRequested) location.reload();
  });

  function offerUpdate(worker) {
    if (document.getElementById(BANNER_ID)) return;
    const banner = document.createElement('div');
    banner.id = BANNER_ID;
    banner.className = 'rl-update';
    banner.setAttribute('role', 'status');
    const message = document.createElement('span');
    message.className = 'rl-update__message';
    message.textContent = 'A new version of Red Lines is available.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'rl-update__button';
    button.textContent = 'Reload to update';
    button.addEventListener('click', () => {
      updateRequested = true;
      button.disabled = true;
      button.textContent = 'Updating…';
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    banner.append(message, button);
    document.body.append(banner);
  }

  function watch(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) {
      offerUpdate(registration.waiting);
    }
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
      });
    });
  }

  // The browser looks for a new sw.js on every full page load; a tab left
  // open looks again when it comes back into view, at most twice an hour.
  const RECHECK_MS = 30 * 60 * 1000;
  let lastCheck = Date.now();
  function recheck(registration) {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible' || Date.now() - lastCheck < RECHECK_MS) return;
      lastCheck = Date.now();
      registration.update().catch(() => {}); // offline: try again later
    });
  }

  function register() {
    navigator.serviceWorker
      .register('./sw.js', { scope: './' })
      .then((registration) => {
        watch(registration);
        recheck(registration);
      })
      .catch((error) => console.warn('Red Lines: no offline support:', error));
  }

  // Registering installs the worker, which downloads the whole build again
  // to precache it: that waits until the app has started (trunk's loader sets
  // window.wasmBindings, then fires TrunkApplicationStarted), the page has
  // loaded and the main thread is idle, so that it never competes with the
  // first render for the network or the CPU.
  function whenIdle(callback) {
    if ('requestIdleCallback' in window) requestIdleCallback(callback, { timeout: 2000 });
    else setTimeout(callback, 0);
  }
  const started = new Promise((resolve) => {
    if (window.wasmBindings) resolve();
    else window.addEventListener('TrunkApplicationStarted', resolve, { once: true });
  });
  const loaded = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', resolve, { once: true });
  });
  Promise.all([started, loaded]).then(() => whenIdle(register));
})();
