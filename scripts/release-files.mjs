// What the store packages hold and how they are written, shared by the build's zip step, the
// source package and the release check. Zips are reproducible: entries sorted, every file's time
// set to one fixed instant, written in UTC without extra attributes, so the same sources give the
// same bytes on any machine (Firefox reviewers rebuild the zip from the source package).
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** 2000-01-01T00:00:00Z: every file in a package gets this time (zip stores 2-second DOS times). */
export const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

export const packageJson = () => JSON.parse(readFileSync('package.json', 'utf8'));

/** Every file under dir, relative, sorted by byte order. */
export function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1));
}

/** Write `zip` from the given files of `dir` (relative paths), reproducibly. */
export function writeZip(dir, files, zip) {
  for (const f of files) {
    chmodSync(join(dir, f), 0o644); // not the umask of the machine that built it
    utimesSync(join(dir, f), FIXED_TIME, FIXED_TIME);
  }
  execFileSync('zip', ['-q', '-X', '-D', resolve(zip), '-@'], { cwd: dir, input: files.join('\n') + '\n', env: { ...process.env, TZ: 'UTC' } });
}

/**
 * The release notes' entry for a version: `## [0.2.0] - 2026-12-07` or `## 0.2.0`. Null when there
 * is none, which stops a release.
 */
export function changelogEntry(changelog, version) {
  const esc = version.replace(/\./g, '\\.');
  const m = changelog.match(new RegExp(`^## \\[?${esc}\\]?(?:\\s+-\\s+(\\d{4}-\\d{2}-\\d{2}))?\\s*$([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm'));
  if (!m) return null;
  return { date: m[1] ?? null, body: m[2].trim() };
}
