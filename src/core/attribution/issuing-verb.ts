// "The campaign issued a statement Friday saying …", "She released a memo titled …", "They put
// out a statement that …": a verb of issuing with the document it issues is one cue, up to the
// participle or clause that opens what the document says (PolNeAR's cue covers all of the
// predicate that is neither source nor content). Written from general English.
import type { Tokens } from '../text/tokens.ts';
import { CUE_FORMS, verbForms, type CueVerb, type VerbForm } from '../locales/en/lexicon/cue-lexicon.ts';
import type { CueObject } from './draft.ts';

/** Verbs of making a document public (base forms, with the particle some of them need). */
const ISSUING = new Set(['issue', 'release', 'publish', 'post', 'put', 'send', 'circulate', 'distribute', 'unveil', 'write', 'blast']);
const DOCUMENTS = new Set(['statement', 'statements', 'letter', 'letters', 'memo', 'memos', 'report', 'reports', 'ad', 'ads', 'advertisement',
  'video', 'videos', 'message', 'messages', 'post', 'op-ed', 'column', 'release', 'email', 'e-mail', 'tweet', 'tweets', 'note', 'editorial',
  'transcript', 'response', 'rebuttal', 'announcement', 'petition', 'manifesto', 'paper', 'blog', 'story', 'stories', 'piece', 'article',
  'articles', 'list', 'robocall', 'robocalls', 'website', 'book']);
// words between the verb and its document: articles, numbers, adjectives ("a lengthy", "a new radio")
const BEFORE_NOUN = 4;
// an adjunct between the document and what it says: "Wednesday evening", "on her Facebook"
const ADJUNCT = 8;
/** Whether a verb (base form) is one of making a document public, and a word a document it makes public. */
export const isIssuingVerb = (base: string): boolean => ISSUING.has(base);
export const isDocumentNoun = (word: string): boolean => DOCUMENTS.has(word);
const NAMING = new Set(['titled', 'entitled', 'headlined', 'reading', 'called']);

/** With a verb of issuing whose object starts at token k: the cue's end and the content's start, or null. */
export function issuedDocument(t: Tokens, k: number, base: string): CueObject | null {
  if (!ISSUING.has(base)) return null;
  let d = -1;
  for (let j = k; j < t.length && j <= k + BEFORE_NOUN; j++) {
    if (!t.word[j] && t.raw[j] !== '-') return null;
    if (DOCUMENTS.has(t.low[j]!)) {
      d = j;
      break;
    }
  }
  if (d < 0) return null;
  // "a statement that …" / "the following statement: “…”"
  const next = t.low[d + 1] ?? '';
  // "a video that accuses …": a relative clause whose verb says what the document says
  const says = CUE_FORMS.get(t.low[d + 2] ?? '');
  if ((next === 'that' || next === 'which') && says && (says.form === 's' || says.form === 'past') && d + 3 < t.length) return { cueEnd: d + 2, contentStart: d + 3 };
  if (next === 'that') return { cueEnd: d, contentStart: d + 1 };
  // "published a story about …": the topic's preposition joins the cue
  if (next === 'about' && d + 2 < t.length && t.word[d + 2]) return { cueEnd: d + 1, contentStart: d + 2 };
  if (t.raw[d + 1] === ':') return d + 2 < t.length ? { cueEnd: d + 1, contentStart: d + 2 } : null;
  for (let j = d + 1; j < t.length && j <= d + 1 + ADJUNCT; j++) {
    const w = t.low[j]!;
    if (t.raw[j] === ',') continue;
    if (!t.word[j]) return null;
    if (NAMING.has(w) || CUE_FORMS.get(w)?.form === 'ing') {
      // (with its particle: "calling on the mayor to …")
      if (CUE_FORMS.get(w)?.verb.particles.includes(t.low[j + 1] ?? '')) j++;
      let c = j + 1;
      if (t.raw[c] === ',' || t.raw[c] === ':') c++;
      return c < t.length ? { cueEnd: j, contentStart: c } : null;
    }
    if ((w === 'that' || w === 'which') && j + 2 < t.length && !commaBetween(t, d, j)) {
      // "released a letter from his doctor Friday that says …"
      const v = CUE_FORMS.get(t.low[j + 1]!);
      if (v && (v.form === 's' || v.form === 'past')) return { cueEnd: j + 1, contentStart: j + 2 };
    }
    if (w === 'that' || CUE_FORMS.has(w)) return null;
  }
  return null;
}

function commaBetween(t: Tokens, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (t.raw[j] === ',') return true;
  return false;
}

// Verbs of issuing that are no cues of their own ("issued a ruling", "put out the fire"): a cue
// only when a document follows them.
const ONLY_WITH_DOCUMENT = new Map<string, [string, VerbForm]>();
for (const spec of ['issue issues issued issuing', 'put puts put putting', 'send sends sent sending',
  'circulate circulates circulated circulating', 'distribute distributes distributed distributing']) {
  const { base, forms } = verbForms(spec);
  // (set in order, the past comes after the base: "put" is read as its own past, which needs no plural subject)
  for (const [w, form] of forms) ONLY_WITH_DOCUMENT.set(w, [base, form]);
}
const PARTICLE: Record<string, string> = { put: 'out', send: 'out' };

/** A verb of issuing at token i that is read as a cue because a document follows it. */
export function issuingVerbAt(t: Tokens, i: number): { verb: CueVerb; form: VerbForm } | undefined {
  const e = ONLY_WITH_DOCUMENT.get(t.low[i]!);
  if (!e) return undefined;
  const [base, form] = e;
  const particle = PARTICLE[base];
  if (particle && t.low[i + 1] !== particle) return undefined;
  if (!issuedDocument(t, particle ? i + 2 : i + 1, base)) return undefined;
  return {
    verb: { base, that: false, quote: false, object: true, infinitive: false, recipient: false, noun: false, particleOnly: !!particle, quoteOnly: false, particles: particle ? [particle] : [] },
    form,
  };
}
