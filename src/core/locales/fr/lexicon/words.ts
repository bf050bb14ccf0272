// French: the words the shared reader needs (src/core/locales/common/read-with-pack.ts).
import { adjectives, forms } from '../../common/lexicon/forms.ts';

/** Verbs in -er by stem: déclare, déclarent, déclarait, déclaraient, déclara, déclaré. */
const ER = [
  'déclar', 'expliqu', 'affirm', 'soulign', 'ajout', 'estim', 'précis', 'indiqu', 'assur', 'confi', 'lanc', 'martel',
  'rappel', 'insist', 'dénonc', 'annonc', 'comment', 'observ', 'not', 'résum', 'racont', 'jug', 'raill', 'tranch',
  'avou', 'admett', 'regrett', 'déplor', 'considér', 'protest', 'réclam', 'plaid', 'prévien', 'mentionn',
  'détaill', 'fustig', 'critiqu', 'interrog', 'demand', 'constat', 'signal', 'rétorqu', 'relev', 'tempér', 'nuanc',
  'concéd', 'prédis', 'pens', 'témoign', 'confirm', 'rassur', 'gliss', 'ironis', 'poursui',
  'répliqu', 'salu', 'tacl', 'balay', 'cingl', 'exhort', 'prôn', 'réaffirm', 'argument', 'clam', 'scand', 'hurl',
  'murmur', 'plaisant', 'exult', 'jubil', 'fulmin', 'interpell', 'enchaîn', 'relativis', 'confess', 'rectifi',
  'dédramatis', 'minimis', 'recadr', 'insinu', 'accus', 'pest', 'embray', 'alert',
  // laughing, grumbling, answering back, advising: how news reports a speaker's manner
  'rigol', 'blagu', 'grimac', 'enrag', 'sanglot', 'grogn', 'grommel', 'maugré', 'bougonn', 'ronchonn', 'ripost', 'décrypt', 'conseill',
  'recommand', 'préconis', 'questionn', 'remerci', 'lament',
  // verbs that take a quoted fragment ("a qualifié la mesure de « … »", "a évoqué « … »", "a souhaité que « … »")
  'qualifi', 'évoqu', 'souhait', 'exig', 'menac', 'parl',
];
const ER_ENDINGS = ['e', 'ent', 'ait', 'aient', 'a', 'èrent', 'é', 'ée'];
/** Verbs of feeling that introduce speech, mostly reflexive: « … », s'inquiète X / se félicite X. */
const REFLEXIVE = [
  "s'inquiète", "s'inquiètent", "s'inquiétait", "s'étonne", "s'étonnent", "s'agace", "s'insurge", "s'insurgent", "s'indigne",
  "s'indignent", "s'emporte", "s'alarme", "s'exclame", "s'interroge", "s'interrogent", "s'amuse", "s'exaspère", "s'énerve",
  "s'esclaffe", "s'enthousiasme", "s'emballe", "s'étrangle", "s'enflamme", "s'impatiente", "s'émeut", "s'excuse", "s'agacent", "ému", "émue",
  // ("s'est félicité", "s'est inquiétée": the participles after "s'est")
  ...forms(['félicit', 'réjou', 'inquiét', 'étonn', 'indign', 'emport', 'alarm', 'exclam', 'interrog', 'amus', 'agac', 'insurg', 'désol', 'justifi', 'offusqu', 'esclaff', 'enthousiasm', 'emball', 'étrangl', 'enflamm', 'impatient', 'excus'].map((s) => s + (s === 'réjou' ? 'i' : 'é')), ['', 'e', 's', 'es']),
  'félicite', 'félicitent', 'réjouit', 'réjouissent', 'désole', 'désolent', 'défend', 'défendent', 'justifie', 'justifient',
];
const OTHER = [
  'dit', 'disent', 'disait', 'disaient', 'écrit', 'écrivent', 'écrivait', 'répond', 'répondent', 'répondu', 'répondait',
  'reconnaît', 'reconnait', 'reconnu', 'reconnaissait', 'avertit', 'averti', 'prévient', 'prévenu', 'poursuit', 'poursuivi',
  'conclut', 'conclu', 'soutient', 'soutenu', 'maintient', 'maintenu', 'admet', 'admis', 'prédit', 'promet', 'promis',
  'juge', 'craint', 'crainte', 'croit', 'cru', 'lance', 'lâche', 'lâché', 'résume', 'répète', 'répété', 'interroge',
  'commente', 'explique', 'raconte', 'insiste', 'assure', 'ajoute', 'souligne', 'estime', 'précise', 'indique', 'martèle',
  'rappelle', 'dénonce', 'annonce', 'confie', 'observe', 'note', 'affirme', 'déclare', 'regrette', 'déplore', 'tranche',
  'glisse', 'ironise', 'confirme', 'rassure', 'reconnaît-il', 'résumé', 'selon',
  'relève', 'relevé', 'relevait', 'décrit',
  'réagi', 'réagit', 'réagissait', 'réagissent',
  'tweeté', 'tweete', 'posté',
  // "a fait valoir", "a fait savoir" (fait rides as an auxiliary)
  'valoir', 'savoir', 'remarquer', 'appris', 'démenti', 'dément', 'démentent', 'démentait',
  // present forms of verbs in -é-er ("concède", not "concéde"), and others
  'concède', 'tempère', 'suggère', 'suggéré', 'révèle', 'révélé', 'considère', 'espère', 'réitère', 'réitéré', 'persiste',
  'reprend', 'convient', 'complète', 'souvient', 'appelle', 'assène', 'asséné', 'abonde', 'énumère',
  // laughing, thundering, swearing, promising ("rit-elle", "tonne le maire", "jure-t-il", "garantit la ministre")
  'lire', 'rit', 'rient', 'riait', 'tonne', 'tonné', 'tonnait', 'jure', 'juré', 'jurait', 'garantit', 'garanti', 'désespère', 'souri',
].filter((w) => w !== 'selon');
/** Words whose final dot is their own. */
export const ABBREVIATIONS = ['M', 'Mme', 'Mmes', 'MM', 'Dr', 'Pr', 'St', 'Ste', 'etc', 'av', 'apr', 'env', 'cf', 'p'];

export const CUE_VERBS = [...new Set([...forms(ER, ER_ENDINGS), ...OTHER, ...REFLEXIVE, ...forms(['analys', 'avanc', 'rapport', 'relat', 'abond', 'certifi', 'tempêt', 'soupir'], ['e', 'ent', 'ait', 'é']), 'renchérit', 'sourit', 'souffle', 'soufflé'])];

export const AUXILIARIES = ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'est', 'sont', 'était', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles', 'aussi', 'encore', 'également', 'ensuite', 'alors', 'déjà', 'se', "s'", 'lui', 'leur', 't-il', 't-elle', "s'est", "s'était", "s'étaient", 'me', 'mme', 'mmes', 'mlle', 'nous', 'vous', 'fait', 'a-t-on', 'avait-on',
  // the pronoun on another auxiliary ("avait-il estimé", "s'est-elle félicitée"; not "est-il écrit", impersonal)
  'avait-il', 'avait-elle', 'avaient-ils', 'avaient-elles', 'peut-on', 'pouvait-on', 'y', 'aurait-il', 'aurait-elle', "s'est-il", "s'est-elle", "s'était-il", "s'était-elle",
  // adverbs between the auxiliary and the participle ("a toutefois prévenu", "a pourtant assuré")
  'toutefois', 'pourtant', 'néanmoins', 'cependant', 'enfin', 'même', 'notamment', 'aussitôt', 'ainsi', 'récemment',
  'longuement', 'clairement', 'simplement', 'immédiatement', 'publiquement', 'plusieurs', 'fois', 'bien', 'lui-même', 'elle-même'];

/** "according to" phrases before their source, words separated by spaces. */
export const ACCORDING_BEFORE = ['selon', "d'après", "de l'avis de", 'aux yeux de', 'à en croire', 'aux dires de', 'au dire de'];
export const ACCORDING_AFTER: string[] = [];

export const PRONOUNS = ['il', 'elle', 'lui', 'celui-ci', 'celle-ci'];
export const DETERMINERS = [
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces',
  'notre', 'nos', 'au', 'aux',
];
export const NAME_PARTICLES = ['de', 'du', 'des', 'la', 'le', "d'", 'von', 'van', 'di', 'da'];
export const STOPWORDS = [
  'mais', 'et', 'ou', 'donc', 'or', 'ni', 'car', 'en', 'pour', 'par', 'avec', 'sans', 'sous', 'sur', 'dans', 'chez',
  'vers', 'depuis', 'pendant', 'avant', 'après', 'selon', 'contre', 'entre', 'comme', 'si', 'quand', 'lorsque', 'puisque',
  'que', 'qui', 'quoi', 'dont', 'où', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'ce', 'cela', 'ça',
  'ceci', 'pas', 'plus', 'ne', 'non', 'oui', 'aussi', 'ainsi', 'alors', 'puis', 'ensuite', 'enfin', 'déjà', 'encore',
  'toujours', 'jamais', 'aujourd', "aujourd'hui", 'hier', 'demain', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
  'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
  'novembre', 'décembre', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'certes', 'outre', 'face', 'malgré', 'tout',
  'tous', 'toute', 'toutes', 'chaque', 'plusieurs', 'certains', 'certaines', 'est', 'sont', 'était', 'a', 'ont',
  'monsieur', 'madame', 'm', 'mme', 'à', 'y', 'de', 'du', 'des', 'le', 'la', 'les', 'un', 'une',
  'lors', 'devant', 'auprès', 'envers', 'parmi', 'près', 'loin', 'hors',
  // courtesy titles before a name, never part of it (Me Claire Duval, Mgr Jean Petit)
  'me', 'mgr', 'mmes', 'mlle',
  // interrogatives that open a question with a capital ("Comment Pistache a-t-il …"), never part of a name
  'comment', 'pourquoi', 'combien', 'quel', 'quelle', 'quels', 'quelles',
];
/** Courtesy titles before a name (Me Claire Duval, M. Paul Roy): a name in apposition may open with one. */
export const COURTESY_TITLES = ['me', 'mgr', 'm', 'mme', 'mlle', 'dr', 'pr'];
/** The agent of a passive ("interrogé par Le Monde", "cité par l'AFP"). */
export const PASSIVE_AGENTS = ['par'];
export const SUBORDINATORS = ['que', "qu'", 'si', 'comme'];
export const VAGUE_HEADS = [
  'sources', 'source', 'experts', 'expertes', 'spécialistes', 'observateurs', 'analystes', 'proches', 'entourage',
  'proche', 'diplomates', 'économistes', 'témoins', 'habitants', 'critiques', 'responsables', 'connaisseurs', 'chercheurs',
];
export const ROLE_NOUNS = [
  'ministre', 'président', 'présidente', 'porte-parole', 'directeur', 'directrice', 'maire', 'député', 'députée',
  'sénateur', 'sénatrice', 'chef', 'cheffe', 'secrétaire', 'conseiller', 'conseillère', 'juge', 'avocat', 'avocate',
  'procureur', 'professeur', 'professeure', 'chercheur', 'chercheuse', 'économiste', 'expert', 'experte', 'analyste',
  'commissaire', 'gouverneur', 'ambassadeur', 'ambassadrice', 'patron', 'patronne', 'fondateur', 'fondatrice',
  'responsable', 'dirigeant', 'dirigeante', 'élu', 'élue', 'militant', 'militante', 'syndicaliste', 'entraîneur',
  'capitaine', 'médecin', 'spécialiste', 'auteur', 'autrice', 'journaliste', 'policier', 'enquêteur', 'général',
  'premier', 'première', 'délégué', 'déléguée', 'représentant', 'représentante', 'candidat', 'candidate', 'chancelier',
  'chancelière', 'haut-commissaire', 'vice-président', 'vice-présidente', 'coordonnateur', 'coordonnatrice', 'agent',
  'fonctionnaire', 'titulaire', 'adjoint', 'adjointe', 'chargé', 'chargée',
  'préfet', 'préfète', 'sous-préfet', 'recteur', 'rectrice', 'évêque', 'pdg', 'magistrat', 'magistrate', 'bâtonnier', 'opposant', 'opposante', 'ingénieur', 'sociologue', 'politologue', 'historien', 'historienne', 'épidémiologiste', 'infectiologue', 'virologue', 'climatologue', 'consultant', 'consultante', 'habitant', 'habitante', 'agriculteur', 'agricultrice', 'éleveur', 'éleveuse', 'commerçant', 'commerçante', 'gérant', 'gérante', 'témoin', 'eurodéputé', 'eurodéputée', 'entrepreneur', 'entrepreneuse', 'procureure', 'rapporteur', 'rapporteure', 'inspecteur', 'inspectrice', 'officier', 'colonel', 'commandant', 'sélectionneur', 'joueur', 'joueuse', 'attaquant', 'défenseur', 'gardien',
  'mairesse', 'politique', 'plaignant', 'plaignante', 'intéressé', 'intéressée',
  // unnamed people described by where they live or what they do ("une résidente du quartier")
  'résident', 'résidente', 'riverain', 'riveraine', 'voisin', 'voisine', 'passant', 'passante', 'manifestant',
  'manifestante', 'salarié', 'salariée', 'employé', 'employée', 'ouvrier', 'ouvrière', 'infirmier', 'infirmière',
  'enseignant', 'enseignante', 'retraité', 'retraitée', 'étudiant', 'étudiante', 'rescapé', 'rescapée', 'survivant', 'survivante',
  'syndic', 'bourgmestre', 'échevin', 'échevine', 'lieutenant', 'technicien', 'ministre-président', 'ministre-présidente',
  'édile', 'nobel', 'scientifique', 'chirurgien', 'chirurgienne', 'urgentiste', 'entraîneuse', 'sélectionneuse', 'coach',
  'attaquante', 'défenseure', 'gardienne', 'buteur', 'buteuse', 'ailier', 'arrière', 'demi', 'talonneur', 'rugbyman', 'athlète',
  'champion', 'championne', 'skipper', 'skippeuse', 'navigateur', 'navigatrice', 'marin', 'coureur', 'coureuse', 'cycliste',
  'pilote', 'nageur', 'nageuse', 'tennisman', 'boxeur', 'boxeuse', 'sprinteur', 'sprinteuse',
  'chanteur', 'chanteuse', 'romancier', 'romancière', 'écrivain', 'écrivaine', 'acteur', 'actrice', 'comédien', 'comédienne',
  'cinéaste', 'réalisateur', 'réalisatrice', 'artiste', 'musicien', 'musicienne', 'rappeur', 'rappeuse', 'humoriste',
  'photographe', 'peintre', 'dessinateur', 'dessinatrice', 'metteur', 'metteuse', 'chorégraphe', 'danseur', 'danseuse',
  'éditeur', 'éditrice', 'producteur', 'productrice', 'docteur', 'docteure', 'homologue', 'diplomate',
  'prévenu', 'prévenue', 'accusé', 'accusée', 'suspect', 'suspecte', 'détenu', 'détenue', 'numéro',
  'homme', 'femme', 'garçon', 'adolescent', 'adolescente',
  // political labels used as nouns ("l'écologiste Maëlle Riou", "le centriste"), volunteers, owners
  'écologiste', 'socialiste', 'communiste', 'centriste', 'insoumis', 'insoumise', 'bénévole', 'propriétaire',
  // Quebec's head coach, a counterpart, people in a crowd or a shop
  'entraîneur-chef', 'entraîneuse-chef', 'vis-à-vis', 'spectateur', 'spectatrice', 'festivalier', 'festivalière', 'supporter',
  'supportrice', 'visiteur', 'visiteuse', 'client', 'cliente', 'lecteur', 'lectrice', 'gréviste', 'polisseuse', 'polisseur',
  // school, care and rescue staff; parents described by it ("mère de deux élèves")
  'proviseur', 'proviseure', 'surveillant', 'surveillante', 'aide-soignant', 'aide-soignante',
  'pompier', 'sapeur-pompier', 'gendarme', 'brigadier', 'secouriste', 'sauveteur', 'mère', 'père',
];

/** Prepositions that open a hearer after the speaker's description ("a lancé le préfet au maire de Brest"). */
export const HEARER_AFTER_SUBJECT = ['à', 'au', 'aux'];
/** Words after which those open the role's own complement ("l'adjoint au maire", "délégué aux Transports", "d'État au Numérique"). */
export const ROLES_TAKING_HEARER_PREPOSITION = ['adjoint', 'adjointe', "l'adjoint", "l'adjointe", 'délégué', 'déléguée', 'chargé', 'chargée', 'commissaire', 'haut-commissaire', "d'état", 'conseiller', 'conseillère', 'attaché', 'attachée', 'préposé', 'préposée'];

/** Verbs of reading in an impersonal tag: « … », peut-on y lire. */
export const READING_VERBS = ['lire'];

/** Words of time among the stopwords, no preposition ("a condamné jeudi Marc Roy"). */
export const TIME_WORDS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'demain', "aujourd'hui", 'déjà', 'encore', 'aussi', 'ensuite', 'puis', 'enfin', 'alors'];

/** Role words that are ordinal adjectives before a noun ("au premier tour", "la première fois"). */
export const ORDINAL_ROLES = ['premier', 'première'];

/** A person by sex or age alone ("a raconté la femme"): the person of that gender spoken of last, never a speaker by itself. */
export const PERSON_NOUNS = ['homme', 'femme', 'garçon', 'adolescent', 'adolescente'];

/** People described by what they do rather than by an office: "le joueur", "la romancière" may take up someone the
 * article named with no role, when they are the one who fits. */
export const DESCRIPTIVE_ROLES = [
  'joueur', 'joueuse', 'attaquant', 'attaquante', 'défenseur', 'défenseure', 'gardien', 'gardienne', 'capitaine', 'buteur',
  'buteuse', 'ailier', 'arrière', 'demi', 'talonneur', 'rugbyman', 'athlète', 'champion', 'championne', 'skipper', 'skippeuse',
  'navigateur', 'navigatrice', 'marin', 'coureur', 'coureuse', 'cycliste', 'pilote', 'nageur', 'nageuse', 'tennisman',
  'boxeur', 'boxeuse', 'sprinteur', 'sprinteuse', 'chanteur', 'chanteuse', 'romancier', 'romancière', 'écrivain', 'écrivaine',
  'auteur', 'autrice', 'acteur', 'actrice', 'comédien', 'comédienne', 'cinéaste', 'réalisateur', 'réalisatrice', 'artiste',
  'musicien', 'musicienne', 'rappeur', 'rappeuse', 'humoriste', 'photographe', 'peintre', 'dessinateur', 'dessinatrice',
  'chorégraphe', 'danseur', 'danseuse', 'intéressé', 'intéressée', 'prévenu', 'prévenue', 'accusé', 'accusée', 'suspect',
  'suspecte', 'détenu', 'détenue', 'retraité', 'retraitée', 'bénévole', 'propriétaire', ...PERSON_NOUNS,
];

/** Endings of nouns of nationality or place, written with a capital ("le Néo-Zélandais", "la Lorientaise", "l'Ivoirien"). */
export const DEMONYM_ENDINGS = ['ais', 'aise', 'ois', 'oise', 'ien', 'ienne', 'éen', 'éenne', 'ain', 'aine', 'and', 'ande', 'ol', 'ole', 'esse', 'èque'];

/** Two-word descriptions of a role by another name: "le premier magistrat de la ville" is its mayor. */
export const ROLE_PHRASES: Record<string, string> = { 'premier magistrat': 'maire', 'premier édile': 'maire', 'premier flic': 'ministre' };

/** Kinds of role whose words may describe one person ("l'édile" after "le maire X", "le technicien" after "l'entraîneur X",
 * "le magistrat" after "le procureur X"): a description takes up someone named with another role only in its kind. */
const ANYONE = ['responsable', 'dirigeant', 'dirigeante', 'élu', 'élue', 'intéressé', 'intéressée', 'homme', 'femme', 'homologue', 'vis-à-vis', 'numéro'];
export const ROLE_KINDS: string[][] = [
  [...ANYONE, 'ministre', 'secrétaire', 'porte-parole', 'chef', 'cheffe', 'premier', 'première', 'président', 'présidente', 'chancelier',
    'chancelière', 'haut-commissaire', 'commissaire', 'politique', 'ministre-président', 'ministre-présidente', 'gouverneur'],
  [...ANYONE, 'député', 'députée', 'sénateur', 'sénatrice', 'eurodéputé', 'eurodéputée', 'politique', 'candidat', 'candidate', 'conseiller',
    'conseillère', 'opposant', 'opposante', 'rapporteur', 'rapporteure', 'chef', 'cheffe', 'président', 'présidente',
    'écologiste', 'socialiste', 'communiste', 'centriste', 'insoumis', 'insoumise'],
  [...ANYONE, 'syndicaliste', 'secrétaire', 'délégué', 'déléguée', 'représentant', 'représentante', 'militant', 'militante'],
  [...ANYONE, 'entraîneur', 'entraîneuse', 'entraîneur-chef', 'entraîneuse-chef', 'technicien', 'sélectionneur', 'sélectionneuse', 'coach', 'pilote'],
  [...ANYONE, 'procureur', 'procureure', 'magistrat', 'magistrate'],
  [...ANYONE, 'juge', 'magistrat', 'magistrate'],
  [...ANYONE, 'avocat', 'avocate', 'bâtonnier'],
  [...ANYONE, 'préfet', 'préfète', 'sous-préfet', 'policier', 'enquêteur', 'commissaire', 'officier', 'colonel', 'commandant', 'lieutenant', 'général'],
  ['évêque', 'archevêque', 'cardinal', 'pape', 'prêtre', 'curé'],
  [...ANYONE, 'patron', 'patronne', 'pdg', 'directeur', 'directrice', 'fondateur', 'fondatrice', 'président', 'présidente', 'gérant', 'gérante',
    'entrepreneur', 'entrepreneuse', 'producteur', 'productrice', 'éditeur', 'éditrice'],
  ['médecin', 'chercheur', 'chercheuse', 'professeur', 'professeure', 'épidémiologiste', 'infectiologue', 'virologue', 'climatologue',
    'économiste', 'analyste', 'expert', 'experte', 'spécialiste', 'sociologue', 'politologue', 'historien', 'historienne', 'scientifique',
    'urgentiste', 'chirurgien', 'chirurgienne', 'nobel', 'intéressé', 'intéressée', 'docteur', 'docteure'],
  ['joueur', 'joueuse', 'attaquant', 'attaquante', 'défenseur', 'défenseure', 'gardien', 'gardienne', 'capitaine', 'buteur', 'buteuse', 'ailier',
    'arrière', 'demi', 'talonneur', 'rugbyman', 'athlète', 'champion', 'championne', 'intéressé', 'intéressée', 'homme', 'femme', 'numéro'],
  ['skipper', 'skippeuse', 'navigateur', 'navigatrice', 'marin', 'coureur', 'coureuse', 'cycliste', 'pilote', 'nageur', 'nageuse', 'tennisman',
    'boxeur', 'boxeuse', 'sprinteur', 'sprinteuse', 'athlète', 'champion', 'championne', 'intéressé', 'intéressée', 'homme', 'femme'],
  [...ANYONE, 'maire', 'mairesse', 'bourgmestre', 'édile', 'échevin', 'échevine', 'adjoint', 'adjointe'],
  ['chanteur', 'chanteuse', 'romancier', 'romancière', 'écrivain', 'écrivaine', 'auteur', 'autrice', 'acteur', 'actrice', 'comédien',
    'comédienne', 'cinéaste', 'réalisateur', 'réalisatrice', 'artiste', 'musicien', 'musicienne', 'rappeur', 'rappeuse', 'humoriste',
    'photographe', 'peintre', 'dessinateur', 'dessinatrice', 'metteur', 'metteuse', 'chorégraphe', 'danseur', 'danseuse', 'nobel',
    'intéressé', 'intéressée', 'homme', 'femme'],
];
/** Prepositions after "-t-on" that say where the words come from ("indique-t-on à l'Élysée", "de source policière"). */
export const IMPERSONAL_FROM = ['à', 'au', 'aux', 'auprès', 'dans', 'de', 'du', 'chez'];

/** "Et d'ajouter : « … »", "avant de conclure : « … »": a narrative infinitive whose subject is the one spoken of last. */
export const SEQUEL_COLON = /(?:^|[\s,;.])(?:et|avant|puis|non\s+sans)\s+d(?:e\s+|['’]\s*)(?:ajouter|conclure|poursuivre|préciser|souligner|lancer|insister|expliquer|rappeler|résumer|prévenir|affirmer|assurer|marteler|répondre|déclarer|dénoncer|estimer|confier|avertir|plaider|regretter|ironiser|nuancer|glisser|trancher|s['’]interroger|s['’]inquiéter|s['’]exclamer)\s*:\s*$/iu;

/** Descriptions that take up the official spoken of last ("a réagi le responsable", "ajoute le politique letton");
 * another role ("l'avocat", "le procureur") or an age ("le sexagénaire") names someone else unless named with it. */
export const GENERIC_DESCRIPTIONS = [
  'responsable', 'dirigeant', 'dirigeante', 'élu', 'élue', 'politique', 'chef', 'cheffe', 'patron', 'patronne',
  'intéressé', 'intéressée', 'ministre', 'président', 'présidente', 'haut-commissaire', 'commissaire',
];
export const COUNTRY_ADJECTIVES = {
  ...adjectives({ russe: 'Russia', chinois: 'China', ukrainien: 'Ukraine', américain: 'United States', britannique: 'United Kingdom', allemand: 'Germany', polonais: 'Poland', italien: 'Italy', espagnol: 'Spain', turc: 'Turkey', brésilien: 'Brazil', israélien: 'Israel', iranien: 'Iran', japonais: 'Japan', canadien: 'Canada', hongrois: 'Hungary', indien: 'India', autrichien: 'Austria' }, ['', 'e', 'ne']),
  belge: 'Belgium', belges: 'Belgium', suisse: 'Switzerland', suisses: 'Switzerland', grec: 'Greece', grecque: 'Greece',
  'des états-unis': 'United States',
};

/** Institutions written with a capital: bodies, never a person's name. */
export const INSTITUTIONS = ['république', 'région', 'département', 'province', 'canton', 'nations', 'ville', 'commune', 'municipalité', 'gouvernement', 'état', 'etat', 'assemblée', 'sénat', 'élysée', 'matignon', 'parlement', 'conseil', 'commission', 'union', 'police', 'justice', 'ministère'];

/** Endings of one-word names of bodies (none: bodies are several words here). */
export const BODY_ENDINGS: string[] = [];

/** Relative pronouns that open a clause after a comma. */
export const RELATIVES = ['qui'];

/** Definite articles: a description with one takes up someone named before. */
export const DEFINITE_ARTICLES: string[] = ['le', 'la', 'les', "l'"];

/** Beginnings of words that head a body's name (l'Institut, le ministère, l'agence …). */
export const BODY_WORDS = ['institut', 'ministère', 'agence', 'office', 'observatoire', 'autorité', 'commission', 'conseil', 'cour', 'tribunal', 'parquet', 'préfecture', 'mairie', 'direction', 'banque', 'fédération', 'confédération', 'syndicat', 'association', 'fondation', 'université', 'centre', 'caisse', 'gendarmerie', 'police', 'gouvernement', 'élysée', 'quai', 'collectif', 'organisation',
  'refuge', 'inspection', 'académie', 'rectorat', 'hôpital', 'clinique', 'département'];
/** Words that go on a body's name after its head ("l'Institut national de la statistique"). */
export const BODY_LINKS = ['de', 'du', 'des', 'la', "l'", "d'", 'pour', 'et', 'aux'];
/** The hearer's phrase after a verb of saying: "a indiqué à l'AFP", "a confié au Monde". */
export const HEARER_PREPOSITIONS = ['à', 'au', 'aux', "à l'"];
export const HEARER_WORDS: string[] = [];
export const GIVEN_MALE = [
  'jean', 'pierre', 'jacques', 'michel', 'philippe', 'alain', 'patrick', 'nicolas', 'christophe', 'bruno', 'gérald',
  'gérard', 'bernard', 'olivier', 'laurent', 'éric', 'thierry', 'stéphane', 'frédéric', 'sébastien', 'julien', 'antoine',
  'mathieu', 'guillaume', 'benoît', 'hervé', 'yves', 'luc', 'marc', 'paul', 'louis', 'emmanuel', 'édouard', 'gabriel',
  'jean-luc', 'jean-marc', 'jean-pierre', 'jean-claude', 'jean-yves', 'jean-michel', 'marc-antoine', 'rémi', 'rémy',
  'arnaud', 'cédric', 'damien', 'fabien', 'grégoire', 'hugo', 'jérôme', 'lionel', 'loïc', 'xavier', 'yannick', 'didier',
  'dominique', 'gilles', 'françois-xavier', 'raphaël', 'théo', 'mathias', 'clément', 'bastien', 'aurélien', 'jordan',
  // names of Brittany, Quebec and francophone Africa, and some frequent ones
  'yann', 'gwenaël', 'erwan', 'ronan', 'kévin', 'maxime', 'romain', 'florian', 'quentin', 'jean-françois', 'réjean',
  'gaétan', 'ghislain', 'mamadou', 'moussa', 'ousmane', 'amadou', 'souleymane', 'abdoulaye', 'ibrahima', 'cheikh',
];
export const GIVEN_FEMALE = [
  'marie', 'anne', 'sophie', 'isabelle', 'nathalie', 'catherine', 'christine', 'sylvie', 'valérie', 'véronique',
  'agnès', 'élisabeth', 'élise', 'claire', 'céline', 'aurélie', 'émilie', 'julie', 'camille', 'léa', 'chloé', 'manon',
  'amélie', 'hélène', 'brigitte', 'marine', 'ségolène', 'anne-marie', 'marie-claire', 'geneviève', 'françoise',
  'martine', 'monique', 'nicole', 'sandrine', 'stéphanie', 'virginie', 'karine', 'delphine', 'mathilde', 'pauline',
  'charlotte', 'laure', 'laurence', 'cécile', 'florence', 'corinne', 'béatrice', 'roselyne', 'rachida', 'najat', 'yaël',
  // names of Brittany, Quebec and francophone Africa, and some frequent ones
  'maëlle', 'gwenaëlle', 'soizic', 'josiane', 'ginette', 'solène', 'océane', 'margaux', 'inès', 'mélanie', 'nadège',
  'ghislaine', 'josée', 'marie-josée', 'marie-ève', 'aminata', 'fatoumata', 'awa', 'mariam', 'adjoua', 'aïssatou',
];

/** Nouns of a written statement, whose body speaks ("in einer Mitteilung des Ministeriums"). */
export const DOCUMENT_NOUNS = ['communiqué', 'texte', 'document', 'déclaration', 'note', 'rapport', 'lettre', 'courrier', 'message', 'publication', 'tweet', 'avis',
  'ordonnance', 'jugement', 'réquisitoire', 'procès-verbal', 'délibération',
  'chiffres', 'données', 'statistiques', 'estimations', 'étude', 'sondage', 'enquête', 'bilan', 'décompte', 'rapports'];

/** Words that open a title's complement ("le président du club"): the title is then no office of state. */
export const GENITIVE_LINKS: string[] = ['du', 'de', 'des'];
/** Words before a title that make it a former or future office. */
export const FORMER_WORDS = ['ancien', 'ancienne', 'ex', 'futur', 'future', 'nouveau', 'nouvelle', 'éphémère'];

/** First-person plural possessives: "selon nos informations" is the outlet's own reporting, no one's words. */
export const OWN_WORDS = ['nos', 'notre'];

/** Words that join two subjects ("Ana López y Pedro Gómez visitaron …"): a later pronoun may be either's. */
export const COORDINATORS: string[] = ['et', 'puis'];

/** Descriptions of a body that issues statements, every form a tag or a sentence uses (see issuerDescriptions). */
export const ISSUER_DESCRIPTIONS = ['société', 'entreprise', 'groupe', 'constructeur', 'compagnie', 'enseigne', 'club', 'firme', 'opérateur', 'fédération'];

/** Nouns of kinship: "Son fils Olivier", "Seine Frau Gisela" introduce a person by a given name. */
export const KIN_NOUNS = ['fils', 'fille', 'épouse', 'époux', 'femme', 'mari', 'frère', 'sœur', 'soeur', 'mère', 'père', 'compagne', 'compagnon', 'veuve', 'veuf', 'cousin', 'cousine', 'oncle', 'tante', 'neveu', 'nièce', 'petit-fils', 'petite-fille', 'grand-mère', 'grand-père', 'beau-frère', 'belle-sœur', 'fiancé', 'fiancée'];
