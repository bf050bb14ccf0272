// Verbs of taking sides and of dealing with a matter that the cue lexicon leaves out because
// each has common other senses; they are read as cues only through the ordinary verb reader,
// which wants a subject before them ("Women back him by 20 points", "Clinton sided with the
// unions", "Trump went after Cruz", "He focused on trade"). Written from general English.
import type { CueVerb, VerbForm } from '../locales/en/lexicon/cue-lexicon.ts';
import type { Tokens } from '../text/tokens.ts';

// base, third person, past (and participle), -ing, frame letters (O object, I infinitive,
// R hearer first, N also a noun), particles (a cue only with one of them when the letters are empty)
const SPEC: [string, string, string, string, string, string][] = [
  ['back', 'backs', 'backed', 'backing', 'ON', ''],
  ['identify', 'identifies', 'identified', 'identifying', 'O', ''],
  ['assail', 'assails', 'assailed', 'assailing', 'O', ''],
  ['invoke', 'invokes', 'invoked', 'invoking', 'O', ''],
  ['encourage', 'encourages', 'encouraged', 'encouraging', 'ORI', ''],
  ['order', 'orders', 'ordered', 'ordering', 'RIN', ''],
  ['vote', 'votes', 'voted', 'voting', '', 'for,against'],
  ['side', 'sides', 'sided', 'siding', '', 'with,against'],
  ['go', 'goes', 'went', 'going', '', 'after'],
  ['shrug', 'shrugs', 'shrugged', 'shrugging', '', 'off'],
  ['walk', 'walks', 'walked', 'walking', '', 'back'],
  ['stand', 'stands', 'stood', 'standing', '', 'by'],
];

export const STANCE_FORMS = new Map<string, { verb: CueVerb; form: VerbForm }>();
for (const [base, s, past, ing, letters, particles] of SPEC) {
  const verb: CueVerb = {
    base,
    that: false,
    quote: false,
    object: letters.includes('O'),
    infinitive: letters.includes('I'),
    recipient: letters.includes('R'),
    noun: letters.includes('N'),
    particleOnly: !letters,
    quoteOnly: false,
    particles: particles ? particles.split(',') : [],
  };
  const forms: [string, VerbForm][] = [[base, 'base'], [s, 's'], [past, 'past'], [ing, 'ing']];
  for (const [w, form] of forms) STANCE_FORMS.set(w, { verb, form });
}
// irregular past participles
STANCE_FORMS.set('gone', { verb: STANCE_FORMS.get('go')!.verb, form: 'past' });

// Words after the verb that make it a verb of motion or a reduced passive ("backed away",
// "backed off", "a candidate backed by the party": the passive reader has that one).
const NOT_STANCE_NEXT = new Set(['away', 'off', 'down', 'out', 'into', 'by', 'up', 'from', 'onto', 'over']);

// "See" is a verb of judging only with a that-clause or an "as" complement ("voters see him as
// a fighter"); otherwise it is one of sight.
const SEE: CueVerb = { base: 'see', that: true, quote: false, object: true, infinitive: false, recipient: false, noun: false, particleOnly: false, quoteOnly: false, particles: [] };
const SEE_FORMS = new Map<string, VerbForm>([['see', 'base'], ['sees', 's'], ['saw', 'past'], ['seeing', 'ing']]);

// "as well", "as soon as", "as I left": not the complement of judging
const NOT_AS_COMPLEMENT = new Set(['well', 'soon', 'long', 'much', 'many', 'far', 'of', 'i', 'he', 'she', 'we', 'they', 'you', 'if', 'though']);

function seeAsJudging(t: Tokens, i: number): boolean {
  if (t.low[i + 1] === 'that') return true;
  for (let j = i + 2; j < t.length && j <= i + 10; j++) {
    if (!t.word[j]) return false;
    if (t.low[j] === 'as') return !NOT_AS_COMPLEMENT.has(t.low[j + 1] ?? '');
  }
  return false;
}

const LIKE: CueVerb = { base: 'like', that: false, quote: false, object: true, infinitive: true, recipient: false, noun: false, particleOnly: false, quoteOnly: false, particles: [] };
const WOULD = new Set(['would', "'d", "wouldn't", 'should']);

const PHRASAL_BACK = new Set(['pay', 'pays', 'paid', 'bring', 'brings', 'brought', 'come', 'comes', 'came', 'go', 'goes', 'went', 'get', 'gets',
  'got', 'give', 'gives', 'gave', 'take', 'takes', 'took', 'hold', 'holds', 'held', 'fight', 'fights', 'fought', 'look', 'looks', 'call', 'calls',
  'write', 'writes', 'wrote', 'set', 'sets', 'cut', 'cuts', 'roll', 'rolls', 'scale', 'scales', 'push', 'pushes', 'pull', 'pulls', 'hit', 'hits',
  'step', 'steps', 'turn', 'turns', 'bounce', 'bounces', 'fire', 'fires', 'talk', 'talks', 'win', 'wins', 'won', 'way', 'far', 'date', 'dates']);

/** The stance verb at token i, unless the word after it gives it another sense. */
export function stanceVerbAt(t: Tokens, i: number): { verb: CueVerb; form: VerbForm } | undefined {
  // "would like to …", "'d like a recount": a wish, with the modal as part of the cue
  if (t.low[i] === 'like' && WOULD.has(t.low[i - 1] ?? '')) return { verb: LIKE, form: 'base' };
  // "is seen as a threat", "widely seen as": the passive reader takes it from here
  if (t.low[i] === 'seen') return t.low[i + 1] === 'as' && !NOT_AS_COMPLEMENT.has(t.low[i + 2] ?? '') ? { verb: SEE, form: 'past' } : undefined;
  const see = SEE_FORMS.get(t.low[i]!);
  if (see) return seeAsJudging(t, i) ? { verb: SEE, form: see } : undefined;
  // "pays back the loan", "brought back the draft": "back" as the particle of another verb
  if (t.low[i] === 'back' && i > 0 && !t.cap[i - 1] && (PHRASAL_BACK.has(t.low[i - 1]!) || /(ed|ing)$/.test(t.low[i - 1]!))) return undefined;
  const e = STANCE_FORMS.get(t.low[i]!);
  if (!e || (NOT_STANCE_NEXT.has(t.low[i + 1] ?? '') && !e.verb.particles.includes(t.low[i + 1]!))) return undefined;
  return e;
}

// "Speak" is in the cue lexicon for quotations only ("spoke: “…”"); with "about" or "of" it
// reports a topic ("She spoke about the wall"), read before the lexicon's entry.
const SPEAK: CueVerb = { base: 'speak', that: false, quote: false, object: true, infinitive: false, recipient: false, noun: false, particleOnly: true, quoteOnly: false, particles: ['about', 'of'] };
const SPEAK_FORMS = new Map<string, VerbForm>([['speak', 'base'], ['speaks', 's'], ['spoke', 'past'], ['spoken', 'past'], ['speaking', 'ing']]);

/** A reading of the word at i that comes before the cue lexicon's own, or undefined. */
export function stanceOverride(t: Tokens, i: number): { verb: CueVerb; form: VerbForm } | undefined {
  const form = SPEAK_FORMS.get(t.low[i]!);
  return form && (t.low[i + 1] === 'about' || t.low[i + 1] === 'of') ? { verb: SPEAK, form } : undefined;
}
