// Just enough HTML tag handling for the build scripts (postbuild.mjs,
// single-file.mjs), which edit the index.html that trunk writes: minified
// by minify-html, so attribute values may be quoted or not and attribute
// order is not fixed. Not a general HTML parser: it knows start tags, the
// raw text of <script> and <style> elements, and nothing else.
import { createHash } from 'node:crypto';

const ATTR = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Attributes of a start tag's inner text, as a Map of lower-case name → value ('' when bare). */
export function parseAttrs(text) {
  const attrs = new Map();
  for (const m of text.matchAll(ATTR)) {
    attrs.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function decodeEntities(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** An attribute value, escaped for a double-quoted attribute. */
export function escapeAttr(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Writes a start tag from a name and a Map (or object) of attributes. */
export function startTag(name, attrs) {
  const entries = attrs instanceof Map ? [...attrs] : Object.entries(attrs);
  const parts = entries.map(([key, value]) => (value === '' ? key : `${key}="${escapeAttr(value)}"`));
  return `<${name}${parts.length ? ' ' + parts.join(' ') : ''}>`;
}

/**
 * Every element `name` in `html`: { start, end, attrs, tag, text }, where
 * html.slice(start, end) is the whole element (start tag, and for script and
 * style the raw text and end tag), `tag` the start tag and `text` the raw text.
 */
export function findElements(html, name) {
  const results = [];
  const open = new RegExp(`<${name}(?=[\\s>/])([^>]*)>`, 'gi');
  const raw = name === 'script' || name === 'style';
  for (const m of html.matchAll(open)) {
    const start = m.index;
    let end = start + m[0].length;
    let text = '';
    if (raw) {
      const close = html.toLowerCase().indexOf(`</${name}`, end);
      if (close < 0) throw new Error(`<${name}> at offset ${start} is not closed`);
      text = html.slice(end, close);
      end = html.indexOf('>', close) + 1;
    }
    results.push({ start, end, attrs: parseAttrs(m[1]), tag: m[0], text });
  }
  return results;
}

/** Applies [{start, end, replacement}] edits (non-overlapping) to `html`. */
export function applyEdits(html, edits) {
  let out = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  }
  return out;
}

/** Is this <script> element's text run as JavaScript (classic or module)? */
export function isExecutableScript(element) {
  if (element.attrs.has('src')) return false;
  const type = (element.attrs.get('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** A CSP hash source ('sha256-…') for an inline script's or style's text. */
export function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** An SRI integrity value (sha384) for file contents. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Parses a CSP into an ordered Map of directive → list of sources. */
export function parseCsp(policy) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Writes a CSP Map back to a string. */
export function formatCsp(directives) {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The <meta http-equiv="Content-Security-Policy"> element of `html`, or undefined. */
export function findCspMeta(html) {
  return findElements(html, 'meta').find(
    (meta) => (meta.attrs.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy',
  );
}
