// German: the words the shared reader needs (src/core/locales/common/read-with-pack.ts).
import { adjectives, forms } from '../../common/lexicon/forms.ts';

/** Weak verbs of saying, by stem: sagt, sagte, sagten, sagen; antwortet, antwortete. */
const WEAK = [
  'sag', 'erklär', 'beton', 'mein', 'forder', 'warn', 'kritisier', 'bericht', 'erzähl', 'ergänz', 'füg', 'versicher',
  'antwort', 'bestätig', 'räum', 'erläuter', 'verkünd', 'mahn', 'bekräftig', 'behaupt', 'glaub', 'vermut', 'schätz',
  'kommentier', 'frag', 'freu', 'urteil', 'resümier', 'bilanzier', 'klag', 'beklag', 'kündig', 'mutmaß', 'erinner',
  'äußer', 'teil', 'schilder', 'stell', 'zitier', 'argumentier', 'widersprech', 'entgegn', 'prognostizier', 'befürcht',
  'hoff', 'betreu', 'sorg', 'wiederhol', 'präzisier', 'unterstreich', 'deut', 'folger', 'lob', 'beschwer',
  'appellier', 'verteidig', 'bemängel', 'prophezei',
  'reagier',
  'twitter',
  // (tags of manner: "schimpfte der Russe", "jubelte sie", "beteuerte der Angeklagte")
  'schimpf', 'jubel', 'spott', 'seufz', 'polter', 'beteuer', 'konter', 'droh', 'stöhn', 'witzel', 'läster', 'scherz',
  'insistier', 'relativier', 'konstatier', 'monier', 'rechtfertig', 'beschwichtig', 'ätz',
];
const WEAK_ENDINGS = ['t', 'te', 'ten', 'en', 'et', 'ete', 'eten'];
/** Strong and irregular forms. */
const STRONG = [
  'schreibt', 'schrieb', 'schrieben', 'schreiben', 'spricht', 'sprach', 'sprachen', 'unterstrich', 'unterstreicht',
  'nennt', 'nannte', 'nannten', 'nennen', 'ruft', 'rief', 'riefen', 'verspricht', 'versprach', 'beschreibt', 'beschrieb',
  'weiß', 'wusste', 'denkt', 'dachte', 'findet', 'fand', 'hält', 'hielt', 'gibt', 'gab', 'heißt', 'hieß', 'widerspricht',
  'widersprach', 'betont', 'gesagt', 'erklärt', 'geschrieben', 'gefordert', 'gewarnt', 'berichtet', 'zitiert',
  'meint', 'meinte', 'ergänzt', 'ergänzte', 'fügt', 'fügte', 'schließt', 'schloss', 'empfiehlt', 'empfahl',
  'hob', 'hebt', 'zeigt', 'zeigte', 'zeigten', 'postete', 'postet',
  'verriet', 'verrät', 'gestand', 'gesteht', 'bestritt', 'bestreitet',
  // separable verbs in a subordinate clause, prefix and verb in one word ("wie die Anklägerin ausführte")
  'ausführte', 'ausführt', 'mitteilte', 'mitteilt', 'hinzufügte', 'ankündigte', 'ankündigt', 'einräumte', 'klarstellte',
  'anmerkte', 'feststellte', 'darlegte', 'zugab', 'bekanntgab', 'hinwies', 'hinweist', 'vorwarf', 'zusicherte', 'festhielt',
  'zurückwies', 'ausführten', 'mitteilten',
];
/** Words whose final dot is their own. */
export const ABBREVIATIONS = ['Dr', 'Prof', 'Hr', 'Fr', 'St', 'bzw', 'ca', 'Nr', 'vgl', 'usw', 'Mio', 'Mrd', 'Jh', 'Abs'];

/** Every form also in Swiss spelling, with ss for ß (heisst, äusserte). */
const swiss = (words: readonly string[]) => words.flatMap((w) => (w.includes('ß') ? [w, w.replace(/ß/g, 'ss')] : [w]));
/** Past participles of the weak verbs with ge- ("gesagt", "gefordert"); not after an unstressed prefix (erklärt,
 * bestätigt, verkündet) nor for -ieren verbs (kritisiert): those are the third person already. */
const participles = WEAK.filter((s) => !/^(?:be|er|ver|ent|zer|ge|emp|miss|wider|unter)/.test(s) && !/ier$/.test(s)).map((s) => `ge${s}${/[dt]$/.test(s) ? 'et' : 't'}`);
/** Participles of separable verbs of saying ("mitgeteilt", "angekündigt"). */
const SEPARABLE = ['mitgeteilt', 'hinzugefügt', 'angekündigt', 'eingeräumt', 'klargestellt', 'angemerkt', 'ausgeführt', 'gesprochen', 'genannt', 'gefragt', 'erklärt'];
export const CUE_VERBS = [...new Set(swiss([...forms(WEAK, WEAK_ENDINGS), ...STRONG, ...participles, ...SEPARABLE]))];

export const TAG_WORDS = ['so'];
export const AUXILIARIES = ['hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'ist', 'sind', 'war', 'waren', 'sei', 'kann', 'muss', 'soll', 'will', 'darf', 'konnte', 'musste', 'sollte', 'wollte', 'sich', 'auch', 'noch', 'dann', 'dazu', 'zudem', 'hinzu', 'ein', 'mit', 'an'];

/** "according to" phrases before their source, words separated by spaces. */
export const ACCORDING_BEFORE = ['laut', 'nach angaben von', 'nach angaben des', 'nach angaben der', 'nach ansicht von', 'nach ansicht des', 'nach ansicht der', 'nach aussage von', 'nach aussagen von', 'nach einschätzung von', 'nach einschätzung des', 'nach einschätzung der', 'gemäß'];
export const ACCORDING_AFTER = ['zufolge'];

export const PRONOUNS = ['er', 'sie', 'ihm', 'ihr'];
export const DETERMINERS = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'sein', 'seine', 'seinen',
  'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'unser', 'unsere',
];
export const NAME_PARTICLES = ['von', 'van', 'der', 'de', 'zu', 'vom'];
export const STOPWORDS = [
  'aber', 'und', 'oder', 'doch', 'denn', 'auch', 'so', 'dann', 'da', 'dort', 'hier', 'jetzt', 'heute', 'gestern', 'morgen',
  'nun', 'noch', 'schon', 'immer', 'nie', 'wie', 'was', 'wer', 'wo', 'warum', 'weil', 'wenn', 'als', 'ob', 'dass', 'damit',
  'obwohl', 'während', 'nach', 'vor', 'seit', 'bei', 'mit', 'von', 'zu', 'zum', 'zur', 'im', 'in', 'am', 'an', 'auf', 'aus',
  'für', 'über', 'unter', 'um', 'durch', 'gegen', 'ohne', 'bis', 'laut', 'trotz', 'wegen', 'es', 'man', 'wir', 'ich',
  'nicht', 'kein', 'keine', 'mehr', 'viele', 'alle', 'einige', 'etwa', 'rund', 'fast', 'nur', 'sehr', 'ganz', 'bereits',
  'zudem', 'außerdem', 'allerdings', 'jedoch', 'trotzdem', 'deshalb', 'daher', 'dabei', 'dazu', 'darum', 'dafür',
  'dagegen', 'davon', 'darauf', 'zunächst', 'zuletzt', 'schließlich', 'inzwischen', 'mittlerweile', 'derzeit',
  'gleichzeitig', 'vielleicht', 'wohl', 'ja', 'nein', 'herr', 'frau', 'montag', 'dienstag', 'mittwoch', 'donnerstag',
  'freitag', 'samstag', 'sonntag', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember', 'ende', 'anfang', 'mitte', 'zufolge', 'gemäß', 'ist', 'sind', 'war', 'waren',
  'sei', 'seien', 'wäre', 'hat', 'haben', 'hatte', 'wird', 'werden', 'wurde', 'kann', 'können', 'muss', 'müssen',
  'soll', 'sollen', 'will', 'wollen', 'jahr', 'jahre', 'jahren', 'prozent', 'euro', 'uhr',
  'gegenüber', 'vorm', 'beim', 'vom',
];
export const SUBORDINATORS = ['dass', 'ob', 'weil', 'wie', 'wenn', 'denn'];
export const VAGUE_HEADS = [
  'experten', 'expertinnen', 'fachleute', 'beobachter', 'beobachtern', 'kreise', 'kreisen', 'regierungskreise',
  'regierungskreisen', 'sicherheitskreise', 'sicherheitskreisen', 'quellen', 'insider', 'insidern', 'analysten',
  'kritiker', 'kritikern', 'diplomaten', 'ökonomen', 'stimmen', 'informanten', 'mitarbeiter', 'anwohner', 'augenzeugen',
];
/** Persons by their country or region ("sagte der Österreicher", "die Französin"), singular: descriptions that take up
 * a person named before, like roles. */
export const DEMONYMS = [
  'österreicher', 'österreicherin', 'schweizer', 'schweizerin', 'franzose', 'französin', 'italiener', 'italienerin',
  'spanier', 'spanierin', 'pole', 'polin', 'russe', 'russin', 'ukrainer', 'ukrainerin', 'amerikaner', 'amerikanerin',
  'brite', 'britin', 'niederländer', 'niederländerin', 'belgier', 'belgierin', 'däne', 'dänin', 'schwede', 'schwedin',
  'norweger', 'norwegerin', 'finne', 'finnin', 'tscheche', 'tschechin', 'ungarin', 'grieche', 'griechin', 'türke',
  'türkin', 'chinese', 'chinesin', 'japaner', 'japanerin', 'inder', 'inderin', 'brasilianer', 'brasilianerin',
  'argentinier', 'argentinierin', 'kanadier', 'kanadierin', 'australier', 'australierin', 'iraner', 'iranerin',
  'jordanier', 'jordanierin', 'portugiese', 'portugiesin', 'rumäne', 'rumänin', 'bulgare', 'bulgarin', 'serbe', 'serbin',
  'kroate', 'kroatin', 'slowake', 'slowakin', 'ire', 'irin', 'schotte', 'schottin', 'mexikaner', 'mexikanerin',
  'kolumbianer', 'kolumbianerin', 'südafrikaner', 'südafrikanerin', 'ägypter', 'ägypterin', 'israeli', 'israelin',
  'bayer', 'bayerin', 'berliner', 'berlinerin', 'hamburgerin', 'münchner', 'münchnerin', 'wienerin', 'kölner',
  'kölnerin', 'sachse', 'sächsin', 'schwabe', 'schwäbin', 'tiroler', 'tirolerin', 'kärntner', 'kärntnerin',
  'steirer', 'steirerin', 'zürcher', 'zürcherin', 'berner', 'bernerin', 'basler', 'baslerin',
  'sozialdemokrat', 'sozialdemokratin', 'christdemokrat', 'christdemokratin', 'demokrat', 'demokratin',
  'republikaner', 'republikanerin',
  // (weak nouns in the accusative and dative: "besiegte den Russen Daniil Medwedew")
  'russen', 'franzosen', 'briten', 'dänen', 'finnen', 'tschechen', 'griechen', 'türken', 'chinesen', 'portugiesen',
  'rumänen', 'bulgaren', 'serben', 'kroaten', 'slowaken', 'schotten',
];
export const ROLE_NOUNS = [
  ...DEMONYMS,
  'sprecher', 'sprecherin', 'chef', 'chefin', 'leiter', 'leiterin', 'direktor', 'direktorin', 'präsident', 'präsidentin',
  'minister', 'ministerin', 'kanzler', 'kanzlerin', 'bürgermeister', 'bürgermeisterin', 'vorsitzende', 'vorsitzender',
  'geschäftsführer', 'geschäftsführerin', 'politiker', 'politikerin', 'abgeordnete', 'abgeordneter', 'experte', 'expertin',
  'forscher', 'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'professor', 'professorin', 'ökonom', 'ökonomin',
  'analystin', 'anwalt', 'anwältin', 'richter', 'richterin', 'kenner', 'kennerin', 'autor', 'autorin', 'trainer',
  'trainerin', 'kapitän', 'händler', 'händlerin', 'unternehmer', 'unternehmerin', 'arzt', 'ärztin', 'biologe', 'biologin',
  'botschafter', 'botschafterin', 'senator', 'senatorin', 'gouverneur', 'general', 'ermittler', 'ermittlerin',
  'staatsanwalt', 'staatsanwältin', 'gründer', 'gründerin', 'inhaber', 'inhaberin', 'kollege', 'kollegin', 'beauftragte',
  'beauftragter', 'vertreter', 'vertreterin', 'mitglied', 'chefs', 'sprecherinnen',
  'vizepräsident', 'vizepräsidentin', 'beamte', 'beamter', 'beamtin', 'gewerkschafter', 'gewerkschafterin', 'stellvertreter', 'stellvertreterin', 'funktionär', 'funktionärin',
  'vater', 'mutter', 'rentner', 'rentnerin', 'student', 'studentin', 'anwohnerin', 'bewohner', 'bewohnerin', 'landwirt',
  'landwirtin', 'wirtin', 'winzer', 'winzerin', 'besucher', 'besucherin', 'kundin', 'schülerin',
  'präfekt', 'landeshauptmann', 'landeshauptfrau', 'bezirkshauptmann', 'bezirkshauptfrau', 'prokurist', 'kläger', 'klägerin', 'angeklagte', 'angeklagter', 'beklagte', 'rätin', 'nationalrat', 'ständerat', 'obfrau', 'obmann', 'landrat', 'landrätin', 'bischof', 'bischöfin', 'ingenieur', 'ingenieurin', 'soziologe', 'soziologin', 'politologe', 'politologin', 'historiker', 'historikerin', 'epidemiologe', 'epidemiologin', 'virologe', 'virologin', 'berater', 'beraterin', 'bäuerin', 'europaabgeordnete', 'oberst', 'kommandeur', 'bundestrainer', 'spieler', 'spielerin', 'stürmer', 'torwart', 'polizeisprecher', 'oberbürgermeister', 'oberbürgermeisterin', 'staatssekretär', 'staatssekretärin', 'aktivist', 'aktivistin', 'rektor', 'rektorin', 'dekan', 'dekanin', 'pfarrer', 'pfarrerin', 'ministerpräsident', 'chefarzt', 'chefärztin', 'vorstand', 'vorstandschef', 'vorstandschefin', 'aufsichtsratschef',
  'investor', 'investorin', 'manager', 'managerin', 'volkswirt', 'volkswirtin', 'regisseur', 'regisseurin', 'intendant', 'intendantin', 'dirigent', 'dirigentin', 'kurator', 'kuratorin', 'sänger',
  'sängerin', 'musiker', 'musikerin', 'künstler', 'künstlerin', 'schriftsteller', 'schriftstellerin', 'journalist',
  'journalistin', 'moderator', 'moderatorin', 'pilot', 'pilotin', 'kommissar', 'kommissarin', 'kardinal', 'papst',
  'gastronom', 'gastronomin', 'zeuge', 'zeugin', 'augenzeugin', 'polizist', 'polizistin', 'soldat', 'soldatin',
  'mediziner', 'medizinerin', 'psychologe', 'psychologin', 'meteorologe', 'meteorologin', 'physiker', 'physikerin',
  'jurist', 'juristin', 'rechtler', 'rechtlerin', 'kandidat', 'kandidatin', 'generalsekretär', 'generalsekretärin',
  'lehrer', 'lehrerin', 'schüler', 'patient', 'patientin', 'eigentümer', 'eigentümerin', 'mieterin', 'coach',
  'nationalspieler', 'titelverteidiger', 'titelverteidigerin', 'weltmeister', 'weltmeisterin', 'olympiasieger',
  'olympiasiegerin', 'routinier', 'angreifer', 'verteidiger', 'verteidigerin',
  // kin and neighbours, as local and tabloid stories name people ("Seine Tochter Anne", "Nachbar Dirk S.")
  'tochter', 'sohn', 'ehefrau', 'ehemann', 'witwe', 'witwer', 'bruder', 'schwester', 'enkel', 'enkelin', 'nachbar', 'nachbarin',
  'fahrer', 'fahrerin', 'rechtsanwalt', 'rechtsanwältin', 'parasitologe', 'parasitologin', 'infektiologe', 'infektiologin',
];
export const COUNTRY_ADJECTIVES = adjectives({
  russisch: 'Russia', chinesisch: 'China', ukrainisch: 'Ukraine', französisch: 'France', amerikanisch: 'United States',
  'us-amerikanisch': 'United States', britisch: 'United Kingdom', polnisch: 'Poland', italienisch: 'Italy',
  spanisch: 'Spain', türkisch: 'Turkey', deutsch: 'Germany', brasilianisch: 'Brazil', israelisch: 'Israel',
  iranisch: 'Iran', japanisch: 'Japan', indisch: 'India', ungarisch: 'Hungary',
}, ['e', 'en', 'er']);

/** Institutions written with a capital: bodies, never a person's name. */
export const INSTITUTIONS = ['bundesregierung', 'regierung', 'bundestag', 'bundesrat', 'kabinett', 'ministerium', 'polizei', 'staatsanwaltschaft', 'kommission', 'union', 'nato', 'uno'];

/** Endings of one-word names of bodies. */
export const BODY_ENDINGS = ['behörde', 'amt', 'ministerium', 'polizei', 'regierung', 'verband', 'institut', 'gericht', 'bank', 'partei', 'kommission', 'agentur', 'zentrum', 'verwaltung', 'senat', 'feuerwehr', 'gewerkschaft', 'konzern', 'stiftung', 'universität', 'klinik', 'kammer', 'ausschuss'];

/** Relative pronouns that open a clause after a comma. */
export const RELATIVES = ['der', 'die', 'das'];

/** Definite articles: a description with one takes up someone named before. */
export const DEFINITE_ARTICLES: string[] = ['der', 'die', 'das', 'den', 'dem', 'des'];

/** Beginnings of words that head a body's name (Institut, Ministerium, Amt, Behörde …), any ending after them. */
export const BODY_WORDS = ['stadt', 'gemeinde', 'landkreis', 'kreis', 'bezirk', 'rathaus', 'institut', 'ministerium', 'amt', 'amts', 'amtes', 'behörde', 'agentur', 'bundesamt', 'landesamt', 'bundesanstalt', 'landesanstalt', 'anstalt', 'kommission', 'verband', 'gericht', 'zentrum', 'zentrale', 'stiftung', 'universität', 'hochschule', 'kammer', 'senat', 'rat', 'rats', 'ausschuss', 'staatsanwaltschaft', 'polizei', 'feuerwehr', 'regierung', 'verwaltung', 'gesellschaft', 'bundesregierung', 'landesregierung', 'stadtverwaltung', 'bundeswehr', 'bank', 'bundesbank'];
/** Words that go on a body's name after its head ("Landesamt für Umwelt", "Institut der deutschen Wirtschaft"). */
export const BODY_LINKS = ['für', 'des', 'der', 'und', 'zur', 'zum'];
/** The hearer's phrase after a verb of saying: "sagte dem NDR", "sagte der Zeitung" is too unsure (der is also a subject). */
export const HEARER_PREPOSITIONS = ['dem', 'gegenüber'];
/** Dative nouns for whom one speaks to. */
export const HEARER_WORDS = ['journalisten', 'reportern', 'medien'];
export const GIVEN_MALE = [
  'klaus', 'jörg', 'uwe', 'jürgen', 'dieter', 'wolfgang', 'günter', 'günther', 'horst', 'helmut', 'werner', 'manfred',
  'gerhard', 'hans', 'heinz', 'karl', 'rolf', 'bernd', 'ralf', 'frank', 'stefan', 'andreas', 'thomas', 'michael',
  'matthias', 'markus', 'christian', 'sebastian', 'tobias', 'florian', 'lukas', 'jonas', 'felix', 'maximilian', 'jan',
  'jens', 'sven', 'torsten', 'thorsten', 'olaf', 'lars', 'dirk', 'volker', 'rüdiger', 'reinhard', 'hubert', 'hubertus',
  'friedrich', 'christoph', 'philipp', 'moritz', 'niklas', 'till', 'timo', 'kai', 'björn', 'carsten', 'karsten', 'ulrich',
  'ingo', 'detlef', 'norbert', 'winfried', 'armin', 'cem', 'boris', 'robert', 'hendrik', 'henning', 'malte', 'ole',
  'benedikt', 'georg', 'johannes', 'josef', 'joachim', 'fritz', 'heiko', 'holger', 'achim', 'eckhard', 'marco', 'mehmet',
  // Austrian and Swiss names, and more German ones
  'gerald', 'thilo', 'severin', 'sigmund', 'urs', 'reto', 'beat', 'ueli', 'pirmin', 'marcel', 'adrian', 'pascal', 'patrick', 'daniel',
  'dominik', 'fabian', 'luca', 'nico', 'simon', 'samuel', 'david', 'martin', 'peter', 'paul', 'alexander', 'oliver',
  'rainer', 'kurt', 'otto', 'ernst', 'erich', 'walter', 'wilhelm', 'heinrich', 'hermann', 'herbert', 'alfred',
  'alois', 'anton', 'franz', 'ferdinand', 'leopold', 'johann', 'sepp', 'gottfried', 'roland', 'hannes', 'harald',
  'erwin', 'gernot', 'gunter', 'gregor', 'konrad', 'konstantin', 'leon', 'elias', 'julian', 'tim', 'tom', 'benjamin',
  'jakob', 'vincent', 'valentin', 'emil', 'anselm', 'arne', 'axel', 'bastian', 'burkhard', 'christof', 'clemens',
  'cornelius', 'dennis', 'edmund', 'egon', 'elmar', 'eberhard', 'ekkehard', 'erik', 'ewald', 'falk', 'gerd',
  'gustav', 'hajo', 'hartmut', 'heribert', 'horst-dieter', 'hugo', 'jochen', 'jost', 'kilian', 'knut', 'lothar',
  'ludwig', 'magnus', 'marius', 'mathias', 'max', 'nils', 'oskar', 'otmar', 'ottmar', 'reinhold', 'richard', 
  'rupert', 'siegfried', 'stephan', 'steffen', 'sönke', 'theo', 'tilman', 'tillmann', 'udo', 'veit', 'waldemar',
  'wilfried', 'wendelin', 'willi', 'wolfram', 'xaver', 'hanspeter', 'hansjörg', 'hans-peter', 'hans-jürgen',
  'karl-heinz', 'klaus-dieter', 'karl-theodor', 'franz-josef',
  'friedrich-wilhelm', 'mario', 'mirko',
  'dario', 'sascha', 'kevin', 'jannik', 'yannick', 'janik', 'lars-erik', 'sigmar', 
];
export const GIVEN_FEMALE = [
  'katrin', 'sabine', 'ursula', 'angela', 'annalena', 'svenja', 'nancy', 'saskia', 'ricarda', 'franziska', 'birgit',
  'petra', 'monika', 'gabriele', 'renate', 'brigitte', 'ingrid', 'helga', 'gisela', 'karin', 'claudia', 'susanne',
  'andrea', 'stefanie', 'steffi', 'julia', 'anna', 'lena', 'lea', 'hannah', 'marie', 'maria', 'sophie', 'laura', 'katharina',
  'kathrin', 'christine', 'christina', 'silke', 'anke', 'heike', 'dörte', 'jutta', 'ute', 'elke', 'doris', 'bettina',
  'manuela', 'nicole', 'anja', 'tanja', 'sandra', 'simone', 'melanie', 'miriam', 'carola', 'cornelia', 'dagmar', 'eva',
  'greta', 'ines', 'luisa', 'malu', 'britta', 'kerstin', 'martina', 'barbara', 'beate', 'frauke', 'judith', 'eliane',
  // Austrian and Swiss names, and more German ones
  'sigrid', 'priska', 'pamela', 'alma', 'leonore', 'edith', 'elfriede', 'erika', 'gertrud', 'gudrun', 'hannelore', 'hedwig',
  'herta', 'hildegard', 'irmgard', 'johanna', 'liselotte', 'margarete', 'margit', 'marianne', 'marlies', 'rosemarie',
  'roswitha', 'traudl', 'veronika', 'waltraud', 'alexandra', 'anita', 'annette', 'antje', 'astrid', 'bärbel',
  'carmen', 'christa', 'dorothea', 'elisabeth', 'ellen', 'emma', 'friederike', 'gabi', 'gesine', 'hanna', 'hedda',
  'heidi', 'henrike', 'isabel', 'isabell', 'jana', 'jasmin', 'jessica', 'josefine', 'juliane', 'karoline', 'katja',
  'kirsten', 'konstanze', 'kristina', 'lara', 'larissa', 'lisa', 'lotte', 'lucia', 'luise', 'magdalena', 'mareike',
  'margot', 'marion', 'marlene', 'mechthild', 'michaela', 'nadine', 'nadja', 'natalie', 'nina', 'nora', 'paula',
  'pia', 'regina', 'rita', 'ronja', 'ruth', 'sabrina', 'sahra', 'sarah', 'silvia', 'sonja', 'stephanie', 'susanna',
  'tamara', 'theresa', 'tina', 'ulrike', 'ulla', 'ursel', 'vanessa', 'verena', 'vera', 'viola', 'wiebke', 'yvonne',
  'zoe', 'brigitta', 'christiane', 'evelyn', 'heidemarie', 'ingeborg',
  'kathleen', 'lilli', 'lena-marie', 'sophia', 'sofia', 'mia', 'emilia', 'leonie', 
  'irene', 'iris', 'jacqueline', 'janine', 'jeannette', 'lydia', 'marina', 
  'nicola', 'olga', 'patricia', 'rebecca', 'romy', 'sibylle', 
  'gabriela', 'agnes', 'anneliese', 'berta', 'dora', 'flavia', 
  'ladina', 'seraina', 'corina', 'nadia', 'esther', 'daniela', 'mirjam', 'rahel',
];

/** Nouns of a written statement, whose body speaks ("in einer Mitteilung des Ministeriums"). */
export const DOCUMENT_NOUNS = ['mitteilung', 'pressemitteilung', 'erklärung', 'stellungnahme', 'presseerklärung', 'schreiben', 'bericht', 'communiqué', 'pressemeldung', 'statement',
  'analyse', 'studie', 'untersuchung', 'gutachten', 'prognose', 'umfrage',
];

/** Words that open a title's complement ("le président du club"): the title is then no office of state. */
export const GENITIVE_LINKS: string[] = ['des', 'der', 'von', 'vom'];
/** Words before a title that make it a former or future office. */
export const FORMER_WORDS = ['frühere', 'früheren', 'früherer', 'ehemalige', 'ehemaligen', 'ehemaliger', 'einstige', 'einstigen', 'damalige', 'damaligen', 'künftige', 'künftigen', 'designierte', 'designierten'];

/** First-person plural possessives: "selon nos informations" is the outlet's own reporting, no one's words. */
export const OWN_WORDS = ['unsere', 'unserer', 'unseren', 'unser', 'unseres'];

/** Words that join two subjects ("Ana López y Pedro Gómez visitaron …"): a later pronoun may be either's. */
export const COORDINATORS: string[] = ['und', 'sowie'];

/** Prepositions fused with a definite article. */
export const ARTICLE_PREPOSITIONS = ['im', 'am', 'beim', 'vom', 'zum', 'zur', 'ins', 'ans'];

/** Phrases that open the sentence after a quotation and hand it to the subject after the verb of saying ("*"):
 * "„…“ Das sagte Außenministerin X", "Dies erklärte X", "Mit diesen Worten reagierte X auf …". */
export const QUOTE_SEQUELS = ['das *', 'dies *', 'mit diesen worten *', 'mit diesen sätzen *', 'so *'];

/** Prepositions after an impersonal tag that name where the words come from ("hieß es aus dem Ministerium", "heißt es bei der SVP"). */
export const IMPERSONAL_FROM = ['aus', 'von', 'bei', 'beim'];

/** Articles of the dative and the genitive only: a phrase that opens with one is no subject. */
export const OBLIQUE_ARTICLES = ['dem', 'den', 'des', 'einem', 'einen', 'eines'];

/** Given names of the other packs that are German words too, so no name in German text (der Roman, die Mark, im
 * August, der Libero, ein Oscar). */
export const NOT_GIVEN_NAMES = [
  'roman', 'mark', 'august', 'libero', 'mercedes', 'lech', 'rosa', 'santo', 'primo', 'stella', 'victoria', 'santiago',
  'salvador', 'alba', 'aurora', 'oscar', 'felice', 'fedele', 'leone', 'ida', 'gaia', 'linda', 'mila', 'ada', 'pina',
  'rina', 'remo', 'dante', 'bianca', 'lula', 'xi', 'esperanza', 'dolores', 'graça', 'santina', 'florencia',
];

/** Descriptions of a body that issues statements, every form a tag or a sentence uses (see issuerDescriptions). */
export const ISSUER_DESCRIPTIONS = ['unternehmen', 'unternehmens', 'konzern', 'konzerns', 'autobauer', 'autohersteller', 'hersteller', 'herstellers', 'firma', 'verein', 'vereins', 'klub', 'klubs', 'club', 'clubs', 'fluggesellschaft', 'airline', 'versicherer', 'versicherers'];

/** Nouns of kinship: "Son fils Olivier", "Seine Frau Gisela" introduce a person by a given name. */
export const KIN_NOUNS = ['sohn', 'tochter', 'frau', 'ehefrau', 'mann', 'ehemann', 'bruder', 'schwester', 'mutter', 'vater', 'witwe', 'witwer', 'lebensgefährtin', 'lebensgefährte', 'partnerin', 'cousine', 'cousin', 'onkel', 'tante', 'neffe', 'nichte', 'enkel', 'enkelin', 'großmutter', 'großvater', 'schwager', 'schwägerin'];
