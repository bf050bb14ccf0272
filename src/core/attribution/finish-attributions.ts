// The drafts in reading order, each with its speaker resolved by the entity index (a quotation
// without a cue of its own inherits the last quoted speaker), its kind and whether its source is vague.
import type { Attribution, AttributionKind, Span } from '../types.ts';
import type { EntityIndex } from '../entities/find-entities.ts';
import type { Draft } from './draft.ts';
import type { QuoteIndex } from './quote-index.ts';
import { DETERMINERS, VAGUE_HEADS } from '../locales/en/lexicon/word-classes.ts';
import { PROXY_NOUNS } from '../locales/en/lexicon/source-nouns.ts';
import { firstStartingAt } from '../text/sorted-search.ts';
import { genderOfGivenName } from '../locales/en/lexicon/given-names.ts';

const FAR = 1500;

export function finish(text: string, drafts: Draft[], quotes: QuoteIndex, entities: EntityIndex): Attribution[] {
  const first = (d: Draft) => Math.min(d.content[0]!.start, d.source?.start ?? Infinity);
  drafts.sort((x, y) => first(x) - first(y));
  const out: Attribution[] = [];
  let lastSpeaker: string | null = null;
  let lastSource: Span | null = null;
  // The last quoted speaker: a quotation with no cue of its own goes on with them.
  let quoted: { source: Span | null; speaker: string | null; vague: boolean; end: number } = { source: null, speaker: null, vague: false, end: 0 };
  // quotations given the last quoted speaker, with where that speaker's words ended
  const inherited: { at: number; from: number }[] = [];
  for (const d of drafts) {
    let speaker: string | null = null;
    let source = d.source;
    let vague = false;
    if (d.inherit) {
      // too far from the last quoted speaker, the quotation is left unattributed
      const near = !d.unsure && quoted.source && d.content[0]!.start - quoted.source.end < FAR;
      speaker = near ? quoted.speaker : null;
      source = near ? quoted.source : null;
      vague = near ? quoted.vague : false;
    } else {
      const span = d.speakerSpan ?? d.source;
      if (span) {
        try {
          speaker = entities.resolve(span, { lastSpeaker, lastSource });
        } catch {
          speaker = null;
        }
      }
      vague = source ? isVague(text, source) : false;
    }
    if (speaker) {
      lastSpeaker = speaker;
      lastSource = d.inherit ? lastSource : source;
    }
    if (source && !d.inherit && d.content.some((c) => quotes.quotedLength(c) > 0)) quoted = { source, speaker, vague, end: Math.max(source.end, ...d.content.map((c) => c.end)) };
    if (d.inherit && speaker) {
      inherited.push({ at: out.length, from: quoted.end });
      quoted.end = Math.max(quoted.end, ...d.content.map((c) => c.end));
    }
    const content = d.content.length === 1 ? d.content[0]! : d.content;
    out.push({ content, source, cue: d.cue, speaker, kind: kindOf(text, d.content, quotes), vague, rule: d.rule ?? 'unnamed' });
  }
  unsureWhenAnotherSpeakerNamed(text, out, inherited, entities);
  return out;
}

/** A quotation with no cue goes on with the last quoted speaker, unless another of the article's speakers is named
 * between them ("“…,” said Werner. But for Parata the deaths are personal. “…”"): then no speaker (unsure). A name
 * that shares a word with the speaker's ("Te Kaurinui", "Te Kaurinui Parata") is not another. */
function unsureWhenAnotherSpeakerNamed(text: string, out: Attribution[], inherited: { at: number; from: number }[], entities: EntityIndex): void {
  if (!inherited.length) return;
  const speakers = new Set(out.map((a) => a.speaker).filter((x): x is string => !!x));
  // the mentions of the article's speakers who are persons, in text order
  const mentions: { start: number; end: number; id: string }[] = [];
  for (const id of speakers) {
    const e = entities.get(id);
    if (e?.type === 'person') for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, id });
  }
  // and a person introduced as the subject of a sentence between ("Centre Garry Ringrose, who …, is fit again."):
  // the untagged quotation may well be theirs
  for (const e of entities.list) {
    if (e.type !== 'person' || speakers.has(e.id) || !e.mentions.length) continue;
    const m = e.mentions.reduce((x, y) => (y.start < x.start ? y : x));
    if (opensSentence(text, m.start)) mentions.push({ start: m.start, end: m.end, id: e.id });
  }
  // and anyone named in a paragraph of narration with no quotation in it ("The ring is engraved with the initials
  // of Mrs Boyd and her late husband, Billy."): a quotation after it need not go on with the one quoted before
  const quoteless = new Map<number, boolean>();
  for (const e of entities.list) {
    // (surely a person: an office, a known given name or a courtesy title, not a place in a caption)
    if (e.type !== 'person' || !(e.role || genderOfGivenName(e.name.split(/\s+/)[0]!.toLowerCase()))) continue;
    for (const m of e.mentions) {
      if (!e.role && !genderOfGivenName(e.name.split(/\s+/)[0]!.toLowerCase()) && !/\b(?:Mr|Mrs|Ms|Miss|Dr)\.? $/.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
      const p = text.lastIndexOf('\n', m.start - 1) + 1;
      let ok = quoteless.get(p);
      if (ok === undefined) {
        let end = text.indexOf('\n', p);
        if (end < 0) end = text.length;
        quoteless.set(p, (ok = !/["“”‘’]|(?:^|\s)'|'(?:\s|$)/.test(text.slice(p, end))));
      }
      if (ok) mentions.push({ start: m.start, end: m.end, id: e.id });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  const words = new Map<string, Set<string>>();
  const wordsOf = (id: string) => {
    let w = words.get(id);
    if (!w) words.set(id, (w = new Set((entities.get(id)?.name ?? '').toLowerCase().split(/\s+/).filter((x) => x.length > 2))));
    return w;
  };
  for (const { at, from } of inherited) {
    const a = out[at]!;
    const start = (Array.isArray(a.content) ? a.content[0]! : a.content).start;
    const mine = wordsOf(a.speaker!);
    const lo = firstStartingAt(mentions, from);
    let other: { start: number; end: number; id: string } | null = null;
    for (let i = lo; i < mentions.length && mentions[i]!.start < start; i++) {
      const m = mentions[i]!;
      if (m.end > start || m.id === a.speaker) continue;
      if (![...wordsOf(m.id)].some((w) => mine.has(w))) other = m;
    }
    if (!other) {
      // someone new brought in by kin or calling, with a first name only ("Her daughter, Annabel, …
      // rolls her eyes. “…”"): no entity holds them, but the quotation may well be theirs
      if (kinIntroduced(text.slice(from, start))) out[at] = { ...a, speaker: null, source: null, vague: false };
      continue;
    }
    // the other one opens the paragraph's last sentence just before a quotation in the first person
    // ("Gwen Roberts, 68, has waited 27 months for a knee.¶¶'I can't walk to the shop …'"): theirs
    const introduced = introducedJustBefore(text, other, start) && firstPerson(text, a.content);
    out[at] = introduced ? { ...a, speaker: other.id, source: { start: other.start, end: other.end }, vague: false } : { ...a, speaker: null, source: null, vague: false };
  }
}

function kindOf(text: string, content: Span[], quotes: QuoteIndex): AttributionKind {
  let quoted = 0;
  let total = 0;
  let whole = true;
  for (const c of content) {
    total += c.end - c.start;
    const inside = quotes.quotedLength(c);
    quoted += inside;
    const q = quotes.outerAt(c.start);
    if (!(q && q.start === c.start && q.end >= c.end - 1)) whole = false;
  }
  if (whole && quoted > 0) return 'direct';
  if (!quoted) return 'indirect';
  void text;
  return quoted / Math.max(1, total) >= 0.6 ? 'mixed' : 'partial';
}

function isVague(text: string, source: Span): boolean {
  const words = text.slice(source.start, source.end).split(/[\s,]+/).filter(Boolean).map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''));
  if (!words.length) return false;
  let vagueHead = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const low = w.toLowerCase();
    if (i < 4 && VAGUE_HEADS.has(low)) vagueHead = true;
    // a name makes it specific: "US authorities", "Pentagon officials", "aides to Ruiz"
    if (/^\p{Lu}/u.test(w) && !VAGUE_HEADS.has(low) && !DETERMINERS.has(low)) return false;
  }
  return vagueHead;
}

/** A sentence opening on "Her daughter, Annabel," / "Smith's lawyer, Kavita,": a person by kin or calling and a first name. */
function kinIntroduced(gap: string): boolean {
  // (the sentences just before the quotation only)
  for (const m of gap.slice(-600).matchAll(/(?:^|[.!?]["”’']?\s+|\n\s*)(?:Her|His|Their|\p{Lu}[\p{L}'’-]*['’]s) ([a-z]+), \p{Lu}[\p{L}'’-]+,/gu)) {
    if (PROXY_NOUNS.has(m[1]!)) return true;
  }
  return false;
}

/** The mention opens the last sentence before `at`, which ends its paragraph right before `at`. */
function introducedJustBefore(text: string, m: { start: number; end: number }, at: number): boolean {
  if (!opensSentence(text, m.start)) return false;
  const gap = text.slice(m.end, at);
  if (gap.length > 400 || !/[.!?]["”’']?\s*\n\s*$/.test(gap)) return false;
  const body = gap.replace(/\s+$/, '').slice(0, -1);
  // one sentence only between: no other stop before the last (abbreviations aside)
  return !/[.!?]\s+\p{Lu}/u.test(body.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No)\.\s/g, ' '));
}

/** The quotation speaks in the first person (I, me, my, we, our, us). */
function firstPerson(text: string, content: Span | Span[]): boolean {
  const spans = Array.isArray(content) ? content : [content];
  return spans.some((c) => /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|our|Our|us|My)\b/.test(text.slice(c.start, c.end)));
}

/** The name opens its sentence, perhaps after a capitalised title or a lower-case role ("Centre Garry Ringrose"). */
function opensSentence(text: string, at: number): boolean {
  let k = at;
  const stop = Math.max(0, at - 40);
  while (k > stop && !/[.!?\n]/.test(text[k - 1]!)) k--;
  if (k === stop && stop > 0) return false;
  const before = text.slice(k, at).trim();
  // (after a short adverbial set off by a comma: "In Powys, farmer Rhodri Jenkins")
  return before === '' || /^(?:(?:[\p{L}-]+ ){0,3}[\p{L}-]+, )?(?:[\p{L}-]+ ){0,3}[\p{L}-]+,?$/u.test(before) && !/\b(?:and|or|but|with|to|of|for|by|from|as|said|says|told|the)$/i.test(before);
}
