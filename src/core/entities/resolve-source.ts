// resolve(): the entity a written source refers to. In order: a mention already found there;
// a pronoun (the last fitting speaker, else the nearest fitting mention before it); a name,
// description or group read from the span itself; a country's document or the government a
// capital stands for; a definite description ("the ministry"); else an unnamed source.
// Anything but an unresolvable pronoun gets an id, new entities are appended to the list.
import type { Span } from '../types.ts';
import { looksCommon, type Ent, type EntityRegistry } from './entity-registry.ts';
import { CandidateScanner } from './scan-candidates.ts';
import { tokenizeWords } from './tokenize-words.ts';
import { longestPhrase, payloadOf } from './phrase-index.ts';
import { PRONOUNS, SPEECH_VERBS, VERB_FILLERS } from '../locales/en/lexicon/speech-verbs.ts';
import { ANONYMOUS_NOUNS, BODY_DESCRIPTION_NOUNS, DOCUMENT_NOUNS, GOVERNMENT_NOUNS, GROUP_NOUNS, HEARING_BODIES, PERSON_DEMONYMS, PROXY_NOUNS, SOURCE_DETERMINERS } from '../locales/en/lexicon/source-nouns.ts';
import { TITLES } from '../locales/en/lexicon/titles.ts';
import { nounGender } from '../locales/en/lexicon/gendered-nouns.ts';
import { MEDIA_HEADS } from '../knowledge/media-outlets.ts';
import { ORGANIZATION_HEADS } from '../knowledge/organizations.ts';
import { firstStartingAt, lowerBound } from '../text/sorted-search.ts';

const TRIM = /[\s"“”„«»‹›‘’‚'「」()[\],.;:!?—–-]/;
const PRONOUN_WINDOW = 3000;
/** A name of one to four capitalised words, then a comma and a lower-case apposition or relative clause. */
const APPOSITION = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}), (?:a|an|the|who|whose|which|one|[a-z]+ of the) /u;
/** "Whitby's barrister", "the minister's spokeswoman": the one named only owns the head noun, who is someone else. */
const POSSESSED_HEAD = /^\S.*?['’]s (?:[a-z][\p{L}-]* ){0,2}[a-z][\p{L}-]*$/u;
/** A noun phrase headed by a noun before "close to", "to", "of" or "around" and what follows. */
const PROXY_HEAD = /^(?:(?:a|an|the|one|two|three|several|some|A|An|The|One|Two|Three|Several|Some)\s+)?(?:[\p{L}-]+\s+){0,2}?([a-z]+)\s+(?:close to|to|of|for|around)\s+\S/u;
/** A determiner, a common noun and a preposition of place or kin, right before a source span. */
const NOUN_BEFORE_PREP = /(?:^|[\s,(])((?:a|an|the|one|A|An|The|One)\s+(?:[a-z][\p{L}-]*\s+){1,4}(?:in|from|at|of)\s+(?:the\s+)?)$/u;
/** "X's mother, Thandi": a possessed noun, then a name set off by a comma. */
const POSSESSED_APPOSITION = /^\S.*?['’]s (?:[a-z][\p{L}-]* ){0,2}[a-z][\p{L}-]*, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}$/u;
/** "the 31-year-old", "the Tory leader", "the Chief Minister": a definite description. */
const AGE_DESCRIPTION = /^the (\d{1,3})-year-old$/i;
const OFFICE_DESCRIPTION = /^the ((?:[\p{L}-]+ ){0,2})([\p{L}-]+(?: [\p{L}-]+)?)$/iu;
/** Any noun phrase, then a comma and a relative clause ("A shop manager in Hackney, who did not want to be named"). */
const RELATIVE_TAIL = /^(.*?\p{L}[^,]*), (?:who|whose) /u;
const SPOKESPERSON_FOR = /^(?:(?:a|an|the|A|An|The)\s+)?(?:[\p{L}-]+\s+){0,2}?spokes(?:man|woman|person)\s+for\s/u;
const MEDIA_NOUNS = new Set(['newspaper', 'paper', 'outlet', 'agency', 'broadcaster', 'channel', 'daily', 'magazine', 'website', 'network', 'tabloid']);

export interface ResolveContext {
  lastSpeaker?: string | null;
  /** The source span of the last attribution that named a speaker ("A spokesperson for the Department"). */
  lastSource?: Span | null;
}

export function resolveSource(reg: EntityRegistry, source: Span, ctx: ResolveContext = {}): string | null {
  const text = reg.text;
  if (!source || typeof source.start !== 'number' || typeof source.end !== 'number') return null;
  let s = Math.max(0, Math.min(source.start, text.length));
  let e = Math.max(s, Math.min(source.end, text.length));
  while (s < e && TRIM.test(text[s]!)) s++;
  while (e > s && TRIM.test(text[e - 1]!)) e--;
  if (s >= e) return null;
  // a span that opens on a name right after "<det> <noun> in|of|from|at": the name only places
  // or qualifies that noun ("A shop manager in Hackney, who …"), whose words they are
  // (not a clause: "The warning came from Cork manager John Cleary")
  const lead0 = s > 0 && (/\p{Lu}/u.test(text[s]!) || text.startsWith('the ', s)) ? NOUN_BEFORE_PREP.exec(text.slice(Math.max(0, s - 80), s)) : null;
  const lead = lead0 && !/\s(?:came|comes|come|was|were|is|are|has|had|have)\s/.test(lead0[1]!) ? lead0 : null;
  const ledFrom = lead ? s - lead[1]!.length : -1;
  // an apposition after a name is about the name: "Tom Baker, a former economist who now teaches at
  // the University of Otago, …" is Tom Baker, not the university named inside it
  const appos = APPOSITION.exec(text.slice(s, e));
  if (appos) e = s + appos[1]!.length;
  // a relative clause is about the noun phrase before it, not about a place inside it
  const rel = appos ? null : RELATIVE_TAIL.exec(text.slice(s, e));
  if (rel) e = s + rel[1]!.length;
  // a phrase after "from" says where a named person comes from: "Dr Maria Keane from the University of
  // Limerick" is Dr Keane, not the university
  const from = appos || rel ? null : / from /.exec(text.slice(s, e));
  if (from && reg.mentionWithin(s, s + from.index)?.e.type === 'person') e = s + from.index;
  if (lead) {
    const span = { start: ledFrom, end: e };
    const np = text.slice(ledFrom, e);
    const placed = placeModified(reg, ledFrom, e, np);
    if (placed) return placed;
    const clean = stripArticle(np);
    return reg.addSimple({ kind: 'anonymous', ...span, name: clean, key: `a:${clean.toLowerCase()}`, country: null }).e.id;
  }
  const raw = text.slice(s, e);
  // someone close to a person or body speaks as themselves ("A source close to the Tánaiste")
  // (unless the span ends on the speaker's own name: "A friend of the victim, John Hale")
  const proxy = PROXY_HEAD.exec(raw);
  // ("the mother of two" counts children: she is someone, not someone's mother)
  if (proxy && PROXY_NOUNS.has(proxy[1]!.toLowerCase()) && !(/,\s*[^,]+$/.test(raw) && personEndingAt(reg, s, e)) && !/\bof (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(raw)) {
    const clean = stripArticle(raw);
    return reg.addSimple({ kind: 'anonymous', start: s, end: e, name: clean, key: `a:${clean.toLowerCase()}`, country: null }).e.id;
  }
  // a spokesperson for a person speaks for them, not as them ("a spokeswoman for Ms Collins"): the spokesperson
  if (SPOKESPERSON_FOR.test(raw) && personWithin(reg, s, e)) {
    const clean = stripArticle(raw);
    return reg.addSimple({ kind: 'anonymous', start: s, end: e, name: clean, key: `a:${clean.toLowerCase()}`, country: null }).e.id;
  }
  // a span that opens on a person's name set off by a comma is that person, whoever the words after it name
  // ("Mr Martin, responding to Ms McDonald, said")
  const opener = personOpening(reg, s, e);
  if (opener) return opener.e.id;
  // a person by nationality ("the Spaniard said"): the last one quoted, if a person of that sex
  // (or by county or town: "the Mayo man", "the Kerry woman")
  const lone = /^(?:the|The)\s+(\p{L}+(?: \p{L}+)?)$/u.exec(raw)?.[1]!.toLowerCase() ?? '';
  const local = /^the \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? (?:wo)?man$/u.test(raw);
  if ((PERSON_DEMONYMS.has(lone) && !lone.endsWith('s')) || local) {
    const last = reg.get(ctx.lastSpeaker ?? null);
    const g = lone.endsWith('woman') ? 'f' : lone.endsWith('man') ? 'm' : undefined;
    if (last && last.e.type === 'person' && (!g || !last.gender || last.gender === g)) {
      reg.addMention(last, { start: s, end: e });
      return last.e.id;
    }
  }
  // a body by its kind ("the club said") after a body that spoke just before and is not known by it
  if (/^the \p{Ll}+$/u.test(raw) && BODY_DESCRIPTION_NOUNS.has(lone)) {
    const last = reg.get(ctx.lastSpeaker ?? null);
    if (last && bodyLike(last) && s - (last.starts[lowerBound(last.starts, s) - 1] ?? -Infinity) < UNNAMED_REACH) {
      reg.addMention(last, { start: s, end: e });
      return last.e.id;
    }
  }
  // someone's relative or aide with a first name set off by commas ("Mkhize's mother, Thandi"): that
  // one, not the one owning the noun
  const owned = POSSESSED_APPOSITION.exec(raw);
  if (owned && !personEndingAt(reg, s, e)) {
    return reg.addSimple({ kind: 'person', start: s, end: e, name: raw, key: `p:${raw.toLowerCase()}`, country: null }).e.id;
  }
  // "the spokesperson" right after "A spokesperson for the Department of Housing said": the noun that
  // headed the last speaker's source takes that speaker up (not someone else whose role holds the noun)
  const sameHead = /^the ([a-z]+)$/.exec(raw)?.[1];
  if (sameHead && ctx.lastSource && headsSource(text, ctx.lastSource, sameHead)) {
    const last = reg.get(ctx.lastSpeaker ?? null);
    if (last) {
      reg.addMention(last, { start: s, end: e });
      return last.e.id;
    }
  }
  // 1. already found there (a bare place after a common noun is not the source: step 3)
  //    (a person named at the span's end is its head: "Treasury Cabinet Secretary Njuguna Ndung'u",
  //    "the PDP National Publicity Secretary, Debo Ologunagba")
  // ("the Cork South-Central TD" is an office by its seat, not a name the scan found: the office first)
  const office = /^the .*\s(\S+)$/.exec(raw)?.[1]?.toLowerCase();
  const byOffice = office && TITLES[office] && !TITLES[office]!.honorific ? describedPerson(reg, s, raw, ctx) : null;
  if (byOffice) {
    reg.addMention(byOffice, { start: s, end: e });
    return byOffice.e.id;
  }
  const known = placeTail(reg, s, e, raw) || POSSESSED_HEAD.test(raw) ? null : (personEndingAt(reg, s, e) ?? reg.mentionWithin(s, e));
  if (known) return known.e.id;
  // a description no mention holds: by age or by office by age or by office ("the 31-year-old", "the Tory leader", "the Chief Minister")
  const described = describedPerson(reg, s, raw, ctx) ?? describedLastSpeaker(reg, s, raw, ctx);
  if (described) {
    reg.addMention(described, { start: s, end: e });
    return described.e.id;
  }
  // 2. a pronoun
  const low = raw.toLowerCase();
  const pronoun = PRONOUNS[low];
  if (pronoun && !(raw.length > 1 && raw === raw.toUpperCase())) {
    const id = resolvePronoun(reg, pronoun, low, s, ctx);
    // the pronoun becomes a mention of its entity ("He added" highlights as Qin Gang)
    const x = reg.get(id);
    if (x) reg.addMention(x, { start: s, end: e });
    return id;
  }
  if (e - s > 300) return null; // not a source
  // 3. a name, description or group in the span; first a place after of/in/from/at, which only
  //    places the noun before it: "Residents of Westvik", "Marine insurers in London"
  const placed = placeModified(reg, s, e, raw);
  if (placed) return placed;
  const words = tokenizeWords(text, [], s, e);
  if (!words.length) return null;
  const cands = new CandidateScanner(text, words).scan();
  const headEnd = words[words.length - 1]!.end;
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k]!;
    // the name must be the head of the span: "Putin's spokesman" and "Local officials" are not Putin or Local
    if (c.end < headEnd && c.kind !== 'group' && c.kind !== 'gov' && c.kind !== 'desc') continue;
    let x: Ent | null = null;
    if (c.kind === 'desc') x = reg.addDescription(c);
    else if (c.kind === 'person') x = c.kbName || (!c.weak && (c.nameKeys?.length ?? 0) >= 2) ? reg.addPerson(c) : reg.linkShort(c, true);
    else x = reg.addSimple(c);
    if (x) return x.e.id;
  }
  // 4. a country's document, government or group written in lower case ("the Chinese communiqué", "Beijing")
  let i = 0;
  while (i < words.length && SOURCE_DETERMINERS.has(words[i]!.key) && !words[i]!.cap) i++;
  if (i < words.length && words[i]!.key === 'the') i++;
  const m = longestPhrase(words, i, words.length);
  const country = payloadOf(m, 'country') ?? payloadOf(m, 'demonym') ?? payloadOf(m, 'capital') ?? payloadOf(m, 'seat');
  const head = words[words.length - 1]!;
  const span = { start: s, end: e };
  const clean = stripArticle(raw);
  if (m && country) {
    const c = country.country;
    if (i + m.len >= words.length) {
      // "Mexicans say": the people; "Moscow", "China said": the government
      const people = payloadOf(m, 'demonym') && !payloadOf(m, 'country') && head.key.endsWith('s');
      if (people) return reg.addSimple({ kind: 'group', ...span, name: clean, key: `g:${c.name}:people`, country: c.name }).e.id;
      return reg.addSimple({ kind: 'gov', ...span, name: clean, key: `gov:${c.name}`, country: c.name }).e.id;
    }
    if (DOCUMENT_NOUNS.has(head.key)) return reg.addSimple({ kind: 'doc', ...span, name: clean, key: `doc:${c.name}:${head.key}`, country: c.name }).e.id;
    if (GOVERNMENT_NOUNS.has(head.key)) return reg.addSimple({ kind: 'gov', ...span, name: clean, key: `gov:${c.name}`, country: c.name }).e.id;
    if (GROUP_NOUNS.has(head.key)) return reg.addSimple({ kind: 'group', ...span, name: `${c.demonyms[0]} ${head.key}`, key: `g:${c.name}:${head.key}`, country: c.name }).e.id;
  }
  // 5. a definite description: "the minister", "the ministry", "the newspaper"
  if (words[0]!.key === 'the' && words.length <= 4 && !head.cap) {
    const x = lastBefore(reg, s, (y) => fitsDescription(y, head.key));
    if (x) {
      reg.addMention(x, span);
      return x.e.id;
    }
  }
  // 6. a short form of an outlet or organization named before: "The Post", "the Journal"
  if (head.cap && words.length - i === 1) {
    const x = lastBefore(reg, s, (y) => (y.e.type === 'media' || y.e.type === 'organization') && lastWordKey(y.e.name) === head.key);
    if (x) {
      reg.addMention(x, span);
      return x.e.id;
    }
  }
  // 7. anything else: capitalized → a name we could not place; else an unnamed source
  // (a capital letter that only opens the sentence does not make a name: "Local officials")
  const bare = words.length - i === 1;
  if (bare && TITLES[head.key]) {
    // "President said": the last person with that title
    const x = lastBefore(reg, s, (y) => fitsDescription(y, head.key));
    if (x) {
      reg.addMention(x, span);
      return x.e.id;
    }
  }
  if (head.cap && !(bare && (head.initial || i > 0) && looksCommon(head.key))) {
    const allAcronym = words.every((w) => w.allCaps || !w.cap);
    const kind = allAcronym || ORGANIZATION_HEADS.has(head.key) ? 'org' : MEDIA_HEADS.has(head.key) ? 'media' : 'person';
    if (kind === 'person') {
      const keys = words.filter((w) => w.cap).map((w) => w.key);
      return reg.addPerson({ kind, ...span, name: clean, key: '', country: null, nameKeys: keys }).e.id;
    }
    return reg.addSimple({ kind, ...span, name: clean, key: `o:${clean.toLowerCase()}`, country: null }).e.id;
  }
  const orgLike = ORGANIZATION_HEADS.has(head.key) && !GROUP_NOUNS.has(head.key);
  return reg.addSimple({ kind: orgLike ? 'org' : 'anonymous', ...span, name: clean, key: `a:${clean.toLowerCase()}`, country: null }).e.id;
}

/** "<common noun> of/in/from/at (the) <Place>": the noun's own words end at the preposition. */
const PLACE_MOD = /^(.*?)(\p{L}[\p{L}'’-]*)\s+(?:of|in|from|at|for|on)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u;

const PLACE_APPOSITION = /^(.*?\s(?:of|in|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}), (?:a|an|the|which|where|home to) /u;

interface PlaceTail {
  name: string;
  headKey: string;
  headEnd: number;
  country: { name: string; demonyms: string[] } | null;
}

// The span is a common noun placed by a place name (known, or one capitalised word no name or
// organization is known by): the place is a modifier, never the speaker.
function placeTail(reg: EntityRegistry, s: number, e0: number, raw0: string): PlaceTail | null {
  // an apposition after the place is about the place: "Farmers in Nordmark, a poor region"
  const ap = PLACE_APPOSITION.exec(raw0);
  const raw = ap ? ap[1]! : raw0;
  const e = s + raw.length;
  if (e > e0) return null;
  const m = PLACE_MOD.exec(raw);
  if (!m) return null;
  const before = m[1]!;
  const head = m[2]!;
  const headKey = head.toLowerCase();
  const lower = head[0] === head[0]!.toLowerCase();
  // a capitalised head only where it opens the span and is plainly common: "Residents of …"
  // (or an office held for a place: "The Labour MP for Bolton")
  if (!lower && !(/^(?:(?:the|The|some|Some|many|Many)\s+)?$/.test(before) && (GROUP_NOUNS.has(headKey) || ANONYMOUS_NOUNS.has(headKey) || /[^s]s$/.test(headKey))) && !(headKey === 'mp' && m[0]!.includes(' for '))) return null;
  if (lower && (PRONOUNS[headKey] || SPEECH_VERBS.has(headKey) || headKey.endsWith('ed') || headKey.endsWith('ing'))) return null;
  const tailStart = s + raw.length - m[3]!.length;
  const words = tokenizeWords(reg.text, [], tailStart, e);
  if (!words.length) return null;
  const p = longestPhrase(words, 0, words.length);
  const whole = p && p.len === words.length;
  const country = whole ? (payloadOf(p, 'country') ?? payloadOf(p, 'capital'))?.country ?? null : null;
  const known = whole && (country || payloadOf(p, 'place'));
  // an office of a country ("the president of France") is read as before: a description of its holder
  if (country && headKey in TITLES) return null;
  // (a plural head is a group whatever names it: "Islanders on South Uist", "Supporters of Jane Roe")
  const plural = /[^s]s$/.test(headKey) && !PROXY_NOUNS.has(headKey);
  if (!known && !plural) {
    if (words.length !== 1 || p || words[0]!.allCaps || ORGANIZATION_HEADS.has(words[0]!.key) || MEDIA_HEADS.has(words[0]!.key)) return null;
    // a short name of someone named before ("a friend of Smith") stays a name
    const x = reg.mentionWithin(tailStart, e);
    if (x && x.e.name.includes(' ')) return null;
  }
  const headEnd = s + before.length + head.length;
  // the noun's own words are a known name or description ("the president of France"): as before
  if (reg.mentionWithin(s, headEnd)) return null;
  return { name: raw, headKey, headEnd, country: country ? { name: country.name, demonyms: country.demonyms } : null };
}

function placeModified(reg: EntityRegistry, s: number, e: number, raw: string): string | null {
  const p = placeTail(reg, s, e, raw);
  if (!p) return null;
  const span = { start: s, end: e };
  if (p.country && GROUP_NOUNS.has(p.headKey)) {
    const c = p.country;
    return reg.addSimple({ kind: 'group', ...span, name: `${c.demonyms[0]} ${p.headKey}`, key: `g:${c.name}:${p.headKey}`, country: c.name }).e.id;
  }
  const clean = stripArticle(p.name);
  return reg.addSimple({ kind: 'anonymous', ...span, name: clean, key: `a:${clean.toLowerCase()}`, country: null }).e.id;
}

function lastWordKey(name: string): string {
  const k = name.lastIndexOf(' ');
  return name.slice(k + 1).toLowerCase();
}

function stripArticle(s: string): string {
  return s.replace(/^(the|The|a|A|an|An)\s+/, '');
}

function fitsDescription(x: Ent, noun: string): boolean {
  const t = x.e.type;
  if (MEDIA_NOUNS.has(noun)) return t === 'media';
  const title = TITLES[noun];
  if (title && t === 'person') return !!x.e.role && (x.e.role.toLowerCase().includes(noun) || (!!title.office && x.e.role.toLowerCase().includes(title.office.toLowerCase())));
  if (ORGANIZATION_HEADS.has(noun) && t === 'organization') return x.e.name.toLowerCase().includes(noun);
  return false;
}

function lastBefore(reg: EntityRegistry, at: number, fits: (x: Ent) => boolean): Ent | null {
  const all = reg.mentionsSorted();
  for (let k = firstStartingAt(all, at) - 1; k >= 0; k--) {
    const m = all[k]!;
    if (at - m.start > PRONOUN_WINDOW) break;
    if (fits(m.ent)) return m.ent;
  }
  return null;
}

function resolvePronoun(reg: EntityRegistry, kind: 'person' | 'plural' | 'thing' | 'speaker', low: string, at: number, ctx: ResolveContext): string | null {
  const gender = low === 'she' || low === 'her' || low === 'hers' || low === 'herself' ? 'f' : kind === 'person' && low !== 'who' ? 'm' : undefined;
  const fits = (x: Ent): boolean => {
    const t = x.e.type;
    if (kind === 'speaker') return true;
    if (kind === 'person') return t === 'person' && (!gender || !x.gender || x.gender === gender);
    if (kind === 'plural') return t === 'group' || t === 'anonymous' || t === 'organization' || t === 'media';
    return t === 'organization' || t === 'media';
  };
  // a relative pronoun takes up the mention right before it ("Economist Chris Richardson, who …")
  if (low === 'who' || low === 'whose') {
    const ante = mentionEndingAt(reg, at);
    if (ante) return ante.e.type === 'person' || unnamedOne(ante) ? ante.e.id : null;
  }
  const last = reg.get(ctx.lastSpeaker ?? null);
  // someone else who fits opens the sentence just before ("All Blacks coach Scott Robertson, meanwhile, made
  // four changes. “…,” he said."): the pronoun may be theirs as well as the last speaker's, so no one
  if (kind === 'person' && last && fits(last) && otherOpensSentenceBefore(reg, at, last, fits)) return null;
  if (last && fits(last)) return last.e.id;
  if (kind === 'speaker') return null;
  // the last one quoted is someone unnamed ("the daughter of one resident said …"): a "she" in a later
  // sentence most likely goes on with them, never with a person named further back
  // (and with them when they were the subject of the sentence just before and its noun fits the
  // pronoun: "A spokeswoman for the force said …. “…,” she said.")
  if (kind === 'person' && last && unnamedOne(last)) return (subjectBefore(reg, at, fits, true) ?? unnamedJustBefore(reg, at, last, gender))?.e.id ?? null;
  if (kind === 'person') return subjectBefore(reg, at, fits)?.e.id ?? null;
  return lastBefore(reg, at, fits)?.e.id ?? null;
}

/**
 * The person a "he" or "she" most likely continues with (after Hobbs): in the pronoun's own
 * sentence the nearest fitting mention before it; else, sentence by sentence backwards, the
 * first fitting mention of the sentence (subjects come first in English).
 */
function otherOpensSentenceBefore(reg: EntityRegistry, at: number, last: Ent, fits: (x: Ent) => boolean): boolean {
  const si = reg.sentenceAt(at);
  if (si < 1) return false;
  const own = reg.sentences[si]!;
  const prev = reg.sentences[si - 1]!;
  const all = reg.mentionsSorted();
  const lo = firstStartingAt(all, prev.start);
  let opener: Ent | null = null;
  for (let k = lo; k < all.length && all[k]!.start < at; k++) {
    const m = all[k]!;
    // the last speaker named in either sentence: they are the one taken up
    if (m.ent === last) return false;
    if (opener || m.start >= prev.end || m.start >= own.start) continue;
    const lead = reg.text.slice(prev.start, m.start);
    if (/^[\s"“”'‘’]*(?:[\p{L}'’-]+ ){0,4}$/u.test(lead) && m.ent.e.type === 'person' && fits(m.ent) && !modifies(reg.text, m.end) && !insideQuotation(reg.text, m.start)) opener = m.ent;
  }
  return !!opener;
}

/** A person named by two or more words whose mention ends the span [s, e) and starts inside it. */
function personEndingAt(reg: EntityRegistry, s: number, e: number): Ent | null {
  const all = reg.mentionsSorted();
  for (let k = firstStartingAt(all, e) - 1; k >= 0 && all[k]!.start >= s; k--) {
    const m = all[k]!;
    if (m.end === e && m.start > s && m.ent.e.type === 'person' && m.ent.e.name.includes(' ')) return m.ent;
  }
  return null;
}

/** The mention that ends right before `at`, with at most a comma between ("X, who"). */
function mentionEndingAt(reg: EntityRegistry, at: number): Ent | null {
  const all = reg.mentionsSorted();
  let best: { start: number; end: number; ent: Ent } | null = null;
  for (let k = firstStartingAt(all, at) - 1; k >= 0 && at - all[k]!.start < 300; k--) {
    const m = all[k]!;
    if (m.end <= at && /^[\s,]*$/.test(reg.text.slice(m.end, at)) && (!best || m.end - m.start > best.end - best.start || m.end > best.end)) best = m;
  }
  return best?.ent ?? null;
}

/**
 * The unnamed speaker `last` when it opens a sentence shortly before the pronoun (within this
 * paragraph or the one before), no person is named between, and its head noun does not say the
 * other gender.
 */
function unnamedJustBefore(reg: EntityRegistry, at: number, last: Ent, gender: 'm' | 'f' | undefined): Ent | null {
  const headGender = nounGender(lastWordKey(last.e.name));
  if (gender && headGender && headGender !== gender) return null;
  const all = reg.mentionsSorted();
  for (let k = firstStartingAt(all, at) - 1; k >= 0 && at - all[k]!.start < UNNAMED_REACH; k--) {
    const m = all[k]!;
    if (m.ent !== last) {
      if (m.ent.e.type === 'person') return null;
      continue;
    }
    if ((reg.text.slice(m.end, at).match(/\n\s*\n|\n/g) ?? []).length > 1) return null;
    const si = reg.sentenceAt(m.start);
    const opens = si >= 0 && /^[\s"“”'‘’]*(?:[\p{L}'’,-]+ ){0,4}$/u.test(reg.text.slice(reg.sentences[si]!.start, m.start));
    return opens ? last : null;
  }
  return null;
}
const UNNAMED_REACH = 600;

/**
 * The person a definite description takes up. By age: the one introduced with it ("Kerry Anderson,
 * 34," / "34-year-old Kerry Anderson"), else the person who opens the sentence before. By office:
 * the last person holding it, or introduced with its noun before the name ("The Conservative leader,
 * Kemi Badenoch" for "the Tory leader"; "Kerala Chief Minister Pinarayi Vijayan").
 */
function describedPerson(reg: EntityRegistry, s: number, raw: string, ctx: ResolveContext): Ent | null {
  const age = AGE_DESCRIPTION.exec(raw);
  if (age) {
    const n = age[1]!;
    const withAge = lastBefore(reg, s, (y) => y.e.type === 'person' && !!y.e.mentions[0] && introducedWithAge(reg.text, y.e.mentions[0], n));
    if (withAge) return withAge;
    const si = reg.sentenceAt(s);
    if (si < 1) return null;
    const prev = reg.sentences[si - 1]!;
    const all = reg.mentionsSorted();
    const k = firstStartingAt(all, prev.start);
    const m = all[k];
    if (m && m.start < prev.end && m.ent.e.type === 'person' && /^[\s"“”'‘’]*(?:\p{Lu}[\p{L}-]* ){0,2}$/u.test(reg.text.slice(prev.start, m.start))) {
      // (and no one else named between)
      for (let j = k + 1; j < all.length && all[j]!.start < s; j++) if (all[j]!.ent !== m.ent && all[j]!.ent.e.type === 'person') return null;
      return m.ent;
    }
    // else the one person named in the two sentences before ("Her neighbour, crofter Angus Macleod, said …
    // “…,” the 67-year-old said"), words inside quotation marks aside
    // (in this paragraph first: "Former captain Rory Best, now a pundit, was critical … “…,” the 42-year-old told …")
    return onlyPersonSince(reg, reg.text.lastIndexOf('\n', s - 1) + 1, s) ?? onlyPersonSince(reg, paragraphBefore(reg.text, s), s);
  }
  const office = OFFICE_DESCRIPTION.exec(raw);
  if (!office) return null;
  const words = `${office[1]}${office[2]}`.toLowerCase().split(' ');
  let head = '';
  for (let j = 0; j < words.length && !head; j++) {
    const tail = words.slice(j).join(' ');
    if (TITLES[tail] && !TITLES[tail]!.honorific) head = tail;
  }
  if (!head) return null;
  const office2 = TITLES[head]!.office.toLowerCase();
  const fits = (y: Ent) => y.e.type === 'person' && ((!!y.e.role && (y.e.role.toLowerCase().includes(head) || (!!office2 && y.e.role.toLowerCase().includes(office2)))) || introducedAs(reg.text, y, head));
  const last = reg.get(ctx.lastSpeaker ?? null);
  if (last && fits(last)) return last;
  return lastBefore(reg, s, fits);
}

/** "Kerry Anderson, 34," or "34-year-old Kerry Anderson". */
function introducedWithAge(text: string, m: Span, n: string): boolean {
  return text.startsWith(`, ${n},`, m.end) || text.slice(Math.max(0, m.start - n.length - 10), m.start).toLowerCase().endsWith(`${n}-year-old `);
}

/**
 * The office's noun just before the person's first name in its sentence ("Chief Minister Pinarayi
 * Vijayan", "The Conservative leader, Kemi Badenoch"). The words before it are remembered per person.
 */
function introducedAs(text: string, y: Ent, head: string): boolean {
  let lead = INTRO_LEAD.get(y);
  if (lead === undefined) {
    const m = y.e.mentions[0];
    const before = m ? text.slice(Math.max(0, m.start - 40), m.start).toLowerCase() : '';
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
    lead = ` ${before.slice(cut + 1).replace(/,?\s*$/, '')}`;
    INTRO_LEAD.set(y, lead);
  }
  return lead.endsWith(` ${head}`);
}
const INTRO_LEAD = new WeakMap<Ent, string>();

/** An organisation, or a one-word name with no title or sex known (a club, a firm: "Arsenal said"). */
function bodyLike(x: Ent): boolean {
  if (x.e.type === 'organization') return true;
  return x.e.type === 'person' && !x.e.name.includes(' ') && !x.gender && !x.e.role;
}

function unnamedOne(x: Ent): boolean {
  // (the head noun before what places it: "One senior lecturer in the School of Life Sciences" is one)
  return x.e.type === 'anonymous' && !/s$/i.test(x.e.name.replace(/\s+(?:in|of|from|at|for|on|with)\s.*$/, ''));
}

function subjectBefore(reg: EntityRegistry, at: number, fits: (x: Ent) => boolean, ownSentenceOnly = false): Ent | null {
  const si = reg.sentenceAt(at);
  if (si < 0) return lastBefore(reg, at, fits);
  const all = reg.mentionsSorted();
  const own = reg.sentences[si]!;
  let fallback: Ent | null = null;
  for (let k = firstStartingAt(all, at) - 1; k >= 0 && all[k]!.start >= own.start; k--) {
    const m = all[k]!;
    if (!fits(m.ent)) continue;
    // (not a name inside the quotation the pronoun tags: "“… the council's plan, Better Buses for Calderdale, …,” she said")
    if (insideQuotation(reg.text, m.start)) continue;
    if (!modifies(reg.text, m.end)) return m.ent;
    fallback ??= m.ent;
  }
  if (ownSentenceOnly) return fallback;
  for (let j = si - 1; j >= 0 && j >= si - 4; j--) {
    const s = reg.sentences[j]!;
    if (at - s.start > PRONOUN_WINDOW) break;
    for (let k = firstStartingAt(all, s.start); k < all.length && all[k]!.start < s.end; k++) {
      const m = all[k]!;
      if (!fits(m.ent)) continue;
      if (insideQuotation(reg.text, m.start)) continue;
      if (!modifies(reg.text, m.end)) return m.ent;
      fallback ??= m.ent;
    }
    if (fallback) return fallback;
  }
  return fallback;
}

/**
 * The mention only qualifies a noun ("Clinton's campaign", "Clinton spokeswoman Jennifer
 * Palmieri"): a weaker antecedent than a subject.
 */
function modifies(text: string, end: number): boolean {
  const c = text[end];
  if ((c === "'" || c === '’') && (text[end + 1] === 's' || text[end + 1] === ' ')) return true;
  if (c !== ' ') return false;
  let k = end + 1;
  while (k < text.length && k - end < 20 && /[a-z-]/.test(text[k]!)) k++;
  const next = text.slice(end + 1, k);
  if (next.length < 2 || text[k] === '.') return false;
  if (next in TITLES || ANONYMOUS_NOUNS.has(next) || MODIFIED_NOUNS.has(next)) return true;
  // a noun right after a name qualifies it ("Clinton communication director"); a verb does not
  return !(SPEECH_VERBS.has(next) || VERB_FILLERS.has(next) || NOT_NOUNS.has(next) || /(ed|s|ing)$/.test(next));
}

/** Function words and common irregular past tenses that follow a subject. */
const NOT_NOUNS = new Set([
  'and', 'or', 'but', 'who', 'whose', 'which', 'that', 'to', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'as',
  'if', 'when', 'while', 'after', 'before', 'than', 'then', 'also', 'himself', 'herself', 'themselves', 'itself',
  'met', 'took', 'gave', 'went', 'made', 'got', 'won', 'lost', 'left', 'came', 'saw', 'ran', 'began', 'became', 'kept',
  'held', 'led', 'sent', 'spent', 'felt', 'brought', 'bought', 'knew', 'spoke', 'sat', 'stood', 'put', 'set', 'cut',
  'hit', 'let', 'read', 'did', 'do', 'can', 'could', 'should', 'would', 'will', 'may', 'might', 'must', 'shall',
]);

const MODIFIED_NOUNS = new Set(['campaign', 'administration', 'team', 'camp', 'supporters', 'allies', 'foundation', 'family', 'government', 'presidency']);

/**
 * The one person named (outside quotation marks, not as a modifier) in [from, at); of several, the one who alone
 * opens a sentence ("Opener Yashasvi Jaiswal, who … The left-hander was dismissed by Keshav Maharaj"); else null.
 */
function onlyPersonSince(reg: EntityRegistry, from: number, at: number): Ent | null {
  const all = reg.mentionsSorted();
  let one: Ent | null = null;
  let several = false;
  let opener: Ent | null = null;
  let openers = 0;
  for (let k = firstStartingAt(all, from); k < all.length && all[k]!.start < at; k++) {
    const m = all[k]!;
    if (m.ent.e.type !== 'person' || modifies(reg.text, m.end) || insideQuotation(reg.text, m.start)) continue;
    if (one && m.ent !== one) several = true;
    one ??= m.ent;
    const si = reg.sentenceAt(m.start);
    if (si >= 0 && /^[\s"“”'‘’]*(?:\p{Lu}[\p{L}-]* ){0,2}$/u.test(reg.text.slice(reg.sentences[si]!.start, m.start)) && m.ent !== opener) {
      openers++;
      opener = m.ent;
    }
  }
  if (!several) return one;
  return openers === 1 ? opener : null;
}

/** The start of the paragraph before the one holding `at` (at most 1,500 characters back). */
function paragraphBefore(text: string, at: number): number {
  let k = text.lastIndexOf('\n', at - 1);
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  k = k > 0 ? text.lastIndexOf('\n', k - 1) + 1 : 0;
  return Math.max(k, at - 1500);
}

/** Whether offset `at` lies inside quotation marks opened earlier in its paragraph. */
function insideQuotation(text: string, at: number): boolean {
  let open = false;
  for (let k = at - 1; k >= 0 && text[k] !== '\n'; k--) {
    const c = text[k];
    // (the nearest mark before decides: an opening one, or a straight one after a space or at the start)
    if (c === '“') return true;
    if (c === '”') return false;
    if (c === '"') {
      open = k === 0 || /[\s(\[—–-]/.test(text[k - 1]!) || text[k - 1] === '\n';
      return open;
    }
  }
  return open;
}

/** Whether `noun` heads the source span ("A spokesperson for the Department of Housing" for "spokesperson"). */
function headsSource(text: string, src: Span, noun: string): boolean {
  const raw = text.slice(src.start, src.end);
  return new RegExp(`^(?:(?:a|an|the|one|its|his|her|their)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${noun}(?:\\s+(?:for|of|at|from|to|with)\\b|,|$)`, 'iu').test(raw);
}

/**
 * A definite description no mention holds and no officeholder fits ("the Everton manager", "the mother of two",
 * "the minister" for a minister not yet given the office) takes up the last speaker: a person named in this
 * sentence or the two before with no other person named since, of the noun's sex, holding no other office.
 */
function describedLastSpeaker(reg: EntityRegistry, s: number, raw: string, ctx: ResolveContext): Ent | null {
  const d = /^the ((?:\p{Lu}[\p{L}'’.-]*\s+){0,3})([a-z][\p{L}-]*(?:\s+[a-z][\p{L}-]*){0,2})$/u.exec(raw);
  if (!d) return null;
  const words = d[2]!.split(/\s+/);
  const ofAt = words.indexOf('of');
  const head = (ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!).replace(/-of-.*$/, '');
  if (ofAt > 0 && !/^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/.test(words[ofAt + 1] ?? '')) return null;
  if (/[^s]s$/.test(head) || PRONOUNS[head] || ANONYMOUS_NOUNS.has(head) || BODY_DESCRIPTION_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) || GROUP_NOUNS.has(head) || MEDIA_NOUNS.has(head) || HEARING_BODIES.has(head)) return null;
  const last = reg.get(ctx.lastSpeaker ?? null);
  if (!last || last.e.type !== 'person') return null;
  const title = TITLES[head];
  const g = title?.gender ?? nounGender(head);
  if (g && last.gender && g !== last.gender) return null;
  if (title && last.e.role && !last.e.role.toLowerCase().includes(head) && !(title.office && last.e.role.toLowerCase().includes(title.office.toLowerCase()))) return null;
  // someone else holds the office somewhere in the article: not guessed
  if (title && !title.honorific && reg.ents.some((y) => y !== last && y.e.type === 'person' && !!y.e.role && y.e.role.toLowerCase().includes(head))) return null;
  const from = paragraphBefore(reg.text, s);
  const all = reg.mentionsSorted();
  for (let k = firstStartingAt(all, s) - 1; k >= 0 && all[k]!.start >= from; k--) {
    const m = all[k]!;
    if (m.ent === last) return last;
    if (m.ent.e.type === 'person' && !insideQuotation(reg.text, m.start)) return null;
  }
  return null;
}

/** A mention inside [s, e) of someone surely a person (of known sex or holding an office, not "Hampshire Constabulary"). */
function personWithin(reg: EntityRegistry, s: number, e: number): Ent | null {
  const all = reg.mentionsSorted();
  for (let k = firstStartingAt(all, s); k < all.length && all[k]!.start < e; k++) {
    const x = all[k]!.ent;
    if (all[k]!.end <= e && x.e.type === 'person' && (x.gender || x.e.role)) return x;
  }
  return null;
}

/** A person's mention that opens the span [s, e) and is followed by a comma inside it ("Mr Martin, responding to …"). */
function personOpening(reg: EntityRegistry, s: number, e: number): Ent | null {
  const all = reg.mentionsSorted();
  const k = firstStartingAt(all, s);
  const m = all[k];
  // (after a courtesy title at most: "Mr Martin")
  if (!m || m.ent.e.type !== 'person' || m.end >= e || !/^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)?$/.test(reg.text.slice(s, m.start))) return null;
  // (the longest mention starting there: "Mary Lou McDonald", not "Mary")
  let best = m;
  for (let j = k + 1; j < all.length && all[j]!.start === m.start; j++) if (all[j]!.end > best.end && all[j]!.end < e) best = all[j]!;
  return /^,\s/.test(reg.text.slice(best.end, best.end + 2)) ? best.ent : null;
}
