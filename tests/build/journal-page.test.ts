// The reading journal's page is at the root of every build, with its script, and the extension
// still asks for no new permission for it (IndexedDB needs none; no "unlimitedStorage").
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');
const built = existsSync(resolve(dist, 'chrome/manifest.json'));

describe.skipIf(!built)('journal.html in the builds', () => {
  test.each(['chrome', 'firefox', 'chrome-test', 'firefox-test'])('%s has journal.html at its root, with its script', (t) => {
    const html = readFileSync(resolve(dist, t, 'journal.html'), 'utf8');
    const src = html.match(/<script[^>]+src="([^"]+)"/)?.[1];
    expect(src).toBeTruthy();
    expect(existsSync(resolve(dist, t, src!.replace(/^\//, '')))).toBe(true);
    const m = JSON.parse(readFileSync(resolve(dist, t, 'manifest.json'), 'utf8'));
    expect(m.permissions).not.toContain('unlimitedStorage');
    expect(JSON.stringify(m)).not.toMatch(/sync/);
  });
});
