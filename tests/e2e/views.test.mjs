// End-to-end tests of the explorer's views and of view state in the URL:
// open a URL and check what it shows; click, type or go back and check the URL.
// The statements change as attribution improves, so these tests name actors,
// themes and articles, and read statement text from the page, never assume it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ARTICLE_TITLES,
  assertNoProblems,
  launchBrowser,
  openPage,
  pageText,
  startServer,
  waitForApp,
  waitForCards,
  waitForText,
} from './helpers.mjs';

/** The current URL's query parameters as a plain object. */
function params(page) {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Waits until the URL's query satisfies `check` (no sleeps: polls via playwright). */
async function waitForParams(page, check, what) {
  try {
    await page.waitForURL((url) => check(Object.fromEntries(url.searchParams)));
  } catch (error) {
    throw new Error(`URL never matched ${what}; it is ${page.url()}`, { cause: error });
  }
}

/**
 * Reloads once the page's requests are done, so none (the icon, say) is
 * aborted mid-flight and reported as a failed request.
 */
async function reload(page) {
  await page.waitForLoadState('networkidle');
  await page.reload();
  await waitForApp(page);
}

/** Opens `query` on the server, runs `body(page)`, then checks for problems. */
async function withPage(browser, server, query, body, viewport) {
  const { page, problems } = await openPage(browser, server.url + query);
  try {
    if (viewport) await page.setViewportSize(viewport);
    await body(page);
    assertNoProblems(problems);
  } finally {
    await page.close();
  }
}

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await server?.close();
  await browser?.close();
});

describe('overview', () => {
  test('shows the matrix as a table with row and column headers, and the lists', async () => {
    await withPage(browser, server, '?view=overview', async (page) => {
      await page.locator('table.matrix').waitFor();
      assert.ok((await page.locator('table.matrix thead th[scope="col"]').count()) > 2, 'theme columns');
      assert.ok((await page.locator('table.matrix tbody th[scope="row"]').count()) > 2, 'actor rows');
      const bar = page.locator('table.matrix td .stance-bar').first();
      assert.match((await bar.getAttribute('aria-label')) ?? '', /\d+ statements?: \d+ \w+/, 'stance mix text');
      for (const title of ARTICLE_TITLES) await waitForText(page, title);
      await waitForText(page, 'Jens Stoltenberg');
      await waitForText(page, 'NATO enlargement');
    });
  });

  test('a matrix cell links to the actor’s statements on that theme', async () => {
    await withPage(browser, server, '?view=overview', async (page) => {
      const cell = page.locator('table.matrix a.cell-link').first();
      const label = await cell.getAttribute('aria-label');
      await cell.click();
      await waitForParams(page, (p) => p.view === 'actor' && p.actor && p.theme, 'view=actor with actor and theme');
      const [name] = label.split(' on ');
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.locator('.statement').first().waitFor();
      await waitForText(page, 'Theme:');
    });
  });

  test('rare actors can be hidden and shown again', async () => {
    await withPage(browser, server, '?view=overview&min=1', async (page) => {
      const rows = page.locator('table.matrix tbody tr');
      await rows.first().waitFor();
      const all = await rows.count();
      await page.selectOption('#matrix-min', '5');
      await waitForParams(page, (p) => p.min === '5', 'min=5');
      await page.waitForFunction((n) => document.querySelectorAll('table.matrix tbody tr').length < n, all);
      await waitForText(page, 'with fewer statements not shown');
      await page.goBack();
      await waitForParams(page, (p) => p.min === '1', 'min=1 after back');
      await page.waitForFunction((n) => document.querySelectorAll('table.matrix tbody tr').length === n, all);
      assert.equal(await page.inputValue('#matrix-min'), '1', 'the select shows the restored value');
    });
  });
});

describe('actor view', () => {
  test('?view=actor&actor=jens-stoltenberg shows his card and his words', async () => {
    await withPage(browser, server, '?view=actor&actor=jens-stoltenberg', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Jens Stoltenberg' }).waitFor();
      await waitForText(page, 'NATO Secretary General');
      await waitForText(page, 'compromise');
      await waitForText(page, 'Positions by theme');
      assert.ok((await page.locator('.statement .badge').count()) > 0, 'stance badges');
    });
  });

  test('a stance filter goes into the URL and back undoes it', async () => {
    await withPage(browser, server, '?view=actor&actor=vladimir-putin', async (page) => {
      await waitForCards(page);
      const before = await page.locator('.statement').count();
      const chip = page.locator('.stance-filter a.filter-chip').nth(1);
      const stance = (await chip.innerText()).replace(/\d+/g, '').trim();
      await chip.click();
      await waitForParams(page, (p) => p.stance === stance, `stance=${stance}`);
      // Text content, not innerText: cards off screen are not rendered
      // (content-visibility), and innerText reads only rendered text.
      const badges = await page.locator('.statement .badge').allTextContents();
      assert.ok(badges.length > 0 && badges.every((b) => b.toLowerCase() === stance), 'only that stance');
      await page.goBack();
      await waitForParams(page, (p) => !p.stance && p.actor === 'vladimir-putin', 'no stance after back');
      await page.waitForFunction((n) => document.querySelectorAll('.statement').length === n, before);
      await page.goForward();
      await waitForParams(page, (p) => p.stance === stance, 'stance again after forward');
    });
  });

  test('the listed statements download as CSV, JSON and Markdown', async () => {
    await withPage(browser, server, '?view=actor&actor=jens-stoltenberg', async (page) => {
      await waitForCards(page);
      const cards = await page.locator('.statement').count();
      const read = async (name) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('group', { name: 'Download these statements' }).getByRole('button', { name }).click(),
        ]);
        const chunks = [];
        for await (const chunk of await download.createReadStream()) chunks.push(chunk);
        return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
      };
      const csv = await read('CSV');
      assert.equal(csv.name, 'jens-stoltenberg.csv');
      assert.equal(csv.text.trim().split('\r\n').length, cards + 1, 'a header and a row per statement');
      const json = await read('JSON');
      const records = JSON.parse(json.text);
      assert.equal(records.length, cards);
      assert.ok(records.every((r) => r.actor === 'Jens Stoltenberg' && r.sentence.length > 0));
      const markdown = await read('Markdown');
      assert.match(markdown.text, /^# Red Lines: statements\n\n## Jens Stoltenberg\n/);
    });
  });

  test('Cite copies a citation with a link back to the sentence', async () => {
    await withPage(browser, server, '?view=actor&actor=jens-stoltenberg', async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const card = page.locator('.statement').first();
      await card.getByRole('button', { name: 'Cite' }).click();
      await card.getByText('Citation copied').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /^Jens Stoltenberg \(\w+\): “.+” — .+\n/);
      assert.match(copied, /\?view=article&article=[^&]+&s=\d+$/);
    });
  });

  test('an institution can include the people who speak for it', async () => {
    await withPage(browser, server, '?view=actor&actor=russia', async (page) => {
      const toggle = page.getByRole('button', { name: /Include those who speak for Russia/ });
      await toggle.waitFor();
      await waitForCards(page);
      const own = await page.locator('.statement').count();
      await toggle.click();
      await waitForParams(page, (p) => p.group === '1', 'group=1');
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      await page.waitForFunction((n) => document.querySelectorAll('.statement').length > n, own);
    });
  });

  test('a name typed into the URL finds the actor and the URL becomes canonical', async () => {
    await withPage(browser, server, '?view=actor&actor=putin', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Vladimir Putin' }).waitFor();
      await waitForParams(page, (p) => p.actor === 'vladimir-putin', 'actor=vladimir-putin');
    });
    await withPage(
      browser,
      server,
      '?view=compare&a=Stoltenberg&b=ryabkov&theme=NATO%20enlargement',
      async (page) => {
        await waitForParams(
          page,
          (p) => p.a === 'jens-stoltenberg' && p.b === 'sergei-ryabkov' && p.theme === 'nato-enlargement',
          'canonical compare parameters',
        );
        // The choosers show the two actors the URL named by hand.
        await page.waitForFunction(
          () =>
            document.querySelector('#compare-a')?.value === 'jens-stoltenberg' &&
            document.querySelector('#compare-b')?.value === 'sergei-ryabkov',
        );
        const titles = await page.locator('.compare-row .column-title').allInnerTexts();
        assert.ok(titles.some((t) => /jens stoltenberg/i.test(t)), `column titles: ${titles}`);
      },
    );
    await withPage(browser, server, '?view=article&article=001_7c12f3d8ef08dc95', async (page) => {
      await waitForParams(page, (p) => p.article === '001_7c12f3d8ef08dc95.txt', 'article id with its extension');
      await page.getByRole('heading', { level: 1, name: ARTICLE_TITLES[1] }).waitFor();
      assert.ok((await page.locator('.reader-body mark.hl').count()) > 0, 'the reader shows highlights');
    });
  });

  test('an unknown actor says so and lists the actors', async () => {
    await withPage(browser, server, '?view=actor&actor=nobody-at-all', async (page) => {
      await waitForText(page, 'Actor not found');
      await waitForText(page, 'nobody-at-all');
      await waitForText(page, 'Vladimir Putin');
    });
  });
});

describe('theme view', () => {
  test('shows who says what on one theme, grouped by actor', async () => {
    await withPage(browser, server, '?view=theme&theme=nato-enlargement', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'NATO enlargement' }).waitFor();
      await waitForText(page, 'Who says what');
      assert.ok((await page.locator('.actor-section').count()) > 1, 'several actors');
      const chips = await page.locator('.statement .chips').allTextContents();
      assert.ok(chips.every((text) => text.includes('NATO enlargement')), 'every statement carries the theme');
    });
  });

  test('the theme list links to each theme', async () => {
    await withPage(browser, server, '?view=theme', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Themes' }).waitFor();
      await page.getByRole('link', { name: 'Legal guarantees' }).first().click();
      await waitForParams(page, (p) => p.view === 'theme' && p.theme === 'legal-guarantees', 'theme=legal-guarantees');
      await page.getByRole('heading', { level: 1, name: 'Legal guarantees' }).waitFor();
    });
  });
});

describe('compare view', () => {
  test('puts two actors side by side, theme by theme', async () => {
    await withPage(browser, server, '?view=compare&a=vladimir-putin&b=joe-biden', async (page) => {
      await page.locator('.compare-row').first().waitFor();
      assert.equal(await page.inputValue('#compare-a'), 'vladimir-putin');
      assert.equal(await page.inputValue('#compare-b'), 'joe-biden');
      await waitForText(page, 'both speak on');
      const titles = await page.locator('.compare-row .column-title').allInnerTexts();
      assert.ok(titles.some((t) => /vladimir putin/i.test(t)) && titles.some((t) => /joe biden/i.test(t)));
    });
  });

  test('choosing another actor and swapping update the URL', async () => {
    await withPage(browser, server, '?view=compare&a=vladimir-putin&b=joe-biden', async (page) => {
      await page.locator('.compare-row').first().waitFor();
      await page.selectOption('#compare-b', 'jens-stoltenberg');
      await waitForParams(page, (p) => p.b === 'jens-stoltenberg', 'b=jens-stoltenberg');
      await page.getByRole('button', { name: 'Swap the two actors' }).click();
      await waitForParams(page, (p) => p.a === 'jens-stoltenberg' && p.b === 'vladimir-putin', 'swapped');
      assert.equal(await page.inputValue('#compare-a'), 'jens-stoltenberg');
      await page.goBack();
      await waitForParams(page, (p) => p.a === 'vladimir-putin' && p.b === 'jens-stoltenberg', 'back before the swap');
      await page.waitForFunction(() => document.querySelector('#compare-a').value === 'vladimir-putin');
    });
  });

  test('without actors it suggests pairs who clash', async () => {
    await withPage(browser, server, '?view=compare', async (page) => {
      await waitForText(page, 'Compare two actors');
      await waitForText(page, 'Actors who clash');
    });
  });
});

describe('article reader', () => {
  test('evidence opens the reader at its sentence, marked and in view', async () => {
    await withPage(browser, server, '?view=actor&actor=jens-stoltenberg', async (page) => {
      const card = page.locator('.statement').first();
      await card.waitFor();
      const sentence = (await card.locator('blockquote').innerText()).trim();
      await card.getByRole('link', { name: 'Read in context' }).click();
      await waitForParams(page, (p) => p.view === 'article' && p.article && p.s, 'view=article with article and s');
      const marked = page.locator('mark.hl.is-selected');
      await marked.first().waitFor();
      assert.equal((await marked.first().innerText()).trim(), sentence);
      await page.waitForFunction(() => {
        const box = document.querySelector('mark.hl.is-selected').getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      await page.locator('.selection').getByText('Jens Stoltenberg').first().waitFor();
    });
  });

  test('shows headings and paragraphs with highlights; choosing one shows who says it', async () => {
    const article = '000_488cd592eccbcacb.txt';
    await withPage(browser, server, `?view=article&article=${article}`, async (page) => {
      await page.getByRole('heading', { level: 1, name: ARTICLE_TITLES[0] }).waitFor();
      const highlights = page.locator('.reader-body mark.hl');
      assert.ok((await highlights.count()) > 3, 'several highlighted sentences');
      const second = highlights.nth(1);
      await second.click();
      await waitForParams(page, (p) => p.s && p.article === article, 's after a click');
      assert.equal(await second.getAttribute('aria-pressed'), 'true');
      await page.locator('.selection .badge').first().waitFor();
      // Keyboard: Enter on a focused highlight selects it.
      await highlights.nth(2).focus();
      await page.keyboard.press('Enter');
      assert.equal(await highlights.nth(2).getAttribute('aria-pressed'), 'true');
      await page.getByRole('button', { name: 'Close' }).click();
      await waitForParams(page, (p) => !p.s, 'no s after closing');
    });
  });

  test('reloading keeps the marked sentence', async () => {
    await withPage(browser, server, '?view=actor&actor=joe-biden', async (page) => {
      await page.locator('.statement').first().getByRole('link', { name: 'Read in context' }).click();
      await waitForParams(page, (p) => p.view === 'article' && p.s, 'article with s');
      const url = page.url();
      await reload(page);
      await page.locator('mark.hl.is-selected').first().waitFor();
      assert.equal(page.url(), url);
    });
  });
});

describe('search view', () => {
  test('typing searches as you type, highlights matches and keeps the query in the URL', async () => {
    await withPage(browser, server, '?view=search', async (page) => {
      const input = page.getByLabel('Search statements and articles');
      await input.fill('guarantees');
      await waitForParams(page, (p) => p.q === 'guarantees', 'q=guarantees');
      await page.locator('.statement mark.hit').first().waitFor();
      const marks = await page.locator('.statement mark.hit').allInnerTexts();
      assert.ok(marks.every((m) => /^guarante/i.test(m)), `stemmed matches: ${marks.join(', ')}`);
      await waitForText(page, 'Passages in articles');
      assert.ok((await page.locator('.kwic mark.hit').count()) > 0, 'keyword-in-context lines');
      await reload(page);
      assert.equal(await page.getByLabel('Search statements and articles').inputValue(), 'guarantees');
      await page.locator('.statement mark.hit').first().waitFor();
    });
  });

  test('a page of cards is drawn a screenful first and whole a few frames later, at once for printing', async () => {
    await withPage(browser, server, '?view=overview', async (page) => {
      // Watches for the statement section while its cards are still being
      // drawn and notes how many there are; two frames later it asks for a
      // printout, and in the frame after that every card must be there, since
      // printing does not wait. Later frames add a batch each (24 cards, see
      // src/state/drawn.rs), so three frames alone cannot draw the seeds'
      // 136: only the printout can have drawn them all.
      await page.evaluate(() => {
        window.__drawing = new Promise((resolve) => {
          const frame = () => new Promise((done) => requestAnimationFrame(done));
          const observer = new MutationObserver(async () => {
            const busy = document.querySelector('section[aria-busy="true"]');
            if (!busy) return;
            observer.disconnect();
            const first = busy.querySelectorAll('.statement').length;
            await frame();
            await frame();
            window.dispatchEvent(new Event('beforeprint'));
            await frame();
            resolve({
              first,
              printed: document.querySelectorAll('.statement').length,
              whole: !document.querySelector('section[aria-busy="true"]'),
            });
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
        });
      });
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Search' }).click();
      const drawing = await page.evaluate(() => window.__drawing);
      await waitForCards(page);
      const summary = await page.locator('.result-count').innerText();
      const total = Number(summary.match(/^(\d+) statements?/)?.[1]);
      assert.ok(drawing.first > 0 && drawing.first + 3 * 24 < total, `a screenful first: ${drawing.first} of ${total}`);
      assert.deepEqual([drawing.printed, drawing.whole], [total, true], 'every card before printing');
      // Still one list of cards, each in its item, in order and keyed.
      assert.equal(await page.locator('ul.statement-list > li > article.statement').count(), total);
      assert.equal(await page.locator('ul.statement-list > :not(li)').count(), 0);
    });
  });

  test('facets combine with live counts, and one click clears them', async () => {
    await withPage(browser, server, '?view=search', async (page) => {
      await waitForCards(page);
      const total = await page.locator('.statement').count();
      const option = page.locator('#facet-actor ~ ul a.facet-option').first();
      const expected = Number(await option.locator('.count').innerText());
      await option.click();
      await waitForParams(page, (p) => p.actor, 'an actor facet');
      await page.waitForFunction((n) => document.querySelectorAll('.statement').length === n, expected);
      const stance = page.locator('#facet-stance ~ ul a.facet-option').first();
      const narrowed = Number(await stance.locator('.count').innerText());
      await stance.click();
      await waitForParams(page, (p) => p.actor && p.stance, 'actor and stance facets');
      await page.waitForFunction((n) => document.querySelectorAll('.statement').length === n, narrowed);
      await page.getByRole('link', { name: 'Clear all filters' }).click();
      await waitForParams(page, (p) => !p.actor && !p.stance, 'no facets');
      await page.waitForFunction((n) => document.querySelectorAll('.statement').length === n, total);
    });
  });

  test('"Show all" opens the rest of a facet, whose options filter like the first ones', async () => {
    await withPage(browser, server, '?view=search', async (page) => {
      await page.locator('.statement').first().waitFor();
      const facet = page.locator('section.facet', { has: page.locator('#facet-actor') });
      const more = facet.locator('details.more');
      const summary = await more.locator('summary').innerText();
      const all = Number(summary.match(/^Show all (\d+)$/)?.[1]);
      assert.ok(all > 8, `the actor facet offers more than 8: ${summary}`);
      assert.equal(await facet.locator('a.facet-option').count(), 8, 'eight shown before it opens');
      await more.locator('summary').click();
      await page.waitForFunction((n) => document.querySelectorAll('#facet-actor ~ * a.facet-option').length === n, all);
      const last = more.locator('a.facet-option').last();
      const expected = Number(await last.locator('.count').innerText());
      const name = (await last.locator('.facet-label').innerText()).trim();
      await last.click();
      await waitForParams(page, (p) => p.actor, 'an actor from the rest of the facet');
      // Wait for the narrowed list itself, its count and its actor: a list
      // still being drawn a screenful at a time may pass through the same
      // count on a slow machine.
      await page.waitForFunction(
        ([n, actor]) => {
          const cards = document.querySelectorAll('.statement');
          return cards.length === n && cards[0].innerText.includes(actor);
        },
        [expected, name],
      );
      assert.ok((await page.locator('.statement .actor-name, .statement').first().innerText()).includes(name));
      // It stays open while the user keeps filtering.
      assert.equal(await more.evaluate((details) => details.open), true);
    });
  });

  test('an empty result says so and offers to clear the filters', async () => {
    await withPage(browser, server, '?view=search&q=zzzxqv', async (page) => {
      await waitForText(page, 'No statement contains');
    });
    // An actor with a stance they never take: read the stances the actor's
    // facet counts offer and pick one that is missing.
    await withPage(browser, server, '?view=search&actor=jens-stoltenberg', async (page) => {
      await page.locator('.statement').first().waitFor();
      const offered = await page.locator('#facet-stance ~ ul .facet-label').allInnerTexts();
      const stances = ['demand', 'propose', 'reject', 'support', 'warn', 'assess'];
      const missing = stances.find((stance) => !offered.map((o) => o.replace('✓', '').trim()).includes(stance));
      assert.ok(missing, `Jens Stoltenberg takes every stance: ${offered.join(', ')}`);
      await page.waitForLoadState('networkidle');
      await page.goto(`${server.url}?view=search&actor=jens-stoltenberg&stance=${missing}`);
      await waitForText(page, 'No statements match all these filters');
      await page.locator('.results').getByRole('link', { name: 'Clear filters' }).click();
      await waitForParams(page, (p) => p.view === 'search' && !p.actor && !p.stance, 'cleared');
      await page.locator('.statement').first().waitFor();
    });
  });
});

describe('timeline and network', () => {
  test('the timeline lists dates in order with their sentences', async () => {
    await withPage(browser, server, '?view=timeline', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
      const years = (await page.locator('.timeline-year > h2').allInnerTexts()).map(Number);
      assert.ok(years.length > 1, 'several years');
      assert.deepEqual([...years].sort((a, b) => a - b), years, 'in order');
      await waitForText(page, 'published');
    });
  });

  test('the network draws actor–theme links and repeats them as a table', async () => {
    await withPage(browser, server, '?view=network', async (page) => {
      await page.locator('svg.network path.edge').first().waitFor({ state: 'attached' });
      const edges = await page.locator('svg.network path.edge').count();
      const rows = await page.locator('table.data-table tbody tr').count();
      assert.equal(rows, edges, 'one table row per line');
      await page.locator('svg.network a.node').first().click();
      await waitForParams(page, (p) => p.view === 'actor' && p.actor, 'an actor from the network');
    });
  });
});

describe('navigation, history and layout', () => {
  test('the navigation bar moves between views; back and forward restore them', async () => {
    await withPage(browser, server, '', async (page) => {
      await waitForText(page, 'Who stands where');
      const nav = page.getByRole('navigation', { name: 'Views' });
      await nav.getByRole('link', { name: 'Actors' }).click();
      await waitForParams(page, (p) => p.view === 'actor', 'view=actor');
      await page.getByRole('heading', { level: 1, name: 'Actors' }).waitFor();
      assert.equal(await nav.getByRole('link', { name: 'Actors' }).getAttribute('aria-current'), 'page');
      await nav.getByRole('link', { name: 'Themes' }).click();
      await waitForParams(page, (p) => p.view === 'theme', 'view=theme');
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Actors' }).waitFor();
      await page.goBack();
      await waitForText(page, 'Who stands where');
      await page.goForward();
      await page.getByRole('heading', { level: 1, name: 'Actors' }).waitFor();
    });
  });

  test('every link in the app is a relative query-only URL', async () => {
    await withPage(browser, server, '?view=overview', async (page) => {
      await page.locator('table.matrix').waitFor();
      const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')));
      const bad = hrefs.filter((href) => !href.startsWith('?view=') && href !== '#main');
      assert.deepEqual(bad, []);
    });
  });

  test('the dark mode toggle is remembered across reloads', async () => {
    await withPage(browser, server, '?view=overview', async (page) => {
      const toggle = page.getByRole('button', { name: 'Dark mode' });
      await toggle.waitFor();
      const before = await toggle.getAttribute('aria-pressed');
      await toggle.click();
      const after = before === 'true' ? 'false' : 'true';
      assert.equal(await toggle.getAttribute('aria-pressed'), after);
      assert.equal(await page.getAttribute('html', 'data-theme'), after === 'true' ? 'dark' : 'light');
      await reload(page);
      await page.getByRole('button', { name: 'Dark mode' }).waitFor();
      assert.equal(await page.getAttribute('html', 'data-theme'), after === 'true' ? 'dark' : 'light');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g).map(Number);
      assert.equal(r + g + b < 200, after === 'true', `background ${background}`);
    });
  });

  test('at 360 px no view is wider than the screen', async () => {
    const queries = [
      '?view=overview',
      '?view=actor&actor=vladimir-putin',
      '?view=theme&theme=nato-enlargement',
      '?view=compare&a=vladimir-putin&b=joe-biden',
      '?view=article&article=000_488cd592eccbcacb.txt',
      '?view=search&q=nato',
      '?view=timeline',
      '?view=network',
    ];
    for (const query of queries) {
      await withPage(
        browser,
        server,
        query,
        async (page) => {
          await page.locator('main h1').waitFor();
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 360, `${query} is ${width} px wide`);
        },
        { width: 360, height: 740 },
      );
    }
  });

  test('keyboard: the skip link leads to the main content', async () => {
    await withPage(browser, server, '?view=overview', async (page) => {
      await page.locator('table.matrix').waitFor();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent);
      assert.equal(focused, 'Skip to content');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    });
  });
});

describe('served under a sub-path', () => {
  let sub;
  before(async () => {
    sub = await startServer({ base: '/red-lines/' });
  });
  after(async () => {
    await sub?.close();
  });

  test('links and history stay under the sub-path', async () => {
    await withPage(browser, sub, '?view=actor&actor=jens-stoltenberg', async (page) => {
      await waitForText(page, 'compromise');
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Search' }).click();
      await waitForParams(page, (p) => p.view === 'search', 'view=search');
      assert.equal(new URL(page.url()).pathname, '/red-lines/');
      await reload(page);
      await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
      const text = await pageText(page);
      assert.match(text, /statements? in article order/);
    });
  });
});
