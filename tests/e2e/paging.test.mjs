// End-to-end tests of paging: lists longer than a page (200 statements, the
// PAGE_SIZE of src/state/page.rs) show one page at a time, with the page number in
// the URL and "Previous" / "Next" links that work from the keyboard.
//
// The seed corpus has fewer statements than a page, so the paged lists are
// checked on a build over a synthetic corpus: `bash scripts/build-big.sh`
// writes it to dist-big/, and BIG_DIST_DIR names it. Without it those tests
// are skipped and say so; the seed build (DIST_DIR) is checked either way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { assertNoProblems, launchBrowser, openPage, startServer, waitForCards } from './helpers.mjs';

const PAGE_SIZE = 200;
const BIG_DIST_DIR = process.env.BIG_DIST_DIR ? path.resolve(process.env.BIG_DIST_DIR) : null;

/** The current URL's query parameters as a plain object. */
function params(page) {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** How many statement cards the page shows, once they are all drawn. */
async function cardCount(page) {
  await waitForCards(page);
  return page.locator('.statement-list > li > .statement').count();
}

/** The evidence sentences of the cards shown, in order. */
async function evidence(page) {
  await waitForCards(page);
  // Text content, not innerText: cards off screen are not rendered
  // (content-visibility), and innerText reads only rendered text.
  return page.locator('.statement-list .evidence').allTextContents();
}

/** "Showing 201–400 of 512" as numbers, from the pager's status. */
async function pagerStatus(page) {
  const text = await page.locator('.pager .pager-status').innerText();
  const match = text.match(/Showing (\d+)\u2013(\d+) of (\d+)/);
  assert.ok(match, `pager status: ${JSON.stringify(text)}`);
  return match.slice(1, 4).map(Number);
}

/** The largest of the counts next to the links in `selector`, with its link. */
async function biggest(page, selector) {
  const items = await page.locator(selector).evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute('href'),
      count: Number(link.querySelector('.count')?.textContent ?? link.parentElement.querySelector('.count')?.textContent ?? 0),
    })),
  );
  return items.reduce((best, item) => (item.count > best.count ? item : best), { count: 0 });
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('seed build: short lists are not paged', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.close();
  });

  test('browsing all statements shows every one, with no pager', async () => {
    const { page, problems } = await openPage(browser, server.url + '?view=search');
    try {
      const summary = await page.locator('.result-count').innerText();
      const total = Number(summary.match(/^(\d+) statements? in article order$/)?.[1]);
      assert.ok(total > 0 && total <= PAGE_SIZE, `the seeds fit on a page: ${summary}`);
      assert.equal(await cardCount(page), total);
      assert.equal(await page.locator('nav.pager').count(), 0, 'no pager');
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test('a page number past the end of a short list shows the list', async () => {
    const { page, problems } = await openPage(browser, server.url + '?view=search&page=3');
    try {
      const summary = await page.locator('.result-count').innerText();
      const total = Number(summary.match(/^(\d+) statements?/)?.[1]);
      assert.equal(await cardCount(page), total);
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });
});

describe('big build: long lists are paged', { skip: BIG_DIST_DIR ? false : 'BIG_DIST_DIR is not set (bash scripts/build-big.sh builds dist-big/)' }, () => {
  let server;
  before(async () => {
    server = await startServer({ root: BIG_DIST_DIR });
  });
  after(async () => {
    await server?.close();
  });

  test('search shows 200 statements a page; Next and Previous work by keyboard and keep the page in the URL', async () => {
    const { page, problems } = await openPage(browser, server.url + '?view=search');
    try {
      const summary = await page.locator('.result-count').innerText();
      const match = summary.match(/^(\d+) statements in article order; showing 1\u2013200 of (\d+)$/);
      assert.ok(match, `summary: ${JSON.stringify(summary)}`);
      const total = Number(match[1]);
      assert.equal(Number(match[2]), total);
      assert.ok(total > 2 * PAGE_SIZE, `the big corpus has more than two pages: ${total}`);
      assert.equal(await cardCount(page), PAGE_SIZE);
      assert.deepEqual(await pagerStatus(page), [1, PAGE_SIZE, total]);
      const nav = page.getByRole('navigation', { name: 'Pages of statements' });
      assert.equal(await nav.getByRole('link', { name: 'Previous' }).count(), 0, 'no Previous on page 1');
      const firstPage = await evidence(page);

      // The keyboard alone: focus Next, press Enter.
      const next = nav.getByRole('link', { name: 'Next' });
      assert.equal(await next.getAttribute('rel'), 'next');
      await next.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('page') === '2');
      await page.waitForFunction(() => document.querySelector('.pager-status')?.textContent.startsWith('Showing 201'));
      assert.deepEqual(await pagerStatus(page), [PAGE_SIZE + 1, Math.min(2 * PAGE_SIZE, total), total]);
      assert.equal(await cardCount(page), Math.min(PAGE_SIZE, total - PAGE_SIZE));
      const secondPage = await evidence(page);
      assert.notDeepEqual(secondPage.slice(0, 5), firstPage.slice(0, 5), 'another page of statements');
      // Focus goes to the page's heading, so the next page is read from its top.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-heading');

      await nav.getByRole('link', { name: 'Previous' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.searchParams.has('page'));
      assert.deepEqual(await pagerStatus(page), [1, PAGE_SIZE, total]);

      // Back returns to page 2, forward to page 1.
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('page') === '2');
      assert.deepEqual((await pagerStatus(page))[0], PAGE_SIZE + 1);
      assert.deepEqual(await evidence(page), secondPage);
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  test('a page in the URL survives a reload; a page past the end shows the last; a new filter starts at page 1', async () => {
    const { page, problems } = await openPage(browser, server.url + '?view=search&page=2');
    try {
      const [, , total] = await pagerStatus(page);
      assert.equal((await pagerStatus(page))[0], PAGE_SIZE + 1);
      await page.waitForLoadState('networkidle');
      await page.reload();
      assert.equal((await pagerStatus(page))[0], PAGE_SIZE + 1);

      await page.goto(server.url + '?view=search&page=9999');
      const lastStart = Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE + 1;
      assert.deepEqual(await pagerStatus(page), [lastStart, total, total]);
      const nav = page.getByRole('navigation', { name: 'Pages of statements' });
      assert.equal(await nav.getByRole('link', { name: 'Next' }).count(), 0, 'no Next on the last page');
      assert.equal(await cardCount(page), total - lastStart + 1);

      await page.goto(server.url + '?view=search&page=2');
      await page.locator('.pager').waitFor();
      // Facets are in a disclosure that is closed on narrow screens.
      await page.locator('details.facets').evaluate((details) => {
        details.open = true;
      });
      await page.locator('#facet-stance ~ ul a.facet-option').first().click();
      await page.waitForURL((url) => url.searchParams.has('stance'));
      assert.equal(params(page).page, undefined, 'the filtered list starts at page 1');
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });

  for (const [name, query, rows, what] of [
    ['timeline', '?view=timeline', '.timeline-entry', 'dates'],
    ['network table', '?view=network&min=1', '.data-table tbody tr', 'links'],
    ['article list', '?view=article', '.article-list > .article-card', 'articles'],
  ]) {
    test(`the ${name} is paged`, async () => {
      const { page, problems } = await openPage(browser, server.url + query);
      try {
        await page.locator('.pager').waitFor();
        const [first, last, total] = await pagerStatus(page);
        assert.deepEqual([first, last], [1, PAGE_SIZE]);
        assert.ok(total > PAGE_SIZE, `more than a page: ${total}`);
        assert.equal(await page.locator(rows).count(), PAGE_SIZE);
        const nav = page.getByRole('navigation', { name: `Pages of ${what}` });
        await nav.getByRole('link', { name: 'Next' }).click();
        await page.waitForURL((url) => url.searchParams.get('page') === '2');
        await page.waitForFunction(() => document.querySelector('.pager-status')?.textContent.startsWith('Showing 201'));
        assert.equal(await page.locator(rows).count(), Math.min(PAGE_SIZE, total - PAGE_SIZE));
        assertNoProblems(problems);
      } finally {
        await page.close();
      }
    });
  }

  for (const [name, list, selector] of [
    ['actor', '?view=actor', '.actor-list a.actor-link'],
    ['theme', '?view=theme', '.theme-list .theme-name a'],
  ]) {
    test(`the ${name} view of the biggest ${name} is paged across its groups`, async () => {
      const { page, problems } = await openPage(browser, server.url + list);
      try {
        await page.locator(selector).first().waitFor();
        const { href, count } = await biggest(page, selector);
        assert.ok(count > PAGE_SIZE, `the biggest ${name} has more than a page: ${count}`);
        await page.goto(server.url + href);
        await page.locator('.pager').waitFor();
        assert.equal(await page.locator('.result-count').first().innerText(), `Showing 1\u2013200 of ${count}`);
        assert.equal(await cardCount(page), PAGE_SIZE);
        const groups = await page.locator('.group-title').count();
        assert.ok(groups >= 1, 'statements stay under their group headings');
        await page.getByRole('link', { name: 'Next' }).click();
        await page.waitForURL((url) => url.searchParams.get('page') === '2');
        await page.waitForFunction(() => document.querySelector('.pager-status')?.textContent.startsWith('Showing 201'));
        assert.equal(await cardCount(page), Math.min(PAGE_SIZE, count - PAGE_SIZE));
        assertNoProblems(problems);
      } finally {
        await page.close();
      }
    });
  }
  test('the compare view of the two biggest actors is paged across its themes', async () => {
    const { page, problems } = await openPage(browser, server.url + '?view=actor');
    try {
      const links = page.locator('.actor-list a.actor-link');
      await links.first().waitFor();
      const actors = await links.evaluateAll((all) =>
        all
          .map((link) => ({
            slug: new URL(link.href).searchParams.get('actor'),
            count: Number(link.parentElement.querySelector('.count')?.textContent ?? 0),
          }))
          .sort((x, y) => y.count - x.count),
      );
      const [a, b] = actors;
      assert.ok(a.count + b.count > PAGE_SIZE, `two actors with more than a page: ${a.count} + ${b.count}`);
      await page.goto(`${server.url}?view=compare&a=${a.slug}&b=${b.slug}`);
      await page.locator('.pager').waitFor();
      const [first, last, total] = await pagerStatus(page);
      assert.deepEqual([first, last], [1, PAGE_SIZE]);
      assert.equal(await cardCount(page), PAGE_SIZE);
      assert.ok((await page.locator('.compare-row').count()) >= 1, 'statements stay under their themes');
      await page.getByRole('link', { name: 'Next' }).click();
      await page.waitForURL((url) => url.searchParams.get('page') === '2');
      await page.waitForFunction(() => document.querySelector('.pager-status')?.textContent.startsWith('Showing 201'));
      assert.equal(await cardCount(page), Math.min(PAGE_SIZE, total - PAGE_SIZE));
      assertNoProblems(problems);
    } finally {
      await page.close();
    }
  });
});
