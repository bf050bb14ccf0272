// Verbs of saying and stance that follow a speaker ("Kuleba announced", "Beijing expressed").
// Used here only to decide whether a lone capitalized word is a speaking name or a capital city
// standing for its government; the attribution stage has its own, fuller cue lexicon.

export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'wrote', 'writes',
  'announced', 'announces', 'argued', 'argues', 'asked', 'asks', 'insisted', 'insists', 'warned', 'warns', 'claimed',
  'claims', 'explained', 'explains', 'confirmed', 'confirms', 'denied', 'denies', 'believes', 'believed', 'thinks',
  'thought', 'tweeted', 'tweets', 'posted', 'declared', 'declares', 'replied', 'replies', 'responded', 'responds',
  'continued', 'suggested', 'suggests', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'recalled', 'recalls',
  'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'urged', 'urges', 'called', 'calls', 'described',
  'describes', 'expressed', 'expresses', 'opposed', 'opposes', 'condemned', 'condemns', 'rejected', 'rejects',
  'accused', 'accuses', 'criticized', 'criticised', 'criticizes', 'praised', 'praises', 'welcomed', 'welcomes',
  'demanded', 'demands', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'reported', 'reports',
  'predicted', 'predicts', 'estimated', 'estimates', 'revealed', 'reveals', 'disclosed', 'hopes', 'hoped', 'wants',
  'wanted', 'fears', 'feared', 'expects', 'expected', 'agreed', 'agrees', 'disagreed', 'objected', 'protested',
  'countered', 'conceded', 'concluded', 'observed', 'pointed', 'maintained', 'maintains', 'reiterated', 'reiterates',
  'signaled', 'signalled', 'indicated', 'indicates', 'proposed', 'proposes', 'threatened', 'threatens', 'mentioned',
  'spoke', 'speaks', 'answered', 'assured', 'assures', 'alleged', 'alleges', 'blamed', 'blames', 'dismissed',
  'joked', 'quipped', 'remarked', 'recounted', 'testified', 'boasted', 'complained', 'questioned',
]);

/** Words between a subject and its verb ("Beijing also opposes", "Putin has said"). */
export const VERB_FILLERS = new Set([
  'also', 'has', 'have', 'had', 'will', 'would', 'previously', 'repeatedly', 'again', 'then', 'later', 'recently',
  'reportedly', 'publicly', 'officially', 'never', 'often', 'once', 'already', 'quickly', 'firmly', 'strongly',
  'did', 'does', 'not', 'is', 'was', 'has been', 'could', 'may', 'might', 'can',
]);

export const PRONOUNS: Record<string, 'person' | 'plural' | 'thing' | 'speaker'> = {
  he: 'person', him: 'person', his: 'person', she: 'person', her: 'person', hers: 'person', himself: 'person',
  herself: 'person', they: 'plural', them: 'plural', their: 'plural', themselves: 'plural', it: 'thing', its: 'thing',
  itself: 'thing', i: 'speaker', me: 'speaker', my: 'speaker', we: 'speaker', us: 'speaker', our: 'speaker',
  you: 'speaker', this: 'thing', that: 'thing', who: 'person', which: 'thing',
};
