// "A poll released Monday showed that …", "the report published this week found …": a past
// participle with only a time phrase between it and a finite cue verb modifies the subject of
// that verb (a reduced relative clause); it is no cue of its own, and the later verb is the cue.
// A verb of issuing right after a document (a poll released by …, a statement posted on …) is the same
// kind of participle, whatever follows it.
import type { Tokens } from '../text/tokens.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { MONTHS_DAYS } from '../locales/en/lexicon/word-classes.ts';
import { isDocumentNoun, isIssuingVerb } from './issuing-verb.ts';

const TIME_LEADS = new Set(['this', 'last', 'earlier', 'late', 'early']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);

/** Whether the past form ending at b is followed by a time phrase and then a finite cue verb. */
export function reducedBeforeVerb(t: Tokens, b: number): boolean {
  let j = b + 1;
  const start = j;
  while (j < t.length && j - start < 3 && (MONTHS_DAYS.has(t.low[j]!) || TIME_LEADS.has(t.low[j]!) || TIME_NOUNS.has(t.low[j]!)) && !t.poss[j]) j++;
  if (j === start) return false;
  const e = CUE_FORMS.get(t.low[j] ?? '');
  return !!e && (e.form === 'past' || e.form === 's') && !e.verb.noun && !t.cap[j];
}

// "a poll released Sunday", "in a statement released by the campaign", "an article published in
// the Times": a document is what is made public, never the one making it public, so a verb of
// issuing right after a document's noun is a passive participle modifying it, not a verb whose
// subject is the document.
const ALSO_PUBLISHED = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'data', 'findings', 'results', 'figures',
  'footage', 'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'excerpt', 'excerpts', 'document', 'documents',
  'record', 'records', 'cable', 'cables', 'emails', 'e-mails', 'files', 'guidelines', 'clip', 'clips', 'recording', 'recordings', 'audio']);

// nouns of documents that also name who publishes them ("The paper published a story")
const PUBLISHERS = new Set(['paper', 'papers', 'post', 'blog', 'website']);

/** Whether the past form of verb base right after token p is a participle modifying a document named at p. */
export function publishedParticiple(t: Tokens, p: number, base: string): boolean {
  const w = t.low[p] ?? '';
  return isIssuingVerb(base) && (isDocumentNoun(w) || ALSO_PUBLISHED.has(w)) && !PUBLISHERS.has(w) && !t.poss[p];
}

const PHRASE_LEADS = new Set(['by', 'in', 'on', 'at', 'last', 'this', 'earlier', 'late', 'early', 'from', 'for', 'during', 'after', 'before']);

/** For a finite verb at a: the index of the document's noun when a published participle and its
 * phrase stand between them ("A poll released by the college in May found"), or -1. */
export function publishedSubject(t: Tokens, a: number): number {
  for (let k = a - 1; k >= 1 && k >= a - 8; k--) {
    if (!t.word[k]) return -1;
    const e = CUE_FORMS.get(t.low[k]!);
    if (e?.form === 'past' && k < a - 1 && (PHRASE_LEADS.has(t.low[k + 1]!) || MONTHS_DAYS.has(t.low[k + 1]!)) && publishedParticiple(t, k - 1, e.verb.base)) return k - 1;
  }
  return -1;
}
