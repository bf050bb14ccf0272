// "made the case that …", "launched an attack on …", "took a swipe at …", "expressed concern
// about …", "raised questions about …": a light verb with a noun of saying or of stance is one
// cue, up to the word that opens its complement (PolNeAR's cue covers all of the predicate that is
// neither source nor content). Written from general English: the light verbs and the nouns of
// saying, judging and feeling that they carry.
import type { Tokens } from '../text/tokens.ts';
import { verbForms, type CueVerb, type VerbForm } from '../locales/en/lexicon/cue-lexicon.ts';
import type { CueObject } from './draft.ts';

// Verbs that carry a noun of saying; the forms of the ones outside the cue lexicon.
const LIGHT = new Map<string, [string, VerbForm]>();
for (const forms of [
  'make makes made making', 'give gives gave giving', 'deliver delivers delivered delivering', 'launch launches launched launching',
  'offer offers offered offering', 'lodge lodges lodged lodging', 'voice voices voiced voicing', 'express expresses expressed expressing',
  'mount mounts mounted mounting', 'level levels leveled leveling', 'raise raises raised raising', 'take takes took taking',
  'renew renews renewed renewing', 'repeat repeats repeated repeating', 'issue issues issued issuing', 'file files filed filing',
  // verbs that show or put forward a stance: "showed no sign of", "signaled support for", "cast a vote for",
  // "claimed credit for", "posted a message on", "touted a message of", "floated the idea of", "laid out a vision for"
  'show shows showed showing', 'signal signals signaled signaling', 'cast casts cast casting', 'claim claims claimed claiming',
  'post posts posted posting', 'preach preaches preached preaching', 'tout touts touted touting', 'float floats floated floating',
  'present presents presented presenting', 'pledge pledges pledged pledging', 'lay lays laid laying',
]) {
  const { base, forms: words } = verbForms(forms);
  for (const [w, form] of words) LIGHT.set(w, [base, form]);
}
LIGHT.set('given', ['give', 'past']);
LIGHT.set('taken', ['take', 'past']);
LIGHT.set('levelled', ['level', 'past']);
LIGHT.set('shown', ['show', 'past']);
LIGHT.set('signalled', ['signal', 'past']);

// "take" and "raise" carry only a few nouns ("took a swipe at", "raised questions about")
const TAKE_NOUNS = new Set(['shot', 'shots', 'swipe', 'swipes', 'aim', 'jab', 'jabs', 'dig', 'digs', 'stand', 'stance', 'position', 'issue', 'exception', 'credit', 'responsibility']);
const RAISE_NOUNS = new Set(['question', 'questions', 'concern', 'concerns', 'doubt', 'doubts', 'objection', 'objections', 'alarm', 'alarms']);
// "cast", "claim" and "pledge" too ("cast a ballot for", "claimed responsibility for", "pledged his support to")
const CAST_NOUNS = new Set(['vote', 'votes', 'ballot', 'ballots', 'doubt', 'doubts', 'aspersions']);
const CLAIM_NOUNS = new Set(['credit', 'responsibility']);
// "show" and "signal" only a stance ("showed no sign of", "signaled support for"), not a thing shown ("showed the speech")
const SHOW_NOUNS = new Set(['sign', 'signs', 'interest', 'inclination', 'support', 'opposition', 'respect', 'understanding', 'enthusiasm',
  'willingness', 'reluctance', 'concern', 'confidence', 'remorse', 'desire', 'displeasure', 'frustration', 'sympathy', 'skepticism', 'disdain']);
const PLEDGE_NOUNS = new Set(['support', 'vote', 'votes', 'allegiance', 'endorsement']);
const NOUNS = new Set(['case', 'plea', 'call', 'appeal', 'commitment', 'promise', 'promises', 'pledge', 'vow', 'defense', 'defence', 'attack',
  'attacks', 'assault', 'argument', 'arguments', 'point', 'observation', 'pitch', 'threat', 'threats', 'warning', 'warnings', 'prediction',
  'claim', 'claims', 'accusation', 'accusations', 'charge', 'charges', 'complaint', 'complaints', 'comment', 'comments', 'remark', 'remarks',
  'statement', 'statements', 'announcement', 'assurance', 'assurances', 'apology', 'endorsement', 'criticism', 'criticisms', 'praise',
  'support', 'opposition', 'concern', 'concerns', 'doubt', 'doubts', 'confidence', 'hope', 'hopes', 'fear', 'fears', 'frustration', 'anger',
  'outrage', 'dismay', 'disappointment', 'optimism', 'skepticism', 'scepticism', 'reservations', 'gratitude', 'sympathy', 'condolences',
  'thanks', 'speech', 'tirade', 'rant', 'broadside', 'rebuke', 'denial', 'objection', 'objections', 'questions', 'question', 'admission',
  'suggestion', 'proposal', 'request', 'demand', 'demands', 'recommendation', 'endorsements',
  // nouns of showing a stance or a view: "showed no sign of", "expressed an interest in", "offered his thoughts on"
  'interest', 'sign', 'signs', 'preview', 'thoughts', 'opinion', 'opinions', 'view', 'views', 'vision', 'message', 'idea', 'ideas', 'notion',
  'inclination', 'desire', 'wish', 'displeasure', 'enthusiasm', 'discomfort', 'astonishment', 'amusement', 'remorse', 'respect',
  'understanding', 'defenses', 'retort', 'words', 'congratulations', 'testimony']);
// what opens the complement of such a noun: a that-clause, an infinitive, or a preposition of topic or target
const PREPOSITIONS = new Set(['for', 'of', 'on', 'against', 'at', 'about', 'over', 'to', 'with', 'regarding']);
// "in" only after the nouns it completes ("interest in", "confidence in"), not a place ("made the remarks in Iowa")
const IN_NOUNS = new Set(['interest', 'confidence', 'faith', 'belief', 'trust']);
const TO_NOUNS = new Set(['apology', 'opposition', 'objection', 'objections', 'commitment', 'response', 'rebuke', 'challenge']);
// words after "to" that show a noun phrase, not an infinitive
const NOT_VERB = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'him', 'them',
  'me', 'us', 'it', 'all', 'each', 'every', 'some', 'any', 'no', 'both', 'such', 'what', 'whom', 'which']);
// words allowed between the verb and its noun: articles, possessives, adjectives, adverbs, "and", commas
const BETWEEN = 7;
const NOT_BETWEEN = new Set(['that', 'which', 'who', 'to', 'in', 'on', 'at', 'for', 'of', 'by', 'with', 'from', 'about', 'as', 'into', 'than']);

/** With a light verb whose object starts at token k: the cue's end and the content's start, or null. */
export function lightObject(t: Tokens, k: number, base: string): CueObject | null {
  if (!LIGHT.has(base)) return null;
  const nouns = base === 'take' ? TAKE_NOUNS : base === 'raise' ? RAISE_NOUNS : base === 'cast' ? CAST_NOUNS : base === 'claim' ? CLAIM_NOUNS : base === 'pledge' ? PLEDGE_NOUNS : base === 'show' || base === 'signal' ? SHOW_NOUNS : NOUNS;
  for (let j = k; j < t.length && j <= k + BETWEEN; j++) {
    const w = t.low[j]!;
    if (nouns.has(w) && !t.cap[j]) {
      const c = t.low[j + 1] ?? '';
      if (c === 'that') return { cueEnd: j, contentStart: j + 1 };
      // an infinitive opens the content with its "to" ("made the case to grant …")
      const infinitive = c === 'to' && !TO_NOUNS.has(w) && !!t.word[j + 2] && !t.cap[j + 2] && !NOT_VERB.has(t.low[j + 2]!) && !/^\d/.test(t.low[j + 2]!);
      if (infinitive) return { cueEnd: j, contentStart: j + 1 };
      // ("a call to her mother" is no call to do anything: "to" with a noun phrase only after the nouns it completes)
      // (and "at" only after a shot taken: "made the pledge at a rally" names a place)
      if ((PREPOSITIONS.has(c) || (c === 'in' && IN_NOUNS.has(w))) && (c !== 'to' || TO_NOUNS.has(w)) && (c !== 'at' || TAKE_NOUNS.has(w)) && j + 2 < t.length && t.word[j + 2]) return { cueEnd: j + 1, contentStart: j + 2 };
      if (t.raw[j + 1] === ':' && j + 2 < t.length) return { cueEnd: j + 1, contentStart: j + 2 };
      return null;
    }
    if (!t.word[j] && t.raw[j] !== ',' && t.raw[j] !== '-') return null;
    if (NOT_BETWEEN.has(w) || t.cap[j]) return null;
  }
  return null;
}

/** A light verb at token i read as a cue because a noun of saying or stance follows it. */
export function lightVerbAt(t: Tokens, i: number): { verb: CueVerb; form: VerbForm } | undefined {
  const e = LIGHT.get(t.low[i]!);
  if (!e || !lightObject(t, i + 1, e[0])) return undefined;
  return {
    verb: { base: e[0], that: true, quote: false, object: true, infinitive: false, recipient: false, noun: false, particleOnly: false, quoteOnly: false, particles: [] },
    form: e[1],
  };
}
