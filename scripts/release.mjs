#!/usr/bin/env node
// `npm run release`: everything a store submission needs, after the checks that stop a bad one.
//   1. one version: package.json's; manifest.json has none of its own; CHANGELOG.md has an entry
//      for it, with a date and notes;
//   2. npm run build (store zips of both builds);
//   3. npm run package:source, and the rebuild check (the source package rebuilds both zips
//      byte for byte in an empty folder).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { changelogEntry, packageJson } from './release-files.mjs';

const fail = (msg) => {
  console.error(`release: ${msg}`);
  process.exit(1);
};
const { version } = packageJson();
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json's version "${version}" is not x.y.z (the stores want numbers only)`);
if ('version' in JSON.parse(readFileSync('manifest.json', 'utf8'))) fail('manifest.json has a version of its own: the version lives in package.json only');
const entry = changelogEntry(readFileSync('CHANGELOG.md', 'utf8'), version);
if (!entry) fail(`CHANGELOG.md has no entry "## [${version}] - YYYY-MM-DD"`);
if (!entry.date) fail(`CHANGELOG.md's entry for ${version} has no date`);
if (!entry.body) fail(`CHANGELOG.md's entry for ${version} says nothing`);
console.log(`release ${version} (${entry.date})`);

const npm = (...args) => execFileSync('npm', args, { stdio: 'inherit' });
npm('run', 'build', '--silent');
for (const b of ['chrome', 'firefox']) {
  const m = JSON.parse(readFileSync(`dist/${b}/manifest.json`, 'utf8'));
  if (m.version !== version) fail(`dist/${b}/manifest.json says ${m.version}, package.json ${version}`);
}
npm('run', 'check:rebuild', '--silent'); // packs the sources too
console.log(`release ${version}: dist/sourcelight-{chrome,firefox,source}-${version}.zip`);
