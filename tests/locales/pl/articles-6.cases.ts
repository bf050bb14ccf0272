// Polish: invented articles (round 6) in genres the earlier batches did not use — an election-night live report, a
// tram drivers' strike (labour dispute), a portrait of a jazz pianist with reviews, a flood with officials and
// residents — with tags whose verb is a gesture ("wzrusza ramionami: –", "macha ręką:", "uśmiecha się:"), a quotation
// standing alone after a sentence about one person, short partial quotations, media and a campaign staff as sources,
// a relative by first name ("jej brat Paweł"), hearers ("naszemu portalowi"), unnamed residents and two persons of
// the same gender. BATCH6 was written before any rule change of round 6 and measured first; BATCH6B after them.
import type { ArticleCase } from '../article-cases.ts';

export const BATCH6: ArticleCase[] = [
  {
    title: 'mayoral election night (live report)',
    paragraphs: [
      'Kraków. Trwa wieczór wyborczy. Według sondażu exit poll w drugiej turze wyborów na prezydenta miasta zmierzą się Anna Wróbel i Tomasz Nowicki. Relacjonujemy na bieżąco.',
      '21:05. W sztabie Anny Wróbel euforia. Kandydatka KO wyszła do zwolenników kilka minut po ogłoszeniu wyników. – To dopiero pierwszy krok. Za dwa tygodnie wygramy – powiedziała.',
      '21:20. Nowicki jest bardziej powściągliwy. Kandydat PiS podziękował wyborcom i zapowiedział, że „walka trwa”. – Kraków potrzebuje zmiany, a nie kontynuacji – podkreślił.',
      '21:34. Rozczarowania nie kryje trzecia w wyścigu Magdalena Sowa. Kandydatka Lewicy wzrusza ramionami: – Wynik jest słabszy, niż się spodziewaliśmy. Nie będę udawać, że jest inaczej.',
      '21:50. Sowa nie chce na razie mówić o poparciu w drugiej turze. „Porozmawiamy z obojgiem kandydatów i zobaczymy, kto traktuje poważnie nasze postulaty”.',
      '22:10. Frekwencja według PKW wyniosła 52 procent. Politolog z Uniwersytetu Jagiellońskiego dr Piotr Zając ocenia, że to „przyzwoity wynik jak na wybory lokalne”. – Decydujące będzie, gdzie pójdą wyborcy Sowy – mówi naszemu portalowi.',
      '22:35. Ustępujący prezydent miasta Jacek Majewski, który nie startował, pogratulował obojgu kandydatom. Majewski przyznał, że kampania była „brutalna”. – Mam nadzieję, że druga tura będzie spokojniejsza – dodał.',
      '22:50. Sztab Nowickiego wydał oświadczenie. „Wynik pokazuje, że krakowianie chcą realnej alternatywy” – czytamy w komunikacie.',
    ],
    open: ['pierwszy krok', 'walka trwa'],
    quotes: [
      ['pierwszy krok', 'Anna Wróbel|Wróbel|Kandydatka'],
      ['walka trwa', 'Tomasz Nowicki|Nowicki|Kandydat'],
      ['potrzebuje zmiany', 'Tomasz Nowicki|Nowicki|Kandydat'],
      ['Wynik jest słabszy', 'Magdalena Sowa|Sowa'],
      ['obojgiem kandydatów', 'Magdalena Sowa|Sowa'],
      ['przyzwoity wynik', 'Piotr Zając|Zając|Politolog'],
      ['gdzie pójdą wyborcy', 'Piotr Zając|Zając|Politolog'],
      ['brutalna', 'Jacek Majewski|Majewski'],
      ['druga tura będzie', 'Jacek Majewski|Majewski'],
      ['realnej alternatywy', /Nowick|[Ss]ztab/],
    ],
  },
  {
    title: 'tram drivers strike (regional portal)',
    paragraphs: [
      'Wrocław. Od poniedziałku na ulice miasta nie wyjechała połowa tramwajów. Motorniczowie MPK rozpoczęli strajk włoski, domagając się podwyżek o 1200 złotych brutto.',
      'Związkowcy twierdzą, że rozmowy z zarządem spółki utknęły w martwym punkcie. – Od pół roku słyszymy, że nie ma pieniędzy. Ludzie mają dość – mówi Krzysztof Baran, przewodniczący komisji zakładowej NSZZ „Solidarność” w MPK.',
      'Baran zapowiada, że jeśli nie będzie porozumienia, w przyszłym tygodniu dojdzie do strajku generalnego. – Nie chcemy utrudniać życia mieszkańcom, ale nie zostawiono nam wyboru.',
      'Zarząd spółki odpiera zarzuty. Prezes MPK Witold Nowak zapewnia, że firma zaproponowała podwyżki o 600 złotych. – Więcej nie udźwigniemy bez pomocy miasta – tłumaczy.',
      'Miasto na razie się nie wypowiada. Rzeczniczka prezydenta Wrocławia Agata Michalska przekazała jedynie, że ratusz „uważnie przygląda się sytuacji”.',
      'Pasażerowie są podzieleni. – Rozumiem ich, sama zarabiam grosze – mówi pani Halina, którą spotkaliśmy na przystanku przy placu Grunwaldzkim. Stojący obok student wzrusza ramionami: – Mnie to nie obchodzi, byle coś jeździło.',
      'Ekspert rynku pracy prof. Marek Lis z Uniwersytetu Ekonomicznego zwraca uwagę, że płace w komunikacji miejskiej od lat nie nadążają za inflacją. – To był problem odkładany latami. Teraz wybuchł – ocenia.',
      'Wieczorem Baran spotkał się z Nowakiem. Po dwóch godzinach rozmów przewodniczący związku wyszedł do dziennikarzy. – Jest pewien postęp, ale strajk trwa – oświadczył.',
    ],
    open: ['pewien postęp'],
    quotes: [
      ['Ludzie mają dość', 'Krzysztof Baran|Baran|przewodniczący'],
      ['utrudniać życia', 'Krzysztof Baran|Baran|przewodniczący'],
      ['nie udźwigniemy', 'Witold Nowak|Nowak|Prezes'],
      ['uważnie przygląda', 'Agata Michalska|Michalska|Rzeczniczka'],
      ['sama zarabiam grosze', 'Halina'],
      ['Mnie to nie obchodzi', null],
      ['odkładany latami', 'Marek Lis|Lis|Ekspert'],
      ['pewien postęp', 'Krzysztof Baran|Baran|przewodniczący'],
    ],
  },
  {
    title: 'portrait of a jazz pianist with reviews (culture weekly)',
    paragraphs: [
      'Kiedy Ewa Lipińska siada do fortepianu, w sali zapada cisza. Pianistka z Katowic wydała właśnie piąty album „Szron”, który krytycy już nazywają jej najlepszym.',
      '– Chciałam nagrać płytę o zimie, ale nie o tej pocztówkowej – mówi, gdy spotykamy się w kawiarni na Nikiszowcu. Uśmiecha się: – Raczej o tej śląskiej, szarej, z dymem z kominów.',
      'Na płycie towarzyszy jej kwartet, w którym na kontrabasie gra jej brat Paweł. – Ewa jest bardzo wymagająca. Potrafi przerwać nagranie po jednym takcie – śmieje się muzyk.',
      'Recenzenci są zachwyceni. Krytyk „Jazz Forum” Adam Wiśniewski napisał, że to „płyta dojrzała i odważna”. Według „Gazety Wyborczej” Lipińska „gra tak, jakby każdy dźwięk kosztował ją wysiłek”.',
      'Sama artystka do recenzji podchodzi z dystansem. Macha ręką: – Nie czytam tego. Kiedyś czytałam i przez tydzień nie mogłam grać.',
      'Muzyki uczyła się od dziecka. Jej pierwsza nauczycielka, Zofia Krawczyk, pamięta ją jako upartą dziewczynkę. – Przychodziła na lekcje godzinę wcześniej i ćwiczyła gamy, dopóki jej nie wyrzuciłam – wspomina dziś 80-letnia pedagog.',
      'Lipińska ma już plany na kolejny rok: trasę po Japonii i płytę z orkiestrą. „Nie umiem stać w miejscu” – przyznaje.',
    ],
    open: ['bardzo wymagająca', 'Nie czytam tego'],
    quotes: [
      ['płytę o zimie', 'Ewa Lipińska|Lipińska|Pianistka'],
      ['z dymem z kominów', 'Ewa Lipińska|Lipińska|Pianistka'],
      ['bardzo wymagająca', 'Paweł|brat|muzyk'],
      ['dojrzała i odważna', 'Adam Wiśniewski|Wiśniewski|Krytyk'],
      ['każdy dźwięk kosztował', /Gazet/],
      ['Nie czytam tego', 'Ewa Lipińska|Lipińska|Pianistka|artystka'],
      ['ćwiczyła gamy', 'Zofia Krawczyk|Krawczyk|nauczycielka|pedagog'],
      ['stać w miejscu', 'Ewa Lipińska|Lipińska|Pianistka'],
    ],
  },
  {
    title: 'flood in a small town (regional portal)',
    paragraphs: [
      'Głuchołazy. Woda w rzece Białej przekroczyła stan alarmowy o ponad metr. W nocy ewakuowano mieszkańców trzech ulic. Starostwo powiatowe w Nysie ogłosiło alarm przeciwpowodziowy.',
      '– Sytuacja jest bardzo poważna, ale opanowana – mówił rano na konferencji prasowej burmistrz Głuchołaz Paweł Szymkowicz. Zaapelował do mieszkańców, by nie wchodzili na wały.',
      'Jak przekazała straż pożarna, w akcji bierze udział ponad 200 strażaków. – Pompujemy wodę z piwnic przez całą dobę – relacjonuje mł. bryg. Tomasz Kowal z komendy powiatowej PSP w Nysie.',
      'Mieszkanka ulicy Kolejowej Barbara Górecka pokazuje zalany parter. – W 1997 roku woda sięgała do sufitu. Myślałam, że to się już nie powtórzy – mówi łamiącym się głosem. Jej mąż Stanisław tylko kiwa głową.',
      '„Nikt nas nie ostrzegł na czas” – skarży się inna mieszkanka, która prosi o zachowanie anonimowości.',
      'Wojewoda opolska Monika Jurek zapowiedziała wsparcie dla poszkodowanych. Każda rodzina może liczyć na 8 tysięcy złotych zasiłku. – Pieniądze zostaną wypłacone w ciągu kilku dni, bez zbędnej biurokracji – zapewniła wojewoda.',
      'Burmistrz odpiera zarzuty o spóźnione ostrzeżenia. Szymkowicz twierdzi, że komunikaty były wysyłane od piątku. „Każdy mieszkaniec dostał SMS z systemu RCB”.',
      'Według IMGW opady mają ustać w środę. Synoptycy ostrzegają jednak przed „drugą falą” na Odrze.',
      'Wieczorem do Głuchołaz przyjechał premier. – Państwo stanie na wysokości zadania – powiedział szef rządu, nie odpowiadając na pytania dziennikarzy.',
    ],
    open: ['drugą falą'],
    quotes: [
      ['bardzo poważna', 'Paweł Szymkowicz|Szymkowicz|burmistrz'],
      ['Pompujemy wodę', 'Tomasz Kowal|Kowal'],
      ['sięgała do sufitu', 'Barbara Górecka|Górecka|Mieszkanka'],
      ['nie ostrzegł na czas', null],
      ['bez zbędnej biurokracji', 'Monika Jurek|Jurek|Wojewoda'],
      ['SMS z systemu', 'Paweł Szymkowicz|Szymkowicz|burmistrz'],
      ['drugą falą', null],
      // (the office's holder on the day of publication, 2023-03-20, is right too)
      ['wysokości zadania', 'premier|szef rządu|Morawiecki'],
    ],
  },
];

/** Written after the rule changes of round 6 and measured untouched first. */
export const BATCH6B: ArticleCase[] = [
  {
    title: 'speedway match with both team managers (sports portal)',
    paragraphs: [
      'Leszno. Fogo Unia Leszno pokonała na własnym torze Betard Spartę Wrocław 48:42 i awansowała na drugie miejsce w tabeli PGE Ekstraligi.',
      'Bohaterem spotkania był Janusz Kołodziej, który zdobył 14 punktów. – Tor był dziś bardzo trudny, ale czułem się na nim jak w domu – powiedział po meczu 39-letni żużlowiec. – Cieszę się, że kibice wyszli ze stadionu zadowoleni.',
      'Menedżer Unii Piotr Baron nie krył zadowolenia. – Chłopaki pojechali jak drużyna. Nikt nie odpuścił ani jednego wyścigu – podkreślił.',
      'Zupełnie inne nastroje panowały w obozie gości. Menedżer Sparty Dariusz Śledź nie szczędził krytyki swoim zawodnikom. – To był nasz najsłabszy mecz w sezonie. Musimy usiąść i porozmawiać – stwierdził.',
      'Śledź skarżył się też na przygotowanie toru. Jego zdaniem nawierzchnia była „za przyczepna” dla jego zawodników. Baron tylko się uśmiechnął, gdy usłyszał te słowa: – Tor był taki sam dla wszystkich.',
      'Lider Sparty Maciej Janowski przyznał, że zespół zawiódł. – Przepraszam kibiców. Wiem, że przyjechali tu za nami kilkaset kilometrów.',
      'Rewanż za dwa tygodnie we Wrocławiu. Śledź zapowiada, że jego drużyna będzie gotowa. „Na swoim torze nie przegramy”.',
    ],
    quotes: [
      ['jak w domu', 'Janusz Kołodziej|Kołodziej|żużlowiec'],
      ['wyszli ze stadionu', 'Janusz Kołodziej|Kołodziej|żużlowiec'],
      ['pojechali jak drużyna', 'Piotr Baron|Baron|Menedżer'],
      ['najsłabszy mecz', 'Dariusz Śledź|Śledź|Menedżer'],
      ['za przyczepna', 'Dariusz Śledź|Śledź|Menedżer'],
      ['taki sam dla wszystkich', 'Piotr Baron|Baron|Menedżer'],
      ['Przepraszam kibiców', 'Maciej Janowski|Janowski|Lider'],
      ['nie przegramy', 'Dariusz Śledź|Śledź|Menedżer'],
    ],
  },
  {
    title: 'trial of a doctor (regional daily)',
    paragraphs: [
      'Lublin. Przed Sądem Okręgowym w Lublinie ruszył proces lekarza oskarżonego o nieumyślne spowodowanie śmierci pacjentki. 54-letni chirurg Marek W. nie przyznaje się do winy.',
      'Prokurator Anna Kwiatkowska przekonywała, że lekarz zlekceważył objawy zapalenia otrzewnej. – Pacjentka przez dziewięć godzin czekała na operację. Gdyby została zoperowana wcześniej, najpewniej by żyła – mówiła w sądzie.',
      'Oskarżony złożył obszerne wyjaśnienia. – Tej nocy miałem na oddziale trzech pacjentów w stanie ciężkim. Podejmowałem decyzje, które wtedy uważałem za słuszne – tłumaczył.',
      'Jego obrońca mec. Tomasz Sikora podważał opinię biegłych. Według niego jest ona „pełna sprzeczności”. – Biegli nie wzięli pod uwagę, w jakich warunkach pracował mój klient – dodał.',
      'Na sali obecny był mąż zmarłej, Krzysztof Lis. Po rozprawie nie krył emocji. – Nie chodzi mi o zemstę. Chcę tylko, żeby nikt więcej nie musiał przez to przechodzić.',
      'Szpital w oświadczeniu przesłanym redakcji podkreślił, że „procedury zostały zmienione”. Dyrektor placówki nie chciał rozmawiać z dziennikarzami.',
      'Kolejna rozprawa odbędzie się w czerwcu. Sąd przesłucha wtedy pielęgniarki, które pełniły dyżur. Sędzia Ewa Nowicka zapowiedziała, że wyrok może zapaść jeszcze przed wakacjami.',
    ],
    open: ['trzech pacjentów', 'o zemstę'],
    quotes: [
      ['dziewięć godzin czekała', 'Anna Kwiatkowska|Kwiatkowska|Prokurator'],
      ['trzech pacjentów', 'Marek W.|Oskarżony|lekarz|chirurg'],
      ['pełna sprzeczności', 'Tomasz Sikora|Sikora|obrońca'],
      ['mój klient', 'Tomasz Sikora|Sikora|obrońca'],
      ['o zemstę', 'Krzysztof Lis|Lis|mąż'],
      ['procedury zostały zmienione', /Szpital/],
    ],
  },
];
