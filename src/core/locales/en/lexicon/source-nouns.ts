// Nouns for sources that are not named people.
// GROUP_NOUNS, after a country ("US authorities", "Chinese officials"): a group of that country.
// ANONYMOUS_NOUNS: unnamed or unspecific sources ("experts", "a senior official", "critics").
// GOVERNMENT_NOUNS, after a country: the government itself ("the Chinese government").
// DOCUMENT_NOUNS, after a country: a text speaking for it ("the Chinese communiqué").

export const GROUP_NOUNS = new Set([
  'authorities', 'officials', 'diplomats', 'lawmakers', 'legislators', 'leaders', 'forces', 'troops', 'soldiers',
  'police', 'prosecutors', 'investigators', 'regulators', 'intelligence', 'negotiators', 'delegation', 'military',
  'army', 'navy', 'media', 'officers', 'ministers', 'generals', 'commanders', 'spokesmen', 'representatives',
  'envoys', 'embassy', 'agencies', 'companies', 'firms', 'banks', 'scientists', 'experts',
  'analysts', 'sources', 'observers', 'voters', 'citizens', 'people', 'nationals', 'residents', 'activists',
  'hackers', 'rebels', 'separatists', 'militants', 'protesters', 'opposition', 'state media',
]);

export const GOVERNMENT_NOUNS = new Set([
  'government', 'administration', 'leadership', 'side', 'cabinet', 'regime', 'state', 'executive',
]);

export const DOCUMENT_NOUNS = new Set([
  'communiqué', 'communique', 'statement', 'statements', 'communiqués', 'communiques', 'report', 'readout',
  'release', 'press release', 'document', 'declaration', 'note', 'letter', 'announcement', 'position', 'memo',
  'resolution', 'white paper', 'decree',
]);

export const ANONYMOUS_NOUNS = new Set([
  'expert', 'experts', 'official', 'officials', 'source', 'sources', 'critic', 'critics', 'analyst', 'analysts',
  'observer', 'observers', 'diplomat', 'diplomats', 'insider', 'insiders', 'aide', 'aides', 'adviser', 'advisers',
  'advisor', 'advisors', 'witness', 'witnesses', 'resident', 'residents', 'people', 'person', 'someone', 'some',
  'others', 'many', 'researchers', 'researcher', 'scientists', 'scientist', 'economists', 'economist', 'commentators',
  'commentator', 'supporters', 'opponents', 'activists', 'activist', 'investors', 'traders', 'voters',
  'polls', 'poll', 'survey', 'studies', 'study', 'reports', 'rumors', 'rumours', 'spokesman', 'spokeswoman',
  'spokesperson', 'lawmaker', 'lawmakers', 'member', 'members', 'staff', 'staffers', 'employees', 'employee',
  'doctors', 'doctor', 'historians', 'lawyers', 'lawyer', 'attorney', 'attorneys', 'friends', 'friend', 'relatives',
  'neighbors', 'neighbours', 'colleagues', 'associates', 'allies', 'leaders', 'authorities', 'investigators',
  'prosecutors', 'police', 'republicans', 'democrats', 'conservatives', 'liberals', 'pundits', 'strategists',
  'organizers', 'organisers', 'protesters', 'demonstrators', 'citizens', 'users', 'man', 'woman', 'men', 'women',
]);

/** Quantifiers and articles that open an unnamed source ("many experts", "a senior official"). */
export const SOURCE_DETERMINERS = new Set([
  'the', 'a', 'an', 'some', 'many', 'several', 'most', 'few', 'a few', 'other', 'others', 'two', 'three', 'four',
  'numerous', 'various', 'multiple', 'certain', 'one', 'both', 'all', 'these', 'those',
]);

// Nouns for someone close to a person or body, or acting for them, who speaks as themselves, not as
// the one named after the noun: "a source close to the Tánaiste", "an aide to the minister", "the
// family of Sean Walsh", "the lawyer for the accused".
export const PROXY_NOUNS = new Set([
  'source', 'sources', 'aide', 'aides', 'ally', 'allies', 'friend', 'friends', 'confidant', 'confidante',
  'insider', 'insiders', 'adviser', 'advisers', 'advisor', 'advisors', 'associate', 'associates', 'figure', 'figures',
  'family', 'families', 'mother', 'father', 'parents', 'son', 'daughter', 'wife', 'husband', 'partner', 'widow',
  'widower', 'brother', 'sister', 'relatives', 'relative', 'neighbour', 'neighbours', 'neighbor', 'neighbors',
  'lawyer', 'lawyers', 'solicitor', 'solicitors', 'barrister', 'counsel', 'attorney', 'attorneys', 'representative',
  'representatives',
]);

// A person by nationality, a noun that is never the country's government: "the Spaniard said".
export const PERSON_DEMONYMS = new Set([
  'spaniard', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'scotsman',
  'scotswoman', 'welshman', 'welshwoman', 'dutchman', 'dutchwoman', 'scot', 'briton', 'swede', 'dane', 'finn',
  'pole', 'turk', 'kiwi', 'aussie', 'serb', 'croat', 'norwegian', 'argentine', 'argentinian', 'brazilian', 'italian',
  'german', 'portuguese', 'belgian', 'austrian', 'canadian', 'australian', 'south african', 'new zealander',
  'indian', 'pakistani', 'nigerian', 'kenyan', 'ghanaian', 'jamaican', 'japanese', 'american', 'russian', 'ukrainian',
]);

// Definite descriptions of a body ("the club said", "the council said") that take up the body that
// spoke just before when it is not known by that noun.
export const BODY_DESCRIPTION_NOUNS = new Set([
  'club', 'company', 'firm', 'council', 'force', 'party', 'charity', 'trust', 'union', 'airline', 'bank', 'retailer',
  'hospital', 'university', 'school', 'board', 'group', 'organisation', 'organization', 'department', 'ministry',
  'team', 'federation', 'association', 'body', 'regulator', 'operator', 'broadcaster', 'publisher', 'insurer',
]);

// Bodies that hear evidence ("the court heard", "the inquest was told"): hearers, never speakers.
export const HEARING_BODIES = new Set(['court', 'jury', 'inquest', 'hearing', 'tribunal', 'trial', 'inquiry', 'committee']);

// Nouns for what someone said, in a sentence after a quotation that names whose it is: "That was the verdict of
// Brentford captain Christian Nørgaard", "Those were the words of the coroner".
export const VERDICT_NOUNS = [
  'verdict', 'view', 'message', 'reaction', 'assessment', 'words', 'response', 'warning', 'take', 'opinion', 'plea',
  'admission', 'conclusion', 'prediction', 'promise', 'defence', 'defense', 'explanation',
];
