// A hostile article (tests/fixtures/hostile/, built into dist-hostile/ by
// scripts/test.sh with REDLINES_CORPUS): markup and script in its title and
// body must show as literal text, run nothing, and trip no CSP violation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { assertNoProblems, launchBrowser, pageText, startServer, waitForText } from './helpers.mjs';
import { HOSTILE_DIST_DIR, openInContext, requireBuilt } from './hosting-helpers.mjs';

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', 'javascript:alert(3)'];

let browser;
let server;
let context;
before(async () => {
  requireBuilt(
    path.join(HOSTILE_DIST_DIR, 'index.html'),
    'build it with `REDLINES_CORPUS=tests/fixtures/hostile trunk build --release --offline --dist dist-hostile`',
  );
  browser = await launchBrowser();
  server = await startServer({ root: HOSTILE_DIST_DIR });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
after(async () => {
  await context?.close();
  await server?.close();
  await browser?.close();
});

async function assertInert(page) {
  const text = await pageText(page);
  for (const s of HOSTILE) assert.ok(text.includes(s), `shown literally as text: ${s}`);
  const injected = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"], [onerror]').length,
    links: [...document.querySelectorAll('[href], [src]')].filter((e) =>
      /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src')),
    ).length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes('alert(')).length,
  }));
  assert.deepEqual(injected, { img: 0, links: 0, scripts: 0 }, 'no element made from the article text');
}

describe('a hostile article', () => {
  test('its title renders as text on the home page; nothing runs', async () => {
    const { page, problems } = await openInContext(context, server.url);
    await waitForText(page, 'Red lines <script>alert(1)</script>');
    await page.waitForLoadState('networkidle');
    await assertInert(page);
    assertNoProblems(problems);
    await page.close();
  });

  test("its sentences render as text in an actor's view; nothing runs", async () => {
    const { page, problems } = await openInContext(context, `${server.url}?view=actor&actor=jens-stoltenberg`);
    await waitForText(page, 'would not compromise on <script>alert(1)</script>');
    await assertInert(page);
    assertNoProblems(problems);
    await page.close();
  });
});
