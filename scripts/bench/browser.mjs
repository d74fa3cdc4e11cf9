// Browser timings of a built explorer in headless Chromium on loopback:
//
//   - time to first positions: navigation start to the first frame painted
//     after the overview's actor x theme matrix (or another view's statement
//     list) is in the DOM (the matrix is prerendered into index.html, so also
//     to the first frame after the app has mounted on it, <html data-app>), each run in a fresh browser context (empty cache,
//     no service worker), so every run downloads, compiles and decodes;
//   - interaction latency in the search view: a facet toggle (click) and a
//     search keystroke (keydown) to the next painted frame.
//
// "Painted" is measured in the page: requestAnimationFrame runs just before
// the frame is drawn and a MessageChannel message posted from it runs right
// after, so its time is the end of that frame. Times are performance.now(),
// whose origin is the navigation start.
//
//   node scripts/bench/browser.mjs --dist dist [--label seeds] [--runs 15]
//        [--interactions 20] [--timeout 120000] [--json out.json] [--throttle fast3g]
//        [--interactions-only]
//
// --interactions-only skips the cold loads and times only the search view's
// interactions, for comparing two builds' interaction turn by turn.
//
// Needs CHROMIUM_PATH (scripts/env.sh sets REDLINES_CHROMIUM) and the
// tests/e2e packages (playwright-core), which scripts/setup.sh installs.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, startServer } from '../../tests/e2e/helpers.mjs';
import { formatStats, installFirstPaintProbe, installInteractionProbe, stats } from './lib.mjs';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    label: { type: 'string', default: '' },
    runs: { type: 'string', default: '15' },
    interactions: { type: 'string', default: '20' },
    timeout: { type: 'string', default: '120000' },
    json: { type: 'string' },
    // "fast3g": each page's network emulated as Chrome's "Fast 3G" preset (1.6
    // Mbit/s down, 750 kbit/s up, 150 ms latency), the files served gzipped.
    throttle: { type: 'string', default: '' },
    'interactions-only': { type: 'boolean', default: false },
  },
});
const THROTTLES = {
  fast3g: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};
if (options.throttle && !THROTTLES[options.throttle]) throw new Error(`--throttle: unknown preset ${options.throttle}`);
const throttle = THROTTLES[options.throttle] ?? null;
const dist = path.resolve(options.dist);
const label = options.label || path.basename(dist);
const runs = Number(options.runs);
const interactions = Number(options.interactions);
const timeout = Number(options.timeout);

/** One cold load of `url` in a fresh context; the probe waits for `selector`. */
async function firstPositions(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', throttle);
    }
    await page.addInitScript(installFirstPaintProbe, selector);
    await page.goto(url, { waitUntil: 'commit', timeout });
    const result = await page.evaluate(
      (ms) =>
        Promise.race([
          window.__firstPaint,
          new Promise((resolve) => setTimeout(() => resolve(null), ms)),
        ]),
      timeout,
    );
    if (!result) return null;
    const wasm = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      return entry ? { responseEnd: entry.responseEnd, bytes: entry.encodedBodySize } : null;
    });
    return { ...result, wasm };
  } finally {
    await context.close();
  }
}

async function measureFirstPositions(browser, server, name, query, selector) {
  const url = server.url + query;
  // One warm-up run, not counted, so the disk cache of the server side and
  // Chromium's own start-up costs do not land on the first sample.
  const warm = await firstPositions(browser, url, selector);
  if (!warm) {
    console.log(`  ${name}: nothing painted within ${timeout} ms`);
    return { name, query, selector, painted: null, timedOut: true };
  }
  const painted = [];
  const wasmLoaded = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await firstPositions(browser, url, selector);
    if (!result) {
      console.log(`  ${name}: run ${run + 1} painted nothing within ${timeout} ms`);
      return { name, query, selector, painted: null, timedOut: true };
    }
    painted.push(result.painted);
    if (result.wasm) wasmLoaded.push(result.wasm.responseEnd);
  }
  const summary = { name, query, selector, painted: stats(painted), wasmLoaded: stats(wasmLoaded) };
  console.log(`  ${name} (${query || './'}, ${selector}): ${formatStats(summary.painted)}`);
  if (wasmLoaded.length > 0) {
    console.log(`    of which the wasm downloaded by: median ${summary.wasmLoaded.median.toFixed(1)} ms`);
  } else {
    console.log('    painted before the wasm had arrived, in every run');
  }
  return summary;
}

/** Waits for the `count`th interaction's next paint, then for its page of
 * cards to be whole, so that the next interaction starts from a settled page
 * whichever way the build draws it. */
async function waitForLatency(page, count) {
  await page.waitForFunction((n) => window.__latencies.length >= n && window.__latencies[n - 1].settled !== null, count, {
    timeout,
  });
}

async function measureInteractions(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.addInitScript(installInteractionProbe);
    const started = Date.now();
    await page.goto(`${server.url}?view=search`, { waitUntil: 'commit', timeout });
    try {
      await page.locator('.statement-list li').first().waitFor({ timeout });
    } catch {
      console.log(`  search view: no statement painted within ${timeout} ms`);
      return { timedOut: true };
    }
    console.log(`  search view with every statement: first statement after ${Date.now() - started} ms (wall clock)`);
    // A page of cards may be drawn over a few frames: count it once whole.
    await page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'), null, { timeout });
    const statementsShown = await page.locator('.statement-list > li').count();

    // Facets: toggle the first stance option on, then off again.
    let seen = await page.evaluate(() => window.__latencies.length);
    const facet = [];
    for (let i = 0; i < interactions; i += 1) {
      const on = i % 2 === 0;
      const option = on
        ? page.locator('#facet-stance ~ ul a.facet-option').first()
        : page.locator('#facet-stance ~ ul a.facet-option[aria-current="true"]').first();
      await option.click();
      seen += 1;
      await waitForLatency(page, seen);
      await page.waitForFunction(
        (selected) => new URLSearchParams(location.search).has('stance') === selected,
        on,
      );
      facet.push(await page.evaluate((n) => window.__latencies[n - 1], seen));
    }

    // Search keystrokes: type a word one key at a time, clear, again. The
    // first keystroke of the session also builds the search index (lazily),
    // so it is reported on its own.
    const input = page.locator('#search-input');
    // The click that focuses the input is an interaction too: wait for it,
    // so that the records counted from here are the keys'.
    seen = (await page.evaluate(() => window.__latencies.length)) + 1;
    await input.click();
    await waitForLatency(page, seen);
    const keys = [];
    const word = 'guarantees';
    while (keys.length < interactions + 1) {
      await input.fill('');
      // Emptying the input brings back the whole list: let it be drawn first.
      await page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'), null, { timeout });
      for (const key of word) {
        if (keys.length >= interactions + 1) break;
        await page.keyboard.press(key);
        seen += 1;
        await waitForLatency(page, seen);
        keys.push(await page.evaluate((n) => window.__latencies[n - 1], seen));
      }
    }
    const firstKey = keys.shift();
    const result = {
      statementsShown,
      facet: {
        paint: stats(facet.map((r) => r.paint)),
        work: stats(facet.map((r) => r.work)),
        settled: stats(facet.map((r) => r.settled)),
      },
      keystroke: {
        paint: stats(keys.map((r) => r.paint)),
        work: stats(keys.map((r) => r.work)),
        settled: stats(keys.map((r) => r.settled)),
      },
      firstKeystroke: firstKey,
      // Every interaction in order (facet toggles alternate on and off), for --json.
      raw: { facet, keystroke: keys },
    };
    console.log(`  statements in the search view's list: ${statementsShown}`);
    console.log(`  facet toggle -> next paint: ${formatStats(result.facet.paint)}`);
    console.log(`    the app's work (event -> end of its task): median ${result.facet.work.median.toFixed(1)} ms`);
    console.log(`    -> the page's every card painted: ${formatStats(result.facet.settled)}`);
    console.log(`  search keystroke -> next paint: ${formatStats(result.keystroke.paint)}`);
    console.log(`    the app's work: median ${result.keystroke.work.median.toFixed(1)} ms`);
    console.log(`    -> the page's every card painted: ${formatStats(result.keystroke.settled)}`);
    console.log(
      `  first keystroke (builds the search index): ${firstKey.paint.toFixed(1)} ms to paint, ${firstKey.work.toFixed(1)} ms of work`,
    );
    return result;
  } finally {
    await context.close();
  }
}

async function main() {
  const server = await startServer({ root: dist, compress: Boolean(throttle) });
  const browser = await launchBrowser();
  try {
    console.log(`== browser timings: ${label} (${path.relative(process.cwd(), dist) || '.'})`);
    console.log(
      `  Chromium ${browser.version()}, headless, loopback${throttle ? `, network emulated as ${options.throttle} (gzip)` : ''}; ` +
        `${runs} cold runs per figure, fresh context each`,
    );
    const first = [];
    if (options['interactions-only']) {
      const interaction = await measureInteractions(browser, server);
      if (options.json) await writeFile(options.json, JSON.stringify({ label, interaction }, null, 2));
      return;
    }
    first.push(await measureFirstPositions(browser, server, 'overview matrix', '', 'table.matrix .cell-count'));
    // The same matrix once the app runs (hydrated, or drawn by the app where
    // nothing was prerendered): when a click on it does something.
    first.push(
      await measureFirstPositions(browser, server, 'overview matrix, app running', '', 'html[data-app] table.matrix .cell-count'),
    );
    // The actor most quoted, whichever corpus this is: the first row of the matrix.
    const page = await browser.newPage();
    await page.goto(server.url, { timeout });
    const href = await page
      .locator('table.matrix tbody th a, table.matrix tbody a')
      .first()
      .getAttribute('href', { timeout });
    await page.close();
    const actorQuery = href?.startsWith('?') ? href : `?${href?.split('?')[1] ?? ''}`;
    first.push(await measureFirstPositions(browser, server, "top actor's statements", actorQuery, '.statement-list article.statement'));
    const interaction = await measureInteractions(browser, server);
    if (options.json) {
      await writeFile(options.json, JSON.stringify({ label, firstPositions: first, interaction }, null, 2));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
