// Polish: invented articles (round 4) in genres the earlier batches did not use — a Sejm debate with MPs answering
// each other, a football match with both coaches and a player, a tabloid (Fakt style) story of neighbours, a science
// feature with several experts — with speakers by role only, dash speech, names under inflection, less common verbs
// ("ripostował", "grzmiał", "przekonuje", "wspomina"). Written before any rule change of round 4 and measured first.
import type { ArticleCase } from '../article-cases.ts';

export const BATCH4: ArticleCase[] = [
  {
    title: 'Sejm debate on the budget (parliament report)',
    paragraphs: [
      'Warszawa – W Sejmie w czwartek rozpoczęła się debata nad projektem budżetu na przyszły rok. Minister finansów Andrzej Domański bronił planowanego deficytu.',
      '„To budżet odpowiedzialny, który nie zostawia nikogo bez pomocy” – mówił z mównicy szef resortu finansów. Jak podkreślił, wydatki na obronność wzrosną do 4,7 proc. PKB.',
      'Opozycja nie zostawiła na projekcie suchej nitki. „Panie ministrze, pan zadłuża nasze dzieci na pokolenia” – grzmiał poseł PiS Janusz Cieszyński.',
      'Domański ripostował: „To wasz rząd zostawił dziurę, którą dziś łatamy”. Posłanka Lewicy Anna Maria Żukowska zwróciła uwagę na niedofinansowanie ochrony zdrowia. – Szpitale toną w długach, a w budżecie nie ma na to pieniędzy – powiedziała.',
      'Cieszyński zapowiedział, że jego klub złoży kilkaset poprawek. – Nie pozwolimy przepchnąć tego budżetu bez dyskusji – dodał.',
    ],
    quotes: [
      ['budżet odpowiedzialny', 'Andrzej Domański|Domański|minister finansów|szef resortu'],
      ['zadłuża nasze dzieci', 'Janusz Cieszyński|Cieszyński|poseł'],
      ['zostawił dziurę', 'Andrzej Domański|Domański|minister finansów'],
      ['Szpitale toną', 'Anna Maria Żukowska|Żukowska|posłanka'],
      ['Nie pozwolimy przepchnąć', 'Janusz Cieszyński|Cieszyński|poseł'],
    ],
  },
  {
    title: 'Ekstraklasa match with both coaches (sports portal)',
    paragraphs: [
      'Lech Poznań pokonał u siebie Legię Warszawa 2:1 w hicie 12. kolejki Ekstraklasy. Zwycięskiego gola w 88. minucie zdobył Mikael Ishak.',
      '– Wiedzieliśmy, że Legia będzie groźna z kontry, ale wytrzymaliśmy do końca – mówił po meczu trener Lecha Niels Frederiksen. – Drużyna pokazała charakter.',
      'Zupełnie inne nastroje panowały w obozie gości. Trener Legii Goncalo Feio nie krył rozczarowania. – Straciliśmy bramkę po prostym błędzie. Tak nie można grać w takim meczu – stwierdził Portugalczyk.',
      'Bohater spotkania był skromny. – Gol jest dla kibiców, czekali na to długo – powiedział Ishak w rozmowie z Canal+. Szwed ma już na koncie dziewięć trafień w tym sezonie.',
      'Kapitan Legii Bartosz Kapustka przyznał, że jego zespół zagrał za wolno. – Musimy szybko się podnieść, w niedzielę gramy w pucharze – zaznaczył pomocnik.',
    ],
    quotes: [
      ['groźna z kontry', 'Niels Frederiksen|Frederiksen|trener'],
      ['pokazała charakter', 'Niels Frederiksen|Frederiksen|trener'],
      ['prostym błędzie', 'Goncalo Feio|Feio|Portugalczyk'],
      ['jest dla kibiców', 'Mikael Ishak|Ishak|Szwed'],
      ['szybko się podnieść', 'Bartosz Kapustka|Kapustka|kapitan|pomocnik'],
    ],
  },
  {
    title: 'neighbours and a barking dog (tabloid)',
    paragraphs: [
      'Mieszkańcy bloku przy ul. Lipowej w Radomiu mają dość. Pies sąsiada szczeka całymi nocami, a właściciel nic sobie z tego nie robi.',
      '– Nie śpię od trzech miesięcy. Wstaję do pracy o piątej i jestem wrakiem człowieka – żali się pani Krystyna (64 l.), emerytowana pielęgniarka. Jej mąż Zbigniew dodaje: – Dzwoniliśmy na policję pięć razy.',
      'Właściciel psa, pan Marek (45 l.), nie widzi problemu. – Mój pies jest spokojny, szczeka tylko wtedy, gdy ktoś chodzi po klatce – przekonuje w rozmowie z „Faktem”.',
      'Sprawą zajęła się straż miejska. – Przeprowadziliśmy już dwie interwencje i skierowaliśmy wniosek o ukaranie do sądu – poinformował rzecznik radomskiej straży miejskiej Dariusz Kuśmierczyk.',
    ],
    open: ['policję pięć razy'],
    quotes: [
      ['Nie śpię od trzech', 'Krystyna|pani Krystyna|pielęgniarka'],
      ['policję pięć razy', 'Zbigniew|mąż'],
      ['pies jest spokojny', 'Marek|pan Marek|właściciel'],
      ['dwie interwencje', 'Dariusz Kuśmierczyk|Kuśmierczyk|rzecznik'],
    ],
  },
  {
    title: 'science feature on drought with experts (weekly)',
    paragraphs: [
      'Polska wysycha. Poziom wód gruntowych w wielu regionach jest najniższy od pół wieku, a rolnicy alarmują o stratach.',
      '„Mamy do czynienia z suszą hydrologiczną, która trwa już piąty rok” – ostrzega hydrolożka dr Magdalena Nowak z Uniwersytetu Warszawskiego. Jej zdaniem winne są nie tylko zmiany klimatu, ale też osuszanie mokradeł.',
      'Podobnego zdania jest klimatolog prof. Szymon Malinowski. – Przez sto lat budowaliśmy rowy melioracyjne, żeby pozbyć się wody. Teraz płacimy za to rachunek – tłumaczy naukowiec.',
      'Nowak przekonuje, że rozwiązanie jest proste i tanie. – Wystarczy zatrzymać wodę tam, gdzie spada. Małe zastawki na rowach potrafią zdziałać cuda – mówi.',
      'Ministerstwo Klimatu zapewnia, że program retencji zostanie rozszerzony. „Na małą retencję przeznaczymy w przyszłym roku 600 mln zł” – czytamy w komunikacie resortu. Według rolników to wciąż za mało.',
    ],
    open: ['600 mln'],
    quotes: [
      ['suszą hydrologiczną', 'Magdalena Nowak|Nowak|hydrolożka'],
      ['rowy melioracyjne', 'Szymon Malinowski|Malinowski|klimatolog|naukowiec'],
      ['zatrzymać wodę', 'Magdalena Nowak|Nowak|hydrolożka'],
      ['600 mln', /Ministerstw|resort/],
    ],
  },
  {
    title: 'court: a hit-and-run trial (regional paper)',
    paragraphs: [
      'Przed Sądem Okręgowym w Lublinie ruszył proces 27-letniego Kamila W., oskarżonego o potrącenie rowerzystki i ucieczkę z miejsca wypadku.',
      '– Oskarżony jechał z prędkością co najmniej 90 km/h w terenie zabudowanym – mówiła prokurator Joanna Lis, odczytując akt oskarżenia. Mężczyzna nie przyznał się do winy.',
      '– Nie widziałem tej kobiety, było ciemno, a ona nie miała świateł – wyjaśniał przed sądem. Jego obrońca, mecenas Piotr Grzyb, wniósł o powołanie biegłego z zakresu rekonstrukcji wypadków.',
      'Jako pierwszy zeznawał świadek, kierowca jadący za oskarżonym. – Wyprzedził mnie na skrzyżowaniu, potem usłyszałem huk – relacjonował.',
      'Sędzia Anna Kowalczyk odroczyła rozprawę do 14 marca. Oskarżonemu grozi do 12 lat więzienia.',
    ],
    open: ['nie miała świateł'],
    quotes: [
      ['co najmniej 90 km', 'Joanna Lis|Lis|prokurator'],
      ['nie miała świateł', 'Kamil W.|Kamila W.|oskarżony|mężczyzna'],
      ['usłyszałem huk', null],
    ],
  },
];
