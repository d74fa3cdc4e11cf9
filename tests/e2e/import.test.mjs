// Bring your own articles: import .txt, .md and .html files and pasted text,
// find their statements in the views, keep them across reloads (also
// offline), refuse bad input with a message that names the file, and keep
// corrections. Fixtures are in tests/fixtures/import/; the file over 20 MB
// and the quota case are made here.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, appRequests, assertNoProblems, launchBrowser, pageText, startServer, waitForText } from './helpers.mjs';
import { openInContext, waitForServiceWorker } from './hosting-helpers.mjs';

const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'import');
const fixture = (name) => path.join(FIXTURES, name);

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Picks files in the Import view's file input; `files` are paths or {name, mimeType, buffer}. */
async function pick(page, files) {
  await page.locator('#import-file-input').setInputFiles(files);
}

/**
 * Waits until the page has read (and, if needed, indexed) the saved
 * collection and no import work is under way.
 */
async function idle(page) {
  await page.locator('[data-library="idle"]').waitFor({ state: 'attached' });
}

/** Goes to a view of the app and waits until the user's articles are in. */
async function visit(page, query) {
  await page.goto(`${server.url}${query}`, { waitUntil: 'load' });
  await idle(page);
}

/** Waits for an error matching `message` in the alert region, then for the work to end. */
async function expectAlert(page, message) {
  try {
    await page.locator('.import-errors[role="alert"]', { hasText: message }).waitFor();
  } catch (error) {
    const shown = await page.locator('.import-page').innerText().catch(() => '');
    throw new Error(`no alert matching ${message}; the Import view shows:\n${shown}`, { cause: error });
  }
  await idle(page);
}

/** The text of the alert region (errors) of the Import view. */
async function alerts(page) {
  return page.locator('.import-errors[role="alert"]').innerText();
}

/** The names listed under "Your articles". */
async function yourArticles(page) {
  return page.locator('.your-article .article-name').allTextContents();
}

/** The collection record as stored in IndexedDB, parsed (or null). */
async function storedCollection(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('red-lines');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('library')) return resolve(null);
          const get = db.transaction('library').objectStore('library').get('collection');
          get.onsuccess = () => resolve(get.result ? JSON.parse(get.result) : null);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Statement cards whose evidence contains `text`. */
function card(page, text) {
  return page.locator('article.statement', { has: page.locator('blockquote', { hasText: text }) });
}

/**
 * A browser context of its own, so its IndexedDB starts empty, opened on the
 * Import view: { context, page, problems }.
 */
async function freshImportPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openInContext(context, `${server.url}?view=import`);
  return { context, page, problems };
}

describe('importing articles', () => {
  let context;
  let page;
  let problems;
  before(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Chromium's quota override (CDP Storage.overrideQuotaForOrigin) did not
    // make IndexedDB writes fail here, so the quota test makes put() throw
    // the QuotaExceededError a full disk gives, while window.__storageFull is set.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    ({ page, problems } = await openInContext(context, `${server.url}?view=import`));
  });
  after(async () => {
    await context?.close();
  });

  test('the import worker is not started until the user imports', async () => {
    await waitForText(page, 'Import articles');
    await waitForText(page, 'You have not added any articles yet.');
    await idle(page);
    assert.equal(page.workers().length, 0, 'no worker on a first visit');
  });

  test('a .txt, a .md and an .html file join the views, marked as the user’s', async () => {
    await pick(page, [fixture('arctic-talks.txt'), fixture('baltic-brief.md'), fixture('embassy-page.html')]);
    await waitForText(page, 'Added arctic-talks.txt.');
    await waitForText(page, 'Added baltic-brief.md.');
    await waitForText(page, 'Added embassy-page.html.');
    await idle(page);
    assert.equal(page.workers().length, 1, 'the import worker runs in a Web Worker');
    assert.deepEqual(await yourArticles(page), ['arctic-talks.txt', 'baltic-brief.md', 'embassy-page.html']);
    assert.equal(await alerts(page), '');

    // The HTML file's scripts and styles are data: nothing ran, nothing shows.
    assert.equal(await page.evaluate(() => window.__scriptRan), undefined);
    assert.notEqual(await page.title(), 'SCRIPT RAN');

    await visit(page, `?view=article`);
    await waitForText(page, 'Arctic Talks Stall in Reykjavik');
    await waitForText(page, 'Baltic Exercises Brief');
    await waitForText(page, 'Embassy Statement on Guarantees');
    assert.equal(await page.locator('.article-card .badge-yours').count(), 3);

    await visit(page, `?view=actor&actor=jens-stoltenberg`);
    const arctic = card(page, 'open door policy in the Arctic');
    await arctic.waitFor();
    assert.match(await arctic.innerText(), /Your article/i);

    await visit(page, `?view=actor&actor=vladimir-putin`);
    await card(page, 'large exercises near the Baltic border').waitFor();

    await visit(page, `?view=search&q=Caucasus`);
    await card(page, 'halt to NATO enlargement in the Caucasus').waitFor();

    await visit(page, `?view=article&article=embassy-page.html`);
    await waitForText(page, 'The embassy closed its consular section for the week.');
    const text = await pageText(page);
    for (const leaked of ['SCRIPT RAN', 'STYLE LEAKED', 'document.title', 'color: red']) {
      assert.ok(!text.includes(leaked), `${leaked} must not reach the page`);
    }
    assert.equal(await page.evaluate(() => window.__scriptRan), undefined);
    assertNoProblems(problems);
  });

  test('pasted text with a title is imported too', async () => {
    await visit(page, `?view=import`);
    await page.locator('#paste-title').fill('Warsaw Summit Notes');
    await page
      .locator('#paste-text')
      .fill('Olaf Scholz demanded a permanent NATO base in eastern Poland before the summit in Warsaw.');
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await waitForText(page, 'Added Warsaw Summit Notes.');
    await idle(page);
    await visit(page, `?view=search&q=permanent%20base`);
    await card(page, 'permanent NATO base in eastern Poland').waitFor();
  });

  test('the articles are still there after a reload, and offline', async () => {
    await visit(page, `?view=article`);
    await waitForServiceWorker(page);
    await page.reload({ waitUntil: 'load' });
    await idle(page);
    await waitForText(page, 'Arctic Talks Stall in Reykjavik');
    await waitForText(page, 'Warsaw Summit Notes');
    await context.setOffline(true);
    const served = server.requests.length;
    try {
      await visit(page, `?view=actor&actor=jens-stoltenberg`);
      await card(page, 'open door policy in the Arctic').waitFor();
      await visit(page, `?view=import`);
      await waitForText(page, 'embassy-page.html');
    } finally {
      await context.setOffline(false);
    }
    assert.deepEqual(appRequests(server.requests.slice(served)), [], 'nothing reached the server while offline');
    assertNoProblems(problems);
  });

  test('each bad input says which file and why, and the saved collection stays', async () => {
    await visit(page, `?view=import`);
    await waitForText(page, 'embassy-page.html');
    const saved = await storedCollection(page);
    assert.equal(saved.articles.length, 4);
    const cases = [
      [fixture('empty.txt'), /empty\.txt is empty: there is no text to import\./],
      [fixture('pixel.png'), /pixel\.png is an image \(PNG\), not an article/],
      [fixture('arctic-talks.txt'), /arctic-talks\.txt is already imported\./],
      [
        { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 'word ') },
        /huge\.txt is 21 MB, over the 20 MB import limit/,
      ],
    ];
    for (const [file, message] of cases) {
      await pick(page, [file]);
      await expectAlert(page, message);
      assert.deepEqual(await storedCollection(page), saved, 'the saved collection is unchanged');
      assert.equal((await yourArticles(page)).length, 4);
    }
    assertNoProblems(problems);
  });

  test('a Windows-1252 file is decoded, with a note', async () => {
    await pick(page, [fixture('windows-1252.txt')]);
    await waitForText(page, 'Added windows-1252.txt.');
    await idle(page);
    assert.match(await page.locator('.import-status').innerText(), /Windows-1252/);
    await visit(page, `?view=article&article=windows-1252.txt`);
    await waitForText(page, 'Café Diplomacy in Geneva');
    await waitForText(page, 'would “never” accept');
  });

  test('a full storage quota is reported and loses nothing', async () => {
    await visit(page, '?view=import');
    await waitForText(page, 'windows-1252.txt');
    const saved = await storedCollection(page);
    await page.evaluate(() => {
      window.__storageFull = true;
    });
    try {
      await pick(page, [fixture('quota-test.txt')]);
      await expectAlert(
        page,
        /quota-test\.txt could not be saved: the browser's storage for this site is full \(QuotaExceededError\)\. Your saved collection is unchanged\./,
      );
    } finally {
      await page.evaluate(() => {
        window.__storageFull = false;
      });
    }
    assert.ok(!(await yourArticles(page)).includes('quota-test.txt'), 'the page does not show what was not saved');
    assert.deepEqual(await storedCollection(page), saved);
    await page.reload({ waitUntil: 'load' });
    await idle(page);
    await waitForText(page, 'windows-1252.txt');
    assert.ok(!(await yourArticles(page)).includes('quota-test.txt'));
    assertNoProblems(problems);
  });

  test('a correction shows a badge, survives a reload, exports as a patch and can be undone', async () => {
    await visit(page, `?view=actor&actor=jens-stoltenberg`);
    const arctic = card(page, 'open door policy in the Arctic');
    await arctic.getByRole('button', { name: 'Correct' }).click();
    await arctic.getByLabel('Stance').selectOption('warn');
    await arctic.getByRole('button', { name: 'Save correction' }).click();
    await arctic.locator('.badge-corrected').waitFor();
    // Text content, not innerText: a card off screen is not rendered
    // (content-visibility), and innerText reads only rendered text.
    assert.match(await arctic.locator('.badge').first().textContent(), /warn/i);

    await page.reload({ waitUntil: 'load' });
    await idle(page);
    await arctic.locator('.badge-corrected').waitFor();

    await visit(page, `?view=import`);
    await waitForText(page, 'stance: warn');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export corrections' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'corrections.json');
    const patch = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(patch.length, 1);
    assert.equal(patch[0].article, 'arctic-talks.txt');
    assert.equal(patch[0].actor, 'Jens Stoltenberg');
    assert.equal(patch[0].set_stance, 'warn');
    assert.ok(patch[0].end > patch[0].start);

    await visit(page, `?view=actor&actor=jens-stoltenberg`);
    await arctic.getByRole('button', { name: 'Undo correction' }).click();
    await arctic.locator('.badge-corrected').waitFor({ state: 'detached' });
    assert.deepEqual((await storedCollection(page)).corrections, []);
    assertNoProblems(problems);
  });

  test('the collection exports as one file that another browser imports', async () => {
    await visit(page, `?view=import`);
    await waitForText(page, 'windows-1252.txt');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export collection' }).click(),
    ]);
    const file = await download.path();
    const other = await browser.newContext();
    try {
      const { page: fresh, problems: freshProblems } = await openInContext(other, `${server.url}?view=import`);
      await waitForText(fresh, 'You have not added any articles yet.');
      await idle(fresh);
      await fresh.locator('#collection-file-input').setInputFiles(file);
      await waitForText(fresh, 'Read the collection');
      await idle(fresh);
      assert.deepEqual(await yourArticles(fresh), await yourArticles(page));
      await fresh.locator('#collection-file-input').setInputFiles(fixture('arctic-talks.txt'));
      await expectAlert(fresh, /arctic-talks\.txt could not be read: it is not valid JSON/);
      assertNoProblems(freshProblems);
    } finally {
      await other.close();
    }
  });
});

describe('dropping files on the Import view', () => {
  let context;
  let page;
  let problems;
  before(async () => {
    ({ context, page, problems } = await freshImportPage());
  });
  after(async () => {
    await context?.close();
  });

  test('a file dropped on the drop zone is imported like a picked one', async () => {
    await waitForText(page, 'You have not added any articles yet.');
    await idle(page);
    const zone = page.locator('.drop-zone');
    // A real drag from the desktop can't be scripted, so the page makes the
    // DataTransfer a drop carries, holding one file, and the drop zone gets
    // the same dragover and drop events a browser sends.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      const text =
        'Dropped Note on Guarantees\n\nSergei Ryabkov insisted that NATO must give written guarantees against enlargement to the east.\n';
      transfer.items.add(new File([text], 'dropped-note.txt', { type: 'text/plain' }));
      return transfer;
    });
    await zone.dispatchEvent('dragover', { dataTransfer });
    assert.match((await zone.getAttribute('class')) ?? '', /is-dragging/, 'the zone shows it is a drop target');
    await zone.dispatchEvent('drop', { dataTransfer });
    await waitForText(page, 'Added dropped-note.txt.');
    await idle(page);
    assert.deepEqual(await yourArticles(page), ['dropped-note.txt']);

    await visit(page, '?view=actor&actor=sergei-ryabkov');
    await card(page, 'written guarantees against enlargement').waitFor();
    assertNoProblems(problems);
  });
});

describe('importing a real news report the rules were not written on', () => {
  let context;
  let page;
  let problems;
  before(async () => {
    ({ context, page, problems } = await freshImportPage());
  });
  after(async () => {
    await context?.close();
  });

  test('its quoted speakers, people the registry lacks among them, hold their statements', async () => {
    // A Wikinews report (CC BY 2.5) from the held-out dev set, eval/heldout/.
    const report = path.join(REPO_ROOT, 'eval', 'heldout', 'dev', 'wikinews-2019-10-08-us-troop-withdrawal-syria.txt');
    await waitForText(page, 'You have not added any articles yet.');
    await idle(page);
    await pick(page, [report]);
    await waitForText(page, 'Added wikinews-2019-10-08-us-troop-withdrawal-syria.txt.');
    await idle(page);

    // A senator quoted over several sentences, named in full once.
    await visit(page, '?view=actor&actor=lindsey-graham');
    await card(page, 'This is going to lead to ISIS').waitFor();
    await card(page, 'a big win for Iran and Assad').waitFor();
    // A former envoy quoted by surname after his first full mention.
    await visit(page, '?view=actor&actor=brett-mcgurk');
    await card(page, 'Not a single American life was lost.').waitFor();
    assertNoProblems(problems);
  });
});

describe('two actors in one sentence', () => {
  let context;
  let page;
  let problems;
  before(async () => {
    ({ context, page, problems } = await freshImportPage());
  });
  after(async () => {
    await context?.close();
  });

  test('correcting one actor’s statement leaves the other’s untouched', async () => {
    const text = 'Two Leaders Agree\n\nVladimir Putin and Jens Stoltenberg agreed to hold talks in Geneva in the spring.\n';
    await waitForText(page, 'You have not added any articles yet.');
    await idle(page);
    await pick(page, [{ name: 'two-leaders.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
    await waitForText(page, 'Added two-leaders.txt.');
    await idle(page);

    const sentence = 'agreed to hold talks in Geneva in the spring';
    await visit(page, '?view=actor&actor=vladimir-putin');
    const putin = card(page, sentence);
    await putin.getByRole('button', { name: 'Correct' }).click();
    await putin.getByLabel('Stance').selectOption('warn');
    await putin.getByRole('button', { name: 'Save correction' }).click();
    await putin.locator('.badge-corrected').waitFor();

    // The other actor's statement in the same sentence is not marked corrected.
    await visit(page, '?view=actor&actor=jens-stoltenberg');
    const stoltenberg = card(page, sentence);
    await stoltenberg.waitFor();
    assert.equal(await stoltenberg.locator('.badge-corrected').count(), 0);
    assert.doesNotMatch(await stoltenberg.locator('.badge').first().textContent(), /warn/i);

    // Correcting it adds a second correction instead of overwriting the first.
    await stoltenberg.getByRole('button', { name: 'Correct' }).click();
    await stoltenberg.getByLabel('Stance').selectOption('reject');
    await stoltenberg.getByRole('button', { name: 'Save correction' }).click();
    await stoltenberg.locator('.badge-corrected').waitFor();
    const stored = (await storedCollection(page)).corrections;
    assert.deepEqual(
      stored.map((c) => [c.actor, c.set_stance]).sort(),
      [['Jens Stoltenberg', 'reject'], ['Vladimir Putin', 'warn']],
    );

    await visit(page, '?view=actor&actor=vladimir-putin');
    await putin.locator('.badge-corrected').waitFor();
    assert.match(await putin.locator('.badge').first().textContent(), /warn/i);
    assertNoProblems(problems);
  });
});
