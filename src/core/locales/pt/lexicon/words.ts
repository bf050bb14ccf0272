// Portuguese: the words the shared reader needs (src/core/locales/common/read-with-pack.ts).
import { adjectives, forms } from '../../common/lexicon/forms.ts';

/** Verbs in -ar by stem: afirma, afirmam, afirmou, afirmaram, afirmava, afirmado. */
const AR = [
  'afirm', 'declar', 'explic', 'destac', 'ressalt', 'acrescent', 'comple', 'assegur', 'garant', 'indic', 'apont', 'lembr',
  'coment', 'relat', 'cont', 'critic', 'denunci', 'anunci', 'alert', 'avis', 'confirm', 'insist', 'lament', 'pergunt',
  'question', 'reclam', 'sublinh', 'enfatiz', 'revel', 'observ', 'ponder', 'avali', 'estim', 'consider', 'salient',
  'adiant', 'avanç', 'argument', 'reiter', 'sinaliz', 'detalh', 'record',
  'ressalv', 'reforç', 'desabaf', 'elogi', 'celebr', 'justific', 'ironiz', 'brinc', 'emend', 'pontu', 'relembr', 'vaticin',
  'aconselh', 'recomend', 'assinal', 'realç', 'inform', 'confess', 'neg', 'rejeit', 'alfinet', 'provoc', 'minimiz', 'exalt',
  'reafirm', 'finaliz', 'apel', 'conclam', 'exort', 'indag', 'replic', 'desconvers', 'contest', 'tranquiliz',
  // (what the news also writes: sighs, protests, shouts, celebrates, opines)
  'suspir', 'protest', 'grit', 'exclam', 'opin', 'comemor', 'reivindic',
].filter((s) => /^[a-zà-ú]+$/.test(s));
const AR_ENDINGS = ['a', 'am', 'ou', 'aram', 'ava', 'avam', 'ado'];
const OTHER = [
  'disse', 'diz', 'dizem', 'disseram', 'dizia', 'dito', 'escreveu', 'escreve', 'respondeu', 'responde', 'admitiu', 'admite',
  'reconheceu', 'reconhece', 'concluiu', 'conclui', 'defendeu', 'defende', 'advertiu', 'adverte', 'sustentou', 'sustenta',
  'prometeu', 'promete', 'acredita', 'acreditam', 'acha', 'acham', 'pensa', 'pensam', 'completou', 'frisou', 'frisa',
  'ressaltou', 'prosseguiu', 'rebateu', 'rebate', 'retrucou', 'descreveu', 'descreve', 'previu', 'prevê',
  'garantiu', 'garante', 'garantem', 'garantiram', 'insistiu', 'insiste', 'referiu', 'refere', 'referiram', 'assumiu', 'assume', 'pediu', 'pede', 'exigiu', 'exige',
  // gestures that frame a quotation after a colon ("encolhe os ombros: «…»", "abana a cabeça: «…»")
  'encolhe', 'encolheu', 'acena', 'acenou', 'abana', 'abanou',
  'reagiu', 'reage', 'resume', 'resumem', 'concede', 'concedeu', 'sorri', 'sorriu', 'prossegue',
  'tuitou', 'tuíta', 'publicou',
  // (written out: other forms of these stems are nouns, "o acusado", "um comunicado", "a nota", "o jurado")
  'acusou', 'acusa', 'acusam', 'comunicou', 'cobrou', 'notou', 'jurou', 'disparou', 'postou', 'sentenciou', 'encerrou',
  'continuou', 'esclareceu', 'esclarece', 'desmentiu', 'desmente', 'resumiu', 'contrapôs', 'propôs', 'propõe', 'repetiu',
  'repete', 'seguiu', 'compartilhou', 'atribuiu', 'sugeriu', 'sugere', 'cutucou', 'emendou', 'questionava', 'dizendo',
  'afirmando', 'explicando', 'acrescentando', 'lembrando', 'agradeceu',
  'vincou', 'vinca', 'rematou', 'precisou', 'afiançou', 'retorquiu', 'concretizou', 'atirou', 'narrou', 'asseverou',
  'escrito', 'referido', 'defendido', 'admitido', 'reconhecido', 'garantido', 'sublinhado',
];
/** Words whose final dot is their own. */
// ("Sp." as in "Sp. Braga", the club's name in the Portuguese sports press; "Eng." and "Arq." before a name)
export const ABBREVIATIONS = ['Sr', 'Sra', 'Dr', 'Dra', 'Prof', 'etc', 'pág', 'nº', 'Sp', 'Eng', 'Arq'];

/** Pronouns written after the verb with a hyphen in European Portuguese ("disse-lhe", "garantiu-nos", "explicou-me"). */
const ENCLITICS = ['lhe', 'lhes', 'nos', 'me', 'te', 'vos'];
const BASE_CUES = [...new Set([...forms(AR, AR_ENDINGS), ...OTHER])];
export const CUE_VERBS = [
  ...BASE_CUES,
  // (the verb of the third person in the past with its pronoun: "lembrou-lhe o magistrado", "disse-nos a ministra")
  ...BASE_CUES.filter((v) => /(?:ou|eu|iu|sse)$/.test(v)).flatMap((v) => ENCLITICS.map((c) => `${v}-${c}`)),
];

export const AUXILIARIES = ['tem', 'têm', 'tinha', 'tinham', 'terá', 'também', 'ainda', 'já', 'depois', 'então', 'se', 'lhe', 'lhes', 'foi'];
/** "according to" phrases before their source, words separated by spaces. */
export const ACCORDING_BEFORE = [
  'segundo', 'de acordo com', 'conforme', 'na opinião de', 'na opinião do', 'na opinião da', 'na avaliação de',
  'na avaliação do', 'na avaliação da', 'nas palavras de', 'nas palavras do', 'nas palavras da', 'na visão de',
  'na visão do', 'na visão da',
];
export const ACCORDING_AFTER: string[] = [];

export const PRONOUNS = ['ele', 'ela'];
export const DETERMINERS = ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'seu', 'sua', 'seus', 'suas', 'este', 'esta', 'esse', 'essa', 'do', 'da', 'dos', 'das', 'ao', 'à'];
export const NAME_PARTICLES = ['de', 'da', 'do', 'dos', 'das', 'e', 'van', 'von'];
export const STOPWORDS = [
  'mas', 'e', 'ou', 'nem', 'que', 'porque', 'pois', 'porém', 'embora', 'se', 'quando', 'como', 'onde', 'enquanto', 'em',
  'no', 'na', 'nos', 'nas', 'com', 'sem', 'por', 'pelo', 'pela', 'para', 'sobre', 'entre', 'desde', 'até', 'segundo',
  'contra', 'após', 'ante', 'durante', 'a', 'o', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'ao', 'não', 'sim',
  'já', 'também', 'ainda', 'assim', 'então', 'depois', 'hoje', 'ontem', 'amanhã', 'agora', 'aqui', 'ali', 'isso', 'isto',
  'esse', 'essa', 'este', 'esta', 'todo', 'todos', 'toda', 'todas', 'cada', 'muito', 'mais', 'menos', 'nunca', 'sempre',
  'contudo', 'entretanto', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado',
  'domingo', 'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
  'novembro', 'dezembro', 'é', 'são', 'foi', 'era', 'está', 'estão', 'tem', 'eu', 'nós', 'eles', 'elas', 'você', 'quem',
  'senhor', 'senhora', 'sr', 'sra', 'semana', 'tarde', 'noite', 'madrugada', 'manhã',
  'perante', 'junto',
  'nesta', 'neste', 'nessa', 'nesse', 'naquele', 'naquela', 'desta', 'deste', 'dessa', 'desse', 'num', 'numa', 'daquele', 'daquela',
];
export const SUBORDINATORS = ['que', 'se', 'como'];
export const VAGUE_HEADS = [
  'fontes', 'fonte', 'especialistas', 'analistas', 'observadores', 'aliados', 'interlocutores', 'testemunhas', 'moradores',
  'críticos', 'diplomatas', 'economistas', 'pesquisadores', 'técnicos',
  // groups that speak as one ("disseram os manifestantes")
  'manifestantes', 'trabalhadores', 'agricultores', 'familiares', 'estudantes', 'pacientes', 'torcedores', 'eleitores',
  'residentes', 'comerciantes', 'sindicatos', 'organizadores', 'afetados', 'investigadores',
];
const OWN_ROLE_NOUNS = [
  'ministro', 'ministra', 'presidente', 'porta-voz', 'diretor', 'diretora', 'prefeito', 'prefeita', 'deputado', 'deputada',
  'senador', 'senadora', 'chefe', 'secretário', 'secretária', 'conselheiro', 'juiz', 'juíza', 'advogado', 'advogada',
  'procurador', 'procuradora', 'professor', 'professora', 'pesquisador', 'pesquisadora', 'economista', 'especialista',
  'analista', 'governador', 'governadora', 'embaixador', 'líder', 'dirigente', 'responsável', 'fundador', 'candidato',
  'candidata', 'técnico', 'treinador', 'capitão', 'médico', 'médica', 'autor', 'autora', 'jornalista', 'representante',
  'primeiro-ministro', 'primeira-ministra', 'chanceler', 'vereador', 'vereadora', 'delegado', 'delegada', 'ex-presidente',
  'vice-presidente', 'funcionário', 'funcionária', 'titular', 'sindicalista', 'assessor', 'assessora', 'comandante',
  'reitor', 'reitora', 'bispo', 'magistrado', 'magistrada', 'engenheiro', 'engenheira', 'sociólogo', 'socióloga', 'historiador', 'historiadora', 'epidemiologista', 'infectologista', 'consultor', 'consultora', 'morador', 'moradora', 'agricultor', 'agricultora', 'comerciante', 'gerente', 'testemunha', 'eurodeputado', 'eurodeputada', 'empresário', 'empresária', 'coronel', 'selecionador', 'jogador', 'jogadora', 'atacante', 'avançado', 'goleiro', 'guarda-redes', 'autarca', 'ativista', 'trabalhador', 'trabalhadora', 'ex-ministro', 'ex-ministra', 'diretor-geral', 'diretora-geral', 'bastonário', 'bastonária', 'procurador-geral', 'procuradora-geral', 'governante',
  'parlamentar', 'presidenta', 'ex-presidenta', 'ex-governador', 'ex-governadora', 'ex-deputado', 'ex-deputada', 'ex-prefeito',
  'ex-prefeita', 'ex-primeiro-ministro', 'vice-governador', 'vice-governadora', 'vice-prefeito', 'vice-prefeita', 'relator',
  'relatora', 'desembargador', 'desembargadora', 'promotor', 'promotora', 'defensor', 'defensora', 'investigador',
  'investigadora', 'cientista', 'enfermeiro', 'enfermeira', 'mãe', 'pai', 'irmão', 'irmã', 'filho', 'filha', 'esposa', 'marido',
  'viúva', 'cantor', 'cantora', 'ator', 'atriz', 'escritor', 'escritora', 'artista', 'papa', 'pontífice', 'rei', 'rainha',
  'príncipe', 'princesa', 'monarca', 'opositor', 'opositora', 'militante', 'coordenador', 'coordenadora', 'gestor', 'gestora',
  'docente', 'estudante', 'aluno', 'aluna', 'catedrático', 'catedrática', 'psicólogo', 'psicóloga', 'sargento', 'general',
  'tenente', 'agente', 'policial', 'bombeiro', 'piloto', 'motorista', 'proprietário', 'proprietária', 'dono', 'dona',
  'executivo', 'executiva', 'banqueiro', 'cardeal', 'pastor', 'zagueiro', 'treinadora', 'técnica', 'embaixadora',
  'conselheira', 'fundadora', 'capitã', 'futebolista', 'presidente-executivo', 'diplomata', 'lateral', 'volante',
  'centroavante', 'meio-campista', 'artilheiro', 'craque', 'árbitro', 'tenista', 'nadador', 'nadadora',
  'mandatário', 'mandatária',
  // members of a party, as news writes them alone ("acusou o social-democrata", "o petista")
  'social-democrata', 'socialista', 'comunista', 'centrista', 'bloquista', 'petista', 'tucano', 'bolsonarista', 'lulista',
  'emedebista', 'pedetista',
];
export const COUNTRY_ADJECTIVES = adjectives({ russ: 'Russia', chines: 'China', ucranian: 'Ukraine', american: 'United States', britânic: 'United Kingdom', alemã: 'Germany', francês: 'France', brasileir: 'Brazil', argentin: 'Argentina', israelens: 'Israel', iranian: 'Iran' }, ['', 'o', 'a', 'e']);

/** Institutions written with a capital: bodies, never a person's name. */
export const INSTITUTIONS = ['governo', 'estado', 'congresso', 'senado', 'planalto', 'câmara', 'ministério', 'polícia', 'justiça', 'supremo', 'tribunal', 'comissão', 'união'];

/** Endings of one-word names of bodies (none: bodies are several words here). */
export const BODY_ENDINGS: string[] = [];

/** Relative pronouns that open a clause after a comma. */
export const RELATIVES = ['que', 'quem'];

/** Definite articles: a description with one takes up someone named before. */
export const DEFINITE_ARTICLES: string[] = ['o', 'a', 'os', 'as'];

/** Beginnings of words that head a body's name (o Instituto, o Ministério, a agência …). */
export const BODY_WORDS = ['instituto', 'ministério', 'agência', 'gabinete', 'observatório', 'autoridade', 'comissão', 'conselho', 'tribunal', 'procuradoria', 'prefeitura', 'câmara', 'direção', 'direcção', 'banco', 'federação', 'confederação', 'sindicato', 'associação', 'fundação', 'universidade', 'centro', 'polícia', 'governo', 'organização', 'secretaria', 'serviço', 'fundo', 'partido', 'supremo', 'superior',
  'empresa', 'companhia', 'grupo', 'clube', 'hospital', 'exército', 'assembleia', 'defensoria'];
/** Words that go on a body's name after its head ("Instituto Nacional de Estatística"). */
export const BODY_LINKS = ['de', 'do', 'da', 'dos', 'das', 'para', 'e'];
/** The hearer's phrase after a verb of saying: "disse à Lusa", "afirmou ao jornal". */
export const HEARER_PREPOSITIONS = ['à', 'ao', 'aos', 'às'];
export const HEARER_WORDS: string[] = [];
export const GIVEN_MALE = [
  'joão', 'josé', 'antónio', 'antônio', 'manuel', 'francisco', 'carlos', 'paulo', 'pedro', 'luís', 'luiz', 'jorge',
  'rui', 'miguel', 'ricardo', 'fernando', 'marcelo', 'augusto', 'rodrigo', 'sérgio', 'gustavo', 'eduardo', 'rafael',
  'tiago', 'thiago', 'bruno', 'nuno', 'vasco', 'duarte', 'gonçalo', 'henrique', 'lula', 'jair', 'flávio', 'fábio',
  'márcio', 'mário', 'alexandre', 'vítor', 'victor', 'fernão', 'arthur', 'artur', 'otávio', 'renan', 'ciro', 'geraldo',
];
export const GIVEN_FEMALE = [
  'maria', 'ana', 'joana', 'marta', 'catarina', 'sofia', 'inês', 'beatriz', 'mariana', 'rita', 'teresa', 'helena',
  'fernanda', 'luísa', 'luiza', 'dilma', 'marina', 'gleisi', 'simone', 'tereza', 'cláudia', 'patrícia', 'paula',
  'carla', 'sandra', 'isabel', 'graça', 'francisca', 'leonor', 'madalena', 'raquel', 'débora', 'juliana', 'camila',
];

/** Nouns of a written statement, whose body speaks ("in einer Mitteilung des Ministeriums"). */
export const DOCUMENT_NOUNS = ['comunicado', 'nota', 'declaração', 'relatório', 'carta', 'mensagem', 'publicação', 'documento', 'despacho', 'ofício', 'texto'];

/** Words that open a title's complement ("le président du club"): the title is then no office of state. */
export const GENITIVE_LINKS: string[] = ['da', 'do', 'de', 'dos', 'das'];
/** Words before a title that make it a former or future office. */
export const FORMER_WORDS = ['ex', 'antigo', 'antiga', 'futuro', 'futura', 'novo', 'nova', 'eleito', 'eleita'];

/** First-person plural possessives: "selon nos informations" is the outlet's own reporting, no one's words. */
export const OWN_WORDS = ['nossas', 'nossos', 'nossa', 'nosso'];

/** Words that join two subjects ("Ana López y Pedro Gómez visitaron …"): a later pronoun may be either's. */
export const COORDINATORS: string[] = ['e'];

/** Sentence adverbs set off by commas between a subject and its verb ("O ministro, por sua vez, disse"). */
export const ASIDES = [
  'por sua vez', 'no entanto', 'contudo', 'porém', 'entretanto', 'além disso', 'por outro lado', 'também', 'ainda',
  'em contrapartida', 'todavia', 'depois', 'então', 'mais tarde', 'por fim', 'finalmente', 'inclusive',
];
/** The gender a determiner says of the description it opens ("a ministra" → f, "o técnico" → m). */
export const ARTICLE_GENDER: Readonly<Record<string, 'm' | 'f'>> = {
  o: 'm', do: 'm', ao: 'm', no: 'm', pelo: 'm', este: 'm', esse: 'm', aquele: 'm', um: 'm', seu: 'm', nosso: 'm',
  a: 'f', da: 'f', à: 'f', na: 'f', pela: 'f', esta: 'f', essa: 'f', aquela: 'f', uma: 'f', sua: 'f', nossa: 'f',
};

/** The sentence after a quotation standing alone that names its speaker ("“…” A afirmação é do ministro X", "Foi o que
 * disse o presidente X"); "*" is a verb of saying. */
export const QUOTE_SEQUELS = [
  'a afirmação é de', 'a afirmação é do', 'a afirmação é da', 'a declaração é de', 'a declaração é do', 'a declaração é da',
  'a avaliação é de', 'a avaliação é do', 'a avaliação é da', 'a frase é de', 'a frase é do', 'a frase é da',
  'as palavras são de', 'as palavras são do', 'as palavras são da', 'foi o que *', 'é o que *', 'assim *',
];
/** Kinds of role whose words may describe one person ("o técnico" after "o treinador do Grêmio, X", "o magistrado"
 * after "o relator, ministro X"): a description takes up someone named with another role only in its kind. */
const ANYONE = ['responsável', 'dirigente', 'representante', 'titular', 'líder'];
const PARTY_MEMBERS = [
  'social-democrata', 'socialista', 'comunista', 'centrista', 'bloquista', 'petista', 'tucano', 'bolsonarista', 'lulista',
  'emedebista', 'pedetista',
];
export const ROLE_KINDS: string[][] = [
  [...ANYONE, ...PARTY_MEMBERS, 'ministro', 'ministra', 'ex-ministro', 'ex-ministra', 'funcionário', 'funcionária', 'mandatário',
    'mandatária', 'presidente', 'presidenta', 'ex-presidente', 'ex-presidenta', 'vice-presidente', 'governante', 'político',
    'política', 'chanceler', 'diplomata', 'embaixador', 'embaixadora', 'secretário', 'secretária', 'porta-voz', 'chefe',
    'primeiro-ministro', 'primeira-ministra', 'ex-primeiro-ministro', 'secretário-geral', 'secretária-geral', 'governador', 'governadora', 'ex-governador',
    'ex-governadora', 'vice-governador', 'vice-governadora', 'assessor', 'assessora'],
  [...ANYONE, ...PARTY_MEMBERS, 'político', 'política', 'parlamentar', 'deputado', 'deputada', 'ex-deputado', 'ex-deputada',
    'senador', 'senadora', 'eurodeputado', 'eurodeputada', 'opositor', 'opositora', 'candidato', 'candidata', 'vereador',
    'vereadora', 'líder', 'presidente', 'presidenta', 'relator', 'relatora'],
  [...ANYONE, ...PARTY_MEMBERS, 'prefeito', 'prefeita', 'ex-prefeito', 'ex-prefeita', 'vice-prefeito', 'vice-prefeita', 'autarca',
    'vereador', 'vereadora', 'governante', 'político', 'política', 'presidente', 'presidenta'],
  ['magistrado', 'magistrada', 'juiz', 'juíza', 'desembargador', 'desembargadora', 'ministro', 'ministra', 'relator', 'relatora',
    'procurador', 'procuradora', 'promotor', 'promotora', 'procurador-geral', 'procuradora-geral'],
  ['advogado', 'advogada', 'defensor', 'defensora', 'jurista', 'bastonário', 'bastonária'],
  [...ANYONE, 'sindicalista', 'secretário', 'secretária', 'secretário-geral', 'secretária-geral', 'presidente', 'presidenta',
    'coordenador', 'coordenadora'],
  [...ANYONE, 'comandante', 'delegado', 'delegada', 'agente', 'coronel', 'general', 'tenente', 'sargento', 'policial', 'chefe'],
  [...ANYONE, 'empresário', 'empresária', 'executivo', 'executiva', 'diretor', 'diretora', 'diretor-geral', 'diretora-geral',
    'presidente', 'presidenta', 'presidente-executivo', 'presidente-executiva', 'gerente', 'gestor', 'gestora', 'fundador', 'fundadora', 'dono', 'dona',
    'proprietário', 'proprietária', 'banqueiro', 'banqueira', 'conselheiro', 'conselheira', 'ceo'],
  ['jogador', 'jogadora', 'futebolista', 'atacante', 'avançado', 'goleiro', 'guarda-redes', 'zagueiro', 'lateral', 'volante',
    'centroavante', 'meio-campista', 'artilheiro', 'craque', 'capitão', 'capitã', 'tenista', 'nadador', 'nadadora',
    'atleta', 'piloto', 'ciclista', 'campeão', 'campeã'],
  [...ANYONE, 'técnico', 'técnica', 'treinador', 'treinadora', 'selecionador', 'comandante'],
  ['especialista', 'economista', 'analista', 'cientista', 'pesquisador', 'pesquisadora', 'investigador', 'investigadora',
    'professor', 'professora', 'docente', 'catedrático', 'catedrática', 'médico', 'médica', 'epidemiologista', 'infectologista',
    'sociólogo', 'socióloga', 'historiador', 'historiadora', 'psicólogo', 'psicóloga', 'engenheiro', 'engenheira', 'consultor',
    'consultora', 'reitor', 'reitora', 'educador', 'educadora'],
  ['escritor', 'escritora', 'autor', 'autora', 'romancista', 'poeta', 'poetisa', 'cineasta', 'realizador', 'realizadora',
    'diretor', 'diretora', 'ator', 'atriz', 'artista', 'cantor', 'cantora', 'músico', 'editor', 'editora', 'compositor',
    'compositora', 'jornalista', 'fotógrafo', 'fotógrafa', 'fadista', 'sambista', 'guitarrista', 'pianista', 'instrumentista',
    'intérprete', 'bailarino', 'bailarina'],
  ['bispo', 'arcebispo', 'cardeal', 'papa', 'pontífice', 'padre', 'pastor', 'monarca', 'rei', 'rainha'],
];

/** Descriptions that take up a person named before with another role ("o mandatário", "o técnico" for a coach): the
 * words of ROLE_KINDS, each only within its kind. */
export const GENERIC_DESCRIPTIONS = [
  // ('ex-' stands for any former role: "o ex-lateral")
  'ex-', ...new Set(ROLE_KINDS.flat()),
];

/** Nouns of a work or a named plan before its title in marks ("o filme “Ainda Estou Aqui”", "a operação “Lava Jato”"):
 * the quotation is a title, not someone's words. */
export const WORK_NOUNS = [
  'livro', 'filme', 'série', 'programa', 'canção', 'música', 'documentário', 'novela', 'romance', 'obra', 'disco', 'álbum',
  'lei', 'projeto', 'operação', 'plano', 'campanha', 'jornal', 'revista', 'coluna', 'artigo', 'festival', 'exposição', 'mostra',
  'peça', 'espetáculo', 'podcast', 'curta-metragem', 'longa-metragem', 'ensaio', 'telenovela',
];
/** Prepositions fused with an article before a title in marks ("ao “Financial Times”", "do “Jornal Nacional”"). */
export const ARTICLE_PREPOSITIONS = ['ao', 'à', 'do', 'da', 'no', 'na', 'pelo', 'pela'];

/** Words of a role, office or calling that describe a person ("o ministro", "a escritora"). */
export const ROLE_NOUNS = [...new Set([...OWN_ROLE_NOUNS, ...ROLE_KINDS.flat()])];

/** Nouns that take up a body named before ("informou o órgão em nota", "segundo a companhia"). */
export const BODY_DESCRIPTIONS = [
  'órgão', 'entidade', 'instituição', 'pasta', 'autarquia', 'companhia', 'empresa', 'estatal', 'corporação', 'clube',
  'varejista', 'retalhista', 'multinacional', 'operadora', 'construtora', 'farmacêutica', 'petrolífera', 'montadora',
];

/** Prepositions that open a hearer after the speaker's description ("contou o jogador à Sport TV"): they end the speaker's phrase. */
export const HEARER_AFTER_SUBJECT = ['à', 'ao', 'aos', 'às'];


/** Nouns of kinship: "Son fils Olivier", "Seine Frau Gisela" introduce a person by a given name. */
export const KIN_NOUNS = ['filho', 'filha', 'esposa', 'esposo', 'mulher', 'marido', 'irmão', 'irmã', 'mãe', 'pai', 'viúva', 'viúvo', 'companheira', 'companheiro', 'primo', 'prima', 'tio', 'tia', 'sobrinho', 'sobrinha', 'neto', 'neta', 'avó', 'avô', 'namorada', 'namorado', 'cunhado', 'cunhada'];

/** Descriptions of a person by what they do, not an office they hold ("o avançado", "a escritora", "a fadista"): they
 * take up the one person named before who fits, named with a role of their kind or with none (common/taken-up.ts). */
export const DESCRIPTIVE_ROLES = [
  'jogador', 'jogadora', 'futebolista', 'avançado', 'atacante', 'médio', 'meia', 'guarda-redes', 'goleiro', 'goleira',
  'tenista', 'atleta', 'ciclista', 'piloto', 'escritor', 'escritora', 'autor', 'autora', 'romancista', 'poeta', 'poetisa',
  'cineasta', 'realizador', 'realizadora', 'ator', 'atriz', 'artista', 'cantor', 'cantora', 'músico', 'fadista', 'sambista',
  'compositor', 'compositora', 'político', 'política', 'empresário', 'empresária', 'economista', 'cientista', 'jornalista',
];

/** Past participles that open an aside between a subject and its verb ("Edson Carvalho, conhecido como Mineiro, afirmou"). */
export const ASIDE_PARTICIPLE = /^[a-zà-ú]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/;
