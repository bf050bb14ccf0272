// Italian: the words the shared reader needs (src/core/locales/common/read-with-pack.ts).
import { adjectives, forms } from '../../common/lexicon/forms.ts';

/** Verbs in -are by stem: afferma, affermano, affermò, affermato, affermava. */
const ARE = [
  'afferm', 'dichiar', 'spieg', 'sottoline', 'aggiung', 'ricord', 'osserv', 'comment', 'annunci', 'denunci', 'raccont',
  'precis', 'conferm', 'insist', 'avvert', 'lament', 'critic', 'rimarc', 'evidenzi', 'ribad', 'assicur', 'segnal',
  'confess', 'esord', 'domand', 'replic', 'rilev', 'stim', 'consider', 'ipotizz', 'attacc', 'incalz',
  'puntualizz', 'rilanci', 'esort', 'auspic', 'rivendic', 'confid', 'annot', 'url', 'grid', 'sbott', 'tuon', 'neg',
  'minimizz', 'esult', 'sentenzi', 'rassicur', 'ironizz', 'chios', 'accus', 'invit', 'anticip', 'illustr',
  'riport', 'scherz', 'insinu', 'avvis', 'rimprover', 'polemizz', 'protest', 'parl', 'sfog',
  'comunic', 'ammon', 'raccomand', 'conced', 'sospir', 'tagli', 'recit', 'rivel', 'svel', 'esclam', 'giur', 'rincar', 'bacchett',
];
const ARE_ENDINGS = ['a', 'ano', 'ò', 'ato', 'ata', 'ava', 'avano', 'arono'];
const OTHER = [
  'dice', 'dicono', 'disse', 'dissero', 'detto', 'diceva', 'aggiunge', 'aggiunto', 'aggiungono', 'sostiene', 'sostenuto',
  'sostengono', 'scrive', 'scritto', 'scrivono', 'risponde', 'risposto', 'ammette', 'ammesso', 'conclude', 'concluso',
  'prosegue', 'proseguito', 'spiega', 'ribadisce', 'ribadito', 'avverte', 'avvertito', 'riconosce', 'riconosciuto',
  'ritiene', 'ritengono', 'ritenuto', 'crede', 'credono', 'pensa', 'pensano', 'promette', 'promesso', 'chiede', 'chiesto',
  'sottolinea', 'sottolineato', 'commenta', 'racconta', 'precisa', 'osserva',
  'esprime', 'espresso', 'esprimono',
  'chiarito', 'chiarisce', 'insiste', 'insistito',
  'reagito', 'reagisce',
  'twittato', 'twitta', 'postato',
  // passato remoto, -ere and -ire verbs
  'aggiunse', 'rispose', 'ammise', 'concluse', 'scrisse', 'sostenne', 'chiese', 'promise', 'riconobbe', 'spiegò',
  'ribatte', 'ribattuto', 'ripete', 'ripetuto', 'garantisce', 'garantito', 'riferisce', 'riferito', 'smentisce', 'smentito',
  'suggerisce', 'suggerito', 'ammonisce', 'ammonito', 'sapere', 'scandisce', 'scandito', 'definisce', 'definito', 'definita', 'definiscono',
  'descrive', 'descritto', 'descrivono', 'descriveva',
];
/** Words whose final dot is their own. */
export const ABBREVIATIONS = ['Sig', 'Sigg', 'Dott', 'Dr', 'Prof', 'On', 'Avv', 'Ing', 'ecc', 'pag', 'S'];

export const CUE_VERBS = [...new Set([...forms(ARE, ARE_ENDINGS), ...OTHER])];

// ("fatto" of "ha fatto sapere": the verb of saying is "sapere")
export const AUXILIARIES = ['ha', 'hanno', 'aveva', 'avevano', 'avrebbe', 'è', 'sono', 'anche', 'poi', 'ancora', 'inoltre', 'già', 'si', 'gli', 'le', 'fatto', 'fa', 'invece', 'infine', 'subito'];
/** "according to" phrases before their source, words separated by spaces. */
// (with the articulated prepositions: "stando ai dati", "a detta degli esperti", "secondo quanto riferito da")
export const ACCORDING_BEFORE = [
  'secondo quanto riferito da', 'secondo quanto riferito dal', 'secondo quanto riferito dalla', 'secondo quanto riferito dai',
  'secondo quanto riferito dagli', 'secondo quanto riferito dalle', "secondo quanto riferito dall'",
  'secondo', 'a detta di', 'a detta del', 'a detta della', 'a detta dei', 'a detta degli', 'a detta delle', 'a detta dello', "a detta dell'",
  'stando a', 'stando al', 'stando alla', 'stando ai', 'stando agli', 'stando alle', 'stando allo', "stando all'",
  'a parere di', 'a parere del', 'a parere della', 'a parere dei', 'a parere degli', "a parere dell'",
  'a giudizio di', 'a giudizio del', 'a giudizio della', 'a giudizio dei', 'a giudizio degli', "a giudizio dell'",
  "a quanto riferisce", "a quanto riferito da", 'come riferito da',
];
export const ACCORDING_AFTER: string[] = [];
/** After "secondo", a relative whose source is the name before the comma ("Paolo Ferrante, secondo cui …", "secondo il
 * quale"). */
export const ACCORDING_RELATIVES = ['cui', 'il quale', 'la quale', 'i quali', 'le quali'];
/** Conjunctions that open the reporter's next clause after a comma ("ha annunciato ricorso, mentre la sindaca …"). */
export const CLAUSE_CONJUNCTIONS = ['mentre', 'ma', 'però', 'eppure', 'invece', 'poiché'];

export const PRONOUNS = ['lui', 'lei', 'egli', 'ella', 'questi'];
export const DETERMINERS = [
  'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', "un'", 'suo', 'sua', 'suoi', 'sue', 'questo', 'questa', 'del', 'della',
  'dello', 'dei', 'degli', 'delle', 'al', 'alla',
  // quantifiers: "secondo molti esperti", "alcuni residenti"
  'molti', 'molte', 'alcuni', 'alcune', 'diversi', 'diverse', 'numerosi', 'numerose', 'vari', 'varie', 'tanti', 'tante', 'altri', 'altre',
];
export const NAME_PARTICLES = ['di', 'de', 'del', 'della', 'da', 'la', 'lo', 'van', 'von', 'der', 'den', 'dos', 'du'];
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
  'ai', 'agli', 'alle', 'allo', 'nei', 'sui', 'sulle', 'col', 'coi', 'dai', 'dalle',
];
export const SUBORDINATORS = ['che', 'se', 'come'];
export const VAGUE_HEADS = ['fonti', 'fonte', 'esperti', 'esperte', 'analisti', 'osservatori', 'specialisti', 'testimoni', 'residenti', 'critici', 'diplomatici', 'economisti', 'ricercatori'];
/** A person by sex or age alone ("ha detto la donna"): the person of that gender spoken of last, never a speaker by itself. */
// (not kinship words: "la madre della vittima" is someone else)
// ("il giovane", "la giovane": the article tells the gender)
const PERSON_NOUNS_LIST = ['donna', 'uomo', 'ragazzo', 'ragazza', 'anziano', 'anziana', 'signora', 'signore', 'giovane'];
export const PERSON_NOUNS = PERSON_NOUNS_LIST;
export const ROLE_NOUNS = [
  'ministro', 'ministra', 'presidente', 'portavoce', 'direttore', 'direttrice', 'sindaco', 'sindaca', 'deputato', 'deputata',
  'senatore', 'senatrice', 'capo', 'segretario', 'segretaria', 'consigliere', 'giudice', 'avvocato', 'avvocata',
  'procuratore', 'professore', 'professoressa', 'ricercatore', 'ricercatrice', 'economista', 'esperto', 'esperta',
  'analista', 'governatore', 'ambasciatore', 'leader', 'dirigente', 'responsabile', 'fondatore', 'candidato', 'candidata',
  'allenatore', 'capitano', 'medico', 'autore', 'autrice', 'giornalista', 'rappresentante', 'premier', 'cancelliere',
  'commissario', 'commissaria', 'assessore', 'governatrice',
  'vicepresidente', 'funzionario', 'funzionaria', 'titolare', 'sindacalista', 'consigliera', 'assessora',
  'cittadino', 'cittadina',
  'prefetto', 'prefetta', 'questora', 'rettore', 'rettrice', 'vescovo', 'magistrato', 'ingegnere', 'sociologo', 'sociologa', 'politologo', 'politologa', 'storico', 'storica', 'epidemiologo', 'epidemiologa', 'virologo', 'virologa', 'consulente', 'abitante', 'agricoltore', 'allevatore', 'commerciante', 'testimone', 'eurodeputato', 'eurodeputata', 'imprenditore', 'imprenditrice', 'colonnello', 'comandante', 'ct', 'calciatore', 'attaccante', 'centrocampista', 'difensore', 'portiere', 'questore', 'viceministro', 'sottosegretario', 'sottosegretaria', 'amministratore', 'amministratrice', 'attivista', 'lavoratore', 'lavoratrice', 'presidentessa',
  'capogruppo', 'vicepremier', 'vicesegretario', 'vicesegretaria', 'tecnico', 'coordinatore', 'coordinatrice', 'manager',
  'procuratrice', 'pm', 'gip', 'gup', 'legale', 'parlamentare', 'europarlamentare', 'primario', 'dottore', 'dottoressa', 'docente',
  'scrittore', 'scrittrice', 'regista', 'attore', 'attrice', 'cantante', 'patron', 'vicedirettore', 'vicedirettrice',
  'delegato', 'delegata', 'garante', 'pontefice', 'papa', 'cardinale', 'arcivescovo', 'parroco', 'ammiraglio',
  'maresciallo', 'tennista', 'pilota', 'ciclista', 'nuotatore', 'nuotatrice',
  // (the justice minister's traditional name; opera voices and players of an instrument)
  'guardasigilli', 'tenore', 'soprano', 'baritono', 'contralto', 'pianista', 'violinista', 'compositore', 'compositrice',
  'giocatore', 'giocatrice', 'atleta', 'campione', 'campionessa', 'velista', 'bomber', 'fantasista', 'mediano',
  'terzino', 'ala', 'centravanti', 'trequartista', 'punta', 'romanziere', 'romanziera', 'poeta', 'poetessa', 'pittore', 'pittrice', 'fotografo', 'fotografa',
  'musicista', 'artista', 'ballerino', 'ballerina', 'produttore', 'produttrice', 'editore', 'editrice',
  'cantautore', 'cantautrice', 'rapper', 'chitarrista', 'batterista', 'bassista',
  'scienziato', 'scienziata', 'nobel', 'chirurgo', 'infettivologo', 'infettivologa', 'biologo', 'biologa', 'genetista',
  'oncologo', 'oncologa', 'cardiologo', 'cardiologa', 'pediatra', 'farmacologo', 'farmacologa', 'immunologo', 'immunologa',
  'fisico', 'chimico', 'chimica', 'astrofisico', 'astrofisica', 'climatologo', 'climatologa', 'geologo', 'geologa', 'vulcanologo',
  'vulcanologa', 'sismologo', 'sismologa', 'meteorologo', 'meteorologa', 'psichiatra', 'psicologo', 'psicologa',
  'coach', 'mister', 'omologo', 'omologa', 'imputato', 'imputata', 'indagato', 'indagata', 'diplomatico', 'penalista', 'civilista', 'vicino', 'vicina',
  ...PERSON_NOUNS_LIST,
];

/** People described by what they do rather than by an office: "il centrocampista", "la scrittrice" may take up someone
 * the article named with no role, when they are the one who fits. */
export const DESCRIPTIVE_ROLES = [
  'calciatore', 'attaccante', 'centrocampista', 'difensore', 'portiere', 'capitano', 'giocatore', 'giocatrice', 'bomber',
  'fantasista', 'mediano', 'terzino', 'centravanti', 'trequartista', 'atleta', 'campione', 'campionessa', 'tennista', 'pilota', 'ciclista', 'nuotatore',
  'nuotatrice', 'velista', 'scrittore', 'scrittrice', 'romanziere', 'romanziera', 'poeta', 'poetessa', 'regista', 'attore',
  'attrice', 'cantante', 'artista', 'musicista', 'pittore', 'pittrice', 'fotografo', 'fotografa', 'ballerino', 'ballerina',
  'autore', 'autrice', 'tenore', 'soprano', 'baritono', 'contralto', 'pianista', 'violinista', 'compositore', 'compositrice',
  'imputato', 'imputata', 'indagato', 'indagata', 'cantautore', 'cantautrice', 'rapper', 'chitarrista', 'batterista', 'bassista',
  ...PERSON_NOUNS_LIST,
];

/** Two-word descriptions of a role by another name: "il primo cittadino" is the mayor. */
export const ROLE_PHRASES: Record<string, string> = { 'primo cittadino': 'sindaco', 'prima cittadina': 'sindaca' };
export const COUNTRY_ADJECTIVES = adjectives({ russ: 'Russia', cines: 'China', ucrain: 'Ukraine', american: 'United States', statunitens: 'United States', britannic: 'United Kingdom', tedesc: 'Germany', polacc: 'Poland', frances: 'France', spagnol: 'Spain', turc: 'Turkey', brasilian: 'Brazil', israelian: 'Israel', iranian: 'Iran' }, ['o', 'a', 'e', 'i']);

/** Institutions written with a capital: bodies, never a person's name. */
export const INSTITUTIONS = [
  'governo', 'stato', 'parlamento', 'camera', 'senato', 'quirinale', 'chigi', 'palazzo', 'ministero', 'polizia', 'commissione',
  'unione', 'consiglio', 'tribunale', 'viminale', 'farnesina', 'regione', 'comune', 'procura',
  // portfolios after "ministro del/della/dell'": "la ministra del Lavoro Marina Calvi" (the name starts after them)
  'lavoro', 'economia', 'interno', 'esteri', 'difesa', 'giustizia', 'salute', 'istruzione', 'università', 'cultura',
  'ambiente', 'agricoltura', 'turismo', 'sport', 'infrastrutture', 'trasporti', 'sanità', 'tesoro', 'finanze', 'imprese',
  'famiglia', 'pubblica', 'ricerca', 'disabilità', 'riforme', 'welfare', 'bilancio', 'attività', 'mare',
];

/** Endings of one-word names of bodies (none: bodies are several words here). */
export const BODY_ENDINGS: string[] = [];

/** Relative pronouns that open a clause after a comma. */
export const RELATIVES = ['che'];

/** Definite articles: a description with one takes up someone named before. */
export const DEFINITE_ARTICLES: string[] = ['il', 'lo', 'la', 'i', 'gli', 'le', "l'"];

/** Beginnings of words that head a body's name (l'Istituto, il ministero, l'agenzia …). */
export const BODY_WORDS = ['istituto', 'ministero', 'agenzia', 'ufficio', 'osservatorio', 'autorità', 'commissione', 'consiglio', 'tribunale', 'procura', 'prefettura', 'comune', 'regione', 'direzione', 'banca', 'federazione', 'confederazione', 'sindacato', 'associazione', 'fondazione', 'università', 'centro', 'guardia', 'polizia', 'governo', 'protezione', 'organizzazione', 'servizio', 'corte',
  // bodies known by one name: unions, employers, consumers, statistics and welfare
  'cgil', 'cisl', 'uil', 'ugl', 'confindustria', 'confcommercio', 'confesercenti', 'confartigianato', 'coldiretti', 'legambiente',
  'codacons', 'federconsumatori', 'istat', 'inps', 'inail', 'anm', 'csm', 'anci', 'censis', 'svimez', 'bankitalia', 'consob',
  'carabinieri', 'questura', 'asl', 'arpa', 'gdf'];
/** Words that go on a body's name after its head ("Istituto nazionale di statistica"). */
export const BODY_LINKS = ['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'", 'per', 'e'];
/** The hearer's phrase after a verb of saying: "ha detto all'ANSA", "ha spiegato ai giornalisti". */
export const HEARER_PREPOSITIONS = ['a', 'al', 'alla', "all'", 'ai', 'agli', 'alle'];
/** Prepositions before one person spoken to, in the singular ("al collega X", "alla sindaca", "all'amico"). */
export const PERSON_HEARER_PREPOSITIONS = ['al', 'alla', "all'", 'allo'];
/** Italian newspapers and broadcasters: spoken to after a verb ("ha detto al Corriere"), a body when they write. */
export const HEARER_WORDS = [
  'corriere', 'repubblica', 'stampa', 'messaggero', 'mattino', 'giornale', 'avvenire', 'foglio', 'libero', 'unità', 'manifesto',
  'sole 24', 'fatto quotidiano', 'tg2', 'tg3', 'tg4', 'tg5', 'la7', 'rainews24', 'tgcom24', 'mediaset', 'lapresse', 'askanews',
  'dire', 'huffpost', 'fanpage', 'radio24', 'rai3', 'rai1',
];
export const GIVEN_MALE = [
  'giuseppe', 'giovanni', 'antonio', 'mario', 'luigi', 'francesco', 'paolo', 'marco', 'luca', 'andrea', 'matteo',
  'alessandro', 'roberto', 'stefano', 'giorgio', 'sergio', 'massimo', 'carlo', 'enrico', 'fabio', 'gianni', 'guido',
  'lorenzo', 'pietro', 'salvatore', 'silvio', 'vincenzo', 'claudio', 'davide', 'federico', 'filippo', 'giancarlo',
  'maurizio', 'nicola', 'riccardo', 'simone', 'tommaso', 'ugo', 'vittorio', 'raffaele', 'domenico', 'giulio', 'dario',
  'alberto', 'alessio', 'angelo', 'antonello', 'arturo', 'bruno', 'carmelo', 'cesare', 'corrado', 'cristian', 'cristiano',
  'daniele', 'edoardo', 'elio', 'emanuele', 'emilio', 'enzo', 'ettore', 'fabrizio', 'felice', 'flavio', 'franco', 'gabriele',
  'gaetano', 'giacomo', 'gianluca', 'gianfranco', 'gianluigi', 'gianmarco', 'gino', 'giordano', 'ignazio', 'igor', 'leonardo',
  'lucio', 'mattia', 'michele', 'mirko', 'nello', 'nino', 'orlando', 'ottavio', 'piero', 'pierluigi', 'pierpaolo', 'renato',
  'renzo', 'rocco', 'romano', 'rosario', 'sandro', 'saverio', 'umberto', 'valerio', 'walter', 'adriano', 'aldo', 'amedeo',
  'beppe', 'bernardo', 'biagio', 'carmine', 'ciro', 'diego', 'elia', 'ernesto', 'fausto', 'fulvio', 'gennaro', 'giampiero',
  'attilio', 'gigi', 'goffredo', 'guglielmo', 'italo', 'lamberto', 'leone', 'loris', 'manuel', 'marcello', 'mauro', 'mimmo', 'nando',
  'niccolò', 'oscar', 'pasquale', 'raimondo', 'remo', 'rino', 'silvano', 'tiziano', 'tullio', 'vito',
  'alfredo', 'alfonso', 'agostino', 'ambrogio', 'anselmo', 'aurelio', 'battista', 'benito', 'calogero', 'cosimo',
  'costantino', 'damiano', 'dante', 'donato', 'egidio', 'eugenio', 'ezio', 'fedele', 'ferdinando', 'fiorenzo',
  'francescopaolo', 'gerardo', 'giampaolo', 'gianpaolo', 'giosuè', 'girolamo', 'graziano', 'gregorio', 'innocenzo',
  'jacopo', 'libero', 'luciano', 'mariano', 'massimiliano', 'nazzareno', 'nunzio', 'orazio', 'osvaldo', 'patrizio',
  'pierangelo', 'pierfrancesco', 'raffaello', 'rodolfo', 'rolando', 'ruggero', 'sabatino', 'santo', 'sebastiano',
  'severino', 'stanislao', 'teodoro', 'tiberio', 'valentino', 'venanzio', 'vinicio', 'virgilio', 'primo', 'quirino',
  'ermenegildo', 'gualtiero', 'lapo', 'duccio', 'ascanio', 'manlio', 'furio', 'oreste',
];
export const GIVEN_FEMALE = [
  'giorgia', 'maria', 'anna', 'giulia', 'francesca', 'chiara', 'sara', 'laura', 'elena', 'paola', 'valentina', 'silvia',
  'federica', 'alessandra', 'roberta', 'elisabetta', 'daniela', 'marta', 'lucia', 'giovanna', 'rosa', 'teresa',
  'cristina', 'simona', 'barbara', 'elly', 'mara', 'beatrice', 'ilaria', 'martina', 'monica', 'patrizia',
  'marina', 'alessia', 'angela', 'antonella', 'arianna', 'carla', 'caterina', 'cecilia', 'claudia', 'debora', 'denise',
  'elisa', 'emanuela', 'emma', 'erica', 'eleonora', 'fabiana', 'flavia', 'franca', 'gabriella', 'gaia', 'giada',
  'gianna', 'ginevra', 'giuliana', 'grazia', 'ida', 'irene', 'lara', 'letizia', 'licia', 'lidia', 'liliana', 'linda',
  'lorella', 'lorena', 'luana', 'luisa', 'manuela', 'margherita', 'marisa', 'matilde', 'michela',
  'milena', 'mirella', 'nadia', 'noemi', 'ornella', 'pamela', 'raffaella', 'rita', 'rossella', 'sabrina', 'serena',
  'sofia', 'stefania', 'susanna', 'tiziana', 'valeria', 'vanessa', 'veronica', 'viola', 'virginia', 'vittoria',
  'annalisa', 'benedetta', 'camilla', 'carolina', 'donatella', 'loredana', 'mariastella', 'mariella',
  'nicoletta', 'ombretta', 'piera', 'renata', 'rosanna', 'rosaria', 'sonia', 'tina', 'ursula', 'wanda',
  'adele', 'agnese', 'alba', 'alice', 'amalia', 'angelica', 'assunta', 'aurora', 'bianca', 'carmela', 'carmen',
  'clara', 'concetta', 'costanza', 'dalila', 'diana', 'dora', 'edda', 'elvira', 'enrica', 'ester', 'eva', 'fiorella',
  'filomena', 'fulvia', 'gemma', 'germana', 'giuseppina', 'graziella', 'immacolata', 'iolanda', 'isabella', 'lea',
  'lina', 'livia', 'lucrezia', 'luigia', 'maddalena', 'mafalda', 'maristella', 'mariangela', 'miriam', 'natalia',
  'nora', 'olga', 'ottavia', 'palmira', 'pina', 'priscilla', 'rachele', 'rebecca', 'rina', 'romina', 'rosalba',
  'rosella', 'santina', 'silvana', 'stella', 'vincenza', 'zaira', 'agata', 'anita', 'brunella', 'cinzia', 'daria',
  'emilia', 'fabrizia', 'ines', 'lorenza', 'marcella', 'marzia', 'mila', 'mirta', 'nives', 'orietta', 'paolina',
  'rossana', 'tamara', 'teodora', 'vera',
];

/** Nouns of a written statement, whose body speaks ("in einer Mitteilung des Ministeriums"). */
export const DOCUMENT_NOUNS = ['dati', 'stime', 'bollettino', 'nota', 'comunicato', 'dichiarazione', 'rapporto', 'lettera', 'messaggio', 'post', 'tweet', 'relazione', 'documento',
  'ordinanza', 'sentenza', 'decreto', 'delibera', 'verbale', 'informativa', 'motivazioni', 'dossier', 'studio', 'indagine', 'ricerca',
  'provvedimento', 'avviso'];
/** The agent of a passive ("la nota diffusa dall'Istituto", "intervistato dal Corriere"). */
export const PASSIVE_AGENTS = ['da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'"];

/** Words that open a title's complement ("le président du club"): the title is then no office of state. */
export const GENITIVE_LINKS: string[] = ['della', 'del', 'dello', 'dei', 'degli', 'delle', 'di', "dell'"];
/** Words before a title that make it a former or future office. */
export const FORMER_WORDS = ['ex', 'già', 'futuro', 'futura', 'nuovo', 'nuova', 'ormai'];

/** First-person plural possessives: "selon nos informations" is the outlet's own reporting, no one's words. */
export const OWN_WORDS = ['nostre', 'nostri', 'nostra', 'nostro'];

/** Words that join two subjects ("Ana López y Pedro Gómez visitaron …"): a later pronoun may be either's. */
export const COORDINATORS: string[] = ['e', 'ed'];

/** Openings of the sentence after a quotation that give it to the subject after them ("«…». Così il ministro X.",
 * "«…». Lo ha detto il sindaco", "È quanto ha dichiarato X"); "*" is a verb of saying, which must be there. */
export const QUOTE_SEQUELS = [
  'così', 'lo *', "l'ha *", "l'aveva *", 'è quanto * da', 'è quanto * dal', 'è quanto * dalla', 'è quanto *', 'queste le parole di',
  'queste le parole', 'sono le parole di', 'sono le parole', 'parole di', 'è il commento di', 'il commento di', 'parola di',
  // "A dirlo è il sindaco", "Ad annunciarlo è stata la ministra"
  'a ~ è stato', 'a ~ è stata', 'a ~ è', 'ad ~ è stato', 'ad ~ è stata', 'ad ~ è', 'a ~ sono stati', 'a ~ sono',
];

/** Nouns of a spoken reaction whose complement is its speaker before a colon ("Netta la replica di Rossi: «…»"). */
export const SPEECH_NOUNS = [
  'replica', 'commento', 'reazione', 'risposta', 'parole', 'parola', 'monito', 'appello', 'affondo', 'attacco', 'accusa',
  'messaggio', 'invito', 'richiesta', 'annuncio', 'promessa', 'sfogo', 'stoccata', 'frecciata', 'auspicio', 'avvertimento',
  'giudizio', 'analisi', 'versione', 'racconto', 'testimonianza', 'ammissione', 'difesa', 'conferma', 'denuncia', 'critica',
  'domanda', 'precisazione', 'dichiarazione', 'bordata', 'chiosa', 'esortazione', 'rassicurazione',
];

/** Impersonal tags after a quotation, whose source is the body named after them, if any ("«…», si legge in una nota del
 * ministero", "«…», fanno sapere da Palazzo Chigi", "si apprende da fonti della procura"). */
export const IMPERSONAL = ['si legge', 'si leggeva', 'si apprende', 'si precisa', 'si sottolinea', 'fanno sapere'];
/** Prepositions after an impersonal tag that name where the words come from. */
export const IMPERSONAL_FROM = ['da', 'dal', 'dalla', 'dallo', 'dai', 'dagli', 'dalle'];

/** Prepositions fused with a definite article ("nel «Rapporto annuale»": a quotation after one is a title). */
export const ARTICLE_PREPOSITIONS = [
  'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'nel', 'nello', 'nella', 'nei',
  'negli', 'nelle', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle',
];

/** Kinds of role whose words may describe one person ("il sindacalista" after "il segretario della Fiom X", "il titolare
 * del Tesoro" after "il ministro dell'Economia X"): a description takes up someone named with another role only in its kind. */
const ANYONE = ['responsabile', 'dirigente', 'esponente', 'numero', 'omologo', 'omologa'];
export const ROLE_KINDS: string[][] = [
  [...ANYONE, 'ministro', 'ministra', 'guardasigilli', 'titolare', 'viceministro', 'sottosegretario', 'sottosegretaria', 'politico', 'politica', 'vicepremier', 'leader'],
  [...ANYONE, 'politico', 'politica', 'deputato', 'deputata', 'senatore', 'senatrice', 'parlamentare', 'europarlamentare', 'eurodeputato',
    'eurodeputata', 'capogruppo', 'consigliere', 'consigliera', 'leader', 'segretario', 'segretaria', 'vicesegretario', 'vicesegretaria',
    'candidato', 'candidata', 'assessore', 'assessora'],
  [...ANYONE, 'sindacalista', 'segretario', 'segretaria', 'leader', 'delegato', 'delegata', 'rappresentante'],
  [...ANYONE, 'allenatore', 'tecnico', 'mister', 'ct', 'commissario', 'coach'],
  // (the prosecution and the judges are not one another: "il gip" is not the prosecutor named before)
  [...ANYONE, 'magistrato', 'procuratore', 'procuratrice', 'pm', 'prefetto', 'prefetta', 'questore', 'questora'],
  [...ANYONE, 'magistrato', 'giudice', 'gip', 'gup'],
  [...ANYONE, 'avvocato', 'avvocata', 'legale', 'difensore', 'penalista', 'civilista'],
  ['cardinale', 'arcivescovo', 'vescovo', 'pontefice', 'papa', 'parroco'],
  [...ANYONE, 'imprenditore', 'imprenditrice', 'manager', 'amministratore', 'amministratrice', 'presidente', 'fondatore', 'patron', 'direttore', 'direttrice'],
  ['medico', 'virologo', 'virologa', 'epidemiologo', 'epidemiologa', 'primario', 'esperto', 'esperta', 'docente', 'professore',
    'professoressa', 'ricercatore', 'ricercatrice', 'economista', 'analista', 'sociologo', 'sociologa', 'politologo', 'politologa', 'storico', 'storica',
    'scienziato', 'scienziata', 'nobel', 'chirurgo', 'infettivologo', 'infettivologa', 'biologo', 'biologa', 'genetista', 'oncologo', 'oncologa',
    'cardiologo', 'cardiologa', 'pediatra', 'farmacologo', 'farmacologa', 'immunologo', 'immunologa', 'fisico', 'chimico', 'chimica',
    'astrofisico', 'astrofisica', 'climatologo', 'climatologa', 'geologo', 'geologa', 'vulcanologo', 'vulcanologa', 'sismologo', 'sismologa',
    'meteorologo', 'meteorologa', 'psichiatra', 'psicologo', 'psicologa', 'dottore', 'dottoressa'],
  ['calciatore', 'attaccante', 'centrocampista', 'difensore', 'portiere', 'capitano', 'giocatore', 'giocatrice', 'bomber', 'fantasista',
    'mediano', 'terzino', 'centravanti', 'trequartista', 'atleta', 'campione', 'campionessa'],
  ['tennista', 'pilota', 'ciclista', 'nuotatore', 'nuotatrice', 'velista', 'atleta', 'campione', 'campionessa'],
  ['scrittore', 'scrittrice', 'romanziere', 'romanziera', 'poeta', 'poetessa', 'regista', 'attore', 'attrice', 'cantante', 'artista',
    'musicista', 'pittore', 'pittrice', 'fotografo', 'fotografa', 'ballerino', 'ballerina', 'autore', 'autrice', 'nobel',
    'tenore', 'soprano', 'baritono', 'contralto', 'pianista', 'violinista', 'compositore', 'compositrice',
    'cantautore', 'cantautrice', 'rapper', 'chitarrista', 'batterista', 'bassista'],
  [...ANYONE, 'sindaco', 'sindaca', 'governatore', 'governatrice', 'presidente', 'primo'],
];

/** Descriptions general enough to take up a person named with another role (in its kind: ROLE_KINDS). */
export const GENERIC_DESCRIPTIONS = [...new Set(ROLE_KINDS.flat())];

/** A sequel opening a colon quotation with no subject of its own: the speaker is the one spoken of last ("ha attaccato.
 * E ancora: «…»", "Poi: «…»", "prima di concludere: «…»"). Adverbs of sequence only at the start of their sentence. */
export const SEQUEL_COLON = /(?:(?:^|[.!?»"”]\s+)(?:e\s+)?(?:ancora|poi|infine|inoltre|quindi)|(?:^|[\s,;.])(?:prima\s+di|per\s+poi|e\s+di)\s+(?:aggiungere|concludere|precisare|sottolineare|spiegare|ribadire|avvertire|ricordare|osservare|chiosare|ammettere|rilanciare|affondare|attaccare))\s*:\s*$/iu;
/** Descriptions of a body that issues statements, every form a tag or a sentence uses (see issuerDescriptions). */
export const ISSUER_DESCRIPTIONS = ['società', 'azienda', 'gruppo', 'compagnia', 'club', 'ditta', 'multinazionale', 'ente', 'casa'];

/** Nouns of kinship: "Son fils Olivier", "Seine Frau Gisela" introduce a person by a given name. */
export const KIN_NOUNS = ['figlio', 'figlia', 'moglie', 'marito', 'fratello', 'sorella', 'madre', 'padre', 'mamma', 'papà', 'compagna', 'compagno', 'vedova', 'vedovo', 'cugino', 'cugina', 'zio', 'zia', 'nipote', 'nonno', 'nonna', 'fidanzata', 'fidanzato', 'cognato', 'cognata'];

/** Past participles that open an aside between a subject and its verb ("Il figlio Alberto, arrivato da Milano nella notte,
 * si commuove", "La sindaca, raggiunta al telefono, ha detto"). */
export const ASIDE_PARTICIPLE = /^[a-zàèéìòù]{2,}(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite|sto|sta|tto|tta)$/;

/** A cleft that opens a sentence before its subject: an infinitive (with its clitic, or its object) and "è (stato)"
 * ("A trovarlo è stato Davide Schiavi", "Ad aprire la serata è stata Giulia Testa", "A vincere è X"). */
// (and a presentative: "Tra gli sfollati c'è anche Teresa Bonaldi")
export const CLEFT_OPENER = /^(?:(?:a|ad)\s+\p{L}+(?:are|ere|ire|rlo|rla|rli|rle|rne|rci)(?:\s+(?:il|lo|la|i|gli|le|l'|l’)\s*\p{L}+)?\s+(?:è|sono|era|erano|fu|furono)(?:\s+(?:stato|stata|stati|state))?|(?:[^,.;:]*\s)?c['’](?:è|era)(?:\s+anche)?)\s+$/u;
