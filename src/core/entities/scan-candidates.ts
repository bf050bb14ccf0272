// Pass 1 of entity finding: one left-to-right walk over the words. Capitalized runs are cut into
// known phrases (outlets, organizations, leaders, titles, countries) and name words; a country
// word followed by a role or a group noun makes a description ("the Russian leader") or a group
// ("US authorities"). Every step moves forward, so the walk is linear in the words.
import type { Word } from './tokenize-words.ts';
import type { Candidate, RoleInfo } from './candidate.ts';
import { longestPhrase, payloadOf, hasKind, type PhraseMatch } from './phrase-index.ts';
import type { Country } from '../knowledge/countries.ts';
import { ORGANIZATION_HEADS, ORGANIZATION_LEADS, ORGANIZATION_SYNONYMS } from '../knowledge/organizations.ts';
import { MEDIA_HEADS } from '../knowledge/media-outlets.ts';
import { NON_NAMES, NON_PERSON_LAST, PLACE_FIRST } from '../locales/en/lexicon/non-names.ts';
import { FORMER_WORDS, type TitleInfo } from '../locales/en/lexicon/titles.ts';
import { ANONYMOUS_NOUNS, GOVERNMENT_NOUNS, GROUP_NOUNS } from '../locales/en/lexicon/source-nouns.ts';
import { SPEECH_VERBS, VERB_FILLERS } from '../locales/en/lexicon/speech-verbs.ts';

const PLACING = new Set(['of', 'in', 'from', 'at']);

const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y', 'dos', 'das', 'and']);
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y', 'dos', 'das']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'st', 'jr', 'sr', 'prof', 'rev', 'mt', 'ft', 'maj', 'cmdr', 'hon', 'pres']);
const CONTRACTION = /'(ve|ll|re|d|m|t)$/;
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Country names that are also surnames ("Rep. Jim Jordan"): read as a name after a first name. */
/** Titles that are also surnames: "Mr. King", "Ms. Bishop" (but "Mr. President" is a form of address). */
const SURNAME_TITLES = new Set(['king', 'bishop', 'judge', 'prince', 'marshal', 'major', 'sheriff', 'chancellor', 'father', 'rector', 'leader', 'head', 'chief']);
/** Words after a name that belong to a show, not to the person ("Steve Harvey Morning Show"). */
const TRAILING_NOT_NAME = new Set(['show', 'morning', 'evening', 'night', 'tonight', 'live', 'hour', 'report', 'podcast']);
const SURNAME_COUNTRIES = new Set(['jordan', 'georgia', 'chad', 'israel']);
/** Words a country's group cannot run over ("China and the authorities" is no group). */
const GROUP_STOPS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'and', 'or', 'to', 'for', 'with', 'by', 'from', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'not', 'that', 'which', 'who']);
/** "Officials in Kyiv said": after these a capital is a place, not the government. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'into', 'near', 'outside', 'inside', 'around', 'across', 'via', 'toward', 'towards', 'through', 'of']);
const HEAD_OF = new Set(['head', 'chief', 'leader', 'director', 'boss']);
const DESC_OFFICES = new Set(['leader', 'head', 'chief', 'boss', 'strongman', 'ruler', 'dictator', 'autocrat']);

/** A country, seat or capital word just read. `named`: the country's name, not its demonym. */
interface Ref {
  kind: 'country' | 'seat' | 'capital';
  country: Country;
  start: number;
  word: number;
  named?: boolean;
}

interface Prefix {
  country: Country | null;
  /** Country or body named after "of" ("Secretary-General of the United Nations"). */
  body: string | null;
  bodyCountry: string | null;
  countryStart: number;
  titles: TitleInfo[];
  titleStart: number;
  former: boolean;
  org: Candidate | null;
}

const emptyPrefix = (): Prefix => ({ country: null, body: null, bodyCountry: null, countryStart: -1, titles: [], titleStart: -1, former: false, org: null });

export function canonicalOrgKey(name: string): string {
  const k = name.toLowerCase().replace(/’/g, "'");
  return ORGANIZATION_SYNONYMS[k] ?? k;
}

export class CandidateScanner {
  readonly out: Candidate[] = [];
  private lastLeaderRole: RoleInfo | null = null;
  private readonly titleCase: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly words: Word[],
  ) {
    this.titleCase = markTitleCaseLines(text, words);
  }

  scan(from = 0, to = this.words.length): Candidate[] {
    const words = this.words;
    let i = from;
    while (i < to) {
      const w = words[i]!;
      if (!w.cap || w.odd) {
        i++;
        continue;
      }
      const b = this.runEnd(i, to);
      this.processRun(i, b);
      i = b;
    }
    return this.out;
  }

  /** A run: capitalized words joined by single spaces (or an initial's dot), with connectors inside. */
  private runEnd(a: number, to: number): number {
    const words = this.words;
    let b = a + 1;
    while (b < to) {
      const prev = words[b - 1]!;
      if (prev.gap === 2) break;
      if (prev.gap === 1 && !abbreviationLike(prev)) break;
      const w = words[b]!;
      if (w.cap && !w.odd) {
        b++;
        continue;
      }
      if (CONNECTORS.has(w.key) && w.gap === 0 && b + 1 < to) {
        const nx = words[b + 1]!;
        if (nx.cap && !nx.odd && !NON_NAMES.has(nx.key)) {
          b++;
          continue;
        }
        if ((nx.key === 'the' || PARTICLES.has(nx.key)) && nx.gap === 0 && b + 2 < to && words[b + 2]!.cap) {
          b += 2;
          continue;
        }
      }
      break;
    }
    // no connector at the end
    while (b > a + 1 && !words[b - 1]!.cap) b--;
    return b;
  }

  private processRun(a: number, b: number): void {
    const words = this.words;
    if (this.isByline(a)) return;
    let pre = emptyPrefix();
    let p = a;
    let lastRef: Ref | null = null;
    let emittedAfterTitle = false;
    while (p < b) {
      const w = words[p]!;
      lastRef = null;
      if (!w.cap) {
        if (w.key === 'of' && pre.titles.length) {
          let q = p + 1;
          if (words[q]?.key === 'the') q++;
          const m = longestPhrase(words, q, b);
          const c = payloadOf(m, 'country');
          const o = payloadOf(m, 'org');
          if (m && (c || o)) {
            if (c) pre.country = c.country;
            else {
              pre.body = o!.name;
              pre.bodyCountry = o!.country;
            }
            p = q + m.len;
            continue;
          }
        }
        if (w.key === 'and' || w.key === 'for' || w.key === 'on') pre = emptyPrefix(); // a title does not run over "and"
        p++;
        continue;
      }
      const m = longestPhrase(words, p, b);
      if (m) {
        const media = payloadOf(m, 'media');
        const org = payloadOf(m, 'org');
        const person = payloadOf(m, 'person');
        const title = payloadOf(m, 'title');
        const seat = payloadOf(m, 'seat');
        const country = payloadOf(m, 'country') ?? payloadOf(m, 'demonym');
        const capital = payloadOf(m, 'capital');
        const end = p + m.len;
        if (person) {
          let stop = end;
          while (stop < b && SUFFIXES.has(words[stop]!.key) && words[stop - 1]!.gap !== 2) stop++;
          this.emitPerson(a, p, stop, person.name, pre);
          p = stop;
          emittedAfterTitle = true;
          pre = emptyPrefix();
          continue;
        }
        if (media && !(country && words[end - 1]!.poss)) {
          this.emitSimple('media', p, end, media.name, `m:${media.name.toLowerCase()}`, null);
          pre = emptyPrefix();
          p = end;
          continue;
        }
        if (org && !title) {
          const c = org.country ?? pre.country?.name ?? null;
          const start = pre.country && org.country === null && pre.countryStart >= 0 ? pre.countryStart : words[p]!.start;
          pre.org = this.emitSimple('org', p, end, org.name, `o:${org.country ? '' : (pre.country ? pre.country.name + ':' : '')}${canonicalOrgKey(org.name)}`, c, start);
          if (seat) lastRef = { kind: 'seat', country: seat.country, start: words[p]!.start, word: end - 1 };
          pre.titles = [];
          pre.country = null;
          p = end;
          continue;
        }
        // "Mr. King": after a courtesy title a one-word title is the surname
        const surnameTitle = title && m.len === 1 && pre.titles.length > 0 && pre.titles[pre.titles.length - 1]!.honorific && SURNAME_TITLES.has(w.key);
        if (title && !country && !surnameTitle) {
          if (!pre.titles.length) pre.titleStart = words[p]!.start;
          pre.titles.push(title.info);
          emittedAfterTitle = false;
          p = end;
          continue;
        }
        if (seat) {
          pre.org = this.emitSimple('org', p, end, seat.name, `o:${seat.name.toLowerCase()}`, seat.country.name);
          lastRef = { kind: 'seat', country: seat.country, start: words[p]!.start, word: end - 1 };
          p = end;
          continue;
        }
        if (country) {
          if (!pre.titles.length) {
            pre.country = country.country;
            pre.countryStart = words[p]!.start;
          } else if (!pre.country) pre.country = country.country;
          lastRef = { kind: 'country', country: country.country, start: words[p]!.start, word: end - 1, named: !!payloadOf(m, 'country') };
          p = end;
          continue;
        }
        if (capital) {
          lastRef = { kind: 'capital', country: capital.country, start: words[p]!.start, word: end - 1 };
          pre = emptyPrefix();
          p = end;
          continue;
        }
        if (!surnameTitle) {
          // a place
          pre = emptyPrefix();
          p = end;
          continue;
        }
      }
      const q = this.orgHead(p, b);
      // a bare head word ("Police", "Government") is a name only with a complement or a country before it
      const complement = q >= 0 && q + 2 < b && (words[q + 1]!.key === 'of' || words[q + 1]!.key === 'for' || words[q + 1]!.key === 'on');
      // (in a title-case heading every word is capitalized: only known organizations count there)
      if (q >= 0 && (q > p || complement || pre.country) && this.titleCase[p] !== 1) {
        let end = q + 1;
        // "Ministry of Foreign Affairs": the complement after of/for/on
        if (end + 1 < b && (words[end]!.key === 'of' || words[end]!.key === 'for' || words[end]!.key === 'on')) {
          let r = end + 1;
          if (words[r]!.key === 'the') r++;
          while (r < b && words[r]!.cap && !words[r - 1]!.poss && !startsTitleOrPerson(words, r, b)) r++;
          if (r > end + 1 && words[r - 1]!.cap) end = r;
        }
        const start = pre.country && pre.countryStart >= 0 ? pre.countryStart : words[p]!.start;
        const written = this.text.slice(words[p]!.start, words[end - 1]!.end);
        const kind = MEDIA_HEADS.has(words[q]!.key) && !ORGANIZATION_HEADS.has(words[q]!.key) ? 'media' : 'org';
        const cname = pre.country?.name ?? null;
        pre.org = this.emitSimple(kind, p, end, this.text.slice(start, words[end - 1]!.end), `o:${cname ? cname + ':' : ''}${canonicalOrgKey(written)}`, cname, start);
        pre.titles = [];
        pre.country = null;
        p = end;
        continue;
      }
      // "Rival Hillary Clinton": a sentence's first word before a known name is not part of it
      if (w.initial && p + 1 < b && w.gap === 0 && hasKind(longestPhrase(words, p + 1, b), 'person')) {
        p++;
        continue;
      }
      const n = this.nameWords(p, b);
      if (n > 0) {
        this.emitPerson(a, p, p + n, null, pre);
        emittedAfterTitle = true;
        pre = emptyPrefix();
        p += n;
        continue;
      }
      pre = emptyPrefix();
      p++;
    }
    // after the run: a title with no name is a description ("the Russian President said")
    const lastWord = words[b - 1]!;
    if (pre.titles.length && !emittedAfterTitle) {
      const t = pre.titles[pre.titles.length - 1]!;
      const country = pre.country?.name ?? pre.body;
      if (country && (t.leader || DESC_OFFICES.has(t.office.toLowerCase()))) {
        const start = this.withArticle(a, Math.min(pre.countryStart >= 0 ? pre.countryStart : Infinity, pre.titleStart));
        this.out.push({ kind: 'desc', start, end: lastWord.end, name: this.text.slice(start, lastWord.end), key: '', country, office: t.office });
      }
      return;
    }
    if (lastRef && lastRef.word === b - 1) this.afterReference(a, b, lastRef);
    else if (pre.org && pre.org.end === lastWord.end && ORGANIZATION_LEADS[pre.org.name]) this.afterOrganization(a, b, pre.org);
  }

  /** "the UN chief", "the NATO head": the person leading the body. */
  private afterOrganization(a: number, b: number, org: Candidate): void {
    const words = this.words;
    const nx = words[b];
    if (!nx || nx.cap || words[b - 1]!.gap !== 0 || !DESC_OFFICES.has(nx.key)) return;
    if (nx.gap === 0 && words[b + 1]?.cap) return; // a name follows: "UN chief António Guterres"
    this.dropLastOrg(org.start);
    const start = this.withArticle(a, org.start);
    this.out.push({ kind: 'desc', start, end: nx.end, name: this.text.slice(start, nx.end), key: '', country: org.name, office: 'Leader' });
  }

  /** "By Anna Kowalski" opening a line: the author, not someone in the story. */
  private isByline(a: number): boolean {
    const by = this.words[a - 1];
    if (!by || by.key !== 'by' || by.gap !== 0) return false;
    let k = by.start - 1;
    while (k >= 0 && (this.text[k] === ' ' || this.text[k] === '\t')) k--;
    return k < 0 || this.text[k] === '\n';
  }

  /** After a country, seat or capital word: "the Russian leader", "US authorities", "Beijing expressed". */
  private afterReference(a: number, b: number, ref: Ref): void {
    const words = this.words;
    const last = words[b - 1]!;
    if (ref.kind === 'capital' || (ref.kind === 'country' && ref.named && !this.followedByNoun(b))) {
      // (a dateline in capitals, "BRUSSELS —", is a place)
      const before = words[a - 1];
      const afterPreposition = !!before && !before.cap && PLACE_PREPOSITIONS.has(before.key);
      if (!last.poss && !last.allCaps && !afterPreposition && this.verbFollows(b - 1)) {
        this.emitSimple('gov', b - 1, b, this.text.slice(ref.start, last.end), `gov:${ref.country.name}`, ref.country.name, ref.start);
        return;
      }
      if (ref.kind === 'capital') return;
    }
    if ((last.gap !== 0 && !(last.gap === 1 && last.key.includes('.'))) || b >= words.length) return;
    // a lower-case role: "the Russian leader", "Ukraine's foreign minister", "the Kremlin chief"
    let q = b;
    let former = false;
    if (FORMER_WORDS.has(words[q]!.key)) {
      former = true;
      q++;
    }
    const m = q < words.length && !words[q]!.cap ? longestPhrase(words, q, Math.min(words.length, q + 4)) : null;
    const t = payloadOf(m, 'title');
    if (m && t && allLower(words, q, q + m.len)) {
      const endWord = words[q + m.len - 1]!;
      const nameFollows = endWord.gap === 0 && words[q + m.len]?.cap;
      const office = t.info.office;
      if (!nameFollows && !former && (t.info.leader || DESC_OFFICES.has(office.toLowerCase()) || DESC_OFFICES.has(words[q]!.key))) {
        if (ref.kind === 'seat') this.dropLastOrg(ref.start);
        const start = this.withArticle(a, ref.start);
        this.out.push({ kind: 'desc', start, end: endWord.end, name: this.text.slice(start, endWord.end), key: '', country: ref.country.name, office: DESC_OFFICES.has(words[q]!.key) ? 'Leader' : office });
      }
      return;
    }
    if (ref.kind !== 'country') return;
    // a group or the government: "US authorities", "China's communist authorities", "the Chinese government"
    for (let k = b; k < Math.min(words.length, b + 3); k++) {
      const w = words[k]!;
      if (w.cap) return;
      // "on Russia's side" is a position, "the Chinese side" a party
      if (w.key === 'side' && words[ref.word]!.poss) return;
      if (GROUP_NOUNS.has(w.key) || GOVERNMENT_NOUNS.has(w.key)) {
        const start = this.withArticle(a, ref.start);
        const c = ref.country;
        if (GOVERNMENT_NOUNS.has(w.key)) this.emitSimple('gov', b, k + 1, this.text.slice(start, w.end).replace(/^(the|The)\s+/, ''), `gov:${c.name}`, c.name, start);
        else this.emitSimple('group', b, k + 1, `${c.demonyms[0]} ${w.key}`, `g:${c.name}:${w.key}`, c.name, start);
        return;
      }
      if (w.gap !== 0 || GROUP_STOPS.has(w.key) || SPEECH_VERBS.has(w.key)) return;
    }
  }

  /** A lower-case noun right after (a demonym's head): "US authorities", "China's leader". */
  private followedByNoun(b: number): boolean {
    const w = this.words[b];
    const prev = this.words[b - 1]!;
    return !!w && !w.cap && (prev.gap === 0 || (prev.gap === 1 && prev.key.includes('.'))) && !SPEECH_VERBS.has(w.key) && !VERB_FILLERS.has(w.key) && !w.key.endsWith('ly');
  }

  private dropLastOrg(start: number): void {
    for (let k = this.out.length - 1; k >= 0 && k >= this.out.length - 3; k--) {
      if (this.out[k]!.kind === 'org' && this.out[k]!.start === start) {
        this.out.splice(k, 1);
        return;
      }
    }
  }

  /** Include a directly preceding "the" in a description's span. */
  private withArticle(a: number, start: number): number {
    const words = this.words;
    for (let k = Math.max(0, a - 1); k < words.length && words[k]!.start < start; k++) {
      const w = words[k]!;
      const next = words[k + 1];
      if (w.key === 'the' && w.gap === 0 && next && next.start === start) return w.start;
    }
    return start;
  }

  /**
   * The word at p follows "<common noun> of/in/from/at" ("Residents of Westvik said", "Doctors at
   * Sundby said"): the verb is the noun's, the lone name only places it.
   */
  private placedNoun(p: number): boolean {
    const prep = this.words[p - 1];
    const noun = this.words[p - 2];
    if (!prep || !noun || !PLACING.has(prep.key) || prep.cap) return false;
    return !noun.cap || (noun.initial && (GROUP_NOUNS.has(noun.key) || ANONYMOUS_NOUNS.has(noun.key) || (noun.key.length > 3 && /[^s]s$/.test(noun.key))));
  }

  private verbFollows(k: number): boolean {
    const words = this.words;
    for (let j = k; j < Math.min(words.length - 1, k + 4); j++) {
      if (words[j]!.gap !== 0) return false;
      const nx = words[j + 1]!;
      if (SPEECH_VERBS.has(nx.key)) return true;
      if (!(VERB_FILLERS.has(nx.key) || (nx.key.endsWith('ly') && !nx.cap))) return false;
    }
    return false;
  }

  /** An organization head word within the next few words ("Foreign Ministry", "Democratic Party"). */
  private orgHead(p: number, b: number): number {
    const words = this.words;
    if (NON_NAMES.has(words[p]!.key) && !ORGANIZATION_HEADS.has(words[p]!.key)) return -1; // "The", "However"
    for (let q = p; q < Math.min(b, p + 6); q++) {
      const w = words[q]!;
      if (!w.cap) {
        if (w.key === 'of' || w.key === 'for' || w.key === 'the' || w.key === 'on') {
          // "Bill O'Reilly of Fox News": a known name after the connector is not this name's head
          const nx = words[q + 1]?.key === 'the' ? q + 2 : q + 1;
          if (nx < b && longestPhrase(words, nx, b)) return -1;
          continue;
        }
        return -1;
      }
      if (w.odd || (q > p && startsTitleOrPerson(words, q, b))) return -1;
      if (ORGANIZATION_HEADS.has(w.key) || (q > p && MEDIA_HEADS.has(w.key))) return q;
      if (w.poss) return -1;
    }
    return -1;
  }

  /** Name words from p: capitalized, not a known non-name, with particles and initials. */
  private nameWords(p: number, b: number): number {
    const words = this.words;
    let q = p;
    while (q < b && q - p < 5) {
      const w = words[q]!;
      if (!w.cap) {
        if (PARTICLES.has(w.key) && q > p && q + 1 < b && words[q + 1]!.cap) {
          q++;
          continue;
        }
        break;
      }
      if (w.odd) break;
      if (w.allCaps && w.key.length > 2 && !SUFFIXES.has(w.key)) break;
      if (CONTRACTION.test(w.key)) break; // a contraction: I've, He'll
      if (NON_NAMES.has(w.key) && !(q > p && SUFFIXES.has(w.key))) break;
      if (ORGANIZATION_HEADS.has(w.key)) break;
      if (SPEECH_VERBS.has(w.key)) break; // "Lindsey Graham Says" in a title-case headline; "Said Jane Doe"
      if (q > p) {
        const m = longestPhrase(words, q, b);
        // a one-word title closing a name is a surname ("Charlie King said")
        const lastTitle = m && m.len === 1 && hasKind(m, 'title') && (q + 1 >= b || !words[q + 1]!.cap);
        if (m && !hasKind(m, 'person') && !(m.len === 1 && SURNAME_COUNTRIES.has(w.key)) && !lastTitle) break;
      }
      q++;
      if (w.poss) break;
    }
    while (q > p && !words[q - 1]!.cap) q--;
    // "Steve Harvey Morning Show": a trailing thing-word leaves the name before it
    while (q - p >= 3 && TRAILING_NOT_NAME.has(words[q - 1]!.key)) q--;
    const n = q - p;
    // things, events and places: "Election Day", "Free Trade Agreement", "Fort Wayne"
    if (n >= 2 && (NON_PERSON_LAST.has(words[q - 1]!.key) || PLACE_FIRST.has(words[p]!.key))) return 0;
    if (n === 1 && (NON_PERSON_LAST.has(words[p]!.key) || (MEDIA_HEADS.has(words[p]!.key) && words[p - 1]?.key === 'the'))) return 0;
    return n;
  }

  private emitSimple(kind: Candidate['kind'], p: number, end: number, name: string, key: string, country: string | null, start = this.words[p]!.start): Candidate {
    const c: Candidate = { kind, start, end: this.words[end - 1]!.end, name: name.replace(/^(the|The)\s+/, ''), key, country };
    this.out.push(c);
    return c;
  }

  private emitPerson(runStart: number, p: number, end: number, kbName: string | null, pre: Prefix): void {
    const words = this.words;
    const start = words[p]!.start;
    const stop = words[end - 1]!.end;
    const nameKeys: string[] = [];
    for (let k = p; k < end; k++) {
      const w = words[k]!;
      if (w.cap && !SUFFIXES.has(w.key) && w.key.length > 1) nameKeys.push(w.key);
    }
    let role: RoleInfo | null = null;
    let titled = pre.titles.length > 0;
    let gender: 'm' | 'f' | undefined;
    for (const t of pre.titles) if (t.gender) gender = t.gender;
    const office = [...pre.titles].reverse().find((t) => !t.honorific);
    if (office) {
      role = { office: office.office, country: pre.country?.name ?? pre.body, former: pre.former };
      if (!pre.country && pre.body) role.nation = pre.bodyCountry;
    }
    if (!titled && p === runStart) {
      const back = this.lookback(runStart);
      if (back) {
        titled = true;
        if (back.title.gender) gender = back.title.gender;
        if (!back.title.honorific) role = { office: back.title.office, country: back.country, former: back.former, counterpart: back.title.office === 'counterpart' };
      }
    }
    if (!titled && p === runStart) {
      // "The Minister for Housing, Darragh O'Brien," (Commonwealth style): a title with its portfolio, set off by a comma
      const set = this.titleBeforeComma(runStart);
      if (set) {
        titled = true;
        if (set.gender) gender = set.gender;
        if (!set.honorific) role = { office: set.office, country: null, former: false };
      }
    }
    if (!titled && pre.org && this.headOfBefore(runStart)) {
      // "the head of the Chinese Foreign Ministry Qin Gang"
      role = officeFromOrg(pre.org);
      titled = true;
    }
    if (!role) role = this.appositive(end);
    if (role?.counterpart) {
      const prev = this.lastLeaderRole;
      role = prev ? { office: prev.office, country: role.country, former: false } : null;
    }
    if (role && role.office && role.country) this.lastLeaderRole = role;
    const single = nameKeys.length < 2;
    const weak = !kbName && !titled && (single || this.titleCase[p] === 1);
    this.out.push({
      kind: 'person', start, end: stop, name: this.text.slice(start, stop), key: '', country: role?.country ?? null,
      kbName: kbName ?? undefined, nameKeys, role, weak, titled, speaks: this.verbFollows(end - 1) && !(single && this.placedNoun(p)), gender,
      initial: words[p]!.initial,
    });
  }

  /** A title with its portfolio and a comma right before the run, opening its clause: "The Minister for Housing,
   * Darragh O'Brien", "the Minister of State for Finance, X". */
  private titleBeforeComma(a: number): TitleInfo | null {
    const words = this.words;
    const c = words[a - 1];
    if (!c || c.gap !== 2 || this.text.slice(c.end, words[a]!.start) !== ', ') return null;
    for (let s = a - 3; s >= 0 && s >= a - 6; s--) {
      const w = words[s]!;
      if (!w.cap || words[s + 1]?.key !== 'for' || w.gap !== 0) continue;
      const m = longestPhrase(words, s, s + 1);
      const t = payloadOf(m, 'title');
      if (!t || t.info.office === 'counterpart') return null;
      // (the words after "for" are the portfolio, capitalised, up to the comma; the title opens its clause)
      for (let k = s + 2; k < a; k++) if (!words[k]!.cap || (k < a - 1 && words[k]!.gap !== 0)) return null;
      const before = words[s - 1];
      if (before && !(before.key === 'the' && (s - 2 < 0 || words[s - 2]!.gap === 2)) && before.gap !== 2) return null;
      return t.info;
    }
    return null;
  }

  /** "the head of (the)" just before the run. */
  private headOfBefore(a: number): boolean {
    const words = this.words;
    let k = a - 1;
    if (words[k]?.key === 'the') k--;
    return words[k]?.key === 'of' && !!words[k - 1] && HEAD_OF.has(words[k - 1]!.key) && words[k - 1]!.gap === 0;
  }

  /** A lower-case title right before the run: "former president", "his Ukrainian counterpart". */
  private lookback(a: number): { title: TitleInfo; country: string | null; former: boolean } | null {
    const words = this.words;
    for (let len = 4; len >= 1; len--) {
      const s = a - len;
      if (s < 0) continue;
      if (!allLower(words, s, a) || words[a - 1]!.gap !== 0) continue;
      const m = longestPhrase(words, s, a);
      const t = payloadOf(m, 'title');
      if (!m || !t || m.len !== len) continue;
      let k = s - 1;
      let former = false;
      if (words[k] && FORMER_WORDS.has(words[k]!.key) && words[k]!.gap === 0) {
        former = true;
        k--;
      }
      let country: string | null = null;
      const cw = words[k];
      if (cw && cw.cap && cw.gap === 0) {
        for (let l = Math.min(2, k + 1); l >= 1; l--) {
          const cm = longestPhrase(words, k - l + 1, k + 1);
          const c = payloadOf(cm, 'country') ?? payloadOf(cm, 'demonym');
          if (cm && c && cm.len === l) {
            country = c.country.name;
            break;
          }
        }
      }
      return { title: t.info, country, former };
    }
    return null;
  }

  /** ", the Chinese president," / ", Ukraine's foreign minister," after a name. */
  private appositive(end: number): RoleInfo | null {
    const words = this.words;
    const last = words[end - 1];
    const nx = words[end];
    if (!last || !nx || last.gap !== 2) return null;
    const between = this.text.slice(last.end, nx.start);
    if (between !== ', ') return null;
    let q = end;
    if (words[q]!.key === 'the' || words[q]!.key === 'a' || words[q]!.key === 'an') q++;
    let country: string | null = null;
    let former = false;
    if (words[q] && FORMER_WORDS.has(words[q]!.key)) {
      former = true;
      q++;
    }
    const cm = q < words.length ? longestPhrase(words, q, Math.min(words.length, q + 3)) : null;
    const c = payloadOf(cm, 'country') ?? payloadOf(cm, 'demonym');
    if (cm && c) {
      country = c.country.name;
      q += cm.len;
    }
    if (words[q] && FORMER_WORDS.has(words[q]!.key)) {
      former = true;
      q++;
    }
    if (q >= words.length) return null;
    const tm = longestPhrase(words, q, Math.min(words.length, q + 4));
    const t = payloadOf(tm, 'title');
    if (!tm || !t || t.info.honorific || t.info.office === 'counterpart') return null;
    q += tm.len;
    if (!country && words[q - 1]!.gap === 0 && words[q]?.key === 'of') {
      const om = longestPhrase(words, q + 1 + (words[q + 1]?.key === 'the' ? 1 : 0), Math.min(words.length, q + 6));
      const oc = payloadOf(om, 'country');
      if (oc) country = oc.country.name;
    }
    return { office: t.info.office, country, former };
  }
}

function allLower(words: Word[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = words[k]!;
    if (w.cap) return false;
    if (k < e - 1 && w.gap !== 0) return false;
  }
  return true;
}

function abbreviationLike(w: Word): boolean {
  return w.key.length === 1 || w.key.includes('.') || ABBREVIATIONS.has(w.key);
}

function startsTitleOrPerson(words: Word[], q: number, b: number): boolean {
  const m: PhraseMatch | null = longestPhrase(words, q, b);
  return hasKind(m, 'title') || hasKind(m, 'person');
}

/** The office of the head of an organization: Foreign Ministry → Foreign Minister. */
function officeFromOrg(org: Candidate): RoleInfo {
  const k = org.key.replace(/^o:([^:]*:)?/, '');
  if (k === 'ministry of foreign affairs') return { office: 'Foreign Minister', country: org.country, former: false };
  const m = /^ministry of (.+)$/.exec(k);
  if (m) return { office: `Minister of ${titleCase(m[1]!)}`, country: org.country, former: false };
  const n = /^(.+) ministry$/.exec(k);
  if (n) return { office: `${titleCase(n[1]!)} Minister`, country: org.country, former: false };
  return { office: `Head of ${org.name}`, country: org.country, former: false };
}

const titleCase = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/**
 * Per word: 1 when it sits in a heading written in title case, where capitals say little: a line,
 * or the run-in head before a colon opening a line ("Limited Tools to Fight Terrorism: ...").
 */
function markTitleCaseLines(text: string, words: Word[]): Uint8Array {
  const flags = new Uint8Array(words.length);
  let i = 0;
  while (i < words.length) {
    const nl = text.indexOf('\n', words[i]!.start);
    const lineEnd = nl < 0 ? text.length : nl;
    let segEnd = lineEnd;
    for (let k = words[i]!.start, stop = Math.min(lineEnd, k + 80); k < stop; k++) {
      if (text.charCodeAt(k) === 58) {
        segEnd = k;
        break;
      }
    }
    let j = i;
    let long = 0;
    let caps = 0;
    while (j < words.length && words[j]!.start < segEnd) {
      const w = words[j]!;
      if (w.key.length > 2) {
        long++;
        if (w.cap) caps++;
      }
      j++;
    }
    // a heading does not end like a sentence (a run-in head ends at its colon)
    let e = segEnd - 1;
    while (e > words[i]!.start && /[\s"”’'»)]/.test(text[e]!)) e--;
    // (headlines may end with a period; a line of two sentences is running text)
    let sentenceLike = false;
    for (let k = words[i]!.start; k < e && !sentenceLike; k++) {
      const ch = text.charCodeAt(k);
      if ((ch === 46 || ch === 33 || ch === 63) && text.charCodeAt(k + 1) === 32 && k - 2 > words[i]!.start && text.charCodeAt(k - 2) !== 32) sentenceLike = true;
    }
    if (long >= 2 && caps / long >= 0.8 && !sentenceLike) flags.fill(1, i, j);
    i = j > i ? j : i + 1;
  }
  return flags;
}
