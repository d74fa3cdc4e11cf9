// Where the time goes while a chunked index loads: cold loads of a build whose
// index is chunked (`redlines build` above 2 MiB), served gzip, each in a
// fresh browser context with service workers blocked. A probe added before any
// page script stamps performance.now() whenever the loading screen's status
// text changes ("3 of 12 parts loaded…") and when the overview's matrix
// appears, so the output shows when the loading screen was up, when each chunk
// arrived, and when the explorer was shown.
//
//   node scripts/bench/chunk-timeline.mjs --dist dist-synth [--runs 3]
//
// Needs CHROMIUM_PATH (scripts/env.sh sets REDLINES_CHROMIUM) and the
// tests/e2e packages (playwright-core), which scripts/setup.sh installs.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, startServer } from '../../tests/e2e/helpers.mjs';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist-synth' },
    runs: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '180000' },
  },
});
const dist = path.resolve(options.dist);
if (!existsSync(path.join(dist, 'index'))) {
  console.error(`chunk-timeline: ${dist} has no index/ folder: its index is not chunked`);
  process.exit(1);
}

/** Runs in the page before its scripts: records [what, ms] as loading moves on. */
function installProgressProbe() {
  window.__timeline = [];
  const note = (what) => {
    if (window.__timeline.at(-1)?.[0] !== what) window.__timeline.push([what, Math.round(performance.now())]);
  };
  new MutationObserver(() => {
    const status = document.querySelector('.chunk-loader [role=status]');
    if (status) note(status.textContent.split(':')[0]);
    else if (document.querySelector('table.matrix')) note('overview painted');
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

const server = await startServer({ root: dist, compress: true });
const browser = await launchBrowser();
console.log(`== chunk loading timeline (${path.basename(dist)}, served gzip, ${options.runs} cold loads)`);
try {
  for (let run = 1; run <= Number(options.runs); run += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(installProgressProbe);
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.locator('table.matrix').waitFor({ timeout: Number(options.timeout) });
      // One more frame, so the last mutation has been recorded.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      const timeline = await page.evaluate(() => window.__timeline);
      console.log(`  run ${run}: ${timeline.map(([what, ms]) => `${what} @ ${ms} ms`).join('; ')}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
