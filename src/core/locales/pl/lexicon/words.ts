// Polish: the words the shared reader needs (src/core/locales/common/read-with-pack.ts).
import { adjectives, forms } from '../../common/lexicon/forms.ts';

/** Past tense by stem, with gender and number: powiedział, powiedziała, powiedzieli, powiedziały. */
const PAST = [
  'powiedzia', 'mówi', 'stwierdzi', 'oświadczy', 'zaznaczy', 'podkreśli', 'doda', 'wyjaśni', 'przyzna', 'zapewni',
  'ostrzeg', 'oceni', 'zauważy', 'przekonywa', 'tłumaczy', 'twierdzi', 'zapowiedzia', 'poinformowa', 'przypomnia',
  'napisa', 'odpowiedzia', 'skomentowa', 'uważa', 'sądzi', 'pyta', 'zapyta', 'dodawa', 'argumentowa', 'apelowa',
  'zaapelowa', 'wskaza', 'wskazywa', 'ogłosi', 'zdradzi', 'relacjonowa', 'opowiada', 'opowiedzia', 'podsumowa',
  'krytykowa', 'skrytykowa', 'zapowiada', 'przestrzeg', 'przestrzega', 'deklarowa', 'zadeklarowa', 'wyzna', 'uzna',
  'przekaza', 'oznajmi', 'skwitowa', 'ripostowa', 'odpar', 'komentowa', 'ujawni', 'zaprzeczy', 'zdementowa', 'zaznacza',
  'zareagowa', 'reagowa',
  // the imperfective past of the tags of the agencies ("– … – przekonywał", "odpowiadał", "zapewniał")
  'odpowiada', 'zapewnia', 'podkreśla', 'wyjaśnia', 'ostrzega', 'przyznawa', 'zauważa', 'stwierdza', 'oświadcza',
  'przypomina', 'wspomina', 'dopowiedzia', 'uzupełni', 'sprecyzowa', 'doprecyzowa', 'zastrzeg', 'zastrzega',
  'obieca', 'obiecywa', 'zażartowa', 'żartowa', 'wylicza', 'wyliczy', 'alarmowa', 'zaalarmowa', 'grzmia', 'skarży',
  'poskarży', 'żali', 'pożali', 'cieszy', 'ucieszy', 'zwróci', 'zwraca', 'potwierdzi', 'potwierdza', 'zaprzecza',
  'uspokaja', 'uspokoi', 'broni', 'uzasadnia', 'przekonuje', 'opisywa', 'opisa', 'zaproponowa', 'proponowa', 'zasugerowa',
  'sugerowa', 'wezwa', 'wzywa', 'poprosi', 'prosi', 'nawoływa', 'zachęca', 'prognozowa', 'szacowa', 'oszacowa',
  'przewidywa', 'podsumowywa', 'puentowa', 'pisa', 'tweetowa', 'poda', 'kwitowa', 'dopytywa', 'westchną', 'krzykną',
  'woła', 'zawoła', 'zaprotestowa', 'protestowa', 'ocenia', 'nazwa', 'nazywa', 'określi', 'określa', 'głosi', 'wtrąci',
  'kontrowa', 'zripostowa', 'dziwi', 'martwi', 'irytowa', 'denerwowa',
  // moods and manners of saying ("– … – śmiał się", "zaoponował", "ciągnął")
  'śmia', 'uśmiechną', 'chwali', 'pochwali', 'zachwala', 'zastanawia', 'oburzy', 'obruszy', 'złości', 'zdenerwowa',
  'zirytowa', 'zdziwi', 'docieka', 'wtórowa', 'zawtórowa', 'przerwa', 'perswadowa', 'nalega', 'upiera',
  'skonstatowa', 'skonkludowa', 'zaoponowa', 'oponowa', 'sprzeciwia', 'spyta', 'wypali', 'zwierzy', 'zarzuca',
  'zarzuci', 'oskarża', 'oskarży', 'zagrozi', 'błaga', 'domaga', 'żąda', 'zażąda', 'akcentowa', 'zaakcentowa',
  'uzupełnia', 'kontynuowa', 'ciągną', 'spekulowa', 'rozważa',
  // gestures that frame speech ("wzruszył ramionami: – …", "– … – machnęła ręką")
  'wzruszy', 'kiwną', 'pokiwa', 'pokręci', 'rozłoży',
  // what a medium learnt ("jak dowiedział się Onet", "ustalił reporter")
  'dowiedzia', 'ustali',
];
const PAST_ENDINGS = ['ł', 'ła', 'li', 'ły'];
/** Present, third person: mówi, mówią, twierdzi, twierdzą, podkreśla, podkreślają. */
const PRESENT = [
  'mówi', 'mówią', 'twierdzi', 'twierdzą', 'podkreśla', 'podkreślają', 'dodaje', 'dodają', 'zaznacza', 'zaznaczają',
  'wyjaśnia', 'wyjaśniają', 'przyznaje', 'przyznają', 'zapewnia', 'zapewniają', 'ostrzega', 'ostrzegają', 'ocenia',
  'oceniają', 'zauważa', 'zauważają', 'przekonuje', 'przekonują', 'tłumaczy', 'tłumaczą', 'uważa', 'uważają', 'sądzi',
  'sądzą', 'pyta', 'pytają', 'pisze', 'piszą', 'odpowiada', 'odpowiadają', 'komentuje', 'komentują', 'wskazuje',
  'wskazują', 'apeluje', 'apelują', 'argumentuje', 'oświadcza', 'stwierdza', 'przypomina', 'przypominają', 'opowiada',
  'relacjonuje', 'podsumowuje', 'krytykuje', 'zapowiada', 'deklaruje', 'przestrzega', 'informuje', 'informują',
  'powiedzieli', 'zapowiedzieli', 'odpowiedzieli', 'przekazuje', 'oznajmia', 'ujawnia',
  'żali', 'żalą', 'skarży', 'skarżą', 'cieszy', 'cieszą', 'wspomina', 'wspominają', 'kwituje', 'puentuje', 'wylicza',
  'wyliczają', 'precyzuje', 'uspokaja', 'uspokajają', 'alarmuje', 'alarmują', 'grzmi', 'zwraca', 'zwracają', 'potwierdza',
  'potwierdzają', 'zaprzecza', 'zaprzeczają', 'broni', 'bronią', 'opisuje', 'opisują', 'proponuje', 'proponują',
  'sugeruje', 'sugerują', 'wzywa', 'wzywają', 'prosi', 'proszą', 'zachęca', 'zachęcają', 'prognozuje', 'prognozują',
  'szacuje', 'szacują', 'przewiduje', 'przewidują', 'konkluduje', 'zastrzega', 'zastrzegają', 'obiecuje', 'obiecują',
  'podaje', 'podają', 'dopowiada', 'stwierdzają', 'oświadczają', 'opowiadają', 'relacjonują', 'krytykują',
  'deklarują', 'przestrzegają', 'przekazują', 'tweetuje', 'żartuje', 'woła', 'mówił', 'mówiła',
  'nazywa', 'nazywają', 'określa', 'określają', 'głosi', 'głoszą', 'wtrąca', 'kontruje', 'ripostuje', 'dziwi', 'martwi',
  'irytuje', 'denerwuje', 'rzekł', 'rzekła', 'uciął', 'ucięła', 'ucięli', 'odciął', 'odcięła',
  // impersonal: "– … – czytamy w komunikacie policji", "słyszymy w ministerstwie" (IMPERSONAL below)
  'czytamy', 'słyszymy', 'usłyszeliśmy', 'dowiedzieliśmy', 'podano', 'napisano', 'poinformowano', 'przekazano',
  // moods and manners of saying ("– … – śmieje się", "oponuje")
  'śmieje', 'uśmiecha', 'chwali', 'zachwala', 'zastanawia', 'oburza', 'obrusza', 'złości', 'dopytuje', 'zarzuca',
  'oskarża', 'domaga', 'żąda', 'akcentuje', 'kontynuuje', 'ciągnie', 'nalega', 'upiera', 'wtóruje', 'spekuluje',
  'rozważa', 'docieka', 'oponuje',
  // gestures that frame speech ("wzrusza ramionami: – …", "– … – macha ręką Kowalski")
  'wzrusza', 'wzruszają', 'macha', 'machnął', 'machnęła', 'kiwa', 'kręci', 'rozkłada',
  // the neuter past of bodies and media with a neuter name ("jak dowiedziało się RMF FM", "MSZ poinformowało")
  'dowiedziało', 'ustaliło', 'podało', 'poinformowało', 'przekazało', 'oświadczyło', 'zapowiedziało', 'napisało',
];
/** Abbreviated ranks and titles written before a name: a role, like the word they stand for. */
const RANKS = ['insp', 'nadinsp', 'podinsp', 'mł', 'nadkom', 'kom', 'podkom', 'asp', 'sierż', 'ppor', 'por', 'kpt', 'mjr', 'ppłk', 'płk', 'gen', 'bryg', 'kmdr', 'adm', 'szer', 'kpr', 'plut', 'st', 'prok', 'sędz', 'pos', 'dyr', 'prez', 'przew', 'rzecz',
  'prof', 'dr', 'hab', 'ks', 'mec', 'red', 'abp', 'bp', 'o'];
/** Words whose final dot is their own. */
export const ABBREVIATIONS = [
  'dr', 'Dr', 'prof', 'Prof', 'inż', 'mgr', 'ks', 'św', 'tzw', 'np', 'godz', 'ul', 'tys', 'mln', 'mld', 'r', 'proc', 'im', 'wg', 'gen', 'płk',
  // ranks of the police, the army and the border guard, written before a name ("insp. Mariusz Ciarka", "ppor. Anna Michalska")
  ...RANKS, ...RANKS.map((r) => r[0]!.toUpperCase() + r.slice(1)), 'doc', 'lek', 'm.in', 'ok', 'ws', 'br', 'jw', 'pt', 'tj', 'dot', 'zob', 'wyd', 'pkt', 'art', 'ust', 'ds',
];

export const CUE_VERBS = [...new Set([...forms(PAST, PAST_ENDINGS), ...PRESENT])];

export const AUXILIARIES = [
  'się', 'też', 'także', 'również', 'jeszcze', 'już', 'potem', 'wtedy', 'nam', 'mi', 'mu', 'jej', 'im',
  // adverbs of manner between the verb and its subject ("– … – śmiała się gorzko prezydent Łodzi")
  'gorzko', 'krótko', 'stanowczo', 'ostro', 'spokojnie', 'szczerze', 'otwarcie', 'wprost', 'żartobliwie', 'ironicznie',
  'zdecydowanie', 'dobitnie', 'jednoznacznie', 'wyraźnie', 'lakonicznie', 'wymijająco', 'ostrożnie', 'optymistycznie',
  'sceptycznie', 'krytycznie', 'dyplomatycznie', 'emocjonalnie', 'cicho', 'głośno', 'szybko', 'natychmiast', 'zaraz',
];
/** "according to" phrases before their source, words separated by spaces. */
export const ACCORDING_BEFORE = ['według', 'zdaniem', 'wedle', 'jak twierdzi', 'jak mówi', 'jak podaje', 'jak informuje', 'jak podkreśla', 'jak zaznacza', 'w opinii', 'w ocenie'];
export const ACCORDING_AFTER: string[] = [];

export const PRONOUNS = ['on', 'ona', 'niego', 'niej', 'jego', 'jej'];
export const DETERMINERS = ['ten', 'ta', 'to', 'tego', 'tej', 'tym', 'jego', 'jej', 'ich', 'swój', 'swoja', 'swojego', 'nasz', 'nasza'];
export const NAME_PARTICLES = ['de', 'von', 'van', 'da', 'der', 'den', 'di', 'la', 'le', 'del'];
export const STOPWORDS = [
  'ale', 'i', 'oraz', 'lub', 'albo', 'czy', 'a', 'że', 'bo', 'ponieważ', 'choć', 'chociaż', 'jeśli', 'jeżeli', 'gdy',
  'kiedy', 'jak', 'gdzie', 'podczas', 'w', 'we', 'z', 'ze', 'na', 'do', 'od', 'po', 'przy', 'przez', 'dla', 'bez', 'o',
  'u', 'za', 'pod', 'nad', 'przed', 'między', 'według', 'zdaniem', 'wobec', 'mimo', 'nie', 'tak', 'już', 'też', 'także',
  'również', 'jednak', 'więc', 'zatem', 'potem', 'teraz', 'dziś', 'dzisiaj', 'wczoraj', 'jutro', 'tu', 'tam', 'to', 'ten',
  'ta', 'tego', 'tej', 'ci', 'te', 'wszyscy', 'wszystko', 'każdy', 'bardzo', 'więcej', 'mniej', 'nigdy', 'zawsze',
  'poniedziałek', 'wtorek', 'środa', 'środę', 'czwartek', 'piątek', 'sobota', 'sobotę', 'niedziela', 'niedzielę',
  'styczeń', 'stycznia', 'luty', 'lutego', 'marzec', 'marca', 'kwiecień', 'kwietnia', 'maj', 'maja', 'czerwiec',
  'czerwca', 'lipiec', 'lipca', 'sierpień', 'sierpnia', 'wrzesień', 'września', 'październik', 'października',
  'listopad', 'listopada', 'grudzień', 'grudnia', 'jest', 'są', 'był', 'była', 'było', 'byli', 'będzie', 'ja', 'my', 'wy',
  'oni', 'one', 'kto', 'co', 'panie', 'państwo', 'się',
  // adverbs of time and sequence that open a sentence with a capital ("Wcześniej Polak ograł …" names no one)
  'wcześniej', 'później', 'następnie', 'wkrótce', 'niedawno', 'ostatnio', 'obecnie', 'dotychczas', 'tymczasem',
  'natomiast', 'ponadto', 'wreszcie', 'najpierw', 'dlatego', 'jednocześnie', 'wówczas', 'wtedy', 'dopiero', 'nadal',
  'wciąż', 'ostatecznie', 'wieczorem',
];
export const SUBORDINATORS = ['że', 'czy', 'jak', 'iż', 'by', 'aby'];
export const VAGUE_HEADS = [
  'eksperci', 'ekspertów', 'ekspertami', 'źródła', 'źródeł', 'źródło', 'analitycy', 'analityków', 'obserwatorzy',
  'obserwatorów', 'specjaliści', 'specjalistów', 'komentatorzy', 'komentatorów', 'świadkowie', 'świadków', 'mieszkańcy',
  'mieszkańców', 'krytycy', 'krytyków', 'dyplomaci', 'dyplomatów', 'ekonomiści', 'ekonomistów', 'naukowcy', 'naukowców',
  // ("Jeden z uratowanych przyznał …": one of a group, someone unnamed)
  'jeden', 'jedna', 'jedno',
];

/** Nouns of nationality, capitalised in Polish ("– … – mówił Portugalczyk"): a description of a person, never a name. */
export const NATIONALITY_NOUNS = [
  'polak', 'polka', 'niemiec', 'niemka', 'francuz', 'francuzka', 'włoch', 'włoszka', 'hiszpan', 'hiszpanka', 'portugalczyk',
  'portugalka', 'anglik', 'angielka', 'brytyjczyk', 'brytyjka', 'szkot', 'szkotka', 'irlandczyk', 'irlandka', 'amerykanin',
  'amerykanka', 'kanadyjczyk', 'kanadyjka', 'rosjanin', 'rosjanka', 'ukrainiec', 'ukrainka', 'białorusin', 'białorusinka', 'litwin',
  'litwinka', 'łotysz', 'łotyszka', 'estończyk', 'estonka', 'czech', 'czeszka', 'słowak', 'słowaczka', 'węgier', 'węgierka',
  'rumun', 'rumunka', 'bułgar', 'bułgarka', 'serb', 'serbka', 'chorwat', 'chorwatka', 'słoweniec', 'słowenka', 'austriak',
  'austriaczka', 'szwajcar', 'szwajcarka', 'holender', 'holenderka', 'belg', 'belgijka', 'duńczyk', 'dunka', 'szwed', 'szwedka',
  'norweg', 'norweżka', 'fin', 'finka', 'grek', 'greczynka', 'turek', 'turczynka', 'izraelczyk', 'izraelka', 'chińczyk',
  'chinka', 'japończyk', 'japonka', 'brazylijczyk', 'brazylijka', 'argentyńczyk', 'argentynka', 'australijczyk', 'australijka',
  'gruzin', 'gruzinka', 'kazach', 'kazaszka',
];
export const ROLE_NOUNS = [
  ...NATIONALITY_NOUNS,
  'minister', 'ministra', 'ministrem', 'premier', 'premiera', 'premierem', 'prezydent', 'prezydenta', 'prezydentem',
  'rzecznik', 'rzeczniczka', 'rzecznika', 'dyrektor', 'dyrektorka', 'burmistrz', 'prezydentka', 'poseł', 'posłanka',
  'posła', 'senator', 'senatorka', 'szef', 'szefowa', 'szefa', 'sekretarz', 'doradca', 'sędzia', 'adwokat', 'prokurator',
  'profesor', 'profesorka', 'badacz', 'badaczka', 'ekonomista', 'ekonomistka', 'ekspert', 'ekspertka', 'analityk',
  'analityczka', 'wojewoda', 'ambasador', 'lider', 'liderka', 'przewodniczący', 'przewodnicząca', 'prezes', 'prezeska',
  'założyciel', 'kandydat', 'kandydatka', 'trener', 'kapitan', 'lekarz', 'lekarka', 'autor', 'autorka', 'dziennikarz',
  'dziennikarka', 'przedstawiciel', 'przedstawicielka', 'wicepremier', 'marszałek', 'kanclerz', 'polityk', 'polityka',
  'wiceminister', 'szefowej',
  // "pan Tadeusz", "pani Janina": a person named by the given name alone
  'pan', 'pani', 'pana', 'panu', 'panią',
  // the abbreviated ranks and titles ("insp. Ciarka", "prof. Jana Kowalskiego"), with their dot
  ...RANKS.map((r) => `${r}.`), 'dr',
  'rozmówca', 'rozmówczyni', 'policjant', 'policjantka', 'funkcjonariusz', 'funkcjonariuszka', 'szkoleniowiec', 'zawodnik',
  'zawodniczka', 'emeryt', 'emerytka', 'sąsiad', 'sąsiadka', 'świadek', 'politolożka', 'socjolożka', 'naukowiec', 'naukowczyni',
  'prawnik', 'prawniczka', 'psycholog', 'psycholożka', 'tenisista', 'tenisistka', 'siatkarz', 'siatkarka', 'pomocnik',
  'sportowiec', 'mistrz', 'mistrzyni', 'reprezentant', 'reprezentantka', 'strażak', 'żołnierz', 'oficer', 'polityczka',
  'parlamentarzysta', 'parlamentarzystka', 'samorządowiec', 'historyczka', 'konstytucjonalista', 'ratownik', 'ratowniczka',
  'nauczyciel', 'nauczycielka', 'student', 'studentka', 'kierowca', 'wolontariusz', 'wolontariuszka', 'pielęgniarka',
  'specjalista', 'specjalistka',
  'wiceprezydent', 'urzędnik', 'urzędniczka', 'związkowiec', 'zastępca', 'zastępczyni', 'radny', 'radna',
  'starosta', 'wójt', 'proboszcz', 'biskup', 'sędzina', 'inżynier', 'socjolog', 'politolog', 'historyk', 'epidemiolog', 'wirusolog', 'konsultant', 'mieszkaniec', 'mieszkanka', 'rolnik', 'rolniczka', 'przedsiębiorca', 'pułkownik', 'generał', 'komendant', 'komendantka', 'selekcjoner', 'piłkarz', 'napastnik', 'bramkarz', 'obrońca', 'europoseł', 'europosłanka', 'działacz', 'działaczka', 'aktywista', 'aktywistka', 'pracownik', 'pracownica', 'inspektor', 'rzeczniczki', 'ministrę', 'wiceministra', 'przewodniczącego', 'sołtys', 'dowódca', 'wiceprezes', 'menedżer', 'właściciel', 'właścicielka',
  'reżyser', 'reżyserka', 'aktor', 'aktorka', 'artysta', 'artystka', 'pisarz', 'pisarka', 'twórca', 'twórczyni', 'muzyk', 'piosenkarz', 'piosenkarka', 'wokalista', 'wokalistka', 'krytyk', 'krytyczka', 'laureat', 'laureatka', 'premierka',
  'muzyczka', 'pianista', 'pianistka', 'skrzypek', 'skrzypaczka', 'gitarzysta', 'gitarzystka', 'kompozytor', 'kompozytorka', 'dyrygent', 'dyrygentka',
  'przyjmujący', 'atakujący', 'rozgrywający', 'środkowy', 'skrzydłowy',
];
export const COUNTRY_ADJECTIVES = adjectives({ rosyjsk: 'Russia', chińsk: 'China', ukraińsk: 'Ukraine', amerykańsk: 'United States', brytyjsk: 'United Kingdom', niemieck: 'Germany', francusk: 'France', włosk: 'Italy', hiszpańsk: 'Spain', tureck: 'Turkey', izraelsk: 'Israel', irańsk: 'Iran', węgiersk: 'Hungary' }, ['i', 'iego', 'im', 'a', 'iej', 'ą']);

/** Institutions written with a capital: bodies, never a person's name. */
export const INSTITUTIONS = [
  'rząd', 'rządu', 'sejm', 'sejmu', 'sejmie', 'senat', 'senatu', 'senacie', 'ministerstwo', 'ministerstwa', 'policja', 'policji', 'prokuratura', 'prokuratury',
  'komisja', 'komisji', 'unia', 'unii', 'trybunał', 'kreml', 'kremla', 'kremlu', 'zachód', 'zachodu', 'zachodowi', 'sojusz', 'sojuszu',
  // countries, which speak as bodies ("Rosja odrzuciła", "Według Zełenskiego Rosja przygotowuje …"), never a person's name
  'polska', 'polski', 'polsce', 'polskę', 'rosja', 'rosji', 'rosję', 'ukraina', 'ukrainy', 'ukrainie', 'ukrainę', 'niemcy', 'niemiec',
  'niemczech', 'francja', 'francji', 'francję', 'chiny', 'chin', 'chinach', 'białoruś', 'białorusi', 'izrael', 'izraela', 'izraelu',
  'iran', 'iranu', 'węgry', 'węgier', 'litwa', 'litwy', 'litwie', 'łotwa', 'łotwy', 'estonia', 'estonii', 'czechy', 'czech',
  'słowacja', 'słowacji', 'włochy', 'włoch', 'hiszpania', 'hiszpanii', 'turcja', 'turcji', 'ameryka', 'ameryki', 'europa', 'europy',
  'europie', 'bruksela', 'waszyngton', 'waszyngtonu', 'moskwa', 'moskwy', 'kijów', 'kijowa', 'pekin', 'pekinu', 'warszawa', 'warszawy',
];

/** Endings of one-word names of bodies (none: bodies are several words here). */
export const BODY_ENDINGS: string[] = [];

/** Relative pronouns that open a clause after a comma. */
export const RELATIVES = ['który', 'która', 'którzy', 'które'];

/** Definite articles: a description with one takes up someone named before. */
export const DEFINITE_ARTICLES: string[] = [];

/** Beginnings of words that head a body's name, with any case ending after them (Instytut, Instytutu;
 * Ministerstwo, Ministerstwa; Urząd, Urzędu; Agencja, Agencji). */
export const BODY_WORDS = ['instytut', 'ministerstw', 'urząd', 'urzęd', 'agencj', 'komisj', 'rada', 'rady', 'radzie', 'sąd', 'sądu', 'sądzie', 'trybunał', 'prokuratur', 'policj', 'straż', 'inspektorat', 'inspekcj', 'biur', 'ośrod', 'centrum', 'fundacj', 'stowarzyszeni', 'związ', 'uniwersytet', 'akademi', 'bank', 'banku', 'rząd', 'kancelari', 'zarząd', 'wojewódz', 'starostw', 'sejm', 'senat', 'ratusz', 'gus', 'nbp', 'imgw', 'nfz', 'zus', 'nik',
  'komend', 'konfederacj', 'federacj', 'izba', 'izby', 'izbie', 'partia', 'partii', 'klub', 'klubu', 'koalicj', 'porozumieni', 'zrzeszeni',
  'szpital', 'muzeum', 'ambasad', 'konsulat', 'episkopat', 'kuria', 'kurii', 'parlament', 'sztab', 'dowództw', 'spółk', 'kolegium'];
/** Words that go on a body's name after its head ("Instytut Meteorologii i Gospodarki Wodnej", "Rzecznik Praw Obywatelskich"). */
export const BODY_LINKS = ['i', 'do', 'ds'];
export const HEARER_PREPOSITIONS: string[] = [];
/** Dative nouns for whom one speaks to ("powiedział dziennikarzom"). */
export const HEARER_WORDS = ['dziennikarzom', 'mediom', 'reporterom', 'reporterowi', 'dziennikarce', 'dziennikarzowi', 'nam', 'mieszkańcom', 'portalowi', 'naszemu portalowi', 'naszej redakcji', 'naszej gazecie', 'gazecie', 'telewizji', 'rozgłośni', 'agencji'];
export const GIVEN_MALE = [
  'andrzej', 'tomasz', 'piotr', 'krzysztof', 'jan', 'stanisław', 'paweł', 'marcin', 'michał', 'marek', 'grzegorz',
  'jerzy', 'tadeusz', 'adam', 'łukasz', 'zbigniew', 'ryszard', 'dariusz', 'henryk', 'mariusz', 'kazimierz', 'wojciech',
  'robert', 'mateusz', 'marian', 'rafał', 'jacek', 'janusz', 'mirosław', 'maciej', 'sławomir', 'jarosław', 'kamil',
  'wiesław', 'roman', 'władysław', 'jakub', 'artur', 'zdzisław', 'edward', 'mieczysław', 'damian', 'dawid', 'przemysław',
  'sebastian', 'czesław', 'leszek', 'daniel', 'waldemar', 'radosław', 'szymon', 'bogdan', 'donald', 'lech', 'bronisław',
  'borys', 'witold', 'bartosz', 'hubert', 'kacper', 'filip', 'igor', 'konrad',
  'szczepan', 'karol', 'ireneusz', 'zygmunt', 'bogusław', 'stefan', 'józef', 'antoni', 'aleksander', 'ludwik', 'julian',
  'patryk', 'dominik', 'emil', 'arkadiusz', 'norbert', 'przemek', 'kuba', 'wacław', 'eugeniusz', 'lucjan', 'gabriel',
  'oskar', 'remigiusz', 'cezary', 'krystian', 'miłosz', 'wiktor', 'ignacy', 'franciszek', 'kajetan',
  // names of foreign leaders and officials as the Polish press writes them
  'władimir', 'wołodymyr', 'dmitrij', 'siergiej', 'aleksandr', 'aleksiej', 'jewgienij', 'michaił', 'nikołaj', 'jurij',
  'witalij', 'ołeksandr', 'dmytro', 'andrij', 'serhij', 'denys', 'ołeh', 'rustem', 'emmanuel', 'olaf', 'joe',
  'recep', 'benjamin', 'xi', 'narendra', 'keir', 'rishi', 'volodymyr', 'viktor', 'friedrich', 'antonio', 'charles',
  'adrian', 'albert', 'aleksy', 'alfred', 'ambroży', 'anatol', 'apolinary', 'arnold', 'august', 'bartłomiej',
  'benedykt', 'błażej', 'bogumił', 'bolesław', 'cyprian', 'edmund', 'eryk', 'fabian', 'feliks', 'ferdynand',
  'florian', 'fryderyk', 'gerard', 'gustaw', 'hieronim', 'joachim', 'juliusz', 'klemens', 'konstanty', 'kornel',
  'ksawery', 'leon', 'leonard', 'maksymilian', 'marcel', 'maurycy', 'mikołaj', 'natan', 'nikodem', 'olgierd',
  'seweryn', 'teodor', 'tymon', 'tymoteusz', 'walenty', 'zenon', 'goncalo', 'marco', 'paulo', 'luis', 'jose',
  'carlos', 'pedro', 'juan', 'diego', 'sergio', 'fernando', 'ricardo', 'giorgio', 'giuseppe', 'luca', 'matteo',
  'hans', 'klaus', 'jürgen', 'wolfgang', 'thomas', 'michael', 'peter', 'john', 'james', 'david', 'mark', 'paul',
  'george', 'barack', 'boris', 'angela',
  'sobiesław',
  'ernest', 'jurand',
];
export const GIVEN_FEMALE = [
  // (not Nikola: a man's name in the Balkans, Nikola Grbić, Nikola Jokić)
  'anna', 'maria', 'katarzyna', 'małgorzata', 'agnieszka', 'barbara', 'ewa', 'krystyna', 'elżbieta', 'zofia', 'teresa',
  'magdalena', 'joanna', 'janina', 'monika', 'danuta', 'jadwiga', 'aleksandra', 'halina', 'irena', 'beata', 'marta',
  'dorota', 'karolina', 'jolanta', 'iwona', 'grażyna', 'natalia', 'paulina', 'justyna', 'agata', 'bożena', 'urszula',
  'renata', 'sylwia', 'izabela', 'kinga', 'aneta', 'marzena', 'hanna', 'wanda', 'lucyna', 'alicja', 'dominika',
  'ursula', 'kamala', 'giorgia', 'kaja', 'roberta', 'ilona', 'edyta', 'weronika', 'gabriela', 'klaudia',
  'patrycja', 'emilia', 'julia', 'zuzanna', 'wiktoria', 'lidia', 'stanisława', 'leokadia', 'mirosława',
  'bogumiła', 'genowefa', 'helena', 'róża', 'olga', 'nina', 'ewelina', 'daria', 'kamila', 'lena', 'michalina',
  'ada', 'adela', 'adrianna', 'alina', 'amelia', 'angelika', 'anita', 'antonina', 'bogusława', 'celina', 'czesława',
  'dagmara', 'elwira', 'eliza', 'felicja', 'honorata', 'józefa', 'kornelia', 'ksenia', 'laura', 'liliana', 'ludmiła',
  'łucja', 'magda', 'maja', 'malwina', 'marianna', 'marlena', 'martyna', 'matylda', 'milena', 'nadia', 'natasza',
  'oliwia', 'paula', 'roksana', 'sabina', 'sandra', 'stefania', 'szymona', 'tamara', 'wiesława', 'żaneta',
  'annalena', 'hillary', 'marine',
  'iga',
];

/** Nouns of a written statement, whose body speaks ("in einer Mitteilung des Ministeriums"). */
export const DOCUMENT_NOUNS = [
  'komunikat', 'komunikacie', 'komunikatu', 'oświadczenie', 'oświadczeniu', 'oświadczenia', 'raport', 'raporcie', 'piśmie', 'wpis',
  'wpisie', 'liście', 'informacji', 'informacja', 'opinia', 'opinii', 'stanowisko', 'stanowisku', 'stanowiska', 'uzasadnienie',
  'uzasadnieniu', 'apel', 'apelu', 'analiza', 'analizie', 'notatka', 'notatce', 'odpowiedź', 'odpowiedzi', 'post', 'poście',
];
/** Verbs whose subject is no one named ("czytamy", "słyszymy", "podano"): the body whose statement it is speaks, or none. */
export const IMPERSONAL = ['czytamy', 'słyszymy', 'usłyszeliśmy', 'dowiedzieliśmy', 'podano', 'napisano', 'poinformowano', 'przekazano'];
/** Prepositions after an impersonal verb that name where the words come from ("słyszymy w ministerstwie", "od rzecznika"). */
export const IMPERSONAL_FROM = ['w', 'we', 'od', 'z', 'ze'];

/** Words that open a title's complement ("le président du club"): the title is then no office of state. */
export const GENITIVE_LINKS: string[] = [];
/** Words before a title that make it a former or future office. */
export const FORMER_WORDS = ['były', 'byłego', 'byłemu', 'byłym', 'była', 'byłej', 'ex', 'przyszły', 'przyszłego', 'nowy', 'nowego', 'ówczesny', 'ówczesnego'];

/** First-person plural possessives: "selon nos informations" is the outlet's own reporting, no one's words. */
export const OWN_WORDS = ['naszych', 'nasza', 'naszej', 'naszego', 'nasze', 'naszą'];

/** Words that join two subjects ("Ana López y Pedro Gómez visitaron …"): a later pronoun may be either's. */
export const COORDINATORS: string[] = ['i', 'oraz', 'a'];

/** Heads of bodies' names in an oblique case and their base form ("Według Instytutu …" → Instytut). */
export const BODY_HEAD_BASES: Record<string, string> = {
  instytutu: 'instytut', instytutem: 'instytut', ministerstwa: 'ministerstwo', ministerstwem: 'ministerstwo', ministerstwu: 'ministerstwo',
  urzędu: 'urząd', urzędem: 'urząd', agencji: 'agencja', agencją: 'agencja', komisji: 'komisja', komisją: 'komisja',
  policji: 'policja', policją: 'policja', prokuratury: 'prokuratura', prokuraturą: 'prokuratura', sądu: 'sąd', sądem: 'sąd',
  rady: 'rada', radą: 'rada', biura: 'biuro', biurem: 'biuro', banku: 'bank', bankiem: 'bank', związku: 'związek',
  związkiem: 'związek', inspektoratu: 'inspektorat', inspekcji: 'inspekcja', fundacji: 'fundacja', uniwersytetu: 'uniwersytet',
  akademii: 'akademia', kancelarii: 'kancelaria', zarządu: 'zarząd', straży: 'straż', ośrodka: 'ośrodek', trybunału: 'trybunał',
  rządu: 'rząd', sejmu: 'sejm', senatu: 'senat', starostwa: 'starostwo', ratusza: 'ratusz',
  konfederacji: 'konfederacja', federacji: 'federacja', komendy: 'komenda', komendzie: 'komenda', izby: 'izba', partii: 'partia',
  klubu: 'klub', koalicji: 'koalicja', porozumienia: 'porozumienie', zrzeszenia: 'zrzeszenie', szpitala: 'szpital',
  ambasady: 'ambasada', konsulatu: 'konsulat', episkopatu: 'episkopat', kurii: 'kuria', parlamentu: 'parlament', sztabu: 'sztab',
  dowództwa: 'dowództwo', spółki: 'spółka', stowarzyszenia: 'stowarzyszenie', kolegium: 'kolegium', urzędzie: 'urząd',
  ministerstwie: 'ministerstwo', instytucie: 'instytut', sądzie: 'sąd',
};

/** Kinds of role whose words may describe the same person: a bare description ("– … – ocenia ekspert") takes up someone
 * named with a role of its kind ("politolog dr Marek Zawada"), not anyone named before. Offices with one holder each
 * (rzecznik, wojewoda, prezes, marszałek) are in none: they are taken up only by the same word. */
// (a nationality describes anyone: "– … – ocenił Serb" takes up the coach named before)
const ANYONE = ['rozmówca', 'rozmówczyni', ...NATIONALITY_NOUNS];
export const ROLE_KINDS: string[][] = [
  [...ANYONE, 'ekspert', 'ekspertka', 'politolog', 'politolożka', 'socjolog', 'socjolożka', 'ekonomista', 'ekonomistka', 'analityk',
    'analityczka', 'profesor', 'profesorka', 'prof.', 'dr', 'hab.', 'naukowiec', 'naukowczyni', 'badacz', 'badaczka', 'specjalista',
    'specjalistka', 'historyk', 'historyczka', 'epidemiolog', 'wirusolog', 'prawnik', 'prawniczka', 'konstytucjonalista',
    'psycholog', 'psycholożka', 'lekarz', 'lekarka', 'konsultant'],
  [...ANYONE, 'polityk', 'polityczka', 'poseł', 'posłanka', 'senator', 'senatorka', 'europoseł', 'europosłanka', 'minister',
    'wiceminister', 'wicepremier', 'szef', 'szefowa', 'lider', 'liderka', 'przewodniczący', 'przewodnicząca', 'parlamentarzysta',
    'parlamentarzystka', 'samorządowiec', 'działacz', 'działaczka', 'radny', 'radna', 'ministra', 'wiceministra', 'premierka'],
  [...ANYONE, 'adwokat', 'adwokatka', 'obrońca', 'obrończyni', 'mecenas', 'mec.', 'pełnomocnik', 'pełnomocniczka', 'radca', 'prawnik',
    'prawniczka'],
  [...ANYONE, 'reżyser', 'reżyserka', 'aktor', 'aktorka', 'artysta', 'artystka', 'pisarz', 'pisarka', 'autor', 'autorka', 'twórca',
    'twórczyni', 'muzyk', 'piosenkarz', 'piosenkarka', 'wokalista', 'wokalistka', 'krytyk', 'krytyczka', 'laureat', 'laureatka',
    'muzyczka', 'pianista', 'pianistka', 'skrzypek', 'skrzypaczka', 'gitarzysta', 'gitarzystka', 'kompozytor', 'kompozytorka', 'dyrygent', 'dyrygentka'],
  [...ANYONE, 'policjant', 'policjantka', 'funkcjonariusz', 'funkcjonariuszka', 'komendant', 'komendantka', 'oficer', 'żołnierz',
    'strażak', 'dowódca', 'generał', 'pułkownik', ...RANKS.map((r) => `${r}.`)],
  [...ANYONE, 'mieszkaniec', 'mieszkanka', 'emeryt', 'emerytka', 'sąsiad', 'sąsiadka', 'świadek', 'pan', 'pani', 'rolnik', 'rolniczka',
    'przedsiębiorca', 'właściciel', 'właścicielka', 'pracownik', 'pracownica'],
  [...ANYONE, 'trener', 'szkoleniowiec', 'selekcjoner', 'zawodnik', 'zawodniczka', 'piłkarz', 'napastnik', 'bramkarz', 'obrońca',
    'kapitan', 'pomocnik', 'tenisista', 'tenisistka', 'przyjmujący', 'atakujący', 'rozgrywający', 'środkowy', 'skrzydłowy', 'siatkarz', 'siatkarka', 'sportowiec', 'mistrz', 'mistrzyni', 'reprezentant',
    'reprezentantka'],
];

/** Roles said of men and women alike ("pani minister", "premier Beata Szydło"): their form tells no gender. */
export const COMMON_GENDER_ROLES = [
  'minister', 'wiceminister', 'premier', 'wicepremier', 'prezydent', 'wiceprezydent', 'dyrektor', 'prezes', 'profesor', 'ambasador',
  'sędzia', 'marszałek', 'burmistrz', 'wojewoda', 'prokurator', 'adwokat', 'sekretarz', 'konsultant', 'dr', 'szef', 'starosta', 'wójt',
  'sołtys', 'inspektor', 'komendant', 'kanclerz', 'senator', 'mecenas', 'rzecznik', 'prof.', 'hab.', ...RANKS.map((r) => `${r}.`),
];

/** Nouns before the title of a work, a programme, a plan or a law in marks ("program „Mieszkanie na start”", "pod
 * hasłem „…”"), in their case forms: the quotation after one is a title. */
export const WORK_NOUNS = [
  'program', 'programu', 'programie', 'programem', 'projekt', 'projektu', 'projekcie', 'ustawa', 'ustawy', 'ustawie', 'ustawę',
  'książka', 'książki', 'książce', 'książkę', 'film', 'filmu', 'filmie', 'serial', 'serialu', 'audycja', 'audycji',
  'akcja', 'akcji', 'akcję', 'kampania', 'kampanii', 'kampanię', 'operacja', 'operacji', 'operację', 'hasło', 'hasła', 'hasłem',
  'haśle', 'gazeta', 'gazety', 'gazecie', 'gazetą', 'dziennik', 'dziennika', 'dzienniku', 'dziennikowi', 'tygodnik', 'tygodnika',
  'tygodniku', 'tygodnikowi', 'magazyn', 'magazynu', 'magazynie', 'portal', 'portalu', 'portalowi', 'piosenka', 'piosenki',
  'piosence', 'płyta', 'płyty', 'płycie', 'album', 'albumu', 'albumie', 'spektakl', 'spektaklu', 'wystawa', 'wystawy', 'wystawie',
  'plan', 'planu', 'planie', 'pakiet', 'pakietu', 'pakiecie', 'tarcza', 'tarczy', 'strategia', 'strategii', 'inicjatywa',
  'inicjatywy', 'festiwal', 'festiwalu', 'konkurs', 'konkursu', 'stowarzyszenie', 'stowarzyszenia', 'fundacja', 'fundacji',
  'partia', 'partii', 'partię', 'komitet', 'komitetu', 'ruch', 'ruchu', 'rozgłośni', 'stacji', 'telewizji', 'radia', 'radiu',
];

/** Prepositions before a title in marks: a short capitalised quotation after one is a title ("w „Faktach po Faktach”"). */
export const ARTICLE_PREPOSITIONS = ['w', 'we', 'z', 'ze', 'do', 'na', 'dla', 'od', 'o', 'przez', 'po', 'za', 'przed', 'nad', 'pod'];

/** Case endings of role nouns ("burmistrza", "prezesowi", "kapitanem"): a role in another case is the same role. */
export const ROLE_CASE_ENDINGS = ['owi', 'iem', 'em', 'ie', 'a', 'u', 'y', 'i', 'ej', 'ą', 'ę'];

/** Descriptions of a body that issues statements, every form a tag or a sentence uses (see issuerDescriptions). */
export const ISSUER_DESCRIPTIONS = ['resort', 'resortu', 'spółka', 'spółki', 'firma', 'firmy', 'koncern', 'koncernu', 'przedsiębiorstwo', 'przedsiębiorstwa', 'klub', 'klubu', 'ministerstwo', 'ministerstwa'];

/** Nouns of kinship: "Son fils Olivier", "Seine Frau Gisela" introduce a person by a given name. */
export const KIN_NOUNS = ['syn', 'córka', 'żona', 'mąż', 'brat', 'siostra', 'matka', 'ojciec', 'mama', 'tata', 'wdowa', 'wdowiec', 'partnerka', 'kuzyn', 'kuzynka', 'wujek', 'ciocia', 'wnuk', 'wnuczka', 'babcia', 'dziadek', 'narzeczona', 'narzeczony', 'szwagier', 'szwagierka'];
/** Words before a description that make it someone new ("– … – skarży się inna mieszkanka", "kolejny świadek"). */
export const OTHER_WORDS = ['inny', 'inna', 'inne', 'innego', 'innej', 'inni', 'kolejny', 'kolejna', 'kolejnego', 'kolejnej', 'kolejni', 'następny', 'następna', 'jeszcze'];
