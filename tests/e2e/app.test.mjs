// End-to-end tests of the built app in dist/ (scripts/test.sh builds it first).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ARTICLE_TITLES,
  assertNoProblems,
  launchBrowser,
  openPage,
  pageText,
  startServer,
  waitForText,
} from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('served at the root', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.close();
  });

  test('the document has its title, language, viewport and description', async () => {
    const { page, problems } = await openPage(browser, server.url);
    try {
      assert.equal(await page.title(), 'Red Lines');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      const viewport = await page.getAttribute('meta[name="viewport"]', 'content');
      assert.match(viewport ?? '', /width=device-width/);
      const description = await page.getAttribute('meta[name="description"]', 'content');
      assert.ok(description && description.length > 20, 'a meta description');
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test('the page renders the five article titles', async () => {
    const { page, problems } = await openPage(browser, server.url);
    try {
      for (const title of ARTICLE_TITLES) await waitForText(page, title);
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test("the actor view shows Jens Stoltenberg's words", async () => {
    const { page, problems } = await openPage(browser, `${server.url}?view=actor&actor=jens-stoltenberg`);
    try {
      await waitForText(page, 'Jens Stoltenberg');
      await waitForText(page, 'compromise');
      const text = await pageText(page);
      assert.ok(text.includes('Jens Stoltenberg'), 'the page names Jens Stoltenberg');
      assert.match(text, /compromise/i, 'the page quotes his statement');
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test('no console errors and no failed requests once the app has loaded', async () => {
    const { page, problems } = await openPage(browser, server.url);
    try {
      await waitForText(page, ARTICLE_TITLES[0]);
      await page.waitForLoadState('networkidle');
      assert.ok(
        server.requests.some((p) => p.endsWith('.wasm')),
        `the app's wasm was requested (requests: ${server.requests.join(', ')})`,
      );
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });
});

describe('served under a sub-path', () => {
  let server;
  before(async () => {
    server = await startServer({ base: '/red-lines/' });
  });
  after(async () => {
    await server?.close();
  });

  test('the app loads with relative asset paths', async () => {
    const { page, problems } = await openPage(browser, server.url);
    try {
      for (const title of ARTICLE_TITLES) await waitForText(page, title);
      await page.waitForLoadState('networkidle');
      const outside = server.requests.filter((p) => !p.startsWith(server.base));
      assert.deepEqual(outside, [], 'every request stays under the sub-path');
      assert.ok(server.requests.some((p) => p.endsWith('.wasm')), 'the wasm was loaded from the sub-path');
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });
});
