// Shared helpers for the end-to-end tests: a tiny static server for dist/,
// a headless Chromium launched through playwright-core, and a page wrapper that
// records console errors, page errors and failed requests.
//
// Environment:
//   DIST_DIR       the built app to serve (default: <repo>/dist)
//   CHROMIUM_PATH  the browser binary (default: /usr/bin/chromium)
//   E2E_TIMEOUT_MS how long to wait for text/selectors (default: 20000)

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 20_000);

/** The five articles of the seed corpus, as the app must title them. */
export const ARTICLE_TITLES = [
  'Do Americans Recognize Russia’s Red Lines?',
  'What Sense Is There in Negotiating with the US about Anything at All?',
  'A lot, loudly, in a hurry. How Russia could agree with NATO',
  'Russia Demands Security Guarantees from the U.S. and NATO',
  "'Red line' challenges in Russia-US relations",
];

// Flags for Chromium on these machines (root, no GPU, no network but loopback).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The paths of `requests` that the app itself made, without the browser's
 * own update checks of the service worker script. Chromium checks `sw.js`
 * for a new version after a navigation, on a timer of its own, and that
 * check does not always go through the emulated offline network; when
 * offline for real it fails quietly and the cached app goes on. A test of
 * offline use asks whether the app reached the server, so it reads these.
 */
export function appRequests(requests) {
  return requests.filter((pathname) => !pathname.endsWith('/sw.js'));
}

// What `startServer({ compress: true })` gzips: text formats and wasm.
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json)|image\/svg)/;

/**
 * Serves `root` (dist/ by default) on 127.0.0.1 at a free port, under `base`
 * only ("/" or a sub-path such as "/red-lines/"); anything outside `base` is a
 * 404, so a page that loads under a sub-path proves its asset URLs are relative.
 * Every request path is recorded in `requests`. With `compress`, text and wasm
 * are sent gzipped to clients that accept it, as static hosts commonly do
 * (scripts/lighthouse.mjs measures the app that way). With `gate`, each file
 * waits for `await gate(relativePath)` before it is sent (a test holds one back).
 * Returns { url, origin, base, requests, close() }; `url` ends with `base`.
 */
export async function startServer({ root = DIST_DIR, base = '/', compress = false, gate = null } = {}) {
  if (!base.startsWith('/') || !base.endsWith('/')) {
    throw new Error(`base must start and end with "/": ${base}`);
  }
  try {
    await stat(path.join(root, 'index.html'));
  } catch {
    throw new Error(`${root}/index.html is missing: build the app first (trunk build --release --offline)`);
  }
  const requests = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    requests.push(pathname);
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405);
      res.end();
      return;
    }
    if (pathname === base.slice(0, -1)) {
      res.writeHead(301, { location: base });
      res.end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound();
    let rel;
    try {
      rel = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return notFound();
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    let info;
    try {
      info = await stat(file);
    } catch {
      return notFound();
    }
    if (!info.isFile()) return notFound();
    // A test may hold a response back until the page has shown something.
    if (gate) await gate(rel);
    const type = MIME_TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = gzipSync(await readFile(file), { level: 9 });
      res.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': 'no-store',
        vary: 'accept-encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, {
      'content-type': type,
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    base,
    url: origin + base,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * Launches headless Chromium (playwright gives it a fresh, temporary profile).
 * Close it with `browser.close()`.
 */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Waits until the app has mounted: `<html data-app>` ("hydrated" or
 * "rendered", set by src/lib.rs once its first render is on the page). The
 * overview is prerendered into index.html, so its text is visible before the
 * app runs; a test that clicks or types must wait for this first.
 */
export async function waitForApp(page, timeout = TIMEOUT_MS) {
  await page.locator('html[data-app]').waitFor({ state: 'attached', timeout });
  return page.locator('html').getAttribute('data-app');
}

/**
 * Opens `url` in a new page of `browser` (from launchBrowser), waits until
 * the app has mounted (waitForApp), and records every
 * problem: console errors, uncaught page errors, failed requests, and HTTP
 * responses of 400 and above. Returns { page, problems }.
 */
export async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(TIMEOUT_MS);
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  recordFailedRequests(page, problems);
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await waitForApp(page);
  return { page, problems };
}

/**
 * Records every failed request of `page` in `problems`, except an abort that
 * is the browser cancelling rather than the app failing: one that a later
 * navigation of the page aborted (a reload cancels whatever the old document
 * still had in flight; the browser fetches the favicon late, for instance),
 * or an abort of a URL that the page loads successfully before or after (the
 * browser dropping a duplicate fetch of the same file), or an abort of an
 * icon (icons/…): the browser itself fetches the favicon and the manifest's
 * icons, late and at its own pace, and cancels those fetches when it picks
 * another candidate or leaves the document. Real failures still
 * count: HTTP errors are recorded by the caller, and a request that fails any
 * other way, or whose URL never loads, is reported here.
 */
export function recordFailedRequests(page, problems) {
  let requestsSeen = 0;
  let lastNavigationAt = -1;
  const startedAt = new WeakMap();
  const loaded = new Set();
  const abortedUnresolved = new Map();
  page.on('request', (request) => {
    requestsSeen += 1;
    startedAt.set(request, requestsSeen);
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      lastNavigationAt = requestsSeen;
    }
  });
  page.on('requestfinished', (request) => {
    const url = request.url();
    loaded.add(url);
    const message = abortedUnresolved.get(url);
    if (message !== undefined) {
      abortedUnresolved.delete(url);
      const at = problems.indexOf(message);
      if (at >= 0) problems.splice(at, 1);
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    const url = request.url();
    const aborted = reason === 'net::ERR_ABORTED' && !request.isNavigationRequest();
    const browserIcon = /\/icons\/[^/?#]+$/.test(new URL(url).pathname);
    const cancelled =
      (startedAt.get(request) ?? Infinity) < lastNavigationAt || loaded.has(url) || browserIcon;
    if (aborted && cancelled) return;
    const message = `request failed: ${url} (${reason})`;
    problems.push(message);
    if (aborted) abortedUnresolved.set(url, message);
  });
}

/**
 * Waits until an element whose text contains `text` (case-insensitive, spaces
 * normalised) is visible. No sleeps: playwright polls the DOM. On timeout the
 * error shows the start of the page's text.
 */
export async function waitForText(page, text, timeout = TIMEOUT_MS) {
  try {
    await page.getByText(text).first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    const body = await pageText(page).catch(() => '');
    throw new Error(
      `text not visible within ${timeout} ms: ${JSON.stringify(text)}\n` +
        `--- page text (first 2000 chars) ---\n${body.slice(0, 2000)}`,
      { cause: error },
    );
  }
}

/**
 * Waits until the view's statement cards are on the page, all of them: a
 * page of cards is drawn over a few frames (the first screenful at once), and
 * the section holding it says aria-busy="true" until it is whole
 * (src/hooks.rs, use_drawn_rows). Count cards only after this.
 */
export async function waitForCards(page, timeout = TIMEOUT_MS) {
  await page.locator('.statement').first().waitFor({ state: 'attached', timeout });
  await page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'), null, { timeout });
}

/** The page's visible text. */
export async function pageText(page) {
  return page.evaluate(() => document.body?.innerText ?? '');
}

/** Fails with the list of recorded problems, if any. */
export function assertNoProblems(problems) {
  assert.deepEqual(problems, [], `problems on the page:\n  ${problems.join('\n  ')}`);
}
