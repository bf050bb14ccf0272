// The command line: `read` on the bundled example and on a file, errors, and `batch` in order.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/sourcelight.mjs');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60000 });

describe('sourcelight command line', () => {
  test('read with no argument reads the bundled example', () => {
    const r = cli(['read']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Published: \d{4}-\d{2}-\d{2}/);
    expect(r.stdout).toMatch(/Leaders/);
    expect(r.stdout).toMatch(/Sources/);
    expect(r.stdout).toMatch(/Timeline/);
  });

  test('read --json gives the reading as JSON', () => {
    const r = cli(['read', '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(typeof j.title).toBe('string');
    expect(Array.isArray(j.attributions)).toBe(true);
    expect(j.text.length).toBeGreaterThan(200);
  });

  test('a missing file is a one-line error with exit code 2', () => {
    const r = cli(['read', '/nonexistent/page.html']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  test('a page without an article says so calmly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-'));
    const f = join(dir, 'empty.html');
    writeFileSync(f, '<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    const r = cli(['read', f]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/No article found/);
  });

  test('batch answers every request kind in order, and a failing line with error', () => {
    const lines = [
      { id: 'a', task: 'extract', html: '<html><head><title>T</title></head><body><article><p>One paragraph of text that is long enough to count as an article body here.</p></article></body></html>', url: 'https://example.org/x' },
      'not json',
      { id: 'b', task: 'analyze', text: '"We will win," she said.', published: '2020-01-01' },
      { id: 'c', task: 'read', html: '<p>x</p>' },
      { id: 'd', task: 'nonsense' },
    ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
    const r = cli(['batch'], lines.join('\n') + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd']);
    expect(out[0]).toMatchObject({ title: expect.any(String), text: expect.any(String) });
    expect(out[0]).toHaveProperty('published');
    expect(out[0]).toHaveProperty('byline');
    expect(out[1].error).toBeTruthy();
    for (const k of ['attributions', 'entities', 'timexes', 'timeline']) {
      expect(Array.isArray(out[2][k])).toBe(true);
      expect(Array.isArray(out[3][k])).toBe(true);
    }
    expect(out[3]).toHaveProperty('text');
    expect(out[4].error).toMatch(/unknown task/);
  });
});
