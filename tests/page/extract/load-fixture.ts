// Test helper: a fixture page as a linkedom Document (what the command line uses) or a happy-dom one
// (a browser-like DOM), so every behaviour is checked on both.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { loadDocument } from '../../../src/cli/load-document.ts';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/pages');
export const readFixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

export function linkedomDoc(html: string): Document {
  return loadDocument(html);
}

export function happyDoc(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export const DOMS: [string, (html: string) => Document][] = [
  ['linkedom', linkedomDoc],
  ['happy-dom', happyDoc],
];
