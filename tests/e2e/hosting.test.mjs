// "Open it anywhere": the same build at / and under /red-lines/, deep links
// with query strings on a plain static server, relative URLs everywhere
// (assets, service worker, manifest, icons), a strict Content-Security-Policy
// with no violations, subresource integrity, and an installable manifest.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  ARTICLE_TITLES,
  DIST_DIR,
  assertNoProblems,
  launchBrowser,
  pageText,
  startServer,
  waitForText,
} from './helpers.mjs';
import { openInContext, pngSize, waitForServiceWorker } from './hosting-helpers.mjs';

const DEEP_LINK = '?view=actor&actor=jens-stoltenberg';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Every URL-valued attribute in the built index.html. */
function urlAttributes(html) {
  return [...html.matchAll(/\s(href|src)=("[^"]*"|'[^']*'|[^\s>]+)/g)].map((m) => m[2].replace(/^["']|["']$/g, ''));
}

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out;
}

describe('the build (static checks of dist/)', () => {
  let html;
  before(async () => {
    html = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8');
  });

  test('every URL in index.html is relative', () => {
    const urls = urlAttributes(html);
    assert.ok(urls.length >= 5, `found the asset URLs: ${urls.join(' ')}`);
    for (const url of urls) {
      assert.ok(!/^(\/|[a-z][a-z0-9+.-]*:)/i.test(url) || url.startsWith('data:'), `relative URL: ${url}`);
    }
    for (const rel of ['manifest', 'icon']) {
      assert.match(html, new RegExp(`<link[^>]*rel=["']?${rel}\\b`), `a <link rel=${rel}>`);
    }
  });

  test('a strict Content-Security-Policy: no unsafe-inline or unsafe-eval, the loader allowed by hash', async () => {
    const { findCspMeta, findElements, isExecutableScript, cspHash, parseCsp } = await import(
      '../../scripts/html-tags.mjs'
    );
    const meta = findCspMeta(html);
    assert.ok(meta, 'a <meta http-equiv="Content-Security-Policy">');
    const policy = meta.attrs.get('content');
    const csp = parseCsp(policy);
    for (const [directive, sources] of csp) {
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
        if (directive === 'img-src' && bad === 'data:') continue;
        assert.ok(!sources.includes(bad), `${directive} allows ${bad}: ${policy}`);
      }
    }
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.ok(csp.get('script-src').includes("'wasm-unsafe-eval'"), 'wasm allowed by wasm-unsafe-eval');
    assert.deepEqual(csp.get('style-src'), ["'self'"], 'no inline styles');
    const inline = findElements(html, 'script').filter(isExecutableScript);
    assert.equal(inline.length, 1, "one inline script: trunk's loader");
    assert.ok(csp.get('script-src').includes(cspHash(inline[0].text)), 'script-src has the loader hash');
    assert.ok(meta.start < html.search(/<script|<link[^>]*stylesheet/), 'the CSP comes before scripts and styles');
  });

  test('subresource integrity on every script, stylesheet, module and wasm', async () => {
    const { findElements, sri } = await import('../../scripts/html-tags.mjs');
    const elements = [
      ...findElements(html, 'link').filter((l) => /stylesheet|modulepreload|preload/.test(l.attrs.get('rel'))),
      ...findElements(html, 'script').filter((s) => s.attrs.has('src')),
    ];
    assert.ok(elements.length >= 4, 'stylesheets, the JS module, theme.js and register-sw.js');
    for (const element of elements) {
      const url = element.attrs.get('href') ?? element.attrs.get('src');
      const bytes = await readFile(path.join(DIST_DIR, url));
      assert.equal(element.attrs.get('integrity'), sri(bytes), `integrity of ${url}`);
    }
    // The wasm has no preload link (it waits for the first paint, web/first-paint.js):
    // the loader fetches it with its hash.
    const fetched = html.match(/fetch\('([^']+\.wasm)', \{ integrity: '([^']+)' \}\)/);
    assert.ok(fetched, 'the loader fetches the wasm with an integrity hash');
    assert.equal(fetched[2], sri(await readFile(path.join(DIST_DIR, fetched[1]))), `integrity of ${fetched[1]}`);
  });

  test('sw.js precaches every file of the build by relative URL, under a build-specific cache', async () => {
    const { sri } = await import('../../scripts/html-tags.mjs');
    const sw = await readFile(path.join(DIST_DIR, 'sw.js'), 'utf8');
    assert.match(sw, /const BUILD_ID = '[0-9a-f]{16}';/);
    const list = JSON.parse(sw.match(/const PRECACHE = (\[[\s\S]*?\n\]);/)[1].replace(/,\n\]$/, '\n]'));
    const urls = list.map(([url]) => url);
    for (const url of urls) assert.ok(!/^(\/|[a-z]+:)/i.test(url), `relative precache URL: ${url}`);
    const files = (await listFiles(DIST_DIR)).filter((f) => f !== 'sw.js').map((f) => (f === 'index.html' ? './' : f));
    assert.deepEqual([...urls].sort(), files.sort(), 'the precache list is the build');
    assert.ok(urls.some((u) => u.endsWith('.wasm')) && urls.some((u) => u.endsWith('.js')), 'wasm and JS precached');
    for (const [url, integrity, hashed] of list) {
      assert.equal(integrity, sri(await readFile(path.join(DIST_DIR, url === './' ? 'index.html' : url))), url);
      assert.equal(hashed === 'hashed', /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(url), `${url}: hashed flag`);
    }
  });

  test('the manifest makes the app installable, with relative URLs', async () => {
    const manifest = JSON.parse(await readFile(path.join(DIST_DIR, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.name, 'Red Lines');
    assert.ok(manifest.short_name && manifest.description);
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.equal(manifest.display, 'standalone');
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map((icon) => icon.sizes);
    assert.ok(sizes.includes('any') && sizes.includes('192x192') && sizes.includes('512x512'), sizes.join(' '));
    for (const icon of manifest.icons) {
      assert.ok(!/^(\/|[a-z]+:)/i.test(icon.src), `relative icon URL: ${icon.src}`);
      const bytes = await readFile(path.join(DIST_DIR, icon.src));
      if (icon.type === 'image/png') {
        const [w, h] = icon.sizes.split('x').map(Number);
        assert.deepEqual(pngSize(bytes), { width: w, height: h }, icon.src);
      } else {
        assert.match(bytes.toString('utf8'), /^<svg /, icon.src);
      }
    }
  });
});

for (const base of ['/', '/red-lines/']) {
  describe(`served at ${base}`, () => {
    let server;
    let context;
    before(async () => {
      server = await startServer({ base });
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    });
    after(async () => {
      await context?.close();
      await server?.close();
    });

    test('the explorer renders, with no CSP violation and every request under the base path', async () => {
      const { page, problems } = await openInContext(context, server.url);
      await waitForText(page, ARTICLE_TITLES[0]);
      await waitForServiceWorker(page);
      await page.waitForLoadState('networkidle');
      const outside = server.requests.filter((p) => !p.startsWith(base));
      assert.deepEqual(outside, [], 'every request stays under the base path');
      assert.ok(server.requests.includes(`${base}sw.js`), 'the service worker came from the base path');
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
      assert.equal(scope, server.url, 'the service worker scope is the base path');
      assertNoProblems(problems);
      await page.close();
    });

    test('the manifest and icons load from the base path (and the CSP allows them)', async () => {
      const { page, problems } = await openInContext(context, server.url);
      const result = await page.evaluate(async () => {
        const href = document.querySelector('link[rel=manifest]').href;
        const manifest = await (await fetch(href)).json();
        const icons = [];
        for (const icon of manifest.icons) {
          const url = new URL(icon.src, href).href;
          icons.push({ url, status: (await fetch(url)).status });
        }
        return { href, start: new URL(manifest.start_url, href).href, icons };
      });
      assert.equal(result.href, `${server.url}manifest.webmanifest`);
      assert.equal(result.start, server.url, 'start_url is the base path');
      for (const icon of result.icons) {
        assert.ok(icon.url.startsWith(server.url), icon.url);
        assert.equal(icon.status, 200, icon.url);
      }
      assertNoProblems(problems);
      await page.close();
    });

    test(`a deep link (${DEEP_LINK}) restores the actor view`, async () => {
      const { page, problems } = await openInContext(context, server.url + DEEP_LINK);
      await waitForText(page, 'Jens Stoltenberg');
      assert.ok((await pageText(page)).includes('Jens Stoltenberg'));
      assert.equal(new URL(page.url()).search, DEEP_LINK, 'the query string is kept');
      assertNoProblems(problems);
      await page.close();
    });

    test('a deep link opened fresh, with no service worker yet, also works', async () => {
      const fresh = await browser.newContext();
      try {
        const { page, problems } = await openInContext(fresh, server.url + DEEP_LINK);
        await waitForText(page, 'Jens Stoltenberg');
        assertNoProblems(problems);
      } finally {
        await fresh.close();
      }
    });
  });
}
