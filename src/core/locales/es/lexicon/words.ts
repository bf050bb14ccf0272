// Spanish: the words the shared reader needs (src/core/locales/common/read-with-pack.ts).
import { adjectives, forms } from '../../common/lexicon/forms.ts';

/** Verbs in -ar by stem: afirma, afirman, afirmó, afirmaron, afirmaba, afirmado. */
const AR = [
  'afirm', 'declar', 'explic', 'señal', 'asegur', 'indic', 'agreg', 'apunt', 'destac', 'subray', 'reiter', 'insist',
  'manifest', 'coment', 'relat', 'cont', 'aclar', 'precis', 'remarc', 'denunci', 'advirt', 'lament', 'critic', 'anunci',
  'recalc', 'confes', 'expres', 'admit', 'reconoc', 'pregunt', 'respond', 'sostien', 'consider', 'estim', 'opin', 'alert',
  'avis', 'expon', 'resalt', 'ironiz', 'cuestion', 'plante', 'enfatiz', 'evalu', 'defin', 'llam', 'calific',
  'reclam', 'valor', 'narr', 'garantiz', 'argument', 'razon', 'exhort', 'reproch', 'matiz', 'zanj', 'remat', 'asever', 'aventur',
  'augur', 'pronostic', 'vaticin', 'tranquiliz', 'justific', 'recomend', 'confirm', 'anticip', 'adelant', 'contest', 'retruc',
  'acot', 'deplor', 'clam', 'grit', 'inform', 'rechaz', 'apostill', 'recrimin', 'remach', 'espet', 'ejemplific', 'grafic',
  'celebr', 'resum', 'abund', 'concret', 'protest', 'sincer', 'desliz', 'reivindic', 'mencion', 'poste', 'exclam',
];
const AR_ENDINGS = ['a', 'an', 'ó', 'aron', 'aba', 'aban', 'ado'];
const OTHER = [
  'dijo', 'dice', 'dicen', 'dijeron', 'decía', 'decían', 'dicho', 'añadió', 'añade', 'añaden', 'sostuvo', 'sostiene',
  'sostienen', 'advirtió', 'advierte', 'advierten', 'escribió', 'escribe', 'escriben', 'respondió', 'responde', 'admitió',
  'admite', 'reconoció', 'reconoce', 'reconocen', 'concluyó', 'concluye', 'prosiguió', 'sugirió', 'sugiere', 'insistió',
  'cree', 'creen', 'creía', 'opina', 'opinan', 'piensa', 'piensan', 'expuso', 'mantuvo', 'mantiene', 'predijo', 'prometió',
  'promete', 'replicó', 'replica', 'puntualizó', 'enfatizó', 'detalló', 'detalla', 'recordó', 'recuerda', 'describió',
  'describe', 'exclamó', 'bromeó', 'definió', 'define', 'resumió', 'resume',
  'defendió', 'defiende', 'cuenta', 'contó', 'reveló', 'revela', 'pidió', 'pide', 'exigió', 'exige', 'insiste',
  'reaccionó', 'reacciona',
  // (present tense of verbs whose stem changes, the feature's and the interview's tense: "confiesa la escritora")
  'confiesa', 'confiesan', 'concede', 'concedió', 'bromea', 'suspira', 'suspiró', 'reflexiona', 'reflexionó', 'evoca', 'evocó',
  'rememora', 'rememoró', 'habló', 'hablaron', 'puntualiza', 'puntualizan', 'interviene', 'intervino', 'sonríe', 'sonrió',
  'tuiteó', 'tuitea', 'publicó',
  // ("se ha mostrado "satisfecho"", "se mostró convencido de que …": the stance the press reports with its words)
  'mostró', 'mostrado', 'mostraba', 'muestra',
  // ("se limitó a declarar", "se limitó a decir": the verb before the infinitive of saying)
  'limitó', 'limitaba',
  // gestures that frame a quotation after a colon ("se encoge de hombros: «…»", "asiente: «…»")
  'encoge', 'encogió', 'asiente', 'asintió', 'ríe', 'rió',
  // (written out: other forms of these stems are nouns or adjectives, "el acusado", "un comunicado", "la sentencia")
  'acusó', 'acusa', 'acusan', 'comunicó', 'demandó', 'sentenció', 'completó', 'continuó', 'cerró', 'finalizó', 'agradeció',
  'agradece', 'desmintió', 'desmiente', 'negó', 'niega', 'niegan', 'propuso', 'propone', 'urgió', 'repitió', 'repite', 'siguió',
  'compartió', 'arremetió', 'atribuyó', 'interrogó', 'susurró', 'quejó', 'asumió', 'prosigue', 'advertía', 'reconocía',
  'admitía', 'insistía', 'sostenía', 'aseguraría', 'diría', 'apuntaló',
  // participles of the perfect tense, the house style of the Spanish press ("ha añadido", "ha advertido")
  'añadido', 'sostenido', 'advertido', 'escrito', 'respondido', 'admitido', 'reconocido', 'concluido', 'insistido',
  'defendido', 'pedido', 'exigido', 'prometido', 'sugerido', 'expuesto', 'mantenido', 'descrito', 'resumido', 'incidido',
  'incidió', 'esgrimió', 'esgrimido', 'desmentido', 'negado', 'propuesto', 'repetido', 'replicado',
  'recordado', 'revelado',
];
/** Words whose final dot is their own. */
export const ABBREVIATIONS = ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Lic', 'Ing', 'etc', 'pág', 'núm', 'Av'];

export const CUE_VERBS = [...new Set([...forms(AR, AR_ENDINGS), ...OTHER])];

export const AUXILIARIES = ['ha', 'han', 'había', 'habían', 'habría', 'se', 'le', 'les', 'también', 'además', 'luego', 'entonces', 'ya'];
/** "according to" phrases before their source, words separated by spaces. */
export const ACCORDING_BEFORE = [
  'según', 'de acuerdo con', 'a juicio de', 'a juicio del', 'en opinión de', 'en opinión del', 'a decir de', 'a decir del',
  'en palabras de', 'en palabras del',
];
export const ACCORDING_AFTER: string[] = [];

export const PRONOUNS = ['él', 'ella', 'éste', 'ésta'];
export const DETERMINERS = ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'del', 'al', 'nuestro', 'nuestra'];
export const NAME_PARTICLES = ['de', 'del', 'la', 'las', 'los', 'y', 'da', 'van', 'von'];
export const STOPWORDS = [
  'pero', 'y', 'o', 'ni', 'que', 'porque', 'pues', 'aunque', 'si', 'cuando', 'como', 'donde', 'mientras', 'en', 'con',
  'sin', 'por', 'para', 'sobre', 'entre', 'desde', 'hasta', 'hacia', 'según', 'contra', 'tras', 'ante', 'bajo', 'durante',
  'a', 'de', 'del', 'al', 'el', 'la', 'los', 'las', 'un', 'una', 'lo', 'se', 'no', 'sí', 'ya', 'también', 'además', 'así',
  'entonces', 'luego', 'hoy', 'ayer', 'mañana', 'ahora', 'aquí', 'allí', 'ese', 'esa', 'eso', 'esto', 'este', 'esta',
  'todo', 'todos', 'toda', 'todas', 'cada', 'muy', 'más', 'menos', 'nunca', 'siempre', 'embargo', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio',
  'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'es', 'son', 'fue', 'era', 'está', 'están', 'ha', 'han',
  'yo', 'tú', 'nosotros', 'ellos', 'ellas', 'usted', 'quien', 'qué', 'cuál', 'señor', 'señora', 'don', 'doña', 'sr', 'sra',
  'junto', 'semana', 'tarde', 'noche', 'madrugada', 'jornada',
  'frente', 'delante', 'detrás', 'cerca', 'lejos', 'dentro', 'fuera', 'antes', 'después',
];
export const SUBORDINATORS = ['que', 'si', 'como'];
export const VAGUE_HEADS = [
  'fuentes', 'fuente', 'expertos', 'expertas', 'especialistas', 'analistas', 'observadores', 'allegados', 'cercanos', 'testigos',
  'vecinos', 'críticos', 'diplomáticos', 'economistas', 'investigadores',
  // groups that speak as one ("dijeron los manifestantes")
  'manifestantes', 'trabajadores', 'agricultores', 'familiares', 'estudiantes', 'pacientes', 'aficionados', 'hinchas',
  'votantes', 'residentes', 'comerciantes', 'sindicatos', 'organizadores', 'afectados',
];
const OWN_ROLE_NOUNS = [
  'ministro', 'ministra', 'presidente', 'presidenta', 'portavoz', 'director', 'directora', 'alcalde', 'alcaldesa',
  'diputado', 'diputada', 'senador', 'senadora', 'jefe', 'jefa', 'secretario', 'secretaria', 'consejero', 'consejera',
  'juez', 'jueza', 'abogado', 'abogada', 'fiscal', 'profesor', 'profesora', 'investigador', 'investigadora', 'economista',
  'experto', 'experta', 'analista', 'gobernador', 'gobernadora', 'embajador', 'embajadora', 'líder', 'dirigente',
  'responsable', 'fundador', 'fundadora', 'candidato', 'candidata', 'entrenador', 'capitán', 'médico', 'médica',
  'autor', 'autora', 'periodista', 'vocero', 'vocera', 'representante', 'delegado', 'delegada', 'canciller', 'mandatario',
  'mandataria', 'premier', 'legislador', 'legisladora', 'intendente', 'comisario', 'comisaria',
  'vicepresidente', 'vicepresidenta', 'funcionario', 'funcionaria', 'titular', 'sindicalista', 'gremialista', 'concejal', 'concejala', 'asesor', 'asesora', 'vocal',
  'subsecretario', 'subsecretaria', 'rector', 'rectora', 'obispo', 'magistrado', 'magistrada', 'ingeniero', 'ingeniera', 'sociólogo', 'socióloga', 'politólogo', 'politóloga', 'historiador', 'historiadora', 'epidemiólogo', 'epidemióloga', 'consultor', 'consultora', 'vecino', 'vecina', 'agricultor', 'agricultora', 'ganadero', 'ganadera', 'comerciante', 'gerente', 'testigo', 'eurodiputado', 'eurodiputada', 'empresario', 'empresaria', 'coronel', 'comandante', 'seleccionador', 'jugador', 'jugadora', 'delantero', 'portero', 'trabajador', 'trabajadora', 'activista',
  // former offices written as one word (la exmandataria, el expresidente) and other descriptions of persons
  'exmandatario', 'exmandataria', 'expresidente', 'expresidenta', 'exministro', 'exministra', 'exalcalde', 'exalcaldesa',
  'exgobernador', 'exgobernadora', 'parlamentario', 'parlamentaria', 'edil', 'edila', 'regidor', 'regidora', 'opositor',
  'opositora', 'gobernante', 'conseller', 'consellera', 'defensor', 'defensora', 'coordinador', 'coordinadora', 'técnico',
  'técnica', 'futbolista', 'arquero', 'mediocampista', 'centrocampista', 'científico', 'científica', 'doctor',
  'doctora', 'psicólogo', 'psicóloga', 'catedrático', 'catedrática', 'académico', 'académica', 'propietario', 'propietaria',
  'dueño', 'dueña', 'cantante', 'actor', 'actriz', 'escritor', 'escritora', 'artista', 'rey', 'reina', 'monarca', 'príncipe',
  'princesa', 'pontífice', 'papa', 'madre', 'padre', 'hermano', 'hermana', 'hijo', 'hija', 'esposa', 'esposo', 'viuda',
  'sargento', 'general', 'teniente', 'agente', 'piloto', 'militante', 'directivo', 'directiva', 'ejecutivo', 'ejecutiva',
  'entrenadora', 'diplomático', 'diplomática',
  // members of a party, as news writes them alone ("afirmó el socialista", "la kirchnerista")
  'socialista', 'peronista', 'kirchnerista', 'libertario', 'libertaria', 'laborista', 'independentista', 'priista',
  'panista', 'morenista', 'chavista', 'uribista', 'petrista', 'frenteamplista',
];
export const COUNTRY_ADJECTIVES = {
  ...adjectives({ rus: 'Russia', chin: 'China', ucranian: 'Ukraine', estadounidense: 'United States', británic: 'United Kingdom', alemán: 'Germany', polac: 'Poland', italian: 'Italy', francés: 'France', turc: 'Turkey', brasileñ: 'Brazil', israelí: 'Israel', iraní: 'Iran', argentin: 'Argentina', mexican: 'Mexico', venezolan: 'Venezuela', colombian: 'Colombia', español: 'Spain' }, ['', 'o', 'a']),
  estadounidense: 'United States', alemana: 'Germany', francesa: 'France', española: 'Spain',
};

/** Institutions written with a capital: bodies, never a person's name. */
export const INSTITUTIONS = ['gobierno', 'estado', 'congreso', 'senado', 'parlamento', 'ejecutivo', 'moncloa', 'casa', 'rosada', 'ministerio', 'policía', 'justicia', 'comisión', 'unión', 'tribunal', 'supremo'];

/** Endings of one-word names of bodies (none: bodies are several words here). */
export const BODY_ENDINGS: string[] = [];

/** Relative pronouns that open a clause after a comma. */
export const RELATIVES = ['quien', 'que'];

/** Definite articles: a description with one takes up someone named before. */
export const DEFINITE_ARTICLES: string[] = ['el', 'la', 'los', 'las'];

/** Beginnings of words that head a body's name (el Instituto, el Ministerio, la agencia …). */
export const BODY_WORDS = ['concello', 'ajuntament', 'instituto', 'ministerio', 'agencia', 'oficina', 'observatorio', 'autoridad', 'comisión', 'consejo', 'tribunal', 'fiscalía', 'ayuntamiento', 'alcaldía', 'dirección', 'banco', 'federación', 'confederación', 'sindicato', 'asociación', 'fundación', 'universidad', 'centro', 'guardia', 'policía', 'gobierno', 'junta', 'generalitat', 'organización', 'secretaría', 'servicio', 'fondo', 'partido', 'corte', 'cámara',
  'defensoría', 'procuraduría', 'contraloría', 'superintendencia', 'empresa', 'compañía', 'grupo', 'club', 'colegio', 'hospital',
  'ejército', 'armada'];
/** Words that go on a body's name after its head ("Instituto Nacional de Estadística"). */
export const BODY_LINKS = ['de', 'del', 'la', 'las', 'los', 'para', 'y'];
/** The hearer's phrase after a verb of saying: "explicó a este diario", "dijo al diario", "afirmó a Efe". */
export const HEARER_PREPOSITIONS = ['a', 'al'];
export const HEARER_WORDS: string[] = [];
export const GIVEN_MALE = [
  'josé', 'juan', 'antonio', 'manuel', 'francisco', 'javier', 'carlos', 'jesús', 'miguel', 'pedro', 'alejandro',
  'fernando', 'pablo', 'jorge', 'alberto', 'luis', 'sergio', 'rafael', 'raúl', 'enrique', 'ángel', 'andrés', 'diego',
  'gonzalo', 'íñigo', 'álvaro', 'santiago', 'alfonso', 'mariano', 'felipe', 'ramón', 'joaquín', 'gabriel', 'emilio',
  'héctor', 'guillermo', 'ignacio', 'martín', 'nicolás', 'ricardo', 'eduardo', 'jaime', 'marcos', 'óscar', 'rodrigo',
  'salvador', 'vicente', 'xavier', 'mauricio', 'sebastián', 'gustavo', 'hernán', 'horacio', 'esteban', 'facundo',
];
export const GIVEN_FEMALE = [
  'maría', 'carmen', 'josefa', 'isabel', 'ana', 'laura', 'cristina', 'marta', 'lucía', 'elena', 'pilar', 'dolores',
  'teresa', 'rosa', 'mercedes', 'raquel', 'sara', 'paula', 'beatriz', 'patricia', 'silvia', 'irene', 'nuria', 'rocío',
  'yolanda', 'montserrat', 'inés', 'andrea', 'alicia', 'susana', 'soraya', 'begoña', 'esperanza', 'victoria',
  'gabriela', 'valeria', 'florencia', 'natalia', 'verónica', 'adriana', 'claudia', 'mónica', 'lorena',
];

/** Nouns of a written statement, whose body speaks ("in einer Mitteilung des Ministeriums"). */
export const DOCUMENT_NOUNS = ['comunicado', 'nota', 'declaración', 'informe', 'carta', 'mensaje', 'escrito', 'publicación', 'tuit', 'resolución', 'texto'];

/** Words that open a title's complement ("le président du club"): the title is then no office of state. */
export const GENITIVE_LINKS: string[] = ['del', 'de'];
/** Words before a title that make it a former or future office. */
export const FORMER_WORDS = ['ex', 'expresidente', 'antiguo', 'antigua', 'futuro', 'futura', 'nuevo', 'nueva', 'electo', 'electa'];

/** First-person plural possessives: "selon nos informations" is the outlet's own reporting, no one's words. */
export const OWN_WORDS = ['nuestras', 'nuestros', 'nuestra', 'nuestro'];

/** Words that join two subjects ("Ana López y Pedro Gómez visitaron …"): a later pronoun may be either's. */
export const COORDINATORS: string[] = ['y', 'e'];

/** Sentence adverbs set off by commas between a subject and its verb ("El economista X, en cambio, advirtió"). */
export const ASIDES = [
  'en cambio', 'por su parte', 'sin embargo', 'a su vez', 'por otro lado', 'por otra parte', 'no obstante', 'además',
  'asimismo', 'en tanto', 'mientras tanto', 'en ese sentido', 'en este sentido', 'a su turno', 'por el contrario',
  'luego', 'entonces', 'también', 'incluso', 'finalmente', 'por último',
];
/** The gender a determiner says of the description it opens ("la ministra" → f). */
export const ARTICLE_GENDER: Readonly<Record<string, 'm' | 'f'>> = {
  el: 'm', del: 'm', al: 'm', este: 'm', ese: 'm', aquel: 'm', un: 'm', nuestro: 'm',
  la: 'f', esta: 'f', esa: 'f', aquella: 'f', una: 'f', nuestra: 'f',
};

/** The sentence after a quotation standing alone that names its speaker ("«…». Así lo aseguró el ministro X",
 * "Son palabras del presidente X"); "*" is a verb of saying. */
export const QUOTE_SEQUELS = [
  'así lo *', 'así se *', 'lo *', 'son palabras de', 'son palabras del', 'fueron palabras de', 'fueron palabras del',
  'la frase es de', 'la frase es del', 'así *',
];
/** Kinds of role whose words may describe one person ("el técnico" after "el entrenador del Betis X", "el mandatario"
 * after "el presidente X"): a description takes up someone named with another role only in its kind. */
// ("su homólogo", the counterpart of someone named with a role just before: of any kind)
const ANYONE = ['responsable', 'dirigente', 'representante', 'titular', 'líder', 'homólogo', 'homóloga'];
const PARTY_MEMBERS = [
  'socialista', 'peronista', 'kirchnerista', 'libertario', 'libertaria', 'laborista', 'independentista', 'priista', 'panista',
  'morenista', 'chavista', 'uribista', 'petrista', 'frenteamplista',
];
export const ROLE_KINDS: string[][] = [
  [...ANYONE, ...PARTY_MEMBERS, 'ministro', 'ministra', 'exministro', 'exministra', 'funcionario', 'funcionaria', 'mandatario', 'mandataria',
    'exmandatario', 'exmandataria', 'presidente', 'presidenta', 'expresidente', 'expresidenta', 'vicepresidente', 'vicepresidenta',
    'gobernante', 'político', 'política', 'canciller', 'diplomático', 'diplomática', 'embajador', 'embajadora', 'secretario',
    'secretaria', 'subsecretario', 'subsecretaria', 'consejero', 'consejera', 'conseller', 'consellera', 'portavoz', 'vocero',
    'vocera', 'jefe', 'jefa', 'premier', 'delegado', 'delegada'],
  [...ANYONE, ...PARTY_MEMBERS, 'político', 'política', 'legislador', 'legisladora', 'parlamentario', 'parlamentaria', 'diputado',
    'diputada', 'senador', 'senadora', 'eurodiputado', 'eurodiputada', 'opositor', 'opositora', 'candidato', 'candidata',
    'concejal', 'concejala', 'edil', 'edila', 'portavoz', 'jefe', 'jefa', 'presidente', 'presidenta', 'expresidente', 'expresidenta'],
  [...ANYONE, ...PARTY_MEMBERS, 'alcalde', 'alcaldesa', 'exalcalde', 'exalcaldesa', 'edil', 'edila', 'regidor', 'regidora',
    'intendente', 'gobernador', 'gobernadora', 'exgobernador', 'exgobernadora', 'mandatario', 'mandataria', 'gobernante',
    'político', 'política', 'concejal', 'concejala', 'presidente', 'presidenta'],
  ['magistrado', 'magistrada', 'juez', 'jueza', 'fiscal', 'instructor', 'instructora'],
  ['abogado', 'abogada', 'letrado', 'letrada', 'defensor', 'defensora', 'jurista'],
  // (the accused, a person's role in a trial: "el acusado" is no verb after its article)
  ['acusado', 'acusada', 'procesado', 'procesada', 'imputado', 'imputada'],
  [...ANYONE, 'sindicalista', 'gremialista', 'secretario', 'secretaria', 'delegado', 'delegada', 'jefe', 'jefa'],
  [...ANYONE, 'comisario', 'comisaria', 'agente', 'coronel', 'general', 'comandante', 'teniente', 'sargento', 'jefe', 'jefa'],
  [...ANYONE, 'empresario', 'empresaria', 'ejecutivo', 'ejecutiva', 'directivo', 'directiva', 'director', 'directora', 'gerente',
    'presidente', 'presidenta', 'consejero', 'consejera', 'fundador', 'fundadora', 'dueño', 'dueña', 'propietario', 'propietaria',
    'banquero', 'banquera', 'jefe', 'jefa', 'ceo'],
  ['jugador', 'jugadora', 'futbolista', 'delantero', 'delantera', 'centrocampista', 'mediocampista', 'portero', 'portera',
    'arquero', 'arquera', 'guardameta', 'atleta', 'tenista', 'capitán', 'capitana', 'ciclista', 'piloto', 'deportista',
    'extremo', 'mediapunta', 'pivote', 'volante', 'carrilero',
    'lateral', 'zaguero', 'atacante', 'goleador', 'goleadora', 'nadador', 'nadadora', 'boxeador', 'golfista', 'baloncestista',
    'pívot', 'campeón', 'campeona'],
  [...ANYONE, 'entrenador', 'entrenadora', 'técnico', 'técnica', 'seleccionador', 'seleccionadora', 'preparador', 'míster'],
  ['experto', 'experta', 'economista', 'analista', 'científico', 'científica', 'investigador', 'investigadora', 'profesor',
    'profesora', 'catedrático', 'catedrática', 'académico', 'académica', 'médico', 'médica', 'doctor', 'doctora', 'epidemiólogo',
    'epidemióloga', 'infectólogo', 'infectóloga', 'virólogo', 'viróloga', 'pediatra', 'cirujano', 'cirujana', 'sociólogo', 'socióloga', 'politólogo', 'politóloga', 'historiador', 'historiadora', 'climatólogo',
    'climatóloga', 'especialista', 'psicólogo', 'psicóloga', 'ingeniero', 'ingeniera', 'consultor', 'consultora', 'rector', 'rectora'],
  ['escritor', 'escritora', 'autor', 'autora', 'novelista', 'poeta', 'poetisa', 'cineasta', 'director', 'directora', 'actor',
    'actriz', 'artista', 'cantante', 'músico', 'intérprete', 'editor', 'editora', 'dramaturgo', 'dramaturga',
    'compositor', 'compositora', 'creador', 'creadora', 'periodista', 'fotógrafo', 'fotógrafa'],
  ['obispo', 'arzobispo', 'cardenal', 'papa', 'pontífice', 'sacerdote', 'párroco', 'monarca', 'rey', 'reina'],
];

/** Descriptions that take up a person named before with another role ("el funcionario", "la exmandataria", "el
 * técnico" for a coach): the words of ROLE_KINDS, each only within its kind. */
export const GENERIC_DESCRIPTIONS = [
  // ('ex-' stands for any former role: "o ex-lateral")
  'ex-', ...new Set(ROLE_KINDS.flat()),
];

/** Nouns of a work or a named plan before its title in marks ("la película «La sociedad de la nieve»", "la ley «Bases»"):
 * the quotation is a title, not someone's words. */
export const WORK_NOUNS = [
  'libro', 'película', 'serie', 'programa', 'canción', 'documental', 'novela', 'obra', 'disco', 'álbum', 'ley', 'operación',
  'plan', 'campaña', 'diario', 'periódico', 'revista', 'columna', 'artículo', 'festival', 'exposición', 'muestra', 'tema',
  'espectáculo', 'podcast', 'cortometraje', 'filme', 'poemario', 'ensayo', 'proyecto',
];
/** Prepositions fused with an article before a title in marks ("al «Financial Times»", "del «Diario de Sevilla»"). */
export const ARTICLE_PREPOSITIONS = ['al', 'del'];

/** Words of a role, office or calling that describe a person ("el ministro", "la escritora"). */
export const ROLE_NOUNS = [...new Set([...OWN_ROLE_NOUNS, ...ROLE_KINDS.flat()])];

/** Nouns that take up a body named before ("indicó el organismo en un comunicado", "según la entidad"). */
export const BODY_DESCRIPTIONS = [
  'organismo', 'entidad', 'institución', 'cartera', 'dependencia', 'corporación', 'compañía', 'empresa', 'firma', 'ente',
  'club', 'multinacional', 'aerolínea', 'constructora', 'tecnológica', 'farmacéutica', 'petrolera', 'operadora',
  'consistorio', 'cabildo',
];

/** Prepositions that open a hearer after the speaker's description ("dijo el técnico al diario Marca"): they end the speaker's phrase. */
export const HEARER_AFTER_SUBJECT = ['al', 'a'];

/** Descriptions of a person by what they do, not an office they hold ("el delantero", "la escritora", "el político"): they
 * take up the one person named before who fits, named with a role of their kind or with none (common/taken-up.ts). */
export const DESCRIPTIVE_ROLES = [
  'extremo', 'mediapunta', 'pivote', 'volante', 'carrilero', 'lateral', 'zaguero', 'atacante', 'goleador', 'goleadora',
  'guardameta', 'boxeador', 'nadador', 'nadadora', 'golfista',
  'jugador', 'jugadora', 'futbolista', 'delantero', 'delantera', 'centrocampista', 'mediocampista', 'portero', 'portera',
  'arquero', 'arquera', 'tenista', 'atleta', 'ciclista', 'piloto', 'deportista', 'escritor', 'escritora', 'autor', 'autora',
  'novelista', 'poeta', 'cineasta', 'actor', 'actriz', 'artista', 'cantante', 'músico', 'político', 'política',
  'empresario', 'empresaria', 'economista', 'científico', 'científica', 'periodista',
];

/** Nouns of kinship: "Son fils Olivier", "Seine Frau Gisela" introduce a person by a given name. */
export const KIN_NOUNS = ['hijo', 'hija', 'esposa', 'esposo', 'mujer', 'marido', 'hermano', 'hermana', 'madre', 'padre', 'viuda', 'viudo', 'primo', 'prima', 'tío', 'tía', 'sobrino', 'sobrina', 'nieto', 'nieta', 'abuelo', 'abuela', 'novia', 'novio', 'cuñado', 'cuñada'];

/** Descriptions of a body that issues statements (see issuerDescriptions), past BODY_DESCRIPTIONS. */
export const ISSUER_DESCRIPTIONS = ['ayuntamiento', 'consejería', 'conselleria', 'departamento', 'sociedad', 'grupo'];

/** Past participles that open an aside between a subject and its verb ("Juan Pérez, conocido como el Mono, afirmó"). */
export const ASIDE_PARTICIPLE = /^[a-zà-ú]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/;
