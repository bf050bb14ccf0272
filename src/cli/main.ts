// `sourcelight read [page.html] [--json]` and `sourcelight batch` (JSON lines, see CONTRACT.md).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { answer, runRead } from './tasks.ts';
import { formatReading } from './format-reading.ts';

const EXAMPLE = fileURLToPath(new URL('../../examples/harbour-summit.html', import.meta.url));

const USAGE = `usage:
  sourcelight read [page.html] [--json]   read a saved news page (default: the bundled example)
  sourcelight batch [--rules]             JSON-lines requests on stdin, answers on stdout
                                          (--rules: each attribution names the rule that read it)
`;

async function batch(rules: boolean): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let id: unknown = null;
    let out: string;
    try {
      const req = JSON.parse(line);
      id = req?.id ?? null;
      out = JSON.stringify({ id, ...answer(req, { rules }) });
    } catch (err) {
      out = JSON.stringify({ id, error: err instanceof Error ? err.message : String(err) });
    }
    // Respect back-pressure so a long batch never holds every answer in memory.
    if (!process.stdout.write(out + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
}

function read(args: string[]): number {
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  const file = files[0] ?? EXAMPLE;
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    process.stderr.write(`sourcelight: cannot read ${file} (${code})\n`);
    return 2;
  }
  const reading = runRead(html, files[1]);
  process.stdout.write(json ? JSON.stringify(reading, null, 2) + '\n' : formatReading(reading));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'batch') { await batch(rest.includes('--rules')); return 0; }
  if (cmd === 'read' || cmd === undefined) return read(rest);
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') { process.stdout.write(USAGE); return 0; }
  process.stderr.write(`sourcelight: unknown command ${cmd}\n${USAGE}`);
  return 2;
}
