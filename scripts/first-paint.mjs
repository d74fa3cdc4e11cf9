// The code of web/first-paint.js, which the loader runs before it fetches the
// app's wasm (see that file): put into the loader by scripts/postbuild.mjs
// and scripts/single-file.mjs, without the file's leading comment lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'first-paint.js');

/** The statement that waits for the first paint, ending in a newline. */
export function firstPaintWait() {
  const lines = readFileSync(FILE, 'utf8').split('\n');
  const code = lines.slice(lines.findIndex((line) => !line.startsWith('//'))).join('\n').trim();
  if (!code.startsWith('await ') || /<\/script/i.test(code)) {
    throw new Error(`${FILE} is not one await statement that can go inside a <script>`);
  }
  return `${code}\n`;
}
