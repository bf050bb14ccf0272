// Italian: the words the shared reader needs (src/core/locales/common/read-with-pack.ts).
import { adjectives, forms } from '../../common/lexicon/forms.ts';

/** Verbs in -are by stem: afferma, affermano, affermò, affermato, affermava. */
const ARE = [
  'afferm', 'dichiar', 'spieg', 'sottoline', 'aggiung', 'ricord', 'osserv', 'comment', 'annunci', 'denunci', 'raccont',
  'precis', 'conferm', 'insist', 'avvert', 'lament', 'critic', 'rimarc', 'evidenzi', 'chiar', 'ribad', 'assicur', 'segnal',
  'confess', 'esord', 'domand', 'replic', 'rilev', 'stim', 'consider', 'ipotizz', 'attacc', 'incalz',
];
const ARE_ENDINGS = ['a', 'ano', 'ò', 'ato', 'ata', 'ava', 'avano', 'arono'];
const OTHER = [
  'dice', 'dicono', 'disse', 'dissero', 'detto', 'diceva', 'aggiunge', 'aggiunto', 'aggiungono', 'sostiene', 'sostenuto',
  'sostengono', 'scrive', 'scritto', 'scrivono', 'risponde', 'risposto', 'ammette', 'ammesso', 'conclude', 'concluso',
  'prosegue', 'proseguito', 'spiega', 'ribadisce', 'ribadito', 'avverte', 'avvertito', 'riconosce', 'riconosciuto',
  'ritiene', 'ritengono', 'ritenuto', 'crede', 'credono', 'pensa', 'pensano', 'promette', 'promesso', 'chiede', 'chiesto',
  'sottolinea', 'sottolineato', 'commenta', 'racconta', 'precisa', 'osserva',
  'chiarito', 'chiarisce', 'insiste', 'insistito',
  'reagito', 'reagisce',
  'twittato', 'twitta', 'postato',
];
/** Words whose final dot is their own. */
export const ABBREVIATIONS = ['Sig', 'Sigg', 'Dott', 'Dr', 'Prof', 'On', 'Avv', 'Ing', 'ecc', 'pag', 'S'];

export const CUE_VERBS = [...new Set([...forms(ARE, ARE_ENDINGS), ...OTHER])];

export const AUXILIARIES = ['ha', 'hanno', 'aveva', 'avevano', 'avrebbe', 'è', 'sono', 'anche', 'poi', 'ancora', 'inoltre', 'già', 'si', 'gli', 'le'];
/** "according to" phrases before their source, words separated by spaces. */
export const ACCORDING_BEFORE = ['secondo', 'a detta di', 'stando a', 'a parere di'];
export const ACCORDING_AFTER: string[] = [];

export const PRONOUNS = ['lui', 'lei', 'egli', 'ella', 'questi'];
export const DETERMINERS = ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', "un'", 'suo', 'sua', 'suoi', 'sue', 'questo', 'questa', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'al', 'alla'];
export const NAME_PARTICLES = ['di', 'de', 'del', 'della', 'da', 'la', 'lo', 'van', 'von'];
export const STOPWORDS = [
  'ma', 'e', 'o', 'né', 'che', 'perché', 'poiché', 'però', 'quindi', 'se', 'quando', 'come', 'dove', 'mentre', 'in', 'con',
  'senza', 'per', 'su', 'tra', 'fra', 'da', 'di', 'a', 'secondo', 'contro', 'dopo', 'prima', 'durante', 'verso', 'il', 'lo',
  'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'non', 'sì', 'già', 'anche', 'ancora', 'così', 'allora', 'poi', 'oggi', 'ieri',
  'domani', 'ora', 'qui', 'lì', 'questo', 'questa', 'quello', 'quella', 'tutto', 'tutti', 'ogni', 'molto', 'più', 'meno',
  'mai', 'sempre', 'tuttavia', 'infatti', 'inoltre', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato',
  'domenica', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
  'novembre', 'dicembre', 'è', 'sono', 'era', 'ha', 'hanno', 'io', 'noi', 'voi', 'loro', 'chi', 'cosa', 'signor', 'signora',
  'nel', 'nella', 'al', 'alla', 'del', 'della', 'dal', 'dalla', 'sul', 'sulla',
  'presso', 'davanti',
  'delle', 'degli', 'dei', 'dello', 'dall', 'nell', 'sull', 'negli', 'nelle', 'sugli', 'dagli',
];
export const SUBORDINATORS = ['che', 'se', 'come'];
export const VAGUE_HEADS = ['fonti', 'fonte', 'esperti', 'esperte', 'analisti', 'osservatori', 'specialisti', 'testimoni', 'residenti', 'critici', 'diplomatici', 'economisti', 'ricercatori'];
export const ROLE_NOUNS = [
  'ministro', 'ministra', 'presidente', 'portavoce', 'direttore', 'direttrice', 'sindaco', 'sindaca', 'deputato', 'deputata',
  'senatore', 'senatrice', 'capo', 'segretario', 'segretaria', 'consigliere', 'giudice', 'avvocato', 'avvocata',
  'procuratore', 'professore', 'professoressa', 'ricercatore', 'ricercatrice', 'economista', 'esperto', 'esperta',
  'analista', 'governatore', 'ambasciatore', 'leader', 'dirigente', 'responsabile', 'fondatore', 'candidato', 'candidata',
  'allenatore', 'capitano', 'medico', 'autore', 'autrice', 'giornalista', 'rappresentante', 'premier', 'cancelliere',
  'commissario', 'commissaria', 'assessore', 'governatrice',
  'vicepresidente', 'funzionario', 'funzionaria', 'titolare', 'sindacalista', 'consigliera', 'assessora',
  'cittadino', 'cittadina',
  'prefetto', 'rettore', 'rettrice', 'vescovo', 'magistrato', 'ingegnere', 'sociologo', 'sociologa', 'politologo', 'politologa', 'storico', 'storica', 'epidemiologo', 'epidemiologa', 'virologo', 'virologa', 'consulente', 'abitante', 'agricoltore', 'allevatore', 'commerciante', 'testimone', 'eurodeputato', 'eurodeputata', 'imprenditore', 'imprenditrice', 'colonnello', 'comandante', 'ct', 'calciatore', 'attaccante', 'centrocampista', 'difensore', 'portiere', 'questore', 'viceministro', 'sottosegretario', 'sottosegretaria', 'amministratore', 'amministratrice', 'attivista', 'lavoratore', 'lavoratrice', 'presidentessa',
];
export const COUNTRY_ADJECTIVES = adjectives({ russ: 'Russia', cines: 'China', ucrain: 'Ukraine', american: 'United States', statunitens: 'United States', britannic: 'United Kingdom', tedesc: 'Germany', polacc: 'Poland', frances: 'France', spagnol: 'Spain', turc: 'Turkey', brasilian: 'Brazil', israelian: 'Israel', iranian: 'Iran' }, ['o', 'a', 'e', 'i']);

/** Institutions written with a capital: bodies, never a person's name. */
export const INSTITUTIONS = ['governo', 'stato', 'parlamento', 'camera', 'senato', 'quirinale', 'chigi', 'palazzo', 'ministero', 'polizia', 'commissione', 'unione', 'consiglio', 'tribunale'];

/** Endings of one-word names of bodies (none: bodies are several words here). */
export const BODY_ENDINGS: string[] = [];

/** Relative pronouns that open a clause after a comma. */
export const RELATIVES = ['che'];

/** Definite articles: a description with one takes up someone named before. */
export const DEFINITE_ARTICLES: string[] = ['il', 'lo', 'la', 'i', 'gli', 'le', "l'"];

/** Beginnings of words that head a body's name (l'Istituto, il ministero, l'agenzia …). */
export const BODY_WORDS = ['istituto', 'ministero', 'agenzia', 'ufficio', 'osservatorio', 'autorità', 'commissione', 'consiglio', 'tribunale', 'procura', 'prefettura', 'comune', 'regione', 'direzione', 'banca', 'federazione', 'confederazione', 'sindacato', 'associazione', 'fondazione', 'università', 'centro', 'guardia', 'polizia', 'governo', 'protezione', 'organizzazione', 'servizio', 'corte'];
/** Words that go on a body's name after its head ("Istituto nazionale di statistica"). */
export const BODY_LINKS = ['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'", 'per', 'e'];
/** The hearer's phrase after a verb of saying: "ha detto all'ANSA", "ha spiegato ai giornalisti". */
export const HEARER_PREPOSITIONS = ['a', 'al', 'alla', "all'", 'ai', 'agli', 'alle'];
export const HEARER_WORDS: string[] = [];
export const GIVEN_MALE = [
  'giuseppe', 'giovanni', 'antonio', 'mario', 'luigi', 'francesco', 'paolo', 'marco', 'luca', 'andrea', 'matteo',
  'alessandro', 'roberto', 'stefano', 'giorgio', 'sergio', 'massimo', 'carlo', 'enrico', 'fabio', 'gianni', 'guido',
  'lorenzo', 'pietro', 'salvatore', 'silvio', 'vincenzo', 'claudio', 'davide', 'federico', 'filippo', 'giancarlo',
  'maurizio', 'nicola', 'riccardo', 'simone', 'tommaso', 'ugo', 'vittorio', 'raffaele', 'domenico', 'giulio', 'dario',
];
export const GIVEN_FEMALE = [
  'giorgia', 'maria', 'anna', 'giulia', 'francesca', 'chiara', 'sara', 'laura', 'elena', 'paola', 'valentina', 'silvia',
  'federica', 'alessandra', 'roberta', 'elisabetta', 'daniela', 'marta', 'lucia', 'giovanna', 'rosa', 'teresa',
  'cristina', 'simona', 'barbara', 'elly', 'mara', 'beatrice', 'ilaria', 'martina', 'monica', 'patrizia',
];

/** Nouns of a written statement, whose body speaks ("in einer Mitteilung des Ministeriums"). */
export const DOCUMENT_NOUNS = ['nota', 'comunicato', 'dichiarazione', 'rapporto', 'lettera', 'messaggio', 'post', 'tweet', 'relazione', 'documento'];

/** Words that open a title's complement ("le président du club"): the title is then no office of state. */
export const GENITIVE_LINKS: string[] = ['della', 'del', 'dello', 'dei', 'degli', 'delle', 'di', "dell'"];
/** Words before a title that make it a former or future office. */
export const FORMER_WORDS = ['ex', 'già', 'futuro', 'futura', 'nuovo', 'nuova', 'ormai'];

/** First-person plural possessives: "selon nos informations" is the outlet's own reporting, no one's words. */
export const OWN_WORDS = ['nostre', 'nostri', 'nostra', 'nostro'];

/** Words that join two subjects ("Ana López y Pedro Gómez visitaron …"): a later pronoun may be either's. */
export const COORDINATORS: string[] = ['e', 'ed'];
