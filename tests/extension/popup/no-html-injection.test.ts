// Page text reaches the popup only as JSX text: no popup source sets HTML.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { useTestLocale } from '../test-localizer.ts';

useTestLocale('en');

const dir = resolve(import.meta.dirname, '../../../src/extension/popup');
const files = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));

test('no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML or document.write in the popup', () => {
  const sources = files(dir).filter((f) => /\.(ts|tsx)$/.test(f));
  expect(sources.length).toBeGreaterThan(10);
  for (const f of sources) expect(readFileSync(f, 'utf8'), f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/);
});
