// Writes PNG screenshots of every view of the built app (dist/) in the light
// and the dark scheme at a phone width (360 px) and a desktop width (1280 px),
// and PDF printouts of a few views, into screenshots/ (git-ignored), to look
// at before calling a view done.
//
//   node scripts/screenshots.mjs [BUILD_DIR] [OUT_DIR]   (default: dist screenshots)
//
// It serves the build on loopback and drives headless Chromium with
// playwright-core, both through the end-to-end helpers (tests/e2e/helpers.mjs,
// so run `bash scripts/setup.sh` first), using $REDLINES_CHROMIUM from
// scripts/env.sh when set. Each picture is the top of the page, at most
// MAX_HEIGHT pixels, which shows the layout without producing images too
// tall to look at.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (process.env.REDLINES_CHROMIUM && !process.env.CHROMIUM_PATH) {
  process.env.CHROMIUM_PATH = process.env.REDLINES_CHROMIUM;
}
// Imported after CHROMIUM_PATH is settled, since the helpers read it on load.
const { launchBrowser, startServer } = await import(path.join(REPO_ROOT, 'tests/e2e/helpers.mjs'));

const buildDir = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'dist'));
const outDir = path.resolve(process.argv[3] ?? path.join(REPO_ROOT, 'screenshots'));
const MAX_HEIGHT = 2400;

/** Every view, in the states the accessibility checks cover too. */
const { VIEW_STATES: VIEWS } = await import(path.join(REPO_ROOT, 'tests/e2e/view-states.mjs'));
const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'];

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const server = await startServer({ root: buildDir });
const browser = await launchBrowser();
let written = 0;
try {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 740 : 800 },
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      for (const view of VIEWS) {
        await page.goto(server.url + view.query);
        await page.locator('#main-heading').waitFor();
        await page.locator(view.ready).first().waitFor();
        // A page of cards is drawn over a few frames: picture it whole.
        await page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'));
        if (view.setup) await view.setup(page);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = path.join(outDir, `${width}-${scheme}-${view.id}.png`);
        const screen = page.viewportSize();
        if (!view.screenOnly) {
          // Statement cards off screen are not drawn (content-visibility:
          // auto), and a full-page capture gives them no frame to be drawn
          // in: make the screen as tall as the capture and let two frames pass.
          await page.setViewportSize({ width, height: Math.max(screen.height, Math.min(height, MAX_HEIGHT)) });
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        }
        await page.screenshot(
          view.screenOnly
            ? { path: file }
            : { path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } },
        );
        if (!view.screenOnly) await page.setViewportSize(screen);
        written += 1;
      }
      await context.close();
    }
  }
  // A few printouts, from the dark scheme on screen, which print must not
  // carry onto paper. `pdftoppm -png` turns a page into a picture.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  for (const view of VIEWS.filter((view) => ['overview', 'actor', 'reader', 'search', 'network'].includes(view.id))) {
    await page.goto(server.url + view.query);
    await page.locator(view.ready).first().waitFor();
    await page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'));
    await page.pdf({ path: path.join(outDir, `print-${view.id}.pdf`), format: 'A4', printBackground: true });
    written += 1;
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots: ${written} PNGs and PDFs in ${path.relative(process.cwd(), outDir) || '.'}`);
