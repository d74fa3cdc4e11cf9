// Offline after the first load, and "Reload to update" when a new version is
// deployed. Both run under a sub-path (/red-lines/), where the service
// worker's scope and relative URLs matter most.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import {
  ARTICLE_TITLES,
  DIST_DIR,
  assertNoProblems,
  launchBrowser,
  startServer,
  waitForApp,
  waitForText,
} from './helpers.mjs';
import {
  buildId,
  cacheNames,
  deploy,
  makeVersion,
  openInContext,
  removeDir,
  tempDir,
  waitForServiceWorker,
} from './hosting-helpers.mjs';

const BASE = '/red-lines/';
const DEEP_LINK = '?view=actor&actor=jens-stoltenberg';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('offline after the first load', () => {
  let server;
  let context;
  before(async () => {
    server = await startServer({ base: BASE });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  after(async () => {
    await context?.close();
    await server?.close();
  });

  test('with the network gone, reloads and navigations between views still render', async () => {
    const { page, problems } = await openInContext(context, server.url);
    await waitForText(page, ARTICLE_TITLES[0]);
    await waitForServiceWorker(page);
    const caches = await cacheNames(page);
    assert.equal(caches.length, 1, `one cache: ${caches.join(', ')}`);
    assert.ok(caches[0].endsWith(await buildId(DIST_DIR)), `the cache is named after the build: ${caches[0]}`);

    await context.setOffline(true);
    const served = server.requests.length;
    try {
      await page.reload({ waitUntil: 'load' });
      // The app itself, not only the overview prerendered into index.html.
      await waitForApp(page);
      await waitForText(page, ARTICLE_TITLES[0]);
      await page.goto(server.url + DEEP_LINK, { waitUntil: 'load' });
      await waitForText(page, 'Jens Stoltenberg');
      await page.goto(server.url, { waitUntil: 'load' });
      await waitForApp(page);
      await waitForText(page, ARTICLE_TITLES[0]);
      await page.goBack({ waitUntil: 'load' });
      await waitForText(page, 'Jens Stoltenberg');
      await page.goto(`${server.url}?view=actor&actor=vladimir-putin&unknown=1#x`, { waitUntil: 'load' });
      await waitForText(page, 'Vladimir Putin');
      // In-app navigation between several views (links, not page loads).
      const views = page.getByRole('navigation', { name: 'Views' });
      for (const [name, view] of [
        ['Themes', 'theme'],
        ['Timeline', 'timeline'],
        ['Network', 'network'],
        ['Articles', 'article'],
      ]) {
        await views.getByRole('link', { name, exact: true }).click();
        await page.waitForURL((url) => url.searchParams.get('view') === view);
        await page.getByRole('heading', { level: 1 }).waitFor();
      }
      await page.getByRole('link', { name: ARTICLE_TITLES[1] }).first().click();
      await page.waitForURL((url) => url.searchParams.has('article'));
      await page.getByRole('heading', { level: 1, name: ARTICLE_TITLES[1] }).waitFor();
    } finally {
      await context.setOffline(false);
    }
    assert.deepEqual(server.requests.slice(served), [], 'nothing reached the server while offline');
    assertNoProblems(problems);
    await page.close();
  });
});

/** The text of the band makeVersion adds at the top of a version's page ("none" without it). */
async function versionNote(page) {
  return page.evaluate(() => getComputedStyle(document.body, '::before').content);
}

describe('a new deploy', () => {
  let server;
  let context;
  let work;
  before(async () => {
    work = await tempDir();
    await cp(DIST_DIR, path.join(work, 'v1'), { recursive: true });
    await makeVersion(DIST_DIR, path.join(work, 'v2'), 'Red Lines (v2)');
    await cp(DIST_DIR, path.join(work, 'site'), { recursive: true });
    server = await startServer({ root: path.join(work, 'site'), base: BASE });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  after(async () => {
    await context?.close();
    await server?.close();
    await removeDir(work);
  });

  test('offers "Reload to update", and the new version shows after it is clicked', async () => {
    const v1 = await buildId(path.join(work, 'v1'));
    const v2 = await buildId(path.join(work, 'v2'));
    assert.notEqual(v1, v2, 'the two versions have different build ids');

    const { page, problems } = await openInContext(context, server.url);
    await waitForText(page, ARTICLE_TITLES[0]);
    await waitForServiceWorker(page);
    assert.equal(await page.title(), 'Red Lines');

    await deploy(path.join(work, 'v2'), path.join(work, 'site'));
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });

    // Navigation 1: the old version, from the cache, now with the offer.
    await page.goto(server.url + DEEP_LINK, { waitUntil: 'load' });
    const button = page.getByRole('button', { name: 'Reload to update' });
    await button.waitFor({ state: 'visible' });
    assert.equal(await page.title(), 'Red Lines', 'not silently replaced: the old version until the user agrees');
    assert.equal(await versionNote(page), 'none', 'the old page, without the new version\'s band');
    await waitForText(page, 'A new version of Red Lines is available.');
    await page.getByRole('status').filter({ has: button }).waitFor();

    // Navigation 2: the reload the button triggers, into the new version.
    await button.click();
    await page.waitForFunction(() => document.title === 'Red Lines (v2)');
    await page.waitForLoadState('load');
    assert.ok(navigations <= 2, `the new version within two navigations (took ${navigations})`);
    // The new version is visible on the page itself, not only in the title.
    assert.equal(await versionNote(page), '"Red Lines (v2)"', "the new version's band at the top of the page");
    await waitForText(page, 'Jens Stoltenberg');
    await waitForServiceWorker(page);
    assert.equal(await page.getByRole('button', { name: 'Reload to update' }).count(), 0, 'no offer once updated');

    const caches = await cacheNames(page);
    assert.equal(caches.length, 1, `the old cache is gone: ${caches.join(', ')}`);
    assert.ok(caches[0].endsWith(v2), `the cache of the new build: ${caches[0]}`);
    assertNoProblems(problems);
    await page.close();
  });
});
