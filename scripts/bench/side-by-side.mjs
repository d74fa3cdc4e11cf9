// Red Lines next to Pagefind and next to a plain JavaScript filter, over the
// same seed articles and statements, in the same headless Chromium session:
//
//   - Pagefind (npm, pinned in scripts/bench/package.json) indexes the seed
//     articles rendered as simple HTML pages (written here into a temporary
//     folder); both sites are served on loopback. Compared: bytes transferred
//     for a first search (every file the visit fetched, text files counted
//     and wasm gzip -9 as a static host serves them, Pagefind's own files as they are,
//     since they are stored compressed), index size, and search latency
//     (the keystroke that completes a word to its results painted).
//   - A plain JavaScript page renders the statements exported by
//     `redlines export --jsonl` and filters them by stance; compared with the
//     explorer's stance facet: a click to the next painted frame.
//
//   node scripts/bench/side-by-side.mjs --dist dist --corpus seeds
//        --redlines target/release/redlines [--index index.bin] [--repeat 2]
//        [--toggles 20]
//
// --index names the Red Lines index bytes (`redlines bench seeds --index-out`)
// to weigh next to Pagefind's. Service workers are blocked in every context:
// the explorer's precaches the rest of the app after the first paint, which
// is not part of a first search.

import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, startServer } from '../../tests/e2e/helpers.mjs';
import { formatStats, installInteractionProbe, stats } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    corpus: { type: 'string', default: 'seeds' },
    redlines: { type: 'string', default: 'target/release/redlines' },
    repeat: { type: 'string', default: '2' },
    toggles: { type: 'string', default: '20' },
    index: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const dist = path.resolve(options.dist);
const corpus = path.resolve(options.corpus);
const repeat = Number(options.repeat);
const toggles = Number(options.toggles);
const TIMEOUT = 60_000;

// Words to search for: each is typed whole but its last key, which is timed.
const WORDS = ['guarantees', 'missiles', 'ukraine', 'minsk', 'enlargement', 'exercises', 'negotiations', 'sanctions', 'weapons', 'security'];

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The seed articles as simple HTML pages: the first line is the title. */
async function writeArticlePages(site) {
  const files = (await readdir(corpus)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  await mkdir(path.join(site, 'articles'), { recursive: true });
  for (const [number, file] of files.entries()) {
    const text = await readFile(path.join(corpus, file), 'utf8');
    const [title, ...rest] = text.split('\n');
    const paragraphs = rest
      .join('\n')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title.trim())}</title></head>
<body><main data-pagefind-body><h1>${escapeHtml(title.trim())}</h1>
${paragraphs}
</main></body></html>\n`;
    await writeFile(path.join(site, 'articles', `${number}.html`), html);
  }
  return files.length;
}

// The Pagefind search page: an input and a result list, results drawn as
// text; after each drawing it records the time from the keydown that
// started the search to the next painted frame.
const PAGEFIND_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><input id="q" type="search" autocomplete="off"><ul id="results"></ul>
<script type="module" src="search.js"></script></body></html>\n`;
const PAGEFIND_SCRIPT = `
const input = document.getElementById('q');
const list = document.getElementById('results');
window.__results = [];
let keydown = null;
input.addEventListener('keydown', (event) => { keydown = event.timeStamp; }, true);
const pagefind = await import('./pagefind/pagefind.js');
input.addEventListener('input', async () => {
  const term = input.value;
  const started = keydown;
  keydown = null;
  const search = await pagefind.search(term);
  if (input.value !== term) return;
  const results = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  if (input.value !== term) return;
  list.replaceChildren(...results.map((data) => {
    const item = document.createElement('li');
    const title = document.createElement('a');
    title.href = data.url;
    title.textContent = data.meta.title;
    const excerpt = document.createElement('p');
    excerpt.textContent = data.excerpt.replace(/<[^>]*>/g, '');
    item.append(title, excerpt);
    return item;
  }));
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => window.__results.push({ term, results: search.results.length,
      paint: started === null ? null : performance.now() - started });
    channel.port2.postMessage(null);
  });
});
window.__ready = true;
`;

// The plain JavaScript filter: every exported statement as a list item
// (actor, sentence, themes), and stance buttons that filter the list and draw
// it again, all synchronously in the click handler, as the explorer does.
const FILTER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Filter</title></head>
<body><div id="stances"></div><p id="count"></p><ul id="list"></ul>
<script type="module" src="filter.js"></script></body></html>\n`;
const FILTER_SCRIPT = `
const statements = await (await fetch('statements.json')).json();
const list = document.getElementById('list');
const count = document.getElementById('count');
const stances = document.getElementById('stances');
let selected = null;
function draw() {
  const shown = selected === null ? statements : statements.filter((s) => s.stance === selected);
  count.textContent = shown.length + ' statements';
  list.replaceChildren(...shown.map((s) => {
    const item = document.createElement('li');
    const who = document.createElement('strong');
    who.textContent = s.actor;
    const sentence = document.createElement('blockquote');
    sentence.textContent = s.sentence;
    const themes = document.createElement('span');
    themes.textContent = s.themes.join(', ') + ' · ' + s.stance;
    item.append(who, sentence, themes);
    return item;
  }));
  const totals = new Map();
  for (const s of statements) totals.set(s.stance, (totals.get(s.stance) ?? 0) + 1);
  stances.replaceChildren(...[...totals].sort((a, b) => b[1] - a[1]).map(([stance, n]) => {
    const button = document.createElement('button');
    button.textContent = stance + ' ' + n;
    button.className = 'facet-option';
    if (stance === selected) button.setAttribute('aria-pressed', 'true');
    button.addEventListener('click', () => { selected = selected === stance ? null : stance; draw(); });
    return button;
  }));
}
draw();
window.__ready = true;
`;

// What a static host compresses on the fly (wasm included); Pagefind's index
// and wasm files are stored compressed already and are counted as they are.
const TEXT_TYPES = /\.(html|js|mjs|css|json|webmanifest|svg|txt|wasm)$/;

/** Bytes a static host would send for the given request paths under `root`. */
async function servedBytes(root, base, requests) {
  let total = 0;
  const files = [];
  for (const request of new Set(requests)) {
    let rel = decodeURIComponent(request.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    let body;
    try {
      body = await readFile(file);
    } catch {
      continue;
    }
    const bytes = TEXT_TYPES.test(file) ? gzipSync(body, { level: 9 }).length : body.length;
    total += bytes;
    files.push([rel, bytes]);
  }
  return { total, files };
}

async function folderBytes(folder, filter = () => true) {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (filter(path.relative(folder, file))) total += (await stat(file)).size;
  }
  return total;
}

async function waitForLatencies(page, count) {
  await page.waitForFunction((n) => window.__latencies.length >= n, count, { timeout: TIMEOUT });
}

async function main() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'redlines-side-by-side-'));
  const site = path.join(work, 'site');
  const browser = await launchBrowser();
  const servers = [];
  try {
    // ---- build the comparison sites
    const articles = await writeArticlePages(site);
    await writeFile(path.join(site, 'index.html'), PAGEFIND_PAGE);
    await writeFile(path.join(site, 'search.js'), PAGEFIND_SCRIPT);
    const pagefindBin = path.join(HERE, 'node_modules', '.bin', 'pagefind');
    const version = execFileSync(pagefindBin, ['--version'], { encoding: 'utf8' }).trim();
    const started = process.hrtime.bigint();
    execFileSync(pagefindBin, ['--site', site, '--quiet'], { stdio: 'inherit' });
    const indexSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const exported = execFileSync(path.resolve(options.redlines), ['export', '--jsonl', corpus], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const statements = exported.trim().split('\n').map((line) => JSON.parse(line));
    await writeFile(path.join(site, 'statements.json'), JSON.stringify(statements));
    await writeFile(path.join(site, 'filter.html'), FILTER_PAGE);
    await writeFile(path.join(site, 'filter.js'), FILTER_SCRIPT);

    const pf = path.join(site, 'pagefind');
    const pfIndex = await folderBytes(pf, (f) => /^(pagefind-entry\.json|.*\.pf_(meta|index|fragment|filter))$/.test(f) || /^(index|fragment|filter)\//.test(f));
    console.log(`== side by side: Red Lines vs ${version} over ${articles} seed articles, ${statements.length} statements`);
    console.log(`  Chromium ${browser.version()}, headless, loopback`);
    console.log(`  pagefind index build: ${indexSeconds.toFixed(2)} s (wall clock, including start-up)`);

    const redlinesServer = await startServer({ root: dist });
    servers.push(redlinesServer);
    const siteServer = await startServer({ root: site });
    servers.push(siteServer);

    // ---- first search: bytes, each in a fresh context
    // The Pagefind page times itself (window.__results); the others get the probe.
    const open = async (url, probe = true) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      if (probe) await page.addInitScript(installInteractionProbe);
      await page.goto(url, { waitUntil: 'load' });
      return { context, page };
    };
    const rlFirst = redlinesServer.requests.length;
    const rl = await open(`${redlinesServer.url}?view=search`);
    await rl.page.locator('.statement-list li').first().waitFor();
    await rl.page.locator('#search-input').fill('guarantee');
    await rl.page.locator('#search-input').press('s');
    await waitForLatencies(rl.page, 1);
    await rl.page.waitForLoadState('networkidle');
    const rlBytes = await servedBytes(dist, redlinesServer.base, redlinesServer.requests.slice(rlFirst));

    const pfFirst = siteServer.requests.length;
    const pfv = await open(siteServer.url, false);
    await pfv.page.waitForFunction(() => window.__ready === true);
    const coldStart = Date.now();
    await pfv.page.locator('#q').fill('guarantee');
    await pfv.page.waitForFunction(() => window.__results.length >= 1);
    await pfv.page.locator('#q').press('s');
    await pfv.page.waitForFunction(() => window.__results.length >= 2);
    const pfColdMs = Date.now() - coldStart;
    await pfv.page.waitForLoadState('networkidle');
    const pfBytes = await servedBytes(site, siteServer.base, siteServer.requests.slice(pfFirst));

    // ---- search latency, the two sites taking turns word by word, so that
    // the load of this shared machine falls on both alike.
    const rlPaints = [];
    const pfPaints = [];
    for (let round = 0; round < repeat; round += 1) {
      for (const word of WORDS) {
        // Red Lines draws in the input handler, so its fill needs no wait;
        // fill() fires no keydown, so the probe records only the timed key.
        const rlSeen = await rl.page.evaluate(() => window.__latencies.length);
        await rl.page.locator('#search-input').fill(word.slice(0, -1));
        await rl.page.locator('#search-input').press(word.at(-1));
        await waitForLatencies(rl.page, rlSeen + 1);
        rlPaints.push(await rl.page.evaluate(() => window.__latencies.at(-1).paint));
        // Pagefind searches asynchronously: wait for the fill's results to be
        // drawn, then time the key to its own results drawn.
        const pfSeen = await pfv.page.evaluate(() => window.__results.length);
        await pfv.page.locator('#q').fill(word.slice(0, -1));
        await pfv.page.waitForFunction((n) => window.__results.length >= n, pfSeen + 1);
        await pfv.page.locator('#q').press(word.at(-1));
        await pfv.page.waitForFunction((n) => window.__results.length >= n, pfSeen + 2);
        pfPaints.push(await pfv.page.evaluate(() => window.__results.at(-1).paint));
      }
    }
    await rl.context.close();
    await pfv.context.close();

    const rls = stats(rlPaints);
    const pfs = stats(pfPaints);
    console.log('  bytes for a first search (as served: text gzip -9, Pagefind files as stored):');
    console.log(`    Red Lines: ${rlBytes.total} B in ${rlBytes.files.length} files (the whole app; the index is inside the wasm)`);
    for (const [file, bytes] of rlBytes.files) console.log(`      ${String(bytes).padStart(8)} B  ${file}`);
    console.log(`    Pagefind:  ${pfBytes.total} B in ${pfBytes.files.length} files (search page, pagefind.js, wasm, index chunks, fragments)`);
    for (const [file, bytes] of pfBytes.files) console.log(`      ${String(bytes).padStart(8)} B  ${file}`);
    console.log(`    ratio Red Lines / Pagefind: ${(rlBytes.total / pfBytes.total).toFixed(2)}`);
    console.log('  index size:');
    console.log(`    Pagefind: ${pfIndex} B (entry, meta, index chunks and fragments, stored compressed; its engine is listed above)`);
    if (options.index) {
      const index = await readFile(options.index);
      const packed = gzipSync(index, { level: 9 }).length;
      console.log(`    Red Lines: ${index.length} B raw, ${packed} B gzip -9 (articles, statements, actors, themes; embedded in the wasm)`);
      console.log(`    ratio Red Lines / Pagefind (index, compressed): ${(packed / pfIndex).toFixed(2)}`);
    }
    console.log(`  search, the keystroke completing a word -> results painted (${WORDS.length} words x ${repeat}):`);
    console.log(`    Red Lines: ${formatStats(rls)}`);
    console.log(`    Pagefind:  ${formatStats(pfs)}`);
    console.log(`    first Pagefind search including its downloads: ${pfColdMs} ms (wall clock)`);
    console.log(`    ratio of medians Red Lines / Pagefind: ${(rls.median / pfs.median).toFixed(2)}`);

    // ---- facet filter vs plain JavaScript filter, taking turns toggle by toggle
    const rlf = await open(`${redlinesServer.url}?view=search`);
    await rlf.page.locator('.statement-list li').first().waitFor();
    const jsf = await open(`${siteServer.url}filter.html`);
    await jsf.page.waitForFunction(() => window.__ready === true);
    const toggle = async (page, option, selected, on) => {
      const seen = await page.evaluate(() => window.__latencies.length);
      await page.locator(on ? option : selected).first().click();
      await waitForLatencies(page, seen + 1);
      await page.locator(selected).first().waitFor({ state: on ? 'attached' : 'detached' });
      return page.evaluate(() => window.__latencies.at(-1).paint);
    };
    const rlToggles = [];
    const jsToggles = [];
    for (let i = 0; i < toggles; i += 1) {
      const on = i % 2 === 0;
      rlToggles.push(
        await toggle(rlf.page, '#facet-stance ~ ul a.facet-option', '#facet-stance ~ ul a.facet-option[aria-current="true"]', on),
      );
      jsToggles.push(await toggle(jsf.page, '#stances button', '#stances button[aria-pressed="true"]', on));
    }
    await rlf.context.close();
    await jsf.context.close();
    const rlFacet = stats(rlToggles);
    const jsFacet = stats(jsToggles);
    console.log(`  stance filter over ${statements.length} statements, click -> next paint (${toggles} toggles):`);
    console.log(`    Red Lines facet:  ${formatStats(rlFacet)}`);
    console.log(`    plain JS filter:  ${formatStats(jsFacet)}`);
    console.log(`    ratio of medians Red Lines / plain JS: ${(rlFacet.median / jsFacet.median).toFixed(2)}`);
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
    if (!options.keep) await rm(work, { recursive: true, force: true });
    else console.log(`  kept ${work}`);
  }
}

await main();
