// The built app in Firefox ESR (Debian's firefox-esr), headless, driven by
// puppeteer-core over WebDriver BiDi with the stock browser (no browser
// download): the explorer renders its five articles, a deep link restores the
// actor view, the service worker precaches the build and takes control,
// nothing fails to load and the Content-Security-Policy blocks nothing. Each
// page is also saved as a screenshot in test-output/firefox/ (git-ignored)
// for a person to look at.
//
// Environment (besides helpers.mjs's):
//   FIREFOX_PATH  the Firefox binary (default: $REDLINES_FIREFOX from
//                 scripts/env.sh, else firefox-esr on PATH)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ARTICLE_TITLES, REPO_ROOT, TIMEOUT_MS, startServer } from './helpers.mjs';
import { pngSize } from './hosting-helpers.mjs';

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'firefox');
const VIEWPORT = { width: 1280, height: 900 };

/** The first executable file named `name` in a directory of PATH. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // Not in this directory: look in the next.
    }
  }
  return null;
}

const FIREFOX = process.env.FIREFOX_PATH || process.env.REDLINES_FIREFOX || onPath('firefox-esr');

let server;
let browser;
before(async () => {
  assert.ok(FIREFOX, 'firefox-esr is not on PATH: install it (bash scripts/setup.sh) or set FIREFOX_PATH');
  server = await startServer();
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `url` in a new Firefox page and records every problem: console
 * errors, uncaught page errors, failed requests, HTTP errors and, from the
 * page's own `securitypolicyviolation` events, CSP violations.
 */
async function open(url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  await page.setViewport(VIEWPORT);
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  // The app has mounted (src/lib.rs marks <html data-app>): the overview is
  // prerendered into index.html, so its text alone proves nothing.
  await page.waitForSelector('html[data-app]', { timeout: TIMEOUT_MS });
  return { page, problems };
}

/** Every problem recorded for `page`, with its CSP violations. */
async function allProblems(page, problems) {
  const csp = await page.evaluate(() => window.__cspViolations);
  assert.ok(Array.isArray(csp), 'the CSP listener ran before the page');
  return [...problems, ...csp.map((v) => `CSP violation: ${v}`)];
}

/** Waits until the page's visible text contains every string of `texts`. */
async function waitForTexts(page, texts) {
  try {
    await page.waitForFunction(
      (wanted) => {
        const text = document.body?.innerText ?? '';
        return wanted.every((t) => text.includes(t));
      },
      { timeout: TIMEOUT_MS, polling: 100 },
      texts,
    );
  } catch (error) {
    const text = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    const missing = texts.filter((t) => !text.includes(t));
    throw new Error(`not shown within ${TIMEOUT_MS} ms: ${JSON.stringify(missing)}\n${text.slice(0, 1500)}`, {
      cause: error,
    });
  }
}

/** Saves a screenshot of the viewport and checks it is a PNG of the viewport's size. */
async function screenshot(page, name) {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  assert.deepEqual(pngSize(await readFile(file)), VIEWPORT, `${file} is a screenshot of the viewport`);
}

describe(`Firefox (${FIREFOX ?? 'not found'})`, () => {
  test('is Firefox, driven over WebDriver BiDi', async () => {
    assert.match(await browser.version(), /^firefox\/\d+/i);
  });

  test('the explorer renders the five articles, with no failed request or CSP violation', async () => {
    const { page, problems } = await open(server.url);
    await waitForTexts(page, ['Who stands where', ...ARTICLE_TITLES]);
    const heading = await page.$eval('h1', (h) => h.textContent.trim());
    assert.equal(heading, 'Who stands where');
    // The app took the prerendered overview over (hydration) in Firefox too.
    assert.equal(await page.$eval('html', (html) => html.dataset.app), 'hydrated');
    // The matrix has a row per actor.
    const rows = await page.$$eval('table tbody tr', (trs) => trs.length);
    assert.ok(rows >= 5, `the overview matrix has actor rows (${rows})`);
    await screenshot(page, 'home');
    assert.deepEqual(await allProblems(page, problems), []);
    await page.close();
  });

  test('a deep link (?view=actor&actor=jens-stoltenberg) restores the actor view', async () => {
    const { page, problems } = await open(`${server.url}?view=actor&actor=jens-stoltenberg`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('Jens Stoltenberg'), {
      timeout: TIMEOUT_MS,
      polling: 100,
    });
    await waitForTexts(page, ['Positions by theme']);
    assert.equal(new URL(page.url()).search, '?view=actor&actor=jens-stoltenberg', 'the query string is kept');
    await screenshot(page, 'actor-jens-stoltenberg');
    assert.deepEqual(await allProblems(page, problems), []);
    await page.close();
  });

  test('the service worker installs, precaches the build and takes control', async () => {
    const { page, problems } = await open(server.url);
    await waitForTexts(page, [ARTICLE_TITLES[0]]);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', {
      timeout: TIMEOUT_MS,
      polling: 100,
    });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = names.length === 1 ? (await (await caches.open(names[0])).keys()).map((r) => r.url) : [];
      return { names, wasm: urls.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop()), total: urls.length };
    });
    assert.equal(cached.names.length, 1, `one cache: ${cached.names.join(', ')}`);
    // Both wasm files: the page's, and the import worker's, so importing works offline too.
    assert.ok(cached.wasm.some((name) => /^red-lines-[0-9a-f]{8,16}_bg\.wasm$/.test(name)), `the app's wasm is precached: ${cached.wasm}`);
    assert.ok(cached.wasm.some((name) => name.startsWith('import-worker')), `the import worker's wasm is precached: ${cached.wasm}`);
    assert.equal(cached.wasm.length, 2, `no other wasm: ${cached.wasm}`);
    assert.ok(cached.total >= 8, `the whole build is precached (${cached.total} files)`);
    assert.deepEqual(await allProblems(page, problems), []);
    await page.close();
  });
});
