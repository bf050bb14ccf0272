#!/usr/bin/env node
// `npm run package:source`: the source package that Firefox Add-ons reviewers rebuild the Firefox
// zip from (store/firefox-reviewer-notes.md says how). It holds every file git tracks at this
// commit, nothing generated (no node_modules, no dist), written reproducibly like the store zips.
// Writes dist/sourcelight-source-<version>.zip and prints its path.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { packageJson, writeZip } from './release-files.mjs';

const { version } = packageJson();
let files;
try {
  files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
} catch {
  console.error('package:source needs the git checkout (it packs the files git tracks)');
  process.exit(1);
}
files.sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1));
// Copy first: the zip step sets times and modes, which must not touch the work tree.
const stage = mkdtempSync(join(tmpdir(), 'sl-source-'));
for (const f of files) {
  mkdirSync(dirname(join(stage, f)), { recursive: true });
  cpSync(f, join(stage, f));
}
mkdirSync('dist', { recursive: true });
const zip = resolve('dist', `sourcelight-source-${version}.zip`);
rmSync(zip, { force: true });
writeZip(stage, files, zip);
rmSync(stage, { recursive: true, force: true });
console.log(`wrote ${zip} (${files.length} files)`);
