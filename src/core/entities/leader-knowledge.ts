// Questions to the built-in knowledge of leaders: what office did this person hold (on a date,
// or most recently when no date is known), and who held an office in a country.
import { leaderTerms, type LeaderTerm } from '../knowledge/leaders.ts';
import { COUNTRIES } from '../knowledge/countries.ts';
import { ORGANIZATION_LEADS } from '../knowledge/organizations.ts';

export interface KnownRole {
  office: string;
  country: string;
  /** The term had ended by the date asked about. */
  former: boolean;
}

let byName: Map<string, LeaderTerm[]> | null = null;
function termsByName(): Map<string, LeaderTerm[]> {
  if (byName) return byName;
  byName = new Map();
  for (const t of leaderTerms()) {
    const list = byName.get(t.name) ?? [];
    list.push(t);
    byName.set(t.name, list);
  }
  return byName;
}

export function isKnownLeader(name: string): boolean {
  return termsByName().has(name);
}

export function knownAliases(name: string): string[] {
  const out = new Set<string>([name]);
  for (const t of termsByName().get(name) ?? []) for (const a of t.aliases) out.add(a);
  return [...out];
}

const inTerm = (t: LeaderTerm, date: string) => t.start <= date && (t.end === null || date < t.end);

/** Office ranks: which of two offices held at once names the person best. */
const RANK: Record<string, number> = { President: 5, 'Prime Minister': 4, Chancellor: 4, 'Supreme Leader': 5, King: 3, Queen: 3 };

/**
 * The person's office. With a date: the term covering it, or the last ended one (former). Without
 * a date: the most recent term, taken as current (an article naming a past officeholder with no
 * date most likely comes from the time of the office).
 */
export function knownRole(name: string, date: string | null): KnownRole | null {
  const terms = termsByName().get(name);
  if (!terms?.length) return null;
  if (date) {
    const now = terms.filter((t) => inTerm(t, date));
    if (now.length) {
      now.sort((a, b) => (RANK[b.office] ?? 1) - (RANK[a.office] ?? 1));
      const t = now[0]!;
      return { office: t.office, country: t.country, former: false };
    }
    const before = terms.filter((t) => t.end !== null && t.end <= date).sort((a, b) => (a.end! < b.end! ? 1 : -1));
    if (before.length) return { office: before[0]!.office, country: before[0]!.country, former: true };
    return null;
  }
  const latest = [...terms].sort((a, b) => (a.start < b.start ? 1 : -1) || 0)[0]!;
  return { office: latest.office, country: latest.country, former: false };
}

const LEADER_WORDS = new Set(['leader', 'head of state', 'head of government', 'strongman', 'chief', 'boss', 'ruler']);

/**
 * Who held `office` in `country`: at the date, or the holder still in office (else the latest)
 * when there is no date. `office` "Leader" means the country's leading office.
 */
export function officeHolder(country: string, office: string, date: string | null): string | null {
  let want = office;
  if (LEADER_WORDS.has(office.toLowerCase())) want = COUNTRIES.find((c) => c.name === country)?.leads ?? ORGANIZATION_LEADS[country] ?? 'President';
  const sameOffice = (t: LeaderTerm) =>
    t.office === want || (want === 'Foreign Minister' && (t.office === 'Foreign Secretary' || t.office === 'Secretary of State' || t.office === 'External Affairs Minister'));
  const terms = leaderTerms().filter((t) => t.country === country && sameOffice(t));
  if (!terms.length) return null;
  if (date) return terms.find((t) => inTerm(t, date))?.name ?? null;
  const open = terms.filter((t) => t.end === null);
  if (open.length) return open[open.length - 1]!.name;
  return terms.sort((a, b) => (a.start < b.start ? 1 : -1))[0]!.name;
}

const ORG_OF: Record<string, string> = { NATO: 'NATO' };

/** "President" + "Russia" → "President of Russia"; "Secretary-General" + "United Nations" → "... of the United Nations". */
export function formatRole(office: string, country: string | null): string {
  if (!country) return office;
  const c = COUNTRIES.find((x) => x.name === country);
  const of = c ? (c.of ?? c.name) : (ORG_OF[country] ?? `the ${country}`);
  if (office.endsWith(` of ${of}`) || office.endsWith(` of ${country}`)) return office;
  return `${office} of ${of}`;
}

/** Offices that make a leader when a country is known. */
export function isLeaderOffice(office: string): boolean {
  return /^(President|Vice President|Prime Minister|Premier|Chancellor|Taoiseach|Foreign Minister|Foreign Secretary|External Affairs Minister|Secretary of State|Deputy Prime Minister|King|Queen|Emperor|Emir|Crown Prince|Supreme Leader|Pope|Secretary-General|Secretary General|Director-General|General Secretary|Managing Director|High Representative.*|.*Minister|Defen[cs]e Secretary|Chief Adviser|Minister of .*)$/.test(office);
}
