// The page's language as the reader found it, and what the popup says when no language pack reads
// speakers in it. The core reports `language: { code, supported }` on the analysis; a reading
// without it (an older core) says nothing.
import type { Localizer } from '../../../page/card/localizer.ts';

export interface PageLanguage {
  /** BCP 47 code ("nl", "pt-BR"), or "und" when unknown. */
  code: string;
  /** Whether a language pack reads speakers in it. */
  supported: boolean;
}

/** The languages whose pages get speakers (the core's packs). */
export const SPEAKER_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl'] as const;

export function pageLanguage(reading: object | null | undefined): PageLanguage | null {
  const l = (reading as { language?: Partial<PageLanguage> } | null | undefined)?.language;
  if (!l || typeof l !== 'object') return null;
  return { code: typeof l.code === 'string' ? l.code : 'und', supported: l.supported !== false };
}

/** The calm note for a page in a language without a pack; null when there is nothing to say. */
export function languageNote(language: PageLanguage | null | undefined, l: Localizer): string | null {
  if (!language || language.supported) return null;
  const languages = l.list(SPEAKER_LANGUAGES.map((c) => l.languageName(c) ?? c));
  const code = language.code.trim();
  const name = /^(?!und\b|zxx\b|mul\b)[a-z]{2,3}(?:-|$)/i.test(code) ? l.languageName(code) : null;
  return name ? l.t('languageNote', languages, name) : l.t('languageNoteUnknown', languages);
}
