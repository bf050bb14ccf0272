#!/usr/bin/env node
// Does the source package rebuild the store zips byte for byte, as a reviewer would do it on a
// fresh machine? Packs the sources (npm run package:source), unpacks them into an empty folder,
// runs the reviewer's commands there (npm ci, npm run build), and compares each store zip with
// the one built here (run `npm run build` here first). Prints, per zip, identical or the entries
// that differ, and `METRIC source_rebuild_identical <0|1>`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packageJson } from './release-files.mjs';

const { version } = packageJson();
const zips = ['firefox', 'chrome'].map((b) => `sourcelight-${b}-${version}.zip`);
for (const z of zips) if (!existsSync(resolve('dist', z))) throw new Error(`dist/${z} missing: run npm run build first`);

const t0 = Date.now();
execFileSync(process.execPath, ['scripts/package-source.mjs'], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'sl-rebuild-'));
// A reviewer's shell: none of a test runner's variables (NODE_ENV=test makes Vite bundle Preact's
// development build, so the zip differs).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, CI: 'true' } });
try {
  run('unzip', ['-q', resolve('dist', `sourcelight-source-${version}.zip`)]);
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']); // the cache only saves downloads: same lock file, same packages
  run('npm', ['run', 'build', '--silent']);
  const sha = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');
  let same = true;
  for (const z of zips) {
    const [a, b] = [resolve('dist', z), join(dir, 'dist', z)];
    if (sha(a) === sha(b)) {
      console.log(`${z}: identical (sha256 ${sha(a).slice(0, 16)}…, ${readFileSync(a).length} bytes)`);
      continue;
    }
    same = false;
    const list = (p) => execFileSync('unzip', ['-Z', '-v', p], { encoding: 'utf8', maxBuffer: 1 << 26 });
    console.log(`${z}: DIFFERENT\n--- here\n${execFileSync('unzip', ['-Z1', a], { encoding: 'utf8' })}--- rebuilt\n${execFileSync('unzip', ['-Z1', b], { encoding: 'utf8' })}`);
    void list;
  }
  console.log(`rebuilt in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`METRIC source_rebuild_identical ${same ? 1 : 0}`);
  process.exitCode = same ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
