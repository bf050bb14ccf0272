// Payload sizes of a built extension (minified by the build; gzip level 9 measured here):
// what is injected into a page (the content script), the popup and the background, each with the
// chunks it loads statically; dynamic import() chunks are counted apart ("on demand").
// CLI: node bench/payload-sizes.mjs [dist/chrome]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT_RE = /(?:\bfrom|\bimport)\s*(\(?)\s*["'`]([^"'`\s]+\.m?js)["'`]/g;

function closure(dist, entries) {
  const seen = new Set(), lazy = new Set();
  const visit = (rel, dynamic) => {
    const file = path.normalize(rel.replace(/^\//, ''));
    if (dynamic) { if (!seen.has(file)) lazy.add(file); return; }
    if (seen.has(file) || !existsSync(path.join(dist, file))) return;
    seen.add(file); lazy.delete(file);
    const src = readFileSync(path.join(dist, file), 'utf8');
    if (!file.endsWith('.js')) return;
    for (const m of src.matchAll(IMPORT_RE)) visit(path.join(path.dirname(file), m[2]), m[1] === '(');
  };
  for (const e of entries) visit(e, false);
  return { files: [...seen], lazy: [...lazy].filter((f) => !seen.has(f)) };
}

function size(dist, files) {
  let raw = 0, gz = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(dist, f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { files, bytes: raw, gzip_bytes: gz };
}

function htmlAssets(dist, htmlFile) {
  const html = readFileSync(path.join(dist, htmlFile), 'utf8');
  const out = [];
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) if (!/^https?:/.test(m[1])) out.push(m[1]);
  return out;
}

export function payloadSizes(dist) {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  // The content script is injected by the background (scripting API): the build emits it as one IIFE
  // file under src/extension/content/ (its name follows the source file); plus any manifest content_scripts.
  const csDir = path.join(dist, 'src/extension/content');
  const contentEntries = [
    ...(existsSync(csDir) ? readdirSync(csDir).filter((f) => f.endsWith('.js')).map((f) => `src/extension/content/${f}`) : []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
  ].filter((f) => existsSync(path.join(dist, f)));
  const content = closure(dist, contentEntries);
  const popupHtml = manifest.action?.default_popup;
  const popup = popupHtml ? closure(dist, [popupHtml, ...htmlAssets(dist, popupHtml)]) : { files: [], lazy: [] };
  const bgEntry = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const background = bgEntry ? closure(dist, [bgEntry]) : { files: [], lazy: [] };
  return {
    dist,
    content: { ...size(dist, content.files), on_demand: size(dist, content.lazy) },
    popup: { ...size(dist, popup.files), on_demand: size(dist, popup.lazy) },
    background: { ...size(dist, background.files), on_demand: size(dist, background.lazy) },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? 'dist/chrome');
  console.log(JSON.stringify(payloadSizes(dist), null, 2));
}
