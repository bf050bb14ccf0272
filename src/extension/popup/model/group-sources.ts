// Sources grouped by who spoke: one group per resolved entity, else per written source
// ("some experts"), else one group for statements with no source named.
// Statements are counted, and their kinds named, by the same functions as the card's
// (src/page/card/statements.ts): direct quote, partial quote, reported statement.
import type { Attribution, Entity, EntityType, Span } from '../../../core/types.ts';
import { statementKind, type SourceType, type StatementCounts, type StatementKind } from '../../../page/card/statements.ts';
import type { Reading } from '../../shared/messages.ts';
import { t } from '../i18n.ts';
import { clip, contentRange, contentText, oneLine, spanText } from './span-text.ts';

export { KIND_KEY, SOURCE_TYPE_KEY } from '../../../page/card/statements.ts';
export type { SourceType };

export interface SourceStatement {
  /** Index into reading.attributions (a stable key). */
  index: number;
  kind: StatementKind;
  /** The full statement, one line. */
  text: string;
  /** Short form for the list (equal to text when it is short). */
  short: string;
  cue: string | null;
  /**
   * Source and cue as the article writes them, when they stand together ("experts believe",
   * "według ekspertów", "teilte ein Regierungssprecher"); null when they are apart.
   */
  tag: string | null;
  /** The source as written here ("he", "the Russian leader"). */
  written: string | null;
  vague: boolean;
  /** Where the page scrolls to. */
  span: Span;
}

export interface SourceGroup {
  key: string;
  name: string;
  type: SourceType;
  role: string | null;
  leader: boolean;
  /** Unnamed or unspecific ("experts believe", "sources said"). */
  vague: boolean;
  counts: StatementCounts;
  cues: string[];
  statements: SourceStatement[];
  /** Offset of the first statement, to keep the page's order among equals. */
  first: number;
}

export const SHORT_QUOTE = 140;

const typeOf = (t: EntityType): SourceType => (t === 'anonymous' ? 'unnamed' : t);

export function groupSources(reading: Pick<Reading, 'text' | 'attributions' | 'entities'> & { language?: Reading['language'] }): SourceGroup[] {
  // In a language without a pack no speaker is looked for: a quotation without one is not the
  // article's vague sourcing, only unread.
  const speakersRead = reading.language?.supported !== false;
  const text = reading.text ?? '';
  const byId = new Map<string, Entity>();
  for (const e of reading.entities ?? []) byId.set(e.id, e);
  const groups = new Map<string, SourceGroup>();
  (reading.attributions ?? []).forEach((a: Attribution, index: number) => {
    const entity = a.speaker != null ? byId.get(a.speaker) : undefined;
    const written = a.source ? oneLine(spanText(text, a.source)) : '';
    let key: string;
    let group: Omit<SourceGroup, 'counts' | 'cues' | 'statements' | 'first'>;
    if (entity) {
      key = `entity:${entity.id}`;
      group = { key, name: entity.name, type: typeOf(entity.type), role: entity.role, leader: entity.leader, vague: entity.type === 'anonymous' };
    } else if (written) {
      key = `written:${written.toLowerCase()}`;
      group = { key, name: written, type: a.vague ? 'unnamed' : 'unresolved', role: null, leader: false, vague: a.vague };
    } else {
      key = 'none';
      group = { key, name: t('noSourceNamed'), type: 'unnamed', role: null, leader: false, vague: speakersRead };
    }
    let g = groups.get(key);
    const span = contentRange(a);
    if (!g) {
      g = { ...group, counts: { direct: 0, partial: 0, indirect: 0 }, cues: [], statements: [], first: span.start };
      groups.set(key, g);
    }
    // A named entity stays named when one of its statements is vague; an unresolved source is vague
    // when any statement written with it is ("sources said").
    if (a.vague && !entity) g.vague = true;
    const kind = statementKind(a);
    g.counts[kind]++;
    const cue = a.cue ? oneLine(spanText(text, a.cue)) : null;
    if (cue && !g.cues.some((c) => c.toLowerCase() === cue.toLowerCase())) g.cues.push(cue);
    const said = contentText(text, a);
    g.statements.push({ index, kind, text: said, short: clip(said, SHORT_QUOTE), cue, tag: sourceAndCue(text, a), written: written || null, vague: a.vague, span });
  });
  // Most-quoted first; ties keep the page's order.
  return [...groups.values()].sort((x, y) => y.statements.length - x.statements.length || x.first - y.first);
}

/** The article's own words from the source to the cue (either order), when only a few words part them. */
function sourceAndCue(text: string, a: Attribution): string | null {
  if (!a.source || !a.cue) return null;
  const [first, second] = a.cue.start < a.source.start ? [a.cue, a.source] : [a.source, a.cue];
  const gap = text.slice(first.end, second.start);
  if (gap.length > 24 || /[.!?;:,"“”„«»()]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > 2) return null;
  return oneLine(text.slice(first.start, second.end));
}
