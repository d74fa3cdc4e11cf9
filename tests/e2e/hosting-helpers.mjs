// Helpers for the hosting tests (hosting, offline, single-file, hostile):
// pages in a shared browser context (so a service worker persists across
// loads), Content-Security-Policy violations and dialogs recorded as
// problems, copies of a build for "deploying" a second version, and the
// files the other builds write.
//
// Environment (besides helpers.mjs's):
//   SINGLE_FILE       the single-file build (default: <repo>/dist-single/red-lines.html,
//                     written by `bash scripts/single-file.sh`)
//   HOSTILE_DIST_DIR  the build of tests/fixtures/hostile (default: <repo>/dist-hostile)
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { REPO_ROOT, TIMEOUT_MS, recordFailedRequests, waitForApp } from './helpers.mjs';

export const SINGLE_FILE = path.resolve(
  process.env.SINGLE_FILE ?? path.join(REPO_ROOT, 'dist-single', 'red-lines.html'),
);
export const HOSTILE_DIST_DIR = path.resolve(process.env.HOSTILE_DIST_DIR ?? path.join(REPO_ROOT, 'dist-hostile'));

/** Fails with how to make `file` when it is missing. */
export function requireBuilt(file, how) {
  assert.ok(existsSync(file), `${file} is missing: ${how} (scripts/test.sh does it)`);
}

/**
 * Opens a new page in `context` with the same problem recording as
 * helpers.mjs's openPage (console errors, page errors, failed requests, HTTP
 * errors), plus every Content-Security-Policy violation (from the
 * `securitypolicyviolation` event) and every dialog (alert, confirm, prompt;
 * dismissed). If `url` is given, goes there and waits until the app has
 * mounted (helpers.mjs's waitForApp), unless `app` is false (a page opened
 * with JavaScript off, say). Returns { page, problems }.
 */
export async function openInContext(context, url, { app = true } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const problems = [];
  await page.exposeBinding('__redLinesReportCsp', (_source, violation) =>
    problems.push(`CSP violation: ${violation}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      const sample = event.sample ? ` (${JSON.stringify(event.sample)})` : '';
      window.__redLinesReportCsp(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}${sample}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  recordFailedRequests(page, problems);
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${JSON.stringify(dialog.message())}`);
    await dialog.dismiss().catch(() => {});
  });
  if (url) {
    await page.goto(url, { waitUntil: 'load' });
    if (app) await waitForApp(page);
  }
  return { page, problems };
}

/** Waits until a service worker controls `page` (after its first load, clients.claim()). */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
    polling: 100,
  });
}

/** The names of the page's Cache Storage caches. */
export async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/** A fresh temporary directory; remove it with removeDir. */
export async function tempDir(prefix = 'red-lines-e2e-') {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir) {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** Replaces the contents of `target` with those of `source`, as a deploy would. */
export async function deploy(source, target) {
  for (const entry of await readdir(target)) await rm(path.join(target, entry), { recursive: true, force: true });
  await cp(source, target, { recursive: true });
}

/**
 * Copies the build in `source` to `target` as a visibly different version:
 * the document title becomes `title`, and a new stylesheet (with its SRI
 * hash, allowed by the CSP's style-src 'self') shows `title` in a band at the
 * top of the page, as the content of body::before, which the app leaves alone
 * when it renders into the body. Then scripts/postbuild.mjs runs on the copy,
 * which gives it a new precache list and build id (a new sw.js).
 * `title` must be plain text.
 */
export async function makeVersion(source, target, title) {
  assert.doesNotMatch(title, /[<>&"\\]/, 'a plain-text title');
  await cp(source, target, { recursive: true });
  const css = `body::before { content: "${title}"; display: block; padding: 0.5rem 1rem; background: #fff3c4; color: #000; }\n`;
  await writeFile(path.join(target, 'version-note.css'), css);
  const { sri } = await import('../../scripts/html-tags.mjs');
  const indexPath = path.join(target, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  const changed = html
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace('</head>', `<link rel="stylesheet" href="version-note.css" integrity="${sri(Buffer.from(css))}"></head>`);
  assert.equal((changed.match(/<title>|version-note\.css/g) ?? []).length, 2, 'index.html has a <title> and a </head>');
  await writeFile(indexPath, changed);
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'postbuild.mjs'), target], { stdio: 'pipe' });
}

/** The build id in a build's sw.js. */
export async function buildId(dir) {
  const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
  const id = sw.match(/const BUILD_ID = '([0-9a-f]+)';/)?.[1];
  assert.ok(id, 'sw.js names its build id');
  return id;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes) {
  const buffer = Buffer.from(bytes);
  assert.equal(buffer.subarray(1, 4).toString('ascii'), 'PNG', 'a PNG signature');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
