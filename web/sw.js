// Red Lines service worker: the app works offline after its first load.
//
// This file is a template: the trunk post_build hook (scripts/postbuild.mjs)
// writes it to dist/sw.js with BUILD_ID and PRECACHE filled in from the
// build's hashed file names, so every deploy yields a new sw.js, which the
// browser notices on the next navigation. The new worker then waits until the
// page (web/register-sw.js) asks it to take over ("Reload to update").
//
// - install:  precache every file of the build (app shell, JS, wasm, CSS,
//             manifest, icons; the corpus is inside the wasm) into a cache
//             named after the scope and the build id, with the files' SRI
//             hashes, so a half-deployed or tampered build never installs.
// - activate: delete the caches of older builds of this scope, take control.
// - fetch:    navigations to the app (any query string, e.g.
//             ?view=actor&actor=jens-stoltenberg) get the cached index.html;
//             other same-scope GETs come from the cache, else the network.
// - message:  {type: "SKIP_WAITING"} activates a waiting worker.
'use strict';

const BUILD_ID = 'development';
// [relative URL, SRI integrity, "hashed" if the name carries a content hash];
// "./" is index.html.
const PRECACHE = [];

const SCOPE = self.registration.scope; // absolute, ends with "/"
const CACHE_PREFIX = `red-lines ${SCOPE} `;
const CACHE_NAME = CACHE_PREFIX + BUILD_ID;
const INDEX_URL = new URL('./', SCOPE).href;

// A redirected response cannot answer a navigation: keep only its body and headers.
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      await Promise.all(
        PRECACHE.map(async ([path, integrity, hashed]) => {
          const url = new URL(path, SCOPE).href;
          // A content-hashed file may come from the HTTP cache; the rest is revalidated.
          const mode = hashed ? 'default' : 'no-cache';
          const response = await fetch(new Request(url, { cache: mode, integrity }));
          if (!response.ok) throw new Error(`precaching ${url} failed: HTTP ${response.status}`);
          await cache.put(url, await storable(response));
        }),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

async function fromCache(url) {
  const cache = await caches.open(CACHE_NAME);
  return cache.match(url);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    const path = url.pathname.slice(new URL(SCOPE).pathname.length);
    if (path !== '' && path !== 'index.html') return; // not the app: the network decides
    event.respondWith(
      (async () => (await fromCache(INDEX_URL)) ?? fetch(request))(),
    );
    return;
  }
  event.respondWith(
    (async () => (await fromCache(url.href)) ?? fetch(request))(),
  );
});
