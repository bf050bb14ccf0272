// Passes 2–4 of entity finding: candidates become entities. Strong names first (full names,
// known leaders, organizations), then lone surnames and titled names are linked to them, then
// roles are settled (the article's own words first, built-in knowledge second), then
// descriptions ("the Russian leader") are linked to the officeholder. The registry stays open:
// resolve() may add entities for sources the attribution stage meets later.
import type { Entity, EntityType, Span } from '../types.ts';
import type { Candidate, RoleInfo } from './candidate.ts';
import { formatRole, isLeaderOffice, knownAliases, knownRole, officeHolder } from './leader-knowledge.ts';
import { phraseIndex } from './phrase-index.ts';
import { tokenizeWords } from './tokenize-words.ts';
import { COUNTRIES } from '../knowledge/countries.ts';
import { ORGANIZATION_LEADS } from '../knowledge/organizations.ts';
import { WOMEN } from '../knowledge/leaders.ts';
import { NON_NAMES } from '../locales/en/lexicon/non-names.ts';
import { ANONYMOUS_NOUNS, GROUP_NOUNS } from '../locales/en/lexicon/source-nouns.ts';
import { TITLES } from '../locales/en/lexicon/titles.ts';
import { genderOfGivenName } from '../locales/en/lexicon/given-names.ts';
import { firstStartingAt, lowerBound } from '../text/sorted-search.ts';

export interface Ent {
  e: Entity;
  key: string;
  /** Lower-case name words a lone surname may match. */
  tokens: Set<string>;
  kbName?: string;
  gender?: 'm' | 'f';
  roles: RoleInfo[];
  /** Mention starts, sorted (for "the nearest mention before" in logarithmic time). */
  starts: number[];
}

/** A word that opens a sentence and is more likely a common noun than a name. */
export function looksCommon(key: string): boolean {
  return (
    NON_NAMES.has(key) || ANONYMOUS_NOUNS.has(key) || GROUP_NOUNS.has(key) || key in TITLES || key.includes("'") ||
    (key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('us') && !key.endsWith('is')) || /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten)\b/.test(key)
  );
}

const TYPE: Record<Candidate['kind'], EntityType> = {
  person: 'person', org: 'organization', media: 'media', group: 'group', gov: 'organization', desc: 'person',
  doc: 'organization', anonymous: 'anonymous',
};

const FOREIGN_OFFICES = new Set(['Foreign Minister', 'Foreign Secretary', 'Secretary of State', 'External Affairs Minister']);

export class EntityRegistry {
  readonly ents: Ent[] = [];
  readonly list: Entity[] = [];
  private readonly byKey = new Map<string, Ent>();
  private readonly byToken = new Map<string, Ent[]>();
  private readonly mentionStarts = new Map<number, Ent>();
  private sorted: { start: number; end: number; ent: Ent }[] | null = null;
  private nextId = 1;
  private open = false;

  constructor(
    readonly text: string,
    readonly date: string | null,
    readonly sentences: Span[] = [],
  ) {}

  /** Index of the sentence holding offset `at` (or the last one before it), -1 if none. */
  sentenceAt(at: number): number {
    // (the last sentence starting at or before `at`: offsets are whole numbers)
    return firstStartingAt(this.sentences, at + 1) - 1;
  }

  /** The scan's candidates, in the order described above. */
  build(cands: Candidate[]): void {
    const later: Candidate[] = [];
    const descs: Candidate[] = [];
    for (const c of cands) {
      if (c.kind === 'desc') descs.push(c);
      else if (c.kind === 'person') {
        if (c.kbName || (!c.weak && (c.nameKeys?.length ?? 0) >= 2)) this.addPerson(c);
        else later.push(c);
      } else this.addSimple(c);
    }
    for (const c of later) this.linkShort(c, false);
    for (const x of this.ents) this.settleRole(x);
    for (const c of descs) this.addDescription(c);
    // ids in order of first mention
    this.ents.sort((a, b) => (a.e.mentions[0]?.start ?? 0) - (b.e.mentions[0]?.start ?? 0));
    for (const x of this.ents) {
      x.e.id = `e${this.nextId++}`;
      x.e.mentions.sort((a, b) => a.start - b.start);
      this.list.push(x.e);
    }
    this.open = true;
  }

  get(id: string | null | undefined): Ent | undefined {
    if (!id) return undefined;
    return this.ents.find((x) => x.e.id === id);
  }

  private create(key: string, name: string, type: EntityType, country: string | null): Ent {
    const x: Ent = {
      e: { id: '', name, type, role: null, country, leader: false, mentions: [] },
      key,
      tokens: new Set(),
      roles: [],
      starts: [],
    };
    this.ents.push(x);
    this.byKey.set(key, x);
    if (this.open) {
      x.e.id = `e${this.nextId++}`;
      this.list.push(x.e);
    }
    return x;
  }

  addMention(x: Ent, span: Span): void {
    const had = this.mentionStarts.get(span.start);
    if (had) return;
    this.mentionStarts.set(span.start, x);
    const k0 = lowerBound(x.starts, span.start);
    if (k0 === x.starts.length) x.starts.push(span.start);
    else x.starts.splice(k0, 0, span.start);
    if (this.open) {
      // keep mentions in order once the list is public
      const m = x.e.mentions;
      let k = m.length;
      while (k > 0 && m[k - 1]!.start > span.start) k--;
      m.splice(k, 0, { start: span.start, end: span.end });
    } else x.e.mentions.push({ start: span.start, end: span.end });
    // Keep the sorted list up to date rather than sorting every mention again on the next
    // look-up (resolve() adds a mention per source: that was quadratic). Starts are unique.
    const all = this.sorted;
    if (all) {
      all.splice(firstStartingAt(all, span.start), 0, { start: span.start, end: span.end, ent: x });
    }
  }

  private markKnown(x: Ent, name: string): void {
    x.kbName = name;
    x.gender = WOMEN.has(name) ? 'f' : 'm';
    for (const a of knownAliases(name)) this.indexTokens(x, tokenizeWords(a).filter((w) => w.cap && w.key.length > 1 && !/^(jr|sr|ii|iii|iv)$/.test(w.key)).map((w) => w.key));
  }

  private indexTokens(x: Ent, keys: Iterable<string>): void {
    for (const k of keys) {
      if (x.tokens.has(k)) continue;
      x.tokens.add(k);
      const l = this.byToken.get(k) ?? [];
      l.push(x);
      this.byToken.set(k, l);
    }
  }

  addPerson(c: Candidate): Ent {
    const key = c.kbName ? `p:${c.kbName}` : `p:${(c.nameKeys ?? []).join(' ')}`;
    let x = this.byKey.get(key);
    if (!x) {
      x = this.create(key, c.kbName ?? c.name, 'person', null);
      if (c.kbName) {
        this.markKnown(x, c.kbName);
        if (this.open) this.settleRole(x);
      }
    }
    this.indexTokens(x, c.nameKeys ?? []);
    if (!x.gender && (c.nameKeys?.length ?? 0) >= 2) x.gender = genderOfGivenName(c.nameKeys![0]!);
    this.absorb(x, c);
    return x;
  }

  private absorb(x: Ent, c: Candidate): void {
    if (c.role) x.roles.push(c.role);
    if (c.gender && !x.gender) x.gender = c.gender;
    this.addMention(x, c);
    if (this.open && c.role) this.settleRole(x);
  }

  addSimple(c: Candidate): Ent {
    let x = this.byKey.get(c.key);
    if (!x) x = this.create(c.key, c.name, TYPE[c.kind], c.country);
    this.addMention(x, c);
    return x;
  }

  /**
   * A lone name word or a weak name: the person it most likely means (the nearest one named
   * before it, else the first named after), else a known leader's short name, else a new person
   * if written with a title or as the subject of a verb of saying (always, when `force`).
   */
  linkShort(c: Candidate, force: boolean): Ent | null {
    const keys = c.nameKeys ?? [];
    if (!keys.length) return null;
    if (keys.length > 1) {
      const exact = this.byKey.get(`p:${keys.join(' ')}`);
      if (exact) {
        this.absorb(exact, c);
        return exact;
      }
    }
    const last = keys[keys.length - 1]!;
    const options = this.byToken.get(last);
    if (options?.length) {
      let best: Ent | null = null;
      let bestAt = -1;
      for (const x of options) {
        if (x.e.type !== 'person') continue;
        const k = lowerBound(x.starts, c.start);
        const at = k > 0 ? x.starts[k - 1]! : -1;
        const first = x.starts[0] ?? Infinity;
        const score = at >= 0 ? at : -1 - first / 1e9; // preceding mention wins; else the earliest one after
        if (!best || score > bestAt) {
          best = x;
          bestAt = score;
        }
      }
      if (best) {
        this.absorb(best, c);
        return best;
      }
    }
    if (keys.length === 1 && c.start > 0 && this.text.slice(Math.max(0, c.start - 4), c.start).toLowerCase() === 'the ') {
      // "The Post said": the short form of an outlet or organization named before
      const org = this.ents.find((x) => (x.e.type === 'media' || x.e.type === 'organization') && x.e.name.toLowerCase().endsWith(` ${last}`));
      if (org) {
        this.addMention(org, c);
        return org;
      }
    }
    const solo = keys.length === 1 ? phraseIndex().solo.get(last) : undefined;
    if (solo) return this.addPerson({ ...c, kbName: solo });
    // "Veterans say", "Victims said": a plural noun opening a sentence is no name
    if (keys.length === 1 && !c.titled && c.initial && looksCommon(last)) return null;
    if (keys.length === 1 && (c.titled || c.speaks || force)) return this.addPerson(c);
    // a full name in a headline, as the subject of a verb of saying ("Lindsey Graham Says")
    if (force || (keys.length > 1 && c.speaks)) return this.addPerson(c);
    return null;
  }

  /** Final role, country and leader flag of a person. */
  settleRole(x: Ent): void {
    if (x.e.type !== 'person') return;
    let best: RoleInfo | null = null;
    let bestScore = -Infinity;
    for (const r of x.roles) {
      const s = (isLeaderOffice(r.office) ? 2 : 0) + (r.country ? 1 : 0) - (r.former ? 3 : 0);
      if (s > bestScore) {
        best = r;
        bestScore = s;
      }
    }
    const kb = x.kbName ? knownRole(x.kbName, this.date) : null;
    const articleLeads = best && isLeaderOffice(best.office) && best.country && !best.former;
    if (!articleLeads && kb) {
      x.e.role = (kb.former ? 'Former ' : '') + formatRole(kb.office, kb.country);
      x.e.country = kb.country;
      x.e.leader = !kb.former;
      return;
    }
    if (best) {
      const country = best.country ?? kb?.country ?? null;
      x.e.role = best.office ? (best.former ? 'Former ' : '') + formatRole(best.office, country) : null;
      x.e.country = best.nation !== undefined ? best.nation : country;
      x.e.leader = !!country && !best.former && isLeaderOffice(best.office);
    }
  }

  /** "the Russian leader" → the person holding that office (named in the article, else known). */
  addDescription(c: Candidate): Ent | null {
    const x = this.describe(c.country, c.office ?? 'Leader', c.start);
    if (x) this.addMention(x, c);
    return x;
  }

  describe(country: string | null, office: string, at: number): Ent | null {
    if (!country) return null;
    const leads = COUNTRIES.find((k) => k.name === country)?.leads ?? ORGANIZATION_LEADS[country] ?? 'President';
    const wantLeader = office === 'Leader' || office === 'Head' || office === 'Chief';
    const same = (r: string | null) => {
      if (!r) return false;
      if (wantLeader) return r.startsWith(leads) ? 2 : 0;
      if (r.startsWith(office)) return 2;
      if (FOREIGN_OFFICES.has(office) && [...FOREIGN_OFFICES].some((f) => r.startsWith(f))) return 2;
      return 0;
    };
    let best: Ent | null = null;
    let bestScore = 0;
    for (const x of this.ents) {
      if (x.e.type !== 'person' || x.e.country !== country || !x.e.leader) continue;
      let s = same(x.e.role);
      if (wantLeader && !s) s = 1;
      if (!s) continue;
      const near = (x.starts[0] ?? Infinity) < at ? 0.5 : 0;
      if (s + near > bestScore) {
        best = x;
        bestScore = s + near;
      }
    }
    if (best && bestScore >= 2) return best;
    // no one in the article holds the very office: ask the knowledge, then take any leader of the country
    const holder = officeHolder(country, wantLeader ? 'leader' : office, this.date);
    if (!holder) return best;
    const x = this.byKey.get(`p:${holder}`) ?? this.create(`p:${holder}`, holder, 'person', null);
    if (!x.kbName) this.markKnown(x, holder);
    this.settleRole(x);
    return x;
  }

  /** Mentions sorted by start, for overlap and "nearest before" look-ups. */
  mentionsSorted(): { start: number; end: number; ent: Ent }[] {
    if (this.sorted) return this.sorted;
    const all: { start: number; end: number; ent: Ent }[] = [];
    for (const x of this.ents) for (const m of x.e.mentions) all.push({ start: m.start, end: m.end, ent: x });
    all.sort((a, b) => a.start - b.start);
    this.sorted = all;
    return all;
  }

  /** The entity with a mention inside [s, e), or covering it (the longest such mention). */
  mentionWithin(s: number, e: number): Ent | null {
    const all = this.mentionsSorted();
    // (from the first mention that starts up to 200 characters before s: one that ends after s starts there)
    const lo = firstStartingAt(all, s - 200);
    let best: Ent | null = null;
    let bestLen = 0;
    for (let k = lo; k < all.length && all[k]!.start < e; k++) {
      const m = all[k]!;
      if (m.end <= s) continue;
      const inside = m.start >= s && m.end <= e;
      const covers = m.start <= s && m.end >= e;
      if (!inside && !covers) continue;
      const len = m.end - m.start;
      if (len > bestLen) {
        best = m.ent;
        bestLen = len;
      }
    }
    return best;
  }
}
