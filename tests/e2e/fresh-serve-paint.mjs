// Used by scripts/fresh-serve-check.sh (not a test file of its own): opens a
// deep link to Vladimir Putin's actor view on a running `scripts/serve.sh` in
// headless Chromium and waits until the app has painted it: the actor's
// heading and at least one statement, visible. No sleeps: playwright polls.
//
//   node tests/e2e/fresh-serve-paint.mjs URL [TIMEOUT_MS]
//
// Prints one line of JSON: { painted_ms, fcp_ms, statements } (painted_ms from
// navigation start to the statements being visible, fcp_ms the browser's own
// first-contentful-paint). Fails on a timeout, an uncaught page error or an
// HTTP error for a file the app loads.
import { launchBrowser } from './helpers.mjs';

const [url, timeoutArg] = process.argv.slice(2);
if (!url) {
  console.error('usage: node tests/e2e/fresh-serve-paint.mjs URL [TIMEOUT_MS]');
  process.exit(2);
}
const timeout = Number(timeoutArg ?? 120_000);

const browser = await launchBrowser();
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout });
  try {
    await page
      .getByRole('heading', { level: 1, name: 'Vladimir Putin' })
      .waitFor({ state: 'visible', timeout: Math.max(1000, timeout - (Date.now() - started)) });
    await page
      .locator('.statement')
      .first()
      .waitFor({ state: 'visible', timeout: Math.max(1000, timeout - (Date.now() - started)) });
  } catch (error) {
    const text = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    throw new Error(
      `the app did not paint the actor view within ${timeout} ms\n` +
        `--- page text (first 1000 chars) ---\n${text.slice(0, 1000)}\n` +
        `--- problems ---\n${problems.join('\n')}`,
      { cause: error },
    );
  }
  const painted = Date.now() - started;
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  const statements = await page.locator('.statement').count();
  if (problems.length > 0) {
    console.error(`fresh-serve-paint: the page painted, with problems:\n${problems.join('\n')}`);
    failed = true;
  }
  console.log(JSON.stringify({ painted_ms: painted, fcp_ms: fcp === null ? null : Math.round(fcp), statements }));
} catch (error) {
  console.error(`fresh-serve-paint: ${error.message}`);
  failed = true;
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
