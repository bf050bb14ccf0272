// Layer rules, checked rather than remembered: extension → page → core, never back; only the
// extension shell imports the browser polyfill; the core touches no DOM, clock or Node API.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2]!);
// The source without its comments and string literals (an import path "./issued-document.ts" or a
// comment about "the document" is not a use of the browser global).
function codeOnly(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '/' && src[i + 1] === '/') { while (i < src.length && src[i] !== '\n') i++; out += '\n'; continue; }
    if (ch === '/' && src[i + 1] === '*') { const e = src.indexOf('*/', i + 2); i = e < 0 ? src.length : e + 1; out += ' '; continue; }
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== ch && !(ch !== '`' && src[j] === '\n')) j += src[j] === '\\' ? 2 : 1;
      i = j; out += '""'; continue;
    }
    out += ch;
  }
  return out;
}
// A use of a browser global: `document.` / `window.` as a name of its own (not `doc.document.`, not `issuedDocument.`).
const BROWSER_GLOBAL = /(?<![\w$.])(document|window|globalThis\.document)\./;
const layerOf = (file: string, spec: string) => {
  if (!spec.startsWith('.')) return spec;
  const target = resolve(file, '..', spec);
  return relative(resolve(root, 'src'), target).split('/')[0]!;
};

describe('architecture', () => {
  test('core imports nothing from page, extension, cli, nor Node or browser APIs', () => {
    for (const f of files(resolve(root, 'src/core'))) {
      for (const spec of imports(f)) {
        const layer = layerOf(f, spec);
        expect(['page', 'extension', 'cli'], `${relative(root, f)} imports ${spec}`).not.toContain(layer);
        expect(spec, relative(root, f)).not.toMatch(/^node:|^webextension-polyfill|^linkedom|^preact/);
      }
      const src = readFileSync(f, 'utf8');
      expect(src, `${relative(root, f)} reads the clock`).not.toMatch(/Date\.now\(|new Date\(\s*\)|performance\.now\(/);
      expect(codeOnly(src), relative(root, f)).not.toMatch(BROWSER_GLOBAL);
    }
  });

  test('the browser-global check reads code, not comments or strings', () => {
    expect(codeOnly('const x = document.body;')).toMatch(BROWSER_GLOBAL);
    expect(codeOnly('if (window.top) {}')).toMatch(BROWSER_GLOBAL);
    expect(codeOnly('globalThis.document.title')).toMatch(BROWSER_GLOBAL);
    expect(codeOnly("import { a } from './issued-document.ts';")).not.toMatch(BROWSER_GLOBAL);
    expect(codeOnly('// the document. is issued\nconst y = 1; /* window. */')).not.toMatch(BROWSER_GLOBAL);
    expect(codeOnly('const s = "a document. b"; const t = issuedDocument.cueEnd;')).not.toMatch(BROWSER_GLOBAL);
  });

  test('page imports core only, never the extension shell or the polyfill', () => {
    for (const f of files(resolve(root, 'src/page'))) {
      for (const spec of imports(f)) {
        expect(['extension', 'cli'], `${relative(root, f)} imports ${spec}`).not.toContain(layerOf(f, spec));
        expect(spec).not.toBe('webextension-polyfill');
      }
    }
  });

  test('only the extension shell imports webextension-polyfill', () => {
    const users = [...files(resolve(root, 'src'))].filter((f) => imports(f).includes('webextension-polyfill'));
    expect(users.length).toBeGreaterThan(0);
    for (const f of users) expect(relative(root, f)).toMatch(/^src\/extension\//);
  });
});
