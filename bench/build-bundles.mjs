// Builds the bench bundles with esbuild (installed with tsx): an IIFE for Chromium pages
// (extractArticle + Readability) and an ESM module for Node (analyze + extractArticle).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT = path.join(ROOT, '.tmp/bench');

export async function buildBundles() {
  mkdirSync(OUT, { recursive: true });
  const common = { bundle: true, minify: true, target: 'es2022', logLevel: 'error', absWorkingDir: ROOT };
  await build({
    ...common, entryPoints: [path.join(ROOT, 'bench/page-entry.ts')], format: 'iife', globalName: '__slBench',
    platform: 'browser', outfile: path.join(OUT, 'page-bundle.js'),
  });
  await build({
    ...common, entryPoints: [path.join(ROOT, 'bench/node-entry.ts')], format: 'esm', platform: 'node',
    outfile: path.join(OUT, 'node-bundle.mjs'),
  });
  return { page: path.join(OUT, 'page-bundle.js'), node: path.join(OUT, 'node-bundle.mjs') };
}
