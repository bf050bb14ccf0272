// Closed word classes used to read sentence structure without a tagger.

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'one']);
/** Pronouns that can only be a subject (a clause starts at them). */
export const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'s", "'ve", "'d", "'ll", "'re", "'m",
  "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "isn't",
  "wasn't", "aren't", "weren't", "shouldn't", 'not', 'never', 'to',
]);

// Adverbs that sit between a subject and its verb and belong to the cue (has also said).
export const CUE_ADVERBS = new Set([
  'also', 'then', 'later', 'still', 'even', 'already', 'once', 'again', 'just', 'only', 'first', 'often', 'long', 'now',
  'further', 'too', 'ever', 'always', 'soon', 'since', 'reportedly', 'allegedly', 'apparently', 'repeatedly',
  'sometimes', 'never', 'widely', 'previously',
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many',
  'several', 'most', 'all', 'both', 'few', 'other', 'another', 'any', 'each', 'every', 'no', 'more', 'two', 'three',
]);

// Words that end a noun phrase when reading leftwards from a verb: conjunctions,
// subordinators, prepositions (except of/for, which live inside titles) and verbs of being.
export const NP_BOUNDARY = new Set([
  'that', 'because', 'but', 'or', 'while', 'when', 'if', 'as', 'since', 'although', 'though', 'after', 'before',
  'so', 'than', 'where', 'whether', 'whom', 'whose', 'what', 'why', 'how', 'until', 'unless', 'yet', 'nor', 'then',
  'in', 'on', 'at', 'by', 'with', 'from', 'into', 'during', 'about', 'against', 'over', 'under', 'through', 'to',
  'without', 'like', 'among', 'between', 'toward', 'towards', 'upon', 'via', 'per', 'despite', 'amid', 'once',
  'here', 'there', 'not', 'also', 'now', 'thus', 'however', 'meanwhile', 'instead', 'indeed', 'still', 'even',
  'and',
]);

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'by', 'with', 'from', 'during', 'after', 'before', 'to', 'via', 'through', 'over', 'while',
  'for', 'about', 'outside', 'inside', 'near', 'across', 'since', 'earlier', 'later', 'last', 'this', 'next',
  'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'recently', 'previously', 'publicly', 'privately', 'repeatedly', 'again', 'also', 'once', 'then', 'now',
]);

// Heads of unnamed or unspecific sources (experts believe, officials said, a source told).
export const VAGUE_HEADS = new Set([
  'expert', 'experts', 'official', 'officials', 'source', 'sources', 'analyst', 'analysts', 'critic', 'critics',
  'observer', 'observers', 'people', 'some', 'many', 'others', 'other', 'aide', 'aides', 'insider', 'insiders',
  'adviser', 'advisers', 'advisor', 'advisors', 'diplomat', 'diplomats', 'someone', 'somebody', 'person',
  'economists', 'scientists', 'researchers', 'historians', 'strategists', 'commentators', 'pundits', 'witnesses',
  'residents', 'opponents', 'supporters', 'skeptics', 'sceptics', 'activists', 'reports', 'rumors',
  'spokesman', 'spokeswoman', 'spokesperson', 'authorities', 'everyone', 'everybody', 'few', 'most', 'several',
  'watchers', 'lawmakers', 'members', 'voters', 'polls', 'studies',
]);

export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
export const MONTHS_DAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', ...MONTHS, 'today', 'yesterday', 'tonight',
]);
/** The forms of "do" as an auxiliary. */
export const DO_FORMS = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't"]);

export const OPEN_QUOTES = '“"„«‘\'‚‹「『';
export const CLOSE_QUOTES = '”"»’\'›」』“';

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
// prepositions proper (not particles or subordinators)
export const TRUE_PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'with', 'from', 'during', 'after', 'before', 'to', 'via', 'through', 'over', 'for', 'about', 'of', 'into', 'across']);

// Participles of saying that are nouns after a determiner in court reporting ("the accused", "his
// co-accused"): no verb of saying there.
export const NOMINAL_PARTICIPLES = new Set(['accused', 'co-accused']);
