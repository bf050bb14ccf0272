// Store-ready zips of the two store builds (never of the test builds): dist/sourcelight-<browser>-<version>.zip,
// byte-for-byte reproducible (scripts/release-files.mjs).
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { filesUnder, packageJson, writeZip } from './release-files.mjs';

const { version } = packageJson();
for (const target of ['chrome', 'firefox']) {
  const dir = resolve('dist', target);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is not built`);
  const zip = resolve('dist', `sourcelight-${target}-${version}.zip`);
  rmSync(zip, { force: true });
  writeZip(dir, filesUnder(dir), zip);
  console.log(`wrote ${zip}`);
}
