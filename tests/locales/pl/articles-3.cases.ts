// Polish: invented articles (round 3) in the house styles of PAP, a business daily, a regional paper and a sports
// portal — a bank's results, a NATO summit, a mountain rescue, a teachers' protest, a film festival — with their traps:
// a role with an institution in the genitive before a name ("analityk Domu Maklerskiego BOŚ X"), inflected names,
// descriptions that take up a person ("szef MSZ", "rzeczniczka resortu", "prezes spółki"), a verb of the other gender,
// media as sources ("według RMF FM"), dash speech over several paragraphs, someone unnamed between two speakers.
// BATCH1 was written before the rules it tests; BATCH2 and BATCH3 after them, each measured before any fix.
import type { ArticleCase } from '../article-cases.ts';

export const BATCH1: ArticleCase[] = [
  {
    title: 'bank results (business daily)',
    paragraphs: [
      'Bank Pomorski zarobił w trzecim kwartale 812 mln zł, o 14 proc. więcej niż przed rokiem. Wynik okazał się lepszy od oczekiwań rynku.',
      '– To był bardzo dobry kwartał, przede wszystkim dzięki wysokim stopom procentowym – powiedział prezes banku Tomasz Kalinowski podczas konferencji wynikowej.',
      'Prezes spółki zapowiedział, że bank wypłaci akcjonariuszom rekordową dywidendę. – Chcemy dzielić się zyskiem, ale nie kosztem bezpieczeństwa – zaznaczył.',
      'Wiceprezes ds. finansowych Magdalena Ostrowska zwróciła uwagę na rosnące koszty. – Płace w sektorze rosną szybciej niż przychody – mówiła.',
      'Analityk Domu Maklerskiego BOŚ Sobiesław Kozłowski ocenia wyniki jako solidne. – Bank skorzystał na stopach, ale ten efekt będzie słabł – uważa ekspert.',
      'Według „Pulsu Biznesu” bank rozważa przejęcie mniejszego konkurenta. Rzeczniczka banku Anna Wróbel nie chciała tego komentować. – Nie odnosimy się do spekulacji rynkowych – powiedziała.',
    ],
    quotes: [
      ['bardzo dobry kwartał', 'Tomasz Kalinowski|Kalinowski|prezes'],
      ['dzielić się zyskiem', 'Tomasz Kalinowski|Kalinowski|prezes'],
      ['Płace w sektorze', 'Magdalena Ostrowska|Ostrowska|wiceprezes'],
      ['Bank skorzystał na stopach', 'Sobiesław Kozłowski|Kozłowski|ekspert|analityk'],
      ['rozważa przejęcie', /Puls/],
      ['spekulacji rynkowych', 'Anna Wróbel|Wróbel|rzeczniczka'],
    ],
  },
  {
    title: 'NATO summit (PAP)',
    paragraphs: [
      'Wilno (PAP) – Przywódcy państw NATO zakończyli w środę dwudniowy szczyt w stolicy Litwy. Szef MSZ Radosław Sikorski ocenił jego wyniki jako sukces Polski.',
      '– Wschodnia flanka zostanie wzmocniona, o co zabiegaliśmy od miesięcy – powiedział dziennikarzom szef polskiej dyplomacji.',
      'Prezydent Andrzej Duda podkreślał w rozmowie z PAP znaczenie obecności wojsk amerykańskich. „Bez Amerykanów nie ma realnego odstraszania” – stwierdził.',
      'Sekretarz generalny NATO Jens Stoltenberg zapewnił, że Ukraina stanie się członkiem Sojuszu. – Drzwi NATO pozostają otwarte – mówił na konferencji prasowej.',
      'Według RMF FM część delegacji była rozczarowana brakiem konkretnego harmonogramu. Premier Estonii Kaja Kallas przyznała, że oczekiwała więcej. – Ukraina potrzebuje jasnego sygnału, a nie kolejnych obietnic – powiedziała.',
      'Rosyjskie MSZ nazwało decyzje szczytu „prowokacją”. Rzeczniczka resortu Maria Zacharowa oświadczyła, że Moskwa odpowie na rozmieszczenie wojsk.',
    ],
    open: ['prowokacją'],
    quotes: [
      ['Wschodnia flanka', 'Radosław Sikorski|Sikorski|szef MSZ|szef polskiej dyplomacji'],
      ['Bez Amerykanów', 'Andrzej Duda|Duda|prezydent'],
      ['Drzwi NATO', 'Jens Stoltenberg|Stoltenberg|sekretarz generalny'],
      ['rozczarowana brakiem', /RMF/],
      ['jasnego sygnału', 'Kaja Kallas|Kallas|premier Estonii'],
      ['prowokacją', /MSZ/],
      ['Moskwa odpowie', 'Maria Zacharowa|Zacharowa|rzeczniczka resortu'],
    ],
  },
  {
    title: 'mountain rescue (regional paper)',
    paragraphs: [
      'Zakopane. Ratownicy TOPR przez całą noc szukali dwóch turystów, którzy zabłądzili w rejonie Kasprowego Wierchu. Mężczyzn odnaleziono nad ranem, byli wyziębieni, ale przytomni.',
      '– Warunki były bardzo trudne, widoczność spadła do kilku metrów – relacjonował ratownik dyżurny TOPR Marcin Szeliga.',
      '– Turyści nie mieli ze sobą ani latarek, ani ciepłych ubrań. To niestety częsty obraz w tym sezonie.',
      'Naczelnik TOPR Jan Krzysztof zaapelował do turystów o rozsądek. – Góry zimą nie wybaczają błędów – przestrzegał.',
      'Jeden z uratowanych, 27-letni mieszkaniec Łodzi, przyznał, że przecenił swoje siły. – Myśleliśmy, że zdążymy przed zmrokiem – mówił.',
      'Synoptycy IMGW ostrzegają przed kolejnymi opadami śniegu. Jak podaje instytut, w Tatrach obowiązuje trzeci stopień zagrożenia lawinowego.',
    ],
    quotes: [
      ['widoczność spadła', 'Marcin Szeliga|Szeliga|ratownik'],
      ['ani latarek', 'Marcin Szeliga|Szeliga|ratownik'],
      ['nie wybaczają błędów', 'Jan Krzysztof|Krzysztof|naczelnik'],
      ['zdążymy przed zmrokiem', null],
      ['trzeci stopień', /IMGW|instytut/i],
    ],
  },
  {
    title: 'teachers protest (news portal)',
    paragraphs: [
      'Kilka tysięcy nauczycieli protestowało w sobotę przed Ministerstwem Edukacji Narodowej. Związkowcy domagają się podwyżek o 20 procent.',
      'Prezes ZNP Sławomir Broniarz nie szczędził ministerstwu krytyki. – Nauczyciele są zmęczeni obietnicami. Chcemy konkretów, a nie kolejnych zespołów roboczych – mówił ze sceny.',
      'Ministra edukacji Barbara Nowacka zaprosiła związkowców na rozmowy. – Drzwi mojego gabinetu są zawsze otwarte – powiedziała w Polsat News. Szefowa MEN przyznała jednak, że budżet nie pozwala na tak duże podwyżki.',
      '– Szanuję determinację nauczycieli, ale muszę patrzeć na finanse państwa.',
      'Wśród protestujących była Ewa Malinowska, polonistka z Lublina. – Zarabiam mniej niż kasjerka w markecie. To upokarzające – mówi.',
      'Rzecznik MEN Piotr Nowak przekazał, że rozmowy odbędą się w przyszłym tygodniu. Zdaniem Broniarza to „gra na czas”.',
    ],
    quotes: [
      ['zmęczeni obietnicami', 'Sławomir Broniarz|Broniarz|prezes ZNP'],
      ['zawsze otwarte', 'Barbara Nowacka|Nowacka|szefowa MEN|ministra'],
      ['Szanuję determinację', 'Barbara Nowacka|Nowacka|szefowa MEN|ministra'],
      ['Zarabiam mniej', 'Ewa Malinowska|Malinowska|polonistka'],
      ['gra na czas', 'Sławomir Broniarz|Broniarz|prezes ZNP'],
    ],
  },
  {
    title: 'film festival (culture page)',
    paragraphs: [
      'Złote Lwy festiwalu w Gdyni trafiły do filmu „Cisza po burzy” w reżyserii Agnieszki Holland. Reżyserka odebrała nagrodę ze wzruszeniem.',
      '– Ten film robiliśmy pięć lat, w bardzo trudnych warunkach. Dziękuję całej ekipie – powiedziała ze sceny.',
      'Przewodniczący jury Krzysztof Zanussi chwalił odwagę twórców. – To kino, które nie boi się zadawać pytań – ocenił.',
      'Nagrodę za najlepszą rolę męską otrzymał Dawid Ogrodnik. – Nie spodziewałem się tego. Jestem w szoku – mówił aktor tuż po gali.',
      'Krytyczka filmowa Małgorzata Sadowska zwraca uwagę na słabszy niż rok temu konkurs. Jej zdaniem zabrakło filmów, które zostaną w pamięci na dłużej.',
      '„Widzowie oczekują od polskiego kina więcej” – napisała w recenzji dla „Tygodnika Powszechnego”.',
    ],
    open: ['robiliśmy pięć lat'],
    quotes: [
      ['robiliśmy pięć lat', 'Agnieszka Holland|Holland|reżyserka'],
      ['nie boi się zadawać', 'Krzysztof Zanussi|Zanussi|przewodniczący jury'],
      ['Jestem w szoku', 'Dawid Ogrodnik|Ogrodnik|aktor'],
      ['zabrakło filmów', 'Małgorzata Sadowska|Sadowska|krytyczka'],
      ['oczekują od polskiego kina', 'Małgorzata Sadowska|Sadowska|krytyczka'],
    ],
  },
];

export const BATCH2: ArticleCase[] = [
  {
    title: 'court: a mayor on trial (regional paper)',
    paragraphs: [
      'Sąd Rejonowy w Sosnowcu rozpoczął w poniedziałek proces byłego burmistrza Będzina Łukasza Komoniewskiego. Prokuratura zarzuca mu ustawianie przetargów na budowę dróg.',
      '– Oskarżony przyjął co najmniej 200 tysięcy złotych korzyści majątkowej – mówiła prokurator Joanna Smorczewska, odczytując akt oskarżenia.',
      'Były burmistrz nie przyznał się do winy. – Nigdy nie wziąłem żadnych pieniędzy. To polityczna zemsta moich przeciwników – powiedział przed sądem.',
      'Jego obrońca mec. Tomasz Gruszka przekonywał, że zeznania świadków są sprzeczne. Według adwokata kluczowy świadek ma „poważne problemy z pamięcią”.',
      'Jeden z przedsiębiorców, który zeznawał jako świadek, opowiadał o spotkaniach w ratuszu. – Dostawaliśmy jasny sygnał, ile trzeba zapłacić, żeby wygrać przetarg.',
      'Sędzia Monika Bielawska odroczyła rozprawę do 12 marca.',
    ],
    quotes: [
      ['200 tysięcy', 'Joanna Smorczewska|Smorczewska|prokurator'],
      ['Nigdy nie wziąłem', 'Łukasz Komoniewski|Komoniewski|burmistrz'],
      ['poważne problemy z pamięcią', 'Tomasz Gruszka|Gruszka|adwokat|obrońca'],
      ['jasny sygnał', null],
    ],
  },
  {
    title: 'volleyball final (sports portal)',
    paragraphs: [
      'Reprezentacja Polski siatkarzy pokonała w finale Ligi Narodów Stany Zjednoczone 3:1. Najlepszym zawodnikiem turnieju wybrano Wilfredo Leona.',
      '– To zwycięstwo dedykuję mojej rodzinie, która była ze mną w najtrudniejszych chwilach – powiedział wzruszony przyjmujący.',
      'Trener Nikola Grbić był zadowolony z postawy drużyny, choć nie ukrywał, że w drugim secie zespół miał kryzys. – Straciliśmy koncentrację, ale chłopcy szybko się pozbierali – ocenił Serb.',
      '– Przed igrzyskami mamy jeszcze dużo pracy.',
      'Kapitan Bartosz Kurek przyznał w rozmowie z Polsatem Sport, że drużyna czuje presję. – Wszyscy oczekują od nas złota. Musimy sobie z tym radzić – mówił atakujący.',
      'Według „Przeglądu Sportowego” Grbić ogłosi skład na igrzyska pod koniec czerwca.',
    ],
    quotes: [
      ['dedykuję mojej rodzinie', 'Wilfredo Leon|Leon|przyjmujący'],
      ['Straciliśmy koncentrację', 'Nikola Grbić|Grbić|Serb|trener'],
      ['Przed igrzyskami', 'Nikola Grbić|Grbić|Serb|trener'],
      ['oczekują od nas złota', 'Bartosz Kurek|Kurek|atakujący|kapitan'],
      ['skład na igrzyska', /Przegl/],
    ],
  },
  {
    title: 'energy prices (PAP economy)',
    paragraphs: [
      'Warszawa (PAP) – Rząd przyjął we wtorek projekt ustawy zamrażającej ceny energii dla gospodarstw domowych do końca roku. Ministra klimatu Paulina Hennig-Kloska zapewniła, że rachunki nie wzrosną.',
      '– Żadna rodzina nie zapłaci więcej niż w ubiegłym roku – powiedziała na konferencji prasowej szefowa resortu klimatu.',
      'Wiceminister finansów Jurand Drop szacuje koszt mrożenia cen na 9 mld zł. Jak zaznaczył, pieniądze pochodzić będą z Funduszu Wypłat Różnicy Ceny.',
      'Ekonomiści są sceptyczni. – To rozwiązanie doraźne, które nie zachęca do oszczędzania energii – ocenia główny ekonomista Banku Pekao Ernest Pytlarczyk. Jego zdaniem mrożenie cen opóźni spadek inflacji.',
      'Z kolei prezes Urzędu Regulacji Energetyki Rafał Gawin zwraca uwagę na sytuację spółek obrotu. „Sprzedawcy muszą mieć pewność, że rekompensaty zostaną wypłacone na czas” – napisał w komunikacie.',
      'Jak dowiedziało się RMF FM, projekt trafi do Sejmu jeszcze w tym miesiącu.',
    ],
    quotes: [
      ['Żadna rodzina', 'Paulina Hennig-Kloska|Hennig-Kloska|szefowa resortu|ministra'],
      ['Funduszu Wypłat', 'Jurand Drop|Drop|wiceminister'],
      ['rozwiązanie doraźne', 'Ernest Pytlarczyk|Pytlarczyk|ekonomista'],
      ['opóźni spadek inflacji', 'Ernest Pytlarczyk|Pytlarczyk|ekonomista'],
      ['rekompensaty zostaną', 'Rafał Gawin|Gawin|prezes'],
      ['trafi do Sejmu', /RMF/],
    ],
  },
  {
    title: 'heat wave in a city (local portal)',
    paragraphs: [
      'Upał daje się we znaki mieszkańcom Wrocławia. We wtorek termometry w centrum miasta pokazały 36 stopni. Miasto otworzyło kurtyny wodne w kilku punktach.',
      '– Apelujemy do seniorów, żeby w najgorętszych godzinach nie wychodzili z domu – mówi rzeczniczka urzędu miasta Katarzyna Szymczak-Pomianowska.',
      'Lekarze ze szpitala przy ul. Borowskiej notują więcej przypadków odwodnienia. – Najczęściej trafiają do nas osoby starsze i małe dzieci – mówi dr Anna Lis, kierowniczka szpitalnego oddziału ratunkowego.',
      'Pani Halina, emerytka z Nadodrza, przyznaje, że upał jest dla niej trudny. – Mieszkam na czwartym piętrze, bez windy. Zakupy robi mi sąsiadka – opowiada.',
      'Synoptyk IMGW Grzegorz Walijewski zapowiada, że ochłodzenie przyjdzie dopiero w weekend. – Do piątku temperatura nie spadnie poniżej 30 stopni – zaznaczył.',
    ],
    quotes: [
      ['Apelujemy do seniorów', 'Katarzyna Szymczak-Pomianowska|Szymczak-Pomianowska|rzeczniczka'],
      ['osoby starsze i małe dzieci', 'Anna Lis|Lis|kierowniczka'],
      ['czwartym piętrze', 'Halina|emerytka'],
      ['nie spadnie poniżej', 'Grzegorz Walijewski|Walijewski|synoptyk'],
    ],
  },
];

/** Written after the batch-2 fixes and measured before any change made for it. */
export const BATCH3: ArticleCase[] = [
  {
    title: 'hospital debt (regional portal)',
    paragraphs: [
      'Szpital Wojewódzki w Rzeszowie ma ponad 300 mln zł długu. Dyrekcja zapowiada zwolnienia w administracji.',
      '– Nie mamy wyjścia. Jeśli nie ograniczymy kosztów, za rok nie będzie z czego płacić pensji – powiedział dyrektor szpitala Adam Kwiatkowski na konferencji prasowej.',
      'Związkowcy są oburzeni. Przewodnicząca szpitalnej „Solidarności” Grażyna Pięta zapowiada protest. – Dyrekcja chce ratować budżet kosztem najsłabiej zarabiających – mówi.',
      '– Nikt z nami tego nie konsultował.',
      'Marszałek województwa Władysław Ortyl zapewnił, że samorząd pomoże placówce. Według marszałka pieniądze z budżetu województwa trafią do szpitala jeszcze w tym roku.',
      'Pacjenci obawiają się o dostęp do lekarzy. – Czekam na operację od ośmiu miesięcy. Teraz mówią, że może być jeszcze dłużej – skarży się pan Zbigniew z Łańcuta.',
    ],
    quotes: [
      ['Nie mamy wyjścia', 'Adam Kwiatkowski|Kwiatkowski|dyrektor'],
      ['kosztem najsłabiej', 'Grażyna Pięta|Pięta|przewodnicząca'],
      ['Nikt z nami', 'Grażyna Pięta|Pięta|przewodnicząca'],
      ['trafią do szpitala', 'Władysław Ortyl|Ortyl|marszałek'],
      ['od ośmiu miesięcy', 'Zbigniew'],
    ],
  },
  {
    title: 'tennis: Świątek in Rome (sports portal)',
    paragraphs: [
      'Iga Świątek wygrała turniej WTA w Rzymie. W finale Polka pokonała Arynę Sabalenkę 6:2, 6:3.',
      '– Czułam się na korcie bardzo pewnie. To był mój najlepszy mecz w tym sezonie – powiedziała po spotkaniu liderka rankingu.',
      'Białorusinka przyznała, że rywalka była lepsza. – Iga grała niesamowicie. Nie miałam dziś odpowiedzi na jej forhend – mówiła Sabalenka.',
      'Trener Polki Tomasz Wiktorowski studził jednak emocje. – Przed nami Roland Garros i tam wszystko zaczyna się od nowa – podkreślił szkoleniowiec.',
      'Według portalu Sport.pl Świątek zrezygnuje ze startu w turnieju w Strasburgu.',
    ],
    quotes: [
      ['Czułam się na korcie', 'Iga Świątek|Świątek|Polka|liderka'],
      ['niesamowicie', 'Aryna Sabalenka|Sabalenka|Białorusinka'],
      ['Roland Garros', 'Tomasz Wiktorowski|Wiktorowski|szkoleniowiec|trener'],
      ['zrezygnuje ze startu', /Sport\.pl|portal/],
    ],
  },
  {
    title: 'diplomatic row (PAP)',
    paragraphs: [
      'Warszawa (PAP) – MSZ wezwało w piątek ambasadora Rosji w związku z naruszeniem polskiej przestrzeni powietrznej przez rosyjskiego drona.',
      'Rzecznik resortu Paweł Wroński poinformował, że ambasadorowi wręczono notę protestacyjną. – To kolejna prowokacja, na którą musimy reagować stanowczo – powiedział rzecznik.',
      'Wicepremier, minister obrony Władysław Kosiniak-Kamysz zapowiedział wzmocnienie obrony przeciwlotniczej na wschodniej granicy. „Nasze niebo jest bezpieczne” – napisał szef MON na platformie X.',
      'Ambasada Rosji odrzuciła oskarżenia. W oświadczeniu placówki napisano, że Moskwa „nie ma nic wspólnego z incydentem”.',
      'Ekspert ds. bezpieczeństwa gen. Roman Polko uważa, że Rosja testuje reakcję NATO. – Musimy pokazać, że każda taka akcja spotka się z odpowiedzią – ocenił.',
    ],
    open: ['nic wspólnego z incydentem'],
    quotes: [
      ['kolejna prowokacja', 'Paweł Wroński|Wroński|rzecznik'],
      ['niebo jest bezpieczne', 'Władysław Kosiniak-Kamysz|Kosiniak-Kamysz|szef MON'],
      ['nic wspólnego z incydentem', /Ambasad|placówk/i],
      ['spotka się z odpowiedzią', 'Roman Polko|Polko|ekspert'],
    ],
  },
];
