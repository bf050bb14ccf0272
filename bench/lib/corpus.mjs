// The measured material: extraction corpus pages, PolNeAR dev texts and the seed pages (all read-only
// in ../shared; never copied into the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = path.resolve(ROOT, '../shared');
export const hasShared = existsSync(path.join(SHARED, 'eval/CONTRACT.md'));

/** [{ name, html }] for every ../shared/corpora/extraction/html/*.html.gz, sorted by name. */
export function extractionPages() {
  const dir = path.join(SHARED, 'corpora/extraction/html');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => ({
    name: f.replace(/\.html\.gz$/, ''),
    html: gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'),
  }));
}

/** [{ name, text }] for PolNeAR dev (../shared/corpora/attribution/dev/text/*.txt), sorted by name. */
export function polnearDev() {
  const dir = path.join(SHARED, 'corpora/attribution/dev/text');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
    name: f, text: readFileSync(path.join(dir, f), 'utf8'),
  }));
}

/** [{ name, html }] for the seed pages (with and without metadata). */
export function seedPages() {
  const dir = path.join(SHARED, 'seed');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => ({
    name: `seed/${f.replace(/\.html$/, '')}`, html: readFileSync(path.join(dir, f), 'utf8'),
  }));
}
