// A large corpus ships its index in chunks (build.rs with REDLINES_CHUNKS_OUT;
// scripts/build-big.sh builds dist-big/ that way, in small chunks). The page
// embeds only the manifest; the worker fetches and checks each chunk, the page
// shows progress until the index is whole, and a missing or damaged chunk is
// named in a message instead of leaving a blank page. Without BIG_DIST_DIR
// these tests are skipped and say so.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import path from 'node:path';
import { appRequests, assertNoProblems, launchBrowser, startServer, waitForText } from './helpers.mjs';
import { openInContext, removeDir, tempDir, waitForServiceWorker } from './hosting-helpers.mjs';
import { runAxe } from './axe.mjs';

const BIG_DIST_DIR = process.env.BIG_DIST_DIR ? path.resolve(process.env.BIG_DIST_DIR) : null;
const skip = BIG_DIST_DIR ? false : 'BIG_DIST_DIR is not set (bash scripts/build-big.sh builds dist-big/)';
// Under a sub-path, as on GitHub Pages, so the chunk URLs must be relative.
const BASE = '/red-lines/';

/** The chunk files of a build, in order. */
async function chunkFiles(dir) {
  return (await readdir(path.join(dir, 'index'))).filter((name) => /^part-\d{4}-[0-9a-f]{16}\.bin$/.test(name)).sort();
}

/** The explorer's overview, which shows once the whole index is in. */
async function waitForExplorer(page) {
  await page.getByRole('heading', { level: 1, name: 'Who stands where' }).waitFor();
}

describe('a chunked index', { skip }, () => {
  let browser;
  let chunks;
  before(async () => {
    browser = await launchBrowser();
    chunks = await chunkFiles(BIG_DIST_DIR);
  });
  after(async () => {
    await browser?.close();
  });

  test('the build has several chunks, and neither wasm embeds them', async () => {
    assert.ok(chunks.length >= 4, `chunks: ${chunks.join(', ')}`);
    // A run of article text from the middle of the last chunk (postcard keeps
    // strings as plain UTF-8) appears in no wasm file of the build.
    const last = await readFile(path.join(BIG_DIST_DIR, 'index', chunks.at(-1)));
    const sample = last.subarray(Math.floor(last.length / 2), Math.floor(last.length / 2) + 64);
    const wasms = (await readdir(BIG_DIST_DIR)).filter((name) => name.endsWith('.wasm'));
    assert.equal(wasms.length, 2, `the page's and the worker's wasm: ${wasms.join(', ')}`);
    for (const name of wasms) {
      const bytes = await readFile(path.join(BIG_DIST_DIR, name));
      assert.equal(bytes.indexOf(sample), -1, `${name} holds chunk text`);
    }
    assert.ok(last.indexOf(sample) >= 0);
  });

  test('chunks load one by one with progress, then the explorer shows the whole corpus', async () => {
    // The second chunk is held back until the page says the first arrived.
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    const server = await startServer({
      root: BIG_DIST_DIR,
      base: BASE,
      gate: (rel) => (rel === `index/${chunks[1]}` ? held : undefined),
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    try {
      const { page, problems } = await openInContext(context, server.url);
      await page.getByRole('heading', { level: 1, name: 'Loading the corpus' }).waitFor();
      const status = page.getByRole('status');
      await status.filter({ hasText: `1 of ${chunks.length} parts loaded` }).waitFor();
      const progress = page.getByRole('progressbar', { name: 'Corpus loaded' });
      const [value, max] = await progress.evaluate((bar) => [bar.value, bar.max]);
      assert.ok(value > 0 && value < max, `progress ${value} of ${max}`);
      assert.equal(await page.locator('main').getAttribute('aria-busy'), 'true');
      const { violations } = await runAxe(page);
      assert.deepEqual(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
        'axe finds nothing on the loading screen',
      );
      release();
      await waitForExplorer(page);
      const fetched = server.requests.filter((p) => p.includes('/index/'));
      assert.deepEqual(
        fetched,
        chunks.map((name) => `${BASE}index/${name}`),
        'each chunk is fetched once, in order, under the sub-path',
      );
      // Every article of the corpus is there: the articles view counts them
      // all (a page at a time).
      await page.goto(`${server.url}?view=article`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor();
      const pager = await page.locator('.pager .pager-status').innerText();
      assert.match(pager, /^Showing 1\u2013200 of 250\b/);
      assertNoProblems(problems);
    } finally {
      release();
      await context.close();
      await server.close();
    }
  });

  describe('a broken deploy', () => {
    let work;
    before(async () => {
      work = await tempDir();
    });
    after(async () => {
      await removeDir(work);
    });

    /** A copy of the big build with `breakIt(indexDir)` applied, served under BASE. */
    async function brokenCopy(name, breakIt) {
      const dir = path.join(work, name);
      await cp(BIG_DIST_DIR, dir, { recursive: true });
      await breakIt(path.join(dir, 'index'));
      return startServer({ root: dir, base: BASE });
    }

    test('a damaged chunk is named, and nothing is shown from it', async () => {
      const server = await brokenCopy('damaged', async (index) => {
        const file = path.join(index, chunks[2]);
        const bytes = await readFile(file);
        bytes[Math.floor(bytes.length / 2)] ^= 0x20;
        await writeFile(file, bytes);
      });
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const { page, problems } = await openInContext(context, server.url);
        await page.getByRole('heading', { level: 1, name: 'Red Lines could not load its corpus' }).waitFor();
        const alert = await page.getByRole('alert').innerText();
        assert.match(alert, new RegExp(`Part 3 of ${chunks.length} of the index is unusable`));
        assert.ok(alert.includes(chunks[2]), alert);
        assert.match(await page.locator('main').innerText(), /Reload the page to try again/);
        assertNoProblems(problems);
      } finally {
        await context.close();
        await server.close();
      }
    });

    test('a missing chunk is named with the server\'s answer', async () => {
      const server = await brokenCopy('missing', (index) => rm(path.join(index, chunks[1])));
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const { page, problems } = await openInContext(context, server.url);
        await page.getByRole('heading', { level: 1, name: 'Red Lines could not load its corpus' }).waitFor();
        const alert = await page.getByRole('alert').innerText();
        assert.ok(alert.includes(`Part 2 of ${chunks.length} of the index (index/${chunks[1]})`), alert);
        assert.match(alert, /the server answered 404/);
        // The 404 itself is the only problem on the page.
        assert.deepEqual(problems, [`HTTP 404: ${server.url}index/${chunks[1]}`]);
      } finally {
        await context.close();
        await server.close();
      }
    });
  });

  test('after the first load, the chunked corpus opens offline', async () => {
    const server = await startServer({ root: BIG_DIST_DIR, base: BASE });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, problems } = await openInContext(context, server.url);
      await waitForExplorer(page);
      await waitForServiceWorker(page);
      // The service worker precached the chunks (they are in its list).
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const cache = await caches.open(names[0]);
        return (await cache.keys()).map((request) => new URL(request.url).pathname).filter((p) => p.includes('/index/'));
      });
      assert.equal(cached.length, chunks.length, `cached chunks: ${cached.join(', ')}`);
      await context.setOffline(true);
      const served = server.requests.length;
      try {
        await page.reload({ waitUntil: 'load' });
        await waitForExplorer(page);
        await page.goto(`${server.url}?view=search&q=guarantees`, { waitUntil: 'load' });
        await page.locator('.statement-list .statement').first().waitFor();
      } finally {
        await context.setOffline(false);
      }
      assert.deepEqual(appRequests(server.requests.slice(served)), [], 'nothing reached the server while offline');
      assertNoProblems(problems);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test('an article pasted into a chunked build joins its corpus', async () => {
    const server = await startServer({ root: BIG_DIST_DIR, base: BASE });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    try {
      const { page, problems } = await openInContext(context, `${server.url}?view=import`);
      await page.locator('[data-library="idle"]').waitFor({ state: 'attached' });
      await page.locator('#paste-title').fill('Baltic Patrol Notes');
      await page
        .locator('#paste-text')
        .fill('Jens Stoltenberg demanded a standing maritime patrol in the Gulf of Finland before the next summit.');
      await page.getByRole('button', { name: 'Add pasted text' }).click();
      await waitForText(page, 'Added Baltic Patrol Notes.');
      await page.goto(`${server.url}?view=search&q=maritime%20patrol%20Gulf%20of%20Finland`, { waitUntil: 'load' });
      await page.locator('[data-library="idle"]').waitFor({ state: 'attached' });
      await page.locator('.statement', { hasText: 'standing maritime patrol in the Gulf of Finland' }).first().waitFor();
      assertNoProblems(problems);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
