// Trunk post_build hook (see Trunk.toml): finishes a build in trunk's staging
// directory (TRUNK_STAGING_DIR), or in the directory given as the first
// argument (e.g. `node scripts/postbuild.mjs dist`, which is idempotent).
//
//  1. icons/: the app icon as SVG and PNG (scripts/icons.mjs).
//  2. The inline loader trunk writes fetches the wasm with its SRI hash
//     (trunk only puts the hash on the <link rel=preload>).
//  3. Content-Security-Policy: the <meta> in index.html gets the sha256 hash
//     of every inline script (trunk's loader) and inline style in script-src /
//     style-src, replacing hashes from an earlier run; no 'unsafe-inline'.
//  3b. The prerender: the first screen (the overview with its actor × theme
//     matrix and article list), rendered natively by Yew's server-side
//     rendering (`cargo run --features ssr --bin prerender`, see
//     src/bin/prerender.rs), replaces the empty <div id="app">, so the
//     positions are in the first HTML response and readable without
//     JavaScript; the app hydrates it (src/lib.rs, `start`). It adds no
//     inline script or style. With it, the page no longer preloads the wasm,
//     and the loader fetches it only once the prerendered page has been
//     painted (web/first-paint.js). Skipped under `trunk serve` (each rebuild
//     would wait for a native build), for a chunked index (the first screen
//     is the loader), and with REDLINES_PRERENDER=0.
//  4. With REDLINES_CHUNKS_OUT set (a chunked index, see build.rs): the chunk
//     files listed in its chunks.txt are copied into index/.
//  5. sw.js from web/sw.js, with the precache list (every file of the build,
//     by relative URL with its SRI hash, and "hashed" for trunk's
//     content-hashed file names) and a build id (a hash of all of them) that
//     names the cache.
//
// Under `trunk serve` (trunk injects its live-reload script) the service
// worker would get in the way of live reload: the page does not register it
// and sw.js is a stub that removes any worker and caches an earlier build left.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstPaintWait } from './first-paint.mjs';
import { writeIcons } from './icons.mjs';
import {
  applyEdits,
  cspHash,
  findCspMeta,
  findElements,
  formatCsp,
  isExecutableScript,
  parseCsp,
  sri,
  startTag,
} from './html-tags.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SW_TEMPLATE = path.join(REPO_ROOT, 'web', 'sw.js');

function fail(message) {
  console.error(`postbuild: error: ${message}`);
  process.exit(1);
}

const dirArg = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dirArg) fail('no build directory: run as a trunk hook or pass the directory');
const dir = path.resolve(dirArg);
const indexPath = path.join(dir, 'index.html');
let html;
try {
  html = readFileSync(indexPath, 'utf8');
} catch (error) {
  fail(`cannot read ${indexPath}: ${error.message}`);
}
const devServer = html.includes('.well-known/trunk/ws');

// 1. Icons.
writeIcons(path.join(dir, 'icons'));

// 2. The loader fetches the wasm with its integrity hash. (The wasm's URL is
// read from the loader, not from the preload link, which step 3b removes.)
{
  const loader = findLoader(html);
  const plain = /module_or_path: '([^']+\.wasm)'/;
  const fetched = /module_or_path: fetch\('([^']+\.wasm)', \{ integrity: '[^']*' \}\)/;
  const href = (loader.text.match(plain) ?? loader.text.match(fetched))?.[1];
  if (!href) fail(`trunk's loader passes no wasm URL as module_or_path: ${loader.text}`);
  const integrity = sri(readFileSync(path.join(dir, href)));
  const text = loader.text.replace(
    loader.text.match(plain) ? plain : fetched,
    () => `module_or_path: fetch('${href}', { integrity: '${integrity}' })`,
  );
  const start = loader.start + loader.tag.length;
  html = applyEdits(html, [{ start, end: start + loader.text.length, replacement: text }]);
}

// In the dev server: no service worker, and trunk's live-reload script gets
// the address and path it needs from the page itself. (trunk serve would
// write them into the script as it serves it, which would break its CSP hash.)
if (devServer) {
  const edits = findElements(html, 'script')
    .filter((script) => /(^|\/)register-sw(-[0-9a-f]+)?\.js$/.test(script.attrs.get('src') ?? ''))
    .map((script) => ({ start: script.start, end: script.end, replacement: '' }));
  html = applyEdits(html, edits)
    .replace(/`\{\{__TRUNK_ADDRESS__\}\}`|'\{\{__TRUNK_ADDRESS__\}\}'/g, 'location.host')
    .replace(/`\{\{__TRUNK_WS_BASE__\}\}`|'\{\{__TRUNK_WS_BASE__\}\}'/g, "new URL('./', location.href).pathname");
}

// 3b. The prerendered overview (before the CSP step, though it adds nothing
// inline: Yew's markup is elements, text and comments).
if (!devServer && !process.env.REDLINES_CHUNKS_OUT && process.env.REDLINES_PRERENDER !== '0') {
  const app = findElements(html, 'div').find((div) => div.attrs.get('id') === 'app');
  if (!app) fail('index.html has no <div id="app"> to put the prerendered overview in');
  const markup = prerender();
  html = applyEdits(html, [{ start: app.start, end: elementEnd(html, app, 'div'), replacement: markup }]);
  console.log(`postbuild: overview prerendered into index.html (${markup.length} bytes)`);
  html = startAfterFirstPaint(html);
}

/**
 * The page shows the prerendered overview before the wasm arrives, so the
 * wasm waits for it (web/first-paint.js): no <link rel=preload> for it,
 * which would fetch it at once, beside the stylesheet; and the loader runs
 * the code of web/first-paint.js before it fetches the wasm. A deep link,
 * which shows nothing until the app has rendered it, still fetches the wasm
 * at once: web/theme.js preloads it there, from the URL and hash named on
 * its element here. The JS glue's modulepreload stays (it carries the
 * glue's integrity hash; 7 KB gzip). Idempotent.
 */
function startAfterFirstPaint(html) {
  const edits = findElements(html, 'link')
    .filter((link) => link.attrs.get('rel') === 'preload' && (link.attrs.get('href') ?? '').endsWith('.wasm'))
    .map((link) => ({ start: link.start, end: link.end, replacement: '' }));
  const loader = findLoader(html);
  const wasm = loader.text.match(/module_or_path: fetch\('([^']+\.wasm)', \{ integrity: '([^']+)' \}\)/);
  if (!wasm) fail(`the loader does not fetch the wasm with its hash: ${loader.text}`);
  const theme = findElements(html, 'script').find((script) =>
    /(^|\/)theme(-[0-9a-f]+)?\.js$/.test(script.attrs.get('src') ?? ''),
  );
  if (!theme) fail('index.html has no theme.js script to preload the wasm on a deep link');
  const attrs = new Map(theme.attrs);
  attrs.set('data-wasm', wasm[1]);
  attrs.set('data-wasm-integrity', wasm[2]);
  edits.push({ start: theme.start, end: theme.start + theme.tag.length, replacement: startTag('script', attrs) });
  const wait = firstPaintWait();
  if (!loader.text.includes(wait)) {
    const imports = loader.text.match(/^\s*import [^;]+;\n/);
    if (!imports) fail(`trunk's loader does not start with its import: ${loader.text}`);
    const at = loader.start + loader.tag.length + imports[0].length;
    edits.push({ start: at, end: at, replacement: wait });
  }
  return applyEdits(html, edits);
}

/** Trunk's inline loader: the module script that starts the wasm. */
function findLoader(html) {
  const loader = findElements(html, 'script').find(
    (script) => isExecutableScript(script) && script.text.includes('module_or_path'),
  );
  if (!loader) fail("index.html lacks trunk's loader script");
  return loader;
}

// 3. Content-Security-Policy hashes.
{
  const meta = findCspMeta(html);
  if (!meta) fail('index.html has no <meta http-equiv="Content-Security-Policy">');
  const csp = parseCsp(meta.attrs.get('content') ?? '');
  const scriptHashes = findElements(html, 'script').filter(isExecutableScript).map((s) => cspHash(s.text));
  const styleHashes = findElements(html, 'style').map((s) => cspHash(s.text));
  for (const [directive, hashes] of [
    ['script-src', scriptHashes],
    ['style-src', styleHashes],
  ]) {
    const sources = (csp.get(directive) ?? []).filter((source) => !source.startsWith("'sha256-"));
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) {
      if (sources.includes(bad)) fail(`the ${directive} of the CSP must not allow ${bad}`);
    }
    if (sources.length === 0 && hashes.length === 0) continue;
    csp.set(directive, [...sources, ...hashes]);
  }
  const tag = startTag('meta', { 'http-equiv': 'Content-Security-Policy', content: formatCsp(csp) });
  html = applyEdits(html, [{ start: meta.start, end: meta.end, replacement: tag }]);
}

writeFileSync(indexPath, html);

// 4. The chunks of a chunked index, before the precache list is made so the
// service worker keeps them for offline use.
if (process.env.REDLINES_CHUNKS_OUT) {
  const from = path.resolve(process.env.REDLINES_CHUNKS_OUT);
  let names;
  try {
    names = readFileSync(path.join(from, 'chunks.txt'), 'utf8').split('\n').filter(Boolean);
  } catch (error) {
    fail(`REDLINES_CHUNKS_OUT is set but lists no chunks: ${error.message}`);
  }
  mkdirSync(path.join(dir, 'index'), { recursive: true });
  for (const name of names) copyFileSync(path.join(from, name), path.join(dir, 'index', name));
  console.log(`postbuild: ${names.length} index chunks copied into index/`);
}

/**
 * Runs the native prerender and returns its markup, the app's root element.
 * With the host's cargo (rustup's, not the Debian wasm toolchain that
 * scripts/env.sh's wasm_env may have put first on PATH, nor its build-std
 * settings) and the same environment otherwise, so REDLINES_CORPUS picks
 * the same corpus as the wasm build.
 */
function prerender() {
  const env = { ...process.env };
  delete env.CARGO_UNSTABLE_BUILD_STD;
  delete env.RUSTC_BOOTSTRAP;
  const cargoBin = env.REDLINES_CARGO_BIN ?? path.join(env.CARGO_HOME ?? path.join(os.homedir(), '.cargo'), 'bin');
  if (existsSync(cargoBin)) env.PATH = `${cargoBin}${path.delimiter}${env.PATH ?? ''}`;
  const run = spawnSync(
    'cargo',
    ['run', '--quiet', '--manifest-path', path.join(REPO_ROOT, 'Cargo.toml'), '--features', 'ssr', '--bin', 'prerender'],
    { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (run.error) fail(`cannot run cargo for the prerender: ${run.error.message}`);
  if (run.status !== 0) fail(`the prerender failed (cargo exit ${run.status}); REDLINES_PRERENDER=0 builds without it`);
  const markup = run.stdout;
  const first = findElements(markup, 'div')[0];
  if (!markup.startsWith('<div ') || first?.attrs.get('id') !== 'app' || !first.attrs.get('data-prerender')) {
    fail(`the prerender did not print the app's root element: ${markup.slice(0, 120)}`);
  }
  // Yew escapes text and attribute values, and no component draws a script
  // or style: the policy's hashes stay as they are. Checked, not assumed.
  if (/<(script|style|link|meta|iframe|object|embed|base)(?=[\s>\/])/i.test(markup)) {
    fail('the prerendered markup contains a script, style or other head element');
  }
  if (elementEnd(markup, first, 'div') !== markup.length) fail('the prerendered markup is not one element');
  return markup;
}

/**
 * Where `element` (from findElements, a `name` element that may nest, such as
 * <div>) ends: just after its matching end tag. Fine for the markup of this
 * build, whose text has every "<" escaped.
 */
function elementEnd(html, element, name) {
  const tags = new RegExp(`<${name}(?=[\\s>/])|</${name}\\s*>`, 'gi');
  tags.lastIndex = element.start + element.tag.length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0][1] === '/' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  fail(`<${name}> at offset ${element.start} is not closed`);
}

// 5. The service worker.
function listFiles(root, prefix = '') {
  return readdirSync(path.join(root, prefix), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(root, rel) : [rel];
    })
    .sort();
}

const template = readFileSync(SW_TEMPLATE, 'utf8');
let sw;
if (devServer) {
  sw = `// trunk serve: no offline cache while developing (see scripts/postbuild.mjs).
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const prefix = 'red-lines ' + self.registration.scope + ' ';
    for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;
} else {
  const precache = listFiles(dir)
    .filter((rel) => rel !== 'sw.js')
    .map((rel) => {
      const entry = [
        rel === 'index.html' ? './' : rel.split('/').map(encodeURIComponent).join('/'),
        sri(readFileSync(path.join(dir, rel))),
      ];
      // trunk's content-hashed names never change content: the HTTP cache may answer.
      // trunk writes its 64-bit hash in hex without leading zeros, so a
      // name's hash may be shorter than 16 digits.
      if (/-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|bin)$/.test(rel)) entry.push('hashed');
      return entry;
    });
  const buildId = createHash('sha256')
    .update(template)
    .update(JSON.stringify(precache))
    .digest('hex')
    .slice(0, 16);
  const replacements = [
    ["const BUILD_ID = 'development';", `const BUILD_ID = '${buildId}';`],
    ['const PRECACHE = [];', `const PRECACHE = [\n${precache.map((entry) => `  ${JSON.stringify(entry)},`).join('\n')}\n];`],
  ];
  sw = template;
  for (const [from, to] of replacements) {
    if (!sw.includes(from)) fail(`web/sw.js lacks the line ${JSON.stringify(from)}`);
    sw = sw.replace(from, to);
  }
  console.log(`postbuild: ${path.basename(dir)}: build ${buildId}, ${precache.length} files precached`);
}
writeFileSync(path.join(dir, 'sw.js'), sw);
