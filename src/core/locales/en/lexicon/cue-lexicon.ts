// Cue verbs: verbs of saying, writing, thinking, believing, intending and judging, written from
// general English grammar (the communication, cognition and judgement verb classes), with the
// complements each takes. Every inflected form maps to its entry.
//
// Frame letters: T takes a clause (said that …, said the …), Q introduces a quotation,
// O takes a noun phrase as what is said (denied the report), I takes a to-infinitive
// (promised to …, urged him to …), R takes the hearer first (told reporters that …),
// N the base form is also a common noun (a report, a claim), so it needs a subject before it.
export interface CueVerb {
  base: string;
  that: boolean;
  quote: boolean;
  object: boolean;
  infinitive: boolean;
  recipient: boolean;
  noun: boolean;
  /** A cue only with its particle (fire back, lash out). */
  particleOnly: boolean;
  /** Only ever introduces a quotation (the sign read "…"). */
  quoteOnly: boolean;
  /** Particles that belong to the cue (call for, point out). */
  particles: string[];
}

export type VerbForm = 'base' | 's' | 'past' | 'ing';

const SPEC = `
say TQ said · tell TQRI told · add TQ · state TQN · announce TQO · confirm TO · deny TO · warn TQRI+of,about,against,that
claim TQON · argue TQ+for,against,that · insist TQ+on · note TQN · explain TQO · report TQON · write TQ wrote,written
tweet TQN+out · post TQN · believe T · think T thought · feel T felt · know T knew,known · hope TIN · fear TN · expect TIO
suggest TO · acknowledge TO · admit TO admitted · assert TQ · declare TQO · predict TO · promise TIOR · reveal TO · suspect T
worry TN+about · wonder T · ask TQRI+for,about · estimate TN · indicate TO · mention TO · recall TQO · remark TQN+on,upon · reply TQN replied
respond TQ+to · contend T · maintain T · concede TO · conclude TQ · emphasize TQO · emphasise TQO · stress TQON · testify TQ+about,that testified
vow TIN · pledge TIN · threaten TI · allege T · complain TQ+about · boast TQ+about,of · brag TQ+about bragged · joke TQ+about · quip TQN quipped
observe TQ · proclaim TQ · reiterate TQO · repeat TQO · retort TQ · agree TI+with,to · disagree T+with · doubt TN · assume T · guess T
imagine T · reckon T · realize T · realise T · recognize TO · recognise TO · signal TO · hint T+at · speculate T · charge TN · counter TN
caution TQR+against · lament TQO · muse TQ · recount TQO · disclose TO · divulge TO · answer TQN · inform TR · assure TR · remind TR · advise TRI
urge TRIO · demand TIO · propose TIO · recommend TIO · request TION · want I · wish TIN · plan IN planned · intend I · decide TI+against · vow TIN
seek I sought · refuse I · decline I · insinuate T · continue Q · begin Q began,begun · shout TQ+out · yell TQ
scream TQ · whisper TQ · mutter TQ · exclaim TQ · cry Q cried · plead TQI · beg TQI begged · concur T concurred · predict TO · forecast T forecast
announce TQO · opine TQ · posit T · surmise T · acknowledge TO · confess T · accept TO · grant T · figure T · understand T understood
learn T learned · hear T heard · find T found · show TO showed,shown · demonstrate TO · suggest TO · imply T implied
call O+for,on,upon,out · describe O · characterize O · characterise O · label O labeled · brand O · dub O dubbed · term ON · deem O
criticize O · criticise O · praise ON · slam O slammed · blast ON+out · lambaste O · attack ON · accuse O · blame ON · condemn O · denounce O
dismiss O · reject O · defend O · question ON · challenge ON · oppose O · support ON · endorse O · applaud O · welcome O
discuss O · cite O · express O · voice ON · dispute ON · mock ON · ridicule O · decry O · deplore O · hail O · tout O · push O+for,back,against
speak Q+about,of,out,up spoke,spoken · read Q read · talk N+about,up · comment TN+on · weigh +in · point TN+out,to,up · lash +out · rail +against · chime +in
acknowledge TO · highlight TO · underscore TO · insist TQ+on · predict TO · conclude TQ · detail ON · outline ON · list ON · summarize TO
acknowledge TO · highlight TO · underscore TO · insist TQ+on · predict TO · conclude TQ · detail ON · outline ON · list ON · summarize TO
clarify TO · correct TQ · guarantee TIR · swear TI swore,sworn · affirm TO · reaffirm TO · attest T · certify T · publish O · release ON
unveil O · present O · float O · promote O · tout O · champion O · justify O · rationalize O · rebut O rebutted · refute O · contradict O
rebuff O · spurn O · disavow O · repudiate O · recant O · retract O · concede TO · grant T · allow T · endorse O · veto O vetoed
project T · calculate T · theorize T · hypothesize T · suppose T · presume T · sense T · discover T · determine T · judge T · rule TN+out,against
consider TO · regard O · view ON · perceive T · remember T · forget T forgot,forgotten · inquire T · query TN
instruct RI · aim IN · dread TN · trust TN · notify TR · alert TR · brief TR · update TR
warn TQRI · caution TQR+against · portray O · depict O · paint O · cast O cast · frame O · nickname ON · deride O · scorn O · taunt O · tease O
belittle O · insult O · rip O ripped · knock O · pan O panned · excoriate O · chastise O · scold O · rebuke O · reprimand O · fault ON
bemoan O · protest TO · object T+to · grumble TQ · gripe TQ · moan TQ · whine TQ · laud O · commend O · compliment O · celebrate O
fire +back · shoot +back shot · hit +back,out hit · open +up · cut +in cut · lament TQO · regret TO regretted · apologize +for · thank O · congratulate O
credit O · love O · hate O · dislike O · prefer TO preferred · favor O · favour O · anticipate T · envision T · foresee T foresaw,foreseen
acknowledge TO · relate T · narrate T · recollect T · reminisce +about · confide T · interject TQ · stammer TQ · gush TQ · sneer TQ · snap TQ snapped
scoff TQ+at · chuckle TQ · laugh TQ+off · sigh TQ · marvel TQ+at · wonder TQ · ponder T · question TON · demand TIO · summon O · implore RI
negotiate O · debate ON · consult O · confer +with conferred · chat +about chatted · lobby +for,against lobbied · campaign +for,against · petition O
appeal +for,to · press RI+for · push +for,back,against · reason T · stipulate T · specify T · emphasize TQO · contest ON · deny TO · blame ON · accuse O
articulate TO · convey TO · communicate TO · offer I+up · invite RI · advocate O · espouse O · preach TO · pronounce TO · profess TO
vouch +for · downplay O · play +down · minimize O · exaggerate O · overstate O · understate O · underline TO · spotlight O · hype O
trumpet O · crow TQ · gloat TQ · mourn O · salute O · cheer O · embrace O · resist O · chide O · berate O · castigate O · counsel RI
lay +out laid · spell +out · sum +up summed · refer +to referred · quote TQO · paraphrase O · echo TQO echoed · restate TO · verify T
corroborate O · leak O · retweet O · blog TQ blogged · email TQRN emailed · text TQRN · intimate T · desire I · strive I strove,striven
enjoy O · appreciate O · admire O · respect O · despise O · loathe O · resent O · needle O · jab +at jabbed · snipe +at · fume TQ
liken O · grill O grilled · bash O · lampoon O · disparage O · denigrate O · demonize O · vilify O · malign O · smear O · critique ON
censure ON · admonish O · upbraid O · skewer O · balk +at · bristle +at · allude +to · elaborate +on · reference ON
rage TQ · vent TQ · murmur TQ · mumble TQ · blurt +out · chant TQ · recite O · reflect +on · pitch O · muse TQ · rail +against,at
sing Q sang,sung · exhort RI
`;

const IRREGULAR_ING: Record<string, string> = { lie: 'lying' };

export function regularForms(base: string, doubled: boolean): { s: string; past: string; ing: string } {
  const last = base[base.length - 1]!;
  const s = /(s|x|z|ch|sh)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  let past: string;
  let ing: string;
  if (doubled) {
    past = `${base}${last}ed`;
    ing = `${base}${last}ing`;
  } else if (base.endsWith('e')) {
    past = `${base}d`;
    ing = base.endsWith('ee') ? `${base}ing` : `${base.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(base)) {
    past = `${base.slice(0, -1)}ied`;
    ing = `${base}ing`;
  } else {
    past = `${base}ed`;
    ing = `${base}ing`;
  }
  return { s, past, ing: IRREGULAR_ING[base] ?? ing };
}

/** The forms of a verb written out as "base third-person past -ing" ("make makes made making"). */
export function verbForms(spec: string): { base: string; forms: [string, VerbForm][] } {
  const [base, s, past, ing] = spec.split(' ') as [string, string, string, string];
  return { base, forms: [[base, 'base'], [s, 's'], [past, 'past'], [ing, 'ing']] };
}

export const CUE_FORMS = new Map<string, { verb: CueVerb; form: VerbForm }>();
/** Past participles that are never the simple past (known, written, shown): without "have" they are passive. */
export const PARTICIPLES = new Set<string>();

for (const item of SPEC.split(/[·\n]/)) {
  const parts = item.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) continue;
  const base = parts[0]!;
  const flags = parts[1]?.startsWith('+') || /^[A-Z]/.test(parts[1] ?? '') ? parts[1]! : '';
  const rest = flags ? parts.slice(2) : parts.slice(1);
  const [letters, particleList] = flags.split('+');
  const verb: CueVerb = {
    base,
    that: letters!.includes('T'),
    quote: letters!.includes('Q'),
    object: letters!.includes('O'),
    infinitive: letters!.includes('I'),
    recipient: letters!.includes('R'),
    noun: letters!.includes('N'),
    quoteOnly: letters === 'Q',
    particleOnly: !letters && !!particleList,
    particles: particleList ? particleList.split(',').filter((p) => p !== 'that') : [],
  };
  // An explicit past (and past participle) replaces the regular one; a doubled consonant
  // (admitted, planned) is given as the past form.
  const explicit = rest[0]?.split(',') ?? [];
  const doubled = explicit.length === 1 && explicit[0] === `${base}${base[base.length - 1]}ed`;
  const reg = regularForms(base, doubled);
  const forms: [string, VerbForm][] = [[base, 'base'], [reg.s, 's'], [reg.ing, 'ing']];
  if (explicit.length) for (const p of explicit) forms.push([p, 'past']);
  if (explicit.length === 2 && explicit[0] !== explicit[1]) PARTICIPLES.add(explicit[1]!);
  else forms.push([reg.past, 'past']);
  if (!CUE_FORMS.has(base) || CUE_FORMS.get(base)!.verb.base !== base) {
    for (const [w, form] of forms) if (!CUE_FORMS.has(w)) CUE_FORMS.set(w, { verb, form });
  }
}
