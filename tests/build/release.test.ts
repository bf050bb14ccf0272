// Releases: one version everywhere, a changelog entry for it, and a source package that rebuilds
// the store zips byte for byte (what Firefox's reviewers do).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error a plain .mjs module of the build scripts
import { changelogEntry } from '../../scripts/release-files.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
const version: string = JSON.parse(read('package.json')).version;

describe('changelog entries', () => {
  const log = '# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-24\n\n- Journal.\n\n## 0.1.0\n\n- First.\n';
  test('finds a version with its date and notes, and not another version', () => {
    expect(changelogEntry(log, '0.2.0')).toEqual({ date: '2026-12-24', body: '- Journal.' });
    expect(changelogEntry(log, '0.1.0')).toEqual({ date: null, body: '- First.' });
    expect(changelogEntry(log, '0.3.0')).toBeNull();
    expect(changelogEntry(log, '0.2')).toBeNull(); // no prefix match: "0.2" is not "0.2.0"
    expect(changelogEntry('## [1.0.0] - 2026-01-01\n', '1.0.0')).toEqual({ date: '2026-01-01', body: '' });
  });

  test("this repository: CHANGELOG.md has a dated entry for package.json's version", () => {
    const entry = changelogEntry(read('CHANGELOG.md'), version);
    expect(entry, `CHANGELOG.md has no entry for ${version}`).not.toBeNull();
    expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry.body.length).toBeGreaterThan(0);
  });

  test('the version lives in package.json only', () => {
    expect(JSON.parse(read('manifest.json')).version).toBeUndefined();
    for (const t of ['chrome', 'firefox', 'chrome-test', 'firefox-test']) {
      const p = resolve(root, 'dist', t, 'manifest.json');
      if (existsSync(p)) expect(JSON.parse(readFileSync(p, 'utf8')).version, t).toBe(version);
    }
  });
});

// Needs the git checkout (the source package is what git tracks), a build, and the npm registry.
const canRebuild = existsSync(resolve(root, '.git')) && existsSync(resolve(root, `dist/sourcelight-firefox-${version}.zip`));
if (!canRebuild) console.warn('no git checkout or no build: the source-package rebuild check is skipped');
describe.skipIf(!canRebuild)('source package', () => {
  test('rebuilds both store zips byte for byte in an empty folder (npm ci, npm run build)', { timeout: 900_000 }, () => {
    const r = spawnSync(process.execPath, ['scripts/check-source-rebuild.mjs'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout, r.stderr).toMatch(/^METRIC source_rebuild_identical 1$/m);
    expect(r.stdout).toMatch(/sourcelight-firefox-[\d.]+\.zip: identical/);
  });
});
