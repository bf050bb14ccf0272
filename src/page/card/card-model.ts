// What a card says, from the analysis alone (no DOM, no words: the card puts them in): who this
// is, what they are quoted saying in this article, the cue, how many direct quotes, partial quotes
// and reported statements (counted as the popup counts them), and where the quote sits in the
// article's order (for previous/next).
import type { Analysis, Attribution, Entity } from '../../core/types.ts';
import { contentSpans } from '../highlight/highlight-plan.ts';
import { countStatements, statementKind, type SourceType, type StatementCounts, type StatementKind } from './statements.ts';

export interface CardQuote {
  /** Index into analysis.attributions. */
  attribution: number;
  start: number;
  end: number;
  text: string;
  kind: StatementKind;
}

/** What kind of source this is, in the popup's vocabulary (its badges use the same words). */
export type CardSourceType = SourceType;

export interface CardModel {
  /** Null when no source is named. */
  name: string | null;
  role: string | null;
  country: string | null;
  leader: boolean;
  type: CardSourceType;
  /** The attribution this card is about (null for a card about a leader's mention). */
  current: number | null;
  cue: string | null;
  quotes: CardQuote[];
  counts: StatementCounts;
  /** Position of `current` among all attributions in reading order (1-based), and how many. */
  position: number | null;
  total: number;
}

const MAX_QUOTE = 280;

/** Attribution indices in reading order (by where their content starts). */
export function readingOrder(analysis: Analysis): number[] {
  return analysis.attributions
    .map((a, i) => ({ i, at: contentSpans(a)[0]?.start ?? Infinity }))
    .sort((x, y) => x.at - y.at || x.i - y.i)
    .map((x) => x.i);
}

export function quoteText(text: string, a: Attribution): string {
  const t = contentSpans(a).map((s) => text.slice(s.start, s.end)).join(' … ').replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1).trimEnd()}…` : t;
}

export function buildCardModel(
  analysis: Analysis, text: string, target: { attribution: number } | { entity: string },
): CardModel | null {
  const order = readingOrder(analysis);
  const current = 'attribution' in target ? target.attribution : null;
  const att = current !== null ? analysis.attributions[current] : undefined;
  if (current !== null && !att) return null;
  const entityId = att ? att.speaker : 'entity' in target ? target.entity : null;
  const entity: Entity | undefined = entityId ? analysis.entities.find((e) => e.id === entityId) : undefined;
  if (!att && !entity) return null;

  // Everything this speaker says here: by resolved entity, else only this attribution.
  const mine = entity
    ? order.filter((i) => analysis.attributions[i]!.speaker === entity.id)
    : current !== null ? [current] : [];
  const quotes: CardQuote[] = mine.map((i) => {
    const a = analysis.attributions[i]!;
    const first = contentSpans(a)[0]!;
    const last = contentSpans(a).at(-1)!;
    return { attribution: i, start: first.start, end: last.end, text: quoteText(text, a), kind: statementKind(a) };
  });

  let name: string | null = null;
  if (entity) name = entity.name;
  else if (att?.source) name = text.slice(att.source.start, att.source.end).replace(/\s+/g, ' ').trim();
  let type: CardSourceType;
  if (att?.vague || entity?.type === 'anonymous') type = 'unnamed';
  else if (entity) type = entity.type;
  else type = 'unresolved';

  const pos = current !== null ? order.indexOf(current) : -1;
  return {
    name: name || null,
    role: entity?.role ?? null,
    country: entity?.country ?? null,
    leader: !!entity?.leader,
    type,
    current,
    cue: att?.cue ? text.slice(att.cue.start, att.cue.end) : null,
    quotes,
    counts: countStatements(mine.map((i) => analysis.attributions[i]!)),
    position: pos >= 0 ? pos + 1 : null,
    total: order.length,
  };
}
