#!/usr/bin/env node
// How the candidate language detectors do on our own invented news sentences
// (tests/locales/detect/sentences.json, 8 per language, 10 languages): one sentence, three
// sentences, time per paragraph, and size of an esbuild bundle (minified, gzip). eld and tinyld are
// not dependencies: install them elsewhere and point --modules at that node_modules.
//   npm install --prefix /tmp/ld eld@2.1.0 tinyld@1.3.4 franc-min@6.2.0
//   node scripts/compare-detectors.mjs --modules /tmp/ld/node_modules
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const mods = path.resolve(args.includes('--modules') ? args[args.indexOf('--modules') + 1] : path.join(root, 'node_modules'));
const S = JSON.parse(readFileSync(path.join(root, 'tests/locales/detect/sentences.json'), 'utf8'));
const iso3 = { eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'por', pol: 'pl', nld: 'nl', ces: 'cs', rus: 'ru' };
iso3.por = 'pt';
const load = async (name) => import(pathToFileURL(path.join(mods, name)).href);
const entry = (name) => {
  const pkg = JSON.parse(readFileSync(path.join(mods, name.split('/')[0], 'package.json'), 'utf8'));
  const sub = name.includes('/') ? `./${name.split('/').slice(1).join('/')}` : '.';
  const exp = pkg.exports?.[sub];
  const file = typeof exp === 'string' ? exp : exp?.import ?? exp?.default ?? pkg.module ?? pkg.main;
  return path.join(mods, name.split('/')[0], file);
};
const candidates = {
  'franc-min': { file: entry('franc-min'), make: (m) => (s) => iso3[m.franc(s, { minLength: 3 })] ?? m.franc(s), code: "import {franc} from 'X'; console.log(franc('x'))" },
  tinyld: { file: entry('tinyld'), make: (m) => (s) => m.detect(s), code: "import {detect} from 'X'; console.log(detect('x'))" },
  'tinyld/light': { file: entry('tinyld/light'), make: (m) => (s) => m.detect(s), code: "import {detect} from 'X'; console.log(detect('x'))" },
  'eld/small': { file: entry('eld/small'), make: (m) => (s) => m.eld.detect(s).language, code: "import {eld} from 'X'; console.log(eld.detect('x'))" },
};
console.log('| detector | one sentence | three sentences | ms per paragraph | bundle, min + gzip |');
console.log('|---|---|---|---|---|');
for (const [name, c] of Object.entries(candidates)) {
  let f;
  try {
    f = c.make(await load(path.relative(mods, c.file)));
  } catch (err) {
    console.log(`| ${name} | not installed in ${mods} | | | |`);
    continue;
  }
  let ok1 = 0, n1 = 0, ok3 = 0, n3 = 0;
  for (const [lang, ss] of Object.entries(S)) {
    for (const s of ss) { n1++; if (f(s) === lang) ok1++; }
    for (let k = 0; k + 3 <= ss.length; k += 3) { n3++; if (f(ss.slice(k, k + 3).join(' ')) === lang) ok3++; }
  }
  const t0 = performance.now();
  for (let r = 0; r < 20; r++) for (const ss of Object.values(S)) f(ss.slice(0, 3).join(' '));
  const ms = (performance.now() - t0) / (20 * Object.keys(S).length);
  const out = await build({ stdin: { contents: c.code.replace("'X'", JSON.stringify(c.file)), resolveDir: root, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error' });
  const bytes = out.outputFiles[0].contents;
  console.log(`| ${name} | ${ok1}/${n1} | ${ok3}/${n3} | ${ms.toFixed(2)} | ${Math.round(bytes.length / 1024)} KB, ${Math.round(gzipSync(bytes, { level: 9 }).length / 1024)} KB gzip |`);
}
