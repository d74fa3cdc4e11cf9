// Turns a release build (dist/, after scripts/postbuild.mjs) into one
// self-contained HTML file that works when opened straight from disk
// (file://), with no server and no service worker:
//
//   node scripts/single-file.mjs [BUILD_DIR] [OUTPUT]   (default: dist dist-single/red-lines.html)
//
// (scripts/single-file.sh builds first, then runs this.)
//
// - stylesheets become <style> elements (but web/update.css, for the
//   service worker's update banner, is left out);
// - the wasm-bindgen JS module and trunk's loader become one inline module
//   script, which instantiates the wasm from bytes: base64 in a
//   <script type="application/wasm+base64"> data block, which never runs;
//   like the served build's loader, it first waits until the prerendered
//   overview has been painted (web/first-paint.js);
// - preload, modulepreload and manifest links, the service worker
//   registration and the CSP of the served build are dropped; the icon
//   becomes a data: URL;
// - a new Content-Security-Policy allows exactly those inline scripts and
//   styles by their sha256 hashes, and wasm by 'wasm-unsafe-eval'.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { firstPaintWait } from './first-paint.mjs';
import { applyEdits, cspHash, escapeAttr, findCspMeta, findElements, isExecutableScript, sri } from './html-tags.mjs';

function fail(message) {
  console.error(`single-file: error: ${message}`);
  process.exit(1);
}

const buildDir = path.resolve(process.argv[2] ?? 'dist');
const output = path.resolve(process.argv[3] ?? path.join('dist-single', 'red-lines.html'));
const readBuildFile = (href, encoding) => {
  const rel = decodeURIComponent(href.replace(/^\.\//, ''));
  if (/^[a-z]+:/i.test(rel) || rel.startsWith('/')) fail(`not a relative URL: ${href}`);
  return readFileSync(path.join(buildDir, rel), encoding);
};

let html;
try {
  html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
} catch (error) {
  fail(`cannot read ${path.join(buildDir, 'index.html')}: ${error.message} (build first)`);
}

const edits = [];
const remove = (element) => edits.push({ start: element.start, end: element.end, replacement: '' });
const styles = [];

for (const link of findElements(html, 'link')) {
  const rel = (link.attrs.get('rel') ?? '').toLowerCase();
  const href = link.attrs.get('href') ?? '';
  if (rel === 'stylesheet' && /(^|\/)update(-[0-9a-f]+)?\.css$/.test(href)) {
    remove(link); // the "Reload to update" banner's styles: no service worker here
  } else if (rel === 'stylesheet') {
    const css = readBuildFile(href, 'utf8');
    const integrity = link.attrs.get('integrity');
    if (integrity && integrity !== sri(Buffer.from(css, 'utf8'))) fail(`${href} does not match its integrity hash`);
    if (/<\/style/i.test(css)) fail(`${href} contains "</style"`);
    styles.push(css);
    edits.push({ start: link.start, end: link.end, replacement: `<style>${css}</style>` });
  } else if (rel === 'icon') {
    const type = link.attrs.get('type') ?? 'image/svg+xml';
    const data = readBuildFile(href).toString('base64');
    edits.push({
      start: link.start,
      end: link.end,
      replacement: `<link rel="icon" type="${escapeAttr(type)}" href="data:${escapeAttr(type)};base64,${data}">`,
    });
  } else if (['modulepreload', 'preload', 'manifest', 'apple-touch-icon'].includes(rel)) {
    remove(link);
  }
}

let loader;
for (const script of findElements(html, 'script')) {
  if (script.attrs.has('src')) {
    remove(script); // the service worker registration: no service worker here
  } else if (isExecutableScript(script)) {
    if (loader) fail('more than one inline script: expected only trunk\'s loader');
    loader = script;
  }
}
if (!loader) fail('no inline loader script in index.html');

// The loader: import init, * as bindings from './red-lines-<hash>.js'; init({ module_or_path: ... })
const jsHref = loader.text.match(/from\s*'([^']+\.js)'/)?.[1];
const wasmHref = loader.text.match(/'([^']+_bg\.wasm)'/)?.[1];
if (!jsHref || !wasmHref) fail(`unexpected loader script: ${loader.text}`);
let glue = readBuildFile(jsHref, 'utf8');
const wasm = readBuildFile(wasmHref);

// The glue module ends with `export { initSync, __wbg_init as default };`.
const exportsMatch = glue.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
if (!exportsMatch) fail(`${jsHref} does not end with an export list`);
const exported = Object.fromEntries(
  exportsMatch[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [local, , name = local] = part.split(/\s+/);
      return [name, local];
    }),
);
if (!exported.default) fail(`${jsHref} has no default export (the init function)`);
glue = glue.slice(0, exportsMatch.index);
if (/\bimport\s*[\s{*'"]|\bimport\s*\(/.test(glue.replace(/import\.meta/g, ''))) {
  fail(`${jsHref} imports other modules; they cannot be inlined`);
}
const bindings = Object.entries(exported)
  .map(([name, local]) => `${JSON.stringify(name)}: ${local}`)
  .join(', ');
const module = `${glue}
${firstPaintWait()}// single-file: instantiate the wasm from the base64 bytes in #red-lines-wasm.
{
  const base64 = document.getElementById('red-lines-wasm').textContent.trim();
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const wasm = await ${exported.default}({ module_or_path: bytes });
  window.wasmBindings = Object.freeze({ ${bindings} });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
}
`;
if (/<\/script/i.test(module)) fail('the inlined JS contains "</script"');
edits.push({ start: loader.start, end: loader.end, replacement: `<script type="module">${module}</script>` });

const meta = findCspMeta(html);
if (meta) remove(meta);
html = applyEdits(html, edits);

const csp = [
  "default-src 'none'",
  `script-src ${cspHash(module)} 'wasm-unsafe-eval'`,
  `style-src ${styles.map(cspHash).join(' ') || "'none'"}`,
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
html = html.replace(/<meta charset=("?)utf-8\1>/i, (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (!html.includes(csp)) fail('no <meta charset=utf-8> to put the CSP after');

const data = `<script type="application/wasm+base64" id="red-lines-wasm">${wasm.toString('base64')}</script>`;
const bodyEnd = html.lastIndexOf('</body>');
html = bodyEnd < 0 ? html + data : html.slice(0, bodyEnd) + data + html.slice(bodyEnd);

mkdirSync(path.dirname(output), { recursive: true });
writeFileSync(output, html);
console.log(
  `single-file: ${path.relative(process.cwd(), output)}: ${html.length} bytes ` +
    `(wasm ${wasm.length} bytes as base64, JS, ${styles.length} stylesheets inlined)`,
);
