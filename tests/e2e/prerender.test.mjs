// The overview that the build prerenders into index.html (Yew's server-side
// rendering, src/bin/prerender.rs, put in place by scripts/postbuild.mjs):
// readable from the first HTML response with JavaScript off, taken over
// (hydrated) by the app with JavaScript on, and never shown under or beside
// another view: a deep link, or markup that is not this build's, is cleared
// and drawn afresh. On dist/ at the root and under a sub-path, and on the
// single file (dist-single/red-lines.html).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import {
  ARTICLE_TITLES,
  TIMEOUT_MS,
  assertNoProblems,
  launchBrowser,
  startServer,
  waitForText,
} from './helpers.mjs';
import { SINGLE_FILE, openInContext, requireBuilt } from './hosting-helpers.mjs';

const VIEWPORT = { width: 1280, height: 900 };
// Names the seed corpus's matrix must show: row headers (actors) and column
// headers (themes).
const ACTORS = ['Vladimir Putin', 'Russia', 'NATO'];
const THEMES = ['NATO enlargement', 'Legal guarantees'];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Every page in its own context (no service worker carried over). */
async function newContext(options = {}) {
  return browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', ...options });
}

/** Waits until the app has mounted; returns how: "hydrated" or "rendered". */
async function mounted(page) {
  await page.locator('html[data-app]').waitFor({ state: 'attached' });
  return page.locator('html').getAttribute('data-app');
}

/**
 * The problems of a page opened with JavaScript off, less the one the browser
 * makes itself: it refuses the JS module that index.html preloads, and reports
 * that as a request failed for "csp".
 */
function withoutScriptRefusals(problems) {
  return problems.filter((problem) => !/^request failed: \S+\.js \(csp\)$/.test(problem));
}

/** The matrix and the article list are visible, with the corpus's real names. */
async function assertOverviewVisible(page) {
  const matrix = page.locator('table.matrix');
  await matrix.waitFor({ state: 'visible' });
  const rows = await matrix.locator('tbody th[scope=row]').allInnerTexts();
  for (const actor of ACTORS) assert.ok(rows.includes(actor), `a matrix row for ${actor} (rows: ${rows.join(', ')})`);
  const columns = await matrix.locator('thead th').allInnerTexts();
  for (const theme of THEMES) {
    assert.ok(columns.some((text) => text.startsWith(theme)), `a matrix column for ${theme} (columns: ${columns.join(' | ')})`);
  }
  assert.ok((await matrix.locator('a.cell-link').count()) > 10, 'the matrix has linked counts');
  for (const title of ARTICLE_TITLES) await waitForText(page, title);
}

/** There is one of everything on the page: no overview twice, no second app. */
async function assertOneScreen(page) {
  for (const selector of ['header.site-header', 'main#main', 'h1', 'footer.footer']) {
    assert.equal(await page.locator(selector).count(), 1, `one ${selector}`);
  }
  assert.ok((await page.locator('.overview').count()) <= 1, 'at most one overview');
}

/**
 * A gate for startServer: while held (`hold()`), every .wasm response waits
 * until `release()`, so a test can look at the page before the app runs.
 */
function wasmGate() {
  let held = null;
  let release = () => {};
  return {
    gate: (rel) => (rel.endsWith('.wasm') && held ? held : undefined),
    hold() {
      held = new Promise((resolve) => {
        release = resolve;
      });
    },
    release() {
      held = null;
      release();
    },
  };
}

for (const base of ['/', '/red-lines/']) {
  describe(`dist/ served at ${base}`, () => {
    let server;
    let wasm;
    before(async () => {
      wasm = wasmGate();
      server = await startServer({ base, gate: wasm.gate });
    });
    after(async () => {
      wasm?.release();
      await server?.close();
    });

    test('the first HTML response holds the matrix and the article list', async () => {
      const html = await (await fetch(server.url)).text();
      assert.match(html, /<div id="app" data-prerender="[0-9a-f]{16}">/);
      assert.match(html, /<table class="matrix">/);
      for (const name of [...ACTORS, ...THEMES]) assert.ok(html.includes(`>${name}<`), `${name} in the HTML`);
      assert.ok(html.includes('Russia Demands Security Guarantees from the U.S. and NATO'), 'an article title in the HTML');
      // What a browser with JavaScript off says above it.
      assert.match(html, /<noscript><p class="?noscript-note"?>JavaScript is off/);
      // Every in-app link is relative (a query string), so the page works under any sub-path.
      for (const m of html.matchAll(/<a href="([^"]*)"/g)) assert.match(m[1], /^(\?view=|#)/, `relative link ${m[1]}`);
    });

    test('with JavaScript off, the matrix and the article list are on screen', async () => {
      const context = await newContext({ javaScriptEnabled: false });
      try {
        const { page, problems } = await openInContext(context, server.url, { app: false });
        await assertOverviewVisible(page);
        await page.getByRole('heading', { level: 1, name: 'Who stands where' }).waitFor();
        // The <noscript> note (by its element: Playwright's text search skips <noscript>).
        await page.locator('p.noscript-note').waitFor({ state: 'visible' });
        assert.equal(await page.locator('html').getAttribute('data-app'), null, 'no app ran');
        await assertOneScreen(page);
        assertNoProblems(withoutScriptRefusals(problems));
      } finally {
        wasm.release();
        await context.close();
      }
    });

    test('with JavaScript on, the app takes the prerendered overview over and answers clicks', async () => {
      const context = await newContext();
      try {
        // The wasm is held back until the prerendered table has been marked,
        // so the test sees that hydration keeps the very same DOM nodes.
        wasm.hold();
        const { page, problems } = await openInContext(context);
        await page.goto(server.url, { waitUntil: 'commit' });
        await assertOverviewVisible(page);
        await page.locator('table.matrix').evaluate((table) => {
          table.prerenderedNode = true;
        });
        await page.evaluate(() => {
          window.sameDocument = true;
        });
        wasm.release();
        assert.equal(await mounted(page), 'hydrated');
        assert.equal(
          await page.locator('table.matrix').evaluate((table) => table.prerenderedNode === true),
          true,
          'the prerendered table is kept, not drawn again',
        );
        await assertOneScreen(page);
        assert.equal(await page.locator('table.matrix').count(), 1, 'one matrix');

        // A facet: the matrix's stance filter, followed in the app (no page load).
        const reject = page.locator('.stance-filter a.stance-chip-reject');
        const before = await page.locator('a.cell-link').count();
        await reject.click();
        await page.locator('.stance-filter a.stance-chip-reject[aria-current="true"]').waitFor();
        assert.match(page.url(), /[?&]stance=reject\b/);
        await page.waitForFunction((count) => document.querySelectorAll('a.cell-link').length < count, before);

        // A cell: to that actor's statements on that theme.
        const cell = page.locator('a.cell-link').first();
        const label = await cell.getAttribute('aria-label');
        const actor = label.split(' on ')[0];
        await cell.click();
        await page.getByRole('heading', { level: 1, name: actor }).waitFor();
        assert.match(page.url(), /[?&]view=actor\b/);
        assert.equal(await page.locator('.overview').count(), 0, 'the overview has gone');
        await assertOneScreen(page);

        // Back to the overview: still one of it.
        await page.goBack();
        await page.locator('.overview').waitFor();
        await assertOneScreen(page);
        assert.equal(await page.evaluate(() => window.sameDocument), true, 'every step stayed in the app');
        assertNoProblems(problems);
      } finally {
        wasm.release();
        await context.close();
      }
    });

    test('the wasm is fetched only once the prerendered overview has been painted', async () => {
      // Nothing in the first response fetches it (web/first-paint.js): the
      // largest contentful paint is the prerendered markup's, not the app's.
      const html = await (await fetch(server.url)).text();
      assert.doesNotMatch(html, /<link[^>]*\.wasm[^>]*>/, 'no link to the wasm (no preload)');
      const context = await newContext();
      try {
        const { page, problems } = await openInContext(context);
        await page.goto(server.url, { waitUntil: 'commit' });
        assert.equal(await mounted(page), 'hydrated');
        const times = await page.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          wasm: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'))?.startTime,
        }));
        assert.equal(typeof times.paint, 'number', 'a first contentful paint was reported');
        assert.equal(typeof times.wasm, 'number', 'the wasm was fetched');
        assert.ok(times.wasm > times.paint, `the wasm (at ${times.wasm} ms) after the first paint (at ${times.paint} ms)`);
        await assertOverviewVisible(page);
        assertNoProblems(problems);
      } finally {
        await context.close();
      }
    });

    test('a deep link fetches the wasm at once, from the preload that web/theme.js adds', async () => {
      const context = await newContext();
      try {
        const { page, problems } = await openInContext(context);
        const wasmRequests = [];
        page.on('request', (request) => {
          if (request.url().endsWith('.wasm')) wasmRequests.push(request.url());
        });
        await page.goto(`${server.url}?view=theme&theme=nato-enlargement`, { waitUntil: 'commit' });
        assert.equal(await mounted(page), 'rendered');
        await page.getByRole('heading', { level: 1, name: 'NATO enlargement' }).waitFor();
        const initiators = await page.evaluate(() =>
          performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.wasm')).map((entry) => entry.initiatorType),
        );
        assert.deepEqual(initiators, ['link'], 'the wasm came from the preload link');
        assert.equal(wasmRequests.length, 1, `the wasm was fetched once: ${wasmRequests.join(', ')}`);
        assertNoProblems(problems);
      } finally {
        await context.close();
      }
    });

    test('a deep link renders its own view, never the overview', async () => {
      const context = await newContext();
      try {
        wasm.hold();
        const { page, problems } = await openInContext(context);
        await page.goto(`${server.url}?view=actor&actor=jens-stoltenberg`, { waitUntil: 'commit' });
        // Before the wasm: the prerendered overview is in the page but hidden.
        await page.locator('#app[data-prerender] table.matrix').waitFor({ state: 'attached' });
        // The stylesheet hides it: once the stylesheets have loaded (a check
        // before that saw the unstyled page, and failed now and then).
        await page.waitForFunction(() => [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet));
        assert.equal(await page.locator('table.matrix').isVisible(), false, 'the overview is hidden on a deep link');
        wasm.release();
        assert.equal(await mounted(page), 'rendered');
        await waitForText(page, 'Jens Stoltenberg');
        await waitForText(page, 'compromise');
        assert.equal(await page.locator('.overview').count(), 0, 'no overview');
        assert.equal(await page.locator('table.matrix').count(), 0, 'no matrix');
        await assertOneScreen(page);
        assertNoProblems(problems);
      } finally {
        wasm.release();
        await context.close();
      }
    });

    test('markup that is not this build\'s prerender is cleared and drawn afresh', async () => {
      const context = await newContext();
      try {
        const { page, problems } = await openInContext(context);
        // The same page with another build's id on the prerendered markup.
        await page.route(server.url, async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace(/data-prerender="[0-9a-f]+"/, 'data-prerender="0000000000000000"');
          await route.fulfill({ response, body });
        });
        await page.goto(server.url, { waitUntil: 'commit' });
        wasm.release();
        assert.equal(await mounted(page), 'rendered');
        await assertOverviewVisible(page);
        await assertOneScreen(page);
        assert.equal(await page.locator('table.matrix').count(), 1, 'one matrix');
        assertNoProblems(problems);
      } finally {
        wasm.release();
        await context.close();
      }
    });
  });
}

describe('the single file', () => {
  before(() => requireBuilt(SINGLE_FILE, 'run `bash scripts/single-file.sh`'));

  test('from disk with JavaScript off, the matrix and the article list are on screen', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    try {
      const { page, problems } = await openInContext(context, pathToFileURL(SINGLE_FILE).href, { app: false });
      await assertOverviewVisible(page);
      assert.equal(await page.locator('html').getAttribute('data-app'), null, 'no app ran');
      assertNoProblems(withoutScriptRefusals(problems));
    } finally {
      await context.close();
    }
  });

  test('from disk, the app hydrates the overview, and a deep link renders its view', async () => {
    const context = await newContext();
    try {
      const { page, problems } = await openInContext(context, pathToFileURL(SINGLE_FILE).href);
      assert.equal(await mounted(page), 'hydrated');
      await assertOverviewVisible(page);
      await assertOneScreen(page);
      await page.goto(`${pathToFileURL(SINGLE_FILE).href}?view=theme&theme=nato-enlargement`, { waitUntil: 'load' });
      assert.equal(await mounted(page), 'rendered');
      await page.getByRole('heading', { level: 1, name: 'NATO enlargement' }).waitFor({ timeout: TIMEOUT_MS });
      assert.equal(await page.locator('.overview').count(), 0, 'no overview');
      await assertOneScreen(page);
      assertNoProblems(problems);
    } finally {
      await context.close();
    }
  });
});
