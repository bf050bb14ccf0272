// Which pack reads a language. Codes are BCP 47 tags cut to their language ("pt-BR" → "pt").
// A pack is built the first time its language is met (its word sets and tables), never before.
import type { LanguagePack } from './pack.ts';
import { buildGerman } from '../locales/de/index.ts';
import { buildFrench } from '../locales/fr/index.ts';
import { buildSpanish } from '../locales/es/index.ts';
import { buildItalian } from '../locales/it/index.ts';
import { buildPortuguese } from '../locales/pt/index.ts';
import { buildPolish } from '../locales/pl/index.ts';

/** The language part of a BCP 47 tag, lower-cased ("en-US" → "en"), or null when it is none. */
export function languageOf(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

const BUILDERS: Record<string, () => LanguagePack> = {
  de: buildGerman, fr: buildFrench, es: buildSpanish, it: buildItalian, pt: buildPortuguese, pl: buildPolish,
};
const built = new Map<string, LanguagePack>();

/** The languages with a pack. English is the deepest reader (src/core/attribution); the others use the shared reader. */
export const PACKED: readonly string[] = ['en', ...Object.keys(BUILDERS)];

export function hasPack(code: string | null): boolean {
  return code !== null && PACKED.includes(code);
}

/** The pack of a language other than English, built on first use; null when it has none. */
export function pick(code: string): LanguagePack | null {
  const ready = built.get(code);
  if (ready) return ready;
  const build = BUILDERS[code];
  if (!build) return null;
  const pack = build();
  built.set(code, pack);
  return pack;
}
