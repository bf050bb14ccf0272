// The language an article is read in: the page's declared lang when it has one, else the text's.
import type { LanguageInfo } from './pack.ts';
import { detectLanguage } from './detect.ts';
import { hasPack, languageOf } from './registry.ts';

export function resolveLanguage(text: string, declared: string | null | undefined): LanguageInfo {
  const page = languageOf(declared);
  if (page && page !== 'und' && page !== 'mul' && page !== 'zxx') return { code: page, supported: hasPack(page), from: 'page' };
  const found = detectLanguage(text);
  if (found) return { code: found, supported: hasPack(found), from: 'text' };
  // too short to tell: read as English, the default reader (as before languages were told apart)
  return { code: 'en', supported: true, from: 'default' };
}
