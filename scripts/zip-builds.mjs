// Store-ready zips of the two store builds (never of the test builds): dist/sourcelight-<browser>-<version>.zip
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
for (const target of ['chrome', 'firefox']) {
  const dir = resolve('dist', target);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is not built`);
  const zip = resolve('dist', `sourcelight-${target}-${version}.zip`);
  rmSync(zip, { force: true });
  execFileSync('zip', ['-qr', '-X', zip, '.'], { cwd: dir });
  console.log(`wrote ${zip}`);
}
