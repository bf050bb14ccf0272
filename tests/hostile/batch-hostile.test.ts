// The batch interface (node bin/sourcelight.mjs batch, ../shared/eval/CONTRACT.md) under hostile
// requests: every line answered, in order, each within seconds, the process alive to the end.
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bigPage, prose } from './documents.ts';
import { checkSpan } from './invariants.ts';

const BIN = fileURLToPath(new URL('../../bin/sourcelight.mjs', import.meta.url));
const nested = (n: number) => '<div>'.repeat(n) + `<p>${prose(0)}</p>` + '</div>'.repeat(n);

const REQUESTS: { id: string; line: string; limitMs: number }[] = [
  ['1mb-paragraph', { task: 'analyze', text: (prose(0) + ' ' + prose(1) + ' ').repeat(6500).slice(0, 1_000_000), published: '2021-03-01' }, 5000],
  ['200k-word', { task: 'analyze', text: 'z'.repeat(200_000), published: null }, 3000],
  ['quotes', { task: 'analyze', text: '“'.repeat(10_000) + '"'.repeat(10_000), published: null }, 3000],
  ['said', { task: 'analyze', text: 'said '.repeat(50_000), published: 'not a date' }, 3000],
  ['emoji-rtl', { task: 'analyze', text: '😀 قال الرئيس «نعم». \u202E Maria\u00ADKeller said "x". '.repeat(2000), published: '2021-02-30' }, 3000],
  ['nested-html', { task: 'extract', html: nested(10_000), url: 'https://example.org/a' }, 5000],
  ['5mb-page', { task: 'read', html: bigPage(5_000_000), url: 'https://example.org/a' }, 15000],
  ['frameset', { task: 'read', html: '<html><frameset><frame src="x"></frameset></html>', url: 'https://example.org/a' }, 3000],
  ['broken', { task: 'read', html: '<p <p><div></p></div>' + '<b>'.repeat(5000) + prose(2), url: 'not a url' }, 3000],
  ['no-task', { text: 'hello' }, 3000],
  ['bad-types', { task: 'analyze', text: 12345, published: {} }, 3000],
].map(([id, req, limitMs]) => ({ id: id as string, line: JSON.stringify({ id, ...(req as object) }), limitMs: limitMs as number }))
  .concat([
    { id: 'not-json', line: '{"id": "not-json", "task": "analyze", "text": "unterminated', limitMs: 3000 },
    { id: 'array', line: '[1,2,3]', limitMs: 3000 },
    { id: 'last', line: JSON.stringify({ id: 'last', task: 'analyze', text: prose(0), published: '2021-03-01' }), limitMs: 3000 },
  ]);

/** One `sourcelight batch` process: write a line, wait for the next answer line. */
function startBatch() {
  const child = spawn(process.execPath, [BIN, 'batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let buf = '';
  const answers: { at: number; json: Record<string, unknown> | null; raw: string }[] = [];
  let wake: (() => void) | null = null;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const raw = buf.slice(0, i);
      buf = buf.slice(i + 1);
      let json = null;
      try { json = JSON.parse(raw); } catch { /* kept raw */ }
      answers.push({ at: performance.now(), json, raw: raw.slice(0, 200) });
      wake?.();
    }
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const waitFor = (n: number, ms: number) => new Promise<boolean>((res) => {
    const t = setTimeout(() => { wake = null; res(false); }, ms);
    const check = () => { if (answers.length >= n) { clearTimeout(t); wake = null; res(true); } };
    wake = check;
    check();
  });
  return { child, answers, waitFor, stderr: () => stderr, stop: () => { child.stdin.end(); child.kill(); } };
}

describe('batch interface under hostile requests', () => {
  it('answers every request, in order, each within seconds', async () => {
    const problems: string[] = [];
    let b = startBatch();
    let base = 0; // answers are counted per process
    let fresh = true; // the first answer of a process also pays for starting node + tsx
    try {
      for (const r of REQUESTS) {
        const t0 = performance.now();
        b.child.stdin.write(r.line + '\n');
        const ok = await b.waitFor(base + 1, r.limitMs + (fresh ? 20000 : 0));
        if (!ok) {
          // record, then go on with a new process so the other requests are still measured
          problems.push(`${r.id}: no answer within ${r.limitMs} ms`);
          b.stop();
          b = startBatch(); base = 0; fresh = true;
          continue;
        }
        const a = b.answers[base++]!;
        const took = a.at - t0;
        if (!fresh && took > r.limitMs) problems.push(`${r.id}: answered in ${Math.round(took)} ms (limit ${r.limitMs})`);
        fresh = false;
        if (!a.json) { problems.push(`${r.id}: answer is not JSON: ${a.raw}`); continue; }
        const expectId = r.id === 'array' || r.id === 'not-json' ? null : r.id; // unreadable lines cannot echo an id
        if (a.json.id !== expectId) problems.push(`${r.id}: answer has id ${JSON.stringify(a.json.id)}`);
        // when it is an analysis, its spans are in bounds of the text sent
        const req = r.id === 'not-json' ? {} : JSON.parse(r.line);
        try {
          if (Array.isArray(a.json.attributions) && typeof req.text === 'string')
            for (const at of a.json.attributions as { content: unknown }[]) for (const c of [at.content].flat() as { start: number; end: number }[]) checkSpan(req.text, c, `${r.id} content`);
        } catch (err) { problems.push(String(err)); }
      }
      expect(problems.join('\n') + (problems.length ? `\nstderr: ${b.stderr().slice(-300)}` : '')).toBe('');
      expect(b.answers.at(-1)?.json?.id).toBe('last');
    } finally {
      b.stop();
    }
  }, 150_000);
});
