// Accessibility checks: axe-core (WCAG 2.0 and 2.1, levels A and AA, plus
// axe's best practices) on every view of the built app, in the light and the
// dark scheme, at a phone width (360 px) and a desktop width (1280 px). Dark
// comes two ways, as the system preference and as the app's own toggle, since
// the stylesheet defines each separately.
//
// A failure lists every violation with its rule, the elements it hit and
// axe's summary of what to fix, so it can be acted on without a rerun.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, launchBrowser, startServer, TIMEOUT_MS, waitForApp } from './helpers.mjs';
import { runAxe } from './axe.mjs';
import { VIEW_STATES as VIEWS } from './view-states.mjs';


const WIDTHS = [360, 1280];

/**
 * The three ways a scheme is set: the system preference (light or dark) with
 * no choice stored, and dark chosen with the toggle under a light system
 * preference, which the app remembers in localStorage.
 */
const SCHEMES = [
  { name: 'light', colorScheme: 'light', toggle: false, expect: 'light' },
  { name: 'dark (system)', colorScheme: 'dark', toggle: false, expect: 'dark' },
  { name: 'dark (toggle)', colorScheme: 'light', toggle: true, expect: 'dark' },
];

/** One line per violation and node: rule, target, what to fix. */
function describeViolations(violations) {
  const lines = [];
  for (const violation of violations) {
    lines.push(`${violation.id} (${violation.impact}): ${violation.help}`);
    for (const node of violation.nodes) {
      lines.push(`    at ${node.target.join(' ')}`);
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      if (summary) lines.push(`       ${summary}`);
    }
  }
  return lines.join('\n');
}

/** The scheme the page shows: the colour of the body's background tells. */
async function shownScheme(page) {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body)
      .backgroundColor.match(/\d+/g)
      .map(Number);
    return r + g + b < 3 * 128 ? 'dark' : 'light';
  });
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

for (const scheme of SCHEMES) {
  for (const width of WIDTHS) {
    describe(`axe, ${scheme.name}, ${width} px`, () => {
      let context;
      let page;
      const problems = [];
      before(async () => {
        context = await browser.newContext({
          viewport: { width, height: 800 },
          colorScheme: scheme.colorScheme,
        });
        page = await context.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (msg) => {
          if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
        });
        if (scheme.toggle) {
          await page.goto(server.url + '?view=overview');
          // The overview is prerendered: the button is there before the app.
          await waitForApp(page);
          const toggle = page.getByRole('button', { name: 'Dark mode' });
          await toggle.click();
          await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
          assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
        }
      });
      after(async () => {
        await context?.close();
      });

      for (const view of VIEWS) {
        test(view.name, async () => {
          await page.goto(server.url + view.query);
          await waitForApp(page);
          await page.locator('#main-heading').waitFor();
          await page.locator(view.ready).first().waitFor();
          // A page of cards is drawn over a few frames: check it whole.
          await page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'));
          if (view.setup) await view.setup(page);
          // The toggle's choice must survive the navigation, or this would
          // check the light scheme twice.
          assert.equal(await shownScheme(page), scheme.expect, 'the scheme shown');
          const { violations } = await runAxe(page);
          assert.equal(
            violations.length,
            0,
            `axe found ${violations.length} violation(s) on ${view.query} (${scheme.name}, ${width} px):\n` +
              describeViolations(violations),
          );
          assertNoProblems(problems);
        });
      }
    });
  }
}

describe('colour scheme before the app starts', () => {
  test('a remembered dark choice applies before the wasm app runs (no flash of light)', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    try {
      await context.addInitScript(() => localStorage.setItem('red-lines-color-scheme', 'dark'));
      const page = await context.newPage();
      // Hold the wasm back, so whatever is painted comes from the page alone.
      const held = [];
      await page.route('**/*.wasm', (route) => held.push(route));
      await page.goto(server.url + '?view=overview', { waitUntil: 'domcontentloaded' });
      assert.equal(await page.locator('html[data-app]').count(), 0, 'the app has not started');
      // What is painted is the overview prerendered into index.html.
      await page.locator('#main-heading').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      assert.equal(await shownScheme(page), 'dark');
      await Promise.all(held.map((route) => route.abort()));
    } finally {
      await context.close();
    }
  });
});

describe('print stylesheet', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`a printed view is black on white without controls (screen scheme ${colorScheme})`, async () => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(server.url + '?view=actor&actor=jens-stoltenberg');
        await page.locator('.statement').first().waitFor();
        await page.emulateMedia({ media: 'print', colorScheme });
        assert.equal(await shownScheme(page), 'light', 'white paper');
        for (const hidden of ['.main-nav', '.scheme-toggle', '.controls', '.export', '.actions', '.card-actions']) {
          assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is hidden in print`);
        }
        const colours = await page.evaluate(() => {
          const colour = (selector) => getComputedStyle(document.querySelector(selector)).color;
          return { evidence: colour('.evidence'), badge: colour('.badge'), heading: colour('h1') };
        });
        assert.deepEqual(colours, {
          evidence: 'rgb(0, 0, 0)',
          badge: 'rgb(0, 0, 0)',
          heading: 'rgb(0, 0, 0)',
        });
      } finally {
        await context.close();
      }
    });
  }
});
