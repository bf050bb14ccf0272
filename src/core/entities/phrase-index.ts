// One word trie over every multi-word name the finder knows (countries, capitals, outlets,
// organizations, leaders, titles, places), built once on first use. Looking up the longest known
// phrase at a word costs at most as many steps as the phrase has words.
import { COUNTRIES, type Country } from '../knowledge/countries.ts';
import { leaderTerms, soloNames } from '../knowledge/leaders.ts';
import { MEDIA_OUTLETS } from '../knowledge/media-outlets.ts';
import { KNOWN_ORGANIZATIONS } from '../knowledge/organizations.ts';
import { PLACES } from '../knowledge/places.ts';
import { TITLES, type TitleInfo } from '../locales/en/lexicon/titles.ts';
import { tokenizeWords, type Word } from './tokenize-words.ts';

export type Payload =
  | { k: 'country'; country: Country }
  | { k: 'demonym'; country: Country }
  | { k: 'capital'; country: Country }
  | { k: 'seat'; country: Country; name: string }
  | { k: 'media'; name: string }
  | { k: 'org'; name: string; country: string | null }
  | { k: 'person'; name: string }
  | { k: 'title'; info: TitleInfo }
  | { k: 'place' };

interface Node {
  next?: Map<string, Node>;
  payloads?: Payload[];
}

export interface PhraseIndex {
  root: Node;
  countryByName: Map<string, Country>;
  /** Short names recognized alone ("putin" → "Vladimir Putin"). */
  solo: Map<string, string>;
}

let index: PhraseIndex | null = null;

// Plain phrases (ASCII letters, single spaces) are most of the index: their keys are their words
// in lower case, as tokenizeWords gives them, without running it (the index is built on the
// first page read, where the tokenizer is not yet compiled).
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function keysOf(phrase: string): string[] {
  if (PLAIN.test(phrase)) return phrase.toLowerCase().split(' ');
  return tokenizeWords(phrase).map((w) => w.key);
}

function add(root: Node, phrase: string, p: Payload): void {
  const keys = keysOf(phrase);
  if (!keys.length) return;
  let n = root;
  for (const k of keys) {
    if (!n.next) n.next = new Map();
    let m = n.next.get(k);
    if (!m) {
      m = {};
      n.next.set(k, m);
    }
    n = m;
  }
  (n.payloads ??= []).push(p);
}

export function phraseIndex(): PhraseIndex {
  if (index) return index;
  const root: Node = {};
  const countryByName = new Map<string, Country>();
  for (const c of COUNTRIES) {
    countryByName.set(c.name, c);
    for (const n of [c.name, ...(c.aliases ?? [])]) add(root, n, { k: 'country', country: c });
    for (const d of c.demonyms) {
      add(root, d, { k: 'demonym', country: c });
      // the people: "Mexicans", "Israelis" (not "Chineses")
      if (/[nil]$/.test(d) && !d.includes('.')) add(root, `${d}s`, { k: 'demonym', country: c });
    }
    for (const cap of c.capitals ?? []) add(root, cap, { k: 'capital', country: c });
    for (const s of c.seats ?? []) add(root, s, { k: 'seat', country: c, name: s });
  }
  for (const m of MEDIA_OUTLETS) {
    const name = m.startsWith('The ') ? m.slice(4) : m;
    add(root, m, { k: 'media', name });
    if (!m.startsWith('The ')) add(root, `The ${m}`, { k: 'media', name });
  }
  for (const o of KNOWN_ORGANIZATIONS) {
    for (const n of [o.name, ...(o.aliases ?? [])]) add(root, n, { k: 'org', name: o.name, country: o.country ?? null });
  }
  const seen = new Set<string>();
  for (const t of leaderTerms()) {
    for (const n of [t.name, ...t.aliases]) {
      if (seen.has(n)) continue;
      seen.add(n);
      add(root, n, { k: 'person', name: t.name });
    }
  }
  for (const [title, info] of Object.entries(TITLES)) add(root, title, { k: 'title', info });
  for (const p of PLACES) add(root, p, { k: 'place' });
  index = { root, countryByName, solo: soloNames() };
  return index;
}

export interface PhraseMatch {
  /** Number of words matched. */
  len: number;
  payloads: Payload[];
}

/**
 * Longest known phrase starting at words[i], not past words[limit - 1]. A phrase runs over plain
 * spaces (and the dot of an initial); a possessive ends it.
 */
export function longestPhrase(words: Word[], i: number, limit: number): PhraseMatch | null {
  let n: Node | undefined = phraseIndex().root;
  let best: PhraseMatch | null = null;
  if (i < 0) return null;
  for (let j = i; j < limit; j++) {
    const w = words[j];
    if (!w) break;
    n = n.next?.get(w.key);
    if (!n) break;
    if (n.payloads) best = { len: j - i + 1, payloads: n.payloads };
    if (w.gap === 2) break;
    // a possessive may sit inside a phrase ("People's Daily") only when the phrase goes on
  }
  return best;
}

export function hasKind(m: PhraseMatch | null, k: Payload['k']): boolean {
  return !!m && m.payloads.some((p) => p.k === k);
}

export function payloadOf<K extends Payload['k']>(m: PhraseMatch | null, k: K): Extract<Payload, { k: K }> | undefined {
  return m?.payloads.find((p) => p.k === k) as Extract<Payload, { k: K }> | undefined;
}
