// The header line: title, outlet, publication date (or "date unknown" and what that means for
// relative dates), reading time.
import type { Reading } from '../../shared/messages.ts';
import { t } from '../i18n.ts';
import { formatIsoDate, parseIsoDate } from './format-date.ts';
import { countWords, readingMinutes } from '../../../core/text/reading-length.ts';

export interface HeaderInfo {
  title: string;
  outlet: string | null;
  byline: string | null;
  /** "19 March 2023" (in the UI locale), or null when the page states no date. */
  published: string | null;
  /** A short explanation of how relative dates ("on Monday") are shown. */
  dateNote: string;
  words: number;
  minutes: number;
}

export { countWords, WORDS_PER_MINUTE } from '../../../core/text/reading-length.ts';

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function headerInfo(r: Pick<Reading, 'title' | 'siteName' | 'url' | 'byline' | 'published' | 'text'>): HeaderInfo {
  const words = countWords(r.text ?? '');
  const published = parseIsoDate(r.published) ? formatIsoDate(r.published, 'day') : null;
  return {
    title: (r.title ?? '').trim() || t('untitled'),
    outlet: r.siteName?.trim() || hostOf(r.url ?? ''),
    byline: r.byline?.trim() || null,
    published,
    dateNote: t(published ? 'dateNoteResolved' : 'dateNoteAsWritten'),
    words,
    minutes: readingMinutes(words),
  };
}
