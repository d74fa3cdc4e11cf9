// The single self-contained HTML file (bash scripts/single-file.sh →
// dist-single/red-lines.html), opened straight from disk: file://, no server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { ARTICLE_TITLES, assertNoProblems, launchBrowser, waitForText } from './helpers.mjs';
import { SINGLE_FILE, openInContext, requireBuilt } from './hosting-helpers.mjs';

let browser;
let context;
before(async () => {
  requireBuilt(SINGLE_FILE, 'run `bash scripts/single-file.sh`');
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
after(async () => {
  await context?.close();
  await browser?.close();
});

test('the single file needs no other file and no service worker, under a hash-only CSP', async () => {
  const html = await readFile(SINGLE_FILE, 'utf8');
  const { findCspMeta, findElements, isExecutableScript, cspHash, parseCsp } = await import(
    '../../scripts/html-tags.mjs'
  );
  for (const m of html.matchAll(/<(?:link|script|img)\b[^>]*\s(?:href|src)=("[^"]*"|[^\s>]+)/g)) {
    assert.match(m[1].replace(/^"/, ''), /^data:/, `only data: URLs: ${m[0].slice(0, 120)}`);
  }
  assert.doesNotMatch(html, /register-sw|serviceWorker|rel=["']?manifest/, 'no service worker or manifest');
  const csp = parseCsp(findCspMeta(html).attrs.get('content'));
  const scripts = findElements(html, 'script').filter(isExecutableScript);
  assert.equal(scripts.length, 1, 'one inline module script');
  assert.deepEqual(csp.get('script-src'), [cspHash(scripts[0].text), "'wasm-unsafe-eval'"]);
  const styles = findElements(html, 'style');
  assert.deepEqual(csp.get('style-src'), styles.map((s) => cspHash(s.text)));
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
});

test('opened from disk (file://), the explorer renders its articles', async () => {
  const { page, problems } = await openInContext(context, pathToFileURL(SINGLE_FILE).href);
  for (const title of ARTICLE_TITLES) await waitForText(page, title);
  assertNoProblems(problems);
  await page.close();
});

test('from disk, a deep link restores the actor view', async () => {
  const url = `${pathToFileURL(SINGLE_FILE).href}?view=actor&actor=jens-stoltenberg`;
  const { page, problems } = await openInContext(context, url);
  await waitForText(page, 'Jens Stoltenberg');
  assertNoProblems(problems);
  await page.close();
});
