// Where a wasm module's bytes go, by section, by crate and by function: the
// breakdown issue 13 asks for, without twiggy (a cargo install), so that it
// runs wherever Node does and needs no network. It reads the module's
// sections, the size of every function body in the code section and the
// function names in the `name` custom section, demangles the Rust names far
// enough to tell which crate each function comes from, and prints Markdown
// tables that can be pasted into BENCHMARKS.md (or JSON with --json).
//
//   node scripts/wasm-breakdown.mjs MODULE.wasm [SHIPPED_bg.wasm] [--json]
//
// MODULE.wasm must still have its name section: the module that cargo writes
// before wasm-bindgen and wasm-opt, target/wasm32-unknown-unknown/release/
// red-lines.wasm after a release build. The shipped dist/*_bg.wasm has been
// through wasm-opt, which strips the names, so it can only be given as the
// second argument, for its raw and gzip size next to the breakdown.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const SECTION_NAMES = [
  'custom', 'type', 'import', 'function', 'table', 'memory', 'global',
  'export', 'start', 'element', 'code', 'data', 'data count', 'tag',
];

/** Reads an unsigned LEB128 number at `at`; returns [value, next offset]. */
export function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) throw new Error(`LEB128 runs past the end at byte ${at}`);
    const byte = bytes[at++];
    // Multiplying rather than shifting keeps values above 2^31 positive.
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  const text = new TextDecoder().decode(bytes.subarray(start, start + length));
  return [text, start + length];
}

// Table and memory limits: a flags byte (bit 0: a maximum follows), then the
// minimum and the optional maximum, both LEB128 whatever their width.
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  [, at] = readU32(bytes, at);
  if (flags & 1) [, at] = readU32(bytes, at);
  return at;
}

/** The number of imported functions, which come first in the function index space. */
export function countImportedFunctions(bytes, start, end) {
  let [count, at] = readU32(bytes, start);
  let functions = 0;
  for (let i = 0; i < count; i++) {
    [, at] = readName(bytes, at); // module
    [, at] = readName(bytes, at); // field
    const kind = bytes[at++];
    if (kind === 0) {
      functions++;
      [, at] = readU32(bytes, at); // type index
    } else if (kind === 1) {
      at = skipLimits(bytes, at + 1); // reference type, then limits
    } else if (kind === 2) {
      at = skipLimits(bytes, at);
    } else if (kind === 3) {
      at += 2; // value type (one byte for the number types) and mutability
    } else if (kind === 4) {
      [, at] = readU32(bytes, at + 1); // attribute, then type index
    } else {
      throw new Error(`unknown import kind ${kind} at byte ${at - 1}`);
    }
  }
  if (at !== end) throw new Error('the import section does not end where its size says');
  return functions;
}

/**
 * Each function body's size: `size` counts the body and the LEB128 length in
 * front of it (what removing the function would save), `bodySize` the body.
 */
export function readCodeSection(bytes, start, end) {
  let [count, at] = readU32(bytes, start);
  const bodies = [];
  for (let i = 0; i < count; i++) {
    const [bodySize, bodyStart] = readU32(bytes, at);
    bodies.push({ bodySize, size: bodyStart - at + bodySize });
    at = bodyStart + bodySize;
  }
  if (at !== end) throw new Error('the code section does not end where its size says');
  return bodies;
}

/** Function index → name, from subsection 1 of the `name` custom section. */
export function readFunctionNames(bytes, start, end) {
  const names = new Map();
  let at = start;
  while (at < end) {
    const id = bytes[at++];
    let size;
    [size, at] = readU32(bytes, at);
    if (id === 1) {
      let [count, p] = readU32(bytes, at);
      for (let i = 0; i < count; i++) {
        let index;
        let name;
        [index, p] = readU32(bytes, p);
        [name, p] = readName(bytes, p);
        names.set(index, name);
      }
    }
    at += size;
  }
  return names;
}

/**
 * Parses a module: its sections (each with the bytes of its header, so that
 * they add up to the file's size with the 8-byte preamble) and its defined
 * functions with their index, name and size.
 */
export function parseModule(input) {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const magic = [0x00, 0x61, 0x73, 0x6d];
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) throw new Error('not a wasm module');
  const sections = [];
  let at = 8;
  let importedFunctions = 0;
  let bodies = [];
  let names = new Map();
  while (at < bytes.length) {
    const headerStart = at;
    const id = bytes[at++];
    let size;
    [size, at] = readU32(bytes, at);
    const end = at + size;
    if (end > bytes.length) throw new Error(`section ${id} runs past the end of the file`);
    let name = SECTION_NAMES[id] ?? `section ${id}`;
    if (id === 0) {
      const [customName] = readName(bytes, at);
      name = `custom: ${customName}`;
      if (customName === 'name') names = readFunctionNames(bytes, readName(bytes, at)[1], end);
    } else if (id === 2) {
      importedFunctions = countImportedFunctions(bytes, at, end);
    } else if (id === 10) {
      bodies = readCodeSection(bytes, at, end);
    }
    sections.push({ id, name, size: end - headerStart });
    at = end;
  }
  // Defined functions follow the imported ones in the index space, so body i
  // is function importedFunctions + i: the name section is keyed by that.
  const functions = bodies.map((body, i) => {
    const index = importedFunctions + i;
    return { index, name: names.get(index) ?? null, ...body };
  });
  return { size: bytes.length, sections, importedFunctions, functions, hasNames: names.size > 0 };
}

// ---------------------------------------------------------------------------
// Rust symbol names.

const LEGACY_ESCAPES = {
  SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')', C: ',',
};

function decodeLegacySegment(segment) {
  let text = segment.startsWith('_$') ? segment.slice(1) : segment;
  text = text.replace(/\$([A-Z]{1,2}|u[0-9a-f]{1,6})\$/g, (whole, code) => {
    if (code in LEGACY_ESCAPES) return LEGACY_ESCAPES[code];
    if (code.startsWith('u')) return String.fromCodePoint(parseInt(code.slice(1), 16));
    return whole;
  });
  return text.replace(/\.\./g, '::');
}

/**
 * Demangles a legacy Rust symbol (`_ZN…E`): length-prefixed path segments,
 * without the trailing `h<16 hex digits>` hash. Returns null for anything
 * else. A `.llvm.NNN` or similar suffix after the final E is dropped.
 */
export function demangleLegacy(symbol) {
  let s = symbol;
  if (s.startsWith('__ZN')) s = s.slice(1);
  if (!s.startsWith('_ZN')) return null;
  let at = 3;
  const segments = [];
  while (at < s.length && s[at] !== 'E') {
    const digits = /^\d+/.exec(s.slice(at));
    if (!digits) return null;
    const length = Number(digits[0]);
    at += digits[0].length;
    if (at + length > s.length) return null;
    segments.push(s.slice(at, at + length));
    at += length;
  }
  if (s[at] !== 'E' || segments.length === 0) return null;
  if (segments.length > 1 && /^h[0-9a-f]{16}$/.test(segments[segments.length - 1])) segments.pop();
  return segments.map(decodeLegacySegment).join('::');
}

// v0 mangling (`_R…`) is a grammar with back-references and generic
// arguments; a full demangler is long. This reads the paths and the common
// types, enough to print readable names and to find the crate; anything it
// does not understand makes it give up, and the caller then lists the name
// as "v0-mangled".
const V0_BASIC = {
  a: 'i8', b: 'bool', c: 'char', d: 'f64', e: 'str', f: 'f32', h: 'u8', i: 'isize', j: 'usize',
  l: 'i32', m: 'u32', n: 'i128', o: 'u128', s: 'i16', t: 'u16', u: '()', v: '...', x: 'i64',
  y: 'u64', z: '!', p: '_',
};

class V0 {
  constructor(text) {
    this.s = text;
    this.at = 0;
    this.depth = 0;
  }
  fail() {
    throw new Error('v0');
  }
  peek() {
    return this.s[this.at];
  }
  next() {
    if (this.at >= this.s.length) this.fail();
    return this.s[this.at++];
  }
  eat(c) {
    if (this.s[this.at] === c) {
      this.at++;
      return true;
    }
    return false;
  }
  base62() {
    // `_` is 0, `<digits>_` is the base-62 number plus one.
    if (this.eat('_')) return 0;
    let value = 0;
    for (;;) {
      const c = this.next();
      if (c === '_') return value + 1;
      const digit = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(c);
      if (digit < 0) this.fail();
      value = value * 62 + digit;
    }
  }
  disambiguator() {
    if (this.eat('s')) this.base62();
  }
  ident() {
    const punycode = this.eat('u');
    // A decimal length without leading zeros: "00" is two empty names (two
    // nested closures), not one of length zero.
    const digits = /^(?:0|[1-9]\d*)/.exec(this.s.slice(this.at));
    if (!digits) this.fail();
    this.at += digits[0].length;
    this.eat('_');
    const length = Number(digits[0]);
    const text = this.s.slice(this.at, this.at + length);
    if (text.length !== length) this.fail();
    this.at += length;
    return punycode ? `{punycode ${text}}` : text;
  }
  backref(read) {
    const start = this.at - 1;
    // The offset counts from just after `_R`, where this parser's text starts.
    const target = this.base62();
    if (target >= start) this.fail();
    const saved = this.at;
    this.at = target;
    const result = read.call(this);
    this.at = saved;
    return result;
  }
  guard() {
    if (++this.depth > 200) this.fail();
  }
  // Returns { text, crate }.
  path() {
    this.guard();
    try {
      const c = this.next();
      if (c === 'C') {
        this.disambiguator();
        const name = this.ident();
        return { text: name, crate: name };
      }
      if (c === 'N') {
        // The namespace: upper case for closures (C) and shims (S), lower
        // case for plain type (t) and value (v) names.
        const namespace = this.next();
        const parent = this.path();
        this.disambiguator();
        const name = this.ident();
        const special = { C: 'closure', S: 'shim' }[namespace] ?? namespace;
        const own = /[A-Z]/.test(namespace) ? `{${special}${name ? ':' + name : ''}}` : name;
        return { text: `${parent.text}::${own}`, crate: parent.crate };
      }
      if (c === 'M' || c === 'X') {
        this.disambiguator();
        this.path(); // the impl's own path, which the readable name leaves out
        const self = this.type();
        const trait = c === 'X' ? this.path() : null;
        return {
          text: trait ? `<${self.text} as ${trait.text}>` : `<${self.text}>`,
          crate: self.crate ?? trait?.crate ?? null,
        };
      }
      if (c === 'Y') {
        const self = this.type();
        const trait = this.path();
        return { text: `<${self.text} as ${trait.text}>`, crate: self.crate ?? trait.crate };
      }
      if (c === 'I') {
        const base = this.path();
        const args = [];
        while (!this.eat('E')) args.push(this.genericArg().text);
        return { text: `${base.text}<${args.join(', ')}>`, crate: base.crate };
      }
      if (c === 'B') return this.backref(this.path);
      return this.fail();
    } finally {
      this.depth--;
    }
  }
  genericArg() {
    if (this.eat('L')) {
      this.base62();
      return { text: "'_", crate: null };
    }
    if (this.eat('K')) return this.constant();
    return this.type();
  }
  constant() {
    if (this.eat('p')) return { text: '_', crate: null };
    if (this.eat('B')) return this.backref(this.constant);
    const type = this.next();
    if (!(type in V0_BASIC)) this.fail();
    this.eat('n');
    while (this.peek() !== '_') this.next();
    this.next();
    return { text: '{const}', crate: null };
  }
  type() {
    this.guard();
    try {
      const c = this.peek();
      if (c in V0_BASIC && c !== undefined) {
        this.at++;
        return { text: V0_BASIC[c], crate: null };
      }
      this.at++;
      if (c === 'R' || c === 'Q') {
        if (this.eat('L')) this.base62();
        const inner = this.type();
        return { text: `&${c === 'Q' ? 'mut ' : ''}${inner.text}`, crate: inner.crate };
      }
      if (c === 'P' || c === 'O') {
        const inner = this.type();
        return { text: `*${c === 'O' ? 'mut' : 'const'} ${inner.text}`, crate: inner.crate };
      }
      if (c === 'A') {
        const inner = this.type();
        this.constant();
        return { text: `[${inner.text}; _]`, crate: inner.crate };
      }
      if (c === 'S') {
        const inner = this.type();
        return { text: `[${inner.text}]`, crate: inner.crate };
      }
      if (c === 'T') {
        const items = [];
        while (!this.eat('E')) items.push(this.type());
        return { text: `(${items.map((t) => t.text).join(', ')})`, crate: items.find((t) => t.crate)?.crate ?? null };
      }
      if (c === 'F') {
        if (this.eat('G')) this.base62();
        this.eat('U');
        if (this.eat('K')) {
          if (!this.eat('C')) this.ident();
        }
        while (!this.eat('E')) this.type();
        this.type();
        return { text: 'fn(..)', crate: null };
      }
      if (c === 'D') {
        if (this.eat('G')) this.base62();
        const traits = [];
        while (!this.eat('E')) {
          traits.push(this.path());
          while (this.eat('p')) {
            this.ident();
            this.type();
          }
        }
        this.eat('L') && this.base62();
        return { text: `dyn ${traits.map((t) => t.text).join(' + ')}`, crate: traits[0]?.crate ?? null };
      }
      if (c === 'B') return this.backref(this.type);
      this.at--;
      return this.path();
    } finally {
      this.depth--;
    }
  }
}

/** Demangles a v0 symbol (`_R…`) roughly; returns { text, crate } or null. */
export function demangleV0(symbol) {
  let s = symbol;
  if (s.startsWith('__R')) s = s.slice(1);
  if (!s.startsWith('_R')) return null;
  const parser = new V0(s.slice(2));
  try {
    if (/^\d/.test(parser.peek())) parser.fail(); // an encoding version we do not know
    return parser.path();
  } catch {
    // Not fully understood: the crate root is still the first `C` path.
    const root = /C(?:s[0-9a-zA-Z]*_)?(\d+)_?/.exec(s.slice(2));
    if (!root) return null;
    const start = root.index + root[0].length;
    const crate = s.slice(2).slice(start, start + Number(root[1]));
    return { text: null, crate };
  }
}

// The crate at the start of a demangled path, or inside `<Type as Trait>`:
// the type's crate when the type is a path, else the trait's.
function crateOfPath(path) {
  const text = path.trim();
  if (text.startsWith('<')) {
    // The text between the first `<` and its ` as ` or closing `>` at depth 1.
    let depth = 0;
    let asAt = -1;
    let close = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '<') depth++;
      else if (c === '>') {
        depth--;
        if (depth === 0) {
          close = i;
          break;
        }
      } else if (depth === 1 && text.startsWith(' as ', i) && asAt < 0) asAt = i;
    }
    const self = text.slice(1, asAt >= 0 ? asAt : close >= 0 ? close : undefined);
    const trait = asAt >= 0 && close > asAt ? text.slice(asAt + 4, close) : '';
    return crateOfPath(self) ?? (trait ? crateOfPath(trait) : null);
  }
  const stripped = text.replace(/^(?:&|\*const |\*mut |mut |dyn |\[|\()+/, '').trim();
  if (stripped.startsWith('<')) return crateOfPath(stripped);
  const m = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(stripped);
  return m ? m[1] : null;
}

// Unmangled names that still have a known owner: the JavaScript imports and
// exports that wasm-bindgen generates, and the C-level helpers that
// compiler_builtins and the allocator provide.
function crateOfUnmangled(name) {
  if (/^__wbindgen|^__wbg_|^__externref|^__wbg/.test(name)) return 'wasm_bindgen';
  if (/^(memcpy|memmove|memset|memcmp|bcmp|__(u|)(div|mod|mul)[a-z]*[0-9]|__ashl|__lshr|__ashr|__[a-z]*tf[0-9]|__[a-z]+[sd]f[0-9])/.test(name)) return 'compiler_builtins';
  if (/^__rust_|^__rdl_|^__rg_|^rust_(begin_unwind|panic)/.test(name)) return 'std';
  return null;
}

/**
 * A readable name and the crate a function is counted under. Names may come
 * mangled (`_ZN…E`, `_R…`) or already demangled by the linker (wasm-ld does
 * so by default when it writes the name section, hash included).
 */
export function classify(name) {
  if (name == null) return { name: '(no name)', crate: '[unnamed]' };
  const legacy = demangleLegacy(name);
  if (legacy != null) return { name: legacy, crate: crateOf(legacy) };
  if (/^_?_R/.test(name)) {
    const v0 = demangleV0(name);
    if (v0?.text) return { name: v0.text, crate: crateOf(v0.text) };
    return { name: `${name} (v0-mangled)`, crate: v0?.crate ?? 'v0-mangled' };
  }
  // Already demangled: drop the trailing hash the same way.
  const readable = name.replace(/::h[0-9a-f]{16}$/, '');
  return { name: readable, crate: crateOf(readable) };
}

// wasm-bindgen's command line tool runs the descriptor functions (the
// exported `__wbindgen_describe_*` and every `WasmDescribe::describe`) in an
// interpreter to learn the types at the JavaScript boundary, then deletes
// them: they are in cargo's module but never in the shipped one, so they get
// a group of their own rather than inflating wasm_bindgen and js_sys.
const DESCRIPTORS = '[wasm-bindgen descriptors, removed before shipping]';
const PRIMITIVES = '[primitive types: core/alloc]';

function crateOf(readable) {
  if (/^__wbindgen_describe|wasm_bindgen::describe::/.test(readable)) return DESCRIPTORS;
  const crate = crateOfPath(readable) ?? crateOfUnmangled(readable);
  if (crate) return crate;
  // Inherent methods of str, slices, char and the integers (`<str>::trim`)
  // live in core, or in alloc for the ones that allocate.
  if (/^<(?:&|mut |\*const |\*mut )*(?:str|char|bool|[iuf](?:8|16|32|64|128|size)|\[.*\]|\(.*\))>/.test(readable)) return PRIMITIVES;
  return 'other';
}

// ---------------------------------------------------------------------------
// The report.

/** Sections, crates and functions with their byte counts, as plain data. */
export function breakdown(bytes) {
  const module = parseModule(bytes);
  const sections = new Map();
  for (const section of module.sections) {
    // The data section is one group, "[data]": string constants, tables and
    // the embedded index, none of it per-function.
    const key = section.name === 'data' ? '[data]' : section.name;
    sections.set(key, (sections.get(key) ?? 0) + section.size);
  }
  const functions = module.functions.map((f) => ({ ...f, ...classify(f.name), raw: f.name }));
  const crates = new Map();
  for (const f of functions) {
    const entry = crates.get(f.crate) ?? { crate: f.crate, size: 0, functions: 0 };
    entry.size += f.size;
    entry.functions += 1;
    crates.set(f.crate, entry);
  }
  const codeBytes = functions.reduce((sum, f) => sum + f.size, 0);
  // Percentages are of the code that ships, so the descriptors (removed by
  // wasm-bindgen) do not dilute every other crate's share.
  const shippedCodeBytes = codeBytes - (crates.get(DESCRIPTORS)?.size ?? 0);
  return {
    size: module.size,
    hasNames: module.hasNames,
    importedFunctions: module.importedFunctions,
    sections: [...sections].map(([name, size]) => ({ name, size })).sort((a, b) => b.size - a.size),
    codeBytes,
    shippedCodeBytes,
    crates: [...crates.values()].sort((a, b) => b.size - a.size),
    functions: functions.sort((a, b) => b.size - a.size),
  };
}

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const fmt = (n) => n.toLocaleString('en-US');
const pct = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;
// Keeps a name from breaking its table row.
const cell = (text, max = 110) => {
  const t = text.replace(/\|/g, '\\|').replace(/`/g, "'");
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function markdown(report, label, shipped) {
  const out = [];
  out.push(`### \`${label}\`: ${fmt(report.size)} B raw, ${fmt(report.gzip)} B gzip -9`);
  out.push('');
  if (!report.hasNames) {
    out.push('This module has no `name` section (wasm-opt strips it), so functions are counted as "[unnamed]". Run the script on the unstripped module that cargo writes, `target/wasm32-unknown-unknown/release/red-lines.wasm`.');
    out.push('');
  } else {
    out.push('This is the module cargo writes, before wasm-bindgen and wasm-opt: the shipped module is smaller (wasm-bindgen removes its descriptor functions and custom sections, wasm-opt strips the names and shrinks the code), so read the proportions, not the bytes.');
    out.push('');
  }
  if (shipped) {
    out.push(`Shipped for comparison: \`${shipped.label}\`, ${fmt(shipped.size)} B raw, ${fmt(shipped.gzip)} B gzip -9 (no names: wasm-opt strips them).`);
    out.push('');
  }
  out.push('| section | bytes | % of file |');
  out.push('| --- | ---: | ---: |');
  for (const s of report.sections) out.push(`| ${cell(s.name)} | ${fmt(s.size)} | ${pct(s.size, report.size)} |`);
  out.push(`| (header) | 8 | ${pct(8, report.size)} |`);
  out.push('');
  out.push(`Code: ${fmt(report.codeBytes)} B in ${fmt(report.functions.length)} functions (${fmt(report.importedFunctions)} imported functions come first in the index space and have no body). Without the wasm-bindgen descriptors, which never ship, ${fmt(report.shippedCodeBytes)} B: the percentages below are of that.`);
  out.push('');
  const share = (c) => (c.crate === DESCRIPTORS ? '(not shipped)' : pct(c.size, report.shippedCodeBytes));
  out.push('| crate | code bytes | % of code | functions |');
  out.push('| --- | ---: | ---: | ---: |');
  for (const c of report.crates.slice(0, 25)) {
    out.push(`| ${cell(c.crate)} | ${fmt(c.size)} | ${share(c)} | ${fmt(c.functions)} |`);
  }
  if (report.crates.length > 25) {
    const rest = report.crates.slice(25);
    const size = rest.reduce((sum, c) => sum + c.size, 0);
    out.push(`| (${rest.length} more) | ${fmt(size)} | ${pct(size, report.shippedCodeBytes)} | ${fmt(rest.reduce((sum, c) => sum + c.functions, 0))} |`);
  }
  out.push('');
  out.push('| function | crate | bytes | % of code |');
  out.push('| --- | --- | ---: | ---: |');
  for (const f of report.functions.slice(0, 30)) {
    out.push(`| \`${cell(f.name)}\` | ${cell(f.crate)} | ${fmt(f.size)} | ${share(f)} |`);
  }
  return out.join('\n');
}

function main(argv) {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length < 1 || files.length > 2) {
    console.error('usage: node scripts/wasm-breakdown.mjs MODULE.wasm [SHIPPED_bg.wasm] [--json]');
    process.exit(2);
  }
  const bytes = readFileSync(files[0]);
  const report = { file: basename(files[0]), gzip: gzipSize(bytes), ...breakdown(bytes) };
  let shipped = null;
  if (files[1]) {
    const shippedBytes = readFileSync(files[1]);
    shipped = { label: basename(files[1]), size: shippedBytes.length, gzip: gzipSize(shippedBytes) };
  }
  if (json) {
    const { functions, ...rest } = report;
    console.log(JSON.stringify({
      ...rest,
      functions: functions.map(({ index, name, raw, crate, size, bodySize }) => ({ index, name, raw, crate, size, bodySize })),
      shipped,
    }, null, 2));
  } else {
    console.log(markdown(report, report.file, shipped));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
