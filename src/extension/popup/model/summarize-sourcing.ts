// The sourcing summary: how many sources are named, how much is quoted directly, and which
// attributions are vague ("experts believe"), so a reader can weigh the article's sourcing.
import { localizer } from '../i18n.ts';
import type { SourceGroup, SourceStatement } from './group-sources.ts';

export interface VagueAttribution {
  /** The source as written ("many experts"), or the group's name. */
  source: string;
  cue: string | null;
  statement: SourceStatement;
}

export interface SourcingSummary {
  sources: number;
  named: number;
  unnamed: number;
  statements: number;
  direct: number;
  /** Share of statements that are direct quotes, 0..1 (0 when there are none). */
  directShare: number;
  vague: VagueAttribution[];
}

export function summarizeSourcing(groups: SourceGroup[]): SourcingSummary {
  let named = 0;
  let unnamed = 0;
  let statements = 0;
  let direct = 0;
  const vague: VagueAttribution[] = [];
  for (const g of groups) {
    if (g.vague || g.type === 'unnamed') unnamed++;
    else named++;
    statements += g.statements.length;
    direct += g.counts.direct;
    for (const s of g.statements) if (s.vague || g.vague) vague.push({ source: s.written ?? g.name, cue: s.cue, statement: s });
  }
  vague.sort((a, b) => a.statement.span.start - b.statement.span.start);
  return { sources: groups.length, named, unnamed, statements, direct, directShare: statements ? direct / statements : 0, vague };
}

/** "40%" / "40 %" — whole percent, in the UI locale. */
export const percent = (x: number): string => localizer().percent(x);

/** "experts believe" / "według ekspertów": the article's own words when source and cue stand together. */
export function sourceWithCue(source: string, cue: string | null, tag: string | null): string {
  if (tag) return tag;
  return cue ? `${source} ${cue}` : source;
}
