// Prints the size of each section of a wasm file, raw and gzip -9 on its
// own, so the first-load figure can be split into code and embedded data.
//
//   node scripts/bench/wasm-sections.mjs dist/red-lines-*_bg.wasm

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count'];

function leb128(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench/wasm-sections.mjs FILE.wasm');
  process.exit(2);
}
const bytes = readFileSync(file);
let at = 8;
const totals = new Map();
while (at < bytes.length) {
  const id = bytes[at++];
  let size;
  [size, at] = leb128(bytes, at);
  const name = NAMES[id] ?? `section ${id}`;
  const body = bytes.subarray(at, at + size);
  const [raw, gz] = totals.get(name) ?? [0, 0];
  totals.set(name, [raw + size, gz + gzipSync(body, { level: 9 }).length]);
  at += size;
}
console.log(`wasm sections of ${file} (${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip -9 as a whole):`);
for (const [name, [raw, gz]] of [...totals].sort((a, b) => b[1][0] - a[1][0])) {
  console.log(`${String(raw).padStart(10)} B raw ${String(gz).padStart(10)} B gzip  ${name}`);
}
