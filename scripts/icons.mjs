// The app icon, drawn once here and written by scripts/postbuild.mjs into
// dist/icons/: icon.svg, icon-192.png, icon-512.png (rounded corners) and
// icon-maskable-512.png (full bleed; the lines sit inside the maskable safe
// zone). The PNGs are rasterised in plain node (signed distance fields with
// analytic anti-aliasing, zlib from node) so the build needs no image tools.
//
// The design, on a 512 × 512 grid: a deep red square with a quotation bar and
// three white lines of text beside it: a statement with its sentence.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const THEME_COLOR = '#9b1c1c';
const GRID = 512;
const CORNER = 96;
const LINE_COLOR = '#ffffff';
const LINE_RADIUS = 22; // half the stroke width
const LINES = [
  [140, 150, 140, 362], // the quotation bar
  [206, 184, 376, 184],
  [206, 256, 318, 256],
  [206, 328, 352, 328],
];

export function iconSvg() {
  const d = LINES.map(([x1, y1, x2, y2]) => `M${x1} ${y1}L${x2} ${y2}`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GRID} ${GRID}">` +
    `<rect width="${GRID}" height="${GRID}" rx="${CORNER}" fill="${THEME_COLOR}"/>` +
    `<path d="${d}" fill="none" stroke="${LINE_COLOR}" stroke-width="${2 * LINE_RADIUS}" stroke-linecap="round"/>` +
    `</svg>\n`
  );
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const clamp01 = (v) => Math.min(1, Math.max(0, v));

function roundedSquareDistance(x, y, radius) {
  const half = GRID / 2;
  const qx = Math.abs(x - half) - (half - radius);
  const qy = Math.abs(y - half) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function capsuleDistance(x, y, [x1, y1, x2, y2]) {
  const bx = x2 - x1;
  const by = y2 - y1;
  const h = clamp01(((x - x1) * bx + (y - y1) * by) / (bx * bx + by * by));
  return Math.hypot(x - x1 - bx * h, y - y1 - by * h) - LINE_RADIUS;
}

/** An RGBA PNG of the icon, `size` pixels square; `maskable` fills the corners. */
export function iconPng(size, { maskable = false } = {}) {
  const scale = GRID / size; // grid units per pixel
  const background = rgb(THEME_COLOR);
  const line = rgb(LINE_COLOR);
  const rowBytes = size * 4 + 1;
  const raw = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) * scale;
      const y = (py + 0.5) * scale;
      const square = maskable ? 1 : clamp01(0.5 - roundedSquareDistance(x, y, CORNER) / scale);
      const ink = clamp01(0.5 - Math.min(...LINES.map((l) => capsuleDistance(x, y, l))) / scale);
      const o = py * rowBytes + 1 + px * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(background[c] + (line[c] - background[c]) * ink);
      raw[o + 3] = Math.round(255 * square);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Writes the four icon files into `dir` (created if missing). */
export function writeIcons(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'icon.svg'), iconSvg());
  writeFileSync(path.join(dir, 'icon-192.png'), iconPng(192));
  writeFileSync(path.join(dir, 'icon-512.png'), iconPng(512));
  writeFileSync(path.join(dir, 'icon-maskable-512.png'), iconPng(512, { maskable: true }));
}
