// Checks scripts/wasm-breakdown.mjs on a module built here byte by byte, so
// every size it should report is known: one imported function (which takes
// function index 0, so a parser that forgets the imports would give each body
// its neighbour's name), two defined functions of 5 and 10 body bytes, a data
// segment, and a name section with legacy-mangled Rust names.
//
//   node --test tests/wasm-breakdown.test.mjs

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakdown, classify, demangleLegacy, demangleV0, parseModule } from '../scripts/wasm-breakdown.mjs';

const utf8 = (text) => [...new TextEncoder().encode(text)];

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const name = (text) => [...leb(utf8(text).length), ...utf8(text)];
const section = (id, payload) => [id, ...leb(payload.length), ...payload];
// A legacy-mangled path: each segment with its length in front, then E.
const legacy = (...segments) => `_ZN${segments.map((s) => `${utf8(s).length}${s}`).join('')}E`;

const RENDER = legacy('red_lines', 'view', 'render', 'h0123456789abcdef');
const DESTROY = legacy(
  '_$LT$yew..html..Scope$LT$red_lines..App$GT$$u20$as$u20$yew..html..Scoped$GT$',
  'destroy',
  'hfedcba9876543210',
);

function tinyModule() {
  const bodyA = [0x00, 0x01, 0x01, 0x01, 0x0b]; // no locals, three nops, end: 5 bytes
  const bodyB = [0x00, ...Array(8).fill(0x01), 0x0b]; // no locals, eight nops, end: 10 bytes
  const functionNames = [
    [0, 'imported'],
    [1, RENDER],
    [2, DESTROY],
  ];
  const names = [...leb(functionNames.length), ...functionNames.flatMap(([i, n]) => [...leb(i), ...name(n)])];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [0x01, 0x60, 0x00, 0x00]), // one type: () -> ()
    ...section(2, [0x01, ...name('env'), ...name('f'), 0x00, 0x00]), // one imported function
    ...section(3, [0x02, 0x00, 0x00]), // two defined functions of type 0
    ...section(5, [0x01, 0x00, 0x01]), // one memory of one page
    ...section(10, [0x02, ...leb(bodyA.length), ...bodyA, ...leb(bodyB.length), ...bodyB]),
    ...section(11, [0x01, 0x00, 0x41, 0x00, 0x0b, ...name('hi')]), // "hi" at address 0
    ...section(0, [...name('name'), 0x01, ...leb(names.length), ...names]),
  ]);
}

test('the hand-built module is valid wasm', () => {
  assert.ok(WebAssembly.validate(tinyModule()));
});

test('function bodies get the names of their index, after the imports', () => {
  const module = parseModule(tinyModule());
  assert.equal(module.importedFunctions, 1);
  assert.deepEqual(
    module.functions.map(({ index, name, bodySize, size }) => ({ index, name, bodySize, size })),
    [
      { index: 1, name: RENDER, bodySize: 5, size: 6 },
      { index: 2, name: DESTROY, bodySize: 10, size: 11 },
    ],
  );
  const total = module.sections.reduce((sum, s) => sum + s.size, 8);
  assert.equal(total, tinyModule().length, 'sections and the preamble add up to the file');
});

test('functions are grouped by crate, data and sections apart', () => {
  const report = breakdown(tinyModule());
  assert.deepEqual(
    report.functions.map(({ name, crate, size }) => ({ name, crate, size })),
    [
      { name: '<yew::html::Scope<red_lines::App> as yew::html::Scoped>::destroy', crate: 'yew', size: 11 },
      { name: 'red_lines::view::render', crate: 'red_lines', size: 6 },
    ],
  );
  assert.deepEqual(report.crates, [
    { crate: 'yew', size: 11, functions: 1 },
    { crate: 'red_lines', size: 6, functions: 1 },
  ]);
  assert.equal(report.codeBytes, 17);
  const sections = Object.fromEntries(report.sections.map((s) => [s.name, s.size]));
  assert.equal(sections['[data]'], 10); // id, size, and 8 bytes of payload
  assert.equal(sections.code, 20); // id, size, count, and the two sized bodies
  assert.ok(sections['custom: name'] > 0);
});

test('legacy names: escapes, the hash dropped, and impls by the type\'s crate', () => {
  assert.equal(demangleLegacy(RENDER), 'red_lines::view::render');
  assert.equal(demangleLegacy(`${RENDER}.llvm.123`), 'red_lines::view::render');
  assert.equal(demangleLegacy('memcpy'), null);
  assert.deepEqual(classify(legacy('_$LT$u8$u20$as$u20$core..fmt..Debug$GT$', 'fmt', 'h0123456789abcdef')), {
    name: '<u8 as core::fmt::Debug>::fmt',
    crate: 'core',
  });
  assert.deepEqual(classify('<str>::trim'), { name: '<str>::trim', crate: '[primitive types: core/alloc]' });
  assert.equal(classify(legacy('wasm_bindgen', 'describe', 'inform', 'h0123456789abcdef')).crate,
    '[wasm-bindgen descriptors, removed before shipping]');
});

test('v0 names: paths, impls and back-references', () => {
  assert.deepEqual(demangleV0('_RNvNtCs1234_9red_lines4view6render'), { text: 'red_lines::view::render', crate: 'red_lines' });
  // From the app's own module: an inherent impl whose type path is a
  // back-reference (B7_) into the crate root spelled out before it.
  assert.deepEqual(classify('_RNvMs2_NtCsf0mInQKkmGQ_13redlines_core5queryNtNtB7_5index5Index6matrix'), {
    name: '<redlines_core::index::Index>::matrix',
    crate: 'redlines_core',
  });
});
