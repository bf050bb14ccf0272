// One vocabulary and one count of what a source says, for the card and the popup alike:
// a direct quote, a partial quote (a few quoted words; reported speech holding a quotation counts
// here too, as the page's highlights paint it), or a reported statement (nothing quoted).
import type { Attribution } from '../../core/types.ts';
import type { Localizer, MessageKey } from './localizer.ts';

export type StatementKind = 'direct' | 'partial' | 'indirect';

/** What kind of source this is ("anonymous" entities and vague sources are "unnamed"). */
export type SourceType = 'person' | 'organization' | 'media' | 'group' | 'unnamed' | 'unresolved';

/** The words for each kind of source (popup badges, card badge). */
export const SOURCE_TYPE_KEY: Record<SourceType, MessageKey> = {
  person: 'typePerson', organization: 'typeOrganization', media: 'typeMedia', group: 'typeGroup', unnamed: 'typeUnnamed', unresolved: 'typeUnresolved',
};

export function statementKind(a: Pick<Attribution, 'kind'>): StatementKind {
  if (a.kind === 'direct') return 'direct';
  if (a.kind === 'indirect') return 'indirect';
  return 'partial'; // 'partial' and 'mixed'
}

export interface StatementCounts {
  direct: number;
  partial: number;
  indirect: number;
}

export function countStatements(attributions: Iterable<Pick<Attribution, 'kind'>>): StatementCounts {
  const c: StatementCounts = { direct: 0, partial: 0, indirect: 0 };
  for (const a of attributions) c[statementKind(a)]++;
  return c;
}

/** The singular name of each kind ("direct quote"). */
export const KIND_KEY: Record<StatementKind, MessageKey> = { direct: 'kindDirect', partial: 'kindPartial', indirect: 'kindIndirect' };
const COUNT_KEY = { direct: 'countDirect', partial: 'countPartial', indirect: 'countIndirect' } as const;
const KINDS: StatementKind[] = ['direct', 'partial', 'indirect'];

/** "1 direct quote · 2 partial quotes": the kinds present, in this order; "no statements" for none. */
export function describeCounts(c: StatementCounts, l: Localizer): string {
  const parts = KINDS.filter((k) => c[k] > 0).map((k) => l.plural(COUNT_KEY[k], c[k]));
  return parts.length ? parts.join(' · ') : l.t('countsNone');
}

/** A quote's text brings its own marks („…“, «…», a speech dash). */
const OWN_MARKS = /^[\p{Pi}\p{Ps}"'„‚«»‹›「『–—]/u;

/** A direct quote as the card and the popup show it: between marks, unless it brings its own. */
export function withQuoteMarks(kind: string, text: string): string {
  return kind === 'direct' && !OWN_MARKS.test(text) ? `“${text}”` : text;
}
